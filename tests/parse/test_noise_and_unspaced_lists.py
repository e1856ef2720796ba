"""A forum's anti-copy noise at the end of a post's lines ("。6 e' W! y2 u6 j& d") does not join
a closed sentence to the list on the line after it; kinds of organisation that Chinese names end
with (學會, 協進會, 社, 網絡, 運動) are read as type words; a word for "and" written onto the
last name after a comma ("，及D") is the enumeration's. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.wrapping import without_noise

from .reading import lists_of, read_text

#: A sentence closed before the noise, then a cue and its names on the next line.
NOISY = {
    "zh": (
        "多個民間團體先後表明立場，支持學界的方案。",
        "聯署支持方案的團體目前有:",
        ["贊蘭教師協會", "贊蘭學生聯盟", "贊蘭基督徒學會", "贊蘭婦女協進會"],
        "、",
    ),
    "en": (
        "Several groups have stated where they stand on the plan for the schools.",
        "The groups that have signed so far are:",
        [
            "Xandia Teachers' Union",
            "Zetland Students' League",
            "XKP Youth",
            "Zetland Women's Forum",
        ],
        ", ",
    ),
    "ru": (
        "Несколько общественных групп уже заявили о своей позиции по плану.",
        "Обращение подписали организации:",
        [
            "Союз учителей Ксандии",
            "Лига студентов Зетланда",
            "Молодёжь XKP",
            "Форум женщин Зетланда",
        ],
        ", ",
    ),
}


@pytest.mark.parametrize("language", sorted(NOISY))
def test_noise_after_a_closed_sentence_joins_no_list_to_it(language: str) -> None:
    sentence, cue, names, comma = NOISY[language]
    text = f"{sentence}6 e' W! y2 u6 j& d\n{cue}{comma.join(names)}。( M( X4 D7 E, w8 O\n"
    if language != "zh":
        text = text.replace("。(", ". (")  # glued to a Latin word, noise is no word
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("支持「學界平等方案」。6 e' W! y2 u6 j& d", "支持「學界平等方案」。"),
        ("The plan was read out. 4 r! T8 k& 2 q", "The plan was read out."),
        ("signed by J. R. R. T", "signed by J. R. R. T"),  # initials: no noise
        ("Tel. 22 33 44 55", "Tel. 22 33 44 55"),  # a number: no noise
        ("Xandia Party of the EU", "Xandia Party of the EU"),  # words: no noise
    ],
)
def test_noise_is_runs_of_short_tokens_mixing_letters_and_signs(line: str, kept: str) -> None:
    assert without_noise(line) == kept


#: A paragraph of argument in Chinese, before a list.
ARGUMENT = (
    "多個民間團體先後表明立場，支持學界提出的政改方案，並呼籲政府聆聽市民的聲音，"
    "在諮詢期內公開回應各方的意見。\n\n"
)

#: Chinese lists whose names end with a kind of organisation, the last after "，及" / ",與".
UNSPACED = {
    "zh-Hant": (
        "以下團體聯署支持聲明:",
        ["贊蘭專上學生聯會", "先鋒社", "贊蘭教師發展網絡", "贊蘭學生運動"],
        "，及",
    ),
    "zh-Hans": (
        "以下团体联署支持声明:",
        ["赞兰大学生联会", "先锋社", "赞兰教师发展网络", "赞兰学生运动"],
        ",与",
    ),
}


@pytest.mark.parametrize("script", sorted(UNSPACED))
def test_a_word_for_and_after_the_last_comma_is_no_part_of_the_name(script: str) -> None:
    cue, names, last = UNSPACED[script]
    text = f"{ARGUMENT}{cue}{'、'.join(names[:-1])}{last}{names[-1]}。\n"
    assert lists_of(read_text(text)) == [names]


def test_a_name_that_opens_with_such_a_word_after_no_comma_keeps_it() -> None:
    names = ["贊蘭教師協會", "贊蘭學生聯盟", "及時雨互助會"]
    text = f"{ARGUMENT}以下團體聯署支持聲明:{'、'.join(names)}。\n"
    assert lists_of(read_text(text)) == [names]
