"""Site furniture recognised by its words, in any language: links to the site's previous and next
article are neither prose of a version nor a signer."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse import read_bytes
from kzld.parse.boilerplate import _opens_only, find_boilerplate, is_menu
from kzld.parse.text import split_lines

from .prose import PROSE


@pytest.mark.parametrize(
    ("language", "links"),
    [
        (
            "es",
            ["Artículo anteriorZornotza Saski jugará el play off", "Artículo siguienteGURE ESKU"],
        ),
        (
            "en",
            ["Previous article: Dockers strike for the third day", "Next article Rally in town"],
        ),
        ("fr", ["Article précédent Grève des dockers", "Article suivant Manifestation au port"]),
        ("de", ["Vorheriger Artikel Streik im Hafen", "Nächster Artikel Kundgebung am Rathaus"]),
    ],
)
def test_links_to_the_previous_and_next_article_are_furniture(
    language: str, links: list[str]
) -> None:
    text = "Title\n\n" + PROSE[language] + "\n\n" + "\n".join(links) + "\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    furniture = {document.text[span.start : span.end] for span in document.boilerplate}
    assert furniture == set(links)
    assert [p.text for v in document.versions for p in v.paragraphs] == [PROSE[language]]
    assert document.languages == (language,)


@pytest.mark.parametrize(
    ("language", "printed", "stamp", "published"),
    [
        ("de", "25. Mai 2025", "Freitag, 30. Mai 2008, 12:00", date(2008, 5, 30)),
        ("en", "25 May 2025", "Posted on 30 May 2008", date(2008, 5, 30)),
        ("es", "25 de mayo de 2025", "Publicado el 30/05/2008", date(2008, 5, 30)),
    ],
)
def test_the_day_the_page_was_printed_is_no_date(
    language: str, printed: str, stamp: str, published: date
) -> None:
    # the page's first line is the day it was printed: the stamp under the title is its date
    text = printed + "\n\nKBH: Let skyet, 10 °C\n\nTitle\n\n" + stamp + "\n\n" + PROSE[language]
    document = read_bytes("statement.txt", (text + "\n").encode("utf-8"))
    assert (document.published, document.created) == (published, None)
    assert document.versions[0].title == "Title"


@pytest.mark.parametrize(
    ("language", "heading", "dates", "more"),
    [
        ("en", "Latest news", ["22.5.2025", "21.5.2025", "20.5.2025"], "Read more"),
        ("de", "Aktuelles", ["22. Mai 2025", "21. Mai 2025", "20. Mai 2025"], "Weiterlesen"),
        ("fi", "Ajankohtaista", ["22.5.2025", "21.5.2025", "20.5.2025"], "Lue"),
    ],
)
def test_dated_links_to_other_articles_are_furniture(
    language: str, heading: str, dates: list[str], more: str
) -> None:
    teasers = [day + "\n\nA title of another article\n\n" + more for day in dates]
    text = "Title\n\n" + PROSE.get(language, PROSE["en"]) + "\n\n" + heading + "\n\n"
    document = read_bytes("statement.txt", (text + "\n".join(teasers) + "\n").encode("utf-8"))
    assert (document.created, document.published) == (None, None)
    furniture = {document.text[span.start : span.end] for span in document.boilerplate}
    assert furniture == {heading, *dates, "A title of another article", more}


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("de", "Gedruckt am 25.05.2025"),
        ("en", "Printed on 25 May 2025, 10:14"),
        ("fr", "Imprimé le 25/05/2025"),
    ],
)
def test_the_line_saying_when_the_page_was_printed_is_furniture(
    language: str, printed: str
) -> None:
    text = printed + "\n\nTitle\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.versions[0].title == "Title"
    assert (document.created, document.published) == (None, None)


@pytest.mark.parametrize(
    ("language", "menu", "title"),
    [
        ("en", "Calendar", "Eight parties call for a clean and orderly vote"),
        ("de", "Termine", "Acht Parteien fordern eine saubere Wahl"),
        ("tr", "Etkinlikler", "Sekiz parti temiz bir seçim çağrısı yaptı"),
    ],
)
def test_a_menus_item_above_the_article_takes_no_block_with_it(
    language: str, menu: str, title: str
) -> None:
    # no blank line anywhere: the menu's item "Calendar" is no heading of related links
    text = f"{menu}\n{title}\n{PROSE[language]}\n{PROSE[language]}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    furniture = {document.text[span.start : span.end] for span in document.boilerplate}
    assert furniture == {menu}
    assert document.versions[0].title == title
    assert [p.text for p in document.versions[0].paragraphs] == [PROSE[language]] * 2


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Read more"), ("fr", "Lire aussi"), ("ru", "Читайте также")]
)
def test_a_block_of_related_links_ends_at_a_paragraph(language: str, heading: str) -> None:
    links = ["Dockers strike for the third day", "Rally in town on Saturday"]
    paragraph = f"{PROSE[language]} {PROSE[language]}"  # no link is this long
    text = "\n".join(["Title", paragraph, heading, *links, paragraph]) + "\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    furniture = {document.text[span.start : span.end] for span in document.boilerplate}
    assert furniture == {heading, *links}
    assert [p.text for p in document.versions[0].paragraphs] == [paragraph] * 2


@pytest.mark.parametrize(
    "title",
    [
        "Лідери «Партії X», «Союзу Y» і «Руху Z» ухвалили спільну заяву",
        "Les dirigeants du «Parti X», du «Syndicat Y» et du «Front Z» signent un appel",
        "Лидеры «Партии X», «Союза Y» и «Движения Z» приняли заявление",
    ],
)
def test_a_title_quoting_names_in_guillemets_is_no_menu(title: str) -> None:
    assert not is_menu(title)


@pytest.mark.parametrize(
    "switcher",
    [
        "Bosanski BS English EN Deutsch DE العربية AR Türkçe TR",
        "English Français Español",
        "Deutsch English Türkçe",
        "EN FR DE",
    ],
)
def test_a_language_switcher_without_separators_is_a_menu(switcher: str) -> None:
    assert is_menu(switcher)
    text = f"{switcher}\n\nTitle of the statement\n\n{PROSE['en']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.versions[0].title == "Title of the statement"


@pytest.mark.parametrize("line", ["TG TA", "XKP PTU ZU", "Title of the statement EN"])
def test_two_codes_or_more_than_codes_are_no_language_switcher(line: str) -> None:
    assert not is_menu(line)


@pytest.mark.parametrize(
    ("language", "top"),
    [
        ("en", "top of page"),
        ("de", "Nach oben"),
        ("ar", "زر الذهاب إلى الأعلى"),
        ("fr", "Haut de page"),
    ],
)
def test_a_link_back_to_the_top_is_furniture(language: str, top: str) -> None:
    prose = PROSE[language]
    text = f"{top}\n\nZedland unions call a strike\n\nZedfoto\n\n{prose}\n\n{prose}\n\n{top}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    furniture = [document.text[s.start : s.end] for s in document.boilerplate]
    assert furniture == [top, top]
    assert document.versions[0].title == "Zedland unions call a strike"


@pytest.mark.parametrize(
    ("pattern", "opens"),
    [
        ("^share\\s*:", True),
        ("^article (?:suivant)|^articolo (?:successivo)", True),  # each alternative opens
        ("^(?:a|b)\\s*:", True),  # an alternation inside a group
        ("^[|]x|^y", True),  # a bar in a set of characters
        ("^\\|x|^y", True),  # an escaped bar
        ("^x|y", False),
        ("all rights reserved", False),
        ("x\\|^y", False),
    ],
)
def test_a_line_pattern_opens_a_line_only_when_each_alternative_does(
    pattern: str, opens: bool
) -> None:
    assert _opens_only(pattern) is opens


def test_line_patterns_are_asked_at_the_start_and_anywhere() -> None:
    lines = split_lines(
        "Xandia Union\n\nShare this: Zetland\n\n"
        f"{PROSE['en']}\n\nZetland Union 2031, all rights reserved\n\nEN | FR\n"
    )
    assert find_boilerplate(lines) == {2, 6, 8}
