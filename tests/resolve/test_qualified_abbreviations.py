"""An abbreviation with a bracket after it that says where the organisation is or which of its
kind, not what it is ("XKP (Catalunya)", "XKP (m-l)", "XKP(AO)"): a new organisation named by
both, never by the bracket alone, which every organisation written so would share."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Span
from kzld.parse.entries import split_entry
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry

#: A party the authority knows by its abbreviation.
XKP = AuthorityEntry(
    key="xandian-kite-party",
    name="Xandian Kite Party",
    abbreviations=("XKP",),
    country="GR",
    kinds=("party",),
)
AUTHORITY = Authority((XKP,))


def _keys(written: list[str]) -> list[str]:
    """Each entry split as the reader splits a list line, resolved as one signatory of a text."""
    resolver = OrganisationResolver(AUTHORITY)
    keys = []
    for i, raw in enumerate(written):
        name, abbreviation, gloss, hint = split_entry(raw)
        entry = Entry(1, raw, Span(0, len(raw)), name, abbreviation, gloss, hint)
        keys.append(resolver.resolve_entry(entry, language=None, document=f"{i}.txt"))
    return keys


@pytest.mark.parametrize(
    ("written", "keys"),
    [
        # a region of a country, in Greek and in Catalan
        (
            ["QKP (Ισπανία, Καταλονία)", "ZSO (Ισπανία, Καταλονία)"],
            ["x-qkp-ispania-katalonia", "x-zso-ispania-katalonia"],
        ),
        (["QKP (Catalunya)", "ZSO (Catalunya)"], ["x-qkp-catalunya", "x-zso-catalunya"]),
        # a qualifier alone, after a known abbreviation and an unknown one
        (["XKP (m-l)", "QKP (m-l)"], ["x-xkp-m-l", "x-qkp-m-l"]),
        # letters
        (["QKP(AO)", "ZSO(AO)", "QKP (r)"], ["x-qkp-ao", "x-zso-ao", "x-qkp-r"]),
    ],
)
def test_the_bracket_narrows_the_abbreviation(written: list[str], keys: list[str]) -> None:
    assert _keys(written) == keys


def test_a_bracket_that_says_what_the_organisation_is_names_it() -> None:
    """A name with a word of a kind of organisation in the bracket, or a name before the
    bracket, is named as before."""
    assert _keys(["Zeta Kite Party (QKP)", "QKP (Spain)", "XKP"]) == [
        "x-zeta-kite-party",
        "x-qkp-es",
        "xandian-kite-party",
    ]
