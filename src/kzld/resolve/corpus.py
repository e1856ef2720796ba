"""Resolution of a whole corpus: every document's signatories, mentions and places get keys.

This module only orchestrates: organisations are resolved by
:mod:`kzld.resolve.orgs` against the authority, events found by
:mod:`kzld.resolve.events` against the gazetteer. Documents are resolved in name order so that the
result never depends on the order the files were read in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model.folding import country_key
from ..model.iris import slug
from ..model.records import Corpus, Document, Event, Name, Organisation, Place, ResolvedDocument
from .events import EventFinder, Gazetteer, load_gazetteer
from .orgs import OrganisationResolver
from .orgs.authority import Authority, load_authority

__all__ = ["resolve_corpus"]


def _place_index(places: Sequence[Place]) -> dict[str, str]:
    index: dict[str, str] = {}
    for place in places:
        for name in place.names:
            index.setdefault(country_key(name.text), place.key)
    return index


def resolve_corpus(
    documents: Sequence[Document],
    *,
    authority: Authority | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    """Resolve ``documents`` into a :class:`Corpus` ready for mapping (``progress`` is told
    ``(done, total)`` after each document)."""
    authority = authority if authority is not None else load_authority()
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    resolver = OrganisationResolver(authority)
    finder = EventFinder(gazetteer)
    places = {place.key: place for place in gazetteer.places}
    place_index = _place_index(gazetteer.places)
    resolved: list[ResolvedDocument] = []
    for done, document in enumerate(sorted(documents, key=lambda d: d.name), start=1):
        if progress is not None:
            progress(done, len(documents))
        signatories = resolver.resolve_sections(document)
        event_mentions = finder.find_mentions(document)
        links = finder.link(document, event_mentions)
        mentions = tuple(
            sorted(
                resolver.find_mentions(document) + event_mentions,
                key=lambda m: (m.span.start, m.span.end, m.kind, m.target),
            )
        )
        publisher = (
            resolver.resolve_name(document.publisher, language=None, document=document.name)
            if document.publisher
            else None
        )
        affiliations = tuple(
            resolver.resolve_name(p.affiliation, language=p.language, document=document.name)
            if p.affiliation
            else None
            for p in document.persons
        )
        created_place = None
        if document.created is not None and document.created.place:
            place_name = document.created.place
            created_place = place_index.get(country_key(place_name))
            if created_place is None:
                created_place = "x-" + slug(place_name)
                language = document.versions[0].language if document.versions else None
                places.setdefault(
                    created_place, Place(created_place, (Name(place_name, language),))
                )
        resolved.append(
            ResolvedDocument(
                document=document,
                signatories=signatories,
                mentions=mentions,
                about=links.about,
                adopted_at=links.adopted_at,
                publisher=publisher,
                person_affiliations=affiliations,
                created_place=created_place,
            )
        )
    events = tuple(sorted(gazetteer.events, key=lambda e: e.key))
    organisations = _organisations(resolver, authority, events)
    return Corpus(
        documents=tuple(resolved),
        organisations=organisations,
        events=events,
        places=tuple(sorted(places.values(), key=lambda p: p.key)),
        warnings=tuple(_warnings(resolver)),
    )


def _organisations(
    resolver: OrganisationResolver, authority: Authority, events: Sequence[Event]
) -> tuple[Organisation, ...]:
    found = {org.key: org for org in resolver.organisations()}
    for event in events:
        for key in event.organisations:
            if key not in found:
                found[key] = authority.organisation(key)
    return tuple(sorted(found.values(), key=lambda o: o.key))


def _warnings(resolver: OrganisationResolver) -> list[str]:
    """One line when the organisations need a curator's review (``kzld build`` prints it)."""
    summary = resolver.report().summary()
    return [summary] if summary else []
