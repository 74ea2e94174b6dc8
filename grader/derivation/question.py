"""The derivation question on the seam: a problem file's sequence probability, checked step by step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from grader.core.question import FromProblem
from grader.core.report import Report
from grader.derivation.problem import Problem, problem_from_dict


@dataclass(frozen=True)
class DerivationQuestion(FromProblem):
    """A `Question` whose answer is a derivation of log Pr(y | x), a probability, NLL or perplexity."""

    problem: Problem
    kind: str = "derivation"

    def prepare(self) -> None:
        from grader.maths.build import parser

        parser()

    def grade(self, data: bytes, name: str) -> Report:
        from grader.derivation.grade import grade_bytes

        return grade_bytes(data, self.problem, name)

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        from grader.derivation.audience import student_view

        return student_view(report, self.problem, now)

    def solve(self, fmt: str = "text") -> str:
        from grader.derivation.solve import render_solution

        return render_solution(self.problem, fmt)

    def data_files(self) -> list[tuple[str, str]]:
        model = self.problem.raw.get("model")
        return _data_files(model if isinstance(model, dict) else {}, "model")


def _data_files(raw: dict[str, Any], key: str) -> list[tuple[str, str]]:
    """Every `file` key under a table: the data files a model reads (logprobs JSON, corpora)."""
    found: list[tuple[str, str]] = []
    for name, value in raw.items():
        where = f"{key}.{name}"
        if isinstance(value, dict):
            found.extend(_data_files(value, where))
        elif name == "file" and isinstance(value, str):
            found.append((where, value))
    return found


def question_from_dict(data: dict[str, Any], path: str) -> DerivationQuestion:
    """Read a derivation problem file's table (ProblemError names the key)."""
    return DerivationQuestion(problem_from_dict(data, path))


def template_names(question: DerivationQuestion) -> dict[str, Any]:
    """What a statement or example template may name, from the reference itself (so no number is copied by hand).

    p[i] (also cond[i]) and logp[i] (the problem's log base) for each factor, also by label (P(learning | x, deep),
    logP(learning | x, deep)); z(w | x, the) for a model with logits; C(<s> I) for the counts its
    estimates divide; answer (the asked quantity), N (tokens in y), V (|V|), x and y.
    """
    problem = question.problem
    model, reference = problem.model, problem.reference
    names: dict[str, Any] = {
        "answer": reference.value,
        "N": len(problem.y),
        "x": " ".join(problem.x) if isinstance(problem.x, tuple) else problem.x,
        "y": " ".join(problem.y),
    }
    size = model.vocabulary_size or len(model.vocabulary)
    if size:
        names["V"] = size
    for i, (c, ln_p) in enumerate(zip(reference.conditionals, reference.ln_probs, strict=True), start=1):
        label = problem.factor_label(i)  # P(learning | x, deep)
        logp = ln_p / problem.ln_base
        names[f"p[{i}]"] = names[f"cond[{i}]"] = names[label] = c.prob
        names[f"logp[{i}]"] = names[f"log{label}"] = logp
        derivation = model.derive(c.token, c.context)
        for count_label, count in derivation.counts if derivation is not None else ():
            names[count_label] = count
        given = label[len(f"P({c.token}") :]  # " | x, deep)", or ")" for an unconditional factor
        logits = model.logits(c.context) if model.has_logits else None
        for token, z in (logits or {}).items():
            names[f"z({token}{given}"] = z
    return names
