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
    "zh": ("行", "步", "步骤", "式", "等式", "式子"),
    "ja": ("行目", "行", "ステップ", "段目", "段階", "式", "等式"),
    "ko": ("줄", "행", "단계", "스텝", "식", "등식", "라인"),
}
# what may stand between a line's name and its number ("line no. 2", "línea nº 2", "Zeile Nr. 2")
NUMBER: Table = {
    "en": ("number", "no.", "no", "#"),
    "es": ("número", "núm.", "nº", "n.º", "n°"),
    "pt": ("número", "nº", "n.º", "n°"),
    "fr": ("numéro", "n°", "no."),
    "de": ("nummer", "nr."),
    "it": ("numero", "n.", "n°"),
    "zh": ("编号", "号"),
    "ja": ("番号", "番"),
    "ko": ("번호", "번"),
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
    "zh": (("第一", "首"), ("第二",), ("第三",), ("第四",), ("第五",), ("第六",), ("第七",)),
    "ja": (
        ("最初の", "第一", "一番目の"),
        ("第二", "二番目の"),
        ("第三", "三番目の"),
        ("第四", "四番目の"),
        ("第五", "五番目の"),
        ("第六", "六番目の"),
        ("第七", "七番目の"),
    ),
    "ko": (
        ("첫 번째", "첫째", "첫"),
        ("두 번째", "둘째"),
        ("세 번째", "셋째"),
        ("네 번째", "넷째"),
        ("다섯 번째", "다섯째"),
        ("여섯 번째", "여섯째"),
        ("일곱 번째", "일곱째"),
    ),
}
LAST: Table = {
    "en": ("last", "final"),
    "es": ("última", "último", "final"),
    "pt": ("última", "último", "final"),
    "fr": ("dernière", "dernier", "finale", "final"),
    "de": ("letzte", "letzten", "letzter", "letztes"),
    "it": ("ultima", "ultimo", "finale"),
    "zh": ("最后一", "最后", "最末"),
    "ja": ("最後の", "最終"),
    "ko": ("마지막",),
}
# what follows a digit to make it an ordinal ("2nd", "2ª", "2e", "2.")
ORDINAL_SUFFIX: Table = {
    "en": ("st", "nd", "rd", "th"),
    "es": ("ª", "º", ".ª", ".º", "a", "o"),
    "pt": ("ª", "º", ".ª", ".º", "a", "o"),
    "fr": ("re", "er", "ère", "ème", "eme", "e"),
    "de": (".",),
    "it": ("ª", "º", "a", "o"),
    "zh": ("个",),
    "ja": ("番目の", "番目", "つ目の", "つ目"),
    "ko": ("번째", "번"),
}
# "first" as an adverb or adjective after the line's name ("the line that fails first")
FIRST: Table = {
    "en": ("first",),
    "es": ("primero", "primera"),
    "pt": ("primeiro", "primeira"),
    "fr": ("premier", "première", "d'abord"),
    "de": ("zuerst", "als erstes"),
    "it": ("prima", "per primo", "per prima"),
    "zh": ("最先", "首先", "最早"),
    "ja": ("最初に", "最初", "初めて"),
    "ko": ("처음으로", "처음", "먼저", "가장 먼저"),
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
    "zh": ("错误", "错了", "出错", "有误", "不对", "不正确", "不成立", "错"),
    "ja": ("間違い", "間違っている", "間違った", "誤り", "誤っている", "正しくない", "おかしい", "不正"),
    "ko": ("틀렸", "틀린", "틀리", "틀림", "잘못", "오류", "옳지 않", "맞지 않", "올바르지 않"),
}  # fmt: skip
# nouns for a mistake ("the error is in line 2", "o erro está na linha 2")
FAULT: Table = {
    "en": ("mistake", "error", "flaw", "problem", "bug", "slip"),
    "es": ("error", "errores", "fallo", "falla", "equivocación", "problema"),
    "pt": ("erro", "erros", "falha", "equívoco", "problema", "engano"),
    "fr": ("erreur", "erreurs", "faute", "fautes", "problème", "défaut"),
    "de": ("fehler", "problem", "irrtum"),
    "it": ("errore", "errori", "sbaglio", "problema", "difetto"),
    "zh": ("错误", "问题", "毛病", "失误", "差错", "错"),
    "ja": ("誤り", "間違い", "ミス", "エラー", "問題"),
    "ko": ("오류", "실수", "문제", "잘못", "에러"),
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
    "zh": ("正确", "对的", "没错", "没有错", "没问题", "没有问题", "成立", "无误"),
    "ja": ("正しい", "合っている", "あっている", "問題ない", "問題なし", "妥当"),
    "ko": ("맞다", "맞는", "맞음", "맞습니다", "맞", "옳다", "옳은", "올바른", "올바르", "정확", "문제없", "괜찮"),
}  # fmt: skip
# "is", "looks", "seems": what joins a line to a verdict on it
COPULA: Table = {
    "en": ("is", "was", "looks", "seems", "remains", "stays", "are", "were"),
    "es": ("es", "está", "esta", "era", "estaba", "parece", "son", "están", "queda"),
    "pt": ("é", "e", "está", "esta", "era", "estava", "parece", "são", "fica"),
    "fr": ("est", "était", "semble", "paraît", "sont", "reste"),
    "de": ("ist", "war", "scheint", "sind", "bleibt"),
    "it": ("è", "e'", "era", "sembra", "pare", "sono", "resta"),
    "zh": ("是", "为", "都是"),
    "ja": ("は", "が", "も"),
    "ko": ("은", "는", "이", "가", "도"),
}
# words that deny the word after them ("not wrong", "no es incorrecta", "n'est pas fausse", "kein Fehler")
NOT: Table = {
    "en": ("not", "no", "nothing", "never", "isn't", "wasn't", "n't"),
    "es": ("no", "nada", "nunca", "ningún", "ninguna", "ninguno", "sin"),
    "pt": ("não", "nada", "nunca", "nenhum", "nenhuma", "sem"),
    "fr": ("pas", "rien", "jamais", "aucun", "aucune", "sans"),
    "de": ("nicht", "kein", "keine", "keinen", "keiner", "nichts", "nie", "ohne"),
    "it": ("non", "niente", "nulla", "mai", "nessun", "nessuno", "nessuna", "senza"),
    "zh": ("不", "没", "没有", "无", "并非", "并不", "不是"),
    "ja": ("非",),  # Japanese and Korean deny after the word: NOT_AFTER
    "ko": ("안", "못"),
}
# articles and the like that may stand between a verdict and the line it names ("es la 1", "é a linha 1")
ARTICLE: Table = {
    "en": ("the",),
    "es": ("la", "el"),
    "pt": ("a", "o"),
    "fr": ("la", "le", "l'"),
    "de": ("die", "der", "das"),
    "it": ("la", "il", "l'"),
    "zh": (),  # no articles in these languages
    "ja": (),
    "ko": (),
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
    "zh": (),  # these languages write the landmark's word after the line: LANDMARK_AFTER
    "ja": (),
    "ko": (),
}  # fmt: skip
# a landmark's word written after the line it names ("在第3行之前", "3行目より前", "3번째 줄 이전"): the
# languages whose postpositions follow their noun
LANDMARK_AFTER: Table = {
    "zh": ("之前", "以前", "之后", "以后", "前面", "后面", "为止"),
    "ja": ("より前", "より後", "の前", "の後", "以前", "以降", "以後", "まで"),
    "ko": ("이전", "이후", "전에", "후에", "전까지", "까지", "다음"),
}
# what stands before a line's number to make it a place ("第1行", "제2행"): a language with a row here writes
# the number before the line's name, as a counter ("1行目", "2줄", "2번째 줄"), its ordinal suffix optional
BEFORE_NUMBER: Table = {
    "zh": ("第",),
    "ja": ("第",),
    "ko": ("제",),
}
# words that deny the word before them, a few letters on ("正しくない", "틀리지 않았다", "오류가 없다")
NOT_AFTER: Table = {
    "ja": ("ない", "なし", "ありません", "ません"),
    "ko": ("않", "아니", "없"),
}
# a contrast that ends one line's words and begins another's ("fine, but line 2 …")
BUT: Table = {
    "en": ("but", "while", "whereas", "however", "although"),
    "es": ("pero", "mientras", "aunque", "sin embargo", "sino"),
    "pt": ("mas", "porém", "enquanto", "embora", "contudo", "entretanto"),
    "fr": ("mais", "tandis que", "alors que", "cependant", "pourtant", "bien que"),
    "de": ("aber", "während", "jedoch", "sondern", "obwohl"),
    "it": ("ma", "mentre", "però", "tuttavia", "sebbene"),
    "zh": ("但是", "但", "可是", "然而", "不过", "而"),
    "ja": ("しかし", "だが", "でも", "けれども", "けれど", "けど", "一方", "ところが"),
    "ko": ("하지만", "그러나", "그런데", "반면", "지만"),
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
    "zh": ("正确计算", "正确的计算", "正确算法", "正确的算法", "正确推导", "正确的推导", "更正", "改正",
           "修正", "订正", "应为", "应该是", "正确做法", "正确的做法"),
    "ja": ("正しい計算", "正しい導出", "正しくは", "訂正", "修正", "修正版", "正解"),
    "ko": ("올바른 계산", "올바른 풀이", "옳은 계산", "정정", "수정", "수정된 계산", "고친 계산", "바른 계산"),
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
        "zh": ("相乘", "乘以", "乘"),
        "ja": ("掛け算", "掛け", "掛", "乗算", "乗じ"),
        "ko": ("곱셈", "곱하", "곱해", "곱했", "곱한", "곱"),
    },
    "add": {
        "en": ("add", "added", "adds", "adding", "addition", "sum", "sums", "summed", "summing", "summation"),
        "es": (r"sum(?:a|an|ar|o|aron|ado|ados|adas|ando|arse|arlos|arlas|e|en)", r"adicion\w*"),
        "pt": (r"som(?:a|am|ar|ou|aram|ado|ados|adas|ando|ar-se|á-los|e|em)", r"adicion\w*"),
        "fr": ("somme", "sommes", r"addition\w*", r"additionn\w*", "ajouter", r"ajout\w*"),
        "de": (r"addier\w*", "addition", "summe", r"summier\w*"),
        "it": (r"somm(?:a|ano|are|ati|ate|ato|ando|arli)", r"addizion\w*"),
        "zh": ("相加", "加起来", "求和", "之和", "加"),
        "ja": ("足し算", "足し", "足す", "足", "加算", "和を"),
        "ko": ("더하", "더해", "더한", "덧셈", "합"),
    },
    "product": {
        "en": ("product", "products"),
        "es": ("producto", "productos"),
        "pt": ("produto", "produtos"),
        "fr": ("produit", "produits"),
        "de": ("produkt", "produkte"),
        "it": ("prodotto", "prodotti"),
        "zh": ("乘积", "积"),
        "ja": ("積",),
        "ko": ("곱의",),
    },
    "instead": {
        "en": (r"rather\s+than", r"in\s+place\s+of"),
        "es": (r"en\s+(?:lugar|vez)\s+de", r"en\s+(?:lugar|vez)\s+del"),
        "pt": (r"em\s+vez\s+de", r"no\s+lugar\s+de", r"ao\s+inves\s+de", r"em\s+lugar\s+de"),
        "fr": (r"au\s+lieu\s+de", r"au\s+lieu\s+d'", r"plutot\s+que\s+de", r"plutot\s+que"),
        "de": ("statt", "anstatt", "anstelle", r"an\s+stelle"),
        "it": (r"invece\s+di", r"al\s+posto\s+di", r"anziche"),
        "zh": ("而不是", "而非", "代替"),
        "ja": ("ではなく", "の代わりに", "代わりに"),
        "ko": ("대신",),
    },
    "condition": {
        "en": (r"condition\w*",),
        "es": (r"condicion\w*",),
        "pt": (r"condicion\w*", r"condicao", r"condicoes"),
        "fr": (r"condition\w*",),
        "de": (r"bedingt\w*", r"bedingung\w*", r"konditionier\w*"),
        "it": (r"condizion\w*",),
        "zh": ("条件概率", "条件"),
        "ja": ("条件付け", "条件付き", "条件"),
        "ko": ("조건부", "조건"),
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
        "zh": ("丢掉", "丢了", "丢失", "漏掉", "漏了", "忽略", "忘了", "忘记", "去掉", "省略", "缺少"),
        "ja": ("落とし", "落と", "忘れ", "無視", "抜け", "欠け", "省略"),
        "ko": ("빠뜨", "빠졌", "빠진", "누락", "무시", "잊", "빼먹", "생략"),
    },
    "probs": {
        "en": (r"probabilit(?:y|ies)", r"probs?"),
        "es": (r"probabilidad(?:es)?",),
        "pt": (r"probabilidades?",),
        "fr": (r"probabilites?",),
        "de": (r"wahrscheinlichkeit(?:en)?",),
        "it": (r"probabilita",),
        "zh": ("概率",),
        "ja": ("確率",),
        "ko": ("확률",),
    },
    "depend": {
        "en": (r"depend\w*",),
        "es": (r"depend\w*",),
        "pt": (r"depend\w*",),
        "fr": (r"depend\w*",),
        "de": (r"abhang\w*", r"hangt"),
        "it": (r"dipend\w*",),
        "zh": ("依赖", "取决"),
        "ja": ("依存",),
        "ko": ("의존", "달려"),
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
        "zh": ("前一个词", "前一个 token", "上一个词", "第一个词", "前面的词"),
        "ja": ("直前の単語", "直前のトークン", "前の単語", "前のトークン", "最初の単語"),
        "ko": ("이전 토큰", "이전 단어", "앞 단어", "앞 토큰", "첫 단어", "첫 번째 토큰"),
    },
    "not": {
        "en": (r"can't", "cannot", r"can\s+not", r"didn't", r"doesn't", r"don't", r"isn't", r"aren't", r"wasn't",
               r"weren't", r"did\s+not", r"does\s+not", r"do\s+not"),
        "es": ("no",),
        "pt": ("nao",),
        "fr": (r"ne\s+pas", r"n'\w+\s+pas"),
        "de": ("nicht",),
        "it": ("non",),
        "zh": ("不", "没有", "没"),
        "ja": ("ない", "ず"),
        "ko": ("않", "없", "안"),
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
    "zh": (r"log\s*概率", r"对数概率", r"对数似然", "对数"),
    "ja": (r"log\s*確率", r"対数確率", r"対数尤度", "対数"),
    "ko": (r"log\s*확률", r"로그\s*확률", r"로그\s*우도", "로그"),
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
    "zh": ("的", "了", "把", "将", "被", "这", "那", "个", "他", "她", "它", "都", "就"),  # letters, as spaced
    "ja": ("の", "を", "は", "が", "に", "て", "で", "と", "も"),
    "ko": ("을", "를", "은", "는", "이", "가", "의", "에", "도", "두"),
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
        "zh": ("对数概率相乘", "把对数相乘", "对数应该相加", "应该相加", "相加而不是相乘", "乘积的对数等于对数之和", "对数相乘"),
        "ja": ("対数確率を掛け", "対数を掛け", "対数は足すべき", "足すべき", "足し算すべき", "積の対数は対数の和"),
        "ko": ("로그 확률을 곱했다", "로그를 곱했다", "더해야", "더해야 하는데 곱했다", "곱의 로그는 로그의 합"),
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
        "zh": ("两个概率相加", "概率加在一起", "概率应该相乘"),
        "ja": ("確率を足した", "確率を足し算した", "確率は掛けるべき"),
        "ko": ("확률을 더했다", "확률은 곱해야"),
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
        "zh": ("丢掉了条件", "丢掉了 y_1", "忽略了 y_1", "没有以 y_1 为条件", "漏掉了条件", "应该以 y_1 为条件", "条件丢了", "忘了条件"),
        "ja": ("条件を落とし", "y_1 の条件を落とし", "y_1 を無視", "y_1 で条件付け", "条件付けを忘れ", "条件が抜け"),
        "ko": ("조건을 빠뜨렸", "y_1 조건이 빠졌", "y_1 을 무시", "y_1 에 대한 조건", "조건부를 잊", "조건이 누락"),
    },
    "missing-term": {
        "es": ("falta un término", "olvidó un término", "omitió un término"),
        "pt": ("falta um termo", "esqueceu um termo", "omitiu um termo"),
        "fr": ("il manque un terme", "a oublié un terme", "terme manquant"),
        "de": ("fehlender term", "vergisst einen term", "lässt einen term weg"),
        "it": ("manca un termine", "ha dimenticato un termine", "termine mancante"),
        "zh": ("漏了一项", "少了一项", "缺少一项"),
        "ja": ("項が抜け", "項を忘れ"),
        "ko": ("항이 빠졌", "항을 빠뜨렸"),
    },
    "arithmetic-error": {
        "es": ("error aritmético", "error de cálculo", "error de cuenta", "sumó mal", "calculó mal"),
        "pt": ("erro aritmético", "erro de cálculo", "erro de conta", "somou errado", "calculou errado"),
        "fr": ("erreur arithmétique", "erreur de calcul", "mal calculé", "mal additionné"),
        "de": ("rechenfehler", "falsch gerechnet", "verrechnet", "falsch addiert"),
        "it": ("errore aritmetico", "errore di calcolo", "calcolato male", "sommato male"),
        "zh": ("算术错误", "计算错误", "算错"),
        "ja": ("計算ミス", "計算間違い", "計算を間違え"),
        "ko": ("계산 실수", "계산 오류", "잘못 계산"),
    },
    "sign-error": {
        "es": ("error de signo", "signo equivocado", "signo incorrecto", "perdió el signo menos"),
        "pt": ("erro de sinal", "sinal errado", "sinal trocado", "perdeu o sinal de menos"),
        "fr": ("erreur de signe", "mauvais signe", "signe faux", "a perdu le signe moins"),
        "de": ("vorzeichenfehler", "falsches vorzeichen", "vergisst das vorzeichen"),
        "it": ("errore di segno", "segno sbagliato", "ha perso il segno meno"),
        "zh": ("符号错误", "符号错了", "负号丢了", "漏了负号"),
        "ja": ("符号ミス", "符号の誤り", "符号が逆", "符号を間違え"),
        "ko": ("부호 오류", "부호 실수", "부호가 틀렸", "마이너스를 빠뜨렸"),
    },
    "wrong-value": {
        "es": ("valor equivocado", "valor incorrecto", "valor erróneo", "número equivocado", "leyó mal la tabla"),
        "pt": ("valor errado", "valor incorreto", "número errado", "leu errado a tabela", "copiou errado"),
        "fr": ("mauvaise valeur", "valeur fausse", "valeur erronée", "mauvais nombre", "mal lu le tableau"),
        "de": ("falscher wert", "falschen wert", "falsche zahl", "tabelle falsch gelesen"),
        "it": ("valore sbagliato", "valore errato", "numero sbagliato", "letto male la tabella"),
        "zh": ("数值错误", "用错了值", "用错了数", "查错了表", "抄错"),
        "ja": ("値が違う", "値を間違え", "間違った値", "表を読み間違え"),
        "ko": ("값이 틀렸", "잘못된 값", "값을 잘못", "표를 잘못 읽"),
    },
    "log-base-mismatch": {
        "es": ("base equivocada", "base del logaritmo", "mezcla de bases"),
        "pt": ("base errada", "base do logaritmo", "mistura de bases"),
        "fr": ("mauvaise base", "base du logarithme", "bases mélangées"),
        "de": ("falsche basis", "basis des logarithmus", "gemischte basen"),
        "it": ("base sbagliata", "base del logaritmo", "basi mescolate"),
        "zh": ("底数错误", "对数的底", "底数混用"),
        "ja": ("底が違う", "対数の底", "底を混同"),
        "ko": ("밑이 틀렸", "로그의 밑", "밑을 섞"),
    },
    "exp-log-mismatch": {
        "es": ("olvidó tomar el logaritmo", "olvidó exponenciar"),
        "pt": ("esqueceu de tirar o logaritmo", "esqueceu de exponenciar"),
        "fr": ("a oublié de prendre le logarithme", "a oublié l'exponentielle"),
        "de": ("vergisst den logarithmus", "vergisst die exponentialfunktion"),
        "it": ("ha dimenticato il logaritmo", "ha dimenticato l'esponenziale"),
        "zh": ("忘了取对数", "忘了取指数"),
        "ja": ("対数を取り忘れ", "指数を取り忘れ"),
        "ko": ("로그를 취하지 않", "지수를 취하지 않"),
    },
}  # fmt: skip
