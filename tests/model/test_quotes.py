"""The one pattern of a name in quotation marks, which the reader and the resolver share."""

from __future__ import annotations

import pytest

from kzld.model.quotes import quoted_name


@pytest.mark.parametrize(
    ("text", "single", "names"),
    [
        ("Organisation « La Voie Xandienne » du Zetland", False, [" La Voie Xandienne "]),
        ("ZU „Zeta“ und „Eta Bloc“", False, ["Zeta", "Eta Bloc"]),
        ('the union "Zeta Labour"', False, ["Zeta Labour"]),
        ("‘Zeta’, ‘Eta’", False, []),
        ("‘Zeta’, ‘Eta’", True, ["Zeta", "Eta"]),
        ("«Z»", False, []),  # one letter is no name
        ("«" + "Z" * 81 + "»", False, []),  # nor a quoted sentence
    ],
)
def test_a_name_in_quotation_marks(text: str, single: bool, names: list[str]) -> None:
    assert quoted_name(single=single).findall(text) == names
