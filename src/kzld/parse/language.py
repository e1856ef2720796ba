"""Language detection of prose with lingua, restricted to the languages of this genre.

The detector runs in lingua's low-accuracy mode (trigram models only): the reader only asks it
about prose lines of 25 characters or more, where that mode decides as the full models do on every
text of ``seeds/`` and ``tests/data/``, and it loads in half a second instead of ten, with a
tenth of the memory (the full models cost about 1 GB per process).

Web addresses, e-mail addresses, handles and numbers are no language: they are taken out before
detecting, and a text with too few letters left ("E-mail : press@example.org") has none.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lingua import Language, LanguageDetectorBuilder

from ..limits import LANGUAGE_SAMPLE

__all__ = ["LANGUAGES", "detect"]

#: lingua language names the detector chooses among: the languages of the genre's statements,
#: leaving out close neighbours that trigrams confuse with them on short lines (Bosnian beside
#: Serbian and Croatian, Nynorsk beside Bokmål, Macedonian and Belarusian beside Bulgarian and
#: Russian, Urdu beside Persian, Marathi beside Hindi).
LANGUAGES = (
    "ENGLISH", "RUSSIAN", "SPANISH", "FRENCH", "GERMAN", "DUTCH", "ITALIAN", "PORTUGUESE",
    "ARABIC", "TURKISH", "GREEK", "UKRAINIAN", "BULGARIAN", "POLISH", "SWEDISH", "DANISH",
    "BOKMAL", "FINNISH", "CZECH", "SERBIAN", "CROATIAN", "ALBANIAN", "PERSIAN", "KAZAKH",
    "HUNGARIAN", "ROMANIAN", "CATALAN", "HINDI", "BENGALI", "HEBREW", "ARMENIAN", "GEORGIAN",
    "SLOVAK", "SLOVENE", "LITHUANIAN", "LATVIAN", "ESTONIAN", "ICELANDIC", "TAMIL",
)  # fmt: skip

#: What carries no language: web and e-mail addresses, handles, hashtags, numbers.
_NO_LANGUAGE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[@#]\w+|\d[\d.,:/-]*")
#: The fewest letters a text needs to be given a language.
_LETTERS = 15


@cache
def _detector() -> Any:
    return (
        LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in LANGUAGES))
        .with_low_accuracy_mode()
        .build()
    )


def detect(text: str) -> str | None:
    """The BCP 47 tag of ``text``'s language, or ``None`` when undecided or when it has too few
    letters once addresses and numbers are taken out.

    Only the first :data:`~kzld.limits.LANGUAGE_SAMPLE` characters are looked at: they decide
    as well as the whole does, and the detector's time grows with the length.
    """
    sample = _NO_LANGUAGE.sub(" ", text[:LANGUAGE_SAMPLE])
    if sum(c.isalpha() for c in sample) < _LETTERS:
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    code: str = language.iso_code_639_1.name.lower()
    return "no" if code == "nb" else code
