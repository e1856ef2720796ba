"""A line that is prose only by the web address it holds (a site's name beside its address) says
nothing of the text's language, and makes no version of its own (twenty-fifth session)."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text

#: The site's name, the headings under it, the language of the article under them.
PAGES = [
    (
        "Independent Media Centre Zedland",
        ["Search words: Workers Solidarity", "Joint statement of the unions of Xandia"],
        "en",
    ),
    (
        "Indymedia Centre of Xandia",
        ["Search words: Workers Solidarity", "Joint statement of the unions of Xandia"],
        "en",
    ),
    (
        "Xandia Medien Zentrum Unabhängig",
        ["Palabras: Solidaridad", "Declaración conjunta de los sindicatos de Xandia"],
        "es",
    ),
]


@pytest.mark.parametrize(("site", "headings", "language"), PAGES)
def test_a_sites_name_beside_its_address_makes_no_version(
    site: str, headings: list[str], language: str
) -> None:
    lines = [f"{site}     http://www.example.org", *headings, PROSE[language], "", PROSE[language]]
    assert read_text("\n".join(lines) + "\n").languages == (language,)
