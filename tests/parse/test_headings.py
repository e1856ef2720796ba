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
    "it": "I lavoratori della regione in sciopero contro le nuove regole salariali",
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


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "<Workers>"),  # a label wholly in brackets
        ("ar", "خاص بشبكة عمال المنطقة/"),  # a source's name before its link
        ("de", "Arbeiter der Region - nordwind.example"),  # the site's address beside a page's name
        ("fr", "AccueilRégionContact"),  # menu items written without spaces
    ],
)
def test_a_line_of_the_sites_form_is_no_title(language: str, label: str) -> None:
    title, paragraphs, _ = _read(label, TITLES[language], PROSE[language])
    assert (title, paragraphs) == (TITLES[language], [PROSE[language]])


@pytest.mark.parametrize("language", ["en", "ru", "el"])
def test_a_label_alone_above_the_prose_is_no_title(language: str) -> None:
    title, paragraphs, _ = _read("[Info]", PROSE[language])
    assert (title, paragraphs) == (None, [PROSE[language]])


@pytest.mark.parametrize(
    ("language", "home"),
    [("it", "Home News"), ("de", "Startseite Politik"), ("el", "ΑΡΧΙΚΗ Ειδήσεις")],
)
def test_a_breadcrumb_without_separators_ending_with_the_title_is_passed_over(
    language: str, home: str
) -> None:
    title, _, _ = _read(f"{home} {TITLES[language]}", TITLES[language], PROSE[language])
    assert title == TITLES[language]


@pytest.mark.parametrize(
    ("language", "where"),
    [("el", "ΓΕΝΕΥΗ ΑΠΡΙΛΙΟΣ 2021"), ("en", "Geneva, April 2021"), ("fr", "Genève, avril 2021")],
)
def test_the_title_written_again_with_a_place_and_date_is_the_first(
    language: str, where: str
) -> None:
    # the menu above it shares a word with the prose; the headline is written twice
    menu = {"el": "ΑΡΧΙΚΗ Διάφορα Περιοχής", "en": "HOME Various Region", "fr": "ACCUEIL Région"}
    lines = (menu[language], TITLES[language], f"{TITLES[language]}, {where}", PROSE[language])
    title, _, _ = _read(*lines)
    assert title == TITLES[language]


@pytest.mark.parametrize(
    ("title", "again"),
    [
        (
            "北区4労組・共同アピールー「戦争」を許さない!",
            "北区4労組・共同アピール〜「戦争」を許さない!",
        ),
        ("Workers' joint appeal – no to the war!", "Workers’ joint appeal — no to the war!"),
        ("«Нет войне» – обращение профсоюзов", '"Нет войне" - обращение профсоюзов'),
    ],
)
def test_a_heading_written_again_with_another_dash_or_quotation_mark_is_the_title(
    title: str, again: str
) -> None:
    found, _, _ = _read("Back to the region's news", title, "Home Search", again, PROSE["en"])
    assert found == title


@pytest.mark.parametrize(
    ("language", "source", "kept"),
    [
        ("en", "(X Solidarity Network)", True),
        ("de", "(Aktualisierung vom 24.09.22)", True),
        # a mark of updating without a date is the page's note, no part of the title
        ("fr", "(mis à jour)", False),
    ],
)
def test_a_heading_closed_by_a_bracket_is_a_heading(language: str, source: str, kept: bool) -> None:
    heading = f"{TITLES[language]} {source}"
    title, paragraphs, _ = _read(heading, PROSE[language])
    assert (title, paragraphs) == (heading if kept else TITLES[language], [PROSE[language]])


@pytest.mark.parametrize(
    ("language", "wrapped"),
    [
        (
            "tr",
            "Geçen hafta Ankara'da Kuzey Partisi\nBaşkanı ve\n"
            "sendika başkanları toplantıda kararlarını açıkladılar.",
        ),
        (
            "en",
            "Last week in the capital the X Party of Britain\nChair and\n"
            "the leaders of the unions made their decisions known.",
        ),
        (
            "es",
            "La semana pasada en la capital el Partido X\nde Bretaña y\n"
            "los sindicatos dieron a conocer sus decisiones.",
        ),
    ],
)
def test_a_paragraph_wrapped_by_hand_gives_no_title(language: str, wrapped: str) -> None:
    title, paragraphs, _ = _read(wrapped, PROSE[language])
    assert title is None
    assert paragraphs[0] == wrapped.split("\n")[0]


@pytest.mark.parametrize(
    ("title", "sentence", "prose"),
    [
        (
            "北区4労組の共同アピール",
            "北区の四つの労働組合は本日、共同アピールを発表しました。",
            "四つの労働組合は、総選挙にあたって戦争に反対し、暮らしを守る政治を求めています。" * 3,
        ),
        (
            "四小黨簽聯合宣言",
            "四個小黨今日在台北簽署聯合宣言。",
            "各黨表示，將在下次選舉前共同推動公共政策，並逐步擴大合作，盼突破既有框架。" * 3,
        ),
        (TITLES["ar"], "لماذا يضرب عمال المنطقة؟", PROSE["ar"]),
    ],
)
def test_a_line_ending_with_the_full_stop_of_its_script_is_prose(
    title: str, sentence: str, prose: str
) -> None:
    # a short first paragraph that ends as a sentence ends in its script is no subtitle
    found, paragraphs, _ = _read(title, sentence, prose)
    assert (found, paragraphs) == (title, [sentence, prose])


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("fr", "Ce site utilise des cookies pour informer les travailleurs. En savoir plus"),
        ("en", "This website uses cookies to tell workers of the region more. Accept"),
        ("de", "Diese Website verwendet Cookies für Arbeiter der Region. Mehr erfahren"),
    ],
)
def test_a_notice_about_cookies_is_furniture(language: str, notice: str) -> None:
    title, paragraphs, _ = _read(notice, TITLES[language], PROSE[language])
    assert (title, paragraphs) == (TITLES[language], [PROSE[language]])


def test_an_arabic_title_is_echoed_by_its_words_with_the_article() -> None:
    # "joint statement" in the title, "the joint" in the prose
    assert echo("بيان مشترك", "أصدرت الأحزاب البيان المشترك اليوم") == 1.0


@pytest.mark.parametrize(
    ("language", "kicker"),
    [("en", "Solidarity motion"), ("de", "Gemeinsamer Aufruf"), ("fr", "Motion de solidarité")],
)
def test_the_pages_title_joining_kicker_and_headline_stays_the_title(
    language: str, kicker: str
) -> None:
    page = f"{kicker} {TITLES[language]}"
    title, _, _ = _read(page, kicker, TITLES[language], PROSE[language])
    assert title == page


@pytest.mark.parametrize(
    ("language", "caption"),
    [("en", "▲ Workers of the region"), ("ru", "■ Рабочие региона"), ("el", "● Οι εργαζόμενοι")],
)
def test_a_line_after_a_captions_mark_is_no_title(language: str, caption: str) -> None:
    title, paragraphs, _ = _read(caption, PROSE[language])
    assert (title, paragraphs) == (None, [PROSE[language]])


@pytest.mark.parametrize(
    ("language", "section"),
    [("en", "Workers' news"), ("de", "Arbeiter aktuell"), ("fr", "Travailleurs")],
)
def test_a_headline_written_again_under_the_lead_is_the_title(language: str, section: str) -> None:
    # the site's section (a word of the prose), the headline, the lead, the headline again
    lead = PROSE[language]
    lines = (section, TITLES[language], lead, TITLES[language], PROSE[language])
    title, _, _ = _read(*lines)
    assert title == TITLES[language]


@pytest.mark.parametrize(
    ("language", "site"), [("en", "Workers"), ("de", "Arbeiter"), ("ru", "Рабочие")]
)
def test_one_word_above_the_headline_is_the_sites_even_when_the_prose_echoes_it(
    language: str, site: str
) -> None:
    # the site's name or a section, in one word the prose repeats, above the headline
    title, paragraphs, _ = _read(site, TITLES[language], PROSE[language])
    assert (title, paragraphs) == (TITLES[language], [PROSE[language]])


@pytest.mark.parametrize("language", ["en", "fr", "it"])
def test_a_bullet_before_the_title_is_no_part_of_it(language: str) -> None:
    title, paragraphs, _ = _read(f"• {TITLES[language]}", PROSE[language])
    assert (title, paragraphs) == (TITLES[language], [PROSE[language]])


def test_no_letter_before_the_first_ideographic_one_is_compared_in_pairs() -> None:
    # echo compares a word of Chinese characters or kana by its pairs of characters, and skips
    # asking a word letter by letter when it holds no character from U+2E80 on
    from kzld.model.scripts import letter_script
    from kzld.parse.headings import _FIRST_IDEOGRAPHIC, _IDEOGRAPHIC

    below = (chr(c) for c in range(ord(_FIRST_IDEOGRAPHIC)))
    assert [c for c in below if letter_script(c) in _IDEOGRAPHIC] == []
    assert letter_script(_FIRST_IDEOGRAPHIC) in _IDEOGRAPHIC
    assert echo("工会声明", "全国工会发表声明") == 2 / 3  # 工会 and 声明, not 会声
