"""Where a sentence ends (:func:`kzld.parse.text.sentences`, the one home of the rule that the
date reader and the signer readers share): a stop before a capital ends one; a stop before a
small letter, after an ordinal, an initial or a title does not. Made-up texts."""

from __future__ import annotations

import pytest

from kzld.parse.text import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and an initial before a name: no end
        ("Dr. J. Roe signed for the Xandia Party. The Zetland Union followed.",
         ["Dr. J. Roe signed for the Xandia Party.", "The Zetland Union followed."]),
        ("Ο Υπ. Εργασίας της Ξάνδιας μίλησε. Το ΞΚΚ υπέγραψε.",
         ["Ο Υπ. Εργασίας της Ξάνδιας μίλησε.", "Το ΞΚΚ υπέγραψε."]),
        # a day's ordinal stop, and the stop of an abbreviation before a small letter: no end
        ("Sindikati danes, 7. januarja 2011, opozarjamo. Nato smo odšli.",
         ["Sindikati danes, 7. januarja 2011, opozarjamo.", "Nato smo odšli."]),
        ("Заявление принято 12 мая 2020 г. в Зедграде. Его передадут.",
         ["Заявление принято 12 мая 2020 г. в Зедграде.", "Его передадут."]),
        # an abbreviation of capitals, a number and a script without capitals end one
        ("We met in the EU. Then we signed.", ["We met in the EU.", "Then we signed."]),
        ("Berlin, den 21.03.2024. Heute erklären wir.", ["Berlin, den 21.03.2024.",
         "Heute erklären wir."]),
        ("اجتمعت الأحزاب. وقعت البيان!", ["اجتمعت الأحزاب.", "وقعت البيان!"]),
        ("दलों ने बैठक की। बयान जारी हुआ।", ["दलों ने बैठक की।", "बयान जारी हुआ।"]),
        # a stop the page glued to the next sentence ends one, a quotation mark perhaps between
        ("Potpisala je i stranka Xandija.Predsednik je rekao da je zadovoljan.",
         ["Potpisala je i stranka Xandija.", "Predsednik je rekao da je zadovoljan."]),
        ('Unterzeichnet hat der Zetbund."Wir fordern mehr", heißt es.',
         ["Unterzeichnet hat der Zetbund.", '"Wir fordern mehr", heißt es.']),
        # ... but not inside an address, an abbreviation or after a capital
        ("Read more at www.XandiaNews.zt and mail info@Zetland.Org today.",
         ["Read more at www.XandiaNews.zt and mail info@Zetland.Org today."]),
        ("Die Gewerkschaft ver.di und die U.S.Army trafen sich.",
         ["Die Gewerkschaft ver.di und die U.S.Army trafen sich."]),
    ],
)  # fmt: skip
def test_where_a_sentence_ends(text: str, expected: list[str]) -> None:
    found = sentences(text)
    assert [s for _, s in found] == expected
    assert all(text[at : at + len(s)] == s for at, s in found)
