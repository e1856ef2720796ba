"""Country knowledge: ISO 3166-1 alpha-2 codes from country names and adjectives, in many languages.

Names come from CLDR through Babel (a maintained source of territory names in every language);
forms CLDR lacks (short forms, adjectives of nationality) come from ``authority/countries.yaml``.
The tables are built once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

import yaml

from .resources import authority_dir

__all__ = ["LANGUAGES", "country_code", "country_name", "find_countries", "normalise"]

#: The CLDR locales whose country names are recognised.
LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "bg", "sr", "el", "tr", "ar",
    "fa", "sv", "da", "no", "fi", "pl", "cs", "sk", "hu", "ro", "hr", "sq", "az", "kk", "ka",
)  # fmt: skip

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def normalise(text: str) -> str:
    """Case- and accent-insensitive form used for matching country names."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w']+", " ", text.casefold()).split())


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    from babel import Locale

    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO"}:
                names.setdefault(normalise(name), code)
    with (authority_dir() / "countries.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    for code, forms in data.get("aliases", {}).items():
        for form in forms:
            names[normalise(form)] = code
    demonyms = {
        normalise(form): code for code, forms in data.get("demonyms", {}).items() for form in forms
    }
    every = sorted({*names, *demonyms}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in every if f) + r")(?!\w)")
    return names, demonyms, pattern


def country_code(text: str) -> str | None:
    """The ISO code when ``text`` is, as a whole, a country's name in a known language."""
    names, _, _ = _tables()
    return names.get(normalise(text))


def find_countries(text: str) -> Iterator[str]:
    """ISO codes of the countries a longer text names, by name or adjective, in order."""
    yield from _countries_in(text)


@lru_cache(maxsize=1 << 16)
def _countries_in(text: str) -> tuple[str, ...]:
    # The same names and words come back in document after document: scan each once.
    names, demonyms, pattern = _tables()
    found = (m.group(1) for m in pattern.finditer(normalise(text)))
    return tuple(code for code in (names.get(f) or demonyms.get(f) for f in found) if code)


def country_name(code: str, language: str = "en") -> str | None:
    """CLDR's name of the country ``code`` in ``language``."""
    from babel import Locale

    return Locale.parse(language).territories.get(code.upper())
