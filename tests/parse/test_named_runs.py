"""The enumeration of names in a text's prose that no other reader takes, named as who made the
statement by the words at its edges: a word for a statement and a word calling it joint right
before it ("deklaratë e përbashkët A, B, C, D"), or its kind in the plural right after it ("A, B,
C parties formed ..."); the run's first name read back from the clause before it, when it is an
abbreviation alone, is the run's own. A joint meeting names no statement's makers. Names are
made up."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_run_named_as_the_makers_signs(language: str) -> None:
    text, signers = NAMED[language]
    assert outside_of(read_text(text)) == signers
