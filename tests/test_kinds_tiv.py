"""The five newer kinds read Turkish, Indonesian and Vietnamese (blind-kinds37): answer labels ("cevap",
"jawaban", "đáp án"), yes/no ("evet"/"hayır", "ya"/"tidak", "có"/"không"), a comparison's conclusion ("A
daha olası", "lebih mungkin daripada", "có khả năng hơn"), per-token confidence ("token başına"), a beam's
steps and what it keeps ("Adım", "Langkah", "Bước … giữ 2"), the first wrong line ("satır 2 ilk yanlış
satır", "baris 2 salah", "dòng 2 là dòng sai đầu tiên"), the cheaper model ("daha ucuz", "lebih murah", "rẻ
hơn"), and Vietnamese typed with combining tone marks (read after NFC). Each right answer below earns full
marks and its wrong twin stays short of them. The texts are written for these tests; the kinds' tables give
every meaning a tr, id and vi row."""

from __future__ import annotations

import unicodedata

import pytest

from grader.core import meanings
from tests.kinds_languages import (
    KIND_MODULES,
    check,
    check_beam,
    check_cheaper,
    check_cost,
    check_dropped_conditioning,
    check_greedy_is_best,
    check_greedy_not_best,
    check_kind_tables_have,
    check_line_blamed,
    check_meanings_have,
    check_more_likely,
    check_per_token,
    check_window,
)

TIV = ("tr", "id", "vi")


# ---- compare: which response is more likely (A: -1.1, B: -1.8), said in a sentence of the language
_TOTALS = {
    "tr": "A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nB: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n",
    "id": "Jawaban A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nJawaban B: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n",
    "vi": "A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nB: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n",
}
MORE_LIKELY = [
    ("tr", "Sonuç: {c} daha olası, çünkü -1,1 > -1,8."),
    ("tr", "Cevap: model {c} seçeneğini tercih eder."),
    ("tr", "Yani {c} en olası yanıt."),
    ("id", "Jadi {c} lebih mungkin daripada {o}."),
    ("id", "Kesimpulan: model memilih {c}."),
    ("vi", "Đáp án: {c} có khả năng hơn vì -1,1 > -1,8."),
    ("vi", "Vậy {c} có khả năng cao hơn {o}."),
]


@pytest.mark.parametrize(("lang", "conclusion"), MORE_LIKELY)
def test_compare_the_likelier_response(lang: str, conclusion: str) -> None:
    check_more_likely(_TOTALS[lang], conclusion)


# per-token confidence (B: -1.4/3 > -1.1/2)
_MEANS = {
    "tr": "Adım 1: A: -0,7 + (-0,4) = -1,1; token başına ortalama -1,1 / 2 = -0,55\n"
    "Adım 2: B: -1,0 + (-0,3) + (-0,1) = -1,4; token başına ortalama -1,4 / 3 = -0,467\n",
    "id": "Langkah 1: A: -0,7 + (-0,4) = -1,1; rata-rata per token -1,1 / 2 = -0,55\n"
    "Langkah 2: B: -1,0 + (-0,3) + (-0,1) = -1,4; rata-rata per token -1,4 / 3 = -0,467\n",
    "vi": "Bước 1: A: -0,7 + (-0,4) = -1,1; trung bình mỗi token -1,1 / 2 = -0,55\n"
    "Bước 2: B: -1,0 + (-0,3) + (-0,1) = -1,4; trung bình mỗi token -1,4 / 3 = -0,467\n",
}
PER_TOKEN = [
    ("tr", "Cevap: token başına {c} daha olası."),
    ("tr", "Sonuç: model token başına {c} için daha çok güveniyor."),
    ("id", "Jawaban: per token model lebih yakin pada {c} daripada {o}."),
    ("vi", "Đáp án: tính trung bình mỗi token, mô hình tự tin hơn với {c} so với {o}."),
]


@pytest.mark.parametrize(("lang", "conclusion"), PER_TOKEN)
def test_compare_per_token_confidence(lang: str, conclusion: str) -> None:
    check_per_token(_MEANS[lang], conclusion)


# ---- decoding: a beam of two ("a cat", 0.36); the twin returns greedy's path
BEAM = [
    (
        "tr",
        "Adım 1: adaylar the 0,5; a 0,4; one 0,1 → tut: the (0,5), a (0,4)\n"
        "Adım 2: genişletme: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → en iyi 2: a cat (0,36), the dog (0,20)\n"
        "Cevap: beam search {seq} döndürür, olasılığı {p}.",
    ),
    (
        "id",
        "Langkah 1: kandidat the 0,5; a 0,4; one 0,1 → simpan the (0,5), a (0,4)\n"
        "Langkah 2: perluas: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → simpan a cat (0,36), the dog (0,20)\n"
        "Jawaban: beam search mengembalikan {seq} dengan probabilitas {p}.",
    ),
    (
        "vi",
        "Bước 1: mở rộng: the 0,5; a 0,4; one 0,1 → giữ 2: the (0,5), a (0,4)\n"
        "Bước 2: mở rộng: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → giữ 2: a cat (0,36), the dog (0,20)\n"
        "Đáp án: beam search trả về {seq} với xác suất {p}.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BEAM)
def test_a_beam_kept_in_the_language(lang: str, text: str) -> None:
    check_beam(text, comma=True)


# (language, its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    ("tr", "Adım", "Cevap: hayır, greedy en olası diziyi bulmaz.", "Cevap: evet."),
    ("tr", "Adım", "Hayır.", "Evet, greedy her zaman en olası diziyi verir."),
    ("id", "Langkah", "Jawaban: tidak, greedy tidak selalu optimal.", "Jawaban: ya."),
    ("id", "Langkah", "Tidak.", "Ya, output greedy adalah barisan yang paling mungkin."),
    ("vi", "Bước", "Đáp án: không, tham lam không phải lúc nào cũng tối ưu.", "Đáp án: có."),
    ("vi", "Bước", "Không.", "Có, greedy luôn cho chuỗi có khả năng nhất."),
]


@pytest.mark.parametrize(("lang", "step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(lang: str, step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong)


GREEDY_IS_BEST = [
    ("tr", "Cevap: evet, the cat (0,42) en olası dizi.", "Cevap: hayır."),
    ("id", "Jawaban: ya.", "Jawaban: tidak."),
    ("id", "Iya, the cat (0,42) paling mungkin.", "Tidak, greedy tidak menjamin hasil terbaik."),
    ("vi", "Đáp án: có.", "Đáp án: không."),
]


@pytest.mark.parametrize(("lang", "right", "wrong"), GREEDY_IS_BEST)
def test_greedy_is_best_said_yes(lang: str, right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong)


# ---- flaw: the first wrong line named by number or ordinal (line 2 multiplies the logs), the mistake in
# the language's words, a correction under the language's label
_CORRECTION = {
    "tr": "Düzeltme:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "id": "Perbaikan:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "vi": "Sửa lại:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
}
MULTIPLIED = [
    ("tr", "Cevap: satır {n} ilk yanlış satır: log olasılıklar toplanacağı yerine çarpılmış."),
    ("tr", "{o} satır yanlış: öğrenci logaritmaları çarpmış."),
    ("tr", "Hata satır {n}'de: log olasılıkları çarpılmış."),
    ("id", "Baris {n} salah: logaritma dikalikan, seharusnya dijumlahkan."),
    ("id", "Baris {o} adalah baris pertama yang salah: siswa mengalikan log probabilitas."),
    ("vi", "Đáp án: dòng {n} là dòng sai đầu tiên: nhân các log xác suất thay vì cộng."),
    ("vi", "Dòng {o} sai: log xác suất bị nhân."),
]
_ORDINAL = {
    "tr": {2: {"o": "İkinci"}, 1: {"o": "Birinci"}},
    "id": {2: {"o": "kedua"}, 1: {"o": "pertama"}},
    "vi": {2: {"o": "thứ hai"}, 1: {"o": "thứ nhất"}},
}


@pytest.mark.parametrize(("lang", "said"), MULTIPLIED)
def test_flaw_line_and_mistake_in_the_language(lang: str, said: str) -> None:
    check_line_blamed(said, _CORRECTION[lang], _ORDINAL[lang])


# {n} the line blamed, {m} the other said right
DROPPED = [
    ("tr", "Satır {n} yanlış: öğrenci önceki kelimeye koşullamayı unutmuş. Satır {m} doğru."),
    ("id", "Baris {n} salah: siswa lupa mengkondisikan pada kata sebelumnya. Baris {m} benar."),
    ("vi", "Đáp án: dòng {n} là dòng sai đầu tiên: quên điều kiện trên từ trước. Dòng {m} đúng."),
]


@pytest.mark.parametrize(("lang", "said"), DROPPED)
def test_flaw_dropped_conditioning_in_the_language(lang: str, said: str) -> None:
    check_dropped_conditioning(said, _CORRECTION[lang], {1: {"m": 2}, 2: {"m": 1}})


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
# (labels full/window/gap/cheaper, the window model named, the full model named)
WINDOW = [
    (("Tam model:", "Pencere modeli:", "Fark:", "Daha ucuz:"), "pencere modeli", "tam model"),
    (("Model penuh:", "Model jendela:", "Selisih:", "Lebih murah:"), "model jendela", "model penuh"),
    (("Mô hình đầy đủ:", "Mô hình cửa sổ:", "Chênh lệch:", "Rẻ hơn:"), "mô hình cửa sổ", "mô hình đầy đủ"),
    (("Full model:", "Window model:", "Gap:", "Cheaper:"), "pencere modeli", "tam model"),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full)


CHEAPER = [
    ("Pencere modeli daha ucuz, çünkü sadece son token'a bakıyor.", "window"),
    ("Tam model daha pahalı.", "window"),
    ("Tam model daha ucuz.", "full"),
    ("Model jendela lebih murah daripada model penuh.", "window"),
    ("Model penuh lebih mahal.", "window"),
    ("Mô hình cửa sổ rẻ hơn vì chỉ đọc một token.", "window"),
    ("Mô hình đầy đủ rẻ hơn.", "full"),
    ("Mô hình đầy đủ đắt hơn.", "window"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "Adım 1: her yeni token her kafa ve katmanda k anahtarla karşılaştırılır.\nCevap: {a} (m yok).",
    "Langkah 1: setiap token baru dibandingkan dengan k kunci di setiap head dan layer.\nJawaban: {a}.",
    "Bước 1: mỗi token mới so sánh với k khóa ở mỗi head và mỗi tầng.\nĐáp án: {a}, không phụ thuộc m.",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- Vietnamese typed with combining tone marks reads as its precomposed spelling (NFC on decoding)
def test_combining_tone_marks_read_as_precomposed() -> None:
    right = _TOTALS["vi"] + "Đáp án: A có khả năng hơn vì -1,1 > -1,8.\n"
    wrong = _TOTALS["vi"] + "Đáp án: B có khả năng hơn vì -1,1 > -1,8.\n"
    decomposed_right, decomposed_wrong = (unicodedata.normalize("NFD", t) for t in (right, wrong))
    assert decomposed_right != right
    check("compare", "deep-vs-reinforcement", decomposed_right, decomposed_wrong)


# ---- the tables: every meaning has the three languages; words that collide stay out of the wrong tables
def test_the_shared_tables_have_the_three_languages() -> None:
    check_meanings_have(TIV, ("ANSWER", "ANSWER_LABEL", "NOT", "YES", "NO"))


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_three_languages(module: str) -> None:
    check_kind_tables_have(module, TIV)


def test_articles_are_no_numbers() -> None:
    # Turkish "bir", Indonesian "satu", Vietnamese "một" are "a" as often as "one"
    for word in ("bir", "satu", "một"):
        assert meanings.cardinal(word) is None
    assert meanings.cardinal("iki") == 2 and meanings.cardinal("tiga") == 3 and meanings.cardinal("hai") == 2


def test_colliding_words_stay_out() -> None:
    from grader.compare import words as compare_words
    from grader.decoding import words as decoding_words
    from grader.flaw import words as flaw_words

    # Vietnamese "ổn" (fine) would read English "on" with any accent; "là" would read "la"
    assert "ổn" not in flaw_words.FINE["vi"] and "là" not in flaw_words.COPULA["vi"]
    # Turkish "not" is a note, but English's denial; Indonesian "dan" (and) is Dutch's "than"
    assert "not" not in compare_words.REMARK["tr"]
    assert "dan" not in decoding_words.AND_THEN["id"]
    # Indonesian "tak" (not) is Polish "yes"
    assert "tak" not in meanings.NOT["id"]


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        # English "conditioned on", "drops the conditioning on y_1" keep their reading: no Vietnamese "ổn"
        (
            "Line 1: y_2 must be conditioned on x and y_1; it drops y_1.\n"
            "Fix: log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep) = -0.7 + (-0.4) = -1.1\n",
            "Line 2: y_2 must be conditioned on x and y_1; it drops y_1.\n"
            "Fix: log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep) = -0.7 + (-0.4) = -1.1\n",
        ),
    ],
)
def test_english_analyses_keep_their_reading(right: str, wrong: str) -> None:
    check("flaw", "dropped-conditioning", right, wrong)
