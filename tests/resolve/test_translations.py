"""A name meets an authority entry as a translation only when it can be one: a translation is
into another language, and a spelling variant says what the entry's name says. What a name
writes beside the words that name it (a case ending after its abbreviation, its country after
a space) is no part of it, and the type words and link words of more languages are known."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Name, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.analysis import read_entry, read_name, signature, without_country
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.decide import decide
from tests.resolve.resolving import keys_of

ZWP = AuthorityEntry(
    key="zelta-workers-party",
    name="Zelta Workers' Party",
    names=(Name("জেল্টা ওয়ার্কার্স পার্টি", "bn"),),
    country="IE",
    kinds=("party",),
)
SZC = AuthorityEntry(
    key="socialist-zelta-circle", name="Socialist Zelta Circle", kinds=("international-network",)
)
SOCIALISTS = AuthorityEntry(
    key="socialists-circle-of-zelta", name="Socialists' Circle of Zelta", kinds=("circle",)
)


def test_a_name_in_the_entrys_language_with_another_type_word_is_another_organisation() -> None:
    authority = Authority((ZWP,))
    assert keys_of(
        authority,
        [
            "Zelta Labour Party",  # English, as the entry's name, but labour for workers
            "জেল্টা শ্রমিক পার্টি",  # Bengali, as its native name, but another word for workers
            "Partido Obrero Zelta",  # a translation into Spanish
            "Parti du travail Zelta",  # a translation into French that swaps workers for labour
            "জেল্টা ওয়ার্কার্স পার্টি",
        ],
    ) == [
        "x-zelta-labour-party",
        "x-jelta-srmik-parti",
        "zelta-workers-party",
        "zelta-workers-party",
        "zelta-workers-party",
    ]


def test_socialists_are_not_a_socialist_organisation() -> None:
    assert signature("Zelta Circle of Socialists").concepts == {"circle", "socialists"}
    assert signature("Zelta-sirkel Sosialister").concepts != signature(SZC.name).concepts
    authority = Authority((SZC,))
    assert keys_of(
        authority,
        ["Zelta Circle of Socialists", "Socialist Zelta Circle", "Zelta Socialist Circle"],
    ) == ["x-zelta-circle-of-socialists", "socialist-zelta-circle", "socialist-zelta-circle"]


def test_a_spelling_variant_says_what_the_entrys_name_says() -> None:
    authority = Authority((SOCIALISTS,))
    resolver = OrganisationResolver(authority)
    name = "Socialist Circle of Zelta"  # one letter from the entry's name, but not its members
    key = resolver.resolve_entry(Entry(1, name, Span(0, len(name)), name), language=None,
                                 document="a.txt")  # fmt: skip
    assert key == "x-socialist-circle-of-zelta"
    [doubt] = resolver.report().doubts
    assert doubt.reason == "the names say different things"
    # a misspelt type word is still a spelling of the entry's name
    assert keys_of(authority, ["Socialists Cirkle of Zelta"]) == [SOCIALISTS.key]


XTK = AuthorityEntry(
    key="xandian-union-confederation",
    name="Xandian Union Confederation",
    abbreviations=("XTK", "XAK-İŞ"),
    country="FI",
    kinds=("trade-union",),
)


def test_a_case_ending_after_an_abbreviation_is_no_part_of_it() -> None:
    authority = Authority((XTK,))
    assert keys_of(authority, ["XTK:n", "XTK:lle", "XAK-İŞ’in", "XTK Finland"]) == [XTK.key] * 4
    # lower-case letters after a word are no case ending of an abbreviation
    assert signature("Zelta Front der Arbeiter:innen").concepts == {"front", "workers"}


def test_a_case_ending_after_a_hyphen_is_one_the_table_lists() -> None:
    zkp = AuthorityEntry(
        key="zetlandic-communist-party",
        name="Zetlandic Communist Party",
        abbreviations=("ZKP", "ЗКП"),
        country="RS",
        kinds=("party",),
    )
    authority = Authority((XTK, zkp))
    # Polish, Hungarian, Romanian, and Serbian in Cyrillic letters
    forms = ["XTK-u", "XTK-owi", "XTK-nek", "XTK-ból", "XTK-ului", "ЗКП-а", "ЗКП-ом", "ZKP-om"]
    assert keys_of(authority, forms) == [XTK.key] * 5 + [zkp.key] * 3
    # a type word after the hyphen is part of the abbreviation ("-ml": Marxist-Leninist), and
    # letters no language of the table writes as an ending are a part of it too
    assert keys_of(authority, ["XTK-ml", "ZKP-r"]) == ["x-xtk-ml", "x-zkp-r"]


def test_an_abbreviation_then_a_country_but_a_type_word_written_short_then_a_country() -> None:
    assert without_country("XTUC Norway") == ("XTUC", "Norway")
    assert without_country("KP Finland") is None  # a type word written short before a country
    assert (
        keys_of(Authority(()), ["XTUC Norway", "XTUC (Norway)", "XTUC, Norway"])
        == ["x-xtuc-no"] * 3
    )


@pytest.mark.parametrize(
    ("name", "concepts", "words"),
    [
        # Maghrebi Arabic words for labour and workers, "union" with a hamza, "general"
        ("الإتحاد العام للشغالين", {"union", "general", "workers"}, set()),
        ("الاتحاد الزيتي للشغل", {"union", "labour"}, {"lzyty"}),
        ("Confédération générale des travailleurs zeltes", {"federation", "general", "workers"},
         {"zeltes"}),
        # Portuguese "ao" (to the) and Italian "dello" link the words
        ("Frente Zelta ao Socialismo", {"front", "socialist"}, {"zelta"}),
        ("Partito dello Zelta", {"party"}, {"zelta"}),
        # a Greek article links the words
        ("Συμβούλιο για τους Ζέλτες", {"council"}, {"zeltes"}),
        # Vietnamese "xã hội" (socialist)
        ("Đảng Xã hội Zelta", {"party", "socialist"}, {"zelta"}),
    ],
)  # fmt: skip
def test_type_words_and_link_words_of_more_languages(
    name: str, concepts: set[str], words: set[str]
) -> None:
    found = signature(name)
    assert (set(found.concepts), set(found.words)) == (concepts, words)


XFF = AuthorityEntry(
    key="xandia-forward-front",
    name="Xandia Forward Front",
    abbreviations=("XFF", "XCT"),
    country="IN",
    kinds=("front",),
)


def test_a_name_the_entry_has_no_script_for_does_not_contradict_its_abbreviation() -> None:
    authority = Authority((XFF,))
    assert keys_of(
        authority,
        [
            "ज़ान्डिया फॉरवर्ड फ्रंट (XFF)",  # Devanagari spelling the English name: nothing to compare
            "Zetland Workers' Union (XFF)",  # a name in the entry's script that is another
            "எக்ஸ்சிடி",  # Tamil letter names ("ci" for C): XCT
        ],
    ) == [XFF.key, "x-zetland-workers-union", XFF.key]


def test_a_short_form_in_a_script_without_capitals_is_the_names_abbreviation() -> None:
    council = AuthorityEntry(
        key="zelta-labour-council",
        name="Zelta Labour Council",
        names=(Name("ゼルタ労働組合協議会", "ja"),),
        abbreviations=("ゼ労協",),
        country="JP",
        kinds=("trade-union",),
    )
    authority = Authority((council,))
    named = "ゼルタ労働組合協議會(ゼ労協)"  # the name in another spelling, and its abbreviation
    assert keys_of(authority, [named, "ゼ労協"]) == [council.key] * 2
    # three letters or more from inside the name, in its order, shorten it too; two say too little
    for short, read in (("労組協", ("労組協",)), ("組協", ())):
        text = f"ゼルタ労働組合協議会({short})"
        assert read_entry(Entry(1, text, Span(0, len(text)), text)).abbreviations == read
    # a bracketed text whose letters are not the name's, in its order, qualifies it
    reading = read_entry(
        Entry(1, "ゼルタ共産党(マルクス主義)", Span(0, 15), "ゼルタ共産党(マルクス主義)")
    )
    assert reading.abbreviations == ()


def test_a_bracket_that_says_hereafter_gives_the_abbreviation() -> None:
    union = AuthorityEntry(
        key="zelta-workers-union",
        name="Zelta Workers' Union",
        names=(Name("젤타 노동자 연합", "ko"),),
        forms=("젤노연",),
        country="KR",
        kinds=("trade-union",),
    )
    # its chair and "hereafter" before its short name: neither is part of the name
    written = "젤타 노동자 연합(위원장 김철수, 이하 젤노연)"
    assert keys_of(Authority((union,)), [written, "젤노연"]) == [union.key] * 2
    text = "Zetland Union (hereinafter ZU)"
    reading = read_entry(Entry(1, text, Span(0, len(text)), text))
    assert (reading.abbreviations, reading.label) == (("ZU",), "Zetland Union")


FRONT = AuthorityEntry(
    key="communist-front-italy", name="Communist Front", names=(Name("Fronte Comunista", "it"),),
    country="IT", kinds=("party",),
)  # fmt: skip
SECOND_FRONT = AuthorityEntry(
    key="communist-front-of-italy-2", name="Communist Front of Italy", country="IT",
    kinds=("party",),
)  # fmt: skip


def test_a_translation_meets_the_one_entry_of_its_country_with_its_concepts() -> None:
    names = [
        "Frente Comunista de Italia",  # the country in the name
        "Front communiste (Italie)",  # the country beside it
        "Kommunistische Front, Italien",
        "Kommunistische Front",  # no country: one in every country may be so named
        "Front communiste (Espagne)",  # another country
    ]
    assert keys_of(Authority((FRONT,)), names)[:3] == [FRONT.key] * 3
    assert FRONT.key not in keys_of(Authority((FRONT,)), names)[3:]
    # two entries of that country with a name of those concepts: the name says not which
    two = keys_of(Authority((FRONT, SECOND_FRONT)), names[1:3])
    assert FRONT.key not in two


ZYL = AuthorityEntry(
    key="zelta-youth-league-of-finland", name="Zelta Youth League of Finland", country="FI",
    kinds=("youth-organisation",),
)  # fmt: skip


@pytest.mark.parametrize(
    "name",
    [
        "Zelta Youth League, ZYL Finland",
        "Liga de la Juventud Zelta – LJZ Finlandia",
        "Ligue de la Jeunesse Zelta, LJZ Finlande",
    ],
)
def test_a_name_then_its_abbreviation_and_country(name: str) -> None:
    reading = read_entry(Entry(1, name, Span(0, len(name)), name))
    assert reading.beside == {"FI"}
    assert reading.abbreviations[-1] in {"ZYL", "LJZ"}
    assert keys_of(Authority((ZYL,)), [name]) == [ZYL.key]


def test_a_new_organisation_written_with_its_abbreviation_and_country_is_named_by_its_name() -> (
    None
):
    resolver = OrganisationResolver(Authority((ZYL,)))
    name = "Xandia Solidarity Circle, XSC Finland"
    key = resolver.resolve_entry(Entry(1, name, Span(0, len(name)), name), language=None,
                                 document="a.txt")  # fmt: skip
    [organisation] = resolver.organisations()
    assert (key, organisation.country) == ("x-xandia-solidarity-circle-fi", "FI")
    assert organisation.names[0].text == "Xandia Solidarity Circle"


@pytest.mark.parametrize(
    ("name", "concepts"),
    [
        ("Hinn sameinaði verkamannaflokkur", {"united", "workers", "party"}),  # Icelandic article
        ("Hinum sameinaða verkamannaflokki", {"united", "workers", "party"}),  # and its dative
        ("الحزب الديموقراطي", {"party", "democratic"}),  # Arabic, "democratic" spelt with و
        ("حزب الشعوب", {"party", "people"}),  # Arabic "peoples"
        ("التحالف الشعبي", {"alliance", "people"}),  # Arabic "alliance"
        ("الجمعية الوطنية", {"association", "national"}),  # Arabic kinds of organisation
        ("لجنة المبادرة", {"committee", "initiative"}),
        ("النقابة الوطنية", {"trade-union", "national"}),
        ("مركز المنظمة", {"centre", "organisation"}),
        ("انجمن", {"association"}),  # Persian
        ("جنبش", {"movement"}),
        ("האגודה", {"association"}),  # Hebrew
        ("תנועת הנוער", {"movement", "youth"}),
    ],
)
def test_words_of_more_languages(name: str, concepts: set[str]) -> None:
    assert signature(name).concepts == concepts
    assert not signature(name).words


@pytest.mark.parametrize(
    ("name", "concepts"),
    [
        ("Partai Buruh Zelta", {"party", "labour"}),  # Indonesian: buruh is labour
        ("Serikat Pekerja Zelta", {"union", "workers"}),  # and pekerja workers
        ("Gerakan Pemuda Rakyat Zelta", {"movement", "youth", "people"}),
        ("Umoja wa Wanawake wa Zelta", {"unity", "women"}),  # Swahili
        ("Tevgera Ciwanên Zelta", {"movement", "youth"}),  # Kurmanji
        ("Yekîtiya Karkerên Zelta", {"union", "workers"}),
        ("Lýðræðishreyfing Zelta", {"democratic", "movement"}),  # Icelandic: a stem and a word
        ("Byltingarsinnaður alþýðuflokkur Zelta", {"revolutionary", "people", "party"}),
    ],
)
def test_type_words_of_indonesian_swahili_kurmanji_and_icelandic(
    name: str, concepts: set[str]
) -> None:
    assert signature(name).concepts == concepts


ZELTA_LEAGUE = AuthorityEntry(
    key="zelta-human-rights-league", name="Zelta Human Rights League", country="TN",
    kinds=("association",),
)  # fmt: skip


@pytest.mark.parametrize(
    "name",
    [
        "رابطة زلتا لحقوق الإنسان",  # Arabic, "for human rights" with its preposition
        "Liga Zelta de Derechos Humanos (Túnez)",  # Spanish, the country beside it
        "Zelta-Liga für Menschenrechte, Tunesien",  # German, one word
    ],
)
def test_human_rights_is_a_concept_in_every_language(name: str) -> None:
    assert "human-rights" in signature(name).concepts
    assert keys_of(Authority((ZELTA_LEAGUE,)), [name]) == [ZELTA_LEAGUE.key]


XTUC = AuthorityEntry(
    key="xandian-trade-union-confederation",
    name="Xandian Trade Union Confederation",
    names=(Name("Confederación Sindical Xandiana", "es"),),
    abbreviations=("XTUC",),
    kinds=("trade-union",),
)


def test_a_translation_beside_the_entrys_abbreviation_in_a_language_it_has_no_name_in() -> None:
    """A translated list keeps the organisation's abbreviation: a name in a language none of the
    entry's names is written in, of the concepts of one of them, is the entry, whatever its own
    words (Xandia's name in that language); one that writes the entry's type words as it does,
    with other own words, or of other concepts, or of one concept alone, is another
    organisation."""
    authority = Authority((XTUC,))
    assert keys_of(
        authority,
        [
            "Konfederasyona Sendîkayên Xendistanê (XTUC)",  # Kurmanji: confederation, unions
            "Trade Union Confederation of Zelta Dockers (XTUC)",  # English: other own words
            "Partiya Sosyalîst a Xendistanê (XTUC)",  # other concepts: a party
            "Sendîkaya Xendistanê (XTUC)",  # one concept, no country: says too little
        ],
    ) == [
        "xandian-trade-union-confederation",
        "x-trade-union-confederation-of-zelta-dockers",
        "x-partiya-sosyalist-a-xendistane",
        "x-sendikaya-xendistane",
    ]


def test_a_name_run_together_is_the_name() -> None:
    authority = Authority((XTUC,))
    assert keys_of(
        authority,
        [
            "Confederación SindicalXandiana",
            "ConfederaciónSindical Xandiana",
            "Confederación Sindical",
        ],
    ) == [
        "xandian-trade-union-confederation",
        "xandian-trade-union-confederation",
        "x-confederacion-sindical",
    ]


def test_a_translation_by_a_word_that_also_means_a_group_is_listed_for_review() -> None:
    """Bengali "দল" is a party and a group: a name met as a translation by it is taken, and
    listed for review with the word's other sense; written with "পার্টি" it is not in doubt."""
    kamal = AuthorityEntry(
        key="kamal-socialist-party", name="Kamal Socialist Party", country="BD", kinds=("party",)
    )
    index = AuthorityIndex(Authority((kamal,)))
    by_dal = decide(index, read_name("কামাল সমাজতান্ত্রিক দল"), None)
    assert (by_dal.key, by_dal.doubtful, by_dal.reason) == (
        "kamal-socialist-party", True, "'দল' also means group",
    )  # fmt: skip
    by_party = decide(index, read_name("কামাল সমাজতান্ত্রিক পার্টি"), None)
    assert (by_party.key, by_party.doubtful) == ("kamal-socialist-party", False)


def test_a_name_written_with_other_spaces_is_told_from_the_same_name() -> None:
    """A name that meets a form only written with other spaces ("ZetaXandia Party") is that
    entry, seen so: the review says "unspaced", not "exact"."""
    zeta = AuthorityEntry(key="zeta-xandia-party", name="Zeta Xandia Party", kinds=("party",))
    front = AuthorityEntry(key="xandia-front", name="ZetaXandia Front", kinds=("movement",))
    resolver = OrganisationResolver(Authority((zeta, front)))
    for i, name in enumerate(["ZetaXandia Party", "Zeta Xandia Party"]):
        resolver.resolve_entry(
            Entry(1, name, Span(0, len(name)), name), language=None, document=f"{i}.txt"
        )
    assert [(s.form, s.key, s.method) for s in resolver.report().sightings] == [
        ("ZetaXandia Party", "zeta-xandia-party", "unspaced"),
        ("Zeta Xandia Party", "zeta-xandia-party", "exact"),
    ]


ZELTA_ONLY_LEAGUE = AuthorityEntry(
    key="zelta-league", name="Zelta League", country="FI", kinds=("movement",)
)


def test_a_word_of_several_senses_meets_the_one_entry_a_sense_of_it_names() -> None:
    """Finnish "liitto" is a union, a league or an alliance: "Zeltan liitto" is the Zelta
    League when no Zelta Union or Zelta Alliance is known, and is listed for review with the
    sense it was read in."""
    index = AuthorityIndex(Authority((ZELTA_ONLY_LEAGUE,)))
    found = decide(index, read_name("Zeltan liitto"), None)
    assert (found.key, found.method, found.doubtful) == ("zelta-league", "sense", True)
    assert "'liitto' as league" in found.reason


def test_a_word_of_several_senses_that_meets_two_entries_is_neither() -> None:
    alliance = AuthorityEntry(
        key="zelta-alliance", name="Zelta Alliance", country="FI", kinds=("coordination",)
    )
    assert keys_of(Authority((ZELTA_ONLY_LEAGUE, alliance)), ["Zeltan liitto"]) == [
        "x-zeltan-liitto"
    ]


def test_a_sense_meets_only_an_entry_of_a_kind_it_allows() -> None:
    """Swahili "chama" is a party or an association: read as a party it meets only a party."""
    union = AuthorityEntry(
        key="zelta-party-union", name="Zelta Party", country="TZ", kinds=("trade-union",)
    )
    party = AuthorityEntry(key="zelta-party", name="Zelta Party", country="TZ", kinds=("party",))
    assert keys_of(Authority((union,)), ["Chama Zelta"]) == ["x-chama-zelta"]
    assert keys_of(Authority((party,)), ["Chama Zelta"]) == ["zelta-party"]


def test_a_spelling_variant_may_leave_out_link_words() -> None:
    """Link words never tell two names apart: "Frente de Mujeres y Campesinos" is a spelling of
    "Frente de Mujeres y de los Campesinos"; a name whose other words differ is not."""
    front = AuthorityEntry(
        key="womens-and-peasants-front-unity",
        name="Women's and Peasants' Front – Unity",
        names=(Name("Frente de Mujeres y de los Campesinos – Unidad", "es"),),
        country="PE",
        kinds=("coordination",),
    )
    index = AuthorityIndex(Authority((front,)))
    found = decide(index, read_name("Frente de Mujeres y Campesinos - Unidad"), None)
    assert (found.key, found.method, found.doubtful) == (front.key, "fuzzy", True)
    other = decide(index, read_name("Frente de Mujeres y Obreros - Unidad"), None)
    assert other.key is None


def test_a_plural_adjective_of_relation_names_the_country() -> None:
    """An Arabic name may write its country as the plural adjective of its members ("of
    Tunisian journalists"): the same entry as a name that writes "in Tunisia", and the one
    its short form without that adjective means in an Arabic list."""
    entry = AuthorityEntry(
        key="zeta-journalists-union",
        name="Zeta Union of Tunisian Journalists",
        names=(Name("النقابة الزيتية للصحفيين التونسيين", "ar"),),
        country="TN",
        kinds=("trade-union",),
    )
    resolver = OrganisationResolver(Authority((entry,)))
    found = [
        resolver.resolve_entry(
            Entry(1, name, Span(0, len(name)), name), language="ar", document=f"{i}.txt", year=2020
        )
        for i, name in enumerate(["النقابة الزيتية للصحفيين بتونس", "النقابة الزيتية للصحفيين"])
    ]
    assert found == ["zeta-journalists-union", "zeta-journalists-union"]
