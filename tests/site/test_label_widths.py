"""The network's label widths: the layout keeps labels apart by their estimated widths, so an
estimate below what a browser draws lets two labels overlap (seen: "NWM", 26 px drawn, was
estimated at 22.5 px and touched the label beside it)."""

from __future__ import annotations

import pytest

from kzld.site.network import _width

#: Widths drawn at 10 px, the wider of DejaVu Sans and Liberation Sans (the fonts sans-serif is
#: on most systems), summed from the advances in their ``hmtx`` tables.
MEASURED = [
    ("NWM", 26.0),
    ("MWmw@%", 55.94),
    ("Zetland Workers’ Union", 118.33),
    ("Partido Comunista de Xândia (PCX)", 176.44),
    ("Ξανδιανό Κόμμα Εργαζομένων", 152.69),
    ("Щёлковская ЖШЩЮ", 111.59),
    ("حزب زيتلاند", 67.79),
    ("Ǆemal", 39.02),
    ("Ⅷ", 13.17),
    ("New Xandian League of…", 128.58),
    ("".join(chr(c) for c in range(32, 127)), 567.28),
]


@pytest.mark.parametrize(("text", "drawn"), MEASURED)
def test_a_label_is_never_estimated_narrower_than_it_is_drawn(text: str, drawn: float) -> None:
    assert _width(text) >= drawn


def test_a_combining_accent_adds_nothing_and_a_wide_character_counts_wide() -> None:
    assert _width("e\u0301") == _width("e") == _width("é")
    assert _width("中华") == 21.0
