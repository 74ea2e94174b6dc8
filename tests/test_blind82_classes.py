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


# Classes found by blind83, blind84 and blind-kinds73 (measured on 339657d).

ADD_ONE_NOTE = (
    "(3/14)(3/14)(2/13)(2/13) = 9/8281 ≈ {value}\n"
    "[C(<s> I)=2, C(<s>)=3; C(I am)=2, C(I)=3; C(am Sam)=1, C(am)=2; C(Sam </s>)=1, C(Sam)=2; V=11]\n"
)


def test_a_bracketed_note_of_several_values_is_no_framed_answer() -> None:
    """A line in square brackets framing one statement is a result framed by hand (`[ PP ≈ 2.12 ]`); a note of
    several values used (counts parted by commas and semicolons) is not: its last count (2) was taken as the
    answer of a correct derivation."""
    assert_twins(
        question_of("sam-corpus-add-one"),
        ADD_ONE_NOTE.format(value="0.0010868"),
        ADD_ONE_NOTE.format(value="0.0012"),
    )


NATS_THEN_BITS = (
    "ln of each conditional: -1.4439, -2.3827, -2.0565, -4.0745\n"
    "sum {unit} = -9.9576\n"
    "bits = nats / ln2 = -9.9576 / 0.6931 = {bits}\n"
    "log₂ Pr(y | x) = {bits}\n"
)


@pytest.mark.parametrize("unit", ["(nats)", "(nat)", "(Nats)"])
def test_a_name_with_its_unit_before_equals_opens_a_statement(unit: str) -> None:
    """`sum (nats) = -9.9576` under a row of values: a name of the student's own, its unit in brackets, starts a
    statement; it does not carry on the row's last value (-4.0745 = -9.9576 was an arithmetic error)."""
    question = question_of("transformer-log-likelihood")
    right = NATS_THEN_BITS.format(unit=unit, bits="-14.366")
    assert_twins(question, right, NATS_THEN_BITS.format(unit=unit, bits="-13.366"))
    codes = question.grade(right.encode(), "s.txt").codes  # type: ignore[attr-defined]
    assert "arithmetic-error" not in codes, codes


INTERPOLATION_PROSE = (
    "For the bigram parts: <s> is followed by I twice out of three, so the {name} of P(I | <s>) is {value}.\n"
    "P(I | <s>) = 0.75 × 0.6667 + 0.25 × 0.1765 = 0.5441\n"
    "P(am | I) = 0.75 × 0.6667 + 0.25 × 0.1176 = 0.5294\n"
    "P(Sam | am) = 0.75 × 0.5 + 0.25 × 0.1176 = 0.4044\n"
    "P(</s> | Sam) = 0.75 × 0.5 + 0.25 × 0.1765 = 0.4191\n"
    "The product is 0.5441 × 0.5294 × 0.4044 × 0.4191 ≈ 0.048825.\n"
)


@pytest.mark.parametrize("name", ["bigram estimate", "bigram MLE", "MLE estimate", "bigram probability"])
def test_an_estimate_named_before_its_term_in_a_sentence(name: str) -> None:
    """ "the bigram estimate of P(I | <s>) is 2/3": the words just before the term name its estimate, as a line's
    label does ("Bigram MLE: P(am|I) = 2/3"); once read as the model's interpolated P (mixed-models)."""
    assert_twins(
        question_of("sam-corpus-interpolation"),
        INTERPOLATION_PROSE.format(name=name, value="2/3"),
        INTERPOLATION_PROSE.format(name=name, value="3/4"),
    )


WINDOW_TERSE = (
    "Full model: -2.0526 - 1.5966 = -3.6492\n"
    "Window model: -1.5255 - 3.4463 = -4.9718\n"
    "Gap: {gap}  (= -3.6492 + 4.9718)\n"
    "Cheaper: window model; 1 key per query vs whole history\n"
)


def test_a_gap_with_its_working_in_brackets_after_it() -> None:
    """`Gap: 1.3226 (= -3.6492 + 4.9718)`: the number after `=` that opens an expression is an operand, not the
    gap (once -3.6492 was read as the gap: window-gap-wrong on right work)."""
    assert_twins(
        question_of("window--transformer-window"),
        WINDOW_TERSE.format(gap="1.3226"),
        WINDOW_TERSE.format(gap="1.4226"),
    )


COMPARE_ARROWS = (
    "A: -0.7 + -0.4 = -1.1\n"
    "B: -1.6 + -0.2 = -1.8\n"
    "{reason}\n"
    "[even though B's 2nd token is likelier (-0.2 vs -0.4), B's 1st token costs too much]\n"
    "Ans: {answer}   (circled)\n"
)


def test_an_abbreviated_answer_label_and_a_bracketed_margin_note() -> None:
    """ "Ans: (B) …" is the answer as "Answer: B" is (once unread: a wrong choice got full marks), and a line wholly
    in square brackets is a margin note, read only when nothing else concludes (once it was the conclusion)."""
    question = question_of("compare--deep-vs-reinforcement")
    assert_twins(
        question,
        COMPARE_ARROWS.format(reason="-1.1 > -1.8  => Pr(A) > Pr(B)", answer="(A) deep learning"),
        COMPARE_ARROWS.format(reason="-1.1 > -1.8", answer="(B) reinforcement learning"),
    )


RUNNING_PRODUCT = "P(I|<s>) = 0.5441, P(am|I) = 0.5294, P(Sam|am) = 0.4044, P(</s>|Sam) = 0.4191\n{run}\n"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "0.5441 times 0.5294 = 0.28805; times 0.4044 = 0.11649; times 0.4191 = 0.04882.",
            "0.5441 times 0.5294 = 0.28805; times 0.4044 = 0.12649; times 0.4191 = 0.05301.",
        ),
        (
            "The product is 0.5441 × 0.5294 = 0.2881, times 0.4044 gives 0.1165, and times 0.4191 gives 0.048825.",
            "The product is 0.5441 × 0.5294 = 0.2881, times 0.4044 gives 0.1265, and times 0.4191 gives 0.0530.",
        ),
    ],
)
def test_a_running_product_said_in_words_carries_on_from_its_last_value(right: str, wrong: str) -> None:
    """ "…= 0.28805; times 0.4044 = 0.11649": a clause that opens with an operator said in a word carries on from
    the value before it, and "gives" after its operand states its result (once 0.4044 = 0.11649 was an arithmetic
    error on right work, and the last clause of a run in words was unread, its first value taken as the answer)."""
    question = question_of("sam-corpus-interpolation")
    assert_twins(question, RUNNING_PRODUCT.format(run=right), RUNNING_PRODUCT.format(run=wrong))
    codes = question.grade(RUNNING_PRODUCT.format(run=wrong).encode(), "s.txt").codes  # type: ignore[attr-defined]
    assert "arithmetic-error" in codes, codes  # the slip itself is shown, not only the final value
