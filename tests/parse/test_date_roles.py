"""A date's role from where it stands and what stands beside it (seventh session).

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the
statement's date (``created``), the page's date (``published``), and that no date is made up,
in at least three languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.model.records import Document
from kzld.parse import read_bytes

from .prose import PROSE

#: Made-up signers of a list closing a text.
NAMES = ["X Party of Britain", "Y Workers' Front", "Z Socialist Movement"]


def _read(text: str) -> Document:
    return read_bytes("statement.txt", text.encode("utf-8"))


def _dates(text: str) -> tuple[date | None, date | None]:
    document = _read(text)
    return (document.created.date if document.created else None, document.published)


@pytest.mark.parametrize(
    ("language", "heading", "created"),
    [
        ("en", "Joint communique of the inter-union committee November 4, 2010", date(2010, 11, 4)),
        ("en", "Joint statement of the X Party and the Y Front May 12th, 2020", date(2020, 5, 12)),
        ("el", "Κοινή ανακοίνωση των κομμάτων Σεπτεμβρίου 26, 2009", date(2009, 9, 26)),
        ("es", "Declaración conjunta de los partidos mayo 12, 2020", date(2020, 5, 12)),
    ],
)
def test_a_heading_naming_the_statement_ends_with_its_date_month_first(
    language: str, heading: str, created: date
) -> None:
    text = heading + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (created, None)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Solidarity with the strikers November 4, 2010"),
        ("es", "Huelga general de los trabajadores mayo 12, 2020"),
        ("el", "Συλλαλητήριο των εργαζομένων Σεπτεμβρίου 26, 2009"),
    ],
)
def test_a_heading_naming_no_statement_gives_no_date_month_first(
    language: str, heading: str
) -> None:
    text = heading + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (None, None)


@pytest.mark.parametrize(
    ("language", "line", "heading", "created"),
    [
        ("en", "30 March 2019", "Joint statement of the councils of the three parties",
         date(2019, 3, 30)),
        ("de", "30. März 2019", "Gemeinsame Erklärung der Vorstände der drei Parteien",
         date(2019, 3, 30)),
        ("fr", "30 mars 2019", "Déclaration commune des conseils des trois partis",
         date(2019, 3, 30)),
    ],
)  # fmt: skip
def test_a_date_amid_a_report_above_the_statement_it_heads_is_the_statements(
    language: str, line: str, heading: str, created: date
) -> None:
    # a reporter's lead, then the statement in full under its date and its heading
    text = "Title\n\n" + PROSE[language] + "\n\n" + line + "\n\n" + heading + "\n\n"
    text += PROSE[language] + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (created, None)
    # above a heading that names no statement, the same date is the page's
    text = text.replace(heading, "The news of the day")
    assert _dates(text) == (None, created)


@pytest.mark.parametrize(
    ("first", "second", "line", "again", "created"),
    [
        ("en", "el", "27 March 2015", "27 Μαρτίου 2015", date(2015, 3, 27)),
        ("fr", "es", "27 mars 2015", "27 de marzo de 2015", date(2015, 3, 27)),
        ("de", "tr", "27.03.2015", "27.03.2015", date(2015, 3, 27)),
    ],
)
def test_a_date_opening_each_version_is_the_statements(
    first: str, second: str, line: str, again: str, created: date
) -> None:
    text = "TITLE\n" + line + "\n" + PROSE[first] + "\n" + PROSE[first] + "\n"
    text += "TITLE\n" + again + "\n" + PROSE[second] + "\n" + PROSE[second] + "\n"
    assert _dates(text) == (created, None)
    # the one version alone: the date under the title is the page's
    alone = "TITLE\n" + line + "\n" + PROSE[first] + "\n" + PROSE[first] + "\n"
    assert _dates(alone) == (None, created)


@pytest.mark.parametrize(
    ("language", "line", "published"),
    [
        ("en", "Author: Jane Roe, Category: News, Published: May 16, 2011", date(2011, 5, 16)),
        ("de", "Autor: Max Mustermann, Rubrik: Politik, Datum: 16.05.2011", date(2011, 5, 16)),
        ("it", "Autore: Mario Rossi, Categoria: Lavoro, Pubblicato il: 16 maggio 2011",
         date(2011, 5, 16)),
    ],
)  # fmt: skip
def test_a_line_of_the_sites_labelled_fields_gives_the_pages_date(
    language: str, line: str, published: date
) -> None:
    text = "Title\n\n" + line + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (None, published)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the page's date and the day it was modified: the first
        ("Author: Jane Roe, Published: May 16, 2011, Modified: June 2, 2011", date(2011, 5, 16)),
        ("Autor: Max Mustermann, Datum: 16.05.2011, Geändert: 02.06.2011", date(2011, 5, 16)),
        # two dates and nothing says which is the page's: none
        ("Autore: Mario Rossi, Scritto: 16/05/2011, Pubblicato: 02/06/2011", None),
        ("Author: Jane Roe, Written: May 16, 2011, Posted: June 2, 2011", None),
    ],
)
def test_labelled_fields_of_two_dates(line: str, published: date | None) -> None:
    text = "Title\n\n" + line + "\n\n" + PROSE["en"] + "\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (None, published)


@pytest.mark.parametrize(
    ("language", "line", "created"),
    [
        ("en", "Jane Roe, John Doe, Richard Miles, May 16, 2011", date(2011, 5, 16)),
        ("fr", "Jeanne Dupont, Jean Martin, Paul Durand, 16 mai 2011", date(2011, 5, 16)),
        ("de", "Anna Schmidt, Max Mustermann, Karl Weber, 16. 5. 2011", date(2011, 5, 16)),
    ],
)
def test_a_line_of_names_closing_the_text_with_a_date_gives_the_statements(
    language: str, line: str, created: date
) -> None:
    text = "Title\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n\n" + line + "\n\n"
    assert _dates(text + "\n".join(NAMES) + "\n") == (created, None)
    # the same line above the text's prose is no statement's date
    text = "Title\n\n" + line + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text)[0] is None


@pytest.mark.parametrize(
    ("line", "created", "place"),
    [
        # a word for "on the day" between the place and the date
        ("Zedowice, dnia 18 sierpnia 2023 r.", date(2023, 8, 18), "Zedowice"),
        ("Zedovo, dňa 16. marca 2023", date(2023, 3, 16), "Zedovo"),
        ("Zedgrad, dana 5. svibnja 2020.", date(2020, 5, 5), "Zedgrad"),
        ("Zedtown, tarehe 10 Mei 2007", date(2007, 5, 10), "Zedtown"),
        # an abbreviation of "city" before the place, the year's word after a numeric date
        ("г.Зедоград 4.12.2003 г.", date(2003, 12, 4), "г.Зедоград"),
        ("м. Зедів 12.05.2020", date(2020, 5, 12), "м. Зедів"),
        ("Zedowo, 12.05.2020 r.", date(2020, 5, 12), "Zedowo"),
    ],
)
def test_a_dateline_in_more_forms(line: str, created: date, place: str) -> None:
    text = line + "\n\nTitle\n\n" + PROSE["ru"] + "\n\n" + PROSE["ru"] + "\n"
    document = _read(text)
    assert document.created is not None
    assert (document.created.date, document.created.place) == (created, place)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("en", "The X Party and the Y Front signed this declaration on 4 November 2014 in Zedtown.",
         date(2014, 11, 4)),
        ("es", "La declaración fue firmada el 4 de noviembre de 2014 por los partidos de Zedia.",
         date(2014, 11, 4)),
        ("ru", "Заявление подписали 4 ноября 2014 года партии Зедландии.", date(2014, 11, 4)),
        ("fr", "La déclaration, datée du 4 novembre 2014, a été rendue publique par les partis.",
         date(2014, 11, 4)),
    ],
)  # fmt: skip
def test_an_opening_sentence_says_when_the_statement_was_signed(
    language: str, opening: str, created: date
) -> None:
    text = "Title\n\n" + opening + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (created, None)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("ゼット新聞2016年6月2日付", date(2016, 6, 2)),
        ("2016年6月2日付", date(2016, 6, 2)),
    ],
)
def test_the_issue_a_japanese_paper_dates_is_the_pages_date(line: str, published: date) -> None:
    sentence = "日本の四つの政党は一日、国会内で協議を行い、共通政策の柱を確かめ合いました。"
    text = line + "\n" + sentence * 3 + "\n"
    assert _dates(text) == (None, published)
