"""An abbreviation written before a name is the name's own abbreviation only when the words after
it name an organisation of their own: its initials ("XKP Xandian Kommunist Party"), or a type
word ("STZ Sindicatu di i Travagliadori Zetlandesi"). Before words that are no name on their own,
a place or a branch ("XCFDT Pays Zetlandais", "XKP Zetland Region"), it heads the name: the entry
is that organisation's branch, not the place. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text


def _entries(language: str, cue: str, names: list[str]) -> list[tuple[str, str | None]]:
    prose = PROSE[language]
    lines = "\n".join(f"- {name}" for name in names)
    document = read_text(f"Title\n\n{prose}\n\n{cue}\n\n{lines}\n\n{prose}\n")
    return [(e.name, e.abbreviation) for s in document.sections for e in s.entries]


@pytest.mark.parametrize(
    ("language", "cue", "names", "read"),
    [
        ("fr", "Signataires :",
         ["XCFDT Pays Zetlandais", "XCGT Territoriaux de Zetville",
          "STZ Syndicat des travailleurs zetlandais"],
         [("XCFDT Pays Zetlandais", None), ("XCGT Territoriaux de Zetville", None),
          ("Syndicat des travailleurs zetlandais", "STZ")]),
        ("en", "Signatories:",
         ["XKP Zetland Region", "XTU Xandia Teachers Union", "ZGN Zetland Green Network"],
         [("XKP Zetland Region", None), ("Xandia Teachers Union", "XTU"),
          ("Zetland Green Network", "ZGN")]),
        ("es", "Firmantes:",
         ["XCCOO Comarca Zetlandesa", "XUGT Unión General de Xandia",
          "ZMLP Zetland Marxist-Leninist Proletarian"],
         [("XCCOO Comarca Zetlandesa", None), ("Unión General de Xandia", "XUGT"),
          ("Zetland Marxist-Leninist Proletarian", "ZMLP")]),
    ],
)  # fmt: skip
def test_an_abbreviation_heads_a_name_that_is_no_name_of_its_own(
    language: str, cue: str, names: list[str], read: list[tuple[str, str | None]]
) -> None:
    assert _entries(language, cue, names) == read
