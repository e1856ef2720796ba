"""The reader on the seeds: versions, titles, dates, sections, entries, boilerplate."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzld.cli import main
from kzld.model.records import Document
from kzld.parse import read_file

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
DOCUMENTS = sorted((Path(__file__).parents[1] / "data" / "documents").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    return {path.name[:3]: read_file(path) for path in SEEDS}


def test_five_seeds() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize(
    ("seed", "languages", "genre", "counts"),
    [
        ("000", ("nl",), "joint-statement", [24, 3]),
        ("001", ("en", "ru"), "motion", [8, 1]),
        ("002", ("en", "ru", "es", "ar"), "interview", []),
        ("003", ("de",), "joint-statement", [5]),
        ("004", ("en",), "resolution", [31]),
    ],
)
def test_seed_shape(
    seeds: dict[str, Document], seed: str, languages: tuple[str, ...], genre: str, counts: list[int]
) -> None:
    document = seeds[seed]
    assert document.languages == languages
    assert document.genre == genre
    assert [len(s.entries) for s in document.sections] == counts
    for section in document.sections:
        assert [e.position for e in section.entries] == list(range(1, len(section.entries) + 1))


@pytest.mark.parametrize(
    ("seed", "created", "place", "published"),
    [
        ("000", None, None, None),
        ("001", date(2015, 11, 1), "Istanbul", date(2015, 11, 16)),
        ("002", None, None, date(2022, 1, 13)),
        ("003", date(2022, 1, 6), None, None),
        ("004", None, None, None),
    ],
)
def test_seed_dates(
    seeds: dict[str, Document],
    seed: str,
    created: date | None,
    place: str | None,
    published: date | None,
) -> None:
    document = seeds[seed]
    assert (document.created.date if document.created else None) == created
    assert (document.created.place if document.created else None) == place
    assert document.published == published


def test_seed_headings_and_list_facts(seeds: dict[str, Document]) -> None:
    assert [s.heading for s in seeds["001"].sections] == [
        "Participant Parties",
        "Other SolidNet Parties",
    ]
    assert seeds["000"].sections[1].heading == "Andere partijen die de verklaring ondertekenen"
    assert seeds["003"].sections[0].heading == "Die Erklärung wurde unterzeichnet von"
    assert seeds["003"].sections[0].more_stated == 20
    assert all("weitere" not in e.raw for e in seeds["003"].sections[0].entries)
    assert seeds["004"].sections[0].as_of == date(2022, 1, 21)
    assert seeds["004"].sections[0].more_stated is None


def test_seed_titles(seeds: dict[str, Document]) -> None:
    german = seeds["003"].versions[0]
    assert german.kicker == "Russland/Kasachstan"
    assert german.title == "Für ein demokratisches und sozialistisches Kasachstan!"
    assert german.subtitle == "Stoppt die Intervention, lasst die Inhaftierten frei"
    english = seeds["004"].versions[0]
    assert english.kicker == "ICOR resolution"
    assert english.title == "Solidarity with the workers and popular masses in Kazakhstan!"
    assert seeds["000"].versions[0].title == "Gezamenlijke verklaring van communistische partijen"
    assert seeds["001"].versions[1].title == "О запрете Коммунистической партии Казахстана"


@pytest.mark.parametrize(
    ("seed", "section", "position", "name", "abbreviation", "gloss", "country"),
    [
        (
            "004", 0, 4, "Communist Party of South Africa (Marxist-Leninist)", "CPSA (ML)",
            None, None,
        ),
        (
            "004", 0, 6, "Parti Patriotique Démocratique Socialiste", "PPDS",
            "Patriotic Democratic Socialist Party", "Tunisia",
        ),
        ("004", 0, 13, "Българска Комунистическа Партия", "БКП", "Bulgarian Communist Party", None),
        (
            "004", 0, 29, "Partido Comunista (Marxista Leninista)", "PC (ML)",
            "Communist Party (Marxist-Leninist)", "Dominican Republic",
        ),
        (
            "004", 0, 26, "Partido Comunista de Colombia – Maoista", "PCC-M",
            "Communist Party of Colombia - Maoist", None,
        ),
        (
            "004", 0, 9, "Communist Party of India (Marxist-Leninist) Red Star",
            "CPI (ML) Red Star", None, None,
        ),
        ("004", 0, 31, "Revolutionary Organization of Labor", "ROL", None, "USA"),
        ("000", 0, 3, "Democratic Progressive Tribune", None, None, "Bahrain"),
        ("000", 0, 16, "Philippines Communist Party", "PKP 1930", None, None),
        ("000", 1, 1, "Communist Revolutionary Party of France", "PCRF", None, None),
        ("000", 1, 3, "Communist Front", None, None, "Italy"),
        ("003", 0, 1, "Russische Sozialistische Bewegung", "RSD", None, None),
    ],
)  # fmt: skip
def test_entry_splits(
    seeds: dict[str, Document],
    seed: str,
    section: int,
    position: int,
    name: str,
    abbreviation: str | None,
    gloss: str | None,
    country: str | None,
) -> None:
    entry = seeds[seed].sections[section].entries[position - 1]
    assert (entry.name, entry.abbreviation, entry.gloss, entry.country_hint) == (
        name,
        abbreviation,
        gloss,
        country,
    )


def test_interview_person_publisher_link(seeds: dict[str, Document]) -> None:
    document = seeds["002"]
    person = document.persons[0]
    assert person.name == "Eliseos Vagenas"
    assert person.affiliation == "KKE"
    assert person.role is not None and person.role.startswith("member of the CC")
    assert document.publisher == "902.gr"
    assert document.links[0].language == "el"
    assert document.links[0].url.startswith("https://www.902.gr/")
    assert seeds["000"].publisher == "NCPN"


@pytest.mark.parametrize("path", SEEDS + DOCUMENTS, ids=lambda p: p.name)
def test_spans_quote_the_text(path: Path) -> None:
    document = read_file(path)
    text = document.text
    for section in document.sections:
        for entry in section.entries:
            assert text[entry.span.start : entry.span.end] == entry.raw
    for version in document.versions:
        for paragraph in version.paragraphs:
            assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
        for dateline in version.datelines:
            assert text[dateline.span.start : dateline.span.end] == dateline.raw


@pytest.mark.parametrize("path", SEEDS + DOCUMENTS, ids=lambda p: p.name)
def test_boilerplate_never_becomes_data(path: Path) -> None:
    document = read_file(path)
    inside = [
        span
        for version in document.versions
        for span in [p.span for p in version.paragraphs] + [d.span for d in version.datelines]
    ] + [e.span for s in document.sections for e in s.entries]
    for junk in document.boilerplate:
        assert not any(s.start < junk.end and junk.start < s.end for s in inside)
    every = " ".join(p.text for v in document.versions for p in v.paragraphs)
    for phrase in ("Impressum", "Mehr dazu", "Madurai", "Ar En Es Ru", "Quelle:"):
        assert phrase not in every


def test_boilerplate_found(seeds: dict[str, Document]) -> None:
    assert len(seeds["001"].boilerplate) == 3  # language menu and two calendar lines
    assert (
        len(seeds["003"].boilerplate) == 7
    )  # Mehr dazu block (4), translation note, source, footer


def test_cli_parse_prints_json() -> None:
    seed = next(p for p in SEEDS if p.name.startswith("001"))
    result = CliRunner().invoke(main, ["parse", str(seed)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [len(s["entries"]) for s in records[0]["sections"]] == [8, 1]
    assert records[0]["published"] == "2015-11-16"
    assert records[0]["created"]["span"] == [3937, 3962]


def test_cli_parse_names_a_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF\x00\x01")
    result = CliRunner().invoke(main, ["parse", str(binary)])
    assert result.exit_code == 1
    assert f"Error: {binary}: binary data, not text (NUL byte at byte 4)" in result.output
