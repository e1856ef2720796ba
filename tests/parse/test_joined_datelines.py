"""A dateline opening the statement's first sentence with no separator after its date, where a
word that writes nothing else joins the place to the date (twenty-fifth session): Arabic "في",
Swedish "den", Czech "dne". A place set apart by a comma only still needs a separator after
the date."""

from __future__ import annotations

from datetime import date

import pytest

from .prose import PROSE
from .reading import created_after, read_text


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("sv", "Zedstad den 14 mars 2011 med hänsyn till läget i landet kräver förbunden att "
         "regeringen drar tillbaka lagen.", date(2011, 3, 14)),
        ("cs", "Zedov dne 14. března 2011 vzhledem k situaci v zemi žádají odborové svazy vládu, "
         "aby zákon stáhla.", date(2011, 3, 14)),
    ],
)  # fmt: skip
def test_a_place_joined_to_its_date_opens_the_statement(
    language: str, opening: str, created: date
) -> None:
    assert created_after(opening) == created


def test_an_arabic_place_joined_by_fi_with_the_year_glued_to_its_month() -> None:
    opening = (
        "زدلاند في 14 مارس2011 وبالنظر إلى الأوضاع الراهنة فإن الأحزاب الموقعة على هذا البيان "
        "تعلن ما يلي:"
    )
    created = read_text(f"بيان\n\n{opening}\n\n{PROSE['ar']}\n").created
    assert created is not None
    assert created.date == date(2011, 3, 14)


@pytest.mark.parametrize(
    "opening",
    [
        # a comma alone sets the place apart: the date may be the sentence's subject
        "Zedtown, 14 March 2011 was a cold and rainy day for the workers of the whole region.",
        "Xandia, 14 de marzo de 2011 fue un día frío y lluvioso para los obreros de la región.",
    ],
)
def test_a_place_and_date_without_a_separator_or_a_joining_word_dates_nothing(
    opening: str,
) -> None:
    assert created_after(opening) is None
