"""The reader's memory of its answers about short texts.

The readers of a document ask the same questions of the same lines, sentences and entries again
and again (whether a line is prose, a dateline, a list's entry; whether a sentence tells of a
statement): :func:`remembered` makes a function of a text answer each such question once. Only
the answers about texts up to a given length are kept, and only so many of them, so that a
process reading text after text (a build's reading worker) holds a bounded memory whatever it
reads; a longer text is answered afresh each time. The functions remembered must answer from
their arguments and the reader's data alone, and return values no caller changes; an answer that
also depends on the text being read (a date's month read in the text's languages:
:func:`~kzld.parse.calendars.reading`) is kept apart for each such context (``within``), never
given to a line of another text.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import Any, TypeVar, cast

__all__ = ["remembered"]

#: How many answers each remembered function keeps.
KEPT = 1 << 12
#: The longest text whose answers are kept (a paragraph; a longer one is answered afresh).
LONGEST = 2000

_F = TypeVar("_F", bound=Callable[..., Any])


def _text_alone(function: Callable[..., Any]) -> bool:
    """True when ``function`` takes one argument, given by position: the text."""
    parameters = list(inspect.signature(function).parameters.values())
    return len(parameters) == 1 and parameters[0].kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    )


def remembered(
    longest: int = LONGEST, kept: int = KEPT, within: Callable[[], Hashable] | None = None
) -> Callable[[_F], _F]:
    """Remember the answers of a function whose first argument is a text, for texts up to
    ``longest`` characters (at most ``kept`` answers, the least recently asked let go first);
    with ``within``, the answers of a function of the text alone, each kept with the context
    ``within()`` gives when it is asked."""

    def remember(function: _F) -> _F:
        if within is not None:
            return _remembered_within(function, longest, kept, within)
        cached = lru_cache(maxsize=kept)(function)

        @wraps(function)
        def answer(text: str, *args: Any, **kwargs: Any) -> Any:
            if len(text) <= longest:
                return cached(text, *args, **kwargs)
            return function(text, *args, **kwargs)

        @wraps(function)
        def answer_one(text: str) -> Any:
            return cached(text) if len(text) <= longest else function(text)

        # a function of the text alone (most are) is asked without packing other arguments:
        # the reader asks such questions about a million times over the tune texts
        chosen = answer_one if _text_alone(function) else answer
        chosen.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast(_F, chosen)

    return remember


def _remembered_within(function: _F, longest: int, kept: int, within: Callable[[], Hashable]) -> _F:
    """:func:`remembered` of a function of the text alone, its answers kept by text and
    context."""
    if not _text_alone(function):
        raise TypeError(f"{function.__qualname__}: only a function of the text alone")
    cached = lru_cache(maxsize=kept)(lambda text, _context: function(text))

    @wraps(function)
    def answer_within(text: str) -> Any:
        return cached(text, within()) if len(text) <= longest else function(text)

    answer_within.cache_info = cached.cache_info  # type: ignore[attr-defined]
    return cast(_F, answer_within)
