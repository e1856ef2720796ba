"""A lone line ending with a colon above a text is no title: it leads into the lines under it
(seventeenth session).

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the first
version's title, in at least three languages and scripts.
"""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

from .prose import PROSE


def _title(text: str) -> str | None:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return document.versions[0].title


@pytest.mark.parametrize(
    ("language", "lead_in", "items"),
    [
        ("en", "The signatory parties:", ("condemn the attack on Xandia;", "call for peace.")),
        ("ru", "В единую силу объединяются:", ("требуют мира;", "зовут к забастовке.")),
        ("ka", "ხელმომწერი ორგანიზაციები:", ("ვწყვეტთ თანამშრომლობას;", "ვაცხადებთ პროტესტს.")),
    ],
)  # fmt: skip
def test_a_lone_line_leading_in_with_a_colon_is_no_title(
    language: str, lead_in: str, items: tuple[str, str]
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    listed = "\n".join(f"- {item}" for item in items)
    assert _title(f"{lead_in}\n{listed}\n\n{prose}\n\n{prose}\n") is None


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Memorandum of understanding:"),
        ("ru", "Меморандум о взаимопонимании:"),
        ("es", "Declaración conjunta:"),
    ],
)  # fmt: skip
def test_a_lone_line_that_names_a_statement_stays_its_title(language: str, title: str) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"{title}\n\n- Jane Roe, XKP\n- John Doe, PTU\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title.rstrip(":")
