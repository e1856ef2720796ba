"""Property-based tests (hypothesis) of the reader, the resolver and the mapping.

Arbitrary text and bytes never crash the reader (it returns a document or raises InputError);
arbitrary entries never crash the resolver and always give a key that mints an IRI under the
base; a generated statement with N signatories gives N signatures; Turtle and JSON-LD of the
graph parse back to an isomorphic graph. Example counts are bounded to keep CI fast.
"""

from __future__ import annotations

import functools
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kzld.errors import InputError
from kzld.mapping import map_corpus
from kzld.model.countries import country_code
from kzld.model.folding import fold
from kzld.model.iris import Minter
from kzld.model.records import Entry, Span
from kzld.parse import read_bytes
from kzld.parse.entries import split_entry
from kzld.parse.names import is_furniture_word, is_person
from kzld.parse.places import is_city
from kzld.parse.spans import signing_words
from kzld.rdf.compacted import to_jsonld
from kzld.rdf.dump import to_turtle
from kzld.rdf.load import load_graph
from kzld.rdf.namespaces import KZLD, SCHEMA, TURTLE_PREFIXES
from kzld.resolve.corpus import resolve_corpus
from kzld.resolve.orgs import OrganisationResolver

pytestmark = pytest.mark.timeout(300)

BASE = "https://w3id.org/kzld/id/"
BOUNDED = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def curated() -> tuple[Any, Any]:
    from kzld.resolve.events.gazetteer import load_gazetteer
    from kzld.resolve.orgs.authority import load_authority

    return load_authority(), load_gazetteer()


def read_or_refuse(data: bytes) -> None:
    try:
        document = read_bytes("fuzz.txt", data)
    except InputError as error:
        assert str(error).startswith("fuzz.txt")
        return
    for section in document.sections:
        for entry in section.entries:
            written = document.text[entry.span.start : entry.span.end]
            # the entry read as one line: a line break the page wrapped it at is a space
            assert len(written) == len(entry.raw)
            assert all(
                a == b or (b.isspace() and a == " ")
                for a, b in zip(entry.raw, written, strict=True)
            )


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_the_reader_never_crashes_on_text(text: str) -> None:
    read_or_refuse(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=150, deadline=None)
@given(st.binary())
@example(b"\x01>\x01>\x01")  # a text with no free line once its lists are read
def test_the_reader_never_crashes_on_bytes(data: bytes) -> None:
    read_or_refuse(data)


LINE = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(LINE, max_size=12),
    st.sampled_from(["Signed by:", "Signatories", "Unterzeichner:", ""]),
)
@example(["0\nA", "A"], "Signed by:")  # an item wrapped over two lines, the next number after it
def test_the_reader_never_crashes_on_list_like_text(lines: list[str], heading: str) -> None:
    text = "Statement\n\nWe condemn the repression of the workers.\n\n" + heading + "\n"
    text += "\n".join(f"{n}. {line}" if n % 3 else line for n, line in enumerate(lines, 1))
    read_or_refuse(text.encode("utf-8", "surrogatepass"))


@BOUNDED
@given(st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=80))
def test_the_resolver_gives_every_entry_a_key_under_the_base(raw: str) -> None:
    resolver = OrganisationResolver(curated()[0])  # fresh: a resolver remembers what it saw
    name, abbreviation, gloss, country = split_entry(raw)
    entry = Entry(1, raw, Span(0, len(raw)), name, abbreviation, gloss, country)
    key = resolver.resolve_entry(entry, language=None, document="fuzz.txt")
    assert key
    iri = str(Minter(BASE).organisation(key))
    assert iri.startswith(BASE + "org/") and "/" not in iri[len(BASE + "org/") :]


WORD = st.text(string.ascii_letters + "äöüéñçøłПартиябКомунистческ", min_size=2, max_size=10)
# an organisation's name: one that opens with a person's title and a name ("Dr Aa") is a person's,
# one with a word of signing in it ("Sign", "Aa Sign") is a call to sign or a clause, and a city's
# or a country's name alone ("Uk", "Us") is a place, which signs nothing, and a word of a website's
# furniture alone ("Share", "Print", "Home") is a button of the page: none of them is a name
NAME = (
    st.lists(WORD, min_size=1, max_size=4)
    .map(lambda words: " ".join(w.capitalize() for w in words))
    .filter(lambda name: not is_person(name))
    .filter(lambda name: not is_city(name) and country_code(name) is None)
    .filter(lambda name: not is_furniture_word(name))
    .filter(lambda name: not any(signing_words().matches(fold(w)) for w in name.split()))
)
MARKERS = ["{n}.", "{n})", "-", "•"]


def statement(names: list[str], marker: str) -> str:
    # the list does not end the page: a last entry there may be one the page cut short ("28. Co")
    return (
        "Joint statement against repression\n\n"
        "We, the undersigned parties, condemn the repression of the striking oil workers.\n\n"
        "Signed by:\n\n"
        + "".join(f"{marker.format(n=n)} {name}\n" for n, name in enumerate(names, start=1))
        + "\nAlmaty, 8 January 2022\n"
    )


def graph_of(text: str) -> Graph:
    authority, gazetteer = curated()
    document = read_bytes("generated.txt", text.encode("utf-8"))
    return map_corpus(resolve_corpus([document], authority=authority, gazetteer=gazetteer), BASE)


@BOUNDED
@given(st.lists(NAME, min_size=1, max_size=25), st.sampled_from(MARKERS))
@example(["Mp"], "{n}.")  # a person's title alone (MP) names no person
@example(["Xandia Party", "Zetland League", "Xandia Party"], "-")  # one party listed twice
@example(["M\u0443m Absvaa\u043db\u0441b"], "{n}.")  # a name like none seen, under "Signed by:"
def test_every_entry_is_evidence_of_one_signature_per_organisation(
    names: list[str], marker: str
) -> None:
    """Every entry is the evidence of exactly one signature, one per organisation (a name drawn
    twice is an organisation listed twice)."""
    graph = graph_of(statement(names, marker))
    signatures = set(graph.subjects(RDF.type, KZLD.Signature))
    evidence = [e for s in signatures for e in graph.objects(s, PROV.wasDerivedFrom)]
    assert len(evidence) == len(set(evidence)) == len(names)
    assert len({graph.value(s, SCHEMA.agent) for s in signatures}) == len(signatures)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(NAME, min_size=1, max_size=8), marker=st.sampled_from(MARKERS))
def test_turtle_and_json_ld_parse_back_isomorphic(
    tmp_path_factory: pytest.TempPathFactory, names: list[str], marker: str
) -> None:
    graph = graph_of(statement(names, marker))
    folder = tmp_path_factory.mktemp("dumps")
    (folder / "g.ttl").write_bytes(to_turtle(graph, TURTLE_PREFIXES))
    (folder / "g.jsonld").write_bytes(to_jsonld(graph))
    assert isomorphic(load_graph(folder / "g.ttl"), graph)
    assert isomorphic(load_graph(folder / "g.jsonld"), graph)
