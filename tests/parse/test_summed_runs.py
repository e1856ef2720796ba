"""Names that open a sentence in a script without capitals, parted by commas and closed by a word
that sums them up (Malayalam "എന്നിവ" these, Tamil "ஆகியவை", Hindi "आदि" etc., Urdu "شامل" included
after "ان میں" among them) or by a plural
type word the last name shares (Telugu "పార్టీలు" parties): the run's form and its names' own
evidence (type words, abbreviations spelt in the script's names of Latin letters) say they are
signers, since capitals cannot. A run of things closed so names no one, and only the text's
first run is read. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.summed import is_spelt_abbreviation

from .reading import outside_of, read_text

#: Argument prose in the scripts this module tests.
BODY = {
    "ml": "പ്രദേശത്തെ തൊഴിലാളികൾ പുതിയ വേതന നിയമങ്ങൾക്കെതിരെ മൂന്നാഴ്ചയായി പണിമുടക്കിലാണ്, "
    "സർക്കാർ അറസ്റ്റുകളും യോഗങ്ങൾക്കുള്ള വിലക്കുകളും കൊണ്ടാണ് മറുപടി നൽകുന്നത്.",
    "te": "ప్రాంతంలోని కార్మికులు కొత్త వేతన నిబంధనలకు వ్యతిరేకంగా మూడు వారాలుగా సమ్మెలో ఉన్నారు, "
    "ప్రభుత్వం అరెస్టులతో మరియు సభలపై నిషేధంతో జవాబిస్తోంది.",
    "ta": "பிராந்தியத்தின் தொழிலாளர்கள் புதிய ஊதிய விதிகளுக்கு எதிராக மூன்று வாரங்களாக "
    "வேலைநிறுத்தத்தில் உள்ளனர், அரசு கைதுகளாலும் கூட்டங்களுக்கான தடைகளாலும் பதிலளிக்கிறது.",
    "bn": "এই অঞ্চলের শ্রমিকরা নতুন মজুরি নিয়মের বিরুদ্ধে তিন সপ্তাহ ধরে ধর্মঘট করছেন, আর সরকার "
    "গ্রেপ্তার দিয়ে জবাব দিচ্ছে।",
    "ur": "علاقے کے مزدور تین ہفتوں سے نئے اجرتی قواعد کے خلاف ہڑتال پر ہیں، اور حکومت "
    "گرفتاریوں اور ہر اجتماع پر پابندی سے جواب دے رہی ہے۔",
    "kn": "ಪ್ರದೇಶದ ಕಾರ್ಮಿಕರು ಹೊಸ ವೇತನ ನಿಯಮಗಳ ವಿರುದ್ಧ ಮೂರು ವಾರಗಳಿಂದ ಮುಷ್ಕರ ನಡೆಸುತ್ತಿದ್ದಾರೆ, "
    "ಸರ್ಕಾರ ಬಂಧನಗಳಿಂದ ಉತ್ತರಿಸುತ್ತಿದೆ.",
    "hi": "क्षेत्र के मज़दूर तीन हफ़्तों से नई वेतन नीति के ख़िलाफ़ हड़ताल पर हैं, और सरकार उन्हें "
    "गिरफ़्तारियों और हर सभा पर रोक से जवाब दे रही है।",
}

#: A sentence opening with made-up names, and the names as the reader should give them.
RUNS = {
    "ml": (
        "എക്സ്കെപി, സെഡ്ടിയു, സാൻഡിയ തൊഴിലാളി പാർട്ടി, സെറ്റ്ലാൻഡ് ശക്തി എന്നിവ സംയുക്തമായാണ് "
        "പണിമുടക്കിന് ആഹ്വാനം ചെയ്തിട്ടുള്ളത്.",
        ["എക്സ്കെപി", "സെഡ്ടിയു", "സാൻഡിയ തൊഴിലാളി പാർട്ടി", "സെറ്റ്ലാൻഡ് ശക്തി"],
    ),
    "te": (
        "ఎక్స్కేపీ, సాండియా కార్మిక పార్టీ, జెట్లాండ్ రైతు సంఘం, జెట్లాండ్ సోషలిస్టు పార్టీలు పొత్తు కుదుర్చుకున్నాయి.",
        ["ఎక్స్కేపీ", "సాండియా కార్మిక పార్టీ", "జెట్లాండ్ రైతు సంఘం", "జెట్లాండ్ సోషలిస్టు"],
    ),
    "ta": (
        "எக்ஸ்கேபி, சாண்டியா தொழிலாளர் கட்சி, ஜெட்லாந்து விவசாயிகள் சங்கம் ஆகியவை கூட்டாக அழைப்பு விடுத்துள்ளன.",
        ["எக்ஸ்கேபி", "சாண்டியா தொழிலாளர் கட்சி", "ஜெட்லாந்து விவசாயிகள் சங்கம்"],
    ),
    # among them, three abbreviations spelt letter by letter and two names, "are included"
    "ur": (
        "ہڑتال کی کال مشترکہ طور پر دی گئی۔ ان میں ایکس کے پی، زیڈ ٹی یو، ایکس ایف ٹی، "
        "زیٹ لینڈ مزدور یونین اور کسانڈیا کسان اتحاد شامل ہیں۔",
        ["ایکس کے پی", "زیڈ ٹی یو", "ایکس ایف ٹی", "زیٹ لینڈ مزدور یونین", "کسانڈیا کسان اتحاد"],
    ),
    # "X, Y and Z joined" closed by "included"
    "hi-joined": (
        "एक्सएफटी, ज़ेटलैंड किसान सभा, क्सांडिया युवा मोर्चा और नव ज़ेटलैंड संघ शामिल हुए।",
        ["एक्सएफटी", "ज़ेटलैंड किसान सभा", "क्सांडिया युवा मोर्चा", "नव ज़ेटलैंड संघ"],
    ),
    # closed by "etc." before a word for organisations
    "bn": (
        "এক্সকেপি, জেটল্যান্ড কৃষক সমিতি, ক্সান্ডিয়া যুব ফ্রন্ট প্রভৃতি সংগঠন ধর্মঘটের ডাক দিয়েছে।",
        ["এক্সকেপি", "জেটল্যান্ড কৃষক সমিতি", "ক্সান্ডিয়া যুব ফ্রন্ট"],
    ),
    "hi": (
        "एक्सकेपी, ज़ेटलैंड जनता पार्टी, क्सांडिया मज़दूर पार्टी और नव ज़ेटलैंड मोर्चा आदि ने संयुक्त बयान जारी किया।",
        ["एक्सकेपी", "ज़ेटलैंड जनता पार्टी", "क्सांडिया मज़दूर पार्टी", "नव ज़ेटलैंड मोर्चा"],
    ),
}


@pytest.mark.parametrize("language", sorted(RUNS))
def test_names_closed_by_a_word_that_sums_them_up_are_signers(language: str) -> None:
    sentence, names = RUNS[language]
    body = BODY[language.split("-")[0]]
    document = read_text(f"{body[:40]}\n\n{body}\n\n{sentence}\n")
    assert outside_of(document) == names


#: Things, not names, closed by the same words: wages, pensions, job security.
THINGS = {
    "ur": "ان میں اجرت، پنشن، روزگار کا تحفظ اور رہائش شامل ہیں۔",
    "ml": "ശമ്പളം, പെൻഷൻ, തൊഴിൽ സുരക്ഷ എന്നിവ സംരക്ഷിക്കണമെന്ന് തൊഴിലാളികൾ ആവശ്യപ്പെട്ടു.",
    "ta": "ஊதியம், ஓய்வூதியம், வேலை பாதுகாப்பு ஆகியவை பாதுகாக்கப்பட வேண்டும் என்று தொழிலாளர்கள் கோரினர்.",
    "hi": "वेतन, पेंशन, नौकरी की सुरक्षा आदि की रक्षा होनी चाहिए, मज़दूरों ने कहा।",
}


@pytest.mark.parametrize("language", sorted(THINGS))
def test_things_closed_by_a_word_that_sums_them_up_name_no_one(language: str) -> None:
    document = read_text(f"{BODY[language][:40]}\n\n{BODY[language]}\n\n{THINGS[language]}\n")
    assert outside_of(document) == []


#: Names closed by the summing word, then, after a comma, things closed by it again: "XKP, ZTU
#: and the Xandia Workers' Party said so, and wages, pensions and job security these ...".
NAMES_THEN_THINGS = {
    "ml": (
        "എക്സ്കെപി, സെഡ്ടിയു, സാൻഡിയ തൊഴിലാളി പാർട്ടി എന്നിവ പ്രസ്താവനയിൽ പറഞ്ഞു, ശമ്പളം, "
        "പെൻഷൻ, തൊഴിൽ സുരക്ഷ എന്നിവ സംരക്ഷിക്കണം.",
        ["എക്സ്കെപി", "സെഡ്ടിയു", "സാൻഡിയ തൊഴിലാളി പാർട്ടി"],
    ),
    "hi": (
        "एक्सकेपी, ज़ेटलैंड जनता पार्टी, क्सांडिया मज़दूर पार्टी आदि ने कहा, वेतन, पेंशन, नौकरी "
        "की सुरक्षा आदि की रक्षा होनी चाहिए।",
        ["एक्सकेपी", "ज़ेटलैंड जनता पार्टी", "क्सांडिया मज़दूर पार्टी"],
    ),
}


@pytest.mark.parametrize("language", sorted(NAMES_THEN_THINGS))
def test_the_first_word_that_sums_the_names_up_closes_the_run(language: str) -> None:
    sentence, names = NAMES_THEN_THINGS[language]
    document = read_text(f"{BODY[language][:40]}\n\n{BODY[language]}\n\n{sentence}\n")
    assert outside_of(document) == names


def test_only_the_first_run_names_signers() -> None:
    sentence, names = RUNS["te"]
    others = "ఇప్పటికే ఎక్స్ఎఫ్, జెడ్ఆర్డీ, జెట్లాండ్ జాతీయ పార్టీలు పొత్తు కుదుర్చుకున్నాయి."
    document = read_text(f"{BODY['te'][:40]}\n\n{BODY['te']}\n\n{sentence} {others}\n")
    assert outside_of(document) == names


@pytest.mark.parametrize(
    ("word", "spelt"),
    [
        ("സിഐടിയു", True),  # CITU, Malayalam
        ("എല്പിഎഫ്", True),  # LPF, a virama for the chillu
        ("సీపీఐ", True),  # CPI, Telugu
        ("सीपीआई", True),  # CPI, Devanagari
        ("এই", False),  # Bengali "this": two letter names only
        ("पार्टी", False),  # a word
    ],
)
def test_an_abbreviation_spelt_in_names_of_letters(word: str, spelt: bool) -> None:
    assert is_spelt_abbreviation(word) is spelt


#: A run inside a sentence, its first name glued to a long lead-in (a clause that capitals
#: cannot part from the name), closed by a word that sums it up or by a genitive and a word for
#: leaders: the names whole between commas are read; the first is read after the clause's last
#: word that closes a phrase (a postposition "में", "میں": in; a type word in the oblique plural
#: "تنظیموں": of organisations), and left out where no such word bounds it (kn, bn).
INSIDE = {
    "kn": (
        "ಹೊಸ ವೇತನ ನಿಯಮಗಳನ್ನು ತಕ್ಷಣ ಹಿಂಪಡೆಯಬೇಕೆಂದು ಒತ್ತಾಯಿಸಿ ನಗರದ ಎಲ್ಲೆಡೆ ಜೆಟ್ಲ್ಯಾಂಡ್ ಕಾರ್ಮಿಕರ ಸಂಘ, "
        "ಕ್ಸಾಂಡಿಯಾ ರೈತ ಸಮಿತಿ, ನವ ಜೆಟ್ಲ್ಯಾಂಡ್ ಒಕ್ಕೂಟ, ಜೆಟ್ಲ್ಯಾಂಡ್ ಯುವ ವೇದಿಕೆ ಮತ್ತಿತರೆ ಸಂಘಟನೆಗಳು "
        "ಮುಷ್ಕರ ನಡೆಸಿದವು.",
        ["ಕ್ಸಾಂಡಿಯಾ ರೈತ ಸಮಿತಿ", "ನವ ಜೆಟ್ಲ್ಯಾಂಡ್ ಒಕ್ಕೂಟ", "ಜೆಟ್ಲ್ಯಾಂಡ್ ಯುವ ವೇದಿಕೆ"],
    ),
    "bn": (
        "নতুন মজুরি নিয়ম বাতিলের দাবিতে গতকাল শহরের কেন্দ্রে বিক্ষোভ সমাবেশ করে জেটল্যান্ড শ্রমিক "
        "সংঘ, ক্সান্ডিয়া কৃষক সমিতি, নব জেটল্যান্ড ফ্রন্ট, জেটল্যান্ড যুব লীগ প্রভৃতি সংগঠন।",
        ["ক্সান্ডিয়া কৃষক সমিতি", "নব জেটল্যান্ড ফ্রন্ট", "জেটল্যান্ড যুব লীগ"],
    ),
    "hi": (
        "नई वेतन नीति को वापस लेने की माँग को लेकर कल शहर के बीचोंबीच हुई सभा में ज़ेटलैंड "
        "मज़दूर संघ, क्सांडिया किसान सभा, नव ज़ेटलैंड मोर्चा, ज़ेटलैंड युवा परिषद के नेताओं ने "
        "भाषण दिया।",
        ["ज़ेटलैंड मज़दूर संघ", "क्सांडिया किसान सभा", "नव ज़ेटलैंड मोर्चा", "ज़ेटलैंड युवा परिषद"],
    ),
    "ur": (
        "نئے اجرتی قواعد کی واپسی کے مطالبے پر کل شہر کے مرکز میں ہونے والے اجلاس میں زیٹ لینڈ "
        "مزدور یونین، کسانڈیا کسان اتحاد، نئی زیٹ لینڈ پارٹی اور زیٹ لینڈ نوجوان تنظیم کے رہنماؤں "
        "نے شرکت کی۔",
        [
            "زیٹ لینڈ مزدور یونین",
            "کسانڈیا کسان اتحاد",
            "نئی زیٹ لینڈ پارٹی",
            "زیٹ لینڈ نوجوان تنظیم",
        ],
    ),
    # after a dateline's colon, "religious and political organisations" before the first
    # name: the words the "and" joins are the clause's, no name
    "ur-dateline": (
        "زیٹ ٹاؤن: کل شہر کے مرکز میں ہونے والے سالانہ اجلاس میں ملک کی بڑی دینی و سیاسی تنظیموں "
        "زیٹ لینڈ مزدور یونین، کسانڈیا کسان اتحاد، نئی زیٹ لینڈ پارٹی اور زیٹ لینڈ نوجوان تنظیم کے "
        "رہنماؤں نے شرکت کی۔",
        [
            "زیٹ لینڈ مزدور یونین",
            "کسانڈیا کسان اتحاد",
            "نئی زیٹ لینڈ پارٹی",
            "زیٹ لینڈ نوجوان تنظیم",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(INSIDE))
def test_a_run_inside_a_sentence_is_read_from_its_first_whole_name(language: str) -> None:
    sentence, names = INSIDE[language]
    body = BODY[language.split("-")[0]]
    document = read_text(f"{body[:40]}\n\n{body}\n\n{sentence}\n")
    assert outside_of(document) == names


#: A run inside a sentence closed by a genitive and a word for whose side ("from the side of A,
#: B and C": on their behalf), the genitive written apart or onto the last name.
ON_BEHALF = {
    "bn": (
        "নতুন মজুরি নিয়ম বাতিলের দাবিতে গতকাল শহরের কেন্দ্রে সমবেত সকল শ্রমিককে জেটল্যান্ড শ্রমিক "
        "সংঘ, ক্সান্ডিয়া কৃষক সমিতি, নব জেটল্যান্ড ফ্রন্ট, জেটল্যান্ড যুব লীগের পক্ষ থেকে অভিনন্দন "
        "জানানো হয়েছে।",
        # after "শ্রমিককে" (to the workers: the object ending closes the phrase)
        ["জেটল্যান্ড শ্রমিক সংঘ", "ক্সান্ডিয়া কৃষক সমিতি", "নব জেটল্যান্ড ফ্রন্ট", "জেটল্যান্ড যুব লীগ"],
    ),
    "hi": (
        "नई वेतन नीति को वापस लेने की माँग को लेकर कल शहर के बीचोंबीच जमा हुए मज़दूरों का ज़ेटलैंड "
        "मज़दूर संघ, क्सांडिया किसान सभा, नव ज़ेटलैंड मोर्चा, ज़ेटलैंड युवा परिषद की ओर से स्वागत "
        "किया गया।",
        ["क्सांडिया किसान सभा", "नव ज़ेटलैंड मोर्चा", "ज़ेटलैंड युवा परिषद"],
    ),
}


@pytest.mark.parametrize("language", sorted(ON_BEHALF))
def test_a_run_inside_a_sentence_on_whose_behalf_it_speaks(language: str) -> None:
    sentence, names = ON_BEHALF[language]
    document = read_text(f"{BODY[language][:40]}\n\n{BODY[language]}\n\n{sentence}\n")
    assert outside_of(document) == names


#: A run inside a sentence whose page wrote a name onto the bracket that closes the name before
#: it, with no comma ("A (X)B"): the bracket parts them. The names say what they are by the
#: type words Urdu borrows (movement, society, forum, council); the first opens after the
#: type word in the oblique plural before it ("تنظیموں": of the organisations).
GLUED_BRACKET = (
    "زیٹ ٹاؤن میں کل ہونے والے اجلاس میں شہر کی بڑی مزدور تنظیموں زیٹ لینڈ مزدور یونین، "
    "کسانڈیا کسان موومنٹ (ایکس ایف)زیٹ لینڈ اساتذہ جمعیت، زیٹ گراڈ نوجوان فورم اور کسانڈیا "
    "ڈاکٹرز کونسل کے رہنماؤں نے شرکت کی۔"
)


def test_a_name_written_onto_the_bracket_before_it_is_a_name_of_its_own() -> None:
    document = read_text(f"{BODY['ur'][:40]}\n\n{BODY['ur']}\n\n{GLUED_BRACKET}\n")
    assert outside_of(document) == [
        "زیٹ لینڈ مزدور یونین",
        "کسانڈیا کسان موومنٹ (ایکس ایف)",
        "زیٹ لینڈ اساتذہ جمعیت",
        "زیٹ گراڈ نوجوان فورم",
        "کسانڈیا ڈاکٹرز کونسل",
    ]


#: A text the page cut short inside a run that a phrase for "among them" opens: the run is closed
#: by the text's end, and its last part, shorter than the names before it, is a name cut short,
#: none of its names.
CUT = {
    "hi": (
        "जिन संगठनों ने हड़ताल का समर्थन किया है उनमें शामिल हैं ज़ेटलैंड मज़दूर संघ, क्सांडिया "
        "किसान सभा, नव ज़ेटलैंड मोर्चा, ज़ेटग्राड यु",
        ["ज़ेटलैंड मज़दूर संघ", "क्सांडिया किसान सभा", "नव ज़ेटलैंड मोर्चा"],
    ),
    "ur": (
        "ہڑتال کی حمایت کئی تنظیموں نے کی۔ ان میں زیٹ لینڈ مزدور یونین، کسانڈیا کسان اتحاد، نئی "
        "زیٹ لینڈ پارٹی، زیٹ گرا",
        ["زیٹ لینڈ مزدور یونین", "کسانڈیا کسان اتحاد", "نئی زیٹ لینڈ پارٹی"],
    ),
}


@pytest.mark.parametrize("language", sorted(CUT))
def test_a_run_the_page_cut_short_names_the_names_before_the_cut(language: str) -> None:
    sentence, names = CUT[language]
    document = read_text(f"{BODY[language][:40]}\n\n{BODY[language]}\n\n{sentence}\n")
    assert outside_of(document) == names


def test_a_run_cut_short_in_a_clause_names_no_one() -> None:
    # the part the text ends in is longer than the names before it: a clause, not a name cut
    sentence = (
        "जिन संगठनों ने हड़ताल का समर्थन किया है उनमें शामिल हैं ज़ेटलैंड मज़दूर संघ, क्सांडिया "
        "किसान सभा, नव ज़ेटलैंड मोर्चा, पूरे इलाके के सभी छोटे बड़े"
    )
    document = read_text(f"{BODY['hi'][:40]}\n\n{BODY['hi']}\n\n{sentence}\n")
    # (the two names whole between commas are another reader's, of an enumeration in prose)
    assert "ज़ेटलैंड मज़दूर संघ" not in outside_of(document)
