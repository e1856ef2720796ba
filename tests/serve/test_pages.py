"""The live pages of ``kzld serve``: rendered from the store on request, with the static site's
templates, asked for over HTTP from a real ``kzld serve`` on free ports."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kzld.errors import KzldError
from kzld.query.loading import load, rdf_format
from kzld.serve.kept import COMPILED
from kzld.serve.pages import start_pages
from kzld.serve.whole import prepare
from kzld.site import content
from kzld.site import matrix as matrices
from kzld.site.generate import build_site
from tests.serve.served import get, serving
from tests.site.fixtures import GOLDEN

pytestmark = pytest.mark.server

ORG = "/org/workers-party-of-lakeland"
STATEMENT = "/statement/lake%2001"
#: Seconds to wait for the pages made from the whole graph: their process runs at a low
#: priority, so on a busy machine it waits its turn.
WHOLE_GRAPH_WAIT = 300


@pytest.fixture(scope="module")
def live() -> Iterator[str]:
    with serving(GOLDEN) as served:
        yield served.site


@pytest.fixture(scope="module")
def static(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(GOLDEN, out)
    return out


def _visible(html: bytes) -> str:
    """The page without its embedded data (whose integer types the store may normalise)."""
    return re.sub(r"<script.*?</script>", "", html.decode(), flags=re.S)


def test_a_page_is_the_static_sites_page(live: str, static: Path) -> None:
    status, headers, body = get(live + ORG + "/")
    assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert body == (static / ORG[1:] / "index.html").read_bytes()
    status, _, body = get(live + STATEMENT + "/")
    assert status == 200
    assert _visible(body) == _visible((static / "statement/lake 01/index.html").read_bytes())


@pytest.mark.parametrize(
    ("accept", "status", "media_type"),
    [
        ("text/turtle", 200, "text/turtle; charset=utf-8"),
        ("application/ld+json", 200, "application/ld+json"),
        ("text/html", 303, "text/plain"),
        ("image/png", 406, "text/plain; charset=utf-8"),
    ],
)
def test_content_negotiation(live: str, accept: str, status: int, media_type: str) -> None:
    code, headers, _ = get(live + ORG, accept)
    assert (code, headers["Content-Type"]) == (status, media_type)
    assert headers["Vary"] == "Accept"
    if status == 303:
        assert headers["Location"] == ORG + "/"


def test_a_part_of_a_statement_leads_to_its_anchor(live: str) -> None:
    status, headers, _ = get(live + "/evidence/lake%2001/45-65", "text/html")
    assert status == 303
    assert headers["Location"] == STATEMENT + "/#evidence/lake%2001/45-65"
    _, _, page = get(live + STATEMENT + "/")
    assert b'id="evidence/lake%2001/45-65"' in page


def test_unknown_paths_are_404(live: str) -> None:
    assert get(live + "/org/no-such-party", "text/turtle")[0] == 404
    assert get(live + "/../../etc/passwd")[0] == 404


def test_the_index_follows(live: str) -> None:
    deadline = time.monotonic() + WHOLE_GRAPH_WAIT
    body = get(live + "/")[2]
    while b'id="waiting"' in body and time.monotonic() < deadline:
        time.sleep(0.1)
        body = get(live + "/")[2]
    assert b'<img id="network" src="network.svg"' in body
    status, headers, svg = get(live + "/network.svg")
    assert (status, headers["Content-Type"]) == (200, "image/svg+xml")
    assert svg.count(b'<circle class="node"') == 3


def test_loopback_only(tmp_path: Path) -> None:
    with pytest.raises(KzldError, match="loopback only"):
        start_pages(tmp_path, "0.0.0.0", 0, tmp_path)


def test_search_endpoint(live: str) -> None:
    deadline = time.monotonic() + WHOLE_GRAPH_WAIT
    status, headers, body = get(live + "/search?q=lakeland")
    while status == 503 and time.monotonic() < deadline:
        time.sleep(0.1)
        status, headers, body = get(live + "/search?q=lakeland")
    assert (status, headers["Content-Type"]) == (200, "application/json")
    answer = json.loads(body)
    assert answer["results"][0]["u"] == ORG + "/"
    assert get(live + "/search/")[0] == 200


def _store(folder: Path) -> Path:
    """An on-disk store of the golden graph in ``folder``."""
    store = ox.Store(str(folder))
    load(store, GOLDEN, rdf_format(GOLDEN))
    store.flush()
    del store
    return folder


def _page(location: Path, kept: Path, path: str) -> bytes:
    """The page at ``path`` from live pages over the store at ``location``, started and
    stopped for it."""
    server = start_pages(location, "127.0.0.1", 0, kept)
    try:
        status, _, page = get(f"http://127.0.0.1:{server.server_address[1]}{path}")
        assert status == 200
        return page
    finally:
        server.shutdown()
        server.server_close()


def test_the_templates_once_compiled_are_kept_for_the_next_start(tmp_path: Path) -> None:
    location = _store(tmp_path / "store")
    first = _page(location, tmp_path / "kept", ORG + "/")
    kept = sorted(p.name for p in (tmp_path / "kept" / COMPILED).iterdir())
    assert len(kept) >= 2 and all(re.fullmatch(r"__jinja2_[0-9a-f]{40}\.cache", n) for n in kept)
    assert _page(location, tmp_path / "kept", ORG + "/") == first
    (tmp_path / "file").write_text("not a folder")  # nothing can be kept there: all the same
    assert _page(location, tmp_path / "file", ORG + "/") == first
    assert not (tmp_path / "file").is_dir()


def test_a_big_organisations_all_page_is_the_static_sites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content, "LISTED", 1)
    build_site(GOLDEN, tmp_path / "site")
    server = start_pages(_store(tmp_path / "store"), "127.0.0.1", 0, tmp_path / "kept")
    try:
        live = f"http://127.0.0.1:{server.server_address[1]}"
        status, headers, page = get(live + ORG + "/")
        assert status == 200
        assert b'<a href="all/">all 2 statements' in page
        status, headers, every = get(live + ORG + "/all/")
        assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
        assert every == (tmp_path / "site" / ORG[1:] / "all/index.html").read_bytes()
        assert get(live + "/org/no-such-party/all/")[0] == 404
    finally:
        server.shutdown()
        server.server_close()


def test_the_pages_of_a_matrix_cut_short_are_the_static_sites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matrices, "MAX_COLUMNS", 1)
    build_site(GOLDEN, tmp_path / "site")
    location = _store(tmp_path / "store")
    prepare(location, tmp_path / "kept")
    server = start_pages(location, "127.0.0.1", 0, tmp_path / "kept")
    try:
        live = f"http://127.0.0.1:{server.server_address[1]}"
        for page in ("matrix/", "matrix/2020/", "matrix/undated/"):
            status, headers, body = get(f"{live}/{page}")
            assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
            assert body == (tmp_path / "site" / page / "index.html").read_bytes()
        assert get(live + "/matrix/1999/")[0] == 404
    finally:
        server.shutdown()
        server.server_close()


def test_the_pages_of_the_statements_of_each_year_are_the_static_sites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content, "INDEX_STATEMENTS", 1)
    build_site(GOLDEN, tmp_path / "site")
    location = _store(tmp_path / "store")
    prepare(location, tmp_path / "kept")
    server = start_pages(location, "127.0.0.1", 0, tmp_path / "kept")
    try:
        live = f"http://127.0.0.1:{server.server_address[1]}"
        status, _, index = get(live + "/")
        assert status == 200
        assert b'<a href="statements/2020/">2020</a> (1 statement)' in index
        for page in ("statements/2020/", "statements/undated/"):
            status, headers, body = get(f"{live}/{page}")
            assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
            assert body == (tmp_path / "site" / page / "index.html").read_bytes()
        assert get(live + "/statements/1999/")[0] == 404
    finally:
        server.shutdown()
        server.server_close()


def test_a_page_answers_while_the_whole_graph_pages_are_being_made(tmp_path: Path) -> None:
    """``kzld serve`` makes the pages that need the whole graph in another process, started
    once the live pages answer: until they are there, a resource's page is served all the
    same, the index says that the graph is being indexed, and the others are not there yet."""
    (tmp_path / "kept").mkdir()
    server = start_pages(_store(tmp_path / "store"), "127.0.0.1", 0, tmp_path / "kept")
    try:
        live = f"http://127.0.0.1:{server.server_address[1]}"
        status, _, page = get(live + ORG + "/")
        assert status == 200
        assert b"<h1>" in page and b"Workers Party of Lakeland</span></h1>" in page
        status, _, index = get(live + "/")
        assert status == 200 and b'id="waiting"' in index
        assert get(live + "/network.svg")[0] == 503
        assert get(live + "/search?q=lakeland")[0] == 503
        assert get(live + "/statements/2020/")[0] == 503
    finally:
        server.shutdown()
        server.server_close()
