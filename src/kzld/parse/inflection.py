"""Whether two written words are one word in two cases: the one home of that test.

A name comes back in a text in another grammatical case ("Odborový svaz" below a headline's
"Odborového svazu", a lead's "Голос" under a title's "Голосу"): the two forms share a stem and
differ by short endings after it. The readers that compare two names word by word ask
:func:`same_word`, each with the longest ending it tells apart from a stem.
"""

from __future__ import annotations

import re

from .text import is_letter

__all__ = ["same_word"]

#: The shortest stem two forms of one word in two cases share.
_STEM = 4
#: A digit or a hyphen in a word: a code or a compound, which takes no case ending.
_CODED = re.compile(r"[\d-]")


def same_word(word: str, other: str, ending: int) -> bool:
    """True when the folded ``word`` and ``other`` are one word, perhaps in two cases: equal, or
    a stem of four letters or more in common that ends with a letter, and at most ``ending``
    letters after it in each ("svazu" and "svaz", "голосу" and "голос"). A word holding a digit
    or a hyphen is a code or a compound, and no case ending tells two of them apart: "cnt-f" and
    "cnt-e", "x-21" and "x-22" are two words."""
    if word == other:
        return True
    stem = next(
        (k for k, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
        min(len(word), len(other)),
    )
    endings = word[stem:] + other[stem:]
    return (
        stem >= _STEM
        and len(word) - stem <= ending
        and len(other) - stem <= ending
        and not _CODED.search(word + other)
        and is_letter(word[stem - 1])
        and bool(endings)
        and all(is_letter(c) for c in endings)  # a vowel sign may open an ending ("-ों")
    )
