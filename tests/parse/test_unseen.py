"""The reader on documents written for these tests, in layouts and languages nothing was tuned on.

Each case states the whole record a reader should see: languages, genre, titles, dateline, stamp,
and every signatory section with its heading, language, as-of date, stated count and entries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kzld.parse import read_file

DATA = Path(__file__).parents[1] / "data" / "documents"

#: (file stem, languages, genre, titles, (created, place) or None, published, sections)
#: where a section is (heading, language, as_of, more_stated, [(name, abbr, gloss, country)]).
CASES: list[tuple[Any, ...]] = [
    (
        "tr_ortak_aciklama", ("tr",), "joint-statement",
        ["KAZAKİSTAN HALKIYLA DAYANIŞMA İÇİN ORTAK AÇIKLAMA"],
        (date(2022, 1, 8), "Ankara"), None,
        [("İMZACI ÖRGÜTLER", "tr", None, 12, [
            ("Emekçi Kadınlar Derneği", "EKD", None, None),
            ("Sosyalist Gençlik Birliği", None, None, "Türkiye"),
            ("Öğrenci Kolektifleri", None, None, None),
        ])],
    ),
    (
        "el_koini_dilosi", ("el",), "joint-statement",
        ["Κοινή δήλωση κομμάτων και οργανώσεων για τα γεγονότα στο Καζακστάν"],
        (date(2022, 1, 10), "Αθήνα"), None,
        [("Υπογράφουν", "el", None, None, [
            ("Εργατικό Επαναστατικό Κόμμα", "ΕΕΚ", "Workers Revolutionary Party", None),
            ("Νεολαία Κομμουνιστικής Απελευθέρωσης", None, None, "Ελλάδα"),
            ("Ένωση Εργαζομένων Λογιστών", "ΕΕΛ", None, None),
        ])],
    ),
    (
        "es_lista_en_linea", ("es",), "declaration",
        ["Declaración de solidaridad con el pueblo trabajador de Kazajistán"],
        (date(2022, 1, 9), "Lima"), None,
        [("Organizaciones firmantes (actualizado al 11 de enero de 2022)", "es",
          date(2022, 1, 11), 12, [
            ("Frente Obrero Campesino", "FOC", None, None),
            ("Unión de Juventudes Socialistas", None, None, "Costa Rica"),
            ("Colectivo Tierra y Libertad", None, None, "México"),
            ("Partido de los Trabajadores de Bolivia", None, None, None),
        ])],
    ),
    (
        "fr_signataires_pays", ("fr",), "statement",
        ["Appel international contre la répression au Kazakhstan"],
        (date(2022, 2, 1), "Paris"), date(2022, 2, 12),
        [("Signataires", "fr", None, None, [
            ("Parti communiste des ouvriers de France", None, None, "France"),
            ("Parti du Travail de Belgique", "PTB", None, "Belgique"),
            ("Union des travailleurs communistes", None, None, "Côte d'Ivoire"),
            ("Comité de solidarité internationaliste de Genève", None, None, None),
        ])],
    ),
    (
        "pt_asteriscos", ("pt",), "declaration",
        ["Declaração de apoio à luta do povo do Cazaquistão"],
        (date(2022, 1, 7), "Porto"), date(2022, 1, 8),
        [("Subscrevem", "pt", None, None, [
            ("Coletivo Operário do Porto", "COP", None, None),
            ("Associação Cultural Resistência", None, None, "Brasil"),
            ("Movimento pela Habitação Digna", None, None, None),
        ])],
    ),
    (
        "it_trattini", ("it",), "joint-statement",
        ["Comunicato congiunto sulla rivolta in Kazakistan"],
        None, date(2022, 1, 8),
        [("Hanno aderito", "it", None, 7, [
            ("Collettivo Operaio Metalmeccanici", "COM", None, None),
            ("Rete dei Comunisti", None, None, "Italia"),
            ("Circolo Culturale Gramsci di Torino", None, None, None),
        ])],
    ),
    (
        "en_site_page", ("en",), "joint-statement",
        ["Joint statement: Hands off the workers of Kazakhstan!"],
        None, date(2022, 1, 9),
        [("Signed by", "en", None, None, [
            ("Workers Solidarity Network", "WSN", None, None),
            ("Dockers Union of Liverpool", None, None, None),
            ("Socialist Alternative", None, None, "Ireland"),
        ])],
    ),
    (
        "en_es_two_lists", ("en", "es"), "joint-statement",
        [
            "Joint declaration on the repression of trade unions",
            "Declaración conjunta sobre la represión de los sindicatos",
        ],
        None, None,
        [
            ("Signatories", "en", None, None, [
                ("Federation of Metal Workers", "FMW", None, None),
                ("Teachers' Union of Ecuador", None, None, "Ecuador"),
                ("Peasant League", None, None, None),
            ]),
            ("Firmantes", "es", None, None, [
                ("Federación de Trabajadores del Metal", "FTM", None, None),
                ("Unión Nacional de Educadores", None, None, "Ecuador"),
                ("Liga Campesina", None, None, None),
            ]),
        ],
    ),
    (
        "ru_po_sostoyaniyu", ("ru",), "declaration",
        ["Заявление о солидарности с бастующими нефтяниками"],
        None, date(2022, 1, 13),
        [("Подписавшие организации (по состоянию на 12 января 2022 г.)", "ru",
          date(2022, 1, 12), 12, [
            ("Объединение рабочих профсоюзов", "ОРП", None, None),
            ("Союз молодёжи «Рабочий класс»", None, None, None),
            ("Левый фронт", None, None, "Беларусь"),
        ])],
    ),
    (
        "nl_stand_en_andere", ("nl",), "declaration",
        ["Solidariteitsverklaring met de stakers"],
        (date(2022, 2, 3), "Rotterdam"), None,
        [("De volgende organisaties hebben de verklaring ondertekend (stand 5 februari 2022)",
          "nl", date(2022, 2, 5), 5, [
            ("Havenarbeiders Collectief", "HAC", None, None),
            ("Socialistische Jongeren", None, None, "België"),
        ])],
    ),
    (
        "en_semicolon_inline", ("en",), "statement",
        ["Statement on the arrests in Almaty"],
        (date(2022, 1, 8), None), None,
        [("The following organisations have signed this statement", "en", None, 4, [
            ("Communist Workers Platform", "CWP", None, None),
            ("Young Socialists of Norway", None, None, None),
            ("Labour Front", None, None, "Sri Lanka"),
        ])],
    ),
    (
        "de_stand_zeile", ("de",), "joint-statement",
        ["Gemeinsame Erklärung"],
        None, date(2022, 1, 13),
        [("Unterzeichnende Organisationen", "de", date(2022, 1, 12), 8, [
            ("Arbeiterbund Wien", "AB", None, None),
            ("Kommunistische Jugend", None, None, "Schweiz"),
        ])],
    ),
    (
        "en_country_subheadings", ("en",), "statement",
        ["Statement on the strike wave in Iran"],
        (date(2022, 3, 5), None), None,
        [
            ("Greece", "en", None, None, [
                ("Workers Union of Piraeus", None, None, "Greece"),
                ("Student Front", None, None, "Greece"),
            ]),
            ("Turkey", "en", None, None, [("Labour Solidarity Platform", None, None, "Turkey")]),
        ],
    ),
    (
        "en_ru_short_versions", ("en", "ru"), "motion",
        [
            "Motion of solidarity with the teachers of Kazakhstan",
            "Резолюция солидарности с учителями Казахстана",
        ],
        (date(2022, 3, 2), "Almaty"), None,
        [
            ("Signed", "en", None, None, [
                ("Teachers Federation", "TF", None, None),
                ("Rural Schools Committee", None, None, None),
                ("Union of Education Workers", None, None, "Kyrgyzstan"),
            ]),
            ("Подписали", "ru", None, None, [
                ("Федерация учителей", "ФУ", None, None),
                ("Комитет сельских школ", None, None, None),
                ("Союз работников образования", None, None, "Казахстан"),
            ]),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_unseen_document(case: tuple[Any, ...]) -> None:
    stem, languages, genre, titles, created, published, sections = case
    document = read_file(DATA / f"{stem}.txt")
    assert document.languages == languages
    assert document.genre == genre
    assert [v.title for v in document.versions] == titles
    assert ((document.created.date, document.created.place) if document.created else None) == (
        created
    )
    assert document.published == published
    found = [
        (
            s.heading,
            s.language,
            s.as_of,
            s.more_stated,
            [(e.name, e.abbreviation, e.gloss, e.country_hint) for e in s.entries],
        )
        for s in document.sections
    ]
    assert found == sections
    for section in document.sections:
        assert [e.position for e in section.entries] == list(range(1, len(section.entries) + 1))
        for entry in section.entries:
            assert document.text[entry.span.start : entry.span.end] == entry.raw


def test_site_furniture_stays_out_of_every_record() -> None:
    document = read_file(DATA / "en_site_page.txt")
    kept = [p.text for v in document.versions for p in v.paragraphs] + [
        e.raw for s in document.sections for e in s.entries
    ]
    assert len(document.versions[0].paragraphs) == 2
    boilerplate = [document.text[b.start : b.end] for b in document.boilerplate]
    for junk in (
        "Home | About us",
        "Skip to content",
        "Share this",
        "Related articles",
        "general strike in India",
        "Upcoming events",
        "Conference on labour rights",
        "All rights reserved",
    ):
        assert any(junk in line for line in boilerplate), junk
        assert not any(junk in text for text in kept), junk


def test_inline_count_is_cut_from_the_last_name() -> None:
    entry = read_file(DATA / "es_lista_en_linea.txt").sections[0].entries[-1]
    assert entry.raw == "Partido de los Trabajadores de Bolivia"


def test_country_after_a_comma_joins_the_entry_before_it() -> None:
    document = read_file(DATA / "es_lista_en_linea.txt")
    entry = document.sections[0].entries[1]
    assert entry.raw == "Unión de Juventudes Socialistas, Costa Rica"
    assert document.text[entry.span.start : entry.span.end] == entry.raw


def test_stamp_and_dateline_are_told_apart() -> None:
    document = read_file(DATA / "pt_asteriscos.txt")
    kinds = [(d.kind, d.raw) for d in document.versions[0].datelines]
    assert kinds == [("stamp", "2022-01-08 10:15"), ("dateline", "Porto, 7 de janeiro de 2022")]


def test_interview_names_interviewee_publisher_and_original() -> None:
    document = read_file(DATA / "es_entrevista.txt")
    assert (document.genre, document.languages) == ("interview", ("es",))
    assert document.versions[0].title == (
        "Entrevista de Prensa Obrera a Laura Gómez sobre la huelga minera"
    )
    assert [(p.name, p.role, p.affiliation, p.language) for p in document.persons] == [
        (
            "Laura Gómez",
            "secretaria general del Sindicato Minero del Norte (SMN)",
            "SMN",
            "es",
        )
    ]
    assert document.publisher == "Prensa Obrera"
    assert [(link.url, link.language) for link in document.links] == [
        ("https://example.org/en/interview-laura-gomez", "en")
    ]
    person = document.persons[0]
    assert document.text[person.span.start : person.span.end] == person.name
    assert document.sections == ()
