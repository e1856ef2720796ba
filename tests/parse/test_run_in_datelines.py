"""Datelines and stamps in the forms of posts and releases (thirty-first session): a place's dash
before a word for "on the day" ("Zedpur- दिनांक 9.3.2019 को ..."), a post's heading in
quotation marks run into the paragraph its dateline opens, a stop and a dash after the date
("Zedópolis, 5 de mayo de 2020.- Los ..."), a by-line after the date ("lundi 1er juillet 2024,
par Jeanne ROUX"), an English ordinal's comma ("14th, March 2023") and a time zone after a
date without its clock ("9 November 2022 GMT"). Texts, places and persons are made up."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.dates import read_dateline

from .prose import PROSE
from .reading import created_after, read_text


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Zedpur- दिनांक 9.3.2019 को ज़ेड पार्क के सामने कर्मचारियों का गुस्सा साफ़ दिखाई दिया।",
         date(2019, 3, 9)),  # Hindi
        ("Zedmji- tarehe 3 Mei 2011 bei za chakula zimepanda sana kwa wafanyakazi wote.",
         date(2011, 5, 3)),  # Swahili
        ("Zedów- dnia 12 maja 2020 r. ceny żywności rosną szybciej niż płace pracowników.",
         date(2020, 5, 12)),  # Polish
        ("Zedphố- ngày 6 tháng 4 năm 2019 giá lương thực tăng nhanh hơn tiền lương của công "
         "nhân.", date(2019, 4, 6)),  # Vietnamese
    ],
)  # fmt: skip
def test_a_place_dashed_before_a_word_for_the_day_opens_a_dateline(opening: str, day: date) -> None:
    assert created_after(opening) == day


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ('"सभी संगठनों का मोर्चा बनाने का निर्णय ।" Zedpur- दिनांक 9.3.2019 को ज़ेड पार्क के सामने '
         "कर्मचारियों का गुस्सा साफ़ दिखाई दिया।", date(2019, 3, 9)),
        ('"Unions unite against the cuts." Zedtown- 5 May 2020 - Food prices rise faster than '
         "the wages of the workers.", date(2020, 5, 5)),
        ("«Les syndicats s’unissent !» Zedville, le 5 mai 2020 – Les prix montent plus vite que "
         "les salaires.", date(2020, 5, 5)),
        ("“Los sindicatos se unen.” Zedópolis, 5 de mayo de 2020.- Los precios suben más rápido "
         "que los salarios.", date(2020, 5, 5)),
    ],
)  # fmt: skip
def test_a_quoted_heading_run_into_the_paragraph_leaves_its_dateline_read(
    opening: str, day: date
) -> None:
    assert created_after(opening) == day


def test_a_quoted_sentence_before_a_date_that_opens_no_dateline_gives_none() -> None:
    assert created_after('"We will strike." Zedtown, 5 May 2020 was a hard day for all.') is None


@pytest.mark.parametrize(
    "opening",
    [
        "Zedópolis, 5 de mayo de 2020.- Los precios suben más rápido que los salarios.",
        "Zedópolis, 5 de mayo de 2020.– Os preços sobem mais depressa do que os salários.",
        "Zedtown, 5 May 2020.- Prices rise faster than the wages of the workers.",
    ],
)
def test_a_stop_and_a_dash_after_the_date_close_a_dateline(opening: str) -> None:
    assert created_after(opening) == date(2020, 5, 5)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("lundi 1er juillet 2024, par Jeanne ROUX", "fr"),
        ("Monday 1 July 2024, by Jane Roe", "en"),
        ("Montag, 1. Juli 2024, von Hans Zedler", "de"),
        ("lunes 1 de julio de 2024, por Ana Zedillo", "es"),
    ],
)
def test_a_by_line_after_the_date_makes_it_the_pages_stamp(line: str, language: str) -> None:
    assert read_dateline(line) == ("stamp", date(2024, 7, 1), None)
    document = read_text(f"Unions unite\n\n{line}\n\n{PROSE[language]}\n")
    assert document.published == date(2024, 7, 1)
    assert document.created is None


@pytest.mark.parametrize(
    "line",
    ["1 July 2024, by the editors", "1 July 2024, by Zetland Road 12", "1 July 2024, by France"],
)
def test_words_after_the_date_that_name_no_writer_make_no_stamp(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "day"),
    [
        ("14th, March 2023", "dateline", date(2023, 3, 14)),
        ("1st, May 2024", "dateline", date(2024, 5, 1)),
        ("9 November 2022 GMT", "stamp", date(2022, 11, 9)),
        ("09.11.2022 (UTC+3)", "stamp", date(2022, 11, 9)),
        ("تاريخ النشر: 14th, March 2023 GMT", "stamp", date(2023, 3, 14)),
    ],
)
def test_an_ordinals_comma_and_a_zone_without_a_clock_are_read(
    line: str, kind: str, day: date
) -> None:
    assert read_dateline(line) == (kind, day, None)


@pytest.mark.parametrize("line", ["No. 12, March 2021", "12, March 2021", "9 November 2022 est"])
def test_a_number_with_a_comma_or_a_word_after_the_date_is_no_date(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Zedtown, Sept. 12, 2020 - Food prices rise faster than the wages of the workers.",
         date(2020, 9, 12)),
        ("Zedville, le 12 déc. 2020 – Les prix montent plus vite que les salaires.",
         date(2020, 12, 12)),
        ("Zedstadt, 12. Dez. 2020 - Die Preise steigen schneller als die Löhne.",
         date(2020, 12, 12)),
        ("Zedgrad, 12 дек. 2020 г. Цены растут быстрее зарплат.", date(2020, 12, 12)),
        ("Zedówek, 12 lut. 2020 r. Ceny rosną szybciej niż płace.", date(2020, 2, 12)),
        ("วันที่ 12 มีนาคม พ.ศ. 2568 แรงงานในภูมิภาคนี้นัดหยุดงานมาแล้วสามสัปดาห์ "
         "ค่าจ้างของพวกเขาไม่ได้เพิ่มขึ้นตามราคาสินค้า เราขอเรียกร้องให้รัฐบาลเจรจากับแรงงานโดยเร็ว",
         date(2025, 3, 12)),
    ],
)  # fmt: skip
def test_an_abbreviations_stop_inside_the_opening_dateline_ends_no_sentence(
    opening: str, day: date
) -> None:
    assert created_after(opening) == day


@pytest.mark.parametrize(
    "opening",
    [
        "Zedtown, Sept. 12 was the day the prices rose. In 2020 they rose again.",
        "Zedgrad, 12 дек. 2020 г.были повышены цены.",
    ],
)
def test_a_sentence_that_holds_no_whole_dateline_gives_none(opening: str) -> None:
    assert created_after(opening) is None
