"""Nothing invented: an entry written as a person's name that the text writes elsewhere after a
person's title or with a post after a comma is a person's, and signs nothing; the bodies beside
it still sign, and without that other mention the same entry signs. Names, places and bodies are
made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.persons import named_as_person

from .prose import PROSE
from .reading import read_text

#: A run of signers holding a person's name, and the paragraph that writes that name with a post
#: after a comma or a person's title before it.
NAMED_SO = {
    "en": (
        f"Unions call for a general strike\n\n{PROSE['en']}\n\nThe call is signed by: Xandia "
        "Workers' Union, Zetland Teachers' Federation, Ivo Roe, Ypsilon Tenants' League.\n",
        "Ivo Roe, general secretary of the dockers, spoke after the vote.\n",
    ),
    "de": (
        f"Gewerkschaften rufen zum Streik auf\n\n{PROSE['de']}\n\nUnterzeichnet haben: "
        "Gewerkschaft Xandia, Zetland Lehrerverband, Wendelin Zettel, Mieterverein Ypsilon.\n",
        "Genossin Wendelin Zettel sprach nach der Abstimmung.\n",
    ),
    "sr": (
        "Sindikati pozivaju na štrajk\n\nPoziv su potpisali: Sindikat Xandija, Savez učitelja "
        "Zetlanda, Ivo Roević, Udruženje stanara Ypsilon.\n",
        "Ivo Roević, predsednik sindikata, govorio je posle glasanja.\n",
    ),
}

#: What each text's run names: the bodies, and the person third among them.
SIGNERS = {
    "en": ["Xandia Workers' Union", "Zetland Teachers' Federation", "Ypsilon Tenants' League"],
    "de": ["Gewerkschaft Xandia", "Zetland Lehrerverband", "Mieterverein Ypsilon"],
    "sr": ["Sindikat Xandija", "Savez učitelja Zetlanda", "Udruženje stanara Ypsilon"],
}
PERSONS = {"en": "Ivo Roe", "de": "Wendelin Zettel", "sr": "Ivo Roević"}


def _signers(text: str) -> list[str]:
    return [e.raw for s in read_text(text).sections for e in s.entries]


@pytest.mark.parametrize("language", sorted(NAMED_SO))
def test_a_person_named_with_a_post_or_a_title_signs_nothing(language: str) -> None:
    run, named = NAMED_SO[language]
    assert _signers(f"{run}\n{named}") == SIGNERS[language]


@pytest.mark.parametrize("language", sorted(NAMED_SO))
def test_named_nowhere_else_the_same_entry_signs(language: str) -> None:
    run, _ = NAMED_SO[language]
    bodies = SIGNERS[language]
    assert _signers(run) == [*bodies[:2], PERSONS[language], bodies[2]]


def test_a_name_after_a_comma_is_no_person_for_the_post_after_it() -> None:
    text = "Ana Zet & Ivo Roe, Zee Land, coordinators of the network\n"
    assert not named_as_person("Zee Land", text)
    assert named_as_person("Ivo Roe", "Ivo Roe, general secretary of the network\n")
