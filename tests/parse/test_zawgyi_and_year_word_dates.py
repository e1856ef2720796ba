"""Dates written with a word for "year" after the year, in the languages that write the year
first (Uzbek "2031 yil 3 may", "2031 yilning 14 sentabr kuni", Cyrillic "2031 йил 3 май", with
the months CLDR names only in Uzbek, and the word written onto the year: "2031-yil 14-mart";
Burmese with its sentence's comma after the word, "၂၀၃၁ ခုနှစ်၊ မေလ ၃ ရက်"), a Thai date's
clock time ("15 ธ.ค. 2574 เวลา 10:00 น."), Burmese dates as pages in the Zawgyi encoding
write them ("ခုႏွစ္", "ရက္", "ဧၿပီ"), and the Burmese words of issuing and dating a statement
in a sentence of its date. Texts and bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.dates import find_date, read_dateline
from kzld.parse.text import words

from .reading import created_after


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2031 yil 3 may", date(2031, 5, 3)),
        ("2031 yilning 14 mart kuni", date(2031, 3, 14)),
        ("2031 йил 14 март", date(2031, 3, 14)),
        # the year word and the month written onto the year and the day with a hyphen
        ("2031-yil 14-mart", date(2031, 3, 14)),
        ("2031-yilning 14-martida", date(2031, 3, 14)),
        ("2031-йил 3-октябр", date(2031, 10, 3)),
        # Uzbek's months no other language names so, in Latin and Cyrillic letters
        ("2031 yilning 14 sentabr kuni", date(2031, 9, 14)),
        ("2031 yil 3 oktabr", date(2031, 10, 3)),
        ("2031 йил 3 январ", date(2031, 1, 3)),
        ("2031 йил 3 феврал", date(2031, 2, 3)),
        ("2031 йил 3 апрел", date(2031, 4, 3)),
        ("2031 йил 3 сентябр", date(2031, 9, 3)),
        ("2031 йил 3 октябр", date(2031, 10, 3)),
        ("2031 йил 3 ноябр", date(2031, 11, 3)),
        ("2031 йил 3 декабр", date(2031, 12, 3)),
        ("၂၀၃၁ ခုနှစ်၊ ဧပြီလ ၅ ရက်", date(2031, 4, 5)),
        # the Zawgyi encoding: each month whose letters or marks differ from Unicode's
        ("၂၀၃၁ ခုႏွစ္၊ ဧၿပီလ ၅ ရက္", date(2031, 4, 5)),
        ("၂၀၃၁ ခုႏွစ္ ေဖေဖာ္ဝါရီလ ၅ ရက္", date(2031, 2, 5)),
        ("၂၀၃၁ ခုႏွစ္ မတ္လ ၅ ရက္", date(2031, 3, 5)),
        ("၂၀၃၁ ခုႏွစ္ ေမလ ၅ ရက္", date(2031, 5, 5)),
        ("၂၀၃၁ ခုႏွစ္ ဇြန္လ ၅ ရက္", date(2031, 6, 5)),
        ("၂၀၃၁ ခုႏွစ္ ဇူလိုင္လ ၅ ရက္", date(2031, 7, 5)),
        ("၂၀၃၁ ခုႏွစ္ စက္တင္ဘာလ ၅ ရက္", date(2031, 9, 5)),
        ("၂၀၃၁ ခုႏွစ္ ေအာက္တိုဘာလ ၅ ရက္", date(2031, 10, 5)),
        ("၂၀၃၁ ခုႏွစ္ ႏိုဝင္ဘာလ ၅ ရက္", date(2031, 11, 5)),
        ("၂၀၃၁ ခုႏွစ္ ဒီဇင္ဘာလ ၅ ရက္", date(2031, 12, 5)),
        # a year with its word and no month is no date
        ("၂၀၃၁ ခုနှစ်၊ ၅ ရက်", None),
        ("2031 yilning 14 kuni", None),
    ],
)  # fmt: skip
def test_a_year_word_and_the_zawgyi_encoding(text: str, day: date | None) -> None:
    assert find_date(text) == day


@pytest.mark.parametrize(
    ("opening", "created"),
    [
        # issued with the date of ...: in Unicode and in the Zawgyi encoding
        ("ဇက်လန်ပါတီ (၃) ပါတီ၏ ပူးတွဲကြေညာချက်ကို ၂၀၃၁ ခုနှစ်၊ ဧပြီလ ၅ ရက် ရက်စွဲဖြင့် ထုတ်ပြန် "
         "ကြေညာခဲ့သည်။", date(2031, 4, 5)),
        ("ဇက္လန္ပါတီ (၃) ပါတီ၏ ပူးတြဲေၾကညာခ်က္ကို ၂၀၃၁ ခုႏွစ္၊ ဧၿပီလ ၅ ရက္ ရက္စြဲျဖင့္ ထုတ္ျပန္ "
         "ေၾကညာခဲ့သည္။", date(2031, 4, 5)),
        # no word of issuing or dating: a day the parties met about, not the statement's
        ("ဇက်လန်ပါတီ (၃) ပါတီသည် ၂၀၃၁ ခုနှစ်၊ ဧပြီလ ၅ ရက် တံတားကို ကြည့်ရှုခဲ့သည်။", None),
    ],
)  # fmt: skip
def test_a_burmese_sentence_of_issuing_dates_the_statement(
    opening: str, created: date | None
) -> None:
    assert created_after(opening) == created


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # a Thai date with its clock time, after "เวลา" (at) and before "น." (o'clock): a stamp
        ("15 ธ.ค. 2574 เวลา 10:00 น.", ("stamp", date(2031, 12, 15), None)),
        ("15 ธ.ค. 2574 10:00 น.", ("stamp", date(2031, 12, 15), None)),
        ("15 ธ.ค. 2574", ("dateline", date(2031, 12, 15), None)),
        # the year word onto the year, a place before it: a dateline
        ("Zedobod, 2031-yil 14-mart", ("dateline", date(2031, 3, 14), "Zedobod")),
    ],
)  # fmt: skip
def test_a_thai_clock_and_an_uzbek_dateline(line: str, read: tuple[str, date, str | None]) -> None:
    assert read_dateline(line) == read


@pytest.mark.parametrize(
    ("opening", "created"),
    [
        # a joint meeting took place on ...: o‘ and g‘ written with a turned comma, or with ʻ
        ("2031 yilning 14 mart kuni Xandiya va Zetlandiya partiyalari "
         "fraksiyalarining umumiy yig‘ilishi Zedobodda bo‘lib o‘tdi.", date(2031, 3, 14)),
        ("2031 yilning 14 mart kuni Xandiya va Zetlandiya partiyalari "
         "fraksiyalarining umumiy yigʻilishi Zedobodda boʻlib oʻtdi.", date(2031, 3, 14)),
        # signed, in Cyrillic letters
        ("2031 йил 3 май куни Ксандия ва Зетландия партиялари битимни имзолади.",
         date(2031, 5, 3)),
        # no word of making: a day the parties spoke of, not the statement's
        ("2031 yilning 14 mart kuni Xandiya va Zetlandiya partiyalari ko‘prikni ko‘rdi.", None),
    ],
)  # fmt: skip
def test_an_uzbek_sentence_of_meeting_or_signing_dates_the_statement(
    opening: str, created: date | None
) -> None:
    assert created_after(opening) == created


def test_a_turned_comma_between_letters_joins_a_word() -> None:
    # Uzbek's o‘ and g‘: one word each, as the word lists name them
    assert words("O‘zbekiston yig‘ilishi ‘Xandia’") == ["O‘zbekiston", "yig‘ilishi", "Xandia’"]
