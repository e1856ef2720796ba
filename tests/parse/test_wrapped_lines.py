"""Paragraphs the page hard-wrapped: running text that names organisations over several lines is
no list, a name broken over two lines of a list is one entry, and an enumeration after a cue
wrapped over lines is read whole. Names are made up."""

from __future__ import annotations

import textwrap

import pytest

from kzld.parse.text import split_lines
from kzld.parse.wrapping import logical_lines

from .prose import PROSE
from .reading import lists_of, read_text

#: A sentence of running text naming four organisations, in five languages.
ATTENDING = {
    "en": "Attending the meeting were the X Party of Britain, the Workers' Party of Xandia, the "
    "Communist Party of Zetland and the Ypsiland Labour Union, who discussed the situation of "
    "the working class and the rise of prices.",
    "es": "Asistieron a la reunión el Partido Comunista de Xandia, la Unión de la Juventud de "
    "Zetlandia, el Frente Popular de Ypsilandia y el Movimiento Obrero de Omegalandia, que "
    "debatieron la situación de la clase obrera y la subida de los precios.",
    "de": "An dem Treffen nahmen die Kommunistische Partei Xandiens, der Bund der Arbeiterjugend "
    "von Zetland, die Volksfront Ypsilands und die Sozialistische Liga Omegalands teil, die über "
    "die Lage der Arbeiterklasse und die steigenden Preise berieten.",
    "el": "Στη συνάντηση συμμετείχαν το Κομμουνιστικό Κόμμα της Ξάνιας, η Ένωση Νεολαίας της "
    "Ζετλανδίας, το Λαϊκό Μέτωπο της Υψιλάνδης και η Σοσιαλιστική Ένωση της Ωμεγαλάνδης, που "
    "συζήτησαν την κατάσταση της εργατικής τάξης και την άνοδο των τιμών.",
    "ru": "Во встрече приняли участие Коммунистическая партия Ксании, Союз молодёжи Зетландии, "
    "Народный фронт Ипсиландии и Социалистическая лига Омегаландии, которые обсудили положение "
    "рабочего класса и рост цен.",
}


@pytest.mark.parametrize("language", sorted(ATTENDING))
@pytest.mark.parametrize("width", [50, 60, 70, 80])
@pytest.mark.parametrize("last", [True, False])
def test_running_text_wrapped_over_lines_is_no_list(language: str, width: int, last: bool) -> None:
    wrapped = "\n".join(textwrap.wrap(ATTENDING[language], width))
    after = "" if last else f"\n{PROSE[language]}\n"
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{wrapped}\n{after}")
    assert lists_of(document) == []


#: A list with one name broken over two lines, in three languages.
BROKEN = {
    "en": ("Signatories:", ["Communist Party of", "Xandia"], ["Workers' Party of Zetland"]),
    "es": (
        "Firmantes:",
        ["Partido Comunista de los", "Trabajadores de Xandia"],
        ["Unión de Juventudes de Zetlandia"],
    ),
    "el": ("Υπογράφουν:", ["Κομμουνιστικό Κόμμα της", "Ξάνιας"], ["Εργατικό Κόμμα Ζετλανδίας"]),
}


@pytest.mark.parametrize("language", sorted(BROKEN))
@pytest.mark.parametrize(("marker", "next_marker"), [("- ", "- "), ("", ""), ("1. ", "2. ")])
def test_a_name_broken_over_two_lines_of_a_list_is_one_entry(
    language: str, marker: str, next_marker: str
) -> None:
    heading, (first, rest), others = BROKEN[language]
    indent = " " * len(marker)
    lines = [heading, marker + first, indent + rest, *(next_marker + name for name in others)]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [[f"{first} {rest}", *others]]


#: An enumeration after a cue, wrapped over lines: the cue, the names, how it is wrapped.
ENUMERATIONS = {
    "en": (
        "The parties that signed the declaration:",
        ["X Party of Britain", "Workers' Party of Xandia", "Communist Party of Zetland"],
        "the {}, the {} and the {}.",
    ),
    "es": (
        "Firman la declaración los siguientes partidos:",
        [
            "Partido Comunista de Xandia",
            "Unión de la Juventud de Zetlandia",
            "Frente Popular de Ypsilandia",
        ],
        "el {}, la {} y el {}.",
    ),
    "ru": (
        "Заявление подписали следующие партии:",
        ["Коммунистическая партия Ксании", "Союз молодёжи Зетландии", "Народный фронт Ипсиландии"],
        "{}, {} и {}.",
    ),
}


@pytest.mark.parametrize("language", sorted(ENUMERATIONS))
@pytest.mark.parametrize("width", [30, 45, 60])
def test_an_enumeration_wrapped_over_lines_is_read_whole(language: str, width: int) -> None:
    cue, names, form = ENUMERATIONS[language]
    wrapped = "\n".join(textwrap.wrap(form.format(*names), width))
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{cue}\n{wrapped}\n")
    assert lists_of(document) == [names]


@pytest.mark.parametrize(
    ("heading", "first", "second"),
    [
        ("Signatories:", "X Party of Britain, Workers' Party of Xandia,", "Ypsiland Union."),
        (
            "Firmantes:",
            "Partido Comunista de Xandia, Unión de Juventudes de Zetlandia,",
            "Frente Popular de Ypsilandia.",
        ),
        (
            "Unterzeichner:",
            "Kommunistische Partei Xandiens, Bund der Arbeiterjugend Zetlands,",
            "Volksfront Ypsilands.",
        ),
    ],
)
def test_an_enumeration_whose_line_ends_on_a_comma_goes_on(
    heading: str, first: str, second: str
) -> None:
    document = read_text(f"Title\n\n{PROSE['en']}\n\n{heading}\n{first}\n{second}\n")
    names = [n.strip() for n in f"{first} {second}".rstrip(".").split(",")]
    assert lists_of(document) == [names]


@pytest.mark.parametrize(
    "entries",
    [
        ["la CGT", "la FSU", "la Confédération X"],  # entries opening alike in lower case
        # names of nearly one length, opening with capitals: no wrapped sentence
        [
            "Communist Party of the Xandian Federation",
            "Communist Party of the Peoples of Zetland",
            "Socialist Workers' Party of Ypsiland",
        ],
        ["Partido Comunista de Xandia", "de Groene Partij Zetland"],  # no full line
    ],
)
def test_the_lines_of_a_list_stay_apart(entries: list[str]) -> None:
    lines = split_lines("\n".join(entries) + "\n")
    assert [line.content for line in logical_lines(lines, set()).lines[:-1]] == entries


def test_a_joined_line_keeps_the_offsets_of_the_text() -> None:
    text = "Title\n\nThe X Party of Britain and the\n   Workers' Party of Xandia met.\n"
    logical = logical_lines(split_lines(text), set())
    joined = logical.lines[2]
    assert joined.content == "The X Party of Britain and the    Workers' Party of Xandia met."
    assert text[joined.start : joined.end].replace("\n", " ") == joined.content
    assert logical.pages({2}) == {2, 3}


#: A numbered list one of whose items the page wrapped after a whole word, in three languages
#: and three scripts: the heading, the names before it, the wrapped name's two lines, the names
#: after it.
WRAPPED_ITEMS = {
    "de": (
        "Unterzeichnende Organisationen:",
        ["Arbeiterpartei Xandiens", "Lehrergewerkschaft Zetland"],
        ("Mieterbund", "Zedstadt"),
        ["Jugendverband Zetland", "XKP"],
    ),
    "ru": (
        "Заявление подписали:",
        ["Рабочая партия Ксании", "Союз учителей Зетландии"],
        ("Федерация арендаторов", "Зетграда"),
        ["Ассоциация молодёжи Зетландии", "XKP"],
    ),
    "el": (
        "Υπογράφουν:",
        ["Εργατικό Κόμμα Ξάνιας", "Ένωση Εκπαιδευτικών Ζετλανδίας"],
        ("Ομοσπονδία Ενοικιαστών", "Ζέτπολης"),
        ["Σύλλογος Νέων Ζετλανδίας", "XKP"],
    ),
}


def _numbered(names: list[str], start: int) -> list[str]:
    """``names`` as a numbered list's lines, the first numbered ``start``."""
    return [f"{start + k}. {name}" for k, name in enumerate(names)]


@pytest.mark.parametrize("language", sorted(WRAPPED_ITEMS))
def test_a_numbered_item_wrapped_after_a_whole_word_is_one_entry(language: str) -> None:
    heading, before, (first, rest), after = WRAPPED_ITEMS[language]
    at = len(before) + 1
    lines = [
        heading,
        "",
        *_numbered(before, 1),
        f"{at}. {first}",
        rest,
        *_numbered(after, at + 1),
    ]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [[*before, f"{first} {rest}", *after]]


@pytest.mark.parametrize("language", sorted(WRAPPED_ITEMS))
def test_a_line_under_a_numbered_item_that_no_next_number_follows_is_none_of_it(
    language: str,
) -> None:
    heading, before, (first, rest), _ = WRAPPED_ITEMS[language]
    names = [*before, first]
    # under the last item: nothing numbered after it says the list goes on past that line
    lines = [heading, "", *_numbered(names, 1), rest]
    logical = logical_lines(split_lines("\n".join(lines) + "\n"), set())
    assert [line.content for line in logical.lines][:-1] == lines
    # a number out of turn after it ("3." / line / "7."): no item of this list wrapped there
    lines = [*_numbered(names, 1), rest, f"{len(names) + 5}. XKP"]
    logical = logical_lines(split_lines("\n".join(lines) + "\n"), set())
    assert len(logical.lines) == len(lines) + 1  # (the empty line after the last line break)


def test_logical_lines_are_worked_out_once_for_a_texts_lines_and_furniture() -> None:
    lines = split_lines(
        "Menu | News\nThe plan was backed on Monday by the Workers' Party of\nXandia and the "
        "Zetland Labour Union.\n"
    )
    first = logical_lines(lines, {0})
    assert logical_lines(lines, {0}) is first
    assert [line.content for line in first.paragraphs()] == [
        "The plan was backed on Monday by the Workers' Party of Xandia and the Zetland Labour "
        "Union."
    ]
    # other furniture, or other lines alike, are read afresh
    other = logical_lines(lines, set())
    assert other is not first
    assert len(other.paragraphs()) == 2
    again = split_lines("Menu | News\n")
    assert logical_lines(again, {0}).paragraphs() == []
