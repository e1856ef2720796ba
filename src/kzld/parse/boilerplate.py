"""Site furniture the reader sets aside: menus, breadcrumbs, language switchers, the site's
header date, tag lines, related articles, footers, calendars.

Furniture is recognised by its words (``vocabulary.yaml``) and by its form: short items joined by
separators (``Inicio | Noticias | Contacto``, ``• En • Es``, ``Home / Politik / International``,
``Home > Archivio > Notizie``), a weather line (``KBH: Let skyet, 10 °C``), a template's
placeholder (``spot_img``), a reporter's by-line (``By Jane Roe, Xandia Times``), and a date
alone on the first line of the page, above the site's menus or above the page's own
publication stamp (the day the page was printed or viewed).
"""

from __future__ import annotations

import re
from functools import cache

import babel
from babel import Locale, UnknownLocaleError, localedata

from ..derived import kept
from ..model.folding import fold
from .cues import folded_words, vocabulary
from .dates import is_date_line, read_dateline
from .names import is_furniture_word, person_shaped
from .text import Line, words

__all__ = ["find_boilerplate", "is_byline", "is_menu"]

#: Separators of menu items and breadcrumbs.
_SEPARATORS = re.compile(r"\s*(?:\||•|·|›|»|>|\s/\s)\s*")
#: A mark each of :data:`_SEPARATORS` holds: a line without one has no separator.
_SEPARATOR_MARK = re.compile(r"[|•·›»>/]")
#: A quotation in guillemets («ЄС», ‹X›), whose closing mark is no separator.
_QUOTED = re.compile(r"«[^«»]*»|‹[^‹›]*›")


def _short(item: str) -> bool:
    return len(item) <= 40 and len(words(item)) <= 5 and not item.rstrip().endswith((".", "!", "?"))


#: Words of running text that end as a sentence does: three words or more, a full stop.
_SENTENCE_END = re.compile(r"\S+\s+\S+\s+\S+[^\W\d]\.$")


def is_menu(content: str) -> bool:
    """True when a line is a menu, a language switcher or a breadcrumb, by its form: short items
    joined by separators (the last item of a breadcrumb may be the page's long title); not a
    line that is a date (asked only of a line of that form: most lines are not)."""
    if not (_language_switcher(content) or _separated(content)):
        return False
    # "Redacción | 21/10/2022" is a byline and a date; "Kabul 29 / Qaws / 1398" a dateline
    # whose date is written with spaced slashes
    return not (read_dateline(content) or is_date_line(content))


def _separated(content: str) -> bool:
    """True when ``content`` has the form of a menu or a breadcrumb: short items joined by
    separators."""
    if _SEPARATOR_MARK.search(content) is None:
        return False  # most lines: no separator to part items
    # a closing guillemet after its opening one ends a quotation, not a menu's item
    content = _QUOTED.sub("Q", content)
    parts = _SEPARATORS.split(content.strip())
    items = [p for p in parts if p.strip()]
    separators = len(parts) - 1
    if separators < 1 or len(items) < 2:
        return False
    if all(len(i) <= 3 and i.isalpha() for i in items):
        return True  # "• En • Es", "EN | FR | DE"
    if separators < 2 or len(items) < 3:
        return False
    if _SENTENCE_END.search(items[-1]):
        return False  # "X당·Y당·Z당이 ... 내디뎠다.": names opening a sentence, not a breadcrumb
    # "Posizione: Home > Archivio" and "Home / Politik / <the page's title>"
    head = items[0].split(":")[-1].strip()
    return bool(head) and _short(head) and all(_short(i) for i in items[1:-1])


def _introduced(lines: list[Line], index: int) -> bool:
    """True when the separated line ``lines[index]`` is a list that the line above it introduces
    ("The organisations that join: " / "A / B / C"), not a menu: the line above ends with a
    colon, no item of the line is a word of a site's furniture ("Menu:" / "Home | News |
    Contact") and not all are languages' codes ("EN | FR | DE")."""
    above = next((lines[i].content for i in range(index - 1, -1, -1) if lines[i].content), "")
    if not above.rstrip().endswith((":", "：")):
        return False
    parts = _SEPARATORS.split(_QUOTED.sub("Q", lines[index].content))
    items = [part.strip() for part in parts if part.strip()]
    if all(item.casefold() in _language_codes() for item in items):
        return False
    return not any(map(is_furniture_word, items))


@cache
def _language_codes() -> frozenset[str]:
    """The codes of languages without a region ("en", "de", "bs"; CLDR through Babel)."""
    return frozenset(code for code in localedata.locale_identifiers() if "_" not in code)


@cache
def _autonyms() -> frozenset[str]:
    """Every language's name in that language, of one word, folded (CLDR through Babel:
    "english", "deutsch", "bosanski", "العربية", "turkce"). Reading them takes Babel most of a
    second (every locale's data): they are kept between runs (:func:`~kzld.derived.kept`)."""
    return kept(
        "boilerplate/autonyms", _gathered_autonyms, sorted, _autonyms_read, libraries=(babel,)
    )


def _autonyms_read(kept: list[str]) -> frozenset[str]:
    if not all(isinstance(name, str) for name in kept):
        raise ValueError("not a list of names")
    return frozenset(kept)


def _gathered_autonyms() -> frozenset[str]:
    names: set[str] = set()
    for code in localedata.locale_identifiers():
        if "_" in code:
            continue
        try:
            name = Locale.parse(code).get_display_name(code)
        except (UnknownLocaleError, ValueError):
            continue
        if name and " " not in name:
            names.add(fold(name))
    return frozenset(names)


#: A language's code in a switcher ("EN", "BS").
_CODE = re.compile(r"^[A-Z]{2,3}$")
#: The fewest codes of two letters that make a switcher without the languages' names ("EN FR
#: DE"): two may be a pair of abbreviations ("TG TA").
_CODES = 3


def _language_switcher(content: str) -> bool:
    """True when ``content`` names languages only, each in its own language, with or without
    their codes ("Bosanski BS English EN Deutsch DE العربية AR"), or three codes or more alone
    ("EN FR DE"): a site's language switcher, written without separators."""
    tokens = content.split()
    autonyms = _autonyms()
    named = 0
    for token in tokens:  # (most lines stop at their first word: neither a name nor a code)
        if fold(token) in autonyms:
            named += 1
        elif not _CODE.match(token):
            break
    else:
        if named >= 2:
            return True
    # "EN FR DE": three languages' codes of two letters or more, and nothing else
    return len(tokens) >= _CODES and all(
        len(t) == 2 and _CODE.match(t) and t.casefold() in _language_codes() for t in tokens
    )


_LANG_TOKEN = re.compile(r"(?<!\w)(?:En|Ru|Es|Ar|Fr|De|It|Pt|Gr|Tr|Nl)(?!\w)")
_CALENDAR = re.compile(r"^\w+ \d{1,2}, \d{4} - (?:\w+ \d{1,2}, \d{4} - )?\S")
#: A site's weather line: a short line that ends with a temperature ("KBH: Let skyet, 10 °C").
_WEATHER = re.compile(r"^[^.!?\d]{0,40}[-+−]?\d{1,2}\s?°\s?[CF]?$")
#: A page template's placeholder left in the copied text: one lower-case word of letters and
#: digits joined by underscores ("spot_img", "td_module_title"), which no language writes.
_PLACEHOLDER = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$")


#: The most words of an outlet after a by-line's name ("Na Jane Roe, Xandia Times Online").
_OUTLET_WORDS = 4


def is_byline(heading: str) -> bool:
    """True when the line ``heading`` has a reporter's by-line's form: a word for "by"
    (``byline_words``), a person's name (:func:`~.names.person_shaped`) and at most the outlet
    after a comma ("Na Jane Roe, Xandia Times", "By Jane Roe"); a word that as often says "on"
    or "for" (``byline_outlet_words``: Slavic "na") only with the outlet. Not a title that goes
    on in small letters ("Por la paz en Xandia"), names more ("By Any Means Necessary Now") or
    names an organisation ("Von Xandia Kommunistische Partei"). Only a line above the prose is
    one (:func:`find_boilerplate`)."""
    by, _, rest = heading.partition(" ")
    if fold(by) not in folded_words("byline_words"):
        return False
    name, comma, outlet = rest.partition(",")
    if not person_shaped(name.strip()):
        return False
    if not comma:
        return fold(by) not in folded_words("byline_outlet_words")
    return outlet.strip()[:1].isupper() and len(outlet.split()) <= _OUTLET_WORDS


@cache
def _line_patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """The patterns of ``boilerplate_lines`` in ``cues.yaml``, compiled once: those that only
    match at a line's start (each of their alternatives opens with ``^``) as one pattern, which
    a line fails in one call at its first characters, and the others one by one."""
    listed = [str(p) for p in vocabulary()["boilerplate_lines"]]
    opening = [p for p in listed if _opens_only(p)]
    anywhere = tuple(re.compile(p, re.IGNORECASE) for p in listed if not _opens_only(p))
    return re.compile("|".join(f"(?:{p})" for p in opening) or "(?!)", re.IGNORECASE), anywhere


def _opens_only(pattern: str) -> bool:
    """True when each alternative of ``pattern`` at its top level (outside brackets and
    character sets) opens with ``^``."""
    parts: list[str] = []
    depth, escaped, in_set, start = 0, False, False, 0
    for k, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:k])
            start = k + 1
    parts.append(pattern[start:])
    return all(part.startswith("^") for part in parts)


def find_boilerplate(lines: list[Line]) -> set[int]:
    """Indices of the lines that are boilerplate."""
    data = vocabulary()
    opening, patterns = _line_patterns()
    related = {fold(h) for h in data["related_headings"]}
    found = _dated_teasers(lines)
    # a by-line stands in the page's head, above the prose; below, a line of its form is a
    # signer's ("By Jane Roe, President") or a list's entry. One that gives the page's date
    # ("By Jane Roe, March 14, 2021") is left to the date reader, as a menu with a date is
    prose = next((i for i, line in enumerate(lines) if _long(line)), len(lines))
    index = 0
    while index < len(lines):
        content = lines[index].content
        if not content:
            index += 1
            continue
        if fold(content).rstrip(": ") in related:
            block, index = _related_block(lines, index)
            found.update(block)
            continue
        if (
            opening.match(content)
            or any(p.search(content) for p in patterns)
            or (content.startswith("•") and len(_LANG_TOKEN.findall(content)) >= 2)
            or _CALENDAR.match(content)
            or _WEATHER.match(content)
            or _PLACEHOLDER.match(content)
            or (index < prose and is_byline(content) and not read_dateline(content))
            or (is_menu(content) and not _introduced(lines, index))
        ):
            found.add(index)
        index += 1
    first = next((i for i, line in enumerate(lines) if line.content and i not in found), None)
    if first is not None and _header_date(lines, found, first):
        found.add(first)
    return found


def _related_block(lines: list[Line], at: int) -> tuple[set[int], int]:
    """The lines of a block of related links under the heading on line ``at`` ("Read more"),
    and the index of the line after them: up to the first blank line after an item, or a
    paragraph (no link is one); links and teasers to the end of the page, a blank line between
    each. A heading above the article's prose is a menu's item and takes no block with it."""
    block = {at}
    index = at + 1
    if not any(_long(lines[i]) for i in range(index)):
        return block, index
    while index < len(lines) and lines[index].blank:
        index += 1
    while index < len(lines) and not lines[index].blank and not _long(lines[index]):
        block.add(index)
        index += 1
    rest = [i for i in range(index, len(lines)) if lines[i].content]
    if len(rest) <= 12 and all(len(lines[i].content) <= 250 for i in rest):
        block.update(rest)
        index = len(lines)
    return block, index


#: The fewest dated teasers that make a block of links to the site's other articles.
_TEASERS = 3
#: The most lines a teaser has under its date (a title, a standfirst, "Read more").
_TEASER_LINES = 3


def _dated_teasers(lines: list[Line]) -> set[int]:
    """The lines of blocks of links to the site's other articles, found by their form: at least
    three teasers, each a date alone and up to three short lines under it ("22.5.2025" / a
    title / "Lue"), one after the other, with the short heading right above the first."""
    content = [i for i, line in enumerate(lines) if line.content]
    dated = [k for k, i in enumerate(content) if _date_alone(lines[i].content)]
    blocks: list[list[int]] = []
    for k in dated:
        if blocks and 1 <= k - blocks[-1][-1] - 1 <= _TEASER_LINES:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    teasers: set[int] = set()
    for block in blocks:
        if len(block) < _TEASERS:
            continue
        last = min(len(content), block[-1] + 1 + _TEASER_LINES)
        tail = next((k for k in range(block[-1] + 1, last) if _long(lines[content[k]])), last)
        span = content[block[0] : tail]
        if any(_long(lines[i]) for i in span):
            continue
        heading = lines[content[block[0] - 1]].content if block[0] > 0 else ""
        if heading and len(heading) <= 40 and not heading.endswith((".", "!", "?", ":")):
            span.insert(0, content[block[0] - 1])  # "Ajankohtaista", "Latest news"
        teasers.update(span)
    return teasers


def _date_alone(content: str) -> bool:
    dated = read_dateline(content)
    return dated is not None and dated[2] is None


def _long(line: Line) -> bool:
    return len(line.content) > 160


#: How many lines under the page's first line a publication stamp may stand, above the prose.
_HEADER = 8


def _header_date(lines: list[Line], found: set[int], first: int) -> bool:
    """True when the page's first line is the site's header date (the day the page was printed
    or viewed): a date alone above the site's menus, or above the page's own publication stamp
    (a date with a clock time or a publication cue, before the prose begins). A date alone right
    above the title, with no stamp under it, is the page's own date."""
    dated = read_dateline(lines[first].content)
    if not dated or dated[0] != "dateline" or dated[2] is not None:
        return False
    after = [i for i in range(first + 1, len(lines)) if lines[i].content and i not in found]
    if next((i for i in range(first + 1, len(lines)) if lines[i].content), None) in found:
        return True
    for i in after[:_HEADER]:
        content = lines[i].content
        if len(content) > 160 or content.endswith((".", "!", "?")):
            return False  # the prose has begun
        stamp = read_dateline(content)
        if stamp and stamp[0] == "stamp":
            return True
    return False
