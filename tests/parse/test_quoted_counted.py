"""Names in quotation marks that a count of organisations beside them announces are names whole,
whatever their capitals: the marks bound them ("«X больше-свободы»", "“X meydanı”"), and a clause
before the first ("в том числе «A»") is no part of it (issue 18, class inline-list). Names are
made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: the text's title (the count), its lead (the quoted names) and the signers.
CASES = {
    # Russian: the count and the names in one sentence, a clause before the first name
    "ru": (
        "Оппозиция Ксандии",
        "Шесть оппозиционных партий Ксандии, в том числе «Ксанали», «Зетчи больше-свободы», "
        "«Дроз», «Единое ксандское движение», «Лело за Зетландию» и «Стратегия Ипсиланда», "
        "заявляют о полной координации действий.",
        [
            "Ксанали",
            "Зетчи больше-свободы",
            "Дроз",
            "Единое ксандское движение",
            "Лело за Зетландию",
            "Стратегия Ипсиланда",
        ],
    ),
    # Azerbaijani: the count in the title, the names in the lead, some in quotation marks
    "az": (
        "Ksandiyada 5 müxalif partiya birləşdi",
        "Agentlik xəbər verir ki, sənədi “Ksanali”, “Zetçi – Daha çox azadlıq”, Milli Ksand "
        "Partiyası, “Azadlıq meydanı” və Zetlandiya Federalistləri partiyası imzalayıb.",
        [
            "Ksanali",
            "Zetçi – Daha çox azadlıq",
            "Milli Ksand Partiyası",
            "Azadlıq meydanı",
            "Zetlandiya Federalistləri partiyası",
        ],
    ),
    # Ukrainian: the count and the names in one sentence
    "uk": (
        "Опозиція Ксандії",
        "П'ять опозиційних партій Ксандії, серед них «Ксанали», «Зетчі більше-свободи», "
        "«Дроз», «Єдиний ксандський рух» і «Стратегія Іпсиланда», оголосили про координацію.",
        [
            "Ксанали",
            "Зетчі більше-свободи",
            "Дроз",
            "Єдиний ксандський рух",
            "Стратегія Іпсиланда",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_quoted_names_a_count_announces_are_read_whole(language: str) -> None:
    title, lead, signers = CASES[language]
    document = read_text(f"{title}\n\n{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == signers
