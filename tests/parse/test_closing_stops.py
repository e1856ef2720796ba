"""A full stop closing each entry of a list ("- Xandia Party.", "1. Zetland Union.") is the list's
punctuation, not the name's: the list is found as it is without the full stops, its entries are
the names without them, and the learnt likeness weighs a name alike with and without one."""

from __future__ import annotations

import pytest

from kzld.parse.likeness import likeness
from kzld.parse.lists import unpunctuated

from .reading import lists_of, read_text

#: An argument, a line saying who signs (or none), and names each closed by a full stop.
LISTS = {
    "en": (
        "The dock workers of Zetland have been on strike for three weeks for safe work and fair"
        " pay. The violence used against them must end at once.\n\n"
        "We, the undersigned organisations, support them.",
        ["Zetland Forum", "Attac Xandia", "Xandia Watch", "XKP"],
    ),
    "de": (
        "Seit drei Wochen streiken die Hafenarbeiter in Zetland für sichere Arbeit und gerechten"
        " Lohn. Die Gewalt gegen sie muss sofort aufhören.\n\n"
        "Wir, die unterzeichnenden Organisationen, unterstützen sie.",
        ["Xandische Arbeiterpartei", "Xandia Solidarisch", "Attac Xandia",
         "Friedensinitiative Zetland"],
    ),
    "ru": (
        "Докеры Зетланда бастуют уже три недели за безопасный труд и справедливую оплату. Насилие"
        " против них должно немедленно прекратиться.",
        ["Профсоюз докеров Зетланда", "Зетландская солидарность", "Союз молодёжи Ксандии",
         "Движение «Ксандия»"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LISTS))
def test_a_list_of_names_closed_by_full_stops_is_found_without_them(language: str) -> None:
    argument, names = LISTS[language]
    dotted = "\n".join(f"- {name}." for name in names)
    plain = "\n".join(f"- {name}" for name in names)
    assert lists_of(read_text(f"{argument}\n\n{dotted}\n")) == [names]
    assert lists_of(read_text(f"{argument}\n\n{plain}\n")) == [names]


def test_numbered_entries_lose_their_closing_full_stop_not_an_abbreviations() -> None:
    text = (
        "Seit drei Wochen streiken die Hafenarbeiter in Zetland für sichere Arbeit und gerechten"
        " Lohn. Die Gewalt gegen sie muss sofort aufhören.\n\nUnterzeichnet von:\n\n"
        "1. Xandische Arbeiterpartei.\n2. Friedensnetz Zetland e.V.\n3. XKP;\n"
    )
    assert lists_of(read_text(text)) == [
        ["Xandische Arbeiterpartei", "Friedensnetz Zetland e.V.", "XKP"]
    ]


@pytest.mark.parametrize(
    ("raw", "entry"),
    [
        ("Xandia Workers' Union.", "Xandia Workers' Union"),
        ("Zetland Teachers' Federation;", "Zetland Teachers' Federation"),
        ("Xandia e.V.", "Xandia e.V."),
        ("Zetland S.A.", "Zetland S.A."),
        ("Comunist P...", "Comunist P..."),
        ("Партия труда Ксандии.", "Партия труда Ксандии"),
    ],
)
def test_the_list_punctuation_after_an_entry_is_not_its_own(raw: str, entry: str) -> None:
    assert unpunctuated(raw) == entry


@pytest.mark.parametrize(
    "name",
    [
        "Xandische Arbeiterpartei",
        "Zetland Öğretmenler Sendikası",
        "اتحاد نقابات زتلاند",
        "Φόρουμ Ζέτλαντ",
    ],
)
def test_the_learnt_likeness_weighs_a_name_alike_with_a_closing_full_stop(name: str) -> None:
    assert likeness(name) > 0.5
    assert likeness(f"{name}.") == likeness(name)
    assert likeness(f"{name};") == likeness(name)
