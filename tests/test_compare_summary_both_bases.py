"""A summary after the conclusion that names each candidate's win on its own basis ("**Summary:** A wins on the
whole-sequence probability, B wins per token."): a sentence that names one candidate for each basis answers the
question with the one on the basis asked, its clauses parted at a comma or an "and" (blind-kinds47
compare--per-token/001: the summary's "A wins" was taken as the conclusion, less-likely-chosen). A summary that
names the wrong candidate on the basis asked stays wrong."""

from __future__ import annotations

import tomllib

import pytest

from grader.compare.grade import grade_compare
from grader.compare.problem import compare_from_dict
from grader.core.question import load_question
from tests.conftest import ROOT

PER_TOKEN = ROOT / "problems/compare/per-token.toml"


def per_token_problem():  # type: ignore[no-untyped-def]
    return load_question(PER_TOKEN).problem  # type: ignore[attr-defined]


def total_problem():  # type: ignore[no-untyped-def]
    """The same two responses (A wins on the whole sequence, B per token), asked on the whole sequence."""
    data = tomllib.loads(PER_TOKEN.read_text())
    data.pop("examples", None)
    data["ask"] = "more_likely"
    return compare_from_dict(data, "total.toml")


MEANS = (
    "### Step 1: totals\n\nlog P(A) = -0.7 + (-0.4) = -1.1\n\nlog P(B) = -1.0 + (-0.3) + (-0.1) = -1.4\n\n"
    "### Step 2: per token\n\n- A: -1.1 / 2 = -0.55\n- B: -1.4 / 3 = -0.467\n\n"
)
TOTALS = "For A: log P(A) = -0.7 + (-0.4) = -1.1\nFor B: log P(B) = -1.0 + (-0.3) + (-0.1) = -1.4\n\n"

# (name, right answer, wrong twin): asked per token, B is the answer
PER_TOKEN_CASES = [
    (
        "final answer, then a summary with a comma",
        MEANS + "## Final Answer\n\nPer token, B is the one the model is more confident in.\n\n"
        "**Summary:** A wins on the whole-sequence probability, B wins per token.\n",
        MEANS + "## Final Answer\n\nPer token, A is the one the model is more confident in.\n\n"
        "**Summary:** B wins on the whole-sequence probability, A wins per token.\n",
    ),
    (
        "summary alone, per-token clause first",
        MEANS + "Summary: B wins per token, A wins on the total.\n",
        MEANS + "Summary: A wins per token, B wins on the total.\n",
    ),
    (
        "and between the clauses",
        MEANS
        + "In short, A has the higher total log-probability and B has the higher mean log-probability.\n",
        MEANS
        + "In short, B has the higher total log-probability and A has the higher mean log-probability.\n",
    ),
    (
        "Spanish, y",
        MEANS + "Resumen: A gana en la probabilidad total y B gana por token.\n",
        MEANS + "Resumen: B gana en la probabilidad total y A gana por token.\n",
    ),
    (
        "French, et",
        MEANS + "Résumé : A est plus probable sur la probabilité totale et B est plus probable par token.\n",
        MEANS + "Résumé : B est plus probable sur la probabilité totale et A est plus probable par token.\n",
    ),
    (
        "German, a comma",
        MEANS + "Zusammenfassung: A ist insgesamt wahrscheinlicher, B ist pro Token wahrscheinlicher.\n",
        MEANS + "Zusammenfassung: B ist insgesamt wahrscheinlicher, A ist pro Token wahrscheinlicher.\n",
    ),
]

# asked on the whole sequence, A is the answer
TOTAL_CASES = [
    (
        "summary with a comma, asked on the whole sequence",
        TOTALS
        + "A is more likely.\n\n**Summary:** A wins on the whole-sequence probability, B wins per token.\n",
        TOTALS
        + "B is more likely.\n\n**Summary:** B wins on the whole-sequence probability, A wins per token.\n",
    ),
    (
        "summary alone, asked on the whole sequence",
        TOTALS + "Summary: B wins per token, A wins on the total.\n",
        TOTALS + "Summary: A wins per token, B wins on the total.\n",
    ),
    (
        "German, asked on the whole sequence",
        TOTALS + "Zusammenfassung: A ist insgesamt wahrscheinlicher, B ist pro Token wahrscheinlicher.\n",
        TOTALS + "Zusammenfassung: B ist insgesamt wahrscheinlicher, A ist pro Token wahrscheinlicher.\n",
    ),
]


def graded(text: str, problem) -> tuple[str, float, float, list[str]]:  # type: ignore[no-untyped-def]
    report = grade_compare(text, problem)
    return report.verdict, report.score, report.max_score, report.codes


@pytest.mark.parametrize(("name", "right", "wrong"), PER_TOKEN_CASES, ids=[c[0] for c in PER_TOKEN_CASES])
def test_a_summary_naming_both_answers_with_the_per_token_one(name: str, right: str, wrong: str) -> None:
    verdict, score, top, codes = graded(right, per_token_problem())
    assert (verdict, score) == ("correct", top), codes
    verdict, score, top, codes = graded(wrong, per_token_problem())
    assert verdict == "incorrect" and score < top, codes


@pytest.mark.parametrize(("name", "right", "wrong"), TOTAL_CASES, ids=[c[0] for c in TOTAL_CASES])
def test_a_summary_naming_both_answers_with_the_total_one(name: str, right: str, wrong: str) -> None:
    verdict, score, top, codes = graded(right, total_problem())
    assert (verdict, score) == ("correct", top), codes
    verdict, score, top, codes = graded(wrong, total_problem())
    assert verdict == "incorrect" and score < top, codes


def test_a_line_about_one_basis_is_read_whole() -> None:
    # no clause names the other basis: the comma parts nothing ("Per token, B …")
    verdict, score, top, codes = graded(
        MEANS + "Per token, B is more likely, as -0.467 > -0.55.\n", per_token_problem()
    )
    assert (verdict, score) == ("correct", top), codes
