"""Meanings every question kind reads, one table each and a row per language: the word that names an
answer ("Answer", "Respuesta", "答") and the other words that label a final answer ("Result:", "Final
answer:"). A kind's own words module extends them with its own ("winner" in decoding, "TL;DR" in cost);
a new language is one more row here, and every kind reads it."""

from __future__ import annotations

from grader.core.lexicon import Table, union

# the word that names an answer: a label ("Answer: B") and the title of a whole answer sheet
ANSWER: Table = {
    "en": ("answer",),
    "es": ("respuesta",),
    "pt": ("resposta",),
    "fr": ("réponse",),
    "de": ("antwort",),
    "it": ("risposta",),
    "pl": ("odpowiedź",),
    "cs": ("odpověď",),
    "uk": ("відповідь",),
    "ru": ("ответ",),
    "ar": ("الجواب", "الإجابة"),
    "hi": ("उत्तर",),
    "zh": ("答案", "解答", "答"),
    "ja": ("答え", "解答"),
    "ko": ("정답", "답"),
    "nl": ("antwoord",),
    "sv": ("svar", "svaret"),
    "da": ("svar", "svaret"),
    "no": ("svar", "svaret"),
    "tr": ("cevap", "yanıt", "cevabı", "yanıtı"),
    "id": ("jawaban", "jawab"),
    "vi": ("đáp án", "trả lời", "câu trả lời"),
}
# the words that label a final answer before its value ("Final answer:", "Resultado:"), the names above
# included
ANSWER_LABEL: Table = union(
    ANSWER,
    {
        "en": ("final answer", "ans.", "ans", "result", "final"),
        "es": ("respuesta final", "resultado"),
        "pt": ("resposta final", "resultado"),
        "fr": ("réponse finale", "résultat"),
        "de": ("ergebnis",),
        "it": ("risposta finale", "risultato"),
        "pl": ("odpowiedź końcowa", "ostateczna odpowiedź", "wynik", "wynik końcowy"),
        "cs": ("konečná odpověď", "výsledná odpověď", "výsledek"),
        "uk": ("остаточна відповідь", "кінцева відповідь", "результат", "підсумок"),
        "ru": ("окончательный ответ", "итоговый ответ", "результат", "итог"),
        "nl": ("eindantwoord", "definitief antwoord", "resultaat", "uitkomst"),
        "sv": ("slutsvar", "slutligt svar", "resultat"),
        "da": ("endeligt svar", "slutsvar", "resultat"),
        "no": ("endelig svar", "endelige svar", "resultat"),
        "tr": ("sonuç", "nihai cevap", "son cevap", "nihai yanıt"),
        "id": ("jawaban akhir", "hasil", "hasil akhir", "kesimpulan"),
        "vi": ("kết quả", "đáp số", "kết luận"),
    },
)

# the words that deny what follows them ("not the cheaper", "nunca falla", "nicht optimal"), as every kind
# reads them; a kind extends them with its own (flaw: "without", "nothing"; compare: "no"). Japanese and
# Korean mostly deny after the word: the kinds keep those forms with their word-order rules.
NOT: Table = {
    "en": ("not", "isn't", "never"),
    "es": ("no", "nunca"),
    "pt": ("não", "nunca", "jamais"),
    "fr": ("pas", "jamais"),
    "de": ("nicht", "nie", "kein", "keine"),
    "it": ("non", "mai"),
    "zh": ("不", "没有", "并非"),
    "ja": (),
    "ko": (),
    "pl": ("nie", "nigdy"),
    "cs": ("ne", "není", "nejsou", "nikdy"),
    "uk": ("не", "ні", "ніколи", "немає"),
    "ru": ("не", "нет", "никогда"),
    "nl": ("niet", "nooit", "geen"),
    "sv": ("inte", "icke", "ej", "aldrig"),
    "da": ("ikke", "aldrig"),
    "no": ("ikke", "ikkje", "aldri"),
    # Turkish denies after the word ("değil", "-mez" suffixes): only the free-standing words
    "tr": ("değil", "asla", "hiçbir zaman"),
    "id": ("tidak", "bukan", "tidaklah", "bukanlah", "tidak pernah"),
    "vi": ("không", "chẳng", "chưa", "không bao giờ", "không phải"),
}


# the numbers one to seven said in words, each with its forms (gender, case), in the languages where a number
# word follows what it counts ("line two", "línea dos", "Zeile zwei", "строка два"): a line or a width named
# in words
CARDINALS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("one",), ("two",), ("three",), ("four",), ("five",), ("six",), ("seven",)),
    "es": (("uno", "una"), ("dos",), ("tres",), ("cuatro",), ("cinco",), ("seis",), ("siete",)),
    "pt": (("um", "uma"), ("dois", "duas"), ("três",), ("quatro",), ("cinco",), ("seis",), ("sete",)),
    "fr": (("un", "une"), ("deux",), ("trois",), ("quatre",), ("cinq",), ("six",), ("sept",)),
    "de": (("eins",), ("zwei",), ("drei",), ("vier",), ("fünf",), ("sechs",), ("sieben",)),
    "it": (("uno", "una"), ("due",), ("tre",), ("quattro",), ("cinque",), ("sei",), ("sette",)),
    "pl": (
        ("jeden", "jedna", "jedno"),
        ("dwa", "dwie"),
        ("trzy",),
        ("cztery",),
        ("pięć",),
        ("sześć",),
        ("siedem",),
    ),
    "cs": (("jedna", "jeden", "jedno"), ("dva", "dvě"), ("tři",), ("čtyři",), ("pět",), ("šest",), ("sedm",)),
    "uk": (
        ("один", "одна", "одну"),
        ("два", "дві"),
        ("три",),
        ("чотири",),
        ("п'ять", "пʼять"),
        ("шість",),
        ("сім",),
    ),
    "ru": (("один", "одна", "одну"), ("два", "две"), ("три",), ("четыре",), ("пять",), ("шесть",), ("семь",)),
    # not "een", "én" (an article too, and read as "en") nor "to" (English's word)
    "nl": ((), ("twee",), ("drie",), ("vier",), ("vijf",), ("zes",), ("zeven",)),
    "sv": (("ett",), ("två",), ("tre",), ("fyra",), ("fem",), ("sex",), ("sju",)),
    "da": ((), (), ("tre",), ("fire",), ("fem",), ("seks",), ("syv",)),
    "no": (("ett",), (), ("tre",), ("fire",), ("fem",), ("seks",), ("sju", "syv")),
    # not Turkish "bir" (an article too: "bir token"), Indonesian "satu"/Vietnamese "một" (likewise "a")
    "tr": ((), ("iki",), ("üç",), ("dört",), ("beş",), ("altı",), ("yedi",)),
    "id": ((), ("dua",), ("tiga",), ("empat",), ("lima",), ("enam",), ("tujuh",)),
    "vi": ((), ("hai",), ("ba",), ("bốn",), ("năm",), ("sáu",), ("bảy",)),
}


def cardinal(word: str) -> int | None:
    """The number a cardinal word says ("two", "dos", "два"), or None."""
    word = word.lower()
    for forms in CARDINALS.values():
        for n, row in enumerate(forms, 1):
            if word in row:
                return n
    return None


# a yes or a no answering a question ("Is greedy's output the most probable? No.")
YES: Table = {
    "en": ("yes", "true"),
    "es": ("sí", "si", "verdadero"),
    "pt": ("sim", "verdadeiro"),
    "fr": ("oui", "vrai"),
    "de": ("ja", "wahr"),
    "it": ("sì", "vero"),
    "zh": ("是的", "是", "正确"),
    "ja": ("はい",),
    "ko": ("예", "네"),
    "pl": ("tak", "prawda"),
    "cs": ("ano", "pravda"),
    "uk": ("так", "правда", "вірно"),
    "ru": ("да", "верно", "правда"),
    "nl": ("ja", "jawel"),
    "sv": ("ja", "sant"),
    "da": ("ja", "sandt"),
    "no": ("ja", "sant"),
    "tr": ("evet", "doğru"),
    "id": ("ya", "iya", "benar", "betul"),
    "vi": ("có", "đúng"),
}
NO: Table = {
    "en": ("no", "false"),
    "es": ("no", "falso"),
    "pt": ("não", "falso"),
    "fr": ("non", "faux"),
    "de": ("nein", "falsch"),
    "it": ("no", "falso"),
    "zh": ("否", "不是", "不对"),
    "ja": ("いいえ",),
    "ko": ("아니요", "아니오", "아니다"),
    "pl": ("nie", "fałsz"),
    "cs": ("ne", "nepravda"),
    "uk": ("ні", "неправда", "хибно"),
    "ru": ("нет", "неверно", "ложь"),
    "nl": ("nee", "neen", "onwaar"),
    "sv": ("nej", "falskt"),
    "da": ("nej", "falsk"),
    "no": ("nei", "usant"),
    "tr": ("hayır", "yanlış"),
    "id": ("tidak", "bukan", "salah"),
    "vi": ("không", "sai"),
}
