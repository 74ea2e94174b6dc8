"""The labels a student puts before a final answer ("Answer:", "Respuesta:", "答："), in every language the
reader knows: one table, read by the reader of statements and by the reader of pasted chats (a label is
never a chat's speaker)."""

from __future__ import annotations

import re

# the words that label a final answer, by language: a new language is one more row
ANSWER_WORDS = {
    "en": ("final answer", "answer", "ans.", "ans", "result", "final"),
    "es": ("respuesta final", "respuesta", "resultado"),
    "pt": ("resposta final", "resposta", "resultado"),
    "fr": ("réponse finale", "réponse", "reponse", "résultat", "resultat"),
    "de": ("antwort", "ergebnis"),
    "it": ("risposta", "risultato"),
    "ru": ("ответ",),
    "ar": ("الجواب", "الإجابة"),
    "hi": ("उत्तर",),
    "zh": ("答案", "答"),
    "ja": ("答え",),
}
_ANSWER_WORD = "|".join(
    re.escape(w).replace("\\ ", "\\s+")
    for w in sorted({w for ws in ANSWER_WORDS.values() for w in ws}, key=len, reverse=True)
)
# "Answer:", "Respuesta =", "**Ans:**", the exam convention's "Ans." before the value, and "ans -0.55",
# "answer 0.333" with no mark at all before a value that is signed, decimal or a fraction ("Answer 2" numbers
# a question)
ANSWER_LABEL = re.compile(
    r"^\s*+(?:(?:[-*>•]|=+>|-+>|[→⇒⟹])\s*+)?(?:\*\*|__)?\s*+"
    f"(?:(?:{_ANSWER_WORD})\\s*+(?:\\*\\*|__)?\\s*+[:=]"
    r"|ans\.(?=\s*+[-−+.(\d\\A-Za-z])"
    r"|(?:final\s+answer|answer|ans)(?=[ \t]++(?:[-−+]|\.\d|\d+[./]\d)))"
    r"\s*+(?:\*\*|__)?",
    re.IGNORECASE,
)  # possessive runs (\s*+): two adjacent \s* made a long line of spaces quadratic
