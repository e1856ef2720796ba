"""Site furniture the reader sets aside: menus, tag lines, related articles, footers, calendars."""

from __future__ import annotations

import re

from ..model.folding import fold
from .cues import vocabulary
from .text import Line

__all__ = ["find_boilerplate"]

_LANG_TOKEN = re.compile(r"(?<!\w)(?:En|Ru|Es|Ar|Fr|De|It|Pt|Gr|Tr|Nl)(?!\w)")
_CALENDAR = re.compile(r"^\w+ \d{1,2}, \d{4} - (?:\w+ \d{1,2}, \d{4} - )?\S")


def find_boilerplate(lines: list[Line]) -> set[int]:
    """Indices of the lines that are boilerplate."""
    data = vocabulary()
    patterns = [re.compile(p, re.IGNORECASE) for p in data["boilerplate_lines"]]
    related = {fold(h) for h in data["related_headings"]}
    found: set[int] = set()
    index = 0
    while index < len(lines):
        content = lines[index].content
        if not content:
            index += 1
            continue
        if fold(content).rstrip(": ") in related:
            # the heading, then its block of links: up to the first blank line after an item
            found.add(index)
            index += 1
            while index < len(lines) and lines[index].blank:
                index += 1
            while index < len(lines) and not lines[index].blank:
                found.add(index)
                index += 1
            continue
        if (
            any(p.search(content) for p in patterns)
            or (content.startswith("•") and len(_LANG_TOKEN.findall(content)) >= 2)
            or _CALENDAR.match(content)
        ):
            found.add(index)
        index += 1
    return found
