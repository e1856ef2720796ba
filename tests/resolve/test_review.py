"""The review suggests new organisations that may be one: names spelt alike (a misspelling, an
inflected ending) in other documents, never two names that differ by a word, names of type
words alone, two countries, or names in a script written without spaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzld.cli import main
from kzld.model.records import Entry, Span
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, load_authority
from kzld.resolve.orgs.review import SPELT_ALIKE


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority()


def suggested(authority: Authority, *names: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each new organisation's suggestions, the names resolved one per document."""
    resolver = OrganisationResolver(authority)
    for number, name in enumerate(names):
        entry = Entry(1, name, Span(0, len(name)), name, None)
        resolver.resolve_entry(entry, language=None, document=f"d{number}.txt")
    return {doubt.key: doubt.alike for doubt in resolver.report().doubts if doubt.is_new}


def test_a_misspelt_name_and_an_inflected_one_are_suggested_as_one(authority: Authority) -> None:
    found = suggested(
        authority,
        "Zetlandic Writers Association",
        "Zetlandic Writers Assocation",
        "Zetlandic Writer's Associationen",
    )
    misspelt, written, inflected = (
        "x-zetlandic-writers-assocation",
        "x-zetlandic-writers-association",
        "x-zetlandic-writers-associationen",
    )
    assert found == {
        written: ((misspelt, SPELT_ALIKE), (inflected, SPELT_ALIKE)),
        misspelt: ((written, SPELT_ALIKE), (inflected, SPELT_ALIKE)),
        inflected: ((misspelt, SPELT_ALIKE), (written, SPELT_ALIKE)),
    }


@pytest.mark.parametrize(
    "names",
    [
        # one word differs: two councils of one federation
        ("Rada Zetlandu Norwickiego", "Rada Zetlandu Eastholmskiego"),
        # a word more
        ("Zetlandic Writers Association", "Zetlandic Writers Association Norwick"),
        # type words alone name one organisation in each country
        ("Socialist Workers Party", "Socialist Worker Party"),
        # too short to tell
        ("Zeta Union", "Zeto Union"),
        # a script written without spaces: common syllables, not one name
        ("全国泽塔联合会", "全国泽塔联盟会"),
    ],
)
def test_names_not_spelt_alike_are_not_suggested(
    authority: Authority, names: tuple[str, str]
) -> None:
    found = suggested(authority, *names)
    assert len(found) == 2
    assert all(alike == () for alike in found.values())


def test_two_countries_are_never_suggested_as_one(authority: Authority) -> None:
    found = suggested(
        authority, "Zetlandic Writers Association (Italy)", "Zetlandic Writers Assocation (Spain)"
    )
    assert len(found) == 2
    assert all(alike == () for alike in found.values())


def test_the_review_says_why_in_every_format(tmp_path: Path) -> None:
    names = ["Zetlandic Writers Association", "Zetlandic Writers Assocation"]
    for number, name in enumerate(names):
        (tmp_path / f"s{number}.txt").write_text(
            f"Joint statement {number + 1}\n\nWe stand with the strikers.\n\nSignatories:\n\n"
            f"1. {name}\n2. Xandian Bakers Guild\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(main, ["orgs", "--seeds", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    items = {item["key"]: item["may_be"] for item in json.loads(result.output)["review"]["names"]}
    assert items["x-zetlandic-writers-association"] == [
        {"key": "x-zetlandic-writers-assocation", "spelt_alike": True}
    ]
    assert items["x-xandian-bakers-guild"] == []
    result = CliRunner().invoke(main, ["orgs", "--seeds", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "may be the same as: x-zetlandic-writers-assocation (spelt alike)" in result.output
