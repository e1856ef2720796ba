"""The last reading of a text in which no reader found a signer: the one organisation that
speaks as the subject of the first sentence of a paragraph of the lead. A text whose signers
another reader finds, persons, names that meet without speaking, or a speaker below the lead
sign nothing here. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: Each case: the text, the signer its lead names as the subject of a word of speaking below
#: the lead's first paragraph.
LEADS = {
    "el": (
        "Έκτακτο Δελτίο Τύπου\n\n"
        f"{PROSE['el']}\n\n"
        "Το Εργατικό Κόμμα Ζέτλαντ καλεί τον δήμο να ανοίξει ξανά τα σχολεία της πόλης πριν "
        "από τον χειμώνα.\n",
        ["Εργατικό Κόμμα Ζέτλαντ"],
    ),
    "en": (
        "Urgent press release\n\n"
        f"{PROSE['en']}\n\n"
        "The Zetland Workers' Party calls on the workers of every country to join the strike "
        "on Monday.\n",
        ["Zetland Workers' Party"],
    ),
    "es": (
        "Comunicado urgente\n\n"
        f"{PROSE['es']}\n\n"
        "El Partido Obrero de Xandia llama a los trabajadores de todo el país a sumarse a la "
        "huelga del lunes.\n",
        ["Partido Obrero de Xandia"],
    ),
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_the_subject_of_the_lead_signs_a_text_with_no_other_signer(language: str) -> None:
    text, signers = LEADS[language]
    assert outside_of(read_text(text)) == signers


def test_a_text_whose_list_names_its_signers_is_not_read_again() -> None:
    text = (
        f"{PROSE['en']}\n\n"
        "The Zetland Workers' Party calls on the workers of every country to join the strike "
        "on Monday.\n\n"
        "Signed by:\n\n"
        "- Xandia Communist Party\n"
        "- Zetland Trade Union Federation\n"
    )
    document = read_text(text)
    assert lists_of(document) == [["Xandia Communist Party", "Zetland Trade Union Federation"]]
    assert outside_of(document) == []


@pytest.mark.parametrize(
    "text",
    [
        # names that meet: no statement, no signing
        "O Partido Obrero de Xandia e a União Sindical de Zetland estiveram ontem reunidos "
        "em Xandiaville para discutir a crise da habitação.\n\n"
        f"{PROSE['pt']}\n",
        # capitals alone: persons, no organisations
        "Maria Santos e João Silva estiveram ontem reunidos em Xandiaville para discutir a "
        "crise da habitação.\n\n"
        f"{PROSE['pt']}\n",
        # the one organisation that speaks stands below the lead
        f"{PROSE['en']}\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n"
        "The Zetland Workers' Party calls on the workers of every country to join the strike "
        "on Monday.\n",
    ],
)
def test_no_signer_without_a_subject_of_the_lead(text: str) -> None:
    assert outside_of(read_text(text)) == []
