"""A document as plain JSON-ready data: dates ISO, spans ``[start, end]``, the text left out."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from ..model.records import Document, Span

__all__ = ["document_dict"]


def _plain(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def document_dict(document: Document) -> dict[str, Any]:
    """Everything the reader found in ``document`` except the full text, as JSON-ready data."""
    data: dict[str, Any] = _plain(document)
    del data["text"]
    del data["key"]  # the mapping's, not the reader's
    data["languages"] = list(document.languages)
    return data
