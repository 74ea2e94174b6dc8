"""The words a flaw analysis is read by, one table per meaning and one row per language a class writes in.

Each table maps a language to its words; a new language is one more row. Accented letters are optional
when the words are built into a pattern (`loose`): students drop them ("linea", "correcao").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from grader.core import lexicon
from grader.core.lexicon import Table

# a line of the flawed calculation, named by its number ("line 2", "línea 2", "Zeile 2")
LINE: Table = {
    "en": ("line", "step", "row", "equation", "equality", "eqn", "eq.", "eq"),
    "es": ("línea", "linea", "renglón", "fila", "paso", "ecuación", "igualdad"),
    "pt": ("linha", "passo", "etapa", "equação", "igualdade"),
    "fr": ("ligne", "étape", "équation", "égalité"),
    "de": ("zeile", "schritt", "gleichung"),
    "it": ("riga", "linea", "passo", "equazione", "uguaglianza"),
    "nl": ("regel", "stap", "vergelijking"),
}
# what may stand between a line's name and its number ("line no. 2", "línea nº 2", "Zeile Nr. 2")
NUMBER: Table = {
    "en": ("number", "no.", "no", "#"),
    "es": ("número", "núm.", "nº", "n.º", "n°"),
    "pt": ("número", "nº", "n.º", "n°"),
    "fr": ("numéro", "n°", "no."),
    "de": ("nummer", "nr."),
    "it": ("numero", "n.", "n°"),
}
# ordinals, first to seventh, each with its forms (gender, number)
ORDINALS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "en": (("first",), ("second",), ("third",), ("fourth",), ("fifth",), ("sixth",), ("seventh",)),
    "es": (
        ("primera", "primero", "primer"),
        ("segunda", "segundo"),
        ("tercera", "tercero", "tercer"),
        ("cuarta", "cuarto"),
        ("quinta", "quinto"),
        ("sexta", "sexto"),
        ("séptima", "séptimo"),
    ),
    "pt": (
        ("primeira", "primeiro"),
        ("segunda", "segundo"),
        ("terceira", "terceiro"),
        ("quarta", "quarto"),
        ("quinta", "quinto"),
        ("sexta", "sexto"),
        ("sétima", "sétimo"),
    ),
    "fr": (
        ("première", "premier"),
        ("deuxième", "seconde", "second"),
        ("troisième",),
        ("quatrième",),
        ("cinquième",),
        ("sixième",),
        ("septième",),
    ),
    "de": (
        ("erste", "ersten", "erster", "erstes"),
        ("zweite", "zweiten", "zweiter", "zweites"),
        ("dritte", "dritten", "dritter", "drittes"),
        ("vierte", "vierten", "vierter", "viertes"),
        ("fünfte", "fünften", "fünfter", "fünftes"),
        ("sechste", "sechsten", "sechster", "sechstes"),
        ("siebte", "siebten", "siebter", "siebtes"),
    ),
    "it": (
        ("prima", "primo"),
        ("seconda", "secondo"),
        ("terza", "terzo"),
        ("quarta", "quarto"),
        ("quinta", "quinto"),
        ("sesta", "sesto"),
        ("settima", "settimo"),
    ),
}
LAST: Table = {
    "en": ("last", "final"),
    "es": ("última", "último", "final"),
    "pt": ("última", "último", "final"),
    "fr": ("dernière", "dernier", "finale", "final"),
    "de": ("letzte", "letzten", "letzter", "letztes"),
    "it": ("ultima", "ultimo", "finale"),
}
# what follows a digit to make it an ordinal ("2nd", "2ª", "2e", "2.")
ORDINAL_SUFFIX: Table = {
    "en": ("st", "nd", "rd", "th"),
    "es": ("ª", "º", ".ª", ".º", "a", "o"),
    "pt": ("ª", "º", ".ª", ".º", "a", "o"),
    "fr": ("re", "er", "ère", "ème", "eme", "e"),
    "de": (".",),
    "it": ("ª", "º", "a", "o"),
}
# "first" as an adverb or adjective after the line's name ("the line that fails first")
FIRST: Table = {
    "en": ("first",),
    "es": ("primero", "primera"),
    "pt": ("primeiro", "primeira"),
    "fr": ("premier", "première", "d'abord"),
    "de": ("zuerst", "als erstes"),
    "it": ("prima", "per primo", "per prima"),
}
# words that call a line wrong (adjectives and verbs: "wrong", "errada", "falsch", "fails")
WRONG: Table = {
    "en": ("wrong", "incorrect", "erroneous", "flawed", "faulty", "mistaken", "invalid", "fails", "goes wrong"),
    "es": ("mal", "incorrecta", "incorrecto", "errónea", "erróneo", "equivocada", "equivocado", "falsa", "falso",
           "falla", "fallida", "inválida", "inválido"),
    "pt": ("errada", "errado", "incorreta", "incorreto", "incorrecta", "incorrecto", "errônea", "errôneo",
           "errónea", "errónea", "equivocada", "equivocado", "falsa", "falso", "falha", "inválida", "inválido"),
    "fr": ("fausse", "faux", "erronée", "erroné", "incorrecte", "incorrect", "fautive", "fautif", "invalide"),
    "de": ("falsch", "falsche", "falschen", "falscher", "fehlerhaft", "fehlerhafte", "fehlerhaften",
           "inkorrekt", "inkorrekte", "unrichtig", "unrichtige", "ungültig"),
    "it": ("sbagliata", "sbagliato", "errata", "errato", "erronea", "erroneo", "scorretta", "scorretto",
           "falsa", "falso", "non valida"),
}  # fmt: skip
# nouns for a mistake ("the error is in line 2", "o erro está na linha 2")
FAULT: Table = {
    "en": ("mistake", "error", "flaw", "problem", "bug", "slip"),
    "es": ("error", "errores", "fallo", "falla", "equivocación", "problema"),
    "pt": ("erro", "erros", "falha", "equívoco", "problema", "engano"),
    "fr": ("erreur", "erreurs", "faute", "fautes", "problème", "défaut"),
    "de": ("fehler", "problem", "irrtum"),
    "it": ("errore", "errori", "sbaglio", "problema", "difetto"),
}
# words that say a line or a step is fine
FINE: Table = {
    "en": ("correct", "correctly", "fine", "right", "ok", "okay", "valid", "true", "holds", "sound"),
    "es": ("correcta", "correcto", "correctamente", "bien", "válida", "válido", "cierta", "cierto"),
    "pt": ("correta", "correto", "corretamente", "correcta", "correcto", "certa", "certo", "bem", "válida",
           "válido"),
    "fr": ("correcte", "correct", "correctement", "juste", "bonne", "bon", "valide", "vraie", "vrai"),
    "de": ("richtig", "richtige", "korrekt", "korrekte", "stimmt", "gültig", "in ordnung"),
    "it": ("corretta", "corretto", "correttamente", "giusta", "giusto", "valida", "valido", "esatta",
           "esatto", "va bene"),
}  # fmt: skip
# "is", "looks", "seems": what joins a line to a verdict on it
COPULA: Table = {
    "en": ("is", "was", "looks", "seems", "remains", "stays", "are", "were"),
    "es": ("es", "está", "esta", "era", "estaba", "parece", "son", "están", "queda"),
    "pt": ("é", "e", "está", "esta", "era", "estava", "parece", "são", "fica"),
    "fr": ("est", "était", "semble", "paraît", "sont", "reste"),
    "de": ("ist", "war", "scheint", "sind", "bleibt"),
    "it": ("è", "e'", "era", "sembra", "pare", "sono", "resta"),
}
# words that deny the word after them ("not wrong", "no es incorrecta", "n'est pas fausse", "kein Fehler")
NOT: Table = {
    "en": ("not", "no", "nothing", "never", "isn't", "wasn't", "n't"),
    "es": ("no", "nada", "nunca", "ningún", "ninguna", "ninguno", "sin"),
    "pt": ("não", "nada", "nunca", "nenhum", "nenhuma", "sem"),
    "fr": ("pas", "rien", "jamais", "aucun", "aucune", "sans"),
    "de": ("nicht", "kein", "keine", "keinen", "keiner", "nichts", "nie", "ohne"),
    "it": ("non", "niente", "nulla", "mai", "nessun", "nessuno", "nessuna", "senza"),
}
# articles and the like that may stand between a verdict and the line it names ("es la 1", "é a linha 1")
ARTICLE: Table = {
    "en": ("the",),
    "es": ("la", "el"),
    "pt": ("a", "o"),
    "fr": ("la", "le", "l'"),
    "de": ("die", "der", "das"),
    "it": ("la", "il", "l'"),
}
# a line named as a landmark ("before line 3", "antes de la línea 3"): no verdict on it
LANDMARK: Table = {
    "en": ("before", "after", "prior to", "until", "till", "up to", "up until", "ahead of", "preceding",
           "earlier than", "later than", "leading to", "leading up to"),
    "es": ("antes de", "antes de la", "antes del", "después de", "después de la", "después del", "hasta",
           "hasta la"),
    "pt": ("antes de", "antes da", "antes do", "depois de", "depois da", "depois do", "até", "até a", "até à"),
    "fr": ("avant", "avant la", "après", "après la", "jusqu'à", "jusqu'à la"),
    "de": ("vor", "vor der", "nach", "nach der", "bis", "bis zur"),
    "it": ("prima di", "prima della", "prima del", "dopo", "dopo la", "dopo il", "fino a", "fino alla"),
}  # fmt: skip
# a contrast that ends one line's words and begins another's ("fine, but line 2 …")
BUT: Table = {
    "en": ("but", "while", "whereas", "however", "although"),
    "es": ("pero", "mientras", "aunque", "sin embargo", "sino"),
    "pt": ("mas", "porém", "enquanto", "embora", "contudo", "entretanto"),
    "fr": ("mais", "tandis que", "alors que", "cependant", "pourtant", "bien que"),
    "de": ("aber", "während", "jedoch", "sondern", "obwohl"),
    "it": ("ma", "mentre", "però", "tuttavia", "sebbene"),
}
# the words that open the corrected computation ("Correction:", "Corrección:", "Korrektur:")
CORRECTION: Table = {
    "en": ("correction", "corrected version", "corrected computation", "corrected calculation",
           "corrected derivation", "corrected working", "corrected", "correct version", "correct computation",
           "correct calculation", "correct derivation", "correct working", "correct", "fixed", "fix",
           "the right way", "the correct way", "the right computation", "the correct computation",
           "the right calculation", "the correct calculation", "the right derivation",
           "the correct derivation", "instead", "it should be", "it should read", "should be", "properly",
           "redone", "redo", "rewritten"),
    "es": ("corrección", "corregido", "corregida", "versión corregida", "cálculo corregido",
           "cálculo correcto", "lo correcto", "debería ser", "debe ser", "correcto", "correcta"),
    "pt": ("correção", "correcção", "corrigido", "corrigida", "versão corrigida", "cálculo corrigido",
           "cálculo correto", "conta correta", "o correto", "deveria ser", "deve ser", "correto", "correta"),
    "fr": ("corrigé", "corrigée", "version corrigée", "calcul corrigé", "calcul correct", "il faudrait",
           "devrait être"),
    "de": ("korrektur", "korrigiert", "korrigierte rechnung", "berichtigung", "berichtigt",
           "richtige rechnung", "richtig wäre", "richtig ist", "verbesserung", "verbessert"),
    "it": ("correzione", "corretto", "corretta", "versione corretta", "calcolo corretto", "calcolo corretta",
           "dovrebbe essere"),
}  # fmt: skip

# the words of a description reduced to one stem per meaning (matched on lower-cased, unaccented words)
STEMS: Mapping[str, Table] = {
    "multiply": {
        "en": (r"multipl\w*", "times"),
        "es": (r"multiplic\w*", "veces"),
        "pt": (r"multiplic\w*", "vezes"),
        "fr": (r"multipli\w*", "fois"),
        "de": (r"multiplizier\w*", r"multiplikation\w*"),
        "it": (r"moltiplic\w*", "volte"),
    },
    "add": {
        "en": ("add", "added", "adds", "adding", "addition", "sum", "sums", "summed", "summing", "summation"),
        "es": (r"sum(?:a|an|ar|o|aron|ado|ados|adas|ando|arse|arlos|arlas|e|en)", r"adicion\w*"),
        "pt": (r"som(?:a|am|ar|ou|aram|ado|ados|adas|ando|ar-se|á-los|e|em)", r"adicion\w*"),
        "fr": ("somme", "sommes", r"addition\w*", r"additionn\w*", "ajouter", r"ajout\w*"),
        "de": (r"addier\w*", "addition", "summe", r"summier\w*"),
        "it": (r"somm(?:a|ano|are|ati|ate|ato|ando|arli)", r"addizion\w*"),
    },
    "product": {
        "en": ("product", "products"),
        "es": ("producto", "productos"),
        "pt": ("produto", "produtos"),
        "fr": ("produit", "produits"),
        "de": ("produkt", "produkte"),
        "it": ("prodotto", "prodotti"),
    },
    "instead": {
        "en": (r"rather\s+than", r"in\s+place\s+of"),
        "es": (r"en\s+(?:lugar|vez)\s+de", r"en\s+(?:lugar|vez)\s+del"),
        "pt": (r"em\s+vez\s+de", r"no\s+lugar\s+de", r"ao\s+inves\s+de", r"em\s+lugar\s+de"),
        "fr": (r"au\s+lieu\s+de", r"au\s+lieu\s+d'", r"plutot\s+que\s+de", r"plutot\s+que"),
        "de": ("statt", "anstatt", "anstelle", r"an\s+stelle"),
        "it": (r"invece\s+di", r"al\s+posto\s+di", r"anziche"),
    },
    "condition": {
        "en": (r"condition\w*",),
        "es": (r"condicion\w*",),
        "pt": (r"condicion\w*", r"condicao", r"condicoes"),
        "fr": (r"condition\w*",),
        "de": (r"bedingt\w*", r"bedingung\w*", r"konditionier\w*"),
        "it": (r"condizion\w*",),
    },
    "drop": {
        "en": (r"forg[eo]t\w*", r"omit\w*", r"drop\w*", r"ignor\w*", r"miss\w*", r"left\s+out", r"leaves\s+out",
               r"leaving\s+out"),
        "es": (r"olvid\w*", r"omiti\w*", r"omite\w*", r"descart\w*", r"quit\w*", r"elimin\w*", r"falt\w*",
               r"dej\w*\s+fuera"),
        "pt": (r"esquec\w*", r"omiti\w*", r"omite\w*", r"descart\w*", r"elimin\w*", r"falt\w*",
               r"deix\w*\s+de\s+fora"),
        "fr": (r"oubli\w*", "omis", "omise", r"omet\w*", r"manqu\w*", r"supprim\w*", r"laiss\w*\s+de\s+cote"),
        "de": (r"vergess\w*", r"vergass\w*", r"vergisst", r"weggelassen", r"weglass\w*", r"fehlt", r"fehlend\w*",
               r"ignorier\w*"),
        "it": (r"dimentic\w*", r"omess\w*", r"omett\w*", r"trascur\w*", r"tralasci\w*", r"manca\w*"),
    },
    "probs": {
        "en": (r"probabilit(?:y|ies)", r"probs?"),
        "es": (r"probabilidad(?:es)?",),
        "pt": (r"probabilidades?",),
        "fr": (r"probabilites?",),
        "de": (r"wahrscheinlichkeit(?:en)?",),
        "it": (r"probabilita",),
    },
    "depend": {
        "en": (r"depend\w*",),
        "es": (r"depend\w*",),
        "pt": (r"depend\w*",),
        "fr": (r"depend\w*",),
        "de": (r"abhang\w*", r"hangt"),
        "it": (r"dipend\w*",),
    },
    # the token before, however it is named: y_1, the first token, the previous word
    "y_1": {
        "en": (r"y_?\{?1\}?(?![\w}])", r"(?:the\s+)?(?:first|1st|previous|preceding|prior|earlier)\s+(?:token|word)"),
        "es": (r"(?:el\s+|la\s+)?(?:token|palabra)\s+(?:anterior|previa|previo|precedente)",
               r"(?:el\s+|la\s+)?(?:primer|primera)\s+(?:token|palabra)"),
        "pt": (r"(?:o\s+|a\s+)?(?:token|palavra)\s+(?:anterior|previa|previo|precedente)",
               r"(?:o\s+|a\s+)?(?:primeiro|primeira)\s+(?:token|palavra)"),
        "fr": (r"(?:le\s+)?(?:token|mot)\s+(?:precedent|anterieur)", r"(?:le\s+)?premier\s+(?:token|mot)"),
        "de": (r"(?:das\s+)?(?:vorherige|vorhergehende|erste)\s+(?:token|wort)",),
        "it": (r"(?:il\s+|la\s+)?(?:token|parola)\s+(?:precedente|anteriore)",
               r"(?:il\s+|la\s+)?(?:primo\s+token|prima\s+parola)"),
    },
    "not": {
        "en": (r"can't", "cannot", r"can\s+not", r"didn't", r"doesn't", r"don't", r"isn't", r"aren't", r"wasn't",
               r"weren't", r"did\s+not", r"does\s+not", r"do\s+not"),
        "es": ("no",),
        "pt": ("nao",),
        "fr": (r"ne\s+pas", r"n'\w+\s+pas"),
        "de": ("nicht",),
        "it": ("non",),
    },
}  # fmt: skip
# log-probabilities however a class names them, read as "logs"
LOGS: Table = {
    "en": (r"log(?:arithm)?s?\s*(?:probabilit(?:y|ies)|probs?|likelihoods?|values|terms)", "logarithms",
           r"logs?\s+of\s+the\s+probabilit(?:y|ies)"),
    "es": (r"log(?:aritmo)?s?\s*(?:de\s+(?:las\s+)?)?probabilidad(?:es)?", "logaritmos",
           r"logs?\s+de\s+las\s+probabilidades"),
    "pt": (r"log(?:aritmo)?s?\s*(?:d[ea]s?\s+)?probabilidades?", "logaritmos"),
    "fr": (r"log(?:arithme)?s?\s*(?:des\s+|de\s+)?probabilites?", "logarithmes"),
    "de": (r"log\s*wahrscheinlichkeit(?:en)?", "logarithmen"),
    "it": (r"log(?:aritmo|aritmi)?\s*(?:delle\s+|di\s+)?probabilita", "logaritmi"),
}  # fmt: skip
# words that carry no meaning for a description of a mistake
FILLER: Table = {
    "en": ("the", "a", "an", "two", "both", "were", "was", "are", "is", "be", "been", "being", "they", "you",
           "it", "them", "their", "its", "student", "of", "to", "that", "which", "all", "these", "those", "we",
           "he", "she", "has", "have", "had", "just", "simply", "wrongly", "incorrectly"),
    "es": ("el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "le", "les", "se", "de", "del", "al",
           "que", "es", "son", "fue", "ha", "han", "estudiante", "alumno", "alumna", "ambos"),
    "pt": ("o", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "ao", "aos", "na",
           "nas", "nos", "que", "foi", "sao", "e", "estudante", "aluno", "aluna", "ambos"),
    "fr": ("le", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "que", "qu'", "est", "sont",
           "a", "ont", "il", "elle", "l'etudiant", "etudiant", "eleve"),
    "de": ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "hat", "haben", "ist",
           "sind", "wurde", "wurden", "student", "studentin", "man", "zu"),
    "it": ("il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "della", "dei", "delle", "che",
           "ha", "hanno", "sono", "studente", "studentessa"),
}  # fmt: skip

unaccented = lexicon.unaccented
words = lexicon.every


def alternation(*tables: Table | Iterable[str]) -> str:
    """A group (no capture) matching any word of the tables, with or without any accent on its vowels."""
    return lexicon.alternation(*tables, any_accent=True)


# The words people use for a mistake in the languages besides English, whose phrases are the catalogue's
# (`Code.says`, grader/core/diagnostics.py): one row per language. Matched as the English ones are, after
# `answer.normalise_words` (accents dropped, one stem per family of words, filler words left out).
SAYS: Mapping[str, Table] = {
    "multiplied-log-probs": {
        "es": ("multiplicó los logaritmos", "multiplica los logaritmos", "los logaritmos deben sumarse",
               "se deben sumar los logaritmos", "hay que sumar los logaritmos", "en vez de sumarlos",
               "producto en lugar de suma", "el log del producto es la suma", "multiplicó en vez de sumar"),
        "pt": ("multiplicou os logaritmos", "multiplica os logaritmos", "os logaritmos deveriam ser somados",
               "os logaritmos devem ser somados", "deveria somar os logaritmos", "em vez de somá-los",
               "produto em vez de soma", "o log do produto é a soma", "multiplicou em vez de somar"),
        "fr": ("a multiplié les logarithmes", "multiplie les logarithmes", "les logarithmes doivent être additionnés",
               "il faut additionner les logarithmes", "au lieu de les additionner", "produit au lieu de somme",
               "le log d'un produit est la somme", "multiplié au lieu d'additionner"),
        "de": ("die logarithmen multipliziert", "multipliziert die logarithmen", "logarithmen müssen addiert werden",
               "sollte die logarithmen addieren", "statt sie zu addieren", "produkt statt summe",
               "der log eines produkts ist die summe", "multipliziert statt addiert"),
        "it": ("ha moltiplicato i logaritmi", "moltiplica i logaritmi", "i logaritmi vanno sommati",
               "bisogna sommare i logaritmi", "invece di sommarli", "prodotto invece di somma",
               "il log di un prodotto è la somma", "moltiplicato invece di sommato"),
    },
    "added-probs": {
        "es": ("sumó las probabilidades", "suma de las probabilidades", "hay que multiplicar las probabilidades",
               "sumó en vez de multiplicar"),
        "pt": ("somou as probabilidades", "soma das probabilidades", "deveria multiplicar as probabilidades",
               "somou em vez de multiplicar"),
        "fr": ("a additionné les probabilités", "somme des probabilités", "il faut multiplier les probabilités",
               "additionné au lieu de multiplier"),
        "de": ("addiert die wahrscheinlichkeiten", "summe der wahrscheinlichkeiten",
               "wahrscheinlichkeiten müssen multipliziert werden", "addiert statt multipliziert"),
        "it": ("ha sommato le probabilità", "somma delle probabilità", "bisogna moltiplicare le probabilità",
               "sommato invece di moltiplicato"),
    },
    "dropped-conditioning": {
        "es": ("olvidó condicionar", "no condiciona en y_1", "no está condicionado en y_1", "sin condicionar",
               "falta condicionar en y_1", "debe estar condicionado en y_1", "ignora la palabra anterior",
               "olvidó y_1", "quitó y_1", "depende de y_1", "depende de la palabra anterior",
               "condicional equivocada", "probabilidad marginal"),
        "pt": ("esqueceu de condicionar", "não condiciona em y_1", "não está condicionado em y_1",
               "sem condicionar", "falta condicionar em y_1", "deve ser condicionado em y_1",
               "ignora a palavra anterior", "esqueceu y_1", "descartou y_1", "depende de y_1",
               "depende da palavra anterior", "condicional errada", "probabilidade marginal"),
        "fr": ("a oublié de conditionner", "ne conditionne pas sur y_1", "sans conditionner",
               "doit être conditionné sur y_1", "ignore le mot précédent", "a oublié y_1", "dépend de y_1",
               "dépend du mot précédent", "mauvaise probabilité conditionnelle", "probabilité marginale"),
        "de": ("vergessen zu bedingen", "nicht auf y_1 bedingt", "ohne bedingung auf y_1",
               "muss auf y_1 bedingt sein", "ignoriert das vorherige wort", "vergisst y_1", "lässt y_1 weg",
               "hängt von y_1 ab", "falsche bedingte wahrscheinlichkeit", "randwahrscheinlichkeit"),
        "it": ("ha dimenticato di condizionare", "non condiziona su y_1", "senza condizionare",
               "deve essere condizionato su y_1", "ignora la parola precedente", "ha dimenticato y_1",
               "ha omesso y_1", "dipende da y_1", "dipende dalla parola precedente",
               "condizionale sbagliata", "probabilità marginale"),
    },
    "missing-term": {
        "es": ("falta un término", "olvidó un término", "omitió un término"),
        "pt": ("falta um termo", "esqueceu um termo", "omitiu um termo"),
        "fr": ("il manque un terme", "a oublié un terme", "terme manquant"),
        "de": ("fehlender term", "vergisst einen term", "lässt einen term weg"),
        "it": ("manca un termine", "ha dimenticato un termine", "termine mancante"),
    },
    "arithmetic-error": {
        "es": ("error aritmético", "error de cálculo", "error de cuenta", "sumó mal", "calculó mal"),
        "pt": ("erro aritmético", "erro de cálculo", "erro de conta", "somou errado", "calculou errado"),
        "fr": ("erreur arithmétique", "erreur de calcul", "mal calculé", "mal additionné"),
        "de": ("rechenfehler", "falsch gerechnet", "verrechnet", "falsch addiert"),
        "it": ("errore aritmetico", "errore di calcolo", "calcolato male", "sommato male"),
    },
    "sign-error": {
        "es": ("error de signo", "signo equivocado", "signo incorrecto", "perdió el signo menos"),
        "pt": ("erro de sinal", "sinal errado", "sinal trocado", "perdeu o sinal de menos"),
        "fr": ("erreur de signe", "mauvais signe", "signe faux", "a perdu le signe moins"),
        "de": ("vorzeichenfehler", "falsches vorzeichen", "vergisst das vorzeichen"),
        "it": ("errore di segno", "segno sbagliato", "ha perso il segno meno"),
    },
    "wrong-value": {
        "es": ("valor equivocado", "valor incorrecto", "valor erróneo", "número equivocado", "leyó mal la tabla"),
        "pt": ("valor errado", "valor incorreto", "número errado", "leu errado a tabela", "copiou errado"),
        "fr": ("mauvaise valeur", "valeur fausse", "valeur erronée", "mauvais nombre", "mal lu le tableau"),
        "de": ("falscher wert", "falschen wert", "falsche zahl", "tabelle falsch gelesen"),
        "it": ("valore sbagliato", "valore errato", "numero sbagliato", "letto male la tabella"),
    },
    "log-base-mismatch": {
        "es": ("base equivocada", "base del logaritmo", "mezcla de bases"),
        "pt": ("base errada", "base do logaritmo", "mistura de bases"),
        "fr": ("mauvaise base", "base du logarithme", "bases mélangées"),
        "de": ("falsche basis", "basis des logarithmus", "gemischte basen"),
        "it": ("base sbagliata", "base del logaritmo", "basi mescolate"),
    },
    "exp-log-mismatch": {
        "es": ("olvidó tomar el logaritmo", "olvidó exponenciar"),
        "pt": ("esqueceu de tirar o logaritmo", "esqueceu de exponenciar"),
        "fr": ("a oublié de prendre le logarithme", "a oublié l'exponentielle"),
        "de": ("vergisst den logarithmus", "vergisst die exponentialfunktion"),
        "it": ("ha dimenticato il logaritmo", "ha dimenticato l'esponenziale"),
    },
}  # fmt: skip
