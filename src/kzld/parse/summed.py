"""Signers named together at the start of a sentence in a script without capitals, the
enumeration closed by a word that sums it up: "XKP, ZTU, എക്സ്കെപി എന്നിവ ... ആഹ്വാനം ചെയ്തു"
(Malayalam "these"), "A, B, C ஆகியவை ..." (Tamil), "A, B, C आदि ..." (Hindi "etc."), or by a
plural type word the last name shares with the others ("A, B, C పార్టీలు ..." Telugu "parties").

Capitals cannot say where such a name ends, so the run's form does: the names open the sentence
(or follow its colon, or a phrase for "among them": "ان میں A، B اور C شامل ہیں", Urdu "among
them are ... included"), are parted by commas (and the script's "and" before the last), and the
word that sums them up (``summing_words`` of ``cues.yaml``, written apart or with an ending glued
to it) or the plural type word closes the last. A word for "these" sums up a run of things as
well as of names ("wages, pensions, jobs and these"), so half the parts or more must show a
name's own evidence: a type word, an abbreviation (in capitals, or spelt in the script's names
of the Latin letters, run together or apart: "പിടിയു", "పీటీయూ", "ایکس کے پی": ``letter_names``
of ``orgwords.yaml``), a word in brackets after it, or a name the authority knows; the other
parts are names as their neighbours are. Three names or more, or two that each show that
evidence when a number follows the word that sums them up (Korean "A, B 등 15개 단체는": A, B
etc., fifteen organisations); only the text's first such run, since the text names its signers
before the others its argument speaks of. Korean writes its "etc." ("등") and its "and" ("와",
"과") onto a name too: each is taken off a name that ends with its type word ("X연구소등",
"X협의회와 Y").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words, phrase_alternation, vocabulary, word_file
from .enumerated import SEPARATOR, is_uncased, paragraph_sentences
from .names import generic_plural, is_abbreviation, is_type_word, known_name
from .outside import signers_section
from .text import Line, WordSet, folded_in_place

__all__ = ["is_spelt_abbreviation", "summed_signers"]

#: The fewest names a run holds.
_FEWEST = 3
#: The most words a name of the run may have.
_WORDS = 7
#: The fewest letter names an abbreviation spelt in them holds ("പിടിയു": three).
_LETTERS = 3
#: What may close the word that sums a run up ("وغيرها.").
_CLOSING = ".،,;:!?۔।"
#: A word in brackets after a name ("(എഎപി)", "(ML)").
_BRACKETED = re.compile(r"[(（]\s*\S+\s*[)）]")


@cache
def _summing() -> WordSet:
    return WordSet([str(w) for forms in vocabulary()["summing_words"].values() for w in forms])


@cache
def _letter_names() -> frozenset[str]:
    names = word_file("orgwords.yaml")["letter_names"]
    return frozenset(fold(str(n)) for forms in names.values() for n in forms)


@cache
def _longest_letter_name() -> int:
    return max(map(len, _letter_names()))


def is_spelt_abbreviation(word: str) -> bool:
    """True when ``word`` is three names of Latin letters or more as a script without capitals
    writes them, run together ("പിടിയു", "పీటీయూ", "पीटीयू": PTU)."""
    folded = fold(word)
    names, longest = _letter_names(), _longest_letter_name()
    # the fewest letters that write each start of the word, or none
    fewest: list[int | None] = [0, *([None] * len(folded))]
    for end in range(1, len(folded) + 1):
        counts = [
            count + 1
            for size in range(1, min(longest, end) + 1)
            if (count := fewest[end - size]) is not None and folded[end - size : end] in names
        ]
        fewest[end] = min(counts) if counts else None
    found = fewest[-1]
    return found is not None and found >= _LETTERS


def _abbreviated(word: str) -> bool:
    """True when ``word`` is an abbreviation, in capitals or spelt in names of letters."""
    return is_abbreviation(word) or is_spelt_abbreviation(word)


def _spelt_apart(words: list[str]) -> bool:
    """True when ``words`` are three names of Latin letters or more, written apart ("ایکس کے
    پی" X K P): an abbreviation spelt letter by letter."""
    return len(words) >= _LETTERS and all(fold(w) in _letter_names() for w in words)


def _has_evidence(name: str) -> bool:
    """True when ``name`` shows a name's own evidence: a type word, an abbreviation (spelt in
    names of letters, run together or apart), a word in brackets, or a name the authority
    knows."""
    words = [w.strip("()（）[]\"'«»“”") for w in name.split()]
    return (
        bool(_BRACKETED.search(name))
        or _spelt_apart(words)
        or any(w and (is_type_word(w) or _abbreviated(w)) for w in words)
        or known_name(name)
    )


@cache
def _opening() -> re.Pattern[str]:
    """A colon, the Urdu full stop (which :func:`~kzld.parse.text.sentences` does not part at),
    or a phrase for "among them" ("ان میں"), with the spaces after it."""
    return re.compile(rf"(?:[:۔]|(?<!\w)(?:{phrase_alternation('among_phrases')})(?!\w))\s*")


def _starts(sentence: str) -> Iterator[int]:
    """Where a run may open in ``sentence``: its start, and after a colon, an Urdu full stop or
    a phrase for "among them"."""
    yield 0
    folded = folded_in_place(sentence)
    yield from (m.end() for m in _opening().finditer(folded))


#: A word and where it stands.
_WORD = re.compile(r"\S+")


def _last(part: str, at: int) -> tuple[list[tuple[int, str]], bool]:
    """The last names of a run in ``part`` (the text after its last comma, at offset ``at``),
    when a word that sums the run up or a plural type word follows them: the words before it,
    parted at a word for "and"; or the words up to a word that sums the run up written onto a
    name that ends with its type word ("X연구소등"). And whether a number follows the word that
    sums them up ("등 15개 단체": some of a count of organisations)."""
    words = list(_WORD.finditer(part))
    for k, word in enumerate(words[: 2 * _WORDS + 2]):  # two names and the "and" between
        bare = word[0].rstrip(_CLOSING)
        if k and (generic_plural(bare) or _summing().matches(fold(bare))):
            return _parted(part, at, words[:k]), _counted(part[word.end() :])
        glued = _glued_summing(bare)
        if glued:
            end = word.start() + glued
            names = _parted(part[:end], at, [*words[:k], *_WORD.finditer(part, word.start(), end)])
            return names, _counted(part[end:])
    return [], False


#: A number opening a text, perhaps after spaces: a count of what the run names some of.
_NUMBER = re.compile(r"\s*\d")


def _counted(after: str) -> bool:
    """True when ``after`` (what follows the names of a run) opens with a number, perhaps after
    the word that sums the run up: some of a count of organisations ("등 15개")."""
    after = after.lstrip()
    form = next((f for f in _glued_forms() if after.startswith(f)), "")
    return _NUMBER.match(after[len(form) :]) is not None


@cache
def _glued_forms() -> tuple[str, ...]:
    """The words that sum a run up as a script writes them onto the name before them
    (``glued_summing_words``: Korean "등")."""
    forms = {str(w) for w in vocabulary()["glued_summing_words"]}
    return tuple(sorted(forms, key=len, reverse=True))


def _glued_summing(word: str) -> int:
    """Where in ``word`` a word summing a run up is written onto a name that ends with its type
    word ("X연구소등"): the name's length; 0 when none is."""
    for form in _glued_forms():
        at = word.find(form, 2)
        if at > 0 and is_type_word(word[:at]):
            return at
    return 0


def _parted(text: str, at: int, words: list[re.Match[str]]) -> list[tuple[int, str]]:
    """The names ``words`` of ``text`` (at offset ``at``) write, parted at each word for "and"."""
    names: list[tuple[int, str]] = []
    group: list[re.Match[str]] = []
    for word in [*words, None]:
        if word is not None and fold(word[0]) not in folded_words("and_words"):
            group.append(word)
            anded = _glued_and(word[0])
            if not anded:
                continue
            # "X협의회와 Y": the script's "and" written onto a name that ends with its type word
            end = group[0].start(), word.start() + anded
            names.append((at + end[0], text[end[0] : end[1]]))
            group = []
            continue
        if group:
            names.append((at + group[0].start(), text[group[0].start() : group[-1].end()]))
        group = []
    return names


@cache
def _glued_ands() -> tuple[str, ...]:
    """The words for "and" a script without capitals writes onto the name before it (the
    ``unspaced_separators`` written with a space after them: Korean "와", "과")."""
    forms = [str(w) for w in vocabulary()["unspaced_separators"]]
    return tuple(f.strip() for f in forms if f.endswith(" ") and f.strip())


def _glued_and(word: str) -> int:
    """The length of the name in ``word`` when a word for "and" is written onto it and the name
    ends with its type word ("X협의회와"); 0 otherwise."""
    for form in _glued_ands():
        at = len(word) - len(form)
        if at > 1 and word.endswith(form) and is_type_word(word[:at]):
            return at
    return 0


def _name_shaped(part: str) -> bool:
    """True when ``part`` of a run may be one name: a few words, no sentence's end, and no plural
    type word ("the assembled parties" speaks of a group)."""
    found = part.split()
    return (
        0 < len(found) <= _WORDS
        and not any(c in part for c in ".!?।:")
        and not any(generic_plural(w) for w in found)
    )


def _run(sentence: str, at: int) -> tuple[list[tuple[int, str]], bool]:
    """The names of the run opening at ``at`` of ``sentence`` (offsets in the sentence), or none:
    the parts before the first that a word summing them up closes, and its last names; what
    follows that word is the sentence's ("A, B, C these said, wages, pensions these ...")."""
    found: list[tuple[int, str]] = []
    for piece in SEPARATOR.split(sentence[at:]):
        last, counted = _last(piece, at)
        if last:
            named = len(found) + len(last) >= 2 and all(_name_shaped(n) for _, n in last)
            return ([*found, *last], counted) if named else ([], False)
        name = piece.strip()
        if not _name_shaped(name):
            return [], False
        found.append((at + piece.index(name), name))
        at += len(piece) + 1
    return [], False


def _names(paragraph: Line) -> list[tuple[int, str]]:
    """The first run of names in ``paragraph``, with their offsets in the document."""
    for offset, sentence in paragraph_sentences(paragraph):
        if not is_uncased(sentence):
            continue
        for at in _starts(sentence):
            names, counted = _run(sentence, at)
            typed = sum(_has_evidence(name) for _, name in names)
            # two names are enough when a count follows them and each says what it is
            few = len(names) == 2 and counted and typed == 2
            if (len(names) >= _FEWEST or few) and typed * 2 >= len(names):
                return [(offset + k, name) for k, name in names]
    return []


def summed_signers(paragraphs: list[Line]) -> Section | None:
    """The signers the first run of names closed by a word that sums them up names, in the
    first of ``paragraphs`` that holds one (a script without capitals; three names or more)."""
    for paragraph in paragraphs:
        names = _names(paragraph)
        if names:
            return signers_section(paragraph, names, "phrase")
    return None
