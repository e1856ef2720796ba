"""A headline that tells of a signing ("X, Y, Z and the W Party sign a joint declaration ..."),
printed again under a source line, is no block of header entries: an entry that goes on after
its names with a word of signing in lower case and two words or more is a sentence, and the
names are the title reader's, each once. (The English case was read as one entry before; the
others, read right before too, guard the title reader's answer.) Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("headline", "lead", "names"),
    [
        ("XS, ZAR, Ypsilon i Xandijska partija potpisali Deklaraciju o zajedničkom delovanju",
         "Četiri stranke su danas u Xgradu potpisale deklaraciju o zajedničkom delovanju na "
         "predstojećim izborima i najavile zajedničku kampanju u celoj zemlji.",
         ["XS", "ZAR", "Ypsilon", "Xandijska partija"]),
        ("XKP, ZWU, Ypsilon and the Xandia Green Party sign a joint declaration on fair wages",
         "The four organisations met today in Xandiaville and agreed to campaign together for "
         "fair wages and against precarious work in every region of the country.",
         ["XKP", "ZWU", "Ypsilon", "Xandia Green Party"]),
        ("XCT, ZSO, Ypsilon y el Partido Verde Xandiano firman una declaración conjunta por "
         "salarios justos",
         "Las cuatro organizaciones se reunieron hoy en Xandiápolis y acordaron hacer campaña "
         "juntas por salarios justos y contra la precariedad en todas las regiones del país.",
         ["XCT", "ZSO", "Ypsilon", "Partido Verde Xandiano"]),
        ("XKP, ZWU, Ypsilon und die Grüne Partei Xandiens unterzeichnen eine gemeinsame "
         "Erklärung für gerechte Löhne",
         "Die vier Organisationen trafen sich heute in Xandiastadt und vereinbarten, gemeinsam "
         "für gerechte Löhne und gegen prekäre Arbeit in allen Regionen des Landes zu kämpfen.",
         ["XKP", "ZWU", "Ypsilon", "Grüne Partei Xandiens"]),
    ],
)  # fmt: skip
def test_a_headline_of_a_signing_printed_twice_names_its_signers_once(
    headline: str, lead: str, names: list[str]
) -> None:
    text = f"{headline}\n\nXTV 30.08.2023\n{headline}\n\n{lead}\n"
    assert outside_of(read_text(text)) == names
