"""A statement whose speakers are the representatives of a number of organisations ("Ми,
представники 12 громадських організацій Зетландії, звертаємося ...", thirty-third session):
that number counts the organisations that speak, wherever the sentence stands, as "We, 12
organisations" does. Sentences are made up."""

from __future__ import annotations

import pytest

from kzld.parse.totals import stated_total

#: Paragraphs of a page's report before the statement's own words (no count in them).
_REPORT = [
    "Громадські організації Зетландії висловилися на підтримку нової угоди.",
    "Учасники конференції в Зедграді обговорили наслідки угоди для громадян і ухвалили звернення, "
    "яке подаємо нижче без змін.",
    "Організатори конференції подякували всім учасникам за роботу і запросили їх на наступну "
    "зустріч у травні.",
]


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Ми, представники 12 громадських організацій Зетландії, що зібралися в Зедграді, "
         "звертаємося до уряду.", 12),
        ("Мы, представители 40 неправительственных организаций Зетландии, участники "
         "конференции, заявляем следующее.", 40),
        ("My, przedstawiciele 40 organizacji pozarządowych Zetlandii, uczestnicy konferencji, "
         "oświadczamy, co następuje.", 40),
        # a number after the representatives of one union counts no organisations
        ("Ми, представники профспілки Зетландії, заявляємо про страйк на 40 підприємствах "
         "країни.", None),
    ],
)  # fmt: skip
def test_representatives_of_a_number_of_organisations_state_the_total(
    sentence: str, total: int | None
) -> None:
    assert stated_total([sentence]) == total
    assert stated_total([*_REPORT, sentence]) == total
