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
  entry was founded after the statement or dissolved before it (the older organisation of the
  name is not the only one that may have carried it), or two entries share it ("Brazilian X Party"
  and "X Party of Brazil"). A country written beside the name
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

from .analysis import Reading, leading_country, signature, without_country
from .candidates import AuthorityIndex, Candidate
from .names import abbreviation_key, identity_key, new_key, tokens, transliterate
from .typewords import type_words

__all__ = ["MAX_OWN_WORDS", "Identity", "identity_of", "key_of_new", "one_country"]

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
    that are the entry's abbreviations ("– KJO", "(DKP)") are not the name's.
    """
    core = _core(reading)
    if core is None:
        return None
    sig = signature(core)
    if not sig.concepts:
        return None
    # beside the name, else in it, else elsewhere in the entry ("... (Peru) (MCL)")
    country = one_country(reading.beside, sig.countries, reading.named)
    if country is None:
        return None  # no country, or two: the same words may name one in each country
    shorts = {abbreviation_key(a).casefold() for a in reading.abbreviations}
    ordered = [w for w in _own_words(core) if w in sig.words]
    ordered += sorted(sig.words - set(ordered))
    words = tuple(w for w in ordered if w not in shorts)
    if len(words) > MAX_OWN_WORDS:
        return None  # a name not understood (or words of a sentence): its spelling names it
    beside = country not in sig.countries
    return Identity(type_words().in_order(sig.concepts), words, country, beside)


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
    reading: Reading, index: AuthorityIndex, candidates: tuple[Candidate, ...]
) -> tuple[str, str | None]:
    """The key and the country of a name the authority does not know: by its identity when that
    is unambiguous, else by its spelling and the one country it states (beside it, else in it)."""
    identity = identity_of(reading)
    if identity is not None and not _known(identity, index, candidates):
        return identity.key, identity.country
    country = one_country(reading.beside, reading.named)
    return new_key(reading.label, country), country


def _known(identity: Identity, index: AuthorityIndex, candidates: tuple[Candidate, ...]) -> bool:
    """Whether an authority entry has a name of this identity, or the name met an entry's name
    as a translation or as written: then the identity does not say which organisation the name
    is (an entry the resolver could not tell from another, or one founded after the statement
    or dissolved before it, whose name an older organisation may have shared with others)."""
    if any(c.kinds() & {"signature", "near-signature", "exact"} for c in candidates):
        return True
    shared = index.shares_identity(
        frozenset(identity.concepts),
        frozenset(identity.words),
        identity.country,
        beside=identity.beside,
    )
    return bool(shared)
