"""A run of short marked lines closing the text under a line that ends with a colon names its
signers by its form, in a script without capitals, whatever the words of that line (a heading in
a language no word file covers) and however few of the names hold a type word. Headings and names
are made up (the headings' words in no language)."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A heading in no known language, ending with a colon.
HEADING = "Vorlaki demmeron tashu:"
#: Names in scripts without capitals, few of them holding a type word.
UNCASED = {
    "ar": ["زيتلاند الحرة", "كساندي", "أوستلاند إلى الأمام", "حزب زيتلاند", "نهضة إبسيلاند"],
    "hi": ["ज़ेटलैंड आगे", "नया ज़ेटलैंड", "ओस्टलैंड की आवाज़", "ज़ेटलैंड पार्टी", "इप्सीलैंड उदय"],
}


@pytest.mark.parametrize("script", sorted(UNCASED))
@pytest.mark.parametrize("marker", ["– ", "- ", "• ", "{}. "])
def test_marked_lines_closing_the_text_under_a_colon_are_its_signers(
    script: str, marker: str
) -> None:
    names = UNCASED[script]
    prose = PROSE["ar"]
    listed = "\n".join(marker.format(k) + name for k, name in enumerate(names, start=1))
    text = f"Vorlaki\n\n{prose}\n\n{prose}\n{HEADING}\n{listed}\n"
    assert lists_of(read_text(text)) == [names]


def test_marked_lines_with_argument_after_them_need_their_names() -> None:
    prose = PROSE["ar"] + " " + PROSE["ar"]  # a paragraph of argument
    listed = "\n".join("– " + name for name in UNCASED["ar"])
    text = f"كساندي\n\n{prose}\n{HEADING}\n{listed}\n\n{prose}\n\n{prose}\n"
    assert lists_of(read_text(text)) == []


def test_two_marked_lines_closing_the_text_are_too_few() -> None:
    listed = "\n".join("– " + name for name in UNCASED["ar"][:2])
    text = f"كساندي\n\n{PROSE['ar']}\n\n{PROSE['ar']}\n{HEADING}\n{listed}\n"
    assert lists_of(read_text(text)) == []


def test_persons_closing_the_text_under_a_colon_are_no_list() -> None:
    persons = ["Anna Zelenka", "Boris Xandov", "Clara Ostrova"]
    listed = "\n".join("– " + person for person in persons)
    text = f"Xandia\n\n{PROSE['en']}\n\n{PROSE['en']}\n{HEADING}\n{listed}\n"
    assert lists_of(read_text(text)) == []


def test_sentences_closing_the_text_under_a_colon_are_no_list() -> None:
    demands = [
        "Xandia must free the prisoners now.",
        "The bans on meetings must end.",
        "Wages must rise with prices.",
    ]
    listed = "\n".join("– " + d for d in demands)
    text = f"Xandia\n\n{PROSE['en']}\n\n{PROSE['en']}\n{HEADING}\n{listed}\n"
    assert lists_of(read_text(text)) == []
