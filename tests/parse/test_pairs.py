"""Entries that pair an organisation with the person who signs for it ("Surname Name – X Union",
"X Union, Name Surname, secretary", "X Mission – Name Surname, former president"): the
organisation signs, a person with a role only is skipped. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of

#: A cue, entries pairing persons and organisations, the organisations, the persons' entries.
PAIRED = {
    "it": (
        "Qui di seguito le associazioni e i partiti rappresentati:",
        [
            "1. Rossi Maria – Partito Comunista di Xandia",
            "2. Bianchi Luca – giurista",
            "3. Conti Anna – Unione Giovani di Zetlandia",
            "4. Neri Paolo – Presidente nazionale della Lega Y",
            "5. Gialli Carla – Rete Ypsilon",
        ],
        ["Partito Comunista di Xandia", "Unione Giovani di Zetlandia", "Lega Y", "Rete Ypsilon"],
        ["Bianchi Luca – giurista"],
    ),
    "sl": (
        "V Ljubljani, 26. 1. 2018",
        [
            "Sindikat delavcev Xandije, Ana Novak, sekretarka",
            "Sindikat Zetland, Marko Kos, predsednik",
            "Zveza svobodnih sindikatov Ypsilona, Iztok Zupan, glavni tajnik",
        ],
        ["Sindikat delavcev Xandije", "Sindikat Zetland", "Zveza svobodnih sindikatov Ypsilona"],
        [],
    ),
    "en": (
        "Signed:",
        [
            "1. Joint Observer Mission of the XU and YDC – Hon. Dr. Jane Doe Smith, former chair.",
            "2. Zetland Electoral Institute – Ben Graham Jones, head of mission.",
            "3. Ypsiland Observation Group – Mary Ann Brown, chair.",
        ],
        [
            "Joint Observer Mission of the XU and YDC",
            "Zetland Electoral Institute",
            "Ypsiland Observation Group",
        ],
        [],
    ),
}


@pytest.mark.parametrize("language", sorted(PAIRED))
def test_the_organisation_paired_with_a_person_signs(language: str) -> None:
    cue, entries, organisations, persons = PAIRED[language]
    text = f"Title\n\n{PROSE.get(language, PROSE['en'])}\n\n{cue}\n" + "\n".join(entries) + "\n"
    document = read_text(text)
    assert lists_of(document) == [organisations]
    assert [t for t, reason in skipped_of(document) if reason == "person"] == persons


def test_a_name_and_its_abbreviation_after_a_dash_are_no_pair() -> None:
    entries = ["X Party of Britain – XPB", "Workers' Party of Zetland – WPZ", "Ypsiland Union"]
    document = read_text(f"Title\n\n{PROSE['en']}\n\nSignatories:\n" + "\n".join(entries) + "\n")
    assert lists_of(document) == [entries]
