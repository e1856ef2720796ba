"""A paragraph the page wrapped by hand in a script without capitals (Korean, Arabic, Chinese),
opening a report that has no headline: its first lines are no headings, and none is the title
(twenty-sixth session). No small letter says that a line goes on there; the lines do, being as
full as each other with no sentence ending among them. A title and its subtitle over the prose
stay headings. Texts, places and organisations are made up."""

from __future__ import annotations

import pytest

from .reading import read_text

#: A report's first paragraph, wrapped by hand, in each language: the lines and a paragraph after.
WRAPPED = {
    "ko": (
        [
            "제트지역 노동조합 협의회와 엑스 노동연구소 등 여러 단체는 오늘",
            "오전 제트시 시민회관에서 기자회견을 열고 새 임금 규정이 노동자",
            "의 생활을 어렵게 만든다며 정부가 이 규정을 즉시 철회해야 한다",
            "고 주장했다.",
        ],
        "단체들은 이날 발표한 성명에서 정부가 노동자들과 대화하지 않고 규정을 만들었다고 "
        "비판하며 앞으로 함께 행동하겠다고 밝혔다.",
    ),
    "ar": (
        [
            "أعلنت",
            "النقابات المجتمعة أمس في مقر اتحاد العمال في زدلاند رفضها الكامل لقواعد",
            "الأجور الجديدة التي أقرتها الحكومة دون أي حوار مع ممثلي العمال في البلاد",
            "في بيان مشترك.",
        ],
        "وطالبت النقابات في بيانها الحكومة بسحب هذه القواعد فورا وفتح حوار حقيقي مع العمال "
        "وممثليهم قبل أي قرار جديد يمس أجورهم.",
    ),
    "zh": (
        [
            "泽特兰工会联合会与多个劳工团体今日上午在市中心召开记者会，",
            "表示政府新公布的工资规定将严重损害工人的生活与基本权利，",
            "并要求当局立即撤回该规定，与工会展开真正的对话与协商，以",
            "免事态进一步恶化。",
        ],
        "各团体在联合声明中表示，将在下月举行联合行动，呼吁全体工人团结起来，共同维护自身的合法权益。",
    ),
}


@pytest.mark.parametrize("language", ["ko", "ar", "zh"])
def test_a_paragraph_wrapped_by_hand_gives_no_title(language: str) -> None:
    lines, after = WRAPPED[language]
    text = "\n".join(lines) + f"\n\n{after}\n"
    assert read_text(text).versions[0].title is None


@pytest.mark.parametrize(
    ("language", "title", "subtitle", "prose"),
    [
        (
            "ko",
            "제트 노동단체들, 새 임금 규정 철회 요구",
            "여러 단체가 함께 기자회견을 열어",
            "제트지역 노동조합 협의회와 여러 단체는 오늘 기자회견을 열고 새 임금 규정을 즉시 "
            "철회하라고 정부에 요구했다.",
        ),
        (
            "ar",
            "النقابات ترفض قواعد الأجور الجديدة",
            "بيان مشترك لاتحادات العمال في زدلاند",
            "أعلنت النقابات المجتمعة أمس في مقر اتحاد العمال في زدلاند رفضها الكامل لقواعد "
            "الأجور الجديدة التي أقرتها الحكومة.",
        ),
    ],
)
def test_a_title_and_its_subtitle_over_the_prose_stay(
    language: str, title: str, subtitle: str, prose: str
) -> None:
    assert read_text(f"{title}\n{subtitle}\n{prose}\n").versions[0].title == title
