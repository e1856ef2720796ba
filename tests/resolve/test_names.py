"""Normalisation of organisation names: examples, and properties checked with hypothesis."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzld.resolve.orgs.names import abbreviation_key, loose_key, new_key, normalise

NAMES = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]),
    max_size=60,
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Russian Communist Workers’ Party", "Russian Communist Workers' Party"),
        ("Communist Party of the Soviet Union", "Communist Party of Soviet Union"),
        ("CP of Greece", "Communist Party of Greece"),
        ("Union of CPs", "Union of Communist Parties"),
        ("Parti Communiste Prolétarien", "PARTI COMMUNISTE PROLETARIEN"),
        ("Marxist–Leninist", "Marxist-Leninist"),
        ("„Lewy blok“", "Lewy Blok"),
        # a German gender mark inside a word: one word, as with a capital I
        ("Front der Zelta Arbeiter:innen", "Front der Zelta ArbeiterInnen"),
        ("Bund der Xandia Migrant*innen", "Bund der Xandia Migrantinnen"),
        ("Zelta Gewerkschafter_innen", "Zelta Gewerkschafter·innen"),
    ],
)
def test_same_normal_form(left: str, right: str) -> None:
    assert normalise(left) == normalise(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Communist Party of Denmark", "Communist Party in Denmark"),
        ("Communist Party of Turkey", "Communist Party of Turkey – Marxist-Leninist"),
        ("Paraguayan Communist Party", "Partido Comunista Paraguayo (independiente)"),
        ("Zelta Bund: in Xandia", "Zelta Bundin Xandia"),  # a colon before a word "in"
    ],
)
def test_different_normal_form(left: str, right: str) -> None:
    assert normalise(left) != normalise(right)


def test_loose_key_ignores_word_order_link_words_and_country_spelling() -> None:
    assert loose_key("Philippines Communist Party") == loose_key("Phillipine Communist Party")
    assert loose_key("Union of Communists in Ukraine") == loose_key(
        "Union of Communists of Ukraine"
    )
    assert loose_key("Communist Party of Turkey") != loose_key("Communist Party of Ukraine")


@pytest.mark.parametrize(
    ("left", "right"), [("PKP 1930", "PKP-1930"), ("CPI(M)", "CPI (M)"), ("PdA", "PDA")]
)
def test_abbreviation_key(left: str, right: str) -> None:
    assert abbreviation_key(left) == abbreviation_key(right)


@pytest.mark.parametrize(
    ("name", "country", "key"),
    [
        ("Workers Front of Atlantis", None, "x-workers-front-of-atlantis"),
        ("Communist Party (Marxist-Leninist)", "PE", "x-communist-party-marxist-leninist-pe"),
        ("Communist Party of Peru", "PE", "x-communist-party-of-peru"),
        ("Союз рабочих", None, "x-soyuz-rabochih"),
    ],
)
def test_new_key(name: str, country: str | None, key: str) -> None:
    assert new_key(name, country) == key


@given(NAMES)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(NAMES, st.sampled_from([None, "DE", "PE"]))
def test_new_keys_are_iri_safe_and_never_authority_keys(text: str, country: str | None) -> None:
    key = new_key(text, country)
    assert re.fullmatch(r"x-[a-z0-9]+(-[a-z0-9]+)*", key), key
    assert key == new_key(text, country)
