"""The marks that end a sentence in the scripts other than Latin, written out once.

The Latin full stop, question and exclamation marks (which Cyrillic, Greek and the scripts of
India write too) every reader spells where it reads them. The stops of the other scripts are
named here, and the readers that end a sentence at them build their sets from these:

- Chinese and Japanese, written without spaces between words, end a sentence with the
  ideographic full stop "。" or the full-width "！" and "？", and write no space after it
  (:data:`UNSPACED_STOPS`);
- the scripts written with spaces between words (or between phrases, as Burmese) end one with
  a mark of their own before a space (:data:`SPACED_STOPS`): the danda "।" of the scripts of
  India, the Urdu full stop "۔" and the Arabic question mark "؟", the Armenian full stop "։",
  the Ethiopic full stop "።" (or its two wordspaces "፡፡") and the Burmese "။".

A reader that ends a sentence at some of these only spells the ones it reads (a list's entry
closed by a danda, a paragraph cut short); the double danda "॥", the Khmer "។" and the
full-width full stop "．" are read by a reader or two and stand there. The marks that part a
list's entries are :mod:`.separators`'.
"""

from __future__ import annotations

__all__ = ["SPACED_STOPS", "UNSPACED_STOPS"]

#: What ends a sentence in Chinese and Japanese, with no space after it: the ideographic full
#: stop and the full-width exclamation and question marks.
UNSPACED_STOPS = "。！？"
#: What ends a sentence, before a space, in the scripts other than Latin written with spaces:
#: the danda, the Urdu full stop, the Arabic question mark, the Armenian, Ethiopic and Burmese
#: full stops, and the Ethiopic two wordspaces (one alone parts words).
SPACED_STOPS: tuple[str, ...] = (*"।۔؟։።။", "፡፡")
