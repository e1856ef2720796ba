"""Nothing invented: an article that joins the parts of one name in the text's language
(Albanian "e", "i", "të": "Partia Socialiste e Xandisë", "Bashkimi i Sindikatave të Lira";
Romanian "a": "Confederația Națională a Sindicatelor") is the name's own, though it is a word for
"and" in another language (Italian "e", Polish "i", Czech "a"): the name is read whole, never cut
into fragments there. In an Italian text "e" still joins two names. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A lead whose subject is two names, each with a linking article inside it, and the argument.
LEADS = {
    "sq": (
        "Partia Socialiste e Xandisë dhe Bashkimi i Sindikatave të Lira të Zetlandit kanë "
        "firmosur sot marrëveshjen mes tyre, e cila synon t’u japë zgjidhje disa prej "
        "problemeve të punonjësve. Firmosja u bë sot në qytetin e Zedtown.",
        ["Partia Socialiste e Xandisë", "Bashkimi i Sindikatave të Lira të Zetlandit"],
    ),
    "ro": (
        "Blocul Sindical Zetlandez și Confederația Națională a Sindicatelor Xandiene au semnat "
        "astăzi un acord privind salariul minim. Cele două organizații cer guvernului să "
        "respecte acordul.",
        ["Blocul Sindical Zetlandez", "Confederația Națională a Sindicatelor Xandiene"],
    ),
    "it": (
        "Il Partito dei Lavoratori di Xandia e l'Unione Sindacale di Zetland hanno firmato oggi "
        "un accordo sul salario minimo. Le due organizzazioni chiedono al governo di "
        "rispettarlo.",
        ["Partito dei Lavoratori di Xandia", "Unione Sindacale di Zetland"],
    ),
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_a_linking_article_keeps_the_name_whole(language: str) -> None:
    lead, signers = LEADS[language]
    assert outside_of(read_text(f"Xandia\n\n{lead}\n")) == signers


def test_linking_articles_in_a_run_after_a_word_of_signing() -> None:
    """Three Albanian names after "kanë nënshkruar" (have signed), each with its article."""
    sentence = (
        "Deklaratën e kanë nënshkruar Lëvizja e Rinisë, Partia e Punës e Zetlandit dhe "
        "Bashkimi i Grave. Ne kërkojmë paqe."
    )
    assert outside_of(read_text(f"Xandia\n\n{sentence}\n")) == [
        "Lëvizja e Rinisë",
        "Partia e Punës e Zetlandit",
        "Bashkimi i Grave",
    ]
