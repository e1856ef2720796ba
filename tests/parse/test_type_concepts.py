"""Type words of the concepts the reader's tables held in few languages (issue 18): assembly,
centre, coalition, alliance, league, network, forum, youth, and party, union, front, movement,
committee, council, organisation where a language's list lacked them; and the Danish and
Norwegian words written with their æ and ø, which the folded forms of their lists did not
read. Words of another sense are left out. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_qualifier, is_type_word


@pytest.mark.parametrize(
    "word",
    [
        "Jam'iyyar",  # Hausa: the party of
        "Jamʼiyyar",  # the same with the modifier letter apostrophe
        "Gamayyar",  # Hausa: the coalition of
        "Golaha",  # Somali: the council
        "Midowga",  # Somali: the union
        "ጥምረት",  # Amharic: coalition
        "መድረክ",  # Amharic: forum
        "ሊግ",  # Amharic: league
        "Eniya",  # Kurdish: the front of
        "Rêxistina",  # Kurdish: the organisation of
        "Harakati",  # Uzbek: its movement
        "Qoʻmitasi",  # Uzbek: its committee
        "Ҳаракати",  # Uzbek (Cyrillic): its movement
        "Şəbəkəsi",  # Azerbaijani: its network
        "Koalisiyası",  # Azerbaijani: its coalition
        "Борбору",  # Kyrgyz: its centre
        "Miðstöð",  # Icelandic: centre
        "Sindakat",  # Maltese: trade union
        "Bevægelse",  # Danish: movement
        "Netværket",  # Danish: the network
        "Senter",  # Norwegian: centre
        "Ośrodek",  # Polish: centre
        "Rețea",  # Romanian: network
        "Ассамблеи",  # Russian: of the assembly
        "Асамблея",  # Ukrainian and Bulgarian: assembly
        "Младинска",  # Macedonian: youth
        "Lygos",  # Lithuanian: of the league
        "Jaunatnes",  # Latvian: of the youth
        "Keskus",  # Estonian and Finnish: centre
        "Foorumi",  # Finnish: forum
        "կենտրոնի",  # Armenian: of the centre
        "ფორუმი",  # Georgian: forum
        "พันธมิตรประชาชน",  # Thai: a people's alliance, its type word its start
        "জোট",  # Bengali: alliance
        "Canolfan",  # Welsh: centre
        "Líonra",  # Irish: network
        "Batzarra",  # Basque: the assembly
        "Asemblea",  # Galician: assembly
        "Sentro",  # Tagalog: centre
        "Jukwaa",  # Swahili: forum
    ],
)
def test_type_words_of_thin_concepts(word: str) -> None:
    assert is_type_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "keskustelu",  # Finnish: a discussion, which "keskus" opens
        "lygiai",  # Lithuanian: equally
        "kituo",  # Swahili: centre, also a station
        "ድርጅት",  # Amharic: organisation, which made a list of parties read with invented names
        "gazte",  # Basque: young
        "Liiga",  # Estonian: too (much)
    ],
)
def test_words_of_another_sense_are_no_type_words(word: str) -> None:
    assert not is_type_word(word)


@pytest.mark.parametrize("word", ["Revolutionære", "Revolusjonære", "Rødt"])
def test_danish_and_norwegian_qualifiers_with_their_letters(word: str) -> None:
    assert is_qualifier(word)
