"""Entries that stand inside a quoted clause of prose: no names of signers.

A text quotes a law's, a decree's or a motion's words within a sentence (the draft “shall
create the Xandia Housing Fund, the Zetland Board and the Award for Tenants”): the quotation
opens with a word in lower case, as a clause of running text does, where a quoted name opens
with a capital. Whatever a reader takes from inside such a quotation is words of the quoted
text, not a signer's name (:func:`in_quoted_clause`, asked by :mod:`.gate`).
"""

from __future__ import annotations

import re

from ...model.quotes import CLOSING, OPENING
from ...model.records import Span

__all__ = ["in_quoted_clause"]

#: A double quotation mark where one closes (after a word or a stop, before no word).
_CLOSES = re.compile(rf"(?<=[\w.!?])[{re.escape(CLOSING)}](?!\w)")


def in_quoted_clause(span: Span, text: str) -> bool:
    """True when ``span`` of ``text`` lies inside a quotation on its line that opens with a word
    in lower case (“shall create the Xandia Housing Fund and ...”): the last quotation mark
    opening before the span on its line is closed by none before it, and one closes it at the
    span's last character or after it, on the same line."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    before = text[start : span.start]
    opened = None
    for mark in re.finditer(rf"[{re.escape(OPENING + CLOSING)}]", before):
        if mark.group() in OPENING and _opens_any(before, mark.start()):
            opened = mark
        elif _CLOSES.match(before, mark.start()):
            opened = None
    if opened is None or not before[opened.end() : opened.end() + 1].islower():
        return False
    return _CLOSES.search(text, max(span.start, span.end - 1), end) is not None


def _opens_any(text: str, at: int) -> bool:
    """True when the mark at ``at`` opens a quotation (after a space or at the start, before a
    letter or a digit)."""
    return (at == 0 or text[at - 1].isspace()) and text[at + 1 : at + 2].isalnum()
