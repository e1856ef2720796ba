"""The signatures of the authority's forms are kept between runs (:mod:`kzld.derived`): what is
read back is what :func:`~kzld.resolve.orgs.analysis.signature` gives, another set of forms is
made anew, and a spoilt file is made again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kzld.derived import CACHE_ENV
from kzld.model.countries import adjective_countries
from kzld.resolve.orgs import analysis
from kzld.resolve.orgs.analysis import (
    Signature,
    is_abbreviation,
    name_proper,
    signature,
    signatures,
)
from kzld.resolve.orgs.authority import load_authority
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.names import embedded_countries, normalise
from kzld.resources import organisations_file

#: Forms of made-up organisations: type words, a country's name and adjective, a script.
FORMS = (
    "Communist Party of Xandia",
    "Zetland Workers' Union",
    "Partido Comunista de España",
    "Deutsche Kommunistische Partei",
    "Коммунистическая партия Xandia",
    "XKP",
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    return tmp_path


def test_the_signatures_read_back_are_those_made(cache: Path) -> None:
    made = signatures(FORMS)
    kept = cache / "resolve" / "signatures.json"
    assert kept.is_file()
    again = signatures(reversed(FORMS))
    assert again == made == {form: signature(form) for form in FORMS}
    assert again["Partido Comunista de España"] == Signature(
        frozenset({"communist", "party"}), frozenset(), frozenset({"ES"})
    )


def test_other_forms_and_a_spoilt_file_are_made_anew(cache: Path) -> None:
    kept = cache / "resolve" / "signatures.json"
    signatures(FORMS)
    assert signatures(FORMS[:2]) == {form: signature(form) for form in FORMS[:2]}
    assert [row[0] for row in json.loads(kept.read_bytes())["value"]] == sorted(FORMS[:2])
    kept.write_text('{"key": "cut', encoding="utf-8")
    assert signatures(FORMS) == {form: signature(form) for form in FORMS}
    assert len(json.loads(kept.read_bytes())["value"]) == len(FORMS)


def test_every_form_of_the_authority_is_signed_as_made(cache: Path) -> None:
    forms = [name for entry in load_authority(organisations_file()) for name in entry.all_names]
    signatures(forms)
    assert signatures(forms) == {form: signature(form) for form in forms}


def test_the_index_of_names_proper_takes_the_kept_signatures(cache: Path) -> None:
    authority = load_authority(organisations_file())
    AuthorityIndex(authority)  # keeps the signatures
    signature.cache_clear()
    name_proper.cache_clear()  # as in a process of its own
    index = AuthorityIndex(authority)
    assert signature.cache_info().misses == 0  # none made again at a resolver's start
    proper: dict[str, set[str]] = {}
    for entry in authority:
        for name in entry.all_names:
            found = name_proper(name)
            if found is not None and not is_abbreviation(found):
                proper.setdefault(normalise(found), set()).add(entry.key)
    assert proper and dict(index.proper) == proper


def test_a_signature_reads_the_countries_inside_a_name_once_and_keeps_them_in_it_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """:func:`signature` remembers what it found of a name; the countries a name holds inside a
    longer word, and those it names by an adjective, are asked by it alone: read once a name,
    they are not remembered a second time beside it (remembered, they never answered in a
    build of 1,000 generated texts, and held about ten entries a text)."""
    asked: list[str] = []

    def counted(read: Callable[[str], frozenset[str]]) -> Callable[[str], frozenset[str]]:
        def reading(text: str) -> frozenset[str]:
            asked.append(read.__name__)
            return read(text)

        return reading

    monkeypatch.setattr(analysis, "embedded_countries", counted(embedded_countries))
    monkeypatch.setattr(analysis, "adjective_countries", counted(adjective_countries))
    signature.cache_clear()
    first = signature("Xandian Workers' Union")
    assert signature("Xandian Workers' Union") is first
    assert asked == ["embedded_countries"]  # no country found: none by an adjective
    assert signature("Partido Obrero Alemán de Zetland").countries == frozenset({"DE"})
    assert asked == ["embedded_countries", "embedded_countries", "adjective_countries"]
    assert not hasattr(embedded_countries, "cache_info")
    assert not hasattr(adjective_countries, "cache_info")
