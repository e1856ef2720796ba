"""The enumeration of names in a text's prose that no other reader takes, named as who made the
statement by the words at its edges: a word for a statement and a word calling it joint right
before it ("deklaratë e përbashkët A, B, C, D"), or its kind in the plural right after it ("A, B,
C parties formed ..."); the run's first name read back from the clause before it, when it is an
abbreviation alone, is the run's own. A word for a statement that the stem of a verb of
speaking also reads ("déclaration", "declaración") makes no run after it whom the statement
speaks of; a verb of speaking does ("Nous déclarons notre soutien à A, B, C et D"). Names are
made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a text that names its signers only in such a run, and the signers.
NAMED = {
    # a joint declaration, its words before the run joined by Albanian's linking article
    "sq": (
        "Deklaratë për zgjedhjet\n\n"
        "Kjo është një deklaratë e përbashkët XKP, PTU, ZSF, LDX.\n\n"
        "Partitë kërkojnë një qeveri tranzitore përpara zgjedhjeve, sepse pa të nuk mund të ketë "
        "zgjedhje të lira në vend. Ata thonë se do t'i propozojnë Presidentit një marrëveshje.\n",
        ["XKP", "PTU", "ZSF", "LDX"],
    ),
    # the run's kind in the plural after it, a quoted name its last item
    "hy": (
        "Քաղաքական կոալիցիայի հայտարարությունը\n\n"
        "Արդեն երեք տարի է ԶԿԿ, ՔԱԿ, «Զետլանդիայի երկիր» կուսակցությունները կազմել են "
        "քաղաքական կոալիցիա, որն իր վրա է վերցրել երկրի զարգացման պատասխանատվությունը:\n\n"
        "Կոալիցիան ստեղծվեց երկրի համար ծանր ժամանակահատվածում, և կողմերը պատրաստ են միասին "
        "հասնելու դրված նպատակներին:\n",
        ["ԶԿԿ", "ՔԱԿ", "Զետլանդիայի երկիր"],
    ),
}

#: Each case: a run after a word for a statement and a word calling it joint, the word for a
#: statement also read by the stem of a verb of speaking ("déclar*"), and the signers.
JOINT = {
    "fr": (
        "Sur les salaires\n\n"
        "Dans une déclaration commune, XKP, PTU, ZSF et LDX demandent au gouvernement de retirer "
        f"la loi.\n\n{PROSE['fr']}\n",
        ["XKP", "PTU", "ZSF", "LDX"],
    ),
    "es": (
        "Sobre los salarios\n\n"
        "En una declaración conjunta, XKP, PTU, ZSF y LDX exigen al gobierno que retire la ley."
        f"\n\n{PROSE['es']}\n",
        ["XKP", "PTU", "ZSF", "LDX"],
    ),
    "it": (
        "Sui salari\n\n"
        "In una dichiarazione congiunta, XKP, PTU, ZSF e LDX chiedono al governo di ritirare la "
        f"legge.\n\n{PROSE['it']}\n",
        ["XKP", "PTU", "ZSF", "LDX"],
    ),
}

#: Each case: a run that a verb of speaking before it makes whom the statement speaks of.
SPOKEN_OF = {
    "fr": (
        "Sur les salaires\n\n"
        "Nous déclarons notre soutien à XKP, PTU, ZSF et LDX dans leur lutte pour les salaires."
        f"\n\n{PROSE['fr']}\n"
    ),
}


@pytest.mark.parametrize("language", sorted(JOINT))
def test_a_run_after_a_joint_statement_signs(language: str) -> None:
    text, signers = JOINT[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize("language", sorted(SPOKEN_OF))
def test_a_run_after_a_verb_of_speaking_signs_nothing(language: str) -> None:
    assert outside_of(read_text(SPOKEN_OF[language])) == []


@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_run_named_as_the_makers_signs(language: str) -> None:
    text, signers = NAMED[language]
    assert outside_of(read_text(text)) == signers
