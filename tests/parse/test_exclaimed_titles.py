"""Nothing invented: a headline's clause after a statement word and a colon that closes with
"!" is the headline's cry, as one closed by "?" is its question ("Joint statement: Zetland law
unjust!"), no sender's name, however much its words read as a name; the same words closed by
nothing or a full stop still name the sender. Titles and names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("title", "signers"),
    [
        ("Ortak açıklama: Xandia Vakıflar Yasası anti-demokratiktir!", []),
        ("Ortak açıklama: Xandia Vakıflar Yasası anti-demokratiktir?", []),
        ("Press release: Xandia Tenants Union Federation!", []),
        ("Press release: Xandia Tenants Union Federation", ["Xandia Tenants Union Federation"]),
        ("Press release: Xandia Tenants Union Federation.", ["Xandia Tenants Union Federation"]),
    ],
)
def test_a_clause_closed_by_a_cry_after_the_colon_names_no_sender(
    title: str, signers: list[str]
) -> None:
    assert outside_of(read_text(f"{title}\n\n{PROSE['en']}\n")) == signers
