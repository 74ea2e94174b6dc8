"""Every chain of relations in a submission: each piece parsed, the maths inside prose, several
statements on a line, the readable part of a line that does not parse, and the lines that could not be read."""

from __future__ import annotations

import contextlib
import dataclasses
import re

from grader.core import lexicon, meanings
from grader.core.diagnostics import Diagnostic, make
from grader.core.precheck import (
    MAX_LINE_LENGTH,
    MAX_PIECES,
    check_segment,
)
from grader.derivation.prose import (
    NUMERIC,
    clause_pieces,
    has_terms_or_names,
    meant_as_maths,
    only_a_name,
    strip_prose,
    sub_piece,
)
from grader.derivation.remarks import CHECK_SENTENCE, SENTENCE_END
from grader.derivation.statements import (
    RESTATEMENT,
    arrowed_values,
    columns,
    join_continued,
    own_left_sides,
    relation_signs,
    split_top_level,
    unmarked,
    wide_gap,
)
from grader.derivation.unread import (
    LOST,
)
from grader.maths import semantics as sm
from grader.maths.brackets import bracket_end
from grader.maths.build import ParseFailure, parse_piece
from grader.maths.evaluate import MAX_TOTAL_TERMS, has_terms, too_many_terms
from grader.maths.segment import Piece, find_maths

# A name given its value in brackets inside the words that head a line: "unigram parts (N = 17): …".
_HEADING_DEFINITION = re.compile(r"[A-Za-z]\s*\(\s*([A-Za-z]{1,3}\s*=\s*\d+(?:\.\d+)?)\s*\)\s*:")


# a line of prose read clause by clause: one holding two statements or more, or a paragraph on one line (longer
# than two lines of a page); a shorter line with one is a sentence whose maths is read whole or not at all
MIN_CLAUSES = 2
PARAGRAPH_LENGTH = 160
# a number the clause states: not a digit inside a word or a name ("base-2 logs", "log2", "y_1", "3-gram")
_STATED_NUMBER = re.compile(r"(?<![^\W\d])(?<![^\W\d]-)\d(?!\d*-[^\W\d])")
_LONE_NUMBER = re.compile(r"\s*[-−]?(?:\d+\.?\d*|\.\d+)\s*(?:and\s+[-−]?(?:\d+\.?\d*|\.\d+)\s*)?")
_RULE_LINE = re.compile(r"\s*(?:[=_~—─-]\s*){3,}")


def _refused(message: str, line: int, column: int) -> Diagnostic:
    """A part of the work too large to read (a line over the cap, brackets nested too deep): not read, so a warning
    that sends the submission to a person, never a deduction; the rest is graded."""
    return dataclasses.replace(
        make("input-rejected", message, sm.Span(line, column, line, column + 1)), severity="warning"
    )


def read_chains(lines: list[str]) -> tuple[list[sm.Chain], list[Diagnostic]]:
    """Every chain of relations in the submission, and the lines that could not be read."""
    chains: list[sm.Chain] = []
    diagnostics: list[Diagnostic] = []
    pieces = join_continued(find_maths(lines))
    after_skip = False  # the last piece of maths could not be read at all
    recovery = [RECOVERY_PARSES]
    if len(pieces) > MAX_PIECES:
        line, column = pieces[MAX_PIECES].position(0)
        message = f"more than {MAX_PIECES} pieces of maths; the rest, from here on, is not graded"
        diagnostics.append(_refused(message, line, column))
        del pieces[MAX_PIECES:]
    last_source: Piece | None = None  # the piece the last chain was read from
    previous: Piece | None = None
    # a line longer than a line of maths may be is refused whole (check_segment), never cut into its statements first
    laid_out = (columns(unmarked(w)) if len(w.text) <= MAX_LINE_LENGTH else [w] for w in pieces)
    for piece in (p for statements in laid_out for p in statements):
        before, previous = previous, piece
        problem = check_segment(piece.text)
        if problem is not None:
            message, offset = problem
            line, column = piece.position(offset)
            diagnostics.append(_refused(message, line, column))
            continue
        lost = LOST.search(piece.text)
        if lost:  # "= ▒.▒▒ bits", "▒▒▒▒": what was written there did not survive the upload or the scan
            line, column = piece.position(lost.start())
            message = f"cannot read this line: {lost.group()[0]!r} stands for text lost in the upload or scan"
            diagnostics.append(make("parse-error", message, sm.Span(line, column, line, column + 1)))
            continue
        if not piece.delimited and not piece.is_answer and not re.search(r"[=≈\d(\\]", piece.text):
            continue  # plain prose
        if _RULE_LINE.fullmatch(piece.text):
            continue  # "=========" under an answer: a double underline, as "____" is an underline
        piece = _unframed(piece)
        try:
            chain = parse_piece(piece)
        except ParseFailure as failure:
            if RESTATEMENT.match(piece.text):
                continue  # "y = (deep, learning)": the problem's data restated
            if piece.aside:  # "(log10 = -0.954)": a remark; "(C(<s> I)=2, C(<s>)=3)": statements, checked
                asides = [(p, _parse_part(p)) for p in split_top_level(piece)]
                if len(asides) > 1 and all(c is not None for _, c in asides):
                    chains.extend(dataclasses.replace(c, aside=True, continues=False) for _, c in asides if c)
                continue
            for m in _HEADING_DEFINITION.finditer(piece.text):  # "unigram parts (N = 17): …"
                with contextlib.suppress(ParseFailure):
                    chains.append(parse_piece(sub_piece(piece, m.start(1), m.end(1))))
            chain = None if piece.delimited else strip_prose(piece)
            if chain is None and not piece.delimited:
                chain = _bridge_words(piece, recovery)
            if chain is None:
                parts = split_top_level(piece)
                if len(parts) > 1 or (parts and parts[0].text != piece.text):  # "=> log P = -1.1"
                    results = arrowed_values(piece, own_left_sides([(p, _parse_part(p)) for p in parts]))
                    if all(c is not None or not meant_as_maths(p) for p, c in results):
                        chains.extend(c for _, c in results if c is not None)
                        last_source = piece
                        continue  # several statements, or maths among names ("w_1, …, w_5")
            if chain is None and not piece.delimited and not piece.code:
                # a paragraph of clauses with statements of their own ("C(<s>) = 3 with C(<s> I) = 2, …, so P(…) =
                # 2/3 · 2/3 · 1/2 · 1/2 = 1/9"): each clause read as a line of prose is
                read = [(p, strip_prose(p)) for p in clause_pieces(piece)]
                clauses = [c for _, c in read if c is not None and (len(c.items) > 1 or c.continues)]
                # the last clause holding a number read as a statement, so the paragraph's result is never a value
                # left unread; a clause before it that holds a number and cannot be read is a warning (a person looks)
                # (what a check sentence computes is a remark: "… = -0.2748. As a sanity check, … 0.8 probability …")
                check = CHECK_SENTENCE.search(piece.text, 1)
                checked = None
                if check and piece.text[: check.start()].strip():
                    end = SENTENCE_END.search(piece.text, check.end())
                    checked = (
                        piece.position(check.start()),
                        piece.position(end.end() if end else len(piece.text)),
                    )
                numbered = [
                    (p, c)
                    for p, c in read
                    if _STATED_NUMBER.search(p.text)
                    and (checked is None or not checked[0] <= p.position(0) < checked[1])
                ]
                # a lone value in a list ("0.3018, 1.8757, …") is no maths left unread; more clauses read than left
                # unread, or the paragraph is not one the grader can read
                unread = [p for p, c in numbered if c is None and not _LONE_NUMBER.fullmatch(p.text)]
                if (
                    numbered
                    and numbered[-1][1] in clauses
                    and clauses
                    and 2 * len(unread) < len(numbered)
                    and (len(clauses) >= MIN_CLAUSES or len(piece.text) >= PARAGRAPH_LENGTH)
                    and not any(too_many_terms(item) for c in clauses for item in c.items)
                ):
                    chains.extend(clauses)
                    if unread and meant_as_maths(piece):  # (prose around them: skipped as it was whole)
                        line, column = unread[0].position(0)
                        more = (
                            f" (and {len(unread) - 1} more part(s) of this paragraph)"
                            if len(unread) > 1
                            else ""
                        )
                        message = (
                            f"cannot read this part of a sentence: {unread[0].text.strip()[:60]!r}{more}"
                        )
                        hint = "the rest of the paragraph is graded; a person reviews this part"
                        diagnostics.append(
                            make("parse-error", message, sm.Span(line, column, line, column + 1), hint)
                        )
                    last_source = piece
                    continue
            if chain is None and piece.code:  # `>>> lp = [-0.0353, …]`, `In [3]: p1 = np.exp(z1) / …`:
                after_skip = True  # code the student ran, not maths; what it printed is read as a value alone
                continue
            if chain is None:
                after_skip = bool(
                    relation_signs(piece.text)
                )  # a statement not read: what "= …" below continues
                if meant_as_maths(piece):
                    line, column = piece.position(failure.offset)
                    refused = failure.offset if failure.syntax else len(piece.text)
                    part = _longest_readable(piece, refused, recovery)
                    diagnostics.append(
                        make(
                            "parse-error",
                            f"cannot read {'part of ' if part else ''}this line: {failure.message}",
                            sm.Span(line, column, line, column + 1),
                            "the part that could be read is graded; a person reviews the rest"
                            if part
                            else "this line was skipped; the rest of the derivation is still graded",
                        )
                    )
                    if part is not None:
                        after_skip = False
                        chains.append(part)
                        last_source = piece
                continue
        if piece.code and _program_names(chain, {c.items[0].name for c in chains if _assigns(c)}):
            after_skip = True  # `>> sum(log2(q))`: a program's names, no maths; what it printed is read alone
            continue
        big = next(filter(None, map(too_many_terms, chain.items)), None)
        if big is not None:
            line, column = big.span.line, big.span.column
            message = f"sums or products here unroll to more than {MAX_TOTAL_TERMS} terms in all"
            diagnostics.append(_refused(message, line, column))
            continue
        if (
            after_skip and chain.continues
        ):  # "= …" under a line that could not be read: its left side is unknown
            chain = dataclasses.replace(chain, continues=False)
        if chain.continues and piece.delimited and _named_in_prose(lines, piece):
            chain = dataclasses.replace(chain, continues=False)  # "product $= 0.046 \times 0.024 = …$"
        if piece.output and chain.continues and (before is None or last_source is not before):
            chain = dataclasses.replace(chain, continues=False)  # printed under code that was not read
        if piece.aside:  # beside the statement it comments on: what "= …" below continues is that one
            chain = dataclasses.replace(chain, aside=True, continues=False)
        after_skip = False
        lone = not piece.is_answer and len(chain.items) == 1 and not chain.continues
        if (lone or len(chain.items) > 1) and _named_value(chain.items[0]) is not None:
            chain = _name_beside_value(chain)  # "Perplexity 2.12", "perplexity e^0.55 = 1.73"
            lone = False
        # "last cell -0.2748 = log Pr(y|x)": the term's value, written first
        chain = _value_named_after(chain)
        if lone and only_a_name(chain.items[0]):
            continue  # "$y$" or "N" in a sentence: a mention, not a step
        if lone and _denied(lines, piece):
            continue  # "it is *not* $\Pr(\text{learning}\mid x)$": named only to be denied, not a step
        # a lone term or name is a mention; a value told as a result ("perplexity: e^0.55") stands
        mention = not chain.told and (has_terms_or_names(chain) or not re.search(r"\d", piece.text))
        if lone and not piece.delimited and mention:
            chain = dataclasses.replace(chain, heading=True)  # kept only if a `= …` line continues it
        chains.append(chain)
        last_source = piece
    return chains, diagnostics


def _unframed(piece: Piece) -> Piece:
    """A line framed whole in brackets that is no bracketed expression ("(counts used: C(<s> I)=2, C(<s>)=3)",
    "[C(I)=3; V=11]") is an aside beside the working: its inside is read as a line of its own. Anything else is
    returned as it is (a bracketed expression reads whole, so the frame is opened only where the whole does not
    parse)."""
    text = piece.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip()) - 1
    if piece.delimited or end <= start or bracket_end(text, start) != end or text[start] not in "([":
        return piece
    try:
        parse_piece(piece)
    except ParseFailure:
        return dataclasses.replace(sub_piece(piece, start + 1, end), aside=True)
    return piece


def _assigns(chain: sm.Chain) -> bool:
    return len(chain.items) > 1 and isinstance(chain.items[0], sm.Scalar)


def _program_names(chain: sm.Chain, assigned: set[str]) -> bool:
    """Does a chain typed at a prompt work with the program's own names (`sum(log2(q))`, `full - win`,
    `prod(c(2, 2, 1, 1) / …)`), not with numbers, the model's terms or names a statement read before gave a
    value (`>>> p1 = math.exp(-0.7)`, then `>>> p1 * p2`)? What the program's names hold the grader cannot know."""
    items = chain.items[1:] if _assigns(chain) else chain.items
    nodes = [n for item in items for n in sm.walk(item)]
    if any(isinstance(n, sm.Prob | sm.PCond | sm.Logit) for n in nodes):
        return False  # the model's terms: maths, checked
    return not all(isinstance(n, NUMERIC) or (isinstance(n, sm.Scalar) and n.name in assigned) for n in nodes)


def _named_value(item: sm.Expr) -> tuple[sm.Expr, sm.Expr] | None:
    """A quantity's name and a value beside it, nothing else ("Perplexity 2.12", "NLL  3.83", "perplexity
    e^0.55"): the quantity and its value, as a ledger's label and amount (no one multiplies a perplexity
    by 2.12). The value is numbers only; a name in it ("PPL N") makes the product what was written."""
    if not (isinstance(item, sm.BinOp) and item.op == "*" and item.implicit and not item.grouped):
        return None
    name, value = item.left, item.right
    if (
        isinstance(name, sm.Quantity)
        and len(name.written) >= 2
        and not name.args
        and all(isinstance(node, NUMERIC) for node in sm.walk(value))
    ):
        return name, value
    return None


def _name_beside_value(chain: sm.Chain) -> sm.Chain:
    """A chain that opens on a quantity's name beside its value ("perplexity 1.59", "perplexity e^0.55 =
    1.73") as the name equated to the value; any other chain as it is."""
    named = None if chain.continues else _named_value(chain.items[0])
    if named is None:
        return chain
    units = (None, *chain.units) if chain.units else ()
    return dataclasses.replace(
        chain, items=(*named, *chain.items[1:]), relations=("=", *chain.relations), units=units
    )


def _value_named_after(chain: sm.Chain) -> sm.Chain:
    """A value, then the term or quantity it is the value of ("-0.2748 = log Pr(y|x)", "0.25 = P(i | <s>)"),
    read the way round it means: the term equated to the value. Any other chain as it is."""
    if len(chain.items) != 2 or chain.continues or chain.relations[0] not in ("=", "≈"):
        return chain
    value, term = chain.items
    literal = value.arg if isinstance(value, sm.Neg) else value
    if not isinstance(literal, sm.Num) or not (isinstance(term, sm.Quantity) or has_terms(term)):
        return chain
    if any(isinstance(node, sm.Num) for node in sm.walk(term)):
        return chain  # "0.28 = -0.7 × -0.4": a value worked, not a term named
    units = tuple(reversed(chain.units)) if chain.units else ()
    return dataclasses.replace(chain, items=(term, value), units=units)


_WORD = re.compile(r"(?<![A-Za-z\\])(?!(?:log|exp|sum|prod|frac|sqrt|text|mathrm)(?![A-Za-z]))[A-Za-z]{3,}")
# Where one statement ends and another begins, outside brackets: "0.0923, so -ln Pr(…)", "= 1. Same …".
_SEAM = re.compile(
    r"[,;:→⇒]|=>|(?<![<-])-+>|\\(?:Rightarrow|implies|to|rightarrow|Longrightarrow)(?![A-Za-z])|\.\s"
    r"|\b(?:and|so|then|thus|hence|therefore|i\.e|giving|gives|which)\b",
    re.IGNORECASE,
)


def _outside_brackets(text: str) -> str:
    """text with everything inside brackets blanked, so only its top level is searched."""
    out, depth = [], 0
    for c in text:
        depth -= c in ")]}"
        out.append(c if depth <= 0 else " ")
        depth += c in "([{"
    return "".join(out)


# "Σ logprobs", "\\sum_i \\text{logprob}": a sum sign before the word naming what is summed
_SUMMED_WORD = re.compile(
    r"\s*(?:Σ|∑|\\sum|sum)(?:_\{?\w{1,3}\}?)?\s*(?:\\text\{)?[A-Za-z][A-Za-z-]{2,}\}?\s*"
)


def _bridge_words(piece: Piece, budget: list[int]) -> sm.Chain | None:
    """`log Pr(y|x) = sum over the tokens of log Pr(y_i | …) = -0.27`: a middle member told in words
    is passed over and the members either side of it are equated (what the student states), or None.
    At most four relations are looked at, each member parsed once, from the per-submission budget."""
    text = piece.text
    cuts = relation_signs(text)
    if not 2 <= len(cuts) <= 4:
        return None
    bounds = [0, *cuts, len(text)]
    dropped: list[tuple[int, int]] = []
    for i in range(1, len(bounds) - 2):  # the middle members, each after its relation sign
        a, b = bounds[i] + 1, bounds[i + 1]
        told = len(_WORD.findall(text[a:b])) >= 2 or _SUMMED_WORD.fullmatch(text[a:b])
        if not told or _SEAM.search(_outside_brackets(text[a:b])) or budget[0] <= 0:
            continue  # not words, or two statements meeting (split_top_level reads those)
        budget[0] -= 1
        try:
            parse_piece(sub_piece(piece, a, b))
        except ParseFailure:
            dropped.append((bounds[i], b))  # its relation sign and itself
    if not dropped:
        return None
    keep = [k for k in range(len(text)) if not any(a <= k < b for a, b in dropped)]
    rest = Piece(
        "".join(text[k] for k in keep),
        tuple(piece.positions[k] for k in keep),
        piece.delimited,
        piece.is_answer,
        piece.line,
    )
    try:
        chain = parse_piece(rest)
    except ParseFailure:
        chain = strip_prose(rest)
    return chain if chain is not None and len(chain.items) >= 2 else None


_RECOVERED_LENGTH = 240  # the longest line whose readable part is looked for (two lines of maths)
RECOVERY_PARSES = 120  # tries (a parse, or a cut of the words around it) per submission: stays linear


def _longest_readable(piece: Piece, refused: int, budget: list[int]) -> sm.Chain | None:
    """The longest run of a line that reads as a chain of two or more items, cut at its = and ≈ signs
    ("P = p₁·p₂ = 0.25 × 0.5 = 0.125" without its first part; "… ≈ 0.001 ≈ 0.1 %" without its last):
    one unreadable part does not lose the whole line. `refused`: where the grammar refused a token
    whatever followed it (no run from the start past it can read), or the line's length; `budget`: the
    parses left for this submission (spent here)."""
    text = piece.text
    if len(text) > _RECOVERED_LENGTH:
        return None  # a paragraph: the maths inside it is read by cutting the words away, not here
    cuts = relation_signs(text)[:4]  # bounded: a dozen parses at most, whatever the line
    spans = [(a, len(text)) for a in cuts if a > 0] + [(0, b) for b in cuts if 0 < b <= refused]
    spans += [(a, b) for a in cuts for b in cuts if 0 < a < b]
    for a, b in sorted(spans, key=lambda ab: ab[0] - ab[1]):
        sub = sub_piece(piece, a, b)
        if wide_gap(sub.text):
            continue  # "C(I)=3  C(I am)=2": statements side by side, never one product
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        try:
            chain = parse_piece(sub)
        except ParseFailure:
            # "= 0.25 × 0.5 ≈ 0.13  (exactly 1/8)": a remark in brackets after a tail (cost stays bounded)
            chain = strip_prose(sub) if b == len(text) and "(" in text[a:] else None
        if chain is not None and len(chain.items) >= 2:
            return dataclasses.replace(chain, continues=chain.continues and a == 0)  # its head was not read
    return None


_LINKING_WORDS = re.compile(
    r"(?:so|thus|hence|then|therefore|and|which|that|i\.?e\.?|gives?|giving|equals?|is|are|was|we|get|"
    r"have|to|this|it|or|in|now)",
    re.IGNORECASE,
)


# a negation just before a term, past emphasis and the opening of inline maths: "it is *not* $\Pr(…)$"
_DENIAL_BEFORE = re.compile(rf"(?<![\w-]){lexicon.alternation(meanings.NOT)}[\s*_]*\$?\s*$", re.IGNORECASE)


def _denied(lines: list[str], piece: Piece) -> bool:
    """Is a lone term written right after a word that denies it ("not Pr(learning | x)")?"""
    line, column = piece.position(0)
    if not 0 < line <= len(lines):
        return False
    return bool(_DENIAL_BEFORE.search(lines[line - 1][: max(column - 1, 0)]))


def _named_in_prose(lines: list[str], piece: Piece) -> bool:
    """Is a delimited `$= …$` written after a word that names its left side ("Sum $= 2(-0.585) + …$",
    "product $= …$"), not one that links it ("so $= …$", "the NLL is $≈ …$")? Then it states a new
    value, not the next step of the maths before it."""
    line, column = piece.position(0)
    if not 0 < line <= len(lines):
        return False
    before = lines[line - 1][: max(column - 1, 0)]
    before = re.split(r"\$|\\\(|\\\)", before)
    words = re.findall(r"[A-Za-z]+", before[-2] if len(before) >= 2 else "")
    return bool(words) and len(words[-1]) > 1 and not _LINKING_WORDS.fullmatch(words[-1])


def _parse_part(piece: Piece) -> sm.Chain | None:
    """One statement of a line of several: maths, maths inside words, or None."""
    if RESTATEMENT.match(piece.text) or not piece.text.strip():
        return None
    try:
        chain = parse_piece(piece)
    except ParseFailure:
        chain = strip_prose(piece)
    if chain is not None and len(chain.items) == 1 and not chain.continues and only_a_name(chain.items[0]):
        return None  # "w_1" in a list of names: a mention
    return None if chain is None else _name_beside_value(chain)  # "…, perplexity 1.59"


_INDEXING = re.compile(
    r"\b([yw])_\{?(\d{1,3})\}?\s*=\s*(?:\\(?:text|texttt|mathrm)\{\s*)?"
    r"(<\\?/?s>|\\langle\s*/?s\s*\\rangle|[A-Za-z][\w'-]*)"
)


# `w_{n+1} = </s>`: where the student's length letter puts a token
_LENGTH_INDEXING = re.compile(
    r"\b[yw]_\{\s*([nNT])\s*(?:([-+])\s*(\d))?\s*\}\s*=\s*(?:\\(?:text|texttt|mathrm)\{\s*)?"
    r"(<\\?/?s>|\\langle\s*/?s\s*\\rangle|[A-Za-z][\w'-]*)"
)


# `<s> w_1 … w_n </s>`: a sequence written out with its end after the student's n-th word, so </s> is w_{n+1}
_LENGTH_TEMPLATE = re.compile(
    r"\b([yw])_\{?\s*+1\s*+\}?\s*+(?:,\s*+)?(?:\\[lc]?dots[cb]?|…|\.{3}|⋯)\s*+(?:,\s*+)?\1_\{?\s*+([nNT])\s*+\}?"
    r"(?:[\s,~]|\\[,;:! ]|\\q?quad)*+(<\\?/s>|\\langle\s*+/s\s*+\\rangle|⟨/s⟩)"  # possessive: linear in spaces
)


def stated_length(lines: list[str]) -> list[tuple[str, int, str]]:
    """(letter, shift, token) for each `w_{n+1} = </s>` a student writes to fix what their n counts, and for
    each sequence written out as `w_1 … w_n </s>` (the same statement, made by where </s> stands)."""
    out = []
    for line in lines:
        for m in _LENGTH_INDEXING.finditer(line):
            token = re.sub(r"\\langle\s*(/?)s\s*\\rangle", r"<\1s>", m.group(4)).replace("\\", "")
            shift = int(m.group(3) or 0) * (-1 if m.group(2) == "-" else 1)
            out.append((m.group(1), shift, token))
        out.extend((m.group(2), 1, "</s>") for m in _LENGTH_TEMPLATE.finditer(line))
    return out


def stated_indexing(lines: list[str]) -> list[tuple[str, int, str]]:
    """(variable, index, token) for each `w_1 = <s>` a student writes to fix their indexing."""
    out = []
    for line in lines:
        for m in _INDEXING.finditer(line):
            token = re.sub(r"\\langle\s*(/?)s\s*\\rangle", r"<\1s>", m.group(3)).replace("\\", "")
            out.append((m.group(1), int(m.group(2)), token))
    return out


def ratio_of_statements(chain: sm.Chain) -> list[sm.Chain]:
    """`C(<s> I)=2/C(<s>)=3` is two counts stated and set over each other (2/3), not the chain
    C(<s> I) = 2/C(<s>) = 3: two statements, each checked on its own."""
    if len(chain.items) != 3 or chain.continues or chain.relations != ("=", "="):
        return [chain]
    first, middle, last = chain.items
    counted = (sm.Count, sm.Prob)
    if not (
        isinstance(first, counted)
        and isinstance(middle, sm.BinOp)
        and middle.op == "/"
        and isinstance(middle.left, sm.Num)
        and isinstance(middle.right, counted)
        and isinstance(last, sm.Num)
    ):
        return [chain]
    return [
        dataclasses.replace(chain, items=(first, middle.left), relations=("=",), units=()),
        dataclasses.replace(chain, items=(middle.right, last), relations=("=",), units=()),
    ]
