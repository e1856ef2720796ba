"""What the corpus's own texts say an abbreviation means: a second, derived authority.

A text that writes a name with its abbreviation ("Xandia Workers' Union (XWU)", "XWU – Xandia
Workers' Union") tells every other text what the abbreviation means. Each such entry is a
:class:`Definition`: the abbreviation's key, the key its name was given (an authority entry's,
or a new organisation's, before anything here was asked), the country the name states (or its
entry's) and the name's type-word concepts. :class:`Definitions` files the definitions of a
whole corpus and answers two questions, each only where the corpus's evidence is unambiguous:

- what an abbreviation written alone means (:meth:`Definitions.meaning`): the one organisation
  the corpus defines it as. Two organisations defined by one abbreviation are two meanings,
  and the abbreviation alone then means neither. An abbreviation of fewer than
  :data:`MIN_LETTERS` letters means nothing alone (a few letters are written by too many);
- which key a new organisation goes by (:meth:`Definitions.key`): names of two new
  organisations defined by one abbreviation are one organisation when no two of them state
  two countries and their type-word concepts agree (those of one name are among the other's,
  and they share one, or neither has any): the same name in two languages or spellings
  ("Xandia Workers' Union (XWU)", "Union des travailleurs de Xandia (XWU)"). Such names go by
  the first of their keys in sort order. A name written beside an authority entry's own
  abbreviation and taken by it ("Union des travailleurs de Xandia (XWU)", XWU the entry's)
  is, written alone, that entry: the key the name alone would get as a new organisation (its
  ``alias``) goes by the entry's key, when every text that writes it so names one entry and no
  abbreviation defines it as a new organisation.

A new organisation's name, written with an abbreviation or without, defines its key's
inflected form, its type words that the type-word table reads by a stem cut to the stem and its
words written together (:func:`~kzld.resolve.orgs.identity.inflection_key`, filed apart:
:data:`STEM`): names of new organisations with one such form are one organisation, the case
forms of one name whose type words alone differ (a nominative and a genitive) or one name
written with other spaces ("Zeta Forum", "ZetaForum"), when no two of them state two countries
and none is keyed by its era; they go by the first of their keys in sort order. A name taken
for an authority entry by the entry's own abbreviation, or without doubt, defines its inflected
form too: the new organisations' names of that form are that entry ("Xandian Workers'
Confederations' (XWC)" tells that "Xandian Workers' Confederation" alone is the XWC), unless
names of that form were taken for two entries. Such forms join nothing else and block no alias.

A new organisation's name that writes one name in quotation marks defines that name with the
letters the words around it are written short as (:func:`~kzld.resolve.orgs.analysis.quoted_short`,
filed apart: :data:`QUOTED`): the abbreviation beside it, or the initials of the words around
it. Names of new organisations that define one such form are one organisation, as the inflected
forms of a name are: "XTU „Zeta“" is "Xandian Trade Unions „Zeta“" written short.

A new organisation's name that says who it is by its own words, states no country and is
written in Latin letters without an abbreviation beside it defines the initials of its words,
with its link words and without (:func:`~kzld.model.acronyms.initials`, filed apart:
:data:`INITIALS`): an abbreviation of :data:`MIN_INITIALS` letters or more written alone that
no text defines with a name (:meth:`Definitions.initialled`) is the one organisation of the
corpus whose name's initials it is ("XZPP" of "Xandra Zeta Peasants' Party" in another text).
A name of type words alone ("Union of Workers of Xandia") is no such name: its initials, the
country's letter among them, are as much another country's union's of those words.

A new organisation's name written in a script without spaces (Chinese characters, kana,
Hangul) defines its letters (:func:`~kzld.resolve.orgs.names.unspaced_letters`, filed apart:
:data:`UNSPACED_NAME`). Such a script shortens a name by keeping some of its letters, in
order, the last among them ("社民党" of "社会民主党", "核禁会議" of "核兵器禁止平和建設国民会議"): a
name of :data:`MIN_LETTERS` letters or more that is such a short form of exactly one longer
name of the corpus (:func:`shortens`) goes by that name's key, when no two of them state two
countries and the short name's type-word concepts are among the long one's. A name taken for an
authority entry without doubt defines its letters for that entry: its short form is the entry
("泽塔人革党" of "泽塔人民革命党", a translation of the entry's name). A name that the
longer one holds whole is not shortened from it (the longer one may be a branch of it, in a
place, or a part of it). Nor is a name that only leaves out words of the longer one's, unless
it keeps all its concepts: "Xandian Peasants' League" is not the "Xandian Women Peasants'
League", the same words less a type word. A short form that keeps a letter of a word alone,
before its last letter, cuts words: it is an abbreviation, and may leave concepts out.

The answers depend only on the set of definitions, never on the order the texts were read in.
An abbreviation the organisation authority knows is its business, never defined here, unless
only generic entries list it and the name states none of their countries: written so, it says
nothing of the authority ("XWU", which several countries' workers' unions write). A name
keyed by its era ("...-before-1988") is never joined to another.

A new organisation's name whose name proper (what it writes before a description, or all of
it: :func:`~kzld.resolve.orgs.analysis.name_proper`) is one word defines that word's consonants:
written in Latin letters with its vowels, as :func:`~kzld.resolve.orgs.names.consonants_of` reads
them (filed apart: :data:`SPELT`); in a script without vowels (Arabic, Hebrew), each reading of
:func:`~kzld.resolve.orgs.names.consonant_readings` (filed apart: :data:`READ`). A name of the
second kind goes by the key of the one name of the first whose consonants one of its readings
is and whose vowels its letters may write (:func:`~kzld.resolve.orgs.names.vowels_agree`), when
no two of them state two countries: "זטרים – Centre for Zetan Rights" is "Zetarim" of another
text, as the authority's names proper are met (:mod:`.candidates`). Two names in Latin letters
of one skeleton, or one name of none, join nothing.

Each text's resolution asks these questions and keeps the answers it was given
(:meth:`Definitions.answer`): a build knows from them which texts a definition added or
removed elsewhere touches (:mod:`kzld.pipeline`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, total_ordering

from .names import vowels_agree

__all__ = [
    "INITIALS",
    "MIN_INITIALS",
    "MIN_LETTERS",
    "QUOTED",
    "READ",
    "SPELT",
    "STEM",
    "UNSPACED_NAME",
    "Answer",
    "Definition",
    "Definitions",
    "ask_initials",
    "ask_key",
    "ask_meaning",
    "held_once",
    "held_pairs",
    "shortens",
]

#: The fewest letters of an abbreviation that is given a meaning, or joins two names.
MIN_LETTERS = 3
#: The fewest letters of an abbreviation alone taken for a name of its initials: three letters
#: are the initials of too many names ("XWA" of the "Xenia Writers' Association" of one text is
#: as much the "Xandian Workers' Alliance" that another text writes short).
MIN_INITIALS = 4
#: What a definition's ``abbreviation`` starts with when it is a name's inflected form.
STEM = "~"
#: What a definition's ``abbreviation`` starts with when it is the letters of a name written in
#: a script without spaces.
UNSPACED_NAME = "^"
#: What a definition's ``abbreviation`` starts with when it is a quoted name and the letters
#: the words around it are written short as (:func:`~kzld.resolve.orgs.analysis.quoted_short`).
QUOTED = "«"
#: What a definition's ``abbreviation`` starts with when it is the initials of a name's words.
INITIALS = "="
#: What a definition's ``abbreviation`` starts with when it is the consonants of a name proper
#: of one word in Latin letters; the word follows them after another.
SPELT = "%"
#: What a definition's ``abbreviation`` starts with when it is a reading of the consonants of a
#: name proper of one word in a script without vowels; the word follows it after another.
READ = "&"
#: What the ``abbreviation`` of a definition that is no abbreviation's starts with.
_DERIVED = (STEM, UNSPACED_NAME, QUOTED, INITIALS, SPELT, READ)
#: The end of the key of a name keyed by its era (see :func:`.identity.era`).
_ERA = re.compile(r"-(?:before|after)-\d+$")


@total_ordering
@dataclass(frozen=True, slots=True)
class Definition:
    """A name written with its abbreviation by one text (see the module's docstring).

    Ordered by its fields in turn, a definition stating no country before one that states one:
    a build may hold both for one name (one counted by a kept part made before the countries'
    table read that name's country, one made now), and sorts them."""

    #: the abbreviation's key (:func:`~kzld.resolve.orgs.names.abbreviation_key`)
    abbreviation: str
    #: the key the name was given (before any definition was asked)
    key: str
    #: the country the name states, or its authority entry's
    country: str | None
    #: the name's type-word concepts, sorted
    concepts: tuple[str, ...]
    #: whether ``key`` is an authority entry's
    known: bool = False
    #: for a name taken by its entry's own abbreviation: the key the name alone would get as a
    #: new organisation (see the module's docstring); "" for any other definition
    alias: str = ""

    def _order(self) -> tuple[str, str, bool, str, tuple[str, ...], bool, str]:
        return (
            self.abbreviation,
            self.key,
            self.country is not None,
            self.country or "",
            self.concepts,
            self.known,
            self.alias,
        )

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Definition):
            return NotImplemented
        return self._order() < other._order()


@dataclass(frozen=True, slots=True, order=True)
class Answer:
    """A question asked of the corpus's definitions (:func:`ask_meaning`, :func:`ask_key`) and
    the answer given (:meth:`Definitions.answer`)."""

    question: str
    answer: str


#: Every answer :func:`held_once` was given, as the one object that stands for it.
_ANSWERS: dict[Answer, Answer] = {}


def held_once(answers: Iterable[Answer]) -> tuple[Answer, ...]:
    """``answers``, each as one object however many texts' parts hold it: an archive's texts
    ask a few hundred questions between them, each text about ten (a clean build of 1,000
    generated texts: 10,561 answers, 516 of them different)."""
    return tuple(_ANSWERS.setdefault(one, one) for one in answers)


#: The answer :func:`held_pairs` gave for each pair of strings, to find it again by the pair.
_PAIRS: dict[tuple[str, str], Answer] = {}


def held_pairs(pairs: Iterable[Iterable[str]]) -> tuple[Answer, ...]:
    """:func:`held_once` of the answers written as ``[question, answer]`` pairs (a kept part's
    entry): each found by its pair, without making an answer to look it up by (every kept part
    of an archive is taken at every build, some ten answers each)."""
    held: list[Answer] = []
    for question, answer in pairs:
        one = _PAIRS.get((question, answer))
        if one is None:
            one = _PAIRS[question, answer] = held_once([Answer(str(question), str(answer))])[0]
        held.append(one)
    return tuple(held)


def ask_meaning(abbreviation: str) -> str:
    """The question "what does this abbreviation alone mean?", as an answer records it."""
    return f"a:{abbreviation}"


def ask_initials(abbreviation: str) -> str:
    """The question "which name of the corpus is this abbreviation the initials of?", as an
    answer records it."""
    return f"i:{abbreviation}"


def ask_key(key: str) -> str:
    """The question "which key does this new organisation go by?", as an answer records it."""
    return f"k:{key}"


def shortens(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` shortened as a script without spaces shortens a name (see
    the module's docstring): some of its letters, in order, its last letter among them, and not
    a run of its letters."""
    if len(short) >= len(name) or short[-1:] != name[-1:] or short in name:
        return False
    rest = iter(name)
    return all(letter in rest for letter in short)


def _runs(short: str, name: str) -> list[int]:
    """The lengths of the runs of ``short``'s letters that stand together in ``name``, each
    letter found at its first place after the one before."""
    runs: list[int] = []
    at = -1
    for letter in short:
        found = name.index(letter, at + 1)
        if found == at + 1 and runs:
            runs[-1] += 1
        else:
            runs.append(1)
        at = found
    return runs


def _shortened_from(short: tuple[str, tuple[str, ...]], name: tuple[str, tuple[str, ...]]) -> bool:
    """Whether a name of letters and concepts ``short`` is a short form of a name of letters
    and concepts ``name`` (see the module's docstring): its concepts among the other's, and all
    of them when it cuts no word (keeps no letter alone before its last)."""
    if not shortens(short[0], name[0]):
        return False
    if 1 in _runs(short[0], name[0])[:-1]:
        return set(short[1]) <= set(name[1])
    return set(short[1]) == set(name[1])


def _agree(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Whether two names' concepts agree: one's among the other's, sharing one or both none."""
    a, b = set(left), set(right)
    return (a <= b or b <= a) and (bool(a & b) or not (a or b))


class Definitions:
    """The definitions of a corpus (see the module's docstring)."""

    def __init__(self, definitions: Iterable[Definition] = ()) -> None:
        self.definitions = tuple(sorted(set(definitions)))

    def __bool__(self) -> bool:
        return bool(self.definitions)

    @cached_property
    def _by_abbreviation(self) -> dict[str, tuple[Definition, ...]]:
        found: dict[str, list[Definition]] = defaultdict(list)
        for definition in self.definitions:
            if not definition.alias and not definition.abbreviation.startswith(_DERIVED):
                found[definition.abbreviation].append(definition)
        return {key: tuple(ones) for key, ones in found.items()}

    @cached_property
    def _aliases(self) -> dict[str, str]:
        """The key a name alone would get as a new organisation -> the authority entry every
        text that writes it beside the entry's own abbreviation names (see the module's
        docstring); none for a key an abbreviation defines as a new organisation."""
        entries: dict[str, set[str]] = defaultdict(set)
        for definition in self.definitions:
            if definition.alias:
                entries[definition.alias].add(definition.key)
        new = {
            d.key
            for d in self.definitions
            if not d.known and not d.abbreviation.startswith(_DERIVED)
        }
        return {
            alias: keys.pop()
            for alias, keys in entries.items()
            if len(keys) == 1 and alias not in new
        }

    def _one_name(self, definitions: Sequence[Definition]) -> bool:
        """Whether ``definitions`` (of one abbreviation, of several keys) may name one new
        organisation: long enough, all new and not keyed by era, no two countries, concepts
        agreeing."""
        if len(definitions[0].abbreviation) < MIN_LETTERS:
            return False
        if any(d.known or _ERA.search(d.key) for d in definitions):
            return False
        if len({d.country for d in definitions} - {None}) > 1:
            return False
        return all(
            _agree(a.concepts, b.concepts)
            for i, a in enumerate(definitions)
            for b in definitions[i + 1 :]
        )

    @cached_property
    def _keys(self) -> dict[str, str]:
        """Each new organisation's key -> the key it goes by (only those joined to others)."""
        parent: dict[str, str] = {}

        def root(key: str) -> str:
            while parent.get(key, key) != key:
                key = parent[key]
            return key

        countries: dict[str, set[str]] = defaultdict(set)
        for definitions in self._by_abbreviation.values():
            keys = sorted({d.key for d in definitions})
            if len(keys) < 2 or not self._one_name(definitions):
                continue
            for key in keys:
                parent.setdefault(key, key)
            for key in keys[1:]:
                a, b = root(keys[0]), root(key)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            for d in definitions:
                if d.country:
                    countries[d.key].add(d.country)
        groups: dict[str, list[str]] = defaultdict(list)
        for key in parent:
            groups[root(key)].append(key)
        joined: dict[str, str] = {}
        for first, keys in groups.items():
            stated = set().union(*(countries[k] for k in keys))
            if len(stated) <= 1:  # names joined through several abbreviations: one country
                joined.update((key, first) for key in keys if key != first)
        return joined

    @cached_property
    def _inflected(self) -> dict[str, str]:
        """Each new organisation's key -> the key it goes by, joined by one inflected form (see
        the module's docstring): the one authority entry's that a name of that form was taken
        for by its abbreviation, else the first of the new keys; only those joined to others."""
        found: dict[str, list[Definition]] = defaultdict(list)
        for definition in self.definitions:
            if definition.abbreviation.startswith((STEM, QUOTED)) and not _ERA.search(
                definition.key
            ):
                found[definition.abbreviation].append(definition)
        joined: dict[str, str] = {}
        for definitions in found.values():
            keys = sorted({d.key for d in definitions if not d.known})
            entries = sorted({d.key for d in definitions if d.known})
            if len(entries) > 1 or len({d.country for d in definitions} - {None}) > 1:
                continue
            keys = entries + keys
            joined.update((key, keys[0]) for key in keys[1:])
        return joined

    @cached_property
    def _shortened(self) -> dict[str, str]:
        """Each new organisation's key whose name is a short form of another's in a script
        without spaces -> the key it goes by (see the module's docstring); only those joined."""
        names = sorted(
            {
                (d.abbreviation[1:], d.key, d.country, d.concepts, d.known)
                for d in self.definitions
                if d.abbreviation.startswith(UNSPACED_NAME) and not _ERA.search(d.key)
            },
            # no country before a country, as a Definition is ordered (a kept part may hold one)
            key=lambda name: (
                -len(name[0]),
                name[:2],
                name[2] is not None,
                name[2] or "",
                name[3:],
            ),
        )
        holding: dict[str, set[int]] = defaultdict(set)  # letter -> the names read that hold it
        joined: dict[str, str] = {}
        for at, (letters, key, country, concepts, known) in enumerate(names):  # longest first
            among = sorted((holding.get(letter, set()) for letter in set(letters)), key=len)
            longer = {
                joined.get(other, other)
                for name, other, where, said, _ in (names[i] for i in set.intersection(*among))
                if other != key
                and len({country, where} - {None}) <= 1
                and _shortened_from((letters, concepts), (name, said))
            }
            if len(letters) >= MIN_LETTERS and len(longer) == 1 and not known:
                joined[key] = longer.pop()
            for letter in set(letters):
                holding[letter].add(at)
        return joined

    @cached_property
    def _consonantal(self) -> dict[str, str]:
        """Each new organisation's key whose name proper is written in a script without vowels
        -> the key of the one name proper in Latin letters it is written as (see the module's
        docstring); only those joined."""
        spelt: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
        read: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        for d in self.definitions:
            if d.known or _ERA.search(d.key) or not d.abbreviation.startswith((SPELT, READ)):
                continue
            consonants, _, word = d.abbreviation[1:].partition(d.abbreviation[0])
            if d.abbreviation.startswith(SPELT):
                spelt[consonants].append((word, d.key, d.country))
            else:
                read[d.key].add((consonants, word, d.country))
        joined: dict[str, str] = {}
        for key, readings in sorted(read.items()):
            met = {
                (other, where)
                for consonants, word, _ in readings
                for latin, other, where in spelt.get(consonants, ())
                if vowels_agree(word, latin)
            }
            countries = {where for _, where in met} | {country for _, _, country in readings}
            if len({other for other, _ in met}) == 1 and len(countries - {None}) <= 1:
                joined[key] = met.pop()[0]
        return joined

    def key(self, key: str) -> str:
        """The key a new organisation keyed ``key`` goes by (``key`` itself unless joined to
        another, or the alias of an authority entry's name)."""
        joined = self._aliases.get(key) or self._keys.get(key) or self._inflected.get(key)
        if joined is not None:
            return joined
        shortened = self._shortened.get(key) or self._consonantal.get(key)
        return key if shortened is None else self.key(shortened)

    def meaning(self, abbreviation: str) -> tuple[str, str | None] | None:
        """The key and the country of the one organisation the corpus defines ``abbreviation``
        (a key) as, or None (none, or two)."""
        definitions = self._by_abbreviation.get(abbreviation)
        if not definitions or len(abbreviation) < MIN_LETTERS:
            return None
        keys = {self.key(d.key) for d in definitions}
        countries = {d.country for d in definitions} - {None}
        if len(keys) != 1 or len(countries) > 1:
            return None
        return keys.pop(), next(iter(countries), None)

    @cached_property
    def _initials(self) -> dict[str, tuple[Definition, ...]]:
        """The initials new organisations' names define (see the module's docstring), each
        with its definitions; none of a name keyed by its era."""
        found: dict[str, list[Definition]] = defaultdict(list)
        for definition in self.definitions:
            if definition.abbreviation.startswith(INITIALS) and not _ERA.search(definition.key):
                found[definition.abbreviation[len(INITIALS) :]].append(definition)
        return {letters: tuple(ones) for letters, ones in found.items()}

    def initialled(self, abbreviation: str) -> tuple[str, str | None] | None:
        """The key and the country of the one organisation whose name's initials are
        ``abbreviation`` (a key), or None: none, two, an abbreviation of fewer than
        :data:`MIN_INITIALS` letters, or one a text defines with a name (its meaning is that
        text's, or none where texts define it as two)."""
        if len(abbreviation) < MIN_INITIALS or abbreviation in self._by_abbreviation:
            return None
        definitions = self._initials.get(abbreviation, ())
        keys = {self.key(d.key) for d in definitions}
        countries = {d.country for d in definitions} - {None}
        if len(keys) != 1 or len(countries) > 1:
            return None
        return keys.pop(), next(iter(countries), None)

    def answer(self, question: str) -> str:
        """The answer to a question (:func:`ask_meaning`, :func:`ask_initials`,
        :func:`ask_key`) as a string: equal strings are equal answers."""
        kind, _, asked = question.partition(":")
        if kind == "k":
            return self.key(asked)
        meaning = self.initialled(asked) if kind == "i" else self.meaning(asked)
        return "" if meaning is None else f"{meaning[0]} {meaning[1] or ''}".strip()

    def answers(self, asked: Iterable[Answer]) -> bool:
        """Whether every question of ``asked`` has the answer given with it."""
        return all(self.answer(one.question) == one.answer for one in asked)
