"""Titles by the form of the lines above the text (tenth session): a line that is a date is
never the title, whatever words of place or era stand beside the date.

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the first
version's title, in at least three languages.
"""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

from .prose import PROSE


def _title(text: str) -> str | None:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return document.versions[0].title


@pytest.mark.parametrize(
    ("language", "dated", "title"),
    [
        ("ru", "Зедград, 8 март 1995 година", "Декларация профсоюза о новых правилах оплаты"),
        ("en", "Thursday 8 March 1995 | 24 Adar 5755", "Joint statement of the Xandia unions"),
        ("bn", "২৩শে সেপ্টেম্বর, ২০২৩ খ্রিস্টাব্দ | ৮ই আশ্বিন, ১৪৩০ বঙ্গাব্দ",
         "জেডল্যান্ডের শ্রমিক ইউনিয়নগুলির যৌথ বিবৃতি"),
    ],
)  # fmt: skip
def test_a_date_line_above_the_title_is_no_title(language: str, dated: str, title: str) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"{dated}\n\n{title}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    "title",
    [
        "Joint statement of the X Party and the Y Front, 8 March 1995",
        "Déclaration commune du 8 mars 1995",
        "Совместное заявление партий 8 марта 1995",
    ],
)
def test_a_title_that_ends_with_its_date_stays_the_title(title: str) -> None:
    text = f"{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


def test_a_date_line_alone_above_the_prose_gives_no_title() -> None:
    text = f"Zedgrad, 8 март 1995 година\n\n{PROSE['ru']}\n\n{PROSE['ru']}\n"
    assert _title(text) is None
