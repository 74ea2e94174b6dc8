"""Work the student reports having written before is a quotation of what they took back, not a claim.

From blind62 (forum posts with EDIT/UPDATE lines): after right working, "UPDATE: first I wrote C(am)=1, it's 2
(am appears in sentences 1 and 2)." was read as the claim C(am) = 1 and charged wrong-value (0.95/1). The class
is a statement the line itself reports as earlier writing ("first I wrote …", "I had … at first", "originally
I used …", "I had written …"): it is withdrawn, neither charged nor credited, whatever it says, and the line
saying what it took back is not taken to retract the statement above it as well. "UPDATE:" labels a
correction as "EDIT:" does. A value the student states as theirs now ("I got C(am)=1") stays a claim.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.core.retractions import reported_earlier
from tests.conftest import ROOT

ADD_ONE = ROOT / "problems/seed/sam-corpus-add-one.toml"  # C(am) = 2; P(<s> I am Sam </s>) = 0.0010868

WORK = (
    "V = 11 (with </s>, without <s>)\n\n"
    "- `<s> I`: (2+1)/(3+11) = 0.21429, ln = -1.5404\n"
    "- `I am`: (2+1)/(3+11) = 0.21429, ln = -1.5404\n"
    "- `am Sam`: (1+1)/(2+11) = 0.15385, ln = -1.8718\n"
    "- `Sam </s>`: (1+1)/(2+11) = 0.15385, ln = -1.8718\n\n"
    "sum = -6.8244 → P = e^-6.8244 = 0.0010868\n\n"
)
# the same working with the count the student reports taking back still in it
OLD_WORK = WORK.replace(
    "(1+1)/(2+11) = 0.15385, ln = -1.8718\n- `Sam", "(1+1)/(1+11) = 0.16667, ln = -1.7918\n- `Sam"
)
OLD_WORK = OLD_WORK.replace(
    "sum = -6.8244 → P = e^-6.8244 = 0.0010868", "sum = -6.7444 → P = e^-6.7444 = 0.0011773"
)

REPORTS = [
    "UPDATE: first I wrote C(am)={v}, it's 2 (am appears in sentences 1 and 2).",
    "EDIT: I had C(am) = {v} at first, but it is 2.",
    "(originally I used C(am)={v} — it's 2, am is in two sentences)",
    "Note: I initially wrote C(am) = {v}; it's 2 since am appears twice.",
    "Earlier, I had written C(am)={v} -> fixed above, it's 2.",
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(ADD_ONE).grade(text.encode(), "s")


def errors(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in result.diagnostics if d.severity == "error"]


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("old", ["1", "3", "0"])
def test_a_value_reported_as_written_before_costs_nothing(report: str, old: str) -> None:
    result = graded(WORK + report.format(v=old) + "\n\nfinal: 0.0010868\n")
    assert errors(result) == []
    assert result.score == result.max_score


@pytest.mark.parametrize("report", REPORTS)
def test_working_that_still_uses_the_value_taken_back_is_wrong(report: str) -> None:
    result = graded(OLD_WORK + report.format(v="1") + "\n\nfinal: 0.0011773\n")
    assert result.score < result.max_score
    assert "final-answer-wrong" in errors(result)


@pytest.mark.parametrize(
    "claim",
    [
        "I got C(am)=1 from the corpus.",
        "UPDATE: C(am)=1.",
        "so C(am) = 1 here",
        "I wrote C(am)=1 and it holds.",
    ],
)
def test_a_value_stated_as_the_students_own_is_still_a_claim(claim: str) -> None:
    result = graded(WORK + claim + "\n\nfinal: 0.0010868\n")
    assert "wrong-value" in errors(result)


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("first I wrote C(am)=1, it's 2", ["C(am)=1"]),
        ("I had P(am|I) = 2/14 at first", ["P(am|I) = 2/14"]),
        ("originally I used N = 5; it is 4", ["N = 5"]),
        ("I got P = 0.2", []),
        ("I wrote the sum = -6.8", []),
    ],
)
def test_the_quotation_runs_to_its_clause_end(line: str, quoted: list[str]) -> None:
    assert [line[a - 1 : b - 1].strip() for a, b in reported_earlier(line)] == quoted


def test_a_report_quoting_no_statement_still_takes_back_the_line_above() -> None:
    # "(I had typed 2.718^0.82 before)" quotes no statement: the retraction takes back the slip above it
    text = (
        "$-\\frac{1}{N}\\sum_i \\ln\\Pr(y_i\\mid x,y_{<i}) = -\\frac{1}{2}(-1.2-0.3) = 0.75$\n\n"
        "$\\mathrm{PPL} = e^{0.75} = 2.718^{0.75} \\approx 2.27$\n\n"
        "hmm that doesn't look right, redid it: $e^{0.75} = 2.117$ (I had typed 2.718^0.82 before).\n\n"
        "**PPL = 2.117**\n"
    )
    result = load_question(ROOT / "problems/seed/logprobs-inline-perplexity.toml").grade(text.encode(), "s")
    assert [d.code for d in result.diagnostics] == []
    assert result.score == result.max_score
