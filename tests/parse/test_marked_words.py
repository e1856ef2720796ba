"""Cue words of the scripts of India read whole, their vowel signs and viramas inside them
(issue 18): the words for a statement and for "joint" that open a heading
(:func:`~kzld.parse.cues.statement_words_end`) and the words for "and" inside an entry
(:func:`~kzld.parse.cues.inner_cue_words`). ``\\w`` leaves those marks out, so a matcher that
parted words at it read "संयुक्त" as four pieces, none of them a cue word. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.cues import inner_cue_words, statement_words_end

from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("heading", "end"),
    [
        ("संयुक्त वक्तव्य", 15),  # Hindi: joint statement
        ("संयुक्त निवेदन", 14),  # Marathi: joint statement
        ("घोषणापत्र", 9),  # Hindi: declaration
        ("যৌথ বিবৃতি", 10),  # Bengali: joint statement
        ("ਸਾਂਝਾ ਬਿਆਨ ਜਾਰੀ", 10),  # Punjabi: joint statement (issued)
        ("அறிக்கை", 7),  # Tamil: statement
        ("ప్రకటన", 6),  # Telugu: statement
        ("പ്രസ്താവന", 9),  # Malayalam: statement
        ("संयुक्त", 0),  # Hindi: joint, with no word for a statement
    ],
)
def test_a_statement_heading_in_an_indic_script_is_read_whole(heading: str, end: int) -> None:
    assert statement_words_end(heading) == end


@pytest.mark.parametrize(
    "entry",
    [
        "Xandia এবং Zetland ঐক্য",  # Bengali
        "Xandia एवं Zetland एकता",  # Hindi
        "Xandia மற்றும் Zetland ஒற்றுமை",  # Tamil
        "Xandia మరియు Zetland ఐక్యత",  # Telugu
        "Xandia ಮತ್ತು Zetland ಒಕ್ಕೂಟ",  # Kannada
        "Xandia ਅਤੇ Zetland ਏਕਤਾ",  # Punjabi
    ],
)
def test_an_and_word_with_vowel_signs_is_found_inside_an_entry(entry: str) -> None:
    assert [(m.start(), m.group(1)) for m in inner_cue_words(entry, "and_words")] == [
        (7, entry.split()[1])
    ]


def test_names_after_a_hindi_statement_heading_sign() -> None:
    text = (
        "संयुक्त वक्तव्य XKP – YKP – ZKP\n\n"
        "हम सरकार से मांग करते हैं कि वह कीमतों के साथ मजदूरी बढ़ाए और श्रमिकों के अधिकारों का "
        "सम्मान करे।\n"
    )
    assert outside_of(read_text(text)) == ["XKP", "YKP", "ZKP"]
