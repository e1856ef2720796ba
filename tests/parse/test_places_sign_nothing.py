"""Nothing invented: a place signs nothing. A city's name alone on the line under a list (where
the statement was signed) and a country's name alone among the entries are no signers; the
organisations of the list are, and the place is reported as an entry that names no one.
Organisations are made up; the places are real, for the reader knows them by their names."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of

#: A cue, a list with a country's name alone among its entries, the city it was signed in, a
#: sentence after it, and the list's organisations.
SIGNED_IN = {
    "en": (
        "We, the undersigned organisations, call for an end to the war and for talks now.",
        ["Xandia Labour Party", "Zetland Green Union", "Portugal", "Ypsilon Democratic Alliance"],
        "London",
        "The statement was adopted at the meeting of the organisations.",
    ),
    "de": (
        "Wir, die unterzeichnenden Organisationen, fordern ein Ende des Krieges.",
        ["Arbeiterpartei Xandia", "Grüne Union Zetland", "Österreich",
         "Demokratische Allianz Ypsilon"],
        "Wien",
        "Die Erklärung wurde auf dem Treffen der Organisationen angenommen.",
    ),
    "es": (
        "Nosotras, las organizaciones abajo firmantes, exigimos el fin de la guerra.",
        ["Partido Laborista de Xandia", "Unión Verde de Zetlandia", "Chile",
         "Alianza Democrática de Ypsilon"],
        "Madrid",
        "La declaración fue aprobada en la reunión de las organizaciones.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(SIGNED_IN))
def test_a_city_or_a_country_under_or_in_a_list_signs_nothing(language: str) -> None:
    cue, entries, city, after = SIGNED_IN[language]
    text = f"{PROSE[language]}\n\n{cue}\n\n" + "\n".join(entries) + f"\n\n{city}\n\n{after}\n"
    document = read_text(text)
    assert lists_of(document) == [[e for e in entries if e != entries[2]]]
    assert [e.raw for s in document.sections if s.kind != "list" for e in s.entries] == []
    skipped = skipped_of(document)
    assert (entries[2], "not-a-name") in skipped
    assert (city, "not-a-name") in skipped


#: A cue and a list with a region's name alone among its entries (``regions`` of the authority's
#: countries): a region signs nothing, as a country does not.
REGION_AMONG = {
    "en": (
        "We, the undersigned organisations, call for an end to the war and for talks now.",
        ["Xandia Labour Party", "Scotland", "Zetland Green Union", "Ypsilon Democratic Alliance"],
    ),
    "fr": (
        "Nous, organisations signataires, exigeons la fin de la guerre et des négociations.",
        ["Parti du Travail de Xandia", "Union Verte de Zetlande", "Québec",
         "Alliance Démocratique d'Ypsilon"],
    ),
    "it": (
        "Noi, organizzazioni firmatarie, chiediamo la fine della guerra e trattative subito.",
        ["Partito del Lavoro di Xandia", "Sardegna", "Unione Verde di Zetlandia",
         "Alleanza Democratica di Ypsilon"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(REGION_AMONG))
def test_a_region_alone_in_a_list_signs_nothing(language: str) -> None:
    cue, entries = REGION_AMONG[language]
    region = next(e for e in entries if len(e.split()) == 1)
    document = read_text(f"{PROSE[language]}\n\n{cue}\n\n" + "\n".join(entries) + "\n")
    assert lists_of(document) == [[e for e in entries if e != region]]
    assert (region, "not-a-name") in skipped_of(document)
