"""Gradescope's results.json (autograder_samples docs/specs.md) from the reports of one job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from grader.core.diagnostics import REGISTRY, Diagnostic
from grader.core.report import Report

VISIBILITIES = ("hidden", "after_due_date", "after_published", "visible")


@dataclass(frozen=True)
class Part:
    """One problem of a job: its title and points, and the report on the student's work (None: no file)."""

    title: str
    points: float
    report: Report | None
    missing: str = ""  # what the student should have submitted, when report is None


def md_escape(text: str) -> str:
    """Student-derived text as literal Markdown: no markup, no HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#|{}!~":
        text = text.replace(ch, "\\" + ch)
    return text


def _fence(lines: list[str]) -> str:
    body = "\n".join(lines)
    ticks = "```"
    while ticks in body:
        ticks += "`"
    return f"{ticks}text\n{body}\n{ticks}"


def excerpt(report: Report, d: Diagnostic) -> list[str]:
    """The source line of a diagnostic with a caret under its span, as plain text lines."""
    if not 1 <= d.span.line <= len(report.source_lines):
        return []
    text = report.source_lines[d.span.line - 1]
    end = d.span.end_column if d.span.end_line == d.span.line else len(text) + 1
    width = max(1, min(end, len(text) + 1) - d.span.column)
    number = str(d.span.line)
    return [f"{number} | {text}", f"{' ' * len(number)} | {' ' * (d.span.column - 1)}{'^' * width}"]


def diagnostic_markdown(report: Report, d: Diagnostic) -> str:
    parts = [f"**line {d.span.line}** `{d.code}`: {md_escape(d.message)}"]
    lines = excerpt(report, d)
    if lines:
        parts.append(_fence(lines))
    if d.hint:
        parts.append(f"*Hint:* {md_escape(d.hint)}")
    advice = report.advice.get(d.code)
    if advice:
        parts.append(f"*What to write instead:* {md_escape(advice)}")
    return "\n\n".join(parts)


def summary_markdown(report: Report) -> str:
    """The headline: score, verdict and the final answer (the expected value is not revealed)."""
    lines = [f"**Score: {report.score:g} / {report.max_score:g}** ({report.verdict})"]
    fa = report.final_answer
    if report.verdict == "error":
        lines.append(
            "The grader could not finish checking this work. This is not a judgement of it: "
            "your instructor will grade it by hand."
        )
    elif fa is not None:
        where = f" on line {fa.line}" if fa.line else ""
        value = "none" if fa.value is None else f"{fa.value:.6g}"
        lines.append(f"Final answer{where}: {value}: {'correct' if fa.correct else 'not correct'}.")
    checked = [s for s in report.steps if s.status in ("ok", "error")]
    if checked:
        good = sum(1 for s in checked if s.status == "ok")
        lines.append(f"Steps that hold: {good} of {len(checked)}.")
    if report.verdict == "unparsable":
        lines.append("The grader could not read a derivation in this submission.")
    return "\n\n".join(lines)


def feedback_markdown(report: Report) -> str:
    parts = [summary_markdown(report)]
    if report.diagnostics:
        parts.append("### What to fix")
        parts.extend(diagnostic_markdown(report, d) for d in report.diagnostics)
    return "\n\n".join(parts) + "\n"


def _part_tests(part: Part, number: int, visibility: str) -> list[dict[str, Any]]:
    """The problem's test (its points), then one test per diagnostic worth 0 of 0."""
    report = part.report
    head: dict[str, Any] = {"name": part.title, "number": str(number), "max_score": part.points}
    if report is None:
        head.update(score=0.0, status="failed", output=md_escape(part.missing) + "\n", tags=["no-file"])
        return [{**head, "output_format": "md", "visibility": visibility}]
    head.update(
        score=report.score,
        max_score=report.max_score,
        status="passed" if report.verdict == "correct" else "failed",
        output=feedback_markdown(report),
        tags=list(dict.fromkeys(report.codes)),
    )
    tests = [{**head, "output_format": "md", "visibility": visibility}]
    for i, d in enumerate(report.diagnostics, start=1):
        entry = REGISTRY.get(d.code)
        tests.append(
            {
                "name": f"{part.title}: line {d.span.line}: {entry.title if entry else d.code}",
                "number": f"{number}.{i}",
                "score": 0.0,
                "max_score": 0.0,
                "status": "passed" if d.severity == "warning" else "failed",
                "output": diagnostic_markdown(report, d),
                "output_format": "md",
                "tags": [d.code],
                "visibility": visibility,
            }
        )
    return tests


def _staff_data(part: Part) -> dict[str, Any]:
    report = part.report
    if report is None:
        return {"title": part.title, "verdict": "no-file", "max_score": part.points}
    return {
        "problem": report.problem,
        "verdict": report.verdict,
        "max_score": report.max_score,
        "codes": report.codes,
        "final_answer": report.to_dict()["final_answer"],
        "needs_review": report.needs_review,
        **({"variant": dict(report.variant)} if report.variant else {}),  # the student's [params] draw
    }


def _overall(parts: list[Part]) -> str:
    verdicts = [p.report.verdict if p.report else "no-file" for p in parts]
    for worst in ("error", "no-file", "unparsable", "incorrect"):
        if worst in verdicts:
            return worst
    return "correct"


def render_parts(
    parts: list[Part], visibility: str = "visible", seconds: float = 0.0, unmatched: list[str] | None = None
) -> dict[str, Any]:
    """results.json: the total in `score`, one test per problem (its points) and one per diagnostic (0)."""
    tests = [t for number, part in enumerate(parts, start=1) for t in _part_tests(part, number, visibility)]
    several = len(parts) > 1
    summaries = []
    for part in parts:
        text = summary_markdown(part.report) if part.report else md_escape(part.missing)
        summaries.append(f"### {md_escape(part.title)}\n\n{text}" if several else text)
    if unmatched:
        names = "; ".join(md_escape(n) for n in unmatched)
        summaries.append(f"Not graded: {names}.")
    return {
        "score": sum(t["score"] for t in tests),
        "execution_time": round(seconds, 3),
        "output": "\n\n".join(summaries) + "\n",
        "output_format": "md",
        "test_output_format": "md",
        "visibility": visibility,
        "stdout_visibility": "hidden",
        "extra_data": {
            "verdict": _overall(parts),
            "max_score": sum(p.points for p in parts),
            "problems": [_staff_data(p) for p in parts],
        },
        "tests": tests,
    }


def message(score: float, text: str, visibility: str, kind: str) -> dict[str, Any]:
    """results.json for a job with nothing to grade, or a broken setup: a score and a message."""
    return {
        "score": score,
        "output": md_escape(text) + "\n",
        "output_format": "md",
        "visibility": visibility,
        "extra_data": {"verdict": kind},
        "tests": [],
    }
