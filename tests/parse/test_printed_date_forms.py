"""Date forms of the corpus's languages that the readers lacked: the month names Arabic writes in
Morocco, in Algeria and Tunisia and in Mauritania (CLDR's ``ar_MA``, ``ar_DZ``, ``ar_MR``); a
day's ordinal marker CLDR's patterns leave out (Malay "14hb", Irish "14ú", Tagalog "ika-14 ng");
Uzbek's word for "year" after the year ("2021-yil").

What is checked is what ``kzld parse`` gives: a place-and-date line under the title dates the
statement (``created``), and a date line alone under it is the page's stamp (``published``).
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse import read_bytes

from .prose import PROSE


def _dates(text: str) -> tuple[date | None, date | None]:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return (document.created.date if document.created else None), document.published


def _page(line: str, language: str = "en") -> str:
    prose = PROSE[language]
    return f"Unions of Zetland sign a memorandum\n\n{line}\n\n{prose}\n\n{prose}\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("زدتاون، 14 ماي 2021", date(2021, 5, 14)),
        ("زدتاون، 5 يوليوز 2019", date(2019, 7, 5)),
        ("زدتاون، 5 غشت 2019", date(2019, 8, 5)),
        ("زدتاون، 5 شتنبر 2019", date(2019, 9, 5)),
        ("زدتاون، 5 نونبر 2019", date(2019, 11, 5)),
        ("زدتاون، 5 دجنبر 2019", date(2019, 12, 5)),
        ("زدتاون في 14 جانفي 2021", date(2021, 1, 14)),
        ("زدتاون، 14 فيفري 2021", date(2021, 2, 14)),
        ("زدتاون، 14 أفريل 2021", date(2021, 4, 14)),
        ("زدتاون، 14 جوان 2021", date(2021, 6, 14)),
        ("زدتاون، 14 جويلية 2021", date(2021, 7, 14)),
        ("زدتاون، 14 أوت 2021", date(2021, 8, 14)),
        ("زدتاون، 14 أغشت 2021", date(2021, 8, 14)),
        ("زدتاون، 14 شتمبر 2021", date(2021, 9, 14)),
        ("زدتاون، 14 دجمبر 2021", date(2021, 12, 14)),
        ("زدتاون، الأحد 14 ماي 2021م", date(2021, 5, 14)),
    ],
)
def test_a_regional_arabic_month_in_a_placed_date_dates_the_statement(line: str, day: date) -> None:
    assert _dates(_page(line, "ar")) == (day, None), line


@pytest.mark.parametrize(
    ("line", "day"),
    [("14 جانفي 2021", date(2021, 1, 14)), ("5 نونبر 2019", date(2019, 11, 5))],
)
def test_a_regional_arabic_month_in_a_date_alone_is_the_pages_stamp(line: str, day: date) -> None:
    assert _dates(_page(line, "ar")) == (None, day), line


@pytest.mark.parametrize("line", ["زدتاون، 14 ماي", "زدتاون، جوان 2021"])
def test_a_regional_arabic_month_without_a_day_or_year_dates_nothing(line: str) -> None:
    assert _dates(_page(line, "ar")) == (None, None), line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Zedtown, 14hb Mac 2021", date(2021, 3, 14)),
        ("Zedtown, Ahad, 14hb Mac 2021", date(2021, 3, 14)),
        ("Zedtown, 5hb November 2019", date(2019, 11, 5)),
        ("Zedtown, 14ú Márta 2021", date(2021, 3, 14)),
        ("Zedtown, 5ú Samhain 2019", date(2019, 11, 5)),
        ("Zedtown, ika-14 ng Marso 2021", date(2021, 3, 14)),
        ("Zedtown, Linggo, ika-14 ng Marso 2021", date(2021, 3, 14)),
        ("Zedtown, 5 ng Nobyembre 2019", date(2019, 11, 5)),
        ("Zedtown, 14-mart 2021-yil", date(2021, 3, 14)),
        ("Zedtown, 5 noyabr 2019 yil", date(2019, 11, 5)),
        ("Zedtown, 14 март 2021 йил", date(2021, 3, 14)),
    ],
)
def test_an_ordinal_marker_or_a_year_word_in_a_placed_date_dates_the_statement(
    line: str, day: date
) -> None:
    assert _dates(_page(line)) == (day, None), line


@pytest.mark.parametrize(
    ("line", "day"),
    [("14hb Mac 2021", date(2021, 3, 14)), ("ika-5 ng Nobyembre 2019", date(2019, 11, 5))],
)
def test_an_ordinal_marker_in_a_date_alone_is_the_pages_stamp(line: str, day: date) -> None:
    assert _dates(_page(line)) == (None, day), line


@pytest.mark.parametrize("line", ["Zedtown, ika-14 ng Marso", "Zedtown, 14hb 2021"])
def test_an_ordinal_marker_without_a_month_or_year_dates_nothing(line: str) -> None:
    assert _dates(_page(line)) == (None, None), line
