"""The one scan of a text for its dates (:func:`kzld.parse.calendars.date_matches`): the dates
the date pattern finds, in order, each text scanned once however many readers ask; a text
without a digit is not scanned, as no form of a date is written without one.

Each line is made up for the test, in several languages and scripts.
"""

from __future__ import annotations

import pytest

from kzld.parse.calendars import date_matches, date_of, patterns
from kzld.parse.text import folded_in_place

LINES = [
    "Zedtown, 14 March 2021",
    "Xandia, le 3 novembre 2019 à 10:15",
    "Publicado el 25 de abril de 2019 | 12.05.2020 10:15",
    "2021年3月14日（日）",
    "Зедград, 9 май 2018 г. Тя ще говори",
    "Budapest, 2018. május 10-11.",
    "The Workers' Party of Zetland met in March and in May.",
    "Ο Σύλλογος της Ξάνδιας συνεδρίασε τον Μάρτιο.",
    "XKP, PTU and the Union of Zedtown",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_the_dates_the_pattern_finds_in_order(line: str) -> None:
    folded = folded_in_place(line)
    found = [(m.span(), date_of(m)) for m in date_matches(folded)]
    scanned = [(m.span(), date_of(m)) for m in patterns().find.finditer(folded)]
    assert found == scanned


def test_lines_with_dates_give_them() -> None:
    days = [date_of(m) for m in date_matches(folded_in_place(LINES[0]))]
    assert [str(day) for day in days] == ["2021-03-14"]
    assert len(date_matches(folded_in_place(LINES[2]))) == 2


def test_a_line_without_a_digit_holds_no_date() -> None:
    for line in LINES[6:]:
        assert date_matches(folded_in_place(line)) == ()


def test_a_text_is_scanned_once() -> None:
    folded = folded_in_place("Zedtown, 7 June 2022, the Xandia Teachers' Union")
    assert date_matches(folded) is date_matches(folded)
