"""The key of an organisation the authority does not know: one key for one organisation, in
every language its name is written in, the same whatever documents it is seen in.

A name that says what it is in words the type-word table knows (``authority/typewords.yaml``)
and names its country is keyed by its *identity*: its own words (what the table does not know:
a proper name or an epithet; two at most), transliterated, in the order the name writes them; its
type-word concepts, in a fixed order (:meth:`~kzld.resolve.orgs.typewords.TypeWords.in_order`:
as an English name orders them, never the table's order); and its country's ISO code, from its
name in any language or from beside it. A name in English, its abbreviated form ("NXP of
Britain") and its translations into Portuguese or Persian get one key of the form
``x-<own words>-<concepts>-<country>``, e.g. ``x-communist-new-party-gb``; a qualifier written
in full or abbreviated ("(Marxist-Leninist)", "(ML-)") gives the same concept. A qualifier
("(Marxist)", "of the Peoples of") is a concept like the others: it keeps two organisations apart.

The identity names the key only where it is unambiguous evidence:

- the name has type words and states exactly one country (a name of no country, such as
  "Revolutionary Socialist Party", may be one organisation in each of several countries);
- no authority entry has a name of that identity. Where the authority has one, the name is
  either that entry (the resolver took it) or not, for a reason the identity cannot see: the
  entry was founded after the statement or dissolved before it, or two entries share it
  ("Brazilian X Party" and "X Party of Brazil"). Where every such entry was founded after the
  statement (or dissolved before it), the name is the earlier (or later) organisation that
  carried it: keyed by its identity and its era, ``x-communist-party-gb-before-1988``, the same
  in every language and every statement of that era. A country written beside the name
  ("X Party, Italy") stands for one after "of", not for an adjective that is part of a
  name: an entry whose names give the country only so ("Italian X Party") does not
  count.

A region of one country ("Scotland", "Catalunya", ``regions`` in ``authority/countries.yaml``)
gives the country and stays an own word: an "X Party of Scotland" is keyed with "scotland"
among its own words and ``gb`` as its country, never as the "X Party of Britain".

Any other name is keyed by its spelling, :func:`~kzld.resolve.orgs.names.new_key`. Either way
the key depends only on the name as written (and the country beside it), never on what else was
resolved: adding a document never changes a key already published. Translations that swap
concepts (workers / labour) get two keys: the table says only that they may be one
organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model.acronyms import spells_initials
from .analysis import Reading, is_abbreviation, leading_country, signature, without_country
from .candidates import MIN_UNSPACED, AuthorityIndex, Candidate
from .names import (
    abbreviation_key,
    identity_key,
    new_key,
    spelt_abbreviation,
    tokens,
    transliterate,
)
from .typewords import type_words

__all__ = [
    "MAX_OWN_WORDS",
    "Identity",
    "era",
    "identity_of",
    "inflection_key",
    "key_of_new",
    "one_country",
]

#: The most own words an identity has: a name with more is not understood well enough.
MAX_OWN_WORDS = 2


@dataclass(frozen=True, slots=True)
class Identity:
    """What names a new organisation whatever the language: concepts, own words, country."""

    concepts: tuple[str, ...]
    words: tuple[str, ...]
    country: str
    #: Whether the country is written beside the name, not in it ("X Party, Italy").
    beside: bool = False

    @property
    def key(self) -> str:
        """``x-`` and the identity (see the module's docstring)."""
        return identity_key(self.concepts, self.words, self.country)


def _core(reading: Reading) -> str | None:
    """The name itself: the reading's label, without a country or an abbreviation beside it."""
    label = reading.label
    if (beside := without_country(label)) is not None:
        label = beside[0]
    elif (before := leading_country(label)) is not None:
        label = before[1]
    return label or None


def identity_of(reading: Reading) -> Identity | None:
    """The identity of a name (see the module's docstring), or None when it says too little.

    The country is the one written beside the name, else the one the name names; own words
    that are the entry's abbreviations ("– KJO", "(XKP)") are not the name's.
    """
    core = _core(reading)
    if core is None:
        return None
    sig = signature(_spelt_out(core) if reading.beside else core)
    if not sig.concepts:
        return None
    # beside the name, else in it, else elsewhere in the entry ("... (Peru) (MCL)")
    country = one_country(reading.beside, sig.countries, reading.named)
    if country is None:
        return None  # no country, or two: the same words may name one in each country
    shorts = {abbreviation_key(a).casefold() for a in reading.abbreviations}
    shorts |= _initials_in(core)
    ordered = [w for w in _own_words(core) if w in sig.words]
    ordered += sorted(sig.words - set(ordered))
    words = tuple(w for w in ordered if w not in shorts)
    if len(words) > MAX_OWN_WORDS:
        return None  # a name not understood (or words of a sentence): its spelling names it
    beside = country not in sig.countries
    return Identity(type_words().in_order(sig.concepts), words, country, beside)


def _spelt_out(name: str) -> str:
    """An abbreviated type word alone ("XP" for "X Party", a contraction of the table) written
    out: beside a country ("XP (Italy)", "XP, Italy") it stands for those words, as it does
    inside a longer name."""
    words = tokens(name)
    expanded = type_words().contractions.get(words[0]) if len(words) == 1 else None
    return " ".join(expanded) if expanded else name


def _initials_in(name: str) -> set[str]:
    """The words of ``name`` written as an abbreviation of its other words ("X Youth League,
    XYL"): the name's abbreviation, not an own word of it (folded and romanised)."""
    written = name.replace(",", " ").split()
    found = set()
    for i, word in enumerate(written):
        rest = " ".join(written[:i] + written[i + 1 :])
        if is_abbreviation(word) and spells_initials(word, tokens(rest), spell=transliterate):
            found.add(transliterate(tokens(word)[0]) if tokens(word) else "")
    return found - {""}


def _own_words(name: str) -> list[str]:
    """The own words of ``name`` in the order it writes them, each once."""
    return list(dict.fromkeys(transliterate(w) for w in tokens(name)))


def one_country(*choices: frozenset[str]) -> str | None:
    """The first of ``choices`` that holds one country: that country (None when none does)."""
    for countries in choices:
        if len(countries) == 1:
            return next(iter(countries))
        if countries:
            return None
    return None


def key_of_new(
    reading: Reading,
    index: AuthorityIndex,
    candidates: tuple[Candidate, ...],
    year: int | None = None,
) -> tuple[str, str | None]:
    """The key and the country of a name the authority does not know: by its identity when that
    is unambiguous (see :func:`era`), else by its spelling and the one country it states (beside
    it, else in it)."""
    identity = identity_of(reading)
    if identity is not None:
        known = _known(identity, index, candidates)
        if not known:
            return identity.key, identity.country
        if (when := era(known, index, year)) is not None:
            return f"{identity.key}-{when}", identity.country
    country = one_country(reading.beside, reading.named)
    return new_key(_as_keyed(reading.label), country), country


def inflection_key(reading: Reading, new: tuple[str, str | None]) -> str:
    """The key of a new organisation (``new``: what :func:`key_of_new` gives for ``reading``,
    its candidates and the statement's year) with each of its type words written
    in its form without endings (:meth:`~kzld.resolve.orgs.typewords.TypeWords.form_of`: cut to
    the stem the type-word table reads it by, or its concept's listed word it is an ending
    longer than), and its words written together: one key for the case and number forms of one
    name whose type words alone are inflected ("Xandian Confederation" and a genitive "Xandian
    Confederation's" of a language that writes it with an ending; "Femme Zeta" and "Femmes
    Zeta"), since the table says the letters after the stem may be any ending, and for one
    name written with other spaces ("Zeta Forum Xandia", "ZetaForum Xandia"), when the words
    written together have :data:`~kzld.resolve.orgs.candidates.MIN_UNSPACED` letters or more.
    A key by identity, or of an abbreviation, is itself: its type words are concepts already."""
    key, country = new
    label = _as_keyed(reading.label)
    if key != new_key(label, country) or label != reading.label:
        return key
    table = type_words()
    stemmed = [table.form_of(word) or word for word in tokens(label)]
    if len(together := "".join(stemmed)) >= MIN_UNSPACED:
        return new_key(together, country)
    return new_key(" ".join(stemmed), country)


def _as_keyed(label: str) -> str:
    """What a new organisation's key is made of when its identity does not name it: its label,
    but an abbreviation by its letters, without dots or spaces between them, and one spelt out
    in letter names by its Latin letters ("Α.Δ.Ε.Δ.Υ." as "ΑΔΕΔΥ", "एच एम एस" as "HMS"): one
    key however the abbreviation is written."""
    spelt = spelt_abbreviation(label)
    if spelt is not None:
        return "".join(spelt.replace(".", " ").split())
    if is_abbreviation(label) and "." in label:
        return "".join(label.replace(".", " ").split())
    return label


def era(keys: frozenset[str], index: AuthorityIndex, year: int | None) -> str | None:
    """``before-<year>`` when every entry of ``keys`` was founded, or given its names, after
    ``year`` (the organisation of a statement of that year whose name later ones took: "X Party
    of Britain" in 1960, before the X Party of Britain of 1988), ``after-<year>`` when every one was
    dissolved before it; None otherwise. Such a name is keyed by its identity and its era,
    never by the entries' names."""
    if year is None or not keys:
        return None
    entries = [index.authority.entry(key) for key in sorted(keys)]
    since = [s for e in entries if (s := e.named_since) is not None and year < s]
    if len(since) == len(entries):
        return f"before-{min(since)}"
    dissolved = [e.dissolved for e in entries if e.dissolved is not None and year > e.dissolved]
    if len(dissolved) == len(entries):
        return f"after-{max(dissolved)}"
    return None


def _known(
    identity: Identity, index: AuthorityIndex, candidates: tuple[Candidate, ...]
) -> frozenset[str]:
    """The authority entries with a name of this identity, or whose name the name met as a
    translation or as written: then the identity alone does not say which organisation the
    name is (an entry the resolver could not tell from another, or one founded after the
    statement or dissolved before it, whose name an older organisation carried). An entry of
    another country is not one of them: two countries are never one organisation."""
    met = {
        c.key
        for c in candidates
        if c.kinds() & {"signature", "near-signature", "exact", "unspaced"}
        and index.authority.entry(c.key).placed_in((None, identity.country))
    }
    shared = index.shares_identity(
        frozenset(identity.concepts),
        frozenset(identity.words),
        identity.country,
        beside=identity.beside,
    )
    return frozenset(met | set(shared))
