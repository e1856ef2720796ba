"""Where a text gives the statement's date in forms the reader passed over (thirty-third
session): a verb of coming together ("came together on 3rd May 2031"), a sentence of signing
wrapped by hand inside a copied table's cell ("... on Tuesday, March 4," / "2031 at ... |"),
a place-and-date line the copy ran onto the last sentence ("... of the state!V Zedově dne 3. 5.
2031"), a report's source dateline with the date in brackets ("Zedpur (Xandia Press - Online. 3
May 2031) ..."), the heading of a second language version ("JOINT STATEMENT 8th April 2031"),
and a site's update clock as the page's date where it prints no other stamp. Each has a case
that must stay undated. Texts, places, bodies and sources are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .prose import PROSE
from .reading import created_after, read_text


@pytest.mark.parametrize(
    ("opening", "created"),
    [
        ("Several Xandian unions and faith groups came together on 3rd May 2031 to protest the "
         "closing of their offices by the police.", date(2031, 5, 3)),
        ("De vakbonden van Zetland kwamen samen op 3 mei 2031 om te protesteren tegen de "
         "sluiting van hun kantoren.", date(2031, 5, 3)),
        ("I sindacati di Zetlandia si sono ritrovati il 3 maggio 2031 per protestare contro la "
         "chiusura delle loro sedi.", date(2031, 5, 3)),
        # no verb of making: the day the offices were searched is no statement's
        ("The offices of several Xandian unions and faith groups were searched on 3rd May 2031 "
         "by the police.", None),
    ],
)  # fmt: skip
def test_a_verb_of_coming_together_dates_the_statement(opening: str, created: date | None) -> None:
    assert created_after(opening) == created


def test_a_date_wrapped_inside_a_tables_cell_dates_the_statement() -> None:
    text = (
        "Xandia news\n |\n"
        "Leaders of the Zed Party and the Xandia Front show the press the pact that they signed "
        "on Tuesday, March 4,\n"
        "2031 at the offices of the Zed Party in Zedville. |\n"
        f" |\n{PROSE['en']}\n"
    )
    created = read_text(text).created
    assert created is not None and created.date == date(2031, 3, 4)
    assert text[created.span.start : created.span.end] == created.raw


@pytest.mark.parametrize(
    ("last", "created", "place"),
    [
        ("Odmítáme další škrty ve veřejných službách a žádáme jednání!V Zedově dne 3. 5. 2031",
         date(2031, 5, 3), "V Zedově"),
        ("We will not accept the new wage rules and we call every worker to the square. "
         "Zedtown, 3 May 2031", date(2031, 5, 3), "Zedtown"),
        # a sentence after the stop, no dateline
        ("We will not accept the new wage rules. Zedtown on 3 May 2031 was quiet after the "
         "strike.", None, None),
    ],
)  # fmt: skip
def test_a_dateline_run_onto_the_last_sentence_closes_the_statement(
    last: str, created: date | None, place: str | None
) -> None:
    text = f"Statement of the Zed Union\n\n{PROSE['en']}\n\n{PROSE['en']}\n\n{last}\n"
    found = read_text(text).created
    assert (found.date if found else None) == created
    assert (found.place if found else None) == place
    if found is not None:
        assert text[found.span.start : found.span.end] == found.raw


@pytest.mark.parametrize(
    ("opening", "created", "place"),
    [
        ("Zedpur (Xandia Press - Online. 3 May 2031) The unions of Zedland formed a united "
         "front against the new wage law and called a strike.", date(2031, 5, 3), "Zedpur"),
        ("XNS (3.5.2031) – Zedtown- We, twenty organisations of Zedland, thank everyone who "
         "marched with us against the new wage law.", date(2031, 5, 3), "Zedtown"),
        # a bracket that tells of the words before it, no source's dateline
        ("The Xandia Party (founded 3 May 2001) calls on the unions of Zedland to strike against "
         "the new wage law.", None, None),
    ],
)  # fmt: skip
def test_a_sources_dateline_with_its_date_in_brackets_dates_the_statement(
    opening: str, created: date | None, place: str | None
) -> None:
    found = read_text(f"Unions unite\n\n{opening}\n\n{PROSE['en']}\n").created
    assert (found.date if found else None) == created
    assert (found.place if found else None) == place


_CUT_ENGLISH = "Today, in front of the town hall of Zedville, the Xandia Convention launched "


@pytest.mark.parametrize(
    ("before", "heading", "created"),
    [
        (PROSE["fr"], "JOINT STATEMENT 8th April 2031", date(2031, 4, 8)),
        (PROSE["de"], "Joint statement of 8 April 2031", date(2031, 4, 8)),
        # the same language above and below: a related item's heading, no version's
        (PROSE["en"], "JOINT STATEMENT 8th April 2031", None),
    ],
)
def test_a_second_versions_heading_dates_the_statement(
    before: str, heading: str, created: date | None
) -> None:
    text = f"Xandia Convention\n\n{before}\n\n{before}\n\n{heading}\n\n{_CUT_ENGLISH}\n"
    found = read_text(text).created
    assert (found.date if found else None) == created


@pytest.mark.parametrize(
    ("clock", "published"),
    [
        ("Actualizado: jueves, 3 mayo 2031 10:40", date(2031, 5, 3)),
        ("Updated: Thursday, 3 May 2031 10:40", date(2031, 5, 3)),
        # no clock: a list's update stamp, no page's date
        ("Actualizado: 3 mayo 2031", None),
    ],
)
def test_an_update_clock_under_the_headline_is_the_pages_date_where_no_other_stamp_is(
    clock: str, published: date | None
) -> None:
    headline = "Los sindicatos de Zedlandia llaman a la huelga"
    text = f"{headline}\n\n{clock}\n\n{PROSE['es']}\n"
    assert read_text(text).published == published
    # above the headline, opening the page: the site's clock of its last change
    assert read_text(f"{clock}\n\n{headline}\n\n{PROSE['es']}\n").published is None


@pytest.mark.parametrize(
    "clock",
    [
        # a zero-width non-joiner inside the word for "update" parts it into two words
        "آخرین به\u200cروزرسانی: 2031/5/3 10:40",
        "آخرین به روز رسانی: 2031/5/3 10:40",
    ],
)
def test_a_persian_update_clock_under_the_headline_is_the_pages_date(clock: str) -> None:
    headline = "سندیکاهای زدلند فراخوان اعتصاب دادند"
    text = f"{headline}\n\n{clock}\n\n{PROSE['fa']}\n"
    assert read_text(text).published == date(2031, 5, 3)
    assert read_text(f"{clock}\n\n{headline}\n\n{PROSE['fa']}\n").published is None
