"""Stated totals by the reason they were missed or invented (seventeenth session): number words of
more languages (Slovak, Latvian, Estonian, Malayalam), "the
three organisations ..." opening a sentence anywhere in the text, and a day of a month after a
number, which counts nothing.

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the
statement's stated total.
"""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage rules, "
    "and the government has answered them with arrests and with bans on every meeting."
)
#: An opening that names the signers and states no count.
_NAMED = "The XKP, the PTU and the Workers' Party of Zetland met in Zedtown. "


def _total(text: str) -> int | None:
    return read_bytes("statement.txt", text.encode("utf-8")).stated_total


def _opening(sentence: str) -> int | None:
    return _total(f"Title\n\n{sentence} {PROSE}\n\n{PROSE}\n")


def _later(sentence: str) -> int | None:
    """The total of a text whose opening names the signers, with ``sentence`` four paragraphs on."""
    return _total(f"Title\n\n{_NAMED}{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{sentence} {PROSE}\n")


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Päť odborových organizácií podpísalo spoločné vyhlásenie o štrajku v Xandii.", 5),
        ("Deväť strán Zetlandu podpísalo spoločné vyhlásenie o voľbách.", 9),
        ("Septiņas partijas parakstīja kopīgu paziņojumu par streiku Ksandijā.", 7),
        ("Viis ametiühingut allkirjastasid ühisavalduse streigi kohta Xandias.", 5),
        ("പത്ത് കേന്ദ്ര ട്രേഡ് യൂണിയനുകള് പണിമുടക്ക് പ്രഖ്യാപിച്ചു.", 10),
    ],
)  # fmt: skip
def test_a_number_word_of_the_language_states_the_total(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Las tres organizaciones pedimos al ayuntamiento más viviendas públicas.", 3),
        ("The three organisations want this space to stay alive and open to everyone.", 3),
        ("Οι τρεις οργανώσεις ζήτησαν από τον δήμο περισσότερα σχολεία.", 3),
    ],
)  # fmt: skip
def test_the_organisations_counted_as_a_later_sentences_subject(sentence: str, total: int) -> None:
    assert _later(sentence) == total


@pytest.mark.parametrize(
    "sentence",
    [
        # two, as a text of two signers calls them after naming them
        "The two parties want this space to stay alive and open to everyone.",
        # no word before the number: organisations the argument speaks of
        "Three parties voted against the law in the parliament of Xandia last year.",
    ],
)  # fmt: skip
def test_a_later_sentence_of_two_or_of_unled_organisations_states_no_total(sentence: str) -> None:
    assert _later(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Зедградские отделения партий «Ксандский союз» и «Партия 3 марта» подписали "
        "коалиционное соглашение о выборах.",
        "Зедградські осередки партій «Ксандський союз» і «Партія 3 березня» підписали коаліційну "
        "угоду про вибори.",
        "Зедградските структури на партиите „Ксандски съюз“ и „Партия 3 март“ подписаха "
        "коалиционно споразумение.",
    ],
)
def test_a_day_of_a_month_after_a_number_counts_nothing(sentence: str) -> None:
    assert _opening(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Mae 11 o grwpiau cymunedol wedi galw am ysgolion newydd yn Xandia.", 11),
        ("Kiraŭniki troch partyj Xandii padpisali supolnuju zajavu ab vybarach.", 3),
        ("Enam parpol menandatangani kesepakatan bersama di Zedtown pada hari Senin.", 6),
    ],
)  # fmt: skip
def test_a_word_for_the_organisations_of_the_language_states_the_total(
    sentence: str, total: int
) -> None:
    assert _opening(sentence) == total
