"""Dates by the form of the line that gives them (tenth session): where a date stands in its
sentence or line, what separates it from its neighbours and which word comes before it.

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the
statement's date and place (``created``), the page's date (``published``), and that no date is
made up, in at least three languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.model.records import Document
from kzld.parse import read_bytes

from .prose import PROSE


def _read(text: str) -> Document:
    return read_bytes("statement.txt", text.encode("utf-8"))


def _dates(text: str) -> tuple[date | None, str | None, date | None]:
    document = _read(text)
    created = document.created
    return (
        created.date if created else None,
        created.place if created else None,
        document.published,
    )


@pytest.mark.parametrize(
    ("language", "opening", "created", "place"),
    [
        # a place written onto the dash before its date
        ("hi", "ज़ेडपुर- 5 दिसंबर 2020, ज़ेडलैंड की तीन पार्टियों ने आज हड़ताल का समर्थन किया है।",
         date(2020, 12, 5), "ज़ेडपुर"),
        ("en", "Zedtown- 5 May 2020, the X Party and the Y Front agreed on a common call.",
         date(2020, 5, 5), "Zedtown"),
        ("es", "Zedville- 3 de marzo de 2021: los sindicatos de Xandia firmaron un acuerdo.",
         date(2021, 3, 3), "Zedville"),
        # a word for "on the day" before the date
        ("sw", "tarehe 10 Mei 2007 viongozi wa vyama vya X na Y walikutana na kukubaliana.",
         date(2007, 5, 10), None),
        ("th", "วันที่ 12 กรกฎาคม 2566 สหภาพแรงงานทั้งหมดสนับสนุนผู้แทนที่ได้รับเลือกจากประชาชน",
         date(2023, 7, 12), None),
        ("pl", "dnia 5 maja 2020 r. partie X i Y podpisały wspólne porozumienie wyborcze.",
         date(2020, 5, 5), None),
    ],
)  # fmt: skip
def test_a_dateline_opening_the_first_sentence_is_the_statements(
    language: str, opening: str, created: date, place: str | None
) -> None:
    text = "Title\n\n" + opening + " " + PROSE["en"] + "\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (created, place, None)


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        # a date after a preposition of the sentence is what the sentence tells of
        ("en", "On 5 May 2020, the police attacked the workers of the Zedtown plant."),
        ("fr", "Le 5 mai 2020, la police a attaqué les travailleurs de l'usine de Zedville."),
        # a day or a month named before the date is no place
        ("en", "Last Friday, 5 May 2020, the police attacked the workers of the plant."),
        ("de", "Am Freitag, 5. Mai 2020, griff die Polizei die Arbeiter des Werks an."),
        # a place and a date with no separator after it: the sentence goes on
        ("en", "Zedtown 5 May 2020 was the day the police attacked the workers."),
    ],
)
def test_no_date_is_made_up_from_a_date_opening_a_sentence(language: str, opening: str) -> None:
    text = "Title\n\n" + opening + " " + PROSE["en"] + "\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (None, None, None)


@pytest.mark.parametrize(
    ("language", "heading", "created"),
    [
        ("th", "วันที่ 12 กรกฎาคม 2566 แถลงการณ์ร่วม 9 สหภาพแรงงาน สนับสนุนผู้แทนของประชาชน",
         date(2023, 7, 12)),
        ("en", "12 May 2020 - Joint statement of the X Party and the Y Front",
         date(2020, 5, 12)),
        ("es", "Zedville- 3 de marzo de 2021: Declaración conjunta de los partidos",
         date(2021, 3, 3)),
    ],
)  # fmt: skip
def test_a_heading_opening_with_a_date_dates_the_statement_it_names(
    language: str, heading: str, created: date
) -> None:
    text = "Title\n\n" + heading + "\n\n" + PROSE[language if language != "th" else "en"] + "\n"
    assert _dates(text)[0] == created


def test_a_heading_opening_with_a_date_naming_no_statement_gives_none() -> None:
    text = "Title\n\n12 May 2020 - National strike in Zedland\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (None, None, None)


@pytest.mark.parametrize(
    ("language", "closing", "created", "place"),
    [
        ("sl", "V Zedgradu, 26. 1. 2018Xandijski sindikat, Ana Novak, predsednica\n"
         "Sindikat Y, Eva Kos, sekretarka", date(2018, 1, 26), "V Zedgradu"),
        ("en", "Zedtown, 5 May 2020X Workers' Union, Jane Roe, secretary\n"
         "Y Teachers' Union, John Doe, president", date(2020, 5, 5), "Zedtown"),
        ("de", "Zedstadt, den 5. Mai 2020Xandische Gewerkschaft, Max Muster, Vorsitzender\n"
         "Y-Gewerkschaft, Erika Muster, Sekretärin", date(2020, 5, 5), "Zedstadt"),
    ],
)  # fmt: skip
def test_a_dateline_run_together_with_the_next_line_is_read(
    language: str, closing: str, created: date, place: str
) -> None:
    text = "Title\n\n" + PROSE[language if language != "sl" else "en"] + "\n\n" + closing + "\n"
    assert _dates(text) == (created, place, None)


def test_a_year_written_onto_a_word_in_small_letters_is_no_dateline() -> None:
    text = "Title\n\n" + PROSE["en"] + "\n\nZedtown, 5 May 2020xandia\n"
    assert _dates(text) == (None, None, None)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publicado por: redaccion 25 de abril, 2019 Zedville", date(2019, 4, 25)),
        ("Published by: News Desk 12 May 2020 Zedtown", date(2020, 5, 12)),
        ("Veröffentlicht von: Redaktion 12. Mai 2020 Zedstadt", date(2020, 5, 12)),
    ],
)
def test_a_publication_cue_signed_by_a_name_gives_the_pages_date(
    line: str, published: date
) -> None:
    text = "Title\n\n" + line + "\n\n" + PROSE["en"] + "\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (None, None, published)


def test_a_publication_cue_before_a_sentence_gives_no_date() -> None:
    line = "Publicado por: redaccion, que dijo que el 25 de abril, 2019 fue el día"
    text = "Title\n\n" + line + "\n\n" + PROSE["es"] + "\n\n" + PROSE["es"] + "\n"
    assert _dates(text) == (None, None, None)


@pytest.mark.parametrize(
    ("language", "line", "created"),
    [
        ("fr", "Le 5 juin 2015", date(2015, 6, 5)),
        ("sv", "Den 5 juni 2015", date(2015, 6, 5)),
        ("pl", "dnia 5 czerwca 2015 r.", date(2015, 6, 5)),
    ],
)
def test_a_date_after_on_the_is_the_statements_wherever_it_stands(
    language: str, line: str, created: date
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"Title\n\n{prose}\n\n{line}\n\n{prose}\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (created, None, None)
    # the same date with no word before it, at the same place, is the page's
    bare = text.replace(line, line.split(None, 1)[1])
    assert _dates(bare) == (None, None, created)


@pytest.mark.parametrize(
    ("opening", "created"),
    [
        ("Today, 5 May 2020, the X Party and the Y Front agreed on a common call.",
         date(2020, 5, 5)),
        ("Hoy, 5 de mayo de 2020, los sindicatos de Xandia firmaron un acuerdo común.",
         date(2020, 5, 5)),
        ("Aprovado em Zedville, a 14 de Março de 2010, o documento reúne já muitos subscritores.",
         date(2010, 3, 14)),
    ],
)  # fmt: skip
def test_words_before_an_opening_date_that_name_no_place_give_none(
    opening: str, created: date
) -> None:
    text = "Title\n\n" + opening + " " + PROSE["en"] + "\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("line", "created", "place"),
    [
        # Vietnamese: "ngày <day> tháng <month> năm <year>"
        ("Hà Nội, ngày 28 tháng 9 năm 2017", date(2017, 9, 28), "Hà Nội"),
        # Bengali: an ordinal's ending written onto the day
        ("ঢাকা, ২৩শে সেপ্টেম্বর, ২০২৩", date(2023, 9, 23), "ঢাকা"),
        # Levantine Arabic: a Syriac month written without its article
        ("بيروت، 25 تشرين ثاني 2024", date(2024, 11, 25), "بيروت"),
        # Thai: the word for "on the day" and a year of the Buddhist era
        ("กรุงเทพฯ, วันที่ 12 กรกฎาคม 2566", date(2023, 7, 12), "กรุงเทพฯ"),
        # the comma of Chinese and Japanese after the place
        ("ゼット市、2015年6月5日", date(2015, 6, 5), "ゼット市"),
        ("澤特市，2015年6月5日", date(2015, 6, 5), "澤特市"),
        # Serbo-Croatian "godine" (of the year) after the year
        ("Zedgrad, 5. jun 2015. godine", date(2015, 6, 5), "Zedgrad"),
        ("Зедград, 5. јун 2015. године", date(2015, 6, 5), "Зедград"),
        ("Zedgrad, 05.06.2015. godine", date(2015, 6, 5), "Zedgrad"),
        # a Finnish place in the case that says "in", with no comma
        ("Zedkaupungissa 5.6.2015", date(2015, 6, 5), "Zedkaupungissa"),
        ("Zedlinnassa 5. kesäkuuta 2015", date(2015, 6, 5), "Zedlinnassa"),
    ],
)
def test_a_closing_dateline_in_more_written_forms(line: str, created: date, place: str) -> None:
    text = f"Title\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{line}\n"
    assert _dates(text) == (created, place, None)


@pytest.mark.parametrize(
    ("language", "opening", "published"),
    [
        ("tr", "HABER MERKEZİ (10-07-2015) – Zedköy'deki işçiler üç haftadır grevde.",
         date(2015, 7, 10)),
        ("en", "NEWS DESK (10.07.2015) – The workers of the Zedtown plant are on strike.",
         date(2015, 7, 10)),
        ("es", "REDACCIÓN (10/07/2015) – Los trabajadores de Zedville siguen en huelga.",
         date(2015, 7, 10)),
    ],
)  # fmt: skip
def test_a_news_desks_stamp_opening_the_report_gives_the_pages_date(
    language: str, opening: str, published: date
) -> None:
    prose = PROSE[language]
    standfirst = "A standfirst of the report, in one sentence."
    text = f"Title\n\n{standfirst}\n\n{opening} {prose}\n\n{prose}\n"
    assert _dates(text) == (None, None, published)


@pytest.mark.parametrize(
    "opening",
    [
        # a place and date with no brackets is the statement's dateline, read as before
        "ZEDTOWN, 10.07.2015 – The workers of the Zedtown plant are on strike.",
        # words in small letters before the brackets are a sentence
        "The strike (10.07.2015) – the third this year – goes on in Zedtown.",
    ],
)
def test_no_desk_stamp_without_capitals_and_brackets(opening: str) -> None:
    text = f"Title\n\n{opening} {PROSE['en']}\n\n{PROSE['en']}\n"
    assert _dates(text)[2] is None


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        # Tagalog: "signed" in the sentence that gives one full date
        ("tl", "Isang kasunduan ang nilagdaan ng X Party at Y Front sa Zedville nitong umaga "
         "ng Miyerkules, Mayo 8, 2024.", date(2024, 5, 8)),
        ("tl", "Pinirmahan ng mga unyon ng Xandia ang panawagan sa Zedville noong Hunyo 3, 2021.",
         date(2021, 6, 3)),
        # no word of making: what the sentence tells of happened then, nothing says the
        # statement was made that day
        ("tl", "Inatake ng pulis ang mga manggagawa ng pabrika sa Zedville noong Mayo 8, 2024.",
         None),
    ],
)  # fmt: skip
def test_a_sentence_of_signing_in_tagalog_dates_the_statement(
    language: str, opening: str, created: date | None
) -> None:
    text = f"Title\n\n{opening}\n\n{PROSE['en']}\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("line", "created", "place"),
    [
        # Armenian "թ." (of the year) after the year, written onto it or apart, and after a
        # numeric date; Russian "г." as before
        ("Զեդաքաղաք, 11 Մայիսի 2017թ.", date(2017, 5, 11), "Զեդաքաղաք"),
        ("Զեդաքաղաք, 11 մայիսի 2017 թ.", date(2017, 5, 11), "Զեդաքաղաք"),
        ("Զեդաքաղաք, 11.05.2017թ.", date(2017, 5, 11), "Զեդաքաղաք"),
        ("Зедград, 11 мая 2017 г.", date(2017, 5, 11), "Зедград"),
    ],
)
def test_a_word_for_the_year_after_it_in_armenian(line: str, created: date, place: str) -> None:
    text = f"Title\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{line}\n"
    assert _dates(text) == (created, place, None)


@pytest.mark.parametrize(
    ("lines", "created", "place", "published"),
    [
        # a city's name on the line above the date, or below it: where and when it was made
        ("London\n\n14 July 2006", date(2006, 7, 14), "London", None),
        ("2011-01-12\nVilnius", date(2011, 1, 12), "Vilnius", None),
        ("Москва\n5 мая 2017 г.", date(2017, 5, 5), "Москва", None),
        ("القاهرة\n5 مايو 2017", date(2017, 5, 5), "القاهرة", None),
        # a site's short line beside the date names no city: the page's date, as before
        ("Pers\n\n14 July 2006", None, None, date(2006, 7, 14)),
        ("14.07.2006\nLue", None, None, date(2006, 7, 14)),
        ("Zedtown\n\n14 July 2006", None, None, date(2006, 7, 14)),
    ],
)
def test_a_city_on_the_line_beside_a_date_makes_it_a_dateline(
    lines: str, created: date | None, place: str | None, published: date | None
) -> None:
    text = f"News\n\n{lines}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _dates(text) == (created, place, published)


@pytest.mark.parametrize(
    ("line", "created", "place", "published"),
    [
        # a date alone beside a place and another date: the page's date, then the statement's
        ("30.12.1999 | 3 грудня 1999 року, Зедтаун", date(1999, 12, 3), "Зедтаун",
         date(1999, 12, 30)),
        ("30.12.1999 | Zedtown, 3 December 1999", date(1999, 12, 3), "Zedtown",
         date(1999, 12, 30)),
        ("Zedville, 3 de diciembre de 1999 • 30/12/1999", date(1999, 12, 3), "Zedville",
         date(1999, 12, 30)),
        # two dates alone: which is whose is not said, and neither is made up
        ("30.12.1999 | 3 December 1999", None, None, None),
    ],
)  # fmt: skip
def test_a_line_of_the_pages_date_and_the_statements_dateline_gives_both(
    line: str, created: date | None, place: str | None, published: date | None
) -> None:
    text = f"Joint statement\n\n{line}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _dates(text) == (created, place, published)


@pytest.mark.parametrize(
    ("line", "created", "place"),
    [
        # a Persian ordinal word for the day, before a month of the solar calendar or a
        # Gregorian one
        ("زدشهر، دوم اسفند 1383", date(2005, 2, 20), "زدشهر"),
        ("زدشهر، بیست و یکم بهمن 1382", date(2004, 2, 10), "زدشهر"),
        ("زدشهر، بیستم فوریه 2005", date(2005, 2, 20), "زدشهر"),
    ],
)
def test_a_persian_ordinal_day_in_a_closing_dateline(line: str, created: date, place: str) -> None:
    text = f"Title\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{line}\n"
    assert _dates(text) == (created, place, None)


@pytest.mark.parametrize(
    ("opening", "created"),
    [
        # a meeting on a day given in both calendars, the same day
        ("نمایندگان هفت حزب زدلند در تاریخ دوم اسفند 1383 (بیستم فوریه 2005) در زدشهر دیدار "
         "کردند و این بیانیه را تصویب کردند.", date(2005, 2, 20)),
        # no word of meeting or signing: the day of what the sentence tells of
        ("پلیس زدلند در تاریخ دوم اسفند 1383 کارگران کارخانه را در زدشهر بازداشت کرد.", None),
    ],
)  # fmt: skip
def test_a_persian_sentence_of_meeting_dates_the_statement(
    opening: str, created: date | None
) -> None:
    text = f"Title\n\n{opening}\n\n{PROSE['en']}\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        # words of meeting, signing and adopting in more languages (eleventh session)
        ("id", "Kesepakatan bersama ini ditandatangani oleh X dan Y di Zedkota pada 5 Mei 2021.",
         date(2021, 5, 5)),
        ("sq", "Partitë e Zedlandës mbajtën një takim në Zedqytet më 5 maj 2021 dhe miratuan "
         "deklaratën.", date(2021, 5, 5)),
        ("lt", "Susitarimą X ir Y pasirašė Zedmiestyje 2021 m. gegužės 5 d.", date(2021, 5, 5)),
        ("ca", "Els sindicats de Zedlàndia s'han reunit avui, 5 de maig de 2021, a Zedvila.",
         date(2021, 5, 5)),
        # what the sentence tells of, with no word of making: no date of the statement
        ("id", "Polisi menangkap para pekerja pabrik di Zedkota pada 5 Mei 2021.", None),
    ],
)  # fmt: skip
def test_a_sentence_of_making_dates_the_statement_in_more_languages(
    language: str, opening: str, created: date | None
) -> None:
    text = f"Title\n\n{opening}\n\n{PROSE['en']}\n"
    assert _dates(text) == (created, None, None)
