"""The multilingual table of type words (``authority/typewords.yaml``), loaded and checked.

A type word says what kind of organisation a name is, or what it stands for ("Partei",
"comunista", "κόμμα", "حزب", "cộng sản": a type word may be of several words); each belongs to
one language-independent concept (``party``, ``communist``). :class:`TypeWords` tells the
concept of a folded word (as :func:`kzld.resolve.orgs.names.tokens` gives it), the concepts an
abbreviated type word ("CP", "WP") or a compound ("Munkáspárt") stands for, and which words only
link the others. The common own words of names ("republic", "justice", "refugees") are concepts
too, read by their meaning (``meanings``): a name translated word for word meets its entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ...errors import TypeWordsError
from ...model.countries import joined_articles, joined_prefixes, unprefixed
from ...model.folding import fold_name
from ...model.records import ORGANISATION_KINDS
from ...model.scripts import script_of
from ...model.yamlio import safe_load
from ...resources import authority_dir

__all__ = ["TypeWords", "load_type_words", "type_words"]

#: The shortest stem (letters before the ``*``) a stem may have.
MIN_STEM = 4
#: The most letters a listed type word may have after another of its concept's words that it
#: starts with, for the two to be read as forms of one word ("femme", "femmes").
ENDING = 2


@dataclass(frozen=True, slots=True, eq=False)
class TypeWords:
    """The table: concepts by word and by stem, contractions, compounds, link words, near pairs."""

    words: Mapping[str, str]
    stems: tuple[tuple[str, str], ...]  # (stem, concept), longest stem first
    contractions: Mapping[str, tuple[str, ...]]
    compounds: Mapping[str, tuple[str, ...]]
    compound_stems: tuple[tuple[str, tuple[str, ...]], ...]
    link_words: frozenset[str]
    in_words: frozenset[str]
    near: frozenset[frozenset[str]]
    #: The concepts that say what kind of organisation a name is, and those it adds after that.
    kinds: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    #: Latin letters by the names a script without capitals spells them with, romanised.
    letter_names: Mapping[str, str] = field(default_factory=dict)
    #: Endings written after an apostrophe on a proper name (Turkish "'nin"), folded.
    case_endings: frozenset[str] = frozenset()
    #: Words that say a short name follows ("(hereafter XWU)"), folded.
    hereafter_words: frozenset[str] = frozenset()
    #: The authority kinds (``kinds`` of an entry) a kind concept says a name is, by concept.
    entry_kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Folded type words that also mean something else than their concept ("দল": party, group).
    also_means: Mapping[str, str] = field(default_factory=dict)
    #: Short words of a language a bracket after a name may hold ("(Top)"), folded: never a
    #: known abbreviation written as a word, though an entry's abbreviation is spelt alike.
    plain_words: frozenset[str] = frozenset()
    #: Folded words, and stems (a trailing ``*``), of several senses among the concepts
    #: (``senses``): read as own words, each sense tried only when nothing else fits.
    senses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Languages in which lists name organisations of every country (``international_languages``):
    #: the language of such a list says nothing of a shared abbreviation's country.
    international_languages: frozenset[str] = frozenset()
    #: Greek and Cyrillic capitals by the one Latin capital each is written as
    #: (``capital_letters``).
    capital_letters: Mapping[str, str] = field(default_factory=dict)
    #: The concepts of own words read by their meaning ("republic", "refugees"): a match that
    #: needs one written by other words is listed for review.
    meanings: frozenset[str] = frozenset()
    #: Case endings written after a hyphen on an abbreviation ("XKP-u", "XKP-nek"), folded,
    #: of every language of ``abbreviation_endings``.
    abbreviation_endings: frozenset[str] = frozenset()
    #: The letters Arabic and Hebrew join to the front of a word (the country table's
    #: ``prefixes`` and articles), folded, the longest first, each with its script's article.
    prefixes: tuple[str, ...] = ()
    prefix_articles: Mapping[str, str] = field(default_factory=dict)
    #: Each narrower kind concept and the broader one a language may say it by (``broader``:
    #: trade-union, union).
    broader: Mapping[str, str] = field(default_factory=dict)
    #: Particles a language joins to a name's last word with no mark between (Korean "은",
    #: "의"), folded.
    particles: frozenset[str] = frozenset()
    #: The concepts that say an organisation works in every country ("International",
    #: "World"): a name of one of them says where it is as a country would (``worldwide``).
    worldwide: frozenset[str] = frozenset()

    def senses_of(self, word: str) -> tuple[str, ...]:
        """The concepts a folded word of several senses may mean (empty for any other word)."""
        found = self.senses.get(word)
        if found is not None:
            return found
        stems = ((stem[:-1], c) for stem, c in self.senses.items() if stem.endswith("*"))
        return next((c for stem, c in stems if word.startswith(stem)), ())

    def concept(self, word: str) -> str | None:
        """The concept of a folded word, or None when it is not a type word."""
        return _concept(self, word)

    def stem_of(self, word: str) -> str | None:
        """The stem (without its ``*``) the table reads a folded word by, or None when the word
        is no type word or one the table lists as written: the letters after it are a case
        ending or another form of one type word ("confederation", "confederations")."""
        return _stem(self, word)

    def form_of(self, word: str) -> str | None:
        """The form a folded type word is written in when its endings do not count: its stem
        (:meth:`stem_of`), or for a word the table lists, the shortest word of its concept it
        starts with, of :data:`MIN_STEM` letters or more, when the letters after it are an
        ending (:data:`ENDING` at most: "femmes", "femme"); None for any other word."""
        return self.stem_of(word) or _shorter_forms(self).get(word)

    def concepts_of_compound(self, word: str) -> tuple[str, ...]:
        """The concepts a compound or contraction stands for (empty when it is neither): one
        the table lists, or a stem of one concept joined to a word of another."""
        if word in self.compounds:
            return self.compounds[word]
        if word.startswith(_compound_starts(self)):  # one test for most words: they start none
            for stem, concepts in self.compound_stems:
                if word.startswith(stem):
                    return concepts
        expanded = self.contractions.get(word)
        if expanded:
            return tuple(c for c in (self.concept(w) for w in expanded) if c)
        return _stem_compound(self, word)

    def joined(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """``words`` with each run that is one type word of several words ("cộng sản", folded)
        joined into that word, the longest run first."""
        return _joined(self, words)

    def spelt_letters(self, word: str) -> str | None:
        """The Latin letters a romanised word spells out by their names ("ekskepi": "XKP"), when
        it reads as letter names in exactly one way; else None."""
        return _spelt(self, word)

    def says_kind_of(self, concepts: Iterable[str], kinds: Iterable[str]) -> bool:
        """Whether ``concepts`` say a kind of organisation, each one a kind of an authority
        entry of ``kinds`` (``entry_kinds``): "Gewerkschaft" of a trade union. A concept not
        listed there ("union", "front") says no kind of entry, so never one of these."""
        said = set(concepts)
        return bool(said) and all(self.entry_kinds.get(c, frozenset()) & set(kinds) for c in said)

    def is_near(self, left: str, right: str) -> bool:
        """Whether translations are known to swap the two concepts."""
        return frozenset((left, right)) in self.near

    def in_order(self, concepts: frozenset[str]) -> tuple[str, ...]:
        """``concepts`` in the order a new organisation's key names them: as an English name
        would, those that are neither kinds nor qualifiers, then the kinds, then the
        qualifiers, each group alphabetically (never in the table's order, which may change)."""

        def place(concept: str) -> tuple[int, str]:
            return (concept in self.kinds) + 2 * (concept in self.qualifiers), concept

        return tuple(sorted(concepts, key=place))


@lru_cache(maxsize=4)
def _longest_run(table: TypeWords) -> int:
    """The most words a type word of the table has (1 when none has several)."""
    return max((w.count(" ") + 1 for w in table.words if " " in w), default=1)


@lru_cache(maxsize=1 << 16)
def _joined(table: TypeWords, words: tuple[str, ...]) -> tuple[str, ...]:
    longest = _longest_run(table)
    if longest == 1:
        return words
    joined: list[str] = []
    start = 0
    while start < len(words):
        size = next(
            (n for n in range(min(longest, len(words) - start), 1, -1)
             if " ".join(words[start : start + n]) in table.words),
            1,
        )  # fmt: skip
        joined.append(" ".join(words[start : start + size]))
        start += size
    return tuple(joined)


@lru_cache(maxsize=1 << 16)
def _spelt(table: TypeWords, word: str) -> str | None:
    # ways[i]: in how many ways word[:i] reads as letter names; readings[i]: the letters of one
    readings = [""] * (len(word) + 1)
    ways = [1] + [0] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(end):
            letter = table.letter_names.get(word[start:end])
            if letter is None or not ways[start]:
                continue
            ways[end] += ways[start]
            readings[end] = f"{readings[start]}{letter}"
    return readings[-1] if ways[-1] == 1 and word else None


#: Letters a compound may join its two words by ("ungdom-s-bevægelse", "kommúnist-a-flokkur").
LINKING = ("s", "e", "a", "o", "-")


@lru_cache(maxsize=1 << 16)
def _stem_compound(table: TypeWords, word: str) -> tuple[str, ...]:
    """The two concepts of a word that starts with a stem of one and goes on, after a linking
    letter or none, with a whole word of another ("ungdomsbevægelse": youth and movement; a stem
    alone would read only the first); empty when it does not."""
    for stem, concept in _stems_opening(table, word):
        if not word.startswith(stem):
            continue
        rest = word[len(stem) :]
        for tail in (rest, rest[1:] if rest.startswith(LINKING) else ""):
            other = _concept(table, tail) if len(tail) >= MIN_STEM else None
            if other is not None and other != concept:
                return concept, other
        return ()
    return ()


@lru_cache(maxsize=1 << 16)
def _stem(table: TypeWords, word: str) -> str | None:
    """:meth:`TypeWords.stem_of`, kept: the resolver asks it of every word of every new
    organisation's name, and each time it went through the stems of the word's first letter."""
    if word in table.words:
        return None
    return next((stem for stem, _ in _stems_opening(table, word) if word.startswith(stem)), None)


def _stems_opening(table: TypeWords, word: str) -> tuple[tuple[str, str], ...]:
    """The table's stems that may open ``word``, longest first as in ``table.stems``: those
    whose first letter is the word's (a word is not compared with all of them: the resolver
    asks of every word of every name)."""
    by_letter = _stems_by_letter(table)
    return by_letter.get(word[:1], by_letter[""])


@lru_cache(maxsize=4)
def _stems_by_letter(table: TypeWords) -> dict[str, tuple[tuple[str, str], ...]]:
    """The table's stems by their first letter, each list in the table's order; under "" the
    stems that open every word (none, as the table is read: a stem has :data:`MIN_STEM`
    letters or more)."""
    letters = {stem[:1] for stem, _ in table.stems} | {""}
    return {
        letter: tuple(item for item in table.stems if item[0][:1] in {"", letter})
        for letter in letters
    }


@lru_cache(maxsize=4)
def _compound_starts(table: TypeWords) -> tuple[str, ...]:
    """The stems of the table's compounds (:attr:`TypeWords.compound_stems`), as one tuple:
    whether a word starts with any of them is one call (the resolver asks it of every word of
    every name it reads)."""
    return tuple(stem for stem, _ in table.compound_stems)


@lru_cache(maxsize=4)
def _shorter_forms(table: TypeWords) -> dict[str, str]:
    """Each listed type word that is another of its concept's words and an ending -> the
    shortest such word (see :meth:`TypeWords.form_of`)."""
    by_concept: dict[str, list[str]] = {}
    for word, concept in table.words.items():
        by_concept.setdefault(concept, []).append(word)
    forms: dict[str, str] = {}
    for words in by_concept.values():
        for word in words:
            shorter = [
                w
                for w in words
                if len(w) >= MIN_STEM and 0 < len(word) - len(w) <= ENDING and word.startswith(w)
            ]
            if shorter:
                forms[word] = min(shorter, key=lambda w: (len(w), w))
    return forms


@lru_cache(maxsize=1 << 16)
def _concept(table: TypeWords, word: str) -> str | None:
    return _listed(table, word) or _without_prefix(table, word)


def _listed(table: TypeWords, word: str) -> str | None:
    """The concept of a word as the table lists it, or of a stem it starts with."""
    found = table.words.get(word)
    if found is not None:
        return found
    for stem, concept in _stems_opening(table, word):
        if word.startswith(stem):
            return concept
    return None


def _without_prefix(table: TypeWords, word: str) -> str | None:
    """The concept of a word read without a letter its language joins to a word's front
    ("للنساء", for the women), as left and with the article in its place ("النساء")."""
    for prefix, rest in unprefixed(word, table.prefixes):
        article = table.prefix_articles[prefix]
        if found := _listed(table, rest) or (article and _listed(table, article + rest)):
            return found
    return None


def _strings(value: Any, where: str, problems: list[str]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where} must be a list of non-empty strings")
        return []
    return [v.strip() for v in value]


def _read_table(path: Path) -> Mapping[str, Any]:
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise TypeWordsError(path, f"cannot read the type-word table: {error}") from error
    if not isinstance(data, Mapping) or not isinstance(data.get("concepts"), Mapping):
        raise TypeWordsError(path, "must be a mapping with `concepts` (see its header)")
    return data


def _concept_words(
    concepts: Mapping[str, Any], problems: list[str]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Every concept's words and stems, longest stem first."""
    words: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for concept, forms in concepts.items():
        for form in _strings(forms, f"concepts.{concept}", problems):
            folded = fold_name(form)
            if folded.endswith("*"):
                stem = folded[:-1]
                if len(stem) < MIN_STEM:
                    problems.append(f"{concept}: stem {form!r} is shorter than {MIN_STEM} letters")
                stems.append((stem, str(concept)))
            elif words.setdefault(folded, str(concept)) != concept:
                problems.append(f"{form!r} is in both {words[folded]} and {concept}")
    stems.sort(key=lambda item: (-len(item[0]), item[0]))
    return words, stems


def _compounds(
    data: Mapping[str, Any], concepts: set[str], problems: list[str]
) -> tuple[dict[str, tuple[str, ...]], list[tuple[str, tuple[str, ...]]]]:
    """The compounds written out and the compound stems, longest first."""
    compounds: dict[str, tuple[str, ...]] = {}
    compound_stems: list[tuple[str, tuple[str, ...]]] = []
    for word, parts in (data.get("compounds") or {}).items():
        listed = tuple(_strings(parts, f"compounds.{word}", problems))
        problems.extend(
            f"compounds.{word}: unknown concept {c!r}" for c in listed if c not in concepts
        )
        folded = fold_name(str(word))
        if folded.endswith("*"):
            compound_stems.append((folded[:-1], listed))
        else:
            compounds[folded] = listed
    compound_stems.sort(key=lambda item: (-len(item[0]), item[0]))
    return compounds, compound_stems


def _concept_group(
    data: Mapping[str, Any], name: str, concepts: set[str], problems: list[str]
) -> frozenset[str]:
    """The concepts listed under ``name`` (``kinds``, ``qualifiers``, ``meanings``), each a
    known one."""
    listed = _strings(data.get(name, []), name, problems)
    problems.extend(f"{name}: unknown concept {c!r}" for c in listed if c not in concepts)
    return frozenset(listed)


def _near_pairs(
    data: Mapping[str, Any], concepts: set[str], problems: list[str]
) -> frozenset[frozenset[str]]:
    near: set[frozenset[str]] = set()
    for pair in data.get("near") or []:
        pair_of = _strings(pair, "near", problems)
        if len(pair_of) != 2 or not set(pair_of) <= concepts:
            problems.append(f"near: {pair!r} must be two known concepts")
        else:
            near.add(frozenset(pair_of))
    return frozenset(near)


def _letter_names(data: Mapping[str, Any], problems: list[str]) -> dict[str, str]:
    """Each romanised letter name and its Latin letter; a name of two letters is a problem."""
    names: dict[str, str] = {}
    for letter, spellings in (data.get("letter_names") or {}).items():
        if not (isinstance(letter, str) and len(letter) == 1 and "A" <= letter <= "Z"):
            problems.append(f"letter_names: {letter!r} is not a Latin capital letter")
            continue
        for spelt in _strings(spellings, f"letter_names.{letter}", problems):
            if names.setdefault(fold_name(spelt), letter) != letter:
                problems.append(
                    f"letter_names: {spelt!r} names {names[fold_name(spelt)]} and {letter}"
                )
    return names


def _capital_letters(data: Mapping[str, Any], problems: list[str]) -> dict[str, str]:
    """Each Greek or Cyrillic capital and the one Latin capital it is written as."""
    found: dict[str, str] = {}
    for letter, latin in (data.get("capital_letters") or {}).items():
        if not (isinstance(letter, str) and len(letter) == 1 and letter.isupper()):
            problems.append(f"capital_letters: {letter!r} is not one capital letter")
        elif script_of(letter) not in {"GREEK", "CYRILLIC"}:
            problems.append(f"capital_letters: {letter!r} is not Greek or Cyrillic")
        elif not (isinstance(latin, str) and len(latin) == 1 and "A" <= latin <= "Z"):
            problems.append(f"capital_letters.{letter}: {latin!r} is not one Latin capital letter")
        else:
            found[letter] = latin
    return found


def _entry_kinds(
    data: Mapping[str, Any], concepts: set[str], problems: list[str]
) -> dict[str, frozenset[str]]:
    """The authority kinds each listed concept says a name is (``entry_kinds``), each one of
    :data:`~kzld.model.records.ORGANISATION_KINDS`."""
    found: dict[str, frozenset[str]] = {}
    for concept, kinds in (data.get("entry_kinds") or {}).items():
        if concept not in concepts:
            problems.append(f"entry_kinds: unknown concept {concept!r}")
        found[str(concept)] = frozenset(_strings(kinds, f"entry_kinds.{concept}", problems))
        problems.extend(
            f"entry_kinds.{concept}: unknown kind {kind!r} (one of {', '.join(ORGANISATION_KINDS)})"
            for kind in sorted(found[str(concept)] - set(ORGANISATION_KINDS))
        )
    return found


def _also_means(
    data: Mapping[str, Any], words: Mapping[str, str], problems: list[str]
) -> dict[str, str]:
    """The type words that also mean something else (``also_means``), folded: word -> that
    other sense; each a word of the table, and its other sense not its own concept (another
    concept, or a thing the table has no concept for: "plaid", tartan)."""
    found: dict[str, str] = {}
    for word, other in (data.get("also_means") or {}).items():
        folded = fold_name(str(word))
        if words.get(folded) is None or not str(other).strip() or words[folded] == other:
            problems.append(
                f"also_means: {word!r} must be a type word of a concept other than {other!r}"
            )
            continue
        found[folded] = str(other)
    return found


def _senses(
    data: Mapping[str, Any], table: TypeWords, concepts: set[str], problems: list[str]
) -> dict[str, tuple[str, ...]]:
    """The words of several senses (``senses``), folded: word (or stem, ``*`` kept) -> its
    concepts; each of two concepts or more of the table, and no type word of one concept."""
    found: dict[str, tuple[str, ...]] = {}
    for word, senses in (data.get("senses") or {}).items():
        listed = tuple(_strings(senses, f"senses.{word}", problems))
        stem = str(word).endswith("*")
        folded = fold_name(str(word).rstrip("*")) + ("*" if stem else "")
        if len(set(listed)) < 2 or set(listed) - concepts:
            problems.append(f"senses: {word!r} must have two concepts or more of the table")
        elif stem and len(folded) - 1 < MIN_STEM:
            problems.append(f"senses: the stem {word!r} is shorter than {MIN_STEM} letters")
        elif table.concept(folded.rstrip("*")) is not None:
            problems.append(f"senses: {word!r} is a type word of one concept")
        else:
            found[folded] = listed
    return found


def _folded_words(data: Mapping[str, Any], name: str, problems: list[str]) -> frozenset[str]:
    return frozenset(fold_name(w) for w in _strings(data.get(name, []), name, problems))


def _abbreviation_endings(data: Mapping[str, Any], problems: list[str]) -> frozenset[str]:
    """The case endings of ``abbreviation_endings`` (listed by language), folded."""
    raw = data.get("abbreviation_endings") or {}
    if not isinstance(raw, Mapping):
        problems.append("abbreviation_endings must map languages to lists of endings")
        return frozenset()
    return frozenset(
        fold_name(ending)
        for language, endings in raw.items()
        for ending in _strings(endings, f"abbreviation_endings.{language}", problems)
    )


def _prefixes() -> dict[str, str]:
    """The letters Arabic and Hebrew join to a word's front, each with its script's article:
    the prepositions and conjunctions of the country table (``prefixes`` in
    ``authority/countries.yaml``: the one list of them), each alone and with the article
    after it ("وال"), and the article alone; folded, the longest first."""
    articles = {script_of(a): fold_name(a) for a in joined_articles()}
    found = {article: article for article in articles.values()}
    for prefix in map(fold_name, joined_prefixes()):
        article = articles.get(script_of(prefix), "")
        found |= {prefix: article, prefix + article: article}
    return dict(sorted(found.items(), key=lambda item: (-len(item[0]), item)))


def _broader(
    data: Mapping[str, Any],
    entry_kinds: Mapping[str, frozenset[str]],
    concepts: set[str],
    problems: list[str],
) -> dict[str, str]:
    """Each narrower concept and its broader one (``broader``): two concepts of the table, the
    narrower one saying a kind of authority entry (``entry_kinds``)."""
    found: dict[str, str] = {}
    for narrower, broader in (data.get("broader") or {}).items():
        if {str(narrower), str(broader)} - concepts or narrower == broader:
            problems.append(f"broader: {narrower!r} and {broader!r} must be two known concepts")
        elif str(narrower) not in entry_kinds:
            problems.append(f"broader: {narrower!r} says no kind of entry (entry_kinds)")
        else:
            found[str(narrower)] = str(broader)
    return found


def load_type_words(path: Path | None = None) -> TypeWords:
    """Load and check the table (default: the shipped ``typewords.yaml``); every problem is
    listed in one :class:`TypeWordsError`."""
    path = path if path is not None else authority_dir() / "typewords.yaml"
    data = _read_table(path)
    problems: list[str] = []
    words, stems = _concept_words(data["concepts"], problems)
    concepts = {str(c) for c in data["concepts"]}
    contractions = {
        fold_name(str(word)): tuple(
            fold_name(w) for w in _strings(expansion, f"contractions.{word}", problems)
        )
        for word, expansion in (data.get("contractions") or {}).items()
    }
    compounds, compound_stems = _compounds(data, concepts, problems)
    kinds = _concept_group(data, "kinds", concepts, problems)
    qualifiers = _concept_group(data, "qualifiers", concepts, problems)
    problems.extend(f"{c!r} is both a kind and a qualifier" for c in sorted(kinds & qualifiers))
    table = TypeWords(
        words, tuple(stems), contractions, compounds, tuple(compound_stems),
        _folded_words(data, "link_words", problems), _folded_words(data, "in_words", problems),
        _near_pairs(data, concepts, problems), kinds, qualifiers, _letter_names(data, problems),
        _folded_words(data, "case_endings", problems),
        _folded_words(data, "hereafter_words", problems), _entry_kinds(data, concepts, problems),
        _also_means(data, words, problems), _folded_words(data, "plain_words", problems),
    )  # fmt: skip
    meanings = _concept_group(data, "meanings", concepts, problems)
    problems.extend(f"{c!r} is a meaning and a kind" for c in sorted(meanings & kinds))
    prefix_articles = _prefixes()
    table = replace(
        table,
        meanings=meanings,
        worldwide=_concept_group(data, "worldwide", concepts, problems),
        senses=_senses(data, table, concepts, problems),
        international_languages=_folded_words(data, "international_languages", problems),
        capital_letters=_capital_letters(data, problems),
        particles=_folded_words(data, "particles", problems),
        abbreviation_endings=_abbreviation_endings(data, problems),
        prefixes=tuple(prefix_articles),
        prefix_articles=prefix_articles,
        broader=_broader(data, table.entry_kinds, concepts, problems),
    )
    if problems:
        raise TypeWordsError(path, "problems in the type-word table:\n" + "\n".join(problems))
    return table


@cache
def type_words() -> TypeWords:
    """The shipped table, loaded once."""
    return load_type_words()
