"""The subject of a word of speaking in a text's lead, with words that describe it between
them (issue 18): others it does not name ("The X Union and its affiliates express ...", "La X
et ses syndicats condamnent ..."), or an apposition or a clause between commas ("The X Union,
which represents 40,000 teachers, condemns ...", "Die X, die größte Gewerkschaft des Landes,
fordert ..."): the subject is the one signer. Another subject after "and", or another
organisation named in the apposition, makes nothing read. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _signers(sentence: str, language: str) -> list[str]:
    return outside_of(read_text(f"{sentence}\n\n{PROSE[language]}\n"))


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        ("en",
         "The Xandia Trade Union Confederation (XTUC) and its affiliates express their "
         "solidarity with the striking dockers of Zetland.",
         ["Xandia Trade Union Confederation (XTUC)"]),
        ("fr",
         "La Confédération Syndicale de Xandie et ses syndicats condamnent les arrestations "
         "des grévistes de Zetland.",
         ["Confédération Syndicale de Xandie"]),
        ("es",
         "La Federación Obrera de Xandia y sus sindicatos exigen la libertad de los "
         "huelguistas de Zetland.",
         ["Federación Obrera de Xandia"]),
        # German nouns keep their capitals: the others' word is no name
        ("de",
         "Der Xandische Gewerkschaftsbund und seine Mitgliedsgewerkschaften fordern die "
         "Freilassung der Streikenden in Zetland.",
         ["Xandische Gewerkschaftsbund"]),
        # the others said in three words
        ("en",
         "The Xandia Trade Union Confederation and its member unions condemn the arrests of "
         "the striking dockers of Zetland.",
         ["Xandia Trade Union Confederation"]),
    ],
)  # fmt: skip
def test_a_subject_speaking_with_unnamed_others_signs(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert _signers(sentence, language) == signers


def test_another_subject_after_and_is_no_one_unnamed() -> None:
    # "the government" after "and": two subjects, the second no organisation; nothing is read
    sentence = (
        "The Xandia Trade Union Confederation and the government of Zetland express their "
        "regret at the closure of the docks."
    )
    assert "Xandia Trade Union Confederation" not in _signers(sentence, "en")


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        ("en",
         "The Xandia Teachers Union, which represents 40,000 teachers, condemns the arrests "
         "of the strikers in Zedtown.",
         ["Xandia Teachers Union"]),
        ("de",
         "Die Xandische Lehrergewerkschaft, die größte Gewerkschaft des Landes, fordert die "
         "Freilassung der Streikenden.",
         ["Xandische Lehrergewerkschaft"]),
        ("fr",
         "La Fédération Syndicale de Xandie, qui regroupe quarante syndicats, condamne les "
         "arrestations des grévistes.",
         ["Fédération Syndicale de Xandie"]),
        ("es",
         "La Federación Obrera de Xandia, que agrupa a cuarenta sindicatos, exige la libertad "
         "de los huelguistas.",
         ["Federación Obrera de Xandia"]),
    ],
)  # fmt: skip
def test_an_apposition_between_subject_and_verb_is_passed_over(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert _signers(sentence, language) == signers


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # another organisation speaks beside it: not the subject's one voice
        ("en",
         "The Xandia Teachers Union, together with the Zetland Nurses Federation, condemns "
         "the arrests of the strikers."),
        # the same in German, with an abbreviation
        ("de",
         "Die Xandische Lehrergewerkschaft, gemeinsam mit der XPV, fordert die Freilassung der "
         "Streikenden."),
    ],
)  # fmt: skip
def test_an_apposition_naming_another_is_not_passed_over(language: str, sentence: str) -> None:
    assert _signers(sentence, language) != ["Xandia Teachers Union"]
