"""The static site: pages for every resource at their IRI paths, valid HTML, nothing fetched from
outside, byte-identical on rerun, and the ``kzld site`` command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import html5lib
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kzld.cli import main
from kzld.errors import KzldError
from kzld.records import Corpus
from kzld.site import build_site
from kzld.site.build import MARKER
from kzld.site.labels import Paths
from site_fixtures import ARABIC_TITLE, GOLDEN, site_graph

BASE = "https://w3id.org/kzld/id/"
#: ``src``/``href`` of elements that make a browser fetch something.
FETCHING = re.compile(
    r"<(?:script|img|link|iframe|source|embed|object|audio|video)\b[^>]*?\b(?:src|href|data)=\"([^\"]*)\""
)


@pytest.fixture
def site(corpus: Corpus, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    build_site(site_graph(corpus), out)
    return out


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_resource_has_a_page_at_its_iri_path(corpus: Corpus, site: Path) -> None:
    graph = site_graph(corpus)
    subjects = {str(s) for s in graph.subjects() if isinstance(s, URIRef)}
    assert len(subjects) > 50
    for iri in subjects:
        folder = site / iri.removeprefix(BASE).replace("%20", " ")
        assert (folder / "index.html").is_file(), iri
        description = Graph().parse(folder / "index.ttl", format="turtle")
        assert set(description.subjects()) == {URIRef(iri)}
        assert len(description) == len(list(graph.predicate_objects(URIRef(iri))))
    assert len(pages(site)) == len(subjects) + 2  # and the index and the matrix
    for name in (
        "index.html",
        "network.svg",
        "void.ttl",
        "site.css",
        "dump/kzld.ttl",
        "dump/kzld.jsonld",
    ):
        assert (site / name).is_file(), name


def test_every_page_is_valid_html_and_fetches_nothing_from_outside(site: Path) -> None:
    parser = html5lib.HTMLParser(strict=True)
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        parser.parse(text)  # raises ParseError on the first error
        for url in FETCHING.findall(text):
            assert not re.match(r"(?i)^([a-z][a-z0-9+.-]*:|//)", url), f"{page}: fetches {url}"
        embedded = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
        assert embedded is not None, page
        json.loads(embedded.group(1))
    assert "<script" not in (site / "network.svg").read_text(encoding="utf-8")


def test_statement_page_shows_signatories_evidence_and_rtl_text(site: Path) -> None:
    english = (site / "statement/lake 01/index.html").read_text(encoding="utf-8")
    assert '<span id="signatory-count">3</span> named (the text states 7)' in english
    assert english.count('<mark class="signature" id=') == 3
    assert '<mark class="mention" id="m45-65">strikers of Lakeside</mark>' in english
    assert "Green &lt;Union&gt; &#34;of&#34; {Lakes}" in english
    arabic = (site / "statement/lake-ar/index.html").read_text(encoding="utf-8")
    assert f'<span lang="ar" dir="rtl">{ARABIC_TITLE}</span>' in arabic
    assert '<div class="block" lang="ar" dir="rtl">' in arabic


def test_embedded_json_ld_is_the_resource_description(corpus: Corpus, site: Path) -> None:
    text = (site / "org/north-union/index.html").read_text(encoding="utf-8")
    embedded = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    assert embedded is not None
    triples = {
        (t.subject.value, t.predicate.value, t.object.value, getattr(t.object, "language", None))
        for t in ox.parse(embedded.group(1).encode(), format=ox.RdfFormat.JSON_LD)
    }
    iri = URIRef(BASE + "org/north-union")
    expected = {
        (str(iri), str(p), str(o), getattr(o, "language", None))
        for p, o in site_graph(corpus).predicate_objects(iri)
    }
    assert len(triples) == 4
    assert triples == expected


def test_network_and_matrix(site: Path) -> None:
    svg = (site / "network.svg").read_text(encoding="utf-8")
    assert svg.count('<circle class="node"') == 3
    assert svg.count("<line ") == 2
    matrix = (site / "matrix/index.html").read_text(encoding="utf-8")
    assert matrix.count('<td class="on">') == 4  # 3 organisations sign the first, 2 the second


def test_void_describes_the_dataset(site: Path) -> None:
    void = Graph().parse(site / "void.ttl", format="turtle")
    dataset = URIRef(BASE + "dataset")
    assert (
        dataset,
        URIRef("http://rdfs.org/ns/void#dataDump"),
        URIRef(BASE + "dump/kzld.ttl"),
    ) in void
    assert {str(s) for s in void.subjects()} >= {BASE + "dataset", BASE + "dataset/turtle"}
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="dump/kzld.ttl"' in index and '<a href="void.ttl">' in index


def test_building_twice_gives_identical_files(corpus: Corpus, site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build_site(GOLDEN, again)
    build_site(site_graph(corpus), site)  # over the earlier site: replaced
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_the_site_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    build_site(GOLDEN, tmp_path / "here")
    for seed in ("1", "2"):
        subprocess.run(
            [
                sys.executable,
                "-c",
                "from kzld.cli import main; main()",
                "site",
                "--data",
                str(GOLDEN),
                "--out",
                str(tmp_path / seed),
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        result = subprocess.run(
            ["diff", "-r", str(tmp_path / "here"), str(tmp_path / seed)], capture_output=True
        )
        assert result.returncode == 0, result.stdout.decode()[:2000]


def test_refuses_to_overwrite_a_folder_it_did_not_write(corpus: Corpus, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(KzldError, match="was not written by `kzld site`"):
        build_site(site_graph(corpus), tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_cli_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["site", "--data", str(GOLDEN), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (
        result.output
        == f"{out}: 64 pages, 194 files; network of 3 organisations, 2 co-signing pairs\n"
    )
    assert (out / MARKER).is_file()
    (out / MARKER).unlink()
    result = CliRunner().invoke(main, ["site", "--data", str(GOLDEN), "--out", str(out)])
    assert result.exit_code == 1
    assert "Error: " in result.output and "choose a new or empty folder" in result.output


@pytest.mark.parametrize(
    ("iri", "local"),
    [
        (BASE + "org/kke", "org/kke"),
        (BASE + "statement/lake%2001/en", "statement/lake%2001/en"),
        (BASE, None),
        ("http://www.wikidata.org/entity/Q1", None),
        (BASE + "org/%2E%2E/x", None),
        (BASE + "org/a%2Fb", None),
        (BASE + "org//x", None),
    ],
)
def test_only_safe_iris_under_the_base_get_pages(iri: str, local: str | None) -> None:
    assert Paths(BASE).local(URIRef(iri)) == local


@pytest.mark.parametrize(
    ("target", "page", "href"),
    [
        ("org/kke/", "statement/s1/", "../../org/kke/"),
        ("org/kke/", "", "org/kke/"),
        ("statement/s1/", "statement/s1/en/", "../"),
    ],
)
def test_links_are_relative(target: str, page: str, href: str) -> None:
    assert Paths.href(target, page) == href
