"""Date forms of the corpus's languages that the readers lacked: the month names Arabic writes in
Morocco, in Algeria and Tunisia and in Mauritania (CLDR's ``ar_MA``, ``ar_DZ``, ``ar_MR``); a
day's ordinal marker CLDR's patterns leave out (Malay "14hb", Irish "14ú", Tagalog "ika-14 ng");
Uzbek's word for "year" after the year ("2021-yil"); a date in Chinese numerals
("二〇二一年三月十四日", "令和三年三月十四日"); a year of Thailand's Buddhist era in a date in
digits ("14/03/2564"); the abbreviated months of Croatian, Welsh, Irish and Tagalog, read only
in a text of their language ("14. ožu 2021.", "5 Tach 2019", "5 Samh 2019", "5 Nob 2019").

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


ZH = "该地区的工人已经罢工三个星期，反对新的工资规定，政府则以逮捕和禁止一切集会作为回应。"
JA = (
    "この地域の労働者は新しい賃金規則に反対して三週間ストライキを続けており、"
    "政府は逮捕と集会の禁止で応じている。"
)
TH = (
    "คนงานในภูมิภาคนี้นัดหยุดงานมาสามสัปดาห์แล้ว เพื่อต่อต้านกฎค่าจ้างใหม่ "
    "และรัฐบาลตอบโต้ด้วยการจับกุม และการห้ามการชุมนุมทุกครั้ง ผู้นำสหภาพแรงงานกล่าวว่า "
    "พวกเขาจะไม่ยอมแพ้"
)


def _own(line: str, prose: str) -> str:
    return f"Unions of Zetland sign a memorandum\n\n{line}\n\n{prose}\n\n{prose}\n"


@pytest.mark.parametrize(
    ("line", "prose", "day"),
    [
        ("二〇二一年三月十四日", ZH, date(2021, 3, 14)),
        ("二〇一九年十一月五日", ZH, date(2019, 11, 5)),
        ("二〇二〇年十月十日", ZH, date(2020, 10, 10)),
        ("二零二〇年十二月三十一日", ZH, date(2020, 12, 31)),
        ("二〇二一年三月二十日星期六", ZH, date(2021, 3, 20)),
        ("令和三年三月十四日", JA, date(2021, 3, 14)),
        ("令和元年十月一日", JA, date(2019, 10, 1)),
        ("平成三十年十二月二十五日", JA, date(2018, 12, 25)),
        ("14/03/2564", TH, date(2021, 3, 14)),
        ("2562-11-05", TH, date(2019, 11, 5)),
    ],
)
def test_a_date_in_chinese_numerals_or_of_the_buddhist_era_is_the_pages_stamp(
    line: str, prose: str, day: date
) -> None:
    assert _dates(_own(line, prose)) == (None, day), line


@pytest.mark.parametrize(
    ("line", "prose", "day"),
    [
        ("泽德市，二〇二一年三月十四日", ZH, date(2021, 3, 14)),
        ("Zedtown, 14/03/2564", TH, date(2021, 3, 14)),
    ],
)
def test_a_placed_date_in_chinese_numerals_or_of_the_buddhist_era_dates_the_statement(
    line: str, prose: str, day: date
) -> None:
    assert _dates(_own(line, prose)) == (day, None), line


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("二〇二一年十三月五日", ZH),
        ("二〇二一年二月三十日", ZH),
        ("三年三月十四日", ZH),
        ("二〇二一年三月", ZH),
        # a year of the Buddhist era in a text of a language that does not write it
        ("14/03/2564", PROSE["en"]),
    ],
)
def test_no_day_of_a_calendar_or_a_language_dates_nothing(line: str, prose: str) -> None:
    assert _dates(_own(line, prose)) == (None, None), line


HR = (
    "Radnici regije već tri tjedna štrajkaju protiv novih pravila o plaćama, a vlada im "
    "odgovara uhićenjima i zabranom svakog skupa."
)
CY = (
    "Mae gweithwyr y rhanbarth wedi bod ar streic ers tair wythnos yn erbyn y rheolau cyflog "
    "newydd, ac mae'r llywodraeth wedi ateb gydag arestiadau a gwaharddiadau ar bob cyfarfod."
)
GA = (
    "Tá oibrithe an réigiúin ar stailc le trí seachtaine in aghaidh na rialacha pá nua, agus "
    "d'fhreagair an rialtas iad le gabhálacha agus le cosc ar gach cruinniú."
)
TL = (
    "Tatlong linggo nang nagwewelga ang mga manggagawa ng rehiyon laban sa mga bagong patakaran "
    "sa sahod, at sinagot sila ng pamahalaan ng mga pag-aresto at pagbabawal sa bawat pulong."
)


@pytest.mark.parametrize(
    ("line", "prose", "day"),
    [
        ("Zedgrad, 14. ožu 2021.", HR, date(2021, 3, 14)),
        ("Zedgrad, uto, 5. stu 2019.", HR, date(2019, 11, 5)),
        ("Zedtown, 14 Maw 2021", CY, date(2021, 3, 14)),
        ("Zedtown, 5 Tach 2019", CY, date(2019, 11, 5)),
        ("Zedtown, 5 Samh 2019", GA, date(2019, 11, 5)),
        ("Zedtown, Nob 5, 2019", TL, date(2019, 11, 5)),
        ("Zedtown, 5 Nob 2019", TL, date(2019, 11, 5)),
    ],
)
def test_an_abbreviated_month_in_a_text_of_its_language_dates_the_statement(
    line: str, prose: str, day: date
) -> None:
    assert _dates(_own(line, prose)) == (day, None), line


@pytest.mark.parametrize(
    "line",
    [
        "Zedgrad, 14. ožu 2021.",
        "Zedtown, 5 Tach 2019",
        "Zedtown, 5 Samh 2019",
        "Zedtown, 5 Nob 2019",
    ],
)
def test_an_abbreviated_month_in_a_text_of_another_language_dates_nothing(line: str) -> None:
    assert _dates(_own(line, PROSE["en"])) == (None, None), line
