"""A line over a list in a script without capitals (Sinhala, Bengali, Malayalam) that names no
one: where every line under it closes with a word of a kind of organisation, the line with none
is the list's heading ("On this occasion"), not its first entry. Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: For each script: a headline, a lead sentence saying that organisations signed a joint
#: statement, the line over the list ("on this occasion"), and five made-up organisations, each
#: closing with its type word.
LISTS = {
    "si": (
        "සෙට්ලන්ඩ් සංවිධාන ඒකාබද්ධ ප්‍රකාශයක් අත්සන් තබයි",
        "සෙට්ලන්ඩ් වෘත්තීය සමිති සහ කාන්තා සංවිධාන අද එක්ව ඒකාබද්ධ ප්‍රකාශයකට අත්සන් තැබූහ.",
        "මේ අවස්ථාව සඳහා",
        [
            "සෙට්ලන්ඩ් ගුරු සංගමය",
            "ක්සැන්ඩියා කම්කරු මධ්‍යස්ථානය",
            "නව සෙට්ලන්ඩ් කාන්තා ව්‍යාපාරය",
            "ක්සැන්ඩියා බැංකු සේවක සංගමය",
            "එක්සත් සෙට්ලන්ඩ් කම්කරු සම්මේලනය",
        ],
    ),
    "bn": (
        "জেটল্যান্ডের শ্রমিক সংগঠনগুলোর যৌথ বিবৃতি",
        "জেটল্যান্ডের শ্রমিক সংগঠনগুলো আজ একটি যৌথ বিবৃতিতে স্বাক্ষর করেছে।",
        "এই উপলক্ষে",
        [
            "জেটল্যান্ড জনতা পার্টি",
            "জান্ডিয়া শ্রমিক ইউনিয়ন",
            "নব জেটল্যান্ড মোর্চা",
            "জান্ডিয়া কৃষক সমিতি",
            "জেটল্যান্ড ছাত্র পরিষদ",
        ],
    ),
    "ml": (
        "സെറ്റ്ലാൻഡിലെ സംഘടനകളുടെ സംയുക്ത പ്രസ്താവന",
        "സെറ്റ്ലാൻഡിലെ തൊഴിലാളി സംഘടനകൾ ഇന്ന് സംയുക്ത പ്രസ്താവനയിൽ ഒപ്പുവെച്ചു.",
        "ഈ അവസരത്തിൽ",
        [
            "സെറ്റ്ലാൻഡ് ജനതാ പാർട്ടി",
            "സാൻഡിയ തൊഴിലാളി യൂണിയൻ",
            "പുതിയ സെറ്റ്ലാൻഡ് മുന്നണി",
            "സാൻഡിയ കർഷക സംഘടന",
            "സെറ്റ്ലാൻഡ് വിദ്യാർത്ഥി ഫെഡറേഷൻ",
        ],
    ),
}


def _text(language: str, lines: list[str]) -> str:
    headline, lead, _, _ = LISTS[language]
    return f"{headline}\n\n{lead}\n\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", sorted(LISTS))
def test_a_line_without_a_type_word_over_typed_names_heads_the_list(language: str) -> None:
    _, _, line, names = LISTS[language]
    assert lists_of(read_text(_text(language, [line, *names]))) == [names]


@pytest.mark.parametrize("language", sorted(LISTS))
def test_a_name_without_a_type_word_among_typed_names_stays_an_entry(language: str) -> None:
    # the untyped line is not the first: it is one of the names, as its neighbours are
    _, _, line, names = LISTS[language]
    listed = [names[0], line, *names[1:]]
    assert lists_of(read_text(_text(language, listed))) == [listed]


def test_sinhala_names_closing_with_their_type_word_are_a_list() -> None:
    # the type words of Sinhala, written with the joiner after the virama and without it
    _, _, _, names = LISTS["si"]
    without_joiner = [name.replace("\u200d", "") for name in names]
    assert lists_of(read_text(_text("si", without_joiner))) == [without_joiner]
