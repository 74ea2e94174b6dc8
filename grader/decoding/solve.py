"""The worked solution of a decoding problem: greedy's picks, the beam at each step, the best sequence."""

from __future__ import annotations

import json
from typing import Any

from grader.decoding.problem import DecodingProblem, score
from grader.reference.decoding import Hypothesis, exhaustive

TIE_RULE = (
    "Ties: equal probabilities are ordered by the tokens' text order (the sequence that sorts first "
    "wins); answers that keep the other side of a tie are accepted."
)
FINISH_RULE = (
    "A hypothesis that ends with {eos} is finished: it leaves the beam, and the beam shrinks by one."
)


def _seq(h: Hypothesis) -> str:
    return " ".join(h.tokens)


def _p(h: Hypothesis) -> str:
    return f"{float(h.prob):.6g}"


def _norm(problem: DecodingProblem, h: Hypothesis) -> str:
    if problem.normalise != "length":
        return ""
    return f"  (log P / length = {score(h, 'length'):.4f})"


def solution(problem: DecodingProblem) -> dict[str, Any]:
    """The worked solution as data: what every format is written from."""
    r = problem.reference
    model = problem.model
    greedy_steps = []
    for i in range(len(r.greedy.tokens)):
        prefix = r.greedy.tokens[:i]
        dist = problem.distribution(prefix)
        ranked = sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))
        greedy_steps.append(
            {
                "prefix": list(prefix),
                "options": [[v, float(p)] for v, p in ranked],
                "pick": r.greedy.tokens[i],
            }
        )
    beam = [
        {
            "step": t,
            "width": s.width,
            "candidates": [{"tokens": list(h.tokens), "prob": float(h.prob)} for h in s.candidates],
            "kept": [
                {"tokens": list(h.tokens), "prob": float(h.prob), "finished": h.finished} for h in s.kept
            ],
        }
        for t, s in enumerate(r.steps, start=1)
    ]
    top = exhaustive(model, problem.max_length, eos=problem.eos, budget=50_000) if r.best is not None else []
    top.sort(key=lambda h: (-score(h, problem.normalise), h.tokens))
    return {
        "problem": problem.id,
        "ask": problem.ask,
        "beam_width": problem.beam_width,
        "max_length": problem.max_length,
        "normalise": problem.normalise,
        "greedy": {"tokens": list(r.greedy.tokens), "prob": float(r.greedy.prob), "steps": greedy_steps},
        "beam": {"steps": beam, "output": list(r.beam.tokens), "prob": float(r.beam.prob)},
        "best": None if r.best is None else {"tokens": list(r.best.tokens), "prob": float(r.best.prob)},
        "ranking": [{"tokens": list(h.tokens), "prob": float(h.prob)} for h in top[:5]],
        "greedy_is_best": problem.greedy_is_best,
        "tie_rule": TIE_RULE,
    }


def render_solution(problem: DecodingProblem, fmt: str = "text") -> str:
    """The worked solution in "text", "json" or "markdown"."""
    if fmt == "json":
        return json.dumps(solution(problem), indent=2) + "\n"
    lines = _lines(problem)
    if fmt == "markdown":
        title = problem.title or problem.id
        return f"## {title}\n\n```\n" + "\n".join(lines) + "\n```\n"
    return "\n".join(lines) + "\n"


def _lines(problem: DecodingProblem) -> list[str]:
    r = problem.reference
    model = problem.model
    out = [
        f"{problem.id}: {problem.ask} (beam width {problem.beam_width}, at most {problem.max_length} tokens, until {problem.eos})"
    ]
    if problem.normalise == "length":
        out.append(
            "Finished hypotheses are compared by log P / length (length counts every generated token)."
        )
    if problem.ask in ("greedy", "greedy_is_best", "best"):
        out.append("")
        out.append("Greedy search: at each step the most probable next token")
        for i, token in enumerate(r.greedy.tokens):
            prefix = r.greedy.tokens[:i]
            dist = problem.distribution(prefix)
            ranked = sorted(((v, p) for v, p in dist.items() if p > 0), key=lambda kv: (-kv[1], kv[0]))
            options = ", ".join(f"{v} {float(p):.4g}" for v, p in ranked)
            after = " ".join((*(problem.model.prompt or ("x",)), *prefix))
            out.append(f"  step {i + 1} after {after!r}: {options}  -> {token}")
        conds = " × ".join(
            f"{float(model.prob(t, model.context_for(r.greedy.tokens[:i])) or 0):.4g}"
            for i, t in enumerate(r.greedy.tokens)
        )
        out.append(
            f"  greedy output: {_seq(r.greedy)}, P = {conds} = {_p(r.greedy)}{_norm(problem, r.greedy)}"
        )
    if problem.ask == "beam":
        out.append("")
        out.append(f"Beam search, width {problem.beam_width} ({FINISH_RULE.format(eos=problem.eos)})")
        for t, step in enumerate(r.steps, start=1):
            kept = {h.tokens for h in step.kept}
            out.append(f"  step {t} (keep {step.width}):")
            for h in step.candidates:
                mark = "keep" if h.tokens in kept else "    "
                done = "  finished" if h.finished and h.tokens in kept else ""
                out.append(f"    {mark}  {_seq(h):<30} {_p(h)}{done}")
            beam = ", ".join(f"{_seq(h)}: {_p(h)}" for h in step.kept)
            out.append(f"    beam after step {t}: {{{beam}}}")
        pool = ", ".join(f"{_seq(h)} {_p(h)}{_norm(problem, h)}" for h in r.finished)
        out.append(f"  compared at the end: {pool}")
        out.append(f"  beam search output: {_seq(r.beam)}, P = {_p(r.beam)}")
    if r.best is not None:
        top = exhaustive(model, problem.max_length, eos=problem.eos, budget=50_000)
        top.sort(key=lambda h: (-score(h, problem.normalise), h.tokens))
        out.append("")
        out.append(f"Every complete sequence ({len(top)}), most probable first:")
        for h in top[:5]:
            out.append(f"    {_seq(h):<30} {_p(h)}{_norm(problem, h)}")
        out.append(f"  most probable: {_seq(r.best)}, P = {_p(r.best)}")
    if problem.ask == "greedy_is_best" and r.best is not None:
        answer = "Yes" if problem.greedy_is_best else "No"
        relation = "≥" if problem.greedy_is_best else "<"
        out.append(
            f"  answer: {answer}: greedy's {_seq(r.greedy)} ({_p(r.greedy)}) {relation} {_seq(r.best)} ({_p(r.best)})"
        )
    out.append("")
    out.append(TIE_RULE)
    return out
