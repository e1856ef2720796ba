"""Nothing invented: the words of a news dateline that opens the lead ("Zedpost.zt, Zedtown – ",
"Zedtown, 3 de marzo (XNA) – ", "ZEDTOWN, Xandia – ") are no signers, whichever reader of prose
reads the sentence after it; a post read as a name ("President") names no one, and the person a
comma joins to it is the officer's, not a signer: the organisation after the post is; so is a
person in apposition after an organisation its post names ("with the chairman of the X Party,
Jane Roe, ..."); a word for a day around today that opens the sentence ("Today XKP, ...") is no
part of the first name. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A lead opening with an outlet's domain and a place, or a place, a date and an agency, before a
#: dash; the three organisations that adopted the statement after it, and the argument.
DATELINED = {
    "en": (
        "Zedpost.zt, Zedtown – The Xandia Workers' Union, the Zetland Employers' Federation and "
        "the Zetland Teachers' Union have adopted a joint statement on wages. We will defend the "
        "workers.",
        ["Xandia Workers' Union", "Zetland Employers' Federation", "Zetland Teachers' Union"],
    ),
    "es": (
        "Zedtown, 3 de marzo (XNA) – La Unión de Trabajadores de Xandia, la Federación de "
        "Empleadores de Zetlandia y el Sindicato de Maestros de Zetlandia han aprobado una "
        "declaración conjunta. Defenderemos a los trabajadores.",
        [
            "Unión de Trabajadores de Xandia",
            "Federación de Empleadores de Zetlandia",
            "Sindicato de Maestros de Zetlandia",
        ],
    ),
    "de": (
        "Zedtown, 3. März (XNA) – Die Gewerkschaft Xandia, der Arbeitgeberverband Zetland und die "
        "Lehrergewerkschaft Zetland haben eine gemeinsame Erklärung verabschiedet. Wir "
        "verteidigen die Arbeiter.",
        ["Gewerkschaft Xandia", "Arbeitgeberverband Zetland", "Lehrergewerkschaft Zetland"],
    ),
}


@pytest.mark.parametrize("language", sorted(DATELINED))
def test_a_dateline_opening_the_lead_names_no_signer(language: str) -> None:
    lead, signers = DATELINED[language]
    assert outside_of(read_text(f"Xandia\n\n{lead}\n")) == signers


#: A lead opening with a dateline of a place and its country and no date (in capitals, or
#: cased), then the two organisations that signed.
PLACED = {
    "en": (
        "ZEDTOWN, Xandia – The Workers Party of Zetland and the Xandia Labour Union have signed "
        "a joint statement on wages. We will defend the workers.",
        ["Workers Party of Zetland", "Xandia Labour Union"],
    ),
    "es": (
        "Zedtown, Xandia – El Partido de los Trabajadores de Zetlandia y la Unión Sindical de "
        "Xandia han firmado una declaración conjunta sobre los salarios. Defenderemos a los "
        "trabajadores.",
        ["Partido de los Trabajadores de Zetlandia", "Unión Sindical de Xandia"],
    ),
    "de": (
        "Zedtown, Xandia – Die Arbeiterpartei Zetlands und der Gewerkschaftsbund Xandia haben "
        "eine gemeinsame Erklärung unterzeichnet. Wir verteidigen die Arbeiter.",
        ["Arbeiterpartei Zetlands", "Gewerkschaftsbund Xandia"],
    ),
}


@pytest.mark.parametrize("language", sorted(PLACED))
def test_an_undated_dateline_of_a_place_names_no_signer(language: str) -> None:
    lead, signers = PLACED[language]
    assert outside_of(read_text(f"Xandia\n\n{lead}\n")) == signers


#: A lead naming three signers, then a sentence in which their officer speaks: the person, a
#: comma, the post, and the organisation after the post, joined by a word a run of names reads
#: as "and" (Albanian "i", Italian "e") or by a second comma.
OFFICERS = {
    "en": (
        "The Xandia Workers' Party, the Zetland Teachers' Union and the Zetland People's Front "
        "have signed a joint statement on wages.",
        "Jane Roe, President, ZTU, said that the agreement will hold.",
        ["Xandia Workers' Party", "Zetland Teachers' Union", "Zetland People's Front"],
    ),
    "sq": (
        "XKP, PTU dhe ZTU kanë firmosur sot marrëveshjen mes tyre.",
        "Jane Roe, President i ZTU tha se marrëveshja do të hyjë në fuqi.",
        ["XKP", "PTU", "ZTU"],
    ),
    "it": (
        "Il Partito dei Lavoratori di Xandia, l'Unione degli Insegnanti di Zetland e il Fronte "
        "Popolare di Zetland hanno firmato una dichiarazione comune sui salari.",
        "Jane Roe, Presidente, ZTU, ha detto che l'accordo reggerà.",
        [
            "Partito dei Lavoratori di Xandia",
            "Unione degli Insegnanti di Zetland",
            "Fronte Popolare di Zetland",
            "ZTU",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(OFFICERS))
def test_an_officer_and_a_post_name_no_signer(language: str) -> None:
    lead, officer, signers = OFFICERS[language]
    assert outside_of(read_text(f"Xandia\n\n{lead}\n\n{officer}\n")) == signers


#: A lead opening with a word for yesterday or today, capitalised by its place, before the names
#: of the signers (an article between in Spanish).
TIMED = {
    "en": (
        "Today ZPP, XKP and PTU call on all workers to join the strike on Friday. We demand "
        "higher wages.",
        ["ZPP", "XKP", "PTU"],
    ),
    "es": (
        "Ayer el XKP y el PTU firmaron una declaración conjunta sobre los salarios.",
        ["XKP", "PTU"],
    ),
    "it": ("Oggi XKP, PTU e ZTU hanno firmato una dichiarazione comune.", ["XKP", "PTU", "ZTU"]),
}


@pytest.mark.parametrize("language", sorted(TIMED))
def test_a_time_word_opening_the_lead_is_no_part_of_a_name(language: str) -> None:
    lead, signers = TIMED[language]
    assert outside_of(read_text(f"Xandia\n\n{lead}\n")) == signers


#: A headline and a lead counting two parties that signed an agreement with an organisation named
#: through its officer's post, the officer's name in apposition after it: no one signs there.
APPOSED = {
    "en": (
        "Two parties sign the agreement",
        "Two parties have signed the agreement with the general secretary of the Xandia "
        "Democratic Union, Jane Roe, on the coalition. The talks go on.",
    ),
    "es": (
        "Dos partidos firman el acuerdo",
        "Dos partidos han firmado el acuerdo con el líder de la Unión Demócrata de Xandia, Juana "
        "Roe, sobre la coalición. Las conversaciones continúan.",
    ),
    "de": (
        "Zwei Parteien unterzeichnen die Vereinbarung",
        "Zwei Parteien haben die Vereinbarung mit dem Vorsitzenden der Demokratischen Partei "
        "Xandias, Jana Roth, über die Koalition unterzeichnet. Die Gespräche gehen weiter.",
    ),
}


@pytest.mark.parametrize("language", sorted(APPOSED))
def test_the_holder_of_a_post_in_apposition_signs_nothing(language: str) -> None:
    headline, lead = APPOSED[language]
    assert outside_of(read_text(f"{headline}\n\n{lead}\n")) == []


def test_a_run_of_names_after_a_post_still_signs() -> None:
    """The names after a post's organisation and a comma go on as a run ("and"): they sign."""
    lead = (
        "The statement was signed by the chairman of the Xandia Party, Zetland Greens and the "
        "Xandia Labour Union."
    )
    assert outside_of(read_text(f"Xandia\n\n{lead}\n")) == [
        "Xandia Party",
        "Zetland Greens",
        "Xandia Labour Union",
    ]
