"""The verdicts on the shapes' SPARQL are kept between runs (:mod:`kzld.validate.verdicts`), and a
constraint that could fetch is refused whether its verdict was made now or read back; a changed
shapes file is judged at once, a spoilt verdict file is judged again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kzld.derived import CACHE_ENV
from kzld.errors import InputError
from kzld.validate.shapes import default_shapes, load_shapes, split_shapes
from kzld.validate.verdicts import Verdict, verdict

SHAPE = (
    "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
    "<urn:shape> a sh:NodeShape ; sh:targetNode <urn:a> ; sh:sparql [\n"
    '  sh:select """{query}""" ] .\n'
)
HARMLESS = "SELECT $this WHERE { $this ?p ?o FILTER(?o = <urn:b>) }"
FETCHING = {
    "SERVICE": "SELECT $this WHERE { SERVICE <http://example.org/sparql> { $this ?p ?o } }",
    "FROM": "SELECT $this FROM <http://example.org/graph> WHERE { $this ?p ?o }",
    "service": "select $this where { ?x ?y ?z optional { service <urn:x> { $this ?p ?o } } }",
}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    verdict.cache_clear()
    yield tmp_path / "cache"
    verdict.cache_clear()


def _shapes(folder: Path, query: str) -> Path:
    path = folder / "shapes.ttl"
    path.write_text(SHAPE.replace("{query}", query), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(FETCHING))
def test_a_constraint_that_could_fetch_is_refused_made_or_kept(
    cache: Path, tmp_path: Path, case: str
) -> None:
    path = _shapes(tmp_path, FETCHING[case])
    keyword = case.upper()
    for _ in range(2):  # the verdict made, then read back from the cache
        with pytest.raises(InputError) as refused:
            load_shapes(path)
        assert str(path) in str(refused.value)
        assert f"a SPARQL constraint of the shapes: {keyword}" in str(refused.value)
        verdict.cache_clear()
    assert len(list((cache / "sparql").glob("*.json"))) == 1


def test_a_changed_shapes_file_is_judged_at_once(cache: Path, tmp_path: Path) -> None:
    path = _shapes(tmp_path, HARMLESS)
    assert len(load_shapes(path)) > 0
    verdict.cache_clear()
    _shapes(tmp_path, FETCHING["SERVICE"])
    with pytest.raises(InputError, match="SERVICE would query another endpoint"):
        load_shapes(path)
    verdict.cache_clear()
    _shapes(tmp_path, HARMLESS)
    assert len(load_shapes(path)) > 0


@pytest.mark.parametrize(
    "spoilt", [b"", b"{", b'{"key": "0", "sha256": "0", "value": [null, true]}']
)
def test_a_spoilt_verdict_file_is_judged_again(cache: Path, tmp_path: Path, spoilt: bytes) -> None:
    path = _shapes(tmp_path, FETCHING["SERVICE"])
    with pytest.raises(InputError):
        load_shapes(path)
    (kept,) = (cache / "sparql").glob("*.json")
    kept.write_bytes(spoilt)
    verdict.cache_clear()
    with pytest.raises(InputError, match="SERVICE would query another endpoint"):
        load_shapes(path)


def test_the_verdicts_read_back_are_those_made(cache: Path) -> None:
    shapes = default_shapes()
    texts = sorted({str(o) for o in shapes.objects(None, None) if "SELECT" in str(o)})
    made = [verdict(text) for text in texts]
    verdict.cache_clear()
    assert [verdict(text) for text in texts] == made
    assert len(list((cache / "sparql").glob("*.json"))) == len(texts) > 10
    assert Verdict(None, True) in made
    # what the engine is left with is what it was: the whole-graph constraints taken out
    assert sum(found.whole_graph for found in made) == len(split_shapes(shapes)[1])
