"""Nothing invented: what a reader takes from inside a quotation that opens with a word in lower
case (a law's or a decree's words quoted within a sentence) is words of the quoted text, no
signer's name; a quoted name opens with a capital, and a name outside the quotation is read as
before. Sentences and names are made up."""

from __future__ import annotations

import pytest

from kzld.model.records import Span
from kzld.parse.signatories.clauses import in_quoted_clause

#: A line quoting a draft's words, with bodies named inside and outside the quotation.
LINE = (
    "Note on the draft that “shall create the Xandia Housing Fund, the Zetland Tenants Board "
    "and the Ostland Award”, sent by the Ypsilon Union and «Xandia Unida» to the ministry.\n"
)


def _span(name: str, text: str = LINE) -> Span:
    start = text.index(name)
    return Span(start, start + len(name))


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("Xandia Housing Fund", True),
        ("Zetland Tenants Board", True),
        ("Ostland Award”", True),  # the entry holds the closing mark
        ("Ostland Award", True),
        ("Ypsilon Union", False),  # after the quotation closed
        ("Xandia Unida", False),  # a quoted name: the quotation opens with a capital
    ],
)
def test_names_inside_a_quoted_clause(name: str, inside: bool) -> None:
    assert in_quoted_clause(_span(name), LINE) is inside


def test_a_quotation_left_open_on_its_line_holds_no_clause() -> None:
    text = "The draft “shall create the Xandia Housing Fund\nand the Zetland Board.\n"
    assert in_quoted_clause(_span("Xandia Housing Fund", text), text) is False
