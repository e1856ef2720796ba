"""Runs of names in a script without capitals whose punctuation hid them (issue 18): a short form
whose letters each carry a stop ("இசட்.டி.யு.", "(ਜ਼ੈੱਡ. ਟੀ. ਯੂ.)") is a name's evidence and ends no
sentence; a word for "including" before a word for organisations in the plural closes a run,
after its last comma too ("A., B., C., உள்ளிட்ட தொழிற்சங்கங்கள்");
a single quotation mark that nothing closes elides a word ("ਮੰਚ 'ਚ", "'s-Xandenbosch") and
hides no comma; and a count of organisations points at its run through all of these. Names are
made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from kzld.parse.coordinated import masked
from kzld.parse.text import sentences

from .reading import outside_of, read_text

#: Argument prose in the scripts this module tests.
BODY = {
    "ta": "பிராந்தியத்தின் தொழிலாளர்கள் புதிய ஊதிய விதிகளுக்கு எதிராக மூன்று வாரங்களாக "
    "வேலைநிறுத்தத்தில் உள்ளனர், அரசு கைதுகளாலும் கூட்டங்களுக்கான தடைகளாலும் பதிலளிக்கிறது.",
    "bn": "এই অঞ্চলের শ্রমিকরা নতুন মজুরি নিয়মের বিরুদ্ধে তিন সপ্তাহ ধরে ধর্মঘট করছেন, আর সরকার "
    "গ্রেপ্তার দিয়ে জবাব দিচ্ছে।",
    "hi": "क्षेत्र के मज़दूर तीन हफ़्तों से नई वेतन नीति के ख़िलाफ़ हड़ताल पर हैं, और सरकार उन्हें "
    "गिरफ़्तारियों और हर सभा पर रोक से जवाब दे रही है।",
    "pa": "ਇਲਾਕੇ ਦੇ ਮਜ਼ਦੂਰ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਤੋਂ ਨਵੇਂ ਤਨਖਾਹ ਨਿਯਮਾਂ ਵਿਰੁੱਧ ਹੜਤਾਲ 'ਤੇ ਹਨ, ਅਤੇ ਸਰਕਾਰ "
    "ਗ੍ਰਿਫ਼ਤਾਰੀਆਂ ਅਤੇ ਹਰ ਇਕੱਠ 'ਤੇ ਪਾਬੰਦੀ ਨਾਲ ਜਵਾਬ ਦੇ ਰਹੀ ਹੈ।",
}


def _read(language: str, sentence: str) -> list[str]:
    body = BODY[language]
    return outside_of(read_text(f"{body[:40]}\n\n{body}\n\n{sentence}\n"))


#: Runs that open a sentence, short forms spelt in names of Latin letters each with its stop,
#: closed by a word that sums them up, and the names the reader should give.
DOTTED = {
    # Tamil: "X., Y., the Xandia Workers' Party, including unions ...", the word for
    # "including" after the last comma
    "ta": (
        "எக்ஸ்.கே.பி., இசட்.டி.யு., சாண்டியா தொழிலாளர் கட்சி, உள்ளிட்ட தொழிற்சங்கங்கள் "
        "நாளை மாவட்ட அலுவலகம் முன்பு மறியல் செய்கின்றன.",
        ["எக்ஸ்.கே.பி.", "இசட்.டி.யு.", "சாண்டியா தொழிலாளர் கட்சி"],
    ),
    # Bengali: "X., Y. and the Xandia Youth Council etc. organisations called the strike"
    "bn": (
        "এক্স.কে.পি., জেড.টি.ইউ., ক্সান্ডিয়া যুব পরিষদ প্রভৃতি সংগঠন ধর্মঘটের ডাক দিয়েছে।",
        ["এক্স.কে.পি.", "জেড.টি.ইউ.", "ক্সান্ডিয়া যুব পরিষদ"],
    ),
    # Hindi: "X., Y., the New Zetland Front etc. issued a joint statement"
    "hi": (
        "एक्स.के.पी., ज़ेड.टी.यू., नव ज़ेटलैंड मोर्चा आदि ने संयुक्त बयान जारी किया।",
        ["एक्स.के.पी.", "ज़ेड.टी.यू.", "नव ज़ेटलैंड मोर्चा"],
    ),
}


@pytest.mark.parametrize("language", sorted(DOTTED))
def test_short_forms_with_a_stop_after_each_letter_are_names(language: str) -> None:
    sentence, names = DOTTED[language]
    assert _read(language, sentence) == names


#: The same closing words after things, and after words with stops that spell no letters:
#: wages, pensions, job security; "Rs. 500", "p.m.".
THINGS = {
    "ta": "ஊதியம், ஓய்வூதியம், வேலை பாதுகாப்பு, உள்ளிட்ட கோரிக்கைகளை தொழிலாளர்கள் முன்வைத்தனர்.",
    "bn": "বেতন, পেনশন, চাকরির নিরাপত্তা প্রভৃতি দাবি শ্রমিকরা তুলে ধরেছেন।",
    "hi": "रु.500, दो.प.ह. और नौकरी की सुरक्षा आदि की मांग मज़दूरों ने उठाई।",
}


@pytest.mark.parametrize("language", sorted(THINGS))
def test_things_closed_by_the_same_words_name_no_one(language: str) -> None:
    assert _read(language, THINGS[language]) == []


def test_a_tamil_run_of_alliances_and_forums() -> None:
    """ "A alliance, B forum, C alliance, which are the alliance's unions, back the strike": the
    words for alliance and forum say what each name is."""
    sentence = (
        "சாண்டியா ஆசிரியர் கூட்டணி, ஜெட்லாந்து ஆசிரியர் மன்றம் ,புதிய ஆசிரியர் கூட்டணி ஆகிய "
        "கூட்டணி சங்கங்கள் போராட்டத்திற்கு ஆதரவு தெரிவித்தன."
    )
    names = ["சாண்டியா ஆசிரியர் கூட்டணி", "ஜெட்லாந்து ஆசிரியர் மன்றம்", "புதிய ஆசிரியர் கூட்டணி"]
    assert _read("ta", sentence) == names


#: A count of organisations, then (after an elided "in", "'ਚ") its names, each with its short
#: form in brackets spelt letter by letter with stops: "The joint platform of 4 trade unions
#: has in it A (..), B (..), C (..) and D".
COUNTED = {
    "pa": (
        "4 ਟਰੇਡ ਯੂਨੀਅਨਾਂ ਦੇ ਸਾਂਝੇ ਮੰਚ 'ਚ ਕਸਾਂਡੀਆ ਮਜ਼ਦੂਰ ਕਾਂਗਰਸ (ਕੇ. ਐੱਮ. ਸੀ.), ਜ਼ੈਟਲੈਂਡ ਟਰੇਡ "
        "ਯੂਨੀਅਨ ਸੈਂਟਰ (ਜ਼ੈੱਡ. ਟੀ. ਯੂ. ਸੀ.), ਨਵੀਂ ਕਿਸਾਨ ਸਭਾ (ਐੱਨ. ਕੇ. ਐੱਸ.) ਅਤੇ ਲੋਕ ਮਜ਼ਦੂਰ "
        "ਫੈਡਰੇਸ਼ਨ",
        [
            "ਕਸਾਂਡੀਆ ਮਜ਼ਦੂਰ ਕਾਂਗਰਸ (ਕੇ. ਐੱਮ. ਸੀ.)",
            "ਜ਼ੈਟਲੈਂਡ ਟਰੇਡ ਯੂਨੀਅਨ ਸੈਂਟਰ (ਜ਼ੈੱਡ. ਟੀ. ਯੂ. ਸੀ.)",
            "ਨਵੀਂ ਕਿਸਾਨ ਸਭਾ (ਐੱਨ. ਕੇ. ਐੱਸ.)",
            "ਲੋਕ ਮਜ਼ਦੂਰ ਫੈਡਰੇਸ਼ਨ",
        ],
    ),
    # Hindi: "In the joint front of 4 organisations are A (..), B (..), C (..) and D"
    "hi": (
        "4 संगठनों के संयुक्त मोर्चे में क्सांडिया मज़दूर कांग्रेस (के. एम. सी.), ज़ेटलैंड ट्रेड "
        "यूनियन सेंटर (ज़ेड. टी. यू. सी.), नव किसान सभा (एन. के. एस.) और लोक मज़दूर फेडरेशन",
        [
            "क्सांडिया मज़दूर कांग्रेस (के. एम. सी.)",
            "ज़ेटलैंड ट्रेड यूनियन सेंटर (ज़ेड. टी. यू. सी.)",
            "नव किसान सभा (एन. के. एस.)",
            "लोक मज़दूर फेडरेशन",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(COUNTED))
def test_a_count_points_at_names_with_dotted_short_forms(language: str) -> None:
    sentence, names = COUNTED[language]
    assert _read(language, sentence) == names


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # Punjabi: "in" elided after the platform, then the names' commas
        ("ਮੰਚ 'ਚ ਕਸਾਂਡੀਆ ਸਭਾ, ਜ਼ੈਟਲੈਂਡ ਸਭਾ", 2),
        # Dutch: a place written with an elided article
        ("de bonden uit 's-Xandenbosch, Zetland en Ypsilon", 2),
        # English: a quotation that closes keeps its commas
        ("the 'Xandia, Zetland and Ypsilon' front, the Union", 2),
    ],
)
def test_a_single_mark_nothing_closes_hides_no_comma(text: str, parts: int) -> None:
    inside = masked(text)
    assert sum(1 for k, c in enumerate(text) if c == "," and not inside[k]) == parts - 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ਕਸਾਂਡੀਆ ਸਭਾ (ਕੇ. ਐੱਮ. ਸੀ.), ਜ਼ੈਟਲੈਂਡ ਸਭਾ (ਜ਼ੈੱਡ. ਐੱਸ.) ਅਤੇ ਲੋਕ ਸਭਾ", 1),
        ("Die Xandia-Partei (X. P.) tagte. Sie beschloss nichts.", 2),
        # a stop inside a long bracket still ends a sentence
        ("They met (all of the unions came. Some left early) on Monday. Then", 3),
    ],
)
def test_stops_of_a_short_form_in_brackets_end_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count
