"""Stated totals by form (twelfth session): the count written after the plural word for
organisations that opens a sentence, a word for "in total" before the number, the first half
of a compound ("sosiaali- ja terveysalan järjestöä") between the number and the word for
organisations.

Each text is made up for the test; what a user checks in ``kzld parse``: the stated total.
"""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

from .prose import PROSE


def _opening(sentence: str) -> int | None:
    text = f"Title\n\n{sentence} {PROSE['en']}\n\n{PROSE['en']}\n"
    return read_bytes("statement.txt", text.encode("utf-8")).stated_total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # the count after the plural noun that opens the sentence
        ("VYAMA 12 nchini Zedlandi vimeafikiana kushirikiana katika uchaguzi mkuu wa mwaka huu.",
         12),
        ("Vyama 7 vya upinzani vimetia saini tamko la pamoja kuhusu uchaguzi wa Xandia.", 7),
        # "in total", "as many as" before the number
        ("Yhteensä 125 sosiaali- ja terveysalan järjestöä jättivät tänään hallitukselle "
         "vetoomuksen.", 125),
        ("Insgesamt 40 Sozial- und Umweltverbände haben den Aufruf gegen den Krieg "
         "unterzeichnet.", 40),
        ("Sebanyak 12 partai politik menandatangani deklarasi bersama di Zedkota hari ini.", 12),
    ],
)  # fmt: skip
def test_a_count_of_organisations_opening_the_text_in_more_forms(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    "sentence",
    [
        # a singular word and a name's number; a year; persons in total
        "Partido 12 de Junio convoca a todos los trabajadores de Xandia a la huelga general.",
        "Parties 2020 was the name of the festival of the unions of the region of Zedland.",
        "In total 5 people were arrested by the police during the strike of the workers.",
        # numbered items after the plural word, not a count of them
        "Parties 12 and 13 of the convention were discussed by the unions of Zedland today.",
        "Partidos 3, 4 y 7 de la lista de Xandia fueron excluidos de la elección de ayer.",
        "Vyama 3 na 4 vya orodha ya Xandia vimeondolewa kwenye uchaguzi wa mwaka huu.",
    ],
)
def test_no_total_from_a_number_that_counts_no_organisations(sentence: str) -> None:
    assert _opening(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # two groups counted apart, or a range: the text states no count of them all
        "Ortak açıklamayı 15 siyasi parti ve 20 sendika Zedkent'te imzaladı.",
        "20 unions and 15 parties signed the joint statement against the war in Xandia.",
        "Zwischen 20 und 30 Organisationen haben den Aufruf gegen den Krieg unterzeichnet.",
    ],
)
def test_no_total_from_two_counts_joined_by_and(sentence: str) -> None:
    assert _opening(sentence) is None


def test_a_count_beside_a_date_and_a_later_number_stays_the_total() -> None:
    sentence = "40 parties signed the statement on 5 May and 3 more joined it later."
    assert _opening(sentence) == 40
