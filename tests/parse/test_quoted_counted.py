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
        "Выборы в Ксандии",
        "Шесть партий Ксандии, в том числе «Новая Ксандия», «Зетчи за-равенство», «Опора», "
        "«Общее ксандское дело», «Вместе за Зетландию» и «Мост Ипсиланда», договорились идти на "
        "выборы одним списком.",
        [
            "Новая Ксандия",
            "Зетчи за-равенство",
            "Опора",
            "Общее ксандское дело",
            "Вместе за Зетландию",
            "Мост Ипсиланда",
        ],
    ),
    # Azerbaijani: the count in the title, the names in the lead, some in quotation marks
    "az": (
        "Ksandiyada 5 partiya seçkiyə birgə gedir",
        "Qəzetin yazdığına görə, sazişi “Yeni Ksandiya”, “Zetçi – Hamı üçün bərabərlik”, Xalq "
        "Ksand Partiyası, “Körpü hərəkatı” və Zetlandiya Əməkçiləri partiyası imzalayıb.",
        [
            "Yeni Ksandiya",
            "Zetçi – Hamı üçün bərabərlik",
            "Xalq Ksand Partiyası",
            "Körpü hərəkatı",
            "Zetlandiya Əməkçiləri partiyası",
        ],
    ),
    # Ukrainian: the count and the names in one sentence
    "uk": (
        "Вибори в Ксандії",
        "П'ять партій Ксандії, серед них «Нова Ксандія», «Зетчі за-рівність», «Опора», "
        "«Спільна ксандська справа» і «Міст Іпсиланда», домовилися йти на вибори разом.",
        [
            "Нова Ксандія",
            "Зетчі за-рівність",
            "Опора",
            "Спільна ксандська справа",
            "Міст Іпсиланда",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_quoted_names_a_count_announces_are_read_whole(language: str) -> None:
    title, lead, signers = CASES[language]
    document = read_text(f"{title}\n\n{lead}\n\n{PROSE['en']}\n")
    assert outside_of(document) == signers
