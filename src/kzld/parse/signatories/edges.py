"""A block's edges: leading and trailing lines of a list without a strong cue that are none of its
entries (a dateline, a closing slogan), an introducing sentence that stays the text's prose, and
the words of the sentence around an enumeration on a line (before its first name, after its
last)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ...model.folding import fold
from ...model.records import Span
from ..cues import folded_words, phrase_alternation
from ..dates import find_date, read_dateline
from ..lists import Item, quoted_whole
from ..names import (
    evidence,
    generic_plural,
    is_name_join,
    is_qualifier,
    is_type_word,
    known_name,
    name_score,
    name_shaped,
    person_shaped,
)
from ..separators import glued_and_before
from ..spans import signing_words, statement_word
from ..text import cased, folded_in_place, words
from .blocks import NONE, STRONG, Block
from .cuelines import counts_organisations, signing_cue
from .pairs import in_commas, nested, officers

__all__ = ["listed", "spoken", "trim", "uncased_heading", "without_lead", "without_tail"]


def trim(block: Block) -> Block:
    """A list without a strong cue loses leading and trailing lines that read as no name (a
    dateline such as ``Beirut, November 2012``, a closing slogan); the first becomes its heading.

    Under a line that introduces it, or marked as its other entries are, in a list whose inner
    entries read as names, an edge line is one of the entries unless it is shaped as no name: a
    name with few capitals or type words of its own ("attac Xandia", "Aktion freie Schule",
    "Rød Xandiallianse") is taken as its neighbours are, and in a marked list so is one written
    as a name in sentence case as they are (:func:`_marked_name`). Otherwise an edge line
    must read as a name by its words, and so must a person's name at the edge of a list spaced
    unevenly (a letter's signature under its sender's name). A block that loses more than half
    its lines so is no list at all."""
    block = nested(block)  # a party's delegates under it are none of the list's edges
    block = officers(block)  # nor are the lines of an officer's name and post over the party
    if block.cue == STRONG or block.kind == "inline":
        return block
    items = list(block.items)
    heading, heading_span = block.heading, block.heading_span
    capitals = sum(raw.isupper() for _, _, raw in items) * 2 > len(items)
    introduced = block.cue != NONE or block.kind == "marked"
    lenient = introduced and _named_within(items)
    even = len({b[0].number - a[0].number for a, b in pairwise(items)}) <= 1
    inner = [raw for _, _, raw in items[1:-1]]

    def stray(item: Item) -> bool:
        _, start, raw = item
        if start in block.sides or in_commas(raw) is not None:
            return False  # "Name Surname, chair X Union": a person signing for X, an entry
        if introduced and quoted_whole(raw):
            return False  # «Xandia»: quoted whole as a name, as the list's other names are
        if not lenient:
            return _stray(raw, capitals)
        if block.kind == "marked" and _marked_name(raw, inner):
            return False  # "• Delavska svetovalnica": marked as the others are, and written so
        # a person's name alone after the names of a letter's sender is its signature line
        return _unshaped(raw, capitals) or (
            not even and person_shaped(raw) and _stray(raw, capitals)
        )

    while len(items) > 1 and stray(items[0]):
        line = items.pop(0)[0]
        heading, heading_span = line.content, Span(line.start, line.end)
    while len(items) > 1 and stray(items[-1]):
        items.pop()
    if len(items) == len(block.items):
        return block
    if len(items) * 2 < len(block.items):
        # most of its lines read as no name: slogans or programme lines, no list of names
        return replace(block, items=[])
    lines = [line.number - 1 for line, _, _ in items]
    taken = range(min(lines), max(lines) + 1)
    return replace(block, items=items, taken=taken, heading=heading, heading_span=heading_span)


#: The fewest entries under a line that :func:`uncased_heading` takes for the list's heading.
_UNDER_HEADING = 4


def uncased_heading(block: Block) -> Block:
    """The block without its first line when, in a script without capitals, that line holds no
    word of a kind of organisation while every line under it (four at least) closes with one
    ("For this occasion" over "X Teachers' Association", "Y Workers' Centre", ... as a list in
    Sinhala writes them), and it is no abbreviation nor a name the authority knows: a list so
    uniform is headed by that line, which names no one. Capitals cannot say so there; the lines'
    last words do. Only an unmarked list not under a heading that counts its organisations: a
    line marked as the others are, or under such a heading, is one of them."""
    items = list(block.items)
    first = items[0][2] if items else ""
    if block.kind != "plain" or len(items) <= _UNDER_HEADING or cased(first):
        return block  # a marked first line is an entry, as the others marked so are
    if counts_organisations(block.heading or ""):
        return block  # "5 पार्टियों के नाम" (the names of 5 parties) announces every line
    found = evidence(first)
    if found.types or found.abbreviation or found.known:
        return block
    if not all(_closes_typed(raw) for _, _, raw in items[1:]):
        return block
    line = items[0][0]
    lines = [entry.number - 1 for entry, _, _ in items[1:]]
    return replace(
        block,
        items=items[1:],
        taken=range(min(lines), max(lines) + 1),
        heading=line.content,
        heading_span=Span(line.start, line.end),
    )


def _closes_typed(raw: str) -> bool:
    """True when the last word of ``raw`` is a word of a kind of organisation, in a script
    without capitals."""
    found = words(raw)
    return bool(found) and not cased(raw) and is_type_word(found[-1])


def _stray(raw: str, capitals: bool) -> bool:
    """True when a first or last line of a list without a strong cue is none of its entries: it
    reads as no name, unless it is shaped as one and written in capitals as the whole list is
    (``GESTAMP BIZKAIA`` among names in capitals is one of them)."""
    if name_score(raw) >= 0.35 or known_name(raw):
        return False
    if not cased(raw):
        # a script without capitals: a name there scores low on its form alone, so a line is
        # stray only when it is shaped as no name (a sentence, a word of prose) or is a date
        return not name_shaped(raw) or read_dateline(raw) is not None
    if not (capitals and raw.isupper() and name_shaped(raw)):
        return True
    # a statement word names the text, not a signer ("COMMUNIQUÉ", "ΚΟΙΝΗ ΑΝΑΚΟΙΝΩΣΗ")
    return read_dateline(raw) is not None or any(
        fold(w) in folded_words("statement_words") for w in words(raw)
    )


#: A time of day ("12.00", "9:30"): a programme's line, no name's.
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:])")


def listed(raw: str) -> bool:
    """True when a line is shaped as a name in a list, and gives no time of day or date (a
    programme's "Gathering at 12.00 – X Square", "Rome – Saturday 5 November")."""
    return name_shaped(raw) and not _CLOCK.search(raw) and find_date(raw) is None


def _named_within(items: list[Item]) -> bool:
    """True when the entries inside a list's edges (three at least) read as names: on average
    by their words, or nearly all by their form."""
    inner = [raw for _, _, raw in items[1:-1]]
    if len(inner) < 3:
        return False
    scores = sum(name_score(raw) for raw in inner)
    return scores >= 0.45 * len(inner) or sum(map(listed, inner)) >= 0.75 * len(inner)


def _unshaped(raw: str, capitals: bool) -> bool:
    """True when an edge line of an introduced or marked list is none of its entries: it reads
    as no name by its words, and it is shaped as no name (a sentence, a slogan, words of prose),
    or it is a date or a word for the statement."""
    if not _stray(raw, capitals):
        return False  # it reads as a name by its words
    # a name may open in lower case ("attac Xandia", "ver.di"): its form is read from the rest
    shaped = name_shaped(raw[:1].upper() + raw[1:])
    if not shaped or raw.rstrip().endswith(("!", "?")):
        return True
    return read_dateline(raw) is not None or any(
        fold(w) in folded_words("statement_words") for w in words(raw)
    )


#: The most words of an edge line of a marked list read as a name in sentence case.
_SENTENCE_CASE_WORDS = 8


def _marked_name(raw: str, inner: list[str]) -> bool:
    """True when an edge line of a marked list (whose inner entries read as names) is written as a
    name in sentence case as a third at least of the list's ``inner`` entries are ("Delavska
    svetovalnica" among "Sindikat kulture in narave Slovenije", "Radio voix des mines." among
    "Le syndicat général de l’enseignement de base."): it opens with a capital, is short, holds
    no word of prose, no date, time of day or word for the statement, opens with no kind of
    organisations in the plural (a group, no one named), and closes as no sentence but with a
    full stop the list may set after every entry. Its marker and its place say it is one of
    the list's entries; its words need not."""
    text = raw.rstrip().removesuffix(".")
    found = words(text)
    if not _sentence_case(text) or len(found) > _SENTENCE_CASE_WORDS:
        return False
    if sum(map(_sentence_case, inner)) * 3 < len(inner):
        return False  # the list's names are written otherwise: the line is not one of them
    if text.endswith(("!", "?", ":")) or _CLOCK.search(text) or find_date(text) is not None:
        return False
    if person_shaped(text) or any(fold(w) in folded_words("statement_words") for w in found):
        return False
    if generic_plural(found[0]):
        return False  # "Ayuntamientos de varias localidades": a group of bodies, no one named
    return evidence(text).prose == 0


def _sentence_case(text: str) -> bool:
    """True when ``text`` opens with a capital and holds a word of four letters or more in
    lower case that joins no name's words ("Delavska svetovalnica", "Sindikat kulture in ...")."""
    found = words(text)
    return (
        bool(found)
        and found[0][:1].isupper()
        and any(w.islower() and len(w) >= 4 and not is_name_join(w) for w in found[1:])
    )


def spoken(block: Block, index: int) -> Block:
    """The block without the sentence ``lines[index]`` that introduces it: a sentence that says
    what follows ("The councils of these companies decided to support the call:") is the text's
    prose, in its language, and the list takes only its entries."""
    if block.kind == "inline" or block.taken.start != index or len(block.taken) < 2:
        return block
    return replace(block, taken=range(index + 1, block.taken.stop))


#: The fewest words in lower case that make the opening of an enumeration's first item prose.
_LEAD_WORDS = 2
#: The most words between a word of signing and the word saying who the signers are, in the
#: sentence leading into an enumeration in a script without capitals.
_LEAD_SPAN = 6


@cache
def _naming() -> re.Pattern[str]:
    """A word saying who the signers are (``naming_words``: "كل من", "bao gồm"), as a whole word
    of a text folded in place."""
    return re.compile(rf"(?<!\S)(?:{phrase_alternation('naming_words')})(?!\S)")


def _signing(word: str) -> bool:
    """True when the folded ``word`` is a word of signing, perhaps with a conjunction written
    onto it (:func:`..separators.glued_and_before`: "ووقع", and signed)."""
    unglued = word[len(glued_and_before(word)) :]
    return signing_words().matches(word) or signing_words().matches(unglued)


def _uncased_lead(raw: str) -> int:
    """Where the first name opens in ``raw``, the first item of an enumeration in a script
    without capitals that opens with the sentence leading into it: after a word of signing and a
    word saying who the signers are a few words on ("ووقع على هذا البيان كل من X": signed this
    statement each of X); 0 when it opens no such sentence."""
    if cased(raw):
        return 0
    tokens = list(re.finditer(r"\S+", raw))[:_LEAD_SPAN]
    signing = [t for t in tokens if _signing(fold(t.group()))]
    if not signing:
        return 0
    folded = folded_in_place(raw)
    naming = _naming().search(folded, signing[0].end())
    if naming is None or len(folded[signing[0].end() : naming.start()].split()) > _LEAD_SPAN:
        return 0
    rest = raw[naming.end() :].lstrip(" :")
    return len(raw) - len(rest) if rest and name_shaped(rest) else 0


def without_lead(items: list[Item]) -> list[Item]:
    """The items of an enumeration with the words of the sentence that leads into its first name
    taken off that item ("Ang mga ito ay ang partidong X Party (XP)", "Among the signers are the
    X Union"): the item opens the line, its first word is followed by two words or more in lower
    case that join no name, and after the last of them (and perhaps an article) comes a name with
    a capital; in a script without capitals, the name after a word of signing and a word saying
    who the signers are (:func:`_uncased_lead`)."""
    if len(items) < 3:
        return items
    line, start, raw = items[0]
    if start != line.start:
        return items
    lead = _uncased_lead(raw)
    if lead:
        return [(line, start + lead, raw[lead:]), *items[1:]]
    tokens = list(re.finditer(r"\S+", raw))
    lowered = [
        k
        for k, token in enumerate(tokens[1:], 1)
        if token.group()[:1].islower() and not is_name_join(token.group())
    ]
    if len(lowered) < _LEAD_WORDS:
        return items
    # the name starts at the first capital after the last of them ("... are the X Party")
    first = next(
        (k for k in range(lowered[-1] + 1, len(tokens)) if tokens[k].group()[:1].isupper()), None
    )
    if first is None or not all(is_name_join(t.group()) for t in tokens[lowered[-1] + 1 : first]):
        return items
    rest = raw[tokens[first].start() :]
    capitals = [t.group() for t in tokens[1 : lowered[-1] + 1] if t.group()[:1].isupper()]
    if capitals or not name_shaped(rest) or signing_cue(raw[: len(raw) - len(rest)]):
        return items  # (a sentence of signing names its signers: its readers take it whole)
    return [(line, start + len(raw) - len(rest), rest), *items[1:]]


#: The fewest and the most words of the clause that goes on after an enumeration's last name
#: ("issued the following statement:"): a longer one is a sentence of its own, which the readers
#: of prose take.
_TAIL_WORDS = 2
_TAIL_MOST = 6


def without_tail(items: list[Item]) -> list[Item]:
    """The items of an enumeration with the words of the sentence that goes on after its last
    name taken off that item, where they introduce the statement with a colon ("..., the Y Union
    and the Z League issued the following statement:"): the clause opens at the first word in
    lower case that neither joins the words of a name, says what it is nor is a word for "and"
    (in a script without capitals, after the bracket that closes the name), it has two to six
    words, one of them a word for a statement or of signing, and what is left reads as a name.
    (A sentence that ends with its full stop, "A, B and C signed the declaration today.", is
    the readers of prose's.)"""
    if len(items) < 2:
        return items
    line, start, raw = items[-1]
    cut = _clause_start(raw) if raw.rstrip().endswith(":") else None
    if cut is None:
        return items
    name = raw[:cut].rstrip(" ,;:")
    if not name_shaped(name):
        return items
    return [*items[:-1], (line, start, name)]


def _clause_start(raw: str) -> int | None:
    """Where the clause after the last name of ``raw`` opens (:func:`without_tail`), or None."""
    tokens = list(re.finditer(r"\S+", raw))
    ands = folded_words("and_words")
    if cased(raw):
        first = next(
            (
                k
                for k, token in enumerate(tokens[1:], 1)
                if token.group()[:1].islower()
                and not is_name_join(token.group())
                and not is_type_word(token.group())
                and not is_qualifier(token.group())
                and fold(token.group()) not in ands
            ),
            None,
        )
    else:
        closing = raw.rfind(")")
        first = next((k for k, t in enumerate(tokens) if t.start() > closing), None)
        first = first if closing > 0 and first else None
    if first is None or not _TAIL_WORDS <= len(tokens) - first <= _TAIL_MOST:
        return None
    rest = [fold(t.group().strip(".,;:!?")) for t in tokens[first:]]
    if not any(statement_word(w) or signing_words().matches(w) for w in rest):
        return None
    return tokens[first].start()
