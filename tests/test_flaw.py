"""The flaw kind: the key comes from the derivation checker, plain words map to codes, and the line,
the mistake and the correction are credited as parts."""

from __future__ import annotations

import copy
import csv
import json
import tomllib
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.core.diagnostics import REGISTRY
from grader.core.problemfile import ProblemError
from grader.core.question import load_question
from grader.flaw.answer import blamed_line, correction_lines, named_codes
from grader.flaw.grade import grade_flaw
from grader.flaw.problem import flaw_from_dict
from tests.conftest import HANG_GUARD_SECONDS, HOSTILE, ROOT

MULTIPLIED = ROOT / "problems/flaw/multiplied-logs.toml"
DROPPED = ROOT / "problems/flaw/dropped-conditioning.toml"
FLAWED = (
    "log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)",
    "              = (-0.7)(-0.4)",
    "              = 0.28",
)


def problem(path: Path):  # type: ignore[no-untyped-def]
    return load_question(path).problem  # type: ignore[attr-defined]


def test_the_key_is_found_by_the_derivation_checker() -> None:
    assert (problem(MULTIPLIED).flaw.line, problem(MULTIPLIED).flaw.codes) == (2, ("multiplied-log-probs",))
    assert (problem(DROPPED).flaw.line, problem(DROPPED).flaw.codes) == (1, ("dropped-conditioning",))


BLAMED = [
    ("Line 2 is wrong.", 2),
    ("The mistake is in step 3", 3),
    ("line #2 multiplies", 2),
    ("The second line is the problem", 2),
    ("the 2nd line", 2),
    ("The last line is wrong", 3),
    ("Line 1 is correct, but line 2 multiplies the logs", 2),
    ('The step "= (-0.7)(-0.4)" is wrong', 2),
    ("(-0.7)(-0.4) should be a sum", 2),
    ("1. Wrong line: 2", 2),
    ("The mistake is in the second line, where", 2),
    ("Something is off.", None),
]


@pytest.mark.parametrize(("text", "line"), BLAMED)
def test_the_line_blamed_is_read(text: str, line: int | None) -> None:
    got = blamed_line(text.split("\n"), FLAWED)
    assert (got.line if got else None) == line


SAYS = [
    ("They multiplied the logs.", {"multiplied-log-probs"}),
    ("It multiplies the log-probabilities instead of adding them.", {"multiplied-log-probs"}),
    ("A product instead of sum: log(ab) = log a + log b.", {"multiplied-log-probs"}),
    (
        "The log probs must be added, not multiplied: instead of adding they multiply",
        {"multiplied-log-probs"},
    ),
    ("They forgot to condition on y_1.", {"dropped-conditioning"}),
    ("The second factor ignores the previous token.", {"dropped-conditioning"}),
    ("Pr(y_2 | x) is not conditioned on deep", {"dropped-conditioning"}),
    ("They added the probabilities.", {"added-probs"}),
    ("Wrong sign in the answer", {"sign-error"}),
    ("You cannot multiply log probabilities; you must add them.", {"multiplied-log-probs"}),
    ("the log-likelihoods were multiplied rather than summed", {"multiplied-log-probs"}),
    ("y_2 must depend on y_1 as well", {"dropped-conditioning"}),
    ("The conditioning on the previous token is missing.", {"dropped-conditioning"}),
    ("They added the logs.", set()),  # what the flawed line should have done, not a mistake
    ("Something is off with the numbers.", set()),
]


@pytest.mark.parametrize(("text", "codes"), SAYS)
def test_plain_english_maps_to_codes(text: str, codes: set[str]) -> None:
    assert named_codes(text, REGISTRY.values()) == codes


def test_every_phrase_of_a_code_names_it() -> None:
    for code in REGISTRY.values():
        for phrase in code.says:
            assert code.code in named_codes(f"The flaw: {phrase}.", REGISTRY.values()), (code.code, phrase)


CORRECTIONS = [
    ("Line 2 is wrong.\nCorrection: log P(y|x) = -0.7 + (-0.4) = -1.1", ["", "            log P(y|x) = -0.7 + (-0.4) = -1.1"]),
    # the blamed line named ("Line 2") and quoted are both the analysis, not steps of the correction
    ("Line 2, (-0.7)(-0.4), is wrong.\nlog P(y|x) = -1.1", ["      ,             , is wrong.", "log P(y|x) = -1.1"]),
    ("Fixed: = -0.7 + (-0.4)", ["       = -0.7 + (-0.4)"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lines"), CORRECTIONS)
def test_the_correction_is_found_and_quotes_are_left_out(text: str, lines: list[str]) -> None:
    assert correction_lines(text.split("\n"), FLAWED) == lines


BASE = tomllib.loads(MULTIPLIED.read_text())
NO_ERROR = "log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n= -0.7 + (-0.4)\n= -1.1"
TWO_ERRORS = "log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x)\n= -0.7 + (-2.3)\n= -3.1"
UNREADABLE = "log Pr(y | x) = = log Pr(y_1 | x)\n= (-0.7)(-0.4)\n= 0.28"


@pytest.mark.parametrize(
    ("flawed", "words"),
    [
        (NO_ERROR, "finds no mistake"),
        (
            TWO_ERRORS,
            "more than one independent mistake (line 1: dropped-conditioning; line 3: arithmetic-error)",
        ),
        (UNREADABLE, "line 1: the checker cannot read it"),
        ("", "expected the flawed calculation"),
    ],
)
def test_a_flawed_text_with_no_error_or_two_is_refused_naming_the_key(flawed: str, words: str) -> None:
    data = copy.deepcopy(BASE) | {"flawed": flawed}
    with pytest.raises(ProblemError) as err:
        flaw_from_dict(data, "f.toml")
    assert err.value.key == "flawed" and words in str(err.value)


def test_an_unknown_key_is_refused() -> None:
    with pytest.raises(ProblemError) as err:
        flaw_from_dict(copy.deepcopy(BASE) | {"flaw": "x"}, "f.toml")
    assert err.value.key == "flaw" and "did you mean 'flawed'" in str(err.value)


# (analysis, credit of line, mistake, correction, needs review)
PARTS = [
    ("Line 2 multiplies the logs.\nCorrection: log P(y|x) = -0.7 + (-0.4) = -1.1", 1, 1, 1, False),
    ("Line 2: the numbers are combined oddly.\nCorrection: log P(y|x) = -0.7 + (-0.4) = -1.1", 1, 1, 1, True),
    (
        "Line 2: the numbers are combined oddly.\nCorrection: log P(y|x) = -0.7 + (-0.4) = -1.3",
        1,
        0,
        0.375,
        True,
    ),
    ("Line 3 multiplies the logs.\nCorrection: log P(y|x) = -0.7 + (-0.4) = -1.1", 0, 1, 1, False),
    ("Line 2 multiplies the logs.", 1, 1, 0, False),
]


@pytest.mark.parametrize(("text", "line", "mistake", "fix", "review"), PARTS)
def test_each_part_is_credited(text: str, line: float, mistake: float, fix: float, review: bool) -> None:
    report = grade_flaw(text, problem(MULTIPLIED))
    assert report.parts == pytest.approx({"line": line, "mistake": mistake, "correction": fix})
    assert report.needs_review == review


def test_grader_check_solve_and_grade_work_on_a_flaw_problem(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ann.txt").write_text(
        "Line 1 forgot to condition on y_1.\nCorrection: log P(y|x) = -0.7 + (-0.4) = -1.1\n"
    )
    (tmp_path / "ben.txt").write_text(
        "Line 2 is wrong: they multiplied the logs.\nCorrection: log P(y|x) = -1.1\n"
    )
    assert main(["check", str(tmp_path / "ann.txt"), "--problem", str(DROPPED)]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path / "ben.txt"), "--problem", str(DROPPED), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert sorted(d["code"] for d in report["diagnostics"]) == ["wrong-line-blamed", "wrong-mistake-named"]
    assert main(["solve", "--problem", str(MULTIPLIED)]) == 0
    out = capsys.readouterr().out
    assert "First wrong line: line 2: = (-0.7)(-0.4)" in out and "multiplied-log-probs" in out
    assert main(["solve", "--problem", str(DROPPED), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["line"] == 1
    out_dir = tmp_path / "out"
    assert (
        main(["grade", str(tmp_path), "--problem", str(DROPPED), "--out", str(out_dir), "--jobs", "1"]) == 0
    )
    rows = {r["student"]: r for r in csv.DictReader((out_dir / "grades.csv").open())}
    assert (float(rows["ann"]["score"]), float(rows["ben"]["score"])) == (3.0, 1.2)


def test_a_flaw_problem_runs_on_prairielearn(tmp_path: Path) -> None:
    root = tmp_path / "job"
    for sub in ("data", "student", "tests"):
        (root / sub).mkdir(parents=True)
    (root / "data" / "data.json").write_text("{}")
    answer = "Step 2 multiplies the logs.\nCorrection: log P(y|x) = -0.7 + (-0.4) = -1.1\n"
    (root / "student" / "answer.txt").write_text(answer)
    (root / "tests" / "problem.toml").write_text(MULTIPLIED.read_text())
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    assert json.loads((root / "results" / "results.json").read_text())["score"] == 1.0


@pytest.mark.parametrize("name", ["spaces", "digits", "negations", "log and spaces", "relations"])
def test_hostile_lines_are_graded_within_the_budget(name: str) -> None:
    from grader.core.question import grade_with_budget

    text = HOSTILE[name].replace("For A:", "Correction:")
    for path in (MULTIPLIED, DROPPED):
        report = grade_with_budget(load_question(path), text.encode(), "s.txt", HANG_GUARD_SECONDS, 1024)
        assert report.verdict != "error", (path.name, report.codes)
