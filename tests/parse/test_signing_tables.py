"""A line above a list naming the organisations that signed, in the words of its language for
signing and without a colon at its end: the names under it are read as the list it announces,
and the sentence after the list's blank line is none of them (:mod:`.test_tail_sentence`).
Each case is read so only with its language's word in ``signing_words`` or the signatory
headings (issue 18): Icelandic, Hausa, Uzbek (both scripts), Somali, Kurdish, Kazakh, Kyrgyz,
Amharic, Kannada and Punjabi had none before; Burmese and Gujarati none until the thirty-ninth
session ("સહી કરનાર", signing, opens a list by the signatory headings, and so does the Burmese
word), and Irish words were left out until then. In Burmese, written without spaces between
words, the word for signing is a part of a clause's run of letters (``"*part*"``): it reads the
names before it in a sentence. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.spans import signing_words

from .reading import lists_of, outside_of, read_text

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
        ("my", "ကြေညာချက်ကို လက်မှတ်ရေးထိုးသည့် အဖွဲ့အစည်းများ"),
        ("gu", "નિવેદન પર સહી કરનાર સંગઠનો"),
        ("gu", "નિવેદન પર હસ્તાક્ષર કરનાર સંગઠનો"),
        ("ga", "Eagraíochtaí a shínigh an ráiteas"),
    ],
)  # fmt: skip
def test_a_line_of_signing_in_its_language_opens_the_list(language: str, line: str) -> None:
    names = "\n".join(_NAMES)
    text = f"Joint statement\n\n{line}\n\n{names}\n\nWe demand higher wages.\n"
    assert lists_of(read_text(text)) == [_NAMES], language


def test_a_burmese_signing_word_inside_a_clause_reads_the_names_before_it() -> None:
    text = (
        "ဇန်ဒီးယားအလုပ်သမားပါတီ၊ ဇက်လန်ဆရာများသမဂ္ဂ လက်မှတ်ရေးထိုးခဲ့သည်။\n\n"
        "ကျွန်ုပ်တို့သည် အစိုးရအား လုပ်ခလစာ တိုးမြှင့်ရန် တောင်းဆိုသည်။\n"
    )
    assert outside_of(read_text(text)) == ["ဇန်ဒီးယားအလုပ်သမားပါတီ", "ဇက်လန်ဆရာများသမဂ္ဂ"]


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        ("အဖွဲ့များ လက်မှတ်ရေးထိုးခဲ့သည်", 1),  # Burmese: the organisations signed
        ("လက်မှတ်ဈေးနှုန်း", 0),  # Burmese: the ticket price ("လက်မှတ်" alone)
        ("各组织联合签署了声明", 0),  # Chinese: left out
    ],
)
def test_a_signing_word_is_found_inside_a_clause_written_without_spaces(
    clause: str, count: int
) -> None:
    assert signing_words().count(clause) == count
