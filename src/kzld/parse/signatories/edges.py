"""A block's edges: leading and trailing lines of a list without a strong cue that are none of its
entries (a dateline, a closing slogan), and an introducing sentence that stays the text's prose."""

from __future__ import annotations

from dataclasses import replace

from ...model.folding import fold
from ...model.records import Span
from ..cues import folded_words
from ..dates import read_dateline
from ..names import known_name, name_score, name_shaped
from ..text import words
from .blocks import STRONG, Block

__all__ = ["spoken", "trim"]


def trim(block: Block) -> Block:
    """A list without a strong cue loses leading and trailing lines that read as no name (a
    dateline such as ``Beirut, November 2012``, a closing slogan); the first becomes its heading."""
    if block.cue == STRONG or block.kind == "inline":
        return block
    items = list(block.items)
    heading, heading_span = block.heading, block.heading_span
    capitals = sum(raw.isupper() for _, _, raw in items) * 2 > len(items)
    while len(items) > 1 and _stray(items[0][2], capitals):
        line = items.pop(0)[0]
        heading, heading_span = line.content, Span(line.start, line.end)
    while len(items) > 1 and _stray(items[-1][2], capitals):
        items.pop()
    if len(items) == len(block.items):
        return block
    lines = [line.number - 1 for line, _, _ in items]
    return Block(
        items,
        block.more,
        range(min(lines), max(lines) + 1),
        heading,
        heading_span,
        block.cue,
        block.kind,
        block.as_of_text,
        block.country_heading,
        block.top,
    )


def _stray(raw: str, capitals: bool) -> bool:
    """True when a first or last line of a list without a strong cue is none of its entries: it
    reads as no name, unless it is shaped as one and written in capitals as the whole list is
    (``GESTAMP BIZKAIA`` among names in capitals is one of them)."""
    if name_score(raw) >= 0.35 or known_name(raw):
        return False
    if not _cased(raw):
        # a script without capitals: a name there scores low on its form alone, so a line is
        # stray only when it is shaped as no name (a sentence, a word of prose) or is a date
        return not name_shaped(raw) or read_dateline(raw) is not None
    if not (capitals and raw.isupper() and name_shaped(raw)):
        return True
    # a statement word names the text, not a signer ("COMMUNIQUÉ", "ΚΟΙΝΗ ΑΝΑΚΟΙΝΩΣΗ")
    return read_dateline(raw) is not None or any(
        fold(w) in folded_words("statement_words") for w in words(raw)
    )


def _cased(raw: str) -> bool:
    """True when ``raw`` holds a letter of a script with capitals."""
    return any(c.upper() != c.lower() for c in raw)


def spoken(block: Block, index: int) -> Block:
    """The block without the sentence ``lines[index]`` that introduces it: a sentence that says
    what follows ("The councils of these companies decided to support the call:") is the text's
    prose, in its language, and the list takes only its entries."""
    if block.kind == "inline" or block.taken.start != index or len(block.taken) < 2:
        return block
    return replace(block, taken=range(index + 1, block.taken.stop))
