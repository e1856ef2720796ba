"""One folding of text, and the variants that a use needs: what each one joins and keeps."""

from __future__ import annotations

import re

import pytest

from kzld.model.folding import case_key, country_key, fold, fold_in_place, fold_name


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("İMZACILAR", "imzacilar"),  # Turkish capital dotted I and dotless i
        ("İmzacılar", "imzacilar"),
        ("Ünterzeichner", "unterzeichner"),
        ("Straße", "strasse"),
        ("ﬁrmantes", "firmantes"),  # a compatibility ligature
        ("ΥΠΟΓΡΑΦΟΥΝ", "υπογραφουν"),
    ],
)
def test_fold_joins_case_compatibility_forms_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(fold(text)) == fold(text)


def test_country_key_is_the_fold_reduced_to_words() -> None:
    assert country_key("  Côte d’Ivoire!  ") == "cote d'ivoire"
    assert country_key("TÜRKİYE") == country_key("Türkiye") == "turkiye"


def test_fold_name_composes_again_and_drops_quotes() -> None:
    assert fold_name("«Partido Comunista»") == "partido comunista"
    assert fold_name("Ëllinikó") == "elliniko"
    hangul = "노동당"
    assert fold_name(hangul) == hangul  # syllables stay syllables (fold would split them)
    assert fold(hangul) != hangul


def test_fold_in_place_keeps_offsets() -> None:
    text = "Жанаозён, «Ζανάοζεν» and Žanaozen"
    folded = fold_in_place(text)
    assert len(folded) == len(text)
    assert folded == "Жанаозен, «Ζαναοζεν» and Zanaozen"


def test_case_keys_agree_with_the_re_module() -> None:
    for a, b in [("ſ", "s"), ("ı", "I"), ("K", "k"), ("Σ", "ς")]:
        assert re.fullmatch(re.escape(a), b, re.IGNORECASE)
        assert case_key(a) == case_key(b)
    assert len(case_key("İstanbul")) == len("İstanbul")
