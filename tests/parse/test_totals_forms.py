"""Stated totals in more written forms: a classifier written onto the number, a Korean word for
parties glued to it, a number word that is a common word of another language before words
describing the organisations, words for organisations written as two words (seventh session);
number words in the case and agreement forms a count takes (a Lithuanian or Latvian genitive, a
Swahili number agreeing with its noun), a country's name or adjective among the words describing
the organisations counted, and what is no count: a capitalised number word that opens a name amid
a sentence, a share written with a percent sign (twenty-fifth session)."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes
from kzld.parse.totals import stated_total

PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage rules, "
    "and the government has answered them with arrests and with bans on every meeting."
)


def _total(text: str) -> int | None:
    return read_bytes("statement.txt", text.encode("utf-8")).stated_total


def _opening(sentence: str) -> int | None:
    return _total("Title\n\n" + sentence + " " + PROSE + "\n\n" + PROSE + "\n")


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # Bengali and Assamese: a classifier of things on the digits
        ("জেড পার্টির নেতৃত্বে ১১টি রাজনৈতিক দল মিলে নতুন একটি জোট গঠন করেছে।", 11),
        ("১৪টা সাংস্কৃতিক ফেডারেশন এক যৌথ বিবৃতিতে নিন্দা জানিয়েছে।", 14),
        ("৫টা দল একেলগে যৌথ বিবৃতি দিছে।", 5),
    ],
)
def test_a_number_with_a_classifier_written_onto_it(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    "sentence",
    [
        # the classifier of persons: five leaders
        "৫জন নেতা এক যৌথ বিবৃতিতে নিন্দা জানিয়েছেন।",
        "দলের ৫জন সদস্য যৌথ বিবৃতি দিয়েছেন এবং সভা করেছেন।",
        "৫জন সাংস্কৃতিক কর্মী এক যৌথ বিবৃতিতে নিন্দা জানিয়েছেন।",
    ],
)
def test_a_number_of_persons_with_its_classifier_is_no_total(sentence: str) -> None:
    assert _opening(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("진보 4당이 함께 공동 기자회견을 가졌다.", 4),
        ("야 3당은 오늘 공동 성명을 발표했다.", 3),
        ("제트당·와이당 등 5당 대표가 공동 선언문에 서명했다.", 5),
    ],
)
def test_a_korean_number_of_parties_glued_to_the_word(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    "sentence",
    [
        # "당시" (then) opens with the same syllable
        "2019년 3월 당시 공동 대응을 논의했던 단체들이 다시 모였다.",
        "12일 당일 공동 기자회견이 열렸다.",
        "제트당은 3월 당대회에서 공동 선언을 채택했다.",
    ],
)
def test_a_korean_syllable_opening_another_word_is_no_total(sentence: str) -> None:
    assert _opening(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("A hat ellenzéki párt közös nyilatkozatot adott ki a választásról.", 6),
        ("Det meddeler de fire store partier i en fælles udtalelse fra i dag.", 4),
        ("Alle fem rødgrønne partier står bak uttalelsen om budsjettet.", 5),
    ],
)
def test_a_determined_number_word_before_describing_words(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("5 tổ chức xã hội dân sự Zedland ra tuyên bố chung về quyền tự do lập hội.", 5),
        ("3 công đoàn lớn cùng ký vào bản tuyên bố chung gửi chính phủ.", 3),
        ("4 đảng đối lập đã ký một thỏa thuận chung về cuộc bầu cử.", 4),
    ],
)
def test_vietnamese_words_for_organisations(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # number words of Albanian, Hebrew and Basque (eleventh session)
        ("Katër partitë politike të Zedlandës kanë dalë me komunikatë të përbashkët.", 4),
        ("ארבעה ארגונים חתמו על הקריאה לשביתה כללית בזדלנד.", 4),
        ("Hiru sindikatuek adierazpena sinatu dute Zedlanden.", 3),
    ],
)
def test_number_words_of_more_languages(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("stamp", "sentence"),
    [
        # a site's name and its date line above the opening sentence are no part of it
        ("21 августа 2007, 15:27", "Около 40 общественно-политических организаций Зедландии "
         "заявили о поддержке Партии X на выборах."),
        ("21 серпня 2007, 15:27", "Близько 40 громадсько-політичних організацій Зедландії "
         "заявили про підтримку Партії X на виборах."),
        ("21 август 2007, 15:27", "Около 40 обществено-политически организации от Зедландия "
         "заявиха подкрепа за Партия X на изборите."),
    ],
)  # fmt: skip
def test_a_date_line_above_the_opening_parts_it_from_the_sentence(
    stamp: str, sentence: str
) -> None:
    assert _total(f"Zedpress.net,\n{stamp}\n{sentence} {PROSE}\n\n{PROSE}\n") == 40


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # Arabic writes the number with its article after the organisations it counts
        ("وستسعى الأحزاب الثلاثة إلى توسيع هذا التحالف بالحوار مع كل القوى في زدلاند.", 3),
        ("وجّهت الأحزاب الأربعة التي التقت في جبهة واحدة رسالة إلى حكومة زدلاند.", 4),
        ("أكدت النقابات الخمس في بيانها رفضها لقانون العمل الجديد في زدلاند.", 5),
        # the others beside those named, and a weekday, count no one
        ("وقعت الأحزاب الثلاثة الأخرى على البيان في زدلاند أمس.", None),
        ("طالبت المنظمات الحقوقية اليوم الأربعاء وزارة الداخلية بتأمين التظاهرة.", None),
    ],
)
def test_an_arabic_number_with_its_article_after_the_organisations(
    sentence: str, total: int | None
) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        # a site's menu of bulleted items above the title is no paragraph of running text
        ("23 örgütten ortak çıkış", 23),
        ("Joint call of 23 organisations", 23),
        ("Gemeinsamer Aufruf von 23 Organisationen", 23),
    ],
)
def test_a_bulleted_menu_above_the_title_is_no_running_text(title: str, total: int) -> None:
    # the paragraphs as the reader joins them: a date line, forty towns' bullets in one
    towns = [f"Zed{a}{b}" for a in ("ville", "ford", "bury", "mouth") for b in "abcdefghij"]
    menu = " ".join(f"• {town}" for town in towns)
    assert stated_total(["24.04.2024", menu, title, PROSE, PROSE]) == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # Basque teens: "fifteen unions signed", "twelve organisations", "nineteen parties"
        ("Hamabost sindikatuk sinatu dute Xandiako armagabetzearen aldeko dokumentua.", 15),
        ("Hamabi erakundek sinatu dute Zetlandeko adierazpena.", 12),
        ("Hemeretzi alderdik sinatu dute XKPren deia.", 19),
    ],
)
def test_a_basque_teen_states_a_total(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # Lithuanian: "we, the leaders of three political parties" (genitive)
        ("Mes, keturių politinių partijų vadovai, pasirašėme bendrą deklaraciją dėl rinkimų.", 4),
        # Latvian: "the leaders of seven unions signed" (genitive)
        ("Septiņu arodbiedrību vadītāji parakstīja kopīgu paziņojumu par algām.", 7),
        # Swahili: the number after its noun, agreeing with it ("vyama vitano": five parties)
        ("Vyama vitano vya upinzani vimetia saini tamko la pamoja kuhusu uchaguzi.", 5),
        # Slovene and Slovak teens
        ("Dvanajst sindikatov je podpisalo skupno izjavo o plačah v javnem sektorju.", 12),
        ("Pätnásť odborových zväzov podpísalo spoločné vyhlásenie k rozpočtu.", 15),
    ],
)
def test_a_number_word_in_the_form_its_count_takes(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # Latvian: "six Estonian independent unions call" (the country in the genitive)
        ("Šodien sešas Igaunijas neatkarīgās arodbiedrības aicina uz protestu pie parlamenta.", 6),
        # English: the country's adjective between the number and the word
        ("Yesterday five Finnish trade unions signed a joint statement on the wage freeze.", 5),
        # Polish: "eight Czech trade unions signed" (the adjective)
        ("Wczoraj osiem czeskich związków zawodowych podpisało wspólne oświadczenie.", 8),
    ],
)
def test_a_country_among_the_words_describing_the_organisations(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    "sentence",
    [
        # Serbian "Nove stranke" (of the New Party), Italian "nove" (nine): a name's first word
        "Dokument su potpisali predstavnici Zelene stranke, Nove stranke i Pokreta centra.",
        # Portuguese "Sete Partidos" inside a name's capitals is no count either
        "Assinaram o texto a Liga Verde, o Movimento Sete rios e a Frente Ampla.",
    ],
)
def test_a_capitalised_number_word_opening_a_name_is_no_count(sentence: str) -> None:
    assert _opening(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign signed today asks for 30% unionized workers' representation in congress.",
        "Les syndicats ont signé un appel pour 30 % de partis ouvriers au conseil municipal.",
        "Los sindicatos firmaron hoy un llamado por 40 % sindicatos obreros en cada consejo.",
    ],
)
def test_a_share_is_no_count(sentence: str) -> None:
    assert _opening(sentence) is None
