"""Classes of work the grader misread on blind30 (students schooled in Russia, Ukraine and Kazakhstan), each
pinned by variants written for this test (not copied from the blind set) and a wrong twin of each that must
stay caught at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

`lg` is the base-10 log in the ISO convention these students learnt and the base-2 log in computer
science's; it was always read as base 2, so right base-10 values were charged as a base mismatch. The
student's own numbers now decide, term by term (a slip in one term does not hide the convention the others
show); a base-10 value where bits are asked stays the mistake.
"""

from __future__ import annotations

_LG_TERMS = "lg P = lg 0,25 + lg 0,33 + lg 0,0011 + lg 0,5 + lg 0,68\n"

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "lg-as-the-student-uses-it",
        "bigram-english-food",
        _LG_TERMS + "= -0,60206 - 0,48149 - 2,95861 - 0,30103 - 0,16749\n= -4,51068\n"
        "P = 10^(-4,51068) = 3,0855·10^-5\n",
        (
            _LG_TERMS + "= -0,60206 - 0,48149 - 1,95861 - 0,30103 - 0,16749\n= -3,51068\n"
            "P = 10^(-3,51068) = 3,0855·10^-4\n",
            2,
        ),
    ),
    (
        "lg-as-the-student-uses-it",
        "cat-nll-bits",
        "NLL = -(lg 0.5 + lg 0.25 + lg 0.2 + lg 0.5) = 1 + 2 + 2.3219 + 1 = 6.3219 bits\n",
        (
            "NLL = -(lg 0.5 + lg 0.25 + lg 0.2 + lg 0.5) = 0.30103 + 0.60206 + 0.69897 + 0.30103 = 1.90309 bits\n",
            1,
        ),
    ),
    (
        "lg-as-the-student-uses-it",
        "transformer-log-likelihood",
        "lg Pr(y|x) = lg 0,2360 + lg 0,0923 + lg 0,1279 + lg 0,0170\n"
        "= -0,62709 - 1,03480 - 0,89313 - 1,76955 = -4,32457\nlog2 Pr(y|x) = -4,32457 / 0,30103 = -14,366\n",
        (
            "lg Pr(y|x) = lg 0,2360 + lg 0,0923 + lg 0,1279 + lg 0,0170\n"
            "= -0,62709 - 1,03480 - 0,89313 - 1,76955 = -4,32457\nlog2 Pr(y|x) = -4,32457 = -4,325\n",
            3,
        ),
    ),
]
