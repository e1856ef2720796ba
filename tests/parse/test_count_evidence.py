"""A stated number of organisations is evidence for the enumeration of as many names beside it
(:mod:`kzld.parse.counted`): in the brackets after the count, in its sentence, or in a sentence
after it that opens with a cue; the items need no type word, capitals or quotation marks. A count
that matches no enumeration takes nothing, and an enumeration of as many things that are no
organisations ("five demands: ...") is none. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.enumerated import read_run
from kzld.parse.plurals import plural_signers
from kzld.parse.text import Line

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the text's lead (the count and the enumeration), the signers.
CASES = {
    # in the brackets after the count: names by capitals, two runs with words between them
    "it": (
        "Cinque associazioni del territorio (al fianco di Xandcoop, Zetlavoro e Yberfin ci sono "
        "Confxandia e Zetlartigiani) si rivolgono ai partiti perché escano dall'immobilismo.",
        ["Xandcoop", "Zetlavoro", "Yberfin", "Confxandia", "Zetlartigiani"],
    ),
    # Cyrillic: the brackets after the count, two runs parted by a comma and a word
    "ru": (
        "Пять профсоюзов (помимо Ксандпрофа, Зетпрофа и Иберсоюза, это Ксандтруд и Зетсоюз) "
        "выступили сегодня с общим заявлением о повышении заработной платы.",
        ["Ксандпрофа", "Зетпрофа", "Иберсоюза", "Ксандтруд", "Зетсоюз"],
    ),
    # Greek: abbreviations after articles in the brackets after a count in words
    "el": (
        "Πέντε Ομοσπονδίες (μαζί με την ΞΟΕ, τη ΖΕΤΑ και την ΨΟΜΕΔ είναι η ΟΞΑΔΥ και η ΠΟΖΕ) "
        "κήρυξαν κοινή απεργία για τις συντάξεις.",
        ["ΞΟΕ", "ΖΕΤΑ", "ΨΟΜΕΔ", "ΟΞΑΔΥ", "ΠΟΖΕ"],
    ),
    # Bengali: the count in one sentence, the names after "the parties are" three sentences on
    "bn": (
        "জান্ডিয়া পিপলস পার্টির নেতৃত্বে ৪টি রাজনৈতিক দল মিলে নতুন একটি জোট গঠন করেছে। বুধবার "
        "প্রেস ক্লাবে সংবাদ সম্মেলন ডেকে নতুন জোটের নাম জানানো হয়। জোটে থাকা দলগুলো হলো "
        "জান্ডিয়া পিপলস পার্টি (জেপিপি), জেটপা, ইবার্গ ন্যাপ ও জেটল্যান্ড গণদল।",
        ["জান্ডিয়া পিপলস পার্টি (জেপিপি)", "জেটপা", "ইবার্গ ন্যাপ", "জেটল্যান্ড গণদল"],
    ),
    # Chinese: the count after the enumeration in the same sentence, two names with no type word
    "zh": (
        "為備戰地方選舉，贊迪亞力量、澤特基進、小民贊迪亞聯盟、澤特綠黨今日召開記者會宣布攜手合作，"
        "並發布4黨合作共同宣言。",
        ["贊迪亞力量", "澤特基進", "小民贊迪亞聯盟", "澤特綠黨"],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_as_many_names_as_a_count_beside_them_are_the_signers(language: str) -> None:
    lead, signers = CASES[language]
    document = read_text(f"{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    "lead",
    [
        # five counted, four named: the count does not say where the enumeration ends
        "জান্ডিয়া পিপলস পার্টির নেতৃত্বে ৫টি রাজনৈতিক দল মিলে নতুন একটি জোট গঠন করেছে। "
        "জোটে থাকা দলগুলো হলো জান্ডিয়া পিপলস পার্টি (জেপিপি), জেটপা, ইবার্গ ন্যাপ ও "
        "জেটল্যান্ড গণদল।",
        "为备战地方选举，赞迪亚力量、泽特基进、小民赞迪亚、泽特绿今日召开记者会，发布五党共同宣言。",
    ],
)
def test_a_count_that_matches_no_enumeration_takes_nothing(lead: str) -> None:
    document = read_text(f"{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == []


@pytest.mark.parametrize(
    "lead",
    [
        # four parties counted; the enumeration of four (one with a type word, "committee") is of
        # the demands its own cue counts
        "৪টি রাজনৈতিক দল একটি যৌথ বিবৃতি দিয়েছে। বিবৃতিতে দলগুলোর ৪টি দাবি হলো মজুরি বৃদ্ধি, "
        "শ্রমিক কমিটি গঠন, নিরাপদ পানি ও সস্তা বাসা।",
        "أصدرت خمسة أحزاب بيانا مشتركا اليوم. وطرحت الأحزاب خمسة مطالب: رفع الأجور، ولجنة العمال، "
        "والمياه النظيفة، والسكن الرخيص، وحرية التعبير.",
    ],
)
def test_as_many_things_that_are_no_organisations_are_no_signers(lead: str) -> None:
    document = read_text(f"{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == []


def test_an_apposition_to_a_plural_passes_no_other_count() -> None:
    # "the five organisations present five demands: ...": the names after "five demands" are
    # the demands', not the organisations'
    content = (
        "Las cinco organizaciones presentan cinco demandas: Ley de Salario Digno, Fondo de "
        "Vivienda de Zetlandia, Ley de Escuelas Libres, Junta de Agua Limpia y Consejo de "
        "Alquileres Justos."
    )
    assert plural_signers(Line(1, 0, len(content), content)) is None


#: A count closing its paragraph, and the numbered lines right after it (no blank line between).
BLOCK = (
    "জেটল্যান্ডে নতুন নির্বাচনের আহ্বান জানিয়ে {count} আন্তর্জাতিক সংগঠনের যৌথ বিবৃতি দিয়েছেন "
    "সেসব সংগঠনগুলো হলো-\n"
    "১.জান্ডিয়া নেটওয়ার্ক ফর ফ্রি ইলেকশনস (জেডএনএফই),\n"
    "২.ইবার্গ অ্যালায়েন্স ফর সিটিজেনস (আইএসি),\n"
    "৩.জেটল্যান্ড ফেডারেশন ফর হিউম্যান রাইটস (জেডএফএইচ),\n"
    "৪.জান্ডিয়া ডেমোক্রেসি নেটওয়ার্ক (জেডিএন)।\n"
)


def test_the_lines_right_after_a_count_are_its_names() -> None:
    document = read_text(BLOCK.format(count="৪") + f"\n{PROSE['en']}\n")
    assert outside_of(document) == [
        "জান্ডিয়া নেটওয়ার্ক ফর ফ্রি ইলেকশনস (জেডএনএফই)",
        "ইবার্গ অ্যালায়েন্স ফর সিটিজেনস (আইএসি)",
        "জেটল্যান্ড ফেডারেশন ফর হিউম্যান রাইটস (জেডএফএইচ)",
        "জান্ডিয়া ডেমোক্রেসি নেটওয়ার্ক (জেডিএন)",
    ]


def test_lines_fewer_than_the_count_are_not_its_names() -> None:
    document = read_text(BLOCK.format(count="৫") + f"\n{PROSE['en']}\n")
    assert outside_of(document) == []


def test_names_in_sentence_case_after_a_count_in_words() -> None:
    # Lithuanian: the count ("Trys", three) and its total; the names in the next sentence, in
    # sentence case, one in quotation marks after its kind, the last read to its type word
    lead = (
        "Trys nacionalinių profesinių sąjungų centrai teigia nuo šiol atstovausiantys vieningai.\n"
        'Ksandijos profesinių sąjungų konfederacija, profesinė sąjunga "Zetlanda" ir Ksandijos '
        "darbo federacija gegužės 1 dieną pasirašys deklaraciją, kurioje įsipareigoja derinti "
        "savo veiksmus."
    )
    document = read_text(f"{lead}\n\n{PROSE['en']}\n")
    assert document.stated_total == 3
    assert outside_of(document) == [
        "Ksandijos profesinių sąjungų konfederacija",
        "Zetlanda",
        "Ksandijos darbo federacija",
    ]


#: Four organisations after their cue ("المنظمات وهي": the organisations, namely), parted by
#: commas and a glued "و"; a free "و" inside the second name ("للحقوق و الحريات").
NAMED = (
    "ووقعت البيان المنظمات وهي مركز زاندا، ومركز زيتا للحقوق و الحريات، ومؤسسة يبرا، والشبكة "
    "العربية لمعلومات زاندا."
)
FOUR = ["مركز زاندا", "مركز زيتا للحقوق و الحريات", "مؤسسة يبرا", "الشبكة العربية لمعلومات زاندا"]


def test_no_glued_word_for_and_is_part_of_a_name() -> None:
    document = read_text(f"رحبت 4 منظمات حقوقية بالإعلان المشترك. {NAMED}\n\n{PROSE['en']}\n")
    assert outside_of(document) == FOUR


def test_the_count_says_which_word_for_and_is_inside_a_name() -> None:
    # four counted, five parts between the commas and words for "and": one "and" is a name's
    assert [name for _, name in read_run(NAMED, 4, near=True)] == FOUR
    assert read_run(NAMED, 5, near=True) == []
    assert read_run(NAMED, 4) == []  # no count beside it: its cue is not read past


def test_a_stop_inside_a_name_ends_no_sentence_near_a_count() -> None:
    # "St." (Saint) ends no sentence: the count of three reads the three names whole
    lead = (
        "Three unions, Xandia Union, Zeta Union of St. Ypsilon and Ypsilon Union, signed the "
        "appeal."
    )
    document = read_text(f"{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == ["Xandia Union", "Zeta Union of St. Ypsilon", "Ypsilon Union"]


@pytest.mark.parametrize(
    "lead",
    [
        "Tre sindacati, Sindacato Xandia, Unione Zeta di S. Ypsilo e Sindacato Ypsilon, si "
        "rivolgono oggi ai partiti.",
        "Drei Gewerkschaften, Gewerkschaft Xandia, Verband Zeta St. Ypsilon und Gewerkschaft "
        "Ypsilon, wenden sich an die Parteien.",
        "Tres sindicatos, Sindicato Xandia, Unión Zeta de S. Ypsilo y Sindicato Ypsilon, se "
        "dirigieron hoy a los partidos.",
    ],
)
def test_a_name_cut_at_its_stop_is_no_signer(lead: str) -> None:
    # where the name with the stop does not read as one, nothing is read: never its part
    # before the stop ("Unione Zeta di S"), never two names read as one across "and"
    assert outside_of(read_text(f"{lead}\n\n{PROSE['en']}\n")) == []


def test_a_word_for_and_before_a_capital_parts_the_last_two_counted_names() -> None:
    # Slovene "in" (and; in other languages "in"): between two names, before a capital, it parts
    # them, so four counted parties are four names, not three
    title = "Predsedniki XMŠ, SD, Zelene in ZAB parafirali besedilo sporazuma o sodelovanju"
    assert [name for _, name in read_run(title, 4)] == ["XMŠ", "SD", "Zelene", "ZAB"]
    assert all(" in " not in name for _, name in read_run(title, 3))
