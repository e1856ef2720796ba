"""Entries written as a person's name that the text shows to be a person's: no signers.

An entry written as a person's name that the text writes elsewhere after a person's title
("Dr Ivo Roe", "Genossin Ana Zet") or with a post after a comma ("Ivo Roe, general secretary",
"Ana Zet, predsednica") is a person's (:func:`named_as_person`). A body's name written as a
person's ("Zee Land") stands after neither. A post before a name says nothing: a post is
followed by its body's name as often ("the chair of Zee Land", "predsednik Zee Landa").

A run of names on one line that names persons (with their role in brackets, after a person's
title, after the words of their signing) names persons in the entries written as a person's
name too, where the reader took them for bodies: a surname that spells as a word of a name, a
name with a joining word ("Ana da Zet"). Only amid persons: a person's name beside a body's
("Ivo Roe, Xandia Party", "the leader of X, Ivo Roe") says nothing of the body, two bodies'
names written as persons' names ("Zee Land, Ypsi Forum") are no evidence of each other, and a
list one a line may set a body's line and its signer's in turn.
"""

from __future__ import annotations

import re
from functools import cache

from ...model.folding import fold
from ...model.records import Entry, Span
from ..cues import folded_words
from ..names import evidence, is_name_join, is_person, person_shaped, post_length
from ..separators import DASHES, SPACED_SEPARATORS, one_of
from ..spans import signing_words
from ..text import words

__all__ = ["named_as_person", "without_persons"]

#: How far before and after an entry :func:`_beside` reads for the parts of its run.
_BESIDE = 120
#: How many parts of the run on either side of an entry :func:`_beside` gives.
_PARTS = 2
#: How many of a part's first words are read for a word of signing that opens the run.
_FRAME = 3
#: A bracket closing a part (a person's role: "Ana Zet (secretary)").
_CLOSING_BRACKET = re.compile(r"\s*\([^()]*\)$")
#: The end of a sentence and the spaces after it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: How far before a name :func:`named_as_person` reads for a person's title.
_TITLE_BEFORE = 30
#: A comma after a name and the first words after it (where a post would stand).
_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*(\w+(?:[ \t]+\w+){0,2})")


def named_as_person(raw: str, text: str) -> bool:
    """True when ``raw`` is written as a person's name (:func:`~..names.person_shaped`: two or
    three capitalised words, nothing of a body) and ``text`` writes it somewhere right after a
    person's title ("Dr Ivo Roe") or with a post after a comma ("Ivo Roe, general secretary of
    ..."): a person, who signs nothing as a body does. Written after a comma itself, the name is
    a part of a line whose post is the persons' before it ("Ana Zet, Zee Land, coordinators")."""
    name = raw.strip()
    if not person_shaped(name):
        return False
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        preceding = text[max(0, found.start() - _TITLE_BEFORE) : found.start()]
        before = words(preceding)
        if before and is_person(f"{before[-1]} {name}"):
            return True
        if preceding.rstrip(" \t").endswith(","):
            continue
        after = _COMMA_AFTER.match(text, found.end())
        if after and post_length([fold(w) for w in words(after[1])], 0):
            return True
    return False


def without_persons(entries: list[Entry], text: str, spans: list[Span]) -> list[Entry]:
    """``entries`` without those shaped as a person's name (:func:`_person_like`) amid persons'
    names: the parts of the run nearest to it on either side (where there is one) read as
    persons' names, two of the parts beside it do, and one at least is a part no entry of any
    section holds (``spans``), which the reader left out as a person ("Ana Zet (secretary),
    Ivo Roe, Eva Doe", "chaired by: Ivo Roe, Ana Zet and Eva Doe"). A person's name beside a
    body's ("Ivo Roe, Xandia Party", "the leader of X, Ivo Roe") says nothing of the body."""
    kept: list[Entry] = []
    for entry in entries:
        if not _person_like(entry.raw):
            kept.append(entry)
            continue
        sides = [
            [_reads_as_person(part, text, spans) for part in parts]
            for parts in _beside(entry, text)
        ]
        nearest = all(side[0] is not None for side in sides if side)
        near = [read for side in sides for read in _leading(side)]
        if not (nearest and len(near) >= 2 and "strong" in near):
            kept.append(entry)
    return kept


def _leading(side: list[str | None]) -> list[str]:
    """The reads of the parts on one side of an entry up to the first that is no person's."""
    found: list[str] = []
    for read in side:
        if read is None:
            break
        found.append(read)
    return found


def _reads_as_person(part: Span, text: str, spans: list[Span]) -> str | None:
    """How a part of a run reads as a person's name: "strong" when no entry holds it and it
    reads as one (perhaps with a title before it or a role in brackets after it), "weak" when
    it is an entry written as one, else None. A part over two lines is none of a run on one
    line: a list one a line may set a body's line and its signer's in turn."""
    raw = text[part.start : part.end]
    if "\n" in raw:
        return None
    if not any(_overlap(part, s) for s in spans):
        return "strong" if _person_part(_past_signing(raw)) else None
    return "weak" if _person_like(raw) else None


def _past_signing(raw: str) -> str:
    """The part of a run that opens it, past the sentence before it and past the words of
    signing among its first words ("... them. Sign Ana Zet", "Have signed Ana Zet": "Ana
    Zet")."""
    tokens = _SENTENCE_END.split(raw)[-1].split()
    signing = [
        k
        for k, token in enumerate(tokens[:_FRAME])
        if any(signing_words().matches(fold(w)) for w in words(token))
    ]
    return " ".join(tokens[signing[-1] + 1 :] if signing else tokens)


def _overlap(one: Span, other: Span) -> bool:
    """True when two spans share a character."""
    return one.start < other.end and other.start < one.end


@cache
def _part_separator() -> re.Pattern[str]:
    """What parts the names of a run on one line: a comma, a semicolon, a dash or a bar, or a
    word for "and" between spaces."""
    ands = "|".join(sorted(map(re.escape, folded_words("and_words")), key=len, reverse=True))
    marks = one_of(SPACED_SEPARATORS + DASHES + "|")
    return re.compile(rf"[ \t]*(?:{marks}|[ \t](?:{ands})[ \t])[ \t]*", re.IGNORECASE)


def _beside(entry: Entry, text: str) -> list[list[Span]]:
    """Where the parts of ``entry``'s run before it and after it stand in ``text``, the nearest
    first, a few on each side: the stretches between the separators that part its names, and
    the run's first or last part, between its line's start or end and the separator nearest to
    it (the last name of "..., Ivo Roe (chair)" ends at the line's end, not at a separator)."""
    start = max(0, entry.span.start - _BESIDE)
    cuts = list(_part_separator().finditer(text, start, entry.span.start))
    before: list[Span] = []
    if cuts and cuts[-1].end() == entry.span.start:
        line_start = text.rfind("\n", 0, cuts[0].start()) + 1
        ends = [c.start() for c in cuts[1:]]
        starts = [c.end() for c in cuts[:-1]]
        if line_start >= start:
            ends.insert(0, cuts[0].start())
            starts.insert(0, line_start)
        before = _parts(list(zip(reversed(starts), reversed(ends), strict=True)))
    end = min(len(text), entry.span.end + _BESIDE)
    cuts = list(_part_separator().finditer(text, entry.span.end, end))
    after: list[Span] = []
    if cuts and cuts[0].start() == entry.span.end:
        line_end = text.find("\n", cuts[-1].end())
        line_end = len(text) if line_end < 0 else line_end
        starts = [c.end() for c in cuts]
        ends = [c.start() for c in cuts[1:]]
        if line_end <= end:
            ends.append(line_end)
        after = _parts(list(zip(starts, ends, strict=False)))
    return [before, after]


def _parts(bounds: list[tuple[int, int]]) -> list[Span]:
    """The first few of these stretches of a run, nearest first, up to the first that holds
    nothing (two separators side by side end what is read of the run)."""
    found: list[Span] = []
    for begin, stop in bounds[:_PARTS]:
        if begin >= stop:
            break
        found.append(Span(begin, stop))
    return found


def _person_part(part: str) -> bool:
    """True when ``part`` of a run reads as a person's name, perhaps after a person's title
    ("Dr", "Genossin") and perhaps with a role in brackets after it."""
    name = _CLOSING_BRACKET.sub("", part)
    return person_shaped(name) or is_person(name)


def _person_like(raw: str) -> bool:
    """True when ``raw`` is written as a person's name is, perhaps with a role in brackets after
    it ("Ivo Roe (secretary)"): two to four words, the first and the last capitalised, those
    between capitalised or words joining a name ("Ana da Zet"), no word in capitals, no other
    bracket, no quotation mark or digit, and no evidence of an organisation but perhaps a
    qualifier (a surname may spell as a word for "green" or "popular" does)."""
    raw = _CLOSING_BRACKET.sub("", raw)
    found = words(raw)
    if not 2 <= len(found) <= 4 or re.search(r"[\d()\[\]/&@«»“”\"„]", raw):
        return False
    if not found[0][:1].isupper() or not found[-1][:1].isupper():
        return False
    if any(not w[:1].isupper() and not is_name_join(w) for w in found[1:-1]):
        return False
    if any(len(w) > 1 and w.isupper() for w in found):
        return False
    shown = evidence(raw)
    return not (shown.types or shown.abbreviation or shown.country or shown.known)
