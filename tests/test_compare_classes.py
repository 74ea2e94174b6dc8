"""Classes of comparison the compare kind misread (issue 10, blind-kinds2): each right variant earns full
marks and its wrong twin stays caught. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.compare.conclusion import choice, in_aside, remark, stated_number
from grader.compare.grade import grade_compare
from grader.compare.sections import Mentions, carries_on
from grader.core.question import load_question
from tests.conftest import ROOT

MAIN = ROOT / "problems/compare/deep-vs-reinforcement.toml"  # A: -1.1, B: -1.8; A is more likely
RATIO = ROOT / "problems/compare/deep-vs-reinforcement-ratio.toml"  # P(A)/P(B) = e^0.7 ≈ 2.01
PER_TOKEN = ROOT / "problems/compare/per-token.toml"  # per token A -0.55, B -0.467; B wins

TOTALS = "A: log P = -0.7 + (-0.4) = -1.1\nB: log P = -1.6 + (-0.2) = -1.8\n\n"
MEANS = (
    "For A: log P = -0.7 + (-0.4) = -1.1, mean = -1.1 / 2 = -0.55\n"
    "For B: log P = -1.0 + (-0.3) + (-0.1) = -1.4, mean = -1.4 / 3 = -0.467\n\n"
)

# (problem, right work, its wrong twin, the code the twin must earn)
CLASSES = [
    # the reasons come first and the choice after "so"/"hence": the choice is read where the line turns
    (
        PER_TOKEN,
        MEANS + "Lower perplexity means a surer model, hence per token the model is more confident in B.",
        MEANS + "A bigger perplexity means a surer model, hence per token the model is more confident in A.",
        "less-likely-chosen",
    ),
    (
        MAIN,
        TOTALS + "A smaller magnitude is what counts here, so the model finds A more likely.",
        TOTALS + "A larger magnitude is what counts here, so the model finds B more likely.",
        "less-likely-chosen",
    ),
    # a quantity where lower is better, named before the cue: "the perplexity of B is lower"
    (
        PER_TOKEN,
        MEANS + "Perplexities: e^0.55 = 1.73 and e^0.467 = 1.60; the perplexity of B is lower.",
        MEANS + "Perplexities: e^0.55 = 1.73 and e^0.467 = 1.60; the perplexity of A is lower.",
        "less-likely-chosen",
    ),
    # an aside or a parenthesised check after the conclusion does not overrule it
    (
        MAIN,
        TOTALS + "So A is more likely.\nNote: B's second token is more probable than A's (-0.2 vs -0.4).",
        TOTALS + "So B is more likely.\nNote: A's first token is more probable than B's (-0.7 vs -1.6).",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + "Answer: B\n(check: loss 0.55 vs 0.47, lower for B)",
        MEANS + "Answer: A\n(check: loss 0.55 vs 0.47, lower for B)",
        "less-likely-chosen",
    ),
    # a rule written in symbols after the last candidate's numbers is not that candidate's final line
    (
        MAIN,
        TOTALS.rstrip()
        + "\nThe sum comes from log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1).\n\nSo A is more likely.",
        TOTALS.rstrip().replace("= -1.8", "= -2.0")
        + "\nThe sum comes from log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1).\n\nSo A is more likely.",
        "arithmetic-error",
    ),
    # a conclusion wrapped over two lines, then a paragraph of musing that quotes an input value
    (
        RATIO,
        TOTALS + "The logs differ by 0.7 and e^0.7 is about 2.01, so the first response comes out\n"
        "about 2.01 times as likely as reinforcement learning.\n\nFunny how the first word decides it.\nIts log-probability is -1.6.",
        TOTALS + "The logs differ by 0.7, so the first response comes out\n"
        "about 0.7 times as likely as reinforcement learning.\n\nFunny how the first word decides it.\nIts log-probability is -1.6.",
        "wrong-quantity",
    ),
]


# (issue 10, blind-kinds3) the same contract for the classes the third blind set showed
CLASSES_3 = [
    # a result restated, rounded, after ≈ ("≈ 2.01, so A is ≈ 2 times as likely"): the finer result is the answer
    (
        RATIO,
        TOTALS + "P(A)/P(B) = e^{0.7} ≈ 2.01, so A is ≈ 2 times as likely as B.",
        TOTALS + "P(A)/P(B) = (-1.8)/(-1.1) ≈ 1.64, so A is ≈ 2 times as likely as B.",
        "final-answer-wrong",  # 1.64 is judged, not the 2 it rounds to
    ),
    (
        RATIO,
        TOTALS + "The ratio is e^0.7 = 2.014.\nAnswer: ≈ 2.01",
        TOTALS + "The ratio is e^0.7 = 2.014.\nAnswer: ≈ 3.01",
        "final-answer-wrong",
    ),
    # a line that combines the candidates' results after the last one's work compares, it is not B's work
    (
        RATIO,
        TOTALS + "Gap between them: -1.1 - (-1.8) = 0.7\n\nP(A)/P(B) = e^0.7 = 2.01",
        TOTALS + "Gap between them: -1.8 - (-1.1) = -0.7\n\nP(A)/P(B) = e^-0.7 = 0.497",
        "final-answer-wrong",
    ),
    (
        RATIO,
        "| candidate | first | second | sum |\n|---|---|---|---|\n"
        "| A | -0.7 | -0.4 | -0.7 + (-0.4) = -1.1 |\n| B | -1.6 | -0.2 | -1.6 + (-0.2) = -1.8 |\n\n"
        "Logs differ by -1.1 + 1.8 = 0.7.\n\nP(A)/P(B) = e^{0.7} = 2.01",
        "| candidate | first | second | sum |\n|---|---|---|---|\n"
        "| A | -0.7 | -0.4 | -0.7 + (-0.4) = -1.1 |\n| B | -1.6 | -0.2 | -1.6 + (-0.2) = -2.0 |\n\n"
        "Logs differ by -1.1 + 2.0 = 0.9.\n\nP(A)/P(B) = e^{0.9} = 2.46",
        "arithmetic-error",
    ),
    (
        MAIN,
        TOTALS.rstrip() + "\nMargin: -1.1 - (-1.8) = 0.7\n\nA is more likely.",
        TOTALS.rstrip() + "\nMargin: -1.1 - (-1.8) = 0.7\n\nB is more likely.",
        "less-likely-chosen",
    ),
    # a conclusion wrapped by hand: the choice is read from the whole sentence, not line by line
    (
        PER_TOKEN,
        MEANS + "Lower cross-entropy means a surer model, and 0.467 < 0.55, so per token the model\n"
        "prefers response B (natural language processing).",
        MEANS + "Lower cross-entropy means a surer model, and 0.467 < 0.55, so per token the model\n"
        "prefers response A (deep learning).",
        "less-likely-chosen",
    ),
    (
        MAIN,
        TOTALS + "Since -1.1 > -1.8, the sequence that the model\nfinds more likely is A.",
        TOTALS + "Since -1.1 > -1.8, the sequence that the model\nfinds more likely is B.",
        "less-likely-chosen",
    ),
    # a general formula before the labelled work defines, it is not unlabelled work
    (
        PER_TOKEN,
        "Per token I use H = -(1/T) * (sum of the log-probs).\n\n" + MEANS + "So B is more likely per token.",
        "Per token I use H = -(1/T) * (sum of the log-probs).\n\n"
        + MEANS.replace("= -0.467", "= -0.367")
        + "So B is more likely per token.",
        "arithmetic-error",
    ),
    (
        MAIN,
        "log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1)\n\n" + TOTALS + "So A is more likely.",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1)\n\n" + TOTALS + "So B is more likely.",
        "less-likely-chosen",
    ),
    # a label with a parenthesis before its colon: "A (T=2):"
    (
        PER_TOKEN,
        "A (T=2): log P = -0.7 + (-0.4) = -1.1, mean = -1.1/2 = -0.55\n"
        "B (T=3): log P = -1.0 + (-0.3) + (-0.1) = -1.4, mean = -1.4/3 = -0.467\n\nSo B is more likely per token.",
        "A (T=2): log P = -0.7 + (-0.4) = -1.1, mean = -1.1/2 = -0.55\n"
        "B (T=3): log P = -1.0 + (-0.3) + (-0.1) = -1.4, mean = -1.4/3 = -0.467\n\nSo A is more likely per token.",
        "less-likely-chosen",
    ),
    # the per-token value written beside the total, in a form the reader may pass over: the student's own
    # numbers show the basis they compared on (no wrong-comparison-basis for reading only the total)
    (
        PER_TOKEN,
        "For A: log P = -0.7 + (-0.4) = -1.1, \\qquad \\bar\\ell(A) = -1.1/2 = -0.55\n"
        "For B: log P = -1.0 + (-0.3) + (-0.1) = -1.4, \\qquad \\bar\\ell(B) = -1.4/3 = -0.467\n\n"
        "So per token B is more likely.",
        "For A: log P = -0.7 + (-0.4) = -1.1, \\qquad \\bar\\ell(A) = -1.1/2 = -0.55\n"
        "For B: log P = -1.0 + (-0.3) + (-0.1) = -1.4, \\qquad \\bar\\ell(B) = -1.4/3 = -0.467\n\n"
        "So per token A is more likely.",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        "For A: log P = -0.7 + (-0.4) = -1.1 (that is 0.55 nats per token)\n"
        "For B: log P = -1.0 + (-0.3) + (-0.1) = -1.4 (that is 0.467 nats per token)\n\n"
        "So per token B is more likely.",
        "For A: log P = -0.7 + (-0.4) = -1.1 (that is 1.1 nats in all)\n"
        "For B: log P = -1.0 + (-0.3) + (-0.1) = -1.4 (that is 1.4 nats in all)\n\n"
        "So per token A is more likely.",
        "wrong-comparison-basis",
    ),
    # a quantity subscripted with the candidate's name (H_A, PPL_B) is that candidate's H or PPL
    (
        PER_TOKEN,
        "For A: log P = -0.7 + (-0.4) = -1.1\nH_A = 1.1/2 = 0.55\nPPL_A = e^0.55 = 1.733\n"
        "For B: log P = -1.0 + (-0.3) + (-0.1) = -1.4\nH_B = 1.4/3 = 0.467\nPPL_B = e^0.467 = 1.595\n\n"
        "PPL_B < PPL_A, so B is more likely per token.",
        "For A: log P = -0.7 + (-0.4) = -1.1\nH_A = 1.1/2 = 0.55\nPPL_A = e^0.55 = 1.733\n"
        "For B: log P = -1.0 + (-0.3) + (-0.1) = -1.4\nH_B = 1.4/3 = 0.367\nPPL_B = e^0.367 = 1.443\n\n"
        "PPL_B < PPL_A, so B is more likely per token.",
        "arithmetic-error",
    ),
]


def _problem(path: Path):  # type: ignore[no-untyped-def]
    return load_question(path).problem  # type: ignore[attr-defined]


AB = Mentions([("A", ("deep", "learning")), ("B", ("reinforcement", "learning"))])

TURNS = [
    ("The higher score wins in general, so B is the answer.", "B"),
    ("Higher perplexity sounds better, so A is more likely.", "A"),  # read as written: the choice is A
    ("A is twice as likely as B", "A"),
    ("B is 3 times as likely as A", "B"),
    ("roughly twice as likely as reinforcement learning", None),  # the subject is on another line
    ("deep learning is about twice as likely as reinforcement learning", "A"),
    ("the loss of A is higher", "B"),
    ("the probability of A is higher", "A"),
    ("B has the more confident second token, so A is more likely overall", "A"),
    # a comparator reads the quantity named before it: lower perplexity or cross-entropy is more likely
    ("Since H(B) < H(A), per token", "B"),
    ("PPL(A) > PPL(B)", "B"),
    ("the perplexity of A ≥ the perplexity of B", "B"),
    ("log P(A) > log P(B)", "A"),
    ("P(B) < P(A)", "A"),
]


@pytest.mark.parametrize(("line", "expected"), TURNS)
def test_the_choice_is_read_where_the_line_concludes(line: str, expected: str | None) -> None:
    assert choice(line, AB) == expected


def test_a_number_that_ends_a_sentence_is_read() -> None:
    """'… is 2.01.' states 2.01: the full stop ends the sentence, it is not a second decimal point."""
    right = grade_compare(
        TOTALS + "So A is e^0.7, about 2.01 times as likely. The ratio is 2.01.", _problem(RATIO)
    )
    wrong = grade_compare(TOTALS + "So A is more likely. The ratio is 1.64.", _problem(RATIO))
    assert (right.verdict, right.final_answer.value if right.final_answer else None) == ("correct", 2.01)
    assert wrong.verdict == "incorrect" and wrong.final_answer and wrong.final_answer.value == 1.64


REMARKS = [
    ("(check: loss 0.55 vs 0.47, lower for B)", True),
    ("*Aside:* B's second token is likelier.", True),
    ("Note: the first token decides it.", True),
    ("(-1.8) / (-1.1) = 1.64", False),  # maths that opens with a bracket is work, not a remark
    ("(a) A is more likely", False),
    ("So A is more likely (by e^0.7).", False),
]


@pytest.mark.parametrize(("line", "expected"), REMARKS)
def test_a_remark_is_told_from_work(line: str, expected: bool) -> None:
    assert remark(line) == expected


def test_value_work_before_any_label_is_still_sent_for_review() -> None:
    """Only a general formula is let pass before the labels: numbers worked there are unattributed work."""
    text = "log P = -0.7 + (-0.4) = -1.1\n\n" + TOTALS + "So A is more likely."
    report = grade_compare(text, _problem(MAIN))
    assert "candidates-unclear" in report.codes and report.needs_review


STATED = [
    ("e^{0.7} ≈ 2.01 → A is ≈ 2 times as likely", 2.01),  # ≈ 2 rounds the 2.01 before it
    ("ratio = 2.014\nAnswer: ≈ 2.01", 2.014),
    ("ratio = 1.64, about 2 times", 1.64),  # prose rounds 1.64: the result written is judged
    ("e^{0.7} ≈ 2.01 → A is ≈ 3 times as likely", 3.0),  # 3 does not round 2.01: it is the answer
    ("log ratio = 0.7, ratio = e^0.7 ≈ 2.01", 2.01),
    ("= 2.01 … about 2.0 times", 2.01),
]


@pytest.mark.parametrize(("text", "value"), STATED)
def test_the_value_stated_is_the_finest_form_of_the_last_result(text: str, value: float) -> None:
    lines = text.splitlines()
    found = stated_number(lines, list(range(len(lines))))
    assert found is not None and found[1][0] == value


# (issue 10, blind-kinds5) a conclusion that contrasts the two bases in one line ("the totals favour A,
# but per token B"): the choice is read in the clause on the basis asked
CLASSES_5 = [
    (
        PER_TOKEN,
        MEANS + "In total A is ahead (-1.1 > -1.4), but per token the model is more confident in B.",
        MEANS + "In total B is behind (-1.4 < -1.1), but per token the model is more confident in A.",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + "Per token B wins; the whole-sequence sum still favours A.",
        MEANS + "Per token A wins; the whole-sequence sum still favours B.",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + "Although the raw totals prefer A, B has the higher mean log-probability.",
        MEANS + "Although the raw totals prefer B, A has the higher mean log-probability.",
        "less-likely-chosen",
    ),
    (
        MAIN,
        TOTALS + "Per token B would look better, while overall the model finds A more likely.",
        TOTALS + "Per token A would look better, while overall the model finds B more likely.",
        "less-likely-chosen",
    ),
]


# (issue 10, blind-kinds8 and blind-kinds9) the classes those blind sets showed, the same contract
AB_RESPONSES = "Response A:\n{a}\nResponse B:\n{b}\n\n"
CLASSES_9 = [
    # "… = -0.467, so" ends a step of a candidate's work: the connective after the line's own relation
    # joins it to the next step, it does not turn the line into the comparison
    (
        PER_TOKEN,
        AB_RESPONSES.format(
            a="log P = -0.7 + (-0.4) = -1.1, per token -1.1/2 = -0.55, hence\nperplexity = e^{0.55} = 1.733",
            b="log P = -1.0 - 0.3 - 0.1 = -1.4, per token -1.4/3 = -0.467, thus\nperplexity = e^{0.467} = 1.595",
        )
        + "B has the lower perplexity, so B is more likely per token.",
        AB_RESPONSES.format(
            a="log P = -0.7 + (-0.4) = -1.1, per token -1.1/2 = -0.55, hence\nperplexity = e^{0.55} = 1.733",
            b="log P = -1.0 - 0.3 - 0.1 = -1.4, per token -1.4/3 = -0.367, thus\nperplexity = e^{0.367} = 1.443",
        )
        + "B has the lower perplexity, so B is more likely per token.",
        "arithmetic-error",
    ),
    (
        MAIN,
        AB_RESPONSES.format(
            a="log P = -0.7 - 0.4 = -1.1, so\nP = e^{-1.1} = 0.333",
            b="log P = -1.6 - 0.2 = -1.8, so\nP = e^{-1.8} = 0.165",
        )
        + "Therefore A is the more likely response.",
        AB_RESPONSES.format(
            a="log P = -0.7 - 0.4 = -1.1, so\nP = e^{-1.1} = 0.333",
            b="log P = -1.6 - 0.2 = -1.8, so\nP = e^{-1.8} = 0.165",
        )
        + "Therefore B is the more likely response.",
        "less-likely-chosen",
    ),
    # a conclusion wrapped onto a line that opens in emphasis (\emph{…}, *…*) is one sentence: the choice
    # is read in it, and its clause on the other basis is set aside
    (
        PER_TOKEN,
        MEANS + "Measured per token the model prefers\n*natural language processing*, although deep learning"
        " has the higher total probability.",
        MEANS + "Measured per token the model prefers\n*deep learning*, although natural language processing"
        " has the lower total probability.",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS
        + "Normalised by length, the model is more confident in\n\\emph{natural language processing}, while"
        " deep learning has the larger total.",
        MEANS + "Normalised by length, the model is more confident in\n\\emph{deep learning}, while"
        " natural language processing has the larger total.",
        "less-likely-chosen",
    ),
    # a comparator between two values of a quantity where lower is better: H(B) < H(A) picks B
    (
        PER_TOKEN,
        MEANS + "Per token: H(B) < H(A).",
        MEANS + "Per token: H(A) < H(B).",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS
        + "As PPL(A) > PPL(B) the model is more confident per token in B, though A has the larger total.",
        MEANS
        + "As PPL(B) > PPL(A) the model is more confident per token in A, though B has the larger total.",
        "less-likely-chosen",
    ),
    # the candidates' own values in brackets beside the answer are its reasons, not the ratio stated
    (
        RATIO,
        TOTALS
        + "P(A)/P(B) = e^{0.7} ≈ 2.01\nSo the model favours A about two to one (P(A) ≈ 0.333 and P(B) ≈ 0.165).",
        TOTALS
        + "P(A)/P(B) = e^{-0.7} ≈ 0.497\nSo the model favours A about two to one (P(A) ≈ 0.333 and P(B) ≈ 0.165).",
        "final-answer-wrong",
    ),
    (
        RATIO,
        TOTALS + "The ratio is e^{0.7} = 2.01 (log P(A) = -1.1 against log P(B) = -1.8).",
        TOTALS + "The ratio is e^{0.7} = 2.1 (log P(A) = -1.1 against log P(B) = -1.8).",
        "final-answer-wrong",
    ),
    # … a line after the last candidate's work that uses none of its results compares, "hence" or not
    (
        RATIO,
        AB_RESPONSES.format(a="log P = -0.7 - 0.4 = -1.1", b="log P = -1.6 - 0.2 = -1.8")
        + "difference = 0.7, hence e^{0.7} = 2.01",
        AB_RESPONSES.format(a="log P = -0.7 - 0.4 = -1.1", b="log P = -1.6 - 0.2 = -1.8")
        + "difference = 0.7, hence e^{0.7} = 2.41",
        "final-answer-wrong",
    ),
    # … but a ratio stated in the brackets is the answer, and a wrong one stays caught
    (
        RATIO,
        TOTALS + "So A is more likely (P(A)/P(B) ≈ 2.01).",
        TOTALS + "So A is more likely (P(A)/P(B) ≈ 1.5).",
        "final-answer-wrong",
    ),
]


CARRIED = [
    # (line before, line, the line carries on the sentence)
    ("the model is more confident", "\\emph{per token} in B.", True),
    ("the model prefers", "*natural language processing*.", True),
    ("the model prefers", "``natural language processing''.", True),
    ("the model prefers", "* B, as the list says", False),  # a bullet, not emphasis
    ("the model prefers", "\\log P(B) = -1.4", False),  # maths opens a new line
    ("So B is more likely.", "\\emph{per token} at least", False),  # the sentence had ended
]


@pytest.mark.parametrize(("before", "line", "expected"), CARRIED)
def test_a_wrapped_line_may_open_in_emphasis(before: str, line: str, expected: bool) -> None:
    assert carries_on([before, line], 1) is expected


ASIDES = [
    # (line, the number's text, in an aside)
    ("so A is twice as likely (e^{-1.1} ≈ 0.333 vs e^{-1.8} ≈ 0.165)", "0.165", True),
    ("ratio = 2.01 (P(A) = 0.333)", "0.333", True),
    ("ratio = 2.01 (P(A) = 0.333)", "2.01", False),
    ("log P = -0.7 + (-0.4) = -1.1", "-0.4", False),  # a bracketed term, not an aside
    ("(-1.8)/(-1.1) = 1.64", "-1.8", False),
]


@pytest.mark.parametrize(("line", "text", "expected"), ASIDES)
def test_a_number_in_brackets_with_words_or_a_relation_is_an_aside(
    line: str, text: str, expected: bool
) -> None:
    assert in_aside(line, line.index(text)) is expected


BASES = [
    # (line, per_token asked, choice)
    ("the whole-sequence score favours A, but per token B is more likely", True, "B"),
    ("the whole-sequence score favours A, but per token B is more likely", False, "A"),
    ("the whole-sequence score favours A", True, "A"),  # wholly on one basis: read as it stands
    ("per token B is more likely", False, "B"),
    ("A is more likely, but B is longer", True, "A"),  # no basis named: nothing is set aside
]


@pytest.mark.parametrize(("line", "per_token", "expected"), BASES)
def test_only_a_contrast_of_bases_sets_a_clause_aside(line: str, per_token: bool, expected: str) -> None:
    assert choice(line, AB, per_token) == expected


def test_a_conclusion_wholly_on_the_other_basis_stays_caught() -> None:
    report = grade_compare(MEANS + "Over the whole sequences A is more likely.", _problem(PER_TOKEN))
    assert report.verdict == "incorrect" and report.score < report.max_score


# (issue 10, blind-kinds10) terse, formal work, the same contract
DEFINED = "Let H(y) = -(1/|y|) Σ_t log Pr(y_t | x, y_{<t}).\n\n"
CLASSES_10 = [
    # a quantity's symbol applied to a candidate (H(A), NLL(B), \mathrm{PPL}(A)) names whose work the line is
    (
        PER_TOKEN,
        DEFINED + "H(A) = -(-0.7 - 0.4)/2 = 0.55\nH(B) = -(-1.0 - 0.3 - 0.1)/3 = 0.467\n\n"
        "H(B) < H(A), so per token the model prefers B.",
        DEFINED + "H(A) = -(-0.7 - 0.4)/2 = 0.55\nH(B) = -(-1.0 - 0.3 - 0.1)/3 = 0.4\n\n"
        "H(B) < H(A), so per token the model prefers B.",
        "arithmetic-error",
    ),
    (
        MAIN,
        "NLL(A) = 0.7 + 0.4 = 1.1\nNLL(B) = 1.6 + 0.2 = 1.8\n\nNLL(A) < NLL(B), so A is more likely.",
        "NLL(A) = 0.7 + 0.4 = 1.1\nNLL(B) = 1.6 + 0.2 = 1.8\n\nNLL(A) < NLL(B), so B is more likely.",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        "\\mathrm{PPL}(A) = e^{(0.7 + 0.4)/2} = e^{0.55} = 1.733\n"
        "\\mathrm{PPL}(B) = e^{(1.0 + 0.3 + 0.1)/3} = e^{0.467} = 1.595\n\n"
        "The lower perplexity is B's, so B is more likely per token.",
        "\\mathrm{PPL}(A) = e^{(0.7 + 0.4)/2} = e^{0.55} = 1.733\n"
        "\\mathrm{PPL}(B) = e^{(1.0 + 0.3 + 0.1)/3} = e^{0.467} = 1.595\n\n"
        "The higher perplexity is A's, so A is more likely per token.",
        "less-likely-chosen",
    ),
    # a conclusion wrapped after a word no sentence ends on ("… more confident in / B (…)") goes on below,
    # whatever the next line opens with
    (
        PER_TOKEN,
        MEANS + "Per token, the model is more confident in\nB (natural language processing).",
        MEANS + "Per token, the model is more confident in\nA (deep learning).",
        "less-likely-chosen",
    ),
    (
        MAIN,
        TOTALS + "So the response the model finds more likely is\nA = deep learning.",
        TOTALS + "So the response the model finds more likely is\nB = reinforcement learning.",
        "less-likely-chosen",
    ),
    # a clause that concedes ("Though …, per token B") is not the conclusion, whatever it compares
    (
        PER_TOKEN,
        MEANS + "Though log P(A) = -1.1 > -1.4 = log P(B), per token B is the more likely response.",
        MEANS + "Though log P(B) = -1.4 < -1.1 = log P(A), per token A is the more likely response.",
        "less-likely-chosen",
    ),
    (
        MAIN,
        TOTALS + "Whereas B's last token is likelier (-0.2 > -0.4), the model prefers A.",
        TOTALS + "Whereas A's last token is less likely (-0.4 < -0.2), the model prefers B.",
        "less-likely-chosen",
    ),
    # the < of a prefix y_{<t} bounds an index: the comparison is the one between the values
    (
        PER_TOKEN,
        MEANS + "Per token H(A) = -(1/2) Σ_t log Pr(y_t | x, y_{<t}) = 0.55 > 0.467 = H(B).",
        MEANS + "Per token H(B) = -(1/3) Σ_t log Pr(y_t | x, y_{<t}) = 0.467 > 0.55 = H(A).",
        "less-likely-chosen",
    ),
]

APPLIED = [
    # (line, the candidates it names strictly)
    ("H(A) = 0.55", ["A"]),
    ("ℓ̄(B) = -1.4/3", ["B"]),  # an accent on the symbol
    ("\\mathrm{PPL}(A) = 1.733", ["A"]),
    ("\\bar\\ell\\left(B\\right) = -0.467", ["B"]),
    ("NLL(A \\mid x) = 1.1", ["A"]),
    ("see option (A) above", []),  # a space: prose, not an application
    ("e^{0.55} (A)", []),
]


@pytest.mark.parametrize(("line", "names"), APPLIED)
def test_a_symbol_applied_to_a_candidate_names_it(line: str, names: list[str]) -> None:
    assert [m.name for m in AB.find(line)] == names


WRAPPED = [
    # (line before, line, the line carries on the sentence)
    ("the model is more confident in", "B = natural language processing.", True),
    ("the response it prefers is", "A (deep learning).", True),
    ("B is more likely than", "A, per token.", True),
    ("the model is more confident in", "log P(B) = -1.0 - 0.3 - 0.1 = -1.4", False),  # work opens a line
    ("So B is more likely per token", "A: log P = -1.1", False),  # no word that needs what follows
    ("We compute each mean.", "B = natural language processing.", False),  # the sentence had ended
]


@pytest.mark.parametrize(("before", "line", "expected"), WRAPPED)
def test_a_line_ending_on_a_word_that_needs_more_is_carried_on(
    before: str, line: str, expected: bool
) -> None:
    assert carries_on([before, line], 1) is expected


CONCEDED = [
    # (line, choice)
    ("Although log P(A) > log P(B), per token B is more likely", "B"),
    ("While A has the larger total, B wins", "B"),
    ("Although A is longer, B is more likely", "B"),
    ("A is more likely, although B is longer", "A"),  # a concession last: the main clause comes first
    ("Although A is more likely, B", "A"),  # the rest picks nothing: the concession is what is said
]


@pytest.mark.parametrize(("line", "expected"), CONCEDED)
def test_a_conceding_clause_is_read_only_when_the_rest_picks_nothing(line: str, expected: str) -> None:
    assert choice(line, AB) == expected


SUBSCRIPTS = [
    # (line, choice)
    ("H(A) = Σ_t log Pr(y_t | x, y_{<t}) > H(B)", "B"),  # the value's >, not the index's <
    ("PPL(B) = exp(-Σ_{t<4} ℓ_t / 3) < PPL(A)", "B"),
    ("log P(A) > log P(B) over y_{<t}", "A"),
]


@pytest.mark.parametrize(("line", "expected"), SUBSCRIPTS)
def test_a_comparator_in_a_subscript_compares_nothing(line: str, expected: str) -> None:
    assert choice(line, AB) == expected


# (issue 10, blind-kinds11) prose written like a philosophy course, the same contract: a conclusion wrapped
# after markup that closes on a word (\textit{per token}, $B$, **B**) is one sentence with the line below,
# so the choice on the next line is read with the cue above it, not from the concession beside it
CLASSES_11 = [
    (
        PER_TOKEN,
        MEANS + "Comparing the means, the model is more confident \\textit{per token}\n"
        "in B, whereas A has the larger total log-probability.",
        MEANS + "Comparing the means, the model is more confident \\textit{per token}\n"
        "in A, whereas B has the smaller total log-probability.",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + "As -0.467 > -0.55, the model is more confident in $B$\n"
        "than in A, although A has the higher total.",
        MEANS + "As -0.467 > -0.55, the model is more confident in $A$\n"
        "than in B, although A has the higher total.",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + "By the mean log-probability, the model is more confident in **B**\n"
        "than in A, even though A has the higher total.",
        MEANS + "By the mean log-probability, the model is more confident in **A**\n"
        "than in B, even though A has the higher total.",
        "less-likely-chosen",
    ),
]

CLOSED = [
    # (line before, line, the line carries on the sentence)
    ("the model is more confident \\emph{per token}", "in B, not A.", True),
    ("the model is more confident in $B$", "than in A.", True),
    ("the model is more confident in **B**", "than in A.", True),
    ("the model prefers `B`", "over A per token.", True),
    ("\\textbf{So B is more likely.}", "in short, per token", False),  # the sentence ended inside
    ("So B is more likely: $H_B < H_A$.", "in short, per token", False),
]


@pytest.mark.parametrize(("before", "line", "expected"), CLOSED)
def test_markup_closed_on_a_word_leaves_the_sentence_open(before: str, line: str, expected: bool) -> None:
    assert carries_on([before, line], 1) is expected


# every round's classes, one contract
@pytest.mark.parametrize(
    ("path", "right", "wrong", "code"),
    CLASSES + CLASSES_3 + CLASSES_5 + CLASSES_9 + CLASSES_10 + CLASSES_11,
)
def test_right_work_gets_full_marks_and_its_twin_is_caught(
    path: Path, right: str, wrong: str, code: str
) -> None:
    good = grade_compare(right, _problem(path))
    assert (good.verdict, good.score, good.codes) == ("correct", good.max_score, [])
    bad = grade_compare(wrong, _problem(path))
    assert bad.verdict == "incorrect" and bad.score < bad.max_score
    assert code in bad.codes
