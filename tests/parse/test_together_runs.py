"""Names run together after a cue's colon, nothing between them, in a script without capitals
(the page lost its list's line breaks): each name opens with its type word, so the run is parted
before each type word that stands two words or more after the last opening (a type word right
after another is the same name's genitive). After a colon that cues no signers, or in prose with
a word for "and", no names are read. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: Argument prose, a cue of signers and its colon, and the names run together after it.
RUNS = {
    "ar": (
        "يضرب عمال المنطقة منذ ثلاثة أسابيع ضد قواعد الأجور الجديدة، وترد الحكومة "
        "بالاعتقالات وبمنع كل اجتماع.",
        "المنظمات الموقعة :",
        [
            "النقابة الوطنية لعمال زتلاند",
            "الجمعية الكساندية للحقوق",
            "اتحاد نقابات عمال زتلاند",
            "جمعية بيت زتلاند",
        ],
    ),
    "fa": (
        "کارگران منطقه سه هفته است که علیه مقررات جدید دستمزد در اعتصاب هستند و دولت با "
        "بازداشت پاسخ می‌دهد.",
        "سازمان‌های امضاکننده:",
        [
            "حزب کارگران زتلند",
            "سازمان جوانان کساندیا",
            "انجمن زنان زتلند",
            "اتحادیه معلمان کساندیا",
        ],
    ),
    "he": (
        "עובדי האזור שובתים כבר שלושה שבועות נגד כללי השכר החדשים, והממשלה עונה במעצרים.",
        "הארגונים החותמים:",
        [
            "מפלגת הפועלים של זטלנד",
            "איגוד המורים של קסנדיה",
            "תנועת הנוער של זטלנד",
            "ארגון הנשים של קסנדיה",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(RUNS))
def test_names_run_together_after_a_cue_are_parted_by_their_type_words(language: str) -> None:
    prose, cue, names = RUNS[language]
    document = read_text(f"{prose[:40]}\n\n{prose} {cue} {' '.join(names)}\n")
    assert outside_of(document) == names


#: A sentence of the argument after the names: "We call on the government to negotiate."
AFTER = {
    "ar": "ندعو الحكومة إلى الحوار.",
    "fa": "از دولت می‌خواهیم مذاکره کند.",
}


@pytest.mark.parametrize("language", sorted(AFTER))
def test_the_run_ends_with_its_sentence(language: str) -> None:
    prose, cue, names = RUNS[language]
    run = " ".join(names)
    document = read_text(f"{prose[:40]}\n\n{prose} {cue} {run}. {AFTER[language]}\n")
    assert outside_of(document) == names


#: A colon after words that cue no signers ("the demands:"), then the same names' words.
UNCUED = {
    "ar": "وطالبت الحكومة بما يلي :",
    "he": "והממשלה דרשה את הדברים הבאים:",
}


@pytest.mark.parametrize("language", sorted(UNCUED))
def test_after_a_colon_that_cues_no_signers_no_names_are_read(language: str) -> None:
    prose, _, names = RUNS[language]
    document = read_text(f"{prose[:40]}\n\n{prose} {UNCUED[language]} {' '.join(names)}\n")
    assert outside_of(document) == []


def test_prose_with_a_word_for_and_after_the_cue_is_no_run() -> None:
    prose, cue, _ = RUNS["ar"]
    sentence = "الحزب الذي يقود الحكومة والاتحاد الذي يمثل العمال في المدينة"
    document = read_text(f"{prose[:40]}\n\n{prose} {cue} {sentence}\n")
    assert outside_of(document) == []
