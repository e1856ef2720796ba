"""Sign-off lines that name whom a person signs for: a word for "for", the organisation, a colon
and the person ("For the XKP: Name Surname", "Pour le PTU : Name Surname", "За X: ...", "عن X:
..."), a line of the same form without the word under one of them read alike: the organisations
sign, the persons do not. A line "for" something that is no organisation, or with no person
after its colon, names none. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the language of the argument, the sign-off lines under it, and the signers.
SIGNED_FOR = {
    "en": (
        "For the Workers' Party of Zetland: Ana Zet\nFor the Xandia Teachers' Union: Ivo Ypsil\n",
        ["Workers' Party of Zetland", "Xandia Teachers' Union"],
    ),
    "fr": (
        "Pour le Parti des travailleurs de Zetland : Ana Zet\n"
        "Pour l'Union des enseignants de Xandie : Ivo Ypsil\n",
        ["Parti des travailleurs de Zetland", "Union des enseignants de Xandie"],
    ),
    "ru": ("За Рабочую партию Зетландии: Анна Зет\n", ["Рабочую партию Зетландии"]),
    # the third line without its word, under two that have it; no capitals tell the persons
    "ar": (
        "عن حزب العمال الزيتلاندي: أحمد زيد\n"
        "عن التجمع الديمقراطي الزيتلاندي: سامي عمر\n"
        "قائمات الإصلاح الزيتلاندية: علي حسن\n",
        ["حزب العمال الزيتلاندي", "التجمع الديمقراطي الزيتلاندي", "قائمات الإصلاح الزيتلاندية"],
    ),
}


def _text(language: str, closing: str) -> str:
    body = PROSE[language]
    return f"{body[:50]}\n\n{body}\n\n{body}\n\n{closing}"


@pytest.mark.parametrize("language", sorted(SIGNED_FOR))
def test_the_organisation_a_person_signs_for_signs(language: str) -> None:
    closing, signers = SIGNED_FOR[language]
    assert outside_of(read_text(_text(language, closing))) == signers


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        # no organisation before the colon
        ("en", "For more information: Ana Zet\n"),
        # no person after it
        ("en", "For the Workers' Party of Zetland: a new start for Xandia\n"),
        # "about the writer", no word for a kind and no run of such lines
        ("ar", "عن الكاتب: أحمد زيد\n"),
        # a line of the form without its word, under no line that has it
        ("en", "Xandia Teachers' Union: Ivo Ypsil\n"),
    ],
)
def test_no_organisation_signed_for_signs_nothing(language: str, closing: str) -> None:
    assert outside_of(read_text(_text(language, closing))) == []
