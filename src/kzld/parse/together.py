"""Signers named after a cue's colon and run together with nothing between them, in a script
without capitals: "المنظمات الموقعة : النقابة الوطنية لX الجمعية الزتلاندية لY جمعية Z" (the page
lost the line breaks of its list).

Neither capitals nor separators say where such a name ends, so the next name's opening does:
a name of these scripts opens with its type word ("النقابة", "جمعية": the singular type words of
``orgwords.yaml``), so the run is parted before each type word that stands two words or more
after the last opening (a type word right after another is the same name's genitive: "اتحاد
نقابات ...", "the federation of unions of ..."). The run is read only after a clause that cues
signers (a word of signing before the colon), when its first word opens a name, it holds no
separator (a list with separators is the list readers') and no type word with "and" written
onto it ("والاتحاد": prose), and each part is short.
"""

from __future__ import annotations

import re

from ..model.records import Section
from .enumerated import is_uncased
from .names import generic_plural, is_type_word
from .outside import signers_section
from .provenance import reads
from .separators import SEPARATOR
from .signatories.cuelines import signing_cue
from .text import Line

__all__ = ["together_signers"]

#: The fewest names in a run, and the most words of one.
_FEWEST = 2
_WORDS = 10
#: The fewest words of a name before the next opens.
_SHORTEST = 2
#: The colon after a cue.
_COLON = re.compile(r"\s?:\s*")
_WORD = re.compile(r"\S+")
#: The conjunction "and" of the Arabic script, written onto the word after it.
_GLUED_AND = "و"
#: Where a sentence ends: the clause before a colon opens after one, and the run ends at one.
_CLAUSE = re.compile(r"[.!?؟।۔]\s+")


def _opens(word: str) -> bool:
    """True when ``word`` may open a name: a type word in the singular."""
    return is_type_word(word) and not generic_plural(word)


def _and_opens(word: str) -> bool:
    """True when ``word`` is a type word with the conjunction "و" written onto it ("والاتحاد"):
    names run together have no "and" between them, so the words are prose."""
    return word.startswith(_GLUED_AND) and len(word) > 3 and _opens(word[1:])


def _names(run: str) -> list[tuple[int, str]]:
    """The names run together in ``run`` (offsets in it), each opening with a type word."""
    found = list(_WORD.finditer(run))
    if not found or not _opens(found[0][0]) or any(_and_opens(w[0]) for w in found):
        return []
    starts = [0]
    for k in range(1, len(found)):
        if k - starts[-1] >= _SHORTEST and _opens(found[k][0]):
            starts.append(k)
    ends = [*starts[1:], len(found)]
    sizes = [end - start for start, end in zip(starts, ends, strict=True)]
    if len(starts) < _FEWEST or max(sizes) > _WORDS:
        return []
    return [
        (found[s].start(), run[found[s].start() : found[e - 1].end()])
        for s, e in zip(starts, ends, strict=True)
    ]


@reads
def together_signers(paragraph: Line) -> Section | None:
    """The signers ``paragraph`` names run together after a cue and its colon (the clause before
    the colon speaks of signing), up to the sentence's end."""
    content = paragraph.content
    for colon in _COLON.finditer(content):
        clause = _CLAUSE.split(content[: colon.start()])[-1]
        run = _CLAUSE.split(content[colon.end() :])[0].rstrip(" .")
        if not signing_cue(clause) or not run or SEPARATOR.search(run) or not is_uncased(run):
            continue
        names = _names(run)
        if names:
            at = paragraph.start + colon.end()
            return signers_section(paragraph, [(at + k, name) for k, name in names], "phrase")
    return None
