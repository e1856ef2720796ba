"""Articles that no list of joining words holds, because they are prepositions or conjunctions in
other languages (Portuguese "a", "o", "os", "as"; Greek "η", "ο"), before a name and inside one
after a joining word ("a União Xandiana ..., o Partido ...", "Câmara de Comércio para o Brasil")
(issue 18); and a number word that is a joining word in another language counts nothing past a
comma ("dos Trabalhadores, o Partido X": Portuguese "of the", Spanish "two"). Names are made up
("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(sentence: str, body: str) -> str:
    return f"Xandia news\n\n{body}\n\n{sentence}\n\n{body}\n"


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Portuguese: an article before each name after "entre elas" (among them)
        ("pt",
         "A carta foi assinada por muitas organizações, entre elas a União Xandiana dos "
         "Trabalhadores, o Partido Zetlandês e a Liga Ypsilon.",
         ["União Xandiana dos Trabalhadores", "Partido Zetlandês", "Liga Ypsilon"]),
        # Portuguese: "para o" and "Para o" inside names after "como" (such as)
        ("pt",
         "O manifesto reúne muitas assinaturas, incluindo grandes entidades como a Federação "
         "Xandiana de Bancos (Fexban), a Confederação Nacional para o Progresso Xandiano (CNPX) "
         "e a Sociedade Xandiana Para o Progresso da Ciência (SXPC).",
         ["Federação Xandiana de Bancos (Fexban)",
          "Confederação Nacional para o Progresso Xandiano (CNPX)",
          "Sociedade Xandiana Para o Progresso da Ciência (SXPC)"]),
        # Greek: "η" and "ο" before the names after a verb of signing (read right before too)
        ("el",
         "Την ανακοίνωση υπογράφουν η Ένωση Εργαζομένων Ξάνθης, ο Σύλλογος Ζέτας και η "
         "Ομοσπονδία Ύψιλον.",
         ["Ένωση Εργαζομένων Ξάνθης", "Σύλλογος Ζέτας", "Ομοσπονδία Ύψιλον"]),
    ],
)  # fmt: skip
def test_names_after_articles(language: str, sentence: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(sentence, PROSE[language]))) == signers


def test_a_number_word_past_a_comma_counts_nothing() -> None:
    """Portuguese "dos" (of the) is Spanish "two": past the comma after it, the type word is no
    organisation it counts, and the names after it are not cut to as many."""
    sentence = (
        "Assinaram a carta a União Xandiana dos Trabalhadores, o Partido Zetlandês e a Liga "
        "Ypsilon."
    )
    assert "Zetlandês" not in outside_of(read_text(_text(sentence, PROSE["pt"])))
