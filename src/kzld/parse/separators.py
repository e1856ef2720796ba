"""The marks that part the entries of a list, in every script, written out once: the comma and
the semicolon of each script, and the marks a page spaces between entries written on one line
("A / B / C", "A · B · C", "A – B – C – D"). The readers of lists, enumerations, runs and
coordinated names build their patterns from these.

The words that part entries (the words for "and", "A, B and C") are words of languages and live
in ``cues.yaml``: ``and_words``, ``and_before_capitals``, ``comma_and_words`` and, for the scripts
that write no spaces between words, ``unspaced_separators`` ("、", "・", "と", "与"). The words
for "and" a script writes onto a name (``glued_and_words``: "وحزب X", "X협의회와 Y") are read
here, once, for every reader that parts names at them: :func:`glued_and_before` and
:func:`glued_and_after` say which of them a word holds. The marks that open an item of a list
("• ", "1. ") are :data:`.text.BULLETS` and :data:`.lists.ITEM`'s.
"""

from __future__ import annotations

import re
from functools import cache

from .cues import vocabulary

__all__ = [
    "COMMAS",
    "DASHES",
    "SCRIPT_SEPARATORS",
    "SEMICOLONS",
    "SEPARATOR",
    "SEPARATORS",
    "SPACED_MARKS",
    "SPACED_SEPARATORS",
    "glued_and_after",
    "glued_and_before",
    "glued_ands_after",
    "glued_ands_before",
    "one_of",
]

#: The comma of each script that writes one between the items of a list: the Latin one (which
#: Cyrillic, Greek, Armenian and the scripts of India write too), the Arabic script's "،", the
#: full-width "，" and the ideographic "、" of Chinese, Japanese and Korean, the Ethiopic "፣" and
#: the Burmese "၊".
COMMAS = ",،，、፣၊"
#: The semicolon of each script: the Latin one, the Arabic script's "؛", the full-width "；" and
#: the Ethiopic "፤".
SEMICOLONS = ";؛；፤"
#: Every comma and every semicolon: what parts the items of an enumeration.
SEPARATORS = COMMAS + SEMICOLONS
#: The commas and semicolons of the scripts that write a space between words (Latin, Cyrillic,
#: Greek, the Arabic script, Ethiopic) or between phrases (Burmese): the readers that cut a
#: sentence into words at its spaces cut it at these too. The full-width and ideographic ones
#: belong to scripts written without spaces, whose names the readers of those scripts part.
SPACED_SEPARATORS = "".join(mark for mark in SEPARATORS if mark not in "，、；")
#: The commas and semicolons other than the Latin ones: no name of any script holds one, so a
#: line that does is an enumeration, never one entry.
SCRIPT_SEPARATORS = "".join(mark for mark in SEPARATORS if mark not in ",;")
#: The dashes a page spaces between entries on one line ("A – B – C – D"); a dash also joins a
#: name to its gloss ("Partei X – XP").
DASHES = "–—"
#: The other marks a page spaces between entries on one line: a slash, a middle dot, a bar, a
#: bullet.
SPACED_MARKS = "/·|•"


def one_of(marks: str) -> str:
    """A pattern's character class matching any one of ``marks`` ("[,;]")."""
    return "[" + "".join(re.escape(mark) for mark in marks) + "]"


#: Any comma or semicolon of any script: what parts the items of an enumeration (outside its
#: brackets and quotations, which its readers mask).
SEPARATOR = re.compile(one_of(SEPARATORS))


def _glued_ands(side: str) -> tuple[str, ...]:
    """The words for "and" of ``glued_and_words``'s ``side`` in every language, the longest
    first."""
    forms = {str(w) for words in vocabulary()["glued_and_words"][side].values() for w in words}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


@cache
def glued_ands_before() -> tuple[str, ...]:
    """The words for "and" a script writes onto the word after them (the Arabic script's "و":
    "وحزب"), the longest first."""
    return _glued_ands("before")


@cache
def glued_ands_after() -> tuple[str, ...]:
    """The words for "and" a script writes onto the word before them (Korean "와", "과":
    "X협의회와"), the longest first."""
    return _glued_ands("after")


def glued_and_before(word: str) -> str:
    """The word for "and" written onto the start of ``word`` ("و" of "وحزب"); "" when none
    is. Whether the rest is a word of its own is the caller's to weigh ("وطن", homeland, opens
    with the letter)."""
    return next((form for form in glued_ands_before() if word.startswith(form)), "")


def glued_and_after(word: str) -> str:
    """The word for "and" written onto the end of ``word`` ("와" of "X협의회와"); "" when none
    is."""
    return next((form for form in glued_ands_after() if word.endswith(form)), "")
