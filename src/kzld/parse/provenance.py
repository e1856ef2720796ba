"""Which reader read each entry: the ``reader`` an :class:`~kzld.model.records.Entry` carries.

A reader of signers outside lists is marked with :func:`reads`: each entry of the sections it
returns is marked with its name (``title_signers``), and an entry a reader got from another reader
it calls with both, the outer first (``title_signers>prose_signers``). A list's entries are
marked by the form of their block (:func:`marked`, ``list:marked``); the names the gate adds to a
run a reader read in part carry that reader's mark and ``+completed``. The mark is for diagnosis
(``bench/quality_reader.py`` counts found and invented signers per reader): it is never
published, and two entries alike but for it are equal, so no reading depends on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from typing import ParamSpec, TypeVar, cast

from ..model.records import Entry, Section

__all__ = ["completed_by", "marked", "reads"]

P = ParamSpec("P")
R = TypeVar("R")


def _entry(entry: Entry, name: str) -> Entry:
    if not entry.reader:
        return replace(entry, reader=name)
    if entry.reader == name or entry.reader.startswith(f"{name}>"):
        return entry
    return replace(entry, reader=f"{name}>{entry.reader}")


def marked(section: Section, name: str) -> Section:
    """``section`` with each entry marked as read by ``name`` (an entry another reader read
    keeps that reader's name after ``name``)."""
    return replace(section, entries=tuple(_entry(e, name) for e in section.entries))


def _marked_all(found: object, name: str) -> object:
    if isinstance(found, Section):
        return marked(found, name)
    if isinstance(found, list):
        return [_marked_all(item, name) for item in found]
    return found


def reads(reader: Callable[P, R]) -> Callable[P, R]:
    """``reader`` (a function returning a section, ``None`` or a list of them) with the entries
    it returns marked with its name."""
    name = reader.__name__

    @wraps(reader)
    def read(*args: P.args, **kwargs: P.kwargs) -> R:
        return cast(R, _marked_all(reader(*args, **kwargs), name))

    return read


def completed_by(entries: list[Entry], section: Section) -> list[Entry]:
    """``entries`` (a run of ``section``'s made whole) with the ones no reader marked marked as
    added to the run ``section``'s reader read (``prose_signers+completed``)."""
    first = next((e.reader for e in section.entries if e.reader), "")
    mark = f"{first}+completed" if first else "completed"
    return [e if e.reader else replace(e, reader=mark) for e in entries]
