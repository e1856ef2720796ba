"""What the resolver's tests share: each name resolved as the one signatory of a document."""

from __future__ import annotations

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority

__all__ = ["keys_of"]


def keys_of(authority: Authority, names: list[str], year: int | None = None) -> list[str]:
    """The key of each name, each read as the one signatory of its own document, by a fresh
    resolver of ``authority`` (a resolver remembers what it saw)."""
    resolver = OrganisationResolver(authority)
    return [
        resolver.resolve_entry(
            Entry(1, name, Span(0, len(name)), name), language=None, document=f"{i}.txt", year=year
        )
        for i, name in enumerate(names)
    ]
