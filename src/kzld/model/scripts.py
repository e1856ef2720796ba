"""Scripts: which script a text is written in, and which scripts a country's languages write.

A script is named by the first word of its letters' Unicode names (``LATIN``, ``CYRILLIC``,
``DEVANAGARI``, ``BENGALI``, ``CJK``...). Which scripts a country writes comes from CLDR through
Babel: the scripts of its official languages (regional and de facto ones included), each read
off the language's own name for itself, so that no table of script codes is kept by hand. A
script is not a language: Devanagari is written in India and Nepal, Cyrillic in Russia, Belarus
and Bulgaria.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

__all__ = ["country_scripts", "script_of"]


def script_of(text: str) -> str:
    """The script of a text's letters, by the first word of the first letter's Unicode name
    ("LATIN"); ``""`` for a text without letters."""
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "?").split()[0]
    return ""


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
