"""The RDF layer: namespaces and prefixes, terms and triple sets, formats, loading and dumping.

:mod:`~kzld.rdf.namespaces` declares the vocabularies and the one prefix map;
:mod:`~kzld.rdf.triples` holds the triples a build makes and their canonical order;
:mod:`~kzld.rdf.load` reads RDF files safely (with :mod:`~kzld.rdf.parsers`, what pyoxigraph is
told of a file, apart so that loading into a store needs no rdflib); :mod:`~kzld.rdf.dump` writes
canonical Turtle and compacted JSON-LD (with :mod:`~kzld.rdf.jsonld`, the direct compactor).
"""
