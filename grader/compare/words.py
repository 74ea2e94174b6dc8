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
    "zh": ("更可能", "更有可能", "可能性更大", "可能性更高", "概率更高", "概率更大", "更大概率"),
    "ja": (
        "可能性が高い",
        "可能性がより高い",
        "確率が高い",
        "確率がより高い",
        "より起こりやすい",
        "起こりやすい",
    ),
    "ko": ("더 가능성이 높", "가능성이 더 높", "확률이 더 높", "더 높은 확률", "더 그럴듯"),
}
# "less likely"
LESS_LIKELY: Table = {
    "en": ("less likely", "least likely", "less probable", "unlikelier"),
    "es": ("menos probables?", "menos verosímil(?:es)?"),
    "pt": ("menos provável", "menos prováveis"),
    "fr": ("moins probables?", "moins vraisemblables?"),
    "de": ("weniger wahrscheinlich\\w*", "unwahrscheinlicher\\w*"),
    "it": ("meno probabil[ei]",),
    "zh": ("更不可能", "可能性更小", "可能性更低", "概率更低", "概率更小"),
    "ja": ("可能性が低い", "確率が低い", "起こりにくい"),
    "ko": ("가능성이 더 낮", "더 가능성이 낮", "확률이 더 낮", "더 낮은 확률"),
}
# "more confident (sure) of": the model's confidence in the candidate named
MORE_CONFIDENT: Table = {
    "en": ("more confident",),
    "es": ("más segur[oa]s?", "más confiad[oa]s?", "mayor confianza"),
    "pt": ("mais confiantes?", "mais segur[oa]s?", "maior confiança"),
    "fr": ("plus confiante?s?", "plus sûre?s?", "plus de confiance"),
    "de": ("sicherer\\w*", "zuversichtlicher\\w*"),
    "it": ("più sicur[oaie]", "più fiducios[oaie]"),
    "zh": ("更有信心", "更确信", "更自信", "置信度更高"),
    "ja": ("確信度が高い", "より確信", "自信がある"),
    "ko": ("더 확신", "확신이 더 높", "확신이 높"),
}
LESS_CONFIDENT: Table = {
    "en": ("less confident",),
    "es": ("menos segur[oa]s?", "menos confiad[oa]s?", "menor confianza"),
    "pt": ("menos confiantes?", "menos segur[oa]s?", "menor confiança"),
    "fr": ("moins confiante?s?", "moins sûre?s?"),
    "de": ("weniger sicher", "weniger zuversichtlich"),
    "it": ("meno sicur[oaie]", "meno fiducios[oaie]"),
    "zh": ("更没有信心", "更不确定", "置信度更低"),
    "ja": ("確信度が低い", "自信がない"),
    "ko": ("덜 확신", "확신이 더 낮", "확신이 낮"),
}
# a bigger value ("higher", "mayor"): which candidate that favours depends on the quantity compared
HIGHER: Table = {
    "en": ("higher", "larger", "greater", "bigger"),
    "es": ("mayor(?:es)?", "más alt[oa]s?", "más grandes?", "superior(?:es)?"),
    "pt": ("maior(?:es)?", "mais alt[oa]s?", "mais grandes?", "superior(?:es)?"),
    "fr": ("plus grande?s?", "plus élevée?s?", "plus haute?s?", "supérieure?s?"),
    "de": ("höher\\w*", "größer\\w*", "grösser\\w*"),
    "it": ("maggior[ei]", "più alt[oaie]", "più grand[ei]", "superior[ei]"),
    "zh": ("更高", "更大", "较高", "较大"),
    "ja": ("より高い", "より大きい", "高い", "大きい"),
    "ko": ("더 높", "더 크", "높은", "큰"),
}
LOWER: Table = {
    "en": ("lower", "smaller"),
    "es": ("menor(?:es)?", "más baj[oa]s?", "más pequeñ[oa]s?", "inferior(?:es)?"),
    "pt": ("menor(?:es)?", "mais baix[oa]s?", "mais pequen[oa]s?", "inferior(?:es)?"),
    "fr": ("plus petite?s?", "plus faibles?", "plus basse?s?", "inférieure?s?"),
    "de": ("niedriger\\w*", "kleiner\\w*", "geringer\\w*"),
    "it": ("minor[ei]", "più bass[oaie]", "più piccol[oaie]", "inferior[ei]"),
    "zh": ("更低", "更小", "较低", "较小"),
    "ja": ("より低い", "より小さい", "低い", "小さい"),
    "ko": ("더 낮", "더 작", "낮은", "작은"),
}
# a choice made for the candidate named ("the model prefers B", "A wins", "I choose A")
PREFER: Table = {
    "en": ("prefer\\w*", "favou?r\\w*", "wins", "choose", "chosen", "pick\\w*"),
    "es": ("prefiere[ns]?", "preferid[oa]s?", "elige", "elijo", "escoge", "escojo", "gana", "favorece"),
    "pt": ("prefere[m]?", "preferid[oa]s?", "escolhe", "escolho", "escolhid[oa]", "ganha", "favorece"),
    "fr": ("préfèrent", "préfère", "préférée?s?", "choisit", "choisis", "gagne", "favorise"),
    "de": ("bevorzugt", "gewinnt", "wählt", "gewählt"),
    "it": ("preferisce", "preferit[oaie]", "sceglie", "scelgo", "scelt[oa]", "vince", "favorisce"),
    "zh": ("偏好", "更偏好", "选择", "选", "胜出"),
    "ja": ("選ぶ", "選択", "好む", "勝つ"),
    "ko": ("선호", "선택", "고른다", "이긴다"),
}
BETTER: Table = {
    "en": ("better",),
    "es": ("mejor(?:es)?",),
    "pt": ("melhor(?:es)?",),
    "fr": ("meilleure?s?", "mieux"),
    "de": ("besser\\w*",),
    "it": ("miglior[ei]", "meglio"),
    "zh": ("更好", "较好"),
    "ja": ("より良い", "良い"),
    "ko": ("더 좋", "더 낫"),
}
WORSE: Table = {
    "en": ("worse",),
    "es": ("peor(?:es)?",),
    "pt": ("pior(?:es)?",),
    "fr": ("pire", "moins bon(?:ne)?s?"),
    "de": ("schlechter\\w*",),
    "it": ("peggior[ei]", "peggio"),
    "zh": ("更差", "较差"),
    "ja": ("より悪い", "悪い"),
    "ko": ("더 나쁘", "더 못하"),
}
# "twice as likely", "2 times as probable": a multiple said with its word for "as"
TWICE_AS_LIKELY: Table = {
    "en": ("(?:twice|times) as (?:likely|probable)",),
    "es": ("(?:el doble de|veces) (?:tan )?probables?",),
    "pt": ("(?:o dobro de|vezes) (?:tão )?provável",),
    "fr": ("(?:deux fois|fois) (?:aussi )?probables?",),
    "de": ("(?:doppelt|mal) so wahrscheinlich",),
    "it": ("(?:il doppio|volte) (?:tanto )?probabil[ei]",),
    "zh": ("(?:两|\\d+(?:\\.\\d+)?) ?倍",),
    "ja": ("(?:\\d+(?:\\.\\d+)?) ?倍",),
    "ko": ("(?:두|\\d+(?:\\.\\d+)?) ?배",),
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
    "zh": ("结论", "总结", "综上"),
    "ja": ("結論", "まとめ"),
    "ko": ("결론", "요약"),
}
FINAL: Table = {
    "en": ("final",),
    "es": ("final",),
    "pt": ("final",),
    "fr": ("finale?",),
    "de": ("endgültige?", "finale?"),
    "it": ("finale",),
    "zh": ("最终", "最后"),
    "ja": ("最終",),
    "ko": ("최종",),
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
    "zh": ("因此", "所以", "故", "于是", "因而"),
    "ja": ("したがって", "よって", "なので", "だから", "ゆえに", "従って"),
    "ko": ("따라서", "그러므로", "그래서", "그러니까", "이므로"),
}
# the word that marks the name a comparison is set against, where it stands before that name ("A 比 B
# 更可能": B is the one compared with; English puts "than" after its comparative instead)
THAN_BEFORE_NAME: Table = {"zh": ("比", "比起", "相比于", "相较于")}
# … and where it stands after that name, as a particle ("B より A の方が", "B보다 A가 더")
THAN_AFTER_NAME: Table = {
    "zh": ("相比", "相比较"),
    "ja": ("より", "よりも", "に比べて"),
    "ko": ("보다", "에 비해"),
}
# a negation right before a cue ("B is not more likely", "B no es más probable")
NOT: Table = {
    "en": ("not", "isn't", "is not", "n't", "no"),
    "es": ("no",),
    "pt": ("não",),
    "fr": ("pas",),
    "de": ("nicht", "kein\\w*"),
    "it": ("non",),
    "zh": ("不", "不是", "没有"),
    "ja": (),  # Japanese negates after the word ("高くない"), not before it
    "ko": ("안",),
}
# the word after a comparative that names what it is set against ("more likely than B")
THAN: Table = {
    "en": ("than",),
    "es": ("que",),
    "pt": ("que", "do que"),
    "fr": ("que",),
    "de": ("als",),
    "it": ("che", "rispetto a"),
    "zh": ("相比",),
    "ja": (),
    "ko": (),
}
# the second word of an equal comparison ("twice as likely as B")
AS: Table = {
    "en": ("as",),
    "es": ("como", "que"),
    "pt": ("quanto", "como"),
    "fr": ("que",),
    "de": ("wie",),
    "it": ("quanto", "come"),
    "zh": (),
    "ja": (),
    "ko": (),
}
# the word of a multiple ("2 times more likely")
TIMES: Table = {
    "en": ("times",),
    "es": ("veces",),
    "pt": ("vezes",),
    "fr": ("fois",),
    "de": ("mal",),
    "it": ("volte",),
    "zh": ("倍",),
    "ja": ("倍",),
    "ko": ("배",),
}
# the word that makes a comparison of more, and the word that makes one of equals
MORE: Table = {
    "en": ("more",),
    "es": ("más",),
    "pt": ("mais",),
    "fr": ("plus",),
    "de": ("mehr",),
    "it": ("più",),
    "zh": ("更",),
    "ja": ("より",),
    "ko": ("더",),
}
AS_MUCH: Table = {
    "en": ("as",),
    "es": ("tan",),
    "pt": ("tão",),
    "fr": ("aussi",),
    "de": ("so",),
    "it": ("tanto",),
    "zh": (),
    "ja": (),
    "ko": (),
}
LIKELY: Table = {
    "en": ("likely", "probable"),
    "es": ("probables?",),
    "pt": ("provável", "prováveis"),
    "fr": ("probables?",),
    "de": ("wahrscheinlich\\w*",),
    "it": ("probabil[ei]",),
    "zh": ("可能", "概率"),
    "ja": ("可能性", "確率"),
    "ko": ("가능성", "확률"),
}
PERCENT: Table = {
    "en": ("percent", "per cent"),
    "es": ("por ciento",),
    "pt": ("por cento",),
    "fr": ("pour cent",),
    "de": ("prozent",),
    "it": ("per cento",),
    "zh": ("百分之",),
    "ja": ("パーセント",),
    "ko": ("퍼센트",),
}
# a quantity where lower means more likely
INVERSE_QUANTITY: Table = {
    "en": ("perplexit\\w*", "ppl", "cross[-\\s]?entropy", "entropy", "nll", "loss", "surprisal"),
    "es": ("perplejidad(?:es)?", "perplexidad(?:es)?", "entropía cruzada", "entropía", "pérdida"),
    "pt": ("perplexidade", "entropia cruzada", "entropia", "perda"),
    "fr": ("perplexité", "entropie croisée", "entropie", "perte"),
    "de": ("perplexität", "kreuzentropie", "entropie", "verlust"),
    "it": ("perplessità", "entropia incrociata", "entropia", "perdita"),
    "zh": ("困惑度", "交叉熵", "熵", "损失"),
    "ja": ("パープレキシティ", "困惑度", "交差エントロピー", "エントロピー", "損失"),
    "ko": ("퍼플렉서티", "혼잡도", "교차 엔트로피", "엔트로피", "손실"),
}
# a quantity where higher means more likely
DIRECT_QUANTITY: Table = {
    "en": ("probabilit\\w*", "likelihood", "mean", "score"),
    "es": ("probabilidad(?:es)?", "verosimilitud", "media", "promedio", "puntuación"),
    "pt": ("probabilidades?", "verossimilhança", "média", "pontuação"),
    "fr": ("probabilités?", "vraisemblance", "moyenne", "score"),
    "de": ("wahrscheinlichkeit\\w*", "mittelwert", "durchschnitt", "punktzahl"),
    "it": ("probabilità", "verosimiglianza", "media", "punteggio"),
    "zh": ("概率", "似然", "平均", "得分"),
    "ja": ("確率", "尤度", "平均", "スコア"),
    "ko": ("확률", "우도", "가능도", "평균", "점수"),
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
    "zh": ("每个token", "每 token", "每个词", "平均", "归一化", "困惑度", "交叉熵"),
    "ja": (
        "1トークンあたり",
        "トークンあたり",
        "トークン当たり",
        "平均",
        "正規化",
        "パープレキシティ",
        "交差エントロピー",
    ),
    "ko": ("토큰당", "토큰 당", "평균", "정규화", "퍼플렉서티", "교차 엔트로피"),
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
    "zh": ("整个序列", "整体", "总", "总和", "联合"),
    "ja": ("系列全体", "全体", "合計", "総和", "同時"),
    "ko": ("전체 시퀀스", "전체", "합계", "총합", "결합"),
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
    "zh": ("但是", "但", "而", "然而", "虽然", "尽管"),
    "ja": ("しかし", "だが", "けれども", "一方", "ものの"),
    "ko": ("하지만", "그러나", "반면", "지만"),
}
# a contrast word that opens a conceded clause ("Although the totals favour A, …")
CONCEDING: Table = {
    "en": ("while", "whereas", "although", "though"),
    "es": ("aunque", "mientras(?: que)?", "si bien", "aun cuando"),
    "pt": ("embora", "enquanto", "apesar de", "ainda que"),
    "fr": ("bien que", "quoique", "alors que", "tandis que", "même si"),
    "de": ("obwohl", "obgleich", "während", "wenngleich"),
    "it": ("anche se", "sebbene", "benché", "mentre"),
    "zh": ("虽然", "尽管"),
    "ja": ("ものの", "けれども"),
    "ko": ("비록",),
}
# a word that names whose work a label heads ("Response A:", "Opción B:")
LABEL: Table = {
    "en": ("response", "candidate", "output", "option", "sequence", "completion", "reply", "case"),
    "es": ("respuesta", "candidat[oa]", "salida", "opción", "secuencia", "caso"),
    "pt": ("resposta", "candidat[oa]", "saída", "opção", "sequência", "caso"),
    "fr": ("réponse", "candidate?", "sortie", "option", "séquence", "cas"),
    "de": ("antwort", "kandidat(?:in)?", "ausgabe", "option", "sequenz", "fall"),
    "it": ("risposta", "candidat[oa]", "uscita", "opzione", "sequenza", "caso"),
    "zh": ("回答", "候选", "输出", "选项", "序列"),
    "ja": ("回答", "候補", "出力", "選択肢", "系列"),
    "ko": ("응답", "후보", "출력", "선택지", "시퀀스"),
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
    "zh": ("注", "备注", "说明", "验证"),
    "ja": ("注", "備考", "補足", "確認", "検算"),
    "ko": ("참고", "비고", "확인", "검산"),
}
# the copula ("the answer is B", "la respuesta es B")
IS: Table = {
    "en": ("is",),
    "es": ("es",),
    "pt": ("é",),
    "fr": ("est",),
    "de": ("ist",),
    "it": ("è",),
    "zh": ("是", "为"),
    "ja": ("は",),
    "ko": ("는", "은", "이다"),
}
# an article before a name ("the answer is the B")
THE: Table = {
    "en": ("the",),
    "es": ("el", "la", "lo"),
    "pt": ("o", "a"),
    "fr": ("le", "la", "l'"),
    "de": ("der", "die", "das"),
    "it": ("il", "la", "lo", "l'"),
    "zh": (),
    "ja": (),
    "ko": (),
}
# a ratio's name ("the ratio is 2.01", "la razón es 2,01")
RATIO: Table = {
    "en": ("ratio",),
    "es": ("razón", "cociente"),
    "pt": ("razão", "quociente"),
    "fr": ("rapport", "quotient"),
    "de": ("verhältnis", "quotient"),
    "it": ("rapporto", "quoziente"),
    "zh": ("比值", "比率", "比"),
    "ja": ("比", "比率"),
    "ko": ("비율", "비"),
}
# a heading's word before the candidate it is about ("Mean for A:", "Media para A:")
OF_FOR: Table = {
    "en": ("of", "for"),
    "es": ("de", "del", "para"),
    "pt": ("de", "do", "da", "para"),
    "fr": ("de", "du", "pour"),
    "de": ("von", "für"),
    "it": ("di", "del", "della", "per"),
    "zh": ("的",),
    "ja": ("の",),
    "ko": ("의",),
}
FOR: Table = {
    "en": ("for",),
    "es": ("para",),
    "pt": ("para",),
    "fr": ("pour",),
    "de": ("für",),
    "it": ("per",),
    "zh": ("对于",),
    "ja": ("について",),
    "ko": ("에 대해",),
}
# a legend's word for "means" ("lower = more confident", "menor significa más probable")
MEANS: Table = {
    "en": ("means?", "i\\.e\\.,?"),
    "es": ("significa", "o sea", "es decir"),
    "pt": ("significa", "ou seja"),
    "fr": ("signifie", "c'est-à-dire"),
    "de": ("bedeutet", "d\\.h\\."),
    "it": ("significa", "cioè"),
    "zh": ("意味着", "表示", "即"),
    "ja": ("意味する", "つまり", "すなわち"),
    "ko": ("의미한다", "즉"),
}


def words(*tables: Table) -> str:
    """The tables' entries, every language, as one alternation of whole words (longest first)."""
    return rf"(?<![^\W_]){lexicon.alternation(*tables, regex=True)}(?![^\W_])"


def compiled(*tables: Table) -> re.Pattern[str]:
    """`words(...)` compiled, case-insensitive."""
    return re.compile(words(*tables), re.IGNORECASE)
