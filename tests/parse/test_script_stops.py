"""A numbered list whose numbers close with a script's own full stop: the Armenian "։", or the
one-dot leader "․" pages type for it (also after a space: "7 ․"), is one list, numbered as
written, whatever the language of its names. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A sentence of argument in Armenian (the workers of the region are on strike).
_ARGUMENT = {
    "hy": "Տարածաշրջանի աշխատողները երեք շաբաթ է գործադուլ են անում աշխատավարձի նոր կանոնների "
    "դեմ, իսկ կառավարությունը պատասխանում է ձերբակալություններով։",
}


@pytest.mark.parametrize(
    ("language", "cue", "marks", "names"),
    [
        ("hy", "Հայտարարությանը միացել են հետևյալ կուսակցությունները:", ["։", "։", "։", "։"],
         ["«Քսանդիա» կուսակցություն", "Զեթլանդի ժողովրդական միություն",
          "XKP կուսակցություն", "Քսանդիայի կանաչների դաշինք"]),
        ("en", "The following parties joined the statement:", [".", ".", " ․", "."],
         ["“Xandia Forward” party", "Zetland People's Union", "XKP", "Green Alliance of Xandia"]),
        ("ru", "К заявлению присоединились следующие партии:", ["․", "․", "․", "․"],
         ["Партия «Ксандия»", "Народный союз Зетландии", "XKP", "Союз зелёных Ксандии"]),
    ],
)  # fmt: skip
def test_a_scripts_full_stop_numbers_a_list(
    language: str, cue: str, marks: list[str], names: list[str]
) -> None:
    argument = _ARGUMENT.get(language) or PROSE[language]
    numbered = enumerate(zip(marks, names, strict=True), 1)
    entries = "\n\n".join(f"{k}{mark} {name}" for k, (mark, name) in numbered)
    text = f"Title\n\n{argument}\n\n{cue}\n\n{entries}\n\n{argument}\n"
    assert lists_of(read_text(text)) == [names]
