"""Names written in lower case inside a run of names in running prose (issue 18): a run that
commas part goes on past a word in lower case between two of its separators, a name after it
("..., GdX, xbba, DPZKOM, yunisono und DZG"), where the reader stopped at the first such word
and lost the run's tail. A word of the sentence between two commas (a word of speaking, "and",
a joining word) is no name. Names are made up ("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(sentence: str, body: str) -> str:
    return f"Xandia news\n\n{sentence}\n\n{body}\n\n{body}\n"


@pytest.mark.parametrize(
    ("sentence", "body", "signers"),
    [
        # German: after "darunter", two names in lower case, the last after "und"
        ("Unterzeichnet wurde die Erklärung von Gewerkschaften aus Bahn und Verwaltung, "
         "darunter XVC, ZUFO, GdX, xbba, DPZKOM, ZDBA, yunisono und DZG.",
         PROSE["de"],
         ["XVC", "ZUFO", "GdX", "xbba", "DPZKOM", "ZDBA", "yunisono", "DZG"]),
        # Italian: after "tra cui", one name in lower case inside the run
        ("Hanno aderito all'appello molte associazioni di Xandia, tra cui XARCI, ZLEGA, xlibera, "
         "PTU e Rete Zetland.",
         PROSE["it"],
         ["XARCI", "ZLEGA", "xlibera", "PTU", "Rete Zetland"]),
        # Russian (Cyrillic): after "в том числе", a name in lower case before "и"
        ("Заявление поддержали профсоюзы Ксандии, в том числе КТКС, ЗПРС, ксандиус и ФНПЗ.",
         PROSE["ru"],
         ["КТКС", "ЗПРС", "ксандиус", "ФНПЗ"]),
    ],
)  # fmt: skip
def test_a_name_in_lower_case_keeps_the_run_going(
    sentence: str, body: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentence, body))) == signers


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a word of the sentence between two abbreviations
        ("Unterzeichnet wurde die Erklärung von Gewerkschaften aus Bahn und Verwaltung, "
         "darunter XVC, ZUFO, auch, DZG.", "auch"),
        # a word in lower case after a name written out: no run of abbreviations
        ("Unterzeichnet wurde die Erklärung von Gewerkschaften aus Bahn und Verwaltung, "
         "darunter XVC, ZUFO, Verband der Zetländer, xbba, DZG.", "xbba"),
    ],
)  # fmt: skip
def test_a_word_in_lower_case_outside_a_run_of_abbreviations_signs_nothing(
    sentence: str, word: str
) -> None:
    signers = outside_of(read_text(_text(sentence, PROSE["de"])))
    assert signers[:2] == ["XVC", "ZUFO"]
    assert word not in signers


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        ("en", "The appeal was signed by XKP and PTU; later, ZTU joined the campaign.",
         ["XKP", "PTU"]),
        ("fr", "L'appel a été signé par XKP, PTU; ensuite, ZTU l'a rejoint.", ["XKP", "PTU"]),
        ("it", "L'appello è stato firmato da XKP, PTU; poi, ZTU ha aderito.", ["XKP", "PTU"]),
        ("ru", "Обращение подписали КПК, ПТС; затем, ЗТС присоединился.", ["КПК", "ПТС"]),
    ],
)  # fmt: skip
def test_a_word_between_a_semicolon_and_a_comma_opens_a_clause_and_signs_nothing(
    language: str, sentence: str, signers: list[str]
) -> None:
    # "; later," after a run of abbreviations: a clause's first word, not a name of the run
    assert outside_of(read_text(_text(sentence, PROSE[language]))) == signers
