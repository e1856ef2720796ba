"""Shared by the site tests: a two-statement graph (one in Arabic), its site, and a server."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
