"""Validation of a graph made of parts (one per source text) without validating every part again.

A build's graph is the union of each text's part (the nodes minted for that text: its statement,
versions, sections, signatures, evidence, mentions, roles) and of the corpus (organisations,
persons, countries, places, events, the dataset). The shipped shapes read a text's nodes only
through that text's own triples, the ``rdf:type`` of the corpus nodes they point at (``sh:class``
on an agent, a place, an event) and the corpus' triples that point at them (the organisation whose
``schema:member`` a role is), and a corpus node only through the corpus, and the triples of the
parts' nodes it points at (an organisation's ``schema:member`` role). So:

- the results whose focus node is a text's are those of validating that text's triples beside
  the corpus; they stay right while its triples and the types of what they point at stay the
  same (:attr:`Split.context` digests both), and a build keeps them;
- the results whose focus node is the corpus' are made each build, over the corpus beside the
  triples of the parts' nodes it points at: once, with the first batch of texts; the batches
  after it are validated beside only what their own results read of the corpus, so that
  validating a big archive holds the whole corpus once, not once a batch.

A :class:`Split` holds the corpus' triples and, of each part, a :class:`Piece`: its size, what it
points at and its types, its triples read only when they are validated (a build keeps them apart
from what it holds of a part).

:func:`validate_parts` validates the corpus beside the texts asked for, a batch of them at a time,
and hands back each one's results; put together with the kept results of the other texts, in the
order of :func:`~kzld.validate.report.in_order`, they are what validating the whole graph reports
(``tests/validate/test_parts.py`` proves it on the seeds, on a generated corpus and on broken
copies of both).
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from rdflib import RDF

from ..rdf.namespaces import REPORT_PREFIXES
from ..rdf.terms import ox_term
from ..rdf.triples import NTriples, Ordered, Term, Triple, is_iri, ntriples, triples_of
from .engines import validate
from .report import Report, Result

__all__ = ["BATCH", "Piece", "Split", "focus_iri", "give_back_memory", "validate_parts"]

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


@dataclass(frozen=True)
class Piece:
    """What validation needs of one text's part: the number of its triples, the IRIs outside it
    they point at, the types of its nodes, and (only when read) the triples themselves."""

    size: int
    refs: Collection[str]
    #: its subjects' types (those with a type; read when asked for)
    types: Callable[[], Mapping[str, Sequence[str]]]
    #: its triples as N-Triples (read when the part is validated, or another points at it)
    triples: Callable[[], bytes]


class Split:
    """A graph as validation by parts sees it: the corpus' triples (in canonical order), and
    each part's :class:`Piece`; ``owner`` tells which part a node is minted for."""

    def __init__(self, corpus: Ordered, pieces: Mapping[str, Piece], owner: Owner) -> None:
        self.corpus, self.pieces, self.owner = corpus, pieces, owner
        #: the corpus' subjects with a type -> their types
        self.types = {str(s): kinds for s, pairs in corpus if (kinds := _types(pairs))}
        #: of each part, the corpus' triples that point at its nodes
        self.pointing: dict[str, list[Triple]] = {}
        for s, pairs in corpus:
            for p, o in pairs:
                if is_iri(o) and (name := owner(str(o))) is not None and name in pieces:
                    self.pointing.setdefault(name, []).append((s, p, o))

    @classmethod
    def of(cls, ordered: Ordered, owner: Owner) -> Split:
        """The split of a whole graph ``ordered`` (in canonical order)."""
        corpus: Ordered = []
        held: dict[str, Ordered] = {}
        for subject, pairs in ordered:
            name = owner(str(subject))
            if name is None:
                corpus.append((subject, pairs))
            else:
                held.setdefault(name, []).append((subject, pairs))
        pieces = {}
        for name, own in held.items():
            refs = {
                iri
                for _, pairs in own
                for _, o in pairs
                if is_iri(o) and owner(iri := str(o)) != name
            }
            types = {str(s): kinds for s, pairs in own if (kinds := _types(pairs))}
            data = ntriples(triples_of(own)).data
            size = sum(len(pairs) for _, pairs in own)
            pieces[name] = Piece(size, refs, partial(_given, types), partial(bytes, data))
        return cls(corpus, pieces, owner)

    def type_of(self, iri: str) -> Sequence[str]:
        """The types of the node ``iri`` in the graph."""
        kinds = self.types.get(iri)
        if kinds is not None:  # a corpus node: most of what parts point at
            return kinds
        name = self.owner(iri)
        piece = self.pieces.get(name) if name is not None else None
        return piece.types().get(iri, ()) if piece is not None else ()

    def context(self, name: str) -> str:
        """A digest of what the results of the part ``name`` depend on outside its own triples:
        how many triples it has in the graph, and the types of the nodes it points at."""
        piece = self.pieces.get(name)
        size, refs = (piece.size, piece.refs) if piece is not None else (0, ())
        digest = hashlib.sha256(f"{size}\n".encode())
        for iri in sorted(refs):
            digest.update(f"{iri}\0{' '.join(self.type_of(iri))}\n".encode())
        return digest.hexdigest()

    def graph(self, fresh: Collection[str], whole: bool = True) -> NTriples:
        """The graph validated for the parts ``fresh``: their triples, those of the other parts'
        nodes that these point at, and the corpus: with ``whole``, all of it and the triples of
        the parts' nodes it points at (the graph whose corpus results are read); otherwise only
        what the results of ``fresh`` read of it (see the module's docstring): the types of the
        corpus nodes they point at, and the corpus' triples that point at their nodes, with
        their subjects' types. So a batch after the first holds none of the corpus it does not
        need, however big the archive."""
        fresh = set(fresh)
        refs: set[str] = set().union(*(self.pieces[name].refs for name in sorted(fresh)))
        if whole:
            data = [ntriples(triples_of(self.corpus)).data]
            outside = refs.union(str(o) for each in self.pointing.values() for _, _, o in each)
        else:
            pointing = [t for name in sorted(fresh) for t in self.pointing.get(name, ())]
            typed = {iri for iri in refs if self.owner(iri) is None}
            typed.update(str(s) for s, _, _ in pointing)
            data = [ntriples(itertools.chain(pointing, self._typing(sorted(typed)))).data]
            outside = refs
        pointed: dict[str, set[str]] = {}
        for iri in outside:
            name = self.owner(iri)
            if name is not None and name in self.pieces and name not in fresh:
                pointed.setdefault(name, set()).add(iri)
        data += [self.pieces[name].triples() for name in sorted(fresh)]
        for name, iris in sorted(pointed.items()):
            starts = tuple(str(ox_term(iri)).encode() + b" " for iri in sorted(iris))
            lines = self.pieces[name].triples().splitlines(keepends=True)
            data.append(b"".join(line for line in lines if line.startswith(starts)))
        return NTriples(b"".join(data))

    def _typing(self, iris: Iterable[str]) -> Iterator[Triple]:
        """The ``rdf:type`` triples of the corpus' nodes ``iris``."""
        return ((iri, _RDF_TYPE, kind) for iri in iris for kind in self.types.get(iri, ()))


def _given(value: Mapping[str, Sequence[str]]) -> Mapping[str, Sequence[str]]:
    return value


def _types(pairs: Sequence[tuple[Term, Term]]) -> tuple[str, ...]:
    return tuple(str(o) for p, o in pairs if str(p) == _RDF_TYPE)  # an rdflib term too


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (not glibc)."""
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # Windows: no C library loaded by no name
        return None
    return trim


def give_back_memory() -> None:
    """Give the memory the allocator keeps free back to the system, where the C library can
    (glibc's ``malloc_trim``; elsewhere nothing): glibc keeps what a batch's graphs freed,
    and each batch validated would raise what a build holds by what it left behind."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def validate_parts(
    split: Split, fresh: Sequence[str], engine: str = "shacl", batch: int | None = None
) -> tuple[Report, list[Result], dict[str, list[Result]]]:
    """Validate the corpus of ``split`` with the parts named ``fresh``, ``batch`` parts (default
    :data:`BATCH`) at a time: the first batch beside the whole corpus, the others beside what
    their results read of it (:meth:`Split.graph`), so that what validation holds grows with
    the archive only by its corpus. Returns the report of the first graph validated (its results
    alone: no rdflib graph of them is made, which a build neither publishes nor keeps, and
    which grows with the corpus' results), the results whose focus node is the corpus' (from
    that graph), and those of each part of ``fresh`` (every one of them, maybe with none)."""
    first: Report | None = None
    corpus: list[Result] = []
    parts: dict[str, list[Result]] = {name: [] for name in fresh}
    batch = batch or BATCH
    for start in range(0, max(len(fresh), 1), batch):
        batched = set(fresh[start : start + batch])
        # only the first graph holds the whole corpus: its results are read from it alone
        graph = split.graph(batched, whole=first is None)
        report = validate(graph, engine=engine, graph=False)
        del graph
        for result in report.results:
            iri = focus_iri(result.focus)
            name = split.owner(iri) if iri is not None else None
            if name is None:
                if first is None:  # the corpus is validated with each batch, the same each time
                    corpus.append(result)
            elif name in batched:  # not another part's node the graph holds
                parts[name].append(result)
        first = first or report
        del report
        give_back_memory()  # what the batch's graphs held, not kept for the next batch
    assert first is not None
    return first, corpus, parts
