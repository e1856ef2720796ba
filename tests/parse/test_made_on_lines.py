"""A line above a statement's prose that opens with its word of making and a word for "on the"
("Adopted on 3 May 2031, translated ... 20 May 2031", "Adopté le 3 mai 2031, ..."): the date
after them is the statement's, whatever other dates the line gives. Texts, places and bodies
are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .prose import PROSE
from .reading import read_text


@pytest.mark.parametrize(
    ("top", "created"),
    [
        ("Adopted on 3 May 2031, translated by the Zedville editors, 20 May 2031",
         date(2031, 5, 3)),
        ("Adopté le 3 mai 2031, traduit par la rédaction de Zedville, 20 mai 2031",
         date(2031, 5, 3)),
        ("Aprobada el 3 de mayo de 2031, traducida por la redacción, 20 de mayo de 2031",
         date(2031, 5, 3)),
        # no word of making: the day of a translation is no statement's
        ("Translated on 20 May 2031 by the Zedville editors", None),
        # a word of making with no word for "on the" may open a headline of news
        ("Signed 3 May 2031, the Zedville pact of two unions, 20 May 2031", None),
    ],
)  # fmt: skip
def test_a_line_of_making_above_the_prose(top: str, created: date | None) -> None:
    text = (
        f"{top}\n\nThe parties of the Xandia working group, meeting in Zedville, address this "
        f"declaration to the workers of every country.\n\n{PROSE['en']}\n"
    )
    document = read_text(text)
    assert (document.created.date if document.created else None) == created
