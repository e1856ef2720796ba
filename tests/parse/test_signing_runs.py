"""A running line of names after a signing cue and its colon ("Signed: A, B, C ..."): the run is
the list, its names taken by their form where their words say little, a closing "and many other
organisations" naming no one; numbered sentences of the argument above it are no list."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: The argument, numbered theses (each a sentence), the signing cue, the names, and a tail that
#: names no one.
TEXTS = {
    "ru": (
        "Переговоры шли тяжело и заняли много времени, но стороны пришли к согласию.",
        "Основные тезисы:",
        [
            "Новый совет Ксандии признаётся законным.",
            "Действия Зедова осуждаются.",
            "Любой сепаратизм осуждается.",
        ],
        "Подписали",
        ["Партия регионов Ксандии", "Вперёд", "ЗКП", "Правый Берег", "Самооборона"],
        "и еще более десятка различных организаций и партий",
    ),
    "en": (
        "The talks were long and hard, but the sides reached an agreement in the end.",
        "Main points:",
        [
            "The new council of Xandia is lawful.",
            "Zedov's actions are condemned.",
            "Separatism is condemned.",
        ],
        "Signed",
        ["Xandia Labour Party", "Forward", "XKP", "Right Bank", "Self Defence"],
        "and more than ten other organisations",
    ),
    "es": (
        "Las conversaciones fueron largas y difíciles, pero las partes llegaron a un acuerdo.",
        "Puntos principales:",
        [
            "El nuevo consejo de Xandia es legítimo.",
            "Las acciones de Zedov se condenan.",
            "Todo separatismo se condena.",
        ],
        "Firmado",
        ["Partido Laborista de Xandia", "Adelante", "XKP", "Orilla Derecha", "Autodefensa"],
        "y otras organizaciones sociales",
    ),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_run_after_a_signing_colon_is_the_list_and_the_theses_are_not(language: str) -> None:
    argument, theses_heading, theses, cue, names, tail = TEXTS[language]
    numbered = "\n".join(f"{k}. {thesis}" for k, thesis in enumerate(theses, 1))
    run = f"{cue}: {', '.join(names)} {tail}."
    text = f"{argument}\n{theses_heading}\n{numbered}\n{run}\n{argument}\n"
    assert lists_of(read_text(text)) == [names]


def test_a_hebrew_signing_heading_introduces_a_run_of_names() -> None:
    names = [
        "תנועת קסנדיה",
        "איגוד עובדי זטלנד",
        "הקרן לזכויות אדם בקסנדיה",
        "מכון זטלנד",
        "עמותת שלום קסנדיה",
        "האגודה לזכויות האזרח בזטלנד",
    ]
    text = (
        "חמישה ארגונים פרסמו הצהרה משותפת נגד ההחלטה לגרש את העובד מקסנדיה.\n\n"
        f"הארגונים החתומים: {', '.join(names)}.\n"
    )
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ("Xandia Party and many other organisations", "Xandia Party"),
        ("Партия Ксандии и другие организации", "Партия Ксандии"),
        ("Zetland Sendikası ve diğer sendikalar", "Zetland Sendikası"),
        ("Union des travailleurs et des organisations paysannes", None),
        ("Workers and Peasants", None),
    ],
)
def test_a_tail_after_and_that_names_no_one_is_no_part_of_the_last_name(
    raw: str, named: str | None
) -> None:
    from kzld.parse.lists import without_unnamed

    assert without_unnamed(raw) == (named or raw)
