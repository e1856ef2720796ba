"""A numbered list whose page dropped one number's full stop ("2. X", "3 Y", "4. Z"): the bare
number is an item's marker when it is the list's next number, and only then. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Each language: the heading of the list and four signers.
LISTS = {
    "fr": (
        "Signataires :",
        [
            "Parti ouvrier de Xandia",
            "Parti communiste de Zetland",
            "Union des travailleurs xandiens",
            "Front populaire de Zetland",
        ],
    ),
    "en": (
        "Signatories:",
        [
            "Xandia Workers Party",
            "Communist Party of Zetland",
            "Union of Xandian Workers",
            "Zetland Popular Front",
        ],
    ),
    "de": (
        "Unterzeichner:",
        [
            "Arbeiterpartei Xandias",
            "Kommunistische Partei Zetlands",
            "Gewerkschaft der Xandier",
            "Volksfront Zetland",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_the_next_number_without_its_full_stop_marks_an_item(language: str) -> None:
    heading, names = LISTS[language]
    marks = ["1. ", "2. ", "3 ", "4. "]
    listed = "\n".join(m + n for m, n in zip(marks, names, strict=True))
    document = read_text(f"{PROSE[language][:40]}\n\n{PROSE[language]}\n\n{heading}\n{listed}\n")
    assert lists_of(document) == [names]


def test_a_bare_number_that_is_not_the_next_one_is_no_item() -> None:
    heading, names = LISTS["en"]
    listed = "\n".join(f"{k}. {n}" for k, n in enumerate(names[:3], 1))
    text = f"{PROSE['en'][:40]}\n\n{PROSE['en']}\n\n{heading}\n{listed}\n7 Days of action follow.\n"
    assert lists_of(read_text(text)) == [names[:3]]
