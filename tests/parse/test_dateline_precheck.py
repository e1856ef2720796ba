"""The check that lets most lines pass by :func:`kzld.parse.dates.read_dateline` unread: a line
that writes no two numbers apart and no ordinal day with a number
(:func:`kzld.parse.calendars.may_write_a_date`) is no dateline, as every reading of a dateline
reads a date of the patterns' forms, or two numbers apart, in the line or in a part of it.

Each line is made up for the test; each is read with the check and without it (the check
standing in as always true, every reading unremembered), and the two answers compared.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kzld.parse import dates

#: Lines of each form a dateline or stamp is read in, and lines of one number or none.
LINES = [
    "Zedtown, 14 March 2021",
    "(20 Aprile 2011)",
    "Xandia, le 3 novembre 2019 à 10:15",
    "2021-02-25 100",
    "Posted by admin on 12 May 2020",
    "Publié par la rédaction le 12 mai 2020",
    "Zedabad, 1 Sha'ban 1442 AH corresponding to 14 March 2021",
    "Jane Roe | 14.3.2021 | 3 comments",
    "on Feb 9, 31 • by Jane Roe • 2 comments",
    "lundi 1er juillet 2024, par Jeanne Roux",
    "November 25-26, 2006, Zedtown",
    "Zedlands pressavdelning 4.8.2016 11.20 | Publicerad 4.8.2016",
    "Autor: Jane Roe, Téma: Mír, Datum: 3. 04. 2012",
    "赤旗2016年6月2日付",
    "30.04.1997., Nr. 108/109",
    "Issue 47, 8 March 1995",
    "17 Mar/2015",
    "17Mar/150",
    "Nacional - 05 Feb 2020",
    "RTS 30.08.2023",
    "Updated: 15/03/2021 11:00",
    "یکم اسفند ۱۴۰۱",
    "تهران، یکم اسفند ۱۴۰۱",
    "ডিসেম্বর ২৮, ২০২২",
    # one number, or an ordinal word and no number: no dateline
    "1. Xandia Party",
    "12) Workers' Party of Zetland",
    "Issue 12",
    "Zedtown 2020",
    "May 9",
    "17 Mar",
    "یکم اسفند",
    "Since 1998 the Ostland Teachers' Union has campaigned.",
    "The Xandia Union, founded in 1921",
    "No digit at all",
]


def _unchecked(monkeypatch: pytest.MonkeyPatch) -> Any:
    """:func:`read_dateline` without the check and without its memory, in its own readings too."""
    monkeypatch.setattr(dates, "may_write_a_date", lambda folded: True)
    monkeypatch.setattr(dates, "read_dateline", dates.read_dateline.function)
    return dates.read_dateline


@pytest.mark.parametrize("line", LINES)
def test_the_check_changes_no_answer(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    checked = dates.read_dateline.function(line)
    with monkeypatch.context() as patched:
        unchecked = _unchecked(patched)(line)
    assert checked == unchecked


def test_dates_of_each_form_are_still_read() -> None:
    read = dates.read_dateline.function
    assert read("Zedtown, 14 March 2021") == ("dateline", date(2021, 3, 14), "Zedtown")
    assert read("17 Mar/2015") == ("stamp", date(2015, 3, 17), None)
    assert read("赤旗2016年6月2日付") == ("stamp", date(2016, 6, 2), None)
    assert read("Posted by admin on 12 May 2020") == ("stamp", date(2020, 5, 12), None)


@pytest.mark.parametrize("line", ["1. Xandia Party", "Issue 12", "Zedtown 2020", "17 Mar"])
def test_a_line_of_one_number_is_passed_by(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def unread(*_: object) -> None:
        raise AssertionError(f"{line!r} was read")

    monkeypatch.setattr(dates, "_VIEWS", None)  # the first reading past the check
    monkeypatch.setattr(dates, "_by_line", unread)
    assert dates.read_dateline.function(line) is None
