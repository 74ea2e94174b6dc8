"""Gradescope: the autograder bundle, and results.json checked key by key against the specification."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import lark
import mpmath
import numpy
import pytest
import sympy

from grader.cli import main
from tests.conftest import example_score

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = ROOT / "problems/seed/deep-learning.toml"
EXAMPLES = ROOT / "examples/deep-learning"

# Keys and values allowed by gradescope/autograder_samples docs/specs.md.
TOP_KEYS = {
    "score",
    "execution_time",
    "output",
    "output_format",
    "test_output_format",
    "test_name_format",
    "visibility",
    "stdout_visibility",
    "extra_data",
    "tests",
    "leaderboard",
}
TEST_KEYS = {
    "score",
    "max_score",
    "status",
    "name",
    "name_format",
    "number",
    "output",
    "output_format",
    "tags",
    "visibility",
    "extra_data",
}
FORMATS = {"text", "html", "simple_format", "md", "ansi"}
VISIBILITIES = {"hidden", "after_due_date", "after_published", "visible"}


BOB_SCORE = example_score("bob.txt")


def autograder_root(tmp_path: Path, submission: dict[str, str], problem: Path = PROBLEM) -> Path:
    """A folder laid out like /autograder after `gradescope build` and a student's upload."""
    root = tmp_path / "autograder"
    with zipfile.ZipFile(build_zip(tmp_path, problem)) as zf:
        zf.extractall(root / "source")
    (root / "submission").mkdir()
    for name, text in submission.items():
        (root / "submission" / name).write_text(text, encoding="utf-8")
    (root / "submission_metadata.json").write_text(json.dumps({"id": 1, "users": [{"email": "a@b.c"}]}))
    return root


def build_zip(tmp_path: Path, problem: Path = PROBLEM) -> Path:
    out = tmp_path / "autograder.zip"
    if not out.exists():
        assert main(["gradescope", "build", "--problem", str(problem), "-o", str(out)]) == 0
    return out


def check_results(data: dict) -> None:
    """Every key and value as the specification allows."""
    assert set(data) <= TOP_KEYS
    assert isinstance(data["score"], int | float) and isinstance(data["output"], str)
    assert data.get("output_format", "text") in FORMATS and data.get("test_output_format", "text") in FORMATS
    assert data.get("visibility", "visible") in VISIBILITIES
    assert data.get("stdout_visibility", "hidden") in VISIBILITIES
    assert isinstance(data.get("extra_data", {}), dict)
    for test in data["tests"]:
        assert set(test) <= TEST_KEYS
        assert {"name", "score", "max_score", "status", "output", "tags", "visibility"} <= set(test)
        assert isinstance(test["name"], str) and isinstance(test["output"], str)
        assert isinstance(test["score"], int | float) and isinstance(test["max_score"], int | float)
        assert test["status"] in ("passed", "failed") and test["visibility"] in VISIBILITIES
        assert isinstance(test["tags"], list) and all(isinstance(t, str) for t in test["tags"])
        assert test.get("output_format", "text") in FORMATS
    assert sum(t["score"] for t in data["tests"]) == pytest.approx(data["score"])


def test_bundle_holds_scripts_problem_and_a_valid_wheel(tmp_path: Path) -> None:
    with zipfile.ZipFile(build_zip(tmp_path)) as zf:
        names = zf.namelist()
        assert {"setup.sh", "run_autograder", "problem/deep-learning.toml"} <= set(names)
        for script in ("setup.sh", "run_autograder"):
            mode = zf.getinfo(script).external_attr >> 16
            assert mode & stat.S_IXUSR and zf.read(script).startswith(b"#!/usr/bin/env bash")
        wheels = [n for n in names if n.startswith("wheels/") and n.endswith("-py3-none-any.whl")]
        assert len(wheels) == 1
        wheel_path = tmp_path / Path(wheels[0]).name
        wheel_path.write_bytes(zf.read(wheels[0]))
    with zipfile.ZipFile(wheel_path) as wheel:
        contents = set(wheel.namelist())
        info = next(n.split("/")[0] for n in contents if n.endswith(".dist-info/METADATA"))
        assert {"grader/cli.py", "grader/batch.py", f"{info}/WHEEL", f"{info}/RECORD"} <= contents
        assert any(n.startswith("grader/grammars/") and n.endswith(".lark") for n in contents)
        assert not any("__pycache__" in n for n in contents)
        metadata = wheel.read(f"{info}/METADATA").decode()
        assert "Name: grader" in metadata and "Requires-Dist: lark" in metadata
        assert "grader = grader.cli:main" in wheel.read(f"{info}/entry_points.txt").decode()
        for line in wheel.read(f"{info}/RECORD").decode().splitlines():
            name, digest, size = line.split(",")
            if name.endswith("RECORD"):
                continue
            data = wheel.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert digest == f"sha256={expected}" and int(size) == len(data)


def test_bundle_includes_the_files_a_problem_names(tmp_path: Path) -> None:
    build_zip(tmp_path, ROOT / "problems/seed/logprobs-capital.toml")
    with zipfile.ZipFile(tmp_path / "autograder.zip") as zf:
        assert {"problem/logprobs-capital.toml", "problem/logprobs-capital.json"} <= set(zf.namelist())


CASES = [
    # (submission file, score, status of the first test, tags)
    ("alice.txt", 1.0, "passed", []),
    ("bob.txt", BOB_SCORE, "failed", ["multiplied-log-probs", "final-answer-wrong"]),
]


@pytest.mark.parametrize(("name", "score", "status", "tags"), CASES)
def test_run_writes_results_by_the_spec(
    tmp_path: Path, name: str, score: float, status: str, tags: list[str]
) -> None:
    root = autograder_root(tmp_path, {name: (EXAMPLES / name).read_text()})
    code = main(["gradescope", "run", "--root", str(root)])
    assert code == (0 if score == 1.0 else 1)
    data = json.loads((root / "results" / "results.json").read_text())
    check_results(data)
    assert data["score"] == pytest.approx(score)
    assert data["output_format"] == "md" and f"Score: {score:g} / 1" in data["output"]
    first = data["tests"][0]
    assert (first["status"], first["tags"], first["max_score"]) == (status, tags, 1.0)
    assert [t["tags"] for t in data["tests"][1:]] == [[t] for t in tags]
    assert "-1.1" not in data["output"] or name == "alice.txt"  # the expected answer is not revealed


def test_student_text_cannot_inject_markdown(tmp_path: Path) -> None:
    root = autograder_root(tmp_path, {"x.md": "log P(y|x) = <img src=x onerror=alert(1)> **bold**\n"})
    main(["gradescope", "run", "--root", str(root)])
    data = json.loads((root / "results" / "results.json").read_text())
    check_results(data)
    for test in data["tests"]:
        outside_fences = test["output"].split("```")[::2]
        assert not any("<img" in part for part in outside_fences)


def test_no_submitted_file_scores_zero_with_a_message(tmp_path: Path) -> None:
    root = autograder_root(tmp_path, {"answer.pdf": "%PDF"})
    assert main(["gradescope", "run", "--root", str(root)]) == 1
    data = json.loads((root / "results" / "results.json").read_text())
    check_results(data)
    assert data["score"] == 0 and ".txt" in data["output"]


def test_missing_problem_is_the_instructors_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    root = autograder_root(tmp_path, {"a.txt": "x"})
    (root / "source" / "problem" / "deep-learning.toml").unlink()
    assert main(["gradescope", "run", "--root", str(root)]) == 2
    data = json.loads((root / "results" / "results.json").read_text())
    check_results(data)
    assert "misconfigured" in data["output"]


def test_explicit_problem_overrides_the_bundle(tmp_path: Path) -> None:
    root = autograder_root(tmp_path, {"a.txt": (EXAMPLES / "alice.txt").read_text()})
    other = ROOT / "problems/seed/deep-learning-perplexity.toml"
    main(["gradescope", "run", "--root", str(root), "--problem", str(other)])
    data = json.loads((root / "results" / "results.json").read_text())
    assert data["extra_data"]["problem"] == "seed-deep-learning-perplexity"


@pytest.mark.skipif(sys.platform == "win32", reason="bash scripts")
def test_setup_and_run_autograder_scripts_end_to_end(tmp_path: Path) -> None:
    """setup.sh installs the bundled wheel (offline: the dependencies are those installed here),
    then run_autograder grades the submission with the installed grader."""
    root = autograder_root(tmp_path, {"bob.txt": (EXAMPLES / "bob.txt").read_text()})
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # Let the venv see the dependencies installed here (after its own packages), so pip needs no network.
    purelib = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    found = dict.fromkeys(str(Path(m.__file__).parent.parent) for m in (lark, mpmath, numpy, sympy))
    Path(purelib, "_deps.pth").write_text("\n".join(found) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        GRADER_VENV=str(venv),
        PIP_NO_INDEX="1",
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        AUTOGRADER_ROOT=str(root),
    )
    setup = subprocess.run(
        ["bash", str(root / "source" / "setup.sh")], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert "grader 0." in setup.stdout
    installed = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import grader; print(grader.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert str(venv) in installed.stdout  # the wheel's copy, not the working tree
    run = subprocess.run(
        ["bash", str(root / "source" / "run_autograder")],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    data = json.loads((root / "results" / "results.json").read_text())
    check_results(data)
    assert data["score"] == pytest.approx(BOB_SCORE)
