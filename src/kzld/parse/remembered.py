"""The reader's memory of its answers about short texts.

The readers of a document ask the same questions of the same lines, sentences and entries again
and again (whether a line is prose, a dateline, a list's entry; whether a sentence tells of a
statement): :func:`remembered` makes a function of a text answer each such question once. Only
the answers about texts up to a given length are kept, and only so many of them, so that a
process reading text after text (a build's reading worker) holds a bounded memory whatever it
reads; a longer text is answered afresh each time. The functions remembered must answer from
their arguments, the reader's data and the text's reading alone, and return values no caller
changes. An answer worked out while the text's reading was asked (a date's month read in the
text's languages: :func:`~kzld.parse.reading.reading`, directly or through another remembered
answer that asked it) holds for that reading alone: it is kept apart for each reading and never
given to a line of another text. Which answers those are is recorded as each is worked out
(:func:`~kzld.parse.reading.asked`), so no function has to say it; the others, most of them, are
kept once for every text.
"""

from __future__ import annotations

import inspect
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import _CacheInfo, lru_cache, wraps
from typing import Any, TypeVar, cast

from ..answers import Answers
from .reading import asked, reading

__all__ = ["remembered"]

#: How many answers each remembered function keeps.
KEPT = 1 << 12
#: The longest text whose answers are kept (a paragraph; a longer one is answered afresh).
LONGEST = 2000

_F = TypeVar("_F", bound=Callable[..., Any])


class _Apart:
    """The sign, kept in place of an answer, that the answer depends on the text's reading."""


#: Kept in place of an answer that holds for one reading alone.
_APART = _Apart()


class _PerReading:
    """The answers that depend on the text's reading, each kept by its question and the reading
    it was worked out in (at most ``kept``, the least recently asked let go first)."""

    def __init__(self, function: Callable[..., Any], kept: int) -> None:
        self._function = function
        self._kept = kept
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()

    def keep(self, question: Hashable, answer: Any) -> None:
        """Keep ``answer``, worked out in the present reading."""
        self._answers[question, reading()] = answer
        if len(self._answers) > self._kept:
            self._answers.popitem(last=False)

    def answer(self, question: tuple[Any, ...], *args: Any, **kwargs: Any) -> Any:
        """The answer for the present reading, worked out if it is not kept."""
        key = (question, reading())
        if key in self._answers:
            self._answers.move_to_end(key)
            return self._answers[key]
        answer = self._function(*args, **kwargs)
        self.keep(question, answer)
        return answer


class _OfTheText(Answers[Any]):
    """A remembered function of the text alone, called as the function is (see
    :mod:`kzld.answers`: the reader asks such questions about a million times over the tune
    texts). An answer that read the text's reading is not kept as the others are: it is kept
    apart for that reading, and the text among those so answered (at most ``kept`` of them,
    all forgotten at once when full)."""

    def __init__(self, function: Callable[[str], Any], longest: int, kept: int) -> None:
        super().__init__(function, longest, kept)
        self._apart = _PerReading(function, kept)
        self._read: set[str] = set()

    def __missing__(self, text: str) -> Any:
        if len(text) > self.longest:
            return self.function(text)
        question = ((text,), ())
        if text in self._read:
            return self._apart.answer(question, text)
        before = asked()
        answer = self.function(text)
        if asked() == before:
            self.keep(text, answer)
            return answer
        if len(self._read) >= self.kept:
            self._read.clear()
        self._read.add(text)
        self._apart.keep(question, answer)
        return answer

    def cache_info(self) -> _CacheInfo:
        """How many answers are kept (``currsize``; hits and misses are not counted)."""
        return _CacheInfo(0, 0, self.kept, len(self) + len(self._read))


def _text_alone(function: Callable[..., Any]) -> bool:
    """True when ``function`` takes one argument, given by position: the text."""
    parameters = list(inspect.signature(function).parameters.values())
    return len(parameters) == 1 and parameters[0].kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    )


def remembered(longest: int = LONGEST, kept: int = KEPT) -> Callable[[_F], _F]:
    """Remember the answers of a function whose first argument is a text, for texts up to
    ``longest`` characters (at most ``kept`` answers: the least recently asked let go first,
    or, for a function of the text alone, all at once when full); an answer that read the
    text's reading is kept for that reading alone."""

    def remember(function: _F) -> _F:
        if _text_alone(function):  # most are: asked without packing other arguments
            return cast(_F, wraps(function)(_OfTheText(function, longest, kept)))
        apart = _PerReading(function, kept)

        def worked(*args: Any, **kwargs: Any) -> Any:
            before = asked()
            answer = function(*args, **kwargs)
            if asked() == before:
                return answer
            apart.keep((args, tuple(kwargs.items())), answer)
            return _APART

        cached = lru_cache(maxsize=kept)(worked)

        @wraps(function)
        def answer(text: str, *args: Any, **kwargs: Any) -> Any:
            if len(text) > longest:
                return function(text, *args, **kwargs)
            found = cached(text, *args, **kwargs)
            if found is _APART:
                question = ((text, *args), tuple(kwargs.items()))
                return apart.answer(question, text, *args, **kwargs)
            return found

        answer.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast(_F, answer)

    return remember
