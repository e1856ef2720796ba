"""A letter's heading lines under a headline that names its signers by kind: the headline
printed again and the line saying whom the letter goes to ("to the ...") are no list, and the
headline stays the title. Names and sentences are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: A headline with a word of signing, the headline again with an article, the address going on
#: from it, a date line.
HEADINGS = {
    "en": (
        "Open Appeal signed by Groups across Xandia and Zetland",
        "An Open Appeal signed by Groups across Xandia and Zetland",
        "to the Zetgrad Assembly of Delegates",
        "April 4, 2019",
    ),
    "de": (
        "Offener Appell unterzeichnet von Gruppen aus Xandien",
        "Ein offener Appell unterzeichnet von Gruppen aus Xandien",
        "an die Versammlung der Zetländer Räte",
        "4. April 2019",
    ),
}


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_a_letters_heading_lines_are_no_list(language: str) -> None:
    headline, again, address, dateline = HEADINGS[language]
    text = "\n".join([headline, again, address, dateline, PROSE[language]]) + "\n"
    document = read_text(text)
    assert lists_of(document) == []
    assert document.versions[0].title == headline


#: A letter's own heading: a joint letter about two bodies, named after a word saying what it
#: is about; they are its topic and sign nothing.
TOPICS = {
    "en": "Xandia: Joint letter against a new rule concerning the Zetland Forum and Ypsi Council",
    "de": "Xandia: Gemeinsamer Brief gegen eine Regel betreffend Zetland Forum und Ypsi Rat",
}


@pytest.mark.parametrize("language", sorted(TOPICS))
def test_bodies_a_joint_letter_is_about_sign_nothing(language: str) -> None:
    text = "\n".join(["Xandia news", TOPICS[language], PROSE[language]]) + "\n"
    assert outside_of(read_text(text)) == []
