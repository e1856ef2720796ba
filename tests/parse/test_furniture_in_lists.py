"""Nothing invented: an advertisement's label that a page puts between two entries of a list
("Advertisement", de "Anzeige", fr "Publicité", ru "Реклама") is a word of the site's furniture,
no name; the list goes on after it, every name in it signs, and the label is reported as an entry
that names no one. Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text, skipped_of

#: A title, a paragraph, a cue and a list with a label between its second and third entries.
LISTS = {
    "en": (
        "Joint statement against the cuts in Xandia\n\n"
        "We, the undersigned organisations, reject the budget cuts the government of Xandia "
        "announced last week.\n\nSigned by:\n\n",
        ["Xandia Workers' Party", "Zetland Teachers' Union", "Xandian Federation of Tenants"],
        "Advertisement",
    ),
    "de": (
        "Gemeinsame Erklärung gegen die Kürzungen in Xandia\n\n"
        "Wir, die unterzeichnenden Organisationen, lehnen die Kürzungen ab, die die Regierung "
        "von Xandia letzte Woche angekündigt hat.\n\nUnterzeichnet von:\n\n",
        ["Arbeiterpartei Xandias", "Lehrergewerkschaft Zetland", "Mieterbund Xandia"],
        "Anzeige",
    ),
    "fr": (
        "Déclaration commune contre les coupes en Xandie\n\n"
        "Nous, les organisations signataires, rejetons les coupes budgétaires annoncées la "
        "semaine dernière par le gouvernement de Xandie.\n\nSignataires :\n\n",
        [
            "Parti des Travailleurs de Xandie",
            "Syndicat des Enseignants de Zetland",
            "Fédération des Locataires de Xandie",
        ],
        "Publicité",
    ),
    "ru": (
        "Совместное заявление против сокращений в Ксандии\n\n"
        "Мы, нижеподписавшиеся организации, отвергаем сокращения бюджета, объявленные "
        "правительством Ксандии на прошлой неделе.\n\nПодписали:\n\n",
        ["Рабочая партия Ксандии", "Профсоюз учителей Зетландии", "Федерация жильцов Ксандии"],
        "Реклама",
    ),
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_an_advertisements_label_in_a_list_names_no_one(language: str) -> None:
    opening, names, label = LISTS[language]
    text = opening + "\n".join([*names[:2], label, *names[2:]]) + "\n"
    document = read_text(text)
    assert lists_of(document) == [names]
    assert (label, "not-a-name") in skipped_of(document)
