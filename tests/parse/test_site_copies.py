"""A heading of the site written twice above a page's headline, its copies apart (a weather
widget's sky over and under the temperature, a menu's section and the breadcrumb's last item),
that the prose does not echo: neither copy, nor anything above the second, is the title
(twenty-sixth session). A title the page writes twice stays the title, and a title closing with
a quotation in spaced guillemets ("... : « ... »") is no path ending with a separator."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import read_text

#: A headline for each language that the language's PROSE echoes.
HEADLINE = {
    "en": "Workers of the region strike against the new wage rules",
    "de": "Arbeiter der Region streiken gegen die neuen Lohnregeln",
    "pt": "Trabalhadores da região em greve contra as novas regras salariais",
    "es": "Los trabajadores de la región en huelga contra las normas salariales",
    "fr": "Les travailleurs de la région en grève contre les règles salariales",
}


def _title(text: str) -> str | None:
    return read_text(text).versions[0].title


@pytest.mark.parametrize(
    ("language", "widget"),
    [
        ("en", "Weather\nToday\nCloudy\nZedtown +5 °C\nCloudy\nFriday, 15 November"),
        ("de", "Wetter\nHeute\nBewölkt\nZedstadt +5 °C\nBewölkt\nFreitag, 15. November"),
        ("pt", "Tempo\nHoje\nNublado\nZedópolis +5 °C\nNublado\nSexta-feira, 15 de novembro"),
    ],
)
def test_a_widgets_line_written_twice_is_passed_with_the_lines_above_it(
    language: str, widget: str
) -> None:
    text = f"{widget}\n\n{HEADLINE[language]}\n\n{PROSE[language]}\n"
    assert _title(text) == HEADLINE[language]


@pytest.mark.parametrize(
    ("language", "menu", "crumb"),
    [
        ("pt", "Início\nMoções\nNotas de imprensa\nFotografias", "Início » Notas de imprensa"),
        ("es", "Inicio\nMociones\nNotas de prensa\nFotografías", "Inicio » Notas de prensa"),
        ("en", "Home\nMotions\nNotes for editors\nPhotos", "Home » Notes for editors"),
    ],
)
def test_a_menus_section_again_in_the_breadcrumb_is_no_title(
    language: str, menu: str, crumb: str
) -> None:
    text = f"{menu}\n\n{crumb}\n\n{HEADLINE[language]}\n\n{PROSE[language]}\n"
    assert _title(text) == HEADLINE[language]


@pytest.mark.parametrize("language", ["en", "pt", "de"])
def test_a_title_written_again_in_the_breadcrumb_stays_the_title(language: str) -> None:
    crumb = f"Home News {HEADLINE[language]}"
    text = f"{crumb}\n\n{HEADLINE[language]}\n\n{PROSE[language]}\n"
    assert _title(text) == HEADLINE[language]


@pytest.mark.parametrize(
    ("language", "title"), [("en", "We stand together"), ("de", "Gemeinsam"), ("pt", "Juntos")]
)
def test_a_short_title_written_twice_with_blank_lines_between_stays_the_title(
    language: str, title: str
) -> None:
    text = f"Zedtown +5 °C\n\n{title}\n\n{title}\n\n{PROSE[language]}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Un texte commun : « Ensemble contre les règles salariales »"),
        ("es", "Declaración conjunta: « Juntos contra las normas salariales »"),
        ("pt", "Declaração comum: « Juntos contra as novas regras salariais »"),
    ],
)
def test_a_title_closing_a_quotation_in_spaced_guillemets_is_the_title(
    language: str, title: str
) -> None:
    assert _title(f"{title}\n\n{PROSE[language]}\n") == title


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_a_path_ending_with_a_guillemet_is_still_the_sites(language: str) -> None:
    text = f"Accueil » Actualités »\n\n{HEADLINE[language]}\n\n{PROSE[language]}\n"
    assert _title(text) == HEADLINE[language]
