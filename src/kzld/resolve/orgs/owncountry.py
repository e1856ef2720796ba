"""Which of the countries a name names is the organisation's own.

A name may name its own country beside another: the one it works with ("Comité Xandiano de
Solidaridad con Cuba": Xandian, in solidarity with Cuba), or the country its members came from
beside the one it is in ("Association des Xandiens en France"). :func:`own_countries` keeps, of
two countries or more, those that are not named only after a word for "with" (``with_words`` in
``authority/countries.yaml``), then, if that still leaves several, the one named right after a
word for "in" (``in_words`` in ``authority/typewords.yaml``) when one alone is. A name naming one
country keeps it: the choice is only ever among the countries the name names.
"""

from __future__ import annotations

from functools import lru_cache

from ...model.countries import country_code, find_countries, with_words
from ...model.folding import country_key
from .typewords import type_words

__all__ = ["own_countries"]

#: The most words of a country's name after a word for "in" ("in the United Arab Emirates").
_NAME_WORDS = 5


@lru_cache(maxsize=1 << 14)
def own_countries(text: str, countries: frozenset[str]) -> frozenset[str]:
    """Of ``countries``, those the name ``text`` names as its own (see the module's docstring)."""
    if len(countries) < 2:
        return countries
    words = country_key(text).split()
    withs = with_words()
    at = next((i for i, word in enumerate(words) if word in withs), None)
    if at is not None:
        before = set(find_countries(" ".join(words[:at])))
        kept = countries & before
        if kept:
            countries = frozenset(kept)
    if len(countries) < 2:
        return countries
    placed = {
        code
        for i, word in enumerate(words)
        if word in type_words().in_words
        for n in range(1, _NAME_WORDS + 1)
        if i + n < len(words) + 1
        and (code := country_code(" ".join(words[i + 1 : i + 1 + n]))) in countries
    }
    return frozenset(placed) if len(placed) == 1 else countries
