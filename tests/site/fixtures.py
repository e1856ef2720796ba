"""Shared by the site tests: a two-statement graph (one in Arabic), its site, a server, and a
headless Chromium (Debian's, through Selenium) for the browser tests."""

from __future__ import annotations

import dataclasses
import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rdflib import Graph

from kzld.mapping import map_corpus
from kzld.model.records import (
    Corpus,
    Document,
    Entry,
    Name,
    Organisation,
    ResolvedDocument,
    Section,
    Span,
    Version,
)
from kzld.site.http import serve_site

#: The graph the browser and HTTP tests serve (see tests/data/site/README.md).
GOLDEN = Path(__file__).parents[1] / "data" / "site" / "graph.ttl"
ARABIC_TITLE = "بيان مشترك حول الإضراب"
ARABIC_TEXT = f"{ARABIC_TITLE}\n\nالموقعون:\n1. حزب العمال في ليكلاند\n2. اتحاد الشمال\n"


def arabic_document() -> ResolvedDocument:
    """A second statement, in Arabic, signed by one known and one new organisation."""
    text = ARABIC_TEXT
    names = ["حزب العمال في ليكلاند", "اتحاد الشمال"]
    entries = tuple(
        Entry(n, raw, Span(text.index(raw), text.index(raw) + len(raw)), raw)
        for n, raw in enumerate(names, 1)
    )
    heading = "الموقعون:"
    section = Section(
        heading,
        Span(text.index(heading), text.index(heading) + len(heading)),
        entries,
        language="ar",
    )
    document = Document(
        name="lake-ar.txt",
        sha256="1" * 64,
        text=text,
        genre="joint-statement",
        versions=(Version("ar", Span(0, len(text)), title=ARABIC_TITLE),),
        sections=(section,),
    )
    return ResolvedDocument(
        document=document, signatories=(("workers-party-of-lakeland", "north-union"),)
    )


def site_graph(corpus: Corpus) -> Graph:
    """The conftest corpus plus the Arabic statement and a new Egyptian organisation."""
    north = Organisation(
        "north-union", (Name("اتحاد الشمال", "ar"), Name("North Union", "en")), country="EG"
    )
    richer = dataclasses.replace(
        corpus,
        documents=(*corpus.documents, arabic_document()),
        organisations=(*corpus.organisations, north),
    )
    return map_corpus(richer)


def write_golden() -> None:
    """Rewrite ``tests/data/site/graph.ttl`` from the corpus (see its README)."""
    from kzld.rdf.dump import to_turtle
    from kzld.rdf.namespaces import TURTLE_PREFIXES
    from tests import conftest

    corpus = conftest.corpus.__wrapped__()  # type: ignore[attr-defined]
    graph = site_graph(corpus)
    GOLDEN.write_bytes(to_turtle(graph, {**TURTLE_PREFIXES, "id": "https://w3id.org/kzld/id/"}))


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free loopback port; yields the root URL (no trailing slash)."""
    server = serve_site(site, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


#: Debian's chromium and its driver (the browser tests are skipped without them).
CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
#: Where the browser tests keep their screenshots (gitignored), one folder per test module.
ARTIFACTS = Path(__file__).parents[1] / "artifacts"


def viewport(driver: Any, width: int, height: int) -> None:
    """Show pages at ``width`` x ``height`` CSS pixels, as a phone does below 600 (a headless
    window is never narrower than 500 pixels, so the size is set by Chrome's device emulation)."""
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


@contextmanager
def chromium(profile: Path, width: int, height: int) -> Iterator[Any]:
    """A headless Chromium (its requests logged, see :func:`requested`) showing pages at
    ``width`` x ``height`` pixels (:func:`viewport`), its profile in ``profile``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--window-size={max(width, 500)},{height}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    viewport(driver, width, height)
    driver.get("about:blank")
    requested(driver)  # the browser's own start-up (its new-tab page), before any page of ours
    try:
        yield driver
    finally:
        driver.quit()


def requested(driver: Any) -> list[str]:
    """The URLs the browser requested since the last call (read off Chrome's performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def screenshot(driver: Any, path: Path, width: int, height: int) -> None:
    """Save a screenshot of the whole page at ``width`` (the viewport stretched to the page's
    height, at most 6,000 pixels) to ``path``, then give the viewport its size back."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tall = driver.execute_script("return document.documentElement.scrollHeight")
    viewport(driver, width, min(int(tall), 6000))
    try:
        assert driver.save_screenshot(str(path))
    finally:
        viewport(driver, width, height)
    assert path.stat().st_size > 10_000
