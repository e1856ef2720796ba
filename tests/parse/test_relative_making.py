"""A statement whose making a sentence dates only by "today" or "yesterday" (twenty-seventh
session): "The following statement was issued by the two unions today:" gives the statement's
day, but no full date, and the meeting a later sentence dates ("met on 11 October 2011") was
before it: no date is the statement's. Without the relative day the meeting's date still is.
Texts, bodies and places are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .reading import created_after


@pytest.mark.parametrize(
    ("language", "issued", "met"),
    [
        ("en", "I can confirm that the following statement was issued by the Xandia Rail Union "
         "and the Zetland Transport Union {day}:",
         "“The two unions met again on Tuesday, 11 October 2011 to continue our talks on how "
         "each union is governed.”"),
        ("es", "Les confirmamos que {day} el Sindicato Ferroviario de Xandia y la Unión de "
         "Transporte de Zetlandia han emitido la siguiente declaración:",
         "«Los dos sindicatos se reunieron de nuevo el martes 11 de octubre de 2011 para "
         "seguir hablando de cómo se gobierna cada uno.»"),
        ("de", "Die Eisenbahngewerkschaft Xandia und die Verkehrsgewerkschaft Zetland haben "
         "{day} folgende Erklärung verabschiedet:",
         "Die beiden Gewerkschaften sind am 11. Oktober 2011 erneut zu einer Sitzung "
         "zusammengekommen, um über ihre Satzungen zu sprechen."),
    ],
)  # fmt: skip
def test_a_statement_made_today_is_not_dated_by_the_meeting_before_it(
    language: str, issued: str, met: str
) -> None:
    today = {"en": "today", "es": "hoy", "de": "heute"}[language]
    assert created_after(f"{issued.format(day=today)}\n\n{met}") is None
    # the same text without the word for today: the meeting's day is the statement's
    without = " ".join(issued.format(day="").split()).replace(" :", ":")
    assert created_after(f"{without}\n\n{met}") == date(2011, 10, 11)


def test_a_sentence_of_today_that_tells_of_no_making_stops_nothing() -> None:
    """A "today" alone, with no word of making, issuing or signing, says nothing of when the
    statement was made: the later sentence of adoption dates it."""
    opening = (
        "Today the workers of Zedtown are still on strike against the new wage rules.\n\n"
        "The unions meeting in Zedtown on 3 May 2020 adopted this declaration."
    )
    assert created_after(opening) == date(2020, 5, 3)


def test_a_word_for_yesterday_counts_only_in_its_own_language() -> None:
    """French "hier" (yesterday) stops the search in a French text; German "Hier" (here) opens
    a German sentence and says nothing of the day, so the meeting's date after it stays."""
    french = (
        "La déclaration suivante a été adoptée hier par le Syndicat des cheminots de Xandie et "
        "l'Union des transports de Zetlande :\n\n"
        "Les deux syndicats se sont réunis le 11 octobre 2011 à Zedville pour parler de leurs "
        "statuts et de leurs congrès."
    )
    assert created_after(french) is None
    german = (
        "Hier dokumentieren wir die gemeinsame Erklärung, die die beiden Gewerkschaften "
        "verabschiedet haben:\n\n"
        "Die beiden Gewerkschaften sind am 11. Oktober 2011 erneut zu einer Sitzung "
        "zusammengekommen, um über ihre Satzungen zu sprechen."
    )
    assert created_after(german) == date(2011, 10, 11)
