"""`grader solve`: the worked reference solution of a problem, as the checker computes it.

Everything shown comes from `Problem.reference` (computed once when the problem is loaded) and
from the model's own `derive`, so what instructors read is what submissions are graded against.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from grader.core.question import SOLUTION_FORMATS as FORMATS
from grader.derivation.problem import Problem
from grader.reference.base import EOS, Prob

LOG_NAME = {"e": "ln", "2": "log2", "10": "log10"}
ASK_NAME = {
    "probability": "P(y | x)",
    "log_likelihood": "log-likelihood log P(y | x)",
    "nll": "negative log-likelihood -log P(y | x)",
    "cross_entropy": "cross-entropy per token",
    "perplexity": "perplexity",
}


def _num(value: float) -> str:
    return f"{value:.6g}"


def _prob_text(p: Prob) -> str:
    """2/3 for an exact fraction (with its decimal), else the decimal."""
    if isinstance(p, Fraction):
        return str(p) if p.denominator == 1 else f"{p} ≈ {_num(float(p))}"
    return _num(p)


@dataclass(frozen=True)
class Step:
    """One chain-rule factor as shown in a solution."""

    position: int
    token: str
    notation: str  # e.g. "P(I | <s>)"
    prob: Prob
    log: float  # in the problem's base
    formula: str
    substituted: str
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Solution:
    """The worked solution: what `render_solution` formats."""

    problem: Problem
    model: str
    steps: tuple[Step, ...]
    product: Prob
    log_sum: float  # in the problem's base
    n: int
    normalisation: str  # how the answer follows from log_sum (and n)
    answer: float
    exact_answer: Fraction | None


def describe_model(problem: Problem) -> str:
    """One line saying what the reference model is, with the conventions that decide its numbers."""
    return problem.model.describe()


def solve(problem: Problem) -> Solution:
    """The worked solution of a loaded problem (its reference, explained)."""
    ln_b = problem.ln_base
    steps = []
    for c, ln_p in zip(problem.reference.conditionals, problem.reference.ln_probs, strict=True):
        assert c.prob is not None
        derivation = problem.model.derive(c.token, c.context)
        steps.append(
            Step(
                position=c.position,
                token=c.token,
                notation=problem.factor_label(c.position),
                prob=c.prob,
                log=ln_p / ln_b,
                formula=derivation.formula if derivation else "given",
                substituted=derivation.substituted if derivation else _prob_text(c.prob),
                counts=derivation.counts if derivation else (),
            )
        )
    product: Prob = Fraction(1)
    for step in steps:
        product = product * step.prob
    if not all(isinstance(s.prob, Fraction) for s in steps):
        product = math.exp(math.fsum(problem.reference.ln_probs))
    log_sum = math.fsum(problem.reference.ln_probs) / ln_b
    n = len(steps)
    log = LOG_NAME[problem.log_base]
    counted = f"N = {n} tokens of y" + (
        " (</s> included, x not)" if problem.y[-1] == EOS else " (x not counted)"
    )
    normalisation = {
        "probability": "P(y | x) = product of the conditionals",
        "log_likelihood": f"{log} P(y | x) = sum of the {log} conditionals",
        "nll": f"NLL = -{log} P(y | x) = -({_num(log_sum)})",
        "cross_entropy": f"H = -(1/N) Σ {log} P(y_i | …), {counted}",
        "perplexity": f"PP = exp(-(1/N) Σ ln P(y_i | …)) = P(y | x)^(-1/N), {counted}",
    }[problem.ask]
    exact = None
    if isinstance(product, Fraction) and problem.ask == "probability":
        exact = product
    return Solution(
        problem=problem,
        model=describe_model(problem),
        steps=tuple(steps),
        product=product,
        log_sum=log_sum,
        n=n,
        normalisation=normalisation,
        answer=problem.reference.value,
        exact_answer=exact,
    )


def _tokens_text(x: str | tuple[str, ...]) -> str:
    return " ".join(x) if isinstance(x, tuple) else repr(x)


def _factor_line(step: Step) -> str:
    shown = step.formula if step.formula == "given" else f"{step.formula} = {step.substituted}"
    if step.formula == "given":
        shown = f"{step.substituted} (given)"
    return shown


def _answer_text(solution: Solution) -> str:
    p = solution.problem
    text = _num(solution.answer)
    if solution.exact_answer is not None:
        text = _prob_text(solution.exact_answer)
    elif p.ask == "perplexity" and isinstance(solution.product, Fraction):
        text = f"({solution.product})^(-1/{solution.n}) = {_num(solution.answer)}"
    return f"{ASK_NAME[p.ask]} = {text}"


def _text(solution: Solution) -> str:
    p = solution.problem
    log = LOG_NAME[p.log_base]
    lines = [
        f"Problem {p.id}" + (f": {p.title}" if p.title else ""),
        f"Asked: {ASK_NAME[p.ask]}, log base {p.log_base}",
        f"Model: {solution.model}",
        f"x = {_tokens_text(p.x)}",
        f"y = {' '.join(p.y)}   (N = {solution.n} tokens)",
        "",
        "Conditionals (chain rule):",
    ]
    width = max(len(s.notation) for s in solution.steps)
    for s in solution.steps:
        lines.append(f"  {s.position}. {s.notation:<{width}} = {_factor_line(s)}   {log} = {_num(s.log)}")
    factors = " × ".join(
        str(s.prob) if isinstance(s.prob, Fraction) else _num(s.prob) for s in solution.steps
    )
    lines += [
        "",
        f"  P(y | x) = {factors} = {_prob_text(solution.product)}",
        f"  {log} P(y | x) = {' + '.join(f'({_num(s.log)})' for s in solution.steps)} = {_num(solution.log_sum)}",
        "",
        f"Normalisation: {solution.normalisation}",
        f"Answer: {_answer_text(solution)}",
    ]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Free text for Markdown: tokens such as <s> must not read as HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _code_cell(text: str) -> str:
    return "`" + text.replace("|", "\\|") + "`"


def _markdown(solution: Solution) -> str:
    p = solution.problem
    log = LOG_NAME[p.log_base]
    lines = [
        f"## {_md(p.title or p.id)}",
        "",
        f"- **Asked:** {ASK_NAME[p.ask]}, log base {p.log_base}",
        f"- **Model:** {_md(solution.model)}",
        f"- **x:** `{_tokens_text(p.x)}`",
        f"- **y:** `{' '.join(p.y)}` (N = {solution.n})",
        "",
        f"| i | conditional | computed as | value | {log} |",
        "|---|---|---|---|---|",
    ]
    for s in solution.steps:
        computed = "given" if s.formula == "given" else _code_cell(f"{s.formula} = {s.substituted}")
        lines.append(
            f"| {s.position} | {_code_cell(s.notation)} | {computed} | {_prob_text(s.prob)} | {_num(s.log)} |"
        )
    lines += [
        "",
        f"P(y | x) = {_prob_text(solution.product)}; {log} P(y | x) = {_num(solution.log_sum)}",
        "",
        f"Normalisation: {_md(solution.normalisation)}",
        "",
        f"**Answer:** {_md(_answer_text(solution))}",
    ]
    return "\n".join(lines) + "\n"


def _exact(p: Prob) -> str | None:
    return str(p) if isinstance(p, Fraction) else None


def _json(solution: Solution) -> str:
    p = solution.problem
    data: dict[str, Any] = {
        "problem": p.id,
        "title": p.title,
        "ask": p.ask,
        "log_base": p.log_base,
        "model": {"kind": p.model.kind, "window": p.model.window, "description": solution.model},
        "x": list(p.x) if isinstance(p.x, tuple) else p.x,
        "y": list(p.y),
        "n": solution.n,
        "conditionals": [
            {
                "position": s.position,
                "token": s.token,
                "notation": s.notation,
                "prob": float(s.prob),
                "exact": _exact(s.prob),
                "log": s.log,
                "formula": s.formula,
                "substituted": s.substituted,
                "counts": dict(s.counts),
            }
            for s in solution.steps
        ],
        "product": {"value": float(solution.product), "exact": _exact(solution.product)},
        "log_sum": solution.log_sum,
        "normalisation": solution.normalisation,
        "answer": solution.answer,
        "exact_answer": _exact(solution.exact_answer) if solution.exact_answer is not None else None,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_solution(problem: Problem, fmt: str = "text") -> str:
    """The worked solution of `problem` as text, json or markdown."""
    solution = solve(problem)
    if fmt == "text":
        return _text(solution)
    if fmt == "markdown":
        return _markdown(solution)
    if fmt == "json":
        return _json(solution)
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
