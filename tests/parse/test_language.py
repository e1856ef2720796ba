"""The language versions of a text: a version is a run of prose in one language; addresses,
numbers and lists of names make none, and no two versions share a language."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes
from kzld.parse.language import detect

PROSE = {
    "el": "Αυτή τη στιγμή δυνάμεις των συνδικάτων βρίσκονται σε συμβολική κατάληψη στο "
    "υπουργείο και καλούν τους εργαζόμενους να δώσουν δυναμικό παρών στα συλλαλητήρια.",
    "de": "Die Arbeiterinnen und Arbeiter der Region streiken seit drei Wochen gegen die neuen "
    "Lohnregeln, und die Regierung antwortet mit Verhaftungen und dem Verbot jeder Versammlung.",
    "sv": "Arbetarna i regionen har strejkat i tre veckor mot de nya lönereglerna, och regeringen "
    "har svarat med gripanden och med förbud mot alla möten och demonstrationer i hela landet.",
    "ca": "La plataforma ha anunciat que durant la tardor organitzarà actes a tot el territori "
    "perquè la ciutadania pugui expressar al carrer el suport a aquestes demandes.",
    "hi": "केंद्र सरकार ने बड़े उद्योगपतियों के हित में जो चार श्रम संहिताएं बनाई हैं, उनसे देश के "
    "मजदूरों के अधिकार छिन जाएंगे, इसी के विरोध में ट्रेड यूनियनों ने हड़ताल का आह्वान किया है।",
    "sk": "Odborové zväzy vyzývajú vládu, aby okamžite stiahla návrh zákona o práci, ktorý by "
    "zhoršil podmienky zamestnancov vo všetkých odvetviach hospodárstva.",
    "lt": "Profesinės sąjungos ragina vyriausybę nedelsiant atsiimti darbo kodekso pataisas, "
    "kurios pablogintų darbuotojų sąlygas visuose ūkio sektoriuose.",
}


@pytest.mark.parametrize(
    "text",
    [
        "E-mail : pame@pamehellas.gr    http://www.pamehellas.gr",
        "Tel. 210 3301842, 210 3301847   Fax 210 3802 864",
        "www.saco.se  info@saco.se  @saco_se  #fackligt",
    ],
)
def test_addresses_and_numbers_have_no_language(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("language", "contact"),
    [
        ("el", "E-mail : pame@pamehellas.gr    http://www.pamehellas.gr"),
        ("de", "Kontakt: presse@example.org, https://www.example.org/presse/mitteilungen"),
        ("sv", "Läs hela skrivelsen http://www.saco.se/upload/5903/Brevtillstatsministern.pdf"),
    ],
)
def test_a_contact_line_makes_no_version(language: str, contact: str) -> None:
    text = "Title\n\n" + contact + "\n\nHeading\n\n" + PROSE[language] + "\n\n"
    text += PROSE[language] + "\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).languages == (language,)


@pytest.mark.parametrize("language", ["ca", "hi", "sk", "lt"])
def test_languages_beyond_the_first_ones(language: str) -> None:
    # Catalan is not taken for Spanish or Portuguese, nor Slovak for Czech
    text = "Title\n\n" + PROSE[language] + "\n\n" + PROSE[language] + "\n"
    assert read_bytes("statement.txt", text.encode("utf-8")).languages == (language,)
