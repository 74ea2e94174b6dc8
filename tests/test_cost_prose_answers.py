"""Cost answers written as prose.

1. A paragraph written as one line longer than a line of maths may be is read sentence by sentence: the
   count a sentence states is the answer, an example's numbers after it are an example.
2. Where the exact count is asked, a count named as the total (`Total = …`, any word of prose before the
   `=`) and then a single term said in a later sentence, in no letter the count lacks, is the count with a
   remark on its growth or size ("grows roughly like |V|^n", "tends to |V|^n", in words the reader may not
   know): the count named as the total answers. A sentence restating the count in full is a count of its own.
3. An `Answer:` line that gives a part of the count (positions, per layer, per position), with a later
   count written as a product of that part and more sizes: the later total answers.

Each right answer has wrong twins that must stay wrong (a wrong power, a missing factor, a wrong count
before a right growth remark)."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

PAD = (
    " Each choice is made independently of the others, and nothing about the model changes from one position"
    " to the next, so the same reasoning holds all the way along the continuation."
)

# 1. paragraphs written as one long line (each longer than 400 characters)
ESSAYS = [
    (
        "exhaustive-search",
        "Any of the |V| tokens may stand at each position, and repeats are allowed, so the number of"
        " continuations scored is {count}." + PAD + " With a vocabulary of, say, 30,000 tokens and a"
        " continuation of eight tokens that is 30,000^8, about 6.6 × 10^35 sequences, so the search is"
        " hopeless however fast the model is.",
        ("|V|^n", "n^|V|", "|V| n"),
    ),
    (
        "exhaustive-search",
        "Le nombre de séquences évaluées est {count}, car chaque position peut prendre n'importe lequel des |V|"
        " jetons, indépendamment des autres positions, et les répétitions sont permises dans la suite."
        " Chaque choix se fait sans regarder les autres, et le modèle ne change pas d'une position à"
        " l'autre, donc le même raisonnement vaut tout le long de la suite. Avec 50 000 jetons et dix"
        " positions, cela donne 50 000^10, environ 10^47 séquences, bien trop pour une machine.",
        ("|V|^n", "|V|^(n-1)", "n |V|"),
    ),
    (
        "cache-memory",
        "Every position that has been run keeps one key vector and one value vector of d numbers in every"
        " layer, and after the prompt and the new tokens there are m + n such positions, so the cache holds"
        " {count} numbers."
        + PAD
        + " For a model with L = 32 layers and d = 4096, a prompt of 1000 tokens and"
        " 1000 new tokens, that comes to 2 × 32 × 4096 × 2000, about 5.2 × 10^8 numbers.",
        ("2 L d (m + n)", "L d (m + n)", "2 L d n"),
    ),
    (
        "kv-cache-scores",
        "Con la caché, en el paso i la consulta nueva se compara con las m + i claves guardadas, en cada una"
        " de las h cabezas y de las L capas, y sumando sobre los n pasos el total de puntuaciones es {count}."
        " Ninguna clave se vuelve a calcular, porque la caché las guarda todas desde el paso en que se"
        " calcularon, y solo la consulta nueva se compara con ellas. Por ejemplo, con m = 3, n = 4 y"
        " L = h = 2, salen 88 puntuaciones en total.",
        ("h L (n m + n(n+1)/2)", "h L (n m + n^2)", "h (n m + n(n+1)/2)"),
    ),
]


@pytest.mark.parametrize(("problem", "essay", "counts"), ESSAYS)
def test_a_paragraph_on_one_line_answers_with_the_count_it_states(
    problem: str, essay: str, counts: tuple[str, ...]
) -> None:
    right, *wrong = counts
    text = essay.format(count=right)
    assert len(text) > 400
    full, codes = grade("cost", problem, text + "\n")
    assert full, codes
    for count in wrong:
        full, codes = grade("cost", problem, essay.format(count=count) + "\n")
        assert not full, (count, codes)


@pytest.mark.parametrize(("count", "full"), [("h L (n m + n(n+1)/2)", True), ("h L (n m + n^2)", False)])
def test_a_check_at_set_sizes_late_in_a_paragraph_is_no_answer(count: str, full: bool) -> None:
    text = (
        "With the cache, at step i the new query meets the m + i cached keys, in each of the h heads and the L"
        f" layers, and summing over the n steps the total number of scores is {count}. No key is ever"
        " recomputed, because the cache keeps every key from the step that computed it, and only the new query"
        " meets them, once per head and layer. As a check, for n = 1 it is h L (m + 1), one step over the prompt and the new token.\n"
    )
    assert len(text) > 400
    assert grade("cost", "kv-cache-scores", text)[0] is full


def test_a_long_line_that_is_no_paragraph_stays_unread() -> None:
    text = "Total = " + " + ".join(["|V|"] * 150) + "\n"
    full, codes = grade("cost", "exhaustive-search", text)
    assert not full and ("parse-error", 1) in codes, codes


# 2. a count named as the total, then a remark on its growth
NO_REPEATS = "First position: |V| choices, second: |V| - 1, and so on down to |V| - n + 1.\n"
REMARKS = [
    "This grows roughly like |V|^n, exponential in n.",
    "It is of the order of |V|^n.",
    "≈ |V|^n for large |V|.",
    "It is intractable because it grows exponentially, like |V|^n.",
    "For large |V| this tends to |V|^n.",
    "Para |V| grande esto tiende a |V|^n.",
    "Pour |V| grand, cela se rapproche de |V|^n.",
    "Für großes |V| ist das praktisch |V|^n.",
    "È intrattabile perché per |V| grande si avvicina a |V|^n.",
]


@pytest.mark.parametrize("remark", REMARKS)
@pytest.mark.parametrize(
    "total",
    ["Total = |V|! / (|V| - n)!", "Totale = |V|! / (|V| - n)!", "$$\\text{Anzahl} = |V|! / (|V| - n)!$$"],
)
def test_a_wrong_count_named_as_the_total_is_not_hidden_by_a_right_growth_remark(
    total: str, remark: str
) -> None:
    full, codes = grade("cost", "exhaustive-search", f"{NO_REPEATS}{total}\n{remark}\n")
    assert not full, codes
    assert any(code == "final-answer-wrong" for code, _ in codes), codes


@pytest.mark.parametrize("remark", REMARKS)
@pytest.mark.parametrize("count", ["|V| n", "|V|^(n-1)", "n^|V|"])
def test_a_wrong_power_or_factor_before_a_right_remark_stays_wrong(count: str, remark: str) -> None:
    full, codes = grade("cost", "exhaustive-search", f"Total = {count}\n{remark}\n")
    assert not full, codes


@pytest.mark.parametrize(
    ("problem", "total", "remark"),
    [
        (
            "exhaustive-search",
            "Total = |V|^n",
            "For large n this tends to |V|^n, which is astronomically many.",
        ),
        ("kv-cache-scores", "Total = h L (n m + n(n+1)/2)", "For long outputs this tends to h L n^2 / 2."),
        ("kv-cache-scores", "Gesamt = h L (n m + n(n+1)/2)", "Für großes n ist das praktisch h L n^2 / 2."),
        ("window-scores", "Totale = n k L h", "Per una sola testa in un solo strato sono n k."),
        ("cache-memory", "Total = 2 L d (m + n)", "Per layer that is 2 d (m + n)."),
    ],
)
def test_a_right_count_named_as_the_total_keeps_its_marks(problem: str, total: str, remark: str) -> None:
    full, codes = grade("cost", problem, f"{total}\n{remark}\n")
    assert full, codes


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        # a sentence restating the count in full is a count of its own, and answers
        ("kv-cache-scores", "Total = h L n^2\nMore precisely, the count is h L (n m + n(n+1)/2)."),
        # a sentence that names a size the total lacks counts the whole (per layer, then all layers)
        ("window-scores", "Per layer = n k h\nOver the L layers that is n k h L."),
        # a single term after a count not named as the total is a count of its own, as before
        ("exhaustive-search", "|V| · |V| · … · |V|\nso the search scores |V|^n sequences."),
    ],
)
def test_a_later_count_of_its_own_still_answers(problem: str, text: str) -> None:
    full, codes = grade("cost", problem, text + "\n")
    assert full, codes


# 3. an answer label giving a part, the total below
PARTS = [
    (
        "**Answer:** positions in the cache: $m + n$ (the prompt and the new tokens).",
        "Per position and layer: 2d numbers.",
    ),
    ("**Respuesta:** posiciones en caché: $m + n$.", "Por posición y por capa: $K$ y $V$, $2d$ números."),
    ("**Réponse :** positions en cache : $m + n$.", "Par position et par couche : $2d$ nombres."),
    ("**Antwort:** Positionen im Cache: $m + n$.", "Pro Position und Schicht: $2d$ Zahlen."),
    ("**Risposta:** posizioni in cache: $m + n$.", "Per posizione e per strato: $2d$ numeri."),
    ("**Resposta:** posições no cache: $m + n$.", "Por posição e por camada: $2d$ números."),
]
TOTALS = {
    "right": ["$$\\text{total} = (m+n) \\cdot L \\cdot 2d = 2Ld(m+n)$$", "total = (m + n) × 2dL"],
    "missing factor": ["$$\\text{total} = (m+n) \\cdot L \\cdot d = Ld(m+n)$$", "total = (m + n) × 2d"],
}


@pytest.mark.parametrize(("label", "middle"), PARTS)
@pytest.mark.parametrize("total", TOTALS["right"])
def test_a_labelled_part_then_the_total_answers_with_the_total(label: str, middle: str, total: str) -> None:
    full, codes = grade("cost", "cache-memory", f"{label}\n\n{middle}\n\n{total}\n")
    assert full, codes


@pytest.mark.parametrize(("label", "middle"), PARTS)
@pytest.mark.parametrize("total", TOTALS["missing factor"])
def test_a_labelled_part_then_a_wrong_total_stays_wrong(label: str, middle: str, total: str) -> None:
    full, codes = grade("cost", "cache-memory", f"{label}\n\n{middle}\n\n{total}\n")
    assert not full, codes


@pytest.mark.parametrize(
    "text",
    [
        # a part alone, with no total written: the part is the answer, and wrong
        "**Answer:** positions in the cache: m + n.\nPer position and layer: 2d numbers.",
        # a later product that does not write the part as a factor is no total of it
        "**Answer:** positions in the cache: m + n.\nmemory = 2 L d n",
        # a number times the part is no total of it (bytes at two bytes a number)
        "**Answer:** positions in the cache: m + n.\nbytes = 2 × (m + n)",
    ],
)
def test_a_labelled_part_without_its_total_stays_the_answer(text: str) -> None:
    full, codes = grade("cost", "cache-memory", text + "\n")
    assert not full, codes


@pytest.mark.parametrize(
    "text",
    [
        # an answer that names no part: a later product of it is another quantity (work, passes)
        "Answer: |V|^n sequences.\nScoring them all costs n · |V|^n forward passes.",
        "**Answer:** |V|^n\nEach needs n positions run, so the work is |V|^n · n positions.",
        "Respuesta: |V|^n\nEvaluarlas todas cuesta n · |V|^n pasadas.",
    ],
)
def test_an_answer_naming_no_part_is_not_replaced_by_a_product_of_it(text: str) -> None:
    full, codes = grade("cost", "exhaustive-search", text + "\n")
    assert full, codes


def test_a_labelled_total_is_not_replaced_by_a_part_below_it() -> None:
    text = "Answer: 2Ld(m+n)\nPer layer: (m + n) · 2d = 2d(m+n)\n"
    full, codes = grade("cost", "cache-memory", text)
    assert full, codes
