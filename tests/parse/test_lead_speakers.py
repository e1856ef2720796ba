"""Who speaks in the lead of a text that names its signers nowhere else: several organisations
joined as the subject of a word of speaking, a subject after a few words that open the sentence
("In its statement, the X calls ..."), and the words of speaking and of organisations of more
languages. Whom the statement speaks to or of, and names that meet without speaking, sign
nothing. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a text whose lead names its signers as the subject of a word of speaking below the
#: lead's first paragraph, and those signers.
JOINED = {
    "en": (
        f"Urgent press release\n\n{PROSE['en']}\n\n"
        "In a statement today, the Zetland Workers' Party and the Xandia Trade Union Federation "
        "condemn the arrests "
        "of the strikers and call for their release.\n",
        ["Zetland Workers' Party", "Xandia Trade Union Federation"],
    ),
    "es": (
        f"Comunicado urgente\n\n{PROSE['es']}\n\n"
        "En un comunicado, el Partido Obrero de Xandia y la Federación Sindical de Zetland "
        "condenan las "
        "detenciones de los huelguistas y exigen su libertad.\n",
        ["Partido Obrero de Xandia", "Federación Sindical de Zetland"],
    ),
    "it": (
        f"Comunicato urgente\n\n{PROSE['it']}\n\n"
        "In un comunicato, il Partito Operaio di Xandia e la Federazione Sindacale di Zetland "
        "condannano gli arresti degli scioperanti e ne chiedono la liberazione.\n",
        ["Partito Operaio di Xandia", "Federazione Sindacale di Zetland"],
    ),
}

#: Each case: a text whose lead names its signer after a few words that open the sentence.
LED = {
    "en": (
        f"Urgent press release\n\n{PROSE['en']}\n\n"
        "In its statement the Zetland Workers' Party calls on the workers of every country to "
        "join the strike on Monday.\n",
        ["Zetland Workers' Party"],
    ),
    "gl": (
        f"Comunicado\n\n{PROSE['pt']}\n\n"
        "Desde a Confederación Sindical de Xandia (CSX) enviamos o noso apoio aos "
        "traballadores en folga de Zetland.\n",
        ["Confederación Sindical de Xandia (CSX)"],
    ),
    "el": (
        f"Έκτακτο Δελτίο Τύπου\n\n{PROSE['el']}\n\n"
        "Σε σχετική της ανακοίνωση η «Πρωτοβουλία Αλληλεγγύης Ζέτλαντ» καλεί κάθε σωματείο "
        "να πάρει θέση ενάντια στις συλλήψεις.\n",
        ["Πρωτοβουλία Αλληλεγγύης Ζέτλαντ"],
    ),
}

#: Each case: a speaker whose words of speaking or of organisations a language has of its own.
WORDED = {
    "da": (
        f"Pressemeddelelse\n\n{PROSE['sv']}\n\n"
        "Xandias Arbejderparti (XAP) støtter fuldt ud de strejkende i Zetland og deres krav om "
        "en rimelig løn.\n",
        ["Xandias Arbejderparti (XAP)"],
    ),
    "be": (
        f"ЗАЯВА\n\n{PROSE['ru']}\n\n"
        "Ксандыйская сацыял-дэмакратычная партыя (КСДП) выказвае салідарнасць з рабочымі "
        "Зэтланда, якія баставалі ўвесь тыдзень.\n",
        ["Ксандыйская сацыял-дэмакратычная партыя (КСДП)"],
    ),
    "es": (
        f"Comunicado\n\n{PROSE['es']}\n\n"
        "La Unión Sindical de Xandia envía toda su fuerza a los trabajadores en huelga de "
        "Zetland y a sus familias.\n",
        ["Unión Sindical de Xandia"],
    ),
}


@pytest.mark.parametrize("language", sorted(JOINED))
def test_organisations_joined_as_the_subject_of_the_lead_sign(language: str) -> None:
    text, signers = JOINED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize("language", sorted(LED))
def test_the_subject_after_the_words_that_open_the_sentence_signs(language: str) -> None:
    text, signers = LED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize("language", sorted(WORDED))
def test_words_of_speaking_and_of_organisations_in_more_languages(language: str) -> None:
    text, signers = WORDED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # names joined that meet: no word of speaking
        f"{PROSE['en']}\n\n"
        "The Zetland Workers' Party and the Xandia Trade Union Federation met yesterday in "
        "Xandiaville to talk about the housing crisis.\n",
        # whom the statement speaks to follows the word of speaking
        f"{PROSE['en']}\n\n"
        "Yesterday the workers of Xandiaville greeted the Zetland Workers' Party at the gates "
        "of the factory.\n",
        # a word of speaking among the words that open the sentence: what follows is spoken of
        f"{PROSE['es']}\n\n"
        "Ayer condenamos a la Federación Sindical de Zetland por su silencio ante las "
        "detenciones de los huelguistas.\n",
    ],
)
def test_no_signer_where_the_lead_names_no_speaker(text: str) -> None:
    assert outside_of(read_text(text)) == []
