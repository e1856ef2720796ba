"""Slovenian "in" (and) parts two names between capitals, as Czech and Slovak "a" and Latvian
"un" do (``cues.yaml and_before_capitals``): "Zelena levica in Ypsilon" is two signers. Where
"in" is a preposition (English, German) before a place, the place is no signer of its own.
Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

_SL = (
    "Stranke so se dogovorile, da bodo skupaj nastopile na volitvah in se zavzemale za pravične "
    "plače po vsej državi."
)


def test_in_parts_two_slovenian_names() -> None:
    text = (
        "Sporazum\n\nStranke XLM, Zelena levica in Ypsilon so danes podpisale sporazum o "
        f"sodelovanju na volitvah.\n\n{_SL}\n"
    )
    assert outside_of(read_text(text)) == ["XLM", "Zelena levica", "Ypsilon"]


def test_in_parts_the_last_two_names_of_a_run() -> None:
    text = (
        "Sporazum\n\nOpozicijske XLM, ZD, Ypsilon in XAB so uskladile besedilo sporazuma o "
        f"povolilnem sodelovanju.\n\n{_SL}\n"
    )
    found = outside_of(read_text(text))
    assert found[-2:] == ["Ypsilon", "XAB"]


@pytest.mark.parametrize(
    ("title", "sentence", "argument", "names"),
    [
        ("Statement",
         "The Xandia Workers Party in Zetland and the Ypsilon Union signed the declaration in "
         "Xandiaville today.",
         "The two organisations agreed to campaign together for fair wages and against "
         "precarious work in every region of the country.",
         ["Xandia Workers Party in Zetland", "Ypsilon Union"]),
        ("Erklärung",
         "Die Arbeiterpartei Xandiens in Zetland und die Gewerkschaft Ypsilon unterzeichneten "
         "heute in Xandiastadt die Erklärung.",
         "Die beiden Organisationen vereinbarten, gemeinsam für gerechte Löhne und gegen prekäre "
         "Arbeit in allen Regionen des Landes zu kämpfen.",
         ["Arbeiterpartei Xandiens in Zetland", "Gewerkschaft Ypsilon"]),
    ],
)  # fmt: skip
def test_in_before_a_place_parts_no_signer_off(
    title: str, sentence: str, argument: str, names: list[str]
) -> None:
    # the place stays in the name it ends: no signer "Zetland", no name cut before "in"
    assert outside_of(read_text(f"{title}\n\n{sentence}\n\n{argument}\n")) == names
