"""Type words of organisations in languages ``orgwords.yaml`` had none for (issue 18):
Icelandic (its compounds too: "Verkamannaflokkurinn", the Workers' Party), Hausa, Somali and
Uzbek (both scripts). Each is its language's word and no word of another sense: not Swedish
"samband" (a connection), nor Icelandic "nefnd" (also "named"). Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_type_word

from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("flokkurinn", True),  # Icelandic: the party
        ("Verkamannaflokkurinn", True),  # Icelandic: the Workers' Party, a compound
        ("Sósíalistaflokksins", True),  # its genitive
        ("samtökin", True),  # Icelandic: the association
        ("félagið", True),  # Icelandic: the association
        ("samband", False),  # Swedish: a connection
        ("nefnd", False),  # Icelandic: committee, also "named"
        ("Ƙungiyar", True),  # Hausa: the association of
        ("Kungiyar", True),  # the same without its hooked letter
        ("Majalisar", True),  # Hausa: the council of
        ("Xisbiga", True),  # Somali: the party
        ("Ururka", True),  # Somali: the organisation
        ("Ittifoqi", True),  # Uzbek: its union
        ("Tashkilotlar", True),  # Uzbek: organisations
        ("Ташкилоти", True),  # Uzbek (Cyrillic): its organisation
    ],
)
def test_type_words_of_the_language(word: str, kind: bool) -> None:
    assert is_type_word(word) is kind


def test_an_icelandic_party_in_a_compound_is_read_after_on_behalf_of() -> None:
    text = (
        "Sameiginleg yfirlýsing\n\nÞessi yfirlýsing er gefin fyrir hönd Verkamannaflokks "
        "Xandíu. Við krefjumst þess að ríkisstjórnin hækki launin í takt við verðlag.\n"
    )
    assert outside_of(read_text(text)) == ["Verkamannaflokks Xandíu"]


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Lëvizjes", True),  # Albanian: of the movement
        ("Lidhjes", True),  # Albanian: of the league
        ("Uniunii", True),  # Romanian: of the union
        ("Mișcării", True),  # Romanian: of the movement
        ("Mozgalmat", True),  # Hungarian: the movement (accusative)
        ("Unió", True),  # Catalan: union
        ("Xuventude", True),  # Galician: youth
        ("Ühingu", True),  # Estonian: of the association
        ("Одағы", True),  # Kazakh: its union
        ("Vuguvugu", True),  # Swahili: movement
        ("Kilusang", True),  # Tagalog: movement, with its linker
        ("პროფკავშირი", True),  # Georgian: trade union
        ("արհմիություն", True),  # Armenian: trade union
        ("Моладзь", True),  # Belarusian: youth
        ("فدراسیون", True),  # Persian: federation
        ("الفدرالية", True),  # Arabic: the federation, its other spelling
        ("הפדרציה", True),  # Hebrew: the federation
        ("गठबंधन", True),  # Hindi: alliance
        ("노동전선", True),  # Korean: a labour front, the front its name's end
        ("ፓርቲ", True),  # Amharic: party
        ("ፓርቲዎች", False),  # Amharic: parties, a description of many
        ("સમિતિ", True),  # Gujarati: committee
        ("સંઘર્ષ", False),  # Gujarati: struggle, not the union it opens with
        ("ဖွံ့ဖြိုးရေးပါတီ", True),  # Burmese: a development party, its type word its end
        ("Yekîtiya", True),  # Kurdish: the union of
        ("Tevgera", True),  # Kurdish: the movement of
    ],
)
def test_type_words_filled_in_more_languages(word: str, kind: bool) -> None:
    assert is_type_word(word) is kind


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Declarație comună\n\nAceastă declarație este semnată în numele Uniunii "
            "Muncitorilor din Xandia. Cerem salarii mai mari pentru toți.\n",
            "Uniunii Muncitorilor",
        ),
        (
            "Pahayag\n\nAng pahayag na ito ay nilagdaan sa ngalan ng Kilusang Manggagawa ng "
            "Xandia. Nananawagan kami ng mas mataas na sahod.\n",
            "Kilusang Manggagawa ng Xandia",
        ),
        (
            "Taarifa ya pamoja\n\nTaarifa hii imetolewa kwa niaba ya Vuguvugu la Wafanyakazi "
            "wa Xandia. Tunadai mishahara ya haki.\n",
            "Vuguvugu la Wafanyakazi wa Xandia",
        ),
    ],
)
def test_a_name_with_a_filled_type_word_is_read_after_on_behalf_of(text: str, signer: str) -> None:
    assert outside_of(read_text(text)) == [signer]
