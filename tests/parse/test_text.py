"""The text helpers every reader step shares (``kzld.parse.text``)."""

from __future__ import annotations

from kzld.parse.lists import sentence_end
from kzld.parse.text import WordSet, outside_brackets, words


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


def test_a_word_sets_answers_stay_the_same_when_asked_again_and_after_many_words() -> None:
    forms = WordSet(["party", "kommunist*", "*organisationer"])
    asked = ["party", "kommunisten", "fredsorganisationer", "parti", "zetland"]
    expected = [True, True, True, False, False]
    assert [forms.matches(w) for w in asked] == expected
    assert [forms.matches(w) for w in asked] == expected
    # more words than a set remembers answers for: its memory is emptied, its answers stand
    assert sum(forms.matches(f"zed{k}") for k in range(20_000)) == 0
    assert [forms.matches(w) for w in asked] == expected


def test_words_keep_the_marks_inside_them() -> None:
    # a vowel sign and a virama inside the word, a joiner after a virama; a hyphen and an
    # apostrophe between letters; digits and an underscore part words
    found = words("पार्टी X-Union's 12ab_cd ව්\u200dයා")
    assert found == ["पार्टी", "X-Union's", "ab", "cd", "ව්\u200dයා"]
