"""A line that is only the name of the group behind a text ("Organising committee", "Grup
impulsor", "Tertip Komitesi") heads the list of its members under it, one a line or in one line
parted by commas (a last comma too): the heading is no entry, and a run of plain lines above it
(the letter's closing sentence, its sender) does not swallow it. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: The closing line of an invitation, the group's heading, and its members.
GROUPS = {
    "tr": (
        "Bu önemli harekete sizleri davet ediyoruz.",
        "Tertip Komitesi",
        ["Zetland Aileleri Federasyonu", "Ksandiya Memurlar Sendikası", "Zetland Aydınlar Derneği"],
    ),
    "ca": (
        "Us hi esperem a tots.",
        "Grup impulsor",
        ["Assemblea Xandiana (AX)", "Òmnium Zetlandès (OZ)", "Unió de Pagesos de Xedra (UPX)"],
    ),
    "en": (
        "We look forward to seeing you there.",
        "Organising committee:",
        ["Zetland Teachers' Union", "Xandia Tenants' Association", "Ypsiland Workers' Forum"],
    ),
}


@pytest.mark.parametrize("language", sorted(GROUPS))
@pytest.mark.parametrize("layout", ["lines", "one line"])
def test_the_group_behind_a_text_heads_its_members(language: str, layout: str) -> None:
    closing, heading, members = GROUPS[language]
    prose = PROSE.get(language, PROSE["en"])
    listed = "\n\n".join(members) if layout == "lines" else ", ".join(members) + ","
    text = f"{prose[:40]}\n\n{prose}\n\n{closing}\n\n{heading}\n\n{listed}\n"
    assert lists_of(read_text(text)) == [members]


def test_a_title_that_names_the_group_heads_no_list() -> None:
    text = (
        "Statement of the organising committee of the Xandia march\n\n"
        f"{PROSE['en']}\n\n{PROSE['en']}\n"
    )
    assert lists_of(read_text(text)) == []
