"""Lists under a heading or an introducing sentence: names after its colon, a marked, plain or
inline list below it, lists grouped one a line by the kind of their names ("The federations A, B,
C."), and lists under sub-headings (a country's name)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from ...model.countries import country_code
from ...model.folding import fold
from ...model.records import Span
from ..cues import folded_words, vocabulary
from ..lists import (
    ITEM,
    Item,
    bare_opening,
    commas,
    conjoined,
    inline_items,
    is_plain_entry,
    marked_run,
    next_line,
    plain_run,
    semicolons,
    sentence_end,
    separated,
)
from ..names import evidence, generic_plural, is_name_join, name_shaped
from ..running import spelled_across
from ..separators import COMMAS
from ..text import Line, has_case, words
from .blocks import NONE, STRONG, Block
from .cuelines import as_of, is_category, is_heading, opens_as_statement
from .edges import listed
from .headers import opens_addressing

__all__ = [
    "address_under",
    "before_heading",
    "goes_on",
    "heading_blocks",
    "headline_again",
    "split_and",
]


def _after_colon(line: Line, index: int, cue: int) -> Block | None:
    """The names after the colon of a heading line ("Signatories: A, B, C"), up to the end of
    the sentence; when the line goes on after it, it is prose and the list does not take it."""
    head, _, tail = line.content.partition(":")
    if not tail.strip() or len(tail.strip()) <= 3:
        return None
    end = sentence_end(tail)
    items, more = inline_items(line, tail[:end], line.start + len(head) + 1)
    items = split_and(items, strict=True)
    if not (len(items) >= 2 or (items and cue == STRONG)):
        return None
    span = Span(line.start, line.end)
    taken = range(index, index if tail[end + 1 :].strip() else index + 1)
    return Block(items, more, taken, head.strip(), span, cue, "inline", line.content)


def _list_start(lines: list[Line], index: int) -> tuple[int, str]:
    """The first line of the list under the heading ``lines[index]``, past an as-of line of its
    own ("Stand: 12. Januar 2022"), and the text its as-of date is read from."""
    cursor = next_line(lines, index + 1)
    as_of_text = lines[index].content
    if (
        cursor < len(lines)
        and len(lines[cursor].content) < 80
        and not ITEM.match(lines[cursor].content)
        and as_of(lines[cursor].content)
    ):
        as_of_text += " " + lines[cursor].content
        cursor = next_line(lines, cursor + 1)
    return cursor, as_of_text


def heading_blocks(
    lines: list[Line], index: int, skip: set[int], cue: int
) -> tuple[list[Block], int] | None:
    """The list (or lists, under sub-headings) introduced by the line ``lines[index]``."""
    line = lines[index]
    inline = _after_colon(line, index, cue)
    if inline is not None:
        return [inline], index + 1
    cursor, as_of_text = _list_start(lines, index)
    if cursor >= len(lines) or cursor in skip:
        return None
    heading, heading_span = line.content.rstrip(":").strip(), Span(line.start, line.end)

    def block(items: list[Item], more: int | None, after: int, kind: str) -> Block:
        taken = range(index, after)
        return Block(items, more, taken, heading, heading_span, cue, kind, as_of_text)

    if ITEM.match(lines[cursor].content) or bare_opening(lines, cursor):
        items, more, after = marked_run(lines, cursor)
        if items or more is not None:
            return [block(items, more, after, "marked")], after
    content = lines[cursor].content
    if opens_as_statement(content):
        return None  # "DECLARATION OF THE X UNION, MEMBER OF ...": the title of what follows
    if headline_again(line.content, content) or address_under(content):
        return None  # a letter's heading lines: the headline printed again, whom it goes to
    if _enumerating(lines, cursor, skip, cue):
        if _groups_ahead(lines, cursor):
            by_kind = _grouped(lines, cursor, skip, heading, heading_span, cue, as_of_text, index)
            if by_kind:
                return by_kind
        if goes_on(line.content, content):
            return None  # "We, the undersigned," / "organisations of X, consider that ... .": prose
        label = re.match(r"^[^:;,]{1,40}:\s+", content)  # "ACADEMIA: A; B; C"
        at = label.end() if label and separated(content[label.end() :]) else 0
        items, more = inline_items(lines[cursor], content[at:], lines[cursor].start + at)
        return [block(split_and(items, strict=True), more, cursor + 1, "inline")], cursor + 1
    items, more, after = _plain(lines, cursor, skip, cue)
    if len(items) >= 2 or (items and cue == STRONG and more is not None):
        plain = _by_category(block(items, more, after, "plain"))
        start = next_line(lines, after)  # "X Council." / "Y Council." / "The unions A, B." / ...
        if start not in skip and _groups_ahead(lines, start):
            grouped = _grouped(lines, start, skip, heading, heading_span, cue, as_of_text, index)
            if grouped:
                return plain + grouped[0], grouped[1]
        return plain, after
    grouped = _grouped(lines, cursor, skip, heading, heading_span, cue, as_of_text, index)
    if grouped:
        return grouped
    return _sub_lists(lines, index, cursor, skip, cue) if cue != NONE else None


#: The fewest words of a heading whose words a line under it repeats (:func:`headline_again`).
_HEADLINE_WORDS = 4
#: The most words a headline printed again may add to the heading ("A", "The", a word glued).
_HEADLINE_EXTRA = 2


def headline_again(heading: str, content: str) -> bool:
    """True when the line under a heading of four words or more is that heading printed again,
    its words in order with at most two more ("Xandia Letter signed by Zetland Groups" / "An
    Xandia Letter signed by Zetland Groups"): the page repeats its headline, and what follows
    is the letter's heading lines, not a list."""
    said = [fold(w) for w in words(heading)]
    again = [fold(w) for w in words(content)]
    if len(said) < _HEADLINE_WORDS or len(again) > len(said) + _HEADLINE_EXTRA:
        return False
    rest = iter(again)
    return all(word in rest for word in said)


def address_under(content: str) -> bool:
    """True when the line under a heading goes on with it to say whom the letter goes to: a word
    addressing someone in lower case (``address_words``), then an article ("to the Xandian
    Council", "an die Zetländer Räte"): the heading's address, not a list's first name."""
    found = words(content)
    return (
        len(found) >= 3
        and found[0].islower()
        and opens_addressing(found)
        and fold(found[1]) in folded_words("articles")
    )


def _enumerating(lines: list[Line], cursor: int, skip: set[int], cue: int) -> bool:
    """True when the line ``lines[cursor]`` under a heading is an enumeration on one line: parted
    by commas or conjoined, and longer than one entry may be, or, under a signatory heading, a
    short line parted by commas with no entry under it ("A, B, C,"; under a line that only ends
    with a colon, such a line is as often a slogan's words)."""
    content = lines[cursor].content
    if not content or not (separated(content) or conjoined(content)):
        return False
    if not is_plain_entry(content):
        return True
    return cue == STRONG and separated(content) and len(_plain(lines, cursor, skip, cue)[0]) == 1


def _groups_ahead(lines: list[Line], cursor: int) -> bool:
    """True when the line ``lines[cursor]`` and the next one each open with the kind of the
    names after them ("The federations A, B, C." / "The unions D, E."): lists grouped by kind,
    one a line, not one enumeration."""
    after = next_line(lines, cursor + 1)
    if after >= len(lines) or not _lead(lines[cursor].content):
        return False
    return bool(_lead(lines[after].content))


def goes_on(heading: str, content: str) -> bool:
    """True when the line under a heading goes on with the heading's sentence: the heading ends
    with a comma ("We, the undersigned,", "نحن الموقعون أدناه،") and the line ends as a sentence
    does, so that its commas part clauses, not names."""
    return heading.rstrip().endswith(tuple(COMMAS)) and content.rstrip().endswith(
        (".", "!", "?", "؟", "。")
    )


def _plain(
    lines: list[Line], cursor: int, skip: set[int], cue: int
) -> tuple[list[Item], int | None, int]:
    """The plain entries one a line from ``lines[cursor]``, perhaps parted by blank lines as
    evenly as the page spaced them. Under a signatory heading, which takes what follows on
    little evidence, entries parted by blank lines must nearly all be shaped as names (a page's
    slogans and programme lines, "Gathering at 12.00", below a heading are spaced so too); lines
    that open with the
    kind of their names are groups (:func:`_grouped`), not entries."""
    items, more, after = before_heading(*plain_run(lines, cursor, skip, gaps=True, wide=True))
    spaced = bool(items) and items[-1][0].number - items[0][0].number >= len(items)
    if spaced and any(_lead(raw) for _, _, raw in items):
        return plain_run(lines, cursor, skip)  # "The unions (A, B)": groups, one a line
    shaped = sum(listed(raw) for _, _, raw in items)
    if cue == STRONG and spaced and shaped < 0.75 * len(items):
        return plain_run(lines, cursor, skip)
    groups = [k for k, (_, _, raw) in enumerate(items) if _lead(raw) and commas(raw)]
    if len(groups) >= 2:  # "X Council." / "The federations A, B." / "The unions C, D."
        return items[: groups[0]], None, items[groups[0]][0].number - 1
    return items, more, after


def before_heading(
    items: list[Item], more: int | None, after: int
) -> tuple[list[Item], int | None, int]:
    """A run of plain lines (its items, a stated count of more, the index after it) cut before
    a line that heads a list of its own ("SIGNATORIES" further down, "Organising committee"):
    the lines under that heading are its list, not this run's."""
    heading = next((k for k, item in enumerate(items) if k and is_heading(item[2])), None)
    if heading is None:
        return items, more, after
    return items[:heading], None, items[heading][0].number - 1


def _by_category(block: Block) -> list[Block]:
    """A plain list parted at its lines that name a kind of organisations ("Parties", "Unions"):
    each such line heads the entries after it and is none of them."""
    if not any(is_category(raw) for _, _, raw in block.items):
        return [block]
    blocks: list[Block] = []
    items: list[Item] = []
    heading, span, start = block.heading, block.heading_span, block.taken.start
    for item in block.items:
        line, _, raw = item
        if not is_category(raw):
            items.append(item)
            continue
        if items:
            taken = range(start, line.number - 1)
            blocks.append(
                replace(block, items=items, taken=taken, heading=heading, heading_span=span)
            )
            start = line.number - 1
        items = []
        heading, span = raw.rstrip(":").strip(), Span(line.start, line.end)
    if items:
        taken = range(start, block.taken.stop)
        blocks.append(replace(block, items=items, taken=taken, heading=heading, heading_span=span))
    return blocks


def _sub_lists(
    lines: list[Line], index: int, cursor: int, skip: set[int], cue: int
) -> tuple[list[Block], int] | None:
    """The lists under sub-headings below the heading ``lines[index]``, from ``cursor`` on (a
    country's name, "Europe", "Unions", ...), each a marked list, or a plain one under a
    sub-heading that names a kind of organisations or a country; the sub-heading is each one's
    heading. Under a weaker cue than a signatory heading, every sub-heading must name one."""
    blocks: list[Block] = []
    sub = cursor
    while sub < len(lines):
        if lines[sub].blank:
            sub += 1
            continue
        after_head = next_line(lines, sub + 1)
        if len(lines[sub].content) >= 120 or after_head >= len(lines) or after_head in skip:
            break
        kind = is_category(lines[sub].content) or country_code(lines[sub].content.rstrip(":"))
        if cue != STRONG and not kind:
            break
        marked = bool(ITEM.match(lines[after_head].content))
        if not (marked or kind):
            break
        run = marked_run if marked else partial(plain_run, skip=skip)
        items, more, after = run(lines, after_head)
        if not items:
            break
        sub_line = lines[sub]
        blocks.append(
            Block(
                items,
                more,
                range(index if not blocks else sub, after),
                sub_line.content.rstrip(":").strip(),
                Span(sub_line.start, sub_line.end),
                cue,
                "marked" if marked else "plain",
                lines[index].content + " " + sub_line.content,
                sub_line.content if country_code(sub_line.content) else None,
            )
        )
        sub = after
    return (blocks, sub) if blocks else None


def _lead(content: str) -> int:
    """The length of a line's lead naming the kind of the names after it ("Οι Ομοσπονδίες",
    "The unions"): an article perhaps, then a word for organisations in the plural."""
    match = _lead_match(content)
    return match.end() if match else 0


def _lead_match(content: str) -> re.Match[str] | None:
    """A line's lead naming the kind of the names after it, its plural word the first group."""
    match = re.match(r"^(?:[^\W\d_]{1,4}\s+)?([^\W\d_][\w-]*)\s+", content)
    return match if match and generic_plural(match.group(1)) else None


def split_and(items: list[Item], strict: bool = False, uncased: bool = False) -> list[Item]:
    """The items with a last one of two names joined by a word for "and" (and perhaps an article)
    parted ("Rete Xandiana e ZetaFood", "X Party and the Y Union"; the name after it opening with
    a capital, or, ``uncased``, with a letter of a script without capitals: where the clause
    after the last name was taken off, :func:`.edges.without_tail`), when both read as names
    and no bracketed abbreviation after the "and" spells the words on both sides of it
    (:func:`kzld.parse.running.spelled_across`); ``strict`` asks more of each: the evidence of
    its words or two words at least (so that "Zee en Land" and "Workers' and Peasants' Party"
    stay whole)."""
    if not items:
        return items
    line, start, raw = items[-1]
    joins = [w for w in vocabulary()["and_words"] if " " not in w]
    if raw.isupper():  # "X UNION AND Y CONFEDERATION": a name in capitals has its "and" so
        joins = [w.upper() for w in joins]
    ands = "|".join(re.escape(w) for w in joins)
    matches = list(
        re.finditer(
            rf"\s(?:{ands})\s+(?:[^\W\d_]{{1,3}}\s+(?=[^\W\d_]))?(?=(?:[„“«\"‘']\s?)?[^\W\d_])",
            raw,
        )
    )
    # the last "and" first: an earlier one may be a name's own ("X OF BOSNIA AND Y AND Z UNION")
    for match in reversed(matches):
        opening = raw[match.end() :].lstrip("„“«\"‘' ")[:1]
        if not (opening.isupper() or (uncased and opening.isalpha() and not has_case(opening))):
            continue
        head, tail = raw[: match.start()], raw[match.end() :]
        if spelled_across(raw, tail):
            continue  # "Xandia Teachers Union and Nurses Federation (XTUNF)": one name
        if strict and "," in head:
            return _commas_and(items)
        if not (name_shaped(head) and name_shaped(tail)):
            continue
        if strict and not all(_named(part) for part in (head, tail)):
            continue
        return [*items[:-1], (line, start, head), (line, start + match.end(), tail)]
    return items


def _commas_and(items: list[Item]) -> list[Item]:
    """The items with a last one that is itself an enumeration parted by commas and "and" (an
    enumeration parted by semicolons whose last names are parted by commas: "A; B; C, D and E")
    parted, when every part reads as a whole name."""
    line, start, raw = items[-1]
    ands = "|".join(re.escape(w) for w in vocabulary()["and_words"] if " " not in w)
    match = re.search(rf"\s(?:{ands})\s+(?=[^\W\d_])", raw)
    if match is None or "," not in raw[: match.start()]:
        return items
    parts: list[Item] = []
    at = 0
    for piece in [*raw[: match.start()].split(","), raw[match.end() :]]:
        offset = raw.index(piece.strip(), at)
        parts.append((line, start + offset, piece.strip()))
        at = offset + len(piece.strip())
    if not all(name_shaped(p) and _named(p) and evidence(p).types for _, _, p in parts):
        return items
    return [*items[:-1], *parts]


def _named(part: str) -> bool:
    """True when a part of an entry reads as a whole name: two words at least that are no joining
    words, or the evidence of its words (a type word, an abbreviation, a country, a known name)."""
    found = evidence(part)
    worded = found.types or found.abbreviation or found.country or found.known
    return bool(worded) or len([w for w in words(part) if not is_name_join(w)]) >= 2


def _grouped(
    lines: list[Line],
    start: int,
    skip: set[int],
    heading: str,
    heading_span: Span,
    cue: int,
    as_of_text: str,
    index: int,
) -> tuple[list[Block], int] | None:
    """Lists one a line under a heading, each perhaps opening with the kind of its names ("The
    federations A, B, C." / "The unions D, E."): one block per line."""
    blocks: list[Block] = []
    cursor = start
    while cursor < len(lines) and cursor not in skip:
        if lines[cursor].blank:
            # a blank line parts two groups that each open with the kind of their names
            after = next_line(lines, cursor)
            if not blocks or after >= len(lines) or after in skip:
                break
            if not (blocks[-1].lead and _lead(lines[after].content)):
                break
            cursor = after
        group = _group(lines[cursor])
        if group is None:
            break
        items, more, kind, lead = group
        taken = range(index if not blocks else cursor, cursor + 1)
        blocks.append(
            Block(items, more, taken, heading, heading_span, cue, kind, as_of_text, lead=lead)
        )
        cursor += 1
    if len(blocks) < 2:
        return None
    if any(b.lead for b in blocks):
        # "Το Εργατικό Κέντρο ..." among "Οι Ομοσπονδίες A, B": the article is no part of the name
        for block in blocks:
            if block.kind == "plain":
                line, start, raw = block.items[0]
                article = re.match(r"^[^\W\d_]{1,3}\s+(?=[^\W\d_])", raw)
                if article and raw[article.end()].isupper():
                    block.items[0] = (line, start + article.end(), raw[article.end() :])
    return blocks, cursor


def _group(line: Line) -> tuple[list[Item], int | None, str, str] | None:
    """The entries of one line of grouped lists, a stated count of more, their kind ("inline" or
    "plain") and the word naming the kind of its names when the line opens with it
    ("Ομοσπονδίες" in "Οι Ομοσπονδίες A, B."; "" for none); ``None`` for no such line."""
    if is_heading(line.content):
        return None  # "The signing organisations:" written again: a heading, no group of names
    opening = _lead_match(line.content)
    lead, named = (opening.end(), opening.group(1)) if opening else (0, "")
    bracket = re.match(r"^[^(),]{0,60}\(", line.content[lead:]) if lead else None
    if bracket:
        # "Le associazioni ambientaliste (A, B, C)": the names are in the brackets
        lead += bracket.end()
    body = line.content[lead:]
    if lead or commas(body) or semicolons(body):
        items, more = inline_items(line, body, line.start + lead)
        return (split_and(items) if bracket else items), more, "inline", named
    if is_plain_entry(line.content.rstrip(".")):
        return [(line, line.start, line.content.rstrip("."))], None, "plain", ""
    return None
