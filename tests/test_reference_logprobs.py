"""Models read from an API's per-token log-probabilities: accepted shapes and named errors."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import pytest

from grader.derivation.problem import ProblemError, load_problem, problem_from_dict
from grader.reference import ModelError, build_model
from grader.reference.logprobs import LogprobsModel

CONTENT = [
    {"token": "deep", "logprob": -1.2, "top_logprobs": [{"token": "blue", "logprob": -0.9}]},
    {"token": " blue", "logprob": -0.3, "top_logprobs": [{"token": " purple", "logprob": -1.6}]},
]


def read(spec: dict[str, Any], base: Path = Path(".")) -> LogprobsModel:
    model = build_model({"kind": "logprobs", **spec}, log_base="e", prompt=None, base_dir=base)
    assert isinstance(model, LogprobsModel)
    return model


def test_conditionals_along_the_generated_path() -> None:
    model = read({"content": CONTENT})
    conditionals = model.conditionals(("deep", "blue"))
    assert [c.prob for c in conditionals] == pytest.approx([math.exp(-1.2), math.exp(-0.3)])
    assert model.prob("blue", ()) == pytest.approx(math.exp(-0.9))  # a listed alternative
    assert model.prob("purple", ("deep",)) == pytest.approx(math.exp(-1.6))
    assert model.prob("purple", ("blue",)) is None  # off the generated path: unknown
    assert model.prob("green", ()) is None  # not listed: unknown, not zero


def test_bundled_problem_reads_a_whole_response_beside_it() -> None:
    problem = load_problem("problems/seed/logprobs-capital.toml")
    data = json.loads(Path("problems/seed/logprobs-capital.json").read_text())
    logprobs = [item["logprob"] for item in data["choices"][0]["logprobs"]["content"]]
    assert problem.reference.value == pytest.approx(math.fsum(logprobs), abs=1e-12)
    assert problem.model.prob("!", problem.y[:-1]) == pytest.approx(math.exp(-2.12))


@pytest.mark.parametrize(
    "wrap",
    [
        lambda c: {"choices": [{"index": 0, "logprobs": {"content": c}}]},
        lambda c: {"logprobs": {"content": c}},
        lambda c: {"content": c},
        lambda c: c,
    ],
    ids=["response", "choice", "logprobs", "bare-list"],
)
def test_json_file_shapes_accepted(tmp_path: Path, wrap: Any) -> None:
    (tmp_path / "lp.json").write_text(json.dumps(wrap(CONTENT)))
    model = read({"file": "lp.json"}, tmp_path)
    assert model.path == ("deep", "blue")


def test_choice_selects_among_several(tmp_path: Path) -> None:
    other = copy.deepcopy(CONTENT)
    other[0]["token"] = "red"
    other[0]["top_logprobs"] = []
    (tmp_path / "lp.json").write_text(
        json.dumps({"choices": [{"logprobs": {"content": CONTENT}}, {"logprobs": {"content": other}}]})
    )
    assert read({"file": "lp.json", "choice": 1}, tmp_path).path == ("red", "blue")


def broken(path: str, value: Any) -> list[dict[str, Any]]:
    content = copy.deepcopy(CONTENT)
    *parents, last = path.split(".")
    target: Any = content
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is KeyError:
        del target[int(last) if last.isdigit() else last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return content


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (broken("0.logprob", 0.5), "model.content[0].logprob"),
        (broken("0.logprob", "low"), "model.content[0].logprob"),
        (broken("1.token", KeyError), "model.content[1].token"),
        (broken("1.top_logprobs", {"token": "x"}), "model.content[1].top_logprobs"),
        (broken("0.top_logprobs.0.logprob", -0.1), "model.content[0].top_logprobs"),  # sums above 1
        (broken("0.top_logprobs.0", {"token": "deep", "logprob": -2.5}), "model.content[0].logprob"),
        (broken("0.top_logprobs.0", "blue"), "model.content[0].top_logprobs[0]"),
        ([], "model.content"),
        ({"token": "a"}, "model.content"),
    ],
)
def test_inline_shape_errors_name_the_key(content: Any, key: str) -> None:
    with pytest.raises(ModelError) as err:
        read({"content": content})
    assert err.value.key == key


@pytest.mark.parametrize(
    ("text", "in_message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"choices": []}), "at choices: expected a non-empty list"),
        (json.dumps({"choices": [{"logprobs": None}]}), "at choices[0].logprobs"),
        (json.dumps({"id": "x"}), "no `content`"),
        (json.dumps({"choices": [{"logprobs": {"content": broken("1.logprob", 3)}}]}), "content[1].logprob"),
    ],
)
def test_file_shape_errors_name_the_key_and_the_place(tmp_path: Path, text: str, in_message: str) -> None:
    (tmp_path / "lp.json").write_text(text)
    with pytest.raises(ModelError) as err:
        read({"file": "lp.json"}, tmp_path)
    assert err.value.key == "model.file"
    assert in_message in err.value.message


@pytest.mark.parametrize(
    ("spec", "key"),
    [
        ({"file": "missing.json"}, "model.file"),
        ({"content": CONTENT, "file": "lp.json"}, "model"),
        ({"content": CONTENT, "choice": -1}, "model.choice"),
        ({"content": CONTENT, "temperature": 1}, "model.temperature"),
    ],
)
def test_bad_options_name_the_key(spec: dict[str, Any], key: str) -> None:
    with pytest.raises(ModelError) as err:
        read(spec)
    assert err.value.key == key


@pytest.mark.parametrize(
    ("y", "key"),
    [
        (["deep", "green"], "sequence.y[1]"),
        (["blue", "purple"], "sequence.y[1]"),
        (["deep", "blue", "sky"], "sequence.y[2]"),
    ],
)
def test_sequences_the_logprobs_cannot_score_name_the_token(y: list[str], key: str) -> None:
    data = {
        "ask": "log_likelihood",
        "model": {"kind": "logprobs", "content": CONTENT},
        "sequence": {"x": "q", "y": y},
    }
    with pytest.raises(ProblemError) as err:
        problem_from_dict(data, "p.toml")
    assert err.value.key == key
