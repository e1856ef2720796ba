"""Reading entries: the section of a block taken, each entry split into name, abbreviation,
gloss and country; entries cut short, garbled, persons' lines, or a dateline the page wrote into
the list's last entries are set aside as skipped."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ...model.countries import country_code
from ...model.quotes import ANY_OPENING
from ...model.records import Entry, Section, Skipped, Span
from ..cues import vocabulary
from ..dates import is_month_line, read_dateline
from ..entries import coupled, split_entry
from ..lists import Item, inline_items, open_more, undescribed
from ..names import (
    evidence,
    generic_plural,
    is_person,
    is_post,
    is_role_word,
    is_type_word,
    name_shaped,
    person_line,
    person_shaped,
    persons_organisation,
)
from ..text import words
from .blocks import Block
from .cuelines import as_of
from .damage import is_cut, is_garbled, is_stray, split_bilingual
from .pairs import PERSON, paired

__all__ = ["read_section"]


def _person_like(raw: str) -> bool:
    """True when an entry opens with a person's name (two capitalised words that are no
    organisation's, and no organisation's name up to its first comma: "Zetland Teachers' Union,
    Zedtown") and goes on as a person's line does (a comma, words in lower case)."""
    found = words(raw)
    if len(found) < 3 or not all(w[:1].isupper() for w in found[:2]):
        return False
    head = evidence(" ".join(found[:2]))
    if head.types or head.qualifiers or head.abbreviation or head.country or head.known:
        return False
    name, comma, _ = raw.partition(",")
    named = evidence(name)
    if comma and (named.types or named.abbreviation or named.known):
        return False
    return "," in raw or any(w[:1].islower() for w in found[2:])


@dataclass(frozen=True)
class _Reading:
    """How a list's entries read, decided once for the whole list."""

    raws: list[str]
    at_end: bool  # the list runs to the end of the page: its last entry may be cut
    open_end: bool  # the page stopped between two words: its last entry is cut
    for_organisations: bool  # "Name, chair of X" in every entry: X signs
    among_persons: bool  # several persons' lines (or described persons) among organisations
    bracketed: list[tuple[int, str] | None]  # "Name Surname (Organisation)" in every entry
    pairs: bool  # its entries pair persons and organisations (:mod:`.pairs`)
    sides: frozenset[int]  # where the organisations of those pairs start: no person's lines
    officers: bool  # persons' names and their posts alone, one a line: no organisation named
    countried: list[bool]  # "Jane Roe (Xandia)" in most entries: those entries are persons'

    @classmethod
    def of(cls, block: Block, text_end: int, open_end: bool) -> _Reading:
        raws = [raw for _, _, raw in block.items]
        persons = [person_line(raw) for raw in raws]
        for_organisations = all(p is not None and p[0] == "signer" for p in persons)
        described = [_described_person(raw) for raw in raws]  # "Ana Zet (Sekretärin)"
        countried = _from_countries(raws)  # "Jane Roe (Xandia)" / "John Doe (Zetland)"
        described = [d or c for d, c in zip(described, countried, strict=True)]
        lines = sum(p is not None or d for p, d in zip(persons, described, strict=True))
        among_persons = not for_organisations and lines >= 2
        bracketed = _bracketed(raws, described)
        last_line = block.items[-1][0] if block.items else None
        at_end = last_line is not None and last_line.end >= text_end
        if at_end and block.items and _inner_side(block):
            at_end = False  # "President of the XKP – Name": the page ends on the person's name
        posts = [is_post(raw.strip()) for raw in raws]  # "Jane Roe" / "President" / ...
        officers = any(posts) and all(
            post or person_shaped(raw) for post, raw in zip(posts, raws, strict=True)
        )
        return cls(
            raws,
            at_end,
            at_end and open_end,
            for_organisations,
            among_persons,
            bracketed,
            block.pairs,
            block.sides,
            officers,
            countried,
        )


def _from_countries(raws: list[str]) -> list[bool]:
    """Which entries give a person's name and, in brackets, only the country the person is from
    ("Jane Roe (Xandia)"), when most entries of the list do: a list of persons, each with their
    country; a country is no organisation. Where few do, the list is of organisations with their
    countries, some of whose names are written as a person's are ("Acceso Xandia (Zetland)"),
    and no entry is read so."""
    found = []
    for raw in raws:
        match = _DESCRIBED.match(raw)
        found.append(
            match is not None
            and country_code(match["what"].strip()) is not None
            and person_shaped(match["name"])
        )
    return found if sum(found) * 2 > len(raws) else [False] * len(raws)


def _inner_side(block: Block) -> bool:
    """True when the last entry of ``block`` is the organisation of a person's pair that the
    line goes on after ("General Secretary of the PTU – Name Surname"): it is whole."""
    line, start, raw = block.items[-1]
    return start in block.sides and start + len(raw) < line.start + len(line.content.rstrip())


def _bracketed(raws: list[str], described: list[bool]) -> list[tuple[int, str] | None]:
    """Each entry's organisation when every entry gives a person's name and, in brackets, their
    organisation ("Name Surname (XKP)" one a line): the persons of most of them (two at least)
    read as persons, and the others' are written as theirs are (a name whose words also read
    as a country's, or with an initial: :func:`~..names.persons_organisation`). An entry whose
    brackets say what its person is (``described``: "Name Surname (President)") names no
    organisation there: it is a person's line."""
    found = [
        None if d else persons_organisation(raw) for raw, d in zip(raws, described, strict=True)
    ]
    if len(raws) < 2 or sum(f is not None for f in found) * 2 <= len(raws):
        return [None] * len(raws)
    found = [
        f if f is not None or d else persons_organisation(raw, alike=True)
        for f, raw, d in zip(found, raws, described, strict=True)
    ]
    whole = all(f is not None or d for f, d in zip(found, described, strict=True))
    return found if whole else [None] * len(raws)


def _entry_text(
    reading: _Reading, k: int, start: int, raw: str, skipped: list[Skipped]
) -> tuple[str, Span, str | None] | None:
    """The text, span and translation of the ``k``-th entry (``raw`` at ``start``), or ``None``
    when it is set aside (cut, garbled, a person's) or only says that more signed."""
    span = Span(start, start + len(raw))
    whole = raw
    other: str | None = None
    pair = split_bilingual(raw)
    if pair is not None:
        raw, other = pair
        span = Span(start, start + len(raw))
    last = reading.at_end and k == len(reading.raws) - 1
    if last and other is not None:
        # the translation runs to the end of the page: it is cut, the name before it is whole
        other_start = start + whole.index(other)
        skipped.append(Skipped(other, Span(other_start, other_start + len(other)), "cut"))
        other = None
    elif last and is_cut(raw, reading.raws[:-1], reading.open_end):
        skipped.append(Skipped(raw, span, "cut"))
        return None
    if is_garbled(raw) or is_stray(raw, reading.raws[:k] + reading.raws[k + 1 :]):
        skipped.append(Skipped(raw, span, "garbled"))
        return None
    if open_more(raw):  # "And many more unions…"
        return None
    if start in reading.sides:
        return raw, span, other  # the organisation of a person's pair: it signs
    if reading.officers or reading.countried[k]:
        skipped.append(Skipped(raw, span, "person"))  # "Jane Roe" / "President": no one's name
        return None
    if reading.pairs and paired(raw) == PERSON:
        skipped.append(Skipped(raw, span, "person"))  # "Surname Name – jurist"
        return None
    organisation = reading.bracketed[k]
    if organisation is not None:
        offset, raw = organisation
        span = Span(start + offset, start + offset + len(raw))
    elif reading.among_persons and _person_like(raw):
        skipped.append(Skipped(raw, span, "person"))
        return None
    found = _organisation_named(reading, raw, span, skipped)
    return None if found is None else (found[0], found[1], other)


def _organisation_named(
    reading: _Reading, raw: str, span: Span, skipped: list[Skipped]
) -> tuple[str, Span] | None:
    """The organisation an entry names and its span: after a person's name and a role that
    speaks for it ("Name Surname, chair of X Union"), after words in lower case that lead to it,
    without a description in brackets that closes it; ``None`` when the entry is a person's line
    (set aside in ``skipped``)."""
    person = person_line(raw)
    if person is None and is_person(raw):
        person = "person", -1  # "Comrade Name – general secretary": a person's title opens it
    if person is None and _described_person(raw):
        person = "person", -1  # "Name Surname (lawyer and member of ...)"
    if person is not None:
        role, offset = person
        if role == "person" or not reading.for_organisations:
            skipped.append(Skipped(raw, span, "person"))
            return None
        raw = raw[offset:].rstrip(' ".,;')
        span = Span(span.start + offset, span.start + offset + len(raw))
    offset, named = _named_part(raw)
    if offset:
        raw, span = named, Span(span.start + offset, span.start + offset + len(named))
    named = undescribed(raw)  # "X Union (a union of 40,000 teachers)": the name without it
    if named != raw:
        raw, span = named, Span(span.start, span.start + len(named))
    return raw, span


#: A name, then in brackets words that open in lower case ("Ana Zet (lawyer and member ...)").
_DESCRIBED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<what>[^()]+)\)\s*[.,;]?$")


def _described_person(raw: str) -> bool:
    """True when an entry is a person's name with what the person is in brackets, in lower case
    ("Ana Zet (human rights lawyer)", "Ivo Ypsil (abogado de derechos)"), or opening with a
    person's role however it is written (:func:`_in_role`): a person, not an organisation (a name
    with its abbreviation or its organisation in brackets opens them with a capital, or writes
    one word there: "Ne Xandiam (nexa)")."""
    match = _DESCRIBED.match(raw)
    if match is not None and _in_role(match["name"], match["what"]):
        return True
    if match is None or len(match["what"].split()) < 2:
        return False  # one word may be an abbreviation in lower case ("Ne Xandiam (nexa)")
    if any(is_type_word(w) for w in words(match["what"])[:2]):
        return False  # "Xandia Zet (a network of students)": a kind of organisation, no person
    return match["what"][:1].islower() and person_shaped(match["name"])


def _in_role(name: str, what: str) -> bool:
    """True when ``what``, in brackets after a person's ``name``, is the person's role alone
    ("Gewerkschaftssekretär", "Secretaria") or a role that speaks for no organisation ("Member of
    the Board of the X Academy"): German writes the role with a capital, so its case tells
    nothing. A role that speaks for an organisation ("Secretary of the XKP") makes it the
    signer, read as a person's line is."""
    found = words(what)
    if not found or not is_role_word(found[0]) or not person_shaped(name):
        return False
    return len(found) == 1 or person_line(f"{name}, {what}") == ("person", -1)


def _named_part(raw: str) -> tuple[int, str]:
    """Where the name starts in an entry that opens with two words or more in lower case, perhaps
    after a bracket ("(with the support of the X Association", "and the Y Platform)"), and the
    name without a closing bracket it does not open; ``(0, raw)`` for any other entry, and when
    what follows the words is no name shaped as one."""
    tokens = list(re.finditer(r"[^\s()]+", raw))
    first = next((k for k, t in enumerate(tokens) if not t.group()[:1].islower()), len(tokens))
    if first < 2 or first == len(tokens) or raw[: tokens[0].start()] not in ("", "("):
        return 0, raw
    if not tokens[first].group().lstrip(ANY_OPENING)[:1].isupper():
        return 0, raw  # (a name may open with a quotation mark: "the union «Xandia Labour»")
    at = tokens[first].start()
    named = raw[at:]
    if named.endswith(")") and named.count(")") > named.count("("):
        named = named[:-1].rstrip()
    return (at, named) if name_shaped(named) else (0, raw)


#: A name in quotation marks, alone: „X“, “X”, «X», "X".
_QUOTED = re.compile(r"^[„“”«»\"‚‘’']\s?([^„“”«»\"]+?)\s?[“”«»\"‘’']$")

#: An entry that labels an enumeration of names ("Farmers' unions: A, B").
_LABELLED = re.compile(r"^(?P<label>[^:;,]{3,120}):\s+(?P<tail>\S.*)$")


@cache
def _such_as() -> re.Pattern[str]:
    """A kind of organisations, a word for "such as", then names ("Partidos políticos como A,
    B"; ``such_as_words`` of ``cues.yaml``)."""
    forms = sorted(vocabulary()["such_as_words"], key=len, reverse=True)
    joined = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"^(?P<label>[^:;,]{{3,80}}?)\s+(?i:{joined})\s+(?P<tail>\S.*)$")


def _unlabelled(items: list[Item]) -> list[Item]:
    """The items with each entry that is a label and an enumeration of names ("Organizaciones
    agrarias: A, B", "Partidos políticos como A, B") taken for the names: the label names a kind
    of organisations (a type word in the plural) and every name after it is shaped as one."""
    found: list[Item] = []
    for item in items:
        line, start, raw = item
        match = _LABELLED.match(raw) or _such_as().match(raw)
        if match and any(generic_plural(w) for w in words(match["label"])):
            parts, more = inline_items(line, match["tail"], start + match.start("tail"))
            if len(parts) >= 2 and more is None and all(name_shaped(p) for _, _, p in parts):
                found.extend(parts)
                continue
        found.append(item)
    return found


def _uncoupled(items: list[Item]) -> list[Item]:
    """The items with each entry that joins two names or more, each closed as a name on its own
    ("XKP (XK) and ZU (ZK)", "ABC، DEF"), taken for those names (:func:`~..entries.coupled`):
    every named signer is one entry."""
    return [
        (line, start + offset, part) for line, start, raw in items for offset, part in coupled(raw)
    ]


#: The most entries at a list's end that its dateline may take (a place, its country, a date).
_DATELINE_PARTS = 3


def _dated_tail(raws: list[str]) -> int:
    """How many of the last entries ``raws`` of a list read together as its dateline ("...,
    XKP, PTU, Zedtown, Xandia, March 2024": a place, in one part or two, and a date or a month
    and a year, that the page wrote into the list): none is a name; each before the date no
    abbreviation, type word or name the authority knows. At least one entry is left."""
    found = 0
    for k in range(1, min(_DATELINE_PARTS, len(raws) - 1) + 1):
        *places, _ = raws[-k:]
        if any(evidence(p).own_words for p in places):
            break
        # a place in two parts (a town and its country) is read as one place before the date
        parts = [raw.strip().rstrip(".") for raw in raws[-k:]]
        tail = ", ".join([" ".join(parts[:-1]), parts[-1]] if k > 1 else parts)
        if read_dateline(tail) is not None or is_month_line(tail):
            found = k
    return found


def read_section(
    block: Block, text_end: int, skipped: list[Skipped], open_end: bool = False
) -> Section | None:
    """The section of an accepted block, its damaged entries set aside in ``skipped``;
    ``open_end`` when the page stopped between two words."""
    block = replace(block, items=_uncoupled(_unlabelled(block.items)))
    dated = _dated_tail([raw for _, _, raw in block.items])
    for _, start, raw in block.items[len(block.items) - dated :]:
        skipped.append(Skipped(raw, Span(start, start + len(raw)), "not-a-name"))
    block = replace(block, items=block.items[: len(block.items) - dated])
    reading = _Reading.of(block, text_end, open_end)
    entries: list[Entry] = []
    for k, (_, start, raw) in enumerate(block.items):
        read = _entry_text(reading, k, start, raw, skipped)
        if read is None:
            continue
        text, span, other = read
        quoted = _QUOTED.match(text)
        if quoted:  # "“Aleanca e Xandës”": the quotation marks are no part of the name
            text, span = (
                quoted.group(1),
                Span(span.start + quoted.start(1), span.start + quoted.end(1)),
            )
        # the entry as written (``text[span]``); its name read as one line, a name the page
        # broke over two lines or wrote with runs of spaces included
        name, abbreviation, gloss, country = split_entry(" ".join(text.split()))
        country = country or block.country_heading
        entries.append(
            Entry(len(entries) + 1, text, span, name, abbreviation, gloss or other, country)
        )
    for _, start, raw in block.details:  # "– Comrade Name – secretary" under its party
        skipped.append(Skipped(raw, Span(start, start + len(raw)), "person"))
    if not entries and block.more is None:
        return None
    starts = [e.span.start for e in entries] + (
        [block.heading_span.start] if block.heading_span else []
    )
    ends = [e.span.end for e in entries] + ([block.heading_span.end] if block.heading_span else [])
    heading = block.heading or (entries[0].raw if entries else "")
    return Section(
        heading=heading,
        span=Span(min(starts), max(ends)),
        entries=tuple(entries),
        as_of=as_of(block.as_of_text),
        more_stated=block.more,
        group=block.lead or None,
    )
