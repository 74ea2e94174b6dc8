"""A line whose label names an estimate ("unigram (N=17): P(I)=3/17, P(am)=2/17", "Bigram MLE: P(am|I) = 2/3")
names the estimate of every probability on it that names none itself, as P_uni(I) would: the label says which
of the model's estimates the terms are, so a unigram term is no bigram term with its history dropped."""

from __future__ import annotations

import dataclasses
import re

from grader.derivation.symbols import map_nodes
from grader.maths import semantics as sm
from grader.maths.estimators import estimate_named
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


def _estimate_word(line: str, chain: sm.Chain) -> str:
    """The word naming the estimate of the chain's terms on its line: its label's, or the word just before it."""
    m = _LABEL.match(line)
    if m is not None and chain.items[0].span.column > m.end():
        return m["word"].lower()
    before = _NAMED_BEFORE.search(line, 0, max(0, chain.items[0].span.column - 1))
    return before["word"].lower() if before else ""


def labelled_estimates(chains: list[sm.Chain], lines: list[str], model: LanguageModel) -> list[sm.Chain]:
    """The chains with the estimate their line's label (or the words just before them) names given to each term
    that names none, where the model has that estimate ("Bigram model: P = …" over a table of given
    probabilities names none of its own: the label is a description, the terms stay the model's)."""
    out = []
    for chain in chains:
        word = _estimate_word(lines[chain.line - 1], chain) if 0 < chain.line <= len(lines) else ""
        name = estimate_named(word)
        if name is None or model.estimate(name) is None:
            out.append(chain)
            continue

        def named(node: sm.Expr, word: str = word) -> sm.Expr | None:
            if isinstance(node, sm.Prob) and node.estimator is None:
                return dataclasses.replace(node, estimator=word)
            return None

        out.append(dataclasses.replace(chain, items=tuple(map_nodes(e, named) for e in chain.items)))
    return out
