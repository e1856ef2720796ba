"""``kzld serve``: the SPARQL endpoint and the live pages of a published graph, quick to start
whatever the graph's size.

The graph is read into an on-disk store once, kept beside the file (:mod:`kzld.query.cache`, the
store ``kzld query`` uses), and opened in milliseconds by every later ``kzld serve`` or
``kzld query`` while the file is unchanged; a file too small to need one is loaded into a
temporary store. Three processes serve it, started at once so that they start side by side:

- the endpoint (:mod:`kzld.serve.front` before an ``oxigraph`` server) on a writable copy of the
  store, its files hard-linked (:func:`~kzld.query.cache.writable_copy`), so that updates through
  ``/update`` and ``/store`` never reach the kept store;
- the live pages (:mod:`kzld.serve.pages`), read from the store as it was loaded;
- once the first two answer, at a low priority, the pages that need the whole graph
  (:mod:`kzld.serve.whole`), unless they are kept from an earlier run (:mod:`kzld.serve.kept`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import FrameType

import pyoxigraph as ox

from ..errors import ServerError
from ..query.cache import MIN_BYTES, Progress, cached_store, writable_copy
from ..query.loading import load, rdf_format
from .kept import is_complete, kept_folder
from .processes import low_priority, read_ready, start_child, stop_server

__all__ = ["run_server"]


def run_server(
    data: Path,
    host: str,
    port: int,
    on_ready: Callable[[str, str | None, bool], None],
    site_port: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Serve ``data`` on ``host:port`` until Ctrl-C or SIGTERM; return 0 after a clean stop.

    The endpoint runs behind kzld's front (:mod:`kzld.serve.front`), which refuses every request
    that could fetch from other hosts. Unless ``site_port`` is ``None``, each resource's page is
    served live on ``host:site_port``. ``on_ready`` gets the endpoint's base URL, the site's (or
    ``None``) and whether the endpoint runs in a network namespace of its own, once both answer.
    Port 0 picks a free port. ``progress`` is told how the loading of a big file goes, the first
    time it is served or queried.
    """
    syntax = rdf_format(data)
    with ExitStack() as stack:
        listener = stack.enter_context(_listen(host, port, "cannot listen"))
        site = (
            None
            if site_port is None
            else stack.enter_context(_listen(host, site_port, "cannot serve the site"))
        )
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kzld-serve-")))
        source, copy, kept = stack.enter_context(_stores(data, syntax, folder, progress))
        url = f"http://{host}:{listener.getsockname()[1]}"
        stack.enter_context(_stopped_by_signals())
        children: list[subprocess.Popen[bytes]] = []
        try:
            front = _start_front(listener, copy, folder, host, site)
            children.append(front)
            pages = None if site is None else _start_pages(site, source, kept, data, folder, host)
            if pages is not None:
                children.append(pages)
            listener.close()  # the front holds it now
            isolated = read_ready(front, f"{url}: the endpoint", folder / "front.log")
            on_ready(url, _site_ready(pages, site, host, folder), isolated[1] == "isolated")
            if pages is not None:  # not before: it would take CPU from the first answers
                children += _start_whole(source, kept, folder)
            code = front.wait()
            raise ServerError(f"{url}: the endpoint stopped on its own (exit {code})")
        except KeyboardInterrupt:
            return 0
        finally:
            for child in reversed(children):
                stop_server(child)
    return 0  # not reached: the endpoint runs until interrupted


@contextmanager
def _listen(host: str, port: int, failing: str) -> Iterator[socket.socket]:
    """A socket listening on ``host:port`` (0: a free port), closed at the end; where it cannot
    be, the error says ``failing`` and why."""
    try:
        listener = socket.create_server((host, port))
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        raise ServerError(f"http://{host}:{port}: {failing}: {reason}") from None
    with listener:
        yield listener


@contextmanager
def _stores(
    data: Path, syntax: ox.RdfFormat, folder: Path, progress: Progress | None
) -> Iterator[tuple[Path, Path, Path]]:
    """The store of ``data`` (read-only), a writable copy of it for the endpoint, and the
    folder of the whole-graph pages: the kept store and its pages where the file can have one
    (:mod:`kzld.query.cache`), else a store made in ``folder``."""

    def loader(empty: ox.Store) -> None:
        load(empty, data, syntax, progress=progress)

    with cached_store(data, loader, progress=progress) as cached:
        if cached is not None:
            with writable_copy(cached) as copy:
                yield cached.folder, copy, kept_folder(cached.folder)
            return
    source = folder / "source"
    store = ox.Store(str(source))
    try:
        # a small file is loaded in moments: no progress for it
        big = data.stat().st_size >= MIN_BYTES
        load(store, data, syntax, progress=progress if big else None)
        store.backup(str(folder / "store"))
    except OSError as error:
        raise ServerError(f"{data}: cannot make a store of it in {folder}: {error}") from None
    finally:
        del store
    (folder / "pages").mkdir()
    yield source, folder / "store", folder / "pages"


def _start_front(
    listener: socket.socket, location: Path, folder: Path, host: str, site: socket.socket | None
) -> subprocess.Popen[bytes]:
    """Start kzld's front (:mod:`kzld.serve.front`) on ``listener``, with oxigraph behind it
    over the store at ``location``."""
    port = listener.getsockname()[1]
    args = ["--location", str(location), "--host", host, "--port", str(port)]
    if site is not None:
        args += ["--site-port", str(site.getsockname()[1])]
    if os.environ.get("KZLD_SERVE_NO_ISOLATION"):
        args.append("--no-isolation")
    return start_child("kzld.serve.front", args, folder / "front.log", listener)


def _start_pages(
    listener: socket.socket, source: Path, kept: Path, data: Path, folder: Path, host: str
) -> subprocess.Popen[bytes]:
    """Start the live pages (:mod:`kzld.serve.pages`) on ``listener``."""
    args = ["--location", str(source), "--kept", str(kept), "--data", str(data), "--host", host]
    return start_child("kzld.serve.pages", args, folder / "pages.log", listener)


def _site_ready(
    pages: subprocess.Popen[bytes] | None, site: socket.socket | None, host: str, folder: Path
) -> str | None:
    """The URL of the live pages once they answer (their socket then closed here), or None
    when there are none."""
    if pages is None or site is None:
        return None
    site_url = f"http://{host}:{site.getsockname()[1]}"
    read_ready(pages, f"{site_url}: the pages", folder / "pages.log")
    site.close()
    return site_url


def _start_whole(source: Path, kept: Path, folder: Path) -> list[subprocess.Popen[bytes]]:
    """Start making the whole-graph pages (:mod:`kzld.serve.whole`) unless ``kept`` holds
    them already: the process started, or none."""
    if is_complete(kept):
        return []
    args = ["--location", str(source), "--kept", str(kept)]
    process = start_child("kzld.serve.whole", args, folder / "whole.log")
    low_priority(process.pid)  # before it is done importing what it needs
    return [process]


@contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """SIGINT and SIGTERM both stop the server (as a Ctrl-C), even where SIGINT was ignored (a
    background job); the handlers of before are put back at the end."""
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """Treat SIGINT and SIGTERM alike so that the server is stopped on the way out."""
    raise KeyboardInterrupt
