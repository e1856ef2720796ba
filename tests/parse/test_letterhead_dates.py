"""The date closing a letterhead's line of addresses above a statement (its sender's post box,
email and web site, then the letter's date: "PO Box 12 Zedtown, info@xuf.example,
www.xuf.example 3/5/2031"): the statement's own heading dates it. Texts, places, addresses and
bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .prose import PROSE
from .reading import read_text


@pytest.mark.parametrize(
    ("address", "created"),
    [
        ("PO Box 12 Zedtown, Email:info@xuf.example, www.xuf.example 3/5/2031", date(2031, 5, 3)),
        ("PO Box 12 Zedtown, https://xuf.example 3 May 2031", date(2031, 5, 3)),
        # no address: a line of the page's, not the letterhead's
        ("Zedtown news 3/5/2031 and more", None),
        # the date not closing the line
        ("PO Box 12 Zedtown, www.xuf.example 3/5/2031 | Home | Contact", None),
        # an address and no date
        ("PO Box 12 Zedtown, Email:info@xuf.example, www.xuf.example", None),
    ],
)  # fmt: skip
def test_a_letterheads_date(address: str, created: date | None) -> None:
    text = (
        f"Xandia Union Federation\nXUF, Telefax: 12-34-5678\n{address}\n"
        "A statement of the unions of Xandia on the new wage rules\n"
        f"{PROSE['en']} We call on every worker to stand with us.\n"
    )
    document = read_text(text)
    assert (document.created.date if document.created else None) == created
