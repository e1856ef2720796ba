"""One list in groups by kind ("The federations A, B, C." / "The unions A, D, E.") names the
federation and the union of one trade, written alike, as two organisations; a name written
twice in groups of one kind, or again in the list's other language under another heading,
stays one. Texts are read by the reader and resolved as a build resolves them; names are made
up."""

from __future__ import annotations

from functools import cache

import pytest

from kzld.parse import read_bytes
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, load_authority
from kzld.resources import organisations_file

LEAD = {
    "en": "Joint call for the textile strike\n\nWe call on all workers to join the strike on "
    "Monday against the wage cuts and for the collective agreements.\n\n",
    "el": "Κάλεσμα για την απεργία στην κλωστοϋφαντουργία\n\nΚαλούμε όλους τους εργαζόμενους να "
    "πάρουν μέρος στην απεργία της Δευτέρας ενάντια στις περικοπές των μισθών.\n\n",
    "es": "Llamamiento a la huelga textil\n\nLlamamos a todos los trabajadores a sumarse a la "
    "huelga del lunes contra los recortes salariales y por los convenios.\n\n",
    "fr": "Appel commun à la grève du textile\n\nNous appelons tous les travailleurs à rejoindre "
    "la grève de lundi contre les baisses de salaires et pour les conventions.\n\n",
}


@cache
def _authority() -> Authority:
    return load_authority(organisations_file())


def keys(text: str) -> list[list[str]]:
    """The key of every signatory of ``text``, list by list."""
    document = read_bytes("call.txt", text.encode("utf-8"))
    return [list(s) for s in OrganisationResolver(_authority()).resolve_sections(document)]


@pytest.mark.parametrize(
    ("language", "lines", "expected"),
    [
        (
            "en",
            "Signed by:\nThe federations Xandia Textile Workers, Zetland Builders, Lakeland "
            "Printers.\nThe unions Xandia Textile Workers, Lakeland Dockers, Zetland Bakers.\n",
            [
                [
                    "x-federations-xandia-textile-workers",
                    "x-zetland-builders",
                    "x-lakeland-printers",
                ],
                ["x-unions-xandia-textile-workers", "x-lakeland-dockers", "x-zetland-bakers"],
            ],
        ),
        (
            "el",
            "Το κάλεσμα μέχρι στιγμής υπογράφουν:\nΟι Ομοσπονδίες Κλωστοϋφαντουργών Ξάνδιας, "
            "Οικοδόμων Ζετλανδίας, Τυπογράφων Λέικλαντ.\nΤα Συνδικάτα Κλωστοϋφαντουργών Ξάνδιας, "
            "Λιμενεργατών Λέικλαντ, Αρτοποιών Ζετλανδίας.\n",
            [
                [
                    "x-omospondies-klostoyfantoyrgon-xandias",
                    "x-oikodomon-zetlandias",
                    "x-typografon-leiklant",
                ],
                [
                    "x-syndikata-klostoyfantoyrgon-xandias",
                    "x-limenergaton-leiklant",
                    "x-artopoion-zetlandias",
                ],
            ],
        ),
        (
            "es",
            "Firman:\nLas federaciones Textil de Xandia, Construcción de Zetland, Artes Gráficas "
            "de Lakeland.\nLos sindicatos Textil de Xandia, Portuarios de Lakeland, Panaderos de "
            "Zetland.\n",
            [
                [
                    "x-federaciones-textil-de-xandia",
                    "x-construccion-de-zetland",
                    "x-artes-graficas-de-lakeland",
                ],
                [
                    "x-sindicatos-textil-de-xandia",
                    "x-portuarios-de-lakeland",
                    "x-panaderos-de-zetland",
                ],
            ],
        ),
    ],
)
def test_a_name_in_groups_of_two_kinds_is_two_organisations(
    language: str, lines: str, expected: list[list[str]]
) -> None:
    assert keys(LEAD[language] + lines) == expected


def test_a_name_in_two_groups_of_one_kind_is_one_organisation() -> None:
    found = keys(
        LEAD["en"] + "Signed by:\n"
        "The unions Xandia Textile Workers, Zetland Builders, Lakeland Bakers.\n"
        "The federations Lakeland Dockers, Zetland Metal Workers, Xandia Printers.\n"
        "The unions Xandia Textile Workers, Lakeland Teachers, Zetland Nurses.\n"
    )
    assert found[0][0] == found[2][0] == "x-xandia-textile-workers"
    assert len({key for group in found for key in group}) == 8


def test_the_list_again_in_another_language_names_each_organisation_once() -> None:
    """The union and the federation written alike are two in each language's list, and the
    French list's are the English list's ("Les syndicats" are "The unions")."""
    groups = [
        "Xandia Textile Workers, Lakeland Dockers, Zetland Bakers",
        "Zetland Builders, Xandia Textile Workers, Lakeland Railways",
    ]
    found = keys(
        LEAD["en"]
        + f"Signed by:\nThe unions {groups[0]}.\nThe federations {groups[1]}.\n\n"
        + LEAD["fr"]
        + f"Signataires :\nLes syndicats {groups[0]}.\nLes fédérations {groups[1]}.\n"
    )
    assert found[:2] == found[2:]
    assert (found[0][0], found[1][1]) == (
        "x-unions-xandia-textile-workers",
        "x-federations-xandia-textile-workers",
    )
    assert len({key for group in found for key in group}) == 6
