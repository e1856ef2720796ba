"""A version's title among the lines above its prose: the site's lines above it (its name, a
section, a category label in another script, a template's placeholder, how long the article
takes to read) are neither its title nor its paragraphs."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse import read_bytes
from kzld.parse.headings import echo

from .prose import PROSE

#: A title for each language of PROSE that repeats some of its words.
TITLES = {
    "en": "Workers of the region on strike against the new wage rules",
    "de": "Arbeiter der Region streiken gegen die neuen Lohnregeln",
    "el": "Οι εργαζόμενοι της περιοχής απεργούν για τους μισθούς",
    "ru": "Рабочие региона бастуют против новых правил оплаты труда",
    "ar": "عمال المنطقة يضربون ضد قواعد الأجور الجديدة",
    "fr": "Les travailleurs de la région en grève contre les règles salariales",
}


def _read(*lines: str) -> tuple[str | None, list[str], str]:
    document = read_bytes("statement.txt", ("\n\n".join(lines) + "\n").encode("utf-8"))
    version = document.versions[0]
    return version.title, [p.text for p in version.paragraphs], version.language


@pytest.mark.parametrize(
    ("language", "site"),
    [("en", "Northwind Daily"), ("de", "Nordwind Zeitung"), ("el", "Βόρειος Άνεμος")],
)
def test_the_sites_name_above_the_title_is_passed_over(language: str, site: str) -> None:
    title, paragraphs, found = _read(site, TITLES[language], PROSE[language])
    assert (title, paragraphs, found) == (TITLES[language], [PROSE[language]], language)


@pytest.mark.parametrize("language", ["ru", "ar", "el"])
def test_a_category_label_in_another_script_is_no_title(language: str) -> None:
    title, paragraphs, _ = _read("Joint Statements", TITLES[language], PROSE[language])
    assert (title, paragraphs) == (TITLES[language], [PROSE[language]])


@pytest.mark.parametrize(
    ("language", "placeholder"),
    [("en", "spot_img"), ("fr", "td_module_title"), ("de", "post_thumbnail_1")],
)
def test_a_templates_placeholder_is_furniture(language: str, placeholder: str) -> None:
    title, paragraphs, _ = _read(placeholder, TITLES[language], PROSE[language])
    assert (title, paragraphs) == (TITLES[language], [PROSE[language]])


@pytest.mark.parametrize(
    ("language", "reading"),
    [("en", "3 min read"), ("de", "Lesezeit: 3 Min."), ("fr", "Temps de lecture : 4 min")],
)
def test_a_heading_written_twice_is_the_title(language: str, reading: str) -> None:
    # the site's name, the page's title, how long it takes to read, the headline again
    lines = ("Northwind", TITLES[language], reading, TITLES[language], PROSE[language])
    document = read_bytes("statement.txt", ("\n\n".join(lines) + "\n").encode("utf-8"))
    assert document.versions[0].title == TITLES[language]
    furniture = {document.text[s.start : s.end] for s in document.boilerplate}
    assert reading in furniture
    assert not document.sections  # the headline under the title is no list of signers


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_the_first_heading_stays_the_title_when_none_is_echoed(language: str) -> None:
    # "Enough!" shares no word with the prose, nor does the subtitle under it
    title, paragraphs, _ = _read("Enough!", "Northwind", PROSE[language])
    assert (title, paragraphs) == ("Enough!", [PROSE[language]])


@pytest.mark.parametrize(
    ("language", "today"),
    [
        ("en", "Saturday, July 27, 2024"),
        ("fr", "samedi 27 juillet 2024"),
        ("de", "Samstag, 27. Juli 2024"),
    ],
)
def test_the_sites_date_above_a_placeholder_is_no_date(language: str, today: str) -> None:
    lines = (today, "spot_img", TITLES[language], PROSE[language])
    document = read_bytes("statement.txt", ("\n\n".join(lines) + "\n").encode("utf-8"))
    assert (document.created, document.published) == (None, None)
    assert document.versions[0].title == TITLES[language]


def test_the_pages_date_under_the_sites_line_is_its_date() -> None:
    lines = ("Halaman", "Isnin, 22 Jun 2009", TITLES["en"], PROSE["en"])
    document = read_bytes("statement.txt", ("\n\n".join(lines) + "\n").encode("utf-8"))
    assert (document.created, document.published) == (None, date(2009, 6, 22))
    assert document.versions[0].title == TITLES["en"]


@pytest.mark.parametrize(
    ("heading", "prose", "share"),
    [
        ("Northwind Daily", PROSE["en"], 0.0),
        (TITLES["en"], PROSE["en"], 1.0),
        ("四小黨簽聯合宣言", "四黨合作宣言", 1 / 7),  # pairs of characters: 宣言 of seven
        ("2024", PROSE["en"], None),  # no word to compare
    ],
)
def test_echo(heading: str, prose: str, share: float | None) -> None:
    assert echo(heading, prose) == share
