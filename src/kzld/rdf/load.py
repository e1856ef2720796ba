"""Safe loading of RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD) into rdflib graphs.

Parsing is pyoxigraph's: fast, and it never fetches anything. JSON-LD contexts are never loaded
from the web or from files: a reference to kzld's own context (:data:`CONTEXT_IRI`) is replaced by
the copy shipped in ``ontology/context.jsonld``, any other reference is refused with a clear
error. The formats are those of :mod:`kzld.rdf.formats` (RDF/XML is not accepted). Every failure
is an :class:`~kzld.errors.InputError` (an :class:`~kzld.errors.RDFSyntaxError` for a parse error)
naming the file and, where known, the line.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..errors import InputError, RDFSyntaxError
from ..limits import MAX_JSON_DEPTH, MAX_RDF_BYTES, describe
from .formats import JSON_LD, TURTLE, RdfFormat, by_name, of_file
from .jsonld import CONTEXT_IRI, load_context
from .parsers import base_for, oxigraph_format
from .terms import XSD_STRING, ox_term, rdflib_subject, rdflib_term
from .triples import NTriples

__all__ = [
    "format_for",
    "graph_of",
    "load_graph",
    "load_ntriples",
]

_PARSER_PREFIX = re.compile(r"^Parser error [^:]*?columns? (\d+)[^:]*:\s*")


def format_for(path: Path | str, format: str | None = None) -> RdfFormat:
    """The format of ``path``: the one called ``format`` if given, else by its extension."""
    if format is not None:
        return by_name(format, path)
    return of_file(path, hint=", or pass --format")


def _prepared(
    path: Path | str, format: str | None, max_bytes: int | None
) -> tuple[str, bytes, ox.RdfFormat]:
    """The name of ``path``, its bytes ready to parse and their format (checks shared by the
    loaders: size, emptiness, a BOM, JSON-LD contexts)."""
    stdin = str(path) == "-"
    name = "<stdin>" if stdin else str(path)
    kind = None if stdin and format is None else format_for(name, format)
    data = _read(path, name, max_bytes)
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM, as some editors write
        data = data[3:]
    if not data.strip():
        raise RDFSyntaxError(name, "the file is empty: there is no RDF in it")
    if kind is None:
        kind = JSON_LD if data.lstrip()[:1] in (b"{", b"[") else TURTLE  # stdin: sniffed
    if kind == JSON_LD:
        data = _safe_json_ld(data, name)
    return name, data, oxigraph_format(kind)


@contextmanager
def _parsing(
    path: Path | str, format: str | None, max_bytes: int | None, base: str | None
) -> Iterator[tuple[str, Iterator[ox.Quad]]]:
    """The name of the RDF file ``path`` and its quads, parsed as they are read (what the loaders
    share): a parse error is an :class:`~kzld.errors.RDFSyntaxError` naming the file, an
    ill-typed literal is kept as written, and a file that gave no quad is refused."""
    name, data, kind = _prepared(path, format, max_bytes)
    iri = base_for(path, base)
    read = 0

    def quads() -> Iterator[ox.Quad]:
        nonlocal read
        for quad in _quads(data, kind, iri):
            read += 1
            yield quad

    with _parse_errors(name, iri), _quiet_literals():
        yield name, quads()
    if not read:
        raise _no_rdf(name, kind)


@contextmanager
def _parse_errors(name: str, base: str | None = None) -> Iterator[None]:
    """pyoxigraph's parse errors as :class:`~kzld.errors.RDFSyntaxError` naming ``name``."""
    try:
        yield
    except SyntaxError as error:
        found = _syntax_error(error, name)
        if base is None and "absolute IRI" in found.reason:
            found = RDFSyntaxError(
                name,
                found.reason + " (a relative IRI: give --base IRI to resolve it against)",
                line=found.line,
            )
        raise found from None
    except MemoryError:
        # pyoxigraph's bound on one token (a literal or an IRI), not an exhausted machine
        raise RDFSyntaxError(
            name, "a literal or IRI in it is longer than the parser's 16 MiB limit"
        ) from None


def _no_rdf(name: str, kind: ox.RdfFormat) -> RDFSyntaxError:
    if kind == ox.RdfFormat.JSON_LD:
        return RDFSyntaxError(
            name,
            "this JSON holds no RDF: it is not JSON-LD (it needs an @context, or keys that "
            "are IRIs, and nodes with @id)",
        )
    return RDFSyntaxError(name, "the file holds no triples")


def load_graph(
    path: Path | str,
    format: str | None = None,
    *,
    max_bytes: int | None = None,
    base: str | None = None,
) -> Graph:
    """Parse the RDF file ``path`` (``"-"`` reads standard input) into an rdflib graph.

    Relative IRIs resolve against ``base``, by default the file's ``file://`` IRI
    (:func:`base_for`; standard input has no default: a relative IRI in it is an error).

    Named graphs of N-Quads, TriG and JSON-LD are merged into one graph. Raises
    :class:`~kzld.errors.RDFSyntaxError` for a parse error, an empty file or JSON that holds no
    RDF, and :class:`~kzld.errors.InputError` when the file cannot be read or its format is
    unknown or refused, or it is bigger than ``max_bytes`` (default
    :data:`~kzld.limits.MAX_RDF_BYTES`).
    """
    with _parsing(path, format, max_bytes, base) as (name, quads):
        return _graph(quads, name)


def graph_of(data: bytes | str, format: str = "turtle") -> Graph:
    """An rdflib graph of RDF text that kzld (or an engine) wrote, read as :func:`load_graph`
    reads files: typed literals as written, never in rdflib's normal form."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with _parse_errors("<report>"), _quiet_literals():
        return _graph(_quads(raw, oxigraph_format(by_name(format, "<report>")), None), "<report>")


def _graph(quads: Iterator[ox.Quad], name: str) -> Graph:
    """An rdflib graph of ``quads``, their graphs merged, typed literals as written (errors name
    ``name``)."""
    graph = Graph()
    graph.addN(
        (
            rdflib_subject(q.subject, name),
            URIRef(q.predicate.value),
            rdflib_term(q.object, name),
            graph,
        )
        for q in quads
    )
    return graph


def load_ntriples(
    path: Path | str,
    format: str | None = None,
    *,
    max_bytes: int | None = None,
    base: str | None = None,
) -> NTriples:
    """The RDF file ``path`` as N-Triples text, read as :func:`load_graph` reads it (the same
    errors, named graphs merged, typed literals in rdflib's normal form) but without building a
    graph: for validating big files exactly as a graph of them would be validated."""
    normal: dict[tuple[str, str], ox.Literal] = {}
    # parsed and written as a stream: no triple is held as a Python object longer than it takes
    # to write it. A triple of several named graphs is written once for each: still one triple
    # when parsed.
    with _parsing(path, format, max_bytes, base) as (name, quads):
        triples = (_triple(quad, name, normal) for quad in quads)
        text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return NTriples(bytes(text or b""))


_PLAIN = frozenset({XSD_STRING, "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})


def _triple(quad: ox.Quad, name: str, normal: dict[tuple[str, str], ox.Literal]) -> ox.Triple:
    """The triple of ``quad``, a typed literal object as rdflib writes it (``"01"^^xsd:integer``
    is ``"1"``): ``normal`` remembers each one seen."""
    subject, obj = quad.subject, quad.object
    if isinstance(subject, ox.Triple) or isinstance(obj, ox.Triple):
        raise RDFSyntaxError(name, "quoted triples (RDF-star) are not supported")
    if isinstance(obj, ox.Literal) and obj.datatype.value not in _PLAIN:
        key = (obj.value, obj.datatype.value)
        if key not in normal:
            converted = ox_term(rdflib_term(obj, name))
            assert isinstance(converted, ox.Literal)
            normal[key] = converted
        written = normal[key]
        if written != obj:
            return ox.Triple(subject, quad.predicate, written)
    return quad.triple


@contextmanager
def _quiet_literals() -> Iterator[None]:
    """Keep ill-typed literals ("2015-13-01"^^xsd:date) as they are, silently.

    rdflib warns and logs a traceback for each; validation reports them instead.
    """
    logger = logging.getLogger("rdflib.term")
    disabled = logger.disabled
    logger.disabled = True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.disabled = disabled


def _too_big(name: str, limit: int, size: int | None = None) -> InputError:
    actual = f"is {size:,} bytes" if size is not None else "holds"
    return InputError(
        name,
        f"{actual} more than the {describe(limit)} kzld checks in one file; split it, or raise "
        "the limit with --max-bytes (about 10 bytes of memory for each byte of Turtle)",
    )


def _read(path: Path | str, name: str, limit: int | None = None) -> bytes:
    limit = MAX_RDF_BYTES if limit is None else limit
    if str(path) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise _too_big(name, limit)
        return data
    try:
        size = Path(path).stat().st_size
        if size > limit and Path(path).is_file():
            raise _too_big(name, limit, size)
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not an RDF file") from None
    except OSError as error:
        raise InputError(name, f"cannot be read: {error.strerror}") from None


def _quads(data: bytes, format: ox.RdfFormat, base: str | None) -> Iterator[ox.Quad]:
    # The base only resolves relative IRIs: nothing is ever read from it.
    yield from ox.parse(data, format=format, base_iri=base)


def _syntax_error(error: SyntaxError, name: str) -> RDFSyntaxError:
    message = error.msg or str(error)
    match = _PARSER_PREFIX.match(message)
    reason = message[match.end() :] if match else message
    if match:
        reason = f"column {match.group(1)}: {reason}"
    return RDFSyntaxError(name, reason, line=error.lineno)


def _safe_json_ld(data: bytes, name: str) -> bytes:
    """Check the JSON and replace references to kzld's context by the bundled copy.

    Any other context reference (a web address, a file, ``@import``) is refused: kzld never
    loads a document the input names.
    """
    try:
        text = data.decode("utf-8")
        document = json.loads(text)
    except UnicodeDecodeError as error:
        raise RDFSyntaxError(name, f"not UTF-8 text ({error.reason})") from None
    except json.JSONDecodeError as error:
        raise RDFSyntaxError(name, f"not JSON: {error.msg}", line=error.lineno) from None
    except RecursionError:
        raise _too_deep(name) from None
    if _depth(document) > MAX_JSON_DEPTH:
        raise _too_deep(name)
    if not isinstance(document, dict | list):
        raise RDFSyntaxError(name, "this JSON holds no RDF: JSON-LD is a JSON object or array")
    replaced = [False]

    def fix(node: Any) -> Any:
        if isinstance(node, list):
            return [fix(item) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("@context", "@import"):
                value = _resolve_context(value, text, name, replaced)
            out[key] = fix(value)
        return out

    fixed = fix(document)
    return json.dumps(fixed, ensure_ascii=False).encode("utf-8") if replaced[0] else data


def _too_deep(name: str) -> RDFSyntaxError:
    return RDFSyntaxError(
        name, f"the JSON is nested more than {MAX_JSON_DEPTH} levels deep; kzld refuses it"
    )


def _depth(document: Any) -> int:
    """How deep arrays and objects nest in ``document`` (an explicit stack: no recursion)."""
    deepest = 0
    stack = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            node = list(node.values())
        elif not isinstance(node, list):
            continue
        deepest = max(deepest, depth)
        if depth <= MAX_JSON_DEPTH:
            stack.extend((item, depth + 1) for item in node)
    return deepest


def _resolve_context(value: Any, text: str, name: str, replaced: list[bool]) -> Any:
    if isinstance(value, list):
        return [_resolve_context(item, text, name, replaced) for item in value]
    if not isinstance(value, str):
        return value
    if value == CONTEXT_IRI:
        replaced[0] = True
        return load_context()
    position = text.find(json.dumps(value))
    line = text.count("\n", 0, position) + 1 if position >= 0 else None
    raise RDFSyntaxError(
        name,
        f"the JSON-LD context {value!r} is not loaded: kzld never fetches remote or local "
        f"contexts; put the context inline, or use {CONTEXT_IRI!r}",
        line=line,
    )
