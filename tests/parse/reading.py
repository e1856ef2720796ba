"""What the reader tests read a made-up text with, and what they look at in its document: the
entries of its lists, the signers named outside lists, the entries skipped with their reason, and
the date a text opening with a given sentence is made on."""

from __future__ import annotations

from datetime import date

from kzld.model.records import Document
from kzld.parse import read_bytes

from .prose import PROSE


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
    """The signers named outside lists (title, first sentence, on behalf of, header lines,
    sign-off)."""
    return [e.raw for s in document.sections if s.kind != "list" for e in s.entries]


def signers_in_news(sentence: str, language: str) -> list[str]:
    """The signers named outside lists in a news item of ``sentence`` under a headline, with a
    paragraph of argument in ``language`` (English for a language without one) after it."""
    body = PROSE.get(language, PROSE["en"])
    return outside_of(read_text(f"Xandia news\n\n{sentence}\n\n{body}\n"))


def skipped_of(document: Document) -> list[tuple[str, str]]:
    """The entries skipped, with their reason."""
    return [(s.text, s.reason) for s in document.skipped]


def created_after(opening: str) -> date | None:
    """The statement's date (``created``) of a text of a title, ``opening`` and a paragraph of
    English argument, or None when it has none."""
    created = read_text(f"Title\n\n{opening}\n\n{PROSE['en']}\n").created
    return created.date if created else None
