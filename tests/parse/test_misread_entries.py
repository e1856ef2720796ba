"""Nothing invented: an entry whose UTF-8 bytes the page showed as Windows-1252 ("Xandia Åžehir
DerneÄŸi", "ZwiÄ…zek", "ÄŒeskÃ½") is garbled, whatever letter its first byte reads as: it is set
aside, and the names before it sign. A name that holds a capital with an accent before a
quotation mark, a guillemet or a no-break space ("ODTÜ’nün", "«ÉTÉ»") is no such misreading.
Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.damage import is_garbled

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of

#: A heading, the names of a list, and a last entry as the page misread it.
MISREAD = {
    "tr": ("İmzacılar:", ["Xandia Emekçi Partisi", "Zetland Sol Birliği"], "Ypsilon Şehir Derneği"),
    "de": ("Unterzeichner:", ["Arbeiterpartei Xandia", "Grüne Union Zetland"],
           "Związek Zawodowy Ypsilonu"),
    "fr": ("Signataires :", ["Parti du Travail de Xandie", "Union Verte de Zetland"],
           "Český svaz Ypsilon"),
}  # fmt: skip


def _misread(name: str) -> str:
    """``name`` as a page shows it when its UTF-8 bytes are taken for Windows-1252."""
    return name.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize("language", sorted(MISREAD))
def test_a_misread_last_entry_is_set_aside(language: str) -> None:
    heading, names, last = MISREAD[language]
    garbled = _misread(last)
    entries = [f"{n}. {name}" for n, name in enumerate([*names, garbled], start=1)]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(entries))
    assert lists_of(document) == [names]
    assert skipped_of(document) == [(garbled, "garbled")]


@pytest.mark.parametrize(
    ("raw", "garbled"),
    [
        (_misread("Ypsilon Şehir Derneği"), True),
        (_misread("Związek Zawodowy"), True),
        (_misread("Český svaz"), True),
        ("Xandia ODTÜ’nün Derneği", False),
        ("«ÉTÉ» Zetland", False),
        ("Comité ÉTÉ\u00a0Xandie", False),
        ("Zetland Groß\u00adstadt Verein", False),
    ],
)
def test_misread_bytes_and_written_capitals(raw: str, garbled: bool) -> None:
    assert is_garbled(raw) is garbled
