"""Nothing invented: one word in capitals over a text, of five letters or more, that the text
writes in lower case ("YOUTH" over a paper's page, then "... the youth of Zetland ...") is the
page's section label, a common word, no body's name; a word capitalised only, a shorter word in
capitals (an abbreviation) or one the text never writes in lower case is read as before. Words
and places are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.gate import _common_phrase


@pytest.mark.parametrize(
    ("head", "text", "common"),
    [
        ("TENANTS", "The tenants of Zetland ask for rents to be frozen.", True),
        ("ΕΝΟΙΚΙΑΣΤΕΣ", "Οι ενοικιαστές της Ζέτλαντ ζητούν να παγώσουν τα ενοίκια.", True),
        ("Tenants", "The tenants of Zetland ask for rents to be frozen.", False),  # capitalised
        ("RENTS", "The tenants of Zetland ask for rents to be frozen.", True),
        ("XAND", "The xand of Zetland ask for rents to be frozen.", False),  # four letters
        ("ZEPHYR", "The tenants of Zetland ask for rents to be frozen.", False),  # not written
    ],
)
def test_a_head_s_label_the_text_writes_in_lower_case(head: str, text: str, common: bool) -> None:
    assert _common_phrase(head, text) is common
