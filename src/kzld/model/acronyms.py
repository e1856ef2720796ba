"""Whether an abbreviation spells a name's initials: one rule for the reader, which tells an
abbreviation written before a name from a word of the name, and for the resolver, which tells
whether a first word it was given as an abbreviation is one.

The two differ only in how a letter is spelt before letters are compared: the reader folds case
and accents (:func:`~kzld.model.folding.fold`, the default), the resolver also romanises every
script (its ``transliterate``), so that "ΖΕΚ" spells the initials of "Ζετλανδικό Εργατικό
Κόμμα" and "XSČZ" those of "Xandijská strana Čech a Zetlandu".

:func:`initials` gives the letters a name is written short as, one for each word, with its link
words or without them, for an abbreviation that no list of abbreviations gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from .folding import fold

__all__ = ["MIN_INITIALS", "initials", "spells_initials"]

#: The fewest letters of an abbreviation that must be initials of the name's words.
MIN_INITIALS = 2


def spells_initials(
    abbreviation: str, words: Iterable[str], spell: Callable[[str], str] = fold
) -> bool:
    """Whether the letters of ``abbreviation`` are, in order, initials of ``words`` (each spelt
    by ``spell``), starting with the first word's.

    Every letter but the last must be one, in order (the last may come from inside a word,
    "XPBr" for "X Party of Britain"), and at least :data:`MIN_INITIALS` of them.
    """
    letters = [c for c in spell(abbreviation) if c.isalpha()]
    initials = [spelt[:1] for word in words if (spelt := spell(word))]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    matched = 0
    for initial in initials:
        if matched < len(letters) and letters[matched] == initial:
            matched += 1
    return matched >= max(MIN_INITIALS, len(letters) - 1)


def initials(name: str, skipped: Collection[str], spell: Callable[[str], str] = fold) -> set[str]:
    """The initials of the words of ``name`` (spelt by ``spell``), in capitals: of every word,
    and of every word but those in ``skipped`` (link words): "Unione dei Xandiani" is UDX
    or UX, "Zelta van de Xandia" ZVDX or ZX; none of fewer than two words."""
    words = [spelt for word in re.findall(r"[^\W_]+", name) if (spelt := spell(word))]
    found: set[str] = set()
    for kept in (words, [word for word in words if word not in skipped]):
        letters = "".join(word[0] for word in kept).upper()
        if len(kept) >= MIN_INITIALS:
            found.add(letters)
    return found
