"""A bracket written onto an abbreviation with no space is part of it (issue 19): "XWP(ML)"
names another organisation than "XWP", in Latin letters and in the Telugu and Devanagari
letter names that spell them ("ఎక్స్‌డబ్ల్యూపీ(ఎంఎల్)", "एक्सडब्ल्यूपी(एमएल)"), and is never
resolved to the entry the abbreviation alone names; a bracket after a name and a space stays
that name's short form. Names are made up."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import keys_of

XWP = AuthorityEntry(
    key="xandia-workers-party",
    name="Xandia Workers Party",
    forms=("XWP",),
    country="IN",
    kinds=("party",),
)


@pytest.mark.parametrize(
    ("short", "glued"),
    [
        ("XWP", "XWP(ML)"),
        ("ఎక్స్‌డబ్ల్యూపీ", "ఎక్స్‌డబ్ల్యూపీ(ఎంఎల్)"),
        ("एक्सडब्ल्यूपी", "एक्सडब्ल्यूपी(एमएल)"),
    ],
)
def test_a_bracket_written_onto_an_abbreviation_names_another_organisation(
    short: str, glued: str
) -> None:
    keys = keys_of(Authority((XWP,)), [short, glued])
    assert keys == ["xandia-workers-party", "x-xwp-ml"]


def test_the_glued_forms_of_every_script_are_one_organisation() -> None:
    forms = ["XWP(ML)", "ఎక్స్‌డబ్ల్యూపీ(ఎంఎల్)", "एक्सडब्ल्यूपी(एमएल)"]
    assert set(keys_of(Authority((XWP,)), forms)) == {"x-xwp-ml"}


def test_a_short_form_in_brackets_after_a_space_stays_the_names() -> None:
    keys = keys_of(Authority((XWP,)), ["Xandia Workers Party (XWP)"])
    assert keys == ["xandia-workers-party"]
