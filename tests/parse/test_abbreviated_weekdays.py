"""A weekday's abbreviation before a date (``So., 14. März 2021``, ``вс, 14 мар. 2021``): CLDR's
abbreviated weekday names of two letters, or those that are words of another language, are read
only before a date that fills the rest of its line, and only with their stop or comma.

What is checked is what ``kzld parse`` gives: a place-and-date line under the title dates the
statement (``created``), and a date line alone under it is the page's stamp (``published``).
"""

from __future__ import annotations

from datetime import date

import pytest
from babel.dates import format_date

from kzld.parse import read_bytes

from .prose import PROSE

DAY = date(2021, 3, 14)


def _dates(text: str) -> tuple[date | None, date | None]:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return (document.created.date if document.created else None), document.published


def _page(line: str) -> str:
    return f"Unions of Zetland sign a memorandum\n\n{line}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"


#: Languages whose abbreviated weekday names no table read before (two letters, or words of
#: another language): CLDR's "EEE, d MMM y" and "EEE, d MMMM y" forms of 14 March 2021.
LOCALES = ("de", "ru", "uk", "bg", "be", "pl", "ca", "ms", "fil", "uz", "pa", "kk", "cs", "nl")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("pattern", ["EEE, d MMM y", "EEE, d MMMM y"])
def test_an_abbreviated_weekday_before_a_placed_date_dates_the_statement(
    locale: str, pattern: str
) -> None:
    form = format_date(DAY, pattern, locale=locale)
    assert _dates(_page(f"Zedtown, {form}")) == (DAY, None), form


@pytest.mark.parametrize(
    "line",
    [
        "So., 14. März 2021",
        "Di. 14.03.2021",
        "вс, 14 марта 2021",
        "нд, 14.03.2021",
        "dg., 14 de març de 2021",
        "Ahd, 14 Mac 2021",
        "周日, 2021年3月14日",
    ],
)
def test_an_abbreviated_weekday_before_a_date_alone_is_the_pages_stamp(line: str) -> None:
    assert _dates(_page(line)) == (None, DAY), line


@pytest.mark.parametrize(
    "line",
    [
        # no stop nor comma after a two-letter word that names another day: any word
        "Zedtown, zo 15 maart 2021",
        "do 15 marca 2021",
        "2021-03-15, an",
        # two letters that abbreviate no weekday in any language
        "Zedtown, Xq., 14 March 2021",
    ],
)
def test_a_short_word_before_a_date_without_its_mark_or_of_no_weekday_dates_nothing(
    line: str,
) -> None:
    assert _dates(_page(line)) == (None, None), line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a short name with no stop or comma before the date, naming its day (Sunday)
        ("Zedtown, zo 14 maart 2021", (DAY, None)),
        ("Zedtown, ne 14. března 2021", (DAY, None)),
        ("ne 14. 3. 2021", (None, DAY)),
        ("zo 14 maart 2021", (None, DAY)),
        # 5 November 2019 was a Tuesday
        ("ti 5.11.2019", (None, date(2019, 11, 5))),
        ("ut 5. 11. 2019", (None, date(2019, 11, 5))),
        # after the date, behind a comma
        ("2019 m. lapkričio 5 d., an", (None, date(2019, 11, 5))),
        ("2019 ж. 5 қараша, сс", (None, date(2019, 11, 5))),
    ],
)
def test_a_short_weekday_without_its_mark_that_names_the_dates_day_is_read(
    line: str, expected: tuple[date | None, date | None]
) -> None:
    assert _dates(_page(line)) == expected, line


#: Languages the detector does not tell apart (it reads them as Hindi, Italian, Russian, Turkish
#: or none) whose month and weekday names CLDR gives (``dates.yaml`` ``more_month_languages``).
UNTOLD = ("ne", "mt", "ky", "uz", "ku")


@pytest.mark.parametrize("locale", UNTOLD)
@pytest.mark.parametrize("pattern", ["EEEE, d MMMM y", "d MMMM y"])
def test_a_date_of_a_language_the_detector_does_not_tell_apart_dates_the_statement(
    locale: str, pattern: str
) -> None:
    form = format_date(DAY, pattern, locale=locale)
    assert _dates(_page(f"Zedtown, {form}")) == (DAY, None), form
    closing = f"Unions of Zetland\n\n{PROSE['en']}\n\n{PROSE['en']}\n\nZedtown, {form}\n"
    assert _dates(closing) == (DAY, None), form


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Latvian's "g." for "gada" between the year and the day
        ("Zedtown, 2021. g. 14. marts", (DAY, None)),
        ("2019. g. 5. nov.", (None, date(2019, 11, 5))),
        # Kyrgyz "ж." joined to the year by a hyphen
        ("Zedtown, 2021-ж. 14-март", (DAY, None)),
        ("2019-ж. 5-ноябрь", (None, date(2019, 11, 5))),
    ],
)
def test_a_year_first_date_with_an_abbreviated_word_for_year_is_read(
    line: str, expected: tuple[date | None, date | None]
) -> None:
    assert _dates(_page(line)) == expected, line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a capital with its stop or comma that abbreviates the date's weekday (a Sunday)
        ("Zedtown, P, 14. märts 2021", (DAY, None)),
        ("P, 14. märts 2021", (None, DAY)),
        ("B., 14 mart 2021", (None, DAY)),
        # after the date, behind its comma (5 November 2019 was a Tuesday)
        ("2019. november 5., K", (None, date(2019, 11, 5))),
        # a letter naming no weekday of the date, a small letter, no stop or comma: no date
        ("A, 14 March 2021", (None, None)),
        ("K, 14 March 2021", (None, None)),
        ("p, 14. märts 2021", (None, None)),
        ("P 14. märts 2021", (None, None)),
        ("2021. március 14., A", (None, None)),
    ],
)
def test_a_one_letter_weekday_is_read_only_as_a_capital_naming_the_dates_day(
    line: str, expected: tuple[date | None, date | None]
) -> None:
    assert _dates(_page(line)) == expected, line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a short name closing the line after the date, no comma or one of its script
        ("2019年11月5日周二", (None, date(2019, 11, 5))),
        ("2019年11月5日，周二", (None, date(2019, 11, 5))),
        ("2019-11-05 周二", (None, date(2019, 11, 5))),
        ("Zedtown, 5 november 2019 di", (date(2019, 11, 5), None)),
        # a name of another day: no date
        ("2019年11月5日周三", (None, None)),
        ("5 november 2019 do", (None, None)),
    ],
)
def test_a_short_weekday_closing_a_date_line_is_read_where_it_names_the_day(
    line: str, expected: tuple[date | None, date | None]
) -> None:
    assert _dates(_page(line)) == expected, line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a weekday, the day and a comma before the month (5 November 2019 was a Tuesday)
        ("Jumanne 5, Novemba 2019", (None, date(2019, 11, 5))),
        # another day's name, or no weekday (an issue's number): no date
        ("Jumatano 5, Novemba 2019", (None, None)),
        ("No. 12, March 2021", (None, None)),
    ],
)
def test_a_comma_after_the_day_is_read_after_the_dates_weekday(
    line: str, expected: tuple[date | None, date | None]
) -> None:
    assert _dates(_page(line)) == expected, line
