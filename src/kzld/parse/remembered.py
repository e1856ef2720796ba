"""The reader's memory of its answers about short texts.

The readers of a document ask the same questions of the same lines, sentences and entries again
and again (whether a line is prose, a dateline, a list's entry; whether a sentence tells of a
statement): :func:`remembered` makes a function of a text answer each such question once. Only
the answers about texts up to a given length are kept, and only so many of them, so that a
process reading text after text (a build's reading worker) holds a bounded memory whatever it
reads; a longer text is answered afresh each time. The functions remembered must answer from
their arguments and the reader's data alone, and return values no caller changes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
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


def remembered(longest: int = LONGEST, kept: int = KEPT) -> Callable[[_F], _F]:
    """Remember the answers of a function whose first argument is a text, for texts up to
    ``longest`` characters (at most ``kept`` answers, the least recently asked let go first)."""

    def remember(function: _F) -> _F:
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
