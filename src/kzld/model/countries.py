"""Country knowledge: ISO 3166-1 alpha-2 codes from country names and adjectives, in many languages.

Names come from CLDR through Babel (a maintained source of territory names in every language);
forms CLDR lacks (short forms, adjectives of nationality) come from ``authority/countries.yaml``.
The tables are built once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache

import yaml

from ..resources import authority_dir

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


#: Where a name may start and end in a normalised text: not inside a word.
_START = re.compile(r"(?<!\w)")
_END = re.compile(r"(?!\w)")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], frozenset[str], int]:
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
    every = frozenset(f for f in (*names, *demonyms) if f)
    return names, demonyms, every, max(map(len, every), default=0)


def country_code(text: str) -> str | None:
    """The ISO code when ``text`` is, as a whole, a country's name in a known language."""
    names, _, _, _ = _tables()
    return names.get(normalise(text))


def find_countries(text: str) -> Iterator[str]:
    """ISO codes of the countries a longer text names, by name or adjective, in order."""
    yield from _countries_in(text)


@lru_cache(maxsize=1 << 16)
def _countries_in(text: str) -> tuple[str, ...]:
    # The same names and words come back in document after document: scan each once.
    names, demonyms, _, _ = _tables()
    found = _forms_in(normalise(text))
    return tuple(code for code in (names.get(f) or demonyms.get(f) for f in found) if code)


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
    from babel import Locale

    return Locale.parse(language).territories.get(code.upper())
