"""Datelines and publication stamps in the forms and languages of this genre, and non-dates."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.dates import find_date, read_dateline, update_stamp


@pytest.mark.parametrize(
    ("line", "kind", "day", "place"),
    [
        # the examples
        ("Istanbul, 1 November 2015", "dateline", date(2015, 11, 1), "Istanbul"),
        ("11/16/15, 2:44 PM", "stamp", date(2015, 11, 16), None),
        ("1/13/22 1:26 PM", "stamp", date(2022, 1, 13), None),
        ("6. Januar 2022", "dateline", date(2022, 1, 6), None),
        ("1 ноября 2015 года", "dateline", date(2015, 11, 1), None),
        # English forms
        ("January 8th, 2022", "dateline", date(2022, 1, 8), None),
        ("8th of January 2022", "dateline", date(2022, 1, 8), None),
        ("Jan. 8, 2022", "dateline", date(2022, 1, 8), None),
        ("London, Monday 3 May 2021", "dateline", date(2021, 5, 3), "London"),
        ("Monday, 3 May 2021", "dateline", date(2021, 5, 3), None),
        # Spanish, French, Portuguese, Italian
        ("Madrid, 12 de marzo de 2023", "dateline", date(2023, 3, 12), "Madrid"),
        ("Lima, domingo 9 de enero de 2022", "dateline", date(2022, 1, 9), "Lima"),
        ("Buenos Aires, 3 de sept. de 2021", "dateline", date(2021, 9, 3), "Buenos Aires"),
        ("Paris, le 1er février 2022", "dateline", date(2022, 2, 1), "Paris"),
        ("Lisboa, 5 de maio de 2022", "dateline", date(2022, 5, 5), "Lisboa"),
        ("São Paulo, 1º de maio de 2022", "dateline", date(2022, 5, 1), "São Paulo"),
        ("Roma, 14 febbraio 2023", "dateline", date(2023, 2, 14), "Roma"),
        # Russian, Ukrainian, Bulgarian
        ("Москва, 7 ноября 2021 года", "dateline", date(2021, 11, 7), "Москва"),
        ("Київ, 5 січня 2022 року", "dateline", date(2022, 1, 5), "Київ"),
        ("София, 3 март 2022 г.", "dateline", date(2022, 3, 3), "София"),
        # German, Dutch
        ("Berlin, den 6. Januar 2022", "dateline", date(2022, 1, 6), "Berlin"),
        ("Samstag, 8. Januar 2022", "dateline", date(2022, 1, 8), None),
        ("Wien, 3. März 2022", "dateline", date(2022, 3, 3), "Wien"),
        ("Gießen, den 3. März 2022", "dateline", date(2022, 3, 3), "Gießen"),
        ("Amsterdam, 6 januari 2022", "dateline", date(2022, 1, 6), "Amsterdam"),
        # Turkish, Greek (upper case without accents as well)
        ("Ankara, 8 Ocak 2022", "dateline", date(2022, 1, 8), "Ankara"),
        ("İSTANBUL, 3 KASIM 2015", "dateline", date(2015, 11, 3), "İSTANBUL"),
        ("Αθήνα, Δευτέρα 10 Ιανουαρίου 2022", "dateline", date(2022, 1, 10), "Αθήνα"),
        ("ΑΘΗΝΑ, 10 ΙΑΝΟΥΑΡΙΟΥ 2022", "dateline", date(2022, 1, 10), "ΑΘΗΝΑ"),
        # numeric dates: day first, except a slashed date with an AM/PM clock
        ("08.01.2022", "dateline", date(2022, 1, 8), None),
        ("2022-01-08", "dateline", date(2022, 1, 8), None),
        ("12/02/2022", "dateline", date(2022, 2, 12), None),
        ("02/13/2022", "dateline", date(2022, 2, 13), None),
        # stamps: a clock time, or a publication cue
        ("2022-01-08 10:15", "stamp", date(2022, 1, 8), None),
        ("2022-01-08T10:15:00", "stamp", date(2022, 1, 8), None),
        ("08.01.2022, 14:35 Uhr", "stamp", date(2022, 1, 8), None),
        ("Publié le 12/02/2022 à 14h30", "stamp", date(2022, 2, 12), None),
        ("Pubblicato il 08.01.2022", "stamp", date(2022, 1, 8), None),
        ("Veröffentlicht am 8. Januar 2022", "stamp", date(2022, 1, 8), None),
        ("Posted on January 9, 2022 by editor", "stamp", date(2022, 1, 9), None),
        ("Опубликовано: 13.01.2022", "stamp", date(2022, 1, 13), None),
        ("Publicado em 2022-01-08", "stamp", date(2022, 1, 8), None),
        # a clock time before the date: the page's stamp
        ("17:32 20.02.2017", "stamp", date(2017, 2, 20), None),
        ("09:05, 3 March 2021", "stamp", date(2021, 3, 3), None),
        ("14.30 12 marzo 2023", "stamp", date(2023, 3, 12), None),
        # a weekday or a place after the date
        ("2020 m. rugsėjo 5 d., šeštadienis", "dateline", date(2020, 9, 5), None),
        ("3 May 2021, Monday", "dateline", date(2021, 5, 3), None),
        ("12 de marzo de 2023, domingo", "dateline", date(2023, 3, 12), None),
        ("2020-09-05, Vilnius", "dateline", date(2020, 9, 5), "Vilnius"),
        ("3 May 2021, New York", "dateline", date(2021, 5, 3), "New York"),
        ("12.03.2023, Roma", "dateline", date(2023, 3, 12), "Roma"),
        # wide month and weekday names of the other languages the language detector knows
        ("Isnin, 22 Jun 2009", "dateline", date(2009, 6, 22), None),
        ("Kuala Lumpur, 3 Ogos 2020", "dateline", date(2020, 8, 3), "Kuala Lumpur"),
        ("Dé Luain, 3 Bealtaine 2021", "dateline", date(2021, 5, 3), None),
        ("Caerdydd, 3 Gorffennaf 2021", "dateline", date(2021, 7, 3), "Caerdydd"),
        # a Thai month with a year of the Buddhist era: the Gregorian date
        ("12 กรกฎาคม 2566", "dateline", date(2023, 7, 12), None),
        ("กรุงเทพฯ, 1 พฤษภาคม 2567", "dateline", date(2024, 5, 1), "กรุงเทพฯ"),
        # outside a text, a name is read as the languages that read it agree ("lis": Czech
        # and Polish November; Croatian's October, in a Croatian text only:
        # test_dates_by_language.py)
        ("Kraków, 3 lis 2020", "dateline", date(2020, 11, 3), "Kraków"),
    ],
)
def test_dateline(line: str, kind: str, day: date, place: str | None) -> None:
    assert read_dateline(line) == (kind, day, place)


@pytest.mark.parametrize(
    "line",
    [
        "Kasım 2015",  # no day: no date is made up
        "January 2022",
        "Moskau, 31. Februar 2022",  # not a real date
        "13.13.2022",
        "The meeting on 3 May 2021 in Istanbul was a success.",  # a date inside a sentence
        "Posted by editor",
        "Published by the Central Committee of the party, which met in Berlin on 3 May 2021",
        "Workers Party of Ireland",
        "3 May 2021, 3 Comments",  # what follows the date is no place
        "3 May 2021, by the editor",
        "November 25-26, 2006, Prague",  # the days of a meeting
        "Redacción | 1999 | Madrid",  # a year is no date
        "12 May 2566",  # a year of another calendar
        "3 mars 2566",
        "12.05.2566",
        "Redaktion 12.05.2020 10:15 | Veröffentlicht am 13.05.2020",  # which of two days
        "",
    ],
)
def test_no_date(line: str) -> None:
    assert read_dateline(line) is None


def test_find_date_in_a_heading() -> None:
    assert find_date("Signatories (as of 21 January 2022, further signatories possible)") == date(
        2022, 1, 21
    )
    assert find_date("Unterzeichner (Stand: 10.01.2022)") == date(2022, 1, 10)
    assert find_date("Signatories") is None


@pytest.mark.parametrize(
    ("line", "kind", "day"),
    [
        # a site's section or byline beside its date, a clock time with its time zone
        ("Pressmeddelande   •   Okt 27, 2005 14:10 CEST", "stamp", date(2005, 10, 27)),
        ("Comunicado · 12/05/2021", "stamp", date(2021, 5, 12)),
        ("Δελτίο Τύπου | 3 Μαΐου 2021", "stamp", date(2021, 5, 3)),
        # a two-digit year only before a clock time
        ("18 mrt 03 13:23", "stamp", date(2003, 3, 18)),
        ("5 May 21 09:40", "stamp", date(2021, 5, 5)),
        # a short label before the date
        ("Archivi giornalieri: 3 novembre 2022", "dateline", date(2022, 11, 3)),
        ("Datum: 12.03.2022", "dateline", date(2022, 3, 12)),
        ("Date: March 12, 2022", "dateline", date(2022, 3, 12)),
        # languages whose months CLDR names: Hindi, Slovak, Lithuanian
        ("शनिवार 21 जून 2025", "dateline", date(2025, 6, 21)),
        ("Bratislava, 4. mája 2022", "dateline", date(2022, 5, 4)),
        # the year first, with the month's name or with Chinese, Japanese or Korean marks
        ("Vilnius, 2022 m. gegužės 4 d.", "dateline", date(2022, 5, 4)),
        ("Budapest, 2019. március 21.", "dateline", date(2019, 3, 21)),
        ("2019年3月21日", "dateline", date(2019, 3, 21)),
        ("2021년 2월 25일", "dateline", date(2021, 2, 25)),
        # a place without a comma before "den", "dne", "في" (on the day)
        ("Stockholm den 21 mars 2019", "dateline", date(2019, 3, 21)),
        ("Praha dne 21. března 2019", "dateline", date(2019, 3, 21)),
        ("بيروت في 21 آذار 2019", "dateline", date(2019, 3, 21)),
        # Polish year mark, Syriac month names of Arabic (Syria, Lebanon, Iraq)
        ("Warszawa, 21 marca 2019 r.", "dateline", date(2019, 3, 21)),
        ("دمشق، 3 تشرين الأول 2020", "dateline", date(2020, 10, 3)),
        # a clock time with the time zones of more countries; a date and its number of views
        ("Senin 05 Oct 2020 01:45 WIB", "stamp", date(2020, 10, 5)),
        ("2021-02-25 100", "stamp", date(2021, 2, 25)),
        ("05.10.2020 4300", "stamp", date(2020, 10, 5)),
    ],
)
def test_more_stamp_forms(line: str, kind: str | None, day: date | None) -> None:
    found = read_dateline(line)
    assert (found[:2] if found else None) == ((kind, day) if kind else None)


@pytest.mark.parametrize(
    "line",
    [
        "pubblicato il: - ultima modifica: 6 Agosto 2020",  # modified, not published
        "Letzte Änderung: 6. August 2020",
        "Last modified: August 6, 2020",
        "Stand: 21. März 2011",  # an update stamp: the as-of date of a list, not the page's
        "Deadline: 30 May 2020",
        "18 mrt 03",  # a two-digit year without a clock time is no year
        "Updated 21 March 2019",  # no place: a word before the date without a comma
        "2019年3月",  # no day
        "Berlin, 21 March 2019 2",  # a number after a dateline with a place
        # a date of another calendar is not read as Gregorian: Persian solar, Islamic
        "۱۴۰۲/۰۱/۱۵",
        "1402/01/15",
        "1445-09-15",
    ],
)
def test_labels_that_make_no_page_date(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a byline before the date
        ("Posted by admin on 12 May 2020", date(2020, 5, 12)),
        ("Publié par la rédaction le 12 mai 2020", date(2020, 5, 12)),
        ("Veröffentlicht von Redaktion am 12. Mai 2020", date(2020, 5, 12)),
        ("Publicado por Redacción el 12 de mayo de 2020", date(2020, 5, 12)),
        # a count of comments or views beside the date
        ("by Editor | 12 May 2020 | 3 Comments", date(2020, 5, 12)),
        ("12.05.2020 | 2341 Aufrufe", date(2020, 5, 12)),
        ("12 de mayo de 2020 · 0 comentarios", date(2020, 5, 12)),
        # the count apart from its noun, a clock time in hours
        ("13 февруари 2023, 17:53 часа • 1699 | прочитания", date(2023, 2, 13)),
        ("12 May 2020 • 1699 | views", date(2020, 5, 12)),
        ("12.05.2020, 10:15 Uhr • 245 | Aufrufe", date(2020, 5, 12)),
        # a byline before the date and its time, beside a publication cue giving the same day
        (
            "Statsrådets kommunikationsavdelning 6.9.2017 18.07 | Publicerad på svenska 6.9.2017",
            date(2017, 9, 6),
        ),
        ("Redaktion 12.05.2020 10:15 | Veröffentlicht am 12.05.2020", date(2020, 5, 12)),
        ("Newsroom 12 May 2020 10:15 | Published 12 May 2020", date(2020, 5, 12)),
        ("Publiceret 12. maj 2020", date(2020, 5, 12)),
        # publication cues of more languages
        ("نشر في 12 مايو 2020", date(2020, 5, 12)),
        ("Julkaistu 12.5.2020", date(2020, 5, 12)),
        ("Diterbitkan 12 Mei 2020", date(2020, 5, 12)),
    ],
)
def test_the_pages_stamp_with_a_byline_or_counts(line: str, day: date) -> None:
    assert read_dateline(line) == ("stamp", day, None)


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("الموقعون (تحديث 26/3/2012)", date(2012, 3, 26)),
        ("Firmatari (agg. 26/03/2012)", date(2012, 3, 26)),
        ("Allekirjoittajat (päivitetty 26.3.2012)", date(2012, 3, 26)),
        ("Penandatangan (diperbarui 26/03/2012)", date(2012, 3, 26)),
    ],
)
def test_update_stamps_of_more_languages(heading: str, day: date) -> None:
    assert update_stamp(heading) == day


@pytest.mark.parametrize(
    ("line", "kind", "day"),
    [
        # digits of other scripts, a word of the time of day after the clock time
        ("প্রকাশিত: ১০:৪৬ অপরাহ্ণ, ডিসেম্বর ২৮, ২০২২", "stamp", date(2022, 12, 28)),
        ("٢٨/١٢/٢٠٢٢", "dateline", date(2022, 12, 28)),
        ("２０２１年２月２５日", "dateline", date(2021, 2, 25)),
        ("10:46 pm, December 28, 2022", "stamp", date(2022, 12, 28)),
    ],
)
def test_digits_of_every_script(line: str, kind: str, day: date) -> None:
    assert read_dateline(line) == (kind, day, None)


def test_a_year_of_another_calendar_in_persian_digits_is_no_date() -> None:
    assert read_dateline("۱۳۹۸/۰۵/۱۲") is None


@pytest.mark.parametrize(
    ("line", "kind", "day"),
    [
        # the name of the site's section before a dash: the page's stamp
        ("Internacional - 08 Xan 2020", "stamp", date(2020, 1, 8)),
        ("Publicatie - 14 november, 2017", "stamp", date(2017, 11, 14)),
        ("Actualité - 3 mars 2021", "stamp", date(2021, 3, 3)),
        # a place in capitals before a dash: a dateline
        ("ZEDTOWN - 12 May 2020", "dateline", date(2020, 5, 12)),
        # a clock time beside the page's one date, amid the site's furniture
        ("views-count703 դիտում article-date 10:07 20-05-2015", "stamp", date(2015, 5, 20)),
        ("Автор: Екип Xandia.bg 17:46 / 13.02.2023Коментари ()990", "stamp", date(2023, 2, 13)),
        ("Redacción Xandia 21/10/2022 09:15 Compartir", "stamp", date(2022, 10, 21)),
        # a month joined by hyphens, two calendars' names of a month, endings of case
        ("(24-May-2023)", "dateline", date(2023, 5, 24)),
        ("8 تشرين الثاني/نوفمبر 2025", "dateline", date(2025, 11, 8)),
        ("2012ko martxoaren 14ean", "dateline", date(2012, 3, 14)),
        # a Thai month's abbreviation and the last two digits of the Buddhist era's year
        ("13 พ.ค.62", "dateline", date(2019, 5, 13)),
        ("13 พ.ค. 2562", "dateline", date(2019, 5, 13)),
    ],
)
def test_stamps_amid_furniture_and_dates_of_more_forms(line: str, kind: str, day: date) -> None:
    assert read_dateline(line) == (kind, day, "ZEDTOWN" if "ZEDTOWN" in line else None)


@pytest.mark.parametrize(
    "line",
    [
        "Page generated May. 26th, 2025 04:38 am",  # the day the page was viewed
        "Zuletzt geändert 12.05.2020 10:15 Uhr von der Redaktion",
        "Redaktion 12.05.2020 10:15 | Kommentare am 13.05.2020",  # which of two days
        "5 May 20",  # two digits are a year only in the Thai way
        "Xandia Party - 12 members",
    ],
)
def test_no_stamp_from_a_clock_time_or_a_dash(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Zedtown, the fifth of May", None),
        ("Monday", None),
        ("5 May 2020", ("dateline", date(2020, 5, 5), None)),
        # digits of another script are digits
        ("Zedtown, ৫ মে ২০২০", ("dateline", date(2020, 5, 5), "Zedtown")),
    ],
)
def test_a_line_without_a_digit_is_no_dateline(
    line: str, found: tuple[str, date, str | None] | None
) -> None:
    assert read_dateline(line) == found
