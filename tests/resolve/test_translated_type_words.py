"""Type words the table holds in more forms and languages: a feminine plural ("travailleuses",
"lavoratrici"), a genitive (Greek "Νέας"), a stem of other words ("vereint-", "christelijk-",
"hukukçu-", "tabip-", "izobraževanj-"), an English word written in another script ("ورکرز",
"लिबरेशन"), and a country's name in an older spelling (Icelandic "Þýzkaland"). A name translated
with one of them meets its entry by its concepts, own words and country. The names are made up;
the countries stated are real."""

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
