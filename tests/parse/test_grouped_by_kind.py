"""Lists grouped one a line by the kind of their names ("The federations A, B, C." / "The unions
A, D, E."): each line is a list of its own, and keeps the word naming its kind, which tells the
federation of a trade from its union. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Per language: the signing line, then each group's line: its lead and its names.
GROUPS = {
    "en": (
        "Signed by:",
        ("The federations", ["Xandia Textile Workers", "Zetland Builders", "Lakeland Printers"]),
        ("The unions", ["Xandia Textile Workers", "Lakeland Dockers", "Zetland Bakers"]),
        ("federations", "unions"),
    ),
    "el": (
        "Το κάλεσμα μέχρι στιγμής υπογράφουν:",
        (
            "Οι Ομοσπονδίες",
            ["Κλωστοϋφαντουργών Ξάνδιας", "Οικοδόμων Ζετλανδίας", "Τυπογράφων Λέικλαντ"],
        ),
        (
            "Τα Συνδικάτα",
            ["Κλωστοϋφαντουργών Ξάνδιας", "Λιμενεργατών Λέικλαντ", "Αρτοποιών Ζετλανδίας"],
        ),
        ("Ομοσπονδίες", "Συνδικάτα"),
    ),
    "es": (
        "Firman:",
        (
            "Las federaciones",
            ["Textil de Xandia", "Construcción de Zetland", "Artes Gráficas de Lakeland"],
        ),
        ("Los sindicatos", ["Textil de Xandia", "Portuarios de Lakeland", "Panaderos de Zetland"]),
        ("federaciones", "sindicatos"),
    ),
}


#: Lines of one name each that may stand above the groups.
OPENING = ["Xandia Trades Council.", "Zetland Trades Council."]


@pytest.mark.parametrize("language", sorted(GROUPS))
@pytest.mark.parametrize("opening", [0, 1, 2])
def test_groups_by_kind_are_lists_that_keep_their_kind(language: str, opening: int) -> None:
    cue, (first, firsts), (second, seconds), kinds = GROUPS[language]
    lines = [cue, *OPENING[:opening]]
    lines += [f"{first} {', '.join(firsts)}.", f"{second} {', '.join(seconds)}."]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    alone = [[n.rstrip(".") for n in OPENING[:opening]]] if opening else []
    assert lists_of(document) == [*alone, firsts, seconds]
    assert [s.group for s in document.sections] == [None] * bool(opening) + list(kinds)
