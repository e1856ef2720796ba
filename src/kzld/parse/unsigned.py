"""The last reading of a text in which no other reader published a signer: the subject of the
first sentence of a paragraph of the text's lead (its first three paragraphs of running text),
below the paragraphs that only tell of it:

- one organisation that speaks, read as :func:`~.openings.speaker_signers` reads a statement's
  opening sentence ("The XKP calls on the workers ...", "Η ΠΤΥ καλεί ...", "ПТУ поддерживает
  ..."): one name that reads as an organisation's by its own words, then a word of speaking;
- two organisations or more that do anything ("La Unión X y el Partido Y hemos mantenido ..."),
  each a name by its own words (a type word, an abbreviation that spells it, a name the
  authority knows; capitals alone are not enough), the sentence going on in lower case.

It runs after every other reader and the gate, and only when they published no signature: a
text that names its signers anywhere else is never read again here. Whom the statement speaks
to or of stands after the verb and signs nothing.
"""

from __future__ import annotations

from ..model.records import Section
from .headings import is_prose
from .openings import speaker_signers, subject
from .outside import signers_section
from .running import plausible, reads_as_name
from .text import Line
from .wrapping import logical_lines

__all__ = ["lead_speaker"]

#: The paragraphs of running text (of 60 characters or more) read: the text's lead.
LEAD = 3


def lead_speaker(lines: list[Line], skip: set[int]) -> list[Section]:
    """The one signer the first sentence of a paragraph of the lead names as the subject of a
    word of speaking: the first such paragraph's, or none (``skip``: the lines of furniture)."""
    logical = logical_lines(lines, skip)
    prose = 0
    for k, line in enumerate(logical.lines):
        if prose >= LEAD:
            break
        if line.blank or k in logical.skip or not is_prose(line.content):
            continue
        if len(line.content) < 60:
            continue
        prose += 1
        speaker = speaker_signers(line) or _named_subject(line)
        if speaker is not None:
            return [speaker]
    return []


def _named_subject(line: Line) -> Section | None:
    """The two names or more a paragraph's first sentence opens with as its subject, each read
    as an organisation's by its own words, the sentence going on in lower case."""
    names, rest = subject(line.content, line.start, False)
    if len(names) < 2 or not plausible(names, False):
        return None
    if not all(reads_as_name(name) for _, name in names):
        return None
    if not rest.lstrip(" ,–—-")[:1].islower():
        return None
    return signers_section(line, names, "title")
