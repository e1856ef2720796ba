"""Nothing invented: in a title, the words between the word for a statement and a word for
"between" say what the statement is on ("Agreement on shared candidates between A and B"): no name
opens with them, and the names are those after "between". Where no name follows it (the
government and the unions, two countries), the title names no signer. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: A title that names the parties to an agreement after its topic and a word for "between".
BETWEEN = {
    "en": ("Agreement on shared candidates between XKP and ZWU", ["XKP", "ZWU"]),
    "fr": ("Accord sur les candidatures communes entre le XKP et la ZWU", ["XKP", "ZWU"]),
    "de": ("Abkommen über gemeinsame Kandidaten zwischen XKP und ZWU", ["XKP", "ZWU"]),
    "ar": ("اتفاق المرشحين المشتركين بين حزب زيتا و جبهة كسانيا", ["حزب زيتا", "جبهة كسانيا"]),
}


@pytest.mark.parametrize("language", sorted(BETWEEN))
def test_the_names_of_a_title_follow_its_topic_and_between(language: str) -> None:
    title, signers = BETWEEN[language]
    assert outside_of(read_text(f"{title}\n\n{PROSE[language]}\n")) == signers


#: Titles whose topic is talks or a war between those who sign nothing.
NO_NAME = [
    ("ar", "بيان حول المفاوضات بين الحكومة والنقابات"),
    ("ar", "بيان حول الحرب بين روسيا وأوكرانيا"),
    ("en", "Statement on the talks between the government and the unions"),
    ("es", "Declaración sobre el diálogo entre el Gobierno y los Sindicatos"),
]


@pytest.mark.parametrize(("language", "title"), NO_NAME)
def test_a_title_on_what_passes_between_others_names_no_signer(language: str, title: str) -> None:
    assert outside_of(read_text(f"{title}\n\n{PROSE[language]}\n")) == []
