"""kind = "window": the full model against its k-window, end to end through the seam and the CLI."""

from __future__ import annotations

import csv
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from grader.cli.main import main
from grader.core.problemfile import ProblemError
from grader.core.question import load_question, question_from_dict
from grader.window.grade import chosen_model
from grader.window.question import WindowQuestion
from grader.window.sections import split
from tests.conftest import ROOT

TABLE = ROOT / "problems/window/deep-learning-window.toml"
NET = ROOT / "problems/window/transformer-window.toml"

RIGHT = """Full model:
log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.1

Window model (k = 1):
log P(y|x) = log P(y_1|ML) + log P(y_2|y_1) = -2.2 + (-0.9) = -3.1

Gap: -1.1 - (-3.1) = 2.0

Cheaper: the window model, it attends to one token.
"""
WRONG = RIGHT.replace("= -2.2 + (-0.9) = -3.1", "= -0.7 + (-0.4) = -1.1").replace(
    "(-3.1) = 2.0", "(-1.1) = 0"
)


def question(path: Path = TABLE) -> WindowQuestion:
    q = load_question(path)
    assert isinstance(q, WindowQuestion)
    return q


def test_references_and_misreadings_come_from_the_models() -> None:
    table, net = question(TABLE).problem, question(NET).problem
    assert (table.full.reference.value, table.windowed.reference.value) == pytest.approx((-1.1, -3.1))
    assert table.gap == pytest.approx(2.0)
    assert table.windowed.model.window == 1 and table.full.model.window is None
    assert table.alternatives["window-kept-too-few"] == pytest.approx(-7.2)
    assert table.alternatives["window-kept-extra-token"] == pytest.approx(-1.9)
    # the transformer's statement prints its k = 2 column: the k+1 misreading is that column's sum
    assert net.alternatives["window-kept-extra-token"] == pytest.approx(-2.3668 - 1.5100, abs=1e-4)
    assert net.alternatives["window-kept-too-few"] is None  # a transformer cannot read 0 tokens
    assert net.gap == pytest.approx(-3.6492 + 4.9718, abs=1e-4)


def test_check_gives_full_marks_and_exit_0_and_json_for_wrong_work(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "right.txt").write_text(RIGHT)
    (tmp_path / "wrong.txt").write_text(WRONG)
    assert main(["check", str(tmp_path / "right.txt"), "--problem", str(TABLE)]) == 0
    assert "score: 4 / 4  verdict: correct" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "wrong.txt"), "--problem", str(TABLE), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "incorrect" and report["max_score"] == 4
    assert "window-used-full-history" in [d["code"] for d in report["diagnostics"]]
    assert report["parts"]["full"] == 1 and report["parts"]["cost"] == 1 and report["parts"]["window"] < 1
    assert report["final_answer"]["expected"] == pytest.approx(2.0)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_solve_prints_both_derivations_the_gap_and_the_cost(fmt: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["solve", "--problem", str(NET), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        data = json.loads(out)
        assert data["kind"] == "window" and data["window"] == 1 and data["cheaper"] == "window"
        assert data["gap"] == pytest.approx(data["full"]["answer"] - data["windowed"]["answer"])
        assert data["windowed"]["model"]["window"] == 1
    else:
        assert "Window model (k = 1)" in out and "-4.97178" in out and "1.32256" in out
        assert "56 attention scores for the full model, 14 for the window" in out


def test_a_class_is_graded_and_runs_on_prairielearn(tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "ann.txt").write_text(RIGHT)
    (folder / "ben.txt").write_text(WRONG)
    (folder / "cat.txt").write_bytes(b"\xff\xfe\x00junk")
    out = tmp_path / "out"
    assert main(["grade", str(folder), "--problem", str(TABLE), "--out", str(out), "--jobs", "1"]) == 0
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert rows["ann"]["score"] == "4"
    assert 0 < float(rows["ben"]["score"]) < 4
    assert float(rows["cat"]["score"]) == 0
    root = tmp_path / "job"
    for sub in ("data", "student", "tests"):
        (root / sub).mkdir(parents=True)
    (root / "data" / "data.json").write_text("{}")
    (root / "student" / "answer.txt").write_text(RIGHT)
    (root / "tests" / "problem.toml").write_text(TABLE.read_text())
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    assert json.loads((root / "results" / "results.json").read_text())["score"] == 1.0


def test_bundled_examples_pass() -> None:
    assert main(["problems", "test", str(ROOT / "problems/window")]) == 0


def test_students_do_not_see_the_window_value_or_gap_they_did_not_write() -> None:
    q = question()
    report = q.grade(WRONG.encode(), "ben.txt")
    shown = " ".join(d.message + d.hint for d in q.student_view(report).diagnostics)
    staff = " ".join(d.message + d.hint for d in report.diagnostics)
    assert "3.1" in staff and "3.1" not in shown and "2.0" not in shown
    assert q.student_view(report).final_answer.expected is None  # type: ignore[union-attr]


def _data(**changes: Any) -> dict[str, Any]:
    data = tomllib.loads(TABLE.read_text())
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def _net(**model: Any) -> dict[str, Any]:
    data = tomllib.loads(NET.read_text())
    data["model"].update(model)
    return data


@pytest.mark.parametrize(
    ("data", "key", "words"),
    [
        (_data(window=None), "window", "missing"),
        (_data(window=-1), "window", "whole number"),
        (_data(ask="gap"), "ask", "window_gap"),
        (_data(cheaper="yes"), "cheaper", "true or false"),
        (_data(window_entries=None), "window_entries", "[[window_entries]]"),
        (_data(window_entries=[{"tokn": "deep", "context": ["ML"], "prob": 0.5}]), "window_entries[0].tokn", "token"),
        (_data(window_entries=[{"token": "deep", "context": ["ML"], "prob": 2}]), "window_entries[0].prob", "[0, 1]"),
        (_data(window_entries=[{"token": "deep", "context": ["ML"], "prob": 0.5}]), "window_entries", "learning"),
        (_data(windw=2), "windw", "did you mean 'window'"),
        (_net(window=1), "model.window", "top-level `window`"),
        (_net(layers=2) | {"window": 2}, "model.window", "layers = 1"),
        (_net() | {"window": 0}, "model.window", "at least 1"),
        (_net() | {"window_entries": []}, "window_entries", "only a table"),
    ],
)  # fmt: skip
def test_problem_file_errors_name_the_key(data: dict[str, Any], key: str, words: str) -> None:
    with pytest.raises(ProblemError) as err:
        question_from_dict(data, "w.toml")
    assert err.value.key == key, err.value
    assert words in str(err.value) and "w.toml" in str(err.value)


def test_a_broken_window_problem_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(TABLE.read_text().replace("window = 1\n", "window = 'one'\n", 1))
    (tmp_path / "s.txt").write_text(RIGHT)
    assert main(["check", str(tmp_path / "s.txt"), "--problem", str(bad)]) == 2


SECTION_CASES = [
    # (submission, {part: lines it owns})
    ("Full model:\nlog P(y|x) = -1.1\nWindow model (k = 1):\nlog P(y|x) = -3.1\nGap: 2.0\nCheaper: window",
     {"full": [2], "window": [4], "gap": [5], "cost": [6]}),
    ("**Full-context model.**\nlog P(y|x) = -1.1\n\n## 1-window model\nlog P(y|x) = -3.1",
     {"full": [2], "window": [5]}),
    ("log P(y|x) = a\n= -1.1\n\nlog P(y|x) = b\n= -3.1\nlog P_full - log P_1 = 2.0\nThe window model is cheaper.",
     {"full": [1, 2], "window": [4, 5], "gap": [6], "cost": [7]}),
    ("(a) log P(y|x) = -1.1\n(b) log P(y|x) = -3.1\n(c) gap = 2.0\n(d) The window model costs less.",
     {"full": [1], "window": [2], "gap": [3], "cost": [4]}),
    ("Window model: log P(y|x) = -3.1\nFull model: log P(y|x) = -1.1", {"window": [1], "full": [2]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "owners"), SECTION_CASES)
def test_parts_are_found_by_labels_or_order(text: str, owners: dict[str, list[int]]) -> None:
    sections = split(text.split("\n"))
    for part, lines in owners.items():
        # a derivation's lines are its working; a cost answer may be all heading ("The window model is cheaper.")
        found = sections.owned(part) if part == "cost" else sections.line_numbers(part)
        assert found == lines, part


def test_a_part_keeps_its_line_numbers_and_reads_model_subscripts_as_p() -> None:
    sections = split(["Full model:", "log P(y|x) = -1.1", "Window:", "log P_1(y|x) = log P_{k}(y_1|ML)"])
    window = sections.text("window").split("\n")
    assert window[:2] == ["", ""] and window[3] == "log P  (y|x) = log P    (y_1|ML)"


@pytest.mark.parametrize(
    ("answer", "choice"),
    [
        ("the window model", "window"),
        ("The k = 1 model, it attends to one token", "window"),
        ("the full model", "full"),
        ("The full model is more expensive", "window"),
        ("The window model is cheaper than the full model", "window"),
        ("The full model is cheaper than the window model", "full"),
        ("The full model costs more than the windowed one", "window"),
        ("it depends", None),
    ],
)
def test_which_model_a_cost_answer_chooses(answer: str, choice: str | None) -> None:
    assert chosen_model(answer) == choice


@pytest.mark.parametrize(
    "line",
    [
        "log p - " * 250,
        "Gap " + "log p - log p " * 120,
        "(a) " * 500,
        "= " + "1" * 900 + " - " + "2" * 900 + " = 3",
        "P_1" * 600 + "(",
        ("Cheaper " + "window full more ") * 80,
    ],
    ids=lambda line: line[:12],
)
def test_hostile_lines_are_read_in_linear_time(line: str) -> None:
    import time

    started = time.perf_counter()
    report = question().grade(("\n".join([line] * 20)).encode(), "hostile.txt")
    assert time.perf_counter() - started < 5
    assert report.verdict in ("incorrect", "unparsable")


@pytest.mark.parametrize(
    ("ask", "cheaper", "parts", "final"),
    [
        ("windowed", False, ["window"], -3.1),
        ("full", True, ["full", "cost"], -1.1),
        ("window_gap", False, ["full", "window", "gap"], 2.0),
    ],
)
def test_ask_chooses_the_parts_and_the_final_answer(
    ask: str, cheaper: bool, parts: list[str], final: float
) -> None:
    q = question_from_dict(_data(ask=ask, cheaper=cheaper, points=2), "w.toml")
    report = q.grade(RIGHT.encode(), "s.txt")
    assert list(report.parts) == parts
    assert (report.verdict, report.score) == ("correct", 2)
    assert report.final_answer is not None and report.final_answer.value == pytest.approx(final)
    half = q.grade(WRONG.encode(), "s.txt")
    assert half.score < 2 if "window" in parts else half.score == 2


def test_prose_lead_ins_and_a_remark_after_the_gap_are_read() -> None:
    text = (
        "Under the full model, log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.1\n"
        "For the window model (k=1), log P(y|x) = log P(y_1|ML) + log P(y_2|y_1) = -2.2 + (-0.9) = -3.1\n"
        "The gap is log P_full - log P_1 = -1.1 - (-3.1) = 2.0\n"
        "so the full model finds y about e^2 ≈ 7.39 times more likely.\n"
        "The window model is cheaper since it reads 1 token.\n"
    )
    report = question().grade(text.encode(), "s.txt")
    assert (report.verdict, report.score, report.codes) == ("correct", 4, [])


def test_gradescope_runs_a_window_question_without_revealing_the_window_value(tmp_path: Path) -> None:
    from tests.test_gradescope import autograder_root, check_results

    root = autograder_root(tmp_path, {"answer.txt": WRONG}, TABLE)
    assert main(["gradescope", "run", "--root", str(root)]) == 0
    data = json.loads((root / "results" / "results.json").read_text())
    check_results(data)
    assert 0 < data["score"] < 4
    assert "window-used-full-history" in json.dumps(data["tests"])
    assert "-3.1" not in data["output"]  # the window model's value was not written by the student
