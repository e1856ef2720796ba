"""Entries that pair an organisation with the person who signs for it, in any language:

- a person, a dash, the organisation ("Surname Name – X Union", "Name Surname - XPB");
- the organisation, a dash, the person and perhaps a role ("X Mission – Name Surname, former
  president", "X Mission–Hon. Dr. Name Surname, former president");
- the organisation, a comma, the person, a comma, the role ("X Union, Name Surname, secretary").

The organisation is the signer. An entry whose other part is no organisation but a role or a
description in lower case ("Surname Name – jurist") is a person's. A list is read so only when
most of its entries pair in the same way: "Zeta Milieu – Xandiapeace" alone is no pair.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lists import Item
from ..names import person_line, speaks_for_organisation
from ..text import words
from .blocks import Block

__all__ = ["PERSON", "paired", "with_organisations"]

#: What :func:`paired` returns for an entry that names only a person and a role.
PERSON = -1

#: A dash between two parts: an en or em dash however spaced, a hyphen with a space on a side.
_DASH = re.compile(r"\s*[–—]\s*|\s+-\s*|(?<=\w)-\s+")


def _personal(text: str) -> bool:
    """True when ``text`` reads as a person's name, perhaps after titles ("Hon. Dr."): two to
    six words, every one capitalised, two to four of them full words, and none of the evidence
    of an organisation (a type word, a qualifier, an abbreviation, a country, a known name)."""
    found = words(text)
    if not 2 <= len(found) <= 6 or re.search(r"[\d()\[\]/&@]", text):
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in found):
        return False
    full = [w for w in found if len(w) > 3 or not text.count(w + ".")]
    if not 2 <= len(full) <= 4:
        return False
    return not speaks_for_organisation(text)


def _person_and_role(text: str) -> bool:
    """True when ``text`` is a person's name, perhaps with a role after a comma."""
    return _personal(text.partition(",")[0].strip())


def _organisation(text: str) -> bool:
    """True when ``text`` may name an organisation: it opens with a capital, a digit or a sign
    ("+Europa"), not with a word in lower case (a role: "jurist", "former minister")."""
    first = next((c for c in text if c.isalnum()), "")
    return bool(first) and not first.islower() and not _personal(text)


def paired(raw: str) -> tuple[int, str] | int | None:
    """How an entry pairs a person and an organisation: ``(offset, organisation)`` when it names
    the organisation a person signs for (``offset`` where it starts in ``raw``), :data:`PERSON`
    when it names a person and a role only, ``None`` when it is no such pair."""
    dash = _DASH.search(raw)
    if dash is not None and dash.start() > 0:
        left, right = raw[: dash.start()].rstrip(), raw[dash.end() :].strip()
        if _personal(left):
            role = person_line(f"{left}, {right}")  # "Name – President of X": X signs
            if role is not None and role[0] == "signer":
                at = role[1] - len(left) - 2 + dash.end()
                return at, raw[at:].rstrip(" .,;")
            organisation = right.rstrip(" .,;")
            return (dash.end(), organisation) if _organisation(organisation) else PERSON
        if right and _person_and_role(right.rstrip(" .")) and _organisation(left):
            return 0, left
    parts = [p.strip() for p in raw.split(",")]
    if (
        len(parts) >= 3
        and _personal(parts[1])
        and parts[2][:1].islower()
        and _organisation(parts[0])
    ):
        return 0, parts[0]
    return None


def with_organisations(block: Block) -> Block:
    """The block with each entry that pairs a person and an organisation read as the
    organisation, when most of its entries (two at least) are such pairs."""
    found = [paired(raw) for _, _, raw in block.items]
    if len(found) < 2 or sum(f is not None for f in found) * 2 <= len(found):
        return block
    items: list[Item] = []
    for (line, start, raw), pair in zip(block.items, found, strict=True):
        if isinstance(pair, tuple):
            offset, organisation = pair
            items.append((line, start + offset, organisation))
        else:
            items.append((line, start, raw))
    return replace(block, items=items, pairs=True)
