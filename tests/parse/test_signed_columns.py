"""At a letter's foot, the organisations set out in columns (runs of spaces between them), each
over its signer's name in the row under it, sign the letter: every organisation is an entry,
whatever its name's own evidence ("XS", "Our Rails"), and the persons are none. A row of roles
over the names ("Chair", "Secretary") names no organisation. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: The closing line, then rows of organisations each over a row of their signers.
FEET = {
    "sk": (
        "S pozdravom",
        [
            (
                ["XZV", "Naše koľaje", "OZX"],
                ["Ing. Ján Xandský, v.r.", "Peter Zetský, v.r.", "Mgr. Eva Ypsilová, v.r."],
            ),
            (["SZX", "Odbory Zetlandu"], ["JUDr. Marek Xanda, v.r.", "Ivan Zet, v.r."]),
        ],
    ),
    "en": (
        "Yours sincerely,",
        [
            (["XRU", "Our Rails", "ZTF"], ["Dr. John Xander", "Mary Zetson", "Paul Ypsilon"]),
            (["YWA", "Xandia Drivers"], ["Anne Xavier", "Tom Zed"]),
        ],
    ),
    "cs": (
        "S pozdravem",
        [
            (
                ["XOS", "Naše dráhy", "ZOK"],
                ["Ing. Jan Xandr, v.r.", "Petr Zetek, v.r.", "Eva Ypsilonová, v.r."],
            ),
            (["SXZ", "Odbory Zetlandu"], ["Mgr. Marek Xanda, v.r.", "Ivan Zet, v.r."]),
        ],
    ),
}


def _foot(rows: list[tuple[list[str], list[str]]]) -> str:
    return "\n\n".join(
        "      ".join(f"{o:<24}" for o in orgs).rstrip()
        + "\n\n"
        + "      ".join(f"{p:<24}" for p in persons).rstrip()
        for orgs, persons in rows
    )


@pytest.mark.parametrize("language", sorted(FEET))
def test_organisations_in_columns_over_their_signers_sign(language: str) -> None:
    closing, rows = FEET[language]
    prose = PROSE.get(language, PROSE["en"])
    text = f"{prose}\n\n{prose}\n\n{closing}\n\n{_foot(rows)}\n"
    assert lists_of(read_text(text)) == [orgs for orgs, _ in rows]


def test_roles_in_columns_over_names_are_no_organisations() -> None:
    rows = [(["Chair", "Secretary", "Treasurer"], ["John Xander", "Mary Zetson", "Paul Ypsilon"])]
    text = f"{PROSE['en']}\n\n{PROSE['en']}\n\nYours sincerely,\n\n{_foot(rows)}\n"
    assert lists_of(read_text(text)) == []
