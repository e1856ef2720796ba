"""The language versions of a text: a version is a run of prose in one language; addresses,
numbers and lists of names make none, and no two versions share a language."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes
from kzld.parse.language import detect

PROSE = {
    "el": "Αυτή τη στιγμή δυνάμεις των συνδικάτων βρίσκονται σε συμβολική κατάληψη στο "
    "υπουργείο και καλούν τους εργαζόμενους να δώσουν δυναμικό παρών στα συλλαλητήρια.",
    "de": "Die Arbeiterinnen und Arbeiter der Region streiken seit drei Wochen gegen die neuen "
    "Lohnregeln, und die Regierung antwortet mit Verhaftungen und dem Verbot jeder Versammlung.",
    "sv": "Arbetarna i regionen har strejkat i tre veckor mot de nya lönereglerna, och regeringen "
    "har svarat med gripanden och med förbud mot alla möten och demonstrationer i hela landet.",
    "ca": "La plataforma ha anunciat que durant la tardor organitzarà actes a tot el territori "
    "perquè la ciutadania pugui expressar al carrer el suport a aquestes demandes.",
    "hi": "केंद्र सरकार ने बड़े उद्योगपतियों के हित में जो चार श्रम संहिताएं बनाई हैं, उनसे देश के "
    "मजदूरों के अधिकार छिन जाएंगे, इसी के विरोध में ट्रेड यूनियनों ने हड़ताल का आह्वान किया है।",
    "sk": "Odborové zväzy vyzývajú vládu, aby okamžite stiahla návrh zákona o práci, ktorý by "
    "zhoršil podmienky zamestnancov vo všetkých odvetviach hospodárstva.",
    "lt": "Profesinės sąjungos ragina vyriausybę nedelsiant atsiimti darbo kodekso pataisas, "
    "kurios pablogintų darbuotojų sąlygas visuose ūkio sektoriuose.",
    "ja": "労働組合は政府に対し、新しい労働法案を直ちに撤回するよう求め、全国で抗議行動を続けて"
    "います。私たちは働く人々の権利を守るために団結します。",
    "zh": "工会要求政府立即撤回新的劳动法草案，并在全国各地继续举行抗议活动。我们将团结一致，"
    "捍卫劳动者的权利。",
    "ko": "노동조합들은 정부에 새로운 노동법 개정안을 즉시 철회할 것을 요구하며 전국에서 항의 "
    "행동을 이어가고 있습니다.",
    "id": "Serikat pekerja menuntut pemerintah segera mencabut rancangan undang-undang "
    "ketenagakerjaan yang baru dan terus melakukan aksi protes di seluruh negeri.",
    "en": "The workers of the region have been on strike for three weeks against the new wage "
    "rules, and the government has answered them with arrests and with bans on every meeting.",
    "vi": "Các tổ chức công đoàn yêu cầu chính phủ rút lại ngay dự thảo luật lao động mới và "
    "tiếp tục các hoạt động phản đối trên khắp cả nước để bảo vệ quyền lợi của người lao động.",
    "ms": "Kesatuan sekerja menggesa kerajaan supaya menarik balik rang undang-undang pekerjaan "
    "yang baharu dengan segera, dan mereka akan terus mengadakan bantahan di seluruh negara.",
    "ga": "Iarrann na ceardchumainn ar an rialtas an dréachtdlí nua fostaíochta a tharraingt siar "
    "láithreach, agus leanfaidh siad ar aghaidh le hagóidí ar fud na tíre go léir.",
    "es": "Los trabajadores de la región llevan tres semanas en huelga contra las nuevas normas "
    "salariales, y el gobierno les ha respondido con detenciones y prohibiendo las reuniones.",
}


@pytest.mark.parametrize(
    "text",
    [
        "E-mail : pame@pamehellas.gr    http://www.pamehellas.gr",
        "Tel. 210 3301842, 210 3301847   Fax 210 3802 864",
        "www.saco.se  info@saco.se  @saco_se  #fackligt",
    ],
)
def test_addresses_and_numbers_have_no_language(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("language", "contact"),
    [
        ("el", "E-mail : pame@pamehellas.gr    http://www.pamehellas.gr"),
        ("de", "Kontakt: presse@example.org, https://www.example.org/presse/mitteilungen"),
        ("sv", "Läs hela skrivelsen http://www.saco.se/upload/5903/Brevtillstatsministern.pdf"),
    ],
)
def test_a_contact_line_makes_no_version(language: str, contact: str) -> None:
    text = "Title\n\n" + contact + "\n\nHeading\n\n" + PROSE[language] + "\n\n"
    text += PROSE[language] + "\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).languages == (language,)


@pytest.mark.parametrize(
    "language", ["ca", "hi", "sk", "lt", "ja", "zh", "ko", "id", "vi", "ms", "ga"]
)
def test_languages_beyond_the_first_ones(language: str) -> None:
    # Catalan is not taken for Spanish or Portuguese, nor Slovak for Czech; Japanese, written
    # with Chinese characters and kana, is not taken for Chinese; Vietnamese is not taken for
    # Icelandic, nor Malay for Indonesian (nor Indonesian for Malay)
    text = "Title\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).languages == (language,)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a script that one language alone writes decides, whatever the words
        ("el", "Ανακοίνωση: ΚΚΕ, ΠΑΜΕ, ΚΝΕ και άλλοι φορείς"),
        ("ko", "민주노총, 한국노총, 전국농민회총연맹 공동 기자회견"),
        ("ja", "カトリック農民会、京畿主権連帯、慶南進歩連合"),
        # Chinese characters with no kana are Chinese
        ("zh", "联合国世界丝路论坛与世界运河历史文化城市合作组织联署呼吁"),
        # the Myanmar script is Burmese's, the Ethiopic script Amharic's
        ("my", "အလုပ်သမားသမဂ္ဂများ ပူးတွဲကြေညာချက်"),
        ("am", "የሠራተኞች ማህበራት የጋራ መግለጫ"),
    ],
)
def test_a_script_of_one_language_decides(language: str, text: str) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(
    ("first", "second", "cue"),
    [
        ("es", "en", "The works councils of the following companies decided to support the call:"),
        ("en", "id", "Serikat pekerja dari perusahaan berikut memutuskan untuk mendukung seruan:"),
        (
            "en",
            "es",
            "Los comités de las siguientes fábricas decidieron apoyar la consulta:",
        ),
    ],
)
def test_a_cue_of_its_own_list_in_another_language_makes_a_version(
    first: str, second: str, cue: str
) -> None:
    names = ["GESTAMP BIZKAIA", "TENNECO", "ALUDIUM", "CIE INYECTAMETAL", "LAYDE STEEL"]
    text = "Title\n\n" + PROSE[first] + "\n" + PROSE[first] + "\n\n" + cue + "\n\n"
    text += "\n\n".join(names) + "\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).languages == (first, second)
    # without the colon and the list it is a note, and no version
    text = "Title\n\n" + PROSE[first] + "\n" + PROSE[first] + "\n\n" + cue.rstrip(":") + ".\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).languages == (first,)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "az",
            "Üç partiyanın rəhbərləri növbədənkənar parlament seçkilərinə birlikdə qatılmaq "
            "barədə memorandum imzalayıblar. Sənəddə deyilir ki, partiyalar ədalətli seçkilər "
            "üçün birgə mübarizə aparacaqlar.",
        ),
        (
            "tr",
            "Üç partinin liderleri erken genel seçimlere birlikte katılmak için bir mutabakat "
            "metni imzaladı. Metinde partilerin adil bir seçim için ortak mücadele edeceği "
            "belirtiliyor.",
        ),
        (
            "ur",
            "تین جماعتوں کے رہنماؤں نے آج ایک مشترکہ بیان جاری کیا ہے۔ بیان میں کہا گیا ہے کہ "
            "تمام جماعتیں آئندہ انتخابات میں مل کر حصہ لیں گی۔",
        ),
        (
            "fa",
            "رهبران سه حزب امروز بیانیه مشترکی منتشر کردند. در این بیانیه آمده است که همه "
            "احزاب در انتخابات آینده با هم شرکت خواهند کرد.",
        ),
        (
            "ar",
            "أصدر قادة الأحزاب الثلاثة اليوم بيانا مشتركا أكدوا فيه أنهم سيخوضون الانتخابات "
            "المقبلة معا دفاعا عن حقوق الشعب.",
        ),
    ],
)
def test_azerbaijani_beside_turkish_and_urdu_beside_persian_and_arabic(
    language: str, text: str
) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "am",
            "የሠራተኞች ማህበራት ዛሬ በጋራ ባወጡት መግለጫ መንግሥት አዲሱን የሥራ ሕግ እንዲያነሳ ጠይቀዋል፤ "
            "ይህ ሕግ ለሠራተኞች መብት አደገኛ ነው።",
        ),
        (
            "ti",
            "ማሕበራት ሰራሕተኛታት ሎሚ ብሓባር ኣብ ዘውጽእዎ መግለጺ መንግስቲ ነቲ ሓድሽ ሕጊ ክስሕቦ ሓቲቶም፤ "
            "እዚ ሕጊ ንመሰል ናይ ሰራሕተኛታት ሓደገኛ እዩ።",
        ),
    ],
)
def test_amharic_and_tigrinya_are_told_apart_in_the_ethiopic_script(
    language: str, text: str
) -> None:
    # both write the Ethiopic script: Tigrinya's words for "in", "of" and "is" say it is no
    # Amharic, and a text of either is one version in its language
    assert detect(text) == language
    document = read_bytes("statement.txt", ("ርዕስ\n\n" + text + "\n").encode("utf-8"))
    assert document.languages == (language,)
