"""The text helpers every reader step shares (``kzld.parse.text``)."""

from __future__ import annotations

from kzld.parse.lists import sentence_end
from kzld.parse.text import outside_brackets


def test_outside_brackets_gives_what_no_bracket_holds_with_its_index() -> None:
    text = "X Party (XP. Ksania) [a.b] ends."
    kept = "".join(char for _, char in outside_brackets(text))
    assert kept == "X Party   ends."
    assert [index for index, char in outside_brackets(text) if char == "."] == [len(text) - 1]


def test_a_closing_bracket_without_its_opening_one_is_passed_over() -> None:
    assert "".join(char for _, char in outside_brackets("a) b (c) d")) == "a b  d"


def test_a_sentence_ends_outside_brackets() -> None:
    body = "The X Party (Ksania. Est. 1990) condemns it. The Y Union agrees."
    assert sentence_end(body) == body.index("it.") + 2
