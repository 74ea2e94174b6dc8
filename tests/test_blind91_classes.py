"""Classes of misreading found by blind91, blind92, blind-kinds78 and blind-kinds79 (2026-12-02), each pinned by twins."""

from __future__ import annotations

import pytest

from tests.conftest import assert_twins, question_of

COUNTS_SIDE_BY_SIDE = (
    "counts: C(<s>)=3 C(<s> I)=2 | C(I)=3 C(I am)={i_am} | C(am)=2 C(am Sam)=1 | C(Sam)=2 C(Sam </s>)=1 | N=17\n"
    "P(I|<s>) = 2/3, P(am|I) = {am}, P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
    "P = 2/3 · {am} · 1/2 · 1/2 = {p}\n"
)


def test_statements_side_by_side_parted_by_blanks_or_a_bar() -> None:
    """`C(<s>)=3 C(<s> I)=2 | C(I)=3 …`: each term given a value is a statement of its own, read and checked
    (it was one line that could not be read, sent for review); a miscount among them is charged there."""
    question = question_of("sam-corpus")
    right = COUNTS_SIDE_BY_SIDE.format(i_am="2", am="2/3", p="1/9")
    report = question.grade(right.encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    wrong = COUNTS_SIDE_BY_SIDE.format(i_am="1", am="1/3", p="1/18")
    report = question.grade(wrong.encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("wrong-value", 1) in [(d.code, d.span.line) for d in report.diagnostics], report.codes


@pytest.mark.parametrize("rule", ["3/4 P_ML(w|v) + 1/4 P_ML(w)", "3/4·C(vw)/C(v) + 1/4·C(w)/N"])
def test_a_product_of_a_number_and_a_term_is_never_parted(rule: str) -> None:
    """A number before a term that an operator follows is a product (`1/4 P_ML(w)`), never two statements."""
    text = (
        f"P(w|v) = {rule}\n"
        "P(I|<s>) = 0.5441, P(am|I) = 0.5294, P(Sam|am) = 0.4044, P(</s>|Sam) = 0.4191\n"
        "P = 0.5441 × 0.5294 × 0.4044 × 0.4191 ≈ 0.0488\n"
    )
    report = question_of("sam-corpus-interpolation").grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes


def test_a_unigram_stated_as_such_in_an_interpolated_model() -> None:
    """`P(</s>) = 3/17 = .17647` in an interpolated bigram, unlabelled: its value is the unigram estimate, the
    component it is, not a bigram term with its history dropped; a value no estimate has is still charged."""
    text = (
        "P(</s>|Sam) = .75(.5) + .25 P(</s>), P(</s>) = {uni}\n"
        "P(I|<s>) = .54412, P(am|I) = .52941, P(Sam|am) = .40441, P(</s>|Sam) = .41912\n"
        "P = .54412 × .52941 × .40441 × .41912 = .048825\n"
    )
    question = question_of("sam-corpus-interpolation")
    report = question.grade(text.format(uni="3/17 = .17647").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    report = question.grade(text.format(uni="2/17").encode(), "s.txt")  # type: ignore[attr-defined]
    assert report.score < report.max_score, report.codes


def test_a_generic_name_defined_over_continued_lines() -> None:
    """`ℓ = Σ log2 p(…)` / `= log2(0.5) + …` / `= … = -6.322`: ℓ is the log-likelihood its definition comes to
    on the lines that continue it, so `NLL = -ℓ = 6.322` is right (it was read as the NLL asked, a sign
    error twice); a sign slip in the NLL is still charged."""
    text = (
        "ℓ = Σ_i log2 p(w_i|w_{{i-1}})\n"
        "  = log2(0.5) + log2(0.25) + log2(0.2) + log2(0.5)\n"
        "  = -1 - 2 - 2.322 - 1 = -6.322\n"
        "NLL = -ℓ = {nll} bits\n"
    )
    assert_twins(question_of("cat-nll-bits"), text.format(nll="6.322"), text.format(nll="-6.322"))


@pytest.mark.parametrize("dash", [" -- ", " --- ", " — "])
def test_a_typewriter_dash_before_a_self_correction(dash: str) -> None:
    """`= 2/2 = 1 -- wait, C(I) = 3, so P(am|I) = 2/3`: two hyphens spaced are a dash, a clause break, so the
    correction after it is read and the slip it takes back is not charged; a wrong redo is."""
    text = (
        "P(I|<s>) = 2/3\n"
        f"P(am|I) = C(I am)/C(I) = 2/2 = 1{dash}wait, I appears 3 times, so C(I) = 3: P(am|I) = {{redo}}\n"
        "P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
        "P = (2/3)({redo})(1/2)(1/2) = {p}\n"
    )
    assert_twins(
        question_of("sam-corpus"), text.format(redo="2/3", p="0.1111"), text.format(redo="3/4", p="0.125")
    )


def test_a_correction_that_restates_an_earlier_value_does_not_take_it_back() -> None:
    """ "… = .40441 -- wait, that should use P(</s>) = 3/17 = .17647" after "P(</s>)=3/17" on an earlier line:
    the correction takes back the statement just before it (.40441), not the earlier one it agrees with."""
    text = (
        "Unigram: P(I)=3/17, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17\n"
        "P(I|<s>) = .75(.66667) + .25(.17647) = .54412\n"
        "P(am|I) = .5 + .25(.11765) = .52941\n"
        "P(Sam|am) = .375 + .25(.11765) = .40441\n"
        "P(</s>|Sam) = .375 + .25(.11765) = .40441 -- wait, that should use P(</s>) = 3/17 = .17647, not 2/17\n"
        "P(</s>|Sam) = .375 + .04412 = {last}\n"
        "P = .54412 × .52941 × .40441 × {last} = {p}\n"
    )
    assert_twins(
        question_of("sam-corpus-interpolation"),
        text.format(last=".41912", p=".048825"),
        text.format(last=".40441", p=".047112"),
    )


def test_a_boxed_ratio_is_the_ratio_stated() -> None:
    """`e^{-1.1-(-1.8)} = e^{0.7} \\approx \\boxed{2.014}`: the boxed number is the answer, not a number inside
    the exponent (blind-kinds78)."""
    text = (
        "$\\log \\Pr(A\\mid x) = -0.7 + (-0.4) = -1.1$\n\n"
        "$\\log \\Pr(B\\mid x) = -1.6 + (-0.2) = -1.8$\n\n"
        "$$\\frac{{\\Pr(A\\mid x)}}{{\\Pr(B\\mid x)}} = e^{{-1.1-(-1.8)}} = e^{{0.7}} \\approx \\boxed{{{ratio}}}$$\n"
    )
    assert_twins(
        question_of("compare--deep-vs-reinforcement-ratio"),
        text.format(ratio="2.014"),
        text.format(ratio="0.497"),
    )


def test_a_beams_result_compared_with_greedys_after_a_dash() -> None:
    """`Best = ⟨a cat⟩ … = 0.36 — better than greedy's "the dog" (0.20)`: the sequence named greedy's is the
    one compared with, not the beam's result (blind-kinds78)."""
    text = (
        "Beam (k=2):\n"
        "t=1: [the: 0.5], [a: 0.4]    (one 0.1 pruned)\n"
        "t=2: candidates: the dog .20, the cat .175, the car .125, a cat .36, a dog .04\n"
        "     beam = [a cat: 0.36], [the dog: 0.20]\n"
        'Best = ⟨{best}⟩ with prob {p} — better than greedy\'s "the dog" (0.20), because keeping "a" pays off.\n'
    )
    assert_twins(
        question_of("decoding--beam-a-cat"),
        text.format(best="a cat", p="0.4 × 0.9 = 0.36"),
        text.format(best="a dog", p="0.4 × 0.1 = 0.04"),
    )


def test_a_hypothesis_dropped_after_its_rank_is_said() -> None:
    """`(no thanks 0.15 is third → dropped)`: a rank said, then the drop, leaves it out of the beam."""
    text = (
        "Step 1: beam = {{yes: 0.5, no: 0.3}}\n"
        "Step 2: best two: {{yes </s>: 0.20 (finished), yes please: 0.175}}\n"
        "   (no thanks 0.15 is third → {fate})\n"
        "Step 3: yes please → </s>: 0.1575 (finished), now: 0.0175 (dropped).\n"
        "Length-normalised: ln(0.2)/2 = -0.8047, ln(0.1575)/3 = -0.6161\n"
        "Answer: yes please </s>, P = 0.1575\n"
    )
    question = question_of("decoding--beam-length-normalised")
    report = question.grade(text.format(fate="dropped").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    report = question.grade(text.format(fate="kept").encode(), "s.txt")  # type: ignore[attr-defined]
    assert "beam-width-wrong" in report.codes, report.codes


def test_a_names_digits_before_a_term_end_no_value() -> None:
    """`log2 Pr(y|x) = Σ_i log2 Pr(y_i | x, y_<i) = …`: the 2 of log2 before a term is the name's, so nothing is
    parted there (the blanks after a value part statements; the behaviour snapshot found this on blind76's
    running prose, read as no maths at all); the twin with a slip in one log is still charged."""
    text = (
        "log2 Pr(y|x) = Σ_i log2 Pr(y_i | x, y_<i) = log2 Pr(the|<s>) + log2 Pr(cat|<s>, the) + "
        "log2 Pr(sat|<s>, the, cat) + log2 Pr(</s>|<s>, the, cat, sat), and the four terms are "
        "log2 0.2360 = -2.0831, log2 0.0923 = {second}, log2 0.1279 = -2.9669 and log2 0.0170 = -5.8783, "
        "so the total is {total} bits.\n"
    )
    assert_twins(
        question_of("transformer-log-likelihood"),
        text.format(second="-3.4375", total="-14.3658"),
        text.format(second="-3.3475", total="-14.2758"),
    )


@pytest.mark.parametrize("value", ["0.001087", "0.01087"])
def test_a_coefficient_before_a_function_is_a_product(value: str) -> None:
    """`ln P = 2 ln(3/14) + 2 ln(2/13) = …`: the 2 before ln(2/13) is a coefficient, not a value a statement gives
    (found by the behaviour snapshot on blind90): right work keeps full marks, a slip in the last step is charged."""
    text = f"ln P = 2 ln(3/14) + 2 ln(2/13) = 2(−1.5404) + 2(−1.8718) = −6.8245, so P = e^−6.8245 ≈ {value}\n"
    report = question_of("sam-corpus-add-one").grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    right = value == "0.001087"
    assert (report.verdict == "correct" and report.codes == []) == right, report.codes


@pytest.mark.parametrize("label", ["Reason:", "Why:", "Begründung:", "Justificación:"])
def test_a_label_of_reasons_opens_a_remark_in_a_cost(label: str) -> None:
    """`Begründung: Der Teil mit d² wächst nur linear in n …`: the terms a sentence of reasons names say why the
    count grows so, they are not the count (blind-kinds76 cost--cached-flops/002, d² taken as the answer)."""
    text = (
        "Step i, per layer: 4d² + 8d² + i·d + i·d = 12d² + 2id\n"
        "Total = Σ_{{i=1}}^{{n}} L(12d² + 2id) = 12 L n d² + L d n(n+1)\n"
        "Growth: {growth}.\n"
        f"{label} the part with d² grows only linearly in n, since each position runs through the network once.\n"
    )
    assert_twins(
        question_of("cost--cached-flops"),
        text.format(growth="O(L n d² + L n² d)"),
        text.format(growth="O(L n² d²)"),
    )


def test_a_range_after_the_result_is_no_value() -> None:
    """ "… which is about 0.0000309. The tiny P(english|want) dominates — everything else is between 0.25 and 0.68."
    (blind92): the two ends of a range are no values stated, so the result told before them is the answer."""
    text = (
        "The sentence probability is the product of the five bigram probabilities: 0.25 times 0.33 times 0.0011 "
        "times 0.5 times 0.68, which is about {p}. The tiny P(english|want) dominates — everything else is "
        "between 0.25 and 0.68.\n"
    )
    assert_twins(question_of("bigram-english-food"), text.format(p="0.0000309"), text.format(p="0.0000454"))


def test_a_listing_of_the_values_used_after_the_result() -> None:
    """`(2/3)(2/3)(1/2)(1/2) = 0.1111` then `counts: <s> I 2/3, I am 2/3, am Sam 1/2, Sam </s> 1/2` (blind92): a
    line listing the per-token values in order lists what the work used; the result before it is the answer."""
    text = "(2/3)(2/3)(1/2)(1/2) = {p}\ncounts: <s> I 2/3, I am 2/3, am Sam 1/2, Sam </s> 1/2\n"
    assert_twins(question_of("sam-corpus"), text.format(p="0.1111"), text.format(p="0.2222"))


@pytest.mark.parametrize("kept", ["Fica", "Keep:", "Queda", "Bleibt", "Resta"])
def test_a_beam_of_one_kept_in_the_singular(kept: str) -> None:
    """`Passo 3: yes please </s> = 0.1575; yes please now = 0.0175.` / `Fica yes please </s> (terminou).`
    (blind-kinds79): a keep word in the singular, for a beam one wide, picks the step's beam from the line above."""
    text = (
        "Passo 1: yes 0.5, no 0.3, maybe 0.2 → feixe {{yes 0.5, no 0.3}}\n\n"
        "Passo 2:\n"
        "yes </s> 0.20 | yes please 0.175 | yes indeed 0.125 | no thanks 0.15 | no way 0.105 | no </s> 0.045\n"
        "Top 2: yes </s> (0.20, terminou → sai do feixe, largura vira 1) e yes please (0.175).\n\n"
        "Passo 3: yes please </s> = 0.175 × 0.9 = 0.1575; yes please now = 0.0175.\n"
        f"{kept} {{kept}} (terminou).\n\n"
        "Pontuação normalizada (log P / comprimento, contando </s>):\n"
        "yes </s>: ln 0.2 / 2 ≈ -0.805\nyes please </s>: ln 0.1575 / 3 ≈ -0.616  ← melhor\n\n"
        'Resposta final: "yes please </s>", probabilidade 0.1575.\n'
    )
    question = question_of("decoding--beam-length-normalised")
    report = question.grade(text.format(kept="yes please </s>").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    report = question.grade(text.format(kept="yes please now").encode(), "s.txt")  # type: ignore[attr-defined]
    assert report.score < report.max_score, report.codes


def test_a_keep_word_in_another_clause_keeps_nothing() -> None:
    """ "Beam search keeps a couple of trails alive, so a path that starts a bit worse ("a", 0.4) can still win"
    (blind-kinds79): the keep word is in another clause than the hypothesis; the beam is read from the steps."""
    text = (
        'Intuition: beam search keeps a couple of trails alive, so a path that starts a bit worse ("a", 0.4) can '
        "still win.\n\n"
        "Step 1: the 0.5, a 0.4, one 0.1 → dropped\nBeam: {{the: 0.5, a: 0.4}}\n\n"
        "Step 2: the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04\n"
        'Keep top 2: {{{kept}}}\n\nFinal answer: beam search returns "a cat" with probability 0.36.\n'
    )
    question = question_of("decoding--beam-a-cat")
    report = question.grade(text.format(kept="a cat: 0.36, the dog: 0.20").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    report = question.grade(text.format(kept="a cat: 0.36, the cat: 0.175").encode(), "s.txt")  # type: ignore[attr-defined]
    assert report.score < report.max_score, report.codes


@pytest.mark.parametrize(("second", "total"), [("2", "6.3219"), ("3", "7.3219")])
def test_a_bare_log_after_an_arrow_of_a_fraction(second: str, total: str) -> None:
    """`P(the|<s>)=1/2 -> -log2 = 1` (blind91): the log named after the arrow is of the fraction the statement gave,
    a step of its own (it was a line that could not be read); a wrong one is told."""
    text = (
        "P(the|<s>)=1/2 -> -log2 = 1\n"
        f"P(cat|the)=1/4 -> -log2 = {second}\n"
        "P(sat|cat)=1/5 -> -log2 = 2.3219\n"
        "P(</s>|sat)=1/2 -> -log2 = 1\n"
        f"NLL = 1 + {second} + 2.3219 + 1 = {total}\n"
    )
    report = question_of("cat-nll-bits").grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    if second == "2":
        assert (report.verdict, report.codes) == ("correct", []), report.codes
    else:
        assert ("arithmetic-error", 2) in [(d.code, d.span.line) for d in report.diagnostics], report.codes


def test_numbered_steps_run_together_on_one_line() -> None:
    """`1) -log2 P(the|<s>) = -log2 0.5 = 1 2) -log2 P(cat|the) = … 5) NLL = … = 6.322 bits` (blind92, a form
    that strips line breaks): the next step's number after a value parts the steps and is no maths."""
    text = (
        "1) -log2 P(the|<s>) = -log2 0.5 = 1 2) -log2 P(cat|the) = -log2 0.25 = 2 3) -log2 P(sat|cat) = "
        "-log2 0.2 = 2.322 4) -log2 P(</s>|sat) = 1 5) NLL = 1+2+2.322+1 = {nll} bits\n"
    )
    question = question_of("cat-nll-bits")
    report = question.grade(text.format(nll="6.322").encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    report = question.grade(text.format(nll="7.322").encode(), "s.txt")  # type: ignore[attr-defined]
    assert "arithmetic-error" in report.codes, report.codes


@pytest.mark.parametrize(("p1", "p2"), [("0.3012", "0.7408"), ("0.3012", "0.8408")])
def test_a_bare_p_after_an_arrow_is_the_term_whose_log_came_before(p1: str, p2: str) -> None:
    """`ln Pr(deep | x) = -1.2  → Pr = e^{-1.2} = 0.3012` (blind91): the bare Pr is Pr(deep | x), not the whole
    sequence's probability (it was sent for review as a missing factor); a wrong exponential is told."""
    text = (
        f"ln Pr(deep | x) = -1.2          → Pr = e^{{-1.2}} = {p1}\n"
        f"ln Pr(blue | x, deep) = -0.3    → Pr = e^{{-0.3}} = {p2}\n"
        "ln Pr(y|x) = -1.2 + (-0.3) = -1.5, PPL = exp(1.5/2) = exp(0.75) = 2.117\n"
    )
    report = question_of("logprobs-inline-perplexity").grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    if p2 == "0.7408":
        assert (report.verdict, report.codes) == ("correct", []), report.codes
    else:
        assert [d.span.line for d in report.diagnostics if d.code != "final-answer-wrong"] == [2], (
            report.codes
        )


@pytest.mark.parametrize(
    ("problem", "text", "slip"),
    [
        (
            "compare--deep-vs-reinforcement",
            "A: -0.7 + -0.4 = -1.1.  B: -1.6 + -0.2 = {b}.\nSo A is more likely.\n",
            "-1.4",
        ),
        (
            "compare--per-token",
            "mean log-prob A = (-0.7-0.4)/2 = -0.55, B = (-1.0-0.3-0.1)/3 = {b}.\nPer token, B is more confident.\n",
            "-0.2",
        ),
        (
            "compare--deep-vs-reinforcement",
            "log P(y|x) = sum of token logs. A => -0.7 + (-0.4) = -1.1, B => -1.6 + (-0.2) = {b}.\nA is more likely.\n",
            "-1.4",
        ),
    ],
)
def test_both_candidates_worked_on_one_line(problem: str, text: str, slip: str) -> None:
    """`A: … = -1.1.  B: … = -1.8.` or `mean log-prob A = …, B = …`: each candidate's piece of the line is its work
    (a full stop parts them as a comma does; a piece opened by a word or two and the name, then a relation, is the
    name's), not a line no candidate owns, sent for review; a slip in one piece is charged."""
    question = question_of(problem)
    right = text.format(b="-1.8" if "per-token" not in problem else "-0.467")
    report = question.grade(right.encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    report = question.grade(text.format(b=slip).encode(), "s.txt")  # type: ignore[attr-defined]
    assert report.score < report.max_score, report.codes


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            "decoding--greedy-is-best",
            "Greedy: the (0.6) -> cat (0.7) = {p}. Others: the dog .18, a cat .20, a dog .20. Yes.\n",
        ),
        (
            "decoding--greedy-sam-bigram",
            '<s> -> I (2/3) -> am (2/3) -> </s> (1/2, tie-break). Sequence "I am", P = {p}.\n',
        ),
    ],
)
def test_the_sequences_probability_on_its_own_line(problem: str, text: str) -> None:
    """`Greedy: the (0.6) -> cat (0.7) = 0.42.`: the model's probability of the sequence, written on the line that
    gives it, is its probability (it was sent for review as written but not tied to it); a wrong one is not."""
    question = question_of(problem)
    right = "0.42" if "is-best" in problem else "2/3 * 2/3 * 1/2 = 2/9"
    report = question.grade(text.format(p=right).encode(), "s.txt")  # type: ignore[attr-defined]
    assert (report.verdict, report.codes) == ("correct", []), report.codes
    wrong = "0.24" if "is-best" in problem else "2/3 * 2/3 * 1/2 = 1/3"
    report = question.grade(text.format(p=wrong).encode(), "s.txt")  # type: ignore[attr-defined]
    assert report.score < report.max_score, report.codes


@pytest.mark.parametrize(("op", "right"), [("Σ", True), ("Π", False)])
def test_a_greek_capital_pi_before_a_term_is_the_product(op: str, right: bool) -> None:
    """`log Pr(y|x) = Π log Pr(y_i|x,y_<i)` (blind93): Π before a probability or its log is the product over the
    positions, as ∏ is (it was a name, the line unread, the mistake charged lines later); Σ there is right."""
    text = (
        "Pr(y|x) = Π Pr(y_i|x,y_<i)\n"
        f"log Pr(y|x) = {op} log Pr(y_i|x,y_<i)\n"
        "= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231 = -0.2748\n"
    )
    report = question_of("logprobs-capital").grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    if right:
        assert (report.verdict, report.codes) == ("correct", []), report.codes
    else:
        assert ("multiplied-log-probs", 2) in [(d.code, d.span.line) for d in report.diagnostics], (
            report.codes
        )


@pytest.mark.parametrize(("mean_b", "pick"), [("≈ -0.467", "B"), ("≈ -0.467", "A"), ("≈ -0.767", "B")])
def test_a_tables_columns_and_a_choice_after_a_semicolon(mean_b: str, pick: str) -> None:
    """`| B | 3 | -1.4 | ≈ -0.467 | …` then `Final answer: mean log-prob A = -0.55, B ≈ -0.467; per token the model
    is more confident in B` (blind-kinds80): a cell opening with ≈ beside a number it cannot equal is its own
    column's value, not a step from the cell before; the choice is read in the clause after the semicolon. A
    wrong mean or a wrong pick is charged."""
    text = (
        "- A: log Pr(y|x) = -0.7 + (-0.4) = -1.1\n- B: log Pr(y|x) = -1.0 + (-0.3) + (-0.1) = -1.4\n\n"
        "| Response | tokens | total log P | mean log P |\n|---|---|---|---|\n"
        "| A | 2 | -1.1 | -0.55 |\n"
        f"| B | 3 | -1.4 | {mean_b} |\n\n"
        f"**Final answer: mean log-prob A = -0.55, B {mean_b}; per token the model is more confident in {pick}.**\n"
    )
    report = question_of("compare--per-token").grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    if (mean_b, pick) == ("≈ -0.467", "B"):
        assert (report.verdict, report.codes) == ("correct", []), report.codes
    else:
        assert report.score < report.max_score, report.codes


@pytest.mark.parametrize(("paris", "sep"), [("-0.002", ", "), ("-0.0002", ", "), ("-0.0002", "; ")])
def test_a_line_of_tokens_with_their_values(paris: str, sep: str) -> None:
    """`The -0.0353, capital -0.0099, …, Paris -0.0002, . -0.2231` (blind93): pairs of each of y's tokens in order
    with its value list the per-token values; the one misread is charged there (it was charged at the end as a
    missing term), and a right list costs nothing."""
    values = [
        "The -0.0353",
        "capital -0.0099",
        "of -0.0011",
        "France -0.0013",
        "is -0.0021",
        f"Paris {paris}",
    ]
    total = "-0.2748" if paris == "-0.002" else "-0.273"
    text = f"log Pr(y|x) = sum of token logprobs\n{sep.join([*values, '. -0.2231'])}\nlog Pr(y|x) = {total}\n"
    report = question_of("logprobs-capital").grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    if paris == "-0.002":
        assert (report.verdict, report.codes) == ("correct", []), report.codes
    else:
        assert ("wrong-value", 2) in [(d.code, d.span.line) for d in report.diagnostics], report.codes
