"""Lists written on one running line:

- a line of names parted by spaced slashes, middle dots, bars or dashes under a line that
  introduces it ("The organisations that join: " / "A / B / C") is a list; a menu of the same
  form ("Home | News | Contact") stays furniture, at the page's top or under "Menu:";
- labelled running lines ("Housing: A, B, C" / "Unions: D, E, F,"): each label names a section,
  the rest of its line is that section's entries (abbreviations in capitals first, then names
  as written), and no line runs on into the next.

Names are made up."""

from __future__ import annotations

import pytest

from kzld.model.records import Document

from .prose import PROSE
from .reading import lists_of, read_text

#: Five names, as a line of them is written.
NAMES = ["Xandia Union", "XKP", "Zetland Greens", "Ypsilon Network", "Free Youth of Xandia"]

#: A line that introduces the names after it, by language.
CUES = {
    "pt": "As entidades que aderem ao manifesto som:",
    "en": "The organisations that join the call are:",
    "de": "Dem Aufruf schließen sich an:",
    "fr": "Les organisations qui se joignent à l'appel sont :",
}

#: The spaced marks a line of names is parted by.
MARKS = [" / ", " · ", " | ", " – "]


def _boilerplate(document: Document) -> list[str]:
    return [document.text[span.start : span.end] for span in document.boilerplate]


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("language", sorted(CUES))
def test_a_line_of_names_parted_by_spaced_marks_under_a_cue_is_a_list(
    language: str, mark: str
) -> None:
    prose = PROSE[language]
    line = mark.join(NAMES) + "."
    text = f"Title\n\n{prose}\n\n{CUES[language]}\n{line}\n\n{prose}\n\n{prose}\n"
    document = read_text(text)
    assert lists_of(document) == [NAMES]
    assert line not in _boilerplate(document)


#: Menus: at the page's top, and under a line that introduces them by a word of navigation.
MENUS = {
    "es": "Inicio | Noticias | Contacto",
    "en": "Home / News / About us / Contact",
    "de": "Startseite · Aktuelles · Termine · Kontakt",
}


@pytest.mark.parametrize("language", sorted(MENUS))
def test_a_menu_of_the_same_form_stays_furniture(language: str) -> None:
    menu = MENUS[language]
    prose = PROSE[language]
    top = read_text(f"{menu}\nTitle\n\n{prose}\n\n{prose}\n")
    under = read_text(f"Title\n\n{prose}\n\nMenu:\n{menu}\n\n{prose}\n")
    for document in (top, under):
        assert menu in _boilerplate(document)
        assert lists_of(document) == []


def test_a_language_switcher_under_a_colon_stays_furniture() -> None:
    text = f"Title\n\n{PROSE['en']}\n\nLanguage:\nEN | FR | DE\n\n{PROSE['en']}\n"
    document = read_text(text)
    assert "EN | FR | DE" in _boilerplate(document)
    assert lists_of(document) == []


#: Labelled running lines: each label, then the names of its section.
LABELLED = {
    "fr": [
        ("Logement", ["XAL", "XNL", "XCDL", "Jeudi Zetland", "Droit au Toit Xandia", "CAX 94"]),
        ("Syndicats", ["XGT", "Syndicat des Avocats de Xandia", "Union Syndicale Zetland"]),
        ("Solidarité", ["XTTAC", "Fondation Ypsilon", "MRXP"]),
    ],
    "en": [
        ("Housing", ["XHA", "YHC", "ZTA", "Zetland Tenants Union", "Homes for Xandia"]),
        ("Unions", ["XTU", "Xandia Nurses Union", "Zetland Teachers Federation"]),
        ("Solidarity", ["XKP", "Ypsilon Foundation", "Xandia Aid"]),
    ],
    "es": [
        ("Vivienda", ["PAX", "YVA", "ZIV", "Sindicato de Inquilinas de Xandia", "Red Zetland"]),
        ("Sindicatos", ["XCOO", "Unión Sindical de Zetland", "Federación Ypsilon"]),
        ("Solidaridad", ["XTTAC", "Fundación Ypsilon", "Ayuda Xandia"]),
    ],
}


@pytest.mark.parametrize("language", sorted(LABELLED))
@pytest.mark.parametrize("separator", [", ", "; "])
def test_labelled_running_lines_are_one_section_each(language: str, separator: str) -> None:
    rows = LABELLED[language]
    colon = " : " if language == "fr" else ": "
    lines = [f"{label}{colon}{separator.join(names)}" for label, names in rows]
    lines[1] += separator.rstrip()  # a line may end with its separator: it runs on into no other
    lines[2] += " …"  # and the last trails off: more not named
    prose = PROSE[language]
    text = f"Title\n\n{prose}\n\n{prose}\n\n" + "\n".join(lines) + "\n"
    document = read_text(text)
    assert lists_of(document) == [names for _, names in rows]
    assert [s.heading for s in document.sections] == [label for label, _ in rows]


#: Links at the page's bottom under a line that ends with a colon, by language.
FOLLOW = {
    "es": ("Síguenos:", "Facebook | Twitter | Instagram"),
    "en": ("Follow us:", "Facebook / Twitter / YouTube / Email"),
    "it": ("Seguici:", "Facebook · Instagram · Telegram"),
}


@pytest.mark.parametrize("language", sorted(FOLLOW))
def test_a_menu_at_the_pages_bottom_under_a_colon_stays_furniture(language: str) -> None:
    cue, menu = FOLLOW[language]
    prose = PROSE[language]
    document = read_text(f"Title\n\n{prose}\n\n{prose}\n\n{cue}\n{menu}\n")
    assert menu in _boilerplate(document)
    assert lists_of(document) == []


#: A list's heading, a kind of organisations and its word for "such as", by language.
SUCH_AS = {
    "es": ("Adhesiones:", "Partidos políticos como", "Asociación de Actores de Xandia"),
    "en": ("Endorsements:", "Political parties such as", "Xandia Actors Association"),
    "fr": ("Soutiens :", "Partis politiques comme", "Association des Acteurs de Xandie"),
    "it": ("Adesioni:", "Partiti politici come", "Associazione Attori di Xandia"),
}


@pytest.mark.parametrize("language", sorted(SUCH_AS))
def test_a_kind_and_such_as_in_a_lists_entry_gives_the_names_after_it(language: str) -> None:
    heading, kind, first = SUCH_AS[language]
    entries = [first, f"{kind} XKP, ZUP, YCC", "Zetland Network", "XFTU"]
    bullets = "\n\n".join(f"· {entry}" for entry in entries)
    prose = PROSE[language]
    document = read_text(f"Title\n\n{prose}\n\n{prose}\n\n{heading}\n\n{bullets}\n")
    assert lists_of(document) == [[first, "XKP", "ZUP", "YCC", "Zetland Network", "XFTU"]]
