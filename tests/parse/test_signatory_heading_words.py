"""A line's words for signatories (``signatory_headings``) open a word of a script that parts
words with spaces, perhaps the start of a longer, inflected one ("Firmantes", "Unterzeichnende"),
never its middle ("confirman", "assassinado"); in a script without spaces they are read wherever
they stand. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.cuelines import is_heading


@pytest.mark.parametrize(
    "line",
    [
        "Firmantes",
        "Unterzeichnende Organisationen",
        "Erstunterzeichner*innen",
        "Mitunterzeichner aus Xandia",
        "Οι οργανώσεις που συνυπογράφουν",
        "Ostland Partisi imzacılar",
        "(ffirmata)",
        "以下团体联署",
        "賛同団体一覧",
    ],
)  # fmt: skip
def test_a_word_for_signatories_at_a_word_start_makes_a_heading(line: str) -> None:
    assert is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "Los partidos de Xandia confirman su apoyo a Zetland",
        "Os partidos reafirman o compromisso",
        "O sindicalista assassinado em Ostland",
        "Xandia: confirmado el acuerdo con Zetland",
        "Ostland: confirmada a greve geral",
    ],
)  # fmt: skip
def test_a_word_for_signatories_inside_another_word_makes_no_heading(line: str) -> None:
    assert not is_heading(line)
