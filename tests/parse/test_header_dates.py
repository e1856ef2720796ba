"""A site's header date above the headline and the item's own stamp under it (fourteenth
session): the header is the day the page was printed or viewed; the stamp between the headline
and the prose is the page's publication, in any language and script. Each text is made up; what
is checked is what a user sees in ``kzld parse``: the page's date (``published``) and the
statement's (``created``).
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse import read_bytes
from kzld.parse.dates import date_cell, read_dateline

from .prose import PROSE


def _dates(text: str) -> tuple[date | None, date | None]:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return (document.created.date if document.created else None), document.published


@pytest.mark.parametrize(
    ("language", "header", "headline", "stamp"),
    [
        ("es", "sindicato de zetlandia | 25 abril 2024.", "Xandia firma una declaración",
         "21/06/2019."),
        ("ru", "Зедградские новости | 25 апреля 2024", "Профсоюзы Ксандии подписали заявление",
         "21.06.2019"),
        ("ar", "نقابة زيدلاند | 25 أبريل 2024", "النقابات تصدر بيانا مشتركا", "21/06/2019"),
    ],
)  # fmt: skip
def test_the_stamp_under_the_headline_is_the_pages_not_the_header(
    language: str, header: str, headline: str, stamp: str
) -> None:
    prose = PROSE[language] if language in PROSE else PROSE["en"]
    text = f"{header}\n\n{headline}\n\n{stamp}\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (None, date(2019, 6, 21))


@pytest.mark.parametrize(
    ("language", "header", "headline"),
    [
        ("es", "sindicato de zetlandia | 25 abril 2024.", "Xandia firma una declaración"),
        ("ru", "Зедградские новости | 25 апреля 2024", "Профсоюзы Ксандии подписали заявление"),
        ("ar", "نقابة زيدلاند | 25 أبريل 2024", "النقابات تصدر بيانا مشتركا"),
    ],
)  # fmt: skip
def test_a_header_date_alone_stays_the_pages_date(
    language: str, header: str, headline: str
) -> None:
    """Without a stamp of the item's own the header is the only date the page gives."""
    prose = PROSE[language] if language in PROSE else PROSE["en"]
    text = f"{header}\n\n{headline}\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (None, date(2024, 4, 25))


@pytest.mark.parametrize(
    ("language", "opening", "stamp"),
    [
        ("da", "03.05.31  Kampagne mod de nye regler i Xandia:", date(2031, 5, 3)),
        ("en", "3 May 2031\tXandia news: the unions' campaign", date(2031, 5, 3)),
        ("de", "03.05.2031   Aufruf der Gewerkschaften von Zetland", date(2031, 5, 3)),
    ],
)  # fmt: skip
def test_a_date_cell_opening_the_page_is_its_stamp(
    language: str, opening: str, stamp: date
) -> None:
    # a table's row copied onto one line: the date's cell, two spaces or a tab, the next cell
    prose = PROSE.get(language, PROSE["en"])
    text = f"{opening}\n\nJOINT DECLARATION\n\n{prose}\n\n{prose}\n"
    assert _dates(text) == (None, stamp)


@pytest.mark.parametrize(
    ("line", "cell"),
    [
        ("03.05.31  Kampagne mod de nye regler", ("03.05.31", date(2031, 5, 3))),
        # one space: the date is the line's own words', no cell
        ("03.05.31 Kampagne mod de nye regler", None),
        # a number of its own is no date
        ("12  unions of Xandia sign", None),
    ],
)  # fmt: skip
def test_a_date_cell(line: str, cell: tuple[str, date] | None) -> None:
    assert date_cell(line) == cell


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # a blog's post line: the month's name, the day and the year's last two digits, beside
        # the post's author (left empty) or its comments
        ("на мај 3, 31 • од", ("stamp", date(2031, 5, 3), None)),
        ("on May 3, 31 • by Jane Roe", ("stamp", date(2031, 5, 3), None)),
        ("May 3, 31 | 3 Comments", ("stamp", date(2031, 5, 3), None)),
        # alone, a day and a count: no date
        ("May 3, 31", None),
        # no month's name before the day
        ("Article 5, 31 | Comments", None),
    ],
)  # fmt: skip
def test_a_post_lines_two_digit_year(line: str, read: tuple[str, date, None] | None) -> None:
    assert read_dateline(line) == read
