"""Which reader read each entry (``Entry.reader``): a list by its block's form, a reader outside
lists by its name, a reader's name before that of the reader it got the entry from; the mark never
decides anything (two entries alike but for it are equal). Names are made up."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Section, Span
from kzld.parse.provenance import completed_by, marked, reads

from .prose import PROSE
from .reading import read_text

#: A title, a paragraph of argument and a numbered list of signers under a heading.
LISTED = {
    "en": ("Joint statement on the harbour strike", "Signed by:"),
    "de": ("Gemeinsame Erklärung zum Hafenstreik", "Unterzeichner:"),
    "es": ("Declaración conjunta sobre la huelga del puerto", "Firmantes:"),
}
SIGNERS = ("Xandia Workers Party", "Zetland Union of Dockers", "Ypsilon Left Front")


@pytest.mark.parametrize("language", sorted(LISTED))
def test_the_entries_of_a_numbered_list_are_marked_by_the_lists_form(language: str) -> None:
    title, heading = LISTED[language]
    listed = "\n".join(f"{n}. {name}" for n, name in enumerate(SIGNERS, start=1))
    document = read_text(f"{title}\n\n{PROSE[language]}\n\n{heading}\n{listed}\n")
    entries = [e for s in document.sections for e in s.entries]
    assert [e.raw for e in entries] == list(SIGNERS)
    assert {e.reader for e in entries} == {"list:marked"}


#: A title that names two signers, and the names.
TITLED = {
    "en": (
        "Joint statement of the Xandia Workers Party and the Zetland Union of Dockers",
        ["Xandia Workers Party", "Zetland Union of Dockers"],
    ),
    "de": (
        "Gemeinsame Erklärung der Xandia Arbeiterpartei und der Zetland Hafengewerkschaft",
        ["Xandia Arbeiterpartei", "Zetland Hafengewerkschaft"],
    ),
    "es": (
        "Declaración conjunta del Partido Obrero de Xandia y la Unión Portuaria de Zetland",
        ["Partido Obrero de Xandia", "Unión Portuaria de Zetland"],
    ),
}


@pytest.mark.parametrize("language", sorted(TITLED))
def test_the_signers_a_title_names_are_marked_by_the_title_reader(language: str) -> None:
    title, names = TITLED[language]
    document = read_text(f"{title}\n\n{PROSE[language]}\n")
    entries = [e for s in document.sections for e in s.entries]
    assert [(e.raw, e.reader) for e in entries] == [(n, "title_signers") for n in names]


def _entry(raw: str, start: int, reader: str = "") -> Entry:
    return Entry(1, raw, Span(start, start + len(raw)), raw, reader=reader)


def _section(*entries: Entry) -> Section:
    return Section("", Span(0, 40), entries, kind="phrase")


def test_a_reader_marks_what_it_returns_and_names_the_reader_it_got_an_entry_from() -> None:
    @reads
    def inner_signers(raw: str) -> Section | None:
        return _section(_entry(raw, 0)) if raw else None

    @reads
    def outer_signers(raw: str) -> list[Section | None]:
        return [inner_signers(raw), _section(_entry("Zetland Union", 20)), None]

    assert inner_signers("") is None
    found = outer_signers("Xandia Party")
    assert [[e.reader for e in s.entries] for s in found if s is not None] == [
        ["outer_signers>inner_signers"],
        ["outer_signers"],
    ]
    assert found[2] is None


def test_the_mark_is_no_part_of_an_entrys_equality_and_a_completed_run_names_its_reader() -> None:
    read = _entry("Xandia Party", 0, "title_signers")
    assert read == _entry("Xandia Party", 0) and hash(read) == hash(_entry("Xandia Party", 0))
    section = marked(_section(_entry("Xandia Party", 0)), "prose_signers")
    assert section == _section(_entry("Xandia Party", 0))
    whole = completed_by([section.entries[0], _entry("Zetland Union", 17)], section)
    assert [e.reader for e in whole] == ["prose_signers", "prose_signers+completed"]
    assert [e.reader for e in completed_by([_entry("Ypsilon Front", 3)], _section())] == [
        "completed"
    ]
