"""Names in a run of prose bounded by their own marks (issue 18): a bracketed short form that
the words before it spell is a name's, not a person's party; after a count of organisations and
a few words that say where they stand, a spaced dash opens the names, a bracket closes the last
one before the sentence goes on, and names so closed are names whatever their words in lower
case; a word in lower case before a quoted name after "and" says its kind; a plural opening the
sentence says the kind of the three or more names after it. Names and sentences are made up
("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from kzld.parse.names import persons_organisation

from .reading import signers_in_news


def test_a_bracket_its_words_spell_is_no_persons_party() -> None:
    # two capitalised words and a bracket: a person and their party, unless the words spell it
    assert persons_organisation("Yaşıl Zetland (YZP)") is None
    assert persons_organisation("Xanu Zetova (XKP)") == (13, "XKP")


def test_a_name_its_short_form_spells_stays_in_the_run() -> None:
    sentence = (
        "Birgə bəyanata Müsavat, Xandiya Xalq Cəbhəsi (XXCP), Liberal (XLP), Yaşıl Zetland (YZP), "
        "Yeni Zetland Cəbhəsi (YZC) və başqa qurumlar qoşulub."
    )
    assert signers_in_news(sentence, "az") == [
        "Müsavat",
        "Xandiya Xalq Cəbhəsi (XXCP)",
        "Liberal (XLP)",
        "Yaşıl Zetland (YZP)",
        "Yeni Zetland Cəbhəsi (YZC)",
    ]


def test_a_dash_after_a_count_and_its_place_opens_the_names() -> None:
    sentence = (
        "Sedam organizacija okupljenih u Mreži za prava i slobode XMC – Komitet za prava Xandije "
        "(XRC), Zetski forum mladih, Liga žena Zetlanda (WLZ), Xanopoljski savez penzionera "
        "(XPU), Grupa 17, Zetgradska kuća ljudskih prava (ZHR) i Glas Zeta i Xana (VZX) pozivaju "
        "vlasti na dijalog i prekid sukoba."
    )
    assert signers_in_news(sentence, "sr") == [
        "Komitet za prava Xandije (XRC)",
        "Zetski forum mladih",
        "Liga žena Zetlanda (WLZ)",
        "Xanopoljski savez penzionera (XPU)",
        "Grupa 17",
        "Zetgradska kuća ljudskih prava (ZHR)",
        "Glas Zeta i Xana (VZX)",
    ]


def test_a_word_before_a_quoted_name_after_and_is_its_kind() -> None:
    sentence = (
        'Зетландская рабочая партия (ЗРП), союз "Зета" и новая "Игрек!" подписали общее обращение.'
    )
    assert signers_in_news(sentence, "ru") == ["Зетландская рабочая партия (ЗРП)", "Зета", "Игрек!"]


@pytest.mark.parametrize(
    ("sentence", "language", "signers"),
    [
        # the plural opening the sentence is the kind of the names after it
        ("Партиите Ксания, Зета и Нова Зетландия подписаха съвместна декларация.", "bg",
         ["Ксания", "Зета", "Нова Зетландия"]),
        # two names only: a plural that a place follows is a body's name
        ("Профсоюзы Ксании и городской комитет КПЗ договорились о совместных действиях.", "ru",
         ["Профсоюзы Ксании", "КПЗ"]),
    ],
)  # fmt: skip
def test_a_plural_opening_the_sentence_is_the_names_kind(
    sentence: str, language: str, signers: list[str]
) -> None:
    assert signers_in_news(sentence, language) == signers
