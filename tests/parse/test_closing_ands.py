"""A word for "and" closing the last entry but one of a list one a line ("Xandijská strana práce," /
"Konzervativní strana a" / "Klub Zetland") is the list's, as its commas are, and no part of the
name; a name that ends with a capital letter ("Generation Y") keeps it. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.lists import unpunctuated

from .prose import PROSE
from .reading import lists_of, read_text

#: A line that introduces the list, its lines as written, and the entries they give.
LISTS = {
    "cs": (
        "Společné prohlášení spolupracujících politických subjektů:",
        ["Xandijská strana práce,", "Konzervativní strana a", "Klub angažovaných Zetlanďanů"],
        ["Xandijská strana práce", "Konzervativní strana", "Klub angažovaných Zetlanďanů"],
    ),
    "es": (
        "Declaración conjunta de las organizaciones firmantes:",
        ["Partido Obrero de Xandia,", "Frente Verde de Zetlandia y", "Unión Campesina Xandiana"],
        ["Partido Obrero de Xandia", "Frente Verde de Zetlandia", "Unión Campesina Xandiana"],
    ),
    "ru": (
        "Совместное заявление подписали:",
        ["Партия труда Ксандии,", "Союз молодёжи Зетланда и", "Крестьянский фронт Ксандии"],
        ["Партия труда Ксандии", "Союз молодёжи Зетланда", "Крестьянский фронт Ксандии"],
    ),
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_an_entry_s_closing_and_is_the_list_s(language: str) -> None:
    cue, lines, entries = LISTS[language]
    prose = PROSE.get(language, PROSE["en"])
    text = f"{prose[:40]}\n\n{prose}\n\n{cue}\n\n" + "\n\n".join(lines) + "\n"
    assert lists_of(read_text(text)) == [entries]


@pytest.mark.parametrize("entry", ["Generation Y", "Plan B", "Union and", "Xandia"])
def test_a_name_s_own_last_word_stays(entry: str) -> None:
    assert unpunctuated(entry) == entry
