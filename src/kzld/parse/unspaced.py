"""Signers named together at the start of a sentence in a script that writes no spaces between
words or no capitals (Chinese, Japanese, Korean): "日本X党と民進党、Y党、生活の党の4野党は ...",
"X당·Y당·Z당이 ...", "X论坛(XF)与YCO等组织联署呼吁".

Capitals and spaces cannot say where such a name ends, so its words do: each name ends with a type
word of its script ("党", "당", "论坛"), perhaps with a bracketed abbreviation after it, or is an
abbreviation in Latin letters; the names are parted by the script's separators ("、", "・", "と",
"与", "및"), and a particle follows the last ("이", "は", "の", "等": the data's
``unspaced_separators`` and ``unspaced_particles``). Each name is the shortest that ends so, with a
separator or a particle after it. Two names or more, opening the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from ..model.records import Section
from .cues import vocabulary
from .names import is_type_word
from .outside import signers_section
from .provenance import reads
from .separators import glued_ands_after
from .text import Line

__all__ = ["unspaced_signers"]

#: The most characters a name of such a script may have.
_LONGEST = 24
#: An abbreviation in Latin letters ("WCCO", "UNWSF") opening the rest of the text.
_LATIN = re.compile(r"[A-Z][A-Z0-9&-]{1,11}(?![A-Za-z])")
#: A bracketed abbreviation right after a name ("(UNWSF)", "（XF）").
_BRACKETED = re.compile(r"\s?[(（][^()（）]{1,15}[)）]")


@cache
def _separators() -> tuple[str, ...]:
    """What parts the names: the ``unspaced_separators``, and a word for "and" written onto the
    name before it with a space after it ("X협의회와 Y": :func:`.separators.glued_ands_after`);
    the longest first."""
    glued = [f"{form} " for form in glued_ands_after()]
    forms = [*map(str, vocabulary()["unspaced_separators"]), *glued]
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _particles() -> tuple[str, ...]:
    return tuple(sorted(map(str, vocabulary()["unspaced_particles"]), key=len, reverse=True))


def _unspaced(char: str) -> bool:
    """True when ``char`` is a letter of a script without capitals from CJK on (U+2E80 on)."""
    return char.isalpha() and char.upper() == char.lower() and ord(char) >= 0x2E80


def _name_at(text: str, at: int) -> int | None:
    """Where the name opening at ``at`` of ``text`` ends (a bracketed abbreviation after it
    included), when a separator or a particle follows it; else None."""
    latin = _LATIN.match(text, at)
    ends = [latin.end()] if latin else []
    ends += [
        at + size
        for size in range(2, _LONGEST + 1)
        if at + size <= len(text)
        and _unspaced(text[at + size - 1])
        and is_type_word(text[at : at + size])
    ]
    for end in ends:
        bracket = _BRACKETED.match(text, end)
        end = bracket.end() if bracket else end
        if text.startswith(_separators(), end) or text.startswith(_particles(), end):
            return end
    return None


def _run(sentence: str) -> list[tuple[int, str]]:
    """The names that open ``sentence``, parted by separators, a particle after the last."""
    names: list[tuple[int, str]] = []
    at = 0
    while at < len(sentence):
        end = _name_at(sentence, at)
        if end is None:
            return names if names and sentence.startswith(_particles(), at) else []
        names.append((at, sentence[at:end]))
        separator = next((s for s in _separators() if sentence.startswith(s, end)), None)
        if separator is None:
            return names  # a particle: the run ends
        at = end + len(separator)
        at += len(sentence[at:]) - len(sentence[at:].lstrip())
    return []


@reads
def unspaced_signers(paragraph: Line) -> Section | None:
    """The signers named together at the start of ``paragraph`` in a script without spaces or
    capitals: two names or more, each ending with a type word or an abbreviation."""
    content = paragraph.content
    if not content or not (_unspaced(content[0]) or _LATIN.match(content)):
        return None
    names = _run(content)
    if len(names) < 2 or not any(_unspaced(c) for _, name in names for c in name):
        return None
    return signers_section(paragraph, [(paragraph.start + at, n) for at, n in names], "title")
