"""A lead's subject named in sentence case, its own name in quotation marks after its kind in
lower case ("Xandijos mokytojų profesinė sąjunga „Vienybė“ palaiko ...", "Незалежна профспілка
«Зетланд» заявила ..."): the one signer, whole, not the words up to its kind alone. Words of the
sentence before a kind (a pronoun, a number, a word for "both") name no one, and neither does a
name after words that lead up to it, which may stand in another case. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A title and a paragraph of argument in each language, with no name in them.
_AROUND = {
    "lt": (
        "Solidarumas su kalnakasiais",
        "Kalnakasiai streikuoja jau tris savaites, o jų šeimoms reikia pagalbos.",
    ),
    "ru": (
        "Солидарность с шахтёрами",
        "Шахтёры бастуют уже три недели, и их семьям нужна помощь.",
    ),
    "pl": (
        "Solidarność z górnikami",
        "Górnicy strajkują od trzech tygodni, a ich rodziny potrzebują pomocy.",
    ),
    "cs": (
        "Solidarita s horníky",
        "Horníci stávkují už tři týdny a jejich rodiny potřebují pomoc.",
    ),
    "uk": (
        "Солідарність із шахтарями",
        "Шахтарі страйкують уже три тижні, і їхнім родинам потрібна допомога.",
    ),
}


def _read(language: str, sentence: str) -> list[str]:
    title, argument = _AROUND[language]
    return outside_of(read_text(f"{title}\n\n{sentence}\n\n{argument}\n"))


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("lt", "Xandijos mokytojų profesinė sąjunga „Vienybė“ palaiko Zetlando kalnakasių "
         "teisėtą ir taikią kovą už atlyginimus.",
         "Xandijos mokytojų profesinė sąjunga „Vienybė“"),
        ("ru", "Независимый профсоюз «Зетланд» заявил о поддержке забастовки шахтёров Ксании.",
         "Независимый профсоюз «Зетланд»"),
        ("uk", "Незалежна профспілка «Зетланд» заявила про підтримку страйку шахтарів Ксанії.",
         "Незалежна профспілка «Зетланд»"),
        # words in lower case after the type word, before the quoted name
        ("pl", "Niezależny związek zawodowy „Xandia” popiera strajk górników w Zetlandii.",
         "Niezależny związek zawodowy „Xandia”"),
        ("cs", "Nezávislý odborový svaz „Xandia“ podporuje stávku horníků v Zetlandu.",
         "Nezávislý odborový svaz „Xandia“"),
    ],
)  # fmt: skip
def test_a_name_in_sentence_case_that_speaks_signs_whole(
    language: str, sentence: str, name: str
) -> None:
    assert _read(language, sentence) == [name]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # "both unions", "the same party's": a word of the sentence, not of a name
        ("lt", "Abi profesinės sąjungos „Vienybė“ nariai palaiko Zetlando kalnakasių kovą."),
        ("lt", "Tos pačios partijos „Vienybė“ nariai palaiko Zetlando kalnakasių kovą."),
        # seven parties
        ("ru", "Семь оппозиционных партий «Зетланд» заявили о поддержке забастовки."),
        # the chair of the union speaks, not the union
        ("ru", "Председатель независимого профсоюза «Зетланд» заявил о поддержке забастовки."),
    ],
)  # fmt: skip
def test_words_of_the_sentence_before_a_kind_name_no_one(language: str, sentence: str) -> None:
    found = _read(language, sentence)
    assert not any("«" in name or "„" in name for name in found)
