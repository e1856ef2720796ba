"""Names in a script without capitals, parted by commas and the word for "and", closed by the
word that marks them as the agent of a sentence telling of a statement (Hindi "ने", Punjabi
"ਨੇ", Urdu "نے" written apart, Nepali "ले" written onto the last name): "A, B और C ने संयुक्त
बयान जारी किया" (A, B and C issued a joint statement). The run opens the sentence (after a
dateline), or follows the group the names belong to, counted ("three left parties A, B and C")
or written onto the first ("five left partiesA, B ..."), or the last postposition before them
("for the elections A and B ...").
Persons as agents (the officers of organisations too), and organisations that do something
other than state, sign nothing. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A headline, and argument prose after the lead, in each language.
TEXT = {
    "hi": (
        "हड़ताल का समर्थन",
        "बयान में कहा गया कि सरकार को मज़दूरों की मांगें तुरंत माननी चाहिए और गिरफ़्तार मज़दूरों को "
        "रिहा करना चाहिए।",
    ),
    "ne": (
        "संयुक्त उम्मेदवारी",
        "विज्ञप्तिमा दुवै दलले सँगै चुनाव लड्ने र मजदुरका माग पूरा गर्न संघर्ष गर्ने उल्लेख छ।",
    ),
    "pa": (
        "ਹੜਤਾਲ ਦੀ ਹਮਾਇਤ",
        "ਪਾਰਟੀਆਂ ਨੇ ਕਿਹਾ ਕਿ ਸਰਕਾਰ ਨੂੰ ਮਜ਼ਦੂਰਾਂ ਦੀਆਂ ਮੰਗਾਂ ਤੁਰੰਤ ਮੰਨਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ।",
    ),
    "ur": (
        "ہڑتال کی حمایت",
        "بیان میں کہا گیا کہ حکومت کو مزدوروں کے مطالبات فوری طور پر ماننے چاہئیں۔",
    ),
}

#: A lead sentence naming made-up organisations as its agent, and the names the reader gives.
RUNS = {
    # after a dateline closed by a danda
    "hi": (
        "नई दिल्ली, 5 मार्च। ज़ेटलैंड कम्युनिस्ट पार्टी, ज़ेटलैंड समाजवादी पार्टी, ज़ेटलैंड किसान "
        "मोर्चा और नवीन जनता दल ने एक संयुक्त बयान जारी कर मज़दूरों की हड़ताल का समर्थन किया है।",
        ["ज़ेटलैंड कम्युनिस्ट पार्टी", "ज़ेटलैंड समाजवादी पार्टी", "ज़ेटलैंड किसान मोर्चा", "नवीन जनता दल"],
    ),
    # after a dash dateline and "for the coming elections"; the marker written onto the last
    "ne": (
        "काठमाडौँ – आगामी निर्वाचनका लागि नवीन जनता पार्टी नेपाल र जेटा लोकतान्त्रिक फोरम "
        "नेपालले संयुक्त विज्ञप्ति जारी गरेका छन्।",
        ["नवीन जनता पार्टी नेपाल", "जेटा लोकतान्त्रिक फोरम नेपाल"],
    ),
    # a bracket inside a name
    "pa": (
        "ਜ਼ੈਟਲੈਂਡ ਕਮਿਊਨਿਸਟ ਪਾਰਟੀ, ਜ਼ੈਟਲੈਂਡ ਕਮਿਊਨਿਸਟ ਪਾਰਟੀ (ਮਾਰਕਸਵਾਦੀ) ਅਤੇ ਨਵਾਂ ਫਾਰਵਰਡ ਬਲਾਕ ਨੇ "
        "ਸਾਂਝੇ ਬਿਆਨ ਵਿੱਚ ਕਿਹਾ ਹੈ ਕਿ ਹੜਤਾਲ ਜਾਇਜ਼ ਹੈ।",
        ["ਜ਼ੈਟਲੈਂਡ ਕਮਿਊਨਿਸਟ ਪਾਰਟੀ", "ਜ਼ੈਟਲੈਂਡ ਕਮਿਊਨਿਸਟ ਪਾਰਟੀ (ਮਾਰਕਸਵਾਦੀ)", "ਨਵਾਂ ਫਾਰਵਰਡ ਬਲਾਕ"],
    ),
    "ur": (
        "زیٹ لینڈ مزدور پارٹی، کسانڈیا کسان تنظیم اور نیا عوامی محاذ نے ایک مشترکہ بیان میں "
        "ہڑتال کی حمایت کی ہے۔",
        ["زیٹ لینڈ مزدور پارٹی", "کسانڈیا کسان تنظیم", "نیا عوامی محاذ"],
    ),
}


def _read(language: str, sentence: str) -> list[str]:
    headline, body = TEXT[language]
    return outside_of(read_text(f"{headline}\n\n{sentence}\n\n{body}\n"))


@pytest.mark.parametrize("language", sorted(RUNS))
def test_the_agents_of_a_sentence_that_tells_of_a_statement_are_signers(language: str) -> None:
    sentence, names = RUNS[language]
    assert _read(language, sentence) == names


def test_a_plural_written_onto_the_first_name_opens_the_run() -> None:
    # "three left parties" before the names, the page having lost the space after "parties"
    sentence, names = RUNS["pa"]
    assert _read("pa", "ਤਿੰਨ ਖੱਬੇ-ਪੱਖੀ ਪਾਰਟੀਆਂ" + sentence) == names


def test_a_count_of_organisations_before_the_names_opens_a_run_of_as_many() -> None:
    # "three left parties A, B and C": the count says how many names the run holds
    sentence, names = RUNS["pa"]
    assert _read("pa", "ਤਿੰਨ ਖੱਬੇ-ਪੱਖੀ ਪਾਰਟੀਆਂ " + sentence) == names


#: Agents that sign nothing: persons issuing a statement, and organisations that strike.
NO_ONE = {
    "persons": ("hi", "राम लाल, श्याम सिंह और मोहन दास ने एक संयुक्त बयान जारी किया है।"),
    "strike": (
        "hi",
        "ज़ेटलैंड कम्युनिस्ट पार्टी, ज़ेटलैंड समाजवादी पार्टी और नवीन जनता दल ने आज शहर में हड़ताल की।",
    ),
    "persons-ur": ("ur", "احمد علی، اکرم خان اور نوید حسین نے ایک مشترکہ بیان میں حمایت کی ہے۔"),
}


@pytest.mark.parametrize("case", sorted(NO_ONE))
def test_agents_that_are_no_organisations_or_state_nothing_sign_nothing(case: str) -> None:
    language, sentence = NO_ONE[case]
    assert _read(language, sentence) == []


def test_officers_are_no_names_of_the_run_but_sign_for_their_organisations() -> None:
    # the chair of X, the general secretary of Y and the chair of Z issued a joint statement:
    # no part of the run is a name, and the bodies before the posts sign (posted.py)
    sentence = (
        "ज़ेटलैंड जनता पार्टी के अध्यक्ष राम लाल, क्सांडिया मज़दूर मोर्चा के महासचिव श्याम सिंह और "
        "नवीन जनता दल के अध्यक्ष मोहन दास ने एक संयुक्त बयान जारी किया है।"
    )
    assert _read("hi", sentence) == ["ज़ेटलैंड जनता पार्टी", "क्सांडिया मज़दूर मोर्चा", "नवीन जनता दल"]
