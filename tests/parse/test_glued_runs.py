"""A run of names in the Arabic script that writes "و" (and) onto every name after its first
("A، وصوت ...، واتحاد ...، ومكتب ...") joins its names so: the letter is taken off each of them,
whatever word follows it, not only an article or a type word. One glued name in a run is read
alone, as before, and a name whose first word the letter would leave too short keeps it. Names
are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A sentence of argument in Persian (the workers of the region are on strike).
_ARGUMENT = {
    "ar": PROSE["ar"],
    "fa": "کارگران منطقه سه هفته است که در اعتراض به قواعد تازه دستمزد اعتصاب کرده‌اند و دولت "
    "با بازداشت پاسخ داده است.",
}


@pytest.mark.parametrize(
    ("language", "cue", "line", "names"),
    [
        # Arabic: "voice", "union", "office" after the glued letter: no article, no type word
        ("ar", "الموقعون:",
         "منبر العمال الكسندي، وصوت العمال في زتلاند، واتحاد النقابات المستقلة الكسندي، "
         "ومكتب العمل النقابي لحزب XKP.",
         ["منبر العمال الكسندي", "صوت العمال في زتلاند", "اتحاد النقابات المستقلة الكسندي",
          "مكتب العمل النقابي لحزب XKP"]),
        # Persian: "the signatories:", a voice, a circle and a centre, each with the letter glued
        ("fa", "امضاکنندگان:",
         "انجمن کارگران زتلند، وصدای کارگران کساندیا، وکانون نویسندگان زتلند، ومرکز XKP.",
         ["انجمن کارگران زتلند", "صدای کارگران کساندیا", "کانون نویسندگان زتلند", "مرکز XKP"]),
        # Arabic again, a running line after a cue phrase: "and the statement was signed by"
        ("ar", "ووقع على هذا البيان كل من:",
         "اللجنة الكسندية للتضامن، وشبكة زتلاند للحقوق، ومنبر XKP الديمقراطي.",
         ["اللجنة الكسندية للتضامن", "شبكة زتلاند للحقوق", "منبر XKP الديمقراطي"]),
    ],
)  # fmt: skip
def test_a_glued_run_takes_the_letter_off_every_name(
    language: str, cue: str, line: str, names: list[str]
) -> None:
    argument = _ARGUMENT[language]
    text = f"عنوان\n\n{argument}\n\n{cue}\n{line}\n\n{argument}\n"
    assert lists_of(read_text(text)) == [names]


def test_one_glued_name_is_read_alone() -> None:
    # only the last name has the letter: "وفاق" (accord) is that name's own first word
    text = (f"عنوان\n\n{PROSE['ar']}\n\nالموقعون:\nحزب العمال الكسندي، الحزب الأخضر الزيتلاندي، "
            f"وفاق زتلاند الوطني.\n\n{PROSE['ar']}\n")  # fmt: skip
    assert lists_of(read_text(text)) == [
        ["حزب العمال الكسندي", "الحزب الأخضر الزيتلاندي", "وفاق زتلاند الوطني"]
    ]


def test_a_first_word_left_too_short_keeps_the_letter() -> None:
    # "وعد" (promise) would leave "عد": the name's own word, in a glued run
    text = (f"عنوان\n\n{PROSE['ar']}\n\nالموقعون:\nحزب العمال الكسندي، وصوت زتلاند الحر، "
            f"وعد الكسندية، واتحاد الطلبة الزيتلاندي.\n\n{PROSE['ar']}\n")  # fmt: skip
    assert lists_of(read_text(text)) == [
        ["حزب العمال الكسندي", "صوت زتلاند الحر", "وعد الكسندية", "اتحاد الطلبة الزيتلاندي"]
    ]


@pytest.mark.parametrize(
    ("language", "cue", "line", "names"),
    [
        # a union, then a ministry, an agency and a unit: "وزارة", "وكالة", "وحدة" write the
        # letter as their own first
        ("ar", "الموقعون:",
         "نقابة العمال الكسندية، وزارة العمل الزتلاندية، وكالة الأنباء الكسندية، "
         "وحدة الدراسات العمالية.",
         ["نقابة العمال الكسندية", "وزارة العمل الزتلاندية", "وكالة الأنباء الكسندية",
          "وحدة الدراسات العمالية"]),
        # Persian: an association, two ministries and "unity"
        ("fa", "امضاکنندگان:",
         "انجمن کارگران زتلند، وزارت کار زتلند، وزارت کشور کساندیا، وحدت کارگران زتلند.",
         ["انجمن کارگران زتلند", "وزارت کار زتلند", "وزارت کشور کساندیا",
          "وحدت کارگران زتلند"]),
    ],
)  # fmt: skip
def test_names_whose_own_first_letter_is_the_glued_one_keep_it(
    language: str, cue: str, line: str, names: list[str]
) -> None:
    argument = _ARGUMENT[language]
    text = f"عنوان\n\n{argument}\n\n{cue}\n{line}\n\n{argument}\n"
    assert lists_of(read_text(text)) == [names]
