"""The organisation resolver: one key per organisation, however and wherever a text names it.

Each signatory entry goes through the package's three steps, in this order and only here:
:func:`~kzld.resolve.orgs.analysis.read_entry` (what the entry offers),
:meth:`~kzld.resolve.orgs.candidates.AuthorityIndex.candidates` (which entries it may be, with the
evidence), :func:`~kzld.resolve.orgs.decide.decide` (which one, if the evidence is unambiguous).
What nothing decides becomes a new organisation with the deterministic key
:func:`~kzld.resolve.orgs.identity.key_of_new` gives (by the name's identity where that is
unambiguous, else by its spelling) and, where its name or the entry states one, a country;
then the corpus's own definitions of abbreviations (:mod:`.defined`, given with
:meth:`OrganisationResolver.define`) may join it to another name's key, or take an abbreviation
alone for the one organisation the corpus defines it as. Every entry that writes a name with an
abbreviation the authority does not know is such a definition, given back in the record.

Within one text, two language versions of one list name each organisation twice:
:meth:`OrganisationResolver.resolve_sections` pairs their entries by position (when the lists
are as long, their entries of comparable length, and no pair is known to be two organisations)
and gives each pair one key. In one list grouped by kind ("The federations A, B." / "The
unions A, C."), a name written alike in groups of two kinds names two organisations, the
federation and the union of one trade: each such entry is read with its group's word for its
kind (:meth:`OrganisationResolver._apart_by_kind`). The resolver remembers what it saw for
:meth:`~OrganisationResolver.report`.
Nothing depends on the order documents are resolved in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from typing import TypeVar

from ...model.acronyms import initials
from ...model.countries import country_code
from ...model.records import Document, Entry, Mention, Name, Organisation, Section, Span
from .analysis import (
    Reading,
    is_abbreviation,
    leading_country,
    name_proper,
    quoted_short,
    read_entry,
    read_name,
    script_of,
    signature,
    without_country,
)
from .authority import Authority, load_authority
from .candidates import WITHOUT_VOWELS, AuthorityIndex
from .decide import Decision, decide, list_language, weighs_language
from .defined import (
    INITIALS,
    MIN_INITIALS,
    MIN_LETTERS,
    QUOTED,
    READ,
    SPELT,
    STEM,
    UNSPACED_NAME,
    Answer,
    Definition,
    Definitions,
    ask_initials,
    ask_key,
    ask_meaning,
)
from .identity import inflection_key, key_of_new
from .kept import Kept
from .mentions import ProseMatcher
from .names import (
    abbreviation_key,
    consonant_readings,
    consonants_of,
    normalise,
    tokens,
    transliterate,
    unspaced_letters,
)
from .review import Doubt, OrgReport, Sighting, alike_new
from .typewords import type_words

__all__ = [
    "Decisions",
    "OrganisationResolver",
    "ResolverRecord",
    "SeenDoubt",
    "SeenForms",
    "defined_by",
    "statement_year",
    "survey",
]

#: The methods of a key the authority did not give: by the name, or the corpus's definitions.
_NEW = ("new", "defined")
#: The methods that take an entry for an authority entry as a translation of its names.
_TRANSLATED = ("signature", "near-signature")
#: Entries of two paired lists may differ in length by this factor at most (translations of a
#: name are about as long as it; a list of other names is not).
PAIR_LENGTH_RATIO = 2.5
#: The year a kept decision is kept under to be given in every year that blocks its candidates
#: alike, and the language of a decision that weighs none (:meth:`OrganisationResolver._decision`).
_ANY_YEAR = "any year"
_ANY_LANGUAGE = "any language"
#: How many decisions a resolver keeps to give again, the least recently given let go first: a
#: name comes back in texts far apart (over a generated archive of 1,000 texts more than half
#: the entries are given a decision kept, most made a few hundred texts before), and each kept
#: costs about 5 KB with what making it consulted, so that a resolver kept for all the texts of
#: an archive would grow with it. An archive of 3,000 generated texts asks for some 19,400
#: different decisions: 4,096 kept made 35,707 of them, 16,384 make 19,719 (about 90 MB kept).
KEPT_DECISIONS = 16384

#: The key an entry would have as a new organisation, and its country, made when first asked.
_NewKey = Callable[[], tuple[str, str | None]]

_K = TypeVar("_K")
_V = TypeVar("_V")


class Decisions(Kept[_K, _V]):
    """Decisions kept to be given again (:data:`KEPT_DECISIONS` at most); one let go is made
    again when asked, with the same answer."""

    def __init__(self, kept: int = KEPT_DECISIONS) -> None:
        super().__init__(kept)


@dataclass(slots=True)
class _Seen:
    """What was seen of one organisation: forms (names and glosses) and abbreviations."""

    forms: set[str] = field(default_factory=set)
    abbreviations: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    #: The names entries give first (not their glosses): a new organisation is named by these.
    primary: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Resolved:
    """An entry's reading, the decision on it, and the key it gets."""

    reading: Reading
    decision: Decision
    key: str
    method: str
    #: The country of a new organisation (None for an authority entry: the authority says).
    country: str | None = None
    #: What the entry defines for the corpus: its abbreviation and the key its name was given,
    #: its inflected form.
    defines: tuple[Definition, ...] = ()


@dataclass(frozen=True, slots=True)
class SeenForms:
    """What was seen of organisation ``key``: the forms, abbreviations and countries written
    for it, and the names entries gave first (``primary``)."""

    key: str
    forms: tuple[str, ...]
    abbreviations: tuple[str, ...]
    countries: tuple[str, ...]
    primary: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SeenDoubt:
    """A form a curator should review: written ``form`` (normalised ``normal``) taken as ``key``
    on ``decision``, in ``documents``."""

    normal: str
    key: str
    form: str
    decision: Decision
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ResolverRecord:
    """What a resolver saw (:meth:`OrganisationResolver.take_record`), to be given to another
    resolver on the same authority (:meth:`OrganisationResolver.add_record`): how a build keeps
    the resolution of one document and puts a corpus together from such records."""

    sightings: tuple[Sighting, ...]
    seen: tuple[SeenForms, ...]
    doubts: tuple[SeenDoubt, ...]
    #: the abbreviations the documents define (:mod:`.defined`)
    definitions: tuple[Definition, ...] = ()
    #: the questions asked of the corpus's definitions, each with the answer given
    asked: tuple[Answer, ...] = ()


def statement_year(document: Document) -> int | None:
    """The year a statement was made (its dateline), or published, when the text says."""
    when: date | None = document.created.date if document.created is not None else None
    when = when or document.published
    return when.year if when is not None else None


class OrganisationResolver:
    """Resolves entries, names and mentions against one :class:`Authority`, remembering them."""

    def __init__(self, authority: Authority) -> None:
        self.authority = authority
        self._decided: Decisions[tuple[object, ...], tuple[Reading, Decision]] = Decisions()
        self._sightings: set[Sighting] = set()
        self._seen: dict[str, _Seen] = defaultdict(_Seen)
        #: (normalised form, key) -> {form as written: decision}, documents
        self._doubts: dict[tuple[str, str], tuple[dict[str, Decision], set[str]]] = {}
        #: the corpus's definitions of abbreviations (none until a corpus gives them)
        self.defined = Definitions()
        self._definitions: set[Definition] = set()
        self._asked: dict[str, str] = {}

    # The index and the matcher take seconds to make, and a resolver that only puts records
    # together (:meth:`add_record`) never needs them: each is made when first used.

    @cached_property
    def index(self) -> AuthorityIndex:
        """The authority's forms, filed for finding candidates."""
        return AuthorityIndex(self.authority)

    @cached_property
    def _prose(self) -> ProseMatcher:
        return ProseMatcher(self.authority)

    # ------------------------------------------------------------------ deciding

    def _decide_entry(
        self, entry: Entry, year: int | None, language: str | None = None
    ) -> _Resolved:
        reading, decision = self._decision(entry, year, language)
        # the key the entry would have as a new organisation: asked up to three times an entry
        # (its key, its abbreviation's alias, its inflected form), made once (a function of the
        # reading, its candidates and the year alone; what it consults is the entry's text's)
        new = cache(lambda: key_of_new(reading, self.index, decision.candidates, year))
        if decision.key is not None:
            resolved = _Resolved(reading, decision, decision.key, decision.method)
        else:
            key, country = new()
            resolved = _Resolved(reading, decision, key, "new", country)
        resolved = replace(resolved, defines=self._definitions_of(resolved, new))
        return self._as_defined(resolved, year) if resolved.method == "new" else resolved

    def _decision(
        self, entry: Entry, year: int | None, language: str | None
    ) -> tuple[Reading, Decision]:
        """The reading of ``entry`` and the decision on it, made once for what they depend on
        and kept (:attr:`_decided`): the entry's fields; the list's language as a decision
        weighs it (:func:`.decide.list_language`), where its candidates' evidence lets it
        (:func:`.decide.weighs_language`); the statement's year only through which candidates
        a year blocks. A decision is kept under the first of :meth:`_keys` that fits it
        (:meth:`_kept_as`) and given for the first that fits the entry (:meth:`_kept_for`)."""
        kept = self._decided
        written = (entry.raw, entry.name, entry.abbreviation, entry.gloss, entry.country_hint)
        spoken = list_language(language)
        found: tuple[Reading, Decision] | None = kept.get(self._kept_for(written, spoken, year))
        if found is None:
            reading = read_entry(entry, self.index.known_abbreviations)
            decision = decide(self.index, reading, year, language)
            memo = self._kept_as(written, spoken, year, decision)
            found = kept[memo] = reading, decision
        return found

    @staticmethod
    def _keys(
        written: tuple[object, ...], spoken: str | None, year: int | None
    ) -> list[tuple[object, ...]]:
        """Where a decision on an entry may be kept, in order: for any list's language
        (:data:`_ANY_LANGUAGE`) or this one's, for any year (:data:`_ANY_YEAR`) or this one."""
        years: tuple[object, ...] = (_ANY_YEAR, year) if year is not None else (year,)
        return [(*written, said, when) for said in (_ANY_LANGUAGE, spoken) for when in years]

    def _kept_for(
        self, written: tuple[object, ...], spoken: str | None, year: int | None
    ) -> tuple[object, ...]:
        """The key of the decision kept that is the entry's in this list and ``year`` (one
        for any year blocking its candidates alike: :meth:`_alike_in`), else the last key.
        Looked at, not given: the one found is given by :attr:`_decided`."""
        keys = self._keys(written, spoken, year)
        for key in keys:
            other = dict.get(self._decided, key)
            if other is not None and (key[-1] != _ANY_YEAR or self._alike_in(year, *other)):
                return key
        return keys[-1]

    def _kept_as(
        self, written: tuple[object, ...], spoken: str | None, year: int | None, decision: Decision
    ) -> tuple[object, ...]:
        """Where ``decision`` is kept: for any list's language unless it weighs the language;
        for any year unless another decision is kept so."""
        said = spoken if weighs_language(decision) else _ANY_LANGUAGE
        keys = [key for key in self._keys(written, spoken, year) if key[-2] == said]
        return next((key for key in keys if key not in self._decided), keys[-1])

    def _alike_in(self, year: int | None, reading: Reading, decision: Decision) -> bool:
        """Whether ``decision``, made in another year, is the one of ``year``: each candidate
        blocked alike (:meth:`.AuthorityIndex.blocked`, the only thing of a decision a year
        changes). It reads of the authority what deciding in ``year`` reads: a decision so
        given records what making it records."""
        return all(
            self.index.blocked(self.authority.entry(c.key), reading, year) == c.blocked
            for c in decision.candidates
        )

    # ------------------------------------------------------------------ the corpus's definitions

    def _definitions_of(self, resolved: _Resolved, new: _NewKey) -> tuple[Definition, ...]:
        """What an entry defines for the corpus (:mod:`.defined`): its abbreviation's meaning
        (:meth:`_definition`) and, for a new organisation's name, its inflected form
        (:meth:`_inflected`) and its letters in a script without spaces (:meth:`_unspaced`),
        written with its abbreviation or without; for a name taken for an authority entry by
        the entry's own abbreviation, or by its own words without doubt (:data:`_BY_NAME`),
        its inflected form, and for the latter its letters. ``new``: the entry's key as a new
        organisation's (:func:`.identity.key_of_new`)."""
        made = [self._definition(resolved, new)]
        if resolved.method == "new" and _named(resolved.reading):
            made.extend((self._inflected(resolved, new), self._unspaced(resolved)))
            made.extend(_quoted_short(resolved))
            made.extend(_initials_of(resolved))
            made.extend(_consonants(resolved))
        else:
            alias = made[0].alias if made[0] is not None else ""
            sure = (
                resolved.method in _BY_NAME
                and not resolved.decision.doubtful
                and _named(resolved.reading)
            )
            if alias or sure:
                made.append(self._inflected(resolved, new, alias))
            if sure:
                made.append(self._unspaced(resolved))
        return tuple(definition for definition in made if definition is not None)

    def _definition(self, resolved: _Resolved, new: _NewKey) -> Definition | None:
        """What an entry that writes a name and one abbreviation defines (:mod:`.defined`): one
        the authority does not know, taken by the authority without doubt, or new; the entry's
        own, an alias of its name when the abbreviation took it without doubt."""
        reading, decision = resolved.reading, resolved.decision
        shorts = {abbreviation_key(a) for a in reading.abbreviations} - {""}
        if len(shorts) != 1 or not _named(reading) or _within(reading):
            return None
        short = shorts.pop()
        if self._knows(short, reading):
            if resolved.method != "abbreviation" or decision.doubtful or not _says_enough(reading):
                return None
            alias, _ = new()
            country = self.authority.entry(resolved.key).country
            return Definition(short, resolved.key, country, (), known=True, alias=alias)
        if resolved.method == "new":
            concepts = tuple(sorted(signature(reading.label).concepts))
            return Definition(short, resolved.key, resolved.country, concepts)
        if decision.doubtful:
            return None
        country = self.authority.entry(resolved.key).country
        return Definition(short, resolved.key, country, (), known=True)

    def _knows(self, short: str, reading: Reading) -> bool:
        """Whether the authority says what the abbreviation keyed ``short`` means where
        ``reading`` writes it: it lists it, for an entry that is not generic or whose country
        the reading states. A generic entry's abbreviation ("XWU", written by the workers'
        unions of several countries) written with no country says nothing of the authority,
        and is the corpus's to define, as one the authority does not list."""
        if short not in self.index.known_abbreviations:
            return False
        return any(
            not entry.generic or entry.placed_in(reading.countries)
            for entry in map(self.authority.entry, sorted(self.index.abbreviations[short]))
        )

    def _inflected(self, resolved: _Resolved, new: _NewKey, alias: str = "") -> Definition | None:
        """What a new organisation's name defines: its key's inflected form
        (:func:`.identity.inflection_key`), when that is not the key itself; and so does a name
        taken for an authority entry (``alias``: its key as a new organisation's, where the
        entry's own abbreviation took it), for that entry."""
        reading = resolved.reading
        stem = inflection_key(reading, new())
        if stem in (resolved.key, alias):
            return None
        return _defines(resolved, STEM + stem, signature(reading.label).concepts)

    def _unspaced(self, resolved: _Resolved) -> Definition | None:
        """What a name written in a script without spaces defines: its letters
        (:func:`.names.unspaced_letters`), of which a short form of it is made; a name taken
        for an authority entry without doubt, for that entry."""
        label = resolved.reading.label
        letters = unspaced_letters(label)
        if letters is None:
            return None
        return _defines(resolved, UNSPACED_NAME + letters, signature(label).concepts)

    def _ask(self, question: str) -> str:
        answer = self._asked[question] = self.defined.answer(question)
        return answer

    def _as_defined(self, resolved: _Resolved, year: int | None) -> _Resolved:
        """A new organisation as the corpus's definitions key it: a name joined to another's
        key, an abbreviation alone taken for what the corpus defines it as."""
        reading = resolved.reading
        if _named(reading):
            key = self._ask(ask_key(resolved.key))
            if key in self.authority and self.index.blocked(
                self.authority.entry(key), reading, year
            ):
                return resolved  # the entry of another country, or not of the statement's year
            if key in self.authority:
                return replace(resolved, key=key, method="defined", country=None)
            return resolved if key == resolved.key else replace(resolved, key=key, method="defined")
        shorts = {abbreviation_key(a) for a in reading.abbreviations} - {""}
        if len(shorts) != 1:
            return resolved
        short = shorts.pop()
        if self._knows(short, reading):
            return resolved
        meaning = self.defined.meaning(short) if self._ask(ask_meaning(short)) else None
        if meaning is None and not _spelt_by_authority(resolved.decision):
            meaning = self.defined.initialled(short) if self._ask(ask_initials(short)) else None
        if meaning is None:
            return resolved
        key, country = meaning
        if key in self.authority:
            entry = self.authority.entry(key)
            if not entry.existed_in(year):
                return resolved
            country = entry.country
        if country is not None and reading.countries - {country}:
            return resolved  # "XWU (Yland)" is not the Xandian XWU
        if country is None and reading.countries:
            return resolved
        return replace(resolved, key=key, method="defined", country=country)

    def define(self, definitions: Definitions) -> None:
        """Resolve from now on with the corpus's ``definitions`` (:mod:`.defined`)."""
        self.defined = definitions

    # ------------------------------------------------------------------ recording

    def _record(
        self,
        key: str,
        *,
        document: str,
        position: int | None,
        form: str,
        role: str,
        method: str,
        names: Iterable[str] = (),
        abbreviation: str | None = None,
        countries: Iterable[str] = (),
    ) -> None:
        self._sightings.add(Sighting(key, document, position, form, role, method))
        seen = self._seen[key]
        names = [n for n in names if n]
        seen.forms.update(names)
        seen.primary.update(names[:1])
        if abbreviation:
            seen.abbreviations.add(abbreviation)
        seen.countries.update(countries)

    def _record_entry(
        self, entry: Entry, resolved: _Resolved, document: str, method: str | None = None
    ) -> None:
        reading, decision = resolved.reading, resolved.decision
        written = [t.strip() for t in (entry.name, entry.gloss) if t and t.strip()]
        if resolved.method in ("new", "defined") or method == "paired":
            written = [reading.label, *(w for w in written if w != reading.label)]
        self._record(
            resolved.key, document=document, position=entry.position, form=entry.raw,
            role="signatory", method=method or resolved.method, names=written,
            abbreviation=next(iter(reading.abbreviations), None),
            countries=[resolved.country] if resolved.country else (),
        )  # fmt: skip
        self._definitions.update(resolved.defines)
        if decision.doubtful or resolved.method in ("new", "defined"):
            slot = (normalise(entry.raw) or entry.raw, resolved.key)
            forms, documents = self._doubts.setdefault(slot, ({}, set()))
            forms[entry.raw] = decision
            documents.add(document)

    # ------------------------------------------------------------------ public API

    def resolve_entry(
        self, entry: Entry, *, language: str | None, document: str, year: int | None = None
    ) -> str:
        """The key of the organisation a signatory entry names (new if the authority lacks it).

        ``year`` is the year of the statement: no entry founded after it, or dissolved before it,
        is taken. ``language`` is the list's: it decides only between entries that share an
        abbreviation written alone (:mod:`.decide`).
        """
        resolved = self._decide_entry(entry, year, language)
        self._record_entry(entry, resolved, document)
        return resolved.key

    def resolve_sections(
        self, document: Document, year: int | None = None
    ) -> tuple[tuple[str, ...], ...]:
        """The keys of every signatory of ``document``, list by list, language versions paired.

        ``year`` defaults to :func:`statement_year`.
        """
        year = statement_year(document) if year is None else year
        decided = [
            self._apart_in_list(
                [self._decide_entry(entry, year, section.language) for entry in section.entries],
                year,
            )
            for section in document.sections
        ]
        decided = self._apart_by_kind(document.sections, decided, year)
        keys = [[r.key for r in section] for section in decided]
        paired: set[tuple[int, int]] = set()
        for first, second in _version_pairs(document.sections, decided):
            for position, (left, right) in enumerate(
                zip(decided[first], decided[second], strict=True)
            ):
                if not self._same_country(left, right):
                    continue  # two countries are never one organisation
                key = _pair_key(left, right, document.sections[first], document.sections[second])
                for index, resolved in ((first, left), (second, right)):
                    if resolved.key != key:
                        keys[index][position] = key
                        paired.add((index, position))
        for index, section in enumerate(document.sections):
            for position, entry in enumerate(section.entries):
                resolved = decided[index][position]
                key = keys[index][position]
                if (index, position) in paired:
                    country = self._country_of(resolved)
                    resolved = _Resolved(
                        resolved.reading, resolved.decision, key, "paired", country
                    )
                self._record_entry(entry, resolved, document.name)
        return tuple(tuple(section) for section in keys)

    def _apart_in_list(self, resolved: list[_Resolved], year: int | None) -> list[_Resolved]:
        """One list names an organisation once: of entries of a list that meet one authority
        entry, one met by its own name or abbreviation, or as a translation writing the country
        as the entry's names do ("Partido Zelta Cubano" for the "Cuban Zelta Party"), makes any
        other met only as a translation writing the country otherwise ("Zelta Party of Cuba")
        another organisation, which the authority does not know."""
        by_key: dict[str, list[int]] = defaultdict(list)
        for position, one in enumerate(resolved):
            if one.method not in _NEW:
                by_key[one.key].append(position)
        kept = list(resolved)
        for key, positions in by_key.items():
            if len(positions) < 2:
                continue
            theirs = {signature(n).form_of_country for n in self.authority.entry(key).all_names}
            apart = [
                p
                for p in positions
                if resolved[p].method in _TRANSLATED
                and _country_form(resolved[p].reading) not in theirs
            ]
            if apart and len(apart) < len(positions):
                for other in apart:
                    kept[other] = self._another(resolved[other], key, year)
        return kept

    def _apart_by_kind(
        self, sections: Sequence[Section], decided: list[list[_Resolved]], year: int | None
    ) -> list[list[_Resolved]]:
        """One list in groups by kind ("The federations A, B." / "The unions A, C.") names an
        organisation once in each kind: entries of groups of different kinds under one heading
        that got one key are each read with their group's word for its kind ("federations A",
        "unions A") and decided again, so that the federation and the union of one trade are two
        organisations. A name written twice in groups of one kind, or under two headings (the
        list again in another language), stays one."""
        kept = [list(section) for section in decided]
        for indices in _groups_by_list(sections):
            places: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for index in indices:
                for position, resolved in enumerate(decided[index]):
                    places[resolved.key].append((index, position))
            for found in places.values():
                if len({normalise(sections[i].group or "") for i, _ in found}) < 2:
                    continue
                for index, position in found:
                    entry = _with_kind(sections[index].entries[position], sections[index].group)
                    kept[index][position] = self._decide_entry(
                        entry, year, sections[index].language
                    )
        return kept

    def _another(self, resolved: _Resolved, key: str, year: int | None) -> _Resolved:
        """``resolved`` as a new organisation: its list names authority entry ``key`` apart."""
        reading, decision = resolved.reading, resolved.decision
        reason = (
            f"the same list names {key} apart, by its names or with its country written as they do"
        )
        decision = Decision(None, "new", "", decision.candidates, True, reason)
        new, country = key_of_new(reading, self.index, decision.candidates, year)
        return _Resolved(reading, decision, new, "new", country)

    def _country_of(self, resolved: _Resolved) -> str | None:
        if resolved.method != "new" and resolved.key in self.authority:
            return self.authority.entry(resolved.key).country
        return resolved.country

    def _same_country(self, left: _Resolved, right: _Resolved) -> bool:
        """Whether two paired entries may be one organisation: no two different countries."""
        countries = {self._country_of(left), self._country_of(right)} - {None}
        return len(countries) <= 1

    def resolve_name(self, text: str, *, language: str | None, document: str) -> str | None:
        """The key of a known organisation named by ``text`` (a publisher, an affiliation), or None.

        Tries the whole text, then its bracketed parts, then the organisations named inside it
        (when exactly one is). Never creates an organisation.
        """
        del language
        text = text.strip()
        if not text:
            return None
        reading = read_name(text, self.index.known_abbreviations)
        decision = decide(self.index, reading, None)
        key, method = decision.key, decision.method
        if key is None:
            inside = {m.key for m in self._prose.find(text)}
            if len(inside) != 1:
                return None
            key, method = inside.pop(), "prose"
        names = () if method == "prose" else reading.texts[-1:]
        self._record(key, document=document, position=None, form=text, role="name",
                     method=method, names=names)  # fmt: skip
        return key

    def find_mentions(self, document: Document) -> tuple[Mention, ...]:
        """Organisations the authority knows, named in the paragraphs of each language version.

        Signatory lists, boilerplate and URLs are not searched. Spans index ``document.text``.
        """
        skip = [(s.start, s.end) for s in document.boilerplate]
        for section in document.sections:
            skip.append((section.span.start, section.span.end))
            skip.extend((e.span.start, e.span.end) for e in section.entries)
        mentions: list[Mention] = []
        for version in document.versions:
            for paragraph in version.paragraphs:
                base = paragraph.span.start
                text = document.text[base : paragraph.span.end]
                local = [(s - base, e - base) for s, e in skip]
                for match in self._prose.find(text, local):
                    span = Span(base + match.start, base + match.end)
                    mentions.append(
                        Mention("organisation", match.key, span, match.text, version.language)
                    )
                    self._record(match.key, document=document.name, position=None,
                                 form=match.text, role="mention", method="prose")  # fmt: skip
        return tuple(sorted(set(mentions), key=lambda m: (m.span, m.target)))

    def take_record(self) -> ResolverRecord:
        """What this resolver saw since it was made or last asked, which it then forgets (what
        it decided it keeps, to decide the same names again faster)."""
        record = ResolverRecord(
            sightings=tuple(sorted(self._sightings, key=_sighting_order)),
            seen=tuple(
                SeenForms(
                    key,
                    tuple(sorted(seen.forms)),
                    tuple(sorted(seen.abbreviations)),
                    tuple(sorted(seen.countries)),
                    tuple(sorted(seen.primary)),
                )
                for key, seen in sorted(self._seen.items())
            ),
            doubts=tuple(
                SeenDoubt(normal, key, form, decision, tuple(sorted(documents)))
                for (normal, key), (forms, documents) in self._doubts.items()
                for form, decision in forms.items()
            ),
            definitions=tuple(sorted(self._definitions)),
            asked=tuple(Answer(*one) for one in sorted(self._asked.items())),
        )
        self._sightings = set()
        self._seen = defaultdict(_Seen)
        self._doubts = {}
        self._definitions = set()
        self._asked = {}
        return record

    def add_record(self, record: ResolverRecord) -> None:
        """Take what another resolver on the same authority saw (``record``) as seen here: records
        added in the order their documents were resolved give what resolving them here gives."""
        self._sightings.update(record.sightings)
        for one in record.seen:
            seen = self._seen[one.key]
            seen.forms.update(one.forms)
            seen.abbreviations.update(one.abbreviations)
            seen.countries.update(one.countries)
            seen.primary.update(one.primary)
        for doubt in record.doubts:
            forms, documents = self._doubts.setdefault((doubt.normal, doubt.key), ({}, set()))
            forms[doubt.form] = doubt.decision
            documents.update(doubt.documents)

    def organisations(self) -> tuple[Organisation, ...]:
        """Every organisation resolved so far, sorted by key, with the forms seen added."""
        found = []
        for key in sorted(self._seen):
            seen = self._seen[key]
            if key in self.authority:
                found.append(_with_seen(self.authority.organisation(key), seen))
            else:
                found.append(_new_organisation(key, seen))
        return tuple(found)

    def report(self) -> OrgReport:
        """Sightings, new organisations, doubtful matches, signatories without country."""
        organisations = self.organisations()
        signatories = {s.key for s in self._sightings if s.role == "signatory"}
        # one item per new organisation (all its forms), one per doubtful form and entry
        grouped: dict[str, tuple[dict[str, Decision], set[str]]] = {}
        for (normal, key), (forms, documents) in self._doubts.items():
            slot = key if key not in self.authority else f"{normal}\x00{key}"
            all_forms, all_documents = grouped.setdefault(slot, ({}, set()))
            all_forms.update(forms)
            all_documents.update(documents)
        known = {abbreviation_key(a) for entry in self.authority for a in entry.abbreviations}
        alike = alike_new(organisations, known)
        doubts = []
        for slot, (forms, documents) in grouped.items():
            key = slot.rsplit("\x00", 1)[-1]
            form = min(forms)  # whichever document came first
            decision = forms[form]
            method = "new" if key not in self.authority else decision.method
            if method == "new":
                form = _new_organisation(key, self._seen[key]).names[0].text
            doubts.append(
                Doubt(form, key, method, tuple(sorted(documents)), decision.candidates[:3],
                      decision.reason, tuple(sorted(forms)),
                      alike.get(key, ()) if method == "new" else ())
            )  # fmt: skip
        return OrgReport(
            organisations=organisations,
            sightings=tuple(sorted(self._sightings, key=_sighting_order)),
            new=tuple(o for o in organisations if not o.known),
            doubts=tuple(sorted(doubts, key=lambda d: (d.key, d.form))),
            without_country=tuple(
                o for o in organisations if o.country is None and o.key in signatories
            ),
        )


def survey(documents: Iterable[Document], authority: Authority | None = None) -> OrgReport:
    """Resolve the organisations of ``documents`` (as the build does: each document, then again
    those the abbreviations the others define answer otherwise) and report what was seen."""
    resolver = OrganisationResolver(authority if authority is not None else load_authority())
    ordered = sorted(documents, key=lambda d: d.name)
    records = [_surveyed(resolver, document) for document in ordered]
    definitions = defined_by(records)
    resolver.define(definitions)
    records = [
        record if definitions.answers(record.asked) else _surveyed(resolver, document)
        for document, record in zip(ordered, records, strict=True)
    ]
    for record in records:
        resolver.add_record(record)
    return resolver.report()


def _surveyed(resolver: OrganisationResolver, document: Document) -> ResolverRecord:
    """What resolving the organisations of ``document`` saw (what ``resolver`` saw before is
    taken with it: give it none)."""
    resolver.resolve_sections(document)
    if document.publisher:
        resolver.resolve_name(document.publisher, language=None, document=document.name)
    for person in document.persons:
        if person.affiliation:
            resolver.resolve_name(
                person.affiliation, language=person.language, document=document.name
            )
    resolver.find_mentions(document)
    return resolver.take_record()


def defined_by(records: Iterable[ResolverRecord]) -> Definitions:
    """The definitions of abbreviations that the documents of ``records`` make (:mod:`.defined`)."""
    return Definitions(definition for record in records for definition in record.definitions)


# ---------------------------------------------------------------------- language versions


#: The decisions made by a name's own words (not by its abbreviation, nor by the corpus's
#: definitions): a name so taken for an entry without doubt defines its forms for the entry.
_BY_NAME = frozenset({"exact", "unspaced", "kind", "signature"})


def _defines(resolved: _Resolved, form: str, concepts: Iterable[str]) -> Definition:
    """The definition of ``form`` (an inflected form, letters) for what ``resolved`` took: a new
    organisation's with its country; an authority entry's with only the country its name
    states (:func:`_stated`)."""
    ordered = tuple(sorted(concepts))
    if resolved.method == "new":
        return Definition(form, resolved.key, resolved.country, ordered)
    return Definition(form, resolved.key, _stated(resolved.reading), ordered, known=True)


def _quoted_short(resolved: _Resolved) -> tuple[Definition, ...]:
    """What a new organisation's name that quotes a name defines: the quoted name with each
    way the words around it are written short (:func:`.analysis.quoted_short`), of
    :data:`.defined.MIN_LETTERS` letters or more."""
    label = resolved.reading.label
    found = quoted_short(label)
    if found is None:
        return ()
    name, letters = found
    concepts = signature(label).concepts
    return tuple(
        _defines(resolved, f"{QUOTED}{short}{QUOTED}{normalise(name)}", concepts)
        for short in sorted(letters)
        if len(short) >= MIN_LETTERS
    )


def _initials_of(resolved: _Resolved) -> tuple[Definition, ...]:
    """What a new organisation's name defines as its initials (:data:`.defined.INITIALS`): the
    initials of its words, with its link words and without, of :data:`.defined.MIN_INITIALS`
    letters or more, when it is written in Latin letters with no abbreviation beside it, states
    no country and has own words (a name of type words alone is as much another country's)."""
    reading = resolved.reading
    label = reading.label
    if reading.abbreviations or reading.countries or script_of(label) != "LATIN":
        return ()
    sig = signature(label)
    if not sig.words or sig.countries:
        return ()
    return tuple(
        _defines(resolved, INITIALS + letters, sig.concepts)
        for letters in sorted(initials(label, type_words().link_words))
        if len(letters) >= MIN_INITIALS
    )


def _consonants(resolved: _Resolved) -> tuple[Definition, ...]:
    """What a new organisation's name whose name proper is one word defines as its consonants
    (:data:`.defined.SPELT`, :data:`.defined.READ`): in Latin letters, the consonants of its
    vowelled spelling; in a script without vowels, each of the readings of its letters."""
    label = resolved.reading.label
    proper = name_proper(label)
    if proper is None or len(words := tokens(proper)) != 1:
        return ()
    [word] = words
    concepts = signature(label).concepts
    script = script_of(proper)
    if script == "LATIN":
        spelt = transliterate(word)
        consonants = consonants_of(spelt)
        if consonants is None:
            return ()
        return (_defines(resolved, f"{SPELT}{consonants}{SPELT}{spelt}", concepts),)
    if script not in WITHOUT_VOWELS:
        return ()
    return tuple(
        _defines(resolved, f"{READ}{reading}{READ}{word}", concepts)
        for reading in sorted(consonant_readings(word))
    )


def _spelt_by_authority(decision: Decision) -> bool:
    """Whether an authority entry has a name whose initials an abbreviation alone spells
    (``initials`` evidence, taken or not): the corpus's names of those initials are then not
    the only candidates."""
    return any(e.kind == "initials" for c in decision.candidates for e in c.evidence)


def _stated(reading: Reading) -> str | None:
    """The one country a name states, or None: what a definition of an entry's name says of
    its country without reading the entry's (a text that writes none never reads it)."""
    return next(iter(reading.countries)) if len(reading.countries) == 1 else None


def _named(reading: Reading) -> bool:
    """Whether an entry writes a name, not only an abbreviation (with or without a country
    beside it: "XWU (Xandia)", "Xandia, XWU")."""
    for text in reading.texts:
        if (after := without_country(text)) is not None:
            text = after[0]
        elif (before := leading_country(text)) is not None:
            text = before[1]
        if not is_abbreviation(text):
            return True
    return False


#: The fewest type-word concepts a name of no own word and no country must have to stand for
#: one organisation alone ("Xandian Communist Party" does; "Communist Party" does not).
ALIAS_CONCEPTS = 3


def _says_enough(reading: Reading) -> bool:
    """Whether the name beside an entry's abbreviation says enough to be that entry when written
    alone: own words, a country, or :data:`ALIAS_CONCEPTS` concepts. "Communist Party (XKP)"
    makes no text's "Communist Party" the XKP."""
    sig = signature(reading.label)
    return bool(sig.words or sig.countries or reading.beside) or (
        len(sig.concepts) >= ALIAS_CONCEPTS
    )


def _within(reading: Reading) -> bool:
    """Whether an entry writes its abbreviation in brackets amid its name, words following it
    ("Xandia Legal Aid (XLA) Zetapolis"): the abbreviation stands for the words before it, a
    name that several organisations (a branch in each place) share, so it defines nothing. A
    country after the bracket ("Zeta Front (ZF) de Cuba") is the whole organisation's."""
    name = reading.texts[0] if reading.texts else ""
    for short in reading.abbreviations:
        found = _bracketed(short).search(name)
        if found is None:
            continue
        rest = name[found.end() :].split()
        if rest and normalise(rest[0]) in type_words().link_words:
            rest = rest[1:]
        if not country_code(" ".join(rest)):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _bracketed(short: str) -> re.Pattern[str]:
    """``short`` in brackets with a word after them, compiled once for each abbreviation (an
    archive writes more of them than the ``re`` module keeps compiled)."""
    return re.compile(rf"[(\[]\s*{re.escape(short)}\s*[)\]]\s*(?=[^\W_])")


def _groups_by_list(sections: Sequence[Section]) -> list[list[int]]:
    """The indices of the sections that are groups of one list by the kind of their names (each
    a line opening with its kind, under one heading), list by list."""
    lists: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, section in enumerate(sections):
        if section.group:
            lists[(section.heading, section.span.start)].append(index)
    return [indices for indices in lists.values() if len(indices) >= 2]


def _with_kind(entry: Entry, kind: str | None) -> Entry:
    """The entry read with the word its group names its kind by before its name ("federations
    Xandia Builders"): what tells it from a name written alike in a group of another kind."""
    if not kind:
        return entry
    name = f"{kind} {entry.name}" if entry.name else entry.name
    return replace(entry, raw=f"{kind} {entry.raw}", name=name)


def _version_pairs(
    sections: Sequence[Section], decided: Sequence[Sequence[_Resolved]]
) -> list[tuple[int, int]]:
    """Pairs of lists that are one list in two languages: as long (two entries or more), of
    different languages, entries of comparable length, and no position known to be two
    different organisations. Each list is paired once, with the first list that fits."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for first, second in (
        (i, j) for i in range(len(sections)) for j in range(i + 1, len(sections))
    ):
        if first in used or second in used:
            continue
        a, b = sections[first], sections[second]
        if len(a.entries) != len(b.entries) or len(a.entries) < 2:
            continue
        if a.language is None or b.language is None or a.language == b.language:
            continue
        if not all(_comparable(x.raw, y.raw) for x, y in zip(a.entries, b.entries, strict=True)):
            continue
        left, right = decided[first], decided[second]
        known = [
            (x.key, y.key)
            for x, y in zip(left, right, strict=True)
            if x.method not in _NEW and y.method not in _NEW
        ]
        if any(x != y for x, y in known):
            continue
        pairs.append((first, second))
        used.update((first, second))
    return pairs


def _country_form(reading: Reading) -> tuple[bool, bool]:
    """How an entry's most complete name writes its country (:attr:`Signature.form_of_country`)."""
    names = [t for t in reading.texts if not is_abbreviation(t)]
    return signature(names[0]).form_of_country if names else (False, False)


def _comparable(left: str, right: str) -> bool:
    shorter, longer = sorted((len(left.strip()), len(right.strip())))
    return shorter > 0 and longer <= shorter * PAIR_LENGTH_RATIO


def _pair_key(left: _Resolved, right: _Resolved, first: Section, second: Section) -> str:
    """The one key of two entries that name one organisation in two languages: the known one,
    else the key of the English entry, else of the first list's."""
    if left.method not in _NEW:
        return left.key
    if right.method not in _NEW:
        return right.key
    if second.language == "en" and first.language != "en":
        return right.key
    return left.key


# ---------------------------------------------------------------------- helpers


def _sighting_order(s: Sighting) -> tuple[str, str, int, str, str, str]:
    return (s.key, s.document, s.position or 0, s.form, s.role, s.method)


def _with_seen(org: Organisation, seen: _Seen) -> Organisation:
    named = {_spelling(n.text) for n in org.names}
    forms = {f for f in (*org.alternate_names, *seen.forms) if _spelling(f) not in named}
    abbreviations = set(org.abbreviations) | seen.abbreviations
    return Organisation(
        key=org.key,
        names=org.names,
        alternate_names=tuple(sorted(forms - abbreviations)),
        abbreviations=tuple(sorted(abbreviations)),
        country=org.country,
        kinds=org.kinds,
        same_as=org.same_as,
        known=True,
    )


def _spelling(text: str) -> str:
    """Words and their order, ignoring case, quotes and punctuation (not articles)."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _new_organisation(key: str, seen: _Seen) -> Organisation:
    name = min(seen.primary or seen.forms or seen.abbreviations)
    others = sorted(seen.forms - seen.abbreviations - {name})
    country = next(iter(seen.countries)) if len(seen.countries) == 1 else None
    return Organisation(
        key=key,
        names=(Name(name),),
        alternate_names=tuple(others),
        abbreviations=tuple(sorted(seen.abbreviations)),
        country=country,
        known=False,
    )
