"""A run of names in a text's first sentence that the list reader refused for its ends (issue
18, inline names): the sentence's opening glued to its first name and the sentence's rest to its
last ("12 May 2024 - The X Union (XU), Y, Z and W call for ..."), read with both ends cut, when
no other reader found a signer. A run in the argument, two runs in the lead, and a run of
surnames name no one. Names are made up.
"""

from __future__ import annotations

import pytest

from kzld.parse.signatories.cut import cut_signers
from kzld.parse.text import split_lines

from .prose import PROSE
from .reading import read_text


@pytest.mark.parametrize(
    ("opening", "signers"),
    [
        (
            "12 May 2024 - The Xandia Workers Union (XWU), ZETFORUM, Ostland Teachers "
            "Federation, Article 12 and Zetland Rights Centre welcome the new law on strikes "
            "and ask the government for more.",
            [
                "Xandia Workers Union (XWU)",
                "ZETFORUM",
                "Ostland Teachers Federation",
                "Article 12",
                "Zetland Rights Centre",
            ],
        ),
        (
            "Pet organizacija okupljenih u mreži XMR – Helsinški odbor Xandije (HOX), Centar "
            "za prava Zetlanda, Grupa 77 i Ostlandska unija mladih (OUM) pozivaju na mir i "
            "poštovanje prava.",
            [
                "Helsinški odbor Xandije (HOX)",
                "Centar za prava Zetlanda",
                "Grupa 77",
                "Ostlandska unija mladih (OUM)",
            ],
        ),
        (
            "Come XP CGZ insieme a ZISL FP, FISAZ ZISL, UIZ FPL e UILZUCS abbiamo proclamato "
            "uno sciopero nazionale per il 16 settembre.",
            ["ZISL FP", "FISAZ ZISL", "UIZ FPL", "UILZUCS"],
        ),
    ],
)
def test_a_run_in_the_first_sentence_is_read_cut_at_both_ends(
    opening: str, signers: list[str]
) -> None:
    assert _cut("Xandia news", opening, PROSE["en"], PROSE["en"]) == signers


def test_the_cut_run_is_published_when_no_other_reader_names_a_signer() -> None:
    opening = (
        "Come XP CGZ insieme a ZISL FP, FISAZ ZISL, UIZ FPL e UILZUCS abbiamo proclamato uno "
        "sciopero nazionale per il 16 settembre."
    )
    document = read_text(f"Xandia news\n\n{opening}\n\n{PROSE['it']}\n\n{PROSE['it']}\n")
    assert [(e.raw, e.reader) for s in document.sections for e in s.entries] == [
        ("ZISL FP", "cut_signers"),
        ("FISAZ ZISL", "cut_signers"),
        ("UIZ FPL", "cut_signers"),
        ("UILZUCS", "cut_signers"),
    ]


#: A run of names glued to the opening and the rest of its sentence, and a second one.
_RUN = (
    "12 May 2024 - The Xandia Workers Union (XWU), ZETFORUM, Ostland Teachers Federation and "
    "Zetland Rights Centre welcome the new law on strikes."
)
_OTHER = (
    "Last year - Ostland Farmers League, XANPEACE, Zetland Dockers Union and Xandia Students "
    "Federation were banned by the government of the region."
)


def _cut(*paragraphs: str) -> list[str]:
    """The names the cut-run reading alone takes from a text of ``paragraphs``."""
    lines = split_lines("\n\n".join(paragraphs) + "\n")
    return [e.raw for s in cut_signers(lines, set()) for e in s.entries]


def test_the_run_in_the_lead_is_read_by_the_cut_run_reading() -> None:
    names = ["Xandia Workers Union (XWU)", "ZETFORUM", "Ostland Teachers Federation"]
    assert _cut("Xandia news", _RUN, PROSE["en"]) == [*names, "Zetland Rights Centre"]


def test_a_run_after_the_lead_names_no_one() -> None:
    assert _cut("Xandia news", PROSE["en"], PROSE["en"], _RUN) == []


def test_two_runs_in_the_lead_name_no_one() -> None:
    assert _cut("Xandia news", _RUN, _OTHER, PROSE["en"]) == []


def test_a_run_of_surnames_names_no_one() -> None:
    run = (
        "12 May 2024 - The leaders Zedović, Xandić, Ostlić and Zetović agreed in the capital "
        "to run together in the next election."
    )
    assert _cut("Xandia news", run, PROSE["en"]) == []
