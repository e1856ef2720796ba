"""A line above a list naming the organisations that signed, in the words of its language for
signing and without a colon at its end: the names under it are read as the list it announces.
Each case is read so only with its language's word in ``signing_words`` (issue 18): Icelandic,
Hausa, Uzbek (both scripts), Somali, Kurdish, Kazakh, Kyrgyz, Amharic, Kannada and Punjabi had
none before. Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: The organisations listed under the line, one a line.
_NAMES = ["Xandia Teachers Union", "Zetland Workers Party", "Ostland Youth League"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("is", "Eftirtalin samtök hafa undirritað yfirlýsinguna"),
        ("ha", "Ƙungiyoyin da suka rattaba hannu kan sanarwar"),
        ("uz", "Bayonotni imzolagan tashkilotlar"),
        ("uz-cyrl", "Баёнотни имзолаган ташкилотлар"),
        ("so", "Ururrada saxiixay bayaanka"),
        ("ku", "Rêxistinên ku daxuyanî îmze kirine"),
        ("kk", "Мәлімдемеге қол қойған ұйымдар"),
        ("ky", "Билдирүүгө кол койгон уюмдар"),
        ("am", "መግለጫውን የፈረሙ ድርጅቶች"),
        ("kn", "ಹೇಳಿಕೆಗೆ ಸಹಿ ಹಾಕಿದ ಸಂಘಟನೆಗಳು"),
        ("pa", "ਬਿਆਨ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੀਆਂ ਜਥੇਬੰਦੀਆਂ"),
    ],
)  # fmt: skip
def test_a_line_of_signing_in_its_language_opens_the_list(language: str, line: str) -> None:
    names = "\n".join(_NAMES)
    text = f"Joint statement\n\n{line}\n\n{names}\n\nWe demand higher wages.\n"
    assert lists_of(read_text(text)) == [_NAMES], language
