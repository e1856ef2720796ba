"""The static site: pages for every resource at their IRI paths, valid HTML, nothing fetched from
outside, byte-identical on rerun, and the ``kzld site`` command."""

from __future__ import annotations

import itertools
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

import html5lib
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, VOID

from kzld.cli import main
from kzld.errors import KzldError
from kzld.model.records import Corpus
from kzld.rdf.load import load_graph
from kzld.site import content, generate, network
from kzld.site import matrix as matrices
from kzld.site.generate import build_site
from kzld.site.labels import MARKER, Paths
from kzld.site.render import Renderer
from kzld.site.search import fold, matches
from tests.site.fixtures import ARABIC_TITLE, GOLDEN, site_graph

BASE = "https://w3id.org/kzld/id/"
#: Elements whose ``src``/``href``/``data``/``srcset``/``poster`` make a browser fetch something.
FETCHING = {
    "script",
    "img",
    "link",
    "iframe",
    "source",
    "embed",
    "object",
    "audio",
    "video",
    "track",
}
#: A URL that leaves the site: a scheme (``https:``, ``data:``...) or a network path (``//host``).
OUTSIDE = re.compile(r"(?i)^\s*([a-z][a-z0-9+.-]*:|//|\\\\)")
XHTML = "{http://www.w3.org/1999/xhtml}"


def fetched(tree: object) -> list[str]:
    """Every URL a browser would fetch to show the parsed page ``tree``."""
    urls = []
    for element in tree.iter():  # type: ignore[attr-defined]
        tag = element.tag.removeprefix(XHTML) if isinstance(element.tag, str) else ""
        if tag in FETCHING:
            for name in ("src", "href", "data", "poster"):
                if element.get(name) is not None:
                    urls.append(element.get(name))
            for candidate in (element.get("srcset") or "").split(","):
                if candidate.strip():
                    urls.append(candidate.split()[0])
        urls.extend(re.findall(r"url\(\s*['\"]?([^'\")]*)", element.get("style") or ""))
        if tag == "style":
            urls.extend(re.findall(r"url\(\s*['\"]?([^'\")]*)", element.text or ""))
    return urls


@pytest.fixture
def site(corpus: Corpus, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    build_site(site_graph(corpus), out)
    return out


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_resource_has_a_page_at_its_iri_path(corpus: Corpus, site: Path) -> None:
    """A statement's parts (signatures, spans of text, selectors, mentions) are shown on its page,
    each at an anchor named after its IRI's path, which redirects.json leads to; every other
    resource has a page of its own, with its description."""
    graph = site_graph(corpus)
    subjects = {str(s) for s in graph.subjects() if isinstance(s, URIRef)}
    assert len(subjects) > 50
    redirects = json.loads((site / "redirects.json").read_text(encoding="utf-8"))
    parts = own = 0
    for iri in subjects:
        local = iri.removeprefix(BASE)
        folder = site / local.replace("%20", " ")
        rule = [f for f in redirects if local.startswith(f)]
        if rule:
            parts += 1
            assert not (folder / "index.html").exists(), iri
            statement = site / redirects[rule[0]].replace("%20", " ") / "index.html"
            assert f'id="{local}"' in statement.read_text(encoding="utf-8"), iri
            continue
        own += 1
        assert (folder / "index.html").is_file(), iri
        description = Graph().parse(folder / "index.ttl", format="turtle")
        assert URIRef(iri) in set(description.subjects())
        assert set(description.predicate_objects(URIRef(iri))) == set(
            graph.predicate_objects(URIRef(iri))
        )
    assert parts > own > 20
    assert len(pages(site)) == own + 3  # and the index, the matrix and the search page
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
        tree = parser.parse(text)  # raises ParseError on the first error
        urls = fetched(tree)
        assert any(u.endswith("site.css") for u in urls), page
        assert [u for u in urls if OUTSIDE.match(u)] == [], page
        assert_links_resolve(site, page, tree)
        # no script but the embedded data: the pages are readable without JavaScript
        scripts = [e for e in tree.iter(XHTML + "script")]
        # (but for the search page's own script, beside it)
        assert [e.get("src") for e in scripts if e.get("type") != "application/ld+json"] == (
            ["search.js"] if page.parent.name == "search" else []
        ), page
        for script in [e for e in scripts if e.get("type") == "application/ld+json"]:
            json.loads(script.text)
    css = (site / "site.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css
    svg = ElementTree.parse(site / "network.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    # the picture fetches nothing; its nodes lead to organisation pages of the site
    assert not any(k == "src" for e in svg.iter() for k in e.attrib)
    for element in svg.iter("{http://www.w3.org/2000/svg}a"):
        href = element.get("href") or ""
        assert href.startswith("org/") and (site / unquote(href) / "index.html").is_file(), href
    assert "<script" not in (site / "network.svg").read_text(encoding="utf-8")


def assert_links_resolve(site: Path, page: Path, tree: object) -> None:
    """Every link of ``page`` that stays in the site leads to a file or a page of the site; a
    resource page links its own Turtle and JSON-LD and, like every page, the dumps."""
    hrefs = [
        e.get("href")
        for e in tree.iter()  # type: ignore[attr-defined]
        if isinstance(e.tag, str) and e.tag.removeprefix(XHTML) in ("a", "link") and e.get("href")
    ]
    targets = set()
    for href in hrefs:
        if OUTSIDE.match(href) or href.startswith("#"):
            continue
        target = (page.parent / unquote(href.split("#")[0])).resolve()
        assert target.is_relative_to(site.resolve()), f"{page}: {href} leaves the site"
        assert target.is_file() or (target / "index.html").is_file(), f"{page}: {href} is broken"
        targets.add(target.relative_to(site.resolve()).as_posix())
    assert {"dump/kzld.ttl", "dump/kzld.jsonld", "void.ttl"} <= targets, page
    folder = page.parent.resolve().relative_to(site.resolve()).as_posix()
    if (page.parent / "index.ttl").is_file():
        assert {f"{folder}/index.ttl", f"{folder}/index.jsonld"} <= targets, page


def test_the_check_for_outside_fetches_finds_them() -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>x</title>'
        '<link rel="stylesheet" href="https://cdn.example/x.css"></head><body>'
        '<img src="//example.org/a.png" alt="a">'
        '<img srcset="b.png 1x, https://e.org/b.png 2x" alt="b">'
        '<p style="background: url(\'http://e.org/c.png\')">c</p><a href="https://e.org/">link</a>'
        "</body></html>"
    )
    urls = fetched(html5lib.HTMLParser(strict=True).parse(page))
    assert [u for u in urls if OUTSIDE.match(u)] == [
        "https://cdn.example/x.css",
        "//example.org/a.png",
        "https://e.org/b.png",
        "http://e.org/c.png",
    ]


def test_statement_page_shows_signatories_evidence_and_rtl_text(site: Path) -> None:
    english = (site / "statement/lake 01/index.html").read_text(encoding="utf-8")
    # the party listed twice is one signatory, each of its entries quoted and marked in the text
    assert '<span id="signatory-count">2</span> named (the text states 6)' in english
    assert english.count('<mark class="signature" id=') == 3
    (twice,) = re.findall(
        r'<li value="1" class="signatory" id="signature/lake%2001/workers-party-of-lakeland">'
        r"(.*?)</li>",
        english,
    )
    quoted = re.findall(r'<a class="quote" href="#([^"]*)">', twice)
    assert len(quoted) == 2
    for anchor in quoted:
        assert f'<mark class="signature" id="{anchor}">' in english
    # each part of the statement has its anchor, named after its IRI's path
    assert (
        '<span id="evidence/lake%2001/45-65/position"></span>'
        '<span id="evidence/lake%2001/45-65/quote"></span>'
        '<span id="mention/lake%2001/45-65"></span>'
        '<mark class="mention" id="evidence/lake%2001/45-65">strikers of Lakeside</mark>'
    ) in english
    for row in re.findall(
        r'<li value="\d+" class="signatory" id="([^"]*)">.*?href="#([^"]*)"', english
    ):
        assert row[0].startswith("signature/lake%2001/")
        assert f'<mark class="signature" id="{row[1]}">' in english
    assert "Green &lt;Union&gt; &#34;of&#34; {Lakes}" in english
    versions = re.findall(
        r'<li><a href="([^"]*)"><span lang="en" dir="auto">(\w+)</span></a> <span class="lang">',
        english,
    )
    assert versions == [("en/", "English"), ("ru/", "Russian")]
    assert '<dt>About</dt><dd><a href="../../event/lakeside-strike/">' in english
    arabic = (site / "statement/lake-ar/index.html").read_text(encoding="utf-8")
    assert f'<span lang="ar" dir="rtl">{ARABIC_TITLE}</span>' in arabic
    assert '<div class="block" lang="ar" dir="rtl">' in arabic


def test_organisation_and_country_pages(site: Path) -> None:
    org = (site / "org/workers-party-of-lakeland/index.html").read_text(encoding="utf-8")
    assert (
        '<span lang="en" dir="auto">Workers Party of Lakeland</span> <span class="lang">(en)' in org
    )
    assert "<dt>Also written</dt>" in org and "WPL Workers Party of Lakeland" in org
    assert '<dt>Abbreviations</dt><dd><span dir="auto">WPL</span></dd>' in org
    assert '<dt>Country</dt><dd><a href="../../country/NO/">' in org
    assert '<span id="signed-count">2</span>' in org
    assert re.findall(r'<li>(?:<time datetime="([^"]*)">[^<]*</time> )?<a href="([^"]*)"', org) == [
        ("2020-03-02", "../../statement/lake%2001/"),
        ("", "../../statement/lake-ar/"),
    ]
    country = (site / "country/NO/index.html").read_text(encoding="utf-8")
    assert '<span id="organisation-count">1</span>' in country
    assert '<a href="../../org/workers-party-of-lakeland/">' in country
    assert '<a href="../../place/lakeside/">' in country
    assert "<code>NO</code>" in country


def test_a_big_organisations_page_lists_the_latest_and_links_to_all(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content, "LISTED", 1)
    build_site(site_graph(corpus), tmp_path / "site")
    folder = tmp_path / "site/org/workers-party-of-lakeland"
    org = (folder / "index.html").read_text(encoding="utf-8")
    assert '<span id="signed-count">2</span>' in org
    # the latest one only (an undated statement counts as the latest), and a link to the others
    assert re.findall(r'<li>(?:<time[^>]*>[^<]*</time> )?<a href="([^"]*)"', org) == [
        "../../statement/lake-ar/"
    ]
    assert '<a href="all/">all 2 statements and 2 co-signers</a>' in org
    assert org.count("<tr><td><a ") == 1  # co-signers listed: 1 of 2
    every = (folder / "all/index.html").read_text(encoding="utf-8")
    assert re.findall(r'<li>(?:<time[^>]*>[^<]*</time> )?<a href="([^"]*)"', every) == [
        "../../../statement/lake%2001/",
        "../../../statement/lake-ar/",
    ]
    assert every.count("<tr><td><a ") == 2
    assert '<a href="../">its page</a>' in every
    # an organisation whose page lists everything has no such page
    assert not (tmp_path / "site/org/north-union/all").exists()


def test_names_spelt_alike_in_two_languages_are_listed_by_language(tmp_path: Path) -> None:
    place = URIRef(BASE + "place/x-city")
    graph = Graph()
    graph.add((place, RDF.type, URIRef("http://schema.org/Place")))
    for lang in ("ru", "kk", "en"):  # added in no particular order
        graph.add((place, URIRef("http://schema.org/name"), Literal("Икс", lang=lang)))
    build_site(graph, tmp_path / "site")
    page = (tmp_path / "site/place/x-city/index.html").read_text(encoding="utf-8")
    row = page.split("schema:name</abbr>", 1)[1].split("</tr>", 1)[0]
    assert re.findall(r'<span lang="(\w+)" dir="auto">Икс</span>', row) == ["en", "kk", "ru"]


def test_embedded_json_ld_is_the_resource_description(
    corpus: Corpus, site: Path, tmp_path: Path
) -> None:
    text = (site / "org/north-union/index.html").read_text(encoding="utf-8")
    embedded = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    assert embedded is not None
    # compact, with the published context (kzld's reader resolves it without the network)
    assert json.loads(embedded.group(1))["@context"] == "https://w3id.org/kzld/context.jsonld"
    (tmp_path / "embedded.jsonld").write_text(embedded.group(1), encoding="utf-8")
    triples = {
        (str(s), str(p), str(o), getattr(o, "language", None))
        for s, p, o in load_graph(tmp_path / "embedded.jsonld")
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
    # coloured by world region, with the legend of those colours in the picture and on the index
    fills = dict(
        re.findall(r'fill="(#[0-9a-f]{6})"><title>[^<]* \(([^)]*)\): \d+ statements?</title>', svg)
    )
    colours = {country: fill for fill, country in fills.items()}
    assert sorted(colours) == ["Egypt", "Norway", "country unknown"]
    assert len(set(colours.values())) == 3
    regions = {"Egypt": "Northern Africa", "Norway": "Northern Europe"}
    index = (site / "index.html").read_text(encoding="utf-8")
    for country, fill in colours.items():
        region = regions.get(country, "country unknown")
        assert f'<span class="swatch" style="background: {fill}"></span> {region}</li>' in index
        assert re.search(f'r="6" fill="{fill}"/><text x="[0-9.]+" y="[0-9.]+">{region}</text>', svg)
    # every node labelled here: by its abbreviation, else by its name (cut after 23 characters)
    labels = re.findall(r'<text x="[0-9.]+" y="[0-9.]+">([^<]*)</text>', svg)
    assert sorted(labels[:3]) == ['Green &lt;Union&gt; "of" {Lak…', "North Union", "WPL"]
    assert '<img id="network" src="network.svg" width="800" height="' in index
    matrix = (site / "matrix/index.html").read_text(encoding="utf-8")
    assert matrix.count('<td class="on">') == 4  # 3 organisations sign the first, 2 the second


def test_void_describes_the_dataset(site: Path) -> None:
    void = Graph().parse(site / "void.ttl", format="turtle")
    whole = Graph().parse(GOLDEN, format="turtle")
    dataset = URIRef(BASE + "dataset")
    assert (dataset, RDF.type, VOID.Dataset) in void and (dataset, RDF.type, DCAT.Dataset) in void
    assert int(str(void.value(dataset, VOID.triples))) == len(whole) == 259
    assert int(str(void.value(dataset, VOID.entities))) == 56
    assert set(void.objects(dataset, DCTERMS.license)) == {
        URIRef("https://creativecommons.org/licenses/by/4.0/")
    }
    assert set(void.objects(dataset, VOID.vocabulary)) >= {
        URIRef("http://schema.org/"),
        URIRef("https://w3id.org/kzld/vocab#"),
    }
    examples = set(void.objects(dataset, VOID.exampleResource))
    assert examples == {URIRef(BASE + "statement/lake%2001"), URIRef(BASE + "statement/lake-ar")}
    for example in examples:
        assert (site / str(example).removeprefix(BASE).replace("%20", " ") / "index.html").is_file()
    # each distribution is a dump in the site holding the whole graph
    dumps = {}
    for distribution in void.objects(dataset, DCAT.distribution):
        url = str(void.value(distribution, DCAT.downloadURL))
        assert (dataset, VOID.dataDump, URIRef(url)) in void
        dumps[url.removeprefix(BASE)] = str(void.value(distribution, DCAT.mediaType))
    assert dumps == {"dump/kzld.ttl": "text/turtle", "dump/kzld.jsonld": "application/ld+json"}
    for name, media_type in dumps.items():
        assert (site / name).suffix == {"text/turtle": ".ttl"}.get(media_type, ".jsonld")
        assert isomorphic(load_graph(site / name), whole), name
    index = (site / "index.html").read_text(encoding="utf-8")
    for href in ("dump/kzld.ttl", "dump/kzld.jsonld", "void.ttl"):
        assert f'<a href="{href}">' in index, href
    assert '<dd id="triples">259</dd>' in index
    assert '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">' in index


def test_building_twice_gives_identical_files(corpus: Corpus, site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build_site(GOLDEN, again)
    build_site(site_graph(corpus), site)  # over the earlier site: replaced
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_a_page_that_fails_fails_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages in groups of 3: the second group fails, and nothing is left half-written."""
    monkeypatch.setattr(generate, "CHUNK", 3)
    original = generate._pages
    groups: list[int] = []

    def failing(renderer: Renderer, root: Path, subjects: list[str]) -> tuple[int, int]:
        groups.append(len(subjects))
        if len(groups) == 2:
            raise KzldError("a page could not be written")
        return original(renderer, root, subjects)

    monkeypatch.setattr(generate, "_pages", failing)
    with pytest.raises(KzldError, match="a page could not be written"):
        build_site(GOLDEN, tmp_path / "site")
    assert groups == [3, 3]
    assert list(tmp_path.iterdir()) == []  # nothing half-written


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
    # statements' parts are on their pages, not pages of their own
    assert (
        result.stdout
        == f"{out}: 26 pages, 81 files; network of 3 organisations, 2 co-signing pairs\n"
    )
    # progress on stderr, one line per stage when it is not a terminal
    assert result.stderr.splitlines() == [
        "Loading the graph ...",
        "Indexing signatures ...",
        "Writing pages ...",
        "Drawing the network ...",
        "Writing the dumps ...",
    ]
    assert [p.name for p in out.parent.iterdir()] == ["site"]  # no temporary folder left
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


@pytest.mark.slow
def test_the_site_of_the_published_graph(tmp_path: Path) -> None:
    """``kzld site`` on the committed ``out/kzld.ttl``: a page per resource, the counts the graph
    gives, and valid HTML for every statement, organisation, event and country page."""
    published = Path(__file__).resolve().parents[2] / "out" / "kzld.ttl"
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["site", "--data", str(published), "--out", str(out)])
    assert result.exit_code == 0, result.output
    store = ox.Store()
    store.load(path=str(published), format=ox.RdfFormat.TURTLE)

    def select(query: str) -> list[tuple[str, ...]]:
        rows = store.query(
            "PREFIX schema: <http://schema.org/> PREFIX kzld: <https://w3id.org/kzld/vocab#> "
            + query
        )
        return [tuple(term.value for term in row) for row in rows]  # type: ignore[union-attr]

    subjects = select(f"SELECT DISTINCT ?s {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{BASE}')) }}")
    parts = select(
        "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT DISTINCT ?s { VALUES ?t { kzld:Signature "
        "oa:SpecificResource oa:TextPositionSelector oa:TextQuoteSelector oa:Annotation } ?s a ?t }"
    )
    # a page per resource, but for the parts of statements, shown on their statements' pages
    assert len(pages(out)) == len(subjects) - len(parts) + 3
    signed = select(
        "SELECT ?statement (COUNT(?sig) AS ?n) { ?statement a kzld:Statement "
        "OPTIONAL { ?sig a kzld:Signature ; schema:object ?statement } } GROUP BY ?statement"
    )
    assert len(signed) >= 5
    parser = html5lib.HTMLParser(strict=True)
    for statement, count in signed:
        text = (out / statement.removeprefix(BASE) / "index.html").read_text(encoding="utf-8")
        parser.parse(text)
        assert f'<span id="signatory-count">{count}</span>' in text, statement
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'<span id="statement-count">{len(signed)}</span>' in index
    timeline = index[index.index('<ol class="timeline">') :]
    timeline = timeline[: timeline.index("</ol>")]
    starts = re.findall(r'<li><time datetime="([^"]*)">', timeline)
    assert starts == sorted(starts) and len(starts) > 5
    named = select(
        "SELECT DISTINCT ?org { ?statement a kzld:Statement ; schema:mentions ?org . "
        "?org a schema:Organization }"
    )
    assert named
    for (org,) in named:
        text = (out / org.removeprefix(BASE) / "index.html").read_text(encoding="utf-8")
        assert "<h2>Named in</h2>" in text, org
    signers = select("SELECT DISTINCT ?org { ?sig a kzld:Signature ; schema:agent ?org }")
    svg = (out / "network.svg").read_text(encoding="utf-8")
    assert svg.count('<circle class="node"') == len(signers)
    pairs = select(
        "SELECT DISTINCT ?org ?statement { ?sig a kzld:Signature ; schema:agent ?org ; "
        "schema:object ?statement }"
    )
    matrix = (out / "matrix/index.html").read_text(encoding="utf-8")
    assert matrix.count('<td class="on">') == len(pairs)
    for kind in ("org", "event", "country"):
        folders = sorted(p for p in (out / kind).iterdir() if p.is_dir())
        assert folders, kind
        for folder in folders:
            page = (folder / "index.html").read_text(encoding="utf-8")
            assert [u for u in fetched(parser.parse(page)) if OUTSIDE.match(u)] == [], folder


def test_search_finds_an_organisation_by_its_abbreviation_in_another_script(
    tmp_path: Path,
) -> None:
    published = Path(__file__).resolve().parents[2] / "out" / "kzld.ttl"
    out = tmp_path / "site"
    build_site(published, out)
    found = json.loads((out / "search.json").read_text(encoding="utf-8"))
    assert (out / "search/index.html").is_file() and (out / "search/search.js").is_file()
    # the Greek abbreviation, typed in lower case, finds the party (names in every script kept)
    hits = matches(found, "κκε")
    assert hits[0] == {
        "u": "org/communist-party-of-greece/",
        "n": "Communist Party of Greece",
        "k": "organisation",
    }
    assert matches(found, "КПГ")[0]["u"] == "org/communist-party-of-greece/"
    assert {e["k"] for e in found} == {"organisation", "statement", "event", "country"}
    assert matches(found, "   ") == []


def test_search_folds_case_accents_vowel_points_and_special_letters() -> None:
    entry = [{"u": "org/x/", "n": "Straße", "k": "organisation", "f": [fold("Straße")]}]
    assert [e["u"] for e in matches(entry, "STRASSE")] == ["org/x/"]
    assert fold("ΚΟΜΜΑΣ κόμμας") == "κομμασ κομμασ"  # final sigma as the other sigma
    assert fold("حِزْب الشَّعْب") == fold("حزب الشعب")  # Arabic vowel points left out
    assert fold("İşçi  Partisi") == "isci partisi"


def test_the_matrix_of_many_statements_shows_the_latest(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matrices, "MAX_COLUMNS", 1)
    build_site(site_graph(corpus), tmp_path / "site")
    matrix = (tmp_path / "site" / "matrix/index.html").read_text(encoding="utf-8")
    assert matrix.count('<th scope="col">') == 1
    assert "The latest 1 of 2 signed statements" in matrix
    # the latest by date: the statement of 2020, not the undated one (sorted after it)
    assert re.findall(r'<th scope="col"><a href="([^"]*)"', matrix) == ["../statement/lake%2001/"]


def test_the_index_of_many_statements_lists_the_latest_and_a_page_per_year(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content, "INDEX_STATEMENTS", 1)
    build_site(site_graph(corpus), tmp_path / "site")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<span id="statement-count">2</span>' in index
    assert "Listed here: the latest 1 of them." in index
    table = index[index.index('<table class="statements">') : index.index("</table>")]
    assert re.findall(r'<td><a href="([^"]*)"', table) == ["statement/lake%2001/"]
    years = re.findall(r'<li><a href="(statements/[^"]*)">([^<]*)</a> \(([^)]*)\)</li>', index)
    assert years == [
        ("statements/2020/", "2020", "1 statement"),
        ("statements/undated/", "undated", "1 statement"),
    ]
    for year, statement in (("2020", "statement/lake%2001/"), ("undated", "statement/lake-ar/")):
        page = (tmp_path / "site" / "statements" / year / "index.html").read_text(encoding="utf-8")
        assert "<p>1 statement, by date." in page
        assert re.findall(r'<td><a href="([^"]*)"', page) == [f"../../{statement}"]
        assert 'href="../../site.css"' in page
    title = (tmp_path / "site" / "statements/undated/index.html").read_text(encoding="utf-8")
    assert "<title>Statements without a date · kzld</title>" in title


def test_a_matrix_cut_short_has_a_page_per_year(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matrices, "MAX_COLUMNS", 1)
    build_site(site_graph(corpus), tmp_path / "site")
    matrix = (tmp_path / "site" / "matrix/index.html").read_text(encoding="utf-8")
    years = re.findall(r'<li><a href="([^"]*)">([^<]*)</a> \(([^)]*)\)</li>', matrix)
    assert years == [("2020/", "2020", "1 statement"), ("undated/", "undated", "1 statement")]
    for year, statement in (("2020", "statement/lake%2001/"), ("undated", "statement/lake-ar/")):
        page = (tmp_path / "site" / "matrix" / year / "index.html").read_text(encoding="utf-8")
        assert f"<title>Statement × organisation matrix: {year}" in page
        columns = re.findall(r'<th scope="col"><a href="([^"]*)"', page)
        assert columns == [f"../../{statement}"]
        assert '<a href="../">The matrix of the latest statements' in page
        assert 'href="../../site.css"' in page


def test_the_matrix_of_many_organisations_shows_those_that_signed_most(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matrices, "MAX_ROWS", 1)
    build_site(site_graph(corpus), tmp_path / "site")
    matrix = (tmp_path / "site" / "matrix/index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr><th scope="row"><a href="([^"]*)">', matrix)
    assert rows == ["../org/workers-party-of-lakeland/"]  # the one that signed both statements
    assert "The 1 organisation that signed most of them, of 3;" in matrix


@pytest.mark.skipif(
    shutil.which("git") is None or not (Path(__file__).parents[2] / ".git").exists(),
    reason="not a git checkout",
)
def test_git_ignores_what_kzld_writes_beside_the_repository() -> None:
    """`git status` in a checkout does not list the site, its temporary folders, the kept
    stores and state, or the Oxigraph database of the README's example; the published graph it
    does."""
    root = Path(__file__).parents[2]
    written = [
        "out/site/index.html",
        f"out/.site.new-{os.getpid()}/index.html",
        f"out/.site.old-{os.getpid()}/index.html",
        "out/.kzld-store/kzld.ttl.0123456789abcdef/CURRENT",
        "out/.kzld-state/sources.json",
        "kzld-db/CURRENT",
        "tests/artifacts/site-pages/seeds-390-index.png",  # the browser tests' screenshots
    ]
    published = ["out/kzld.ttl", "out/kzld.jsonld"]

    def ignored(path: str) -> bool:
        done = subprocess.run(["git", "-C", str(root), "check-ignore", "-q", path], check=False)
        assert done.returncode in (0, 1), done
        return done.returncode == 0

    assert [p for p in written if not ignored(p)] == []
    assert [p for p in published if ignored(p)] == []


def test_pages_are_written_as_they_are_rendered_into_a_folder_swapped_in_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages in groups of 3: before each group is rendered, the pages of the groups before it
    are already on disk (in the temporary folder beside the target, not held in memory), and
    an earlier site stays in place until the new one is complete."""
    out = tmp_path / "site"
    build_site(GOLDEN, out)
    (out / "earlier.txt").write_text("the earlier site")
    monkeypatch.setattr(generate, "CHUNK", 3)
    original = generate._pages
    written: list[int] = []

    def counting(renderer: Renderer, root: Path, subjects: list[str]) -> tuple[int, int]:
        assert root.parent == tmp_path and root != out
        assert (out / "earlier.txt").is_file()  # not replaced yet
        written.append(len(list(root.rglob("index.html"))))
        return original(renderer, root, subjects)

    monkeypatch.setattr(generate, "_pages", counting)
    build_site(GOLDEN, out)
    assert written[0] == 0 and len(written) >= 5
    assert all(later > earlier for earlier, later in itertools.pairwise(written))
    assert not (out / "earlier.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_big_network_is_drawn_as_its_backbone_and_says_so(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(network, "MAX_NODES", 2)
    build_site(site_graph(corpus), tmp_path / "site")
    svg = (tmp_path / "site" / "network.svg").read_text(encoding="utf-8")
    assert svg.count('<circle class="node"') == 2
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    note = re.search(r'<span id="network-note">([^<]*)</span></figcaption>', index)
    assert note is not None
    assert note.group(1).startswith(
        "The backbone: the 2 organisations with the most co-signatures of 3"
    )


def test_the_search_is_reached_from_every_page(site: Path) -> None:
    """Names, titles, abbreviations and events are found from every page: each one links to the
    search page at the root of the site."""
    written = sorted(site.rglob("*.html"))
    assert len(written) >= 20
    for page in written:
        folder = page.parent.relative_to(site).as_posix()
        links = re.findall(r'<a href="([^"]*)">search</a>', page.read_text(encoding="utf-8"))
        assert len(links) == 1, page
        assert posixpath.normpath(posixpath.join(folder, unquote(links[0]))) == "search", page
