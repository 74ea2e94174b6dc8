"""What the kinds' language tests share (tests/test_kinds_*.py, one file a group of languages): grading a
bundled problem of a kind, the check that a right answer earns full marks and its wrong twin does not, the
working the greedy and window answers write before the sentence in the language under test, and one check a
test of those files runs over its table of rows. A language file keeps its rows (sentences in its languages
and what each must be read as); the checks here say what a row must do."""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from functools import cache

from grader.core import meanings
from grader.core.languages import unknown_language
from grader.core.lexicon import alternation
from grader.core.question import Question, load_question
from grader.window.grade import chosen_model
from tests.conftest import ROOT

# the kinds' modules whose tables give every meaning a row per language
KIND_MODULES = ("compare.words", "decoding.words", "flaw.words", "window.words", "cost.languages")
# the meanings of grader.core.meanings every kind reads
MEANINGS = ("ANSWER", "ANSWER_LABEL", "NOT", "YES", "NO", "SO", "MEAN", "COMMON")
# a table word standing whole: between \b, or between lookarounds that take the scripts' marks as letters
WORD_BOUNDARY = r"\b{}\b"
NO_LETTER_AROUND = r"(?<![^\W_]){}(?![^\W_])"


@cache
def question(kind: str, name: str) -> Question:
    return load_question(ROOT / "problems" / kind / f"{name}.toml")


def grade(kind: str, name: str, text: str) -> tuple[bool, list[tuple[str, int]]]:
    report = question(kind, name).grade(text.encode(), "s.txt")
    full = report.verdict == "correct" and report.score == report.max_score
    return full, [(d.code, d.span.line) for d in report.diagnostics]


def check(kind: str, name: str, right: str, wrong: str) -> None:
    full, codes = grade(kind, name, right)
    assert full, codes
    full, codes = grade(kind, name, wrong)
    assert not full, codes


def check_flaw_heading(right: str, wrong: str, heading: str, correction: str, sep: str = "\n") -> None:
    """A flaw answer blaming the line in words, then its correction after a heading (`sep` between them): the
    right line earns full marks with nothing unread (the words above are no maths); the wrong line does not."""
    full, codes = grade("flaw", "multiplied-logs", f"{right}\n{heading}{sep}{correction}")
    assert full and "parse-error" not in [c for c, _ in codes], codes
    full, codes = grade("flaw", "multiplied-logs", f"{wrong}\n{heading}{sep}{correction}")
    assert not full, codes


def check_mistake_described(right: str, wrong: str, correction: str) -> None:
    """A flaw answer naming line 2 and describing its mistake in words: the multiplied logs earn full marks
    with the description read; a description of another mistake is charged as such."""
    full, codes = grade("flaw", "multiplied-logs", right + "\n" + correction)
    assert full and "flaw-unrecognised" not in [c for c, _ in codes], codes
    full, codes = grade("flaw", "multiplied-logs", wrong + "\n" + correction)
    assert not full and "wrong-mistake-named" in [c for c, _ in codes], codes


GREEDY_NOT_BEST_WORK = (
    "{step} 1: cat (0,4)\n{step} 2: sat (0,4)\n{step} 3: down (0,3) → cat sat down, P = 0,4·0,4·0,3 = 0,048\n"
    "dog barked loudly: 0,3·0,6·0,3 = 0,054 > 0,048\n"
)
FULL_WORK = "log P(y|x) = -0,7 + (-0,4) = -1,1"
WINDOW_WORK = "log P(y|x) = log P(deep|ML) + log P(learning|deep) = -2,2 + (-0,9) = -3,1"


def window_answer(labels: tuple[str, str, str, str], model: str, reason: str = "") -> str:
    """A whole window answer under the language's four part labels (full, window, gap, cheaper), naming
    `model` as the cheaper one, with `reason` after it."""
    full, window, gap, cheaper = labels
    return f"{full}\n{FULL_WORK}\n\n{window}\n{WINDOW_WORK}\n\n{gap} -1,1 - (-3,1) = 2,0\n\n{cheaper} {model}{reason}.\n"


def check_window(labels: tuple[str, str, str, str], window: str, full: str, reason: str = "") -> None:
    """The answer naming the window model earns full marks; its twin naming the full model does not."""
    check(
        "window",
        "deep-learning-window",
        window_answer(labels, window, reason),
        window_answer(labels, full, reason),
    )


def check_greedy_not_best(step: str, right: str, wrong: str, point: bool = False) -> None:
    """Greedy's working under the language's word for step, then the right "no" and its wrong twin "yes";
    `point`: the working's decimals written with a point rather than a comma."""
    working = GREEDY_NOT_BEST_WORK.format(step=step)
    working = working.replace(",", ".") if point else working
    check("decoding", "greedy-not-best", working + right + "\n", working + wrong + "\n")


def check_beam(text: str, comma: bool = False) -> None:
    """A beam kept in the language (`text` with {seq} and {p} for its answer): "a cat", 0.36 earns full marks,
    "the dog", 0.20 does not; `comma`: the answer's probability written with a decimal comma."""
    right, wrong = ("0,36", "0,20") if comma else ("0.36", "0.20")
    check(
        "decoding",
        "beam-a-cat",
        text.format(seq='"a cat"', p=right) + "\n",
        text.format(seq='"the dog"', p=wrong) + "\n",
    )


# ---- compare: which response is more likely (A: -1.1, B: -1.8), and per-token confidence (B: -1.4/3 > -1.1/2)
def check_more_likely(totals: str, conclusion: str) -> None:
    """`conclusion` ({c} the response chosen, {o} the other) after `totals`: choosing A earns full marks,
    choosing B does not."""
    check(
        "compare",
        "deep-vs-reinforcement",
        totals + conclusion.format(c="A", o="B") + "\n",
        totals + conclusion.format(c="B", o="A") + "\n",
    )


def check_larger_magnitude_stays_wrong(totals: str, conclusion: str) -> None:
    """A conclusion that picks B for its larger magnitude (1.8 > 1.1) earns no full marks."""
    full, codes = grade("compare", "deep-vs-reinforcement", totals + conclusion + "\n")
    assert not full, codes


def check_per_token(means: str, conclusion: str) -> None:
    """`conclusion` ({c} the response chosen, {o} the other) after the per-token `means`: B earns full marks,
    A does not."""
    check(
        "compare",
        "per-token",
        means + conclusion.format(c="B", o="A") + "\n",
        means + conclusion.format(c="A", o="B") + "\n",
    )


# ---- decoding: greedy's path is the most probable in greedy-is-best: "yes" is right, "no" its wrong twin
GREEDY_IS_BEST_WORK = (
    "Greedy: the (0,6), cat (0,7) → the cat, P = 0,6·0,7 = 0,42\n"
    "the dog 0,6·0,3 = 0,18; a cat 0,4·0,5 = 0,20; a dog 0,4·0,5 = 0,20\n"
)


def check_greedy_is_best(right: str, wrong: str, working: str = GREEDY_IS_BEST_WORK) -> None:
    """Greedy's `working`, then the right "yes" earns full marks and its wrong twin "no" does not."""
    check("decoding", "greedy-is-best", working + right + "\n", working + wrong + "\n")


# ---- flaw: the line blamed
def check_line_blamed(
    said: str,
    correction: str,
    fields: Mapping[int, Mapping[str, object]] | None = None,
    *,
    problem: str = "multiplied-logs",
    line: int = 2,
    twin: int = 1,
) -> None:
    """`said` blames line {n} (or names it by the fields `fields[n]` gives, an ordinal or the number in a
    script's own digits), then `correction`: blaming `line` earns full marks, blaming `twin` does not."""

    def text(n: int) -> str:
        return said.format(n=n, **(fields or {}).get(n, {})) + "\n" + correction

    check("flaw", problem, text(line), text(twin))


def check_dropped_conditioning(
    said: str, correction: str, fields: Mapping[int, Mapping[str, object]] | None = None
) -> None:
    """dropped-conditioning (line 1 drops y_1's condition): `said` blaming line 1, then `correction` written
    out with the conditioned terms, earns full marks; blaming line 2 does not."""
    correction = correction.replace("=", "= log Pr(deep|x) + log Pr(learning|x, deep) =", 1)
    check_line_blamed(said, correction, fields, problem="dropped-conditioning", line=1, twin=2)


# ---- window: the cheaper model said in a sentence
def check_cheaper(text: str, model: str) -> None:
    assert chosen_model(text) == model


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
def check_cost(text: str) -> None:
    """`text` with {a} for the count: n k h L earns full marks, n (k + 1) h L does not."""
    check("cost", "window-scores", text.format(a="n k h L") + "\n", text.format(a="n (k + 1) h L") + "\n")


# ---- the tables: every meaning has a row per language; a line of the languages is known; a table word
def check_meanings_have(
    languages: tuple[str, ...], names: tuple[str, ...] = MEANINGS, cardinals: bool = True
) -> None:
    """Each of grader.core.meanings' tables `names` (and, with `cardinals`, its numbers) has `languages`."""
    for name in names:
        assert set(languages) <= set(getattr(meanings, name)), name
    if cardinals:
        assert set(languages) <= set(meanings.CARDINALS)


def check_kind_tables_have(
    module: str,
    languages: tuple[str, ...],
    marker: str = "de",
    exempt: frozenset[tuple[str, str]] = frozenset(),
) -> None:
    """Every table by language of grader.`module` (a dict with a `marker` row) has `languages`, but for the
    (language, table name) pairs `exempt`."""
    mod = importlib.import_module(f"grader.{module}")
    tables = {n: t for n, t in vars(mod).items() if n.isupper() and isinstance(t, dict) and marker in t}
    assert tables
    for name, table in tables.items():
        if all(len(k) == 2 for k in table):
            assert {lang for lang in languages if (lang, name) not in exempt} <= set(table), name


def check_known_line(line: str) -> None:
    assert not unknown_language([line])


def check_table_word(
    word: str,
    written: str,
    found: bool,
    bounds: tuple[str, ...] = (WORD_BOUNDARY, NO_LETTER_AROUND),
    flags: int = 0,
    regex: bool = False,
) -> None:
    """A one-word table of `word` (a regular expression with `regex`) found whole in `written` or not, under
    each of `bounds`."""
    table = alternation({"x": (word,)}, regex=regex)
    for bound in bounds:
        pattern = bound.format(table)
        assert bool(re.search(pattern, written, flags)) is found, pattern
