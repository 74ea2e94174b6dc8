"""A flaw analysis written in Chinese, Japanese or Korean is read as one in English (issue 10, blind-kinds30):
the line blamed however the language orders a line's number and name (第2行, 2行目, 2번째 줄, ステップ2),
a verdict denied after its word (正しくない, 틀리지 않았다), a landmark written after its line (第3行之前),
the mistake named, the correction's label. The texts are written for these tests; each right analysis
earns full marks and its wrong twin stays caught.
"""

from __future__ import annotations

import pytest

from grader.flaw.grade import grade_flaw
from tests.test_flaw_classes import MULTIPLIED
from tests.test_flaw_languages import _problem

# (verdict with the line's number left open, language): the multiplied-logs text's flaw is its line 2
VERDICTS = [
    # the number before the line's name, with and without a word before it or a counter's suffix
    ("第{n}行是错的。", "zh"),
    ("第 {n} 步出错了。", "zh"),
    ("错误在第{n}个式子。", "zh"),
    ("{n}行目が間違っている。", "ja"),
    ("{n}番目の行に誤りがある。", "ja"),
    ("{n}번째 줄이 틀렸다.", "ko"),
    ("{n}줄에 오류가 있다.", "ko"),
    ("제{n}행이 잘못되었다.", "ko"),
    # the name first, the number after it
    ("步骤{n}有误。", "zh"),
    ("ステップ{n}が誤り。", "ja"),
    ("{n}단계가 틀림.", "ko"),
    # an earlier line excused, then the one named blamed: the excuse names the other line
    ("第{m}行是正确的，但是第{n}行错了。", "zh"),
    ("{m}行目は正しいが、{n}行目は間違い。", "ja"),
    ("{m}번째 줄은 맞지만 {n}번째 줄은 틀렸다.", "ko"),
    # a verdict denied after its word: the denied line is excused, the other blamed
    ("{m}行目に誤りはない。{n}行目が誤り。", "ja"),
    ("{m}번째 줄은 틀리지 않았다. {n}번째 줄이 잘못이다.", "ko"),
    ("{n}行目は正しくない。", "ja"),
    ("{n}번째 줄은 맞지 않다.", "ko"),
    # a line named as a landmark, its word after it, is neither blamed nor excused
    ("第3行之前就错了：错误在第{n}行。", "zh"),
    ("3行目より前に誤りがある：{n}行目が誤り。", "ja"),
]
# (the mistake said in each language, language): the multiplied-logs flaw, log-probabilities multiplied
MISTAKES = [
    ("学生把两个对数概率相乘了，应该相加。", "zh"),
    ("対数確率を掛けているが、足すべき。", "ja"),
    ("로그 확률은 더해야 하는데 곱했다.", "ko"),
]
# (the label that opens the corrected computation, language)
FIXES = [("正确的计算：", "zh"), ("正しい計算：", "ja"), ("올바른 계산:", "ko")]
_FIX = "\n{label}\nlog Pr(y|x) = −0.7 + (−0.4)\n= −1.1\n"


def _text(verdict: str, mistake: str, label: str, n: int) -> str:
    other = 1 if n != 1 else 3
    return verdict.format(n=n, m=other) + "\n" + mistake + _FIX.format(label=label)


@pytest.mark.parametrize(("verdict", "lang"), VERDICTS)
def test_the_line_blamed_is_read_in_every_order_and_its_twin_blaming_another_is_caught(
    verdict: str, lang: str
) -> None:
    mistake = next(m for m, la in MISTAKES if la == lang)
    label = next(f for f, la in FIXES if la == lang)
    right = grade_flaw(_text(verdict, mistake, label, 2), _problem(MULTIPLIED))
    assert (right.verdict, right.score) == ("correct", right.max_score), (verdict, right.codes)
    for n in (1, 3):
        wrong = grade_flaw(_text(verdict, mistake, label, n), _problem(MULTIPLIED))
        assert "wrong-line-blamed" in wrong.codes and wrong.score < wrong.max_score, (verdict, n, wrong.codes)


# (ordinal in words, the line it names, language)
ORDINALS = [
    ("第一行", 1, "zh"),
    ("第二步", 2, "zh"),
    ("最后一行", 3, "zh"),
    ("最初の行", 1, "ja"),
    ("二番目の式", 2, "ja"),
    ("最後の行", 3, "ja"),
    ("첫 번째 줄", 1, "ko"),
    ("두 번째 단계", 2, "ko"),
    ("마지막 줄", 3, "ko"),
]
_WRONG = {"zh": "{x}错了。", "ja": "{x}が間違い。", "ko": "{x}이 틀렸다."}


@pytest.mark.parametrize(("ordinal", "line", "lang"), ORDINALS)
def test_an_ordinal_in_words_names_its_line(ordinal: str, line: int, lang: str) -> None:
    """Only the second line earns the line's credit; the first and the last are caught."""
    mistake = next(m for m, la in MISTAKES if la == lang)
    label = next(f for f, la in FIXES if la == lang)
    text = _WRONG[lang].format(x=ordinal) + "\n" + mistake + _FIX.format(label=label)
    report = grade_flaw(text, _problem(MULTIPLIED))
    if line == 2:
        assert (report.verdict, report.score) == ("correct", report.max_score), (ordinal, report.codes)
    else:
        assert "wrong-line-blamed" in report.codes, (ordinal, report.codes)


@pytest.mark.parametrize(("label", "lang"), FIXES)
def test_the_correction_label_keeps_the_analysis_out_of_the_maths_and_a_wrong_fix_is_caught(
    label: str, lang: str
) -> None:
    """The analysis above the label is not read as maths (no parse warning); a wrong corrected value costs."""
    verdict = next(v for v, la in VERDICTS if la == lang)
    mistake = next(m for m, la in MISTAKES if la == lang)
    right = grade_flaw(_text(verdict, mistake, label, 2), _problem(MULTIPLIED))
    assert right.codes == [], right.codes
    wrong = grade_flaw(_text(verdict, mistake, label, 2).replace("= −1.1", "= 0.28"), _problem(MULTIPLIED))
    assert wrong.verdict == "incorrect" and wrong.score < wrong.max_score, wrong.codes


@pytest.mark.parametrize(("mistake", "lang"), MISTAKES)
def test_the_mistake_named_in_each_language_is_credited_and_a_different_one_is_not(
    mistake: str, lang: str
) -> None:
    """The multiplied logs named earn the mistake's credit; the added probabilities named instead are caught."""
    verdict = next(v for v, la in VERDICTS if la == lang)
    label = next(f for f, la in FIXES if la == lang)
    right = grade_flaw(_text(verdict, mistake, label, 2), _problem(MULTIPLIED))
    assert right.parts["mistake"] == 1.0, right.codes
    other = {"zh": "学生把两个概率相加了。", "ja": "確率を足したのが間違い。", "ko": "확률을 더했다."}[lang]
    wrong = grade_flaw(_text(verdict, other, label, 2), _problem(MULTIPLIED))
    assert "wrong-mistake-named" in wrong.codes and wrong.score < wrong.max_score, wrong.codes


def test_columns_of_the_analysis_point_at_the_text_as_written() -> None:
    """A diagnostic on a line spaced for reading is placed where the student wrote it."""
    text = "答：第1行是错的。\n学生把两个对数概率相乘了。" + _FIX.format(label="正确的计算：")
    report = grade_flaw(text, _problem(MULTIPLIED))
    blamed = next(d for d in report.diagnostics if d.code == "wrong-line-blamed")
    assert (blamed.span.line, blamed.span.column) == (1, text.index("第") + 1)
    assert report.source_lines[0] == "答:第1行是错的。"
