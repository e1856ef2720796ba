"""A name in the language of its country, which the authority does not list, with the
abbreviation its words' initials spell beside it, or with no abbreviation beside it (naming
the country, or not): the entry that has that abbreviation, and only in a list of a language
that country speaks."""

from __future__ import annotations

import pytest

from kzld.model.records import Name
from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import key_of

#: A union of Turkey the authority knows by its English name and abbreviation only.
LANTERN = AuthorityEntry(
    key="lantern-makers-confederation",
    name="Confederation of Lantern Makers' Unions",
    abbreviations=("FYSK",),
    country="TR",
    kinds=("trade-union",),
)
#: A union of Sweden the authority knows by its Swedish name too.
ZELVAR = AuthorityEntry(
    key="zelvar-bakers-union",
    name="Zelvar Bakers' Union",
    names=(Name("Zelvars Bagarförbund", "sv"),),
    abbreviations=("ZBF",),
    country="SE",
    kinds=("trade-union",),
)
#: A federation of Brazil the authority knows by its English name and abbreviation only.
LAMP = AuthorityEntry(
    key="lamp-makers-federation",
    name="Federation of Lamp Makers",
    abbreviations=("FFL",),
    country="BR",
    kinds=("trade-union",),
)
AUTHORITY = Authority((LANTERN, ZELVAR, LAMP))


def _key(name: str, language: str | None) -> str:
    return key_of(AUTHORITY, name, language)


@pytest.mark.parametrize(
    ("written", "language", "key"),
    [
        # the initials of every word, or of all but its link words ("dos"), spell it
        ("Fener Yapımcıları Sendikaları Konfederasyonu (FYSK)", "tr", LANTERN.key),
        ("Fener Yapımcıları Sendikaları Konfederasyonu/ FYSK", "tr", LANTERN.key),
        ("Federação dos Fabricantes de Lâmpadas (FFL)", "pt", LAMP.key),
        # a list in a language the country does not speak may name another of those initials
        (
            "Federación de Fabricantes de Lámparas (FFL)",
            "es",
            "x-federacion-de-fabricantes-de-lamparas",
        ),
        # nor does a list in a language of international lists say which country it is
        (
            "Federação dos Fabricantes de Lâmpadas (FFL)",
            "en",
            "x-federacao-dos-fabricantes-de-lampadas",
        ),
        (
            "Federação dos Fabricantes de Lâmpadas (FFL)",
            None,
            "x-federacao-dos-fabricantes-de-lampadas",
        ),
        # the words spell other initials: the abbreviation is not that name's own
        ("Fener Yapımcıları Sendikası (FYSK)", "tr", "x-fener-yapimcilari-sendikasi"),
        # the authority has its name in the list's language, and this is another
        ("Zelvars Bageri Förening (ZBF)", "sv", "x-zelvars-bageri-forening"),
    ],
)
def test_a_name_that_spells_the_abbreviation_beside_it(
    written: str, language: str | None, key: str
) -> None:
    assert _key(written, language) == key


def test_a_name_of_another_kind_than_the_entry_is_not_its_own() -> None:
    """A party's name that spells a union's abbreviation names another organisation."""
    assert (
        _key("Fener Yapımcıları Sosyalist Partisi (FYSP)", "tr")
        == "x-fener-yapimcilari-sosyalist-partisi"
    )
    union = AuthorityEntry(
        key="lantern-makers-union",
        name="Lantern Makers' Union",
        abbreviations=("FYP",),
        country="TR",
        kinds=("trade-union",),
    )
    name = "Fener Yapımcıları Partisi (FYP)"
    assert key_of(Authority((union,)), name, "tr") == "x-fener-yapimcilari-partisi"


#: A union of Serbia the authority knows by its English name and abbreviation only.
KITE = AuthorityEntry(
    key="kite-makers-union-serbia",
    name="Union of Kite Makers of Serbia",
    abbreviations=("SZPS",),
    country="RS",
    kinds=("trade-union",),
)
#: Two parties of Brazil whose names spell one abbreviation, only one of them listed with it.
KITE_PARTY = AuthorityEntry(
    key="brazilian-kite-party",
    name="Brazilian Kite Party",
    abbreviations=("PPB",),
    country="BR",
    kinds=("party",),
)
KITE_PARTY_OF_BRAZIL = AuthorityEntry(
    key="kite-party-of-brazil",
    name="Kite Party of Brazil",
    country="BR",
    kinds=("party",),
)
SPELT = Authority((KITE, KITE_PARTY, KITE_PARTY_OF_BRAZIL))


def _spelt_key(name: str, language: str | None) -> str:
    return key_of(SPELT, name, language)


@pytest.mark.parametrize(
    ("written", "language", "key"),
    [
        # its country's name in it, and its words' initials the entry's abbreviation
        ("Savez Zmajara Proizvođača Srbije", "sr", KITE.key),
        ("SAVEZ zmajara proizvođača Srbije", "sr", KITE.key),
        # a list in a language the country does not speak
        ("Savez Zmajara Proizvođača Srbije", "de", "x-zmajara-proizvodaca-union-rs"),
        # a name that states no country, in a list of a language its country speaks
        ("Savez Zmajara Proizvođača Sindikata", "sr", KITE.key),
        # ... but not in a list of another language: it may be another organisation's
        ("Savez Zmajara Proizvođača Sindikata", "de", "x-savez-zmajara-proizvodaca-sindikata"),
        # another entry of the country has a name of its concepts (a party): either may be it
        ("Partido Papagaio do Brasil", "pt", "x-papagaio-party-br"),
    ],
)
def test_a_name_whose_initials_spell_an_entry_s_abbreviation(
    written: str, language: str | None, key: str
) -> None:
    assert _spelt_key(written, language) == key


#: An association of France, a union of Turkey and a union of the Netherlands, each known by
#: its English name and abbreviation only.
KEEPERS = AuthorityEntry(
    key="lantern-keepers-league",
    name="League of Lantern Keepers",
    abbreviations=("LGL",),
    country="FR",
    kinds=("association",),
)
FLYERS = AuthorityEntry(
    key="kite-flyers-association-turkey",
    name="Association of Modern Kite Flyers",
    abbreviations=("ÇUD",),
    country="TR",
    kinds=("association",),
)
GROWERS = AuthorityEntry(
    key="tulip-growers-union",
    name="Tulip Growers' Trade Union",
    abbreviations=("VTK",),
    country="NL",
    kinds=("trade-union",),
)
UNPLACED = Authority((KEEPERS, FLYERS, GROWERS))


@pytest.mark.parametrize(
    ("written", "language", "key"),
    [
        # no country stated, in a list of a language of the entry's country
        ("Ligue des Gardiens de Lanternes", "fr", KEEPERS.key),
        ("Çağdaş Uçurtmacılar Derneği", "tr", FLYERS.key),
        ("Vakbond van Tulpen Kwekers", "nl", GROWERS.key),
        # a list in a language the entry's country does not speak: another organisation
        ("Ligue des Gardiens de Lanternes", "it", "x-ligue-des-gardiens-de-lanternes"),
        ("Vakbond van Tulpen Kwekers", "de", "x-vakbond-van-tulpen-kwekers"),
        # a list in a language of international lists, or of no known language
        ("Çağdaş Uçurtmacılar Derneği", "en", "x-cagdas-ucurtmacilar-dernegi"),
        ("Çağdaş Uçurtmacılar Derneği", None, "x-cagdas-ucurtmacilar-dernegi"),
        # the words spell other initials
        ("Ligue des Gardiens de Phares", "fr", "x-ligue-des-gardiens-de-phares"),
    ],
)
def test_a_name_of_no_country_that_spells_an_entry_s_abbreviation(
    written: str, language: str | None, key: str
) -> None:
    assert key_of(UNPLACED, written, language) == key


def test_two_entries_of_those_initials_that_the_list_s_language_allows_decide_nothing() -> None:
    """A name of no country in a French list spells the abbreviation of an entry of France and
    of one of Belgium, or of an international body: any of them, or none, may be meant."""
    belgian = AuthorityEntry(
        key="belgian-lantern-guild",
        name="Guild of Belgian Lanterns",
        abbreviations=("LGL",),
        country="BE",
        kinds=("association",),
    )
    worldwide = AuthorityEntry(
        key="lantern-guilds-league",
        name="League of Lantern Guilds",
        abbreviations=("LGL",),
        kinds=("association",),
    )
    name = "Ligue des Gardiens de Lanternes"
    new = "x-ligue-des-gardiens-de-lanternes"
    for other in (belgian, worldwide):
        assert key_of(Authority((KEEPERS, other)), name, "fr") == new
    # an entry of a country that does not speak the list's language is another's namesake
    german = AuthorityEntry(
        key="german-lantern-guild",
        name="Guild of German Lanterns",
        abbreviations=("LGL",),
        country="DE",
        kinds=("association",),
    )
    assert key_of(Authority((KEEPERS, german)), name, "fr") == KEEPERS.key


#: A federation of Portugal, a union of Finland and an association of Poland, each known by
#: its English name and an abbreviation its English words do not spell.
CARETAKERS = AuthorityEntry(
    key="caretakers-federation-portugal",
    name="National Caretakers' Federation",
    abbreviations=("FRANAZE",),
    country="PT",
    kinds=("trade-union",),
)
KOVALA = AuthorityEntry(
    key="kovala-workers-union",
    name="Kovala Workers' Union",
    abbreviations=("KOTYL",),
    country="FI",
    kinds=("trade-union",),
)
ZETA_MAKERS = AuthorityEntry(
    key="zeta-makers-association-poland",
    name="Zeta Makers' Association",
    abbreviations=("ZMA",),
    country="PL",
    kinds=("association",),
)
UNSPELT = Authority((CARETAKERS, KOVALA, ZETA_MAKERS, LANTERN))


@pytest.mark.parametrize(
    ("written", "language", "key"),
    [
        # an abbreviation of the name's syllables, the first of its first word
        ("Fraternidade Nacional dos Zeladores (FRANAZE)", "pt", CARETAKERS.key),
        ("Kovalan Työntekijäin Liitto (KOTYL)", "fi", KOVALA.key),
        # an abbreviation of its English name, beside the name of the entry's country and no
        # word of a kind of organisation
        ("Wytwórcy Kolorów Polski (ZMA)", "pl", ZETA_MAKERS.key),
        ("Türkiye Fener Yapımcıları (FYSK)", "tr", LANTERN.key),
        # the same in a list of a language the entry's country does not speak
        (
            "Fraternidade Nacional dos Zeladores (FRANAZE)",
            "es",
            "x-fraternidade-nacional-dos-zeladores",
        ),
        # no syllables of the name, no country: letters it may meet by chance
        ("Zeladores Unidos (FRANAZE)", "pt", "x-zeladores-unidos"),
        ("Stowarzyszenie Wytwórców Kolorów (ZMA)", "pl", "x-stowarzyszenie-wytworcow-kolorow"),
        # another country stated: another organisation of those letters
        (
            "Stowarzyszenie Wytwórców Kolorów Niemiec (ZMA)",
            "pl",
            "x-wytworcow-kolorow-association-de",
        ),
    ],
)
def test_an_abbreviation_its_name_does_not_spell_beside_its_country_or_of_its_syllables(
    written: str, language: str | None, key: str
) -> None:
    assert key_of(UNSPELT, written, language) == key
