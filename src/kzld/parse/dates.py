"""Whole-line dates: datelines (``Istanbul, 1 November 2015``), stamps (``11/16/15, 2:44 PM``).

Only a line that is, as a whole, a date (optionally after a place and a weekday) counts; dates
inside sentences are never read. A *stamp* is a website's publication date: a date with a clock
time (``2022-01-08 10:15``) or a line opening with a publication cue from ``vocabulary.yaml``
(``Publié le 12/02/2022 à 14h30``, ``Posted on January 9, 2022 by editor``).

Month and weekday names come from CLDR through Babel, in every language of :data:`LOCALES`
(format and stand-alone, wide and abbreviated, so ``ноября`` and ``Ιανουαρίου`` as well as
``Jan.``); a name that means different months in two languages is left out rather than guessed.
Numeric dates are day-first (``08.01.2022``, ``12/02/2022``) except a slashed date with an AM/PM
clock, which is the US month-first form; a reading that is not a real date is never made.
:func:`find_date` reads the first date inside a short phrase such as a list heading's
``(as of 21 January 2022)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel import Locale

from ..model.folding import fold
from .cues import vocabulary
from .text import folded_in_place

__all__ = ["LOCALES", "find_date", "is_month_line", "read_dateline"]

#: The CLDR locales whose month and weekday names are recognised.
LOCALES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "bg", "tr", "el", "pl", "sv", "da",
    "nb", "fi", "cs", "sr", "sq", "ro", "hu", "ca", "ar", "fa", "kk",
)  # fmt: skip


def _key(name: str) -> str:
    return fold(name).rstrip(".")


def _table(kind: str) -> dict[str, int]:
    """Folded month (``kind="months"``) or weekday names -> their number, unambiguous only."""
    found: dict[str, set[int]] = {}
    for language in LOCALES:
        names = getattr(Locale.parse(language), kind)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    found.setdefault(_key(name), set()).add(int(number))
    for number, forms in vocabulary()["extra_" + kind].items():
        for form in forms:
            found.setdefault(_key(form), set()).add(int(number))
    return {k: n.pop() for k, n in found.items() if len(n) == 1 and len(k) >= 3}


def _alternation(names: dict[str, int]) -> str:
    """The names as a regular expression, in their folded and their casefolded accented forms."""
    forms = set(names)
    for language in LOCALES:
        locale = Locale.parse(language)
        for table in (locale.months, locale.days):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for name in table[context][width].values():
                        if _key(name) in names:
                            forms.add(name.casefold().rstrip("."))
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    months: dict[str, int]
    weekdays: dict[str, int]
    line: re.Pattern[str]
    find: re.Pattern[str]
    stamp: re.Pattern[str]
    month_line: re.Pattern[str]


# the patterns run over fold(line), so every literal word in them is written folded
_DAY = r"(?P<{g}>\d{{1,2}})(?:st|nd|rd|th|er|eme|o|°|ο|η)?\.?"
#: The first day of a range (``7-8 October``, ``October 7–8``): the date read is the last day.
_RANGE = r"(?:\d{1,2}\.?\s*[-–]\s*)?"
_YEAR = r"(?P<{g}>\d{{4}})(?:\s*(?:года|року|г\.|г|р\.|yili|ετουσ))?"
_TIME = (
    r"(?:\s*,\s*|\s+-\s+|\s+|t)(?:(?:a|um|at|alle|as|a las|a les|в|saat|om)\s+)?"
    r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?:\s*(?:uhr|h|ч\.?))?"
)


def _month_re(group: str, months: str) -> str:
    return rf"(?P<{group}>{months})\.?"


@cache
def _patterns() -> _Patterns:
    months = _table("months")
    weekdays = _table("days")
    month = _alternation(months)
    written = (
        rf"(?:{_RANGE}{_DAY.format(g='d1')}\s*(?:de\s+|of\s+)?{_month_re('m1', month)}\s*,?\s*"
        rf"(?:de\s+|del\s+)?{_YEAR.format(g='y1')})"
        rf"|(?:{_month_re('m2', month)}\s+{_RANGE}{_DAY.format(g='d2')},?\s+"
        rf"{_YEAR.format(g='y2')})"
    )
    numeric = (
        r"(?:(?P<nd>\d{1,2})(?P<sep>[./-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2}))"
        r"|(?:(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))"
    )
    any_date = rf"(?:{written}|{numeric})"
    weekday = rf"(?:(?P<wd>{_alternation(weekdays)})\.?,?\s+)?"
    article = r"(?:(?:le|el|il|li|den|am|on|the|a|em|op|в|на)\s+)?"
    line = re.compile(
        rf"^(?:(?P<place>(?:[^\W\d_]{{1,3}}\.\s*)?[^\d,;:.!?()]{{2,40}}?)\s*,\s*)?"
        rf"{weekday}{article}{any_date}"
        rf"(?P<time>{_TIME})?\.?$"
    )
    cues = "|".join(sorted((re.escape(fold(c)) for c in vocabulary()["stamp_cues"]), key=len))
    stamp = re.compile(rf"^(?:{cues})\b")
    month_line = re.compile(
        rf"^(?:[^\d,;:.!?()]{{2,40}}?\s*,\s*)?(?:{month})\.?\s*(?:de\s+|del\s+)?\d{{4}}\.?$"
    )
    find = re.compile(rf"(?<!\w){any_date}(?!\w)")
    return _Patterns(months, weekdays, line, find, stamp, month_line)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _date_of(match: re.Match[str], month_first: bool = False) -> date | None:
    """The date a match of the date pattern names, or ``None`` when it is not a real date."""
    groups = match.groupdict()
    months = _patterns().months
    try:
        for n in ("1", "2"):
            if groups.get("m" + n):
                month = months[_key(groups["m" + n])]
                return date(int(groups["y" + n]), month, int(groups["d" + n]))
        if groups.get("iy"):
            return date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        if groups.get("nd"):
            first, second, year = int(groups["nd"]), int(groups["nm"]), _year(groups["ny"])
            if groups["sep"] != "/":
                return date(year, second, first)
            orders = ((first, second), (second, first))
            for month, day in orders if month_first else orders[::-1]:
                try:
                    return date(year, month, day)
                except ValueError:
                    continue
    except (ValueError, KeyError):
        return None
    return None


#: Tags a site writes after a date (``7/1/26 : #venezuela``).
_TAGS = re.compile(r"(?:\s*:)?(?:\s+#[^\W\d_][\w-]*)+\s*$")


def is_month_line(line: str) -> bool:
    """True when ``line`` is a month and year, after a place perhaps (``Beirut, Noviembre del
    2012``): a dateline without a day, which gives no date."""
    line = " ".join(line.split())
    return len(line) <= 80 and bool(_patterns().month_line.match(folded_in_place(line)))


def read_dateline(line: str) -> tuple[str, date, str | None] | None:
    """``(kind, date, place)`` when ``line`` as a whole is a dateline or a stamp, else ``None``."""
    line = _TAGS.sub("", " ".join(line.split()))
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # "(20 Aprile 2011)"
    if not line or len(line) > 120:
        return None
    parts = re.split(r"\s*\|\s*|\s+/\s+", line)
    if len(parts) > 1:
        # "Redacción | 21/10/2022", "11 februari, 2020 / Pressmeddelanden": a site's byline or
        # section beside the date it published the page
        dated = [read_dateline(part) for part in parts]
        days = [d[1] for d in dated if d is not None]
        others = [p for p, d in zip(parts, dated, strict=True) if d is None]
        if len(days) == 1 and all(len(p.split()) <= 4 and not re.search(r"\d", p) for p in others):
            return "stamp", days[0], None
        return None
    patterns = _patterns()
    folded = folded_in_place(line)
    cue = patterns.stamp.match(folded)
    if cue:
        # the date follows the cue closely: "Posted on ...", "Publié le ...", "Опубликовано: ..."
        match = next(patterns.find.finditer(folded, cue.end()), None)
        if match is None or match.start() - cue.end() > 12:
            return None
        found = _date_of(match, month_first=bool(re.search(r"\d\s*[ap]\.?m\b", folded)))
        return ("stamp", found, None) if found else None
    match = patterns.line.match(folded)
    if not match:
        return None
    found = _date_of(match, month_first=bool(match.group("ampm")))
    if found is None:
        return None
    if match.group("time"):
        return "stamp", found, None
    place = match.group("place")
    if place and _key(place.strip()) in patterns.weekdays:
        place = None
    where = line[match.start("place") : match.end("place")].strip() if place else None
    return "dateline", found, where


def find_date(text: str) -> date | None:
    """The first written-out or numeric date in ``text`` (for short phrases such as headings)."""
    folded = folded_in_place(text)
    for match in _patterns().find.finditer(folded):
        found = _date_of(match)
        if found:
            return found
    return None
