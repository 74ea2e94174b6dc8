"""A line whose label names an estimate ("unigram (N=17): P(I)=3/17, P(am)=2/17", "Bigram MLE: P(am|I) = 2/3")
names the estimate of every probability on it that names none itself, as P_uni(I) would: the label says which
of the model's estimates the terms are, so a unigram term is no bigram term with its history dropped. Unlabelled,
a term with no history stated as its unigram estimate (`P(</s>) = 3/17` in an interpolated bigram) is that
component too, as its value shows."""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction

from grader.derivation.symbols import map_nodes
from grader.maths import semantics as sm
from grader.maths.estimators import estimate_named
from grader.maths.structure import written_value
from grader.reference import LanguageModel

# the opening words of a line, up to its colon: an estimate's name, a word or two more ("MLE", "estimates"),
# a bracket ("(N=17)"), in any markup (bullets, bold)
_LABEL = re.compile(
    r"^[\s*_#>•-]*(?P<word>[A-Za-z][\w-]{1,11})(?:\s+[A-Za-z]{2,14}){0,2}[\s*_]*(?:\([^()\n]{0,30}\))?[\s*_]*:"
)


# an estimate named in a sentence just before the term it is of: "the bigram estimate of P(I | <s>) is 2/3",
# "its unigram probability P(I) = 3/17", "the MLE P(am | I)"
_NAMED_BEFORE = re.compile(
    r"(?<![\w-])(?P<word>[A-Za-z][\w-]{1,11})(?:[ \t]+(?:estimate|estimator|probability|value))?(?:[ \t]+of)?[ \t]*$"
)


_NAMED_REACH = 200  # characters before a term in which the words naming its estimate are looked for


def _estimate_word(line: str, chain: sm.Chain, label: re.Match[str] | None) -> str:
    """The word naming the estimate of the chain's terms on its line: its label's (`label`, the line's), or the word
    just before it (looked for just before it, so a line of many statements costs time linear in its length)."""
    if label is not None and chain.items[0].span.column > label.end():
        return label["word"].lower()
    end = max(0, chain.items[0].span.column - 1)
    before = _NAMED_BEFORE.search(line, max(0, end - _NAMED_REACH), end)
    return before["word"].lower() if before else ""


def labelled_estimates(chains: list[sm.Chain], lines: list[str], model: LanguageModel) -> list[sm.Chain]:
    """The chains with the estimate their line's label (or the words just before them) names given to each term
    that names none, where the model has that estimate ("Bigram model: P = …" over a table of given
    probabilities names none of its own: the label is a description, the terms stay the model's)."""
    out = []
    labels: dict[int, re.Match[str] | None] = {}  # each line's label, found once
    for chain in chains:
        if 0 < chain.line <= len(lines) and chain.line not in labels:
            labels[chain.line] = _LABEL.match(lines[chain.line - 1])
        line = lines[chain.line - 1] if 0 < chain.line <= len(lines) else ""
        word = _estimate_word(line, chain, labels.get(chain.line)) if line else ""
        name = estimate_named(word)
        if name is None or model.estimate(name) is None:
            out.append(chain)
            continue

        def named(node: sm.Expr, word: str = word) -> sm.Expr | None:
            if isinstance(node, sm.Prob) and node.estimator is None:
                return dataclasses.replace(node, estimator=word)
            return None

        out.append(dataclasses.replace(chain, items=tuple(map_nodes(e, named) for e in chain.items)))
    return _unigrams_stated(out, model)


def _unigrams_stated(chains: list[sm.Chain], model: LanguageModel) -> list[sm.Chain]:
    """`P(</s>) = 3/17 = .17647` where the model has a unigram component (an interpolated bigram): a term with no
    history whose every stated value is its unigram estimate C(w)/N names that estimate, as P_uni(</s>) does,
    there and wherever else the student writes it with no history (`… + .25 P(</s>)`)."""
    if model.estimate("unigram") is None:
        return chains
    total = model.unigram_total()
    stated: set[str] = set()
    for chain in chains:
        head = chain.items[0]
        if not (_bare_unigram(head) and len(chain.items) > 1 and total):
            continue
        token = head.targets[0].text  # type: ignore[attr-defined]
        count = model.count((token,))
        if not count:
            continue
        truth = Fraction(count, total)
        values = [written_value(item) for item in chain.items[1:]]
        if all(v is not None and abs(v[0] - truth) <= v[1] + Fraction(1, 10**12) for v in values):
            stated.add(token)
    if not stated:
        return chains

    def named(node: sm.Expr) -> sm.Expr | None:
        if _bare_unigram(node) and node.targets[0].text in stated:  # type: ignore[attr-defined]
            return dataclasses.replace(node, estimator="uni")
        return None

    return [dataclasses.replace(c, items=tuple(map_nodes(e, named) for e in c.items)) for c in chains]


def _bare_unigram(node: sm.Expr) -> bool:
    """P(w): one token, no history, no estimate named."""
    return (
        isinstance(node, sm.Prob)
        and node.estimator is None
        and not node.given
        and len(node.targets) == 1
        and isinstance(node.targets[0], sm.TokenLit)
    )
