"""An enumeration in the Arabic script whose items are joined by "و" (and) written onto each of
them, with no comma between them, gives as many names as a count of organisations beside it says
("ثمانية أحزاب ... وهم أحزاب A والB والC"): the letter parts the items where an article or a type
word follows it; a name that holds such a word itself ("للتغيير والتحرير") is parted only when
the count is met so (issue 18, class inline-list). Names are made up."""

from __future__ import annotations

import pytest

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


def test_a_count_that_two_partings_meet_parts_nothing() -> None:
    # four pieces for three names: "والتحرير" or "والتجمع" may be inside a name, and the count
    # does not say which: no fragment of either reading is published
    lead = (
        "وقعت ثلاث منظمات على البيان وهي الجبهة الشعبية للتغيير والتحرير والتجمع الزاندي "
        "والاتحاد الإبسيلي، للتأكيد على عدد من النقاط."
    )
    found = outside_of(read_text(f"{lead}\n\n{PROSE['ar']}\n"))
    assert not {"الجبهة الشعبية للتغيير", "التحرير", "التحرير والتجمع الزاندي"} & set(found)
