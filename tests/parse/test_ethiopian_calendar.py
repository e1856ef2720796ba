"""The Ethiopian calendar (thirty-first session): twelve months of 30 days and Pagume of five, six
in the year before a Gregorian leap year's, counted from its era's first day, read in an Amharic
text in the forms its statements date themselves ("ዜድ ከተማ፣ መጋቢት 3 ቀን 2017 ዓ.ም.", "3 መጋቢት
2017", "መጋቢት 3/2017", "3/7/2017 ዓ.ም") and given as the Gregorian day; never in a Tigrinya
text, which writes the same names for the Gregorian months in Eritrea. Texts and places are made
up."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.calendars import from_ethiopian

from .reading import read_text

#: A paragraph of argument in Amharic, and one in Tigrinya.
AMHARIC = (
    "የክልሉ ሰራተኞች ለሦስት ሳምንታት የስራ ማቆም አድማ ላይ ናቸው። ደመወዛቸው ከዋጋ ንረት ጋር አልጨመረም። "
    "መንግሥት ከሰራተኞቹ ጋር እንዲደራደር እንጠይቃለን።"
)
TIGRINYA = (
    "ሰራሕተኛታት እቲ ክልል ንሰለስተ ሰሙን ኣድማ ኣብ ልዕሊ ኣለዉ። ደሞዞም ምስ ዋጋ ኣይወሰኸን። መንግስቲ ምስ ሰራሕተኛታት ክዘራረብ ንሓትት።"
)


@pytest.mark.parametrize(
    ("year", "month", "day", "gregorian"),
    [
        (2016, 1, 1, date(2023, 9, 12)),  # the new year after a year of six Pagume days
        (2015, 13, 6, date(2023, 9, 11)),  # that sixth day
        (2016, 13, 5, date(2024, 9, 10)),
        (2017, 1, 1, date(2024, 9, 11)),
        (2017, 7, 3, date(2025, 3, 12)),
        (2012, 6, 21, date(2020, 2, 29)),  # the Gregorian leap day
    ],
)
def test_an_ethiopian_day_is_its_gregorian_day(
    year: int, month: int, day: int, gregorian: date
) -> None:
    assert from_ethiopian(year, month, day) == gregorian


@pytest.mark.parametrize(
    ("year", "month", "day"), [(2016, 13, 6), (2017, 1, 31), (2017, 14, 1), (2017, 0, 3)]
)
def test_a_day_the_ethiopian_calendar_lacks_is_refused(year: int, month: int, day: int) -> None:
    with pytest.raises(ValueError, match="Ethiopian year"):
        from_ethiopian(year, month, day)


@pytest.mark.parametrize(
    ("closing", "place"),
    [
        ("ዜድ ከተማ፣ መጋቢት 3 ቀን 2017 ዓ.ም.", "ዜድ ከተማ"),
        ("መጋቢት 3 ቀን 2017 ዓ.ም", None),
        ("3 መጋቢት 2017", None),
        ("መጋቢት 3/2017", None),
        ("ዜድ ከተማ፣ 3/7/2017 ዓ.ም", "ዜድ ከተማ"),
    ],
)
def test_an_amharic_statements_closing_date_is_read_in_its_calendar(
    closing: str, place: str | None
) -> None:
    text = f"የሰራተኞች ማህበራት የጋራ መግለጫ\n\n{AMHARIC}\n\n{AMHARIC}\n\n{closing}\n"
    document = read_text(text)
    assert document.languages == ("am",)
    assert document.created is not None
    assert (document.created.date, document.created.place) == (date(2025, 3, 12), place)


def test_the_sixth_pagume_of_a_year_with_five_gives_no_date() -> None:
    text = f"የሰራተኞች ማህበራት የጋራ መግለጫ\n\n{AMHARIC}\n\n{AMHARIC}\n\nጳጉሜን 6 ቀን 2016 ዓ.ም\n"
    assert read_text(text).created is None


@pytest.mark.parametrize("closing", ["ዜድ ከተማ፣ መጋቢት 3 ቀን 2017", "3 መጋቢት 2017", "መጋቢት 3/2017"])
def test_a_tigrinya_texts_month_of_the_same_name_dates_nothing(closing: str) -> None:
    text = f"ናይ ሰራሕተኛታት ማሕበራት ሓባራዊ መግለጺ\n\n{TIGRINYA}\n\n{TIGRINYA}\n\n{closing}\n"
    document = read_text(text)
    assert document.languages == ("ti",)
    assert document.created is None and document.published is None


@pytest.mark.parametrize(("prose", "language"), [(AMHARIC, "am"), (TIGRINYA, "ti")])
def test_a_gregorian_numeric_date_in_either_language_stays_gregorian(
    prose: str, language: str
) -> None:
    document = read_text(f"Title\n\n{prose}\n\n{prose}\n\nዜድ ከተማ፣ 12/03/2025\n")
    assert document.languages == (language,)
    assert document.created is not None and document.created.date == date(2025, 3, 12)
