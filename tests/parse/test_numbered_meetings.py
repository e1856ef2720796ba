"""Nothing invented: a meeting named in a title signs nothing, whether a number says it is one
("VI Cimeira", "XX Assemblea", "IIIe Assemblée": an organisation is not numbered as its sessions
are) or its word is only ever a meeting's ("Convegno", "Совещание", "Encontro"). An assembly with
no number is a body ("Asamblea Nacional"). Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.spans import is_event

from .prose import PROSE
from .reading import read_text

#: Titles that name a meeting, by language.
MEETINGS = [
    ("pt", "Declaração da VI Cimeira Sindical de Xandia"),
    ("pt", "Declaração do Encontro Nacional de Xandia"),
    ("it", "Appello della XX Assemblea dei lavoratori di Zedville"),
    ("it", "Documento finale del Convegno nazionale di Zetlandia"),
    ("fr", "Déclaration de la IIIe Assemblée des peuples de Xandia"),
    ("es", "Declaración final de la V Asamblea de Xandia"),
    ("ru", "Заявление Совещания партий Зетландии"),
]


@pytest.mark.parametrize(("language", "title"), MEETINGS)
def test_a_meeting_named_in_the_title_signs_nothing(language: str, title: str) -> None:
    document = read_text(f"{title}\n\n{PROSE[language]}\n")
    assert [e.raw for s in document.sections for e in s.entries] == []


@pytest.mark.parametrize(
    ("name", "meeting"),
    [
        ("VI Cimeira Sindical de Xandia", True),
        ("XX Assemblea generale", True),
        ("IIIe Assemblée des peuples", True),
        ("Asamblea Nacional de Xandia", False),
        ("Assemblée nationale", False),
        ("Le Forum social de Xandia", False),
        ("Le Congrès du peuple", False),
    ],
)
def test_an_assembly_is_a_meeting_only_with_its_number(name: str, meeting: bool) -> None:
    assert is_event(name) is meeting
