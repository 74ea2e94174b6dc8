"""Classes of correct decoding work the grader once marked down (blind-kinds18 and blind-kinds20, beam
answers written in full LaTeX), each pinned by variants written for this test, every right variant at
full marks and its wrong twin still caught.

1. A step written out as its whole expansion, one extension marked finished ("Step 3: yes please
   \\texttt{</s>} $=0.175\\times0.9=0.1575$ (finished); yes please now $=0.0175$"): with no keep word
   on the line, every sequence it listed was read as kept, two where the shrunk beam holds one, and
   the step was charged beam-width-wrong. A listing that names every extension of the beam before
   it, more than the beam holds, that no keep word, beam label, set or table claims as the beam, is
   the extensions worked out: the ones it marks finished are what the step keeps. Written as a set
   ("\\{…\\}"), under "Beam after step 3:" or with a "(kept)" remark, it stays the beam as written; a
   listing of part of the extensions ("yes </s> 0.2 (finished), yes please 0.175") keeps them all.
2. LaTeX's tick and cross marks (\\checkmark, \\ding{51}, \\xmark) were not read as marks, so the
   rows they tick were all kept; they now mark a row as ✓ and ✗ do.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import finished_remark, read

_EOS = r"$\langle/s\rangle$"
_LN_HEAD = (
    "\\documentclass{article}\n\\begin{document}\n\\section*{Beam search, $B = 2$}\n"
    "Step 1 $\\to$ keep \\emph{yes} ($0.5$) and \\emph{no} ($0.3$); \\emph{maybe} is pruned.\n\n"
    f"Step 2, all six extensions: yes {_EOS} $0.5\\cdot0.4=0.2$, yes please $0.175$, no thanks $0.15$,\n"
    f"yes indeed $0.125$, no way $0.105$, no {_EOS} $0.045$.\n"
    f"We keep yes {_EOS} $(0.2)$, which is complete, so $B$ falls to 1, and yes please $(0.175)$.\n\n"
)
_LN_TAIL = (
    "\n\\paragraph{Scores.} $\\ln(0.2)/2 \\approx -0.805$ and $\\ln(0.1575)/3 \\approx -0.616$.\n\n"
    f"Result: yes please {_EOS} with $P = 0.1575$.\n\\end{{document}}\n"
)


def _ln(step3: str, tail: str = _LN_TAIL) -> str:
    return _LN_HEAD + step3 + tail


_ITEMS = (
    "\\begin{itemize}\n\\item yes please \\texttt{</s>}: $0.175 \\times 0.9 = 0.1575$ (done)\n"
    "\\item yes please now: $0.175 \\times 0.1 = 0.0175$\n\\end{itemize}\n"
)
_CAT_STEP1 = "Step 1: keep \\emph{the} $0.5$ and \\emph{a} $0.4$; \\emph{one} $0.1$ is pruned.\n\n"
_CAT_END = "\nResult: a cat, $P = 0.36$.\n"


def _tabular(ticked: set[str]) -> str:
    rows = [
        ("a cat", "0.36"),
        ("the dog", "0.2"),
        ("the cat", "0.175"),
        ("the car", "0.125"),
        ("a dog", "0.04"),
    ]
    tick = "\\checkmark"
    body = "".join(f"{h} & ${p}$ & {tick if h in ticked else ''} \\\\\n" for h, p in rows)
    return "Step 2:\n\\begin{tabular}{lcc}\nsequence & $P$ & kept \\\\ \\hline\n" + body + "\\end{tabular}\n"


# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "the whole expansion in prose, '(finished);' marks the one kept; the twin writes the same as a set",
        "beam-length-normalised",
        _ln(
            f"Step 3: yes please {_EOS} $= 0.175 \\times 0.9 = 0.1575$ (finished); yes please now $= 0.0175$.\n"
        ),
        _ln(f"Step 3: $\\{{$yes please {_EOS}: $0.1575$ (finished), yes please now: $0.0175\\}}$\n"),
        "beam-width-wrong",
    ),
    (
        "\\texttt{</s>} and '\\rightarrow finished'; the twin's product is wrong",
        "beam-length-normalised",
        _ln(
            "Step 3: yes please \\texttt{</s>} $0.175 \\times 0.9 = 0.1575 \\rightarrow$ finished, yes please now $0.0175$.\n"
        ),
        _ln(
            "Step 3: yes please \\texttt{</s>} $0.175 \\times 0.9 = 0.1675 \\rightarrow$ finished, yes please now $0.0175$.\n",
            _LN_TAIL.replace("0.1575", "0.1675"),
        ),
        "beam-score-wrong",
    ),
    (
        "itemize, '(done)' on the finished item; the twin labels the list as the beam",
        "beam-length-normalised",
        _ln("Step 3:\n" + _ITEMS),
        _ln("Step 3. Beam after step 3:\n" + _ITEMS),
        "beam-width-wrong",
    ),
    (
        "\\text{} with \\langle/s\\rangle, 'which finishes'; the twin remarks the other one kept",
        "beam-length-normalised",
        _ln(
            "$t = 3$: $\\text{yes please}\\ \\langle/s\\rangle = 0.1575$, which finishes; "
            "$\\text{yes please now} = 0.0175$.\n"
        ),
        _ln(
            "$t = 3$: $\\text{yes please}\\ \\langle/s\\rangle = 0.1575$, which finishes; "
            "$\\text{yes please now} = 0.0175$ (kept).\n"
        ),
        "beam-width-wrong",
    ),
    (
        "enumerate, '-- terminated'; the twin marks the unfinished extension instead",
        "beam-length-normalised",
        _ln(
            "Step 3:\n\\begin{enumerate}\n\\item yes please now $0.0175$\n"
            f"\\item yes please {_EOS} $0.1575$ -- terminated\n\\end{{enumerate}}\n"
        ),
        _ln(
            "Step 3:\n\\begin{enumerate}\n\\item yes please now $0.0175$ -- terminated\n"
            f"\\item yes please {_EOS} $0.1575$\n\\end{{enumerate}}\n"
        ),
        "beam-step-wrong",
    ),
    (
        "part of the extensions, one finished: both stay kept; the twin keeps the wrong one beside it",
        "beam-length-normalised",
        f"Step 1: yes $0.5$, no $0.3$.\n\nStep 2: yes {_EOS} $0.2$ (finished), yes please $0.175$.\n\n"
        f"Step 3: yes please {_EOS} $0.1575$ (finished).\n" + _LN_TAIL,
        f"Step 1: yes $0.5$, no $0.3$.\n\nStep 2: yes {_EOS} $0.2$ (finished), yes indeed $0.125$.\n\n"
        f"Step 3: yes indeed {_EOS} $0.125$ (finished).\n" + _LN_TAIL,
        "beam-step-wrong",
    ),
    (
        "a tabular's 'kept' column ticked with \\checkmark; the twin ticks the wrong rows",
        "beam-a-cat",
        _CAT_STEP1 + _tabular({"a cat", "the dog"}) + _CAT_END,
        _CAT_STEP1 + _tabular({"a cat", "the cat"}) + _CAT_END,
        "beam-step-wrong",
    ),
    (
        "inline \\ding{51} after the kept, \\xmark after the dropped; the twin swaps two marks",
        "beam-a-cat",
        _CAT_STEP1 + "Step 2: a cat $0.36$ \\ding{51}, the dog $0.2$ \\ding{51}, the cat $0.175$ \\xmark, "
        "a dog $0.04$ \\xmark.\n" + _CAT_END,
        _CAT_STEP1 + "Step 2: a cat $0.36$ \\ding{51}, the dog $0.2$ \\xmark, the cat $0.175$ \\ding{51}, "
        "a dog $0.04$ \\xmark.\n" + _CAT_END,
        "beam-step-wrong",
    ),
]


_VOCABULARY = frozenset({"yes", "please", "now", "</s>"})


@pytest.mark.parametrize(
    ("line", "finished"),
    [
        ("yes please </s> 0.1575 (finished), yes please now 0.0175", True),
        ("yes please </s> $0.1575 \\Rightarrow$ done", True),
        ("yes please </s> = 0.1575 ✔ finished", True),
        ("yes please </s> 0.1575, which ends the search", True),
        ("yes please </s> 0.1575 (not finished)", False),
        ("yes please </s> 0.1575, yes please now 0.0175 finished", False),  # the remark is the other's
        ("yes please </s> 0.1575 (kept)", False),
    ],
)
def test_a_finished_remark_belongs_to_the_hypothesis_straight_before_it(line: str, finished: bool) -> None:
    first = read(line, _VOCABULARY).hyps[0]
    assert first.tokens == ("yes", "please", "</s>")
    assert finished_remark(line, first) is finished
