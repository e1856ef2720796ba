"""Signers enumerated after a cue inside a running sentence: "Ad oggi hanno aderito: la Regione
X, i comuni di A, B; le sigle sindacali C, D e E", "Документ подписали партии "X", народная
партия, компартия и ...", "These have signed already: the X Union, the towns of A and B".

The cue is a word of signing or joining followed by a colon (one more word in lower case may
come between: "hanno aderito finora:") or by a word for organisations in the plural, an article
perhaps before it, a real article, no preposition (the group the names belong to: "подписали
партии", "han firmado los sindicatos"; "signed by unions from X" opens none), or by up to five
words in lower case and a word that says who the signers are ("les signataires de ce communiqué
sont", "ووقع على هذا البيان كل من"), or by a word for the representatives of organisations
("potpisali predstavnici X"). The enumeration runs from there to the sentence's end, in parts
between commas, semicolons and words for "and" (outside brackets and quotation marks), one name
a part; a preposition and one capitalised word ("from X", "de Y") is a place, which ends it:

- the whole part, an article before it left out ("la Regione X"), also in sentence case when the
  learnt likeness reads it as a name ("Demokratske zajednice xandijskih radnika"); a part whose
  capitalised head a sentence-case name goes on after, unvouched for, gives nothing ("Diễn đàn
  Xã hội dân sự" never gives "Diễn");
- the name after an article and a kind word in the singular, the kind word with it ("le
  mouvement X" gives "mouvement X");
- else the name that ends the part after a few words in lower case that say the kind of the
  names after them ("i comuni di A", "le sigle sindacali C"): the group word is their kind, not a
  signer;
- else, in a script with capitals, a part in lower case that holds a type word ("народная
  партия", "демпартия": a type word written at the end of a compound counts), but for the words
  in lower case saying its kind, with no article, before a name of its own ("pokreta Xandija je
  tu" gives "Xandija je tu": :func:`.running.name_after_kind`);
- else the name that opens the part ("C unitariamente"); words in lower case closing the last
  part are the name's only when a type word opens it ("la Federazione nazionale stampa").

A part in lower case with no type word after a word for "and" goes on with the name before it
("союз социалистических сил и интеллигенции"). The enumeration ends at a part that gives no name,
and names signers when it gives two names or more; countries, persons by their title and events
are left out.
"""

from __future__ import annotations

import re
from functools import cache

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
    whole_in_sentence_case,
    whole_name,
)
from .cues import folded_words, phrase_alternation
from .names import evidence, generic_plural, is_name_join, is_person, is_qualifier, is_type_word
from .outside import signers_section
from .provenance import reads
from .running import name_after_kind
from .spans import bounded_name, is_event, signing_words, speaks
from .text import Line, folded_in_place, words

__all__ = ["cued_signers", "enumerated_after"]

#: The most words in lower case, joining words aside, that may say the kind of the name ending a
#: part ("le sigle sindacali", "i comuni di", "le testate giornalistiche de il").
_GROUP_WORDS = 3
#: The most words of a name in lower case read by its type word.
_LOWER_NAME = 8
#: The most words in lower case between a word of signing and the word that names the signers
#: after them ("les signataires de ce communiqué sont": four).
_LEAD_WORDS = 5
#: The characters after a word of signing read for them.
_LEAD_SPAN = 120
#: A word as the cue reads it.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: The cue's word, perhaps one more in lower case, and a colon ("aderito:", "have joined:").
_COLON = re.compile(rf"{_WORD.pattern}(?:\s+{_WORD.pattern})?\s*:\s*")
#: The cue's word, perhaps an article, and the word after them ("подписали партии ").
_GROUP = re.compile(rf"{_WORD.pattern}\s+(?:([^\W\d_]{{1,3}})\s+)?({_WORD.pattern})\s+")


@reads
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
    named = _named_after(sentence, word.end())
    if named is not None:
        return named
    if group is None or not group.group(2)[:1].islower() or not generic_plural(group.group(2)):
        return None
    article = group.group(1)
    return group.end() if article is None or fold(article) in folded_words("articles") else None


@cache
def _naming() -> re.Pattern[str]:
    """A few words in lower case, then a word that says who the signers are (``naming_words``:
    "are", "sont", "كل من", "bao gồm"), a colon perhaps after it; or a word for the
    representatives of the names after it (``representative_words``), over a text folded in
    place."""
    lead = rf"(?:\s+[^\s,.;:!?()]+?){{0,{_LEAD_WORDS}}}?"
    naming = rf"{lead}\s+(?:{phrase_alternation('naming_words')})\s*:?"
    return re.compile(rf"(?:{naming}|\s+(?:{phrase_alternation('representative_words')}))(?!\w)\s*")


def _named_after(sentence: str, at: int) -> int | None:
    """Where the names start after the word of signing that ends at ``at``, when a few words in
    lower case and a word saying who the signers are follow it ("les signataires de ce
    communiqué sont le X", "ووقع على هذا البيان كل من X", "potpisali predstavnici X"): none of
    those words capitalised, of signing or of speaking (they would open a name or another
    clause; a word for the statement may be among them), and the names opening right after it
    (:func:`_names_open`); else ``None``."""
    found = _naming().match(folded_in_place(sentence[at : at + _LEAD_SPAN]))
    if found is None:
        return None
    between = sentence[at : at + found.end()].split()[:-1]
    if any(w[:1].isupper() or signing_words().matches(fold(w)) or speaks(w) for w in between):
        return None
    return at + found.end() if _names_open(sentence[at + found.end() :]) else None


def _names_open(rest: str) -> bool:
    """True when ``rest`` opens as names do, past its articles: a word not in lower case (a
    capital, a script without capitals, a quotation mark) or a word of kind ("le mouvement X",
    "the unions X"); not a word of a clause ("are members of X": what the signers belong to)."""
    for word in rest.split()[:_GROUP_WORDS]:
        if fold(word) in folded_words("articles"):
            continue
        return not word.islower() or is_type_word(word) or generic_plural(word)
    return False


def enumerated_after(sentence: str, start: int) -> Run:
    """The names enumerated in ``sentence`` from ``start`` to its end, one a part (the module's
    docstring), each as ``(offset in the sentence, name)``."""
    rest = sentence[start:].rstrip(" .!")
    names: Run = []
    parts = parts_between(rest)
    for k, (at, end, comma) in enumerate(parts):
        part = rest[at:end]
        if _unvouched(part):
            continue
        found = _part_name(part, k == 0 or _after_semicolon(rest, at), k == len(parts) - 1)
        if found is None:
            if names and not comma and _goes_on(part):
                first = names[-1][0] - start
                names[-1] = (names[-1][0], rest[first:end].rstrip())
                continue
            break
        names.append((start + at + found[0], part[found[0] : found[1]]))
    return [(at, name) for at, name in names if _kept(name)]


def _unvouched(part: str) -> bool:
    """True when the capitalised head of ``part`` is cut inside a name in sentence case: a word
    in lower case a name may hold follows it, and a capitalised word comes later ("Diễn đàn Xã
    hội dân sự": "Diễn"; "Ban vận động Văn đoàn ..."), and the likeness does not read the whole
    as a name. Neither the whole nor the head (a fragment) is taken, and the enumeration goes on
    past the part."""
    head = name_head(part)
    if head is None or whole_name(part) is not None or whole_in_sentence_case(part) is not None:
        return False
    after = part[head[1] :].split()
    if not after or not after[0].isalpha() or not after[0].islower():
        return False
    if fold(after[0]) in folded_words("and_words") or says(after[0]) or speaks(after[0]):
        return False
    return any(w[:1].isupper() for w in after[1:])


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
    whole = whole_name(part) or whole_in_sentence_case(part)
    if whole is not None:
        return whole
    head = name_head(part)
    if last and head is not None:
        found = part[head[0] :].split()
        if bounded_name(found) and not any(says(w) for w in found) and _lower_of(found):
            return head[0], len(part.rstrip())  # "la Federazione nazionale stampa zetlandese."
    tail = name_tail(part)
    before = part[: tail[0]].rstrip(" \"«“„'").split() if tail is not None else []
    if tail is not None and (kind := _kind_named(part, before)) is not None:
        return kind, tail[1]
    if tail is not None and _group_words(before, opens_group) and not _one_name(part, tail):
        return tail
    if _typed_lower(part):
        start = _past_article(part)
        # with no article, a kind word before a name in sentence case is the sentence's, in its
        # case ("pokreta Xandija je tu"); after one it is the name's ("le mouvement X")
        kind = name_after_kind(part.rstrip()) if start == len(part) - len(part.lstrip()) else None
        return start if kind is None else kind, len(part.rstrip())
    return head


def _kind_named(part: str, before: list[str]) -> int | None:
    """Where the name ending ``part`` starts when an article and a word saying its kind in the
    singular stand before it ("le mouvement Xandie en avant", "la coalition citoyenne Zumud"):
    the kind word, the name's as the text names it; ``None`` when ``before`` is not so (no
    article, or a plural: "les partis X" names the group)."""
    if (
        len(before) < 2
        or len(before) > _GROUP_WORDS
        or fold(before[0]) not in folded_words("articles")
    ):
        return None
    kind = before[1:]
    if not all(w[:1].islower() for w in kind) or generic_plural(kind[0]):
        return None
    if not is_type_word(kind[0]) or not all(is_type_word(w) or is_qualifier(w) for w in kind):
        return None
    return _past_article(part)


def _past_article(part: str) -> int:
    """Where ``part`` starts past its spaces and a separate article opening it ("le collectif
    citoyen Zumud" -> "collectif ...")."""
    found = re.match(r"\s*(\S+)\s+", part)
    if found is not None and fold(found.group(1)) in folded_words("articles"):
        return found.end()
    return len(part) - len(part.lstrip())


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
