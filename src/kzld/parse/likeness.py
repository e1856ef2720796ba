"""A learnt score of how much a phrase looks like an organisation's name (``likeness.json``).

The model is a logistic regression over hashed features of the phrase alone, so that it carries
to names it has never seen:

- character n-grams (3 and 4 letters) of the folded phrase, and its folded words (the first and
  the last apart): "partij", "-ation", "ковск" speak for a name in any language;
- its shape: number of words and letters, share of capitalised words, how it opens and ends,
  brackets, digits, separators, a line in capitals, the script of its first letter;
- the evidence of :mod:`.names` that needs no authority: type words and qualifiers of
  ``orgwords.yaml``, an abbreviation, a country's name (CLDR), words of prose, a sentence.

Whether the authority knows the name is left out on purpose: the reader weighs that apart, and a
model that learnt it would score only the names it was trained on. ``bench/train_likeness.py``
writes the model from the authority's names and the development corpus' tune texts; a build only
reads it.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..model.addresses import holds_address
from ..model.folding import fold
from ..model.scripts import script_of
from .names import evidence
from .remembered import remembered
from .text import has_case, words

__all__ = ["MODEL", "Likeness", "default_model", "features", "likeness", "unclosed"]

#: The shipped model.
MODEL = Path(__file__).with_name("likeness.json")
#: The n-gram lengths and the size of the hashed feature space (a model states its own).
_GRAMS = (3, 4)
#: The last characters a phrase's ending is told apart by.
_ENDS = '.!?:,;)»”"'
_SEPARATOR = re.compile(r"\s[–—-]\s|\s\|\s|\s/\s|\s·\s|\s•\s")
#: The punctuation that closes an item of a list ("1. Xandia Party.", "- Zetland Union;"): the
#: list's, not the name's.
_CLOSING = re.compile(r"(?<![.…])[.,;]\s*$")


def unclosed(text: str) -> str:
    """``text`` without the full stop, comma or semicolon that closes it as an item of a list (an
    ellipsis stays: it says the page cut the item short)."""
    return _CLOSING.sub("", text.rstrip()).rstrip()


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    """The index of the first edge ``value`` does not exceed (``len(edges)`` past the last)."""
    return next((k for k, edge in enumerate(edges) if value <= edge), len(edges))


def _script(text: str) -> str:
    """The script of the first letter of ``text`` (:func:`~kzld.model.scripts.script_of`), or
    ``NONE``."""
    return script_of(text) or "NONE"


def _capitals(found: list[str]) -> str:
    long = [w for w in found if len(w) >= 4]
    cased = [w for w in long if has_case(w[0])]
    if not long:
        return "short"
    if not cased:
        return "uncased"
    share = sum(1 for w in cased if w[0].isupper()) / len(cased)
    return "all" if share == 1 else "none" if share == 0 else "most" if share > 0.5 else "few"


def _opening(text: str) -> str:
    first = text.lstrip("«“\"'(‘„")[:1]
    if not first:
        return "empty"
    if first.isdigit():
        return "digit"
    if not first.isalpha():
        return "mark"
    if first.upper() == first.lower():
        return "uncased"
    return "upper" if first.isupper() else "lower"


def _shape(text: str, found: list[str]) -> list[str]:
    """The names of the shape and evidence features of ``text``."""
    stripped = text.rstrip()
    long = [w for w in found if len(w) >= 4]
    seen = evidence(text)
    shape = [
        f"words={_bucket(len(found), (0, 1, 2, 3, 4, 6, 9, 14, 20))}",
        f"chars={_bucket(len(text), (3, 6, 12, 25, 50, 80, 120))}",
        f"capitals={_capitals(found)}",
        f"opens={_opening(text)}",
        f"ends={stripped[-1:] if stripped[-1:] in _ENDS else 'other'}",
        f"script={_script(text)}",
        f"digits={_bucket(sum(c.isdigit() for c in text), (0, 2, 4))}",
        f"prose={min(seen.prose, 3)}",
        f"types={min(seen.types, 2)}",
        f"qualifiers={min(seen.qualifiers, 2)}",
    ]
    flags = {
        "bracket": "(" in text and ")" in text,
        "separator": bool(_SEPARATOR.search(text)),
        "capitals-line": len(long) >= 2 and all(w.isupper() for w in long),
        "abbreviation": seen.abbreviation,
        "country": seen.country,
        "sentence": seen.sentence,
        "lower-start": seen.lower_start,
        "link": holds_address(text),
        "quote": any(c in text for c in '«“"„'),
        "comma": "," in text,
    }
    shape += [f"{name}" for name, on in flags.items() if on]
    return shape


@remembered(kept=1 << 14)
def features(text: str, size: int) -> tuple[tuple[int, float], ...]:
    """The hashed features of ``text`` in a space of ``size``: (index, value) pairs, sorted by
    index, a feature hashed twice to one index summed. The phrase is weighed without the
    punctuation that closes it as a list's item (:func:`unclosed`): the names the model learns
    from are written without it, so it would learn the list's punctuation as the mark of no name."""
    text = unclosed(text)
    found = words(text)
    folded = [fold(w) for w in found]
    joined = " " + " ".join(folded) + " "
    grams = [joined[k : k + n] for n in _GRAMS for k in range(len(joined) - n + 1)]
    # (the CRC-32 of a name's kind, "g:", the names of that kind, each one's value)
    named = [(_KINDS["g:"], grams, 1 / math.sqrt(len(grams)) if grams else 0.0)]
    named += [(_KINDS["w:"], folded, 1 / math.sqrt(len(folded)) if folded else 0.0)]
    if folded:
        named += [(_KINDS["f:"], folded[:1], 1.0), (_KINDS["l:"], folded[-1:], 1.0)]
    named += [(_KINDS["s:"], _shape(text, found), 1.0)]
    values: dict[int, float] = {}
    # a feature's index is the CRC-32 of its name: computed afresh, cheaper than a memo's
    # lookup; the name's kind is taken into the sum once (the CRC-32 of "g:" + a gram is the
    # CRC-32 of the gram, begun from that of "g:")
    crc32 = zlib.crc32
    for kind, names, value in named:
        for name in names:
            index = crc32(name.encode("utf-8"), kind) % size
            values[index] = values.get(index, 0.0) + value
    return tuple(sorted(values.items()))


#: The CRC-32 of each kind of feature name, which the feature's own name goes on from.
_KINDS = {kind: zlib.crc32(kind.encode("utf-8")) for kind in ("g:", "w:", "f:", "l:", "s:")}


@dataclass(frozen=True, slots=True, eq=False)
class Likeness:
    """A trained model: the weight of each hashed feature, and the bias (compared and hashed as
    itself: its thousands of weights are never compared)."""

    bias: float
    weights: tuple[float, ...]

    @classmethod
    def load(cls, path: Path) -> Likeness:
        """The model written to ``path`` by ``bench/train_likeness.py``."""
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        return cls(float(data["bias"]), tuple(float(w) for w in data["weights"]))

    def score(self, text: str) -> float:
        """The probability, by this model, that ``text`` is an organisation's name."""
        weights = self.weights
        total = self.bias + sum(weights[i] * v for i, v in features(text, len(weights)))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def default_model() -> Likeness:
    """The shipped model."""
    return Likeness.load(MODEL)


@remembered(kept=1 << 15)
def likeness(text: str) -> float:
    """How much ``text`` looks like an organisation's name by the shipped model, from 0 to 1."""
    return default_model().score(text)
