"""Signers named together at the start of a sentence in a script without spaces or capitals: each
name ends with a type word of its script or is an abbreviation, the script's separators part
them and a particle follows the last. Organisation names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Japanese: "と" and "、" part the names, "の" after the last (a name may hold "の")
        ("ザンディア共産党と民主党、社会党、生活の党の4党は1日、国会内で共通政策を確認しました。",
         ["ザンディア共産党", "民主党", "社会党", "生活の党"]),
        # Korean: "·" parts them, the subject particle "이" is glued to the last
        ("자유노동당·녹색당·정의당·진보당이 총선 공동대응을 향한 첫 발을 내디뎠다.",
         ["자유노동당", "녹색당", "정의당", "진보당"]),
        # Chinese: a bracketed abbreviation closes a name, "与" parts, "等" follows an abbreviation
        ("赞迪亚和平论坛(XPF)与ZWCO等组织联署呼吁，反对将问题政治化。",
         ["赞迪亚和平论坛(XPF)", "ZWCO"]),
        # one name only, or names that end with no type word, name no signers here
        ("赞迪亚和平论坛发表声明，反对将问题政治化。", []),
        ("東京と大阪の労働者は1日、国会前で集会を開きました。", []),
    ],
)  # fmt: skip
def test_names_run_together_without_spaces(lead: str, signers: list[str]) -> None:
    assert outside_of(read_text(f"Title\n\n{lead}\n\n{PROSE['en']}\n")) == signers
