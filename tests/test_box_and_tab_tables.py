"""Tables that are not Markdown are read as a Markdown table is: a table drawn with box characters (light, heavy,
double, a grid that rules every row, ASCII +---+), rows pasted with tabs, and rows aligned with spaces under a rule
of dashes. Their walls part cells, their rules are no maths, their header titles the columns; a cell that is a
number, a token or a label is no step and no wrong value, a cell that states something is read and checked."""

from __future__ import annotations

import pytest

from grader.core.precheck import normalise
from grader.core.report import Report
from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from grader.maths.segment import drawn_rows, find_maths
from tests.conftest import ROOT

SAM = load_problem(ROOT / "problems/seed/sam-corpus.toml")
FOOD = load_problem(ROOT / "problems/seed/bigram-english-food.toml")
CAPITAL = load_problem(ROOT / "problems/seed/logprobs-capital.toml")

# top rule, wall, rule under the header, rule between rows (None: none), bottom rule; a rule's characters are
# its left end, its horizontal, its junction and its right end
BOXES = {
    "light": ("┌─┬┐", "│", "├─┼┤", None, "└─┴┘"),
    "heavy": ("┏━┳┓", "┃", "┣━╋┫", None, "┗━┻┛"),
    "double": ("╔═╦╗", "║", "╠═╬╣", None, "╚═╩╝"),
    "grid": ("╒═╤╕", "│", "╞═╪╡", "├─┼┤", "╘═╧╛"),  # a grid: a rule between every two rows
    "ascii": ("+-++", "|", "+=++", "+-++", "+-++"),
}
STYLES = [*BOXES, "tabs", "aligned"]

Table = tuple[tuple[str, ...], list[tuple[str, ...]]]


def drawn(style: str, table: Table) -> str:
    """The table as the style lays it out."""
    header, rows = table
    if style == "tabs":
        return "".join("\t".join(cells) + "\n" for cells in [header, *rows])
    widths = [max(len(cells[k]) for cells in [header, *rows]) for k in range(len(header))]
    if style == "aligned":
        lines = [header, tuple("-" * w for w in widths), *rows]
        return "".join(
            "  ".join(f"{c:<{w}}" for c, w in zip(cells, widths, strict=True)).rstrip() + "\n"
            for cells in lines
        )
    top, wall, under, between, bottom = BOXES[style]

    def rule(chars: str) -> str:
        left, across, junction, right = chars
        return left + junction.join(across * (w + 2) for w in widths) + right + "\n"

    def row(cells: tuple[str, ...]) -> str:
        return wall + wall.join(f" {c:<{w}} " for c, w in zip(cells, widths, strict=True)) + wall + "\n"

    out = rule(top) + row(header) + rule(under)
    for k, cells in enumerate(rows):
        if between and k:
            out += rule(between)
        out += row(cells)
    return out + rule(bottom)


# counts and the estimate each row states; the statement's value is what a wrong twin changes
SAM_TABLE: Table = (
    ("i", "bigram", "C(v w)", "C(v)", "P(w_i | w_i-1)"),
    [
        ("1", "<s> I", "2", "3", "P(I | <s>) = 2/3"),
        ("2", "I am", "2", "3", "P(am | I) = 2/3"),
        ("3", "am Sam", "1", "2", "P(Sam | am) = 1/2"),
        ("4", "Sam </s>", "1", "2", "P(</s> | Sam) = 1/2"),
    ],
)
SAM_TOTAL = "P(<s> I am Sam </s>) = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n"

FOOD_TABLE: Table = (
    ("step", "bigram", "P(w_i | w_i-1)", "running product"),
    [
        ("1", "<s> i", "P(i | <s>) = 0.25", "0.25"),
        ("2", "i want", "P(want | i) = 0.33", "0.0825"),
        ("3", "want english", "P(english | want) = 0.0011", "9.075e-05"),
        ("4", "english food", "P(food | english) = 0.5", "4.5375e-05"),
        ("5", "food </s>", "P(</s> | food) = 0.68", "3.0855e-05"),
    ],
)
FOOD_TOTAL = "P(<s> i want english food </s>) = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.0855e-05\n"

# numbers and tokens only: the working is the sum written under the table
CAPITAL_TABLE: Table = (
    ("i", "y_i", "Pr(y_i | x, y_<i)", "log-prob", "cumulative"),
    [
        ("1", "The", "x", "-0.0353", "-0.0353"),
        ("2", "capital", "x, y_<2", "-0.0099", "-0.0452"),
        ("3", "of", "x, y_<3", "-0.0011", "-0.0463"),
        ("4", "France", "x, y_<4", "-0.0013", "-0.0476"),
        ("5", "is", "x, y_<5", "-0.0021", "-0.0497"),
        ("6", "Paris", "x, y_<6", "-0.002", "-0.0517"),
        ("7", ".", "x, y_<7", "-0.2231", "-0.2748"),
    ],
)
CAPITAL_TOTAL = "log Pr(y | x) = -0.0353 + (-0.0099) + (-0.0011) + (-0.0013) + (-0.0021) + (-0.002) + (-0.2231) = -0.2748\n"
# each row states its term
CAPITAL_STATED: Table = (
    ("i", "token", "log-prob"),
    [
        ("1", "The", "ln Pr(The | x) = -0.0353"),
        ("2", "capital", "ln Pr(capital | x, y_<2) = -0.0099"),
        ("3", "of", "ln Pr(of | x, y_<3) = -0.0011"),
        ("4", "France", "ln Pr(France | x, y_<4) = -0.0013"),
        ("5", "is", "ln Pr(is | x, y_<5) = -0.0021"),
        ("6", "Paris", "ln Pr(Paris | x, y_<6) = -0.002"),
        ("7", ".", "ln Pr(. | x, y_<7) = -0.2231"),
    ],
)
CAPITAL_STATED_TOTAL = "log Pr(y | x) = -0.2748\n"

CASES = {
    "sam": (SAM, SAM_TABLE, SAM_TOTAL),
    "food": (FOOD, FOOD_TABLE, FOOD_TOTAL),
    "capital": (CAPITAL, CAPITAL_TABLE, CAPITAL_TOTAL),
    "capital-stated": (CAPITAL, CAPITAL_STATED, CAPITAL_STATED_TOTAL),
}
# a wrong probability stated in a cell of a row, the total under the table left right
WRONG_CELLS = {
    "sam": ("P(am | I) = 2/3", "P(am | I) = 3/4"),
    "food": ("P(english | want) = 0.0011", "P(english | want) = 0.011"),
    "capital-stated": ("ln Pr(of | x, y_<3) = -0.0011", "ln Pr(of | x, y_<3) = -0.0110"),
}
WRONG_TOTALS = {"sam": "= 1/6", "food": "= 3.0855e-04", "capital": "= -0.2848", "capital-stated": "= -0.2848"}


def _submission(case: str, style: str) -> str:
    _, table, total = CASES[case]
    return "Chain rule, each factor from the table:\n\n" + drawn(style, table) + "\n" + total


def _table_lines(text: str) -> set[int]:
    return set(range(3, len(text.splitlines()) - 1))  # between the opening sentence's gap and the total's


def _warned(report: Report) -> list[tuple[str, int]]:
    return [(d.code, d.span.line) for d in report.diagnostics if d.severity == "warning"]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("case", CASES)
def test_right_work_in_a_drawn_or_pasted_table_is_full_marks_and_not_for_review(
    case: str, style: str
) -> None:
    problem = CASES[case][0]
    text = _submission(case, style)
    report = grade_text(text, problem)
    assert report.verdict == "correct", (report.codes, text)
    assert report.score == problem.points, (report.codes, text)
    assert not [w for w in _warned(report) if w[1] in _table_lines(text)], (_warned(report), text)
    assert not report.needs_review, (report.codes, text)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("case", WRONG_CELLS)
def test_a_wrong_probability_stated_in_a_row_stays_wrong(case: str, style: str) -> None:
    problem = CASES[case][0]
    right, wrong = WRONG_CELLS[case]
    text = _submission(case, style).replace(right, wrong)
    report = grade_text(text, problem)
    assert report.verdict == "incorrect", (report.codes, text)
    assert report.score < problem.points
    line = next(k for k, row in enumerate(text.splitlines(), 1) if wrong in row)
    assert any(d.severity == "error" and d.span.line == line for d in report.diagnostics), (
        report.codes,
        text,
    )


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("case", CASES)
def test_a_wrong_total_under_the_table_stays_wrong(case: str, style: str) -> None:
    problem, _, total = CASES[case]
    value = total.rstrip().rsplit("=", 1)[1].strip()
    text = _submission(case, style).replace("= " + value + "\n", WRONG_TOTALS[case] + "\n")
    report = grade_text(text, problem)
    assert report.verdict == "incorrect", (report.codes, text)
    assert "final-answer-wrong" in report.codes, report.codes


@pytest.mark.parametrize("style", STYLES)
def test_a_table_of_numbers_alone_is_no_step_and_no_wrong_value(style: str) -> None:
    """Numbers, tokens and labels in cells (a running sum among them) are neither steps nor values to check:
    the total under the table is the answer, and the working the table shows is for a person to read."""
    text = "Chain rule:\n\n" + drawn(style, CAPITAL_TABLE) + "\nTotal = -0.2748\n"
    report = grade_text(text, CAPITAL)
    assert report.verdict == "correct", report.codes
    assert report.score == CAPITAL.points
    assert not [d for d in report.diagnostics if d.severity == "error"], report.codes
    assert all(step.status != "error" for step in report.steps)
    assert not [c for c in report.codes if c in ("parse-error", "unknown-symbol")], report.codes


@pytest.mark.parametrize("style", list(BOXES))
def test_a_drawn_table_reads_as_its_markdown_twin(style: str) -> None:
    """What a Markdown table gives, the same table drawn with box characters gives."""
    header, rows = SAM_TABLE
    markdown = "".join(
        "| " + " | ".join(cells) + " |\n" + ("|---" * len(cells) + "|\n" if k == 0 else "")
        for k, cells in enumerate([header, *rows])
    )
    for right, wrong in [(None, None), WRONG_CELLS["sam"]]:
        texts = [markdown + SAM_TOTAL, drawn(style, SAM_TABLE) + SAM_TOTAL]
        if right is not None:
            texts = [t.replace(right, wrong) for t in texts]
        md, box = (grade_text(t, SAM) for t in texts)
        assert (md.verdict, md.score) == (box.verdict, box.score), (md.codes, box.codes)
        assert sorted(md.codes) == sorted(box.codes)


def _pieces(text: str) -> list[tuple[int, str]]:
    """The pieces of maths found, as grading finds them (precheck reads the light wall │ as |)."""
    return [(p.line, p.text) for p in find_maths(normalise("\n".join(drawn_rows(text.splitlines()))))]


def test_rules_are_no_maths_and_a_header_titles_its_columns() -> None:
    text = drawn("heavy", (("i", "P(w | v)", "note"), [("1", "P(am | I) = 2/3", "x")]))
    pieces = _pieces(text)
    assert (4, "P(am | I) = 2/3") in pieces
    assert not [p for p in pieces if p[0] in (1, 3, 5)]  # the rules
    assert not [p for p in pieces if p[0] == 2]  # the header's titles, no relation among them


def test_a_grid_reads_every_row_and_its_bottom_rule_closes_no_header() -> None:
    """A grid rules every row and its bottom rule closes the last: only the first row is the header."""
    table = (("term", "value"), [("P(I | <s>) = 2/3", "a"), ("P(am | I) = 2/3", "b"), ("-0.7 + (-0.4)", "c")])
    pieces = [text for _, text in _pieces(drawn("grid", table))]
    assert {"P(I | <s>) = 2/3", "P(am | I) = 2/3", "-0.7 + (-0.4)"} <= set(pieces)


def test_a_tab_separated_header_titles_its_columns_and_rows_are_cells() -> None:
    text = "i\ttoken\tPr(y_i | x, y_<i)\n1\tthe\tPr(the | x) = 0.2360\n2\t</s>\t0.0170\n"
    pieces = _pieces(text)
    assert pieces == [(2, "1"), (2, "the"), (2, "Pr(the | x) = 0.2360"), (3, "2"), (3, "</s>"), (3, "0.0170")]


@pytest.mark.parametrize(
    "lines",
    [
        ["P(am | I) = 2/3\tfrom the counts"],  # one line: no table
        ["a\tb\tc"],  # a row alone is no table
        ["log Pr(y|x)\t=\t-0.55", "mean\t=\t-0.275"],  # a statement spread over cells
        ["Product\t0.0010868", "PPL\t1.7333"],  # a ledger's label and amount
        ["P = 0.25 * 0.33", "  = 0.0825"],  # ordinary lines, aligned with spaces
        ["  C(I am)", "  -------", "   C(I)"],  # a fraction's bar, one run of dashes
        ["Sum = -0.2748", "---  ----", "Total = -0.2748"],  # lines that write into the rule's gap
    ],
)
def test_ordinary_lines_are_left_as_written(lines: list[str]) -> None:
    assert drawn_rows(lines) == lines


def test_rows_keep_their_columns() -> None:
    lines = ["i\ttoken\tp", "1\tthe\t0.2360", "", "i  token", "-  -----", "1  the"]
    out = drawn_rows(lines)
    assert [len(line) for line in out] == [len(line) for line in lines]
    assert out[:2] == ["i┃token┃p", "1┃the┃0.2360"]
    assert out[3:] == ["i┃ token", "─┼ ─────", "1┃ the"]
