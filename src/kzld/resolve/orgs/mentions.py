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
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ...model.addresses import WEB_ADDRESS
from ...model.folding import WORD_ALIKE, case_key
from .authority import Authority, AuthorityEntry
from .names import abbreviation_key

__all__ = [
    "ProseMatch",
    "ProseMatcher",
    "ambiguous_abbreviations",
    "meets",
    "prose_needs",
    "prose_words",
]

_SEPARATOR = r"[\W_]{1,3}"
#: A web address, or a site's path written without its scheme ("xandia.org/news").
_URL = re.compile(rf"{WEB_ADDRESS.pattern}|\b[\w.-]+\.(?:com|org|net|gr|ru|info)/\S*")
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
    """Abbreviation keys that more than one organisation uses (XKP, ZPB, ХКП...)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in authority:
        for abbreviation in entry.abbreviations:
            owners[abbreviation_key(abbreviation)].add(entry.key)
    return frozenset(k for k, keys in owners.items() if len(keys) > 1)


#: Case endings a Cyrillic word may take in running text ("партия", "партии", "партию").
_CYRILLIC_ENDING = re.compile(r"[аяыиоеуюйьёъ]{1,2}$")
#: The words of a name and of a text: a name's word matches only a whole word of the text.
_WORD = re.compile(r"[^\W_]+")


#: The shortest stem :func:`_stem` gives.
_STEM_LOOKUP = 4


def _stem(word: str) -> str | None:
    """The stem of a Cyrillic word of 5 letters or more, which then takes any case ending."""
    if len(word) >= 5 and all("\u0400" <= c <= "\u04ff" for c in word):
        stem = _CYRILLIC_ENDING.sub("", word.casefold())
        if len(stem) >= _STEM_LOOKUP:
            return stem
    return None


def _word_pattern(word: str) -> str:
    """A word as written; a Cyrillic word of 5 letters or more with any case ending."""
    stem = _stem(word)
    return re.escape(word) if stem is None else re.escape(stem) + r"\w{0,3}"


@dataclass(frozen=True, slots=True)
class _Piece:
    """One word of a name pattern (or "Communist Party", which "CP" may stand for)."""

    word: str
    communist_party: bool = False
    the_before: bool = False


def _name_pieces(name: str) -> list[_Piece]:
    """The pieces of ``name``'s pattern: its words in order, "the" optional after "of"."""
    words = _WORD.findall(name)
    pieces: list[_Piece] = []
    optional_the = False
    index = 0
    while index < len(words):
        word, lower = words[index], words[index].casefold()
        index += 1
        if lower == "the":
            optional_the = True
            continue
        party = lower == "communist" and index < len(words) and words[index].casefold() == "party"
        index += party
        pieces.append(_Piece(word, party, optional_the))
        optional_the = lower == "of"
    return pieces


def _name_pattern(name: str) -> str | None:
    """A pattern for ``name``: its words in order, "the" optional, "CP" for "Communist Party"."""
    pieces = []
    for piece in _name_pieces(name):
        if piece.communist_party:
            body = rf"(?:communist{_SEPARATOR}party|CP)"
        else:
            body = _word_pattern(piece.word)
        pieces.append((f"(?:the{_SEPARATOR})?" if piece.the_before else "") + body)
    return _SEPARATOR.join(pieces) if pieces else None


#: What a text must contain for a pattern alternative to match in it, as a case key (see
#: :mod:`kzld.model.folding`): a word with this key, or, with a trailing ``*``, a word whose key
#: starts with it (a Cyrillic stem). ``*`` is in no word, so the two never meet.
_Need = str


def _name_needs(name: str) -> frozenset[_Need]:
    """The words (and stems) every match of :func:`_name_pattern` contains."""
    needs: set[_Need] = set()
    for piece in _name_pieces(name):
        if piece.communist_party:
            continue  # either "communist party" or "CP": neither word is needed
        stem = _stem(piece.word)
        needs.add(case_key(piece.word) if stem is None else case_key(stem) + "*")
    return frozenset(needs)


def _abbreviation_needs(abbreviation: str) -> frozenset[_Need]:
    """The words an abbreviation's match contains (it matches as written, so as whole words)."""
    return frozenset(case_key(word) for word in _WORD.findall(abbreviation))


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


def prose_words(text: str) -> frozenset[str] | None:
    """The words of ``text`` (their case keys) that decide which names may match in it, or None
    when a name may match across what its words are cut at (a character of
    :data:`~kzld.model.folding.WORD_ALIKE`): then any may."""
    if any(char in text for char in WORD_ALIKE):
        return None
    return frozenset(_WORD.findall(case_key(text)))


def prose_needs(
    entry: AuthorityEntry,
    *,
    names: Iterable[str] | None = None,
    abbreviations: Iterable[str] | None = None,
) -> tuple[frozenset[_Need], ...]:
    """What a text must contain for a name or an abbreviation of ``entry`` to match in it: one
    set of needed words (see :func:`_name_needs`) for each of its names (or only ``names``)
    and abbreviations (or only ``abbreviations``). Every abbreviation counts, safe in prose or
    not, and a ``generic`` entry's names too: what may match once the entry changes."""
    found = [
        _name_needs(name)
        for name in (entry.all_names if names is None else names)
        if _name_pattern(name) is not None
    ]
    written = entry.abbreviations if abbreviations is None else abbreviations
    return (*found, *(_abbreviation_needs(a) for a in written))


def meets(needs: frozenset[_Need], words: frozenset[str]) -> bool:
    """Whether a text of ``words`` (:func:`prose_words`) has everything in ``needs``."""
    return all(
        any(word.startswith(need[:-1]) for word in words) if need.endswith("*") else need in words
        for need in needs
    )


class _Prefilter:
    """Which patterns may match a text: those with an alternative whose needed words (see
    :func:`_name_needs`) the text all has. Each alternative is filed under its rarest need, so a
    text looks only at the alternatives of the words it has."""

    def __init__(self, needs: Sequence[Sequence[frozenset[_Need]]]) -> None:
        counts = Counter(need for alternatives in needs for alt in alternatives for need in alt)
        self._always: set[int] = set()
        self._by_need: dict[_Need, list[tuple[int, frozenset[_Need]]]] = defaultdict(list)
        for index, alternatives in enumerate(needs):
            for alt in alternatives:
                if not alt:
                    self._always.add(index)
                    continue
                rarest = min(alt, key=lambda need: (counts[need], need))
                self._by_need[rarest].append((index, alt - {rarest}))
        #: stems (all of 4 letters or more, see :func:`_stem`) by their first 4 letters
        self._stems: dict[str, list[str]] = defaultdict(list)
        for need in sorted(counts):
            if need.endswith("*"):
                self._stems[need[:_STEM_LOOKUP]].append(need[:-1])
        self._every = tuple(range(len(needs)))

    def select(self, text: str) -> tuple[int, ...]:
        """The indexes, in order, of the patterns that may match in ``text``."""
        words = prose_words(text)
        if words is None:
            return self._every
        have: set[_Need] = set(words)
        if self._stems:
            for word in words:
                for stem in self._stems.get(word[:_STEM_LOOKUP], ()):
                    if word.startswith(stem):
                        have.add(stem + "*")
        chosen = set(self._always)
        for need in have & self._by_need.keys():
            for index, rest in self._by_need[need]:
                if index not in chosen and rest <= have:
                    chosen.add(index)
        return tuple(sorted(chosen))


class ProseMatcher:
    """Finds the authority's organisations in text; one pattern per organisation, compiled when
    the prefilter first selects it (a text needs a few of the authority's thousand: compiling
    them all took most of the matcher's start)."""

    def __init__(self, authority: Authority) -> None:
        ambiguous = ambiguous_abbreviations(authority)
        #: (key, the pattern's source) of each organisation, and the patterns compiled so far
        self._patterns: list[tuple[str, str]] = []
        self._compiled: dict[int, re.Pattern[str]] = {}
        needs: list[list[frozenset[_Need]]] = []
        for entry in authority:
            if entry.generic:
                continue  # its names and abbreviations need the country, which prose rarely gives
            names = sorted(set(entry.all_names), key=len, reverse=True)
            patterns = [(p, n) for n, p in ((n, _name_pattern(n)) for n in names) if p is not None]
            abbreviations = sorted(_prose_abbreviations(entry, ambiguous), key=len, reverse=True)
            alternatives = [f"(?i:{p})" for p, _ in patterns]
            alternatives.extend(re.escape(a) + _CONTINUES for a in abbreviations)
            if alternatives:
                body = "|".join(alternatives)
                self._patterns.append((entry.key, rf"(?<![\w-])(?:{body})(?!\w)"))
                needs.append(
                    [_name_needs(n) for _, n in patterns]
                    + [_abbreviation_needs(a) for a in abbreviations]
                )
        self._prefilter = _Prefilter(needs)

    def _pattern(self, index: int) -> re.Pattern[str]:
        """The compiled pattern of the organisation ``index``."""
        pattern = self._compiled.get(index)
        if pattern is None:
            pattern = self._compiled[index] = re.compile(self._patterns[index][1])
        return pattern

    def _candidates(self, text: str) -> Iterator[ProseMatch]:
        urls: list[tuple[int, int]] | None = None
        for index in self._prefilter.select(text):
            key, pattern = self._patterns[index][0], self._pattern(index)
            for match in pattern.finditer(text):
                start, end = match.span()
                if urls is None:
                    urls = [m.span() for m in _URL.finditer(text)]
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
