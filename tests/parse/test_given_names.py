"""Nothing invented: a person's name in a run of bodies' names signs nothing. An entry written
as a person's name (two or three capitalised words, nothing of an organisation) that opens with a
given name (``given_names`` of ``orgwords.yaml``), perhaps with a bracket after it (their role or
their body), is a person's, whatever stands beside it; a body's name written as a person's opens
with none and still signs. Names, places and bodies are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import given_named

from .prose import PROSE
from .reading import lists_of, read_text

#: A run of bodies with persons among them (one a line in German), and the bodies that sign.
RUNS = {
    "it": (
        "Hanno aderito: Comitato Zetgrado Libera, Paolo Zettini, Osservatorio contro "
        "la Guerra, Unione Inquilini di Zetgrado, Giorgio Xandri, Rete dei Lavoratori, Luca "
        "Ypsini (XAP Zetgrado), Xandia Libera",
        [
            "Comitato Zetgrado Libera",
            "Osservatorio contro la Guerra",
            "Unione Inquilini di Zetgrado",
            "Rete dei Lavoratori",
            "Xandia Libera",
        ],
    ),
    "de": (
        "Unterzeichnende:\n\nZetland Solidarisch\nAndreas Ypsner\nBündnis Xandia\nPetra Zollmann\n"
        "Netzwerk Ostland",
        ["Zetland Solidarisch", "Bündnis Xandia", "Netzwerk Ostland"],
    ),
}


@pytest.mark.parametrize("language", sorted(RUNS))
def test_a_person_s_name_among_bodies_signs_nothing(language: str) -> None:
    run, bodies = RUNS[language]
    document = read_text(f"Xandia appeal\n\n{PROSE[language]}\n\n{run}\n")
    assert lists_of(document) == [bodies]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Paolo Zettini", True),
        ("Anna Xandova", True),
        ("Γιώργος Ζεττάς", True),
        ("Luca Ypsini (XAP Zetgrado)", True),  # their body in a bracket after the name
        ("Zee Land", False),  # a body's name written as a person's: no given name
        ("Paolo Zettini Foundation", False),  # a word for a kind
        ("Maria", False),  # a given name alone
        ("Anna Zet Ypsi Xan", False),  # four words: no person's name as written
    ],
)
def test_a_given_name_opens_a_person_s_name(text: str, person: bool) -> None:
    assert given_named(text) is person
