"""A list whose entries open with an article and run over two lines each, as a page copied from
a document breaks them ("- le Syndicat Xandien des Dockers et des" / "Travailleurs du Port
(SXD) ;"), is a list of names, not a hard-wrapped paragraph: the article is no sign of prose."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: An argument, a line introducing the parties, then the entries, each broken over two lines.
TEXTS = {
    "fr": (
        "Le présent accord fixe les salaires minimaux des dockers du port de Zetland pour les"
        " années à venir et remplace toutes les dispositions antérieures.",
        "ENTRE LES SOUSSIGNÉS :",
        [
            ("le Syndicat Xandien des Dockers et des", "Travailleurs du Port (SXD) ;"),
            ("la Fédération Zetlandaise du Commerce et", "des Services Portuaires (FZC) ;"),
            ("le Syndicat National des Grutiers et", "Manutentionnaires de Zetland (SNGM)."),
        ],
    ),
    "it": (
        "Il presente accordo fissa i salari minimi dei portuali del porto di Zetland per gli anni"
        " a venire e sostituisce tutte le disposizioni precedenti.",
        "TRA I SOTTOSCRITTI:",
        [
            ("il Sindacato Xandiano dei Portuali e dei", "Lavoratori del Porto (SXP);"),
            ("la Federazione Zetlandese del Commercio e", "dei Servizi Portuali (FZC);"),
            ("il Sindacato Nazionale dei Gruisti e", "Facchini di Zetland (SNGF)."),
        ],
    ),
    "es": (
        "El presente acuerdo fija los salarios mínimos de los estibadores del puerto de Zetland"
        " para los próximos años y sustituye todas las disposiciones anteriores.",
        "ENTRE LAS PARTES SIGUIENTES:",
        [
            ("el Sindicato Xandiano de Estibadores y de", "Trabajadores del Puerto (SXE);"),
            ("la Federación Zetlandesa del Comercio y", "de los Servicios Portuarios (FZC);"),
            ("el Sindicato Nacional de Gruistas y", "Mozos de Zetland (SNGM)."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_entries_broken_over_two_lines_after_an_article_are_a_list(language: str) -> None:
    argument, heading, entries = TEXTS[language]
    lines = "\n".join(f"-\n{first}\n{second}" for first, second in entries)
    found = lists_of(read_text(f"{argument}\n\n{heading}\n{lines}\n"))
    assert [len(entries)] == [len(names) for names in found]
    assert all(name.endswith(")") for names in found for name in names)
