"""The organisations a headline names at its start (or after its statement word) sign when a
paragraph below opens with them again: the words the two share say where a name in sentence
case ends, and the paragraph's form is the one taken (not the headline's genitive); names
joined by "and" are parted. A headline written again whole, a name that goes on in the
paragraph, a headline in capitals, a statement word after the name, or abbreviations the text
writes again only inside a sentence sign nothing here. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.repeated import repeated_signers
from kzld.parse.text import Line

from .prose import PROSE
from .reading import outside_of, read_text


def _line(content: str, start: int = 0) -> Line:
    return Line(number=1, start=start, end=start + len(content), content=content)


#: Each case: the headline, the paragraph under it, the signer as the paragraph writes it.
REPEATED = {
    "cs-subject": (
        "Xandijská aliance práce a míru vyzývá občany k účasti na pochodu",
        "Xandijská aliance práce a míru (XAPM) zve členy všech svých spolků na sobotní "
        "pochod městem.",
        "Xandijská aliance práce a míru",
    ),
    "cs-genitive": (
        "Stanovisko Odborového svazu zetlandských pekařů a cukrářů",
        "Odborový svaz zetlandských pekařů a cukrářů žádá vládu, aby do konce měsíce "
        "zahájila jednání o mzdách.",
        "Odborový svaz zetlandských pekařů a cukrářů",
    ),
}


@pytest.mark.parametrize("case", sorted(REPEATED))
def test_a_headline_name_the_paragraph_below_opens_with_signs(case: str) -> None:
    headline, paragraph, signer = REPEATED[case]
    found = repeated_signers(_line(headline), [_line(paragraph, len(headline) + 2)])
    assert found is not None
    assert [e.name for e in found.entries] == [signer]
    assert found.entries[0].span.start == len(headline) + 2


def test_the_signer_in_a_whole_text() -> None:
    headline, paragraph, signer = REPEATED["cs-genitive"]
    document = read_text(f"{headline}\n\n{paragraph}\n\n{PROSE['en']}\n")
    assert outside_of(document) == [signer]


@pytest.mark.parametrize(
    ("headline", "paragraph"),
    [
        # the headline written again whole: no name is told apart from its verb
        (
            "Xandijská aliance práce a míru vyzývá občany",
            "Xandijská aliance práce a míru vyzývá občany k účasti na pochodu.",
        ),
        # the paragraph's name goes on past the headline's words
        (
            "Xandijská aliance práce vyzývá občany k účasti na demonstraci",
            "Xandijská aliance práce Zetlandu proto vyzývá všechny občany.",
        ),
        # a statement word after the name: the statement's label, the title readers' to read
        (
            "Xandijská aliance práce prohlášení k demonstraci",
            "Xandijská aliance práce vyzývá všechny občany k účasti na demonstraci.",
        ),
        # a headline in capitals: its capitals tell its names, other readers'
        (
            "XANDIJSKÁ ALIANCE PRÁCE VYZÝVÁ OBČANY",
            "XANDIJSKÁ ALIANCE PRÁCE vyzývá všechny občany k účasti na demonstraci.",
        ),
    ],
)
def test_no_signer_without_a_name_told_apart(headline: str, paragraph: str) -> None:
    assert repeated_signers(_line(headline), [_line(paragraph, len(headline) + 2)]) is None


def test_names_joined_by_and_are_parted() -> None:
    headline = "Xandia Teachers Union and Zetland Bakers Union demand higher wages"
    paragraph = "Xandia Teachers Union and Zetland Bakers Union said on Monday that it goes on."
    found = repeated_signers(_line(headline), [_line(paragraph, len(headline) + 2)])
    assert found is not None
    assert [e.name for e in found.entries] == ["Xandia Teachers Union", "Zetland Bakers Union"]


#: A headline opening with two abbreviations.
ABBREVIATED = "XTU y ZGT a favor del diálogo en Zetlandia"


def test_abbreviations_a_paragraph_below_opens_with_again_sign() -> None:
    paragraph = (
        "1.- XTU y ZGT recuerdan que solo una mesa de negociación entre el gobierno y los "
        "sindicatos puede poner fin al conflicto de los puertos."
    )
    document = read_text(f"{ABBREVIATED}\n\n{paragraph}\n\n{PROSE['es']}\n")
    assert outside_of(document) == ["XTU", "ZGT"]


def test_abbreviations_written_again_inside_a_sentence_sign_nothing() -> None:
    paragraph = (
        "Según XTU y ZGT, solo una mesa de negociación entre el gobierno y los sindicatos "
        "puede poner fin al conflicto de los puertos."
    )
    document = read_text(f"{ABBREVIATED}\n\n{paragraph}\n\n{PROSE['es']}\n")
    assert outside_of(document) == []
