"""Signers named one after another in a script that parts phrases, not words, with its spaces
(Thai, Lao, Khmer): "... ได้แก่ พรรคแซนเดีย (พซ.) พรรคเซตแลนด์ใหม่ (พซม.) และพรรคแรงงานเซตแลนด์ ...".

Such a script writes a name as one phrase that opens with its type word ("พรรค..." is "Party
..."), perhaps with its abbreviation in brackets after it, and the script's "and" onto the last
(or apart). So a phrase is a name when it opens with a type word (after a glued "and") or its
bracketed abbreviation follows it, and three such phrases in a row, most of them opening with a
type word, are names together: in the lead, where a text names its signers.
"""

from __future__ import annotations

import re
from functools import cache

from ..model.records import Section
from .cues import vocabulary
from .enumerated import phrase_spaced
from .names import is_type_word
from .outside import signers_section
from .provenance import reads
from .separators import SEPARATORS
from .text import Line

__all__ = ["phrased_signers"]

#: What may part the phrases besides their spaces ("พรรคX, พรรคY").
_PARTING = SEPARATORS
#: The fewest names in a row.
_FEWEST = 3
#: A phrase, and an abbreviation in brackets after a name ("(พซ.)").
_PHRASE = re.compile(r"\S+")
_BRACKETED = re.compile(r"[(（][^()（）\s]{1,12}[)）]")


@cache
def _glued_ands() -> tuple[str, ...]:
    """The words for "and" of the scripts that part phrases, which they write onto the word
    after them."""
    ands = (str(w) for w in vocabulary()["and_words"])
    return tuple(sorted((w for w in ands if phrase_spaced(w)), key=len, reverse=True))


def _opening(phrase: str) -> tuple[int, str]:
    """``phrase`` without a word for "and" written onto its front, and how many characters
    that word took."""
    glued = next((a for a in _glued_ands() if phrase.startswith(a) and len(phrase) > len(a)), "")
    return len(glued), phrase[len(glued) :]


def _names(content: str) -> list[tuple[int, str]]:
    """The first run of names in a row in ``content`` (offsets in it)."""
    phrases = list(_PHRASE.finditer(content))
    run: list[tuple[int, str]] = []
    typed = 0
    k = 0
    while k < len(phrases):
        if run and phrases[k][0] in _glued_ands():  # "and" written apart: the run goes on
            k += 1
            continue
        skip, phrase = _opening(phrases[k][0].rstrip(_PARTING))
        bracket = k + 1 < len(phrases) and _BRACKETED.fullmatch(phrases[k + 1][0].rstrip(_PARTING))
        opens = is_type_word(phrase)
        if opens or bracket:
            start = phrases[k].start() + skip
            end = phrases[k + 1].end() if bracket else phrases[k].end()
            run.append((start, content[start:end].rstrip(_PARTING)))
            typed += opens
            k += 2 if bracket else 1
            continue
        if len(run) >= _FEWEST and typed * 2 > len(run):
            return run
        run, typed = [], 0
        k += 1
    return run if len(run) >= _FEWEST and typed * 2 > len(run) else []


@reads
def phrased_signers(paragraph: Line) -> Section | None:
    """The signers ``paragraph`` names as three phrases or more in a row, each a name by its
    type word or its bracketed abbreviation, in a script that parts phrases with spaces."""
    content = paragraph.content
    if not content or not phrase_spaced(content):
        return None
    names = _names(content)
    if not names:
        return None
    return signers_section(paragraph, [(paragraph.start + at, n) for at, n in names], "phrase")
