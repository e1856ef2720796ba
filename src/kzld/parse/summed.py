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
of ``orgwords.yaml``; or each letter with its stop, "இசட்.டி.யு."), a word in brackets after it,
or a name the authority knows; the other parts are names as their neighbours are. Three names
or more, or two that each show that evidence when a number follows the word that sums them up
(Korean "A, B 등 15개 단체는": A, B etc., fifteen organisations); only the text's first such run,
since the text names its signers before the others its argument speaks of. Korean writes its
"etc." ("등") and its "and" ("와", "과") onto a name too: each is taken off a name that ends with
its type word ("X연구소등", "X협의회와 Y"). A word for "including" closes a run only before a
word for organisations in the plural ("A, B, C உள்ளிட்ட தொழிற்சங்கங்கள்": the unions including
A, B and C; ``including_words``), written after the last comma too ("A., B., C., உள்ளிட்ட").

In the lead, a sentence that tells of a statement may close such a run with the word that marks
the names as its agent (``agent_markers`` of ``cues.yaml``: Hindi "ने", Urdu "نے", Punjabi "ਨੇ";
written onto the last name, ``glued_agent_markers``: Nepali "ले"): "A, B और C ने संयुक्त बयान जारी
किया" (A, B and C issued a joint statement). Two names are enough there when each shows a name's
own evidence. Nothing but the sentence says where the first name opens: at the sentence's start
(after a dateline), after the last postposition before the marker (``postpositions``: "for the
elections A and B"), after a plural type word written onto the first name, or after one a count
opens ("four farmers' organisations A, B, C and D": then as many names as it counts); a part
holding a person's post or a genitive after its type word ("the chair of the X Party") makes the
run one of persons, who sign for organisations, and no run of names.

Inside a sentence, after a clause, a run opens at a separator: its first name is read only when
a word of the clause closes a phrase right before it (a postposition, a word for organisations
in the plural, the Bengali object ending "-কে": ``phrase_endings``, a type word in the Urdu
oblique plural: ``plural_endings``), and left out otherwise. A closing bracket the next name is
written onto parts two names as a comma does ("A (X)B"). Where the page cut the text short inside
a run that a colon or a phrase for "among them" opens, the text's end closes it, and its last
part, shorter than the names before it, is a name cut short and none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words, phrase_alternation, vocabulary, word_file
from .enumerated import counted_in, is_uncased, paragraph_sentences
from .headings import lead_paragraphs
from .names import (
    generic_plural,
    is_abbreviation,
    is_type_word,
    known_name,
    of_an_organisation,
)
from .openings import dateline_end
from .outside import signers_section
from .provenance import reads
from .separators import SEPARATOR, glued_and_after
from .shortforms import dotted, undotted
from .spans import tells_of_a_statement
from .text import Line, WordSet, folded_in_place
from .wrapping import logical_lines

__all__ = ["inner_signers", "is_spelt_abbreviation", "summed_signers"]

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
    """True when ``word`` is an abbreviation, in capitals or spelt in names of letters, run
    together or each with its stop ("இசட்.டி.யு": Z.T.U)."""
    return (
        is_abbreviation(word)
        or is_spelt_abbreviation(word)
        or (dotted(word) and is_spelt_abbreviation(undotted(word)))
    )


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


#: The most words between a count of organisations and the plural type word after it ("five
#: left parties").
_COUNT_TO_PLURAL = 3


def _agent_starts(sentence: str) -> list[tuple[int, int | None]]:
    """Where the agents of ``sentence`` may open, the latest first (a name opens after the words
    before it, never among them), each with the number of names the run must hold there, if
    any: its start, after a dateline up to its dash, a colon, an Urdu full stop or a phrase for
    "among them" (:func:`_starts`); after a plural type word the page wrote onto the first name
    with no space ("five left partiesA, B and C": the group the names belong to); and after a
    plural type word that a count of organisations opens ("four farmers' organisations A, B, C
    and D"), as many names as it counts."""
    found: dict[int, int | None] = dict.fromkeys({*_starts(sentence), dateline_end(sentence)})
    for word in _WORD.finditer(sentence):
        bare = word[0].rstrip(_CLOSING)
        glued = next((k for k in range(2, len(bare) - 1) if generic_plural(bare[:k])), 0)
        if glued:
            found[word.start() + glued] = None
    for value, end in counted_in(sentence):
        after = list(_WORD.finditer(sentence, end))[:_COUNT_TO_PLURAL]
        plural = next((w for w in after if generic_plural(w[0].rstrip(_CLOSING))), None)
        if plural is not None:
            found.setdefault(plural.end(), value)
    return sorted(found.items(), reverse=True)


#: A word and where it stands.
_WORD = re.compile(r"\S+")


def _last(part: str, at: int, agent: bool = False) -> tuple[list[tuple[int, str]], bool]:
    """The last names of a run in ``part`` (the text after its last comma, at offset ``at``),
    when a word that sums the run up or a plural type word follows them: the words before it,
    parted at a word for "and"; or the words up to a word that sums the run up written onto a
    name that ends with its type word ("X연구소등"). And whether a number follows the word that
    sums them up ("등 15개 단체": some of a count of organisations). With ``agent``, a word that
    marks the agent of the sentence closes them too, when the last shows a name's own evidence
    (:func:`_agent_end`); two names are then enough."""
    words = list(_WORD.finditer(part))
    for k, word in enumerate(words[: 2 * _WORDS + 2]):  # two names and the "and" between
        bare = word[0].rstrip(_CLOSING)
        if k and (generic_plural(bare) or _summing().matches(fold(bare))):
            return _parted(part, at, words[:k]), _counted(part[word.end() :])
        if k and _including(words, k):
            return _parted(part, at, words[:k]), _counted(part[words[k + 1].end() :])
        owner = _owner_end(words, k)
        if owner is not None:
            stop = word.start() + owner
            owners = [*words[:k], *_WORD.finditer(part, word.start(), stop)]
            return _parted(part[:stop], at, owners), False
        end = _agent_end(part, word) if agent else None
        if end is not None:
            names = _parted(part[:end], at, [*words[:k], *_WORD.finditer(part, word.start(), end)])
            if names and _has_evidence(names[-1][1]):
                return names, True
        glued = _glued_summing(bare)
        if glued:
            end = word.start() + glued
            names = _parted(part[:end], at, [*words[:k], *_WORD.finditer(part, word.start(), end)])
            return names, _counted(part[end:])
    return [], False


def _including(words: list[re.Match[str]], k: int) -> bool:
    """True when the ``k``-th of ``words`` is a word for "including" and a word for
    organisations in the plural follows it ("... உள்ளிட்ட தொழிற்சங்கங்கள்")."""
    bare = words[k][0].rstrip(_CLOSING)
    return (
        fold(bare) in folded_words("including_words")
        and k + 1 < len(words)
        and generic_plural(words[k + 1][0].rstrip(_CLOSING))
    )


def _owner_end(words: list[re.Match[str]], k: int) -> int | None:
    """Where in the ``k``-th of ``words`` the names of a run end when it is the genitive that
    makes them the owners of what follows, a word for leaders or for whose side ("A, B और C के
    नेताओं": the leaders of A, B and C; "A, B ও C-এর পক্ষ থেকে": on behalf of A, B and C): at
    its start when it is a particle written apart (``genitive_particles``; nothing of it is a
    name), before the ending a script writes onto the last name (``glued_genitives``); ``None``
    when the next word is neither (``leader_words``, ``behalf_nouns``)."""
    if k + 1 >= len(words) or fold(words[k + 1][0].rstrip(_CLOSING)) not in _owned():
        return None
    bare = words[k][0].rstrip(_CLOSING)
    if k and fold(bare) in folded_words("genitive_particles"):
        return 0
    form = next((f for f in _glued_genitives() if bare.endswith(f)), None)
    return None if form is None or len(bare) <= len(form) + 1 else len(bare) - len(form)


@cache
def _owned() -> frozenset[str]:
    """The words a genitive before them makes the run's names the owners of: leaders, a side."""
    return folded_words("leader_words") | folded_words("behalf_nouns")


@cache
def _glued_genitives() -> tuple[str, ...]:
    """The genitive endings a script writes onto a name (``glued_genitives``), the longest
    first."""
    forms = {str(w) for forms in vocabulary()["glued_genitives"].values() for w in forms}
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _agent_markers() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that mark the agent of a sentence, written apart (``agent_markers``: Hindi
    "ने"), and those written onto the word before them (``glued_agent_markers``: Nepali "ले"),
    the longest first."""
    data = vocabulary()
    apart = frozenset(fold(str(w)) for forms in data["agent_markers"].values() for w in forms)
    glued = {str(w) for forms in data["glued_agent_markers"].values() for w in forms}
    return apart, tuple(sorted(glued, key=len, reverse=True))


def _agent_end(part: str, word: re.Match[str]) -> int | None:
    """Where in ``part`` the names before ``word`` end when ``word`` marks them as the agent of
    the sentence: its start when it is a marker written apart ("... दल ने"), where the marker
    begins when one is written onto it ("... फोरमले"); ``None`` when it marks none."""
    apart, glued = _agent_markers()
    bare = word[0].rstrip(_CLOSING)
    if word.start() and fold(bare) in apart:
        return word.start()
    form = next((f for f in glued if bare.endswith(f) and len(bare) > len(f) + 1), None)
    return None if form is None else word.start() + len(bare) - len(form)


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


def _glued_and(word: str) -> int:
    """The length of the name in ``word`` when a word for "and" is written onto it
    (:func:`.separators.glued_and_after`: Korean "와", "과") and the name ends with its type
    word ("X협의회와"); 0 otherwise."""
    at = len(word) - len(glued_and_after(word))
    return at if 1 < at < len(word) and is_type_word(word[:at]) else 0


def _name_shaped(part: str) -> bool:
    """True when ``part`` of a run may be one name: a few words, no sentence's end, and no plural
    type word ("the assembled parties" speaks of a group)."""
    found = part.split()
    stops = " ".join(w for w in found if not dotted(w))
    return (
        0 < len(found) <= _WORDS
        and not any(c in stops for c in ".!?।:")
        and not any(generic_plural(w) for w in found)
    )


def _after_postposition(piece: str) -> int:
    """Where in ``piece`` the words after its last postposition before its agent marker begin
    (``postpositions``: Hindi "लिए", Nepali "लागि", for): a name of an agent run opens there; 0
    when it holds none."""
    found = list(_WORD.finditer(piece))
    marked = next((k for k, w in enumerate(found) if _agent_end(piece, w) is not None), len(found))
    for word in reversed(found[: marked - 1]):
        if fold(word[0]) in folded_words("postpositions"):
            return word.end()
    return 0


def _run(
    sentence: str, at: int, agent: bool = False, cut: bool = False
) -> tuple[list[tuple[int, str]], bool]:
    """The names of the run opening at ``at`` of ``sentence`` (offsets in the sentence), or none:
    the parts before the first that a word summing them up (or, with ``agent``, marking them as
    the sentence's agent) closes, and its last names; what follows that word is the sentence's
    ("A, B, C these said, wages, pensions these ..."). With ``cut``, the text ends inside the
    sentence, the page cut short: a run that reaches that end is closed by it when its last
    part, cut, is shorter than each name before it, and none of its names ("A, B, C, Xan
    Wor")."""
    found: list[tuple[int, str]] = []
    for start, piece in _pieces(sentence, at):
        at = start
        opening = list(_WORD.finditer(piece))
        if len(found) >= 2 and opening and _including(opening, 0):
            # "A., B., C., உள்ளிட்ட தொழிற்சங்கங்கள்": "including" after the run's last comma
            return found, _counted(piece[opening[1].end() :])
        after = _after_postposition(piece) if agent else 0
        if after:
            # "... निर्वाचनका लागि X पार्टी र Y फोरमले": the agents open after the last word
            # that governs a noun before them ("for the elections"), whatever came before
            found, at, piece = [], at + after, piece[after:]
        last, counted = _last(piece, at, agent)
        if last:
            named = len(found) + len(last) >= 2 and all(_name_shaped(n) for _, n in last)
            return ([*found, *last], counted) if named else ([], False)
        name = piece.strip()
        if not _name_shaped(name):
            return [], False
        found.append((at + piece.index(name), name))
    # a name cut short is shorter than the names before it; a longer part is a clause
    short = len(found) > 1 and len(found[-1][1].split()) < min(
        len(n.split()) for _, n in found[:-1]
    )
    return (found[:-1], False) if cut and short else ([], False)


#: Where one part of a run ends and the next begins: a separator, or a closing bracket the page
#: wrote the next name onto with no separator ("A (X)B, C": the bracket closes A, B opens).
_PART_END = re.compile(rf"{SEPARATOR.pattern}|(?<=[)）])(?=[^\W\d_])")


def _pieces(sentence: str, at: int) -> Iterator[tuple[int, str]]:
    """The parts of ``sentence`` from ``at`` (:data:`_PART_END`), each with its offset."""
    start = at
    for match in _PART_END.finditer(sentence, at):
        yield start, sentence[start : match.start()]
        start = match.end()
    yield start, sentence[start:]


def _inner_starts(sentence: str) -> list[int]:
    """Where a run inside ``sentence`` may open after a clause that the sentence opens with: the
    start of each part after a separator, the earliest first ("... X पर ध्यान देते हुए A, B, C
    आदि ..."). The clause's part, a lead-in glued to the first name, is no name of the run:
    nothing but capitals could say where that name opens, so it is left out unless a word of the
    clause does (:func:`_first_whole`), and the parts after it, each whole between separators,
    are read up to the word that sums them up."""
    return [m.end() for m in SEPARATOR.finditer(sentence)]


def _names(
    paragraph: Line, lead: bool, inner: bool = False, last: bool = False
) -> list[tuple[int, str]]:
    """The first run of names in ``paragraph``, with their offsets in the document; in the
    text's ``lead``, in a sentence that tells of a statement, also the run its agent marker
    closes ("A, B और C ने संयुक्त बयान जारी किया": A, B and C issued a joint statement); with
    ``inner``, only runs that open inside a sentence (:func:`_inner_starts`). When the paragraph
    is the text's ``last`` and its last sentence has no end (:func:`_cut`), a run that a colon
    or a phrase for "among them" opens may reach the text's end."""
    found = list(paragraph_sentences(paragraph))
    for offset, sentence in found:
        if not is_uncased(sentence):
            continue
        starts = _inner_starts(sentence) if inner else _starts(sentence)
        runs: list[tuple[int, bool, int | None]] = [(at, False, None) for at in starts]
        if lead and tells_of_a_statement(sentence):
            runs += [(at, True, many) for at, many in _agent_starts(sentence)]
        cut = last and not inner and offset == found[-1][0] and _cut(sentence)
        for at, agent, many in runs:
            # a run the page cut short is closed by nothing: only one that a colon or a phrase
            # for "among them" opens is a run of names
            names, counted = _run(sentence, at, agent, cut and at > 0 and not agent)
            if many is not None and len(names) != many:
                continue  # after "four organisations", four names or none
            if (agent or inner or cut) and any(of_an_organisation(name) for _, name in names):
                continue  # "X पार्टी के अध्यक्ष ..., Y ... ने": persons sign, for X and Y
            typed = sum(_has_evidence(name) for _, name in names)
            # two names are enough when a count follows them or they are the sentence's agent,
            # and each says what it is
            few = len(names) == 2 and counted and typed == 2
            if (len(names) >= _FEWEST or few) and typed * 2 >= len(names):
                # after a clause, no sentence's start says where the run opens: the run is one
                # of names, and of them those that say what they are sign
                kept = [(k, name) for k, name in names if not inner or _has_evidence(name)]
                first = _first_whole(sentence, at, names) if inner else []
                return [(offset + k, name) for k, name in [*first, *kept]]
    return []


def _first_whole(sentence: str, at: int, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The first name of a run inside ``sentence`` that opens at ``at`` after it (the run's
    other ``names``), when a word of the clause before it says where it opens: the name is the
    words after the clause's last word that closes a phrase (:func:`_closes_a_phrase`), when
    they show a name's own evidence and are no longer than the run's names are ("... मानुषকে X
    ফেডারেশন, Y, Z", "20 جماعتوں ایکس وائی زیڈ، A، B"); none otherwise."""
    clause = sentence[:at].rstrip()
    clause = clause[: len(clause) - 1] if SEPARATOR.match(clause[-1:]) else clause
    found = list(_WORD.finditer(clause))
    closing = [k for k, w in enumerate(found) if _closes_a_phrase(w[0])]
    if not closing or closing[-1] + 1 >= len(found):
        return []
    named = found[closing[-1] + 1 :]
    longest = max(len(name.split()) for _, name in names)
    if len(named) > min(_WORDS, longest * 3 // 2 + 1) or _joins(named[0][0]):
        return []
    name = clause[named[0].start() : named[-1].end()]
    return [(named[0].start(), name)] if _name_shaped(name) and _has_evidence(name) else []


def _closes_a_phrase(word: str) -> bool:
    """True when ``word`` closes the phrase before a name, so that a name opens after it: a
    postposition, a word for "namely", a word for organisations in the plural, a word with an
    ending that closes a phrase (``phrase_endings``: Bengali "-কে", to), or a type word in a
    plural that a script writes with such an ending (``plural_endings``: Urdu "جماعتوں", of
    parties)."""
    bare = word.rstrip(_CLOSING)
    folded = fold(bare)
    if folded in folded_words("postpositions") or folded in folded_words("namely_words"):
        return True
    ending = bare.endswith(_endings("phrase_endings")) and len(bare) > 3
    plural = bare.endswith(_endings("plural_endings")) and is_type_word(bare)
    return generic_plural(bare) or ending or plural


@cache
def _endings(key: str) -> tuple[str, ...]:
    """The endings of ``cues.yaml``'s ``key``, by language, as one tuple."""
    return tuple(str(w) for forms in vocabulary()[key].values() for w in forms)


def _joins(word: str) -> bool:
    """True when ``word`` is a genitive particle or a postposition: no name opens with one."""
    folded = fold(word)
    return folded in folded_words("genitive_particles") or folded in folded_words("postpositions")


#: What ends a sentence that the page did not cut short.
_ENDS = ".!?।॥۔。؟"


def _cut(sentence: str) -> bool:
    """True when ``sentence``, the text's last, ends with a comma's part that no sentence's end
    closes ("..., ऑल इंडिया फ़ेडरेशन, ज़ेट मज"): the page was cut there."""
    tail = sentence.rstrip()
    return bool(tail) and tail[-1] not in _ENDS and SEPARATOR.search(tail) is not None


@reads
def inner_signers(lines: list[Line], skip: set[int]) -> list[Section]:
    """The signers the first run of names inside a sentence names, after a clause and closed by
    a word that sums them up or by a genitive that makes them the owners of what follows
    (:func:`_inner_starts`, :func:`_owner_end`): a last reading, when no reader found a signer,
    since the names before the run's first whole one are left out (``skip``: the lines of
    furniture)."""
    paragraphs = logical_lines(lines, skip).paragraphs()
    for paragraph in paragraphs:
        names = _names(paragraph, False, inner=True, last=paragraph is paragraphs[-1])
        if names:
            return [signers_section(paragraph, names, "phrase")]
    return []


@reads
def summed_signers(paragraphs: list[Line]) -> Section | None:
    """The signers the first run of names closed by a word that sums them up names, in the
    first of ``paragraphs`` that holds one (a script without capitals; three names or more), or,
    in the lead, by the word that marks them as its sentence's agent."""
    lead = {line.start for line in lead_paragraphs(paragraphs, headings=True)}
    for paragraph in paragraphs:
        names = _names(paragraph, paragraph.start in lead, last=paragraph is paragraphs[-1])
        if names:
            return signers_section(paragraph, names, "phrase")
    return None
