"""An enumeration in the Arabic script whose items are joined by "و" (and) written onto each of
them, with no comma between them, gives as many names as a count of organisations beside it says
("ثمانية أحزاب ... وهم أحزاب A والB والC"): the letter parts the items where an article or a type
word follows it; a name that holds such a word itself ("للعمل والسلام") is parted only when
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
        "والتقت خمسة أحزاب في زيتا أمس، وهم أحزاب نهضة زاندا والعدالة الزتلاندي والوطن الشعبي "
        "والفجر الإبسيلي والاتحاد.",
        ["نهضة زاندا", "العدالة الزتلاندي", "الوطن الشعبي", "الفجر الإبسيلي", "الاتحاد"],
    ),
    # a type word after the letter ("وحزب"), the count after a word for the leaders
    "typed": (
        "التقى أمس قادة أربعة أحزاب وهي جبهة التقدم الزاندي والحزب الزتلاندي وحزب الفلاحين "
        "الإبسيلي والحزب الاشتراكي الزاندي، لبحث أوضاع المدارس.",
        [
            "جبهة التقدم الزاندي",
            "الحزب الزتلاندي",
            "حزب الفلاحين الإبسيلي",
            "الحزب الاشتراكي الزاندي",
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_glued_enumeration_gives_as_many_names_as_the_count(case: str) -> None:
    lead, signers = CASES[case]
    document = read_text(f"{lead}\n\n{PROSE['ar']}\n")
    assert outside_of(document) == signers


def test_the_count_says_which_parting_holds() -> None:
    # four pieces: a count of four takes each; for a count of three, "والسلام" or "والتجمع"
    # may be inside a name and the count does not say which, so no reading is taken
    sentence = (
        "وقعت المنظمات على البيان وهي الجبهة الشعبية للعمل والسلام والتجمع الزاندي "
        "والاتحاد الإبسيلي."
    )
    four = ["الجبهة الشعبية للعمل", "السلام", "التجمع الزاندي", "الاتحاد الإبسيلي"]
    assert [name for _, name in read_run(sentence, 4, near=True)] == four
    assert read_run(sentence, 3, near=True) == []
