"""What the resolver's tests share: each name resolved as the one signatory of a document."""

from __future__ import annotations

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority
from kzld.resolve.orgs.defined import Definitions

__all__ = ["corpus_keys", "key_of", "keys_of"]


def key_of(authority: Authority, name: str, language: str | None, year: int | None = None) -> str:
    """The key of ``name`` read as the one signatory of a document in ``language``, by a fresh
    resolver of ``authority``."""
    entry = Entry(1, name, Span(0, len(name)), name)
    return OrganisationResolver(authority).resolve_entry(
        entry, language=language, document="a.txt", year=year
    )


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


def corpus_keys(
    authority: Authority, entries: list[tuple[str, str | None]]
) -> tuple[list[str], OrganisationResolver]:
    """Each (name, abbreviation) as the one signatory of a text of its own, resolved as a build
    does: every text, then again with what the texts define."""
    resolver = OrganisationResolver(authority)

    def resolved() -> list[str]:
        return [
            resolver.resolve_entry(
                Entry(1, name if short is None else f"{name} ({short})", Span(0, 1), name, short),
                language=None,
                document=f"{i}.txt",
            )
            for i, (name, short) in enumerate(entries)
        ]

    resolved()
    resolver.define(Definitions(resolver.take_record().definitions))
    return resolved(), resolver
