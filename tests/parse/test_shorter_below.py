"""A name a title's reader reads from a headline in capitals is refused when the text below
writes only its last words again, in a case of its own, and never the whole of it: capitals did
not say where the name opens, and the words before those are the headline's. A name the text
below writes whole, or a name of two words, is kept. Names are made up."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Section, Span
from kzld.parse.repeated import written_shorter
from kzld.parse.text import Line
from kzld.parse.titled import title_signers

from .prose import PROSE
from .reading import outside_of, read_text

#: Each case: a headline in capitals, the name the title's reader reads from it, and a
#: paragraph below that writes only the name's last words.
SHORTER = {
    "en": (
        "JOINT STATEMENT OF THE EUROPEAN AND XANDIAN SIDES OF THE XANDIA-ZETLAND CIVIL "
        "SOCIETY PLATFORM",
        "AND XANDIAN SIDES OF THE XANDIA-ZETLAND CIVIL SOCIETY PLATFORM",
        "The Xandia-Zetland Civil Society Platform follows how the agreement is kept and "
        "reports to both governments twice a year.",
    ),
    "sl": (
        "POZIV DELAVSKIH ZDRUŽENJ IN STAVKOVNEGA ODBORA XANDIJSKIH PEKARN",
        "ZDRUŽENJ IN STAVKOVNEGA ODBORA XANDIJSKIH PEKARN",
        "Stavkovni odbor xandijskih pekarn je sprejel izjavo o plačah in jo poslal vladi.",
    ),
}


def _line(content: str, start: int = 0) -> Line:
    return Line(number=1, start=start, end=start + len(content), content=content)


def _section(name: str) -> Section:
    entry = Entry(position=1, raw=name, span=Span(0, len(name)), name=name)
    return Section(heading=name, span=Span(0, len(name)), entries=(entry,), kind="title")


@pytest.mark.parametrize("case", sorted(SHORTER))
def test_the_title_reader_reads_the_long_name(case: str) -> None:
    headline, name, _ = SHORTER[case]
    found = title_signers(_line(headline))
    assert found is not None
    assert [e.name for e in found.entries] == [name]


@pytest.mark.parametrize("case", sorted(SHORTER))
def test_a_name_written_shorter_below_is_refused(case: str) -> None:
    headline, name, paragraph = SHORTER[case]
    assert written_shorter(_section(name), [_line(paragraph, len(headline) + 2)])
    document = read_text(f"{headline}\n\n{paragraph}\n\n{PROSE['en']}\n")
    assert outside_of(document) == []  # the whole headline's reading is gone too


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        # written whole below, in its own case: the headline's name is the text's
        (
            "XANDIAN BAKERS' UNION",
            "The Xandian Bakers' Union met on Monday.",
        ),
        # two words: too few to tell a name's opening by
        ("BAKERS' UNION", "The union of Xandian Bakers' Union members met."),
        # not in capitals: its capitals said where it opens
        (
            "European and Xandian sides of the Xandia-Zetland Platform",
            "The Xandia-Zetland Platform met on Monday.",
        ),
        # only its last word written again
        ("XANDIAN BAKERS' UNION", "The union met on Monday."),
        # below in capitals too: no case of its own
        ("EUROPEAN SIDE OF THE XANDIA PLATFORM", "THE XANDIA PLATFORM MET ON MONDAY."),
    ],
)
def test_a_name_kept(name: str, paragraph: str) -> None:
    assert not written_shorter(_section(name), [_line(paragraph, 100)])
