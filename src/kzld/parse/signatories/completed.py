"""The parts of an enumeration a reader took in part: every name of a run it accepted.

A reader that reads signers from a run of names inside a sentence ("Signed: A, B, C and D.")
may leave some of its parts out: a name without capitals or type word among names that have
them, a name in sentence case, the last name after the word for "and". Once a reader has
accepted two names or more of a run as signers, the run is a list, and every part of it is a
signer unless it is no name. So the sentence around them is cut into its parts between commas,
semicolons and words for "and" (:func:`..coordinated.parts_between`, the one home of that cut),
and a part no entry of the text lies in is taken:

- between two of the section's entries: when it reads as a name, whole (an article before it
  left out), in sentence case, or in a script without capitals with a word for a kind;
- after the last entry, up to the sentence's end, when that entry closes its part (words of the
  sentence after it say the run ended there: "A and B signed a statement on the C"), and before
  the first, back to the colon that opens the run ("signed by: A, B, C"): each part likewise,
  and the run ends at the first part that is no name or that an entry holds. A part after the
  word for "and" whose first words are a name ("... and D agreed on") gives that name, and ends
  the run; the last part of a text the page broke off ("... and the Confederation of Trav") is
  none.

A part is a name when it reads as one by the reader's own scorer
(:func:`.scoring.entry_score`) and is no country, person, event or description
(:func:`..coordinated.is_signer`); words of prose before it ("yesterday X Hall") make it a
clause. A word for a kind alone that a reader took ("Forum" of "Forum degli inquilini
zetlandesi": the gate's judgement) is read to the end of the name its part holds. The entries
taken are numbered with the others in the order of the text. A run whose every entry is
followed in its part by a person's post ("X के सचिव A, Y के सचिव B": a roll of the persons who
sign for their bodies) is whole as read: its other parts are persons'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...model.folding import fold
from ...model.records import Entry, Section, Span
from ..coordinated import is_signer, name_head, parts_between, whole_in_sentence_case, whole_name
from ..cues import folded_words
from ..entries import split_entry
from ..names import is_bare_type_word, is_role_word, is_type_word
from ..provenance import completed_by
from ..text import has_case, sentences, words
from .scoring import NAME, entry_score

__all__ = ["completed"]

#: Where a paragraph ends: a blank line.
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: The most words of a part read as a name in a script without capitals.
_UNCASED_WORDS = 8
#: The fewest entries of a run that make it a list.
_FEWEST = 2


def completed(
    sections: list[Section], text: str, cut_short: Callable[[Entry], bool]
) -> list[Section]:
    """The ``sections`` of ``text``, each enumeration in a sentence with the parts of its run
    that name signers and that no entry holds, and each entry ``cut_short`` (the head of a name
    the reader cut: the gate's judgement) read to the end of the name its part holds (see the
    module's docstring)."""
    named = {fold(e.name) for s in sections for e in s.entries} | {
        fold(e.raw) for s in sections for e in s.entries
    }
    spans = [e.span for s in sections for e in s.entries]
    found: list[Section] = []
    for section in sections:
        entries = _whole_run(section, text, named, spans, cut_short)
        if entries is None:
            found.append(section)
            continue
        entries = completed_by(entries, section)
        named.update(fold(e.name) for e in entries)
        spans.extend(e.span for e in entries)
        numbered = tuple(replace(e, position=n) for n, e in enumerate(entries, start=1))
        span = Span(min(e.span.start for e in entries), max(e.span.end for e in entries))
        found.append(replace(section, entries=numbered, span=span))
    return found


def _sentence(section: Section, text: str) -> tuple[int, str] | None:
    """The sentence (its offset in ``text``, line breaks read as spaces) that holds every entry
    of ``section``, when they lie in one paragraph; else ``None``."""
    first, last = section.entries[0].span, section.entries[-1].span
    if _PARAGRAPH.search(text, first.start, last.end):
        return None
    before = [m.end() for m in _PARAGRAPH.finditer(text, 0, first.start)]
    start = before[-1] if before else 0
    after = _PARAGRAPH.search(text, last.end)
    end = after.start() if after else len(text)
    paragraph = text[start:end].replace("\n", " ")
    read = sentences(paragraph)
    opening = [at for at, _ in read if at <= first.start - start]
    at = opening[-1] if opening else 0
    closing = [at + len(s) for at, s in read if at + len(s) >= last.end - start]
    return start + at, paragraph[at : closing[0] if closing else len(paragraph)]


def _whole_run(
    section: Section,
    text: str,
    named: set[str],
    spans: list[Span],
    cut_short: Callable[[Entry], bool],
) -> list[Entry] | None:
    """The entries of ``section``'s run in text order: its own, each to the end of the name its
    part holds, and those it leaves out; ``None`` when the section is no run of one sentence or
    the run is whole (``named``: the names every section holds, folded; ``spans``: where every
    entry lies)."""
    if len(section.entries) < _FEWEST or section.kind == "list":
        return None
    found = _sentence(section, text)
    if found is None:
        return None
    offset, sentence = found
    parts = parts_between(sentence)
    held = [_part_of(parts, e.span.start - offset) for e in section.entries]
    taken = [k for k in held if k is not None]
    if len(taken) != len(held) or len(set(taken)) != len(taken):
        return None
    if all(
        _posted(sentence[e.span.end - offset : parts[k][1]])
        for e, k in zip(section.entries, taken, strict=True)
    ):
        return None  # a roll of persons, each after the body they sign for: no part else names one
    # a part any entry of the text lies in, in whole or in part, is that entry's
    busy = {
        k
        for k, (start, end, _) in enumerate(parts)
        if any(s.start < offset + end and offset + start < s.end for s in spans)
    }
    own = [
        _widened(e, text, offset, _name_in(sentence, parts[k], False)) if cut_short(e) else e
        for e, k in zip(section.entries, taken, strict=True)
    ]
    low, high = min(taken), max(taken)
    names = [_name_in(sentence, parts[k], False) for k in range(low + 1, high) if k not in busy]
    last = own[taken.index(high)].span.end - offset
    if not _goes_on(sentence[last : parts[high][1]]):
        # the reader's last name closes its part: the run goes on after it
        ahead = list(range(high + 1, len(parts) - _broken_off(text, offset, sentence)))
        names += _run(sentence, parts, ahead[: _free(ahead, busy)], back=False)
    opening = sentence.rfind(":", 0, parts[low][0])
    if opening >= 0:
        back = [k for k in range(low - 1, -1, -1) if parts[k][1] > opening]
        names += _run(sentence, parts, back[: _free(back, busy)], back=True)
    added = [_entry(text, offset + s[0], offset + s[1]) for s in names if s is not None]
    added = [e for e in added if fold(e.raw) not in named]
    if not added and own == list(section.entries):
        return None
    return sorted([*own, *added], key=lambda e: e.span.start)


#: The most words after a name, before the post of the person who signs for it ("के जिला
#: सचिव": the district secretary of).
_TO_POST = 3


def _posted(rest: str) -> bool:
    """True when ``rest``, the words of a part after a name, hold a person's post within their
    first few (:data:`_TO_POST`): "X के जिला सचिव A", "X সভাপতি A", the person who signs for the
    name."""
    return any(is_role_word(w) for w in words(rest)[:_TO_POST])


def _entry(text: str, start: int, end: int) -> Entry:
    """The entry of ``text`` from ``start`` to ``end`` (numbered later)."""
    raw = text[start:end]
    name, abbreviation, gloss, country = split_entry(" ".join(raw.split()))
    return Entry(0, raw, Span(start, end), name, abbreviation, gloss, country)


def _widened(entry: Entry, text: str, offset: int, name: tuple[int, int] | None) -> Entry:
    """``entry`` read to the end of the ``name`` its part holds (offsets in the sentence at
    ``offset``), when that name opens where the entry does and goes on past it ("Forum" of
    "Forum degli inquilini zetlandesi")."""
    if name is None or offset + name[0] != entry.span.start or offset + name[1] <= entry.span.end:
        return entry
    return replace(_entry(text, entry.span.start, offset + name[1]), position=entry.position)


def _goes_on(rest: str) -> bool:
    """True when ``rest``, the words of a part after the name a reader took in it, go on with
    the sentence ("... Union signed a statement on the X"): the run of names ended there. A
    bracket or a stop after the name is none of that."""
    return bool(words(re.sub(r"\([^()]*\)", "", rest)))


def _broken_off(text: str, offset: int, sentence: str) -> bool:
    """True when ``sentence`` (at ``offset`` in ``text``) ends the text with no stop after it:
    the page broke its last part off ("... and the Confederation of Trav")."""
    closing = sentence.rstrip()[-1:] in ".!?…;:)»\"”’'"
    at_end = offset + len(sentence.rstrip()) >= len(text.rstrip())
    return at_end and not closing


def _part_of(parts: list[tuple[int, int, bool]], at: int) -> int | None:
    """The index of the part of ``parts`` that holds the character ``at``."""
    return next((k for k, (start, end, _) in enumerate(parts) if start <= at < end), None)


def _free(order: list[int], busy: set[int]) -> int:
    """How many of the parts in ``order`` come before the first that an entry holds."""
    return next((n for n, k in enumerate(order) if k in busy), len(order))


def _run(
    sentence: str, parts: list[tuple[int, int, bool]], order: list[int], back: bool
) -> list[tuple[int, int] | None]:
    """The names of the parts of ``sentence`` in ``order`` (away from the section's entries), up
    to the first that is no name."""
    found: list[tuple[int, int] | None] = []
    for k in order:
        start, end, comma = parts[k]
        if back and k == order[-1]:
            colon = sentence.rfind(":", start, end)
            start = colon + 1 if colon >= 0 else start
        elif back and not comma and _caseless(sentence[start:end]):
            # without capitals, a word for "and" before the part may join words of the clause
            # that leads the run in ("religious and political parties A, B"): no name's edge
            break
        span = _name_in(sentence, (start, end, comma), not back and not comma)
        if span is None:
            break
        found.append(span)
        if span[1] < len(sentence[:end].rstrip(" .!?")):
            break  # the name opens the words after it: the run ends there
    return found


def _name_in(sentence: str, part: tuple[int, int, bool], opening: bool) -> tuple[int, int] | None:
    """Where the name in ``sentence``'s ``part`` lies: the part whole as a name, in sentence
    case, or in a script without capitals with a word for a kind; the name that opens it when
    ``opening`` (a part after the word for "and" at a run's end)."""
    start, end, _ = part
    text = sentence[start:end]
    stripped = text.rstrip(" .!?;:")
    span = whole_name(stripped) or whole_in_sentence_case(stripped)
    if span is None and _uncased(stripped):
        lead = len(stripped) - len(stripped.lstrip())
        span = (lead, len(stripped))
    if span is None and opening:
        span = _opening_name(stripped)
    if span is None or not _articles(stripped[: span[0]]):
        return None
    name = stripped[span[0] : span[1]]
    if not is_signer(name) or entry_score(name) < NAME:
        return None
    return start + span[0], start + span[1]


def _opening_name(text: str) -> tuple[int, int] | None:
    """The name that opens ``text`` when the words after it are in lower case: a capitalised
    word after them says the name goes on in sentence case ("Xan lo bo Zet Ton": not "Xan"),
    and a word for a kind alone opens a phrase ("Party members signed"), no name."""
    span = name_head(text)
    if span is None or any(w[:1].isupper() for w in words(text[span[1] :])):
        return None
    return None if is_bare_type_word(text[span[0] : span[1]]) else span


def _articles(lead: str) -> bool:
    """True when the words of ``lead``, before a name in its part, are articles only (a word of
    prose before it, "yesterday X Hall", says the part is a clause, not a name)."""
    return all(len(w) < 2 or fold(w) in folded_words("articles") for w in words(lead))


def _caseless(text: str) -> bool:
    """True when ``text`` has letters and none of them has case."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(has_case(c) for c in letters)


def _uncased(text: str) -> bool:
    """True when ``text`` is written in a script without capitals and holds a word for a kind
    of organisation, in a few words."""
    found = words(text)
    return (
        0 < len(found) <= _UNCASED_WORDS and _caseless(text) and any(is_type_word(w) for w in found)
    )
