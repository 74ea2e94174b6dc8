"""A term of positions only (Pr(y_i | x, y_{<i})) is resolved from runs of positions (issue #9): the same
factors, texts and issues as reading it in full, and work per term that does not grow with its position."""

from __future__ import annotations

import pytest

from grader.derivation.problem import problem_from_dict
from grader.maths import semantics as sm
from grader.maths.build import parse_piece
from grader.maths.terms import Sequence, Unresolved, resolve, resolve_written
from tests.test_notation import piece

TOKENS = ["the", "cat", "sat", "on", "the", "mat"]


def _sequence(model: str, n: int = len(TOKENS)) -> Sequence:
    """A whole-history table (token prompt or opaque prompt) or a bigram table over n tokens."""
    y = TOKENS[:n] if n <= len(TOKENS) else [f"w{i}" for i in range(n)]
    x: str | list[str] = "p" if model == "opaque" else ["<s>", "p"]
    if model == "bigram":
        before = [x[-1], *y[:-1]]
        entries = [{"token": t, "context": [c], "prob": 0.5} for t, c in zip(y, before, strict=True)]
        spec = {"kind": "table", "window": 1, "entries": entries}
    else:
        entries = [{"token": t, "context": y[:i], "prob": 0.5} for i, t in enumerate(y)]
        spec = {"kind": "table", "entries": entries}
    data = {"ask": "log_likelihood", "model": spec, "sequence": {"x": x, "y": y}}
    p = problem_from_dict(data, f"{model}.toml")
    return Sequence(p.x, p.y, p.model)


def _term(text: str) -> sm.Prob:
    item = parse_piece(piece(text)).items[0]
    assert isinstance(item, sm.Prob)
    return item


def _reading(term: sm.Prob, i: int, seq: Sequence, how) -> tuple:  # type: ignore[no-untyped-def]
    """Everything a resolved term tells the checker: keys, texts, issues; or the error it raises."""
    try:
        r = how(term, {"i": i}, seq)
    except Unresolved as err:
        return ("unresolved", err.message, err.code, err.past_end)
    return (
        tuple((f.key, f.text) for f in r.factors),
        tuple((x.code, x.message, x.hint, x.loose) for x in r.issues),
    )


# (model, term, every factor the model's conditional at every i where it resolves)
TERMS = [
    ("whole", "P(y_i | x, y_{<i})", True),
    ("whole", "P(y_i | y_{<i}, x)", True),
    ("whole", "P(y_i | x, y_{1:i-1})", True),
    ("whole", "P(y_i | x, y_{\\le i-1})", True),
    ("whole", "P(y_i | x_1, x_2, y_{<i})", True),
    ("whole", "P(y | x)", True),
    ("whole", "P(y_{3:4} | x, y_{<3})", True),
    ("whole", "P(y_3, y_4 | y_2, x, y_1)", True),
    # wrong twins: each must stay caught
    ("whole", "P(y_i | y_{<i})", False),  # drops the prompt
    ("whole", "P(y_i | x_2, y_{<i})", False),  # drops <s>, the prompt's first token
    ("whole", "P(y_i | x, y_{<i-1})", False),  # drops y_{i-1}
    ("whole", "P(y_i | x, y_{<=i})", False),  # conditions on itself
    ("whole", "P(y_i | x, y_{i+1})", False),  # conditions on a later token
    ("whole", "P(y_{3:4} | x, y_1)", False),  # drops y_2
    ("whole", "P(y_{3:4} | x, y_{<5})", False),  # conditions on a target
    ("whole", "P(y_1, y_3 | x)", False),  # not one run: y_3 given y_1 drops y_2
    ("opaque", "P(y_i | x, y_{<i})", True),
    ("opaque", "P(y | x)", True),
    ("opaque", "P(y_i | y_{<i})", False),  # an opaque prompt left out: notation, still not the factor
    ("opaque", "P(y_i | x, y_{i-1})", False),
    ("bigram", "P(y_i | y_{i-1})", True),
    ("bigram", "P(y_i | x, y_{<i})", True),
    ("bigram", "P(y_{2:3} | y_1)", True),
    ("bigram", "P(y_i | y_{i-2})", False),  # skips the previous token
    ("bigram", "P(y_i | y_{i-1}, y_{i+1})", False),
    ("bigram", "P(y_{2:3} | x)", False),  # y_2 misses y_1
]


@pytest.mark.parametrize(("model", "text", "conditional"), TERMS)
def test_runs_read_a_term_as_reading_it_in_full(model: str, text: str, conditional: bool) -> None:
    seq = _sequence(model)
    term = _term(text)
    caught = 0
    for i in range(0, seq.n + 2):  # including indexes off the sequence (y_0, y_{n+1})
        fast, full = _reading(term, i, seq, resolve), _reading(term, i, seq, resolve_written)
        assert fast == full, (text, i)
        if fast[0] != "unresolved":
            keys = [key for key, _text in fast[0]]
            caught += any(key[0] != "cond" for key in keys) or bool(fast[1])
    assert (caught == 0) == conditional


def test_a_students_own_indexing_is_followed_by_the_runs() -> None:
    seq = _sequence("whole")
    seq.offsets["w"] = -1  # w_1 = <s>: w_k is position k-1
    for text in ("P(w_i | x, w_{<i})", "P(w_i | w_{<i})", "P(w_i | w_{<=i-1}, x_1)"):
        term = _term(text)
        for i in range(0, seq.n + 3):
            assert _reading(term, i, seq, resolve) == _reading(term, i, seq, resolve_written), (text, i)


@pytest.mark.parametrize("model", ["whole", "opaque", "bigram"])
def test_a_factor_spells_its_whole_history_only_when_asked(model: str) -> None:
    """Σ_i Pr(y_i | x, y_{<i}) over n = 400 tokens: each factor holds a few runs of positions, not the
    i positions it is conditioned on (the old reading listed them: quadratic in n), yet its text names them."""
    n = 400
    seq = _sequence(model, n)
    term = _term("P(y_i | x, y_{<i})")
    held = 0
    for i in range(1, n + 1):
        (factor,) = resolve(term, {"i": i}, seq).factors
        assert factor.key == ("cond", i)
        held += len(factor.given) + len(factor.runs)
    assert held <= 3 * n
    last = resolve(term, {"i": n}, seq).factors[0].text
    assert f"y_{n - 1} = w{n - 2}" in last and "y_1 = w0" in last
