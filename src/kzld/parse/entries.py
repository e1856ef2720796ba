"""Splitting one signatory entry into name, abbreviation, gloss and country hint.

A first word is taken for an abbreviation written before the name only when it is one: a
hyphenated pair of words ("Marxist-Leninist", "All-Workers") is a word of the name, and so is a
word in capitals before a name that is only type words and a place ("ZELTA Party of Ostland"),
unless its letters are the initials of that name. It is taken off only before words that name
an organisation of their own (its initials, or a type word): before a place or a branch ("XKP
Zetland Region") it heads the name. An abbreviation after a dash ("X PARTY OF
BRITAIN – XPB") is taken apart only when its letters are the initials of the name before it.

An entry that is itself two names or more, joined by a word for "and" or a comma ("XKP (Xandia)
y ZU (Zetland)", "ABC، DEF،"), is parted into them (:func:`coupled`) only when each part closes as
a name does on its own: with its own bracket of abbreviations or its country, or being one
abbreviation. A name that holds a word for "and" ("Union of Teachers and Lecturers (UTL)") has
no such close before its "and", and stays one.
"""

from __future__ import annotations

import re

from ..model.acronyms import spells_initials
from ..model.countries import country_code, country_words
from ..model.folding import country_key
from .cues import inner_cue_words
from .names import is_name_join, is_qualifier, is_type_word
from .remembered import remembered
from .separators import COMMAS
from .text import outside_brackets
from .text import words as word_list

__all__ = ["coupled", "split_entry"]

_CLOSE = {")": "(", "]": "["}
_ABBR_TOKEN = re.compile(r"^\w[\w./&'-]*$")


def _is_abbreviation(token: str, strict: bool = False) -> bool:
    """Capitals/digits in any script: ``CPSA``, ``PR-ByH``, ``CPA/ML``, ``БКП``, ``ΚΚΕ``."""
    if not _ABBR_TOKEN.match(token) or not (token[0].isupper() or token[0].isdigit()):
        return False
    pieces = [p for p in re.split(r"[-‐‑–/]", token) if p]
    if len(pieces) > 1 and all(
        p[:1].isupper() and p[1:].isalpha() and p[1:].islower() and len(p) > 2 for p in pieces
    ):
        return False  # a capital and lower-case letters in every hyphen-part: words, not initials
    capitals = sum(1 for c in token if c.isupper())
    letters = sum(1 for c in token if c.isalpha())
    return capitals >= 2 and (capitals * 2 >= letters or ("-" in token and not strict))


def _generic(name: str) -> bool:
    """True when ``name`` is only type words, joining words and a place: a country, or any
    capitalised word closing the name after a joining word, a place the tables need not know
    ("Party of Xandia", "Party of Ostland"; "Militant Front" is not: "Militant" is a word of its
    own)."""
    countries = country_words(name, cases=False)
    words = word_list(name)
    return all(
        is_name_join(word)
        or (is_type_word(word) and not is_qualifier(word))
        or country_key(word) in countries
        or (place and word[:1].isupper())
        for word, place in zip(words, _closing_place(words), strict=True)
    )


def _closing_place(words: list[str]) -> list[bool]:
    """For each of ``words``, whether it is the name's last word and comes after a joining word
    ("of", "de"): where a name of a type and a place writes its place."""
    return [
        index == len(words) - 1 and index > 0 and is_name_join(words[index - 1])
        for index in range(len(words))
    ]


def _trailing_group(text: str) -> tuple[str, str] | None:
    """``(before, inside)`` when ``text`` ends with a balanced bracket group."""
    text = text.rstrip()
    if not text or text[-1] not in _CLOSE:
        return None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in _CLOSE:
            depth += 1
        elif char in "([":
            depth -= 1
            if depth == 0:
                return text[:index].rstrip(), text[index + 1 : -1].strip()
    return None


def _country_suffix(text: str) -> tuple[str, str] | None:
    for pattern in (r"^(.+?),\s*([^,()]+)$", r"^(.+?)\s+[–—-]\s+([^–—()-]+)$"):
        match = re.match(pattern, text)
        if match and country_code(match.group(2)):
            return match.group(1).strip(), match.group(2).strip()
    group = _trailing_group(text)
    if group and group[0] and country_code(group[1]):
        return group[0], group[1]
    return None


@remembered()
def split_entry(raw: str) -> tuple[str, str | None, str | None, str | None]:
    """``(name, abbreviation, gloss, country_hint)`` of one entry's text."""
    text = " ".join(raw.split())
    country = None
    found = _country_suffix(text)
    if found:
        text, country = found
    abbreviation = gloss = None
    group = _trailing_group(text)
    if group and group[0]:
        before, inside = group
        words = inside.split()
        if all(_is_abbreviation(w, strict=True) or w.isdigit() for w in words) and words:
            text, abbreviation = before, inside
        elif len(words) >= 2 and inside[:1].isupper():
            text, gloss = before, inside
    dashed = re.match(r"^(\S+(?:\s+\S+)+?)\s+[–—-]\s+(\S+)$", text)
    if (
        abbreviation is None
        and dashed
        and _is_abbreviation(dashed.group(2), strict=True)
        and spells_initials(dashed.group(2), word_list(dashed.group(1)))
    ):
        # "X PARTY OF BRITAIN – XPB": the abbreviation of the name after a dash
        text, abbreviation = dashed.group(1), dashed.group(2)
    if abbreviation is None:
        text, abbreviation = _leading_abbreviation(text)
    return text, abbreviation, gloss, country


def _leading_abbreviation(text: str) -> tuple[str, str | None]:
    """``(name, abbreviation)`` of an entry that opens with an abbreviation written before its
    name ("XKP Xandian Kommunist Party"), when the words after it name an organisation of their
    own: their initials spell it, or a type word says what they are. Before words that are no
    name on their own, a place or a branch ("XKP Zetland Region", "XCFDT Pays Zetlandais"), the
    abbreviation heads the name: ``(text, None)``."""
    tokens = text.split()
    if len(tokens) < 3 or not _is_abbreviation(tokens[0]):
        return text, None
    taken = 1
    while taken < len(tokens) - 2 and re.match(r"^\([^()\s]+\)$", tokens[taken]):
        taken += 1
    rest = tokens[taken:]
    # ``XPI (ML) Blue Star Xandian Party ... Blue Star``: words repeated at both ends of the
    # name belong to the abbreviation written before it
    for size in range(min(3, len(rest) // 2), 0, -1):
        if rest[:size] == rest[-size:] and not _is_abbreviation(rest[0]):
            taken += size
            rest = rest[size:]
            break
    head = " ".join(tokens[:taken])
    named = " ".join(rest)
    spelt = spells_initials(head, word_list(named)) or spells_initials(
        head, word_list(re.sub(r"[-‐‑–]", " ", named))
    )
    worded = taken == 1 and head.isalpha() and len(head) > 3
    if worded and _generic(named) and not spelt:
        return text, None  # "ZELTA Party of Xandia": the word in capitals is the name's own
    if rest[0][:1].isupper() and (spelt or any(is_type_word(w) for w in rest)):
        return named, head
    return text, None


def _closes_name(part: str, capitals: bool) -> bool:
    """True when ``part`` closes as a name written on its own does: it is one abbreviation
    ("XKP", "ΖΣΕ"; not so in an entry written in ``capitals``, its word for "and" too, where
    every word looks like one), or it ends with a bracket holding its abbreviation or its
    country ("Xandia Union (XU)", "ZU (Zetland)"); a country alone is no name."""
    if country_code(part):
        return False
    if " " not in part:
        return not capitals and _is_abbreviation(part, strict=True)
    group = _trailing_group(part)
    if group is None or not group[0] or not group[1]:
        return False
    before, inside = group
    abbreviations = all(_is_abbreviation(w, strict=True) for w in inside.split())
    return (abbreviations or bool(country_code(inside))) and not country_code(before)


def coupled(raw: str) -> list[tuple[int, str]]:
    """The names of an entry and where each starts in ``raw``: two or more when the entry joins
    names by a word for "and" (``and_words`` of ``cues.yaml``) or a comma outside brackets and
    each part closes as a name on its own (:func:`_closes_name`: "X Union (XU) and Y League
    (YL)", "XKP y ZU (Zetland)", "ABC، DEF،"); ``[(0, raw)]`` otherwise. In an entry written in
    capitals a word alone closes no name ("PARTIA E ZETLANDËS" is one). A part is cut only
    after a close, so a name's own "and" ("Union of Teachers and Lecturers (UTL)") stays in it."""
    outside = {index for index, _ in outside_brackets(raw)}
    ands = list(inner_cue_words(raw, "and_words"))
    # "PARTIA E ZETLANDËS": a name written in capitals, its "and" too, whose words are no
    # abbreviations by their form
    capitals = any(m.group(1).isupper() for m in ands)
    joints = [(m.start(), m.end()) for m in ands]
    joints += [(k, k + 1) for k, char in enumerate(raw) if char in COMMAS]
    parts: list[tuple[int, str]] = []
    start = 0
    for begin, end in sorted(j for j in joints if j[0] in outside):
        part = raw[start:begin].strip()
        if _closes_name(part, capitals):
            parts.append((start + raw[start:begin].index(part), part))
            start = end
    last = raw[start:].strip().rstrip(COMMAS).strip()
    if not parts or (last and not _closes_name(last, capitals)):
        return [(0, raw)]
    if last:
        parts.append((start + raw[start:].index(last), last))
    return parts if len(parts) >= 2 else [(0, raw)]
