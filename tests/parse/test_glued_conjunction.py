"""An inline list in the Arabic script writes the conjunction "و" ("and") onto every name after
the first ("X، والتجمع ...، وحزب ..."): it is no part of the names, where an article or a type
word follows it; a name whose own first letter it is keeps it. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text


@pytest.mark.parametrize(
    ("cue", "line", "names"),
    [
        # Arabic: "the parties are:", each name after the first with "و" and an article or "حزب"
        ("ويضم التكتل الجديد الأحزاب الكسندية وهي:",
         "المؤتمر الكسندي العام، والتجمع الزيتلاندي للإصلاح، وحزب العدالة الكسندي، والحراك "
         "الشعبي الزيتلاندي.",
         ["المؤتمر الكسندي العام", "التجمع الزيتلاندي للإصلاح", "حزب العدالة الكسندي",
          "الحراك الشعبي الزيتلاندي"]),
        # Persian: "the signatory organisations:", "و" glued before "حزب" and an Arabic article
        ("سازمان‌های امضاکننده این بیانیه عبارتند از:",
         "حزب کارگران زتلند، وحزب دموکرات کساندیا، والاتحاد الزتلاندی.",
         ["حزب کارگران زتلند", "حزب دموکرات کساندیا", "الاتحاد الزتلاندی"]),
    ],
)  # fmt: skip
def test_the_glued_conjunction_is_no_part_of_the_names(
    cue: str, line: str, names: list[str]
) -> None:
    lists = lists_of(read_text(f"عنوان\n\n{PROSE['ar']}\n\n{cue}\n{line}\n\n{PROSE['ar']}\n"))
    assert lists == [names]


def test_a_name_whose_first_letter_is_the_conjunctions_keeps_it() -> None:
    # "وطن" (homeland) is a name's own word: no article or type word follows its first letter
    text = (f"عنوان\n\n{PROSE['ar']}\n\nالموقعون:\nحزب العمال الكسندي، وطن الزيتلاندي، "
            f"والحزب الأخضر.\n\n{PROSE['ar']}\n")  # fmt: skip
    assert lists_of(read_text(text)) == [["حزب العمال الكسندي", "وطن الزيتلاندي", "الحزب الأخضر"]]
