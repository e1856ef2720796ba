"""Lines that close a statement with the person who signs, in capitals as a sign-off writes
them, and in brackets the organisation they sign for ("ANA ZETOVA (Xandia Workers' Party)"), a
bracket perhaps inside the organisation's name and the statement's closing quotation mark after
the last: the organisations sign, the persons do not. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text


@pytest.mark.parametrize(
    ("language", "lines", "names"),
    [
        ("en", ["IVAN ZETYAN (Xandia Self-Determination Union)",
                "ANNA YPSILYAN (Democratic Zetland Party)",
                "ARAM XANYAN (Ypsilon (Xanazunner) Party)”"],
         ["Xandia Self-Determination Union", "Democratic Zetland Party",
          "Ypsilon (Xanazunner) Party"]),
        ("es", ["JUAN ZETA (Partido Obrero de Xandia)",
                "MARÍA YPSILÓN (Unión Sindical Zetlandesa)",
                "PEDRO XANTO (Frente Popular (Ypsilon) de Zetlandia)"],
         ["Partido Obrero de Xandia", "Unión Sindical Zetlandesa",
          "Frente Popular (Ypsilon) de Zetlandia"]),
        ("ru", ["ИВАН ЗЕТОВ (Партия труда Ксандии)",
                "АННА ИПСИЛОНОВА (Союз рабочих Зетландии)",
                "ПЁТР КСАНОВ (Движение «Ипсилон»)"],
         ["Партия труда Ксандии", "Союз рабочих Зетландии", "Движение «Ипсилон»"]),
    ],
)  # fmt: skip
def test_the_organisation_in_brackets_after_a_person_in_capitals_signs(
    language: str, lines: list[str], names: list[str]
) -> None:
    text = f"Statement\n\n{PROSE[language]}\n\n“{PROSE[language]}\n" + "\n".join(lines) + "\n"
    assert lists_of(read_text(text)) == [names]


def test_two_abbreviations_before_a_bracket_are_no_person() -> None:
    # "XKP ZWU (...)": capitals of fewer than three letters, or abbreviations, name no person
    text = f"Statement\n\n{PROSE['en']}\n\nSigned:\nXKP ZW (Xandia)\nYP QU (Zetland)\n"
    assert lists_of(read_text(text)) == [["XKP ZW (Xandia)", "YP QU (Zetland)"]]


@pytest.mark.parametrize(
    ("language", "lines", "names"),
    [
        # "Jordan" is also a country's name, "Q." an initial: written as the other persons are
        ("en", ["Jane Roe (XKP)", "Anna Jordan (PTU)", "John Q. Doe (ZTU)", "Mary Smith (XWU)",
                "Peter Brown (ZFU)"],
         ["XKP", "PTU", "ZTU", "XWU", "ZFU"]),
        ("es", ["Ana Zetino (XKP)", "José M. Ypsilón (PTU)", "Lucía Ortega (ZTU)"],
         ["XKP", "PTU", "ZTU"]),
        ("ru", ["Иван Зетов (ПТУ)", "Анна П. Ксанова (ЗКП)", "Пётр Иорданов (КСТ)"],
         ["ПТУ", "ЗКП", "КСТ"]),
    ],
)  # fmt: skip
def test_persons_written_alike_sign_for_the_abbreviations_in_their_brackets(
    language: str, lines: list[str], names: list[str]
) -> None:
    text = f"Statement\n\n{PROSE[language]}\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n"
    assert lists_of(read_text(text)) == [names]


def test_one_person_among_organisations_is_no_pair() -> None:
    # "Jane Roe (XKP Zedtown)" among names of organisations: the person signs, not XKP
    entries = ["Xandia Workers' Union", "Jane Roe (XKP Zedtown)", "Zetland Teachers' Union"]
    text = f"Statement\n\n{PROSE['en']}\n\nSigned:\n" + "\n".join(entries) + "\n"
    assert "XKP Zedtown" not in [name for names in lists_of(read_text(text)) for name in names]


@pytest.mark.parametrize(
    ("language", "lines", "names"),
    [
        ("en", ["Jane Roe (President)", "John Doe (Secretary)", "Anna Smith (Chair)"], []),
        ("en", ["Jane Roe (XKP)", "John Doe (President)", "Anna Smith (PTU)"], [["XKP", "PTU"]]),
        ("es", ["Ana Zetino (XKP)", "José Ypsilón (Secretario general)", "Lucía Ortega (PTU)"],
         [["XKP", "PTU"]]),
        ("de", ["Anna Zetmann (Vorsitzende)", "Peter Xander (Sekretär)", "Eva Ypsler (Sprecherin)"],
         []),
    ],
)  # fmt: skip
def test_a_post_in_brackets_is_no_organisation(
    language: str, lines: list[str], names: list[list[str]]
) -> None:
    text = f"Statement\n\n{PROSE[language]}\n\nSigned:\n" + "\n".join(lines) + "\n"
    assert lists_of(read_text(text)) == names


@pytest.mark.parametrize(
    ("language", "lines", "branch"),
    [
        ("en", ["Jane Roe (XKP)", "John Doe (PTU)", "Xandia Green Party (Zedtown branch)"],
         "Zedtown branch"),
        ("es", ["Ana Zetino (XKP)", "Lucía Ortega (PTU)", "Partido Verde Xandiano (Zedville)"],
         "Zedville"),
    ],
)  # fmt: skip
def test_an_organisation_among_persons_keeps_its_name_not_its_branch(
    language: str, lines: list[str], branch: str
) -> None:
    # the organisation's name has a type word: no person's, whatever its words' capitals
    text = f"Statement\n\n{PROSE[language]}\n\nSigned:\n" + "\n".join(lines) + "\n"
    (entries,) = lists_of(read_text(text))
    assert branch not in entries
    assert lines[-1] in entries
