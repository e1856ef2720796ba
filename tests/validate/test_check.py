"""``kzld check`` and the RDF loader behind it: exit codes, output, input that must be refused."""

from __future__ import annotations

import builtins
import io
import json
import os
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH

from kzld.cli import CHECK_PROGRESS_BYTES, main
from kzld.errors import InputError, RDFSyntaxError
from kzld.rdf.jsonld import CONTEXT_IRI
from kzld.rdf.load import load_graph

DATA = Path(__file__).parents[1] / "data" / "check"
VALID = Path(__file__).parents[1] / "data" / "shapes" / "valid.ttl"
ID = "https://w3id.org/kzld/id/"


def check(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(main, ["check", *args], input=input)


# --------------------------------------------------------------------------- outcomes


def test_a_conforming_file_exits_0() -> None:
    result = check(str(VALID))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{VALID}: conforms: 0 violations, 0 warnings, 0 infos\n"


OUT = Path(__file__).resolve().parents[2] / "out"


@pytest.mark.parametrize("name", ["kzld.ttl", "kzld.jsonld"])
def test_the_published_graph_conforms(name: str) -> None:
    """``kzld check out/kzld.ttl`` and ``out/kzld.jsonld``: no violation, no warning; the infos
    are what is incomplete: international bodies and the CPSU have no country, two statements
    no date."""
    result = check("--output", "json", str(OUT / name))
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.stdout)["files"]
    found = sorted((r["severity"], r["sourceShape"], r["focus"]) for r in report["results"])
    no_country = [
        "collective-security-treaty-organization", "communist-party-of-the-soviet-union",
        "european-union", "international-communist-review",
        "international-coordination-of-revolutionary-parties-and-organizations",
        "international-meeting-of-communist-and-workers-parties",
        "north-atlantic-treaty-organization", "union-of-communist-parties-cpsu",
    ]  # fmt: skip
    assert found == sorted(
        [("Info", "kzldsh:Organization-hasCountry", f"<{ID}org/{key}>") for key in no_country]
        + [
            ("Info", "kzldsh:Statement-dated", f"<{ID}statement/{stem}>")
            for stem in ("000_a57df634454c8433", "004_ac651b2f76b678a3")
        ]
    )
    text = check(str(OUT / name))
    assert text.exit_code == 0
    # SHACL 3.6.1: any result, an info too, means the graph does not conform; --fail-on decides
    assert text.stdout.endswith(
        f"{OUT / name}: does not conform: 0 violations, 0 warnings, 10 infos "
        "(none at or above --fail-on violation: passes)\n"
    )


def test_violations_exit_1_grouped_by_focus_with_label_path_value_and_message() -> None:
    path = DATA / "violations.ttl"
    result = check(str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        f"<{ID}country/XX>  (Nowhere)",
        '  Violation schema:identifier = "xx"',
        "            A country needs exactly one schema:identifier: its ISO 3166-1 alpha-2 code "
        'in upper case (e.g. "KZ").  [kzldsh:Country-identifier]',
    ]
    assert lines[4:6] == [
        f"<{ID}event/e>  (A strike)",
        '  Violation schema:startDate = "2011-02-30"^^xsd:date',
    ]
    # infos come after the violations, in the group of their focus node
    assert lines[8:10] == [f"<{ID}org/b>  (Party B)", "  Info      schema:location"]
    assert lines[-1] == (
        f"{path}: does not conform: 2 violations, 0 warnings, 2 infos "
        "(2 at or above --fail-on violation: fails)"
    )
    assert result.stderr == ""


@pytest.mark.parametrize("engine", ["pyshacl", "shacl"])
def test_both_engines_give_the_same_text(engine: str) -> None:
    reference = check(str(DATA / "violations.ttl"))
    result = check("--engine", engine, str(DATA / "violations.ttl"))
    assert result.exit_code == 1
    assert result.stdout == reference.stdout


def test_warnings_pass_unless_fail_on_warning() -> None:
    path = str(DATA / "warning.ttl")
    assert check(path).exit_code == 0
    assert check(path, "--fail-on", "warning").exit_code == 1
    assert check(str(DATA / "violations.ttl"), "--fail-on", "info").exit_code == 1


def test_json_output() -> None:
    result = check("--output", "json", str(DATA / "violations.ttl"))
    assert result.exit_code == 1
    (report,) = json.loads(result.stdout)["files"]
    assert report["conforms"] is False
    assert report["counts"] == {"Violation": 2, "Warning": 0, "Info": 2}
    assert report["results"][0] == {
        "severity": "Violation",
        "focus": f"<{ID}country/XX>",
        "focusLabel": "Nowhere",
        "path": "schema:identifier",
        "value": '"xx"',
        "message": "A country needs exactly one schema:identifier: its ISO 3166-1 alpha-2 code "
        'in upper case (e.g. "KZ").',
        "sourceShape": "kzldsh:Country-identifier",
        "component": "sh:PatternConstraintComponent",
    }


def test_json_output_names_unreadable_files_too() -> None:
    result = check("--output", "json", str(DATA / "broken.ttl"), str(DATA / "warning.ttl"))
    assert result.exit_code == 2
    broken, warning = json.loads(result.stdout)["files"]
    assert broken == {
        "file": str(DATA / "broken.ttl"),
        "error": f"{DATA / 'broken.ttl'}:6: column 5: A dot is expected at the end of statements",
    }
    assert (warning["conforms"], warning["counts"]["Warning"]) == (False, 1)


def test_turtle_output_is_the_shacl_validation_report() -> None:
    result = check("--output", "turtle", str(DATA / "violations.ttl"))
    assert result.exit_code == 1
    report = Graph().parse(data=result.stdout, format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms) == Literal(False)
    assert len(list(report.objects(node, SH.result))) == 4


@pytest.mark.parametrize("name", ["valid.jsonld", "country.nt", "country.nq"])
def test_other_formats_are_read(name: str) -> None:
    result = check(str(DATA / name))
    assert result.exit_code == (0 if name.endswith("jsonld") else 1), result.output
    assert "country.n" not in name or 'Violation schema:identifier = "gr"' in result.stdout


def test_standard_input_turtle_and_json_ld() -> None:
    result = check("-", input=VALID.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert result.stdout == "<stdin>: conforms: 0 violations, 0 warnings, 0 infos\n"
    result = check("-", input=(DATA / "valid.jsonld").read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    result = check("--format", "ntriples", "-", input=(DATA / "country.nt").read_text())
    assert result.exit_code == 1


def test_each_file_is_checked_and_the_worst_outcome_wins() -> None:
    result = check(str(DATA / "broken.ttl"), str(VALID))
    assert result.exit_code == 2
    assert result.stdout == f"{VALID}: conforms: 0 violations, 0 warnings, 0 infos\n"
    assert result.stderr.startswith(f"Error: {DATA / 'broken.ttl'}:6:")


def test_other_shapes_can_be_given(tmp_path: Path) -> None:
    (tmp_path / "only.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix schema: <http://schema.org/> .\n"
        "<urn:shape> a sh:NodeShape ; sh:targetClass schema:Organization ;\n"
        "  sh:property [ sh:path schema:url ; sh:minCount 1 ; sh:message 'needs a url' ] .\n",
        encoding="utf-8",
    )
    result = check("--shapes", str(tmp_path), "--output", "json", str(DATA / "violations.ttl"))
    assert result.exit_code == 1
    (report,) = json.loads(result.stdout)["files"]
    assert {(r["focus"], r["message"]) for r in report["results"]} == {
        (f"<{ID}org/a>", "needs a url"),
        (f"<{ID}org/b>", "needs a url"),
    }
    empty = tmp_path / "empty"
    empty.mkdir()
    result = check("--shapes", str(empty), str(VALID))
    assert result.exit_code == 2
    assert "holds no shapes" in result.stderr


# ------------------------------------------------------------------ unreadable input: exit 2


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text", "error"),
    [
        ("broken.ttl", None, ":6: column 5: A dot is expected at the end of statements"),
        ("empty.ttl", "", ": the file is empty: there is no RDF in it"),
        ("blank.nt", "\n  \n", ": the file is empty: there is no RDF in it"),
        ("prefixes.ttl", "@prefix s: <http://schema.org/> .\n", ": the file holds no triples"),
        (
            "plain.json",
            '{"name": "Party A", "country": "GR"}',
            ": this JSON holds no RDF: it is not JSON-LD",
        ),
        ("number.json", "42", ": this JSON holds no RDF: JSON-LD is a JSON object or array"),
        ("bad.jsonld", '{\n  "@id": "http://e/a",\n  "name": \n}', ":4: not JSON: Expecting value"),
        ("latin1.jsonld", None, ": not UTF-8 text"),
        ("graph.rdf", "<rdf:RDF/>", ": RDF/XML is not accepted"),
        ("graph.owl", "<rdf:RDF/>", ": RDF/XML is not accepted"),
        ("graph.txt", "x", ": cannot tell its RDF format from the extension '.txt'"),
        ("missing.ttl", None, ": no such file"),
    ],
)
def test_unreadable_input_exits_2_naming_file_line_and_reason(
    tmp_path: Path, name: str, text: str | None, error: str
) -> None:
    if name == "broken.ttl":
        path = DATA / name
    elif name == "latin1.jsonld":
        path = tmp_path / name
        path.write_bytes(
            '{"@id": "http://e/a", "http://schema.org/name": "Partía"}'.encode("latin-1")
        )
    elif text is None:
        path = tmp_path / name
    else:
        path = write(tmp_path, name, text)
    result = check(str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {path}{error}"), result.stderr


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        load_graph(tmp_path / ".", "turtle")


def test_unknown_format_is_named() -> None:
    with pytest.raises(InputError, match="unknown format 'trix'"):
        load_graph(VALID, "trix")
    with pytest.raises(InputError, match="RDF/XML is not accepted"):
        load_graph(VALID, "xml")


def test_syntax_errors_carry_the_line() -> None:
    with pytest.raises(RDFSyntaxError) as caught:
        load_graph(DATA / "broken.ttl")
    assert caught.value.line == 6
    assert caught.value.path == str(DATA / "broken.ttl")


# ------------------------------------------------------------- nothing is ever fetched


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file opened from Python while the test runs."""
    paths: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        paths.append(os.fspath(file) if not isinstance(file, int) else f"fd {file}")
        return real_open(file, *args, **kwargs)

    def spy_os_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        paths.append(os.fspath(file))
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    return paths


REMOTE_CONTEXTS = {
    "remote": '{"@context": "http://example.org/ctx.jsonld", "@id": "http://e/a", "name": "x"}',
    "file": '{"@context": "file:///etc/passwd", "@id": "http://e/a", "name": "x"}',
    "relative": '{"@context": "ctx.jsonld", "@id": "http://e/a", "name": "x"}',
    "in-a-list": '{"@context": [{"s": "http://schema.org/"}, "http://example.org/ctx.jsonld"],'
    ' "@id": "http://e/a", "s:name": "x"}',
    "nested": '{"@graph": [{"@context": "http://example.org/ctx.jsonld", "@id": "http://e/a",'
    ' "name": "x"}]}',
    "scoped": '{"@context": {"knows": {"@id": "http://e/knows", "@context": "http://example.org/c"}},'
    ' "@id": "http://e/a", "knows": {"@id": "http://e/b"}}',
    "import": '{"@context": {"@version": 1.1, "@import": "http://example.org/ctx.jsonld"},'
    ' "@id": "http://e/a", "name": "x"}',
}


@pytest.mark.parametrize("kind", sorted(REMOTE_CONTEXTS))
def test_a_context_the_input_names_is_never_loaded(
    tmp_path: Path, kind: str, no_network: None, opened: list[str]
) -> None:
    path = write(tmp_path, "remote.jsonld", REMOTE_CONTEXTS[kind])
    opened.clear()
    with pytest.raises(RDFSyntaxError, match="is not loaded: kzld never fetches"):
        load_graph(path)
    assert opened == [str(path)]


def test_the_check_command_refuses_a_remote_context_without_network(
    tmp_path: Path, no_network: None
) -> None:
    path = write(tmp_path, "remote.jsonld", REMOTE_CONTEXTS["remote"])
    result = check(str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:1: the JSON-LD context 'http://example.org/ctx.jsonld' is not loaded: "
        "kzld never fetches remote or local contexts; put the context inline, or use "
        f"'{CONTEXT_IRI}'\n"
    )


def test_kzld_context_is_read_from_the_installation(no_network: None) -> None:
    graph = load_graph(DATA / "valid.jsonld")
    org = URIRef(f"{ID}org/a")
    assert (org, URIRef("http://schema.org/name"), Literal("Партия А", lang="ru")) in graph
    assert (org, URIRef("https://w3id.org/kzld/vocab#abbreviation"), Literal("PA")) in graph
    assert (
        org,
        URIRef("https://w3id.org/kzld/vocab#organisationKind"),
        URIRef("https://w3id.org/kzld/vocab/org-kind/party"),
    ) in graph
    assert len(graph) == 10


def test_ill_typed_literals_are_kept_quietly(caplog: pytest.LogCaptureFixture) -> None:
    graph = load_graph(DATA / "violations.ttl")
    (value,) = graph.objects(URIRef(f"{ID}event/e"), URIRef("http://schema.org/startDate"))
    assert isinstance(value, Literal) and value.ill_typed
    assert caplog.records == []


NON_NORMAL = """\
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:kzld:a> schema:position "01"^^xsd:integer ; schema:dateCreated "2015-01-01Z"^^xsd:date ;
    schema:name "x"@EN, "y" ; schema:flag "1"^^xsd:boolean ;
    schema:startDate "2015-13-01"^^xsd:date ; schema:about _:b .
_:b schema:name "b"^^<urn:kzld:own-type> .
"""


@pytest.mark.parametrize(
    "case",
    [*sorted(p for p in DATA.iterdir() if p.name != "broken.ttl"), "non-normal.ttl"],
    ids=str,
)
def test_check_reads_a_file_as_a_graph_of_it_would_hold_it(
    case: Path | str, tmp_path: Path
) -> None:
    """The shacl engine's straight-to-N-Triples reading keeps the triples (and the literals'
    forms) an rdflib graph of the file holds, so the verdict is the one the graph gets."""
    import pyoxigraph as ox

    from kzld.rdf.load import load_graph, load_ntriples
    from kzld.rdf.terms import ox_triples
    from kzld.validate import validate

    path = Path(case) if isinstance(case, Path) else tmp_path / case
    if not isinstance(case, Path):
        path.write_text(NON_NORMAL, encoding="utf-8")
    graph = load_graph(path)
    text = load_ntriples(path).text
    expected = (ox.serialize(ox_triples(graph), format=ox.RdfFormat.N_TRIPLES) or b"").decode()

    def lines(nt: str) -> set[str]:  # blank node labels differ between two parses
        return {re.sub(r"_:\w+", "_:", line) for line in nt.splitlines()}

    assert lines(text) == lines(expected)
    assert len(set(ox.parse(text, format=ox.RdfFormat.N_TRIPLES))) == len(graph)
    fast = validate(load_ntriples(path), engine="shacl")
    assert fast.as_json() == validate(graph, engine="shacl").as_json()


# --------------------------------------------------------------------------- relative IRIs, --base


SHAPE = (
    "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
    "<#Shape> a sh:PropertyShape ; sh:targetNode <a> ;\n"
    "  sh:path <p> ; sh:minCount 2 ; sh:severity sh:Info .\n"
)


def test_relative_iris_resolve_against_the_files_own_iri(tmp_path: Path) -> None:
    """As the Turtle specification says (and rdflib, riot and rapper do): ``<a>`` in a file is
    ``file:///.../a``; the shapes resolve theirs against their own file."""
    (tmp_path / "shapes.ttl").write_text(SHAPE, encoding="utf-8")
    (tmp_path / "data.ttl").write_text("<a> <p> <b> .\n", encoding="utf-8")
    result = check(
        "--shapes", str(tmp_path / "shapes.ttl"), "--output", "json", str(tmp_path / "data.ttl")
    )
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.stdout)["files"]
    (found,) = report["results"]
    assert found["focus"] == f"<{(tmp_path / 'a').as_uri()}>"
    assert found["path"] == f"<{(tmp_path / 'p').as_uri()}>"
    assert found["sourceShape"] == f"<{(tmp_path / 'shapes.ttl').as_uri()}#Shape>"


@pytest.mark.parametrize("name", ["data.ttl", "data.jsonld", "-"])
def test_base_sets_another_base_for_every_format_and_stdin(tmp_path: Path, name: str) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SHAPE.replace("<a>", "<https://e.org/x/a>"), encoding="utf-8")
    jsonld = '{"@id": "a", "https://e.org/x/p": {"@id": "b"}}'
    turtle = "<a> <https://e.org/x/p> <b> .\n"
    if name == "-":
        result = check("--shapes", str(shapes), "--base", "https://e.org/x/", "-", input=turtle)
    else:
        (tmp_path / name).write_text(jsonld if name.endswith("jsonld") else turtle, "utf-8")
        result = check("--shapes", str(shapes), "--base", "https://e.org/x/", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert "<https://e.org/x/a>" in result.stdout
    assert "does not conform: 0 violations, 0 warnings, 1 info" in result.stdout


def test_relative_iris_on_stdin_need_a_base() -> None:
    result = check("-", input="<a> <b> <c> .\n")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: <stdin>:1: column 1: No scheme found in an absolute IRI (a relative IRI: give "
        "--base IRI to resolve it against)\n"
    )


def test_a_base_that_is_not_an_absolute_iri_is_refused() -> None:
    result = check("--base", "x/y", str(VALID))
    assert result.exit_code == 2
    assert "Error: x/y: --base must be an absolute IRI" in result.stderr


# --------------------------------------------------------------------------- --shapes


def test_shapes_take_files_and_folders_more_than_once(tmp_path: Path) -> None:
    one = tmp_path / "one.ttl"
    one.write_text(SHAPE.replace("<#Shape>", "<urn:one>"), encoding="utf-8")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "two.nt").write_text(
        "<urn:two> <http://www.w3.org/ns/shacl#targetNode> <urn:a> .\n"
        "<urn:two> <http://www.w3.org/ns/shacl#closed> "
        '"true"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n',
        encoding="utf-8",
    )
    (folder / "notes.txt").write_text("not shapes", encoding="utf-8")
    data = tmp_path / "data.ttl"
    data.write_text("<urn:a> <urn:p> 1 .\n", encoding="utf-8")
    result = check("--shapes", str(one), "--shapes", str(folder), "--output", "json", str(data))
    (report,) = json.loads(result.stdout)["files"]
    assert sorted(r["sourceShape"] for r in report["results"]) == ["<urn:one>", "<urn:two>"]
    assert result.exit_code == 1  # the closed shape's violation
    # a file alone
    assert check("--shapes", str(one), str(data)).exit_code == 0


def test_a_folder_without_shapes_is_refused(tmp_path: Path) -> None:
    result = check("--shapes", str(tmp_path), str(VALID))
    assert result.exit_code == 2
    assert f"Error: {tmp_path}: holds no shapes" in result.stderr


# --------------------------------------------------------------------------- SHACL 3.6.1


def test_conforms_is_false_whenever_there_is_a_result_in_every_output() -> None:
    """SHACL 3.6.1: sh:conforms is true only when there is no validation result at all, a
    warning or an info too; the exit status stays with --fail-on, and the text says so."""
    path = str(DATA / "warning.ttl")
    for engine in ("shacl", "pyshacl"):
        text = check("--engine", engine, path)
        assert text.exit_code == 0
        assert text.stdout.splitlines()[-1] == (
            f"{path}: does not conform: 0 violations, 1 warning, 0 infos "
            "(none at or above --fail-on violation: passes)"
        )
        failing = check("--engine", engine, "--fail-on", "warning", path)
        assert failing.exit_code == 1
        assert failing.stdout.splitlines()[-1].endswith("(1 at or above --fail-on warning: fails)")
        data = json.loads(check("--engine", engine, "--output", "json", path).stdout)
        assert data["files"][0]["conforms"] is False
        turtle = check("--engine", engine, "--output", "turtle", path)
        report = Graph().parse(data=turtle.stdout, format="turtle")
        (node,) = report.subjects(RDF.type, SH.ValidationReport)
        assert report.value(node, SH.conforms) == Literal(False)
        assert turtle.exit_code == 0
    valid = check("--output", "turtle", str(VALID))
    report = Graph().parse(data=valid.stdout, format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms) == Literal(True)


# --------------------------------------------------------------------------- progress

SEEDS_GRAPH = Path(__file__).parents[2] / "out" / "kzld.ttl"


def test_a_big_file_shows_its_progress_one_line_per_stage_when_piped(tmp_path: Path) -> None:
    big = tmp_path / "kzld.ttl"  # the seeds' graph written over and over: the same graph
    text = SEEDS_GRAPH.read_bytes()
    big.write_bytes(b"\n".join([text] * (CHECK_PROGRESS_BYTES // len(text) + 1)))
    result = check(str(big))
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(
        f"{big}: does not conform: 0 violations, 0 warnings, 10 infos"
        " (none at or above --fail-on violation: passes)\n"
    )
    assert result.stderr == f"Reading {big} ...\nValidating {big} ...\n"
    small = check(str(SEEDS_GRAPH))
    assert (small.exit_code, small.stderr) == (0, "")
