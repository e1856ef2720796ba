"""A name after a word for "and" in a run of signers, with words in lower case before it that
say its kind ("X и региональное отделение ZKP", "X i regionalny oddział ZPP", "X and the
teachers' union XTU") (issue 18): the kind is passed over, the name after it is the signer,
and the run goes on to the verb. Names are made up ("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .reading import signers_in_news


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Russian: a branch of a party named by its abbreviation
        ("ru",
         "Профсоюзы Ксании и региональное отделение ЗКП подписали соглашение о "
         "сотрудничестве.",
         ["Профсоюзы Ксании", "ЗКП"]),
        # Polish: a regional branch
        ("en",
         "Związek Zawodowy Xandii i regionalny oddział ZPP podpisali porozumienie o "
         "współpracy.",
         ["Związek Zawodowy Xandii", "ZPP"]),
        # Ukrainian: a branch, with "та"
        ("ru",
         "Профспілка Ксанії та обласне відділення ЗКП підписали угоду про співпрацю.",
         ["Профспілка Ксанії", "ЗКП"]),
        # English: a kind of union with its members' trade
        ("en",
         "The Xandia Workers Party and the teachers' union XTU signed a joint statement today.",
         ["Xandia Workers Party", "XTU"]),
        # Spanish: the article before the kind
        ("es",
         "El Partido Obrero de Xandia y el sindicato ZUT firmaron una declaración conjunta.",
         ["Partido Obrero de Xandia", "ZUT"]),
    ],
)  # fmt: skip
def test_the_kind_before_a_joined_name_is_passed_over(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert signers_in_news(sentence, language) == signers


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # no name after the kind: the members of a union are no signer
        ("en",
         "The Xandia Workers Party and the union members signed a joint statement today."),
        # the kind's owner follows a joining word: not a name right after the kind
        ("ru",
         "Профсоюзы Ксании и региональное отделение партии подписали соглашение."),
    ],
)  # fmt: skip
def test_a_kind_with_no_name_after_it_adds_no_signer(language: str, sentence: str) -> None:
    assert len(signers_in_news(sentence, language)) <= 1
