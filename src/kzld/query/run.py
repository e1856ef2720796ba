"""The embedded triple store: load the published graph into pyoxigraph, run SPARQL, format results.

Queries come from a ``.rq`` file, a name in the query catalogue (``queries/``) or the text itself;
catalogue parameters are ``VALUES`` blocks of one variable that ``--param name=value`` replaces.
Remote resources are never fetched. (Which store answers ``kzld query``, in memory or on disk,
and the answers kept: :mod:`kzld.query.answers`.)
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from ..errors import QueryError, RDFSyntaxError
from ..model.iris import DEFAULT_BASE
from ..rdf import sparql as sparqlguard
from ..rdf.namespaces import prefixes, shorten
from ..rdf.sparql import Ordering, split_order
from ..resources import queries_dir
from . import syntax as sparqlsyntax
from .loading import load, rdf_format
from .ordering import sort_rows

__all__ = [
    "FORMATS",
    "QueryResult",
    "bind_params",
    "catalogue",
    "names_anything",
    "open_store",
    "param_term",
    "resolve_query",
    "run_query",
]

#: The result formats of SELECT queries (ASK and graph results have one form each).
FORMATS = ("table", "csv", "tsv", "json")

#: Prefixes used to shorten IRIs in tables and in CONSTRUCT output.
PREFIXES = {
    "id": DEFAULT_BASE,
    **prefixes(
        "kzld", "genre", "schema", "prov", "oa", "dcterms", "skos", "void", "dcat", "xsd", "rdf"
    ),
}

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT)."""

    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = field(default=())

    def format(self, fmt: str = "table") -> str:
        """The result as text: ``table``, ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 results).

        ASK answers ``yes``/``no`` (``true``/``false`` in JSON); CONSTRUCT and DESCRIBE give Turtle
        whatever ``fmt`` is.
        """
        if fmt not in FORMATS:
            raise QueryError(fmt, f"unknown result format; use one of {', '.join(FORMATS)}")
        if self.kind == "graph":
            return _turtle(self.triples)
        if self.kind == "ask":
            if fmt == "json":
                return json.dumps({"head": {}, "boolean": bool(self.boolean)}) + "\n"
            return ("yes" if self.boolean else "no") + "\n"
        return _FORMATTERS[fmt](self)


def open_store(data: Path, base: str | None = None) -> ox.Store:
    """An in-memory store holding the RDF file ``data`` (in a format of :mod:`kzld.rdf.formats`);
    relative IRIs resolve against ``base``, by default the file's ``file://`` IRI."""
    store = ox.Store()
    try:
        load(store, data, rdf_format(data), base)
    except OSError as error:
        raise RDFSyntaxError(data, f"cannot be read: {error}") from error
    return store


def run_query(store: ox.Store, query_text: str, source: str = "query") -> QueryResult:
    """Run ``query_text`` on ``store``; syntax errors raise :class:`QueryError` with the position.

    A query that could reach the network (``SERVICE``, a ``FROM`` naming a graph the store does
    not hold) is refused before it is evaluated (:mod:`kzld.rdf.sparql`).
    """
    refused = sparqlguard.refusal(query_text, holds_graph=_holds_graph(store))
    if refused is not None:
        raise QueryError(source, refused.reason, refused.line, refused.column)
    order = split_order(query_text)
    if order is not None:
        result = _sorted_here(store, query_text, order)
        if result is not None:
            return result
    try:
        answer = store.query(query_text)
    except SyntaxError as error:
        explained = sparqlsyntax.explain(query_text, str(error))
        raise QueryError(
            source,
            f"SPARQL syntax error: {explained.reason}",
            explained.line,
            explained.column,
        ) from error
    except OSError as error:
        raise QueryError(source, f"cannot be evaluated: {error}") from error
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            return QueryResult("graph", triples=tuple(answer))
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(solution) for solution in answer)
    except OSError as error:
        raise QueryError(source, f"cannot be evaluated: {error}") from error
    return QueryResult("select", variables=variables, rows=rows)


def _holds_graph(store: ox.Store) -> Callable[[str], bool]:
    """Whether ``store`` holds a named graph of a given IRI."""

    def holds(iri: str) -> bool:
        try:
            return store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:
            return False

    return holds


def _sorted_here(store: ox.Store, query_text: str, order: Ordering) -> QueryResult | None:
    """The answer to a SELECT query with its final ORDER BY done by :mod:`kzld.query.ordering`, or
    None where that cannot be (the query then runs as written, and reports its own errors)."""
    try:
        answer = store.query(order.text)
        if not isinstance(answer, ox.QuerySolutions):
            return None
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(solution) for solution in answer)
    except (SyntaxError, OSError):
        return None
    ordered = sort_rows(variables, rows, order)
    return None if ordered is None else QueryResult("select", variables=variables, rows=ordered)


def catalogue() -> dict[str, Path]:
    """The shipped queries by name (file stem)."""
    return {path.stem: path for path in sorted(queries_dir().glob("*.rq"))}


def resolve_query(query: str) -> tuple[str, str]:
    """``(source, text)`` of ``query``: a ``.rq`` file path, a catalogue name or the query text."""
    if query.endswith(".rq") or ("\n" not in query and Path(query).is_file()):
        path = Path(query)
        if not path.is_file():
            raise QueryError(query, "no such query file")
        return str(path), path.read_text(encoding="utf-8")
    if _PARAM_NAME.fullmatch(query.replace("-", "_")):
        known = catalogue()
        if query in known:
            return str(known[query]), known[query].read_text(encoding="utf-8")
        names = ", ".join(known)
        raise QueryError(query, f"no such query in the catalogue; known: {names}")
    return "query", query


def bind_params(query_text: str, params: Mapping[str, str], source: str = "query") -> str:
    """``query_text`` with each ``VALUES ?name { ... }`` block replaced by the given value.

    A value in ``<...>`` or with a scheme (``https://...``) is an IRI, one in double quotes
    (optionally with ``@lang`` or ``^^<datatype>``) or a plain number is taken as written, anything
    else is a plain string literal.
    """
    for name, value in params.items():
        if not _PARAM_NAME.fullmatch(name):
            raise QueryError(source, f"bad parameter name {name!r}")
        block = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^}]*\}", re.IGNORECASE)
        if not block.search(query_text):
            declared = re.findall(r"VALUES\s+\?(\w+)\s*\{", query_text, re.IGNORECASE)
            hint = f"it takes {', '.join(declared)}" if declared else "it takes no parameters"
            raise QueryError(source, f"the query has no parameter {name!r} ({hint})")
        term = param_term(value, source)
        replacement = f"VALUES ?{name} {{ {term} }}".replace("\\", "\\\\")
        query_text = block.sub(replacement, query_text)
    return query_text


def param_term(value: str, source: str = "query") -> str:
    """The SPARQL form of a parameter value: an IRI for ``<...>``, for one with a scheme
    (``https://...``) and for a prefixed name with one of kzld's prefixes (``id:org/kke``,
    as tables print them); a quoted literal or a number as written; else a plain string."""
    try:
        if value.startswith("<") and value.endswith(">"):
            return str(ox.NamedNode(value[1:-1]))
        prefix, colon, local = value.partition(":")
        if colon and prefix in PREFIXES and not local.startswith("//"):
            return str(ox.NamedNode(PREFIXES[prefix] + local))
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://|(?:urn|tag|mailto):", value, re.IGNORECASE):
            return str(ox.NamedNode(value))
    except ValueError as error:
        raise QueryError(source, f"bad IRI {value!r}: {error}") from error
    if value.startswith('"') or re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
        return value
    return str(ox.Literal(value))


def names_anything(store: ox.Store, iri: str) -> bool:
    """Whether the IRI ``iri`` occurs in ``store`` (as subject, predicate, object or graph)."""
    node = ox.NamedNode(iri)
    for pattern in ((node, None, None), (None, node, None), (None, None, node)):
        for _ in store.quads_for_pattern(*pattern):
            return True
    return store.contains_named_graph(node)


# ---- formatting -------------------------------------------------------------------------------

Term = ox.NamedNode | ox.BlankNode | ox.Literal | None


def _short(term: Term) -> str:
    """A term as a person reads it: prefixed IRI, literal's lexical form (with @lang)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value, PREFIXES) or f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if term.language:
        return f"{term.value}@{term.language}"
    return term.value


def _table(result: QueryResult) -> str:
    header = list(result.variables)
    shorts: dict[Term, str] = {}  # IRIs repeat from row to row; shortening one takes a while

    def cell(term: Term) -> str:
        if isinstance(term, ox.NamedNode):
            text = shorts.get(term)
            if text is None:
                text = shorts[term] = _short(term).replace("\n", " ")
            return text
        return _short(term).replace("\n", " ")

    cells = [[cell(term) for term in row] for row in result.rows]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(header)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines = [line.rstrip() for line in lines]
    count = len(result.rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: IRIs and literals as their plain values."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(
            [
                "" if t is None else ("_:" if isinstance(t, ox.BlankNode) else "") + t.value
                for t in row
            ]
        )
    return out.getvalue()


def _tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV results: terms in their SPARQL/N-Triples form."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


#: JSON strings as ``json.dumps(..., ensure_ascii=False)`` writes them.
_string = json.encoder.encode_basestring
_TERM_OPEN = "{\n" + " " * 10
_TERM_FIELD = ",\n" + " " * 10
_TERM_CLOSE = "\n" + " " * 8 + "}"


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    """A term of a SPARQL JSON result, indented as the value of a binding's field."""
    if isinstance(term, ox.NamedNode):
        fields = ['"type": "uri"', f'"value": {_string(term.value)}']
    elif isinstance(term, ox.BlankNode):
        fields = ['"type": "bnode"', f'"value": {_string(term.value)}']
    else:
        fields = ['"type": "literal"', f'"value": {_string(term.value)}']
        if term.language:
            fields.append(f'"xml:lang": {_string(term.language)}')
        elif term.datatype.value != _XSD_STRING:
            fields.append(f'"datatype": {_string(term.datatype.value)}')
    return _TERM_OPEN + _TERM_FIELD.join(fields) + _TERM_CLOSE


def _json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON, exactly as ``json.dumps(..., ensure_ascii=False,
    indent=2)`` writes it (but written here, term by term: json's indenting encoder is slow)."""
    names = [_string(name) for name in result.variables]
    bindings = []
    for row in result.rows:
        fields = ",\n".join(
            f"        {name}: {_json_term(term)}"
            for name, term in zip(names, row, strict=True)
            if term is not None
        )
        bindings.append("{\n" + fields + "\n      }" if fields else "{}")
    return (
        '{\n  "head": {\n    "vars": '
        + _json_list(names, 6)
        + '\n  },\n  "results": {\n    "bindings": '
        + _json_list(bindings, 6)
        + "\n  }\n}\n"
    )


def _json_list(items: Sequence[str], indent: int) -> str:
    """A JSON array of the JSON texts ``items``, its items indented by ``indent`` spaces."""
    if not items:
        return "[]"
    space = " " * indent
    return "[\n" + ",\n".join(space + item for item in items) + "\n" + space[:-2] + "]"


_FORMATTERS = {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}


def _turtle(triples: Sequence[ox.Triple]) -> str:
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    # Without id: the Turtle writer would escape every "/" in the local names.
    prefixes = {k: v for k, v in PREFIXES.items() if k != "id"}
    data = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return data.decode("utf-8") if data else ""
