"""Classes of work the grader misread on blind17 (a summer school of high-school and community-college
students), each pinned by variants written for this test (not copied from the blind set) and a wrong twin
of each that must stay caught at the line of its slip. The cases run in tests/test_reading_classes.py
with the earlier rounds'.
"""

from __future__ import annotations

_CAT = "log2(1/2) = -1\nlog2(1/4) = -2\nlog2(1/5) = -2.32\nlog2(1/2) = -1\n"
_CAPITAL = "log Pr(y|x) = (-0.0353) + (-0.0099) + (-0.0011) + (-0.0013) + (-0.0021) + (-0.002) + (-0.2231)\n"
_INTERP = (
    "I|<s> -> 3/4 (2/3) + 1/4 (3/17) = 0.5 + 0.0441 = 0.5441\n"
    "am|I -> 3/4 (2/3) + 1/4 (2/17) = 0.5 + 0.0294 = 0.5294\n"
    "Sam|am -> 3/4 (1/2) + 1/4 (2/17) = 0.375 + 0.0294 = 0.4044\n"
    "</s>|Sam -> 3/4 (1/2) + 1/4 (3/17) = 0.375 + 0.0441 = 0.4191\n"
)

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # The final answer on a line the grader cannot read, after a wrong-looking value it did read
    # ("sum = … = -6.32", then "NLL = -(sum) = 6.32 bits"): the unread line's number is the answer.
    (
        "final-after-read-value",
        "cat-nll-bits",
        _CAT + "sum = -1 - 2 - 2.32 - 1 = -6.32\nNLL = -(sum) = 6.32 bits\n",
        (_CAT + "sum = -1 - 2 - 2.32 - 1 = -5.32\nNLL = -(sum) = 5.32 bits\n", 5),  # unread, so the slip read
    ),
    # A name given a negative rounded value carries its rounding ("S = … = -6.32", then "-S = 6.32").
    (
        "negative-name-rounding",
        "cat-nll-bits",
        _CAT + "S = -1 - 2 - 2.32 - 1 = -6.32\nNLL = -S = 6.32 bits\n",
        (_CAT + "S = -1 - 2 - 2.32 - 1 = -6.32\nNLL = -S = 7.32 bits\n", 6),
    ),
    # A running total with the operator said in a word, after a label in words.
    (
        "operator-in-words",
        "logprobs-capital",
        _CAPITAL + "first the small ones: 0.0099 + 0.0011 + 0.0013 + 0.0021 + 0.002 = 0.0164\n"
        "plus 0.0353 = 0.0517\nthen plus 0.2231 = 0.2748\nlog Pr(y|x) = -0.2748\n",
        (
            _CAPITAL + "first the small ones: 0.0099 + 0.0011 + 0.0013 + 0.0021 + 0.002 = 0.0164\n"
            "plus 0.0353 = 0.0517\nthen plus 0.2231 = 0.2848\nlog Pr(y|x) = -0.2848\n",
            4,
        ),
    ),
    # An ellipsis in a condition stands for the tokens it passes over (was dropped-conditioning).
    (
        "ellipsis-in-condition",
        "logprobs-capital",
        "log Pr(y|x) = log Pr(The|x) + log Pr(capital|x, The) + log Pr(of|x, The, capital)"
        " + log Pr(France|x, ..., of) + log Pr(is|x, The, ..., France) + log Pr(Paris|..., is)"
        " + log Pr(.|x, ..., Paris)\n= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231 = -0.2748\n",
        (
            "log Pr(y|x) = log Pr(The|x) + log Pr(capital|x, The) + log Pr(of|x, The, capital)"
            " + log Pr(France|x, ..., of) + log Pr(is|x, The, ..., France) + log Pr(Paris|..., is)"
            " + log Pr(.|x, ..., Paris)\n= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.02 - 0.2231 = -0.2928\n",
            2,
        ),
    ),
    # A sequence's token as the label of its count in a list ("</s> = 3") is a statement, not "= 3"
    # carrying on the one before it ("Sam = 2 = 3").
    (
        "token-row-label",
        "sam-corpus-interpolation",
        "unigram counts (N = 17): I = 3, am = 2, Sam = 2, </s> = 3\n"
        + _INTERP
        + "P = 0.5441 * 0.5294 * 0.4044 * 0.4191 = 0.0488\n",
        (
            "unigram counts (N = 17): I = 3, am = 2, Sam = 2, </s> = 3\n"
            + _INTERP
            + "P = 0.5441 * 0.5294 * 0.4044 * 0.4191 = 0.0588\n",
            6,
        ),
    ),
    # Words with a counting number, an arrow, an emoji and a bracketed remark around the answer.
    (
        "result-after-arrow",
        "sam-corpus-interpolation",
        _INTERP + "multiply all 4 => 0.0488 ✨ (about 4.9%)\n",
        (_INTERP + "multiply all 4 => 0.0588 ✨ (about 5.9%)\n", 5),
    ),
    # Two counts stated and set over each other, "C(<s> I)=2/C(<s>)=3": not the chain 2 = 2/3 = 3.
    (
        "ratio-of-statements",
        "sam-corpus",
        "C(<s> I)=2/C(<s>)=3, C(I am)=2/C(I)=3, C(am Sam)=1/C(am)=2, C(Sam </s>)=1/C(Sam)=2\n"
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n",
        (
            "C(<s> I)=2/C(<s>)=4, C(I am)=2/C(I)=3, C(am Sam)=1/C(am)=2, C(Sam </s>)=1/C(Sam)=2\n"
            "P = 2/4 * 2/3 * 1/2 * 1/2 = 1/12\n",
            1,
        ),
    ),
    # A one-letter name after words and an arrow ("… </s> -> V = 11") is read with its name, so a wrong
    # V is a wrong value on its own line (it was read as a bare 12 carrying on the words).
    (
        "letter-name-after-arrow",
        "sam-corpus-add-one",
        "types: I, am, Sam, do, not, like, green, eggs, and, ham, </s>  ->  V = 11\n"
        "P = (2+1)/(3+11) * (2+1)/(3+11) * (1+1)/(2+11) * (1+1)/(2+11) = 3/14 * 3/14 * 2/13 * 2/13 = 36/33124\n",
        (
            "types: <s>, I, am, Sam, do, not, like, green, eggs, and, ham, </s>  ->  V = 12\n"
            "P = (2+1)/(3+12) * (2+1)/(3+12) * (1+1)/(2+12) * (1+1)/(2+12) = 3/15 * 3/15 * 2/14 * 2/14 = 36/44100\n",
            1,
        ),
    ),
    # blind18 (an executive course, PDF and Outlook exports): a line wrapped inside a bracket or after
    # "+ ln" carries on below (an abandoned "= 2/" followed by a new statement does not: holdout5).
    (
        "plain-text-wrap",
        "logprobs-capital",
        "log Pr(y | x) = ln Pr(The|x) + ln Pr(capital|x,The) + ln Pr(of|x,The,capital) + ln\n"
        "Pr(France|x,…) + ln Pr(is|x,…) + ln Pr(Paris|x,…) + ln Pr(.|x,…)\n"
        "= (-0.0353) + (-0.0099) + (-0.0011) + (-0.0013) + (-\n0.0021) + (-0.002) + (-0.2231)\n= -0.2748\n",
        (
            "log Pr(y | x) = ln Pr(The|x) + ln Pr(capital|x,The) + ln Pr(of|x,The,capital) + ln\n"
            "Pr(France|x,…) + ln Pr(is|x,…) + ln Pr(Paris|x,…) + ln Pr(.|x,…)\n"
            "= (-0.0353) + (-0.0099) + (-0.0011) + (-0.0013) + (-\n0.0021) + (-0.002) + (-0.2231)\n= -0.2948\n",
            5,
        ),
    ),
    # A trailing ellipsis in a condition: "Pr(France | x, …)" is given everything before it.
    (
        "trailing-ellipsis",
        "logprobs-capital",
        "log Pr(y|x) = log Pr(The|x) + log Pr(capital|x, …) + log Pr(of|x, …) + log Pr(France|x, …)"
        " + log Pr(is|x, …) + log Pr(Paris|x, …) + log Pr(.|x, …)\n"
        "= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231 = -0.2748\n",
        (
            "log Pr(y|x) = log Pr(The|x) + log Pr(capital|x, …) + log Pr(of|x, …) + log Pr(France|x, …)"
            " + log Pr(is|x, …) + log Pr(Paris|x, …) + log Pr(.|x, …)\n"
            "= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231 = -0.2648\n",
            2,
        ),
    ),
]
