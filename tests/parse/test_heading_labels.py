"""Lines above the text that are no title by their form (twelfth session): a salutation ending
with a comma, a reporter's by-line, a colon left of a lost label; and a title that ends with
its closing guillemet is still a title.

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the first
version's title and the page's date, in at least three languages and scripts.
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse import read_bytes

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of


def _title(text: str) -> str | None:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return document.versions[0].title


@pytest.mark.parametrize(
    ("language", "title", "salutation"),
    [
        ("tr", "BASIN TOPLANTISINA DAVET", "Xandia Halkına,"),
        ("en", "INVITATION TO A PRESS CONFERENCE", "To the people of Xandia,"),
        ("ar", "دعوة إلى مؤتمر صحفي", "إلى شعب زيدلاند،"),
    ],
)  # fmt: skip
def test_a_salutation_under_the_title_is_no_title_though_the_prose_echoes_it(
    language: str, title: str, salutation: str
) -> None:
    addressed = salutation.rstrip(",،")
    prose = PROSE.get(language, PROSE["en"])
    text = f"{title}\n\n{salutation}\n\n{addressed} {prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "byline"),
    [
        ("sw", "Na Jane Roe, Xandia Times Online"),
        ("en", "By Jane Roe"),
        ("ms", "Oleh Ahmad Zaki, Xandia Kini"),
        ("ru", "От Ивана Петрова, Зедградские вести"),
    ],
)  # fmt: skip
def test_a_by_line_is_no_title(language: str, byline: str) -> None:
    prose = PROSE.get(language, PROSE["en"])
    assert _title(f"{byline}\n{prose}\n\n{prose}\n") is None


@pytest.mark.parametrize(
    "title",
    [
        "Por la paz en Xandia", "By Any Means Necessary Now", "Von Zedstadt nach Xandia",
        # an organisation after the word, and Slavic "na" ("for") without an outlet after it
        "Por Xandia Unida", "Von Xandia Kommunistische Partei", "Na Rzecz Pokoju",
    ],
)  # fmt: skip
def test_a_title_opening_with_a_word_for_by_stays_a_title(title: str) -> None:
    assert _title(f"{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n") == title


@pytest.mark.parametrize(
    ("language", "signers"),
    [
        ("es", ["Por Xandia Unida", "Partido de Xandia", "Frente de Zetland"]),
        ("pl", ["Na Rzecz Pokoju", "Partia Xandii", "Front Zetlandu"]),
    ],
)
def test_a_signers_line_of_a_by_lines_form_under_the_prose_is_kept(
    language: str, signers: list[str]
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    entries = "\n".join(signers)
    text = f"Joint statement\n\n{prose}\n\n{prose}\n\nSigned:\n\n{entries}\n"
    assert lists_of(read_text(text)) == [signers]


def test_a_signing_person_under_the_prose_is_read_as_one_not_dropped_as_a_by_line() -> None:
    text = (
        f"Joint statement\n\n{PROSE['en']}\n\n{PROSE['en']}\n\nSigned:\n\n"
        "By Jane Roe, President\nXandia Party\nZetland Front\n"
    )
    document = read_text(text)
    assert lists_of(document) == [["Xandia Party", "Zetland Front"]]
    assert skipped_of(document) == [("By Jane Roe, President", "person")]


@pytest.mark.parametrize(
    ("left", "title"),
    [
        (": ", "జెడ్‌ల్యాండ్ లో వామపక్ష పార్టీల పొత్తు"),
        (": ", "Joint statement of the Xandia unions"),
        ("| ", "Совместное заявление профсоюзов Зедланда"),
    ],
)
def test_a_colon_before_the_title_is_no_part_of_it(left: str, title: str) -> None:
    assert _title(f"{left}{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n") == title


@pytest.mark.parametrize(
    ("site", "title"),
    [
        ("пошук", "ЗАЯВА УЧАСНИКІВ КОНФЕРЕНЦІЇ «СВОБОДА ВИБОРУ»"),
        ("Inicio", "Declaración de los sindicatos «Por Xandia»"),
        ("Home", "«Xandia will not be silenced»"),
    ],
)
def test_a_title_closing_with_a_guillemet_is_no_breadcrumb(site: str, title: str) -> None:
    prose = f"{title.strip('«»')} {PROSE['en']}"
    assert _title(f"{site}\n\n{title}\n\n{prose}\n\n{PROSE['en']}\n") == title


@pytest.mark.parametrize(
    ("badge", "published"),
    [("17Mar/150", date(2015, 3, 17)), ("5 Jan/12 3", date(2012, 1, 5)),
     ("28Dec/99", date(1999, 12, 28)), ("17 Mar/2015", date(2015, 3, 17)),
     ("3 Okt/2019", date(2019, 10, 3)), ("9 Feb/20150", date(2020, 2, 9))],
)  # fmt: skip
def test_a_blogs_date_badge_gives_the_pages_date(badge: str, published: date) -> None:
    text = f"{badge}\n\nJOINT STATEMENT\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert (document.published, document.versions[0].title) == (published, "JOINT STATEMENT")


@pytest.mark.parametrize("line", ["17Xyz/150", "31Feb/15", "12/15"])
def test_no_date_from_a_line_that_is_no_badge(line: str) -> None:
    text = f"{line}\n\nJOINT STATEMENT\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).published is None


@pytest.mark.parametrize(
    ("label", "field", "title"),
    [
        ("Judul", "link", "PH, XKP setuju guna satu logo"),
        ("Title", "source", "Xandia unions agree on one call"),
        ("Başlık", "bağlantı", "Xandia sendikaları ortak çağrıda anlaştı"),
    ],
)
def test_a_headline_under_its_field_lines_is_the_title(label: str, field: str, title: str) -> None:
    # the page prints its headline three times without blank lines, twice after a field's label
    text = f"{label} : {title}\n{field} : {title}\n{title}\n{PROSE['en']}\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "site", "title"),
    [
        ("id", "Baca berita tanpa iklan. Gabung Zedpos.com+", "Gabungan Ormas Xandia Imbau "
         "Masyarakat Tenang"),
        ("en", "Follow us on www.xandianews.org", "Xandia Unions Call for Calm"),
        ("ru", "Читайте нас на zednews.ru", "Профсоюзы Ксандии призывают к спокойствию"),
    ],
)  # fmt: skip
def test_a_line_naming_a_sites_address_is_no_title(language: str, site: str, title: str) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"{site}\n\n{title}\n\n{title}. {prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    "title", ["zet.di und XG Metall: Gemeinsame Erklärung", "Statement of the St.Petersburg forum"]
)
def test_a_name_written_with_a_dot_is_no_sites_address(title: str) -> None:
    text = f"{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title
