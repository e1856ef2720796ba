"""Resolution of a whole corpus: every document's signatories, mentions and places get keys.

This module only orchestrates: organisations are resolved by
:mod:`kzld.resolve.orgs` against the authority, events found by
:mod:`kzld.resolve.events` against the gazetteer. :class:`CorpusResolver` resolves one document at
a time (a :class:`DocumentResolution`, which a build may keep and reuse) and puts the corpus
together from the documents' resolutions in name order, so that the result never depends on the
order the files were read in, nor on which documents were resolved in this run. What a document
resolves to also depends on the abbreviations the other documents define
(:mod:`kzld.resolve.orgs.defined`): a corpus is resolved document by document, then the
documents whose answers the corpus's definitions change are resolved again with them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..model.folding import country_key
from ..model.iris import slug
from ..model.records import Corpus, Document, Event, Name, Organisation, Place, ResolvedDocument
from .events import EventFinder, Gazetteer, load_gazetteer
from .orgs import OrganisationResolver, ResolverRecord, defined_by
from .orgs.authority import Authority, load_authority
from .orgs.defined import Definitions
from .tally import Tally

__all__ = ["CorpusResolver", "DocumentResolution", "resolve_corpus"]


def _place_index(places: Sequence[Place]) -> dict[str, str]:
    index: dict[str, str] = {}
    for place in places:
        for name in place.names:
            index.setdefault(country_key(name.text), place.key)
    return index


@dataclass(frozen=True)
class DocumentResolution:
    """One document resolved: its record for mapping, what the resolver saw in it, and the place
    of its dateline when the gazetteer does not know it. What a build keeps per document: a
    corpus is put together from these (:meth:`CorpusResolver.corpus`) in any number of builds."""

    resolved: ResolvedDocument
    record: ResolverRecord
    new_place: Place | None = None


class CorpusResolver:
    """Resolves documents one at a time against one authority and gazetteer, and puts resolved
    documents together into a :class:`Corpus`. A document's resolution depends only on it, the
    authority, the gazetteer and the answers it was given by the corpus's definitions of
    abbreviations (:meth:`define`); what the corpus adds (its organisations with every form seen,
    its places, the warnings) is made from the documents' resolutions."""

    def __init__(self, authority: Authority | None = None, gazetteer: Gazetteer | None = None):
        self.authority = authority if authority is not None else load_authority()
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.resolver = OrganisationResolver(self.authority)
        self.finder = EventFinder(self.gazetteer)
        self.place_index = _place_index(self.gazetteer.places)

    def define(self, records: Iterable[ResolverRecord]) -> Definitions:
        """Resolve from now on with the abbreviations the documents of ``records`` define
        (:mod:`kzld.resolve.orgs.defined`), which it returns: a document resolved before whose
        record's answers they do not give (:meth:`Definitions.answers`) must be resolved again."""
        definitions = defined_by(records)
        self.resolver.define(definitions)
        return definitions

    def document(self, document: Document) -> DocumentResolution:
        """Resolve one document."""
        resolver, finder = self.resolver, self.finder
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
        new_place = None
        if document.created is not None and document.created.place:
            place_name = document.created.place
            created_place = self.place_index.get(country_key(place_name))
            if created_place is None:
                created_place = "x-" + slug(place_name)
                language = document.versions[0].language if document.versions else None
                new_place = Place(created_place, (Name(place_name, language),))
        resolved = ResolvedDocument(
            document=document,
            signatories=signatories,
            mentions=mentions,
            about=links.about,
            adopted_at=links.adopted_at,
            publisher=publisher,
            person_affiliations=affiliations,
            created_place=created_place,
        )
        return DocumentResolution(resolved, resolver.take_record(), new_place)

    def corpus(
        self,
        resolutions: Iterable[tuple[str, ResolverRecord, Place | None]],
        documents: Sequence[ResolvedDocument] = (),
    ) -> Corpus:
        """The corpus of the documents whose ``(name, record, new place)`` are ``resolutions``
        (``documents``: those that are at hand, for :attr:`Corpus.documents`)."""
        merged = self.resolver
        merged.take_record()  # start from nothing seen
        resolutions = sorted(resolutions, key=lambda one: one[0])
        for _, record, _ in resolutions:
            merged.add_record(record)
        events = tuple(sorted(self.gazetteer.events, key=lambda e: e.key))
        organisations = _organisations(merged, self.authority, events)
        warnings = tuple(_warnings(merged))
        merged.take_record()
        return Corpus(
            documents=tuple(sorted(documents, key=lambda d: d.document.name)),
            organisations=organisations,
            events=events,
            places=self._places((name, place) for name, _, place in resolutions),
            warnings=warnings,
        )

    def tallied(self, tally: Tally, new_places: Iterable[tuple[str, Place | None]]) -> Corpus:
        """The corpus of the texts counted in ``tally`` (:mod:`kzld.resolve.tally`), without
        their documents: what :meth:`corpus` makes of their records; ``new_places``: each text's
        name and the place of its dateline when the gazetteer does not know it."""
        merged = self.resolver
        merged.take_record()  # start from nothing seen
        merged.add_record(tally.record())
        events = tuple(sorted(self.gazetteer.events, key=lambda e: e.key))
        organisations = _organisations(merged, self.authority, events)
        merged.take_record()
        return Corpus(
            documents=(),
            organisations=organisations,
            events=events,
            places=self._places(new_places),
            warnings=tally.warnings(self.authority),
        )

    def _places(self, new_places: Iterable[tuple[str, Place | None]]) -> tuple[Place, ...]:
        """The gazetteer's places, and the first of the texts' (by name) it does not know."""
        places = {place.key: place for place in self.gazetteer.places}
        for _, new_place in sorted(new_places, key=lambda one: one[0]):
            if new_place is not None:
                places.setdefault(new_place.key, new_place)
        return tuple(sorted(places.values(), key=lambda p: p.key))


def resolve_corpus(
    documents: Sequence[Document],
    *,
    authority: Authority | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    """Resolve ``documents`` into a :class:`Corpus` ready for mapping (``progress`` is told
    ``(done, total)`` after each document)."""
    resolver = CorpusResolver(authority, gazetteer)
    resolutions = []
    for done, document in enumerate(sorted(documents, key=lambda d: d.name), start=1):
        if progress is not None:
            progress(done, len(documents))
        resolutions.append(resolver.document(document))
    # the abbreviations the documents define, known to all: those they answer otherwise again
    definitions = resolver.define(one.record for one in resolutions)
    resolutions = [
        one if definitions.answers(one.record.asked) else resolver.document(one.resolved.document)
        for one in resolutions
    ]
    return resolver.corpus(
        ((one.resolved.document.name, one.record, one.new_place) for one in resolutions),
        [one.resolved for one in resolutions],
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
