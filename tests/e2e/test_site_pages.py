"""The site as a reader sees it, in headless Chromium at 1280 and 390 pixels wide, on the seeds'
published graph and on a 500-document generated corpus: the index, a statement, an organisation,
an event, a country, the search and the network picture. A reader follows links from the index,
clicks a node of the network to reach its organisation, and finds an organisation by an
abbreviation in another script. On a phone no page runs off the side of the screen. Every page
is screenshot to ``tests/artifacts/site-pages/<corpus>-<width>-<page>.png``.

The generated corpus is made, built and published once per test session (a few minutes).
"""

from __future__ import annotations

import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote
from urllib.request import urlopen

import pyoxigraph as ox
import pytest

from kzld.pipeline import build
from kzld.site.content import INDEX_STATEMENTS
from kzld.site.generate import build_site
from tests.site.fixtures import (
    ARTIFACTS,
    CHROMEDRIVER,
    CHROMIUM,
    chromium,
    requested,
    screenshot,
    serving,
)

By = pytest.importorskip("selenium.webdriver.common.by").By

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ARTIFACTS / "site-pages"
HEIGHT = 900
WIDTHS = (1280, 390)
#: Documents in the generated corpus.
GENERATED = 500

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None, reason="needs Debian's chromium and chromium-driver"
)


@dataclass(frozen=True)
class Served:
    """A published graph, its site, and where the site is served."""

    name: str
    graph: Path
    url: str


@pytest.fixture(scope="session")
def generated_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published graph of a 500-document generated corpus (made once per session)."""
    folder = tmp_path_factory.mktemp("generated")
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), "--n", str(GENERATED)]
    subprocess.run([*generate, "--out", str(folder)], check=True, capture_output=True)
    build(folder / "seeds", folder / "out")
    return folder / "out" / "kzld.ttl"


@pytest.fixture(scope="module", params=["seeds", f"generated-{GENERATED}"])
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    if request.param == "seeds":
        graph = ROOT / "out" / "kzld.ttl"
    else:
        graph = request.getfixturevalue("generated_graph")
    site = tmp_path_factory.mktemp("site") / "site"
    build_site(graph, site)
    with serving(site) as url:
        yield Served(request.param, graph, url)


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda w: f"{w}px")
def browser(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("chromium"), request.param, HEIGHT) as driver:
        driver.kzld_width = request.param
        yield driver


def width(driver: Any) -> int:
    """The width pages are shown at (CSS pixels), as the browser fixture set it."""
    return int(driver.kzld_width)


def visit(driver: Any, served: Served, page: str) -> None:
    """Check what every page must be: on the local server only, its title shown, nothing
    running off the side of the screen; then screenshot it."""
    urls = requested(driver)
    assert urls and [u for u in urls if not u.startswith(served.url + "/")] == []
    assert driver.find_element(By.TAG_NAME, "h1").text.strip()
    assert driver.execute_script("return window.innerWidth") == width(driver)
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth"
    )
    assert overflow <= 0, f"{driver.current_url} runs {overflow} px off a {width(driver)} px screen"
    screenshot(driver, SHOTS / f"{served.name}-{width(driver)}-{page}.png", width(driver), HEIGHT)


def follow(driver: Any, css: str) -> str:
    """Follow the first link matching ``css`` on the page (its URL, as the browser went to it)."""
    link = driver.find_elements(By.CSS_SELECTOR, css)
    assert link, f"no link {css} on {driver.current_url}"
    href = link[0].get_attribute("href")
    driver.get(href)  # as a click would; a link far down a long page need not be scrolled to
    return str(href)


def test_index(browser: Any, served: Served) -> None:
    browser.get(served.url + "/")
    statements = int(browser.find_element(By.ID, "statement-count").text)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.statements tbody tr")
    years = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "nav.years a")]
    if not years:  # a small graph: every statement on the index
        assert statements == len(rows) > 0
    else:  # a big one: the latest, and a page per year that lists all of that year's
        assert len(rows) == INDEX_STATEMENTS < statements
        listed = 0
        for href in years:
            browser.get(href)
            listed += len(browser.find_elements(By.CSS_SELECTOR, "table.statements tbody tr"))
        assert listed == statements
        visit(browser, served, "statements-of-a-year")
        browser.get(served.url + "/")
    image = browser.find_element(By.ID, "network")
    loaded = browser.execute_script(
        "return arguments[0].complete && arguments[0].naturalWidth", image
    )
    assert loaded == 800
    legend = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ul.legend li")]
    assert 0 < len(legend) <= 12
    # the timeline holds the events statements speak of, each with how many; others apart
    counts = browser.find_elements(By.CSS_SELECTOR, "ol.timeline li span.statements")
    assert counts and all(int(c.text.split()[0]) >= 1 for c in counts)
    assert len(counts) == len(browser.find_elements(By.CSS_SELECTOR, "ol.timeline > li"))
    others = browser.find_elements(By.CSS_SELECTOR, "#other-events ol > li")
    assert not any(o.is_displayed() for o in others)  # folded away until asked for
    visit(browser, served, "index")


def test_statement(browser: Any, served: Served) -> None:
    browser.get(served.url + "/")
    href = follow(browser, "table.statements tbody a")
    assert "/statement/" in href
    count = int(browser.find_element(By.ID, "signatory-count").text)
    signatories = browser.find_elements(By.CSS_SELECTOR, "li.signatory")
    assert count == len(signatories)
    # each quoted signature leads to its evidence, highlighted in the source text
    quotes = browser.find_elements(By.CSS_SELECTOR, "li.signatory a.quote")
    for quote_link in quotes[:5]:
        anchor = quote_link.get_attribute("href").split("#", 1)[1]
        assert browser.find_element(By.ID, anchor).tag_name in ("mark", "span")
    visit(browser, served, "statement")


def test_organisation(browser: Any, served: Served) -> None:
    browser.get(served.url + "/")
    follow(browser, "table.statements tbody a")
    href = follow(browser, "li.signatory > a:first-child")
    assert "/org/" in href
    signed = int(browser.find_element(By.ID, "signed-count").text)
    assert signed == len(browser.find_elements(By.CSS_SELECTOR, "ul.statements li")) >= 1
    visit(browser, served, "organisation")


def test_event(browser: Any, served: Served) -> None:
    browser.get(served.url + "/")
    href = follow(browser, "ol.timeline a[href^='event/']")
    assert "/event/" in href
    assert browser.find_element(By.CSS_SELECTOR, "ul.names li").text
    visit(browser, served, "event")


def test_country(browser: Any, served: Served) -> None:
    browser.get(served.url + "/")
    href = follow(browser, "table.by-country th a")
    assert "/country/" in href
    organisations = int(browser.find_element(By.ID, "organisation-count").text)
    assert organisations >= 1
    visit(browser, served, "country")


def test_matrix(browser: Any, served: Served) -> None:
    browser.get(served.url + "/")
    follow(browser, "nav a[href='matrix/']")
    columns = browser.find_elements(By.CSS_SELECTOR, "table.matrix thead th[scope='col']")
    key = browser.find_elements(By.CSS_SELECTOR, "main > ol li")
    assert 0 < len(columns) == len(key) <= 120  # every column head explained in the key
    visit(browser, served, "matrix")


def test_network_picture_is_small(served: Served) -> None:
    with urlopen(served.url + "/network.svg") as response:
        picture = response.read()
    assert len(picture) <= 500_000
    assert picture.count(b"<circle class=") <= 300


def test_network_labels_do_not_overlap(browser: Any, served: Served) -> None:
    browser.get(served.url + "/network.svg")
    boxes = browser.execute_script(
        """return Array.from(document.querySelectorAll('g.labels text')).map(t => {
             const b = t.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; })"""
    )
    assert 3 <= len(boxes) <= 60
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    requested(browser)


def abbreviated_in_another_script(graph: Path) -> tuple[str, str]:
    """An organisation's page (a path under the base) and an abbreviation of it in a script
    other than its English name's, read off the published graph."""
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        """PREFIX schema: <http://schema.org/>
        PREFIX kzld: <https://w3id.org/kzld/vocab#>
        SELECT ?org ?abbreviation WHERE {
          ?org a schema:Organization ; kzld:abbreviation ?abbreviation }
        ORDER BY ?org ?abbreviation"""
    )
    for row in rows:  # type: ignore[union-attr]
        text = row["abbreviation"].value
        if any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in text):
            org = row["org"].value
            return org.split("/id/", 1)[1] + "/", text
    raise AssertionError(f"{graph}: no abbreviation in a script other than Latin")


def test_search_finds_an_organisation_by_an_abbreviation_in_another_script(
    browser: Any, served: Served
) -> None:
    page, abbreviation = abbreviated_in_another_script(served.graph)
    browser.get(f"{served.url}/search/?q={quote(abbreviation.lower())}")
    deadline = time.monotonic() + 10
    found: list[Any] = []
    while not found and time.monotonic() < deadline:
        found = browser.find_elements(By.CSS_SELECTOR, "#results a")
        time.sleep(0.1)
    hrefs = [a.get_attribute("href") for a in found]
    assert f"{served.url}/{page}" in hrefs, (abbreviation, hrefs)
    visit(browser, served, "search")
    found[hrefs.index(f"{served.url}/{page}")].click()
    assert browser.current_url == f"{served.url}/{page}"
    assert abbreviation in browser.find_element(By.CSS_SELECTOR, "main").text


#: Whether the element is the one a click at its centre reaches.
ON_TOP = """const box = arguments[0].getBoundingClientRect();
return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === arguments[0];"""


def test_clicking_a_network_node_opens_its_organisation(browser: Any, served: Served) -> None:
    browser.get(served.url + "/")
    browser.find_element(By.CSS_SELECTOR, "a[href='network.svg']").click()
    assert browser.current_url == served.url + "/network.svg"
    nodes = browser.find_elements(By.CSS_SELECTOR, "a circle.node")
    assert len(nodes) >= 3
    screenshot(
        browser, SHOTS / f"{served.name}-{width(browser)}-network.png", width(browser), HEIGHT
    )
    # the first node not covered by another (in a dense cluster a reader clicks the one on top)
    for node in nodes:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", node)
        if browser.execute_script(ON_TOP, node):
            break
    else:
        pytest.fail("every node of the picture is covered by another")
    name = node.find_element(By.TAG_NAME, "title").get_attribute("textContent")
    node.click()
    assert "/org/" in browser.current_url
    # the tooltip names the organisation whose page opened
    assert name.startswith(browser.find_element(By.TAG_NAME, "h1").text)
    requested(browser)
