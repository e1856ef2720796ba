"""The signers a headline names as the subject of a word of signing, each after its article
("La X i la Y signem un conveni ...", "La X e la Y firmano ..."): the article that opens the
headline is no word of the first name, as the article before the second is none of the second's.
Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a headline naming two bodies after their articles, a word of signing after them,
#: then a paragraph of prose; and the two names.
HEADLINES = {
    # Catalan: "signem" (we sign), the signers speaking of themselves
    "ca": (
        "La Xandiana-CSC i la ZUT signem un conveni de col·laboració\n\n"
        "Els treballadors de la regió fan vaga des de fa tres setmanes contra les noves normes "
        "salarials, i el govern els ha respost amb detencions i prohibicions.\n",
        ["Xandiana-CSC", "ZUT"],
    ),
    # Spanish: "firman" (sign)
    "es": (
        f"La Xandiana-CSC y la ZUT firman un convenio de colaboración\n\n{PROSE['es']}\n",
        ["Xandiana-CSC", "ZUT"],
    ),
    # Italian: "firmano" (sign)
    "it": (
        f"La Xandiana-CSC e la ZUT firmano un accordo di collaborazione\n\n{PROSE['it']}\n",
        ["Xandiana-CSC", "ZUT"],
    ),
    # French: "signent" (sign)
    "fr": (
        f"La Xandiana-CSC et la ZUT signent un accord de coopération\n\n{PROSE['fr']}\n",
        ["Xandiana-CSC", "ZUT"],
    ),
}


@pytest.mark.parametrize("language", sorted(HEADLINES))
def test_a_headline_subject_after_its_article_signs_without_it(language: str) -> None:
    text, signers = HEADLINES[language]
    assert outside_of(read_text(text)) == signers
