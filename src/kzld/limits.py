"""The size limits kzld enforces on what it reads, in one place (SECURITY.md explains them).

Every limit is checked before the expensive work starts and, when exceeded, raises an
:class:`~kzld.errors.InputError` naming the file (and line) and the limit. The figures are far
above any real statement (the largest seed is about 100 kB) and low enough that the worst input
under them is read in bounded time and memory.
"""

from __future__ import annotations

__all__ = [
    "LANGUAGE_SAMPLE",
    "MAX_JSON_DEPTH",
    "MAX_LINE_CHARS",
    "MAX_RDF_BYTES",
    "MAX_TEXT_BYTES",
    "describe",
]

#: The largest source text read, in bytes (4 MiB: about 40 times the largest seed).
MAX_TEXT_BYTES = 4 * 1024 * 1024
#: The longest line of a source text, in characters (1 MiB).
MAX_LINE_CHARS = 1024 * 1024
#: How many characters of a paragraph the language detector looks at (the start decides): the
#: fewest that answer as 4,096 do on every text the reader asks about in the development corpus
#: (``bench/languages.py``; 256 already takes a Spanish paragraph opening on Catalan names for
#: Catalan).
LANGUAGE_SAMPLE = 384
#: The largest RDF file ``kzld check`` reads, in bytes (256 MiB).
MAX_RDF_BYTES = 256 * 1024 * 1024
#: The deepest nesting of arrays and objects accepted in a JSON-LD file.
MAX_JSON_DEPTH = 256


def describe(size: int) -> str:
    """``size`` bytes as people read it: ``4 MiB``, ``256 MiB``, ``1,500 bytes``."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size:,} bytes"
