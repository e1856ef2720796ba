"""Written forms of a date that CLDR's patterns do not give (twenty-eighth session): the month in
Roman numerals ("12.III.2025 r.", "12-IX-2012", "2015. XI. 5."), as Polish, Czech, Romanian,
Italian and Hungarian letters write it; a year of a Japanese era ("令和7年3月12日",
"平成元年5月3日"), read as its Gregorian day only inside the era; and the month first with "de"
before the year ("marzo 12 de 2025"), as Latin American Spanish and Brazilian Portuguese write
it. Texts, places and bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.calendars import from_japanese_era
from kzld.parse.dates import find_date, read_dateline

from .prose import PROSE
from .reading import read_text


@pytest.mark.parametrize(
    ("line", "day", "place"),
    [
        ("Zedbórz, 12.III.2025 r.", date(2025, 3, 12), "Zedbórz"),  # Polish
        ("Zedov, 12. IX. 2012", date(2012, 9, 12), "Zedov"),  # Czech, spaced after the dots
        ("Zedești, 5.XI.2015", date(2015, 11, 5), "Zedești"),  # Romanian
        ("Zedona, 3-V-2019", date(2019, 5, 3), "Zedona"),  # Italian, with hyphens
        ("2015. XI. 5.", date(2015, 11, 5), None),  # Hungarian, the year first
        ("Zedbórz, 1.xii.2020", date(2020, 12, 1), "Zedbórz"),  # in small letters
    ],
)
def test_a_month_in_roman_numerals_is_read(line: str, day: date, place: str | None) -> None:
    assert read_dateline(line) == ("dateline", day, place)


@pytest.mark.parametrize("line", ["12.XIII.2020", "31.II.2020", "0.IV.2020", "12.IIII.2020"])
def test_a_roman_month_that_is_no_month_or_day_gives_no_date(line: str) -> None:
    assert read_dateline(line) is None
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        ("pl", "Zedbórz, 12.III.2025 r."),
        ("ro", "Zedești, 12.III.2025"),
        ("hu", "Zedváros, 2025. III. 12."),
    ],
)
def test_a_closing_dateline_with_a_roman_month_dates_the_statement(
    language: str, closing: str
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"Title\n\n{prose}\n\n{prose}\n\n{closing}\n\nZed Workers Union\nXandia Teachers Union\n"
    document = read_text(text)
    assert document.created is not None and document.created.date == date(2025, 3, 12)
    assert document.published is None


@pytest.mark.parametrize(
    ("era", "year", "month", "day", "gregorian"),
    [
        ("令和", 7, 3, 12, date(2025, 3, 12)),
        ("令和", 1, 5, 1, date(2019, 5, 1)),  # the era's first day
        ("平成", 31, 4, 30, date(2019, 4, 30)),  # the last day of the era before
        ("平成", 1, 1, 8, date(1989, 1, 8)),
        ("昭和", 64, 1, 7, date(1989, 1, 7)),
    ],
)
def test_a_japanese_eras_day_is_its_gregorian_day(
    era: str, year: int, month: int, day: int, gregorian: date
) -> None:
    assert from_japanese_era(era, year, month, day) == gregorian


@pytest.mark.parametrize(
    ("era", "year", "month", "day"),
    [
        ("平成", 31, 5, 1),  # the next era had begun
        ("平成", 32, 1, 7),
        ("平成", 1, 1, 7),  # the era had not begun
        ("令和", 1, 4, 30),
    ],
)
def test_a_day_outside_its_japanese_era_is_none(era: str, year: int, month: int, day: int) -> None:
    with pytest.raises(ValueError):
        from_japanese_era(era, year, month, day)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("令和7年3月12日", date(2025, 3, 12)),
        ("令和７年３月１２日", date(2025, 3, 12)),  # digits of full width
        ("平成元年5月3日", date(1989, 5, 3)),  # "元年", the era's first year
        ("平成31年5月1日", None),  # Heisei had ended
    ],
)
def test_a_date_of_a_japanese_era_is_read(line: str, day: date | None) -> None:
    assert find_date(line) == day


def test_a_japanese_statements_closing_date_in_its_era_dates_it() -> None:
    text = (
        "ゼッド労働組合共同声明\n\n"
        "ゼッド地方の労働者は三週間にわたり新しい賃金規則に反対してストライキを続けている。"
        "政府は逮捕と集会の禁止でこれに応えている。\n\n"
        "私たちは労働者の要求を支持し、政府に対話を求める。\n\n"
        "ゼッド市、令和7年3月12日\n\n"
        "ゼッド労働組合\nザンディア教員組合\n"
    )
    document = read_text(text)
    assert document.created is not None and document.created.date == date(2025, 3, 12)


@pytest.mark.parametrize(
    ("line", "day", "place"),
    [
        ("Ciudad Zeta, marzo 12 de 2025", date(2025, 3, 12), "Ciudad Zeta"),  # Spanish
        ("Ciudad Zeta, mayo 3 del 2020", date(2020, 5, 3), "Ciudad Zeta"),
        ("Zedópolis, março 12 de 2025", date(2025, 3, 12), "Zedópolis"),  # Portuguese
        ("Zedville, March 12, 2025", date(2025, 3, 12), "Zedville"),  # as English has it
    ],
)
def test_the_month_first_with_de_before_the_year_is_read(
    line: str, day: date, place: str | None
) -> None:
    assert read_dateline(line) == ("dateline", day, place)


@pytest.mark.parametrize(
    ("language", "closing"),
    [("es", "Ciudad Zeta, marzo 12 de 2025"), ("pt", "Zedópolis, março 12 de 2025")],
)
def test_a_closing_dateline_with_the_month_first_dates_the_statement(
    language: str, closing: str
) -> None:
    prose = PROSE[language]
    text = f"Title\n\n{prose}\n\n{prose}\n\n{closing}\n\nZed Workers Union\nXandia Teachers Union\n"
    document = read_text(text)
    assert document.created is not None and document.created.date == date(2025, 3, 12)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a clock with a name of the day's half from CLDR after it: Greek, Albanian, Arabic
        ("14 Μαρ 2031, 10:30 π.μ.", date(2031, 3, 14)),
        ("14 mar 2031, 10:30 p.d.", date(2031, 3, 14)),
        ("14/03/2031 10:30 ص", date(2031, 3, 14)),
        # Arabic's one-letter names, after its comma and in its digits
        ("14/03/2031، 10:30 ص", date(2031, 3, 14)),
        ("١٤ مارس ٢٠٣١، ١٠:٣٠ م", date(2031, 3, 14)),
        # or before it, as Korean and Chinese write it
        ("2031. 3. 14. 오후 3:20", date(2031, 3, 14)),
        ("2031.03.14 오전 10:30", date(2031, 3, 14)),
        ("2031年3月14日 下午3:20", date(2031, 3, 14)),
        # the seconds after a dot, as Danish, Finnish and Indonesian write a clock
        ("14. mar. 2031 10.30.00", date(2031, 3, 14)),
        ("14.3.2031 10.30.00", date(2031, 3, 14)),
    ],
)  # fmt: skip
def test_a_clock_with_a_name_of_the_days_half_is_a_stamp(line: str, day: date) -> None:
    assert read_dateline(line) == ("stamp", day, None)


@pytest.mark.parametrize(
    "line",
    [
        # a name of the day's half with no clock beside it is no part of a date
        "2031. 3. 14. 오후",
        "14 Μαρ 2031 π.μ.",
    ],
)  # fmt: skip
def test_a_name_of_the_days_half_without_a_clock_is_no_date(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # the weekday after the date and a comma of its script: Burmese, Japanese
        ("၂၀၃၁ မတ် ၁၄၊ တနင်္ဂနွေ", date(2031, 3, 14)),
        ("2031 မတ် 14၊ တနင်္ဂနွေ", date(2031, 3, 14)),
        ("2031年3月14日、金曜日", date(2031, 3, 14)),
    ],
)  # fmt: skip
def test_a_weekday_after_a_comma_of_its_script(line: str, day: date) -> None:
    assert read_dateline(line) == ("dateline", day, None)
