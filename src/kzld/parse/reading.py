"""What the reader knows, while reading one text, of how that text writes its dates.

A month's name that means different months in two languages (Croatian ``listopad`` is October,
Polish ``listopad`` November) is read in the languages of the text it is in, and a slashed date
either of whose numbers may be the month ("11/5/2019") month first in a text that writes its
months first: :func:`reading_in` says so for one text, :func:`reading` is what a date reader
asks. Every question put to :func:`reading` is counted (:func:`asked`), so that a memory of
answers (:mod:`~kzld.parse.remembered`) knows, without being told, which of its answers depend on
the text being read and keeps those apart for each reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["Reading", "asked", "reading", "reading_in"]


@dataclass(frozen=True)
class Reading:
    """What a text says of how its dates are written: its ``languages`` (detected tags), and
    whether it writes the month before the day (``month_first``: "March 14, 2021", never "14
    March 2021")."""

    languages: frozenset[str] = frozenset()
    month_first: bool = False


#: Nothing known of how a text writes its dates (outside a reading).
_UNKNOWN = Reading()
#: How the text being read writes its dates (:func:`reading_in`).
_READING: ContextVar[Reading] = ContextVar("reading", default=_UNKNOWN)
#: How many times :func:`reading` has been asked in this process (one cell, counted up).
_ASKED = [0]


@contextmanager
def reading_in(languages: Iterable[str], month_first: bool = False) -> Iterator[None]:
    """While reading one text: read a month's name that means different months in two
    languages as the text's ``languages`` mean it (detected tags; a macrolanguage's, ``sh``,
    stands for each of its members), and a slashed date either of whose numbers may be the
    month ("11/5/2019") month first when the text writes its months first (``month_first``)."""
    token = _READING.set(Reading(frozenset(languages), month_first))
    try:
        yield
    finally:
        _READING.reset(token)


def reading() -> Reading:
    """How the text being read writes its dates (:func:`reading_in`; nothing known outside a
    reading). Each call is counted (:func:`asked`)."""
    _ASKED[0] += 1
    return _READING.get()


def asked() -> int:
    """How many times :func:`reading` has been asked so far: an answer worked out while this
    count moved read the text's reading, and holds for that reading alone."""
    return _ASKED[0]
