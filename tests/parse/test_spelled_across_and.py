"""A name's own word for "and": when the bracketed abbreviation after the words past an "and"
spells the initials of the words before it too, the "and" is inside one name ("Xandia Odalar ve
Borsalar Birliği (XOBB)"), and the name is read whole, not cut in two (issue 18: nothing
invented, nothing lost), in running sentences and as a list's last entry. An abbreviation that
spells only the words after the "and" closes a second name. Names are made up.
"""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text


def _signers(sentence: str, language: str) -> list[str]:
    return outside_of(read_text(f"Statement\n\n{sentence}\n\n{PROSE[language]}\n"))


@pytest.mark.parametrize(
    ("language", "sentence", "first"),
    [
        # the subject of the opening sentence (cut in two after it was read)
        ("en",
         "The Xandia Teachers Union and Nurses Federation (XTUNF), the Zetland Teachers' Union "
         "and the Ypsilon Nurses' Association signed the joint statement.",
         "Xandia Teachers Union and Nurses Federation (XTUNF)"),
        # the subject after words that open the sentence (its first part was lost)
        ("tr",
         "Ortak bildiriyi Xandia Ticaret Odaları ve Borsalar Birliği (XTOBB), Zetland İşçi "
         "Sendikaları Konfederasyonu ve Ypsilon Esnaf Konfederasyonu imzaladı.",
         "Xandia Ticaret Odaları ve Borsalar Birliği (XTOBB)"),
        # after a verb of signing (its first part was lost)
        ("it",
         "Hanno firmato la dichiarazione congiunta la Camera di Commercio e Industria di Xandia "
         "(CCIX), la Federazione dei Lavoratori di Zetland e il Sindacato Ypsilon degli "
         "Insegnanti.",
         "Camera di Commercio e Industria di Xandia (CCIX)"),
    ],
)  # fmt: skip
def test_an_abbreviation_spelling_both_sides_keeps_the_and_inside_the_name(
    language: str, sentence: str, first: str
) -> None:
    signers = _signers(sentence, language)
    assert len(signers) == 3
    assert signers[0] == first


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        ("en",
         "The Xandia Teachers Union and the Zetland Nurses Federation (ZNF) signed the joint "
         "statement on the new labour law.",
         ["Xandia Teachers Union", "Zetland Nurses Federation (ZNF)"]),
        ("it",
         "Hanno firmato la dichiarazione congiunta la Federazione dei Lavoratori di Zetland, il "
         "Sindacato Ypsilon degli Insegnanti e la Camera di Commercio di Xandia (CCX).",
         ["Federazione dei Lavoratori di Zetland", "Sindacato Ypsilon degli Insegnanti",
          "Camera di Commercio di Xandia (CCX)"]),
    ],
)  # fmt: skip
def test_an_abbreviation_of_the_last_name_alone_closes_a_second_name(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert _signers(sentence, language) == signers


#: A statement's title, its argument and the cue before an inline list of signers.
_LISTED = {
    "en": ("Joint statement on the labour law", "The new law takes away the right to organise "
           "and the right to strike. We call on the government to withdraw it and to open talks "
           "with the unions without delay.", "Signed by:"),
    "it": ("Dichiarazione congiunta sulla legge sul lavoro", "La nuova legge toglie il diritto "
           "di organizzarsi e il diritto di sciopero. Chiediamo al governo di ritirarla e di "
           "aprire subito un confronto con i sindacati.", "Hanno firmato:"),
    "es": ("Declaración conjunta sobre la ley laboral", "La nueva ley suprime el derecho de "
           "organización y el derecho de huelga. Pedimos al gobierno que la retire y que abra "
           "sin demora un diálogo con los sindicatos.", "Firman:"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "names", "last"),
    [
        ("en", "Zetland Teachers' Union, Ypsilon Nurses' Association, Xandia Teachers Union and "
         "Nurses Federation (XTUNF)", "Xandia Teachers Union and Nurses Federation (XTUNF)"),
        ("it", "Federazione dei Lavoratori di Zetland, Sindacato Ypsilon degli Insegnanti, Camera "
         "di Commercio e Industria di Xandia (CCIX)",
         "Camera di Commercio e Industria di Xandia (CCIX)"),
        ("es", "Federación de Trabajadores de Zetland, Sindicato Ypsilon de Docentes, Unión de "
         "Agricultores y Ganaderos de Xandia (UAGX)",
         "Unión de Agricultores y Ganaderos de Xandia (UAGX)"),
    ],
)  # fmt: skip
def test_a_lists_last_entry_spelled_across_its_and_is_one_name(
    language: str, names: str, last: str
) -> None:
    title, argument, cue = _LISTED[language]
    listed = lists_of(read_text(f"{title}\n\n{argument}\n\n{cue} {names}\n"))
    assert len(listed) == 1
    assert len(listed[0]) == 3
    assert listed[0][-1] == last


def test_a_lists_last_entry_abbreviated_after_its_and_alone_is_two_names() -> None:
    title, argument, cue = _LISTED["en"]
    names = (
        "Zetland Teachers' Union, Ypsilon Nurses' Association, Xandia Teachers Union and Zetland "
        "Nurses Federation (ZNF)"
    )
    listed = lists_of(read_text(f"{title}\n\n{argument}\n\n{cue} {names}\n"))
    assert listed == [
        [
            "Zetland Teachers' Union",
            "Ypsilon Nurses' Association",
            "Xandia Teachers Union",
            "Zetland Nurses Federation (ZNF)",
        ]
    ]
