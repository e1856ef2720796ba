"""The organisation authority: the shipped file is valid, and bad files get clear errors."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kzld.derived import CACHE_ENV
from kzld.errors import AuthorityError, KzldError
from kzld.model.records import Name
from kzld.resolve.orgs.authority import KINDS, load_authority

GOOD = """\
organisations:
  - key: communist-party-of-lakeland
    name: Communist Party of Lakeland
    names: {de: Kommunistische Partei Seelands}
    abbreviations: [CPL]
    country: 'NO'
    kinds: [party]
"""


def test_shipped_authority_loads_and_is_consistent() -> None:
    authority = load_authority()
    assert len(authority) >= 120
    keys = [entry.key for entry in authority]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert all(set(entry.kinds) <= set(KINDS) for entry in authority)
    greece = authority.organisation("communist-party-of-greece")
    assert greece.country == "GR"
    assert Name("Κομμουνιστικό Κόμμα Ελλάδας", "el") in greece.names
    assert greece.names[0] == Name("Communist Party of Greece", "en")
    assert "KKE" in greece.abbreviations


def test_soviet_parties_are_kept_apart() -> None:
    authority = load_authority()
    today = authority.entry("communist-party-of-the-soviet-union")
    historical = authority.entry("communist-party-of-the-soviet-union-1912-1991")
    assert today.key != historical.key and today.name != historical.name


def test_minimal_file(tmp_path: Path) -> None:
    path = tmp_path / "orgs.yaml"
    path.write_text(GOOD, encoding="utf-8")
    authority = load_authority(path)
    org = authority.organisation("communist-party-of-lakeland")
    assert org.names == (
        Name("Communist Party of Lakeland", "en"),
        Name("Kommunistische Partei Seelands", "de"),
    )
    assert org.country == "NO" and org.kinds == ("party",) and org.known


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("kinds: [party]", "kinds: [club]"), "kind 'club' is not one of party"),
        (("country: 'NO'", "country: XX"), "country 'XX' is not an ISO 3166-1 alpha-2 code"),
        (("key: communist-party-of-lakeland", "key: Communist Party"), "must be a slug"),
        (("key: communist-party-of-lakeland", "key: x-lakeland"), "may not start with 'x-'"),
        (("    kinds: [party]", "    kinds: [party]\n    colour: red"), "unknown field(s) colour"),
        (("names: {de:", "names: {German:"), "'German' is not a BCP 47 language tag"),
        (
            ("    kinds: [party]", "    kinds: [party]\n    founded: 1990\n    named: 1980"),
            "named (1980) is before founded (1990)",
        ),
    ],
)
def test_bad_entry_is_named_with_file_line_and_key(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = tmp_path / "orgs.yaml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(AuthorityError) as caught:
        load_authority(path)
    text = str(caught.value)
    assert f"{path}:2: entry 1" in text
    assert message in text
    assert isinstance(caught.value, KzldError)


def test_name_claimed_by_two_entries(tmp_path: Path) -> None:
    second = GOOD.split("\n", 1)[1].replace("key: communist-party-of-lakeland", "key: other")
    path = tmp_path / "orgs.yaml"
    path.write_text(GOOD + second.replace("abbreviations: [CPL]", "forms: [CP of Lakeland]"))
    clash = "entry other: name 'communist party of lakeland' is also a name of "
    with pytest.raises(
        AuthorityError, match=re.escape(clash + "communist-party-of-lakeland (line 2)")
    ):
        load_authority(path)


def test_duplicate_key_and_bad_yaml(tmp_path: Path) -> None:
    path = tmp_path / "orgs.yaml"
    path.write_text(GOOD + GOOD.split("\n", 1)[1].replace("Lakeland", "Lakeland Two"))
    with pytest.raises(
        AuthorityError, match="key communist-party-of-lakeland repeats the entry at line 2"
    ):
        load_authority(path)
    path.write_text("organisations:\n  - key: [unclosed\n")
    with pytest.raises(AuthorityError, match="not valid YAML"):
        load_authority(path)
    with pytest.raises(AuthorityError, match="cannot read"):
        load_authority(tmp_path / "missing.yaml")


def test_entries_kept_between_runs_are_the_entries_read(tmp_path: Path) -> None:
    """The entries kept under the file's text are those reading it gives, the file is read
    anew once edited, and a file with a problem is refused each time (never kept)."""
    path = tmp_path / "organisations.yaml"
    path.write_text(GOOD, encoding="utf-8")
    first = load_authority(path)
    kept = list((Path(os.environ[CACHE_ENV]) / "authority").glob("organisations.json"))
    assert len(kept) == 1
    again = load_authority(path)
    assert again.entries == first.entries and again.path == path
    assert again.entry("communist-party-of-lakeland").line == 2
    path.write_text(GOOD.replace("abbreviations: [CPL]", "abbreviations: [CPL, KPS]"))
    edited = load_authority(path)
    assert edited.entry("communist-party-of-lakeland").abbreviations == ("CPL", "KPS")
    path.write_text(GOOD.replace("country: 'NO'", "country: Lakeland"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(AuthorityError, match=re.escape("organisations.yaml:2")):
            load_authority(path)
