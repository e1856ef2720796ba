"""Validation of a graph made of parts (one per source text) without validating every part again.

A build's graph is the union of each text's part (the nodes minted for that text: its statement,
versions, sections, signatures, evidence, mentions, roles) and of the corpus (organisations,
persons, countries, places, events, the dataset). The shipped shapes read a text's nodes only
through that text's own triples and the ``rdf:type`` of the corpus nodes they point at (``sh:class``
on an agent, a place, an event), and a corpus node only through the corpus, and the triples of the
parts' nodes it points at (an organisation's ``schema:member`` role). So:

- the results whose focus node is a text's are those of validating that text's triples beside
  the corpus; they stay right while its triples and the types of what they point at stay the
  same (:attr:`Split.context` digests both), and a build keeps them;
- the results whose focus node is the corpus' are made each build, over the corpus beside the
  triples of the parts' nodes it points at.

:func:`validate_parts` validates the corpus beside the texts asked for, a batch of them at a time,
and hands back each one's results; put together with the kept results of the other texts, in the
order of :func:`~kzld.validate.report.in_order`, they are what validating the whole graph reports
(``tests/validate/test_parts.py`` proves it on the seeds, on a generated corpus and on broken
copies of both).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field

from rdflib import RDF

from ..rdf.namespaces import REPORT_PREFIXES
from ..rdf.triples import NTriples, Ordered, Triple, is_iri, ntriples
from .engines import validate
from .report import Report, Result

__all__ = ["BATCH", "Split", "focus_iri", "validate_parts"]

#: How many texts' parts are validated at once, beside the corpus.
BATCH = 200

_RDF_TYPE = str(RDF.type)

#: Who a node belongs to: the name of the part it was minted for, or None (the corpus').
Owner = Callable[[str], str | None]


def focus_iri(focus: str) -> str | None:
    """The IRI a result's rendered focus node names (``<IRI>`` or a prefixed name of the report's
    prefixes), or None for a literal or a blank node."""
    if focus.startswith("<") and focus.endswith(">"):
        return focus[1:-1]
    prefix, colon, local = focus.partition(":")
    if colon and prefix in REPORT_PREFIXES and not focus.startswith(('"', "_:")):
        return REPORT_PREFIXES[prefix] + local
    return None


@dataclass
class Split:
    """Which part each subject of a graph (in canonical order) belongs to, and what each part's
    triples point at outside it."""

    ordered: Ordered
    owner: Owner
    #: subject -> the name of its part (subjects of the corpus left out)
    owners: dict[str, str] = field(default_factory=dict)
    #: part name -> its number of triples in the graph
    sizes: dict[str, int] = field(default_factory=dict)
    #: part name -> the IRIs outside it that its triples point at
    refs: dict[str, set[str]] = field(default_factory=dict)
    #: subject -> its types (each subject with a type)
    types: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        owner, owners = self.owner, self.owners
        for subject, pairs in self.ordered:
            types = tuple(str(o) for p, o in pairs if p == _RDF_TYPE)
            if types:
                self.types[str(subject)] = types
            name = owner(str(subject))
            if name is not None:
                owners[str(subject)] = name
                self.sizes[name] = self.sizes.get(name, 0) + len(pairs)
        for subject, pairs in self.ordered:
            name = owners.get(str(subject))
            if name is None:
                continue
            refs = self.refs.setdefault(name, set())
            # an object that is no subject (a source, a concept) is looked up by its IRI
            refs.update(
                iri
                for _, o in pairs
                if is_iri(o)
                and owners.get(iri := str(o), "") != name
                and (iri in owners or owner(iri) != name)
            )

    def context(self, name: str) -> str:
        """A digest of what the results of the part ``name`` depend on outside its own triples:
        how many triples it has in the graph, and the types of the nodes it points at."""
        digest = hashlib.sha256(f"{self.sizes.get(name, 0)}\n".encode())
        for iri in sorted(self.refs.get(name, ())):
            digest.update(f"{iri}\0{' '.join(self.types.get(iri, ()))}\n".encode())
        return digest.hexdigest()

    def graph(self, fresh: Collection[str]) -> NTriples:
        """The graph validated for the parts ``fresh``: their triples, the corpus', and those of
        the other parts' nodes that these point at."""
        return ntriples(self._triples(set(fresh)))

    def _triples(self, fresh: set[str]) -> Iterator[Triple]:
        owners = self.owners
        pointed: set[str] = set()
        for subject, pairs in self.ordered:
            name = owners.get(str(subject))
            if name is None or name in fresh:
                pointed.update(
                    str(o)
                    for _, o in pairs
                    if is_iri(o)
                    and (other := owners.get(str(o))) is not None
                    and other not in fresh
                )
        for subject, pairs in self.ordered:
            name = owners.get(str(subject))
            if name is None or name in fresh or str(subject) in pointed:
                for p, o in pairs:
                    yield subject, p, o


def validate_parts(
    split: Split, fresh: Sequence[str], engine: str = "shacl", batch: int | None = None
) -> tuple[Report, list[Result], dict[str, list[Result]]]:
    """Validate the corpus of ``split`` with the parts named ``fresh``, ``batch`` parts (default
    :data:`BATCH`) at a time beside it, so that what validation holds does not grow with the
    archive: the report of the first graph validated, the results whose focus node is the
    corpus' (from that graph), and those of each part of ``fresh`` (every one of them, maybe with
    none)."""
    first: Report | None = None
    corpus: list[Result] = []
    parts: dict[str, list[Result]] = {name: [] for name in fresh}
    batch = batch or BATCH
    for start in range(0, max(len(fresh), 1), batch):
        batched = set(fresh[start : start + batch])
        report = validate(split.graph(batched), engine=engine)
        for result in report.results:
            iri = focus_iri(result.focus)
            name = split.owner(iri) if iri is not None else None
            if name is None:
                if first is None:  # the corpus is validated with each batch, the same each time
                    corpus.append(result)
            elif name in batched:  # not another part's node the graph holds
                parts[name].append(result)
        first = first or report
    assert first is not None
    return first, corpus, parts
