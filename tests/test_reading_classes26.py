"""Reading classes from blind38 (Spanish and Portuguese derivations) and blind39 (German), each a rule with variants written for
this test and a wrong twin that stays caught (issue 10):

- A decimal comma in a power whose braces hold just that number is a decimal comma (`e^{0,55}`), as it
  already was with a sign (`e^{-0,55}`) or LaTeX's braced comma (`e^{0{,}55}`); a list in braces is not.
- A value followed by the counts it came from in brackets (`P(am|I) = 2/3 (C(I am)=2, C(I)=3)`): a bracket
  that states relations of its own is an aside, never a factor of a product; its statements are read and
  checked (a wrong count in it is a wrong value).
- `lg` is base 10 where the student's lg of a named value shows it (`lg P = −4,5107`, then `P = 10^{…}`):
  German and ISO notation, a convention, never log-base-mismatch.
- The condition as a subscript, as German schools write a conditional (P_B(A) = P(A | B)): `P_am(Sam)`,
  `P_{<s>}(I)` where both are tokens of the problem; `P_θ(y | x)` stays a model's name.
- A Σ with nothing to sum, before a relation or an operator, is the student's name for the sum (`Σ = −1,5`,
  then `−(1/N)·Σ = 0,75`), bound by what they say it is; `Σ −log p` still sums.
"""

from __future__ import annotations

_COUNTS = (
    "P(I|<s>) = 2/3 (C(<s> I)=2, C(<s>)=3)\n"
    "P(am|I) = 2/3 (C(I am)=2, C(I)=3)\n"
    "P(Sam|am) = 1/2 (C(am Sam)=1, C(am)=2)\n"
    "P(</s>|Sam) = 1/2 (C(Sam </s>)=1, C(Sam)=2)\n"
)

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "decimal-comma-in-a-braced-power",
        "deep-learning-perplexity",
        "−(1/N)·Σ = −(1/2)·(−1,1) = 0,55\nPPL = e^{0,55} ≅ 1,733\n",
        ("−(1/N)·Σ = −(1/2)·(−1,1) = 0,55\nPPL = e^{0,55} ≅ 1,833\n", 2),
    ),
    (
        "decimal-comma-in-a-braced-power",
        "logprobs-inline-perplexity",
        "H = (1,2 + 0,3)/2 = 0,75\nPP = e^{0,75} ≈ 2,117\n",
        ("H = (1,2 + 0,3)/2 = 0,75\nPP = e^{0,75} ≈ 2,417\n", 2),
    ),
    (
        "counts-in-brackets-after-a-value",
        "sam-corpus",
        _COUNTS + "P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≅ 0,1111\n",
        (_COUNTS.replace("C(I am)=2", "C(I am)=1") + "P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≅ 0,1111\n", 2),
    ),
    (
        "counts-in-brackets-after-a-value",
        "sam-corpus",
        "P(I|<s>) = 2/3 (C(<s> I) = 2, C(<s>) = 3) and P(am|I) = 2/3 (C(I am) = 2)\n"
        "P = (2/3)(2/3)(1/2)(1/2) = 0.111\n",
        (
            "P(I|<s>) = 2/3 (C(<s> I) = 2, C(<s>) = 3) and P(am|I) = 2/3 (C(I am) = 2)\n"
            "P = (2/3)(2/3)(1/2)(1/2) = 0.125\n",
            2,
        ),
    ),
    (
        "lg-of-the-named-value",
        "bigram-english-food",
        "lg P = lg 0,25 + lg 0,33 + lg 0,0011 + lg 0,5 + lg 0,68\nlg P = −4,5107 ⇒ P = 10^{−4,5107} ≈ 3,0855·10^{−5}\n",
        (
            "lg P = lg 0,25 + lg 0,33 + lg 0,0011 + lg 0,5 + lg 0,68\nlg P = −4,6107 ⇒ P = 10^{−4,6107} ≈ 2,45·10^{−5}\n",
            2,
        ),
    ),
    (
        "lg-of-the-named-value",
        "bigram-english-food",
        "Summe: lg P = −4,5107\nP = 10^{−4,5107} ≈ 3,086·10⁻⁵\n",
        ("Summe: lg P = −4,5107\nP = 10^{−4,5107} ≈ 3,386·10⁻⁵\n", 2),
    ),
    (
        "condition-as-a-subscript",
        "sam-corpus-add-one",
        "P_<s>(I) = (2+1)/(3+11) = 3/14\nP_I(am) = (2+1)/(3+11) = 3/14\nP_am(Sam) = (1+1)/(2+11) = 2/13\n"
        "P_Sam(</s>) = (1+1)/(2+11) = 2/13\nP = 36/33124 ≈ 0,00109\n",
        (
            "P_<s>(I) = (2+1)/(3+11) = 3/14\nP_I(am) = (2+1)/(3+11) = 3/14\nP_am(Sam) = (1+1)/(2+11) = 3/13\n"
            "P_Sam(</s>) = (1+1)/(2+11) = 2/13\nP = 54/33124 ≈ 0,00163\n",
            3,
        ),
    ),
    (
        "condition-as-a-subscript",
        "sam-corpus",
        "P_{<s>}(I) · P_{I}(am) · P_{am}(Sam) · P_{Sam}(</s>) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n",
        ("P_{<s>}(I) · P_{I}(am) · P_{am}(Sam) · P_{Sam}(</s>) = 2/3 · 1/3 · 1/2 · 1/2 = 1/18\n", 1),
    ),
    (
        "a-bare-sum-is-a-name",
        "logprobs-inline-perplexity",
        "Σ = −1,2 + (−0,3) = −1,5\nN = 2 ⇒ −(1/N)·Σ = 0,75\nPP = e^{0,75} ≈ 2,117\n",
        ("Σ = −1,2 + (−0,3) = −1,5\nN = 2 ⇒ −(1/N)·Σ = 0,85\nPP = e^{0,85} ≈ 2,340\n", 2),
    ),
    (
        "a-bare-sum-is-a-name",
        "deep-learning",
        "∑ = −0.7 + (−0.4) = −1.1\nlog P(y|x) = ∑ = −1.1\n",
        ("∑ = −0.7 + (−0.4) = −1.2\nlog P(y|x) = ∑ = −1.2\n", 1),
    ),
]
