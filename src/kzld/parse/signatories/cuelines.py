"""Cue lines: whether a line introduces a signatory list by its words (a heading, a sentence that
speaks of signing or of what follows, a further list's "Other parties"), opens as a statement's
title, or gives a list's as-of date. The words are data in ``cues.yaml``; they are evidence that
:mod:`.scoring` weighs, never a gate."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ...model.folding import fold
from ...model.scripts import letter_script
from ..cues import folded_words, vocabulary
from ..dates import find_date
from ..names import generic_plural, is_name_join
from ..remembered import remembered
from ..spans import measure_words
from ..text import WordSet, words

__all__ = [
    "as_of",
    "counts_organisations",
    "introduces",
    "is_category",
    "is_further",
    "is_heading",
    "names_measure",
    "names_statement",
    "opens_as_statement",
    "salutes",
    "signing_cue",
    "speaks_for",
]


def is_heading(content: str) -> bool:
    """True when a line introduces a signatory list by its words (``Signatories:``)."""
    if content.endswith(":") and len(content) > 200:
        # a long paragraph ending in a colon: its last clause is what introduces the list
        content = re.split(r"[.!?)]\s+", content)[-1]
    head = content.partition(":")[0] if ":" in content else content
    if len(head) > (200 if content.endswith(":") else 120) or (
        ":" not in content and content.endswith((".", "!", "?", ";"))
    ):
        return False
    folded = fold(content)
    if fold(content.rstrip(": ")) in folded_words("group_headings"):
        return True  # "Organising committee": the group behind the text, its members under it
    return _heading_cues().search(folded) is not None


#: The scripts that write no spaces between words (Chinese, Japanese, Thai, Lao, Myanmar, Khmer):
#: a heading's word in them is matched wherever it stands.
_UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "MYANMAR", "KHMER"})


def _unspaced(cue: str) -> bool:
    """True when ``cue`` holds a letter of a script of :data:`_UNSPACED`."""
    return any(letter_script(c) in _UNSPACED for c in cue)


@cache
def _heading_cues() -> re.Pattern[str]:
    """The ``signatory_headings``, folded, as one pattern over a folded line: a word of a script
    that parts words with spaces opens a word there (it may be the start of a longer, inflected
    one: "unterzeichne" of "Unterzeichnende"; "firman" is not read in "confirman"), a word of a
    script without spaces is matched anywhere."""
    cues = sorted({fold(cue) for cue in vocabulary()["signatory_headings"]}, key=len, reverse=True)
    spaced = "|".join(re.escape(cue) for cue in cues if not _unspaced(cue))
    unspaced = "|".join(re.escape(cue) for cue in cues if _unspaced(cue))
    return re.compile(rf"(?<!\w)(?:{spaced})" + (f"|{unspaced}" if unspaced else ""))


def is_further(content: str) -> bool:
    """True when a short line opens a further list ("Other Parties", "Weitere Unterzeichner").

    Only asked about a line right after a signatory list: its first word is a word for "other".
    """
    if len(content) > 80 or content.endswith((".", "!", "?", ";")):
        return False
    found = re.findall(r"\w+", content.casefold())
    return bool(found) and found[0] in _further_headings()


@cache
def _further_headings() -> frozenset[str]:
    """The ``further_headings``, casefolded as a line's words are ("λοιπές" as "λοιπέσ")."""
    return frozenset(str(word).casefold() for word in vocabulary()["further_headings"])


@cache
def _cue_words() -> tuple[WordSet, WordSet]:
    data = vocabulary()
    return WordSet(data["signing_words"]), WordSet(data["following_words"])


def names_measure(content: str, pointing: bool = False) -> bool:
    """True when ``content`` says a measure was taken against organisations (struck off a
    register, banned, outlawed: ``measure_words``): those it lists are its subject. With
    ``pointing``, only when it also points at what follows ("the organisations listed below
    have been struck off"): a sentence of the argument above a list speaks of others."""
    if not measure_words().count(content):
        return False
    return not pointing or _cue_words()[1].count(content) > 0


@cache
def _salutations() -> WordSet:
    return WordSet(vocabulary()["salutations"])


#: The longest line read as a salutation ("Szanowna Pani", "Sehr geehrte Frau Vorsitzende").
_SALUTATION = 40


def salutes(content: str) -> bool:
    """True when a short line opens with a word of a letter's salutation (``salutations``)."""
    found = [fold(w) for w in words(content)]
    return len(content) <= _SALUTATION and bool(found) and _salutations().opens_at(found, 0)


@cache
def _behalf_words() -> tuple[WordSet, frozenset[str]]:
    data = vocabulary()
    return WordSet(data["on_behalf_phrases"]), folded_words("on_behalf_after")


def speaks_for(content: str) -> bool:
    """True when a line says on whose behalf someone acts ("on behalf of the X group", "namens
    der X", or a postposition closing it, "X-ryhmän puolesta": ``on_behalf_phrases`` and
    ``on_behalf_after``). The organisation signs, as the phrase reader reads it; the line is no
    name of a list."""
    phrases, after = _behalf_words()
    found = [fold(w) for w in words(content)]
    return phrases.count(content) > 0 or (len(found) >= 2 and found[-1] in after)


def signing_cue(content: str) -> bool:
    """True when ``content`` speaks of signing, endorsing or joining (``undersigned``)."""
    return _cue_words()[0].count(content) > 0


@remembered()
def introduces(content: str) -> bool:
    """True when a line points at a list after it: a colon at its end, words of signing or of
    what follows ("the parties whose names follow") in its last clause, or a short heading that
    counts organisations (:func:`counts_organisations`)."""
    signing, following = _cue_words()
    last = re.split(r"[.!?)]\s+", content.rstrip())[-1][-300:]
    return (
        content.rstrip().endswith(":")
        or bool(signing.count(last) or following.count(last))
        or counts_organisations(content)
    )


@remembered()
def counts_organisations(content: str) -> bool:
    """True when a short line that is no sentence counts organisations: a number in digits of any
    script and a type word in the plural ("The 12 parties", "19 पार्टियों के नाम"). Such a
    heading announces the organisations it counts, in any language whose plurals are data."""
    found = words(content)
    if not found or len(found) > 8 or content.rstrip().endswith((".", "!", "?", ";", ",")):
        return False
    number = re.search(r"(?<!\w)\d{1,3}(?!\w)", content)
    if number is None or find_date(content) is not None:
        return False  # "On 12 May the parties met": the number is a day's
    return any(generic_plural(w) for w in found)


def as_of(text: str) -> date | None:
    """The date of an ``as of`` phrase (``as of 21 January 2022``, ``Stand: ...``) in ``text``."""
    cues = "|".join(re.escape(fold(cue)) for cue in vocabulary()["as_of_cues"])
    if re.search(rf"(?<!\w)(?:{cues})(?!\w)", fold(text)):
        return find_date(text)
    return None


def opens_as_statement(content: str) -> bool:
    """True when a line opens with a word for a statement ("Declaração conjunta dos ...")."""
    found = words(content)
    return bool(found) and fold(found[0]) in folded_words("statement_words")


def is_category(content: str) -> bool:
    """True when a short line names a kind of organisations, not one of them ("Unions",
    "Konfederasyonlar ve Federasyonlar", "Οι Ομοσπονδίες", "الأحزاب"): every word a type word in the
    plural, a word for "and", an article or a joining word, one of them a plural at least."""
    found = words(content.rstrip(":"))
    if not found or len(found) > 6 or content.rstrip().endswith((".", "!", "?")):
        return False
    joins = folded_words("and_words")
    plurals = [generic_plural(w) for w in found]
    return any(plurals) and all(
        plural or fold(word) in joins or is_name_join(word) or len(word) <= 3
        for word, plural in zip(found, plurals, strict=True)
    )


def names_statement(content: str) -> bool:
    """True when a line holds a word for a statement ("declaration", "Erklärung", "açıklama")."""
    return any(fold(w) in folded_words("statement_words") for w in words(content))
