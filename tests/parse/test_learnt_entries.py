"""The reader with the learnt name-likeness: a table whose rows run two names and their dates
together is no list of signers (each row reads as no name), while a list of names with no cue
closing a text is still found whole, in scripts with and without capitals."""

from __future__ import annotations

import pytest

from .reading import lists_of, read_text

#: A table of signatures received, two columns a row, each name followed by the day it came.
TABLES = {
    "fa": (
        "بيانيه مشترک",
        "ما از همه اعضا و هواداران خود مي خواهيم که فراخوان تحريم انتخابات را هر چه گسترده تر"
        " به گوش هم ميهنان برسانند و از رفتن به پاي صندوق ها خودداري کنند.",
        "امضا هاي دريافتي به ترتيب الفبا\n\nتاريخ دريافت تاريخ دريافت\n"
        "جنبش صلح زتلند ۲۹/۱۰ اتحاديه پناهندگان زاندیا ۲۹/۱۰\n"
        "حزب سازندگان زتلند ۲۹/۱۰ انجمن خانواده هاي زاندیا ۲۹/۱۰\n"
        "حزب سوسياليست زتلند ۲۹/۱۰ تشکل مستقل\n",
    ),
    "ar": (
        "بيان مشترك",
        "ندعو جميع الأعضاء والأصدقاء إلى مقاطعة الانتخابات، لأن التصويت ليس حرا ولا نزيها وقد"
        " منع المجلس كل مرشحي المعارضة من الترشح.",
        "الموقعون حسب تاريخ الاستلام\n\nتاريخ الاستلام تاريخ الاستلام\n"
        "حركة السلام الزتلندية ۲۹/۱۰ اتحاد اللاجئين في زاندیا ۲۹/۱۰\n"
        "حزب بناة زتلند ۲۹/۱۰ جمعية عائلات زاندیا ۲۹/۱۰\n"
        "الحزب الاشتراكي الزتلندي ۲۹/۱۰ تجمع مستقل\n",
    ),
}


@pytest.mark.parametrize("language", sorted(TABLES))
def test_rows_of_two_names_and_their_dates_are_no_list(language: str) -> None:
    title, argument, table = TABLES[language]
    assert lists_of(read_text(f"{title}\n\n{argument}\n{table}")) == []


#: Names closing a text, no cue above them.
CLOSING = {
    "en": (
        "We stand with the workers of Xandia in their strike for a living wage and safe work.",
        ["Xandia Workers' Party", "Zetland Federation of Labour", "Union of Xandian Miners"],
    ),
    "el": (
        "Στεκόμαστε στο πλευρό των εργαζομένων της Ξάνδιας στην απεργία τους για αξιοπρεπή μισθό.",
        ["Εργατικό Κόμμα Ξάνδιας", "Ομοσπονδία Εργατών Ζέτλαντ", "Ένωση Ανθρακωρύχων Ξάνδιας"],
    ),
    "ru": (
        "Мы поддерживаем рабочих Ксандии в их забастовке за достойную зарплату и безопасный труд.",
        ["Рабочая партия Ксандии", "Федерация труда Зетландии", "Союз горняков Ксандии"],
    ),
}


@pytest.mark.parametrize("language", sorted(CLOSING))
def test_names_closing_a_text_are_still_a_list(language: str) -> None:
    argument, names = CLOSING[language]
    text = f"{argument}\n\n" + "\n".join(names) + "\n"
    assert lists_of(read_text(text)) == [names]
