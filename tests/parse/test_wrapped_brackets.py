"""A sentence the page wrapped inside a round bracket: the bracket opened on one line (or on the
next line, which opens in lower case) and closed on a later one makes the lines one, with the
lines after it that open in lower case ("The workers' unions" / "of Zetland (Union of Xandian" /
"Technicians, ...)" / "express their support ..."): the names in the bracket are read whole.
A bracket that no line closes, or one after which its line holds no letter (anti-copy noise:
"zed.zt("), joins nothing. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.text import split_lines
from kzld.parse.wrapping import logical_lines

from .reading import outside_of, read_text

_ARGUMENT = {
    "en": "Nobody asks for more than a steady job, safety at work and a wage to live on.",
    "el": "Κανείς δεν ζητά τίποτα περισσότερο από σταθερή δουλειά και ασφάλεια στη δουλειά.",
    "de": "Niemand verlangt mehr als eine sichere Arbeit und einen Lohn, von dem man leben kann.",
}


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "en",
            "SOLIDARITY WITH THE MINERS\nThe workers' unions\nof Zetland (Union of Xandian\n"
            "Technicians, Federation of Metal\nWorkers of Zetland, Union of Builders of\n"
            "Ypsiland)\nexpress their support to the miners of the north.\n",
            [
                "Union of Xandian Technicians",
                "Federation of Metal Workers of Zetland",
                "Union of Builders of Ypsiland",
            ],
        ),
        (
            "el",
            "ΑΛΛΗΛΕΓΓΥΗ ΣΤΟΥΣ ΑΠΕΡΓΟΥΣ\nΤα εργατικά σωματεία\nτης Ξάνθιας (Σωματείο\n"
            "Τεχνικών Ξάνθιας, Συνδικάτο Οικοδόμων\nστα Δομικά Έργα και τις Κατασκευές Ζέτλαντ, "
            "Σωματείο Εργαζομένων\nστις Μεταφορές Υψιλάντ)\nεκφράζουμε τη συμπαράστασή μας "
            "στους απεργούς.\n",
            [
                "Σωματείο Τεχνικών Ξάνθιας",
                "Συνδικάτο Οικοδόμων στα Δομικά Έργα και τις Κατασκευές Ζέτλαντ",
                "Σωματείο Εργαζομένων στις Μεταφορές Υψιλάντ",
            ],
        ),
        (
            "de",
            "SOLIDARITÄT MIT DEN STREIKENDEN\nDie Gewerkschaften\nder Region (Xandische "
            "Lehrergewerkschaft,\nZetländer Metallverband, Bund der\nYpsiländer Bauarbeiter)\n"
            "erklären ihre Solidarität mit den Streikenden.\n",
            [
                "Xandische Lehrergewerkschaft",
                "Zetländer Metallverband",
                "Bund der Ypsiländer Bauarbeiter",
            ],
        ),
    ],
)
def test_names_in_a_bracket_the_page_wrapped_are_read_whole(
    language: str, text: str, names: list[str]
) -> None:
    document = read_text(f"{text}\n{_ARGUMENT[language]}\n")
    assert [" ".join(name.split()) for name in outside_of(document)] == names


def _logical(text: str) -> list[str]:
    lines = split_lines(text)
    return [line.content for line in logical_lines(lines, set()).lines if line.content]


def test_a_bracket_no_line_closes_joins_nothing() -> None:
    text = "The unions of Zetland (Union of Xandian\nTechnicians, Federation\nWorkers\n"
    assert len(_logical(text)) == 3


def test_a_bracket_with_no_word_after_it_joins_nothing() -> None:
    text = "Read it on zed.zt(\nXandian Union\nZetland Party)\n"
    assert _logical(text) == ["Read it on zed.zt(", "Xandian Union", "Zetland Party)"]


def test_the_lines_of_a_bracket_and_the_sentence_around_it_are_one() -> None:
    # the line that opens the bracket opens in lower case: it goes on with the line before
    text = "The unions\nof Zetland (Xandian Union,\nYpsiland League)\ndeclare a strike.\n"
    assert _logical(text) == [
        "The unions of Zetland (Xandian Union, Ypsiland League) declare a strike."
    ]
