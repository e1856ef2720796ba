"""Sign-off lines that close a statement with the persons who sign it and the organisations they
sign for, one a line, the person first: "Name Surname, X Partys ordförande" (the organisation
before its post, after the last comma) and "Name Surname για τον συνδυασμό X" (for the kind and
name of an organisation). The organisations sign, the persons do not, however the names alone
would score. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.pairs import in_commas, signed_for

from .reading import lists_of, read_text

#: A title, a paragraph of argument and the sign-off lines, with the organisations they name.
SIGNED_OFF = {
    "sv": (
        "Gemensamt uttalande om skolan",
        "Vi har i dag talat om hur skolorna i Xandia ska få fler lärare och mindre klasser. Vi är "
        "överens om att arbetet ska fortsätta efter sommaren, och vi bjuder in alla partier som "
        "vill vara med att lägga fram förslag till hösten.",
        [
            ("Anna Berg, statsminister, ", "Xandiapartiets", " ordförande"),
            ("Erik Lund, ", "Zetlandförbundets", " vice ordförande"),
            ("Karin Holm, ", "De Gröna Xandierna", " ordförande"),
            ("Olof Ek, ", "XKP:s", " ordförande"),
        ],
    ),
    "el": (
        "ΚΟΙΝΟ ΔΕΛΤΙΟ ΤΥΠΟΥ",
        "Οι δύο συνδυασμοί συμφώνησαν να ζητήσουν από τον δήμο ένα νέο σχολείο και καθαρό νερό "
        "για όλες τις γειτονιές, και θα παρουσιάσουν ένα κοινό πρόγραμμα για την πόλη την "
        "επόμενη εβδομάδα.",
        [
            ("Γεώργιος Παπαδάκης για τον συνδυασμό ", "ΞΑΝΔΙΑ ΜΠΡΟΣΤΑ", ""),
            ("Μαρία Κωνσταντίνου για τον συνδυασμό ", "ΖΕΤΛΑΝΔΙΚΗ ΠΟΡΕΙΑ", ""),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(SIGNED_OFF))
def test_the_organisations_the_persons_sign_for_are_the_signers(language: str) -> None:
    title, argument, lines = SIGNED_OFF[language]
    signed = "\n\n".join("".join(parts) for parts in lines)
    document = read_text(f"{title}\n\n{argument}\n\n{signed}\n")
    assert lists_of(document) == [[organisation for _, organisation, _ in lines]]


@pytest.mark.parametrize(
    ("raw", "organisation"),
    [
        ("Anna Berg, Xandiapartiets ordförande", "Xandiapartiets"),
        ("Anna Berg, statsminister, Xandiapartiets ordförande", "Xandiapartiets"),
        ("Jane Roe, Xandia Workers' Union general secretary", "Xandia Workers' Union"),
    ],
)
def test_the_organisation_before_its_post_after_the_last_comma_signs(
    raw: str, organisation: str
) -> None:
    assert in_commas(raw) == (raw.index(organisation), organisation)


@pytest.mark.parametrize(
    "raw",
    [
        "Anna Berg, ordförande",  # a post, of no organisation
        "Anna Berg, Xandia University, professor",  # no post that speaks for it
        "Anna Berg, Statsminister, Xandiapartiets ordförande",  # a name between, no post
    ],
)
def test_a_person_with_no_organisation_before_a_post_pairs_with_none(raw: str) -> None:
    assert in_commas(raw) is None


def test_the_kind_between_the_article_and_the_name_is_left_out() -> None:
    raw = "Γεώργιος Παπαδάκης για τον συνδυασμό ΞΑΝΔΙΑ ΜΠΡΟΣΤΑ"
    assert signed_for(raw) == (raw.index("ΞΑΝΔΙΑ"), "ΞΑΝΔΙΑ ΜΠΡΟΣΤΑ")


def test_a_word_that_is_no_kind_after_the_article_pairs_nothing() -> None:
    # "for the whole X": no organisation's kind, and no article right before the name
    assert signed_for("Jane Roe for the whole Xandia") is None
