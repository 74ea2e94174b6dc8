"""The words a cost answer's sentences say things with: one table per meaning, one row per language.

A new language is one more row in each table. Words are written as a student spells them, lower case;
accents are optional where students drop them (`conclusión` also matches `conclusion`), a space matches
any run of spaces, and matching ignores case. The reader builds its regexes from these tables.
"""

from __future__ import annotations

from grader.core import lexicon, meanings
from grader.core.lexicon import Table
from grader.core.unspaced import UNSPACED

# a letter of a word, accented or not (`números`, `größer`, `è`), Cyrillic (`вікна`), or of a script that does not space its
# words (set apart letter by letter before reading: each is a word of prose of its own)
LETTER = f"A-Za-zÀ-ÖØ-öø-ÿĀ-ſЀ-ӿ{UNSPACED}"

# a label that gives the answer, before a colon ("Answer:", "Respuesta:"): the shared answer labels and
# a summary's own
ANSWER_LABELS: Table = lexicon.union(
    meanings.ANSWER_LABEL,
    {
        "en": ("tl;dr", "tl; dr", "tldr", "bottom line"),
        "es": ("resultado final",),
        "pt": ("resultado final",),
        "fr": ("résultat final",),
        "de": ("endergebnis", "resultat"),
        "it": ("risultato finale",),
        "zh": ("最终答案", "结果", "结论"),
        "ja": ("最終的な答え", "最終解答", "結果", "結論"),
        "ko": ("최종 답", "최종 정답", "결과", "결론"),
        "pl": ("wynik końcowy",),
        "cs": ("konečný výsledek",),
        "uk": ("остаточний результат",),
        "ru": ("итоговый результат", "окончательный результат"),
    },
)
# the title of a whole answer sheet ("Answer:", "Antwort:"): opening the text, it heads all of it, working
# included, where a summary's heading ("Conclusion", "TL;DR", "Final answer") heads only its paragraph
ANSWER_TITLES: Table = meanings.ANSWER
# a conclusion, before a colon, a full stop or a comma ("Conclusion:", "En conclusión,")
CONCLUSION_LABELS: Table = {
    "en": ("conclusion", "conclusions", "in conclusion"),
    "es": ("conclusión", "conclusiones", "en conclusión"),
    "pt": ("conclusão", "conclusões", "em conclusão"),
    "fr": ("conclusion", "conclusions", "en conclusion"),
    "de": ("fazit", "schlussfolgerung", "zusammenfassend"),
    "it": ("conclusione", "conclusioni", "in conclusione"),
    "zh": ("结论", "总结", "综上", "综上所述"),
    "ja": ("結論", "まとめ", "以上より"),
    "ko": ("결론", "요약", "정리하면"),
    "pl": ("wniosek", "wnioski", "podsumowanie", "podsumowując"),
    "cs": ("závěr", "shrnutí"),
    "uk": ("висновок", "висновки", "підсумок"),
    "ru": ("вывод", "выводы", "итог", "заключение"),
}
# a remark's label, before a colon: what follows is said on the side ("Note:", "Comprobación:")
ASIDE_LABELS: Table = {
    "en": (
        "remark",
        "note",
        "aside",
        "comparison",
        "for comparison",
        "by comparison",
        "check",
        "sanity check",
    ),
    "es": (
        "observación",
        "nota",
        "comentario",
        "comparación",
        "para comparar",
        "comprobación",
        "verificación",
    ),
    "pt": ("observação", "nota", "comentário", "comparação", "para comparar", "verificação", "comprovação"),
    "fr": ("remarque", "note", "comparaison", "par comparaison", "pour comparer", "vérification"),
    "de": ("bemerkung", "anmerkung", "hinweis", "vergleich", "zum vergleich", "probe", "kontrolle"),
    "it": ("osservazione", "nota", "commento", "confronto", "per confronto", "verifica", "controllo"),
    "zh": ("注", "备注", "说明", "比较", "对比", "验证", "检验"),
    "ja": ("注", "備考", "補足", "比較", "検算", "確認"),
    "ko": ("참고", "비고", "비교", "검산", "확인"),
    "pl": ("uwaga", "notka", "komentarz", "porównanie", "dla porównania", "sprawdzenie", "kontrola"),
    "cs": ("poznámka", "komentář", "srovnání", "pro srovnání", "kontrola", "ověření"),
    "uk": ("примітка", "зауваження", "коментар", "порівняння", "для порівняння", "перевірка"),
    "ru": ("примечание", "замечание", "комментарий", "сравнение", "для сравнения", "проверка"),
}
# the words that open a remark's condition ("Check with n = 1:", "Comprobación para n = 1:")
CONDITIONS: Table = {
    "en": ("with", "for", "at", "on", "when", "if"),
    "es": ("con", "para", "en", "cuando", "si"),
    "pt": ("com", "para", "em", "quando", "se"),
    "fr": ("avec", "pour", "en", "quand", "si"),
    "de": ("mit", "für", "bei", "wenn"),
    "it": ("con", "per", "in", "quando", "se"),
    "zh": ("当", "若", "如果", "取"),
    "ja": ("のとき", "の場合", "で"),
    "ko": ("일 때", "인 경우", "에서"),
    "pl": ("dla", "przy", "gdy", "jeśli"),
    "cs": ("pro", "při", "když", "pokud"),
    "uk": ("для", "при", "коли", "якщо"),
    "ru": ("для", "при", "когда", "если"),
}
# an approximation said before the maths ("roughly |V|^n", "aproximadamente 10^40")
APPROX: Table = {
    "en": ("roughly", "approximately", "about", "around", "nearly", "almost", "asymptotically", "close to"),
    "es": ("aproximadamente", "alrededor de", "cerca de", "casi", "asintóticamente", "del orden de"),
    "pt": ("aproximadamente", "cerca de", "por volta de", "quase", "assintoticamente", "da ordem de"),
    "fr": ("environ", "approximativement", "à peu près", "presque", "asymptotiquement", "de l'ordre de"),
    "de": ("ungefähr", "etwa", "circa", "rund", "fast", "nahezu", "asymptotisch", "in der größenordnung von"),
    "it": ("circa", "approssimativamente", "quasi", "asintoticamente", "dell'ordine di", "nell'ordine di"),
    "zh": ("约", "大约", "约为", "近似", "大概", "渐近"),
    "ja": ("約", "およそ", "ほぼ", "だいたい", "漸近的に"),
    "ko": ("약", "대략", "거의", "점근적으로"),
    "pl": ("około", "mniej więcej", "w przybliżeniu", "prawie", "asymptotycznie", "rzędu"),
    "cs": ("přibližně", "zhruba", "téměř", "asymptoticky", "řádově"),
    "uk": ("приблизно", "близько", "майже", "асимптотично", "порядку"),
    "ru": ("примерно", "приблизительно", "около", "почти", "асимптотически", "порядка"),
}
# how a growth or an approximation is likened to the maths after it ("grows like", "crece como")
LIKE: Table = {
    "en": ("like", "as", "to", "with"),
    "es": ("como", "con"),
    "pt": ("como", "com"),
    "fr": ("comme", "avec", "en"),
    "de": ("wie", "mit"),
    "it": ("come", "con"),
    "zh": ("按", "像", "如"),
    "ja": ("のように", "に比例して"),
    "ko": ("처럼", "에 비례하여"),
    "pl": ("jak",),
    "cs": ("jako",),
    "uk": ("як",),
    "ru": ("как",),
}
# a verb of growth before LIKE ("grows like n²", "cresce como n²"): the count's growth, not the count
GROWS: Table = {
    "en": (
        "grow",
        "grows",
        "growing",
        "scale",
        "scales",
        "scaling",
        "behave",
        "behaves",
        "increase",
        "increases",
    ),
    "es": ("crece", "crecen", "escala", "escalan", "se comporta", "aumenta"),
    "pt": ("cresce", "crescem", "escala", "escalam", "se comporta", "aumenta"),
    "fr": ("croît", "croissent", "évolue", "se comporte", "augmente"),
    "de": ("wächst", "wachsen", "skaliert", "verhält sich", "steigt"),
    "it": ("cresce", "crescono", "scala", "si comporta", "aumenta"),
    "zh": ("增长", "增加", "增大", "扩展"),
    "ja": ("増加する", "増える", "増大する", "成長する"),
    "ko": ("증가한다", "증가", "늘어난다", "커진다"),
    "pl": ("rośnie", "skaluje się", "zachowuje się"),
    "cs": ("roste", "škáluje", "chová se"),
    "uk": ("росте", "зростає", "масштабується", "поводиться"),
    "ru": ("растёт", "масштабируется", "ведёт себя"),
}
# a determiner or a negation right before maths: a thing talked about ("the n² term", "not d²")
DETERMINERS: Table = {
    # not "a": a preposition or a verb in es, pt, fr, it ("igual a", "il y a"), before the count itself
    "en": ("the", "an", "this", "its", "not", "no", "never"),
    "es": ("el", "los", "las", "este", "esta", "no", "nunca"),
    "pt": ("os", "este", "esta", "não", "nunca"),
    "fr": ("le", "les", "ce", "cette", "pas", "non", "jamais"),
    "de": ("der", "die", "das", "den", "dem", "dieser", "nicht", "kein", "keine", "nie"),
    "it": ("il", "gli", "questo", "questa", "non", "mai"),
    "zh": ("这个", "该", "不是", "不", "没有"),
    "ja": ("この", "その", "ではない", "でない"),
    "ko": ("이", "그", "아니다", "아닌"),
    "pl": ("ten", "ta", "nie"),
    "cs": ("ten", "ta", "ne", "není"),
    "uk": ("цей", "ця", "не"),
    "ru": ("этот", "эта", "не"),
}
# an operation named by a factor ("multiply by L*h", "multiplicar por L·h"): a factor, not a count
BY_FACTOR: Table = {
    "en": (
        "multiply by",
        "multiplied by",
        "multiplying by",
        "divide by",
        "divided by",
        "dividing by",
        "scale by",
        "scaled by",
        "scaling by",
    ),
    "es": (
        "multiplicar por",
        "multiplicado por",
        "multiplicando por",
        "dividir por",
        "dividido por",
        "dividir entre",
        "dividido entre",
    ),
    "pt": ("multiplicar por", "multiplicado por", "multiplicando por", "dividir por", "dividido por"),
    "fr": ("multiplier par", "multiplié par", "multipliant par", "diviser par", "divisé par"),
    "de": ("multiplizieren mit", "multipliziert mit", "dividieren durch", "dividiert durch", "geteilt durch"),
    "it": ("moltiplicare per", "moltiplicato per", "dividere per", "diviso per"),
    "zh": ("乘以", "除以"),
    "ja": ("を掛ける", "を掛けて", "で割る", "で割って"),
    "ko": ("를 곱한다", "을 곱한다", "로 나눈다", "으로 나눈다"),
    "pl": (
        "pomnożyć przez",
        "pomnożone przez",
        "mnożymy przez",
        "podzielić przez",
        "podzielone przez",
        "dzielimy przez",
    ),
    "cs": ("vynásobit", "vynásobeno", "násobíme", "vydělit", "vyděleno", "dělíme"),
    "uk": ("помножити на", "помножене на", "множимо на", "поділити на", "поділене на", "ділимо на"),
    "ru": ("умножить на", "умноженное на", "умножаем на", "разделить на", "делённое на", "делим на"),
}
# a contrast: what the count is set against ("vs. Θ(n(m+n)) without a window", "en lugar de n²")
CONTRAST: Table = {
    "en": ("vs", "vs.", "versus", "compared to", "compared with", "instead of", "rather than", "unlike"),
    "es": ("frente a", "comparado con", "en lugar de", "en vez de", "a diferencia de"),
    "pt": ("comparado com", "em vez de", "ao invés de", "em lugar de", "diferente de"),
    "fr": ("comparé à", "par rapport à", "au lieu de", "contrairement à"),
    "de": ("im vergleich zu", "statt", "anstatt", "anstelle von", "gegenüber"),
    "it": ("rispetto a", "confrontato con", "invece di", "al posto di", "a differenza di"),
    "zh": ("相比", "对比", "而不是", "而非", "不同于"),
    "ja": ("に比べて", "と比べて", "ではなく", "の代わりに", "とは違い"),
    "ko": ("에 비해", "와 비교하여", "과 비교하여", "대신", "와 달리", "과 달리"),
    "pl": ("zamiast", "w porównaniu z", "w przeciwieństwie do"),
    "cs": ("místo", "oproti", "na rozdíl od", "ve srovnání s"),
    "uk": ("замість", "порівняно з", "на відміну від"),
    "ru": ("вместо", "по сравнению с", "в отличие от"),
}
# a verb that sets one term against another ("n²d beats nd²", "n²d domina a nd²")
BEATS: Table = {
    "en": (
        "beat",
        "beats",
        "dominate",
        "dominates",
        "exceed",
        "exceeds",
        "outgrow",
        "outgrows",
        "outweigh",
        "outweighs",
        "overtake",
        "overtakes",
        "outpace",
        "outpaces",
        "swamp",
        "swamps",
    ),
    "es": ("supera", "superan", "domina", "dominan", "excede", "exceden"),
    "pt": ("supera", "superam", "domina", "dominam", "excede", "excedem"),
    "fr": ("dépasse", "dépassent", "domine", "dominent", "excède"),
    "de": ("übertrifft", "dominiert", "überwiegt", "übersteigt"),
    "it": ("supera", "superano", "domina", "dominano", "eccede"),
    "zh": ("超过", "主导", "压倒"),
    "ja": ("を上回る", "を支配する", "を超える"),
    "ko": ("를 능가한다", "을 능가한다", "를 지배한다", "을 지배한다", "보다 크다"),
    "pl": ("dominuje", "przewyższa", "przeważa"),
    "cs": ("dominuje", "převyšuje", "převažuje"),
    "uk": ("домінує", "переважає", "перевищує"),
    "ru": ("доминирует", "преобладает", "превосходит", "превышает"),
}
# a comparison up to its "than" ("larger than", "mayor que", "größer als"): both sides are talked about
COMPARATIVES: Table = {
    "en": (
        "larger than",
        "bigger than",
        "greater than",
        "smaller than",
        "less than",
        "faster than",
        "slower than",
    ),
    "es": ("mayor que", "menor que", "más grande que", "más pequeño que", "más rápido que", "más lento que"),
    "pt": ("maior que", "menor que", "maior do que", "menor do que", "mais rápido que", "mais lento que"),
    "fr": ("plus grand que", "plus petit que", "supérieur à", "inférieur à", "plus vite que"),
    "de": ("größer als", "kleiner als", "schneller als", "langsamer als"),
    "it": ("maggiore di", "minore di", "più grande di", "più piccolo di", "più veloce di"),
    "zh": ("大于", "小于", "远大于", "远小于"),
    "ja": ("より大きい", "より小さい"),
    "ko": ("보다 크다", "보다 작다"),
    "pl": ("większy niż", "większe niż", "mniejszy niż", "mniejsze niż", "szybszy niż", "wolniejszy niż"),
    "cs": ("větší než", "menší než", "rychlejší než", "pomalejší než"),
    "uk": ("більше ніж", "більший за", "менше ніж", "менший за", "швидше ніж", "повільніше ніж"),
    "ru": ("больше чем", "меньше чем", "быстрее чем", "медленнее чем"),
}
# a verb before a comparative ("nd² is smaller than …", "nd² es menor que …")
COPULAS: Table = {
    "en": ("is", "are", "get", "gets", "grow", "grows"),
    "es": ("es", "son", "crece", "crecen"),
    "pt": ("é", "são", "cresce", "crescem"),
    "fr": ("est", "sont", "croît"),
    "de": ("ist", "sind", "wächst"),
    "it": ("è", "sono", "cresce"),
    "zh": ("是", "为"),
    "ja": ("は", "が"),
    "ko": ("는", "은", "이다"),
    "pl": ("jest", "są", "rośnie"),
    "cs": ("je", "jsou", "roste"),
    "uk": ("є", "росте"),
    "ru": ("есть", "растёт"),
}
# a sum said in words ("sum of (m + i) from i = 1 to n", "suma de (m + i) desde i = 1 hasta n")
SUM_WORDS: Table = {
    "en": ("sum",),
    "es": ("suma", "sumatoria"),
    "pt": ("soma", "somatório"),
    "fr": ("somme",),
    "de": ("summe",),
    "it": ("somma", "sommatoria"),
    "zh": ("求和", "总和", "之和"),
    "ja": ("総和", "和"),
    "ko": ("합", "총합"),
    "pl": ("suma",),
    "cs": ("součet",),
    "uk": ("сума",),
    "ru": ("сумма",),
}
OF: Table = {
    "en": ("of",),
    "es": ("de",),
    "pt": ("de",),
    "fr": ("de", "des"),
    "de": ("von", "über"),
    "it": ("di",),
    "zh": ("的",),
    "ja": ("の",),
    "ko": ("의",),
    "pl": (),
    "cs": (),
    "uk": (),
    "ru": (),
}
# the start of an index's range ("from i = 1", "desde i = 1", "von i = 1")
FROM: Table = {
    "en": ("from",),
    "es": ("desde", "de"),
    "pt": ("desde", "de"),
    "fr": ("de",),
    "de": ("von",),
    "it": ("da",),
    "zh": ("从",),
    "ja": ("から",),
    "ko": ("부터",),
    "pl": ("od",),
    "cs": ("od",),
    "uk": ("від",),
    "ru": ("от",),
}
# the index a sum in words runs over ("for i = 1 to n", "para i = 1 hasta n")
FOR: Table = {
    "en": ("for", "over"),
    "es": ("para",),
    "pt": ("para",),
    "fr": ("pour",),
    "de": ("für",),
    "it": ("per",),
    "zh": ("对", "对于"),
    "ja": ("について",),
    "ko": ("에 대해", "에 대하여"),
    "pl": ("dla",),
    "cs": ("pro",),
    "uk": ("для",),
    "ru": ("для",),
}
# the end of an index's range ("to n", "hasta n", "bis n")
TO: Table = {
    "en": ("to", "until", "up to", "through"),
    "es": ("a", "hasta"),
    "pt": ("a", "até"),
    "fr": ("à", "jusqu'à"),
    "de": ("bis",),
    "it": ("a", "fino a"),
    "zh": ("到", "至"),
    "ja": ("まで",),
    "ko": ("까지",),
    "pl": ("do",),
    "cs": ("do",),
    "uk": ("до",),
    "ru": ("до",),
}
# a verb of an index running over its range ("i runs from 1 to n", "i va de 1 a n")
RUNS: Table = {
    "en": ("run", "runs", "running", "range", "ranges", "ranging", "go", "goes", "going"),
    "es": ("va", "van", "yendo", "recorre", "varía", "variando"),
    "pt": ("vai", "vão", "indo", "percorre", "varia", "variando"),
    "fr": ("va", "vont", "allant", "parcourt", "varie", "variant"),
    "de": ("läuft", "laufen", "geht", "gehen"),
    "it": ("va", "vanno", "andando", "percorre", "varia", "variando"),
    "zh": ("取遍", "遍历", "取值"),
    "ja": ("動く", "走る", "わたる"),
    "ko": ("움직인다", "변한다"),
    "pl": ("przebiega", "zmienia się"),
    "cs": ("probíhá", "běží"),
    "uk": ("пробігає", "змінюється"),
    "ru": ("пробегает", "меняется", "изменяется"),
}
# "for example", "that is" as abbreviations of several pieces ("p. ej.", "z. B."): prose, not maths
ABBREVIATIONS: Table = {
    "en": ("e. g.", "i. e."),
    "es": ("p. ej.", "p.ej.", "por ej."),
    "pt": ("p. ex.", "p.ex.", "por ex."),
    "fr": ("p. ex.", "p.ex.", "par ex.", "c.-à-d.", "c. à d."),
    "de": ("z. B.", "z.B.", "d. h.", "d.h.", "u. a."),
    "it": ("ad es.", "p. es.", "ad esempio"),
    "zh": (),
    "ja": (),
    "ko": (),
    "pl": ("np.", "tj.", "m.in."),
    "cs": ("např.", "tj.", "tzn."),
    "uk": ("т. зн.", "т.зн.", "напр."),
    "ru": ("т. е.", "т.е.", "т. к.", "т.к.", "напр."),
}
# words of one letter: prose, unless the problem gives the letter a meaning (never i, j, t: indices)
ONE_LETTER_WORDS: Table = {
    "en": ("a", "I"),
    "es": ("y", "o", "e", "u", "a"),
    "pt": ("e", "o", "a", "é", "à"),
    "fr": ("à", "a", "y", "ô"),
    "de": (),
    "it": ("e", "è", "o", "a"),
    "zh": (),
    "ja": (),
    "ko": (),
    "pl": ("a", "i"),  # not w, z, o, u: a letter the problem leaves undefined stays one
    "cs": ("a", "i"),
    "uk": ("і", "й", "в", "у", "з", "а", "о"),
    "ru": ("и", "в", "у", "с", "к", "а", "о"),
}
# words spelt only with cost letters (n, m, d, h, k, L and the indices i, j, t): prose, not a product
# such as i·n, except where an operator makes them maths (`i × d = id`)
COST_LETTER_WORDS: Table = {
    "en": ("in", "it", "hi", "him", "id", "ink", "kin", "kind", "mid", "mind", "dim", "din", "hind"),
    "es": ("ni", "mi", "di", "din"),
    "pt": ("mim", "ti"),
    "fr": ("dit", "nid", "midi", "ni"),
    "de": ("im", "mit", "hin", "in", "dich", "mich"),
    "it": ("di", "mi", "ti", "in", "ni"),
    "zh": (),
    "ja": (),
    "ko": (),
    "pl": ("mi", "dni", "nim", "nimi"),
    "cs": ("mi", "nim", "jim", "nimi", "jimi"),
    "uk": (),
    "ru": (),
}


def every(table: Table) -> tuple[str, ...]:
    """The table's words in every language, each once, the longest first (a regex tries them in turn)."""
    return tuple(lexicon.every(table))


def words(*tables: Table) -> str:
    """The words of the tables as one regex group (no capture), case ignored within it."""
    return "(?i:" + lexicon.alternation(*tables)[3:]
