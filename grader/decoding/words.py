"""The words a decoding answer says its meanings with, one table per meaning and a row per language.

A reader matches a meaning ("a step", "the beam", "keep", "the answer", "yes") by a regex built from its
table, so a new language is one more row. Accents are optional (más/mas, étape/etape); a space in a
phrase stands for any run of blanks. English stays first: its words are the ones the reader began with.
"""

from __future__ import annotations

from grader.core import lexicon, meanings
from grader.core.lexicon import Table
from grader.core.unspaced import spaced  # language -> the words (or phrases) that say the meaning

STEP: Table = {
    "en": ("step",),
    "es": ("paso",),
    "pt": ("passo",),
    "fr": ("étape",),
    "de": ("schritt",),
    "it": ("passo", "passaggio"),
    "zh": ("步", "步骤"),
    "ja": ("ステップ", "段階"),
    "ko": ("단계", "스텝"),
    "pl": ("krok", "kroku", "kroki"),
    "cs": ("krok", "kroku", "kroky"),
    "uk": ("крок", "кроці", "кроку"),
    "ru": ("шаг", "шаге", "шага"),
}
# what makes a number an ordinal beside its counter: before it (第2步, step no. 2) or after it (2ステップ目,
# 2번째 단계); a counter may also follow its number bare (2단계) or precede it (ステップ2, step 2)
ORDINAL: Table = {
    "en": ("no.", "#"),
    "es": ("n.º", "nº", "no."),
    "pt": ("n.º", "nº"),
    "fr": ("n°", "no"),
    "de": ("nr.",),
    "it": ("n.", "n°"),
    "zh": ("第",),
    "ja": ("第", "番目", "目"),
    "ko": ("제", "번째", "째"),
    "pl": ("nr", "nr."),
    "cs": ("č.",),
    "uk": ("№",),
    "ru": ("№",),
}
BEAM: Table = {
    "en": ("beam",),
    "es": ("haz",),
    "pt": ("feixe",),
    "fr": ("faisceau",),
    "de": ("strahl",),
    "it": ("fascio",),
    "zh": ("束", "波束", "集束"),
    "ja": ("ビーム",),
    "ko": ("빔",),
    "pl": ("wiązka", "wiązce", "wiązki", "wiązkę", "wiązką"),
    "cs": ("svazek", "svazku", "paprsek", "paprsku"),
    "uk": ("промінь", "променя", "промені", "пучок", "пучку", "пучка"),
    "ru": ("луч", "луча", "луче", "пучок", "пучке", "пучка"),
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
    "zh": ("保留", "留下", "保持", "选出", "选取"),
    "ja": ("残す", "残し", "残して", "残します", "保持"),
    "ko": ("유지", "유지한다", "남긴다", "남김", "남기고"),
    "pl": ("zostawiam", "zostawiamy", "zachowuję", "zachowujemy", "zostają", "pozostają", "trzymamy"),
    "cs": ("ponechám", "ponecháme", "nechám", "necháme", "zůstávají", "zůstanou", "držíme"),
    "uk": ("залишаю", "залишаємо", "лишаємо", "зберігаємо", "залишаються"),
    "ru": ("оставляю", "оставляем", "сохраняем", "остаются"),
}
# the languages that put the verb, and the copula, at the end of their clause: "the 0.5 を残す" keeps what
# stands before its verb, "… 最も確率の高い系列である" says "is" after what greedy's output is called
VERB_FINAL = ("ja", "ko")
# a count and a superlative that keep the best hypotheses ("two best", "los dos mejores")
COUNT: Table = {
    "en": ("two", "three", "four"),
    "es": ("dos", "tres", "cuatro"),
    "pt": ("dois", "duas", "três", "quatro"),
    "fr": ("deux", "trois", "quatre"),
    "de": ("zwei", "drei", "vier"),
    "it": ("due", "tre", "quattro"),
    "zh": ("两", "二", "三", "四"),
    "ja": ("二", "三", "四"),
    "ko": ("두", "세", "네", "둘", "셋"),
    "pl": ("dwa", "dwie", "trzy", "cztery"),
    "cs": ("dva", "dvě", "tři", "čtyři"),
    "uk": ("два", "дві", "три", "чотири"),
    "ru": ("два", "две", "три", "четыре"),
}
BEST: Table = {
    "en": ("best",),
    "es": ("mejores", "mejor"),
    "pt": ("melhores", "melhor"),
    "fr": ("meilleures", "meilleurs", "meilleure", "meilleur"),
    "de": ("besten", "beste"),
    "it": ("migliori", "migliore"),
    "zh": ("前", "最好", "最佳", "最高"),
    "ja": ("上位", "最良", "ベスト"),
    "ko": ("상위", "최고", "최상위"),
    "pl": ("najlepsze", "najlepszy", "najlepsza", "najlepszych"),
    "cs": ("nejlepší", "nejlepších"),
    "uk": ("найкращі", "найкращий", "найкраща", "найкращих"),
    "ru": ("лучшие", "лучший", "лучшая", "лучших", "наилучшие"),
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
    "zh": ("候选", "候选项", "扩展", "展开", "拓展"),
    "ja": ("候補", "展開", "拡張"),
    "ko": ("후보", "확장", "전개"),
    "pl": (
        "kandydat",
        "kandydaci",
        "kandydatów",
        "kandydaty",
        "rozszerzenia",
        "rozszerzenie",
        "rozszerzamy",
        "rozwinięcia",
    ),
    "cs": ("kandidát", "kandidáti", "kandidátů", "kandidáty", "rozšíření", "rozšiřujeme", "expanze"),
    "uk": ("кандидат", "кандидати", "кандидатів", "розширення", "розширюємо"),
    "ru": ("кандидат", "кандидаты", "кандидатов", "расширения", "расширение", "расширяем", "продолжения"),
}
# a word that joins two items of a list, or the next one of a sequence of picks
AND_THEN: Table = {
    "en": ("and", "or", "then"),
    "es": ("y", "e", "o", "luego", "después"),
    "pt": ("e", "ou", "depois"),
    "fr": ("et", "ou", "puis"),
    "de": ("und", "oder", "dann"),
    "it": ("e", "o", "poi"),
    "zh": ("和", "与", "或", "然后", "再"),
    "ja": ("と", "や", "または", "それから", "次に"),
    "ko": ("와", "과", "및", "또는", "그리고", "그다음"),
    "pl": ("oraz", "lub", "albo", "potem", "następnie"),
    "cs": ("nebo", "pak", "potom", "poté"),
    "uk": ("і", "та", "або", "потім", "далі"),
    "ru": ("и", "или", "потом", "затем", "далее"),
}
# a word that says what comes next in order ("I, am, then </s>"): the picks of a path listed one by one
THEN: Table = {
    "en": ("then", "and then"),
    "es": ("luego", "después", "y luego"),
    "pt": ("depois", "e depois"),
    "fr": ("puis", "et puis", "ensuite"),
    "de": ("dann", "und dann"),
    "it": ("poi", "e poi"),
    "zh": ("然后", "再"),
    "ja": ("それから", "次に"),
    "ko": ("그다음", "그 다음"),
    "pl": ("potem", "następnie"),
    "cs": ("pak", "potom", "poté"),
    "uk": ("потім", "далі"),
    "ru": ("потом", "затем", "далее"),
}
# a word that sets a rival against a pick ("cat rather than dog", "cat 比 dog 大"): it stands before the
# rival, except in the VERB_FINAL languages, where it follows it ("dog より cat が高い", "dog 보다 cat 가 크다")
THAN: Table = {
    "en": ("than",),
    "es": ("que",),
    "pt": ("que", "do que"),
    "fr": ("que", "qu'"),
    "de": ("als",),
    "it": ("di", "che"),
    "zh": ("比",),
    "ja": ("より",),
    "ko": ("보다",),
    "pl": ("niż",),
    "cs": ("než", "nežli"),
    "uk": ("ніж",),
    "ru": ("чем",),
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
        "zh": ("结果", "输出", "返回", "最终", "胜出", "最可能"),
        "ja": ("結果", "出力", "返す", "返し", "勝つ", "最も確率の高い"),
        "ko": ("결과", "출력", "반환", "이긴다", "가장 확률이 높은"),
        "pl": ("wynik", "wyjście", "zwraca", "zwróci", "wybiera", "wybrana", "najbardziej prawdopodobna"),
        "cs": ("výsledek", "výstup", "vrací", "vrátí", "vybere", "vybraná", "nejpravděpodobnější"),
        "uk": ("результат", "повертає", "поверне", "обирає", "вибирає", "найімовірніша"),
        "ru": (
            "результат",
            "возвращает",
            "вернёт",
            "выбирает",
            "выбрана",
            "наиболее вероятная",
            "самая вероятная",
        ),
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
    "zh": ("所以", "因此", "因而", "从而", "于是"),
    "ja": ("なので", "ので", "よって", "したがって", "従って", "ゆえに", "だから"),
    "ko": ("따라서", "그러므로", "그래서", "므로"),
    "pl": ("więc", "zatem", "czyli", "stąd"),
    "cs": ("tedy", "takže", "proto", "tudíž"),
    "uk": ("отже", "тому", "тож"),
    "ru": ("значит", "поэтому", "итак", "следовательно"),
}
GREEDY: Table = {
    "en": ("greedy",),
    "es": ("voraz", "codicioso", "codiciosa"),
    "pt": ("guloso", "gulosa"),
    "fr": ("glouton", "gloutonne", "gloutonnes"),
    "de": ("gierig", "gierige", "gierigen", "gieriger", "gierigem"),
    "it": ("avido", "avida", "golosa", "goloso"),
    "zh": ("贪心", "贪婪"),
    "ja": ("貪欲", "グリーディ", "グリーディー"),
    "ko": ("그리디", "탐욕"),
    "pl": ("zachłanny", "zachłanne", "zachłannego", "zachłanna", "zachłannym", "zachłanną", "zachłannie"),
    "cs": ("hladový", "hladové", "hladového", "hladová", "hladovým", "hladovou", "hladovém", "hladově"),
    "uk": (
        "жадібний",
        "жадібне",
        "жадібного",
        "жадібна",
        "жадібним",
        "жадібному",
        "жадібно",
        "жадний",
        "жадного",
        "жадним",
    ),
    "ru": ("жадный", "жадное", "жадного", "жадная", "жадным", "жадном", "жадную", "жадно"),
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
    "zh": ("剪掉", "剪枝", "舍弃", "丢弃", "淘汰", "删除", "去掉", "出局", "离开束"),
    "ja": ("捨てる", "捨て", "削除", "除外", "枝刈り", "脱落"),
    "ko": ("제거", "버림", "버린다", "탈락", "가지치기"),
    "pl": (
        "odrzucony",
        "odrzucona",
        "odrzucone",
        "odpada",
        "odpadają",
        "wypada",
        "wypadają",
        "usunięty",
        "usunięte",
    ),
    "cs": (
        "vyřazen",
        "vyřazena",
        "vyřazeno",
        "vyřazené",
        "vypadne",
        "vypadnou",
        "zahozen",
        "zahozena",
        "odstraněn",
    ),
    "uk": ("відкинуто", "відкинута", "відкинутий", "відкидаємо", "вилітає", "видалено"),
    "ru": ("отброшен", "отброшена", "отброшено", "отбрасываем", "выпадает", "выбывает", "удалён", "удалена"),
}
# a little word between hypotheses and the verb said of them after them ("maybe 0.2 is dropped"): an
# auxiliary, the passive 被 (maybe 0.2 被剪掉), a case or topic particle (no 0.3 を残す, one 0.1 는 제거)
PARTICLE: Table = {
    "en": ("is", "was", "are", "were", "get", "gets", "got", "being"),
    "es": ("es", "fue", "son", "fueron"),
    "pt": ("é", "foi", "são", "foram"),
    "fr": ("est", "sont"),
    "de": ("ist", "wird", "wurde", "werden"),
    "it": ("è", "viene", "sono"),
    "zh": ("被", "已"),
    "ja": ("を", "は", "が", "も"),
    "ko": ("을", "를", "은", "는", "이", "가", "도"),
    "pl": ("jest", "został", "została", "zostało", "są"),
    "cs": ("je", "jsou", "byl", "byla", "bylo"),
    "uk": ("є", "був", "була"),
    "ru": ("был", "была", "было"),
}
# the name of a score, between a hypothesis and its value ("a cat, probability 0.36", "a cat，概率 0.36")
SCORE_NAME: Table = {
    "en": ("probability", "prob", "score"),
    "es": ("probabilidad", "puntuación"),
    "pt": ("probabilidade", "pontuação"),
    "fr": ("probabilité", "score"),
    "de": ("wahrscheinlichkeit",),
    "it": ("probabilità", "punteggio"),
    "zh": ("概率", "几率", "得分", "分数", "为"),
    "ja": ("確率", "スコア"),
    "ko": ("확률", "점수", "로"),
    "pl": ("prawdopodobieństwo", "prawdopodobieństwem"),
    "cs": ("pravděpodobnost", "pravděpodobností"),
    "uk": ("ймовірність", "ймовірністю", "імовірність"),
    "ru": ("вероятность", "вероятностью"),
}
# a participle after hypotheses that says they stay in the beam; where a language puts its verb last
# (VERB_FINAL), its keep verb after them too ("the 0.5 と a 0.4 を残す", "the 0.5, a 0.4 유지"); Chinese
# puts it first (保留 the 0.5), so only its passive follows them (the 0.5 被保留)
KEPT: Table = {
    "en": ("kept", "retained", "selected", "survive", "survives", "survived"),
    "es": ("conservada", "conservado", "mantenida", "mantenido", "seleccionada", "seleccionado"),
    "pt": ("mantida", "mantido", "conservada", "conservado", "selecionada", "selecionado"),
    "fr": ("gardée", "gardé", "conservée", "conservé", "retenue", "retenu", "sélectionnée", "sélectionné"),
    "de": ("behalten", "ausgewählt", "bleibt"),
    "it": ("mantenuta", "mantenuto", "tenuta", "tenuto", "selezionata", "selezionato"),
    "zh": ("被保留", "保留下来", "被选中", "入选"),
    "ja": ("残す", "残し", "残して", "残します", "残る", "残った", "残した", "保持"),
    "ko": ("유지", "유지한다", "남긴다", "남김", "남기고", "남는다", "선택"),
    "pl": ("zachowany", "zachowana", "zachowane", "zostaje", "pozostaje", "wybrany", "wybrana", "wybrane"),
    "cs": ("ponechán", "ponechána", "ponecháno", "ponechané", "zůstává", "vybrán", "vybrána"),
    "uk": ("залишається", "збережено", "вибрано", "обрано"),
    "ru": ("остаётся", "оставлен", "оставлена", "сохранён", "сохранена", "выбран", "выбрана"),
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
    "zh": ("结束", "完成", "终止"),
    "ja": ("終了", "完了", "終わり", "終わる"),
    "ko": ("종료", "완료", "끝"),
    "pl": ("zakończona", "zakończony", "kończy", "koniec"),
    "cs": ("ukončena", "ukončen", "končí", "hotovo", "konec"),
    "uk": ("завершена", "завершено", "закінчується", "кінець"),
    "ru": ("завершена", "завершено", "заканчивается", "конец"),
}
# a word that negates the clause it stands in
NOT: Table = lexicon.union(
    meanings.NOT,
    {
        "en": ("doesn't", "does not"),
        "es": ("jamás",),
        "de": ("niemals",),
        "zh": ("未",),
        "ja": ("ない", "ません", "ず"),
        "ko": ("않", "아니", "못"),
        "cs": ("nemusí", "nevrací", "nevrátí", "nenajde"),
    },
)
# a verb of failing: "never fails", "nunca falla" claim greedy is optimal, they do not deny it
FAILS: Table = {
    "en": ("fail", "fails", "miss", "misses"),
    "es": ("falla", "fallan", "se equivoca"),
    "pt": ("falha", "falham", "erra"),
    "fr": ("échoue", "échouent", "rate"),
    "de": ("versagt", "scheitert", "irrt"),
    "it": ("fallisce", "sbaglia"),
    "zh": ("失败", "出错", "错过"),
    "ja": ("失敗", "見逃す", "誤る"),
    "ko": ("실패", "놓친다", "놓치"),
    "pl": ("zawodzi", "myli się"),
    "cs": ("selže", "selhává", "chybuje"),
    "uk": ("помиляється", "схибить"),
    "ru": ("ошибается", "промахивается"),
}
# a case that refutes a general claim
COUNTEREXAMPLE: Table = {
    "en": ("counterexample", "counterexamples", "counter-example", "counter-examples"),
    "es": ("contraejemplo", "contraejemplos"),
    "pt": ("contraexemplo", "contraexemplos", "contra-exemplo", "contra-exemplos"),
    "fr": ("contre-exemple", "contre-exemples", "contrexemple"),
    "de": ("gegenbeispiel", "gegenbeispiele"),
    "it": ("controesempio", "controesempi"),
    "zh": ("反例",),
    "ja": ("反例",),
    "ko": ("반례",),
    "pl": ("kontrprzykład", "kontrprzykładem"),
    "cs": ("protipříklad", "protipříkladem"),
    "uk": ("контрприклад", "контрприкладом"),
    "ru": ("контрпример", "контрпримером"),
}
# the beam's width, named beside a step ("Step 3 (beam width 1)", "ancho = 1")
WIDTH: Table = {
    "en": ("width", "size"),
    "es": ("ancho", "anchura", "tamaño"),
    "pt": ("largura", "tamanho"),
    "fr": ("largeur", "taille"),
    "de": ("breite", "größe"),
    "it": ("larghezza", "ampiezza"),
    "zh": ("宽", "宽度", "大小"),
    "ja": ("幅", "サイズ"),
    "ko": ("폭", "너비", "크기"),
    "pl": ("szerokość", "rozmiar"),
    "cs": ("šířka", "šířkou", "velikost"),
    "uk": ("ширина", "розмір"),
    "ru": ("ширина", "размер"),
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
    "zh": ("总是", "一定", "总能", "必然", "始终", "任何", "所有情况", "保证"),
    "ja": ("常に", "必ず", "いつも", "どんな", "任意の", "保証"),
    "ko": ("항상", "언제나", "반드시", "모든 경우", "보장"),
    "pl": ("zawsze", "dla każdego", "dla każdej", "w ogólności", "gwarantuje", "gwarantowane", "koniecznie"),
    "cs": ("vždy", "vždycky", "pro každý", "pro každou", "obecně", "zaručuje", "zaručeně", "nutně"),
    "uk": ("завжди", "для будь-якого", "для будь-якої", "гарантує", "гарантовано", "обов'язково"),
    "ru": (
        "всегда",
        "для любой",
        "для любого",
        "в общем случае",
        "гарантирует",
        "гарантированно",
        "обязательно",
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
    "zh": ("最大化", "最优", "最可能", "最有可能", "最好", "最大", "最高"),
    "ja": ("最大化", "最適", "最も確率の高い", "最も確率が高い", "最大", "最高", "一番高い"),
    "ko": ("최대화", "최적", "가장 높은", "가장 큰", "최대", "최고"),
    "pl": (
        "maksymalizuje",
        "optymalna",
        "optymalny",
        "optymalne",
        "najbardziej prawdopodobna",
        "najbardziej prawdopodobny",
        "najlepsza",
        "najlepszy",
        "największe",
        "największa",
        "najwyższe",
    ),
    "cs": ("maximalizuje", "optimální", "nejpravděpodobnější", "nejlepší", "největší", "nejvyšší"),
    "uk": (
        "максимізує",
        "оптимальна",
        "оптимальний",
        "оптимальне",
        "найімовірніша",
        "найімовірніший",
        "найкраща",
        "найкращий",
        "найбільша",
        "найвища",
    ),
    "ru": (
        "максимизирует",
        "оптимальна",
        "оптимальный",
        "оптимальная",
        "оптимальное",
        "самая вероятная",
        "самый вероятный",
        "наиболее вероятная",
        "лучшая",
        "лучший",
        "наибольшая",
        "наибольший",
    ),
}
# a copula: "greedy's output is the most probable"
IS: Table = {
    "en": ("is",),
    "es": ("es", "está"),
    "pt": ("é", "está"),
    "fr": ("est",),
    "de": ("ist",),
    "it": ("è",),
    "zh": ("是",),
    "ja": ("である", "です", "だ"),
    "ko": ("이다", "입니다", "이에요", "예요"),
    "pl": ("jest",),
    "cs": ("je",),
    "uk": ("є",),
    "ru": ("является", "есть"),
}
# what a sequence is called when none beats it (narrower than OPTIMAL: "the highest token" is no claim)
MOST_PROBABLE: Table = {
    "en": ("optimal", "the most probable", "the most likely", "the best"),
    "es": ("óptima", "óptimo", "la más probable", "la mejor", "el mejor"),
    "pt": ("ótima", "ótimo", "a mais provável", "a melhor", "o melhor"),
    "fr": ("optimale", "optimal", "la plus probable", "la meilleure", "le meilleur"),
    "de": ("optimal", "die wahrscheinlichste", "am wahrscheinlichsten", "die beste"),
    "it": ("ottimale", "la più probabile", "la migliore", "il migliore"),
    "zh": ("最优", "最可能", "最有可能", "概率最大", "概率最高", "最好"),
    "ja": ("最適", "最も確率の高い", "最も確率が高い", "最も可能性の高い", "一番確率の高い", "最も高い"),
    "ko": ("최적", "가장 확률이 높은", "가장 가능성이 높은", "가장 높은", "최선"),
    "pl": (
        "optymalna",
        "optymalny",
        "najbardziej prawdopodobna",
        "najbardziej prawdopodobną",
        "najlepsza",
        "najlepszą",
    ),
    "cs": ("optimální", "nejpravděpodobnější", "nejlepší"),
    "uk": ("оптимальна", "оптимальний", "найімовірніша", "найбільш ймовірна", "найкраща"),
    "ru": (
        "оптимальная",
        "оптимальна",
        "оптимальной",
        "самая вероятная",
        "самой вероятной",
        "наиболее вероятная",
        "наиболее вероятной",
        "лучшая",
        "лучшей",
    ),
}
# "each step": the local choice the step-to-product inference starts from
EACH: Table = {
    "en": ("each", "every"),
    "es": ("cada",),
    "pt": ("cada",),
    "fr": ("chaque",),
    "de": ("jedem", "jeder", "jedes"),
    "it": ("ogni",),
    "zh": ("每", "每一", "每个"),
    "ja": ("各", "毎", "それぞれの"),
    "ko": ("매", "각"),
    "pl": ("każdym", "każdy", "każdej"),
    "cs": ("každém", "každý", "každé"),
    "uk": ("кожному", "кожен", "кожний", "кожна"),
    "ru": ("каждом", "каждый", "каждая", "каждое"),
}
# what is chosen at each step in the step-to-product inference
LOCAL: Table = {
    "en": ("factor", "step", "term", "conditional", "choice", "pick"),
    "es": ("factor", "paso", "término", "condicional", "elección"),
    "pt": ("fator", "passo", "termo", "condicional", "escolha"),
    "fr": ("facteur", "étape", "terme", "conditionnelle", "choix"),
    "de": ("faktor", "schritt", "term", "bedingte", "wahl"),
    "it": ("fattore", "passo", "termine", "condizionale", "scelta"),
    "zh": ("步", "因子", "项", "选择", "条件概率"),
    "ja": ("ステップ", "因子", "項", "選択", "条件付き確率"),
    "ko": ("단계", "인자", "항", "선택", "조건부 확률"),
    "pl": ("czynnik", "krok", "kroku", "wyraz", "wybór"),
    "cs": ("faktor", "krok", "kroku", "člen", "volba"),
    "uk": ("множник", "крок", "кроці", "вибір", "член"),
    "ru": ("множитель", "шаг", "шаге", "выбор", "член"),
}
# "the product": the whole sequence's probability it concludes about
PRODUCT: Table = {
    "en": ("product", "whole", "joint", "sequence", "overall"),
    "es": ("producto", "secuencia", "conjunta", "total"),
    "pt": ("produto", "sequência", "conjunta", "total"),
    "fr": ("produit", "séquence", "jointe", "totale"),
    "de": ("produkt", "sequenz", "folge", "gesamt"),
    "it": ("prodotto", "sequenza", "congiunta", "totale"),
    "zh": ("乘积", "积", "整体", "联合", "序列"),
    "ja": ("積", "全体", "同時", "系列"),
    "ko": ("곱", "전체", "결합", "시퀀스"),
    "pl": ("iloczyn", "całość", "sekwencja", "całej sekwencji"),
    "cs": ("součin", "celek", "sekvence", "posloupnost"),
    "uk": ("добуток", "послідовність", "загалом"),
    "ru": ("произведение", "последовательность", "в целом"),
}


bare = lexicon.unaccented


def words(*tables: Table) -> str:
    """An alternation of every word of the tables in every language, longest first (no anchors)."""
    return lexicon.alternation(*tables)


def numbered(table: Table, n: int | str) -> str:
    """A pattern for the word of `table` numbered n, in either order of number and word, with or without
    an ordinal mark: step 2, ステップ2, 第2步, 2ステップ目, 2번째 단계, 2단계 (no anchors). `n` may be a pattern
    of digits (`\\d{1,2}`: any step)."""
    word, mark = words(table), words(ORDINAL)
    return rf"(?:\b{word}\s*(?:{mark}\s*)?{n}(?!\d)|(?:{mark}\s*)?(?<![\d.]){n}\s*(?:{mark}\s*)?{word}\b)"


def parts(*tables: Table) -> frozenset[str]:
    """Every word of the tables as the reader's lexer sees it, lower case, with and without its accents: a
    word of an unspaced script letter by letter (確率: 確, 率), as grader.core.unspaced sets it apart."""
    out: set[str] = set()
    for table in tables:
        for row in table.values():
            for entry in row:
                for part in spaced([entry.lower()]).lines[0].split():
                    out.update((part, bare(part)))
    return frozenset(out)


def word_set(*tables: Table, phrase_ends: bool = False) -> frozenset[str]:
    """Every one-word entry of the tables, lower case, with and without its accents; with phrase_ends,
    each phrase's last word too ("me quedo con": "con", the word a listing follows)."""
    out: set[str] = set()
    for table in tables:
        for row in table.values():
            for entry in row:
                if len(entry.split()) == 1 or phrase_ends:
                    # the word before a listing as the reader sees it: 保留 set apart is 保 留 (grader.core.unspaced)
                    last = spaced([entry.lower()]).lines[0].split()[-1]
                    out.update((last, bare(last)))
    return frozenset(out)
