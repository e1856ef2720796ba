"""Names in sentence case in a run of coordinated names that sign: a capitalised word, then up to
three words in lower case, the last a type word ("Xandijos darbo federacija", "Xandijas brīvo
arodbiedrību savienība"), when the whole looks like an organisation's name by the learnt
likeness; and a name in quotation marks after words in lower case saying its kind
("profesinė sąjunga „Zeta“") amid the run. A clause that a type word closes ("Potrivit
liderilor sindicali", according to the union leaders) is no name. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A paragraph of argument in each language, with no name in it.
_ARGUMENT = {
    "lt": "Piliečiai nori pokyčių ir teisingesnio darbo kodekso, o mes dirbsime kartu, kad "
    "kiekvieno darbuotojo balsas būtų išgirstas visoje šalyje.",
    "lv": "Pilsoņi vēlas pārmaiņas un taisnīgāku darba likumu, un mēs strādāsim kopā, lai katra "
    "darbinieka balss tiktu sadzirdēta visā valstī.",
    "sr": "Građani traže promene i pravedniji zakon o radu, a mi ćemo zajedno raditi na tome da se "
    "glas svakog birača poštuje u celoj zemlji.",
    "ro": "Cetățenii vor schimbare și un cod al muncii mai drept, iar noi vom lucra împreună "
    "pentru ca vocea fiecărui salariat să fie auzită în toată țara.",
}


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        ("lt", 'Xandijos profesinių sąjungų konfederacija, profesinė sąjunga "Zeta" ir Ypsilono '
         "darbo federacija gegužės 1 dieną pasirašys deklaraciją dėl bendrų veiksmų.",
         ["Xandijos profesinių sąjungų konfederacija", "Zeta", "Ypsilono darbo federacija"]),
        ("lv", 'Xandijas brīvo arodbiedrību savienība, arodbiedrība "Zeta" un Ypsilonas darba '
         "federācija šodien parakstīja kopīgu deklarāciju par sadarbību.",
         ["Xandijas brīvo arodbiedrību savienība", "Zeta", "Ypsilonas darba federācija"]),
        ("sr", 'Xandijska unija slobodnih sindikata, sindikat "Zeta" i Ypsilonska federacija '
         "potpisali su danas zajedničku izjavu o saradnji.",
         ["Xandijska unija slobodnih sindikata", "Zeta", "Ypsilonska federacija"]),
    ],
)  # fmt: skip
def test_names_in_sentence_case_up_to_their_type_word_sign(
    language: str, sentence: str, names: list[str]
) -> None:
    text = f"Deklaracija\n\n{sentence}\n\n{_ARGUMENT[language]}\n"
    assert outside_of(read_text(text)) == names


def test_a_clause_closed_by_a_type_word_is_no_name() -> None:
    sentence = (
        "Potrivit liderilor sindicali, Confederația Xandiană a Muncii (CXM), Blocul Sindical "
        "Zeta și Confederația Ypsilon au semnat un apel comun la protest."
    )
    found = outside_of(read_text(f"Apel\n\n{sentence}\n\n{_ARGUMENT['ro']}\n"))
    # "Potrivit liderilor sindicali" (according to the union leaders) is no name
    assert found == [
        "Confederația Xandiană a Muncii (CXM)",
        "Blocul Sindical Zeta",
        "Confederația Ypsilon",
    ]
