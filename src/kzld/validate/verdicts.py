"""What kzld decides about each SPARQL text of a shapes graph before it validates with it, kept
between runs.

Each text (``sh:select``, ``sh:ask``, ``sh:construct``) is read by rdflib's SPARQL parser
(:mod:`kzld.rdf.sparql`), plain Python, some 40 ms a query: for the shipped shapes, over half a
second each run. What is decided from the reading is a :class:`Verdict`, kept in the cache folder
(:func:`~kzld.derived.kept`), one file per text, under a key made of the text itself, kzld's own
files and rdflib's and pyparsing's installed versions: a changed text, or a changed rule of
kzld's, is judged again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyparsing
import rdflib

from ..derived import kept
from ..rdf.sparql import refusal, unsupported, whole_graph_safe

__all__ = ["Verdict", "verdict"]


@dataclass(frozen=True)
class Verdict:
    """What a SPARQL text of a shapes graph may be used as."""

    #: why the shapes are refused for it (it could fetch: ``SERVICE``, ``FROM``...; or SHACL-SPARQL
    #: does not allow it), or None
    refused: str | None
    #: whether, as a constraint's SELECT, it may be evaluated once over the whole graph
    #: (:func:`~kzld.rdf.sparql.whole_graph_safe`)
    whole_graph: bool


@lru_cache(maxsize=256)
def verdict(text: str) -> Verdict:
    """The :class:`Verdict` on the SPARQL text ``text`` of a shapes graph."""
    name = "sparql/" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return kept(
        name,
        lambda: _judged(text),
        lambda found: [found.refused, found.whole_graph],
        _read,
        libraries=(rdflib, pyparsing),
        inputs=(text,),
    )


def _judged(text: str) -> Verdict:
    refused = refusal(text)
    reason = refused.reason if refused is not None else unsupported(text)
    return Verdict(reason, whole_graph_safe(text))


def _read(found: Any) -> Verdict:
    refused, whole_graph = found
    if not (refused is None or isinstance(refused, str)) or not isinstance(whole_graph, bool):
        raise ValueError("not a verdict")
    return Verdict(refused, whole_graph)
