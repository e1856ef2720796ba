"""Names at the end of a text with no cue at all: one a line, spaced as evenly as the page spaced
them (two blank lines between names are as good as one when every gap is the same), or written
as one paragraph of names parted by commas. The form of the block decides; two lines far apart
and a closing line of words that are no names are no list. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Four made-up organisations in each language.
NAMES = {
    "en": [
        "Confederation of Xandian Trade Unions",
        "Zetland Federation of Labour",
        "Xandia Teachers' Union",
        "Workers' Solidarity of Zetland",
    ],
    "de": [
        "Gewerkschaftsbund Xandiens",
        "Zetländischer Lehrerverband",
        "Bund der Arbeiterjugend Xandiens",
        "Verein für Umwelt Zetland",
    ],
    "el": [
        "Συνομοσπονδία Εργατών Ξάνιας",
        "Ομοσπονδία Εκπαιδευτικών Ζετλανδίας",
        "Ένωση Νεολαίας Ξάνιας",
        "Σύλλογος Συνταξιούχων Ζετλανδίας",
    ],
}


def _text(language: str, closing: str) -> str:
    body = PROSE[language]
    return f"{body[:50]}\n\n{body}\n\n{body}\n\n{closing}\n"


@pytest.mark.parametrize("language", sorted(NAMES))
@pytest.mark.parametrize("blanks", [1, 2, 3])
def test_evenly_spaced_names_at_the_end_are_a_list(language: str, blanks: int) -> None:
    closing = ("\n" * (blanks + 1)).join(NAMES[language])
    assert lists_of(read_text(_text(language, closing))) == [NAMES[language]]


@pytest.mark.parametrize("language", sorted(NAMES))
def test_names_spaced_unevenly_are_not_one_list(language: str) -> None:
    first, second, third, fourth = NAMES[language]
    closing = f"{first}\n\n\n{second}\n\n{third}\n\n\n\n{fourth}"
    assert [NAMES[language]] != lists_of(read_text(_text(language, closing)))


@pytest.mark.parametrize("language", sorted(NAMES))
def test_two_lines_far_apart_are_no_list(language: str) -> None:
    first, second, _, _ = NAMES[language]
    body = PROSE[language]
    text = f"{body[:50]}\n\n{first}\n\n\n{second}\n\n{body}\n\n{body}\n"
    assert lists_of(read_text(text)) == []


@pytest.mark.parametrize("language", sorted(NAMES))
def test_a_closing_paragraph_of_names_parted_by_commas_is_a_list(language: str) -> None:
    closing = ", ".join(NAMES[language])
    assert lists_of(read_text(_text(language, closing))) == [NAMES[language]]


#: A closing line of words parted by commas that are no names.
SLOGANS = {
    "en": "Bread, work, peace and freedom for everyone, now and always",
    "de": "Brot, Arbeit, Frieden und Freiheit für alle, jetzt und immer",
    "el": "Ψωμί, δουλειά, ειρήνη και ελευθερία για όλους, τώρα και πάντα",
}


@pytest.mark.parametrize("language", sorted(SLOGANS))
def test_a_closing_line_of_words_is_no_list(language: str) -> None:
    assert lists_of(read_text(_text(language, SLOGANS[language]))) == []
