"""Candidates: which authority entries a written name may be, and the evidence for each.

:class:`AuthorityIndex` files every authority form under its normalised spelling, its
abbreviation key and its :func:`~kzld.resolve.orgs.analysis.signature`, and keeps the names for
similarity search. :meth:`AuthorityIndex.candidates` gives, for a
:class:`~kzld.resolve.orgs.analysis.Reading`, every entry some evidence points at, each with that
evidence (``exact``; ``unspaced``, the same letters written with other spaces;
``romanised``, the same name in another alphabet, read letter for letter (Cyrillic, Greek,
Georgian, Armenian and Latin: "Зеленово" and "Zelenovo"); ``abbreviation``;
``transliteration``, an abbreviation in Greek or Cyrillic capitals, or spelt in the names of
the Latin letters, that is one entry's in Latin letters, as an abbreviation or a name in
capitals; ``signature``; ``sense``, the signature with a word of several senses read as one of
them; ``short``, a name that is one entry's name without some of its words; ``kind``, one
entry's name with a word before or after it that says a kind of organisation that entry is;
``proper``, the name an entry writes before a description; ``described``, a translation of
that name when it is of type words and names no country, stating the entry's country;
``foreign``, the concepts and
country of the one entry of that country with a name of those concepts, and own words in a
script none of its names is written in; ``initials``, an abbreviation no entry lists, or one
short word, written alone (or beside its country), whose letters are the initials of the words
of one of an entry's names in Latin letters, with its link words or without: "Udx" of "Unione
dei Xandiani"; ``contracted``, a short name in characters of a syllable each that takes some
of the characters of one of an entry's names in order: "泽阵" of "泽塔民权阵线"; ``leading``,
the first words of the one entry's name that starts with them, its rest a complement that
says no kind, qualifier or country, as a list writes it short: "Zeta Unida" of "Zeta Unida da
República"; ``similar``)
and, where one applies, the reason it cannot be taken (another country, the statement predates
the entry's founding...). Nothing is decided here:
:mod:`kzld.resolve.orgs.decide` weighs the candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product
from typing import cast

from rapidfuzz import fuzz, process

from ...model.acronyms import initials
from ...model.countries import country_name_words
from ...model.scripts import country_scripts, script_of
from .analysis import (
    Reading,
    Signature,
    before_description,
    is_abbreviation,
    leading_country,
    name_proper,
    own_words,
    proper_of,
    signature,
    signatures,
    without_country,
)
from .authority import Authority, AuthorityEntry
from .kept import Kept
from .mentions import ambiguous_abbreviations
from .names import (
    abbreviation_key,
    capitals_in_latin,
    consonant_readings,
    consonants_of,
    contracts,
    normalise,
    romanised,
    same_consonants,
    spelt_abbreviation,
    syllables,
    tokens,
    transliterate,
    vowels_agree,
)
from .typewords import type_words

__all__ = [
    "MIN_LATIN_LETTERS",
    "MIN_SPOKEN_CONCEPTS_NAMED",
    "MIN_UNSPACED",
    "SIMILAR_NEAR",
    "WITHOUT_VOWELS",
    "WORD_SIMILARITY",
    "AuthorityIndex",
    "Candidate",
    "Evidence",
]

#: Scripts written without vowels, whose names meet a name in Latin letters by their consonants.
WITHOUT_VOWELS = frozenset({"ARABIC", "HEBREW"})
#: Scripts of characters of a syllable each, whose own words are compared letter for letter as
#: romanised (:func:`_same_characters`), not as spellings with endings.
_BY_CHARACTERS = frozenset({"CJK"})

#: Lowest similarity (rapidfuzz ratio of normalised names, 0-100) a similar name is reported at.
SIMILAR_NEAR = 80.0
#: How many of the authority's names most similar to a name are taken as similar names.
SIMILAR = 8
#: How many readings' candidates' evidence an index keeps to give again (:meth:`candidates`,
#: the least recently given let go first): a generated archive of 1,000 texts reads some
#: 5,300 different entries, decided some 10,100 times in their lists' years and languages.
KEPT_EVIDENCE = 16384
#: Lowest similarity of two own words for them to count as spellings of one word.
WORD_SIMILARITY = 80.0
#: Two own words that start with this many letters alike, and differ in length by at most
#: :data:`ENDING_LENGTH`, are one word with two endings ("Bohème" / "Bohemia").
WORD_STEM = 5
ENDING_LENGTH = 2

#: The fewest own words a name must share with a form when it names no country and the form
#: names one (by a region that is one of those words).
MIN_PLACED_WORDS = 2

#: The concept of a word that makes a name another organisation's than the name without it.
_NEW = "new"

#: The fewest letters of its own words a short form of a name must have ("Zeta" of "Zeta Party").
MIN_SHORT_LETTERS = 4

#: The fewest concepts a name of no country must have to meet a form of an entry of a country
#: that may speak the language of its list (:meth:`AuthorityIndex._of_some_country`): with own
#: words, and without them ("Partai Petani"); and without them, to meet an entry that has a name
#: in the list's language, written otherwise (:mod:`.decide`: the "Zetan Republic Party" is
#: not the "Zetan Republican Party").
MIN_SPOKEN_CONCEPTS = 2
MIN_SPOKEN_CONCEPTS_ALONE = 2
MIN_SPOKEN_CONCEPTS_NAMED = 3

#: The fewest concepts a name whose own words are in another script than the entry's names
#: must share with one of them (a kind among them) to meet it by its concepts and country.
MIN_FOREIGN_CONCEPTS = 2

#: The fewest letters a name must have to meet a form written with other spaces ("XandiaParty").
MIN_UNSPACED = 6

#: Alphabets whose names meet a name in another of them letter for letter
#: (:func:`~kzld.resolve.orgs.names.romanised`): each writes its vowels, and one letter for
#: one sound, or a fixed pair (not the scripts without vowels, nor the Indic ones, which leave
#: a vowel unwritten, nor those without spaces).
_ALPHABETS = frozenset({"LATIN", "CYRILLIC", "GREEK", "GEORGIAN", "ARMENIAN"})
#: The fewest letters a name must have, read so, to meet a name in another alphabet.
MIN_ROMANISED = 5

#: The fewest letters an abbreviation written in another script's letters must have to meet
#: an entry by its Latin letters.
MIN_LATIN_LETTERS = 3

#: The most letters one word that is no abbreviation may have to be read as initials ("Udu").
MAX_WORD_INITIALS = 6
_ONE_WORD = re.compile(rf"[^\W\d_]{{2,{MAX_WORD_INITIALS}}}")

#: How strong each kind of evidence is, for ordering candidates in the review.
STRENGTH = {
    "exact": 100.0,
    "unspaced": 98.0,
    "kind": 96.0,
    "romanised": 96.0,
    "abbreviation": 95.0,
    "transliteration": 92.0,
    "signature": 90.0,
    "near-signature": 80.0,
    "sense": 78.0,
    "foreign": 76.0,
    "short": 75.0,
    "proper": 74.0,
    "described": 73.5,
    "initials": 73.0,
    "spells": 72.0,
    "contracted": 71.0,
    "spoken": 70.0,
    "leading": 69.0,
}


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """One reason to think a name is an entry: its ``kind``, the authority form it met
    (``matched``), and a note for a person (the signatures compared, the similarity)."""

    kind: str
    matched: str
    note: str = ""
    score: float = 100.0
    #: Which of the reading's texts gave it (0: the most complete).
    rank: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """An authority entry a name may be: the evidence for it, and why it cannot be (if so)."""

    key: str
    evidence: tuple[Evidence, ...]
    blocked: str | None = None

    @property
    def best(self) -> Evidence:
        """The strongest evidence."""
        return max(self.evidence, key=lambda e: (STRENGTH.get(e.kind, e.score), e.score))

    @property
    def score(self) -> float:
        """How strong the best evidence is (0-100)."""
        best = self.best
        return STRENGTH.get(best.kind, best.score) if best.kind != "similar" else best.score

    def kinds(self) -> frozenset[str]:
        """The kinds of evidence for it."""
        return frozenset(e.kind for e in self.evidence)


@dataclass(slots=True)
class _Pending:
    evidence: list[Evidence] = field(default_factory=list)


def _signature_keys(
    sig: Signature, kinds: Iterable[str]
) -> Iterable[tuple[frozenset[str], frozenset[str]]]:
    """The index keys of an entry's name's signature: (concepts, countries); and, for an entry
    of a kind a narrower concept says (``entry_kinds``: a trade union) whose name says it by
    the broader word (``broader``: "Union"), the concepts with the narrower one in its place,
    as a language with a word of its own for it translates the name ("Sindicato")."""
    yield sig.concepts, sig.countries
    table = type_words()
    for narrower, broader in table.broader.items():
        of_kind = table.entry_kinds.get(narrower, frozenset()) & set(kinds)
        if of_kind and broader in sig.concepts and narrower not in sig.concepts:
            yield sig.concepts - {broader} | {narrower}, sig.countries


class AuthorityIndex:
    """The authority's forms, filed for finding candidates."""

    def __init__(self, authority: Authority) -> None:
        self.authority = authority
        self.exact: dict[str, set[str]] = defaultdict(set)
        #: the normalised forms without their spaces, for names that run two words together
        self.unspaced: dict[str, set[str]] = defaultdict(set)
        #: the names in an alphabet (:data:`_ALPHABETS`) read in Latin letters -> (key, name),
        #: for a name written in another
        self.romanised: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.abbreviations: dict[str, set[str]] = defaultdict(set)
        self.signatures: dict[
            tuple[frozenset[str], frozenset[str]], list[tuple[str, str, Signature]]
        ] = defaultdict(list)
        self._choices: list[tuple[str, str, str]] = []  # (normalised, key, written)
        names = [name for entry in authority for name in entry.all_names]
        # the names proper of the names too: their signatures made at the start otherwise
        signed = signatures([*names, *map(before_description, names)])
        for entry in authority:
            for name in entry.all_names:
                self.exact[normalise(name)].add(entry.key)
                self.unspaced[_unspaced(name)].add(entry.key)
                if script_of(name) in _ALPHABETS:
                    self.romanised[romanised(name)].add((entry.key, name))
                self._choices.append((normalise(name), entry.key, name))
                sig = signed[name]
                if sig.concepts:
                    for index_key in _signature_keys(sig, entry.kinds):
                        self.signatures[index_key].append((entry.key, name, sig))
            for abbreviation in entry.abbreviations:
                self.abbreviations[abbreviation_key(abbreviation)].add(entry.key)
        #: (own words, country) -> keys, for names of own words alone ("Name (Iran)")
        self.own_words: dict[tuple[frozenset[str], str], set[str]] = defaultdict(set)
        #: (concepts, country) -> the entries of that country with a name of those concepts
        self.of_concepts: dict[tuple[frozenset[str], str], set[str]] = defaultdict(set)
        #: concepts -> the forms that name one country or none, for a name that names none, in a
        #: list in a language of its entry's country (:meth:`_of_some_country`); filed whatever
        #: the entry's country, which only the decision reads (the list's language asks it)
        self.of_some_country: dict[frozenset[str], list[tuple[str, str, Signature]]] = defaultdict(
            list
        )
        #: an own word -> the entries with a name that has it (for short forms of names)
        self.name_words: dict[str, set[str]] = defaultdict(set)
        #: concepts -> the forms of two own words or more that name a country (by a region:
        #: "X Party of Bohemia and Moravia"), for a name whose own words are all it says of
        #: where it is (the regions written in a script the country tables do not cover)
        self.placed_words: dict[frozenset[str], list[tuple[str, str, Signature]]] = defaultdict(
            list
        )
        self._file_by_words(signed)
        #: the names proper of the entries' names (the name before a description, or a name of
        #: own words alone), normalised, and those in Latin letters by their consonants, for a
        #: name written in a script without vowels (:meth:`_by_name_proper`)
        self.proper, self.proper_consonants = _names_proper(authority, signed)
        #: (concepts, country) -> (key, name, signature) of the names that entries of a country
        #: write before a description of what they are, of type words and no country
        #: ("Zeta Workers' Party" of "Zeta Workers' Party – For Peace"), for a translation of it
        #: that names the country (:meth:`_described`)
        self.described = _described(authority, signed)
        #: the entries' names written in Latin capitals ("PTU" listed as a form, not as an
        #: abbreviation), by abbreviation key, for an abbreviation written in another script
        self.capital_forms = _capital_forms(authority)
        #: the entries by the initials of each of their names in Latin letters (with and
        #: without link words), for an abbreviation no entry lists
        self.initials = _initials(authority)
        #: the names written in characters of a syllable each, by each of their characters as
        #: read (:func:`~kzld.resolve.orgs.names.syllables`), for a short name contracted of one
        self.contractions = _contractions(authority)
        #: the first words of each of the entries' names (one word fewer than the name, or
        #: more), normalised, -> (key, name), for a name that writes only them (:meth:`_leading`)
        self.leading = _leading_words(authority)
        self.known_abbreviations = frozenset(self.abbreviations)
        self.ambiguous = ambiguous_abbreviations(authority)
        self._names = [choice[0] for choice in self._choices]
        #: the names' indexes ordered by the names' lengths, with those lengths and names in
        #: that order, for comparing only the names of a length that can be similar
        #: (:meth:`_nearest`)
        self._by_length = sorted(range(len(self._names)), key=lambda i: (len(self._names[i]), i))
        self._lengths = [len(self._names[i]) for i in self._by_length]
        self._of_length = [self._names[i] for i in self._by_length]
        self._similar: dict[str, list[tuple[str, float, str, str]]] = {}
        #: each reading's candidates' evidence (:meth:`candidates`)
        self._evidence: Kept[Reading, tuple[tuple[str, tuple[Evidence, ...]], ...]] = Kept(
            KEPT_EVIDENCE
        )

    def _file_by_words(self, signed: Mapping[str, Signature]) -> None:
        """Files each entry's names by their own words, concepts and country (``own_words``,
        ``of_concepts``, ``of_some_country``, ``name_words``, ``placed_words``); ``signed``:
        each name's signature."""
        for entry in self.authority:
            for name in entry.all_names:
                sig = signed[name]
                for word in sig.words:
                    self.name_words[word].add(entry.key)
                if sig.words and entry.country is not None:
                    self.own_words[(sig.words, entry.country)].add(entry.key)
                if entry.country is not None:
                    self.of_concepts[(sig.concepts, entry.country)].add(entry.key)
                if sig.concepts and len(sig.countries) <= 1:
                    # also as a language with a word of its own for the entry's kind says it
                    # ("Szakszervezet" of a trade union's "Union"), as the signatures are filed
                    for concepts, _ in _signature_keys(sig, entry.kinds):
                        self.of_some_country[concepts].append((entry.key, name, sig))
                if len(sig.words) >= MIN_PLACED_WORDS and sig.countries and sig.concepts:
                    self.placed_words[sig.concepts].append((entry.key, name, sig))

    # ------------------------------------------------------------------ blocking

    def blocked(self, entry: AuthorityEntry, reading: Reading, year: int | None) -> str | None:
        """Why ``entry`` cannot be what ``reading`` names, or None."""
        countries = reading.countries
        if entry.generic and not entry.placed_in(countries):
            return f"generic name: only taken with its country ({entry.country_shown}) stated"
        if countries and not entry.placed_in(countries | {None}):
            return f"countries differ: {'/'.join(sorted(countries))} vs {entry.country_shown}"
        if not entry.existed_in(year):
            dates = "–".join(str(y) for y in (entry.founded, entry.dissolved) if y is not None)
            if entry.founded is not None and entry.dissolved is None:
                dates = f"founded {entry.founded}"
            return f"statement of {year}, organisation {dates}"
        if not entry.named_so_in(year):
            return f"statement of {year}, organisation named so since {entry.named}"
        return None

    def shares_identity(
        self, concepts: frozenset[str], words: frozenset[str], country: str, *, beside: bool
    ) -> tuple[str, ...]:
        """The entries with a name of these concepts and own words in ``country`` (named by the
        form, or the entry's country when the form names none). A country written ``beside``
        the name stands for one after "of" or "in", not for an adjective in a name (as in
        :meth:`candidates`)."""
        filed = self.signatures.get((concepts, frozenset({country})), [])
        if beside and all(other.adjectival and not other.words for _, _, other in filed):
            filed = []  # only adjectives that are part of names: "Italian X Party"
        found = {key for key, _, other in filed if _same_words(words, other.words)}
        found.update(
            key
            for key, _, other in self.signatures.get((concepts, frozenset()), ())
            if self.authority.entry(key).placed_in((country,)) and _same_words(words, other.words)
        )
        return tuple(sorted(found))

    def _of_country(
        self, concepts: frozenset[str], countries: frozenset[str]
    ) -> list[tuple[str, str, Signature]]:
        """The forms of these concepts and countries that a name with the country beside it
        ("X Party, Italy") may be: those with own words, or that write the country
        after "of" or "in", not as an adjective of a name ("Italian X Party" is not
        "X Party, Italy"). None when an entry of the adjective has no such form: the
        name may be either ("Brazilian X Party" / "X Party of Brazil")."""
        filed = self.signatures.get((concepts, countries), [])
        kept = [item for item in filed if item[2].words or not item[2].adjectival]
        if {key for key, _, _ in filed} - {key for key, _, _ in kept}:
            return []
        return kept

    # ------------------------------------------------------------------ evidence

    def candidates(self, reading: Reading, year: int | None) -> tuple[Candidate, ...]:
        """Every entry some evidence points at, strongest first. The evidence does not depend
        on the year, only what it blocks: it is worked out once for a reading and kept
        (:attr:`_evidence`), since a name comes back in the lists of other years and
        languages, each of which a decision is made for."""
        evidence = self._evidence.get(reading)
        if evidence is None:
            evidence = self._evidence[reading] = self._evidence_of(reading)
        candidates = [
            Candidate(key, said, self.blocked(self.authority.entry(key), reading, year))
            for key, said in evidence
        ]
        return tuple(sorted(candidates, key=lambda c: (-c.score, c.key)))

    def _evidence_of(self, reading: Reading) -> tuple[tuple[str, tuple[Evidence, ...]], ...]:
        """Every entry some evidence of ``reading`` points at, with that evidence."""
        found: dict[str, _Pending] = defaultdict(_Pending)
        texts = [t for t in reading.texts if not is_abbreviation(t)]
        for key, said in (*self._same_names(reading), *self._by_abbreviation(reading)):
            found[key].evidence.append(said)
        for rank, text in enumerate(texts):
            if without_country(text) is not None or leading_country(text) is not None:
                continue  # "CP, Italy": the name is "CP"; Italy is beside it, not in it
            for key, matched, kind, note in self._by_signature(text, reading):
                found[key].evidence.append(Evidence(kind, matched, note, rank=rank))
            for key, matched, kind, note in self._by_sense(text, reading):
                found[key].evidence.append(Evidence(kind, matched, note, rank=rank))
            for key, matched, note in self._in_foreign_words(text, reading):
                found[key].evidence.append(Evidence("foreign", matched, note, rank=rank))
        for key, matched, note in self._by_quoted_signature(reading):
            found[key].evidence.append(Evidence("signature", matched, note, rank=len(texts)))
        for rank, text in enumerate(texts):
            sig = signature(text)
            countries = sig.countries | reading.beside
            if sig.concepts or not sig.words or len(countries) != 1:
                continue
            # a name of its own words alone and its country: "Name (Iran)"
            for key in self.own_words.get((sig.words, next(iter(countries))), ()):
                note = f"the same own words ({' '.join(sorted(sig.words))}) and country"
                found[key].evidence.append(Evidence("signature", text, note, rank=rank))
        for rank, text in enumerate(texts):
            for key, note in self._by_name_proper(text):
                found[key].evidence.append(Evidence("proper", text, note, rank=rank))
        for rank, text in enumerate(texts):
            for key, matched, note in self._described(text, reading):
                found[key].evidence.append(Evidence("described", matched, note, rank=rank))
        for rank, text in enumerate(texts):
            for key, matched in self._with_its_kind(text):
                note = f"{text!r} is {matched!r} with a word for the kind of organisation it is"
                found[key].evidence.append(Evidence("kind", matched, note, rank=rank))
        for rank, text in self._as_initials(reading, texts):
            for key, matched in self._by_initials(text):
                note = f"{text!r} is the initials of {matched!r}"
                found[key].evidence.append(Evidence("initials", matched, note, rank=rank))
        for rank, text in enumerate(texts if not reading.abbreviations else ()):
            for key, matched in self._shortened(text):
                note = f"{text!r} is {matched!r} without words that only say what it is or where"
                found[key].evidence.append(Evidence("short", matched, note, rank=rank))
        for rank, text in enumerate(texts):
            for key, score, _, written in self._similar_names(text):
                if key not in found or all(e.kind == "similar" for e in found[key].evidence):
                    note = f"similarity {score:.0f} to {text!r}"
                    found[key].evidence.append(
                        Evidence("similar", written, note, round(score, 1), rank=rank)
                    )
        # after the similar names: an entry with evidence of another kind is not compared so
        for rank, text in enumerate(texts):
            for key, matched in self._contracted(text):
                note = f"{text!r} takes characters of {matched!r} in order"
                found[key].evidence.append(Evidence("contracted", matched, note, rank=rank))
        for rank, text in enumerate(texts if not reading.abbreviations else ()):
            for key, matched in self._spelling(text):
                note = f"the initials of {text!r} spell {matched!r}"
                found[key].evidence.append(Evidence("spells", matched, note, rank=rank))
        for rank, text in enumerate(texts):
            if without_country(text) is None and leading_country(text) is None:
                for key, matched, note in self._of_some_country(text, reading):
                    found[key].evidence.append(Evidence("spoken", matched, note, rank=rank))
        for rank, text in enumerate(texts if not reading.abbreviations else ()):
            for key, matched in self._leading(text):
                note = f"{text!r} is the first words of {matched!r}"
                found[key].evidence.append(Evidence("leading", matched, note, rank=rank))
        return tuple((key, tuple(sorted(set(pending.evidence)))) for key, pending in found.items())

    def _same_names(self, reading: Reading) -> list[tuple[str, Evidence]]:
        """The entries with a name of the reading's texts or parts, written alike or with other
        spaces, each with its evidence (a kind said in quotation marks narrows them)."""
        found: list[tuple[str, Evidence]] = []
        kinds_said = dict(reading.quoted)
        for rank, text in enumerate((*reading.texts, *reading.parts)):
            for key in self._of_kind(self.exact.get(normalise(text), ()), kinds_said.get(text)):
                found.append((key, Evidence("exact", text, "the same name", rank=rank)))
            unspaced = _unspaced(text)
            if normalise(text) not in self.exact and len(unspaced) >= MIN_UNSPACED:
                for key in self._of_kind(self.unspaced.get(unspaced, ()), kinds_said.get(text)):
                    note = "the same name, written with other spaces"
                    found.append((key, Evidence("unspaced", text, note, rank=rank)))
            for key, matched in self._in_another_alphabet(text):
                note = f"{text!r} is {matched!r} written in another alphabet"
                found.append((key, Evidence("romanised", matched, note, rank=rank)))
        return found

    def _in_another_alphabet(self, text: str) -> list[tuple[str, str]]:
        """The entries with a name written in another alphabet than ``text`` that reads as it
        does in Latin letters (:func:`~kzld.resolve.orgs.names.romanised`, of
        :data:`MIN_ROMANISED` letters or more) when the entry may be written in the text's
        alphabet: (key, that name). "Зеленово" is the Russian "Zelenovo"."""
        script = script_of(text)
        read = romanised(text)
        if script not in _ALPHABETS or len(read) < MIN_ROMANISED:
            return []
        filed = self.romanised.get(read, set())
        # an entry with a name that reads so in the text's own alphabet: the same name, or a
        # spelling of it, which the other evidence weighs
        spelt = {key for key, name in filed if script_of(name) == script}
        return [
            (key, name)
            for key, name in sorted(filed)
            if key not in spelt and self._may_be_written(key, script)
        ]

    def _as_initials(self, reading: Reading, texts: list[str]) -> list[tuple[int, str]]:
        """The texts of ``reading`` that may be initials no entry lists, when they are all it
        says beside its country: its abbreviations in Latin letters that no entry has (but
        entries of other countries than those it states), or its one text (ranked as in
        ``texts``) that is one word of few letters ("Udx", "ZvdX"). Never an abbreviation
        beside a name ("Zeta Front (UZ)"): the name says what it is."""
        alone = {_bare(text) for text in texts} - set(reading.abbreviations)
        if len(alone) > 1 or (alone and reading.abbreviations):
            return []
        if not alone:
            return [
                (0, abbreviation)
                for abbreviation in reading.abbreviations
                if script_of(abbreviation) == "LATIN"
                and not self._listed_here(abbreviation, reading.countries)
            ]
        word = next(iter(alone))
        if not _ONE_WORD.fullmatch(word) or script_of(word) != "LATIN":
            return []
        return [(texts.index(word) if word in texts else 0, word)]

    def _listed_here(self, abbreviation: str, countries: frozenset[str]) -> bool:
        """Whether an entry has ``abbreviation`` (as an abbreviation or a name in capitals)
        that ``countries``, those a name states, leave possible (any entry, where none)."""
        akey = abbreviation_key(abbreviation)
        owners = self.abbreviations.get(akey, set()) | self.capital_forms.get(akey, set())
        if not countries:
            return bool(owners)
        return any(self.authority.entry(key).placed_in(countries | {None}) for key in owners)

    def _by_initials(self, text: str) -> list[tuple[str, str]]:
        """The entries with a name ``text`` spells the initials of, each with that name."""
        letters = abbreviation_key(text)
        link = type_words().link_words
        found = []
        for key in sorted(self.initials.get(letters, ())):
            names = self.authority.entry(key).all_names
            spelt = (n for n in names if script_of(n) == "LATIN" and letters in initials(n, link))
            if (name := next(spelt, None)) is not None:
                found.append((key, name))
        return found

    def _spelling(self, text: str) -> list[tuple[str, str]]:
        """The entries with an abbreviation that the initials of ``text``, a name in Latin
        letters, spell (with or without its link words), each with that abbreviation: the
        name may be the one the abbreviation is of, in a language the entry has no name in."""
        if script_of(text) != "LATIN" or is_abbreviation(text):
            return []
        found = []
        for letters in sorted(initials(text, type_words().link_words)):
            for key in sorted(self.abbreviations.get(letters, ())):
                spelt = (a for a in self.authority.entry(key).abbreviations)
                written = next((a for a in spelt if abbreviation_key(a) == letters), letters)
                found.append((key, written))
        return found

    def _contracted(self, text: str) -> list[tuple[str, str]]:
        """The entries with a name that ``text``, a short name of its own words in characters
        of a syllable each, contracts (:func:`~kzld.resolve.orgs.names.contracts`), each with
        that name: "泽阵" of "泽塔民权阵线"."""
        read = syllables(text)
        if len(read) < 2 or normalise(text) in self.exact or not signature(text).words:
            return []
        return [
            (key, name)
            for key, name in sorted(self.contractions.get(read[0], ()))
            if contracts(text, name)
        ]

    def _by_abbreviation(self, reading: Reading) -> list[tuple[str, Evidence]]:
        """The entries the reading's abbreviations point at, each with its evidence: the
        abbreviation's owners, the entry each of its parts is, the entry it is in Latin
        letters."""
        found: list[tuple[str, Evidence]] = []
        for abbreviation in reading.abbreviations:
            akey = abbreviation_key(abbreviation)
            owners = self.abbreviations.get(akey, set())
            note = "shared by " + ", ".join(sorted(owners)) if akey in self.ambiguous else ""
            for key in owners:
                found.append((key, Evidence("abbreviation", abbreviation, note)))
            for key in self._of_every_part(abbreviation) - owners:
                note = "each abbreviation of " + abbreviation + " is this entry's"
                found.append((key, Evidence("abbreviation", abbreviation, note)))
            for key, note in self._in_latin(abbreviation):
                found.append((key, Evidence("transliteration", abbreviation, note)))
        return found

    def _shortened(self, text: str) -> list[tuple[str, str]]:
        """The entry, with its name, of which ``text`` is a short form: its name without words
        before or after that only say what kind of organisation it is or which country it is of
        ("Zeta" of the "Zeta Movement", "Union of Zeta" of the "Xandian Union of Zeta"); the
        text's own words (one at least, of :data:`MIN_SHORT_LETTERS` letters or more) must be
        in one entry's names only. None for a name of type words alone."""
        sig = signature(text)
        if not sig.words or sum(len(w) for w in sig.words) < MIN_SHORT_LETTERS:
            return []
        keys = set.intersection(*(self.name_words.get(w, set()) for w in sorted(sig.words)))
        if len(keys) != 1:
            return []  # no entry, or several, have those own words
        [key] = keys
        entry = self.authority.entry(key)
        words = normalise(text).split()
        for name in entry.all_names:
            left = _left_out(words, normalise(name).split())
            if left is not None and _placed(entry, left.countries):
                return [(key, name)]
        return []

    def _leading(self, text: str) -> list[tuple[str, str]]:
        """The entry, with each of its names, that ``text`` is the first words of, when it is the
        only entry with a name that starts so and ``text`` is no entry's name: the rest of the
        name a complement (:func:`_complement`) that a list leaves out ("Zeta Unida" of "Zeta
        Unida da República"), not a word that makes it another organisation of that name ("Zeta
        Unida Marxista-Leninista", "Zeta Unida Xandiana"). The text must say more than a kind
        ("Partido" alone is the first word of any party's name)."""
        normal = normalise(text)
        sig = signature(text)
        if not (sig.words or sig.concepts - type_words().kinds) or normal in self.exact:
            return []
        filed = self.leading.get(normal, set())
        if len({key for key, _ in filed}) != 1:
            return []  # no entry, or several, have a name that starts so
        size = len(normal.split())
        return [
            (key, name)
            for key, name in sorted(filed)
            if _complement(normalise(name).split()[size:], self.authority.entry(key))
        ]

    def _with_its_kind(self, text: str) -> list[tuple[str, str]]:
        """The entries, each with its name, that ``text`` is with words before or after it that
        say a kind of organisation the entry is (:meth:`TypeWords.says_kind_of
        <kzld.resolve.orgs.typewords.TypeWords.says_kind_of>`), and perhaps its country:
        "Partei Zeta" or "Zeta party" of the "Zeta" party, "Gewerkschaft Zeta" of the union.
        A word of a kind the entry is not ("Union Zeta", "Zeta Youth") leaves it out."""
        normal = normalise(text)
        words = normal.split()
        found: list[tuple[str, str]] = []
        for joined, kept in _kind_runs(normal):
            if (keys := self.exact.get(joined)) is None:
                continue
            run = list(kept)
            left = _left_out(run, words)
            if left is None:
                continue
            for key in sorted(keys):
                entry = self.authority.entry(key)
                if type_words().says_kind_of(left.concepts, entry.kinds) and _placed(
                    entry, left.countries
                ):
                    found.append((key, _written(entry, run)))
        return found

    def _by_name_proper(self, text: str) -> list[tuple[str, str]]:
        """The one entry whose name proper (:func:`~kzld.resolve.orgs.analysis.name_proper`:
        "Zeta" of "Zeta – Centre for Zetan Rights") is the text's, written alike, or, for a
        word in a script without vowels (Arabic, Hebrew), by the same consonants as the entry's
        in Latin letters ("زيتا": "Zeta"), when it may be written in that script: (key, note)."""
        proper = name_proper(text)
        if proper is None or normalise(proper) in self.exact:
            return []  # a name proper that is an entry's name is met as it is
        keys = self.proper.get(normalise(proper), set())
        how = f"{proper!r} is the name its entry writes before a description"
        words = [transliterate(w) for w in tokens(proper)]
        script = script_of(proper)
        if not keys and script in WITHOUT_VOWELS and len(words) == 1:
            readings = sorted(consonant_readings(tokens(proper)[0]))
            keys = set().union(*(self.proper_consonants.get(r, set()) for r in readings))
            keys = {k for k in keys if self._may_be_written(k, script) and self._spelt(k, proper)}
            how = f"{proper!r} has the consonants of the name its entry writes in Latin letters"
        return [(key, how) for key in keys] if len(keys) == 1 else []

    def _spelt(self, key: str, abjad: str) -> bool:
        """Whether a name proper of one word in a script without short vowels is one of entry
        ``key``'s in Latin letters written with its vowels
        (:func:`~kzld.resolve.orgs.names.vowels_agree`: its letters that may write a vowel
        stand where the Latin name has one they write, its first letter is a consonant)."""
        [written] = tokens(abjad)
        return any(
            vowels_agree(written, transliterate(words[0]))
            for name in self.authority.entry(key).all_names
            if (found := name_proper(name)) is not None
            and script_of(found) == "LATIN"
            and len(words := tokens(found)) == 1
        )

    def _may_be_written(self, key: str, script: str) -> bool:
        """Whether entry ``key`` may be written in ``script``: its country writes it, or it has
        a name in it."""
        entry = self.authority.entry(key)
        if entry.country is not None and script in country_scripts(entry.country):
            return True
        return any(script_of(name) == script for name in entry.all_names)

    def _in_latin(self, abbreviation: str) -> list[tuple[str, str]]:
        """The one entry that has an abbreviation written in another script's letters as its
        abbreviation or a name in Latin capitals ("PTU" as a form): Greek or Cyrillic capitals
        (:func:`~kzld.resolve.orgs.names.capitals_in_latin`: "ΖΚΚ" is "ZKK"), or the names of
        the Latin letters (:func:`~kzld.resolve.orgs.names.spelt_abbreviation`), of
        :data:`MIN_LATIN_LETTERS` letters or more, when no entry has it as an abbreviation as
        written (a spelt one: by its letters) and only one has those Latin letters so: (key,
        a note saying how it was read)."""
        latin = capitals_in_latin(abbreviation)
        how = f"{abbreviation} written in Latin letters is {latin}"
        if latin is None and (latin := spelt_abbreviation(abbreviation)) is not None:
            how = f"{abbreviation} spelt in the names of the Latin letters is {latin}"
        if latin is None or abbreviation_key(abbreviation) in self.abbreviations:
            return []
        akey = abbreviation_key(latin)
        if sum(c.isalpha() for c in akey) < MIN_LATIN_LETTERS:
            return []  # "പി.ടി", PT: two letters are many organisations' (as in capitals)
        owners = self.abbreviations.get(akey, set()) | self.capital_forms.get(akey, set())
        return [(key, how) for key in owners] if len(owners) == 1 else []

    def _of_every_part(self, abbreviation: str) -> set[str]:
        """The entry every part of abbreviations written together ("XTUC/CSX": two of one
        entry, in two languages) is an abbreviation of, when there is exactly one; none for
        one abbreviation, or for parts of two entries ("XTUC/ZWU": a joint name)."""
        parts = [p for p in abbreviation.split("/") if p.strip()]
        if len(parts) < 2 or not all(is_abbreviation(p.strip()) for p in parts):
            return set()
        shared = set.intersection(
            *(self.abbreviations.get(abbreviation_key(p), set()) for p in parts)
        )
        return shared if len(shared) == 1 else set()

    def _of_kind(self, keys: Iterable[str], concepts: frozenset[str] | None) -> list[str]:
        """Of ``keys``, those a name in quotation marks may be beside a word of these
        ``concepts`` ("Syndicat « X »": a union, not the party named X): an entry whose kinds
        are none of those a concept says (``entry_kinds`` in ``authority/typewords.yaml``) is
        another organisation of that name. All of them for any other name."""
        said = type_words().entry_kinds
        wanted = {kind for concept in concepts or () for kind in said.get(concept, ())}
        return [
            key
            for key in keys
            if not wanted or not (kinds := self.authority.entry(key).kinds) or wanted & set(kinds)
        ]

    def _by_sense(self, text: str, reading: Reading) -> Iterable[tuple[str, str, str, str]]:
        """Entries with a form of the signature ``text`` has when its words of several senses
        (``senses`` in the table, own words otherwise) are read as one of their concepts each,
        of a kind the sense allows (``entry_kinds``): (key, form, "sense", note). Every sense
        is tried: a name that meets two entries so is neither (see :mod:`.decide`)."""
        sig = signature(text)
        table = type_words()
        several = [(w, table.senses_of(w)) for w in sorted(sig.words)]
        several = [(w, senses) for w, senses in several if senses]
        if not several:
            return
        words = sig.words - {w for w, _ in several}
        for choice in product(*(senses for _, senses in several)):
            read = replace(sig, concepts=sig.concepts | set(choice), words=words)
            said = ", ".join(f"{w!r} as {c}" for (w, _), c in zip(several, choice, strict=True))
            for key, form, _, note in self._by_signature(text, reading, read):
                if self._of_kind([key], frozenset(choice)):
                    yield key, form, "sense", f"{said}: {note}"

    def _by_signature(
        self, text: str, reading: Reading, sig: Signature | None = None
    ) -> Iterable[tuple[str, str, str, str]]:
        """Entries with a form of the same signature (``text``'s, or ``sig``): (key, form,
        kind, note)."""
        sig = signature(text) if sig is None else sig
        if not sig.concepts:
            return
        table = type_words()
        options: list[list[tuple[str, bool]]] = []
        for concept in sorted(sig.concepts):
            alternatives = [(concept, False)]
            alternatives += [
                (other, True)
                for pair in table.near
                if concept in pair
                for other in pair - {concept}
            ]
            options.append(alternatives)
        seen: set[tuple[str, str]] = set()
        for choice in product(*options):
            concepts = frozenset(c for c, _ in choice)
            near = any(n for _, n in choice)
            filed = list(self.signatures.get((concepts, sig.countries), ()))
            if not sig.countries and len(reading.beside) == 1:
                # "Name Party, Iran", "Partito X-Austria": the country beside the name
                # stands for the one a form writes after "of" or "in" ("Party of Labour of
                # Austria"), not for an adjective that is part of a name ("Italian X
                # Party" is not "X Party, Italy")
                filed += self._of_country(concepts, reading.beside)
            if not sig.countries and not reading.beside and len(sig.words) >= MIN_PLACED_WORDS:
                # own words that are all the name says of where it is: the form that writes
                # them may name its country by them ("Bohemia", "Moravia" are regions)
                filed += self.placed_words.get(concepts, [])
            if sig.countries or len(reading.beside) == 1:
                filed += self._unnamed_of_country(concepts, sig.countries or reading.beside)
            for key, form, other in filed:
                same = _same_characters if _in_characters(text, form) else _same_words
                if (key, form) in seen or not (
                    same(sig.words, other.words) or same(sig.words, self._unplaced(key, other, sig))
                ):
                    continue
                if (
                    not sig.countries
                    and not reading.beside
                    and not other.words
                    and not self._worldwide(key, concepts)
                ):
                    continue  # "Communist Party" alone says nothing of which one
                seen.add((key, form))
                kind = "near-signature" if near else "signature"
                yield key, form, kind, f"{sig.describe()} = {other.describe()}"

    def _by_quoted_signature(self, reading: Reading) -> list[tuple[str, str, str]]:
        """Entries with a form of the signature of the name a text writes in quotation marks
        beside an abbreviation or a word for its kind ("XU «Xandian Congress of Zeta Unions»",
        "Organisation « La Voie Zetane » du Xandia"), with the country the whole text states
        where the quoted name states none, of the kind that word says: (key, form, note). The
        words beside the quoted name say what it is (a legal form, its kind), not which one."""
        found: list[tuple[str, str, str]] = []
        for name, kinds in reading.quoted:
            sig = signature(name)
            if not sig.countries and len(reading.countries) == 1:
                sig = replace(sig, countries=reading.countries)
            for key, form, _, note in self._by_signature(name, reading, sig):
                if self._of_kind([key], kinds):
                    found.append((key, form, f"the name in quotation marks: {note}"))
        return found

    def _described(self, text: str, reading: Reading) -> list[tuple[str, str, str]]:
        """The entries of the one country ``text`` states (in it or beside it) that write a name of
        its concepts and own words, naming no country, before a description of what they are
        ("Zeta Workers' Party – For Peace and Unity", of Xandia, for "Zeta Workers' Party of
        Xandia"), when no other entry of that country has a name of those concepts: (key, the
        name, note). A name before a description that names a country is often another
        organisation's ("Zeta Party of Xandia – Renewal" is not the Zeta Party of Xandia: one that
        split from it), and is not filed (:func:`_described`)."""
        sig = signature(text)
        countries = sig.countries | reading.beside
        if not sig.concepts or len(countries) != 1:
            return []
        country = next(iter(countries))
        found = []
        for key, name, other in self.described.get((sig.concepts, country), ()):
            if self.of_concepts.get((sig.concepts, country), set()) - {key}:
                continue
            if _same_words(sig.words, other.words):
                note = f"{sig.describe()} = {other.describe()}, before a description in {name!r}"
                found.append((key, name, note))
        return found

    def _worldwide(self, key: str, concepts: frozenset[str]) -> bool:
        """Whether ``concepts`` say the organisation works in every country ("International
        Zeta Assembly", "World Zeta Federation": ``worldwide`` in the type-word table) and entry
        ``key`` is of no country: the name says where it is as a country's name would, and a
        translation of it meets that entry's name as one naming the country meets its entry's.
        An entry of a country is no worldwide body, whatever its name."""
        return bool(concepts & type_words().worldwide) and self.authority.entry(key).placed_in(
            {None}
        )

    def _in_foreign_words(self, text: str, reading: Reading) -> list[tuple[str, str, str]]:
        """The one entry of the country the name states with a name of the name's concepts (two
        or more, a kind among them) and own words, when the name's own words are written in a
        script none of the entry's names is written in, nor one compared by its consonants: a
        translation whose own words cannot be compared ("泽尔塔" of "Zelta"), which the
        concepts and the country, that no other entry of the country has, decide. (key, form,
        note)."""
        sig = signature(text)
        countries = sig.countries or reading.beside
        script = script_of(text)
        if (
            len(countries) != 1
            or not sig.words
            or len(sig.concepts) < MIN_FOREIGN_CONCEPTS
            or not sig.concepts & type_words().kinds
            or script in {"", "LATIN"} | WITHOUT_VOWELS
        ):
            return []
        country = next(iter(countries))
        keys = self.of_concepts.get((sig.concepts, country), set())
        if len(keys) != 1:
            return []
        key = next(iter(keys))
        entry = self.authority.entry(key)
        if any(script_of(name) == script for name in (*entry.all_names, *entry.abbreviations)):
            return []
        forms = [
            (form, other)
            for form in entry.all_names
            if (other := signature(form)).concepts == sig.concepts and other.words
        ]
        return [
            (key, form, f"{sig.describe()} ~ {other.describe()}: own words in another script")
            for form, other in forms[:1]
        ]

    def _of_some_country(self, text: str, reading: Reading) -> list[tuple[str, str, str]]:
        """The entries with a form of the signature of ``text`` but for a country the form may
        name, when ``text`` is a name that states no country and says enough on its own (two
        concepts and own words, or two concepts), whatever their country: "Partai Zeta
        Buruh" may be the Indonesian "Zeta Labour Party (Indonesia)", if the list it is written
        in is in a language of the entry's country (see :mod:`.decide`). (key, form, note)."""
        sig = signature(text)
        if reading.countries or len(sig.concepts) < MIN_SPOKEN_CONCEPTS:
            return []  # "Partido Zeta": a party named Zeta, of any country
        if not sig.words and len(sig.concepts) < MIN_SPOKEN_CONCEPTS_ALONE:
            return []  # "Partido": a party of any country
        return [
            (key, form, f"{sig.describe()} = {other.describe()}")
            for key, form, other in self.of_some_country.get(sig.concepts, ())
            if _same_words(sig.words, other.words)
        ]

    def _unnamed_of_country(
        self, concepts: frozenset[str], stated: frozenset[str]
    ) -> list[tuple[str, str, Signature]]:
        """The forms naming no country ("X Refoundation Party") of entries of a ``stated``
        country that a name of these concepts may be: those that say enough on their own (own
        words, or three concepts), or whose entry is the one of its country with a name of
        these concepts."""
        return [
            (key, form, other)
            for key, form, other in self.signatures.get((concepts, frozenset()), ())
            if (entry := self.authority.entry(key)).placed_in(stated)
            and (
                other.words
                or len(other.concepts) >= 3
                or self.of_concepts.get((concepts, _country_among(entry, stated))) == {key}
            )
        ]

    def _unplaced(self, key: str, form: Signature, sig: Signature) -> frozenset[str]:
        """The own words of a ``form`` of entry ``key`` that names no country, but for the words
        of its country's names, when the name (``sig``) names that country: "Xandia" in "X
        Party of Xandia", an entry of North Xandia, is part of the country's name "North Xandia",
        which the name writes in full in its own script; the words as they are otherwise."""
        if form.countries:
            return form.words
        entry = self.authority.entry(key)
        if not entry.placed_in(sig.countries):
            return form.words
        return form.words - country_name_words(_country_among(entry, sig.countries))

    def _similar_names(self, text: str) -> list[tuple[str, float, str, str]]:
        """The entries whose names come closest to ``text``: (key, score, normalised, written)."""
        query = normalise(text)
        if not query:
            return []
        ranked = self._similar.get(query)
        if ranked is None:
            best: dict[str, tuple[float, str, str]] = {}
            for index, score in self._nearest(query):
                normal, key, written = self._choices[index]
                if key not in best or score > best[key][0]:
                    best[key] = (float(score), normal, written)
            ranked = sorted(
                ((k, s, n, w) for k, (s, n, w) in best.items()), key=lambda r: (-r[1], r[0])
            )
            self._similar[query] = ranked
        return ranked

    def _nearest(self, query: str) -> list[tuple[int, float]]:
        """The :data:`SIMILAR` names most similar to ``query`` (rapidfuzz's ratio,
        :data:`SIMILAR_NEAR` or more), best first, then in the authority's order: (index in
        the names, score). Only names of a length that can reach that similarity are compared:
        the ratio of two names is at most twice the shorter's length over both lengths (all its
        letters in the longer), so a name of fewer than 2/3 or more than 3/2 the query's letters
        (at 80) never reaches it; one letter is allowed either side of those bounds."""
        size = len(query)
        shortest = SIMILAR_NEAR * size // (200 - SIMILAR_NEAR) - 1
        longest = -(-(200 - SIMILAR_NEAR) * size // SIMILAR_NEAR) + 1
        start = bisect_left(self._lengths, shortest)
        end = bisect_right(self._lengths, longest)
        names, indexes = self._of_length[start:end], self._by_length[start:end]
        scored = process.extract(
            query, names, scorer=fuzz.ratio, limit=None, score_cutoff=SIMILAR_NEAR
        )
        found = sorted((-score, indexes[at]) for _, score, at in scored)
        return [(index, -score) for score, index in found[:SIMILAR]]


@lru_cache(maxsize=1 << 16)
def _kind_runs(normal: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The runs of words of a normalised name that :meth:`AuthorityIndex._with_its_kind` looks
    up, in its order: each run of some words but not all whose words before and after have no
    own words (a text's record of its look-ups stays as short as the question it asks), with
    its words joined. Kept: the own words of every run a name starts or ends with are read
    anew for each name otherwise, and the same names are asked of text after text."""
    words = normal.split()
    size = len(words)
    starts = [i for i in range(size) if not own_words(" ".join(words[:i]))]
    ends = [i for i in range(1, size + 1) if not own_words(" ".join(words[i:]))]
    return tuple(
        (" ".join(run), tuple(run))
        for start, end in product(starts, ends)
        if 0 < len(run := words[start:end]) < size
    )


def _left_out(short: list[str], name: list[str]) -> Signature | None:
    """What the words ``name`` has before or after the words ``short`` say (their concepts and
    the countries they name), when ``short`` is a run of them and those words say only the kind
    of organisation (the kinds of the type-word table), a country, or link words; None when
    ``short`` is no such run."""
    size = len(short)
    if not short or size >= len(name):
        return None
    kinds = type_words().kinds
    for start in range(len(name) - size + 1):
        if name[start : start + size] != short:
            continue
        left = [" ".join(part) for part in (name[:start], name[start + size :]) if part]
        sigs = [signature(part) for part in left]
        if all(not sig.words and sig.concepts <= kinds for sig in sigs):
            return Signature(
                concepts=frozenset().union(*(sig.concepts for sig in sigs)),
                words=frozenset(),
                countries=frozenset().union(*(sig.countries for sig in sigs)),
            )
    return None


def _placed(entry: AuthorityEntry, countries: frozenset[str]) -> bool:
    """Whether words left out of a name that name ``countries`` (none, or one) may be of
    ``entry``: its country is read only when they name one."""
    return not countries or (len(countries) == 1 and entry.placed_in(countries))


def _written(entry: AuthorityEntry, normal: list[str]) -> str:
    """The name of ``entry`` whose normalised words are ``normal``, as the authority writes it."""
    return next(name for name in entry.all_names if normalise(name).split() == normal)


def _unspaced(name: str) -> str:
    """The normalised name without its spaces: "Xandia Party" and "XandiaParty" are one."""
    return normalise(name).replace(" ", "")


def _names_proper(
    authority: Authority, signed: Mapping[str, Signature]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The entries by the names proper of their names, normalised
    (:func:`~kzld.resolve.orgs.analysis.name_proper`), and by the consonants of those of one
    word in Latin letters; ``signed``: the signature of what each name writes before a
    description (:func:`~kzld.resolve.orgs.analysis.before_description`)."""
    proper: dict[str, set[str]] = defaultdict(set)
    by_consonants: dict[str, set[str]] = defaultdict(set)
    for entry in authority:
        for name in entry.all_names:
            found = proper_of(part := before_description(name), signed[part])
            if found is None or is_abbreviation(found):
                continue
            proper[normalise(found)].add(entry.key)
            words = [transliterate(w) for w in tokens(found)]
            consonants = consonants_of(words[0]) if len(words) == 1 else None
            if script_of(found) == "LATIN" and consonants is not None:
                by_consonants[consonants].add(entry.key)
    return proper, by_consonants


def _bare(text: str) -> str:
    """``text`` without the country written beside it ("UZ (Brazil)", "Brazil: UZ")."""
    if (split := without_country(text)) is not None:
        return split[0].strip()
    if (lead := leading_country(text)) is not None:
        return lead[1].strip()
    return text.strip()


def _initials(authority: Authority) -> dict[str, set[str]]:
    """The entries by the initials of each of their names in Latin letters
    (:func:`~kzld.model.acronyms.initials`, link words kept and left out)."""
    link = type_words().link_words
    found: dict[str, set[str]] = defaultdict(set)
    for entry in authority:
        for name in entry.all_names:
            if script_of(name) == "LATIN" and not is_abbreviation(name):
                for letters in initials(name, link):
                    found[letters].add(entry.key)
    return found


def _contractions(authority: Authority) -> dict[str, set[tuple[str, str]]]:
    """The names written in characters of a syllable each, (key, name), by each of their
    characters as read (:func:`~kzld.resolve.orgs.names.syllables`)."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entry in authority:
        for name in entry.all_names:
            for syllable in syllables(name):
                found[syllable].add((entry.key, name))
    return found


def _leading_words(authority: Authority) -> dict[str, set[tuple[str, str]]]:
    """The entries' names, (key, name), by each run of their normalised words from the first that
    leaves one word out or more (:meth:`AuthorityIndex._leading`)."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entry in authority:
        for name in entry.all_names:
            words = normalise(name).split()
            for size in range(1, len(words)):
                found[" ".join(words[:size])].add((entry.key, name))
    return found


def _complement(rest: list[str], entry: AuthorityEntry) -> bool:
    """Whether the words ``rest`` that end an entry's name after its first words are a
    complement a list may leave out: no kind of organisation ("... Sindical"), no qualifier
    ("... Marxista-Leninista"), not "new" (the new organisation is another than the one of the
    name without it), no own word but a region of the entry's country ("... de Zetalunya"; an
    own word the type words do not read may be any of these) and no country named by its name
    or adjective ("... Xandiano": the name without it is another country's)."""
    table = type_words()
    sig = signature(" ".join(rest))
    if sig.concepts & (table.kinds | table.qualifiers | {_NEW}):
        return False
    if not sig.words:
        return not sig.countries
    return bool(sig.countries) and entry.placed_in(sig.countries)


def _capital_forms(authority: Authority) -> dict[str, set[str]]:
    """The entries by the abbreviation key of each of their names written in Latin capitals
    (:func:`~kzld.resolve.orgs.analysis.is_abbreviation`)."""
    found: dict[str, set[str]] = defaultdict(set)
    for entry in authority:
        for name in entry.all_names:
            if script_of(name) == "LATIN" and is_abbreviation(name):
                found[abbreviation_key(name)].add(entry.key)
    return found


def _country_among(entry: AuthorityEntry, countries: frozenset[str]) -> str:
    """The country of ``entry``, known to be one of ``countries``: read of the entry only when
    there are several, so that a text's record holds no more than the test it made."""
    if len(countries) == 1:
        return next(iter(countries))
    return cast(str, entry.country)


def _in_characters(text: str, form: str) -> bool:
    """Whether one of two names is written in Chinese characters (:data:`_BY_CHARACTERS`)."""
    return script_of(text) in _BY_CHARACTERS or script_of(form) in _BY_CHARACTERS


def _same_characters(left: frozenset[str], right: frozenset[str]) -> bool:
    """The own words of two names, one of them written in Chinese characters, are the same
    words: each character a syllable, romanised alike only when it is read alike ("黨" and
    "党", dang), so a letter more or less is another character ("公民", gongmin, citizens;
    "公明", gongming, fair), not a spelling or an ending."""
    return left == right


def _described(
    authority: Authority, signed: Mapping[str, Signature]
) -> dict[tuple[frozenset[str], str], list[tuple[str, str, Signature]]]:
    """The names entries of a country write before a description of what they are, of type
    words and naming no country, by (concepts, country): see :attr:`AuthorityIndex.described`."""
    described: dict[tuple[frozenset[str], str], list[tuple[str, str, Signature]]] = defaultdict(
        list
    )
    for entry in authority:
        if entry.country is None:
            continue
        for name in entry.all_names:
            proper = before_description(name)
            sig = signed[proper]
            if proper != name and sig.concepts and not sig.countries:
                described[(sig.concepts, entry.country)].append((entry.key, name, sig))
    return described


def _same_words(left: frozenset[str], right: frozenset[str]) -> bool:
    """The own words of two names are the same words, allowing for spelling ("Boémia" =
    "Bohemia"), endings ("Bohème" = "Bohemia") and a script that writes no vowels
    (:func:`~kzld.resolve.orgs.names.same_consonants`: "بوهيميا" = "Bohemia")."""
    if left == right:
        return True
    if len(left) != len(right):
        return False
    unmatched = sorted(right)
    for word in sorted(left):
        match = next(
            (
                w
                for w in unmatched
                if w == word
                or (min(len(w), len(word)) >= 4 and fuzz.ratio(w, word) >= WORD_SIMILARITY)
                or (
                    w[:WORD_STEM] == word[:WORD_STEM]
                    and len(w) >= WORD_STEM <= len(word)
                    and abs(len(w) - len(word)) <= ENDING_LENGTH
                )
                or same_consonants(w, word)
            ),
            None,
        )
        if match is None:
            return False
        unmatched.remove(match)
    return True
