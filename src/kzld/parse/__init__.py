"""The reader: turns one source text into a :class:`kzld.model.records.Document`.

Public API: :func:`read_file`, :func:`read_bytes` and :func:`document_dict` (JSON-ready data).
Submodules: ``text`` (decoding, NFC, line index, word sets), ``boilerplate`` (site furniture),
``lists`` (candidate lists by their form), ``names`` (how much a phrase reads as an
organisation's name; the words in ``orgwords.yaml``), ``signatories`` (a package, one module a
step: cue lines, candidate blocks, block scoring, reading entries, cut and garbled entries),
``outside`` (signers in titles, header lines, "on behalf of" phrases), ``totals`` (stated
totals), ``entries`` (entry splitting), ``dates`` (whole-line dates), ``language`` (lingua),
``structure`` (versions, titles, persons, links, genre), ``export``, ``folder`` (reading a
folder) and ``cues`` (the cue words in ``cues.yaml``).
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
