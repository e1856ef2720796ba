"""Names a running sentence announces after a phrase for "among which", "among others" or "among
them" in forms ``among_phrases`` lacked (issue 18): Italian "fra cui", German "unter anderem",
Spanish "entre las cuales", French "parmi lesquelles", Portuguese "entre as quais", English
"amongst them". No text of the tune split's first fold writes one of them, so each is held here
by one made-up sentence, read so only with its phrase in the table. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: The three organisations each sentence names, in its language.
_SIGNERS = {
    "it": ["Federazione Xandiana dei Lavoratori", "Sindacato Zetlandese degli Insegnanti",
           "Lega Giovanile di Ostland"],
    "de": ["Xandische Gewerkschaftsbund", "Zetländische Lehrergewerkschaft",
           "Ostländische Jugendliga"],
    "es": ["Federación Xandiana de Trabajadores", "Sindicato Zetlandés de Maestros",
           "Liga Juvenil de Ostland"],
    "fr": ["Fédération Xandienne des Travailleurs", "Syndicat Zetlandais des Enseignants",
           "Ligue de la Jeunesse d'Ostland"],
    "pt": ["Federação Xandiana dos Trabalhadores", "Sindicato Zetlandês dos Professores",
           "Liga da Juventude de Ostland"],
    "en": ["Xandia Workers Federation", "Zetland Teachers Union", "Ostland Youth League"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Alla manifestazione hanno partecipato molte organizzazioni, fra cui la "
               "Federazione Xandiana dei Lavoratori, il Sindacato Zetlandese degli Insegnanti e "
               "la Lega Giovanile di Ostland."),
        ("de", "An der Kundgebung beteiligten sich viele Organisationen, unter anderem der "
               "Xandische Gewerkschaftsbund, die Zetländische Lehrergewerkschaft und die "
               "Ostländische Jugendliga."),
        ("es", "En la marcha participaron muchas organizaciones, entre las cuales la Federación "
               "Xandiana de Trabajadores, el Sindicato Zetlandés de Maestros y la Liga Juvenil "
               "de Ostland."),
        ("fr", "Plusieurs organisations ont participé, parmi lesquelles la Fédération Xandienne "
               "des Travailleurs, le Syndicat Zetlandais des Enseignants et la Ligue de la "
               "Jeunesse d'Ostland."),
        ("pt", "Participaram muitas organizações, entre as quais a Federação Xandiana dos "
               "Trabalhadores, o Sindicato Zetlandês dos Professores e a Liga da Juventude de "
               "Ostland."),
        ("en", "Many organisations took part, amongst them the Xandia Workers Federation, the "
               "Zetland Teachers Union and the Ostland Youth League."),
    ],
)  # fmt: skip
def test_names_after_an_among_phrase_of_its_language_sign(language: str, sentence: str) -> None:
    body = PROSE["en"]
    text = f"Xandia news\n\n{body}\n\n{sentence}\n\n{body}\n"
    assert outside_of(read_text(text)) == _SIGNERS[language], language
