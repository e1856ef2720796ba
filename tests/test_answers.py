"""Answers about short texts worked out once (kzld.answers), and the functions that keep them."""

from __future__ import annotations

from kzld.answers import Answers
from kzld.model.folding import country_key, fold


def test_a_short_text_is_answered_once_and_a_long_one_each_time() -> None:
    asked: list[str] = []

    def shout(text: str) -> str:
        asked.append(text)
        return text.upper()

    answers = Answers(shout, longest=5)
    assert [answers("abc"), answers("abc"), answers("abcdef"), answers("abcdef")] == [
        "ABC",
        "ABC",
        "ABCDEF",
        "ABCDEF",
    ]
    assert asked == ["abc", "abcdef", "abcdef"]
    assert answers("") == "" and answers("") == "" and asked[3:] == [""]


def test_no_more_answers_than_told_are_kept() -> None:
    asked: list[str] = []

    def length(text: str) -> int:
        asked.append(text)
        return len(text)

    answers = Answers(length, kept=2)
    assert [answers(t) for t in ("a", "bb", "ccc", "a", "bb")] == [1, 2, 3, 1, 2]
    assert len(answers) <= 2
    assert asked == ["a", "bb", "ccc", "a", "bb"]  # "ccc" made room by forgetting "a" and "bb"


def test_folding_asked_again_answers_alike() -> None:
    for _ in range(2):
        assert fold("İMZACILAR") == "imzacilar"
        assert fold("Xandİan Wörkers' Ünion " * 10) == "xandian workers' union " * 10
        assert country_key("Côte d’Ivoire") == "cote d'ivoire"
        assert country_key("«Zetia»,  du  Nord") == "zetia du nord"
