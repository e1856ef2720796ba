"""Records -> RDF: the mapping stage, the only place data IRIs are minted (through
:mod:`kzld.model.iris`).

:func:`map_triples` turns a resolved :class:`~kzld.model.records.Corpus` into the triples (a
:class:`~kzld.rdf.triples.TripleSet`) of a graph that follows ``docs/model.md``: statements and
their language versions, source documents, signatures with their evidence, organisations, countries,
events, places, persons and the dataset description. It knows nothing of text layout; it reads
only records. :func:`map_corpus` gives the same triples as an rdflib graph.
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import Graph

from ..model.iris import DEFAULT_BASE, Minter, statement_keys
from ..model.records import Corpus
from ..rdf.namespaces import TURTLE_PREFIXES
from ..rdf.triples import TripleSet, to_graph
from .agents import add_organisations, add_persons
from .dataset import add_dataset
from .events import add_events, add_places
from .statements import add_statement

__all__ = ["map_corpus", "map_triples"]


def map_corpus(corpus: Corpus, base: str = DEFAULT_BASE) -> Graph:
    """The graph of ``corpus`` with every data IRI under ``base``, the vocabulary prefixes bound."""
    return to_graph(map_triples(corpus, base), TURTLE_PREFIXES)


def map_triples(corpus: Corpus, base: str = DEFAULT_BASE) -> TripleSet:
    """The triples of ``corpus`` with every data IRI under ``base``."""
    mint = Minter(base)
    keys = statement_keys(resolved.document.name for resolved in corpus.documents)
    documents = tuple(
        resolved
        if (key := keys[resolved.document.name]) == resolved.document.stem
        else replace(resolved, document=replace(resolved.document, key=key))
        for resolved in corpus.documents
    )
    corpus = replace(corpus, documents=documents)
    graph = TripleSet()
    add_organisations(graph, mint, corpus.organisations)
    add_places(graph, mint, corpus.places)
    add_events(graph, mint, corpus.events)
    for resolved in corpus.documents:
        add_statement(graph, mint, resolved)
    add_persons(graph, mint, corpus.documents)
    add_dataset(graph, mint, corpus)
    return graph
