"""The event finder on documents written for it: other languages and spellings find the same
events, inflected forms match, look-alike words do not, and every mention keeps its evidence."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
import yaml

from kzld.model.records import Dateline, Document, Mention, Paragraph, Section, Span, Version
from kzld.resolve.events.finder import EventFinder, EventLinks, sentence_starts
from kzld.resolve.events.gazetteer import Gazetteer, load_gazetteer

DATA = Path(__file__).parents[2] / "data" / "events"
CASES = yaml.safe_load((DATA / "cases.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def finder(gazetteer: Gazetteer) -> EventFinder:
    return EventFinder(gazetteer)


def document(
    text: str,
    language: str,
    *,
    when: date | None = None,
    place: str | None = None,
    name: str = "case.txt",
    sections: tuple[Section, ...] = (),
    boilerplate: tuple[Span, ...] = (),
) -> Document:
    """A one-version document as the reader would give it: first line the title."""
    text = unicodedata.normalize("NFC", text)
    title = text.split("\n", 1)[0]
    created = None
    if when is not None:
        created = Dateline(str(when), Span(0, 0), "dateline", when, place)
    version = Version(
        language,
        Span(0, len(text)),
        title=title,
        paragraphs=(Paragraph(text, Span(0, len(text))),),
    )
    return Document(
        name=name,
        sha256="0" * 64,
        text=text,
        genre="statement",
        versions=(version,),
        sections=sections,
        created=created,
        boilerplate=boilerplate,
    )


def case_document(name: str) -> Document:
    case = CASES[name]
    return document(
        (DATA / name).read_text(encoding="utf-8"),
        name.split("_", 1)[0],
        when=case["date"],
        place=case.get("place"),
        name=name,
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_written_documents_find_the_expected_events(finder: EventFinder, name: str) -> None:
    doc = case_document(name)
    mentions = finder.find_mentions(doc)
    links = finder.link(doc, mentions)
    case = CASES[name]
    assert links == EventLinks(
        about=tuple(case["about"]),
        mentioned=tuple(case["mentioned"]),
        adopted_at=case.get("adopted_at"),
    )
    for mention in mentions:
        assert doc.text[mention.span.start : mention.span.end] == mention.text
        assert (mention.kind, mention.language) == ("event", name.split("_", 1)[0])


@pytest.mark.parametrize(
    ("name", "event", "evidence"),
    [
        ("ru_inflection.txt", "zhanaozen-massacre-2011", "Жанаозенской трагедии"),
        (
            "ru_inflection.txt",
            "zhanaozen-massacre-2011",
            "Расстрел нефтяников в Жанаозене 16 декабря",
        ),
        ("ru_inflection.txt", "csto-intervention-in-kazakhstan-2022", "войск ОДКБ"),
        ("ru_inflection.txt", "january-2022-unrest-in-kazakhstan", "Протесты в Алма-Ате"),
        (
            "ar_prefixes.txt",
            "csto-intervention-in-kazakhstan-2022",
            "العسكري لمنظمة معاهدة الأمن الجماعي",
        ),
        ("ar_prefixes.txt", "zhanaozen-massacre-2011", "زاناوزين قتلت"),
        (
            "tr_unrest.txt",
            "csto-intervention-in-kazakhstan-2022",
            "Kolektif Güvenlik Antlaşması Örgütü (KGAÖ) askerleri",
        ),
        (
            "tr_unrest.txt",
            "zhanaozen-massacre-2011",
            "Zhanaozen'de grev yapan petrol işçileri katledildi",
        ),
        ("fr_unrest.txt", "kazakhstan-lpg-price-rise-2022", "hausse du prix du gaz"),
        (
            "pt_ban.txt",
            "17th-imcwp-2015",
            "17º Encontro Internacional de Partidos Comunistas e Operários, em Istambul",
        ),
        ("es_unrest.txt", "zhanaozen-massacre-2011", "masacre de Zhanaozen de diciembre de 2011"),
    ],
)
def test_inflected_forms_match_with_their_exact_evidence(
    finder: EventFinder, name: str, event: str, evidence: str
) -> None:
    found = {(m.target, m.text) for m in finder.find_mentions(case_document(name))}
    assert (event, evidence) in found


@pytest.mark.parametrize("name", ["en_lookalike.txt", "ru_lookalike.txt"])
def test_look_alike_words_give_no_mention(finder: EventFinder, name: str) -> None:
    assert finder.find_mentions(case_document(name)) == ()


def test_versions_are_searched_in_their_own_language(finder: EventFinder) -> None:
    english = "The Zhanaozen massacre.\n"
    russian = "Расстрел в Жанаозене.\n"
    text = english + russian
    doc = Document(
        "two.txt",
        "0" * 64,
        text,
        "statement",
        (Version("en", Span(0, len(english))), Version("ru", Span(len(english), len(text)))),
    )
    mentions = finder.find_mentions(doc)
    assert [(m.target, m.text, m.language) for m in mentions] == [
        ("zhanaozen-massacre-2011", "Zhanaozen massacre", "en"),
        ("zhanaozen-massacre-2011", "Расстрел в Жанаозене", "ru"),
    ]
    assert mentions[1].span == Span(len(english), len(english) + len("Расстрел в Жанаозене"))


def test_signatory_lists_and_boilerplate_are_not_searched(finder: EventFinder) -> None:
    text = (
        "Statement\n\nSee also: the Zhanaozen massacre.\n\n1. Committee on the Zhanaozen massacre\n"
    )
    boiler_start = text.index("See also")
    list_start = text.index("1. Committee")
    doc = document(
        text,
        "en",
        sections=(Section("", Span(list_start, len(text)), ()),),
        boilerplate=(Span(boiler_start, list_start),),
    )
    assert finder.find_mentions(doc) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2022 protests that began in Zhanaozen are not the 2011 strike or massacre
        (
            "News\n\nIn Zhanaozen new mobilizations and strikes broke out in Kazakhstan.",
            {"january-2022-unrest-in-kazakhstan"},
        ),
        # an intervention elsewhere is not the CSTO's in Kazakhstan
        (
            "Kazakhstan\n\nThey came to Kazakhstan after the military intervention in Syria.",
            set(),
        ),
        # an unattributed invasion of Kazakhstan in January 2022 is the CSTO intervention
        (
            "Kazakhstan\n\nWe defend Kazakhstan against the military intervention.",
            {"csto-intervention-in-kazakhstan-2022"},
        ),
        # protests of an earlier year are not the January 2022 unrest
        ("Kazakhstan\n\nIn 2011 there were protests in Kazakhstan.", set()),
    ],
)
def test_triggers_keep_events_apart(finder: EventFinder, text: str, expected: set[str]) -> None:
    doc = document(text, "en", when=date(2022, 1, 10))
    assert {m.target for m in finder.find_mentions(doc)} == expected


def test_triggers_need_their_context(finder: EventFinder) -> None:
    text = "Kazakhstan\n\nThe mass protests in Kazakhstan go on."
    assert finder.find_mentions(document(text, "en", when=date(2022, 1, 10)))
    assert finder.find_mentions(document(text, "en", when=date(2019, 3, 1))) == ()
    assert finder.find_mentions(document(text, "en")) == ()


def test_adoption_from_the_dateline_needs_matching_date_and_place(finder: EventFinder) -> None:
    text = (
        "Resolution\n\nWe greet the 17th International Meeting of Communist and Workers' Parties."
    )
    assert finder.link(*_found(finder, text, date(2015, 11, 1), "Istanbul")).adopted_at == (
        "17th-imcwp-2015"
    )
    assert finder.link(*_found(finder, text, date(2015, 11, 1), "Athens")).adopted_at is None
    assert finder.link(*_found(finder, text, date(2015, 12, 1), None)).adopted_at is None


def _found(
    finder: EventFinder, text: str, when: date, place: str | None
) -> tuple[Document, tuple[Mention, ...]]:
    doc = document(text, "en", when=when, place=place)
    return doc, finder.find_mentions(doc)


def test_no_mentions_give_no_links(finder: EventFinder) -> None:
    doc = document("Nothing\n\nNothing happened here.", "en")
    assert finder.link(doc, ()) == EventLinks()


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("shot down on 16.12. and arrested", ["shot down on 16.12. and arrested"]),
        ("закона».С тех пор", ["закона».", "С тех пор"]),
        ("One. Two!\nThree\nfour", ["One. ", "Two!\n", "Three\nfour"]),
    ],
)
def test_sentence_starts(text: str, sentences: list[str]) -> None:
    starts = sentence_starts(text)
    assert [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)] == sentences


def test_text_before_a_version_is_searched_in_that_version_s_language(finder: EventFinder) -> None:
    header = "Расстрел в Жанаозене\n\n"
    text = header + "Текст без событий.\n"
    doc = Document(
        "header.txt", "0" * 64, text, "statement", (Version("ru", Span(len(header), len(text))),)
    )
    assert [(m.text, m.language) for m in finder.find_mentions(doc)] == [
        ("Расстрел в Жанаозене", "ru")
    ]
