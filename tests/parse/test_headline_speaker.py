"""The one organisation a headline names as the subject of a word of speaking ("XKP apoia ...",
"ПТУ поддерживает ...") signs the statement, also beside a list: by its words, or as an
abbreviation the text under the headline writes again or writes out. An abbreviation the text
never confirms, or a subject that does anything but speak, signs nothing. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the headline, the lead under it, the signer the headline names.
SPOKEN = {
    "pt": (
        "XKP apoia greve dos professores de Zetland",
        "O Xandia Kommunistiko Partido escreveu aos sindicatos dos professores de Zetland que "
        "está ao lado deles na greve e que vai levar as suas reivindicações ao parlamento.",
        "XKP",
    ),
    "ru": (
        "ПТУ поддерживает забастовку учителей Зетланда",
        "Профсоюз ПТУ пишет, что учителя Зетланда имеют право на достойную зарплату, и "
        "призывает все союзы страны выйти на улицы вместе с ними.",
        "ПТУ",
    ),
    "en": (
        "Zetland Workers' Party condemns the new labour law",
        "The new law takes from workers the right to strike and hands the employers every tool "
        "to break a union; it must be withdrawn before it does more harm.",
        "Zetland Workers' Party",
    ),
}


@pytest.mark.parametrize("language", sorted(SPOKEN))
def test_the_one_who_speaks_in_the_headline_signs(language: str) -> None:
    headline, lead, signer = SPOKEN[language]
    document = read_text(f"{headline}\n\n{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == [signer]


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # an abbreviation the text neither writes again nor writes out
        (
            "XKP apoia greve dos professores de Zetland",
            "Os professores de Zetland estão em greve há duas semanas e pedem salários que "
            "acompanhem o custo de vida, turmas menores e escolas sem goteiras.",
        ),
        # a word for a statement after the name is no verb: the statement's label
        (
            "Zetland Workers' Party, joint declaration against the new labour law",
            "The new law takes from workers the right to strike and hands the employers every "
            "tool to break a union; it must be withdrawn before it does more harm.",
        ),
        (
            "Zetland Trade Unionists’ declaration on the new labour law",
            "The new law takes from workers the right to strike and hands the employers every "
            "tool to break a union; it must be withdrawn before it does more harm.",
        ),
        # a subject that does not speak: what happened to it
        (
            "XKP perde eleições em Zetland",
            "O XKP perdeu as eleições de domingo em Zetland, onde o governo venceu com folga e "
            "a oposição ficou sem representação no parlamento.",
        ),
    ],
)
def test_no_one_speaks_or_the_abbreviation_is_unconfirmed(headline: str, lead: str) -> None:
    document = read_text(f"{headline}\n\n{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == []
