"""bench/quality_names.py: the gold field saying whether a new organisation's name names its
country is checked with errors naming the form, and issue 19's country figure counts only the
forms whose name names it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import quality_names as q  # noqa: E402

FORMS = """
- form: Partido Verde de Zembla
  language: es
  org: new:partido-verde-de-zembla
  country: ES
  country_in_name: true
- form: PVZ
  language: es
  org: new:partido-verde-de-zembla
  country: ES
  country_in_name: false
- form: Liga Obrera Norvana
  language: es
  org: new:liga-obrera-norvana
  country: null
- form: Unión Fluvial de Quarria
  language: es
  org: union-fluvial
  country: ES
"""


def test_a_form_of_a_new_organisation_with_a_country_needs_a_boolean() -> None:
    text = FORMS.replace("  country_in_name: false\n", "")
    assert q.check_forms(q.parse_forms(text)) == [
        "'PVZ' (new:partido-verde-de-zembla, ES): country_in_name must be true or false, not None"
    ]
    text = FORMS.replace("country_in_name: false", "country_in_name: 'no'")
    assert q.check_forms(q.parse_forms(text)) == [
        "'PVZ' (new:partido-verde-de-zembla, ES): country_in_name must be true or false, not 'no'"
    ]


def test_the_field_on_any_other_form_is_an_error() -> None:
    text = FORMS.replace("  country: null\n", "  country: null\n  country_in_name: false\n")
    assert q.check_forms(q.parse_forms(text)) == [
        "'Liga Obrera Norvana' (new:liga-obrera-norvana): country_in_name is only for a new "
        "organisation's form with a country"
    ]


def test_the_figure_counts_the_forms_whose_name_names_the_country() -> None:
    forms = q.parse_forms(FORMS)
    assert q.check_forms(forms) == []
    # the bare abbreviation names no country: its miss does not count
    assert q.named_country(forms, ["ES", None, None, "ES"]) == (1, 1, [])
    assert q.named_country(forms, ["PT", "ES", None, "ES"]) == (
        0,
        1,
        ["country  'Partido Verde de Zembla' [PT], gold ES"],
    )


def test_the_field_is_not_part_of_a_forms_identity() -> None:
    # forms of an earlier revision, written before the field, are the same forms
    (now,) = q.parse_forms(FORMS)[:1]
    before = q.parse_forms(FORMS.replace("  country_in_name: true\n", ""))[0]
    assert now == before
    assert now in {before}


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_both_splits_are_annotated(split: str) -> None:
    forms = q.load(split)
    assert any(f.country_in_name is True for f in forms)
    assert any(f.country_in_name is False for f in forms)
