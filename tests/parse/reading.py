"""What the reader tests read a made-up text with, and what they look at in its document: the
entries of its lists, the signers named outside lists, and the entries skipped with their reason."""

from __future__ import annotations

from kzld.model.records import Document
from kzld.parse import read_bytes


def read_text(text: str) -> Document:
    """The document of ``text``, read as the file ``statement.txt``."""
    return read_bytes("statement.txt", text.encode("utf-8"))


def lists_of(document: Document) -> list[list[str]]:
    """The entries of each list, as written and read as one line (an entry's raw text is the text
    of its span, so a name the page broke over two lines keeps the line end and the indent)."""
    return [
        [" ".join(e.raw.split()) for e in s.entries] for s in document.sections if s.kind == "list"
    ]


def outside_of(document: Document) -> list[str]:
    """The signers named outside lists (title, first sentence, on behalf of, header lines)."""
    return [e.raw for s in document.sections if s.kind != "list" for e in s.entries]


def skipped_of(document: Document) -> list[tuple[str, str]]:
    """The entries skipped, with their reason."""
    return [(s.text, s.reason) for s in document.skipped]
