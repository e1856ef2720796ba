"""The gate a signer's entry passes before it is published: what a published name must carry.

Every reader (lists, titles, running sentences, phrases) hands its sections to :func:`published`,
which looks at each entry by its form, whatever the script, and keeps it, mends it or sets it
aside:

- an entry whose first words are a word of signing ("Among the signatories – X", "Signed by
  the X", "كما وقعته X") holds the sentence's frame before a name: a name never opens with the
  verb of its own signing. The name is what follows a dash or a colon after that word, or else
  its first capitalised word past a word in lower case (a capitalised word right after it makes
  the word of signing the name's own: "Xandian Sign Language Association"); where neither says
  where it starts (a script without capitals), the entry is set aside, and so is a name another
  entry publishes already;
- an entry that opens with a phrase for "as well as", "in addition to" ("إضافة إلى X", "as
  well as the X": ``addition_phrases`` of ``cues.yaml``) is the name after it;
- an entry of several words that ends with a colon ("X and Y issued the following statement:")
  introduces what follows: a name never ends with one;
- an abbreviation with a case ending after a hyphen ("XKP-a", "XKP-së") is a second signature
  of the abbreviation when another entry publishes it bare;
- a word for a kind of organisation alone ("Party", "Forum") that the text goes on after with
  a word joining a name's words ("Party for the Tenants", "Forum delle cooperative") is the head of
  a name cut short, no name.

An entry set aside this way is left out of the section; the others are numbered again (a list is
numbered 1..n), and a section left with no entry is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...model.folding import fold
from ...model.records import Entry, Section, Span
from ..cues import folded_words, phrase_alternation
from ..entries import split_entry
from ..names import is_abbreviation, is_bare_type_word, is_name_join
from ..spans import signing_words
from ..text import folded_in_place, words

__all__ = ["published"]

#: The word right after an entry on its line.
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
#: The fewest words of a line that a colon closes to introduce what follows.
_INTRODUCING = 3
#: An abbreviation and a case ending after a hyphen ("XKP-a", "ΞΚΚ-ου", "XKP-së").
_INFLECTED = re.compile(r"^(?P<abbreviation>\w+)[-–](?P<ending>[^\W\d_]{1,3})$")

#: How many of an entry's first words are read for a word of signing that frames it.
_FRAME = 3
#: Conjunctions written glued to the next word (Arabic and Persian "و"): taken off a word before
#: it is looked up.
_GLUED = ("و",)
#: The most words between a word of signing and the name it leads to ("signed by the").
_LEAD = 3
#: Marks after a frame that the name follows ("Among the signatories – X").
_MARKS = frozenset("–—-:")
#: Quotation marks and brackets that may open a name.
_OPENING = "\"'«“„‘(["


def published(sections: list[Section], text: str) -> list[Section]:
    """The ``sections`` of ``text`` with each entry as it is published: a frame of signing taken
    off its name, or the entry set aside (see the module's docstring)."""
    named = {fold(e.raw) for section in sections for e in section.entries}
    found: list[Section] = []
    for section in sections:
        passed = (_passed(e, named) for e in section.entries if not _cut_head(e, text))
        entries = [e for e in passed if e is not None]
        if entries == list(section.entries):
            found.append(section)
            continue
        if not entries and section.more_stated is None:
            continue
        renumbered = tuple(replace(e, position=n) for n, e in enumerate(entries, start=1))
        found.append(replace(section, entries=renumbered))
    return found


def _passed(entry: Entry, named: set[str]) -> Entry | None:
    """``entry`` as it passes the gate: itself, the name inside a frame, or ``None`` when it is
    no name (``named``: the entries of every section, folded)."""
    if _introducing(entry.raw) or _inflected_from(entry.raw) in named:
        return None
    start = _name_after_frame(entry.raw)
    if start is None:
        start = _name_after_addition(entry.raw)
    if start is not None:
        if start < 0 or fold(entry.raw[start:]) in named:
            return None
        return _from(entry, start)
    return entry


def _from(entry: Entry, start: int) -> Entry:
    """``entry`` read from its character ``start`` on (where its name starts)."""
    raw = entry.raw[start:]
    name, abbreviation, gloss, country = split_entry(" ".join(raw.split()))
    span = Span(entry.span.start + start, entry.span.end)
    return Entry(
        entry.position, raw, span, name, abbreviation, gloss, country or entry.country_hint
    )


def _name_after_addition(raw: str) -> int | None:
    """Where the name starts in an entry that opens with a phrase for "as well as", "in
    addition to" ("إضافة إلى X", "as well as the X": after an article in lower case too);
    ``None`` when no such phrase opens it."""
    match = _addition().match(folded_in_place(raw))
    if match is None:
        return None
    article, _, rest = raw[match.end() :].partition(" ")
    if rest and article.islower() and fold(article) in folded_words("articles"):
        return match.end() + len(article) + 1  # "as well as the X"
    return match.end()


@cache
def _addition() -> re.Pattern[str]:
    """A phrase of ``addition_phrases`` opening a text folded in place, with the spaces after it."""
    return re.compile(rf"(?:{phrase_alternation('addition_phrases')})\s+(?=\w)")


def _introducing(raw: str) -> bool:
    """True when an entry of several words ends with a colon: a line introducing what follows
    ("X and Y issued the following statement:"), no name."""
    return raw.rstrip().endswith(":") and len(words(raw)) >= _INTRODUCING


def _inflected_from(raw: str) -> str | None:
    """The abbreviation, folded, of an entry that is an abbreviation with a case ending after a
    hyphen ("XKP-a", "XKP-së", "XKP-u"), ``None`` for any other entry."""
    match = _INFLECTED.match(raw.strip())
    if match is None or not match["ending"].islower() or not is_abbreviation(match["abbreviation"]):
        return None
    return fold(match["abbreviation"])


def _cut_head(entry: Entry, text: str) -> bool:
    """True when ``entry`` is a word for a kind of organisation alone and ``text`` goes on after
    it, on the same line, with a word joining a name's words that is no word for "and" ("Party
    for the Tenants", "Forum delle cooperative"): the head of a name the reader cut short."""
    found = words(entry.raw)
    if len(found) != 1 or not is_bare_type_word(found[0]):
        return False
    after = _NEXT_WORD.match(text, entry.span.end)
    return after is not None and is_name_join(after[1]) and fold(after[1]) not in _ands()


@cache
def _ands() -> frozenset[str]:
    """The words for "and" (``and_words``, ``and_before_capitals``), folded: between two names."""
    return folded_words("and_words") | folded_words("and_before_capitals")


def _unglued(word: str) -> str:
    """``word`` without a conjunction glued to it ("ووقع" -> "وقع"), when a word is left."""
    for glued in _GLUED:
        if word.startswith(glued) and len(word) > len(glued) + 2:
            return word[len(glued) :]
    return word


def _name_after_frame(raw: str) -> int | None:
    """Where the name starts in an entry one of whose first words is a word of signing ("Among
    the signatories – X", "Signed by the X", "كما وقعته X"): after a dash or a colon that
    follows that word, else at the first capitalised word after it past a word in lower case,
    three words after it at most ("Signed by the X"); -1 when neither is there; ``None`` when no
    word of signing opens the entry, or when a capitalised word follows it right away: the word
    is the name's own ("Xandian Sign Language Association", "Unterstützerkreis Zetland")."""
    tokens = raw.split()
    at = next((k for k in _word_places(tokens)[:_FRAME] if _signing(tokens[k])), None)
    if at is None:
        return None
    for k in range(at, min(at + _LEAD + 1, len(tokens) - 1)):
        if tokens[k] in _MARKS or tokens[k].endswith(":"):
            return _offset(raw, tokens, k + 1)  # "Among the signatories – X", "Signed by: X"
        if tokens[k + 1].lstrip(_OPENING)[:1].isupper():
            return _offset(raw, tokens, k + 1) if k > at else None
    return -1


def _word_places(tokens: list[str]) -> list[int]:
    """The places of the ``tokens`` that hold a word (not a dash, a number)."""
    return [k for k, token in enumerate(tokens) if words(token)]


def _signing(token: str) -> bool:
    """True when a word of ``token`` is a word of signing, perhaps with a conjunction glued on."""
    signing = signing_words()
    return any(signing.matches(fold(w)) or signing.matches(fold(_unglued(w))) for w in words(token))


def _offset(raw: str, tokens: list[str], k: int) -> int:
    """Where the ``k``-th of ``raw``'s whitespace-parted ``tokens`` starts."""
    at = 0
    for token in tokens[:k]:
        at = raw.index(token, at) + len(token)
    return raw.index(tokens[k], at)
