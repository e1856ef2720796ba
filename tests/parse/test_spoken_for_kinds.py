"""A body named in sentence case, in its case, right before the post of a person who speaks for
it ("Xandijas skolotāju arodbiedrības priekšsēdētāja Anna Zete sacīja, ..."): the name runs back
from the type word that ends it over words in lower case to its capitals, and is taken as the text
writes it. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a news text whose body speaks only through its officer's post, and that body.
SPOKEN = {
    # Latvian: the body in the genitive in sentence case, the post, the person, "sacīja" (said)
    "lv": (
        f"Skolotāji streikos\n\n{PROSE['lt']}\n\n"
        "Xandijas skolotāju arodbiedrības priekšsēdētāja Anna Zete sacīja, ka streiks "
        "turpināsies līdz algu izmaksai.\n",
        ["Xandijas skolotāju arodbiedrības"],
    ),
    # Lithuanian: a quotation, the verb, then the body in the genitive in sentence case, the
    # post and the person closing the sentence
    "lt": (
        f"Mokytojai streikuos\n\n{PROSE['lt']}\n\n"
        "„Mes nesustosime, kol atlyginimai nebus išmokėti“, – pareiškė Xandijos mokytojų "
        "profesinės sąjungos pirmininkas Jonas Zetaitis.\n",
        ["Xandijos mokytojų profesinės sąjungos"],
    ),
    # Finnish: the body in the genitive in sentence case, the post, the person, "totesi"
    # (stated)
    "fi": (
        f"Opettajat lakkoon\n\n{PROSE['lt']}\n\n"
        "Xandian opettajien ammattiliiton puheenjohtaja Matti Zetanen totesi, "
        "että lakko jatkuu palkkojen maksuun asti.\n",
        ["Xandian opettajien ammattiliiton"],
    ),
}


@pytest.mark.parametrize("language", sorted(SPOKEN))
def test_a_body_in_sentence_case_before_a_speakers_post_signs(language: str) -> None:
    text, signers = SPOKEN[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # the post of "the union", no name before it
        f"Skolotāji streikos\n\n{PROSE['lt']}\n\n"
        "Arī arodbiedrības priekšsēdētāja Anna Zete sacīja, ka streiks turpināsies.\n",
        # words in lower case before the kind, no capital opening them
        f"Skolotāji streikos\n\n{PROSE['lt']}\n\n"
        "Pēc sapulces skolotāju arodbiedrības priekšsēdētāja Anna Zete sacīja, ka streiks "
        "turpināsies.\n",
    ],
)
def test_a_kind_with_no_name_before_a_post_signs_nothing(text: str) -> None:
    assert outside_of(read_text(text)) == []
