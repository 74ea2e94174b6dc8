"""`grader problems show`: a problem as a student and as staff would see it, in Markdown or HTML."""

from __future__ import annotations

from html import escape

from grader.authoring.kinds import tools
from grader.authoring.markdown import to_html
from grader.core.question import Question

AUDIENCES = ("student", "staff")
FORMATS = ("markdown", "html")

_STYLE = """body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem}
pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}code{background:#f4f4f4}"""


def _points(points: float) -> str:
    return f"{points:g} point{'s' if points != 1 else ''}"


def render_markdown(question: Question, audience: str = "staff") -> str:
    """The problem in Markdown: statement and model for everyone; settings, solution and tests for staff."""
    hooks = tools(question.kind)
    model = hooks.model_line(question) if hooks else None
    out = [
        f"# {question.title or question.id}",
        "",
        f"*{_points(question.points)}*",
        "",
        question.statement.strip(),
        "",
    ]
    if model:
        out += ["## Model", "", model, ""]
    if audience == "staff":
        out += ["---", "", "## For staff", ""]
        out += [
            f"- **File:** `{question.path}`",
            f"- **Id:** `{question.id}`",
            f"- **Kind:** {question.kind}",
        ]
        tests = sorted({c.code for e in question.examples for c in e.codes})
        out.append(
            f"- **Question tests:** {len(question.examples)} ([[examples]]; codes shown: {', '.join(tests) or 'none'})"
        )
        out += ["", "## Worked solution", "", question.solve("markdown").strip(), ""]
    return "\n".join(out).rstrip() + "\n"


def render_html(question: Question, audience: str = "staff") -> str:
    """One self-contained HTML page (no script, nothing loaded from elsewhere)."""
    title = escape(question.title or question.id)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{title} ({audience} view)</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"{to_html(render_markdown(question, audience))}\n</body>\n</html>\n"
    )


def render(question: Question, fmt: str = "markdown", audience: str = "staff") -> str:
    """The problem in `fmt` (markdown | html) for `audience` (student | staff)."""
    return render_html(question, audience) if fmt == "html" else render_markdown(question, audience)
