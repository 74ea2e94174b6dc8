"""The class report: one self-contained HTML page, charts as inline SVG, no script and no network.

Every string from a record goes through `html.escape` (quotes too), wherever it lands: text,
attributes or titles. Ids and links are never built from record text alone: a slug of it plus
an index, or a code this grader knows. The page reads on a phone: tables scroll inside their
own box, charts scale down, long text wraps.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from grader.core.classreport import HISTOGRAM_BINS, ClassStats, ProblemStats, ProblemText, Record
from grader.core.diagnostics import REGISTRY

MAX_SKIPPED_LISTED = 200
STUDENTS_LINK = '<a href="#students">Students</a> · '

CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem auto;max-width:62rem;
 padding:0 .8rem;color:#1d232a;overflow-wrap:break-word}
h1{font-size:1.5rem}h2{border-bottom:2px solid #d8dee4;padding-bottom:.2rem;margin-top:2.2rem;font-size:1.25rem}
h3{font-size:1.05rem;margin-top:1.5rem}
.scroll{overflow-x:auto;max-width:100%;margin:.5rem 0}
table{border-collapse:collapse}td,th{padding:.25rem .6rem;border-bottom:1px solid #e3e7eb;
 text-align:left;vertical-align:top}th{background:#f4f6f8;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.nw{white-space:nowrap}td.codes{min-width:15rem}
.chart{display:block;margin:.4rem 0;max-width:100%;height:auto}.chart text{font-size:12px;fill:#1d232a}
.bar{fill:#4878a8}.bar.bad{fill:#c8553d}.axis{stroke:#8a939c;stroke-width:1}
pre{background:#f4f6f8;padding:.5rem .8rem;overflow-x:auto;max-width:100%;font-size:.88em}
pre.wrap{white-space:pre-wrap;overflow-wrap:anywhere}code{font-size:.92em}
.muted{color:#5b6670}.review{color:#a3361f;font-weight:600}
dl.explain dt{font-weight:600;margin-top:.6rem}dl.explain dd{margin-left:1rem}
section.code{border-left:3px solid #d8dee4;padding-left:1rem;margin:1.2rem 0}
details{margin:.4rem 0}summary{cursor:pointer}
details.feedback{border:1px solid #e3e7eb;border-radius:4px;padding:.3rem .6rem}
.fb{scroll-margin-top:5rem}.fb ul{padding-left:1.2rem}.fb li{margin:.3rem 0}
:target{outline:2px solid #4878a8;outline-offset:2px}
@media (max-width:40rem){body{font-size:14px;margin:.8rem auto}td,th{padding:.2rem .4rem}}
"""


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _slug(text: str) -> str:
    """A safe fragment of an id: lowercase letters, digits and hyphens only."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:32].strip("-") or "x"


def _code_anchor(code: str) -> str | None:
    """The id of a code's explanation; only codes this grader knows have one (their names are slugs)."""
    return f"code-{code}" if code in REGISTRY else None


def _code_link(code: str) -> str:
    anchor = _code_anchor(code)
    label = f"<code>{escape(code)}</code>"
    return f'<a href="#{anchor}">{label}</a>' if anchor else label


def _table(head: list[str], rows: list[str]) -> str:
    """A table in a box of its own that scrolls sideways on a narrow screen."""
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    return f'<div class="scroll"><table><tr>{header}</tr>{"".join(rows)}</table></div>'


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def histogram_svg(counts: list[int], label: str) -> str:
    """Vertical bars, one per score band."""
    width, height, left, bottom, top = 460, 190, 30, 34, 14
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
    """Horizontal bars: (label, value, value text, anchor) per row; labels with an anchor are links."""
    if not items:
        return '<p class="muted">none</p>'
    row, label_width, width = 24, 170, 460
    height = row * len(items) + 8
    peak = max(v for _, v, _, _ in items) or 1
    room = width - label_width - 80
    parts = [
        f'<svg class="chart bars" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>'
    ]
    for i, (name, value, shown, anchor) in enumerate(items):
        y = 4 + i * row
        text = (
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end"><title>{escape(name)}</title>'
            f"{escape(_short(name))}</text>"
        )
        if anchor:
            text = f'<a href="#{escape(anchor)}">{text}</a>'
        w = max(room * value / peak, 2.0)
        parts.append(text)
        parts.append(
            f'<rect class="bar{" bad" if bad else ""}" x="{label_width}" y="{y + 3}" width="{w:.1f}" '
            f'height="{row - 8}"><title>{escape(name)}: {escape(shown)}</title></rect>'
        )
        parts.append(f'<text x="{label_width + w + 6:.1f}" y="{y + 15}">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _top_code(p: ProblemStats) -> str:
    if not p.codes:
        return ""
    code, count = p.codes.most_common(1)[0]
    return f"{_code_link(code)} ({_pct(count, p.submissions)})"


def _problem_text(text: ProblemText | None) -> str:
    if text is None:
        return (
            '<p class="muted">The problem file was not found, so its statement and worked solution are not '
            "shown (pass <code>--problem FILE</code> to <code>grader report</code>).</p>"
        )
    out = [f'<p class="muted">From <code>{escape(text.path)}</code>.</p>']
    if text.note:
        out.append(f'<p class="review">{escape(text.note)}</p>')
    if text.variants:
        out.append(f'<p class="muted">{escape(text.variants)}</p>')
    out.append(
        f'<details open><summary>Statement</summary><pre class="wrap">{escape(text.statement)}</pre></details>'
    )
    if text.solution:
        out.append(f"<details><summary>Worked solution</summary><pre>{escape(text.solution)}</pre></details>")
    return "\n".join(out)


def _factors(p: ProblemStats) -> str:
    n = p.submissions
    ranked = sorted(p.factors.items(), key=lambda kv: (-kv[1].submissions, kv[0]))
    out = [
        "<h3>Where the class goes wrong</h3>",
        '<p class="muted">Students with a mistake at each term of the chain rule (the factor the diagnostic '
        "concerns), and which mistakes. Mistakes in the final answer or the derivation as a whole are under "
        "<em>whole computation</em>; a diagnostic that names no term is placed by its line.</p>",
    ]
    items = [
        (where, f.submissions, f"{f.submissions} ({_pct(f.submissions, n)})", None) for where, f in ranked
    ]
    out.append(bars_svg(items[:15], f"mistakes by chain-rule term in {p.problem}", bad=True))
    if ranked:
        rows = [
            f'<tr><td>{escape(where)}</td><td class="n">{f.submissions} ({_pct(f.submissions, n)})</td><td>'
            + ", ".join(f"{_code_link(c)}&nbsp;×{k}" for c, k in f.codes.most_common())
            + "</td></tr>"
            for where, f in ranked
        ]
        out.append(_table(["term", "students", "mistakes (students)"], rows))
    return "\n".join(out)


def _problem_section(p: ProblemStats, anchor: str, text: ProblemText | None) -> str:
    n = p.submissions
    verdicts = ", ".join(f"{escape(v)} {c}" for v, c in p.verdicts.most_common())
    heading = escape(p.problem) + (f": {escape(text.title)}" if text and text.title else "")
    out = [
        f'<section class="problem" id="{anchor}"><h2>{heading}</h2>',
        f"<p>{_count(n, 'submission')}; mean score {p.mean_score:.2f} / {p.max_score:g}; "
        f"{verdicts}; {p.needs_review} to review.</p>",
        _problem_text(text),
        "<h3>Scores</h3>",
        histogram_svg(p.histogram, f"score histogram for {p.problem}"),
        _factors(p),
        "<h3>Diagnostics</h3>",
        '<p class="muted">Share of submissions showing each diagnostic; each code links to its explanation.</p>',
    ]
    codes = [(c, k, f"{k} ({_pct(k, n)})", _code_anchor(c)) for c, k in p.codes.most_common()]
    out.append(bars_svg(codes, f"diagnostics in {p.problem}", bad=True))
    if codes:
        rows = []
        for code, count in p.codes.most_common():
            title = REGISTRY[code].title if code in REGISTRY else "not a code this grader knows"
            rows.append(
                f'<tr><td>{_code_link(code)}<br><span class="muted">{escape(title)}</span></td>'
                f'<td class="n">{count}</td><td>{escape(p.code_examples.get(code, ""))}</td></tr>'
            )
        out.append(_table(["code", "submissions", "an example message"], rows))
    out.append("<h3>Most common wrong final answers</h3>")
    wrong = p.wrong_answers.most_common(10)
    if wrong or p.no_answer:
        rows = [f'<tr><td><code>{escape(v)}</code></td><td class="n">{c}</td></tr>' for v, c in wrong]
        if p.no_answer:
            rows.append(f'<tr><td class="muted">no final answer</td><td class="n">{p.no_answer}</td></tr>')
        out.append(_table(["final answer", "submissions"], rows))
    else:
        out.append('<p class="muted">none</p>')
    if p.kind_attempts:
        out.append("<h3>Kinds of step that fail</h3>")
        rows = []
        for kind, attempts in sorted(
            p.kind_attempts.items(), key=lambda kv: (-p.kind_failures[kv[0]], kv[0])
        ):
            failures = p.kind_failures[kind]
            rows.append(
                f'<tr><td>{escape(kind)}</td><td class="n">{failures} ({_pct(failures, attempts)})</td>'
                f'<td class="n">{attempts}</td></tr>'
            )
        out.append(_table(["kind of step", "fail", "checked"], rows))
    if p.needs_hand_grading:
        out.append(
            "<h3>Grade by hand</h3><p>The grader could not finish these (not the students' fault):</p><ul>"
        )
        out.extend(f"<li>{escape(s)}</li>" for s in p.needs_hand_grading)
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)


def _student_rows(records: list[Record], anchors: list[str]) -> str:
    rows = []
    for r, anchor in zip(records, anchors, strict=True):
        review = '<span class="review">yes</span>' if r.needs_review else "no"
        rows.append(
            f'<tr><td><a href="#{anchor}">{escape(r.who)}</a></td><td class="nw">{escape(r.problem)}</td>'
            f'<td class="n">{r.score:g} / {r.max_score:g}</td><td>{escape(r.verdict)}</td>'
            f'<td>{review}</td><td class="codes">{" ".join(_code_link(c) for c in r.codes)}</td></tr>'
        )
    return _table(["student", "problem", "score", "verdict", "needs review", "codes"], rows)


def _note_text(r: Record) -> str:
    items = []
    for note in r.notes:
        where = f"{note.line}:{note.column}" if note.line and note.column else f"{note.line or '-'}"
        hint = f'<br><span class="muted">hint: {escape(note.hint)}</span>' if note.hint else ""
        items.append(
            f"<li><code>{escape(where)}</code> {_code_link(note.code)} {escape(note.message)}{hint}</li>"
        )
    answer = ""
    if r.final_correct is not None:
        shown = "none" if r.final_value is None else f"{r.final_value:.6g}"
        answer = f"<p>Final answer: <code>{escape(shown)}</code> ({'correct' if r.final_correct else 'not correct'}).</p>"
    notes = f"<ul>{''.join(items)}</ul>" if items else "<p>No diagnostics.</p>"
    return (
        '<p class="muted">This record keeps no copy of the feedback shown to the student; these are its '
        "diagnostics as the grader reported them.</p>" + notes + answer
    )


def _feedback(r: Record, anchor: str) -> str:
    body = f'<pre class="wrap">{escape(r.student_feedback)}</pre>' if r.student_feedback else _note_text(r)
    return (
        f'<details class="feedback"><summary>{escape(r.who)} · {escape(r.problem)} · {escape(r.verdict)} '
        f"{r.score:g} / {r.max_score:g}</summary>"
        f'<div class="fb" id="{anchor}">{body}</div></details>'
    )


def _skipped(stats: ClassStats) -> str:
    if not stats.skipped:
        return ""
    n = len(stats.skipped)
    items = "".join(
        f"<li><code>{escape(source)}</code>: {escape(why)}</li>"
        for source, why in stats.skipped[:MAX_SKIPPED_LISTED]
    )
    more = f"<li>… and {n - MAX_SKIPPED_LISTED} more</li>" if n > MAX_SKIPPED_LISTED else ""
    return (
        f'<p class="review">{_count(n, "file")} skipped: not grader records.</p>'
        f"<details><summary>Which files, and why</summary><ul>{items}{more}</ul></details>"
    )


def _explanations(codes: list[str]) -> str:
    out = ['<section id="explanations"><h2>What the codes mean</h2>']
    known = [c for c in codes if c in REGISTRY]
    if not known:
        out.append('<p class="muted">No diagnostics were reported.</p>')
    for code in known:
        entry = REGISTRY[code]
        out.append(
            f'<section class="code" id="{_code_anchor(code)}"><h3><code>{escape(code)}</code>: '
            f'{escape(entry.title)}</h3><dl class="explain"><dt>What it catches</dt><dd>{escape(entry.catches)}</dd>'
            f"<dt>Why it is wrong</dt><dd>{escape(entry.why)}</dd>"
            f"<dt>Example</dt><dd><pre>{escape(entry.example)}</pre></dd>"
            f"<dt>Use instead</dt><dd>{escape(entry.instead)}</dd></dl></section>"
        )
    out.append("</section>")
    return "\n".join(out)


def render(
    stats: ClassStats, title: str = "Class report", texts: dict[str, ProblemText] | None = None
) -> str:
    """The whole page for a gathered class; `texts` are the problems' statements and solutions, by id."""
    texts = texts or {}
    problems = sorted(stats.problems.values(), key=lambda p: p.problem)
    p_anchor = {p.problem: f"problem-{i}-{_slug(p.problem)}" for i, p in enumerate(problems)}
    contents = [
        f'<tr><td><a href="#{p_anchor[p.problem]}">{escape(p.problem)}</a></td>'
        f'<td class="n">{p.submissions}</td><td class="n">{p.mean_score:.2f} / {p.max_score:g}</td>'
        f'<td class="n">{_pct(p.histogram[-1], p.submissions)}</td><td class="n">{p.needs_review}</td>'
        f"<td>{_top_code(p)}</td></tr>"
        for p in problems
    ]
    records = sorted(stats.records, key=lambda r: (r.problem, r.who.lower(), r.source))
    anchors = [f"feedback-{i}-{_slug(r.who)}" for i, r in enumerate(records)]
    seen = [c for c in sorted(REGISTRY) if any(c in p.codes for p in problems)]
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    sections = [_problem_section(p, p_anchor[p.problem], texts.get(p.problem)) for p in problems]
    body = "\n".join(sections) or "<p>No graded submissions found.</p>"
    students = ""
    if records:
        students = (
            '<section id="students"><h2>Students</h2><p class="muted">Each name links to the feedback that '
            "student was given, further down this page.</p>"
            f"{_student_rows(records, anchors)}</section>\n"
            '<section id="feedback"><h2>Feedback as each student saw it</h2>'
            + "\n".join(_feedback(r, a) for r, a in zip(records, anchors, strict=True))
            + "</section>"
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<style>{CSS}</style></head><body>\n"
        f"<h1>{escape(title)}</h1>\n"
        f'<p class="muted">{_count(stats.submissions, "graded submission")}, {_count(len(problems), "problem")}; '
        f"made {when}. "
        f"{STUDENTS_LINK if records else ''}"
        '<a href="#explanations">What the codes mean</a></p>\n'
        f"{_skipped(stats)}\n"
        + _table(
            ["problem", "submissions", "mean score", "full marks", "to review", "most common diagnostic"],
            contents,
        )
        + f"\n{body}\n{students}\n{_explanations(seen)}\n</body></html>\n"
    )
