"""A rule drawn across a marked list: under each entry (a sheet's line to sign on) it parts no
entries; under a resolution's points, each closing as a sentence, it parts them from the signers
under it, which are the list; under several names it closes their list. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A cue, a resolution's points and the parties under the rule.
RESOLUTIONS = {
    "it": (
        "All'incontro di Xandiapoli i seguenti partiti assumono la presente posizione:",
        ["No a ogni spostamento dei confini imposto con la forza.", "Zetland resta libera."],
        ["Partito Comunista di Xandia", "Partito dei Lavoratori di Zetland", "Lega Ypsilon"],
    ),
    "en": (
        "Meeting in Xandiatown, the following parties adopt this position:",
        ["No border in Europe may be moved by force.", "Zetland remains free."],
        ["Communist Party of Xandia", "Workers' Party of Zetland", "Ypsilon League"],
    ),
    "ru": (
        "На встрече в Ксандии следующие партии заняли эту позицию:",
        ["Никакие границы в Европе нельзя менять силой.", "Зетланд остаётся свободным."],
        ["Коммунистическая партия Ксандии", "Рабочая партия Зетланда", "Лига Ипсилон"],
    ),
}


@pytest.mark.parametrize("rule", ["=================", "—————————————"])
@pytest.mark.parametrize("language", sorted(RESOLUTIONS))
def test_a_rule_under_the_points_opens_the_list_of_signers(language: str, rule: str) -> None:
    cue, points, parties = RESOLUTIONS[language]
    lines = [cue, *(f"- {point}" for point in points), rule, *(f"- {name}" for name in parties)]
    assert lists_of(read_text("\n".join(lines) + "\n")) == [parties]


def test_a_rule_under_several_names_closes_their_list() -> None:
    names = ["Xandia Workers' Party", "Zetland Teachers' Union", "Ypsiland Tenants' Forum"]
    after = ["Xandia Women's League", "Zetland Students' Union"]
    lines = [
        "Signatories:",
        *(f"- {name}" for name in names),
        "=================",
        *(f"- {name}" for name in after),
    ]
    assert lists_of(read_text("\n".join(lines) + "\n")) == [names, after]


#: A heading of signatures, and parties numbered without full stops, a line to sign under each.
SHEETS = {
    "sq": (
        "Nënshkrimet e përfaqësuesve të partive",
        ["Aleanca Ksandiane", "Alternativa", "Lidhja"],
    ),
    "en": (
        "Signatures of the parties' representatives",
        ["Xandia Alliance", "Zetland Way", "Ypsilon Party"],
    ),
    "el": (
        "Υπογραφές των εκπροσώπων των κομμάτων",
        ["Συμμαχία Ξάνδης", "Δρόμος Ζέτλαντ", "Κόμμα Ύψιλον"],
    ),
}


@pytest.mark.parametrize("language", sorted(SHEETS))
def test_names_numbered_without_full_stops_over_lines_to_sign_on(language: str) -> None:
    heading, names = SHEETS[language]
    sheet = "\n\n—————————————\n\n".join(f"{k} {name}" for k, name in enumerate(names, 1))
    text = f"{PROSE[language] if language in PROSE else PROSE['en']}\n\n{heading}\n\n{sheet}\n"
    assert lists_of(read_text(text)) == [names]
