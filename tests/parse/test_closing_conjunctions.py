"""The last name of a run in prose is a signer as the others are: after the word for "and" that
closes the run in the text's own language, though that word is a common word of other languages
(Swahili "na", Tagalog "at", Maltese "u"), and before the dash that closes an aside the run
stands in ("-A (XA), B y C (ZC)- convocaron"). A word for "and" of the language inside a name,
with the run going on after it, keeps the name whole. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A text whose lead names its signers in a run closed by the language's word for "and", and
#: the signers it names.
CLOSED_RUNS = {
    "sw": (
        "Tamko la pamoja\n\nMakubaliano ya muungano yamevihusisha vyama vya XCM, ZDP, YFP na "
        "WLP, na yataanza kutumika mwaka huu. Vyama hivyo vimesema kwamba uchaguzi lazima uwe "
        "huru na wa haki kwa wananchi wote.\n",
        ["XCM", "ZDP", "YFP", "WLP"],
    ),
    "tl": (
        "Pahayag ng pagkakaisa\n\nIpinahayag ngayon ang pagsasanib-puwersa ng apat na partido: "
        "ang Partido Federal ng Xandia (PFX), Lakas-ZU (Zetland Union), Pwersa ng Masang "
        "Xandiano (PMX), at ang Hugpong ng Pagbabago (HNP) para suportahan ang kandidatura ng "
        "kanilang pinuno. Sinabi ng mga partido na ang alyansa ay para sa kapakanan ng bawat "
        "manggagawa.\n",
        [
            "Partido Federal ng Xandia (PFX)",
            "Lakas-ZU (Zetland Union)",
            "Pwersa ng Masang Xandiano (PMX)",
            "Hugpong ng Pagbabago (HNP)",
        ],
    ),
    "mt": (
        "Dikjarazzjoni konġunta\n\nIl-ftehim ġie ffirmat mill-unions GXU, MXT, ZMU u YMA, u "
        "jidħol fis-seħħ mill-ewwel ta' Jannar. L-unions qalu li l-ftehim huwa pass importanti "
        "għall-ħaddiema kollha.\n",
        ["GXU", "MXT", "ZMU", "YMA"],
    ),
}


@pytest.mark.parametrize("language", sorted(CLOSED_RUNS))
def test_the_name_after_the_closing_and_of_the_language_signs(language: str) -> None:
    text, signers = CLOSED_RUNS[language]
    document = read_text(text)
    assert [v.language for v in document.versions] == [language]
    assert outside_of(document) == signers


def test_an_and_of_the_language_inside_a_name_keeps_it_whole() -> None:
    """Swahili "na" inside the second name, the run going on after it: one name, not two."""
    document = read_text(
        "Tamko la pamoja\n\nMakubaliano ya muungano yamevihusisha vyama vya XCM, Chama cha "
        "Zetu na Xandia (CZX), ZDP na WLP, na yataanza kutumika mwaka huu. Vyama hivyo "
        "vimesema kwamba uchaguzi lazima uwe huru na wa haki kwa wananchi wote.\n"
    )
    assert outside_of(document) == ["XCM", "Chama cha Zetu na Xandia (CZX)", "ZDP", "WLP"]


def test_the_name_before_the_dash_closing_an_aside_signs() -> None:
    """The run stands between two dashes, the closing one written onto the last abbreviation."""
    document = read_text(
        "Declaración conjunta\n\nLos líderes de las cuatro organizaciones integrantes del frente "
        "-Unión Xandiana de Campesinos (UXC), Central Zetlandesa de Obreros (CZO), el YPSILON y "
        "la Confederación Nacional de Productores de Maíz de Xandia (CNPMX)- convocaron a sus "
        "agremiados a la movilización del próximo mes en defensa de la tierra.\n"
    )
    found = outside_of(document)
    assert len(found) == 4
    assert found[2:] == [
        "YPSILON",
        "Confederación Nacional de Productores de Maíz de Xandia (CNPMX)",
    ]
