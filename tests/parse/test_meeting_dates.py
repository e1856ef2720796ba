"""A meeting's or an event's days told in a sentence (thirteenth session): a range of days
("10-11 May 2018", "10 và 11 tháng 5", "من 10 إلى 11 مايو", "30 April - 1 May") is the event's,
never the statement's date, in any language; a single day of a sentence of making still is.

Each text is made up for the test; what is checked is what a user sees in ``kzld parse``: the
statement's date (``created``), or that none is made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse import read_bytes

from .prose import PROSE
from .reading import created_after


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("en", "The leaders of Xandia and Zetland held their regular meeting on 30 April - 1 May "
         "2018 in Zedstadt."),
        ("en", "The leaders of Xandia and Zetland met on May 30 through June 1, 2018 in Zedstadt."),
        ("de", "Die Vorsitzenden von Xandia und Zetland trafen sich vom 30. April bis 1. Mai 2018 "
         "in Zedstadt."),
        ("ru", "Лидеры партий Ксандии и Зетланда встретились с 30 апреля по 1 мая 2018 года в "
         "Зедштадте."),
        ("el", "Οι ηγέτες των κομμάτων συναντήθηκαν από 30 Απριλίου έως 1 Μαΐου 2018 στη "
         "Ζεντστάντ."),
        ("ar", "عقد قادة أحزاب زيدلاند اجتماعهم الدوري في الفترة من 10 إلى 11 مايو 2018 في "
         "زيدشتات."),
        ("id", "Para pemimpin partai Xandia bertemu pada tanggal 10 dan 11 Mei 2018 di Zedstadt."),
        ("vi", "Các lãnh đạo đảng Xandia đã họp ngày 10 và 11 tháng 5 năm 2018 tại Zedstadt."),
        ("hi", "ज़ेडलैंड के दलों के नेताओं ने 10 से 11 मई 2018 तक ज़ेडस्टाट में बैठक की।"),
    ],
)  # fmt: skip
def test_a_meetings_range_of_days_is_no_statements_date(language: str, opening: str) -> None:
    assert created_after(opening) is None


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("en", "The leaders of Xandia and Zetland met on 11 May 2018 in Zedstadt and adopted this "
         "statement.", date(2018, 5, 11)),
        ("ar", "عقد قادة أحزاب زيدلاند اجتماعهم يوم 11 مايو 2018 في زيدشتات وأصدروا هذا البيان.",
         date(2018, 5, 11)),
        ("vi", "Ngày 11 tháng 5 năm 2018, các lãnh đạo đảng Xandia đã họp tại Zedstadt.",
         date(2018, 5, 11)),
    ],
)  # fmt: skip
def test_one_day_of_a_sentence_of_making_is_the_statements(
    language: str, opening: str, created: date
) -> None:
    assert created_after(opening) == created


def _dates(top: str, opening: str) -> tuple[date | None, date | None]:
    text = f"{top}\n\nTitle\n\n{opening}\n\n{PROSE['en']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return (document.created.date if document.created else None), document.published


@pytest.mark.parametrize(
    ("language", "top", "opening"),
    [
        ("en", "Zedtown, 3 May 2020", "On 1 May 2020, twelve unions of Xandia signed a joint "
         "statement against the new labour code."),
        ("ru", "Зедград, 3 мая 2020 г.", "1 мая 2020 года двенадцать профсоюзов Ксандии "
         "подписали совместное заявление против нового трудового кодекса."),
        ("el", "Ζέντπολη, 3/5/2020", "Την 1η Μαΐου 2020 δώδεκα συνδικάτα της Ξάνδιας υπέγραψαν "
         "κοινή δήλωση ενάντια στον νέο εργασιακό κώδικα."),
        ("ar", "زيدتاون، 3 أيار 2020", "في 1 أيار 2020 أصدرت اثنتا عشرة نقابة من زيدلاند بيانا "
         "مشتركا ضد قانون العمل الجديد."),
    ],
)  # fmt: skip
def test_a_top_dateline_over_a_report_of_an_earlier_statement_is_the_pages(
    language: str, top: str, opening: str
) -> None:
    assert _dates(top, opening) == (date(2020, 5, 1), date(2020, 5, 3))


@pytest.mark.parametrize(
    ("language", "top", "opening"),
    [
        ("en", "Zedtown, 3 May 2020", "We, twelve unions of Xandia, stand together against the "
         "new labour code."),
        ("ru", "Зедград, 3 мая 2020 г.", "Мы, двенадцать профсоюзов Ксандии, выступаем против "
         "нового трудового кодекса."),
        # the opening's date is later: no report of an earlier statement
        ("en", "Zedtown, 3 May 2020", "The unions of Xandia met on 5 May 2020 and signed this "
         "statement."),
    ],
)  # fmt: skip
def test_a_top_dateline_dates_the_statement_the_opening_does_not_date_earlier(
    language: str, top: str, opening: str
) -> None:
    assert _dates(top, opening)[0] == date(2020, 5, 3)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        # an elided article written onto the word of meeting: "All'incontro" is "incontro"
        ("it", "All'Incontro di Zedopoli il 22 gennaio 2011, i seguenti partiti di Xandia "
         "assumono la presente posizione:", date(2011, 1, 22)),
        ("it", "Nell'incontro del 22 gennaio 2011 a Zedopoli i partiti di Xandia hanno "
         "concordato questa posizione.", date(2011, 1, 22)),
        # a word that holds an apostrophe of its own is read whole
        ("fr", "Aujourd'hui, 22 janvier 2011, les partis de Xandie déclarent ce qui suit.",
         date(2011, 1, 22)),
    ],
)  # fmt: skip
def test_an_elided_article_is_no_part_of_the_word_of_meeting(
    language: str, opening: str, created: date
) -> None:
    assert created_after(opening) == created


def test_the_opening_under_a_heading_naming_an_agreement_dates_it() -> None:
    # Albanian: a report, then the agreement's own heading and its opening "today, on date"
    report = "Partitë e Xandias nënshkruan një marrëveshje për zgjedhjet e ardhshme vendore."
    text = (
        f"Title\n\n{report}\n\n{report}\n\n{report}\n\nMARRËVESHJA\n\n"
        "“Sot më datë 31.1.2022, ne partitë politike të mëposhtme:\n\n"
        f"{PROSE['en']}\n"
    )
    created = read_bytes("statement.txt", text.encode("utf-8")).created
    assert created is not None and created.date == date(2022, 1, 31)


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("mk", "Зедград, 27 октомври 2023 (КСА) - Опозицијата на Ксандија се договори да излезе "
         "со заедничка листа на изборите."),
        ("en", "Zedtown, 27 October 2023 (XNA) - The opposition of Xandia agreed to run on a "
         "joint list in the elections."),
        ("ar", "زيدتاون، 27 أكتوبر 2023 (وكا) - اتفقت المعارضة في زيدلاند على خوض الانتخابات "
         "بقائمة مشتركة."),
    ],
)  # fmt: skip
def test_a_news_agencys_dateline_is_the_items_publication(language: str, opening: str) -> None:
    # the page's line of the day it was viewed above the headline is not the item's date
    text = f"• Saturday, 18 May 2024\n\nTitle\n\n{opening}\n\n{PROSE['en']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.published == date(2023, 10, 27)
    assert document.created is None


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("en", "Zedtown, 3 May 2020 (XUF) – The Xandia Union Federation and the Zetland Workers "
         "Union adopted this joint statement today."),
        ("de", "Zedstadt, 3. Mai 2020 (XGB) – Der Xandische Gewerkschaftsbund und die "
         "Zetländische Arbeiterpartei haben heute diese gemeinsame Erklärung angenommen."),
        ("es", "Zedópolis, 3 de mayo de 2020 (CXT) – La Confederación Xandiana del Trabajo y el "
         "Partido Obrero de Zetlandia adoptaron hoy esta declaración conjunta."),
    ],
)  # fmt: skip
def test_a_signers_abbreviation_after_the_openings_dateline_is_no_news_agency(
    language: str, opening: str
) -> None:
    # no date of a news page above the headline: the bracket is a signer's abbreviation, and the
    # opening's place and date are the statement's, as they are without it
    document = read_bytes("statement.txt", f"Title\n\n{opening}\n\n{PROSE['en']}\n".encode())
    assert document.created is not None and document.created.date == date(2020, 5, 3)
    assert document.published is None


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("en", "Statement issued by the Xandia Workers' Union in response to the communique issued "
         "from the inter-union meeting on October 21, 2010."),
        ("it", "In merito al comunicato stampa del PTU ribadiamo che in data 30 luglio 2025, "
         "durante l'ultimo incontro in provincia, avevamo presentato la nostra proposta."),
        ("fr", "En réponse au communiqué publié à l'issue de la réunion intersyndicale du 21 "
         "octobre 2010, l'Union des travailleurs de Zetland déclare ce qui suit."),
        ("es", "En respuesta al comunicado emitido tras la reunión del 21 de octubre de 2010, la "
         "Unión de Trabajadores de Zetlandia declara lo siguiente."),
    ],
)  # fmt: skip
def test_the_date_of_a_text_answered_is_no_statements_date(language: str, opening: str) -> None:
    assert created_after(opening) is None


def test_a_meeting_after_words_of_answering_an_event_is_the_statements() -> None:
    opening = (
        "In response to the crisis, the leaders of Xandia and Zetland met on 11 May 2018 in "
        "Zedstadt and adopted this statement."
    )
    assert created_after(opening) == date(2018, 5, 11)
