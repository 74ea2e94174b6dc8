"""Gradescope: the autograder bundle, and results.json checked key by key against the specification."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest

from grader.classwork.bundle import pinned_requirements
from grader.cli.main import main
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


def fake_wheels(folder: Path) -> Path:
    """Wheel files named for the installed dependencies (contents irrelevant: nothing installs them here)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, version in pinned_requirements():
        tag = "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64" if name == "numpy" else "py3-none-any"
        (folder / f"{name}-{version}-{tag}.whl").write_bytes(f"{name} {version}".encode())
    return folder


def autograder_root(tmp_path: Path, submission: dict[str, str], *problems: Path) -> Path:
    """A folder laid out like /autograder after `gradescope build` and a student's upload."""
    root = tmp_path / "autograder"
    with zipfile.ZipFile(build_zip(tmp_path, *problems)) as zf:
        zf.extractall(root / "source")
    (root / "submission").mkdir()
    for name, text in submission.items():
        (root / "submission" / name).write_text(text, encoding="utf-8")
    (root / "submission_metadata.json").write_text(json.dumps({"id": 1, "users": [{"email": "a@b.c"}]}))
    return root


def build_zip(tmp_path: Path, *problems: Path) -> Path:
    out = tmp_path / "autograder.zip"
    if not out.exists():
        wheels = fake_wheels(tmp_path / "fake-wheels")
        given = [arg for p in problems or (PROBLEM,) for arg in ("--problem", str(p))]
        assert main(["gradescope", "build", *given, "--wheels", str(wheels), "-o", str(out)]) == 0
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
        wheels = [n for n in names if n.startswith("wheels/grader-") and n.endswith("-py3-none-any.whl")]
        assert len(wheels) == 1
        wheel_path = tmp_path / Path(wheels[0]).name
        wheel_path.write_bytes(zf.read(wheels[0]))
    with zipfile.ZipFile(wheel_path) as wheel:
        contents = set(wheel.namelist())
        info = next(n.split("/")[0] for n in contents if n.endswith(".dist-info/METADATA"))
        assert {
            "grader/cli/main.py",
            "grader/classwork/batch.py",
            f"{info}/WHEEL",
            f"{info}/RECORD",
        } <= contents
        assert any(n.startswith("grader/grammars/") and n.endswith(".lark") for n in contents)
        assert not any("__pycache__" in n for n in contents)
        metadata = wheel.read(f"{info}/METADATA").decode()
        assert "Name: grader" in metadata and "Requires-Dist: lark" in metadata
        assert "grader = grader.cli.main:main" in wheel.read(f"{info}/entry_points.txt").decode()
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
    assert main(["gradescope", "run", "--root", str(root)]) == 0  # results written, whatever the score
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
    assert main(["gradescope", "run", "--root", str(root)]) == 0
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
    assert data["extra_data"]["problems"][0]["problem"] == "seed-deep-learning-perplexity"


def problem_copy(folder: Path, stem: str) -> Path:
    """The deep-learning problem saved as FOLDER/STEM.toml with id STEM (one question of several)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.toml"
    path.write_text(PROBLEM.read_text().replace('id = "seed-deep-learning"', f'id = "{stem}"', 1))
    return path


SEVERAL = [
    # (student files, score, (score, max_score, status) of each question's test in order)
    ({"q1.txt": "alice", "q2.md": "alice"}, 2.0, [(1.0, 1.0, "passed"), (1.0, 1.0, "passed")]),
    ({"q1.txt": "alice", "q2.txt": "bob"}, 1 + BOB_SCORE, [(1.0, 1.0, "passed"), (BOB_SCORE, 1.0, "failed")]),
    ({"q2/work.txt": "alice"}, 1.0, [(0.0, 1.0, "failed"), (1.0, 1.0, "passed")]),  # a folder named q2
    ({"Q1.TXT": "alice", "notes.txt": "bob"}, 1.0, [(1.0, 1.0, "passed"), (0.0, 1.0, "failed")]),
]


@pytest.mark.parametrize(("student", "score", "heads"), SEVERAL)
def test_one_bundle_grades_several_questions_by_file_name(
    tmp_path: Path, student: dict[str, str], score: float, heads: list[tuple[float, float, str]]
) -> None:
    texts = {"alice": (EXAMPLES / "alice.txt").read_text(), "bob": (EXAMPLES / "bob.txt").read_text()}
    q1, q2 = problem_copy(tmp_path / "p", "q1"), problem_copy(tmp_path / "p", "q2")
    root = autograder_root(tmp_path, {}, q1, q2)
    for name, text in student.items():
        (root / "submission" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "submission" / name).write_text(texts[text])
    assert main(["gradescope", "run", "--root", str(root)]) == 0
    data = json.loads((root / "results" / "results.json").read_text())
    check_results(data)
    assert data["score"] == pytest.approx(score)
    scored = [t for t in data["tests"] if t["max_score"] > 0]
    assert [(pytest.approx(t["score"]), t["max_score"], t["status"]) for t in scored] == heads
    assert [t["number"] for t in scored] == ["1", "2"]
    for (got, _, _), test in zip(heads, scored):
        if got == 0.0:
            assert "submit it as q" in test["output"] and ".txt" in test["output"]  # names the expected file
    if "notes.txt" in student:
        assert "notes.txt" in data["output"]  # said not to match any question


def test_build_bundles_every_problem_given(tmp_path: Path) -> None:
    q1, q2 = problem_copy(tmp_path / "a", "q1"), problem_copy(tmp_path / "b", "q2")
    with zipfile.ZipFile(build_zip(tmp_path, q1, q2, ROOT / "problems/seed/logprobs-capital.toml")) as zf:
        names = set(zf.namelist())
    assert {"problem/q1.toml", "problem/q2.toml", "problem/logprobs-capital.toml"} <= names


CLASHES = [
    # (problem files as (folder, stem, id), words in the error)
    ([("a", "q1", "same"), ("b", "q2", "same")], "distinct ids"),
    ([("a", "q1", "x1"), ("b", "q1", "x2")], "also named q1.toml"),
]


@pytest.mark.parametrize(("specs", "words"), CLASHES)
def test_build_refuses_problems_that_clash(
    tmp_path: Path, capsys: pytest.CaptureFixture, specs: list[tuple[str, str, str]], words: str
) -> None:
    paths = []
    for folder, stem, ident in specs:
        path = problem_copy(tmp_path / folder, stem)
        path.write_text(path.read_text().replace(f'id = "{stem}"', f'id = "{ident}"'))
        paths.append(path)
    given = [arg for p in paths for arg in ("-p", str(p))]
    wheels = fake_wheels(tmp_path / "w")
    assert main(["gradescope", "build", *given, "--wheels", str(wheels), "-o", str(tmp_path / "z.zip")]) == 2
    assert words in capsys.readouterr().err and not (tmp_path / "z.zip").exists()


@pytest.mark.parametrize("platform", ["gradescope", "prairielearn"])
def test_student_feedback_is_rendered_from_the_student_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    """What a student sees passes through grader.derivation.audience.student_view (the answer-secrecy seam)."""
    import dataclasses

    import grader.derivation.audience

    def marked(report, problem, now=None):  # type: ignore[no-untyped-def]
        return dataclasses.replace(report, diagnostics=(), final_answer=None, verdict="viewed-for-students")

    monkeypatch.setattr(grader.derivation.audience, "student_view", marked)
    bob = (EXAMPLES / "bob.txt").read_text()
    if platform == "gradescope":
        root = autograder_root(tmp_path, {"bob.txt": bob})
        main(["gradescope", "run", "--root", str(root)])
    else:
        root = tmp_path / "grade"
        for folder in ("data", "student", "tests"):
            (root / folder).mkdir(parents=True)
        (root / "data" / "data.json").write_text("{}")
        (root / "student" / "bob.txt").write_text(bob)
        (root / "tests" / "problem.toml").write_bytes(PROBLEM.read_bytes())
        main(["prairielearn", "run", "--root", str(root)])
    text = (root / "results" / "results.json").read_text()
    assert "viewed-for-students" in text
    assert (
        "multiplied-log-probs" not in text and "0.28" not in text
    )  # bob's final answer, dropped by the view
