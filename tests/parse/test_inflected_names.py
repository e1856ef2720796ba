"""A name read again in another case is one signer (``structure._inflected``); two names that
differ in a code are two (twelfth session).

Each text is made up for the test; what a user checks in ``kzld parse``: the signers named
outside lists, in order.
"""

from __future__ import annotations

from .prose import PROSE
from .reading import outside_of, read_text


def test_names_that_differ_in_a_code_are_two_signers() -> None:
    # the title names "Xandia-1" and the lead "Xandia-2": a digit after a hyphen is no case
    # ending, so both sign; "Світанку" and "Світанок" are one name in two cases
    text = (
        "Спільна заява «Ксанія-1» і «Світанку»\n\n"
        "Політичні партії «Ксанія-2» і «Світанок» оприлюднили спільну заяву.\n\n"
        f"{PROSE['ru']}\n"
    )
    assert outside_of(read_text(text)) == ["Ксанія-1", "Світанку", "Ксанія-2"]
