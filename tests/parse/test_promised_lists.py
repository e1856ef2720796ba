"""A text that opens saying who signs it ("We, the undersigned organisations, ...") and closes
with their names, one a line with no cue of their own: those names sign, however few type words
or capitals they have. Without such an opening, the same closing lines are no list. Names are
made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: An opening that says who signs, and short names that close the text.
PROMISED = {
    "ar": (
        "نحن الموقعون أدناه،",
        [
            "- زتلاند ووتش",
            "- بِكساند",
            "- أمنستي – إكسانديا",
            "- يِش زِت",
            "- عَقَفيت",
            "- مركز عدالة زتلاند",
        ],
    ),
    "en": (
        "We, the undersigned,",
        [
            "- Xandia Watch",
            "- Bekzand",
            "- Ypsilon – Zetland",
            "- Yesh Zet",
            "- Akavot",
            "- Adalah Zetland",
        ],
    ),
    "de": (
        "Wir, die unterzeichnenden Gruppen,",
        [
            "- Xandia Watch",
            "- Bekzand",
            "- Ypsilon – Zetland",
            "- Jesch Zet",
            "- Akavot",
            "- Adalah Zetland",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(PROMISED))
def test_names_closing_a_text_that_opened_with_its_signers_sign(language: str) -> None:
    opening, names = PROMISED[language]
    body = f"{PROSE[language]}\n\n{PROSE[language]}"
    text = f"{opening}\n{body}\n\n" + "\n".join(names) + "\n"
    assert [n.removeprefix("- ") for n in names] in lists_of(read_text(text))


@pytest.mark.parametrize("language", sorted(PROMISED))
def test_the_same_names_without_the_opening_are_no_list(language: str) -> None:
    _, names = PROMISED[language]
    body = f"{PROSE[language]}\n\n{PROSE[language]}"
    text = f"Title\n\n{body}\n\n" + "\n".join(names) + "\n"
    assert [n.removeprefix("- ") for n in names] not in lists_of(read_text(text))
