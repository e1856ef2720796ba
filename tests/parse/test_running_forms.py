"""Names in running sentences by their form (issue 18): an editor's gloss in square brackets
after a name is none of its words, and a person joined by "and" to the end of a name that an "on
behalf of" phrase follows speaks for the next organisation. Names are made up ("Xandia",
"Zetland").
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


def _text(lead: str, body: str = PROSE["en"]) -> str:
    return f"Xandia news\n\n{body}\n\n{lead}\n\n{body}\n"


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        ("The statement was signed by the XCU [Xandia Congress of Unions], the ZFL [Zetland "
         "Federation of Labour] and the Workers' Party of Xandia.",
         ["XCU", "ZFL", "Workers' Party of Xandia"]),
        ("Die Erklärung unterzeichneten der XGB [Xandischer Gewerkschaftsbund], die ZLP "
         "[Zetländische Linkspartei] und die Partei der Arbeit Xandiens.",
         ["XGB", "ZLP", "Partei der Arbeit Xandiens"]),
        ("Заявление подписали КПК [Коммунистическая партия Ксании], ПЗ [Профсоюз Зетландии] и "
         "Ксанийский союз молодёжи.",
         ["КПК", "ПЗ", "Ксанийский союз молодёжи"]),
    ],
)  # fmt: skip
def test_a_gloss_in_square_brackets_is_no_part_of_the_name(lead: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(lead))) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Malay: "mewakili" (representing) after each person
        ("Perjanjian ini ditandatangani oleh Datuk Ali Zet mewakili PKX, Budi Ypsil mewakili DAZ "
         "dan Citra Xan mewakili Parti Amanah Xandia.",
         ["PKX", "DAZ", "Parti Amanah Xandia"]),
        ("The agreement was signed by Ann Zet on behalf of the XPP, Bo Ypsil on behalf of the "
         "Zetland Workers Union and Cy Xan on behalf of the XYZ.",
         ["XPP", "Zetland Workers Union", "XYZ"]),
        ("El acuerdo fue firmado por Ana Zet en nombre del PTX, Bo Ypsil en nombre de la Unión "
         "Zetlandesa y Cy Xan en nombre de XYZ.",
         ["PTX", "Unión Zetlandesa", "XYZ"]),
        # a word for "and" with a diacritic or a capital is a word for "and" all the same
        ("Угоду підписали Анна Зет від імені Партії Ксанії й Іван Іпсил від імені Спілки "
         "Зетландії.",
         ["Партії Ксанії", "Спілки Зетландії"]),
        ("The pact was signed by Ann Zet on behalf of the XANDIA WORKERS PARTY AND Bo Ypsil on "
         "behalf of the ZETLAND UNION.",
         ["XANDIA WORKERS PARTY", "ZETLAND UNION"]),
    ],
)  # fmt: skip
def test_each_person_speaks_for_the_organisation_after_them(lead: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(lead))) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        ("Segundo a nota, as Centrais Sindicais XCT, YGT e ZNT assinaram o manifesto pela "
         "democracia.",
         ["XCT", "YGT", "ZNT"]),
        ("Selon le communiqué, les Centrales Syndicales XCT, YGT et ZNT ont signé le manifeste.",
         ["XCT", "YGT", "ZNT"]),
        ("Laut Mitteilung haben die Gewerkschaften Xandias XGB, ZLB und YDB den Aufruf "
         "unterzeichnet.",
         ["XGB", "ZLB", "YDB"]),
    ],
)  # fmt: skip
def test_a_capitalised_group_word_before_the_first_abbreviation_is_its_kind(
    lead: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(lead))) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        ("The Xandia Party and the Zetland Union signed a joint statement on the XU \"Zeta "
         "Deal\" and the YN \"Xandia Pact\".",
         ["Xandia Party", "Zetland Union"]),
        ("Партия \"Ксания\" и партия \"Зетланд\" подписали заявление о КС \"Зетский курс\" и "
         "ЗОН \"Ксанийский пакт\".",
         ["Ксания", "Зетланд"]),
        ("Die Partei \"Xandia\" und die Partei \"Zetland\" unterzeichneten eine Erklärung über "
         "die XU \"Zeta Deal\" und die YN \"Xandiapakt\".",
         ["Xandia", "Zetland"]),
    ],
)  # fmt: skip
def test_names_after_a_word_for_what_the_statement_is_about_sign_nothing(
    lead: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(lead))) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Danish and Norwegian "at" is "that", not the English "at": the names after it sign
        ("Vi glæder os over at Xandias Kommunistiske Parti og Zetlands Arbejderparti har "
         "underskrevet erklæringen.",
         ["Xandias Kommunistiske Parti", "Zetlands Arbejderparti"]),
        ("Vi gleder oss over at Xandias Kommunistiske Parti og Zetlands Arbeiderparti har "
         "undertegnet erklæringen.",
         ["Xandias Kommunistiske Parti", "Zetlands Arbeiderparti"]),
    ],
)  # fmt: skip
def test_a_word_for_that_is_no_word_for_what_a_statement_is_about(
    lead: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(lead))) == signers
