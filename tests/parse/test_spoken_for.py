"""A body a text names only through the post of a person who is quoted or speaks for it, when no
other reader finds a signer: "the coordinator of the XKP, Ana Zet, announced ...", "...,"
added Ana Zet, chair of the nurses' union.", "— заявил председатель Союза Ксандии Иван Петров".
A post in a sentence where no one speaks (a photo's caption), a post whose body is no name, and
a post in brackets in a list of persons read nothing. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a news text whose body speaks only through its officer's post, and that body.
SPOKEN = {
    # Portuguese: the post, the body, the person between commas, then what she announced,
    # quoted
    "pt": (
        f"Acordo entre partidos\n\n{PROSE['pt']}\n\n"
        "No fim do encontro, a coordenadora do XKP, Ana Zetova, anunciou que os dois partidos "
        "se entenderam “para travar de uma vez por todas a revisão das leis do trabalho”.\n",
        ["XKP"],
    ),
    # Slovak: the quotation, the verb, the person, then the post and the body in sentence case
    # closing the sentence
    "sk": (
        f"Vznik novej konfederácie\n\n{PROSE['en']}\n\n"
        "„Naším cieľom je, aby ochrana miezd nebola len prázdnym heslom,“ dodala Monika "
        "Zetová, predsedníčka Odborového združenia zdravotných sestier.\n",
        ["Odborového združenia zdravotných sestier"],
    ),
    # Russian: a quotation, the verb, the post, the body in the genitive, the person glued
    "ru": (
        f"Забастовка продолжается\n\n{PROSE['ru']}\n\n"
        "«Мы требуем справедливой оплаты труда для всех работников региона», — заявил "
        "председатель Союза Ксандии Иван Петров.\n",
        ["Союза Ксандии"],
    ),
    # Ukrainian: a quotation, the verb, the post in its case, the body, the person glued
    "uk": (
        f"Страйк триває\n\n{PROSE['ru']}\n\n"
        "«Ми вимагаємо справедливої оплати праці для всіх працівників регіону», — заявив "
        "голова Союзу Ксандії Іван Петренко.\n",
        ["Союзу Ксандії"],
    ),
    # Galician: the general secretary, the body, the person between commas, a quotation
    "gl": (
        f"Folga xeral\n\n{PROSE['es']}\n\n"
        "O secretario xeral da XKP, Xan Pérez, enviou un comunicado no que di que “a folga "
        "xeral é a única resposta posible”.\n",
        ["XKP"],
    ),
    # English: the person, the post and a body in sentence case closing the sentence
    "en": (
        f"Nurses walk out\n\n{PROSE['en']}\n\n"
        '"We will not go back to the wards until the wages are paid in full," said Jane Roe, '
        "general secretary of the Xandian union of nurses.\n",
        ["Xandian union of nurses"],
    ),
}


@pytest.mark.parametrize("language", sorted(SPOKEN))
def test_a_body_named_through_the_post_of_a_person_who_speaks_signs(language: str) -> None:
    text, signers = SPOKEN[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # a photo's caption: the posts name bodies, but no one speaks
        f"Union leaders meet\n\n{PROSE['en']}\n\n"
        "From left: XKP chair Ana Zetova, PTU president John Doe and XSU leader Mary Roe.\n",
        # the post's body is no name: a person's first name after the post
        f"Nurses walk out\n\n{PROSE['en']}\n\n"
        '"We will not go back to the wards until the wages are paid," said the president '
        "Antonio Roe Junior.\n",
        # posts in brackets after persons in a list of persons, no one speaking
        f"Appello\n\n{PROSE['it']}\n\n"
        "Erano presenti Mario Rossi (segretario generale XKP), Anna Bianchi (presidente "
        'nazionale PTU), la rivista "Un altro mondo è possibile" e molti altri.\n',
    ],
)
def test_posts_where_no_one_speaks_for_a_body_sign_nothing(text: str) -> None:
    assert outside_of(read_text(text)) == []


#: What a person is quoted as saying in the made-up texts below.
_SAID = '"We will defend the wages of every worker in the region,"'


@pytest.mark.parametrize(
    "said",
    [
        # a government's posts: a minister, a mayor, a head of state
        f"{_SAID} said the Minister of Labour of Xandia, Jane Roe.",
        f"{_SAID} said the Mayor of Xandiaville, John Doe.",
        f"{_SAID} said John Doe, President of the Republic of Xandia.",
        # a post without its body
        f"{_SAID} said Jane Roe, the union's president.",
        # a body the person speaks against, with no post
        '"The Xandia Workers\' Party has betrayed the workers of the region," said John Doe.',
    ],
)
def test_a_post_of_no_body_speaking_signs_nothing(said: str) -> None:
    assert outside_of(read_text(f"Strike news\n\n{PROSE['en']}\n\n{said}\n")) == []


def test_a_text_whose_signers_are_found_elsewhere_adds_no_body_through_a_post() -> None:
    text = (
        f"Joint statement\n\n{PROSE['en']}\n\nSigned by:\n\nXandia Workers' Party\n"
        "Zetland Union of Teachers\nPeople's Front of Xandia\n\n"
        f"{_SAID} said Jane Roe, chair of the Xandian Nurses' Union.\n"
    )
    found = [e.raw for s in read_text(text).sections for e in s.entries]
    assert found == [
        "Xandia Workers' Party",
        "Zetland Union of Teachers",
        "People's Front of Xandia",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: the organisation secretaries of both unions, a plural of a kind in lower case
        "Acuerdo sindical\n\nLos secretarios de Organización de ambos sindicatos, Juan Zeta y "
        "Pedro Equis, han asistido hoy como observadores a la mesa, y han afirmado que «no "
        f"firmarán ningún acuerdo sin diálogo».\n\n{PROSE['es']}\n",
        # Galician: the same
        "Acordo sindical\n\nOs secretarios de Organización de ambos sindicatos, Xan Zeta e Pedro "
        "Xis, asistiron hoxe como observadores á mesa, e afirmaron que «non asinarán ningún "
        f"acordo sen diálogo».\n\n{PROSE['es']}\n",
    ],
)
def test_a_post_of_many_bodies_named_by_a_plural_signs_nothing(text: str) -> None:
    assert outside_of(read_text(text)) == []
