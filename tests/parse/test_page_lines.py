"""Nothing invented: a printed page's number over a newspaper's web copy of its page ("Page 12",
"Σελίδα 12", "Seite 3 von 8") is the site's furniture, as its other head lines may be, and no
entry of a list of signers; a name with a number ("Charter 77 Group") is none. Names are made
up."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

from .prose import PROSE


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Page 12", True),
        ("Σελίδα 12", True),
        ("Seite 3 von 8", True),
        ("Página 4", True),
        ("Страница 2", True),
        ("Charter 77 Group", False),
        ("Zetland 2030", False),
    ],
)
def test_a_page_s_number_is_furniture(line: str, furniture: bool) -> None:
    text = f"Xandia Daily\n{line}\nThe tenants' resolution\n\n{PROSE['en']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    found = {document.text[span.start : span.end] for span in document.boilerplate}
    assert (line in found) is furniture
