"""List entries in the forms pages write them without the usual spacing: a number and a dash
glued to the name ("3-Name", in any script of digits), names wholly in quotation marks after
dashes (a party's name quoted, whatever its words), and the last entry of a copy that stops
inside it (a quotation mark opened and never closed, or a space after the last word before the
copy ends): that entry is skipped as cut, never minted. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of

#: A cue line and names, numbered with the number glued to the name by a dash.
GLUED = {
    "ar": (
        "وفي ما يلي قائمة المنظمات الموقعة على البلاغ:",
        ["الرابطة الكساندية لحقوق الإنسان", "جمعية زيتلاند للثقافة", "المنتدى الكساندي للحقوق"],
    ),
    "en": (
        "The organisations that signed the appeal are:",
        ["Xandia Human Rights League", "Zetland Teachers' Union", "Ypsiland Tenants' Forum"],
    ),
    "ru": (
        "Обращение подписали следующие организации:",
        ["Ксандийская лига прав человека", "Профсоюз учителей Зетланда", "Форум жильцов Ипсиланда"],
    ),
}


@pytest.mark.parametrize("language", sorted(GLUED))
@pytest.mark.parametrize("digits", ["0123456789", "٠١٢٣٤٥٦٧٨٩"])
def test_a_number_glued_to_the_name_by_a_dash_marks_an_entry(language: str, digits: str) -> None:
    cue, names = GLUED[language]
    numbered = "\n\n".join(f"{digits[k + 1]}-{name}" for k, name in enumerate(names))
    text = f"{PROSE[language]}\n\n{cue}\n\n{numbered}\n"
    assert lists_of(read_text(text)) == [names]


#: A cue line and party names wholly in quotation marks, some with no word saying what they are.
QUOTED = {
    "ru": (
        "Перед выборами в единую силу объединяются:",
        ['"Ксандийский блок"', "«Наши»", '"Партия мира Зетланда"', "«Доверяй делам»"],
    ),
    "az": (
        "Seçkiyə birgə gedən qüvvələr bunlardır:",
        ["“Xandiya Yolu”", "“Zetland”", "“Demokratik Birlik Partiyası”", "“Bizim Səs”"],
    ),
    "ka": (
        "არჩევნებზე ერთად მიდიან:",
        ["„ქსანდია“", "„ზეტლანდის გზა“", "„ახალი ძალა“", "„ჩვენი ხმა“"],
    ),
}


@pytest.mark.parametrize("language", sorted(QUOTED))
def test_dashed_names_in_quotation_marks_under_a_cue_are_a_list(language: str) -> None:
    cue, quoted = QUOTED[language]
    dashed = "\n".join(f"- {name}" for name in quoted)
    text = f"{cue}\n{dashed}\n{PROSE.get(language, PROSE['en'])}\n"
    names = [name[1:-1] for name in quoted]
    assert lists_of(read_text(text)) == [names]


def test_quoted_slogans_under_a_colon_are_no_list() -> None:
    slogans = ["“Bread and peace!”", "“No to the war!”", "“Wages up now!”", "“Hands off!”"]
    dashed = "\n".join(f"- {slogan}" for slogan in slogans)
    text = f"The marchers in Xandia chanted:\n{dashed}\n{PROSE['en']}\n"
    assert lists_of(read_text(text)) == []


#: Signers in quotation marks in one line after a cue, the copy ending inside the last one.
UNCLOSED = {
    "ka": ("მიმართვას ხელს აწერენ: ", ["„ქსანდია“", "„ზეტლანდის გზა“", "„ახალი ძალა“"], "„ჩვენი"),
    "en": (
        "The appeal is signed by: ",
        ["“Xandia Forward”", "“Zetland First”", "“New Force”"],
        "“Our",
    ),
    "uk": ("Звернення підписали: ", ["«Ксандія»", "«Шлях Зетланду»", "«Нова сила»"], "«Наш"),
}


@pytest.mark.parametrize("language", sorted(UNCLOSED))
def test_an_entry_whose_quotation_mark_never_closes_is_cut(language: str) -> None:
    cue, quoted, cut = UNCLOSED[language]
    text = f"{PROSE.get(language, PROSE['en'])}\n\n{cue}{', '.join([*quoted, cut])}\n"
    document = read_text(text)
    assert lists_of(document) == [[name[1:-1] for name in quoted]]
    assert skipped_of(document) == [(cut, "cut")]


#: A list one a line whose copy stops after a space, and the whole name it may have been.
OPEN_END = {
    "fr": (["Parti communiste de Xandie", "Parti du travail de Zetland"], "Parti Ypsilon"),
    "es": (["Partido Comunista de Xandia", "Partido del Trabajo de Zetlandia"], "Partido Ypsilon"),
    "el": (["Κομμουνιστικό Κόμμα Ξάνδης", "Κόμμα Εργασίας Ζέτλαντ"], "Κόμμα Ύψιλον"),
}


@pytest.mark.parametrize("language", sorted(OPEN_END))
def test_a_last_entry_the_copy_stops_after_with_a_space_is_cut(language: str) -> None:
    names, last = OPEN_END[language]
    numbered = "\n".join(f"{k}. {name}" for k, name in enumerate([*names, last], 1))
    heading = {"fr": "Signataires :", "es": "Firmantes:", "el": "Υπογράφουν:"}[language]
    cut = read_text(f"{PROSE[language]}\n\n{heading}\n\n{numbered} \n")
    assert lists_of(cut) == [names]
    assert skipped_of(cut) == [(last, "cut")]
    whole = read_text(f"{PROSE[language]}\n\n{heading}\n\n{numbered}\n")
    assert lists_of(whole) == [[*names, last]]
    assert skipped_of(whole) == []


#: A list one a line whose copy stops inside the last entry's bracket, and that entry whole.
OPEN_BRACKET = {
    "de": (["Xandischer Gewerkschaftsbund", "Zetländischer Mieterbund"], "Ypsilon Verein (Ypsi"),
    "it": (["Associazione Xandia Libera", "Sindacato Zetland Unito"], "Associazione Ypsilon ("),
    "en": (["Xandia Workers Union", "Zetland Tenants League"], "Ypsilon Aid Network (Ypsilon"),
}


@pytest.mark.parametrize("language", sorted(OPEN_BRACKET))
def test_a_last_entry_whose_bracket_never_closes_is_cut(language: str) -> None:
    names, last = OPEN_BRACKET[language]
    heading = {"de": "Unterzeichner:", "it": "Firmatari:", "en": "Signed by:"}[language]
    dashed = "\n".join(f"- {name}" for name in [*names, last])
    cut = read_text(f"{PROSE[language]}\n\n{heading}\n\n{dashed}\n")
    assert lists_of(cut) == [names]
    assert skipped_of(cut) == [(last, "cut")]
    closed = f"{last.rstrip(' (')} (YA)" if last.endswith("(") else f"{last})"
    dashed = "\n".join(f"- {name}" for name in [*names, closed])
    whole = read_text(f"{PROSE[language]}\n\n{heading}\n\n{dashed}\n")
    assert [len(names) for names in lists_of(whole)] == [3]
    assert skipped_of(whole) == []


#: A plain list under a cue whose one name opens with a number and a dash that is the name's own
#: ("1-Mai-...", "24-Hour ..."): no numbered list, whose numbers would run.
NAMES_WITH_NUMBERS = {
    "de": (
        "Unterzeichner:",
        ["Xandischer Gewerkschaftsbund", "1-Mai-Komitee Zetland", "Ypsilon Mieterverein"],
    ),
    "en": (
        "Signed by:",
        ["24-Hour Strike Committee of Zetland", "Xandia Workers Union", "Ypsilon Tenants League"],
    ),
}


@pytest.mark.parametrize("language", sorted(NAMES_WITH_NUMBERS))
def test_a_name_opening_with_a_number_and_a_dash_is_no_numbered_entry(language: str) -> None:
    cue, names = NAMES_WITH_NUMBERS[language]
    text = f"{PROSE[language]}\n\n{cue}\n\n" + "\n".join(names) + "\n"
    assert lists_of(read_text(text)) == [names]


def test_glued_and_spaced_numbers_run_together() -> None:
    cue, names = GLUED["ar"]
    numbered = "\n".join(
        f"{k}-{name}" if k != 2 else f"{k}- {name}" for k, name in enumerate(names, 1)
    )
    text = f"{PROSE['ar']}\n\n{cue}\n\n{numbered}\n"
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize("language", sorted(OPEN_END))
def test_a_copy_ending_every_line_with_a_space_keeps_its_last_entry(language: str) -> None:
    """A space after the last word of every line is the copy's habit, not a stop between two
    words: the last entry is whole."""
    names, last = OPEN_END[language]
    numbered = "\n".join(f"{k}. {name}" for k, name in enumerate([*names, last], 1))
    heading = {"fr": "Signataires :", "es": "Firmantes:", "el": "Υπογράφουν:"}[language]
    text = f"{PROSE[language]}\n\n{heading}\n\n{numbered}"
    spaced = read_text("\n".join(f"{line} " if line else "" for line in text.split("\n")) + "\n")
    assert lists_of(spaced) == [[*names, last]]
    assert skipped_of(spaced) == []
