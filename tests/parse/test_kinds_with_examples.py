"""Nothing invented: an entry that names a kind and then some bodies of it after a word for
"such as" ("Musicians like the duo X and the Y") describes them and is no one body; an entry
whose words before that word name a body of their own ("Zetgrad Network for Cities like Zetgrad")
is a name. All names and sentences are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Per language: a heading, the words of signing, three bodies, and an entry of a kind and
#: examples of it.
SIGNED = {
    "en": (
        "Appeal for peace",
        "Signed by:",
        ["Xandia Peace League", "Zetgrad Tenants Union", "Ypsilon Miners Federation"],
        "Musicians like the duo “Zetsound” and the “Ypsilon Choir”",
    ),
    "de": (
        "Appell für den Frieden",
        "Unterzeichnet haben:",
        ["Friedensbund Xandia", "Mieterverein Zetgrad", "Bergarbeiterbund Ypsilon"],
        "Musiker wie das Duo „Zetklang“ und der „Ypsilonchor“",
    ),
}


def _list_of(language: str, last: str) -> list[list[str]]:
    heading, signed, bodies, _ = SIGNED[language]
    entries = "; ".join([*bodies, last])
    return lists_of(read_text(f"{heading}\n\n{PROSE[language]}\n\n{signed} {entries}.\n"))


@pytest.mark.parametrize("language", sorted(SIGNED))
def test_a_kind_and_its_examples_sign_nothing(language: str) -> None:
    _, _, bodies, described = SIGNED[language]
    assert _list_of(language, described) == [bodies]


def test_a_name_holding_a_word_for_like_still_signs() -> None:
    _, _, bodies, _ = SIGNED["en"]
    named = "Zetgrad Network for Cities like Zetgrad"
    assert _list_of("en", named) == [[*bodies, named]]
