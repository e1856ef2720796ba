"""Stated totals (twenty-fifth session): number words in the case and agreement forms a count
takes (a Lithuanian or Latvian genitive, a Swahili number agreeing with its noun), a country's
name or adjective among the words describing the organisations counted, and what is no count: a
capitalised number word that opens a name amid a sentence, a share written with a percent sign."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage rules, "
    "and the government has answered them with arrests and with bans on every meeting."
)


def _total(text: str) -> int | None:
    return read_bytes("statement.txt", text.encode("utf-8")).stated_total


def _opening(sentence: str) -> int | None:
    return _total("Title\n\n" + sentence + " " + PROSE + "\n\n" + PROSE + "\n")


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # Lithuanian: "we, the leaders of three political parties" (genitive)
        ("Mes, keturių politinių partijų vadovai, pasirašėme bendrą deklaraciją dėl rinkimų.", 4),
        # Latvian: "the leaders of seven unions signed" (genitive)
        ("Septiņu arodbiedrību vadītāji parakstīja kopīgu paziņojumu par algām.", 7),
        # Swahili: the number after its noun, agreeing with it ("vyama vitano": five parties)
        ("Vyama vitano vya upinzani vimetia saini tamko la pamoja kuhusu uchaguzi.", 5),
        # Slovene and Slovak teens
        ("Dvanajst sindikatov je podpisalo skupno izjavo o plačah v javnem sektorju.", 12),
        ("Pätnásť odborových zväzov podpísalo spoločné vyhlásenie k rozpočtu.", 15),
    ],
)
def test_a_number_word_in_the_form_its_count_takes(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # Latvian: "six Estonian independent unions call" (the country in the genitive)
        ("Šodien sešas Igaunijas neatkarīgās arodbiedrības aicina uz protestu pie parlamenta.", 6),
        # English: the country's adjective between the number and the word
        ("Yesterday five Finnish trade unions signed a joint statement on the wage freeze.", 5),
        # Polish: "eight Czech trade unions signed" (the adjective)
        ("Wczoraj osiem czeskich związków zawodowych podpisało wspólne oświadczenie.", 8),
    ],
)
def test_a_country_among_the_words_describing_the_organisations(sentence: str, total: int) -> None:
    assert _opening(sentence) == total


@pytest.mark.parametrize(
    "sentence",
    [
        # Serbian "Nove stranke" (of the New Party), Italian "nove" (nine): a name's first word
        "Dokument su potpisali predstavnici Zelene stranke, Nove stranke i Pokreta centra.",
        # Portuguese "Sete Partidos" inside a name's capitals is no count either
        "Assinaram o texto a Liga Verde, o Movimento Sete rios e a Frente Ampla.",
    ],
)
def test_a_capitalised_number_word_opening_a_name_is_no_count(sentence: str) -> None:
    assert _opening(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign signed today asks for 30% unionized workers' representation in congress.",
        "Les syndicats ont signé un appel pour 30 % de partis ouvriers au conseil municipal.",
        "Los sindicatos firmaron hoy un llamado por 40 % sindicatos obreros en cada consejo.",
    ],
)
def test_a_share_is_no_count(sentence: str) -> None:
    assert _opening(sentence) is None
