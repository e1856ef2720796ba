"""A line of the site written more than twice among a page's headings (an advertisement's label
over the headline and under its summary) that nothing else echoes is never the title (twenty-fifth
session); a title the page writes twice stays the title."""

from __future__ import annotations

import pytest

from .reading import read_text

#: A news page in each language: the section's name, the headline, its summary, two paragraphs.
PAGE = {
    "en": (
        "News",
        "Xandia unions sign a statement against the labour law",
        "The unions say the new law cuts the wages and lengthens the working day",
        "The unions of Xandia signed a joint statement yesterday against the new labour law, "
        "which the government wants to pass before the summer.",
        "According to the statement, the law cuts the wages and lengthens the working day of "
        "every public sector worker in the country.",
    ),
    "es": (
        "Noticias",
        "Los sindicatos de Xandia firman una declaración contra la ley laboral",
        "Los sindicatos dicen que la nueva ley rebaja los salarios y alarga la jornada",
        "Los sindicatos de Xandia firmaron ayer una declaración conjunta contra la nueva ley "
        "laboral, que el gobierno quiere aprobar antes del verano.",
        "Según la declaración, la ley rebaja los salarios y alarga la jornada de todos los "
        "trabajadores del sector público del país.",
    ),
    "it": (
        "Notizie",
        "I sindacati di Xandia firmano una dichiarazione contro la legge sul lavoro",
        "I sindacati dicono che la nuova legge taglia i salari e allunga la giornata",
        "I sindacati di Xandia hanno firmato ieri una dichiarazione comune contro la nuova legge "
        "sul lavoro, che il governo vuole approvare prima dell'estate.",
        "Secondo la dichiarazione, la legge taglia i salari e allunga la giornata di tutti i "
        "lavoratori del settore pubblico del paese.",
    ),
}
LABEL = {"en": "Sponsored Zx", "es": "Anuncio Zx", "it": "Annuncio Zx"}


@pytest.mark.parametrize("language", sorted(PAGE))
def test_a_label_written_three_times_is_no_title(language: str) -> None:
    section, headline, summary, first, second = PAGE[language]
    label = LABEL[language]
    lines = [label, section, headline, summary, label, label, first, second]
    assert read_text("\n".join(lines) + "\n").versions[0].title == headline


@pytest.mark.parametrize("language", sorted(PAGE))
def test_a_title_written_twice_stays_the_title(language: str) -> None:
    section, headline, summary, first, second = PAGE[language]
    lines = [section, headline, headline, summary, first, second]
    assert read_text("\n".join(lines) + "\n").versions[0].title == headline
