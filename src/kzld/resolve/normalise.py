"""Normalised forms of organisation names: the keys names are compared and identified by.

:func:`normalise` is the exact key (case, accents, quotes, dashes, punctuation, the article "the"
and the contraction "CP" for "Communist Party" do not count). :func:`loose_key` forgets word order,
small link words and how a country is named ("Norway"/"Norwegian"/"of Norway"), and
is only trusted when it points at exactly one organisation. :func:`abbreviation_key` compares
abbreviations ("PKP 1930" = "PKP-1930"). :func:`new_key` is the deterministic key of an
organisation the authority does not list: ``x-`` and an ASCII slug of its normalised name, so it
can never collide with an authority key (those may not start with ``x-``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache

from ..model.countries import find_countries

__all__ = [
    "NEW_PREFIX",
    "abbreviation_key",
    "ascii_slug",
    "loose_key",
    "name_countries",
    "new_key",
    "normalise",
    "tokens",
]

#: Prefix of the keys of organisations the authority does not list.
NEW_PREFIX = "x-"

#: Longest key slug (longer ones are cut and end in a hash of the whole name).
MAX_SLUG = 80

#: Quote marks and apostrophes, dropped ("Workers’" = "Workers'" = "Workers").
_QUOTES = dict.fromkeys(map(ord, "'’‘‚‛`´\"“”„‟«»‹›"), None)

#: Contractions written for whole words in English names.
_CONTRACTIONS = {"cp": ("communist", "party"), "cps": ("communist", "parties")}

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


class _Uncombined(dict[int, int | None]):
    """A :meth:`str.translate` table dropping combining characters, filled on first use."""

    def __missing__(self, code: int) -> int | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else code
        return kept


_UNCOMBINED = _Uncombined()
#: How many results each memoised function keeps (names recur from document to document).
_CACHED = 1 << 16


def _fold(text: str) -> str:
    if text.isascii():  # no compatibility forms, no accents: only the case and the quotes
        return text.casefold().translate(_QUOTES)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFKD", text).translate(_UNCOMBINED)
    return unicodedata.normalize("NFKC", text).translate(_QUOTES)


@lru_cache(maxsize=_CACHED)
def tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` after folding, contractions expanded, articles dropped."""
    folded = _fold(text)
    while (again := _fold(folded)) != folded:
        folded = again
    words: list[str] = []
    for word in re.findall(r"[^\W_]+", folded):
        if word in _ARTICLES:
            continue
        words.extend(_CONTRACTIONS.get(word, (word,)))
    return tuple(words)


@lru_cache(maxsize=_CACHED)
def normalise(text: str) -> str:
    """The exact comparison key of a name; idempotent."""
    return " ".join(tokens(text))


@cache
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
    """The comparison key of an abbreviation: capitals and digits only ("PKP-1930" -> "PKP1930")."""
    return "".join(re.findall(r"[^\W_]+", _fold(text))).upper()


def ascii_slug(text: str) -> str:
    """``[a-z0-9-]`` slug of a name, transliterating Cyrillic and Greek; "" when nothing is left."""
    words = (w.translate(_CYRILLIC_GREEK) for w in tokens(text))
    ascii_words = ("".join(c for c in w if c.isascii() and c.isalnum()) for w in words)
    return "-".join(w for w in ascii_words if w)


@lru_cache(maxsize=_CACHED)
def new_key(name: str, country: str | None = None) -> str:
    """The key of an organisation the authority does not list.

    ``x-`` + the ASCII slug of its normalised name, + ``-<country>`` when a country is known that
    the name does not itself name (so that two "Communist Party (Marxist-Leninist)" of different
    countries stay apart). A name that loses letters in the slug (scripts other than Latin,
    Cyrillic and Greek), or is too long, ends in a short hash of its normalised form.
    """
    slug = ascii_slug(name)
    normal = normalise(name)
    lossy = len(slug.replace("-", "")) < len(normal.replace(" ", "").translate(_CYRILLIC_GREEK))
    if lossy or not slug or len(slug) > MAX_SLUG:
        digest = hashlib.sha256(normal.encode("utf-8")).hexdigest()[:8]
        slug = "-".join(part for part in (slug[:MAX_SLUG].strip("-"), digest) if part)
    if country and country not in name_countries(name):
        slug = f"{slug}-{country.lower()}"
    return NEW_PREFIX + slug
