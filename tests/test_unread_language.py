"""An answer written in a language the kinds' tables have no rows for was not read, so it costs nothing and
a person looks (a warning, needs_review); an answer written in a language with rows that the readers read as
choosing nothing ("it depends") still earns nothing. Each row is a language without rows (Zulu, Finnish,
Latvian, Lithuanian, Estonian, Welsh; Hebrew, Hungarian, Swahili, Greek and Georgian have rows since) or a known
language that says no choice; the wrong twins keep their mistakes in the working, which the unread answer does
not excuse."""

from __future__ import annotations

import pytest

from grader.core.languages import unknown_language
from tests.kinds_languages import question

COMPARE_WORK = "log P(A) = -0.7 + (-0.4) = -1.1\nlog P(B) = -1.6 + (-0.2) = -1.8\n"
COMPARE_WRONG = "log P(A) = -0.7 + (-0.4) = -1.1\nlog P(B) = -1.6 + (-0.2) = -1.4\n"
UNREAD_CONCLUSIONS = [
    "Impendulo: A kungenzeka kakhulu kuno B",  # Zulu
    "Vastaus: A todennäköisempi kuin B",  # Finnish
    "Atbilde: A ir ticamāka nekā B",  # Latvian
    "Atsakymas: A labiau tikėtinas nei B",  # Lithuanian
    "Vastus: A on tõenäolisem kui B",  # Estonian
    "Ateb: mae A yn fwy tebygol na B",  # Welsh
]


def _report(kind: str, name: str, text: str):  # noqa: ANN202 - a Report
    return question(kind, name).grade(text.encode(), "s.txt")


@pytest.mark.parametrize("conclusion", UNREAD_CONCLUSIONS)
def test_a_conclusion_in_an_unknown_language_costs_nothing(conclusion: str) -> None:
    report = _report("compare", "deep-vs-reinforcement", COMPARE_WORK + conclusion + "\n")
    assert report.score == report.max_score, report.codes
    assert report.needs_review
    unread = [d for d in report.diagnostics if d.code == "no-final-answer"]
    assert [(d.severity, d.span.line) for d in unread] == [("warning", 3)]


@pytest.mark.parametrize("conclusion", UNREAD_CONCLUSIONS[:3])
def test_the_working_is_still_graded_under_an_unread_conclusion(conclusion: str) -> None:
    report = _report("compare", "deep-vs-reinforcement", COMPARE_WRONG + conclusion + "\n")
    assert report.score < report.max_score
    assert report.verdict == "incorrect"


@pytest.mark.parametrize(
    "ending",
    [
        "",  # no conclusion at all
        "A: -1.1, B: -1.8",  # the values again, no choice
        "Conclusion: it depends on what A and B are used for",  # read, and chooses nothing
    ],
)
def test_a_conclusion_absent_or_choosing_nothing_still_costs(ending: str) -> None:
    report = _report("compare", "deep-vs-reinforcement", COMPARE_WORK + ending + "\n")
    assert report.score < report.max_score
    assert any(d.code == "no-final-answer" and d.severity == "error" for d in report.diagnostics)


WINDOW_WORK = (
    "Full model:\nlog P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.1\n\n"
    "Window model (k = 1):\nlog P(y|x) = log P(deep|ML) + log P(learning|deep) = -2.2 + (-0.9) = -3.1\n\n"
    "Gap: -1.1 - (-3.1) = 2.0\n\n"
)


@pytest.mark.parametrize(
    "cheaper",
    [
        "Cheaper: imodeli yefasitela ishibhile ngoba ifunda amathokheni angu-k kuphela",  # Zulu
        "Cheaper: ikkunamalli on halvempi laskea",  # Finnish
        "Cheaper: modelis su langu pigesnis",  # Lithuanian
    ],
)
def test_a_cost_answer_in_an_unknown_language_costs_nothing(cheaper: str) -> None:
    report = _report("window", "deep-learning-window", WINDOW_WORK + cheaper + "\n")
    assert report.score == report.max_score, report.codes
    assert report.needs_review
    assert "window-cost-unread" in report.codes


def test_a_cost_answer_that_chooses_nothing_still_earns_nothing() -> None:
    report = _report("window", "deep-learning-window", WINDOW_WORK + "Cheaper: it depends\n")
    assert report.score < report.max_score
    assert report.parts["cost"] == 0.0


CORRECTION = "log P(y|x) = -0.7 + (-0.4) = -1.1\n"


@pytest.mark.parametrize(
    "analysis",
    [
        "Umugqa wesibili awulungile: baphindaphinde ama-log esikhundleni sokuwahlanganisa",  # Zulu
        "Antra eilutė klaidinga: logaritmai sudauginti vietoj sudėjimo",  # Lithuanian
        "Teine rida on vale: logaritmid korrutati liitmise asemel",  # Estonian
    ],
)
def test_a_flaw_analysis_in_an_unknown_language_costs_nothing(analysis: str) -> None:
    report = _report("flaw", "multiplied-logs", analysis + "\n" + CORRECTION)
    assert report.score == report.max_score, report.codes
    assert report.needs_review


def test_an_english_analysis_naming_no_line_earns_nothing_for_the_line() -> None:
    report = _report(
        "flaw", "multiplied-logs", "Something is off with how the numbers are combined.\n" + CORRECTION
    )
    assert report.parts["line"] == 0.0


def test_an_unknown_language_analysis_with_a_wrong_correction_stays_wrong() -> None:
    text = "Umugqa wesibili awulungile: baphindaphinde ama-log\nlog P(y|x) = -0.7 + (-0.4) = -0.3\n"
    report = _report("flaw", "multiplied-logs", text)
    assert report.score < report.max_score


@pytest.mark.parametrize(
    ("lines", "unknown"),
    [
        (["Impendulo: A kungenzeka kakhulu kuno B"], True),
        (["A is more likely than B"], False),
        (["B est plus probable"], False),
        (["A daha olası çünkü -1,1 > -1,8"], False),
        (["答：A 更可能"], False),  # an unspaced script with rows
        (["-1.1 > -1.8", r"\log P = -1.1"], False),  # no words: nothing unread
        # Finnish: its "on" is English too, but a few short shared words do not make a sentence English
        (["Vastaus on että A on todennäköisempi kuin B koska sen arvo on suurempi"], True),
        (["Something is off with how the numbers are combined."], False),
    ],
)
def test_which_lines_are_in_an_unknown_language(lines: list[str], unknown: bool) -> None:
    assert unknown_language(lines) is unknown


def test_a_line_of_words_after_the_work_opening_with_a_candidate_is_a_conclusion() -> None:
    text = "log Pr(A|x) = -0.7 + (-0.4) = -1.1 ; log Pr(B|x) = -1.6 + (-0.2) = -1.8\nA kungenzeka kakhulu.\n"
    report = _report("compare", "deep-vs-reinforcement", text)
    assert report.score == report.max_score, report.codes
    assert report.needs_review


def test_nothing_read_earns_nothing() -> None:
    # the work is not tied to a candidate and the conclusion is not read: no answer to give the benefit of
    text = "-0.7 + (-0.4) = -1.1\n-1.6 + (-0.2) = -1.8\nImpendulo: A kungenzeka kakhulu kuno B\n"
    report = _report("compare", "deep-vs-reinforcement", text)
    assert report.score < report.max_score
    assert report.needs_review
