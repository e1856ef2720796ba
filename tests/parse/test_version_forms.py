"""Language versions by the form of their lines (tenth session): a line of names only, in the
languages the names are written in, says nothing of the text's language.

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the
versions' languages, in order, in at least three languages.
"""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

from .prose import PROSE

#: Lines of persons' names written as their own language writes them, each above a short line
#: in the text's language (its group).
NAMES = [
    "Tomáš Zdechovský, Andrej Kováčik, Petra Horváthová, Miroslav Čížek, Zuzana Ďuríková, "
    "Ľubomír Šťastný, Jozef Mihál, Katarína Ďurčová, Mária Šimková, Ján Zápotočný",
    "Radovan Žiška, Štefan Kráľ, Veronika Remišová, Michal Šimečka, Lucia Ďuriš Nicholsonová, "
    "Vladimír Bilčík, Ivan Štefanec, Miriam Lexmann, Eugen Jurzyca, Martin Hojsík",
    "Jiří Pospíšil, Luděk Niedermayer, Stanislav Polčák, Tomáš Zdechovský, Markéta Gregorová, "
    "Mikuláš Peksa, Marcel Kolaja, Dita Charanzová, Martina Dlabajová, Ondřej Kovařík",
]
GROUP = {"fi": "X-ryhmän puolesta", "en": "For the X group", "de": "Für die X-Fraktion"}


@pytest.mark.parametrize("language", ["fi", "en", "de"])
def test_lines_of_names_make_no_language_version(language: str) -> None:
    prose = PROSE.get(language, PROSE_FI)
    names = "\n".join(f"{line}\n{GROUP[language]}" for line in NAMES)
    text = f"Title\n\n{names}\n\n{prose}\n\n{prose}\n\n{prose}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert [v.language for v in document.versions] == [language]


#: Finnish prose (the shared paragraphs have none).
PROSE_FI = (
    "Alueen työntekijät ovat olleet lakossa kolme viikkoa uusia palkkasääntöjä vastaan, ja "
    "hallitus on vastannut heille pidätyksillä ja kieltämällä kaikki kokoukset koko maassa."
)


def test_a_sentence_naming_persons_is_still_prose() -> None:
    line = "Giuseppe Bianchi, Maria Rossi e Luca Ferri hanno firmato oggi l'appello dei sindacati."
    text = f"Title\n\n{line}\n\n{PROSE['it']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert [v.language for v in document.versions] == ["it"]


#: Persons with their roles, one a line, in the language the roles are written in.
ROLES = {
    "it": ["Ana Zet. Attivista sociale.", "Ivo Ypsil. Sindacalista della scuola.",
           "Eva Xan. Giornalista e scrittrice.", "Luca Zedda. Musicista di strada.",
           "Marta Ypsi. Insegnante in pensione.", "Piero Xandi. Operaio metalmeccanico."],
    "es": ["Ana Zet. Activista vecinal.", "Ivo Ypsil. Sindicalista de la enseñanza.",
           "Eva Xan. Periodista y escritora.", "Lucas Zeda. Músico callejero.",
           "Marta Ypsi. Maestra jubilada.", "Pedro Xandi. Trabajador del metal."],
    "pt": ["Ana Zet. Ativista social.", "Ivo Ypsil. Sindicalista do ensino.",
           "Eva Xan. Jornalista e escritora.", "Lucas Zeda. Músico de rua.",
           "Marta Ypsi. Professora aposentada.", "Pedro Xandi. Operário metalúrgico."],
}  # fmt: skip


@pytest.mark.parametrize(("language", "roles"), [("en", "it"), ("de", "es"), ("fr", "pt")])
def test_lines_of_persons_and_roles_make_no_language_version(language: str, roles: str) -> None:
    prose = PROSE[language]
    persons = "\n".join(ROLES[roles])
    text = f"Title\n\n{prose}\n\n{persons}\n\n{prose}\n\n{prose}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert [v.language for v in document.versions] == [language]
