"""PrairieLearn's external-grader results.json (docs/externalGrading.md) from one Report."""

from __future__ import annotations

from typing import Any

from grader.diagnostics import REGISTRY
from grader.report import Report
from grader.writers.gradescope import excerpt

# Work the grader could not read is sent back ungraded: the student keeps the attempt.
NOT_GRADABLE = ("unparsable",)


def _diagnostic_output(report: Report, d: Any) -> str:
    lines = excerpt(report, d)
    if d.hint:
        lines.append(f"hint: {d.hint}")
    return "\n".join(lines)


def plain_feedback(report: Report) -> str:
    """Compiler-style feedback, like the text writer, but without revealing the expected answer."""
    out: list[str] = []
    for d in report.diagnostics:
        out.append(f"line {d.span.line}:{d.span.column}: {d.code}: {d.message}")
        out.extend("  " + line for line in _diagnostic_output(report, d).splitlines())
    fa = report.final_answer
    if fa is not None:
        value = "none" if fa.value is None else f"{fa.value:.6g}"
        out.append(f"final answer: {value}: {'correct' if fa.correct else 'not correct'}")
    checked = [s for s in report.steps if s.status in ("ok", "error")]
    if checked:
        out.append(f"steps: {sum(1 for s in checked if s.status == 'ok')} of {len(checked)} hold")
    out.append(f"score: {report.score:g} / {report.max_score:g}  verdict: {report.verdict}")
    return "\n".join(out) + "\n"


def render(report: Report, title: str = "") -> dict[str, Any]:
    """results.json: score in [0, 1], a message, and tests with points and max_points on every test."""
    output = plain_feedback(report)
    if report.verdict in NOT_GRADABLE:
        errors = [f"line {d.span.line}: {d.message}" for d in report.diagnostics] or ["no derivation found"]
        return {
            "gradable": False,
            "format_errors": errors,
            "message": "The grader could not read a derivation in this submission; no attempt was used. "
            "Check the format and submit again.",
            "output": output,
        }
    share = report.score / report.max_score if report.max_score > 0 else float(report.verdict == "correct")
    score = min(1.0, max(0.0, share))
    if report.verdict == "error":
        message = "The grader could not finish checking this work; it is not a judgement of it."
    else:
        message = f"Score {report.score:g} / {report.max_score:g} ({report.verdict})."
        fa = report.final_answer
        if fa is not None:
            value = "none" if fa.value is None else f"{fa.value:.6g}"
            message += f" Final answer {value}: {'correct' if fa.correct else 'not correct'}."
    tests: list[dict[str, Any]] = [
        {
            "name": f"Derivation: {title}" if title else "Derivation",
            "description": "the chain-rule derivation, step by step, and its final answer",
            "points": report.score,
            "max_points": report.max_score,
            "message": message,
            "output": output,
        }
    ]
    for d in report.diagnostics:
        entry = REGISTRY.get(d.code)
        tests.append(
            {
                "name": f"Line {d.span.line}: {entry.title if entry else d.code}",
                "description": d.code,
                "points": 0,
                "max_points": 0,
                "message": d.message,
                "output": _diagnostic_output(report, d),
            }
        )
    return {
        "gradable": True,
        "score": score,
        "message": message,
        "output": output,
        "tests": tests,
        "problem": report.problem,  # extra keys are stored by PrairieLearn, not shown
        "verdict": report.verdict,
        "codes": report.codes,
    }
