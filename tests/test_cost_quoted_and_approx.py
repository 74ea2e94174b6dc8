"""A cost answer inside a Markdown blockquote or a notes app's callout ("> [!tip] Answer", "> $$Lh(…)$$"), and a
value after `\\approx` in LaTeX, are read as the same answer written plainly.

blind-kinds61 (a class pasting Notion and Obsidian pages) put its answers in callouts: every "> " line of the cost
kind was a parse-error, so cost--kv-cache-scores/001 was judged from a line above its answer and lost its marks;
cost--exhaustive-search/001 wrote "$\\approx 3\\times10^{23}$", a parse-error that made it a "|V|" answer. The
blockquote marker is now blanked as other dressing is, and `\\approx` is read as ≈. A metamorphic table: each
answer, quoted, is graded as the plain answer is; a wrong one stays wrong.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

KV = ROOT / "problems/cost/kv-cache-scores.toml"
SEARCH = ROOT / "problems/cost/exhaustive-search.toml"
ANSWERS = [
    (
        KV,
        "$$\\sum_{i=1}^{n}(m+i) = nm + \\frac{n(n+1)}{2}$$\nTimes h heads and L layers:\n$$Lh\\left(nm + \\frac{n(n+1)}{2}\\right)$$\n",
    ),
    (KV, "Lh(nm + n(n+1)/2)\n"),
    (KV, "Lh(nm + n^2)\n"),
    (SEARCH, "$|V|^n$ sequences: $|V|$ choices for each of the $n$ positions.\n"),
    (SEARCH, "$n|V|$ sequences.\n"),
]


def graded(path, text: str):  # type: ignore[no-untyped-def]
    report = load_question(path).grade(text.encode(), "answer.md")
    return report.verdict, report.score, sorted(d.code for d in report.diagnostics)


@pytest.mark.parametrize(
    ("path", "plain"), ANSWERS, ids=[f"{p.stem}-{i}" for i, (p, _) in enumerate(ANSWERS)]
)
@pytest.mark.parametrize("quote", ["> ", ">", "> > "])
def test_a_quoted_answer_is_graded_as_the_plain_one(path, plain: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    quoted = "> [!tip] Answer\n" + "".join(quote + line + "\n" for line in plain.splitlines())
    assert graded(path, quoted) == graded(path, plain)


def test_a_value_after_approx_is_read() -> None:
    text = "$|V|^n$ sequences.\nWith $|V| \\approx 50\\,000$ even $n = 5$ gives $\\approx 3\\times10^{23}$ sequences.\n"
    report = load_question(SEARCH).grade(text.encode(), "answer.md")
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )
