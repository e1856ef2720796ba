"""A real ``kzld serve`` started by a test on free ports, and requests to it."""

from __future__ import annotations

import os
import signal
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kzld.serve.processes import free_port
from tests.processes import read_line, running


@dataclass(frozen=True)
class Served:
    """The addresses of a running ``kzld serve``."""

    endpoint: str
    site: str


@contextmanager
def serving(data: Path, timeout: float = 120) -> Iterator[Served]:
    """``kzld serve --data DATA`` on two free ports until the block ends (then Ctrl-C), once it
    says where it serves."""
    port, site_port = free_port(), free_port()
    command = [sys.executable, "-c", "from kzld.cli import main; main()", "serve"]
    command += ["--data", str(data), "--port", str(port), "--site-port", str(site_port)]
    with running(command) as process:
        line = read_line(process, timeout)
        assert line.startswith("Serving "), line
        yield Served(f"http://127.0.0.1:{port}", f"http://127.0.0.1:{site_port}")
        os.kill(process.pid, signal.SIGINT)
        assert process.wait(timeout=30) == 0


def get(
    url: str, accept: str | None = None, data: bytes | None = None, kind: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of one request, redirects not followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    headers = {"Accept": accept} if accept else {}
    if kind:
        headers["Content-Type"] = kind
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, _names(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, _names(error.headers.items()), error.read()


def _names(headers: list[tuple[str, str]]) -> dict[str, str]:
    """Headers by name as HTTP's own documents spell them (``Content-Type``), whatever the
    server wrote (oxigraph writes them in lower case)."""
    return {name.title(): value for name, value in headers}
