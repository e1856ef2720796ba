"""The last reading of a text in which no reader found a signer: the subject of the first
sentence of a paragraph of the lead, one organisation that speaks or two or more that each read
as an organisation's name by their own words. A text whose signers another reader finds, a
subject of capitals alone or a speaker below the lead signs nothing here. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: Each case: the text, the signers its lead names as the subject of a sentence.
LEADS = {
    "el": (
        "Έκτακτο Δελτίο Τύπου\n\n"
        f"{PROSE['el']}\n\n"
        "Το Εργατικό Κόμμα Ζέτλαντ καλεί τους εργαζόμενους να δώσουν δυναμικό παρών στις "
        "συγκεντρώσεις που γίνονται σήμερα σε όλη τη χώρα.\n",
        ["Εργατικό Κόμμα Ζέτλαντ"],
    ),
    "pt": (
        "Dirigentes do XKP e PTU estiveram hoje reunidos durante cerca de uma hora na sede "
        "nacional do PTU, em Xandiaville, para procurar pontos de convergência.\n\n"
        f"{PROSE['pt']}\n",
        ["XKP", "PTU"],
    ),
    "es": (
        "Declaración íntegra aprobada el 21 de junio:\n\n"
        "La Unión de Trabajadores de Zetland, el Partido Obrero de Xandia y la Confederación "
        "Sindical de Zetland hemos mantenido un encuentro en Xandiaville los días 20 y 21 de "
        "junio.\n\n"
        f"{PROSE['es']}\n",
        [
            "Unión de Trabajadores de Zetland",
            "Partido Obrero de Xandia",
            "Confederación Sindical de Zetland",
        ],
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
        # capitals alone: persons, no organisations
        "Maria Santos e João Silva estiveram hoje reunidos durante cerca de uma hora na sede "
        "nacional, em Xandiaville, para procurar pontos de convergência.\n\n"
        f"{PROSE['pt']}\n",
        # the one organisation that speaks stands below the lead
        f"{PROSE['en']}\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n"
        "The Zetland Workers' Party calls on the workers of every country to join the strike "
        "on Monday.\n",
    ],
)
def test_no_signer_without_a_subject_of_the_lead(text: str) -> None:
    assert outside_of(read_text(text)) == []
