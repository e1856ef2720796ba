"""Running text the page broke mid-sentence: lines joined back into the sentence they cut.

Pages copied from a browser, a PDF or an e-mail often hard-wrap their paragraphs, so that one
sentence naming organisations lies over several lines ("Attending the meeting were the X Party
of Britain, the Workers' Party of" / "Xandia, the ..."). Read one a line, such a paragraph looks
like a list, and its lines like entries: fragments of names. A break is taken for a wrap by its
form alone, in any language:

- the line ends on a word that joins the words of a sentence or a name, written in lower case
  ("of", "the", "and", "de", "και", "и": the name joins of ``orgwords.yaml`` and the words for
  "and" of ``cues.yaml``), or on a word broken by a hyphen;
- or the next line opens in lower case, and its first word would not have fitted on the line
  (the paragraph's longest line is the width it was wrapped to, 40 characters at least): a list
  of names that open in lower case ("la XGT" / "la ZSU") is narrow, its entries would have
  fitted, and its lines open alike;
- or the line ends with a comma after an enumeration inside it ("A, B," / "C, D"), outside
  brackets;
- or the lines leave a round bracket open before a word (or the next line, opening in lower
  case, does), and a line of the paragraph a few lines on closes it: the lines up to it are
  one, with the lines after it that open in lower case ("The unions" / "of Zetland (X Union," /
  "Y League)" / "declare ..."), whatever their lengths;
- or the line is a numbered list's item and the next number follows one line or two under
  it that bear none ("3. Federation of Tenants" / "Zedtown" / "4. ..."): those lines are the
  item's words, wrapped, however they break (:func:`_item_end`).

And a whole run of lines (up to a blank line, or a line that ends a sentence or a clause) is
one line when it is one sentence wrapped to the width of its longest line (every line full,
whatever the case of its first letters: German opens its nouns with capitals), or one
enumeration of names wrapped over lines ("A, B" / "C and D.").

A line is never joined to a marked item ("3. ..."), a labelled enumeration ("Unions: A, B, C"),
a link, a dateline, or a line set aside as furniture, and a line that ends a sentence (``.``,
``:``, ``;`` ...) is never continued. A line's end is read without the noise a forum scatters
over its posts against copying ("。6 e' W! y2 u6 j& d": :func:`without_noise`), so that a
sentence it closes stays closed, and a line is read without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..model.addresses import opens_with_web_address
from ..model.folding import fold
from .cues import folded_words
from .dates import read_dateline
from .lists import ITEM, conjoined, label_end
from .names import is_name_join
from .text import Line, is_letter, outside_brackets, words

__all__ = [
    "Logical",
    "continues",
    "logical_lines",
    "without_noise",
    "wrapped_enumeration",
    "wrapped_paragraph",
]

#: Running text is wrapped to at least this many characters a line; a list's short lines are not.
_NARROWEST = 40
#: A paragraph is taken for one wrapped sentence by its lines' lengths alone only this wide.
_WIDE = 50
#: What ends a sentence or a clause at the end of a line.
_ENDS = (".", "!", "?", ":", ";", "…")


@dataclass(frozen=True)
class Logical:
    """The lines as the text's sentences run: each line of ``lines`` is one or more lines of the
    page (``physical[k]``, their indices), joined; its ``number`` is its index + 1, its content
    the joined contents with the whitespace between them as spaces, so that an offset in it is
    ``start`` plus the offset in the text."""

    lines: list[Line]
    physical: list[range]
    skip: set[int]

    def paragraphs(self) -> list[Line]:
        """The lines that are neither blank nor furniture: the text's paragraphs, each whole."""
        return [line for k, line in enumerate(self.lines) if not line.blank and k not in self.skip]

    def joined(self, index: int) -> bool:
        """True when the logical line ``index`` joins two lines of the page or more."""
        return len(self.physical[index]) > 1

    def pages(self, indices: set[int]) -> set[int]:
        """The indices of the page's lines that the logical lines ``indices`` are made of."""
        return {p for i in indices for p in self.physical[i]}


#: A token of anti-copy noise: one or two printable ASCII characters.
_NOISE_TOKEN = re.compile(r"[!-~]{1,2}")
#: A token of noise that mixes a letter with a digit or a sign ("W!", "y2", "e'"): no word, no
#: initial ("J."), no number.
_MIXED = re.compile(r"[A-Za-z][^A-Za-z.\s]|[^A-Za-z.\s][A-Za-z]")
#: The fewest tokens of a run of noise, and the fewest of them that mix letters and signs.
_NOISE_RUN, _NOISE_MIXED = 4, 2
#: One or two printable ASCII characters glued to the end of a word in another script ("。6").
_GLUED_NOISE = re.compile(r"(?<=[^\x00-\x7f])[!-~]{1,2}$")


def without_noise(content: str) -> str:
    """``content`` without the noise a forum scatters at the end of a post's lines against
    copying: a run of four tokens or more of one or two ASCII characters, two of them at least
    mixing a letter with a digit or a sign ("6 e' W! y2 u6 j& d"), and the character or two of
    it glued to the last word when that word is in another script ("…方案」。6"). Words,
    initials ("J. R. R."), numbers and abbreviations are never such a run."""
    tokens = content.split(" ")
    run = 0
    while run < len(tokens) and _NOISE_TOKEN.fullmatch(tokens[-1 - run]):
        run += 1
    mixed = sum(1 for token in tokens[len(tokens) - run :] if _MIXED.search(token))
    if run < _NOISE_RUN or mixed < _NOISE_MIXED or run == len(tokens):
        return content
    kept = " ".join(tokens[: len(tokens) - run]).rstrip()
    return _GLUED_NOISE.sub("", kept)


@cache
def _joins() -> frozenset[str]:
    return folded_words("and_words")


def _joining(word: str) -> bool:
    """True when ``word``, as written, joins the words of a sentence or a name ("of", "и")."""
    return word.islower() and (is_name_join(word) or fold(word) in _joins())


def _enumerates(content: str) -> bool:
    """True when a line holds a comma outside brackets before its last character."""
    return any(char == "," for index, char in outside_brackets(content[:-1]))


def continues(before: str, after: str, width: int) -> bool:
    """True when the line ``after`` goes on with the sentence that the line ``before`` breaks
    off, the page having wrapped it at ``width`` characters (its longest line)."""
    before = without_noise(before)
    if (
        not before
        or not after
        or ITEM.match(after)
        or opens_with_web_address(after)
        or label_end(after)
    ):
        return False  # "Unions: A, B," / "Parties: C, D": each labelled line is a list of its own
    if not (is_letter(before[-1]) or before[-1] in ",-") or read_dateline(after):
        return False
    last = words(before)[-1:] if before[-1] != "," else []
    if before.endswith("-") and is_letter(before[-2:-1]):
        return after[:1].islower()  # a word broken by a hyphen
    if last and len(words(before)) >= 2 and _joining(last[0]):
        return True
    first = after.split()[0]
    if after[:1].islower() and width >= _NARROWEST and len(before) + 1 + len(first) > width:
        # two lines opening with the same word in lower case ("la XGT" / "la ZSU") are entries
        return before.split()[0] != first
    return before.endswith(",") and _enumerates(before) and not read_dateline(before)


#: How many texts' logical lines :func:`logical_lines` keeps (the readers of one text ask for
#: them several times over, with the same lines and the same furniture).
_LOGICAL_KEPT = 2
#: The logical lines last worked out: the page's lines (the list itself), its furniture, and
#: what they make; the most recent first.
_logical: list[tuple[list[Line], frozenset[int], Logical]] = []


def logical_lines(lines: list[Line], skip: set[int]) -> Logical:
    """The lines of the page with those that wrap a sentence joined: every line of a paragraph
    that is one wrapped sentence (:func:`wrapped_paragraph`), else each break that
    :func:`continues`, and the lines of a sentence wrapped inside a bracket
    (:func:`_bracket_end`). Worked out once for a text's lines and furniture: a reader asking
    again with the same list of lines (no reader changes a text's lines, nor what this
    returns) is given the same answer."""
    furniture = frozenset(skip)
    for kept, kept_skip, logical in _logical:
        if kept is lines and kept_skip == furniture:
            return logical
    logical = _logical_lines(lines, skip)
    _logical.insert(0, (lines, furniture, logical))
    del _logical[_LOGICAL_KEPT:]
    return logical


def _logical_lines(lines: list[Line], skip: set[int]) -> Logical:
    """:func:`logical_lines`, worked out."""
    found: list[Line] = []
    physical: list[range] = []
    new_skip: set[int] = set()
    paragraphs = _paragraphs(lines, skip)
    index = 0
    widths: dict[int, int] = {}  # a paragraph's width, by its first line (measured once)
    while index < len(lines):
        start, stop = paragraphs.get(index, (index, index + 1))
        if start not in widths:
            widths[start] = max((len(line.content) for line in lines[start:stop]), default=0)
        width = widths[start]
        end = index + 1
        if index == start:
            contents = [line.content for line in lines[start:stop]]
            if wrapped_paragraph(contents) or wrapped_enumeration(contents):
                end = stop
        while end < stop and continues(lines[end - 1].content, lines[end].content, width):
            end += 1
        end = _bracket_end(lines, index, end, stop)
        end = _item_end(lines, skip, index, end)
        if index in skip:
            new_skip.add(len(found))
        found.append(_joined(lines[index:end], len(found) + 1))
        physical.append(range(index, end))
        index = end
    return Logical(found, physical, new_skip)


#: The most lines a bracket left open at a line's end is read on over, looking for its close.
_BRACKET_LINES = 12


def _depth(content: str, depth: int = 0) -> int:
    """How many round brackets are open after ``content``, ``depth`` of them open before it (a
    closing bracket with none open is passed over)."""
    for char in content:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
    return depth


def _left_open(content: str) -> bool:
    """True when a round bracket of ``content`` is left open before a word of it ("the unions of
    the north (X Union"; not a bracket after which the line holds no letter, as anti-copy noise
    leaves one: "tvboxnow.com(")."""
    opened: list[int] = []
    for index, char in enumerate(content):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            opened.pop()
    return bool(opened) and any(c.isalpha() for c in content[opened[-1] :])


def _opens_lower(content: str) -> bool:
    """True when ``content`` opens with a letter in lower case (a script with capitals)."""
    return content[:1].islower()


def _bracket_end(lines: list[Line], index: int, end: int, stop: int) -> int:
    """Where the sentence of ``lines[index:end]`` ends when the page wrapped it inside a round
    bracket (``end`` when it did not): the bracket left open at the end of those lines, or
    opened and left open by the next line when that line opens in lower case ("The unions" /
    "of the north (X Union" / "of Builders, Y Union)" / "declare ..."), is closed by a line of the
    paragraph (up to ``stop``) within a few lines, and the lines after it that open in lower
    case go on with the sentence. No line of it is a list's item."""
    group = " ".join(without_noise(line.content) for line in lines[index:end])
    depth = _depth(group) if _left_open(group) else 0
    opened = end
    if not depth and end < stop and _opens_lower(lines[end].content):
        following = without_noise(lines[end].content)
        depth = _depth(following) if _left_open(following) else 0
        opened = end + 1
    if not depth:
        return end
    for after in range(opened, min(stop, opened + _BRACKET_LINES)):
        content = without_noise(lines[after].content)
        if ITEM.match(content) or label_end(content):
            return end
        depth = _depth(content, depth)
        if not depth:
            closed = after + 1
            while closed < stop and _opens_lower(lines[closed].content):
                closed += 1
            return closed
    return end


#: A numbered list's item: its number, a full stop or a bracket, a space ("3. X", "3) X").
_NUMBERED = re.compile(r"(\d{1,3})[.)]\s+\S")
#: The most lines an item of a numbered list is wrapped over, past its first.
_ITEM_LINES = 2


def _item_end(lines: list[Line], skip: set[int], index: int, end: int) -> int:
    """Where the item of a numbered list at ``lines[index]`` ends (``end`` as read so far): past
    the lines under it that bear no number when the next item's number follows them, one more
    than its own ("3. Federation of Tenants" / "Zedtown" / "4. ..."): the page wrapped that
    item, whose words run on over them. Each such line is short, ends no sentence and is no
    dateline; with nothing numbered after them, they may be anything else, and are left."""
    number = _NUMBERED.match(lines[index].content)
    if number is None or end != index + 1:
        return end
    for after in range(end, min(end + _ITEM_LINES, len(lines) - 1)):
        line = lines[after]
        if line.blank or after in skip or ITEM.match(line.content) or _ends_entry(line.content):
            return end
        following = _NUMBERED.match(lines[after + 1].content)
        if following is not None and int(following.group(1)) == int(number.group(1)) + 1:
            return after + 1
    return end


def _ends_entry(content: str) -> bool:
    """True when a line under a numbered item is none of its words: it ends a sentence, is
    longer than a name's line, or is a dateline."""
    return (
        without_noise(content).endswith(_ENDS)
        or len(content) > _NARROWEST
        or read_dateline(content) is not None
    )


def wrapped_paragraph(contents: list[str]) -> bool:
    """True when a paragraph of three lines or more is one sentence wrapped to the width of its
    longest line, whatever the case of its lines' first letters (German opens its nouns with
    capitals): every line but the last is full (the next line's first word would not have fitted
    on it) and ends on a word or a comma, the last ends the sentence, and words of running text
    (in lower case, no joining words) stand among its words."""
    if len(contents) < 3:
        return False
    width = max(len(c) for c in contents)
    if width < _WIDE or not contents[-1].rstrip("\"”»'’)").endswith((".", "!", "?", "…")):
        return False
    for before, after in pairwise(contents):
        ended = is_letter(before[-1]) or before[-1] == ","
        if not ended or ITEM.match(after) or label_end(after):
            return False
        if len(before) + 1 + len(after.split()[0]) <= width or read_dateline(before):
            return False
    found = words(" ".join(contents))
    return sum(1 for w in found if w.islower() and len(w) >= 3 and not _joining(w)) >= 2


def wrapped_enumeration(contents: list[str]) -> bool:
    """True when a paragraph of two lines or more is one enumeration of names wrapped over them
    ("X Party of Xandia, Youth Union" / "of Zetland and Popular Front of Ypsiland."):
    no line but the last ends a sentence or a clause, a comma stands inside a line before the
    last, and the whole closes as an enumeration does, a word for "and" before its last name and
    a full stop after it. (A list's lines, one name each, hold no such comma and "and".)"""
    if len(contents) < 2 or not contents[-1].endswith("."):
        return False
    if any(not is_letter(c[-1]) or ITEM.match(c) or read_dateline(c) for c in contents[:-1]):
        return False
    if not any(_enumerates(c + ".") for c in contents[:-1]):
        return False
    return conjoined(" ".join(contents))


def _paragraphs(lines: list[Line], skip: set[int]) -> dict[int, tuple[int, int]]:
    """For each line of a run that may be one wrapped sentence, ``(start, stop)``: the indices
    of the run's lines. A run ends at a blank line, a line set aside as furniture, and after a
    line that ends a sentence or a clause (``.``, ``:``, ``;`` ...)."""
    found: dict[int, tuple[int, int]] = {}
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and not line.blank and index not in skip:
            run.append(index)
            if not without_noise(line.content).endswith(_ENDS):
                continue
        for k in run:
            found[k] = (run[0], run[-1] + 1)
        run = []
    return found


def _joined(run: list[Line], number: int) -> Line:
    """One line of the ``run`` of lines, numbered ``number``, its content aligned with the text
    (noise at its end left out: :func:`without_noise`)."""
    if len(run) == 1:
        return Line(number, run[0].start, run[0].end, without_noise(run[0].content))
    parts = [run[0].content]
    for previous, line in pairwise(run):
        parts.append(" " * (line.start - previous.end))
        parts.append(line.content)
    return Line(number, run[0].start, run[-1].end, without_noise("".join(parts)))
