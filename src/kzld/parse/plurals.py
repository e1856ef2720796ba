"""Signers named in apposition to a word for organisations in the plural ("De fem
fredsorganisationerna A, B och C har ...", "these parties, namely A, B") or to their number
("five parties – A, B, C, D and E"): as many names as the number says.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words
from .enumerated import unglued
from .names import (
    generic_plural,
    is_abbreviation,
    is_bare_type_word,
    is_name_join,
    is_type_word,
)
from .outside import signers_section
from .running import WORD, organisations
from .runs import name_run
from .spans import signing_words
from .text import Line, words
from .totals import number_value

__all__ = [
    "after_plural",
    "counted_signers",
    "plural_signers",
]

#: A comma, a colon or a dash, or a word, after a number of organisations.
_GAP = re.compile(r"\s*(?:[,:–—-]|[^\W\d_][\w'’-]*)\s*")
#: A capitalised word and the token after it.
_TITLED = re.compile(r"\s+([^\W\d_][\w'’-]*)\s+(\S+)")


#: Before names in brackets after a counted word ("13 subscritores iniciais (A, B, ...)"), and
#: the gap before names after it.
_BRACKET = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*\(")
_LEAD = re.compile(r"[ :–—-]*")
#: Before names after a word for organisations in the plural: a bracket, colon, comma or dash.
_OPENING = re.compile(r"\s*[(:,–—-]?\s*")
#: A word saying that names follow ("namely", "وهي") and the space after it.
_NAMELY = re.compile(r"([^\W\d_]+)\s+")
#: A word (in lower case, the caller checks) between a plural and the names after it.
_LOWER = re.compile(r"\s*([^\W\d_]+)(?=[\s,:(])")


def after_plural(content: str, start: int) -> int | None:
    """Where names may follow a word for organisations in the plural among the first words of
    ``content`` from ``start`` ("Organisationen der"); else ``None``."""
    words = list(islice(WORD.finditer(content, start), _AFTER_WORD))
    return _place(content, words, 0, number=False)


def _count_places(content: str) -> list[tuple[int, int]]:
    """Each number in ``content`` that a word for organisations follows ("five leftist parties
    –"), and where names may follow that word: in one pass, so that a line of many numbers
    costs its length, not its square."""
    words = list(WORD.finditer(content))
    places: list[tuple[int, int]] = []
    for k, word in enumerate(words):
        if number_value(word.group()) is None:
            continue
        place = _place(content, words, k + 1, number=True)
        if place is not None:
            places.append((word.start(), place))
    return places


#: How many words after a number, or from a word for organisations on, may hold the plural.
_AFTER_NUMBER = 4
_AFTER_WORD = 8


def _place(content: str, words: list[re.Match[str]], k: int, number: bool) -> int | None:
    """Where names may follow the first word for organisations among ``words`` from ``k`` on
    (the few words after a number, when ``number``); else ``None``."""
    for later in words[k : k + (_AFTER_NUMBER if number else _AFTER_WORD)]:
        # after a number many languages write the noun in the singular ("tiga parti", "hat
        # párt", "7 parti"): a type word counts there as a plural does
        counted = number and (_signers_word(later.group()) or is_type_word(later.group()))
        if generic_plural(later.group()) or counted:
            bracket = _BRACKET.match(content, later.end())
            if number and bracket:
                # "13 subscritores iniciais (A, B, ...)": the names are in the brackets
                return bracket.end()
            lead = _LEAD.match(content, later.end())
            return lead.end() if lead else later.end()
    return None


def _signers_word(word: str) -> bool:
    """True when ``word`` names signers in the plural ("subscritores", "signatories")."""
    folded = fold(word)
    return signing_words().matches(folded) and folded.endswith(("s", "er", "i", "и", "ες"))


def counted_signers(line: Line) -> Section | None:
    """The signers an apposition names after their number ("five parties – A, B, C, D and E",
    "Три политические партии - A, B и C"): only when as many names follow as the number says."""
    places: list[tuple[int, int]] | None = None
    for word in WORD.finditer(line.content):
        value = number_value(word.group())
        if value is None or value > 30:
            continue
        places = _count_places(line.content) if places is None else places
        # the first number from this one on that a word for organisations follows
        first = bisect_left(places, (word.start(), -1))
        for _, at in places[first : first + 1]:
            for start in _gaps(line.content, at):
                names, _ = name_run(line.content[start:], line.start + start, relaxed=True)
                if len(names) == value and not any(_prose_inside(name) for _, name in names):
                    return signers_section(line, names, "phrase")
    return None


def _prose_inside(name: str) -> bool:
    """True when a name read by its capitals holds two words in lower case or more that neither
    join a name's words nor say what an organisation is ("Híd koalíciókötési szándékát")."""
    lower = [
        w for w in words(name) if w[:1].islower() and not (is_name_join(w) or is_bare_type_word(w))
    ]
    return len(lower) >= 2


def _gaps(content: str, at: int) -> list[int]:
    """Where names may open after ``at``: there, and after each of up to three gaps in a row
    (a comma, a colon, a dash, a word in lower case) between a number of organisations and
    their names ("3 parti tersebut PKX, ...", "A 3 párt, az XKP, ...")."""
    starts = [at]
    for _ in range(3):
        gap = _GAP.match(content, starts[-1])
        if not gap or gap.end() == starts[-1]:
            break
        word = gap.group().strip()
        if word[:1].isalpha() and not word.islower():
            break
        starts.append(gap.end())
    return starts


def plural_signers(line: Line) -> Section | None:
    """The signers an apposition names after a word for organisations in the plural, in the lead
    of a text ("De fem fredsorganisationerna A, B och C har ...", "Kaikki keskusjärjestöt (A, B ja
    C) ovat ...", "Keempat serikat buruh itu yakni A, B dan C"): a few words in lower case may
    come between ("itu yakni", "namely"). Two organisations or more, persons and countries left
    out, and as many as a number before the word says."""
    content = line.content
    names: list[tuple[int, str]] = []
    taken: set[tuple[int, str]] = set()  # the names, to look up (a paragraph may hold thousands)
    for word in WORD.finditer(content):
        if not generic_plural(word.group()) or (names and word.start() < names[-1][0] - line.start):
            continue
        before = _words_before(content, word.start(), 3)
        if word.group()[:1].isupper() and _in_name(before):
            continue  # "Coordination des Associations et ...": the word is a name's
        counted = [number_value(w) for w in before]
        value = next((v for v in counted if v is not None), None)
        at = _past_title_case(content, word)
        for _ in range(4):
            opening = _OPENING.match(content, at)
            start = opening.end() if opening else at
            namely = _NAMELY.match(content, start)
            if namely and fold(namely.group(1)) in folded_words("namely_words"):
                start = namely.end()  # "هذه الأحزاب وهي X، Y": the word says the names follow
            found, _ = name_run(content[start:], line.start + start, relaxed=True)
            kept = [found[0], *(unglued(at, name) for at, name in found[1:])] if found else []
            kept = organisations(kept)
            if len(kept) >= 2 and (value is None or value == len(kept)):
                new = [n for n in kept if n not in taken]
                names += new
                taken.update(new)
                break
            lower = _LOWER.match(content, at)
            if not lower or not lower.group(1)[:1].islower() or generic_plural(lower.group(1)):
                break
            if number_value(lower.group(1)) is not None:
                break  # "presentan cinco demandas: ...": the names after it count something else
            at = lower.end()
    return signers_section(line, names, "phrase") if names else None


def _words_before(content: str, end: int, count: int) -> list[str]:
    """The last ``count`` words of ``content`` before ``end`` (as ``split`` gives them), read
    from a stretch before ``end`` that widens until it holds more words than that, so that a
    long paragraph is not split again at each of its plurals."""
    span = 64
    while True:
        found = content[max(0, end - span) : end].split()
        if len(found) > count or span >= end:
            return found[-count:]
        span *= 4


def _past_title_case(content: str, word: re.Match[str]) -> int:
    """Where names may follow a capitalised word for organisations in the plural: after the
    capitalised word that goes on with it right before an abbreviation ("As Centrais Sindicais
    XCT, ...": "Sindicais" is the kind's, as "Centrais" is), else right after it."""
    titled = _TITLED.match(content, word.end())
    if not word.group()[:1].isupper() or titled is None:
        return word.end()
    follower, abbreviation = titled.group(1), titled.group(2).strip(",;:([")
    if follower[:1].isupper() and not is_abbreviation(follower) and is_abbreviation(abbreviation):
        return titled.end(1)
    return word.end()


def _in_name(before: list[str]) -> bool:
    """True when the words ``before`` a capitalised word end as a name does (a capitalised
    word, perhaps with a joining word after it: "Coordination des")."""
    if before and is_name_join(before[-1]) and before[-1][:1].islower():
        before = before[:-1]
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:] not in ".!?:"
