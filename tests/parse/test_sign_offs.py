"""A text that names its signers in no list and no sentence is signed by the lines under its last
paragraph: an organisation's name alone that the text names again (perhaps with a date after a
comma, or in sentence case), the name under a sender's label ("Issued by:"), or the
organisation a person's post under their name is of. The page's furniture under the text, a
slogan, a related article's headline and a name the text never names again sign nothing. Names
are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: Each case: the text's closing lines under a paragraph of argument, and the signers they name.
SIGN_OFFS = {
    "name-en": ("Workers' Party of Zetland\n\nShare this article\n", ["Workers' Party of Zetland"]),
    "name-and-date-es": (
        "Partido Obrero de Xandia, 12 de marzo de 2024\n",
        ["Partido Obrero de Xandia"],
    ),
    "name-de": (
        "Zentralkomitee der Arbeiterpartei Zetlands\n",
        ["Zentralkomitee der Arbeiterpartei Zetlands"],
    ),
    "label-en": (
        "Issued by:\nZetland Teachers' Union\n\nNo comments:\n",
        ["Zetland Teachers' Union"],
    ),
    "label-sw": ("Imetolewa na;\nCHAMA CHA WALIMU XANDIA\n", ["CHAMA CHA WALIMU XANDIA"]),
    "label-de": ("Von:\nLehrergewerkschaft Zetland\n", ["Lehrergewerkschaft Zetland"]),
    "post-sl": ("Ana ZETIČ\nIzvršna sekretarka XZS\n", ["XZS"]),
    "post-en": (
        "Jane ROE\nGeneral secretary of the Xandia Workers' Party\n",
        ["Xandia Workers' Party"],
    ),
    "post-es": (
        "Ana Zetova\nSecretaria general del Partido Obrero de Xandia\n",
        ["Partido Obrero de Xandia"],
    ),
}

#: Paragraphs of argument in the case's language.
_ARGUMENT = {"en": PROSE["en"], "es": PROSE["es"], "de": PROSE["de"], "sl": PROSE["en"]}


#: A sentence of the argument that names the signer of a name alone under the text.
_NAMING = {
    "name-en": "Since the first day the strikers have had the support of the Workers' Party of "
    "Zetland and of its members.",
    "name-and-date-es": "Desde el primer día los huelguistas cuentan con el apoyo del Partido "
    "Obrero de Xandia y de sus militantes.",
    "name-de": "Seit dem ersten Tag haben die Streikenden die Hilfe der Mitglieder im "
    "Zentralkomitee der Arbeiterpartei Zetlands.",
}


def _text(case: str, closing: str) -> str:
    language = case.rsplit("-", 1)[1]
    argument = _ARGUMENT.get(language, PROSE["en"])
    named = f"{argument} {_NAMING[case]}" if case in _NAMING else argument
    return f"Statement\n\n{argument}\n\n{named}\n\n{closing}"


def _signers(text: str) -> list[str]:
    document = read_text(text)
    return [name for names in lists_of(document) for name in names] + outside_of(document)


@pytest.mark.parametrize("case", sorted(SIGN_OFFS))
def test_the_closing_lines_sign_a_text_with_no_other_signer(case: str) -> None:
    closing, signers = SIGN_OFFS[case]
    assert _signers(_text(case, closing)) == signers


#: Sentence-case names (a word for a kind in lower case) sign only when the text names them again.
SENTENCE_CASE = {
    "ru": (
        "Собрание, которое созвала Рабочая партия Зетландии, прошло в марте в столице страны и "
        "собрало более тысячи человек.",
        "Рабочая партия Зетландии",
    ),
    "lt": (
        "Susirinkimą, kurį sušaukė Zetlandijos darbininkų sąjunga, aplankė daugiau nei tūkstantis "
        "žmonių iš visos šalies.",
        "Zetlandijos darbininkų sąjunga",
    ),
    "sv": (
        "Mötet som Zetlands kommunistiska parti kallade till samlade över tusen människor från "
        "hela landet i mars.",
        "Zetlands kommunistiska parti",
    ),
}


@pytest.mark.parametrize("language", sorted(SENTENCE_CASE))
def test_a_name_in_sentence_case_signs_when_the_text_names_it_again(language: str) -> None:
    sentence, name = SENTENCE_CASE[language]
    assert _signers(f"Statement\n\n{PROSE['en']}\n\n{sentence}\n\n{name}\n") == [name]
    # the same closing line in a text that never names it is no signer's
    assert _signers(f"Statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{name}\n") == []


@pytest.mark.parametrize(
    "closing",
    [
        "Share this article\nRelated articles\n",
        "No comments:\nPost a Comment\n",
        "Long live the Workers' Party of Zetland!\n",
        "Read more about the union\n",
        "Xandia Teachers Union Calls Strike\nZetland Workers Party Congress Opens\n",
        "Workers' Party of Zetland\n",
        "Issued by:\nread more\n",
        "Jane Roe\nPhotographer\n",
    ],
)
def test_furniture_and_slogans_under_the_text_sign_nothing(closing: str) -> None:
    assert _signers(f"Statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{closing}") == []


def test_a_text_whose_lead_names_its_speaker_is_not_signed_by_its_closing_line() -> None:
    text = (
        "Urgent press release\n\n"
        f"{PROSE['en']}\n\n"
        "The Zetland Workers' Party calls on the workers of every country to join the strike "
        "on Monday.\n\n"
        "Xandia Teachers' Union\n"
    )
    assert _signers(text) == ["Zetland Workers' Party"]


def test_more_names_than_a_sign_off_gives_are_left_to_the_list_readers() -> None:
    names = ["Xandia Teachers' Union", "Zetland Workers' Party", "Xandia Tenants' League"]
    closing = f"{names[0]}\n\n\n{names[1]}\n\n{names[2]}\n\n\n\nZetland Farmers' Union\n"
    document = read_text(f"Statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{closing}")
    assert [s for s in document.sections if s.kind == "sign-off"] == []
    # three names are a sign-off, however spaced
    three = f"{names[0]}\n\n\n{names[1]}\n\n{names[2]}\n"
    named = f"{PROSE['en']} The {names[0]}, the {names[1]} and the {names[2]} joined them."
    assert _signers(f"Statement\n\n{PROSE['en']}\n\n{named}\n\n{three}") == names
