"""An enumeration in the Arabic script whose items are joined by "و" (and) written onto each of
them, with no comma between them, gives as many names as a count of organisations beside it says
("ثمانية أحزاب ... وهم أحزاب A والB والC"): the letter parts the items where an article or a type
word follows it; a name that holds such a word itself ("للتغيير والتحرير") is parted only when
the count is met so (issue 18, class inline-list). Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.enumerated import read_run

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the lead (the count and the enumeration) and the signers.
CASES = {
    # the items after "they are the parties", the first with no article
    "parties": (
        "واجتمع خمسة أحزاب في مقر حزب زيتا أمس، وهم أحزاب مستقبل زاندا والتجمع الزتلاندي "
        "والمؤتمر الشعبي والنور الإبسيلي والاتحاد.",
        ["مستقبل زاندا", "التجمع الزتلاندي", "المؤتمر الشعبي", "النور الإبسيلي", "الاتحاد"],
    ),
    # a type word after the letter ("وحزب"), the count after a word for the leaders
    "typed": (
        "عقد اجتماع مشترك ضم قيادات أربعة أحزاب وهي جبهة النضال الزاندي والحزب الزتلاندي "
        "وحزب العمال الإبسيلي والحزب الشيوعي الزاندي، للتباحث في آخر المستجدات.",
        ["جبهة النضال الزاندي", "الحزب الزتلاندي", "حزب العمال الإبسيلي", "الحزب الشيوعي الزاندي"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_glued_enumeration_gives_as_many_names_as_the_count(case: str) -> None:
    lead, signers = CASES[case]
    document = read_text(f"{lead}\n\n{PROSE['ar']}\n")
    assert outside_of(document) == signers


def test_the_count_says_which_parting_holds() -> None:
    # four pieces: a count of four takes each; for a count of three, "والتحرير" or "والتجمع"
    # may be inside a name and the count does not say which, so no reading is taken
    sentence = (
        "وقعت المنظمات على البيان وهي الجبهة الشعبية للتغيير والتحرير والتجمع الزاندي "
        "والاتحاد الإبسيلي."
    )
    four = ["الجبهة الشعبية للتغيير", "التحرير", "التجمع الزاندي", "الاتحاد الإبسيلي"]
    assert [name for _, name in read_run(sentence, 4, near=True)] == four
    assert read_run(sentence, 3, near=True) == []
