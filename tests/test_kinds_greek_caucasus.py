"""The five newer kinds read Greek, Georgian and Armenian (blind-kinds42): answer labels ("Απάντηση",
"პასუხი", "Պատասխան"), yes/no ("ναι"/"όχι", "დიახ"/"არა", "այո"/"ոչ"), a comparison's conclusion ("πιο
πιθανή", "უფრო სავარაუდოა", "ավելի հավանական"), a beam's steps and what it keeps ("βήμα", "κρατάμε:",
"ნაბიჯი", "ვტოვებთ", "քայլ", "պահում ենք"), the line blamed ("η γραμμή 2 είναι λάθος", "ხაზი 2
არასწორია", "տող 2-ը սխալ է"), the cheaper model ("φθηνότερο", "უფრო იაფია", "ավելի էժան") and cost prose
around the count ("άρα", "δηλαδή"). Each right answer earns full marks and its wrong twin stays short of
them. Greek table words match with or without their accents (άρα, αρα, ΑΡΑ), Armenian և also as ե and ւ;
a Greek word is prose to the cost reader, a Greek letter alone (Σ, Θ, λ) stays maths. The texts are written
for these tests."""

from __future__ import annotations

import importlib
import re

import pytest

from grader.core import meanings
from grader.core.precheck import normalise
from tests.kinds_languages import (
    KIND_MODULES,
    check,
    check_beam,
    check_cheaper,
    check_cost,
    check_flaw_heading,
    check_greedy_is_best,
    check_greedy_not_best,
    check_kind_tables_have,
    check_known_line,
    check_larger_magnitude_stays_wrong,
    check_line_blamed,
    check_meanings_have,
    check_mistake_described,
    check_more_likely,
    check_table_word,
    check_window,
)

LANGUAGES = ("el", "ka", "hy")

# ---- compare: which response is more likely (A: -1.1, B: -1.8)
_TOTALS = "A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nB: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n"
MORE_LIKELY = [
    "Απάντηση: η {c} είναι πιο πιθανή, αφού -1,1 > -1,8.",
    "Επομένως το μοντέλο θεωρεί την απάντηση {c} πιθανότερη από την {o}.",
    "ΑΡΑ Η {c} ΕΙΝΑΙ ΠΙΟ ΠΙΘΑΝΗ.",  # capitals, no accents
    "პასუხი: {c} უფრო სავარაუდოა, რადგან -1,1 > -1,8.",
    "ამიტომ {c} უფრო მოსალოდნელია, ვიდრე {o}.",
    "Պատասխան: {c}-ն ավելի հավանական է, քանի որ -1,1 > -1,8։",
    "Հետեւաբար {c}-ն ավելի հավանական է, քան {o}-ն:",  # և typed as ե and ւ
    "Η {o} δεν είναι πιο πιθανή από την {c}.",  # denied: the other one
    "Άρα η {o} είναι λιγότερο πιθανή.",
    "Το μοντέλο προτιμά την {c}.",
    "ამიტომ {c}-ს აქვს უფრო მაღალი ალბათობა.",  # a case ending on the name
    "{o} ნაკლებად სავარაუდოა, ვიდრე {c}.",
    "Հետևաբար {c}-ն ունի ավելի մեծ հավանականություն։",
]


@pytest.mark.parametrize("conclusion", MORE_LIKELY)
def test_compare_the_likelier_response(conclusion: str) -> None:
    check_more_likely(_TOTALS, conclusion)


# a larger magnitude is no likelier response: "B has the larger value (1.8 > 1.1)" concluding B stays wrong
@pytest.mark.parametrize(
    "conclusion",
    [
        "Η B έχει μεγαλύτερο μέτρο (1,8 > 1,1), άρα η B είναι πιο πιθανή.",
        "B-ს მოდული მეტია (1,8 > 1,1), ამიტომ B უფრო სავარაუდოა.",
        "B-ի մոդուլն ավելի մեծ է (1,8 > 1,1), ուստի B-ն ավելի հավանական է։",
    ],
)
def test_compare_the_larger_magnitude_chosen_stays_wrong(conclusion: str) -> None:
    check_larger_magnitude_stays_wrong(_TOTALS, conclusion)


# the names typed on a Greek keyboard: capital Alpha and Beta standing alone are the Latin A and B (the article
# Η and Greek words in capitals stay as written)
@pytest.mark.parametrize("totals", [_TOTALS, _TOTALS.replace("A", "\u0391").replace("B", "\u0392")])
def test_compare_names_typed_in_greek_capitals(totals: str) -> None:
    check(
        "compare",
        "deep-vs-reinforcement",
        totals + "Άρα η \u0391 είναι πιο πιθανή από τη \u0392.\n",
        totals + "Άρα η \u0392 είναι πιο πιθανή από την \u0391.\n",
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("η \u0391 και η \u0392", "η A και η B"),
        ("Η \u0391 είναι", "Η A είναι"),  # the article Η stays Greek
        ("Ο λόγος \u03a1(\u0391|x)", "Ο λόγος P(A|x)"),
        ("ΑΡΑ ΝΑΙ", "ΑΡΑ ΝΑΙ"),  # a word in capitals stays Greek
        ("λ = 0,5, Σ, Θ(n)", "λ = 0,5, Σ, Θ(n)"),  # letters of maths stay Greek
    ],
)
def test_greek_capitals_that_look_latin(written: str, read: str) -> None:
    assert normalise(written) == [read]


# ---- decoding: a beam of two ("a cat", 0.36), kept after the language's "we keep:" and concluded in a sentence
# (a Georgian or Armenian case ending on the token: "a cat-ს", "a cat-ը"); the twin keeps and returns greedy's
# path
_EXPANSIONS = "  the dog = 0,5·0,4 = 0,20\n  the cat = 0,5·0,35 = 0,175\n  a cat = 0,4·0,9 = 0,36\n  a dog = 0,4·0,1 = 0,04\n"
BEAM = [
    "βήμα 1: υποψήφιοι the 0,5, a 0,4, one 0,1 → κρατάμε τα δύο καλύτερα: the, a\nβήμα 2:\n"
    + _EXPANSIONS
    + "κρατάμε: {seq} ({p}) και {other} ({q})\n"
    "άρα η δέσμη δίνει {seq} με πιθανότητα {p}, ενώ το greedy θα έδινε the dog.\n",
    "ნაბიჯი 1: კანდიდატები the 0,5, a 0,4, one 0,1 → ვტოვებთ ორ საუკეთესოს: the, a\nნაბიჯი 2:\n"
    + _EXPANSIONS
    + "ვტოვებთ: {seq} ({p}) და {other} ({q})\n"
    "ამიტომ სხივი აბრუნებს {seq}-ს ალბათობით {p}, ხარბი კი the dog-ს მისცემდა.\n",
    "քայլ 1: թեկնածուներ the 0,5, a 0,4, one 0,1 → պահում ենք երկու լավագույնը՝ the, a\nքայլ 2:\n"
    + _EXPANSIONS
    + "պահում ենք: {seq} ({p}) և {other} ({q})\n"
    "հետևաբար ճառագայթը վերադարձնում է {seq}-ը {p} հավանականությամբ, իսկ ագահը կտար the dog։\n",
]


@pytest.mark.parametrize("text", BEAM)
def test_a_beam_kept_in_the_language(text: str) -> None:
    check(
        "decoding",
        "beam-a-cat",
        text.format(seq="a cat", p="0,36", other="the dog", q="0,20"),
        text.format(seq="the dog", p="0,20", other="the cat", q="0,175"),
    )


# the answer under the language's label, after a beam kept in the language
LABELLED_BEAM = [
    "βήμα 1: the 0,5, a 0,4, one 0,1 → κρατάμε: the (0,5), a (0,4)\n"
    "βήμα 2: the dog 0,20· the cat 0,175· the car 0,125· a cat 0,36· a dog 0,04\n"
    "  → κρατάμε: a cat (0,36), the dog (0,20)\n"
    "Απάντηση: {seq}, πιθανότητα {p}.",
    "ნაბიჯი 1: the 0,5, a 0,4, one 0,1 → ვტოვებთ: the (0,5), a (0,4)\n"
    "ნაბიჯი 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
    "  → ვტოვებთ: a cat (0,36), the dog (0,20)\n"
    "პასუხი: {seq}, ალბათობა {p}.",
    "քայլ 1: the 0,5, a 0,4, one 0,1 → պահում ենք: the (0,5), a (0,4)\n"
    "քայլ 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
    "  → պահում ենք: a cat (0,36), the dog (0,20)\n"
    "Պատասխան: {seq}, հավանականություն {p}։",
]


@pytest.mark.parametrize("text", LABELLED_BEAM)
def test_a_labelled_beam_answer(text: str) -> None:
    check_beam(text, comma=True)


# greedy's path is the most probable here: "yes" is right, "no" its wrong twin
GREEDY_IS_BEST = [
    ("Απάντηση: ναι, το the cat (0,42) είναι το πιο πιθανό.", "Απάντηση: όχι."),
    ("ΝΑΙ.", "ΟΧΙ."),
    ("პასუხი: დიახ.", "პასუხი: არა."),
    ("Պատասխան: այո։", "Պատասխան: ոչ։"),
]


@pytest.mark.parametrize(("right", "wrong"), GREEDY_IS_BEST)
def test_greedy_is_best_said_yes(right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong)


# (its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    (
        "βήμα",
        "Απάντηση: όχι, η άπληστη αναζήτηση δεν δίνει πάντα την πιο πιθανή ακολουθία.",
        "Απάντηση: ναι.",
    ),
    ("βήμα", "ΟΧΙ.", "Ναι, η άπληστη επιλογή είναι πάντα βέλτιστη."),
    ("ნაბიჯი", "პასუხი: არა, ხარბი ძებნა ყოველთვის ოპტიმალური არ არის.", "პასუხი: დიახ."),
    ("քայլ", "Պատասխան: ոչ, ագահ որոնումը միշտ օպտիմալ չէ։", "Պատասխան: այո։"),
    ("քայլ", "Ոչ։", "Այո, ագահ ընտրությունը միշտ ամենահավանականն է։"),
]


@pytest.mark.parametrize(("step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong)


# ---- flaw: the first wrong line (line 2 multiplies the logs), by number or by its ordinal
_CORRECTION = "log Pr(y|x) = -0,7 + (-0,4) = -1,1\n"
MULTIPLIED = [
    "Απάντηση: η γραμμή {n} είναι λάθος: οι λογάριθμοι πολλαπλασιάστηκαν αντί να προστεθούν.",
    "Η {o} γραμμή είναι η πρώτη λανθασμένη.",
    "პასუხი: ხაზი {n} არასწორია: ლოგარითმები გამრავლდა, უნდა შეკრებილიყო.",
    "პასუხი: მე-{n} ხაზი არასწორია.",
    "Պատասխան: տող {n}-ը սխալ է. լոգարիթմները բազմապատկվել են գումարելու փոխարեն։",
    "Պատասխան: առաջին սխալը {n}-րդ տողում է։",
]
_ORDINAL = {2: {"o": "δεύτερη"}, 1: {"o": "πρώτη"}}


@pytest.mark.parametrize("said", MULTIPLIED)
def test_flaw_line_and_mistake_in_the_language(said: str) -> None:
    check_line_blamed(said, _CORRECTION, _ORDINAL)


# "line 1 is right, but line 2 …": the line said to be right is not the one blamed
@pytest.mark.parametrize(
    "said",
    [
        "Η γραμμή 1 είναι σωστή, αλλά η γραμμή {n} είναι λάθος.",
        "ხაზი 1 სწორია, მაგრამ ხაზი {n} არასწორია.",
        "Տող 1-ը ճիշտ է, բայց տող {n}-ը սխալ է։",
    ],
)
def test_the_line_said_right_is_not_blamed(said: str) -> None:
    check_line_blamed(said, _CORRECTION)


# the correction under its heading in the language: the analysis above it is no maths to read
@pytest.mark.parametrize(
    ("said", "heading"),
    [
        ("Απάντηση: η γραμμή 2 είναι η πρώτη λάθος.", "Διόρθωση:"),
        ("პასუხი: ხაზი 2 არასწორია.", "შესწორება:"),
        ("Պատասխան: տող 2-ը սխալ է։", "Ուղղված:"),
    ],
)
def test_the_correction_under_its_heading(said: str, heading: str) -> None:
    check_flaw_heading(said, said.replace("2", "1"), heading, _CORRECTION)


# the mistake described in the language, read through its stems (multiply, add, instead, condition, …): the
# multiplied logs earn the mistake's credit; blaming a dropped condition instead names a mistake line 2 does
# not make
MISTAKE = [
    (
        "Απάντηση: γραμμή 2. Οι λογάριθμοι πολλαπλασιάστηκαν αντί να προστεθούν.",
        "Απάντηση: γραμμή 2. Ο φοιτητής ξέχασε τη δέσμευση στο y_1.",
    ),
    (
        "პასუხი: ხაზი 2. ლოგარითმები გაამრავლა, უნდა შეეკრიბა.",
        "პასუხი: ხაზი 2. დაავიწყდა პირობა y_1-ზე.",
    ),
    (
        "Պատասխան: տող 2. լոգարիթմները բազմապատկվել են։",
        "Պատասխան: տող 2. մոռացել է պայմանը y_1-ի վրա։",
    ),
]


@pytest.mark.parametrize(("right", "wrong"), MISTAKE)
def test_the_mistake_described_in_the_language(right: str, wrong: str) -> None:
    check_mistake_described(right, wrong, _CORRECTION)


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
WINDOW = [
    (
        ("Πλήρες μοντέλο:", "Μοντέλο παραθύρου:", "Διαφορά:", "Φθηνότερο:"),
        "το μοντέλο παραθύρου",
        "το πλήρες μοντέλο",
    ),
    (("სრული მოდელი:", "ფანჯრის მოდელი:", "სხვაობა:", "უფრო იაფი:"), "ფანჯრის მოდელი", "სრული მოდელი"),
    (
        ("Ամբողջական մոդել:", "Պատուհանի մոդել:", "Տարբերություն:", "Ավելի էժան:"),
        "պատուհանի մոդելը",
        "ամբողջական մոդելը",
    ),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full)


CHEAPER = [
    ("Το μοντέλο παραθύρου είναι φθηνότερο.", "window"),
    ("ΤΟ ΠΛΗΡΕΣ ΜΟΝΤΕΛΟ ΕΙΝΑΙ ΑΚΡΙΒΟΤΕΡΟ.", "window"),
    ("Το πλήρες μοντέλο είναι φθηνότερο.", "full"),
    ("ფანჯრის მოდელი უფრო იაფია.", "window"),
    ("სრული მოდელი უფრო ძვირია.", "window"),
    ("სრული მოდელი უფრო იაფია.", "full"),
    ("Պատուհանի մոդելն ավելի էժան է։", "window"),
    ("Ամբողջական մոդելն ավելի թանկ է։", "window"),
    ("Ամբողջական մոդելն ավելի էժան է։", "full"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "βήμα 1: κάθε νέο token συγκρίνεται με k κλειδιά σε κάθε head και κάθε layer.\nΑπάντηση: {a} scores.",
    "βήμα 1: κάθε νέο token βλέπει k θέσεις, επί h heads και L layers, άρα συνολικά {a} αριθμούς.",
    "ნაბიჯი 1: ყოველი ახალი ტოკენი k გასაღებს ადარებს, ყოველ head-სა და layer-ში.\nპასუხი: {a} ქულა.",
    "քայլ 1: յուրաքանչյուր նոր token համեմատվում է k բանալիների հետ։\nՊատասխան: {a} գնահատական։",
    "քայլ 1: յուրաքանչյուր նոր token-ի համար k համեմատություն, հետևաբար ընդհանուր {a}։",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# the answer after "so" at the end of a Greek sentence, with a "that is" growth after it
def test_cost_answer_after_so_and_that_is() -> None:
    right = (
        "βήμα 1: στο βήμα i, k scores ανά head και layer.\nάρα το σύνολο είναι n k h L, δηλαδή O(n k h L).\n"
    )
    check("cost", "window-scores", right, right.replace("n k h L", "n k"))


# ---- the tables: every meaning has the three languages
def test_the_shared_tables_have_the_three_languages() -> None:
    check_meanings_have(LANGUAGES)
    assert (
        meanings.cardinal("δύο") == 2 and meanings.cardinal("სამი") == 3 and meanings.cardinal("երկու") == 2
    )
    # "ένα", "ერთი", "մեկ" are an article as often as "one"
    assert (
        meanings.cardinal("ένα") is None
        and meanings.cardinal("ერთი") is None
        and meanings.cardinal("մեկ") is None
    )


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_three_languages(module: str) -> None:
    check_kind_tables_have(module, LANGUAGES)


# a Greek letter alone is the maths' own: no table of the three languages has a one-letter word that is a
# letter of maths (λ, μ, π, σ, θ, Σ), and the Greek rows never match inside a longer word
_MATHS_LETTERS = set("αβγδεζθικλμνξπρστφχψωΣΠΘΛΔ")


@pytest.mark.parametrize(
    "module",
    ["core.meanings", "compare.words", "decoding.words", "flaw.words", "window.words", "cost.languages"],
)
def test_no_greek_row_is_a_letter_of_maths(module: str) -> None:
    mod = importlib.import_module(f"grader.{module}")
    for name, table in vars(mod).items():
        if name.isupper() and isinstance(table, dict) and "el" in table:
            flat = {w for x in table["el"] for w in (x if isinstance(x, tuple) else (x,))}
            assert not flat & _MATHS_LETTERS, (module, name)


@pytest.mark.parametrize(
    "line",
    [
        "άρα η A είναι πιο πιθανή",
        "ΑΡΑ Η A ΕΙΝΑΙ ΠΙΟ ΠΙΘΑΝΗ",
        "ამიტომ A უფრო სავარაუდოა",
        "ուստի A-ն ավելի հավանական է",
        "Հետեւաբար A-ն ավելի հավանական է",
    ],
)
def test_lines_in_the_three_languages_are_known(line: str) -> None:
    check_known_line(line)


# ---- the lexicon: Greek with or without its accents and in capitals; Armenian և as one letter or two
@pytest.mark.parametrize(
    ("word", "written", "found"),
    [
        ("άρα", "άρα η A", True),
        ("άρα", "αρα η A", True),  # the tonos dropped
        ("άρα", "ΑΡΑ Η A", True),  # capitals without accents
        ("άρα", "Άρα η A", True),
        ("άρα", "αράχνη", False),  # no match inside a longer word
        ("επομένως", "ΕΠΟΜΕΝΩΣ", True),  # final sigma as capital Σ
        ("δυο", "δύο", True),  # a bare table letter takes the accent written
        ("όχι", "οχι", True),
        ("όχι", "όχημα", False),
        ("հետևաբար", "հետեւաբար", True),
        ("հետևաբար", "Հետևաբար", True),
        ("პასუხი", "პასუხი:", True),
        ("პასუხი", "პასუხით", False),
    ],
)
def test_a_table_word_in_its_written_forms(word: str, written: str, found: bool) -> None:
    check_table_word(word, written, found, flags=re.IGNORECASE)


# the cost reader: a Greek word is prose, a Greek letter alone stays maths (Σ_{i=1}^{n} i = n(n+1)/2)
def test_a_greek_sum_stays_maths_beside_greek_words() -> None:
    right = "βήμα 1: Σ_{i=1}^{n} k = n k ανά head και layer.\nάρα συνολικά n k h L scores.\n"
    check("cost", "window-scores", right, right.replace("n k h L", "n k h"))
