"""Compiler-style text: `file:line:col: code message`, the source line, a caret, the hint."""

from __future__ import annotations

from grader.core.report import Report


def _fmt(v: float | None) -> str:
    if v is None:
        return "none"
    return f"{v:.6g}"


def render(report: Report) -> str:
    out: list[str] = []
    lines = report.source_lines
    for d in report.diagnostics:
        where = f"{report.submission}:{d.span.line}:{d.span.column}"
        out.append(f"{where}: {d.code}: {d.message}")
        if 1 <= d.span.line <= len(lines):
            text = lines[d.span.line - 1]
            number = str(d.span.line)
            pad = " " * len(number)
            end = d.span.end_column if d.span.end_line == d.span.line else len(text) + 1
            width = max(1, min(end, len(text) + 1) - d.span.column)
            out.append(f" {number} | {text}")
            out.append(f" {pad} | {' ' * (d.span.column - 1)}{'^' * width}")
            if d.hint:
                out.append(f" {pad} = hint: {d.hint}")
        elif d.hint:
            out.append(f"   = hint: {d.hint}")
    if report.diagnostics:
        out.append("")
    fa = report.final_answer
    if fa is not None:
        mark = "correct" if fa.correct else "wrong"
        where = f" (line {fa.line})" if fa.line else ""
        expected = "" if fa.expected is None else f"; expected {_fmt(fa.expected)}"
        shown = fa.text if fa.value is None and fa.text else _fmt(fa.value)  # a non-numeric kind's answer
        out.append(f"final answer: {shown}{where}{expected}: {mark}")
    checked = [s for s in report.steps if s.status in ("ok", "error")]
    if checked:
        good = sum(1 for s in checked if s.status == "ok")
        out.append(f"steps: {good} of {len(checked)} hold")
    out.append(f"score: {report.score:g} / {report.max_score:g}  verdict: {report.verdict}")
    return "\n".join(out) + "\n"
