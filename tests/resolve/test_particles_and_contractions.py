"""Two ways a running text or a list writes a name that the resolver read as another name: a
Korean particle joined to the name's last word ("Zeta공산당은": the Zeta communist party, as the
subject of a sentence), and a type word written short before a country ("CP Andorra": the
Communist Party of Andorra, not an abbreviation CP beside Andorra)."""

from __future__ import annotations

from kzld.resolve.orgs.authority import Authority, AuthorityEntry

from .resolving import keys_of

EMPTY = Authority(())


def test_a_korean_particle_after_a_name_is_no_part_of_it() -> None:
    keys = keys_of(
        EMPTY, ["제타공산당", "제타공산당은", "제타 공산당과", "제타공산당의", "제타공산당에서"]
    )
    assert len(set(keys)) == 1
    # a syllable that is no particle is part of the name ("원": member)
    assert keys_of(EMPTY, ["제타공산당원"]) != keys[:1]


def test_a_type_word_written_short_before_a_country_is_a_name() -> None:
    # "CP" is expanded even alone, which hid it from the test for a type word written short
    andorran = AuthorityEntry(
        key="andorran-communists",
        name="Communist Party of Andorra",
        country="AD",
        kinds=("party",),
    )
    names = ["CP Andorra", "CP of Andorra", "Andorran CP", "CP Iceland"]
    assert keys_of(Authority((andorran,)), names) == [
        "andorran-communists",
        "andorran-communists",
        "andorran-communists",
        "x-communist-party-is",
    ]
