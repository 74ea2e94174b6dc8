"""A spreadsheet cell formula is maths in another spelling (grader/maths/spreadsheet.py): `=LN(0.5)`,
`=LOG(0,5;2)`, `=PRODUKT(…)`, `=EXP(-AVERAGE(…))` read as the maths they mean, in any case and the locales'
names; a cell's opening `=` is no relation; a formula of cells (`=PRODUCT(B2:B6)`) cannot be valued and is
left alone, and the value the sheet shows after it is what the student states. Each variant is read (no
line left unread) and right; its twin (a wrong shown value, a wrong function) is charged on its line."""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from grader.maths.spreadsheet import read_sheet
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / f"problems/seed/{stem}.toml")


# (id, problem, right text, wrong twin, the line the twin is wrong on)
VARIANTS = [
    (
        "backticks-exp-of-numbers",
        "deep-learning-perplexity",
        "sum of log-probs = -0.7 + (-0.4) = -1.1\nPPL = `=EXP(1.1/2)` = 1.7333\n",
        "sum of log-probs = -0.7 + (-0.4) = -1.1\nPPL = `=EXP(1.1/2)` = 1.8333\n",
        2,
    ),
    (
        "german-decimal-commas",
        "deep-learning-perplexity",
        "Mittelwert der Log-Wahrscheinlichkeiten = (-0,7 - 0,4) / 2 = -0,55\nPPL =EXP(0,55) = 1,7333\n",
        "Mittelwert der Log-Wahrscheinlichkeiten = (-0,7 - 0,4) / 2 = -0,55\nPPL =EXP(0,45) = 1,5683\n",
        2,
    ),
    (
        "average-english-commas",
        "deep-learning-perplexity",
        "log-probs: -0.7 and -0.4\nPPL = `=EXP(-AVERAGE(-0.7,-0.4))` = 1.7333\n",
        "log-probs: -0.7 and -0.4\nPPL = `=EXP(-AVERAGE(-0.7,-0.4,0))` = 1.4429\n",
        2,
    ),
    (
        "power-semicolon",
        "deep-learning-perplexity",
        "P(y|x) = exp(-1.1) = 0.332871\nPPL =POWER(0.332871;-0.5) = 1.7333\n",
        "P(y|x) = exp(-1.1) = 0.332871\nPPL =POWER(0.332871;-1) = 1.7333\n",
        2,
    ),
    (
        "german-wurzel",
        "deep-learning-perplexity",
        "P(y|x) = exp(-1,1) = 0,332871\nPPL =1/WURZEL(0,332871) = 1,7333\n",
        "P(y|x) = exp(-1,1) = 0,332871\nPPL =1/WURZEL(0,332871) = 1,9333\n",
        2,
    ),
    (
        "log-base-2-german",
        "cat-nll-bits",
        "NLL in bits:\n=-LOG(0,5;2)-LOG(0,25;2)-LOG(0,2;2)-LOG(0,5;2) = 6,3219\n",
        "NLL in bits:\n=-LOG10(0,5)-LOG10(0,25)-LOG10(0,2)-LOG10(0,5) = 1,9031\n",
        2,
    ),
    (
        "log-base-2-english-arrow",
        "cat-nll-bits",
        "NLL (bits):\n=-LOG(0.5,2)-LOG(0.25,2)-LOG(0.2,2)-LOG(0.5,2) → 6.3219\n",
        "NLL (bits):\n=-LN(0.5)-LN(0.25)-LN(0.2)-LN(0.5) → 4.3820\n",
        2,
    ),
    (
        "nats-over-ln2",
        "cat-nll-bits",
        "NLL (nats) = -ln(0.5) - ln(0.25) - ln(0.2) - ln(0.5) = 4.382027\n"
        "NLL (bits) = `=4.382027/LN(2)` = **6.3219 bits**\n",
        "NLL (nats) = -ln(0.5) - ln(0.25) - ln(0.2) - ln(0.5) = 4.382027\n"
        "NLL (bits) = `=4.382027/LOG10(2)` = **14.5568 bits**\n",
        2,
    ),
    (
        "lowercase-in-a-cell",
        "deep-learning",
        "log P(deep|x) = -0.7, log P(learning|x, deep) = -0.4\nlog P(y|x)\t=sum(-0.7;-0.4)\t-1.1\n",
        "log P(deep|x) = -0.7, log P(learning|x, deep) = -0.4\nlog P(y|x)\t=sum(-0.7;-0.4)\t-1.2\n",
        2,
    ),
    (
        "spanish-suma",
        "deep-learning",
        "log P(y|x) =SUMA(-0,7;-0,4) = -1,1\n",
        "log P(y|x) =SUMA(-0,7;-0,4) = -1,2\n",
        1,
    ),
    (
        "french-produit",
        "bigram-english-food",
        "P(<s> i want english food </s>) =PRODUIT(0,25;0,33;0,0011;0,5;0,68) = 0,000030855\n",
        "P(<s> i want english food </s>) =PRODUIT(0,25;0,33;0,0011;0,5) = 0,000045375\n",
        1,
    ),
    (
        "tab-row-cells-shown-value",
        "bigram-english-food",
        "P(i|<s>) = 0.25, P(want|i) = 0.33, P(english|want) = 0.0011, P(food|english) = 0.5, "
        "P(</s>|food) = 0.68\n7\tP\t=PRODUCT(B2:B6)\t3.0855E-05\n",
        "P(i|<s>) = 0.25, P(want|i) = 0.33, P(english|want) = 0.0011, P(food|english) = 0.5, "
        "P(</s>|food) = 0.68\n7\tP\t=PRODUCT(B2:B6)\t4.5375E-05\n",
        2,
    ),
    (
        "german-address-arrow",
        "bigram-english-food",
        "P = 0,25 · 0,33 · 0,0011 · 0,5 · 0,68\nB7  =PRODUKT(B2:B6)   ->  0,000030855\n",
        "P = 0,25 · 0,33 · 0,0011 · 0,5 · 0,68\nB7  =PRODUKT(B2:B6)   ->  0,000045375\n",
        2,
    ),
    (
        "pipe-row-valued-formula",
        "sam-corpus-add-one",
        "| P | `=(2+1)/(3+11)*(2+1)/(3+11)*(1+1)/(2+11)*(1+1)/(2+11)` | 0.0010868 |\n",
        "| P | `=(2+1)/(3+11)*(2+1)/(3+11)*(1+1)/(2+11)*(1+1)/(2+11)` | 0.0012868 |\n",
        1,
    ),
    (
        "address-then-formula-and-value",
        "sam-corpus-add-one",
        "A1 =LN(3/14)   -1.540445\nA2 =LN(3/14)   -1.540445\nA3 =LN(2/13)   -1.871802\nA4 =LN(2/13)   -1.871802\n"
        "P = exp(-6.824494) = 0.0010868\n",
        "A1 =LN(3/14)   -1.540445\nA2 =LN(3/14)   -1.540445\nA3 =LN(2/13)   -1.971802\nA4 =LN(2/13)   -1.871802\n"
        "P = exp(-6.924494) = 0.00098338\n",
        3,
    ),
]


@pytest.mark.parametrize(("name", "stem", "right", "wrong", "line"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_a_cell_formula_is_read_and_right(name: str, stem: str, right: str, wrong: str, line: int) -> None:
    report = grade_text(right, _problem(stem))
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics
    assert not [d for d in report.diagnostics if d.code == "parse-error"], report.diagnostics


@pytest.mark.parametrize(("name", "stem", "right", "wrong", "line"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_its_wrong_twin_stays_wrong_on_its_line(
    name: str, stem: str, right: str, wrong: str, line: int
) -> None:
    report = grade_text(wrong, _problem(stem))
    errors = [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]
    assert report.verdict != "correct" and report.score < report.max_score, errors
    assert line in {at for _, at in errors}, errors


def test_a_formula_of_cells_with_no_value_shown_costs_nothing() -> None:
    text = "P(<s> i want english food </s>) = 0.25*0.33*0.0011*0.5*0.68\n=PRODUCT(B2:B6)\n= 3.0855e-5\n"
    report = grade_text(text, _problem("bigram-english-food"))
    assert [d for d in report.diagnostics if d.severity == "error"] == []
    assert report.verdict == "correct"


def test_columns_and_lines_are_kept() -> None:
    lines = ["C2 =LOG10(B2) = -0.60206", "x\t=LN(0.5)\t-0.693147", "=SUMME(0,5;0,25)"]
    out = read_sheet(lines)
    assert len(out) == len(lines)
    assert [len(a) for a in out] == [len(a) for a in lines]
    assert out[0].split() == ["-0.60206"]  # a formula of cells gone, the address no label: a bare value
    assert "ln(0.5)" in out[1] and "=" in out[1].split("ln(0.5)")[1]  # the shown value beside it stated
    assert out[2].split() == ["(0,5+0,25)"]


def test_words_and_ordinary_maths_are_left_alone() -> None:
    lines = [
        "P = 0.5",
        "x =0.5",
        "log(0,5) = -0.693",
        "Sum (the logs) = -1.1",
        "log P = sum(log p_i)",
        "B2 = 0.5",
    ]
    assert read_sheet(lines) == lines


# prose naming the asked quantity, then what it is of, then the value: the value is the quantity's
OF_THE_ASKED = [
    ("of-y-given-x", "Perplexity of y given x ≈ {v}"),
    ("of-y", "perplexity of y = {v}"),
    ("of-the-answer-given-the-prompt", "The perplexity of the answer given the prompt: {v}"),
    ("for-the-sequence", "Perplexity for the sequence ≈ {v}"),
]


@pytest.mark.parametrize(("name", "template"), OF_THE_ASKED, ids=[v[0] for v in OF_THE_ASKED])
def test_the_quantity_named_of_y_given_x_is_the_answer(name: str, template: str) -> None:
    lead = "Step 1: sum of log-probs = -0.7 + (-0.4) = -1.1\nStep 2: divide by N = 2 tokens: -0.55\n"
    right = grade_text(lead + template.format(v="1.7333") + "\n", _problem("deep-learning-perplexity"))
    assert (right.verdict, right.score) == ("correct", right.max_score), right.diagnostics
    assert right.final_answer is not None and right.final_answer.line == 3
    wrong = grade_text(lead + template.format(v="1.9333") + "\n", _problem("deep-learning-perplexity"))
    assert wrong.verdict != "correct"
    assert 3 in {d.span.line for d in wrong.diagnostics if d.severity == "error"}


@pytest.mark.parametrize(
    "line",
    ["\t =LN(B2)" * 88, "=LN(" * 199, "=SUM(" * 160, "\t" * 790 + "=1", "=(" * 5000 + ")" * 5000],
    ids=["many-cells", "unclosed-calls", "unclosed-sums", "tabs", "too-long"],
)
def test_a_hostile_line_is_read_quickly(line: str) -> None:
    import time

    started = time.perf_counter()
    out = read_sheet([line])
    assert len(out[0]) == len(line)
    assert time.perf_counter() - started < 0.5
