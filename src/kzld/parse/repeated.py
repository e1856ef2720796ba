"""The signers a headline names and the text names again below it: the name a headline opens
with as its subject ("Xandijská aliance práce a míru vyzývá občany ...", "XTU y ZGT a favor
de ...") or names right after its statement word ("Stanovisko Odborového svazu zetlandských
pekařů": the union's statement), perhaps in sentence case, so that neither capitals nor
separators say where it ends, perhaps abbreviations alone, which may be whom the headline
speaks of.

The paragraphs below say so: the names are the headline's words, from its first word or the
word after its statement word, that a paragraph below opens with too (past an item's number),
word for word or each word in another case ("Odborového svazu" in the headline, "Odborový svaz
..." below), up to where the two part, the headline's verb or end after them: one name reading
as an organisation's by its own words, or names joined by commas and words for "and", each an
abbreviation or reading so. The form the paragraph writes is the one taken (the headline's
genitive is the statement's case, not the name's). Whom a headline speaks of a paragraph below
rarely opens with: the text goes on about its signers.

A headline in capitals says the reverse as well (:func:`written_shorter`): when the text below
writes again, in its own case, only the last words of a name a title's reader read from the
headline and never the whole of it, the words before them are the headline's own ("... OF THE
EUROPEAN AND XANDIAN SIDES OF THE XANDIA-ZETLAND PLATFORM" above "The Xandia-Zetland Platform
calls ..."): capitals did not say where the name opens, and the reading is refused.
"""

from __future__ import annotations

import re
from itertools import islice

from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words
from .inflection import same_word
from .names import is_abbreviation
from .outside import signers_section
from .provenance import reads
from .running import plausible
from .runs import name_run
from .spans import NAMED, statement_word, strength
from .text import Line

__all__ = ["cut_short", "repeated_signers", "written_shorter"]

#: A word of a headline or a paragraph, the marks around it left out.
_WORD = re.compile(r"[^\s,;:!?()«»“”„\"]+")
#: The marks a headline's subject may end at: a colon, a dash.
_ENDS = (":", "–", "—")
#: An item's number or bullet opening a paragraph ("1.- ", "2) ", "- ").
_ITEM = re.compile(r"(?:\d{1,2}\s*[.)]\s*[-–—]?|[-–—•])\s+")
#: The paragraphs below a headline that may open with its name.
_BELOW = 8
#: The longest case ending told apart from a stem.
_ENDING = 3


def _openings(below: list[Line], most: int) -> list[tuple[Line, list[re.Match[str]]]]:
    """The paragraphs of ``below`` that open with a capital (past an item's number: "1.- "),
    each with its first ``most`` words from there (as many as the headline has: a paragraph
    shares no more with it)."""
    found = []
    for line in below[:_BELOW]:
        content = line.content
        item = _ITEM.match(content)
        at = item.end() if item else 0
        if content[at : at + 1].isupper():
            found.append((line, list(islice(_WORD.finditer(content, at), most))))
    return found


def _head_words(headline: str) -> tuple[list[re.Match[str]], bool]:
    """The words a headline's name may be read from: its words from the first on, or from the
    one after a statement word that opens it ("Stanovisko X"); and whether such a word does."""
    found = list(_WORD.finditer(headline))
    if found and statement_word(fold(found[0].group())):
        return found[1:], True
    return found, False


def _one_name(name: str) -> bool:
    """True when ``name`` may be one organisation's: no digit, no word for "and" in lower case
    (names joined: other readers part them) and no word for a statement ("X Union statement
    of ...": a headline, not a name)."""
    if any(c.isdigit() for c in name):
        return False
    ands = folded_words("and_words")
    found = [m.group() for m in _WORD.finditer(name)]
    return not any((w.islower() and fold(w) in ands) or statement_word(fold(w)) for w in found[1:])


def _closed(content: str, after: int, marks: str = "") -> bool:
    """True when the name at the start of ``content`` may end at ``after``: its end, a colon or
    a dash, one of ``marks``, or a word in lower case (the verb: "... vyzývá občany")."""
    rest = content[after:].lstrip()
    return not rest or rest.startswith((*_ENDS, *marks)) or rest[:1].islower()


@reads
def repeated_signers(headline: Line, below: list[Line]) -> Section | None:
    """The one signer ``headline`` names at its start (or after its statement word) and a
    paragraph of ``below`` opens with again, as that paragraph writes it; else ``None``.

    The name is the words the two share from their start (each perhaps in another case), up to
    where they part: the headline's verb or its end then follows it, and a paragraph that
    writes the whole headline again names no subject of it."""
    content = headline.content
    heads, stated = _head_words(content)
    if len(heads) < 2 or not heads[0].group()[:1].isupper() or content.isupper():
        return None  # (a headline in capitals: its capitals tell its names, other readers')
    # the whole headline is its name only after its statement word: else words must follow it
    longest = len(heads) if stated else len(heads) - 1
    for line, found in _openings(below, len(heads)):
        size = _shared(heads, found)
        if size < 2 or size > longest or not _closed(content, heads[size - 1].end()):
            continue
        following = heads[size].group() if size < len(heads) else ""
        if following and statement_word(fold(following)):
            continue  # "X Union declaration on ...": a label, the title's readers' to read
        if not _closed(line.content, found[size - 1].end(), "("):
            continue  # the paragraph's name goes on ("X Union of Y ..."): not the headline's
        at = line.start + found[0].start()
        names = _names(line.content[found[0].start() : found[size - 1].end()], at)
        if names:
            return signers_section(line, names, "title")
    return None


def _names(shared: str, at: int) -> list[tuple[int, str]]:
    """The names of the words a headline and a paragraph below open with alike (at document
    offset ``at``): one name reading as an organisation's by its words, or names joined by
    commas and words for "and" (:func:`.runs.name_run`), each an abbreviation or reading so;
    else none."""
    if _one_name(shared):
        return [(at, shared)] if _named([(at, shared)]) else []
    names, end = name_run(shared, at, relaxed=True)
    if len(names) < 2 or end != len(shared) or not _named(names):
        return []
    return names


def _named(names: list[tuple[int, str]]) -> bool:
    """True when each of ``names`` is an abbreviation or reads as an organisation's name by its
    words, and none is a person's or a country's."""
    strong = all(is_abbreviation(name) or strength(name) >= NAMED for _, name in names)
    return strong and plausible(names, False)


def _shared(heads: list[re.Match[str]], found: list[re.Match[str]]) -> int:
    """How many words ``heads`` and ``found`` share from their start, each perhaps in another
    case; 0 when none of them is written alike in both (two names of one stem)."""
    size = 0
    alike = False
    for head, word in zip(heads, found, strict=False):
        if not same_word(fold(head.group()), fold(word.group()), _ENDING):
            break
        alike = alike or fold(head.group()) == fold(word.group())
        size += 1
    return size if alike else 0


def cut_short(title: Section, repeated: Section) -> bool:
    """True when each name ``title`` read from a headline is the first words of the name
    :func:`repeated_signers` read (perhaps in another case): the title's reader cut that name
    short ("Stanovisko Odborového svazu ..." read as "Odborového svazu")."""
    whole = [fold(m.group()) for e in repeated.entries for m in _WORD.finditer(e.name)]
    for entry in title.entries:
        cut = [fold(m.group()) for m in _WORD.finditer(entry.name)]
        if not cut or len(cut) >= len(whole):
            return False
        if not all(same_word(a, b, _ENDING) for a, b in zip(cut, whole, strict=False)):
            return False
    return True


#: The fewest words of a name read from a headline in capitals that the text below is asked
#: about, and the fewest of its last words it must write again.
_FEWEST_CAPITALS = 3
_FEWEST_TAIL = 2


def written_shorter(title: Section, below: list[Line]) -> bool:
    """True when each name ``title`` read from a headline is written in capitals, and the
    paragraphs ``below`` it write its last words again (two or more, not all of them: each
    word perhaps in another case, in a case of their own) but never the whole name: the words
    before them are the headline's, not the name's."""
    if not title.entries or not all(_in_capitals(entry.name) for entry in title.entries):
        return False  # (asked of every heading's reading: the text below is read only now)
    text = " ".join(line.content for line in below if not line.content.isupper())
    written = [fold(m.group()) for m in _WORD.finditer(text)]
    return bool(written) and all(_shorter(entry.name, written) for entry in title.entries)


def _in_capitals(name: str) -> bool:
    """True when ``name`` is in capitals and of :data:`_FEWEST_CAPITALS` words or more."""
    return name.isupper() and len(_WORD.findall(name)) >= _FEWEST_CAPITALS


def _shorter(name: str, written: list[str]) -> bool:
    """True when ``written`` (the folded words below ``name``, a name in capitals of three
    words or more) holds its last words but not all of them."""
    words = [fold(m.group()) for m in _WORD.finditer(name)]
    if _holds(written, words):
        return False
    return any(_holds(written, words[k:]) for k in range(1, len(words) - _FEWEST_TAIL + 1))


def _holds(written: list[str], words: list[str]) -> bool:
    """True when ``written`` holds ``words`` one after another, each perhaps in another case,
    one of them at least written alike."""
    size = len(words)
    for k in range(len(written) - size + 1):
        window = written[k : k + size]
        if all(same_word(a, b, _ENDING) for a, b in zip(words, window, strict=True)) and any(
            a == b for a, b in zip(words, window, strict=True)
        ):
            return True
    return False
