"""Language detection of prose: by its script where one language alone writes it, else with lingua
among the languages of the genre that write that script.

A sample's letters say its script. Greek, Hebrew, Georgian, Armenian, Korean, Thai, Tamil,
Bengali and Hindi (Devanagari) are each the only language of :data:`LANGUAGES` in their script,
and Japanese is the only one with kana: a sample in one of them is in that language, and no
detector is asked. Chinese characters without kana are Chinese. Urdu is told from Persian and
Arabic by the letters only it writes (ٹ ڈ ڑ ں ے). A sample in the Latin, Cyrillic
or Arabic script goes to a lingua detector of the languages of :data:`LANGUAGES` that write it,
in low-accuracy mode (trigram models only): on every prose line of the development corpus it
decides as the full models do among all the languages (``bench/languages.py`` measures it), it
loads in half a second instead of ten, with a tenth of the memory (the full models cost about
1 GB per process).

Only the first :data:`~kzld.limits.LANGUAGE_SAMPLE` characters of a text are looked at, cut at
a word's end: they decide as the whole does, and the detector's time grows with the length.
Web addresses, e-mail addresses, handles and numbers are no language: they are taken out before
detecting, and a text with too few letters left ("E-mail : press@example.org") has none.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from lingua import Language, LanguageDetectorBuilder

from ..limits import LANGUAGE_SAMPLE

__all__ = ["LANGUAGES", "detect", "script_of"]

#: lingua language names the detector chooses among: the languages of the genre's statements,
#: leaving out close neighbours that trigrams confuse with them on short lines (Bosnian beside
#: Serbian and Croatian, Nynorsk beside Bokmål, Macedonian and Belarusian beside Bulgarian and
#: Russian, Urdu beside Persian, Marathi beside Hindi). A language that publishes statements is
#: never left out for want of a neighbour: without Vietnamese a Vietnamese text is read as the
#: nearest language the detector knows (Icelandic), and without Malay a Malay one as Indonesian.
LANGUAGES = (
    "ENGLISH", "RUSSIAN", "SPANISH", "FRENCH", "GERMAN", "DUTCH", "ITALIAN", "PORTUGUESE",
    "ARABIC", "TURKISH", "GREEK", "UKRAINIAN", "BULGARIAN", "POLISH", "SWEDISH", "DANISH",
    "BOKMAL", "FINNISH", "CZECH", "SERBIAN", "CROATIAN", "ALBANIAN", "PERSIAN", "KAZAKH",
    "HUNGARIAN", "ROMANIAN", "CATALAN", "HINDI", "BENGALI", "HEBREW", "ARMENIAN", "GEORGIAN",
    "SLOVAK", "SLOVENE", "LITHUANIAN", "LATVIAN", "ESTONIAN", "ICELANDIC", "TAMIL", "BASQUE",
    "INDONESIAN", "JAPANESE", "KOREAN", "CHINESE", "THAI", "MALAY", "VIETNAMESE", "IRISH",
    "WELSH", "TAGALOG", "SWAHILI", "AZERBAIJANI",
)  # fmt: skip

#: Scripts (the first word of a letter's Unicode name) that one language of :data:`LANGUAGES`
#: alone writes, with its tag. Chinese characters are Japanese beside kana (see :func:`_cjk`).
_ONE_LANGUAGE = {
    "GREEK": "el", "HEBREW": "he", "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "THAI": "th", "TAMIL": "ta", "BENGALI": "bn",
    "DEVANAGARI": "hi", "CJK": "zh",
}  # fmt: skip
#: The scripts of several languages of :data:`LANGUAGES`, with lingua's languages of each.
_SHARED = {
    "LATIN": Language.all_with_latin_script,
    "CYRILLIC": Language.all_with_cyrillic_script,
    "ARABIC": Language.all_with_arabic_script,
}
#: Letters of the Arabic script that Urdu writes and Arabic and Persian do not (ٹ ڈ ڑ ں ے):
#: Urdu is no candidate of the detector, whose trigrams confuse it with Persian on short lines,
#: but a sample with these letters is Urdu.
_URDU_LETTERS = frozenset("ٹڈڑںے")
#: How many of them make a sample Urdu.
_URDU = 2
#: The least share of kana among the Japanese and Chinese letters of a Japanese sample (a
#: Japanese sentence is a third kana or more; a Chinese one may quote a Japanese name).
_KANA = 0.1

#: What carries no language: web and e-mail addresses, handles, hashtags, numbers.
_NO_LANGUAGE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[@#]\w+|\d[\d.,:/-]*")
#: The fewest letters a text needs to be given a language.
_LETTERS = 15


@lru_cache(maxsize=1 << 12)
def script_of(letter: str) -> str:
    """The script of ``letter``: the first word of its Unicode name (``LATIN``, ``CYRILLIC``,
    ``CJK``, ``HIRAGANA``, ...), or ``""`` when it has none."""
    name = unicodedata.name(letter, "")
    if name.startswith(("HALFWIDTH KATAKANA", "HALFWIDTH HANGUL")):
        return name.split()[1]
    return name.split(" ", 1)[0]


@cache
def _detector(script: str) -> Any:
    """lingua's low-accuracy detector of the languages of :data:`LANGUAGES` in ``script``."""
    ours = {getattr(Language, name) for name in LANGUAGES}
    return (
        LanguageDetectorBuilder.from_languages(*(ours & set(_SHARED[script]())))
        .with_low_accuracy_mode()
        .build()
    )


def _cjk(scripts: Counter[str]) -> str:
    kana = scripts["HIRAGANA"] + scripts["KATAKANA"]
    return "ja" if kana >= _KANA * (kana + scripts["CJK"]) else "zh"


def _cut(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, without a word cut in two at the end."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    return head.rsplit(None, 1)[0] if not text[limit].isspace() and " " in head else head


def detect(text: str, limit: int = LANGUAGE_SAMPLE) -> str | None:
    """The BCP 47 tag of ``text``'s language, from its first ``limit`` characters, or ``None``
    when undecided or when it has too few letters once addresses and numbers are taken out."""
    sample = _NO_LANGUAGE.sub(" ", _cut(text, limit))
    scripts = Counter(script_of(c) for c in sample if c.isalpha())
    if sum(scripts.values()) < _LETTERS:
        return None
    script = scripts.most_common(1)[0][0]
    if script in ("CJK", "HIRAGANA", "KATAKANA"):
        return _cjk(scripts)
    if script in _ONE_LANGUAGE:
        return _ONE_LANGUAGE[script]
    if script not in _SHARED:
        return None
    if script == "ARABIC" and sum(c in _URDU_LETTERS for c in sample) >= _URDU:
        return "ur"
    language = _detector(script).detect_language_of(sample)
    if language is None:
        return None
    code: str = language.iso_code_639_1.name.lower()
    return "no" if code == "nb" else code
