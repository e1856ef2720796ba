"""Site furniture the reader sets aside: menus, breadcrumbs, language switchers, the site's
header date, tag lines, related articles, footers, calendars.

Furniture is recognised by its words (``vocabulary.yaml``) and by its form: short items joined by
separators (``Inicio | Noticias | Contacto``, ``• En • Es``, ``Home / Politik / International``,
``Home > Archivio > Notizie``), and a date alone on the first line of the page, above the site's
menus (the day the page was printed or viewed).
"""

from __future__ import annotations

import re

from ..model.folding import fold
from .cues import vocabulary
from .dates import read_dateline
from .text import Line, words

__all__ = ["find_boilerplate", "is_menu"]

#: Separators of menu items and breadcrumbs.
_SEPARATORS = re.compile(r"\s*(?:\||•|·|›|»|>|\s/\s)\s*")


def _short(item: str) -> bool:
    return len(item) <= 40 and len(words(item)) <= 5 and not item.rstrip().endswith((".", "!", "?"))


def is_menu(content: str) -> bool:
    """True when a line is a menu, a language switcher or a breadcrumb, by its form: short items
    joined by separators (the last item of a breadcrumb may be the page's long title)."""
    if read_dateline(content):
        return False  # "Redacción | 21/10/2022" is a byline and a date
    parts = _SEPARATORS.split(content.strip())
    items = [p for p in parts if p.strip()]
    separators = len(parts) - 1
    if separators < 1 or len(items) < 2:
        return False
    if all(len(i) <= 3 and i.isalpha() for i in items):
        return True  # "• En • Es", "EN | FR | DE"
    if separators < 2 or len(items) < 3:
        return False
    # "Posizione: Home > Archivio" and "Home / Politik / <the page's title>"
    head = items[0].split(":")[-1].strip()
    return bool(head) and _short(head) and all(_short(i) for i in items[1:-1])


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
            rest = [i for i in range(index, len(lines)) if lines[i].content]
            if len(rest) <= 12 and all(len(lines[i].content) <= 250 for i in rest):
                # links and teasers to the end of the page, a blank line between each
                found.update(rest)
                index = len(lines)
            continue
        if (
            any(p.search(content) for p in patterns)
            or (content.startswith("•") and len(_LANG_TOKEN.findall(content)) >= 2)
            or _CALENDAR.match(content)
            or is_menu(content)
        ):
            found.add(index)
        index += 1
    first = next((i for i, line in enumerate(lines) if line.content and i not in found), None)
    if first is not None:
        dated = read_dateline(lines[first].content)
        after = next((i for i in range(first + 1, len(lines)) if lines[i].content), None)
        if dated and dated[0] == "dateline" and dated[2] is None and after in found:
            # the site's header date, above its menus (a date right above the title is the
            # page's own date)
            found.add(first)
    return found
