"""How kzld compares text: one folding of case, compatibility forms and accents, and the few
variants that a use really needs.

- :func:`fold`: the folding (case folded, compatibility forms decomposed, combining marks
  dropped, Turkish dotless ``ı`` as ``i``): ``İMZACILAR`` -> ``imzacilar``. The reader's cue words
  and dates, and country names (:func:`country_key`, which also unifies apostrophes and reduces
  the text to its words), are compared in it.
- :func:`fold_name`: the same for organisation names, composed again afterwards (so that a
  Hangul syllable stays one character) and without quotation marks, as the resolver's keys and
  its type words are.
- :func:`fold_in_place`: accents dropped from precomposed letters, one character for one
  character, so that offsets into the result are offsets into the text (the event finder
  matches in it and reports spans of the text).
- :func:`case_key`: case keys that agree with the ``re`` module (below), for filters in front
  of case-insensitive regular expressions.

Case keys agree with the ``re`` module: two texts a case-insensitive regular expression takes for
one another have one key.

The prose and event finders use these keys to skip, before running their regular expressions, the
patterns whose words a text does not contain. That is only safe if the keys never tell apart what
``re.IGNORECASE`` joins, so they are built from the same tables the regular expression engine
compiles case-insensitive literals with (its simple lower-case mapping, plus the few characters it
joins beyond that, such as ``s``/``ſ`` and ``i``/``ı``). Keys may join more than the engine does
(a filter may let through too much, never too little); they keep the length of the text, one
character for one character, as the engine matches literals.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache

from ..answers import Answers

__all__ = [
    "WORD_ALIKE",
    "WORD_MARKS",
    "case_key",
    "char_key",
    "country_key",
    "fold",
    "fold_in_place",
    "fold_name",
]

#: Apostrophes written for ``'``.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
#: Letters of the Arabic script that regions write for one letter, which names are compared
#: without telling apart: the dotless final yeh of Egyptian usage (alef maksura) and the
#: Persian yeh for the Arabic yeh, the Persian keheh for the Arabic kaf ("الاشتراكى",
#: "الاشتراكي", "الاشتراکی" are one word), and the Persian heh with yeh above, which is the heh
#: with a hamza above written as one letter ("فرقۀ", "فرقهٔ"; folded before the hamza is dropped,
#: which would leave the Kurdish letter ae).
_ARABIC_LETTERS = str.maketrans(
    {"\u0649": "\u064a", "\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c0": "\u0647"}
)


def _unified(text: str) -> str:
    """``text`` with :data:`_APOSTROPHES` and :data:`_ARABIC_LETTERS` written as one (a
    :meth:`str.replace` a character is cheaper than :meth:`str.translate` of a text whose
    characters are mostly not in the table; no character written is one replaced)."""
    for table in (_APOSTROPHES, _ARABIC_LETTERS):
        for code, written in table.items():
            char = chr(code)
            if char in text:
                text = text.replace(char, str(written))
    return text


#: Quotation marks and apostrophes, which names are compared without.
_QUOTES = dict.fromkeys(map(ord, "'’‘‚‛`´\"“”„‟«»‹›"), None)
#: The longest text whose folded form :func:`fold` remembers (cue words and names recur).
_REMEMBERED = 80
#: How many names and words :func:`fold_name` and :func:`country_key` each remember (fewer than
#: :func:`fold`, which the reader asks of every word of every line).
_NAMES_KEPT = 1 << 14


class _Uncombined(dict[int, int | None]):
    """A :meth:`str.translate` table dropping combining characters, filled on first use."""

    def __missing__(self, code: int) -> int | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else code
        return kept


_UNCOMBINED = _Uncombined()


def _folded(text: str) -> str:
    # ASCII has no compatibility forms, accents or dotless i: only the case (casefold is lower)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ı", "i"))
    return decomposed if decomposed.isascii() else decomposed.translate(_UNCOMBINED)


#: ``text`` without case, compatibility forms or accents: ``İMZACILAR`` -> ``imzacilar``.
fold: Callable[[str], str] = Answers(_folded, _REMEMBERED)


#: The vowel signs and other marks inside the words of the scripts of India and South-East Asia
#: that :func:`fold` keeps (combining class 0): ``\w`` leaves them out, so a word such as
#: "पार्टी" would fall apart at them.
WORD_MARKS = "".join(
    chr(code)
    for code in range(0x0900, 0x1100)
    if unicodedata.category(chr(code)) in {"Mn", "Mc"} and not unicodedata.combining(chr(code))
)
_NOT_IN_WORD = re.compile(rf"[^\w'{WORD_MARKS}]+")


def _country_key(text: str) -> str:
    # of the apostrophes and Arabic letters only the backquote is ASCII
    unified = text.replace("`", "'") if text.isascii() else _unified(text)
    folded = fold(unified)
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded).translate(_ARABIC_LETTERS)
    return " ".join(_NOT_IN_WORD.sub(" ", folded).split())


#: :func:`fold` of ``text`` reduced to its words (and apostrophes), one space between; the
#: syllables of Hangul composed again (:func:`fold` takes them apart); the regional forms of
#: Arabic letters as one, as in :func:`fold_name`. Remembered as :func:`fold` is: the names
#: and words of a text are asked about by each reader of countries.
country_key: Callable[[str], str] = Answers(_country_key, _REMEMBERED, _NAMES_KEPT)


def _fold_name(text: str) -> str:
    if text.isascii():  # no compatibility forms, no accents: only the case and the quotes
        return text.casefold().translate(_QUOTES)
    text = unicodedata.normalize("NFKC", text).casefold().translate(_ARABIC_LETTERS)
    text = unicodedata.normalize("NFKD", text).translate(_UNCOMBINED)
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_ARABIC_LETTERS)


#: A name folded for comparison: case, compatibility forms and accents away, composed again,
#: quotation marks dropped, the regional forms of Arabic letters as one. Remembered as
#: :func:`fold` is: the resolver folds the same names and their words again and again.
fold_name: Callable[[str], str] = Answers(_fold_name, _REMEMBERED, _NAMES_KEPT)


@cache
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return char


class _FoldTable(dict[int, str]):
    """A :meth:`str.translate` table of :func:`_fold_char`, filled on first use of a character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_IN_PLACE = _FoldTable()


def fold_in_place(text: str) -> str:
    """``text`` with accents removed from precomposed letters, character for character (so
    offsets into the result are offsets into ``text``)."""
    return text.translate(_IN_PLACE)


# the tables CPython's regular expression compiler compiles IGNORECASE literals with
_tolower: Callable[[int], int] = importlib.import_module("_sre").unicode_tolower
_EXTRA_CASES: Mapping[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES


#: The characters that are not word characters (``\W``) but that ``re.IGNORECASE`` takes for a
#: word character (U+0345, the combining Greek iota, for ``ι``): splitting a text into words at
#: them may cut a case-insensitive match in two.
WORD_ALIKE = "\u0345"

_WORD_CHAR = re.compile(r"[^\W_]")


class _Table(dict[int, int]):
    """A :meth:`str.translate` table filled on first use of each character."""

    def __missing__(self, code: int) -> int:
        lower = _tolower(code)
        group = (lower, *_EXTRA_CASES.get(lower, ()))
        # a word character where the group has one, so that a text's words are its keys' words
        words = [c for c in group if _WORD_CHAR.match(chr(c))]
        key = min(words or group)
        self[code] = key
        return key


_TABLE = _Table()


def char_key(char: str) -> str:
    """The key of one character."""
    return chr(_TABLE[ord(char)])


def case_key(text: str) -> str:
    """The key of ``text``: each character replaced by its key (same length as ``text``).

    A character and its key are both word characters (``[^\\W_]``) or both not, except those of
    :data:`WORD_ALIKE`: so the words of a text's key are the keys of its words.
    """
    return text.translate(_TABLE)
