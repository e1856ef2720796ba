"""IRI minting: stable, under the base, safe whatever the input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import URIRef

from kzld.errors import KzldError
from kzld.model.iris import Minter, check_base, segment, slug
from kzld.model.records import Span

BASE = "https://w3id.org/kzld/id/"


def test_readable_iris_for_ordinary_keys() -> None:
    mint = Minter(BASE)
    assert mint.statement("001_f10d") == URIRef(BASE + "statement/001_f10d")
    assert mint.version("001_f10d", "ru") == URIRef(BASE + "statement/001_f10d/ru")
    assert mint.version("001_f10d", "ru", 2) == URIRef(BASE + "statement/001_f10d/ru-2")
    assert mint.signature("s", "kke") == URIRef(BASE + "signature/s/kke")
    assert mint.evidence("s", Span(3, 9)) == URIRef(BASE + "evidence/s/3-9")
    assert mint.country("gr") == URIRef(BASE + "country/GR")


@pytest.mark.parametrize(
    ("base", "message"),
    [
        ("w3id.org/kzld/", r"absolute http\(s\) IRI"),
        ("ftp://example.org/", r"absolute http\(s\) IRI"),
        ("https://example.org/id", "must end with '/' or '#'"),
        ("https://example.org/a b/", "not allowed in an IRI"),
    ],
)
def test_bad_bases_are_refused(base: str, message: str) -> None:
    with pytest.raises(KzldError, match=message):
        check_base(base)


@given(st.text())
def test_no_key_escapes_the_base_or_breaks_the_iri(key: str) -> None:
    iri = str(Minter(BASE).organisation(key))
    assert iri.startswith(BASE + "org/")
    rest = iri.removeprefix(BASE + "org/")
    assert "/" not in rest and rest not in {"", ".", ".."}
    assert not any(c in rest for c in ' <>"{}|\\^`\n\t#?')


@given(st.text(), st.text())
def test_distinct_keys_give_distinct_segments(a: str, b: str) -> None:
    import unicodedata

    if unicodedata.normalize("NFC", a) != unicodedata.normalize("NFC", b):
        assert segment(a) != segment(b)


def test_slug() -> None:
    assert slug("Communist Party (Marxist-Leninist)") == "communist-party-marxist-leninist"
    assert slug("Българска партия") == "българска-партия"
    assert slug("«»") == "_"


@pytest.mark.parametrize("key", ["001_f10d", "a", "_x", "Ξ ά/b", "a.b"])
def test_what_belongs_to_a_text_is_what_source_of_says(key: str) -> None:
    mint = Minter(BASE)
    mine = mint.belongs_to(key)
    own = [
        mint.source(key),
        mint.statement(key),
        mint.version(key, "ru", 2),
        mint.section(key, 3),
        mint.signature(key, "kke"),
        mint.selector(mint.evidence(key, Span(3, 9)), "quote"),
        mint.mention(key, Span(0, 4)),
    ]
    others = [
        mint.statement(key + "b"),  # a key the text's key opens
        mint.statement("other"),
        mint.organisation(key),  # not a kind of IRI a text owns
        mint.event(key),
        URIRef("https://example.org/statement/" + segment(key)),  # another base
        URIRef(BASE + "statement/"),
        URIRef(BASE),
    ]
    source = str(mint.source(key))
    for iri in own + others:
        assert mine(str(iri)) == (str(mint.source_of(str(iri))) == source), iri
    assert [mine(str(iri)) for iri in own] == [True] * len(own)
    assert [mine(str(iri)) for iri in others] == [False] * len(others)
