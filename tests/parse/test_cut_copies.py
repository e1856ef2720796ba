"""A copy that starts inside a list (the page was copied from below the sentence that introduced
it): the entries at the copy's start, one a line or five or more on its first line, are read as
a list on their own evidence; a title that names a few bodies in a clause is no such list."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: Entries the copy starts with, one a line after a dash, and the prose after them.
LINES = {
    "fr": (
        [
            "Union des travailleurs de Xandie",
            "Le parti des travailleurs zetlandais",
            "La Ligue xandienne des droits de l’Homme",
            "Le syndicat général de l’enseignement secondaire",
            "L’Association des jeunes journalistes",
        ],
        "Quelque 300 étudiants de l’école de Zedville soutiennent eux aussi la grève des"
        " journalistes.",
    ),
    "ar": (
        [
            "الاتحاد العام لعمال كسانديا",
            "الحزب الشيوعي الزيتلاندي",
            "الجبهة الشعبية في كسانديا",
            "رابطة الطلاب في زيتلاند",
        ],
        "ويواصل الصحفيون إضرابهم منذ ثلاثة أسابيع دفاعا عن حرية التعبير وعن حقهم في العمل.",
    ),
    "el": (
        [
            "Εργατικό Κέντρο Ξάνδης",
            "Ομοσπονδία Εκπαιδευτικών Ζέτλαντ",
            "Σύλλογος Δημοσιογράφων Ξάνδης",
            "Κομμουνιστικό Κόμμα Ζέτλαντ",
        ],
        "Οι δημοσιογράφοι της πόλης απεργούν εδώ και τρεις εβδομάδες για την ελευθερία του λόγου.",
    ),
}

#: Five names or more on the copy's first line, and the sentence after them.
RUNS = {
    "ru": (
        [
            "«Партия Ксандии»",
            "ЗКП",
            "«Новые силы»",
            "«Партия прогресса Зетланда»",
            "«Союз молодёжи Ксандии»",
        ],
        "В ближайшее время такое же соглашение подпишут и в Зедграде.",
    ),
    "en": (
        ["Xandia Labour Party", "XKP", "Zetland Greens", "Union of Xandian Farmers", "Forward"],
        "The same agreement will be signed in Zedville next week.",
    ),
    "tr": (
        ["Xandia Emek Partisi", "ZKP", "Zetland Sol Parti", "Xandia Yeşiller", "Halk Evi"],
        "Aynı anlaşma önümüzdeki hafta Zedkent’te de imzalanacak.",
    ),
}


@pytest.mark.parametrize("language", sorted(LINES))
def test_a_copy_that_starts_inside_a_list_of_lines_gives_its_entries(language: str) -> None:
    names, prose = LINES[language]
    entries = "\n".join(f"– {name}." for name in names)
    assert lists_of(read_text(f"\n{entries}\n{prose}\n")) == [names]


@pytest.mark.parametrize("language", sorted(LINES))
def test_a_list_s_first_entry_at_the_copy_s_start_is_no_letterhead(language: str) -> None:
    # no full stop after the entries: the second line could be a title under a letterhead
    names, prose = LINES[language]
    entries = "\n".join(f"– {name}" for name in names)
    assert lists_of(read_text(f"{entries}\n\n{prose}\n")) == [names]


@pytest.mark.parametrize("language", sorted(RUNS))
def test_a_copy_that_starts_inside_a_run_of_names_gives_its_names(language: str) -> None:
    names, prose = RUNS[language]
    document = read_text(f"{', '.join(names)}.\n{prose}\n")
    assert lists_of(document) == [[name.strip("«»") for name in names]]


@pytest.mark.parametrize(
    "title",
    [
        "Xandia Labour Party, XKP and Zetland Greens sign a joint statement on the strike",
        "XKP, ZKP, XLP: respect the will of the people!",
        "Bread, Peace, Land",
    ],
)
def test_a_title_that_names_a_few_bodies_is_no_list(title: str) -> None:
    prose = (
        "The three parties met in Zedville on Monday and agreed to act together against the"
        " closure of the docks, which would cost two thousand jobs in the region."
    )
    assert lists_of(read_text(f"{title}\n\n{prose}\n")) == []


def test_two_marked_lines_at_the_copy_s_start_are_no_list() -> None:
    text = (
        "– Xandia Labour Party\n– Zetland Greens\n"
        "The two parties met in Zedville on Monday and agreed to act together against the"
        " closure of the docks.\n"
    )
    assert lists_of(read_text(text)) == []
