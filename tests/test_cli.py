"""The `grader` command as users run it: output, exit codes, errors for people."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from grader.cli.main import main
from tests.conftest import ROOT

DL = str(ROOT / "problems/seed/deep-learning.toml")
ALICE = str(ROOT / "examples/deep-learning/alice.txt")
BOB = str(ROOT / "examples/deep-learning/bob.txt")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_full_marks_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", ALICE, "--problem", DL)
    assert code == 0
    assert "verdict: correct" in out


def test_compiler_style_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", BOB, "--problem", DL)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{BOB}:3:3: multiplied-log-probs: ")
    assert lines[1] == " 3 | = (-0.7)(-0.4)"
    assert lines[2] == "   |   ^^^^^^^^^^^^"
    assert lines[3].startswith("   = hint: ")
    assert "verdict: incorrect" in out


def test_json_report_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", BOB, "--problem", DL, "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert {
        "problem",
        "submission",
        "verdict",
        "score",
        "max_score",
        "final_answer",
        "diagnostics",
        "steps",
    } <= set(report)
    assert report["final_answer"] == {
        "value": 0.28,
        "expected": pytest.approx(-1.1),
        "correct": False,
        "line": 4,
    }
    first = report["diagnostics"][0]
    assert {k: first[k] for k in ("code", "severity", "line", "column", "end_line", "end_column")} == {
        "code": "multiplied-log-probs",
        "severity": "error",
        "line": 3,
        "column": 3,
        "end_line": 3,
        "end_column": 15,
    }
    assert first["message"] and first["hint"]
    assert report["steps"][0] == {"line": 2, "kind": "identity", "status": "ok"}


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ("ask = 'log_likelihood'\n", "sequence"),
        (
            "ask = 'loglik'\n[sequence]\nx='q'\ny=['a']\n[model]\nkind='table'\n[[model.entries]]\ntoken='a'\nprob=1\n",
            "ask",
        ),
        (
            "ask = 'probability'\n[sequence]\nx='q'\ny=['a']\n[model]\nkind='table'\n[[model.entries]]\ntoken='a'\nprob=1.5\n",
            "model.entries[0].prob",
        ),
        (
            "ask = 'probability'\n[sequence]\nx='q'\ny=['a']\n[model]\nkind='table'\n[[model.entries]]\ntoken='a'\nlogprob=0.5\n",
            "model.entries[0].logprob",
        ),
        ("ask = 'probability'\n[sequence]\nx='q'\ny=['a']\n[model]\nkind='lstm'\n", "model.kind"),
        (
            "ask = 'probability'\ntolerance = 'small'\n[sequence]\nx='q'\ny=['a']\n[model]\nkind='table'\n[[model.entries]]\ntoken='a'\nprob=1\n",
            "tolerance",
        ),
        (
            "ask = 'probability'\n[sequence]\nx=['<s>']\ny=['a']\n[model]\nkind='ngram'\norder=2\n[[model.entries]]\ntoken='a'\ncontext=['<s>', 'b']\nprob=1\n",
            "model.entries[0].context",
        ),
        (
            "ask = 'probability'\n[sequence]\nx='q'\ny=['a', 'b']\n[model]\nkind='table'\n[[model.entries]]\ntoken='a'\nprob=1\n",
            "model",
        ),
        ("ask = = 'probability'\n", "not valid TOML"),
    ],
)
def test_broken_problem_file_exit_2_names_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, expected: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(toml)
    code, out, err = run(capsys, "check", ALICE, "--problem", str(path))
    assert code == 2
    assert out == ""
    assert str(path) in err and expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["check", ALICE], "--problem"),
        (["check", ALICE, "-p", DL, "--timeout", "nan"], "--timeout"),
        (["check", ALICE, "-p", DL, "--timeout", "0"], "--timeout"),
        (["check", ALICE, "-p", DL, "--timeout", "-1"], "--timeout"),
        (["check", ALICE, "-p", DL, "--timeout", "inf"], "--timeout"),
        (["check", ALICE, "-p", DL, "--memory", "lots"], "--memory"),
    ],
)
def test_bad_arguments_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_a_grader_failure_has_its_own_status(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug or a timeout exits 3, never 1: a script can tell "the grader failed" from "lost marks"."""
    import grader.core.question

    def crash(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(grader.core.question, "grade_with_budget", crash)
    code, out, err = run(capsys, "check", ALICE, "--problem", DL)
    assert code == 3 and "internal error" in err and "boom" in err and "Traceback" not in err


def _slow(*_args: object) -> None:
    import time

    time.sleep(30)


def test_a_grading_timeout_exits_3(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import grader.derivation.grade

    monkeypatch.setattr(grader.derivation.grade, "grade_bytes", _slow)
    code, out, _ = run(capsys, "check", ALICE, "--problem", DL, "--timeout", "0.3")
    assert code == 3 and "grader-timeout" in out and "verdict: error" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "/no/such/file.txt", "--problem", DL)
    assert code == 2 and "cannot read /no/such/file.txt" in err


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "multiplied-log-probs")
    assert code == 0
    for section in ("What it catches", "Why it is wrong", "Example", "Use instead"):
        assert section in out
    code, out, _ = run(capsys, "explain")
    assert code == 0 and "dropped-conditioning" in out
    code, _, err = run(capsys, "explain", "multiplied-log-prob")
    assert code == 2 and "did you mean multiplied-log-probs" in err


def test_python_dash_m_is_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "grader", "check", BOB, "--problem", DL],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"{BOB}:3:3: multiplied-log-probs" in result.stdout
    assert result.stderr == ""


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    data = Path(ALICE).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "check", "-", "--problem", DL)
    assert code == 0 and "verdict: correct" in out
