"""A person's role read in one word (:func:`kzld.parse.names.is_role_word`): a role alone, with
an ending of up to two letters, or closing a compound when it is long enough; a short role is
read only where it last stands in the word."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_role_word


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Chair", True),
        ("Chairs", True),  # an ending of one letter
        ("Sekretärin", True),  # of two
        ("Sekretärinnen", False),  # of four: another word
        ("Gewerkschaftssekretär", True),  # a long role closing a compound
        ("Betriebsratsvorsitzende", True),
        ("Xchair", False),  # a short role closes no compound
        ("Chairchair", False),  # where a short role last stands, it closes one
        ("Ketuanya", False),
        ("Xandia", False),
    ],
)
def test_role_word(word: str, role: bool) -> None:
    assert is_role_word(word) is role
