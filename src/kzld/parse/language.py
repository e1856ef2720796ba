"""Language detection of prose with lingua, restricted to the languages of this genre.

The detector runs in lingua's low-accuracy mode (trigram models only): the reader only asks it
about prose lines of 25 characters or more, where that mode decides as the full models do on every
text of ``seeds/`` and ``tests/data/``, and it loads in half a second instead of ten, with a
tenth of the memory (the full models cost about 1 GB per process).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from lingua import Language, LanguageDetectorBuilder

from ..limits import LANGUAGE_SAMPLE

__all__ = ["LANGUAGES", "detect"]

#: lingua language names the detector chooses among.
LANGUAGES = (
    "ENGLISH", "RUSSIAN", "SPANISH", "FRENCH", "GERMAN", "DUTCH", "ITALIAN", "PORTUGUESE",
    "ARABIC", "TURKISH", "GREEK", "UKRAINIAN", "BULGARIAN", "POLISH", "SWEDISH", "DANISH",
    "BOKMAL", "FINNISH", "CZECH", "SERBIAN", "CROATIAN", "ALBANIAN", "PERSIAN", "KAZAKH",
    "HUNGARIAN", "ROMANIAN",
)  # fmt: skip


@cache
def _detector() -> Any:
    return (
        LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in LANGUAGES))
        .with_low_accuracy_mode()
        .build()
    )


def detect(text: str) -> str | None:
    """The BCP 47 tag of ``text``'s language, or ``None`` when undecided.

    Only the first :data:`~kzld.limits.LANGUAGE_SAMPLE` characters are looked at: they decide
    as well as the whole does, and the detector's time grows with the length.
    """
    language = _detector().detect_language_of(text[:LANGUAGE_SAMPLE])
    if language is None:
        return None
    code: str = language.iso_code_639_1.name.lower()
    return "no" if code == "nb" else code
