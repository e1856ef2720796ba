"""Names above the text: header names on the first line parted by dashes ("PARTY X – PARTY Y"),
names set out in columns, and a letterhead (an organisation's name alone above the title); and
at a letter's foot, the organisations set out in columns over their signers' names."""

from __future__ import annotations

import re

from ...model.acronyms import spells_initials
from ...model.folding import fold
from ..cues import folded_words
from ..dates import read_dateline
from ..headings import RUNNING
from ..lists import ITEM, Item, next_line
from ..names import (
    evidence,
    is_abbreviation,
    is_bare_type_word,
    name_shaped,
    person_line,
    person_shaped,
)
from ..text import Line, cased, words
from .blocks import NONE, Block
from .damage import split_bilingual
from .pairs import personal

__all__ = [
    "COLUMNS",
    "DASHED",
    "header_lines",
    "header_names",
    "letterhead",
    "name_alone",
    "named_again",
    "opens_addressing",
    "signed_columns",
    "worded",
]


#: Header names on the first line, parted by dashes ("PARTY X (ABC) – PARTY Y (DEF)").
DASHED = re.compile(r"(?:(?<=^)|(?<=\s[–—-]\s))(.+?)(?=\s[–—-]\s|$)")


#: Header names set out in columns above the text, parted by wide spaces or tabs ("XTUC
#: YTUC      ZMS      QITU").
COLUMNS = re.compile(r"(?:(?<=^)|(?<=\s{3})|(?<=\t))(\S.*?)(?=\s{3,}|\t|$)")


def header_names(line: Line, index: int, parts: re.Pattern[str], layout: str) -> Block | None:
    """The header names of one line above the text, as ``parts`` finds them (:data:`DASHED`,
    :data:`COLUMNS`): a block laid out as ``layout`` when there are two or more."""
    items: list[Item] = [
        (line, line.start + match.start(1), match.group(1).strip())
        for match in parts.finditer(line.content)
    ]
    if len(items) < 2:
        return None
    return Block(items, None, range(index, index + 1), line.content, None, NONE, layout, top=True)


def signed_columns(lines: list[Line], index: int, skip: set[int]) -> Block | None:
    """The organisations a row of columns names when the next row, as many columns, gives a
    person's signature line in each (two in three at least: "OAVD      FS      OZZŽ" over "Name
    Surname, v.r.      Name Surname, v.r.      ..."): each person signs for the organisation
    above; the pairing is the evidence, whatever the names' own. A cell that names a role
    ("Chair", "Secretary") heads its person, and no organisation: such a row is none."""
    line = lines[index]
    below = next_line(lines, index + 1)
    if below >= len(lines) or below in skip:
        return None
    cells = [(m.start(1), m.group(1).strip()) for m in COLUMNS.finditer(line.content)]
    signers = [m.group(1).strip() for m in COLUMNS.finditer(lines[below].content)]
    if len(cells) < 2 or len(signers) != len(cells):
        return None
    if sum(map(_signature, signers)) * 3 < len(signers) * 2:
        return None  # two in three signature lines at least: a name may read as no person's
    roles = folded_words("signer_roles") | folded_words("person_roles")
    for _, cell in cells:
        if person_line(cell) is not None or any(fold(w) in roles for w in words(cell)):
            return None
    items: list[Item] = [(line, line.start + at, cell) for at, cell in cells]
    return Block(items, None, range(index, below + 1), "", None, NONE, "signed")


#: The most letters of a case ending or an article glued to a letterhead's name where the text
#: names it again ("XKP-nin", "Зетландского союза").
_ENDING = 3
#: Titles written with a full stop before a person's name ("JUDr.", "Ing.", "Dr.").
_TITLES = re.compile(r"^(?:[^\W\d_]{1,5}\.\s*)+(?=[^\W\d_])")


def _signature(cell: str) -> bool:
    """True when a cell is a person's signature line: a person's name (titles with a full stop
    before it aside) and perhaps, after a comma, what follows a signature ("v.r.", a role)."""
    if person_line(cell) is not None:
        return True
    name = cell.partition(",")[0].strip()
    titles = _TITLES.match(name)
    return personal(name[titles.end() :] if titles else name)


#: A header line naming one organisation and, after a dash, its abbreviation ("X PARTY OF
#: BRITAIN – XPB").
_NAMED = re.compile(r"^(?P<name>.+?)\s[–—-]\s(?P<abbreviation>\S+)$")


def header_lines(lines: list[Line], index: int, skip: set[int]) -> Block | None:
    """Lines from ``lines[index]`` on, above the title, each naming one organisation and its
    abbreviation after a dash ("X PARTY OF BRITAIN – XPB" / "Y WORKERS' PARTY – YWP"): a block of
    one entry a line, when there are two such lines or more. The abbreviation must be one, and
    the initials of the name must spell it or a type word must say what the name names."""
    items: list[Item] = []
    k = index
    while k < len(lines) and not lines[k].blank and k not in skip:
        line = lines[k]
        raw = line.content.strip()
        match = _NAMED.match(raw)
        if not match or not is_abbreviation(match["abbreviation"]):
            break
        name = match["name"]
        if not name_shaped(name) or not (
            spells_initials(match["abbreviation"], words(name)) or evidence(name).types
        ):
            break
        items.append((line, line.start + line.content.index(raw), raw))
        k += 1
    if len(items) < 2:
        return None
    return Block(items, None, range(index, k), "", None, NONE, "plain", top=True)


def letterhead(lines: list[Line], index: int, skip: set[int]) -> Block | None:
    """An organisation's name alone on the first line, above the title ("XANDAKABO ZNV",
    "КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ"): the letterhead of the one who speaks.
    It must read as a name on the evidence of its words (a type word, an abbreviation, a name the
    authority knows), a heading must follow it before the text, and a sentence of the text must
    name it again, whole or by its abbreviation (:func:`_spoken_of`): a site's or a newspaper's
    name over the page, which only the page's stamp repeats, has the same form."""
    line = lines[index]
    raw = line.content.strip()
    if ITEM.match(raw) or not name_alone(raw):
        return None  # (a marked line is a list's entry: the copy starts inside the list)
    item: Item = (line, line.start + line.content.index(raw), raw)
    under = index + 1
    if under < len(lines) and under not in skip and _translated(raw, lines[under].content):
        # "المؤتمر X" / "X Congress": the name again in another script, no other signer; a
        # name written twice is a letterhead, whatever follows it
        return Block([item], None, range(index, under + 1), raw, None, NONE, "letterhead", top=True)
    if not cased(raw):
        return None  # in a script without capitals, a title reads as a name as often
    following = next_line(lines, index + 1)
    if not _spoken_of(raw, [line.content for line in lines[index + 1 :]]) and not (
        following < len(lines) and _addressing(lines[following].content)
    ):
        return None  # "SITENAME" over the page, a site's name in its stamp: no sentence names it
    if following >= len(lines) or following in skip:
        return None
    after = lines[following].content
    if len(after) > 200 or after.endswith((".", "!", "?", ":")) or read_dateline(after):
        return None  # no title after it: the line is the title
    return Block([item], None, range(index, index + 1), raw, None, NONE, "letterhead", top=True)


def name_alone(raw: str) -> bool:
    """True when a line reads as an organisation's name alone: short, no colon, shaped as a
    name and no person's, every longer word capitalised where the script has capitals, and the
    evidence of its words (a type word, a name the authority knows, an abbreviation); a word for
    a kind alone is none."""
    if len(words(raw)) > 8 or ":" in raw or not name_shaped(raw) or person_shaped(raw):
        return False
    if len(words(raw)) == 1 and is_bare_type_word(raw):
        return False  # "Sindical", "Party": a site's section or its kind, no one's name
    found = evidence(raw)
    if cased(raw) and found.capitals < 1.0:
        return False  # every longer word capitalised, as a name in a letterhead is
    caps = [w for w in words(raw) if w.isupper() and len(w) >= 2]
    abbreviation = found.abbreviation or (len(words(raw)) <= 2 and len(caps) == len(words(raw)))
    return bool(found.types or found.known or (cased(raw) and abbreviation))


def _spoken_of(name: str, contents: list[str]) -> bool:
    """True when a sentence of ``contents`` names the letterhead's ``name`` again
    (:func:`named_again`), perhaps with a case ending, or, when its words speak for a name
    (:func:`worded`), by an abbreviation it holds ("XKP" under "XKP Xandian Communist Party"):
    the one who speaks. A site's name above the page, which only its stamp or menu repeats
    ("SITENAME | 12.05.2022"), is named by none; nor is a title that only holds a name
    ("Statement of the XKP")."""
    found = [name, *(w for w in name.split() if is_abbreviation(w) and worded(name))]
    return any(named_again(form, contents, _ENDING) for form in found)


def opens_addressing(found: list[str]) -> bool:
    """True when the words ``found`` open with a word addressing someone (``address_words`` of
    ``cues.yaml``: "To", "Al", "À"): the first test of an entry that says whom a letter goes to
    (:mod:`.gate`) and of the address under a letterhead, whose sender the letterhead is
    (:func:`_addressing`)."""
    return bool(found) and fold(found[0]) in folded_words("address_words")


def _addressing(content: str) -> bool:
    """True when ``content`` opens with a word addressing someone (``address_words``: "To the
    Leader of ...", "Al Secretario General ..."): under a letterhead, a letter's address, whose
    sender the letterhead is, named again or not."""
    found = words(content)
    return opens_addressing(found) and found[0][:1].isupper()


def worded(raw: str) -> bool:
    """True when a letterhead's words speak for a name (a type word, a name the authority
    knows), not its capitals alone ("XKP", "SITENAME", "LISTEN TO ME" are shaped alike)."""
    found = evidence(raw)
    return bool(found.types or found.known)


def named_again(name: str, contents: list[str], ending: int = 0) -> bool:
    """True when a line of ``contents`` of :data:`~..headings.RUNNING` characters or more
    names ``name`` again, perhaps with up to ``ending`` letters glued to its last word (a case
    ending or an article: "Զետլանդի բանվորական խորհուրդը"): the one who speaks, where a site's
    name or section above the page ("XKP and ZWU condemn ..." under the letterhead "XKP"), or a
    related article's headline under the text, is named by no sentence of it."""
    pattern = re.compile(rf"(?<!\w){re.escape(fold(name))}\w{{0,{ending}}}(?!\w)")
    return any(len(c) >= RUNNING and pattern.search(fold(c)) for c in contents)


def _translated(name: str, line: str) -> bool:
    """True when ``line``, right under a letterhead's ``name``, is that name in another script
    ("Arab National Congress" under its Arabic name): a name by the same evidence, written in
    another script, and either both name a kind of organisation or neither does."""
    if not line or not name_alone(line) or split_bilingual(f"{name} / {line}") is None:
        return False
    return bool(evidence(line).types) == bool(evidence(name).types)
