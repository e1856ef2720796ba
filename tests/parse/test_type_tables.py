"""Type words of organisations in languages ``orgwords.yaml`` had none for (issue 18):
Icelandic (its compounds too: "Verkamannaflokkurinn", the Workers' Party), Hausa, Somali and
Uzbek (both scripts). Each is its language's word and no word of another sense: not Swedish
"samband" (a connection), nor Icelandic "nefnd" (also "named"). Then the fills over the
corpus's other languages (issue 18): type words of twenty languages, and the words for "for",
"of" and "the" that join a name's words in languages that had none. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_name_join, is_qualifier, is_type_word

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
            "Muncitorilor Xandieni. Cerem salarii mai mari pentru toți.\n",
            "Uniunii Muncitorilor Xandieni",
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


@pytest.mark.parametrize(
    ("word", "joins"),
    [
        ("dla", True),  # Polish: for
        ("w", True),  # Polish: in
        ("pentru", True),  # Romanian: for
        ("pro", True),  # Czech and Slovak: for
        ("untuk", True),  # Indonesian and Malay: for
        ("tal", True),  # Maltese: of the
        ("yr", True),  # Welsh: the
        ("dros", True),  # Welsh: for
        ("yê", True),  # Kurdish: of
        ("üçün", True),  # Azerbaijani: for
        ("fyrir", True),  # Icelandic: for
        ("din", False),  # Romanian "of, from": joins a name to the place it is read from
        ("par", False),  # Latvian "for", French "by"
    ],
)
def test_words_that_join_a_name_in_more_languages(word: str, joins: bool) -> None:
    assert is_name_join(word) is joins


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Wspólne oświadczenie\n\nTo oświadczenie zostało podpisane w imieniu Komitetu "
            "Solidarności dla Xandii. Żądamy wyższych płac dla wszystkich.\n",
            "Komitetu Solidarności dla Xandii",
        ),
        (
            "Společné prohlášení\n\nToto prohlášení je podepsáno jménem Výboru pro Solidaritu "
            "Xandie. Požadujeme vyšší mzdy pro všechny.\n",
            "Výboru pro Solidaritu Xandie",
        ),
        (
            "Pernyataan bersama\n\nPernyataan ini ditandatangani atas nama Komite Solidaritas "
            "untuk Xandia. Kami menuntut upah yang adil.\n",
            "Komite Solidaritas untuk Xandia",
        ),
        (
            "Datganiad ar y cyd\n\nMae'r datganiad hwn wedi'i lofnodi ar ran Undeb yr Athrawon "
            "Xandia. Rydym yn galw am gyflogau teg.\n",
            "Undeb yr Athrawon Xandia",
        ),
    ],
)
def test_a_name_joined_by_a_filled_word_is_read_whole(text: str, signer: str) -> None:
    assert outside_of(read_text(text)) == [signer]


@pytest.mark.parametrize(
    "word",
    [
        "კომუნისტური",  # Georgian: communist
        "მუშათა",  # Georgian: workers'
        "ժողովրդական",  # Armenian: people's
        "բանվորական",  # Armenian: workers'
        "הקומוניסטית",  # Hebrew: the communist, its article written onto it
        "הפועלים",  # Hebrew: the workers
        "Wafanyakazi",  # Swahili: workers
        "Wakulima",  # Swahili: peasants
        "Manggagawa",  # Tagalog: workers
        "Magsasaka",  # Tagalog: peasants
        "Gweithwyr",  # Welsh: workers
        "Sosialaidd",  # Welsh: socialist
    ],
)
def test_qualifiers_filled_in_more_languages(word: str) -> None:
    assert is_qualifier(word)
    assert not is_type_word(word)
