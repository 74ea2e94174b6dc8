"""A document pasted or exported from a word processor (Word, Google Docs, Pages, OneNote) is read as the text it
shows, whatever markup its generator wraps around that text.

From blind69 and blind-kinds60 (a class that drafts in a word processor): correct work full marks fell to 33/44
and 30/36 although blind68's HTML had been read since the session before. The readers took the tags of a
rich-text editor only: a word processor's document head (`<meta>`, `<title>`, a `<style>` sheet of CSS, Word's
`<!--[if gte mso 9]><xml>…</xml><![endif]-->`) was read as lines of maths, Word's namespaced `<o:p></o:p>` stayed
in every line, Google Docs' style attributes (some 250 characters on every span) were longer than a tag was
allowed to be, so no tag of the file was read at all, and Docs sets a subscript or power by a span's
`vertical-align` style, not by `<sub>` or `<sup>`. Now what no reader sees is dropped (its line breaks kept), any
namespaced tag is markup (a language model's `<s>`, `</s>`, `<unk>` never has a colon), a tag may carry long
attributes, and a styled span lowers or raises its text. A metamorphic table: each plain answer, wrapped as each
generator wraps it, is graded as the plain answer is.
"""

from __future__ import annotations

import html
import time

import pytest

from grader.core.html import html_text
from grader.core.question import load_question
from tests.conftest import ROOT

SEED = ROOT / "problems/seed"

# (problem, an answer in plain text): right and wrong, derivations and the newer kinds
ANSWERS = [
    (
        SEED / "deep-learning.toml",
        "log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n= −0.7 + (−0.4)\n= −1.1\n",
    ),
    (SEED / "deep-learning.toml", "log Pr(y | x) = (−0.7) · (−0.4) = 0.28\n"),
    (SEED / "sam-corpus.toml", "P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n"),
    (SEED / "sam-corpus.toml", "P(<s> I am Sam </s>) = 2/3 + 2/3 + 1/2 + 1/2 = 7/3\n"),
    (SEED / "deep-learning-perplexity.toml", "Average: −(−0.7 − 0.4)/2 = 0.55\nPPL = e^0.55 ≈ 1.733\n"),
    (SEED / "deep-learning-perplexity.toml", "Average: −(−0.7 − 0.4)/2 = 0.55\nPPL = e^0.55 ≈ 2.733\n"),
    (
        ROOT / "problems/decoding/greedy-not-best.toml",
        "Greedy: cat (0.4) → sat (0.4) → down (0.3): P = 0.4 × 0.4 × 0.3 = 0.048\n"
        "No. dog barked loudly has P = 0.3 × 0.6 × 0.3 = 0.054 > 0.048.\n",
    ),
    (ROOT / "problems/cost/exhaustive-search.toml", "There are |V|^n sequences of length n.\n"),
]


def _lines(plain: str) -> list[str]:
    return [html.escape(line, quote=False) for line in plain.strip("\n").split("\n")]


def word(plain: str) -> str:
    """Word's "filtered HTML": a head with a CSS sheet in a comment, MsoNormal paragraphs, `<o:p>`."""
    body = "\n".join(
        f"<p class=MsoNormal><span lang=EN-GB>{line}<o:p></o:p></span></p>" for line in _lines(plain)
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered)">\n<style>\n<!--\n'
        " /* Style Definitions */\n p.MsoNormal\n\t{margin-top:0cm;\n\tfont-size:11.0pt;}\n-->\n</style>\n"
        '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n'
        f"</head>\n<body lang=EN-GB>\n<div class=WordSection1>\n{body}\n</div>\n</body>\n</html>\n"
    )


_DOCS_STYLE = (
    "font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;"
    "font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;"
    "white-space:pre-wrap;"
)


def google_docs(plain: str) -> str:
    """Google Docs' clipboard HTML: one line, the document inside `<b style="font-weight:normal">`."""
    paragraphs = "".join(
        f'<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="{_DOCS_STYLE}">'
        f"{line}</span></p>"
        for line in _lines(plain)
    )
    return (
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f1c2d3e-7fff-1a2b-3c4d">'
        f"{paragraphs}</b><br>"
    )


def pages(plain: str) -> str:
    """Pages and TextEdit (Cocoa HTML Writer): a doctype, a head with a style sheet, `p.p1` paragraphs."""
    body = "\n".join(f'<p class="p1"><span class="s1">{line}</span></p>' for line in _lines(plain))
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n'
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<title></title>\n'
        '<meta name="Generator" content="Cocoa HTML Writer">\n<style type="text/css">\n'
        "p.p1 {margin: 0.0px 0.0px 0.0px 0.0px; font: 12.0px 'Helvetica Neue'}\nspan.s1 {font-kerning: none}\n"
        f"</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def onenote(plain: str) -> str:
    """OneNote: a head with its generator, `<div>` outlines of `<p style=…>` paragraphs."""
    body = "\n".join(
        f"<p style='margin:0in;font-family:Calibri;font-size:11.0pt'>{line}</p>" for line in _lines(plain)
    )
    return (
        '<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
        '<meta name=ProgId content=OneNote.File>\n<meta name=Generator content="Microsoft OneNote 15">\n</head>\n'
        f"<body lang=en-GB style='font-family:Calibri;font-size:11.0pt'>\n<div style='direction:ltr'>\n{body}\n"
        "</div>\n</body>\n</html>\n"
    )


GENERATORS = [word, google_docs, pages, onenote]


BEAM = ROOT / "problems/decoding/beam-a-cat.toml"
# (text before the table, its rows, text after it): a beam's steps as a table, right and wrong
TABLES = [
    (
        "Step 2 – expand both:",
        [
            ["hypothesis", "probability"],
            ["the dog", "0.5 × 0.4 = 0.20"],
            ["the cat", "0.5 × 0.35 = 0.175"],
            ["a cat", "0.4 × 0.9 = 0.36"],
            ["a dog", "0.4 × 0.1 = 0.04"],
        ],
        "Keep the top 2: a cat (0.36), the dog (0.20).\nBeam search returns “a cat” with probability 0.36.",
    ),
    (
        "Step 2 – expand only the best:",
        [["hypothesis", "probability"], ["the dog", "0.5 × 0.4 = 0.20"], ["the cat", "0.5 × 0.35 = 0.175"]],
        "Beam search returns “the dog” with probability 0.20.",
    ),
]


def _markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])


def _word_table(rows: list[list[str]]) -> str:
    """Word's table: each cell a paragraph of its own, the source indented over several lines."""
    cell = "\n  <td width=200 valign=top style='width:150.0pt;padding:0cm 5.4pt'>\n  <p class=MsoNormal>{}<o:p></o:p></p>\n  </td>"
    body = "".join(
        "\n <tr>" + "".join(cell.format(html.escape(c, quote=False)) for c in row) + "\n </tr>"
        for row in rows
    )
    return f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>{body}\n</table>"


@pytest.mark.parametrize(("before", "rows", "after"), TABLES, ids=["right", "wrong"])
def test_a_word_table_is_read_as_its_rows(before: str, rows: list[list[str]], after: str) -> None:
    plain = f"{before}\n{_markdown_table(rows)}\n{after}\n"
    before_html, after_html = (
        "\n".join(
            f"<p class=MsoNormal>{html.escape(line, quote=False)}<o:p></o:p></p>" for line in text.split("\n")
        )
        for text in (before, after)
    )
    document = f"<html><body>\n{before_html}\n{_word_table(rows)}\n{after_html}\n</body></html>\n"
    assert graded(BEAM, document) == graded(BEAM, plain)


def graded(path, text: str):  # type: ignore[no-untyped-def]
    report = load_question(path).grade(text.encode(), "answer.html")
    return report.verdict, report.score, sorted({d.code for d in report.diagnostics if d.severity == "error"})


@pytest.mark.parametrize("generator", GENERATORS, ids=[g.__name__ for g in GENERATORS])
@pytest.mark.parametrize(
    ("path", "plain"), ANSWERS, ids=[f"{p.stem}-{i}" for i, (p, _) in enumerate(ANSWERS)]
)
def test_a_word_processors_document_is_graded_as_its_text(generator, path, plain: str) -> None:  # type: ignore[no-untyped-def]
    assert graded(path, generator(plain)) == graded(path, plain)


def test_what_no_reader_sees_is_dropped_and_lines_keep_their_numbers() -> None:
    text = html_text(word("log Pr(y | x) = −1.1\n"))
    shown = [(k, line) for k, line in enumerate(text.split("\n"), 1) if line.strip()]
    assert [line for _, line in shown] == ["log Pr(y | x) = −1.1"]
    assert shown[0][0] > 10  # below the head's lines, as in the file


def test_a_styled_span_lowers_or_raises_its_text() -> None:
    lowered = '<span style="vertical-align:sub;">2</span>'
    raised = '<span style="font-size:8pt;vertical-align: super">0.55</span>'
    assert html_text(f"<p>y{lowered} and PPL = e{raised}</p>").strip() == "y_{2} and PPL = e^{0.55}"
    # a plain span inside a raised one closes as it opened
    assert html_text(
        '<p>e<span style="vertical-align:super">-<span>1.1</span></span> = 0.33</p>'
    ).strip() == ("e^{-1.1} = 0.33")


def test_language_model_tokens_are_never_markup() -> None:
    plain = "P(<s> I am Sam </s>) with <unk> and <eos>\n"
    assert html_text(plain) == plain


def test_unclosed_head_elements_are_read_in_linear_time() -> None:
    text = "<style>" * 20_000 + "<!--" + "<title>x" * 20_000
    started = time.perf_counter()
    html_text(text)
    assert time.perf_counter() - started < 2.0
