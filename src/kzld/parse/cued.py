"""Signers enumerated after a cue inside a running sentence: "Ad oggi hanno aderito: la Regione
X, i comuni di A, B; le sigle sindacali C, D e E", "Документ подписали партии "X", народная
партия, компартия и ...", "These have signed already: the X Union, the towns of A and B".

The cue is a word of signing or joining followed by a colon (one more word in lower case may
come between: "hanno aderito finora:") or by a word for organisations in the plural, an article
perhaps before it, a real article, no preposition (the group the names belong to: "подписали
партии", "han firmado los sindicatos"; "signed by unions from X" opens none). The enumeration
runs from there to the sentence's end, in parts between commas, semicolons and words for "and"
(outside brackets and quotation marks), one name a part; a preposition and one capitalised word
("from X", "de Y") is a place, which ends it:

- the whole part, an article before it left out ("la Regione X");
- else the name that ends the part after a few words in lower case that say the kind of the
  names after them ("i comuni di A", "le sigle sindacali C"): the group word is their kind, not a
  signer;
- else, in a script with capitals, a part in lower case that holds a type word ("народная
  партия", "демпартия": a type word written at the end of a compound counts);
- else the name that opens the part ("C unitariamente"); words in lower case closing the last
  part are the name's only when a type word opens it ("la Federazione nazionale stampa").

A part in lower case with no type word after a word for "and" goes on with the name before it
("союз социалистических сил и интеллигенции"). The enumeration ends at a part that gives no name,
and names signers when it gives two names or more; countries, persons by their title and events
are left out.
"""

from __future__ import annotations

import re

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Section
from .coordinated import (
    ELIDED,
    Run,
    name_head,
    name_tail,
    parts_between,
    says,
    says_signed,
    sentences,
    whole_name,
)
from .cues import folded_words
from .names import evidence, generic_plural, is_name_join, is_person, is_qualifier, is_type_word
from .outside import signers_section
from .spans import bounded_name, is_event, signing_words, speaks
from .text import Line, words

__all__ = ["cued_signers", "enumerated_after"]

#: The most words in lower case, joining words aside, that may say the kind of the name ending a
#: part ("le sigle sindacali", "i comuni di", "le testate giornalistiche de il").
_GROUP_WORDS = 3
#: The most words of a name in lower case read by its type word.
_LOWER_NAME = 8
#: A word as the cue reads it.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: The cue's word, perhaps one more in lower case, and a colon ("aderito:", "have joined:").
_COLON = re.compile(rf"{_WORD.pattern}(?:\s+{_WORD.pattern})?\s*:\s*")
#: The cue's word, perhaps an article, and the word after them ("подписали партии ").
_GROUP = re.compile(rf"{_WORD.pattern}\s+(?:([^\W\d_]{{1,3}})\s+)?({_WORD.pattern})\s+")


def cued_signers(paragraph: Line) -> Section | None:
    """The signers each sentence of ``paragraph`` enumerates after a cue of signing (the module's
    docstring): the first cue of a sentence whose enumeration gives two names or more."""
    names: Run = []
    for offset, sentence in sentences(paragraph):
        for place in says_signed(sentence):
            start = _cue_end(sentence, place)
            found = enumerated_after(sentence, start) if start is not None else []
            if len(found) >= 2:
                names += [(offset + at, name) for at, name in found]
                break
    return signers_section(paragraph, names, "phrase") if names else None


def _cue_end(sentence: str, place: int) -> int | None:
    """Where the enumeration after the word at ``place`` starts, when it is a word of signing
    and a colon or a word for organisations in the plural follows it; else ``None``."""
    word = _WORD.match(sentence, place)
    if word is None or not signing_words().matches(fold(word.group())):
        return None
    colon = _COLON.match(sentence, place)
    if colon is not None and all(w[:1].islower() for w in colon.group().split()[1:]):
        return colon.end()
    group = _GROUP.match(sentence, place)
    if group is None or not group.group(2)[:1].islower() or not generic_plural(group.group(2)):
        return None
    article = group.group(1)
    return group.end() if article is None or fold(article) in folded_words("articles") else None


def enumerated_after(sentence: str, start: int) -> Run:
    """The names enumerated in ``sentence`` from ``start`` to its end, one a part (the module's
    docstring), each as ``(offset in the sentence, name)``."""
    rest = sentence[start:].rstrip(" .!")
    names: Run = []
    parts = parts_between(rest)
    for k, (at, end, comma) in enumerate(parts):
        part = rest[at:end]
        found = _part_name(part, k == 0 or _after_semicolon(rest, at), k == len(parts) - 1)
        if found is None:
            if names and not comma and _goes_on(part):
                first = names[-1][0] - start
                names[-1] = (names[-1][0], rest[first:end].rstrip())
                continue
            break
        names.append((start + at + found[0], part[found[0] : found[1]]))
    return [(at, name) for at, name in names if _kept(name)]


def _after_semicolon(text: str, at: int) -> bool:
    """Whether the last character before ``at`` that is no space in ``text`` is a semicolon
    (read back from ``at``, not from a copy of the text before it)."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ";"


def _part_name(part: str, opens_group: bool, last: bool) -> tuple[int, int] | None:
    """Where the name of one ``part`` of an enumeration lies (the module's docstring):
    ``opens_group`` when the part opens the enumeration or follows a semicolon (any words in
    lower case may say its kind), ``last`` when the sentence's end closes it."""
    if _a_place(part):
        return None
    whole = whole_name(part)
    if whole is not None:
        return whole
    head = name_head(part)
    if last and head is not None:
        found = part[head[0] :].split()
        if bounded_name(found) and not any(says(w) for w in found) and _lower_of(found):
            return head[0], len(part.rstrip())  # "la Federazione nazionale stampa zetlandese."
    tail = name_tail(part)
    before = part[: tail[0]].rstrip(" \"«“„'").split() if tail is not None else []
    if tail is not None and _group_words(before, opens_group) and not _one_name(part, tail):
        return tail
    if _typed_lower(part):
        return len(part) - len(part.lstrip()), len(part.rstrip())
    return head


def _a_place(part: str) -> bool:
    """True when ``part`` is a preposition and one capitalised word: a place the names are of or
    from ("from Xanopolis", "de Yberga"), not a name."""
    found = words(part)
    return (
        len(found) == 2
        and is_name_join(found[0])
        and fold(found[0]) not in folded_words("articles")
        and found[1][:1].isupper()
    )


def _lower_of(found: list[str]) -> bool:
    """True when the words in lower case closing the words ``found`` of a name in sentence case
    are the name's own: its first word is a type word that they qualify ("Federazione nazionale
    della stampa zetlandese"), or no word in lower case closes it ("Zetton last week" is
    "Zetton")."""
    return found[-1][:1].isupper() or _typed_word(found[0].lstrip("(«“\"'„"))


def _one_name(part: str, tail: tuple[int, int]) -> bool:
    """True when the words in lower case before the name ``tail`` ends ``part`` with are of that
    name: no article or joining word opens them and a type word is among them, and the name is
    not in quotation marks ("социалистическая партия Xandии", not "i comuni di X", "партия
    "X"")."""
    before = words(part[: tail[0]])
    if not before or part[tail[0] - 1 : tail[0]] in "\"«“„'":
        return False
    first = ELIDED.sub("", before[0])
    return first == before[0] and not is_name_join(first) and any(map(_typed_word, before))


def _group_words(found: list[str], opens_group: bool) -> bool:
    """True when the words ``found`` in lower case before a name say the kind of the names after
    them: at most three besides joining words, none a word of signing, speaking or prose; each a
    joining word, a type word, a plural or a qualifier ("l’associazione", "i partiti"), or any
    words when a joining word ends them ("i comuni di") or they open a group (after the cue or a
    semicolon)."""
    if not found or not all(w[:1].islower() for w in found):
        return False
    if sum(not is_name_join(w) for w in found) > _GROUP_WORDS:
        return False
    if any(says(w) or speaks(w) for w in found) or evidence(" ".join(found)).prose:
        return False
    if opens_group or is_name_join(found[-1]):
        return True
    bare = [ELIDED.sub("", w) for w in found]
    return all(
        is_name_join(w) or is_type_word(w) or generic_plural(w) or is_qualifier(w) for w in bare
    )


def _typed_lower(part: str) -> bool:
    """True when ``part``, in lower case in a script with capitals, is a name by its type word
    ("народная партия", "демпартия", "союз коммунистов"): a few words, none of signing or prose."""
    found = words(part)
    head = part.lstrip(" \"«“„'")[:1]
    if not found or len(found) > _LOWER_NAME or not head.islower():
        return False
    if any(says(w) or speaks(w) for w in found) or evidence(part).prose:
        return False
    return any(_typed_word(w) for w in found)


def _typed_word(word: str) -> bool:
    """True when ``word`` is a type word, or a compound that one of five letters or more ends
    ("демпартия", "Linkspartei")."""
    if is_type_word(word):
        return True
    return any(is_type_word(word[k:]) for k in range(2, len(word) - 4))


def _goes_on(part: str) -> bool:
    """True when ``part``, in lower case with no type word, goes on with the name before a word
    for "and" ("... сил и интеллигенции")."""
    found = words(part)
    head = part.lstrip()[:1]
    return 0 < len(found) <= 3 and head.islower() and not any(map(_typed_word, found))


def _kept(name: str) -> bool:
    """True when an enumerated ``name`` may be a signer: no country, person by a title, event (a
    city may sign: "i comuni di X, Y e Z")."""
    return not (country_code(name) or is_person(name) or is_event(name))
