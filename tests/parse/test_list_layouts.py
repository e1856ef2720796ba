"""Lists laid out as real pages lay them out: enumerations parted by the Arabic comma, lists under
sub-headings that name a kind of organisations ("Unions", "Parties"), and a closing line that only
says more signed ("And many more unions…"), which is no signer. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Three made-up names in Arabic and in Persian, as an enumeration in that script names them.
ARABIC = ["الحزب الشيوعي الكساني", "حزب العمال الزيتلاندي", "اتحاد الشباب الإبسيلاندي"]
PERSIAN = ["حزب کمونیست کسانیا", "حزب کارگران زتلند", "اتحادیه جوانان ایپسیلند"]


@pytest.mark.parametrize(
    ("names", "lead", "separator"),
    [
        (ARABIC, "الموقعون: ", "، "),
        (ARABIC, "الموقعون: ", "؛ "),
        (ARABIC, "وقعت على البيان المنظمات التالية: ", "، "),
        (PERSIAN, "امضاکنندگان: ", "، "),
    ],
)
def test_an_enumeration_parted_by_the_arabic_comma(
    names: list[str], lead: str, separator: str
) -> None:
    text = f"بيان مشترك\n\n{PROSE['ar']}\n\n{lead}{separator.join(names)}.\n"
    assert lists_of(read_text(text)) == [names]


#: A cue sentence, two sub-headings naming a kind of organisations, two names under each, and a
#: closing line saying that more signed.
SUB_LISTS = {
    "tr": (
        "Ortak açıklamaya imza atan konfederasyonlar ve sendikalar şunlardır:",
        ("Konfederasyonlar", ["Ksanya İşçi Konfederasyonu", "Zetlandiya Kamu Konfederasyonu"]),
        ("Sendikalar", ["Birleşik Metal Sendikası X", "Eğitim Çalışanları Sendikası Y"]),
        "Ve daha birçok sendika…",
    ),
    "el": (
        "Το κάλεσμα υπογράφουν τα παρακάτω σωματεία και ομοσπονδίες:",
        ("Ομοσπονδίες", ["Ομοσπονδία Οικοδόμων Ξάνιας", "Ομοσπονδία Υπαλλήλων Ζετλανδίας"]),
        ("Σωματεία", ["Σωματείο Μετάλλου Ω", "Σωματείο Τύπου Ψ"]),
        "Και πολλά ακόμα σωματεία…",
    ),
    "ru": (
        "Обращение подписали следующие организации:",
        ("Профсоюзы", ["Профсоюз металлистов Ксании", "Профсоюз учителей Зетландии"]),
        ("Партии", ["Коммунистическая партия Ксании", "Рабочая партия Зетландии"]),
        "И многие другие организации…",
    ),
    "ar": (
        "وقعت على البيان المنظمات التالية:",
        ("النقابات", ["نقابة عمال المعادن الكسانية", "نقابة المعلمين الزيتلاندية"]),
        ("الأحزاب", ["الحزب الشيوعي الكساني", "حزب العمال الزيتلاندي"]),
        "وغيرها من الأحزاب…",
    ),
}


@pytest.mark.parametrize("language", sorted(SUB_LISTS))
@pytest.mark.parametrize("marker", ["• ", ""])
def test_lists_under_sub_headings_that_name_a_kind(language: str, marker: str) -> None:
    cue, (first, firsts), (second, seconds), more = SUB_LISTS[language]
    lines = [cue, "", first, "", *(marker + n for n in firsts), "", second, ""]
    lines += [*(marker + n for n in seconds), marker + more]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [firsts, seconds]
    assert [s.heading for s in document.sections] == [first, second]


@pytest.mark.parametrize(
    ("language", "heading", "first", "second"),
    [
        ("en", "Signatories:", "Parties", "Unions"),
        ("de", "Unterzeichner:", "Parteien:", "Gewerkschaften:"),
        ("es", "Firmantes:", "Partidos", "Sindicatos"),
    ],
)
def test_a_plain_list_parted_by_lines_naming_a_kind(
    language: str, heading: str, first: str, second: str
) -> None:
    firsts, seconds = ["X Party of Britain", "Workers' Party of Zetland"], ["Ypsiland Union"]
    lines = [heading, first, *firsts, second, *seconds]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [firsts, seconds]
    assert [s.heading for s in document.sections] == [first.rstrip(":"), second.rstrip(":")]


@pytest.mark.parametrize(
    ("language", "more"),
    [
        ("el", "Και πολλά ακόμα σωματεία…"),
        ("ru", "И многие другие организации"),
        ("ar", "وغيرها من الأحزاب…"),
        ("en", "and many other unions..."),
    ],
)
def test_a_closing_line_saying_more_signed_is_no_signer(language: str, more: str) -> None:
    names = ["X Party of Britain", "Workers' Party of Zetland", "Ypsiland Union"]
    lines = ["Signatories:", *(f"- {n}" for n in names), f"- {more}"]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [names]


def test_a_name_with_a_plural_type_word_in_capitals_is_kept() -> None:
    names = ["Federation of Xandian Unions…", "Zetland Workers' Party"]
    lines = ["Signatories:", *(f"- {n}" for n in names)]
    document = read_text(f"Title\n\n{PROSE['en']}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [names]


@pytest.mark.parametrize(
    "argument",
    [
        PROSE["ar"],
        "کارگران منطقه سه هفته است که اعتصاب کرده‌اند، دولت با بازداشت پاسخ داده است، "
        "و ما در کنار آنها ایستاده‌ایم.",
    ],
)
def test_argument_parted_by_arabic_commas_under_a_heading_names_no_one(argument: str) -> None:
    document = read_text(f"الموقعون على البيان\n\n{argument}\n\n" + "\n".join(ARABIC) + "\n")
    assert lists_of(document) == [ARABIC]
