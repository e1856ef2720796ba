"""Signatory lists the reader once lost: every named signatory becomes exactly one signature.

Found by the benchmark's generated corpus (``bench/``): a list under a heading the reader did not
know ("Ondertekenaars", "Participant Parties") was read as prose, its entries' languages split
the text into versions (two of them "en", a SHACL violation), and its signatories were lost; a
second list under "Other Parties" right after the first was lost the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzld.parse import read_bytes
from kzld.pipeline import build

PROSE = (
    "Begin januari 2022 verspreidden massale protesten zich over heel Kazachstan nadat de prijs "
    "van vloeibaar gas was verdubbeld. Arbeiders gingen in staking en organiseerden bijeenkomsten."
)
NAMES = [
    "Marxist Communist Organisation (Spain)",
    "Socialist Workers' Party of Poland",
    "حزب الشعب الفلسطيني (Palestinian People's Party)",
    "Pôle de renaissance communiste en France (Pole of Communist Revival in France)",
    "PCF Parti communiste français (French Communist Party)",
    "PCE Communist Party of Spain",
    "CPC 中国共产党 (Communist Party of China)",
    "Páirtí na nOibrithe (Workers' Party of Ireland)",
]
OTHERS = ["Communist Party of Luxembourg", "Revolutionary Communist League (India)"]


def _text(heading: str, further: str) -> str:
    numbered = [f"  {n}. {name}" for n, name in enumerate(NAMES, start=1)]
    bulleted = [f"  • {name}" for name in OTHERS]
    lines = [
        "Gezamenlijke verklaring over de situatie in Kazachstan",
        "",
        PROSE,
        "",
        heading,
        "",
        *numbered,
        "",
        further,
        "",
        *bulleted,
        "",
        "Rotterdam, 8 augustus 2015",
        "",
    ]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("heading", "further"),
    [
        ("Ondertekenaars (stand per 6 september 2015):", "Overige ondertekenaars"),
        ("Participant Parties", "Other SolidNet Parties"),
        ("Unterzeichnende Parteien:", "Andere Organisationen"),
        ("La declaración ha sido firmada por:", "Otras organizaciones"),
        ("Партии, подписавшие заявление:", "Другие партии:"),
    ],
)
def test_every_entry_is_one_signatory_and_the_list_is_no_version(
    heading: str, further: str
) -> None:
    document = read_bytes("list.txt", _text(heading, further).encode())
    assert [v.language for v in document.versions] == ["nl"]
    assert [s.heading for s in document.sections] == [
        heading.rstrip(":").strip(),
        further.rstrip(":").strip(),
    ]
    assert [[e.raw for e in s.entries] for s in document.sections] == [NAMES, OTHERS]
    assert [e.position for e in document.sections[1].entries] == [1, 2]


def test_a_numbered_paragraph_still_speaks_its_language() -> None:
    text = "Titel van de verklaring\n\n 1. " + PROSE + "\n\n 2. " + PROSE + "\n"
    document = read_bytes("numbered.txt", text.encode())
    assert [v.language for v in document.versions] == ["nl"]
    assert document.sections == ()


def test_an_other_line_after_prose_opens_no_list() -> None:
    text = "Titel\n\n" + PROSE + "\n\nOther news\n\n  1. First item\n  2. Second item\n"
    assert read_bytes("other.txt", text.encode()).sections == ()


def test_the_built_graph_conforms_with_every_signature(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "list.txt").write_text(
        _text("Ondertekenaars (stand per 6 september 2015):", "Other Parties"), encoding="utf-8"
    )
    result = build(seeds, tmp_path / "out")
    assert result.report is not None and not result.report.fails()  # no violation
    assert result.signatures == len(NAMES) + len(OTHERS)


@pytest.mark.parametrize("more", ["… (13 weitere)", "… (13 más)", "(and 13 more)", "… (ещё 13)"])
def test_an_unnumbered_count_closing_a_list_is_the_stated_count(more: str) -> None:
    numbered = "\n".join(f"  {n}. {name}" for n, name in enumerate(NAMES, start=1))
    dateline = "Rotterdam, 8 augustus 2015"
    text = f"Titel\n\n{PROSE}\n\nOndertekenaars:\n\n{numbered}\n{more}\n\n{dateline}\n"
    (section,) = read_bytes("more.txt", text.encode()).sections
    assert [e.raw for e in section.entries] == NAMES
    assert section.more_stated == 13


@pytest.mark.parametrize("bullet", ["•", "*", "-"])
def test_a_numbered_date_after_a_bulleted_list_is_no_signatory(bullet: str) -> None:
    bulleted = "\n".join(f" {bullet} {name}" for name in NAMES)
    text = f"Titel\n\n{PROSE}\n\nUnterzeichner:\n\n{bulleted}\n\n18. September 2022\n"
    document = read_bytes("dated.txt", text.encode())
    (section,) = document.sections
    assert [e.raw for e in section.entries] == NAMES
    assert document.created is not None and document.created.date is not None
    assert document.created.date.isoformat() == "2022-09-18"


def test_a_date_that_continues_the_numbering_is_no_signatory() -> None:
    numbered = "\n".join(f"  {n}. {name}" for n, name in enumerate(NAMES, start=1))
    text = f"Titel\n\n{PROSE}\n\nUnterzeichner:\n\n{numbered}\n\n9. Oktober 2015\n"
    document = read_bytes("dated.txt", text.encode())
    (section,) = document.sections
    assert [e.raw for e in section.entries] == NAMES
    assert document.created is not None and document.created.date is not None
    assert document.created.date.isoformat() == "2015-10-09"
