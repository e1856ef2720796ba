"""The site in a real headless browser (Debian's chromium through Selenium): follow links from the
index to a statement, an organisation and an event, and check what a reader sees. Every request the
browser makes is read from Chrome's performance log: all go to the local server. Screenshots of
whole pages are written to ``tests/artifacts/``."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import kzld.site
from kzld.site.generate import build_site
from kzld.site.search import fold
from tests.site.fixtures import (
    ARABIC_TITLE,
    ARTIFACTS,
    CHROMEDRIVER,
    CHROMIUM,
    GOLDEN,
    chromium,
    requested,
    screenshot,
    serving,
    viewport,
)

webdriver = pytest.importorskip("selenium.webdriver")
By = pytest.importorskip("selenium.webdriver.common.by").By

WIDTH, HEIGHT = 1200, 1000

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None, reason="needs Debian's chromium and chromium-driver"
)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("site") / "site"
    build_site(GOLDEN, site)
    with serving(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    with chromium(tmp_path_factory.mktemp("chromium"), WIDTH, HEIGHT) as driver:
        yield driver


def shot(driver: object, name: str) -> None:
    """Save a screenshot of the whole page."""
    screenshot(driver, ARTIFACTS / f"site-{name}.png", WIDTH, HEIGHT)


def assert_only_local(driver: object, root: str) -> list[str]:
    urls = requested(driver)
    assert urls, "the performance log recorded no request"
    assert [u for u in urls if not u.startswith(root + "/")] == []
    return urls


def test_index_shows_statements_and_network(browser: object, root: str) -> None:
    browser.get(root + "/")  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "statement-count").text == "2"  # type: ignore[attr-defined]
    image = browser.find_element(By.ID, "network")  # type: ignore[attr-defined]
    assert image.size["width"] > 0 and image.size["height"] > 0
    natural = browser.execute_script(  # type: ignore[attr-defined]
        "return [arguments[0].complete, arguments[0].naturalWidth, arguments[0].naturalHeight]",
        image,
    )
    assert natural[0] is True and natural[1] == 800 and natural[2] > 100
    arabic = browser.find_element(By.LINK_TEXT, ARABIC_TITLE)  # type: ignore[attr-defined]
    span = arabic.find_element(By.TAG_NAME, "span")
    assert (span.get_attribute("lang"), span.get_attribute("dir")) == ("ar", "rtl")
    assert span.value_of_css_property("direction") == "rtl"
    countries = browser.find_elements(By.CSS_SELECTOR, "table.by-country tbody th")  # type: ignore[attr-defined]
    assert [c.text for c in countries] == ["Egypt (1)", "Norway (1)", "Country unknown (1)"]
    urls = assert_only_local(browser, root)
    assert {root + "/", root + "/site.css", root + "/network.svg"} <= set(urls)
    shot(browser, "index")


def test_statement_page_lists_signatories_in_order(browser: object, root: str) -> None:
    browser.get(root + "/")  # type: ignore[attr-defined]
    browser.find_element(By.LINK_TEXT, "Joint statement on the strike").click()  # type: ignore[attr-defined]
    assert browser.current_url == root + "/statement/lake%2001/"  # type: ignore[attr-defined]
    # the party is listed twice (by its name, then with its abbreviation): one signatory, whose
    # two entries are both marked as its evidence
    assert browser.find_element(By.ID, "signatory-count").text == "2"  # type: ignore[attr-defined]
    rows = browser.find_elements(By.CSS_SELECTOR, "li.signatory > a:first-child")  # type: ignore[attr-defined]
    assert [r.text for r in rows] == ["Workers Party of Lakeland", 'Green <Union> "of" {Lakes}']
    marks = browser.find_elements(By.CSS_SELECTOR, ".source mark.signature")  # type: ignore[attr-defined]
    assert [m.text for m in marks] == [
        "Workers Party of Lakeland",
        "WPL Workers Party of Lakeland",
        'Green <Union> "of" {Lakes}',
    ]
    assert_only_local(browser, root)
    shot(browser, "statement")


def test_arabic_statement_is_shown_right_to_left(browser: object, root: str) -> None:
    browser.get(root + "/")  # type: ignore[attr-defined]
    browser.find_element(By.LINK_TEXT, ARABIC_TITLE).click()  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "signatory-count").text == "2"  # type: ignore[attr-defined]
    block = browser.find_element(By.CSS_SELECTOR, ".source .block")  # type: ignore[attr-defined]
    assert block.value_of_css_property("direction") == "rtl"
    rows = browser.find_elements(By.CSS_SELECTOR, "li.signatory > a:first-child")  # type: ignore[attr-defined]
    assert [r.text for r in rows] == ["Workers Party of Lakeland", "North Union"]
    assert_only_local(browser, root)
    shot(browser, "statement-ar")


def test_organisation_page_shows_names_and_cosigners(browser: object, root: str) -> None:
    browser.get(root + "/statement/lake%2001/")  # type: ignore[attr-defined]
    browser.find_element(By.LINK_TEXT, "Workers Party of Lakeland").click()  # type: ignore[attr-defined]
    assert browser.current_url == root + "/org/workers-party-of-lakeland/"  # type: ignore[attr-defined]
    assert browser.find_element(By.TAG_NAME, "h1").text == "Workers Party of Lakeland"  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "signed-count").text == "2"  # type: ignore[attr-defined]
    cosigners = browser.find_elements(By.CSS_SELECTOR, "table.cosigners tbody tr")  # type: ignore[attr-defined]
    assert sorted(r.text for r in cosigners) == ['Green <Union> "of" {Lakes} 1', "North Union 1"]
    assert_only_local(browser, root)
    shot(browser, "organisation")


def test_event_page_lists_statements_about_it(browser: object, root: str) -> None:
    browser.get(root + "/")  # type: ignore[attr-defined]
    browser.find_element(By.LINK_TEXT, "Lakeside strike").click()  # type: ignore[attr-defined]
    assert browser.current_url == root + "/event/lakeside-strike/"  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "event-start").text == "2020-02"  # type: ignore[attr-defined]
    about = browser.find_elements(By.CSS_SELECTOR, "ul.about a")  # type: ignore[attr-defined]
    assert [a.text for a in about] == ["Joint statement on the strike"]
    assert_only_local(browser, root)
    shot(browser, "event")


def test_matrix_page(browser: object, root: str) -> None:
    browser.get(root + "/")  # type: ignore[attr-defined]
    browser.find_element(By.LINK_TEXT, "matrix").click()  # type: ignore[attr-defined]
    assert browser.current_url == root + "/matrix/"  # type: ignore[attr-defined]
    rows = browser.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")  # type: ignore[attr-defined]
    assert [r.find_element(By.TAG_NAME, "th").text for r in rows] == [
        'Green <Union> "of" {Lakes}',
        "North Union",
        "Workers Party of Lakeland",
    ]
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.matrix td.on")) == 4  # type: ignore[attr-defined]
    assert_only_local(browser, root)
    shot(browser, "matrix")


def test_network_svg_has_a_node_per_organisation(browser: object, root: str) -> None:
    browser.get(root + "/network.svg")  # type: ignore[attr-defined]
    nodes = browser.find_elements(By.CSS_SELECTOR, "circle.node")  # type: ignore[attr-defined]
    assert len(nodes) == 3
    assert len(browser.find_elements(By.TAG_NAME, "line")) == 2  # type: ignore[attr-defined]


def test_search_finds_an_organisation_and_opens_it(browser: object, root: str) -> None:
    browser.get(root + "/search/?q=lakeland")  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    links: list[object] = []
    while not links and time.monotonic() < deadline:
        links = browser.find_elements(By.CSS_SELECTOR, "#results a")  # type: ignore[attr-defined]
        time.sleep(0.1)
    assert [link.text for link in links] == ["Workers Party of Lakeland"]  # type: ignore[attr-defined]
    shot(browser, "search")
    links[0].click()  # type: ignore[attr-defined]
    assert browser.current_url == root + "/org/workers-party-of-lakeland/"  # type: ignore[attr-defined]
    assert_only_local(browser, root)


#: Names as pages write them, with the letters whose folding differs between ways of folding.
FOLDED = [
    "Straße der Arbeit",
    "STRASSE",
    "ΚΟΜΜΑΣ κόμμας",
    "İşçi Partisi",
    "حِزْب الشَّعْب",
    "सीटू",
    "ﬁnal  ﬂow",
    "Крайова партія",
]


def test_search_folds_what_is_typed_as_the_index_was_folded(browser: object, root: str) -> None:
    # the browser's fold (search.js as the site ships it) against the index's (search.fold)
    shipped = (Path(kzld.site.__file__).parent / "static" / "search.js").read_text(encoding="utf-8")
    match = re.search(r"^  function fold\(text\) \{$.*?^  \}$", shipped, re.M | re.S)
    assert match, "search.js has no function fold"
    browser.get(root + "/search/")  # type: ignore[attr-defined]
    typed = browser.execute_script(match.group() + "; return arguments[0].map(fold);", FOLDED)  # type: ignore[attr-defined]
    assert typed == [fold(name) for name in FOLDED]
    assert typed[0].startswith("strasse") and typed[1] == "strasse"


def test_pages_fit_a_phone(browser: object, root: str) -> None:
    viewport(browser, 390, HEIGHT)
    try:
        for path in ("/", "/statement/lake%2001/", "/org/workers-party-of-lakeland/", "/matrix/"):
            browser.get(root + path)  # type: ignore[attr-defined]
            assert browser.execute_script("return window.innerWidth") == 390  # type: ignore[attr-defined]
            overflow = browser.execute_script(  # type: ignore[attr-defined]
                "return document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 0, f"{path} runs {overflow} px off a 390 px screen"
    finally:
        viewport(browser, WIDTH, HEIGHT)
