"""The organisation a text that names its signers nowhere else makes the subject of a clause and
names again and again, whatever it does: its full name and its abbreviation counted together, the
title once, the name after a comma or a semicolon too. Two names as often named, a title written
twice, or a name that is only spoken of, sign nothing. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a text whose one organisation opens clause after clause, and that signer.
RECURRING = {
    "en": (
        f"1 May 2024\n\n{PROSE['en']}\n\n"
        "The Zetland Federation of Trade Unions (ZFTU) believes that the wealth of the region "
        "must reach the people who make it.\n\n"
        "Convinced that only unity wins, the ZFTU works for dialogue among the unions of every "
        "country.\n\n"
        "Today, the ZFTU stands with the strikers and their families.\n",
        ["Zetland Federation of Trade Unions (ZFTU)"],
    ),
    "fr": (
        f"Message de la XKP pour le Premier Mai\n\n{PROSE['fr']}\n\n"
        "En ce Premier Mai, la XKP célèbre le mouvement ouvrier de toute la région.\n\n"
        "Des milliers d'emplois ont été perdus cette année ; la XKP rejoint l'appel des "
        "syndicats pour des emplois stables.\n\n"
        "Ainsi, la XKP veut exprimer sa solidarité avec les grévistes de Zetland.\n",
        ["XKP"],
    ),
    "ru": (
        f"Первомай\n\n{PROSE['ru']}\n\n"
        "Федерация профсоюзов Зетланда (ФПЗ) считает, что богатство региона должно доставаться "
        "тем, кто его создаёт.\n\n"
        "Как и прежде, ФПЗ выступает за диалог между профсоюзами всех стран.\n\n"
        "ФПЗ уверена, что забастовка закончится справедливым соглашением.\n",
        ["Федерация профсоюзов Зетланда (ФПЗ)"],
    ),
}


@pytest.mark.parametrize("language", sorted(RECURRING))
def test_the_recurring_subject_of_a_text_with_no_other_signer_signs(language: str) -> None:
    text, signers = RECURRING[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # two organisations, each the subject of three clauses: neither clearly the author
        f"1 May 2024\n\n{PROSE['en']}\n\n"
        "Therefore, the Zetland Federation of Trade Unions works for dialogue.\n\n"
        "Still, the Xandia Workers' Party works for a strike.\n\n"
        "At the same time, the Zetland Federation of Trade Unions wants higher wages.\n\n"
        "In the end, the Xandia Workers' Party wants lower rents.\n\n"
        "Today, the Zetland Federation of Trade Unions stands with the strikers.\n\n"
        "Today, the Xandia Workers' Party stands with the tenants.\n",
        # a title written twice is one title, and the name stands nowhere else as a subject
        "Zetland Workers' Declaration on the strike\n\nZetland Workers' Declaration on the "
        f"strike\n\n{PROSE['en']}\n",
        # a name the text speaks of, never its subject
        f"1 May 2024\n\n{PROSE['en']}\n\n"
        "The strikers wrote to the Zetland Federation of Trade Unions.\n\n"
        "Many asked the Zetland Federation of Trade Unions for help.\n",
    ],
)
def test_no_recurring_subject_signs_where_none_stands_out(text: str) -> None:
    assert outside_of(read_text(text)) == []


def test_names_before_their_officers_posts_are_no_subjects() -> None:
    """A name before its officer's post and the officer's name opens no clause as its subject,
    however often the text names it."""
    text = (
        f"1 May 2024\n\n{PROSE['en']}\n\n"
        "In the photo, Xandia Workers' Party chairman Ana Zet speaks to the workers at the gate "
        "of the plant.\n\n"
        "On the left, Xandia Workers' Party president Olo Zet hands out leaflets to the "
        "strikers.\n\n"
        "On the right, Xandia Workers' Party secretary Ina Zet reads the resolution to the "
        "crowd.\n"
    )
    assert outside_of(read_text(text)) == []


#: Three paragraphs that open with one federation as their subject, in its full and short forms.
ZFTU_RETURNS = (
    "The Zetland Federation of Trade Unions (ZFTU) believes that the wealth of the region "
    "must reach the people who make it.\n\n"
    "Convinced that only unity wins, the ZFTU works for dialogue among the unions of every "
    "country.\n\n"
    "Today, the ZFTU stands with the strikers and their families.\n"
)


def test_a_text_that_states_more_signers_keeps_no_recurring_subject() -> None:
    """Eleven parties sign: the one name the text keeps returning to is not all of them."""
    text = f"Joint declaration of eleven parties of Xandia\n\n{PROSE['en']}\n\n{ZFTU_RETURNS}"
    document = read_text(text)
    assert document.stated_total == 11
    assert outside_of(document) == []


def test_a_text_its_heading_calls_joint_keeps_no_recurring_subject() -> None:
    """A joint statement is signed by more than the one name the text keeps returning to."""
    text = f"Joint statement on the strike in Zetland\n\n{PROSE['en']}\n\n{ZFTU_RETURNS}"
    assert outside_of(read_text(text)) == []
