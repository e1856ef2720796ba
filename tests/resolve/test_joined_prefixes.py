"""Arabic and Hebrew join "and", "in", "for", "from" and the article to the front of a word
("للنساء", for the women; "לזכויות", for rights): a word the type-word table does not know is
read without such a prefix (``prefixes`` in ``authority/countries.yaml``, the one list of
them, which a country's name is read without too), as left and with the article in its place,
so that a name translated word for word has its entry's concepts whatever prefixes its words
carry. A prefix is never taken off a word the table knows, nor when fewer than three letters
would be left."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.names import tokens
from kzld.resolve.orgs.typewords import load_type_words, type_words

NORVIK = AuthorityEntry(
    key="norvik-democratic-students-union",
    name="Norvik Union of Democratic Students (Israel)",
    country="IL",
    kinds=("union",),
)
ZELTA = AuthorityEntry(
    key="zelta-womens-rights-association",
    name="Zelta Association for Women's Rights (Jordan)",
    country="JO",
    kinds=("association",),
)
#: The two entries' names translated into Arabic and Hebrew, their words with prefixes.
TRANSLATED = [
    ("ar", "اتحاد نورفيك للطلبة الديمقراطيين في إسرائيل", NORVIK.key),
    ("ar", "اتحاد نورفيك للطلاب الديمقراطيين بإسرائيل", NORVIK.key),
    ("he", "איגוד נורוויק לסטודנטים דמוקרטים בישראל", NORVIK.key),
    ("he", "איגוד נורוויק של הסטודנטים הדמוקרטים בישראל", NORVIK.key),
    ("ar", "جمعية زلطا لحقوق المرأة في الأردن", ZELTA.key),
    ("he", "אגודת זלטא לזכויות נשים בירדן", ZELTA.key),
]


def resolved(name: str, language: str) -> tuple[str, OrganisationResolver]:
    resolver = OrganisationResolver(Authority((NORVIK, ZELTA)))
    key = resolver.resolve_entry(
        Entry(1, name, Span(0, len(name)), name), language=language, document="a.txt"
    )
    return key, resolver


@pytest.mark.parametrize(
    ("word", "concept"),
    [
        ("للنساء", "women"),  # for + the: "النساء"
        ("والاجتماعية", "social"),  # and + the: "الاجتماعية"
        ("لحقوق", "rights"),  # for: "حقوق"
        ("الديمقراطيين", "democratic"),  # the, and a stem's ending
        ("לזכויות", "rights"),  # for: "זכויות"
        ("הסטודנטים", "students"),  # the: a stem
        ("ולנשים", "women"),  # and + for: "נשים"
        ("ولليسار", "left"),  # and + for + the: "يسار"
        ("שהמפלגה", "party"),  # that + the: a stem
    ],
)
def test_a_word_is_read_without_the_prefixes_joined_to_it(word: str, concept: str) -> None:
    [folded] = tokens(word)
    assert type_words().concept(folded) == concept


@pytest.mark.parametrize(("language", "name", "key"), TRANSLATED)
def test_a_translation_whose_words_carry_prefixes_meets_its_entry(
    language: str, name: str, key: str
) -> None:
    entry = NORVIK if key == NORVIK.key else ZELTA
    assert signature(name).concepts == signature(entry.name).concepts
    assert resolved(name, language)[0] == key


def test_a_word_read_by_its_meaning_through_a_prefix_is_listed_for_review() -> None:
    key, resolver = resolved("جمعية زلطا لحقوق المرأة في الأردن", "ar")
    assert key == ZELTA.key
    [doubt] = resolver.report().doubts
    assert doubt.reason == "own words by their meaning: lhqwq = rights"


def test_a_prefixed_word_of_another_concept_keeps_the_names_apart() -> None:
    # students' rights, not women's rights
    key, _ = resolved("جمعية زلطا لحقوق الطلاب في الأردن", "ar")
    assert key == "x-zlt-rights-students-association-jo"


def _table(tmp_path: Path, data: Mapping[str, object]) -> Path:
    path = tmp_path / "typewords.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_prefix_leaves_three_letters_or_more(tmp_path: Path) -> None:
    data = {"concepts": {"people": ["עם"], "party": ["מפלגה"]}}
    table = load_type_words(_table(tmp_path, data))
    read = [table.concept(w) for w in ("עם", "לעם", "העם", "למפלגה")]
    assert read == ["people", None, None, "party"]
