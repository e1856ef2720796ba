"""The last reading of a text in which no other reader published a signer: the organisations
that speak as the subject of the first sentence of a paragraph of the text's lead (its first
three paragraphs of running text), below the paragraphs that only tell of it ("The XKP calls on
the workers ...", "The XKP and the PTU condemn ...", "Το Κόμμα Χ καλεί ..."), read as
:func:`~.openings.speaker_signers` reads a statement's opening sentence: one name or several
joined, each reading as an organisation's by its own words, then a word of speaking; or the same
after a few words that open the sentence (:func:`~.openings.led_speaker_signers`: "In its
statement, the XKP calls ...").

It runs after every other reader and the gate, and only when they published no signature: a
text that names its signers anywhere else is never read again here. Whom the statement speaks
to or of stands after the verb and signs nothing; names that meet or act without speaking sign
nothing either.
"""

from __future__ import annotations

from ..model.records import Section
from .headings import running
from .openings import led_speaker_signers, speaker_signers
from .text import Line
from .wrapping import logical_lines

__all__ = ["lead_speaker"]

#: The paragraphs of running text (:func:`~.headings.running`) read: the text's lead.
LEAD = 3


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
