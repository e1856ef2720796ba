"""The signatures of the authority's forms are kept between runs (:mod:`kzld.derived`): what is
read back is what :func:`~kzld.resolve.orgs.analysis.signature` gives, another set of forms is
made anew, and a spoilt file is made again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzld.derived import CACHE_ENV
from kzld.resolve.orgs.analysis import (
    Signature,
    is_abbreviation,
    name_proper,
    signature,
    signatures,
)
from kzld.resolve.orgs.authority import load_authority
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.names import normalise
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
