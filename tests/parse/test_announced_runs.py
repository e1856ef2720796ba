"""Signers a running sentence announces as some of a group, with no verb of signing beside them
(issue 18): after "among them" ("darunter", "di antaranya", "μεταξύ των οποίων") or after a word for
organisations in the plural and "such as" ("organitzacions com"), in parts between commas; a
description between two names is passed over, words in lower case before a comma go on with the
name before, and a group the sentence speaks of or stands by signs nothing. Names are made up
("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(sentence: str, body: str = PROSE["en"]) -> str:
    return f"Xandia news\n\n{body}\n\n{sentence}\n\n{body}\n"


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        # German: "darunter" after the plural; a description of some of them passed over, a
        # suspended compound of group words ends the run
        ("Die rund dreißig beteiligten Organisationen, darunter der Xandische "
         "Gewerkschaftsbund, die beiden großen Kirchen, der Zentralrat der Zetländer, Sozial- "
         "und Kulturverbände wollen vor Ort für Demokratie eintreten.",
         ["Xandische Gewerkschaftsbund", "Zentralrat der Zetländer"]),
        # Indonesian: "di antaranya" after a pronoun, each name with its abbreviation
        ("Hari ini serikat-serikat buruh itu datang ke kantor Xandia. Mereka yang datang di "
         "antaranya Konfederasi Serikat Pekerja Xandia (KSPX), Konfederasi Serikat Buruh "
         "Zetland (KSBZ) dan Gabungan Serikat Buruh Xandia (GSBX).",
         ["Konfederasi Serikat Pekerja Xandia (KSPX)", "Konfederasi Serikat Buruh Zetland (KSBZ)",
          "Gabungan Serikat Buruh Xandia (GSBX)"]),
        # Catalan: "com" after the plural; words in lower case before a comma go on with the
        # name, a plural after "Unió de" is the name's, a sentence glued to the last name is cut
        ("La plataforma va néixer el març passat, impulsada per diverses organitzacions com "
         "Xandia.cat-Organitzacions per a la justícia global, Òmnium Zetlandès, Unió de "
         "Federacions Esportives de Zetlàndia (UFEZ) i Unió de Pagesos de Xandia.El 15 d'abril "
         "la plataforma va convocar una manifestació.",
         ["Xandia.cat-Organitzacions per a la justícia global", "Òmnium Zetlandès",
          "Unió de Federacions Esportives de Zetlàndia (UFEZ)", "Unió de Pagesos de Xandia"]),
        # Greek: "μεταξύ των οποίων" after the plural, abbreviations and a name in capitals
        ("Στη συγκέντρωση συμμετείχαν δεκάδες οργανώσεις, μεταξύ των οποίων ΓΣΕΞ, ΑΔΕΔΖ και "
         "Εργατικό Κέντρο Ξάνιας.",
         ["ΓΣΕΞ", "ΑΔΕΔΖ", "Εργατικό Κέντρο Ξάνιας"]),
    ],
)  # fmt: skip
def test_names_announced_as_some_of_a_group_sign(sentence: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(sentence))) == signers


@pytest.mark.parametrize(
    "sentence",
    [
        # the group is the object of a word of speaking
        "We condemn the raids on the offices of trade unions, including the Xandia Workers "
        "Union and the Zetland Teachers Federation.",
        # the group is whom the sentence stands with
        "Wir stehen solidarisch mit den Gewerkschaften, darunter der Xandische Gewerkschaftsbund "
        "und der Zetländische Lehrerverband, die seit Monaten streiken.",
        # the group is the topic ("attacks on")
        "Los ataques contra los sindicatos, como la Unión Xandiana de Trabajadores y la "
        "Federación Zetlandesa de Maestros, no cesan.",
        # "such as" after no word for organisations: persons known from public life
        "Molts noms coneguts hi han donat suport, com Joan Xandri, Maria Zetó i Pere Ypsilon.",
    ],
)
def test_a_group_spoken_of_or_stood_by_signs_nothing(sentence: str) -> None:
    assert outside_of(read_text(_text(sentence))) == []


def test_groups_the_argument_names_after_the_lead_sign_nothing() -> None:
    """After the lead (three paragraphs of running text), the argument speaks of groups "such
    as" some it names: they sign nothing."""
    argument = (
        "Of course, alliances such as the Xandia Defence Pact, the Zetland Union and the "
        "Ypsilon Treaty Organisation serve the ruling classes of their members."
    )
    text = f"Xandia news\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{argument}\n"
    assert outside_of(read_text(text)) == []


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        # Hindi: "among the parties that signed" ("दलों में"), each party after its leader and
        # the genitive "की"
        ("संयुक्त बयान पर हस्ताक्षर करने वाले दलों में अमर सिंह की क्सान्डिया जनता पार्टी, "
         "रवि कुमार की समाजवादी मोर्चा पार्टी और गीता देवी की मजदूर किसान पार्टी शामिल हैं।",
         ["क्सान्डिया जनता पार्टी", "समाजवादी मोर्चा पार्टी", "मजदूर किसान पार्टी"]),
        # Nepali: "among" ("मध्ये") after the plural, the genitive "को", "र" (and)
        ("संयुक्त वक्तव्यमा हस्ताक्षर गर्ने दलहरू मध्ये राम थापा को क्सान्डिया कांग्रेस, "
         "हरि राई को जनमत पार्टी र सीता गुरुङ को नागरिक पार्टी छन्।",
         ["क्सान्डिया कांग्रेस", "जनमत पार्टी", "नागरिक पार्टी"]),
    ],
)  # fmt: skip
def test_parties_among_the_signers_after_their_leaders_sign(
    sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentence, ""))) == signers


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # Turkish: "Aralarında" (among them), capitalised at the sentence's start, is no part
        # of the first name (the only case of these that fails before); the last name is
        # published in its base form, without the case ending after the apostrophe
        ("Xandia haberleri\n\nAralarında XİŞ, DİSZ, KESZ ve Zetland Kamu-Sen'in bulunduğu "
         "sendikalar, dün Xandia'da ortak bir basın toplantısı düzenledi.\n",
         ["XİŞ", "DİSZ", "KESZ", "Zetland Kamu-Sen"]),
        # French, Ukrainian, Swedish: read right before too, guarding the answer
        ("Nouvelles\n\nNotamment XKP, ZSF et le Parti ouvrier d'Ypsilon ont signé hier une "
         "déclaration commune à Xanville.\n",
         ["XKP", "ZSF", "Parti ouvrier d'Ypsilon"]),
        ("Новини\n\nЗокрема КПК, СПЗ та Робітнича партія Іпсилону підписали вчора спільну "
         "заяву.\n",
         ["КПК", "СПЗ", "Робітнича партія Іпсилону"]),
        ("Xandia nyheter\n\nDäribland XKP och ZFF: organisationerna undertecknade i går ett "
         "gemensamt uttalande om Xandia.\n",
         ["XKP", "ZFF"]),
    ],
)  # fmt: skip
def test_an_among_phrase_opening_a_run_is_no_name(text: str, signers: list[str]) -> None:
    assert outside_of(read_text(text + "\n" + PROSE["en"] + "\n")) == signers


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # Spanish and Portuguese: a reflexive "se" before the verb, no word for "with"
        ("A la marcha se suman sindicatos, entre ellos la Unión Xandiana de Trabajadores, la "
         "Federación Zetlandesa de Maestros y el Sindicato Ypsilon.", "es"),
        ("Na marcha se juntaram sindicatos, entre outros União Xandiana dos Trabalhadores, "
         "Federação Zetlandesa dos Professores e Sindicato Ypsilon.", "pt"),
    ],
)  # fmt: skip
def test_a_reflexive_pronoun_before_the_group_is_no_word_for_with(
    sentence: str, language: str
) -> None:
    found = outside_of(read_text(_text(sentence, PROSE[language])))
    assert len(found) == 3 and found[2].endswith("Sindicato Ypsilon")


@pytest.mark.parametrize(
    ("sentences", "signers"),
    [
        ("The appeal is backed by many organisations. Among them are the Xandia Workers Union, "
         "the Zetland Teachers Federation and the Ypsilon Tenants League.",
         ["Xandia Workers Union", "Zetland Teachers Federation", "Ypsilon Tenants League"]),
        ("Den Aufruf tragen viele Organisationen. Darunter der Xandische "
         "Gewerkschaftsbund, der Zetländische Lehrerverband und der Ypsilon Mieterverein.",
         ["Xandische Gewerkschaftsbund", "Zetländische Lehrerverband", "Ypsilon Mieterverein"]),
    ],
)  # fmt: skip
def test_a_group_closing_the_sentence_before_is_the_one_among_them_points_at(
    sentences: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentences)))[-len(signers) :] == signers


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        # a verb after the phrase, then an article and the first name
        ("Many organisations back the appeal, among them are the Xandia Workers Union, the "
         "Zetland Teachers Federation and the Ypsilon Tenants League.",
         ["Xandia Workers Union", "Zetland Teachers Federation", "Ypsilon Tenants League"]),
        ("Den Aufruf tragen viele Organisationen, darunter sind der Xandische "
         "Gewerkschaftsbund, der Zetländische Lehrerverband und der Ypsilon Mieterverein.",
         ["Xandische Gewerkschaftsbund", "Zetländische Lehrerverband", "Ypsilon Mieterverein"]),
    ],
)  # fmt: skip
def test_a_verb_after_among_them_is_passed_over(sentence: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(sentence))) == signers


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Indonesian: "yang terdiri dari" after the coalition; its members sign with it
        ("en",
         "Menyikapi situasi terakhir, Koalisi Serikat Buruh Xandia Raya yang terdiri dari "
         "Konfederasi Serikat Pekerja Xandia (KSPX) dan Gabungan Serikat Buruh Zetland (GSBZ) "
         "menyampaikan pernyataan sikap.",
         ["Koalisi Serikat Buruh Xandia Raya", "Konfederasi Serikat Pekerja Xandia (KSPX)",
          "Gabungan Serikat Buruh Zetland (GSBZ)"]),
        # Lithuanian: a name in sentence case opening the sentence, a comma and "vienijantis"
        ("lt",
         "Xandijos profesinių sąjungų koordinacinis centras, vienijantis Xandijos darbo "
         "federaciją ir Zetlandijos profesinę sąjungą „Vienybė“, išplatino pareiškimą.",
         ["Xandijos profesinių sąjungų koordinacinis centras"]),
        # Italian: a comma and "che riunisce" after the forum, its members counted, not named
        ("it",
         "Conferma la propria partecipazione il Forum Xandese del Volontariato, che riunisce "
         "più di 50 reti nazionali.",
         ["Forum Xandese del Volontariato"]),
        ("en",
         "The Zetland Tenants Alliance, which unites 40 local groups, called the strike.",
         ["Zetland Tenants Alliance"]),
    ],
)  # fmt: skip
def test_the_body_the_lead_names_by_its_members_signs(
    language: str, sentence: str, signers: list[str]
) -> None:
    """The body named right before the words of its members ("consisting of", "which unites")
    is the group they make up: it signs, with the members the sentence names."""
    assert outside_of(read_text(_text(sentence, PROSE[language]))) == signers


def test_a_description_before_the_words_of_members_signs_nothing() -> None:
    """Words that name no organisation by their own words ("the workers of Xandia") before a
    verb of uniting are no body's name."""
    sentence = "The workers of Xandia, which unites 40 local groups, marched on Monday."
    assert outside_of(read_text(_text(sentence))) == []
