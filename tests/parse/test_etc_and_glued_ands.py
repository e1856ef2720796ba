"""Names in Korean and Chinese parted or closed by the words these scripts write onto them
(issue 18): a word for "etc." after the last name ("등", written apart or onto a name that ends
with its type word) with a count of organisations after it; Korean "와" (and) written
onto a name, "그리고" (and) apart; Chinese "與" (and) between two names, the first ending with
its type word, and a short form in brackets after the last. A name holding the character of
"and" ("參與", participation) stays whole, and a run of things closed by "etc." names no one.
Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: Argument prose in the languages this module tests.
BODY = {
    "ko": "이 지역 노동자들은 새 임금 규정에 맞서 3주째 파업 중이며, 정부는 체포와 모든 집회 "
    "금지로 대응하고 있다.",
    "zh": "該地區工人已罷工三週，反對新的工資規定，政府則以逮捕和禁止一切集會回應。",
}


def _read(language: str, sentence: str) -> list[str]:
    return outside_of(read_text(f"Statement\n\n{sentence}\n\n{BODY[language]}\n"))


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # "A, B etc. 12 organisations today issued a joint statement": "등" written onto B
        (
            "ko",
            "제타노동자연합, 엑사교사연구소등 12개 단체는 오늘 공동성명을 발표했다.",
            ["제타노동자연합", "엑사교사연구소"],
        ),
        # the same, "등" written apart
        (
            "ko",
            "제타노동자연합, 엑사교사연구소 등 12개 단체는 오늘 공동성명을 발표했다.",
            ["제타노동자연합", "엑사교사연구소"],
        ),
        # "A-and B and C etc. some 30 organisations ...": "와" written onto A, "그리고" apart
        (
            "ko",
            "제타 교사 협의회와 엑사노총 그리고 와이민주연합 등 30여개 단체는 오늘 "
            "공동성명을 발표했다.",
            ["제타 교사 협의회", "엑사노총", "와이민주연합"],
        ),
        # "A, B, C Party and D League (DL) held a press conference today and signed ..."
        (
            "zh",
            "澤塔勞工黨、艾克薩教師工會、澤綠黨與艾克薩公民聯盟（艾盟）今日舉行記者會，"
            "共同簽署合作宣言。",
            ["澤塔勞工黨", "艾克薩教師工會", "澤綠黨", "艾克薩公民聯盟（艾盟）"],
        ),
    ],
)
def test_names_parted_and_closed_by_the_words_written_onto_them(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert _read(language, sentence) == signers


def test_a_name_holding_the_character_for_and_stays_whole() -> None:
    # "... the Zeta Citizens' Participation League": "與" inside "參與" parts nothing
    sentence = (
        "澤塔勞工黨、艾克薩教師工會、澤綠黨與澤塔公民參與聯盟今日舉行記者會，共同簽署合作宣言。"
    )
    assert _read("zh", sentence) == ["澤塔勞工黨", "艾克薩教師工會", "澤綠黨", "澤塔公民參與聯盟"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "wages, pensions etc. 12 items were announced today": things, no names
        "임금, 연금 등 12개 항목이 오늘 발표되었다.",
        # "A-and B etc. organisations today ...": two names, no count after "etc."
        "제타노동자연합과 엑사노총 등 단체들은 오늘 공동성명을 발표했다.",
    ],
)
def test_a_run_closed_by_etc_without_names_or_a_count_names_no_one(sentence: str) -> None:
    assert _read("ko", sentence) == []
