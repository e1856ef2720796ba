"""The processes behind ``kzld serve``: the ``oxigraph`` server, and kzld's own children.

The endpoint is the ``oxigraph`` executable that ``pip install oxigraph`` brings. It serves SPARQL
1.1 query (``/query``), update (``/update``) and the Graph Store Protocol (``/store``) over a store
folder. kzld's own children (the endpoint's front, the live pages, the whole-graph pages) are
Python processes started with ``python -m``, each printing one line when it is ready and stopping
when the ``kzld serve`` that started them is gone; one that only prepares (the whole-graph
pages) is put at a low priority (:func:`low_priority`) as soon as it is started. Nothing here
imports the site, so a child that needs none of it starts quickly.
"""

from __future__ import annotations

import errno
import os
import select
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from ..errors import ServerError

__all__ = [
    "NICE",
    "READY_TIMEOUT",
    "free_port",
    "load_location",
    "log_path",
    "log_tail",
    "low_priority",
    "oxigraph_executable",
    "read_ready",
    "start_child",
    "start_server",
    "stop_server",
    "wait_until_ready",
    "watch_parent",
]

#: Seconds to wait for a server to answer before giving up.
READY_TIMEOUT = 30.0
#: The nice value of a child that only prepares (:func:`low_priority`): a tenth of the weight of
#: a process of nice 0 where the CPU is contended, which still takes what is idle.
NICE = 10


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
    """The file beside ``location`` that receives the messages of its server."""
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


def log_tail(log: Path) -> str:
    """The last lines written to ``log``, for error messages."""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " ".join(lines[-3:])


def _server_tail(process: subprocess.Popen[bytes]) -> str:
    """The last lines an oxigraph server started by :func:`start_server` wrote."""
    args = [str(arg) for arg in process.args] if isinstance(process.args, list) else []
    if "--location" not in args:
        return ""
    return log_tail(log_path(Path(args[args.index("--location") + 1])))


def wait_until_ready(
    process: subprocess.Popen[bytes], url: str, timeout: float = READY_TIMEOUT
) -> None:
    """Return once ``url`` answers; raise :class:`ServerError` if the server exits or times out."""
    deadline = time.monotonic() + timeout
    query = url.rstrip("/") + "/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            code, tail = process.returncode, _server_tail(process)
            raise ServerError(f"{url}: oxigraph stopped at start (exit {code}): {tail}")
        try:
            with urllib.request.urlopen(query, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    stop_server(process)
    raise ServerError(f"{url}: the server did not answer within {timeout:.0f} s")


def stop_server(process: subprocess.Popen[bytes], timeout: float = 10.0) -> int:
    """Stop a process (terminate, then kill after ``timeout`` s); return its exit code."""
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


def start_child(
    module: str, args: list[str], log: Path, listener: socket.socket | None = None
) -> subprocess.Popen[bytes]:
    """Start ``python -m module args`` in a session of its own (a Ctrl-C reaches ``kzld serve``
    only, which stops it), its standard output piped (see :func:`read_ready`), its messages
    written to ``log``; ``listener`` is passed on as ``--fd N``."""
    command = [sys.executable, "-m", module, *args]
    fds: tuple[int, ...] = ()
    if listener is not None:
        command += ["--fd", str(listener.fileno())]
        fds = (listener.fileno(),)
    with log.open("wb") as stream:
        return subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=stream,
            pass_fds=fds,
            start_new_session=True,
        )


def low_priority(pid: int = 0) -> None:
    """Put the process ``pid`` (0: this one) at a low priority (:data:`NICE`), so that it takes
    little of the CPU the pages and the endpoint want. Its nice value alone is not enough where
    the kernel groups processes by session (Linux's autogroup, on by default in most
    distributions): a niced process then still gets the share of a session of its own, as much
    as the live pages' process. So the nice value of its session's group
    (``/proc/PID/autogroup``; the process is alone in its session) is raised too, where the
    kernel has one. A nice value is only ever raised (lowering it needs privileges)."""
    pid = pid or os.getpid()
    try:
        os.setpriority(os.PRIO_PROCESS, pid, max(NICE, os.getpriority(os.PRIO_PROCESS, pid)))
    except OSError:  # the process is gone
        return
    group = Path(f"/proc/{pid}/autogroup")
    for _ in range(5):
        try:
            if int(group.read_text(encoding="ascii").split()[-1]) < NICE:
                group.write_text(str(NICE), encoding="ascii")
        except OSError as error:
            if error.errno == errno.EAGAIN:  # the kernel takes one change every 0.1 s
                time.sleep(0.1)
                continue
        return  # done, or no autogroup here (or the process is gone)


def read_ready(
    process: subprocess.Popen[bytes], what: str, log: Path, timeout: float = READY_TIMEOUT
) -> list[str]:
    """The words of the ``ready`` line ``process`` prints; :class:`ServerError` (naming
    ``what``) with the end of its ``log`` if it prints anything else, stops or times out."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline().decode("utf-8", "replace").split() if ready else []
    if line and line[0] == "ready":
        return line
    stop_server(process)
    raise ServerError(f"{what} did not start (exit {process.returncode}): {log_tail(log)}")


def watch_parent(stop: Callable[[], None]) -> None:
    """Call ``stop`` (in a daemon thread) once the process that started this one is gone: a
    child of its own session would otherwise outlive a ``kzld serve`` killed outright."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        stop()

    threading.Thread(target=watch, name="kzld-watch-parent", daemon=True).start()
