"""Persons who speak or table a text for an organisation: the organisation signs, never the person.

- "Person, Organisation – what they spoke of" bullets under a heading: each bullet's organisation
  is an entry of the list;
- a parliament's motion tabled by members, a line of their names over "on behalf of the X
  group" (or "X-ryhmän puolesta", "Az X képviselőcsoport nevében") for each group: the groups
  sign, read from those lines; the lines of members and the on-behalf lines are no list.

Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: A heading, then (person, organisation) bullets and what each person spoke of.
BULLETS = {
    "sq": (
        "Memorandum i mirëkuptimit:",
        [("Arben Kola", "XKP"), ("Besa Doko", "Qendra Xandia"), ("Dritan Mema", "Zetland")],
        " – mbi nevojën që organizatat të punojnë në rrjet;",
    ),
    "en": (
        "Memorandum of understanding:",
        [("Jane Doe", "XKP"), ("Ben Smith", "Xandia Centre"), ("Mary Brown", "Zetland")],
        " – on the need for civil society groups to work together;",
    ),
    "fr": (
        "Protocole d'accord :",
        [("Jeanne Dupont", "XKP"), ("Paul Martin", "Centre Xandia"), ("Marie Leroy", "Zetland")],
        " – sur la nécessité de travailler en réseau;",
    ),
}


@pytest.mark.parametrize("language", sorted(BULLETS))
def test_a_persons_bullet_signs_for_its_organisation(language: str) -> None:
    cue, rows, topic = BULLETS[language]
    rows = [*rows, ("Ola Nord", "Ypsilon Network")]
    bullets = "\n".join(f"  • {person}, {organisation}{topic}" for person, organisation in rows)
    prose = PROSE.get(language, PROSE["en"])
    document = read_text(f"Title\n\n{cue}\n\n{bullets}\n\n{prose}\n\n{prose}\n")
    assert lists_of(document) == [[organisation for _, organisation in rows]]


#: How a motion's line says on whose behalf its members table it, and what signs.
BEHALF = {
    "fi": ("{}-ryhmän puolesta", "{}-ryhmän"),
    "en": ("On behalf of the {} Group", "{} Group"),
    "es": ("En nombre del Grupo {}", "Grupo {}"),
    "hu": ("Az {} képviselőcsoport nevében", "{} képviselőcsoport"),
}
#: The groups, and the members of each (a long line of them, then short ones).
GROUPS = ["XPP", "S&Z", "Renew Xandia", "Verts/ZLE", "YCR"]
_MANY = (
    "Anna Virtanen, Jussi Koski, Maria Lind, Olli Rantanen, Pekka Salo, Sari Niemi, Kalle Mäki, "
    "Liisa Heino, Tuomas Laine, Hanna Salmi, Mikko Vuori, Eeva Lehto, Antti Koivu"
)
MEMBERS = [
    _MANY,
    "Tom Berg, Eva Holm",
    _MANY,
    "Lena Sund, Ola Nord, Kari Lahti",
    "Mia Aho, Timo Kivi",
]


@pytest.mark.parametrize("language", sorted(BEHALF))
def test_members_tabling_a_motion_on_behalf_of_groups_are_no_list(language: str) -> None:
    behalf, signer = BEHALF[language]
    lines = ["YHTEINEN PÄÄTÖSLAUSELMAESITYS Xandian tilanteesta", "18.12.2019 - (2019/2982(RSP))"]
    for group, members in zip(GROUPS, MEMBERS, strict=True):
        lines += [members, behalf.format(group)]
    prose = PROSE.get(language, PROSE["en"])
    document = read_text("\n".join(lines) + f"\nThe Parliament,\n– {prose}\n– {prose}\n")
    assert lists_of(document) == []
    assert outside_of(document) == [signer.format(group) for group in GROUPS]
