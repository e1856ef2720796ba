"""The last entry of a page that ends in a short word after a bracketed abbreviation, a place
or a branch ("Lembaga Bantuan Xandia (LBX) Pers"), is whole, though the word opens a type word
("Pers" opens "Persatuan"); one that opens a country's name is where the page cut it. Names are
made up. A last word in capitals after cased words is an abbreviation, whole ("Fundación
Ypsilon AC")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text


@pytest.mark.parametrize(
    ("cue", "names"),
    [
        (
            "Signed by:",
            ["Lembaga Bantuan Xandia (LBX) Zetapolis", "Lembaga Bantuan Xandia (LBX) Pers"],
        ),
        (
            "Firman:",
            ["Asesoría Jurídica Xandia (AJX) Zetapolis", "Asesoría Jurídica Xandia (AJX) Pers"],
        ),
        ("Signed by:", ["Xandia Legal Aid (XLA) Zetapolis", "Xandia Legal Aid (XLA) Sind"]),
    ],
)
def test_a_word_after_a_bracketed_abbreviation_ends_the_page_whole(
    cue: str, names: list[str]
) -> None:
    body = "\n".join(f"{n}. {name}" for n, name in enumerate(names, start=1))
    document = read_text(f"Title\n\n{PROSE['en']}\n\n{cue}\n{body}\n")
    assert lists_of(document) == [names]
    assert document.skipped == ()


def test_a_place_cut_after_a_bracketed_abbreviation_is_still_cut() -> None:
    """A last word that opens a country's name ("Ital") is where the page cut the entry."""
    names = ["Xandia Legal Aid (XLA) Zetapolis", "Xandia Legal Aid (XLA) Ital"]
    body = "\n".join(f"{n}. {name}" for n, name in enumerate(names, start=1))
    document = read_text(f"Title\n\n{PROSE['en']}\n\nSigned by:\n{body}\n")
    assert lists_of(document) == [names[:1]]
    assert [(s.text, s.reason) for s in document.skipped] == [(names[1], "cut")]


@pytest.mark.parametrize(
    ("language", "cue", "names"),
    [
        ("es", "Firman:", ["Centro Xandia", "Red Zetlandesa de Mujeres", "Colectivo Ypsilon",
                           "Fundación Ypsilon AC"]),
        ("de", "Unterzeichner:", ["Xandia Friedensrat", "Zetland Hilfe", "Ypsilon Forum",
                                  "Zetland Solidarität EV"]),
        ("en", "Signed:", ["Xandia Peace Council", "Zetland Tenants Union", "Ypsilon Forum",
                           "Zetland Workers AC"]),
    ],
)  # fmt: skip
def test_an_abbreviation_after_cased_words_ends_the_page_whole(
    language: str, cue: str, names: list[str]
) -> None:
    """A last word in capitals after a name in cased words is an abbreviation ("AC", a civil
    association's), not the opening of a type word ("Ac" of "Acción") the page cut."""
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{cue}\n" + "\n".join(names) + "\n")
    assert lists_of(document) == [names]
    assert document.skipped == ()


def test_a_short_last_word_in_a_list_in_capitals_is_still_cut() -> None:
    names = ["XANDIA PEACE COUNCIL", "ZETLAND TENANTS UNION", "YPSILON WORKERS FORUM"]
    last = "ZETLAND WORKERS AC"
    document = read_text(f"Title\n\n{PROSE['en']}\n\nSigned:\n" + "\n".join([*names, last]) + "\n")
    assert lists_of(document) == [names]
    assert [(s.text, s.reason) for s in document.skipped] == [(last, "cut")]
