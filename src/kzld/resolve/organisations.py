"""The organisation resolver: one key per organisation, however and wherever a text names it.

A signatory entry is tried, in order, by: exact normalised name (its name, then its gloss) ->
abbreviation (when only one organisation uses it and the name does not contradict it) -> loose
key (word order, link words, the way the country is written; only when exactly one organisation
has it) -> guarded fuzzy match (same number of words, every differing word a spelling variant, a
clear winner). Every step respects countries: an entry whose text names a country never joins an
organisation of another country, and a ``generic`` authority entry only takes entries naming its
country. What none of these finds becomes a new organisation with the deterministic key
:func:`~kzld.resolve.normalise.new_key`. Nothing depends on the order documents are resolved in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..model.countries import country_code
from ..model.records import Document, Entry, Mention, Name, Organisation, Span
from .authority import Authority
from .normalise import abbreviation_key, loose_key, name_countries, new_key, normalise
from .org_mentions import ProseMatcher, ambiguous_abbreviations
from .org_report import Match, NearMiss, OrgReport, Sighting

__all__ = [
    "FUZZY_NEAR",
    "FUZZY_TAKE",
    "Match",
    "NearMiss",
    "OrgReport",
    "OrganisationResolver",
    "Sighting",
    "survey",
]

#: Lowest similarity (rapidfuzz ratio of normalised names, 0-100) a fuzzy match is taken at.
FUZZY_TAKE = 90.0
#: Lowest similarity reported as a near-miss when a fuzzy match is not taken.
FUZZY_NEAR = 80.0
#: A fuzzy winner must beat the best other organisation by this much.
FUZZY_MARGIN = 4.0
#: Lowest similarity of two differing words for them to count as spellings of one word.
WORD_SIMILARITY = 75.0
#: How many results each memoised helper keeps (names recur from document to document).
_CACHED = 1 << 16


@dataclass(slots=True)
class _Seen:
    """What was seen of one organisation: forms (names and glosses) and abbreviations."""

    forms: set[str] = field(default_factory=set)
    abbreviations: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    #: The names entries give first (not their glosses): a new organisation is named by these.
    primary: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Found:
    key: str
    method: str
    matched: str = ""
    score: float = 100.0


class OrganisationResolver:
    """Resolves entries, names and mentions against one :class:`Authority`, remembering them."""

    def __init__(self, authority: Authority) -> None:
        self.authority = authority
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._loose: dict[str, set[str]] = defaultdict(set)
        self._abbreviations: dict[str, set[str]] = defaultdict(set)
        self._choices: list[tuple[str, str, str]] = []  # (normalised, key, name as written)
        for entry in authority:
            for name in entry.all_names:
                self._exact[normalise(name)].add(entry.key)
                self._loose[loose_key(name)].add(entry.key)
                self._choices.append((normalise(name), entry.key, name))
            for abbreviation in entry.abbreviations:
                self._abbreviations[abbreviation_key(abbreviation)].add(entry.key)
        self._names = [choice[0] for choice in self._choices]
        #: what each query normalised for fuzzy matching scores, best organisations first
        self._ranked: dict[str, list[tuple[str, tuple[float, str, str]]]] = {}
        #: what :meth:`_search` found for candidates and countries (near-misses without document)
        self._searched: dict[
            tuple[_Candidates, frozenset[str]], tuple[_Found | None, tuple[NearMiss, ...]]
        ] = {}
        self._ambiguous = ambiguous_abbreviations(authority)
        self._prose = ProseMatcher(authority)
        self._sightings: set[Sighting] = set()
        self._seen: dict[str, _Seen] = defaultdict(_Seen)
        self._matches: set[Match] = set()
        self._near: set[NearMiss] = set()

    # ------------------------------------------------------------------ matching

    def _compatible(self, key: str, countries: frozenset[str]) -> bool:
        entry = self.authority.entry(key)
        if entry.generic and entry.country not in countries:
            return False
        return not (countries and entry.country is not None and entry.country not in countries)

    def _unique(self, keys: Iterable[str], countries: frozenset[str]) -> str | None:
        fitting = {k for k in keys if self._compatible(k, countries)}
        return next(iter(fitting)) if len(fitting) == 1 else None

    def _fuzzy(
        self, text: str, countries: frozenset[str], document: str, near: list[NearMiss]
    ) -> _Found | None:
        query = normalise(text)
        if not query:
            return None
        ranked = self._ranked.get(query)
        if ranked is None:
            ranked = self._ranked[query] = self._rank(query)
        if not ranked:
            return None
        key, (score, normal, written) = ranked[0]
        reason = None
        if score < FUZZY_TAKE:
            reason = f"similarity {score:.0f} below {FUZZY_TAKE:.0f}"
        elif not _spelling_variant(query, normal):
            reason = "words differ, not only their spelling"
        elif not self._compatible(key, countries):
            reason = "countries differ"
        elif len(ranked) > 1 and ranked[1][1][0] > score - FUZZY_MARGIN:
            reason = f"as close to {ranked[1][0]}"
        if reason is None:
            return _Found(key, "fuzzy", written, round(score, 1))
        near.append(NearMiss(text, key, written, round(score, 1), reason, document))
        return None

    def _rank(self, query: str) -> list[tuple[str, tuple[float, str, str]]]:
        """The organisations whose names come closest to ``query``: (key, (score, normalised
        name, name as written)), best first."""
        scored = process.extract(
            query, self._names, scorer=fuzz.ratio, limit=8, score_cutoff=FUZZY_NEAR
        )
        best: dict[str, tuple[float, str, str]] = {}
        for _, score, index in scored:
            normal, key, written = self._choices[index]
            if key not in best or score > best[key][0]:
                best[key] = (float(score), normal, written)
        return sorted(best.items(), key=lambda item: (-item[1][0], item[0]))

    def _find(
        self, candidates: _Candidates, countries: frozenset[str], document: str
    ) -> tuple[_Found | None, list[NearMiss]]:
        """What :meth:`_search` finds (the same for the same names, so looked up once)."""
        searched = self._searched.get((candidates, countries))
        if searched is None:
            found, near = self._search(candidates, countries, "")
            searched = self._searched[(candidates, countries)] = found, tuple(near)
        return searched[0], [
            NearMiss(n.form, n.key, n.matched, n.score, n.reason, document) for n in searched[1]
        ]

    def _search(
        self, candidates: _Candidates, countries: frozenset[str], document: str
    ) -> tuple[_Found | None, list[NearMiss]]:
        near: list[NearMiss] = []
        texts = candidates.texts
        for text in (*texts, *candidates.parts):
            exact = self._exact.get(normalise(text), set())
            if (key := self._unique(exact, countries)) is not None:
                return _Found(key, "exact", text), near
            for other in sorted(exact):
                near.append(NearMiss(text, other, text, 100.0, "countries differ", document))
        for abbreviation in candidates.abbreviations:
            akey = abbreviation_key(abbreviation)
            owners = self._abbreviations.get(akey, set())
            key = self._unique(owners, countries) if akey not in self._ambiguous else None
            if key is not None and self._name_agrees(key, texts, akey):
                return _Found(key, "abbreviation", abbreviation), near
            if key is not None:
                form = " / ".join(texts)
                reason = "same abbreviation, different name"
                near.append(NearMiss(form, key, abbreviation, 0.0, reason, document))
        for text in texts:
            loose = self._loose.get(loose_key(text), set())
            if (key := self._unique(loose, countries)) is not None:
                return _Found(key, "loose", self.authority.entry(key).name, 100.0), near
        for text in texts:
            if (fuzzy := self._fuzzy(text, countries, document, near)) is not None:
                return fuzzy, near
        return None, near

    def _name_agrees(self, key: str, texts: tuple[str, ...], akey: str) -> bool:
        """An abbreviation alone decides only if the entry's name, if any, resembles the org's."""
        texts = tuple(
            t for t in texts if abbreviation_key(t) not in akey and not _looks_like_abbreviation(t)
        )
        if not texts:
            return True
        names = [normalise(n) for n in self.authority.entry(key).all_names]
        return any(
            fuzz.token_set_ratio(normalise(text), name) >= FUZZY_NEAR
            for text in texts
            for name in names
        )

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

    def _settle(
        self,
        found: _Found | None,
        near: list[NearMiss],
        document: str,
        form: str,
    ) -> None:
        self._near.update(n for n in near if found is None or n.key != found.key)
        if found is not None and found.method in {"loose", "fuzzy"}:
            self._matches.add(
                Match(form, found.key, found.matched, found.score, found.method, document)
            )

    # ------------------------------------------------------------------ public API

    def resolve_entry(self, entry: Entry, *, language: str | None, document: str) -> str:
        """The key of the organisation a signatory entry names (new if the authority lacks it)."""
        del language  # names in lists are often in another language than their heading
        written = tuple(t.strip() for t in (entry.name, entry.gloss) if t and t.strip())
        whole = entry.raw.strip()
        if entry.abbreviation and whole.startswith(entry.abbreviation):
            whole = whole[len(entry.abbreviation) :].strip()
        # the whole entry first: a reader may take a qualifier such as "(Marxist-Leninist)" for a
        # gloss, and the name without it may be another organisation's
        candidates = _candidates((whole, *written), entry.abbreviation)
        abbreviation = next(iter(candidates.abbreviations), None)
        countries = _entry_countries(entry)
        found, near = self._find(candidates, countries, document)
        self._settle(found, near, document, entry.raw)
        if found is not None:
            key, method = found.key, found.method
        else:
            label = entry.name or entry.gloss or entry.abbreviation or entry.raw
            label = _without_country(label) or label
            country = next(iter(countries)) if len(countries) == 1 else None
            key, method = new_key(label, country), "new"
        self._record(
            key, document=document, position=entry.position, form=entry.raw, role="signatory",
            method=method, names=written, abbreviation=abbreviation, countries=countries,
        )  # fmt: skip
        return key

    def resolve_name(self, text: str, *, language: str | None, document: str) -> str | None:
        """The key of a known organisation named by ``text`` (a publisher, an affiliation), or None.

        Tries the whole text, then its bracketed parts, then the organisations named inside it
        (when exactly one is). Never creates an organisation.
        """
        del language
        text = text.strip()
        if not text:
            return None
        candidates = _candidates((text,), text)
        countries = name_countries(text)
        found, near = self._find(candidates, countries, document)
        if found is None:
            inside = {m.key for m in self._prose.find(text)}
            if len(inside) == 1:
                found = _Found(inside.pop(), "prose", text)
        self._settle(found, near, document, text)
        if found is None:
            return None
        names = () if found.method == "prose" else candidates.texts[-1:]
        self._record(found.key, document=document, position=None, form=text, role="name",
                     method=found.method, names=names)  # fmt: skip
        return found.key

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
        """Sightings, new organisations, matches taken, near-misses, signatories without country."""
        organisations = self.organisations()
        signatories = {s.key for s in self._sightings if s.role == "signatory"}
        return OrgReport(
            organisations=organisations,
            sightings=tuple(sorted(self._sightings, key=_sighting_order)),
            new=tuple(o for o in organisations if not o.known),
            matches=tuple(sorted(self._matches)),
            near_misses=tuple(sorted(self._near)),
            without_country=tuple(
                o for o in organisations if o.country is None and o.key in signatories
            ),
        )


def survey(documents: Iterable[Document], authority: Authority | None = None) -> OrgReport:
    """Resolve the organisations of ``documents`` (as the build does) and report what was seen."""
    from .authority import load_authority

    resolver = OrganisationResolver(authority if authority is not None else load_authority())
    for document in sorted(documents, key=lambda d: d.name):
        for section in document.sections:
            for entry in section.entries:
                resolver.resolve_entry(entry, language=section.language, document=document.name)
        if document.publisher:
            resolver.resolve_name(document.publisher, language=None, document=document.name)
        for person in document.persons:
            if person.affiliation:
                resolver.resolve_name(
                    person.affiliation, language=person.language, document=document.name
                )
        resolver.find_mentions(document)
    return resolver.report()


# ---------------------------------------------------------------------- helpers


def _sighting_order(s: Sighting) -> tuple[str, str, int, str, str, str]:
    return (s.key, s.document, s.position or 0, s.form, s.role, s.method)


def _entry_countries(entry: Entry) -> frozenset[str]:
    return _countries_of(entry.country_hint, entry.name, entry.gloss)


@lru_cache(maxsize=_CACHED)
def _countries_of(hint: str | None, *texts: str | None) -> frozenset[str]:
    found: set[str] = set()
    if hint:
        code = country_code(hint)
        found.update({code} if code else name_countries(hint))
    for text in texts:
        if text:
            found.update(name_countries(text))
    return frozenset(found)


def _spelling_variant(a: str, b: str) -> bool:
    """Same number of words, and every differing word pair a spelling of one word."""
    left, right = a.split(), b.split()
    if len(left) != len(right):
        return False
    return all(
        x == y or fuzz.ratio(x, y) >= WORD_SIMILARITY for x, y in zip(left, right, strict=True)
    )


@dataclass(frozen=True, slots=True)
class _Candidates:
    """What an entry or a name offers to match: whole names (and their variants without a
    country or a bracketed abbreviation), bracketed parts (tried for exact matches only: they may
    be a qualifier such as "(independiente)"), and abbreviations."""

    texts: tuple[str, ...]
    parts: tuple[str, ...]
    abbreviations: tuple[str, ...]


@lru_cache(maxsize=_CACHED)
def _candidates(written: tuple[str, ...], abbreviation: str | None) -> _Candidates:
    texts: list[str] = []
    parts: list[str] = []
    abbreviations = [abbreviation] if abbreviation else []
    for text in written:
        texts.append(text)
        if (bare := _without_country(text)) is not None:
            texts.append(bare)
        _, inner = _split_brackets(text)
        short = [i for i in inner if _looks_like_abbreviation(i)]
        places = [i for i in inner if country_code(i)]
        if short or places:
            texts.append(_drop_brackets(text, {*short, *places}))
        leading = re.match(r"[(\[]([^()\[\]]+)[)\]]\s*(.+)", text)
        if leading and leading.group(1) == leading.group(1).upper():
            texts.append(leading.group(2))  # the tail of an abbreviation: "(ML) Communist ..."
        abbreviations.extend(short)
        parts.extend(i for i in inner if i not in short and i not in places)
        if _looks_like_abbreviation(text):
            abbreviations.append(text)
    return _Candidates(
        tuple(dict.fromkeys(texts)),
        tuple(dict.fromkeys(parts)),
        tuple(dict.fromkeys(abbreviations)),
    )


@lru_cache(maxsize=_CACHED)
def _without_country(text: str) -> str | None:
    """``text`` without a trailing country ("... – Norway", "... (Chile)", "..., Chile")."""
    for pattern in (r"^(.+?)\s*[(\[]([^()\[\]]+)[)\]]$", r"^(.+?)\s*[,–—-]\s*([^,–—-]+)$"):
        match = re.match(pattern, text.strip())
        if match and country_code(match.group(2)):
            return match.group(1).strip()
    return None


def _split_brackets(text: str) -> tuple[str, list[str]]:
    inner = [m.strip() for m in re.findall(r"[(\[]([^()\[\]]+)[)\]]", text)]
    outer = " ".join(re.sub(r"[(\[][^()\[\]]*[)\]]", " ", text).split())
    return outer, inner


def _drop_brackets(text: str, contents: set[str]) -> str:
    """``text`` without the bracketed groups whose content is one of ``contents``."""

    def drop(match: re.Match[str]) -> str:
        return " " if match.group(1).strip() in contents else match.group()

    return " ".join(re.sub(r"[(\[]([^()\[\]]+)[)\]]", drop, text).split())


@lru_cache(maxsize=_CACHED)
def _looks_like_abbreviation(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    words = text.split()
    return 3 <= len(letters) <= 12 and capitals * 2 > len(letters) and len(words) <= 2


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
