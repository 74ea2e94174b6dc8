"""The window kind reads Chinese, Japanese and Korean (issue 10, blind-kinds30): the parts' labels, the cost
answer however the language orders a comparison ("A 比 B 更便宜", "A より B の方が安い", "A보다 B가 더 싸다"),
words written without spaces. The texts are written for these tests; each right variant earns full marks and
its wrong twin stays caught."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.window.grade import chosen_model
from tests.conftest import ROOT

TABLE = ROOT / "problems/window/deep-learning-window.toml"  # full -1.1, window -3.1, gap 2.0

_FULL = "log P(y|x) = log P(deep|x) + log P(learning|x, deep) = -0.7 + (-0.4) = -1.1"
_WINDOW = "log P(y|x) = log P(deep|ML) + log P(learning|deep) = -2.2 + (-0.9) = -3.1"


def _answer(labels: tuple[str, str, str, str], gap: str, cheaper: str) -> str:
    full, window, gap_label, cost = labels
    return (
        f"{full}\n{_FULL}\n\n{window}\n{_WINDOW}\n\n{gap_label} -1.1 - (-3.1) = {gap}\n\n{cost} {cheaper}\n"
    )


# the part labels in each language, full-width colons as students type them: (full, window, gap, cheaper)
LABELS = [
    ("完整模型：", "窗口模型（k = 1）：", "差距：", "哪个模型更便宜："),
    ("全历史模型：", "滑动窗口模型：", "差值：", "计算成本："),
    ("フルモデル：", "ウィンドウモデル（k = 1）：", "差：", "計算コスト："),
    ("完全モデル：", "ウィンドウ：", "ギャップ：", "どちらのモデルが安いか："),
    ("전체 모델:", "윈도우 모델 (k = 1):", "차이:", "어느 모델이 더 싼가:"),
    ("풀 모델:", "윈도우:", "격차:", "비용:"),
]
# a cost answer in each label's language, choosing the window model
_CHEAPER = {"zh": "窗口模型更便宜。", "ja": "ウィンドウモデルの方が安い。", "ko": "윈도우 모델이 더 싸다."}


@pytest.mark.parametrize("labels", LABELS)
def test_labelled_parts_are_read_and_a_wrong_gap_is_still_caught(labels: tuple[str, str, str, str]) -> None:
    lang = "zh" if "模型" in labels[0] or "历史" in labels[0] else "ja" if "モデル" in labels[0] else "ko"
    question = load_question(TABLE)
    right = question.grade(_answer(labels, "2.0", _CHEAPER[lang]).encode(), "right.txt")
    assert (right.verdict, right.score) == ("correct", right.max_score), right.codes
    wrong = question.grade(_answer(labels, "4.2", _CHEAPER[lang]).encode(), "wrong.txt")
    assert "window-gap-wrong" in wrong.codes and wrong.score < wrong.max_score


# (the cost answer choosing the window model, its twin choosing the full model or neither)
COST_ANSWERS = [
    ("窗口模型更便宜，每一步只读一个 token。", "完整模型更便宜，因为不需要掩码。"),
    ("完整模型比窗口模型更贵。", "窗口模型比完整模型更贵。"),
    ("窗口模型：计算量更小，不随历史长度增长。", "两者都不，计算量相同。"),
    ("フルモデルよりウィンドウモデルの方が安い。", "ウィンドウモデルよりフルモデルの方が安い。"),
    ("ウィンドウモデル。各予測で1トークンしか読まない。", "フルモデル。マスクが要らない。"),
    ("풀 모델보다 윈도우 모델이 더 싸다.", "윈도우 모델보다 풀 모델이 더 싸다."),
    ("윈도우 모델이 계산량이 적다.", "전체 모델이 더 싸다."),
    ("윈도우 모델. 매 단계 짧은 히스토리만 읽는다.", "둘 다 아니다: 비용이 같다."),
]


@pytest.mark.parametrize(("right", "wrong"), COST_ANSWERS)
def test_the_cost_answer_is_read_in_each_language(right: str, wrong: str) -> None:
    labels = ("Full model:", "Window model:", "Gap:", "Cheaper:")
    question = load_question(TABLE)
    good = question.grade(_answer(labels, "2.0", right).encode(), "right.txt")
    assert (good.verdict, good.score) == ("correct", good.max_score), good.codes
    bad = question.grade(_answer(labels, "2.0", wrong).encode(), "wrong.txt")
    assert [d.code for d in bad.diagnostics if d.severity == "error"] == ["window-cost-wrong"]
    assert bad.parts["cost"] == 0.0


# the subject of a comparison, in each order a language writes it
CHOICES = [
    ("窗口模型比完整模型更便宜", "window"),
    ("完整模型比窗口模型更便宜", "full"),
    ("完整模型比窗口模型更贵", "window"),
    ("フルモデルよりウィンドウモデルの方が安い", "window"),
    ("ウィンドウモデルよりフルモデルの方が安い", "full"),
    ("ウィンドウモデルよりフルモデルの方が高い", "window"),
    ("풀 모델보다 윈도우 모델이 더 싸다", "window"),
    ("윈도우 모델보다 풀 모델이 더 싸다", "full"),
    ("윈도우 모델보다 전체 모델이 더 비싸다", "window"),
    ("两者都不，一样贵", "neither"),
]


@pytest.mark.parametrize(("text", "expected"), CHOICES)
def test_the_subject_of_a_comparison_is_the_model_chosen(text: str, expected: str) -> None:
    assert chosen_model(text) == expected


def test_a_diagnostic_points_at_the_text_as_written() -> None:
    """The cost answer's span and the report's lines are the student's, not the spaced reading."""
    text = _answer(("Full model:", "Window model:", "Gap:", "Cheaper:"), "2.0", "完整模型更便宜。")
    report = load_question(TABLE).grade(text.encode(), "cols.txt")
    cost = next(d for d in report.diagnostics if d.code == "window-cost-wrong")
    line = text.splitlines()[cost.span.line - 1]
    assert cost.span.end_column == len(line) + 1
    assert "Cheaper: 完整模型更便宜。" in report.source_lines
