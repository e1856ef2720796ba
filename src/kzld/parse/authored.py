"""The last reading of a text in which no other reader published a signer: who speaks as the
statement's author in its head or its lead.

- A heading of the text's head as long as a line of prose, which the title's readers pass over
  as running text, read as :func:`~.titled.title_signers` reads a title: the names after a word
  for a statement and its joining word ("Pahayag ng XPAC (Xandia Union Presidents Against
  Poverty)"), each reading as an organisation's by its own evidence.
- The first sentence of a paragraph of the lead (its first three paragraphs of running text):
  the names after a "we" and a word for their representatives ("We, the authorised
  representatives of the X Party and the Y Union, ..."), or, when the sentence names a
  statement, its subject, two names or more read by their capitals
  (:func:`~.openings.opening_signers`, relaxed: "Mae Llywodraeth X a Phlaid Y wedi cyhoeddi
  datganiad ...").
- In a language that puts its verb first (``verb_first_languages``), the one organisation a
  lead sentence opening with a verb of speaking names right after it (:func:`_verb_first_author`:
  "أدان حزب العمال الزتلاندي بشدة ...", "Binabati ng Samahan ng Xandia ang ...").
- Failing all, a line of the head down to the title parted by a colon or a dash into a slogan
  or label and the one name of its author (:func:`~.titled.labelled_signer`: "Xandian Union
  Federation: STOP THE EVICTIONS!").

It runs after every other reader and the gate, and only when they published no signature: a
text that names its signers anywhere else is never read again here. Whom a statement speaks of
stands after its verb or its topic word and signs nothing; a plural that says only the kind of
its writers ("the representatives of civil society organisations") names no one.
"""

from __future__ import annotations

import re

from ..model.folding import fold
from ..model.records import Section, Version
from .coordinated import sentences
from .cues import folded_words
from .headings import running
from .openings import news_dateline_end, opening_signers, subject, we_opening
from .outside import signers_section
from .provenance import reads
from .running import plausible, reads_as_name
from .runs import name_run
from .spans import NAMED, speaking, statement_compound, statement_word, strength
from .text import Line, words
from .titled import issuer, labelled_signer, title_signers
from .unsigned import LEAD
from .wrapping import logical_lines

__all__ = ["statement_authors"]

#: The most words in lower case between a "we" and the word for representatives ("we, the duly
#: authorised representatives of").
_BEFORE_LEADERS = 3


@reads
def statement_authors(
    text: str, lines: list[Line], skip: set[int], versions: list[Version]
) -> list[Section]:
    """The signers a heading of the text's head names after its word for a statement, or else
    the first sentence of a paragraph of the lead names as its writers (``skip``: the lines of
    furniture)."""
    logical = logical_lines(lines, skip)
    paragraphs = logical.paragraphs()
    for line in _long_headings(text, paragraphs, versions):
        titled = title_signers(line)
        if titled is not None and all(strength(e.raw) >= NAMED for e in titled.entries):
            return [titled]
    lead = [line for line in paragraphs if running(line.content)][:LEAD]
    found = next((found for line in lead if (found := _lead_authors(line)) is not None), None)
    if found is None and _verb_first(_line_language(lead[0], versions) if lead else None):
        found = next((f for line in lead if (f := _verb_first_author(line)) is not None), None)
    if found is None:
        # the head down to the title; with no title read, the text's first paragraph
        heads = _head_lines(text, paragraphs, versions) or paragraphs[:1]
        heads = [line for line in heads if len(line.content) <= _LONGEST]
        found = next(
            (
                found
                for k, line in enumerate(heads)
                if (found := labelled_signer(line, paragraphs[k + 1 :])) is not None
            ),
            None,
        )
    return [found] if found is not None else []


#: The most paragraphs of the text's head read: an epigraph, a site's line, a kicker may come
#: before the title.
_HEADS = 6
#: The longest heading read.
_LONGEST = 200


def _long_headings(text: str, paragraphs: list[Line], versions: list[Version]) -> list[Line]:
    """The headings of the text's head that the title's readers pass over as running text: the
    paragraphs above its first version's title and the title, as long as a line of prose
    (:func:`~.headings.running`) but none ending as a sentence does ("Statement of the XPAC
    (Xandia Union Presidents Against Poverty)"). A shorter heading was read with the title, and
    what it named was weighed there."""
    return [
        line
        for line in _head_lines(text, paragraphs, versions)
        if running(line.content)
        and len(line.content) <= _LONGEST
        and not line.content.rstrip().endswith((".", "!", "?"))
    ]


def _head_lines(text: str, paragraphs: list[Line], versions: list[Version]) -> list[Line]:
    """The paragraphs of the text's head: those above its first version's title, and the
    title."""
    title = versions[0].title if versions else None
    at = text.find(title) if title else -1
    return [line for line in paragraphs if line.start <= at][:_HEADS]


def _lead_authors(paragraph: Line) -> Section | None:
    """The writers the first sentence of ``paragraph`` names: after a "we" and a word for
    representatives, or as its subject when it names a statement."""
    at, sentence = next(iter(sentences(paragraph)), (paragraph.start, paragraph.content))
    line = Line(paragraph.number, at, at + len(sentence), sentence)
    opening = re.match(r"\s*([^\W\d_]+)", sentence)
    if opening is not None and statement_compound(fold(opening.group(1))):
        # "Statement issued by the XKP in response to ...": the sentence opens as a title does
        issued = issuer(sentence[opening.end() :], at + opening.end())
        if issued:
            return signers_section(line, issued, "title")
    we = _represented_we(line)
    if we is not None or not any(statement_word(fold(w)) for w in words(sentence)):
        return we
    return opening_signers(line, relaxed=True)


def _represented_we(line: Line) -> Section | None:
    """The organisations a "we" opening ``line`` names through their representatives ("We, the
    representatives of the X Party and the Y Union", "Ми, повноважні представники X та Y"):
    two names or more, each read as an organisation's by its words."""
    at = we_opening(line.content)
    if at is None:
        return None
    start = _past_representatives(line.content, at)
    if start is None:
        return None
    names, _ = name_run(line.content[start:], line.start + start)
    if len(names) < 2 or not plausible(names, False):
        return None
    if not all(reads_as_name(name) for _, name in names):
        return None
    return signers_section(line, names, "title")


def _past_representatives(content: str, at: int) -> int | None:
    """Where the names start after a word for representatives (``leader_words``) at ``at`` of
    ``content``, perhaps after a few words in lower case ("the duly authorised"), and the
    joining words after it ("of the"); ``None`` when no such word comes first."""
    leaders = folded_words("leader_words")
    joins = folded_words("statement_joins")
    found = list(re.finditer(r"\S+", content[at:]))
    for k, word in enumerate(found[: _BEFORE_LEADERS + 1]):
        if fold(word.group()) in leaders:
            after = found[k + 1 :]
            while after and fold(after[0].group()) in joins:
                after.pop(0)
            return at + after[0].start() if after else None
        if not word.group().islower():
            return None
    return None


def _line_language(line: Line, versions: list[Version]) -> str | None:
    """The language of the version that holds ``line`` (the first version's when none does)."""
    holding = [v for v in versions if v.span.start <= line.start < v.span.end] or versions
    return holding[0].language if holding else None


def _verb_first(language: str | None) -> bool:
    """True when ``language`` puts its verb first (``verb_first_languages``)."""
    return language is not None and language in folded_words("verb_first_languages")


def _skipped() -> frozenset[str]:
    """The words that may stand between an opening verb and its doer's name: articles and
    the short joining words a name's reading passes over ("ng")."""
    return folded_words("statement_joins") | folded_words("articles")


def _verb_first_author(paragraph: Line) -> Section | None:
    """The one author the first sentence of ``paragraph`` names right after the verb of speaking
    that opens it ("أدان حزب العمال الزتلاندي بشدة قرار ...", "Binabati ng Samahan ng Xandia
    ang ..."), perhaps after a word that marks the doer (``doer_markers``): a name reading as an
    organisation's by its words, its run ended at the first word no name holds (an adverb, a
    preposition, the object's marker). Whom the verb speaks to or of comes after the doer; a
    second name of the run that reads as an organisation's too makes two authors, which this
    reading leaves to the readers of lists."""
    at, sentence = next(iter(sentences(paragraph)), (paragraph.start, paragraph.content))
    start = news_dateline_end(sentence)
    verb = re.match(r"(\S+)\s+", sentence[start:])
    if verb is None or not speaking(verb.group(1)):
        return None
    start += verb.end()
    marker = re.match(r"(\S+)\s+", sentence[start:])
    if marker is not None and fold(marker.group(1)) in folded_words("doer_markers"):
        start += marker.end()
    names, _ = subject(sentence[start:], at + start, relaxed=True)
    between = words(sentence[start : names[0][0] - at]) if names else []
    if not names or any(fold(w) not in _skipped() for w in between):
        return None  # the name does not follow the verb: the verb's doer is a pronoun
    if strength(names[0][1]) < NAMED or any(strength(name) >= NAMED for _, name in names[1:]):
        return None
    line = Line(paragraph.number, at, at + len(sentence), sentence)
    return signers_section(line, names[:1], "title")
