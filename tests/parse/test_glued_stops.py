"""Where a full stop that a page glued to the next sentence's first word stands at the end of a
name read from prose (:func:`kzld.parse.text.glued_stop`): the one test the sentences are cut
with, so that a name is cut where its sentence ends. Names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from kzld.parse.text import glued_stop, sentences


@pytest.mark.parametrize(
    ("name", "stop"),
    [
        # a word in lower case, the stop, a capital and a small letter: a sentence ends there
        ("Unió de Pagesos de Xandia.El", 25),
        ("Zetland Workers Union.Zetbund", 21),
        # no stop glued to a word: nothing to cut
        ("Xandia Workers Union", None),
        # an address, an abbreviation with stops, capitals before the stop: no sentence ends
        ("www.Xandia.Zt", None),
        ("XKP.El", None),
        ("ZETLANDIA.EL", None),
        # the stop glued inside an earlier word, not the last one: not this name's end
        ("Xandia.Zetland Union", None),
    ],
)
def test_a_glued_stop_is_found_where_a_sentence_ends(name: str, stop: int | None) -> None:
    assert glued_stop(name) == stop


def test_the_sentences_end_where_a_name_is_cut() -> None:
    text = "The Zetland Workers Union.Zetbund joined later."
    cut = ["The Zetland Workers Union.", "Zetbund joined later."]
    assert [s for _, s in sentences(text)] == cut
    assert glued_stop("Zetland Workers Union.Zetbund") == len("Zetland Workers Union")
