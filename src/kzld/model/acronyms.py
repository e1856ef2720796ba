"""Whether an abbreviation spells a name's initials: one rule for the reader, which tells an
abbreviation written before a name from a word of the name, and for the resolver, which tells
whether a first word it was given as an abbreviation is one.

The two differ only in how a letter is spelt before letters are compared: the reader folds case
and accents (:func:`~kzld.model.folding.fold`, the default), the resolver also romanises every
script (its ``transliterate``), so that "ΚΚΕ" spells the initials of "Κομμουνιστικό Κόμμα
Ελλάδας" and "KSČM" those of "Komunistická strana Čech a Moravy".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .folding import fold

__all__ = ["MIN_INITIALS", "spells_initials"]

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
