"""A cost answer written in Chinese, Japanese or Korean is read (issue 10, blind-kinds30): the letters of
these scripts are set apart before reading, so a counter or a particle glued to the maths ("k·h·L 个点积",
"2dL(m+n)개", "n²に比例") is prose beside it; the full-width signs an input method types ("：", "，",
"（", "＝", "０") and the ideographic full stop and comma ("。", "、") read as ours, the parting ones set
apart ("token：k·h·L"); the answer labels and headings of the three languages give the answer. The texts
are written for these tests; each right variant has a wrong twin (same layout, a wrong count) that stays
caught, and a diagnostic points at the text as written.
"""

from __future__ import annotations

import pytest

from tests.test_cost_classes2 import errors, grade

# (class, problem, right variant, its wrong twin)
CLASSES = [
    (
        "zh counters glued to the maths, full-width colon before it",
        "window-scores",
        "因为 m ≥ k，窗口是满的。\n每个新 token：k·h·L 个点积。\nn 个新 token：n·k·h·L。\n答：nkLh，与 m 无关。",
        "因为 m ≥ k，窗口是满的。\n每个新 token：(k+1)·h·L 个点积。\nn 个新 token：n·(k+1)·h·L。\n"
        "答：n(k+1)Lh。",
    ),
    (
        "ja counters and particles glued, full-width digits and signs",
        "window-scores",
        "各ステップで各ヘッド・各層は k 個のキーと比較する。\n１トークンあたり：ｋｈＬ 回。\n"
        "答え：ｎｋＬｈ 回（m には依存しない）。",
        "各ステップで各ヘッド・各層は k 個のキーと比較する。\n１トークンあたり：ｍｈＬ 回。\n"
        "答え：ｎｍＬｈ 回。",
    ),
    (
        "ko particles glued to the maths",
        "window-scores",
        "새 토큰마다 헤드·층별로 k개의 키와 비교한다.\n토큰 하나당 k·h·L번.\n정답: n·k·L·h개이다.",
        "새 토큰마다 헤드·층별로 m개의 키와 비교한다.\n토큰 하나당 m·h·L번.\n정답: n·m·L·h개이다.",
    ),
    (
        "zh enumeration comma and an approximation in words",
        "exhaustive-search",
        "每个位置有 |V| 种选择，n 个位置相互独立。\n所以总数 = |V|^n。\n"
        "例如 |V| = 50000、n = 10 时约 10^47 个序列，所以穷举不可行。\n答：|V|^n 个。",
        "每个位置有 n 种选择，|V| 个位置相互独立。\n所以总数 = n^|V|。\n"
        "例如 |V| = 50000、n = 10 时非常大，所以穷举不可行。\n答：n^|V| 个。",
    ),
    (
        "ja heading line of its own, answer paragraph under it",
        "exhaustive-search",
        "各位置で |V| 通りを選べるので、積の法則より |V|^n 通り。\n\n## 結論\n系列の総数は |V|^n である。",
        "各位置で n 通りを選べるので、積の法則より n^|V| 通り。\n\n## 結論\n系列の総数は n^|V| である。",
    ),
    (
        "ko bold answer label, spaced from its stars once set apart",
        "exhaustive-search",
        "각 위치마다 |V|가지 선택이 있고 위치는 n개이다.\n**정답:** |V|^n개의 시퀀스.",
        "각 위치마다 n가지 선택이 있고 위치는 |V|개이다.\n**정답:** n^|V|개의 시퀀스.",
    ),
]


@pytest.mark.parametrize(("name", "problem", "right", "wrong"), CLASSES, ids=[c[0] for c in CLASSES])
def test_right_work_earns_full_marks_and_its_wrong_twin_is_caught(
    name: str, problem: str, right: str, wrong: str
) -> None:
    good = grade(problem, right)
    assert (good.verdict, good.score, [d.code for d in good.diagnostics]) == (
        "correct",
        good.max_score,
        [],
    ), name
    bad = grade(problem, wrong)
    assert bad.verdict == "incorrect" and bad.score < bad.max_score, name
    assert "final-answer-wrong" in errors(bad), name


def test_a_diagnostic_points_at_the_answer_as_written() -> None:
    text = "每个新 token：k·h·L 个点积。\n答：nmLh，与 k 无关。"
    report = grade("window-scores", text)
    (wrong,) = [d for d in report.diagnostics if d.code == "final-answer-wrong"]
    line = text.splitlines()[1]
    assert wrong.span.line == 2
    assert line[wrong.span.column - 1 : wrong.span.end_column - 1] == "nmLh"
    assert report.source_lines[1] == line


@pytest.mark.parametrize("stand_in", ["\u3040", "\u3040：\u3040"])
def test_an_unassigned_letter_in_the_text_is_read_as_a_space(stand_in: str) -> None:
    report = grade("window-scores", f"答：nkLh{stand_in}")
    assert report.verdict == "correct"
