"""Signers a sentence in a script without capitals names through the posts of the persons who
sign for them, one after another: "X के जिला सचिव A, Y के जिला सचिव B और Z के जिला सचिव C ने
..." (Hindi: the district secretary of X, A, ...), "X সভাপতি A, Y সভাপতি B, Z সভাপতি C"
(Bengali: X's president A, ...), "X کے سربراہ A اور Y کے سربراہ B نے ..." (Urdu: the head of X,
A, ...).

Capitals cannot say where a person's name ends and the next organisation's begins, so the posts
do: the sentence's parts (between its separators, its words for "and", a word closing with a
colon or a dash, "হলেন-": are, and its postpositions) are read one by one, and a part holding a
post (``signer_roles`` of ``cues.yaml``) names an organisation before the post: the part's words
up to it, or up to the genitive particle before it and the word or two qualifying the post
("के जिला सचिव": the district secretary of; ``genitive_particles``). What follows the post is
the person's, who is no signer. The same post said in two parts or more, each of another
person, makes the sentence a roll of the persons who sign for their organisations: each
organisation of one to seven words, no country's name.

A roll names signers only in a sentence that tells of a statement or a signing or counts the
organisations (persons named at an event by their posts are present, not signing). A post with
a word saying a kind right after it is of the body named after it ("رئيس حزب X": the president
of the X party), and the words before it are a person's; names that all end with one word that
says no kind end with the sentence's frame ("on behalf of"), and where they open is unknown.
Asked last of a text in which no other reader found a signer; the gate completes no such roll
with the parts between its names (:mod:`.signatories.completed`: each is a person's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words
from .enumerated import counted_in, is_uncased, paragraph_sentences
from .names import is_type_word
from .outside import signers_section
from .provenance import reads
from .represented import role_length
from .separators import SEPARATORS
from .spans import tells_of_a_statement
from .text import Line
from .wrapping import logical_lines

__all__ = ["posted_signers"]

#: A word and where it stands.
_WORD = re.compile(r"\S+")
#: The most words of an organisation's name before its post.
_WORDS = 7
#: The most words qualifying a post between the genitive particle and the post ("जिला", district).
_QUALIFYING = 2
#: The words after a post that tell one person from another.
_PERSON = 2
#: What closes a word that opens a part after it: a separator, a colon or a dash ("হলেন-").
_OPENS_AFTER = SEPARATORS + ":-–—"


def _opens_part(words: list[str], k: int) -> bool:
    """True when a part of the sentence opens at the ``k``-th of ``words``: the first, or after a
    separator, a colon or a dash closing the word before, a separator written apart, a word for
    "and" or a postposition."""
    if k == 0:
        return True
    before = words[k - 1]
    folded = fold(before)
    return (
        before[-1] in _OPENS_AFTER
        or folded in folded_words("and_words")
        or folded in folded_words("postpositions")
    )


def _post_start(folded: list[str], k: int, opens: list[bool]) -> int:
    """Where the words before the post at the ``k``-th of ``folded`` that name its organisation
    end: at the genitive particle at most :data:`_QUALIFYING` words before it, in the same part;
    else at the post."""
    for j in range(k - 1, max(k - 2 - _QUALIFYING, -1), -1):
        if opens[j + 1]:
            break  # a part opens between the particle and the post
        if folded[j] in folded_words("genitive_particles"):
            return j
    return k


def _roll(sentence: str) -> list[tuple[int, str]]:
    """The organisations ``sentence`` names before the posts of their persons, with their
    offsets, when one post is said in two parts of it or more (the others may hold other
    posts: "the chair of X, the secretary of Y and the chair of Z"), each of another person, and the
    names do not all end with one word that says no kind (a frame of the sentence's: "on behalf
    of X, chair A, on behalf of Y, chair B" in a language that writes "on behalf" after the
    name; where each name opens is then unknown); none otherwise."""
    found = list(_WORD.finditer(sentence))
    words = [w[0] for w in found]
    folded = [fold(w.rstrip(SEPARATORS)) for w in words]
    opens = [_opens_part(words, k) for k in range(len(words))]
    roll: list[tuple[int, str, tuple[str, ...]]] = []
    posts: list[tuple[str, ...]] = []
    k = 0
    while k < len(words):
        length = role_length(folded, k)
        if not length:
            k += 1
            continue
        end = _post_start(folded, k, opens)
        # the part the post stands in opens before the name: a post opening its part names the
        # person's body after it, or none
        start = next(j for j in range(end, -1, -1) if opens[j])
        person = tuple(folded[k + length : k + length + _PERSON])
        # a word saying a kind right after the post opens the body's name there ("رئيس حزب X":
        # the president of the X party), and the words before the post are the person's
        after = [w for w in words[k + length : k + length + _PERSON] if is_type_word(w)]
        if start < end and end - start <= _WORDS and not after:
            name = sentence[found[start].start() : found[end - 1].end()].rstrip(SEPARATORS)
            if not country_code(name):
                posts.append(tuple(folded[k : k + length]))
                roll.append((found[start].start(), name, person))
        k += length
    said_again = len(set(posts)) < len(posts)
    persons = [person for _, _, person in roll]
    lasts = {fold(name.split()[-1]) for _, name, _ in roll}
    framed = len(lasts) == 1 and not is_type_word(next(iter(lasts)))
    if not said_again or len(set(persons)) < len(persons) or framed:
        return []
    return [(at, name) for at, name, _ in roll]


#: The most letters of a person's initial with its stop ("बी.", "মো."), after which a sentence
#: goes on.
_INITIAL = 2


def _sentences(paragraph: Line) -> Iterator[tuple[int, str]]:
    """The sentences of ``paragraph`` (:func:`.enumerated.paragraph_sentences`), those that end
    with a person's initial and its stop ("कॉमरेड बी. एल. नेताम": the initials of a name) joined
    to the one after them."""
    held: tuple[int, str] | None = None
    for offset, sentence in paragraph_sentences(paragraph):
        if held is not None:
            start, text = held
            offset, sentence = (
                start,
                text
                + paragraph.content[start - paragraph.start + len(text) : offset - paragraph.start]
                + sentence,
            )
        last = sentence.rstrip().rsplit(maxsplit=1)[-1]
        if last.endswith(".") and len(last.rstrip(".")) <= _INITIAL:
            held = offset, sentence
            continue
        held = None
        yield offset, sentence
    if held is not None:
        yield held


@reads
def posted_signers(lines: list[Line], skip: set[int]) -> list[Section]:
    """The organisations the first sentence in a script without capitals that is a roll of
    persons with one post names (:func:`_roll`), asked last of a text in which no other reader
    found a signer (``skip``: the lines of furniture)."""
    for paragraph in logical_lines(lines, skip).paragraphs():
        for offset, sentence in _sentences(paragraph):
            if not is_uncased(sentence):
                continue
            if not (tells_of_a_statement(sentence) or counted_in(sentence)):
                continue  # persons named at an event by their posts: present, not signing
            names = _roll(sentence)
            if names:
                names = [(offset + at, name) for at, name in names]
                return [signers_section(paragraph, names, "phrase")]
    return []
