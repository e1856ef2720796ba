"""A dateline in brackets opening the statement's first paragraph, a place beside its date or
words after a dash ("(November 25, 2021 – Zedtown) The parties ...", "(Zedville, 25 de
noviembre de 2021).- Los partidos ..."): the statement's date, as the same dateline without
brackets is (twenty-sixth session). A date alone in brackets is a news desk's, no dateline.
Places and parties are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .prose import PROSE
from .reading import read_text


@pytest.mark.parametrize(
    ("language", "title", "opening"),
    [
        (
            "en",
            "Four parties join forces",
            "(November 25, 2021 – Zedtown, Xandia) A former senator welcomed the union of four "
            "of the strongest parties of the country behind one candidate for president.",
        ),
        (
            "es",
            "Cuatro partidos unen sus fuerzas",
            "(Zedville, 25 de noviembre de 2021).- Un antiguo senador celebró la unión de cuatro "
            "de los partidos más fuertes del país detrás de un solo candidato a presidente.",
        ),
        (
            "tl",
            "Nagkaisa ang apat na partido",
            "(Nobyembre 25, 2021 – Zedtown) Ikinatuwa ng dating senador ang pagsasama ng apat sa "
            "pinakamalalakas na partido ng bansa sa likod ng iisang kandidato sa pagkapangulo.",
        ),
    ],
)
def test_a_bracketed_dateline_opening_the_statement_dates_it(
    language: str, title: str, opening: str
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    document = read_text(f"{title}\n\n{opening}\n\n{prose}\n")
    assert document.created is not None
    assert document.created.date == date(2021, 11, 25)


@pytest.mark.parametrize(
    "opening",
    [
        "(25 November 2021) The workers of the region have been on strike for three weeks.",
        "(XOP) The four parties of the opposition met to talk about the coming elections.",
    ],
)
def test_a_date_alone_or_an_abbreviation_in_brackets_is_no_dateline(opening: str) -> None:
    document = read_text(f"Four parties join forces\n\n{opening}\n\n{PROSE['en']}\n")
    assert document.created is None
