"""Country knowledge: ISO 3166-1 alpha-2 codes from country names and adjectives, in many languages.

Names come from CLDR through Babel (a maintained source of territory names in every language);
forms CLDR lacks (short forms, adjectives of nationality in many languages, the case endings a
name takes inside another name) come from ``authority/countries.yaml``. The tables are built once,
on first use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache

import yaml
from babel import Locale

from ..resources import authority_dir
from .folding import country_key

__all__ = [
    "LANGUAGES",
    "adjective_countries",
    "country_code",
    "country_name",
    "country_words",
    "find_countries",
]

#: The CLDR locales whose country names are recognised.
LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "bg", "sr", "el", "tr", "ar",
    "fa", "sv", "da", "no", "fi", "pl", "cs", "sk", "hu", "ro", "hr", "sq", "az", "kk", "ka",
    "is", "ca", "gl",
)  # fmt: skip

#: Where a name may start and end in a normalised text: not inside a word.
_START = re.compile(r"(?<!\w)")
_END = re.compile(r"(?!\w)")


#: The shortest stem of an adjective (letters before its ``*``), and of a name taking an ending.
_MIN_STEM = 5
#: Genitive endings, which a name of 4 letters may take too ("Kinas", "Irans").
_GENITIVES = frozenset({"s", "'s"})
#: Final vowels a name may lose before a case ending (Греци-я -> Греци-и, Ελλάδ-α -> Ελλάδ-ας).
_FINAL_VOWELS = ("", "a", "e", "o", "i", "y", "ja", "ia", "я", "а", "ь", "й", "α", "η", "ο", "ι")


@cache
def _inflection() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Adjective stems (stem, code), longest first, and the case endings of country names."""
    with (authority_dir() / "countries.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
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
def _tables() -> tuple[dict[str, str], dict[str, str], frozenset[str], int]:
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO"}:
                names.setdefault(country_key(name), code)
    with (authority_dir() / "countries.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
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
    every = frozenset(f for f in (*names, *demonyms) if f)
    return names, demonyms, every, max(map(len, every), default=0)


def country_code(text: str) -> str | None:
    """The ISO code when ``text`` is, as a whole, a country's name in a known language."""
    names, _, _, _ = _tables()
    return names.get(country_key(text))


def find_countries(text: str) -> Iterator[str]:
    """ISO codes of the countries a longer text names, by name or adjective, in order."""
    yield from _countries_in(text)


@lru_cache(maxsize=1 << 16)
def _countries_in(text: str) -> tuple[str, ...]:
    # The same names and words come back in document after document: scan each once.
    names, demonyms, _, _ = _tables()
    normal = country_key(text)
    found = _forms_in(normal)
    codes = [code for code in (names.get(f) or demonyms.get(f) for f in found) if code]
    covered = {word for form in found for word in form.split()}
    for word in normal.split():
        if word not in covered and (code := _inflected(word)) is not None:
            codes.append(code)
    return tuple(dict.fromkeys(codes))


@lru_cache(maxsize=1 << 16)
def adjective_countries(text: str) -> frozenset[str]:
    """The countries ``text`` names by an adjective ("German", "alemán", "немецкой")."""
    names, demonyms, _, _ = _tables()
    normal = country_key(text)
    codes = {demonyms[f] for f in _forms_in(normal) if f in demonyms and f not in names}
    stems, _ = _inflection()
    for word in normal.split():
        codes.update(code for stem, code in stems[:] if word.startswith(stem))
    return frozenset(codes)


@lru_cache(maxsize=1 << 16)
def country_words(text: str) -> frozenset[str]:
    """The words (case and accents folded, split at anything not a letter or digit) of the
    country names and adjectives that :func:`find_countries` finds in ``text``."""
    found = _forms_in(country_key(text))
    words = {word for form in found for word in re.findall(r"[^\W_]+", form)}
    for word in country_key(text).split():
        if _inflected(word) is not None:
            words.update(re.findall(r"[^\W_]+", word))
    return frozenset(words)


@lru_cache(maxsize=1 << 16)
def _inflected(word: str) -> str | None:
    """The country of an adjective stem ("alemanes", "немецкой") or of a one-word name with a
    case ending ("Griechenlands", "Греции", "Türkiye'nin"), else None."""
    names, _, _, _ = _tables()
    stems, endings = _inflection()
    for stem, code in stems:
        if word.startswith(stem):
            return code
    for ending in endings:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= _MIN_STEM - 1:
            for vowel in _FINAL_VOWELS:
                found = names.get(base + vowel)
                shortest = _MIN_STEM - 1 if ending in _GENITIVES else _MIN_STEM
                if found is not None and len(base + vowel) >= shortest:
                    return found
    return None


def _forms_in(normal: str) -> list[str]:
    """The country names and adjectives in a normalised text, left to right, never overlapping,
    each as long as it can be, and none starting or ending inside a word (what a regular
    expression of every form, the longest first, finds; looked up in a set, much faster)."""
    _, _, forms, longest = _tables()
    ends = [m.start() for m in _END.finditer(normal)]
    found: list[str] = []
    cursor = 0
    for match in _START.finditer(normal):
        start = match.start()
        if start < cursor:
            continue
        for end in reversed(ends[bisect_right(ends, start) : bisect_right(ends, start + longest)]):
            if (form := normal[start:end]) in forms:
                found.append(form)
                cursor = end
                break
    return found


def country_name(code: str, language: str = "en") -> str | None:
    """CLDR's name of the country ``code`` in ``language``."""
    return Locale.parse(language).territories.get(code.upper())
