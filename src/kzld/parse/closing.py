"""The signers a text's sign-off names: the few lines under its last paragraph of running text
(or under its last marked point), read when no other reader published a signer.

A statement that names its signers in no list and no sentence often closes with them, one a
line, above whatever furniture ends the page. Read from the top, a line of the sign-off is:

- a date, or a place and a date ("Zedtown, 12 May 2024"): passed over;
- a sender's label alone ("Issued by:", ``sender_labels`` of ``cues.yaml``): the line under it
  names the signer when it reads as a sender field's name (:func:`~.titled.sender_name`);
- a person's name alone ("Name SURNAME"), the line under it giving their post and the
  organisation it is of ("General secretary of the XKP"), or the post alone and the
  organisation on the line under that (:func:`~.signatories.pairs.officer`), or both on one
  line ("Name Surname for the X Union"): the organisation signs, read as a list's entries that
  pair a person with an organisation are (:func:`~.signatories.pairs.paired`);
- a word for "for" (``signing_for_words`` of ``cues.yaml``), the organisation, a colon and
  the person who signs for it ("For the XKP: Name Surname", "Pour le PTU : Name Surname", "عن
  X: ..."): the organisation signs (:func:`_signed_for`); under such a line, a line of the same
  form without the word ("Y: Name Surname") is read alike;
- an organisation's name alone, with a date after a comma or not ("Workers' Party of Zetland,
  12 March 2024"), with a word for a kind or a name the authority knows
  (:func:`~.signatories.headers.worded`), shaped as a letterhead's name
  (:func:`~.signatories.headers.name_alone`) or written in sentence case as many languages write
  names ("Zetland workers' council"), and named again by a line of the text, perhaps with a
  case ending or an article glued to it: a related article's headline under the text ("Xandia
  Teachers Union Calls Strike") reads as a name by its words and is named nowhere else.

The first line that is none of these ends the sign-off: below it stands the page's furniture
("No comments", "Share", "Recommended"), which never signs. A foot of more than
:data:`FOOT` lines, or more than :data:`SIGNERS` names, is no sign-off: names set out under a
text are a list, which the list readers weigh by its form.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.folding import fold
from ..model.records import Section, Span
from .cues import folded_words
from .dates import date_alone, read_dateline
from .headings import running
from .lists import ARTICLE, ITEM
from .names import evidence
from .outside import signers_section
from .provenance import reads
from .signatories.headers import name_alone, named_again, worded
from .signatories.pairs import officer, paired, personal
from .text import Line, cased, words
from .titled import is_sender_label, sender_name

__all__ = ["FOOT", "SIGNERS", "SIGN_OFF", "closing_signers"]

#: The most lines under the text's last paragraph that a sign-off may have, furniture included.
FOOT = 6
#: The most signers a sign-off names: more names under the text are a list's.
SIGNERS = 3
#: The kind of the section of a sign-off's signers.
SIGN_OFF = "sign-off"
#: The most words of a line of a sign-off.
_WORDS = 12
#: The longest case ending or glued article a name written again may carry ("խորհուրդը").
_ENDING = 2
#: A sign-off line naming whom a person signs for: perhaps a word for "for", the organisation, a
#: colon, the person ("For the XKP: Name Surname", "عن X: ...").
_SIGNED_FOR = re.compile(
    r"^(?:(?P<word>[^\W\d_]+)\s+)?(?P<name>[^:：]{2,100}?)\s*[:：]\s*(?P<person>\S.{1,60})$"
)
#: A sender's label alone on its line, closed by a colon or a semicolon ("Issued by:").
_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][^:;：]{0,14}?)\s*[:;：]\s*$")

#: A signer read from the foot: its line, where its name starts in the text, the name.
_Signer = tuple[Line, int, str]


@reads
def closing_signers(lines: list[Line], skip: set[int]) -> list[Section]:
    """The section of the organisations the text's sign-off names, or none (``skip``: the lines
    of furniture)."""
    worded_lines = [i for i, line in enumerate(lines) if not line.blank and i not in skip]
    foot = _foot(lines, worded_lines)
    if not foot or len(foot) > FOOT:
        return []
    prose = [lines[i].content for i in worded_lines[: -len(foot)]]
    found = _sign_off([lines[i] for i in foot], prose)
    if not found or len(found) > SIGNERS:
        return []  # more names than a sign-off gives: a list, which the list readers weigh
    sections = [signers_section(line, [(start, name)], SIGN_OFF) for line, start, name in found]
    entries = tuple(
        replace(s.entries[0], position=k) for k, s in enumerate(sections, start=1) if s.entries
    )
    if not entries:
        return []
    span = Span(entries[0].span.start, entries[-1].span.end)
    return [Section(heading="", span=span, entries=entries, kind=SIGN_OFF)]


def _foot(lines: list[Line], worded_lines: list[int]) -> list[int]:
    """The lines under the text's last line of running text or marked point ("1. ...", "- ..."):
    none when the text has no running text."""
    last = next(
        (
            k
            for k in range(len(worded_lines) - 1, -1, -1)
            if running(lines[worded_lines[k]].content)
            or ITEM.match(lines[worded_lines[k]].content.strip())
        ),
        None,
    )
    if last is None or not any(running(lines[i].content) for i in worded_lines[: last + 1]):
        return []
    return worded_lines[last + 1 :]


def _sign_off(foot: list[Line], prose: list[str]) -> list[_Signer]:
    """The signers the lines of ``foot`` name, read from the top up to the first line that is no
    part of a sign-off (``prose``: the text's lines above the foot, whose running text may
    name a signer again)."""
    found: list[_Signer] = []
    k, last_for = 0, -2  # the last line read as signed for ("For the X: ...")
    while k < len(foot):
        line = foot[k]
        raw = line.content.strip()
        at = line.start + line.content.index(raw)
        under = foot[k + 1] if k + 1 < len(foot) else None
        signed_for = _signed_for(raw, last_for == k - 1)
        if signed_for is not None:
            found.append((line, at + signed_for[0], signed_for[1]))
            last_for, k = k, k + 1
            continue
        named = _named(raw, prose)
        if named is not None:
            found.append((line, at + named[0], named[1]))
            k += 1
            continue
        if read_dateline(raw) is not None:
            k += 1
            continue
        label = _LABEL.match(raw)
        if label and is_sender_label(label["label"]):
            if under is None or not sender_name(under.content.strip().rstrip(".;,")):
                break
            name = under.content.strip().rstrip(".;,")
            found.append((under, under.start + under.content.index(name), name))
            k += 2
            continue
        if under is not None and personal(raw):
            signed = officer([line.content for line in foot[k : k + 3]])
            if signed is None:
                break
            count, offset, name = signed
            last = foot[k + count - 1]
            found.append((last, last.start + offset, name))
            k += count
            continue
        break
    return found


def _named(raw: str, prose: list[str]) -> tuple[int, str] | None:
    """Where in a line of the sign-off the organisation's name starts and the name, when the
    line gives it alone, perhaps with a date after a comma, or paired with its person."""
    if len(words(raw)) > _WORDS or evidence(raw).sentence:
        return None  # a sentence the page cuts short, no sign-off
    head, comma, tail = raw.rpartition(",")
    name = head.strip() if comma and date_alone(tail.strip()) is not None else raw
    pair = paired(name)
    if isinstance(pair, tuple):
        return pair
    if ITEM.match(name) or name.endswith("!") or not worded(name):
        return None
    if not named_again(name, prose, _ENDING):
        return None  # a related article's headline ("Xandia Teachers Union Calls Strike")
    if name_alone(name):
        return 0, name
    # in sentence case: "Զետլանդի բանվորական խորհուրդ" under "... խորհուրդը ..."
    sentence_case = len(words(name)) >= 2 and cased(name) and not name[:1].islower()
    return (0, name) if sentence_case and ":" not in name else None


def _signed_for(raw: str, after_one: bool) -> tuple[int, str] | None:
    """Where in a sign-off line the organisation a person signs for starts and its name, when
    the line opens with a word for "for" and names the organisation before a colon and the
    person after it ("For the Workers' Party of Zetland: Name Surname", "За Рабочую партию
    Зетландии: ..."; the article is no part of the name), or, right under such a line
    (``after_one``), names them so without the word. The organisation must read as a sender's
    name (no person, no country); in a script with capitals the person must read as a person's
    name and the organisation as one by its words (a kind, an abbreviation, a name the
    authority knows), and in one without, the organisation must have a word for a kind or the
    line be one of a run of such lines (``after_one``)."""
    match = _SIGNED_FOR.match(raw)
    if match is None:
        return None
    start = match.start("name")
    if match["word"] is not None and fold(match["word"]) not in folded_words("signing_for_words"):
        if not after_one:
            return None
        start = 0  # "Y Union: Name Surname" under "For the X Party: Name Surname"
    elif match["word"] is None and not after_one:
        return None
    name = raw[start : match.end("name")]
    article = ARTICLE.match(name)
    if article:
        start, name = start + article.end(), name[article.end() :]
    person = match["person"].strip().rstrip(".,;")
    if not sender_name(name) or len(words(person)) > 4 or evidence(person).types:
        return None
    if cased(person) and not (personal(person) and (worded(name) or name_alone(name))):
        return None
    if not cased(name) and not (worded(name) or after_one):
        return None
    return start, name
