"""What answers ``kzld query``: the store a data file is queried in, and the answers kept.

A small file is loaded into memory on every call. A big one is queried in its on-disk store
(:mod:`kzld.query.cache`), made by the first query after the file changed, and a SELECT or ASK
answer that took a while to make is kept beside that store, under the query, the format and
kzld's own code, to be given again at once while the file is unchanged. A query that calls a
function whose value changes (NOW, RAND, UUID, STRUUID, BNODE) is always answered afresh, and so
is a graph (CONSTRUCT, DESCRIBE), whose blank nodes are new every time. Either way the answers are
those of the file as it is now.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from ..rdf import sparql
from . import cache as storecache
from . import loading, ordering
from . import run as store
from .cache import Answers, Progress, cached_store

__all__ = ["Answer", "answer_query", "query_store"]


@dataclass(frozen=True)
class Answer:
    """A query's answer as ``kzld query`` prints it."""

    #: The formatted result.
    text: str
    kind: Literal["select", "ask", "graph"]
    #: The answer to an ASK query.
    boolean: bool | None = None
    #: One line for each parameter whose IRI names nothing in the data.
    warnings: tuple[str, ...] = ()


def answer_query(
    data: Path,
    query_text: str,
    params: Mapping[str, str] | None = None,
    *,
    source: str = "query",
    fmt: str = "table",
    cache: bool = True,
    base: str | None = None,
    progress: Progress | None = None,
) -> Answer:
    """The answer to ``query_text`` (with ``params`` bound) over the RDF file ``data``, as ``fmt``.

    Without ``cache``, or with a ``base`` for the file's relative IRIs, the file is loaded into
    memory and nothing is kept. A parameter that is an IRI naming nothing in the data gives a
    warning (:attr:`Answer.warnings`). ``progress`` is told how the building of an on-disk store
    goes, when this query is the first since the file changed.
    """
    with _opened(data, cache and base is None, base, progress) as (found, answers):
        text = store.bind_params(query_text, params or {}, source)
        warnings = _unknown(found, params or {}, data, source)
        answer = _answer(found, answers, text, source, fmt)
        return replace(answer, warnings=warnings) if warnings else answer


def _unknown(
    found: ox.Store, params: Mapping[str, str], data: Path, source: str
) -> tuple[str, ...]:
    """A warning for each parameter whose value is an IRI that ``found`` does not hold."""
    lines = []
    for name, value in params.items():
        term = store.param_term(value, source)
        if term.startswith("<") and not store.names_anything(found, term[1:-1]):
            lines.append(f"Warning: --param {name}={value}: {term} names nothing in {data}")
    return tuple(lines)


def _answer(found: ox.Store, answers: Answers | None, text: str, source: str, fmt: str) -> Answer:
    """The answer to the bound query ``text``: kept, or made (and kept if it took a while)."""
    key = None if answers is None else _key(text, fmt)
    if answers is not None and key is not None:
        kept = answers.get(key)
        if kept is not None and (answer := _decoded(kept)) is not None:
            return answer
    started = time.perf_counter()
    result = store.run_query(found, text, source)
    answer = Answer(result.format(fmt), result.kind, result.boolean)
    slow = time.perf_counter() - started >= storecache.KEEP_SECONDS
    if answers is not None and key is not None and slow and result.kind != "graph":
        answers.keep(key, _encoded(answer))
    return answer


@contextmanager
def query_store(data: Path, *, cache: bool = True) -> Iterator[ox.Store]:
    """A store holding the RDF file ``data``, for the duration of the block: its on-disk store
    with ``cache`` where it can have one, else one in memory."""
    with _opened(data, cache, None, None) as (found, _):
        yield found


@contextmanager
def _opened(
    data: Path, cache: bool, base: str | None, progress: Progress | None
) -> Iterator[tuple[ox.Store, Answers | None]]:
    """The store of ``data`` and, for an on-disk one, the answers kept beside it."""
    rdf_format = loading.rdf_format(data)
    if cache:

        def loader(empty: ox.Store) -> None:
            loading.load(empty, data, rdf_format, progress=progress)

        with cached_store(data, loader, progress=progress) as cached:
            if cached is not None:
                yield cached.store, cached.answers
                return
    yield store.open_store(data, base), None


def _key(query_text: str, fmt: str) -> str | None:
    """The name an answer is kept under, or None for a query that must be answered afresh."""
    code = _code()
    if code is None or sparql.is_volatile(query_text):
        return None
    return hashlib.sha256(json.dumps([code, fmt, query_text]).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _code() -> str | None:
    """A digest of the code that makes answers (a kept answer is given only by the same code)."""
    try:
        modules = (store, ordering, sparql)
        files = [Path(module.__file__ or "") for module in modules] + [Path(__file__)]
        return hashlib.sha256(b"".join(path.read_bytes() for path in files)).hexdigest()
    except OSError:
        return None


def _encoded(answer: Answer) -> bytes:
    head = answer.kind if answer.boolean is None else f"{answer.kind} {answer.boolean}"
    return f"{head}\n{answer.text}".encode()


def _decoded(data: bytes) -> Answer | None:
    head, _, text = data.decode("utf-8", errors="replace").partition("\n")
    kind, _, boolean = head.partition(" ")
    if kind == "select" and not boolean:
        return Answer(text, "select")
    if kind == "ask" and boolean in ("True", "False"):
        return Answer(text, "ask", boolean == "True")
    return None  # not an answer kzld wrote
