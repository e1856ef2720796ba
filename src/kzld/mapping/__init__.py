"""Records -> RDF: the mapping stage, the only place data IRIs are minted (through
:mod:`kzld.model.iris`).

:func:`map_triples` turns a resolved :class:`~kzld.model.records.Corpus` into the triples (a
:class:`~kzld.rdf.triples.TripleSet`) of a graph that follows ``docs/model.md``: statements and
their language versions, source documents, signatures with their evidence, organisations, countries,
events, places, persons and the dataset description. It knows nothing of text layout; it reads
only records. :func:`map_corpus` gives the same triples as an rdflib graph.

A statement's triples depend only on its own record (:func:`map_document`); the corpus adds its
organisations, places, events and the dataset (:func:`assemble`). A build keeps each statement's
triples and maps again only what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from rdflib import Graph

from ..model.iris import DEFAULT_BASE, Minter, statement_keys
from ..model.records import Corpus, ResolvedDocument
from ..rdf.namespaces import TURTLE_PREFIXES
from ..rdf.triples import Triple, TripleSet, to_graph
from .agents import add_organisations, add_persons
from .dataset import EXAMPLES, add_dataset
from .events import add_events, add_places
from .statements import add_statement

__all__ = ["assemble", "map_corpus", "map_document", "map_triples", "with_keys"]


def map_corpus(corpus: Corpus, base: str = DEFAULT_BASE) -> Graph:
    """The graph of ``corpus`` with every data IRI under ``base``, the vocabulary prefixes bound."""
    return to_graph(map_triples(corpus, base), TURTLE_PREFIXES)


def with_keys(documents: Iterable[ResolvedDocument]) -> list[ResolvedDocument]:
    """``documents`` in name order, each with the key its statement's IRI is minted from
    (:func:`~kzld.model.iris.statement_keys`: its stem, unless another file's clashes)."""
    ordered = sorted(documents, key=lambda resolved: resolved.document.name)
    keys = statement_keys(resolved.document.name for resolved in ordered)
    return [
        resolved
        if (key := keys[resolved.document.name]) == resolved.document.stem
        else replace(resolved, document=replace(resolved.document, key=key))
        for resolved in ordered
    ]


def map_document(resolved: ResolvedDocument, mint: Minter) -> TripleSet:
    """The triples of one statement (its key set by :func:`with_keys`): the statement, its
    source, versions, signatures, mentions and persons. They depend only on the document's
    record and the base IRI, so a build may keep them for the next."""
    graph = TripleSet()
    add_statement(graph, mint, resolved)
    add_persons(graph, mint, (resolved,))
    return graph


def assemble(
    corpus: Corpus,
    mint: Minter,
    documents: Iterable[Iterable[Triple]],
    examples: Sequence[str],
    held: tuple[int, int] = (0, 0),
) -> TripleSet:
    """The graph of ``corpus``: its organisations, places and events, the triples of each of its
    ``documents`` (:func:`map_document`), and the dataset's description, ``examples`` (the
    first statements' keys) named as its example resources; ``held``: the triples and typed
    subjects of the graph kept apart, that the description counts too (see
    :func:`~kzld.mapping.dataset.add_dataset`)."""
    graph = TripleSet()
    add_organisations(graph, mint, corpus.organisations)
    add_places(graph, mint, corpus.places)
    add_events(graph, mint, corpus.events)
    for triples in documents:
        for triple in triples:
            graph.add(triple)
    add_dataset(graph, mint, examples, held)
    return graph


def map_triples(corpus: Corpus, base: str = DEFAULT_BASE) -> TripleSet:
    """The triples of ``corpus`` with every data IRI under ``base``."""
    mint = Minter(base)
    documents = with_keys(corpus.documents)
    examples = [resolved.document.stem for resolved in documents[:EXAMPLES]]
    return assemble(
        corpus, mint, (map_document(resolved, mint) for resolved in documents), examples
    )
