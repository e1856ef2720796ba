"""An enumeration whose items name each body after an article and the words for its kind ("η
οργάνωση XKP (Ξάνδια)", "la federazione Zetland Lavoro", "l’Unione ...") is an enumeration of
names, not of clauses: such an item opens in lower case as a clause does, but its lower-case
words only lead into a name. The name is the item without them, quoted or not."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: An argument, then a line saying who expresses solidarity, then the enumeration.
TEXTS = {
    "el": (
        "Οι λιμενεργάτες της Ζέτλαντ απεργούν εδώ και τρεις εβδομάδες για ασφαλή δουλειά και"
        " δίκαιο μισθό.\n\n"
        "Την αλληλεγγύη τους στους απεργούς εκφράζουν συνδικαλιστικές οργανώσεις από πολλές"
        " χώρες: η οργάνωση XKP (Ξάνδια), η συνδικαλιστική οργάνωση «Zetland Bloc» (Ζέτλαντ),"
        " Ομοσπονδία Τροφίμων Ξάνδιας, η οργάνωση ZLU (Ζέτλαντ), Ένωση Λιμενεργατών Ξάνδιας.\n",
        ["XKP (Ξάνδια)", "«Zetland Bloc» (Ζέτλαντ)", "Ομοσπονδία Τροφίμων Ξάνδιας",
         "ZLU (Ζέτλαντ)", "Ένωση Λιμενεργατών Ξάνδιας"],
    ),
    "it": (
        "I portuali di Zetland sono in sciopero da tre settimane per un lavoro sicuro e un salario"
        " giusto.\n\n"
        "Esprimono la loro solidarietà agli scioperanti i sindacati di molti paesi: la"
        " federazione Xandia Lavoro, l’Unione Portuali Zetland, il sindacato XKP, Confederazione"
        " Operaia Xandiana, la rete Zetland Solidale.\n",
        ["Xandia Lavoro", "Unione Portuali Zetland", "XKP", "Confederazione Operaia Xandiana",
         "Zetland Solidale"],
    ),
    "es": (
        "Los portuarios de Zetland están en huelga desde hace tres semanas por un trabajo seguro"
        " y un salario justo.\n\n"
        "Expresan su solidaridad con los huelguistas sindicatos de muchos países: la federación"
        " Xandia Trabajo, el sindicato XKP, Confederación Obrera Xandiana, la red Zetland"
        " Solidaria, la unión ZLU.\n",
        ["Xandia Trabajo", "XKP", "Confederación Obrera Xandiana", "Zetland Solidaria", "ZLU"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_names_led_by_an_article_and_their_kind_are_an_enumeration(language: str) -> None:
    text, names = TEXTS[language]
    assert lists_of(read_text(text)) == [names]


def test_clauses_opening_in_lower_case_are_still_no_enumeration() -> None:
    text = (
        "The dock workers of Zetland have been on strike for three weeks for safe work and fair"
        " pay.\n\nThe port authority refuses: it calls in the Xandia Police, it fines the Zetland"
        " Union, it threatens the XKP, and it closes the Harbour Gate.\n"
    )
    assert lists_of(read_text(text)) == []


#: The same enumerations, their first item opening with the article capitalised after the colon.
FIRST_ARTICLED = {
    "el": (
        "Την αλληλεγγύη τους εκφράζουν συνδικαλιστικές οργανώσεις από πολλές χώρες: Το Εργατικό"
        " Κέντρο Ξάνδιας, η οργάνωση XKP (Ξάνδια), το Συνδικάτο Λιμενεργατών Ζέτλαντ, η Ένωση"
        " Λιμενεργατών Ξάνδιας.\n",
        ["Εργατικό Κέντρο Ξάνδιας", "XKP (Ξάνδια)", "Συνδικάτο Λιμενεργατών Ζέτλαντ",
         "Ένωση Λιμενεργατών Ξάνδιας"],
    ),
    "fr": (
        "Expriment leur solidarité avec les grévistes des syndicats de nombreux pays : La"
        " Fédération Xandienne du Travail, la Confédération Zetlandaise, la XKP, l’Union"
        " Portuaire de Xandie.\n",
        ["Fédération Xandienne du Travail", "Confédération Zetlandaise", "XKP",
         "Union Portuaire de Xandie"],
    ),
    "es": (
        "Expresan su solidaridad con los huelguistas sindicatos de muchos países: La Federación"
        " Xandiana del Trabajo, la Confederación Zetlandesa, el XKP, la Unión Portuaria de"
        " Xandia.\n",
        ["Federación Xandiana del Trabajo", "Confederación Zetlandesa", "XKP",
         "Unión Portuaria de Xandia"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(FIRST_ARTICLED))
def test_the_first_item_loses_the_article_the_others_lose(language: str) -> None:
    run, names = FIRST_ARTICLED[language]
    argument = TEXTS[language if language != "fr" else "es"][0].split("\n\n")[0]
    assert lists_of(read_text(f"{argument}\n\n{run}")) == [names]


def test_an_article_the_other_items_do_not_lose_stays_the_name_s() -> None:
    text = (
        "Los portuarios de Zetland están en huelga desde hace tres semanas por un trabajo seguro"
        " y un salario justo.\n\n"
        "Firmantes: La Raya sin Minas, Confederación Zetlandesa, XKP, Unión Portuaria de Xandia.\n"
    )
    assert lists_of(read_text(text)) == [
        ["La Raya sin Minas", "Confederación Zetlandesa", "XKP", "Unión Portuaria de Xandia"]
    ]
