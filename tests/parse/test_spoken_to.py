"""Organisations a statement speaks to, in a script without capitals, are not its signers: a
count of them in the lead ("solidarity to those 3 organisations") and the enumeration of their
names right after a word of speaking to them ("ვუცხადებთ „X“-ს, ...", "تدعم «X» و«Y»") name
whom the statement supports, not who signs it, even where the text says that it is signed.
Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a lead that counts the organisations the statement supports, then names them.
CASES = {
    "ka": (
        "40 არასამთავრობო ორგანიზაცია სოლიდარობას უცხადებს იმ 3 ორგანიზაციას, რომლებიც გუშინ "
        "დახურეს.",
        "„ჩვენ, ქვემოთ ხელმომწერი ორგანიზაციები სრულ სოლიდარობას და მხარდაჭერას ვუცხადებთ "
        "„ქსანდიის სამოქალაქო ფონდს“, „ზეტლანდის სამართლიანობის ცენტრს“ და „ახალ ქსანდიას“.",
    ),
    "ar": (
        "40 منظمة تعلن تضامنها مع 3 أحزاب حظرتها السلطات",
        "وقالت المنظمات الموقعة في بيانها إنها تدعم «حزب زيتلاند»، «حزب العمال الكسندي» و «حزب "
        "كسانديا الجديدة».",
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_the_organisations_a_statement_speaks_to_do_not_sign_it(language: str) -> None:
    title, lead = CASES[language]
    document = read_text(f"{title}\n\n{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == []
