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
