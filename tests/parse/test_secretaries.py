"""A sign-off line "Name Surname - post, Organisation" whose post is a secretary's (sv
"sekreterare", da "sekretær", cs "tajemník", id "sekretaris", ...): the organisation signs,
without the post before it; the person signs nothing. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_post

from .reading import lists_of, read_text

#: A statement in Swedish and in Danish, two parties as its subject, then two sign-off lines.
SIGNED_OFF = {
    "sv": (
        "Nej till lönedumpning!\n\n"
        "Xandias Arbetarparti och Zetlands Socialistiska Parti fördömer gemensamt alla försök "
        "att skapa splittring bland arbetare i Zetland och Xandia.\n\n"
        "Arbetare i alla länder, förena eder!\n\n"
        "Jana Roe - Internationell sekreterare, Xandias Arbetarparti\n"
        "Erik Zet - Politiska kommitténs sekreterare, Zetlands Socialistiska Parti\n",
        ["Xandias Arbetarparti", "Zetlands Socialistiska Parti"],
    ),
    "da": (
        "Nej til løndumping!\n\n"
        "Xandias Arbejderparti og Zetlands Socialistiske Parti fordømmer i fællesskab ethvert "
        "forsøg på at splitte arbejderne i Zetland og Xandia.\n\n"
        "Arbejdere i alle lande, foren jer!\n\n"
        "Jens Roe - international sekretær, Xandias Arbejderparti\n"
        "Erik Zet - politisk sekretær, Zetlands Socialistiske Parti\n",
        ["Xandias Arbejderparti", "Zetlands Socialistiske Parti"],
    ),
}


@pytest.mark.parametrize("language", sorted(SIGNED_OFF))
def test_a_secretarys_sign_off_is_signed_by_the_organisation(language: str) -> None:
    text, organisations = SIGNED_OFF[language]
    assert lists_of(read_text(text)) == [organisations]


@pytest.mark.parametrize(
    "post",
    ["sekreterare", "sekretær", "secretaris", "Sekretaris",
     "setiausaha", "katibu", "tajemník", "tajomník", "მდივანი"],
)  # fmt: skip
def test_the_word_for_a_secretary_is_a_post(post: str) -> None:
    assert is_post(post)
