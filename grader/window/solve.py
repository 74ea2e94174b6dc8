"""`grader solve` for a window question: both derivations, the gap and why the window costs less."""

from __future__ import annotations

import json

from grader.core.question import SOLUTION_FORMATS
from grader.derivation.solve import render_solution
from grader.window.problem import WindowProblem

ASKED = {
    "window_gap": "the gap log P_full(y | x) − log P_k(y | x)",
    "full": "log P(y | x) under the full model",
    "windowed": "log P(y | x) under the k-window model",
}


def _num(value: float) -> str:
    return f"{value:.6g}"


def attention_work(problem: WindowProblem) -> tuple[int, int] | None:
    """Attention scores computed over x and y by the full and the windowed transformer (None otherwise)."""
    from grader.reference.transformer import TransformerModel, Work

    full, windowed = problem.full.model, problem.windowed.model
    if not isinstance(full, TransformerModel) or not isinstance(windowed, TransformerModel):
        return None
    ids = [full.index[t] for t in (full.prompt or ()) + problem.full.y[:-1]]
    counts = []
    for model in (full, windowed):
        work = Work()
        model.run(ids, "teacher_forced", work)
        counts.append(work.score_entries)
    return counts[0], counts[1]


def cost_reason(problem: WindowProblem) -> str:
    """Why the window model costs less, with this problem's own numbers where the model has them."""
    k = problem.k
    reason = (
        f"the window model: each prediction reads at most {k} token(s), and a KV cache need keep only "
        f"the last {k} position(s), while the full model reads the whole history, which grows with every token"
    )
    work = attention_work(problem)
    if work is not None:
        reason += f" (here: {work[0]} attention scores for the full model, {work[1]} for the window)"
    return reason


def _gap_line(problem: WindowProblem) -> str:
    full, win = problem.full.reference.value, problem.windowed.reference.value
    return f"log P_full − log P_{problem.k} = {_num(full)} − ({_num(win)}) = {_num(problem.gap)}"


def render_window_solution(problem: WindowProblem, fmt: str = "text") -> str:
    """The worked solution of a window problem as text, json or markdown."""
    if fmt not in SOLUTION_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {SOLUTION_FORMATS}")
    show_full = problem.ask in ("window_gap", "full")
    show_window = problem.ask in ("window_gap", "windowed")
    if fmt == "json":
        data = {
            "problem": problem.id,
            "title": problem.title,
            "kind": "window",
            "ask": problem.ask,
            "window": problem.k,
            "log_base": problem.log_base,
            "full": json.loads(render_solution(problem.full, "json")) if show_full else None,
            "windowed": json.loads(render_solution(problem.windowed, "json")) if show_window else None,
            "gap": problem.gap if problem.ask == "window_gap" else None,
            "cheaper": "window" if problem.cheaper else None,
            "cost_reason": cost_reason(problem) if problem.cheaper else None,
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    head = "## " if fmt == "markdown" else "== "
    tail = "" if fmt == "markdown" else " =="
    out = [
        f"{'# ' if fmt == 'markdown' else ''}Problem {problem.id}"
        + (f": {problem.title}" if problem.title else ""),
        f"Asked: {ASKED[problem.ask]} (k = {problem.k}), log base {problem.log_base}",
        "",
    ]
    if show_full:
        out += [f"{head}Full model{tail}", render_solution(problem.full, fmt)]
    if show_window:
        out += [f"{head}Window model (k = {problem.k}){tail}", render_solution(problem.windowed, fmt)]
    if problem.ask == "window_gap":
        out += [f"{head}Gap{tail}", _gap_line(problem), ""]
    if problem.cheaper:
        out += [f"{head}Cheaper{tail}", cost_reason(problem), ""]
    return "\n".join(out)
