"""Nothing invented, nothing lost: a country's name with abbreviations in a bracket after it
("France (XFDT, ZGT)", fr "d'Allemagne (XGB)", es "Bélgica (XSC, ZGTB)") names that country's
bodies by their abbreviations. Each abbreviation signs, with the country as its country; the
country signs nothing, and neither does the country's own code ("Germany (DE)"). The
abbreviations and the other names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, outside_of, read_text, skipped_of

#: A title, a paragraph and a list's cue, and the list's lines.
LISTS = {
    "en": (
        "Joint statement against the cuts\n\n"
        "We, the undersigned trade union centres, reject the budget cuts that the governments "
        "announced last week and call on workers to join the strike.\n\nSigned by:\n\n",
        ["Germany (XGB)", "Belgium (XSC, ZGTB)", "Xandian Teachers' Union", "France (XFDT, ZGT)"],
    ),
    "es": (
        "Declaración conjunta contra los recortes\n\n"
        "Nosotras, las centrales sindicales firmantes, rechazamos los recortes presupuestarios "
        "que los gobiernos anunciaron la semana pasada.\n\nFirman:\n\n",
        [
            "Alemania (XGB)",
            "Bélgica (XSC, ZGTB)",
            "Sindicato de Docentes de Xandia",
            "Francia (XFDT, ZGT)",
        ],
    ),
}

#: The names each list publishes, and the country each is given.
PUBLISHED = {
    "en": [
        ("XGB", "Germany"),
        ("XSC", "Belgium"),
        ("ZGTB", "Belgium"),
        ("Xandian Teachers' Union", None),
        ("XFDT", "France"),
        ("ZGT", "France"),
    ],
    "es": [
        ("XGB", "Alemania"),
        ("XSC", "Bélgica"),
        ("ZGTB", "Bélgica"),
        ("Sindicato de Docentes de Xandia", None),
        ("XFDT", "Francia"),
        ("ZGT", "Francia"),
    ],
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_a_country_with_abbreviations_in_a_list_names_its_bodies(language: str) -> None:
    opening, lines = LISTS[language]
    document = read_text(opening + "\n".join(lines) + "\n")
    [section] = [s for s in document.sections if s.kind == "list"]
    assert [(e.raw, e.country_hint) for e in section.entries] == PUBLISHED[language]
    assert [e.position for e in section.entries] == [1, 2, 3, 4, 5, 6]


def test_the_bodies_of_countries_named_in_a_sentence_sign() -> None:
    text = (
        "Communiqué de presse commun du 5 novembre 2010\n\n"
        "Les organisations syndicales d’Allemagne (XGB), de Belgique (XSC, ZGTB, XGSLB), des "
        "Pays-Bas (ZNV, XNV) et de France (XFDT, ZGT), membres du Groupe de Zedtown, se sont "
        "réunies à Paris les 4 et 5 novembre 2010.\n\n"
        "Les salaires sont comprimés et les contrats précaires se multiplient. Les organisations "
        "refusent que la facture de la crise soit présentée aux seuls salariés.\n"
    )
    assert outside_of(read_text(text)) == [
        "XGB",
        "XSC",
        "ZGTB",
        "XGSLB",
        "ZNV",
        "XNV",
        "XFDT",
        "ZGT",
    ]


def test_a_country_with_its_own_code_signs_nothing() -> None:
    opening, _ = LISTS["en"]
    lines = ["Xandian Teachers' Union", "Germany (DE)", "Zetland Workers' Party"]
    document = read_text(opening + "\n".join(lines) + "\n")
    assert lists_of(document) == [["Xandian Teachers' Union", "Zetland Workers' Party"]]
    assert ("Germany (DE)", "not-a-name") in skipped_of(document)
