"""Renaming the tokens of a problem, consistently in the problem and in the work, changes nothing
(issue 10, metamorphic): the grader reads structure, not the particular words."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem, problem_from_dict
from tests.conftest import ROOT

RENAMES = {"deep": "quux", "learning": "zorp", "blue": "frob", "red": "plonk", "purple": "wibble"}
PROBLEMS = ["deep-learning", "deep-learning-perplexity", "logprobs-inline-perplexity"]


def _rename(text: str) -> str:
    return re.sub(r"\b(" + "|".join(RENAMES) + r")\b", lambda m: RENAMES[m.group(1)], text)


def _cases() -> list[tuple[str, int]]:
    return [
        (name, i)
        for name in PROBLEMS
        for i in range(len(load_problem(ROOT / f"problems/seed/{name}.toml").examples))
    ]


@pytest.mark.parametrize(("name", "index"), _cases())
def test_renaming_every_token_changes_nothing(name: str, index: int) -> None:
    path = ROOT / f"problems/seed/{name}.toml"
    original = load_problem(path)
    data = tomllib.loads(path.read_text())
    renamed = problem_from_dict(json.loads(_rename(json.dumps(data))), str(Path("renamed.toml")))
    example = original.examples[index]
    before = grade_text(example.submission, original, "s.txt")
    after = grade_text(_rename(example.submission), renamed, "s.txt")
    assert after.verdict == before.verdict
    assert [(d.code, d.span.line) for d in after.diagnostics] == [
        (d.code, d.span.line) for d in before.diagnostics
    ]
    assert after.score == before.score
