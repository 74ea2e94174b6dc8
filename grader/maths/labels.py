"""The labels a student puts before a final answer ("Answer:", "Respuesta:", "答："), in every language the
reader knows: one table, read by the reader of statements and by the reader of pasted chats (a label is
never a chat's speaker)."""

from __future__ import annotations

import re

from grader.core import lexicon, meanings

# the words that label a final answer, in every language the course reads (one table for every kind)
_ANSWER_WORD = lexicon.alternation(meanings.ANSWER_LABEL)
# "Answer:", "Respuesta =", "**Ans:**", "⇒ answer:" (an arrow, LaTeX's "$\Rightarrow$" too, may lead), the exam convention's "Ans." before the value, and "ans -0.55",
# "answer 0.333" with no mark at all before a value that is signed, decimal or a fraction ("Answer 2" numbers
# a question)
ANSWER_LABEL = re.compile(
    r"^\s*+(?:(?:[-*>•]|=+>|-+>|[→⇒⟹]|\$?\\(?:[Rr]ightarrow|Longrightarrow|longrightarrow|implies|to)\$?)\s*+)?"
    r"(?:\*\*|__)?\s*+"
    f"(?:{_ANSWER_WORD}\\s*+(?:\\*\\*|__)?\\s*+[:=]"
    r"|ans\.(?=\s*+[-−+.(\d\\A-Za-z])"
    r"|(?:final\s+answer|answer|ans)(?=[ \t]++(?:[-−+]|\.\d|\d+[./]\d)))"
    r"\s*+(?:\*\*|__)?",
    re.IGNORECASE,
)  # possessive runs (\s*+): two adjacent \s* made a long line of spaces quadratic
