"""Dates in the languages the detector tells by their script alone (thirty-first session): their
CLDR month and weekday names are read as those of the languages lingua tells apart (Khmer
"មីនា", Lao "ມີນາ", Burmese "မတ်", Amharic "ማርች", Telugu "మార్చి"), with the words for "day",
"month" and "year" their dates write around them ("ថ្ងៃទី២៨ ខែមីនា ឆ្នាំ២០២៥", "ວັນທີ 28 ເດືອນ
ມີນາ ປີ 2025", "၂၀၂၅ ခုနှစ် မတ်လ ၂၈ ရက်"), their commas after a dateline's place ("၊", "፣"),
and Ethiopic's full stop typed as two wordspaces ("፡፡"), which makes a paragraph prose, and an
abbreviation spelled in spaced letters in brackets after a dateline's date ("(ኤክስ ዋይ ዜድ)").
Texts, places and bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.dates import read_dateline

from .reading import read_text

#: A paragraph of argument in each language.
PROSE = {
    "km": "កម្មករនៅក្នុងតំបន់បានធ្វើកូដកម្មអស់រយៈពេលបីសប្តាហ៍។ ប្រាក់ឈ្នួលរបស់ពួកគេមិនបានកើនឡើង"
    "តាមតម្លៃទំនិញទេ។ យើងស្នើឱ្យរដ្ឋាភិបាលចរចាជាមួយកម្មករ។",
    "lo": "ກຳມະກອນໃນເຂດນີ້ໄດ້ນັດຢຸດງານມາສາມອາທິດແລ້ວ. ຄ່າແຮງງານຂອງພວກເຂົາບໍ່ໄດ້ເພີ່ມຂຶ້ນຕາມລາຄາສິນຄ້າ. "
    "ພວກເຮົາຮຽກຮ້ອງໃຫ້ລັດຖະບານເຈລະຈາກັບກຳມະກອນ.",
    "my": "ဒေသရှိ အလုပ်သမားများသည် သုံးပတ်ကြာ သပိတ်မှောက်နေကြသည်။ ၎င်းတို့၏ လုပ်ခလစာသည် "
    "ကုန်ဈေးနှုန်းနှင့်အညီ မတိုးလာပါ။ အစိုးရသည် အလုပ်သမားများနှင့် ညှိနှိုင်းရန် တောင်းဆိုပါသည်။",
    "am": "የክልሉ ሰራተኞች ለሦስት ሳምንታት የስራ ማቆም አድማ ላይ ናቸው። ደመወዛቸው ከዋጋ ንረት ጋር አልጨመረም። "
    "መንግሥት ከሰራተኞቹ ጋር እንዲደራደር እንጠይቃለን።",
}


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ថ្ងៃទី២៨ ខែមីនា ឆ្នាំ២០២៥", None),  # Khmer
        ("ភ្នំពេញ ថ្ងៃទី២៨ ខែមីនា ឆ្នាំ២០២៥", "ភ្នំពេញ"),
        ("ភ្នំពេញ, ថ្ងៃទី ២៨ ខែ មីនា ឆ្នាំ ២០២៥", "ភ្នំពេញ"),
        ("ວັນທີ 28 ເດືອນມີນາ ປີ 2025", None),  # Lao
        ("ວຽງຈັນ, ວັນທີ 28 ມີນາ 2025", "ວຽງຈັນ"),
        ("၂၀၂၅ ခုနှစ် မတ်လ ၂၈ ရက်", None),  # Burmese
        ("ရန်ကုန်၊ ၂၈ မတ် ၂၀၂၅", "ရန်ကုန်"),
        ("28 ማርች 2025", None),  # Amharic
        ("ሐሙስ፣ 28 ማርች 2025", None),
        ("28 మార్చి, 2025", None),  # Telugu
    ],
)
def test_a_date_of_a_language_told_by_its_script_is_read(line: str, place: str | None) -> None:
    assert read_dateline(line) == ("dateline", date(2025, 3, 28), place)


@pytest.mark.parametrize(
    ("language", "closing", "place"),
    [
        ("km", "ភ្នំពេញ, ថ្ងៃទី២៨ ខែមីនា ឆ្នាំ២០២៥", "ភ្នំពេញ"),
        ("lo", "ວຽງຈັນ, ວັນທີ 28 ເດືອນມີນາ ປີ 2025", "ວຽງຈັນ"),
        ("my", "ရန်ကုန်၊ ၂၈ မတ် ၂၀၂၅", "ရန်ကုန်"),
        ("am", "ዜድ ከተማ፣ 28 ማርች 2025", "ዜድ ከተማ"),
    ],
)
def test_a_closing_dateline_dates_the_statement(language: str, closing: str, place: str) -> None:
    prose = PROSE[language]
    document = read_text(f"Title\n\n{prose}\n\n{prose}\n\n{closing}\n")
    assert document.languages == (language,)
    assert document.created is not None
    assert (document.created.date, document.created.place) == (date(2025, 3, 28), place)


def test_a_weekday_before_an_amharic_date_above_the_prose_makes_it_the_pages_stamp() -> None:
    prose = PROSE["am"]
    document = read_text(f"የፓርቲዎች ስብሰባ\n\nረቡዕ፣ የካቲት 20 2011\n\n{prose}\n\n{prose}\n")
    assert document.published == date(2019, 2, 27)  # the Ethiopian calendar's day
    assert document.created is None


@pytest.mark.parametrize("agency", ["(ኤክስ ዋይ ዜድ)", "(ኤዜድ)"])
def test_an_amharic_lead_ended_with_wordspaces_opens_with_its_dateline(agency: str) -> None:
    prose = PROSE["am"].replace("።", "፡፡")
    opening = f"ዜድ ከተማ፣ ነሐሴ 14፣ 2017 {agency} {prose}"
    document = read_text(f"የፓርቲዎች ጥምረት\n{opening}\n{prose}\n")
    assert document.languages == ("am",)
    assert document.created is not None
    assert (document.created.date, document.created.place) == (date(2025, 8, 20), "ዜድ ከተማ")


@pytest.mark.parametrize("line", ["28 ማርች", "ማርች 2025 ዓ.ም 28", "ភ្នំពេញ ខែមីនា"])
def test_a_date_without_its_year_or_day_is_none(line: str) -> None:
    assert read_dateline(line) is None
