"""A letterhead written twice, in two scripts (the organisation's name, and under it the same
name in English), is the one organisation that speaks: one signer, whatever follows it (a title, a
place and date), also in scripts without capitals, where a name alone above the text is not
otherwise told from a title."""

from __future__ import annotations

import pytest

from kzld.model.records import Document

from .reading import read_text

#: The name in its own script, the same name in English, what follows, and the text.
LETTERHEADS = {
    "ar": (
        "المؤتمر الزتلاندي العام",
        "Zetland General Congress",
        '" بيان الى الامة "\nالبيان الصادر عن الدورة العاشرة',
        "انعقد المؤتمر في دورته العاشرة في مدينة زتلاند، والأمة تواجه أخطارا جسيمة من كل جانب،"
        " ولا بديل عن التضامن بين شعوبها في وجه الهيمنة.",
    ),
    "ru": (
        "КОММУНИСТИЧЕСКАЯ ПАРТИЯ КСАНДИИ",
        "COMMUNIST PARTY OF XANDIA",
        "г. Ксандийск, 15 апреля 2021 г.",
        "Дорогие товарищи! Центральный комитет горячо приветствует делегатов съезда и желает им"
        " успешной работы на благо трудящихся.",
    ),
    "fa": (
        "حزب کار زتلند",
        "Zetland Labour Party",
        "بیانیه درباره اعتصاب کارگران بندر",
        "حزب کار زتلند از اعتصاب کارگران بندر پشتیبانی می کند و از همه سازمان های کارگری می"
        " خواهد که در کنار آنان بایستند تا خواسته هایشان برآورده شود.",
    ),
    "hi": (
        "ज़ेटलैंड मज़दूर संघ",
        "Zetland Workers Union",
        "प्रेस विज्ञप्ति",
        "ज़ेटलैंड मज़दूर संघ बंदरगाह के मज़दूरों की हड़ताल का समर्थन करता है और सभी संगठनों से"
        " अपील करता है कि वे उनके साथ खड़े हों।",
    ),
    "el": (
        "ΕΡΓΑΤΙΚΟ ΚΕΝΤΡΟ ΖΕΤΛΑΝΤ",
        "ZETLAND LABOUR CENTRE",
        "Δελτίο Τύπου",
        "Το Εργατικό Κέντρο χαιρετίζει την απεργία των λιμενεργατών και καλεί όλα τα σωματεία να"
        " σταθούν στο πλευρό τους μέχρι τη νίκη.",
    ),
}


def _headers(document: Document) -> list[str]:
    return [e.raw for s in document.sections for e in s.entries]


@pytest.mark.parametrize("language", sorted(LETTERHEADS))
def test_a_letterhead_in_two_scripts_is_one_signer(language: str) -> None:
    name, english, following, body = LETTERHEADS[language]
    document = read_text(f"{name}\n{english}\n{following}\n{body}\n")
    assert _headers(document) == [name]


@pytest.mark.parametrize(
    "title",
    ["بيان مشترك للأحزاب الزتلاندية", "แถลงการณ์ร่วม 93 สหภาพแรงงาน", "जसपा र पार्टीबीच एकता"],
)
def test_a_title_without_capitals_and_no_name_under_it_is_no_letterhead(title: str) -> None:
    body = LETTERHEADS["ar"][3]
    assert _headers(read_text(f"{title}\n\n{body}\n")) == []
