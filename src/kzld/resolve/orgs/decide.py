"""Deciding: which candidate a name is, only on unambiguous evidence, and how sure that is.

The evidence is weighed in order of strength, and the first kind that points at exactly one
entry (among those not blocked by country, founding and dissolution dates, or a generic name
without its country) decides:

1. the same name as an authority form (the most complete reading of the entry first); then
   the same letters written with other spaces ("XandiaParty"), which is weaker: a name spelt
   as one form is never outweighed by another form it meets only without its spaces; then an
   authority form with a word before or after it that says a kind of organisation that entry
   is ("Partei Zeta", "Zeta party": the party named Zeta; not "Union Zeta"); then an authority
   form written in another alphabet that the name reads as letter for letter ("Зеленово" of
   "Zelenovo"; Cyrillic, Greek, Georgian, Armenian and Latin), when the entry may be written in
   the name's alphabet (taken, but listed for review);
2. an abbreviation only that entry has (or, shared, only that entry has in the stated country;
   or, shared and no country stated, the one of its entries written in the abbreviation's
   script, or else the one whose country speaks the language of the list it is written in,
   unless that is a language of international lists),
   when the name beside it does not contradict it (a translation into a language none of the
   entry's names is written in, of the concepts of one of them, does not: its own words are
   that language's; nor does a word for a kind of organisation the entry is: "Gewerkschaft
   ZGB" of a union; nor, in a list of a language the entry's country speaks and none of its
   names is written in, a name whose words' initials spell the abbreviation, or that states
   the entry's country and no other, or whose words' first letters make it as syllables: its
   own); then
   an abbreviation in Greek or Cyrillic capitals, or spelt in the names of the Latin letters
   ("പി.ടി.യു"), that, written in Latin letters one for one,
   only that entry has (as an abbreviation, or as a name in capitals: "P.T.U"), when the
   entry may be written in that script and the name beside it names no other kind of
   organisation (taken, but listed for review); then an abbreviation no entry lists, or one
   short word ("Zu", "XvdP"), written alone or beside its country only, whose letters are the
   initials of the words of one entry's name, with or without its link words, when that entry
   is the only one of the countries the name states (else of those that speak the list's
   language) with a name of those initials (``initials``; taken, but listed for review);
3. the same signature (type words, own words, country) as one of its forms: a translation;
4. a signature that differs only by concepts translations are known to swap (workers/labour);
   then the signature with a word of several senses (``senses`` in the table: "chama", party
   or association) read as one of them, when one entry of a kind that sense allows is met
   over all the senses (two met, by one sense or two, decide nothing); then the one entry of
   the stated country with a name of the name's concepts (two or more, a kind among them) and
   own words, when the name's own words are written in a script none of the entry's names is
   written in, other than Latin and the scripts without vowels (``foreign``: "泽尔塔" of
   "Zelta", which neither spelling nor consonants can compare);

   a translation is into another language: a name that writes some type words of the form
   it meets as that form writes them, and others with other words, is another name in that
   form's language ("Xandian Labour Party" is not the "Xandian Workers' Party"), not a
   translation of it;
5. a spelling variant: a similar name (ratio >= :data:`SIMILAR_TAKE`), the same number of words
   but link words ("de los"), every differing word a spelling of the other, no concept of
   either name missing from the other's while it has one of its own ("X Socialists" is no
   spelling of "Socialist X"), a word where one names a country no other country's and a
   clear misspelling of it (:data:`COUNTRY_SPELLING`; a looser one, :data:`SPELLING`, where the
   name's initials spell the entry's abbreviation, ``spells``: "Sudenese Zeta Union" of the
   Sudanese SZU), and a clear margin over the next entry; not a name like one
   the authority lists for the entry in another language, in a list of a language the entry's
   country does not speak (other than English): there it is a word of the list's language
   that the other spells alike, another organisation's name ("Sentrapartiet" in a Norwegian
   list is not the Swedish "Zentrapartiet");
6. a short form: the name of one entry without words before or after that say only its kind
   or its country, whose own words no other entry's names have, stating that entry's country
   or written in a list in a language its country speaks (not English);
7. a name proper: the name one entry writes before a description of what it is ("Zeta" of
   "Zeta – Centre for Zetan Rights"), of own words alone, written as that entry writes it, or
   in Arabic or Hebrew letters with the consonants it has in Latin letters and its letters
   that may write a vowel where the Latin name has one ("دولة", dawla, is no "Odaleh"), when
   the entry may be written in that script; then a translation of the name of type words
   one entry writes before a description of what it is, naming no country ("Zeta Workers'
   Party" of "Zeta Workers' Party – For Peace and Unity"), that states that entry's country,
   when no other entry of the country has a name of its concepts (``described``: the name
   before a description that names a country is often the organisation it split from, and is
   not read so);
8. a name written without an abbreviation whose words' initials spell the abbreviation of the
   one entry of the country it states so spelt (or, where it states none, of the countries that
   speak the list's language, and no entry of no country so spelt), in a list of a language
   that country speaks and none of the entry's names is written in, when no other entry of that
   country has a name of the name's concepts (``spells``);
9. a short name of own words in characters of a syllable each (Chinese characters, kana,
   Hangul) that takes some characters of one entry's name in order, a character of each word
   but for one run at most (``contracted``: "泽阵" of "泽塔民权阵线"), when no other entry, even
   one its country or dates rule out, has a name it so contracts;
10. a name that states no country and says enough on its own (own words and two concepts, or
    two concepts or more), with the signature of a form of the one entry of a country that
    speaks the language of its list (not a language of international lists) that has one, when
    the entry is no generic name (``spoken``: "Partai Zeta Buruh" in an Indonesian list); a
    name of fewer than three concepts alone, when the entry has no name in that language
    ("Partai Petani": an entry named in Indonesian otherwise is another organisation);
11. the first words of the one entry's name that starts with them, that name written in the
    language of the list, which its country speaks (not a language of international lists),
    the rest of it a complement a list leaves out (``leading``: "Zeta Unida" in a Portuguese
    list of the "Zeta Unida da República"), when no other entry of a country that speaks it
    has evidence but a similar name.

Two entries with the same evidence decide nothing: the name becomes a new organisation, and the
review lists it with both. Steps 4 to 10 are taken but listed for review (``doubtful``), with
the word read in one of its senses where there is one; so is a translation (step 3) that needs
an own word read by its meaning (``meanings`` in the table: "republic", "refugees") that the
form it met writes with another word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from ...model.acronyms import initials
from ...model.countries import country_words
from ...model.folding import fold_name
from ...model.scripts import (
    country_languages,
    country_scripts,
    language_countries,
    language_of_tag,
)
from .analysis import Reading, is_abbreviation, script_of, signature, type_words_in
from .authority import AuthorityEntry
from .candidates import MIN_SPOKEN_CONCEPTS_NAMED, AuthorityIndex, Candidate, Evidence
from .names import abbreviation_key, normalise, tokens
from .typewords import type_words

__all__ = [
    "BY_LANGUAGE",
    "SIMILAR_MARGIN",
    "SIMILAR_TAKE",
    "Decision",
    "decide",
    "list_language",
    "weighs_language",
]

#: Lowest similarity a spelling variant is taken at.
SIMILAR_TAKE = 90.0
#: A spelling variant must beat the next entry by this much.
SIMILAR_MARGIN = 4.0
#: Lowest similarity of two differing words for them to be spellings of one word.
SPELLING = 75.0
#: Lowest similarity of a word to a country's name for it to be a misspelling of that name.
COUNTRY_SPELLING = 90.0
#: Lowest similarity (token sort ratio) of an abbreviation's name to the entry's for them to agree.
NAME_AGREES = 80.0
#: What parts a name from an abbreviation written beside it.
_WORDS = re.compile(r"[\s()\[\]/,;:]+")


@dataclass(frozen=True, slots=True)
class Decision:
    """What a name was decided to be: ``key`` (None: a new organisation), how (``method``), the
    authority form it met, every candidate with its evidence, and whether a curator should look
    (``doubtful``) and why (``reason``)."""

    key: str | None
    method: str
    matched: str
    candidates: tuple[Candidate, ...]
    doubtful: bool = False
    reason: str = ""


def _with(candidates: tuple[Candidate, ...], kind: str) -> list[tuple[int, Candidate, Evidence]]:
    return [
        (e.rank, c, e)
        for c in candidates
        if c.blocked is None
        for e in c.evidence
        if e.kind == kind
    ]


def _unique_by_rank(
    found: list[tuple[int, Candidate, Evidence]],
) -> tuple[Candidate, Evidence] | str | None:
    """The one candidate of the best rank that has one; a reason string when two tie there."""
    for rank in sorted({r for r, _, _ in found}):
        keys = {c.key: (c, e) for r, c, e in found if r == rank}
        if len(keys) == 1:
            return next(iter(keys.values()))
        return "as much evidence for " + " and ".join(sorted(keys))
    return None


def decide(
    index: AuthorityIndex, reading: Reading, year: int | None, language: str | None = None
) -> Decision:
    """Weigh the candidates of ``reading`` (see the module's docstring); ``language`` is that of
    the list the name is written in, where known."""
    candidates = index.candidates(reading, year)
    blocked = [c for c in candidates if c.blocked is not None and c.score >= 90]
    doubts = [f"{c.key}: {c.blocked}" for c in blocked]

    def taken(candidate: Candidate, evidence: Evidence, method: str, doubt: str = "") -> Decision:
        return Decision(candidate.key, method, evidence.matched, candidates, bool(doubt), doubt)

    def new(reason: str) -> Decision:
        reasons = [r for r in (reason, *doubts) if r]
        doubtful = bool(reasons) or any(c.score >= 80 for c in candidates)
        return Decision(None, "new", "", candidates, doubtful, "; ".join(reasons))

    ambiguous = ""
    for kind in ("exact", "unspaced", "kind", "romanised"):
        same = _unique_by_rank(_with(candidates, kind))
        if isinstance(same, tuple):
            return taken(*same, kind, same[1].note if kind == "romanised" else "")
        ambiguous = ambiguous or (same if isinstance(same, str) else "")

    by_abbreviation = _abbreviation(index, reading, candidates, language)
    if isinstance(by_abbreviation, tuple):
        return taken(*by_abbreviation, "abbreviation")
    ambiguous = ambiguous or by_abbreviation or ""
    in_latin = _in_latin_letters(index, reading, candidates)
    if in_latin is not None:
        return taken(*in_latin, "transliteration", in_latin[1].note)
    by_initials = _by_initials(index, reading, candidates, language)
    if by_initials is not None:
        return taken(*by_initials, "initials", by_initials[1].note)

    for kind, doubt in (("signature", ""), ("near-signature", "a translation that swaps words")):
        translations = _translations(reading, _with(candidates, kind))
        found = _unique_by_rank(_same_form_of_country(reading, translations))
        if isinstance(found, tuple):
            doubt = doubt or _other_sense(reading, found[1]) or _by_meaning(reading, found[1])
            return taken(*found, kind, doubt)
        if isinstance(found, str):
            return new(found)

    by_sense = _unique_by_rank(_translations(reading, _with(candidates, "sense")))
    if isinstance(by_sense, tuple):
        note = by_sense[1].note
        return taken(*by_sense, "sense", f"a word of several senses read as one: {note}")
    if isinstance(by_sense, str):
        return new(by_sense)
    foreign = _unique_by_rank(_with(candidates, "foreign"))
    if isinstance(foreign, tuple):
        return taken(*foreign, "foreign", f"own words in another script: {foreign[1].note}")

    similar = _similar(index, reading, candidates, language)
    if isinstance(similar, tuple):
        return taken(*similar, "fuzzy", "a spelling variant")
    short = _short(index, reading, candidates, language)
    if short is not None:
        return taken(*short, "short", "a short form of its name")
    proper = _unique_by_rank(_with(candidates, "proper"))
    if isinstance(proper, tuple):
        return taken(*proper, "proper", proper[1].note)
    described = _unique_by_rank(_with(candidates, "described"))
    if isinstance(described, tuple):
        note = described[1].note
        return taken(*described, "described", f"a translation of its name proper: {note}")
    spelling = _spelling(index, reading, candidates, language)
    if spelling is not None:
        return taken(*spelling, "spells", spelling[1].note)
    contracted = _contracted(candidates)
    if contracted is not None:
        return taken(*contracted, "contracted", f"a contraction of its name: {contracted[1].note}")
    by_language = _by_language(index, reading, candidates, language)
    if by_language is not None:
        return taken(
            *by_language, "spoken", f"of the country of its list's language: {by_language[1].note}"
        )
    leading = _leading(index, candidates, language)
    if leading is not None:
        return taken(*leading, "leading", f"a short form of its name: {leading[1].note}")
    return new(ambiguous or similar or "")


def _only(
    found: dict[str, tuple[Candidate, Evidence]],
) -> tuple[Candidate, Evidence] | None:
    """The one entry ``found`` holds (by key) with its evidence; ``None`` for none or two: two
    entries a reading fits decide nothing."""
    return next(iter(found.values())) if len(found) == 1 else None


def _by_language(
    index: AuthorityIndex,
    reading: Reading,
    candidates: tuple[Candidate, ...],
    language: str | None,
) -> tuple[Candidate, Evidence] | None:
    """The one entry of a country that speaks the language of the list (CLDR's official
    languages, regional and de facto ones included; not a language of international lists) with
    a form of the signature of a name that states no country (``spoken`` evidence), when no
    other entry of a country that speaks it has one, not even one its dates rule out, nor is it
    a generic name: "Partai Zeta Buruh" in an Indonesian list for the Indonesian "Zeta Labour
    Party". An entry of a country that does not speak it is another organisation's namesake.
    A name of two type words alone ("Partai Petani") meets only an entry with no name in the
    list's language: one that has one, written otherwise, is named so by another organisation
    of its country (a "Zetan Republic Party" beside the "Zetan Republican Party")."""
    spoken = list_language(language)
    if spoken is None:
        return None
    speakers = language_countries(spoken)
    evidence = [(e.rank, c, e) for c in candidates for e in c.evidence if e.kind == "spoken"]
    found = {
        c.key: (c, e)
        for _, c, e in _translations(reading, evidence)
        if (entry := index.authority.entry(c.key)).placed_in(speakers)
        and not (_says_little(e.matched) and _named_in(entry, spoken))
    }
    one = _only(found)
    return None if one is None or one[0].blocked is not None else one


def _leading(
    index: AuthorityIndex, candidates: tuple[Candidate, ...], language: str | None
) -> tuple[Candidate, Evidence] | None:
    """The one entry whose name the name is the first words of (``leading`` evidence), when
    that name is in the list's language and the entry's country speaks it (not a language of
    international lists: "Zeta Unida" in an English list may be any country's), and no other
    entry of a country that speaks it has evidence but a similar name or initials that spell an
    abbreviation: "Zeta Unida" in a Portuguese list of the "Zeta Unida da República", not if
    another Portuguese-speaking country's "Zeta Unity" is met by its signature."""
    spoken = list_language(language)
    if spoken is None:
        return None
    found = [
        (c, e)
        for c in candidates
        for e in c.evidence
        if e.kind == "leading"
        and any(
            name.text == e.matched and language_of_tag(name.language) == spoken
            for name in index.authority.entry(c.key).names
        )
    ]
    if not found or found[0][0].blocked is not None:
        return None
    candidate, evidence = found[0]
    entry = index.authority.entry(candidate.key)
    if entry.country is None or spoken not in country_languages(entry.country):
        return None
    speakers = language_countries(spoken)
    if any(
        c.key != candidate.key
        and c.kinds() - {"similar", "spells"}
        and index.authority.entry(c.key).placed_in(speakers)
        for c in candidates
    ):
        return None
    return candidate, evidence


def _says_little(form: str) -> bool:
    """Whether an authority form a name of no country met has no own words and fewer type
    words than :data:`~kzld.resolve.orgs.candidates.MIN_SPOKEN_CONCEPTS_NAMED`: many
    organisations of a country may be named so."""
    sig = signature(form)
    return not sig.words and len(sig.concepts) < MIN_SPOKEN_CONCEPTS_NAMED


def _named_in(entry: AuthorityEntry, language: str) -> bool:
    """Whether ``entry`` has a name in ``language``."""
    return any(language_of_tag(name.language) == language for name in entry.names)


def _contracted(candidates: tuple[Candidate, ...]) -> tuple[Candidate, Evidence] | None:
    """The one entry a short name in characters of a syllable each contracts a name of
    (``contracted`` evidence), when no other entry has a name it contracts, not even one its
    country or dates rule out: "泽阵" of the "泽塔民权阵线", unless another entry's name holds
    those characters in that order too."""
    found = {c.key: (c, e) for c in candidates for e in c.evidence if e.kind == "contracted"}
    one = _only(found)
    return None if one is None or one[0].blocked is not None else one


def _short(
    index: AuthorityIndex,
    reading: Reading,
    candidates: tuple[Candidate, ...],
    language: str | None,
) -> tuple[Candidate, Evidence] | None:
    """The one entry the name is a short form of (``short`` evidence: its name without words
    that only say its kind or its country), when the name states that entry's country or is
    written in a list in a language the entry's country speaks (not a language of
    international lists): "Zeta" in a Xandian list, of the "Zeta Movement" of Xandia."""
    found = _unique_by_rank(_with(candidates, "short"))
    if not isinstance(found, tuple):
        return None
    country = index.authority.entry(found[0].key).country
    if country is None:
        return None
    if country in reading.countries:
        return found
    spoken = list_language(language)
    return found if spoken is not None and spoken in country_languages(country) else None


#: The kinds of evidence a decision weighs the list's language with (:func:`list_language`,
#: asked only of candidates with such evidence): an abbreviation several entries share
#: (:func:`_one_speaker`), initials (:func:`_by_initials`), a short form (:func:`_short`), a
#: name of no country (:func:`_by_language`), the first words of a name (:func:`_leading`).
BY_LANGUAGE = frozenset({"abbreviation", "initials", "short", "spells", "spoken", "leading"})
#: The kinds of evidence weighed last, by the list's language: they weigh it only when the
#: decision came to them.
_WEIGHED_LAST = frozenset({"spoken", "leading"})


def weighs_language(decision: Decision) -> bool:
    """Whether ``decision`` may be another in a list of another language: a candidate has
    evidence of a kind the list's language decides between (:data:`BY_LANGUAGE`; a name of no
    country, weighed last, only when the decision came to it: taken so, or none taken), or a
    similar name close enough to be taken, which the list's language may refuse
    (:func:`_cognate`)."""
    last = decision.method in {*_WEIGHED_LAST, "new"}
    return any(
        (e.kind in BY_LANGUAGE and (last or e.kind not in _WEIGHED_LAST))
        or (e.kind == "similar" and e.score >= SIMILAR_TAKE)
        for c in decision.candidates
        for e in c.evidence
    )


def list_language(language: str | None) -> str | None:
    """The language of a list as CLDR names it (:func:`~kzld.model.scripts.language_of_tag`),
    None where it is not known or is a language of international lists
    (``international_languages`` in the type-word table), which says nothing of a country. A
    decision weighs a list's language only as this: two languages that give the same give the
    same decision (the resolver keeps one for both)."""
    if language is None:
        return None
    spoken = language_of_tag(language)
    return None if spoken in type_words().international_languages else spoken


def _translations(
    reading: Reading, found: list[tuple[int, Candidate, Evidence]]
) -> list[tuple[int, Candidate, Evidence]]:
    """The matches by signature that may be translations (see the module's docstring): none of
    an entry one of whose forms the text writes some type words of as it does, and others
    otherwise."""
    texts = [t for t in reading.texts if not is_abbreviation(t)]
    otherwise = {
        (rank, candidate.key)
        for rank, candidate, evidence in found
        if rank < len(texts) and _written_otherwise(texts[rank], evidence.matched)
    }
    return [item for item in found if (item[0], item[1].key) not in otherwise]


def _written_otherwise(text: str, form: str) -> bool:
    """Whether ``text`` writes some type words of ``form`` as it does, in its script, and others
    otherwise: a concept translations swap, or (in a script other than Latin, which is written
    by one language or by few: in Latin, neighbouring languages' words differ as much) another
    word than a spelling of the form's. A name in that form's language, not a translation."""
    script = script_of(text)
    if script != script_of(form):
        return False
    written, theirs = type_words_in(text), type_words_in(form)
    table = type_words()
    same = otherwise = False
    for concept, words in written.items():
        if concept in theirs:
            if words & theirs[concept]:
                same = True
            elif script != "LATIN" and not any(
                fuzz.ratio(a, b) >= SPELLING for a in words for b in theirs[concept]
            ):
                otherwise = True
        elif any(table.is_near(concept, other) for other in theirs):
            otherwise = True
    return same and otherwise


def _other_sense(reading: Reading, evidence: Evidence) -> str:
    """Why a match as a translation is doubtful when the name's type word also means another
    concept and the form it met does not write that word ("জেটা দল" met "Zeta Party": "দল"
    is a party and a group), else ""."""
    texts = [t for t in reading.texts if not is_abbreviation(t)]
    if evidence.rank >= len(texts):
        return ""
    table = type_words()
    theirs = set(tokens(evidence.matched))
    for word in tokens(texts[evidence.rank]):
        if (other := table.also_means.get(word)) is not None and word not in theirs:
            return f"{word!r} also means {other}"
    return ""


def _by_meaning(reading: Reading, evidence: Evidence) -> str:
    """Why a match as a translation is doubtful when it needs an own word read by its meaning
    (``meanings`` in the table) that the form it met writes with another word ("Πρόσφυγες" met
    "Refugees": "prosfyges = refugees"), else ""."""
    texts = [t for t in reading.texts if not is_abbreviation(t)]
    if evidence.rank >= len(texts):
        return ""
    written, theirs = type_words_in(texts[evidence.rank]), type_words_in(evidence.matched)
    read = [
        f"{'/'.join(sorted(written[c]))} = {'/'.join(sorted(theirs[c]))}"
        for c in sorted(type_words().meanings & written.keys() & theirs.keys())
        if not written[c] & theirs[c]
    ]
    return "own words by their meaning: " + ", ".join(read) if read else ""


def _same_form_of_country(
    reading: Reading, found: list[tuple[int, Candidate, Evidence]]
) -> list[tuple[int, Candidate, Evidence]]:
    """Where several entries share a text's signature, those whose form writes the country as
    the text does ("Brazilian CP": by an adjective; "CP in Denmark": after "in"), if any."""
    texts = [t for t in reading.texts if not is_abbreviation(t)]
    kept: list[tuple[int, Candidate, Evidence]] = []
    for rank in sorted({r for r, _, _ in found}):
        at_rank = [item for item in found if item[0] == rank]
        if len({c.key for _, c, _ in at_rank}) > 1 and rank < len(texts):
            how = signature(texts[rank]).form_of_country
            alike = [item for item in at_rank if signature(item[2].matched).form_of_country == how]
            if len({c.key for _, c, _ in alike}) == 1:
                at_rank = alike
        kept.extend(at_rank)
    return kept


def _abbreviation(
    index: AuthorityIndex,
    reading: Reading,
    candidates: tuple[Candidate, ...],
    language: str | None,
) -> tuple[Candidate, Evidence] | str | None:
    """The entry the first abbreviation that names one open entry names (in reading order)."""
    found = _with(candidates, "abbreviation")
    reason: str | None = None
    for abbreviation in reading.abbreviations:
        akey = abbreviation_key(abbreviation)
        owners = {c.key: (c, e) for _, c, e in found if abbreviation_key(e.matched) == akey}
        if akey in index.ambiguous and not reading.countries:
            if (writer := _one_writer(index, reading, abbreviation, owners)) is not None:
                return writer  # "এক্সকেপি": the one of the XKPs with a name in Bengali script
            if (speaker := _one_speaker(index, reading, language, owners)) is not None:
                return speaker  # "XKP" in a list in Xandian: the XKP of the one Xandian owner
            reason = reason or f"{abbreviation} is the abbreviation of several organisations"
            continue  # "XKP" alone: one of two countries' parties
        if len(owners) > 1:
            reason = reason or f"{abbreviation} is used by " + " and ".join(sorted(owners))
            continue
        if not owners:
            continue
        candidate, evidence = next(iter(owners.values()))
        if _name_agrees(index, reading, candidate, evidence) or _its_own(
            index, reading, candidate, evidence, language
        ):
            return candidate, evidence
        reason = reason or f"same abbreviation as {candidate.key}, different name"
    return reason


def _in_latin_letters(
    index: AuthorityIndex, reading: Reading, candidates: tuple[Candidate, ...]
) -> tuple[Candidate, Evidence] | None:
    """The one entry an abbreviation in Greek or Cyrillic capitals, or spelt in the names of
    the Latin letters, is, written in Latin letters (``transliteration`` evidence: "ΖΚΚ" is
    ZKK, which only that entry has as an abbreviation or a name in capitals), when
    the entry may be written in that script (see :func:`_one_writer`) and the name beside
    the abbreviation agrees with it. Taken for review: the letters are the entry's, the
    abbreviation as written is not."""
    found = {c.key: (c, e) for _, c, e in _with(candidates, "transliteration")}
    one = _only(found)
    if one is None:
        return None
    candidate, evidence = one
    if not _may_write(index, candidate.key, script_of(evidence.matched)):
        return None
    entry = index.authority.entry(candidate.key)
    if _other_kind(reading, entry.all_names, entry.kinds) or not _name_agrees(
        index, reading, candidate, evidence
    ):
        return None
    return candidate, evidence


def _by_initials(
    index: AuthorityIndex,
    reading: Reading,
    candidates: tuple[Candidate, ...],
    language: str | None,
) -> tuple[Candidate, Evidence] | None:
    """The one entry whose name an abbreviation no entry lists, or one short word, written
    alone or beside its country only, spells the initials of (``initials`` evidence), among the
    entries of the countries the name states, or, where it states none, of the countries that
    speak the language of the list it is written in (not a language of international lists):
    "Zu" in a list in Xandian is the Xandian "Zeta Union". Another entry of those countries
    with a name of those initials, even one its dates rule out, or an entry of no country among
    them, decides nothing. Taken for review: the letters are its name's, the abbreviation as
    written is not its own."""
    spellers = {c.key: (c, e) for c in candidates for e in c.evidence if e.kind == "initials"}
    spoken = list_language(language)
    found = []
    for key, item in sorted(spellers.items()):
        entry = index.authority.entry(key)
        if reading.countries:
            if entry.placed_in(reading.countries):
                found.append(item)
        elif entry.country is None or spoken is None:
            return None
        elif spoken in country_languages(entry.country):
            found.append(item)
    if len(found) != 1 or found[0][0].blocked is not None:
        return None
    return found[0]


def _spelling(
    index: AuthorityIndex,
    reading: Reading,
    candidates: tuple[Candidate, ...],
    language: str | None,
) -> tuple[Candidate, Evidence] | None:
    """The one entry of the country a name states whose abbreviation the initials of the name
    spell (``spells`` evidence), when the name is written with no abbreviation beside it, in
    a list of a language that country speaks and none of the entry's names is written in, and
    names no kind of organisation the entry's names do not: "Savez Zetskih Sindikata Xandije"
    in a Xandian list for the "Confederation of Zeta Trade Unions of Xandia" (SZSX). Another
    entry of the country with an abbreviation so spelt, or with a name of the name's concepts
    (two parties of one country whose names spell one abbreviation, one listed without it),
    decides nothing. A name that states no country is read among the entries of the countries
    that speak the list's language, as an abbreviation alone is (:func:`_by_initials`): the
    initials of a name in the language of the one such entry are its own ("Ligue Zêta des
    Droits" in a French list, of France's "Zeta Rights League", LZD); two such entries, or an
    entry of no country so spelt (an international body may be meant in any list), decide
    nothing. Taken for review: the name is not one the authority lists."""
    spoken = list_language(language)
    if spoken is None:
        return None
    spellers = [
        (c, e, index.authority.entry(c.key)) for c in candidates for e in c.evidence
        if e.kind == "spells"
    ]  # fmt: skip
    if not reading.countries and any(entry.placed_in({None}) for _, _, entry in spellers):
        return None  # an international body of those initials may be meant, in any list
    # a name of no country: the entries of the countries that speak the list's language
    places = reading.countries or language_countries(spoken)
    one = _only({c.key: (c, e) for c, e, entry in spellers if entry.placed_in(places)})
    if one is None:
        return None
    candidate, evidence = one
    if candidate.blocked is not None:
        return None
    entry = index.authority.entry(candidate.key)
    if entry.country is None or spoken not in country_languages(entry.country):
        return None
    if any(language_of_tag(name.language) == spoken for name in entry.names):
        return None
    texts = [t for t in reading.texts if not is_abbreviation(t)]
    concepts = signature(texts[evidence.rank]).concepts if evidence.rank < len(texts) else None
    others = index.of_concepts.get((concepts, entry.country), set()) if concepts else set()
    if others - {candidate.key}:
        return None  # "Partido Zeta do Brasil" may be another Brazilian party of Zeta, unlisted
    return None if _other_kind(reading, entry.all_names, entry.kinds) else (candidate, evidence)


def _other_kind(reading: Reading, names: Iterable[str], entry_kinds: Iterable[str] = ()) -> bool:
    """Whether the name beside an abbreviation says it is a kind of organisation (a union, a
    party) that the entry's names, which say one, do not. A name that says a narrower kind
    than they do, where the entry is of that kind (``broader`` in the type-word table: a
    "Sindicato" of a trade union whose English name says "Union"), says the same kind."""
    table = type_words()
    kinds = table.kinds
    theirs = set().union(*(signature(name).concepts & kinds for name in names))
    theirs |= {
        narrower
        for narrower, broader in table.broader.items()
        if broader in theirs and table.says_kind_of({narrower}, entry_kinds)
    }
    written = [signature(t).concepts & kinds for t in reading.texts if not is_abbreviation(t)]
    return bool(theirs) and any(said and not said & theirs for said in written)


def _one_writer(
    index: AuthorityIndex,
    reading: Reading,
    abbreviation: str,
    owners: dict[str, tuple[Candidate, Evidence]],
) -> tuple[Candidate, Evidence] | None:
    """Of the entries that share an abbreviation written in a script other than Latin, the one
    that may be written in that script, when it is the only one and the name beside the
    abbreviation agrees with it: "সিপিবি" is spelt in Bengali letters by those who write Bengali
    (Bangladesh's party, not a British one of the same letters). An entry may be written in a
    script its country writes, or one it has a name in (the Russian names of parties of China
    and Kazakhstan: "КПК" decides nothing between them); an entry with no country, in any. A
    script is not a language: an abbreviation in Devanagari, which India and Nepal both write,
    decides nothing between their organisations."""
    script = script_of(abbreviation)
    if script in {"", "LATIN"}:
        return None
    writers = [owners[key] for key in sorted(owners) if _may_write(index, key, script)]
    if len(writers) != 1:
        return None
    candidate, evidence = writers[0]
    return writers[0] if _name_agrees(index, reading, candidate, evidence) else None


def _one_speaker(
    index: AuthorityIndex,
    reading: Reading,
    language: str | None,
    owners: dict[str, tuple[Candidate, Evidence]],
) -> tuple[Candidate, Evidence] | None:
    """Of the entries that share an abbreviation, the one whose country speaks the language of
    the list it is written in (CLDR's official languages, regional and de facto ones included),
    when it is the only one and the name beside the abbreviation agrees with it: "XKP" in a
    list in Portuguese is the Brazilian party, not the Bolivian or Beninese one of the same
    letters. An entry of no country may be written in any language: then nothing is decided; nor
    in a language of international lists (``international_languages`` in the type-word table:
    English), which name organisations of every country by their own abbreviations."""
    spoken = list_language(language)
    if spoken is None or len(owners) < 2:
        return None  # "XKP" in English: the Zetlandic party's as much as the Xandian group's
    speakers = []
    for key in sorted(owners):
        country = index.authority.entry(key).country
        if country is None:
            return None  # nor do the other owners' languages make it this one by elimination
        if spoken in country_languages(country):
            speakers.append(owners[key])
    if len(speakers) != 1:
        return None
    candidate, evidence = speakers[0]
    if _name_agrees(index, reading, candidate, evidence):
        return speakers[0]
    return speakers[0] if _its_own(index, reading, candidate, evidence, language) else None


def _may_write(index: AuthorityIndex, key: str, script: str) -> bool:
    """Whether entry ``key`` may be written in ``script`` (see :func:`_one_writer`)."""
    entry = index.authority.entry(key)
    if entry.country is None or script in country_scripts(entry.country):
        return True
    return any(script_of(name) == script for name in (*entry.all_names, *entry.abbreviations))


def _name_agrees(
    index: AuthorityIndex, reading: Reading, candidate: Candidate, evidence: Evidence
) -> bool:
    """An abbreviation decides only if the name beside it, if any, resembles the entry's."""
    if candidate.kinds() & {"signature", "near-signature"}:
        return True
    if abbreviation_key(reading.texts[0]) == abbreviation_key(evidence.matched):
        return True  # the whole text is the abbreviation: the rest is read out of it
    entry = index.authority.entry(candidate.key)
    if _unreadable(reading, entry.all_names):
        return True
    own: set[str] = set()
    concepts: set[str] = set()
    for name in (*entry.all_names, *entry.abbreviations):
        own |= signature(name).words
        concepts |= signature(name).concepts
    table = type_words()
    if all(
        (
            (sig := signature(t)).concepts <= concepts
            or table.says_kind_of(sig.concepts - concepts, entry.kinds)
        )
        and _mostly_spelt(sig.words, own)
        for t in reading.texts
        if not is_abbreviation(t)
    ):
        return True  # beside it only a country, words of the entry's names, or its kind
    if _translated(reading, entry.all_names, entry.country):
        return True
    if _country_and_kind(reading, entry):
        return True
    akey = abbreviation_key(evidence.matched)
    texts = [
        t
        for t in reading.texts
        if abbreviation_key(t) not in akey and not is_abbreviation(t) and normalise(t)
    ]
    if not texts:
        return True
    names = [normalise(n) for n in index.authority.entry(candidate.key).all_names]
    return any(
        fuzz.token_sort_ratio(normalise(text), name) >= NAME_AGREES
        for text in texts
        for name in names
    )


def _its_own(
    index: AuthorityIndex,
    reading: Reading,
    candidate: Candidate,
    evidence: Evidence,
    language: str | None,
) -> bool:
    """Whether the name beside the abbreviation spells it, word by word, by its initials (with
    or without its link words), in a list of a language the entry's country speaks and none of
    its names is written in, and names no kind of organisation the entry's names do not: the
    abbreviation is that name's own, not letters it meets by chance, and the name is the
    entry's in a language the authority has no name of it in ("Xandiska Zeta Förbundet (XZF)"
    in a Xandian list for the "Xandian Zeta Federation"). So is a name, in such a list, that
    does not spell it but states the entry's country and no other (the abbreviation of its name
    in another language: "Chama cha Zeta Xandia (XZA)" for the "Xandia Zeta Association"), or
    whose words' first letters make it, the first of its first word and one run of two letters
    or more among them (an abbreviation of syllables: "Jaringan Zeta Kovan (JAZEKO)"). A list in
    a language the entry's country does not speak, or in one of international lists, may name
    another organisation of those initials, of a country that speaks it ("Unión Zeta (UZ)" in a
    Spanish list is no Xandian "Union of Zeta")."""
    spoken = list_language(language)
    entry = index.authority.entry(candidate.key)
    if spoken is None or entry.country is None or spoken not in country_languages(entry.country):
        return False
    if any(language_of_tag(name.language) == spoken for name in entry.names):
        return False
    akey = abbreviation_key(evidence.matched)
    written = [
        text
        for text in reading.texts
        if not is_abbreviation(text)
        and akey not in {abbreviation_key(word) for word in _WORDS.split(text)}
    ]  # the name alone, not the name with the abbreviation written beside it
    link = type_words().link_words
    if not written or _other_kind(reading, entry.all_names, entry.kinds):
        return False
    if any(script_of(text) != script_of(evidence.matched) for text in written):
        return False
    if all(akey in initials(text, link) for text in written):
        return True
    # an abbreviation of its name in another language (English, most often), beside the name
    # of the entry's country, or one of the name's syllables
    stated = reading.countries == {entry.country}
    return all(stated or _drawn_from(akey, text) for text in written)


def _drawn_from(akey: str, text: str) -> bool:
    """Whether an abbreviation is made of the first letters of some of the words of ``text``,
    in order, the first of its first word and one run of two letters or more among them: an
    abbreviation of syllables ("Zetaran Advokat Kovan": ZEKO)."""
    words = re.findall(r"[^\W_]+", fold_name(text).lower())
    return _word_starts(akey.lower(), words, first=True, syllable=False)


def _word_starts(key: str, words: list[str], *, first: bool, syllable: bool) -> bool:
    """Whether ``key`` is the first letters of some of ``words`` in order (of the first word
    first when ``first``), one run of two letters or more among them (``syllable``: one was
    taken already)."""
    for at, word in enumerate(words[:1] if first else words):
        for size in range(min(len(key), len(word)), 0, -1):
            if word[:size] != key[:size]:
                continue
            rest, long = key[size:], syllable or size >= 2
            if not rest:
                if long:
                    return True
                continue
            if _word_starts(rest, words[at + 1 :], first=False, syllable=long):
                return True
    return False


def _translated(reading: Reading, names: Iterable[str], country: str | None) -> bool:
    """Whether the name beside the abbreviation is a translation into a language none of the
    entry's names is written in, saying nothing they do not: no type word written as one of
    them writes it, its concepts those of one of them (two at least, or one and the entry's
    country stated). Its own words are then that language's ("Xandian" written in a language the
    entry has no name in), which the entry's names cannot show, so they do not contradict it."""
    written = [t for t in reading.texts if not is_abbreviation(t)]
    if not written:
        return False
    theirs: set[str] = set()
    forms: set[frozenset[str]] = set()
    for name in names:
        theirs.update(w for words in type_words_in(name).values() for w in words)
        forms.add(signature(name).concepts)
    for text in written:
        sig = signature(text)
        ours = {w for words in type_words_in(text).values() for w in words}
        enough = len(sig.concepts) >= 2 or (country is not None and country in sig.countries)
        if ours & theirs or not enough or sig.concepts not in forms:
            return False
    return True


def _country_and_kind(reading: Reading, entry: AuthorityEntry) -> bool:
    """Whether the name beside the abbreviation states the entry's country and names a kind of
    organisation one of the entry's names names (a union, a party), or that the entry is
    (:meth:`~kzld.resolve.orgs.typewords.TypeWords.says_kind_of`: a trade union of a union's
    entry): a loose translation of its name ("Confederation of Xandian Unions (XTU)" for the
    "Congress of Xandian Trade Unions", "Sendîkaya Zeta Îngîltereyê (ZTU)" for a union),
    which an abbreviation only that entry has, written in that country, decides."""
    written = [t for t in reading.texts if not is_abbreviation(t)]
    if entry.country is None or entry.country not in reading.countries or not written:
        return False
    table = type_words()
    theirs = set().union(*(signature(name).concepts & table.kinds for name in entry.all_names))
    return all(
        (said := signature(text).concepts & table.kinds) & theirs
        or table.says_kind_of(said, entry.kinds)
        for text in written
    )


def _unreadable(reading: Reading, names: Iterable[str]) -> bool:
    """Whether every name beside the abbreviation is written in a script other than Latin, in
    which the entry has no name: nothing to compare, so nothing that contradicts it (a name
    that transliterates the English one, "एक्स पार्टी (XP)")."""
    written = [t for t in reading.texts if not is_abbreviation(t)]
    scripts = {script_of(t) for t in written}
    theirs = {script_of(n) for n in names}
    return bool(written) and not scripts & ({"", "LATIN"} | theirs)


def _mostly_spelt(words: frozenset[str], own: set[str]) -> bool:
    """Whether ``words`` are words of ``own``, or, when there are two or more, at least half of
    them are, or the same words inflected or spelt otherwise ("Moraviens" / "Moravia")."""
    if words <= own:
        return True
    if len(words) < 2:
        return False
    spelt = [
        w
        for w in words
        if any(
            fuzz.ratio(w, o) >= SPELLING or (len(w) >= 5 and len(o) >= 5 and w[:5] == o[:5])
            for o in own
        )
    ]
    return len(spelt) * 2 >= len(words)


def _similar(
    index: AuthorityIndex,
    reading: Reading,
    candidates: tuple[Candidate, ...],
    language: str | None,
) -> tuple[Candidate, Evidence] | str | None:
    ranked = sorted(
        ((e.score, c, e) for c in candidates for e in c.evidence if e.kind == "similar"),
        key=lambda item: (-item[0], item[1].key),
    )
    if not ranked:
        return None
    score, candidate, evidence = ranked[0]
    texts = [t for t in reading.texts if not is_abbreviation(t)]
    query = texts[evidence.rank] if evidence.rank < len(texts) else ""
    if score < SIMILAR_TAKE:
        return f"similarity {score:.0f} below {SIMILAR_TAKE:.0f}"
    if not _spelling_variant(normalise(query), normalise(evidence.matched)):
        return "words differ, not only their spelling"
    ours, theirs = signature(query).concepts, signature(evidence.matched).concepts
    if ours - theirs and theirs - ours:
        return "the names say different things"  # "X Socialists" / "Socialist X"
    spelt = any(e.kind == "spells" and e.rank == evidence.rank for e in candidate.evidence)
    if _differs_by_country(query, evidence.matched, SPELLING if spelt else COUNTRY_SPELLING):
        return "the names differ in a country's name"
    if candidate.blocked is not None:
        return candidate.blocked
    if _cognate(index, (query, evidence.matched), candidate.key, language):
        return "a name of another language, which the list's does not write so"
    others = [s for s, c, _ in ranked if c.key != candidate.key]
    if others and others[0] > score - SIMILAR_MARGIN:
        return "as close to another organisation"
    return candidate, evidence


def _cognate(index: AuthorityIndex, names: tuple[str, str], key: str, language: str | None) -> bool:
    """Whether a similar name (``names``: it and the entry's name it is like), written in a
    list of a language the entry's country does not speak (not a language of international
    lists), spells a word otherwise than a name the authority lists for the entry in another
    language: a word of the list's language that the other spells alike (the Norwegian
    "Sentrapartiet" of a Norwegian party, the Swedish "Zentrapartiet" of a Swedish one), not
    a misspelling of that name. The name with a link word more or less is that name, copied
    into the list ("Zelvar los Quintanos" of "Zelvar de los Quintanos" in an Italian list)."""
    spoken = list_language(language)
    query, matched = (_content_words(normalise(name)) for name in names)
    if spoken is None or query == matched:
        return False
    entry = index.authority.entry(key)
    if entry.country is None or spoken in country_languages(entry.country):
        return False
    written = {language_of_tag(n.language) for n in entry.names if n.text == names[1]}
    return bool(written) and spoken not in written


def _differs_by_country(query: str, matched: str, misspelt: float = COUNTRY_SPELLING) -> bool:
    """Whether two similar names differ where one names a country: two countries, or a country
    and a word that is not clearly a misspelling of it, like it by less than ``misspelt``
    ("الألباني" / "اللبناني": Albanian / Lebanese; but "Venezuella" / "Venezuela")."""
    places = country_words(query) | country_words(matched)
    left, right = normalise(query).split(), normalise(matched).split()
    for x, y in zip(left, right, strict=False):
        if x == y or not (x in places or y in places):
            continue
        if (x in places and y in places) or fuzz.ratio(x, y) < misspelt:
            return True
    return False


def _content_words(normal: str) -> list[str]:
    """The words of a normalised name but its link words ("de", "los"), which never tell two
    names apart (``link_words`` in the type-word table)."""
    link = type_words().link_words
    return [word for word in normal.split() if word not in link]


def _spelling_variant(a: str, b: str) -> bool:
    """Same number of words, but link words in names that name no country ("Zelvar de
    Quintanos y Obreros" / "Zelvar de los Quintanos y de los Obreros"; "X Party, Xandia" is
    not "X Party of Xandia", which may be another organisation than the "Xandian X Party"),
    and every differing word pair a spelling of one word."""
    left, right = a.split(), b.split()
    if len(left) != len(right) and not (country_words(a) or country_words(b)):
        left, right = _content_words(a), _content_words(b)
    if len(left) != len(right):
        return False
    return all(x == y or fuzz.ratio(x, y) >= SPELLING for x, y in zip(left, right, strict=True))
