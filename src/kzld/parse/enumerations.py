"""The last reading of a text in which no other reader names a signer: the enumeration of names
in its prose ("A, B, C and D today announced ...", "the statement was signed by A, B, C and D",
"... unions of the region (A, B, C) express ...", "A、B、C與D今日…"), whatever cue it has or
lacks.

Each sentence of the text's paragraphs, and the inside of each bracket in them, is read for its
longest run of three names or more, parted by the separators of any script and the words for
"and" (:func:`.enumerated.read_run`, which bounds the run's edges and reads its items as names).
A run is weighed by its evidence, never gated on one cue:

- its items: how many read as an organisation's name by their own words (:func:`.spans.strength`,
  an abbreviation, a type word, a name the authority knows); fewer than half is no run of names;
- a count of organisations in its sentence or in the text's title or lead that its length meets
  (within one: a text may count one more than it names);
- a word of signing, or a phrase saying "among them" or "namely", in its sentence;
- the words at its edges naming it as who made the statement: a word for a statement and a word
  calling it joint right before it ("deklaratë e përbashkët A, B, C"), or its kind in the plural
  right after it ("A, B, C parties formed ...");
- its place: the title or the first paragraphs of running text, where a text says who speaks;
  not for a run whose first name is read back from a clause and that ends its sentence: it is
  that clause's object ("the government has banned A, B, C and D.");
- a run read back from a clause that ends in a noun and a preposition ("the new government of A,
  B and C wants ...") completes that noun: it is no run of signers, unless the noun is a word for
  a statement, for leaders or for organisations.

The best run with enough evidence (:data:`ENOUGH`) names the signers; a run right after a word of
speaking (:func:`.spans.spoken_of`: whom the statement supports or condemns) names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..model.folding import fold
from ..model.records import Section
from .coordinated import says_signed, strong
from .cues import folded_words, phrase_alternation
from .enumerated import (
    counted_in,
    counts,
    paragraph_sentences,
    read_run,
    run_parts,
)
from .headings import lead_paragraphs
from .likeness import likeness
from .names import evidence, generic_plural, is_abbreviation, is_name_join, is_type_word
from .outside import signers_section
from .provenance import reads
from .separators import SEPARATOR
from .signatories import signing_cue
from .spans import signing_words, speaking, spoken_of, statement_word
from .text import Line, folded_in_place
from .wrapping import logical_lines

__all__ = ["ENOUGH", "enumeration_signers"]

#: The evidence a run needs besides its names (:func:`_evidence`).
ENOUGH = 2
#: The longest run read, and the shortest.
_MOST = 30
_FEWEST = 3
#: How many paragraphs of running text open a text (its lead), after its headings.
_LEAD = 2
#: What, right before a run's first name, says where it starts: a colon, an opening bracket or
#: mark of quotation, a dash, the corner marks that close a quotation in Chinese and Japanese.
_OPENS = ":(（[«“„\"'‘「『」』–—-"
#: The words before a run read for a joint statement's words (:func:`_named_makers`).
_HEAD = 4
#: Marks that close a quoted name before the words after it.
_CLOSES = "»”\"'’」』)）"
#: Marks that may cling to the edge of a name read from a run.
_MARKS = "「」『』"
#: How much an item must look like a name (:func:`.likeness.likeness`) to read as one.
_LIKE = 0.85
#: The inside of a bracket, where a text may enumerate the names a plural before it speaks of.
_BRACKET = re.compile(r"[(（]([^()（）]{12,})[)）]")


@dataclass(frozen=True)
class _Run:
    """A run of names read from a paragraph: its evidence, the paragraph and the names."""

    score: int
    line: Line
    names: list[tuple[int, str]]


@reads
def enumeration_signers(lines: list[Line], skip: set[int]) -> list[Section]:
    """The signers the best enumeration of names in the text's prose names (``skip``: the lines
    of furniture), or none when no run has :data:`ENOUGH` evidence."""
    logical = logical_lines(lines, skip)
    paragraphs = logical.paragraphs()
    lead = _lead_at(paragraphs)
    numbers = counts([paragraphs[k] for k in sorted(lead)])
    best: _Run | None = None
    for k, line in enumerate(paragraphs):
        for offset, sentence, (start, end) in _sentences(line):
            read, told = _bounded(sentence[start:end])
            names = [(start + a, t) for a, t in read]
            if not names or _spoken_to(sentence[: names[0][0]]):
                continue
            score = _evidence(sentence, names, numbers) + (
                k in lead and _speaker_shaped(told, sentence, names)
            )
            if best is None or score > best.score:
                best = _Run(score, line, [(offset + a, t) for a, t in names])
    if best is None or best.score < ENOUGH:
        return []
    return [signers_section(best.line, best.names, "phrase")]


def _lead_at(paragraphs: list[Line]) -> frozenset[int]:
    """The indices of the text's title and lead: the paragraphs up to its :data:`_LEAD`-th
    paragraph of running text (:func:`.headings.lead_paragraphs`, headings and all)."""
    return frozenset(range(len(lead_paragraphs(paragraphs, _LEAD, headings=True))))


def _sentences(line: Line) -> Iterator[tuple[int, str, tuple[int, int]]]:
    """The sentences of ``line`` (document offset, text) with the span of each in which a run
    is read: the sentence whole, and the inside of each bracket in it."""
    for offset, sentence in paragraph_sentences(line):
        yield offset, sentence, (0, len(sentence))
        for inner in _BRACKET.finditer(sentence):
            yield offset, sentence, inner.span(1)


def _longest(sentence: str) -> list[tuple[int, str]]:
    """The names of the longest run of :data:`_FEWEST` names or more in ``sentence``, when at
    least half of them read as names by their own words; a place or a label before a colon is
    none of the first."""
    for n in range(min(_MOST, run_parts(sentence)), _FEWEST - 1, -1):
        names = read_run(sentence, n)
        if names:
            strong = sum(map(_strong, (t for _, t in names)))
            return [] if strong * 2 < len(names) else [_past_colon(*names[0]), *names[1:]]
    return []


def _bounded(window: str) -> tuple[list[tuple[int, str]], bool]:
    """The names of the longest run in ``window`` (:func:`_longest`), without its first when
    nothing tells where that one starts: read back from a clause, it opens neither the window
    nor the words after a colon, a bracket, a quotation mark, a word of signing, a cue or a word
    for organisations (and False says so), and it is more than abbreviations; edge marks of
    quotation taken off each."""
    names = [_unmarked(at, name) for at, name in _longest(window)]
    if not names:
        return [], False
    before = window[: names[0][0]].rstrip()
    last = before.split()[-1] if before.split() else ""
    whole = SEPARATOR.match(before[-1:]) is not None  # an item whole: the run's edge left out
    told = not before or whole or before[-1] in _OPENS or _tells_start(last.strip(",;"))
    if not told and _governed(before.split()[-2:]):
        return [], False  # "the new government of A, B and C wants ...": the noun's complement
    return _alike(names if told or _abbreviated(names[0][1]) else names[1:]), told


def _abbreviated(name: str) -> bool:
    """True when every word of ``name`` is an abbreviation ("XKP", "PTU ZSF"): read back from a
    clause, it took none of the clause's words, so it is the run's first name whole."""
    return all(map(is_abbreviation, name.split()))


def _governed(last: list[str]) -> bool:
    """True when the ``last`` words before a run read back from a clause are a noun and a
    preposition after it ("government of", "gobierno de", "Regierung von"): the names complete
    that noun, they are no subject; not after a word for a statement, for leaders or for
    organisations ("declaration of", "declaración conjunta de", "leaders of", "unions of"), whose
    names are who speaks."""
    if len(last) < 2:
        return False
    noun, join = (fold(w.strip(",;")) for w in last)
    if (
        not is_name_join(join)
        or join in folded_words("articles")
        or join in folded_words("and_words")
    ):
        return False
    return not (
        statement_word(noun)
        or noun in folded_words("joint_words")
        or noun in folded_words("leader_words")
        or is_name_join(noun)
        or generic_plural(last[0])
        or is_type_word(last[0])
    )


def _alike(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names of a run without an edge item far longer than the items inside it (half as
    long again and a word): a clause read into the name the run's edge bounds."""
    if len(names) < _FEWEST:
        return names
    longest = max(len(name.split()) for _, name in names[1:-1])

    def alike(name: str) -> bool:
        return len(name.split()) <= longest * 1.5 + 1

    inner = names[1:-1]
    return [*names[:1] * alike(names[0][1]), *inner, *names[-1:] * alike(names[-1][1])]


def _tells_start(word: str) -> bool:
    """True when ``word`` right before a name says that a name starts after it."""
    folded = fold(word)
    return (
        folded in folded_words("byline_words")
        or folded in folded_words("namely_words")
        or bool(signing_words().count(word))
        or generic_plural(word)
    )


def _unmarked(at: int, name: str) -> tuple[int, str]:
    """``name`` (at ``at``) without marks of quotation or closing brackets at its edges that
    no mark inside it pairs ("」X")."""
    stripped = name.lstrip(_MARKS)
    at += len(name) - len(stripped)
    return at, stripped.rstrip(_MARKS) or name


def _past_colon(at: int, name: str) -> tuple[int, str]:
    """The first name without a place or a label before a colon ("Zedtown: XKP")."""
    head, colon, rest = name.rpartition(": ")
    return (at + len(head) + len(colon), rest) if colon and rest else (at, name)


def _spoken_to(before: str) -> bool:
    """True when the words before a run say it is whom the statement speaks to or of: a word of
    speaking among them (the run is its object: "we salute A, B and C"; a word for a statement is
    none: "Dans une déclaration commune, A, B, C et D demandent"), or right before it."""
    return spoken_of(before) or any(map(speaking, before.split()))


def _speaker_shaped(told: bool, sentence: str, names: list[tuple[int, str]]) -> bool:
    """True when a run of ``names`` in ``sentence`` may be who speaks: its start is ``told``, or
    words follow it in its sentence (its verb: "Today A, B, C and D condemned ..."); a run read
    back from a clause that ends the sentence is that clause's object ("... banned A, B, C and
    D.")."""
    at, last = names[-1]
    return told or re.search(r"\w", sentence[at + len(last) :]) is not None


def _strong(name: str) -> bool:
    """True when ``name`` reads as an organisation's by its own words (:func:`.coordinated.strong`),
    a type word among them, or its likeness to names."""
    return strong(name) or bool(evidence(name).types) or likeness(name) >= _LIKE


def _evidence(sentence: str, names: list[tuple[int, str]], numbers: frozenset[int]) -> int:
    """The evidence of a run of ``names`` in ``sentence`` besides its names: a count it meets
    (two), a word of signing, an "among them" or "namely" phrase, and every item a name (one
    each)."""
    size = len(names)
    stated = {value for value, _ in counted_in(sentence)} | numbers
    cued = _cued(sentence[: names[0][0]])
    met = any(abs(value - size) <= 1 for value in stated)
    # a count the run does not meet says the text names others: unless "among them" says so
    score = 2 if met else -1 if stated and not cued else 0
    score += bool(signing_cue(sentence) or says_signed(sentence))
    score += cued
    score += all(_strong(t) for _, t in names)
    score += _named_makers(sentence, names)
    return score


def _named_makers(sentence: str, names: list[tuple[int, str]]) -> bool:
    """True when the words at the run's edges name it as who made something together: a word
    for a statement and a word calling it joint right before it, or before joining words or
    articles there ("a joint declaration of A, B, C", "deklaratë e përbashkët A, B, C"), or its
    kind in the plural right after it, before the sentence goes on ("A, B and C parties formed
    ...")."""
    before = [fold(w.strip(",;:")) for w in sentence[: names[0][0]].split()[-_HEAD:]]
    while before and (is_name_join(before[-1]) or before[-1] in folded_words("articles")):
        before.pop()
    head = before[-_HEAD + 1 :]
    joint = folded_words("joint_words")
    stated = bool(head) and (head[-1] in joint or statement_word(head[-1]))
    if stated and any(map(statement_word, head)) and any(w in joint for w in head):
        return True
    at, last = names[-1]
    after = sentence[at + len(last) :].lstrip(_CLOSES).split()
    return len(after) > 1 and generic_plural(after[0])


def _cued(before: str) -> bool:
    """True when an "among them" or "namely" phrase comes before the run."""
    return bool(_cues().search(folded_in_place(before)))


@cache
def _cues() -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\w)(?:{phrase_alternation('among_phrases')}|{phrase_alternation('namely_words')})"
    )
