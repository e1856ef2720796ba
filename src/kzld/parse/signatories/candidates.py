"""Candidate blocks: the lists that may start at a line (under a heading or an introducing
sentence, header names above the text, or a list with no heading of its own: marked, plain or
inline), and where the text's running prose begins."""

from __future__ import annotations

import re

from ...model.records import Span
from ..lists import (
    ITEM,
    Item,
    bare_opening,
    commas,
    conjoined,
    inline_items,
    is_plain_entry,
    marked_run,
    plain_run,
    semicolons,
    sentence_end,
    separated,
    spaced,
)
from ..names import is_name_join
from ..stops import SPACED_STOPS
from ..text import Line
from .blocks import NONE, STRONG, WEAK, Block
from .cuelines import introduces, is_further, is_heading, opens_as_statement
from .edges import spoken, trim, without_lead, without_tail
from .headed import (
    address_under,
    before_heading,
    goes_on,
    heading_blocks,
    headline_again,
    split_and,
)
from .headers import COLUMNS, DASHED, header_lines, header_names, letterhead, signed_columns

__all__ = ["candidates", "first_prose"]


#: A list item's number right before an entry amid a line.
_NUMBERED = re.compile(r"(?:^|[\s;,.:])\d{1,3}[.)]\s*$")


def _previous(lines: list[Line], index: int, skip: set[int]) -> int | None:
    """The index of the closest non-blank line before ``index`` that is not furniture."""
    j = index - 1
    while j >= 0 and (lines[j].blank or j in skip):
        j -= 1
    return j if j >= 0 else None


#: The entries of a run, a stated count of more, the index after it, its cue, its kind and the
#: heading before its colon (an inline run's) if it has one.
_Run = tuple[list[Item], int | None, int, int, str, tuple[str, Span] | None]


def _headless_block(
    lines: list[Line], index: int, skip: set[int], cue: int, top: bool
) -> tuple[Block, int] | None:
    """A list starting at ``lines[index]`` with no heading of its own."""
    line = lines[index]
    if opens_as_statement(line.content):
        return None  # "Joint declaration of A, B and C" is a title: its names are read there
    before = _previous(lines, index, skip)
    heading, heading_span = "", None
    if before is not None and len(lines[before].content) <= 300:
        heading = lines[before].content.rstrip(":").strip()
        heading_span = Span(lines[before].start, lines[before].end)
    as_of_text = lines[before].content if before is not None else ""
    if before is not None and (
        address_under(line.content) or headline_again(lines[before].content, line.content)
    ):
        return None  # a letter's heading lines: the headline printed again, whom it goes to
    run = _run(lines, index, skip, cue, top, before)
    if run is None or not run[0]:
        return None
    items, more, after, cue, kind, headed = run
    if headed is not None:
        heading, heading_span = headed
    if after < len(lines) and not lines[after].blank and len(lines[after].content) < 80:
        as_of_text += " " + lines[after].content  # "[updated 26/03/2012]" under the list
    block = Block(
        items,
        more,
        range(index, after),
        heading,
        heading_span,
        cue,
        kind,
        as_of_text,
        top=top,
        opening=before is None,
    )
    return block, max(after, index + 1)


def _labelled(content: str) -> bool:
    """True when a line's names follow a label or a clause and its colon, however short the
    line: "UNIONS: A; B; C", "We, the parties of X: “A”, “B” and “C”"."""
    if re.match(r"^[^:;,]{1,40}:\s+", content) and semicolons(content) >= 2:
        return True
    tail = content.partition(": ")[2]
    return commas(tail) >= 2 or conjoined(tail[: sentence_end(tail)])


def _run(
    lines: list[Line], index: int, skip: set[int], cue: int, top: bool, before: int | None
) -> _Run | None:
    """The entries that start at ``lines[index]``: marked lines, plain lines, or an enumeration
    on the line. A marked line alone whose names follow a clause and its colon ("– we, the
    unions, namely: A, B, C") is such an enumeration, not one entry."""
    line = lines[index]
    labelled = _labelled(line.content)
    kind = "inline"
    if ITEM.match(line.content) or bare_opening(lines, index):
        items, more, after = marked_run(lines, index)
        kind = "inline" if labelled and len(items) == 1 else "marked"
        if cue == NONE and len({item[0].number for item in items}) < len(items):
            return None  # a numbered list run together on a line, with no cue: too little to go on
    elif is_plain_entry(line.content) and not labelled:
        items, more, after = before_heading(*plain_run(lines, index, skip, gaps=True))
        items, more, after = _before_columns(lines, skip, items, more, after)
        # one short line parted by commas, alone after the argument: an enumeration of names,
        # read inline (above the argument, such a line is a slogan or a kicker as often)
        alone = len(items) == 1 and not top and separated(line.content)
        # a sentence is coordinated with commas; slashes or bars part no sentence's words
        alone = alone and (not line.content.endswith((".", "!", "?")) or bool(spaced(line.content)))
        kind = "inline" if alone else "plain"
    if kind != "inline":
        return items, more, after, cue, kind, None
    if before is not None and goes_on(lines[before].content, line.content):
        return None
    inline = _inline(line, index, cue)
    if inline is None:
        return None
    items, more, after, cue, heading = inline
    if all(_NUMBERED.search(line.content[: start - line.start]) for line, start, _ in items):
        kind = "marked"  # "...: 1. X; 2. Y; 3. Z": a numbered list the page ran together
    return items, more, after, cue, kind, heading


def _inline(
    line: Line, index: int, cue: int
) -> tuple[list[Item], int | None, int, int, tuple[str, Span] | None] | None:
    """The enumeration on ``line`` (``lines[index]``): its items, a stated count of more, the
    index after the lines it takes, its cue, and the heading before its colon if it has one."""
    body, offset, after = line.content, line.start, index + 1
    heading: tuple[str, Span] | None = None
    head, colon, tail = line.content.partition(": ")
    end = sentence_end(tail)
    end = min(end, _capitals_end(tail))
    if colon and (commas(tail) >= 2 or semicolons(tail) >= 2 or conjoined(tail[:end])):
        # "... the youth organisations of Latin America: A, B, C. More prose.": the colon
        # points at what follows, in any language, whatever the words before it
        body, offset = tail[:end], line.start + len(head) + len(colon)
        after = index if tail[end + 1 :].strip() else after  # prose goes on: not taken
        head = head.rstrip()  # "Logement : A, B, C": French sets a space before the colon
        heading = head, Span(line.start, line.start + len(head))
        cue = max(cue, WEAK)
    enumerates = separated(body) or (body is not line.content and conjoined(body))
    if not enumerates or len(body) > _longest(body, bool(colon)):
        return None
    items, more = inline_items(line, body, offset)
    trimmed = without_tail(items)
    # a name in a script without capitals is bounded by the line's end once its clause is off
    items = split_and(trimmed, strict=True, uncased=trimmed[-1:] != items[-1:])
    return without_lead(items), more, after, cue, heading


#: The longest enumeration on a line read: parted by semicolons, or by commas after a colon into
#: short items (a long run of names, "Aderiscono: A, B, C, ..."), else by commas.
_LONGEST_PARTED = 4000
_LONGEST_COMMAS = 600
#: The longest an enumeration's items may be on average to be read past ``_LONGEST_COMMAS``.
_SHORT_ITEMS = 60


def _longest(body: str, colon: bool) -> int:
    """How long an enumeration on a line may be: long when semicolons part it, or when a colon
    opens it and commas part it into short items (names, not clauses)."""
    if semicolons(body) >= 2:
        return _LONGEST_PARTED
    if colon and len(body) <= _SHORT_ITEMS * (commas(body) + 1):
        return _LONGEST_PARTED
    return _LONGEST_COMMAS


def _capitals_end(tail: str) -> int:
    """Where an enumeration written in capitals ends in the running text after it ("...: X
    UNION, Y FEDERATION AND Z CONFEDERATION together with ... adopt"): at the first word of two
    letters or more in lower case that joins no name's words and is followed by no capitalised
    word, when the tail opens with three words in capitals; ``len(tail)`` otherwise. (Names
    written as names are after the capitals, "XAL, XNL, XCDL, Jeudi Zetland, Droit au Toit",
    go on to the end.)"""
    found = list(re.finditer(r"[^\W\d_]{2,}", tail))
    if len(found) < 3 or not all(m.group().isupper() for m in found[:3]):
        return len(tail)
    # a word joining a name's words ("Homes for Xandia", "Droit au Toit") goes on with it
    lower = next(
        (
            m
            for k, m in enumerate(found)
            if m.group().islower()
            and not is_name_join(m.group())
            and not (k + 1 < len(found) and found[k + 1].group()[:1].isupper())
        ),
        None,
    )
    return len(tail) if lower is None else len(tail[: lower.start()].rstrip())


def _before_columns(
    lines: list[Line], skip: set[int], items: list[Item], more: int | None, after: int
) -> tuple[list[Item], int | None, int]:
    """A run of plain lines cut before a row of organisations set out in columns over their
    signers' names (:func:`.headers.signed_columns`): those rows are a list of their own."""
    at = next(
        (
            k
            for k, item in enumerate(items)
            if k and signed_columns(lines, item[0].number - 1, skip)
        ),
        None,
    )
    if at is None:
        return items, more, after
    return items[:at], None, items[at][0].number - 1


#: How a line of running text ends: a full stop, "!" or "?", a quotation mark that closes a
#: sentence, or the full stop of a script with one of its own (the danda of the scripts of India,
#: the Urdu and Armenian full stops, the Arabic question mark, the Ethiopic and Burmese full
#: stops). Not yet the ideographic full stop "。": with it the reader invented a signer in a
#: Japanese text of the tune split.
_SENTENCE_END = (*'.!?»”"', *SPACED_STOPS)


def first_prose(lines: list[Line], skip: set[int]) -> int:
    """The index of the first line of running text (a long line ending as a sentence does)."""
    for i, line in enumerate(lines):
        content = line.content
        if i in skip or not content or ITEM.match(content):
            continue
        if len(content) > 160 or (len(content) > 60 and content.endswith(_SENTENCE_END)):
            return i
    return len(lines)


def candidates(
    lines: list[Line], index: int, skip: set[int], after_list: bool, title: int, prose: int
) -> tuple[list[Block], int]:
    """The candidate lists that start at ``lines[index]`` and the index after them: under a
    heading or a sentence that introduces them, header lines above the text (dashed, a
    letterhead, columns), or a list with no heading of its own."""
    line = lines[index]
    if is_heading(line.content) or (after_list and is_further(line.content)):
        got = heading_blocks(lines, index, skip, STRONG)
        if got:
            return got
    elif introduces(line.content) and not ITEM.match(line.content):
        got = heading_blocks(lines, index, skip, WEAK)
        if got:
            return [spoken(trim(b), index) for b in got[0]], got[1]
    header: Block | None = None
    if index == title and index < prose:
        header = (
            header_lines(lines, index, skip)
            or header_names(line, index, DASHED, "plain")
            or letterhead(lines, index, skip)
        )
    if header is None and re.search(r"\S(?:\s{3,}|\s*\t\s*)\S", line.content):
        if index < prose:
            header = header_names(line, index, COLUMNS, "columns")
        else:  # at the foot: organisations over their signers' names
            header = signed_columns(lines, index, skip)
    if header is not None:
        return [header], header.taken.stop
    if index != title or ITEM.match(line.content) or separated(line.content):
        # a marked line or a line of entries first in the copy opens no title: the page was
        # copied from inside a list, whose cue was left out
        before = _previous(lines, index, skip)
        cue = NONE
        if after_list or (before is not None and introduces(lines[before].content)):
            cue = WEAK
        got_one = _headless_block(lines, index, skip, cue, top=index < prose)
        if got_one:
            return [trim(got_one[0])], got_one[1]
    return [], index + 1
