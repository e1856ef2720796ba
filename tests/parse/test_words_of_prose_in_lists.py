"""Nothing invented: a word of prose alone between two commas of a list ("XKP, PTU, later, ZTU":
an adverb, "auch", "luego") is no name, and is reported as an entry that names no one; the names
around it sign, numbered without it. Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text, skipped_of

#: A signed list with an adverb between two of its names, and the argument above it.
ADVERBS = {
    "en": (
        "We condemn the repression of the trade unions in Xandia.",
        "Signed by: XKP, PTU, later, ZTU and the Workers' Party of Zetland.",
        "later",
    ),
    "es": (
        "Condenamos la represión de los sindicatos en Xandia.",
        "Firmado por: XKP, PTU, luego, ZTU y el Partido de los Trabajadores de Zetlandia.",
        "luego",
    ),
    "de": (
        "Wir verurteilen die Repression gegen die Gewerkschaften in Xandia.",
        "Unterzeichnet von: XKP, PTU, später, ZTU und die Arbeiterpartei Zetlands.",
        "später",
    ),
}


@pytest.mark.parametrize("language", sorted(ADVERBS))
def test_an_adverb_in_a_list_is_no_name(language: str) -> None:
    argument, signed, adverb = ADVERBS[language]
    document = read_text(f"Xandia\n\n{argument}\n\n{signed}\n")
    names = [e.name for s in document.sections for e in s.entries]
    assert names[:3] == ["XKP", "PTU", "ZTU"]
    assert len(names) == 4
    assert adverb not in [n for lst in lists_of(document) for n in lst]
    assert (adverb, "not-a-name") in skipped_of(document)
