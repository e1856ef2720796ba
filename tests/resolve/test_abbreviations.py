"""How an entry's abbreviation is told from its name: an abbreviation written before the name
with a dash, and a capital word that is one abbreviation, never a letter and another one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kzld.model.records import Document, Entry, Name, Section, Span, Version
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry, load_authority
from tests.resolve.resolving import keys_of

XTUC = AuthorityEntry(
    key="xandian-trade-union-confederation",
    name="Xandian Trade Union Confederation",
    abbreviations=("XTUC",),
    kinds=("trade-union",),
)
AXTUC = AuthorityEntry(
    key="all-xandia-trade-union-congress",
    name="All Xandia Trade Union Congress",
    abbreviations=("AXTUC",),
    country="IN",
    kinds=("trade-union",),
)


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority()


def test_an_exact_abbreviation_is_not_a_letter_and_a_known_one() -> None:
    authority = Authority((XTUC, AXTUC))
    assert keys_of(authority, ["AXTUC", "XTUC", "AXTUC (India)"]) == [
        "all-xandia-trade-union-congress",
        "xandian-trade-union-confederation",
        "all-xandia-trade-union-congress",
    ]


def test_an_unknown_capital_word_is_keyed_whole_not_by_its_first_letter() -> None:
    authority = Authority((XTUC,))
    # "QXTUC" is no "Q" before the known XTUC: one unknown abbreviation
    assert keys_of(authority, ["QXTUC", "ZXTUC"]) == ["x-qxtuc", "x-zxtuc"]
    # a known abbreviation after a space still is the entry's
    assert keys_of(authority, ["Confederation XTUC"]) == ["xandian-trade-union-confederation"]


def test_an_abbreviation_before_the_name_and_a_dash(authority: Authority) -> None:
    names = [
        "XWU – Xandia Workers' Union",
        "XWU - Xandia Workers' Union",
        "Xandia Workers' Union (XWU)",
        "Xandia Workers' Union – XWU",
    ]
    assert keys_of(authority, names) == ["x-xandia-workers-union"] * 4
    resolver = OrganisationResolver(authority)
    name = names[0]
    resolver.resolve_entry(Entry(1, name, Span(0, len(name)), name), language=None, document="a")
    [org] = resolver.organisations()
    assert [n.text for n in org.names] == ["Xandia Workers' Union"]
    assert org.abbreviations == ("XWU",)


def test_a_shared_abbreviation_spelt_in_a_script_only_one_of_its_owners_writes() -> None:
    """An abbreviation two entries share decides nothing alone, but spelt out in the letters of
    a script only one of them has names in ("সিপিবি": si-pi-bi) it is that one's: those who
    write it so write that script."""
    bakers = AuthorityEntry(
        key="xandian-bakers-party",
        name="Xandian Bakers' Party",
        names=(Name("জান্ডিয়ান বেকার্স পার্টি", "bn"),),
        abbreviations=("CPB",),
        country="BD",
        kinds=("party",),
    )
    builders = AuthorityEntry(
        key="zelta-builders-party",
        name="Zelta Builders' Party",
        abbreviations=("CPB",),
        country="GB",
        kinds=("party",),
    )
    assert keys_of(Authority((bakers, builders)), ["সিপিবি", "CPB"]) == [
        "xandian-bakers-party",
        "x-cpb",
    ]


def test_a_script_is_not_a_language_and_the_name_beside_still_counts() -> None:
    """A script several countries write ("एक्सपी" in Devanagari: India and Nepal) does not
    say whose a shared abbreviation is, though only one of its owners has a name in it; and
    spelt in the one owner's script, the abbreviation is still refused beside a name that is
    not that owner's."""
    hill = AuthorityEntry(
        key="zetland-hill-party",
        name="Zetland Hill Party",
        names=(Name("जेटल्याण्ड पहाड पार्टी", "ne"),),
        abbreviations=("XP",),
        country="NP",
        kinds=("party",),
    )
    plain = AuthorityEntry(
        key="xandia-plain-party",
        name="Xandia Plain Party",
        abbreviations=("XP",),
        country="IN",
        kinds=("party",),
    )
    assert keys_of(Authority((hill, plain)), ["एक्सपी"]) == ["x-xp"]
    bakers = AuthorityEntry(
        key="xandian-bakers-party",
        name="Xandian Bakers' Party",
        names=(Name("জান্ডিয়ান বেকার্স পার্টি", "bn"),),
        abbreviations=("CPB",),
        country="BD",
        kinds=("party",),
    )
    builders = AuthorityEntry(
        key="zelta-builders-party",
        name="Zelta Builders' Party",
        abbreviations=("CPB",),
        country="GB",
        kinds=("party",),
    )
    [key] = keys_of(Authority((bakers, builders)), ["Zetland Fishers Union (সিপিবি)"])
    assert key not in {"xandian-bakers-party", "zelta-builders-party"}


def test_a_known_abbreviation_in_brackets_whatever_its_case() -> None:
    """A bracketed word that is an abbreviation the authority knows is the name's abbreviation
    even written in lower case ("(Xamwa)"), not a word of the name, though its letters are not
    the initials of the name before it (a name in another language than the abbreviation's)."""
    xamu = AuthorityEntry(
        key="xandia-media-union",
        name="Xandia Media Union",
        names=(Name("Chama cha Wanahabari Xandia", "sw"),),
        abbreviations=("XAMWA",),
        kinds=("trade-union",),
    )
    assert keys_of(
        Authority((xamu,)),
        ["Chama cha Wanahabari Xandia (Xamwa)", "CHAMA cha Wanahabari Xandia (XAMWA)"],
    ) == ["xandia-media-union", "xandia-media-union"]


def test_a_bracketed_word_is_no_known_abbreviation_when_it_reads_as_a_word() -> None:
    """Written as a word is ("(Bund)", "(Top)"), a bracketed word is a word of the name though
    an entry has it as its abbreviation in capitals: a type word, or too short to tell from
    one; written in capitals it is the abbreviation."""
    league = AuthorityEntry(
        key="zetland-nature-league",
        name="Zetland Nature League",
        abbreviations=("BUND", "TOP"),
        country="GB",
        kinds=("movement",),
    )
    authority = Authority((league,))
    names = ["Xandia Wanderers (Bund)", "Xandia Wanderers (Top)", "Zetland Nature League (BUND)"]
    assert keys_of(authority, names) == [
        "x-xandia-wanderers-bund",
        "x-xandia-wanderers-top",
        "zetland-nature-league",
    ]
    resolver = OrganisationResolver(authority)
    name = names[0]
    resolver.resolve_entry(Entry(1, name, Span(0, len(name)), name), language=None, document="a")
    [org] = resolver.organisations()
    assert org.abbreviations == ()


def test_a_short_abbreviation_written_as_a_word_is_still_the_entrys() -> None:
    """An entry's abbreviation of three or four letters, bracketed as a word is written
    ("(Zgil)" for ZGIL, as some languages write union abbreviations), is that abbreviation:
    only a type word or a short word of a language ("(Top)") is kept out, not a short length."""
    zgil = AuthorityEntry(
        key="zeta-general-labour-confederation",
        name="Zeta General Labour Confederation",
        abbreviations=("ZGIL",),
        country="IT",
        kinds=("trade-union",),
    )
    names = ["Camera Zeta del Lavoro (Zgil)", "Zeta (Zgil)", "Zeta (ZGIL)"]
    assert keys_of(Authority((zgil,)), names) == ["zeta-general-labour-confederation"] * 3


def test_a_name_in_quotes_beside_a_word_for_its_kind() -> None:
    """A name in quotation marks beside no more than a word for its kind, an abbreviation or
    its country is the organisation's own name; beside more words it is another organisation's,
    named in the name ("the youth union of the party « X »")."""
    way = AuthorityEntry(
        key="xandian-way",
        name="Xandian Way",
        names=(Name("La Voie Xandienne", "fr"),),
        kinds=("party",),
    )
    assert keys_of(
        Authority((way,)),
        [
            "Organisation « La Voie Xandienne »",
            "ZP „La Voie Xandienne“",
            "Union des jeunes du parti « La Voie Xandienne »",
        ],
    ) == ["xandian-way", "xandian-way", "x-union-des-jeunes-du-parti-la-voie-xandienne"]


def test_a_name_in_quotes_is_not_an_entry_of_another_kind_than_its_word_says() -> None:
    """Beside a word that says what kind it is ("Syndicat", "Jeunesse"), a name in quotation
    marks is not an authority entry of another kind of that name (the party "La Voie
    Xandienne"): it is another organisation. A word that says no kind of entry
    ("Organisation") and a word that says the entry's ("Parti") leave it the entry."""
    way = AuthorityEntry(
        key="xandian-way",
        name="Xandian Way",
        names=(Name("La Voie Xandienne", "fr"),),
        kinds=("party",),
    )
    keys = keys_of(
        Authority((way,)),
        [
            "Parti « La Voie Xandienne »",
            "Organisation « La Voie Xandienne »",
            "Syndicat « La Voie Xandienne »",
            "Jeunesse « La Voie Xandienne »",
        ],
    )
    assert keys[:2] == ["xandian-way", "xandian-way"]
    assert "xandian-way" not in keys[2:]


def test_two_abbreviations_of_one_entry_written_together_are_that_entry() -> None:
    """ "XTUC/CSX" writes the entry's abbreviations in two languages: the entry. Abbreviations of
    two entries written so are a joint name, and one unknown part says nothing."""
    union = AuthorityEntry(
        key="xandian-trade-union-confederation",
        name="Xandian Trade Union Confederation",
        abbreviations=("XTUC", "CSX"),
        kinds=("trade-union",),
    )
    party = AuthorityEntry(
        key="zeta-workers-union", name="Zeta Workers' Union", abbreviations=("ZWU",)
    )
    assert keys_of(Authority((union, party)), ["CSX/XTUC", "XTUC/ZWU", "XTUC/QXW"]) == [
        union.key,
        "x-xtuc-zwu",
        "x-xtuc-qxw",
    ]


def _sharing_xkp() -> Authority:
    """Three parties of three countries that share the abbreviation "XKP"."""
    return Authority(
        (
            AuthorityEntry(
                key="xandian-kettle-party",
                name="Xandian Kettle Party",
                names=(Name("Partido da Chaleira Xandiana", "pt"),),
                abbreviations=("XKP",),
                country="BR",
                kinds=("party",),
            ),
            AuthorityEntry(
                key="zeltan-kettle-party",
                name="Zeltan Kettle Party",
                abbreviations=("XKP",),
                country="BO",
                kinds=("party",),
            ),
            AuthorityEntry(
                key="yland-kettle-party",
                name="Yland Kettle Party",
                abbreviations=("XKP",),
                country="EC",
                kinds=("party",),
            ),
        )
    )


def _in_list(resolver: OrganisationResolver, names: list[str], language: str | None) -> list[str]:
    text = "\n".join(names) + "\n"
    entries = tuple(
        Entry(i, name, Span(text.index(name), text.index(name) + len(name)), name)
        for i, name in enumerate(names, start=1)
    )
    section = Section("", Span(0, len(text)), entries, language)
    document = Document(
        name=f"list-{language}.txt",
        sha256="0" * 64,
        text=text,
        genre="joint-statement",
        versions=(Version(language or "und", Span(0, len(text))),),
        sections=(section,),
    )
    [keys] = resolver.resolve_sections(document, year=2020)
    return list(keys)


def test_a_shared_abbreviation_alone_in_a_list_of_the_one_owner_countrys_language() -> None:
    """An "XKP" alone, which three parties share, is the one of them whose country speaks the
    language of the list it is written in (CLDR's official languages): in a Portuguese list the
    Brazilian party. In a Spanish list (two owners' countries speak it), an English one (none
    does) or a list of no known language it decides nothing; nor beside a name that is not
    that party's, or with another country stated."""
    resolver = OrganisationResolver(_sharing_xkp())
    assert _in_list(resolver, ["XKP", "Zeta Union"], "pt") == [
        "xandian-kettle-party",
        "x-zeta-union",
    ]
    assert _in_list(resolver, ["XKP"], "pt-BR") == ["xandian-kettle-party"]
    for language in ("es", "en", None):
        assert _in_list(resolver, ["XKP"], language) == ["x-xkp"]
    assert _in_list(resolver, ["Partido dos Pescadores (XKP)"], "pt") != ["xandian-kettle-party"]
    assert _in_list(resolver, ["XKP (Bolívia)"], "pt") == ["zeltan-kettle-party"]


def test_an_owner_of_no_country_may_be_written_in_any_language() -> None:
    """An entry of no country (an international body) may be written in any language: beside
    it, the language of the list decides nothing."""
    sharing = _sharing_xkp()
    world = AuthorityEntry(
        key="world-kettle-federation",
        name="World Kettle Federation",
        abbreviations=("XKP",),
        kinds=("international-network",),
    )
    resolver = OrganisationResolver(Authority((*sharing.entries, world)))
    assert _in_list(resolver, ["XKP"], "pt") == ["x-xkp"]
    # nor is it that entry because no other owner's country speaks the list's language
    for language in ("de", "fr"):
        assert _in_list(resolver, ["XKP"], language) == ["x-xkp"], language


def test_an_abbreviation_only_one_entry_has_beside_a_loose_translation_of_its_country() -> None:
    """Beside an abbreviation only one entry has, a name that states the entry's country and
    names a kind of organisation the entry's names name is a loose translation of its name
    ("Confédération des syndicats xandiens" for the "Congress of Xandian Trade Unions"); with
    another kind, or no country, or another country, it is another organisation."""
    unions = AuthorityEntry(
        key="congress-of-south-african-kettle-unions",
        name="Kettle Congress of Trade Unions of South Africa",
        abbreviations=("COSAKU",),
        country="ZA",
        kinds=("trade-union",),
    )
    authority = Authority((unions,))
    [same] = keys_of(authority, ["Confédération des syndicats sud-africains (COSAKU)"])
    assert same == "congress-of-south-african-kettle-unions"
    for other in (
        "Parti sud-africain des bouilloires (COSAKU)",
        "Confédération des syndicats des bouilloires (COSAKU)",
        "Confédération des syndicats namibiens (COSAKU)",
    ):
        assert keys_of(authority, [other]) != ["congress-of-south-african-kettle-unions"], other


ZKK = AuthorityEntry(
    key="zeta-communist-party-greece",
    name="Zeta Communist Party",
    abbreviations=("ZKK",),
    country="GR",
    kinds=("party",),
)
SPZ = AuthorityEntry(
    key="socialist-party-of-zeta",
    name="Socialist Party of Zeta",
    abbreviations=("SPZ",),
    country="BG",
    kinds=("party",),
)


def test_greek_and_cyrillic_capitals_meet_the_one_entry_with_them_in_latin_letters() -> None:
    """The capitals "ΖΚΚ" and "СПЗ" are ZKK and SPZ letter for letter; listed for review."""
    resolver = OrganisationResolver(Authority((ZKK, SPZ)))
    found = [
        resolver.resolve_entry(Entry(1, t, Span(0, len(t)), t), language=None, document=f"{i}.txt")
        for i, t in enumerate(["ΖΚΚ", "СПЗ", "Ζήτα Κομμουνιστικό Κόμμα (ΖΚΚ)"])
    ]
    assert found == ["zeta-communist-party-greece", "socialist-party-of-zeta", ZKK.key]
    doubts = [(d.form, d.key, d.method, d.reason) for d in resolver.report().doubts]
    assert ("ΖΚΚ", ZKK.key, "transliteration", "ΖΚΚ written in Latin letters is ZKK") in doubts


@pytest.mark.parametrize(
    ("authority", "written"),
    [
        # Χ is written CH, H or X: no one way
        (Authority((replace(ZKK, abbreviations=("ZXK",)),)), "ΖΧΚ"),
        # two letters are too few to be one entry's
        (Authority((replace(ZKK, abbreviations=("ZK",)),)), "ΖΚ"),
        # two entries have the letters
        (Authority((ZKK, replace(SPZ, abbreviations=("ZKK",)))), "ΖΚΚ"),
        # an entry of a country that writes neither script, with no name in it
        (Authority((replace(ZKK, country="FR"),)), "ΖΚΚ"),
        # a name beside it that is another organisation's
        (Authority((ZKK,)), "Ένωση Δημοσιογράφων Ξάνιας (ΖΚΚ)"),
    ],
)
def test_capitals_read_in_latin_letters_decide_nothing_otherwise(
    authority: Authority, written: str
) -> None:
    [key] = keys_of(authority, [written])
    assert key.startswith("x-")


PTU = AuthorityEntry(
    key="xandian-plantation-trade-union",
    name="Xandian Plantation Trade Union",
    forms=("PTU", "P.T.U"),
    country="IN",
    kinds=("trade-union",),
)


def test_an_abbreviation_spelt_in_letter_names_meets_a_form_in_latin_capitals() -> None:
    """The Malayalam "പി.ടി.യു" and the Devanagari "पीटीयू" spell P, T, U: the entry that lists
    PTU as a form, not as an abbreviation, is the one with those letters; listed for review
    with how the letters were read."""
    resolver = OrganisationResolver(Authority((PTU,)))
    found = [
        resolver.resolve_entry(Entry(1, t, Span(0, len(t)), t), language=None, document=f"{i}.txt")
        for i, t in enumerate(["പി.ടി.യു", "पीटीयू", "PTU"])
    ]
    assert found == [PTU.key] * 3
    doubts = {(d.form, d.method, d.reason) for d in resolver.report().doubts if d.key == PTU.key}
    assert doubts == {
        ("പി.ടി.യു", "transliteration", "പി.ടി.യു spelt in the names of the Latin letters is P.T.U"),
        ("पीटीयू", "transliteration", "पीटीयू spelt in the names of the Latin letters is PTU"),
    }


@pytest.mark.parametrize(
    ("authority", "written"),
    [
        # two entries have the letters as a name in capitals
        (Authority((replace(PTU, forms=("PTU",)), replace(AXTUC, forms=("P.T.U.",)))), "പി.ടി.യു"),
        # an entry of a country that writes no Malayalam, with no name in it
        (Authority((replace(PTU, country="FR"),)), "പി.ടി.യു"),
        # two letters are too few
        (Authority((replace(PTU, forms=("PT",)),)), "പി.ടി"),
    ],
)
def test_spelt_letters_decide_nothing_otherwise(authority: Authority, written: str) -> None:
    [key] = keys_of(authority, [written])
    assert key.startswith("x-")


def test_spelt_letters_after_other_letters_are_not_the_form_alone() -> None:
    """The Devanagari "एआई पीटीयू" spells AI PTU: the entry with the abbreviation AIPTU, not
    the one with the form PTU (letters before a form in capitals are no part of another
    name)."""
    all_ptu = AuthorityEntry(
        key="all-xandia-plantation-trade-union",
        name="All Xandia Plantation Trade Union",
        abbreviations=("AIPTU",),
        country="IN",
        kinds=("trade-union",),
    )
    authority = Authority((PTU, all_ptu))
    assert keys_of(authority, ["एआई पीटीयू", "पीटीयू"]) == [all_ptu.key, PTU.key]
