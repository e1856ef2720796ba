"""The section of signers named outside a list (in a title, a phrase, a sentence, a header line),
as :mod:`.structure` keeps it: one entry per name, a signer's post and a person beside the name
left out ("X Party General Secretary John Smith", "Predsedniki XMŠ"), a last name the page breaks
off dropped.

Where the names come from is the finders' concern: :mod:`.titled` (titles and head lines),
:mod:`.openings` (the subject of an opening sentence), :mod:`.signing` (sentences with a verb of
signing, "on behalf of" and "among them" phrases), :mod:`.plurals` (names after a word for
organisations in the plural or their number).
"""

from __future__ import annotations

import re
from functools import cache

from ..model.folding import fold
from ..model.records import Entry, Section, Span
from .calendars import relative_days
from .cues import folded_words, phrase_alternation, vocabulary
from .entries import split_entry
from .names import (
    generic_plural,
    is_abbreviation,
    is_name_join,
    is_type_word,
    person_shaped,
)
from .running import expanded, reads_as_name, without_case_ending
from .signatories.damage import is_cut
from .spans import (
    NAMED,
    measured,
    strength,
)
from .text import Line, folded_in_place

__all__ = [
    "measured_names",
    "signers_section",
]

#: How far before a section's first name its sentence is read for what governs the names.
_BEFORE = 80
#: Where a sentence or a line ends, before the words that govern a run of names.
_SENTENCE_END = re.compile(r"[.!?;:\n]\s|\n")


def _uncut(line: Line, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names of a sentence without a last one that ``line`` breaks off at its end, as a page
    copied short does ("..., and the Xandia Workers Uni"): a fragment, no signer (one name alone
    is kept, and so is an abbreviation)."""
    if len(names) < 2 or is_abbreviation(names[-1][1]):
        return names
    at, last = names[-1]
    ends = at + len(last) >= line.start + len(line.content.rstrip())
    return names[:-1] if ends and is_cut(last, [n for _, n in names[:-1]]) else names


@cache
def _role_phrases() -> tuple[tuple[str, ...], ...]:
    forms = {tuple(fold(str(r)).rstrip("*").split()) for r in vocabulary()["signer_roles"]}
    return tuple(sorted(forms, key=len, reverse=True))


#: The longest ending a word of a role may have beyond the role's form, and the shortest form
#: that may have one.
_ENDING = 3
_STEM = 5


@cache
def _roles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The role phrases under their first word ("" for a phrase of no word)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _role_phrases():
        index.setdefault(phrase[0] if phrase else "", []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


def _role_at(folded: list[str], k: int) -> bool:
    """True when a signer's role opens at the ``k``-th of the ``folded`` words, each of its words
    perhaps with an ending of up to three letters ("genel baskani", "presidente"). Only the
    roles whose first word the ``k``-th word is, or begins with, are compared."""
    index = _roles_by_first_word()
    first = folded[k] if k < len(folded) else None
    forms = {""}
    if first is not None:
        forms |= {
            first,
            *(first[:-cut] for cut in range(1, _ENDING + 1) if len(first) - cut >= _STEM),
        }
    for phrase in (p for form in forms for p in index.get(form, ())):
        here = folded[k : k + len(phrase)]
        if len(here) == len(phrase) and all(
            w == r or (len(r) >= _STEM and w.startswith(r) and len(w) - len(r) <= _ENDING)
            for w, r in zip(here, phrase, strict=True)
        ):
            return True
    return False


def _before_role(raw: str) -> str:
    """The organisation's name in ``raw`` when a signer's role and a person follow it ("X Party
    General Secretary John Smith", "XKP Genel Başkanı Ali Veli"): the words before the role,
    when they read as a name and close every bracket they open (a role's word inside a name
    written out in brackets is the name's: "XPAC (Xandia Presidents Against Poverty)"); else
    ``raw``."""
    tokens = list(re.finditer(r"\S+", raw))
    folded = [fold(t.group().strip(",.;:")) for t in tokens]
    for k in range(1, len(tokens)):
        if _role_at(folded, k):
            head = raw[: tokens[k - 1].end()]
            if head.count("(") > head.count(")"):
                return raw
            return head if reads_as_name(head) or strength(head) >= NAMED else raw
    return raw


def _named_plural(before: list[str]) -> bool:
    """True when the words ``before`` a plural make it a name's: a type word among them, or a
    capitalised word and a joining word in lower case ("Unió de", "Union of")."""
    if any(is_type_word(w) for w in before):
        return True
    return (
        len(before) >= 2
        and is_name_join(before[-1])
        and before[-1][:1].islower()
        and before[-2][:1].isupper()
    )


@cache
def _among() -> re.Pattern[str]:
    """An "among them" phrase (``among_phrases``) opening a text, folded, and the gap after it."""
    return re.compile(rf"^(?:{phrase_alternation('among_phrases')})[\s:,]+(?=\S)")


def _past_among(start: int, raw: str) -> tuple[int, str]:
    """``raw`` without an "among them" phrase opening it: the phrase is no name's."""
    match = _among().match(folded_in_place(raw))
    return (start + match.end(), raw[match.end() :]) if match else (start, raw)


def _after_role(start: int, raw: str) -> tuple[int, str]:
    """The organisation's name in ``raw`` when a signer's role opens it, capitalised as the
    first word of a sentence ("Predsedniki XMŠ", "Leaders of the X Party"), or a description
    ending with a word for organisations in the plural ("Mimoparlamentné strany XMK"): the
    words after it (a joining word after it left out), when they read as a name; else ``raw``.
    A plural after a type word is the name's own ("Union of Federations of X")."""
    tokens = list(re.finditer(r"\S+", raw))
    if len(tokens) < 2:
        return start, raw
    plural = [k for k, t in enumerate(tokens[:3]) if generic_plural(t.group().strip(",;:"))]
    if plural and _named_plural([t.group() for t in tokens[: plural[0]]]):
        plural = []  # "Unió de Federacions ...", "Union of Unions": the plural is the name's
    if _role_at([fold(t.group()) for t in tokens[:3]], 0):
        k = 1
    elif plural and plural[0] + 1 < len(tokens):
        k = plural[0] + 1
    else:
        return start, raw
    while k < len(tokens) - 1 and is_name_join(tokens[k].group()):
        k += 1
    rest = raw[tokens[k].start() :]
    if expanded(raw) and not expanded(rest):
        return start, raw  # "Coordinadora Nacional X (CNX)": the abbreviation spells the word
    if is_abbreviation(rest.split()[0]) or reads_as_name(rest) or strength(rest) >= NAMED:
        return start + tokens[k].start(), rest
    return start, raw


def _is_post(name: str) -> bool:
    """True when every word of ``name`` is a signer's role ("President", "Segretarju Ġenerali"):
    a post names no one."""
    folded = [fold(w.strip(",.;:")) for w in name.split()]
    return bool(folded) and all(_role_at(folded, k) for k in range(len(folded)))


def _without_officers(line: Line, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``names`` without a post read as a name and the person's name a comma joins to it
    ("Jane Roe, President of XKP" read as three names is XKP alone): a post names no one, and a
    person shaped name right before it is the officer's; so is one in apposition right after an
    organisation its post names (:func:`_holds_the_post`)."""
    officers: set[int] = set()
    for k, (at, raw) in enumerate(names):
        if _holds_the_post(line, at, raw):
            officers.add(k)
        if not _is_post(raw):
            continue
        officers.add(k)
        if k:
            before, name = names[k - 1]
            between = line.content[before - line.start + len(name) : at - line.start]
            if between.strip() == "," and person_shaped(name):
                officers.add(k - 1)
    return [n for k, n in enumerate(names) if k not in officers]


def _holds_the_post(line: Line, at: int, raw: str) -> bool:
    """True when the person shaped name ``raw`` (at ``at`` in ``line``) follows a comma right
    after an organisation that a signer's post names, and no word for "and" follows it: "with
    the chairman of the Xandia Party, Jane Roe, on ...", "kryetarin e Partisë X, Name Surname,".
    The person holds the post; the clause names no signer there."""
    start = at - line.start
    before = line.content[:start].rstrip()
    following = line.content[start + len(raw) :].split()
    if not before.endswith(",") or not person_shaped(raw):
        return False
    if following and fold(following[0]) in folded_words("and_words"):
        return False  # "the chairman of X, Jane Roe and ...": a run of names goes on
    clause = re.split(r"[,;:.!?]", before[:-1])[-1].split()
    folded = [fold(w) for w in clause]
    return any(_role_at(folded, k) and _post_of(clause[k + 1 :]) for k in range(len(clause)))


def _post_of(words_after: list[str]) -> bool:
    """True when ``words_after`` a post are words joining it to a name and the name to the
    clause's end: "of the Xandia Party", "e Partisë X", "del Partido X"."""
    joins = 0
    while joins < len(words_after) and is_name_join(words_after[joins]):
        joins += 1
    name = words_after[joins:]
    return (
        joins > 0
        and bool(name)
        and name[0][:1].isupper()
        and all(w[:1].isupper() or is_name_join(w) for w in name)
    )


#: The most words of a time word ("pasado mañana", "depois de amanhã").
_TIME_WORDS = 3


def _past_time_word(start: int, raw: str) -> tuple[int, str]:
    """``raw`` without a word for a day around today that opens it before an abbreviation,
    perhaps after an article ("Today XKP", "Ayer el XKP" are XKP: the word is capitalised by its
    place in the sentence), and nothing when it is such a word alone ("أمس", yesterday):
    :func:`.calendars.relative_days`."""
    tokens = list(re.finditer(r"\S+", raw))
    days = relative_days()
    for k in range(min(len(tokens), _TIME_WORDS), 0, -1):
        if fold(raw[: tokens[k - 1].end()].strip(",;:")) not in days:
            continue
        if k == len(tokens):
            return start, ""
        # an article between: "Ayer el XKP", "Yesterday the XKP"
        at = k + (fold(tokens[k].group()) in folded_words("articles") and k + 1 < len(tokens))
        if is_abbreviation(tokens[at].group().strip(",;:")):
            return start + tokens[at].start(), raw[tokens[at].start() :]
    return start, raw


def signers_section(line: Line, names: list[tuple[int, str]], kind: str) -> Section:
    """The section of signers ``names`` (document offset, name as written) read from ``line``:
    ``kind`` says where ("title", "phrase", "header"). A name followed by a signer's role and a
    person ("XKP Genel Başkanı Ali Veli") is the name alone, and so is a name after a role that
    opens a sentence ("Predsedniki XMŠ, ...") or after an "among them" phrase ("Aralarında
    XİŞ", "Among them XKP")."""
    names = _uncut(line, names) if kind == "phrase" else names
    names = _without_officers(line, names)
    names = [n for n in (_past_time_word(start, raw) for start, raw in names) if n[1]]
    names = [_after_role(*_past_among(start, _before_role(raw))) for start, raw in names]
    # "XKP's chairman ...", "XKP'nin genel başkanı ...": the case ending is no part of the name
    names = [(start, without_case_ending(raw)) for start, raw in names]
    entries = []
    for position, (start, raw) in enumerate(names, start=1):
        name, abbreviation, gloss, country = split_entry(raw)
        entries.append(
            Entry(position, raw, Span(start, start + len(raw)), name, abbreviation, gloss, country)
        )
    # every name a post, a person's or a time word: a section of no entry, which no one keeps
    span = Span(
        min((e.span.start for e in entries), default=line.start),
        max((e.span.end for e in entries), default=line.start),
    )
    return Section(heading=line.content, span=span, entries=tuple(entries), kind=kind)


def measured_names(section: Section, text: str) -> bool:
    """True when the words of ``text`` right before ``section``'s first name, in its sentence,
    say a measure was taken against the names (:func:`.spans.measured`: "the government banned
    three parties (A, B and C)"): they sign nothing, whichever reader of prose found them. (Each
    reader asks :func:`.spans.spoken_of` itself where a word of speaking may also be passive:
    "unterstützt vom X", "las organizaciones convocantes son X".)"""
    start = min(e.span.start for e in section.entries)
    before = text[max(0, start - _BEFORE) : start]
    return measured(_SENTENCE_END.split(before)[-1])
