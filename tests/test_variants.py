"""Per-student variants: [params] draws are reproducible and spread, templates are data with errors
named by key, and a problem without [params] is read exactly as before."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.core.problemfile import ProblemError
from grader.core.question import VariantQuestion, for_student, load_question, variant_of
from grader.core.variants import draw, read_params
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

BUNDLED = ROOT / "problems/variants/deep-learning.toml"
SEED = ROOT / "problems/seed/deep-learning.toml"

BASE = """
id = "v-test"
statement = "log P(deep | x) = {{ logP(deep | x) }}; your a is {{ a }}"
ask = "log_likelihood"
@top@

[params]
a = { low = -1.5, high = -0.5, step = 0.1 }
b = [-0.2, -0.3, -0.4]
@params@

[model]
kind = "table"

[[model.entries]]
token = "deep"
context = []
logprob = "{{ a }}"

[[model.entries]]
token = "learning"
context = ["deep"]
logprob = "{{ b }}"

[sequence]
x = "prompt"
y = @y@
@rest@
"""


def problem(
    tmp_path: Path, top: str = "", params: str = "", y: str = '["deep", "learning"]', rest: str = ""
) -> Path:
    path = tmp_path / "v.toml"
    text = BASE
    for name, value in (("top", top), ("params", params), ("y", y), ("rest", rest)):
        text = text.replace(f"@{name}@", value)
    path.write_text(text)
    return path


def correct_work(question: object) -> bytes:
    """A right derivation for one variant, written from that variant's own statement numbers."""
    q = question
    assert isinstance(q, VariantQuestion)
    a, b = q.variant["lp_deep"], q.variant["lp_learning"]
    return f"log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x,y_1)\n= {a} + ({b})\n= {a + b:.4g}\n".encode()


def test_the_same_student_always_draws_the_same_values_and_the_salt_changes_them() -> None:
    first = load_question(BUNDLED, "alice@uni.edu")
    again = load_question(BUNDLED, "alice@uni.edu")
    assert isinstance(first, VariantQuestion) and first.variant == again.variant
    assert first.statement == again.statement
    salted = [load_question(BUNDLED, f"s{i}", salt="other course").variant for i in range(20)]
    plain = [load_question(BUNDLED, f"s{i}").variant for i in range(20)]
    assert salted != plain  # a new course salt gives new draws


def test_draws_spread_over_every_choice_and_stay_on_the_range_grid() -> None:
    spec = read_params(
        {"params": {"a": {"low": -1.5, "high": -0.5, "step": 0.1}, "b": [-0.2, -0.3, -0.4]}}, "p.toml"
    )
    assert spec is not None
    draws = [draw(spec, "p", f"student-{i}") for i in range(300)]
    b = Counter(d["b"] for d in draws)
    a = Counter(d["a"] for d in draws)
    grid = {round(-1.5 + 0.1 * k, 1) for k in range(11)}
    assert set(b) == {-0.2, -0.3, -0.4} and min(b.values()) > 60  # about 100 each
    assert set(a) == grid  # every grid value drawn, and nothing like -0.7000000000000001
    assert draw(spec, "p", None) == {"a": -1.5, "b": -0.2}  # no student: the first variant


def test_adding_a_parameter_leaves_the_others_draws_alone() -> None:
    one = read_params({"params": {"b": [1, 2, 3, 4, 5, 6]}}, "p.toml")
    two = read_params({"params": {"b": [1, 2, 3, 4, 5, 6], "c": [7, 8]}}, "p.toml")
    assert one is not None and two is not None
    for i in range(30):
        assert draw(one, "p", f"s{i}")["b"] == draw(two, "p", f"s{i}")["b"]


def test_a_sample_of_corpus_sentences_has_k_distinct_sentences_in_listed_order() -> None:
    sentences = [f"<s> w{i} </s>" for i in range(8)]
    spec = read_params({"params": {"corpus": {"sample": sentences, "k": 3}}}, "p.toml")
    assert spec is not None
    seen = set()
    for i in range(40):
        got = draw(spec, "p", f"s{i}")["corpus"]
        assert len(set(got)) == 3 and got == sorted(got, key=sentences.index)
        seen.add(tuple(got))
    assert len(seen) > 10


def test_a_whole_string_template_takes_the_value_itself(tmp_path: Path) -> None:
    path = problem(tmp_path, params='sentence = [["deep", "learning"], ["deep"]]', y='"{{ sentence }}"')
    lengths = {len(load_question(path, f"s{i}").inner.problem.y) for i in range(20)}  # type: ignore[attr-defined]
    assert lengths == {1, 2}  # y became the drawn list, not its text
    q = load_question(path, "s1")
    assert isinstance(q, VariantQuestion)
    assert q.inner.problem.model.table[((), "deep")] == pytest.approx(2.718281828 ** q.variant["a"])  # type: ignore[attr-defined]


def test_the_statement_is_filled_from_the_reference_model(tmp_path: Path) -> None:
    q = load_question(problem(tmp_path), "bob")
    assert isinstance(q, VariantQuestion)
    a = q.variant["a"]
    assert q.statement == f"log P(deep | x) = {a:.6g}; your a is {a:.6g}"
    assert "{{" not in q.statement


def test_a_format_spec_sets_the_printed_precision(tmp_path: Path) -> None:
    q = load_question(
        problem(
            tmp_path, rest='[[examples]]\nsubmission = "{{ P(deep | x):.3f }} {{ N }}"\nverdict = "correct"'
        )
    )
    assert q.examples[0].submission == f"{2.718281828459045**-1.5:.3f} 2"


TEMPLATE_ERRORS = [
    ("statement", {"top": 'title = "{{ nope }}"'}, "title", "nope"),
    ("model value", {"params": "", "rest": ""}, None, None),
    (
        "examples",
        {"rest": '[[examples]]\nsubmission = "{{ P(cat | x) }}"\nverdict = "correct"'},
        "examples[0].submission",
        "P(cat | x)",
    ),
    ("bad step", {"params": "c = { low = 0, high = 1, step = -1 }"}, "params.c.step", "positive"),
    ("bad sample k", {"params": 'c = { sample = ["a"], k = 2 }'}, "params.c.k", "1 to 1"),
    ("unknown range key", {"params": "c = { low = 0, hi = 1 }"}, "params.c.hi", "low, high and step"),
    ("not a spec", {"params": 'c = "x"'}, "params.c", "expected a list"),
    ("empty choice", {"params": "c = []"}, "params.c", "non-empty"),
    (
        "bad format",
        {"rest": '[[examples]]\nsubmission = "{{ x:.3f }}"\nverdict = "correct"'},
        "examples[0].submission",
        "cannot format",
    ),
]


@pytest.mark.parametrize(
    ("case", "parts", "key", "words"), TEMPLATE_ERRORS, ids=[c[0] for c in TEMPLATE_ERRORS]
)
def test_template_and_params_errors_name_the_key(
    tmp_path: Path, case: str, parts: dict[str, str], key: str | None, words: str | None
) -> None:
    if key is None:  # an unknown name inside the model table: the error names that exact key
        path = problem(tmp_path)
        path.write_text(path.read_text().replace('logprob = "{{ b }}"', 'logprob = "{{ bb }}"'))
        key, words = "model.entries[1].logprob", "'bb'"
    else:
        path = problem(tmp_path, **parts)
    with pytest.raises(ProblemError) as err:
        load_question(path, "s1")
    assert err.value.key == key and words in err.value.message
    assert main(["check", str(path), "--problem", str(path)]) == 2  # a person's error, never a traceback


def test_a_problem_without_params_is_read_exactly_as_before() -> None:
    question = load_question(SEED, "alice", salt="x")
    assert not isinstance(question, VariantQuestion)
    assert for_student(question, "bob") is question and variant_of(question, "bob") == {}
    report = question.grade((ROOT / "examples/deep-learning/bob.txt").read_bytes(), "bob.txt")
    assert report.variant == {} and "variant" not in report.to_dict()
    assert load_problem(SEED).statement == load_question(SEED).statement


def test_load_problem_gives_the_first_variant_filled() -> None:
    problem = load_problem(BUNDLED)
    assert "{{" not in problem.statement and all("{{" not in e.submission for e in problem.examples)
    assert "-1.5" in problem.statement  # the first value of lp_deep's range


def test_every_report_of_a_variant_records_it() -> None:
    q = load_question(BUNDLED, "carol")
    assert isinstance(q, VariantQuestion)
    report = q.grade(correct_work(q), "carol.txt")
    assert report.verdict == "correct" and report.variant == q.variant
    assert report.to_dict()["variant"] == q.variant
    assert q.student_view(report).variant == q.variant


def test_problems_test_runs_template_examples_over_20_variants_and_names_the_failing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rest = """
[[examples]]
name = "right everywhere"
submission = "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = {{ a }} + ({{ b }}) = {{ answer }}"
verdict = "correct"

[[examples]]
name = "a fixed number in a template"
submission = "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = {{ a }} + ({{ b }}) = -1.7"
verdict = "correct"
"""
    assert main(["problems", "test", str(problem(tmp_path, rest=rest))]) == 1
    out = capsys.readouterr().out
    assert "ok    right everywhere (20 variants)" in out
    assert "FAIL  a fixed number in a template (20 variants): example-" in out
    assert main(["problems", "test", str(BUNDLED)]) == 0


def test_a_transformer_seed_and_a_corpus_sample_are_drawn_and_read_by_the_real_model(tmp_path: Path) -> None:
    source = (ROOT / "problems/seed/transformer-softmax.toml").read_text().split("[[examples]]")[0]
    source = source.replace("seed = 7", 'seed = "{{ seed }}"')
    source = source.replace(
        "A tiny causal transformer is given x = <s>.", "z(the | x) = {{ z(the | x):.3f }}."
    )
    path = tmp_path / "t.toml"
    path.write_text(source + "\n[params]\nseed = { low = 1, high = 9999 }\n")
    questions = [load_question(path, f"s{i}") for i in range(6)]
    assert len({q.statement for q in questions}) == 6  # each seed its own logits table
    for q in questions:
        assert isinstance(q, VariantQuestion)
        model = q.inner.problem.model  # type: ignore[attr-defined]
        assert f"z(the | x) = {model.logits(())['the']:.3f}." in q.statement
    corpus = ["<s> I am Sam </s>", "<s> Sam I am </s>", "<s> I am here </s>", "<s> I am not Sam </s>"]
    ngram = f"""
id = "c"
ask = "probability"
statement = "C(<s> I) = {{{{ C(<s> I) }}}}, P(am | I) = {{{{ P(am | I) }}}}"
[params]
corpus = {{ sample = {corpus!r}, k = 3 }}
[model]
kind = "ngram"
order = 2
corpus = "{{{{ corpus }}}}"
[sequence]
x = ["<s>"]
y = ["I", "am"]
""".replace("'", '"')
    path.write_text(ngram)
    seen = set()
    for i in range(12):
        q = load_question(path, f"s{i}")
        assert isinstance(q, VariantQuestion) and len(q.variant["corpus"]) == 3
        starts = sum(s.startswith("<s> I ") for s in q.variant["corpus"])
        assert q.statement.startswith(f"C(<s> I) = {starts},")
        seen.add(q.statement)
    assert len(seen) > 1


def test_the_draw_is_the_documented_hash_so_a_regrade_next_year_reproduces_it() -> None:
    import hashlib
    import json

    q = load_question(BUNDLED, "ann@uni.edu", salt="fall-2026")
    assert isinstance(q, VariantQuestion)
    for name, choices in (
        ("lp_learning", [-0.2, -0.3, -0.4]),
        ("lp_deep", [round(-1.5 + 0.1 * k, 1) for k in range(11)]),
    ):
        seed = json.dumps(["fall-2026", "variants-deep-learning", "ann@uni.edu", name]).encode()
        index = int.from_bytes(hashlib.sha256(seed).digest(), "big") % len(choices)
        assert q.variant[name] == choices[index]
