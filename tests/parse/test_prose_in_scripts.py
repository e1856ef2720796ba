"""A line of running text that ends with its script's own full stop (the danda "।", the Urdu
"۔") is prose, as one ending with "." is: a list of names under it closes the text, it is no
header above it, and its names are read as a list's.

Names and sentences are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: A short paragraph of argument, ending with the script's full stop, and four names, by language.
CASES = {
    "hi": (
        "मजदूरों ने नई वेतन नीति के खिलाफ तीन सप्ताह से हड़ताल जारी रखी है। सरकार ने अब तक कोई"
        " जवाब नहीं दिया है।",
        ["ज़ेटलैंड मजदूर संघ", "क्सांडिया किसान सभा", "यप्सिलॉन युवा मोर्चा", "ज़ेटग्राद महिला समिति"],
    ),
    "ur": (
        "مزدوروں نے نئی اجرت پالیسی کے خلاف تین ہفتوں سے ہڑتال جاری رکھی ہے اور حکومت نے اب تک"
        " کوئی جواب نہیں دیا۔",
        [
            "زیٹ لینڈ مزدور یونین",
            "زینڈیا کسان تنظیم",
            "یپسلون نوجوان فیڈریشن",
            "زیٹگراد خواتین کمیٹی",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_names_under_a_paragraph_ending_with_its_scripts_full_stop_are_a_list(
    language: str,
) -> None:
    prose, names = CASES[language]
    assert 60 < len(prose) <= 160  # a line that only its ending tells as prose
    text = "Xandia\n\n" + prose + "\n\n" + "\n".join(names) + "\n"
    assert lists_of(read_text(text)) == [names]
