"""The marks that part a list's entries, written out once (:mod:`kzld.parse.separators`): every
comma and semicolon of every script parts a line of names under a line that introduces it, and
so does every spaced mark; a line holding a script's own comma or semicolon is no single entry.
The words for "and" a script writes onto a name are read from one list of them, on either side.

Names and sentences are made up."""

from __future__ import annotations

import re

import pytest

from kzld.parse.lists import is_plain_entry
from kzld.parse.separators import (
    COMMAS,
    DASHES,
    SCRIPT_SEPARATORS,
    SEPARATOR,
    SEPARATORS,
    SPACED_MARKS,
    glued_and_after,
    glued_and_before,
    glued_ands_after,
    glued_ands_before,
    one_of,
)

from .prose import PROSE
from .reading import lists_of, read_text

#: Four names, as a line of them is written.
NAMES = ["Xandia Union", "Zetland Greens Party", "Ypsilon Workers Front", "Free Youth of Xandia"]

#: The line that introduces the names.
CUE = "The organisations that join the call are:"


def _listed(line: str) -> list[list[str]]:
    prose = PROSE["en"]
    return lists_of(read_text(f"Title\n\n{prose}\n\n{CUE}\n{line}\n\n{prose}\n"))


@pytest.mark.parametrize("mark", list(SEPARATORS))
def test_every_comma_and_semicolon_parts_a_line_of_names(mark: str) -> None:
    assert _listed(f"{mark} ".join(NAMES)) == [NAMES]


@pytest.mark.parametrize("mark", list(SPACED_MARKS + DASHES))
def test_every_spaced_mark_parts_a_line_of_names(mark: str) -> None:
    assert _listed(f" {mark} ".join(NAMES)) == [NAMES]


@pytest.mark.parametrize("mark", list(SCRIPT_SEPARATORS))
def test_a_line_holding_a_scripts_own_separator_is_no_single_entry(mark: str) -> None:
    assert is_plain_entry("Xandia Union")
    assert not is_plain_entry(f"Xandia Union{mark} Zetland Greens")


def test_a_latin_comma_may_stand_in_one_entry() -> None:
    assert is_plain_entry("Union of Teachers, Zetgrad")


def test_the_separator_pattern_parts_at_each_mark_and_nowhere_else() -> None:
    line = "A,B;C،D؛E，F、G；H-I/J"
    assert SEPARATOR.split(line) == ["A", "B", "C", "D", "E", "F", "G", "H-I/J"]
    assert set(COMMAS) < set(SEPARATORS)


def test_one_of_matches_each_mark_even_those_a_class_would_read_otherwise() -> None:
    marks = "-^]\\a"
    assert [bool(re.fullmatch(one_of(marks), c)) for c in "-^]\\ab"] == [True] * 5 + [False]


def test_a_menu_parted_by_bullets_at_the_page_top_is_no_list() -> None:
    prose = PROSE["en"]
    line = " • ".join(NAMES)
    text = f"Home • Newsroom • About us • Contact\n\nTitle\n\n{prose}\n\n{CUE}\n{line}\n\n{prose}\n"
    assert lists_of(read_text(text)) == [NAMES]


@pytest.mark.parametrize(
    ("word", "before", "after"),
    [
        ("وحزب", "و", ""),  # Arabic: "and the party", the letter onto the word after it
        ("حزب", "", ""),
        ("زتلاندو", "", ""),  # the letter at a word's end is no conjunction
        ("협의회와", "", "와"),  # Korean: "the council and", onto the word before it
        ("연구소과", "", "과"),
        ("와연구소", "", ""),
        ("Xandia", "", ""),
    ],
)  # fmt: skip
def test_a_word_for_and_written_onto_a_word_is_read_on_its_side(
    word: str, before: str, after: str
) -> None:
    assert (glued_and_before(word), glued_and_after(word)) == (before, after)


def test_the_words_for_and_written_onto_words_are_those_of_the_data() -> None:
    assert (glued_ands_before(), glued_ands_after()) == (("و",), ("과", "와"))
