"""The servers behind ``kzld serve``: the ``oxigraph`` SPARQL endpoint and the site beside it.

The endpoint is the ``oxigraph`` executable that ``pip install oxigraph`` brings. It serves SPARQL
1.1 query (``/query``), update (``/update``) and the Graph Store Protocol (``/store``). The graph is
bulk-loaded into a fresh folder before serving, and each resource's page is served live from that
store on a second port (:mod:`kzld.serve.pages`), with content negotiation on the data IRIs, so
neither ever shows stale data and no page waits for a whole site to be built.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from ..errors import ServerError
from .pages import start_pages

if TYPE_CHECKING:
    from http.server import ThreadingHTTPServer

__all__ = [
    "free_port",
    "load_location",
    "oxigraph_executable",
    "run_server",
    "start_server",
    "stop_server",
    "wait_until_ready",
]

#: Seconds to wait for a server to answer before giving up.
READY_TIMEOUT = 30.0


def oxigraph_executable() -> str:
    """The path of the ``oxigraph`` command: beside this Python first, then on ``PATH``."""
    name = "oxigraph.exe" if sys.platform == "win32" else "oxigraph"
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError(
        "the `oxigraph` server is not installed: run `pip install oxigraph` in this environment"
    )


def load_location(data: Path, location: Path) -> None:
    """Bulk-load the RDF file ``data`` into the oxigraph database folder ``location``."""
    if not data.is_file():
        raise ServerError(f"{data}: no such file; run `kzld build` first or pass --data FILE")
    command = [oxigraph_executable(), "load", "--location", str(location), "--file", str(data)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip()
        raise ServerError(f"{data}: oxigraph could not load it: {detail}")


def log_path(location: Path) -> Path:
    """The file beside ``location`` that receives the server's messages."""
    return location.with_name(location.name + ".log")


def start_server(location: Path, host: str, port: int) -> subprocess.Popen[bytes]:
    """Start ``oxigraph serve`` on ``host:port`` over ``location``; the caller must stop it.

    The server's messages go to :func:`log_path` (a pipe could fill up and block it).
    """
    command = [
        oxigraph_executable(),
        "serve",
        "--location",
        str(location),
        "--bind",
        f"{host}:{port}",
    ]
    with log_path(location).open("wb") as log:
        # Its own session: a Ctrl-C reaches kzld only, which then stops the server itself
        # (otherwise the server could exit first and look as if it had failed).
        return subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )


def _log_tail(process: subprocess.Popen[bytes]) -> str:
    """The last lines the server wrote, for error messages."""
    args = [str(arg) for arg in process.args] if isinstance(process.args, list) else []
    if "--location" not in args:
        return ""
    location = Path(args[args.index("--location") + 1])
    try:
        lines = (
            log_path(location).read_text(encoding="utf-8", errors="replace").strip().splitlines()
        )
    except OSError:
        return ""
    return " ".join(lines[-3:])


def wait_until_ready(
    process: subprocess.Popen[bytes], url: str, timeout: float = READY_TIMEOUT
) -> None:
    """Return once ``url`` answers; raise :class:`ServerError` if the server exits or times out."""
    deadline = time.monotonic() + timeout
    query = url.rstrip("/") + "/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            code, tail = process.returncode, _log_tail(process)
            raise ServerError(f"{url}: oxigraph stopped at start (exit {code}): {tail}")
        try:
            with urllib.request.urlopen(query, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    stop_server(process)
    raise ServerError(f"{url}: the server did not answer within {timeout:.0f} s")


def stop_server(process: subprocess.Popen[bytes], timeout: float = 10.0) -> int:
    """Stop the server (terminate, then kill after ``timeout`` s); return its exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)
    return process.returncode


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port on ``host`` that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def run_server(
    data: Path,
    host: str,
    port: int,
    on_ready: Callable[[str, str | None, bool], None],
    site_port: int | None = None,
) -> int:
    """Serve ``data`` on ``host:port`` until Ctrl-C or SIGTERM; return 0 after a clean stop.

    The graph is loaded into a temporary folder that is removed afterwards, and served by the
    oxigraph server behind kzld's front (:mod:`kzld.serve.front`), which refuses every request
    that could fetch from other hosts. Unless ``site_port`` is ``None``, each resource's page is
    served live from the loaded store on ``host:site_port``. ``on_ready`` gets the endpoint's
    base URL, the site's (or ``None``) and whether the endpoint runs in a network namespace of
    its own, once both answer. Port 0 picks a free port.
    """
    try:
        listener = socket.create_server((host, port))
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        raise ServerError(f"http://{host}:{port}: cannot listen: {reason}") from None
    port = listener.getsockname()[1]
    url = f"http://{host}:{port}"
    with listener, tempfile.TemporaryDirectory(prefix="kzld-serve-") as folder:
        location = Path(folder) / "db"
        load_location(data, location)
        site = None if site_port is None else start_pages(location, host, site_port, data)
        site_url = None if site is None else f"http://{host}:{site.server_address[1]}"
        # Both signals stop the server, even where SIGINT was ignored (a background job).
        previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
        process = _start_front(listener, location, host, port, site)
        listener.close()  # the front holds it now
        try:
            isolated = _wait_for_front(process, url)
            on_ready(url, site_url, isolated)
            code = process.wait()
            raise ServerError(
                f"{url}: the endpoint stopped on its own (exit {code}): {_log_tail(process)}"
            )
        except KeyboardInterrupt:
            return 0
        finally:
            stop_server(process)
            if site is not None:
                site.shutdown()
                site.server_close()
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _start_front(
    listener: socket.socket,
    location: Path,
    host: str,
    port: int,
    site: ThreadingHTTPServer | None,
) -> subprocess.Popen[bytes]:
    """Start kzld's front (:mod:`kzld.serve.front`) on ``listener``, with oxigraph behind it."""
    command = [sys.executable, "-m", "kzld.serve.front", "--fd", str(listener.fileno())]
    command += ["--location", str(location), "--host", host, "--port", str(port)]
    if site is not None:
        command += ["--site-port", str(site.server_address[1])]
    if os.environ.get("KZLD_SERVE_NO_ISOLATION"):
        command.append("--no-isolation")
    with front_log_path(location).open("wb") as log:
        return subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=log,
            pass_fds=(listener.fileno(),),
            start_new_session=True,
        )


def front_log_path(location: Path) -> Path:
    """The file beside ``location`` that receives the front's messages."""
    return location.with_name(location.name + ".front.log")


def _wait_for_front(process: subprocess.Popen[bytes], url: str) -> bool:
    """Wait for the front's ``ready`` line; True when the endpoint is isolated."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], READY_TIMEOUT)
    line = process.stdout.readline().decode("utf-8", "replace").split() if ready else []
    if not line or line[0] != "ready":
        stop_server(process)
        tail = _log_tail(process)
        if not tail:
            args = [str(arg) for arg in process.args] if isinstance(process.args, list) else []
            location = Path(args[args.index("--location") + 1])
            try:
                lines = front_log_path(location).read_text("utf-8", "replace").splitlines()
                tail = " ".join(lines[-3:])
            except OSError:
                tail = ""
        raise ServerError(f"{url}: the endpoint did not start (exit {process.returncode}): {tail}")
    return line[1] == "isolated"


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """Treat SIGINT and SIGTERM alike so that the server is stopped on the way out."""
    raise KeyboardInterrupt
