"""The candidate block: a run of entries with what stands around it (heading, cue, place), and the
strength of the cue that introduces it. Built by :mod:`.candidates`, judged by :mod:`.scoring`."""

from __future__ import annotations

from dataclasses import dataclass

from ...model.records import Span
from ..lists import Item

__all__ = ["NONE", "STRONG", "WEAK", "Block"]


#: The strength of the cue that introduces a block: a heading, a sentence that points at it, none.
STRONG, WEAK, NONE = 2, 1, 0


@dataclass
class Block:
    """A candidate list: its items and what stands around it."""

    items: list[Item]
    more: int | None
    taken: range  # the lines the list takes when accepted
    heading: str
    heading_span: Span | None
    cue: int
    kind: str  # "marked", "plain" or "inline"
    as_of_text: str = ""
    country_heading: str | None = None
    top: bool = False  # above the first prose of the text
    opening: bool = False  # nothing but furniture above it: the copy starts inside the list
    lead: str = ""  # the word its line names the kind of its names by ("The federations A, B")
    prose_after: int = 0  # paragraphs of running text after it
    signing: bool = False  # a word of signing in its heading, its line or the line after it
    measured: bool = False  # the lines above it say a measure was taken against those it names
    addressed: bool = False  # above the text, under a letter's salutation: its addressees
    promised: bool = False  # the text opens saying who signs it ("We, the undersigned, ...")
    pairs: bool = False  # its entries pair persons and organisations: the organisations sign
    sides: frozenset[int] = frozenset()  # where the organisations of its pairs start
    details: tuple[Item, ...] = ()  # lines marked under its entries (delegates): none of them
    wrapped: tuple[str, ...] = ()  # its entries on a paragraph the page hard-wrapped over lines
