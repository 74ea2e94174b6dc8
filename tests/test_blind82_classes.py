"""Classes of misreading found by blind82 and blind-kinds72 (2026-12-02), each pinned by right/wrong twins."""

from __future__ import annotations

import pytest

from tests.conftest import assert_twins, question_of

GREEDY_IS_BEST = (
    'Greedy search takes the most probable token at each step: first "the" (0.6), then {after} the most probable '
    'token is "cat" (0.7). So greedy outputs "the cat" with probability 0.6 × 0.7 = {value}.\n\n'
    'Yes, this is the most probable sequence: "a cat" and "a dog" have 0.4 × 0.5 = 0.20, and "the dog" has '
    "0.6 × 0.3 = 0.18. Both are below {value}.\n"
)


@pytest.mark.parametrize("after", ['after "the"', 'given "the"', "after “the”", "following 'the'"])
def test_a_quoted_token_ends_at_its_closing_mark(after: str) -> None:
    """`after "the" the most probable token`: the article after the quoted token "the" is prose, not a second
    pick "the the" (a correct answer once lost its greedy part)."""
    right = GREEDY_IS_BEST.format(after=after, value="0.42")
    wrong = GREEDY_IS_BEST.format(after=after, value="0.48")
    assert_twins(question_of("decoding--greedy-is-best"), right, wrong)


STOPPED = (
    "greedy: first token cat (0.4), then sat (0.4){more}\n"
    'output = "{output}", P = {product}\n\n'
    "but {rival} > {value}\n\n"
    'So no, greedy isn\'t best, "{rival_tokens}" beats it.\n'
)


def test_greedy_stopped_short_of_the_asked_length_is_wrong() -> None:
    """Greedy's output given with two tokens where three are asked (`output = "cat sat", P = 0.16`) is a run
    stopped early: once read as no output at all (full marks, a warning), now its missing step is charged."""
    right = STOPPED.format(
        more=", then down (0.3)",
        output="cat sat down",
        product="0.4 * 0.4 * 0.3 = 0.048",
        rival="dog barked loudly = 0.3 * 0.6 * 0.3 = 0.054",
        value="0.048",
        rival_tokens="dog barked loudly",
    )
    wrong = STOPPED.format(
        more="",
        output="cat sat",
        product="0.4 * 0.4 = 0.16",
        rival="dog barked = 0.3 * 0.6 = 0.18",
        value="0.16",
        rival_tokens="dog barked",
    )
    question = question_of("decoding--greedy-not-best")
    assert_twins(question, right, wrong)
    report = question.grade(wrong.encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("decoded-sequence-wrong", 2) in [(d.code, d.span.line) for d in report.diagnostics]


@pytest.mark.parametrize(
    "form",
    [
        "log Pr(y|x): -0.7 + (-0.4) = {v}",
        "- log P(y | x): -0.7 + (-0.4) = {v}",
        "**log P(y|x):** -0.7 + (-0.4) = {v}",
        "$\\log P(y \\mid x)$: $-0.7 + (-0.4) = {v}$",
        "ln Pr(y|x):   log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = {v}",
    ],
)
def test_a_term_as_a_fields_label_states_what_its_working_equals(form: str) -> None:
    """`log Pr(y|x): -0.7 + (-0.4) = -1.1`, a field form's line: the term before the colon is what the working
    equals (once a parse error: right work was unread, a wrong sum was no mistake the grader could show)."""
    question = question_of("deep-learning")
    assert_twins(question, form.format(v="-1.1") + "\n", form.format(v="-1.2") + "\n")
    right = question.grade((form.format(v="-1.1") + "\n").encode(), "s.txt")  # type: ignore[attr-defined]
    assert not right.needs_review, right.codes  # read, not taken on trust from its last number
    wrong = question.grade((form.format(v="-1.2") + "\n").encode(), "s.txt")  # type: ignore[attr-defined]
    assert wrong.verdict == "incorrect", wrong.codes  # a mistake shown, not an unreadable answer


FIELD_FORM = (
    "log Pr(A|x): -0.7 + (-0.4) = -1.1\n"
    "log Pr(B|x): -1.6 + (-0.2) = -1.8\n"
    "Pr(A|x): exp(-1.1) = 0.3329\n"
    "Pr(B|x): exp(-1.8) = 0.1653\n"
    "Ratio Pr(A|x)/Pr(B|x): 0.3329 / 0.1653 = {ratio}\n"
    "Conclusion: the model finds A roughly 2 times more likely than B.\n"
)


def test_a_comparison_in_field_form_is_read() -> None:
    assert_twins(
        question_of("compare--deep-vs-reinforcement-ratio"),
        FIELD_FORM.format(ratio="2.014"),
        FIELD_FORM.format(ratio="2.14"),
    )


@pytest.mark.parametrize(
    "line",
    ["P(y|x): the probability of the answer given the prompt", "Step 1 (chain rule): log P(y|x) = -1.1"],
)
def test_a_colon_before_words_stays_a_label(line: str) -> None:
    from grader.maths.segment import _term_label

    assert _term_label(line) == line


def test_a_term_label_over_several_statements_stays_a_label() -> None:
    """`P(I|<s>): .75 x 2 ÷ 3 = .5 ; .25 x 3 ÷ 17 = .0441176 ; sum .5441176` labels the parts of a line, each
    right: the colon is no `=` (that would make the first part a wrong value of P(I|<s>))."""
    from grader.maths.segment import _term_label

    line = "P(I|<s>): .75 x 2 ÷ 3 = .5 ; .25 x 3 ÷ 17 = .0441176 ; sum .5441176"
    assert _term_label(line) == line


YAML_FLAW = (
    "first_wrong_line: {n}\n"
    "mistake: >\n"
    "  y_2 is conditioned only on x; by the chain rule it is conditioned on x and y_1. The -2.3 used in\n"
    '  line 2 is the probability of "learning" as the first word, the wrong conditional.\n'
    "corrected:\n"
    '  - "log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep)"\n'
    '  - "= -0.7 + (-0.4)"\n'
    '  - "= -1.1"\n'
)


def test_a_flaw_answer_in_yaml_names_its_line_by_its_key() -> None:
    """`first_wrong_line: 1`: the key is the words "first wrong line" (as in the other kinds' readers), so the
    line it names is the line blamed, not a line the explanation mentions later (once line 2 was taken)."""
    assert_twins(question_of("flaw--dropped-conditioning"), YAML_FLAW.format(n=1), YAML_FLAW.format(n=3))


SOFTMAX_NAMED = (
    "{lead} Z1 = {z1}\n"
    "{lead} Z2 = 14.0014\n"
    "NLL = (ln Z1 - 0.629) + (ln Z2 - 0.256) = {first} + 2.3832 = {total}\n"
)


@pytest.mark.parametrize("lead", ["Total", "Sum of exponentials", "the normaliser", "Normaliser:", "so"])
def test_an_indexed_name_defined_after_words_is_read(lead: str) -> None:
    """`Total Z1 = 7.9498`: a name of the student's own, indexed, after the words that say what it is, is defined
    there and used after (once a parse error each, and Z1 unknown: the derivation sent for review)."""
    question = question_of("transformer-softmax")
    right = SOFTMAX_NAMED.format(lead=lead, z1="7.9498", first="1.4441", total="3.8273")
    wrong = SOFTMAX_NAMED.format(lead=lead, z1="9.9498", first="1.6683", total="4.0515")
    assert_twins(question, right, wrong)
    report = question.grade(right.encode(), "s.txt")  # type: ignore[attr-defined]
    assert not report.needs_review, report.codes
