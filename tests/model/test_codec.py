"""Records as JSON and back: every document the reader makes comes back equal."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzld.model.codec import from_json, to_json
from kzld.model.records import Document
from kzld.parse import read_file

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "documents").glob("*.txt")
)


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_a_document_comes_back_equal(path: Path) -> None:
    document = read_file(path)
    again = from_json(Document, to_json(document))
    assert again == document
    assert isinstance(again.versions, tuple)
    if document.created is not None and document.created.date is not None:
        assert again.created is not None and again.created.date == document.created.date


@pytest.mark.parametrize(
    "data",
    [b"", b"{", b"[]", b'{"name": "a.txt"}', b"null"],
    ids=["empty", "cut", "list", "short", "null"],
)
def test_bytes_that_hold_no_document_are_refused(data: bytes) -> None:
    with pytest.raises((ValueError, TypeError, KeyError)):
        from_json(Document, data)
