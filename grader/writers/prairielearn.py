"""PrairieLearn's external-grader results.json (docs/externalGrading.md) from the reports of one job."""

from __future__ import annotations

import json
from typing import Any

from grader.core.diagnostics import REGISTRY
from grader.core.report import Report
from grader.writers.gradescope import Part, excerpt

# Work the grader could not read is sent back ungraded: the student keeps the attempt.
NOT_GRADABLE = ("unparsable",)
# The grader host fails a job whose results.json is over 1024 * 1024 bytes; stay clearly below.
RESULTS_LIMIT = 1_000_000
CUT_NOTE = "Some feedback was cut to fit PrairieLearn's 1 MB limit on grading results."
GRADER_FAILED = (
    "The grader failed on this submission (it timed out or crashed). This is not a judgement of your "
    "work and no attempt was used: submit again, and tell your instructor if it happens again."
)
UNREADABLE = (
    "The grader could not read a derivation in this submission; no attempt was used. "
    "Check the format and submit again."
)


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


def _message(report: Report) -> str:
    message = f"Score {report.score:g} / {report.max_score:g} ({report.verdict})."
    fa = report.final_answer
    if fa is not None:
        value = "none" if fa.value is None else f"{fa.value:.6g}"
        message += f" Final answer {value}: {'correct' if fa.correct else 'not correct'}."
    return message


def _tests(part: Part) -> list[dict[str, Any]]:
    """The problem's test (its points), then one per diagnostic worth 0 of 0."""
    report = part.report
    head = {
        "name": part.title,
        "description": "the chain-rule derivation, step by step, and its final answer",
    }
    if report is None:
        return [{**head, "points": 0, "max_points": part.points, "message": part.missing, "output": ""}]
    output = plain_feedback(report)
    tests: list[dict[str, Any]] = [
        {
            **head,
            "points": report.score,
            "max_points": report.max_score,
            "message": _message(report),
            "output": output,
        }
    ]
    for d in report.diagnostics:
        entry = REGISTRY.get(d.code)
        tests.append(
            {
                "name": f"{part.title}: line {d.span.line}: {entry.title if entry else d.code}",
                "description": d.code,
                "points": 0,
                "max_points": 0,
                "message": d.message,
                "output": _diagnostic_output(report, d),
            }
        )
    return tests


def _format_errors(parts: list[Part]) -> list[str]:
    several = len(parts) > 1
    errors = []
    for part in parts:
        where = f"{part.title}: " if several else ""
        if part.report is None:
            errors.append(where + part.missing)
        elif part.report.verdict == "error":
            errors.append(where + "the grader could not finish checking this work (not a mistake of yours)")
        elif part.report.verdict in NOT_GRADABLE:
            found = [f"line {d.span.line}: {d.message}" for d in part.report.diagnostics]
            errors.extend(where + e for e in found or ["no derivation found"])
    return errors


def render_parts(parts: list[Part], unmatched: list[str] | None = None) -> dict[str, Any]:
    """results.json: gradable work scored in [0, 1] with one test per problem; else `gradable: false`.

    Ungradable (the student keeps the attempt): the grader failed on any problem, or it could read
    the work of none of them.
    """
    several = len(parts) > 1
    output = "".join(
        (f"== {p.title} ==\n" if several else "")
        + (plain_feedback(p.report) if p.report else p.missing + "\n")
        for p in parts
    )
    if unmatched:
        output += f"not graded: {'; '.join(unmatched)}\n"
    reports = [p.report for p in parts if p.report is not None]
    failed = any(r.verdict == "error" for r in reports)
    if failed or all(r.verdict in NOT_GRADABLE for r in reports):
        return {
            "gradable": False,
            "format_errors": _format_errors(parts),
            "message": GRADER_FAILED if failed else UNREADABLE,
            "output": output,
        }
    tests = [t for part in parts for t in _tests(part)]
    earned, total = sum(p.report.score for p in parts if p.report), sum(p.points for p in parts)
    score = min(1.0, max(0.0, earned / total)) if total > 0 else float(earned >= total)
    message = _message(reports[0]) if not several else f"Score {earned:g} / {total:g}."
    return {
        "gradable": True,
        "score": score,
        "message": message,
        "output": output,
        "tests": tests,
        # Extra keys are stored by PrairieLearn, not shown.
        "problems": [r.problem for r in reports],
        "verdicts": [r.verdict for r in reports],
        "codes": [c for r in reports for c in r.codes],
        "needs_review": any(r.needs_review for r in reports),
        **({"variants": [dict(r.variant) for r in reports]} if any(r.variant for r in reports) else {}),
    }


def _dumps(results: dict[str, Any]) -> str:
    return json.dumps(results, indent=2, ensure_ascii=False) + "\n"


def _cut(text: str, cap: int) -> str:
    if len(text) <= cap:
        return text
    return text[:cap] + f"\n… ({len(text) - cap} more characters cut)"


def _shrink(results: dict[str, Any], cap: int) -> dict[str, Any]:
    """A copy with every text cut to `cap` characters and long lists to their first entries, noted."""
    keep = max(1, cap // 100)
    out = {k: _cut(v, cap) if isinstance(v, str) else v for k, v in results.items()}
    out["message"] = _cut(str(results.get("message", "")), cap) + " " + CUT_NOTE
    errors = results.get("format_errors")
    if isinstance(errors, list) and errors:
        out["format_errors"] = [_cut(e, cap) for e in errors[:keep]]
        if len(errors) > keep:
            out["format_errors"].append(f"… and {len(errors) - keep} more")
    tests = results.get("tests")
    if isinstance(tests, list):
        # Every problem's test stays (the score is theirs); diagnostics beyond the first `keep` go.
        kept, extra = [], 0
        for test in tests:
            if test.get("max_points") or extra < keep:
                kept.append({k: _cut(v, cap) if isinstance(v, str) else v for k, v in test.items()})
            extra += not test.get("max_points")
        out["tests"] = kept
        if extra > keep:
            more = {"name": "More diagnostics", "points": 0, "max_points": 0, "output": ""}
            out["tests"].append({**more, "message": f"{extra - keep} more were cut. {CUT_NOTE}"})
    for key in ("codes",):
        if isinstance(out.get(key), list):
            out[key] = out[key][:keep]
    return out


def fit(results: dict[str, Any], limit: int = RESULTS_LIMIT) -> str:
    """results.json text of at most `limit` bytes: long feedback is cut, and the message says so."""
    text = _dumps(results)
    for cap in (100_000, 10_000, 1_000, 100):
        if len(text.encode()) <= limit:
            return text
        text = _dumps(_shrink(results, cap))
    if len(text.encode()) <= limit:
        return text
    bare = {k: results[k] for k in ("gradable", "score") if k in results}
    if bare.get("gradable") is False:
        bare["format_errors"] = [CUT_NOTE]
    return _dumps({**bare, "message": CUT_NOTE})
