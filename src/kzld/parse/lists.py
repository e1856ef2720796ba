"""Candidate lists by their form alone: numbered, bulleted or dashed items, plain short lines, and
inline enumerations separated by commas or semicolons.

Nothing here decides whether a list names signers (that is :mod:`.signatories`); this module only
says where runs of entries are, what each entry's text is (without its marker) and whether the
run closes with a stated number of further signers (``… (20 weitere)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.addresses import holds_web_address
from ..model.countries import country_code
from ..model.folding import fold
from ..model.quotes import quoted_name
from .cues import folded_words, inner_cue_words, vocabulary
from .dates import is_month_line, read_dateline
from .names import generic_plural, is_type_word
from .remembered import remembered
from .separators import (
    COMMAS,
    DASHES,
    SCRIPT_SEPARATORS,
    SEMICOLONS,
    SPACED_MARKS,
    glued_and_before,
    one_of,
)
from .stops import SPACED_STOPS, UNSPACED_STOPS
from .text import Line, cased, outside_brackets, words

__all__ = [
    "ARTICLE",
    "ITEM",
    "Item",
    "bare_opening",
    "commas",
    "conjoined",
    "inline_items",
    "is_entry",
    "label_end",
    "marked_run",
    "more_count",
    "next_line",
    "numbered_parts",
    "open_more",
    "plain_run",
    "quoted_whole",
    "semicolons",
    "sentence_end",
    "separated",
    "spaced",
    "split_more",
    "undescribed",
    "unnamed_many",
    "unpunctuated",
    "without_glued_and",
    "without_unnamed",
]

#: A list item's marker: a number (``12.``, ``12)``, ``12-``, ``12 -``) or a bullet or dash; a
#: number and a full stop may stand right before the name's first letter (``1.Name``), and so
#: may a dash, before a letter that opens no word in lower case ("-Name", as pages in scripts
#: without capitals write them: "-الاتحاد ..."). A number glued to a name by a dash marks an
#: entry only where the numbers run (:data:`_GLUED_NUMBER`). A script's own full stop after the
#: number is a full stop too: the Armenian "։" and the one-dot leader pages type for it ("7․",
#: "7 ․"), which, unlike ".", no decimal or date writes after a number.
ITEM = re.compile(
    r"^(?:(?:\d{1,3}(?:[.)]|\s?[-–](?=\s)|\s?[։․])|[•\-*–—·▪●◦])(?:\s+|$)"
    r"|\d{1,3}\.(?=[^\W\d_])|[-–—]{1,2}(?=[^\W\d_a-zà-ÿα-ωа-яё]))"
)
#: A number glued to a name by a dash, before a letter that opens no word in lower case ("3-Name",
#: "3-جمعية ..."): an entry's marker only as a numbered list's first number over its second, or
#: its next number, as a number without a full stop is; else the name's own ("1-Mai-Komitee X",
#: "24-Hour Strike Committee").
_GLUED_NUMBER = re.compile(r"^(\d{1,3})[-–](?=[^\W\d_a-zà-ÿα-ωа-яё])")
#: A line that only draws a rule between items (``—————``, ``_____``, ``* * *``).
_RULE = re.compile(r"^[\W_]+$")
#: A list item numbered 1000 or more: only continues a numbered list (a list never starts at a
#: year such as ``2022.``).
_LONG_ITEM = re.compile(r"^\d{4,7}[.)]\s+")
#: A number with no full stop before an item's text: an item only where it is the next number.
_BARE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=[^\W\d_])")

#: A short article or an elided one before a capitalised name (``a Juventude``, ``l’ARS``, ``for
#: the X``): one home for every reader that takes an article off a name.
ARTICLE = re.compile(r"^(?:[a-zà-ÿα-ωа-я]{1,3}\s+|[ldLD][’'])(?=[A-ZÀ-ÝΑ-ΩΆΈΉΊΌΎΏА-Я])")

#: One entry: the line it is on, the document offset where its text starts, and the text.
Item = tuple[Line, int, str]


def is_entry(content: str) -> bool:
    """True when a line is a short list item (a name, not a numbered paragraph)."""
    marker = ITEM.match(content)
    rest = content[marker.end() :].rstrip() if marker else ""
    return bool(rest) and len(rest) <= 150 and not rest.endswith((".", "!", "?", ";", ":"))


def more_count(content: str) -> int | None:
    """N when ``content`` only states that N more signatories exist (``… (20 weitere)``).

    Such a phrase is short and holds exactly one number with one of the "more" words at most two
    words from it (``and 12 more``, ``otras 12``, ``12 örgüt daha``), and no capitalised word
    before the number but its first (a name would have them).
    """
    words = re.findall(r"[^\W\d_]+|\d+", content)
    numbers = [k for k, w in enumerate(words) if w.isdigit()]
    if len(numbers) != 1 or len(words) > 7:
        return None
    at = numbers[0]
    if any(w[:1].isupper() for w in words[1:at]):
        return None
    more = folded_words("more_words")
    if not any(fold(w) in more for w in words[max(0, at - 2) : at + 3]):
        return None
    return int(words[at])


def open_more(content: str) -> bool:
    """True when ``content`` only says that more signed, without a number ("And many more
    unions…", "y muchas otras organizaciones", "Και πολλά ακόμα σωματεία…").

    Either its words say so (it opens with "and" or "more" and a word for "more" follows), or its
    form does: a short phrase with a type word in the plural, no capitalised word but its first
    (a name would have them), that opens with "and" or trails off (``…``).
    """
    words = re.findall(r"[^\W\d_]+|\d+", content)
    if len(words) < 2 or len(words) > 6 or any(w.isdigit() for w in words):
        return False  # one word alone ("Other", "Altri") may be a name: it is read as one
    more = folded_words("more_words")
    joins = folded_words("and_words")
    if fold(words[0]) in joins | more and any(fold(w) in more for w in words[:3]):
        return True
    trails = content.rstrip().endswith(("…", "..."))
    if not (trails or fold(words[0]) in joins) or any(w[:1].isupper() for w in words[1:]):
        return False
    return any(generic_plural(w) for w in words[1:])


def split_more(raw: str) -> tuple[str, int | None]:
    """``raw`` without a trailing ``and 12 more`` (``y otras 12 organizaciones``) and the count."""
    for match in inner_cue_words(raw, "and_words"):
        stated = more_count(raw[match.start(1) :])
        if stated is not None:
            return raw[: match.start()].rstrip(" ,;"), stated
    return raw, None


#: A closing full stop that belongs to an abbreviation written with full stops ("e.V.", "S.A.")
#: or to an initial, or an ellipsis: the entry's own.
_OWN_STOP = re.compile(r"(?:(?:^|[\s.])[^\W\d_]\.[^\W\d_]{1,3}|(?:^|\s)[^\W\d_]|\.\.|…)\.$")


def unpunctuated(raw: str) -> str:
    """An entry without the punctuation a list puts after it ("1. Xandia Party.", "- Zetland
    Union;"): a comma, a semicolon or a full stop is the list's, not the name's, unless the full
    stop closes an abbreviation written with them ("Xandia e.V."), an initial or an ellipsis. So
    is a word for "and" in lower case closing an entry of two words or more, before the list's
    last entry ("Xandia Party," / "Zetland Union and" / "Ypsiland League"): no name ends with it
    ("Generation Y" ends with a capital)."""
    raw = raw.rstrip(" ,;")
    if raw.endswith(".") and not _OWN_STOP.search(raw):
        raw = raw[:-1].rstrip(" ,;")
    head, _, last = raw.rpartition(" ")
    if last.islower() and _closing_and(fold(last)) and len(words(head)) >= 2:
        raw = head.rstrip(" ,;")
    return raw


def _closing_and(folded: str) -> bool:
    """Whether a folded word is a word for "and" (of either list in the vocabulary)."""
    return folded in folded_words("and_words") or folded in folded_words("and_before_capitals")


#: A bracket closing an entry.
_CLOSING_BRACKET = re.compile(r"\s*\((?P<what>[^()]+)\)$")


def undescribed(raw: str) -> str:
    """An entry without a description in brackets that closes it ("X Union (a union of 40,000
    teachers)", "Y (red estudiantil en 12 ciudades)"): three words or more that open in lower
    case or with a number and say what the body is, none of them capitalised or a kind of
    organisation among the first two ("(eine Gewerkschaft mit 40.000 Mitgliedern)"); they are no
    part of its name. A bracket with another capitalised word (an abbreviation, a place, a
    translation: "(sección de Zedville)") or of fewer words ("(deutscher Teil)") is the name's."""
    match = _CLOSING_BRACKET.search(raw.rstrip())
    if match is None or match.start() == 0:
        return raw
    found = words(match["what"])
    if len(match["what"].split()) < 3 or not found:
        return raw
    if any(w.islower() and is_type_word(w) for w in found[1:]):
        return raw[: match.start()]  # "(French trade association for ...)": what kind it is
    if not (match["what"][:1].islower() or match["what"][:1].isdigit()):
        return raw
    cased = any(not w[:1].islower() and not w[:1].isdigit() for w in found)
    if cased and not any(is_type_word(w) for w in found[:2]) and not _counted(match["what"]):
        return raw
    return raw[: match.start()]


def _counted(what: str) -> bool:
    """True when a bracket's words open with a number and are in lower case for half of them or
    more ("27 Xandian civil rights and privacy NGOs", "12 regional unions of Zetland"): they count
    the body's members, which no name does."""
    found = words(what)
    return what[:1].isdigit() and sum(w[:1].islower() for w in found) * 2 >= len(found) > 0


def unnamed_many(raw: str) -> bool:
    """True when an entry opens with words in lower case that hold a kind of organisation in
    the plural followed by more of them ("and many local groups from all around Xandia", "y
    colectivos de toda Zetland"): it says others signed and names none (the words before a
    name, "the unions X, Y", lead to it)."""
    lead: list[str] = []
    for word in words(raw):
        if not word[:1].islower():
            break
        lead.append(word)
    plural = [k for k, w in enumerate(lead) if generic_plural(w)]
    return bool(plural) and plural[0] < len(lead) - 1


def without_unnamed(raw: str) -> str:
    """An enumeration's last item without a tail after a word for "and" that names no one ("X
    and many other organisations", "Y и еще более десятка различных организаций и партий", "Z
    ve diğer sendikalar"): the tail's words are all in lower case, a word for "more" or "other"
    among its first three, and a kind of organisation in the plural among them
    (:func:`~.names.generic_plural`); they say others joined, and are no part of the name before
    them ("Union of workers and peasants' organisations" keeps its tail)."""
    more = folded_words("more_words")
    for match in inner_cue_words(raw, "and_words"):
        tail = words(raw[match.end() :])
        if not words(raw[: match.start()]):
            continue
        if not tail or not all(w.islower() for w in tail):
            continue
        if any(fold(w) in more for w in tail[:3]) and any(generic_plural(w) for w in tail):
            return raw[: match.start()].rstrip(" ,;")
    return raw


def next_line(lines: list[Line], index: int) -> int:
    """The index of the first non-blank line from ``index`` on."""
    while index < len(lines) and lines[index].blank:
        index += 1
    return index


#: A list item's number amid a line ("...: 1. X – A; 2. Y – B"), before a letter.
_RUN_NUMBER = re.compile(r"(?:^|(?<=[\s;,.:]))(\d{1,3})[.)]\s*(?=[^\W\d_])")


def numbered_parts(body: str, first: int = 1) -> list[tuple[int, str]] | None:
    """The entries of a numbered list run together on one line ("1. X PARTY - Leader 2. Y
    PARTY - Leader 3. ..."), where each starts in ``body`` and its text, when ``body`` holds
    three numbers or more counting up from ``first`` (a number may be left out, as a page
    that dropped an entry leaves it); ``None`` otherwise."""
    run: list[re.Match[str]] = []
    for match in _RUN_NUMBER.finditer(body):
        number = int(match.group(1))
        expected = int(run[-1].group(1)) if run else first - 1
        if expected < number <= expected + (2 if run else 1):
            run.append(match)
    if len(run) < 3:
        return None
    parts: list[tuple[int, str]] = []
    for k, match in enumerate(run):
        stop = run[k + 1].start() if k + 1 < len(run) else len(body)
        text = body[match.end() : stop]
        raw = text.strip().rstrip(" ;,.").rstrip()
        if raw:
            parts.append((match.end() + len(text) - len(text.lstrip()), raw))
    return parts


def bare_opening(lines: list[Line], index: int) -> bool:
    """True when ``lines[index]`` opens a list numbered without full stops ("1 Xandia Party"):
    it is numbered 1 before a letter, and the next line that is neither blank nor a rule is
    numbered 2 so ("2 Zetland Union"); or numbered 1 and glued to its name by a dash ("1-Name")
    over a line numbered 2, glued so or marked ("2-Name", "2- Name"). A number alone or glued
    before a name opens nothing else."""
    glued = _GLUED_NUMBER.match(lines[index].content) is not None
    if _unmarked_number(lines[index].content, glued) != 1:
        return False
    following = next(
        (
            line.content
            for line in lines[index + 1 :]
            if line.content and not _RULE.match(line.content)
        ),
        "",
    )
    marked = ITEM.match(following) if glued else None
    if marked is not None:
        number = re.match(r"\d+", marked.group())
        return number is not None and int(number.group()) == 2
    return _unmarked_number(following, glued) == 2


def _unmarked_number(content: str, glued: bool) -> int | None:
    """The number ``content`` opens with before a name, written without a full stop ("2 Name"),
    or with ``glued`` glued to it by a dash ("2-Name")."""
    found = (_GLUED_NUMBER if glued else _BARE_NUMBER).match(content)
    return int(found.group(1)) if found else None


def marked_run(lines: list[Line], start: int) -> tuple[list[Item], int | None, int]:
    """Marked items from ``lines[start]``: the items, a stated count of more, the index after.

    A list is numbered or bulleted throughout, and its numbers run on; a line such as
    ``18. September 2022`` after it is its date, not an item. A rule drawn under each entry (a
    sheet's line to sign on) parts no entries; a rule drawn under several entries ends their
    list, or, when each of them closes as a sentence does (a resolution's points, its signers
    under the rule), opens the list after it.
    """
    run = _MarkedRun(expected=1 if bare_opening(lines, start) else None)  # "1 X" / "2 Y"
    index = start
    while index < len(lines):
        line = lines[index]
        marker = _marker(line.content, run.expected)
        lone = marker is not None and _lone_marker(lines, index, marker, run.expected)
        if line.blank or (run.items and _RULE.match(line.content) and not lone):
            if not line.blank and not run.ruled():
                break  # no rule under the entries before: this one closes the list
            index += 1
            continue
        if not marker:
            index += run.closing(line.content)
            break
        after = run.entry(lines, index, marker, lone)
        if after is None:
            break
        index = after
    return run.items, run.more, _before_blanks(lines, start, index)


@dataclass
class _MarkedRun:
    """What :func:`marked_run` has read so far: the items, a stated count of more, the number
    the next item must bear (``None`` when any may follow), whether the list is numbered, and
    how many rules were drawn under its entries."""

    expected: int | None
    items: list[Item] = field(default_factory=list)
    more: int | None = None
    numbered: bool | None = None
    rules: int = 0

    def ruled(self) -> bool:
        """Read a rule drawn under the items so far: ``False`` when it closes the list (a rule
        under several names), else ``True`` (a rule under each entry; or a rule under points that
        each close as a sentence, which drops them: the list opens after it)."""
        if self.rules >= len(self.items):
            return True
        if self.rules == len(self.items) - 1:
            self.rules += 1  # a rule under each entry so far
            return True
        if all(_sentence_line(item[0]) for item in self.items):
            self.items, self.rules, self.expected, self.numbered = [], 0, None, None
            return True  # points, not names
        return False

    def closing(self, content: str) -> int:
        """Read an unmarked line after the items: 1 when it states how many more signed
        ("(20 weitere)"), and so is taken; 0 when it is none of the list's."""
        stated = more_count(content) if self.items and self.more is None else None
        if stated is None:
            return 0
        self.more = stated
        return 1

    def entry(self, lines: list[Line], index: int, marker: re.Match[str], lone: bool) -> int | None:
        """Read the marked line ``lines[index]``: the index after what it takes, or ``None``
        when it goes on no list of these items (another kind of marker, a number out of turn, a
        date)."""
        line = lines[index]
        number = re.match(r"\d+", marker.group())
        if not _goes_on(line.content, number, self.numbered, self.expected):
            return None
        self.numbered = bool(number)
        self.expected = int(number.group()) + 1 if number else self.expected
        at = marker.end()
        raw = line.content[at:].strip()
        if not raw:
            # a marker alone on its line (as a copied page lays its bullets out) marks the line
            # under it, when that line is no item of its own; else the empty item names no one
            if not lone:
                return index + 1
            index += 1
            line, raw, at = lines[index], lines[index].content, 0
        together = numbered_parts(line.content, int(number.group())) if number else None
        if together:  # "1. X – A 2. Y – B 3. Z – C" on one line: a list run together
            self.items.extend((line, line.start + start, part) for start, part in together)
            self.expected = None  # the run's last number is its own: the next line may go on
            return index + 1
        stated = _add_marked(self.items, line, at, raw)
        self.more = stated if stated is not None else self.more
        return index + 1


def _sentence_line(line: Line) -> bool:
    """True when a marked line closes as a sentence: with a full stop that no abbreviation,
    initial or ellipsis of its own explains (:func:`unpunctuated`)."""
    content = line.content.rstrip()
    return content.endswith(".") and not unpunctuated(content).endswith(".")


def _goes_on(
    content: str, number: re.Match[str] | None, numbered: bool | None, expected: int | None
) -> bool:
    """True when a marked line goes on a list: marked as its lines before it (numbered, or
    bulleted), its number the next one, and no date ("18. September 2022" after the list)."""
    if (numbered is not None and numbered != bool(number)) or read_dateline(content):
        return False
    return not (number and expected is not None and int(number.group()) != expected)


def _add_marked(items: list[Item], line: Line, at: int, raw: str) -> int | None:
    """Add the marked item ``raw`` (at ``at`` in ``line``) to ``items``, without the list's
    punctuation ("1. X Party;") and a closing "and 12 more"; the number of more signers it
    states, if it states one (alone, "(20 weitere)", or after its name)."""
    stated = more_count(raw)
    if stated is None:
        raw, stated = split_more(unpunctuated(raw))
        items.append((line, line.start + at, raw))
    return stated


def _marker(content: str, expected: int | None) -> re.Match[str] | None:
    """A list item's marker at the start of ``content``; a number of 1000 or more, or the next
    number written without its full stop or glued to the name by a dash ("2. X", "3 Y", "4-Z"),
    only where a numbered list goes on (``expected`` its next number)."""
    found = ITEM.match(content)
    if found or expected is None:
        return found
    bare = _BARE_NUMBER.match(content) or _GLUED_NUMBER.match(content)
    if bare and int(bare.group(1)) == expected:
        return bare
    return _LONG_ITEM.match(content)


def _lone_marker(
    lines: list[Line], index: int, marker: re.Match[str], expected: int | None
) -> bool:
    """True when ``marker``, found at the start of ``lines[index]``, stands alone on its line
    ("-", "2.") and the line right under it is its item's text: neither blank nor marked nor a
    rule."""
    if lines[index].content[marker.end() :].strip() or index + 1 >= len(lines):
        return False
    under = lines[index + 1].content
    return bool(under) and _marker(under, expected) is None and not _RULE.match(under)


def _before_blanks(lines: list[Line], start: int, index: int) -> int:
    """``index`` moved back past the blank lines before it: they are not the list's."""
    while index > start and lines[index - 1].blank:
        index -= 1
    return index


#: A name in quotation marks of any language.
_QUOTED_NAME = quoted_name()


def quoted_whole(raw: str) -> bool:
    """True when an entry is one name wholly in quotation marks ("Xandia Forward", «Наши»,
    „Zetland“): the marks say where a name begins and ends, whatever its words, as pages that
    quote party names write them; a quoted slogan or sentence ends with its own "!", "?" or
    full stop."""
    quoted = _QUOTED_NAME.fullmatch(raw.strip())
    return quoted is not None and not quoted["name"].rstrip().endswith((".", "!", "?", "…"))


#: A comma or a semicolon of a script other than the Latin one.
_SCRIPT_SEPARATOR = re.compile(one_of(SCRIPT_SEPARATORS))


@remembered()
def is_plain_entry(content: str) -> bool:
    """True when an unmarked line could be one entry of a list: short, no sentence, no link."""
    if not content or len(content) > 150 or ITEM.match(content) or holds_web_address(content):
        return False
    if sum(c.isalpha() for c in content) < 2 or _SCRIPT_SEPARATOR.search(content):
        return False  # no name holds an ideographic or Arabic comma: the line is an enumeration
    if content.endswith((":", "!", "?")):
        return False
    if content.endswith(".") and len(content.split()) > 8:
        return False
    return not read_dateline(content) and not is_month_line(content)


def plain_run(
    lines: list[Line], start: int, skip: set[int], gaps: bool = False, wide: bool = False
) -> tuple[list[Item], int | None, int]:
    """Unmarked entries one a line from ``lines[start]``; ``gaps`` lets blank lines part them,
    as evenly as the page spaced them: the first gap (one to three blank lines) sets the spacing
    that every other gap keeps, and a spacing wider than one blank line is a list's only when it
    parts three entries or more. With ``wide`` (a list under its own heading), a wider gap of
    up to three blank lines parts no list when the entries go on after it as spaced before.
    Returns the items, a stated count of more, and the index after the last line taken."""
    items: list[Item] = []
    more = None
    index = start
    spacing: int | None = None
    while index < len(lines) and index not in skip:
        line = lines[index]
        if line.blank:
            after = index
            while after < len(lines) and lines[after].blank and after not in skip:
                after += 1
            gap = after - index
            if not (gaps and items and after < len(lines)) or gap > 3:
                break
            if after in skip or not is_plain_entry(lines[after].content):
                break
            if spacing is None and len(items) >= 2 and _tail_sentence(lines[after], items):
                break
            if gap != (spacing or gap) and not (
                wide
                and spacing is not None
                and gap > spacing
                and _resumes(lines, after, spacing, skip)
            ):
                break
            spacing, index = spacing or gap, after
            continue
        content = line.content
        stated = more_count(content)
        if stated is None and not is_plain_entry(content):
            break
        if stated is None:
            content, stated = split_more(unpunctuated(content))
            items.append((line, line.start, content))
        if stated is not None:
            more = stated
            index += 1
            break
        index += 1
    if spacing is not None and spacing > 1 and len(items) < 3:
        return items[:1], None, items[0][0].number  # two lines far apart: no even spacing
    return items, more, index


def _tail_sentence(line: Line, items: list[Item]) -> bool:
    """True when ``line``, after the first blank line under entries that ran one a line without
    one, reads as a sentence where none of them did: it closes with a full stop that no
    abbreviation or initial explains (or with its script's own stop), and, in a script with
    capitals, most of its words after the first open in lower case ("We demand higher wages.").
    The blank line and the sentence's form both break the list's rhythm: the prose after it
    goes on, no entry does."""
    if not _closes_sentence(line) or any(_closes_sentence(item[0]) for item in items):
        return False
    if not cased(line.content):
        return True
    rest = words(line.content)[1:]
    return sum(word[0].islower() for word in rest) * 2 > len(rest)


#: The stops that close a sentence in the scripts other than Latin.
_SCRIPT_STOPS = (*SPACED_STOPS, *UNSPACED_STOPS)


def _closes_sentence(line: Line) -> bool:
    """True when a line closes as a sentence: with a full stop of its own (:func:`_sentence_line`)
    or with its script's stop."""
    return _sentence_line(line) or line.content.rstrip().endswith(_SCRIPT_STOPS)


def _resumes(lines: list[Line], at: int, spacing: int, skip: set[int]) -> bool:
    """True when the entries go on from ``lines[at]`` as the list spaced them before a wider
    gap: the line after ``spacing`` blank lines is an entry too, or ``lines[at]`` is the last
    line of the text. A list the page parted by a wider gap ("Place X" after three blank lines
    in a list spaced by one) is one list."""
    after = at + 1
    while after < len(lines) and lines[after].blank and after not in skip:
        after += 1
    if after >= len(lines):
        return True
    if after - at - 1 != spacing or after in skip:
        return False
    return is_plain_entry(lines[after].content)


#: A name and an open bracket whose first words (in lower case) say members follow, in a part
#: where the bracket does not close ("X Network (with its members A – B – ...").
_OPENING = re.compile(r"^[^()]+\((?:[a-zà-ÿ]+\s+){1,5}(?=[^\W\d_])")


#: The commas and the semicolons of every script.
_COMMA = re.compile(one_of(COMMAS))
_SEMICOLON = re.compile(one_of(SEMICOLONS))


def _parts(body: str) -> list[tuple[int, str]]:
    """The parts of an enumeration and where they start: parted by semicolons if it has any,
    else by commas, or by spaced dashes, slashes, middle dots or bars when they part it more
    often ("A – B – C – D", "A / B / C")."""
    separator = _SEMICOLON if _SEMICOLON.search(body) else (spaced(body) or _COMMA)
    kept = _bracketed(body, separator)
    parts: list[tuple[int, str]] = []
    at = 0
    for match in separator.finditer(body):
        if match.start() in kept:
            continue
        parts.append((at, body[at : match.start()]))
        at = match.end()
    parts.append((at, body[at:]))
    return parts


def _bracketed(body: str, separator: re.Pattern[str]) -> set[int]:
    """Where ``separator`` stands inside a short bracket that closes (``X Centre (Y Union,
    Xandia)``): such a separator parts no entries, it belongs to the name's gloss. A bracket with
    more separators in it opens a list of members (``X Network (with A – B – C ...)``)."""
    kept: set[int] = set()
    for bracket in re.finditer(r"[(\[][^()\[\]]*[)\]]", body):
        inside = [m.start() + bracket.start() for m in separator.finditer(bracket.group())]
        if len(inside) <= 2 and len(bracket.group()) <= 80:
            kept.update(inside)
    return kept


def commas(content: str) -> int:
    """The number of commas in ``content``, in any script (``,``, ``、``, ``،``)."""
    return len(_COMMA.findall(content))


def semicolons(content: str) -> int:
    """The number of semicolons in ``content``, in any script (``;``, ``；``, ``؛``)."""
    return len(_SEMICOLON.findall(content))


#: Closing brackets and quotation marks.
_CLOSERS = ")]»”\"’'"


def sentence_end(body: str) -> int:
    """Where the first sentence of ``body`` ends, outside brackets: at a full stop, "!" or "?"
    after a word of two letters or more (not an initial such as ``K.``) with a sentence after it
    that opens in no lower-case letter, or at a full stop of Chinese or Japanese (``。``) or a
    danda (``।``); ``len(body)`` when it holds one sentence."""
    for index, char in outside_brackets(body):
        if char in "。।":
            return index
        # a full stop after a bracket or quotation that closes after a word ends a sentence too
        # ("... from twelve towns (nine so far...). The letter ...")
        before = body[:index].rstrip(_CLOSERS)
        if len(before) < index:
            before = before.removesuffix("...").removesuffix("…")
        if char in ".!?" and re.search(r"[^\W\d_]{2}$", before):
            if char == "." and re.search(r"(?:^|\s)(?:[^\W\d_]{1,3}\.)+[^\W\d_]{2}$", before):
                continue  # "G.A.MA.DI.": the last full stop of an abbreviation written with them
            after = re.match(r"\s+(\S)", body[index + 1 :])
            if after and not after.group(1).islower():
                return index
    return len(body)


#: A short label and its colon opening a line, French spacing allowed ("Logement : ", "Santé: ").
_LABEL = re.compile(r"^[^\W\d_][^:;,.!?()\[\]]{0,39}?\s?:\s+")
#: The most words of such a label: the name of a kind or a field, not a clause.
_LABEL_WORDS = 5


def label_end(content: str) -> int:
    """Where the enumeration of a labelled line starts: after a short label and its colon
    ("Logement : A, B, C", "Santé: X; Y", "ACADEMIA: A; B; C"), when what follows parts three
    entries or more; 0 when the line is no labelled enumeration. The label names a section (a
    kind of organisations, a field of work), never an entry."""
    match = _LABEL.match(content)
    if match is None or len(words(match.group())) > _LABEL_WORDS:
        return 0
    tail = content[match.end() :]
    return match.end() if separated(tail) and not tail[:1].islower() else 0


def separated(content: str) -> bool:
    """True when a line parts at least three entries with commas, semicolons or spaced dashes,
    slashes, middle dots or bars."""
    marks = max((len(p.findall(content)) for p in (_DASH, *_MARKS)), default=0)
    return max(commas(content), semicolons(content), marks) >= 2


def conjoined(content: str) -> bool:
    """True when ``content`` enumerates names with commas and a word for "and" before the last
    ("A, B and C", "A, B и C", "A, B y la C"): an enumeration, though it may hold only one comma.
    The word for "and" (of ``cues.yaml``) is in lower case, and the word after it (past a short
    article) opens with a capital or is in a script without capitals."""
    if not commas(content):
        return False
    found = words(_COMMA.split(content)[-1])
    joins = folded_words("and_words")
    for k, word in enumerate(found[:-1]):
        if word.islower() and fold(word) in joins:
            after = found[k + 1]
            if len(after) <= 3 and after.islower() and k + 2 < len(found):
                after = found[k + 2]  # an article: "y la Unión"
            if not after[:1].islower():
                return True
    return False


def inline_items(line: Line, body: str, offset: int) -> tuple[list[Item], int | None]:
    """The comma- or semicolon-separated entries of ``body`` (found at document ``offset``).

    A list separated by semicolons may have commas inside its entries; ``Name, Country`` keeps the
    country with the name; a closing ``and 12 more`` is the stated count.
    """
    body = _enumeration_body(body)
    items: list[Item] = []
    articles: set[str] = set()  # the articles taken off items: the first's, capitalised, too
    more = None
    for at, part in numbered_parts(body) or _parts(body):
        raw = part.strip()
        if not raw:
            continue
        start = offset + at + part.index(raw)
        opening = _OPENING.match(raw) if raw.count("(") > raw.count(")") else None
        if opening and opening.end() < len(raw) and not raw[opening.end()].islower():
            # "Rete Pace e Disarmo (con le sue aderenti Accademia ... – ACLI – ...)": the name
            # before the bracket, then the first of the members it opens
            items.append((line, start, raw[: raw.index("(")].rstrip()))
            start += opening.end()
            raw = raw[opening.end() :]
        raw = raw[:-1].rstrip() if raw.endswith(")") and raw.count(")") > raw.count("(") else raw
        stated = more_count(raw)
        if stated is None:
            raw, stated = split_more(raw)
            _add_item(items, articles, line, start, without_unnamed(raw))
        more = stated if stated is not None else more
    if dashed(body):
        items = _rejoin(line, items)
    return _first_unarticled(_unglued(items), articles), more


def without_glued_and(at: int, name: str) -> tuple[int, str]:
    """An item after an enumeration's first (at offset ``at``) and its offset, without the
    conjunction written onto it (:func:`.separators.glued_and_before`: "و") where an article or
    a type word follows it ("ومركز X", "والشبكة Y": "and the ..."), as the name reader parts it
    off a word before a type word."""
    glued = glued_and_before(name)
    rest = name[len(glued) :]
    head = rest.split()[0] if rest.split() else ""
    typed = rest.startswith("ال") or is_type_word(head)
    if glued and typed and len(head) >= 3:
        return at + len(glued), rest
    return at, name


def _unglued(items: list[Item]) -> list[Item]:
    """The items, the conjunction "و" written onto an item after the first taken off
    (:func:`without_glued_and`: "X، والتجمع ...، وحزب ..."; every item's, whatever follows it,
    where the run itself is written so: :func:`_glued_run`); and a word for "and" written onto
    the last item after a comma in a script without spaces ("A、B，及D": ``comma_and_words`` of
    ``cues.yaml``)."""
    run = _glued_run([raw for _, _, raw in items])
    unglued = [*items[:1], *((line, *_without_and(at, raw, run)) for line, at, raw in items[1:])]
    return [*unglued[:-1], _comma_and(unglued[-1])] if len(unglued) > 1 else unglued


#: The fewest items after the first that show a run's own way of joining them ("، وA، وB").
_GLUED_ITEMS = 2
#: The fewest letters of an item's first word once the glued "و" is taken off ("وصوت" ->
#: "صوت"); a shorter one ("وعد" -> "عد") keeps its letter, a name's own.
_GLUED_REST = 3


def _glued_run(raws: list[str]) -> bool:
    """True when a run of items in the Arabic script writes "و" (and) onto every item after its
    first, but one at most, and at least two, one of them surely (an article or a type word
    after the letter: :func:`without_glued_and`): then the letter is the run's conjunction on
    each of them, whatever word follows it ("A، وصوت العمال، واتحاد ...، ومكتب ..."). Names whose
    own first word opens with the letter ("وزارة", "وكالة", "وحدة": ministry, agency, unit)
    show no sure one, and keep it."""
    later = raws[1:]
    glued = sum(1 for raw in later if (g := glued_and_before(raw)) and raw[len(g) :][:1].isalpha())
    sure = any(without_glued_and(0, raw)[0] for raw in later)
    return sure and glued >= _GLUED_ITEMS and glued >= len(later) - 1


def _without_and(at: int, raw: str, run: bool) -> tuple[int, str]:
    """An item after a run's first and its offset, without the "و" written onto it: where the
    run is glued (:func:`_glued_run`) whenever a word of three letters or more is left ("وصوت"
    -> "صوت", but "وعد" stays), else as :func:`without_glued_and` reads one item."""
    glued = glued_and_before(raw)
    rest = raw[len(glued) :]
    head = rest.split()[0] if rest.split() else ""
    if run and glued and len(head) >= _GLUED_REST:
        return at + len(glued), rest
    return without_glued_and(at, raw)


#: The fewest characters of a name after a word for "and" written onto it.
_AFTER_AND = 2


def _comma_and(item: Item) -> Item:
    """The enumeration's last ``item`` without a word for "and" written onto it after a comma, in
    a script without spaces ("，及新婦女協進會" -> "新婦女協進會")."""
    line, start, raw = item
    before = line.content[: start - line.start].rstrip()
    if not before.endswith((",", "，")):
        return item
    for word in map(str, vocabulary()["comma_and_words"]):
        rest = raw[len(word) :]
        if raw.startswith(word) and len(rest) >= _AFTER_AND and not rest[:1].isspace():
            return line, start + len(word), rest
    return item


def _enumeration_body(body: str) -> str:
    """An enumeration without what closes it: trailing dots ("..., XKP …": more not named), a
    full stop, a semicolon that ends it ("A, B and C;") rather than parting its entries."""
    body = body.rstrip()
    body = re.sub(r"\s*(?:…|\.\.\.)$", "", body)
    body = body[:-1] if body.endswith(".") else body
    return body[:-1] if body.endswith(";") and semicolons(body) == 1 else body


def _add_item(items: list[Item], articles: set[str], line: Line, start: int, raw: str) -> None:
    """Add the enumeration's item ``raw`` (at ``start``) to ``items``: none when it names no one
    ("and many local groups from all around Xandia"), without a short article in lower case
    ("a Juventude Comunista do Equador", "l’ARS"; kept in ``articles``), and a country alone
    joined to the item before it ("Name, Country")."""
    if unnamed_many(raw):
        return
    article = ARTICLE.match(raw)
    if article:
        articles.add(raw[: article.end()].strip().casefold())
        start += article.end()
        raw = raw[article.end() :]
    if items and country_code(raw):
        _, before, _ = items[-1]
        text = line.content[before - line.start : start + len(raw) - line.start]
        items[-1] = (line, before, text)
        return
    items.append((line, start, raw))


#: A short word opening an enumeration's first item, capitalised as a sentence's first word.
_OPENING_WORD = re.compile(r"^([^\W\d_]{1,3})\s+(?=[^\W\d_])")


def _first_unarticled(items: list[Item], articles: set[str]) -> list[Item]:
    """The items with the first one's article taken off when the enumeration's other items lose
    the same article in lower case ("...: Το X, η Y, το Z" -> "X"; "La XCGT, la XFSU"): the
    article is capitalised there only because a sentence or its colon opens with it."""
    if not items or not articles:
        return items
    line, start, raw = items[0]
    opening = _OPENING_WORD.match(raw)
    if opening is None or opening.group(1).casefold() not in articles:
        return items
    rest = raw[opening.end() :]
    if not rest[:1].isupper() or opening.group(1).islower():
        return items
    return [(line, start + opening.end(), rest), *items[1:]]


def _rejoin(line: Line, items: list[Item]) -> list[Item]:
    """A list parted by dashes whose dashes also join an abbreviation to its expansion ("AOI –
    Associazione di cooperazione") or a name to a description in lower case ("Link –
    coordinamento universitario"): those parts are one entry."""
    joined: list[Item] = []
    for item in items:
        _, start, raw = item
        if joined:
            _, before, previous = joined[-1]
            lone = len(previous.split()) == 1 and previous.isupper() and 2 <= len(previous) <= 6
            if raw[:1].islower() or (lone and _expands(previous, raw)):
                text = line.content[before - line.start : start + len(raw) - line.start]
                joined[-1] = (line, before, text)
                continue
        joined.append(item)
    return joined


def _expands(abbreviation: str, text: str) -> bool:
    """True when ``text`` reads as the expansion of ``abbreviation``: it opens with its first
    letter and the initials of its words hold at least half its letters, in order."""
    initials = [w[0].casefold() for w in text.split() if w[:1].isalpha()]
    letters = [c.casefold() for c in abbreviation if c.isalpha()]
    if len(initials) < 2 or not letters or initials[0] != letters[0]:
        return False
    found, k = 0, 0
    for letter in letters:
        while k < len(initials) and initials[k] != letter:
            k += 1
        if k < len(initials):
            found += 1
            k += 1
    return found * 2 >= len(letters)


#: A spaced dash between entries ("A – B – C – D"); a dash also joins a name to its gloss, so
#: three part a line before it is read as a list.
_DASH = re.compile(rf"\s+{one_of(DASHES)}\s+")
#: Other spaced marks that part entries written on one line ("A / B / C", "A · B · C", "A | B |
#: C"); two part a line into three entries, as two commas do. (A slash with no space beside it
#: joins the parts of one name, "Verts/ALE".)
_MARKS = tuple(re.compile(rf"\s+{re.escape(mark)}\s+") for mark in SPACED_MARKS)


def spaced(body: str) -> re.Pattern[str] | None:
    """The spaced mark that parts an enumeration written without semicolons, when it parts it
    more often than commas do: a dash three times or more, a slash, a middle dot or a bar twice
    or more; ``None`` otherwise."""
    if semicolons(body):
        return None
    for pattern, least in ((_DASH, 3), *((mark, 2) for mark in _MARKS)):
        found = len(pattern.findall(body))
        if found >= least and found > commas(body):
            return pattern
    return None


def dashed(body: str) -> bool:
    """True when an enumeration is parted by spaced dashes ("A – B – C – D")."""
    return spaced(body) is _DASH
