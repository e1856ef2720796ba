"""A word for "and" of one language that is another word in the text's own (Dutch "en" is "in"
in Spanish and French, Czech "a" is "at" in Italian) joins no two names there: the place after
it ("..., en Zedville el día", "... e Lega Ypsilon a Zedtown") is no signer. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.names import not_and
from kzld.parse.reading import reading_in

from .reading import outside_of, read_text

#: A text in each language whose lead names its signers and then, after a preposition that is
#: a word for "and" elsewhere, the place where they signed; and the signers it names.
PLACED = {
    "es": (
        "Declaración de Xandia\n\nLíderes y representantes de Unión Xandiana, Frente "
        "Zetlandés, MXU, Liga Ypsilon y Bloque Popular de Zedtown, en Zedville el día que "
        "firman la 'Declaración de Xandia'.\n\nUnión Xandiana, Frente Zetlandés, MXU, Liga "
        "Ypsilon y Bloque Popular de Zedtown han firmado este viernes la 'Declaración de "
        "Xandia', un compromiso de colaboración entre fuerzas de distintos territorios.\n\nLos "
        "trabajadores de la región llevan tres semanas en huelga contra las nuevas normas "
        "salariales, y el gobierno les ha respondido con detenciones y prohibiendo las "
        "reuniones.\n",
        ["Unión Xandiana", "Frente Zetlandés", "MXU", "Liga Ypsilon", "Bloque Popular de Zedtown"],
    ),
    "fr": (
        "Déclaration commune\n\nDes dirigeants de l'Union Xandienne, du Front Zetlandais, du "
        "MXU et de la Ligue Ypsilon, en Zedlande le jour où ils signent la « Déclaration de "
        "Xandia ».\n\nLes travailleurs de la région sont en grève depuis trois semaines contre "
        "les nouvelles règles salariales, et le gouvernement leur répond par des arrestations et "
        "des interdictions.\n",
        ["Union Xandienne", "Front Zetlandais", "MXU", "Ligue Ypsilon"],
    ),
    "it": (
        "Dichiarazione comune\n\nLa dichiarazione è stata firmata da Unione Xandiana, Fronte "
        "Zetlandese, MXU e Lega Ypsilon a Zedtown il giorno del congresso.\n\nI lavoratori della "
        "regione sono in sciopero da tre settimane contro le nuove regole salariali, e il governo "
        "risponde con arresti e con il divieto di ogni assemblea pubblica.\n",
        ["Unione Xandiana", "Fronte Zetlandese", "MXU", "Lega Ypsilon"],
    ),
}


@pytest.mark.parametrize("language", sorted(PLACED))
def test_the_place_after_a_preposition_that_is_and_elsewhere_signs_nothing(
    language: str,
) -> None:
    text, signers = PLACED[language]
    document = read_text(text)
    assert [v.language for v in document.versions] == [language]
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("word", "language", "other"),
    [("en", "es", "nl"), ("en", "fr", "nl"), ("i", "sv", "pl"), ("a", "it", "cs")],
)
def test_a_word_for_and_is_none_only_in_the_language_where_it_is_another_word(
    word: str, language: str, other: str
) -> None:
    with reading_in([language]):
        assert not_and(word)
    with reading_in([other]):
        assert not not_and(word)
    with reading_in([language, other]):
        assert not not_and(word)  # a text in both: it may be the other's "and"
