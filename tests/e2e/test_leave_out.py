"""One odd text costs only itself: a text whose part of the graph breaks a shape is reported and
left out, the rest is published, the exit status and the summary line say so; ``--strict`` makes
it fatal; a violation in no text's part still stops the build."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kzld.cli import main
from kzld.model.iris import Minter
from kzld.model.records import Span
from kzld.rdf.namespaces import KZLD, SCHEMA, VOID

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://w3id.org/kzld/id/"
BAD = "002_17dbb8348379615d"
#: Texts of three languages that break a shape in turn (issue 18's "one odd text" in three
#: languages): the Dutch and German ones have no date of their own, the English one has one, so a
#: second date breaks its count too.
ODD = [
    pytest.param("000_a57df634454c8433", "", id="nl"),
    pytest.param(BAD, " (and 1 more violation)", id="en"),
    pytest.param("003_9596d79537352c70", "", id="de"),
]
STEMS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


Breaker = Callable[[object], None]


def _break_with(monkeypatch: pytest.MonkeyPatch, breaker: Breaker) -> None:
    """Make the mapping add wrong triples (``breaker`` gets the triple set of each text)."""
    from kzld.mapping import map_document

    def broken(*args):  # type: ignore[no-untyped-def]
        triples = map_document(*args)
        breaker(triples)
        return triples

    monkeypatch.setattr("kzld.pipeline.map_document", broken)


def _bad_date(stem: str) -> Breaker:
    """A breaker giving the statement of ``stem`` a date that is no ``xsd:date``."""

    def breaker(triples: object) -> None:
        statement = URIRef(BASE + "statement/" + stem)
        if str(statement) in triples.typed(KZLD.Statement):  # type: ignore[attr-defined]
            bad = Literal("spring 2022", datatype=XSD.date)
            triples.add((statement, SCHEMA.datePublished, bad))  # type: ignore[attr-defined]

    return breaker


def _build(seeds: Path, out: Path, *options: str) -> Result:
    return CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), *options])


def _statements(out: Path) -> list[str]:
    graph = Graph().parse(out / "kzld.ttl", format="turtle")
    return sorted(str(s).rsplit("/", 1)[-1] for s in graph.subjects(RDF.type, KZLD.Statement))


@pytest.mark.parametrize(("odd", "more"), ODD)
def test_a_text_that_breaks_a_shape_is_left_out_and_the_rest_published(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, odd: str, more: str
) -> None:
    _break_with(monkeypatch, _bad_date(odd))
    out = tmp_path / "out"
    result = _build(seeds, out)
    assert result.exit_code == 3, result.output
    assert result.stderr == (
        f"Warning: skipped {odd}.txt: its part of the graph breaks the shape "
        f"kzldsh:Statement-datePublished at <{BASE}statement/{odd}>: "
        f"schema:datePublished must be one valid xsd:date (YYYY-MM-DD).{more}\n"
    )
    assert result.stdout.startswith(f"Built 4 documents (1 of 5 texts left out: {odd}.txt): ")
    assert _statements(out) == [s for s in STEMS if s != odd]
    turtle = (out / "kzld.ttl").read_text(encoding="utf-8")
    assert odd not in turtle  # nothing of it: no source, no evidence, no signature
    assert odd not in (out / "kzld.jsonld").read_text(encoding="utf-8")

    # --check on the same folder: up to date, and still says what was left out.
    check = _build(seeds, out, "--check")
    assert check.exit_code == 3, check.output
    assert "is up to date (4 documents, " in check.stdout
    assert f"(1 of 5 texts left out: {odd}.txt)" in check.stdout


@pytest.mark.parametrize(("odd", "more"), ODD)
def test_strict_makes_a_text_that_breaks_a_shape_fatal(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, odd: str, more: str
) -> None:
    _break_with(monkeypatch, _bad_date(odd))
    out = tmp_path / "out"
    result = _build(seeds, out, "--strict")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: {seeds}: a text breaks the shapes and --strict is given; nothing was written\n"
        f"  {odd}.txt: its part of the graph breaks the shape kzldsh:Statement-datePublished"
    )
    assert not out.exists()


def test_a_broken_node_shared_by_texts_leaves_out_the_texts_that_point_at_it(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An organisation without a name, signed by one text (through its statement).
    def nameless(triples: object) -> None:
        statement = URIRef(BASE + "statement/" + BAD)
        if str(statement) in triples.typed(KZLD.Statement):  # type: ignore[attr-defined]
            org = URIRef(BASE + "org/x-nameless")
            triples.add((org, RDF.type, SCHEMA.Organization))  # type: ignore[attr-defined]
            triples.add((statement, KZLD.signatory, org))  # type: ignore[attr-defined]

    _break_with(monkeypatch, nameless)
    out = tmp_path / "out"
    result = _build(seeds, out)
    assert result.exit_code == 3, result.output
    assert f"Warning: skipped {BAD}.txt: its part of the graph breaks the shape " in result.stderr
    assert f"at <{BASE}org/x-nameless>: An organisation needs at least one schema:name" in (
        result.stderr
    )
    assert _statements(out) == [s for s in STEMS if s != BAD]


def test_a_violation_in_no_texts_part_still_stops_the_build(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad_dataset(triples: object) -> None:
        dataset = URIRef(BASE + "dataset")
        triples.add((dataset, VOID.triples, Literal("many")))  # type: ignore[attr-defined]

    _break_with(monkeypatch, bad_dataset)
    out = tmp_path / "out"
    out.mkdir()
    (out / "kzld.ttl").write_text("previous", encoding="utf-8")
    result = _build(seeds, out)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: the graph built from {seeds} does not conform")
    assert "nothing was written" in result.stderr
    assert (out / "kzld.ttl").read_text(encoding="utf-8") == "previous"


def test_an_unreadable_text_is_left_out_with_exit_3_and_strict_makes_it_fatal(
    seeds: Path, tmp_path: Path
) -> None:
    (seeds / "zz-binary.txt").write_bytes(b"\x00\x01\x02\xff")
    out = tmp_path / "out"
    result = _build(seeds, out)
    assert result.exit_code == 3, result.output
    assert f"Warning: skipped {seeds / 'zz-binary.txt'}: binary data, not text" in result.stderr
    assert "Built 5 documents (1 of 6 texts left out: zz-binary.txt): 72 signatures" in (
        result.stdout
    )
    assert _statements(out) == STEMS
    strict = _build(seeds, tmp_path / "strict", "--strict")
    assert strict.exit_code == 1
    assert strict.stderr.startswith(f"Error: {seeds / 'zz-binary.txt'}: binary data, not text")
    assert not (tmp_path / "strict").exists()


def test_every_iri_minted_for_a_text_leads_to_its_source() -> None:
    mint = Minter(BASE)
    source = mint.source("a b")
    for iri in (
        mint.statement("a b"),
        mint.version("a b", "en", 2),
        mint.section("a b", 1),
        mint.signature("a b", "org-key"),
        mint.selector(mint.evidence("a b", Span(0, 3)), "quote"),
        mint.mention("a b", Span(4, 9)),
        mint.role("a b", 1),
        source,
    ):
        assert mint.source_of(str(iri)) == source, iri
    for iri in (mint.organisation("a b"), mint.country("de"), mint.dataset(), mint.person("x")):
        assert mint.source_of(str(iri)) is None, iri
    assert mint.source_of("https://example.org/statement/a") is None


@pytest.mark.parametrize("command", ["orgs", "events"])
def test_the_surveys_leave_out_an_unreadable_text_too(seeds: Path, command: str) -> None:
    (seeds / "zz-binary.txt").write_bytes(b"\x00\x01\x02\xff")
    result = CliRunner().invoke(main, [command, "--seeds", str(seeds)])
    assert result.exit_code == 3, result.output
    assert result.stderr == (
        f"Warning: skipped {seeds / 'zz-binary.txt'}: binary data, not text (NUL byte at byte 0);"
        " give a text file\n"
    )
    alone = CliRunner().invoke(main, [command, "--seeds", str(ROOT / "seeds")])
    assert alone.exit_code == 0 and result.stdout == alone.stdout  # the others, as without it
    for name in STEMS:
        (seeds / f"{name}.txt").unlink()
    none = CliRunner().invoke(main, [command, "--seeds", str(seeds)])
    assert none.exit_code == 1
    assert none.stderr.endswith(f"Error: {seeds}: no source text could be read\n")
