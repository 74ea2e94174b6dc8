"""Classes of misreading found by blind94, blind95 and blind-kinds81 (2026-12-03) and by the parse-error tail of
right work across the corpus, each pinned by twins."""

from __future__ import annotations

import pytest

from tests.conftest import question_of

INTERPOLATED = "P = 37/68 · 36/68 · 55/136 · 57/136 ≈ 0.048825\n"


def _codes(problem: str, text: str) -> tuple[str, list[tuple[str, int]], bool]:
    report = question_of(problem).grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    return report.verdict, [(d.code, d.span.line) for d in report.diagnostics], report.needs_review


def _judged(problem: str, text: str, right: bool, first: tuple[str, int] | None = None) -> None:
    """Right work: full marks and nothing said; its wrong twin: not full marks, charged first with `first`."""
    verdict, codes, _ = _codes(problem, text)
    if right:
        assert (verdict, codes) == ("correct", []), codes
    else:
        assert verdict == "incorrect", codes
        assert first is None or codes[0][:2] == first, codes


@pytest.mark.parametrize(
    "frame",
    [
        "(counts used: {l})",
        "[{l}]",
        "({l})",
        "(počty: {l})",
    ],
)
def test_a_line_framed_in_brackets_is_read_inside(frame: str) -> None:
    """`(counts used: C(<s> I)=2, C(<s>)=3, …)`: a whole line in brackets that is no bracketed expression is an
    aside, its statements read and checked (it was a line that could not be read, sent for review); a miscount
    in it is charged."""
    right = "C(<s> I)=2, C(<s>)=3; C(I am)=2, C(I)=3; unigram C(I)=3, C(am)=2; N=17"
    verdict, codes, review = _codes("sam-corpus-interpolation", frame.format(l=right) + "\n" + INTERPOLATED)
    assert (verdict, codes, review) == ("correct", [], False)
    wrong = right.replace("C(<s>)=3", "C(<s>)=4")
    verdict, codes, _ = _codes("sam-corpus-interpolation", frame.format(l=wrong) + "\n" + INTERPOLATED)
    assert ("wrong-value", 1) in codes, codes


@pytest.mark.parametrize(
    ("glued", "right"), [("C(<s>I)=2", True), ("C(<s>I)=3", False), ("C(Sam</s>)=1", True)]
)
def test_a_boundary_mark_glued_to_a_word_is_a_token_of_its_own(glued: str, right: bool) -> None:
    """`C(<s>I)`: <s> and </s> are tokens of their own, spaced or not (it was an unknown word '<s>I')."""
    verdict, codes, _ = _codes("sam-corpus-interpolation", f"{glued}, C(<s>)=3\n{INTERPOLATED}")
    if right:
        assert (verdict, codes) == ("correct", [])
    else:
        assert ("wrong-value", 1) in codes, codes


def test_a_count_set_to_its_ratio_is_the_ratio_in_shorthand() -> None:
    """`C(<s> I)=2/3`: no count is 2/3; it is C(<s> I)/C(<s>), the bigram's probability, written short: a warning
    (a person looks), not a miscount; a ratio that is not the probability is still charged."""
    text = "p = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≈ 0.1111\n(counts: C(<s> I)={r}, C(I am)=2/3, C(am Sam)=1/2)\n"
    verdict, codes, review = _codes("sam-corpus", text.format(r="2/3"))
    assert (verdict, review) == ("correct", True), codes
    assert {c for c, _ in codes} == {"step-unconfirmed"}, codes
    verdict, codes, _ = _codes("sam-corpus", text.format(r="3/4"))
    assert ("wrong-value", 2) in codes, codes


def test_values_in_brackets_after_a_result_named_by_the_student_are_no_later_result() -> None:
    """`p = 2/3 · … = 1/9 ≈ 0.1111` then `(C(<s> I)/C(<s>)=2/3, …, C(Sam </s>)/C(Sam)=1/2)` (blind65): the bracket
    lists the values used, an aside; the answer is p's value, not the aside's last ratio."""
    text = (
        "p = 2/3 · 2/3 · 1/2 · 1/2 = {p}\n"
        "(C(<s> I)/C(<s>)=2/3, C(I am)/C(I)=2/3, C(am Sam)/C(am)=1/2, C(Sam </s>)/C(Sam)=1/2)\n"
    )
    assert _codes("sam-corpus", text.format(p="1/9 ≈ 0.1111"))[:2] == ("correct", [])
    verdict, codes, _ = _codes("sam-corpus", text.format(p="1/6 ≈ 0.1667"))
    assert verdict == "incorrect" and ("final-answer-wrong", 1) in codes, codes


@pytest.mark.parametrize(
    ("label", "readable"), [("tokens 1-6", True), ("tokens 1–6", True), ("steps 2..7", True)]
)
def test_a_label_naming_a_range_of_tokens(label: str, readable: bool) -> None:
    """`- tokens 1-6: -0.0353 - … = -0.0517` (blind95): a range after a word is the label's index, words, not
    maths (the line could not be read); a slip in its sum is charged."""
    text = (
        f"- {label}: -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 = {{s}}\n"
        "- token 7: -0.2231\n- total: {s} - 0.2231 = {t}\n"
    )
    assert _codes("logprobs-capital", text.format(s="-0.0517", t="-0.2748"))[:2] == ("correct", [])
    verdict, codes, _ = _codes("logprobs-capital", text.format(s="-0.0617", t="-0.2848"))
    assert ("arithmetic-error", 1) in codes, codes


ROWS = "Chain rule: log2 Pr(y|x) = sum of the four log2 probabilities\n{rows}\nSum = {total} bits\n"


@pytest.mark.parametrize(
    ("fourth", "total", "charged"),
    [
        ("0.0170  = -5.8783", "-14.366", None),
        ("0.170  = -2.5564", "-11.04", 5),
        ("0.0107 = -6.5462", "-15.03", 5),
    ],
)
def test_rows_of_one_form_list_the_tokens_values(fourth: str, total: str, charged: int | None) -> None:
    """`log2 0.2360 = -2.0831` … `log2 0.170 = -2.5564` (blind95): rows of one form, one a token in order, list
    the per-token values; the one misread is charged on its row (it was a wrong final with no cause named)."""
    rows = "\n".join(
        ["log2 0.2360 = -2.0831", "log2 0.0923 = -3.4375", "log2 0.1279 = -2.9669", f"log2 {fourth}"]
    )
    verdict, codes, _ = _codes("transformer-log-likelihood", ROWS.format(rows=rows, total=total))
    if charged is None:
        assert (verdict, codes) == ("correct", [])
    else:
        assert ("wrong-value", charged) in codes, codes


def test_rows_that_leave_a_token_out_are_no_misread() -> None:
    """Three rows of one form and the sum under them (the fourth token left out) list no misread value: the
    form of the sum's row differs, so nothing is charged as misread on it (the missing term is)."""
    rows = "log2 0.2360 = -2.0831\nlog2 0.0923 = -3.4375\nlog2 0.1279 = -2.9669"
    verdict, codes, _ = _codes("transformer-log-likelihood", ROWS.format(rows=rows, total="-8.4875"))
    assert verdict == "incorrect" and not any(c == "wrong-value" for c, _ in codes), codes


def test_mathematica_numeric_value_is_a_call() -> None:
    """`N[Exp[-1.1]]` = 0.332871 (blind66): Mathematica's numeric value of its argument, not N times a bracket
    (it was charged as a perplexity not divided by N)."""
    text = "log Pr(y | x) = (−0.7) + (−0.4) = −1.1\n(equivalently Pr(y | x) = e^(−1.1) ≈ 0.333, `N[Exp[-1.1]]` = {v}.)\n"
    assert _codes("deep-learning", text.format(v="0.332871"))[:2] == ("correct", [])
    verdict, codes, _ = _codes("deep-learning", text.format(v="0.632871"))
    assert any(line == 2 for _, line in codes), codes


@pytest.mark.parametrize("tail", ["-0.0353 ->", "-0.0353 =", "-0.0353 →"])
def test_work_that_stops_at_an_arrow_is_sent_for_review(tail: str) -> None:
    """`-0.0353 ->` and nothing after it (blind95): the work stops mid-step; its last number is no answer the
    student gave, so a person looks (final-unread, or the line not read at all), beside the value judged."""
    verdict, codes, review = _codes("logprobs-capital", f"logprobs = how sure the model is\n{tail}\n")
    assert review and {c for c, line in codes if line == 2} & {"final-unread", "parse-error"}, codes


def test_a_yes_and_a_remark_in_brackets_about_the_general_case() -> None:
    """`Is it the best? Yes.` … `greedy happens to be optimal (it isn't guaranteed in general).` (blind-kinds81):
    the bracket is a remark beside the line's point, not the answer's no; a "no" is still charged."""
    text = (
        'Greedy: the (0.6), then cat (0.7): "the cat" with P = 0.6·0.7 = 0.42.\n\n'
        "Is it the best? {said}\n"
        'Every sequence starting with "a" has at most 0.4 · 0.5 = 0.20 and "the dog" has 0.6·0.3 = 0.18, so "the '
        "cat\" is the most probable, here greedy happens to be optimal (it isn't guaranteed in general).\n"
    )
    assert _codes("decoding--greedy-is-best", text.format(said="Yes."))[:2] == ("correct", [])
    verdict, codes, _ = _codes("decoding--greedy-is-best", text.format(said="No."))
    assert verdict == "incorrect", codes


@pytest.mark.parametrize(("gap", "right"), [("2.0", True), ("1.2", False)])
def test_a_window_heading_with_a_note_in_brackets(gap: str, right: bool) -> None:
    """`(b) Window model (k = 1 → only the last token before each prediction):` (blind-kinds81): the bracket
    notes what the heading names; its words do not make the heading too long to be one (the part was missing)."""
    text = (
        "(a) Full model:\n  log P(y|x) = -0.7 + -0.4 = -1.1\n\n"
        "(b) Window model (k = 1 → only the last token before each prediction):\n"
        "  log P(deep | ML) = -2.2, log P(learning | deep) = -0.9\n  log P_1(y|x) = -2.2 + -0.9 = -3.1\n\n"
        f"(c) Gap: log P_full - log P_1 = -1.1 - (-3.1) = {gap}\n\n"
        "(d) Cheaper: the window model, it reads 1 token instead of the whole history.\n"
    )
    verdict, codes, _ = _codes("window--deep-learning-window", text)
    if right:
        assert (verdict, codes) == ("correct", [])
    else:
        assert verdict == "incorrect" and "window-part-missing" not in {c for c, _ in codes}, codes


@pytest.mark.parametrize(("n", "codes"), [("17", []), ("20", [("bos-counted", 2)])])
def test_a_japanese_middle_dot_is_a_product(n: str, codes: list[tuple[str, int]]) -> None:
    """`P(I|<s>) ＝ 3/4・2/3 ＋ 1/4・3/20` (blind94): the middle dot of Japanese input (・) beside numbers is the
    product's dot (the lines could not be read, and a wrong N was taken for a rounding); `N ＝ 20（<s> を含めた全
    トークン）` states N with its remark in brackets, and the wrong N is charged there."""
    p = {"17": ("0.5441", "0.5294", "0.4044", "0.4191"), "20": ("0.5375", "0.525", "0.4", "0.4125")}[n]
    final = {"17": "0.0488", "20": "0.0466"}[n]
    text = (
        f"解答：\nN ＝ {n}（<s> を含めた全トークン）\n"
        f"P(I|<s>) ＝ 3/4・2/3 ＋ 1/4・3/{n} ＝ {p[0]}\n"
        f"P(am|I) ＝ 3/4・2/3 ＋ 1/4・2/{n} ＝ {p[1]}\n"
        f"P(Sam|am) ＝ 3/4・1/2 ＋ 1/4・2/{n} ＝ {p[2]}\n"
        f"P(</s>|Sam) ＝ 3/4・1/2 ＋ 1/4・3/{n} ＝ {p[3]}\n"
        f"答え：{final}\n"
    )
    verdict, found, _ = _codes("sam-corpus-interpolation", text)
    if not codes:
        assert (verdict, found) == ("correct", [])
    else:
        assert found[0] == codes[0], found


@pytest.mark.parametrize(("paris", "total"), [("0.002", "-0.2748"), ("0.02", "-0.2928")])
def test_a_sum_of_the_tokens_values_lists_them(paris: str, total: str) -> None:
    """`= -0.0353 - 0.0099 - … - 0.02 - 0.2231` (blind94): a sum of as many numbers as y has tokens, all but one
    its values in order, lists them; the one misread is charged where it is written (it was called a rounding
    along the way, at the answer)."""
    text = (
        "log Pr(y|x) = sum over the 7 tokens of log Pr(y_i | x, y_<i)\n"
        f"= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - {paris} - 0.2231\n= {total}\nAnswer: {total}\n"
    )
    verdict, codes, _ = _codes("logprobs-capital", text)
    if paris == "0.002":
        assert (verdict, codes) == ("correct", [])
    else:
        assert codes[0][:2] == ("wrong-value", 2) and "premature-rounding" not in {c for c, _ in codes}, codes


@pytest.mark.parametrize("label", ["y{k}:", "y{k} = {t}:", "y_{k} ({t}):"])
def test_a_row_labelled_by_a_position_of_y(label: str) -> None:
    """`y1 = deep: ln p = -0.9` (blind95): a label naming a position of y (and its token) opens the row, whose p
    is that position's probability (the lines could not be read, and the alternative's value taken for token 1
    was called a missing term); the value of another token is charged on its row."""
    rows = [label.format(k=1, t="deep"), label.format(k=2, t="blue")]
    text = "{0} ln p = {1}\n{2} ln p = -0.3\nPPL = exp(-(1/2)({1} - 0.3)) = {3}\n"
    right = text.format(rows[0], "-1.2", rows[1], "exp(0.75) = 2.117")
    assert _codes("logprobs-inline-perplexity", right)[:2] == ("correct", [])
    wrong = text.format(rows[0], "-0.9", rows[1], "exp(0.6) = 1.822")
    verdict, codes, _ = _codes("logprobs-inline-perplexity", wrong)
    assert codes[0][1] == 1 and "missing-term" not in {c for c, _ in codes}, codes


@pytest.mark.parametrize(("total", "right"), [("-1.1", True), ("-1.3", False)])
def test_steps_numbered_under_a_part(total: str, right: bool) -> None:
    """`2.1 log Pr(y | x) = …`, `2.2 = -0.7 + (-0.4)`, `2.3 = -1.1` (blind-kinds20): a part's steps numbered
    2.1, 2.2, … label the lines; they are no factors 2.1, 2.2 (the steps were unconfirmed, a person looked); a
    slip under such numbers is still charged as arithmetic."""
    text = (
        "2.1 log Pr(y | x) = log Pr(y_1 = deep | x) + log Pr(y_2 = learning | x, y_1 = deep)\n"
        f"2.2              = -0.7 + (-0.4)\n2.3              = {total}\n"
    )
    _judged("deep-learning", text, right, ("arithmetic-error", 3))


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("-log2(1/2) = 1\n-log2(1/4) = 2\n-log2(1/5) = log2 5 = 2.5\n-log2(1/2) = 1\nNLL = 1 + 2 + 2.5 + 1 = 6.5 bits\n",
         ("arithmetic-error", 3)),
        ("ln P = ln .25 + ln .33 + ln .0011 + ln .5 + ln .68\n     = 1.386 - 1.109 - 6.812 - 0.693 - 0.386\n"
         "     = -7.614\nP = e^-7.614 = 4.935e-4\n", ("sign-error", 2)),
    ],
)  # fmt: skip
def test_a_value_of_the_students_own_in_a_sum_is_no_misread(text: str, cause: tuple[str, int]) -> None:
    """A sum of the per-token values holding one the student worked out wrongly before (`log2 5 = 2.5`, then
    `1 + 2 + 2.5 + 1`) or with its sign turned in a step: the slip is charged where it is made, and the sum
    is not said to misread a value from the problem."""
    problem = "cat-nll-bits" if "log2" in text else "bigram-english-food"
    verdict, codes, _ = _codes(problem, text)
    assert verdict == "incorrect" and codes[0] == cause and "wrong-value" not in {c for c, _ in codes}, codes


@pytest.mark.parametrize(("back", "right"), [("2^-3.16993 = 0.11111", True), ("e^-3.16993 = 0.04201", False)])
def test_an_unmarked_log_written_out_in_one_base(back: str, right: bool) -> None:
    """`log P = log2(2/3) + log2(2/3) + …` (blind96): the unmarked log on the left is the base its logs are
    written out in, not the problem's natural log (it was a log-base mismatch on right work); exponentiating
    with the wrong base is still charged."""
    text = (
        "log P = log2(2/3) + log2(2/3) + log2(1/2) + log2(1/2)\n     = -0.58496 - 0.58496 - 1 - 1\n"
        f"     = -3.16993 bits\nP = {back}\n"
    )
    _judged("sam-corpus", text, right)


@pytest.mark.parametrize(("said", "right"), [("B", False), ("A", True)])
def test_an_answer_label_before_values_and_a_comparative(said: str, right: bool) -> None:
    """`Answer: log Pr(A|x) = -1.1, log Pr(B|x) = -1.8. The model considers B … more likely.` (blind-kinds82):
    the comparative picks, not the first name after the label (B was read as A and a wrong pick got full
    marks); `Answer: A` alone still picks A."""
    text = (
        "Step 1: A: -0.7 + (-0.4) = -1.1\nStep 2: B: -1.6 + (-0.2) = -1.8\n\n"
        f"Answer: log Pr(A|x) = -1.1, log Pr(B|x) = -1.8. The model considers {said} more likely.\n"
    )
    verdict, codes, _ = _codes("compare--deep-vs-reinforcement", text)
    assert (verdict == "correct") == right, codes


@pytest.mark.parametrize(("second", "right"), [("cat", True), ("dog", False)])
def test_greedy_picks_spell_the_output_compared_later(second: str, right: bool) -> None:
    """`Greedy: first token "the" (0.6), then "cat" (0.7)` then `Compare: the dog 0.18, a cat 0.20, …`
    (blind-kinds82): the picks spell greedy's output, the cat; the first later sequence that begins with
    "the" is one compared with it (it was taken for greedy's, a wrong pick)."""
    p = {"cat": ("0.7", "0.42"), "dog": ("0.3", "0.18")}[second]
    text = (
        f'Greedy search: first token "the" (0.6), then "{second}" ({p[0]}). P = {p[1]}.\n\n'
        'Compare: the dog 0.18, a cat 0.20, a dog 0.20. Every sequence starting with "a" has at most 0.4.\n\n'
        f'Answer: yes, greedy output "the {second}" (P = {p[1]}) is the most probable sequence.\n'
    )
    verdict, codes, _ = _codes("decoding--greedy-is-best", text)
    assert (verdict == "correct") == right, codes


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            "decoding--beam-length-normalised",
            "t=1: {{yes .5, no .3}}\n"
            "t=2: best two of {{yes</s> .2, yes please .175, no thanks .15, yes indeed .125, no way .105, no</s> .045}}\n"
            "     = {kept}\n"
            "t=3: {{yes please </s> .1575 (done), yes please now .0175}} -> keep yes please </s>; beam empty.\n"
            "Length-normalised: yes </s> -> log(.2)/2 = -0.80, yes please </s> -> log(.1575)/3 = -0.62\n"
            '=> returns "yes please </s>", P = 0.1575\n',
        ),
        (
            "decoding--beam-a-cat",
            "| step | kept hypotheses (cumulative P) |\n|---|---|\n| 1 | the: 0.5 ; a: 0.4 |\n| 2 | {kept} |\n\n"
            'step 2 candidates: the dog .20, the cat .175, the car .125, a cat .36, a dog .04 ("one" dropped)\n'
            "Best finished = a cat, P = 0.4 × 0.9 = 0.36.\n",
        ),
    ],
)
def test_a_beam_pool_in_braces_and_the_best_finished(problem: str, text: str) -> None:
    """`best two of {yes</s> .2, …}` names the pool a step picks from (its </s> is a token, not a word), and
    `Best finished = a cat, P = 0.36` states the result, no one-hypothesis beam (blind-kinds82: beams said
    too wide and too narrow); the wrong two kept is still charged."""
    right = (
        "yes</s> .2 (done, beam -> 1) and yes please .175"
        if "normalised" in problem
        else "a cat: 0.36 ; the dog: 0.20"
    )
    wrong = "yes</s> .2 and no thanks .15" if "normalised" in problem else "a cat: 0.36 ; the cat: 0.175"
    assert _codes(problem, text.format(kept=right))[:2] == ("correct", [])
    verdict, codes, _ = _codes(problem, text.format(kept=wrong))
    assert verdict == "incorrect", codes


@pytest.mark.parametrize(("last", "right"), [("-0.2748", True), ("-0.2648", False)])
def test_a_running_sum_table(last: str, right: bool) -> None:
    """`| 7 | . | -0.2231 | -0.2648 |` under `| i | token | logprob | running sum |` (blind96): a table whose last
    column adds each row's value to the total above is read as the additions it keeps, so a slip in a total is
    shown on its row (it was called a missing term 2, whose value happened to match at four decimals)."""
    rows = [("The", "-0.0353", "-0.0353"), ("capital", "-0.0099", "-0.0452"), ("of", "-0.0011", "-0.0463"),
            ("France", "-0.0013", "-0.0476"), ("is", "-0.0021", "-0.0497"), ("Paris", "-0.002", "-0.0517"),
            (".", "-0.2231", last)]  # fmt: skip
    table = "".join(f"| {i} | {t} | {v} | {s} |\n" for i, (t, v, s) in enumerate(rows, 1))
    text = f"| i | token | logprob | running sum |\n|---|---|---|---|\n{table}\nlog Pr(y|x) = {last}\n"
    verdict, codes, _ = _codes("logprobs-capital", text)
    if right:
        assert (verdict, codes) == ("correct", [])
    else:
        assert codes[0][:2] == ("arithmetic-error", 9) and "missing-term" not in {c for c, _ in codes}, codes


@pytest.mark.parametrize(
    ("factors", "rounding"),
    [("0.54 × 0.53 × 0.40 × 0.42 = 0.0481", True), ("0.5375 × 0.525 × 0.4 × 0.4125 = 0.046561", False)],
)
def test_a_rounding_is_named_only_where_roundings_account_for_it(factors: str, rounding: bool) -> None:
    """`P = 0.5375 × 0.525 × 0.4 × 0.4125 = 0.046561` (blind96, N = 20 in the unigram term) is 4.6 % off and
    every step holds, but no number is a rounding of a factor's value: the error is told as a wrong answer, not
    as rounding along the way (it was, as is any answer within 10 % whose arithmetic holds); factors rounded to
    two decimals still are."""
    verdict, codes, _ = _codes("sam-corpus-interpolation", f"P = {factors}\n")
    assert verdict == "incorrect"
    assert ("premature-rounding" in {c for c, _ in codes}) == rounding, codes


@pytest.mark.parametrize(
    ("text", "rounding"),
    [
        ("3/14 and 3/14 and 2/13 and 2/13\n-> 0.21, 0.21, 0.15, 0.15\n.21*.21*.15*.15 -> 9.9225E-4\nanswer 9.9225E-4\n", True),
        ("3/14 and 3/14 and 2/13 and 2/13\n-> 0.21, 0.21, 0.15, 0.15\n.21*.21*.15*.15 -> 9.7225E-4\nanswer 9.7225E-4\n", False),
    ],
)  # fmt: skip
def test_a_rounding_named_where_the_rounded_values_give_the_answer(text: str, rounding: bool) -> None:
    """`-> 0.21, 0.21, 0.15, 0.15` then `9.9225E-4` (blind17): the model's values rounded to two decimals give
    the student's answer, which shows the rounding, though no step records it; a value they do not give is
    only wrong."""
    verdict, codes, _ = _codes("sam-corpus-add-one", text)
    assert verdict == "incorrect"
    assert ("premature-rounding" in {c for c, _ in codes}) == rounding, codes


@pytest.mark.parametrize(("second", "right"), [("cat", True), ("dog", False)])
def test_quoted_picks_and_sequences_in_a_remark_after_greedy(second: str, right: bool) -> None:
    """`greedy picks "the" then "cat" → p = 0.42` … `greedy finds the best sequence this time (a cat = a dog = 0.2
    both lose)` (blind-kinds83): a quoted "the" is a pick, not an article, and the sequences in the bracket are
    ones greedy's beats, not greedy's own (a cat was taken for greedy's output)."""
    p = {"cat": "0.42", "dog": "0.18"}[second]
    text = (
        f'greedy picks "the" then "{second}" → p = {p}\n\n'
        'anything starting with "a" is at most 0.4 × 0.5 = 0.2 < 0.42, and the dog is 0.6 × 0.3 = 0.18. so yes, '
        "greedy finds the best sequence this time (a cat = a dog = 0.2 both lose)\n"
    )
    verdict, codes, _ = _codes("decoding--greedy-is-best", text)
    assert (verdict == "correct") == right, codes


@pytest.mark.parametrize(("gap", "right"), [("1.32", True), ("1.52", False)])
def test_a_gap_stated_after_an_approximate_sign(gap: str, right: bool) -> None:
    """`Gap: -3.65 - (-4.97) ≈ 1.32 nats` (blind-kinds83): the value after ≈ is the part's result, as after =
    (the gap was read as -3.65, its first number)."""
    text = (
        "Full model: log P = -2.0526 - 1.5966 ≈ -3.65\nWindow model: log P = -1.5255 - 3.4463 ≈ -4.97\n"
        f"Gap: -3.65 - (-4.97) ≈ {gap} nats in favour of full\n"
        "Cheaper: the window model, attention per position is O(k) keys instead of all earlier positions\n"
    )
    verdict, codes, _ = _codes("window--transformer-window", text)
    assert (verdict == "correct") == right, codes


@pytest.mark.parametrize(("total", "ppl", "right"), [("-1.1", "1.7333", True), ("-1.3", "1.9155", False)])
def test_a_bare_latex_pr_under_a_sum(total: str, ppl: str, right: bool) -> None:
    """`$$\\sum_i \\ln\\Pr = -0.7 + (-0.4) = -1.1,\\qquad N=2$$` (blind96, blind97): a bare `\\Pr` is the bare
    Pr a sum runs over, as `Pr` is (the line could not be read)."""
    text = f"$$\\sum_i \\ln\\Pr = -0.7 + (-0.4) = {total},\\qquad N=2$$\nPPL = exp(-({total})/2) = {ppl}\n"
    verdict, codes, _ = _codes("deep-learning-perplexity", text)
    if right:
        assert (verdict, codes) == ("correct", [])
    else:
        assert verdict == "incorrect" and codes[0][:2] == ("arithmetic-error", 1), codes


@pytest.mark.parametrize(("total", "right"), [("-1.1", True), ("-1.3", False)])
def test_a_bare_sigma_between_two_members_says_which_is_the_sum(total: str, right: bool) -> None:
    """`log Pr(y|x) = Σ = -1.1` (blind94): a Σ alone between two members is a word ("which is the sum"), the
    chain read without it (it was an unknown symbol, sent for review); a wrong total is still charged."""
    text = f"| i | token | log Pr |\n|---|---|---|\n| 1 | deep | -0.7 |\n| 2 | learning | -0.4 |\n\nlog Pr(y|x) = Σ = {total}\n"
    _judged("deep-learning", text, right)


@pytest.mark.parametrize(
    ("z1", "charged"),
    [
        ("e^-1.198+e^.629+e^.520+e^.375+e^-.907+e^-1.092+e^-1.222+e^.108+e^-.719 = 7.9498", False),
        ("e^.629+e^.520+e^.375+e^-.907+e^-1.092+e^-1.222+e^.108+e^-.719 = 7.6480", True),
        ("0.3018+1.8757+1.6820+1.4550+0.4037+0.3355+0.2946+1.1140+0.4872 = 7.9495", False),
        ("1.8757+1.6820+1.4550+0.4037+0.3355+0.2946+1.1140+0.4872 = 7.6477", True),
    ],
)
def test_a_softmax_normaliser_that_leaves_out_a_token(z1: str, charged: bool) -> None:
    """`Z1 = e^.629 + … + e^-.719 = 7.6480` (blind93 to blind97, five sets): a sum of e^z over all but one or two
    of a row's tokens is the normaliser with a token left out (<s> most often); it is charged where it is written,
    naming the token (it was charged a line or more later, as the conditional it leads to)."""
    verdict, codes, _ = _codes("transformer-softmax", f"Z1 = {z1}\nPr(the|x) = 1.8757 / 7.9498 = 0.23595\n")
    assert (("wrong-value", 1) in codes) == charged, codes


@pytest.mark.parametrize(("total", "cause"), [("-9.958", "log-base-mismatch"), ("-9.758", None)])
def test_a_whole_mistake_worked_from_the_printed_values(total: str, cause: str | None) -> None:
    """`ln .2360 = -1.4439` … `sum = -9.958 bits` (blind97): natural logs of the printed probabilities give
    -9.9576, the exact ones -9.9607; the mistake's value is matched as the student could have worked it, from
    the numbers printed, so the wrong base is named (only the wrong answer was); a value no mistake gives is
    only wrong."""
    text = (
        "log Pr(y|x) = sum_i log Pr(y_i | x, y_<i)\nln .2360 = -1.4439\nln .0923 = -2.3827\nln .1279 = -2.0565\n"
        f"ln .0170 = -4.0745\nsum = {total} bits\n"
    )
    verdict, codes, _ = _codes("transformer-log-likelihood", text)
    assert verdict == "incorrect"
    named = {c for c, _ in codes} - {"final-answer-wrong", "arithmetic-error", "step-unconfirmed"}
    assert named == ({cause} if cause else set()), codes
