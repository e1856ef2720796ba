"""The one reader of SPARQL text: what a query or an update does, read from rdflib's syntax tree.

rdflib's SPARQL parser is plain Python and evaluates nothing; every question about a query is
answered from the tree it makes, never from the text's words (a ``SERVICE`` inside a string, an
IRI or a comment is no clause, and one spelled with ``\\u`` escapes is one). Where rdflib cannot
parse what oxigraph can (oxigraph's own extensions, such as ``LATERAL``), the words outside IRIs,
strings and comments (:func:`keywords_only`) decide, on the safe side. The questions:

- :func:`refusal`: what keeps SPARQL offline. Every way a query or an update could fetch is
  refused before evaluation: ``SERVICE`` (a federated query); ``FROM`` / ``FROM NAMED`` (and an
  update's ``USING`` / ``USING NAMED``, and the protocol's ``default-graph-uri`` /
  ``named-graph-uri``) naming a graph the store does not hold, which an engine may dereference;
  ``LOAD`` (the engine fetches the document). Where the tree cannot be made, the query is refused
  if any of those keywords appears: the check fails closed.
- :func:`is_volatile`: whether the answer may change with the same data (``NOW``, ``RAND``, ...).
- :func:`whole_graph_safe` and :func:`unsupported`: what a SHACL-SPARQL constraint's SELECT may
  be evaluated as, and what SHACL (5.3.1) does not allow in it.
- :func:`split_order`: a SELECT's final ``ORDER BY`` cut off, for :mod:`kzld.query.ordering`.

The lexical patterns of IRIs, strings and comments are declared here once
(:data:`IRI_PATTERN`, :data:`STRING_PATTERN`, :data:`COMMENT_PATTERN`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node, Variable

__all__ = [
    "COMMENT_PATTERN",
    "IRI_PATTERN",
    "STRING_PATTERN",
    "Ordering",
    "Refusal",
    "is_volatile",
    "keywords_only",
    "line_column",
    "refusal",
    "split_order",
    "unescaped",
    "unsupported",
    "whole_graph_safe",
]

#: An IRI written in full (``<...>``).
IRI_PATTERN = r'<[^<>"{}|^`\\\x00-\x20]*>'
#: A string: long ones (which may span lines) first, then short ones.
STRING_PATTERN = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
)
#: A comment, to the end of its line.
COMMENT_PATTERN = r"#[^\n]*"

_NOT_KEYWORDS = re.compile(f"{IRI_PATTERN}|{STRING_PATTERN}|{COMMENT_PATTERN}", re.DOTALL)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_FETCHING = re.compile(r"(?<![\w:?$])(SERVICE|LOAD|FROM|USING)(?![\w:-])", re.IGNORECASE)
_VOLATILE_WORDS = re.compile(r"(?<![\w:?$])(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)
#: The rules of rdflib's grammar for functions whose value changes from one evaluation to the next.
_VOLATILE = frozenset(
    {"Builtin_NOW", "Builtin_RAND", "Builtin_UUID", "Builtin_STRUUID", "Builtin_BNODE"}
)
_THIS = Variable("this")
#: Variables SHACL pre-binds that a join over the whole graph cannot give.
_OTHER_PREBOUND = (Variable("shapesGraph"), Variable("currentShape"))
#: Group patterns evaluated on their own (a FILTER or BIND on ``$this`` in one sees it unbound).
_OWN_GROUPS = ("GroupOrUnionGraphPattern", "OptionalGraphPattern", "GraphGraphPattern")
#: What SHACL-SPARQL does not allow in a constraint (5.3.1), by rdflib's grammar rule.
_NOT_IN_SHACL = {
    "MinusGraphPattern": "MINUS is not allowed in SHACL-SPARQL constraints (SHACL 5.3.1)",
    "InlineData": "VALUES is not allowed in SHACL-SPARQL constraints (SHACL 5.3.1)",
    "InlineDataOneVar": "VALUES is not allowed in SHACL-SPARQL constraints (SHACL 5.3.1)",
    "InlineDataFull": "VALUES is not allowed in SHACL-SPARQL constraints (SHACL 5.3.1)",
}
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)
_MODIFIERS = re.compile(
    r"(?P<head>.*?)\bORDER\s+BY\b(?P<keys>.*?)"
    r"(?P<slice>(?:\s+LIMIT\s+\d+(?:\s+OFFSET\s+\d+)?|\s+OFFSET\s+\d+(?:\s+LIMIT\s+\d+)?)?)\s*",
    re.IGNORECASE | re.DOTALL,
)
_KEY = re.compile(r"\s*(?:(?P<dir>ASC|DESC)\s*\(\s*\?(?P<wrapped>\w+)\s*\)|\?(?P<plain>\w+))", re.I)
_SLICE = re.compile(r"\b(LIMIT|OFFSET)\s+(\d+)", re.IGNORECASE)

#: A part of rdflib's SPARQL syntax tree: a grammar rule's node (a ``CompValue``, whose ``name``
#: is the rule), a sequence of parts, or a leaf (a term, or the text of a keyword or operator).
Part: TypeAlias = "CompValue | ParseResults | list[Part] | tuple[Part, ...] | Node | str | None"


@dataclass(frozen=True)
class Refusal:
    """Why a query is refused, and where (1-based line and column of the clause, when found)."""

    reason: str
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class Ordering:
    """A SELECT query split into the query without its final ORDER BY, and that ORDER BY."""

    #: The query without ``ORDER BY ...`` and the ``LIMIT`` / ``OFFSET`` after it.
    text: str
    #: ``(variable, descending)`` for each key, most significant first.
    keys: tuple[tuple[str, bool], ...]
    offset: int = 0
    limit: int | None = None


# ---- reading: the words, and the syntax tree ---------------------------------------------------


def keywords_only(text: str) -> str:
    """``text`` with its IRIs, strings and comments blanked out (the same length, so that a
    position in it is one in ``text``; a long string's line breaks are blanked too)."""
    return _NOT_KEYWORDS.sub(lambda match: " " * len(match.group()), text)


def unescaped(text: str) -> str:
    """``text`` with SPARQL's ``\\u`` / ``\\U`` escapes replaced (done before parsing)."""

    def character(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group()

    return _UNICODE_ESCAPE.sub(character, text)


def _tree(text: str, update: bool = False) -> ParseResults | CompValue | None:
    """rdflib's syntax tree of the query (or update) ``text``, or None where rdflib cannot read
    it. (A query is read by several questions before it runs: the tree is made once, whichever
    way the question passes ``update``.)"""
    return _parsed(text, update)


@lru_cache(maxsize=32)
def _parsed(text: str, update: bool) -> ParseResults | CompValue | None:
    try:
        return parseUpdate(text) if update else parseQuery(text)
    except (ParseException, ValueError, TypeError, AttributeError, RecursionError):
        return None


def _walk(node: Part) -> Iterator[tuple[str, CompValue]]:
    """Every node of an rdflib SPARQL syntax tree, with its rule name (depth first)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item.name, item
            stack.extend(item.values())
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend(item)


def _field(node: Part, name: str) -> Part:
    """The part ``name`` of a syntax-tree node, or None (rdflib's own ``get`` answers a missing
    part with its name)."""
    if not isinstance(node, CompValue) or name not in node:
        return None
    part: Part = node[name]
    return part


def _items(part: Part) -> list[Part]:
    """The parts of a sequence (a list, a tuple, pyparsing's results); none for anything else."""
    return list(part) if isinstance(part, list | tuple | ParseResults) else []


def _rule(part: Part) -> str:
    """The grammar rule of a syntax-tree node; "" for a sequence or a leaf."""
    return part.name if isinstance(part, CompValue) else ""


def _leaves(node: Part) -> set[Node]:
    """Every term in a syntax tree."""
    found: set[Node] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | ParseResults):
            stack.extend(item)
        elif isinstance(item, Node):
            found.add(item)
    return found


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The line and column (both 1-based) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# ---- offline: what could fetch ------------------------------------------------------------------


def refusal(
    text: str,
    *,
    update: bool = False,
    holds_graph: Callable[[str], bool] | None = None,
    dataset: tuple[str, ...] = (),
) -> Refusal | None:
    """Why the SPARQL query (or, with ``update``, the update) ``text`` must not run, or None.

    ``holds_graph`` says whether the store holds a named graph of that IRI (a ``FROM`` naming
    one reads it from the store; none: every ``FROM`` is refused). ``dataset`` holds the graph
    IRIs a request names outside the text (the protocol's ``default-graph-uri`` and
    ``named-graph-uri``), checked the same way.
    """

    held = holds_graph or (lambda iri: False)
    for iri in dataset:
        if not held(iri):
            return Refusal(_not_held(iri, "the request's dataset"))
    tree = _tree(text, update)
    if tree is None:
        # rdflib cannot read it (oxigraph's extensions): no clause that fetches may be in it
        return _by_keywords(text)
    for name, node in _walk(tree):
        if name == "ServiceGraphPattern":
            return _at(
                text,
                "SERVICE",
                "SERVICE would query another endpoint over the network; kzld queries offline "
                "(ask that endpoint yourself, or load its data first)",
            )
        if name == "Load":
            return _at(
                text,
                "LOAD",
                "LOAD would fetch a document over the network; kzld never fetches (push data "
                "with `kzld load`, or through the Graph Store Protocol)",
            )
        if name in ("DatasetClause", "UsingClause"):
            graph = _field(node, "default") or _field(node, "named")
            if graph is not None and not held(str(graph)):
                keyword = "FROM" if name == "DatasetClause" else "USING"
                return _at(text, keyword, _not_held(str(graph), keyword))
    return None


def _not_held(iri: str, where: str) -> str:
    return (
        f"{where} names the graph <{iri}>, which the store does not hold; kzld never fetches a "
        "graph (query the default graph, or a named graph of the data, with GRAPH)"
    )


def _by_keywords(text: str) -> Refusal | None:
    masked = keywords_only(unescaped(text))
    found = _FETCHING.search(masked)
    if found is None:
        return None
    line, column = line_column(masked, found.start())
    return Refusal(
        f"{found.group(1).upper()} is refused: kzld cannot read this query closely enough to "
        "be sure it stays offline (it never queries other endpoints or fetches graphs)",
        line,
        column,
    )


def _at(text: str, keyword: str, reason: str) -> Refusal:
    """``reason`` at the first ``keyword`` outside IRIs, strings and comments in ``text``."""
    masked = keywords_only(text)
    found = re.search(r"(?<![\w:?$])" + keyword + r"(?![\w:-])", masked, re.IGNORECASE)
    if found is None:
        return Refusal(reason)
    line, column = line_column(masked, found.start())
    return Refusal(reason, line, column)


# ---- what the answer depends on -----------------------------------------------------------------


def is_volatile(text: str) -> bool:
    """Whether the query calls a function whose value changes from one evaluation to the next
    (``NOW``, ``RAND``, ``UUID``, ``STRUUID``, ``BNODE``): its answer may change with the same
    data."""
    tree = _tree(text)
    if tree is None:
        return bool(_VOLATILE_WORDS.search(keywords_only(text)))
    return any(name in _VOLATILE for name, _ in _walk(tree))


# ---- SHACL-SPARQL constraints -------------------------------------------------------------------


def whole_graph_safe(select: str) -> bool:
    """Whether a SHACL SPARQL constraint's SELECT (with its prologue) gives, evaluated once over
    the whole graph and joined with the focus nodes, what it gives once per focus node with
    ``$this`` pre-bound: one SELECT (no sub-select) that projects ``$this`` as it is, without
    ``MINUS``, ``VALUES``, ``SERVICE`` or a ``BIND`` to ``$this``, aggregating only grouped by
    ``$this``, and with ``$this`` bound first (:func:`_bound_first`)."""
    query = _query(select)
    if query is None or query.name != "SelectQuery":
        return False
    projection = _items(_field(query, "projection"))
    projected = [_field(v, "var") for v in projection if _field(v, "expr") is None]
    if _THIS not in projected or _field(query, "valuesClause") is not None:
        return False
    names = set()
    for name, node in _walk(query):
        names.add(name)
        if name == "Bind" and _field(node, "var") == _THIS:
            return False
    unsafe = {"SubSelect", "MinusGraphPattern", "ServiceGraphPattern", *_NOT_IN_SHACL}
    if names & unsafe or not _bound_first(query):
        return False
    if not any(name.startswith("Aggregate_") for name in names):
        return True
    group = _field(query, "groupby")
    return group is not None and _THIS in _items(_field(group, "condition"))


def _query(text: str) -> CompValue | None:
    """The query node of the syntax tree of the query ``text`` (after its prologue), or None."""
    tree = _tree(text)
    if not isinstance(tree, ParseResults) or len(tree) < 2:
        return None
    query: Part = tree[1]
    return query if isinstance(query, CompValue) else None


def _bound_first(query: CompValue) -> bool:
    """Whether joining the SELECT ``query`` with the focus nodes gives what pre-binding ``$this``
    gives: a triple pattern of the top-level group binds ``$this`` before any BIND reads it, and
    no FILTER or BIND inside a nested group (evaluated on its own) reads it; ``$shapesGraph`` and
    ``$currentShape`` are not used (SHACL 5.3.1 evaluates with them pre-bound)."""
    where = _field(query, "where")
    if where is None or any(v in _OTHER_PREBOUND for v in _leaves(query)):
        return False
    bound = False
    for part in _items(_field(where, "part")):
        name = _rule(part)
        if name == "TriplesBlock" and _THIS in _leaves(part):
            bound = True
        elif (name == "Bind" and _THIS in _leaves(part) and not bound) or (
            name in _OWN_GROUPS and _reads_this_alone(part)
        ):
            return False
    return bound


def _reads_this_alone(node: Part) -> bool:
    """Whether a FILTER or BIND under ``node`` (outside EXISTS, which substitutes) reads $this."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
                continue
            if item.name in ("Filter", "Bind") and _THIS in _leaves(item):
                return True
            stack.extend(item.values())
        elif isinstance(item, list | tuple | ParseResults):
            stack.extend(item)
    return False


def unsupported(text: str) -> str | None:
    """Why SHACL-SPARQL (5.3.1) does not allow the constraint query ``text``, or None: MINUS,
    VALUES, SERVICE, a sub-query that does not project ``$this``, a BIND to a pre-bound variable."""
    tree = _tree(text)
    if tree is None:
        return None  # left to the engine, which reports the syntax error
    uses_this = _THIS in _leaves(tree)
    for name, node in _walk(tree):
        if name in _NOT_IN_SHACL:
            return _NOT_IN_SHACL[name]
        if name == "ValuesClause" and _field(node, "var") is not None:
            return _NOT_IN_SHACL["InlineData"]
        if name == "SubSelect" and uses_this and _THIS not in _projected(node):
            return "a sub-query must return $this, a pre-bound variable (SHACL 5.3.1)"
        if name == "Bind" and _field(node, "var") == _THIS:
            return "$this is pre-bound: it cannot be the target of BIND (SHACL 5.3.1)"
    return None


def _projected(select: CompValue) -> set[Node]:
    """The variables a (sub-)SELECT returns; for ``SELECT *``, those of its triple patterns."""
    projection = _field(select, "projection")
    if projection is None:
        return {
            term
            for part in _items(_field(_field(select, "where"), "part"))
            if _rule(part) == "TriplesBlock"
            for term in _leaves(part)
        }
    return {var for v in _items(projection) if isinstance(var := _field(v, "var"), Node)}


# ---- the final ORDER BY -------------------------------------------------------------------------


def split_order(text: str) -> Ordering | None:
    """``text`` without its final ORDER BY, if it is a SELECT query that sorts on plain
    variables only; else None (the query should run as written)."""
    masked = keywords_only(text)
    form = _FORM.search(masked)
    if form is None or form.group(1).upper() != "SELECT" or "REDUCED" in masked.upper():
        return None
    end = masked.rfind("}")
    if end < 0 or masked.count("{") != masked.count("}"):
        return None
    modifiers = _MODIFIERS.fullmatch(masked, end + 1)
    if modifiers is None or "{" in masked[end + 1 :]:
        return None  # no ORDER BY here, or a VALUES block after it
    keys = []
    position = 0
    spec = modifiers.group("keys")
    while position < len(spec.rstrip()):
        key = _KEY.match(spec, position)
        if key is None:
            return None  # an expression: left to oxigraph
        descending = (key.group("dir") or "").upper() == "DESC"
        keys.append((key.group("wrapped") or key.group("plain"), descending))
        position = key.end()
    if not keys:
        return None
    offset, limit = 0, None
    for word, number in _SLICE.findall(modifiers.group("slice")):
        if word.upper() == "LIMIT":
            limit = int(number)
        else:
            offset = int(number)
    return Ordering(text[: modifiers.end("head")] + "\n", tuple(keys), offset, limit)
