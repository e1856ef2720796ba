"""Articles that no list of joining words holds, because they are prepositions or conjunctions in
other languages (Portuguese "a", "o", "os", "as"; Greek "η", "ο"), before a name and inside one
after a joining word ("a União Xandiana ..., o Partido ...", "Câmara de Comércio para o Brasil")
(issue 18); and a number word that is a joining word in another language counts nothing past a
comma ("dos Trabalhadores, o Partido X": Portuguese "of the", Spanish "two"); in a run whose
names each open with an article, a word for "and" that no article follows is inside a name ("the
X (XTO), the Union of Craftsmen and Traders Federation of Zetland (TOZB) and the Y"). Names are
made up ("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from kzld.parse.runs import name_run

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
         "Την ανακοίνωση υπογράφουν η Ένωση Εργαζομένων Ξάνιας, ο Σύλλογος Ζέτας και η "
         "Ομοσπονδία Ύψιλον.",
         ["Ένωση Εργαζομένων Ξάνιας", "Σύλλογος Ζέτας", "Ομοσπονδία Ύψιλον"]),
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


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        # English: "the" before each name but the one after "and"
        ("The Xandia Chamber of Commerce (XTO), the Zetland Chamber of Commerce (KTZ), the Union "
         "of Craftsmen and Traders Federation of Zetland (TOZB) and the Union of Xandian Chambers "
         "of Commerce (UXO) met today.",
         "Union of Craftsmen and Traders Federation of Zetland (TOZB)"),
        # Italian: an article elided onto a name ("l’Unione") is an article too
        ("La Camera di Commercio di Xandia (XTO), la Camera di Commercio di Zetland (KTZ), "
         "l’Unione degli Artigiani e Federazione dei Commercianti di Zetland (TOZB) e la "
         "Federazione delle Camere di Xandia (UXO) si sono riunite oggi.",
         "Unione degli Artigiani e Federazione dei Commercianti di Zetland (TOZB)"),
        # Greek
        ("Το Επιμελητήριο Εμπορίου της Ξάνιας (ΧΤΟ), το Επιμελητήριο Εμπορίου της Ζέτλαντ "
         "(ΚΤΖ), η Ένωση Βιοτεχνών και Ομοσπονδία Εμπόρων της Ζέτλαντ (ΤΟΖΒ) και η Ομοσπονδία "
         "Επιμελητηρίων της Ξάνιας (ΥΧΟ) συναντήθηκαν σήμερα.",
         "Ένωση Βιοτεχνών και Ομοσπονδία Εμπόρων της Ζέτλαντ (ΤΟΖΒ)"),
        # German
        ("Die Handelskammer Xandia (XTO), die Handelskammer Zetland (KTZ), die Union der "
         "Handwerker und Föderation der Händler Zetlands (TOZB) und die Föderation der Kammern "
         "Xandias (UXO) trafen sich heute.",
         "Union der Handwerker und Föderation der Händler Zetlands (TOZB)"),
    ],
)  # fmt: skip
def test_an_and_no_article_follows_in_a_run_of_articles_is_inside_a_name(
    sentence: str, joined: str
) -> None:
    names = [name for _, name in name_run(sentence, 0, relaxed=True)[0]]
    assert len(names) == 4
    assert names[2] == joined


@pytest.mark.parametrize(
    "sentence",
    [
        # an article after "and": two names
        "The Xandia Chamber of Commerce (XTO), the Zetland Chamber of Commerce (KTZ), the Union "
        "of Craftsmen and the Traders Federation of Zetland (TOZB) met today.",
        # no article before the names: the run's form says nothing
        "Xandia Chamber of Commerce (XTO), Zetland Chamber of Commerce (KTZ), Union of Craftsmen "
        "and Traders Federation of Zetland (TOZB) met today.",
    ],
)
def test_an_and_stays_between_two_names_outside_a_run_of_articles(sentence: str) -> None:
    names = [name for _, name in name_run(sentence, 0, relaxed=True)[0]]
    assert names[2:] == ["Union of Craftsmen", "Traders Federation of Zetland (TOZB)"]
