"""A date alone closing a statement in a script whose sentences end with marks of their own
(twenty-eighth session): a paragraph of Chinese or Japanese ends with "。", of Amharic with "።", of
Khmer with "។", of Armenian with "։". Read as no prose, such paragraphs left the date alone under
them with nothing above it, and it was taken for the page's stamp; it closes the statement, and is
its date (``created``), as in the scripts that end sentences with a full stop. A date alone over
the prose stays the page's. Texts, places and bodies are made up."""

from __future__ import annotations

from datetime import date

import pytest

from .reading import read_text

#: Per language: a title, two paragraphs of argument, the date as the language writes it, and
#: two bodies that sign.
_TEXTS = {
    "zh": (
        "泽德工会联合声明",
        "泽德地区的工人已经罢工三个星期，反对新的工资规定，政府则以逮捕和禁止一切集会来回应他们，我们决不能接受这种镇压。",
        "我们全力支持工人的正当要求，要求政府立即停止镇压，同工会开展真诚的对话。",
        "2025年3月12日",
        "泽德工会\n桑迪亚教师工会",
    ),
    "ja": (
        "ゼッド労働組合共同声明",
        "ゼッド地方の労働者は三週間にわたり新しい賃金規則に反対してストライキを続けており、政府は逮捕と集会の禁止でこれに応えている。",
        "私たちは労働者の正当な要求を全面的に支持し、政府に対して直ちに弾圧をやめるよう強く求める。",
        "2025年3月12日",
        "ゼッド労働組合\nザンディア教員組合",
    ),
    "am": (
        "የዜድ ሠራተኞች ማኅበራት የጋራ መግለጫ",
        "የዜድ ክልል ሠራተኞች አዲሱን የደመወዝ ደንብ በመቃወም ለሦስት ሳምንታት የሥራ ማቆም "
        "አድማ ላይ ናቸው፤ መንግሥትም በእስራትና ስብሰባዎችን በመከልከል መልስ ሰጥቷል።",
        "እኛ የሠራተኞቹን ትክክለኛ ጥያቄ እንደግፋለን፤ መንግሥት ጭቆናውን አቁሞ ከማኅበራቱ ጋር እንዲነጋገር እንጠይቃለን።",
        "12/03/2025",
        "የዜድ ሠራተኞች ማኅበር\nየዛንዲያ መምህራን ማኅበር",
    ),
    "km": (
        "សេចក្តីថ្លែងការណ៍រួមរបស់សហជីព",
        "កម្មករនៅតំបន់ហ្សេដបានធ្វើកូដកម្មអស់រយៈពេលបីសប្តាហ៍មកហើយ "
        "ដើម្បីប្រឆាំងនឹងច្បាប់ប្រាក់ឈ្នួលថ្មី ហើយរដ្ឋាភិបាលបានឆ្លើយតបដោយការចាប់ខ្លួន។",
        "យើងគាំទ្រទាំងស្រុងនូវការទាមទារស្របច្បាប់របស់កម្មករ ហើយសូមឱ្យរដ្ឋាភិបាលបញ្ឈប់ការបង្ក្រាបភ្លាមៗ។",
        "12/03/2025",
        "សហជីពកម្មករហ្សេដ\nសហជីពគ្រូបង្រៀនសាន់ឌា",
    ),
    "hy": (
        "Զեդի արհմիությունների համատեղ հայտարարություն",
        "Զեդ շրջանի աշխատողները երեք շաբաթ է գործադուլ են անում աշխատավարձի նոր "
        "կանոնների դեմ, իսկ կառավարությունը պատասխանում է ձերբակալություններով։",
        "Մենք լիովին պաշտպանում ենք աշխատողների արդար պահանջները "
        "և կոչ ենք անում կառավարությանը դադարեցնել ճնշումները։",
        "12 մարտի 2025 թ.",
        "Զեդի աշխատողների արհմիություն\nՔսանդիայի ուսուցիչների արհմիություն",
    ),
}


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_a_date_alone_closing_the_statement_is_its_date(language: str) -> None:
    title, first, second, day, names = _TEXTS[language]
    document = read_text(f"{title}\n\n{first}\n\n{second}\n\n{day}\n\n{names}\n")
    assert document.created is not None and document.created.date == date(2025, 3, 12)
    assert document.published is None


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_a_date_alone_over_the_prose_stays_the_pages(language: str) -> None:
    _, first, second, day, _ = _TEXTS[language]
    document = read_text(f"{first[:12]}\n\n{day}\n\n{first}\n\n{second}\n\n{first}\n")
    assert document.published == date(2025, 3, 12)
    assert document.created is None
