"""A run of names in a sentence that the list reader refused for its ends, cut at both ends.

A line such as "Zedtown, 3 May - The Xandia Union (XU), Ostland Forum, Zetland Teachers'
Federation and Ostland Rights Centre call for ..." is an inline candidate of the list reader
(:mod:`.candidates`) whose first entry holds the sentence's opening before its first name and
whose last holds the sentence's rest after its last name: it is refused as prose. This reading
cuts such a run: its first entry to its tail shaped as a name (after the last dash or colon, or
its capitalised words after the last word in lower case that neither joins nor coordinates
names), its last entry to its head (before the words in lower case that close it), entries after
the sentence took over left out, and the last entry parted at a word for "and" between two
names. The cut run is judged by the form of its entries alone (:func:`.scoring.shaped_run`); an
edge entry far longer than those inside it is left out, and a run with an entry of one bare
word (a surname) or over two lines of the page is none.

A run of names inside the argument ("A, B and C have failed the workers") reads the same, so
the run must stand where a text says who speaks, and alone: this is one of the last readings of
a text in which no other reader found a signer, it reads only the text's title and lead (the
lines up to its second paragraph of running text), and a text with two such runs there names
none.
"""

from __future__ import annotations

from dataclasses import replace

from ...model.folding import fold
from ...model.records import Section
from ..cues import folded_words
from ..headings import running
from ..lists import Item
from ..names import evidence, is_name_join, name_shaped
from ..provenance import reads
from ..text import Line
from ..wrapping import logical_lines
from .blocks import Block
from .candidates import candidates, first_prose
from .scoring import shaped_run
from .sections import read_section

__all__ = ["cut_run", "cut_signers"]

#: The fewest names of a cut run.
_FEWEST = 3
#: How many paragraphs of running text the lead holds, where a text says who speaks.
_LEAD = 2
#: Marks that end what stands before a name ("2012- The X", "BRMC – X").
_BEFORE = ":–—-"


def _tail(raw: str) -> int | None:
    """Where the tail of ``raw`` shaped as a name starts: after the last mark that ends what
    stands before a name ("2012- The X", "BRMC – X"); when what follows is no name, the
    longest tail of capitalised words (and words joining them) after a word in lower case that
    neither joins nor coordinates names ("... together with XKP ZU"); an article opening the
    tail left out. None when no tail is."""
    tokens = raw.split(" ")
    offsets = [sum(len(t) + 1 for t in tokens[:k]) for k in range(len(tokens))]
    first = max((k + 1 for k, t in enumerate(tokens[:-1]) if t and t[-1] in _BEFORE), default=0)
    tail = raw[offsets[first] :]
    if first and tail[:1].isupper() and name_shaped(tail):
        return _unarticled(raw, offsets, first)
    for k in range(max(first, 1), len(tokens)):
        if _free(tokens[k - 1]) and _capitalised(tokens[k:]) and name_shaped(raw[offsets[k] :]):
            return _unarticled(raw, offsets, k)
    return None


def _free(word: str) -> bool:
    """True when ``word`` is in lower case and neither joins the words of a name nor
    coordinates two names: a word of the sentence before a name."""
    folded = fold(word)
    return (
        word.isalpha()
        and word.islower()
        and not is_name_join(word)
        and folded not in folded_words("and_words")
    )


def _capitalised(tokens: list[str]) -> bool:
    """True when ``tokens`` open with a capital and each word is capitalised, joins a name's
    words, or is no word (a number, a bracket)."""
    return tokens[0][:1].isupper() and all(
        t[:1].isupper() or is_name_join(t) or not any(c.isalpha() for c in t) for t in tokens
    )


def _unarticled(raw: str, offsets: list[int], k: int) -> int:
    """The offset of the ``k``-th word of ``raw``, or of the next when it is an article
    ("The Xandia Union" -> "Xandia Union")."""
    word = raw[offsets[k] :].split(" ", 1)
    if len(word) == 2 and fold(word[0]) in folded_words("articles") and word[1][:1].isupper():
        return offsets[k + 1]
    return offsets[k]


def _head(raw: str) -> int:
    """How long the head of ``raw`` is before the sentence's rest: the words after its last
    capitalised word (or closing bracket), two or more, every one in lower case or no word, the
    first none that joins a name ("... (VB) call on the government"); the whole entry when no
    such rest closes it."""
    tokens = raw.split(" ")
    last = max((k for k, t in enumerate(tokens) if t[:1].isupper() or t.endswith(")")), default=-1)
    rest = tokens[last + 1 :]
    worded = [t for t in rest if any(c.isalpha() for c in t)]
    if last < 0 or len(rest) < 2 or is_name_join(rest[0]):
        return len(raw)
    if not all(t.islower() for t in worded) or not worded:
        return len(raw)
    return len(" ".join(tokens[: last + 1]))


def cut_run(block: Block) -> Block | None:
    """``block`` cut at both ends (see the module's docstring), or None when nothing is cut or
    fewer than :data:`_FEWEST` entries are left: its first entry cut to its tail, then the
    entries shaped as names, up to the first that is none; that one cut to its head when the
    head is a name, else the last before it cut to its head."""
    if block.kind != "inline" or len(block.items) < _FEWEST:
        return None
    line, start, raw = block.items[0]
    at = _tail(raw)
    if at is None:
        return None
    items: list[Item] = [(line, start + at, raw[at:])]
    rest = block.items[1:]
    shaped = next((k for k, (_, _, raw) in enumerate(rest) if not name_shaped(raw)), len(rest))
    items.extend(rest[:shaped])
    if shaped < len(rest):
        line, start, raw = rest[shaped]
        head = _head(raw)
        if 0 < head < len(raw) and name_shaped(raw[:head]):
            items.append((line, start, raw[:head]))
            return _finished(replace(block, items=items)) if len(items) >= _FEWEST else None
    line, start, raw = items[-1]
    head = _head(raw)
    if head < len(raw):
        items[-1] = (line, start, raw[:head])
    cut = at > 0 or head < len(raw) or shaped < len(rest)
    if not cut or len(items) < _FEWEST or not name_shaped(items[-1][2]):
        return None
    return _finished(replace(block, items=items))


def _finished(block: Block) -> Block | None:
    """``block`` with its last entry parted at its first word for "and" whose both sides are
    shaped as names ("..., Zetland Forum and Ostland Centre") and without an edge entry far
    longer than the entries inside (:func:`_alike`); None when an entry runs over two lines of
    the page (the run is no sentence's), when one is a bare word (:func:`_bare`), or when fewer
    than :data:`_FEWEST` entries are left."""
    if any("\n" in raw for _, _, raw in block.items):
        return None
    line, start, raw = block.items[-1]
    tokens = raw.split(" ")
    for k, token in enumerate(tokens[1:-1], start=1):
        before, after = " ".join(tokens[:k]), " ".join(tokens[k + 1 :])
        if _and(token) and name_shaped(before) and name_shaped(after):
            at = start + len(raw) - len(after)
            items = [*block.items[:-1], (line, start, before), (line, at, after)]
            block = replace(block, items=items)
            break
    items = _alike(block.items)
    if len(items) < _FEWEST or any(map(_bare, items)):
        return None
    return replace(block, items=items)


def _bare(item: Item) -> bool:
    """True when an entry is one word in title case with no evidence of a name (no type word,
    abbreviation, country or name the authority knows): a person's surname or a place as often
    as a name ("Zedić, Xandović and Ostić agreed ...")."""
    raw = item[2].strip()
    if len(raw.split()) != 1 or raw.isupper():
        return False
    found = evidence(raw)
    return not (found.types or found.abbreviation or found.known or found.country)


#: How much longer than the longest entry inside the run an edge entry may be: half as long
#: again and a word.
_LONGER, _MORE = 1.5, 1


def _alike(items: list[Item]) -> list[Item]:
    """``items`` without an edge entry far longer (in words) than the entries inside the run: a
    clause the cut left in the name at the run's edge."""
    inner = items[1:-1]
    if not inner:
        return items
    longest = max(len(raw.split()) for _, _, raw in inner)

    def alike(item: Item) -> bool:
        return len(item[2].split()) <= longest * _LONGER + _MORE

    first = [items[0]] if alike(items[0]) else []
    last = [items[-1]] if alike(items[-1]) else []
    return [*first, *inner, *last]


def _and(word: str) -> bool:
    """True when ``word`` is a word for "and"."""
    return word.islower() and fold(word) in folded_words("and_words")


@reads
def cut_signers(lines: list[Line], skip: set[int]) -> list[Section]:
    """The signers of the one run in the text's title and lead that, cut at both ends
    (:func:`cut_run`), is a list of names by its form; none when there is no such run, or two."""
    logical = logical_lines(lines, skip)
    found = logical.lines
    hidden = logical.skip
    prose = first_prose(found, hidden)
    title = next((i for i, line in enumerate(found) if not line.blank and i not in hidden), -1)
    runs: list[Block] = []
    seen = 0
    for index, line in enumerate(found):
        if seen >= _LEAD:
            break
        if index in hidden or line.blank:
            continue
        seen += running(line.content)
        blocks, _ = candidates(found, index, hidden, False, title, prose)
        for block in blocks:
            cut = cut_run(block)
            if cut is not None and shaped_run(cut):
                runs.append(cut)
                break
    if len(runs) != 1:
        return []
    section = read_section(runs[0], found[-1].end if found else 0, [])
    return [] if section is None else [section]
