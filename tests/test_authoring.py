"""`grader problems new|show|lint`: what an instructor writing a problem file relies on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from grader.authoring.kinds import AUTHORING
from grader.authoring.lint import lint_file
from grader.authoring.templates import TEMPLATES
from grader.authoring.tomlpos import key_lines
from grader.cli.main import main
from grader.core.examples import mismatches
from grader.core.question import KINDS, load_question
from tests.conftest import ROOT

SEED = ROOT / "problems/seed"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


# --- new ---------------------------------------------------------------------------------------------


def test_every_registered_kind_has_a_template_and_every_authoring_entry_a_kind() -> None:
    assert set(TEMPLATES) == set(KINDS) and set(AUTHORING) <= set(KINDS)


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_a_new_template_loads_passes_its_tests_and_lints_clean(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{kind}.toml"
    assert run(["problems", "new", kind, "-o", str(path)], capsys)[0] == 0
    question = load_question(path)
    assert question.kind == kind and len(question.examples) >= 6
    assert any(e.verdict == "correct" and not e.codes for e in question.examples)  # clean correct work
    assert any("right answer, wrong reasoning" in e.name for e in question.examples)
    for example in question.examples:
        assert mismatches(example, question.grade(example.submission.encode(), example.name)) == []
    status, out, _ = run(["problems", "test", str(path)], capsys)
    assert status == 0 and "0 failed" in out
    status, out, _ = run(["problems", "lint", str(path)], capsys)
    assert (status, out) == (0, ""), out  # a template spells out every default and covers its mistakes


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_new_prints_to_stdout_and_never_overwrites(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["problems", "new", kind], capsys)
    assert status == 0 and out == TEMPLATES[kind]
    path = tmp_path / "q.toml"
    path.write_text("mine")
    status, _, err = run(["problems", "new", kind, "-o", str(path)], capsys)
    assert status == 2 and "already exists" in err and path.read_text() == "mine"


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_new_for_a_mistyped_kind_suggests_it(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    typo = kind[:2] + kind[3:]  # one letter dropped: deivation, copare, flw …
    status, out, err = run(["problems", "new", typo], capsys)
    assert status == 2 and out == "" and f"did you mean {kind!r}" in err and "Traceback" not in err


def test_new_for_an_unknown_kind_lists_every_kind_with_a_template(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["problems", "new", "zzz"], capsys)
    assert status == 2 and out == "" and "no template" in err and "Traceback" not in err
    assert all(kind in err for kind in TEMPLATES)


def test_readme_names_every_kind_problems_new_knows() -> None:
    readme = (ROOT / "README.md").read_text()
    paragraph = readme[readme.index("`problems new KIND`") :].split("\n\n")[0]
    assert all(f"`{kind}`" in paragraph for kind in TEMPLATES), paragraph


# --- show --------------------------------------------------------------------------------------------

SHOWN = [
    "deep-learning.toml",
    "bigram-english-food.toml",
    "sam-corpus-add-one.toml",
    "transformer-softmax.toml",
]


@pytest.mark.parametrize("name", SHOWN)
@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_show_gives_students_the_statement_and_staff_the_solution_too(
    name: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(SEED / name)
    question = load_question(path)
    student = run(["problems", "show", path, "--format", fmt, "--as", "student"], capsys)
    staff = run(["problems", "show", path, "--format", fmt, "--as", "staff"], capsys)
    assert student[0] == staff[0] == 0
    model = question.problem.model.describe()  # type: ignore[attr-defined]
    answer = f"{question.problem.reference.value:.6g}"  # type: ignore[attr-defined]
    for _, text, _ in (student, staff):
        words = re.findall(r"[A-Za-z]{4,}", question.statement)
        assert all(w in text for w in words)
        assert model.split("(")[0].replace("<", "&lt;" if fmt == "html" else "<") in text
    assert "Worked solution" in staff[1] and "Worked solution" not in student[1]
    assert answer in staff[1] and answer not in student[1]


def test_show_html_is_self_contained_and_escapes_the_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SEED / "bigram-english-food.toml").read_text()
    hostile = 'statement = """\nP(i | <s>) <script>alert(1)</script> <img src=x onerror=alert(2)> [a](http://e.x) {{x}}\n"""'
    text = re.sub(r'statement = """.*?"""', lambda _: hostile, text, count=1, flags=re.S)
    path = tmp_path / "hostile.toml"
    path.write_text(text)
    status, html, _ = run(["problems", "show", str(path), "--format", "html", "--as", "staff"], capsys)
    assert status == 0 and html.startswith("<!DOCTYPE html>")
    lowered = html.lower()
    tags = re.findall(r"<[a-z][^>]*>", lowered)  # every real tag: escaped text is not one
    assert not [t for t in tags if re.search(r"^<(script|img|iframe|link|a|object)\b|\s(src|href|on\w+)=", t)]
    assert "@import" not in lowered and "url(" not in lowered
    assert "&lt;s&gt;" in html and "&lt;script&gt;" in html


def test_show_of_a_broken_file_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.toml"
    path.write_text(TEMPLATES["derivation"].replace('ask = "log_likelihood"', 'ask = "likelihood"'))
    status, out, err = run(["problems", "show", str(path)], capsys)
    assert status == 2 and out == "" and f"{path}: ask:" in err


# --- lint --------------------------------------------------------------------------------------------


def _edit(tmp_path: Path, source: str, edits: list[tuple[str, str]]) -> Path:
    text = (SEED / source).read_text() if source.endswith(".toml") else source
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "problem.toml"
    path.write_text(text)
    for data in SEED.glob("*.json"):
        (tmp_path / data.name).write_text(data.read_text())
    return path


def _line(path: Path, needle: str) -> int:
    """The line that is `needle`, else the first that holds it."""
    lines = path.read_text().splitlines()
    exact = [i for i, line in enumerate(lines, 1) if line.strip() == needle]
    return exact[0] if exact else next(i for i, line in enumerate(lines, 1) if needle in line)


# (name, problem file, edits, check, line holding this text, words the message must hold)
LINT_CASES = [
    ("top-level typo", "deep-learning.toml", [("log_base", "log_bse")], "unknown-key", "log_bse", ["log_bse", "did you mean 'log_base'"]),
    ("model typo", "sam-corpus.toml", [("smoothing", "smoothin")], "unknown-key", "smoothin", ["model.smoothin", "did you mean 'smoothing'"]),
    ("probability off", "bigram-english-food.toml", [("| 0.33 |", "| 0.34 |")], "statement-number", "| 0.34 |", ["0.34", "P(want | i) = 0.33"]),
    ("log-prob off", "logprobs-capital.toml", [("| -0.0099 |", "| -0.0199 |")], "statement-number", "-0.0199", ["-0.0199", "-0.0099"]),
    ("logit off", "transformer-softmax.toml", [("0.629", "0.639")], "statement-number", "0.639", ["0.639", "0.629"]),
    ("|V| off", "sam-corpus-add-one.toml", [("11 word types", "12 word types")], "statement-number", "12 word types", ["|V| = 11"]),
    ("N off", "sam-corpus-interpolation.toml", [("N = 17", "N = 18")], "statement-number", "N = 18", ["= 17"]),
    ("tolerance finer than printed", "transformer-log-likelihood.toml", [("relative = 0.01", "relative = 0.00001")], "tolerance-precision", "relative = 0.00001", ["printed", "-14.37"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "source", "edits", "check", "at", "words"), LINT_CASES, ids=[c[0] for c in LINT_CASES]
)
def test_lint_finds_the_mistake_on_its_line(
    name: str, source: str, edits: list[tuple[str, str]], check: str, at: str, words: list[str],
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    path = _edit(tmp_path, source, edits)
    status, out, _ = run(["problems", "lint", str(path)], capsys)
    hits = [line for line in out.splitlines() if line.endswith(f"[{check}]")]
    assert status == 1 and len(hits) == 1, out
    assert hits[0].startswith(f"{path}:{_line(path, at)}: ")
    assert all(w in hits[0] for w in words), hits[0]


def test_lint_reports_every_unknown_key_not_only_the_first(tmp_path: Path) -> None:
    path = _edit(
        tmp_path,
        "deep-learning.toml",
        [("log_base", "log_bse"), ("points", "pionts"), ("context = []", "contxt = []")],
    )
    keys = [f.key for f in lint_file(str(path)) if f.check == "unknown-key"]
    assert keys == ["log_bse", "pionts", "model.entries[0].contxt"]


def test_lint_spells_out_defaults_as_info_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _edit(
        tmp_path,
        TEMPLATES["derivation"],
        [("tolerance = 0.01 ", "# no tolerance"), ("reveal = ", "# reveal = ")],
    )
    status, out, _ = run(["problems", "lint", str(path)], capsys)
    assert status == 0
    assert out.splitlines() == [
        f"{path}: info: tolerance not set: 0.01 (absolute) used [default]",
        f'{path}: info: reveal not set: "never" used [default]',
    ]


def test_lint_lists_the_likely_mistakes_no_example_shows(tmp_path: Path) -> None:
    text = TEMPLATES["derivation"]
    kept = text[: text.index('[[examples]]\nname = "multiplied')]  # only the right answer stays
    path = _edit(tmp_path, kept, [])
    uncovered = [f for f in lint_file(str(path)) if f.check == "uncovered-mistake"]
    assert {f.message.split()[3] for f in uncovered} == {
        "multiplied-log-probs",
        "added-probs",
        "dropped-conditioning",
        "missing-term",
    }
    assert all(f.severity == "warning" and f.line == _line(path, "[[examples]]") for f in uncovered)
    probability = _edit(tmp_path, kept, [('ask = "log_likelihood"', 'ask = "probability"')])
    shown = {f.message.split()[3] for f in lint_file(str(probability)) if f.check == "uncovered-mistake"}
    assert "multiplied-log-probs" not in shown and "added-probs" in shown


def test_lint_finds_no_number_or_tolerance_problem_in_the_bundled_problems() -> None:
    checks = {f.check for path in sorted(SEED.glob("*.toml")) for f in lint_file(str(path))}
    assert not checks & {"statement-number", "tolerance-precision", "unknown-key", "load"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not = [toml", "not valid TOML"),
        ('ask = "likelihood"', ": ask: expected one of"),
        (None, "no such file"),
    ],
)
def test_lint_exits_2_on_a_file_it_cannot_read(
    content: str | None, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    if content is not None:
        path.write_text(TEMPLATES["derivation"].replace('ask = "log_likelihood"', content))
    status, _, err = run(["problems", "lint", str(path), str(SEED / "deep-learning.toml")], capsys)
    assert status == 2 and words in err and "Traceback" not in err


def test_key_lines_skip_multiline_strings_and_count_arrays_of_tables() -> None:
    text = 'a = 1\ns = """\nb = 2\n"""\n[t]\nc = 3\n[[t.e]]\nd = 4\n[[t.e]]\nd = 5\n'
    lines = key_lines(text)
    assert lines["a"] == 1 and lines["s"] == 2 and "b" not in lines
    assert (lines["t.c"], lines["t.e[0].d"], lines["t.e[1].d"]) == (6, 8, 10)


def test_the_readme_walk_through_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each `grader` line of README "### Authoring problems" exits 0 in a fresh folder (the Gradescope
    build, which downloads wheels, is covered by tests/test_gradescope.py)."""
    import shlex

    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Authoring problems") :]
    block = section[section.index("```sh") + 5 : section.index("```", section.index("```sh") + 5)]
    commands = [shlex.split(line.split("#")[0].split(">")[0]) for line in block.splitlines()]
    commands = [c for c in commands if c and c[0] == "grader" and c[1] != "gradescope"]
    assert [c[1:3] for c in commands][:2] == [["problems", "new"], ["problems", "show"]] and len(
        commands
    ) == 6
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hw1").mkdir()
    for command in commands:
        status, out, err = run(command[1:], capsys)
        assert status == 0, (command, out, err)
    info = json.loads((tmp_path / "questions/hw1-q1/info.json").read_text())
    assert info["title"] == load_question(tmp_path / "hw1/q1.toml").title


def test_a_kind_without_authoring_entries_still_gets_show_lint_and_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tools go through the seam: a new kind (the toy kind of tests/toykind) works before it adds
    its template or its AUTHORING line."""
    monkeypatch.setitem(KINDS, "word", "tests.toykind")
    path = tmp_path / "word.toml"
    path.write_text(
        'kind = "word"\nid = "w"\ntitle = "A word"\nstatement = "Name <it>."\nwrd = "x"\nword = "cat"\n'
    )
    status, out, _ = run(["problems", "lint", str(path)], capsys)
    assert status == 1
    assert f"{path}:5: error: wrd: unknown key; did you mean 'word'? [unknown-key]" in out
    assert "no [[examples]]" in out
    path.write_text(path.read_text().replace('wrd = "x"\n', ""))
    status, out, _ = run(["problems", "show", str(path), "--as", "staff", "--format", "html"], capsys)
    assert status == 0 and "Name &lt;it&gt;." in out and "The word is cat." in out and "Model" not in out
    status, out, _ = run(["problems", "show", str(path), "--as", "student"], capsys)
    assert status == 0 and "The word is cat." not in out
    status, _, err = run(["problems", "new", "word"], capsys)
    assert status == 2 and "templates exist for: derivation" in err
    folder = tmp_path / "q"
    assert run(["prairielearn", "build", str(path), "-o", str(folder), "--image", "i"], capsys)[0] == 0
    assert "Name &lt;it&gt;." in (folder / "question.html").read_text()


def test_the_readme_randomised_walk_through_grades_a_class_on_their_own_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second block of README "### Authoring problems", as written: two students preview different
    statements, the template examples pass over 20 variants, the question folder builds, and a class
    whose students each did their own variant right gets full marks (a copied answer does not)."""
    import csv
    import shlex
    import shutil

    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Authoring problems") :]
    second = section.index("```sh", section.index("```sh") + 5)
    block = section[second + 5 : section.index("```", second + 5)]
    lines = [shlex.split(line.split("#")[0]) for line in block.splitlines() if line.strip()]
    assert lines[0][0] == "cp" and all(c[0] == "grader" for c in lines[1:])
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hw1").mkdir()
    shutil.copyfile(ROOT / lines[0][1], tmp_path / lines[0][2])
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    salt = lines[-1][lines[-1].index("--salt") + 1]
    answers = {}
    for student in ("ann", "ben", "cy"):
        mine = load_question(tmp_path / "hw1/q2.toml", student, salt)
        answers[student] = float(json.loads(mine.solve("json"))["answer"])
    copier = next(s for s in ("ben", "cy") if abs(answers[s] - answers["ann"]) > 0.05)
    for student, value in answers.items():
        value = answers["ann"] if student == copier else value
        (submissions / f"{student}.txt").write_text(f"log P(y|x) = {value:g}\n")
    shown = []
    for command in lines[1:]:
        status, out, err = run(command[1:], capsys)
        assert status == 0, (command, out, err)
        if command[1:3] == ["problems", "show"]:
            shown.append(out)
    assert len(shown) == 2 and shown[0] != shown[1]
    assert (tmp_path / "questions/hw1-q2/server.py").exists()
    rows = {r["student"]: r for r in csv.DictReader((tmp_path / "results/grades.csv").open())}
    assert {s: rows[s]["score"] == "1" for s in answers} == {s: s != copier for s in answers}
