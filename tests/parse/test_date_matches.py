"""The one scan of a text for its dates (:func:`kzld.parse.calendars.date_matches`): the dates
the date pattern finds, in order, each text scanned once however many readers ask; a text
that writes no two numbers and no ordinal day with a number is not scanned, as no form of a
date is written so (:func:`kzld.parse.calendars.may_write_a_date`).

Each line is made up for the test, in several languages and scripts.
"""

from __future__ import annotations

import pytest

from kzld.parse.calendars import date_matches, date_of, may_write_a_date, patterns, whole_date
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


#: Lines and whether a date may be written in them: two numbers apart, in digits of any script,
#: with anything between them (that they are no date is for the pattern to say), or an ordinal
#: word for the day and a number.
MAY = [
    ("Zedtown, 14 March 2021", True),
    ("14.3.2021", True),
    ("2021年3月14日", True),
    ("١٤ مارس ٢٠٢١", True),
    ("No. 5 of 2021", True),
    ("1a2", True),  # the fewest characters of two numbers
    ("12", False),  # one number of two digits
    ("In 2021 the Xandia Union met in Zedtown.", False),
    ("3. Workers' Party of Zetland", False),
    ("Zedtown, March 2021", False),
    ("دوم اسفند 1383", True),  # an ordinal word for the day: one number
    ("زدشهر، بیستم فوریه 2005", True),
    ("بیستم فوریه", False),  # an ordinal word without a number
    ("", False),
]


@pytest.mark.parametrize(("line", "may"), MAY)
def test_whether_a_line_may_write_a_date(line: str, may: bool) -> None:
    assert may_write_a_date(folded_in_place(line)) is may


@pytest.mark.parametrize("line", [line for line, _ in MAY] + LINES)
def test_a_line_that_may_write_no_date_is_none_to_either_pattern(line: str) -> None:
    folded = folded_in_place(line)
    found = list(patterns().find.finditer(folded))
    whole = patterns().line.match(folded)
    assert [m.span() for m in date_matches(folded)] == [m.span() for m in found]
    assert (whole_date(folded) is None) is (whole is None)
    if not may_write_a_date(folded):
        assert not found and whole is None


def test_a_date_of_one_number_has_an_ordinal_day() -> None:
    for line in ("دوم اسفند 1383", "زدشهر، بیستم فوریه 2005"):
        folded = folded_in_place(line)
        assert [str(date_of(m)) for m in date_matches(folded)] == ["2005-02-20"]
        assert whole_date(folded) is not None
