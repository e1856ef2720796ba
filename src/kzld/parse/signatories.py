"""Signatory lists: which candidate lists name signers, and their entries.

Candidate lists come from :mod:`.lists` (marked, plain or inline, wherever they are). Each entry
is scored by how much it reads as an organisation's name (:mod:`.names`), and each list by its
entries, the cues near it and its place:

- a heading with a signatory cue (``Signatories:``, ``Unterzeichner``) or a further list right
  after one ("Other parties") is the strongest cue: the list is taken unless it reads as prose;
- a line that introduces what follows (it ends with a colon, or speaks of signing or of what
  follows: "The parties that sign this statement:") is a weaker cue: most entries must be names;
- with no cue at all (a list after a dateline, names at the end of the text), nearly every entry
  must be a name, and there must be at least three.

Cue words are evidence, never a gate: a "More signatures for ..." title followed by a paragraph
with commas names no one. Entries the page cut short (``28. Co``) or garbled are reported as
:class:`~kzld.records.Skipped`, never minted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Entry, Section, Skipped, Span
from .cues import vocabulary
from .dates import find_date, read_dateline
from .entries import split_entry
from .lists import (
    ITEM,
    Item,
    inline_items,
    is_entry,
    is_plain_entry,
    marked_run,
    next_line,
    open_more,
    plain_run,
    separated,
)
from .names import (
    evidence,
    generic_plural,
    is_abbreviation,
    known_name,
    name_score,
    name_shaped,
    opens_a_word,
    person_line,
    person_shaped,
    persons_organisation,
)
from .text import Line, WordSet, words

__all__ = ["Found", "find_sections", "is_entry", "is_heading", "signing_cue"]

#: An entry scoring this much reads as a name.
NAME = 0.5
_STRONG, _WEAK, _NONE = 2, 1, 0


def is_heading(content: str) -> bool:
    """True when a line introduces a signatory list by its words (``Signatories:``)."""
    if content.endswith(":") and len(content) > 200:
        # a long paragraph ending in a colon: its last clause is what introduces the list
        content = re.split(r"[.!?)]\s+", content)[-1]
    head = content.partition(":")[0] if ":" in content else content
    if len(head) > (200 if content.endswith(":") else 120) or (
        ":" not in content and content.endswith((".", "!", "?", ";"))
    ):
        return False
    folded = fold(content)
    return any(fold(cue) in folded for cue in vocabulary()["signatory_headings"])


def is_further(content: str) -> bool:
    """True when a short line opens a further list ("Other Parties", "Weitere Unterzeichner").

    Only asked about a line right after a signatory list: its first word is a word for "other".
    """
    if len(content) > 80 or content.endswith((".", "!", "?", ";")):
        return False
    found = re.findall(r"\w+", content.casefold())
    return bool(found) and found[0] in vocabulary()["further_headings"]


@cache
def _cue_words() -> tuple[WordSet, WordSet]:
    data = vocabulary()
    return WordSet(data["signing_words"]), WordSet(data["following_words"])


def signing_cue(content: str) -> bool:
    """True when ``content`` speaks of signing, endorsing or joining (``undersigned``)."""
    return _cue_words()[0].count(content) > 0


def _introduces(content: str) -> bool:
    """True when a line points at a list after it: a colon at its end, or words of signing or of
    what follows ("the parties whose names follow") in its last clause."""
    signing, following = _cue_words()
    last = re.split(r"[.!?)]\s+", content.rstrip())[-1][-300:]
    return content.rstrip().endswith(":") or bool(signing.count(last) or following.count(last))


def _as_of(text: str) -> date | None:
    """The date of an ``as of`` phrase (``as of 21 January 2022``, ``Stand: ...``) in ``text``."""
    cues = "|".join(re.escape(fold(cue)) for cue in vocabulary()["as_of_cues"])
    if re.search(rf"(?<!\w)(?:{cues})(?!\w)", fold(text)):
        return find_date(text)
    return None


@dataclass
class _Block:
    """A candidate list: its items and what stands around it."""

    items: list[Item]
    more: int | None
    taken: range  # the lines the list takes when accepted
    heading: str
    heading_span: Span | None
    cue: int
    kind: str  # "marked", "plain" or "inline"
    as_of_text: str = ""
    country_heading: str | None = None
    top: bool = False  # above the first prose of the text
    lead: bool = False  # the line named the kind of its names ("The federations A, B, C")


@dataclass
class Found:
    """What :func:`find_sections` found: the sections, the lines they take, the skipped entries."""

    sections: list[Section] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    skipped: list[Skipped] = field(default_factory=list)


def _scores(block: _Block) -> list[float]:
    return [name_score(raw) for _, _, raw in block.items]


def _accept(block: _Block) -> bool:
    """True when the block names signers, on the evidence of its entries, cue and place."""
    scores = _scores(block)
    if not scores:
        return block.more is not None and block.cue == _STRONG
    mean = sum(scores) / len(scores)
    names = sum(1 for s in scores if s >= NAME) / len(scores)
    if block.kind == "inline" and not _enumeration(block):
        return False
    if block.kind == "letterhead":
        return True
    if block.kind == "columns":
        return _shaped(block, 2) and all(s >= 0.4 for s in scores)
    if block.lead and block.cue != _NONE:
        return all(evidence(raw).capitals >= 0.5 for _, _, raw in block.items)
    if block.kind == "plain" and block.cue == _STRONG and len(scores) == 1:
        return scores[0] >= NAME
    if block.cue == _STRONG:
        if block.kind == "inline":
            return mean >= 0.45 and names >= 0.6
        return mean >= 0.2
    if block.cue == _WEAK:
        if block.kind == "inline":
            return (len(scores) >= 2 and mean >= 0.5 and names >= 0.6) or _shaped(block, 3)
        return (len(scores) >= 2 and names >= 0.5 and mean >= 0.4) or _shaped(block, 2)
    if block.top:
        if block.heading and read_dateline(block.heading):
            return False  # under a letter's place and date: whom it is addressed to
        # header lines above the text ("PARTY OF X – ABC"): few, every one a name
        return 2 <= len(scores) <= 6 and min(scores) >= 0.7
    if block.kind == "inline":
        # an enumeration parted by semicolons may be taken by the form of its entries
        semicolons = any(";" in line.content for line, _, _ in block.items)
        return (len(scores) >= 3 and names >= 0.8 and mean >= 0.6) or (
            semicolons and _shaped(block, 4)
        )
    return (len(scores) >= 3 and names >= 0.75 and mean >= 0.55) or _shaped(block, 3)


def _shaped(block: _Block, least: int) -> bool:
    """True when a block is a list of names by its form alone: at least ``least`` entries, every
    one shaped as a name (:func:`~.names.name_shaped`, a last entry cut short aside), and not a
    list of persons' names."""
    raws = [raw for _, _, raw in block.items]
    if len(raws) < least:
        return False
    shaped = [name_shaped(raw) for raw in raws]
    # every entry a name (a last one may be cut short), or in a long list nearly every one
    whole = all(shaped[:-1]) and (shaped[-1] or len(raws) > least)
    if not whole and not (len(raws) >= 8 and sum(shaped) >= 0.85 * len(raws)):
        return False
    if any(evidence(raw).sentence for raw in raws):
        return False
    return sum(person_shaped(raw) for raw in raws) * 2 < len(raws)


def _enumeration(block: _Block) -> bool:
    """True when an inline block reads as an enumeration of names, not as sentences with commas:
    short items, hardly any of them opening in lower case."""
    raws = [raw for _, _, raw in block.items]
    lower = sum(1 for raw in raws if evidence(raw).lower_start)
    longest = 18 if any(";" in line.content for line, _, _ in block.items) else 12
    return all(len(words(raw)) <= longest for raw in raws) and lower <= 0.2 * len(raws)


def _trim(block: _Block) -> _Block:
    """A list without a strong cue loses leading and trailing lines that read as no name (a
    dateline such as ``Beirut, November 2012``, a closing slogan); the first becomes its heading."""
    if block.cue == _STRONG or block.kind == "inline":
        return block
    items = list(block.items)
    heading, heading_span = block.heading, block.heading_span
    capitals = sum(raw.isupper() for _, _, raw in items) * 2 > len(items)
    while len(items) > 1 and _stray(items[0][2], capitals):
        line = items.pop(0)[0]
        heading, heading_span = line.content, Span(line.start, line.end)
    while len(items) > 1 and _stray(items[-1][2], capitals):
        items.pop()
    if len(items) == len(block.items):
        return block
    lines = [line.number - 1 for line, _, _ in items]
    return _Block(
        items,
        block.more,
        range(min(lines), max(lines) + 1),
        heading,
        heading_span,
        block.cue,
        block.kind,
        block.as_of_text,
        block.country_heading,
        block.top,
    )


def _stray(raw: str, capitals: bool) -> bool:
    """True when a first or last line of a list without a strong cue is none of its entries: it
    reads as no name, unless it is shaped as one and written in capitals as the whole list is
    (``GESTAMP BIZKAIA`` among names in capitals is one of them)."""
    if name_score(raw) >= 0.35 or known_name(raw):
        return False
    if not (capitals and raw.isupper() and name_shaped(raw)):
        return True
    # a statement word names the text, not a signer ("COMMUNIQUÉ", "ΚΟΙΝΗ ΑΝΑΚΟΙΝΩΣΗ")
    return read_dateline(raw) is not None or any(fold(w) in _statement_words() for w in words(raw))


def _spoken(block: _Block, index: int) -> _Block:
    """The block without the sentence ``lines[index]`` that introduces it: a sentence that says
    what follows ("The councils of these companies decided to support the call:") is the text's
    prose, in its language, and the list takes only its entries."""
    if block.kind == "inline" or block.taken.start != index or len(block.taken) < 2:
        return block
    return replace(block, taken=range(index + 1, block.taken.stop))


# --------------------------------------------------------------------------- damaged entries

_MOJIBAKE = re.compile(r"[ÃÂÐÑ][\u0080-\u00bf]|\ufffd|â€")


def _script(text: str) -> str | None:
    """The script most letters of ``text`` are written in (the first word of their Unicode name)."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = _char_script(char)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@lru_cache(maxsize=1 << 12)
def _char_script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else "?"


def _garbled(raw: str) -> bool:
    """True when an entry is damaged text: broken encoding (``franÃ§ais``), or hardly any
    letters. (A word in another script than the list's may be a name: it is kept.)"""
    if _MOJIBAKE.search(raw):
        return True
    visible = [c for c in raw if not c.isspace()]
    return bool(visible) and sum(c.isalpha() for c in visible) < 0.5 * len(visible)


def _cut(raw: str, others: list[str]) -> bool:
    """True when the last entry of a list the page ends in is cut short: one short word
    (``Rif``), a last word of one or two letters (``Communist P``), a last word that only opens a
    word of the other entries, of a country's name or of a type word (``Co``, ``Yugosla``,
    ``Travai``), a closing preposition (``Party of Labour of``), or the opening of another entry
    (``Partido Comunista``)."""
    found = words(raw)
    if not found:
        return True
    if known_name(raw) or raw.rstrip()[-1:] in ")]»”\"'.":
        return False
    last = found[-1]
    if not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", raw.split()[-1]):
        return False  # it ends in no word ("%2e%2f", "1930"): nothing to be cut short
    short = not is_abbreviation(last) and len(others) >= 3  # a few names to compare with
    if short and len(found) == 1 and len(last) <= 4:
        return True
    if short and len(found) > 1 and len(last) <= 2 and last[0].isupper():
        return True
    folded = fold(last)
    if len(found) > 1 and folded in _joins():
        return True
    # a word of the other entries that the last word opens tells only in a longer list (in a
    # short one, "Natuur en Milieu" after "Milieudefensie" is whole)
    known = {fold(w) for other in others for w in words(other)} if len(others) >= 4 else set()
    if folded not in known and opens_a_word(folded, known):
        return True
    key = fold(raw)
    if any(fold(other) == key for other in others):
        return False  # the same name stands whole elsewhere in the list
    return any(fold(other).startswith(key) and len(other) > len(raw) for other in others)


@cache
def _joins() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary()["statement_joins"]) - {"the", "la", "le"}


def _bilingual(raw: str) -> tuple[str, str] | None:
    """``(name, other)`` when an entry gives a name and then its translation in another script
    (``Parti du travail d'Autriche - Κόμμα Εργασίας Αυστρίας``), outside brackets."""
    first = _script(raw[: max(1, len(raw) // 3)])
    if first is None:
        return None
    depth = 0
    for index, char in enumerate(raw):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and char.isalpha() and _script(char) != first:
            head = raw[:index].rstrip(" -–—/")
            tail = raw[index:]
            if len(words(head)) >= 2 and len(words(tail)) >= 2 and not raw[index - 1].isalpha():
                return head, tail
            return None
    return None


# --------------------------------------------------------------------------- candidate blocks


def _after_colon(line: Line, index: int, cue: int) -> _Block | None:
    """The names after the colon of a heading line ("Signatories: A, B, C")."""
    head, _, tail = line.content.partition(":")
    if not tail.strip() or len(tail.strip()) <= 3:
        return None
    items, more = inline_items(line, tail, line.start + len(head) + 1)
    if not (len(items) >= 2 or (items and cue == _STRONG)):
        return None
    span = Span(line.start, line.end)
    return _Block(
        items, more, range(index, index + 1), head.strip(), span, cue, "inline", line.content
    )


def _list_start(lines: list[Line], index: int) -> tuple[int, str]:
    """The first line of the list under the heading ``lines[index]``, past an as-of line of its
    own ("Stand: 12. Januar 2022"), and the text its as-of date is read from."""
    cursor = next_line(lines, index + 1)
    as_of_text = lines[index].content
    if (
        cursor < len(lines)
        and len(lines[cursor].content) < 80
        and not ITEM.match(lines[cursor].content)
        and _as_of(lines[cursor].content)
    ):
        as_of_text += " " + lines[cursor].content
        cursor = next_line(lines, cursor + 1)
    return cursor, as_of_text


def _heading_blocks(
    lines: list[Line], index: int, skip: set[int], cue: int
) -> tuple[list[_Block], int] | None:
    """The list (or lists, under sub-headings) introduced by the line ``lines[index]``."""
    line = lines[index]
    inline = _after_colon(line, index, cue)
    if inline is not None:
        return [inline], index + 1
    cursor, as_of_text = _list_start(lines, index)
    if cursor >= len(lines) or cursor in skip:
        return None
    heading, heading_span = line.content.rstrip(":").strip(), Span(line.start, line.end)

    def block(items: list[Item], more: int | None, after: int, kind: str) -> _Block:
        taken = range(index, after)
        return _Block(items, more, taken, heading, heading_span, cue, kind, as_of_text)

    if ITEM.match(lines[cursor].content):
        items, more, after = marked_run(lines, cursor)
        if items or more is not None:
            return [block(items, more, after, "marked")], after
    content = lines[cursor].content
    if _titles(content):
        return None  # "DECLARATION OF THE X UNION, MEMBER OF ...": the title of what follows
    if content and separated(content) and not is_plain_entry(content):
        label = re.match(r"^[^:;,]{1,40}:\s+", content)  # "ACADEMIA: A; B; C"
        at = label.end() if label and separated(content[label.end() :]) else 0
        items, more = inline_items(lines[cursor], content[at:], lines[cursor].start + at)
        return [block(items, more, cursor + 1, "inline")], cursor + 1
    items, more, after = plain_run(lines, cursor, skip, gaps=cue != _STRONG)
    if len(items) >= 2 or (items and cue == _STRONG and more is not None):
        return [block(items, more, after, "plain")], after
    grouped = _grouped(lines, cursor, skip, heading, heading_span, cue, as_of_text, index)
    if grouped:
        return grouped
    return _sub_lists(lines, index, cursor, cue) if cue == _STRONG else None


def _sub_lists(
    lines: list[Line], index: int, cursor: int, cue: int
) -> tuple[list[_Block], int] | None:
    """The lists under sub-headings below the heading ``lines[index]``, from ``cursor`` on (a
    country's name, "Europe", ...), each a marked list; the sub-heading is each one's heading."""
    blocks: list[_Block] = []
    sub = cursor
    while sub < len(lines):
        if lines[sub].blank:
            sub += 1
            continue
        after_head = next_line(lines, sub + 1)
        if not (
            len(lines[sub].content) < 120
            and after_head < len(lines)
            and ITEM.match(lines[after_head].content)
        ):
            break
        items, more, after = marked_run(lines, after_head)
        if not items:
            break
        sub_line = lines[sub]
        blocks.append(
            _Block(
                items,
                more,
                range(index if not blocks else sub, after),
                sub_line.content.rstrip(":").strip(),
                Span(sub_line.start, sub_line.end),
                cue,
                "marked",
                lines[index].content + " " + sub_line.content,
                sub_line.content if country_code(sub_line.content) else None,
            )
        )
        sub = after
    return (blocks, sub) if blocks else None


def _lead(content: str) -> int:
    """The length of a line's lead naming the kind of the names after it ("Οι Ομοσπονδίες",
    "The unions"): an article perhaps, then a word for organisations in the plural."""
    match = re.match(r"^(?:[^\W\d_]{1,4}\s+)?([^\W\d_][\w-]*)\s+", content)
    return match.end() if match and generic_plural(match.group(1)) else 0


def _split_and(items: list[Item]) -> list[Item]:
    """The items with a last one of two names joined by a word for "and" parted ("Last Minute
    Market e SlowFood"), when both read as names."""
    if not items:
        return items
    line, start, raw = items[-1]
    ands = "|".join(re.escape(w) for w in vocabulary()["and_words"] if " " not in w)
    match = re.search(rf"\s(?:{ands})\s+(?=[^\W\d_])", raw)
    if match is None or not raw[match.end() :][:1].isupper():
        return items
    head, tail = raw[: match.start()], raw[match.end() :]
    if not (name_shaped(head) and name_shaped(tail)):
        return items
    return [*items[:-1], (line, start, head), (line, start + match.end(), tail)]


def _grouped(
    lines: list[Line],
    start: int,
    skip: set[int],
    heading: str,
    heading_span: Span,
    cue: int,
    as_of_text: str,
    index: int,
) -> tuple[list[_Block], int] | None:
    """Lists one a line under a heading, each perhaps opening with the kind of its names ("The
    federations A, B, C." / "The unions D, E."): one block per line."""
    blocks: list[_Block] = []
    cursor = start
    while cursor < len(lines) and cursor not in skip:
        if lines[cursor].blank:
            # a blank line parts two groups that each open with the kind of their names
            after = next_line(lines, cursor)
            if not blocks or after >= len(lines) or after in skip:
                break
            if not (blocks[-1].lead and _lead(lines[after].content)):
                break
            cursor = after
        group = _group(lines[cursor])
        if group is None:
            break
        items, more, kind, lead = group
        taken = range(index if not blocks else cursor, cursor + 1)
        blocks.append(
            _Block(items, more, taken, heading, heading_span, cue, kind, as_of_text, lead=lead)
        )
        cursor += 1
    if len(blocks) < 2:
        return None
    if any(b.lead for b in blocks):
        # "Το Εργατικό Κέντρο ..." among "Οι Ομοσπονδίες A, B": the article is no part of the name
        for block in blocks:
            if block.kind == "plain":
                line, start, raw = block.items[0]
                article = re.match(r"^[^\W\d_]{1,3}\s+(?=[^\W\d_])", raw)
                if article and raw[article.end()].isupper():
                    block.items[0] = (line, start + article.end(), raw[article.end() :])
    return blocks, cursor


def _group(line: Line) -> tuple[list[Item], int | None, str, bool] | None:
    """The entries of one line of grouped lists, a stated count of more, their kind ("inline" or
    "plain") and whether the line opens with the kind of its names; ``None`` for no such line."""
    lead = _lead(line.content)
    bracket = re.match(r"^[^(),]{0,60}\(", line.content[lead:]) if lead else None
    if bracket:
        # "Le associazioni ambientaliste (A, B, C)": the names are in the brackets
        lead += bracket.end()
    body = line.content[lead:]
    if lead or "," in body or ";" in body:
        items, more = inline_items(line, body, line.start + lead)
        return (_split_and(items) if bracket else items), more, "inline", bool(lead)
    if is_plain_entry(line.content.rstrip(".")):
        return [(line, line.start, line.content.rstrip("."))], None, "plain", False
    return None


#: Header names on the first line, parted by dashes ("PARTY X (ABC) – PARTY Y (DEF)").
_DASHED = re.compile(r"(?:(?<=^)|(?<=\s[–—-]\s))(.+?)(?=\s[–—-]\s|$)")
#: Header names set out in columns above the text, parted by wide spaces or tabs ("XTUC
#: YTUC      ZMS      QITU").
_COLUMNS = re.compile(r"(?:(?<=^)|(?<=\s{3})|(?<=\t))(\S.*?)(?=\s{3,}|\t|$)")


def _header_names(line: Line, index: int, parts: re.Pattern[str], layout: str) -> _Block | None:
    """The header names of one line above the text, as ``parts`` finds them (:data:`_DASHED`,
    :data:`_COLUMNS`): a block laid out as ``layout`` when there are two or more."""
    items: list[Item] = [
        (line, line.start + match.start(1), match.group(1).strip())
        for match in parts.finditer(line.content)
    ]
    if len(items) < 2:
        return None
    return _Block(items, None, range(index, index + 1), line.content, None, _NONE, layout, top=True)


def _letterhead(lines: list[Line], index: int, skip: set[int]) -> _Block | None:
    """An organisation's name alone on the first line, above the title ("ABVAKABO FNV",
    "КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ"): the letterhead of the one who speaks.
    It must read as a name on the evidence of its words (a type word, an abbreviation, a name the
    authority knows), and a heading must follow it before the text."""
    line = lines[index]
    raw = line.content.strip()
    if len(words(raw)) > 8 or ":" in raw or not name_shaped(raw) or person_shaped(raw):
        return None
    if evidence(raw).capitals < 1.0:
        return None  # every longer word capitalised, as a name in a letterhead is
    found = evidence(raw)
    caps = [w for w in words(raw) if w.isupper() and len(w) >= 2]
    abbreviation = found.abbreviation or (len(words(raw)) <= 2 and len(caps) == len(words(raw)))
    if not (found.types or found.known or abbreviation):
        return None
    following = next_line(lines, index + 1)
    if following >= len(lines) or following in skip:
        return None
    after = lines[following].content
    if len(after) > 200 or after.endswith((".", "!", "?", ":")) or read_dateline(after):
        return None  # no title after it: the line is the title
    item: Item = (line, line.start + line.content.index(raw), raw)
    return _Block([item], None, range(index, index + 1), raw, None, _NONE, "letterhead", top=True)


def _previous(lines: list[Line], index: int, skip: set[int]) -> int | None:
    """The index of the closest non-blank line before ``index`` that is not furniture."""
    j = index - 1
    while j >= 0 and (lines[j].blank or j in skip):
        j -= 1
    return j if j >= 0 else None


@cache
def _statement_words() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary()["statement_words"])


def _titles(content: str) -> bool:
    """True when a line opens with a word for a statement ("Declaração conjunta dos ...")."""
    found = words(content)
    return bool(found) and fold(found[0]) in _statement_words()


def _headless_block(
    lines: list[Line], index: int, skip: set[int], cue: int, top: bool
) -> tuple[_Block, int] | None:
    """A list starting at ``lines[index]`` with no heading of its own."""
    line = lines[index]
    if _titles(line.content):
        return None  # "Joint declaration of A, B and C" is a title: its names are read there
    before = _previous(lines, index, skip)
    heading, heading_span = "", None
    if before is not None and len(lines[before].content) <= 300:
        heading = lines[before].content.rstrip(":").strip()
        heading_span = Span(lines[before].start, lines[before].end)
    as_of_text = lines[before].content if before is not None else ""
    # "UNIONS: A; B; C": an enumeration after a label is read inline, however short
    labelled = re.match(r"^[^:;,]{1,40}:\s+", line.content) and line.content.count(";") >= 2
    if ITEM.match(line.content):
        items, more, after = marked_run(lines, index)
        kind = "marked"
    elif is_plain_entry(line.content) and not labelled:
        items, more, after = plain_run(lines, index, skip, gaps=True)
        kind = "plain"
    else:
        body, offset = line.content, line.start
        head, colon, tail = line.content.partition(": ")
        if colon and (tail.count(",") >= 2 or tail.count(";") >= 2):
            # "... the youth organisations of Latin America: A, B, C"
            body, offset = tail, line.start + len(head) + len(colon)
            heading, heading_span = head, Span(line.start, line.start + len(head))
            if _introduces(head) or any(generic_plural(w) for w in words(head)[-4:]):
                cue = max(cue, _WEAK)
        if not separated(body) or len(body) > (4000 if body.count(";") >= 2 else 600):
            return None
        items, more = inline_items(line, body, offset)
        after, kind = index + 1, "inline"
    if not items:
        return None
    if after < len(lines) and not lines[after].blank and len(lines[after].content) < 80:
        as_of_text += " " + lines[after].content  # "[updated 26/03/2012]" under the list
    block = _Block(
        items, more, range(index, after), heading, heading_span, cue, kind, as_of_text, top=top
    )
    return block, after


# --------------------------------------------------------------------------- sections


def _person_like(raw: str) -> bool:
    """True when an entry opens with a person's name (two capitalised words that are no
    organisation's) and goes on as a person's line does (a comma, words in lower case)."""
    found = words(raw)
    if len(found) < 3 or not all(w[:1].isupper() for w in found[:2]):
        return False
    head = evidence(" ".join(found[:2]))
    if head.types or head.qualifiers or head.abbreviation or head.country or head.known:
        return False
    return "," in raw or any(w[:1].islower() for w in found[2:])


@dataclass(frozen=True)
class _Reading:
    """How a list's entries read, decided once for the whole list."""

    raws: list[str]
    at_end: bool  # the list runs to the end of the page: its last entry may be cut
    for_organisations: bool  # "Name, chair of X" in every entry: X signs
    among_persons: bool  # several persons' lines among organisations: those are persons'
    bracketed: list[tuple[int, str] | None]  # "Name Surname (Organisation)" in every entry

    @classmethod
    def of(cls, block: _Block, text_end: int) -> _Reading:
        raws = [raw for _, _, raw in block.items]
        persons = [person_line(raw) for raw in raws]
        for_organisations = all(p is not None and p[0] == "signer" for p in persons)
        among_persons = not for_organisations and sum(p is not None for p in persons) >= 2
        bracketed = [persons_organisation(raw) for raw in raws]
        if len(raws) < 2 or any(b is None for b in bracketed):
            bracketed = [None] * len(raws)
        last_line = block.items[-1][0] if block.items else None
        at_end = last_line is not None and last_line.end >= text_end
        return cls(raws, at_end, for_organisations, among_persons, bracketed)


def _entry_text(
    reading: _Reading, k: int, start: int, raw: str, found: Found
) -> tuple[str, Span, str | None] | None:
    """The text, span and translation of the ``k``-th entry (``raw`` at ``start``), or ``None``
    when it is set aside (cut, garbled, a person's) or only says that more signed."""
    span = Span(start, start + len(raw))
    whole = raw
    other: str | None = None
    pair = _bilingual(raw)
    if pair is not None:
        raw, other = pair
        span = Span(start, start + len(raw))
    last = reading.at_end and k == len(reading.raws) - 1
    if last and other is not None:
        # the translation runs to the end of the page: it is cut, the name before it is whole
        other_start = start + whole.index(other)
        found.skipped.append(Skipped(other, Span(other_start, other_start + len(other)), "cut"))
        other = None
    elif last and _cut(raw, reading.raws[:-1]):
        found.skipped.append(Skipped(raw, span, "cut"))
        return None
    if _garbled(raw):
        found.skipped.append(Skipped(raw, span, "garbled"))
        return None
    if open_more(raw):  # "And many more unions…"
        return None
    organisation = reading.bracketed[k]
    if organisation is not None:
        offset, raw = organisation
        span = Span(start + offset, start + offset + len(raw))
    elif reading.among_persons and _person_like(raw):
        found.skipped.append(Skipped(raw, span, "person"))
        return None
    person = person_line(raw)
    if person is not None:
        role, offset = person
        if role == "person" or not reading.for_organisations:
            found.skipped.append(Skipped(raw, span, "person"))
            return None
        raw = raw[offset:].rstrip(' ".,;')
        span = Span(span.start + offset, span.start + offset + len(raw))
    return raw, span, other


def _section(block: _Block, text_end: int, found: Found) -> Section | None:
    """The section of an accepted block, its damaged entries set aside in ``found.skipped``."""
    reading = _Reading.of(block, text_end)
    entries: list[Entry] = []
    for k, (_, start, raw) in enumerate(block.items):
        read = _entry_text(reading, k, start, raw, found)
        if read is None:
            continue
        text, span, other = read
        name, abbreviation, gloss, country = split_entry(text)
        country = country or block.country_heading
        entries.append(
            Entry(len(entries) + 1, text, span, name, abbreviation, gloss or other, country)
        )
    if not entries and block.more is None:
        return None
    starts = [e.span.start for e in entries] + (
        [block.heading_span.start] if block.heading_span else []
    )
    ends = [e.span.end for e in entries] + ([block.heading_span.end] if block.heading_span else [])
    heading = block.heading or (entries[0].raw if entries else "")
    return Section(
        heading=heading,
        span=Span(min(starts), max(ends)),
        entries=tuple(entries),
        as_of=_as_of(block.as_of_text),
        more_stated=block.more,
    )


def _first_prose(lines: list[Line], skip: set[int]) -> int:
    """The index of the first line of running text (a long line ending as a sentence does)."""
    for i, line in enumerate(lines):
        content = line.content
        if i in skip or not content or ITEM.match(content):
            continue
        if len(content) > 160 or (
            len(content) > 60 and content.endswith((".", "!", "?", "»", "”", '"'))
        ):
            return i
    return len(lines)


def _candidates(
    lines: list[Line], index: int, skip: set[int], after_list: bool, title: int, prose: int
) -> tuple[list[_Block], int]:
    """The candidate lists that start at ``lines[index]`` and the index after them: under a
    heading or a sentence that introduces them, header lines above the text (dashed, a
    letterhead, columns), or a list with no heading of its own."""
    line = lines[index]
    if is_heading(line.content) or (after_list and is_further(line.content)):
        got = _heading_blocks(lines, index, skip, _STRONG)
        if got:
            return got
    elif _introduces(line.content) and not ITEM.match(line.content):
        got = _heading_blocks(lines, index, skip, _WEAK)
        if got:
            return [_spoken(_trim(b), index) for b in got[0]], got[1]
    header: _Block | None = None
    if index == title and index < prose:
        header = _header_names(line, index, _DASHED, "plain") or _letterhead(lines, index, skip)
    if header is None and index < prose and re.search(r"\S(?:\s{3,}|\s*\t\s*)\S", line.content):
        header = _header_names(line, index, _COLUMNS, "columns")
    if header is not None:
        return [header], index + 1
    if index != title:
        before = _previous(lines, index, skip)
        cue = _NONE
        if after_list or (before is not None and _introduces(lines[before].content)):
            cue = _WEAK
        got_one = _headless_block(lines, index, skip, cue, top=index < prose)
        if got_one:
            return [_trim(got_one[0])], got_one[1]
    return [], index + 1


def _take(found: Found, blocks: list[_Block], end: int) -> None:
    """Record the sections of the accepted ``blocks`` and the lines they take in ``found``."""
    for block in blocks:
        section = _section(block, end, found)
        if section is None:
            continue
        if block.top and block.cue == _NONE:
            section = Section(
                section.heading, section.span, section.entries, None, None, None, "header"
            )
        found.sections.append(section)
        found.used.update(block.taken)


def find_sections(lines: list[Line], skip: set[int], text_end: int | None = None) -> Found:
    """The signatory sections, the lines they take and the entries set aside as damaged."""
    found = Found()
    end = text_end if text_end is not None else (lines[-1].end if lines else 0)
    prose = _first_prose(lines, skip)
    title = next((i for i, line in enumerate(lines) if not line.blank and i not in skip), -1)
    index = 0
    last_list_end: int | None = None
    while index < len(lines):
        if index in skip or lines[index].blank or index in found.used:
            index += 1
            continue
        after_list = last_list_end is not None and all(
            lines[j].blank for j in range(last_list_end, index)
        )
        blocks, after = _candidates(lines, index, skip, after_list, title, prose)
        accepted = [b for b in blocks if _accept(b)]
        if not accepted:
            index += 1
            continue
        _take(found, accepted, end)
        last_list_end = after
        index = max(after, index + 1)
    return found
