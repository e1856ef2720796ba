"""Signers a stated number of organisations points at: "Quattordici associazioni (al fianco di A,
B e C ci sono D, ... e N) ...", "رحبت 9 منظمات ... وأعربت منظمات؛ A، وB، ...", "Vyama hivyo ni
pamoja na A, B, ...", "A、B、C、D今日召開記者會 ... 四黨".

The rule. A sentence that states a number N of organisations (a number, in digits or in words,
with a word for organisations after it: :func:`.enumerated.counted_in`; or the text's stated
total, :func:`.totals.stated_total`, written in it: "VYAMA 12") points at an enumeration near it
whose items number exactly N: those items are the signers, even when they carry no type word, no
capitals or no quotation marks. The count is the evidence that replaces them. Near is:

- the brackets right after the count, read whole: their names by capitals, one run after another
  with at most a few words in lower case between runs ("al fianco di A, B e C ci sono D, E"),
  or, in a script without capitals, their parts;
- the count's own sentence, before or after it (:func:`.enumerated.read_run`);
- the lines right after the count's sentence when it ends its paragraph: exactly N lines, each a
  paragraph of one name (a list's marker, "1." or "১.", and a closing comma taken off);
- one of the next three sentences, when the words before its enumeration are its cue (a word for
  organisations, a word of signing) or there are none (the enumeration opens the sentence).

Items must still be names (:func:`.enumerated.read_run`: short, no sentence's end, no person, no
number; in capitals, each one shaped as a signer's name). Where a text states several numbers,
each points only at an enumeration of its own size; a count that matches no enumeration takes
nothing. An enumeration whose cue counts something else ("five demands: A, B, C, D and E") is
that thing's, whatever number of organisations the text states elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.folding import fold
from ..model.records import Section
from .enumerated import (
    TOKEN,
    counted_in,
    is_uncased,
    may_be_name,
    names_whole,
    paragraph_sentences,
    read_run,
)
from .lists import ITEM
from .names import generic_plural, is_person, is_type_word
from .outside import signers_section
from .provenance import reads
from .runs import name_run
from .spans import signing_words
from .text import Line
from .totals import number_value

__all__ = ["count_signers"]

#: How many sentences after the count's an enumeration may open.
_FOLLOWING = 3
#: The longest sentence read for an enumeration near a count (thirty names of 80 characters).
_LONGEST = 2400
#: How many words may stand between a count and the bracket holding its names ("Quattordici
#: associazioni del territorio (").
_TO_BRACKET = 4
#: The most words in lower case between two runs of names inside a bracket ("ci sono").
_BETWEEN = 4
#: What closes a list's item on its line: a comma, a semicolon, a full stop ("।" too).
_CLOSING = " ,;.।"
#: The words that may stand between a count and the bracket holding its names.
_OPENING = re.compile(rf"(?:\s+[^\W\d_][\w'’-]*){{0,{_TO_BRACKET}}}\s*\(")

#: A sentence of the text: the paragraph it is in, its offset in the document, its text.
Sentence = tuple[Line, int, str]


@reads
def count_signers(paragraphs: list[Line], total: int | None) -> list[Section]:
    """The signers each count of organisations in ``paragraphs`` points at (the module's
    docstring); ``total`` is the text's stated total, a count wherever it is written."""
    found: list[Section] = []
    sentences = list(_sentences(paragraphs))
    for k, (_, _, sentence) in enumerate(sentences):
        for n, end in _counts(sentence, total):
            names = _pointed(sentences, k, n, end)
            if names:
                found.append(signers_section(names[0], names[1], "phrase"))
                break
    return found


def _sentences(paragraphs: list[Line]) -> Iterator[Sentence]:
    """The sentences of ``paragraphs`` in text order (:func:`.enumerated.paragraph_sentences`),
    each stripped."""
    for paragraph in paragraphs:
        for at, sentence in paragraph_sentences(paragraph):
            stripped = sentence.strip()
            if stripped:
                yield paragraph, at + len(sentence) - len(sentence.lstrip()), stripped


def _counts(sentence: str, total: int | None) -> list[tuple[int, int]]:
    """The counts of organisations ``sentence`` states, each with where its number ends: a
    number and a word for organisations, and the text's stated total written as a number; not
    the number of a list's item ("3. X Federation")."""
    marker = ITEM.match(sentence)
    found = [(n, end) for n, end in counted_in(sentence) if not marker or end > marker.end()]
    if total is not None and all(n != total for n, _ in found):
        written = [
            m for m in TOKEN.finditer(sentence) if number_value(m.group(), glued=True) == total
        ]
        found += [(total, m.end()) for m in written if not marker or m.end() > marker.end()][:1]
    return found


def _pointed(
    sentences: list[Sentence], k: int, n: int, end: int
) -> tuple[Line, list[tuple[int, str]]] | None:
    """The ``n`` names the count ending at ``end`` in sentence ``k`` points at, with the
    paragraph they are in: in the brackets after it, in its sentence, in a sentence after it."""
    paragraph, offset, sentence = sentences[k]
    bracketed = _bracketed(sentence, end, n)
    if bracketed:
        return paragraph, [(offset + at, name) for at, name in bracketed]
    names = _run(sentence, n, cued=True)
    if names:
        return paragraph, [(offset + at, name) for at, name in names]
    block = _block(sentences, k, n)
    if block:
        return block
    for later, at_, text in sentences[k + 1 : k + 1 + _FOLLOWING]:
        names = _run(text, n, cued=False)
        if names:
            return later, [(at_ + at, name) for at, name in names]
    return None


def _block(sentences: list[Sentence], k: int, n: int) -> tuple[Line, list[tuple[int, str]]] | None:
    """The ``n`` names of the lines right after the count's sentence ``k`` when it ends its
    paragraph: each line a paragraph of one name (its marker and closing comma taken off), and
    exactly ``n`` such lines before the first that is none."""
    if not _last(sentences, k):
        return None  # the sentence goes on in its paragraph: no lines follow it
    names: list[tuple[int, str]] = []
    for j in range(k + 1, min(k + n + 2, len(sentences))):
        line, at, text = sentences[j]
        if not (_last(sentences, j) and sentences[j - 1][0] is not line) or len(text) > _LONGEST:
            break  # a line of one name is a paragraph of one sentence, and short
        marker = ITEM.match(text)
        item = text[marker.end() if marker else 0 :].rstrip(_CLOSING)
        if not item or not may_be_name(item):
            break
        names.append((at + text.find(item), item))
    if len(names) != n or not names_whole([name for _, name in names]):
        return None
    return sentences[k + n][0], names  # the last line: a page cut short ends with a fragment


def _last(sentences: list[Sentence], k: int) -> bool:
    """True when sentence ``k`` ends its paragraph."""
    return k + 1 == len(sentences) or sentences[k + 1][0] is not sentences[k][0]


def _run(sentence: str, n: int, cued: bool) -> list[tuple[int, str]]:
    """The ``n`` names of an enumeration in ``sentence``; ``cued`` when the count is in the
    sentence, else the words before the enumeration must be its cue (or none)."""
    if len(sentence) > _LONGEST:
        return []  # no sentence of thirty names or fewer is so long: each reading is linear
    names = read_run(sentence, n, near=True)
    if not names:
        return []
    lead = sentence[: names[0][0]]
    if _counts_other(lead):
        return []  # "five demands: ...": the enumeration is of what its own cue counts
    if not cued and lead.strip(" \"«“„'(") and not _cue(lead):
        return []
    return names


def _cue(lead: str) -> bool:
    """True when the words ``lead`` before an enumeration say that organisations follow: a word
    for organisations (in the plural, or a type word: "Vyama hivyo ni pamoja na", "وأعربت
    منظمات؛") or a word of signing."""
    words = [m.group() for m in TOKEN.finditer(lead)]
    signing = signing_words()
    return any(generic_plural(w) or is_type_word(w) or signing.matches(fold(w)) for w in words[-6:])


def _counts_other(lead: str) -> bool:
    """True when the last number in ``lead`` counts no organisations ("five demands:")."""
    numbers = [m for m in TOKEN.finditer(lead) if number_value(m.group(), glued=True) is not None]
    if not numbers:
        return False
    counted = {at for _, at in counted_in(lead)}
    return numbers[-1].end() not in counted


def _bracketed(sentence: str, end: int, n: int) -> list[tuple[int, str]]:
    """The ``n`` names in the brackets that open a few words after a count ending at ``end``
    ("Quattordici associazioni del territorio (A, ...)"), with their offsets in ``sentence``."""
    opening = _OPENING.match(sentence, end)
    if opening is None:
        return []
    start = opening.end()
    # read no further than the longest bracket: a long sentence of many counts costs its length
    close = sentence.find(")", start, start + _LONGEST + 1)
    if close < 0 and len(sentence) - start > _LONGEST:
        return []
    inner = sentence[start : close if close > 0 else len(sentence)]
    if "(" in inner:
        return []  # a bracket inside: the names' own abbreviations, read by the runs of lists
    if is_uncased(inner):
        return [(start + at, name) for at, name in read_run(inner, n, near=True)]
    names = _capital_runs(inner)
    return [(start + at, name) for at, name in names] if len(names) == n else []


def _capital_runs(text: str) -> list[tuple[int, str]]:
    """The names by capitals of ``text``, one run after another, with at most a few words in
    lower case before and between runs ("al fianco di A, B e C ci sono D, E"), when they fill
    it; else none."""
    names: list[tuple[int, str]] = []
    at = 0
    while at < len(text.rstrip()):
        start = _past_lower(text, at)
        found, length = name_run(text[start:], start, relaxed=True)
        if not found or length == 0:
            return []
        names += found
        at = start + length
        at += len(text[at:]) - len(text[at:].lstrip(" ,;:"))
    if any(is_person(name) for _, name in names):
        return []
    return names


def _past_lower(text: str, at: int) -> int:
    """Where the next name may open in ``text`` from ``at``: past a few words in lower case."""
    for _ in range(_BETWEEN):
        word = re.match(r"\s*([^\W\d_][\w'’-]*)\s+", text[at:])
        if word is None or not word.group(1)[:1].islower():
            break
        at += word.end()
    return at + len(text[at:]) - len(text[at:].lstrip())
