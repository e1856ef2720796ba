"""The last name of a run in prose is a signer as the others are: after the word for "and" that
closes the run in the text's own language, though that word is a common word of other languages
(Swahili "na", Tagalog "at", Maltese "u", Romanian "si" written without its diacritic), also
where the clause goes on past a comma that a word in lower case follows to a capitalised word
after a later one; and before the dash that closes an aside the run stands in ("-A (XA), B y C
(ZC)- convocaron"). A word for "and" of the language inside a name, with the run going on after
it, keeps the name whole. Names are made up."""

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


#: A text whose lead names its signers in a run closed by the language's word for "and", its
#: clause going on after the run to a comma, a word in lower case and, after a further comma, a
#: capitalised word; and the signers it names.
CLAUSES_GOING_ON = {
    "sw": (
        "Tamko la pamoja\n\nKatika tamko la pamoja vyama vya XCM, ZDP, YFP na WLP vimesema "
        "kwamba sheria mpya inavunja haki, mikataba ya kimataifa, Katiba ya Xandia na Mkataba "
        "wa Kazi. Vyama hivyo vimesema kwamba uchaguzi lazima uwe huru na wa haki kwa wananchi "
        "wote.\n",
        ["XCM", "ZDP", "YFP", "WLP"],
    ),
    "ro": (
        "Comunicat comun\n\nIntr-o declaratie comuna BZS, XNSL si CSDX arata ca noua lege "
        "a salariilor incalca drepturi, acorduri si conventii, precum Constitutia Xandiei, "
        "Carta Sociala si Codul Muncii. Muncitorii din regiune "
        "sunt in greva de trei saptamani impotriva noilor reguli salariale, iar guvernul le "
        "raspunde cu arestari.\n",
        ["BZS", "XNSL", "CSDX"],
    ),
    "mt": (
        "Dikjarazzjoni konġunta\n\nIl-ftehim ġie ffirmat mill-unions GXU, MXT, ZMU u YMA, li "
        "jaqblu li l-liġi l-ġdida tikser id-drittijiet, il-ftehim internazzjonali, "
        "il-Kostituzzjoni ta' Xandja u l-Karta Soċjali. L-unions qalu li l-ftehim huwa pass "
        "importanti għall-ħaddiema kollha.\n",
        ["GXU", "MXT", "ZMU", "YMA"],
    ),
}


@pytest.mark.parametrize("language", sorted(CLAUSES_GOING_ON))
def test_a_clause_going_on_after_the_run_keeps_its_closing_and(language: str) -> None:
    """Only a capital after the first comma past the word for "and" says the run goes on (and
    that the word may be inside a name): a capital after a later comma is the clause's."""
    text, signers = CLAUSES_GOING_ON[language]
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
