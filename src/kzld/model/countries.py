"""Country knowledge: ISO 3166-1 alpha-2 codes from country names and adjectives, in many languages.

Names come from CLDR through Babel (a maintained source of territory names in every language);
forms CLDR lacks (short forms, adjectives of nationality in many languages, the case endings a
name takes inside another name) come from ``authority/countries.yaml``. The tables are built once,
on first use; the table of names, which takes Babel most of a second to gather, is kept between
runs (:func:`~kzld.derived.kept`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

import babel
from babel import Locale

from ..derived import kept
from ..resources import authority_dir
from .folding import WORD_MARKS, country_key
from .yamlio import safe_load

__all__ = [
    "LANGUAGES",
    "UNSPACED",
    "adjective_countries",
    "adjective_forms",
    "country_code",
    "country_name",
    "country_name_words",
    "country_words",
    "find_countries",
    "joined_articles",
    "joined_prefixes",
    "language_forms",
    "names_country",
    "region_code",
    "unprefixed",
    "with_words",
]

#: The CLDR locales whose country names are recognised.
LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "bg", "sr", "el", "tr", "ar",
    "fa", "sv", "da", "no", "fi", "pl", "cs", "sk", "hu", "ro", "hr", "sq", "az", "kk", "ka",
    "is", "ca", "gl", "sr_Latn", "bs", "sl", "mk", "be", "lt", "lv", "zh", "zh_Hant", "ja",
    "ko", "he", "hi", "bn", "ml", "vi", "id", "sw", "fil", "ne", "ur", "hy", "ku", "ta", "eu",
    "pa", "et", "cy", "ga", "mt", "ky", "mr", "as", "te", "th", "am", "kn", "si", "gu", "or",
    "my", "km", "lo", "ps", "tg", "ms", "uz", "tk", "so", "af",
)  # fmt: skip
#: Languages of :data:`LANGUAGES` whose short names of one word in Latin letters are words of
#: other languages ("samo", Irish for Samoa, is Serbo-Croatian "only"; "tai", Estonian for
#: Thailand, is Finnish "or"): those are not recognised (longer names, or of several words, are).
SHORT_WORDS = frozenset({"et", "cy", "ga", "mt", "ms", "uz", "tk", "so", "af"})
#: Languages written in syllables of one word each, whose short country names, their accents
#: folded, are words of other languages ("Mỹ": "my"): their names of one syllable are recognised
#: only as written, tone marks and all, in a text with one of the language's own letters
#: (``syllable_names`` in ``authority/countries.yaml``).
SYLLABLES = frozenset({"vi"})

#: Letters of scripts written without spaces between words (Chinese characters, Japanese kana)
#: or, in names, often without (Hangul syllables): a name may start and end at any of them
#: ("希腊共产党": "希腊" and "共产党").
UNSPACED = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
#: Where a name may start and end in a normalised text: not inside a word of a spaced script.
_START = re.compile(rf"(?<![\w{WORD_MARKS}])|(?<=[{UNSPACED}])|(?=[{UNSPACED}])")
_END = re.compile(rf"(?![\w{WORD_MARKS}])|(?<=[{UNSPACED}])|(?=[{UNSPACED}])")
#: A word of a name (with the marks inside Indic words).
_WORD = re.compile(rf"(?:[^\W_]|[{WORD_MARKS}])+")


#: The shortest stem of an adjective (letters before its ``*``), and of a name taking an ending.
_MIN_STEM = 5
#: The fewest letters a word read without a prefix joined before it must keep (a country's
#: name, a type word).
MIN_UNPREFIXED = 3
#: Genitive endings, which a name of 4 letters may take too ("Kinas", "Irans").
_GENITIVES = frozenset({"s", "'s"})
#: What a name may lose before a genitive "s": nothing ("Kinas", "Irans"), or the Icelandic
#: nominative ending ("Noregur" -> "Noregs"); never a final vowel ("Samos" is not Samoa's).
_GENITIVE_TAKES = frozenset({"", "ur"})
#: Final letters a name loses only for an ending that opens with the "i" or "j" they hold: the
#: languages whose names end so keep it in every case (Polish "Rumun-ia" -> "Rumun-ii", "Ros-ja"
#: -> "Ros-ji", Lithuanian "Keni-ja" -> "Keni-jos"), and with it taken off the names are words of
#: other languages ("Roman-a", "Colomb-a", "Saud-e", "Serv-e", "Ros-a": Italian "romana",
#: "colomba", Portuguese "saúde", English "serve", German "Rosa").
_KEEP_GLIDE = {"ia": ("i", "j"), "ja": ("j", "i")}
#: Final vowels a name may lose before a case ending (Греци-я -> Греци-и, Ελλάδ-α -> Ελλάδ-ας),
#: the Russian "-й" (folded "-и": Кита-й -> Кита-я) and plural "-ы" (Нидерланд-ы ->
#: Нидерланд-ов), the Greek masculine "-ος" (folded "-οσ": Κύπρ-ος -> Κύπρ-ου), and the
#: Icelandic nominative ending (Noreg-ur -> Noreg-s) and the Georgian "-ა" (კენი-ა -> კენი-ის).
#: Compared with folded names.
_FINAL_VOWELS = (
    "", "a", "e", "o", "i", "y", "ja", "ia", "я", "а", "ь", "й", "и", "ы", "α", "η", "ο", "οσ",
    "ι", "ur", "ა",
)  # fmt: skip


@cache
def _data() -> dict[str, Any]:
    """``authority/countries.yaml``, read once."""
    with (authority_dir() / "countries.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = safe_load(handle)
    return data


@cache
def _inflection() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Adjective stems (stem, code), longest first, and the case endings of country names."""
    data = _data()
    stems = [
        (country_key(form[:-1]), code)
        for code, forms in (data.get("adjectives") or {}).items()
        for form in forms
        if form.endswith("*") and len(country_key(form[:-1])) >= _MIN_STEM
    ]
    stems.sort(key=lambda item: (-len(item[0]), item[0]))
    endings = sorted(
        {country_key(e) for e in data.get("endings") or []}, key=lambda e: (-len(e), e)
    )
    return tuple(stems), tuple(e for e in endings if e)


@cache
def _endings_by_last() -> dict[str, tuple[str, ...]]:
    """The case endings of :func:`_inflection` by their last letter, each group in their order:
    a word is tried against the few that may end it."""
    found: dict[str, tuple[str, ...]] = {}
    for ending in _inflection()[1]:
        found[ending[-1]] = (*found.get(ending[-1], ()), ending)
    return found


#: The tables of country names: folded name -> code (CLDR's and the aliases), folded demonym or
#: adjective -> code, every form of either (and of a region), and the length of the longest.
_Tables = tuple[dict[str, str], dict[str, str], frozenset[str], int]


@cache
def _tables() -> _Tables:
    return kept(
        "countries/tables",
        _gathered,
        lambda tables: [list(tables[0].items()), list(tables[1].items()), sorted(tables[2])],
        _tables_read,
        libraries=(babel,),
    )


def _tables_read(kept: Any) -> _Tables:
    """What :func:`_tables` keeps, read back (a ``ValueError`` for anything else)."""
    name_pairs, demonym_pairs, every = kept
    names, demonyms = dict(name_pairs), dict(demonym_pairs)
    texts = [*names, *names.values(), *demonyms, *demonyms.values(), *every]
    if not all(isinstance(text, str) for text in texts):
        raise ValueError("not tables of country names")
    return names, demonyms, frozenset(every), max(map(len, every), default=0)


def _gathered() -> _Tables:
    names: dict[str, str] = {}
    data = _data()
    words = {country_key(word) for word in data.get("not_names") or []}
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO", "CQ"}:
                key = country_key(name)
                if language in SYLLABLES | SHORT_WORDS and _one_syllable(key):
                    continue  # "Bỉ", "Séc", "Samo": folded, words of other languages
                if key in words:
                    continue  # "Čada", "Omã": folded, "cada", "oma" (``not_names``)
                names.setdefault(key, code)
    for code, forms in data.get("aliases", {}).items():
        for form in forms:
            names[country_key(form)] = code
    demonyms = {
        country_key(form): code
        for code, forms in data.get("demonyms", {}).items()
        for form in forms
    }
    for code, forms in (data.get("adjectives") or {}).items():
        demonyms.update((country_key(f), code) for f in forms if not f.endswith("*"))
    for code, forms in (*data.get("demonyms", {}).items(), *(data.get("adjectives") or {}).items()):
        for form in forms:
            for other in adjective_forms(form):
                demonyms.setdefault(country_key(other), code)
    every = frozenset(f for f in (*names, *demonyms, *_regions()) if f)
    return names, demonyms, every, max(map(len, every), default=0)


@cache
def _cases() -> dict[str, str]:
    """The case forms of the countries' one-word names in their own languages (folded form ->
    code): ``language_endings`` of ``countries.yaml`` put on each language's CLDR names
    (:func:`language_forms`: "Lietuva" -> "Lietuvos", "Suomi" -> "Suomen", "Türkiye" ->
    "Türkiyeli"), and the irregular forms ``case_forms`` lists one by one. Read inside a
    longer name by :func:`find_countries` and :func:`country_words`, never by
    :func:`country_code` (no case form is a country's name alone) nor :func:`names_country`
    (the reader's question: a guessed case of a word in a list of people is no evidence of an
    organisation)."""
    return kept(
        "countries/cases",
        _gathered_cases,
        lambda cases: sorted(cases.items()),
        _cases_read,
        libraries=(babel,),
    )


def _cases_read(kept: Any) -> dict[str, str]:
    """What :func:`_cases` keeps, read back (a ``ValueError`` for anything else)."""
    cases = dict(kept)
    if not all(isinstance(text, str) for text in (*cases, *cases.values())):
        raise ValueError("not a table of case forms")
    return cases


def _gathered_cases() -> dict[str, str]:
    names, demonyms, _, _ = _tables()
    known = set(names.values())
    cases: dict[str, str] = {}
    short = frozenset(_data().get("short_names_declined") or ())
    for language, endings in (_data().get("language_endings") or {}).items():
        for code, name in Locale.parse(language).territories.items():
            if code not in known:
                continue
            shortest = _MIN_STEM - 1 if language in short else _MIN_STEM
            for form in language_forms(name, endings, shortest):
                key = country_key(form)
                # a form that is a name stays that name's, one that is an adjective stays one
                # ("Italian", "Georgian": Finnish genitives; "Dominican" is no Dominica's)
                if key not in names and key not in demonyms and _stem_country(key) is None:
                    cases.setdefault(key, code)
    for listed in (_data().get("case_forms") or {}).values():
        for code, forms in listed.items():
            cases.update((country_key(form), code) for form in forms)
    return cases


#: The fewest letters an adjective listed whole must have for its other forms to be made
#: (:func:`adjective_forms`): shorter ones' forms are words of their own ("indio", "indios":
#: indigenous, no India's; "india", "indie").
_MIN_INFLECTED = 6


@cache
def _adjective_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``adjective_forms`` of ``countries.yaml``: an adjective's last letters and the endings of
    its other forms, the longest first."""
    listed = _data().get("adjective_forms") or {}
    pairs = [(str(end), tuple(str(o) for o in others)) for end, others in listed.items()]
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0])))


@cache
def _uninflected() -> frozenset[str]:
    """``uninflected`` of ``countries.yaml``: adjectives whose other forms name more."""
    listed = _data().get("uninflected") or []
    return frozenset(unicodedata.normalize("NFC", str(a)).casefold() for a in listed)


def adjective_forms(adjective: str) -> tuple[str, ...]:
    """The other genders and numbers of an adjective listed whole, by the rules of
    ``adjective_forms`` in ``countries.yaml`` (the Romance languages' regular endings:
    "xandiano" -> "xandiana", "xandianos", "xandiani"...; "xandien" -> "xandienne",
    "xandiennes"...): those of its longest listed ending, none for one of fewer than
    :data:`_MIN_INFLECTED` letters, a stem (``*``) or one listed ``uninflected``."""
    written = unicodedata.normalize("NFC", adjective).casefold()
    if written.endswith("*") or len(written) < _MIN_INFLECTED or written in _uninflected():
        return ()
    for end, others in _adjective_endings():
        if written.endswith(end):
            base = written[: -len(end)]
            return tuple(base + other for other in others)
    return ()


def language_forms(
    name: str, endings: dict[str, list[str]], shortest: int = _MIN_STEM
) -> tuple[str, ...]:
    """The case forms of a country's one-word ``name`` in its language, by ``endings`` (of
    ``language_endings`` in ``countries.yaml``: the name's last letters and what a case
    ending puts in their place, "Lietuva" -> "Lietuvos"), those of its longest listed ending;
    none for a name of several words or of fewer than ``shortest`` letters (four for the
    languages ``short_names_declined`` lists, else :data:`_MIN_STEM`)."""
    written = unicodedata.normalize("NFC", name)
    if len(written) < shortest or not written.isalpha():
        return ()
    for end in sorted(endings, key=lambda e: (-len(e), e)):
        if written.endswith(end):
            base = written[: len(written) - len(end)]
            return tuple(base + other for other in endings[end])
    return ()


def _one_syllable(key: str) -> bool:
    """Whether a folded name is a short one of one word (in a language of :data:`SYLLABLES`, of
    one syllable)."""
    return " " not in key and len(key) < _MIN_STEM + 1


def _as_written(text: str) -> str:
    """``text`` in lower case, its accents and tone marks kept."""
    return unicodedata.normalize("NFC", text).casefold()


@cache
def _syllable_names() -> tuple[tuple[frozenset[str], dict[str, str]], ...]:
    """For each language of :data:`SYLLABLES`: its own letters, and its country names of one
    syllable as written (lower case, tone marks kept) with their codes, CLDR's and those of
    ``syllable_names`` in ``countries.yaml``."""
    listed = _data().get("syllable_names") or {}
    tables = []
    for language in sorted(SYLLABLES):
        names = {
            _as_written(name): code
            for code, name in Locale.parse(language).territories.items()
            if len(code) == 2 and code.isalpha() and _one_syllable(country_key(name))
        }
        own = listed.get(language) or {}
        for code, forms in (own.get("names") or {}).items():
            names.update((_as_written(form), code) for form in forms)
        tables.append((frozenset(_as_written(own.get("letters") or "")), names))
    return tuple(tables)


def _syllables_in(text: str) -> list[tuple[str, str]]:
    """The (folded word, code) of the country names of one syllable in ``text``, written in a
    language of :data:`SYLLABLES` ("Đảng Cộng sản Anh": ``("anh", "GB")``); none in a text
    without one of that language's own letters."""
    written = _as_written(text)
    found = []
    for letters, names in _syllable_names():
        if not letters.isdisjoint(written):
            found += [
                (country_key(word), code)
                for word in _WORD.findall(written)
                if (code := names.get(word)) is not None
            ]
    return found


@cache
def _regions() -> dict[str, str]:
    """Regions of one country (``regions`` in ``countries.yaml``): they name the country, but
    are a name's own words, not a country's name (a party "of Scotland" is not one "of Britain")."""
    data = _data()
    return {
        country_key(form): code
        for code, forms in (data.get("regions") or {}).items()
        for form in forms
    }


#: The longest text whose answer :func:`country_code` keeps (a longer one is no name of a
#: country: answered afresh, never held).
_CODE_KEPT_WIDTH = 200


def country_code(text: str) -> str | None:
    """The ISO code when ``text`` is, as a whole, a country's name in a known language, written
    alone or after a definite article ("the Netherlands", "les Pays-Bas": ``articles`` in
    ``countries.yaml``). Remembered for short texts: the resolver asks it of the same names
    again and again."""
    return _code(text) if len(text) <= _CODE_KEPT_WIDTH else _code.__wrapped__(text)


def region_code(text: str) -> str | None:
    """The ISO code of the country whose region ``text`` is, as a whole (``regions`` in
    ``countries.yaml``: "Scotland", "Euskadi", "Québec"), else None."""
    return _regions().get(country_key(text))


@lru_cache(maxsize=1 << 16)
def _code(text: str) -> str | None:
    names, _, _, _ = _tables()
    key = country_key(text)
    code = names.get(key)
    if code is None and (name := _without_article(key)) is not None:
        code = names.get(name)
    return code


@cache
def _articles() -> tuple[frozenset[str], tuple[str, ...]]:
    """The definite articles of ``countries.yaml``, folded: words, and elided ones ("l'")."""
    articles = {country_key(a) for a in _data().get("articles") or []} - {""}
    elided = tuple(sorted(a for a in articles if a.endswith("'")))
    return frozenset(articles - set(elided)), elided


def _without_article(key: str) -> str | None:
    """A folded name without the definite article it starts with, or None (none there)."""
    words, elided = _articles()
    first, _, rest = key.partition(" ")
    if rest and first in words:
        return rest
    for article in elided:
        if key.startswith(article) and len(key) > len(article):
            return key[len(article) :].lstrip()
    return None


def find_countries(text: str) -> Iterator[str]:
    """ISO codes of the countries a longer text names, by name or adjective, in order."""
    yield from _countries_in(text)


@lru_cache(maxsize=1 << 16)
def _countries_in(text: str) -> tuple[str, ...]:
    # The same names and words come back in document after document: scan each once.
    normal, codes, covered = _named_in(text, cases=True)
    inflected = _inflected_in(normal, covered, codes)
    return tuple(dict.fromkeys(codes + [code for _, code in inflected]))


def names_country(text: str) -> bool:
    """True when :func:`find_countries` finds a country in ``text``, without putting its
    countries in order (a name is asked whether it names one by the reader, which needs no
    more)."""
    normal, codes, covered = _named_in(text)
    # with no country named, every inflected word and pair is taken (:func:`_inflected_in`)
    return bool(codes) or bool(_inflected_in(normal, covered, codes))


def _named_in(text: str, cases: bool = False) -> tuple[str, list[str], set[str]]:
    """``text`` normalised (:func:`country_key`), the countries it names by a name, an
    adjective, a region, a syllabic spelling or (with ``cases``) a case form of its own
    language (:func:`_cases`), in order, and the words those forms cover."""
    names, demonyms, _, _ = _tables()
    normal = country_key(text)
    found = _forms_in(normal)
    regions = _regions()
    codes = [
        code for code in (names.get(f) or demonyms.get(f) or regions.get(f) for f in found) if code
    ]
    covered = {word for form in found for word in form.split()}
    if cases:
        in_case = _in_case(normal, covered)
        codes += [code for _, code in in_case]
        covered.update(word for word, _ in in_case)
    codes += [code for word, code in _syllables_in(text) if word not in covered]
    return normal, codes, covered


def _in_case(normal: str, covered: set[str]) -> list[tuple[str, str]]:
    """The (word, country) of the words of a normalised text, but for ``covered`` ones, that
    are a case form of a country's name in its own language (:func:`_cases`)."""
    cases = _cases()
    return [(w, code) for w in normal.split() if w not in covered and (code := cases.get(w))]


def _inflected_in(normal: str, covered: set[str], named: list[str]) -> list[tuple[str, str]]:
    """The (word, country) of the inflected words of a normalised text, but for ``covered``
    ones. A case ending is a guess ("Georgi" could be Georgia's): where the text names a country
    by its name or adjective (``named``, or an adjective stem), a case ending is taken only for
    one of those countries."""
    words = normal.split()
    found = [
        (word, code, _stem_country(word) is not None)
        for word in words
        if word not in covered and (code := _inflected(word)) is not None
    ]
    found += [
        (f"{left} {right}", code, False)
        for left, right in pairwise(words)
        if left not in covered
        and right not in covered
        and (code := _inflected_pair(left, right)) is not None
    ]
    sure = set(named) | {code for _, code, is_stem in found if is_stem}
    return [(word, code) for word, code, is_stem in found if is_stem or not sure or code in sure]


def adjective_countries(text: str) -> frozenset[str]:
    """The countries ``text`` names by an adjective ("German", "alemán", "немецкой")."""
    names, demonyms, _, _ = _tables()
    normal = country_key(text)
    codes = {demonyms[f] for f in _forms_in(normal) if f in demonyms and f not in names}
    every = _stem_index()[1]
    for word in normal.split():
        for end in range(_MIN_STEM, len(word) + 1):
            codes.update(every.get(word[:end], ()))
    return frozenset(codes)


@lru_cache(maxsize=1 << 16)
def country_words(text: str, cases: bool = True) -> frozenset[str]:
    """The words (case and accents folded, split at anything not a letter or digit) of the
    country names and adjectives that :func:`find_countries` finds in ``text``; without
    ``cases``, not those of the case forms of :func:`_cases` (as :func:`names_country`)."""
    normal = country_key(text)
    found = _forms_in(normal)
    regions = _regions()
    words = {word for form in found if form not in regions for word in _WORD.findall(form)}
    covered = {word for form in found for word in form.split()}
    names, demonyms, _, _ = _tables()
    named = [code for f in found if (code := names.get(f) or demonyms.get(f) or regions.get(f))]
    if cases:
        in_case = _in_case(normal, covered)
        words.update(word for word, _ in in_case)
        covered.update(word for word, _ in in_case)
        named += [code for _, code in in_case]
    for word, _ in _inflected_in(normal, covered, named):
        if not _declined_region(word):
            words.update(_WORD.findall(word))
    words.update(word for word, _ in _syllables_in(text))
    return frozenset(words)


@lru_cache(maxsize=1 << 16)
def _inflected(word: str) -> str | None:
    """The country of an adjective stem ("alemanes", "немецкой"), of a one-word name with a
    case ending ("Griechenlands", "Греции", "Türkiye'nin", "Laosa", "Kuby"), or of an Arabic or
    Persian adjective of relation ("الفنزويلي", "ایرانی"), else None."""
    names, _, _, _ = _tables()
    endings = _endings_by_last().get(word[-1:], ())
    if (code := _stem_country(word)) is not None:
        return code
    bases = _name_bases()
    for ending in endings:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if len(base) < _MIN_STEM - 2 or base not in bases:
            continue
        for vowel in _FINAL_VOWELS:
            found = names.get(base + vowel) or _regions().get(base + vowel)
            if found is not None and _may_take(base + vowel, vowel, ending):
                return found
    return _relation(word) or _prefixed(word)


def _prefixed(word: str) -> str | None:
    """The country of a name written with a preposition or conjunction joined before it, as
    Arabic and Hebrew write them ("بتونس": in Tunisia, "בישראל": in Israel; ``prefixes`` in
    ``countries.yaml``), else None."""
    prefixes = _prefixes()
    if not word.startswith(prefixes):
        return None  # one C call for the words (most) no prefix opens
    names, _, _, _ = _tables()
    return next((names[rest] for _, rest in unprefixed(word, prefixes) if rest in names), None)


@cache
def _name_bases() -> frozenset[str]:
    """What each country's or region's name is without one of :data:`_FINAL_VOWELS` it ends
    in: a word's base (its case ending taken off) names a country in :func:`_inflected` only if
    it is one of these (one look-up in place of one for each final vowel)."""
    names, _, _, _ = _tables()
    return frozenset(
        name[: len(name) - len(vowel)]
        for name in (*names, *_regions())
        for vowel in _FINAL_VOWELS
        if name.endswith(vowel)
    )


@cache
def _prefixes() -> tuple[str, ...]:
    """The letters joined before a word (``prefixes`` in ``countries.yaml``), longest first."""
    found = {country_key(p) for p in joined_prefixes()} - {""}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


def unprefixed(word: str, prefixes: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each of ``prefixes`` (in their order) that opens ``word``, with what the word is
    without it: the word Arabic and Hebrew write with a preposition, a conjunction or an
    article joined to its front, as long as :data:`MIN_UNPREFIXED` letters or more are left.
    The one reading of joined prefixes, for countries' names and the type-word table alike."""
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_UNPREFIXED:
            yield prefix, word[len(prefix) :]


def joined_prefixes() -> tuple[str, ...]:
    """The prepositions and conjunctions Arabic and Hebrew write joined to the word after them
    (``prefixes`` in ``countries.yaml``), as listed: the one list of them, which the
    type-word table reads too."""
    return tuple(str(p) for p in _data().get("prefixes") or [])


@cache
def with_words() -> frozenset[str]:
    """The words for "with" after which a name's countries are not its own (``with_words`` in
    ``countries.yaml``), folded."""
    return frozenset(country_key(w) for w in _data().get("with_words") or []) - {""}


def joined_articles() -> tuple[str, ...]:
    """The articles Arabic and Hebrew write joined to the word after them ("ال", "ה")."""
    return _ARTICLES


@lru_cache(maxsize=1 << 16)
def _inflected_pair(left: str, right: str) -> str | None:
    """The country of a name of two words, both with a case ending ("Severne Koreje":
    "Severna Koreja"), else None."""
    if not _may_open_pair(left):
        return None
    names, _, _, _ = _tables()
    # only a form that opens a name of two words can be the first (most words open none)
    firsts = [first for first in _bases(left) if first in _pair_openings()]
    for first in firsts:
        for second in _bases(right):
            if (code := names.get(f"{first} {second}")) is not None:
                return code
    return None


@cache
def _pair_openings() -> frozenset[str]:
    """The first words of the country names of two words or more."""
    names, _, _, _ = _tables()
    return frozenset(name.split(" ", 1)[0] for name in names if " " in name)


@cache
def _pair_opening_bases() -> frozenset[str]:
    """What each first word of :func:`_pair_openings` is without one of :data:`_FINAL_VOWELS`
    it ends in."""
    return frozenset(
        first[: len(first) - len(vowel)]
        for first in _pair_openings()
        for vowel in _FINAL_VOWELS
        if first.endswith(vowel)
    )


def _may_open_pair(word: str) -> bool:
    """Whether ``word`` without one of its case endings is one of :func:`_pair_opening_bases`:
    else none of its :func:`_bases` opens a name of two words (most words: they are passed over
    without trying each final vowel)."""
    bases = _pair_opening_bases()
    return any(
        word.endswith(ending) and word[: -len(ending)] in bases
        for ending in _endings_by_last().get(word[-1:], ())
    )


@lru_cache(maxsize=1 << 16)
def _bases(word: str) -> tuple[str, ...]:
    """The forms a word with a case ending may have without it (ending taken off, final vowel
    put back), each long enough to take that ending (a word stands in many pairs: found once)."""
    endings = _endings_by_last().get(word[-1:], ())
    found: list[str] = []
    for ending in endings:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if len(base) >= _MIN_STEM - 2:
            found += [base + v for v in _FINAL_VOWELS if _may_take(base + v, v, ending)]
    return tuple(found)


def _declined_region(word: str) -> bool:
    """Whether ``word`` is a region's name with a case ending ("Böhmens", "Moraviens")."""
    endings = _endings_by_last().get(word[-1:], ())
    regions = _regions()
    bases = [
        word[: -len(ending)]
        for ending in endings
        if len(word) > len(ending) + 3 and word.endswith(ending)
    ]
    return any(base + vowel in regions for base in bases for vowel in _FINAL_VOWELS)


def _stem_country(word: str) -> str | None:
    """The country of an adjective stem ("alemanes", "немецкой"), else None: that of the
    longest stem ``word`` starts with (the first listed, of one stem listed twice)."""
    first = _stem_index()[0]
    for end in range(len(word), _MIN_STEM - 1, -1):
        if (code := first.get(word[:end])) is not None:
            return code
    return None


@cache
def _stem_index() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The adjective stems of :func:`_inflection` looked up by the stem (a word is tried by
    its beginnings, not against every stem): each stem's first country, and every country."""
    first: dict[str, str] = {}
    every: dict[str, set[str]] = {}
    for stem, code in _inflection()[0]:
        first.setdefault(stem, code)
        every.setdefault(stem, set()).add(code)
    return first, {stem: frozenset(codes) for stem, codes in every.items()}


@cache
def _replacing() -> dict[str, tuple[str, ...]]:
    """The endings that stand only for some last letters of a name (``ending_replaces`` in
    ``authority/countries.yaml``), folded: ending -> those last letters."""
    listed = _data().get("ending_replaces") or {}
    return {
        country_key(ending): tuple(country_key(end) for end in ends)
        for ending, ends in listed.items()
    }


def _may_take(name: str, vowel: str, ending: str) -> bool:
    """Whether the country name ``name`` may be written with ``ending`` (for its final
    ``vowel``): a genitive "s" only after the whole name (or its Icelandic "-ur": "Noreg-s");
    a final "-ia" or "-ja" only for an ending that keeps its "i" or "j" (see
    :data:`_KEEP_GLIDE`); an ending that stands only for some last letters, only for those
    ("Нидерланд-ов", never "Куб-ов"); other endings, for names of five letters or more always;
    of four, an ending after the whole name ("Laos-a", "Iran-u", "Kuba-i"), or one for a final
    "a" ("Kub-y", "Kub-e")."""
    if ending in _GENITIVES and vowel not in _GENITIVE_TAKES:
        return False  # "Samos" is no genitive of "Samoa": the "s" goes after the whole name
    if vowel in _KEEP_GLIDE and not ending.startswith(_KEEP_GLIDE[vowel]):
        return False  # "Roman-a" is no case of "Roman-ia", nor "Ros-a" of "Ros-ja"
    if (ends := _replacing().get(ending)) is not None and not (vowel and name.endswith(ends)):
        return False
    if len(name) >= _MIN_STEM:
        return True
    if len(name) < _MIN_STEM - 1:
        return False
    return ending in _GENITIVES or vowel == "" or (vowel in {"a", "а"} and ending != "s")


#: The articles and the endings of an Arabic, Persian or Hebrew adjective of relation (nisba),
#: the plural ones first: Arabic "-iyyin", "-iyyun", "-iyyat" ("التونسيين": Tunisian, of men
#: and of women), Persian "-iyan" ("ایرانیان", folded to Arabic letters), Hebrew "-im", "-iyot"
#: ("הישראלים").
_ARTICLES = ("ال", "ה")
_RELATION = ("يين", "يون", "يات", "يان", "ים", "יות", "ية", "یه", "ي", "ی", "ى", "ית", "י")
#: What the country's name may end in where its adjective has the ending.
_NAME_ENDS = ("", "ا", "يا", "یا", "ة", "ه", "یه", "ה", "יה")


def _relation(word: str) -> str | None:
    """The country of an Arabic, Persian or Hebrew adjective of relation: the name, without its
    final vowel, with "-i" ("الفنزويلي" from "فنزويلا", "المصري" from "مصر", "ایرانی" from
    "ایران", "הישראלי" from "ישראל"), in the singular or the plural ("التونسيين")."""
    if not word.endswith(_RELATION):
        return None  # one C call for the words (most) with none of the endings
    names, _, _, _ = _tables()
    for ending in _RELATION:
        if not word.endswith(ending):
            continue
        core = word[: -len(ending)]
        article = next((a for a in _ARTICLES if core.startswith(a)), "")
        bare = core[len(article) :]
        if len(bare) < 3:
            return None
        for stem in dict.fromkeys((bare, article + bare)):
            for end in _NAME_ENDS:
                if (found := names.get(stem + end)) is not None:
                    return found
    return None


@cache
def _first_words() -> frozenset[str]:
    """The first word of each form of :func:`_tables`, up to the first word's end as
    :func:`_forms_in` finds ends (a form found at a word's start opens with the text's word
    there: only where one of these opens is a form looked for)."""
    _, _, forms, _ = _tables()
    return frozenset(
        form[: next(m.start() for m in _END.finditer(form) if m.start() > 0)]
        for form in forms
        if form
    )


def _forms_in(normal: str) -> list[str]:
    """The country names and adjectives in a normalised text, left to right, never overlapping,
    each as long as it can be, and none starting or ending inside a word (what a regular
    expression of every form, the longest first, finds; looked up in a set, much faster)."""
    _, _, forms, longest = _tables()
    first_words = _first_words()
    ends = [m.start() for m in _END.finditer(normal)]
    found: list[str] = []
    cursor = 0
    for match in _START.finditer(normal):
        start = match.start()
        if start < cursor:
            continue
        after = bisect_right(ends, start)
        if after == len(ends) or normal[start : ends[after]] not in first_words:
            continue  # no form opens with the word that opens here
        for end in reversed(ends[after : bisect_right(ends, start + longest)]):
            if (form := normal[start:end]) in forms:
                found.append(form)
                cursor = end
                break
    return found


@cache
def country_name_words(code: str) -> frozenset[str]:
    """The words (folded) of every name of the country ``code`` in a known language ("North
    Xandia", "Xandia del Nord": north, xandia, nord...)."""
    names, _, _, _ = _tables()
    return frozenset(
        word for name, found in names.items() if found == code for word in name.split()
    )


def country_name(code: str, language: str = "en") -> str | None:
    """CLDR's name of the country ``code`` in ``language``."""
    return Locale.parse(language).territories.get(code.upper())
