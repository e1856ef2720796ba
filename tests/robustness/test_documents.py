"""Bad documents: every odd text converts correctly or is refused with a message naming the file.

Encodings (UTF-8 with and without BOM, UTF-16 with and without BOM, Latin-1), line ends, control
characters, scripts, sizes up to and over the limits of :mod:`kzld.limits`, and a folder with bad
texts in it built through the CLI: the bad ones are reported, the others still build, ``--strict``
stops at the first, and no run shows a traceback.
"""

from __future__ import annotations

import codecs
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

from kzld.cli import main
from kzld.errors import InputError
from kzld.limits import MAX_LINE_CHARS, MAX_TEXT_BYTES
from kzld.parse import read_bytes, read_file
from kzld.rdf.namespaces import KZLD

#: A guard against a reading that hangs or grows quadratically, not a speed target: a list of
#: 10,000 entries takes about 18 s of CPU (1.8 ms an entry), a minute on a busy machine.
pytestmark = pytest.mark.timeout(240)

HEAD = (
    "Joint statement against repression\n\n"
    "We, the undersigned parties, condemn the repression of the striking oil workers.\n\n"
    "Signed by:\n"
)


def statement(*names: str) -> str:
    """A small statement whose numbered signatory list holds ``names``."""
    return HEAD + "".join(f"{n}. {name}\n" for n, name in enumerate(names, start=1))


PLAIN = statement("Workers Party of Lakeland", "Green Union of Lakes")
NAMES = ["Workers Party of Lakeland", "Green Union of Lakes"]


def names_read(data: bytes, name: str = "doc.txt") -> list[str]:
    document = read_bytes(name, data)
    assert "\r" not in document.text
    for section in document.sections:
        for entry in section.entries:  # every entry points at its own text
            assert document.text[entry.span.start : entry.span.end] == entry.raw
    return [entry.name for section in document.sections for entry in section.entries]


ENCODED: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16 LE BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16 BE BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16 LE, no BOM": lambda t: t.encode("utf-16-le"),
    "utf-16 BE, no BOM": lambda t: t.encode("utf-16-be"),
    "CRLF": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "CR": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "BOM + CRLF": lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("encoding", ENCODED)
def test_encodings_and_line_ends_read_the_same(encoding: str) -> None:
    data = ENCODED[encoding](PLAIN)
    assert names_read(data) == NAMES
    assert read_bytes("doc.txt", data).text == PLAIN


@pytest.mark.parametrize(
    "names",
    [
        pytest.param(["Партия труда", "Κομμουνιστικό Κόμμα", "日本共産党"], id="mixed scripts"),
        pytest.param(["الحزب الشيوعي", "\u200fמפלגה קומוניסטית\u200e"], id="right-to-left"),
        pytest.param(
            ['Party <of> "Labour"', "Union {of} Lakes", "Front  of   Spaces"], id="IRI-illegal"
        ),
        pytest.param(["Party\x07 of\x1b Labour", "Union\x0b of Lakes"], id="control characters"),
        pytest.param(["Cafe\u0301 Workers", "Zw\u00f6lf"], id="decomposed accents"),
    ],
)
def test_odd_names_are_read_verbatim(names: list[str]) -> None:
    import unicodedata

    expected = [" ".join(unicodedata.normalize("NFC", n).split()) for n in names]
    assert names_read(statement(*names).encode("utf-8")) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b" \n\t\r\n", "the file is empty", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text", id="binary"),
        pytest.param(b"\x00\x01\x02\x03", "binary data, not text", id="NULs at both parities"),
        pytest.param(
            statement("Partí Obrero", "Unión").encode("latin-1"), "not UTF-8 text", id="latin-1"
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "not UTF-16 text", id="utf-16 lone surrogate"
        ),
        pytest.param(
            b"Signed by:\n1. Workers Party\n2. Green Union\n",
            "no statement text found",
            id="only a list",
        ),
    ],
)
def test_bad_texts_are_refused_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read_bytes("bad.txt", data)
    assert str(caught.value).startswith("bad.txt")
    assert reason in str(caught.value)


def test_latin1_error_names_the_line() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes("bad.txt", statement("Workers", "Partí Obrero").encode("latin-1"))
    assert caught.value.line == HEAD.count("\n") + 2
    assert "re-save the file as UTF-8" in str(caught.value)


def test_a_50_mb_text_is_refused_at_once(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    line = b"We condemn the repression of the striking oil workers of the region.\n"
    with big.open("wb") as stream:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            stream.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024
    start = time.perf_counter()
    result = CliRunner().invoke(main, ["parse", str(big)])
    assert time.perf_counter() - start < 5  # refused from its size, without reading it
    assert result.exit_code == 1
    assert f"Error: {big}: the file is {big.stat().st_size:,} bytes" in result.output
    assert "more than the 4 MiB kzld reads in one text" in result.output
    assert "Traceback" not in result.output


def test_the_size_limit_is_exact(tmp_path: Path) -> None:
    body = PLAIN.encode("utf-8")
    filler = b"\n" + b"x" * 65_535 + b"\n"
    at_limit = body + filler * ((MAX_TEXT_BYTES - len(body)) // len(filler))
    at_limit += b"\n" * (MAX_TEXT_BYTES - len(at_limit))
    assert len(at_limit) == MAX_TEXT_BYTES
    path = tmp_path / "at-limit.txt"
    path.write_bytes(at_limit + b"\n")
    with pytest.raises(InputError, match="more than the 4 MiB"):
        read_file(path)
    path.write_bytes(at_limit)
    assert [e.name for s in read_file(path).sections for e in s.entries] == NAMES


def test_a_1_mb_line_converts() -> None:
    prose = "The workers went on strike again today. " * (1_000_000 // 40)
    text = (
        HEAD.replace("Signed by:\n", prose + "\n\nSigned by:\n")
        + "1. Workers Party\n2. Green Union\n"
    )
    document = read_bytes("long.txt", text.encode("utf-8"))
    assert max(len(line) for line in document.text.split("\n")) == len(prose)
    assert [e.name for s in document.sections for e in s.entries] == [
        "Workers Party",
        "Green Union",
    ]
    assert document.versions[0].language == "en"


def test_a_long_line_of_numbers_converts() -> None:
    # every number asked where a word for organisations follows it: once for the whole line,
    # not once from each number to the line's end (at 200 kB that took minutes)
    numbers = "lorem ipsum dolor sit amet 3 May 2020 " * 5_000
    text = HEAD.replace("Signed by:\n", numbers + "\n\nSigned by:\n") + "1. Workers Party\n"
    document = read_bytes("numbers.txt", text.encode("utf-8"))
    assert [e.name for s in document.sections for e in s.entries] == ["Workers Party"]


def test_a_long_paragraph_of_plurals_converts() -> None:
    # a run of names asked for after each word for organisations in the plural reads a few
    # hundred characters, not the rest of the paragraph (at 200 kB that took minutes)
    plurals = "The parties of Xandia met on 3 May 2020 in Zetland. " * 4_000
    text = HEAD.replace("Signed by:\n", plurals + "\n\nSigned by:\n") + "1. Workers Party\n"
    document = read_bytes("plurals.txt", text.encode("utf-8"))
    assert [e.name for s in document.sections for e in s.entries] == ["Workers Party"]


def test_a_long_lead_of_groups_such_as_converts() -> None:
    # a lead naming a group "such as" others at each of its places reads the words before each
    # place once for the sentence, and a stretch to the next comma only as far as a description
    # goes (at 250 kB that took minutes)
    groups = "The unions such as the federation of the port met again and " * 4_000
    text = HEAD.replace("\n\n", "\n\n" + groups + "\n\n", 1) + "1. Workers Party\n"
    document = read_bytes("groups.txt", text.encode("utf-8"))
    assert [e.name for s in document.sections for e in s.entries] == ["Workers Party"]


def test_a_line_over_the_limit_is_refused_naming_its_line() -> None:
    text = HEAD + "x" * (MAX_LINE_CHARS + 1) + "\n"
    with pytest.raises(InputError) as caught:
        read_bytes("wide.txt", text.encode("utf-8"))
    assert caught.value.line == HEAD.count("\n") + 1
    assert f"wide.txt:{caught.value.line}: the line is {MAX_LINE_CHARS + 1:,} characters" in str(
        caught.value
    )


@pytest.mark.parametrize("marker", ["{n}.", "{n})", "-", "•"])
def test_a_list_of_10000_entries_is_read_whole(marker: str) -> None:
    names = [f"Workers Party number {n}" for n in range(1, 10_001)]
    text = HEAD + "".join(f"{marker.format(n=n)} {name}\n" for n, name in enumerate(names, 1))
    document = read_bytes("many.txt", text.encode("utf-8"))
    (section,) = document.sections
    assert [e.name for e in section.entries] == names
    assert [e.position for e in section.entries] == list(range(1, 10_001))


def test_a_list_never_starts_at_a_year() -> None:
    text = HEAD + "2022. Workers Party\n2023. Green Union\n"
    (section,) = read_bytes("years.txt", text.encode("utf-8")).sections
    # read as a plain list of lines: the years are not taken for list numbers
    assert [e.raw for e in section.entries] == ["2022. Workers Party", "2023. Green Union"]


def write_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "a-good.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-binary.txt").write_bytes(b"\x00\x01\x02\xff")
    (folder / "d-latin1.txt").write_bytes(statement("Partí", "Unión").encode("latin-1"))
    (folder / "e-utf16.txt").write_bytes(
        statement("Union of Lakes", "Workers Front").encode("utf-16")
    )


def test_bad_texts_in_a_folder_are_reported_and_the_others_build(tmp_path: Path) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    write_folder(seeds)
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 3, result.output  # published, without the texts it names
    assert "Traceback" not in result.output
    assert f"Warning: skipped {seeds / 'b-empty.txt'}: the file is empty" in result.stderr
    assert f"Warning: skipped {seeds / 'c-binary.txt'}: binary data, not text" in result.stderr
    assert f"Warning: skipped {seeds / 'd-latin1.txt'}:6: not UTF-8 text" in result.stderr
    assert result.stderr.count("Warning: skipped") == 3
    assert (
        "Built 2 documents (3 of 5 texts left out: b-empty.txt, c-binary.txt, d-latin1.txt): "
        "4 signatures" in result.stdout
    )
    graph = Graph().parse(out / "kzld.ttl", format="turtle")
    assert len(set(graph.subjects(RDF.type, KZLD.Statement))) == 2
    assert len(set(graph.subjects(RDF.type, KZLD.Signature))) == 4


def test_strict_stops_at_the_first_bad_text_and_writes_nothing(tmp_path: Path) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    write_folder(seeds)
    result = CliRunner().invoke(
        main, ["build", "--strict", "--seeds", str(seeds), "--out", str(out)]
    )
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"Error: {seeds / 'b-empty.txt'}: the file is empty: there is no statement in it\n"
    )
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_folder_of_only_bad_texts_fails_clearly(tmp_path: Path) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr == (
        f"Error: {seeds}: no source text to build from; nothing was written\n"
        f"  {seeds / 'empty.txt'}: the file is empty: there is no statement in it\n"
    )
    assert not out.exists()
