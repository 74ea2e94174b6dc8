"""Classes of work the grader misread on blind22 (a physics department: Mathematica pastes and terse
hand-written work), each pinned by variants written for this test (not copied from the blind set) and a
wrong twin of each that must stay caught at the line of its slip. The cases run in
tests/test_reading_classes.py with the earlier rounds'.

`≃` (the physicist's "about") did not count as a relation where statements are told apart, so a result and
its aside in brackets (`NLL ≃ 3.83 nats  (Pr(y|x) ≃ e^{-3.83} ~ 2·10^-2)`) were one unreadable line; a label
with its index (`Sum exp row 1 = 7.95`) was read as the step `1 = 7.95`; a final answer restating more
coarsely a right value the student had already written (`P ≃ 0.0488`, then `P ≈ 4.9·10⁻²`) was wrong at
2 significant figures; a result framed by hand (`[ PP ≃ 2.12 ]`) was not read; a calculator's sixth digit
worked from inputs it held unrounded (`1.29174/14.00139 = 0.092259`) was an arithmetic error.
"""

from __future__ import annotations

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "approximately-equal-sign",
        "transformer-softmax",
        "t=1: ln(7.95) − 0.629 ≃ 2.073 − 0.629 ≃ 1.444\nt=2: ln(14.00) − 0.256 ≃ 2.639 − 0.256 ≃ 2.383\n"
        "NLL ≃ 1.444 + 2.383 ≃ 3.83 nats   (Pr(y|x) ≃ e^{-3.83} ≃ 0.022)\n",
        (
            "t=1: ln(7.95) − 0.629 ≃ 2.073 − 0.629 ≃ 1.444\nt=2: ln(14.00) − 0.256 ≃ 2.639 − 0.256 ≃ 2.383\n"
            "NLL ≃ 1.444 + 2.383 ≃ 3.93 nats   (Pr(y|x) ≃ e^{-3.93} ≃ 0.020)\n",
            3,
        ),
    ),
    (
        "label-with-its-index",
        "transformer-softmax",
        "normaliser step 1 = 7.9498, so Pr(the|x) = e^0.629 / 7.9498 = 0.2360\n"
        "normaliser step 2 = 14.0014, so Pr(cat|x,the) = e^0.256 / 14.0014 = 0.09226\n"
        "NLL = -ln 0.2360 - ln 0.09226 = 3.827\n",
        (
            "normaliser step 1 = 7.9498, so Pr(the|x) = e^0.629 / 7.9498 = 0.2360\n"
            "normaliser step 2 = 14.0014, so Pr(cat|x,the) = e^0.256 / 14.0014 = 0.08226\n"
            "NLL = -ln 0.2360 - ln 0.08226 = 3.941\n",
            2,
        ),
    ),
    (
        "answer-restated-coarser",
        "sam-corpus",
        "P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≃ 0.1111\n\nP ≈ 1.1·10⁻¹\n",
        ("P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≃ 0.1111\n\nP ≈ 1.2·10⁻¹\n", 3),
    ),
    (
        "framed-result",
        "logprobs-inline-perplexity",
        "∑ ln Pr = −1.2 − 0.3 = −1.5, N = 2\nPP = e^{1.5/2} = e^{0.75} ≃ 2.117\n\n[ PP ≃ 2.12 ]\n",
        ("∑ ln Pr = −1.2 − 0.3 = −1.5, N = 2\nPP = e^{1.5/2} = e^{0.75} ≃ 2.117\n\n[ PP ≃ 2.21 ]\n", 4),
    ),
    (
        "calculator-digits",
        "transformer-softmax",
        "Pr(the|x) = e^0.629 / 7.94976 = 1.87571/7.94976 = 0.235945\n"
        "Pr(cat|x,the) = e^0.256 / 14.00139 = 1.29174/14.00139 = 0.092259\n"
        "NLL = -ln(0.235945) - ln(0.092259) = 1.44415 + 2.38316 = 3.82731\n",
        (
            "Pr(the|x) = e^0.629 / 7.94976 = 1.87571/7.94976 = 0.235945\n"
            "Pr(cat|x,the) = e^0.256 / 14.00139 = 1.29174/14.00139 = 0.092289\n"
            "NLL = -ln(0.235945) - ln(0.092289) = 1.44415 + 2.38283 = 3.82698\n",
            2,
        ),
    ),
]
