"""Signers named in running prose as pairs of a person and an organisation: "Prisutni su bili
Name Surname – X stranka, Name Surname – Y pokret i Name Surname – Z savez", "„X პარტია“ – Name
Surname, „Y“ – Name Surname", after a word of signing in the sentence or the one before it.

The items of the sentence (parted by commas and semicolons, and by a word for "and" before a
person's name) each pair a person and an organisation by a dash, all the same way round: two
such items or more in a row make a run, and the organisations of the run are the signers. The
person is two to four capitalised words (in a script without capitals, one to three words with no
type word), the organisation the other side: a name by its capitals, or in quotation marks.
"""

from __future__ import annotations

import re

from ..model.quotes import quoted_name
from ..model.records import Section
from .coordinated import masked, name_tail, sentences
from .enumerated import is_uncased
from .names import is_type_word
from .outside import signers_section
from .provenance import reads
from .signatories import signing_cue
from .signatories.pairs import personal
from .text import Line

__all__ = ["paired_signers"]

#: A dash between a person and an organisation: an en or em dash, or a hyphen with spaces.
_DASH = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*")
#: A comma or a semicolon between the items.
_ITEM = re.compile(r"\s*[,;]\s*")
#: A name in quotation marks that ends or opens a side ("„X“").
_QUOTED = quoted_name()
#: The most words of an organisation's side.
_LONGEST = 8

Pair = tuple[str, int, str]  # way round ("po": person first, "op"), offset, organisation


def _items(sentence: str) -> list[tuple[int, str]]:
    """The items of ``sentence`` between commas and semicolons outside brackets and quotations."""
    inside = masked(sentence)
    items: list[tuple[int, str]] = []
    at = 0
    for match in _ITEM.finditer(sentence):
        if not inside[match.start()]:
            items.append((at, sentence[at : match.start()]))
            at = match.end()
    items.append((at, sentence[at:]))
    return [(a, t) for a, t in items if t.strip()]


def _dashes(text: str) -> list[re.Match[str]]:
    """The dashes of ``text`` outside quotations and brackets."""
    inside = masked(text)
    return [m for m in _DASH.finditer(text) if not inside[m.start()] and m.start() > 0]


def _person(words: list[str], no_capitals: bool) -> bool:
    """True when ``words`` are a person's name (in a script without capitals: one to three
    words, none a type word)."""
    if no_capitals:
        return 1 <= len(words) <= 3 and not any(is_type_word(w) or w[:1].isdigit() for w in words)
    return personal(" ".join(words))


def _person_end(left: str, no_capitals: bool) -> int | None:
    """Where the person's name that ends ``left`` starts (the words before it are the
    sentence's: "Prisutni su bili Name Surname"), or None."""
    found = left.split()
    for size in (4, 3, 2) if not no_capitals else (2,):
        if len(found) >= size and _person(found[-size:], no_capitals):
            before = found[:-size]
            if no_capitals or not before or not before[-1][:1].isupper():
                return len(left) - len(" ".join(found[-size:]))
    return None


def _organisation(text: str, no_capitals: bool) -> str | None:
    """The organisation's side as a name: a quoted name, or capitalised words, a few of them."""
    text = text.strip().rstrip(" .")
    quoted = _QUOTED.fullmatch(text)
    if quoted:
        return quoted.group("name")
    if no_capitals or not text[:1].isupper() or len(text.split()) > _LONGEST:
        return None
    return None if personal(text) else text


def _person_first(text: str, no_capitals: bool) -> tuple[int, str] | None:
    """``(offset, organisation)`` when ``text`` is "Name Surname – Organisation"."""
    dash = next(iter(_dashes(text)), None)
    if dash is None or _person_end(text[: dash.start()], no_capitals) is None:
        return None
    organisation = _organisation(text[dash.end() :], no_capitals)
    return (text.find(organisation, dash.end()), organisation) if organisation else None


def _organisation_first(text: str, no_capitals: bool) -> tuple[int, str] | None:
    """``(offset, organisation)`` when ``text`` is "Organisation – Name Surname" (the organisation
    in quotation marks, or read back by its capitals from the dash)."""
    dashes = _dashes(text)
    if not dashes:
        return None
    dash = dashes[-1]
    person = text[dash.end() :].strip().rstrip(" .").split()
    if not _person(person, no_capitals):
        return None
    left = text[: dash.start()].rstrip()
    quoted = [m for m in _QUOTED.finditer(left) if m.end() == len(left)]
    if quoted:
        return quoted[-1].start("name"), quoted[-1].group("name")
    tail = None if no_capitals else name_tail(left)
    return (tail[0], left[tail[0] : tail[1]]) if tail else None


def _pairs(sentence: str) -> list[Pair | None]:
    """Each item of ``sentence`` as a pair, or None; an item holding two pairs joined by a word
    for "and" ("X – A stranka i Y – B pokret") is read as both."""
    no_capitals = is_uncased(sentence)
    found: list[Pair | None] = []
    for at, item in _items(sentence):
        dashes = _dashes(item)
        # a second pair in the item: its person ends the text between the two dashes
        cut = None
        if len(dashes) >= 2:
            between = item[dashes[0].end() : dashes[1].start()]
            start = _person_end(between, no_capitals)
            if start is not None and start > 0:
                head = between[:start].split()
                cut = dashes[0].end() + len(" ".join(head[:-1])) if len(head) >= 2 else None
        pieces = [(0, item[:cut]), (cut, item[cut:])] if cut else [(0, item)]
        for offset, piece in pieces:
            person_first = _person_first(piece, no_capitals)
            other = None if person_first else _organisation_first(piece, no_capitals)
            pair = ("po", *person_first) if person_first else ("op", *other) if other else None
            found.append((pair[0], at + offset + pair[1], pair[2]) if pair else None)
    return found


def _runs(pairs: list[Pair | None]) -> list[list[Pair]]:
    """The runs of two pairs or more in a row, all the same way round."""
    runs: list[list[Pair]] = []
    current: list[Pair] = []
    for pair in [*pairs, None]:
        if pair is not None and (not current or current[-1][0] == pair[0]):
            current.append(pair)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [pair] if pair is not None else []
    return runs


@reads
def paired_signers(paragraph: Line, cued: bool) -> Section | None:
    """The organisations ``paragraph`` pairs with persons in a run of a sentence that speaks of
    signing, or that follows one (``cued``: the paragraph before it does)."""
    names: list[tuple[int, str]] = []
    for offset, sentence in sentences(paragraph):
        if cued or signing_cue(sentence):
            for run in _runs(_pairs(sentence)):
                names += [(offset + at, name) for _, at, name in run]
        cued = signing_cue(sentence)
    return signers_section(paragraph, names, "phrase") if names else None
