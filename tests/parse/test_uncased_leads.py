"""The first name of an enumeration on a line in a script without capitals (issue 18, inline
names): it keeps none of the sentence leading into it, a word of signing and a word saying who the
signers are ("ووقع على هذا البيان كل من X، ...": and signed this statement each of X; "امضاکنندگان
این بیانیه عبارتند از X، ...": the signatories of this statement are X). Where no word of signing
leads into it, the first item is not cut. Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text


def _text(language: str, paragraph: str) -> str:
    return f"Statement\n\n{PROSE[language]}\n\n{paragraph}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "ar",
            "ووقع على هذا البيان كل من الحزب الشيوعي الزيتي، واتحاد نقابات عمال إكسا، والجبهة "
            "الشعبية في زيتا، ونقابة المعلمين الإكسية.",
            [
                "الحزب الشيوعي الزيتي",
                "اتحاد نقابات عمال إكسا",
                "الجبهة الشعبية في زيتا",
                "نقابة المعلمين الإكسية",
            ],
        ),
        (
            "fa",
            "امضاکنندگان این بیانیه عبارتند از حزب کارگران زتلند، اتحادیه معلمان اکساندیا، "
            "جبهه مردمی ایپسیلون، کانون نویسندگان زتلند.",
            [
                "حزب کارگران زتلند",
                "اتحادیه معلمان اکساندیا",
                "جبهه مردمی ایپسیلون",
                "کانون نویسندگان زتلند",
            ],
        ),
    ],
)
def test_the_first_name_keeps_none_of_the_sentence_leading_into_it(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert lists_of(document) == [signers]
    assert outside_of(document) == []


def test_without_a_word_of_signing_the_first_item_is_not_cut() -> None:
    # "met in the capital each of A, B, C and D": a meeting, no signing leads into the names
    paragraph = (
        "واجتمع في العاصمة كل من الحزب الشيوعي الزيتي، واتحاد نقابات عمال إكسا، والجبهة "
        "الشعبية في زيتا، ونقابة المعلمين الإكسية."
    )
    document = read_text(_text("ar", paragraph))
    assert "الحزب الشيوعي الزيتي" not in [e for entries in lists_of(document) for e in entries]
