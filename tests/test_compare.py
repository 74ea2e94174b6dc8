"""The compare kind: split by candidate, read the conclusion, charge a slip once, refuse bad problem files."""

from __future__ import annotations

import copy
import csv
import json
import tomllib
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.compare.conclusion import choice, number
from grader.compare.grade import grade_compare
from grader.compare.problem import compare_from_dict
from grader.compare.sections import Mentions, split
from grader.core.problemfile import ProblemError
from grader.core.question import load_question
from tests.conftest import HANG_GUARD_SECONDS, HOSTILE, ROOT

COMPARE = ROOT / "problems/compare"
MAIN = COMPARE / "deep-vs-reinforcement.toml"
RATIO = COMPARE / "deep-vs-reinforcement-ratio.toml"
PER_TOKEN = COMPARE / "per-token.toml"
AB = Mentions([("A", ("deep", "learning")), ("B", ("reinforcement", "learning"))])


def problem(path: Path):  # type: ignore[no-untyped-def]
    return load_question(path).problem  # type: ignore[attr-defined]


# (submission, {candidate: 1-based lines}, conclusion lines, split unclear?)
SPLITS = [
    ("For A:\nlog P = -1.1\nFor B:\nlog P = -1.8\nA is more likely.", {"A": [1, 2], "B": [3, 4]}, [5], False),
    ("log P(A) = -0.7 + (-0.4)\n= -1.1\nlog P(B) = -1.8\nAnswer: A", {"A": [1, 2], "B": [3]}, [4], False),
    (
        "## Response A\nlog Pr(y|x) = -1.1\n\n## Response B\nlog Pr(y|x) = -1.8\n",
        {"A": [1, 2], "B": [4, 5]},
        [],
        False,
    ),
    ("**A:** ln P = -1.1\n**B:** ln P = -1.8\nSo A.", {"A": [1], "B": [2]}, [3], False),
    ("Candidate B: log P = -1.8\nCandidate A: log P = -1.1\nA > B", {"A": [2], "B": [1]}, [3], False),
    (
        "P(deep learning | x) = 0.333\nP(reinforcement learning | x) = 0.165\nA wins",
        {"A": [1], "B": [2]},
        [3],
        False,
    ),
    ("log P(A) - log P(B) = -1.1 - (-1.8)\n= 0.7", {"A": [], "B": []}, [1, 2], True),  # no derivations
    ("A is more likely", {"A": [], "B": []}, [1], False),
    ("y_A: log P = -1.1\ny_B: log P = -1.8\nA is more likely", {"A": [1], "B": [2]}, [3], False),
    ("log P = -1.1\n\nlog P = -1.8\n\nA is more likely.", {"A": [1], "B": [3]}, [5], True),
    ("log P = -1.1\nFor B: log P = -1.8\nB is less likely", {"A": [], "B": [2]}, [3], True),
    ("A language model is used.\nFor A: log P = -1.1\nFor B: log P = -1.8", {"A": [2], "B": [3]}, [], False),
    ("1. A: log P = -1.1\n   = -1.1\n2. B: log P = -1.8\nSo A.", {"A": [1, 2], "B": [3]}, [4], False),
    (
        "Response A (deep learning):\nlog P(y_A | x) = -1.1\nResponse B:\n-1.8\n-1.8 < -1.1 → A",
        {"A": [1, 2], "B": [3, 4]},
        [5],
        False,
    ),
]


@pytest.mark.parametrize(("text", "sections", "conclusion", "unclear"), SPLITS)
def test_work_is_split_by_candidate(
    text: str, sections: dict[str, list[int]], conclusion: list[int], unclear: bool
) -> None:
    got = split(text.split("\n"), AB)
    assert {n: [i + 1 for i in lines] for n, lines in got.sections.items()} == sections
    assert [i + 1 for i in got.conclusion] == conclusion
    assert bool(got.unclear) == unclear


CHOICES = [
    ("A is more likely.", "A"),
    ("Answer: B", "B"),
    ("**Answer:** A", "A"),
    ("Since -1.1 > -1.8, A is more likely", "A"),
    ("The model prefers B.", "B"),
    ("B is less likely than A", "A"),
    ("A is less likely", "B"),
    ("A is not more likely than B", "B"),
    ("log P(A) > log P(B)", "A"),
    ("P(A) < P(B), so the model is more confident in B", "B"),
    ("the more likely response is B", "B"),
    ("B has the higher log-probability", "B"),
    ("A has the lower perplexity, so it is better", "A"),
    ("B has higher cross-entropy", "A"),
    ("Between A and B, A is more probable", "A"),
    ("deep learning is more likely than reinforcement learning", "A"),
    ("The model is more confident about response B.", "B"),
    ("-1.8 < -1.1 → A", "A"),
    ("so B.", "B"),
    ("Conclusion: response A", "A"),
    ("A language model computes these.", None),
    ("Both are plausible.", None),
]


@pytest.mark.parametrize(("line", "expected"), CHOICES)
def test_the_conclusion_names_the_choice(line: str, expected: str | None) -> None:
    assert choice(line, AB) == expected


NUMBERS = [
    ("log P(A) − log P(B) = 0.3", 0.3),
    ("ratio = exp(0.7) = 2.01", 2.01),
    ("Answer: −0.7", -0.7),
    ("P(A)/P(B) ≈ 2", 2.0),
    ("log_2 ratio = 1.01", 1.01),
    ("y_1 and y_2 compared: 1.5e-1", 0.15),
    ("A is more likely", None),
]


@pytest.mark.parametrize(("line", "expected"), NUMBERS)
def test_the_conclusion_states_a_number(line: str, expected: float | None) -> None:
    got = number(line)
    assert (got[0] if got else None) == expected


A_RIGHT, A_SLIP = "For A: log P(A) = -0.7 + (-0.4) = -1.1", "For A: log P(A) = -0.7 + (-0.4) = -2.1"
B_RIGHT = "For B: log P(B) = -1.6 + (-0.2) = -1.8"

# (A's work, the conclusion, credit of A, of the conclusion, codes): a slip in A costs A's part only;
# a conclusion that follows the student's own numbers earns its part
CARRIED = [
    (A_RIGHT, "A is more likely.", 1.0, 1.0, []),
    (A_SLIP, "B is more likely, -1.8 > -2.1.", 0.375, 1.0, ["arithmetic-error", "final-answer-wrong"]),
    (
        A_SLIP,
        "A is more likely.",
        0.375,
        0.0,
        ["arithmetic-error", "final-answer-wrong", "less-likely-chosen"],
    ),
    (A_RIGHT, "B is more likely.", 1.0, 0.0, ["less-likely-chosen"]),
]


@pytest.mark.parametrize(("a", "conclusion", "credit_a", "credit_c", "codes"), CARRIED)
def test_a_slip_in_one_candidate_is_charged_once(
    a: str, conclusion: str, credit_a: float, credit_c: float, codes: list[str]
) -> None:
    report = grade_compare(f"{a}\n{B_RIGHT}\n{conclusion}", problem(MAIN))
    assert report.parts["A"] == pytest.approx(credit_a) and report.parts["B"] == 1.0
    assert report.parts["conclusion"] == credit_c
    assert sorted(report.codes) == sorted(codes)


RATIOS = [
    ("P(A)/P(B) = exp(0.7) = 2.01", [], 2.0),
    ("P(A)/P(B) = -1.1 / -1.8 = 0.611", ["divided-log-probs"], 1.2),
    ("Answer: 0.7", ["wrong-quantity"], 1.2),
    ("P(A)/P(B) = exp(-0.7) = 0.497", ["final-answer-wrong"], 1.2),
    ("P(A)/P(B) = 7", ["final-answer-wrong"], 1.2),
]


@pytest.mark.parametrize(("conclusion", "codes", "points"), RATIOS)
def test_the_ratio_is_checked(conclusion: str, codes: list[str], points: float) -> None:
    report = grade_compare(f"{A_RIGHT}\n{B_RIGHT}\n{conclusion}", problem(RATIO))
    assert report.codes == codes and report.score == pytest.approx(points)


def test_the_ratio_follows_the_students_own_numbers() -> None:
    text = f"{A_SLIP}\n{B_RIGHT}\nP(A)/P(B) = exp(-2.1 + 1.8) = 0.741"
    report = grade_compare(text, problem(RATIO))
    assert report.parts["conclusion"] == 1.0 and "final-answer-wrong" in report.codes  # A's own slip only


def test_per_token_asked_and_totals_compared_is_charged_on_the_conclusion_only() -> None:
    text = "For A: log P(A) = -0.7 + (-0.4) = -1.1\nFor B: log P(B) = -1.0 + (-0.3) + (-0.1) = -1.4\nA is more likely."
    report = grade_compare(text, problem(PER_TOKEN))
    assert report.codes == ["wrong-comparison-basis"]
    assert (report.parts["A"], report.parts["B"], report.parts["conclusion"]) == (1.0, 1.0, 0.0)


def test_a_total_asked_and_per_token_compared_is_the_same_mistake() -> None:
    text = "For A: (1/2) log P(A) = (-0.7 - 0.4)/2 = -0.55\nFor B: (1/2) log P(B) = (-1.6 - 0.2)/2 = -0.9\nA"
    report = grade_compare(text + " is more likely", problem(MAIN))
    assert "wrong-comparison-basis" in report.codes


def test_a_name_in_p_or_y_is_read_as_the_sequence() -> None:
    text = "Response A:\nlog P(y_A | x) = log P(deep | x) + log P(learning | x, deep) = -0.7 + -0.4 = -1.1\n"
    text += "Response B:\nlog P(B) = -1.6 + -0.2 = -1.8\nA is more likely."
    report = grade_compare(text, problem(MAIN))
    assert (report.verdict, report.codes) == ("correct", [])


def test_totals_divided_in_the_conclusion_are_per_token_values() -> None:
    text = "For A: log P(A) = -0.7 - 0.4 = -1.1\nFor B: log P(B) = -1.0 - 0.3 - 0.1 = -1.4\n"
    report = grade_compare(
        text + "Normalised: A = -0.55, B = -0.467\nB is more likely per token.", problem(PER_TOKEN)
    )
    assert (report.verdict, report.codes) == ("correct", [])


@pytest.mark.parametrize(
    "text",
    [
        "log P = -1.1 and log P = -1.8, so A is more likely.",
        "log P = -0.7 + (-0.4) = -1.1\n\nlog P = -1.6 + (-0.2) = -1.8\n\nSo A is more likely.",
        "log P = -1.6 + (-0.2) = -1.8\n\nlog P = -0.7 + (-0.4) = -1.1\n\nSo A is more likely.",  # B first
    ],
)
def test_unclear_work_is_reviewed_not_deducted(text: str) -> None:
    report = grade_compare(text, problem(MAIN))
    assert report.needs_review and report.codes == ["candidates-unclear"]
    assert report.score == report.max_score


BASE = tomllib.loads(MAIN.read_text())


def _broken(change) -> dict:  # type: ignore[no-untyped-def, type-arg]
    data = copy.deepcopy(BASE)
    change(data)
    return data


REFUSED = [
    (lambda d: d.update(ask="most_likely"), "ask", "expected one of"),
    (lambda d: d["candidates"].pop(), "candidates", "2 to 6"),
    (lambda d: d["candidates"][1].update(name="A"), "candidates[1].name", "names two candidates"),
    (lambda d: d["candidates"][0].update(nam="A"), "candidates[0].nam", "did you mean 'name'"),
    (lambda d: d["candidates"][1].update(y=[]), "candidates[1].y", "non-empty list"),
    (lambda d: d["candidates"][1].update(y=["deep", "learning"]), "candidates", "equally likely"),
    (lambda d: (d.update(ask="log_ratio"), d["candidates"].append(d["candidates"][0] | {"name": "C"})),
     "candidates", "exactly two"),
    (lambda d: d["candidates"][1].update(y=["deep", "spam"]), "model", "no (non-zero) probability"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "key", "words"), REFUSED)
def test_a_broken_compare_problem_names_its_key(change, key: str, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProblemError) as err:
        compare_from_dict(_broken(change), "p.toml")
    assert err.value.key == key and words in str(err.value)


def test_grader_check_solve_and_grade_work_on_a_compare_problem(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    right = tmp_path / "ann.txt"
    right.write_text(f"{A_RIGHT}\n{B_RIGHT}\nA is more likely.\n")
    wrong = tmp_path / "ben.txt"
    wrong.write_text(f"{A_RIGHT}\n{B_RIGHT}\nB is more likely.\n")
    assert main(["check", str(right), "--problem", str(MAIN)]) == 0
    capsys.readouterr()
    assert main(["check", str(wrong), "--problem", str(MAIN), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "incorrect" and report["parts"]["conclusion"] == 0
    assert [d["code"] for d in report["diagnostics"]] == ["less-likely-chosen"]
    assert main(["solve", "--problem", str(MAIN)]) == 0
    assert "so A is more likely" in capsys.readouterr().out
    assert main(["solve", "--problem", str(RATIO), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["answer"] == pytest.approx(2.0138, abs=1e-4)
    out = tmp_path / "out"
    assert main(["grade", str(tmp_path), "--problem", str(MAIN), "--out", str(out), "--jobs", "1"]) == 0
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert (float(rows["ann"]["score"]), float(rows["ben"]["score"])) == (2.0, 1.2)


def test_a_student_sees_no_expected_value(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    work = tmp_path / "s.txt"
    work.write_text(f"{A_SLIP}\n{B_RIGHT}\nB is more likely.\n")
    assert (
        main(["check", str(work), "--problem", str(MAIN), "--audience", "student", "--format", "json"]) == 1
    )
    shown = capsys.readouterr().out
    assert "-1.1" not in shown and "-2.1" in shown  # the answer hidden, the student's own number kept


def test_a_compare_problem_runs_on_prairielearn(tmp_path: Path) -> None:
    root = tmp_path / "job"
    for sub in ("data", "student", "tests"):
        (root / sub).mkdir(parents=True)
    (root / "data" / "data.json").write_text("{}")
    (root / "student" / "answer.txt").write_text(f"{A_RIGHT}\n{B_RIGHT}\nA is more likely.\n")
    (root / "tests" / "problem.toml").write_text(MAIN.read_text())
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    assert json.loads((root / "results" / "results.json").read_text())["score"] == 1.0


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_lines_are_graded_within_the_budget(name: str) -> None:
    from grader.core.question import grade_with_budget

    for path in (MAIN, RATIO, PER_TOKEN):
        report = grade_with_budget(
            load_question(path), HOSTILE[name].encode(), "s.txt", HANG_GUARD_SECONDS, 1024
        )
        assert report.verdict != "error", (path.name, report.codes)
