"""The dataset's own description: VoID and DCAT counts, licence, dumps and provenance."""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from .. import __version__
from ..model.iris import Minter
from ..rdf.formats import JSON_LD, TURTLE
from ..rdf.namespaces import DCAT, KZLD, SCHEMA, VOID
from ..rdf.triples import TripleSet

__all__ = ["DUMPS", "EXAMPLES", "LICENSE", "add_dataset"]

#: The licence the graph is published under.
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
#: The dump files ``kzld build`` writes: each file's name, its format, and the last segment of
#: its distribution's IRI.
DUMPS = (("kzld.ttl", TURTLE, "turtle"), ("kzld.jsonld", JSON_LD, "jsonld"))
#: How many statements the description names as example resources (the first, by file name).
EXAMPLES = 3


def add_dataset(
    graph: TripleSet, mint: Minter, examples: Sequence[str], held: tuple[int, int] = (0, 0)
) -> URIRef:
    """Describe the graph as it stands (call last: it counts triples and entities), naming the
    statements of the keys ``examples`` as example resources. ``held``: the triples and the
    typed subjects of the graph that ``graph`` does not hold (the texts' own nodes, when a build
    keeps them apart), counted with it."""
    dataset = mint.dataset()
    build = mint.build(__version__)
    software = mint.software()
    more, typed = held
    entities = len(graph.typed()) + typed
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add(
        (dataset, DCTERMS.title, Literal("kzld knowledge graph of political statements", lang="en"))
    )
    graph.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                "Statements, their signatories, organisations and the events they speak of, "
                "read from plain-text sources by kzld.",
                lang="en",
            ),
        )
    )
    graph.add((dataset, DCTERMS.license, LICENSE))
    for prefix in (SCHEMA, KZLD):
        graph.add((dataset, VOID.vocabulary, URIRef(str(prefix))))
    for name, rdf_format, key in DUMPS:
        dump = mint.dump(name)
        distribution = mint.dataset(key)
        graph.add((dataset, VOID.dataDump, dump))
        graph.add((dataset, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.downloadURL, dump))
        graph.add((distribution, DCAT.mediaType, Literal(rdf_format.media_type)))
    for key in examples[:EXAMPLES]:
        graph.add((dataset, VOID.exampleResource, mint.statement(key)))
    graph.add((dataset, PROV.wasGeneratedBy, build))
    graph.add((build, RDF.type, PROV.Activity))
    graph.add((build, PROV.wasAssociatedWith, software))
    graph.add((software, RDF.type, SCHEMA.SoftwareApplication))
    graph.add((software, SCHEMA.name, Literal("kzld")))
    graph.add((software, SCHEMA.softwareVersion, Literal(__version__)))
    graph.add((dataset, VOID.entities, Literal(entities, datatype=XSD.integer)))
    graph.add((dataset, VOID.triples, Literal(len(graph) + more + 1, datatype=XSD.integer)))
    return dataset
