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
    "zh": ("窗口", "滑动窗口", "窗"),
    "ja": ("ウィンドウ", "ウインドウ", "窓"),
    "ko": ("윈도우", "윈도", "창"),
    "pl": ("okn*", "okien*"),
    "cs": ("okn*", "oken*"),
    "uk": ("вікн*", "віконн*"),
    "ru": ("окн*", "окон*"),
    "nl": ("venster*",),
    "sv": ("fönster*",),
    "da": ("vindue*", "vindues*"),
    "no": ("vindu*",),
}
# what a sliding window is ("sliding window", "ventana deslizante", "fenêtre glissante")
SLIDING: Table = {
    "en": ("sliding", "moving", "rolling"),
    "es": ("deslizante", "móvil"),
    "pt": ("deslizante", "móvel"),
    "fr": ("glissante", "glissant", "mobile"),
    "de": ("gleitend*", "verschiebbar*"),
    "it": ("scorrevole", "mobile"),
    "zh": ("滑动", "移动"),
    "ja": ("スライディング", "スライド"),
    "ko": ("슬라이딩", "이동"),
    "pl": ("przesuwn*", "ruchom*"),
    "cs": ("posuvn*", "klouzav*"),
    "uk": ("ковзн*", "рухом*"),
    "ru": ("скользящ*", "подвижн*"),
    "nl": ("glijdend*", "schuivend*"),
    "sv": ("glidande", "rullande"),
    "da": ("glidende", "rullende"),
    "no": ("glidende", "rullende"),
}
# a small count of tokens ("the last two tokens", "los últimos dos")
FEW: Table = {
    "en": ("one", "two", "three", "k"),
    "es": ("uno", "una", "dos", "tres", "k"),
    "pt": ("um", "uma", "dois", "duas", "três", "k"),
    "fr": ("un", "une", "deux", "trois", "k"),
    "de": ("ein", "eine", "einen", "zwei", "drei", "k"),
    "it": ("uno", "una", "due", "tre", "k"),
    "zh": ("一", "两", "二", "三", "一个", "两个", "三个"),
    "ja": ("一つ", "二つ", "三つ", "1つ", "2つ", "3つ"),
    "ko": ("한", "두", "세", "하나", "둘", "셋"),
    "pl": ("jeden", "jedna", "jedno", "dwa", "dwie", "trzy", "k"),
    "cs": ("jeden", "jedna", "jedno", "dva", "dvě", "tři", "k"),
    "uk": ("один", "одна", "одне", "два", "дві", "три", "k"),
    "ru": ("один", "одна", "одно", "два", "две", "три", "k"),
    "nl": ("één", "een", "twee", "drie", "k"),
    "sv": ("en", "ett", "två", "tre", "k"),
    "da": ("en", "et", "to", "tre", "k"),
    "no": ("en", "ett", "ei", "to", "tre", "k"),
}
# a part of the question, before its letter ("Part b:", "Parte b)", "Teil b")
PART: Table = {
    "en": ("part", "question"),
    "es": ("parte", "pregunta", "apartado", "inciso"),
    "pt": ("parte", "questão", "pergunta", "item"),
    "fr": ("partie", "question"),
    "de": ("Teil", "Aufgabe", "Frage"),
    "it": ("parte", "domanda"),
    "zh": ("问题", "小题", "部分"),
    "ja": ("問", "設問", "小問"),
    "ko": ("문제", "문항", "부분"),
    "pl": ("część", "zadanie", "pytanie", "punkt"),
    "cs": ("část", "úloha", "otázka", "bod"),
    "uk": ("частина", "завдання", "питання", "пункт"),
    "ru": ("часть", "задание", "вопрос", "пункт"),
    "nl": ("deel", "onderdeel", "vraag", "opgave"),
    "sv": ("deluppgift", "uppgift", "fråga"),
    "da": ("delopgave", "opgave", "spørgsmål"),
    "no": ("deloppgave", "oppgave", "spørsmål"),
}
# the window model, by what it keeps (a heading "Truncated history", "Historia limitada")
SHORTENED: Table = {
    "en": ("truncated", "shorter", "limited", "restricted"),  # not "short": "in short, …"
    "es": ("truncado", "truncada", "corto", "corta", "limitado", "limitada", "restringido", "restringida"),
    "pt": ("truncado", "truncada", "curto", "curta", "limitado", "limitada", "restrito", "restrita"),
    "fr": ("tronqué", "tronquée", "court", "courte", "limité", "limitée", "restreint", "restreinte"),
    "de": ("abgeschnitten*", "gekürzt*", "kurz*", "begrenzt*", "beschränkt*"),
    "it": ("troncato", "troncata", "corto", "corta", "limitato", "limitata", "ristretto", "ristretta"),
    "zh": ("截断", "截短", "有限", "受限", "短"),
    "ja": ("打ち切り", "切り詰め", "制限", "限定", "短い"),
    "ko": ("잘린", "절단", "제한", "짧은"),
    "pl": ("obcięt*", "skrócon*", "krótsz*", "ograniczon*"),
    "cs": ("oříznut*", "zkrácen*", "kratší", "omezen*"),
    "uk": ("обрізан*", "скорочен*", "коротш*", "обмежен*"),
    "ru": ("обрезанн*", "усечённ*", "укороченн*", "короче", "ограниченн*"),
    "nl": ("afgekapt*", "ingekort*", "korter*", "beperkt*"),
    "sv": ("trunkerad*", "avkortad*", "kortare", "begränsad*"),
    "da": ("trunkeret*", "afkortet*", "kortere", "begrænset*"),
    "no": ("trunkert*", "avkortet*", "kortere", "begrenset*"),
}
# the last few tokens ("the last 2 tokens", "los últimos 2 tokens")
LAST: Table = {
    "en": ("last",),
    "es": ("último", "últimos", "última", "últimas"),
    "pt": ("último", "últimos", "última", "últimas"),
    "fr": ("dernier", "derniers", "dernière", "dernières"),
    "de": ("letzte", "letzten"),
    "it": ("ultimo", "ultimi", "ultima", "ultime"),
    "zh": ("最后", "最近", "最后的"),
    "ja": ("直前の", "最後の", "直近の"),
    "ko": ("마지막", "직전", "최근"),
    "pl": ("ostatni*",),
    "cs": ("poslední*",),
    "uk": ("останн*",),
    "ru": ("последн*",),
    "nl": ("laatste",),
    "sv": ("sista", "senaste"),
    "da": ("sidste", "seneste"),
    "no": ("siste", "seneste"),
}
# the full model
FULL: Table = {
    "en": ("full", "whole", "entire", "complete", "unlimited", "unrestricted", "untruncated"),
    "es": ("completo", "completa", "entero", "entera", "ilimitado", "ilimitada"),
    "pt": ("completo", "completa", "inteiro", "inteira", "ilimitado", "ilimitada"),
    "fr": ("complet", "complète", "entier", "entière", "illimité", "illimitée"),
    "de": ("voll", "volle", "volles", "vollen", "vollständig*", "ganz*", "unbegrenzt*"),
    "it": ("completo", "completa", "intero", "intera", "illimitato", "illimitata"),
    "zh": ("完整", "全部", "全", "完全", "全历史", "全上下文"),
    "ja": ("フル", "完全", "全体", "全履歴"),
    "ko": ("풀 모델", "전체", "완전"),  # not a bare 풀: 풀이 is a solution
    "pl": ("pełn*", "cały", "cała", "całe", "całą", "całej", "nieograniczon*"),
    "cs": ("plný", "plná", "plné", "plným", "plnou", "úpln*", "celý", "celá", "celé", "celou", "neomezen*"),
    "uk": ("повн*", "цілий", "ціла", "цілу", "необмежен*"),
    "ru": ("полн*", "вся", "весь", "всю", "всей", "неограниченн*"),
    "nl": ("volledig*", "vol", "volle", "hele", "onbeperkt*"),
    "sv": ("full", "fulla", "fullständig*", "hela", "obegränsad*"),
    "da": ("fuld", "fulde", "fuldstændig*", "hele", "ubegrænset*"),
    "no": ("full", "fulle", "fullstendig*", "hele", "ubegrenset*"),
}
# a model, the noun ("the window model", "el modelo de ventana")
MODEL: Table = {
    "en": ("model", "models"),
    "es": ("modelo", "modelos"),
    "pt": ("modelo", "modelos"),
    "fr": ("modèle", "modèles"),
    "de": ("Modell", "Modelle", "Modells"),
    "it": ("modello", "modelli"),
    "zh": ("模型",),
    "ja": ("モデル",),
    "ko": ("모델",),
    "pl": ("model*",),
    "cs": ("model*",),
    "uk": ("модел*",),
    "ru": ("модел*",),
    "nl": ("model*",),
    "sv": ("modell*",),
    "da": ("model*",),
    "no": ("modell*",),
}
# an article before a model's name ("the", "el", "a")
ARTICLE: Table = {
    "en": ("the",),
    "es": ("el", "la", "lo"),
    "pt": ("o", "a"),
    "fr": ("le", "la", "l'"),
    "de": ("der", "die", "das", "den"),
    "it": ("il", "lo", "la", "l'"),
    "zh": (),  # no articles in these languages
    "ja": (),
    "ko": (),
    "pl": (),
    "cs": (),
    "uk": (),
    "ru": (),
    "nl": ("de", "het"),
    "sv": ("den", "det"),
    "da": ("den", "det"),
    "no": ("den", "det"),
}
# what joins a model to its kind ("modelo de ventana", "modelo com janela", "modèle à fenêtre")
OF: Table = {
    "es": ("de", "con", "con la", "de la"),
    "pt": ("de", "da", "do", "com", "com a"),
    "fr": ("à", "de", "avec"),
    "de": ("mit",),
    "it": ("a", "di", "con", "con la"),
    "zh": ("的",),
    "ja": ("の",),
    "ko": ("의",),
    "pl": ("z", "ze"),
    "cs": ("s", "se"),
    "uk": ("з", "із", "зі"),
    "ru": ("с", "со"),
    "nl": ("met", "van"),
    "sv": ("med",),
    "da": ("med",),
    "no": ("med",),
}
# the gap between the two models
GAP: Table = {
    "en": ("gap", "difference", "differ", "diff", "delta"),
    "es": ("diferencia", "brecha"),
    "pt": ("diferença", "lacuna"),
    "fr": ("différence", "écart"),
    "de": ("Differenz", "Unterschied", "Abstand", "Lücke"),
    "it": ("differenza", "divario", "scarto"),
    "zh": ("差距", "差值", "差异", "差"),
    "ja": ("差", "ギャップ", "違い"),
    "ko": ("차이", "격차", "갭"),
    "pl": ("różnic*", "luka"),
    "cs": ("rozdíl*",),
    "uk": ("різниц*", "розрив"),
    "ru": ("разниц*", "разрыв", "отличие"),
    "nl": ("verschil*", "kloof"),
    "sv": ("skillnad*",),
    "da": ("forskel*",),
    "no": ("forskjell*",),
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
    "zh": (
        "更便宜",
        "便宜",
        "更省",
        "更快",
        "成本更低",
        "成本低",
        "代价更小",
        "代价更低",
        "计算量更小",
        "计算量小",
        "计算量更少",
        "计算量少",
        "开销更小",
        "更高效",
    ),
    "ja": (
        "安い",
        "安価",
        "安く",
        "速い",
        "軽い",
        "コストが低い",
        "計算量が少ない",
        "計算量が小さい",
        "効率的",
    ),
    "ko": (
        "더 싸",
        "싸다",
        "싼",
        "저렴",
        "더 빠르",
        "빠르다",
        "비용이 적",
        "비용이 낮",
        "계산량이 적",
        "연산량이 적",
        "효율적",
    ),
    "pl": (
        "tańsz*",
        "najtańsz*",
        "kosztuje mniej",
        "mniej kosztown*",
        "bardziej wydajn*",
        "szybsz*",
        "mniej obliczeń",
        "mniej operacji",
    ),
    "cs": (
        "levnější*",
        "nejlevnější*",
        "stojí méně",
        "méně nákladn*",
        "efektivnější*",
        "rychlejší*",
        "méně výpočtů",
        "méně operací",
    ),
    "uk": (
        "дешевш*",
        "коштує менше",
        "менш затратн*",
        "ефективніш*",
        "швидш*",
        "менше обчислень",
        "менше операцій",
    ),
    "ru": (
        "дешевле",
        "дешевл*",
        "стоит меньше",
        "менее затратн*",
        "эффективнее",
        "эффективней",
        "быстрее",
        "меньше вычислений",
        "меньше операций",
    ),
    "nl": (
        "goedkoper",
        "goedkoopst*",
        "kost minder",
        "kosten minder",
        "efficiënter",
        "sneller",
        "minder rekenwerk",
        "minder berekeningen",
        "minder operaties",
    ),
    "sv": (
        "billigare",
        "billigast*",
        "kostar mindre",
        "effektivare",
        "mer effektiv*",
        "snabbare",
        "mindre beräkning*",
        "färre operationer",
    ),
    "da": (
        "billigere",
        "billigst*",
        "koster mindre",
        "effektivere",
        "mere effektiv*",
        "mer effektiv*",
        "hurtigere",
        "mindre beregning*",
        "færre operationer",
    ),
    "no": (
        "billigere",
        "billigst*",
        "koster mindre",
        "mer effektiv*",
        "effektivere",
        "raskere",
        "mindre beregning*",
        "færre operasjoner",
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
    "zh": ("更少", "较少", "更低", "更小", "更高效", "高效"),
    "ja": ("少ない", "少なく", "小さい", "低い", "効率的"),
    "ko": ("적다", "적은", "적게", "작다", "작은", "낮다", "효율적"),
    "pl": ("mniej", "mniejsz*", "niższ*", "wydajn*"),
    "cs": ("méně", "míň", "menší*", "nižší*", "efektivní*"),
    "uk": ("менше", "менш*", "нижч*", "ефективн*"),
    "ru": ("меньше", "меньш*", "ниже", "эффективн*"),
    "nl": ("minder", "lager", "kleiner", "efficiënt"),
    "sv": ("mindre", "färre", "lägre", "effektiv*"),
    "da": ("mindre", "færre", "lavere", "effektiv*"),
    "no": ("mindre", "færre", "lavere", "effektiv*"),
}
# costs more: a model named so is the dearer one
DEARER: Table = {
    "en": ("more expensive", "expensive", "costlier", "slower"),
    "es": ("más caro", "más cara", "más costoso", "más costosa", "caro", "cara", "costoso", "más lento"),
    "pt": ("mais caro", "mais cara", "mais custoso", "mais custosa", "caro", "cara", "custoso", "mais lento"),
    "fr": ("plus cher", "plus chère", "plus coûteux", "plus coûteuse", "cher", "coûteux", "plus lent"),
    "de": ("teurer", "teuer", "aufwendiger", "aufwändiger", "langsamer"),
    "it": ("più caro", "più cara", "più costoso", "più costosa", "costoso", "costosa", "più lento"),
    "zh": ("更贵", "贵", "更慢", "成本更高", "代价更大", "代价更高", "计算量更大", "开销更大"),
    "ja": ("高価", "高く", "遅い", "重い", "コストが高い", "計算量が多い", "計算量が大きい"),
    "ko": ("더 비싸", "비싸", "비싼", "느리", "비용이 많", "비용이 높", "계산량이 많", "연산량이 많"),
    "pl": ("droższ*", "kosztowniejsz*", "wolniejsz*"),
    "cs": ("dražší*", "nákladnější*", "pomalejší*"),
    "uk": ("дорожч*", "затратніш*", "повільніш*"),
    "ru": ("дороже", "более дорог*", "затратнее", "медленнее"),
    "nl": ("duurder", "kostbaarder", "trager", "langzamer"),
    "sv": ("dyrare", "kostsammare", "långsammare"),
    "da": ("dyrere", "langsommere"),
    "no": ("dyrere", "tregere", "langsommere"),
}
# a bare greater amount, dearer only beside a model ("the full model needs more")
MORE: Table = {
    "en": ("more", "higher", "larger", "bigger"),
    "es": ("más", "mayor"),
    "pt": ("mais", "maior"),
    "fr": ("davantage", "supérieur"),  # not bare "plus": in English it adds ("plus an extra mask")
    "de": ("mehr", "höher", "größer"),
    "it": ("più", "maggiore"),
    "zh": ("更多", "较多", "更高", "更大"),
    "ja": ("多い", "多く", "大きい", "高い"),
    "ko": ("많다", "많은", "많이", "크다", "큰", "높다"),
    "pl": ("więcej", "większ*", "wyższ*"),
    "cs": ("více", "víc", "větší*", "vyšší*"),
    "uk": ("більше", "більш*", "вищ*"),
    "ru": ("больше", "больш*", "выше"),
    "nl": ("meer", "hoger", "groter"),
    "sv": ("mer", "mera", "högre", "större"),
    "da": ("mere", "mer", "højere", "større"),
    "no": ("mer", "høyere", "større"),
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
    "zh": ("两者都不", "哪个都不", "一样贵", "一样便宜", "成本相同", "代价相同", "计算量相同", "没有区别"),
    "ja": ("どちらでもない", "どちらも同じ", "コストは同じ", "同じコスト", "変わらない"),
    "ko": ("둘 다 아니", "어느 것도 아니", "비용이 같", "같은 비용", "차이 없", "똑같"),
    "pl": (
        "żaden",
        "żadna",
        "ani jeden",
        "ten sam koszt",
        "taki sam koszt",
        "kosztują tyle samo",
        "tak samo drogie",
    ),
    "cs": ("žádný", "žádná", "ani jeden", "stejná cena", "stejné náklady", "stojí stejně", "stejně drahé"),
    "uk": ("жодна", "жоден", "однакова вартість", "коштують однаково", "однаково дорогі"),
    "ru": ("ни одна", "ни один", "никакая", "одинаковая стоимость", "стоят одинаково", "одинаково дорогие"),
    "nl": (
        "geen van beide",
        "geen van de twee",
        "dezelfde kosten",
        "even duur",
        "even goedkoop",
        "kosten hetzelfde",
    ),
    "sv": (
        "ingen av dem",
        "ingendera",
        "ingen av modellerna",
        "samma kostnad",
        "kostar lika mycket",
        "lika dyra",
        "lika billiga",
    ),
    "da": (
        "ingen af dem",
        "ingen af modellerne",
        "samme omkostning",
        "koster det samme",
        "lige dyre",
        "lige billige",
    ),
    "no": (
        "ingen av dem",
        "ingen av modellene",
        "samme kostnad",
        "koster det samme",
        "like dyre",
        "like billige",
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
    "zh": ("成本", "代价", "计算量", "计算成本", "开销", "效率", "哪个模型"),
    "ja": ("コスト", "計算量", "計算コスト", "効率", "どちらのモデル", "どのモデル"),
    "ko": ("비용", "계산량", "연산량", "효율", "어느 모델", "어떤 모델"),
    "pl": ("koszt*", "obliczeni*", "wydajność", "który model"),
    "cs": ("cena", "náklady", "výpočetní*", "efektivita", "který model"),
    "uk": ("вартість", "витрати", "обчислювальн*", "ефективність", "яка модель"),
    "ru": ("стоимость", "затраты", "вычислительн*", "эффективность", "какая модель"),
    "nl": ("kosten", "rekenwerk", "efficiëntie", "welk model"),
    "sv": ("kostnad*", "beräkning*", "effektivitet", "vilken modell"),
    "da": ("omkostning*", "beregning*", "effektivitet", "hvilken model"),
    "no": ("kostnad*", "beregning*", "effektivitet", "hvilken modell"),
}
# after a model, the standard of comparison, not the subject ("フルモデルより…", "풀 모델보다 …"); Chinese
# puts its 比 between the subject and the standard, so its subject stays first
THAN: Table = {
    "ja": ("より", "よりも"),
    "ko": ("보다", "보다는"),
}
# the given values, not working ("Full: -0.7, -0.4", "Valores dados: …")
VALUES: Table = {
    "en": ("k", "conditional", "conditionals", "value", "values", "data", "given"),
    "es": ("condicional", "condicionales", "valor", "valores", "datos", "dados"),
    "pt": ("condicional", "condicionais", "valor", "valores", "dados"),
    "fr": ("conditionnelle", "conditionnelles", "valeur", "valeurs", "données"),
    "de": ("Wert", "Werte", "Daten", "gegeben", "gegebene"),
    "it": ("condizionale", "condizionali", "valore", "valori", "dati"),
    "zh": ("条件概率", "值", "数值", "数据", "已知", "给定"),
    "ja": ("条件付き確率", "値", "データ", "与えられた"),
    "ko": ("조건부 확률", "값", "데이터", "주어진"),
    "pl": ("wartość", "wartości", "dane"),
    "cs": ("hodnota", "hodnoty", "data", "dáno"),
    "uk": ("значення", "дані"),
    "ru": ("значение", "значения", "данные", "дано"),
    "nl": ("waarde", "waarden", "gegeven", "gegevens"),
    "sv": ("värde", "värden", "data", "givet", "givna"),
    "da": ("værdi", "værdier", "data", "givet", "givne"),
    "no": ("verdi", "verdier", "data", "gitt", "gitte"),
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
