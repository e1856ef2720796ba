"""kzld's front of the SPARQL endpoint: every request checked before the oxigraph server sees it.

The oxigraph server cannot be told to refuse ``SERVICE`` or ``LOAD``, so ``kzld serve`` never
exposes it. It runs in a child process (``python -m kzld.serve.front``) that gets the public
listening socket from ``kzld serve`` and, where the kernel allows it (Linux with unprivileged user
namespaces), first moves itself into a network namespace of its own that holds only a loopback
interface. The oxigraph server it starts there listens on that private loopback: no other program
on the machine (no web page in a browser) can reach it, and it can reach no host, whatever a query
asks. The front answers on the public socket and passes on only what it has checked:

- the ``Host`` header names this server (``127.0.0.1``, ``localhost`` or ``[::1]`` with its
  port): a page on another name that resolves to 127.0.0.1 (DNS rebinding) gets 403;
- a request that carries an ``Origin`` other than this server's or its site's, or that a browser
  marks as cross-site (``Sec-Fetch-Site``), gets 403 for anything but reading (a web page cannot
  post a query or an update to it);
- queries and updates are parsed and refused with 400 when they could fetch anything
  (:mod:`kzld.rdf.sparql`): ``SERVICE``, ``LOAD``, ``FROM`` / ``USING`` or the protocol's
  dataset parameters naming a graph the store does not hold;
- only the endpoint's own paths (``/``, ``/query``, ``/update``, ``/store``) are passed on.
"""

from __future__ import annotations

import argparse
import ctypes
import fcntl
import http.client
import signal
import socket
import struct
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from ..limits import MAX_RDF_BYTES
from ..rdf import sparql as sparqlguard
from .processes import free_port, start_server, stop_server, wait_until_ready, watch_parent

__all__ = ["Front", "allowed_hosts", "isolate", "main", "make_handler"]

#: Headers that belong to one connection and are not passed on.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
    }
)
#: The paths of the oxigraph server that are passed on.
_PATHS = frozenset({"/", "/query", "/update", "/store"})
_FORM = "application/x-www-form-urlencoded"
_READS = frozenset({"GET", "HEAD"})


def allowed_hosts(port: int, host: str = "127.0.0.1") -> frozenset[str]:
    """The ``Host`` headers (lower case) that name the server on ``host:port``."""
    names = {"127.0.0.1", "localhost", "[::1]", host if ":" not in host else f"[{host}]"}
    return frozenset(f"{name}:{port}" for name in names)


class Front(ThreadingHTTPServer):
    """The front server: the public socket, the inner endpoint and who may talk to it."""

    daemon_threads = True

    def __init__(
        self,
        listener: socket.socket,
        inner: tuple[str, int],
        hosts: frozenset[str],
        origins: frozenset[str],
    ) -> None:
        super().__init__(listener.getsockname()[:2], make_handler(), bind_and_activate=False)
        self.socket.close()
        self.socket = listener
        self.inner = inner
        self.hosts = hosts
        self.origins = origins


def make_handler() -> type[BaseHTTPRequestHandler]:
    """The request handler of :class:`Front`."""
    return FrontHandler


class FrontHandler(BaseHTTPRequestHandler):
    """Checks each request (:mod:`kzld.serve.front`) and passes it on to the inner endpoint."""

    server: Front
    server_version = "kzld-front"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        # No cross-origin request is allowed: a preflight is answered with no CORS headers.
        self._refuse(HTTPStatus.FORBIDDEN, "cross-origin requests are not allowed")

    def _refuse(self, status: HTTPStatus, reason: str) -> None:
        body = (f"{status.phrase}: {reason}\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.close_connection = True

    def _handle(self) -> None:
        problem = self._who()
        if problem is not None:
            self._refuse(HTTPStatus.FORBIDDEN, problem)
            return
        split = urlsplit(self.path)
        if split.path not in _PATHS:
            self._refuse(HTTPStatus.NOT_FOUND, f"{split.path} is not a path of this endpoint")
            return
        body = self._body()
        if body is None:
            return
        refused = self._sparql(split.path, split.query, body)
        if refused is not None:
            self._refuse(HTTPStatus.BAD_REQUEST, refused)
            return
        self._pass_on(body)

    def _who(self) -> str | None:
        """Why the request must not be served (it comes through another name, or from a web
        page of another origin), or None."""
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.hosts:
            return (
                f"Host {host or '(none)'!r} is not this server; use http://{min(self.server.hosts)}"
            )
        if self.command in _READS:
            return None
        origin = self.headers.get("Origin")
        if origin is not None and origin.strip().lower() not in self.server.origins:
            return f"requests from the web page at {origin} are not allowed"
        site = (self.headers.get("Sec-Fetch-Site") or "").strip().lower()
        if origin is None and site in ("cross-site", "same-site"):
            return "requests from web pages of other sites are not allowed"
        return None

    def _body(self) -> bytes | None:
        if self.command in _READS or self.command == "DELETE":
            return b""
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "the request needs a Content-Length")
            return None
        if int(length) > MAX_RDF_BYTES:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too big")
            return None
        return self.rfile.read(int(length))

    def _sparql(self, path: str, query: str, body: bytes) -> str | None:
        """Why a query or update must not run, or None (also None for other requests)."""
        if path not in ("/query", "/update"):
            return None
        update = path == "/update"
        name = "update" if update else "query"
        params = parse_qs(query, keep_blank_values=True)
        media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if self.command == "POST" and media_type == _FORM:
            for key, values in parse_qs(body.decode("utf-8", "replace"), True).items():
                params.setdefault(key, []).extend(values)
        texts = params.get(name, [])
        if self.command == "POST" and media_type in (
            "application/sparql-query",
            "application/sparql-update",
        ):
            texts = [*texts, body.decode("utf-8", "replace")]
        if not texts:
            return None  # oxigraph answers with its own page or error
        if len(texts) > 1:
            return f"the request holds more than one {name}"
        names = (
            ("using-graph-uri", "using-named-graph-uri")
            if update
            else (
                "default-graph-uri",
                "named-graph-uri",
            )
        )
        dataset = tuple(iri for key in names for iri in params.get(key, []))
        refused = sparqlguard.refusal(
            texts[0], update=update, holds_graph=self._holds_graph, dataset=dataset
        )
        if refused is None:
            return None
        where = f" (line {refused.line}, column {refused.column})" if refused.line else ""
        return f"{refused.reason}{where}"

    def _holds_graph(self, iri: str) -> bool:
        """Whether the inner store holds a named graph ``iri`` (asked over the private loopback)."""
        if any(c in iri for c in '<>"{}|^`\\ \n'):
            return False
        query = urlencode({"query": f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"})
        connection = http.client.HTTPConnection(*self.server.inner, timeout=30)
        try:
            connection.request(
                "GET", f"/query?{query}", headers={"Accept": "application/sparql-results+json"}
            )
            answer = connection.getresponse().read()
        except OSError:
            return False
        finally:
            connection.close()
        return b"true" in answer

    def _pass_on(self, body: bytes) -> None:
        connection = http.client.HTTPConnection(*self.server.inner, timeout=None)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        if self.command not in _READS:
            headers["Content-Length"] = str(len(body))
        try:
            connection.request(self.command, self.path, body=body or None, headers=headers)
            response = connection.getresponse()
            self.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                lowered = key.lower()
                if lowered not in _HOP_BY_HOP and not lowered.startswith("access-control-"):
                    self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            while chunk := response.read(65536):
                if self.command != "HEAD":
                    self.wfile.write(chunk)
        except OSError:
            self.close_connection = True
        finally:
            connection.close()
            self.close_connection = True


# ---- the child process ------------------------------------------------------------------------

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_SIOCGIFFLAGS = 0x8913
_SIOCSIFFLAGS = 0x8914
_IFF_UP = 0x1


def isolate() -> bool:
    """Move this process into a new network namespace holding only a loopback interface (up).

    True when done; False where the kernel does not allow it (not Linux, user namespaces
    disabled, a multithreaded process): then nothing is changed.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
            return False
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            request = struct.pack("16sH14x", b"lo", 0)
            flags = struct.unpack("16sH14x", fcntl.ioctl(probe, _SIOCGIFFLAGS, request))[1]
            fcntl.ioctl(probe, _SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | _IFF_UP))
    except (OSError, AttributeError):
        return False
    return True


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the front: ``--fd`` (the public socket), ``--location`` (the loaded store),
    ``--host``/``--port`` (the public address), ``--site-port``; prints one line, ``ready``
    and whether the endpoint is isolated, once it answers."""
    parser = argparse.ArgumentParser(prog="python -m kzld.serve.front")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--location", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--site-port", type=int, default=None)
    parser.add_argument("--no-isolation", action="store_true")
    args = parser.parse_args(argv)
    isolated = False if args.no_isolation else isolate()  # before any thread starts

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    listener = socket.socket(fileno=args.fd)
    inner = ("127.0.0.1", free_port())
    process = start_server(Path(args.location), *inner)
    try:
        wait_until_ready(process, f"http://{inner[0]}:{inner[1]}")
        origins = {f"http://{h}" for h in allowed_hosts(args.port, args.host)}
        if args.site_port:
            origins |= {f"http://{h}" for h in allowed_hosts(args.site_port, args.host)}
        front = Front(listener, inner, allowed_hosts(args.port, args.host), frozenset(origins))
        print(f"ready {'isolated' if isolated else 'not-isolated'}", flush=True)
        watch_parent(front.shutdown)
        front.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop_server(process)
    return 0


if __name__ == "__main__":
    sys.exit(main())
