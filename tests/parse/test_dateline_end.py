"""Where a sentence starts after the dateline that opens it
(:func:`kzld.parse.openings.dateline_end`), and the phrases that name signers among others
(:mod:`kzld.parse.signing`) found in one scan."""

from __future__ import annotations

import pytest

from kzld.parse.openings import dateline_end
from kzld.parse.signing import _among_patterns


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Zedtown, 3 May 2031 (XNA) – The union said", 28),
        ("Xandiaville 7 August 2031- Ten parties", 27),
        ("a" * 60 + " - Xandia", 63),  # the dash as far in as a dateline's may stand
        ("a" * 61 + " - Xandia", 0),  # one character further: no dateline
        ("The Xandia Union said that it would sign the declaration", 0),
        ("Zedtown! – The union", 0),
    ],
)
def test_dateline_end(sentence: str, end: int) -> None:
    assert dateline_end(sentence) == end


@pytest.mark.parametrize(
    ("folded", "found"),
    [
        ("fifty unions signed, among them xu and zu", True),
        ("fifty unions signed, among   them xu", True),  # any spaces between the words
        ("fifty unions signed, amongthem xu", False),
        ("the xamong them", False),  # inside a word: no phrase
        ("fifty unions signed, darunter xu", True),
        ("fifty unions signed, darunterxu", False),
        ("fifty unions signed the appeal", False),
    ],
)
def test_among_phrases_in_one_scan(folded: str, found: bool) -> None:
    anywhere, each = _among_patterns()
    assert (anywhere.search(folded) is not None) is found
    assert any(pattern.search(folded) for pattern in each) is found
