"""Records as JSON bytes and back: what the build's state directory keeps of a read text.

:func:`to_json` writes any record (a frozen dataclass of :mod:`kzld.model.records`) with orjson,
dates in ISO form; :func:`from_json` makes the record again, each field converted by its declared
type (a list back into a tuple, an ISO string back into a :class:`~datetime.date`). JSON rather
than pickle: a state directory is only data, and reading one never runs code from it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Hashable
from dataclasses import fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any, TypeVar, cast

import orjson

__all__ = ["from_json", "from_value", "to_json"]

R = TypeVar("R")

#: A function that makes one field's value from its JSON form.
Convert = Callable[[Any], Any]

_PLAIN: tuple[type, ...] = (str, int, float, bool, type(None))


def to_json(record: object) -> bytes:
    """``record`` (a dataclass) as compact JSON bytes."""
    return orjson.dumps(record)


def from_json(kind: type[R], data: bytes) -> R:
    """The ``kind`` record written as ``data`` by :func:`to_json`; raises ``ValueError`` (or
    ``TypeError``, ``KeyError``) for bytes that do not hold one."""
    return from_value(kind, orjson.loads(data))


def from_value(kind: type[R], value: Any) -> R:
    """The ``kind`` record of ``value``, the JSON value (as :func:`orjson.loads` gives it) of
    one :func:`to_json` wrote, part of a bigger JSON document; raises as :func:`from_json`."""
    made: R = _converter(cast(Hashable, kind))(value)
    return made


def _identity(value: Any) -> Any:
    return value


@cache
def _converter(kind: Any) -> Convert:
    """The function that makes a value of type ``kind`` from its JSON form."""
    if kind in _PLAIN:
        return _identity
    if kind is date:
        return date.fromisoformat
    if isinstance(kind, type) and is_dataclass(kind):
        return _record_converter(kind)
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        item = _converter(arguments[0])
        if item is _identity:
            return tuple
        return lambda values: tuple(map(item, values))
    if origin in (typing.Union, types.UnionType):
        present = [argument for argument in arguments if argument is not type(None)]
        if len(present) == 1:
            inner = _converter(present[0])
            if inner is _identity:
                return _identity
            return lambda value: None if value is None else inner(value)
    raise TypeError(f"no JSON form for values of type {kind!r}")


def _record_converter(kind: type) -> Convert:
    hints = typing.get_type_hints(kind)
    converted = tuple(
        (item.name, _converter(hints[item.name]))
        for item in fields(kind)
        if _converter(hints[item.name]) is not _identity
    )

    def make(value: dict[str, Any]) -> Any:
        for name, convert in converted:
            value[name] = convert(value[name])
        return kind(**value)

    return make
