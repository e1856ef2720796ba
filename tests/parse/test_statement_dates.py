"""Which of a text's dates is the statement's (``created``) and which the page's (``published``).

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the
statement's date and place, the page's date, and that no date is made up (a range, a date
without a year, the site's header date, an event's date give none), in at least three languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.model.records import Document
from kzld.parse import read_bytes

from .prose import PROSE


def _read(text: str) -> Document:
    return read_bytes("statement.txt", text.encode("utf-8"))


def _dates(text: str) -> tuple[date | None, str | None, date | None]:
    document = _read(text)
    created = document.created
    return (
        created.date if created else None,
        created.place if created else None,
        document.published,
    )


@pytest.mark.parametrize(
    ("language", "title", "line", "published"),
    [
        ("en", "Joint statement on the elections", "Thursday, May 24, 2018", date(2018, 5, 24)),
        ("fr", "Les partis condamnent l'agression", "21 OCTOBRE 2019", date(2019, 10, 21)),
        ("el", "Κοινή ανακοίνωση των κομμάτων", "Σεπτεμβρίου 26, 2009", date(2009, 9, 26)),
    ],
)
def test_a_date_above_the_title_is_the_pages_date(
    language: str, title: str, line: str, published: date
) -> None:
    text = line + "\n\n" + title + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (None, None, published)


#: A paragraph of Finnish argument, made up.
_FINNISH = (
    "Alueen työntekijät ovat olleet lakossa kolme viikkoa uusia palkkasääntöjä vastaan, ja "
    "ammattiliitot vaativat neuvotteluja työnantajien kanssa ennen kuun loppua."
)


@pytest.mark.parametrize(
    ("line", "published"),
    [("24 maaliskuun 2017", date(2017, 3, 24)), ("5 joulukuun 2019", date(2019, 12, 5))],
)
def test_a_finnish_month_in_the_genitive_dates_the_page_above_the_title(
    line: str, published: date
) -> None:
    """The genitive of a Finnish month's name ("maaliskuun", of March) is a month: the line is
    the page's date, never the title."""
    title = "Ammattiliitot vaativat reilua palkkaa"
    text = f"{line}\n\n{title}\n\n{_FINNISH}\n\n{_FINNISH}\n"
    assert _dates(text) == (None, None, published)
    assert _read(text).versions[0].title == title


@pytest.mark.parametrize(
    ("language", "line", "published"),
    [
        ("en", "Issue 47, 8 March 1995", date(1995, 3, 8)),
        ("fr", "12 mars 1998, n° 47", date(1998, 3, 12)),
        ("lt", "1997-04-30, Nr. 108/109", date(1997, 4, 30)),
    ],
)
def test_a_date_beside_an_issues_number_is_the_pages(
    language: str, line: str, published: date
) -> None:
    """A periodical's date and issue number on one line: the day the issue came out."""
    text = f"{line}\n\nTitle\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert _dates(text) == (None, None, published)


@pytest.mark.parametrize(
    ("language", "masthead", "published"),
    [
        ("en", "Zedtown, 8 March 1995\nIssue 47", date(1995, 3, 8)),
        ("de", "Zedstadt, 8. März 1995\nAusgabe 47", date(1995, 3, 8)),
        ("ru", "Зедград, 8 марта 1995 года\nВыпуск 47 /1348/", date(1995, 3, 8)),
    ],
)
def test_a_dateline_over_an_issues_number_is_the_pages(
    language: str, masthead: str, published: date
) -> None:
    """A bulletin's masthead, its place and date over its issue's number, then the statement:
    the day the issue came out, not the statement's date."""
    text = f"{masthead}\n\nTitle\n\n{PROSE[language]}\n\n{PROSE[language]}\n"
    assert _dates(text) == (None, None, published)


@pytest.mark.parametrize(
    ("language", "headline", "line", "published"),
    [
        ("en", "Parties sign a joint statement on the elections", "Thursday, May 24, 2018",
         date(2018, 5, 24)),
        ("fr", "Les partis condamnent l'agression", "21 OCTOBRE 2019", date(2019, 10, 21)),
        ("el", "Τα κόμματα υπογράφουν κοινή ανακοίνωση", "Σεπτεμβρίου 26, 2009",
         date(2009, 9, 26)),
    ],
)  # fmt: skip
def test_a_date_under_a_headline_is_the_pages_date(
    language: str, headline: str, line: str, published: date
) -> None:
    """A headline that reports on a statement, the date under it, then the text: the page's."""
    text = headline + "\n" + line + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (None, None, published)


@pytest.mark.parametrize(
    ("language", "head", "line", "created"),
    [
        ("en", "Joint statement on the elections", "Thursday, May 24, 2018", date(2018, 5, 24)),
        ("en", "Zetland Summit - Letter from the unions of Xandia", "14 October, 2017",
         date(2017, 10, 14)),
        ("fr", "Communiqué commun\nXKP,\nPTU, ZSU et XJS", "jeudi 3 mars 2016",
         date(2016, 3, 3)),
        ("el", "Κοινή ανακοίνωση των κομμάτων", "Σεπτεμβρίου 26, 2009", date(2009, 9, 26)),
    ],
)  # fmt: skip
def test_a_date_under_the_statements_own_name_is_its_date(
    language: str, head: str, line: str, created: date
) -> None:
    """A title opening with the statement's name (after a kicker perhaps), its signers' lines
    perhaps, then a date alone above the text: the date the statement gives itself."""
    text = head + "\n" + line + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "title", "reported", "line", "day"),
    [
        ("en", "XKP -ZWU joint statement", "XKP-ZWU leaders sign a joint statement",
         "16 May 2020", date(2020, 5, 16)),
        ("de", "XGB/YVU Gemeinsame Erklärung", "XGB-YVU unterzeichnen Gemeinsame Erklärung",
         "16. Mai 2020", date(2020, 5, 16)),
        ("tr", "XİS-YKS ortak açıklama", "XİS-YKS ortak açıklama yaptı", "16 Mayıs 2020",
         date(2020, 5, 16)),
        ("nl", "XVB-ZBO gezamenlijke verklaring", "XVB-ZBO tekenen gezamenlijke verklaring",
         "16 mei 2020", date(2020, 5, 16)),
    ],
)  # fmt: skip
def test_a_date_under_a_title_of_its_senders_and_the_statements_name_is_its_date(
    language: str, title: str, reported: str, line: str, day: date
) -> None:
    """A title that is nothing but its senders' names joined and the statement's name, then a
    date alone above the text: the date the statement gives itself, no page's stamp. A headline
    that reports the statement (a word of its own beside them) stays the page's."""
    body = "\n\n" + line + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(title + body) == (day, None, None)
    assert _dates(reported + body) == (None, None, day)


@pytest.mark.parametrize(
    ("header", "menu", "language"),
    [
        ("Donnerstag, 28. März 2024", "Home / Politik / International", "de"),
        ("Jueves, 28 de marzo de 2024", "Inicio | Noticias | Contacto", "es"),
        ("Thursday, 28 March 2024", "Home > News > International", "en"),
    ],
)
def test_the_sites_header_date_above_its_menus_is_no_date(
    header: str, menu: str, language: str
) -> None:
    text = header + "\n" + menu + "\n\nTitle\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (None, None, None)


@pytest.mark.parametrize(
    ("language", "line", "created"),
    [
        ("en", "20 October 2009", date(2009, 10, 20)),
        ("ar", "29/8/2013", date(2013, 8, 29)),
        ("fr", "29/08/2013", date(2013, 8, 29)),
    ],
)
def test_a_date_closing_the_text_is_the_statements(language: str, line: str, created: date) -> None:
    names = ["Communist Party of Britain", "Party of Labour of Austria", "Socialist Movement"]
    text = "Title\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n" + line + "\n"
    assert _dates(text + "\n".join(names) + "\n") == (created, None, None)


@pytest.mark.parametrize(
    ("language", "heading", "line"),
    [
        ("en", "National Convention", "23rd June 2017"),
        ("it", "Manifestazione Nazionale", "Sabato 5 Novembre 2022"),
        ("de", "Kundgebung vor dem Rathaus", "Samstag, 1. Oktober 2022"),
    ],
)
def test_a_date_under_an_event_is_the_events(language: str, heading: str, line: str) -> None:
    text = heading + "\n\n" + line + "\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (None, None, None)


@pytest.mark.parametrize(
    ("language", "heading", "line", "created"),
    [
        ("fr", "1ère Déclaration commune au niveau international", "7/1/26", date(2026, 1, 7)),
        ("en", "Joint Statement", "12 May 2020", date(2020, 5, 12)),
        ("es", "Declaración conjunta", "12 de mayo de 2020", date(2020, 5, 12)),
    ],
)
def test_a_date_under_a_statement_named_in_the_text_is_its_date(
    language: str, heading: str, line: str, created: date
) -> None:
    # the statement is named after the text has begun: the date is that statement's
    text = "Title\n\n" + PROSE[language] + "\n" + heading + "\n" + line + "\n"
    text += PROSE[language] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "heading", "created"),
    [
        ("it", "COMUNICATO STAMPA CONGIUNTO DEL 4.4.2022", date(2022, 4, 4)),
        ("en", "Joint statement of 12 May 2020", date(2020, 5, 12)),
        ("de", "Gemeinsame Erklärung vom 3. März 2022", date(2022, 3, 3)),
        # the date at the end with no word before it
        ("sv", "Gemensamt uttalande av ordförandena för partierna 6.9.2017", date(2017, 9, 6)),
        ("en", "Joint statement of the X Party and the Y Party 12 May 2020", date(2020, 5, 12)),
        ("de", "Gemeinsame Erklärung der X-Partei und der Y-Partei 3. März 2022", date(2022, 3, 3)),
    ],
)
def test_a_heading_naming_the_statement_gives_its_date(
    language: str, heading: str, created: date
) -> None:
    text = "Title\n\n" + heading + "\n" + PROSE[language] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "heading", "reported", "created"),
    [
        ("en", "Joint statement 8th April 2031", "Solidarity with the strikers 8th April 2031",
         date(2031, 4, 8)),
        ("hu", "Közös nyilatkozat 2031. április 8.",
         "Szolidaritás a sztrájkolókkal 2031. április 8.", date(2031, 4, 8)),
        ("ru", "Совместное заявление 8 апреля 2031 г.",
         "Солидарность с бастующими 8 апреля 2031 г.", date(2031, 4, 8)),
        ("el", "Κοινή ανακοίνωση 8ης Απριλίου 2031", "Αλληλεγγύη στους απεργούς 8ης Απριλίου 2031",
         date(2031, 4, 8)),
        ("fr", "Déclaration commune 1er mai 2031", "Solidarité avec les grévistes 1er mai 2031",
         date(2031, 5, 1)),
    ],
)  # fmt: skip
def test_a_heading_naming_the_statement_gives_its_date_in_its_languages_form(
    language: str, heading: str, reported: str, created: date
) -> None:
    """A heading naming the statement that ends with a date written as its language writes one
    (an ordinal day, the year first, a case's ending) gives the statement's date; a heading
    naming anything else ending so gives none."""
    assert _dates("Title\n\n" + heading + "\n" + PROSE[language] + "\n") == (created, None, None)
    assert _dates("Title\n\n" + reported + "\n" + PROSE[language] + "\n") == (None, None, None)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("it", "Le adesioni alla Manifestazione Nazionale per la Pace del 5 novembre 2022"),
        ("en", "Solidarity with the strike of 12 May 2020"),
        ("de", "Aufruf zur Friedensdemonstration vom 1. Oktober 2022 in Berlin"),
        ("en", "Solidarity with the strikers 12 May 2020"),
    ],
)
def test_a_heading_naming_something_else_gives_no_date(language: str, heading: str) -> None:
    assert _dates(heading + "\n\n" + PROSE[language] + "\n") == (None, None, None)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        (
            "en",
            "The joint meeting of Central Trade Unions held on 2nd June 2017 at INTUC Office, "
            "New Delhi voiced deep alarm at the course the Government has taken.",
            date(2017, 6, 2),
        ),
        (
            "pt",
            "Aprovado em Lisboa, a 14 de Março de 2010, na Reunião do Grupo de Trabalho, o "
            "documento reúne já muitos subscritores.",
            date(2010, 3, 14),
        ),
        (
            "es",
            "El 11 de abril de 2022 los dos secretarios generales mantuvieron encuentros "
            "bilaterales en Atenas.",
            date(2022, 4, 11),
        ),
        (
            "ar",
            "نحن الحاضرون والمشاركون في هذا اللقاء والمنعقد في اسطنبول بتاريخ 23/9/2011، نؤكد "
            "تضامننا مع الشعب.",
            date(2011, 9, 23),
        ),
    ],
)
def test_an_opening_sentence_says_when_the_statement_was_made(
    language: str, opening: str, created: date
) -> None:
    text = "Title\n\n" + opening + "\n\n" + PROSE[language] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "opening", "created", "place"),
    [
        ("de", "Berlin, den 21.03.2024. Heute wurde ein breites Bündnis gegründet.",
         date(2024, 3, 21), "Berlin"),
        ("en", "London, 3 May 2021. The unions met today and agreed on a common call.",
         date(2021, 5, 3), "London"),
        ("fr", "Paris, le 1er février 2022 — Les syndicats appellent à la grève générale.",
         date(2022, 2, 1), "Paris"),
    ],
)  # fmt: skip
def test_a_place_and_date_opening_the_text_is_the_statements(
    language: str, opening: str, created: date, place: str
) -> None:
    text = "Title\n\n" + opening + " " + PROSE[language] + "\n"
    assert _dates(text) == (created, place, None)


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        # ranges of days are no date
        ("it", "I partiti riuniti a Bruxelles l'11 e il 12 aprile 2011 levano una ferma protesta."),
        ("en", "The parties meeting at the Conference of November 25-26, 2006 in Prague declare."),
        ("fr", "La Rencontre tenue à Izmir du 18 au 20 octobre 2019 assure le peuple."),
        # a date without a year is no full date
        ("de", "Am Samstag, 21. Januar, trafen sich die Parteien in Brüssel zu einer Konferenz."),
        # a date in a sentence that says nothing of the statement being made
        ("en", "The war that began on 24 February 2022 has cost tens of thousands of lives."),
        # a day without its year beside a full date: which is the statement's is not said
        (
            "es",
            "Hoy, 20 de abril, se han reunido los sindicatos para apoyar la consulta del 7 de "
            "mayo de 2017.",
        ),
        ("en", "Today, 20 April, the unions met to support the vote of 7 May 2017 in the towns."),
        ("fr", "Aujourd'hui, 20 avril, les syndicats se sont réunis pour le vote du 7 mai 2017."),
    ],
)
def test_no_date_is_made_up_from_the_opening(language: str, opening: str) -> None:
    text = "Title\n\n" + opening + "\n\n" + PROSE.get(language, PROSE["en"]) + "\n"
    assert _dates(text) == (None, None, None)


def test_a_dateline_comes_before_a_date_in_a_sentence() -> None:
    text = (
        "Title\n\nThe parties met in Lisbon on 8 October 2019 and adopted this call.\n\n"
        + PROSE["en"]
        + "\n\nLisbon, 9 October 2019\n"
    )
    assert _dates(text) == (date(2019, 10, 9), "Lisbon", None)


@pytest.mark.parametrize(
    ("heading", "stamp", "as_of"),
    [
        # a stamp in the title governs the list
        ("Weitere Unterstützer für den Aufruf (Aktualisierung vom 24.09.22)", "Unterzeichner:",
         date(2022, 9, 24)),
        ("Signatories of the appeal [updated 26/03/2012]", "Signed:", date(2012, 3, 26)),
        ("Firmatari dell'appello (aggiornamento al 3 novembre 2022)", "Firmatari:",
         date(2022, 11, 3)),
        # a stamp without a year in the list's heading takes the year of the day the text gives
        ("Archivi giornalieri: 3 novembre 2022", "ADESIONI (al 3 novembre)", date(2022, 11, 3)),
        ("Posted on 26 March 2012", "Signatories (updated 26 March):", date(2012, 3, 26)),
        ("Veröffentlicht am 21. März 2011", "Unterzeichner (Stand: 21. März):",
         date(2011, 3, 21)),
    ],
)  # fmt: skip
def test_an_update_stamp_is_the_as_of_date_of_the_list(
    heading: str, stamp: str, as_of: date
) -> None:
    names = ["Communist Party of Britain", "Party of Labour of Austria", "Socialist Movement"]
    text = heading + "\n\n" + PROSE["en"] + "\n\n" + stamp + "\n" + "\n".join(names) + "\n"
    lists = [s for s in _read(text).sections if s.kind == "list"]
    assert [s.as_of for s in lists] == [as_of]


@pytest.mark.parametrize(
    ("heading", "stamp"),
    [
        # no full date of that day in the text: the year is not guessed
        ("Archivi giornalieri: 4 novembre 2022", "ADESIONI (al 3 novembre)"),
        ("Title", "Signatories (updated 26 March):"),
        # two years of that day: which one is not guessed either
        ("Posted on 26 March 2012, first signed 26 March 2011", "Signatories (updated 26 March):"),
        # a date in the title that is no update stamp
        ("Appeal for the demonstration of 1 October 2022", "Signatories:"),
    ],
)
def test_no_as_of_date_is_made_up(heading: str, stamp: str) -> None:
    names = ["Communist Party of Britain", "Party of Labour of Austria", "Socialist Movement"]
    text = heading + "\n\n" + PROSE["en"] + "\n\n" + stamp + "\n" + "\n".join(names) + "\n"
    lists = [s for s in _read(text).sections if s.kind == "list"]
    assert [s.as_of for s in lists] == [None]


@pytest.mark.parametrize(
    ("first", "second", "line", "again", "created"),
    [
        ("en", "el", "20 March 2019", "20 Μαρτίου 2019", date(2019, 3, 20)),
        ("fr", "es", "4 octobre 2019", "4 de octubre de 2019", date(2019, 10, 4)),
        ("de", "ar", "21.03.2024", "21/3/2024", date(2024, 3, 21)),
    ],
)
def test_a_date_closing_each_version_is_the_statements(
    first: str, second: str, line: str, again: str, created: date
) -> None:
    # the second version is longer: the date under the first is still its closing date
    text = "Title\n\n" + PROSE[first] + "\n" + line + "\n\nTitle\n\n" + PROSE[second] + "\n\n"
    text += PROSE[second] + "\n" + again + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "line", "created", "place"),
    [
        # a place after a preposition meaning "in", no comma before the date
        ("sk", "V Bratislave 16.3.2023", date(2023, 3, 16), "V Bratislave"),
        ("pl", "W Warszawie 12 maja 2020 r.", date(2020, 5, 12), "W Warszawie"),
        ("uk", "У Києві 12.05.2020", date(2020, 5, 12), "У Києві"),
        # a space after each dot of a numeric date
        ("sl", "Ljubljana, 26. 1. 2018", date(2018, 1, 26), "Ljubljana"),
        ("cs", "V Praze, 3. 4. 2019", date(2019, 4, 3), "V Praze"),
        ("sk", "Košice, 16. 3. 2023", date(2023, 3, 16), "Košice"),
    ],
)
def test_a_closing_place_and_date_in_the_forms_of_central_europe(
    language: str, line: str, created: date, place: str
) -> None:
    text = "Title\n\n" + PROSE["en"] + "\n\n" + line + "\n"
    assert _dates(text) == (created, place, None)


@pytest.mark.parametrize(
    ("heading", "dated", "created"),
    [
        ("Deklaracja Partii X i Związku Y", "z dnia 27 maja 2005 r.", date(2005, 5, 27)),
        ("Gemeinsame Erklärung der Partei X", "vom 27. Mai 2005", date(2005, 5, 27)),
        ("Заявление партии X и союза Y", "от 27 мая 2005 г.", date(2005, 5, 27)),
    ],
)
def test_a_line_dating_the_document_under_its_heading_is_the_statements(
    heading: str, dated: str, created: date
) -> None:
    # a page's report, then the document it publishes, its heading dated on a line of its own
    text = "News\n\n" + PROSE["en"] + "\n\n" + heading + "\n" + dated + "\n\n" + PROSE["en"]
    assert _dates(text + "\n") == (created, None, None)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        (
            "uk",
            "Профспілки провели зустріч з партнерами 23 квітня 2024 року у Любліні.",
            date(2024, 4, 23),
        ),
        ("pl", "Spotkanie partii odbyło się 12 maja 2020 r. w Warszawie.", date(2020, 5, 12)),
        ("bg", "Днес, 8 март 1995 г., съюзът прие тази декларация.", date(1995, 3, 8)),
        # what is still to come is not when the statement was made
        ("en", "The parties met to prepare the elections to be held on 9th August 2022.", None),
        ("it", "I partiti si sono riuniti per il congresso che si terrà il 9 agosto 2022.", None),
        (
            "ru",
            "Партии провели встречу перед съездом, который состоится 9 августа 2022 года.",
            None,
        ),
    ],
)
def test_an_opening_sentence_in_more_languages(
    language: str, opening: str, created: date | None
) -> None:
    text = "Title\n\n" + opening + "\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("en", "12 May 2020 - The X Party and the Y Front agreed today on a common call.",
         date(2020, 5, 12)),
        ("th", "13 พ.ค.62 - เวลา 14.00 น. ที่โรงแรมในกรุงเทพฯ หัวหน้าพรรคเล็กแถลงข่าวร่วมกัน",
         date(2019, 5, 13)),
        ("es", "3 de marzo de 2021 – Los sindicatos de Xandia firmaron hoy un acuerdo común.",
         date(2021, 3, 3)),
    ],
)  # fmt: skip
def test_a_date_alone_before_a_dash_opening_the_text_is_the_statements(
    language: str, opening: str, created: date
) -> None:
    text = "Title\n\n" + opening + " " + PROSE["en"] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("en", "12 May 2020- The Xandia Workers' Party and the PTU welcome the decision.",
         date(2020, 5, 12)),
        ("es", "3 de marzo de 2021– Los sindicatos de Xandia llaman a la huelga general.",
         date(2021, 3, 3)),
        ("tr", "5 Mayıs 2020- Zetland İşçi Partisi ve PTU genel greve çağırıyor.",
         date(2020, 5, 5)),
    ],
)  # fmt: skip
def test_a_dash_written_onto_the_opening_date_parts_it_from_the_sentence(
    language: str, opening: str, created: date
) -> None:
    text = "Title\n\n" + opening + " " + PROSE["en"] + "\n"
    assert _dates(text) == (created, None, None)


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("eu", "X ALDERDIAK eta Y FRONTEAK, Zedtownen 2012ko martxoaren 14ean bildurik, "
         "adierazpen hau onartu dute.", date(2012, 3, 14)),
        ("ar", "عقد يوم 8 تشرين الثاني/نوفمبر 2025 اجتماع مشترك ضم قيادات الأحزاب.",
         date(2025, 11, 8)),
        ("en", "The parties met on 8 November/Nov 2025 in Zedtown and adopted this call.",
         date(2025, 11, 8)),
    ],
)  # fmt: skip
def test_an_opening_sentence_with_a_date_in_more_forms(
    language: str, opening: str, created: date
) -> None:
    text = "Title\n\n" + opening + "\n\n" + PROSE["en"] + "\n"
    assert _dates(text) == (created, None, None)
