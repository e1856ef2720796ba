"""Short forms written with a stop after each of their letters ("A.B.C.", "S. P. A.", "ஏ.ஐ.",
"ਜ਼ੈੱਡ. ਟੀ. ਯੂ."): the one home of what such a form looks like.

Its stops end no sentence (:func:`~.text.sentences`), it is one word of a name a run's part may
be whole (:mod:`.enumerated`, :mod:`.summed`), and in a script without capitals its letters,
the stops taken off, may spell an abbreviation (:mod:`.summed`).
"""

from __future__ import annotations

import re

__all__ = ["closing_short_form", "dotted", "in_bracketed_short_form", "undotted"]

#: One letter of a short form with its stop: a letter, with the marks or the few letters that
#: write it in a script without capitals ("A.", "ஏ.", "ਜ਼ੈੱਡ."), then the stop.
_LETTER = r"[^\W\d_][^\s.()]{0,6}\."
#: A word that is a short form: two letters or more each with its stop, the last perhaps
#: without, perhaps in brackets or quotation marks and before a comma ("A.B.C.", "இசட்.டி.யு",
#: "(எக்ஸ்.கே.பி.),").
_WORD = re.compile(rf"[(（\[\"'«“„]?(?:{_LETTER}){{2,}}[^\s.]{{0,6}}")
#: A word every letter of which has its stop ("S.", "P.A."): one word of a spaced short form.
_SPACED_WORD = re.compile(rf"(?:{_LETTER})+")
#: A short form in brackets closing a text, its letters spaced or not ("X Y (ਜ਼ੈੱਡ. ਟੀ. ਯੂ.)").
_CLOSING = re.compile(rf"\s*\((?:\s*{_LETTER})+\s*\)\s*$")
#: The most characters a short form in brackets holds on either side of one of its stops.
_BRACKET = 32


def dotted(word: str) -> bool:
    """True when ``word`` is a short form whose letters each have their stop ("A.B.C.",
    "இசட்.டி.யு"): its stops end no sentence."""
    return _WORD.fullmatch(word) is not None


def undotted(word: str) -> str:
    """``word`` with its stops taken off: the letters a dotted short form spells ("இசட்டியு")."""
    return word.replace(".", "")


def closing_short_form(text: str) -> re.Match[str] | None:
    """The short form in brackets that closes ``text``, with the spaces around it ("X Y (S. P.
    A.)", "X (ਜ਼ੈੱਡ.ਟੀ.ਯੂ.)"), or None."""
    return _CLOSING.search(text)


def in_bracketed_short_form(text: str, at: int) -> bool:
    """True when the stop at ``at`` stands inside a short form in brackets of two words or more,
    every letter of which has its stop ("(ਜ਼ੈੱਡ. ਟੀ. ਯੂ. ਸੀ.)", "(S. P. A.)")."""
    opening = text.rfind("(", max(0, at - _BRACKET), at)
    closing = text.find(")", at, at + _BRACKET)
    if opening < 0 or closing < 0:
        return False
    inside = text[opening + 1 : closing]
    found = inside.split()
    bracketed = "(" in inside or ")" in inside
    return not bracketed and len(found) > 1 and all(_SPACED_WORD.fullmatch(w) for w in found)
