"""The common own words of organisations' names (republic, justice, freedom, refugees,
teachers...) are read by their meaning, in every language (``meanings`` in the type-word
table): a name translated word for word has its entry's concepts and meets it, taken and
listed for review; an organisation the authority does not know keeps one key across languages.
A word no meaning explains still keeps two names apart."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.typewords import type_words
from tests.resolve.resolving import keys_of

ZELTA = AuthorityEntry(
    key="zelta-association-for-refugees-and-justice",
    name="Zelta Association for Refugees and Justice",
    country="GR",
    kinds=("association",),
)
#: Its name in Greek, Turkish and Russian: three languages, in Latin and two other scripts.
TRANSLATED = {
    "el": "Σύλλογος Ζέλτα για τους Πρόσφυγες και τη Δικαιοσύνη",
    "tr": "Zelta Mülteciler ve Adalet Derneği",
    "ru": "Ассоциация Зельта за беженцев и справедливость",
}


def resolved(authority: Authority, name: str, language: str) -> tuple[str, OrganisationResolver]:
    resolver = OrganisationResolver(authority)
    key = resolver.resolve_entry(
        Entry(1, name, Span(0, len(name)), name), language=language, document="a.txt"
    )
    return key, resolver


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_a_translated_name_reads_as_its_entry_by_meaning(language: str) -> None:
    read = {"association", "justice", "refugees"}
    assert signature(TRANSLATED[language]).concepts == signature(ZELTA.name).concepts == read


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_a_translated_name_meets_its_entry_and_is_listed_for_review(language: str) -> None:
    key, resolver = resolved(Authority((ZELTA,)), TRANSLATED[language], language)
    assert key == ZELTA.key
    [doubt] = resolver.report().doubts
    assert doubt.reason.startswith("own words by their meaning: ")
    assert "= justice" in doubt.reason and "= refugees" in doubt.reason


def test_the_entry_written_as_it_is_is_not_listed_for_review() -> None:
    key, resolver = resolved(Authority((ZELTA,)), ZELTA.name, "en")
    assert key == ZELTA.key
    assert resolver.report().doubts == ()


def test_a_word_no_meaning_explains_keeps_the_names_apart() -> None:
    names = [
        "Σύλλογος Ζέλτα για τους Πρόσφυγες",  # justice left out
        "Zelta Mülteciler ve Adalet Partisi",  # a party, not an association
        "Ассоциация Норвик за беженцев и справедливость",  # another own word
    ]
    assert all(key.startswith("x-") for key in keys_of(Authority((ZELTA,)), names))


def test_a_new_organisation_keeps_one_key_across_languages() -> None:
    names = [
        "Zelta Council for Refugees and Justice (Greece)",
        "Consejo Zelta para los Refugiados y la Justicia (Grecia)",
        "Συμβούλιο Ζέλτα για τους Πρόσφυγες και τη Δικαιοσύνη (Ελλάδα)",
    ]
    assert keys_of(Authority(()), names) == ["x-zelta-justice-refugees-council-gr"] * 3


def test_without_a_country_new_names_stay_apart() -> None:
    names = ["Zelta Council for Refugees", "Συμβούλιο Ζέλτα για τους Πρόσφυγες"]
    first, second = keys_of(Authority(()), names)
    assert first != second


def test_meanings_are_concepts_of_the_table_and_no_kinds() -> None:
    table = type_words()
    assert {"republic", "justice", "freedom", "refugees"} <= table.meanings
    assert not table.meanings & (table.kinds | table.qualifiers)
    assert table.concept("δικαιοσυνη") == table.concept("adalet") == "justice"


def test_a_word_of_another_sense_written_alike_is_no_meaning() -> None:
    """Greek "προσφυγή" (an appeal) is written as "πρόσφυγες" (refugees) begins: an appeals
    committee's name says nothing of refugees."""
    table = type_words()
    assert table.concept("προσφυγεσ") == table.concept("προσφυγων") == "refugees"
    assert table.concept("προσφυγικη") == "refugees"
    assert table.concept("προσφυγη") is None
    assert table.concept("προσφυγησ") is None


#: Words of one meaning in several languages and scripts, as a name writes them.
ONE_MEANING = {
    "journalists": ["Journalists", "journalistes", "Gazeteciler", "журналистов", "δημοσιογράφων"],
    "lawyers": ["Lawyers", "abogados", "avukatlar", "адвокатов", "المحامين"],
    "doctors": ["Doctors", "médecins", "hekimler", "врачей", "الأطباء"],
    "citizens": ["Citizens", "ciudadanos", "vatandaşlar", "граждан", "المواطنين"],
    "environment": ["Environment", "environnement", "Umwelt", "περιβάλλοντος", "البيئة"],
    "development": ["Development", "desarrollo", "kalkınma", "развития", "التنمية"],
    "culture": ["Cultural", "Kültür", "культуры", "πολιτισμού", "الثقافة"],
    "majority": ["Majority", "mayoría", "Çoğunluk", "большинство", "اکثریت"],
    "campaign": ["Campaign", "campanha", "Kampanyası", "кампании", "کمپئن"],
}


@pytest.mark.parametrize("meaning", sorted(ONE_MEANING))
def test_a_meaning_is_read_in_every_language(meaning: str) -> None:
    table = type_words()
    assert meaning in table.meanings
    read = {signature(f"Zelta {word}").concepts for word in ONE_MEANING[meaning]}
    assert read == {frozenset({meaning})}


def test_a_word_of_two_senses_in_its_language_is_no_meaning() -> None:
    """French "campagne" and Italian "campagna" are a campaign and the countryside, Spanish
    "campaña" is folded as "campana" (a bell): a name with them says neither; Portuguese
    "campanha" is only a campaign."""
    table = type_words()
    assert table.concept("campagne") is table.concept("campagna") is None
    assert table.concept("campana") is None
    assert table.concept("campanha") == "campaign"


#: A split's part in brackets, and its name in Spanish, Turkish and Russian.
MAJORITY = AuthorityEntry(
    key="zelta-workers-organisation-majority",
    name="Zelta Workers' Organisation (Majority)",
    country="IR",
    kinds=("organisation",),
)


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("es", "Organización de Trabajadores Zelta (Mayoría)"),
        ("tr", "Zelta İşçi Örgütü (Çoğunluk)"),
        ("ru", "Организация рабочих Зельта (большинство)"),
    ],
)
def test_a_part_named_the_majority_meets_its_entry_in_translation(language: str, name: str) -> None:
    key, _ = resolved(Authority((MAJORITY,)), name, language)
    assert key == MAJORITY.key


def test_the_same_name_without_the_majority_is_another_organisation() -> None:
    names = ["Organización de Trabajadores Zelta", "Организация рабочих Зельта (меньшинство)"]
    assert all(key.startswith("x-") for key in keys_of(Authority((MAJORITY,)), names))


def test_a_union_of_a_profession_meets_its_translation() -> None:
    lawyers = AuthorityEntry(
        key="zelta-lawyers-association",
        name="Zelta Lawyers' Association",
        country="GR",
        kinds=("association",),
    )
    names = ["Ассоциация адвокатов Зельта", "Zelta Avukatlar Derneği"]
    assert keys_of(Authority((lawyers,)), names) == [lawyers.key] * 2


#: The name in Greek, stating the country: association, refugees, justice, Greece.
OF_GREECE = "Σύλλογος για τους Πρόσφυγες και τη Δικαιοσύνη της Ελλάδας"


def test_the_one_entry_of_the_country_with_those_meanings_is_taken_in_its_years() -> None:
    entry = AuthorityEntry(
        key="association-for-refugees-and-justice-greece",
        name="Association for Refugees and Justice (Greece)",
        country="GR",
        kinds=("association",),
        founded=2015,
    )
    assert keys_of(Authority((entry,)), [OF_GREECE], year=2020) == [entry.key]
    # a statement of 2010 speaks of another organisation: the entry was founded in 2015
    assert keys_of(Authority((entry,)), [OF_GREECE], year=2010)[0].startswith("x-")


def test_two_entries_of_the_country_with_those_meanings_decide_nothing() -> None:
    first = AuthorityEntry(
        key="association-for-refugees-and-justice-greece",
        name="Association for Refugees and Justice (Greece)",
        country="GR",
        kinds=("association",),
    )
    second = AuthorityEntry(
        key="refugees-and-justice-association-of-greece",
        name="Refugees and Justice Association of Greece",
        country="GR",
        kinds=("association",),
    )
    assert keys_of(Authority((first, second)), [OF_GREECE])[0].startswith("x-")
