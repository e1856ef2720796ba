"""Leaders' lines under a list of bodies: a line of a person's initials and surname ("A. ZET",
"M.ROE |", two leaders parted by a slash) names a person, never an organisation, in any script
written with capitals; the bodies above them sign. Names and sentences are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_initialled_person

from .prose import PROSE
from .reading import lists_of, read_text

#: A place-and-date line, the bodies' lines, their leaders' lines in the same order, the bodies.
LEADERS = {
    "it": (
        "Zetgrado, 3 marzo 2021",
        ["XFL SANITA |", "Unione Zetlandese del Lavoro |", "ZTA Scuola |"],
        ["P.ZETTI |", "L. DE XANDI |", "R. YPSI / T. ZOLLO |"],
        ["XFL SANITA", "Unione Zetlandese del Lavoro", "ZTA Scuola"],
    ),
    "ru": (
        "Зетград, 3 марта 2021 г.",
        ["Профсоюз Ксандии", "Зетландская федерация труда", "ЙПСИ-Союз"],
        ["А. ЗЕТОВ", "Б. В. КСАНОВА", "И. ЙПСИН"],
        ["Профсоюз Ксандии", "Зетландская федерация труда", "ЙПСИ-Союз"],
    ),
    "el": (
        "Ζέτπολη, 3 Μαρτίου 2021",
        ["Ένωση Εργαζομένων Ξάνδιας", "Ομοσπονδία Ζετλάνδης", "ΨΣΕ"],
        ["Α. ΖΕΤΑΣ", "Κ. Ξανθέας", "Μ. ΨΙΛΟΥ"],
        ["Ένωση Εργαζομένων Ξάνδιας", "Ομοσπονδία Ζετλάνδης", "ΨΣΕ"],
    ),
}


@pytest.mark.parametrize("language", sorted(LEADERS))
def test_leaders_lines_under_the_bodies_sign_nothing(language: str) -> None:
    dateline, bodies, leaders, signers = LEADERS[language]
    text = "\n".join([PROSE[language], dateline, *bodies, *leaders]) + "\n"
    found = lists_of(read_text(text))
    assert [[e.removesuffix(" |") for e in section] for section in found] == [signers]


@pytest.mark.parametrize(
    "line",
    ["A. Zet", "M.ROE |", "B. DE ZET / C. YPSI |", "Ж. ЗЕТОВ", "Α. Β. ΞΑΝΘΟΣ", "A. Roe van Zet"],
)
def test_a_line_of_initials_and_a_surname_is_a_person(line: str) -> None:
    assert is_initialled_person(line)


@pytest.mark.parametrize(
    "line",
    ["XFL SANITA |", "ZTA P.I.", "X.Y.Z.", "X.Y. Zetland", "A. Xandia Party", "Zet A.", "A. B"],
)
def test_abbreviations_and_bodies_are_no_initialled_person(line: str) -> None:
    assert not is_initialled_person(line)
