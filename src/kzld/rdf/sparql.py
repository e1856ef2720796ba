"""What keeps SPARQL offline: every way a query or an update could fetch, refused before evaluation.

A query (or an update) is parsed into its syntax tree by rdflib's SPARQL parser, which is plain
Python and evaluates nothing, and the tree is searched for what would make an engine open a
connection or read a document:

- ``SERVICE`` (a federated query: the engine sends the pattern to another endpoint);
- ``FROM`` / ``FROM NAMED`` (and an update's ``USING`` / ``USING NAMED``, and the protocol's
  ``default-graph-uri`` / ``named-graph-uri``) naming a graph the store does not hold: an engine
  may dereference it;
- ``LOAD`` (the engine fetches the document).

The decision is made from the tree, never from the text's words: a ``SERVICE`` inside a string,
an IRI or a comment is no clause, and one spelled with ``\\u`` escapes is one. Where rdflib cannot
parse what oxigraph can (oxigraph's own extensions, such as ``LATERAL``), the query is refused if
any of those keywords appears outside IRIs, strings and comments: the check fails closed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

__all__ = ["Refusal", "refusal"]

#: What is not a keyword: IRIs, strings (long ones first) and comments.
_NOT_KEYWORDS = re.compile(
    r'<[^<>"{}|^`\\\x00-\x20]*>|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*",
    re.DOTALL,
)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_FETCHING = re.compile(r"(?<![\w:?$])(SERVICE|LOAD|FROM|USING)(?![\w:-])", re.IGNORECASE)


@dataclass(frozen=True)
class Refusal:
    """Why a query is refused, and where (1-based line and column of the clause, when found)."""

    reason: str
    line: int | None = None
    column: int | None = None


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
    try:
        tree: Any = parseUpdate(text) if update else parseQuery(text)
    except (ParseException, ValueError, TypeError, AttributeError, RecursionError):
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
            iri = node.get("default", node.get("named"))
            if iri is not None and not held(str(iri)):
                keyword = "FROM" if name == "DatasetClause" else "USING"
                return _at(text, keyword, _not_held(str(iri), keyword))
    return None


def _not_held(iri: str, where: str) -> str:
    return (
        f"{where} names the graph <{iri}>, which the store does not hold; kzld never fetches a "
        "graph (query the default graph, or a named graph of the data, with GRAPH)"
    )


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    """Every node of an rdflib SPARQL syntax tree, with its rule name (depth first)."""

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item.name, item
            stack.extend(item.values())
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend(item)


def unescaped(text: str) -> str:
    """``text`` with SPARQL's ``\\u`` / ``\\U`` escapes replaced (done before parsing)."""

    def character(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group()

    return _UNICODE_ESCAPE.sub(character, text)


def _by_keywords(text: str) -> Refusal | None:
    masked = _NOT_KEYWORDS.sub(lambda m: " " * len(m.group()), unescaped(text))
    found = _FETCHING.search(masked)
    if found is None:
        return None
    line, column = _position(masked, found.start())
    return Refusal(
        f"{found.group(1).upper()} is refused: kzld cannot read this query closely enough to "
        "be sure it stays offline (it never queries other endpoints or fetches graphs)",
        line,
        column,
    )


def _at(text: str, keyword: str, reason: str) -> Refusal:
    """``reason`` at the first ``keyword`` outside IRIs, strings and comments in ``text``."""
    masked = _NOT_KEYWORDS.sub(lambda m: " " * len(m.group()), text)
    found = re.search(r"(?<![\w:?$])" + keyword + r"(?![\w:-])", masked, re.IGNORECASE)
    if found is None:
        return Refusal(reason)
    line, column = _position(masked, found.start())
    return Refusal(reason, line, column)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
