"""Dates of the Persian solar calendar ("جمعه 3 بهمن 1382"): read in that calendar and given as
their Gregorian day, never as a Gregorian date of the year 1382; a day that calendar does not
have gives no date. Places are made up."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.dates import find_date, from_solar_hijri, read_dateline

from .reading import read_text


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1400, 1, 1), date(2021, 3, 21)),  # Nowruz
        ((1399, 1, 1), date(2020, 3, 20)),
        ((1403, 12, 30), date(2025, 3, 20)),  # the last day of a leap year
        ((1404, 1, 1), date(2025, 3, 21)),
        ((1357, 11, 12), date(1979, 2, 1)),
        ((1382, 11, 3), date(2004, 1, 23)),
    ],
)
def test_a_solar_day_is_its_gregorian_day(solar: tuple[int, int, int], gregorian: date) -> None:
    assert from_solar_hijri(*solar) == gregorian


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("جمعه 3 بهمن 1382", date(2004, 1, 23)),  # weekday, day, month, year
        ("۳ بهمن ۱۳۸۲", date(2004, 1, 23)),  # Persian digits
        ("زتلند، 2 اسفند 1383", date(2005, 2, 20)),  # a place before it
        ("1 فروردين 1400", date(2021, 3, 21)),  # Arabic letters for Persian ones
    ],
)
def test_a_solar_dateline_is_read(line: str, day: date) -> None:
    found = read_dateline(line)
    assert found is not None and found[1] == day


def test_a_day_the_calendar_lacks_gives_no_date() -> None:
    assert read_dateline("31 مهر 1382") is None  # the seventh month has 30 days
    assert find_date("در تاریخ 31 مهر 1382 در زتلند") is None


def test_a_pages_solar_date_above_the_statement_is_its_publication_date() -> None:
    text = (
        "جمعه 3 بهمن 1382\n\n"
        "بیانیه مشترک احزاب زتلند\n\n"
        "ما امضاکنندگان این بیانیه از همه اعضا و هواداران خود می خواهیم که فراخوان تحریم "
        "انتخابات را هر چه گسترده تر به گوش هم میهنان برسانند و در این راه بکوشند.\n"
    )
    document = read_text(text)
    assert document.published == date(2004, 1, 23)
    assert document.created is None


#: A made-up Persian statement: its title, a paragraph, three signers one a line, then ``{end}``.
_SIGNED = (
    "بیانیه مشترک تشکل های کارگری زتلند\n\n"
    "ما تشکل های امضاکننده از همه کارگران زتلند می خواهیم که روز جهانی کارگر را با شکوه "
    "برگزار کنند و برای دستمزد عادلانه و حق تشکل مستقل در کنار یکدیگر بایستند.\n\n"
    "کمیته هماهنگی کارگران زتلند\n"
    "انجمن صنفی کارگران فلز زتلند\n"
    "سندیکای رانندگان زتلند\n"
    "{end}\n"
)


@pytest.mark.parametrize(
    "end",
    [
        "9/1/1386",  # day, month, year
        "1386/1/9",  # year first
        "۱۳۸۶-۰۱-۰۹",  # year first in Persian digits
    ],
)
def test_a_persian_texts_date_in_digits_is_of_the_solar_calendar(end: str) -> None:
    document = read_text(_SIGNED.format(end=end))
    assert document.created is not None
    assert document.created.date == date(2007, 3, 29)  # 9 Farvardin 1386


def test_a_persian_pages_stamp_in_two_calendars_is_one_date() -> None:
    text = (
        "بیانیه تشکل های مستقل کارگری زتلند درباره دستمزدها\n\n"
        "2018-01-02| ۱۳۹۶-۱۰-۱۲\n\n"
        "تشکل های مستقل کارگری زتلند در بیانیه ای مشترک خواستار افزایش دستمزدها و آزادی "
        "همه کارگران زندانی شدند و از مردم خواستند که از این خواسته ها پشتیبانی کنند.\n"
    )
    document = read_text(text)
    assert document.published == date(2018, 1, 2)
    assert document.created is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (  # Arabic: a year of that size is of the Islamic lunar calendar, not converted
            "بيان مشترك لنقابات زتلند\n\n"
            "نحن النقابات الموقعة أدناه ندعو جميع العمال في زتلند إلى المشاركة في يوم العمال "
            "العالمي والدفاع عن حقوقهم في الأجر العادل والتنظيم النقابي المستقل.\n\n"
            "نقابة عمال المعادن في زتلند\nنقابة السائقين في زتلند\n",
            "9/1/1386",
        ),
        (  # English: a number of that form is no date at all
            "Joint statement of the Zetland unions\n\n"
            "We, the undersigned unions, call on every worker of Zetland to join the rally for "
            "fair pay and for the right to organise freely, and to stand together.\n\n"
            "Zetland Metal Workers' Union\nZetland Drivers' Union\n",
            "9/1/1386",
        ),
    ],
)
def test_a_date_in_digits_of_an_early_year_is_no_date_in_other_languages(
    text: str, line: str
) -> None:
    document = read_text(text + line + "\n")
    assert document.created is None
    assert document.published is None
