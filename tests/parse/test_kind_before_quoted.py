"""A run's first name that closes the words before it with a name in quotation marks after an
abbreviation ("Intr-un comunicat comun XNSL "Fratia", BZS ...", "В совместном заявлении ПП
«Ксандия», КПЗ и ..."): the abbreviation is the name's, as it is where such a name opens a part
("..., XNSL "Fratia", ..."), and the name reads as one by it. Names are made up."""

from __future__ import annotations

import pytest

from .reading import signers_in_news


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Romanian written without diacritics: a capitalised type word before a quoted name
        # inside the run too
        ("ro",
         'Intr-o declaratie comuna XNSL "Fratia", BZS, Cartel "Zeta" si CSDX cer guvernului '
         "sa retraga noua lege a salariilor.",
         ['XNSL "Fratia"', "BZS", 'Cartel "Zeta"', "CSDX"]),
        ("ru",
         "В совместном заявлении ПП «Ксандия», КПЗ и Народная партия Зетландии призвали "
         "правительство отменить новые правила оплаты труда.",
         ["ПП «Ксандия»", "КПЗ", "Народная партия Зетландии"]),
        ("uk",
         "У спільній заяві ВО «Ксандія», КПЗ та Народна партія Зетландії закликали уряд "
         "скасувати нові правила оплати праці.",
         ["ВО «Ксандія»", "КПЗ", "Народна партія Зетландії"]),
        ("pl",
         "We wspólnym oświadczeniu NSZZ „Xandia”, OPZX i Forum Związków Zawodowych Zetlandii "
         "wezwały rząd do wycofania nowych przepisów.",
         ["NSZZ „Xandia”", "OPZX", "Forum Związków Zawodowych Zetlandii"]),
        ("sr",
         "U zajedničkoj izjavi UGS „Ksandija“, SSZ i Sindikat radnika Zetlanda pozvali su vladu "
         "da povuče nova pravila.",
         ["UGS „Ksandija“", "SSZ", "Sindikat radnika Zetlanda"]),
    ],
)  # fmt: skip
def test_the_kind_before_a_quoted_first_name_is_the_names(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert signers_in_news(sentence, language) == signers
