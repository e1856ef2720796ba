"""The pages of ``kzld serve`` that need the whole graph, made in a process of their own:
``python -m kzld.serve.whole --location STORE --kept FOLDER``.

The index (with the network picture), the search index, the network picture and the matrix read
every statement and signature, which takes minutes on a big graph. Made in the server's own
process, that work held the interpreter's lock and kept every page waiting; here it runs beside
it, at a low priority (:func:`~kzld.serve.processes.low_priority`, set by ``kzld serve`` as
soon as it starts the process, once the endpoint and the live pages answer), from the same
read-only store, and writes each page into ``FOLDER`` (:mod:`kzld.serve.kept`) for the live
pages to serve.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path
from types import FrameType

import pyoxigraph as ox

from ..site.content import Site, index_page
from ..site.labels import Paths, site_base
from ..site.network import cosignature_network
from ..site.render import Renderer
from ..site.search import search_json
from ..site.store import view
from .kept import COMPILED, COMPLETE, kept_file, write
from .processes import low_priority, watch_parent

__all__ = ["main", "prepare"]


def prepare(location: Path, folder: Path) -> None:
    """Render the whole-graph pages of the store at ``location`` into ``folder``."""
    store = ox.Store.read_only(str(location))
    graph = view(store)
    # not the static site's indexes of every signature and mention with its evidence: these
    # pages read only who signed what (:meth:`Site.signings`), dates and names
    site = Site(graph, Paths(site_base(graph)), store, eager=False)
    renderer = Renderer(site, folder / COMPILED)
    write(folder, "search.json", search_json(site))
    network = cosignature_network(site)
    write(folder, "network.svg", network.svg.encode())
    index = {**index_page(site, ""), "network": network}
    write(folder, "index.html", renderer.render("index.html", "", None, index))
    for page, body in [*renderer.matrices(), *renderer.statement_lists()]:
        name = kept_file(page)
        if name is not None:
            write(folder, name, body)
    write(folder, COMPLETE, b"")


def _stop(signum: int, frame: FrameType | None) -> None:
    sys.exit(0)


def main(argv: list[str] | None = None) -> int:
    """Make the pages at a low priority (already set where ``kzld serve`` started this); stop
    with the ``kzld serve`` that started this."""
    parser = argparse.ArgumentParser(prog="python -m kzld.serve.whole")
    parser.add_argument("--location", type=Path, required=True)
    parser.add_argument("--kept", type=Path, required=True)
    args = parser.parse_args(argv)
    low_priority()
    signal.signal(signal.SIGTERM, _stop)
    watch_parent(lambda: os.kill(os.getpid(), signal.SIGTERM))
    prepare(args.location, args.kept)
    return 0


if __name__ == "__main__":
    sys.exit(main())
