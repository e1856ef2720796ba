"""Month names CLDR does not write that statements do (twenty-seventh session): the Greek demotic
months ("25 Σεπτέμβρη 2012", where CLDR has "Σεπτεμβρίου"), read as the learned ones are, and
the months of Nepal's Bikram Sambat calendar ("२० आश्विन २०७४"), read in a Nepali text as their
Gregorian day and in none other (Hindi names the lunar months of another calendar so), in a
dateline, a page's stamp and a sentence of making. Texts, places and bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.calendars import from_bikram_sambat
from kzld.parse.dates import find_date, read_dateline
from kzld.parse.reading import reading_in

from .prose import PROSE
from .reading import read_text


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("25 Σεπτέμβρη 2012", date(2012, 9, 25)),
        ("Ζέδπολη, 3 Μάη 2015", date(2015, 5, 3)),
        ("Δευτέρα 14 ΜΑΡΤΗ 2021", date(2021, 3, 14)),  # capitals, no accent
        ("1 Γενάρη 2020", date(2020, 1, 1)),
        ("12 Φλεβάρη 2019", date(2019, 2, 12)),
        ("30 Νοέμβρη 2018", date(2018, 11, 30)),
    ],
)
def test_a_greek_demotic_month_is_read(line: str, day: date) -> None:
    found = read_dateline(line)
    assert found is not None and found[1] == day


def test_a_demotic_month_without_a_year_gives_no_date() -> None:
    assert find_date("η απεργία της 20 Οκτώβρη, καθώς και οι κινητοποιήσεις") is None


def test_a_sentence_of_making_with_a_demotic_month_dates_the_statement() -> None:
    """The summit met on the day it agreed the declaration below: the statement's date."""
    text = (
        "Πραγματοποιήθηκε στη Ζέδπολη στις 25 Σεπτέμβρη 2012 η Συνάντηση των συνδικάτων της "
        "Ξάνδιας, τα οποία συμφώνησαν στην παρακάτω διακήρυξη:\n\n"
        "Διακήρυξη της Συνάντησης της Ζέδπολης\n\n"
        f"{PROSE['el']}\n\n{PROSE['el']}\n"
    )
    document = read_text(text)
    assert document.created is not None and document.created.date == date(2012, 9, 25)
    assert document.published is None


@pytest.mark.parametrize(
    ("sambat", "gregorian"),
    [
        ((2000, 1, 1), date(1943, 4, 14)),  # the table's first day
        ((2080, 1, 1), date(2023, 4, 14)),  # new year's days
        ((2081, 1, 1), date(2024, 4, 13)),
        ((2074, 6, 20), date(2017, 10, 6)),
        ((2062, 4, 5), date(2005, 7, 20)),  # after the two months of 2062 the sources part on
        ((2083, 12, 30), date(2027, 4, 13)),  # the table's last day
    ],
)
def test_a_bikram_sambat_day_is_its_gregorian_day(
    sambat: tuple[int, int, int], gregorian: date
) -> None:
    assert from_bikram_sambat(*sambat) == gregorian


@pytest.mark.parametrize(
    "sambat",
    [
        (2074, 6, 32),  # Asoj 2074 has 30 days
        (2062, 1, 31),  # the first two months of 2062 are not settled
        (2062, 2, 5),
        (1999, 12, 1),  # before the table
        (2084, 1, 1),  # after it
    ],
)
def test_a_bikram_sambat_day_the_table_does_not_settle_gives_none(
    sambat: tuple[int, int, int],
) -> None:
    with pytest.raises(ValueError):
        from_bikram_sambat(*sambat)


@pytest.mark.parametrize(
    ("line", "day", "kind"),
    [
        ("२० आश्विन २०७४", date(2017, 10, 6), "dateline"),
        ("ज़ेडपुर, २० असोज २०७४", date(2017, 10, 6), "dateline"),
        ("२०७४ साल असोज २० गते", date(2017, 10, 6), "dateline"),  # the year first
        ("प्रकाशित: ३ माघ २०७८ १४:०५", date(2022, 1, 17), "stamp"),  # a clock: the page's
    ],
)
def test_a_bikram_sambat_date_is_read_in_a_nepali_text(line: str, day: date, kind: str) -> None:
    with reading_in(["ne"]):
        assert read_dateline(line) == (kind, day, line.split(",")[0] if "," in line else None)
    with reading_in(["hi"]):
        assert read_dateline(line) is None
        assert find_date(line) is None


#: A made-up Nepali report: two parties agree on joint candidates (no date in its sentences),
#: then the page's stamp of publication in the Bikram Sambat calendar.
_NEPALI = (
    "ज़ेडपुर – प्रादेशिक निर्वाचनका लागि ज़ेड जनता पार्टी र ज़ेड समाजवादी मोर्चाले संयुक्त "
    "उम्मेद्वारी दिने भएको छ।\n"
    "दुवै दलले आपसी समझदारी बमोजिम साझा उम्मेद्वार उठाएर चुनावमा सँगै जाने जानकारी दिएका छन्। "
    "उनीहरूले मजदुर र किसानका माग पूरा गर्न मिलेर काम गर्ने बताएका छन्।\n"
    "प्रकाशित: २० आश्विन २०७४ ०७:२२ शुक्रबार\n"
)


def test_a_nepali_pages_stamp_in_bikram_sambat_is_its_publication_date() -> None:
    document = read_text(_NEPALI)
    assert document.published == date(2017, 10, 6)
    assert document.created is None
