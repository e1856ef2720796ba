"""A date broken over two lines of a paragraph wrapped by hand (twenty-eighth session): "...
signed the agreement on Tuesday, November 4," / "2014 at the party's headquarters ...". Each
half alone is no full date; read as the one sentence it is, the opening dates the statement as
the same sentence on one line does. A sentence that ends at the break is not joined, and a date
still to come stays no date of making. Texts, places and bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .prose import PROSE
from .reading import read_text

#: Per language: an opening sentence of signing broken inside its date, its two lines.
_BROKEN = {
    "en": (
        "The leaders of the Zed Party and the Xandia Front signed the agreement on Tuesday, "
        "November 4,",
        "2014 at the party's headquarters in Zedville, and showed it to the press.",
    ),
    "es": (
        "Los dirigentes del Partido Zeta y del Frente Xandia firmaron el acuerdo el 4 de "
        "noviembre de",
        "2014 en la sede del partido en Zedville, y lo mostraron a la prensa.",
    ),
    "de": (
        "Die Vorsitzenden der Zed-Partei und der Xandia-Front unterzeichneten die Vereinbarung "
        "am 4. November",
        "2014 im Sitz der Partei in Zedstadt und zeigten sie der Presse.",
    ),
    "fr": (
        "Les dirigeants du Parti Zed et du Front Xandia ont signé l'accord le mardi 4",
        "novembre 2014 au siège du parti à Zedville, et l'ont montré à la presse.",
    ),
    "sw": (
        "Viongozi wa Chama cha Zed na Chama cha Xandia walisaini makubaliano Jumanne, Novemba 4,",
        "2014 katika makao makuu ya chama mjini Zedville, na kuwaonyesha waandishi wa habari.",
    ),
}


def _text(language: str, first: str, second: str) -> str:
    prose = PROSE.get(language, PROSE["en"])
    return f"Agreement signed\n\n{first}\n{second}\n\n{prose}\n\n{prose}\n"


@pytest.mark.parametrize("language", sorted(_BROKEN))
def test_a_date_broken_over_two_lines_dates_the_statement(language: str) -> None:
    text = _text(language, *_BROKEN[language])
    document = read_text(text)
    created = document.created
    assert created is not None and created.date == date(2014, 11, 4)
    assert text[created.span.start : created.span.end] == created.raw
    assert "\n" in created.raw


#: Per language: a line that ends its sentence after a day without a year, and a line opening
#: with a year that is no part of that day.
_ENDED = {
    "en": (
        "The unions of Zedland met in Zedville on 4 November.",
        "2014 saw them sign their first agreement, which the parties below renew.",
    ),
    "es": (
        "Los sindicatos de Zedlandia se reunieron en Zedville el 4 de noviembre.",
        "2014 los vio firmar su primer acuerdo, que los partidos abajo firmantes renuevan.",
    ),
    "fr": (
        "Les syndicats de Zedland se sont réunis à Zedville le 4 novembre.",
        "2014 les a vus signer leur premier accord, que les partis soussignés renouvellent.",
    ),
}


@pytest.mark.parametrize("language", sorted(_ENDED))
def test_a_sentence_ending_at_the_break_is_not_joined(language: str) -> None:
    document = read_text(_text(language, *_ENDED[language]))
    assert document.created is None or document.created.date != date(2014, 11, 4)


def test_a_broken_date_still_to_come_is_no_date_of_making() -> None:
    first = (
        "The leaders of the Zed Party and the Xandia Front will sign the agreement on 4 November"
    )
    second = "2031 at the party's headquarters in Zedville, as the congress will be held then."
    assert read_text(_text("en", first, second)).created is None
