"""RDF terms between rdflib and pyoxigraph, each way, in one place.

kzld builds and reports with rdflib terms and parses, serialises and queries with pyoxigraph's;
these functions convert between the two the same way everywhere (an ``xsd:string`` literal is
plain, an ill-typed literal is kept as written, an IRI may be a plain string).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import RDFSyntaxError

__all__ = ["XSD_STRING", "ox_term", "ox_triples", "rdflib_subject", "rdflib_term"]

#: The datatype of a plain literal.
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def rdflib_subject(term: Any, name: str) -> URIRef | BNode:
    """The rdflib subject for a pyoxigraph one; ``name`` (the file) is named if it is a quoted
    triple."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise RDFSyntaxError(name, "quoted triples (RDF-star) are not supported")


def rdflib_term(term: Any, name: str) -> Node:
    """The rdflib term for a pyoxigraph one; ``name`` (the file) is named if it is a quoted
    triple."""
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        # as written: rdflib's normal form would turn "1"^^xsd:boolean into "true" and an
        # ill-typed "none"^^xsd:boolean into a valid "false", and SHACL sees RDF terms
        return Literal(term.value, datatype=URIRef(datatype), normalize=False)
    return rdflib_subject(term, name)


def ox_term(term: Node | str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term, or for an IRI as a plain string (ill-typed
    literals kept as written)."""
    if type(term) is str:  # an IRI as a plain string, told apart without rdflib's abstract classes
        return ox.NamedNode(term)
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, str):  # a URIRef, or an IRI as a plain string
        return ox.NamedNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def ox_triples(triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[ox.Triple]:
    """pyoxigraph triples for rdflib ones (each distinct term converted once)."""
    terms: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}
    for triple in triples:
        converted = []
        for term in triple:
            found = terms.get(term)
            if found is None:
                found = terms[term] = ox_term(term)
            converted.append(found)
        yield ox.Triple(*converted)  # type: ignore[arg-type]
