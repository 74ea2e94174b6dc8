"""The worked solution of a cost problem: the per-step cost, the sum, its closed form, its growth,
and the count on the problem's numpy transformer that confirms it."""

from __future__ import annotations

import json

import sympy

from grader.cost.algebra import leading, symbol
from grader.cost.count import Sizes, count
from grader.cost.forms import ASK_WORDS, STRATEGY_WORDS
from grader.cost.problem import CostProblem


def _show(expr: sympy.Expr) -> str:
    return sympy.sstr(expr).replace("**", "^")


def solution(problem: CostProblem) -> dict[str, object]:
    """The solution's parts, as data."""
    ref = problem.reference
    total = ref.total
    lines: list[str] = []
    why = ref.why if "m" in problem.symbols else ref.why.replace("m + i", "i").replace("all m + i", "all i")
    if ref.per_step is not None:
        index = "t" if problem.strategy == "teacher_forced" else "i"
        step = ref.per_step.xreplace({symbol("i"): symbol(index)})
        upper = _show(ref.upper)
        lines.append(f"per step {index} = 1 … {upper}: {why}")
        lines.append(f"    {_show(step)}")
        lines.append("total:")
        lines.append(f"    Σ_{{{index}=1}}^{{{upper}}} {_show(sympy.factor(step))}")
        lines.append(f"  = {_show(total)}")
        factored = sympy.factor(total)
        if factored != total:
            lines.append(f"  = {_show(factored)}")
    else:
        lines.append(f"{why}:")
        lines.append(f"    {_show(sympy.factor(total))}")
    sizes = problem.sizes
    values = Sizes(sizes.n, sizes.m, sizes.k, sizes.d_model, sizes.layers, sizes.heads, sizes.vocabulary)
    point = {symbol(r): getattr(values, r) for r in problem.symbols}
    expected = int(total.xreplace(point))
    counted = count(problem.ask, problem.strategy, _as_problem(values, problem), sizes.seed)
    where = ", ".join(f"{r}={getattr(values, r)}" for r in problem.symbols)
    return {
        "ask": problem.ask,
        "strategy": problem.strategy,
        "symbols": problem.symbols,
        "derivation": lines,
        "closed_form": _show(sympy.factor(total)),
        "growth": f"Θ({_show(leading(total, problem.constants))})",
        "constants": sorted(problem.constants),
        "check": {"sizes": where, "closed_form": expected, "counted": counted},
    }


def _as_problem(values: Sizes, problem: CostProblem) -> Sizes:
    """The sizes the model runs at: a letter the problem does not define is 1 (d, L, h) or 0 (m)."""
    absent = {"m": 0, "L": 1, "h": 1}
    fields = {
        r: (getattr(values, r) if r in problem.symbols else absent.get(r, getattr(values, r)))
        for r in "nmkdLhV"
    }
    return Sizes(**fields)


def render_solution(problem: CostProblem, fmt: str = "text") -> str:
    """The worked solution as text, Markdown or JSON."""
    data = solution(problem)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    how = "" if problem.ask == "sequences_scored" else f", {STRATEGY_WORDS[problem.strategy]}"
    title = f"{ASK_WORDS[problem.ask].capitalize()}{how}."
    symbols = "; ".join(f"{k} = {v}" for k, v in problem.symbols.items())
    check = data["check"]
    tail = [
        f"answer: {data['closed_form']}",
        f"growth: {data['growth']}"
        + (f" (fixed: {', '.join(data['constants'])})" if data["constants"] else ""),
        f"checked by counting on the numpy transformer ({check['sizes']}): "  # type: ignore[index]
        f"closed form {check['closed_form']}, counted {check['counted']}",  # type: ignore[index]
    ]
    body = [title, f"symbols: {symbols}", *data["derivation"], *tail]  # type: ignore[misc]
    if fmt == "markdown":
        return f"### {problem.title or problem.id}\n\n```text\n" + "\n".join(body) + "\n```\n"
    return "\n".join(body) + "\n"
