"""Classes of misreading found by blind86 and the sets after it (2026-12-02), each pinned by right/wrong twins."""

from __future__ import annotations

import pytest

from tests.conftest import assert_twins, grade, question_of

SEQUENCE_WRITTEN_OUT = (
    "$P({sequence}) = \\prod_{{i=1}}^{{{upper}}} P(w_i \\mid w_{{i-1}})$\n\n"
    "$$P(\\langle s\\rangle\\ \\text{{I am Sam}}\\ \\langle/s\\rangle) = \\frac23\\cdot\\frac23\\cdot\\frac12"
    "\\cdot\\frac12 = \\frac19 \\approx {value}$$\n"
)


@pytest.mark.parametrize(
    "sequence",
    [
        "\\langle s\\rangle\\,w_1\\dots w_n\\,\\langle/s\\rangle",
        "<s> w_1 ... w_n </s>",
        "⟨s⟩ w_1 … w_n ⟨/s⟩",
        "<s>, w_1, \\ldots, w_{n}, </s>",
    ],
)
def test_a_sequence_written_out_with_its_end_after_w_n_fixes_what_n_counts(sequence: str) -> None:
    """`P(<s> w_1 … w_n </s>) = ∏_{i=1}^{n+1}`: </s> written after the n-th word makes n the words alone, so
    the product's n+1 factors are the sentence's (an off-by-one on right work, blind86); ∏_{i=1}^{n} under the
    same sequence leaves </s> out."""
    right = SEQUENCE_WRITTEN_OUT.format(sequence=sequence, upper="n+1", value="0.111")
    assert_twins(question_of("sam-corpus"), right, right.replace("0.111", "0.125"))
    short = grade("sam", SEQUENCE_WRITTEN_OUT.format(sequence=sequence, upper="n", value="0.111"))
    assert "off-by-one" in short.codes


def test_without_its_end_written_n_stays_the_sequences_length() -> None:
    """`P(<s> w_1 … w_n)` with ∏_{i=1}^{n+1}: nothing says </s> is beyond w_n, so n is |y| and the product
    runs one factor past it."""
    text = SEQUENCE_WRITTEN_OUT.format(sequence="<s> w_1 ... w_n", upper="n+1", value="0.111")
    assert "off-by-one" in grade("sam", text).codes


GREEDY_PICKS_COMPARED = (
    "greedy: the (0.6 {sign} 0.4) → cat (0.7 {sign} 0.3) → “the cat”, P = 0.6·0.7 = {value}\n"
    "all seqs:\n the cat 0.42\n the dog 0.6·0.3 = 0.18\n a cat 0.4·0.5 = 0.20\n a dog 0.4·0.5 = 0.20\n"
    "max = 0.42 = greedy {arrow} {verdict}\n"
)


@pytest.mark.parametrize("sign", [">", "≥", "vs"])
@pytest.mark.parametrize("arrow", ["→", "=>", "->", "⇒"])
def test_a_picks_comparison_in_brackets_and_a_verdict_after_an_arrow(sign: str, arrow: str) -> None:
    """`cat (0.7 > 0.3)`: the number after the sign is the rival's, not the path's probability (right work
    was decoded-prob-wrong, blind-kinds75); `max = 0.42 = greedy → YES`: the arrow sets the verdict off as a
    comma does (it was a warning)."""
    right = GREEDY_PICKS_COMPARED.format(sign=sign, value="0.42", arrow=arrow, verdict="YES")
    question = question_of("decoding--greedy-is-best")
    report = question.grade(right.encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    assert_twins(question, right, right.replace("0.6·0.7 = 0.42", "0.6·0.8 = 0.48").replace("0.42", "0.48"))
    assert_twins(question, right, right.replace(f"{arrow} YES", f"{arrow} NO"))


INTERPOLATION = (
    "{rule}\n"
    "P(I|<s>) = {a}·2/3 + {b}·3/17 = {v1}\n"
    "P(am|I) = {a}·2/3 + {b}·2/17 = {v2}\n"
    "P(Sam|am) = {a}·1/2 + {b}·2/17 = {v3}\n"
    "P(</s>|Sam) = {a}·1/2 + {b}·3/17 = {v4}\n"
    "P = {v1} × {v2} × {v3} × {v4} ≈ {p}\n"
)
RIGHT_WEIGHTS = dict(a="3/4", b="1/4", v1="0.5441", v2="0.5294", v3="0.4044", v4="0.4191", p="0.0488")
SWAPPED_WEIGHTS = dict(a="1/4", b="3/4", v1="0.2990", v2="0.2549", v3="0.2132", v4="0.2574", p="0.00418")


@pytest.mark.parametrize(
    "rule",
    [
        "P(w|v) = {a} · C(v w)/C(v) + {b} · C(w)/N",
        "P(w|v) = {a}·C(vw)/C(v) + {b}·C(w)/N",
        "P(w_i|w_{{i-1}}) = {a} · C(w_{{i-1}} w_i)/C(w_{{i-1}}) + {b} · C(w_i)/N",
        "P_interp(w_i | w_{{i-1}}) = {a}·P_ML(w_i | w_{{i-1}}) + {b}·P_ML(w_i)",
    ],
)
def test_a_rule_in_letters_is_judged_at_the_sequences_places(rule: str) -> None:
    """`P(w|v) = 1/4 · C(vw)/C(v) + 3/4 · C(w)/N` (weights swapped) followed by numbers that follow it: the
    rule itself is the first mistake, shown where it is (blind87, blind88: it was passed over and the first
    error put on the next line); the right rule is a definition and costs nothing. A rule with a free index
    (`P(w_i | w_{i-1}) = …`) is judged the same way, the index taking each place of y."""
    question = question_of("sam-corpus-interpolation")
    right = INTERPOLATION.format(rule=rule.format(**RIGHT_WEIGHTS), **RIGHT_WEIGHTS)
    report = question.grade(right.encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    wrong = INTERPOLATION.format(rule=rule.format(**SWAPPED_WEIGHTS), **SWAPPED_WEIGHTS)
    report = question.grade(wrong.encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("wrong-value", 1) in [(d.code, d.span.line) for d in report.diagnostics], report.codes
    assert report.parts["substitution"] < 1.0  # charged as values that are not the model's


ADD_ONE = (
    "{rule}\n"
    "P(I|<s>) = (2+1)/(3+11) = 3/14, P(am|I) = (2+1)/(3+11) = 3/14\n"
    "P(Sam|am) = (1+1)/(2+11) = 2/13, P(</s>|Sam) = (1+1)/(2+11) = 2/13\n"
    "P = 3/14 · 3/14 · 2/13 · 2/13 = 36/33124 ≈ 0.0010868\n"
)


@pytest.mark.parametrize(
    "rule",
    [
        "Unsmoothed, P(w|v) = C(vw)/C(v); with add-one, P(w|v) = (C(vw)+1)/(C(v)+V).",
        "MLE: P(w|v) = C(v w)/C(v)",
        "P(w|v) = (C(vw)+1)/(C(v)+2V)",  # a slip in the rule that the numbers below do not follow
        "P(w_i|w_{i-1}) = (C(w_{i-1} w_i)+1)/(C(w_{i-1})+1)",  # the same with an index
    ],
)
def test_a_rule_the_later_numbers_do_not_follow_costs_nothing(rule: str) -> None:
    """A rule stated in passing (the unsmoothed estimate before the add-one one, or one with a slip the
    working does not repeat) is shown wrong by nothing the student computed: right work keeps full marks."""
    report = question_of("sam-corpus-add-one").grade(ADD_ONE.format(rule=rule).encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


@pytest.mark.parametrize(
    ("name", "text", "right", "wrong"),
    [
        (
            "food",
            "P(sent) = prod of bigram probs\n= {factors}\n= .25*.33*.0011*.5{more}\n=> P ≈ {value}\n",
            dict(
                factors="P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)",
                more="*.68",
                value="3.09e-5",
            ),
            dict(factors="P(i|<s>) P(want|i) P(english|want) P(food|english)", more="", value="4.54e-5"),
        ),
        (
            "dl",
            "- log Pr(y|x) = sum of token lps\n- = {working}\nlog Pr(y|x) = {value}\n",
            dict(working="-0.7 + -0.4 = -1.1", value="-1.1"),
            dict(working="(1/2)(-0.7 + -0.4) = -0.55", value="-0.55"),
        ),
    ],
)
def test_a_term_equated_to_words_heads_the_working_below(
    name: str, text: str, right: dict, wrong: dict
) -> None:
    """`P(sent) = prod of bigram probs` over `= P(i|<s>) …`: the term equated to words heads the working the
    next line continues, so a factor left out or an average for a total is charged on the line where it is
    (blind87: it was charged on the last line, the working below read with no left side)."""
    report = grade(name, text.format(**right))
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    report = grade(name, text.format(**wrong))
    first = min(d.span.line for d in report.diagnostics if d.severity == "error")
    assert first == 2, [(d.code, d.span.line) for d in report.diagnostics]


BARE_LABELS = (
    "- the|<s>: -log2(.5) = 1\n- cat | the: -log2(.25) = 2\n- sat|cat: -log2(.2) = {third}\n"
    "- </s>|sat: -log2(.5) = 1\nNLL = 1 + 2 + {third} + 1 = {total} bits\n"
)


def test_a_conditional_written_bare_as_a_rows_label() -> None:
    """`the|<s>: -log2(.5) = 1`: a row labelled by its conditional written without P( ) is read (each was a
    parse error, so right work went for review and a slip in a row was never shown where it is)."""
    report = grade("bits", BARE_LABELS.format(third="2.3219", total="6.3219"))
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    slip = grade("bits", BARE_LABELS.format(third="2.0", total="6.0"))
    assert ("arithmetic-error", 3) in [(d.code, d.span.line) for d in slip.diagnostics], slip.codes


def test_a_term_never_takes_the_resolution_of_another_with_its_id(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a term resolves to is cached by the term's id; a term built while checking (a rule's letters bound
    to the tokens of each place) is freed and its id reused by the next one, which then read as the first:
    a right rule in letters was once charged wrong-value that way (holdout3 sam-corpus-interpolation/006, in
    a long run only). Every id made equal, each term still resolves to its own value."""
    import grader.maths.evaluate as evaluation
    from grader.maths.build import parse_piece
    from grader.maths.segment import Piece
    from grader.maths.terms import Sequence
    from tests.conftest import problem

    p = problem("food")
    seq = Sequence(p.x, p.y, p.model)
    ctx = evaluation.Context(seq, p.ask, p.log_base)
    values = evaluation.ModelValues(seq, p.reference.ln_probs)
    monkeypatch.setattr(evaluation, "id", lambda _: 0, raising=False)
    got = []
    for text in ("P(i | <s>)", "P(want | i)", "P(</s> | food)"):
        term = parse_piece(Piece(text, tuple((1, i + 1) for i in range(len(text))), True, False, 1)).items[0]
        got.append(round(evaluation.evaluate(term, ctx, values), 4))
    assert got == [0.25, 0.33, 0.68]


RUNNING_ROWS = (
    "log Pr(y | x) = Σ_{{i=1}}^{{7}} log Pr(y_i | x, y_<i)\n\nrunning sum:\n"
    " i=1 The      -0.0353 -> -0.0353\n i=2 capital  -0.0099 -> -0.0452\n i=3 of       -0.0011 -> -0.0463\n"
    " i=4 France   -0.0013 -> -0.0476\n i=5 is       -0.0021 -> -0.0497\n i=6 Paris    -0.0020 -> {sixth}\n"
    " i=7 .        -0.2231 -> {total}\n\nlog Pr(y|x) = {total}\n"
)


@pytest.mark.parametrize("arrow", ["->", "→", "=>"])
def test_a_running_sums_rows_are_its_additions(arrow: str) -> None:
    """` i=2 capital  -0.0099 -> -0.0452`: each row of a running sum adds its value to the total before it
    (right work was a parse error on every row, blind83 and blind86), so a slip in a total is shown on its
    row (it was only a wrong final answer)."""
    right = RUNNING_ROWS.format(sixth="-0.0517", total="-0.2748").replace("->", arrow)
    report = question_of("logprobs-capital").grade(right.encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    slip = RUNNING_ROWS.format(sixth="-0.0697", total="-0.2928").replace("->", arrow)
    report = question_of("logprobs-capital").grade(slip.encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("arithmetic-error", 9) in [(d.code, d.span.line) for d in report.diagnostics], report.codes


@pytest.mark.parametrize(
    "normaliser",
    [
        "Σ exp(row {k})",
        "sum exp(row{k})",
        "Σ e^z(Zeile {k})",
        "∑ exp(row {k})",
        "\\sum_v e^{{z^{{({k})}}_v}}",
    ],
)
def test_a_normaliser_written_loosely_is_the_students_name_for_a_value(normaliser: str) -> None:
    """`Z₁ = Σ exp(row 1) = 7.9498`: the sum of a row's exponentials, said any way, names a value the work then
    uses; the line was a parse error and right work went for review (38 % of right transformer-softmax work
    in the blind sets). A wrong normaliser is still caught, where the probability worked from it is wrong."""
    text = (
        "Z₁ = {n1} = {z1}, Z₂ = {n2} = 14.0014\n"
        "Pr(the|x) = e^0.629 / {n1} = 1.8757 / {z1} = {p1}\n"
        "Pr(cat|x,the) = e^0.256 / {n2} = 1.2918 / 14.0014 = 0.09226\n"
        "NLL = -ln({p1}) - ln(0.09226) = {nll} nats\n"
    )
    n1, n2 = normaliser.format(k=1), normaliser.format(k=2)
    question = question_of("transformer-softmax")
    right = text.format(n1=n1, n2=n2, z1="7.9498", p1="0.23595", nll="3.8273")
    report = question.grade(right.encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    wrong = text.format(n1=n1, n2=n2, z1="8.5", p1="0.22067", nll="3.8943")
    report = question.grade(wrong.encode(), "s.txt")  # type: ignore[attr-defined]
    assert report.score < report.max_score and 2 in [d.span.line for d in report.diagnostics], report.codes


NUMBERED_TOTALS = (
    "1 -0.0353\n2 -0.0353-0.0099=-0.0452\n3 -0.0463\n4 -0.0476\n5 -0.0497\n6 -0.0517\n"
    "7 -0.0517-0.2231={total}\nlog Pr(y|x)= {total}\n"
)


def test_a_numbered_listing_of_totals_and_steps() -> None:
    """`2 -0.0353-0.0099=-0.0452` among lines numbered 1 … 7 that list running totals: the number labels the
    line (it was read as 2 - 0.0353 - …, a step that fails, and right work went for review)."""
    question = question_of("logprobs-capital")
    report = question.grade(NUMBERED_TOTALS.format(total="-0.2748").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    slip = question.grade(NUMBERED_TOTALS.format(total="-0.2848").encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("arithmetic-error", 7) in [(d.code, d.span.line) for d in slip.diagnostics], slip.codes


def test_a_conclusions_bracketed_remark_compares_the_candidates() -> None:
    """`A is more likely (about twice as likely, e^{0.7} ≈ 2.0)`: the maths in a worded remark on the line that
    concludes compares the candidates; it is not A's work (2.0 was read as A's log-likelihood, blind-kinds76)."""
    text = (
        "Answer A (deep, learning):\n  log Pr(A | x) = -0.7 + (-0.4) = -1.1\n\n"
        "Answer B (reinforcement, learning):\n  log Pr(B | x) = -1.6 + (-0.2) = -1.8\n\n"
        'Result: the model finds answer {winner} ("{tokens}") more likely (about twice as likely, e^{{0.7}} ≈ 2.0).\n'
    )
    right = text.format(winner="A", tokens="deep learning")
    wrong = text.format(winner="B", tokens="reinforcement learning")
    assert_twins(question_of("compare--deep-vs-reinforcement"), right, wrong)


@pytest.mark.parametrize("setting", ["(k = 1, only the last token)", "(k = 1, solo el último token)"])
def test_a_window_heading_with_a_setting_of_k_and_words(setting: str) -> None:
    """`Window model (k = 1, only the last token):`: the setting of k is no words of the heading, so the
    heading is one of eight words or fewer (it was read as the full model's working, blind-kinds76)."""
    text = (
        "Full model:\n  log P(y | x) = log P(deep | x) + log P(learning | x, deep)\n"
        "               = -0.7 + (-0.4) = -1.1\n\n"
        f"Window model {setting}:\n  log P_1(y | x) = log P(deep | ML) + log P(learning | deep)\n"
        "                 = -2.2 + (-0.9) = {window}\n\n"
        "Gap:\n  log P_full(y | x) − log P_1(y | x) = -1.1 − ({window}) = {gap}\n\n"
        "Cheaper: the window model, each prediction reads one token.\n"
    )
    right = text.replace("{window}", "-3.1").replace("{gap}", "2.0")
    wrong = text.replace("= -2.2 + (-0.9) = {window}", "= -2.2 + (-0.9) = -3.1").replace("{window}", "-3.1")
    assert_twins(question_of("window--deep-learning-window"), right, wrong.replace("{gap}", "4.2"))


GREEDY_HEADED = (
    "Greedy:\n  step 1: cat (0.4)\n  step 2: sat (0.4)\n{third}  → “{output}”, probability {product}\n\n"
    "Alternative: “{rival}” = {rival_product}\n\n{rival_value} > {value}, so no: greedy's output is not the most probable.\n"
)


def test_greedy_stopped_short_under_a_greedy_heading() -> None:
    """Under a `Greedy:` heading, the result `→ "cat sat", probability 0.16` where three tokens are asked is a
    run stopped early (it had full marks, blind-kinds76), as it is when the line itself says "greedy"."""
    right = GREEDY_HEADED.format(
        third="  step 3: down (0.3)\n",
        output="cat sat down",
        product="0.4 × 0.4 × 0.3 = 0.048",
        rival="dog barked loudly",
        rival_product="0.3 × 0.6 × 0.3 = 0.054",
        rival_value="0.054",
        value="0.048",
    )
    wrong = GREEDY_HEADED.format(
        third="",
        output="cat sat",
        product="0.4 × 0.4 = 0.16",
        rival="dog barked",
        rival_product="0.3 × 0.6 = 0.18",
        rival_value="0.18",
        value="0.16",
    )
    assert_twins(question_of("decoding--greedy-not-best"), right, wrong)


TERM_VALUE_TABLE = (
    "| factor | {title} |\n|---|---|\n| P(i \\| <s>) | 0.25 |\n| P(want \\| i) | 0.33 |\n"
    "| P(english \\| want) | {english} |\n| P(food \\| english) | 0.5 |\n| P(</s> \\| food) | 0.68 |\n\n"
    "Product: 0.25 × 0.33 × {english} × 0.5 × 0.68 = {product}\n\n**Answer:** ≈ {product}\n"
)


def test_a_table_row_of_a_term_and_its_value_states_it() -> None:
    """`| P(english \\| want) | 0.011 |`: a row of a term and a value says the term is that value, so a value
    misread from the problem is charged on its row (it was only a wrong final answer, blind89); under a column
    titled as a log, or with a value no probability has, the row states nothing (a loose title costs nothing)."""
    right = TERM_VALUE_TABLE.format(title="value", english="0.0011", product="3.0855e-5")
    report = grade("food", right)
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    wrong = grade("food", TERM_VALUE_TABLE.format(title="value", english="0.011", product="3.0855e-4"))
    assert ("wrong-value", 5) in [(d.code, d.span.line) for d in wrong.diagnostics], wrong.codes
    logs = "| term | {title} |\n|---|---|\n| P(deep \\| x) | -0.7 |\n| P(learning \\| x, deep) | -0.4 |\n\nlog P = -1.1\n"
    for title in ("value", "log p", "ln"):
        report = grade("dl", logs.format(title=title))
        assert (report.verdict, report.codes) == ("correct", []), (title, report.codes)


LISTED = (
    "Chain rule: log Pr(y | x) = Σ_i log Pr(y_i | x, y_<i)\n\n"
    "Token logprobs: −0.0353, −0.0099, −0.0011, −0.0013, −0.0021, −0.002, {last}\n\nSum = {total}\n\nAnswer: {total} nats\n"
)


def test_a_misread_value_in_a_list_of_the_per_token_values() -> None:
    """`Token logprobs: −0.0353, …, −0.0231`: a line listing as many values as y has tokens, all the model's in
    order but one, lists them; the one misread is charged where it is written (blind89: only the final answer
    was wrong). A list that follows the model in fewer places (counts, say) is no such list."""
    question = question_of("logprobs-capital")
    right = question.grade(LISTED.format(last="−0.2231", total="−0.2748").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (right.verdict, right.codes) == ("correct", []), right.codes
    misread = question.grade(LISTED.format(last="−0.0231", total="−0.0748").encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("wrong-value", 3) in [(d.code, d.span.line) for d in misread.diagnostics], misread.codes
    counts = "Counts: 3, 2, 2, 1, 1, 4, 7\nlog Pr(y|x) = −0.0353 − 0.0099 − 0.0011 − 0.0013 − 0.0021 − 0.002 − 0.2231 = −0.2748\n"
    report = question.grade(counts.encode(), "s.txt")  # type: ignore[attr-defined]
    assert "wrong-value" not in report.codes, report.codes


WRONG_N = "y = (deep, blue): N = {n} positions.\n\n−(1/N) Σ ln Pr = −(1/{n})(−1.2 − 0.3) = {h}\nPPL = e^{h} = {ppl}\n"


def test_a_wrong_count_put_for_n_in_a_formula_is_named_as_such() -> None:
    """`−(1/N) Σ ln Pr = −(1/3)(−1.2 − 0.3)` where y has two tokens: N taken as three is the known mistake
    perplexity-normalization, not an arithmetic error in `1/N = 0.5, not 1/3` (blind89)."""
    question = question_of("logprobs-inline-perplexity")
    right = question.grade(WRONG_N.format(n=2, h="0.75", ppl="2.117").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (right.verdict, right.codes) == ("correct", []), right.codes
    wrong = question.grade(WRONG_N.format(n=3, h="0.5", ppl="1.649").encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("perplexity-normalization", 3) in [(d.code, d.span.line) for d in wrong.diagnostics], wrong.codes
    assert "arithmetic-error" not in wrong.codes


TOLD_THEN_CONVERTED = (
    "Chain rule: log Pr(y | x) = Σᵢ log Pr(yᵢ | x, y₁…yᵢ₋₁). Adding the seven reported logprobs gives {value} "
    "nats, so Pr(y | x) = e^{value} ≈ {p}. Most of that comes from the final “.” token (−0.2231).\n"
)


def test_a_conversion_of_a_value_told_in_words_is_a_remark() -> None:
    """`… gives −0.2748 nats, so Pr(y | x) = e^−0.2748 ≈ 0.76`: the probability worked from the value told just
    before it converts that value; the told value is the answer (0.76 was taken as a wrong quantity, blind90).
    The probability stated with no value before it stays the answer."""
    question = question_of("logprobs-capital")
    right = TOLD_THEN_CONVERTED.format(value="−0.2748", p="0.76")
    wrong = TOLD_THEN_CONVERTED.format(value="−0.2848", p="0.75")
    assert_twins(question, right, wrong)
    alone = question.grade("So Pr(y | x) = e^−0.2748 ≈ 0.76.\n".encode(), "s.txt")  # type: ignore[attr-defined]
    assert "wrong-quantity" in alone.codes, alone.codes


def test_a_trial_binding_of_names_is_undone_however_it_ends() -> None:
    """Random stand-ins for a rule's letters, the corpus's N beside counts, a wrong count put for N: each trial
    binds names in the student's memory, and none of it may outlive the trial (their own N stays theirs)."""
    from grader.maths.memory import Memory

    memory = Memory(definitions={"N": 3.0})
    with memory.trying() as definitions:
        definitions.update({"N": 17.0, "a": 0.5})
    assert memory.definitions == {"N": 3.0}
    with pytest.raises(ZeroDivisionError), memory.trying() as definitions:
        definitions["b"] = 1.0
        raise ZeroDivisionError
    assert memory.definitions == {"N": 3.0}
