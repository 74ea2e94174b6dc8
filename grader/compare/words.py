"""The words a comparison's readers match, one table per meaning and one row per language of the course.

Each entry is a small regular expression (a space stands for any run of white space). An accented letter
is optional where students drop it (más / mas, provável / provavel). A new language is one more row in
each table; `words(...)` builds a table into the alternation the readers use, each entry as whole words.
"""

from __future__ import annotations

import re

from grader.core import lexicon, meanings
from grader.core.lexicon import Table

# "more likely": the candidate named is the likelier one
MORE_LIKELY: Table = {
    "en": ("more likely", "most likely", "more probable", "most probable", "likelier"),
    "es": ("más probables?", "más verosímil(?:es)?", "más posibles?"),
    "pt": ("mais provável", "mais prováveis", "mais verossímil"),
    "fr": ("plus probables?", "plus vraisemblables?"),
    "de": ("wahrscheinlicher\\w*", "am wahrscheinlichsten"),
    "it": ("più probabil[ei]", "più verosimil[ei]"),
}
# "less likely"
LESS_LIKELY: Table = {
    "en": ("less likely", "least likely", "less probable", "unlikelier"),
    "es": ("menos probables?", "menos verosímil(?:es)?"),
    "pt": ("menos provável", "menos prováveis"),
    "fr": ("moins probables?", "moins vraisemblables?"),
    "de": ("weniger wahrscheinlich\\w*", "unwahrscheinlicher\\w*"),
    "it": ("meno probabil[ei]",),
}
# "more confident (sure) of": the model's confidence in the candidate named
MORE_CONFIDENT: Table = {
    "en": ("more confident",),
    "es": ("más segur[oa]s?", "más confiad[oa]s?", "mayor confianza"),
    "pt": ("mais confiantes?", "mais segur[oa]s?", "maior confiança"),
    "fr": ("plus confiante?s?", "plus sûre?s?", "plus de confiance"),
    "de": ("sicherer\\w*", "zuversichtlicher\\w*"),
    "it": ("più sicur[oaie]", "più fiducios[oaie]"),
}
LESS_CONFIDENT: Table = {
    "en": ("less confident",),
    "es": ("menos segur[oa]s?", "menos confiad[oa]s?", "menor confianza"),
    "pt": ("menos confiantes?", "menos segur[oa]s?", "menor confiança"),
    "fr": ("moins confiante?s?", "moins sûre?s?"),
    "de": ("weniger sicher", "weniger zuversichtlich"),
    "it": ("meno sicur[oaie]", "meno fiducios[oaie]"),
}
# a bigger value ("higher", "mayor"): which candidate that favours depends on the quantity compared
HIGHER: Table = {
    "en": ("higher", "larger", "greater", "bigger"),
    "es": ("mayor(?:es)?", "más alt[oa]s?", "más grandes?", "superior(?:es)?"),
    "pt": ("maior(?:es)?", "mais alt[oa]s?", "mais grandes?", "superior(?:es)?"),
    "fr": ("plus grande?s?", "plus élevée?s?", "plus haute?s?", "supérieure?s?"),
    "de": ("höher\\w*", "größer\\w*", "grösser\\w*"),
    "it": ("maggior[ei]", "più alt[oaie]", "più grand[ei]", "superior[ei]"),
}
LOWER: Table = {
    "en": ("lower", "smaller"),
    "es": ("menor(?:es)?", "más baj[oa]s?", "más pequeñ[oa]s?", "inferior(?:es)?"),
    "pt": ("menor(?:es)?", "mais baix[oa]s?", "mais pequen[oa]s?", "inferior(?:es)?"),
    "fr": ("plus petite?s?", "plus faibles?", "plus basse?s?", "inférieure?s?"),
    "de": ("niedriger\\w*", "kleiner\\w*", "geringer\\w*"),
    "it": ("minor[ei]", "più bass[oaie]", "più piccol[oaie]", "inferior[ei]"),
}
# a choice made for the candidate named ("the model prefers B", "A wins", "I choose A")
PREFER: Table = {
    "en": ("prefer\\w*", "favou?r\\w*", "wins", "choose", "chosen", "pick\\w*"),
    "es": ("prefiere[ns]?", "preferid[oa]s?", "elige", "elijo", "escoge", "escojo", "gana", "favorece"),
    "pt": ("prefere[m]?", "preferid[oa]s?", "escolhe", "escolho", "escolhid[oa]", "ganha", "favorece"),
    "fr": ("préfèrent", "préfère", "préférée?s?", "choisit", "choisis", "gagne", "favorise"),
    "de": ("bevorzugt", "gewinnt", "wählt", "gewählt"),
    "it": ("preferisce", "preferit[oaie]", "sceglie", "scelgo", "scelt[oa]", "vince", "favorisce"),
}
BETTER: Table = {
    "en": ("better",),
    "es": ("mejor(?:es)?",),
    "pt": ("melhor(?:es)?",),
    "fr": ("meilleure?s?", "mieux"),
    "de": ("besser\\w*",),
    "it": ("miglior[ei]", "meglio"),
}
WORSE: Table = {
    "en": ("worse",),
    "es": ("peor(?:es)?",),
    "pt": ("pior(?:es)?",),
    "fr": ("pire", "moins bon(?:ne)?s?"),
    "de": ("schlechter\\w*",),
    "it": ("peggior[ei]", "peggio"),
}
# "twice as likely", "2 times as probable": a multiple said with its word for "as"
TWICE_AS_LIKELY: Table = {
    "en": ("(?:twice|times) as (?:likely|probable)",),
    "es": ("(?:el doble de|veces) (?:tan )?probables?",),
    "pt": ("(?:o dobro de|vezes) (?:tão )?provável",),
    "fr": ("(?:deux fois|fois) (?:aussi )?probables?",),
    "de": ("(?:doppelt|mal) so wahrscheinlich",),
    "it": ("(?:il doppio|volte) (?:tanto )?probabil[ei]",),
}
# the word that names the answer ("Answer: B", "Answers:") and the conclusion's heading
ANSWER: Table = lexicon.union(meanings.ANSWER, {"en": ("answer\\w*",)})
CONCLUSION: Table = {
    "en": ("conclusion",),
    "es": ("conclusión",),
    "pt": ("conclusão",),
    "fr": ("conclusion",),
    "de": ("fazit", "schlussfolgerung", "ergebnis"),
    "it": ("conclusione",),
}
FINAL: Table = {
    "en": ("final",),
    "es": ("final",),
    "pt": ("final",),
    "fr": ("finale?",),
    "de": ("endgültige?", "finale?"),
    "it": ("finale",),
}
# where a sentence turns from its reasons to what follows from them ("so", "por lo tanto", "donc");
# German "also" is left out: it is an English word too ("B is also …")
SO: Table = {
    "en": ("so", "hence", "thus", "therefore"),
    "es": ("por lo tanto", "por tanto", "entonces", "así que", "luego", "por eso", "en consecuencia"),
    "pt": ("portanto", "então", "logo", "por isso", "assim", "por conseguinte"),
    "fr": ("donc", "ainsi", "par conséquent", "alors"),
    "de": ("daher", "deshalb", "somit", "folglich", "demnach"),
    "it": ("quindi", "dunque", "perciò", "pertanto", "allora"),
}
# a negation right before a cue ("B is not more likely", "B no es más probable")
NOT: Table = {
    "en": ("not", "isn't", "is not", "n't", "no"),
    "es": ("no",),
    "pt": ("não",),
    "fr": ("pas",),
    "de": ("nicht", "kein\\w*"),
    "it": ("non",),
}
# the word after a comparative that names what it is set against ("more likely than B")
THAN: Table = {
    "en": ("than",),
    "es": ("que",),
    "pt": ("que", "do que"),
    "fr": ("que",),
    "de": ("als",),
    "it": ("che", "rispetto a"),
}
# the second word of an equal comparison ("twice as likely as B")
AS: Table = {
    "en": ("as",),
    "es": ("como", "que"),
    "pt": ("quanto", "como"),
    "fr": ("que",),
    "de": ("wie",),
    "it": ("quanto", "come"),
}
# the word of a multiple ("2 times more likely")
TIMES: Table = {
    "en": ("times",),
    "es": ("veces",),
    "pt": ("vezes",),
    "fr": ("fois",),
    "de": ("mal",),
    "it": ("volte",),
}
# the word that makes a comparison of more, and the word that makes one of equals
MORE: Table = {
    "en": ("more",),
    "es": ("más",),
    "pt": ("mais",),
    "fr": ("plus",),
    "de": ("mehr",),
    "it": ("più",),
}
AS_MUCH: Table = {
    "en": ("as",),
    "es": ("tan",),
    "pt": ("tão",),
    "fr": ("aussi",),
    "de": ("so",),
    "it": ("tanto",),
}
LIKELY: Table = {
    "en": ("likely", "probable"),
    "es": ("probables?",),
    "pt": ("provável", "prováveis"),
    "fr": ("probables?",),
    "de": ("wahrscheinlich\\w*",),
    "it": ("probabil[ei]",),
}
PERCENT: Table = {
    "en": ("percent", "per cent"),
    "es": ("por ciento",),
    "pt": ("por cento",),
    "fr": ("pour cent",),
    "de": ("prozent",),
    "it": ("per cento",),
}
# a quantity where lower means more likely
INVERSE_QUANTITY: Table = {
    "en": ("perplexit\\w*", "ppl", "cross[-\\s]?entropy", "entropy", "nll", "loss", "surprisal"),
    "es": ("perplejidad(?:es)?", "perplexidad(?:es)?", "entropía cruzada", "entropía", "pérdida"),
    "pt": ("perplexidade", "entropia cruzada", "entropia", "perda"),
    "fr": ("perplexité", "entropie croisée", "entropie", "perte"),
    "de": ("perplexität", "kreuzentropie", "entropie", "verlust"),
    "it": ("perplessità", "entropia incrociata", "entropia", "perdita"),
}
# a quantity where higher means more likely
DIRECT_QUANTITY: Table = {
    "en": ("probabilit\\w*", "likelihood", "mean", "score"),
    "es": ("probabilidad(?:es)?", "verosimilitud", "media", "promedio", "puntuación"),
    "pt": ("probabilidades?", "verossimilhança", "média", "pontuação"),
    "fr": ("probabilités?", "vraisemblance", "moyenne", "score"),
    "de": ("wahrscheinlichkeit\\w*", "mittelwert", "durchschnitt", "punktzahl"),
    "it": ("probabilità", "verosimiglianza", "media", "punteggio"),
}
# the words that say a comparison is made per token, or on the whole sequences
PER_TOKEN: Table = {
    "en": (
        "per[\\s-]*(?:token|word)",
        "mean",
        "average\\w*",
        "avg",
        "normali[sz]\\w*",
        "perplexit\\w*",
        "ppl",
        "cross[\\s-]*entropy",
    ),  # fmt: skip
    "es": (
        "por (?:token|palabra)",
        "media",
        "promedio",
        "normalizad[oa]s?",
        "perplejidad",
        "entropía cruzada",
    ),
    "pt": ("por (?:token|palavra)", "média", "normalizad[oa]s?", "perplexidade", "entropia cruzada"),
    "fr": ("par (?:token|jeton|mot)", "moyenne", "normalisée?s?", "perplexité", "entropie croisée"),
    "de": (
        "pro (?:token|wort)",
        "je token",
        "mittel\\w*",
        "durchschnitt\\w*",
        "perplexität",
        "kreuzentropie",
    ),
    "it": ("per (?:token|parola)", "media", "normalizzat[oaie]", "perplessità", "entropia incrociata"),
}
TOTAL: Table = {
    "en": (
        "whole[\\s-]*(?:sequence|response|answer|string)",
        "full[\\s-]*sequence",
        "entire\\w*",
        "total",
        "sum(?:med)?",
        "overall",
        "joint",
        "raw",
        "un[\\s-]*normali[sz]ed",
        "sequence[\\s-]*level",
    ),  # fmt: skip
    "es": ("secuencia completa", "respuesta completa", "total(?:es)?", "suma", "conjunta", "global"),
    "pt": ("sequência completa", "resposta completa", "total(?:is)?", "soma", "conjunta", "global"),
    "fr": ("séquence (?:complète|entière)", "réponse complète", "totale?s?", "somme", "jointe", "globale?"),
    "de": ("ganze[nr]? (?:sequenz|antwort)", "gesamt\\w*", "summe", "insgesamt"),
    "it": ("sequenza (?:completa|intera)", "risposta completa", "total[ei]", "somma", "congiunta"),
}
# where a line's clauses part: a contrast ("…, but per token B"); Portuguese "mas" only after a comma
# (it is Spanish "más" written without its accent)
CONTRAST: Table = {
    "en": ("but", "while", "whereas", "although", "though", "however", "yet"),
    "es": ("pero", "aunque", "mientras(?: que)?", "sin embargo", "no obstante", "si bien"),
    "pt": (",\\s*mas", "embora", "enquanto", "porém", "contudo", "no entanto", "apesar de", "ainda que"),
    "fr": ("mais", "bien que", "quoique", "alors que", "tandis que", "cependant", "pourtant", "même si"),
    "de": ("aber", "obwohl", "obgleich", "während", "jedoch", "wenngleich"),
    "it": ("ma", "anche se", "sebbene", "benché", "mentre", "però", "tuttavia"),
}
# a contrast word that opens a conceded clause ("Although the totals favour A, …")
CONCEDING: Table = {
    "en": ("while", "whereas", "although", "though"),
    "es": ("aunque", "mientras(?: que)?", "si bien", "aun cuando"),
    "pt": ("embora", "enquanto", "apesar de", "ainda que"),
    "fr": ("bien que", "quoique", "alors que", "tandis que", "même si"),
    "de": ("obwohl", "obgleich", "während", "wenngleich"),
    "it": ("anche se", "sebbene", "benché", "mentre"),
}
# a word that names whose work a label heads ("Response A:", "Opción B:")
LABEL: Table = {
    "en": ("response", "candidate", "output", "option", "sequence", "completion", "reply", "case"),
    "es": ("respuesta", "candidat[oa]", "salida", "opción", "secuencia", "caso"),
    "pt": ("resposta", "candidat[oa]", "saída", "opção", "sequência", "caso"),
    "fr": ("réponse", "candidate?", "sortie", "option", "séquence", "cas"),
    "de": ("antwort", "kandidat(?:in)?", "ausgabe", "option", "sequenz", "fall"),
    "it": ("risposta", "candidat[oa]", "uscita", "opzione", "sequenza", "caso"),
}
# a remark set beside the answer ("Note: …", "Nota: …")
REMARK: Table = {
    "en": (
        "aside",
        "note",
        "n\\.?b\\.?",
        "remark",
        "side[\\s-]*note",
        "p\\.?s\\.?",
        "btw",
        "by the way",
        "(?:sanity )?check",
        "fun fact",
    ),  # fmt: skip
    "es": ("nota", "observación", "obs\\.?", "comprobación", "verificación"),
    "pt": ("nota", "observação", "obs\\.?", "verificação", "conferência"),
    "fr": ("remarque", "note", "vérification"),
    "de": ("anmerkung", "hinweis", "bemerkung", "probe", "kontrolle"),
    "it": ("nota", "osservazione", "verifica", "controllo"),
}
# the copula ("the answer is B", "la respuesta es B")
IS: Table = {
    "en": ("is",),
    "es": ("es",),
    "pt": ("é",),
    "fr": ("est",),
    "de": ("ist",),
    "it": ("è",),
}
# an article before a name ("the answer is the B")
THE: Table = {
    "en": ("the",),
    "es": ("el", "la", "lo"),
    "pt": ("o", "a"),
    "fr": ("le", "la", "l'"),
    "de": ("der", "die", "das"),
    "it": ("il", "la", "lo", "l'"),
}
# a ratio's name ("the ratio is 2.01", "la razón es 2,01")
RATIO: Table = {
    "en": ("ratio",),
    "es": ("razón", "cociente"),
    "pt": ("razão", "quociente"),
    "fr": ("rapport", "quotient"),
    "de": ("verhältnis", "quotient"),
    "it": ("rapporto", "quoziente"),
}
# a heading's word before the candidate it is about ("Mean for A:", "Media para A:")
OF_FOR: Table = {
    "en": ("of", "for"),
    "es": ("de", "del", "para"),
    "pt": ("de", "do", "da", "para"),
    "fr": ("de", "du", "pour"),
    "de": ("von", "für"),
    "it": ("di", "del", "della", "per"),
}
FOR: Table = {
    "en": ("for",),
    "es": ("para",),
    "pt": ("para",),
    "fr": ("pour",),
    "de": ("für",),
    "it": ("per",),
}
# a legend's word for "means" ("lower = more confident", "menor significa más probable")
MEANS: Table = {
    "en": ("means?", "i\\.e\\.,?"),
    "es": ("significa", "o sea", "es decir"),
    "pt": ("significa", "ou seja"),
    "fr": ("signifie", "c'est-à-dire"),
    "de": ("bedeutet", "d\\.h\\."),
    "it": ("significa", "cioè"),
}


def words(*tables: Table) -> str:
    """The tables' entries, every language, as one alternation of whole words (longest first)."""
    return rf"(?<![^\W_]){lexicon.alternation(*tables, regex=True)}(?![^\W_])"


def compiled(*tables: Table) -> re.Pattern[str]:
    """`words(...)` compiled, case-insensitive."""
    return re.compile(words(*tables), re.IGNORECASE)
