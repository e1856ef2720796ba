"""Splitting one signatory entry into name, abbreviation, gloss and country hint.

A first word is taken for an abbreviation written before the name only when it is one: a
hyphenated pair of words ("Marxist-Leninist", "All-Workers") is a word of the name, and so is a
word in capitals before a name that is only type words and a country ("ZELTA Party of Xandia"),
unless its letters are the initials of that name. An abbreviation after a dash ("X PARTY OF
BRITAIN – XPB") is taken apart only when its letters are the initials of the name before it.
"""

from __future__ import annotations

import re

from ..model.acronyms import spells_initials
from ..model.countries import country_code, country_words
from ..model.folding import country_key
from .names import is_name_join, is_qualifier, is_type_word
from .text import words as word_list

__all__ = ["split_entry"]

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
    """True when ``name`` is only type words, joining words and a country ("Party of Iran",
    "Militant Front" is not: "Militant" is a word of its own)."""
    countries = country_words(name)
    return all(
        is_name_join(word)
        or (is_type_word(word) and not is_qualifier(word))
        or country_key(word) in countries
        for word in word_list(name)
    )


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
    tokens = text.split()
    if abbreviation is None and len(tokens) >= 3 and _is_abbreviation(tokens[0]):
        taken = 1
        while taken < len(tokens) - 2 and re.match(r"^\([^()\s]+\)$", tokens[taken]):
            taken += 1
        rest = tokens[taken:]
        # ``CPI (ML) Red Star Communist Party ... Red Star``: words repeated at both ends of the
        # name belong to the abbreviation written before it
        for size in range(min(3, len(rest) // 2), 0, -1):
            if rest[:size] == rest[-size:] and not _is_abbreviation(rest[0]):
                taken += size
                rest = rest[size:]
                break
        head = " ".join(tokens[:taken])
        worded = taken == 1 and head.isalpha() and len(head) > 3
        named = " ".join(rest)
        if worded and _generic(named) and not spells_initials(head, word_list(named)):
            rest = []  # "ZELTA Party of Xandia": the word in capitals is the name's own
        if rest and rest[0][:1].isupper():
            abbreviation = " ".join(tokens[:taken])
            text = " ".join(rest)
    return text, abbreviation, gloss, country
