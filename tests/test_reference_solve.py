"""`grader solve`: worked reference solutions for every bundled problem, and errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.derivation.problem import load_problem
from grader.derivation.solve import FORMATS, render_solution

SEED = sorted(Path("problems/seed").glob("*.toml"))
SAM = "problems/seed/sam-corpus.toml"


def test_every_model_kind_has_a_bundled_problem() -> None:
    kinds = {load_problem(p).model.kind for p in SEED}
    assert kinds == {"table", "ngram", "transformer", "logprobs"}
    smoothings = {load_problem(p).raw["model"].get("smoothing") for p in SEED}
    assert {"mle", "add-k", "interpolation"} <= smoothings


@pytest.mark.parametrize("path", SEED, ids=[p.stem for p in SEED])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_bundled_problem_solves_in_every_format(path: Path, fmt: str) -> None:
    problem = load_problem(path)
    out = render_solution(problem, fmt)
    if fmt == "json":
        data = json.loads(out)
        assert data["answer"] == problem.reference.value  # the very number submissions are graded against
        assert [c["token"] for c in data["conditionals"]] == list(problem.y)
    else:
        assert problem.y[0] in out


@pytest.mark.parametrize(
    "line",
    [
        "P(I | <s>)    = C(<s> I) / C(<s>) = 2/3",
        "P(am | I)     = C(I am) / C(I) = 2/3",
        "P(Sam | am)   = C(am Sam) / C(am) = 1/2",
        "P(</s> | Sam) = C(Sam </s>) / C(Sam) = 1/2",
        "P(y | x) = 2/3 × 2/3 × 1/2 × 1/2 = 1/9",
        "Answer: P(y | x) = 1/9",
    ],
)
def test_sam_solution_shows_counts_and_exact_fractions(line: str) -> None:
    assert line in render_solution(load_problem(SAM), "text")


def test_sam_json_has_exact_values_and_counts() -> None:
    data = json.loads(render_solution(load_problem(SAM), "json"))
    assert [c["exact"] for c in data["conditionals"]] == ["2/3", "2/3", "1/2", "1/2"]
    assert data["conditionals"][0]["counts"] == {"C(<s> I)": 2, "C(<s>)": 3}
    assert data["product"]["exact"] == data["exact_answer"] == "1/9"


def test_markdown_keeps_tokens_visible() -> None:
    out = render_solution(load_problem(SAM), "markdown")
    assert "| `P(I \\| <s>)` |" in out  # in code, so <s> is not read as HTML


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("sam-corpus-add-one", "(2 + 1) / (3 + 1·11) = 3/14"),
        ("sam-corpus-interpolation", "3/4·2/3 + 1/4·3/17 = 37/68"),
        ("deep-learning-perplexity", "N = 2 tokens of y (x not counted)"),
        ("cat-nll-bits", "NLL = -log2 P(y | x)"),
        ("transformer-softmax", "exp(z[token] − log Σ_v exp(z[v]))"),
        ("logprobs-capital", "exp(-0.0353)"),
    ],
)
def test_solutions_show_how_each_model_computes(name: str, fragment: str) -> None:
    assert fragment in render_solution(load_problem(f"problems/seed/{name}.toml"), "text")


def test_main_solve_prints_and_returns_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", "--problem", SAM, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["exact_answer"] == "1/9"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            'ask = "probability"\n[model]\nkind = "ngram"\ncorpus = ["a b"]\n[sequence]\nx = ["<s>"]\ny = ["a", "c"]\n',
            "sequence.y[1]",
        ),
        ('ask = "probability"\n[model]\nkind = "markov"\n[sequence]\nx = ["<s>"]\ny = ["a"]\n', "model.kind"),
        ("ask = [", "not valid TOML"),
    ],
)
def test_broken_problem_exits_2_naming_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text)
    assert main(["solve", "--problem", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and key in err
    assert "Traceback" not in err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", "--problem", "no/such/problem.toml"]) == 2
    assert "no such file" in capsys.readouterr().err
