"""`grader prairielearn build`: a question folder PrairieLearn accepts, whose job the grader grades.

info.json is validated against PrairieLearn's own schema, vendored verbatim from
PrairieLearn/PrairieLearn@88fb8556a7a1768e2082736be9095241b11238d7,
apps/prairielearn/src/schemas/schemas/infoQuestion.json, by the small validator below (the keywords
that schema uses; no jsonschema dependency).
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from grader.cli.main import main
from grader.core.question import load_question
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "tests/data/pl-infoQuestion.schema.json").read_text())
SEED = ROOT / "problems/seed"
IMAGE = "yourcourse/lm-grader:0.1.0"
# keywords that only annotate; every other keyword in the schema must be one `validate` checks
ANNOTATIONS = {"$schema", "description", "title", "default", "deprecated", "definitions", "format"}
CHECKED = {"type", "properties", "required", "additionalProperties", "items", "enum", "pattern", "minLength",
           "maxLength", "minimum", "maximum", "maxItems", "anyOf", "allOf", "$ref", "propertyNames"}  # fmt: skip
TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


def validate(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """Every way `value` breaks `schema` (a JSON Schema draft-07 subset), as `path: reason`."""
    errors: list[str] = []
    if "$ref" in schema:
        node: Any = SCHEMA
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        errors += validate(value, node, where)
    for sub in schema.get("allOf", []):
        errors += validate(value, sub, where)
    if "anyOf" in schema and all(validate(value, sub, where) for sub in schema["anyOf"]):
        errors.append(f"{where}: matches none of anyOf")
    kind = schema.get("type")
    if kind is not None and not TYPES[kind](value):
        return [*errors, f"{where}: expected {kind}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", len(value)):
            errors.append(f"{where}: length {len(value)} out of bounds")
    if TYPES["number"](value) and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        errors.append(f"{where}: {value} out of bounds")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            errors.append(f"{where}: more than {schema['maxItems']} items")
        for i, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), f"{where}[{i}]")
    if isinstance(value, dict):
        errors += [f"{where}: missing {key}" for key in schema.get("required", []) if key not in value]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            errors += validate(key, schema.get("propertyNames", {}), f"{where}.{key} (name)")
            if key in properties:
                errors += validate(item, properties[key], f"{where}.{key}")
            elif extra is False:
                errors.append(f"{where}: {key} is not allowed")
            elif isinstance(extra, dict):
                errors += validate(item, extra, f"{where}.{key}")
    return errors


def _keywords(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            for child in value.values() if key in ("properties", "definitions") else [value]:
                _keywords(child, found)
    elif isinstance(node, list):
        for child in node:
            _keywords(child, found)
    return found


def test_the_validator_checks_every_keyword_the_schema_uses() -> None:
    assert _keywords(SCHEMA, set()) <= CHECKED | ANNOTATIONS


GOOD = {
    "uuid": "5d6f0d8e-3f0b-4a6e-9a55-8f0f2c0f5d11", "title": "T", "topic": "Language models", "type": "v3",
    "gradingMethod": "External", "externalGradingOptions": {"image": IMAGE, "entrypoint": ["grader"], "timeout": 30},
}  # fmt: skip
BAD = [
    ("no uuid", {k: v for k, v in GOOD.items() if k != "uuid"}, "missing uuid"),
    ("bad uuid", {**GOOD, "uuid": "not-a-uuid"}, "$.uuid: does not match"),
    ("unknown key", {**GOOD, "titel": "T"}, "titel is not allowed"),
    ("bad type", {**GOOD, "type": "v4"}, "$.type: 'v4' not in"),
    ("timeout not whole", {**GOOD, "externalGradingOptions": {"image": IMAGE, "timeout": 2.5}}, "expected integer"),
    ("no image", {**GOOD, "externalGradingOptions": {"timeout": 30}}, "missing image"),
    ("entrypoint", {**GOOD, "externalGradingOptions": {"image": IMAGE, "entrypoint": 3}}, "none of anyOf"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "info", "error"), BAD, ids=[b[0] for b in BAD])
def test_the_validator_refuses_what_prairielearn_refuses(name: str, info: dict[str, Any], error: str) -> None:
    assert validate(GOOD, SCHEMA) == []
    assert any(error in e for e in validate(info, SCHEMA)), validate(info, SCHEMA)


def build(problem: Path, folder: Path, *extra: str) -> int:
    return main(["prairielearn", "build", str(problem), "-o", str(folder), "--image", IMAGE, *extra])


@pytest.mark.parametrize("name", ["deep-learning.toml", "sam-corpus.toml", "logprobs-capital.toml"])
def test_a_built_question_is_valid_and_holds_the_problem(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "questions" / "q"
    assert build(SEED / name, folder, "--tag", "hw1") == 0
    info = json.loads((folder / "info.json").read_text())
    assert validate(info, SCHEMA) == []
    assert info["gradingMethod"] == "External" and info["type"] == "v3" and info["tags"] == ["hw1"]
    options = info["externalGradingOptions"]
    assert options["image"] == IMAGE and options["entrypoint"][-4:] == [
        "prairielearn",
        "run",
        "--root",
        "/grade",
    ]
    assert (folder / "tests/problem.toml").read_bytes() == (SEED / name).read_bytes()
    html = (folder / "question.html").read_text()
    assert "<pl-question-panel>" in html and '<pl-file-editor file-name="derivation.txt"' in html
    assert "<pl-external-grader-results>" in html and "&lt;s&gt;" in html or "<s>" not in html
    assert "<script" not in html and "{{" not in html


def test_a_fresh_uuid_per_question_kept_on_a_forced_rebuild(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert build(SEED / "deep-learning.toml", one) == build(SEED / "deep-learning.toml", two) == 0
    first = json.loads((one / "info.json").read_text())["uuid"]
    assert uuid.UUID(first).version == 4 and first != json.loads((two / "info.json").read_text())["uuid"]
    capsys.readouterr()
    assert build(SEED / "sam-corpus.toml", one) == 2 and "--force" in capsys.readouterr().err
    assert build(SEED / "sam-corpus.toml", one, "--force") == 0
    assert json.loads((one / "info.json").read_text())["uuid"] == first
    assert (one / "tests/problem.toml").read_bytes() == (SEED / "sam-corpus.toml").read_bytes()


def test_a_built_question_grades_a_job_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The folder as PrairieLearn mounts it: tests/ from the question, the student's file from the editor."""
    folder = tmp_path / "questions" / "capital"
    assert build(SEED / "logprobs-capital.toml", folder) == 0
    examples = load_question(SEED / "logprobs-capital.toml").examples
    right = next(e.submission for e in examples if e.verdict == "correct")
    results = {}
    for name, work in (("right", right), ("wrong", "log Pr(y|x) = -0.0353 * -0.0099\n= 0.00035\n")):
        job = tmp_path / name
        shutil.copytree(folder / "tests", job / "tests")
        (job / "data").mkdir()
        (job / "data/data.json").write_text('{"params": {}, "submitted_answers": {}}')
        (job / "student").mkdir()
        (job / "student/derivation.txt").write_text(work)
        assert main(["prairielearn", "run", "--root", str(job)]) == 0
        results[name] = json.loads((job / "results/results.json").read_text())
    assert results["right"]["gradable"] and results["right"]["score"] == 1.0
    assert results["wrong"]["gradable"] and results["wrong"]["score"] < 1.0


def test_build_refuses_a_broken_problem_without_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text((SEED / "deep-learning.toml").read_text().replace('ask = "log_likelihood"', 'ask = "x"'))
    assert build(bad, tmp_path / "q") == 2
    err = capsys.readouterr().err
    assert f"{bad}: ask:" in err and "Traceback" not in err and not (tmp_path / "q").exists()


def test_a_randomised_question_gives_each_student_their_own_variant(tmp_path: Path) -> None:
    """A problem with [params] builds a multi-variant question: server.py (standard library only) picks
    one of the pre-drawn variants per student and shows its statement; the grader then grades that
    student's work against exactly that variant."""
    import importlib.util

    problem = ROOT / "problems/variants/deep-learning.toml"
    folder = tmp_path / "questions" / "randomised"
    assert build(problem, folder) == 0
    info = json.loads((folder / "info.json").read_text())
    assert validate(info, SCHEMA) == [] and info["singleVariant"] is False
    assert "{{{params.statement}}}" in (folder / "question.html").read_text()
    table = json.loads((folder / "variants.json").read_text())
    assert len(table["variants"]) == 100 and len({json.dumps(v["params"]) for v in table["variants"]}) > 1
    spec = importlib.util.spec_from_file_location("server", folder / "server.py")
    server = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(server)  # type: ignore[union-attr]
    data: dict[str, Any] = {"params": {}}
    server.generate(data)
    picked = data["params"]["grader_variant"]

    def answer_of(name: str) -> float:
        return float(json.loads(load_question(problem, name).solve("json"))["answer"])

    answer = answer_of(picked)
    theirs = next(a for a in (answer_of(v["name"]) for v in table["variants"]) if abs(a - answer) > 0.05)
    scores = {}
    for name, value in (("mine", answer), ("theirs", theirs)):
        job = tmp_path / name
        shutil.copytree(folder / "tests", job / "tests")
        (job / "data").mkdir()
        (job / "data/data.json").write_text(json.dumps({"params": data["params"], "submitted_answers": {}}))
        (job / "student").mkdir()
        (job / "student/derivation.txt").write_text(f"log P(y|x) = {value:g}\n")
        assert main(["prairielearn", "run", "--root", str(job)]) == 0
        scores[name] = json.loads((job / "results/results.json").read_text())["score"]
    assert scores["mine"] > scores["theirs"]
