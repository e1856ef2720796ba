"""IRI safety: no input mints an IRI outside the base, a relative IRI, or one IRI for two things.

Hostile names (path traversal, IRI delimiters, newlines, other scripts) go through the real
pipeline; clashes between file names and between keys are made distinct, the same way each time.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV

from kzld.model.iris import Minter, segment, slug, statement_keys
from kzld.model.records import Span
from kzld.parse import read_bytes
from kzld.pipeline import make_graph
from kzld.rdf.namespaces import KZLD, SCHEMA
from kzld.resolve.orgs.names import new_key

pytestmark = pytest.mark.timeout(120)

BASE = "https://example.org/data/"
HOSTILE = [
    "../../etc/passwd",
    "..",
    ".",
    "",
    "a/b?c#d",
    "<script>",
    'Party "of" {Labour}',
    "line\nbreak",
    "tab\there",
    "%2e%2e%2f",
    "https://evil.example/x",
    "\u202eRTL override",
    "Партия труда",
    "日本共産党",
    "e\u0301",
    "\x00\x07",
]


def under_base(iri: str, base: str = BASE) -> None:
    assert iri.startswith(base), iri
    rest = iri[len(base) :]
    assert rest and not rest.startswith("/"), iri
    assert all(part not in {"", ".", ".."} for part in rest.split("/")), iri
    ox.NamedNode(iri)  # a valid absolute IRI (raises otherwise)


@pytest.mark.parametrize("text", HOSTILE)
def test_every_minter_stays_under_the_base(text: str) -> None:
    mint = Minter(BASE)
    for iri in (
        mint.source(text), mint.statement(text), mint.version(text, text, 2),
        mint.section(text, 1), mint.signature(text, text), mint.evidence(text, Span(0, 1)),
        mint.organisation(text), mint.country(text), mint.event(text), mint.place(text),
        mint.person(text), mint.role(text, 1), mint.dataset(text), mint.dump(text),
        mint.organisation(slug(text)), mint.organisation(new_key(text or "x")),
    ):  # fmt: skip
        under_base(str(iri))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_a_segment_is_never_empty_dot_or_delimiter(text: str) -> None:
    encoded = segment(text)
    assert encoded not in {"", ".", ".."}
    assert not set(encoded) & set('/?#[]@<>"{}|\\^` \n\t')
    under_base(BASE + encoded)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text())
def test_distinct_nfc_texts_give_distinct_segments(a: str, b: str) -> None:
    if unicodedata.normalize("NFC", a) != unicodedata.normalize("NFC", b):
        assert segment(a) != segment(b)


@pytest.mark.parametrize(
    "names",
    [
        ["a.txt", "a.TXT"],
        ["a.TXT", "a.Txt"],
        ["\u00e9.txt", "e\u0301.txt"],
        ["a.txt", "a.TXT", "a.Txt", "e\u0301.txt", "\u00e9.txt", "b.txt"],
    ],
)
def test_clashing_file_names_get_distinct_keys_in_any_order(names: list[str]) -> None:
    keys = statement_keys(names)
    minted = {name: Minter(BASE).statement(key) for name, key in keys.items()}
    assert len(set(minted.values())) == len(names)
    assert statement_keys(reversed(names)) == keys
    for name, key in keys.items():  # the canonical spelling keeps its plain stem
        if name.endswith(".txt") and name == unicodedata.normalize("NFC", name):
            assert key == name[: -len(".txt")]
        else:
            assert key.startswith(name.rsplit(".", 1)[0] + "~")


def test_a_name_without_a_clash_keeps_its_stem() -> None:
    assert statement_keys(["a.TXT", "b.txt"]) == {"a.TXT": "a", "b.txt": "b"}


STATEMENT = (
    "Joint statement against repression\n\n"
    "We, the undersigned parties, condemn the repression of the striking oil workers.\n\n"
    "Signed by:\n{entries}"
)


def graph_of(files: dict[str, str]) -> Graph:
    documents = [read_bytes(name, text.encode("utf-8")) for name, text in files.items()]
    graph, _ = make_graph(documents, BASE, {})
    return graph


def test_two_files_whose_stems_clash_make_two_statements() -> None:
    text = STATEMENT.format(entries="1. Workers Party of Lakeland\n2. Green Union\n")
    graph = graph_of({"a.txt": text, "a.TXT": text, "e\u0301.txt": text, "\u00e9.txt": text})
    statements = set(graph.subjects(RDF.type, KZLD.Statement))
    assert len(statements) == 4
    signatures = Counter(
        graph.value(s, SCHEMA.object) for s in graph.subjects(RDF.type, KZLD.Signature)
    )
    assert sorted(signatures.values()) == [2, 2, 2, 2]
    assert URIRef(BASE + "statement/a") in statements


def test_repeated_and_suffixed_organisations_keep_every_entry() -> None:
    """ "Front" four times is one signature from four entries; "Front 2" (whose key ends as a
    repeat's number might) is a signature of its own."""
    entries = "1. Front\n2. Front\n3. Front 2\n4. Front.\n5. FRONT\n"
    graph = graph_of({"fronts.txt": STATEMENT.format(entries=entries)})
    found = {
        str(s).removeprefix(BASE): (
            int(str(graph.value(s, SCHEMA.position))),
            len(set(graph.objects(s, PROV.wasDerivedFrom))),
        )
        for s in graph.subjects(RDF.type, KZLD.Signature)
    }
    assert found == {"signature/fronts/x-front": (1, 4), "signature/fronts/x-front-2": (3, 1)}


def test_hostile_names_in_a_real_graph_stay_under_the_base() -> None:
    entries = "".join(f"{n}. {name}\n" for n, name in enumerate(
        ["../../etc/passwd", "<script>alert(1)</script>", 'Party "of" {Labour}',
         "https://evil.example/x", "\u202eRTL Party", "Партия труда", "日本共産党",
         "Front %2e%2e%2f"],
        start=1,
    ))  # fmt: skip
    graph = graph_of({"../evil <x>.txt": STATEMENT.format(entries=entries)})
    assert len(set(graph.subjects(RDF.type, KZLD.Signature))) == 8
    signatories = {graph.value(s, SCHEMA.agent) for s in graph.subjects(RDF.type, KZLD.Signature)}
    assert len(signatories) == 8
    for term in {t for triple in graph for t in triple if isinstance(t, URIRef)}:
        iri = str(term)
        ox.NamedNode(iri)
        assert not iri.startswith("https://evil"), iri
        if iri.startswith("https://example.org/"):
            under_base(iri)


def test_turtle_of_hostile_names_round_trips(tmp_path: Path) -> None:
    from rdflib.compare import isomorphic

    from kzld.rdf.dump import to_turtle
    from kzld.rdf.namespaces import TURTLE_PREFIXES

    entries = '1. Party "of" {Labour} <x>\n2. Union\\of\\Lakes\n3. Front \u202e\u200f\n'
    graph = graph_of({"q.txt": STATEMENT.format(entries=entries)})
    again = Graph().parse(data=to_turtle(graph, TURTLE_PREFIXES), format="turtle")
    assert isomorphic(graph, again)
