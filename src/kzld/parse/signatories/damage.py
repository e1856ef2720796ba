"""Damaged entries: an entry the page cut short (``28. Co``, ``Communist P``), garbled text
(broken encoding, hardly any letters, one word strayed in from a script no other entry writes),
and a name followed by its translation in another script."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...model.folding import fold
from ...model.quotes import ANY_OPENING, CLOSING, OPENING
from ...model.scripts import letter_script
from ..cues import folded_words
from ..names import (
    cuts_a_known_name,
    is_abbreviation,
    is_bare_type_word,
    is_name_join,
    known_name,
    opens_a_word,
)
from ..text import is_letter, outside_brackets, words

__all__ = ["is_cut", "is_garbled", "is_stray", "split_bilingual"]


#: Broken encoding: the first byte of a letter written in two bytes of UTF-8 read as a capital
#: of Latin-1 (``Ã``, ``Ä``, ``Å``, ``Î``, ``Ø``), then its second byte read as Latin-1 or
#: Windows-1252 gives ("Ã§" for "ç", "Ä°" for "İ", "ÅŸ" for "ş", "Ä…" for "ą"), but not a
#: quotation mark (a suffix after a capital: "ODTÜ’nün"), guillemets (« »), a no-break space
#: ("ÉTÉ :"), a soft hyphen ("Groß-") or a middle dot; a replacement
#: character; "â€" (the first two bytes of a quotation mark written in three).
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][\u0080-\u009f\u00a1-\u00aa\u00ac\u00ae-\u00b6\u00b8-\u00ba\u00bc-\u00bf"
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u201a\u201e\u2020\u2021\u2026\u2030\u2039\u203a\u20ac\u2122]|\ufffd|â€"
)


def _script(text: str) -> str | None:
    """The script most letters of ``text`` are written in (the first word of their Unicode name)."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = _char_script(char)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@lru_cache(maxsize=1 << 12)
def _char_script(char: str) -> str:
    """The script of ``char`` (:func:`~kzld.model.scripts.letter_script`), ``?`` for none."""
    return letter_script(char) or "?"


def is_garbled(raw: str) -> bool:
    """True when an entry is damaged text: broken encoding (``franÃ§ais``), or hardly any
    letters. (A word in another script than the list's may be a name: it is kept, unless it
    strays alone amid the list: :func:`is_stray`.)"""
    if _MOJIBAKE.search(raw):
        return True
    visible = [c for c in raw if not c.isspace()]
    return bool(visible) and sum(is_letter(c) for c in visible) < 0.5 * len(visible)


#: The fewest other entries of a list that :func:`is_stray` compares an entry's script with.
_STRAY_AMONG = 2


def is_stray(raw: str, others: list[str]) -> bool:
    """True when an entry is one word in lower case after its first letter (no abbreviation,
    no digit, no mark), written in a script that no letter of the list's other entries (two at
    least) is written in ("Ξανδίίας" amid French names): a word strayed in from another page or
    a broken copy, no name of the list. A name written in another script than its neighbours'
    is two words or more ("Κόμμα Εργασίας"), or an abbreviation ("ΚΚΕ"), and is kept."""
    entry = raw.strip()
    if len(others) < _STRAY_AMONG or not entry.isalpha() or not entry[1:].islower():
        return False
    scripts = {_char_script(char) for char in entry}
    return not any(
        _char_script(char) in scripts for other in others for char in other if char.isalpha()
    )


def is_cut(raw: str, others: list[str], open_end: bool = False) -> bool:
    """True when the last entry of a list the page ends in is cut short: a quotation mark or a
    bracket opened and never closed (``“Xandia``, ``Ana Zet (Secre``), one short word (``Rif``),
    a last word of one or two letters (``Communist P``), a last word that only opens a word of
    the other entries, of a country's name or of a type word (``Co``, ``Yugosla``, ``Travai``;
    not an abbreviation after cased words: ``Fundación Xandia AC`` is whole), a
    closing preposition (``Party of Labour of``), or the opening of another entry (``Partido
    Comunista``). A last word after a bracketed abbreviation is a place or a branch the name's
    organisation has (``Xandia Aid (XA) Pers``), not the opening of a type word. With
    ``open_end`` the page stopped after a space, between two words: a name not closed by a
    bracket or a quotation mark may go on there (``Parti Xandia `` of ``Parti Xandia de
    Zetland``), and is cut."""
    found = words(raw)
    if not found or _unclosed_quote(raw) or raw.count("(") > raw.count(")"):
        return True
    if known_name(raw) or raw.rstrip()[-1:] in ")]»”\"'.":
        return False
    if open_end:
        return True
    last = found[-1]
    if not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", raw.split()[-1]):
        return False  # it ends in no word ("%2e%2f", "1930"): nothing to be cut short
    if is_abbreviation(last) and not raw.isupper():
        return False  # "Fundación Xandia AC": a whole abbreviation after a name in cased words
    short = not is_abbreviation(last) and len(others) >= 3  # a few names to compare with
    if short and len(found) == 1 and len(last) <= 4:
        return True
    if short and len(found) > 1 and len(last) <= 2 and last[0].isupper():
        return True
    folded = fold(last)
    if len(found) > 1 and folded in _joins():
        return True
    # a word of the other entries that the last word opens tells only in a longer list (in a
    # short one, "Zee en Land" after "Zetdefensie" is whole)
    known = {fold(w) for other in others for w in words(other)} if len(others) >= 4 else set()
    types = not _after_abbreviation(raw)
    if folded not in known and (opens_a_word(folded, known, types) or cuts_a_known_name(raw)):
        return True
    key = fold(raw)
    if any(fold(other) == key for other in others):
        return False  # the same name stands whole elsewhere in the list
    return any(fold(other).startswith(key) and len(other) > len(raw) for other in others)


def _unclosed_quote(raw: str) -> bool:
    """True when ``raw`` opens a quotation mark before a word and never closes it ("“Xandia
    Bloc", "«Zetland"); a mark that both opens and closes ("“" in "„X“", '"') closes one when one
    is open. A mark opens only where a word may start (at the entry's start or after a space) and
    a letter or digit follows it: a mark after the last word ('Xandia Forum "') or amid broken
    encoding ("â€“") opens nothing."""
    open_marks = 0
    for k, char in enumerate(raw):
        if char in CLOSING and open_marks:
            open_marks -= 1
        elif char in OPENING and (k == 0 or raw[k - 1].isspace()) and raw[k + 1 : k + 2].isalnum():
            open_marks += 1
    return open_marks > 0


#: A bracket, then one last word: "Xandia Aid (XA) Pers".
_BRACKET_WORD = re.compile(r"\(([^()]+)\)\s+\S+$")


def _after_abbreviation(raw: str) -> bool:
    """True when the last word of ``raw`` follows an abbreviation in brackets."""
    match = _BRACKET_WORD.search(raw)
    return match is not None and is_abbreviation(match.group(1))


@cache
def _joins() -> frozenset[str]:
    return folded_words("statement_joins") - {"the", "la", "le"}


def _unbracketed(text: str) -> list[str]:
    """The words of ``text`` outside round and square brackets."""
    return words("".join(char for _, char in outside_brackets(text)))


def split_bilingual(raw: str) -> tuple[str, str] | None:
    """``(name, other)`` when an entry gives a name and then its translation in another script
    (``Parti du travail d'Autriche - Κόμμα Εργασίας Αυστρίας``), outside brackets: two words
    or more on each side (a place and its country in brackets, ``Xandias (Zetland)``, translate
    no name), the first side more than words for a kind of organisation, and a dash, a slash or
    a closing bracket between them (with nothing between them, the words in the other script
    are the name's own: a place, or the body's name as it writes it itself)."""
    first = _script(raw[: max(1, len(raw) // 3)])
    if first is None:
        return None
    for index, char in outside_brackets(raw):
        if char.isalpha() and _char_script(char) != first:
            head = raw[:index].rstrip(" -–—/")
            tail = raw[index:]
            if head.endswith(tuple(ANY_OPENING)):
                return None  # "the union «Xandia Bloc»": a name quoted in another script
            if len(words(head)) < 2 or len(_unbracketed(tail)) < 2 or raw[index - 1].isalpha():
                return None
            if all(is_bare_type_word(w) or is_name_join(w) for w in words(head)):
                # "Trade Union Organisation Left Bloc": the words before the other script only say
                # what kind of organisation the name in it is, and translate nothing
                return None
            if not raw[len(head) : index].strip() and not head.endswith(")"):
                # "Σωματείο Εργαζομένων στο ξενοδοχείο Xandia Beach", "Συνδικάτο στις Κατασκευές
                # Xandia Roofers Union": nothing parts the two scripts, so the words in the
                # other script are the name's own (a place, the body's name as it writes it),
                # not a translation, which a dash, a slash or a closing bracket sets apart
                return None
            return head, tail
    return None
