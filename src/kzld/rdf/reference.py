"""PyLD's JSON-LD compaction: the reference that :class:`kzld.rdf.jsonld.Compactor` is tested
against, and the way to compact with a context the compactor does not support.

A build never needs it (the shipped context is one the compactor supports,
:mod:`kzld.rdf.compacted`), so PyLD is imported here, by this module's users only. PyLD is never
let fetch a document: a remote context is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pyld import jsonld

from ..errors import KzldError, UnsupportedContext
from .jsonld import Compactor

__all__ = ["compact_nodes", "compact_pyld"]


def _refuse(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    raise KzldError(f"refusing to load {url}: kzld never fetches documents while serialising")


def compact_pyld(nodes: list[dict[str, Any]], context: dict[str, Any]) -> list[dict[str, Any]]:
    """``nodes`` (expanded) compacted by PyLD with ``context``: the reference for
    :class:`kzld.rdf.jsonld.Compactor`, and the way for a context it does not support."""
    compacted = jsonld.compact(
        nodes, {"@context": context}, {"documentLoader": _refuse, "graph": True}
    )
    result: list[dict[str, Any]] = compacted.get("@graph", [])
    return result


def compact_nodes(nodes: Iterable[dict[str, Any]], context: dict[str, Any]) -> list[dict[str, Any]]:
    """``nodes`` (expanded) compacted with ``context``: directly where the context allows
    (:mod:`kzld.rdf.jsonld`, the same result as PyLD's), otherwise by PyLD."""
    try:
        compactor = Compactor(context)
    except UnsupportedContext:
        return compact_pyld(list(nodes), context)
    return [compactor.node(node) for node in nodes]
