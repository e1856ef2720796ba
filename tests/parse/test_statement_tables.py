"""The words that open a heading naming a statement ("Joint statement") in languages the tables
had no word for a statement or for "joint" in (issue 18): Icelandic, Hausa, Uzbek (both scripts),
Somali, Kurdish and Amharic words for a statement, and Icelandic, Uzbek, Kazakh, Kyrgyz,
Armenian, Kurdish, Amharic and Maltese words for "joint". Each heading's statement words end
where its words end only with its language's words in ``statement_words`` and ``joint_words``."""

from __future__ import annotations

import pytest

from kzld.parse.cues import statement_words_end


@pytest.mark.parametrize(
    ("heading", "end"),
    [
        ("Sameiginleg yfirlýsing", 22),  # Icelandic: joint statement
        ("Ályktun", 7),  # Icelandic: resolution
        ("Sanarwar haɗin gwiwa", 8),  # Hausa: statement (of partnership)
        ("Bayonot", 7),  # Uzbek: statement
        ("Қўшма баёнот", 12),  # Uzbek (Cyrillic): joint statement
        ("Bayaanka", 8),  # Somali: the statement
        ("Daxuyaniya hevbeş", 17),  # Kurdish: joint statement
        ("የጋራ መግለጫ", 8),  # Amharic: joint statement
        ("Бірлескен мәлімдеме", 19),  # Kazakh: joint statement
        ("Биргелешкен билдирүү", 20),  # Kyrgyz: joint statement
        ("Համատեղ հայտարարություն", 23),  # Armenian: joint statement
        ("Dikjarazzjoni konġunta", 22),  # Maltese: joint declaration
    ],
)
def test_a_statement_heading_in_its_language_is_read_whole(heading: str, end: int) -> None:
    assert statement_words_end(heading) == end
