"""Type words in the cases a sentence writes them in, for the inflecting languages whose
``orgwords.yaml`` entries held only their dictionary form (issue 18): the Romanian
genitive-dative and the Albanian definite accusative of the feminine ones, the Kazakh, Kyrgyz
and Azerbaijani stems whose last consonant a vowel ending changes, the Georgian league's cases
and the Armenian council's, which drop a vowel. Forms of another sense stay out. Names are made
up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_type_word


@pytest.mark.parametrize(
    "word",
    [
        "Alianței",  # Romanian: of the alliance
        "Organizației",  # Romanian: of the organisation
        "Asociației",  # Romanian: of the association
        "Fundației",  # Romanian: of the foundation
        "Comisiei",  # Romanian: of the commission
        "Rețelei",  # Romanian: of the network
        "Lëvizjen",  # Albanian: the movement (accusative)
        "Lidhjen",  # Albanian: the league
        "Organizatën",  # Albanian: the organisation
        "Shoqatën",  # Albanian: the association
        "Aleancën",  # Albanian: the alliance
        "Qendrën",  # Albanian: the centre
        "Rininë",  # Albanian: the youth
        "Nismën",  # Albanian: the initiative
        "Federatën",  # Albanian: the federation
        "Бірлестігі",  # Kazakh: its association
        "Орталығы",  # Kazakh: its centre
        "Кәсіподағының",  # Kazakh: of its trade union
        "Birliyi",  # Azerbaijani: its union
        "Бирлиги",  # Kyrgyz: its union
        "Биримдиги",  # Kyrgyz: its unity
        "ლიგამ",  # Georgian: the league (ergative)
        "ლიგას",  # Georgian: to the league
        "ლიგით",  # Georgian: by the league
        "Խորհրդի",  # Armenian: of the council
        "Խորհրդով",  # Armenian: by the council
    ],
)  # fmt: skip
def test_type_words_in_their_case_forms(word: str) -> None:
    assert is_type_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "Colecției",  # Romanian: of the collection
        "Խորհրդարան",  # Armenian: parliament
        "Խորհրդային",  # Armenian: Soviet
        "Խորհրդական",  # Armenian: adviser
    ],
)  # fmt: skip
def test_words_of_another_sense_are_no_type_words(word: str) -> None:
    assert not is_type_word(word)
