"""Decoding answers checked against the model: error carried forward, misconceptions, ties, policy."""

from __future__ import annotations

import tomllib
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from grader.core.problemfile import ProblemError
from grader.core.question import load_question
from grader.decoding.grade import grade_text
from grader.decoding.problem import DecodingProblem, problem_from_dict
from grader.reference.decoding import beam_search, beam_steps
from tests.conftest import ROOT

BUNDLED = sorted((ROOT / "problems/decoding").glob("*.toml"))


def bundled(stem: str) -> DecodingProblem:
    return load_question(ROOT / f"problems/decoding/{stem}.toml").problem  # type: ignore[attr-defined]


def table(rows: list[tuple[list[str], str, str]]) -> dict[str, Any]:
    return {"kind": "table", "entries": [{"context": c, "token": t, "prob": p} for c, t, p in rows]}


def with_ask(stem: str, **changes: Any) -> DecodingProblem:
    data = tomllib.loads((ROOT / f"problems/decoding/{stem}.toml").read_text())
    data.pop("examples")
    data.update(changes)
    return problem_from_dict(data, f"{stem}.toml")


def codes(text: str, problem: DecodingProblem) -> list[str]:
    return sorted(grade_text(text, problem, "s.txt").codes)


def test_beam_steps_are_the_steps_beam_search_takes() -> None:
    for path in BUNDLED:
        p = load_question(path).problem  # type: ignore[attr-defined]
        steps = beam_steps(p.model, p.beam_width, p.max_length, eos=p.eos)
        final = beam_search(p.model, p.beam_width, p.max_length, eos=p.eos)
        kept = [h for s in steps for h in s.kept if h.finished] + [
            h for h in steps[-1].kept if not h.finished
        ]
        assert sorted(kept, key=lambda h: h.tokens) == sorted(final, key=lambda h: h.tokens), path


def test_the_course_numbers_are_exact() -> None:
    a_cat = bundled("beam-a-cat").reference
    assert (a_cat.greedy.tokens, a_cat.greedy.prob) == (("the", "dog"), Fraction(1, 5))
    assert (a_cat.beam.tokens, a_cat.beam.prob) == (("a", "cat"), Fraction(9, 25))
    best = bundled("greedy-not-best").reference
    assert (best.greedy.prob, best.best.prob) == (Fraction(48, 1000), Fraction(54, 1000))  # type: ignore[union-attr]


def test_one_slip_is_charged_once_and_later_steps_follow_the_students_beam() -> None:
    p = bundled("beam-length-normalised")
    # step 2 ranked by the last token; step 3 extends that (wrong) beam correctly: charged once
    text = (
        "step 1: {yes: 0.5, no: 0.3}\nstep 2: {no thanks: 0.15, yes </s>: 0.2}\n"
        "step 3: {no thanks </s>: 0.15}\nAnswer: no thanks </s>, P = 0.15\n"
    )
    report = grade_text(text, p, "s.txt")
    assert report.codes == ["beam-ranked-by-last-token"] and report.parts["steps"] == pytest.approx(2 / 3)
    # the same step 3 without the slip before it is wrong: it is judged from the right beam
    right_before = text.replace("{no thanks: 0.15, yes </s>: 0.2}", "{yes </s>: 0.2, yes please: 0.175}")
    assert grade_text(right_before, p, "s.txt").codes == ["beam-step-wrong"]


def test_a_wrong_score_carries_into_the_next_step() -> None:
    p = bundled("beam-length-normalised")
    text = (
        "step 1: {yes: 0.5, no: 0.3}\nstep 2: {yes </s>: 0.2, yes please: 0.15}\n"
        "step 3: {yes please </s>: 0.135}\nAnswer: yes please </s>, P = 0.135\n"
    )  # 0.15 × 0.9 = 0.135 follows from the student's own 0.15
    assert codes(text, p) == ["beam-score-wrong"]


# (problem, submission, the one code it must get): generated from the misconception, at the
# precision a student writes
MISCONCEPTIONS = [
    (
        "beam-a-cat",
        "step 1: the 0.5, a 0.4\nstep 2: a cat 0.36, the dog 0.2, the cat 0.175\nAnswer: a cat 0.36",
        "beam-width-wrong",
    ),
    ("beam-a-cat", "step 1: the 0.5\nstep 2: the dog 0.2\nAnswer: the dog 0.2", "beam-width-wrong"),
    (
        "beam-length-normalised",
        "step 1: yes 0.5, no 0.3\nstep 2: no thanks 0.5, yes </s> 0.4\nAnswer: no thanks </s>, P = 0.15",
        "beam-ranked-by-last-token",
    ),
    (
        "beam-length-normalised",
        "step 1: yes 0.5, no 0.3\nstep 2: yes </s> 0.4, yes please 0.35\nAnswer: yes please </s>, P = 0.1575",
        "beam-ranked-by-last-token",
    ),
    (
        "beam-a-cat",
        "step 1: the 0.5, a 0.4\nstep 2: a cat 1.3, the dog 0.9\nAnswer: a cat 0.36",
        "added-probs",
    ),
    (
        "beam-length-normalised",
        "step 1: yes 0.5, no 0.3\nstep 2: yes </s> 0.2, yes please 0.175\nstep 3: yes please </s> 0.1575\nAnswer: yes </s>, P = 0.2",
        "length-normalisation-mismatch",
    ),
    (
        "greedy-not-best",
        "greedy: cat sat down 0.048\nYes, greedy gives the most probable sequence.",
        "greedy-assumed-best",
    ),
    ("greedy-is-best", "greedy: the cat 0.42\nthe dog: 0.18\nNo.", "decoding-verdict-wrong"),
    (
        "greedy-not-best",
        "greedy: cat sat down 0.05\ndog barked loudly 0.3 × 0.6 × 0.3 = 0.072\nNo",
        "decoded-prob-wrong",
    ),
]


@pytest.mark.parametrize(
    ("stem", "text", "code"), MISCONCEPTIONS, ids=[m[2] + "-" + str(i) for i, m in enumerate(MISCONCEPTIONS)]
)
def test_each_misconception_is_named(stem: str, text: str, code: str) -> None:
    report = grade_text(text, bundled(stem), "s.txt")
    assert {d.code for d in report.diagnostics if d.severity == "error"} == {code}
    assert report.verdict == "incorrect" and report.score < report.max_score


def test_greedy_output_given_as_the_best_is_named() -> None:
    p = with_ask("greedy-not-best", ask="best")
    assert codes('Answer: "cat sat down", P = 0.048', p) == ["greedy-assumed-best"]
    assert codes('Answer: "dog barked loudly", P = 0.054', p) == []


def test_greedy_is_checked_token_by_token_from_the_students_own_prefix() -> None:
    p = with_ask("beam-a-cat", ask="greedy")
    assert codes("Answer: the dog, P = 0.2", p) == []
    report = grade_text("Answer: a cat, P = 0.36", p, "s.txt")
    assert report.codes == ["decoded-sequence-wrong"] and "step 1" in report.diagnostics[0].message
    # the probability is still checked for the student's own sequence: 0.36 is right for a cat
    assert report.parts == {"sequence": 0.0, "probability": 1.0}


def test_a_tie_at_the_beams_edge_is_accepted_either_way() -> None:
    rows = [([], "x1", "0.5"), ([], "x2", "0.25"), ([], "x3", "0.25")]
    data = {"kind": "decoding", "ask": "beam", "beam_width": 2, "max_length": 1, "model": table(rows)}
    p = problem_from_dict(data, "tie.toml")
    assert p.reference.steps[0].kept[1].tokens == ("x2",)  # the documented rule: text order
    for other in ("x2", "x3"):
        assert codes(f"step 1: x1 0.5, {other} 0.25\nAnswer: x1, P = 0.5", p) == []


def test_what_cannot_be_read_is_a_warning_never_a_deduction() -> None:
    p = bundled("beam-a-cat")
    for text in ("I ran out of time.", "Answer: a cat, P = 0.36"):
        report = grade_text(text, p, "s.txt")
        assert report.codes == ["decoding-unread"] and report.needs_review
        assert report.score == (0.0 if report.verdict == "unparsable" else report.max_score)


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"ask": "beem"}, "ask"),
        ({"beam_width": 0}, "beam_width"),
        ({"max_length": 99}, "max_length"),
        ({"normalise": "avg"}, "normalise"),
        ({"beam_wdth": 2}, "beam_wdth"),
        ({"model": {"kind": "table", "entries": [{"token": "a", "prob": 2}]}}, "model.entries[0].prob"),
    ],
)
def test_problem_file_errors_name_the_key(changes: dict[str, Any], key: str) -> None:
    data = tomllib.loads((ROOT / "problems/decoding/beam-a-cat.toml").read_text())
    data.update(changes)
    with pytest.raises(ProblemError) as err:
        problem_from_dict(data, "p.toml")
    assert err.value.key == key and "p.toml" in str(err.value)


def test_the_student_view_hides_the_expected_answer(tmp_path: Path) -> None:
    question = load_question(ROOT / "problems/decoding/beam-a-cat.toml")
    report = question.grade(
        b"step 1: the 0.5, a 0.4\nstep 2: a cat 0.32, the dog 0.2\nAnswer: a cat 0.32", "s.txt"
    )
    assert "0.36" in report.diagnostics[0].message
    shown = question.student_view(report)
    assert all("0.36" not in d.message for d in shown.diagnostics)
    assert shown.final_answer is not None and shown.final_answer.expected is None


@pytest.mark.parametrize(
    "text",
    [
        "P(" * 30_000,
        ("the a " * 300 + "\n") * 100,
        ("step 2: " + ", ".join(f"a cat {i / 1000:.3f}" for i in range(300)) + "\n") * 20,
        ("greedy is " + "not " * 400 + "\n") * 100,
        ("Expand " + "x " * 900 + ":\n") * 30,
    ],
    ids=["unclosed P(", "tokens without scores", "hundreds of hypotheses", "long prose", "long headings"],
)
def test_hostile_answers_are_graded_quickly_and_never_crash(text: str) -> None:
    import time

    start = time.perf_counter()
    report = load_question(ROOT / "problems/decoding/beam-a-cat.toml").grade(text.encode(), "s.txt")
    assert time.perf_counter() - start < 1.0
    assert report.verdict in ("correct", "incorrect", "unparsable")


# each decoding code's `grader explain` example, and the bundled problem it is written for
EXPLAINED = {
    "decoding-unread": "beam-a-cat",
    "beam-step-wrong": "beam-a-cat",
    "beam-width-wrong": "beam-a-cat",
    "beam-ranked-by-last-token": "beam-length-normalised",
    "beam-score-wrong": "beam-a-cat",
    "decoded-sequence-wrong": "beam-a-cat",
    "decoded-prob-wrong": "beam-a-cat",
    "decoded-prob-missing": "beam-a-cat",
    "greedy-assumed-best": "greedy-not-best",
    "length-normalisation-mismatch": "beam-length-normalised",
    "decoding-verdict-wrong": "greedy-is-best",
}


@pytest.mark.parametrize(("code", "stem"), EXPLAINED.items())
def test_each_codes_explained_example_triggers_it(code: str, stem: str) -> None:
    from grader.core.diagnostics import REGISTRY

    example = REGISTRY[code].example.replace("\\n", "\n")
    assert code in grade_text(example, bundled(stem), "example.txt").codes


def test_a_sequence_discussed_after_the_steps_is_not_part_of_a_beam() -> None:
    text = (
        "Step 1: the 0.5, a 0.4\nStep 2: a cat 0.36, the dog 0.20\n\n"
        "Note the cat 0.175 is close behind the dog.\nAnswer: a cat, P = 0.36\n"
    )
    assert codes(text, bundled("beam-a-cat")) == []
    # without any step marked, every sequence listed may be a beam: three at step 2 is too many
    unmarked = "the 0.5, a 0.4\na cat 0.36, the dog 0.20, the cat 0.175\nAnswer: a cat, P = 0.36\n"
    assert codes(unmarked, bundled("beam-a-cat")) == ["beam-width-wrong"]


def test_a_broken_tie_does_not_show_the_reference_before_the_reveal() -> None:
    """The tie rule's pick and greedy's output are what the reference says: staff see them, a student does
    not until the problem reveals them (the tied case used to show them whole)."""
    question = load_question(ROOT / "problems/decoding/greedy-sam-bigram.toml")
    report = question.grade(b"<s> I am Sam </s>, probability 2/3 * 2/3 * 1/2 * 1/2 = 1/9", "s.txt")
    tied = [d for d in report.diagnostics if "tie" in d.message]
    assert tied and "I am </s>" in tied[0].message  # staff see greedy's output
    shown = question.student_view(report)
    assert all("I am </s>" not in d.message and "'</s>'" not in d.message for d in shown.diagnostics)
    assert any("tie" in d.message for d in shown.diagnostics)  # the student is still told what is wrong
