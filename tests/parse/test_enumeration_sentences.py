"""A sentence that only enumerates names, after a sentence saying that organisations back the
statement, gives its names whatever their capitals: the words around the names say whether the
sentence is a headline in title case, the names' own capitals do not (issue 18, class
inline-list). Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, outside_of, read_text

#: Each case: the title, the sentence of backing, the enumeration (its last name of several
#: capitalised words) and the names it gives.
CASES = {
    "de": (
        "Aufruf zum Bahnstreik",
        "Der Aufruf wird inzwischen von 14 Organisationen unterstützt.",
        "Dazu gehören Xandische Arbeiterpartei, Zetländer Mieterforum, XKP und Ypsilanter "
        "Friedensrat Nord.",
        ["Xandische Arbeiterpartei", "Zetländer Mieterforum", "XKP", "Ypsilanter Friedensrat Nord"],
    ),
    "en": (
        "Appeal for the rail strike",
        "The appeal is backed by 14 organisations from a broad spectrum.",
        "These are Xandia Workers Union, Zetland Tenants Forum, XKP and Ypsiland Peace Council "
        "North.",
        ["Xandia Workers Union", "Zetland Tenants Forum", "XKP", "Ypsiland Peace Council North"],
    ),
    "fr": (
        "Communiqué sur la grève du rail",
        "Le communiqué est soutenu par 14 organisations de tous horizons.",
        "Ce sont Union Ouvrière Xandienne, Forum Zetlandais, XKP et Conseil Ypsilandais Nord.",
        ["Union Ouvrière Xandienne", "Forum Zetlandais", "XKP", "Conseil Ypsilandais Nord"],
    ),
}

_ARGUMENT = {
    "de": "Die Beschäftigten der Bahn arbeiten seit drei Jahren ohne Tarifvertrag in der Region.",
    "en": "The rail workers of the region have been without a contract for three years now.",
    "fr": "Les cheminots de la région travaillent sans convention collective depuis trois ans.",
    "sv": "Järnvägsarbetarna i regionen har arbetat utan kollektivavtal i tre år nu.",
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_an_enumeration_after_a_sentence_of_backing(language: str) -> None:
    title, backing, enumeration, names = CASES[language]
    argument = _ARGUMENT[language]
    text = f"{title}\n\n{argument}\n\n{backing} {enumeration}\n\n{argument}\n"
    document = read_text(text)
    assert outside_of(document) == names
    assert lists_of(document) == []


#: Each case: an enumeration whose first words name a kind of organisations in the plural (no
#: signer), the names after it, and the word that must not be read as a name.
PLURALS = {
    "de": (
        "Ebenso kommunale Bündnisse, Xandische Arbeiterpartei, Zetländer Mieterforum und XKP.",
        ["Xandische Arbeiterpartei", "Zetländer Mieterforum", "XKP"],
    ),
    "sv": (
        "Det gör även partiföreningarna Xandiska arbetarpartiet, Zetlands hyresgästförening och "
        "XKP.",
        ["Xandiska arbetarpartiet", "Zetlands hyresgästförening", "XKP"],
    ),
}

_BACKING = {
    "de": (
        "Aufruf zum Bahnstreik",
        "Der Aufruf wird inzwischen von 14 Organisationen unterstützt.",
    ),
    "sv": ("Upprop för järnvägsstrejken", "Uppropet stöds nu av 14 organisationer."),
}


@pytest.mark.parametrize("language", sorted(PLURALS))
def test_a_kind_in_the_plural_before_the_names_is_none_of_them(language: str) -> None:
    enumeration, names = PLURALS[language]
    title, backing = _BACKING[language]
    argument = _ARGUMENT[language]
    text = f"{title}\n\n{argument}\n\n{backing} {enumeration}\n\n{argument}\n"
    assert sorted(outside_of(read_text(text))) == sorted(names)
