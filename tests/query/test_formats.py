"""The result formats of `kzld query`, written term by term for speed, are exactly what the plain
ways of writing them give (json.dumps, one cell at a time)."""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kzld.query.run import QueryResult, _short

XSD = "http://www.w3.org/2001/XMLSchema#"
TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=8)
TERM = st.one_of(
    st.none(),
    st.sampled_from(["https://w3id.org/kzld/id/org/a", "http://schema.org/name", "urn:x"]).map(
        ox.NamedNode
    ),
    st.sampled_from(["b1", "x"]).map(ox.BlankNode),
    TEXT.map(ox.Literal),
    st.tuples(TEXT, st.sampled_from(["en", "ru", "de-ch"])).map(
        lambda t: ox.Literal(t[0], language=t[1])
    ),
    st.integers(-(10**20), 10**20).map(
        lambda i: ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer"))
    ),
)


@st.composite
def results(draw: st.DrawFn) -> QueryResult:
    names = draw(st.lists(st.sampled_from(["a", "b", "c", "é"]), max_size=3, unique=True))
    rows = draw(st.lists(st.tuples(*[TERM for _ in names]), max_size=6))
    return QueryResult("select", variables=tuple(names), rows=tuple(rows))


def json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        out["datatype"] = term.datatype.value
    return out


@settings(max_examples=300, deadline=None)
@given(result=results())
def test_json_is_what_json_dumps_writes(result: QueryResult) -> None:
    bindings = [
        {v: json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    assert result.format("json") == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def plain_table(result: QueryResult) -> str:
    """The table, one cell at a time."""
    header = list(result.variables)
    cells = [[_short(term).replace("\n", " ") for term in row] for row in result.rows]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(header)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines = [line.rstrip() for line in lines]
    lines.append(f"({len(result.rows)} row{'' if len(result.rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None)
@given(result=results())
def test_the_table_is_written_cell_by_cell(result: QueryResult) -> None:
    assert result.format("table") == plain_table(result)


def test_short_forms() -> None:
    assert _short(ox.NamedNode("https://w3id.org/kzld/id/org/a-b/c.d")) == "id:org/a-b/c.d"
    assert _short(ox.NamedNode("http://schema.org/na~me")) == "<http://schema.org/na~me>"
    assert _short(ox.NamedNode("urn:x")) == "<urn:x>"
    assert _short(ox.Literal("x", language="en")) == "x@en"
    assert _short(None) == ""
