"""Who speaks in the lead of a text that names its signers nowhere else: several organisations
joined as the subject of a word of speaking, a subject after a few words that open the sentence
("In its statement, the X calls ...") or a preposition ("V Zvezi X protestiramo": the name
without it), the words of speaking and of organisations of more languages, and the organisations
that open the paragraph right under a heading that names the statement, whatever they do. Whom
the statement speaks to or of, and names that meet without speaking elsewhere, sign nothing.
Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

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
    "bg": (
        f"Прессъобщение\n\n{PROSE['ru']}\n\n"
        "Ксандийската работническа партия подкрепя стачкуващите учители в Зетланд и техните "
        "искания.\n",
        ["Ксандийската работническа партия"],
    ),
    "fi": (
        f"Tiedote\n\n{PROSE['hu']}\n\n"
        "Zetlandin Ammattiliittojen Keskusjärjestö tukee lakkoilevia opettajia ja heidän "
        "vaatimuksiaan.\n",
        ["Zetlandin Ammattiliittojen Keskusjärjestö"],
    ),
    "mk": (
        f"Соопштение\n\n{PROSE['ru']}\n\n"
        "Ксандиската работничка партија ги поддржува учителите во Зетланд и нивните барања.\n",
        ["Ксандиската работничка партија"],
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


@pytest.mark.parametrize(
    "text",
    [
        f"Message\n\n{PROSE['en']}\n\n"
        "Dear comrades of the Zetland Workers' Party, we send you our warmest greetings for "
        "your congress.\n",
        f"Mensaje\n\n{PROSE['es']}\n\n"
        "Queridos compañeros del Partido Obrero de Xandia, enviamos un saludo fraterno a "
        "vuestro congreso.\n",
        f"Mensagem\n\n{PROSE['pt']}\n\n"
        "Caros camaradas do Partido Operário de Xandia, enviamos a nossa saudação ao vosso "
        "congresso.\n",
    ],
)
def test_the_name_after_a_joining_word_is_whom_the_lead_speaks_to(text: str) -> None:
    assert outside_of(read_text(text)) == []


#: Each case: a lead that names its signer after a preposition that opens the sentence.
AFTER_PREPOSITION = {
    "sl": (
        f"Sporočilo\n\n{PROSE['en']}\n\n"
        "V Zvezi neodvisnih sindikatov Xandije ostro protestiramo proti odločitvi vlade, ki je "
        "prepovedala shode delavcev v vseh mestih.\n",
        ["Zvezi neodvisnih sindikatov Xandije"],
    ),
    "cs": (
        f"Prohlášení\n\n{PROSE['en']}\n\n"
        "V Odborovém svazu Xandie ostře protestujeme proti rozhodnutí vlády, která zakázala "
        "shromáždění pracujících ve všech městech.\n",
        ["Odborovém svazu Xandie"],
    ),
    "en": (
        f"Press release\n\n{PROSE['en']}\n\n"
        "In the Zetland Workers' Party we protest against the decision of the government to "
        "ban the meetings of the workers.\n",
        ["Zetland Workers' Party"],
    ),
}


@pytest.mark.parametrize("language", sorted(AFTER_PREPOSITION))
def test_a_preposition_that_opens_the_sentence_is_no_part_of_the_name(language: str) -> None:
    text, signers = AFTER_PREPOSITION[language]
    assert outside_of(read_text(text)) == signers


#: Each case: a heading that names the statement, and the paragraph under it whose subject is
#: the organisations that write it (they meet: no word of speaking, no word for a statement).
UNDER_THE_STATEMENT = {
    "es": (
        "Declaración aprobada el 3 de mayo de 2021:",
        "El Partido Obrero de Xandia, la Federación Sindical de Zetland y la Liga Juvenil de "
        "Xandia, hemos mantenido un encuentro en Zedville los días 2 y 3 de mayo para hablar de "
        "la huelga del metal.",
        PROSE["es"],
        ["Partido Obrero de Xandia", "Federación Sindical de Zetland", "Liga Juvenil de Xandia"],
    ),
    "it": (
        "Dichiarazione approvata il 3 maggio 2021:",
        "Il Partito Operaio di Xandia, la Federazione Sindacale di Zetland e la Lega Giovanile "
        "di Xandia, ci siamo incontrati a Zedville il 2 e il 3 maggio per discutere dello "
        "sciopero dei metalmeccanici.",
        PROSE["it"],
        [
            "Partito Operaio di Xandia",
            "Federazione Sindacale di Zetland",
            "Lega Giovanile di Xandia",
        ],
    ),
    "en": (
        "Declaration adopted on 3 May 2021:",
        "The Xandia Workers' Party, the Zetland Trade Union Federation and the Xandia Youth "
        "League met in Zedville on 2 and 3 May to share their work in the unions.",
        PROSE["en"],
        ["Xandia Workers' Party", "Zetland Trade Union Federation", "Xandia Youth League"],
    ),
}


@pytest.mark.parametrize("language", sorted(UNDER_THE_STATEMENT))
def test_the_subject_under_a_heading_that_names_the_statement_signs(language: str) -> None:
    heading, opening, prose, signers = UNDER_THE_STATEMENT[language]
    assert outside_of(read_text(f"News\n\n{heading}\n\n{opening}\n\n{prose}\n")) == signers


def test_the_same_subject_under_no_such_heading_signs_nothing() -> None:
    opening = UNDER_THE_STATEMENT["en"][1]
    assert outside_of(read_text(f"News\n\n{opening}\n\n{PROSE['en']}\n")) == []


#: Each case: a lead whose words that open the sentence name whom it speaks to or of, a comma,
#: and then the subject of the word of speaking; the signers (none when that subject is no
#: organisation's name).
OBJECT_IN_THE_LEAD_IN = {
    "to": (
        f"Press release\n\n{PROSE['en']}\n\n"
        "In a letter to the Zetland Workers' Party, the Xandia Trade Union Federation condemns "
        "the arrests of the strikers.\n",
        ["Xandia Trade Union Federation"],
    ),
    "a": (
        f"Comunicado\n\n{PROSE['es']}\n\n"
        "En una carta a la Federación Sindical de Zetland, el Partido Obrero de Xandia condena "
        "las detenciones de los huelguistas.\n",
        ["Partido Obrero de Xandia"],
    ),
    "after": (
        f"Press release\n\n{PROSE['en']}\n\n"
        "After the Zetland Employers' Federation and the Xandia Farmers' Union, the government "
        "calls for an end to the strike.\n",
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(OBJECT_IN_THE_LEAD_IN))
def test_a_name_before_the_comma_that_closes_the_opening_words_signs_nothing(case: str) -> None:
    text, signers = OBJECT_IN_THE_LEAD_IN[case]
    assert outside_of(read_text(text)) == signers


def test_the_subject_under_such_a_heading_signs_nothing_when_a_list_names_the_signers() -> None:
    text = (
        "News\n\nJoint statement\n\n"
        "The Zetland Employers' Federation and the Xandia Farmers' Union have attacked the right "
        f"to strike again this week in Zedville.\n\n{PROSE['en']}\n\n"
        "Signed:\n\nXandia Workers' Party\nZetland Trade Union Federation\n"
    )
    document = read_text(text)
    assert outside_of(document) == []
    assert lists_of(document) == [["Xandia Workers' Party", "Zetland Trade Union Federation"]]
