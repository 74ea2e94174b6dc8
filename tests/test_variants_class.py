"""Each platform grades a student against their own variant: `grader grade` (the manifest's student and
--salt), Gradescope (submission_metadata.json) and PrairieLearn (params.grader_variant)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.core.question import Question, VariantQuestion, load_question
from tests.conftest import ROOT

PROBLEM = ROOT / "problems/variants/deep-learning.toml"
CLASS = ("ann", "ben", "cat", "dan", "eve")


def variant(student: str, salt: str | None = None) -> VariantQuestion:
    question = load_question(PROBLEM, student, salt)
    assert isinstance(question, VariantQuestion)
    return question


def work(question: Question) -> str:
    """A right derivation with the numbers of the variant's own statement (as a student reads them)."""
    assert isinstance(question, VariantQuestion)
    a, b = question.variant["lp_deep"], question.variant["lp_learning"]
    assert f"= {a:g}\n" in question.statement and f"= {b:g}\n" in question.statement
    return f"log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x,y_1)\n= {a:g} + ({b:g})\n= {a + b:.4g}\n"


def other_answer(student: str, salt: str | None = None) -> tuple[str, str]:
    """A classmate whose variant has a different answer, and their (right for them) work."""
    mine = variant(student, salt).inner.problem.reference.value  # type: ignore[attr-defined]
    for k in range(100):
        them = variant(f"classmate-{k}", salt)
        if abs(them.inner.problem.reference.value - mine) > 0.05:  # type: ignore[attr-defined]
            return f"classmate-{k}", work(them)
    raise AssertionError("every classmate drew the same answer")


def grade_class(tmp_path: Path, texts: dict[str, str], *extra: str) -> dict[str, dict[str, str]]:
    folder = tmp_path / "class"
    folder.mkdir(exist_ok=True)
    lines = ["student,problem,file"]
    for student, text in texts.items():
        (folder / f"{student}.txt").write_text(text)
        lines.append(f"{student},{PROBLEM},{student}.txt")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    argv = ["grade", "--manifest", str(folder / "manifest.csv"), "--out", str(out), "--jobs", "2", *extra]
    assert main(argv) == 0
    return {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}


def test_a_class_each_with_their_own_numbers_is_graded_against_their_own_variant(tmp_path: Path) -> None:
    answers = {s: variant(s, "fall").inner.problem.reference.value for s in CLASS}  # type: ignore[attr-defined]
    assert len(set(answers.values())) >= 3  # the class really has different numbers
    copier, copied = other_answer("eve", "fall")
    texts = {s: work(variant(s, "fall")) for s in CLASS[:4]} | {"eve": copied}
    rows = grade_class(tmp_path, texts, "--salt", "fall")
    for s in CLASS[:4]:
        assert (rows[s]["score"], rows[s]["verdict"]) == ("1", "correct"), (s, rows[s])
        drawn = variant(s, "fall").variant
        assert rows[s]["variant"] == f"lp_deep={drawn['lp_deep']:g}; lp_learning={drawn['lp_learning']:g}"
        record = json.loads((tmp_path / "out" / "variants-deep-learning" / f"{s}.json").read_text())
        assert record["variant"] == drawn
    assert rows["eve"]["verdict"] == "incorrect" and float(rows["eve"]["score"]) < 1  # copied {copier}'s work
    page = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "out"), "-o", str(page)]) == 0
    html = page.read_text()  # the class had many numbers: the page shows the template and says so
    assert "{{ logP(deep | x) }}" in html and "their own values of lp_deep, lp_learning" in html


def test_resume_keeps_the_same_draws_and_regrades_when_the_salt_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {s: work(variant(s, "fall")) for s in CLASS}
    grade_class(tmp_path, texts, "--salt", "fall")
    capsys.readouterr()
    rows = grade_class(tmp_path, texts, "--salt", "fall", "--resume")
    assert "(0 now, 5 from an earlier run)" in capsys.readouterr().out
    assert all(r["score"] == "1" for r in rows.values())
    rows = grade_class(tmp_path, texts, "--salt", "spring", "--resume")  # new draws: nothing is kept
    assert "(5 now, 0 from an earlier run)" in capsys.readouterr().out
    moved = [s for s in CLASS if variant(s, "spring").variant != variant(s, "fall").variant]
    assert moved and all(float(rows[s]["score"]) < 1 for s in moved)  # last term's work, this term's numbers


def test_the_file_salt_is_used_when_no_salt_is_given(tmp_path: Path) -> None:
    rows = grade_class(tmp_path, {s: work(variant(s)) for s in CLASS})
    assert all(r["score"] == "1" for r in rows.values())


def gradescope_root(tmp_path: Path, text: str, user: dict[str, object] | None) -> Path:
    root = tmp_path / "autograder"
    (root / "submission").mkdir(parents=True)
    (root / "submission" / "answer.txt").write_text(text)
    if user is not None:
        metadata = {"id": 7, "users": [user], "assignment": {"id": 1}}
        (root / "submission_metadata.json").write_text(json.dumps(metadata))
    return root


@pytest.mark.parametrize(
    ("user", "key"),
    [({"email": "ann@uni.edu", "id": 11, "name": "Ann"}, "ann@uni.edu"), ({"id": 12, "name": ""}, "12")],
)
def test_gradescope_grades_against_the_variant_of_the_student_in_the_metadata(
    tmp_path: Path, user: dict[str, object], key: str
) -> None:
    mine = work(variant(key))
    root = gradescope_root(tmp_path / "own", mine, user)
    assert main(["gradescope", "run", "--root", str(root), "--problem", str(PROBLEM)]) == 0
    results = json.loads((root / "results" / "results.json").read_text())
    assert results["score"] == 1.0
    stored = results["extra_data"]["problems"][0]  # stored for staff, not shown: which numbers were graded
    assert stored["variant"] == variant(key).variant and stored["needs_review"] is False
    _, theirs = other_answer(key)
    root = gradescope_root(tmp_path / "copied", theirs, user)
    assert main(["gradescope", "run", "--root", str(root), "--problem", str(PROBLEM)]) == 0
    assert json.loads((root / "results" / "results.json").read_text())["score"] < 1.0


def pl_job(tmp_path: Path, text: str, params: dict[str, object]) -> Path:
    root = tmp_path / "grade"
    for sub in ("data", "student", "tests"):
        (root / sub).mkdir(parents=True)
    (root / "data" / "data.json").write_text(json.dumps({"params": params, "submitted_answers": {}}))
    (root / "student" / "answer.txt").write_text(text)
    (root / "tests" / "problem.toml").write_bytes(PROBLEM.read_bytes())
    return root


def test_prairielearn_variants_table_and_run_grade_the_variant_named_in_params(tmp_path: Path) -> None:
    table_path = tmp_path / "variants.json"
    assert main(["prairielearn", "variants", str(PROBLEM), "-n", "30", "-o", str(table_path)]) == 0
    table = json.loads(table_path.read_text())
    assert table["count"] == 30 and [v["name"] for v in table["variants"]] == [f"v{k}" for k in range(1, 31)]
    assert len({json.dumps(v["params"], sort_keys=True) for v in table["variants"]}) > 10
    for row in table["variants"][:5]:  # the table's statement and params are what grading uses
        assert (
            row["params"] == variant(row["name"]).variant
            and row["statement"] == variant(row["name"]).statement
        )
    picked = table["variants"][2]["name"]
    root = pl_job(tmp_path / "own", work(variant(picked)), {"grader_variant": picked})
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    results = json.loads((root / "results" / "results.json").read_text())
    assert results["score"] == 1.0
    assert results["variants"] == [variant(picked).variant] and results["needs_review"] is False
    _, theirs = other_answer(picked)
    root = pl_job(tmp_path / "copied", theirs, {"grader_variant": picked})
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    assert json.loads((root / "results" / "results.json").read_text())["score"] < 1.0


def test_prairielearn_variants_refuses_a_problem_without_params(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = ROOT / "problems/seed/deep-learning.toml"
    assert main(["prairielearn", "variants", str(seed), "-o", str(tmp_path / "v.json")]) == 2
    assert "no [params] table" in capsys.readouterr().err


def test_a_variant_the_model_refuses_stops_the_run_naming_the_student_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'id = "bad"\nask = "probability"\n[params]\np = [0.5, 1.5]\n[model]\nkind = "table"\n'
        '[[model.entries]]\ntoken = "a"\ncontext = []\nprob = "{{ p }}"\n[sequence]\nx = "q"\ny = ["a"]\n'
    )
    folder = tmp_path / "subs"
    folder.mkdir()
    for s in CLASS:
        (folder / f"{s}.txt").write_text("P(y|x) = 0.5")
    assert main(["grade", str(folder), "-p", str(bad), "-o", str(tmp_path / "out"), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert "model.entries[0].prob" in err and "(in the variant of " in err and "p=1.5)" in err
    assert not (tmp_path / "out" / "grades.csv").exists()  # nothing graded against a broken variant
