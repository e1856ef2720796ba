"""Nothing invented: the words in lower case that go on after an abbreviation in a sentence are
the sentence's, no part of the name ("XKP meclis grup başkanları": the XKP's group leaders in
parliament; "ZIL unitariamente": the ZIL, jointly); the abbreviation alone signs. A name that
goes on after its abbreviation in capitals is kept whole. Organisations are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: A title, and a sentence that names its signers as a run of abbreviations whose last one the
#: sentence goes on after in lower case (the signers it names, in order).
SENTENCE = {
    "tr": (
        "Dört partiden ortak bildiri",
        "Ortak bildiriyi XKP, ZSP, YHP ve ÇEP meclis grup başkanları bugün imzaladı.",
        ["XKP", "ZSP", "YHP", "ÇEP"],
    ),
    "it": (
        "Adesioni all'appello per la pace",
        "Fino a ieri avevano aderito: XCIL, ZISL e YIL unitariamente, con molte associazioni.",
        ["XCIL", "ZISL", "YIL"],
    ),
    "de": (
        "Aufruf zum Frieden",
        "Unterzeichnet haben: XGB, ZVD und YGW bundesweit, sowie viele andere.",
        ["XGB", "ZVD", "YGW"],
    ),
}


@pytest.mark.parametrize("language", sorted(SENTENCE))
def test_the_words_after_an_abbreviation_in_lower_case_are_the_sentences(language: str) -> None:
    title, sentence, signers = SENTENCE[language]
    document = read_text(f"{title}\n\n{sentence}\n\n{PROSE[language]}\n")
    assert outside_of(document) == signers


def test_a_name_that_goes_on_after_its_abbreviation_in_capitals_is_whole() -> None:
    sentence = (
        "The statement was signed by the XWU Zedtown, ZTU and YFU on the first day of the congress."
    )
    document = read_text(f"Joint statement on the new law\n\n{sentence}\n\n{PROSE['en']}\n")
    assert outside_of(document) == ["XWU Zedtown", "ZTU", "YFU"]
