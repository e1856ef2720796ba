"""A sentence of prose after the blank line that closes a list written one entry a line is the
text going on, not one more entry (issue 18): it closes with a full stop, which none of the
entries did, and most of its words after the first open in lower case (or, in a script without
capitals, it closes with its script's stop). A name after that blank line stays an entry, and
so does a line in a list whose entries all closed with a full stop or were all parted by blank
lines. Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

_NAMES = ["Xandia Teachers Union", "Zetland Workers Party", "Ostland Youth League"]


def _text(title: str, heading: str, names: list[str], after: str) -> str:
    return f"{title}\n\n{heading}\n\n" + "\n".join(names) + f"\n\n{after}\n"


@pytest.mark.parametrize(
    ("heading", "names", "sentence"),
    [
        ("Signatories:", _NAMES, "We demand higher wages."),
        ("Signed by", _NAMES, "We demand higher wages."),
        ("The undersigned organisations", _NAMES, "We demand higher wages."),
        (
            "Unterzeichner:",
            ["Lehrergewerkschaft Xandia", "Arbeiterpartei Zetland", "Jugendbund Ostland"],
            "Wir fordern höhere Löhne.",
        ),
        (
            "Signataires :",
            [
                "Syndicat des enseignants de Xandia",
                "Parti des travailleurs de Zetland",
                "Ligue de la jeunesse d'Ostland",
            ],
            "Nous exigeons des salaires plus élevés.",
        ),
        (
            "Firmantes:",
            [
                "Sindicato de Docentes de Xandia",
                "Partido de los Trabajadores de Zetland",
                "Liga Juvenil de Ostland",
            ],
            "Exigimos salarios más altos.",
        ),
        (
            "Подписали:",
            ["Профсоюз учителей Ксандии", "Рабочая партия Зетландии", "Лига молодёжи Остландии"],
            "Мы требуем повышения зарплат.",
        ),
        (
            "हस्ताक्षरकर्ता:",  # Hindi, without capitals: the danda closes the sentence
            ["ज़ैंडिया शिक्षक संघ", "ज़ेटलैंड मज़दूर पार्टी", "ऑस्टलैंड युवा लीग"],
            "हम ऊँचे वेतन की माँग करते हैं।",
        ),
    ],
)
def test_a_sentence_after_the_list_is_no_entry(
    heading: str, names: list[str], sentence: str
) -> None:
    assert lists_of(read_text(_text("Joint statement", heading, names, sentence))) == [names]


@pytest.mark.parametrize(
    ("names", "after"),
    [
        (_NAMES, "Workers' Party of Ypsiland."),  # a name closed by a full stop
        (_NAMES, "Ypsiland Farmers Association"),  # a name without one
        ([f"{name}." for name in _NAMES], "Ypsiland farmers' association."),  # all close so
    ],
)
def test_a_name_after_the_blank_line_stays_an_entry(names: list[str], after: str) -> None:
    text = _text("Joint statement", "Signatories:", names, after)
    assert lists_of(read_text(text)) == [[*_NAMES, after.removesuffix(".")]]


def test_a_list_spaced_by_blank_lines_keeps_its_last_entry_in_sentence_case() -> None:
    text = "Joint statement\n\nSignatories:\n\n" + "\n\n".join(
        [*_NAMES, "Ypsiland farmers' association."]
    )
    assert lists_of(read_text(text + "\n")) == [[*_NAMES, "Ypsiland farmers' association"]]
