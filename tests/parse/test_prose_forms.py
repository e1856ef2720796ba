"""Signers named in running prose by the form the sentence gives them (issue 18, prose signers):
names written out one after another, each with its abbreviation in brackets. Bodies a sentence
only speaks of stay out. Names are made up ("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text


def _text(lead: str, body: str = PROSE["en"]) -> str:
    return f"Xandia news\n\n{lead}\n\n{body}\n\n{body}\n"


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Lithuanian: two genitives before the agreement they sign, words in lower case inside
        ("Rugpjūčio 25 d. pasirašytas Xandijos socialdemokratų partijos (XSDP) ir Zetlando "
         "profesinių sąjungų konfederacijos (ZPSK) bendradarbiavimo susitarimas.",
         ["Xandijos socialdemokratų partijos (XSDP)", "Zetlando profesinių sąjungų "
          "konfederacijos (ZPSK)"]),
        # Filipino: "ng" inside a name and before it, "at" between the two, a word of the
        # abbreviation written whole
        ("Isang alliance agreement ang nilagdaan ng Partido Federal ng Xandia (PFX) at "
         "Lakas-Zetland Muslim Democrats (Lakas-ZMD) sa Makati City.",
         ["Partido Federal ng Xandia (PFX)", "Lakas-Zetland Muslim Democrats (Lakas-ZMD)"]),
        # Dutch: joining words in lower case that give letters, and an article between
        ("Het akkoord tussen de Partij van de Xandia (PvdX) en het Christen-Zetlands Appèl "
         "(CZA) werd gisteren ondertekend.",
         ["Partij van de Xandia (PvdX)", "Christen-Zetlands Appèl (CZA)"]),
        # Russian, three names
        ("Заявление подписали Коммунистическая партия Ксании (КПК), Профсоюз Зетландии (ПЗ) и "
         "Ксанийский союз молодёжи (КСМ).",
         ["Коммунистическая партия Ксании (КПК)", "Профсоюз Зетландии (ПЗ)",
          "Ксанийский союз молодёжи (КСМ)"]),
    ],
)  # fmt: skip
def test_names_written_out_with_their_abbreviations_sign(lead: str, signers: list[str]) -> None:
    document = read_text(_text(lead))
    assert outside_of(document) == signers
    assert lists_of(document) == []


@pytest.mark.parametrize(
    "lead",
    [
        # what the statement speaks of
        "The joint statement condemns the Xandia Party of Labour (XPL) and the Zetland Rail "
        "Union (ZRU) for their silence.",
        # no statement, no signing: a meeting
        "The Xandia Party of Labour (XPL) and the Zetland Rail Union (ZRU) met in Xandiaville "
        "on Monday.",
        # one name alone
        "The Xandia Party of Labour (XPL) published a statement on Monday.",
        # the bracket is no abbreviation of the words before it
        "The statement was read by the Xandia Party of Labour (ZRU) and the Rail Union (XPL).",
    ],
)
def test_names_with_abbreviations_that_sign_nothing(lead: str) -> None:
    assert outside_of(read_text(_text(lead))) == []


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Serbian (Latin): the organisation in the genitive and in sentence case, a word in lower
        # case saying its kind before one ("stranke", "poslaničke grupe"), "i" inside a name
        ("Sporazum su potpisali predsednik Stranke rada i prava Ivo Ypsil, kopredsednik stranke "
         "Xajedno Ana Zet i šef poslaničke grupe Zeleni xandijski klub Eva Xan.",
         ["Stranke rada i prava", "Xajedno", "Zeleni xandijski klub"]),
        # Serbian (Cyrillic)
        ("Споразум су потписали председник Странке рада и права Иво Ипсил и потпредседница "
         "Покрета Зетланд Ана Зет.",
         ["Странке рада и права", "Покрета Зетланд"]),
        # Bulgarian
        ("Споразумението подписаха председателят на Ксанийска партия на труда Иван Петров и "
         "съпредседателят на движение Зетланд напред Мария Иванова.",
         ["Ксанийска партия на труда", "Зетланд напред"]),
    ],
)  # fmt: skip
def test_organisations_named_through_a_post_in_sentence_case(lead: str, signers: list[str]) -> None:
    document = read_text(_text(lead, PROSE["ru"]))
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    "lead",
    [
        # one person with a post speaks; no organisation signs through them
        "Sporazum je potpisao predsednik Stranke rada i prava Ivo Ypsil.",
        # persons with posts, but nothing tells of a statement or a signing
        "Na skupu su govorili predsednik Stranke rada i prava Ivo Ypsil i potpredsednica "
        "Pokreta za Zetland Ana Zet.",
    ],
)
def test_posts_that_name_no_signers(lead: str) -> None:
    assert outside_of(read_text(_text(lead, PROSE["ru"]))) == []


@pytest.mark.parametrize(
    ("lead", "body", "signers"),
    [
        # Arabic: two names apart in a sentence of signing, each after its kind
        ("ضمن مساعي حزب «كسانيا للجميع» إلى توحيد القوى، جرى التوقيع على اتفاق ينضم بموجبه حزب "
         "«معا لزيتلاند» برئاسة أحمد علي.",
         PROSE["ar"], ["كسانيا للجميع", "معا لزيتلاند"]),
        # Bulgarian title: the kind abbreviation is the name's own, a comma and "!" inside one
        ("Изявление на ръководствата на местните организации на ПП „Ксания за всички“, ПП "
         "„Движение ДА, Зетланд!“ и ПП „Зетландски народен съюз“ за съвместни действия",
         PROSE["ru"], ["ПП „Ксания за всички“", "ПП „Движение ДА, Зетланд!“",
                       "ПП „Зетландски народен съюз“"]),
        # English: a word for "party" in lower case before each
        ("The agreement was signed in Xandiaville by the party \"Forward for Xandia\" and the "
         "movement \"Hope of Zetland\".",
         PROSE["en"], ["Forward for Xandia", "Hope of Zetland"]),
    ],
)  # fmt: skip
def test_names_in_quotation_marks_after_their_kind_sign(
    lead: str, body: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(lead, body))) == signers


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        # what the statement speaks of
        ("The joint statement condemns the party \"Xandia First\" and the movement \"Zetland "
         "Now\" for their silence.", PROSE["en"]),
        # who did not sign
        ("Партия \"Ксания вперёд\" не подписала соглашение о честных выборах.", PROSE["ru"]),
        ("Η ένωση \"Ξανδία Μπροστά\" δεν υπέγραψε τη συμφωνία για τις εκλογές.", PROSE["el"]),
    ],
)  # fmt: skip
def test_quoted_names_that_sign_nothing(lead: str, body: str) -> None:
    assert outside_of(read_text(_text(lead, body))) == []


def test_names_in_two_cases_are_one_signer_each() -> None:
    # Ukrainian: the title names the parties in the genitive, the lead again in the nominative
    text = (
        "Спільна заява «Ксанії», «Голосу» і «Світанку»\n\n"
        "Політичні партії «Ксанія», «Голос» і «Світанок» оприлюднили спільну заяву.\n\n"
        f"{PROSE['ru']}\n"
    )
    assert outside_of(read_text(text)) == ["Ксанії", "Голосу", "Світанку"]


@pytest.mark.parametrize(
    ("lead", "body", "signers"),
    [
        # Arabic: "وهي" ("namely") between the parties in the plural and their names
        ("وطالبت هذه الأحزاب وهي حركة كسانيا، الجبهة الزيتلاندية، التحالف الديمقراطي و الحزب "
         "الجمهوري بسحب مشروع القانون دون تأخير لأنه يتعارض مع أحكام الدستور، وأكدت أنها "
         "مستعدة لكل أشكال النضال السلمي.",
         PROSE["ar"],
         ["حركة كسانيا", "الجبهة الزيتلاندية", "التحالف الديمقراطي", "الحزب الجمهوري"]),
        # English: "namely" in lower case
        ("These parties, namely the Xandia Labour Party, the Zetland Rail Union and the XKP, "
         "have asked for the law to be withdrawn.",
         PROSE["en"], ["Xandia Labour Party", "Zetland Rail Union", "XKP"]),
        # Dutch: "namelijk"
        ("Deze partijen, namelijk de Xandische Arbeiderspartij, de Zetlandse Spoorwegvakbond "
         "en de XKP, hebben gevraagd de wet in te trekken.",
         PROSE["nl"], ["Xandische Arbeiderspartij", "Zetlandse Spoorwegvakbond", "XKP"]),
        # Polish: "mianowicie"
        ("Te partie, mianowicie Partia Pracy Ksandii, Związek Kolejarzy Zetlandii i XKP, "
         "zażądały wycofania ustawy.",
         PROSE["en"], ["Partia Pracy Ksandii", "Związek Kolejarzy Zetlandii", "XKP"]),
        # Macedonian: "имено"
        ("Овие партии, имено Работничката партија на Ксандија, Синдикатот на железничарите "
         "на Зетланд и КПК, побараа повлекување на законот.",
         PROSE["ru"], ["Работничката партија на Ксандија",
                       "Синдикатот на железничарите на Зетланд", "КПК"]),
        # Icelandic "flokkar" (parties) and "nefnilega"
        ("Þessir flokkar, nefnilega Verkamannaflokkur Xandíu, Sósíalistaflokkur Zetlands og XKP, "
         "kröfðust þess að lögin yrðu dregin til baka.",
         PROSE["en"], ["Verkamannaflokkur Xandíu", "Sósíalistaflokkur Zetlands", "XKP"]),
        # Azerbaijani "partiyalar" (parties) and "yəni"
        ("Bu partiyalar, yəni Ksandiya Əmək Partiyası, Zetland Dəmir Yolçular İttifaqı və XKP, "
         "qanunun geri götürülməsini tələb etdilər.",
         PROSE["en"], ["Ksandiya Əmək Partiyası", "Zetland Dəmir Yolçular İttifaqı", "XKP"]),
        # Belarusian genitives plural after a quantity, "партый" (parties), "арганізацый"
        # (organisations), and "менавіта"
        ("Шэраг партый, менавіта Працоўная партыя Ксандыі, Прафсаюз чыгуначнікаў Зетланда і "
         "КПК, запатрабавалі адклікаць закон.",
         PROSE["en"], ["Працоўная партыя Ксандыі", "Прафсаюз чыгуначнікаў Зетланда", "КПК"]),
        ("Шэраг арганізацый, менавіта Працоўная партыя Ксандыі, Прафсаюз чыгуначнікаў "
         "Зетланда і КПК, запатрабавалі адклікаць закон.",
         PROSE["en"], ["Працоўная партыя Ксандыі", "Прафсаюз чыгуначнікаў Зетланда", "КПК"]),
    ],
)  # fmt: skip
def test_a_word_for_namely_before_the_first_name_is_no_part_of_it(
    lead: str, body: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(lead, body))) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Armenian (classical spelling): "X կողմէ" ("on the part of X") before the signing
        ("Քսանդիայի Աշխատաւորական Կուսակցութեան կողմէ փաստաթուղթը ստորագրած է նախագահ Արմէն "
         "Պետրոսեան, Զեթլանդի Ազատագրական Շարժման կողմէ՝ քարտուղար Աննա Սարգսեան:",
         ["Քսանդիայի Աշխատաւորական Կուսակցութեան", "Զեթլանդի Ազատագրական Շարժման"]),
        # Armenian (reformed spelling): "X կողմից"
        ("Քսանդիայի Աշխատավորական Կուսակցության կողմից փաստաթուղթը ստորագրել է նախագահ Արմեն "
         "Պետրոսյանը:",
         ["Քսանդիայի Աշխատավորական Կուսակցության"]),
        # Turkish: "X adına"
        ("Xandia Emek Partisi adına Genel Başkan Ali Veli bildiriyi imzaladı.",
         ["Xandia Emek Partisi"]),
    ],
)  # fmt: skip
def test_names_before_a_word_for_on_behalf_of_sign(lead: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(lead, PROSE["ru"]))) == signers


@pytest.mark.parametrize(
    ("lead", "body", "signers"),
    [
        # French: "groupe" in lower case, then the group's abbreviation
        ("Au nom du groupe XGL/ZGL, nous demandons le retrait immédiat de la directive sur les "
         "ports.", PROSE["fr"], ["XGL/ZGL"]),
        # Spanish
        ("En nombre del grupo XGL, pedimos la retirada inmediata de la directiva sobre los "
         "puertos.", PROSE["es"], ["XGL"]),
        # English
        ("On behalf of the group XGL/ZGL, we call for the withdrawal of the port directive.",
         PROSE["en"], ["XGL/ZGL"]),
    ],
)  # fmt: skip
def test_a_kind_word_in_lower_case_before_a_group_on_whose_behalf_is_left_out(
    lead: str, body: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(lead, body))) == signers


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # German capitalises every noun: under a joint heading, a subject that only strikes is
        # no signer
        (f"Gemeinsame Erklärung von vier Gewerkschaften\n\n{PROSE['de']}\n\n{PROSE['de']}\n", []),
        ("Joint statement\n\nThe Dockers and the Drivers of the Port have been on strike for "
         f"three weeks against the new rules.\n\n{PROSE['en']}\n", []),
        ("Gezamenlijke verklaring\n\nDe Havenarbeiders en de Chauffeurs van de Haven staken al "
         f"drie weken tegen de nieuwe regels.\n\n{PROSE['nl']}\n", []),
        # a subject that speaks is read by its capitals alone
        ("Gemeinsame Erklärung\n\nDie Xandia-Linke und die Zetland-Grünen fordern den sofortigen "
         f"Stopp der Räumungen.\n\n{PROSE['de']}\n", ["Xandia-Linke", "Zetland-Grünen"]),
    ],
)  # fmt: skip
def test_capitals_alone_name_a_signer_only_when_it_speaks(text: str, signers: list[str]) -> None:
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    ("lead", "body", "other"),
    [
        # Lithuanian: "su" and the association in the instrumental
        ("Konferencijos metu socialdemokratai susitarimą pasirašė ir su Xandijos karo veteranų "
         "asociacija.", PROSE["ru"], "Xandijos karo veteranų asociacija"),
        # English: the other side of an agreement, one refused, a name running on
        ("In 2019 the government signed an agreement with the Xandia Teachers' Union.",
         PROSE["en"], "Xandia Teachers' Union"),
        ("The party refused to sign an agreement with the Zetland Rail Union.",
         PROSE["en"], "Zetland Rail Union"),
        # Spanish
        ("Durante el congreso el partido ha firmado un acuerdo con la Unión Sindical de Zetlandia.",
         PROSE["es"], "Unión Sindical de Zetlandia"),
    ],
)  # fmt: skip
def test_the_other_side_of_an_agreement_signs_nothing(lead: str, body: str, other: str) -> None:
    """An agreement signed with a body names the other side of a contract, not a signer of the
    statement (a government's, an employer's): no signer is read from "with"."""
    signers = outside_of(read_text(_text(lead, body)))
    assert not any(other in signer for signer in signers)
