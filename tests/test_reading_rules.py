"""Rules for reading what students write (issue 10 §2), each pinned by a table: the rule, not one text."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT, grade


def _codes(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in report.diagnostics if d.severity == "error"]


COLUMNS = [
    # a value stated, then a count term: the next statement, not a product
    ("sam", "C(I)=3 C(am)=2 C(Sam)=2\nP(<s> I am Sam </s>) = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n", []),
    # statements laid side by side are separate statements
    (
        "sam",
        "C(<s>) = 3     C(<s> I) = 2\nC(I) = 3     C(I am) = 2\nP = 2/3 * 2/3 * 1/2 * 1/2 = 0.1111\n",
        [],
    ),
    ("sam", "C(I)=3    C(I am)=2    P(am|I) = 2/3\nP(<s> I am Sam </s>) = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n", []),
    # but one statement with spaces in it is one statement
    ("sam", "P(<s> I am Sam </s>) = 2/3 × 2/3 × 1/2 × 1/2 =   1/9 ≈ 0.1111\n", []),
    ("dl", "log P(y|x) = -0.7   +   (-0.4) = -1.1\n", []),
]


@pytest.mark.parametrize(("name", "text", "codes"), COLUMNS)
def test_statements_side_by_side(name: str, text: str, codes: list[str]) -> None:
    report = grade(name, text)
    assert _codes(report) == codes and report.verdict == "correct", report.diagnostics


ANSWER_BY_MEANING = [
    # a check or conversion after the answer is a remark
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.1\nso P(y|x) = e^{-1.1} = 0.333\n", True),
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.1 nats = -1.587 bits\n", True),
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.1\nIn bits: -1.1 nats = -1.587 bits\n", True),
    ("ppl", "PPL = exp(-(1/2)(-0.7 - 0.4)) = exp(0.55) = 1.733\ncheck: ln(1.733) = 0.5499\n", True),
    # sentences are separate statements; the asked quantity named inside one is the answer
    (
        "dl",
        "Adding them gives -1.1. So log Pr(y | x) = -1.1 nats, which corresponds to a probability of\n"
        "about exp(-1.1) = 0.33, roughly one in three.\n",
        True,
    ),
    # an expression introduced by words heads the "= …" lines that follow it
    (
        "food",
        "P = .25 * .33 * .0011 * .5 * .68 = 3.0855e-05\ncheck in logs: ln .25 + ln .33 + ln .0011 + ln .5 + ln .68\n"
        "  = -1.386 - 1.109 - 6.812 - 0.693 - 0.386 = -10.386\n",
        True,
    ),
    # an approximate value named in words, in Markdown bold, is stated
    ("dl", "Adding -0.7 and -0.4, the log-likelihood is about **-1.1 nats**.\n", True),
    ("dl", "log P(y|x) = -0.7 + (-0.4) = __-1.1__\n", True),
    # "is" between a term and its value says "="; an answer line's remark about another quantity or
    # in another unit is not a second answer
    ("dl", "Answer: log Pr(y | x) = -1.1 (natural log), i.e. Pr(y | x) is about 0.33.\n", True),
    (
        "bits",
        "NLL = 1 + 2 + 2.3219 + 1 = 6.3219\nFinal answer: NLL ≈ 6.32 bits. (For comparison, in nats this would be\n"
        "6.32 × ln 2 ≈ 4.38 nats, since 1 nat = 1.443 bits.)\n",
        True,
    ),
    # an explicit Answer: wins over everything else
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.1\nAnswer: 0.333\n", False),
    # the asked quantity given last, wrong, is the answer even with a check after it
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.2\ncheck: e^{-1.1} = 0.333\n", False),
]


@pytest.mark.parametrize(("name", "text", "right"), ANSWER_BY_MEANING)
def test_the_answer_is_chosen_by_meaning(name: str, text: str, right: bool) -> None:
    report = grade(name, text)
    assert report.final_answer is not None and report.final_answer.correct is right, report.diagnostics


def test_a_unit_conversion_is_checked_as_one() -> None:
    right = grade("dl", "log P(y|x) = -0.7 + (-0.4) = -1.1\nNote: 1 nat = 1.443 bits\n")
    assert right.verdict == "correct"
    wrong = grade("dl", "log P(y|x) = -0.7 + (-0.4) = -1.1 nats = -0.76 bits\n")
    assert "log-base-mismatch" in _codes(wrong)


@pytest.mark.parametrize(
    ("identity", "holds"),
    [
        ("log(a b) = log a + log b", True),
        ("log(a/b) = log a - log b", True),
        ("log(a b) = log a * log b", False),
        ("e^{a + b} = e^a e^b", True),
    ],
)
def test_an_identity_in_letters_is_judged_under_stand_ins(identity: str, holds: bool) -> None:
    report = grade("dl", f"log P(y|x) = -0.7 + (-0.4) = -1.1\nRecall {identity}\n")
    assert (report.verdict == "correct") is holds, report.diagnostics
    if not holds:
        assert _codes(report) == ["invalid-step"]


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        ("0.00109", True),  # 3 significant figures, correctly rounded
        ("1.09 \\times 10^{-3}", True),
        ("0.001087", True),
        ("0.00108", False),  # wrongly rounded
        ("0.0011", False),  # 2 figures: outside the problem's tolerance and not precise enough
    ],
)
def test_a_final_answer_is_right_at_the_precision_written(answer: str, right: bool) -> None:
    problem = load_problem(ROOT / "problems/seed/sam-corpus-add-one.toml")
    report = grade_text(f"Answer: {answer}\n", problem)
    assert report.final_answer is not None and report.final_answer.correct is right


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("log P(y|x) = -0.7 + (-0.4) = -1.1\nAnswer: -1.1 (or 0.28)\n", True),
        ("Answer: 0.28, -1.1\n", True),
        ("log P(y|x) = -0.7 + (-0.4) = -1.1\nAnswer: -1.1 (2 d.p.)\n", False),
        ("log P(y|x) = -0.7 + (-0.4) = -1.1\nAnswer: -1.1 (or -1.10 to 2 d.p.)\n", False),
    ],
)
def test_several_answers_are_a_hedge(text: str, hedge: bool) -> None:
    report = grade("dl", text)
    assert ("hedged-answer" in _codes(report)) is hedge
    assert report.final_answer is not None and report.final_answer.correct is not hedge


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a number in scientific notation is one number, as precise as its mantissa
        ("food", "P = .25 * .33 * .0011 * .5 * .68 = 3.0855 × 10⁻⁵\n"),
        ("food", "P = .25 * .33 * .0011 * .5 * .68 = 0.0825 * 0.0011 * 0.34 = 3.09 \\times 10^{-5}\n"),
        # valid conventions: H in bits under 2^H, natural logs divided by ln 2
        ("ppl", "PPL = 2^H = 2^{0.7935} = 1.733\n"),
        ("ppl", "PPL = 2^H = 1.733\n"),
        ("ppl", "PPL = P(y|x)^{-1/2} = (e^{-1.1})^{-1/2} = 1.733\n"),
    ],
)
def test_valid_conventions_hold(name: str, text: str) -> None:
    report = grade(name, text)
    assert _codes(report) == [] and report.verdict == "correct", report.diagnostics


def test_a_long_line_of_normal_homework_is_graded() -> None:
    """Caps bound work; they do not refuse homework: a paragraph written as one line, a long sum."""
    prose = (
        "The chain rule multiplies the conditionals, so the logs add. " * 20
        + "So log P(y|x) = -0.7 + (-0.4) = -1.1.\n"
    )
    assert grade("dl", prose).verdict == "correct"
    terms = 40
    text = "log P(y|x) = " + " + ".join(["-0.0275"] * terms) + " = -1.1\n"
    assert "input-rejected" not in grade("dl", text).codes


SLIPS = [
    ("dl", "log P(y|x) = (-0.7)(-0.4) = 0.28"),
    ("dl", "log P(y|x) = -0.7 + (-0.4) = -1.3"),
    ("sam", "P(<s> I am Sam </s>) = 2/3 * 2/3 * 1/2 = 0.2222"),
]
RETRACTIONS = [
    "wait, that's wrong — redo:",
    "Oops, I multiplied. Redo:",
    "Scratch that, I made a mistake.",
    "That can't be right.",
]
RIGHT = {
    "dl": "log P(y|x) = -0.7 + (-0.4) = -1.1",
    "sam": "P(<s> I am Sam </s>) = 2/3 * 2/3 * 1/2 * 1/2 = 0.1111",
}


@pytest.mark.parametrize(("name", "slip"), SLIPS)
@pytest.mark.parametrize("retraction", RETRACTIONS)
def test_a_retracted_slip_costs_nothing(name: str, slip: str, retraction: str) -> None:
    """Metamorphic: a wrong line the student takes back before redoing it is not judged; the same
    wrong line left standing is: charged when it is a known mistake, sent for review (step-unconfirmed)
    when it is not, since the final answer after it is right."""
    corrected = grade(name, f"{slip}\n{retraction}\n{RIGHT[name]}\n")
    assert corrected.verdict == "correct", corrected.diagnostics
    assert "step-unconfirmed" not in corrected.codes
    standing = grade(name, f"{slip}\nThen:\n{RIGHT[name]}\n")
    if "step-unconfirmed" in standing.codes:
        assert standing.needs_review and [d.span.line for d in standing.diagnostics] == [1]
    else:
        assert standing.verdict == "incorrect"


def test_an_aside_is_not_a_retraction() -> None:
    text = (
        "log P(y|x) = -0.7 + (-0.4) = -1.3\n(oops — on scratch paper I wrote it differently)\nAnswer: -1.3\n"
    )
    assert grade("dl", text).verdict == "incorrect"


@pytest.mark.parametrize(
    ("name", "text", "severity"),
    [
        # an opaque prompt left out, the model's values used: loose notation, a warning
        ("dl", "log P(y|x) = log P(deep) + log P(learning | deep) = -0.7 + (-0.4) = -1.1\n", "warning"),
        # a token of the history left out is the misconception, an error
        ("dl", "log P(y|x) = log P(deep|x) + log P(learning | x) = -0.7 + (-0.4) = -1.1\n", "error"),
    ],
)
def test_dropped_conditioning_on_an_opaque_prompt_is_loose_notation(
    name: str, text: str, severity: str
) -> None:
    import dataclasses

    from tests.conftest import problem

    report = grade(name, text)
    found = [d for d in report.diagnostics if d.code == "dropped-conditioning"]
    assert found and found[0].severity == severity
    assert (report.verdict == "correct") is (severity == "warning")
    strict = grade_text(text, dataclasses.replace(problem(name), strict_notation=True))
    assert strict.verdict == "incorrect"


# An aside in brackets beside the answer restates it in another form: read and checked whether it is set off
# by a wide gap or opened by a connective ("so", "i.e."), never the answer; a wrong one is flagged for a
# person (step-unconfirmed, review), not charged, and a right one is silent.
_ANSWERED = "log P(y|x) = -0.7 + (-0.4) = -1.1"


@pytest.mark.parametrize("opening", ["     (", " (so ", " (i.e. ", " (hence ", " (that is, "])
def test_an_aside_restating_the_answer_is_checked(opening: str) -> None:
    right = grade("dl", f"{_ANSWERED}{opening}Pr(y|x) = e^{{-1.1}} ≈ 0.333)\n")
    assert right.verdict == "correct" and not right.diagnostics, right.codes
    wrong = grade("dl", f"{_ANSWERED}{opening}Pr(y|x) = e^{{-1.1}} ≈ 0.35)\n")
    assert wrong.verdict == "correct" and wrong.needs_review and wrong.codes == ["step-unconfirmed"], (
        wrong.codes
    )
