"""What `kzld query` takes from the user: syntax errors that explain themselves, parameters as
kzld prints them (prefixed names, bare IRIs) with a warning for one that names nothing, and the
base relative IRIs in --data resolve against."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kzld.cli import main

SMALL = Path(__file__).parents[1] / "data" / "query" / "small.ttl"
ID = "https://w3id.org/kzld/id/"


def query(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["query", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE { ?s ?p }", "1:24: SPARQL syntax error: the triple pattern `?s ?p` "
         "lacks an object: found `}`"),
        ("SELECT * WHERE { ?s }", "1:21: SPARQL syntax error: the triple pattern `?s` lacks a "
         "predicate and an object: found `}`"),
        ("SELECT ?x WHERE {\n  ?x ?y ?z .\n  ?z ?w\n}", "4:1: SPARQL syntax error: the triple "
         "pattern `?z ?w` lacks an object: found `}`"),
        ("SELECT * WHERE { ?s ex:p ?o }", "1:21: SPARQL syntax error: the prefix ex: of `ex:p` "
         "is not declared; add PREFIX ex: <...> before the query"),
        ("SELECT * WHERE { ?s ?p ?o", "1:26: SPARQL syntax error: the query ends with the `{` "
         "opened at line 1, column 16 still open"),
        ("SELECT * { ?s ?p ?o FILTER(?o > 3 }", "1:35: SPARQL syntax error: found `}` where "
         "the `(` opened at line 1, column 27 should be closed first"),
        ("SELECT * WHERE {\n ?s ?p ?o\n FILTER(?o = ) }", "3:14: SPARQL syntax error: the "
         "operator `=` lacks the value on its right: found `)`"),
        ("SELEC * WHERE { ?s ?p ?o }", "1:1: SPARQL syntax error: found `SELEC` where the "
         "query should start with SELECT, CONSTRUCT, DESCRIBE or ASK"),
        ("SELECT * { ?s ?p ?o } ORDER ?s", "1:29: SPARQL syntax error: ORDER needs BY after "
         "it: found `?s`"),
        ("SELECT * WHERE { ?s <a b> ?o }", "1:21: SPARQL syntax error: `<a b>` is not an IRI"),
        ("SELECT * WHERE { ?s ?p 'abc }", "1:24: SPARQL syntax error: the string that starts "
         "with ' never ends"),
        ("SELECT * { ?s ?p ?o } LIMIT x", "1:29: SPARQL syntax error: found `x`, which does "
         "not fit here"),
    ],
)  # fmt: skip
def test_syntax_errors_say_where_and_what(text: str, message: str) -> None:
    code, _, stderr = query(text, "--data", str(SMALL))
    assert code == 1
    assert stderr.startswith(f"Error: query:{message}"), stderr
    assert "expected one of" not in stderr


def test_valid_queries_with_values_and_paths_run() -> None:
    """What the explanations look for is not flagged in valid queries."""
    text = (
        "PREFIX schema: <http://schema.org/>\n"
        "SELECT ?n WHERE { VALUES ?x { 1 2 } ?s schema:name ?n ; a ?t . "
        "?s schema:agent/schema:name ?m FILTER(?x < 3 && ?x >= 1) } ORDER BY ?n LIMIT 1"
    )
    code, _, stderr = query(text, "--data", str(SMALL), "--format", "csv")
    assert code == 0, stderr


@pytest.mark.parametrize(
    "value",
    [
        "id:statement/lake-02",
        f"{ID}statement/lake-02",
        f"<{ID}statement/lake-02>",
    ],
)
def test_param_takes_prefixed_names_and_iris(value: str) -> None:
    code, stdout, stderr = query(
        "signatories", "--param", f"statement={value}", "--data", str(SMALL), "--format", "csv"
    )
    assert code == 0, stderr
    assert stderr == ""
    assert [line.split(",")[4].rpartition("/")[2] for line in stdout.splitlines()[1:]] == [
        "wpl",
        "green-union",
        "hill-party",
    ]


def test_a_param_that_names_nothing_is_warned_about() -> None:
    code, stdout, stderr = query(
        "signatories", "--param", "statement=id:statement/nowhere", "--data", str(SMALL)
    )
    assert code == 0
    assert stderr == (
        f"Warning: --param statement=id:statement/nowhere: <{ID}statement/nowhere> names "
        f"nothing in {SMALL}\n"
    )
    assert stdout.endswith("(0 rows)\n")


def test_relative_iris_in_data_resolve_against_the_file(tmp_path: Path) -> None:
    data = tmp_path / "relative.ttl"
    data.write_text("<a> <p> <b> .\n", encoding="utf-8")
    code, stdout, stderr = query("SELECT ?s { ?s ?p ?o }", "--data", str(data), "--format", "csv")
    assert (code, stdout) == (0, f"s\n{(tmp_path / 'a').as_uri()}\n"), stderr
    code, stdout, stderr = query(
        "SELECT ?s { ?s ?p ?o }",
        "--data",
        str(data),
        "--format",
        "csv",
        "--base",
        "https://example.org/x/",
    )
    assert (code, stdout) == (0, "s\nhttps://example.org/x/a\n"), stderr


@pytest.mark.parametrize("name", ["relative.jsonld", "relative.nt"])
def test_relative_iris_resolve_in_every_format(tmp_path: Path, name: str) -> None:
    data = tmp_path / name
    if name.endswith(".jsonld"):
        data.write_text('{"@id": "a", "urn:p": {"@id": "b"}}', encoding="utf-8")
    else:
        data.write_text("<urn:s> <urn:p> <urn:o> .\n", encoding="utf-8")
    code, stdout, stderr = query(
        "SELECT ?s { ?s ?p ?o }",
        "--data",
        str(data),
        "--format",
        "csv",
        "--base",
        "http://e.org/x/",
    )
    assert code == 0, stderr
    expected = "http://e.org/x/a" if name.endswith(".jsonld") else "urn:s"
    assert stdout == f"s\n{expected}\n"


def test_a_bad_base_is_a_clear_error(tmp_path: Path) -> None:
    code, _, stderr = query("ASK {}", "--data", str(SMALL), "--base", "not an iri")
    assert code == 1
    assert "--base must be an absolute IRI" in stderr
