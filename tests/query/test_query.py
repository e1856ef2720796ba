"""`kzld query` and the query catalogue: answers on the seeds, and the same answers from three
engines (the embedded store through the CLI, the oxigraph server over HTTP, rdflib's SPARQL)."""

from __future__ import annotations

import json
import unicodedata
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib
from click.testing import CliRunner

from kzld.cli import main
from kzld.errors import QueryError, RDFSyntaxError
from kzld.query.run import bind_params, catalogue, open_store, run_query
from kzld.serve.processes import (
    free_port,
    load_location,
    start_server,
    stop_server,
    wait_until_ready,
)

ROOT = Path(__file__).resolve().parents[2]
SMALL = Path(__file__).parents[1] / "data" / "query" / "small.ttl"
ID = "https://w3id.org/kzld/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in ("integer", "nonNegativeInteger", "int", "long", "positiveInteger")}
CATALOGUE = sorted(catalogue())

Row = tuple[Any, ...]


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published graph of the seeds: ``out/kzld.ttl``, or a fresh build where it is missing."""
    published = ROOT / "out" / "kzld.ttl"
    if published.is_file():
        return published
    from kzld.pipeline import build

    out = tmp_path_factory.mktemp("out")
    build(ROOT / "seeds", out)
    return out / "kzld.ttl"


@pytest.fixture(scope="module")
def endpoint(seed_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` over the seed graph on a free loopback port."""
    location = tmp_path_factory.mktemp("oxigraph") / "db"
    load_location(seed_graph, location)
    process = start_server(location, "127.0.0.1", port := free_port())
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(process, url, timeout=30)
        yield url
    finally:
        stop_server(process)  # SIGTERM to its pid, SIGKILL if it lingers


def norm(kind: str, value: str, lang: str | None = None, datatype: str | None = None) -> Any:
    """One term in a form the three engines agree on."""
    if kind in ("uri", "iri"):
        return ("iri", value)
    if datatype in INTEGERS:
        return ("number", int(value))
    if datatype == XSD + "string":
        datatype = None
    return ("literal", value, (lang or "").lower(), datatype)


def json_rows(document: dict[str, Any]) -> tuple[list[str], list[Row]]:
    """Variables and normalised rows of a SPARQL JSON result."""
    names = document["head"]["vars"]
    rows = [
        tuple(
            norm(b[v]["type"], b[v]["value"], b[v].get("xml:lang"), b[v].get("datatype"))
            if v in b
            else None
            for v in names
        )
        for b in document["results"]["bindings"]
    ]
    return names, rows


def rdflib_term(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return norm("uri", str(term))
    assert isinstance(term, rdflib.Literal), term
    datatype = str(term.datatype) if term.datatype else None
    return norm("literal", str(term), term.language, datatype)


def cli(*args: str) -> Any:
    result = CliRunner().invoke(main, ["query", *args])
    assert result.exit_code == 0, result.output
    return result


def answer(graph: Path, name: str, *params: str) -> list[dict[str, str]]:
    """The rows of catalogue query ``name`` through ``kzld query``, as plain values."""
    options = [option for p in params for option in ("--param", p)]
    result = cli(name, "--data", str(graph), "--format", "json", *options)
    document = json.loads(result.output)
    return [{v: b[v]["value"] for v in b} for b in document["results"]["bindings"]]


# ---- the three engines agree ---------------------------------------------------------------


@pytest.fixture(scope="module")
def rdflib_graph(seed_graph: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(seed_graph, format="turtle")
    return graph


@pytest.mark.server
@pytest.mark.parametrize("name", CATALOGUE)
def test_catalogue_query_same_answer_from_cli_http_and_rdflib(
    name: str, seed_graph: Path, endpoint: str, rdflib_graph: rdflib.Graph
) -> None:
    text = catalogue()[name].read_text(encoding="utf-8")
    names, embedded = json_rows(
        json.loads(cli(name, "--data", str(seed_graph), "--format", "json").output)
    )

    request = urllib.request.Request(
        f"{endpoint}/query",
        data=urllib.parse.urlencode({"query": text}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        http_names, served = json_rows(json.load(response))

    result = rdflib_graph.query(text)
    rdflib_names = [str(v) for v in result.vars or []]
    by_rdflib = [tuple(rdflib_term(row[v]) for v in rdflib_names) for row in result]  # type: ignore[call-overload,index]

    assert embedded, f"{name} has no answer on the seeds"
    assert names == http_names == rdflib_names
    assert sorted(embedded, key=repr) == sorted(served, key=repr)
    assert sorted(embedded, key=repr) == sorted(by_rdflib, key=repr)


# ---- the answers on the seeds ---------------------------------------------------------------

#: The five organisations that signed both 000 and 001 (read from the two lists).
TWICE = sorted(
    ID + "org/" + key
    for key in (
        "communist-party-of-greece",
        "communist-party-of-the-soviet-union",
        "philippine-communist-party-1930",
        "russian-communist-workers-party",
        "union-of-communists-of-ukraine",
    )
)


def test_co_signers_on_the_seeds(seed_graph: Path) -> None:
    rows = answer(seed_graph, "co-signers")
    pairs = {(r["org1"], r["org2"]): int(r["together"]) for r in rows}
    expected = {(a, b): 2 for i, a in enumerate(TWICE) for b in TWICE[i + 1 :]}
    assert pairs == expected
    # Every pair on the same list once: C(27,2) + C(9,2) + C(5,2) + C(31,2) pairs, 10 twice.
    assert len(answer(seed_graph, "co-signers", "minimum=1")) == 351 + 36 + 10 + 465 - 10


def test_signatories_by_country_on_the_seeds(seed_graph: Path) -> None:
    rows = answer(seed_graph, "signatories-by-country")
    counts = {r.get("code", ""): (int(r["organisations"]), int(r["signatures"])) for r in rows}
    singles = [
        "AL", "AT", "AU", "AZ", "BA", "BE", "BG", "BH", "CH", "CI", "CM", "CO", "DE", "DK", "DO",
        "DZ", "ES", "GE", "IE", "IN", "IT", "JO", "KZ", "LU", "MA", "MT", "NO", "PK", "PT", "SE",
        "TG", "TN", "US", "UY", "VE", "ZA",
    ]  # fmt: skip
    expected = {
        "RU": (6, 7), "FR": (4, 4), "TR": (4, 4), "UA": (3, 4), "BD": (2, 3), "MX": (2, 2),
        "NL": (2, 2), "NP": (2, 2), "PY": (2, 2), "": (1, 2), "GR": (1, 2), "PH": (1, 2),
    } | {code: (1, 1) for code in singles}  # fmt: skip
    assert counts == expected
    assert sum(s for _, s in counts.values()) == 72
    assert [r.get("code", "") for r in rows[:4]] == ["RU", "FR", "TR", "UA"]


def test_signatories_in_list_order_with_sections(seed_graph: Path) -> None:
    everything = answer(seed_graph, "signatories")
    per_statement: dict[str, int] = {}
    for row in everything:
        stem = row["statement"].rpartition("/")[2]
        per_statement[stem[:3]] = per_statement.get(stem[:3], 0) + 1
    assert per_statement == {"000": 27, "001": 9, "003": 5, "004": 31}

    rows = answer(seed_graph, "signatories", f"statement={ID}statement/001_f10d4b65e2bcd5db")
    order = [(r["sectionNo"], r["section"], int(r["position"]), r["org"]) for r in rows]
    assert [(s, label, p) for s, label, p, _ in order] == [
        ("1", "Participant Parties", p) for p in range(1, 9)
    ] + [("2", "Other SolidNet Parties", 1)]
    assert order[2][3] == ID + "org/communist-party-of-greece"
    assert rows[2]["name"] == "Communist Party of Greece"


def test_top_signatories_on_the_seeds(seed_graph: Path) -> None:
    rows = answer(seed_graph, "top-signatories")
    # The five of 000 and 001, and the Communist Party of Bangladesh (000 and 004).
    assert sorted(r["org"] for r in rows[:6]) == sorted(
        [*TWICE, ID + "org/communist-party-of-bangladesh"]
    )
    assert [int(r["statements"]) for r in rows] == [2] * 6 + [1] * 60


def test_statements_per_event_on_the_seeds(seed_graph: Path) -> None:
    rows = answer(seed_graph, "statements-per-event")
    counts = {(r["event"].rpartition("/")[2], r["relation"]): int(r["statements"]) for r in rows}
    assert counts[("january-2022-unrest-in-kazakhstan", "about")] == 4
    assert counts[("ban-of-the-communist-party-of-kazakhstan-2015", "about")] == 1
    assert counts[("17th-imcwp-2015", "adoptedAt")] == 1
    assert sum(n for (_, relation), n in counts.items() if relation == "about") == 5


def speaking_of(graph: Path, event: str) -> set[tuple[str, str, str]]:
    """(statement file number, relation, language version) of ``event-statements`` for one event."""
    rows = answer(graph, "event-statements", f"event={ID}event/{event}")
    assert {r["event"] for r in rows} == {f"{ID}event/{event}"}
    return {
        (r["statement"].rpartition("/")[2][:3], r["relation"], r.get("language", "")) for r in rows
    }


#: The language versions of the interview (002), each of which names the events below.
INTERVIEW = ("ar", "en", "es", "ru")


def test_statements_that_speak_of_the_zhanaozen_massacre(seed_graph: Path) -> None:
    # The motion (001, en and ru), the interview (002, in all four languages: "Zhanaozen",
    # "Жанаозен", "Zanahozen", "زاناوزين") and the ICOR resolution (004); not 000 or 003.
    assert speaking_of(seed_graph, "zhanaozen-massacre-2011") == {
        ("001", "mentions", "en"), ("001", "mentions", "ru"),
        *(("002", "mentions", language) for language in INTERVIEW),
        ("004", "mentions", "en"),
    }  # fmt: skip


def test_statements_about_the_january_2022_unrest(seed_graph: Path) -> None:
    assert speaking_of(seed_graph, "january-2022-unrest-in-kazakhstan") == {
        ("000", "about", "nl"),
        *(("002", "about", language) for language in INTERVIEW),
        ("003", "about", "de"),
        ("004", "about", "en"),
    }


def test_statements_that_speak_of_the_csto_intervention(seed_graph: Path) -> None:
    assert speaking_of(seed_graph, "csto-intervention-in-kazakhstan-2022") == {
        ("000", "mentions", "nl"),
        *(("002", "mentions", language) for language in INTERVIEW),
        ("003", "mentions", "de"),
        ("004", "mentions", "en"),
    }


def test_the_statement_adopted_at_the_17th_imcwp(seed_graph: Path) -> None:
    adopted = {
        (stem, language)
        for stem, relation, language in speaking_of(seed_graph, "17th-imcwp-2015")
        if relation == "adoptedAt"
    }
    assert adopted == {("001", "en"), ("001", "ru")}
    # and it was made where the meeting was held
    rows = cli(
        "SELECT ?place WHERE { ?s <https://w3id.org/kzld/vocab#adoptedAt> ?e ; "
        "<http://schema.org/locationCreated> ?place . ?e <http://schema.org/location> ?place }",
        "--data", str(seed_graph), "--format", "csv",
    ).output.split()  # fmt: skip
    assert rows == ["place", f"{ID}place/istanbul"]


def test_the_interview_mentions_the_organisations_it_names(seed_graph: Path) -> None:
    """Organisations named in running text (not in a signatory list) are schema:mentions."""
    result = cli(
        "SELECT ?org WHERE { <" + ID + "statement/002_17dbb8348379615d> "
        "<http://schema.org/mentions> ?org . ?org a <http://schema.org/Organization> }",
        "--data", str(seed_graph), "--format", "csv",
    )  # fmt: skip
    mentioned = {line.rpartition("/")[2] for line in result.output.split()[1:]}
    assert mentioned == {
        "902-gr", "collective-security-treaty-organization", "communist-party-of-belgium",
        "communist-party-of-china", "communist-party-of-greece", "communist-party-of-kazakhstan",
        "communist-party-of-mexico", "communist-party-of-sweden",
        "communist-party-of-the-russian-federation", "communist-party-of-the-workers-of-spain",
        "communist-peoples-party-of-kazakhstan", "european-union", "french-communist-party",
        "international-communist-review", "international-meeting-of-communist-and-workers-parties",
        "north-atlantic-treaty-organization", "party-of-labour-of-austria",
        "russian-communist-workers-party", "socialist-movement-of-kazakhstan",
        "socialist-party-of-kazakhstan", "socialist-party-of-latvia",
        "union-of-communist-parties-cpsu",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("language", "stems"),
    [
        ("ru", ["001_f10d4b65e2bcd5db", "002_17dbb8348379615d"]),
        ("de", ["003_9596d79537352c70"]),
        ("xx", []),
    ],
)
def test_statements_in_language(seed_graph: Path, language: str, stems: list[str]) -> None:
    rows = answer(seed_graph, "statements-in-language", f"language={language}")
    assert [r["statement"] for r in rows] == [f"{ID}statement/{stem}" for stem in stems]
    assert all(r["version"] == f"{r['statement']}/{language}" for r in rows)


def test_everything_about_one_organisation(seed_graph: Path) -> None:
    org = ID + "org/communist-party-of-greece"
    rows = answer(seed_graph, "organisation", f"org={org}")
    facts = {(r["direction"], r["property"].rpartition("/")[2], r["value"]) for r in rows}
    assert {r["org"] for r in rows} == {org}
    assert ("out", "location", ID + "country/GR") in facts
    assert ("out", "vocab#abbreviation", "KKE") in facts
    signed = {value for direction, prop, value in facts if prop == "vocab#signatory"}
    assert signed == {ID + "statement/000_a57df634454c8433", ID + "statement/001_f10d4b65e2bcd5db"}


def test_signature_evidence_quotes_the_source_text(seed_graph: Path) -> None:
    rows = answer(seed_graph, "signature-evidence")
    assert len(rows) == 72
    texts = {
        path.name: unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for path in (ROOT / "seeds").glob("*.txt")
    }
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["file"]][start:end] == row["exact"], row["signature"]
    one = answer(
        seed_graph,
        "signature-evidence",
        f"signature={ID}signature/001_f10d4b65e2bcd5db/communist-party-of-greece",
    )
    assert [r["exact"] for r in one] == ["Communist Party of Greece"]


def test_void_counts_match_the_graph(seed_graph: Path) -> None:
    [row] = answer(seed_graph, "void-counts")
    assert row["triples"] == row["actualTriples"]
    assert (row["statements"], row["signatures"]) == ("5", "72")
    assert int(row["entities"]) > int(row["organisations"]) >= 66


def test_statements_with_dates_and_genres(seed_graph: Path) -> None:
    rows = {r["statement"].rpartition("/")[2][:3]: r for r in answer(seed_graph, "statements")}
    assert sorted(rows) == ["000", "001", "002", "003", "004"]
    assert rows["001"]["genre"].endswith("/genre/motion")
    assert (rows["001"]["created"], rows["001"]["published"]) == ("2015-11-01", "2015-11-16")
    assert rows["002"]["genre"].endswith("/genre/interview")
    assert [rows[k]["signatures"] for k in sorted(rows)] == ["27", "9", "0", "5", "31"]


# ---- the query command and the store on a small hand-written graph ---------------------------


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (
            "table",
            "org1               | org2       | together\n"
            "-------------------+------------+---------\n"
            "id:org/green-union | id:org/wpl | 2\n"
            "(1 row)\n",
        ),
        (
            "csv",
            f"org1,org2,together\n{ID}org/green-union,{ID}org/wpl,2\n",
        ),
        (
            "tsv",
            f'?org1\t?org2\t?together\n<{ID}org/green-union>\t<{ID}org/wpl>\t"2"^^<{XSD}integer>\n',
        ),
    ],
)
def test_query_formats(fmt: str, expected: str) -> None:
    result = cli("co-signers", "--data", str(SMALL), "--format", fmt)
    assert result.output == expected


def test_query_json_is_sparql_results() -> None:
    document = json.loads(cli("top-signatories", "--data", str(SMALL), "--format", "json").output)
    assert document["head"]["vars"] == ["org", "name", "statements"]
    first = document["results"]["bindings"][0]
    assert first["org"] == {"type": "uri", "value": ID + "org/green-union"}
    assert first["statements"] == {"type": "literal", "value": "2", "datatype": XSD + "integer"}
    assert first["name"] == {"type": "literal", "value": "Green Union"}


def test_query_from_a_file_and_from_text(tmp_path: Path) -> None:
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    assert cli(str(query), "--data", str(SMALL), "--format", "csv").output == "n\n105\n"
    text = "SELECT ?code WHERE { ?c <http://schema.org/identifier> ?code }"
    assert cli(text, "--data", str(SMALL), "--format", "csv").output == "code\nNO\n"


@pytest.mark.parametrize(("kind", "output", "code"), [("Event", "yes\n", 0), ("Person", "no\n", 1)])
def test_ask_prints_yes_or_no_and_exits_0_or_1(kind: str, output: str, code: int) -> None:
    result = CliRunner().invoke(
        main, ["query", f"ASK {{ ?x a <http://schema.org/{kind}> }}", "--data", str(SMALL)]
    )
    assert (result.exit_code, result.output) == (code, output)


def test_construct_gives_turtle() -> None:
    text = "CONSTRUCT { ?c ?p ?o } WHERE { ?c a <http://schema.org/Country> ; ?p ?o }"
    output = cli(text, "--data", str(SMALL)).output
    graph = rdflib.Graph().parse(data=output, format="turtle")
    assert len(graph) == 3
    assert (rdflib.URIRef(ID + "country/NO"), rdflib.URIRef("http://schema.org/identifier"),
            rdflib.Literal("NO")) in graph  # fmt: skip


def test_params_bind_values_blocks() -> None:
    rows = answer(SMALL, "signatories", f"statement={ID}statement/lake-02")
    assert [r["org"].rpartition("/")[2] for r in rows] == ["wpl", "green-union", "hill-party"]
    assert len(answer(SMALL, "co-signers", "minimum=1")) == 3
    text = bind_params("SELECT * { VALUES ?x { UNDEF } }", {"x": 'caf\u00e9 "x"'})
    assert text == 'SELECT * { VALUES ?x { "caf\u00e9 \\"x\\"" } }'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["SELECT * WHERE { ?s ?p }"],
            "Error: query:1:24: SPARQL syntax error: the triple pattern `?s ?p` lacks an object: "
            "found `}`\n",
        ),
        (["no-such-query"], "no such query in the catalogue; known: co-signers"),
        (["missing.rq"], "missing.rq: no such query file"),
        (["co-signers", "--param", "nope=1"], "has no parameter 'nope' (it takes minimum)"),
        (["co-signers", "--param", "minimum"], "each --param must be NAME=VALUE"),
        (["co-signers", "--data", "nowhere.ttl"], "nowhere.ttl: no such file; run `kzld build`"),
    ],
)
def test_query_errors_are_clear(args: list[str], message: str) -> None:
    data = [] if "--data" in args else ["--data", str(SMALL)]
    result = CliRunner().invoke(main, ["query", *args, *data])
    assert result.exit_code == 1
    assert message in result.output


def test_store_reports_bad_turtle_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a:x> <a:y> <a:z> .\n<a:x> <a:y> .\n", encoding="utf-8")
    with pytest.raises(RDFSyntaxError) as caught:
        open_store(bad)
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{bad}:2: cannot be parsed")


def test_syntax_error_carries_the_position() -> None:
    with pytest.raises(QueryError) as caught:
        run_query(open_store(SMALL), "SELECT ?x WHERE {\n  ?x a \n}", "mine.rq")
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"mine.rq:3:{caught.value.column}: SPARQL syntax error")


def test_remote_resources_are_refused() -> None:
    """(With a real listener that must stay silent: tests/robustness/test_offline.py.)"""
    text = "SELECT * WHERE {\n  SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE would query another endpoint") as caught:
        run_query(open_store(SMALL), text)
    assert (caught.value.line, caught.value.column) == (2, 3)
    # The word in a string or an IRI is no SERVICE clause.
    harmless = 'ASK { ?s ?p "SERVICE" } # SERVICE'
    assert run_query(open_store(SMALL), harmless).boolean is False


def test_every_catalogue_query_is_documented() -> None:
    for name, path in catalogue().items():
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("# ") and header.endswith("?"), name
        assert "# Parameters:" in path.read_text(encoding="utf-8"), name
