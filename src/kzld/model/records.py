"""The records that flow between kzld's pipeline stages.

Plain frozen dataclasses, with no RDF in sight: the reader (``kzld.parse``) produces a
:class:`Document` per text; resolution (``kzld.resolve``) gives organisations and events their
identities and produces a :class:`Corpus`; the mapping (``kzld.mapping``) turns a corpus into RDF.

Every character offset is a 0-based code-point index into :attr:`Document.text`, the
NFC-normalised text of the source file; ``end`` is exclusive, so
``document.text[span.start:span.end]`` is the quoted text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "GENRES",
    "ORGANISATION_KINDS",
    "Corpus",
    "Dateline",
    "Document",
    "Entry",
    "Event",
    "Link",
    "Mention",
    "Name",
    "Organisation",
    "Paragraph",
    "Person",
    "Place",
    "ResolvedDocument",
    "Section",
    "Skipped",
    "Span",
    "Version",
]

#: The organisation kinds (SKOS concepts under https://w3id.org/kzld/vocab/org-kind/).
ORGANISATION_KINDS = (
    "party",
    "youth-organisation",
    "coordination",
    "editorial-board",
    "international-network",
    "military-alliance",
    "media",
    "movement",
    "trade-union",
    "political-union",
    "intergovernmental-organisation",
    "other",
)

#: The genres the reader may assign; each is a SKOS concept in ``ontology/kzld.ttl``.
GENRES = (
    "joint-statement",
    "declaration",
    "resolution",
    "motion",
    "interview",
    "statement",
)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in a document's NFC text."""

    start: int
    end: int


# --------------------------------------------------------------------------- reader output


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of running text (lines joined as written), with its span."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Dateline:
    """A place and/or date the text gives, e.g. ``Istanbul, 1 November 2015``.

    ``kind`` is ``"dateline"`` for the place and date a statement was made or adopted, and
    ``"stamp"`` for a website's publication stamp (``11/16/15, 2:44 PM``).
    """

    raw: str
    span: Span
    kind: str
    date: date | None = None
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One signatory as a list names it, split into the parts the entry carries.

    ``raw`` is the entry's text without its list marker, read as one line: ``text[span]``
    character for character, save that a line break the page wrapped the entry at (and the
    spaces beside it) is a space in ``raw``.
    ``name`` is the organisation's name as written (native or English); ``gloss`` the other-language
    name given in brackets (usually the English one); ``abbreviation`` a leading or bracketed
    abbreviation; ``country_hint`` a country the entry names (``Tunisia`` in ``..., Tunisia``).
    ``reader`` names the reader of :mod:`kzld.parse` that read the entry
    (:mod:`kzld.parse.provenance`): for diagnosis only, never published, no part of equality.
    """

    position: int
    raw: str
    span: Span
    name: str
    abbreviation: str | None = None
    gloss: str | None = None
    country_hint: str | None = None
    reader: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Section:
    """A signatory list: its heading and its entries in list order.

    ``more_stated`` is how many further signatories the text says there are without naming them
    (``… (20 weitere)`` gives 20); ``as_of`` the date the list is said to be current at.
    ``kind`` says where the signers were found: ``"list"`` (a list of entries, with or without a
    heading), ``"title"`` (named in the title or first sentence), ``"header"`` (header lines above
    the text), ``"sign-off"`` (the lines under the text) or ``"phrase"`` (an "on behalf of"
    phrase); ``heading`` is then that line.
    ``group`` is the word naming the kind of its names when the list is one of several groups
    under one heading, each a line opening with its kind (``"federations"`` in "The federations
    A, B, C." / "The unions A, D."): a name written alike in two groups of different kinds names
    two organisations (the federation and the union of one trade).
    """

    heading: str
    span: Span
    entries: tuple[Entry, ...]
    language: str | None = None
    as_of: date | None = None
    more_stated: int | None = None
    kind: str = "list"
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """Text that looks like a signatory entry but is none, and why (never minted).

    ``reason`` is ``"cut"`` (the page ends mid-entry: ``28. Co``), ``"garbled"`` (a damaged
    fragment, e.g. in another script) or ``"not-a-name"`` (an entry of a list that reads as prose).
    """

    text: str
    span: Span
    reason: str


@dataclass(frozen=True, slots=True)
class Person:
    """A person the text names as its author or interviewee, with their role as written."""

    name: str
    span: Span
    role: str | None = None
    affiliation: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A link the text cites, e.g. to the original of a translated text."""

    url: str
    span: Span
    language: str | None = None
    relation: str = "original"


@dataclass(frozen=True, slots=True)
class Version:
    """One language version of a statement: its own title, paragraphs and datelines."""

    language: str
    span: Span
    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    datelines: tuple[Dateline, ...] = ()
    is_original: bool | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Everything the reader understood of one source text.

    ``created`` is the dateline of the statement itself (place and date of adoption or
    signature); ``published`` the date of the publication stamp. Either is ``None`` when the text
    does not give it. ``boilerplate`` lists the spans the reader set aside (site navigation, related
    articles, event calendars); nothing inside them appears in any other field.
    """

    name: str
    sha256: str
    text: str
    genre: str
    versions: tuple[Version, ...]
    sections: tuple[Section, ...] = ()
    created: Dateline | None = None
    published: date | None = None
    persons: tuple[Person, ...] = ()
    publisher: str | None = None
    links: tuple[Link, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    stated_total: int | None = None
    skipped: tuple[Skipped, ...] = ()
    #: The statement's key when the stem alone would clash with another file's (set by the mapping).
    key: str | None = None

    @property
    def stem(self) -> str:
        """The key of the statement's IRI: the file name without its last suffix, or ``key``."""
        if self.key is not None:
            return self.key
        return self.name.rsplit(".", 1)[0] if "." in self.name[1:] else self.name

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages of the versions, in document order."""
        return tuple(v.language for v in self.versions)


# --------------------------------------------------------------------------- resolution output


@dataclass(frozen=True, slots=True, order=True)
class Name:
    """A name with its BCP 47 language tag, or ``None`` when the language is unknown."""

    text: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation with its stable key, as the authority knows it or as first seen.

    ``names`` holds the canonical English name and native names (language-tagged);
    ``alternate_names`` every other form seen or known; ``kinds`` keys of the organisation-kind
    concepts (``party``, ``youth-organisation``, ...); ``same_as`` verified external IRIs.
    ``known`` is false for an organisation the authority does not list.
    """

    key: str
    names: tuple[Name, ...]
    alternate_names: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    country: str | None = None
    kinds: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    known: bool = True


@dataclass(frozen=True, slots=True)
class Place:
    """A place from the gazetteer: a city or region, with its country's ISO 3166-1 code."""

    key: str
    names: tuple[Name, ...]
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """An event from the gazetteer. Dates are ISO strings as precise as known (``2011-12-16``,
    ``2022-01``, ``2015``)."""

    key: str
    names: tuple[Name, ...]
    types: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    place: str | None = None
    super_event: str | None = None
    organisations: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A place in a document's text where an organisation or event is named.

    ``target`` is the organisation's or event's key; ``kind`` is ``"organisation"`` or ``"event"``.
    """

    kind: str
    target: str
    span: Span
    text: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ResolvedDocument:
    """A document with the identities resolution gave it.

    ``signatories[i][j]`` is the organisation key of ``document.sections[i].entries[j]``.
    ``about`` holds the keys of the events the statement is mainly about, ``mentions`` every
    mention found (events and organisations), ``adopted_at`` the meeting event it was adopted at.
    ``publisher`` and ``person_affiliations`` are organisation keys (the latter parallel to
    ``document.persons``, ``None`` where unknown); ``created_place`` the place key of the
    dateline's place.
    """

    document: Document
    signatories: tuple[tuple[str, ...], ...]
    mentions: tuple[Mention, ...] = ()
    about: tuple[str, ...] = ()
    adopted_at: str | None = None
    publisher: str | None = None
    person_affiliations: tuple[str | None, ...] = ()
    created_place: str | None = None


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything the mapping needs: documents, and the organisations, events and places they
    refer to, each keyed and sorted by key."""

    documents: tuple[ResolvedDocument, ...]
    organisations: tuple[Organisation, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
