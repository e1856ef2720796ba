"""Signatory lists: which candidate lists name signers, and their entries.

The reader's steps, one module each, in the order the data flows:

- :mod:`.cuelines`: the words of a line that introduce a list (a ``Signatories:`` heading, a
  sentence that points at what follows, "Other parties" after a list) and the as-of date beside it;
- :mod:`.candidates`: the candidate blocks that start at a line, with :mod:`.headed` (lists under
  a heading or an introducing sentence), :mod:`.headers` (names above the text: parted by dashes,
  set out in columns, a letterhead) and :mod:`.edges` (lines at a block's edges that are none of
  its entries); :mod:`.blocks` holds the record they share;
- :mod:`.scoring`: whether a block names signers, on the evidence of its entries, cue and place;
- :mod:`.sections`: the entries of a block taken, with :mod:`.damage` setting aside those the page
  cut short (``28. Co``) or garbled, reported as :class:`~kzld.model.records.Skipped`, never minted;
- this module: walks the text's lines and collects what is taken in a :class:`Found`;
- :mod:`.cut`: one of the last readings of a text no other reader found a signer in, a run in
  its title or lead that the list reader refused for the sentence glued to its ends, cut at both;
- :mod:`.gate`: what every published name must carry, whichever reader found it (lists, titles,
  running sentences): the last step before a signer's entry is published.
  It first reads whole, with :mod:`.completed`, each run of names in a sentence that a reader
  took in part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...model.records import Section, Skipped
from ..dates import read_dateline
from ..lists import label_end
from ..provenance import marked
from ..text import Line
from ..wrapping import logical_lines
from .blocks import NONE, STRONG, Block
from .candidates import candidates, first_prose
from .cuelines import is_heading, names_measure, names_statement, salutes, signing_cue
from .edges import uncased_heading
from .pairs import nested, officers, with_organisations
from .scoring import accept, is_menu
from .sections import read_section

__all__ = ["Found", "find_sections", "is_heading", "signing_cue"]


@dataclass
class Found:
    """What :func:`find_sections` found: the sections, the lines they take, the skipped entries."""

    sections: list[Section] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    skipped: list[Skipped] = field(default_factory=list)


def _take(found: Found, blocks: list[Block], end: int, open_end: bool) -> None:
    """Record the sections of the accepted ``blocks`` and the lines they take in ``found``."""
    for block in blocks:
        section = read_section(block, end, found.skipped, open_end)
        if section is None:
            continue
        section = marked(section, f"list:{block.kind}{':top' if block.top else ''}")
        dated = bool(block.heading) and read_dateline(block.heading) is not None
        if block.top and block.cue == NONE and block.kind != "marked" and not dated:
            section = Section(
                section.heading, section.span, section.entries, None, None, None, "header"
            )
        elif block.cue != STRONG and block.details and len(section.entries) == 1:
            # "Name Surname" / "elnök" / "XKP" under the text: one officer's sign-off, no list
            section = replace(section, kind="sign-off")
        found.sections.append(section)
        found.used.update(block.taken)


def _placed(block: Block, lines: list[Line], skip: set[int]) -> Block:
    """The block with what its place says: the paragraphs of running text after it, and whether
    a word of signing stands in its heading, on its last line or on the line after it, or a word
    for the statement in its heading's last clause ("The parties of the joint declaration:") or
    in the rest of the sentence after its last entry ("..., C adopt this declaration")."""
    if not block.items:
        return block
    last = block.items[-1][0].number  # the index of the line after the block's last line
    # a long line of names after a label ("Unions: A, B, C, ...") is a list, not running text
    paragraphs = sum(
        1
        for i in range(last, len(lines))
        if i not in skip and len(lines[i].content) >= 200 and not label_end(lines[i].content)
    )
    line, start, raw = block.items[-1]
    near = [block.heading, line.content]
    following = next((lines[i].content for i in range(last, len(lines)) if not lines[i].blank), "")
    clause = re.split(r"[.!?]\s+", block.heading)[-1]
    # "...: A, B and C adopt this declaration": the sentence the names open goes on to the statement
    rest = re.split(r"[.!?]\s", line.content[start - line.start + len(raw) :])[0]
    signing = any(signing_cue(text) for text in [*near, following]) or any(
        names_statement(text) for text in (clause, rest)
    )
    above = _above(lines, block, skip)
    measured = names_measure(block.heading) or any(names_measure(t, pointing=True) for t in above)
    addressed = block.top and any(map(salutes, _above(lines, block, skip, _ADDRESS)))
    return replace(
        block, prose_after=paragraphs, signing=signing, measured=measured, addressed=addressed
    )


#: How many lines above a list are read for what they say of its entries.
_ABOVE = 3
#: How many lines above a block at the top are read for a letter's salutation (a salutation,
#: a name, a role and an organisation for each addressee).
_ADDRESS = 8


def _above(lines: list[Line], block: Block, skip: set[int], many: int = _ABOVE) -> list[str]:
    """The last ``many`` lines of text above ``block`` (a notice's lead, then the line that
    introduces the list)."""
    first = block.items[0][0].number - 1  # the index of the block's first line
    found: list[str] = []
    for i in range(first - 1, -1, -1):
        if len(found) >= many:
            break
        if i not in skip and not lines[i].blank:
            found.append(lines[i].content)
    return found


def _raws(block: Block) -> list[str]:
    """The entries of ``block`` as written."""
    return [raw for _, _, raw in block.items]


def _wraps(block: Block, wrapped: set[int]) -> tuple[str, ...]:
    """The entries of ``block`` that lie on a line joined from several lines of the page."""
    return tuple(raw for line, _, raw in block.items if line.number - 1 in wrapped)


def find_sections(
    lines: list[Line], skip: set[int], text_end: int | None = None, open_end: bool = False
) -> Found:
    """The signatory sections, the lines they take and the entries set aside as damaged;
    ``open_end`` when the copy stopped between two words (a list's last entry there is cut).

    The lines are read as the text's sentences run (:func:`~kzld.parse.wrapping.logical_lines`):
    a paragraph the page hard-wrapped is one line, so that its lines are never read as the
    entries of a list, nor a name broken over two lines as two names."""
    end = text_end if text_end is not None else (lines[-1].end if lines else 0)
    logical = logical_lines(lines, skip)
    wrapped = {i for i in range(len(logical.lines)) if logical.joined(i)}
    found = _find(logical.lines, logical.skip, end, wrapped, open_end)
    found.used = logical.pages(found.used)
    return found


def _find(lines: list[Line], skip: set[int], end: int, wrapped: set[int], open_end: bool) -> Found:
    """:func:`find_sections` on the logical lines, ``wrapped`` those joined from several."""
    found = Found()
    prose = first_prose(lines, skip)
    title = next((i for i, line in enumerate(lines) if not line.blank and i not in skip), -1)
    # "We, the undersigned organisations, ...": the opening (its title too) promises the
    # signers' names, which then close the text
    promised = any(
        signing_cue(lines[i].content)
        for i in range(max(title, 0), min(prose + 1, len(lines)))
        if i not in skip
    )
    index = 0
    last_list_end: int | None = None
    while index < len(lines):
        if index in skip or lines[index].blank or index in found.used:
            index += 1
            continue
        after_list = last_list_end is not None and all(
            lines[j].blank for j in range(last_list_end, index)
        )
        blocks, after = candidates(lines, index, skip, after_list, title, prose)
        blocks = [
            with_organisations(
                officers(nested(replace(b, wrapped=_wraps(b, wrapped), promised=promised)))
            )
            for b in map(uncased_heading, blocks)
        ]
        placed = [_placed(b, lines, skip) for b in blocks]
        accepted = [b for b, p in zip(blocks, placed, strict=True) if accept(p)]
        if not accepted:
            # a list of those a measure was taken against, or a menu, is passed over whole: no
            # line of it opens another list
            passed = any(
                (p.measured and not p.signing) or (p.cue != STRONG and is_menu(_raws(p)))
                for p in placed
            )
            index = max(after, index + 1) if passed else index + 1
            continue
        _take(found, accepted, end, open_end)
        last_list_end = after
        index = max(after, index + 1)
    return found
