"""Finding the organisations the authority knows in running text, with exact spans.

Names are matched case-insensitively, word for word, whatever the spaces, dashes and quotes between
the words ("Workers’ Party" = "Workers' Party"), with "the" optional after "of", "CP" for
"Communist Party", and any case ending on Cyrillic words ("партии" or "партию" for "партия").
Abbreviations are matched as written, and only when they are safe: written in capitals with at
least 3 characters (or marked ``prose_safe``), not shared by two organisations, and not the start
of a longer abbreviation ("ABC" in "ABC-ML" or "ABC (M)"). Nothing of a ``generic`` entry is
looked for in prose, and nothing inside a URL. Where matches overlap, the longest wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .authority import Authority, AuthorityEntry
from .normalise import abbreviation_key

__all__ = ["ProseMatch", "ProseMatcher", "ambiguous_abbreviations"]

_SEPARATOR = r"[\W_]{1,3}"
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gr|ru|info)/\S*")
#: An abbreviation followed by this is part of a longer one ("ABC-ML", "ABC (M)", "ABC-1930").
_CONTINUES = r"(?!\w|[-/][A-Z0-9]|\s?\([A-Z]{1,3}\))"


@dataclass(frozen=True, slots=True, order=True)
class ProseMatch:
    """A name or abbreviation of organisation ``key`` at ``[start, end)`` of the searched text."""

    start: int
    end: int
    key: str
    text: str


def ambiguous_abbreviations(authority: Authority) -> frozenset[str]:
    """Abbreviation keys that more than one organisation uses (PCP, CPB, КПСС...)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in authority:
        for abbreviation in entry.abbreviations:
            owners[abbreviation_key(abbreviation)].add(entry.key)
    return frozenset(k for k, keys in owners.items() if len(keys) > 1)


#: Case endings a Cyrillic word may take in running text ("партия", "партии", "партию").
_CYRILLIC_ENDING = re.compile(r"[аяыиоеуюйьёъ]{1,2}$")


def _word_pattern(word: str) -> str:
    """A word as written; a Cyrillic word of 5 letters or more with any case ending."""
    if len(word) >= 5 and all("\u0400" <= c <= "\u04ff" for c in word):
        stem = _CYRILLIC_ENDING.sub("", word.casefold())
        if len(stem) >= 4:
            return re.escape(stem) + r"\w{0,3}"
    return re.escape(word)


def _name_pattern(name: str) -> str | None:
    """A pattern for ``name``: its words in order, "the" optional, "CP" for "Communist Party"."""
    words = re.findall(r"[^\W_]+", name)
    pieces: list[str] = []
    optional_the = False
    index = 0
    while index < len(words):
        word, lower = words[index], words[index].casefold()
        index += 1
        if lower == "the":
            optional_the = True
            continue
        if lower == "communist" and index < len(words) and words[index].casefold() == "party":
            piece = rf"(?:communist{_SEPARATOR}party|CP)"
            index += 1
        else:
            piece = _word_pattern(word)
        pieces.append((f"(?:the{_SEPARATOR})?" if optional_the else "") + piece)
        optional_the = lower == "of"
    return _SEPARATOR.join(pieces) if pieces else None


def _prose_abbreviations(entry: AuthorityEntry, ambiguous: frozenset[str]) -> list[str]:
    found = []
    for abbreviation in entry.abbreviations:
        if abbreviation in entry.prose_unsafe or abbreviation_key(abbreviation) in ambiguous:
            continue
        letters = re.sub(r"[\W_]", "", abbreviation)
        capitals = len(letters) >= 3 and letters == letters.upper()
        if capitals or abbreviation in entry.prose_safe:
            found.append(abbreviation)
    return found


class ProseMatcher:
    """Finds the authority's organisations in text; one compiled pattern per organisation."""

    def __init__(self, authority: Authority) -> None:
        ambiguous = ambiguous_abbreviations(authority)
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for entry in authority:
            if entry.generic:
                continue  # its names and abbreviations need the country, which prose rarely gives
            names = sorted(set(entry.all_names), key=len, reverse=True)
            alternatives = [f"(?i:{p})" for p in map(_name_pattern, names) if p is not None]
            alternatives.extend(
                re.escape(a) + _CONTINUES
                for a in sorted(_prose_abbreviations(entry, ambiguous), key=len, reverse=True)
            )
            if alternatives:
                body = "|".join(alternatives)
                self._patterns.append((entry.key, re.compile(rf"(?<![\w-])(?:{body})(?!\w)")))

    def _candidates(self, text: str) -> Iterator[ProseMatch]:
        urls = [m.span() for m in _URL.finditer(text)]
        for key, pattern in self._patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(u_start < end and start < u_end for u_start, u_end in urls):
                    continue
                yield ProseMatch(start, end, key, match.group())

    def find(self, text: str, skip: Iterable[tuple[int, int]] = ()) -> list[ProseMatch]:
        """Non-overlapping matches in ``text`` (longest first wins), none inside ``skip`` ranges."""
        skipped = list(skip)
        chosen: list[ProseMatch] = []
        candidates = sorted(self._candidates(text), key=lambda m: (m.start - m.end, m.start, m.key))
        for match in candidates:
            if any(s < match.end and match.start < e for s, e in skipped):
                continue
            if any(c.start < match.end and match.start < c.end for c in chosen):
                continue
            chosen.append(match)
        return sorted(chosen)
