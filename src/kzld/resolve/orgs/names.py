"""Normalised forms of organisation names: the keys names are compared and identified by.

:func:`normalise` is the exact key (case, accents, quotes, dashes, punctuation, the article "the"
and abbreviated type words such as "CP" for "Communist Party" or, inside a longer name, "WP" for
"Workers' Party", do not count; the abbreviated type words are data, in
``authority/typewords.yaml``). :func:`loose_key` forgets word order,
small link words and how a country is named ("Norway"/"Norwegian"/"of Norway"), and
is only trusted when it points at exactly one organisation. :func:`abbreviation_key` compares
abbreviations ("PKP 1930" = "PKP-1930"). :func:`new_key` is the deterministic key of an
organisation the authority does not list: ``x-`` and an ASCII slug of its normalised name,
transliterated from any script (:func:`transliterate`), so it can never collide with an authority
key (those may not start with ``x-``).
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache

from anyascii import anyascii

from ...model.countries import UNSPACED, country_words, find_countries
from ...model.folding import WORD_MARKS, fold_name
from .typewords import type_words

__all__ = [
    "NEW_PREFIX",
    "abbreviation_key",
    "ascii_slug",
    "capitals_in_latin",
    "consonant_readings",
    "consonants_of",
    "contracts",
    "embedded_countries",
    "identity_key",
    "loose_key",
    "name_countries",
    "new_key",
    "normalise",
    "romanised",
    "same_consonants",
    "spelt_abbreviation",
    "syllables",
    "tokens",
    "transliterate",
    "unspaced_letters",
    "vowels_agree",
]

#: Prefix of the keys of organisations the authority does not list.
NEW_PREFIX = "x-"

#: Longest key slug (longer ones are cut and end in a hash of the whole name).
MAX_SLUG = 80

#: The most runs of characters side by side a contraction takes of a name (:func:`contracts`).
MAX_CONTRACTED_RUNS = 1

#: Quote marks and apostrophes, dropped ("Workers’" = "Workers'" = "Workers").

#: Contractions expanded even when they are the whole name (as they always were: new keys of
#: names written with them must not change); the others of ``typewords.yaml`` only inside a name.
_ALWAYS_EXPANDED = frozenset({"cp", "cps"})

#: Words that never distinguish two names.
_ARTICLES = frozenset({"the"})

#: Link words the loose key ignores (in several languages).
_LINK_WORDS = frozenset(
    {"of", "in", "the", "and", "for", "de", "du", "des", "la", "le", "les", "del", "los", "el",
     "der", "die", "das", "van", "het", "da", "do", "dos", "di", "della", "и", "в"}
)  # fmt: skip

_CYRILLIC_GREEK = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdeziiklmnoprstufhcye", strict=True)),
        "ё": "e", "ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu",
        "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj",
        "њ": "nj", "ћ": "c", "џ": "dz", "ў": "u",
        **dict(zip("αβγδεζηικλμνξοπρστυφχω", "avgdeziiklmnxoprstyfho", strict=True)),
        "θ": "th", "ψ": "ps", "ς": "s",
    }
)  # fmt: skip


#: How many results each memoised function keeps (names recur from document to document).
_CACHED = 1 << 16


#: A word: letters and digits, and the marks inside the words of Indic scripts.
_WORD = re.compile(rf"(?:[^\W_]|[{WORD_MARKS}])+")
#: A run of letters of scripts written without spaces (Chinese characters, kana, Hangul).
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")


@cache
def _unspaced_words() -> frozenset[str]:
    """The words of the type-word table written in scripts without spaces ("共产", "党")."""
    table = type_words()
    written = (*table.words, *table.compounds, *table.link_words)
    return frozenset(w for w in written if _UNSPACED_RUN.fullmatch(w))


def _segments(word: str) -> list[str]:
    """A word of a script written without spaces cut into the words it is made of: country
    names (:func:`~kzld.model.countries.country_words`) and type words, each the longest that
    fits, from left to right; the letters between them are one word ("希腊共产党": "希腊",
    "共产", "党")."""
    if not _UNSPACED_RUN.search(word):
        return [word]
    known = _unspaced_words() | country_words(word)
    longest = max(map(len, known), default=0)
    parts: list[str] = []
    other = ""
    start = 0
    while start < len(word):
        size = next(
            (n for n in range(min(longest, len(word) - start), 0, -1)
             if word[start : start + n] in known),
            0,
        )  # fmt: skip
        if size:
            parts.extend(
                [other, word[start : start + size]] if other else [word[start : start + size]]
            )
            other = ""
            start += size
        else:
            other += word[start]
            start += 1
    return [*parts, other] if other else parts


#: Letters of scripts without spaces that spell sounds (kana, Hangul): a country's name in them
#: is a run of syllables that other words hold too ("인도": India, in "인도주의").
_SYLLABIC = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7a3]+")


def embedded_countries(text: str) -> frozenset[str]:
    """The countries ``text`` names only inside a longer word of a syllabic script written
    without spaces (:data:`_SYLLABIC`): a country's name that the same run of letters goes on
    after with letters that are no type word, link word or country (:func:`_segments`) is part
    of another word, no country ("인도주의": humanitarianism, whose first syllables spell
    "India"). A name that ends the run, or is followed by a type word ("인도공산당"), is one;
    so is one in Chinese characters, a word of its own before any other ("台灣冤獄平反協會")."""
    inside: set[str] = set()
    outside: set[str] = set()
    for word in _WORD.findall(fold_name(text)):
        if not _UNSPACED_RUN.search(word):
            outside.update(find_countries(word))
            continue
        places = country_words(word)
        known = _unspaced_words() | places
        parts = _segments(word)
        for part, after in zip(parts, [*parts[1:], None], strict=True):
            if part not in places:
                continue
            embedded = after is not None and after not in known and _SYLLABIC.fullmatch(part)
            (inside if embedded else outside).update(find_countries(part))
    return frozenset(inside - outside)


#: An ending after an apostrophe at the end of a word of two letters or more.
_APOSTROPHE_ENDING = re.compile(r"(?<=\w{2})['’]([^\W\d_]{1,4})(?![\w'’])")
#: A gender mark inside a German word ("Arbeiter:innen", "Arbeiter*innen", "Arbeiter_innen"):
#: the word is one word, as "ArbeiterInnen" is.
_GENDER_MARK = re.compile(r"(?<=[^\W\d_]{2})[:*_·](?=in(?:nen)?\b)", re.IGNORECASE)


def _without_case_endings(text: str) -> str:
    """``text`` without the case endings written after an apostrophe on its words
    ("Federasyonu’nun": "Federasyonu"; ``case_endings`` in ``authority/typewords.yaml``)."""
    if "'" not in text and "’" not in text:
        return text
    endings = type_words().case_endings

    def drop(match: re.Match[str]) -> str:
        return "" if fold_name(match.group(1)) in endings else match.group()

    return _APOSTROPHE_ENDING.sub(drop, text)


@lru_cache(maxsize=_CACHED)
def tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` after folding, contractions expanded, articles dropped, case
    endings after an apostrophe dropped; a word of a script written without spaces is cut
    into its words (:func:`_segments`)."""
    folded = fold_name(_without_case_endings(_GENDER_MARK.sub("", text)))
    while (again := fold_name(folded)) != folded:
        folded = again
    words: list[str] = []
    written = _WORD.findall(folded)
    found = [part for word in written[:-1] for part in _segments(word)]
    found += _without_particle(written[-1]) if written else []
    contractions = type_words().contractions
    for word in found:
        if word in _ARTICLES:
            continue
        expanded = contractions.get(word)
        if expanded and (len(found) > 1 or word in _ALWAYS_EXPANDED):
            words.extend(expanded)
        else:
            words.append(word)
    return tuple(words)


def _without_particle(word: str) -> list[str]:
    """The last word of a name cut into its words (:func:`_segments`), without a particle
    joined to its end ("Zeta공산당은": "Zeta", "공산", "당"; ``particles`` in
    ``authority/typewords.yaml``) where a type word or a country's name is before it: a
    running sentence joins one to whatever name it writes."""
    parts = _segments(word)
    if len(parts) < 2 or parts[-1] not in type_words().particles:
        return parts
    before = parts[-2]
    if before in _unspaced_words() or before in country_words(before):
        return parts[:-1]
    return parts


def unspaced_letters(text: str) -> str | None:
    """The letters and digits of a name written in a script without spaces (Chinese
    characters, kana, Hangul), folded, without the spaces and marks between them
    ("6.15 남측위원회": "615남측위원회"); None for a name with a letter of another script, or
    with none."""
    letters = "".join(_WORD.findall(fold_name(text)))
    alphabetic = [c for c in letters if c.isalpha()]
    if not alphabetic or not all(_UNSPACED_RUN.fullmatch(c) for c in alphabetic):
        return None
    return letters


@lru_cache(maxsize=_CACHED)
def syllables(text: str) -> tuple[str, ...]:
    """The characters of a name written in a script without spaces (:func:`unspaced_letters`),
    each as it is read (:func:`transliterate`: "國" and "国" are both guo), after the country's
    name it may start with ("日本", "台灣"); () for a name with a letter of another script."""
    letters = unspaced_letters(text)
    if letters is None:
        return ()
    country = max((w for w in country_words(letters) if letters.startswith(w)), key=len, default="")
    return tuple(transliterate(c) or c for c in letters[len(country) :] if c.isalpha())


def contracts(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` contracted, as names written in characters of a syllable
    each (Chinese characters, kana, Hangul) are: some of its characters (:func:`syllables`), at
    most half of them, in the same order, the first its first (after the country's name) or
    three at least, a character of each word taken but for one run of characters side by side
    at most ("泽阵" and "澤陣" of "泽塔民权阵线", "제타노총" of "제타노동조합총연맹"). Two
    whole words of a name ("제타연합" of "제타여성농민회총연합") say what kind of body it is,
    not which; a run of its characters is a name it holds whole, of which it may be a branch.
    """
    ours, theirs = syllables(short), syllables(name)
    if len(ours) < 2 or len(ours) * 2 > len(theirs):
        return False
    if ours[0] != theirs[0] and len(ours) < 3:
        return False  # two characters from inside a name say too little
    at: list[int] = []
    for syllable in ours:
        start = at[-1] + 1 if at else 0
        if syllable not in theirs[start:]:
            return False
        at.append(theirs.index(syllable, start))
    if at[-1] - at[0] == len(at) - 1:
        return False  # a name the other holds whole: that one may be a branch of it
    runs = sum(
        1
        for i in range(len(at) - 1)
        if at[i + 1] == at[i] + 1 and (i == 0 or at[i - 1] != at[i] - 1)
    )
    return runs <= MAX_CONTRACTED_RUNS


@lru_cache(maxsize=_CACHED)
def normalise(text: str) -> str:
    """The exact comparison key of a name; idempotent."""
    return " ".join(tokens(text))


@lru_cache(maxsize=_CACHED)
def _is_country_word(word: str) -> bool:
    return any(True for _ in find_countries(word))


def name_countries(text: str) -> frozenset[str]:
    """ISO codes of the countries a name names ("Norwegian", "of Norway", "– Norway")."""
    return frozenset(find_countries(text))


@lru_cache(maxsize=_CACHED)
def loose_key(text: str) -> str:
    """A key that ignores word order, link words and the way a country is named."""
    words = {w for w in tokens(text) if w not in _LINK_WORDS and not _is_country_word(w)}
    countries = {f"@{code}" for code in find_countries(text)}
    return " ".join(sorted(words) + sorted(countries))


@lru_cache(maxsize=_CACHED)
def abbreviation_key(text: str) -> str:
    """The comparison key of an abbreviation: capitals and digits only ("PKP-1930" -> "PKP1930");
    one spelt out in letter names (:func:`spelt_abbreviation`) by its Latin letters."""
    text = spelt_abbreviation(text) or text
    return "".join(re.findall(r"[^\W_]+", fold_name(text))).upper()


#: A word of the scripts without capitals, from Devanagari to Sinhala, in which abbreviations
#: are written as their Latin letters' names (with the joiners that scripts write in words).
_SPELLING_WORD = re.compile("[\u0900-\u0dff\u200c\u200d]+")


@lru_cache(maxsize=_CACHED)
def spelt_abbreviation(text: str) -> str | None:
    """``text`` with its words written as the Latin letters whose names they spell
    ("एक्सकेपी(एम)": "XKP(M)", "এক্সকেপি": "XKP"), when every word of it, in Devanagari, Bengali,
    Malayalam or another script of that family, reads so in one way (``letter_names`` in
    ``authority/typewords.yaml``), and it has two letters or more and no other letter; else
    None."""
    words = _SPELLING_WORD.findall(text)
    if not words or any(c.isalpha() for c in _SPELLING_WORD.sub("", text)):
        return None
    letters = [type_words().spelt_letters(transliterate(word)) for word in words]
    if any(spelt is None for spelt in letters) or len("".join(map(str, letters))) < 2:
        return None
    spelt = iter(letters)
    return _SPELLING_WORD.sub(lambda _: str(next(spelt)), text)


#: A letter of an abbreviation (capitals of any script; small letters make it no capitals-only one).
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=_CACHED)
def capitals_in_latin(text: str) -> str | None:
    """An abbreviation written in Greek or Cyrillic capitals in the Latin capitals each of its
    letters is written as in every language of its script ("ΖΚΚ": "ZKK", "ЗКП": "ZKP";
    ``capital_letters`` in ``authority/typewords.yaml``), its other characters as they are;
    None when a letter is not such a capital ("ΧΚ": Χ is read two ways), or it has two
    letters or fewer."""
    table = type_words().capital_letters
    letters = _LETTER.findall(text)
    if len(letters) < 3 or not all(letter in table for letter in letters):
        return None
    return "".join(table.get(c, c) for c in text)


@lru_cache(maxsize=_CACHED)
def transliterate(word: str) -> str:
    """``word`` (folded, as :func:`tokens` gives it) in lower-case ASCII letters and digits.

    Cyrillic and Greek by kzld's own table (the keys minted with it must not change), every
    other letter by its usual romanisation (``ı`` -> ``i``, ``ø`` -> ``o``, Arabic, Bengali,
    Chinese...), so that no letter is dropped.
    """
    word = word.translate(_CYRILLIC_GREEK)
    if not word.isascii():
        word = "".join(c if c.isascii() else anyascii(c) for c in word)
    return "".join(c for c in word.lower() if c.isascii() and c.isalnum())


#: Letters the romanisations of one alphabet write differently, each with the one they are read
#: as (in this order): the Latin letters of Serbian, Croatian or Czech and the digraphs of a
#: Russian or Greek romanisation ("č" / "ch" / "ч"), "y" / "j" / "i" ("Ксандия": Ksandiya,
#: Ksandija), "ph" / "f", "th" / "t", "w" / "v".
_ROMANISATIONS = (
    ("shch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("dj", "d"),
    ("ph", "f"), ("th", "t"), ("y", "i"), ("j", "i"), ("w", "v"),
)  # fmt: skip
#: The Armenian letters of one sound, "u" (romanised letter by letter "ow").
_ARMENIAN_U = "ու"
#: A letter written twice in a row (one romanisation doubles what another writes once).
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=_CACHED)
def romanised(text: str) -> str:
    """A name's letters in Latin letters (:func:`transliterate`, its words run together), with
    what romanisations of one alphabet write differently read alike (:data:`_ROMANISATIONS`, a
    letter doubled as one): "Ксандијска радничка странка" and "Ksandijska radnička stranka",
    "Социјалистичка" and "Socijalistička", "Ксандия" and "Ksandiya", "Трудовая" and "Trudowaja",
    "Հանրապետություն" and "Hanrapetutyun" read the same."""
    letters = "".join(transliterate(word.replace(_ARMENIAN_U, "u")) for word in tokens(text))
    for written, read in _ROMANISATIONS:
        letters = letters.replace(written, read)
    return _DOUBLED.sub(r"\1", letters)


def ascii_slug(text: str) -> str:
    """``[a-z0-9-]`` slug of a name, transliterated from any script; "" when nothing is left."""
    ascii_words = (transliterate(w) for w in tokens(text))
    return "-".join(w for w in ascii_words if w)


def _bounded(slug: str, whole: str) -> str:
    """``slug``, or when it is empty or too long, its start and a short hash of ``whole``."""
    if slug and len(slug) <= MAX_SLUG:
        return slug
    digest = hashlib.sha256(whole.encode("utf-8")).hexdigest()[:8]
    return "-".join(part for part in (slug[:MAX_SLUG].strip("-"), digest) if part)


def identity_key(concepts: tuple[str, ...], words: tuple[str, ...], country: str | None) -> str:
    """The key of a new organisation known by its identity (see :mod:`.identity`): ``x-``, its
    own words (ASCII), its concepts in order, and its country code, each part in that order
    ("x-zeta-party-xx", "x-communist-new-party-gb")."""
    parts = [*(w for w in words if w), *concepts, *([country.lower()] if country else [])]
    return NEW_PREFIX + _bounded("-".join(parts), "\x00".join(parts))


@lru_cache(maxsize=_CACHED)
def new_key(name: str, country: str | None = None) -> str:
    """The key of an organisation the authority does not list.

    ``x-`` + the ASCII slug of its normalised name, + ``-<country>`` when a country is known that
    the name does not itself name (so that two "Communist Party (Marxist-Leninist)" of different
    countries stay apart). A name whose slug is empty or too long ends in a short hash of its
    normalised form.
    """
    slug = _bounded(ascii_slug(name), normalise(name))
    if country and country not in name_countries(name):
        slug = f"{slug}-{country.lower()}"
    return NEW_PREFIX + slug


#: Letters a script without vowels writes (romanised) that may stand for a vowel or be a
#: consonant: Arabic and Persian waw and ya, Hebrew vav and yod.
_MAYBE_VOWELS = "wyv"
#: Vowels of a word in Latin letters, and the letters a script without vowels writes alike
#: (Persian and Arabic have no "v" or "p" of their own; Latin "c" and "q" sound as "k").
_VOWELS = str.maketrans("", "", "aeiouy")
_ALIKE = str.maketrans({"v": "f", "w": "f", "p": "b", "c": "k", "q": "k", "z": "s"})
#: The fewest consonants two words must have for their consonants alone to tell them alike.
MIN_CONSONANTS = 3
#: The prefixes a word in a script without vowels may carry: "and" (و) and the article (ال).
_CLITICS = ("wl", "w", "l")


@lru_cache(maxsize=_CACHED)
def _consonant_readings(word: str, clitics: bool = True) -> frozenset[str]:
    """The consonants a word written without vowels may stand for: each of its letters that
    may be a vowel read as one (left out) or as a consonant, with and (``clitics``) without a
    clitic."""
    bases = {word}
    if clitics:
        bases |= {word[len(c) :] for c in _CLITICS if word.startswith(c) and len(word) > 4}
    readings: set[str] = set()
    for base in bases:
        partial = {""}
        for letter in base:
            step = {p + letter for p in partial}
            if letter in _MAYBE_VOWELS:
                step |= partial
            partial = step
        readings |= {r.translate(_ALIKE) for r in partial}
    return frozenset(readings)


def consonants_of(spelt: str) -> str | None:
    """The consonants of a romanised word written with vowels, as :func:`same_consonants`
    compares them ("bimkom": "bmkm"), when it has :data:`MIN_CONSONANTS` or more; else None."""
    if spelt.translate(_VOWELS) == spelt:
        return None  # no vowel: it may be a word of a script without them
    consonants = spelt.translate(_VOWELS).translate(_ALIKE)
    return consonants if len(consonants) >= MIN_CONSONANTS else None


def consonant_readings(abjad: str) -> frozenset[str]:
    """The consonants a folded word of a script without vowels (as :func:`tokens` gives it),
    written alone as a name is, may stand for (see :func:`same_consonants`), romanised each
    way its letters are read (:data:`_SECOND_READINGS`: the Hebrew shin is "s" or "sh"), with
    no "and" or article taken off: a name proper alone carries none of its own ("الدولة", the
    state, is no "dlh"); none for a word with a vowel letter."""
    readings: set[str] = set()
    for spelt in _romanised(abjad):
        if spelt.translate(_VOWELS) == spelt.replace("y", ""):
            readings |= _consonant_readings(spelt, clitics=False)
    return frozenset(r for r in readings if len(r) >= MIN_CONSONANTS)


#: Letters of a script without vowels read two ways, with the Latin letters of the reading
#: :func:`transliterate` does not give: the Hebrew shin (transliterated "s", as sin and
#: samekh are) is "sh" as often ("חד"ש", Hadash).
_SECOND_READINGS = {"ש": "sh"}


def _romanised(abjad: str) -> tuple[str, ...]:
    """``abjad`` transliterated, and again with each letter of :data:`_SECOND_READINGS` read
    its second way (all of them at once) when it has one."""
    plain = transliterate(abjad)
    if not any(letter in _SECOND_READINGS for letter in abjad):
        return (plain,)
    second = "".join(_SECOND_READINGS.get(letter) or transliterate(letter) for letter in abjad)
    return (plain, second)


#: Letters of a script without vowels (folded, as :func:`tokens` gives them) that write a vowel
#: of a Latin spelling, with the vowels each may write: waw and vav (o, u), ya and yod (i, e),
#: alef after a word's first letter (a, e). Each but alef may also be a consonant; a word's
#: first letter is always its consonant.
_VOWEL_LETTERS = {"و": "ou", "ו": "ou", "ي": "ie", "י": "ie", "ا": "ae", "ى": "a", "א": "ae"}
#: Letters that at a word's end may write a vowel (a, e) or be their consonant (h): Arabic ta
#: marbuta and ha, Persian ha, Hebrew he.
_FINAL_VOWEL_LETTERS = {"ة": "ae", "ه": "ae", "ה": "ae"}
#: Letters a Latin spelling writes as a vowel of any quality or not at all: alef (and hamza on
#: it) at a word's start, hamza alone, ayin.
_ANY_VOWEL = frozenset("اءعאע")
#: A Latin vowel, or none, where a script without vowels writes none (a short vowel).
_SHORT = "[aeiouy]*"


@lru_cache(maxsize=_CACHED)
def _vowelled(abjad: str) -> re.Pattern[str]:
    """The Latin spellings (:data:`_ALIKE` applied) a folded word written without short vowels
    may have: each of its consonants as written, each letter of :data:`_VOWEL_LETTERS` as a
    vowel it writes (or as its consonant), any short vowel between them."""
    parts: list[str] = []
    for at, letter in enumerate(abjad):
        consonant = "|".join(
            re.escape(spelt.translate(_ALIKE))
            for spelt in (transliterate(letter), *_SECOND_READINGS.get(letter, "").split())
        )
        consonant = f"(?:{consonant})" if "|" in consonant else consonant
        vowels = _VOWEL_LETTERS.get(letter)
        if at == len(abjad) - 1 and at > 0:
            vowels = _FINAL_VOWEL_LETTERS.get(letter, vowels)
        if letter in _ANY_VOWEL and (at == 0 or letter not in _VOWEL_LETTERS):
            parts.append("")
        elif vowels is None or at == 0:
            parts.append(consonant)
        else:
            vowel = f"{_SHORT}[{vowels}]{_SHORT}"
            parts.append(f"(?:{consonant}|{vowel})" if consonant else vowel)
    return re.compile(_SHORT + _SHORT.join(parts) + _SHORT)


def vowels_agree(abjad: str, spelt: str) -> bool:
    """Whether a folded word of a script without short vowels (Arabic, Persian, Hebrew) may be
    written with them as the romanised ``spelt``: its letters that may write a vowel stand
    where ``spelt`` has one they write ("زتريم" and "zetarim": ya for i; "دولة", dawla, is no
    "adalah": waw writes no a), and its first letter is a consonant of ``spelt`` ("يفتح" is no
    "fatah")."""
    return _vowelled(abjad).fullmatch(spelt.translate(_ALIKE)) is not None


def same_consonants(left: str, right: str) -> bool:
    """Whether two romanised own words are one word written in a script without vowels
    (Arabic, Persian, Hebrew: no letter a, e, i, o or u) and in one with them: the same
    consonants, :data:`MIN_CONSONANTS` at least ("bwhymy" and "bohemia": b, h, m; "mwrwy" and
    "moravia": m, r, v)."""
    for abjad, spelt in ((left, right), (right, left)):
        if abjad.translate(_VOWELS) != abjad.replace("y", "") or spelt.translate(_VOWELS) == spelt:
            continue
        consonants = spelt.translate(_VOWELS).translate(_ALIKE)
        if len(consonants) >= MIN_CONSONANTS and consonants in _consonant_readings(abjad):
            return True
    return False
