"""The class report: statistics from saved records, a self-contained escaped page, and a layout that renders."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from grader.cli.main import main
from grader.core.classreport import WHOLE, Note, gather, parse_record
from grader.core.diagnostics import REGISTRY
from grader.writers.html_report import render

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = str(ROOT / "problems/seed/deep-learning.toml")
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = '<script>alert("x")</script>'


def record(
    student: str,
    verdict: str,
    score: float,
    codes: list[str | tuple[str, str]],
    final: float | None = None,
    correct: bool = False,
    steps: tuple[str, ...] = (),
    **extra: Any,
) -> dict:
    """A saved record; a code given as (code, factor) names the chain-rule term it concerns."""
    diagnostics = []
    for c in codes:
        code, factor = c if isinstance(c, tuple) else (c, None)
        d = {"code": code, "severity": "error", "message": f"{code} near {HOSTILE}", "line": 2, "column": 5}
        diagnostics.append(d if factor is None else {**d, "factor": factor})
    return {
        "students": [student],
        "problem": "p1",
        "submission": f"{student}.txt",
        "verdict": verdict,
        "score": score,
        "max_score": 2.0,
        "final_answer": None
        if final is None
        else {"value": final, "expected": -1.1, "correct": correct, "line": 1},
        "diagnostics": diagnostics,
        "steps": [
            {"line": i + 1, "kind": "arithmetic" if i else "identity", "status": s}
            for i, s in enumerate(steps)
        ],
        **extra,
    }


RECORDS = [
    record("ann", "correct", 2.0, [], -1.1, True, ("ok", "ok"), student_feedback="Well done, ann."),
    record(
        "bob",
        "incorrect",
        0.5,
        [("multiplied-log-probs", "P(deep | x)"), "final-answer-wrong", "final-answer-wrong"],
        0.28,
        steps=("ok", "error"),
    ),
    record(
        "cat",
        "incorrect",
        1.0,
        [("arithmetic-error", "P(learning | x, deep)"), "final-answer-wrong"],
        0.28,
        steps=("ok", "error"),
    ),
    record(
        "dan", "incorrect", 1.0, [("arithmetic-error", "P(learning | x, deep)")], -1.2, steps=("error", "ok")
    ),
    record("eve", "unparsable", 0.0, ["parse-error"]),
    record(HOSTILE, "error", 0.0, ["grader-timeout"]),
]


def write_records(folder: Path, records: list[dict]) -> Path:
    (folder / "p1").mkdir(parents=True)
    for i, data in enumerate(records):
        (folder / "p1" / f"r{i}.json").write_text(json.dumps(data))
    (folder / "notes.json").write_text('{"not": "a record"}')
    (folder / "grades.csv").write_text("student\n")
    return folder


def test_gather_counts_what_the_class_got_wrong(tmp_path: Path) -> None:
    stats = gather(write_records(tmp_path, RECORDS))
    assert [s for s, _ in stats.skipped] == ["notes.json"] and list(stats.problems) == ["p1"]
    p = stats.problems["p1"]
    assert p.submissions == 6 and p.mean_score == pytest.approx(4.5 / 6)
    assert p.histogram == [2, 0, 1, 0, 0, 2, 0, 0, 0, 0, 1]  # 0 %, 25 %, 50 % (x2), 100 %
    assert p.codes["final-answer-wrong"] == 2  # submissions, not occurrences
    assert p.codes.most_common(2) == [("final-answer-wrong", 2), ("arithmetic-error", 2)]
    assert p.wrong_answers.most_common() == [("0.28", 2), ("-1.2", 1)]
    assert p.no_answer == 1  # eve; the grader failure is not counted as a student's answer
    assert (p.kind_failures["identity"], p.kind_failures["arithmetic"]) == (1, 2)
    assert p.needs_hand_grading == [HOSTILE]
    assert p.needs_review == 2  # eve (unparsable) and the grader failure
    # by chain-rule term: students with a mistake there, and which codes; grader failures are not mistakes
    factors = {where: (f.submissions, dict(f.codes)) for where, f in p.factors.items()}
    assert factors == {
        "P(learning | x, deep)": (2, {"arithmetic-error": 2}),
        "P(deep | x)": (1, {"multiplied-log-probs": 1}),
        WHOLE: (2, {"final-answer-wrong": 2}),
        "line 2": (1, {"parse-error": 1}),
    }


@pytest.mark.parametrize(
    ("code", "factor", "line", "where"),
    [
        ("arithmetic-error", "P(am | I)", 3, "P(am | I)"),  # a named term wins over everything
        ("final-answer-wrong", "P(am | I)", 3, "P(am | I)"),
        ("final-answer-wrong", None, 3, WHOLE),  # about the answer, not a line
        ("no-final-answer", None, None, WHOLE),
        ("wrong-quantity", None, 1, WHOLE),
        ("arithmetic-error", None, None, WHOLE),  # no line to place it by
        ("arithmetic-error", None, 4, "line 4"),  # the last resort
    ],
)
def test_mistakes_are_placed_by_term_then_whole_then_line(
    code: str, factor: str | None, line: int | None, where: str
) -> None:
    assert Note(code, "error", line, None, "", "", factor).where == where


@pytest.mark.parametrize(
    ("verdict", "severities", "flag", "expected"),
    [
        ("incorrect", ["error"], None, False),
        ("unparsable", ["error"], None, True),
        ("error", ["internal"], None, True),
        ("incorrect", ["error", "warning"], None, True),  # e.g. premature rounding: worth a look
        ("correct", [], None, False),
        ("unparsable", [], False, False),  # the record's own flag wins
        ("correct", [], True, True),
    ],
)
def test_needs_review(verdict: str, severities: list[str], flag: bool | None, expected: bool) -> None:
    data = record("x", verdict, 1.0, [])
    data["diagnostics"] = [{"code": "arithmetic-error", "severity": s} for s in severities]
    if flag is not None:
        data["needs_review"] = flag
    assert parse_record(data, "x.json").needs_review is expected


def test_page_is_self_contained_escaped_and_linked(tmp_path: Path) -> None:
    page = render(gather(write_records(tmp_path, RECORDS)))
    assert "<script" not in page and "&lt;script&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched from a network
    assert "<link" not in page and "@import" not in page
    assert '<meta name="viewport"' in page
    seen = {"multiplied-log-probs", "arithmetic-error", "parse-error", "final-answer-wrong", "grader-timeout"}
    for code in seen:
        assert f'href="#code-{code}"' in page and page.count(f'id="code-{code}"') == 1
    for code in set(REGISTRY) - seen:  # explanations only for the codes that occurred
        assert f'id="code-{code}"' not in page
    assert page.count('<svg class="chart histogram"') == 1 and page.count('<svg class="chart bars"') == 2
    assert "1 file skipped" in page and "notes.json" in page


def test_each_student_row_links_to_their_feedback(tmp_path: Path) -> None:
    page = render(gather(write_records(tmp_path, RECORDS)))
    links = re.findall(r'<tr><td><a href="#(feedback-[a-z0-9-]+)">', page)
    assert len(links) == len(RECORDS) == len(set(links))
    for anchor in links:
        assert page.count(f'id="{anchor}"') == 1
    ann = re.search(r'id="feedback-\d+-ann">(.*?)</div>', page, re.S)
    bob = re.search(r'id="feedback-\d+-bob">(.*?)</div>', page, re.S)
    assert ann and "<pre" in ann.group(1) and "Well done, ann." in ann.group(1)  # what ann was shown
    assert bob and "2:5" in bob.group(1) and "multiplied-log-probs near &lt;script&gt;" in bob.group(1)
    row = re.search(r"<tr><td><a [^>]*>eve</a></td>.*?</tr>", page)
    assert row and '<span class="review">yes</span>' in row.group(0) and "0 / 2" in row.group(0)


def test_report_command_shows_statement_and_solution(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "results"
    main(["grade", str(ROOT / "examples/deep-learning"), "-p", PROBLEM, "-o", str(out), "-j", "1"])
    capsys.readouterr()
    assert main(["report", str(out), "-o", str(tmp_path / "report.html")]) == 0  # the path the records keep
    page = (tmp_path / "report.html").read_text()
    assert "seed-deep-learning" in page and "0.28" in page and "multiplied-log-probs" in page
    assert "Name a subfield of machine learning:" in page  # the statement
    assert "P(learning | x, deep)" in page and "Worked solution" in page  # the solver's chain rule
    assert "warning" not in capsys.readouterr().err

    for path in out.rglob("*.json"):  # results moved to another machine: the saved path no longer resolves
        path.write_text(path.read_text().replace(PROBLEM, "gone/deep-learning.toml"))
    assert main(["report", str(out), "-o", str(tmp_path / "r2.html")]) == 0
    err = capsys.readouterr().err
    assert "no problem file found" in err and "--problem" in err
    assert "Name a subfield" not in (tmp_path / "r2.html").read_text()
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(out), "-o", "r3.html", "-p", PROBLEM, "-p", "missing.toml"]) == 0
    assert "missing.toml: no such file" in capsys.readouterr().err  # a warning, not a failure
    assert "Name a subfield" in (tmp_path / "r3.html").read_text()

    assert main(["report", str(tmp_path / "nothing"), "-o", str(tmp_path / "r.html")]) == 2
    (tmp_path / "empty").mkdir()
    assert main(["report", str(tmp_path / "empty"), "-o", str(tmp_path / "r.html")]) == 2
    assert "no saved reports" in capsys.readouterr().err


def _browser_or_skip():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (.ci/install-browser.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    return sync_api.sync_playwright


BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.mark.parametrize("width", [375, 1280])
def test_page_renders_on_a_phone_and_a_desktop(tmp_path: Path, width: int) -> None:
    sync_playwright = _browser_or_skip()
    page_path = tmp_path / "report.html"
    long_name = "x" * 300  # an unbroken name must wrap or scroll in its box, not widen the page
    records = [*RECORDS, record(long_name, "incorrect", 1.0, [("arithmetic-error", "P(" + "y" * 200 + ")")])]
    page_path.write_text(render(gather(write_records(tmp_path / "results", records))), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 800})
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(page_path.as_uri())
            overflow = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            scripts = page.evaluate("document.scripts.length")
            charts = page.eval_on_selector_all(
                "svg.chart",
                "els => els.map(e => { const r = e.getBoundingClientRect();"
                " return [e.classList[1], r.width, r.height, e.querySelectorAll('rect.bar').length] })",
            )
            page.click('a[href="#code-arithmetic-error"] >> nth=0')
            code_hash = page.evaluate("location.hash")
            target = page.get_attribute("#students tr:has-text('dan') td:first-child a", "href")
            assert target and target.startswith("#feedback-")
            folded = page.eval_on_selector(target, "e => !e.closest('details').open")
            page.click(f'a[href="{target}"]')
            shown = page.evaluate(
                "(id) => { const e = document.getElementById(id); const r = e.getBoundingClientRect();"
                " return [location.hash, e.closest('details').open, r.height, r.top, e.textContent] }",
                target[1:],
            )
        finally:
            browser.close()
    assert overflow[0] <= overflow[1], f"the page scrolls sideways at {width} px: {overflow}"
    assert scripts == 0 and dialogs == [] and requested == [page_path.as_uri()]  # no script, no network
    assert [c[0] for c in charts] == ["histogram", "bars", "bars"]
    assert all(20 < w <= width and h > 20 and n > 0 for _, w, h, n in charts)
    assert code_hash == "#code-arithmetic-error"
    assert folded  # feedback starts folded away
    hash_, opened, height, top, text = shown
    assert hash_ == target and opened and height > 0 and 0 <= top < 800  # navigated, unfolded, on screen
    assert "arithmetic-error" in text and "2:5" in text


def test_problem_file_changed_or_unrelated_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    problem = tmp_path / "q.toml"
    problem.write_text(Path(PROBLEM).read_text())
    out = tmp_path / "results"
    main(["grade", str(ROOT / "examples/deep-learning"), "-p", str(problem), "-o", str(out), "-j", "1"])
    problem.write_text(Path(PROBLEM).read_text() + "\n# edited after grading\n")
    other = str(ROOT / "problems/seed/sam-corpus.toml")
    capsys.readouterr()
    assert main(["report", str(out), "-o", str(tmp_path / "r.html"), "-p", other]) == 0
    err = capsys.readouterr().err
    assert "changed since the class was graded" in err
    assert "no records here are for its problem 'sam-corpus-bigram'" in err
    page = (tmp_path / "r.html").read_text()
    assert "changed since the class was graded" in page and "Name a subfield" in page
