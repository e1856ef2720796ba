"""Signers the lead of a statement names as the subject of one of its sentences, with no word of
signing: "X, Y og Z har vedtaget en fælles udtalelse", "Mae X a Y wedi cyhoeddi datganiad", and
the names in apposition to a "we" that opens the sentence ("Mi, stranke ..., X, Y i Z, odlučili
smo ...", whatever the verb).

The coordinated names are read as :mod:`.coordinated` reads them (:func:`.coordinated.runs`,
weighed by :func:`.coordinated.accepted`); this module says where in the sentence they must
stand.
"""

from __future__ import annotations

import re

from ..model.quotes import ANY_OPENING
from ..model.records import Section
from .coordinated import Run, accepted, runs, sentences
from .names import evidence, is_name_join, is_person, person_shaped
from .openings import dateline_end, we_opening
from .outside import signers_section
from .provenance import reads
from .spans import tells_of_a_statement
from .text import Line

__all__ = ["lead_signers"]


#: A word opening with a quotation mark after a space or at the start ("“technical").
_QUOTE_OPENED = re.compile(rf"(?:^|(?<=\s))[{re.escape(ANY_OPENING)}](\w)")


def _quotes_prose(name: str) -> bool:
    """True when ``name`` holds a word in lower case that opens with a quotation mark (the X
    Union's “technical” of "the X Union's “technical” faults"): a quoted word of the sentence
    the run of names was cut into, no name's."""
    return any(match.group(1).islower() for match in _QUOTE_OPENED.finditer(name))


#: The most words a sentence of the lead may have before the names that are its subject
#: ("Opozicijske", "De fem fredsorganisationerna", "Mae").
_BEFORE_SUBJECT = 3


def _as_subject(sentence: str, run: Run) -> bool:
    """True when the names of ``run`` are the subject that opens ``sentence``: at most a few words
    before the first (after a dateline), a word in lower case right after the last (a verb)."""
    before = sentence[dateline_end(sentence) : run[0][0]]
    if len(before.split(maxsplit=_BEFORE_SUBJECT)) > _BEFORE_SUBJECT or re.search(r"[,;:]", before):
        return False
    after = sentence[run[-1][0] + len(run[-1][1]) :].lstrip(" ,»”\"'")
    following = after.split(maxsplit=1)[:1]
    if not following or is_name_join(following[0]):
        return False
    head = following[0][:1]
    return head.islower() or (head.isalpha() and head.upper() == head.lower())


def _in_apposition(sentence: str, start: int, run: Run) -> bool:
    """True when the names of ``run`` stand in apposition to the "we" of ``sentence`` whose
    apposition opens at ``start`` ("We, the X Party and the Y Union, declare", "Mi, stranke ...,
    X, Y i Z, odlučili smo"): nothing but an article before the first name, or a description
    closed by a comma ("We, as members of the X Party, ..." names no signer), and a comma then a
    word in lower case (the verb) after the last."""
    before = sentence[start : run[0][0]]
    if len(before.split()) > 1 and not before.rstrip().endswith(","):
        return False
    after = sentence[run[-1][0] + len(run[-1][1]) :]
    following = re.match(r"\s*,\s*(\S+)", after)
    return following is not None and following.group(1)[:1].islower()


@reads
def lead_signers(paragraph: Line) -> Section | None:
    """The signers the lead of a statement names as the subject of a sentence that tells of the
    statement, with no word of signing ("X, Y og Z har vedtaget en fælles udtalelse", "Mae X a
    Y wedi cyhoeddi datganiad", "Opozicijske X, Y in Z so uskladile besedilo sporazuma"): the
    coordinated names that open the sentence, followed by its verb: three or more, or two of
    which one has a type word ("NATO and EU condemn ..." may be the argument's); or the names in
    apposition to a "we" that opens the sentence ("Mi, stranke ..., X, Y i Z, odlučili smo ...",
    whatever the verb). A sentence that only tells what organisations did ("X and Y attended the
    meeting") names no signer."""
    names: list[tuple[int, str]] = []
    for offset, sentence in sentences(paragraph):
        we = we_opening(sentence)
        if we is None and not tells_of_a_statement(sentence):
            continue
        for run in runs(sentence):
            run = [(at, name) for at, name in run if we is None or at >= we]
            kept = accepted(run, strong_enough=1)
            persons = sum(person_shaped(name) or is_person(name) for _, name in run)
            inside = sentence[run[0][0] : run[-1][0] + len(run[-1][1])] if run else ""
            if persons >= 2 or (";" in inside and "," in inside):
                continue  # "Role X Party (XP), Person; Role ...": signers of another kind
            if any(_quotes_prose(name) for _, name in run):
                continue  # the run was cut out of a quoted word: the sentence is no subject's
            typed = any(evidence(name).types for _, name in kept)
            if not kept or not (typed or len(kept) >= 3):
                continue
            apposed = we is not None and _in_apposition(sentence, we, kept)
            if apposed or _as_subject(sentence, kept):
                names += [(offset + at, name) for at, name in kept]
                break
    return signers_section(paragraph, names, "title") if names else None
