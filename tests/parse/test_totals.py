"""Stated totals: the number of signatories a text says there are, in digits or in words, in any
language; a number of signatures, of a body's members or of anything else is none."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage rules, "
    "and the government has answered them with arrests and with bans on every meeting."
)


def _total(text: str) -> int | None:
    return read_bytes("statement.txt", text.encode("utf-8")).stated_total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("O documento «Pela Paz, Não à NATO» reúne já 62 subscritores.", 62),
        ("El manifiesto contra el pin parental reúne ya 215 apoyos entre colectivos.", 215),
        ("Der Aufruf hat inzwischen 41 Unterzeichner aus dem ganzen Land.", 41),
        ("The call has received 23 endorsements so far, from every continent.", 23),
    ],
)
def test_a_number_of_signers_or_supporters(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    "sentence",
    [
        "Organisationerna lämnar över 35 686 namnunderskrifter till utrikesministern.",
        "La campaña ha reunido 12.000 firmas en una semana de trabajo.",
        "The petition was signed by 5000 signatures of workers in a week.",
    ],
)
def test_a_number_of_signatures_is_no_total(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("По состоянию на сегодня заявление поддержала 71 организация из региона.", 71),
        ("The statement is now supported by 40 organisations across Europe.", 40),
        ("Die Erklärung wird inzwischen von 30 Organisationen unterstützt.", 30),
        ("Die rund fünfzig teilnehmenden Organisationen wollen die Demokratie stärken.", 50),
    ],
)
def test_a_number_of_organisations_that_support_or_take_part(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Trinta e sete partidos comunistas e operários condenaram a tentativa de banir o PC.", 37),
        ("De drie partijen stelden de onderstaande gezamenlijke verklaring op in Remich.", 3),
        ("Vi är sex svenska fackförbund inom välfärdssektorn och företräder en miljon.", 6),
        ("Три политические партии создали объединение «За Литву в Литве» на этой неделе.", 3),
    ],
)
def test_the_organisations_the_opening_speaks_of(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + sentence + " " + PROSE + "\n\n" + PROSE + "\n") == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        ("53 Partis communistes et ouvriers s’opposent à l’intervention militaire", 53),
        ("Fifty communist and workers' parties condemn the ban of the party", 50),
        ("Trinta e sete partidos denunciam a ilegalização do PC da Ucrânia", 37),
    ],
)
def test_the_organisations_a_title_speaks_of(title: str, total: int) -> None:
    assert _total(title + "\n\n" + PROSE + "\n") == total


@pytest.mark.parametrize(
    "sentence",
    [
        # after the opening, a number of parties is any number of parties
        "Τα δύο κόμματα σημειώνουν ότι ο ανταγωνισμός οξύνεται στο Αιγαίο.",
        "The two parties note that the rivalry over the sea lanes grows sharper every month.",
        "Die beiden Parteien stellen fest, dass zwei Gewerkschaften verboten wurden.",
        # a list entry left in the text is no sentence
        "3 Parti communiste d’Azerbaïdjan",
    ],
)
def test_no_total_after_the_opening(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Er wird unterstützt vom Bündnis als Zusammenschluss von 41 Organisationen, als weitere "
        "Unterzeichner haben sich gemeldet:",
        "It is endorsed by the Peace Network, an alliance of 41 organisations, and by others.",
        "Lo firma la Plataforma, una coalición de 30 organizaciones, junto a otros colectivos.",
    ],
)
def test_the_members_of_one_body_are_no_total(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Dreiundzwanzig Parteien haben die Erklärung bereits unterzeichnet.", 23),
        ("Двадцать три партии подписали совместное заявление.", 23),
        ("Izjavu je potpisalo pedeset partija iz cele Evrope.", 50),
        ("Ventitré partiti hanno firmato la dichiarazione comune.", 23),
        ("Dwadzieścia organizacji podpisało wspólny apel.", 20),
        ("Yirmi dört kuruluş ortak bildiriyi imzaladı.", 24),
    ],
)
def test_a_total_written_in_words(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total
