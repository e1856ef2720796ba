"""A letter of a word, vowel signs and viramas among them (issue 18):
:func:`~kzld.parse.text.is_letter` and :func:`~kzld.parse.text.is_word`, the one home of the
question :meth:`str.isalpha` answers wrongly for the scripts of India and South-East Asia, and
the readers that ask it of an entry (:func:`~kzld.parse.signatories.damage.is_garbled`). Names
are made up."""

from __future__ import annotations

import pytest

from kzld.parse.inflection import same_word
from kzld.parse.signatories.damage import is_garbled
from kzld.parse.text import is_letter, is_word

#: Made-up words, one a script, each holding a vowel sign or a virama ("Zetland", "farmers'
#: union", "union", "workers").
_MARKED = [
    "ज़ेटलैंड",  # Devanagari
    "জেটল্যান্ড",  # Bengali
    "ਕਿਸਾਨ",  # Gurmukhi
    "ઝેટલેન્ડ",  # Gujarati
    "தொழிற்சங்கம்",  # Tamil
    "కార్మిక",  # Telugu
    "ಕಾರ್ಮಿಕ",  # Kannada
    "തൊഴിലാളി",  # Malayalam
    "සංගමය",  # Sinhala
    "แรงงาน",  # Thai (no mark) and "ซิตี้" below
    "ซิตี้",  # Thai
    "ສະຫະພັນ",  # Lao
    "ကျောင်းသား",  # Burmese
]


@pytest.mark.parametrize("word", _MARKED)
def test_a_word_with_vowel_signs_is_a_word(word: str) -> None:
    assert is_word(word)
    assert all(is_letter(c) for c in word)


def test_str_isalpha_says_no_to_the_marked_words() -> None:
    # the flaw the helpers stand for: every marked word but the Thai one without marks
    assert [w for w in _MARKED if w.isalpha()] == ["แรงงาน"]


@pytest.mark.parametrize("token", ["", "12", "X.", "ि", "Zet-land", "पार्टी,", "क1"])
def test_no_word(token: str) -> None:
    assert not is_word(token)


def test_the_marks_of_scripts_left_out_are_no_letters() -> None:
    # Khmer's vowel signs stay out (a Khmer list read its prose as entries with them), and so do
    # Hebrew points and Arabic harakat, which no word of the reader's needs
    assert [is_letter(c) for c in "\u17b6\u05b8\u064e"] == [False, False, False]


@pytest.mark.parametrize(
    "entry",
    [
        "జెట్‌లాండ్ రైతు సంఘం",  # Telugu: Zetland farmers' union (a joiner, and marks in every word)
        "ซิตี้",  # Thai: a short name, three of its five characters marks
    ],
)
def test_an_entry_of_marked_words_is_not_garbled(entry: str) -> None:
    assert not is_garbled(entry)


@pytest.mark.parametrize("entry", ["— • —", "#### **", "1. 2. 3."])
def test_an_entry_of_signs_alone_is_garbled(entry: str) -> None:
    assert is_garbled(entry)


@pytest.mark.parametrize(
    ("word", "other", "ending", "same"),
    [
        (
            "पार्टी",
            "पार्टियों",
            4,
            True,
        ),  # Hindi: party, parties' (an ending opening with a vowel sign)
        ("संगठन", "संगठनों", 3, True),  # Hindi: organisation, organisations'
        ("সংগঠন", "সংগঠনের", 3, True),  # Bengali: organisation, of the organisation
        ("சங்கம்", "சங்கத்தின்", 6, True),  # Tamil: union, of the union
        ("Xandia", "Xandii", 2, True),
        ("पार्टी", "पार्टियों", 3, False),  # an ending longer than allowed
        ("संगठन", "संगठन1", 3, False),  # a digit: a code
    ],
)
def test_two_cases_of_a_marked_word_are_one_word(
    word: str, other: str, ending: int, same: bool
) -> None:
    assert same_word(word, other, ending) is same
