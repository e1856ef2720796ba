"""A name translated into a language whose type words the table holds meets its entry by its
concepts, own words and country: the words for a kind of organisation (and the qualifiers a
name adds) of the languages the reader reads, Kyrgyz, Kazakh, Irish (with its initial
mutations), Albanian, Welsh, Estonian, Basque... The names are made up; the countries stated
are real, written as the country tables hold them (in English, as international lists write
them: Irish, Welsh and Estonian names of one short word, "Eesti", are not among them).

The table holds more forms too: a feminine plural ("travailleuses", "lavoratrici"), a genitive
(Greek "Νέας"), a stem of other words ("vereint-", "christelijk-", "hukukçu-", "tabip-",
"izobraževanj-"), an English word written in another script ("ورکرز", "लिबरेशन"), and a
country's name in an older spelling (Icelandic "Þýzkaland")."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from tests.resolve.resolving import keys_of


def _entry(name: str, country: str, kind: str) -> AuthorityEntry:
    return AuthorityEntry(
        key=name.lower().replace(" ", "-"), name=name, country=country, kinds=(kind,)
    )


CASES = [
    # (entry's name, its country, its kind, the name translated, the concepts read)
    ("Zeta Movement", "KG", "movement", "Зета кыймылы (Кыргызстан)", {"movement"}),
    (
        "Zeta Trade Union",
        "KZ",
        "trade-union",
        "Зета кәсіподағы (Қазақстан)",
        {"trade-union"},
    ),
    (
        "Zeta Communist Party",
        "IE",
        "party",
        "Páirtí Cumannach Zeta (Ireland)",
        {"communist", "party"},
    ),
    ("Zeta League", "AL", "league", "Lidhja Zeta (Shqipëri)", {"league"}),
    (
        "Zeta Committee",
        "GB",
        "committee",
        "Pwyllgor Zeta (United Kingdom)",
        {"committee"},
    ),
    ("Zeta Party", "EE", "party", "Zeta Erakond (Estonia)", {"party"}),
    (
        "Zeta Association",
        "ES",
        "association",
        "Zeta Elkartea (Espainia)",
        {"association"},
    ),
    # human rights and a "promotion association" in Chinese characters, simplified and
    # traditional, in Japanese and in Hangul; "social democratic" written as one word there
    (
        "Zeta Association for Human Rights",
        "TW",
        "association",
        "台灣泽塔人權促進會",
        {"association", "human-rights"},
    ),
    (
        "Zeta Association for Human Rights",
        "CN",
        "association",
        "中国泽塔人权促进会",
        {"association", "human-rights"},
    ),
    (
        "Zeta Human Rights Association",
        "JP",
        "association",
        "ゼータ人権協会 (Japan)",
        {"association", "human-rights"},
    ),
    (
        "Zeta Human Rights Association",
        "KR",
        "association",
        "제타인권협회 (South Korea)",
        {"association", "human-rights"},
    ),
    (
        "Zeta Social Democratic Party",
        "JP",
        "party",
        "ゼータ社会民主党 (Japan)",
        {"social", "democratic", "party"},
    ),
    (
        "Zeta Social Democratic Party",
        "TW",
        "party",
        "台灣泽塔社會民主黨",
        {"social", "democratic", "party"},
    ),
    (
        "Zeta Social Democratic Party",
        "KR",
        "party",
        "제타사회민주당 (South Korea)",
        {"social", "democratic", "party"},
    ),
    # a forum, what is economic and what is civil, read by their meaning
    (
        "Zeta Economic Forum",
        "MX",
        "association",
        "Foro Económico Zeta (México)",
        {"economic", "forum"},
    ),
    (
        "Zeta Economic Forum",
        "RU",
        "association",
        "Экономический форум Зета (Россия)",
        {"economic", "forum"},
    ),
    (
        "Tunisian Economic Forum",
        "TN",
        "association",
        "المنتدى الاقتصادي التونسي",
        {"economic", "forum"},
    ),
    (
        "Zeta Civil Front",
        "PL",
        "front",
        "Front Cywilny Zeta (Polska)",
        {"civil", "front"},
    ),
    ("Zeta Civil Front", "HK", "front", "泽塔民間陣線 (Hong Kong)", {"civil", "front"}),
    (
        "Tunisian Civil Front",
        "TN",
        "front",
        "الجبهة المدنية التونسية",
        {"civil", "front"},
    ),
    # more forms: a feminine plural, a genitive, a stem of other words, an English word in
    # another script
    (
        "Zeta Workers Federation",
        "FR",
        "federation",
        "Fédération Zeta des travailleuses (France)",
        {"federation", "workers"},
    ),
    (
        "Zeta Workers Union",
        "IT",
        "union",
        "Unione Zeta delle lavoratrici (Italia)",
        {"union", "workers"},
    ),
    (
        "United Zeta Trade Union",
        "DE",
        "trade-union",
        "Vereinte Gewerkschaft Zeta (Deutschland)",
        {"united", "trade-union"},
    ),
    (
        "Christian Zeta Union",
        "NL",
        "union",
        "Christelijke Unie Zeta (Nederland)",
        {"christian", "union"},
    ),
    (
        "Zeta Lawyers Association",
        "TR",
        "association",
        "Zeta Hukukçular Derneği (Türkiye)",
        {"lawyers", "association"},
    ),
    (
        "Zeta Doctors Association",
        "TR",
        "association",
        "Zeta Tabipleri Derneği (Türkiye)",
        {"doctors", "association"},
    ),
    (
        "Zeta Education Trade Union",
        "SI",
        "trade-union",
        "Sindikat izobraževanja Zeta (Slovenija)",
        {"education", "trade-union"},
    ),
    # employees are workers: translations of one name write either ("Kamu Emekçileri", public
    # labourers, for "Public Employees"; Kurdish "Kedkarên")
    (
        "Zeta Private Employees Federation",
        "GR",
        "federation",
        "Ομοσπονδία Ιδιωτικών Υπαλλήλων Ζέτα (Ελλάδα)",
        {"federation", "private", "workers"},
    ),
    (
        "Zeta Public Employees Trade Union",
        "TR",
        "trade-union",
        "Zeta Kamu Emekçileri Sendikası (Türkiye)",
        {"public", "workers", "trade-union"},
    ),
    (
        "Zeta Public Employees Trade Union",
        "TR",
        "trade-union",
        "Sendîkaya Kedkarên Cemaweriyê Zeta (Türkiye)",
        {"public", "workers", "trade-union"},
    ),
    # Urdu writes the English word; an own word in a script without vowels is another matter
    ("Workers Party of Pakistan", "PK", "party", "ورکرز پارٹی (Pakistan)", {"workers", "party"}),
]


@pytest.mark.parametrize(("name", "country", "kind", "written", "concepts"), CASES)
def test_the_translated_name_reads_as_its_concepts(
    name: str, country: str, kind: str, written: str, concepts: set[str]
) -> None:
    assert signature(written).concepts == concepts


@pytest.mark.parametrize(("name", "country", "kind", "written", "concepts"), CASES)
def test_the_translated_name_meets_its_entry(
    name: str, country: str, kind: str, written: str, concepts: set[str]
) -> None:
    entry = _entry(name, country, kind)
    assert keys_of(Authority((entry,)), [written]) == [entry.key]


def test_a_mutated_irish_word_is_the_word() -> None:
    # lenition and eclipsis: "pháirtí", "bpáirtí" are "páirtí" after a word that mutates it
    assert signature("Zeta phairtí").concepts == signature("Zeta bpáirtí").concepts == {"party"}


def test_social_alone_before_party_is_still_socialist() -> None:
    # "社会党", "사회당": the socialist party; only "社会民主", "사회민주" is social democratic
    assert signature("ゼータ社会党").concepts == {"socialist", "party"}
    assert signature("제타사회당").concepts == {"socialist", "party"}
    assert signature("ゼータ社会主義党").concepts == {"socialist", "party"}


def test_a_greek_genitive_of_new_is_new() -> None:
    # "Νέας Αριστεράς": of the New Left; "Νέων" (of the young, also of the new) is left out
    assert signature("Νέας Αριστεράς Ζέτα").concepts == {"new", "left"}
    assert signature("Νέων Ζέτα").concepts == set()


def test_liberation_written_in_devanagari_and_malayalam() -> None:
    assert signature("ज़ेटा लिबरेशन").concepts == {"liberation"}
    assert signature("സീറ്റ ലിബറേഷൻ").concepts == {"liberation"}


def test_the_older_icelandic_spelling_names_germany() -> None:
    # "Þýzkaland" (before 1974) as "Þýskaland", in the genitive a name writes it in
    older, newer = signature("Zetaflokkur Þýzkalands"), signature("Zetaflokkur Þýskalands")
    assert older.countries == newer.countries == {"DE"}
    entry = _entry("Zeta Socialist Unity Party", "DE", "party")
    written = "Hinum sósíalistíska sameiningarflokki Zeta Þýzkalands"
    assert keys_of(Authority((entry,)), [written]) == [entry.key]


@pytest.mark.parametrize(
    ("written", "concepts"),
    [
        ("জেটা ট্রেড ইউনিয়ন", {"trade-union"}),  # Bengali writes the English words
        ("Զետա արհմիություն", {"trade-union"}),
        ("Զետա արհմիութիւն", {"trade-union"}),  # Armenian in its classical spelling
        ("הפדרציה של זטה", {"federation"}),
        ("מפלגת העם זטה", {"party", "people"}),
        ("حزب مردمی زتا", {"party", "people"}),
        ("জেটা জনতা পার্টি", {"party", "people"}),
        ("জেটা নারী সমিতি", {"women", "association"}),
        ("Vuguvugu la Zeta", {"movement"}),
    ],
)
def test_type_words_of_more_languages(written: str, concepts: set[str]) -> None:
    assert signature(written).concepts == concepts


@pytest.mark.parametrize(
    ("written", "concepts"),
    [
        ("Zetan edistyksellinen vallankumouksellinen liitto", {"progressive", "revolutionary"}),
        ("Zetos progresyvi mokytojų sąjunga", {"progressive", "teachers", "union"}),
        ("Zeta skolotāju vienotība", {"teachers", "unity"}),
        ("Zeta õpetajate ühing", {"teachers", "association"}),
        ("Zeta rohelised", {"green"}),
        ("Zetos žalieji", {"green"}),
        ("Udruga nastavnika Zeta", {"association", "teachers"}),
        ("Vijeće studenata Zeta", {"council", "students"}),
        ("Ośrodek Zeta", {"centre"}),
        ("حزب مترقی زتا", {"party", "progressive"}),
        ("زیٹا اساتذہ کونسل", {"teachers", "council"}),
        ("מפלגה ירוקה זטה", {"party", "green"}),
        ("ברית זטה", {"alliance"}),
        ("ज़ेटा श्रम हरित", {"labour", "green"}),
        ("ზეტას სტუდენტთა კონგრესი", {"students", "congress"}),
        ("Զետա ուսանողների միասնություն", {"students", "unity"}),
        ("Wanafunzi wa Zeta", {"students"}),
        ("Samahan ng Zeta para sa pagkakaisa", {"association", "unity"}),
    ],
)
def test_the_common_type_words_of_more_languages(written: str, concepts: set[str]) -> None:
    assert signature(written).concepts == concepts
