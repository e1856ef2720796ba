"""English names a trade union "Union", a word of any union; Spanish, French, German and
Arabic have a word for a trade union of their own ("Sindicato", "Syndicat", "Gewerkschaft",
"نقابة"). An authority entry of the kind a narrower concept says (``entry_kinds``: a trade
union) whose name says it by the broader word (``broader`` in the type-word table) is met
by a translation that says the narrower one, also one that states no country in a list in the
language of the entry's country; an entry of another kind is not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kzld.errors import TypeWordsError
from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.typewords import load_type_words

JOURNALISTS = AuthorityEntry(
    key="zelta-journalists-union",
    name="Zelta Union of Journalists (Tunisia)",
    country="TN",
    kinds=("trade-union",),
)
STUDENTS = AuthorityEntry(
    key="norvik-students-union",
    name="Norvik Union of Students (Chile)",
    country="CL",
    kinds=("union",),
)


def resolved(name: str, language: str) -> tuple[str, OrganisationResolver]:
    resolver = OrganisationResolver(Authority((JOURNALISTS, STUDENTS)))
    key = resolver.resolve_entry(
        Entry(1, name, Span(0, len(name)), name), language=language, document="a.txt"
    )
    return key, resolver


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("es", "Sindicato Zelta de Periodistas de Túnez"),
        ("fr", "Syndicat Zelta des journalistes de Tunisie"),
        ("de", "Zelta-Gewerkschaft der Journalisten Tunesiens"),
        ("ar", "نقابة زلطا للصحفيين بتونس"),
    ],
)
def test_a_trade_unions_name_translated_with_a_word_for_one_meets_it(
    language: str, name: str
) -> None:
    key, resolver = resolved(name, language)
    assert key == JOURNALISTS.key
    [doubt] = resolver.report().doubts  # "journalists" read by its meaning
    assert doubt.reason.startswith("own words by their meaning: ")


def test_a_name_of_no_country_in_a_list_of_the_entrys_language_says_a_trade_union_too() -> None:
    # no country written: the list's language names it, as for a name that says "Union"
    assert resolved("نقابة زلطا للصحفيين", "ar")[0] == JOURNALISTS.key
    assert resolved("Sindicato Zelta de Periodistas", "en")[0].startswith("x-")  # of any country
    assert resolved("Sindicato Norvik de Estudiantes", "es")[0].startswith("x-")
    assert resolved("Unión Norvik de Estudiantes", "es")[0] == STUDENTS.key


def test_a_union_of_another_kind_is_not_met_by_a_word_for_a_trade_union() -> None:
    assert resolved("Sindicato Norvik de Estudiantes de Chile", "es")[0].startswith("x-")
    assert resolved("Unión Norvik de Estudiantes de Chile", "es")[0] == STUDENTS.key


def test_a_broader_concept_of_a_concept_that_says_no_kind_of_entry_is_a_problem(
    tmp_path: Path,
) -> None:
    data = {
        "concepts": {"union": ["union"], "front": ["front"], "trade-union": ["sindicato"]},
        "entry_kinds": {"trade-union": ["trade-union"]},
        "broader": {"front": "union"},
    }
    path = tmp_path / "typewords.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(TypeWordsError, match="'front' says no kind of entry"):
        load_type_words(path)
    data["broader"] = {"trade-union": "union"}
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert load_type_words(path).broader == {"trade-union": "union"}
