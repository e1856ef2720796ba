"""A button back to the page's top (and a site builder's "top of page" / "bottom of page" lines)
is the site's furniture: never a list's last entry, nor the title."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: The argument, a sentence that introduces the list, its names one a line, and the page's button.
TEXTS = {
    "ar": (
        "طالبت المنظمات الحقوقية وزارة الداخلية بحماية التظاهرة المقررة غدا في العاصمة.",
        "وقد وقعت على البيان المنظمات التالية، وهي:",
        ["مؤسسة كسانديا للتنمية", "منتدى زيتلاند لحقوق الإنسان", "المرصد الكسانديّ للحريات"],
        "زر الذهاب إلى الأعلى",
    ),
    "en": (
        "The organisations call on the ministry to protect tomorrow's march in the capital.",
        "The statement is signed by the following organisations:",
        ["Xandia Development Foundation", "Zetland Human Rights Forum", "Xandian Liberties Watch"],
        "Back to top",
    ),
    "de": (
        "Die Organisationen fordern das Ministerium auf, die Demonstration morgen zu schützen.",
        "Die Erklärung unterzeichnen folgende Organisationen:",
        ["Stiftung Xandia", "Menschenrechtsforum Zetland", "Xandische Beobachtungsstelle"],
        "Nach oben",
    ),
    "fr": (
        "Les organisations demandent au ministère de protéger la manifestation de demain.",
        "La déclaration est signée par les organisations suivantes :",
        ["Fondation Xandie", "Forum zetlandais des droits humains", "Observatoire xandien"],
        "Retour en haut de la page",
    ),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_button_back_to_the_top_is_no_entry(language: str) -> None:
    argument, cue, names, button = TEXTS[language]
    lines = "\n".join(names)
    assert lists_of(read_text(f"{argument}\n{cue}\n{lines}\n\n{button}\n")) == [names]


def test_a_site_builder_s_top_of_page_line_is_no_title() -> None:
    text = (
        "top of page\n\nXandian unions condemn the closure of the docks\n\n"
        "The unions of Xandia condemn the closure of the docks, which would cost two thousand"
        " jobs in the region.\n\nbottom of page\n"
    )
    document = read_text(text)
    assert document.versions[0].title == "Xandian unions condemn the closure of the docks"
