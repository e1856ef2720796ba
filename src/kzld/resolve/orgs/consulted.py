"""What resolving one text consulted of the organisation authority, and which texts a change of
the authority touches.

A text's resolution depends on the authority only through what the resolver looks up in it: the
index's tables (a name's normalised form, with its spaces and without, an abbreviation's key, a
signature, own words and a country, concepts and a country, a name proper and its consonants,
the concepts and country of a name before a description, a name written in Latin capitals by
its abbreviation key, a name's initials, a character of a name written in characters of a
syllable each, concepts of a form of one country or none, the first words of a name),
the entries it takes by key and which of their fields it reads (:data:`FIELDS`: a text that read
an entry's country alone is not touched by a form added to it; where it only asked whether the
country is one of some countries, :data:`PLACED`, that question: a country given for another
that answers it alike touches nothing), the names it compares by similarity, and the words of
the prose it searches for the authority's names. :class:`Recorder` puts a recording view over
each of these in one :class:`~kzld.resolve.orgs.resolver.OrganisationResolver` and gives, for
each text resolved, a :class:`Consulted`: the keys looked up (found or not: a key looked up in
vain is where a new entry would have been found) and the fields read, the names compared by
similarity, the words of the prose searched.

:class:`AuthorityChange` compares two versions of the authority. Each entry added, removed or
changed, in either version, is filed in an index of its own (the keys it is found under), and
its names and abbreviations give what a text's prose must hold for one to match. A text is
touched when it looked up one of those keys, read a field of the entry that changed (a note is
no field: the authority does not keep it), asked of its country a question the new country
answers otherwise, compared a name within similarity reach of one of the
entry's names, or has in its prose every word of one of its names or abbreviations (or of
another entry's abbreviation that the change makes shared or no longer shared). Any other text
resolves as before: a build keeps its part of the graph (:mod:`kzld.state`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, TypeVar, cast

from rapidfuzz import fuzz, process

from ...model.records import Organisation
from .authority import Authority, AuthorityEntry
from .candidates import SIMILAR_NEAR, AuthorityIndex
from .kept import Kept
from .mentions import ProseMatch, ProseMatcher, meets, prose_needs, prose_words
from .names import abbreviation_key, normalise
from .resolver import OrganisationResolver

__all__ = ["FIELDS", "INDEX_TABLES", "PLACED", "AuthorityChange", "Consulted", "Recorder"]

#: The index's tables a name is looked up in, each with the prefix of its keys in a
#: :class:`Consulted`; the abbreviation tables share theirs (all are keyed by abbreviation key).
INDEX_TABLES = {
    "exact": "e",
    "unspaced": "u",
    "romanised": "r",
    "abbreviations": "a",
    "signatures": "s",
    "own_words": "o",
    "placed_words": "p",
    "name_words": "w",
    "of_concepts": "c",
    "of_some_country": "g",
    "proper": "n",
    "proper_consonants": "v",
    "described": "d",
    "capital_forms": "l",
    "initials": "a",
    "contractions": "j",
    "leading": "t",
    "known_abbreviations": "a",
    "ambiguous": "a",
}
#: The prefix of an entry taken by its key (or asked for): whether the authority lists it.
ENTRY = "k"
#: The prefix of a field of an entry read: ``f:<key>/<field>``.
FIELD = "f"
#: The prefix of a test of an entry's country (:meth:`.AuthorityEntry.placed_in`), with the
#: countries it was tested against: ``y:(<key>|{<countries>})``. The country read otherwise is
#: the field ``country``.
PLACED = "y"
#: How the codes of an entry taken by its key and of a field of one start.
_ENTRY_CODE, _FIELD_CODE = f"{ENTRY}:", f"{FIELD}:"
#: The fields of an entry a resolution may read, each with the attributes that give it: a text
#: that read an entry's country alone is not touched by a form added to it.
FIELDS: dict[str, tuple[str, ...]] = {
    "names": ("name", "names", "forms"),
    "abbreviations": ("abbreviations",),
    "country": ("country",),
    "kinds": ("kinds",),
    "same_as": ("same_as",),
    "dates": ("founded", "dissolved", "named"),
    "generic": ("generic",),
    "prose": ("prose_safe", "prose_unsafe"),
}
#: The attributes of an entry made from its fields, each with the fields it reads.
_DERIVED = {
    "all_names": ("names",),
    "named_since": ("dates",),
    "named_so_in": ("dates",),
    "existed_in": ("dates",),
}
#: An attribute of an entry that reads no field (a country's words in a reason for the
#: review are not weighed by any decision).
_FIELDLESS = frozenset({"key", "line", "country_shown"})
#: attribute -> the fields it reads
_READS = {attribute: (name,) for name, attributes in FIELDS.items() for attribute in attributes}
_READS.update(_DERIVED)


@dataclass(frozen=True, slots=True)
class Consulted:
    """What resolving one text consulted of the authority (see the module's docstring)."""

    #: the keys looked up in the index and the entries taken, each with its table's prefix,
    #: in order
    probes: tuple[str, ...] = ()
    #: the normalised names compared by similarity with the authority's names
    similar: tuple[str, ...] = ()
    #: the words of the prose searched for the authority's names (:func:`.mentions.prose_words`)
    words: tuple[str, ...] = ()
    #: whether any change of the authority may change the resolution (a prose where names may
    #: match across words, or the authority gone through whole)
    everything: bool = False

    @classmethod
    def decode(cls, value: object) -> Consulted | None:
        """The :class:`Consulted` (or None) written as the JSON value ``value``; raises
        ``ValueError`` for anything else. A change of the authority asks it of every kept part
        (:meth:`AuthorityChange.touches`): made by hand, not by the general decoder."""
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValueError(f"not what a text consulted: {value!r:.60}")
        kept = (value["probes"], value["similar"], value["words"])
        everything = value["everything"]
        if not isinstance(everything, bool) or not all(
            isinstance(items, list) and all(isinstance(item, str) for item in items)
            for items in kept
        ):
            raise ValueError(f"not what a text consulted: {value!r:.60}")
        probes, similar, words = kept
        return cls(tuple(probes), tuple(similar), tuple(words), everything)


def _code(key: object) -> str:
    """One string for an index key: equal keys give equal strings."""
    if isinstance(key, str):
        return key
    if isinstance(key, frozenset):
        return "{" + ",".join(sorted(_code(item) for item in key)) + "}"
    if isinstance(key, tuple):
        return "(" + "|".join(_code(item) for item in key) + ")"
    return repr(key)


def _placed(code: str) -> tuple[str, frozenset[str | None]]:
    """The key and the countries of a test of an entry's country, as :func:`_code` wrote it
    after :data:`PLACED` (a country of None: "the entry names none")."""
    key, _, listed = code[len(PLACED) + 2 : -1].partition("|")
    countries = listed[1:-1].split(",") if listed != "{}" else []
    return key, frozenset(None if country == "None" else country for country in countries)


@dataclass(slots=True)
class _Frame:
    probes: set[str] = field(default_factory=set)
    similar: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    everything: bool = False

    def update(self, other: _Frame) -> None:
        self.probes |= other.probes
        self.similar |= other.similar
        self.words |= other.words
        self.everything |= other.everything


class _Frames:
    """The frames being recorded: one per text, and one per answer the resolver keeps (a
    decision, a reading's candidates' evidence: one given again adds what making it
    consulted)."""

    def __init__(self) -> None:
        self.stack: list[_Frame] = []
        #: each prefix's keys -> their codes (a table a prefix: the key alone is hashed, not a
        #: pair made for each of the thousand lookups a text records)
        self._codes: dict[str, dict[object, str]] = {}

    def probe(self, prefix: str, key: object) -> None:
        if self.stack:
            codes = self._codes.get(prefix)
            if codes is None:
                codes = self._codes[prefix] = {}
            code = codes.get(key)
            if code is None:
                code = codes[key] = f"{prefix}:{_code(key)}"
            self.stack[-1].probes.add(code)

    def similar(self, query: str) -> None:
        if self.stack:
            self.stack[-1].similar.add(query)

    def prose(self, text: str) -> None:
        if self.stack:
            words = prose_words(text)
            if words is None:
                self.stack[-1].everything = True
            else:
                self.stack[-1].words.update(words)

    def everything(self) -> None:
        if self.stack:
            self.stack[-1].everything = True


K = TypeVar("K")
V = TypeVar("V")


class _Table(defaultdict[K, V]):
    """A table of the index whose lookups are recorded (with the default the table had)."""

    def __init__(self, table: dict[K, V], prefix: str, frames: _Frames) -> None:
        super().__init__(getattr(table, "default_factory", None), table)
        self._prefix, self._frames = prefix, frames

    def get(self, key: K, default: Any = None) -> Any:
        self._frames.probe(self._prefix, key)
        return super().get(key, default)

    def __getitem__(self, key: K) -> V:
        self._frames.probe(self._prefix, key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._frames.probe(self._prefix, key)
        return super().__contains__(key)


class _Keys(frozenset[str]):
    """A set of abbreviation keys whose membership tests are recorded, one for every text: a
    reading of an entry given again from a cache tests its keys again
    (:func:`~kzld.resolve.orgs.analysis.read_entry`)."""

    _frames: _Frames

    def __new__(cls, keys: Iterable[str], frames: _Frames) -> _Keys:
        made = super().__new__(cls, keys)
        made._frames = frames
        return made

    def __contains__(self, key: object) -> bool:
        self._frames.probe("a", key)
        return super().__contains__(key)


class _Similar(dict[str, V]):
    """The index's cache of similarity searches: each name searched is recorded."""

    def __init__(self, frames: _Frames) -> None:
        super().__init__()
        self._frames = frames

    def get(self, key: str, default: Any = None) -> Any:
        self._frames.similar(key)
        return super().get(key, default)


class _Recorded(Kept[K, V]):
    """Answers a resolver keeps (its decisions, the index's candidates' evidence), at most
    ``kept``: one given again adds what making it consulted."""

    def __init__(self, frames: _Frames, kept: int) -> None:
        super().__init__(kept)
        self._frames = frames
        self._consulted: dict[K, _Frame] = {}

    def get(self, key: K, default: Any = None) -> Any:
        stack = self._frames.stack
        if dict.__contains__(self, key):
            if stack:
                # an answer made while nothing was recorded consulted who knows what
                stack[-1].update(self._consulted.get(key) or _Frame(everything=True))
            return super().get(key)
        if stack:
            stack.append(_Frame())  # what making the answer consults, until it is kept
        return default

    def __setitem__(self, key: K, value: V) -> None:
        stack = self._frames.stack
        if len(stack) > 1:
            made = self._consulted[key] = stack.pop()
            stack[-1].update(made)
        super().__setitem__(key, value)

    def let_go(self, key: K) -> None:
        super().let_go(key)
        self._consulted.pop(key, None)


class _Entry:
    """An entry of the authority whose reads are recorded, field by field (:data:`FIELDS`;
    anything else read of it counts as every field)."""

    __slots__ = ("_entry", "_frames")

    def __init__(self, entry: AuthorityEntry, frames: _Frames) -> None:
        self._entry, self._frames = entry, frames

    def __getattr__(self, attribute: str) -> Any:
        entry = self._entry
        if attribute not in _FIELDLESS:
            for name in _READS.get(attribute, FIELDS):
                self._frames.probe(FIELD, f"{entry.key}/{name}")
        return getattr(entry, attribute)

    def placed_in(self, countries: Collection[str | None]) -> bool:
        """The entry's answer, the test recorded (not its country: another country that gives
        the same answer changes nothing)."""
        entry = self._entry
        self._frames.probe(PLACED, (entry.key, frozenset(countries)))
        return entry.placed_in(countries)


class _Authority(Authority):
    """The authority, each entry taken (or asked for) recorded, and each field read of it, going
    through it whole too."""

    def __init__(self, authority: Authority, frames: _Frames) -> None:
        super().__init__(authority.entries, authority.path)
        self._frames = frames

    def __contains__(self, key: object) -> bool:
        self._frames.probe(ENTRY, key)
        return super().__contains__(key)

    def __iter__(self) -> Iterator[AuthorityEntry]:
        self._frames.everything()
        return super().__iter__()

    def entry(self, key: str) -> AuthorityEntry:
        self._frames.probe(ENTRY, key)
        # read as an entry is read: the view stands for one (see _Entry)
        return cast(AuthorityEntry, _Entry(super().entry(key), self._frames))

    def organisation(self, key: str) -> Organisation:
        self._frames.probe(ENTRY, key)
        for name in FIELDS:
            self._frames.probe(FIELD, f"{key}/{name}")
        return super().organisation(key)

    def __len__(self) -> int:
        self._frames.everything()
        return super().__len__()


class _Prose:
    """The prose matcher, the words of each text it searches recorded."""

    def __init__(self, matcher: ProseMatcher, frames: _Frames) -> None:
        self._matcher, self._frames = matcher, frames

    def find(self, text: str, skip: Iterable[tuple[int, int]] = ()) -> list[ProseMatch]:
        self._frames.prose(text)
        return self._matcher.find(text, skip)


class Recorder:
    """Records what ``resolver`` consults of its authority, text by text (:meth:`text`)."""

    def __init__(self, resolver: OrganisationResolver) -> None:
        self.frames = frames = _Frames()
        self.resolver = resolver
        authority = _Authority(resolver.authority, frames)
        index = resolver.index
        resolver.authority = index.authority = authority
        index.exact = _Table(index.exact, INDEX_TABLES["exact"], frames)
        index.unspaced = _Table(index.unspaced, INDEX_TABLES["unspaced"], frames)
        index.romanised = _Table(index.romanised, INDEX_TABLES["romanised"], frames)
        index.abbreviations = _Table(index.abbreviations, INDEX_TABLES["abbreviations"], frames)
        index.signatures = _Table(index.signatures, INDEX_TABLES["signatures"], frames)
        index.own_words = _Table(index.own_words, INDEX_TABLES["own_words"], frames)
        index.placed_words = _Table(index.placed_words, INDEX_TABLES["placed_words"], frames)
        index.name_words = _Table(index.name_words, INDEX_TABLES["name_words"], frames)
        index.of_concepts = _Table(index.of_concepts, INDEX_TABLES["of_concepts"], frames)
        index.of_some_country = _Table(
            index.of_some_country, INDEX_TABLES["of_some_country"], frames
        )
        index.proper = _Table(index.proper, INDEX_TABLES["proper"], frames)
        index.proper_consonants = _Table(
            index.proper_consonants, INDEX_TABLES["proper_consonants"], frames
        )
        index.described = _Table(index.described, INDEX_TABLES["described"], frames)
        index.capital_forms = _Table(index.capital_forms, INDEX_TABLES["capital_forms"], frames)
        index.initials = _Table(index.initials, INDEX_TABLES["initials"], frames)
        index.contractions = _Table(index.contractions, INDEX_TABLES["contractions"], frames)
        index.leading = _Table(index.leading, INDEX_TABLES["leading"], frames)
        index.ambiguous = _Keys(index.ambiguous, frames)
        index.known_abbreviations = _Keys(index.known_abbreviations, frames)
        vars(index)["_similar"] = _Similar(frames)
        vars(index)["_evidence"] = _Recorded(frames, index._evidence.kept)
        vars(resolver)["_decided"] = _Recorded(frames, resolver._decided.kept)
        vars(resolver)["_prose"] = _Prose(resolver._prose, frames)

    @contextmanager
    def text(self) -> Iterator[Callable[[], Consulted]]:
        """Record what the resolver consults until the block ends; the callable given then
        returns it."""
        frame = _Frame()
        frames = self.frames
        frames.stack = [frame]
        try:
            yield lambda: Consulted(
                _without_implied(frame.probes),
                tuple(sorted(frame.similar)),
                tuple(sorted(frame.words)),
                frame.everything,
            )
        finally:
            frames.stack = []


def _without_implied(probes: set[str]) -> tuple[str, ...]:
    """``probes`` in order, less each entry taken by key of which a field was read: an entry
    added or removed changes every field (:meth:`AuthorityChange._compare`), so the fields'
    codes say what its own would."""
    read = {code[2 : code.index("/")] for code in probes if code.startswith(_FIELD_CODE)}
    if not read:
        return tuple(sorted(probes))
    return tuple(
        sorted(code for code in probes if not (code.startswith(_ENTRY_CODE) and code[2:] in read))
    )


def _filing(entry: AuthorityEntry | None) -> dict[str, list[tuple[str, object]]]:
    """What an index holds of ``entry`` (None: of no entry): under each key a lookup is
    recorded as (see :class:`Recorder`), what each of its tables files there."""
    filing: dict[str, list[tuple[str, object]]] = defaultdict(list)
    if entry is not None:
        index = AuthorityIndex(Authority((entry,)))
        for table, prefix in INDEX_TABLES.items():
            found = getattr(index, table)
            for key in found:
                value = found[key] if isinstance(found, dict) else True
                filing[f"{prefix}:{_code(key)}"].append((table, value))
    return filing


def _fields_changed(old: AuthorityEntry | None, new: AuthorityEntry | None) -> list[str]:
    """The fields (:data:`FIELDS`) that differ from ``old`` to ``new`` (None: no entry)."""
    return [
        name
        for name, attributes in FIELDS.items()
        if old is None or new is None or any(getattr(old, a) != getattr(new, a) for a in attributes)
    ]


def _abbreviations(entry: AuthorityEntry | None) -> set[str]:
    return set(entry.abbreviations) if entry is not None else set()


def _prose_read(entry: AuthorityEntry) -> tuple[object, ...]:
    """What the prose matcher reads of ``entry`` beside its names and abbreviations."""
    return entry.generic, entry.prose_safe, entry.prose_unsafe


class AuthorityChange:
    """What changed from the authority ``old`` to ``new``, and which texts it touches.

    ``index`` gives the index of ``new`` (a resolver's, when one is at hand): it and one of
    ``old``, made when first needed, tell whether a changed entry is among the names most
    similar to a name a text compared (the few the resolver weighs), in either version.
    """

    def __init__(
        self, old: Authority, new: Authority, index: Callable[[], AuthorityIndex] | None = None
    ) -> None:
        self._old, self._new = old, new
        self._index = index if index is not None else (lambda: AuthorityIndex(new))
        self._similar: dict[str, bool] = {}
        before = {entry.key: replace(entry, line=0) for entry in old}
        after = {entry.key: replace(entry, line=0) for entry in new}
        versions = [
            entry
            for key in sorted(before.keys() | after.keys())
            if before.get(key) != after.get(key)
            for entry in (before.get(key), after.get(key))
            if entry is not None
        ]
        #: the keys of the entries added, removed or changed
        self.entries = tuple(sorted({entry.key for entry in versions}))
        #: the entries in both versions whose country changed: (before, after)
        self.moved = {
            key: (before[key].country, after[key].country)
            for key in self.entries
            if key in before and key in after and before[key].country != after[key].country
        }
        #: the lookups whose answers changed: an entry taken by its key, and the index keys
        #: under which the two versions of an entry are filed otherwise (a key both file alike,
        #: a signature many entries share, answers as before)
        self.probes: set[str] = set()
        #: the names added or gone, which may come closer to a name than those there before
        self.names: list[str] = []
        #: what a text's prose must hold for a changed pattern of the prose matcher to match
        self.needs: list[frozenset[str]] = []
        for key in self.entries:
            self._compare(key, before.get(key), after.get(key))
        # an abbreviation another entry shares is not looked for in prose: a change that adds
        # or takes away an abbreviation may make it shared, or no longer shared
        shared = {
            abbreviation_key(abbreviation)
            for key in self.entries
            for abbreviation in _abbreviations(before.get(key)) ^ _abbreviations(after.get(key))
        }
        for entry in new:
            if entry.key not in self.entries:
                self.needs.extend(
                    need
                    for abbreviation in entry.abbreviations
                    if abbreviation_key(abbreviation) in shared
                    for need in prose_needs(entry, names=(), abbreviations=(abbreviation,))
                )

    def _compare(self, key: str, old: AuthorityEntry | None, new: AuthorityEntry | None) -> None:
        """File what changed from ``old`` to ``new`` of the entry ``key`` (None: none)."""
        if old is None or new is None:
            self.probes.add(f"{ENTRY}:{key}")
        self.probes.update(f"{FIELD}:{key}/{name}" for name in _fields_changed(old, new))
        filed, filing = _filing(old), _filing(new)
        self.probes.update(
            code for code in filed.keys() | filing.keys() if filed[code] != filing[code]
        )
        written = [set(entry.all_names) if entry else set() for entry in (old, new)]
        self.names.extend(sorted({normalise(name) for name in written[0] ^ written[1]}))
        if old is None or new is None or _prose_read(old) != _prose_read(new):
            self.needs.extend(need for entry in (old, new) if entry for need in prose_needs(entry))
            return
        abbreviations = set(old.abbreviations) ^ set(new.abbreviations)
        self.needs.extend(
            prose_needs(
                new, names=sorted(written[0] ^ written[1]), abbreviations=sorted(abbreviations)
            )
        )

    def touches(self, consulted: Consulted | None) -> bool:
        """Whether a text that consulted ``consulted`` (None: not known) may resolve otherwise."""
        if not self.entries:
            return False
        if consulted is None or consulted.everything:
            return True
        if not self.probes.isdisjoint(consulted.probes):
            return True
        if self.moved and self._answers_moved(consulted.probes):
            return True
        if any(self._similar_to(query) for query in consulted.similar):
            return True
        words = frozenset(consulted.words)
        return any(meets(need, words) for need in self.needs)

    def _answers_moved(self, probes: tuple[str, ...]) -> bool:
        """Whether a test of a country (``probes``, in order) answers otherwise after a change
        of the entry's country: a text that asked only whether it is one of the text's
        countries is not touched by one country of them given for another, or by one
        country given for another of neither."""
        start = bisect_left(probes, f"{PLACED}:")
        for code in probes[start:]:
            if not code.startswith(f"{PLACED}:"):
                break
            key, countries = _placed(code)
            moved = self.moved.get(key)
            if moved is not None and (moved[0] in countries) != (moved[1] in countries):
                return True
        return False

    @cached_property
    def _indexes(self) -> tuple[AuthorityIndex, AuthorityIndex]:
        return AuthorityIndex(self._old), self._index()

    def _similar_to(self, query: str) -> bool:
        """Whether a changed entry is among the names most similar to ``query`` in the old
        authority or the new one."""
        found = self._similar.get(query)
        if found is None:
            near = process.extractOne(
                query, self.names, scorer=fuzz.ratio, score_cutoff=SIMILAR_NEAR
            )
            found = near is not None and any(
                key in self.entries
                for index in self._indexes
                for key, *_ in index._similar_names(query)
            )
            self._similar[query] = found
        return found
