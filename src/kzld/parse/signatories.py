"""Signatory sections: headings, sub-headings and their numbered, bulleted or inline lists."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Entry, Section, Span
from .dates import find_date
from .entries import split_entry
from .text import Line
from .vocabulary import vocabulary

__all__ = ["find_sections", "is_heading"]

_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[•\-*–·▪●])\s+")
#: A list item numbered 1000 or more: only continues a numbered list (a list never starts at a
#: year such as ``2022.``).
_LONG_ITEM = re.compile(r"^\d{4,7}[.)]\s+")


def is_heading(content: str) -> bool:
    """True when a line introduces a signatory list."""
    lowered = content.casefold()
    head = content.partition(":")[0] if ":" in content else content
    if len(head) > (200 if content.endswith(":") else 120) or (
        ":" not in content and content.endswith((".", "!", "?", ";"))
    ):
        return False
    return any(cue in lowered for cue in vocabulary()["signatory_headings"])


def _more(content: str) -> int | None:
    words = "|".join(map(re.escape, vocabulary()["more_words"]))
    match = re.fullmatch(
        rf"[…\.\s]*\(?\s*(?:\+|and|und|et|y|e|en|и|ve)?\s*(\d+)\s+(?:{words})\b[^()]*\)?\.?",
        content.strip(),
        re.IGNORECASE,
    )
    return int(match.group(1)) if match else None


@dataclass
class _Found:
    sections: list[Section]
    used: set[int]


def _entries(lines: list[Line], start: int) -> tuple[list[tuple[Line, int, str]], int | None, int]:
    """List items from ``lines[start]``: (line, offset of raw, raw), more_stated, index after."""
    items: list[tuple[Line, int, str]] = []
    more = None
    index = start
    expected: int | None = None
    while index < len(lines):
        line = lines[index]
        if line.blank:
            index += 1
            continue
        marker = _ITEM.match(line.content) or (
            _LONG_ITEM.match(line.content) if expected is not None else None
        )
        if not marker:
            break
        number = re.match(r"\d+", marker.group())
        if number:
            if expected is not None and int(number.group()) != expected:
                break
            expected = int(number.group()) + 1
        raw = line.content[marker.end() :].strip()
        stated = _more(raw)
        if stated is not None:
            more = stated
        else:
            items.append((line, line.start + marker.end(), raw))
        index += 1
    return items, more, index


def _make(
    heading: Line,
    items: list[tuple[Line, int, str]],
    more: int | None,
    as_of_text: str,
    title: str | None = None,
) -> Section:
    entries = []
    for position, (_, start, raw) in enumerate(items, start=1):
        name, abbreviation, gloss, country = split_entry(raw)
        entries.append(
            Entry(position, raw, Span(start, start + len(raw)), name, abbreviation, gloss, country)
        )
    end = max([heading.end, *(s + len(r) for _, s, r in items)])
    return Section(
        heading=(title or heading.content).rstrip(":").strip(),
        span=Span(heading.start, end),
        entries=tuple(entries),
        as_of=find_date(as_of_text),
        more_stated=more,
    )


def _inline(heading: Line, body: str, offset: int) -> Section | None:
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^,;]+", body)]
    items = []
    more = None
    for start, part in parts:
        raw = part.strip()
        if not raw:
            continue
        stated = _more(raw)
        if stated is not None:
            more = stated
            continue
        lead = part.index(raw)
        items.append((heading, offset + start + lead, raw))
    if len(items) < 2:
        return None
    return _make(heading, items, more, heading.content, heading.content.partition(":")[0])


def _plain_list(
    lines: list[Line], start: int, skip: set[int]
) -> tuple[list[tuple[Line, int, str]], int | None, int] | None:
    """Unmarked entries, one per line with no blank line between, right after a heading."""
    items: list[tuple[Line, int, str]] = []
    more = None
    index = start
    while index < len(lines) and not lines[index].blank and index not in skip:
        content = lines[index].content
        stated = _more(content)
        prose = len(content) > 150 or content.endswith((".", ":", "!", "?"))
        if stated is None and (_ITEM.match(content) or prose):
            break
        if stated is not None:
            more = stated
        else:
            items.append((lines[index], lines[index].start, content))
        index += 1
    return (items, more, index) if len(items) >= 2 else None


def find_sections(lines: list[Line], skip: set[int]) -> tuple[list[Section], set[int]]:
    """The signatory sections and the indices of the lines they take up."""
    sections: list[Section] = []
    used: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in skip or line.blank or not is_heading(line.content):
            index += 1
            continue
        head, _, tail = line.content.partition(":")
        if tail.strip():
            section = _inline(line, tail, line.start + len(head) + 1)
            if section:
                sections.append(section)
                used.add(index)
                index += 1
                continue
        found = False
        cursor = index + 1
        while cursor < len(lines) and lines[cursor].blank:
            cursor += 1
        if cursor < len(lines) and _ITEM.match(lines[cursor].content):
            items, more, after = _entries(lines, cursor)
            if items:
                sections.append(_make(line, items, more, line.content))
                used.update(range(index, after))
                index, found = after, True
        elif cursor < len(lines) and lines[cursor].content and "," in lines[cursor].content:
            nxt = lines[cursor]
            section = _inline(nxt, nxt.content, nxt.start)
            if section:
                sections.append(
                    Section(
                        line.content.rstrip(":").strip(),
                        Span(line.start, nxt.end),
                        section.entries,
                        as_of=find_date(line.content),
                        more_stated=section.more_stated,
                    )
                )
                used.update(range(index, cursor + 1))
                index, found = cursor + 1, True
        if not found:
            plain = _plain_list(lines, cursor, skip)
            if plain:
                items, more, after = plain
                sections.append(_make(line, items, more, line.content))
                used.update(range(index, after))
                index, found = after, True
                continue
            # sub-headings, each followed by its own list
            sub = cursor
            while sub < len(lines):
                if lines[sub].blank:
                    sub += 1
                    continue
                after_head = sub + 1
                while after_head < len(lines) and lines[after_head].blank:
                    after_head += 1
                if (
                    len(lines[sub].content) < 120
                    and after_head < len(lines)
                    and _ITEM.match(lines[after_head].content)
                ):
                    items, more, after = _entries(lines, after_head)
                    if not items:
                        break
                    sections.append(
                        _make(lines[sub], items, more, line.content + " " + lines[sub].content)
                    )
                    used.update(range(index, after))
                    found = True
                    sub = after
                else:
                    break
            index = sub if found else index + 1
    return sections, used
