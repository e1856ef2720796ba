"""A small threaded HTTP server for the site, with content negotiation on the data IRIs.

A request for the path of a data IRI (``/org/kke`` for ``<base>org/kke``) answers according to
``Accept``: Turtle (``text/turtle``) or JSON-LD (``application/ld+json``) with the resource's
description, or, for browsers, a ``303 See Other`` to its page ``/org/kke/``; ``406`` when no
offered type is acceptable, ``404`` for an unknown path. Every negotiated answer carries
``Vary: Accept``. Only files of the site folder are served, and only on a loopback address.
"""

from __future__ import annotations

import ipaddress
import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from ..errors import KzldError
from .labels import MARKER, REDIRECTS

__all__ = [
    "OFFERS",
    "QuietHandler",
    "check_loopback",
    "choose",
    "make_handler",
    "serve_site",
    "site_folder",
]

#: Media types offered for a data IRI, in order of preference on a tie, with what answers them.
OFFERS: tuple[tuple[str, str], ...] = (
    ("text/html", "html"),
    ("application/xhtml+xml", "html"),
    ("text/turtle", "turtle"),
    ("application/x-turtle", "turtle"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
)
#: What each answer is served from, and as which type.
_FILES = {
    "html": ("index.html", "text/html; charset=utf-8"),
    "turtle": ("index.ttl", "text/turtle; charset=utf-8"),
    "jsonld": ("index.jsonld", "application/ld+json"),
}
#: Media types of the site's files, by extension.
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".ttl": "text/turtle; charset=utf-8",
    ".jsonld": "application/ld+json",
}


def _ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for item in accept.split(","):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        q = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((parts[0].lower(), q))
    return ranges


def choose(accept: str | None) -> str | None:
    """The answer (``html``, ``turtle``, ``jsonld``) to an ``Accept`` header; ``None`` means 406."""
    if not accept or not accept.strip():
        return "html"
    ranges = _ranges(accept)
    best: tuple[float, int, str] | None = None
    for order, (media_type, answer) in enumerate(OFFERS):
        major = media_type.split("/")[0]
        matches = [
            (3 if r == media_type else 2 if r == major + "/*" else 1, q)
            for r, q in ranges
            if r in (media_type, major + "/*", "*/*")
        ]
        if not matches:
            continue
        q = max(matches)[1]
        if q > 0 and (best is None or (q, -order) > (best[0], best[1])):
            best = (q, -order, answer)
    return best[2] if best else None


def check_loopback(host: str) -> None:
    """Refuse a ``host`` that is not a loopback address: pages are served on loopback only."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise KzldError(f"--host {host}: the site is served on loopback only (use 127.0.0.1)")


def site_folder(out_dir: Path) -> Path:
    """The site folder: ``out_dir`` itself or its ``site/``; refuses a folder with no site."""
    for folder in (out_dir, out_dir / "site"):
        if (folder / MARKER).is_file():
            return folder
    raise KzldError(f"{out_dir}: holds no site; run `kzld site --out {out_dir}` first")


class QuietHandler(BaseHTTPRequestHandler):
    """What kzld's two page servers share: quiet logs, GET and HEAD alike, one way to answer."""

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: a library prints nothing."""

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def do_GET(self) -> None:
        self._answer(body=True)

    def _answer(self, body: bool) -> None:
        raise NotImplementedError

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        media_type: str,
        send: bool,
        vary: bool = False,
        location: str | None = None,
        retry: bool = False,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        if vary:
            self.send_header("Vary", "Accept")
        if location:
            self.send_header("Location", location)
        if retry:
            self.send_header("Retry-After", "5")
        self.end_headers()
        if send:
            self.wfile.write(body)

    def _text(self, status: HTTPStatus, message: str, send: bool, vary: bool = False) -> None:
        self._send(status, (message + "\n").encode(), "text/plain; charset=utf-8", send, vary)


class SiteHandler(QuietHandler):
    """Serves one site folder (set by :func:`make_handler`)."""

    server_version = "kzld-site"
    root: Path
    #: Folders of the IRIs of statements' parts -> the page of their statement.
    redirects: dict[str, str]

    def _answer(self, body: bool) -> None:
        path = urlsplit(self.path).path
        segments = [unquote(s) for s in path.split("/")[1:]]
        trailing = path.endswith("/")
        if trailing:
            segments = segments[:-1]
        if any(
            s in ("", ".", "..") or s.startswith(".") or "\\" in s or "\0" in s for s in segments
        ):
            self._text(HTTPStatus.NOT_FOUND, f"not found: {path}", body)
            return
        target = self.root.joinpath(*segments)
        if target.is_file() and not trailing:
            media_type = _TYPES.get(target.suffix, "application/octet-stream")
            self._send(HTTPStatus.OK, target.read_bytes(), media_type, body)
            return
        if not (target / "index.html").is_file():
            part = self._part(segments)
            if part is not None:
                self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", body, location=part)
                return
            self._text(HTTPStatus.NOT_FOUND, f"not found: {path}", body)
            return
        if not (target / "index.ttl").is_file():
            if not trailing:
                self._send(
                    HTTPStatus.MOVED_PERMANENTLY, b"", "text/plain", body, location=path + "/"
                )
                return
            self._send(HTTPStatus.OK, (target / "index.html").read_bytes(), _FILES["html"][1], body)
            return
        answer = choose(self.headers.get("Accept"))
        if answer is None:
            offered = ", ".join(t for t, _ in OFFERS)
            self._text(
                HTTPStatus.NOT_ACCEPTABLE,
                f"not acceptable; this resource is offered as {offered}",
                body,
                True,
            )
            return
        if answer == "html" and not trailing:
            location = quote(path, safe="/%") + "/"
            self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", body, vary=True, location=location)
            return
        name, media_type = _FILES[answer]
        self._send(HTTPStatus.OK, (target / name).read_bytes(), media_type, body, vary=True)

    def _part(self, segments: list[str]) -> str | None:
        """Where the IRI of a part of a statement leads: its statement's page, at its anchor."""
        local = "/".join(quote(s, safe="") for s in segments)
        for end in range(len(segments) - 1, 0, -1):
            page = self.redirects.get("/".join(quote(s, safe="") for s in segments[:end]) + "/")
            if page is not None:
                return "/" + quote(page, safe="/%") + "#" + quote(local, safe="/%")
        return None


def make_handler(site_dir: Path) -> type[BaseHTTPRequestHandler]:
    """A request handler class serving the site folder ``site_dir``."""

    root = site_dir.resolve()
    try:
        redirects = json.loads((root / REDIRECTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        redirects = {}
    return type("BoundSiteHandler", (SiteHandler,), {"root": root, "redirects": redirects})


def serve_site(out_dir: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A (not yet started) server of the site in ``out_dir`` on a loopback ``host``.

    Port 0 picks a free port (read it from ``server.server_address``). Start it with
    ``serve_forever()`` (in a thread) and stop it with ``shutdown()`` and ``server_close()``.
    """
    check_loopback(host)
    server = ThreadingHTTPServer((host, port), make_handler(site_folder(out_dir)))
    server.daemon_threads = True
    return server
