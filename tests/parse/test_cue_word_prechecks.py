"""The check that lets most texts pass by the search for a cue word among their words: a text
none of whose words, folded, is in the list gives nothing, and a text holding one gives what the
word-by-word search gives (:func:`kzld.parse.cues.inner_cue_words`, and the names read back
from a word that speaks for them after them in ``kzld.parse.signing``).

Each line is made up for the test.
"""

from __future__ import annotations

import pytest

from kzld.model.folding import fold
from kzld.parse import signing
from kzld.parse.cues import _INNER_WORD, folded_words, inner_cue_words
from kzld.parse.running import WORD
from kzld.parse.text import Line

ENTRIES = [
    "Xandia Union and Zetland Party",
    "Xandia Union AND Zetland Party",
    "Xandia Union, Zetland Party",
    "Xandia Union et Zetland Party und Ostland",
    "Xandia Union\tand\tZetland Party",
    "and Xandia Union and",
    "Workers' Party of Zetland for the Ostland Teachers' Union",
    "Sindicato de Xandia y Partido de Zetlandia",
    "Xandia Unionand Zetland",
    "",
]


def _word_by_word(text: str, key: str) -> list[tuple[int, str]]:
    cue = folded_words(key)
    return [(m.start(), m.group(1)) for m in _INNER_WORD.finditer(text) if fold(m.group(1)) in cue]


@pytest.mark.parametrize("key", ["and_words", "signing_for_words"])
@pytest.mark.parametrize("text", ENTRIES)
def test_inner_cue_words_as_word_by_word(text: str, key: str) -> None:
    found = [(m.start(), m.group(1)) for m in inner_cue_words(text, key)]
    assert found == _word_by_word(text, key)


def test_inner_cue_words_exact() -> None:
    assert [(m.start(), m.group(1)) for m in inner_cue_words(ENTRIES[0], "and_words")] == [
        (13, "and")
    ]
    assert [m.group(1) for m in inner_cue_words(ENTRIES[1], "and_words")] == ["AND"]
    assert list(inner_cue_words(ENTRIES[2], "and_words")) == []
    # a word at the text's edge has no space on one side: no inner word
    assert list(inner_cue_words(ENTRIES[5], "and_words")) == []
    assert list(inner_cue_words(ENTRIES[8], "and_words")) == []


LINES = [
    "Eylemde Ksanya Komünist Partisi (KKP) adına Ana Zet konuştu.",
    "Ksanya Komünist Partisi ADINA",
    "A Xandiai Kommunista Párt nevében",
    "Zetlandin Työväenpuolueen puolesta: Ana Zet",
    "Ksanya Komünist Partisi adınaa Ana Zet",
    "The Workers' Party of Zetland met in Zedtown.",
    "",
]


@pytest.mark.parametrize("text", LINES)
def test_names_before_a_postposition_as_word_by_word(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = Line(3, 100, 100 + len(text), text)
    checked = signing._before_postposition(line)
    with monkeypatch.context() as patched:
        # a pattern whose findall gives a word of the list for any line lets no line pass by
        class _Every:
            finditer = staticmethod(WORD.finditer)

            @staticmethod
            def findall(content: str) -> list[str]:
                return ["adına", *WORD.findall(content)]

        patched.setattr(signing, "WORD", _Every)
        unchecked = signing._before_postposition(line)
    assert checked == unchecked


def test_names_before_a_postposition_exact() -> None:
    text = LINES[0]
    assert signing._before_postposition(Line(3, 100, 100 + len(text), text)) == [
        (100, "Eylemde Ksanya Komünist Partisi (KKP)")
    ]
    text = LINES[2]
    assert signing._before_postposition(Line(1, 0, len(text), text)) == [
        (2, "Xandiai Kommunista Párt")
    ]
    for text in LINES[4:]:
        assert signing._before_postposition(Line(1, 0, len(text), text)) == []
