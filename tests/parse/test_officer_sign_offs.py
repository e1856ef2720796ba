"""A letter's sign-off that names an organisation through its officer, one part a line: the
person's name, the post alone, the organisation ("Name Surname" / "elnök" / "XKP"). The
organisation signs; the person and the post are no signers. Under a strong cue ("Signed:"),
after a valediction and a dateline with no cue, and where other readers leave the text to its
closing lines. An addressee's lines at the top, and a person whose line names no post, sign
nothing. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import is_post
from kzld.parse.running import without_case_ending
from kzld.parse.signatories.pairs import officer

from .prose import PROSE
from .reading import lists_of, outside_of, read_text, skipped_of

#: Each case: the language of the argument, the lines under it, the signers they name, and the
#: lines of persons and posts the reader sets aside.
CASES = {
    "hu": (
        "hu",
        "Zedváros, 2024. március 12.\nSzolidaritással!\nKovács Anna\nelnök\nXKSZ\n",
        ["XKSZ"],
    ),
    "ru": (
        "ru",
        "Подписано:\n\nИван Петров\nпредседатель\nПрофсоюз учителей Зетландии\n",
        ["Профсоюз учителей Зетландии"],
    ),
    "en": (
        "en",
        "Signed:\n\nJane Roe\nGeneral Secretary\nXandia Workers' Union\n\n"
        "John Doe\nPresident\nZetland Teachers' Union\n",
        ["Xandia Workers' Union", "Zetland Teachers' Union"],
    ),
    "el": (
        "el",
        "Υπογραφή:\n\nΜαρία Παπαδάκη\nΠρόεδρος\nΣωματείο Εργαζομένων Ξάνδιας\n",
        ["Σωματείο Εργαζομένων Ξάνδιας"],
    ),
}


def _signers(text: str) -> list[str]:
    document = read_text(text)
    return [name for names in lists_of(document) for name in names] + outside_of(document)


def _text(language: str, closing: str) -> str:
    argument = PROSE[language]
    return f"Statement\n\n{argument}\n\n{argument}\n\n{closing}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_officers_sign_off_is_signed_by_the_organisation(case: str) -> None:
    language, closing, signers = CASES[case]
    assert _signers(_text(language, closing)) == signers


def test_the_person_and_the_post_are_set_aside() -> None:
    language, closing, _ = CASES["en"]
    skipped = skipped_of(read_text(_text(language, closing)))
    assert ("Jane Roe", "person") in skipped
    assert ("General Secretary", "person") in skipped


def test_an_officer_reads_the_organisation_and_where_it_starts() -> None:
    assert officer(["Kovács Anna", "elnök", "  XKSZ"]) == (3, 2, "XKSZ")
    assert officer(["Jane Roe", "General Secretary of the XKP"]) == (2, 25, "XKP")


@pytest.mark.parametrize(
    "lines",
    [
        ["Jane Roe", "Xandia Workers' Union"],  # no post between the person and the name
        ["Jane Roe", "member", "Xandia Workers' Union"],  # a post that speaks for no one
        ["Xandia Workers' Union", "President", "Zetland Teachers' Union"],  # no person first
        ["Jane Roe", "President", "Read more about the strike and the talks."],  # no name
        ["Jane Roe", "President", "Zedtown"],  # the town the letter is signed in
        ["Kovács Anna", "elnök", "Zedváros"],
        ["Jane Roe", "Chair", "John Doe"],  # the next person's name
    ],
)
def test_lines_of_no_officer_name_no_organisation(lines: list[str]) -> None:
    assert officer(lines) is None


def test_an_addressees_lines_above_the_text_sign_nothing() -> None:
    text = (
        "Szanowna Pani\nAnna Kowalska\nPrzewodnicząca\nZwiązek Nauczycieli Zetlandii\n\n"
        f"Apel\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    )
    assert "Związek Nauczycieli Zetlandii" not in _signers(text)


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        ("en", "In solidarity,\n\nJane Roe\nPresident\nZedtown\n"),
        ("hu", "Szolidaritással!\nKovács Anna\nelnök\nZedváros\n"),
    ],
)
def test_a_place_under_an_officers_post_signs_nothing(language: str, closing: str) -> None:
    argument = f"{PROSE[language]} {PROSE[language]}"
    assert _signers(f"Statement\n\n{argument}\n\n{argument}\n\n{closing}") == []


#: An officer's sign-off in languages whose post words the data gives: the person, the post
#: alone, the organisation.
POSTS = {
    "ro": ["Ion Zetescu", "Președinte", "Federația Sindicatelor din Xandia"],
    "da": ["Jens Zetsen", "Formand", "Xandias Lærerforbund"],
    "sw": ["Juma Zeti", "Mwenyekiti", "Chama cha Walimu Xandia"],
    "cy": ["Gwen Zetws", "Llywydd", "Undeb Athrawon Xandia"],
    "eu": ["Miren Zetaola", "Lehendakaria", "Xandiako Langileen Batasuna"],
    "mk": ["Иван Зетовски", "Претседател", "Сојуз на учители на Ксандија"],
    "be": ["Іван Зетаў", "Старшыня", "Саюз настаўнікаў Ксандыі"],
    "hu": ["Anna Zetes", "főtitkár", "Xandiai Tanárok Szakszervezete"],
    "et": ["Mari Zetmaa", "peasekretär", "Xandia Õpetajate Liit"],
}


@pytest.mark.parametrize("language", sorted(POSTS))
def test_a_post_of_the_language_reads_the_organisation(language: str) -> None:
    lines = POSTS[language]
    assert officer(lines) == (3, 0, lines[2])


@pytest.mark.parametrize(
    "post",
    ["위원장", "사무총장", "പ്രസിഡന്റ്", "ജനറൽ സെക്രട്ടറി", "თავმჯდომარე", "अध्यक्ष", "महासचिव",
     "সভাপতি", "అధ్యక్షుడు", "دبیرکل", "سیکرٹری جنرل", "المنسق العام", "Chủ tịch",
     "Tổng Bí thư", "Coordenadora", "Secretaris-generaal", "Руководитель", "Cathaoirleach",
     "Kalihim", "Katibu Mkuu", "Setiausaha Agung", "Secretari general"],
)  # fmt: skip
def test_a_post_in_a_script_or_language_of_the_data_is_a_post(post: str) -> None:
    assert is_post(post)


def test_a_secretariat_is_no_secretary() -> None:
    # "സെക്രട്ടറിയേറ്റ്" (the secretariat, a place): the post is "ജനറൽ സെക്രട്ടറി", two words
    assert not is_post("സെക്രട്ടറിയേറ്റ്")


#: Lines that give an organisation's post and name, then after a dash the person who holds it.
POST_FIRST = {
    "ro": (["PREȘEDINTE XKP - Ion Zetescu", "PREȘEDINTE PTU - Ana Zetescu"], ["XKP", "PTU"]),
    "en": (
        ["President of the XKP – Jane Roe", "General Secretary of the PTU – John Doe"],
        ["XKP", "PTU"],
    ),
    "ru": (
        ["Председатель ПТУ – Иван Петров", "Председатель Союза учителей Ксандии – Анна Зетова"],
        ["ПТУ", "Союза учителей Ксандии"],
    ),
}


@pytest.mark.parametrize("language", sorted(POST_FIRST))
def test_a_post_and_its_organisation_before_a_dash_and_a_person_sign(language: str) -> None:
    lines, signers = POST_FIRST[language]
    argument = PROSE.get(language, PROSE["en"])
    text = f"Statement\n\n{argument}\n\n{argument}\n\n" + "\n".join(lines) + "\n"
    assert _signers(text) == signers


#: A sentence of a signing that names each organisation with a case ending after an apostrophe
#: or a colon, through the post and the name of the person who signs for it.
POSSESSIVE = {
    "en": "The XKP's chairman Jane Roe and the PTU's chairman John Doe signed the joint "
    "statement on Monday.",
    "fi": "XKP:n puheenjohtaja Matti Virtanen ja PTU:n puheenjohtaja Anna Korhonen "
    "allekirjoittivat yhteisen julkilausuman.",
    "sv": "XKP:s ordförande Anna Svensson och PTU:s ordförande Erik Berg undertecknade det "
    "gemensamma uttalandet.",
}


@pytest.mark.parametrize("language", sorted(POSSESSIVE))
def test_the_case_ending_of_an_officers_organisation_is_no_part_of_its_name(
    language: str,
) -> None:
    argument = PROSE.get(language, PROSE["en"])
    text = f"Statement\n\n{POSSESSIVE[language]}\n\n{argument}\n\n{argument}\n"
    assert outside_of(read_text(text)) == ["XKP", "PTU"]


@pytest.mark.parametrize(
    ("name", "bare"),
    [("XKP:n", "XKP"), ("XKP's", "XKP"), ("Zetland Partisi'nin", "Zetland Partisi"),
     ("Zetland:s", "Zetland:s"), ("Workers' Party", "Workers' Party")],
)  # fmt: skip
def test_a_case_ending_after_a_colon_is_cut_off_an_abbreviation_only(name: str, bare: str) -> None:
    assert without_case_ending(name) == bare


#: A sentence of a signing that names each person, then after a comma their post and the
#: organisation it is of.
PERSON_FIRST = {
    "en": (
        "The note was signed by Jane Roe, president of the Xandia Workers' Union, John Doe, "
        "president of the Zetland Teachers' Union, and Mary Smith, general secretary of the "
        "Xandia Nurses' Federation.",
        ["Xandia Workers' Union", "Zetland Teachers' Union", "Xandia Nurses' Federation"],
    ),
    "pt": (
        "A nota foi assinada por Ana Zeta, presidente da Central Xandia, João Ypsilon, "
        "presidente da União Zetland, e Maria Xis, presidente da Frente Sindical Xandia.",
        ["Central Xandia", "União Zetland", "Frente Sindical Xandia"],
    ),
    "el": (
        "Την ανακοίνωση υπέγραψαν η Μαρία Παπαδάκη, πρόεδρος του ΠΤΥ, και ο Γιάννης Ζέτας, "
        "πρόεδρος του ΞΚΚ.",
        ["ΠΤΥ", "ΞΚΚ"],
    ),
}


@pytest.mark.parametrize("language", sorted(PERSON_FIRST))
def test_persons_then_their_posts_in_a_sentence_name_the_organisations(language: str) -> None:
    sentence, signers = PERSON_FIRST[language]
    argument = PROSE[language] if language in PROSE else PROSE["en"]
    text = f"Statement\n\n{argument}\n\n{sentence}\n\n{argument}\n"
    assert outside_of(read_text(text)) == signers


def test_a_person_glued_to_the_pair_before_signs_for_that_one() -> None:
    sentence = (
        "The agreement was signed by president of the Xandia Union Ivo Ypsil, president of the "
        "Zetland Party Ana Zet and chair of the Zetland Teachers' Union John Doe."
    )
    text = f"Statement\n\n{sentence}\n\n{PROSE['en']}\n"
    assert outside_of(read_text(text)) == [
        "Xandia Union",
        "Zetland Party",
        "Zetland Teachers' Union",
    ]


@pytest.mark.parametrize(
    ("language", "cue", "lines"),
    [
        ("en", "Signed:", ["Jane Roe", "President", "John Doe", "General Secretary"]),
        ("de", "Unterzeichner:", ["Anna Zetmann", "Vorsitzende", "Peter Xander", "Sekretär"]),
        ("es", "Firman:", ["Ana Zetino", "Presidenta", "José Ypsilón", "Secretario general"]),
    ],
)
def test_persons_and_their_posts_alone_name_no_signer(
    language: str, cue: str, lines: list[str]
) -> None:
    """Each person's name, then their post on the line under it, and no organisation: the
    persons sign for none the list names, and neither names nor posts are signers."""
    text = f"Statement\n\n{PROSE[language]}\n\n{cue}\n" + "\n".join(lines) + "\n"
    assert _signers(text) == []
    assert [name for name, reason in skipped_of(read_text(text)) if reason == "person"] == lines
