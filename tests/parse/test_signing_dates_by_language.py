"""A date of signing or dating in the opening sentence, in more languages (seventeenth session):
Georgian (the year first with its word for "year", the month in the dative, "ხელი მოაწერა":
signed) and Vietnamese ("đề ngày": dated, "ký kết": signed).

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the
statement's date (``created``), and that no date is made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.dates import find_date

from .reading import created_after


@pytest.mark.parametrize(
    ("opening", "created"),
    [
        ("2019 წლის 12 სექტემბერს ზედლანდის სამმა ორგანიზაციამ ხელი მოაწერა ერთობლივ "
         "დეკლარაციას.", date(2019, 9, 12)),
        ("2021 წლის 14 მარტს ქსანდიის პარტიებმა ხელი მოაწერეს ერთობლივ განცხადებას.",
         date(2021, 3, 14)),
        ("Bản tuyên bố đề ngày 3 tháng 5 năm 2019 của các tổ chức Xandia.", date(2019, 5, 3)),
        ("Các tổ chức Xandia đã ký kết bản tuyên bố chung ngày 14 tháng 3 năm 2021.",
         date(2021, 3, 14)),
    ],
)  # fmt: skip
def test_a_date_of_signing_in_the_opening_is_the_statements(opening: str, created: date) -> None:
    assert created_after(opening) == created


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("(2016 წლის 5 სექტემბერი)", date(2016, 9, 5)),
        ("(5 ნოემბერს, 2019)", date(2019, 11, 5)),
        ("(2019 წლის 5 ნოემბერს)", date(2019, 11, 5)),
    ],
)  # fmt: skip
def test_georgian_dates_with_the_word_for_year_and_the_dative(phrase: str, day: date) -> None:
    assert find_date(phrase) == day


def test_a_georgian_sentence_of_today_without_a_year_gives_no_date() -> None:
    assert (
        created_after("დღეს, 28 აგვისტოს, ზედლანდის პარტიებმა ხელი მოაწერეს განცხადებას.") is None
    )


@pytest.mark.parametrize(
    ("language", "opening", "created"),
    [
        ("id", "Dukungan ini merupakan hasil dari rapat konsolidasi Serikat Pekerja Xandia yang "
         "telah dilaksanakan pada Minggu, 17 September 2023.", date(2023, 9, 17)),
        ("id", "Sejumlah organisasi buruh Zetland berkumpul mendeklarasikan Koalisi Buruh Xandia "
         "di Jakarta, Selasa (2/12/2013).", date(2013, 12, 2)),
        ("ms", "Persatuan Pekerja Xandia bermesyuarat di Zedbandar pada 14 Mac 2021 dan bersetuju "
         "dengan kenyataan ini.", date(2021, 3, 14)),
    ],
)  # fmt: skip
def test_indonesian_and_malay_words_of_meeting_and_declaring_date_the_statement(
    language: str, opening: str, created: date
) -> None:
    assert created_after(opening) == created


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("es", "Este 20 de abril de 2020, organizaciones sociales de Zetlandia publicaron un "
         "pronunciamiento por la vida."),
        ("pt", "Em 20 de abril de 2020, os sindicatos da Xandia publicaram uma declaração "
         "conjunta."),
        ("ru", "20 апреля 2020 года профсоюзы Ксандии опубликовали совместное заявление."),
    ],
)  # fmt: skip
def test_the_day_the_signers_published_the_statement_is_its_date(
    language: str, opening: str
) -> None:
    assert created_after(opening) == date(2020, 4, 20)


@pytest.mark.parametrize(
    "opening",
    [
        "Publicado el 20 de abril de 2020 por la redacción.",
        "El espacio público de Zetlandia se cerró el 20 de abril de 2020.",
    ],
)
def test_a_stamps_participle_and_an_adjective_date_no_making(opening: str) -> None:
    assert created_after(opening) is None
