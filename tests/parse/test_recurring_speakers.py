"""The organisation a text that names its signers nowhere else makes the subject of a clause and
names again and again, whatever it does: its full name and its abbreviation counted together
(and a form whose initials spell the abbreviation, with no bracket), the title once, the name
after a comma or a semicolon too, and a name acting with its own ("and its branches"). Two
names as often named, a title written twice, or a name that is only spoken of, sign nothing.
Names are made up."""

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


#: Each case: a text whose federation opens two clauses by its abbreviation and is written out
#: once elsewhere with no bracket, its words' initials the abbreviation's letters, "of", "de"
#: passed over; that signer.
SPELT = {
    "en": (
        f"1 May 2024\n\n{PROSE['en']}\n\n"
        "The ZMWU calls on the government to raise the wages of the dockers.\n\n"
        "Last year the Zetland Metal Workers Union organised three strikes in the ports.\n\n"
        "For this reason, the ZMWU wants a new agreement for the whole region.\n",
        ["ZMWU"],
    ),
    "es": (
        f"1 de mayo de 2024\n\n{PROSE['es']}\n\n"
        "La CXT exige al gobierno que suba los salarios de los estibadores.\n\n"
        "El año pasado la Confederación Xandiana de Trabajadores organizó tres huelgas en los "
        "puertos.\n\n"
        "Por eso, la CXT quiere un nuevo convenio para toda la región.\n",
        ["CXT"],
    ),
    "pl": (
        "1 maja 2024\n\n"
        "XKZZ wzywa rząd do podniesienia płac dokerów.\n\n"
        "W zeszłym roku Xandyjska Konfederacja Związków Zawodowych zorganizowała trzy strajki "
        "w portach.\n\n"
        "Dlatego XKZZ chce nowego układu zbiorowego dla całego regionu.\n",
        ["XKZZ"],
    ),
    "ru": (
        f"1 мая 2024\n\n{PROSE['ru']}\n\n"
        "КПЗ призывает правительство повысить зарплаты докеров.\n\n"
        "В прошлом году Конфедерация профсоюзов Зетланда провела три забастовки в портах.\n\n"
        "Поэтому КПЗ добивается нового коллективного договора для всего региона.\n",
        ["КПЗ"],
    ),
}


@pytest.mark.parametrize("language", sorted(SPELT))
def test_a_subject_written_out_once_without_a_bracket_is_named_three_times(language: str) -> None:
    text, signers = SPELT[language]
    assert outside_of(read_text(text)) == signers


def test_words_that_spell_the_abbreviation_only_in_part_name_it_not() -> None:
    """ "the union of the Zetland Metal Workers" spells no "U" after the "W": the ZMWU is named
    twice, and signs nothing."""
    text = SPELT["en"][0].replace(
        "the Zetland Metal Workers Union", "the union of the Zetland Metal Workers"
    )
    assert outside_of(read_text(text)) == []


#: Each case: a text whose first clause's subject is a union written out with an abbreviation in
#: another language, acting with its own ("and its branches"), then named once more short.
WITH_ITS_OWN = {
    "es": (
        f"1 de mayo de 2024\n\n{PROSE['es']}\n\n"
        "El Sindicato de Estibadores de Zetlandia (ZDU) y sus secciones expresan su "
        "solidaridad con los huelguistas del puerto.\n\n"
        "La patronal no ha querido negociar.\n\n"
        "Por eso, la ZDU pide un nuevo convenio para toda la región.\n",
        ["Sindicato de Estibadores de Zetlandia (ZDU)"],
    ),
    "de": (
        f"1. Mai 2024\n\n{PROSE['de']}\n\n"
        "Die Hafenarbeitergewerkschaft Zetlands (ZDU) und ihre Ortsgruppen erklären sich "
        "solidarisch mit den Streikenden im Hafen.\n\n"
        "Die Arbeitgeber wollen nicht verhandeln.\n\n"
        "Deshalb fordert die ZDU einen neuen Tarifvertrag für die ganze Region.\n",
        ["Hafenarbeitergewerkschaft Zetlands (ZDU)"],
    ),
    "fr": (
        f"1er mai 2024\n\n{PROSE['fr']}\n\n"
        "Le Syndicat des dockers de Zetlande (ZDU) et ses sections expriment leur solidarité "
        "avec les grévistes du port.\n\n"
        "Le patronat refuse de négocier.\n\n"
        "C'est pourquoi la ZDU demande une nouvelle convention pour toute la région.\n",
        ["Syndicat des dockers de Zetlande (ZDU)"],
    ),
}


@pytest.mark.parametrize("language", sorted(WITH_ITS_OWN))
def test_a_subject_that_acts_with_its_own_opens_its_clause(language: str) -> None:
    text, signers = WITH_ITS_OWN[language]
    assert outside_of(read_text(text)) == signers


def test_a_subject_joined_by_another_named_party_is_none_alone() -> None:
    """ "X and the employers signed": an article after "and" names another party, the clause is
    not the union's alone, and its abbreviation is named only twice."""
    text = WITH_ITS_OWN["es"][0].replace(
        "y sus secciones expresan su solidaridad", "y la patronal firmaron un acuerdo"
    )
    assert outside_of(read_text(text)) == []


def test_a_document_spelt_by_its_abbreviation_is_no_organisation() -> None:
    """ "MOU" opens two clauses and "Memorandum of Understanding" spells it, but reads as no
    organisation's name by its words: it is not named three times, and nothing signs."""
    text = (
        f"1 May 2024\n\n{PROSE['en']}\n\n"
        "The MOU sets out how the two sides will share the costs of the new port.\n\n"
        "Both sides signed the Memorandum of Understanding in the town hall.\n\n"
        "For this reason, the MOU gives the workers of the port a seat at the table.\n"
    )
    assert outside_of(read_text(text)) == []
