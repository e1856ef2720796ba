"""Nothing invented: a given name that is a country's word too (Italian "Maurizio", the word
for Mauritius) opens a person's name, so a line of a mayor's name and post is a person's, as the
same line with any other given name is. The words after the given name may still name a
country. Names, places and posts are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import given_named, person_line, person_shaped

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of

#: A list of mayors under a cue, each line a person's name and their post: no body signs.
MAYORS = [
    "Paolo Zettini, sindaco di Zetgrado",
    "Maurizio Xandri, sindaco di Ypsilonia",
    "Luca Ostini, sindaco di Borgo Zeta",
    "Maurizio Ypsi, sindaco di Monte Xandro",
]


def test_mayors_whose_given_name_is_a_country_s_word_sign_nothing() -> None:
    lines = "\n".join(f"- {line}" for line in MAYORS)
    text = f"Lettera dei sindaci\n\n{PROSE['it']}\n\nI sindaci che hanno firmato\n{lines}\n"
    document = read_text(text)
    assert lists_of(document) == []
    assert [t for t, reason in skipped_of(document) if reason == "person"] == MAYORS


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Maurizio Zettini", True),  # the given name is a country's word: still a person
        ("Maurizio Zettini Ypsi", True),
        ("Maurizio Italia", False),  # the word after it names a country
        ("Zetland Maurizio", False),  # no given name opens it
    ],
)
def test_a_given_name_that_is_a_country_s_word_opens_a_person_s_name(
    text: str, person: bool
) -> None:
    assert person_shaped(text) is person
    assert given_named(text) is person


def test_a_mayor_s_line_with_such_a_given_name_is_a_person_s() -> None:
    assert person_line("Maurizio Zettini, sindaco di Zetgrado") == ("person", -1)
