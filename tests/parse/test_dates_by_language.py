"""Dates in every language the reader tells apart, written from CLDR's own patterns (fourteenth
session): each language's full, long, medium and numeric date (``babel.dates.format_date``) is
read back as a dateline, alone and after a place, and as the statement's date of a made-up text;
the forms real texts glue onto them (case endings, ordinal marks, words for "year", the marks of
writing direction) are read too.

What is checked is what a user sees in ``kzld parse``: the statement's date (``created``) and
the page's (``published``). The forms a language is known not to be read in are listed, each
with its reason, so that a form that starts or stops being read shows here.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel import Locale, localedata
from babel.dates import format_date
from lingua import Language

from kzld.parse import read_bytes
from kzld.parse.boilerplate import is_menu
from kzld.parse.dates import find_date, read_dateline
from kzld.parse.language import LANGUAGES
from kzld.parse.reading import reading_in

from .prose import PROSE

#: Two days: one whose day cannot be a month, one whose can.
DAYS = (date(2021, 3, 14), date(2019, 11, 5))

#: CLDR's own code for a language the detector names by another one.
_CLDR = {"tl": "fil"}


def _locales() -> list[str]:
    found = []
    for name in LANGUAGES:
        code = getattr(Language, name).iso_code_639_1.name.lower()
        code = _CLDR.get(code, code)
        if code in localedata.locale_identifiers():
            found.append(code)
    return found


def _numeric(locale: str, day: date) -> str:
    """The language's short numeric date, with the year in four digits (as statements write it)."""
    pattern = Locale.parse(locale).date_formats["short"].pattern
    return format_date(day, pattern.replace("yyyy", "y").replace("yy", "y"), locale=locale)


def _forms(locale: str, day: date) -> dict[str, str]:
    forms = {width: format_date(day, width, locale=locale) for width in ("full", "long", "medium")}
    forms["numeric"] = _numeric(locale, day)
    # Basque's patterns hold the alternatives of an ending in brackets ("2021(e)ko"); a text
    # writes one of them
    return {k: v.replace("(e)ko", "ko").replace("(a)", "a") for k, v in forms.items()}


#: Forms left unread, by language, form and month, with the reason.
UNREAD = {
    # a slashed date is read day first (the form of nearly every country); the US order is
    # read only beside an AM/PM clock (or where the first number cannot be a month), so
    # "11/5/2019" is 11 May
    **{(code, "numeric", 11): "month first" for code in ("en", "fil", "xh")},
    # abbreviated month names of the Latin script in languages outside calendars.LOCALES are words
    # in other languages ("Maw", "Mas", "Nob"): they are read only in a text of their language,
    # as this test reads each form, so none is left unread
}  # fmt: skip


def _cases() -> list[tuple[str, str, str, date]]:
    cases = []
    for locale in _locales():
        for day in DAYS:
            for width, form in _forms(locale, day).items():
                cases.append((locale, width, form, day))
    return cases


def _read(form: str, locale: str) -> tuple[date | None, date | None]:
    """The form read as a dateline alone and after a place, in a text of ``locale``'s
    language (a month's name of two meanings is read in it: Polish "listopada")."""
    with reading_in([{v: k for k, v in _CLDR.items()}.get(locale, locale)]):
        try:
            found = read_dateline(form)
        except ValueError:
            found = None
        placed = read_dateline(f"Zedtown, {form}")
    return (found[1] if found else None), (placed[1] if placed else None)


@pytest.mark.parametrize(("locale", "width", "form", "day"), _cases())
def test_each_languages_cldr_dates_are_read(locale: str, width: str, form: str, day: date) -> None:
    reason = UNREAD.get((locale, width, day.month))
    expected = None if reason else day
    if reason == "month first":
        expected = date(day.year, day.day, day.month)
    alone, placed = _read(form, locale)
    assert (alone, placed) == (expected, expected), form


def _dates(text: str) -> tuple[date | None, date | None]:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return (document.created.date if document.created else None), document.published


@pytest.mark.parametrize(
    ("language", "dateline", "day"),
    [
        # the year first, with a word for "year" and a case's ending on the month
        ("lv", "Rīgā, 2021. gada 14. novembrī", date(2021, 11, 14)),
        ("lv", "Liepāja, 2021. gada 14. marts", date(2021, 3, 14)),
        ("kk", "Алматы, 2021 ж. 14 наурыз", date(2021, 3, 14)),
        ("kk", "Астана, 2020 жылғы 5 қараша", date(2020, 11, 5)),
        ("hy", "Երևան, 2021 թ. մարտի 14", date(2021, 3, 14)),
        ("hu", "Budapest, 2021. március 14-én", date(2021, 3, 14)),
        ("ko", "서울, 2021. 3. 14.", date(2021, 3, 14)),
        ("eu", "Bilbon, 2021eko martxoaren 14an", date(2021, 3, 14)),
        # the weekday after the date
        ("tr", "Ankara, 14 Mart 2021 Pazar", date(2021, 3, 14)),
        ("zh", "北京，2021年3月14日星期日", date(2021, 3, 14)),
        ("ja", "東京、2021年3月14日日曜日", date(2021, 3, 14)),
        # or its abbreviation in brackets
        ("ko", "서울, 2021. 3. 14.(일)", date(2021, 3, 14)),
        ("ja", "東京、2021年3月14日（日）", date(2021, 3, 14)),
        ("en", "Zedtown, 14 March 2021 (Sun)", date(2021, 3, 14)),
        # a city's name before a dash (not a site's section: "Internacional - 08 Xan 2020")
        ("uk", "Київ – 14 березня 2021 року", date(2021, 3, 14)),
        ("ru", "Москва - 14 марта 2021", date(2021, 3, 14)),
        ("el", "Αθήνα – 14 Μαρτίου 2021", date(2021, 3, 14)),
        # Albanian "më" (on) before the date
        ("sq", "Tiranë, më 14 mars 2021", date(2021, 3, 14)),
        # a comma of the Arabic script, and the marks of writing direction
        ("ar", "القاهرة، الأحد، 14 مارس 2021", date(2021, 3, 14)),
        ("ur", "لاہور، 14 مارچ، 2021", date(2021, 3, 14)),
        ("ar", "القاهرة، 14\u200f/3\u200f/2021", date(2021, 3, 14)),
        # the mark of the Christian era written onto the year (Arabic "م", Urdu "ء")
        ("ar", "بيروت، 15 آذار/مارس 2021م", date(2021, 3, 15)),
        ("ur", "لاہور، 14 مارچ 2021ء", date(2021, 3, 14)),
        # an era's word before the year, an ordinal's or a case's ending on the day
        ("th", "กรุงเทพฯ, 14 มีนาคม ค.ศ. 2021", date(2021, 3, 14)),
        # the weekday with "ที่" written onto it; the month by its number, the weekday in two
        # words (fifteenth session)
        ("th", "เซดทาวน์, วันอาทิตย์ที่ 14 มีนาคม ค.ศ. 2021", date(2021, 3, 14)),
        ("mn", "Зедхот, 2021 оны 3-р сарын 14", date(2021, 3, 14)),
        ("mn", "Зедхот, 2019 оны арван нэгдүгээр сарын 5, мягмар гараг", date(2019, 11, 5)),
        ("el", "Αθήνα, 14ης Μαρτίου 2021", date(2021, 3, 14)),
        ("pt", "Lisboa, 1.º de Maio de 2021", date(2021, 5, 1)),
        ("ru", "Москва, 14-го марта 2021 года", date(2021, 3, 14)),
        ("et", "Tallinnas, 14. märtsil 2021", date(2021, 3, 14)),
        ("et", "Tallinn, 14. märts 2021. a.", date(2021, 3, 14)),
        ("ca", "Barcelona, 1 d'octubre de 2021", date(2021, 10, 1)),
        ("te", "హైదరాబాద్, 14, మార్చి 2021", date(2021, 3, 14)),
        # the words CLDR abbreviates written out (twenty-first session): "of the year" after
        # the year, "year" before the month, "day" after the day
        ("pl", "Zedgród, 14 marca 2021 roku", date(2021, 3, 14)),
        ("bg", "Зедград, 14 март 2021 година", date(2021, 3, 14)),
        ("mk", "Зедград, 14.03.2021 година", date(2021, 3, 14)),
        ("lt", "Zedmiestis, 2021 metų kovo 14 d.", date(2021, 3, 14)),
        ("lt", "2021 kovo 14 diena, Zedmiestis", date(2021, 3, 14)),
        ("hy", "Զեդքաղաք, 2021 թվականի մարտի 14", date(2021, 3, 14)),
        # Afghanistan's names of the solar months, between spaced slashes
        ("fa", "کابل، ۲۹ / قوس / ۱۳۹۸", date(2019, 12, 20)),
        ("fa", "کابل، ۲۸ جدی ۱۳۹۴", date(2016, 1, 18)),
        # the solar era's word after the year (thirty-sixth session)
        ("fa", "زدآباد، ۲۴ اسفند ۱۳۹۹ خورشیدی", date(2021, 3, 14)),
        ("fa", "زدآباد، ۲۴ اسفند ۱۳۹۹ ه.ش.", date(2021, 3, 14)),
        # Georgian's abbreviation of "year" after it
        ("en", "ზედქალაქი, 14 მარტი 2021 წ.", date(2021, 3, 14)),
        # Welsh ordinals' endings on the day
        ("en", "Zedtown, 14eg Mawrth 2021", date(2021, 3, 14)),
        ("en", "Zedtown, 1af Mawrth 2021", date(2021, 3, 1)),
        ("en", "Zedtown, 21ain Tachwedd 2019", date(2019, 11, 21)),
        # Hausa's months, which the language detector does not tell apart, and its "ga" (of)
        ("en", "Zedtown, 14 ga Maris, 2021", date(2021, 3, 14)),
        ("en", "Zedtown, 5 Nuwamba 2019", date(2019, 11, 5)),
        # a word for "the date" or "dated" between the place and the date
        ("ne", "जेडपुर, मिति २०७७ चैत १ गते", date(2021, 3, 14)),
        ("ar", "زدآباد بتاريخ 14 آذار 2021", date(2021, 3, 14)),
        # a year-first date in digits of a Nepali text: of the Bikram Sambat when its year is
        # one of that calendar's now, of the Gregorian calendar when it is earlier
        ("ne", "जेडपुर, २०७७/१२/०१", date(2021, 3, 14)),
        ("ne", "जेडपुर, २०७७-१२-०१", date(2021, 3, 14)),
        ("ne", "जेडपुर, 2021/03/14", date(2021, 3, 14)),
        # a day of the Islamic calendar, then "corresponding to" and the Gregorian day
        ("ar", "زدآباد في 1 شعبان 1442 هـ الموافق 14 آذار 2021 م", date(2021, 3, 14)),
        ("ar", "زدآباد في 1 شعبان 1442هـ الموافق لـ 14 مارس 2021م", date(2021, 3, 14)),
    ],
)  # fmt: skip
def test_a_dateline_in_each_form_dates_the_statement(
    language: str, dateline: str, day: date
) -> None:
    """The dateline under the title and the one closing the text are the statement's date."""
    prose = PROSE.get(language, PROSE["en"])
    assert _dates(f"Title\n\n{dateline}\n\n{prose}\n\n{prose}\n") == (day, None)
    assert _dates(f"Title\n\n{prose}\n\n{prose}\n\n{dateline}\n") == (day, None)


@pytest.mark.parametrize(
    ("language", "dateline"),
    [
        # the Islamic calendar's day alone, or "corresponding to" a day without its year
        ("ar", "زدآباد في 1 شعبان 1442 هـ"),
        ("ar", "زدآباد في 1 شعبان 1442 هـ الموافق 14 آذار"),
    ],
)
def test_a_day_of_a_calendar_not_converted_dates_nothing(language: str, dateline: str) -> None:
    prose = PROSE.get(language, PROSE["en"])
    assert _dates(f"Title\n\n{dateline}\n\n{prose}\n\n{prose}\n") == (None, None)


@pytest.mark.parametrize(
    "stamp",
    [
        "Argitaratua: 2021/03/14",
        "Cyhoeddwyd 14 Mawrth 2021",
        "გამოქვეყნდა: 14 მარტი, 2021",
        "Birt: 14. mars 2021",
        "เผยแพร่: 14 มีนาคม 2564",
        "เผยแพร่เมื่อ 14 มี.ค. 2564",
        "Imechapishwa 14 Machi 2021",
        "La daabacay: 14 Maarso 2021",
        "An wallafa: 14 Maris, 2021",
        "வெளியிடப்பட்டது: 14 மார்ச் 2021",
        "പ്രസിദ്ധീകരിച്ചത്: 14 മാർച്ച് 2021",
        "ਪ੍ਰਕਾਸ਼ਿਤ: 14 ਮਾਰਚ 2021",
        "प्रकाशित 14 मार्च 2021",
        "شائع شدہ: 14 مارچ 2021",
        "تاریخ انتشار: ۱۴۰۰/۰۱/۰۱",
        "Yayınlanma: 14 Mart 2021",
        "Publikované: 14. marca 2021",
    ],
)
def test_a_publication_label_in_each_language_makes_the_pages_stamp(stamp: str) -> None:
    """A date after a word saying the page was published is the page's, under the headline
    and closing the text alike (where a closing date alone would be the statement's)."""
    solar = stamp.endswith("۱۴۰۰/۰۱/۰۱")  # a Persian text's year in digits: the solar calendar
    day = date(2021, 3, 21) if solar else date(2021, 3, 14)
    prose = PROSE["fa" if solar else "en"]
    assert _dates(f"Title\n\n{stamp}\n\n{prose}\n\n{prose}\n") == (None, day)
    assert _dates(f"Title\n\n{prose}\n\n{prose}\n\n{stamp}\n") == (None, day)


@pytest.mark.parametrize(
    "label",
    [
        "अपडेट", "اپ ڈیٹ", "آخرین به روز رسانی", "อัปเดต", "Imesasishwa", "Diweddarwyd",
        "განახლდა", "Uppfært", "Eguneratua", "புதுப்பிக்கப்பட்டது", "ਅੱਪਡੇਟ",
        "La cusboonaysiiyay", "An sabunta",
    ],
)  # fmt: skip
def test_an_update_label_in_each_language_dates_nothing(label: str) -> None:
    """A date after a word saying the page was updated, with no clock, is neither the page's
    nor the statement's ("Last updated: 14 March 2021"), under the headline or closing the text."""
    prose = PROSE["en"]
    line = f"{label}: 14 March 2021"
    assert _dates(f"Title\n\n{line}\n\n{prose}\n\n{prose}\n") == (None, None)
    assert _dates(f"Title\n\n{prose}\n\n{prose}\n\n{line}\n") == (None, None)


def test_a_solar_month_first_is_read_as_a_pages_stamp_writes_it() -> None:
    assert read_dateline("اسد ۲۳, ۱۳۹۹") == ("dateline", date(2020, 8, 13), None)


def test_a_line_of_parts_is_still_cut_at_its_separators() -> None:
    """Only a date's own spaced slashes keep a line whole; a bullet still parts it."""
    assert read_dateline("• Saturday, 18 May 2024") == ("stamp", date(2024, 5, 18), None)
    assert read_dateline("11 februari, 2020 / Pressmeddelanden") == (
        "stamp",
        date(2020, 2, 11),
        None,
    )


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("hu", "A pártok vezetői 2018. május 10-11-én Budapesten tartott találkozójukon elfogadták "
         "ezt a nyilatkozatot.", None),
        ("hu", "A pártok vezetői 2018. május 10. és 11. között Budapesten tartott találkozójukon "
         "elfogadták ezt a nyilatkozatot.", None),
        ("lt", "Partijų lyderiai susitikime 2018 m. gegužės 10–11 d. Vilniuje priėmė šį "
         "pareiškimą.", None),
        ("eu", "Alderdien buruzagiek 2018ko maiatzaren 10-11n Bilbon egindako bileran onartu "
         "zuten adierazpen hau.", None),
        # one day of the same form is the statement's
        ("hu", "A pártok vezetői 2018. május 10-én Budapesten tartott találkozójukon elfogadták "
         "ezt a nyilatkozatot.", date(2018, 5, 10)),
        ("lt", "Partijų lyderiai susitikime 2018 m. gegužės 10 d. Vilniuje priėmė šį pareiškimą.",
         date(2018, 5, 10)),
    ],
)  # fmt: skip
def test_a_range_written_year_first_is_no_statements_date(
    language: str, opening: str, created: date | None
) -> None:
    """The year first, then the month and the range's first and last day ("2018. május
    10-11-én"): the meeting's days, never the statement's date."""
    assert _dates(f"Title\n\n{opening}\n\n{PROSE['en']}\n") == (created, None)


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("کابل ۲۹ / قوس / ۱۳۹۸", False),  # a city and a date written with spaced slashes
        ("کابل، ۲۹ / قوس / ۱۳۹۸", False),
        ("Home / Politik / International", True),
        ("Главная / Новости / В мире", True),
        ("الرئيسية / أخبار / العالم", True),
    ],
)
def test_a_dates_own_slashes_make_no_breadcrumb(line: str, menu: bool) -> None:
    assert is_menu(line) is menu


@pytest.mark.parametrize("stamp", ["2016 / 09 / 05", "2016 - 09 - 05", "2016 . 09 . 05"])
def test_a_year_first_date_with_spaced_separators_is_the_pages_stamp(stamp: str) -> None:
    """A date alone above the prose, the year first, each separator spaced on both sides: the
    page's date, no breadcrumb of three numbers."""
    assert not is_menu(stamp)
    text = f"{stamp}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _dates(text) == (None, date(2016, 9, 5))


def test_a_dateline_without_a_comma_under_a_two_line_title_dates_the_statement() -> None:
    """A city's name and a date with spaced slashes, between a title and the prose with no
    blank line between ("کابل ۲۹ / قوس / ۱۳۹۸"): the statement's dateline."""
    prose = "افغانستان امروز یکی از سخت‌ترین دوره‌های تاریخ خود را از سر می‌گذراند و مردم آن " * 3
    text = f"اعلامیهٔ مشترک دو حزب\nو یک ستاد ملی\nکابل ۲۹ / قوس / ۱۳۹۸\n{prose}\n\n{prose}\n"
    assert _dates(text) == (date(2019, 12, 20), None)


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("id", "\"Kami menolak kekerasan,\" demikian pernyataan sikap serikat buruh yang dibacakan "
         "oleh ketuanya di kantor LBH Zedkarta, Minggu (24/9/2017)."),
        ("en", "The joint statement was read out by the chair of the Xandia Workers Union at a "
         "press conference in Zedtown on 24 September 2017."),
        ("es", "La declaración conjunta fue leída por la secretaria general del sindicato en una "
         "rueda de prensa en Zedville el 24 de septiembre de 2017."),
        ("ru", "Совместное заявление зачитал председатель профсоюза Ксандии на пресс-конференции "
         "в Зедграде 24 сентября 2017 года."),
    ],
)  # fmt: skip
def test_the_day_a_statement_was_read_out_is_its_date(language: str, opening: str) -> None:
    """A statement read out at a press conference is made public that day: a sentence saying so
    dates it, as one of signing or issuing does."""
    assert _dates(f"Title\n\n{opening}\n\n{PROSE['en']}\n") == (date(2017, 9, 24), None)


def test_a_year_with_the_mark_of_its_era_dates_a_sentence_of_making() -> None:
    opening = "عقدت الأحزاب اجتماعها في زيدشتات يوم 15 آذار 2021م وأصدرت هذا البيان."
    assert _dates(f"Title\n\n{opening}\n\n{PROSE['ar']}\n") == (date(2021, 3, 15), None)


def test_a_bracketed_word_of_the_latin_script_after_a_date_is_no_weekday() -> None:
    assert read_dateline("14 March 2021 (PDF)") is None


def test_a_sites_section_before_a_dash_still_makes_a_stamp() -> None:
    assert read_dateline("Internacional - 08 Xan 2020") == ("stamp", date(2020, 1, 8), None)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        # a sentence ends with a year, the next opens with a date: two things, not one date
        ("en", "The Xandian Kettle Party was founded in 2019. 5 May 2020: its congress adopted "
         "this declaration.", date(2020, 5, 5)),
        # an issue's number and a month: no day
        ("en", "The congress adopted this declaration, printed in the Xandian Bulletin No. 12, "
         "March 2021.", None),
        ("es", "El congreso aprobó esta declaración, publicada en el Boletín de Zetlandia n.º 12, "
         "marzo de 2021.", None),
        # the year first, then a clock time or a count after a dash: one day, not a range
        ("hu", "A pártok vezetői 2018. május 10. - 14:00 órakor Budapesten elfogadták ezt a "
         "nyilatkozatot.", date(2018, 5, 10)),
        ("hu", "A pártok vezetői 2018. május 10-én - 12 párt - Budapesten elfogadták ezt a "
         "nyilatkozatot.", date(2018, 5, 10)),
        ("lt", "Partijų lyderiai susitikime 2018 m. gegužės 10 d. - 12 val. Vilniuje priėmė šį "
         "pareiškimą.", date(2018, 5, 10)),
    ],
)  # fmt: skip
def test_numbers_beside_a_date_add_no_day_and_take_none_away(
    language: str, opening: str, created: date | None
) -> None:
    """A year closing a sentence before a date, an issue's number before a month, a clock time
    or a count after a date written year first: the date the text gives, no other."""
    assert _dates(f"Title\n\n{opening}\n\n{PROSE['en']}\n") == (created, None)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # a year closing a phrase, then a date: the date's own year
        ("Signatories of 2019. 5 May 2020", date(2020, 5, 5)),
        ("Unterzeichner 2001. 14. März 2021", date(2021, 3, 14)),
        ("Parakstītāji 2001. 14. martā 2021", date(2021, 3, 14)),
        # the year first with its word for "year" is one date
        ("Parakstītāji 2021. gada 14. martā", date(2021, 3, 14)),
        ("Қол қойғандар 2021 ж. 14 наурыз", date(2021, 3, 14)),
    ],
)
def test_a_years_dot_is_no_word_for_year(phrase: str, day: date) -> None:
    """The year first is read with a word for "year" ("2021. gada 14. martā"), never with a bare
    dot, which closes a phrase: "2019. 5 May 2020" is 5 May 2020 (a list's heading)."""
    assert find_date(phrase) == day


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Xandian Bulletin No. 12, March 2021", None),
        ("Бюллетень Ксандии № 12, март 2021", None),
        ("Δελτίο της Ξάνδιας, τεύχος 12, Μάρτιος 2021", None),
        # Telugu's CLDR form writes a comma after the day
        ("హైదరాబాద్, 14, మార్చి 2021", date(2021, 3, 14)),
    ],
)
def test_an_issues_number_and_a_month_are_no_day(phrase: str, day: date | None) -> None:
    """A number, a comma and a month in the Latin, Greek or Cyrillic script is an issue's
    number and its month ("No. 12, March 2021"), not a day."""
    assert find_date(phrase) == day


@pytest.mark.parametrize(
    ("language", "dateline", "single"),
    [
        ("en", "Zedtown, 14–15 March 2021", "Zedtown, 15 March 2021"),
        ("en", "Zedtown, March 14-15, 2021", "Zedtown, March 15, 2021"),
        ("it", "Zedopoli, 14-15 marzo 2021", "Zedopoli, 15 marzo 2021"),
        ("ru", "Зедград, 14–15 марта 2021 г.", "Зедград, 15 марта 2021 г."),
        ("el", "Ζεντούπολη, 14-15 Μαρτίου 2021", "Ζεντούπολη, 15 Μαρτίου 2021"),
        ("ar", "زدتاون، 14-15 مارس 2021", "زدتاون، 15 مارس 2021"),
        # the year first: the place was lost with the range
        ("hu", "Zedváros, 2021. március 14–15.", "Zedváros, 2021. március 15."),
        ("lt", "Zedmiestis, 2021 m. kovo 14–15 d.", "Zedmiestis, 2021 m. kovo 15 d."),
    ],
)  # fmt: skip
def test_a_range_as_a_dateline_gives_its_place_and_no_day(
    language: str, dateline: str, single: str
) -> None:
    """A dateline naming a range of days ("Zedtown, 14-15 March 2021": a meeting's days) names
    no single day: the statement has its place and no date of making (the model's date of
    making is a whole day), where the same dateline with one day dates it."""
    for line, created in ((dateline, None), (single, date(2021, 3, 15))):
        text = f"Title\n{line}\n\n{PROSE[language]}\n"
        document = read_bytes("statement.txt", text.encode("utf-8"))
        assert document.created is not None, line
        place = re.split("[,،]", line)[0]
        assert (document.created.date, document.created.place) == (created, place)
        assert document.published is None


#: Made-up prose in the languages whose month names collide (CLDR through Babel: the names
#: that mean different months in two languages, ``calendars.shared_months``).
_COLLIDING = {
    "hr": "Radnici regije već tri tjedna štrajkaju protiv novih pravila o plaćama, a vlada im "
    "odgovara uhićenjima i zabranom svakog skupa.",
    "pl": "Robotnicy regionu strajkują od trzech tygodni przeciwko nowym zasadom płac, a rząd "
    "odpowiada im aresztowaniami i zakazem wszelkich zgromadzeń.",
    "cs": "Dělníci regionu stávkují už tři týdny proti novým mzdovým pravidlům a vláda jim "
    "odpovídá zatýkáním a zákazem všech shromáždění.",
    "az": "Bölgənin işçiləri üç həftədir yeni maaş qaydalarına qarşı tətil edirlər və hökumət "
    "onlara həbslərlə və bütün yığıncaqların qadağan edilməsi ilə cavab verir.",
    "en": PROSE["en"],
}


@pytest.mark.parametrize(
    ("language", "dateline", "month"),
    [
        # "listopad": Croatian October, Czech and Polish November; its genitive too
        ("hr", "Zedgrad, 14. listopada 2021.", 10),
        ("hr", "Zedgrad, 14. listopad 2021.", 10),
        ("pl", "Zedów, 14 listopada 2021", 11),
        ("pl", "Zedów, 14 listopad 2021", 11),
        ("cs", "Zedov, 14. listopad 2021", 11),
        # the abbreviations: "lis" (October / November), "lip" (Croatian June, Polish July),
        # "srp" (Croatian July, Czech August)
        ("hr", "Zedgrad, 14. lis 2021.", 10),
        ("pl", "Zedów, 14 lis 2021", 11),
        ("cs", "Zedov, 14. lis 2021", 11),
        ("hr", "Zedgrad, 14. lip 2021.", 6),
        ("pl", "Zedów, 14 lip 2021", 7),
        ("hr", "Zedgrad, 14. srp 2021.", 7),
        ("cs", "Zedov, 14. srp 2021", 8),
        # "yan": Azerbaijani January (Tsonga's February)
        ("az", "Zedşəhər, 14 yan 2021", 1),
        # in a text of none of its languages a name is read as the languages that read it agree,
        # and where they disagree not at all
        ("en", "Zedtown, 14 lis 2021", 11),
        ("en", "Zedtown, 14 listopad 2021", None),
    ],
)  # fmt: skip
def test_a_month_name_of_two_meanings_is_read_in_the_texts_language(
    language: str, dateline: str, month: int | None
) -> None:
    text = f"Naslov\n{dateline}\n\n{_COLLIDING[language]}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.languages == (language,)
    created = document.created.date if document.created else None
    assert created == (date(2021, month, 14) if month else None)


@pytest.mark.parametrize(
    ("language", "sentence", "month"),
    [
        ("hr", "Izjava je usvojena 14. listopada 2021. u Zedgradu.", 10),
        ("pl", "Partie podpisały tę deklarację 14 listopada 2021 r. w Zedowie.", 11),
        ("hr", "Izjava je usvojena 14. srp 2021. u Zedgradu.", 7),
        ("cs", "Strany tuto deklaraci podepsaly 14. srp 2021 v Zedově.", 8),
    ],
)  # fmt: skip
def test_a_month_name_of_two_meanings_in_a_sentence_of_making(
    language: str, sentence: str, month: int
) -> None:
    text = f"Naslov\n\n{sentence} {_COLLIDING[language]}\n\n{_COLLIDING[language]}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.created is not None and document.created.date == date(2021, month, 14)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a weekday's name that is a month's elsewhere is read by its place: before or after
        # the date a weekday, inside it a month (Turkish "Paz" Sunday, Polish "paź" October;
        # Spanish "mar" Tuesday, English "Mar"; Albanian "sht" Saturday and September;
        # Indonesian "Sen" Monday, Azerbaijani "sen" September)
        ("Zedkent, Paz, 14 Mart 2021", date(2021, 3, 14)),
        ("Zedów, 14 paź 2021", date(2021, 10, 14)),
        ("Zedópolis, mar., 14 mar. 2021", date(2021, 3, 14)),
        ("Zedtown, 14 Mar 2021", date(2021, 3, 14)),
        ("Zedqytet, sht, 14 sht 2021", date(2021, 9, 14)),
        ("Zedkota, Sen, 14 Mar 2021", date(2021, 3, 14)),
        ("Zedşəhər, 14 sen 2021", date(2021, 9, 14)),
    ],
)
def test_a_weekday_that_is_a_month_elsewhere_is_read_by_its_place(line: str, day: date) -> None:
    found = read_dateline(line)
    assert found is not None and found[1] == day


@pytest.mark.parametrize(
    ("language", "sentence", "created"),
    [
        # a day something is planned or scheduled for (an election's, a protest's) is still to
        # come: no day of making, where the same sentence's own day is one
        ("fr", "Les partis ont tenu une réunion sur les élections législatives prévues le 17 "
         "décembre 2022.", None),
        ("fr", "Les partis ont tenu une réunion le 17 décembre 2022.", date(2022, 12, 17)),
        ("es", "Los partidos aprobaron hoy una declaración sobre las elecciones previstas para el "
         "17 de diciembre de 2022.", None),
        ("es", "Los partidos aprobaron hoy, 17 de diciembre de 2022, una declaración.",
         date(2022, 12, 17)),
        ("ru", "Партии приняли заявление о выборах, назначенных на 17 декабря 2022 года.", None),
        ("ru", "Заявление было принято 17 декабря 2022 года.", date(2022, 12, 17)),
        ("el", "Η ανακοίνωση υιοθετήθηκε για τη συγκέντρωση που θα πραγματοποιηθεί στις 17 "
         "Δεκεμβρίου 2022.", None),
        ("el", "Η ανακοίνωση υιοθετήθηκε στις 17 Δεκεμβρίου 2022.", date(2022, 12, 17)),
    ],
)  # fmt: skip
def test_a_day_planned_for_is_no_day_of_making(
    language: str, sentence: str, created: date | None
) -> None:
    text = f"Title\n\n{sentence} {PROSE[language]}\n\n{PROSE[language]}\n"
    assert _dates(text) == (created, None)


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("en", "Zed Herald 25 November 2021 | XNA"),
        ("ru", "Зедская правда 25.11.2021 | Зедтасс"),
        ("el", "Ζεντική Αυγή 25/11/2021 | ΖΠΕ"),
        ("it", "Gazzetta di Zed 25.11.2021 | Zedpress"),
    ],
)
def test_an_aggregators_source_line_is_the_pages_date(language: str, source: str) -> None:
    """Under the headline, a paper's name and a date, beside an agency's name ("Paper
    25.11.2021 | Agency"): the day the item was published, no dateline of the statement."""
    text = f"Title of the item\n{source}\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert _dates(text) == (None, date(2021, 11, 25))


@pytest.mark.parametrize(
    ("language", "header", "headline", "dateline"),
    [
        ("en", "9 July 2020 - 0:35", "THE XANDIAN UNIONS' CENTRE DISTANCES ITSELF FROM THE NEW "
         "PARTY THAT HAS TAKEN THE NAME OF THE UNIONS (UPDATED)", "Zedtown, 9 June 2008"),
        ("ru", "9 июля 2020 г. - 0:35", "КООРДИНАЦИОННЫЙ ЦЕНТР ПРОФСОЮЗОВ КСАНДИИ ОТМЕЖЕВАЛСЯ ОТ "
         "НОВОЙ ПАРТИИ, ВЗЯВШЕЙ ИМЯ ПРОФСОЮЗОВ (ДОПОЛНЕНО)", "Зедград, 9 июня 2008 г."),
        ("el", "9 Ιουλίου 2020 - 0:35", "ΤΟ ΣΥΝΤΟΝΙΣΤΙΚΟ ΚΕΝΤΡΟ ΤΩΝ ΣΥΝΔΙΚΑΤΩΝ ΤΗΣ ΞΑΝΔΙΑΣ "
         "ΑΠΟΣΤΑΣΙΟΠΟΙΕΙΤΑΙ ΑΠΟ ΤΟ ΝΕΟ ΚΟΜΜΑ (ΣΥΜΠΛΗΡΩΣΗ)", "Ζεντούπολη, 9 Ιουνίου 2008"),
    ],
)  # fmt: skip
def test_an_items_stamp_under_a_back_arrow_is_the_pages_date(
    language: str, header: str, headline: str, dateline: str
) -> None:
    """A site's clock line above the headline (the day the page was viewed), then under the
    headline a back arrow and the item's stamp written year first with spaces ("2008 06 09"):
    the stamp is the page's date; the statement's dateline of the same day further down is its
    date of making, in the same version."""
    prose = PROSE[language]
    text = f"{header}\n\n{headline}\n\n«\n2008 06 09\n\n{prose}\n\n{dateline}\n\n{prose}\n"
    assert _dates(text) == (date(2008, 6, 9), date(2008, 6, 9))


@pytest.mark.parametrize(
    ("written", "day"),
    [
        # a text that writes its months before the day writes its slashed dates so too
        ("The parties first met on March 14, 2021 in Zedtown.", date(2019, 11, 5)),
        ("Unang nagpulong ang mga partido noong Marso 14, 2021 sa Zedtown.", date(2019, 11, 5)),
        ("Amaqela adibana okokuqala: Matshi 14, 2021, eZedtown.", date(2019, 11, 5)),
        # one written day first, or none written, and the slashed date is read day first
        ("The parties first met on 14 March 2021 in Zedtown.", date(2019, 5, 11)),
        ("The parties first met in Zedtown.", date(2019, 5, 11)),
        ("Met on March 14, 2021 and again on 2 April 2021 in Zedtown.", date(2019, 5, 11)),
    ],
)
def test_a_slashed_date_is_read_in_the_order_the_texts_written_dates_give(
    written: str, day: date
) -> None:
    text = f"Title\nZedtown, 11/5/2019\n\n{PROSE['en']} {written}\n\n{PROSE['en']}\n"
    assert _dates(text)[0] == day


#: A headline in each language of the position cases below (made up).
_HEADLINE = {
    "en": "Unions sign a memorandum on wages",
    "de": "Gewerkschaften unterzeichnen ein Memorandum",
    "es": "Los sindicatos firman un memorando",
    "fr": "Les syndicats signent un mémorandum",
    "it": "I sindacati firmano un memorandum",
    "pt": "Os sindicatos assinam um memorando",
    "nl": "Vakbonden ondertekenen memorandum",
    "sv": "Facken undertecknar memorandum",
    "el": "Τα συνδικάτα υπέγραψαν μνημόνιο",
    "ru": "Профсоюзы подписали меморандум",
    "tr": "Sendikalar mutabakat imzaladı",
    "ar": "النقابات توقع مذكرة مشتركة",
}


@pytest.mark.parametrize(
    ("language", "clock"),
    [
        ("ru", "Последнее обновление: 18.04.2024 13:07"),
        ("de", "Zuletzt aktualisiert: 18.04.2024 13:07"),
        ("tr", "Son güncelleme: 18.04.2024 13:07"),
        ("el", "Τελευταία ενημέρωση: 18/4/2024 13:07"),
        ("ar", "آخر تحديث: 18/4/2024 13:07"),
        ("es", "Última actualización: 18/04/2024 13:07"),
    ],
)
def test_a_sites_update_clock_is_no_date_of_the_statement_or_the_page(
    language: str, clock: str
) -> None:
    """A site's "last updated" clock above the headline is when the site last changed the page:
    neither the statement's date nor the page's; the statement's closing dateline still dates
    it."""
    prose = PROSE[language]
    text = f"{clock}\n\n{_HEADLINE[language]}\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (None, None)
    assert _dates(f"{text}\nZedtown, 11.04.2024\n") == (date(2024, 4, 11), None)


@pytest.mark.parametrize(
    ("language", "byline"),
    [
        ("en", "By Jane Roe, March 14, 2021"),
        ("fr", "Par Jeanne Roux, 14 mars 2021"),
        ("es", "Por Juana Ruiz, 14 de marzo de 2021"),
        ("de", "Von Jana Roth, 14. März 2021"),
        ("it", "di Giovanna Rossi, 14 marzo 2021"),
        ("nl", "Door Jana de Zed, 14 maart 2021"),
        ("el", "Του Γιάννη Ζέντου, 14 Μαρτίου 2021"),
        ("ru", "Автор: Иван Зедов, 14 марта 2021 г."),
        ("tr", "Yazan: Ayşe Zed, 14 Mart 2021"),
        ("ar", "بقلم سامي زيد، 14 مارس 2021"),
        ("sv", "Av Jana Zedberg | 14 mars 2021"),
        ("ru", "ЗТВ 14.03.2021"),
        ("en", "XNA 14.03.2021"),
    ],
)
def test_a_by_line_under_the_headline_gives_the_pages_date(language: str, byline: str) -> None:
    """Who wrote the item (a word for "by" or "author", or an abbreviation in capitals), then a
    date, under the headline: the day the page was published, never the statement's."""
    prose = PROSE[language]
    text = f"{_HEADLINE[language]}\n\n{byline}\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (None, date(2021, 3, 14))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Par Jeanne Roux, 14 mars 2021", "stamp"),
        ("di Giovanna Rossi, 14 marzo 2021", "stamp"),
        ("Di nuovo in piazza, 14 marzo 2021", "dateline"),  # no name: read as before
        ("ROMA 14.03.2021", None),  # a city's name in capitals: no source's abbreviation
        # Indonesian and Malay "di" (in) before a city or a country: no author's name
        ("Di Jakarta, 14 Maret 2021", "dateline"),
        ("Di Kuala Lumpur, 14 Mac 2021", "dateline"),
        ("Di Indonesia, 14 Maret 2021", "dateline"),
    ],
)
def test_a_by_line_names_a_person_or_an_outlet(line: str, kind: str | None) -> None:
    found = read_dateline(line)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("es", "El 14 de marzo de 2021, los tres sindicatos firmaron un memorando conjunto."),
        ("pt", "Em 14 de março de 2021, os três sindicatos assinaram um memorando conjunto."),
        ("de", "Am 14. März 2021 unterzeichneten die drei Gewerkschaften ein Memorandum."),
        ("nl", "Op 14 maart 2021 ondertekenden de drie vakbonden een gezamenlijk memorandum."),
        ("ru", "14 марта 2021 года три профсоюза подписали совместный меморандум."),
    ],
)
def test_a_signing_date_inside_the_lead_is_the_statements(language: str, lead: str) -> None:
    """A signing told in the lead with its full date: the statement's date of making, and a
    stamp under the headline stays the page's."""
    prose = PROSE[language]
    text = f"{_HEADLINE[language]}\n\n{lead} {prose}\n\n{prose}\n"
    assert _dates(text) == (date(2021, 3, 14), None)
    stamped = f"{_HEADLINE[language]}\n\n15.03.2021 10:15\n\n{lead} {prose}\n\n{prose}\n"
    assert _dates(stamped) == (date(2021, 3, 14), date(2021, 3, 15))


@pytest.mark.parametrize(
    ("language", "stamps"),
    [
        ("en", "Published 14 March 2021 | Updated 15 March 2021"),
        ("es", "Publicado: 14/03/2021 10:15 | Actualizado: 15/03/2021 11:00"),
        ("fr", "Publié le 14/03/2021 10:15 | Dernière mise à jour: 15/03/2021 11:00"),
        ("ru", "Опубликовано: 14.03.2021 10:15 | Обновлено: 15.03.2021 11:00"),
        ("de", "14.03.2021 10:15 | Zuletzt aktualisiert: 15.03.2021 11:00"),
    ],
)
def test_a_stamp_beside_the_sites_update_clock_is_the_pages_date(
    language: str, stamps: str
) -> None:
    """A publication stamp and the site's update clock on one line: the page was published on
    the first day; the day it was last changed is no date of the page or of the statement."""
    prose = PROSE[language]
    text = f"{_HEADLINE[language]}\n\n{stamps}\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (None, date(2021, 3, 14))


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("en", "Zedtown, 14 March 2021 (XUF) – "),
        ("es", "Zedópolis, 14 de marzo de 2021 (XUF) – "),
        ("ru", "Зедград, 14 марта 2021 г. (КСФ) — "),
        ("fr", "Zedville, le 14 mars 2021 (XUF) – "),
    ],
)
def test_an_abbreviation_after_the_openings_date_keeps_it_the_statements(
    language: str, opening: str
) -> None:
    """A place and a date opening the first paragraph, a signer's abbreviation in brackets after
    them: the statement's place and date, as without the abbreviation; on a news page (a date
    above the prose) the same form is a news agency's, the item's publication."""
    prose = PROSE[language]
    text = f"{_HEADLINE.get(language, 'Title')}\n\n{opening}{prose}\n\n{prose}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.created is not None
    assert (document.created.date, document.published) == (date(2021, 3, 14), None)
    assert document.created.place == re.split(",", opening)[0]
    paged = f"15.03.2021\n\n{text}"
    assert _dates(paged) == (None, date(2021, 3, 14))


@pytest.mark.parametrize(
    "lead",
    [
        "Kolme ammattiliittoa allekirjoitti 14. maaliskuuta 2021 yhteisen muistion palkoista. "
        "Työntekijät ovat lakossa jo kolmatta viikkoa uusia palkkasääntöjä vastaan.",
        "Os tres sindicatos asinaron o 14 de marzo de 2021 un memorando conxunto sobre os "
        "salarios. Os traballadores están en folga hai tres semanas.",
        "Трите синдикати на 14 март 2021 година потпишаа заеднички меморандум за платите. "
        "Работниците штрајкуваат веќе три недели против новите правила.",
        "Tri odbory podpísali 14. marca 2021 spoločné memorandum o mzdách. Zamestnanci "
        "štrajkujú už tri týždne proti novým mzdovým pravidlám.",
        "Cafodd memorandwm ar y cyd ar gyflogau ei lofnodi gan y tair undeb ar 14 Mawrth 2021. "
        "Mae'r gweithwyr wedi bod ar streic ers tair wythnos.",
        "तीनों मजदूर संगठनों ने 14 मार्च 2021 को वेतन पर एक संयुक्त ज्ञापन पर हस्ताक्षर किए। "
        "मजदूर तीन हफ्तों से नए वेतन नियमों के खिलाफ हड़ताल पर हैं।",
        "Hiru sindikatuek 2021eko martxoaren 14an soldatei buruzko memorandum bateratua sinatu "
        "zuten. Langileak hiru astez greban daude soldata-arau berrien aurka.",
    ],
)
def test_a_signing_in_the_lead_dates_the_statement_in_more_languages(lead: str) -> None:
    """fi, gl, mk, sk, cy (its soft mutation "lofnodi"), hi, eu: the verb or noun of signing
    (``made_words``) makes the lead's full date the statement's."""
    text = f"Headline\n\n{lead}\n\n{lead}\n"
    assert _dates(text) == (date(2021, 3, 14), None)


@pytest.mark.parametrize(
    ("language", "dateline"),
    [("id", "Di Jakarta, 14 Maret 2021"), ("ms", "Di Kuala Lumpur, 14 Mac 2021")],
)
def test_a_closing_dateline_after_a_word_for_in_dates_the_statement(
    language: str, dateline: str
) -> None:
    """A statement closed by its place after a word for "in" and its date (Indonesian and Malay
    "di", which is Italian "by") is dated by it, not taken for the page's by-line."""
    prose = PROSE.get(language, PROSE["en"])
    text = f"Pernyataan bersama\n\n{prose}\n\n{prose}\n\n{dateline}\n"
    assert _dates(text) == (date(2021, 3, 14), None)


#: A made-up Korean headline and paragraph of argument.
_KOREAN = (
    "노동조합 공동 기자회견 개최",
    "노동조합들은 정부에 새로운 임금 규칙을 즉시 철회할 것을 요구하며 전국에서 항의 행동을 "
    "이어가고 있습니다. 정부는 체포와 집회 금지로 대응하고 있습니다.",
)


@pytest.mark.parametrize(
    "stamp",
    [
        "작성일 2021.03.14 작성자 홍보실 조회수 412",
        "등록일 2021.03.14",
        "게시일 : 2021-03-14 09:30",
    ],
)
def test_a_korean_boards_labelled_date_is_the_pages(stamp: str) -> None:
    """A board's label of the day a post was written, registered or put up ("작성일", "등록일",
    "게시일"), before its date, its author and its count of views: the page's date."""
    headline, prose = _KOREAN
    text = f"{headline}\n\n{stamp}\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (None, date(2021, 3, 14))
