"""The words a window answer uses for each meaning, one table per meaning, one row per language."""

from __future__ import annotations

import re

from grader.core import lexicon
from grader.core.lexicon import Table

# A table maps a language to its words for one meaning. A word is plain text: letters, spaces (any run of
# spaces), an apostrophe (either form); a trailing `*` lets the word go on (`Fenster*` reads Fenstermodell,
# the German compound). Accents are optional (`más` reads mas), since students drop them.
# A new language is one more row in each table.

# the window model, by its name
WINDOW: Table = {
    "en": ("window*", "k-window"),
    "es": ("ventana", "ventanas", "ventaneado"),
    "pt": ("janela", "janelas"),
    "fr": ("fenêtre", "fenêtres", "fenêtré"),
    "de": ("Fenster*",),
    "it": ("finestra", "finestre"),
}
# what a sliding window is ("sliding window", "ventana deslizante", "fenêtre glissante")
SLIDING: Table = {
    "en": ("sliding", "moving", "rolling"),
    "es": ("deslizante", "móvil"),
    "pt": ("deslizante", "móvel"),
    "fr": ("glissante", "glissant", "mobile"),
    "de": ("gleitend*", "verschiebbar*"),
    "it": ("scorrevole", "mobile"),
}
# a small count of tokens ("the last two tokens", "los últimos dos")
FEW: Table = {
    "en": ("one", "two", "three", "k"),
    "es": ("uno", "una", "dos", "tres", "k"),
    "pt": ("um", "uma", "dois", "duas", "três", "k"),
    "fr": ("un", "une", "deux", "trois", "k"),
    "de": ("ein", "eine", "einen", "zwei", "drei", "k"),
    "it": ("uno", "una", "due", "tre", "k"),
}
# a part of the question, before its letter ("Part b:", "Parte b)", "Teil b")
PART: Table = {
    "en": ("part", "question"),
    "es": ("parte", "pregunta", "apartado", "inciso"),
    "pt": ("parte", "questão", "pergunta", "item"),
    "fr": ("partie", "question"),
    "de": ("Teil", "Aufgabe", "Frage"),
    "it": ("parte", "domanda"),
}
# the window model, by what it keeps (a heading "Truncated history", "Historia limitada")
SHORTENED: Table = {
    "en": ("truncated", "shorter", "limited", "restricted"),  # not "short": "in short, …"
    "es": ("truncado", "truncada", "corto", "corta", "limitado", "limitada", "restringido", "restringida"),
    "pt": ("truncado", "truncada", "curto", "curta", "limitado", "limitada", "restrito", "restrita"),
    "fr": ("tronqué", "tronquée", "court", "courte", "limité", "limitée", "restreint", "restreinte"),
    "de": ("abgeschnitten*", "gekürzt*", "kurz*", "begrenzt*", "beschränkt*"),
    "it": ("troncato", "troncata", "corto", "corta", "limitato", "limitata", "ristretto", "ristretta"),
}
# the last few tokens ("the last 2 tokens", "los últimos 2 tokens")
LAST: Table = {
    "en": ("last",),
    "es": ("último", "últimos", "última", "últimas"),
    "pt": ("último", "últimos", "última", "últimas"),
    "fr": ("dernier", "derniers", "dernière", "dernières"),
    "de": ("letzte", "letzten"),
    "it": ("ultimo", "ultimi", "ultima", "ultime"),
}
# the full model
FULL: Table = {
    "en": ("full", "whole", "entire", "complete", "unlimited", "unrestricted", "untruncated"),
    "es": ("completo", "completa", "entero", "entera", "ilimitado", "ilimitada"),
    "pt": ("completo", "completa", "inteiro", "inteira", "ilimitado", "ilimitada"),
    "fr": ("complet", "complète", "entier", "entière", "illimité", "illimitée"),
    "de": ("voll", "volle", "volles", "vollen", "vollständig*", "ganz*", "unbegrenzt*"),
    "it": ("completo", "completa", "intero", "intera", "illimitato", "illimitata"),
}
# a model, the noun ("the window model", "el modelo de ventana")
MODEL: Table = {
    "en": ("model", "models"),
    "es": ("modelo", "modelos"),
    "pt": ("modelo", "modelos"),
    "fr": ("modèle", "modèles"),
    "de": ("Modell", "Modelle", "Modells"),
    "it": ("modello", "modelli"),
}
# an article before a model's name ("the", "el", "a")
ARTICLE: Table = {
    "en": ("the",),
    "es": ("el", "la", "lo"),
    "pt": ("o", "a"),
    "fr": ("le", "la", "l'"),
    "de": ("der", "die", "das", "den"),
    "it": ("il", "lo", "la", "l'"),
}
# what joins a model to its kind ("modelo de ventana", "modelo com janela", "modèle à fenêtre")
OF: Table = {
    "es": ("de", "con", "con la", "de la"),
    "pt": ("de", "da", "do", "com", "com a"),
    "fr": ("à", "de", "avec"),
    "de": ("mit",),
    "it": ("a", "di", "con", "con la"),
}
# the gap between the two models
GAP: Table = {
    "en": ("gap", "difference", "differ", "diff", "delta"),
    "es": ("diferencia", "brecha"),
    "pt": ("diferença", "lacuna"),
    "fr": ("différence", "écart"),
    "de": ("Differenz", "Unterschied", "Abstand", "Lücke"),
    "it": ("differenza", "divario", "scarto"),
}
# costs less: a model named so is the cheaper one
CHEAPER: Table = {
    "en": (
        "cheaper",
        "cheapest",
        "costs less",
        "cost less",
        "less compute",
        "less computation",
        "less expensive",
        "less memory",
        "less work",
        "more efficient",
        "faster",
        "fewer operations",
        "fewer flops",
    ),
    "es": (
        "más barato",
        "más barata",
        "el más barato",
        "la más barata",
        "menos costoso",
        "menos costosa",
        "menos caro",
        "menos cara",
        "cuesta menos",
        "cuestan menos",
        "más eficiente",
        "más rápido",
        "más rápida",
        "menos cómputo",
        "menos cálculo",
        "menos operaciones",
    ),
    "pt": (
        "mais barato",
        "mais barata",
        "o mais barato",
        "a mais barata",
        "menos custoso",
        "menos custosa",
        "menos caro",
        "menos cara",
        "custa menos",
        "custam menos",
        "mais eficiente",
        "mais rápido",
        "mais rápida",
        "menos computação",
        "menos cálculo",
        "menos operações",
    ),
    "fr": (
        "moins cher",
        "moins chère",
        "moins coûteux",
        "moins coûteuse",
        "coûte moins",
        "coûtent moins",
        "plus efficace",
        "plus rapide",
        "moins de calcul",
        "moins d'opérations",
    ),
    "de": (
        "billiger",
        "günstiger",
        "kostet weniger",
        "kosten weniger",
        "effizienter",
        "schneller",
        "weniger Rechenaufwand",
        "weniger Rechenzeit",
        "weniger Operationen",
    ),
    "it": (
        "più economico",
        "più economica",
        "meno costoso",
        "meno costosa",
        "meno caro",
        "meno cara",
        "costa meno",
        "costano meno",
        "più efficiente",
        "più veloce",
        "più rapido",
        "meno calcolo",
        "meno operazioni",
    ),
}
# a bare lesser amount, cheaper only beside a model ("the window model needs less")
LESS: Table = {
    "en": ("less", "fewer", "lower", "smaller", "efficient"),
    "es": ("menos", "menor", "barato", "barata", "eficiente"),
    "pt": ("menos", "menor", "barato", "barata", "eficiente"),
    "fr": ("moins", "moindre", "efficace"),
    "de": ("weniger", "geringer", "kleiner", "effizient"),
    "it": ("meno", "minore", "economico", "economica", "efficiente"),
}
# costs more: a model named so is the dearer one
DEARER: Table = {
    "en": ("more expensive", "expensive", "costlier", "slower"),
    "es": ("más caro", "más cara", "más costoso", "más costosa", "caro", "cara", "costoso", "más lento"),
    "pt": ("mais caro", "mais cara", "mais custoso", "mais custosa", "caro", "cara", "custoso", "mais lento"),
    "fr": ("plus cher", "plus chère", "plus coûteux", "plus coûteuse", "cher", "coûteux", "plus lent"),
    "de": ("teurer", "teuer", "aufwendiger", "aufwändiger", "langsamer"),
    "it": ("più caro", "più cara", "più costoso", "più costosa", "costoso", "costosa", "più lento"),
}
# a bare greater amount, dearer only beside a model ("the full model needs more")
MORE: Table = {
    "en": ("more", "higher", "larger", "bigger"),
    "es": ("más", "mayor"),
    "pt": ("mais", "maior"),
    "fr": ("davantage", "supérieur"),  # not bare "plus": in English it adds ("plus an extra mask")
    "de": ("mehr", "höher", "größer"),
    "it": ("più", "maggiore"),
}
# no model is cheaper ("neither", "ninguno", "the same cost")
_SAME_VERBS = ("cost", "costs", "run", "runs", "take", "takes")
_SAME_HOW = ("", "exactly ", "about ", "roughly ")
NEITHER: Table = {
    "en": (
        ("neither", "none", "no model", "no one", "no difference", "not cheaper", "not any cheaper")
        + tuple(f"{verb} {how}the same" for verb in _SAME_VERBS for how in _SAME_HOW)
        + tuple(
            f"same {what}"
            for what in (
                "cost",
                "compute",
                "computation",
                "amount of work",
                "amount of compute",
                "flops",
                "speed",
                "time",
            )
        )
        + tuple(f"equally {how}" for how in ("cheap", "expensive", "costly", "fast", "slow"))
        + tuple(
            f"{what} is {same}" for what in ("cost", "compute") for same in ("the same", "equal", "identical")
        )
    ),
    "es": (
        "ninguno",
        "ninguna",
        "ni uno ni otro",
        "mismo coste",
        "mismo costo",
        "cuestan lo mismo",
        "igual de caro",
        "igual de barato",
    ),
    "pt": (
        "nenhum",
        "nenhuma",
        "nem um nem outro",
        "mesmo custo",
        "custam o mesmo",
        "igualmente caro",
        "igualmente barato",
    ),
    "fr": ("aucun", "aucune", "ni l'un ni l'autre", "même coût", "coûtent autant", "aussi cher"),
    "de": ("keines", "keins", "keiner", "weder", "gleich teuer", "gleichen Kosten", "dieselben Kosten"),
    "it": (
        "nessuno",
        "nessuna",
        "né l'uno né l'altro",
        "stesso costo",
        "costano uguale",
        "ugualmente costoso",
    ),
}
# what the cost question is about, in a heading ("Cheaper:", "Costo:", "Welches Modell")
COST: Table = {
    "en": (
        "cost",
        "costs",
        "costlier",
        "compute",
        "computation",
        "computational",
        "efficient",
        "efficiency",
        "expensive",
        "flops",
        "which model",
    ),
    "es": ("coste", "costo", "cómputo", "cálculo", "eficiencia", "cuál modelo", "qué modelo"),
    "pt": ("custo", "computação", "cálculo", "eficiência", "qual modelo"),
    "fr": ("coût", "calcul", "efficacité", "quel modèle"),
    "de": ("Kosten", "Rechenaufwand", "Aufwand", "Effizienz", "welches Modell"),
    "it": ("costo", "calcolo", "efficienza", "quale modello"),
}
# a multiple of a value ("7.4 times", "7,4 veces")
TIMES: Table = {
    "en": ("times", "fold"),
    "es": ("veces",),
    "pt": ("vezes",),
    "fr": ("fois",),
    "de": ("mal", "fach"),
    "it": ("volte",),
}
# the given values, not working ("Full: -0.7, -0.4", "Valores dados: …")
VALUES: Table = {
    "en": ("k", "conditional", "conditionals", "value", "values", "data", "given"),
    "es": ("condicional", "condicionales", "valor", "valores", "datos", "dados"),
    "pt": ("condicional", "condicionais", "valor", "valores", "dados"),
    "fr": ("conditionnelle", "conditionnelles", "valeur", "valeurs", "données"),
    "de": ("Wert", "Werte", "Daten", "gegeben", "gegebene"),
    "it": ("condizionale", "condizionali", "valore", "valori", "dati"),
}


def table_words(*tables: Table) -> str:
    """The words of these tables as one alternation, longest first (so `más barato` wins over `más`), none
    starting or ending inside another word."""
    return (
        "(?:"
        + "|".join(
            rf"(?<!\w){lexicon.phrase(w)}" + (r"(?!\w)" if w[-1].isalnum() else "")
            for w in lexicon.every(*tables)
        )
        + ")"
    )


def table_regex(*tables: Table) -> re.Pattern[str]:
    """A case-blind regex of the words of these tables."""
    return re.compile(table_words(*tables), re.I)


def names(*tables: Table) -> frozenset[str]:
    """The words of these tables in lower case, with and without accents (model names in subscripts)."""
    every = {w.rstrip("*").lower() for table in tables for row in table.values() for w in row}
    return frozenset(every | {lexicon.unaccented(w) for w in every})
