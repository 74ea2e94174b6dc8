"""One misconception generated in one place: <s> counted as a token (bos-counted).

<s> marks the start of the prompt: it is context, never predicted. A student who counts it as a token
does so in one of four places, and each changes what they compute:
- the length: N = n + 1 predicted tokens, which a perplexity or cross-entropy divides by;
- the vocabulary: |V| + 1 types, which an add-k estimate smooths over;
- the unigram total: every sentence's <s> among the tokens, which an interpolated unigram divides by;
- the chain: a factor P(<s> | …) for the prompt's own token (a term, read by grader.maths.terms).
Definitions (`N = 4`, `|V| = 8`), diagnosis of one factor and the whole-computation search ask here for
the student's numbers under the mistake, so each value form is generated once.
"""

from __future__ import annotations

from grader.maths.terms import Sequence
from grader.reference import LanguageModel

CODE = "bos-counted"


def length_counted(seq: Sequence, n: int) -> int | None:
    """N with the prompt's <s> counted among the predicted tokens, where the prompt has one."""
    return n + 1 if not seq.opaque and "<s>" in seq.x_tokens else None


def vocabulary_counted(model: LanguageModel) -> tuple[int, LanguageModel] | None:
    """|V| with <s> counted as a type, and the model smoothing over it, where an add-k model's |V| matters."""
    size = model.vocabulary_size
    if not size or model.smoothing_method != "add-k":
        return None
    twin = model.with_vocabulary_size(size + 1)
    return None if twin is None else (size + 1, twin)


def unigram_total_counted(model: LanguageModel) -> int | None:
    """The unigram total with every sentence's <s> counted, where an interpolated model estimates unigrams."""
    total, sentences = model.unigram_total(), model.corpus_sentences
    if not total or not sentences or model.smoothing_method != "interpolation":
        return None
    return total + sentences


VOCABULARY_HINT = "<s> is never predicted, so it is not a type of the vocabulary; </s> is"


def vocabulary_says(size: int) -> str:
    """What a |V| with <s> counted is, for a vocabulary of `size` types."""
    return f"|V| = {size + 1}: <s> is counted as a vocabulary type; |V| = {size}"
