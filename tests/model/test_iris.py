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
