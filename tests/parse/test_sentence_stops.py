"""The marks that end a sentence in other scripts (parse/stops): a short line that ends with
one is prose, a line that ends with a word or with one Ethiopic wordspace is a heading."""

from __future__ import annotations

import pytest

from kzld.parse.headings import is_prose
from kzld.parse.stops import SPACED_STOPS


@pytest.mark.parametrize("stop", [*SPACED_STOPS, "。", "？"])
def test_a_short_line_ending_with_a_scripts_stop_is_prose(stop: str) -> None:
    assert is_prose(f"Xandia Zetland Ostland{stop}")


@pytest.mark.parametrize("end", ["", "፡", "、"])
def test_a_short_line_ending_otherwise_is_a_heading(end: str) -> None:
    assert not is_prose(f"Xandia Zetland Ostland{end}")
