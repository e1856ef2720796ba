"""Organisations named through their leaders or representatives at the head of a run of names
(issue 18): "Szefowie X, Y i Z podpisali deklarację", "Dirigentes do X e do Y assinaram", the
organisations are the signers and the word for their leaders is no name's; and a quoted name
whose kind follows it ("«X» İctimai Forumun", "„X” Párt") keeps its kind. Names are made up
("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text, signers_in_news


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Polish: "the heads of" (genitive, no joining word), one name in the genitive
        ("en",
         "Szefowie XPL, ZPS, PSX i Zielonych Xandii podpisali deklarację przed wyborami do "
         "parlamentu.",
         ["XPL", "ZPS", "PSX", "Zielonych Xandii"]),
        # Portuguese: "the leaders of the" with its joining word
        ("pt",
         "Dirigentes do XPT e do ZPC assinaram hoje uma declaração conjunta em Lisboa.",
         ["XPT", "ZPC"]),
        # Russian: "the leaders", names in the genitive
        ("ru",
         "Руководители Партии Ксании и Союза Зетландии подписали совместное заявление.",
         ["Партии Ксании", "Союза Зетландии"]),
        # English: read so before too (the joining words after "Leaders" were passed over)
        ("en",
         "Leaders of the Xandia Workers Party and the Zetland Green Union signed a joint "
         "statement today.",
         ["Xandia Workers Party", "Zetland Green Union"]),
    ],
)  # fmt: skip
def test_the_leaders_word_opens_no_name(language: str, sentence: str, signers: list[str]) -> None:
    assert signers_in_news(sentence, language) == signers


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Azerbaijani: the kind after a quoted name, in the genitive, before "leaders"
        ("tr",
         "Seçkini boykot edən XAP, ZLP, Yaşıl Partiyası və «Xandiya Naminə» İctimai Forumun "
         "rəhbərləri birgə bəyanat imzalayıblar.",
         ["XAP", "ZLP", "Yaşıl Partiyası", "«Xandiya Naminə» İctimai Forumun"]),
        # Turkish
        ("tr",
         "XİP, ZSP ve «Zetland İçin» Halk Hareketi ortak bir açıklama imzaladı.",
         ["XİP", "ZSP", "«Zetland İçin» Halk Hareketi"]),
        # Hungarian, with its own quotation marks
        ("en",
         "Az XMP, a ZSZP és a „Szabad Xandia” Párt közös nyilatkozatot írt alá tegnap.",
         ["XMP", "ZSZP", "„Szabad Xandia” Párt"]),
        # Russian puts the kind before the quoted name: nothing after it is taken
        ("ru",
         "Движение «Вперёд, Ксания» и партия «Зетланд» подписали совместное заявление.",
         ["Вперёд, Ксания", "Зетланд"]),
    ],
)  # fmt: skip
def test_a_quoted_name_keeps_the_kind_after_it(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert signers_in_news(sentence, language) == signers


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # Polish, a two-letter abbreviation first (read by the lead's coordinated runs too)
        ("Koalicja Xandii staje się faktem. Liderzy złożyli podpisy\n\nSzefowie XO, ZSL, XLD i "
         "Zielonych Xandii podpisali deklarację przed wyborami do parlamentu. Przedstawiciele "
         "tych partii wystartują w maju ze wspólnej listy.\n\nDeklaracja mówi o wspólnych "
         "wartościach i o Xandii w Europie.\n",
         ["XO", "ZSL", "XLD", "Zielonych Xandii"]),
        # Portuguese, with no joining word after the leaders' word
        ("A coligação de Xandia é um facto. Os líderes assinaram\n\nDirigentes XP, ZSL e XLD "
         "assinaram hoje uma declaração conjunta antes das eleições. Os representantes destes "
         "partidos vão concorrer juntos.\n\nA declaração fala de valores comuns.\n",
         ["XP", "ZSL", "XLD"]),
    ],
)  # fmt: skip
def test_no_signer_opens_with_the_leaders_word(text: str, signers: list[str]) -> None:
    assert outside_of(read_text(text)) == signers


def test_no_signer_opens_with_the_leaders_word_in_cyrillic() -> None:
    text = (
        "Коалиция Ксании создана. Лидеры подписали документ\n\nЛидеры КП, ЗСД и Партии Ксании "
        "подписали декларацию перед выборами в парламент. Представители этих партий пойдут на "
        "выборы единым списком.\n\nДекларация говорит об общих ценностях.\n"
    )
    found = outside_of(read_text(text))
    # (the headline's "Коалиция Ксании" is the title reader's, another form, left aside here)
    assert [n for n in found if n != "Коалиция Ксании"] == ["КП", "ЗСД", "Партии Ксании"]


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # English: "and others" after two names is no name going on past "and"
        ("en",
         "Xandia Workers Party, Zetland Green Union and others say in a statement that wages "
         "must rise.",
         ["Xandia Workers Party", "Zetland Green Union"]),
        # Polish: "i inni" (and others) after two names in the genitive
        ("pl",
         "Partia Pracy Xandii, Związek Zawodowy Zetlandu i inni wzywają we wspólnym "
         "oświadczeniu do pokoju.",
         ["Partia Pracy Xandii", "Związek Zawodowy Zetlandu"]),
    ],
)  # fmt: skip
def test_a_run_closed_by_and_others_keeps_its_last_name(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert signers_in_news(sentence, language) == signers
