"""The last reading of a text in which no other reader published a signer: the organisations
that speak as the subject of the first sentence of a paragraph of the text's lead (its first
three paragraphs of running text), below the paragraphs that only tell of it ("The XKP calls on
the workers ...", "The XKP and the PTU condemn ...", "Το Κόμμα Χ καλεί ..."), read as
:func:`~.openings.speaker_signers` reads a statement's opening sentence: one name or several
joined, each reading as an organisation's by its own words, then a word of speaking; or the same
after a few words that open the sentence (:func:`~.openings.led_speaker_signers`: "In its
statement, the XKP calls ...").

Last of all, the text's recurring subject (:func:`recurring_speaker`): the one organisation
that opens a clause as its subject, whatever it does ("The XKP calls ...", "..., the XKP works
for ...", "Therefore, the XKP wants ..."), and that the text names again and again and clearly
more often than any other subject, its full name and its abbreviation counted together, and
so every form the text writes it in whose words' initials spell the other ("XPSK" and "Xandijos
profesinių sąjungų konfederacija"), whether or not that form opens a clause itself. A name acting
with its own opens its clause ("The XKP and its affiliates express ...").

It runs after every other reader and the gate, and only when they published no signature: a
text that names its signers anywhere else is never read again here. Whom the statement speaks
to or of stands after the verb and signs nothing; names that meet or act without speaking sign
nothing either, unless the text keeps returning to one of them and to no other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model.acronyms import spells_initials
from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words
from .entries import split_entry
from .headings import is_prose, running
from .names import is_abbreviation, is_name_join, is_role_word
from .openings import led_speaker_signers, speaker_signers, subject, with_its_own
from .outside import signers_section
from .provenance import reads
from .running import plausible, reads_as_name
from .spans import NAMED, strength
from .text import Line, sentences, words
from .titled import joint
from .wrapping import logical_lines

__all__ = ["lead_speaker", "recurring_speaker"]

#: The paragraphs of running text (:func:`~.headings.running`) read: the text's lead.
LEAD = 3


@reads
def lead_speaker(lines: list[Line], skip: set[int]) -> list[Section]:
    """The signers the first sentence of a paragraph of the lead names as the subject of a word
    of speaking: the first such paragraph's, or none (``skip``: the lines of furniture)."""
    logical = logical_lines(lines, skip)
    prose = 0
    for k, line in enumerate(logical.lines):
        if prose >= LEAD:
            break
        if line.blank or k in logical.skip or not running(line.content):
            continue
        prose += 1
        speaker = speaker_signers(line) or led_speaker_signers(line)
        if speaker is not None:
            return [speaker]
    return []


#: Where a clause opens inside a sentence: after a comma, a semicolon or a colon.
_CLAUSE = re.compile(r"[,;:]\s+")
#: The fewest times the text names its recurring subject, in any of its forms.
RECURRING = 3


@dataclass
class _Subject:
    """One organisation the text makes the subject of a clause: the forms it is written in
    (folded words, and as written), and where it first opens a clause."""

    forms: list[list[str]]
    raws: list[str]
    first: tuple[Line, int, str]

    def named(self, text: str) -> int:
        """How many times ``text`` names the organisation, in any of its forms."""
        written = sorted({raw for raw in self.raws if len(raw) >= 2}, key=len, reverse=True)
        if not written:
            return 0
        alternatives = "|".join(re.escape(raw) for raw in written)
        return len(re.findall(rf"(?<!\w)(?:{alternatives})(?!\w)", text))


@reads
def recurring_speaker(lines: list[Line], skip: set[int], total: int | None) -> list[Section]:
    """The one organisation that opens a clause of the text as its subject and that the text
    names :data:`RECURRING` times or more, at least twice as often as any other such subject,
    its full name and its abbreviation counted together (``skip``: the lines of furniture). A
    clause opens the sentence or follows its comma, semicolon or colon, and its subject is one
    name, then a word in lower case; a heading's clauses count once in all (a title written
    twice is one title), and a name that reads as an organisation by neither its words nor its
    capitals is no one's. A text that states a ``total`` of signers above one, or whose
    heading calls it joint, is signed by more than the one name it keeps returning to ("Joint
    declaration of eleven parties": their alliance, their host), and none is read."""
    if total is not None and total > 1:
        return []
    logical = logical_lines(lines, skip)
    found: list[_Subject] = []
    headed = False
    kept: list[str] = []
    for k, line in enumerate(logical.lines):
        if line.blank or k in logical.skip:
            continue
        kept.append(line.content)
        heading = not is_prose(line.content)
        if heading and joint(line.content):
            return []
        for at, raw in _clause_subjects(line):
            if heading and headed:
                break
            headed = headed or heading
            _count(found, line, at, raw)
    text = "\n".join(kept)
    for one in found:
        one.raws.extend(_written_short_or_long(one.raws, text))
    ranked = sorted(((s.named(text), s) for s in found), key=lambda n: -n[0])
    if not ranked or ranked[0][0] < RECURRING:
        return []
    named, top = ranked[0]
    if len(ranked) > 1 and ranked[1][0] * 2 > named:
        return []
    if not any(strength(raw) >= NAMED or is_abbreviation(raw) for raw in top.raws):
        return []
    line, at, raw = top.first
    return [signers_section(line, [(at, raw)], "title")]


def _clause_subjects(line: Line) -> Iterator[tuple[int, str]]:
    """The names that open a clause of ``line`` as its subject: one name, no country and no
    person, then a word in lower case that joins no name and is no person's post ("The XKP
    calls", "..., the XKP works"; not "From left: XKP chairman Ana Zet, ...")."""
    for at, sentence in sentences(line.content):
        opens = [0, *(m.end() for m in _CLAUSE.finditer(sentence))]
        for start in opens:
            offset = line.start + at + start
            names, rest = subject(sentence[start:], offset, False)
            after = rest.lstrip(" ,–—-").split()[:1]
            if len(names) != 1 or not after or not plausible(names, False):
                continue
            word = after[0]
            if word[:1].islower() and not is_name_join(word) and not is_role_word(word):
                yield names[0]
            elif with_its_own(rest.split(), _lower_word):
                yield names[0]  # "The XKP and its affiliates express ...": the XKP speaks


def _lower_word(word: str) -> bool:
    """True when ``word`` is a word in lower case (a clause's verb, whatever it says)."""
    return word.isalpha() and word.islower()


def _count(found: list[_Subject], line: Line, at: int, raw: str) -> None:
    """Add the subject ``raw`` of a clause to ``found``: to the organisation it is a form of, or
    as a new one."""
    name, abbreviation, _, _ = split_entry(raw)
    forms = [words(fold(f)) for f in (name, abbreviation) if f]
    raws = [f for f in (name, abbreviation) if f]
    for known in found:
        if any(_same(a, b) for a in forms for b in known.forms):
            known.forms.extend(forms)
            known.raws.extend(raws)
            return
    found.append(_Subject(forms, raws, (line, at, raw)))


#: A word of letters.
_WORD = re.compile(r"[^\W\d_]+")


def _written_short_or_long(raws: list[str], text: str) -> list[str]:
    """The other forms ``text`` writes an organisation in that its forms ``raws`` spell or are
    spelt by, letter for word (:func:`_spelt_by`): for a name, each abbreviation in capitals
    whose letters are the initials of its words ("XPSK" for "Xandijos profesinių sąjungų
    konfederacija"); for an abbreviation, each run of words, the first capitalised, whose
    initials are its letters and that reads as an organisation's name by its words ("Xandijos
    profesinių sąjungų konfederacija prašė" for "XPSK", not "Memorandum of Understanding").
    So a text that names its subject once in full and twice short names it three times,
    whichever form opened a clause."""
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    forms: set[str] = set()
    for raw in raws:
        if _plain_abbreviation(raw):
            for k, (at, word) in enumerate(tokens):
                if word[:1].isupper() and fold(word[:1]) == fold(raw[:1]):
                    end = _spelt_by(raw, tokens, k)
                    if end is not None and reads_as_name(text[at:end]):
                        forms.add(text[at:end])  # not "Memorandum of Understanding" for "MOU"
        elif len(named := [(m.start(), m.group()) for m in _WORD.finditer(fold(raw))]) >= 2:
            whole = named[-1][0] + len(named[-1][1])  # every word of the name spelt
            for _, short in tokens:
                if _plain_abbreviation(short) and _spelt_by(short, named, 0) == whole:
                    forms.add(short)
    return sorted(forms - set(raws))


def _plain_abbreviation(raw: str) -> bool:
    """True when ``raw`` is an abbreviation of three capitals or more and nothing else
    ("XPSK", "ХПУ"): two capitals spell too many runs of words."""
    return len(raw) >= 3 and raw.isalpha() and raw.isupper() and is_abbreviation(raw)


def _spelt_by(abbreviation: str, tokens: list[tuple[int, str]], k: int) -> int | None:
    """Where the run of ``tokens`` (offset, word) from ``k`` ends whose initials are the letters
    of ``abbreviation`` in order, one word each, link words in lower case between them passed
    over or spelling a letter (``statement_joins``, ``and_words``: "of the", "i"); ``None`` when
    the words from ``k`` spell it not."""
    return _spelling(fold(abbreviation), tokens, k, True)


def _spelling(letters: str, tokens: list[tuple[int, str]], k: int, first: bool) -> int | None:
    """Where the words of ``tokens`` from ``k`` end that spell ``letters`` (:func:`_spelt_by`);
    a link word passed over only after the ``first`` letter."""
    if k >= len(tokens):
        return None
    at, word = tokens[k]
    if not first and word.islower() and fold(word) in _links():
        skipped = _spelling(letters, tokens, k + 1, False)
        if skipped is not None:
            return skipped
    if fold(word[:1]) != letters[:1]:
        return None
    if len(letters) == 1:
        return at + len(word)
    return _spelling(letters[1:], tokens, k + 1, False)


def _links() -> frozenset[str]:
    """The link words an abbreviation may pass over: articles and prepositions between a
    name's words, and words for "and"."""
    return folded_words("statement_joins") | folded_words("and_words")


def _same(one: list[str], other: list[str]) -> bool:
    """True when two folded forms name one organisation: the same words, an abbreviation that
    spells the other's initials ("xkp", "xandia komma partisi"), or two words or more that open
    or close the other (a name and its fuller form: "workers' union", "xandia workers' union")."""
    if one == other:
        return True
    for short, long in ((one, other), (other, one)):
        if len(short) == 1 and len(long) > 1 and spells_initials(short[0], long):
            return True
    n = min(len(one), len(other))
    return n >= 2 and (one[:n] == other[:n] or one[-n:] == other[-n:])
