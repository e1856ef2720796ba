"""Titles by their form: a news report's one-sentence headline that is long or ends with a date
("... demonstrace 21. 5."), read as prose until now; and the site's name and slogan a page writes
after its title behind bars. Names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text


def _title(text: str) -> str | None:
    return read_text(text).versions[0].title


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        # long: more characters than a heading has, one sentence, no full stop at its end
        ("tr", "Xandia’da bulunan 34 siyasi parti ve kuruluş, ortak açıklama ile süren "
               "saldırılara karşı Zetland Demokratik Güçleri’ne (ZDG) destek verdiklerini "
               "açıkladı"),
        # ending with a date's full stop
        ("en", "The X Party of Britain calls on citizens to join the rally of 21. 5."),
        ("es", "La Unión de Zetlandia convoca a la huelga general del 30. 1."),
    ],
)  # fmt: skip
def test_a_one_sentence_headline_above_the_prose(language: str, headline: str) -> None:
    assert _title(f"{headline}\n\n{PROSE[language]}\n\n{PROSE[language]}\n") == headline


@pytest.mark.parametrize(
    "lead",
    [
        # a lead sentence that ends as a sentence does is prose, not a title
        "The X Party of Britain and the Zetland Workers Union signed a joint statement today.",
        # two sentences in the line
        "The X Party of Britain calls for a rally. It will be held on 21. 5.",
    ],
)
def test_a_lead_sentence_is_no_title(lead: str) -> None:
    assert _title(f"{lead}\n\n{PROSE['en']}\n\n{PROSE['en']}\n") is None


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Xandia and Zetland unions sign a pact | Forumwelt | The Home of Great Thinkers",
         "Xandia and Zetland unions sign a pact"),
        ("Los sindicatos de Xandia firman un pacto ｜ Noticias Hoy",
         "Los sindicatos de Xandia firman un pacto"),
        # a part the prose echoes stays, before or after the bar
        ("VIDEO | Xandia and Zetland unions sign a pact", "VIDEO | Xandia and Zetland unions sign "
         "a pact"),
    ],
)  # fmt: skip
def test_the_sites_name_after_a_bar_is_no_part_of_the_title(heading: str, title: str) -> None:
    prose = "The unions of Xandia and Zetland sign a pact on wages and strikes. " + PROSE["en"]
    assert _title(f"{heading}\n\n{prose}\n\n{PROSE['en']}\n") == title
