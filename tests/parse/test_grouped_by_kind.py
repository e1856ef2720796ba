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


@pytest.mark.parametrize("language", sorted(GROUPS))
@pytest.mark.parametrize("opening", [True, False])
def test_groups_by_kind_are_lists_that_keep_their_kind(language: str, opening: bool) -> None:
    cue, (first, firsts), (second, seconds), kinds = GROUPS[language]
    lines = [cue, "Xandia Trades Council."] if opening else [cue]
    lines += [f"{first} {', '.join(firsts)}.", f"{second} {', '.join(seconds)}."]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    found = lists_of(document)
    assert found[-2:] == [firsts, seconds]
    assert len(found) == (3 if opening else 2)
    assert [s.group for s in document.sections][-2:] == list(kinds)
    if opening:
        assert document.sections[0].group is None  # a line of one name names no kind
