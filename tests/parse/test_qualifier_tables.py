"""Qualifiers of organisations' names (communist, socialist, workers', people's, national,
democratic, revolutionary, women's, youth, peasants', students', green, united) in the
languages ``orgwords.yaml`` had none or few for (issue 18), and words left out for another
sense. A qualifier is weak evidence of a name: it is never a type word. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import evidence, is_qualifier, is_type_word


@pytest.mark.parametrize(
    "word",
    [
        # scripts without capitals
        "ሶሻሊስት",  # Amharic: socialist
        "አብዮታዊ",  # Amharic: revolutionary
        "ወጣቶች",  # Amharic: youth
        "કમ્યુનિસ્ટ",  # Gujarati: communist
        "ખેડૂત",  # Gujarati: farmers'
        "ਮਜ਼ਦੂਰ",  # Punjabi: workers'
        "ਇਨਕਲਾਬੀ",  # Punjabi: revolutionary
        "கம்யூனிஸ்ட்",  # Tamil: communist
        "தொழிலாளர்",  # Tamil: workers'
        "కార్మిక",  # Telugu: workers'
        "ప్రజాస్వామ్య",  # Telugu: democratic
        "ಕಾರ್ಮಿಕ",  # Kannada: workers'
        "ರಾಷ್ಟ್ರೀಯ",  # Kannada: national
        "ജനാധിപത്യ",  # Malayalam: democratic
        "തൊഴിലാളി",  # Malayalam: workers'
        "ජනතා",  # Sinhala: people's
        "කම්කරු",  # Sinhala: workers'
        "कामगार",  # Marathi: workers'
        "कम्युनिष्ट",  # Nepali: communist
        "क्रान्तिकारी",  # Nepali: revolutionary
        "राष्ट्रीय",  # Hindi: national
        "জাতীয়",  # Bengali: national
        "عوامی",  # Urdu: people's
        "مزدوروں",  # Urdu: workers'
        "ڈیموکریٹک",  # Urdu: democratic
        # Latin and Cyrillic scripts of languages that had no list
        "Fəhlə",  # Azerbaijani: worker
        "Xalq",  # Azerbaijani and Uzbek: people
        "Inqilabi",  # Azerbaijani: revolutionary
        "Ishchilar",  # Uzbek: workers
        "Dehqonlar",  # Uzbek: peasants
        "Ишчилар",  # Uzbek (Cyrillic): workers
        "Жумушчулар",  # Kyrgyz: workers
        "Улуттук",  # Kyrgyz: national
        "Karkerên",  # Kurdish: workers
        "Şoreşger",  # Kurdish: revolutionary
        "Ħaddiema",  # Maltese: workers
        "Laburista",  # Maltese: labour
        "Verkamanna",  # Icelandic: workers'
        "Alþýðunnar",  # Icelandic: of the people
        "Ma'aikata",  # Hausa: workers
        "Talakawa",  # Hausa: commoners
        "Shaqaalaha",  # Somali: the workers
        "Hantiwadaagga",  # Somali: the socialist
        "Traballadores",  # Galician: workers
        "Labregos",  # Galician: peasants
        # concepts filled in languages that had a list
        "Seljačka",  # Croatian: peasants'
        "Сељачка",  # Serbian: peasants'
        "Земеделски",  # Bulgarian: agrarian
        "Жіночий",  # Ukrainian: women's
        "Крестьянская",  # Russian: peasants'
        "Αγροτικό",  # Greek: farmers'
        "Köylü",  # Turkish: peasants'
        "Paysanne",  # French: peasants'
        "Contadini",  # Italian: peasants
        "Chłopskie",  # Polish: peasants'
        "Parasztpárt",  # Hungarian: peasants' party
        "Valstiečių",  # Lithuanian: peasants'
        "Zemnieku",  # Latvian: farmers'
        "Naiste",  # Estonian: women's
        "Talonpoikien",  # Finnish: peasants'
        "Kvinder",  # Danish: women
        "Herriko",  # Basque: people's
        "Reabhlóideach",  # Irish: revolutionary
        "Petani",  # Indonesian and Malay: peasants
        "الفلاحين",  # Arabic: the peasants
        "دانشجویان",  # Persian: students
        "הירוקים",  # Hebrew: the Greens
        "გლეხთა",  # Georgian: peasants'
        "գյուղացիական",  # Armenian: peasants'
        "Mapinduzi",  # Swahili: revolution
        "Rebolusyonaryo",  # Tagalog: revolutionary
        "Merched",  # Welsh: women
    ],
)
def test_qualifiers_filled_over_the_corpus_languages(word: str) -> None:
    assert is_qualifier(word)
    assert not is_type_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "کسان",  # Urdu "peasants", also the Persian "persons" ("کسانی که", those who)
        "ਕਿਸਾਨ",  # Punjabi "peasants'": a list of such organisations read worse with it
        "ብሔራዊ",  # Amharic "national": a list of parties read with invented names with it
        "Mata",  # Hausa "women", Indonesian "eye"
        "Gel",  # Kurdish "people", French "frost"
        "Kesk",  # Kurdish "green", Estonian "middle"
        "Nisa",  # Maltese "women", a given name
        "Glas",  # Irish "green", Dutch and German "glass"
        "Dones",  # Catalan "women", Spanish "gifts"
        "Gazte",  # Basque "young"
        "Bayan",  # Tagalog "people, nation", also "town"
    ],
)
def test_words_of_another_sense_are_no_qualifiers(word: str) -> None:
    assert not is_qualifier(word)


@pytest.mark.parametrize(
    ("name", "qualifiers"),
    [
        ("Đảng Cộng sản Xandia", 1),  # Vietnamese: communist, two syllables read as one
        ("Liên đoàn Lao động Xandia", 1),  # labour
        ("Hội Liên hiệp Phụ nữ Xandia", 1),  # women
        ("Đoàn Thanh niên Nhân dân Zetland", 2),  # youth, the people
    ],
)
def test_a_qualifier_of_several_words_counts_once(name: str, qualifiers: int) -> None:
    assert evidence(name).qualifiers == qualifiers
