"""The reader's word files (``cues.yaml``, ``dates.yaml``, ``totals.yaml``, ``orgwords.yaml``),
each loaded once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ..model.folding import fold
from ..model.yamlio import safe_load
from .text import INNER_MARKS, LETTERS

__all__ = [
    "folded_words",
    "inner_cue_words",
    "phrase_alternation",
    "statement_words_end",
    "vocabulary",
    "word_file",
]


@cache
def word_file(name: str) -> dict[str, Any]:
    """The parsed word file ``name`` shipped next to this module."""
    with (Path(__file__).parent / name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = safe_load(handle)
    return data


def vocabulary() -> dict[str, Any]:
    """The parsed ``cues.yaml``: the cue words."""
    return word_file("cues.yaml")


@cache
def folded_words(key: str) -> frozenset[str]:
    """The whole words of the list ``key`` of ``cues.yaml``, folded
    (:func:`~kzld.model.folding.fold`): what a folded word of a text is looked up in. A stem
    (``"word*"``) is no whole word: only a :class:`~kzld.parse.text.WordSet` of the list reads
    it, and it is left out here rather than kept as a form no word of a text can equal."""
    return frozenset(fold(w) for w in vocabulary()[key] if not str(w).endswith("*"))


@cache
def phrase_alternation(*keys: str) -> str:
    """The phrases of the lists ``keys`` of ``cues.yaml``, folded, as the alternation of a
    pattern over a text folded in place (:func:`~kzld.parse.text.folded_in_place`): the longest
    first (of all the lists), any spaces between their words."""
    forms = sorted({fold(p) for key in keys for p in vocabulary()[key]}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)


#: A word with a space on either side: a word inside a line, neither its first nor its last
#: (the vowel signs of the scripts of India inside it: "এবং", "மற்றும்").
_INNER_WORD = re.compile(rf"(?<=\s)([\w{INNER_MARKS}]+)(?=\s)")
#: The letters of a word, its vowel signs among them ("संयुक्त वक्तव्य" is two words, not seven).
_LETTERS = re.compile(LETTERS)


def inner_cue_words(text: str, key: str) -> Iterator[re.Match[str]]:
    """The words inside ``text`` (a space on either side) that are whole words of the list
    ``key`` of ``cues.yaml``, in order: where "and 12 more", "and other unions" or "for the X"
    may start within an entry."""
    cue = folded_words(key)
    # most entries hold none: their words are folded and looked up in one pass of C calls
    # before any match is made
    if cue.isdisjoint(map(fold, _INNER_WORD.findall(text))):
        return iter(())
    return (match for match in _INNER_WORD.finditer(text) if fold(match.group(1)) in cue)


def statement_words_end(head: str) -> int:
    """Where the words that open ``head`` and name a statement ("Declaración conjunta",
    "Joint statement", "Communiqué commun") end: words for a statement (``statement_words``)
    and for joint (``joint_words``), a word for a statement among them; else 0."""
    statement, joint_words = folded_words("statement_words"), folded_words("joint_words")
    at = 0
    for match in _LETTERS.finditer(head):
        if head[at : match.start()].strip() or fold(match.group()) not in statement | joint_words:
            break
        at = match.end()
    said = head[:at].split()
    return at if any(fold(w) in statement for w in said) else 0
