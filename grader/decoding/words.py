"""The words a decoding answer says its meanings with, one table per meaning and a row per language.

A reader matches a meaning ("a step", "the beam", "keep", "the answer", "yes") by a regex built from its
table, so a new language is one more row. Accents are optional (más/mas, étape/etape); a space in a
phrase stands for any run of blanks. English stays first: its words are the ones the reader began with.
"""

from __future__ import annotations

from grader.core import lexicon, meanings
from grader.core.lexicon import Table  # language -> the words (or phrases) that say the meaning

STEP: Table = {
    "en": ("step",),
    "es": ("paso",),
    "pt": ("passo",),
    "fr": ("étape",),
    "de": ("schritt",),
    "it": ("passo", "passaggio"),
}
BEAM: Table = {
    "en": ("beam",),
    "es": ("haz",),
    "pt": ("feixe",),
    "fr": ("faisceau",),
    "de": ("strahl",),
    "it": ("fascio",),
}
# a verb or participle that keeps hypotheses in the beam
KEEP: Table = {
    "en": ("keep", "keeps", "kept"),
    "es": (
        "me quedo con",
        "quedo con",
        "nos quedamos con",
        "se quedan",
        "quedan",
        "mantengo",
        "mantenemos",
        "conservo",
        "conservamos",
    ),
    "pt": ("fico com", "ficamos com", "ficam", "mantenho", "mantemos", "mantém", "conservo"),
    "fr": ("je garde", "on garde", "garde", "gardons", "gardées", "gardés", "conserve", "conservons"),
    "de": ("behalte", "behalten", "behält", "bleiben"),
    "it": ("tengo", "teniamo", "mantengo", "manteniamo", "conservo", "restano"),
}
# a count and a superlative that keep the best hypotheses ("two best", "los dos mejores")
COUNT: Table = {
    "en": ("two", "three", "four"),
    "es": ("dos", "tres", "cuatro"),
    "pt": ("dois", "duas", "três", "quatro"),
    "fr": ("deux", "trois", "quatre"),
    "de": ("zwei", "drei", "vier"),
    "it": ("due", "tre", "quattro"),
}
BEST: Table = {
    "en": ("best",),
    "es": ("mejores", "mejor"),
    "pt": ("melhores", "melhor"),
    "fr": ("meilleures", "meilleurs", "meilleure", "meilleur"),
    "de": ("besten", "beste"),
    "it": ("migliori", "migliore"),
}
# a word that heads a list of the step's candidates, not its beam
CANDIDATES: Table = {
    "en": (
        "candidate",
        "candidates",
        "expansion",
        "expansions",
        "expand",
        "expanding",
        "expanded",
        "extension",
        "extensions",
    ),
    "es": (
        "candidato",
        "candidatos",
        "candidatas",
        "expansión",
        "expansiones",
        "expando",
        "expandimos",
        "expandiendo",
        "extensiones",
    ),
    "pt": (
        "candidato",
        "candidatos",
        "candidatas",
        "expansão",
        "expansões",
        "expando",
        "expandimos",
        "expandindo",
        "extensões",
    ),
    "fr": ("candidat", "candidats", "candidates", "expansion", "expansions", "extensions", "développe"),
    "de": ("kandidat", "kandidaten", "erweiterung", "erweiterungen", "erweitern", "expandieren"),
    "it": ("candidato", "candidati", "candidate", "espansione", "espansioni", "espando", "estensioni"),
}
# a word that joins two items of a list, or the next one of a sequence of picks
AND_THEN: Table = {
    "en": ("and", "or", "then"),
    "es": ("y", "e", "o", "luego", "después"),
    "pt": ("e", "ou", "depois"),
    "fr": ("et", "ou", "puis"),
    "de": ("und", "oder", "dann"),
    "it": ("e", "o", "poi"),
}
# a word that states the search's result: the name of an answer (shared) and the search's own verbs
ANSWER: Table = lexicon.union(
    meanings.ANSWER,
    {
        "en": (
            "final",
            "output",
            "outputs",
            "result",
            "return",
            "returns",
            "chosen",
            "choose",
            "chooses",
            "pick",
            "picks",
            "winner",
            "most probable",
            "most likely",
        ),
        "es": ("resultado", "salida", "devuelve", "devuelven", "gana", "ganadora", "elegida", "más probable"),
        "pt": ("resultado", "saída", "devolve", "retorna", "vence", "ganha", "escolhida", "mais provável"),
        "fr": ("résultat", "sortie", "renvoie", "retourne", "gagne", "plus probable"),
        "de": ("ergebnis", "ausgabe", "liefert", "gewinnt", "wahrscheinlichste"),
        "it": ("risultato", "uscita", "restituisce", "vince", "più probabile"),
    },
)
# a word that opens a line drawing a conclusion from the one before
THEREFORE: Table = {
    "en": ("so", "therefore", "thus", "hence"),
    "es": ("así que", "por lo tanto", "por tanto", "luego", "entonces"),
    "pt": ("então", "portanto", "logo", "assim"),
    "fr": ("donc", "ainsi"),
    "de": ("also", "daher", "somit"),
    "it": ("quindi", "dunque"),
}
GREEDY: Table = {
    "en": ("greedy",),
    "es": ("voraz", "codicioso", "codiciosa"),
    "pt": ("guloso", "gulosa"),
    "fr": ("glouton", "gloutonne", "gloutonnes"),
    "de": ("gierig", "gierige", "gierigen", "gieriger", "gierigem"),
    "it": ("avido", "avida", "golosa", "goloso"),
}
# a participle or phrase after hypotheses that says they leave the beam
DROPPED: Table = {
    "en": (
        "dropped",
        "pruned",
        "discarded",
        "removed",
        "eliminated",
        "cut",
        "not kept",
        "falls out",
        "fell out",
        "drops out",
        "goes out",
        "went out",
        "left out",
        "falls off",
    ),
    "es": (
        "descartada",
        "descartado",
        "descartadas",
        "descartados",
        "eliminada",
        "eliminado",
        "sale del haz",
        "sale",
        "queda fuera",
        "fuera",
    ),
    "pt": (
        "descartada",
        "descartado",
        "descartadas",
        "descartados",
        "eliminada",
        "eliminado",
        "sai do feixe",
        "sai",
        "fica fora",
        "fora",
    ),
    "fr": ("écartée", "écarté", "éliminée", "éliminé", "supprimée", "supprimé", "sort du faisceau", "sort"),
    "de": ("verworfen", "gestrichen", "entfernt", "fällt heraus", "fällt weg", "fällt raus"),
    "it": ("scartata", "scartato", "eliminata", "eliminato", "esce dal fascio", "esce"),
}
# a participle after hypotheses that says they stay in the beam
KEPT: Table = {
    "en": ("kept", "retained", "selected", "survive", "survives", "survived"),
    "es": ("conservada", "conservado", "mantenida", "mantenido", "seleccionada", "seleccionado"),
    "pt": ("mantida", "mantido", "conservada", "conservado", "selecionada", "selecionado"),
    "fr": ("gardée", "gardé", "conservée", "conservé", "retenue", "retenu", "sélectionnée", "sélectionné"),
    "de": ("behalten", "ausgewählt", "bleibt"),
    "it": ("mantenuta", "mantenuto", "tenuta", "tenuto", "selezionata", "selezionato"),
}
# a word after a hypothesis that says it ends the search (it holds the end token)
FINISHED: Table = {
    "en": (
        "finished",
        "finishes",
        "done",
        "ends",
        "ended",
        "complete",
        "completes",
        "completed",
        "terminate",
        "terminates",
        "terminated",
    ),
    "es": ("termina", "terminada", "terminado", "terminó", "finaliza", "finalizada", "completa"),
    "pt": ("termina", "terminada", "terminado", "terminou", "finalizada", "completa"),
    "fr": ("terminée", "terminé", "termine", "finie", "fini", "finit"),
    "de": ("beendet", "endet", "fertig", "abgeschlossen"),
    "it": ("terminata", "terminato", "termina", "finita", "finito", "finisce"),
}
YES: Table = {
    "en": ("yes", "true"),
    "es": ("sí", "si", "verdadero"),
    "pt": ("sim", "verdadeiro"),
    "fr": ("oui", "vrai"),
    "de": ("ja", "wahr"),
    "it": ("sì", "vero"),
}
NO: Table = {
    "en": ("no", "false"),
    "es": ("no", "falso"),
    "pt": ("não", "falso"),
    "fr": ("non", "faux"),
    "de": ("nein", "falsch"),
    "it": ("no", "falso"),
}
# a word that negates the clause it stands in
NOT: Table = {
    "en": ("not", "never", "isn't", "doesn't", "does not"),
    "es": ("no", "nunca", "jamás"),
    "pt": ("não", "nunca", "jamais"),
    "fr": ("ne", "pas", "jamais"),
    "de": ("nicht", "nie", "niemals", "kein", "keine"),
    "it": ("non", "mai"),
}
# a verb of failing: "never fails", "nunca falla" claim greedy is optimal, they do not deny it
FAILS: Table = {
    "en": ("fail", "fails", "miss", "misses"),
    "es": ("falla", "fallan", "se equivoca"),
    "pt": ("falha", "falham", "erra"),
    "fr": ("échoue", "échouent", "rate"),
    "de": ("versagt", "scheitert", "irrt"),
    "it": ("fallisce", "sbaglia"),
}
# a case that refutes a general claim
COUNTEREXAMPLE: Table = {
    "en": ("counterexample", "counterexamples", "counter-example", "counter-examples"),
    "es": ("contraejemplo", "contraejemplos"),
    "pt": ("contraexemplo", "contraexemplos", "contra-exemplo", "contra-exemplos"),
    "fr": ("contre-exemple", "contre-exemples", "contrexemple"),
    "de": ("gegenbeispiel", "gegenbeispiele"),
    "it": ("controesempio", "controesempi"),
}
# the beam's width, named beside a step ("Step 3 (beam width 1)", "ancho = 1")
WIDTH: Table = {
    "en": ("width", "size"),
    "es": ("ancho", "anchura", "tamaño"),
    "pt": ("largura", "tamanho"),
    "fr": ("largeur", "taille"),
    "de": ("breite", "größe"),
    "it": ("larghezza", "ampiezza"),
}
# a word that says a claim holds in general, for any model
ALWAYS: Table = {
    "en": (
        "always",
        "for any",
        "for every",
        "for all",
        "in general",
        "in every case",
        "guarantee",
        "guaranteed",
        "guarantees",
        "necessarily",
        "by construction",
    ),
    "es": (
        "siempre",
        "para cualquier",
        "para todo",
        "para toda",
        "en general",
        "garantiza",
        "garantizado",
        "garantizada",
        "necesariamente",
        "por construcción",
    ),
    "pt": (
        "sempre",
        "para qualquer",
        "para todo",
        "para toda",
        "em geral",
        "garante",
        "garantido",
        "garantida",
        "necessariamente",
        "por construção",
    ),
    "fr": (
        "toujours",
        "pour tout",
        "pour toute",
        "en général",
        "garantit",
        "garanti",
        "garantie",
        "nécessairement",
        "par construction",
    ),
    "de": ("immer", "für jedes", "für jede", "für alle", "im allgemeinen", "garantiert", "notwendigerweise"),
    "it": (
        "sempre",
        "per ogni",
        "per qualsiasi",
        "in generale",
        "garantisce",
        "garantito",
        "garantita",
        "necessariamente",
    ),
}
# a word that says a sequence (or a choice) is the best one
OPTIMAL: Table = {
    "en": (
        "maximise",
        "maximises",
        "maximize",
        "maximizes",
        "maximising",
        "maximizing",
        "optimal",
        "most probable",
        "most likely",
        "best",
        "largest",
        "highest",
    ),
    "es": ("maximiza", "óptima", "óptimo", "más probable", "mejor", "mayor", "máxima", "máximo"),
    "pt": ("maximiza", "ótima", "ótimo", "mais provável", "melhor", "maior", "máxima", "máximo"),
    "fr": (
        "maximise",
        "optimale",
        "optimal",
        "plus probable",
        "meilleure",
        "meilleur",
        "plus grande",
        "plus grand",
    ),
    "de": ("maximiert", "optimal", "optimale", "wahrscheinlichste", "beste", "besten", "größte", "höchste"),
    "it": ("massimizza", "ottimale", "più probabile", "migliore", "maggiore", "massima", "massimo"),
}
# a copula: "greedy's output is the most probable"
IS: Table = {
    "en": ("is",),
    "es": ("es", "está"),
    "pt": ("é", "está"),
    "fr": ("est",),
    "de": ("ist",),
    "it": ("è",),
}
# what a sequence is called when none beats it (narrower than OPTIMAL: "the highest token" is no claim)
MOST_PROBABLE: Table = {
    "en": ("optimal", "the most probable", "the most likely", "the best"),
    "es": ("óptima", "óptimo", "la más probable", "la mejor", "el mejor"),
    "pt": ("ótima", "ótimo", "a mais provável", "a melhor", "o melhor"),
    "fr": ("optimale", "optimal", "la plus probable", "la meilleure", "le meilleur"),
    "de": ("optimal", "die wahrscheinlichste", "am wahrscheinlichsten", "die beste"),
    "it": ("ottimale", "la più probabile", "la migliore", "il migliore"),
}
# "each step": the local choice the step-to-product inference starts from
EACH: Table = {
    "en": ("each", "every"),
    "es": ("cada",),
    "pt": ("cada",),
    "fr": ("chaque",),
    "de": ("jedem", "jeder", "jedes"),
    "it": ("ogni",),
}
# what is chosen at each step in the step-to-product inference
LOCAL: Table = {
    "en": ("factor", "step", "term", "conditional", "choice", "pick"),
    "es": ("factor", "paso", "término", "condicional", "elección"),
    "pt": ("fator", "passo", "termo", "condicional", "escolha"),
    "fr": ("facteur", "étape", "terme", "conditionnelle", "choix"),
    "de": ("faktor", "schritt", "term", "bedingte", "wahl"),
    "it": ("fattore", "passo", "termine", "condizionale", "scelta"),
}
# "the product": the whole sequence's probability it concludes about
PRODUCT: Table = {
    "en": ("product", "whole", "joint", "sequence", "overall"),
    "es": ("producto", "secuencia", "conjunta", "total"),
    "pt": ("produto", "sequência", "conjunta", "total"),
    "fr": ("produit", "séquence", "jointe", "totale"),
    "de": ("produkt", "sequenz", "folge", "gesamt"),
    "it": ("prodotto", "sequenza", "congiunta", "totale"),
}


bare = lexicon.unaccented


def words(*tables: Table) -> str:
    """An alternation of every word of the tables in every language, longest first (no anchors)."""
    return lexicon.alternation(*tables)


def word_set(*tables: Table, phrase_ends: bool = False) -> frozenset[str]:
    """Every one-word entry of the tables, lower case, with and without its accents; with phrase_ends,
    each phrase's last word too ("me quedo con": "con", the word a listing follows)."""
    out: set[str] = set()
    for table in tables:
        for row in table.values():
            for entry in row:
                parts = entry.lower().split()
                if len(parts) == 1 or phrase_ends:
                    out.update((parts[-1], bare(parts[-1])))
    return frozenset(out)
