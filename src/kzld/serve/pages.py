"""Each resource's page served live from the store, as Pubby and LodView do: the pages of
``kzld serve``, in a process of their own (``python -m kzld.serve.pages``).

A request for the path of a data IRI (``/org/kke`` for ``<base>org/kke``) is answered from the
store at once, with the templates of the static site (:mod:`kzld.site.render`), according to
``Accept``: a ``303 See Other`` to the page ``/org/kke/`` for browsers, Turtle or compact JSON-LD
(with the published context) for data clients, ``406`` when nothing offered is acceptable. A part
of a statement (a signature, a span of its text, a mention) leads to its statement's page, at its
anchor. Each page reads only what it shows, in a few queries. The pages that need the whole graph
(the index, the network picture, the matrix, the search index) are made by another process
(:mod:`kzld.serve.whole`) into a folder (:mod:`kzld.serve.kept`) and served from there once they
are made; until then the index says so. Only a loopback address is served.
"""

from __future__ import annotations

import argparse
import json
import signal
import socket
import sys
import threading
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pyoxigraph as ox
from rdflib import URIRef

from ..errors import KzldError, ServerError
from ..resources import ontology_dir
from ..site.content import Site
from ..site.http import OFFERS, QuietHandler, check_loopback, choose
from ..site.labels import Paths, Text, site_base
from ..site.render import ALL, Renderer
from ..site.search import matches
from ..site.store import view
from .kept import COMPILED, is_complete, kept_file
from .processes import watch_parent

__all__ = ["LivePages", "main", "start_pages"]

_TYPES = {
    "html": "text/html; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
}


class LivePages:
    """Renders the pages of the graph in ``store`` on request (thread-safe); the whole-graph
    pages are read from ``kept`` once they are there."""

    def __init__(
        self, store: ox.Store, kept: Path, base: str | None = None, data: Path | None = None
    ) -> None:
        self.store = store
        graph = view(store)
        self.base = base or site_base(graph)
        self.site = Site(graph, Paths(self.base), store, eager=False)
        self.renderer = Renderer(self.site, kept / COMPILED)
        self.data = data
        self.kept = kept
        self._lock = threading.Lock()
        self._whole: dict[str, bytes] = {}
        self._entries: list[dict[str, Any]] | None = None

    def whole(self, path: str) -> bytes | None:
        """A page that needs the whole graph, or None while it is being made."""
        with self._lock:
            found = self._whole.get(path)
        if found is None:
            name = kept_file(path)
            if name is None:
                return None
            try:
                found = (self.kept / name).read_bytes()
            except OSError:
                return None
            with self._lock:
                self._whole[path] = found
        return found

    def entries(self) -> list[dict[str, Any]] | None:
        """The search index's entries (:mod:`kzld.site.search`), or None while it is made."""
        if self._entries is None:
            found = self.whole("search.json")
            if found is None:
                return None
            self._entries = json.loads(found)
        return self._entries

    def node(self, local: str) -> URIRef:
        """The IRI whose page is at the URL path ``local`` (under the base, no trailing ``/``)."""
        segments = [unquote(s) for s in local.split("/")]
        return URIRef(self.base + "/".join(quote(s, safe="") for s in segments))

    def organisation_all(self, local: str) -> bytes | None:
        """The ``all/`` page of the organisation whose page is at ``local`` (ending in ``/``),
        or None (no such organisation)."""
        node = self.node(local[:-1])
        if self.site.paths.local(node) is None:
            return None
        return self.renderer.organisation_all(node)

    def waiting_index(self) -> bytes:
        """The index while the whole-graph pages are being prepared."""
        context: dict[str, Any] = {"title": Text("kzld: the graph is being indexed", "en")}
        context["kind"] = "waiting"
        return self.renderer.render("waiting.html", "", None, context)


class PagesHandler(QuietHandler):
    """Answers the requests for pages (set up by :func:`start_pages`)."""

    server_version = "kzld-pages"
    pages: LivePages

    def _answer(self, body: bool) -> None:
        pages = self.pages
        path = urlsplit(self.path).path
        local = path[1:]
        if local == "search" and urlsplit(self.path).query:
            self._search(body)
            return
        if local == "search/":
            self._send(HTTPStatus.OK, pages.renderer.search_page(), _TYPES["html"], body)
            return
        if local in ("search/search.js",):
            script = resources.files("kzld.site").joinpath("static/search.js").read_bytes()
            self._send(HTTPStatus.OK, script, "text/javascript; charset=utf-8", body)
            return
        if kept_file(local) is not None:
            found = pages.whole(local)
            if found is None and local == "":
                self._send(HTTPStatus.OK, pages.waiting_index(), _TYPES["html"], body)
            elif found is None and is_complete(pages.kept):  # a year with no page
                self._text(HTTPStatus.NOT_FOUND, f"not found: /{local}", body)
            elif found is None:
                self._text(HTTPStatus.SERVICE_UNAVAILABLE, "being prepared; try again soon", body)
            else:
                kind = {".svg": "image/svg+xml", ".json": "application/json"}.get(
                    Path(local).suffix, _TYPES["html"]
                )
                self._send(HTTPStatus.OK, found, kind, body)
            return
        if local == "site.css":
            css = resources.files("kzld.site").joinpath("static/site.css").read_bytes()
            self._send(HTTPStatus.OK, css, "text/css; charset=utf-8", body)
            return
        if local == "context.jsonld":
            context = (ontology_dir() / "context.jsonld").read_bytes()
            self._send(HTTPStatus.OK, context, _TYPES["jsonld"], body)
            return
        dump = {"dump/kzld.ttl": ".ttl", "dump/kzld.jsonld": ".jsonld"}.get(local)
        if dump is not None and pages.data is not None and pages.data.suffix == dump:
            kind = _TYPES["turtle" if dump == ".ttl" else "jsonld"]
            self._send(HTTPStatus.OK, pages.data.read_bytes(), kind, body)
            return
        if local.endswith("/" + ALL):
            listed = pages.organisation_all(local[: -len(ALL)])
            if listed is not None:
                self._send(HTTPStatus.OK, listed, _TYPES["html"], body)
                return
        self._resource(local, body)

    def _search(self, body: bool) -> None:
        """``/search?q=TEXT``: the matching pages as JSON (``u`` path, ``n`` name, ``k`` kind)."""

        query = parse_qs(urlsplit(self.path).query).get("q", [""])[0]
        entries = self.pages.entries()
        if entries is None:
            self._text(HTTPStatus.SERVICE_UNAVAILABLE, "the index is being prepared", body)
            return
        found = [{**m, "u": "/" + m["u"]} for m in matches(entries, query)]
        data = json.dumps({"query": query, "results": found}, ensure_ascii=False).encode()
        self._send(HTTPStatus.OK, data, "application/json", body)

    def _resource(self, local: str, body: bool) -> None:
        pages = self.pages
        answer: str | None
        if local.endswith("/index.ttl"):
            local, answer, trailing = local[: -len("/index.ttl")], "turtle", True
        elif local.endswith("/index.jsonld"):
            local, answer, trailing = local[: -len("/index.jsonld")], "jsonld", True
        elif local.endswith("/"):
            local, answer, trailing = local[:-1], "html", True
        else:
            answer, trailing = choose(self.headers.get("Accept")), False
        node = pages.node(local)
        if pages.site.paths.local(node) is None or not any(
            True for _ in pages.store.quads_for_pattern(ox.NamedNode(str(node)), None, None)
        ):
            self._text(HTTPStatus.NOT_FOUND, f"not found: /{local}", body)
            return
        target = pages.renderer.redirect(node)
        if target is not None:
            location = "/" + quote(target, safe="/%#")
            self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", body, location=location)
            return
        if answer is None:
            offered = ", ".join(t for t, _ in OFFERS)
            message = f"not acceptable; this resource is offered as {offered}"
            self._text(HTTPStatus.NOT_ACCEPTABLE, message, body, True)
            return
        if answer == "html" and not trailing:
            location = "/" + quote(local, safe="/%") + "/"
            self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", body, vary=True, location=location)
            return
        rendered = pages.renderer.resource(node)
        if rendered is None:
            self._text(HTTPStatus.NOT_FOUND, f"not found: /{local}", body)
            return
        content = {"html": rendered.html, "turtle": rendered.turtle, "jsonld": rendered.jsonld}
        self._send(HTTPStatus.OK, content[answer], _TYPES[answer], body, vary=not trailing)


def start_pages(
    location: Path,
    host: str,
    port: int,
    kept: Path,
    data: Path | None = None,
    listener: socket.socket | None = None,
) -> ThreadingHTTPServer:
    """Serve the pages of the store at ``location`` (opened read-only; nothing may write to it
    meanwhile) on ``host:port`` (0: any free port), or on the bound socket ``listener``, in a
    daemon thread; stop it with ``shutdown()`` and ``server_close()``.

    The whole-graph pages are read from ``kept`` once they are there; ``data`` (the file the
    store was loaded from) is served as the dump.
    """

    check_loopback(host)
    pages = LivePages(ox.Store.read_only(str(location)), kept, data=data)
    handler = type("BoundPagesHandler", (PagesHandler,), {"pages": pages})
    try:
        server = ThreadingHTTPServer((host, port), handler, bind_and_activate=listener is None)
    except OSError as error:
        raise ServerError(
            f"http://{host}:{port}: cannot serve the site: {error.strerror}"
        ) from None
    if listener is not None:
        server.socket.close()
        server.socket = listener
        server.server_address = listener.getsockname()[:2]
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="kzld-pages", daemon=True).start()
    return server


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve the pages on the socket ``--fd`` until stopped (SIGTERM, or the ``kzld serve``
    that started this process gone); prints ``ready`` once it answers."""
    parser = argparse.ArgumentParser(prog="python -m kzld.serve.pages")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--location", type=Path, required=True)
    parser.add_argument("--kept", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    listener = socket.socket(fileno=args.fd)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        server = start_pages(args.location, args.host, 0, args.kept, args.data, listener)
    except KzldError as error:
        print(error, file=sys.stderr)  # the last line of the log, which kzld serve shows
        return 2
    watch_parent(stopped.set)
    print("ready", flush=True)
    try:
        stopped.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
