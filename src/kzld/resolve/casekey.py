"""Case keys that agree with the ``re`` module: two texts a case-insensitive regular expression
takes for one another have one key.

The prose and event finders use these keys to skip, before running their regular expressions, the
patterns whose words a text does not contain. That is only safe if the keys never tell apart what
``re.IGNORECASE`` joins, so they are built from the same tables the regular expression engine
compiles case-insensitive literals with (its simple lower-case mapping, plus the few characters it
joins beyond that, such as ``s``/``ſ`` and ``i``/``ı``). Keys may join more than the engine does
(a filter may let through too much, never too little); they keep the length of the text, one
character for one character, as the engine matches literals.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping

# the tables CPython's regular expression compiler compiles IGNORECASE literals with
_tolower: Callable[[int], int] = importlib.import_module("_sre").unicode_tolower
_EXTRA_CASES: Mapping[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES

__all__ = ["WORD_ALIKE", "case_key", "char_key"]

#: The characters that are not word characters (``\W``) but that ``re.IGNORECASE`` takes for a
#: word character (U+0345, the combining Greek iota, for ``ι``): splitting a text into words at
#: them may cut a case-insensitive match in two.
WORD_ALIKE = "\u0345"

_WORD_CHAR = re.compile(r"[^\W_]")


class _Table(dict[int, int]):
    """A :meth:`str.translate` table filled on first use of each character."""

    def __missing__(self, code: int) -> int:
        lower = _tolower(code)
        group = (lower, *_EXTRA_CASES.get(lower, ()))
        # a word character where the group has one, so that a text's words are its keys' words
        words = [c for c in group if _WORD_CHAR.match(chr(c))]
        key = min(words or group)
        self[code] = key
        return key


_TABLE = _Table()


def char_key(char: str) -> str:
    """The key of one character."""
    return chr(_TABLE[ord(char)])


def case_key(text: str) -> str:
    """The key of ``text``: each character replaced by its key (same length as ``text``).

    A character and its key are both word characters (``[^\\W_]``) or both not, except those of
    :data:`WORD_ALIKE`: so the words of a text's key are the keys of its words.
    """
    return text.translate(_TABLE)
