"""Each diagnostic of issue #2 §4 is produced where the mistake is, in ASCII and in LaTeX."""

from __future__ import annotations

import pytest

from grader.core.diagnostics import REGISTRY
from tests.conftest import grade

# (problem, submission, code, line of the diagnostic)
CASES = [
    ("dl", "log P(y|x) = = -1.1", "parse-error", 1),
    ("dl", "We have\n$$\\log P(y|x) = \\log( -0.7 $$\nAnswer: -1.1", "parse-error", 2),
    ("dl", "log P(y|x) = log P(y_1|x) + log P(y_3|x, y_1, y_2) = -1.1", "unknown-symbol", 1),
    (
        "dl",
        "$\\log P(y|x) = \\log P(y_1|x) + \\log P(\\text{cat} \\mid x, y_1)$\n$= -1.1$",
        "unknown-symbol",
        1,
    ),
    ("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\n= (-0.7)(-0.4)\n= 0.28", "multiplied-log-probs", 2),
    (
        "dl",
        "$$\\log P(y|x) = \\log P(y_1|x) \\cdot \\log P(y_2|x,y_1) = (-0.7)(-0.4) = 0.28$$",
        "multiplied-log-probs",
        1,
    ),
    ("dl", "P(y|x) = P(y_1|x) + P(y_2|x,y_1) = 0.497 + 0.670 = 1.167", "added-probs", 1),
    ("food", "P = \\frac{1}{4} + 0.33 + 0.0011 + 0.5 + 0.68 \\\\\n= 1.7611", "added-probs", 1),
    ("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x)\n= -0.7 + -0.4 = -1.1", "dropped-conditioning", 1),
    (
        "food",
        "$P = P(i \\mid \\langle s \\rangle) P(want) P(english|want) P(food|english) P(</s>|food)$",
        "dropped-conditioning",
        1,
    ),
    ("dl", "log P(y|x) = log P(y_1|x, y_2) + log P(y_2|x, y_1) = -1.1", "future-conditioning", 1),
    (
        "dl",
        "\\begin{align*}\n\\log P(y|x) &= \\log P(y_1 \\mid x, y_2) + \\log P(y_2 \\mid x) \\\\\n&= -1.1\n\\end{align*}",
        "future-conditioning",
        2,
    ),
    ("food", "P = .25 * .33 * .0011 * .5\n= 0.0000454", "missing-term", 1),
    ("dl", "$\\log P(y \\mid x) = \\log P(y_1 \\mid x) = -0.7$", "missing-term", 1),
    ("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.6 + (-0.4) = -1.0", "wrong-value", 1),
    (
        "food",
        "$$P = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)$$\n$$= 0.25 \\cdot 0.33 \\cdot 0.011 \\cdot 0.5 \\cdot 0.68$$",
        "wrong-value",
        2,
    ),
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.3", "arithmetic-error", 1),
    (
        "sam",
        "$$P = \\frac{2}{3} \\cdot \\frac{2}{3} \\cdot \\frac{1}{2} \\cdot \\frac{1}{2} = \\frac{4}{27}$$",
        "arithmetic-error",
        1,
    ),
    ("dl", "log P(y|x) = -0.7 + -0.4 = 1.1", "sign-error", 1),
    (
        "bits",
        "$\\mathrm{NLL} = \\log_2 0.5 + \\log_2 0.25 + \\log_2 0.2 + \\log_2 0.5 = -6.32$",
        "sign-error",
        1,
    ),
    ("dl", "log P(y|x) = log 0.5 + log 0.67\nln 0.5 = -1", "log-base-mismatch", 2),
    (
        "bits",
        "$$\\mathrm{NLL} = -(\\ln 0.5 + \\ln 0.25 + \\ln 0.2 + \\ln 0.5) = 4.382$$",
        "log-base-mismatch",
        1,
    ),
    ("dl", "P(y|x) = e^{-0.7} e^{-0.4} = e^{-1.1} = 0.333", "wrong-quantity", 1),
    (
        "bits",
        "$$P(y|x) = \\frac{1}{2} \\cdot \\frac{1}{4} \\cdot \\frac{1}{5} \\cdot \\frac{1}{2} = 0.0125$$",
        "wrong-quantity",
        1,
    ),
    ("ppl", "PPL = exp(-(-0.7 - 0.4)) = e^{1.1} = 3.004", "perplexity-normalization", 1),
    (
        "ppl",
        "$N = 3$\n$\\mathrm{PPL} = e^{-\\frac{1}{N}(-0.7 - 0.4)} = e^{0.367} = 1.443$",
        "perplexity-normalization",
        1,
    ),
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.3", "final-answer-wrong", 1),
    (
        "sam",
        "$$P = \\frac{2}{3} \\cdot \\frac{2}{3} \\cdot \\frac{1}{2} \\cdot \\frac{1}{2} = \\frac{4}{27}$$",
        "final-answer-wrong",
        1,
    ),
    ("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)", "no-final-answer", 1),
    ("dl", "$$\\log P(y \\mid x) = \\sum_{i=1}^{2} \\log P(y_i \\mid x, y_{<i})$$", "no-final-answer", 1),
    ("dl", "log P(y|x) = 2 log P(y_1|x)\n= -1.4", "invalid-step", 1),
    ("dl", "$$\\log P(y|x) = \\log P(y_1|x) - \\log P(y_2|x, y_1) = -0.3$$", "invalid-step", 1),
]


@pytest.mark.parametrize(("name", "text", "code", "line"), CASES)
def test_code_is_reported_where_the_mistake_is(name: str, text: str, code: str, line: int) -> None:
    report = grade(name, text)
    found = [(d.code, d.span.line) for d in report.diagnostics]
    assert (code, line) in found, found
    if REGISTRY[code].notation:  # what could not be read: review, never a deduction (issue 10)
        assert report.needs_review and not [d for d in report.diagnostics if d.severity == "error"]
        assert report.verdict == "unparsable" or report.score == report.max_score
    else:
        assert report.verdict != "correct"
        assert report.score < report.max_score


def test_every_issue_2_code_has_an_ascii_and_a_latex_case() -> None:
    codes = {c for _, _, c, _ in CASES}
    for code in codes:
        texts = [t for _, t, c, _ in CASES if c == code]
        assert any("\\" in t or "$" in t for t in texts), code
        assert any("\\" not in t and "$" not in t for t in texts), code


def test_seed_question() -> None:
    right = grade("dl", "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1")
    assert right.verdict == "correct" and right.score == 1 and right.diagnostics == ()
    wrong = grade("dl", "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= (-0.7)(-0.4) = 0.28")
    assert [(d.code, d.span.line) for d in wrong.diagnostics][0] == ("multiplied-log-probs", 2)
    message = wrong.diagnostics[0].message
    assert "-0.7" in message and "-0.4" in message


def test_error_carried_forward() -> None:
    report = grade("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\n= -0.7 × 0.4\n= -0.28")
    codes = [(d.code, d.span.line) for d in report.diagnostics]
    assert ("arithmetic-error", 3) not in codes  # -0.7 × 0.4 = -0.28 is right from the student's numbers
    assert [s.status for s in report.steps if s.line == 3] == ["ok"]
    final = next(d for d in report.diagnostics if d.code == "final-answer-wrong")
    assert "line 2" in final.message


def test_right_answer_through_a_wrong_step_is_not_full_marks() -> None:
    report = grade("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x)\n= -0.7 + -0.4 = -1.1")
    assert report.final_answer is not None and report.final_answer.correct
    assert report.score < report.max_score
    assert report.verdict == "incorrect"


def test_a_line_that_does_not_parse_is_skipped_and_the_rest_graded() -> None:
    report = grade(
        "dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\n= -0.7 + + + \n= -0.7 + (-0.4) = -1.1"
    )
    assert [d.code for d in report.diagnostics] == ["parse-error"]
    assert report.final_answer is not None and report.final_answer.correct


@pytest.mark.parametrize(
    ("name", "text", "codes"),
    [
        # natural logs for a bits question, and the NLL's sign lost: both mistakes named
        ("bits", "The NLL comes out as\nAnswer: -4.382", {"log-base-mismatch", "sign-error"}),
        # divided by 3 tokens, and 2 raised to the cross-entropy in nats
        ("ppl", "PPL = 2^{0.3667}\nAnswer: 1.289", {"perplexity-normalization", "log-base-mismatch"}),
    ],
)
def test_a_final_answer_explained_by_two_mistakes_together(name: str, text: str, codes: set[str]) -> None:
    report = grade(name, text)
    found = {d.code for d in report.diagnostics}
    assert codes <= found, found
    assert "final-answer-wrong" in found


def test_strict_notation_makes_unreadable_work_cost_marks() -> None:
    """A course that grades notation opts in; by default an unknown symbol is a warning and review."""
    import dataclasses

    from grader.derivation.grade import grade_text
    from tests.conftest import problem

    text = "log P(y|x) = log P(y_1|x) + log P(y_3|x, y_1, y_2) = -1.1"
    loose = grade_text(text, problem("dl"))
    assert loose.verdict == "correct" and loose.needs_review
    assert [d.severity for d in loose.diagnostics] == ["warning"]
    strict = grade_text(text, dataclasses.replace(problem("dl"), strict_notation=True))
    assert strict.verdict == "incorrect" and strict.score < strict.max_score
    assert [d.severity for d in strict.diagnostics] == ["error"]
