"""Dates inside the opening sentences (twelfth session): where a sentence ends, so that a date
is read with the words of making or of the future that share its sentence.

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the
statement's date (``created``), and that no date is made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse import read_bytes

from .prose import PROSE
from .reading import created_after


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        # a day's ordinal stop before its month: no sentence's end
        ("sl", "Sindikati Zedlandije danes, 7. januarja 2011, opozarjamo, da več tisoč ljudi ni "
         "moglo oddati podpisa do 13. ure.", date(2011, 1, 7)),
        ("de", "Die Gewerkschaften von Xandia haben heute, am 7. Mai 2011, diese Erklärung "
         "verabschiedet.", date(2011, 5, 7)),
        ("sr", "Синдикати Зедланда данас, 5. јула 2015, усвојили су заједничку изјаву.",
         date(2015, 7, 5)),
        # the stop of "year" before a small letter: no sentence's end
        ("ru", "Заявление принято 12 мая 2020 г. в Зедграде партиями X и Y.", date(2020, 5, 12)),
    ],
)  # fmt: skip
def test_a_date_inside_a_sentence_of_making_is_the_statements(
    language: str, opening: str, created: date
) -> None:
    assert created_after(opening) == created


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("en", "Today, 19 August 2016, the unions of Xandia met in Zedtown and strengthened the "
         "alliance they founded on 6 June 2016.", date(2016, 8, 19)),
        ("lv", "Šodien, 2016. gada 19. augustā, Zedpilsētā tikās Ksandijas arodbiedrības un "
         "stiprināja 2016. gada 6. jūnijā izveidoto aliansi.", date(2016, 8, 19)),
        ("es", "Hoy, 19 de agosto de 2016, los sindicatos de Xandia se han reunido en Zedtown y "
         "han reforzado la alianza fundada el 6 de junio de 2016.", date(2016, 8, 19)),
    ],
)  # fmt: skip
def test_a_date_right_after_a_word_of_making_is_the_statements_among_others(
    language: str, opening: str, created: date
) -> None:
    # "Today, <date>": the sentence says which of its dates the statement was made on
    assert created_after(opening) == created


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        # the stop of "year" before a capital ends the sentence: the second date is the next one's
        ("bg", "Декларацията бе приета на конференция, която се проведе на 9 май 2018 г. Тя ще "
         "бъде връчена на министъра на 16 май 2018 г.", date(2018, 5, 9)),
        ("ru", "Заявление было принято 9 мая 2018 г. Его передадут министру 16 мая 2018 г.",
         date(2018, 5, 9)),
        ("uk", "Заяву ухвалили 9 травня 2018 р. Її передадуть міністру 16 травня 2018 р.",
         date(2018, 5, 9)),
    ],
)  # fmt: skip
def test_a_sentence_ends_at_a_year_word_before_a_capital(
    language: str, opening: str, created: date
) -> None:
    assert created_after(opening) == created


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("bg", "Срещата на върха, която ще се проведе в Зедград на 17 май 2018 г., ще реши."),
        ("sr", "Конференција ће се одржати у Зедграду 17. маја 2018. године."),
        ("hr", "Konferencija će se održati u Zedgradu 17. svibnja 2018. godine."),
    ],
)  # fmt: skip
def test_a_meeting_still_to_come_gives_no_date(language: str, opening: str) -> None:
    assert created_after(opening) is None


@pytest.mark.parametrize(
    ("language", "heading", "opening", "created"),
    [
        ("sw", "Tamko la Vyama vya Xandia",
         "Sisi viongozi wa vyama vya X na Y tuliokaa Zedmji leo tarehe 10 Mei 2007 tunatangaza "
         "ushirikiano.", date(2007, 5, 10)),
        ("en", "Joint Statement of the X Party and the Y Front",
         "The X Party and the Y Front, meeting today, 4 June 2019, call on every union to join "
         "the strike.", date(2019, 6, 4)),
        ("es", "Declaración conjunta de los sindicatos de Xandia",
         "Los sindicatos X e Y, reunidos hoy, 3 de marzo de 2021, llaman a la huelga general.",
         date(2021, 3, 3)),
    ],
)  # fmt: skip
def test_a_statement_quoted_under_its_heading_dates_itself_in_its_own_opening(
    language: str, heading: str, opening: str, created: date
) -> None:
    report = " ".join([PROSE["en"]] * 2)
    text = f"Title\n\n{report}\n\n{report}\n\n{report}\n\n{heading}\n\n{opening}\n\n{report}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.created is not None and document.created.date == created


def test_a_date_after_the_opening_under_no_statements_heading_gives_none() -> None:
    report = " ".join([PROSE["en"]] * 2)
    later = "The X Party and the Y Front, meeting today, 4 June 2019, call for a strike."
    text = f"Title\n\n{report}\n\n{report}\n\n{report}\n\nWhat came next\n\n{later}\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).created is None


@pytest.mark.parametrize(
    ("lines", "created", "place", "published"),
    [
        # a word that is also a city's name in CLDR heads the date: no dateline's place
        ("Easter\n\n12 April 2020", None, None, date(2020, 4, 12)),
        # a meeting's heading: the date is the meeting's, neither the page's nor the statement's
        ("Reunión\n\n5 de mayo de 2020", None, None, None),
        ("Navidad\n\n25 de diciembre de 2020", None, None, date(2020, 12, 25)),
        ("Regina\n\n5 maggio 2020", None, None, date(2020, 5, 5)),
        ("Oral\n\n5 May 2020", None, None, date(2020, 5, 5)),
        # a city's name still places it, and so do the names of a city whose other name is a
        # word ("Oral")
        ("Орал\n\n5 мая 2020", date(2020, 5, 5), "Орал", None),
        ("Уральск\n\n5 мая 2020", date(2020, 5, 5), "Уральск", None),
        ("Sofia\n\n5 май 2020", date(2020, 5, 5), "Sofia", None),
        ("Lima\n\n5 de mayo de 2020", date(2020, 5, 5), "Lima", None),
    ],
)
def test_a_holiday_or_a_common_word_beside_a_date_is_no_place(
    lines: str, created: date | None, place: str | None, published: date | None
) -> None:
    text = f"News\n\n{lines}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    found = document.created
    assert (found.date if found else None, found.place if found else None) == (created, place)
    assert document.published == published


@pytest.mark.parametrize(
    ("closing", "created", "place"),
    [
        # a city's name and a date with no comma between
        ("Αθήνα 5/5/2020", date(2020, 5, 5), "Αθήνα"),
        ("Berlin 5. Mai 2020", date(2020, 5, 5), "Berlin"),
        ("Москва 5 мая 2020 г.", date(2020, 5, 5), "Москва"),
        # Hebrew's "in" on the month, Azerbaijani's year word written onto the year
        ("תל אביב, 5 במאי 2020", date(2020, 5, 5), "תל אביב"),
        ("Bakı, 5 may 2020-ci il", date(2020, 5, 5), "Bakı"),
        # months of two letters outside the Latin script
        ("नई दिल्ली, 5 मई 2020", date(2020, 5, 5), "नई दिल्ली"),
        ("ঢাকা, ৫ মে ২০২০", date(2020, 5, 5), "ঢাকা"),
    ],
)  # fmt: skip
def test_a_closing_dateline_in_more_forms(closing: str, created: date, place: str) -> None:
    text = f"Joint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{closing}\n"
    found = read_bytes("statement.txt", text.encode("utf-8")).created
    assert found is not None and (found.date, found.place) == (created, place)


@pytest.mark.parametrize(
    ("closing", "created"),
    [
        # words that are no city before a date: a sentence, a word, a word of two letters
        ("Zedtown 5 May 2020 was a day of strikes", None),
        ("Pers 5 May 2020", None),
        ("Protest 5 mai 2020", None),
        ("Am 5. Mai 2020", date(2020, 5, 5)),
        # a Latin word of two letters that is no month: no date at all
        ("Zedtown, 5 ma 2020", None),
        ("Zedtown, 5 de 2020", None),
    ],
)
def test_no_place_from_words_that_name_no_city(closing: str, created: date | None) -> None:
    text = f"Joint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{closing}\n"
    found = read_bytes("statement.txt", text.encode("utf-8")).created
    expected = None if created is None else (created, None)
    assert ((found.date, found.place) if found else None) == expected


_SIGNERS = "Xandia Party\nZetland Front\nUnited Left of Xandia\n"


@pytest.mark.parametrize(
    ("closing", "created"),
    [
        # a line of its own after the prose that dates the signing or the issue
        (f"Signed on 3 May 2020 by:\n\n{_SIGNERS}", date(2020, 5, 3)),
        ("Issued on 3 May 2020.", date(2020, 5, 3)),
        ("صدر في زيدتاون بتاريخ 3 أيار 2020", date(2020, 5, 3)),
        ("Firmado el 3 de mayo de 2020 por:", date(2020, 5, 3)),
        # Portuguese "aos" before a dateline's date
        ("Zedvila, aos 3 de maio de 2020.", date(2020, 5, 3)),
    ],
)  # fmt: skip
def test_a_closing_line_that_dates_the_making(closing: str, created: date) -> None:
    text = f"Joint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{closing}\n"
    found = read_bytes("statement.txt", text.encode("utf-8")).created
    assert found is not None and found.date == created


@pytest.mark.parametrize(
    "closing",
    [
        # still to come, two dates, a day without its year beside the date: no date
        "The next meeting will be held on 3 June 2020.",
        "Signed on 3 May 2020 and again on 5 May 2020 by:",
        "Signed on 3 May 2020, published on 5 May:",
    ],
)
def test_no_date_from_a_closing_line_that_does_not_say_one(closing: str) -> None:
    text = f"Joint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{closing}\n\n{_SIGNERS}"
    assert read_bytes("statement.txt", text.encode("utf-8")).created is None


@pytest.mark.parametrize(
    ("line", "created", "place"),
    [
        ("03.05.2020 / İstanbul", date(2020, 5, 3), "İstanbul"),
        ("Москва | 3 мая 2020", date(2020, 5, 3), "Москва"),
        ("3 May 2020 / London", date(2020, 5, 3), "London"),
    ],
)
def test_a_city_and_a_date_parted_by_a_slash_or_bar_are_a_dateline(
    line: str, created: date, place: str
) -> None:
    text = f"Joint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{line}\n"
    found = read_bytes("statement.txt", text.encode("utf-8")).created
    assert found is not None and (found.date, found.place) == (created, place)


def test_a_sites_section_and_a_date_parted_by_a_bar_stay_the_pages_stamp() -> None:
    text = f"News | 3 May 2020\n\nJoint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert (document.created, document.published) == (None, date(2020, 5, 3))


_LATER = {
    "en": "The meeting of the unions held on 3 May 2020 in Zedtown agreed to call a general "
    "strike of all the workers of the region for the next month.",
    "es": "La reunión de los sindicatos celebrada el 3 de mayo de 2020 en Zedville acordó "
    "convocar una huelga general de todos los trabajadores de la región.",
}


@pytest.mark.parametrize(
    ("language", "line", "created"),
    [
        # a statement's own heading further down: its first paragraphs date it
        ("en", "Joint Statement of the Xandia unions", date(2020, 5, 3)),
        ("es", "Declaración conjunta de los sindicatos de Xandia", date(2020, 5, 3)),
        # a related post's link and a list's heading name a statement but head none
        ("en", "Read also: Statement on the strike", None),
        ("es", "Lee también: Declaración sobre la huelga", None),
        ("en", "Signatories of the statement:", None),
        ("es", "Firmantes de la declaración:", None),
    ],
)
def test_only_a_statements_heading_below_the_opening_opens_it_again(
    language: str, line: str, created: date | None
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    opening = "\n\n".join([prose] * 3)
    text = f"Title\n\n{opening}\n\n{line}\n\n{_LATER[language]}\n\n{prose}\n"
    found = read_bytes("statement.txt", text.encode("utf-8")).created
    assert (found.date if found else None) == created


@pytest.mark.parametrize(
    ("closing", "created", "place"),
    [
        # a city whose name is also a word keeps its place before a dateline's comma ...
        ("Regina, 5 May 2020", date(2020, 5, 5), "Regina"),
        ("Орал, 5 мая 2020", date(2020, 5, 5), "Орал"),
        ("Madeira, 5 de maio de 2020", date(2020, 5, 5), "Madeira"),
        # ... but as a lone word right before a date it is no place, and no dateline
        ("Easter 5 May 2020", None, None),
        ("Regina 5 maggio 2020", None, None),
        # the same city's names that are no word stay its names
        ("Орал 5 мая 2020", date(2020, 5, 5), "Орал"),
    ],
)
def test_a_city_that_is_also_a_word_places_a_dateline_only_before_its_comma(
    closing: str, created: date | None, place: str | None
) -> None:
    text = f"Joint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{closing}\n"
    found = read_bytes("statement.txt", text.encode("utf-8")).created
    assert ((found.date, found.place) if found else (None, None)) == (created, place)


@pytest.mark.parametrize(
    "opening",
    [
        "The joint statement, dated 14 March 2021 and made public on 16 March, was signed by "
        "five unions of Xandia.",
        "Die gemeinsame Erklärung vom 14. März 2021, die am 16. März veröffentlicht wurde, "
        "unterzeichneten fünf Gewerkschaften aus Xandien.",
        "Bản tuyên bố chung của năm công đoàn Xandia đề ngày 14 tháng 3 năm 2021 và được gửi tới "
        "báo chí từ ngày 16 tháng 3.",
    ],
)
def test_a_dated_statement_beside_a_day_without_a_year_gives_its_date(opening: str) -> None:
    """A word of dating right before the full date says which of the sentence's two days is the
    statement's: the other, without a year, is when it was made public."""
    text = f"Title\n\n{opening}\n\n{PROSE['en']}\n"
    created = read_bytes("statement.txt", text.encode("utf-8")).created
    assert created is not None and created.date == date(2021, 3, 14)


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("en", "The unions, recalling the meeting held 6 June 2016, met today, 19 August 2016, in "
         "Zedtown."),
        ("ru", "По итогам встречи 6 июня 2016 года профсоюзы Ксандии сегодня, 19 августа 2016 "
         "года, укрепили союз."),
        ("es", "Los sindicatos, tras la reunión celebrada 6 de junio de 2016, se han reunido hoy, "
         "19 de agosto de 2016, en Zedtown."),
    ],
)  # fmt: skip
def test_two_days_each_right_after_a_word_of_making_date_nothing(
    language: str, opening: str
) -> None:
    # a meeting's day and today's, each after a word of making: which is the statement's is not
    # said (not the first of them)
    assert created_after(opening) is None
