"""Answers about short texts worked out once: the one home of kzld's in-process memo of a
function of a text.

:class:`Answers` is called as the function it wraps is. It keeps the answer for each text of up
to ``longest`` characters (at most ``kept`` of them, all forgotten at once when full, so that a
process reading text after text holds a bounded memory) and works out the answer for a longer
text each time. A kept answer is one dictionary look-up with no Python frame: the folding of
words and the reader's questions about its words and lines are asked millions of times in a
build, mostly about texts asked about before, and a function wrapped around a cache
(:func:`functools.lru_cache`) cost more than the look-up. The function must answer from the
text alone and return a value no caller changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["KEPT", "LONGEST", "Answers"]

#: The longest text whose answer is kept, unless told (words, names and cue phrases recur).
LONGEST = 80
#: How many answers are kept, unless told.
KEPT = 1 << 16

_T = TypeVar("_T")


class Answers(dict[str, _T]):
    """``function`` of a text, its answers about texts up to ``longest`` characters kept (at
    most ``kept``, all forgotten at once when full)."""

    def __init__(
        self, function: Callable[[str], _T], longest: int = LONGEST, kept: int = KEPT
    ) -> None:
        super().__init__()
        self.function = function
        self.longest = longest
        self.kept = kept

    def __missing__(self, text: str) -> _T:
        answer = self.function(text)
        if len(text) <= self.longest:
            self.keep(text, answer)
        return answer

    def keep(self, text: str, answer: _T) -> None:
        """Keep ``answer`` for ``text``, forgetting every other first when ``kept`` are."""
        if len(self) >= self.kept:
            self.clear()
        self[text] = answer

    #: Asked as a function: a kept answer is the dictionary's own look-up, a new one
    #: :meth:`__missing__`.
    __call__ = dict.__getitem__
