"""Nothing invented: the bodies named after a word for "with", "for", "to" or "against" and a
word for organisations in the plural ("we stand with the unions A, B and C") are whom the text
stands by or speaks of, not who signs it: the text's signers are those its list names. The same
names after the plural alone, in a text with no list, are its signers. All names and sentences
are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: Per language: a lead naming three unions after "with the unions", the same lead with the
#: unions as its subject, the three names, the word for "and" and a list of two signers.
LEADS = {
    "en": (
        "Zetgrad, 3 May. We stand with the unions {names}, whose leaders were jailed last week.",
        "Zetgrad, 3 May. The three unions {names} have called a strike for next week.",
        ("Xandia Dockers Union", "Zetgrad Teachers Union", "Ypsilon Miners League"),
        " and ",
        "Signed by:\n\nZetland Solidarity Network\nYpsilon Workers Forum",
    ),
    "de": (
        "Zetgrad, 3. Mai. Wir stehen an der Seite der Arbeiter und solidarisch mit den "
        "Gewerkschaften {names}, deren Vorsitzende verhaftet wurden.",
        "Zetgrad, 3. Mai. Die drei Gewerkschaften {names} rufen für nächste Woche zum Streik auf.",
        ("Hafenarbeiterverband Xandia", "Lehrergewerkschaft Zetgrad", "Bergarbeiterbund Ypsilon"),
        " und ",
        "Unterzeichnet von:\n\nSolidaritätsnetz Zetland\nArbeiterforum Ypsilon",
    ),
    "es": (
        "Zetgrado, 3 de mayo. Nos solidarizamos con los sindicatos {names}, cuyos dirigentes "
        "fueron detenidos.",
        "Zetgrado, 3 de mayo. Los tres sindicatos {names} convocan una huelga la próxima semana.",
        ("Sindicato Portuario de Xandia", "Sindicato Docente de Zetgrado",
         "Liga Minera de Ypsilon"),
        " y ",
        "Firmado por:\n\nRed de Solidaridad de Zetlandia\nForo Obrero de Ypsilon",
    ),
}  # fmt: skip


def _text(lead: str, names: tuple[str, ...], conjunction: str, language: str) -> str:
    joined = ", ".join(names[:-1]) + conjunction + names[-1]
    return f"Strike in Zetgrad\n\n{lead.format(names=joined)}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize("language", sorted(LEADS))
def test_unions_named_after_with_sign_nothing(language: str) -> None:
    company, _, names, conjunction, signed = LEADS[language]
    document = read_text(_text(company, names, conjunction, language) + f"\n{signed}\n")
    assert outside_of(document) == []
    assert lists_of(document) == [signed.split("\n")[2:]]


@pytest.mark.parametrize("language", sorted(LEADS))
def test_unions_named_as_the_subject_sign(language: str) -> None:
    _, subject, names, conjunction, _ = LEADS[language]
    assert outside_of(read_text(_text(subject, names, conjunction, language))) == list(names)
