"""Nothing invented: names that a sentence speaks of are no signers, whichever reader of prose
finds them. The names right after a word of a measure taken against them ("banned three parties
(A, B and C)", "los tres partidos ilegalizados (A, B y C)") are that measure's object; the same
sentence saying that they signed names the signers. A run of names that completes a noun and
its preposition ("the new government of A, B and C wants ...") is no run of signers; the same run
after a word for organisations is. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text, skipped_of

#: A sentence naming three parties a measure was taken against, and the same parties signing.
MEASURED = {
    "en": (
        "The government banned three parties (XKP, PTU and ZLP) on Monday.",
        "Three parties (XKP, PTU and ZLP) signed this appeal on Monday.",
        "We condemn this attack on democracy and call on all workers to resist.",
    ),
    "es": (
        "El tribunal declaró ayer los tres partidos ilegalizados (XKP, PTU y ZLP) en Zetlandia.",
        "Los tres partidos (XKP, PTU y ZLP) firmaron ayer este llamamiento en Zetlandia.",
        "Condenamos este ataque contra la democracia y llamamos a resistir.",
    ),
    "de": (
        "Die Regierung hat die drei verbotenen Parteien (XKP, PTU und ZLP) am Montag aufgelöst.",
        "Die drei Parteien (XKP, PTU und ZLP) haben am Montag diesen Aufruf unterzeichnet.",
        "Wir verurteilen diesen Angriff auf die Demokratie und rufen zum Widerstand auf.",
    ),
    "ru": (
        "Суд вчера признал три партии запрещёнными (XKP, PTU и ZLP) в Зетландии.",
        "Три партии (XKP, PTU и ZLP) вчера подписали это обращение в Зетландии.",
        "Мы осуждаем это нападение на демократию и призываем к сопротивлению.",
    ),
}


@pytest.mark.parametrize("language", sorted(MEASURED))
def test_names_a_measure_was_taken_against_sign_nothing(language: str) -> None:
    measured, _, argument = MEASURED[language]
    document = read_text(f"Xandia\n\n{measured} {argument}\n")
    assert outside_of(document) == []


@pytest.mark.parametrize("language", sorted(MEASURED))
def test_the_same_names_signing_are_the_signers(language: str) -> None:
    _, signing, argument = MEASURED[language]
    document = read_text(f"Xandia\n\n{signing} {argument}\n")
    assert outside_of(document) == ["XKP", "PTU", "ZLP"]


#: A lead whose run of names completes a noun before it ("the government of A, B and C"), the
#: same run after a word for organisations, whose names are who speaks, and the argument after it.
GOVERNED = {
    "en": (
        "The new government of ZPP, XNF and ZCU wants to cut wages.",
        "The three parties ZPP, XNF and ZCU want to stop the cuts.",
        "We will not pay for their crisis.",
    ),
    "es": (
        "El nuevo gobierno de ZPP, XNF y ZCU quiere recortar los salarios.",
        "Los tres partidos ZPP, XNF y ZCU quieren detener los recortes.",
        "No pagaremos su crisis.",
    ),
    "it": (
        "Il nuovo governo di ZPP, XNF e ZCU vuole tagliare i salari.",
        "I tre partiti ZPP, XNF e ZCU vogliono fermare i tagli.",
        "Non pagheremo la loro crisi.",
    ),
}


def _signers(text: str) -> list[str]:
    return [e.raw for s in read_text(text).sections for e in s.entries]


@pytest.mark.parametrize("language", sorted(GOVERNED))
def test_a_run_completing_a_noun_signs_nothing(language: str) -> None:
    governed, _, argument = GOVERNED[language]
    assert _signers(f"Xandia\n\n{governed} {argument}\n") == []


@pytest.mark.parametrize("language", sorted(GOVERNED))
def test_a_run_after_a_word_for_organisations_signs(language: str) -> None:
    _, declared, argument = GOVERNED[language]
    assert _signers(f"Xandia\n\n{declared} {argument}\n") == ["ZPP", "XNF", "ZCU"]


#: A list under a heading of signing whose one entry is a word of signing, by language.
SIGNING_ONLY = {
    "en": ("Signed by:", "Sign"),
    "es": ("Firmado por:", "Firma"),
    "de": ("Unterzeichnet von:", "Unterschrift"),
}


@pytest.mark.parametrize("language", sorted(SIGNING_ONLY))
def test_an_entry_published_as_nothing_is_reported(language: str) -> None:
    heading, entry = SIGNING_ONLY[language]
    document = read_text(f"Xandia\n\nWe call for an end to the war.\n\n{heading}\n\n1. {entry}\n")
    assert [e.raw for s in document.sections for e in s.entries] == []
    assert skipped_of(document) == [(entry, "not-a-name")]


#: A list under a cue of signing whose last entries are the place and the month the page wrote
#: after it, and the same list whose last name before the month is an organisation's.
DATED = {
    "en": ("Signed: XKP, PTU, ZTU, Zedtown, Xandia, March 2024.", "Zetland Workers' Union"),
    "es": ("Firmado: XKP, PTU, ZTU, Zedtown, Xandia, marzo de 2024.", "Unión Obrera de Zetlandia"),
    "de": (
        "Unterzeichnet: XKP, PTU, ZTU, Zedtown, Xandia, März 2024.",
        "Zetländische Arbeiterpartei",
    ),
}


@pytest.mark.parametrize("language", sorted(DATED))
def test_a_dateline_at_a_list_end_is_no_entry(language: str) -> None:
    signed, _ = DATED[language]
    document = read_text(f"Xandia\n\nWe call for an end to the war.\n\n{signed}\n")
    assert [e.raw for s in document.sections for e in s.entries] == ["XKP", "PTU", "ZTU"]
    assert [text for text, _ in skipped_of(document)] == signed.rstrip(".").split(", ")[3:]


@pytest.mark.parametrize("language", sorted(DATED))
def test_an_organisation_before_the_date_is_an_entry(language: str) -> None:
    signed, organisation = DATED[language]
    signed = signed.replace("Zedtown, Xandia", organisation)
    document = read_text(f"Xandia\n\nWe call for an end to the war.\n\n{signed}\n")
    entries = [e.raw for s in document.sections for e in s.entries]
    assert entries == ["XKP", "PTU", "ZTU", organisation]
