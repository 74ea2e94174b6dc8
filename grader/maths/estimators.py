"""A probability named by the estimate it comes from: P_{MLE}(am | I), P_\\text{Lap}(w | v), P_add1, P_uni(am).

The grammar's PROB token takes a word subscript (two letters or more, in \\text{}, \\mathrm{}, \\rm or
\\operatorname{} or bare; digits and a hyphen after a letter: add1, add-1; \\lambda; +1). Here the word
becomes the estimate it names, one table row per meaning; the model says whether it has that estimate
(LanguageModel.estimate). A word no row knows is read as the model's own P, never charged on its own.
"""

from __future__ import annotations

import re

# the written word (lower case, without markup) → the estimate it names
NAMES: dict[str, str] = {
    **dict.fromkeys(("mle", "ml", "mles"), "mle"),
    **dict.fromkeys(("lap", "laplace", "add1", "add-1", "addone", "add-one", "plus1", "+1"), "add-one"),
    **dict.fromkeys(("addk", "add-k"), "add-k"),
    **dict.fromkeys(
        ("int", "interp", "interpol", "interpolated", "interpolation", "λ", "lambda"), "interpolation"
    ),
    **dict.fromkeys(("smoothed", "smooth"), "smoothed"),
    **dict.fromkeys(("uni", "unigram", "unigr", "1gram", "1-gram"), "unigram"),
    **dict.fromkeys(("bi", "bigram", "bigr", "2gram", "2-gram"), "bigram"),
    **dict.fromkeys(("tri", "trigram", "3gram", "3-gram"), "trigram"),
}

# how each estimate reads in a message
LABELS = {
    "mle": "the unsmoothed MLE estimate",
    "add-one": "add-one smoothing",
    "add-k": "add-k smoothing",
    "interpolation": "the interpolated estimate",
    "smoothed": "the smoothed estimate",
    "unigram": "the unigram estimate",
    "bigram": "the bigram MLE estimate",
    "trigram": "the trigram MLE estimate",
}

_MARKUP = re.compile(r"\\(?:text|mathrm|textrm|operatorname|rm)(?![A-Za-z])|[{}\s]")
_SUBSCRIPT = re.compile(r"_(.+)$", re.S)


def written_estimator(token: str) -> str | None:
    """The word a PROB token carries as its subscript, lower case and without markup (None: no word;
    P_θ names the model's parameters, not an estimate)."""
    m = _SUBSCRIPT.search(token)
    if m is None:
        return None
    word = _MARKUP.sub("", m.group(1)).replace("\\lambda", "λ").lower()
    if not word or word in ("\\theta", "θ"):
        return None
    return word


def estimate_named(word: str) -> str | None:
    """The estimate a written word names ("mle", "add-one", "unigram", …), or None for a word no row knows."""
    return NAMES.get(word)
