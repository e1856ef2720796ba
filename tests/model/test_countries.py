"""Countries from names in any language: CLDR's names with their case endings, adjectives of
relation, regions of one country, and what is not a country."""

from __future__ import annotations

import pytest
import yaml

from kzld.model import countries
from kzld.model.countries import country_code, country_words, find_countries
from kzld.resources import authority_dir


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # case endings of short names ("Kuba", "Laos", "Iran")
        ("Komunistyczna Partia Kuby", ["CU"]),
        ("Komunističke partije Kube", ["CU"]),
        ("Kubai Kommunista Párt", ["CU"]),
        ("Narodne revolucione partije Laosa", ["LA"]),
        ("Коммунистической партии Вьетнама", ["VN"]),
        # Arabic and Persian adjectives of relation, from CLDR's names
        ("الحزب الشيوعي الفنزويلي", ["VE"]),
        ("الحزب الشيوعي السوري", ["SY"]),
        ("الحزب الشيوعي العراقي", ["IQ"]),
        ("حزب کمونیست ایرانی", ["IR"]),
        # and in the plural (Arabic of men and of women, Persian, Hebrew); a plural of another
        # word ("democrats", "journalists") is none
        ("رابطة زيتا للصحفيين التونسيين", ["TN"]),
        ("جمعية النساء التونسيات", ["TN"]),
        ("اتحاد الطلاب السودانيون", ["SD"]),
        ("کانون زیتای ایرانیان", ["IR"]),
        ("ועד זטא של הישראלים", ["IL"]),
        ("رابطة الصحفيين الديمقراطيين", []),
        # English adjectives, regions and older names
        ("Guatemalan Labor Party", ["GT"]),
        ("Nigerien Party for Democracy", ["NE"]),
        ("Nigerian Labour Congress", ["NG"]),
        ("Dutch Zelta Workers' Union", ["NL"]),
        ("Communist Party of Northern Ireland", ["GB"]),
        ("Partido dos Comunistas da Catalunha", ["ES"]),
        ("Communist Party of Ceylon", ["LK"]),
        ("Communist Workers' Party of Bosnia and Herzegovina", ["BA"]),
        # a personal name is no country where the name names one
        ("Bulgarian Communist Party Georgi Dimitroff", ["BG"]),
        # words of a name that are no country
        ("الحزب الشيوعي الثوري العمالي", []),
        ("Malý Unite Internationale Populaire", []),
        # names in scripts written without spaces, with their case endings, or of relation
        ("ギリシャ共産党", ["GR"]),
        ("세르비아공산당", ["RS"]),
        ("বাংলাদেশের কমিউনিস্ট পার্টি", ["BD"]),
        ("הפורום הקומוניסטי הישראלי", ["IL"]),
        ("Kommúnistaflokkur Noregs", ["NO"]),
        # Vietnamese names of two syllables; those of one syllable as written, tone marks and
        # all, in a text with a Vietnamese letter ("Anh", "Mỹ" from countries.yaml; "Bỉ",
        # "Séc" from CLDR): folded, they are words of other languages
        ("Đảng Cộng sản Triều Tiên", ["KP"]),
        # adjectives and case endings of more languages: Croatian, Italian plurals,
        # Hungarian "magyar" and "-ért" ("for Hungary")
        ("Udruga hrvatskih sindikata", ["HR"]),
        ("SOCIALISTI DEMOCRATICI ITALIANI", ["IT"]),
        ("Magyar Zeta Párt", ["HU"]),
        ("Párbeszéd Magyarországért", ["HU"]),
        ("Expert Party", []),
        # names of two words, each with a case ending (Serbian, Czech, Croatian genitives)
        ("Radničke partije Severne Koreje", ["KP"]),
        ("Komunistická strana Severní Koreje", ["KP"]),
        ("Komunistička partija Južne Afrike", ["ZA"]),
        ("Đảng Cộng sản Anh", ["GB"]),
        ("Đảng Cộng sản Mỹ", ["US"]),
        ("Đảng Cộng sản Bỉ", ["BE"]),
        ("Đảng Xã hội Séc", ["CZ"]),
        ("Đảng Cộng sản Bi", []),
        ("My Party", []),
        ("Bi Party", []),
        ("Anh Party", []),
        # a preposition or conjunction joined before the name (Arabic, Hebrew): "in Tunisia",
        # "in Israel", "and Syria"; not before a name of fewer than three letters
        ("الهيئة الوطنية لزيتا بتونس", ["TN"]),
        ("ועד זטא בישראל", ["IL"]),
        ("جبهة زيتا وسوريا", ["SY"]),
        ("ועד זטא בזה", []),
        # regions of one country (islands, counties); Icelandic forms; the northern Korean
        # spelling of Russia
        ("Zeta per Mallorca", ["ES"]),
        ("Zeta per Menorca", ["ES"]),
        ("Coalición Zeta por Melilla", ["ES"]),
        ("Zeta-distriktet i Skåne", ["SE"]),
        ("Zeta-distriktet i Västsveriges", ["SE"]),
        ("Zetaflokkurinn þýski", ["DE"]),
        ("Zetaflokkur Danmerkur", ["DK"]),
        ("로씨야제타당", ["RU"]),
        # French plural adjectives of a country of two words
        ("Confédération des syndicats zeta sud-africains", ["ZA"]),
        # Russian genitives of names in "-й", "-ь" and of plurals; Greek genitives of names in
        # "-ος", and the older genitive in "-ος" of names in "-α"
        ("Партия Зета Китая", ["CN"]),
        ("Союз Зета Израиля", ["IL"]),
        ("Союз Зета Нидерландов", ["NL"]),
        ("Κόμμα Ζήτα Κύπρου", ["CY"]),
        ("Ένωση Ζήτα της Ελλάδος", ["GR"]),
        ("Партия Зета", []),
        # an ending stands only for the last letters of a name it is written in place of: a
        # man's name ("Georgios") and a plural of "cube" are no Georgia and no Cuba
        ("Γεώργιος Ζήτας", []),
        ("Союз Зета производителей кубов", []),
        # Nepali postpositions written joined to the name ("by", "of")
        ("समाजवादी जेटा पार्टी नेपालले", ["NP"]),
        ("जेटा पार्टी नेपालको", ["NP"]),
        # genitives and other cases of more languages: Ukrainian "-ії", Georgian "-ის" and
        # "-ს", Armenian "-ի" and "-յի", Basque "-ko" and "-ren", Kurmanji "-yê", Lithuanian "-jos"
        ("Zeta партія Кенії", ["KE"]),
        ("კენიის ზეტა პარტია", ["KE"]),
        ("საქართველოს ზეტა კავშირი", ["GE"]),
        ("Քենիայի Զետա կուսակցություն", ["KE"]),
        ("Հունաստանի Զետա կուսակցություն", ["GR"]),
        ("Keniako Zeta Alderdia", ["KE"]),
        ("Greziaren Zeta Batasuna", ["GR"]),
        ("Partiya Zeta a Kenyayê", ["KE"]),
        ("Kenijos Zeta partija", ["KE"]),  # Lithuanian "-jos" for "-ja"
        # CLDR's names in Urdu, Swahili, Indonesian, Tamil and Punjabi
        ("کینیا زیٹا پارٹی", ["KE"]),
        ("Chama cha Zeta cha Ugiriki", ["GR"]),
        ("Partai Zeta Yunani", ["GR"]),
        ("கென்யா ஜீட்டா கட்சி", ["KE"]),
        ("ਕੀਨੀਆ ਦੀ ਜ਼ੇਟਾ ਪਾਰਟੀ", ["KE"]),
        # CLDR's short names, which Babel does not give ("Hong Kong SAR China", "Myanmar (Burma)")
        ("Hong Kong Zeta Union", ["HK"]),
        ("香港泽塔联盟", ["HK"]),
        ("홍콩제타연맹", ["HK"]),
        ("Zeta Association of Macau", ["MO"]),
        ("Burma Zeta Campaign", ["MM"]),
        # India's adjectives in the languages of India, and "All India" as Hindi and Punjabi
        # write the English words; Sri Lanka in Tamil before a consonant it doubles
        ("அகில இந்திய ஜீட்டா சங்கம்", ["IN"]),
        ("ഇന്ത്യൻ സീറ്റ കോൺഗ്രസ്", ["IN"]),
        ("അഖിലേന്ത്യാ സീറ്റ സഭ", ["IN"]),
        ("ভারতীয় জেটা পার্টি", ["IN"]),
        ("ਭਾਰਤੀ ਜ਼ੇਟਾ ਪਾਰਟੀ", ["IN"]),
        ("భారత జీటా పార్టీ", ["IN"]),
        ("ऑल इंडिया ज़ेटा ब्लॉक", ["IN"]),
        ("ਆਲ ਇੰਡੀਆ ਜ਼ੇਟਾ ਕਮੇਟੀ", ["IN"]),
        ("இலங்கைத் ஜீட்டா காங்கிரஸ்", ["LK"]),
        # the Korean short name of the South; Macedonia's name before 2019 in its cases;
        # Bosnia in its own language; the Romanian adjective; the Arabic Saudi
        ("한국제타연대", ["KR"]),
        ("Зета синдикат Македоније", ["MK"]),
        ("Sindikat Zeta Makedonije", ["MK"]),
        ("Savez Zeta Bosne", ["BA"]),
        ("Uniunea Zeta Românească", ["RO"]),
        ("حزب زيتا السعودي", ["SA"]),
        # Greek Macedonia is a region of Greece, and the Bulgarian "Македония" names a region
        # of Bulgaria too: no country's name
        ("Ένωση Ζήτα Μακεδονίας", []),
        ("Съюз Зета Македония", []),
        # adjectives of the former Yugoslavia's languages in Latin letters; the Slovene forms of
        # "Slovenian" that Slovak, whose "slovensk-" is Slovak, does not write; the Romanian of
        # Moldova; the Armenian and Georgian adjectives; Uzbekistan in Uzbek; Wales in Welsh
        ("Zveza slovenskih sindikatov Zeta", ["SI"]),
        ("Slovenski sindikat Zeta", ["SI"]),
        ("Slovenskej Zeta únie", ["SK"]),
        ("Srpska Zeta stranka", ["RS"]),
        ("Bosanska Zeta stranka", ["BA"]),
        ("Crnogorska Zeta partija", ["ME"]),
        ("Makedonska Zeta partija", ["MK"]),
        ("Partidul Zeta Moldovenesc", ["MD"]),
        ("Հայկական Zeta միություն", ["AM"]),
        ("ქართული Zeta", ["GE"]),
        ("Oʻzbekiston Zeta partiyasi", ["UZ"]),
        ("Plaid Zeta Cymru", ["GB"]),
        # CLDR's names that, folded, are words of other languages (``not_names``) read as no
        # country; the country is still read by its other names
        ("Zeta Cada Día", []),
        ("Oma Zeta Verein", []),
        ("Man Zeta", []),
        ("Zeta Union of Oman", ["OM"]),
        ("Zeta Union of the Isle of Man", ["IM"]),
        ("Union Zeta du Tchad", ["TD"]),
        # a name's final "-ia" or "-ja" gives way only to an ending that keeps its "i" or "j"
        # ("Rumun-ii", "Ros-ji", "Keni-jos"): without it, words of other languages (Italian
        # "romana", "colomba", Portuguese "saúde", English "serve", German "Rosa")
        ("Zeta Rumunii", ["RO"]),
        ("Zeta Rosji", ["RU"]),
        ("Università Romana di Zeta", []),
        ("Federação dos Trabalhadores da Saúde de Zeta", []),
        ("Zeta Colomba", []),
        ("Rosa Zeta Stiftung", []),
        ("Zeta Will Serve", []),
        # words with those endings that are no country's name: a people, a river, a name
        ("Consejo Zeta de Indios", []),
        ("Hijos de Zeta", []),
        ("Zeta Kuban", []),
        ("Zeta Malin", []),
    ],
)
def test_countries_named(text: str, codes: list[str]) -> None:
    assert list(find_countries(text)) == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Netherlands", "NL"),
        ("The Gambia", "GM"),
        ("THE BAHAMAS", "BS"),
        ("les Pays-Bas", "NL"),
        ("l'Algérie", "DZ"),
        ("l’Italia", "IT"),
        ("die Niederlande", "NL"),
        ("los Países Bajos", "NL"),
        ("i Paesi Bassi", "NL"),
        ("o Brasil", "BR"),
        ("οι Κάτω Χώρες", "NL"),
        ("El Salvador", "SV"),  # the article is the name's own
        ("de Cuba", None),  # a preposition in Spanish, French, Portuguese: "XPS de Cuba" is a name
        ("a Cuba", None),
        ("the Zeta Party", None),
        ("la Zetaria", None),
        ("the", None),
    ],
)
def test_a_country_written_with_its_article_is_the_country(text: str, code: str | None) -> None:
    assert country_code(text) == code


def test_a_region_is_a_names_own_word() -> None:
    # Scotland names Britain, but the Communist Party of Scotland is not that of Britain
    assert "scotland" not in country_words("Communist Party of Scotland")
    assert "britain" in country_words("Communist Party of Britain")
    assert not country_words("Böhmens och Moraviens Kommunistiska Parti") & {"bohmens", "moraviens"}


def test_countries_file_read_as_pyyaml_reads_it() -> None:
    """The country tables come from ``countries.yaml`` read by libyaml's parser: the same data
    as PyYAML's pure-Python safe loader gives."""
    path = authority_dir() / "countries.yaml"
    assert countries._data() == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_prefix_joined_before_a_word_is_read_off_while_three_letters_are_left() -> None:
    """The one reading of the letters Arabic and Hebrew join to a word's front, which the
    country names and the type-word table share: each prefix that opens the word, in the order
    given, with the word without it, never leaving fewer than three letters."""
    assert list(countries.unprefixed("وللنساء", ("ولل", "و"))) == [
        ("ولل", "نساء"),
        ("و", "للنساء"),
    ]
    assert list(countries.unprefixed("בעם", ("ב",))) == []
    assert list(countries.unprefixed("בעמק", ("ב", "ל"))) == [("ב", "עמק")]
    assert country_code("ועד זטא בישראל") is None  # a name of its own, not a country
    assert list(find_countries("ועד זטא בישראל")) == ["IL"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # names of several words whose first word names no country alone, one after another
        ("Zeta Union of the United Arab Emirates and Hong Kong", ["AE", "HK"]),
        ("Zeta-Hong Kong", ["HK"]),
        ("Zeta Union of Bosnia and Herzegovina", ["BA"]),
    ],
)
def test_a_name_of_several_words_is_found_where_its_first_word_opens(
    text: str, codes: list[str]
) -> None:
    assert list(find_countries(text)) == codes
