"""Scripts: which script a text is written in, and which scripts a country's languages write.

A script is named by the first word of its letters' Unicode names (``LATIN``, ``CYRILLIC``,
``DEVANAGARI``, ``BENGALI``, ``CJK``...). Which scripts a country writes comes from CLDR through
Babel: the scripts of its official languages (regional and de facto ones included), each read
off the language's own name for itself, so that no table of script codes is kept by hand. A
script is not a language: Devanagari is written in India and Nepal, Cyrillic in Russia, Belarus
and Bulgaria. Which languages a country speaks comes from the same CLDR table
(:func:`country_languages`), and so do the countries that speak a language
(:func:`language_countries`).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

__all__ = [
    "country_languages",
    "country_scripts",
    "language_countries",
    "language_of_tag",
    "letter_script",
    "script_of",
]


class _Scripts(dict[str, str]):
    """The script of each character asked about, read from its Unicode name on first use (a
    text's letters are asked about one by one, by several readers: a lookup is cheaper than a
    name; only single characters are kept, so the table is bounded by Unicode)."""

    def __missing__(self, letter: str) -> str:
        name = unicodedata.name(letter, "")
        if name.startswith(("HALFWIDTH KATAKANA", "HALFWIDTH HANGUL")):
            script = name.split()[1]
        else:
            script = name.split(" ", 1)[0]
        self[letter] = script
        return script


_SCRIPTS = _Scripts()


def letter_script(letter: str) -> str:
    """The script of one letter: the first word of its Unicode name (``LATIN``, ``CYRILLIC``,
    ``CJK``, ``HIRAGANA``...), the script of a half-width kana or hangul letter (``KATAKANA``,
    ``HANGUL``), or ``""`` for a character without a name. The one home of this reading: the
    reader's and the resolver's tests of scripts all ask it."""
    return _SCRIPTS[letter]


def script_of(text: str) -> str:
    """The script of a text's letters, by its first letter (:func:`letter_script`: "LATIN");
    ``""`` for a text without letters."""
    return next((letter_script(char) for char in text if char.isalpha()), "")


@cache
def country_scripts(code: str) -> frozenset[str]:
    """The scripts the official languages of the country ``code`` (an ISO 3166-1 alpha-2 code)
    are written in: ``IN`` writes Devanagari, Bengali, Tamil, Latin...; ``BD`` Bengali; an
    unknown code none."""
    scripts = set()
    for language in get_official_languages(code, regional=True, de_facto=True):
        try:
            locale = Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            continue
        if script := script_of(locale.get_display_name(locale) or ""):
            scripts.add(script)
    return frozenset(scripts)


@cache
def language_of_tag(tag: str) -> str:
    """The language of a BCP 47 tag, its primary subtag as CLDR names it ("pt-BR" -> "pt";
    "tl" -> "fil", "iw" -> "he": CLDR's aliases of a language's older codes)."""
    primary = tag.replace("-", "_").split("_", 1)[0].casefold()
    alias = get_global("language_aliases").get(primary, primary)
    return str(alias).split("_", 1)[0]


@cache
def country_languages(code: str) -> frozenset[str]:
    """The official languages of the country ``code`` (regional and de facto ones included), by
    :func:`language_of_tag`: ``CA`` speaks "en", "fr" and others; ``BR`` "pt"; an unknown code
    none."""
    return frozenset(
        language_of_tag(tag) for tag in get_official_languages(code, regional=True, de_facto=True)
    )


@cache
def language_countries(language: str) -> frozenset[str]:
    """The countries (ISO 3166-1 alpha-2 codes) that speak ``language`` (as :func:`language_of_tag`
    names it) as an official language, regional and de facto ones included: the countries whose
    :func:`country_languages` hold it ("id": ``ID``; "es": ``AR``, ``ES``, ``MX``...)."""
    return frozenset(
        code
        for code in get_global("territory_languages")
        if len(code) == 2 and code.isalpha() and language in country_languages(code)
    )
