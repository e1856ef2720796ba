"""A line marked by a dash that opens a declaration's clause and names its signers after the
clause's colon ("– we, the confederations members of the X Council, namely: A, B, C") is an
enumeration of those names, not one entry; a line of two, a person's name and under it the post
the person holds, is a sign-off, no list of two signers. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: The declaration's opening clause, a dash before it, and the names after its colon.
CLAUSES = {
    "ru": (
        "– мы, профсоюзные конфедерации, члены Регионального совета Зетланда, а именно: ",
        [
            "КОНФЕДЕРАЦИЯ НЕЗАВИСИМЫХ ПРОФСОЮЗОВ КСАНДИИ",
            "АССОЦИАЦИЯ СВОБОДНЫХ ПРОФСОЮЗОВ ЗЕТЛАНДА",
            "СОЮЗ АВТОНОМНЫХ ПРОФСОЮЗОВ ИПСИЛАНДА",
        ],
    ),
    "en": (
        "– we, the trade union confederations of the Zetland Regional Council, namely: ",
        [
            "Confederation of Independent Unions of Xandia",
            "Association of Free Trade Unions of Zetland",
            "Union of Autonomous Trade Unions of Ypsiland",
        ],
    ),
    "es": (
        "– nosotras, las confederaciones sindicales del Consejo Regional de Zetlandia, a saber: ",
        [
            "Confederación de Sindicatos Independientes de Xandia",
            "Asociación de Sindicatos Libres de Zetlandia",
            "Unión de Sindicatos Autónomos de Ypsilandia",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CLAUSES))
def test_a_dashed_clause_names_its_signers_after_its_colon(language: str) -> None:
    clause, names = CLAUSES[language]
    prose = PROSE[language]
    text = f"{prose[:40]}\n\n{prose}\n\n{clause}{', '.join(names)},\n\n{prose}\n"
    assert lists_of(read_text(text)) == [names]


#: A person's name, the post under it, and a word of signing in the paragraph above.
SIGN_OFFS = {
    "sl": (
        "Ljudje so zbirali podpise za referendum o pokojninah do poznega večera.",
        "Ana KOVAČ",
        "Izvršna sekretarka XZS",
    ),
    "en": (
        "Thousands of people signed the petition for a referendum on pensions today.",
        "Jane DOE",
        "Executive secretary of the XTU",
    ),
    "de": (
        "Tausende haben heute die Petition für eine Volksabstimmung unterschrieben.",
        "Hans Meier",
        "Geschäftsführender Sekretär der XGB",
    ),
}


@pytest.mark.parametrize("language", sorted(SIGN_OFFS))
def test_a_name_and_its_post_under_it_are_a_sign_off(language: str) -> None:
    sentence, name, post = SIGN_OFFS[language]
    prose = PROSE.get(language, PROSE["en"])
    text = f"{prose[:40]}\n\n{prose}\n\n{sentence}\n\n{name}\n\n{post}\n"
    assert lists_of(read_text(text)) == []
