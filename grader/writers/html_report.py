"""The class report: one self-contained HTML page, charts as inline SVG, no script and no network.

Every piece of text that came from a submission (names, messages quoting a line) goes through
`html.escape`; the explanations of the codes are embedded so each code links to its entry.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from grader.classreport import HISTOGRAM_BINS, ClassStats, ProblemStats
from grader.diagnostics import REGISTRY

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;
 padding:0 1rem;color:#1d232a}
h1{font-size:1.6rem}h2{border-bottom:2px solid #d8dee4;padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.05rem;margin-top:1.6rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .7rem;border-bottom:1px solid #e3e7eb;
 text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
.chart{display:block;margin:.4rem 0}.chart text{font-size:12px;fill:#1d232a}
.bar{fill:#4878a8}.bar.bad{fill:#c8553d}.axis{stroke:#8a939c;stroke-width:1}
pre{background:#f4f6f8;padding:.5rem .8rem;overflow-x:auto}code{font-size:.92em}
.muted{color:#5b6670}dl.explain dt{font-weight:600;margin-top:.6rem}dl.explain dd{margin-left:1rem}
section.code{border-left:3px solid #d8dee4;padding-left:1rem;margin:1.2rem 0}
"""


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def histogram_svg(counts: list[int], label: str) -> str:
    """Vertical bars, one per score band."""
    width, height, left, bottom, top = 560, 200, 36, 34, 12
    slot = (width - left - 8) / len(counts)
    peak = max(counts) or 1
    parts = [
        f'<svg class="chart histogram" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>',
        f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}"/>',
    ]
    for i, count in enumerate(counts):
        band = "100%" if i == HISTOGRAM_BINS - 1 else f"{10 * i}-{10 * i + 9}"
        x = left + i * slot + 3
        h = (height - bottom - top) * count / peak
        y = height - bottom - h
        if count:
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot - 6:.1f}" height="{max(h, 1):.1f}">'
                f"<title>{band}: {count}</title></rect>"
            )
            parts.append(
                f'<text x="{x + (slot - 6) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{count}</text>'
            )
        parts.append(
            f'<text x="{x + (slot - 6) / 2:.1f}" y="{height - bottom + 15}" text-anchor="middle">{band}</text>'
        )
    parts.append(
        f'<text x="{left + (width - left) / 2:.0f}" y="{height - 4}" text-anchor="middle">'
        "score, % of full marks</text></svg>"
    )
    return "".join(parts)


def bars_svg(items: list[tuple[str, float, str, str | None]], label: str, bad: bool = False) -> str:
    """Horizontal bars: (label, value, value text, link) per row; labels with a link are anchors."""
    if not items:
        return '<p class="muted">none</p>'
    row, label_width, width = 24, 220, 620
    height = row * len(items) + 8
    peak = max(v for _, v, _, _ in items) or 1
    room = width - label_width - 70
    parts = [
        f'<svg class="chart bars" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>'
    ]
    for i, (name, value, shown, link) in enumerate(items):
        y = 4 + i * row
        text = f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">{escape(name)}</text>'
        if link:
            text = f'<a href="#{escape(link)}">{text}</a>'
        w = max(room * value / peak, 2.0)
        parts.append(text)
        parts.append(
            f'<rect class="bar{" bad" if bad else ""}" x="{label_width}" y="{y + 3}" width="{w:.1f}" '
            f'height="{row - 8}"><title>{escape(name)}: {escape(shown)}</title></rect>'
        )
        parts.append(f'<text x="{label_width + w + 6:.1f}" y="{y + 15}">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _anchor(code: str) -> str:
    return f"code-{code}"


def _top_code(p: ProblemStats) -> str:
    if not p.codes:
        return ""
    code, count = p.codes.most_common(1)[0]
    return f'<a href="#{_anchor(code)}"><code>{escape(code)}</code></a> ({_pct(count, p.submissions)})'


def _problem_section(p: ProblemStats) -> str:
    n = p.submissions
    verdicts = ", ".join(f"{escape(v)} {c}" for v, c in p.verdicts.most_common())
    out = [
        f'<section class="problem" id="problem-{escape(p.problem)}"><h2>{escape(p.problem)}</h2>',
        f"<p>{n} submission{'s' if n != 1 else ''}; mean score {p.mean_score:.2f} / {p.max_score:g}; "
        f"{verdicts}.</p>",
        "<h3>Scores</h3>",
        histogram_svg(p.histogram, f"score histogram for {p.problem}"),
        "<h3>Misconceptions</h3>",
        '<p class="muted">Share of submissions showing each diagnostic; each code links to its explanation.</p>',
    ]
    codes = [(c, k, f"{k} ({_pct(k, n)})", _anchor(c)) for c, k in p.codes.most_common()]
    out.append(bars_svg(codes, f"diagnostics in {p.problem}", bad=True))
    if codes:
        out.append("<table><tr><th>code</th><th>submissions</th><th>an example message</th></tr>")
        for code, count in p.codes.most_common():
            title = REGISTRY[code].title if code in REGISTRY else ""
            out.append(
                f'<tr><td><a href="#{_anchor(code)}"><code>{escape(code)}</code></a><br>'
                f'<span class="muted">{escape(title)}</span></td><td class="n">{count}</td>'
                f"<td>{escape(p.code_examples.get(code, ''))}</td></tr>"
            )
        out.append("</table>")
    out.append("<h3>Most common wrong final answers</h3>")
    wrong = p.wrong_answers.most_common(10)
    if wrong or p.no_answer:
        out.append("<table><tr><th>final answer</th><th>submissions</th></tr>")
        out.extend(f'<tr><td><code>{escape(v)}</code></td><td class="n">{c}</td></tr>' for v, c in wrong)
        if p.no_answer:
            out.append(f'<tr><td class="muted">no final answer</td><td class="n">{p.no_answer}</td></tr>')
        out.append("</table>")
    else:
        out.append('<p class="muted">none</p>')
    out.append("<h3>Where derivations go wrong</h3>")
    out.append('<p class="muted">Share of checked steps that fail, by position in the derivation.</p>')
    steps = [
        (
            f"step {k}",
            p.step_failures[k] / p.step_attempts[k],
            f"{_pct(p.step_failures[k], p.step_attempts[k])} of {p.step_attempts[k]}",
            None,
        )
        for k in sorted(p.step_attempts)[:12]
    ]
    out.append(bars_svg(steps, f"failing steps by position in {p.problem}", bad=True))
    if p.kind_attempts:
        out.append("<table><tr><th>kind of step</th><th>fail</th><th>checked</th></tr>")
        for kind, attempts in sorted(p.kind_attempts.items(), key=lambda kv: -p.kind_failures[kv[0]]):
            failures = p.kind_failures[kind]
            out.append(
                f'<tr><td>{escape(kind)}</td><td class="n">{failures} ({_pct(failures, attempts)})</td>'
                f'<td class="n">{attempts}</td></tr>'
            )
        out.append("</table>")
    if p.needs_hand_grading:
        out.append(
            "<h3>Grade by hand</h3><p>The grader could not finish these (not the students' fault):</p><ul>"
        )
        out.extend(f"<li>{escape(s)}</li>" for s in p.needs_hand_grading)
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)


def _explanations(codes: list[str]) -> str:
    out = ['<section id="explanations"><h2>What the codes mean</h2>']
    for code in codes:
        entry = REGISTRY.get(code)
        if entry is None:
            out.append(
                f'<section class="code" id="{_anchor(code)}"><h3><code>{escape(code)}</code></h3>'
                '<p class="muted">not a code this grader knows</p></section>'
            )
            continue
        out.append(
            f'<section class="code" id="{_anchor(code)}"><h3><code>{escape(code)}</code>: {escape(entry.title)}'
            f'</h3><dl class="explain"><dt>What it catches</dt><dd>{escape(entry.catches)}</dd>'
            f"<dt>Why it is wrong</dt><dd>{escape(entry.why)}</dd>"
            f"<dt>Example</dt><dd><pre>{escape(entry.example)}</pre></dd>"
            f"<dt>Use instead</dt><dd>{escape(entry.instead)}</dd></dl></section>"
        )
    out.append("</section>")
    return "\n".join(out)


def render(stats: ClassStats, title: str = "Class report") -> str:
    seen = sorted({c for p in stats.problems.values() for c in p.codes})
    listed = seen + [c for c in REGISTRY if c not in seen]
    problems = sorted(stats.problems.values(), key=lambda p: p.problem)
    contents = "".join(
        f'<tr><td><a href="#problem-{escape(p.problem)}">{escape(p.problem)}</a></td>'
        f'<td class="n">{p.submissions}</td><td class="n">{p.mean_score:.2f} / {p.max_score:g}</td>'
        f'<td class="n">{_pct(p.histogram[-1], p.submissions)}</td><td>{_top_code(p)}</td></tr>'
        for p in problems
    )
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    body = "\n".join(_problem_section(p) for p in problems) or "<p>No graded submissions found.</p>"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<style>{CSS}</style></head><body>\n"
        f"<h1>{escape(title)}</h1>\n"
        f'<p class="muted">{stats.submissions} graded submissions, {len(problems)} problem(s); made {when}.</p>\n'
        "<table><tr><th>problem</th><th>submissions</th><th>mean score</th><th>full marks</th>"
        f"<th>most common diagnostic</th></tr>{contents}</table>\n{body}\n{_explanations(listed)}\n</body></html>\n"
    )
