"""`kzld build` end to end on the seeds: the published graph answers what users ask of it."""

from __future__ import annotations

import io
import multiprocessing
import os
import shutil
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef

from kzld.cli import main
from kzld.errors import ValidationFailed
from kzld.model.records import Document
from kzld.parse.folder import Readers, Unreadable, read_one
from kzld.pipeline import _Parts, build
from kzld.progress import StageProgress

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
BASE = "https://w3id.org/kzld/id/"
PREFIXES = """
PREFIX schema: <http://schema.org/>
PREFIX kzld: <https://w3id.org/kzld/vocab#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
STEMS = {
    "000": "000_a57df634454c8433",
    "001": "001_f10d4b65e2bcd5db",
    "002": "002_17dbb8348379615d",
    "003": "003_9596d79537352c70",
    "004": "004_ac651b2f76b678a3",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build(SEEDS, out)
    return out


@pytest.fixture(scope="module")
def graph(built: Path) -> Graph:
    return Graph().parse(built / "kzld.ttl", format="turtle")


def select(graph: Graph, query: str) -> list[tuple[str, ...]]:
    rows = graph.query(PREFIXES + query)
    return sorted(tuple(str(v) for v in row) for row in rows)  # type: ignore[union-attr]


def stem_of(iri: str) -> str:
    return iri.rsplit("/", 1)[-1][:3]


def test_signatures_per_statement(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?s (COUNT(?sig) AS ?n) {
          ?s a kzld:Statement . OPTIONAL { ?sig a kzld:Signature ; schema:object ?s } }
        GROUP BY ?s""",
    )
    assert {stem_of(s): int(n) for s, n in rows} == {
        "000": 27,
        "001": 9,
        "002": 0,
        "003": 5,
        "004": 31,
    }


def test_sections_and_their_sizes(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?s ?pos ?label (COUNT(?sig) AS ?n) {
          ?sig kzld:section ?sec ; schema:object ?s .
          ?sec schema:position ?pos ; skos:prefLabel ?label }
        GROUP BY ?s ?pos ?label""",
    )
    sizes = [(stem_of(s), int(pos), int(n)) for s, pos, _, n in rows]
    assert sizes == [
        ("000", 1, 24),
        ("000", 2, 3),
        ("001", 1, 8),
        ("001", 2, 1),
        ("003", 1, 5),
        ("004", 1, 31),
    ]
    labels = {label for _, _, label, _ in rows}
    assert {"Participant Parties", "Other SolidNet Parties"} <= labels


def test_sections_are_concepts_in_the_scheme_of_their_statement(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?s (COUNT(?sec) AS ?n) {
          ?sec a kzld:SignatorySection, skos:Concept ; skos:inScheme ?s .
          ?s a kzld:Statement, skos:ConceptScheme }
        GROUP BY ?s""",
    )
    assert [(stem_of(s), int(n)) for s, n in rows] == [
        ("000", 2),
        ("001", 2),
        ("003", 1),
        ("004", 1),
    ]
    schemes = select(graph, "SELECT ?s { ?s a kzld:Statement, skos:ConceptScheme }")
    assert "002" not in {stem_of(s) for (s,) in schemes}  # the interview has no lists


def test_languages_of_each_statement(graph: Graph) -> None:
    rows = select(
        graph,
        "SELECT ?s ?lang { ?s a kzld:Statement ; schema:workExample/schema:inLanguage ?lang }",
    )
    languages: dict[str, set[str]] = {}
    for s, lang in rows:
        languages.setdefault(stem_of(s), set()).add(lang)
    assert languages == {
        "000": {"nl"},
        "001": {"en", "ru"},
        "002": {"en", "ru", "es", "ar"},
        "003": {"de"},
        "004": {"en"},
    }


def test_the_dates_the_texts_give_and_no_others(graph: Graph) -> None:
    rows = select(
        graph,
        """
        SELECT ?s ?p ?d { ?s a kzld:Statement ; ?p ?d .
          FILTER(?p IN (schema:dateCreated, schema:datePublished)) }""",
    )
    dates = {(stem_of(s), p.rsplit("/", 1)[-1], d) for s, p, d in rows}
    assert dates == {
        ("001", "dateCreated", "2015-11-01"),
        ("001", "datePublished", "2015-11-16"),
        ("002", "datePublished", "2022-01-13"),
        ("003", "dateCreated", "2022-01-06"),
    }
    as_of = select(graph, "SELECT DISTINCT ?s ?d { ?sig schema:object ?s ; kzld:asOf ?d }")
    assert [(stem_of(s), d) for s, d in as_of] == [("004", "2022-01-21")]
    count = select(graph, "SELECT ?s ?n { ?s kzld:statedSignatoryCount ?n }")
    assert [(stem_of(s), n) for s, n in count] == [("003", "25")]


def test_every_signature_evidence_is_the_entry_text(built: Path) -> None:
    # rdflib's engine takes minutes over this join; the embedded store answers at once.
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(built / "kzld.ttl"), format=ox.RdfFormat.TURTLE)
    rows = sorted(
        tuple(term.value for term in solution)
        for solution in store.query(  # type: ignore[union-attr]
            PREFIXES
            + """
        SELECT ?sig ?text ?start ?end ?exact {
          ?sig a kzld:Signature ; prov:wasDerivedFrom ?ev .
          ?ev oa:hasSource/schema:text ?text ; oa:hasSelector ?p, ?q .
          ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
          ?q a oa:TextQuoteSelector ; oa:exact ?exact }"""
        )
    )
    assert len(rows) == 72
    for _, text, start, end, exact in rows:
        assert text[int(start) : int(end)] == exact
    signed = [STEMS[k] for k in ("000", "001", "003", "004")]
    texts = {
        unicodedata.normalize("NFC", (SEEDS / f"{s}.txt").read_text(encoding="utf-8"))
        for s in signed
    }
    assert {row[1] for row in rows} == texts


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    build(SEEDS, tmp_path)
    for name in ("kzld.ttl", "kzld.jsonld"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes()


def test_builds_under_two_hash_seeds_write_the_same_state(tmp_path: Path) -> None:
    """Each text's part kept in the state, and the index of parts, are the same bytes whatever
    order Python's sets give: only ``build.json`` differs, which records the written files'
    sizes and times (how ``--check`` sees a hand edit without reading them)."""
    import filecmp
    import subprocess

    for seed in ("1", "2"):
        options = ["build", "--seeds", str(SEEDS), "--out", str(tmp_path / seed)]
        subprocess.run(
            [sys.executable, "-c", "from kzld.cli import main; main()", *options],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
    state = [tmp_path / seed / ".kzld-state" for seed in ("1", "2")]
    parts = sorted(p.name for p in (state[0] / "parts").iterdir())
    assert len(parts) == 5
    assert parts == sorted(p.name for p in (state[1] / "parts").iterdir())
    names = [f"parts/{name}" for name in parts] + ["index.sqlite"]
    same, different, errors = filecmp.cmpfiles(state[0], state[1], names, shallow=False)
    assert (len(same), different, errors) == (6, [], [])
    for name in ("kzld.ttl", "kzld.jsonld"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_turtle_and_jsonld_are_the_same_graph(built: Path, graph: Graph) -> None:
    import pyoxigraph as ox
    from rdflib.compare import isomorphic

    triples = ox.parse(path=str(built / "kzld.jsonld"), format=ox.RdfFormat.JSON_LD)
    nt = bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()
    assert isomorphic(graph, Graph().parse(data=nt, format="nt"))


def test_base_changes_every_data_iri_and_nothing_else(built: Path, tmp_path: Path) -> None:
    other = "http://example.org/kz/"
    build(SEEDS, tmp_path, base=other)
    text = (tmp_path / "kzld.ttl").read_text(encoding="utf-8")
    assert BASE not in text
    original = Graph().parse(built / "kzld.ttl", format="turtle")
    moved = Graph().parse(data=text.replace(other, BASE), format="turtle")
    assert len(moved) == len(original)
    from rdflib.compare import isomorphic

    assert isomorphic(moved, original)


@pytest.mark.parametrize("name", ["zzz_new.txt", "000_0first.txt"], ids=["last", "first"])
def test_adding_a_document_keeps_every_iri(
    built: Path, graph: Graph, tmp_path: Path, name: str
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / name).write_text(
        "Joint statement of solidarity\n\nWe stand with the workers.\n\n"
        "Signatories:\n\n1. Communist Party of Greece\n2. Workers Party of Atlantis\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(seeds, out)
    bigger = Graph().parse(out / "kzld.ttl", format="turtle")
    dataset = "https://w3id.org/kzld/id/dataset"
    before = {t for t in graph if not str(t[0]).startswith(dataset) and "void" not in str(t[1])}
    after = set(bigger)
    missing = {t for t in before if t not in after}
    assert missing == set(), sorted(missing)[:5]
    statements = set(bigger.subjects(RDF.type, URIRef("https://w3id.org/kzld/vocab#Statement")))
    assert len(statements) == 6


def test_a_progress_bar_on_stderr_only_for_many_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    few = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "a")])
    assert few.exit_code == 0, few.output
    assert "Reading" not in few.stderr
    monkeypatch.setattr("kzld.cli.PROGRESS_THRESHOLD", len(list(SEEDS.glob("*.txt"))))
    many = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "b")])
    assert many.exit_code == 0, many.output
    # not a terminal: one line per stage, each by name, in the order they run
    stages = many.stderr.splitlines()
    assert stages[:5] == [
        "Reading texts ...",
        "Resolving organisations and events ...",
        "Mapping to RDF ...",
        "Putting the triples in order ...",
        "Writing JSON-LD ...",
    ]
    assert stages[-1] == "Publishing ..."
    assert "Writing Turtle ..." in stages
    assert "Reading" not in many.stdout
    assert many.stdout.startswith("Built 5 documents")


def test_a_build_in_batches_shows_one_stage_for_all_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kzld.cli.PROGRESS_THRESHOLD", 1)
    monkeypatch.setattr("kzld.pipeline.BATCH", 2)  # the five seeds in three batches
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    stages = result.stderr.splitlines()
    assert stages[:4] == [
        "Reading texts ...",
        "Reading, resolving and mapping texts ...",
        "Mapping to RDF ...",
        "Putting the triples in order ...",
    ]
    assert len(stages) == len(set(stages))  # no stage shown again for each batch
    assert "Resolving organisations and events ..." not in stages
    assert (tmp_path / "kzld.ttl").read_bytes() == (ROOT / "out" / "kzld.ttl").read_bytes()


def test_the_workers_read_the_next_batch_while_this_one_is_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kzld.pipeline.BATCH", 2)  # the five seeds in three batches
    monkeypatch.setattr("kzld.parse.folder.PARALLEL_FROM", 1)  # each batch read by the workers
    monkeypatch.setattr("kzld.pipeline.available_cores", lambda: 2)
    events: list[tuple[str, list[str]]] = []
    start, resolve = Readers.start, _Parts._resolve_and_map

    def started(readers: Readers, files: list[Path]) -> Iterator[Document | Unreadable]:
        events.append(("read", [path.name[:3] for path in files]))
        return start(readers, files)

    def resolved(parts: _Parts, documents: list[Document], done: int | None = None) -> None:
        events.append(("resolve", [document.name[:3] for document in documents]))
        resolve(parts, documents, done)

    monkeypatch.setattr(Readers, "start", started)
    monkeypatch.setattr(_Parts, "_resolve_and_map", resolved)
    build(SEEDS, tmp_path)
    assert events == [
        ("read", ["000", "001"]),
        ("read", ["002", "003"]),  # handed to the workers before the first batch is resolved
        ("resolve", ["000", "001"]),
        ("read", ["004"]),
        ("resolve", ["002", "003"]),
        ("resolve", ["004"]),
    ]
    for name in ("kzld.ttl", "kzld.jsonld"):
        assert (tmp_path / name).read_bytes() == (ROOT / "out" / name).read_bytes()


#: where :func:`_read_noting` notes the process that read each text (set by the test)
NOTES: list[Path] = []


def _read_noting(path: Path) -> Document | Unreadable:
    """:func:`~kzld.parse.folder.read_one`, noting the text's name and the reading process."""
    with NOTES[0].open("a") as notes:
        notes.write(f"{path.name[:3]} {os.getpid()}\n")
    return read_one(path)


def test_a_text_added_beside_many_kept_is_read_ahead_in_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:4]:
        shutil.copy(path, seeds / path.name)
    build(seeds, out)
    monkeypatch.setattr("kzld.pipeline.PARALLEL_FROM", 2)  # 4 kept are many, 1 to read few
    monkeypatch.setattr("kzld.pipeline.available_cores", lambda: 2)
    monkeypatch.setattr("kzld.parse.folder.read_one", _read_noting)
    monkeypatch.setattr(sys.modules[__name__], "NOTES", [tmp_path / "notes"])
    shutil.copy(SEEDS / f"{STEMS['004']}.txt", seeds)
    result = build(seeds, out)
    ((name, pid),) = [line.split() for line in (tmp_path / "notes").read_text().splitlines()]
    assert (name, result.reused, result.resolved) == ("004", 4, 1)
    assert int(pid) != os.getpid()  # read in the worker, while this process took the rest
    assert multiprocessing.active_children() == []
    for dump in ("kzld.ttl", "kzld.jsonld"):
        assert (out / dump).read_bytes() == (ROOT / "out" / dump).read_bytes()


def test_progress_on_a_terminal_keeps_one_line_per_stage_with_the_time_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter(float(second) for second in range(100))
    monkeypatch.setattr("kzld.progress.time.monotonic", lambda: next(clock))
    stream = io.StringIO()
    progress = StageProgress(stream, tty=True)
    for done in range(5):
        progress("Reading texts", done, 4)  # one second a text
    progress("Writing Turtle", 0, 0)
    progress.close()
    lines = stream.getvalue().split("\n")
    # the first stage rewritten in place, each update a second later (no estimate before a tenth)
    assert [part.strip() for part in lines[0].split("\r")[1:]] == [
        "Reading texts 0/4 (0%) [1 s]",
        "Reading texts 1/4 (25%), about 3 s left [2 s]",
        "Reading texts 2/4 (50%), about 2 s left [3 s]",
        "Reading texts 3/4 (75%), about 1 s left [4 s]",
        "Reading texts 4/4 (100%) [5 s]",
    ]
    assert lines[1].strip() == "Writing Turtle [6 s]"
    assert lines[2] == ""


def test_published_out_equals_a_fresh_build() -> None:
    result = CliRunner().invoke(
        main, ["build", "--check", "--seeds", str(SEEDS), "--out", str(ROOT / "out")]
    )
    assert result.exit_code == 0, result.output


def test_a_graph_with_violations_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kzld.pipeline as build_module
    from kzld.mapping import assemble

    def broken(*args):  # type: ignore[no-untyped-def]
        triples = assemble(*args)
        from kzld.rdf.namespaces import VOID

        # in no text's part of the graph, so that no text can be left out to make it conform
        dataset = sorted(triples.typed(VOID.Dataset))[0]
        triples.add((dataset, VOID.triples, Literal("not a number")))
        return triples

    monkeypatch.setattr("kzld.pipeline.assemble", broken)
    (tmp_path / "kzld.ttl").write_text("previous", encoding="utf-8")
    with pytest.raises(ValidationFailed):
        build_module.build(SEEDS, tmp_path)
    assert (tmp_path / "kzld.ttl").read_text(encoding="utf-8") == "previous"
    assert not (tmp_path / "kzld.jsonld").exists()


def test_documents_nothing_was_tuned_on_build_with_every_entry_the_evidence_of_a_signature(
    tmp_path: Path,
) -> None:
    """Every entry is the evidence of one signature, and each organisation signs a statement
    once (a text in two languages lists each twice: ``en_es_two_lists`` has 6 entries and 3
    signatures; in ``en_ru_short_versions`` the union of another country stays apart: 4)."""
    from kzld.parse import read_file

    documents = ROOT / "tests" / "data" / "documents"
    entries = {
        path.stem: sum(len(s.entries) for s in read_file(path).sections)
        for path in documents.glob("*.txt")
    }
    build(documents, tmp_path)  # validated against the shapes, or it raises
    graph = Graph().parse(tmp_path / "kzld.ttl", format="turtle")
    rows = select(
        graph,
        """
        SELECT ?file (COUNT(?e) AS ?n) (COUNT(DISTINCT ?sig) AS ?sigs)
               (COUNT(DISTINCT ?org) AS ?orgs) {
          ?s a kzld:Statement ; prov:hadPrimarySource/schema:name ?file .
          OPTIONAL { ?sig a kzld:Signature ; schema:object ?s ; schema:agent ?org ;
                          prov:wasDerivedFrom ?e } }
        GROUP BY ?file""",
    )
    assert {file.removesuffix(".txt"): int(n) for file, n, _, _ in rows} == entries
    assert all(sigs == orgs for _, _, sigs, orgs in rows)
    signatures = {file.removesuffix(".txt"): int(sigs) for file, _, sigs, _ in rows}
    assert (signatures["en_es_two_lists"], signatures["en_ru_short_versions"]) == (3, 4)


def test_a_duplicate_text_is_warned_about_and_built_once(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    original = SEEDS / f"{STEMS['000']}.txt"
    shutil.copy(original, seeds / original.name)
    shutil.copy(original, seeds / "copy-of-000.txt")
    result = CliRunner().invoke(
        main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "o")]
    )
    warning = (
        f"Warning: skipped {seeds / 'copy-of-000.txt'}: the same text as {seeds / original.name}, "
        f"byte for byte; built once, as {original.name}"
    )
    assert warning in result.stderr.splitlines()
    assert result.exit_code == 3  # published without a text, as for any text left out
    assert "Built 1 documents (1 of 2 texts left out: copy-of-000.txt)" in result.stdout
    graph = Graph().parse(tmp_path / "o" / "kzld.ttl", format="turtle")
    statements = set(graph.subjects(RDF.type, URIRef("https://w3id.org/kzld/vocab#Statement")))
    assert len(statements) == 1
