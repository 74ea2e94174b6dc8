"""Decoding answers written in Chinese, Japanese and Korean (issue 10): words with no spaces between them,
a number before its counter (第1步, 1ステップ目, 2번째 단계), a verb after what it keeps or drops (を残す, 유지),
yes/no as 是/否, はい/いいえ, 예/아니요 or as a claim whose copula comes last. Each right answer is read as
right, and its wrong twin, written in the same words, stays caught."""

from __future__ import annotations

import re

import pytest

from grader.core.question import load_question
from grader.core.unspaced import spaced
from grader.decoding import words as w
from grader.decoding.grade import grade_text
from grader.decoding.problem import DecodingProblem
from grader.decoding.reader import read
from tests.conftest import ROOT

TABLES = {name: t for name, t in vars(w).items() if name.isupper() and isinstance(t, dict)}


def bundled(stem: str) -> DecodingProblem:
    return load_question(ROOT / f"problems/decoding/{stem}.toml").problem  # type: ignore[attr-defined]


def graded(stem: str, text: str) -> tuple[str, list[str]]:
    report = grade_text(text, bundled(stem), "s.txt")
    return report.verdict, sorted(report.codes)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_meaning_has_a_row_in_chinese_japanese_and_korean(name: str) -> None:
    # PARTICLE is the one table no European language needs more of than its auxiliaries: all rows present
    assert set(TABLES[name]) >= {"zh", "ja", "ko"}, name


# beam-a-cat (B = 2): step 1 keeps the 0.5 and a 0.4; step 2 keeps a cat 0.36 and the dog 0.20. Each right
# answer's twin keeps step 1 wrongly (the and one) and answers the dog 0.20.
BEAM = [
    (
        "zh, keep word before, 第N步",
        """束宽为2。
第1步：候选有 the 0.5、a 0.4、one 0.1，保留前两个：the 0.5 和 a 0.4
第2步：扩展得到 the dog 0.20、the cat 0.175、the car 0.125、a cat 0.36、a dog 0.04
保留 a cat 0.36 和 the dog 0.20（其余被淘汰）
所以答案是 a cat，概率 0.36""",
    ),
    (
        "zh, 步骤N, dropped after",
        """束搜索（束宽 2）
步骤1：the 0.5，a 0.4，one 0.1 被剪枝
步骤2：the dog 0.20，the cat 0.175，the car 0.125，a cat 0.36，a dog 0.04
前2名：a cat 0.36，the dog 0.20
答：返回「a cat」，概率为 0.36。""",
    ),
    (
        "ja, N ステップ目, keep verb after",
        """ビーム幅は2。
1ステップ目：候補 the 0.5、a 0.4、one 0.1。the 0.5 と a 0.4 を残す。
2ステップ目：候補は the dog 0.20、the cat 0.175、the car 0.125、a cat 0.36、a dog 0.04。
上位2つ：a cat 0.36、the dog 0.20
よって答えは「a cat」、確率 0.36。""",
    ),
    (
        "ja, ステップN, dropped after with a particle",
        """ビームサーチ（幅2）
ステップ1：the 0.5、a 0.4 を残す（one 0.1 は捨てる）
ステップ2：the dog 0.20、the cat 0.175、the car 0.125、a cat 0.36、a dog 0.04
残すのは a cat 0.36 と the dog 0.20。
答え：a cat、確率 0.36""",
    ),
    (
        "ko, N단계, keep verb after",
        """빔 크기 2
1단계: the 0.5, a 0.4 유지 (one 0.1 은 제거)
2단계: 후보 the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04
상위 2개: a cat 0.36, the dog 0.20
따라서 정답은 a cat, 확률 0.36""",
    ),
    (
        "ko, N번째 단계, particle before the keep verb",
        """빔 폭은 2이다.
1번째 단계: the 0.5, a 0.4 를 남긴다. one 0.1 은 탈락.
2번째 단계: the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04
빔: a cat 0.36, the dog 0.20
답: "a cat", 확률 0.36""",
    ),
]


def _beam_twin(text: str) -> str:
    """The same answer keeping the and one at step 1 and answering the dog 0.20."""
    lines = text.split("\n")
    step1 = next(k for k, line in enumerate(lines) if "one 0.1" in line)
    lines[step1] = lines[step1].replace("a 0.4", "@").replace("one 0.1", "a 0.4").replace("@", "one 0.1")
    last = lines[-1].replace("a cat", "the dog").replace("0.36", "0.20")
    return "\n".join([*lines[:-1], last])


@pytest.mark.parametrize(("name", "text"), BEAM, ids=[b[0] for b in BEAM])
def test_a_beam_in_chinese_japanese_or_korean_is_read(name: str, text: str) -> None:
    assert graded("beam-a-cat", text) == ("correct", [])


@pytest.mark.parametrize(("name", "text"), BEAM, ids=[b[0] for b in BEAM])
def test_its_twin_keeping_the_wrong_first_step_stays_caught(name: str, text: str) -> None:
    twin = _beam_twin(text)
    assert twin != text
    verdict, found = graded("beam-a-cat", twin)
    assert verdict == "incorrect" and found, found


# greedy-is-best: greedy's the cat (0.42) is the most probable, the answer is yes; each twin answers no in the
# same words. greedy-not-best: the answer is no; each twin answers yes.
WORK_IS_BEST = "the cat 0.6 × 0.7 = 0.42; the dog 0.18, a cat 0.20, a dog 0.20\n"
WORK_NOT_BEST = "cat sat down 0.4 × 0.4 × 0.3 = 0.048; dog barked loudly 0.3 × 0.6 × 0.3 = 0.054\n"
VERDICTS = [
    # (language, says yes, says no): a label, a bare word, a claim whose copula comes where the language puts it
    ("zh label", "答：是。", "答：否。"),
    ("zh bare", "是的，贪心的输出最好。", "不是，另一个序列更可能。"),
    ("zh claim", "所以贪心的输出是最可能的序列。", "所以贪心的输出不是最可能的序列。"),
    ("ja label", "答え：はい", "答え：いいえ"),
    (
        "ja claim",
        "したがって、貪欲法の出力は最も確率の高い系列である。",
        "したがって、貪欲法の出力は最も確率の高い系列ではない。",
    ),
    ("ko label", "정답: 예", "정답: 아니요"),
    (
        "ko claim",
        "따라서 그리디 출력이 가장 확률이 높은 시퀀스이다.",
        "따라서 그리디 출력은 가장 확률이 높은 시퀀스가 아니다.",
    ),
]


@pytest.mark.parametrize(("name", "yes", "no"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_yes_and_no_are_read_in_each_language(name: str, yes: str, no: str) -> None:
    vocabulary = bundled("greedy-is-best").vocabulary
    assert read(WORK_IS_BEST + yes, vocabulary).verdict == ("yes", 2)
    assert read(WORK_IS_BEST + no, vocabulary).verdict == ("no", 2)


@pytest.mark.parametrize(("name", "yes", "no"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_a_verdict_is_graded_right_and_its_opposite_caught(name: str, yes: str, no: str) -> None:
    assert graded("greedy-is-best", WORK_IS_BEST + yes) == ("correct", [])
    assert graded("greedy-not-best", WORK_NOT_BEST + no) == ("correct", [])
    for stem, text in (("greedy-is-best", WORK_IS_BEST + no), ("greedy-not-best", WORK_NOT_BEST + yes)):
        verdict, found = graded(stem, text)
        # the wrong yes or no is caught (greedy-not-best names the assumption a yes rests on)
        assert verdict == "incorrect" and {"decoding-verdict-wrong", "greedy-assumed-best"} & set(found), (
            found
        )


# a yes or no word of these scripts is a word of its own, not the first or last letter of a longer one
NOT_VERDICTS = [
    "例を挙げると the cat 0.42。",  # no はい/いいえ
    "예를 들어 the cat 0.42.",  # 예 opens 예를 (for example)
    "是否最可能，要比较。",  # 是 opens 是否 (whether)
]


@pytest.mark.parametrize("line", NOT_VERDICTS)
def test_a_letter_of_a_longer_word_is_no_yes_or_no(line: str) -> None:
    assert read(line, bundled("greedy-is-best").vocabulary).verdict is None


def test_a_diagnostic_points_at_the_text_as_written() -> None:
    # the wrong score 0.9 stands at column 20 of the line as written (before the letters were set apart)
    text = "第1步：保留 the 0.5 和 a 0.4\n第2步：保留 a cat 0.9 和 the dog 0.20\n答：a cat，概率 0.9"
    report = grade_text(text, bundled("beam-a-cat"), "s.txt")
    assert report.verdict == "incorrect"
    assert report.source_lines[1] == "第2步:保留 a cat 0.9 和 the dog 0.20"  # as written, its ： made ASCII
    spans = [d.span for d in report.diagnostics if d.span.line == 2]
    assert spans and all(report.source_lines[1][s.column - 1 :].startswith(("a cat", "0.9")) for s in spans)


# a step's number on either side of its word, with or without an ordinal mark, read on the text set apart
NUMBERED = [
    ("第2步", True),
    ("第 2 步骤", True),
    ("2ステップ目", True),
    ("ステップ2", True),
    ("2번째 단계", True),
    ("2단계", True),
    ("Step 2", True),
    ("第3步", False),
    ("12단계", False),
    ("0.2단계", False),
    ("ステップ21", False),
]


@pytest.mark.parametrize(("text", "matches"), NUMBERED)
def test_a_step_number_reads_in_either_order(text: str, matches: bool) -> None:
    line = spaced([text]).lines[0]
    assert (re.search(w.numbered(w.STEP, 2), line, re.I) is not None) is matches


# greedy-not-best: greedy picks cat (0.4 over dog 0.3), sat, down: 0.048; dog barked loudly is 0.054, so the
# answer is no. Each language sets the picks against their rivals in its own order (A 比 B 大, B より A,
# B 보다 A); each twin stops at greedy's sequence and answers yes.
GREEDY = [
    (
        "zh",
        """贪心第1步：cat (0.4) 比 dog (0.3) 大 → cat
第2步：sat (0.4) → cat sat
第3步：down (0.3) 比 still (0.25) 大 → cat sat down，概率 0.4 × 0.4 × 0.3 = 0.048
但 dog barked loudly = 0.3 × 0.6 × 0.3 = 0.054 更大。
答：否。""",
    ),
    (
        "ja",
        """貪欲法：1ステップ目は dog (0.3) より cat (0.4) が高いので cat
2ステップ目：sat (0.4)
3ステップ目は still (0.25) より down (0.3) が高い。出力 cat sat down、確率 0.4 × 0.4 × 0.3 = 0.048
dog barked loudly は 0.3 × 0.6 × 0.3 = 0.054 なので、こちらの方が高い。
答え：いいえ""",
    ),
    (
        "ko",
        """그리디 1단계: dog (0.3) 보다 cat (0.4) 가 크다 → cat
2단계: sat (0.4)
3단계: still (0.25) 보다 down (0.3) 가 크다 → cat sat down, 확률 0.4 × 0.4 × 0.3 = 0.048
dog barked loudly 는 0.3 × 0.6 × 0.3 = 0.054 로 더 크다.
정답: 아니요""",
    ),
]
YES_INSTEAD = {"zh": "答：是。", "ja": "答え：はい", "ko": "정답: 예"}


@pytest.mark.parametrize(("lang", "text"), GREEDY, ids=[g[0] for g in GREEDY])
def test_greedy_picks_set_against_their_rivals_are_read(lang: str, text: str) -> None:
    assert graded("greedy-not-best", text) == ("correct", [])


@pytest.mark.parametrize(("lang", "text"), GREEDY, ids=[g[0] for g in GREEDY])
def test_its_twin_stopping_at_greedy_and_saying_yes_stays_caught(lang: str, text: str) -> None:
    twin = "\n".join([*text.split("\n")[:3], YES_INSTEAD[lang]])
    verdict, found = graded("greedy-not-best", twin)
    assert verdict == "incorrect" and found, found
