"""Validation by parts reports exactly what validating the whole graph reports.

For a graph, the results of its corpus (validated beside any choice of texts' parts) put together
with each text's results (from the parts validated with it, or kept from a validation of every
part) are the whole graph's results, field for field and in the same order: on the published
seeds, on a generated corpus, and on every case of ``tests/data/shapes/cases/`` (each breaks one
rule of the shapes, in a text's nodes or in the corpus'; those with a blank node are refused
before validation, as a build refuses them).
"""

from __future__ import annotations

import ctypes
import platform
import sys
import warnings
from pathlib import Path

import pytest
from rdflib import BNode, Graph

from kzld.errors import KzldError
from kzld.model.iris import Minter
from kzld.pipeline import build
from kzld.rdf.load import load_graph
from kzld.rdf.triples import in_order, ntriples, triples_of
from kzld.validate import Report, Result, validate
from kzld.validate import parts as parts_module
from kzld.validate.parts import Split, focus_iri, give_back_memory, validate_parts
from kzld.validate.report import in_order as results_in_order

from .test_shapes import CASES, edited

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://w3id.org/kzld/id/"


def owner(iri: str) -> str | None:
    source = Minter(BASE).source_of(iri)
    return str(source) if source is not None else None


def by_parts(graph: Graph, whole: Report, fresh: set[str], batch: int = 200) -> tuple[Result, ...]:
    """The results of ``graph`` with the parts ``fresh`` validated beside the corpus (``batch``
    at a time) and the others' results taken from ``whole``."""
    split = Split.of(in_order(graph), owner)
    _, corpus, made = validate_parts(split, sorted(fresh), batch=batch)
    kept = [r for r in whole.results if owner(focus_iri(r.focus) or "") is not None]
    results = corpus + [r for r in kept if owner(focus_iri(r.focus) or "") not in fresh]
    results += [r for name in sorted(made) for r in made[name]]
    return results_in_order(results)


def assert_as_whole(graph: Graph, every: bool = True) -> Report:
    """Validated by parts (none, every other one, one or many a batch, and with ``every`` all of
    them) beside the corpus, ``graph`` gives what validating it whole gives."""
    whole = validate(ntriples(triples_of(in_order(graph))))
    parts = sorted({name for s in graph.subjects() if (name := owner(str(s))) is not None})
    assert by_parts(graph, whole, set()) == whole.results
    assert by_parts(graph, whole, set(parts[::2])) == whole.results
    # one text a batch: each text after the first is validated beside only what it reads of
    # the corpus (the types of what it points at, what points at it)
    assert by_parts(graph, whole, set(parts[::2]), batch=1) == whole.results
    if every:
        assert by_parts(graph, whole, set(parts)) == whole.results
        assert by_parts(graph, whole, set(parts), batch=2) == whole.results
    return whole


def test_the_seeds_validated_by_parts_as_whole() -> None:
    graph = load_graph(ROOT / "out" / "kzld.ttl")
    whole = assert_as_whole(graph)
    assert whole.results  # the seeds give warnings and infos: there is something to compare
    assert len({owner(focus_iri(r.focus) or "") for r in whole.results}) > 2


def test_a_report_without_its_graph_has_the_same_results() -> None:
    """Each batch after the first is validated for its results alone: the same ones, and no
    rdflib graph of them made (one a batch would be held to the end of a build)."""
    data = ntriples(triples_of(in_order(load_graph(ROOT / "out" / "kzld.ttl"))))
    with_graph = validate(data)
    results_alone = validate(data, graph=False)
    assert with_graph.results  # the seeds give warnings and infos: there is something to compare
    assert results_alone.results == with_graph.results
    assert len(with_graph.report_graph) > len(with_graph.results)
    assert len(results_alone.report_graph) == 0


def test_validation_by_parts_makes_no_report_graph() -> None:
    """Validation by parts (what a build runs) reads the engine's results alone: the whole
    graph's results, and no rdflib graph of them, which grows with the corpus' results and
    which a build neither publishes nor keeps."""
    graph = load_graph(ROOT / "out" / "kzld.ttl")
    split = Split.of(in_order(graph), owner)
    named = sorted({name for s in graph.subjects() if (name := owner(str(s))) is not None})
    report, corpus, made = validate_parts(split, named)
    whole = validate(ntriples(triples_of(in_order(graph))))
    assert report.results == whole.results  # the seeds give warnings and infos
    assert results_in_order(corpus + [r for name in named for r in made[name]]) == whole.results
    assert len(report.report_graph) == 0


def test_a_generated_corpus_validated_by_parts_as_whole(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    generate.generate(12, 5, tmp_path / "corpus")
    build(tmp_path / "corpus" / "seeds", tmp_path / "out", cache=False)
    assert_as_whole(load_graph(tmp_path / "out" / "kzld.ttl"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_each_broken_graph_validated_by_parts_as_whole(case: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ill-typed literals on purpose
        graph = edited(case)
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        with pytest.raises(KzldError, match="blank node in published data"):
            in_order(graph)  # a build never validates such a graph: it refuses it first
        return
    assert_as_whole(graph, every=False)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc_trim")
def test_memory_is_given_back_after_each_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """On glibc the memory a batch's graphs freed is given back to the system after each batch
    (``malloc_trim``), not kept by the allocator for the rest of the build."""
    assert parts_module._malloc_trim() is not None
    trimmed: list[int] = []
    monkeypatch.setattr(parts_module, "_malloc_trim", lambda: trimmed.append)
    graph = load_graph(ROOT / "out" / "kzld.ttl")
    split = Split.of(in_order(graph), owner)
    named = sorted({name for s in graph.subjects() if (name := owner(str(s))) is not None})
    validate_parts(split, named[:5], batch=2)
    assert trimmed == [0, 0, 0]  # batches of 2, 2 and 1 texts


def test_memory_is_given_back_only_where_the_c_library_can(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class WithoutTrim:  # a C library that is not glibc
        def __init__(self, name: str | None) -> None:
            del name

    monkeypatch.setattr(ctypes, "CDLL", WithoutTrim)
    parts_module._malloc_trim.cache_clear()
    try:
        assert parts_module._malloc_trim() is None
        give_back_memory()  # nothing to call: nothing done, nothing raised
    finally:
        parts_module._malloc_trim.cache_clear()


def test_memory_is_given_back_nowhere_when_no_c_library_loads_by_no_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def by_name_only(name: str | None) -> None:  # Windows loads a library only by its name
        raise TypeError(f"expected str, not {type(name).__name__}")

    monkeypatch.setattr(ctypes, "CDLL", by_name_only)
    parts_module._malloc_trim.cache_clear()
    try:
        assert parts_module._malloc_trim() is None
        give_back_memory()
    finally:
        parts_module._malloc_trim.cache_clear()
