"""Signatory sections: headings, sub-headings and their numbered, bulleted or inline lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Entry, Section, Span
from .cues import vocabulary
from .dates import find_date, read_dateline
from .entries import split_entry
from .text import Line

__all__ = ["find_sections", "is_entry", "is_heading"]

_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[•\-*–—·▪●◦])(?:\s+|$)")
#: A list item numbered 1000 or more: only continues a numbered list (a list never starts at a
#: year such as ``2022.``).
_LONG_ITEM = re.compile(r"^\d{4,7}[.)]\s+")


def is_heading(content: str) -> bool:
    """True when a line introduces a signatory list."""
    head = content.partition(":")[0] if ":" in content else content
    if len(head) > (200 if content.endswith(":") else 120) or (
        ":" not in content and content.endswith((".", "!", "?", ";"))
    ):
        return False
    folded = fold(content)
    return any(fold(cue) in folded for cue in vocabulary()["signatory_headings"])


def is_further(content: str) -> bool:
    """True when a short line opens a further list ("Other Parties", "Weitere Unterzeichner").

    Only asked about a line right after a signatory list: its first word is a word for "other".
    """
    if len(content) > 80 or content.endswith((".", "!", "?", ";")):
        return False
    words = re.findall(r"\w+", content.casefold())
    return bool(words) and words[0] in vocabulary()["further_headings"]


def is_entry(content: str) -> bool:
    """True when a line is a short list item (a name, not a numbered paragraph)."""
    marker = _ITEM.match(content)
    rest = content[marker.end() :].rstrip() if marker else ""
    return bool(rest) and len(rest) <= 150 and not rest.endswith((".", "!", "?", ";", ":"))


def _more(content: str) -> int | None:
    """N when ``content`` only states that N more signatories exist (``… (20 weitere)``).

    Such a phrase is short and holds exactly one number with one of the "more" words at most two
    words from it (``and 12 more``, ``otras 12``, ``12 örgüt daha``), and no capitalised word
    before the number but its first (a name would have them).
    """
    data = vocabulary()
    words = re.findall(r"[^\W\d_]+|\d+", content)
    numbers = [k for k, w in enumerate(words) if w.isdigit()]
    if len(numbers) != 1 or len(words) > 7:
        return None
    at = numbers[0]
    if any(w[:1].isupper() for w in words[1:at]):
        return None
    more = {fold(w) for w in data["more_words"]}
    if not any(fold(w) in more for w in words[max(0, at - 2) : at + 3]):
        return None
    return int(words[at])


def _split_more(raw: str) -> tuple[str, int | None]:
    """``raw`` without a trailing ``and 12 more`` (``y otras 12 organizaciones``) and the count."""
    joins = {fold(w) for w in vocabulary()["and_words"]}
    for match in re.finditer(r"(?<=\s)(\w+)(?=\s)", raw):
        if fold(match.group(1)) in joins:
            stated = _more(raw[match.start(1) :])
            if stated is not None:
                return raw[: match.start()].rstrip(" ,;"), stated
    return raw, None


def _as_of(text: str) -> date | None:
    """The date of an ``as of`` phrase (``as of 21 January 2022``, ``Stand: ...``) in ``text``."""
    cues = "|".join(re.escape(fold(cue)) for cue in vocabulary()["as_of_cues"])
    if re.search(rf"(?<!\w)(?:{cues})(?!\w)", fold(text)):
        return find_date(text)
    return None


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
    numbered: bool | None = None
    while index < len(lines):
        line = lines[index]
        if line.blank:
            index += 1
            continue
        marker = _ITEM.match(line.content) or (
            _LONG_ITEM.match(line.content) if expected is not None else None
        )
        if not marker:
            # "… (20 weitere)" closing the list without a list marker of its own
            stated = _more(line.content) if items and more is None else None
            if stated is not None:
                more = stated
                index += 1
            break
        number = re.match(r"\d+", marker.group())
        # a list is numbered or bulleted throughout; "18. September 2022" after it is its date
        if (numbered is not None and numbered != bool(number)) or read_dateline(line.content):
            break
        numbered = bool(number)
        if number:
            if expected is not None and int(number.group()) != expected:
                break
            expected = int(number.group()) + 1
        raw = line.content[marker.end() :].strip()
        if not raw:  # an empty item names no one
            index += 1
            continue
        stated = _more(raw)
        if stated is None:
            raw, stated = _split_more(raw)
            items.append((line, line.start + marker.end(), raw))
        if stated is not None:
            more = stated
        index += 1
    return items, more, index


def _make(
    heading: Line,
    items: list[tuple[Line, int, str]],
    more: int | None,
    as_of_text: str,
    title: str | None = None,
    country_heading: str | None = None,
) -> Section:
    """The section under ``heading``; entries under a country's name (``Greece``) are from it."""
    entries = []
    for position, (_, start, raw) in enumerate(items, start=1):
        name, abbreviation, gloss, country = split_entry(raw)
        country = country or country_heading
        entries.append(
            Entry(position, raw, Span(start, start + len(raw)), name, abbreviation, gloss, country)
        )
    end = max([heading.end, *(s + len(r) for _, s, r in items)])
    return Section(
        heading=(title or heading.content).rstrip(":").strip(),
        span=Span(heading.start, end),
        entries=tuple(entries),
        as_of=_as_of(as_of_text),
        more_stated=more,
    )


def _inline(heading: Line, body: str, offset: int) -> Section | None:
    """The comma- or semicolon-separated list in ``body`` (which starts at ``offset``)."""
    body = body.rstrip().removesuffix(".")
    items: list[tuple[Line, int, str]] = []
    more = None
    # a list separated by semicolons may have commas inside its entries
    for match in re.finditer(r"[^;]+" if ";" in body else r"[^,]+", body):
        raw = match.group().strip()
        if not raw:
            continue
        start = offset + match.start() + match.group().index(raw)
        stated = _more(raw)
        if stated is not None:
            more = stated
            continue
        raw, stated = _split_more(raw)
        if stated is not None:
            more = stated
        if items and country_code(raw):  # "Name, Country": the country belongs to the name
            _, before, _ = items[-1]
            items[-1] = (heading, before, _between(heading, before, start + len(raw)))
            continue
        items.append((heading, start, raw))
    if len(items) < 2:
        return None
    return _make(heading, items, more, heading.content, heading.content.partition(":")[0])


def _between(line: Line, start: int, end: int) -> str:
    """The text of ``line`` between the document offsets ``start`` and ``end``."""
    return line.content[start - line.start : end - line.start]


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
        if stated is None:
            content, stated = _split_more(content)
            items.append((lines[index], lines[index].start, content))
        if stated is not None:
            more = stated
        index += 1
    return (items, more, index) if len(items) >= 2 else None


def _next(lines: list[Line], index: int) -> int:
    """The index of the first non-blank line from ``index`` on."""
    while index < len(lines) and lines[index].blank:
        index += 1
    return index


def find_sections(lines: list[Line], skip: set[int]) -> tuple[list[Section], set[int]]:
    """The signatory sections and the indices of the lines they take up."""
    sections: list[Section] = []
    used: set[int] = set()
    index = 0
    counted, last_end = 0, 0
    while index < len(lines):
        if len(sections) != counted:
            counted, last_end = len(sections), index
        line = lines[index]
        if index in skip or line.blank:
            index += 1
            continue
        further = (
            bool(sections)
            and all(lines[j].blank for j in range(last_end, index))
            and is_further(line.content)
        )
        if not (further or is_heading(line.content)):
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
        cursor = _next(lines, index + 1)
        as_of_text = line.content
        if (
            cursor < len(lines)
            and len(lines[cursor].content) < 80
            and not _ITEM.match(lines[cursor].content)
            and _as_of(lines[cursor].content)
        ):  # "Stand: 12. Januar 2022" on a line of its own under the heading
            as_of_text += " " + lines[cursor].content
            cursor = _next(lines, cursor + 1)
        if cursor < len(lines) and _ITEM.match(lines[cursor].content):
            items, more, after = _entries(lines, cursor)
            if items or more is not None:
                sections.append(_make(line, items, more, as_of_text))
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
                        as_of=_as_of(as_of_text),
                        more_stated=section.more_stated,
                    )
                )
                used.update(range(index, cursor + 1))
                index, found = cursor + 1, True
        if not found:
            plain = _plain_list(lines, cursor, skip)
            if plain:
                items, more, after = plain
                sections.append(_make(line, items, more, as_of_text))
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
                        _make(
                            lines[sub],
                            items,
                            more,
                            line.content + " " + lines[sub].content,
                            country_heading=lines[sub].content
                            if country_code(lines[sub].content)
                            else None,
                        )
                    )
                    used.update(range(index, after))
                    found = True
                    sub = after
                else:
                    break
            index = sub if found else index + 1
    return sections, used
