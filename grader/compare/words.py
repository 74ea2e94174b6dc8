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
    "pl": ("bardziej prawdopodobn\\w*", "najbardziej prawdopodobn\\w*", "prawdopodobniejsz\\w*"),
    "cs": ("pravděpodobnější\\w*", "nejpravděpodobnější\\w*", "více pravděpodobn\\w*"),
    "uk": ("більш [йі]мовірн\\w*", "найбільш [йі]мовірн\\w*", "[йі]мовірніш\\w*", "най[йі]мовірніш\\w*"),
    "ru": ("более вероятн\\w*", "наиболее вероятн\\w*", "вероятнее", "сам\\w* вероятн\\w*"),
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
    "pl": ("mniej prawdopodobn\\w*", "najmniej prawdopodobn\\w*"),
    "cs": ("méně pravděpodobn\\w*", "nejméně pravděpodobn\\w*"),
    "uk": ("менш [йі]мовірн\\w*", "найменш [йі]мовірн\\w*"),
    "ru": ("менее вероятн\\w*", "наименее вероятн\\w*"),
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
    "pl": ("bardziej pewn\\w*", "pewniejsz\\w*", "większ\\w* pewnoś\\w*"),
    "cs": ("jistější\\w*", "více jist\\w*", "větší jistot\\w*"),
    "uk": ("більш впевнен\\w*", "впевненіш\\w*", "більш\\w* впевненіст\\w*"),
    "ru": ("более уверенн\\w*", "увереннее", "уверенней", "больш\\w* уверенност\\w*"),
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
    "pl": ("mniej pewn\\w*",),
    "cs": ("méně jist\\w*",),
    "uk": ("менш впевнен\\w*",),
    "ru": ("менее уверенн\\w*",),
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
    "pl": ("wyższ\\w*", "większ\\w*"),
    "cs": ("vyšší\\w*", "větší\\w*"),
    "uk": ("вищ\\w*", "більший", "більша", "більше"),
    "ru": ("выше", "больше", "больший", "большая", "большее"),
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
    "pl": ("niższ\\w*", "mniejsz\\w*"),
    "cs": ("nižší\\w*", "menší\\w*"),
    "uk": ("нижч\\w*", "менший", "менша", "менше"),
    "ru": ("ниже", "меньше", "меньший", "меньшая", "меньшее"),
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
    "pl": ("preferuje", "wybiera", "wybieram", "wygrywa", "faworyzuje"),
    "cs": ("preferuje", "vybírá", "volím", "vyhrává", "upřednostňuje"),
    "uk": ("віддає перевагу", "обирає", "вибирає", "обираю", "перемагає"),
    "ru": ("предпочитает", "выбирает", "выбираю", "выигрывает", "побеждает"),
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
    "pl": ("lepsz\\w*", "lepiej"),
    "cs": ("lepší\\w*", "lépe"),
    "uk": ("кращ\\w*", "краще"),
    "ru": ("лучше",),
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
    "pl": ("gorsz\\w*", "gorzej"),
    "cs": ("horší\\w*", "hůře"),
    "uk": ("гірш\\w*",),
    "ru": ("хуже",),
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
    "pl": ("(?:dwa razy|razy) (?:bardziej )?prawdopodobn\\w*",),
    "cs": ("(?:dvakrát|krát) (?:více )?pravděpodobn\\w*",),
    "uk": ("(?:вдвічі|рази|разів) (?:більш )?[йі]мовірн\\w*",),
    "ru": ("(?:вдвое|раза|раз) (?:более )?вероятн\\w*",),
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
    "pl": ("wniosek", "podsumowanie"),
    "cs": ("závěr", "shrnutí"),
    "uk": ("висновок", "підсумок"),
    "ru": ("вывод", "заключение", "итог"),
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
    "pl": ("końcow\\w*", "ostateczn\\w*"),
    "cs": ("konečn\\w*", "výsledn\\w*"),
    "uk": ("остаточн\\w*", "кінцев\\w*"),
    "ru": ("окончательн\\w*", "итогов\\w*"),
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
    "pl": ("więc", "zatem", "czyli", "stąd", "dlatego"),
    "cs": ("tedy", "takže", "proto", "tudíž", "čili"),
    "uk": ("отже", "тому", "тож", "тобто"),
    "ru": ("значит", "поэтому", "итак", "следовательно", "то есть"),
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
NOT: Table = lexicon.union(
    meanings.NOT,
    {"en": ("is not", "n't", "no"), "de": ("kein\\w*",), "zh": ("不是",), "ko": ("안",)},
)
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
    "pl": ("niż", "od"),
    "cs": ("než", "nežli"),
    "uk": ("ніж", "за"),
    "ru": ("чем",),
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
    "pl": ("jak",),
    "cs": ("jako",),
    "uk": ("як",),
    "ru": ("как",),
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
    "pl": ("razy",),
    "cs": ("krát",),
    "uk": ("рази", "разів", "раз"),
    "ru": ("раза", "раз"),
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
    "pl": ("bardziej",),
    "cs": ("více",),
    "uk": ("більш",),
    "ru": ("более",),
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
    "pl": (),
    "cs": (),
    "uk": (),
    "ru": (),
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
    "pl": ("prawdopodobn\\w*",),
    "cs": ("pravděpodobn\\w*",),
    "uk": ("[йі]мовірн\\w*",),
    "ru": ("вероятн\\w*",),
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
    "pl": ("procent\\w*",),
    "cs": ("procent\\w*",),
    "uk": ("відсот\\w*",),
    "ru": ("процент\\w*",),
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
    "pl": ("perpleksj\\w*", "entropi\\w* krzyżow\\w*", "entropi\\w*", "strata", "straty"),
    "cs": ("perplexit\\w*", "křížov\\w* entropi\\w*", "entropi\\w*", "ztráta", "ztráty"),
    "uk": ("перплексі\\w*", "перехресн\\w* ентропі\\w*", "ентропі\\w*", "втрата", "втрати"),
    "ru": (
        "перплекси\\w*",
        "кросс-энтропи\\w*",
        "перекрёстн\\w* энтропи\\w*",
        "энтропи\\w*",
        "потеря",
        "потери",
    ),
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
    "pl": ("prawdopodobieństw\\w*", "wiarygodnoś\\w*", "średni\\w*"),
    "cs": ("pravděpodobnost\\w*", "věrohodnost\\w*", "průměr\\w*", "skóre"),
    "uk": ("[йі]мовірніст\\w*", "правдоподібніст\\w*", "середн\\w*"),
    "ru": ("вероятност\\w*", "правдоподоби\\w*", "средн\\w*"),
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
    "pl": ("na (?:token|słowo)", "średni\\w*", "uśrednion\\w*", "znormalizowan\\w*", "perpleksj\\w*"),
    "cs": ("na (?:token|slovo)", "průměr\\w*", "normalizovan\\w*", "perplexit\\w*"),
    "uk": ("на (?:токен|token|слово)", "середн\\w*", "нормалізован\\w*", "перплексі\\w*"),
    "ru": ("на (?:токен|token|слово)", "средн\\w*", "нормированн\\w*", "нормализованн\\w*", "перплекси\\w*"),
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
    "pl": (
        "cał\\w* (?:sekwencj\\w*|odpowied\\w*)",
        "łączn\\w*",
        "suma",
        "sumy",
        "sumie",
        "sumę",
        "sumą",
        "ogółem",
        "całkowit\\w*",
    ),
    "cs": ("cel\\w* (?:sekvenc\\w*|odpověd\\w*)", "celkov\\w*", "součet", "součtu", "úhrnem"),
    "uk": ("вс\\w* послідовніст\\w*", "загальн\\w*", "сумарн\\w*", "сума", "сумою"),
    "ru": ("вс\\w* последовательност\\w*", "общ\\w*", "суммарн\\w*", "сумма", "суммой", "совместн\\w*"),
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
    "pl": ("ale", "chociaż", "choć", "podczas gdy", "natomiast", "jednak", "lecz"),
    "cs": ("ale", "ačkoli", "ačkoliv", "zatímco", "však", "přestože"),
    "uk": ("але", "хоча", "тоді як", "проте", "однак"),
    "ru": ("но", "хотя", "тогда как", "однако", "зато", "в то время как"),
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
    "pl": ("chociaż", "choć", "podczas gdy", "mimo że"),
    "cs": ("ačkoli", "ačkoliv", "zatímco", "přestože", "i když"),
    "uk": ("хоча", "тоді як", "попри те що"),
    "ru": ("хотя", "тогда как", "несмотря на то что", "в то время как"),
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
    "pl": ("odpowied\\w*", "kandydat\\w*", "wyjście", "opcj\\w*", "sekwencj\\w*", "przypad\\w*"),
    "cs": ("odpověď", "odpovědi", "kandidát\\w*", "výstup\\w*", "možnost\\w*", "sekvenc\\w*", "případ\\w*"),
    "uk": ("відповід\\w*", "кандидат\\w*", "вихід", "варіант\\w*", "послідовніст\\w*", "випад\\w*"),
    "ru": ("ответ\\w*", "кандидат\\w*", "выход", "вариант\\w*", "последовательност\\w*", "случа\\w*"),
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
    "pl": ("uwaga", "notka", "sprawdzenie"),
    "cs": ("poznámka", "pozn\\.", "kontrola", "ověření"),
    "uk": ("примітка", "зауваження", "перевірка"),
    "ru": ("примечание", "замечание", "проверка", "прим\\."),
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
    "pl": ("jest",),
    "cs": ("je",),
    "uk": ("є", "це"),
    "ru": ("это", "является"),
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
    "pl": (),
    "cs": (),
    "uk": (),
    "ru": (),
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
    "pl": ("stosunek", "iloraz"),
    "cs": ("poměr", "podíl"),
    "uk": ("відношення", "співвідношення"),
    "ru": ("отношение", "соотношение"),
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
    "pl": ("dla",),
    "cs": ("pro",),
    "uk": ("для",),
    "ru": ("для",),
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
    "pl": ("dla",),
    "cs": ("pro",),
    "uk": ("для",),
    "ru": ("для",),
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
    "pl": ("oznacza", "tj\\."),
    "cs": ("znamená", "tj\\."),
    "uk": ("означає", "тобто"),
    "ru": ("означает", "т\\.\\s*е\\.", "то есть"),
}


def words(*tables: Table) -> str:
    """The tables' entries, every language, as one alternation of whole words (longest first)."""
    return rf"(?<![^\W_]){lexicon.alternation(*tables, regex=True)}(?![^\W_])"


def compiled(*tables: Table) -> re.Pattern[str]:
    """`words(...)` compiled, case-insensitive."""
    return re.compile(words(*tables), re.IGNORECASE)
