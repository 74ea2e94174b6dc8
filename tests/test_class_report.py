"""The class report: statistics from saved records, a self-contained escaped page, and charts that render."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from grader.classreport import gather
from grader.cli import main
from grader.diagnostics import REGISTRY
from grader.writers.html_report import render

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = str(ROOT / "problems/seed/deep-learning.toml")
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = '<script>alert("x")</script>'


def record(
    student: str,
    verdict: str,
    score: float,
    codes: list[str],
    final: float | None = None,
    correct: bool = False,
    steps: tuple[str, ...] = (),
) -> dict:
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
        "diagnostics": [{"code": c, "message": f"{c} near {HOSTILE}", "line": 2} for c in codes],
        "steps": [
            {"line": i + 1, "kind": "arithmetic" if i else "identity", "status": s}
            for i, s in enumerate(steps)
        ],
    }


RECORDS = [
    record("ann", "correct", 2.0, [], -1.1, True, ("ok", "ok")),
    record(
        "bob",
        "incorrect",
        0.5,
        ["multiplied-log-probs", "final-answer-wrong", "final-answer-wrong"],
        0.28,
        steps=("ok", "error"),
    ),
    record("cat", "incorrect", 1.0, ["arithmetic-error", "final-answer-wrong"], 0.28, steps=("ok", "error")),
    record("dan", "incorrect", 1.0, ["arithmetic-error"], -1.2, steps=("error", "ok")),
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
    assert stats.skipped == 1 and list(stats.problems) == ["p1"]
    p = stats.problems["p1"]
    assert p.submissions == 6 and p.mean_score == pytest.approx(4.5 / 6)
    assert p.histogram == [2, 0, 1, 0, 0, 2, 0, 0, 0, 0, 1]  # 0 %, 25 %, 50 % (x2), 100 %
    assert p.codes["final-answer-wrong"] == 2  # submissions, not occurrences
    assert p.codes.most_common(2) == [("final-answer-wrong", 2), ("arithmetic-error", 2)]
    assert p.wrong_answers.most_common() == [("0.28", 2), ("-1.2", 1)]
    assert p.no_answer == 1  # eve; the grader failure is not counted as a student's answer
    assert (p.step_attempts[1], p.step_failures[1], p.step_attempts[2], p.step_failures[2]) == (4, 1, 4, 2)
    assert (p.kind_failures["identity"], p.kind_failures["arithmetic"]) == (1, 2)
    assert p.needs_hand_grading == [HOSTILE]


def test_page_is_self_contained_escaped_and_linked(tmp_path: Path) -> None:
    page = render(gather(write_records(tmp_path, RECORDS)))
    assert "<script" not in page and "&lt;script&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched from a network
    assert "<link" not in page and "@import" not in page
    for code in ("multiplied-log-probs", "arithmetic-error", "parse-error"):
        assert f'href="#code-{code}"' in page and f'id="code-{code}"' in page
    for code in REGISTRY:  # every explanation is embedded
        assert f'id="code-{code}"' in page
    assert page.count('<svg class="chart histogram"') == 1 and page.count('<svg class="chart bars"') == 2


def test_report_command(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "results"
    main(["grade", str(ROOT / "examples/deep-learning"), "-p", PROBLEM, "-o", str(out), "-j", "1"])
    assert main(["report", str(out), "-o", str(tmp_path / "report.html")]) == 0
    page = (tmp_path / "report.html").read_text()
    assert "seed-deep-learning" in page and "0.28" in page and "multiplied-log-probs" in page
    assert main(["report", str(tmp_path / "nothing"), "-o", str(tmp_path / "r.html")]) == 2
    (tmp_path / "empty").mkdir()
    assert main(["report", str(tmp_path / "empty"), "-o", str(tmp_path / "r.html")]) == 2
    assert "no saved reports" in capsys.readouterr().err


def _browser_or_skip():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (.ci/install-browser.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    return sync_api.sync_playwright


def test_charts_render_in_headless_chromium(tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    page_path = tmp_path / "report.html"
    page_path.write_text(render(gather(write_records(tmp_path / "results", RECORDS))), encoding="utf-8")
    args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=args)
        try:
            page = browser.new_page()
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(page_path.as_uri())
            charts = page.eval_on_selector_all(
                "svg.chart",
                "els => els.map(e => { const r = e.getBoundingClientRect();"
                " return [e.classList[1], r.width, r.height, e.querySelectorAll('rect.bar').length] })",
            )
            bars = page.eval_on_selector_all(
                "svg.chart rect.bar",
                "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height] })",
            )
            page.click('a[href="#code-arithmetic-error"] >> nth=0')
            target = page.evaluate("location.hash")
            visible = page.eval_on_selector("#code-arithmetic-error", "e => e.getBoundingClientRect().height")
        finally:
            browser.close()
    assert [c[0] for c in charts] == ["histogram", "bars", "bars"]
    assert all(width > 100 and height > 20 and count > 0 for _, width, height, count in charts)
    assert (
        len(bars) == 4 + 5 + 2
    )  # score bands used, codes seen, step positions and all(w > 0 and h > 0 for w, h in bars)
    assert target == "#code-arithmetic-error" and visible > 0
    assert requested == [page_path.as_uri()] and dialogs == []  # no network, no script ran
