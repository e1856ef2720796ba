"""A name in sentence case after the first of a run that opens a sentence, read whole when its
abbreviation in brackets is spelled by its words, those in lower case too (issue 18): "X (XKOS) a
Asociace samostatných odborů (ASO) vydaly ..." was cut to "Asociace". Names are made up
("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Czech and Polish: cut after their first word before
        ("en",
         "Xandijská konfederace odborových svazů (XKOS) a Asociace samostatných odborů (ASO) "
         "vydaly společné prohlášení k rozpočtu.",
         ["Xandijská konfederace odborových svazů (XKOS)", "Asociace samostatných odborů (ASO)"]),
        ("en",
         "Xandijskie Porozumienie Związków Zawodowych (XPZZ) i Forum związków zawodowych (FZZ) "
         "podpisały wspólne oświadczenie w sprawie budżetu.",
         ["Xandijskie Porozumienie Związków Zawodowych (XPZZ)", "Forum związków zawodowych (FZZ)"]),
        # Ukrainian and Finnish: read whole before too
        ("ru",
         "Федерація профспілок Ксанії (ФПК) та Асоціація вільних профспілок (АВП) підписали "
         "спільну заяву щодо бюджету.",
         ["Федерація профспілок Ксанії (ФПК)", "Асоціація вільних профспілок (АВП)"]),
        ("en",
         "Xandian työntekijöiden keskusliitto (XTK) ja Forum vapaiden liittojen (FVL) "
         "allekirjoittivat yhteisen julkilausuman.",
         ["Xandian työntekijöiden keskusliitto (XTK)", "Forum vapaiden liittojen (FVL)"]),
    ],
)  # fmt: skip
def test_a_spelled_name_in_sentence_case_is_read_whole(
    language: str, sentence: str, signers: list[str]
) -> None:
    text = f"Xandia news\n\n{sentence}\n\n{PROSE[language]}\n"
    assert outside_of(read_text(text)) == signers
