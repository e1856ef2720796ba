"""The reader: turns one source text into a :class:`kzld.records.Document`.

Public API: :func:`read_file`, :func:`read_bytes` and :func:`document_dict` (JSON-ready data).
Submodules: ``text`` (decoding, NFC, line index), ``boilerplate`` (site furniture),
``signatories`` (list sections) and ``entries`` (entry splitting), ``dates`` (whole-line dates),
``language`` (lingua), ``structure`` (versions, titles, persons, links, genre), ``export``,
and ``vocabulary`` (the cue words in ``vocabulary.yaml``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from ..records import Document
from .export import document_dict
from .structure import build_document
from .text import decode, split_lines

__all__ = ["document_dict", "read_bytes", "read_file"]


def read_bytes(name: str, data: bytes) -> Document:
    """Read the statement in ``data``; ``name`` is the file name (used in errors and IRIs)."""
    text = decode(name, data)
    return build_document(name, hashlib.sha256(data).hexdigest(), text, split_lines(text))


def read_file(path: Path) -> Document:
    """Read the statement in the file at ``path``."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            path, f"cannot read the file ({error.strerror}); check the path"
        ) from error
    try:
        return read_bytes(Path(path).name, data)
    except InputError as error:  # name the path as given, not just the file name
        raise type(error)(path, error.reason, error.line) from error
