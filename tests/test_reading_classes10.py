"""Classes of work the grader misread on blind20 (typed into a learning-management system's plain answer
box: several statements run together on one line), each pinned by variants written for this test (not
copied from the blind set) and a wrong twin of each that must stay caught at the line of its slip. The
cases run in tests/test_reading_classes.py with the earlier rounds'.

A value written without a leading zero or as a fraction (`p(am|i)=.529`, `P(am|I)=2/3`) before the next
term was not seen as the end of a statement, so `P(I|<s>)=2/3 P(am|I)=2/3` read as one chain with
products in it; so was a value that a sentence's full stop ends (`V=11. 3/14 x …`), a name glued to its
"=" after a value (`… total=.0488`), and a remark in words between two statements (`(bigram 2/3 …)`).
An `x` between numbers with no spaces (`.2143x.2143`) was the prompt x, not a product. Leaving the start
symbol out of a condition (`p(cat|the)` when x is `<s>`) was a mistake, though it names the same number.
"""

from __future__ import annotations

import pytest

from grader.maths.build import ParseFailure, parse_piece
from grader.maths.segment import Piece

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "run-on-fractions",
        "sam-corpus",
        "counts C(<s> I)=2 C(<s>)=3 C(I am)=2 C(I)=3\n"
        "P(I|<s>)=2/3 P(am|I)=2/3 P(Sam|am)=1/2 P(</s>|Sam)=1/2\nso P = 2/3*2/3*1/2*1/2 = 1/9 = .111\n",
        (
            "counts C(<s> I)=2 C(<s>)=3 C(I am)=2 C(I)=3\n"
            "P(I|<s>)=2/3 P(am|I)=2/3 P(Sam|am)=1/3 P(</s>|Sam)=1/2\nso P = 2/3*2/3*1/3*1/2 = 2/27 = .074\n",
            2,
        ),
    ),
    (
        "run-on-no-leading-zero",
        "sam-corpus",
        "p(i|<s>)=.667 p(am|i)=.667 p(sam|am)=.5 p(</s>|sam)=.5\nmultiply: .667*.667*.5*.5 = .111\n",
        ("p(i|<s>)=.667 p(am|i)=.667 p(sam|am)=.5 p(</s>|sam)=.25\nmultiply: .667*.667*.5*.25 = .0556\n", 1),
    ),
    (
        "run-on-name-glued-to-its-equals",
        "sam-corpus-interpolation",
        "p(I|<s>)=.5441 p(am|I)=.5294 p(Sam|am)=.4044 p(</s>|Sam)=.4191 product=.0488\n",
        ("p(I|<s>)=.5441 p(am|I)=.5294 p(Sam|am)=.4044 p(</s>|Sam)=.4191 product=.0588\n", 1),
    ),
    (
        "run-on-remark-in-words",
        "sam-corpus-interpolation",
        "p(I|<s>)=.5441 (mix of 2/3 and 3/17) p(am|I)=.5294 (mix of 2/3 and 2/17)\n"
        "p(Sam|am)=.4044 p(</s>|Sam)=.4191 (from 1/2 and 3/17) answer=.0488\n",
        (
            "p(I|<s>)=.5441 (mix of 2/3 and 3/17) p(am|I)=.6294 (mix of 2/3 and 2/17)\n"
            "p(Sam|am)=.4044 p(</s>|Sam)=.4191 (from 1/2 and 3/17) answer=.0580\n",
            1,
        ),
    ),
    (
        "sentence-stop-after-a-value",
        "sam-corpus-add-one",
        "add one so V=11. 3/14 * 3/14 * 2/13 * 2/13 = .001087\n",
        ("add one so V=12. 3/15 * 3/15 * 2/14 * 2/14 = .000816\n", 1),
    ),
    # the prompt is only the start symbol every sequence begins with: P(the) is P(the | <s>), the same
    # number, so leaving <s> out is notation (a warning), as leaving out an opaque x is
    (
        "start-symbol-left-out",
        "transformer-softmax",
        "1) p(the) = e^0.629 / 7.95 = 0.2359\n2) p(cat|the) = e^0.256 / 14.00 = 0.0923\n"
        "3) NLL = -ln 0.2359 - ln 0.0923 = 1.444 + 2.383 = 3.827\n",
        (
            "1) p(the) = e^0.629 / 7.95 = 0.2359\n2) p(cat|the) = e^0.256 / 14.00 = 0.0923\n"
            "3) NLL = -ln 0.2359 - ln 0.0923 = 1.444 + 2.383 = 3.927\n",
            3,
        ),
    ),
    (
        "lowercase-and-glued-pr",
        "deep-learning",
        "logpr(y|x) = logpr(y1|x) + logpr(y2|x,y1) = -.7 + -.4 = -1.1\n",
        ("logpr(y|x) = logpr(y1|x) * logpr(y2|x,y1) = -.7 * -.4 = .28\n", 1),
    ),
    (
        "lowercase-and-glued-pr",
        "logprobs-capital",
        "log pr(y|x) = -.0353 - .0099 - .0166 - .0421 - .0119 - .0034 - .1556 = -.2748\n",
        ("log pr(y|x) = -.0353 - .0099 - .0166 - .0421 - .0119 - .0034 - .1556 = -.2848\n", 1),
    ),
    (
        "x-without-spaces",
        "sam-corpus-add-one",
        "P = 3/14 x 3/14 x 2/13 x 2/13 = .2143x.2143x.1538x.1538 = .001087\n",
        ("P = 3/14 x 3/14 x 2/13 x 2/13 = .2143x.2143x.1538x.1538 = .001287\n", 1),
    ),
    (
        "x-without-spaces",
        "deep-learning",
        "Pr(y|x) = 0.4966x0.6703 = 0.3329, log Pr(y|x) = ln 0.3329 = -1.1\n",
        ("Pr(y|x) = 0.4966x0.6703 = 0.3529, log Pr(y|x) = ln 0.3529 = -1.04\n", 1),
    ),
]


@pytest.mark.parametrize(
    ("written", "product"),
    [(".2143x.2143", True), ("2x3", True), ("0.5 x 0.4", True), ("P(y|x) x 2", False), ("2x", False)],
)
def test_x_between_numbers_is_a_product(written: str, product: bool) -> None:
    """`x` between two numbers, with spaces or none, is the times sign; anywhere else it is a letter."""
    try:
        chain = parse_piece(
            Piece(written, tuple((1, c) for c in range(1, len(written) + 1)), False, False, 1)
        )
    except ParseFailure:  # a letter x after a number may not parse: not a product either
        assert not product
        return
    item = chain.items[0]
    assert (getattr(item, "op", None) == "*" and not getattr(item, "implicit", False)) is product


def test_a_dropped_history_is_not_hidden_by_a_dropped_start_symbol() -> None:
    """A Markov history under a whole-history model is a mistake even when the line's first term only
    leaves out <s> (notation): one diagnostic per code and line keeps the mistake, not the notation."""
    from grader.derivation.grade import grade_text
    from grader.derivation.problem import load_problem
    from tests.conftest import ROOT

    problem = load_problem(ROOT / "problems/seed/transformer-log-likelihood.toml")
    work = (
        "log2 Pr(y|x) = log2 Pr(the) + log2 Pr(cat | the) + log2 Pr(sat | cat) + log2 Pr(</s> | sat)\n"
        "= log2(0.2360) + log2(0.0923) + log2(0.1279) + log2(0.0170) = -14.366\n"
    )
    report = grade_text(work, problem)
    dropped = [d for d in report.diagnostics if d.code == "dropped-conditioning"]
    assert report.verdict == "incorrect"
    assert dropped and dropped[0].severity == "error" and "y_1 = the" in dropped[0].message


UNREAD = [  # (problem, a line the grammar cannot read that states a value, the right value, a wrong one)
    ("deep-learning", "log Pr(y|x) == -0.7 + + -0.4 == {v}", "-1.1", "-1.3"),
    ("logprobs-capital", "log Pr(y | x) == -0.0353 + ... + -0.1556 == {v}", "-0.2748", "-0.2848"),
    ("sam-corpus", "P(<s> I am Sam </s>) == 2/3 ** 2/3 ** 1/2 ** 1/2 == {v}", "0.111", "0.121"),
]


@pytest.mark.parametrize(("stem", "line", "right", "wrong"), UNREAD)
def test_the_right_value_on_a_line_not_read_is_full_marks_for_review(
    stem: str, line: str, right: str, wrong: str
) -> None:
    """Nothing read but a line stating the expected value: full marks and a person looks (final-unread);
    a wrong value there is still `unparsable` (no deduction from what could not be read)."""
    from grader.derivation.grade import grade_text
    from grader.derivation.problem import load_problem
    from tests.conftest import ROOT

    problem = load_problem(ROOT / f"problems/seed/{stem}.toml")
    good = grade_text(line.format(v=right) + "\n", problem)
    assert good.verdict == "correct" and good.score == good.max_score
    assert "final-unread" in [d.code for d in good.diagnostics]
    assert all(d.severity == "warning" for d in good.diagnostics)
    bad = grade_text(line.format(v=wrong) + "\n", problem)
    assert bad.verdict == "unparsable" and bad.score == 0


def test_a_value_beside_lost_characters_is_no_answer() -> None:
    """`= 0.0▯▯`: the boxes a missing glyph is drawn as stand for lost digits; 0.0 is not the answer."""
    from grader.derivation.grade import grade_text
    from grader.derivation.problem import load_problem
    from tests.conftest import ROOT

    problem = load_problem(ROOT / "problems/seed/sam-corpus-interpolation.toml")
    report = grade_text("P(<s> I am Sam </s>) =  ▯▯▯ · 0.5▯ · ▯ · 0.4▯\n = 0.0▯▯\n", problem)
    assert report.verdict == "unparsable"


@pytest.mark.parametrize("mark", ["∎", "□", "  □"])
def test_a_proofs_end_mark_is_no_lost_text(mark: str) -> None:
    """A lone □ or ∎ ending a line closes a proof: the line is read and the work keeps full marks; boxes
    among the digits stand for lost characters (test above)."""
    from grader.derivation.grade import grade_text
    from grader.derivation.problem import load_problem
    from tests.conftest import ROOT

    problem = load_problem(ROOT / "problems/seed/deep-learning.toml")
    report = grade_text(f"log Pr(y|x) = -0.7 + (-0.4) = -1.1 {mark}\n", problem)
    assert report.verdict == "correct" and not report.diagnostics
