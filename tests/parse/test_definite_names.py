"""Where a name read from Arabic running text ends when no capital and no comma says so (issue
18): a noun with the article ("ال") closes its phrase, so a word after it that bears neither the
article nor a preposition written onto it belongs to the sentence ("باسم اتحاد العمال مندوبه":
on behalf of the workers' union, its delegate). Persian and Urdu have no article: their "ال"
opens a loanword, and the rule does not hold there. Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(language: str, paragraph: str) -> str:
    return f"Statement\n\n{paragraph}\n\n{PROSE[language]}\n"


@pytest.mark.parametrize(
    ("paragraph", "signers"),
    [
        # signed on behalf of the workers' union its first delegate ...
        (
            "ووقع باسم اتحاد العمال مندوبه الأول زيد عمرو على الاتفاق مع الحكومة.",
            ["اتحاد العمال"],
        ),
        # signed on behalf of the teachers' union its elected president ...
        (
            "ووقع باسم نقابة المعلمين رئيسها المنتخب على البيان الختامي.",
            ["نقابة المعلمين"],
        ),
    ],
)
def test_a_word_without_the_article_after_a_definite_noun_ends_the_name(
    paragraph: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text("ar", paragraph))) == signers


def test_a_bare_type_word_cut_so_names_no_signer() -> None:
    # "national lists in the name of the coalition on the basis of a programme": the coalition
    # alone, a type word with its article, is no one's name
    paragraph = "وقرر المجتمعون تشكيل قوائم وطنية باسم الائتلاف على قاعدة برنامج سياسي واضح."
    assert outside_of(read_text(_text("ar", paragraph))) == []


def test_a_place_closing_the_name_stays_in_it() -> None:
    # "on behalf of the general union of the public services Zeta, and ...": the last word
    # before the comma has no article, yet nothing of the sentence follows it
    paragraph = "ووقع باسم النقابة العامة لعمال الخدمات العامة زيتا، ممثلها على البيان."
    assert outside_of(read_text(_text("ar", paragraph))) == [
        "النقابة العامة لعمال الخدمات العامة زيتا"
    ]
