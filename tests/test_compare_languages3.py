"""A comparison written in Chinese, Japanese or Korean is read (issue 10, blind-kinds30): the letters of
these scripts are set apart before the word tables are matched, each table has zh/ja/ko rows, and a name
marked as the one compared against ("A 比 B", "B より", "B보다") is not the subject, wherever it stands.
The texts are written for these tests; each right variant has a wrong twin that stays caught.
"""

from __future__ import annotations

import pytest

from grader.compare.conclusion import choice
from grader.compare.grade import grade_compare
from grader.compare.sections import Mentions
from grader.core.unspaced import spaced
from tests.test_compare_classes import MAIN, PER_TOKEN
from tests.test_compare_classes2 import _problem, twins_hold

AB = Mentions([("A", ()), ("B", ())])

# a conclusion with the chosen candidate {x} and the other {y}, in each order the languages put them in
CHOICES = [
    ("zh", "{x} 比 {y} 更可能。", "{x}"),
    ("zh", "{y} 比 {x} 更不可能。", "{x}"),
    ("zh", "因此，{x}的概率比{y}更高。", "{x}"),
    ("zh", "所以模型选择{x}。", "{x}"),
    ("ja", "{y}よりも{x}の方が確率が高い。", "{x}"),
    ("ja", "{x}の方が{y}より起こりやすい。", "{x}"),
    ("ja", "したがって{x}の方が可能性が高い。", "{x}"),
    ("ko", "{y}보다 {x}가 더 가능성이 높다.", "{x}"),
    ("ko", "{x}가 {y}보다 확률이 더 높다.", "{x}"),
    ("ko", "따라서 {y}가 가능성이 더 낮다.", "{x}"),
]


@pytest.mark.parametrize(("lang", "line", "picked"), CHOICES)
@pytest.mark.parametrize(("x", "y"), [("A", "B"), ("B", "A")])
def test_the_candidate_chosen_is_read_in_either_order(
    lang: str, line: str, picked: str, x: str, y: str
) -> None:
    written = line.format(x=x, y=y)
    assert choice(spaced([written]).lines[0], AB) == picked.format(x=x), (lang, written)


TOTALS = {
    "zh": "解：根据链式法则求和。\n候选 A：log Pr(A|x) = -0.7 + (-0.4) = -1.1\n候选 B：log Pr(B|x) = -1.6 + (-0.2) = -1.8\n",
    "ja": "連鎖律より：\nA：log Pr(A|x) = −0.7 + (−0.4) = −1.1\nB：log Pr(B|x) = −1.6 + (−0.2) = −1.8\n",
    "ko": "연쇄 법칙:\nA: log Pr(A|x) = -0.7 + (-0.4) = -1.1\nB: log Pr(B|x) = -1.6 + (-0.2) = -1.8\n",
}
# the conclusion after the totals: A (-1.1 > -1.8) is the more likely; {x} is the one said to be
ENDS = [
    ("zh", "因为 -1.1 > -1.8，所以 {x} 比 {y} 更可能。\n答：{x}"),
    ("zh", "{y} 的对数概率更低，因此 {x} 更有可能。"),
    ("ja", "−1.1 ＞ −1.8 なので、{y}より{x}の方が確率が高い。\n答え：{x}"),
    ("ja", "したがって{x}の方が可能性が高い。"),
    ("ko", "-1.1 > -1.8 이므로 {y}보다 {x}가 더 가능성이 높다.\n정답: {x}"),
    ("ko", "따라서 {x}가 {y}보다 확률이 더 높다."),
]


@pytest.mark.parametrize(("lang", "end"), ENDS)
def test_right_work_gets_full_marks_and_its_wrong_twin_is_caught(lang: str, end: str) -> None:
    right = TOTALS[lang] + end.format(x="A", y="B") + "\n"
    wrong = TOTALS[lang] + end.format(x="B", y="A") + "\n"
    twins_hold(MAIN, right, wrong, "less-likely-chosen")


PER_TOKEN_WORK = {
    "zh": "A：log P = -0.7 + (-0.4) = -1.1，每个 token 平均 -1.1/2 = -0.55\n"
    "B：log P = -1.0 + (-0.3) + (-0.1) = -1.4，每个 token 平均 -1.4/3 ≈ -0.467\n",
    "ja": "A：log P = −1.1、トークンあたり平均 −1.1/2 = −0.55\nB：log P = −1.4、トークンあたり平均 −1.4/3 ≈ −0.467\n",
    "ko": "A: log P = -1.1, 토큰당 평균 -1.1/2 = -0.55\nB: log P = -1.4, 토큰당 평균 -1.4/3 ≈ -0.467\n",
}
PER_TOKEN_ENDS = [
    ("zh", "-0.467 > -0.55，因此按每个 token 平均，模型对 {x} 更有信心。"),
    ("ja", "−0.467 ＞ −0.55 なので、トークンあたりでは{x}の方が確信度が高い。"),
    ("ko", "-0.467 > -0.55 이므로 토큰당으로는 {x}가 더 확신이 높다."),
]


@pytest.mark.parametrize(("lang", "end"), PER_TOKEN_ENDS)
def test_a_per_token_choice_in_each_language_holds_and_its_twin_is_caught(lang: str, end: str) -> None:
    right = PER_TOKEN_WORK[lang] + end.format(x="B") + "\n"
    wrong = PER_TOKEN_WORK[lang] + end.format(x="A") + "\n"
    twins_hold(PER_TOKEN, right, wrong, "less-likely-chosen")


@pytest.mark.parametrize("label", ["回答 A：", "候补 A：", "Respuesta A:"])
def test_a_label_heading_a_candidates_work_is_no_answer(label: str) -> None:
    text = TOTALS["ko"].replace("A: log", f"{label} log", 1) + "따라서 A가 더 가능성이 높다.\n"
    report = grade_compare(text, _problem(MAIN))
    assert (report.verdict, report.codes) == ("correct", [])


def test_a_diagnostic_points_at_the_text_as_written() -> None:
    text = TOTALS["zh"] + "因为概率更高，所以选择 B。\n"
    report = grade_compare(text, _problem(MAIN))
    line = text.splitlines()[3]
    blamed = [d for d in report.diagnostics if d.code == "less-likely-chosen"]
    assert blamed and blamed[0].span.line == 4
    assert 1 <= blamed[0].span.column <= len(line) + 1
    assert "概率更高" in report.source_lines[3]  # shown as written, not set apart
