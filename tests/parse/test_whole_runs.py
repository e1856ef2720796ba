"""Every part of a run of names a reader accepted in a sentence is a signer unless it is no name
(issue 18): the gate reads the whole run, between, after and (after a colon) before the entries a
reader took. Names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Section, Span
from kzld.parse.entries import split_entry
from kzld.parse.signatories.gate import published


def _section(text: str, names: list[str], kind: str = "phrase") -> Section:
    """A section of ``kind`` whose entries are ``names``, each where ``text`` first has it."""
    entries = []
    for position, raw in enumerate(names, start=1):
        start = text.index(raw)
        name, abbreviation, gloss, country = split_entry(raw)
        entries.append(
            Entry(position, raw, Span(start, start + len(raw)), name, abbreviation, gloss, country)
        )
    span = Span(entries[0].span.start, entries[-1].span.end)
    return Section("", span, tuple(entries), kind=kind)


def _published(text: str, names: list[str], kind: str = "phrase") -> list[list[str]]:
    return [[e.raw for e in s.entries] for s in published([_section(text, names, kind)], text)]


@pytest.mark.parametrize(
    ("text", "taken", "signers"),
    [
        # Spanish: the last names after the reader's, the last after "y"
        ("Intro.\n\nA la marcha de mañana llaman XAF, ZSL, XTR, ZMU, XPE y ZOB.\n",
         ["XAF", "ZSL", "XTR"],
         ["XAF", "ZSL", "XTR", "ZMU", "XPE", "ZOB"]),
        # Indonesian: the last name after "dan", in no capitals of an abbreviation
        ("Intro.\n\nKoalisi itu beranggotakan Persatuan Guru Xandia (PGX), Lembaga Bantuan "
         "Zetland (Lebaz), Serikat Nelayan Xandia (SNX) dan Himpunan Petani Zetland.\n",
         ["Persatuan Guru Xandia (PGX)", "Lembaga Bantuan Zetland (Lebaz)",
          "Serikat Nelayan Xandia (SNX)"],
         ["Persatuan Guru Xandia (PGX)", "Lembaga Bantuan Zetland (Lebaz)",
          "Serikat Nelayan Xandia (SNX)", "Himpunan Petani Zetland"]),
        # English: the names between the colon and the reader's first, an article left out
        ("Intro.\n\nThe statement is signed by: the Xandia Workers' Party, the Zetland Teachers' "
         "Union, XKP and PTU.\n",
         ["XKP", "PTU"],
         ["Xandia Workers' Party", "Zetland Teachers' Union", "XKP", "PTU"]),
        # Italian: a name between two of the reader's, an abbreviation in brackets
        ("Intro.\n\nAll'appello si sono uniti la Lega Xandiana, XTU, la Federazione Zetlandese "
         "dei Lavoratori (FZL), ZAM e XPS.\n",
         ["Lega Xandiana", "XTU", "ZAM", "XPS"],
         ["Lega Xandiana", "XTU", "Federazione Zetlandese dei Lavoratori (FZL)", "ZAM", "XPS"]),
    ],
)  # fmt: skip
def test_the_parts_of_an_accepted_run_sign(text: str, taken: list[str], signers: list[str]) -> None:
    assert _published(text, taken) == [signers]


def test_a_person_after_the_word_for_and_is_no_signer() -> None:
    text = "Intro.\n\nThe statement is signed by XKP, PTU, ZWU and Ana Roe.\n"
    assert _published(text, ["XKP", "PTU"]) == [["XKP", "PTU", "ZWU"]]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # a clause after the last name ends the run
        ("Intro.\n\nLo firmaron XKP, PTU y ZWU, mientras el gobierno guardaba silencio.\n",
         ["XKP", "PTU", "ZWU"]),
        # a country after the names is none
        ("Intro.\n\nIt was signed by XKP, PTU and Zetland.\n", ["XKP", "PTU"]),
        # one entry is no run
        ("Intro.\n\nIt was signed by XKP and the Zetland Teachers' Union.\n", ["XKP"]),
    ],
)  # fmt: skip
def test_a_part_that_is_no_name_is_left_out(text: str, taken: list[str]) -> None:
    assert _published(text, taken) == [taken]


def test_a_list_of_lines_is_read_as_its_reader_took_it() -> None:
    text = "Signed:\n\nXKP, PTU, ZWU, XTU and the Zetland Teachers' Union\n"
    assert _published(text, ["XKP", "PTU"], kind="list") == [["XKP", "PTU"]]


def test_a_name_another_entry_holds_is_not_taken_twice() -> None:
    text = "Intro.\n\nIt was signed by XKP, PTU, ZWU and XTU.\n"
    sections = [_section(text, ["XKP", "PTU"]), _section(text, ["XTU"], kind="title")]
    found = published(sections, text)
    assert [[e.raw for e in s.entries] for s in found] == [["XKP", "PTU", "ZWU"], ["XTU"]]


@pytest.mark.parametrize(
    ("text", "taken", "signers"),
    [
        ("Intro.\n\nSostengono l'appello XTU, ZAM, Forum degli inquilini zetlandesi e XPS.\n",
         ["XTU", "ZAM", "Forum"],
         ["XTU", "ZAM", "Forum degli inquilini zetlandesi", "XPS"]),
        ("Intro.\n\nThe call is backed by XKP, PTU, Forum for the Tenants of Zetland and ZWU.\n",
         ["XKP", "PTU", "Forum"],
         ["XKP", "PTU", "Forum for the Tenants of Zetland", "ZWU"]),
    ],
)  # fmt: skip
def test_a_kind_word_a_reader_cut_is_read_to_its_name_end(
    text: str, taken: list[str], signers: list[str]
) -> None:
    assert _published(text, taken) == [signers]
