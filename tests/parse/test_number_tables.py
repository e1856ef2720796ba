"""A stated total written out in words, in the languages whose number words ``totals.yaml``
lacked (issue 18): the teens, the tens or a hundred of Albanian, Georgian (with the ergative a
subject takes), Armenian, Estonian, Bulgarian, Macedonian, Finnish, Danish, Persian, Urdu, Hindi,
Nepali, Marathi, Bengali, Tamil, Telugu, Malayalam, Kannada, Punjabi, Gujarati, Amharic, Irish,
Maltese, Belarusian, Kazakh, Kyrgyz, Uzbek, Icelandic, Hausa, Somali, Galician, Basque, Malay,
Tagalog, Lithuanian and Latvian. No text of the tune split's first fold writes one of them, so
each is held here by one made-up sentence (or, where the sentence's other words are not read
yet, by the word's value). Names and facts are made up."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes
from kzld.parse.totals import number_value

PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage rules, "
    "and the government has answered them with arrests and with bans on every meeting."
)


def _opening(sentence: str) -> int | None:
    text = "Title\n\n" + sentence + " " + PROSE + "\n\n" + PROSE + "\n"
    return read_bytes("statement.txt", text.encode("utf-8")).stated_total


@pytest.mark.parametrize(
    ("language", "sentence", "total"),
    [
        ("sq", "Gjashtëdhjetë organizata nënshkruan deklaratën e përbashkët.", 60),
        ("ka", "ოცმა ორგანიზაციამ ხელი მოაწერა ერთობლივ განცხადებას.", 20),
        ("hy", "Վաթսուն կազմակերպություն ստորագրել է համատեղ հայտարարությունը։", 60),
        ("et", "Kakskümmend organisatsiooni allkirjastas ühisavalduse.", 20),
        ("bg", "Единадесет организации подписаха общата декларация.", 11),
        ("mk", "Дваесет организации го потпишаа заедничкото соопштение.", 20),
        ("fi", "Yksitoista järjestöä allekirjoitti yhteisen julkilausuman.", 11),
        ("da", "Elleve organisationer har underskrevet erklæringen.", 11),
        ("fa", "یازده سازمان بیانیه مشترک را امضا کردند.", 11),
        ("ur", "بیس تنظیموں نے مشترکہ بیان پر دستخط کیے۔", 20),
        ("hi", "ग्यारह संगठनों ने संयुक्त बयान पर हस्ताक्षर किए।", 11),
        ("ne", "एघार संगठनले संयुक्त विज्ञप्तिमा हस्ताक्षर गरेका छन्।", 11),
        ("mr", "वीस संघटनांनी संयुक्त निवेदनावर स्वाक्षरी केली.", 20),
        ("bn", "এগারো সংগঠন যৌথ বিবৃতিতে স্বাক্ষর করেছে।", 11),
        ("ta", "இருபது அமைப்புகள் கூட்டு அறிக்கையில் கையெழுத்திட்டன.", 20),
        ("te", "ఇరవై సంఘాలు ఉమ్మడి ప్రకటనపై సంతకం చేశాయి.", 20),
        ("ml", "ഇരുപത് സംഘടനകൾ സംയുക്ത പ്രസ്താവനയിൽ ഒപ്പുവച്ചു.", 20),
        ("kn", "ಇಪ್ಪತ್ತು ಸಂಘಟನೆಗಳು ಹೇಳಿಕೆಗೆ ಸಹಿ ಹಾಕಿವೆ.", 20),
        ("pa", "ਵੀਹ ਜਥੇਬੰਦੀਆਂ ਨੇ ਬਿਆਨ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ।", 20),
        ("ga", "Shínigh tríocha eagraíocht an ráiteas.", 30),
        ("mt", "Għoxrin organizzazzjoni ffirmaw l-istqarrija.", 20),
        ("be", "Адзінаццаць арганізацый падпісалі заяву.", 11),
        ("kk", "Жиырма ұйым мәлімдемеге қол қойды.", 20),
        ("ky", "Жыйырма уюм билдирүүгө кол койду.", 20),
        ("uz", "Yigirma tashkilot bayonotni imzoladi.", 20),
        ("is", "Tuttugu samtök undirrituðu yfirlýsinguna.", 20),
        ("so", "Toban urur ayaa saxiixay bayaanka.", 10),
        ("gl", "Corenta organizacións asinaron a declaración.", 40),
        ("eu", "Ehun erakundek sinatu dute adierazpena.", 100),
        ("ms", "Lapan pertubuhan menandatangani kenyataan bersama itu.", 8),
        ("lt", "Šimtas organizacijų pasirašė pareiškimą.", 100),
        ("lv", "Simts organizāciju parakstīja paziņojumu.", 100),
    ],
)  # fmt: skip
def test_a_total_written_in_words_of_its_language(language: str, sentence: str, total: int) -> None:
    assert _opening(sentence) == total, language


@pytest.mark.parametrize(
    ("language", "word", "value"),
    [
        ("tl", "Dalawampung", 20),
        ("ha", "biyar", 5),
        ("am", "ሃያ", 20),
        ("gu", "વીસ", 20),
    ],
)
def test_a_number_word_of_its_language(language: str, word: str, value: int) -> None:
    assert number_value(word) == value, language


@pytest.mark.parametrize(
    "word",
    [
        # left out for a second sense: Welsh numbers (a text's counted enumeration reads more
        # names than sign), Basque "hamaika" (also "countless"), Estonian "sada" (Serbian "now"),
        # Romanian "sută" (a percent), Urdu "سو" ("so"), Hebrew "מאה" (also "century")
        "saith",
        "hamaika",
        "sada",
        "sută",
        "سو",
        "מאה",
    ],
)
def test_a_number_word_with_a_second_sense_is_no_number(word: str) -> None:
    assert number_value(word) is None
