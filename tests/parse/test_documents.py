"""The reader on documents in layouts and languages the seeds do not use, and on bad input."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from kzld.errors import InputError, ParseError
from kzld.parse import read_bytes, read_file

DATA = Path(__file__).parents[1] / "data" / "documents"


@pytest.mark.parametrize(
    ("name", "language", "genre", "created", "place", "sections"),
    [
        (
            "es_declaracion", "es", "joint-statement", date(2023, 3, 12), "Madrid",
            [("Firmantes", 4)],
        ),
        ("fr_resolution", "fr", "resolution", date(2021, 3, 3), "Paris", [("Signataires", 4)]),
        ("pt_declaracao", "pt", "declaration", date(2022, 5, 5), "Lisboa", [("Signatários", 3)]),
        ("ru_zayavlenie", "ru", "joint-statement", date(2021, 11, 7), "Москва", [("Подписали", 4)]),
        (
            "en_two_lists", "en", "joint-statement", date(2024, 5, 1), "London",
            [("Parties", 3), ("Youth organisations", 2)],
        ),
        ("en_crlf_bom", "en", "statement", None, None, [("The statement is signed by", 2)]),
        ("it_comunicato", "it", "statement", date(2023, 2, 14), "Roma", []),
        (
            "de_plain_list", "de", "joint-statement", date(2023, 10, 2), "Berlin",
            [("Unterzeichner", 3)],
        ),
    ],
)  # fmt: skip
def test_document(
    name: str,
    language: str,
    genre: str,
    created: date | None,
    place: str | None,
    sections: list[tuple[str, int]],
) -> None:
    document = read_file(DATA / f"{name}.txt")
    assert document.languages == (language,)
    assert document.genre == genre
    assert (document.created.date if document.created else None) == created
    assert (document.created.place if document.created else None) == place
    assert [(s.heading, len(s.entries)) for s in document.sections] == sections


def test_two_lists_share_as_of_and_count_more() -> None:
    document = read_file(DATA / "en_two_lists.txt")
    assert [s.as_of for s in document.sections] == [date(2024, 5, 3)] * 2
    assert [s.more_stated for s in document.sections] == [None, 12]
    zambia = document.sections[0].entries[2]
    assert (zambia.name, zambia.abbreviation) == ("Socialist Party of Zambia", "SPZ")
    greece = document.sections[1].entries[1]
    assert (greece.name, greece.country_hint) == ("Communist Youth of Greece", "Greece")


def test_unmarked_list_counts_more() -> None:
    section = read_file(DATA / "de_plain_list.txt").sections[0]
    assert section.more_stated == 5
    assert [(e.name, e.abbreviation, e.country_hint) for e in section.entries] == [
        ("Mieterbund Nord", None, None),
        ("Solidarische Nachbarschaft", "SoNa", None),
        ("Linke Jugend", None, "Österreich"),
    ]


def test_inline_list_splits_with_countries() -> None:
    entries = read_file(DATA / "fr_resolution.txt").sections[0].entries
    assert [(e.name, e.abbreviation, e.country_hint) for e in entries] == [
        ("Parti Communiste Révolutionnaire de France", "PCRF", None),
        ("Union Communiste", None, "Belgique"),
        ("Parti du Travail de Suisse", None, None),
        ("Organisation Ouvrière", None, "Tunisie"),
    ]


def test_cyrillic_abbreviation_and_gloss() -> None:
    entry = read_file(DATA / "ru_zayavlenie.txt").sections[0].entries[1]
    assert (entry.name, entry.abbreviation, entry.gloss) == (
        "Коммунистическая партия Украины",
        "КПУ",
        "Communist Party of Ukraine",
    )


def test_crlf_and_bom_are_normalised() -> None:
    document = read_file(DATA / "en_crlf_bom.txt")
    assert "\r" not in document.text
    assert not document.text.startswith("\ufeff")
    assert document.versions[0].title == "Statement on the dockers' strike"
    assert document.sections[0].entries[1].country_hint == "Kenya"


def test_empty_file_is_refused() -> None:
    # an empty statement would fail the shapes and so the whole build; refused, the others build
    with pytest.raises(InputError, match=r"^empty\.txt: the file is empty"):
        read_bytes("empty.txt", b"")


def test_binary_is_refused() -> None:
    with pytest.raises(
        InputError, match=r"^image\.png: binary data, not text \(NUL byte at byte 4\)"
    ):
        read_bytes("image.png", b"\x89PNG\x00\x01\x02")


def test_latin1_is_refused_with_byte_offset() -> None:
    with pytest.raises(InputError, match=r"^old\.txt:2: not UTF-8 text \(byte 10\)"):
        read_bytes("old.txt", "Titel\nErklärung".encode("latin-1"))


def test_utf16_with_bom_is_read() -> None:
    data = codecs.BOM_UTF16_LE + "Déclaration\n\nLe texte est court.\n".encode("utf-16-le")
    document = read_bytes("utf16.txt", data)
    assert document.text == "Déclaration\n\nLe texte est court.\n"
    assert document.versions[0].title == "Déclaration"


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nothing\.txt: cannot read the file"):
        read_file(tmp_path / "nothing.txt")


def test_short_foreign_quote_does_not_split_a_version() -> None:
    document = read_file(DATA / "en_quote_then_tr.txt")
    assert document.languages == ("en", "tr")
    assert [v.title for v in document.versions] == [
        "Statement of solidarity with the striking miners",
        "Grevdeki madencilerle dayanışma açıklaması",
    ]
    assert [len(v.paragraphs) for v in document.versions] == [3, 2]
    assert document.created is not None
    assert (document.created.date, document.created.place) == (date(2024, 3, 3), "İstanbul")


@pytest.mark.parametrize(
    "data",
    [b"@@@ ### 123 !!!", b"1.\n2.\n3.\n", b"Signatories:\n\n", b'{"json": true}\n'],
    ids=["symbols", "bare-markers", "heading-only", "json"],
)
def test_text_without_structure_is_an_empty_valid_record(data: bytes) -> None:
    document = read_bytes("odd.txt", data)
    assert document.sections == ()
    assert document.created is None and document.published is None
    assert document.languages in ((), ("und",))  # too little text to detect a language
    assert document.genre == "statement"


def test_a_text_of_only_whitespace_is_refused_naming_the_file() -> None:
    with pytest.raises(ParseError, match=r"^blank\.txt: the file is empty"):
        read_bytes("blank.txt", b"   \n\n\t\n")


PROSE = b"Solidarity with the dockers\n\nWe stand with the striking dockers of the port.\n\n"


def test_a_list_of_only_a_count_keeps_the_count() -> None:
    document = read_bytes("count.txt", PROSE + b"Signed by:\n- (and 12 more)\n")
    assert [(s.heading, s.entries, s.more_stated) for s in document.sections] == [
        ("Signed by", (), 12)
    ]


def test_an_empty_item_names_no_one() -> None:
    section = read_bytes("gap.txt", PROSE + b"Signatories:\n1. \n2. Peasant League\n").sections[0]
    assert [(e.position, e.raw) for e in section.entries] == [(1, "Peasant League")]
