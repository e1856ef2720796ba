"""A list whose markers stand alone on their lines, each above its entry (as a page copied from a
document lays its bullets out: "-" / "Xandia Union ;" / "-" / ...), is the list of those entries."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: An argument, a heading, then the entries each under a marker alone on its line.
TEXTS = {
    "fr": (
        "Les dockers de Zetland sont en grève depuis trois semaines pour un travail sûr et un"
        " salaire juste. La violence contre eux doit cesser immédiatement.",
        "Signataires :",
        ["Syndicat Xandien des Dockers", "Fédération Zetlandaise du Commerce", "XKP"],
    ),
    "de": (
        "Seit drei Wochen streiken die Hafenarbeiter in Zetland für sichere Arbeit und gerechten"
        " Lohn. Die Gewalt gegen sie muss sofort aufhören.",
        "Unterzeichner:",
        ["Xandische Hafengewerkschaft", "Bund der Jugend Zetlands", "XKP"],
    ),
    "en": (
        "The dock workers of Zetland have been on strike for three weeks for safe work and fair"
        " pay. The violence used against them must end at once.",
        "Signatories:",
        ["Xandia Dockers' Union", "Zetland Teachers' Federation", "XKP"],
    ),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_markers_alone_on_their_lines_mark_the_lines_under_them(language: str) -> None:
    argument, heading, names = TEXTS[language]
    entries = "\n".join(f"-\n{name} ;" for name in names)
    assert lists_of(read_text(f"{argument}\n\n{heading}\n{entries}\n")) == [names]


def test_a_lone_marker_before_a_marked_line_marks_nothing() -> None:
    argument, heading, names = TEXTS["en"]
    entries = "-\n" + "\n".join(f"- {name}" for name in names)
    assert lists_of(read_text(f"{argument}\n\n{heading}\n{entries}\n")) == [names]
