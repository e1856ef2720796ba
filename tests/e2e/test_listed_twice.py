"""An organisation a text lists twice signed it once: one signature, each entry its evidence.

Texts in three languages list the same party twice; a fourth lists it under its name and then
its abbreviation. Each is built as ``kzld build`` builds a folder, and the published graph is
asked what a user would ask of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kzld.cli import main
from kzld.pipeline import build

BASE = "https://w3id.org/kzld/id/"
PARTY = "Xandia Workers' Party"
TEXTS = {
    "twice-en": (
        "Joint statement on the dock strike in Zetland\n\n"
        "We stand with the dock workers of Zetland, who have been on strike for three weeks "
        "against the closure of the harbour.\n\n"
        "Signed by:\n"
        "1. Xandia Workers' Party\n2. Zetland Communist League\n"
        "3. Xandia Workers' Party\n4. Union of Lakeland Railway Workers\n"
    ),
    "twice-de": (
        "Gemeinsame Erklärung zum Hafenstreik in Zetland\n\n"
        "Wir stehen an der Seite der Hafenarbeiter von Zetland, die seit drei Wochen gegen die "
        "Schließung des Hafens streiken.\n\n"
        "Unterzeichner:\n"
        "1. Xandia Workers' Party\n2. Kommunistischer Bund Zetland\n"
        "3. Xandia Workers' Party\n4. Gewerkschaft der Eisenbahner von Lakeland\n"
    ),
    "twice-es": (
        "Declaración conjunta sobre la huelga portuaria en Zetland\n\n"
        "Estamos junto a los trabajadores portuarios de Zetland, que llevan tres semanas en "
        "huelga contra el cierre del puerto.\n\n"
        "Firman:\n"
        "1. Xandia Workers' Party\n2. Liga Comunista de Zetland\n"
        "3. Xandia Workers' Party\n4. Sindicato Ferroviario de Lakeland\n"
    ),
    "abbreviated-en": (
        "Joint statement on the dock strike in Zetland\n\n"
        "We stand with the dock workers of Zetland, who have been on strike for three weeks "
        "against the closure of the harbour.\n\n"
        "Signed by:\n"
        "1. Xandia Workers' Party (XWP)\n2. Zetland Communist League\n"
        "3. XWP\n4. Union of Lakeland Railway Workers\n"
    ),
}
#: The two entries naming the party in each text: the second is its abbreviation in one.
ENTRIES = {stem: (PARTY, PARTY) for stem in TEXTS} | {"abbreviated-en": (f"{PARTY} (XWP)", "XWP")}
PREFIXES = """
PREFIX schema: <http://schema.org/>
PREFIX kzld: <https://w3id.org/kzld/vocab#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    for stem, text in TEXTS.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def graph(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Graph:
    out = tmp_path_factory.mktemp("out")
    result = build(seeds, out)
    assert result.left_out == ()  # every text's part of the graph meets the shapes
    assert result.signatures == 12  # three signers in each of the four texts
    return Graph().parse(out / "kzld.ttl", format="turtle")


def select(graph: Graph, query: str) -> list[tuple[str, ...]]:
    rows = graph.query(PREFIXES + query)
    return sorted(tuple(str(v) for v in row) for row in rows)  # type: ignore[union-attr]


def evidence_iris(stem: str) -> list[str]:
    """The IRIs of the evidence of the two entries naming the party in ``stem``'s text."""
    text, (first, second) = TEXTS[stem], ENTRIES[stem]
    one = text.index(f"1. {first}\n") + 3
    three = text.index(f"3. {second}\n") + 3
    return [
        f"{BASE}evidence/{stem}/{one}-{one + len(first)}",
        f"{BASE}evidence/{stem}/{three}-{three + len(second)}",
    ]


@pytest.mark.parametrize("stem", sorted(TEXTS))
def test_a_party_listed_twice_is_one_signature_with_two_evidences(graph: Graph, stem: str) -> None:
    statement = f"{BASE}statement/{stem}"
    rows = select(
        graph,
        f"""SELECT ?sig ?position (COUNT(DISTINCT ?evidence) AS ?n) {{
          ?sig a kzld:Signature ; schema:object <{statement}> ;
               schema:agent <{BASE}org/x-xandia-workers-party> ;
               schema:position ?position ; prov:wasDerivedFrom ?evidence
        }} GROUP BY ?sig ?position""",
    )
    assert rows == [(f"{BASE}signature/{stem}/x-xandia-workers-party", "1", "2")]
    evidence = select(
        graph,
        f"""SELECT ?evidence ?exact {{
          <{BASE}signature/{stem}/x-xandia-workers-party> prov:wasDerivedFrom ?evidence .
          ?evidence oa:hasSelector/oa:exact ?exact }}""",
    )
    assert evidence == sorted(zip(evidence_iris(stem), ENTRIES[stem], strict=True))


@pytest.mark.parametrize("stem", sorted(TEXTS))
def test_the_other_signers_keep_their_places_and_the_party_is_one_signatory(
    graph: Graph, stem: str
) -> None:
    statement = f"{BASE}statement/{stem}"
    positions = select(
        graph,
        f"SELECT ?position {{ ?sig schema:object <{statement}> ; schema:position ?position }}",
    )
    assert sorted(int(p) for (p,) in positions) == [1, 2, 4]
    signatories = select(graph, f"SELECT ?org {{ <{statement}> kzld:signatory ?org }}")
    assert len(signatories) == 3
    assert (f"{BASE}org/x-xandia-workers-party",) in signatories


def test_the_review_counts_the_signatures_the_build_publishes(seeds: Path, graph: Graph) -> None:
    result = CliRunner().invoke(main, ["orgs", "--seeds", str(seeds)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].endswith(" new), 12 signatures")
    assert len(select(graph, "SELECT ?sig { ?sig a kzld:Signature }")) == 12
