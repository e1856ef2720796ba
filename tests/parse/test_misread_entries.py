"""Nothing invented: an entry whose UTF-8 bytes the page showed as Windows-1252 ("Xandia Åžehir
DerneÄŸi", "ZwiÄ…zek", "ÄŒeskÃ½") is garbled, whatever letter its first byte reads as: it is set
aside, and the names before it sign. A name that holds a capital with an accent before a
quotation mark, a guillemet or a no-break space ("ODTÜ’nün", "«ÉTÉ»") is no such misreading.
Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.damage import is_garbled, is_stray

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of

#: A heading, the names of a list, and a last entry as the page misread it.
MISREAD = {
    "tr": ("İmzacılar:", ["Xandia Emekçi Partisi", "Zetland Sol Birliği"], "Ypsilon Şehir Derneği"),
    "de": ("Unterzeichner:", ["Arbeiterpartei Xandia", "Grüne Union Zetland"],
           "Związek Zawodowy Ypsilonu"),
    "fr": ("Signataires :", ["Parti du Travail de Xandie", "Union Verte de Zetland"],
           "Český svaz Ypsilon"),
}  # fmt: skip


def _misread(name: str) -> str:
    """``name`` as a page shows it when its UTF-8 bytes are taken for Windows-1252."""
    return name.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize("language", sorted(MISREAD))
def test_a_misread_last_entry_is_set_aside(language: str) -> None:
    heading, names, last = MISREAD[language]
    garbled = _misread(last)
    entries = [f"{n}. {name}" for n, name in enumerate([*names, garbled], start=1)]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(entries))
    assert lists_of(document) == [names]
    assert skipped_of(document) == [(garbled, "garbled")]


@pytest.mark.parametrize(
    ("raw", "garbled"),
    [
        (_misread("Ypsilon Şehir Derneği"), True),
        (_misread("Związek Zawodowy"), True),
        (_misread("Český svaz"), True),
        ("Xandia ODTÜ’nün Derneği", False),
        ("«ÉTÉ» Zetland", False),
        ("Comité ÉTÉ\u00a0Xandie", False),
        ("Zetland Groß\u00adstadt Verein", False),
    ],
)
def test_misread_bytes_and_written_capitals(raw: str, garbled: bool) -> None:
    assert is_garbled(raw) is garbled


#: A list's names, a word in another script amid them, and that word.
STRAYED = {
    "fr": ("Signataires :", ["Parti du Travail de Xandie", "Union Verte de Zetland",
                             "Parti Communiste d'Ostland"], "Ξανδίίας"),
    "ru": ("Подписали:", ["Ксандийская партия труда", "Зетландский союз левых",
                          "Остландская рабочая партия"], "Zetlandii"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(STRAYED))
def test_a_word_strayed_in_from_another_script_is_set_aside(language: str) -> None:
    heading, names, stray = STRAYED[language]
    listed = [*names[:2], stray, names[2]]
    entries = [f"• {name}" for name in listed]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(entries))
    assert lists_of(document) == [names]
    assert skipped_of(document) == [(stray, "garbled")]


@pytest.mark.parametrize(
    ("raw", "others", "stray"),
    [
        ("Ξανδίίας", ["Parti de Xandie", "Union de Zetland"], True),
        ("Zetlandii", ["Ксандийская партия", "Союз левых"], True),
        ("ΚΚΞ", ["Parti de Xandie", "Union de Zetland"], False),  # an abbreviation
        ("Κόμμα Ξανδίας", ["Parti de Xandie", "Union de Zetland"], False),  # two words
        ("Ξανδίας", ["Parti de Xandie", "Ένωση Ζετλάνδης"], False),  # its script is the list's
        ("Ξανδίας", ["Parti de Xandie"], False),  # too few to compare with
        ("زتلاند", ["Parti de Xandie", "Union de Zetland"], False),  # no case: no telling
        ("Zet21", ["Ксандийская партия", "Союз левых"], False),
    ],
)
def test_a_stray_word_is_one_word_of_a_script_no_other_entry_writes(
    raw: str, others: list[str], stray: bool
) -> None:
    assert is_stray(raw, others) is stray
