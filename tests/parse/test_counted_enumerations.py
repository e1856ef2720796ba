"""Signers an enumeration names when the title or the lead counts them ("Fyra förbund ...", "3団体",
"4개 시민단체", "อีก 3 พรรค", "სამმა პარტიამ"): as many parts, parted by the separators of the
script, are the signers, whatever their capitals; a count that does not match, or a word for "and"
inside a name, reads nothing by this evidence. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the text's title, its lead (the count and the enumeration), the signers.
CASES = {
    "sv": (
        "Fyra förbund lämnar över namnen till regeringen",
        "De fyra fredsförbunden Xandia Fred, Zetlands Läkare mot krig, Xandiska Kvinnors Råd och "
        "Zetlandsalliansen har länge arbetat för att landet ska skriva under avtalet.",
        ["Xandia Fred", "Zetlands Läkare mot krig", "Xandiska Kvinnors Råd", "Zetlandsalliansen"],
    ),
    "ja": (
        "ゼットランド地域の労働組合3団体が共同アピールを発表しました",
        "3団体は、ゼットランド区労連、クサンディア区労協、ゼットランド土建支部です。",
        ["ゼットランド区労連", "クサンディア区労協", "ゼットランド土建支部"],
    ),
    "ko": (
        "잰디아 등 4개 시민단체 공동 기자회견",
        "1. 잰디아시민연합, 제트랜드녹색연합, 잰디아환경연합, 제트랜드여성단체연합은 오늘 오전 "
        "서울에서 공동 기자회견을 가졌다.",
        ["잰디아시민연합", "제트랜드녹색연합", "잰디아환경연합", "제트랜드여성단체연합"],
    ),
    "th": (
        "หัวหน้าพรรคเล็ก 3 พรรค แถลงจุดยืนร่วมกัน",
        "หัวหน้าพรรคการเมืองขนาดเล็ก 3 พรรค ประกอบด้วย พรรคแซนเดียใหม่ พรรคแรงงานเซตแลนด์ "
        "พรรคประชาชนแซนเดีย ร่วมแถลงจุดยืนทางการเมือง",
        ["พรรคแซนเดียใหม่", "พรรคแรงงานเซตแลนด์", "พรรคประชาชนแซนเดีย"],
    ),
    "ka": (
        "სამმა პარტიამ დეკლარაციას მოაწერა ხელი",
        "სამმა ოპოზიციურმა პარტიამ – „ზეტლანდის ხმამ“, „ახალმა ქსანდიამ“, „ჩვენმა გზამ“ ხელი "
        "მოაწერეს ერთიანობის დეკლარაციას.",
        ["ზეტლანდის ხმამ", "ახალმა ქსანდიამ", "ჩვენმა გზამ"],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_as_many_names_as_the_text_counts_are_its_signers(language: str) -> None:
    title, lead, signers = CASES[language]
    document = read_text(f"{title}\n\n{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # four counted, three named: the count does not say where the enumeration ends (the
        # three written without the type word that opens a Thai party's name: with it,
        # each phrase is a name by its own form, test_phrased_runs.py)
        (
            "หัวหน้าพรรคเล็ก 4 พรรค แถลงจุดยืนร่วมกัน",
            "หัวหน้าพรรคการเมืองขนาดเล็ก 4 พรรค ประกอบด้วย แซนเดียใหม่ "
            "แรงงานเซตแลนด์ ประชาชนแซนเดีย ร่วมแถลงจุดยืนทางการเมือง",
        ),
    ],
)
def test_a_count_that_does_not_match_reads_no_names(title: str, lead: str) -> None:
    document = read_text(f"{title}\n\n{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == []


def test_a_word_for_and_inside_a_name_parts_no_items() -> None:
    # three counted, and three parts after the first "and": but that "and" is inside a name
    lead = (
        "1. The Xandia Chamber of Commerce and Industry (XCCI), the Zetland Traders Chamber "
        "(ZTC) and the Union of Xandian Chambers (UXC) met today and decided to found a forum "
        "of the three chambers."
    )
    document = read_text(f"Joint declaration of the Xandia forum\n\n{lead}\n\n{PROSE['en']}\n")
    assert "Industry (XCCI)" not in outside_of(document)
    assert "The Xandia Chamber of Commerce" not in outside_of(document)
