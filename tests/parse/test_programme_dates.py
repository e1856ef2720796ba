"""The dates of an event's programme amid a statement (the days of a call to action, each over
a line opening with the clock time of what happens then: "Tuesday 3 May 2031" / "11:00 h: Rally
of delegates ..."): the event's, neither the page's publication nor the statement's date. The
same date over prose stays the page's stamp. Texts, places and bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .prose import PROSE
from .reading import read_text

_CALL = (
    "Joint call of the teachers' unions of Xandia\n\n"
    "The teachers' unions of Xandia, faced with the government's plan to cut our wages and our "
    "rights, have decided to take to the streets together with the rest of the public staff:\n"
)


@pytest.mark.parametrize(
    ("programme", "published"),
    [
        # each day over the clock time of its action, in the forms pages write it
        ("    • Tuesday 3 May 2031\n\n11:00 h: Picnic of teachers in Zed Park.\n\n"
         "    • Wednesday 4 May 2031\n\n17,30 to 19,00 h: Teach-in at the Zedville library.\n",
         None),
        ("Dimarts 3 de maig 2031\n\n11’00 h: Assemblea de mestres a l'escola de Zedvila.\n",
         None),
        ("Tuesday 3 May 2031\n\n10.30 – March from the station to the ministry.\n", None),
        # a count opening the line is no clock time: the date over it is the page's stamp
        ("Tuesday 3 May 2031\n\n1,500 teachers marched from the station to the ministry on the "
         "first day of the strike, and more are expected in every town of the country.\n",
         date(2031, 5, 3)),
    ],
)  # fmt: skip
def test_the_days_of_a_programme_are_the_events(programme: str, published: date | None) -> None:
    document = read_text(f"{_CALL}\n{programme}\n{PROSE['en']}\n\n{PROSE['en']}\n")
    assert document.published == published
    assert document.created is None
