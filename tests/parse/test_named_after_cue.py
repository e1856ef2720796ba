"""Signers enumerated after a word of signing, a few words in lower case and a word that says who
the signers are (issue 18): "les signataires de ce communiqué sont le X, ...", "the signatories of
the appeal are ...", "potpisali su predstavnici X, Y i Z" (the representatives of organisations,
who sign for them). A kind word in the singular after an article is the name's ("le mouvement
X"); a name in sentence case between commas is read whole when it looks like an organisation's.
Names are made up ("Xandia", "Zetland").
"""

from __future__ import annotations

import pytest

from kzld.parse.cued import cued_signers
from kzld.parse.text import Line

from .prose import PROSE
from .reading import outside_of, read_text


def _text(sentence: str, body: str) -> str:
    return f"Xandia news\n\n{body}\n\n{sentence}\n\n{body}\n"


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # French: the signers' word, four words in lower case and "sont"; a kind word after an
        # article is the name's, a plural is not
        ("fr",
         "Il faut rappeler que les signataires de ce communiqué sont le mouvement Xandie en "
         "avant, le Courant populaire, Al-Zeta, le collectif citoyen Zumud et l’Union nationale "
         "des femmes xandiennes.",
         ["mouvement Xandie en avant", "Courant populaire", "Al-Zeta", "collectif citoyen Zumud",
          "Union nationale des femmes xandiennes"]),
        # English: "are" after the signers' word and a statement's name
        ("en",
         "The signatories of the open appeal are the Xandia Workers Union, the Zetland Teachers "
         "Federation and the Ypsilon Tenants Association.",
         ["Xandia Workers Union", "Zetland Teachers Federation", "Ypsilon Tenants Association"]),
        # Serbian: the representatives of organisations after the verb, names in sentence case
        # and in the genitive, one with "za" inside it
        ("en",
         "Dokument su potpisali predstavnici Saveza za Xandiju, Demokratske zajednice "
         "zetlandskih radnika, Nove stranke i Pokreta centra.",
         ["Saveza za Xandiju", "Demokratske zajednice zetlandskih radnika", "Nove stranke",
          "Pokreta centra"]),
        # Russian: the representatives, in Cyrillic
        ("ru",
         "Меморандум подписали представители Народной партии Ксании, Демократической партии "
         "Зетландии и Союза молодёжи Ипсилона.",
         ["Народной партии Ксании", "Демократической партии Зетландии",
          "Союза молодёжи Ипсилона"]),
    ],
)  # fmt: skip
def test_names_after_a_word_saying_who_signed(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentence, PROSE[language]))) == signers


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a capitalised word between the verb and "are": what was signed, not who
        ("en",
         "The parties that signed the Xandia Accord are now in government, and the Zetland "
         "Union and the Ypsilon Front are not."),
        # Spanish "son" after a verb of signing and a capitalised title: no enumeration
        ("es",
         "Los partidos que firmaron la Declaración de Xandia son ahora más fuertes que antes."),
    ],
)  # fmt: skip
def test_a_capitalised_word_before_the_naming_word_opens_no_names(
    language: str, sentence: str
) -> None:
    assert outside_of(read_text(_text(sentence, PROSE[language]))) == []


@pytest.mark.parametrize(
    ("body", "sentence", "signers"),
    [
        # Indonesian: a word of kind ("gabungan", coalition) and "terdiri dari" (consists of)
        ("Para pekerja di wilayah itu telah mogok selama tiga minggu melawan aturan upah yang "
         "baru, dan pemerintah menjawab dengan penangkapan dan larangan setiap pertemuan.",
         "Gabungan ormas tersebut terdiri dari Ikatan Sarjana Xandia (ISX), Gerakan Kasih "
         "Zetland (Gerkaz) dan Forum Komunikasi Ypsilon (FKY).",
         ["Ikatan Sarjana Xandia (ISX)", "Gerakan Kasih Zetland (Gerkaz)",
          "Forum Komunikasi Ypsilon (FKY)"]),
        # Swahili: a plural ("vyama", parties) and "ni pamoja na" (they include); "cha" (of)
        # and "ya" inside the names
        ("Wafanyakazi wa eneo hilo wamegoma kwa wiki tatu dhidi ya kanuni mpya za mishahara, na "
         "serikali imejibu kwa kukamata watu na kupiga marufuku mikutano yote nchini.",
         "Vyama hivyo ni pamoja na Chama cha Xandia Democratic Party (XDP), Chama cha Zetland "
         "Alliance (ZA), Chama cha Sauti ya Ypsilon (SAY), vimeamua kushirikiana.",
         ["Chama cha Xandia Democratic Party (XDP)", "Chama cha Zetland Alliance (ZA)",
          "Chama cha Sauti ya Ypsilon (SAY)"]),
        # Spanish: a word of kind ("coalición") and "integrada por"
        (PROSE["es"],
         "La nueva coalición, integrada por la Unión Xandiana de Trabajadores, el Frente "
         "Zetlandés y la Liga Ypsilon, presentó ayer su programa.",
         ["Unión Xandiana de Trabajadores", "Frente Zetlandés", "Liga Ypsilon"]),
    ],
)  # fmt: skip
def test_members_after_a_phrase_for_consisting_of(
    body: str, sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(sentence, body))) == signers


def test_a_name_cut_in_sentence_case_is_no_signer() -> None:
    """Vietnamese writes names in sentence case: where the likeness cannot vouch for a whole name
    after the cue ("ký tên ... bao gồm:", signed ... include), its first word alone is a
    fragment, no signer (a guard: before "ký" was a word of signing, nothing was read here)."""
    body = (
        "Người lao động trong vùng đã đình công ba tuần để phản đối quy định tiền lương mới, và "
        "chính quyền đã đáp lại bằng các vụ bắt giữ và lệnh cấm mọi cuộc họp trên cả nước."
    )
    sentence = (
        "Các tổ chức ký tên trong tuyên bố chung bao gồm: Diễn đàn Xã hội dân sự, Câu lạc bộ "
        "Xuân Zết, và Ban vận động Văn đoàn Ypsilon."
    )
    # no head alone ("Diễn", "Câu", "Ban") and no other fragment: the likeness vouches for none
    assert outside_of(read_text(_text(sentence, body))) == []


#: A relative clause: the unions who signed are members of the bodies named after "are".
_MEMBERS_OF = {
    "en": "The appeal was signed by unions which are members of the Xandian Labour Confederation "
    "and the Zetland Federation of Teachers.",
    "fr": "L’appel a été signé par des syndicats qui sont membres de la Confédération xandienne "
    "du travail et de la Fédération zetlandaise des enseignants.",
}


@pytest.mark.parametrize("language", sorted(_MEMBERS_OF))
def test_a_word_in_lower_case_after_the_naming_word_opens_no_names(language: str) -> None:
    sentence = _MEMBERS_OF[language]
    assert cued_signers(Line(0, 0, len(sentence), sentence)) is None


def test_what_the_signers_are_members_of_signs_nothing() -> None:
    assert outside_of(read_text(_text(_MEMBERS_OF["fr"], PROSE["fr"]))) == []
