"""The reader: turns one source text into a :class:`kzld.model.records.Document`.

Public API: :func:`read_file`, :func:`read_bytes` and :func:`document_dict` (JSON-ready data).
Submodules:

- the text: ``text`` (decoding, NFC, line index, word sets), ``wrapping`` (lines the page broke
  joined back), ``boilerplate`` (site furniture), ``headings`` (kicker, title, subtitle),
  ``language`` (lingua), ``dates``, ``calendars`` and ``reading`` (dates), ``places`` (cities),
  ``totals`` (stated totals), ``structure`` (versions, paragraphs, persons, links, genre, and
  the order in which the readers of signers are asked);
- what a phrase is: ``names`` (how much a phrase reads as an organisation's name; the words in
  ``orgwords.yaml``), ``likeness`` (a learnt score of it), ``spans`` and ``running`` (names in
  running text), ``runs`` (a run of names at a text's start), ``entries`` (an entry split into
  name, abbreviation, gloss and country), ``remembered`` (answers about short texts kept);
- the signers in lists: ``lists`` (candidate lists by their form) and ``signatories`` (a
  package, one module a step: cue lines, candidate blocks, block scoring, reading entries, cut
  and garbled entries, and the gate every published name passes);
- the signers outside lists, one reader a form: ``titled`` (titles), ``openings`` and
  ``subjects`` (the subject of an opening sentence), ``repeated`` (a headline's name a
  paragraph below opens with again), ``signing`` (beside a verb of signing,
  "on behalf of"), ``cued`` (after a cue in a sentence), ``coordinated`` (named together in
  prose), ``announced`` ("among them"; a body named by its members), ``counted``,
  ``enumerated`` and ``plurals`` (as many names as a count or a plural points at),
  ``expanded`` (each with its abbreviation),
  ``quoted`` (in quotation marks after a word for its kind), ``paired`` (a person beside
  each), ``represented`` (through the persons who sign), ``unspaced``, ``summed``,
  ``phrased`` and ``together`` (scripts without spaces or capitals), and ``outside`` (the
  section they make);
- the last readings, in this order, when no reader published a signer: ``enumerations`` (an
  enumeration of names in prose), ``unsigned`` (the lead's speaker), ``closing`` (the
  sign-off), ``authored`` (the author a long heading or the lead's "we" names);
- ``export``, ``folder`` (reading a folder), ``cues`` (the word files, ``cues.yaml`` and
  others) and ``provenance`` (which reader read each entry: for diagnosis, never published).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError, ParseError
from ..model.records import Document
from .export import document_dict
from .structure import build_document
from .text import check_size, decode, split_lines

__all__ = ["document_dict", "read_bytes", "read_file"]


def read_bytes(name: str, data: bytes) -> Document:
    """Read the statement in ``data``; ``name`` is the file name (used in errors and IRIs)."""
    text = decode(name, data)
    if not text.strip():
        raise ParseError(name, "the file is empty: there is no statement in it")
    document = build_document(name, hashlib.sha256(data).hexdigest(), text, split_lines(text))
    if not document.versions:
        # a statement needs a language version (the shapes say so): without one the whole
        # build would fail, so the text is refused here and the other texts still build
        raise ParseError(
            name,
            "no statement text found (only site furniture, datelines or signatory lists); "
            "give the statement's title and text",
        )
    return document


def read_file(path: Path) -> Document:
    """Read the statement in the file at ``path``."""
    try:
        # the size is checked before reading, so a huge file costs no memory
        check_size(str(path), Path(path).stat().st_size)
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            path, f"cannot read the file ({error.strerror}); check the path"
        ) from error
    try:
        return read_bytes(Path(path).name, data)
    except InputError as error:  # name the path as given, not just the file name
        raise type(error)(path, error.reason, error.line) from error
