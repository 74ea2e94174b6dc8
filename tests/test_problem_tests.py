"""`grader problems test` runs the question tests of problem files like a test runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.cli.main import main
from tests.conftest import ROOT

BASE = (ROOT / "problems/seed/deep-learning.toml").read_text().split("\n# Question tests")[0]


def write(tmp_path: Path, examples: str) -> Path:
    path = tmp_path / "q.toml"
    path.write_text(BASE + "\n" + examples)
    return path


def test_bundled_problems_pass_and_each_has_five_examples(capsys: pytest.CaptureFixture[str]) -> None:
    from grader.core.question import load_question

    for path in (ROOT / "problems").rglob("*.toml"):
        assert len(load_question(path).examples) >= 5, path
    assert main(["problems", "test", str(ROOT / "problems")]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].endswith(" passed, 0 failed")


def test_a_failing_example_is_reported_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "[[examples]]\nname = 'right'\nsubmission = 'log P(y|x) = -0.7 + (-0.4) = -1.1'\nverdict = 'correct'\n\n"
        "[[examples]]\nname = 'claims a wrong code'\nsubmission = 'log P(y|x) = -0.7 + (-0.4) = -1.3'\n"
        "codes = ['sign-error', { code = 'final-answer-wrong', line = 2 }]\n",
    )
    assert main(["problems", "test", str(path)]) == 1
    out = capsys.readouterr().out
    assert "ok    right" in out
    assert "FAIL  claims a wrong code: unexpected arithmetic-error; missing sign-error" in out
    assert "final-answer-wrong on line 1, expected line 2" in out
    assert "1 passed, 1 failed" in out


def test_broken_examples_exit_2_with_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(
        tmp_path, "[[examples]]\nname = 'x'\nsubmission = 'log P(y|x) = -1.1'\ncodes = ['no-such-code']\n"
    )
    assert main(["problems", "test", str(path)]) == 2
    err = capsys.readouterr().err
    assert "examples[0].codes[0]" in err and str(path) in err
