"""Parse one piece of maths with the Lark grammar and build its semantic model."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

from lark import Lark, Token, Transformer_NonRecursive, UnexpectedInput, v_args
from lark.exceptions import VisitError

from grader.core.parsercache import parser_cache
from grader.maths import semantics as sm
from grader.maths.estimators import written_estimator
from grader.maths.ownwords import name_of
from grader.maths.segment import Piece
from grader.maths.structure import significant

MAX_TOKENS = 250


_PLAIN_POSITION = re.compile(r"([yw])(\d{1,2})")  # y1, w2: a position written without its underscore


class ParseFailure(Exception):
    """A piece of maths that does not parse: where (offset in the piece) and what was expected."""

    def __init__(self, message: str, offset: int, syntax: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.syntax = syntax  # the grammar refused the token at offset, whatever follows it


@lru_cache(maxsize=1)
def parser() -> Lark:
    """The LALR parser, built once from the grammar file shipped in the package (cached on disk)."""
    return Lark.open_from_package(
        "grader.grammars",
        "derivation.lark",
        ("",),
        cache=parser_cache("derivation"),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=True,
    )


_TERMINAL_NAMES = {
    "RPAR": "')'",
    "LPAR": "'('",
    "RBRACE": "'}'",
    "LBRACE": "'{'",
    "RSQB": "']'",
    "NUMBER": "a number",
    "EQ": "'='",
    "PROB": "a probability such as P(y_1 | x)",
    "LOG": "log",
    "BAR": "'|'",
    "WORD": "a token",
    "VAR": "x or y_i",
    "INT": "a whole number",
    "$END": "the end of the line",
}


def _expected(names: set[str]) -> str:
    shown = sorted({_TERMINAL_NAMES.get(n, "") for n in names} - {""})
    if not shown:
        return ""
    if len(shown) > 4:
        shown = shown[:4] + ["…"]
    return "; expected " + " or ".join(shown)


# "0.25 x 0.33", ".2143x.2143": a letter x between two numbers, set apart by spaces or by none, is the
# times sign (a number times the prompt x means nothing); so is one set apart by spaces between two terms
# ("P(i|<s>) x P(want|i)"): the prompt x is named inside a term, never between two. The same length, so
# every column stays.
_X_TIMES = re.compile(
    r"(?<=\d)(?:([ \t]+)x([ \t]+)(?=[-−]?\.?\d)|()x()(?=\.?\d))"
    r"|(?<=\))([ \t]+)x([ \t]+)(?=(?:Pr|P|p|C)[ \t]*\()"
)
# "2/3 . 2/3 . 1/2": a dot set apart by spaces on both sides between two operands is the times sign too (the
# school notation of a centred dot, typed as a full stop); a sentence's full stop has no space before it
_DOT_TIMES = re.compile(r"(?<=[\d)])([ \t]+)\.([ \t]+)(?=[-−(]?\d)")


# "3/14 times 3/14", "2 plus 1", "-0.7 minus 0.4", "3 divided by 14", "2 out of 3": an operator said in words
# between two operands is that operator; the word is blanked but for its sign, so every column stays.
_WORD_OPERATOR = re.compile(
    r"(?<=[\d)])(?P<gap>[ \t]+)(?P<word>times|multiplied[ \t]+by|plus|minus|divided[ \t]+by|out[ \t]+of)"
    r"[ \t]+(?=[-−(.\d])"
)
_SIGN_OF = {"t": "×", "m": "-", "p": "+", "d": "/", "o": "/"}


def _operator_word(m: re.Match[str]) -> str:
    word = m.group("word")
    sign = "×" if word.startswith("multiplied") else _SIGN_OF[word[0]] if word != "minus" else "-"
    return m.group("gap") + sign + " " * (len(m.group(0)) - len(m.group("gap")) - 1)


def _restated_precisely(left: sm.Expr, right: sm.Expr, written: str) -> sm.Num | None:
    """`3.827 (3.8274)`: a rounded value (three or more significant figures), then in brackets the same
    value more precisely, is that value restated, never a product (3.827 × 3.8274); `0.5 (0.45)` stays a
    product. The bracket's number must round to the first at its precision."""
    if not (isinstance(left, sm.Num) and isinstance(right, sm.Num) and left.decimals is not None):
        return None
    if (
        right.value == left.value
        and right.text != left.text
        and significant(left) >= 2
        and written.rstrip().endswith(")")
    ):
        return left  # `0.000031 (3.1 × 10^-5)`, `0.5 (1/2)`: the same value in another notation
    if significant(left) < 3:
        return None
    if right.decimals is None or right.decimals <= left.decimals or not written.rstrip().endswith(")"):
        return None
    unit = Fraction(1, 10**left.decimals)
    return left if abs(right.value - left.value) <= unit / 2 else None


def parse_piece(piece: Piece) -> sm.Chain:
    """The chain a piece of maths states; ParseFailure with an offset if it does not parse."""
    text = _X_TIMES.sub(
        lambda m: (m.group(1) or m.group(5) or "") + "×" + (m.group(2) or m.group(6) or ""), piece.text
    )
    text = _DOT_TIMES.sub(lambda m: m.group(1) + "×" + m.group(2), text)
    text = _WORD_OPERATOR.sub(_operator_word, text)
    try:
        tree = parser().parse(text)
    except UnexpectedInput as err:
        token = getattr(err, "token", None)
        at_end = token is not None and token.type == "$END"
        offset = len(text) if at_end or err.pos_in_stream is None else err.pos_in_stream
        got = text[offset : offset + 12].split(" ")[0] if offset < len(text) else ""
        expected = _expected(set(getattr(err, "expected", None) or getattr(err, "allowed", None) or ()))
        if offset >= len(text):
            message = "the line ends too early" + expected
        else:
            message = f"unexpected {got!r}" + expected
        raise ParseFailure(message, offset, syntax=offset < len(text)) from None
    if sum(1 for _ in tree.scan_values(lambda v: isinstance(v, Token))) > MAX_TOKENS:
        raise ParseFailure(f"more than {MAX_TOKENS} symbols on one line; split it into steps", 0)
    try:
        return _Builder(piece).transform(tree)
    except VisitError as err:
        inner = err.orig_exc
        if isinstance(inner, ParseFailure):
            raise inner from None
        raise


def _scientific(mantissa: sm.Expr, power: sm.Expr, span: sm.Span) -> sm.Num | None:
    """3.09 × 10^{-5} is one number written in scientific notation, as precise as its mantissa: a
    literal like 3.09e-5, never a product to compare factor by factor."""
    if not (isinstance(mantissa, sm.Num) and mantissa.decimals is not None and 1 <= mantissa.value < 10):
        return None
    if not (isinstance(power, sm.BinOp) and power.op == "^" and not power.grouped):
        return None
    base, exponent = power.left, power.right
    sign = 1
    if isinstance(exponent, sm.Neg):
        sign, exponent = -1, exponent.arg
    if not (isinstance(base, sm.Num) and base.text == "10" and isinstance(exponent, sm.Num)):
        return None
    if exponent.decimals is not None or exponent.value > 400:
        return None
    k = sign * int(exponent.value)
    return sm.Num(mantissa.value * Fraction(10) ** k, f"{mantissa.text}e{k}", mantissa.decimals - k, span)


def _decimals(text: str) -> int | None:
    m = re.fullmatch(r"(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?", text)
    assert m
    frac_digits = len(m.group(2) or "")
    exponent = int(m.group(3) or 0)
    if m.group(2) is None and exponent >= 0:
        return None
    return frac_digits - exponent


_QUANTITY = re.compile(r"(?:\\mathrm\{|\\text\{|\\operatorname\{|\\textrm\{)?(.*?)\}?$")
# the tokens a \text{…} holds: split at spaces and at a comma that ends a word (`the, cat`)
_TEXT_WORDS = re.compile(r"(?<=\S),(?=\s|$)\s*|\s+")
_QUANTITY_NAMES = {
    "P": "probability",
    "Pr": "probability",
    "PPL": "perplexity",
    "PP": "perplexity",
    "ppl": "perplexity",
    "Perplexity": "perplexity",
    "perplexity": "perplexity",
    "NLL": "nll",
    "nll": "nll",
    "CE": "cross_entropy",
    "H": "cross_entropy",
    "LL": "log_likelihood",
}


@v_args(meta=True, inline=True)
class _Builder(Transformer_NonRecursive):
    """Parse tree → semantic model; spans map back through the piece's character positions."""

    def __init__(self, piece: Piece) -> None:
        super().__init__()
        self.piece = piece

    def _span(self, meta: Any) -> sm.Span:
        if getattr(meta, "empty", True):
            line, column = self.piece.position(0)
            return sm.Span(line, column, line, column + 1)
        line, column = self.piece.position(meta.start_pos)
        end_line, end_column = self.piece.position(meta.end_pos - 1)
        return sm.Span(line, column, end_line, end_column + 1)

    def _tspan(self, token: Token) -> sm.Span:
        line, column = self.piece.position(token.start_pos)
        end_line, end_column = self.piece.position(token.end_pos - 1)
        return sm.Span(line, column, end_line, end_column + 1)

    # ------------------------------------------------------------ chain
    def start(self, meta, chain):
        return chain

    def chain(self, meta, lead, first, *rest):
        items = [first]
        relations = []
        for i in range(0, len(rest), 2):
            relations.append(rest[i])
            items.append(rest[i + 1])
        units = tuple(u or (e.unit if isinstance(e, _Unitised) else None) for e, u in items)
        if isinstance(items[0][0], _Unitised):  # "NLL (bits) = 4.382 / 0.6931 = 6.322": the chain's unit
            units = tuple(u or units[0] for u in units)
        return sm.Chain(
            items=tuple(_e(e) for e, _ in items),
            relations=tuple(relations),
            continues=lead is not None,
            is_answer=self.piece.is_answer,
            line=self.piece.line,
            units=units,
            lead=lead or "=",
        )

    def item(self, meta, expr, unit):
        return (expr, str(unit) if unit else None)  # a name's unit in brackets stays with it for `chain`

    def rel(self, meta, token):
        return "≈" if token.type == "APPROX" else "="

    # ------------------------------------------------------------ arithmetic
    def _bin(self, op, meta, left, right, implicit=False):
        return sm.BinOp(op, _e(left), _e(right), self._span(meta), implicit)

    def add(self, meta, left, _op, right):
        return self._bin("+", meta, left, right)

    def sub(self, meta, left, _op, right):
        return self._bin("-", meta, left, right)

    def mul(self, meta, left, _op, right):
        return (
            _scientific(_e(left), _e(right), self._span(meta))
            or self._into_body("*", meta, left, right)
            or self._bin("*", meta, left, right)
        )

    def div(self, meta, left, _op, right):
        return self._into_body("/", meta, left, right) or self._bin("/", meta, left, right)

    def imul(self, meta, left, right):
        restated = _restated_precisely(_e(left), _e(right), self.piece.text[meta.start_pos : meta.end_pos])
        if restated is not None:
            return restated
        return self._into_body("*", meta, left, right, implicit=True) or self._bin(
            "*", meta, left, right, implicit=True
        )

    def _into_body(self, op, meta, left, right, implicit=False) -> sm.BigOp | None:
        """∏_{i=1}^{4} C(w_{i−1} w_i)/C(w_{i−1}): a factor or divisor after an unbracketed sum or product
        that uses its index is part of its body, as the big operator's body runs over the whole product."""
        left, right = _e(left), _e(right)
        if not isinstance(left, sm.BigOp) or left.var is None or not _uses_index(right, left.var):
            return None
        if self.piece.text[meta.start_pos : meta.start_pos + 1] in "([{":
            return None  # (∏_i p_i)/Z: bracketed, the operator ends at its bracket
        start, end = left.body.span, right.span
        span = sm.Span(start.line, start.column, end.end_line, end.end_column)
        body = sm.BinOp(op, left.body, right, span, implicit)
        return dataclasses.replace(left, body=body, span=self._span(meta))

    def pow(self, meta, base, _op, exponent):
        if isinstance(base, sm.EConst):  # e^x is exp(x): one node, so both spellings align
            return sm.Exp(_e(exponent), self._span(meta))
        node = self._bin("^", meta, base, exponent)
        if self.piece.text[meta.start_pos : meta.start_pos + 1] in ("(", "\\"):
            return _PowOfGroup(node)  # exp(-1.1)^(-1/2) is (exp(-1.1))^(-1/2)
        return node

    def flat_power(self, meta, _token, exponent):
        return sm.Exp(_e(exponent), self._span(meta))

    def neg(self, meta, _op, arg):
        return sm.Neg(_e(arg), self._span(meta))

    def pos(self, meta, _op, arg):
        return _e(arg)

    def _elided(self, op, meta, left, ellipsis, right):
        """`a + … + b`: the run between a and b left out; grader.derivation.elided fills it or drops it."""
        left, span = _e(left), self._span(meta)
        gap = sm.Elided(op, self._tspan(ellipsis))
        inner = sm.Span(span.line, span.column, gap.span.end_line, gap.span.end_column)
        return sm.BinOp(op, sm.BinOp(op, left, gap, inner), _e(right), span)

    def elided_add(self, meta, left, _op, ellipsis, _op2, right):
        return self._elided("+", meta, left, ellipsis, right)

    def elided_sub(self, meta, left, _op, ellipsis, _op2, right):
        return self._elided("-", meta, left, ellipsis, right)

    def elided_mul(self, meta, left, _op, ellipsis, _op2, right):
        return self._elided("*", meta, left, ellipsis, right)

    # the operator skeleton is imported from arithmetic.lark, so its nodes arrive namespaced
    arithmetic__add, arithmetic__sub, arithmetic__mul, arithmetic__div = add, sub, mul, div
    arithmetic__imul, arithmetic__pow, arithmetic__neg, arithmetic__pos = imul, pow, neg, pos

    def log(self, meta, token, base, arg):
        written = str(token).lstrip("\\")
        module, _, function = written.rpartition(".")
        # "Log", "LN": a capital written by a keyboard; "In": autocorrect's ln
        function = "ln" + function[2:] if function.startswith("In") else function.lower()
        written = f"{module}.{function}" if module else function
        if base is not None:
            value = base
        elif module and function == "log":  # math.log, np.log: the natural log in code
            value = "e"
        elif written.endswith("10"):
            value = "10"
        elif written.endswith("2"):
            value = "2"  # lg alone is base 2 or 10 by convention: the student's own numbers decide (evaluate)
        elif written.startswith("ln"):
            value = "e"
        elif written.startswith(("lb", "ld")):
            value = "2"  # the binary logarithm's own names
        else:
            value = None
        if isinstance(arg, _PowOfGroup):  # log(x)^2 is (log x)^2
            p = arg.node
            return sm.BinOp("^", sm.Log(p.left, value, self._span(meta), written), p.right, self._span(meta))
        return sm.Log(_e(arg), value, self._span(meta), written)

    def log_base(self, meta, _sub, value):
        if isinstance(value, Token):
            text = str(value)
        else:  # a brace group
            text = str(value)
        text = text.strip("{} ")
        if text not in ("2", "10", "e"):
            raise ParseFailure(f"log base {text} is not supported; use 2, 10 or e", meta.start_pos)
        return text

    def base_value(self, meta, *parts):
        return next(str(p) for p in parts if isinstance(p, Token) and p.type in ("INT", "ECONST"))

    def exp(self, meta, _token, arg):
        if isinstance(arg, _PowOfGroup):
            p = arg.node
            return sm.BinOp("^", sm.Exp(p.left, self._span(meta)), p.right, self._span(meta))
        return sm.Exp(_e(arg), self._span(meta))

    def number(self, meta, token):
        text = str(token).replace("\u202f", "")  # 33 124 written with its digits grouped
        try:
            value = Fraction(text if not text.endswith(".") else text[:-1])
        except (ValueError, ZeroDivisionError):
            raise ParseFailure(f"{text!r} is not a number", meta.start_pos) from None
        return sm.Num(value, text, _decimals(text), self._tspan(token))

    def percent(self, meta, token, _sign):
        """25 %, 0.11 %: the share it writes (0.25, 0.0011), at the precision written (two places more)."""
        number = self.number(meta, token)
        decimals = (number.decimals or 0) + 2
        return sm.Num(number.value / 100, f"{number.text}%", decimals, self._tspan(token))

    def fracnum(self, meta, token):
        numerator, denominator = str(token).replace("\u202f", "").split("/")
        if int(denominator) == 0:
            raise ParseFailure("division by zero", meta.start_pos)
        return sm.Num(Fraction(int(numerator), int(denominator)), str(token), None, self._tspan(token))

    def fracshort(self, meta, token):
        """TeX's \\frac with one-character arguments unbraced: \\frac12 is 1/2, \\frac1N is 1/N."""
        top, bottom = [c for c in str(token)[str(token).index("frac") + 4 :] if c.isalnum()]
        if bottom == "0":
            raise ParseFailure("division by zero", meta.start_pos)
        span = self._tspan(token)
        if top.isdigit() and bottom.isdigit():
            return sm.Num(Fraction(int(top), int(bottom)), f"{top}/{bottom}", None, span)

        def one(c: str) -> sm.Expr:
            return sm.Num(Fraction(int(c)), c, None, span) if c.isdigit() else sm.Scalar(c, span)

        return sm.BinOp("/", one(top), one(bottom), span)

    def logit(self, meta, _z, _sub, token):
        if isinstance(token, Token) and token.type == "TEXTCMD":
            text = str(token)[str(token).index("{") + 1 : -1].strip()
        else:
            text = str(token)
        return sm.Logit(text, self._span(meta))

    def logit_token(self, meta, *parts):
        return next(p for p in parts if isinstance(p, Token) and p.type in ("WORD", "TEXTCMD"))

    def group(self, meta, _open, expr, _close):
        inner = _e(expr)
        if isinstance(inner, sm.BinOp) and inner.op in "+-":
            return dataclasses.replace(inner, grouped=True)
        return inner

    def boxed(self, meta, _cmd, _open, expr, _close):
        return _e(expr)

    def printed(self, meta, _print, _open, expr, _close):
        """print(math.exp(-1.1)) in a notebook: the value printed is the expression's."""
        return _e(expr)

    def econst(self, meta, token):
        return sm.EConst(self._tspan(token))

    def frac(self, meta, _cmd, _o1, num, _c1, _o2, den, _c2):
        return sm.BinOp("/", _e(num), _e(den), self._span(meta))

    def tfrac(self, meta, _cmd, _o, num, _comma, den, _c):
        return sm.BinOp("/", _e(num), _e(den), self._span(meta))

    def sqrt(self, meta, _cmd, _lsqb, degree, _rsqb, _open, arg, _close):
        return sm.Root(_e(arg), _e(degree) if degree is not None else None, self._span(meta))

    def rootsign(self, meta, _sign, arg):
        return sm.Root(_e(arg), None, self._span(meta))

    def cardinality(self, meta, _b1, name, _b2):
        return sm.Scalar("|" + str(name) + "|", self._span(meta))

    def scalar(self, meta, token):
        return sm.Scalar(str(token), self._tspan(token))

    def own_name(self, meta, token):
        return sm.Scalar(name_of(str(token)), self._tspan(token))

    def name(self, meta, letter, _sub, index):
        text = str(letter)
        if index is not None:
            lo = index.lo
            text += "_" + (
                str(lo.offset) if lo.symbol is None else lo.symbol + (f"{lo.offset:+d}" if lo.offset else "")
            )
        return sm.Scalar(text, self._span(meta))

    def quantity_of_parameters(self, meta, token, _open, _params, _close):
        """ℓ(θ), NLL(θ): the quantity as a function of the model's parameters, i.e. for this y."""
        return self.quantity(meta, token, None, None, None, None, None)

    def quantity(self, meta, token, _open, events, _given, _given_events, _close):
        name = _QUANTITY.match(str(token)).group(1)  # type: ignore[union-attr]
        args = tuple(events or ()) if _given is None else ()
        if len(args) == 1 and isinstance(args[0], sm.TokenLit) and _UNIT_WORD.fullmatch(args[0].text):
            # "NLL (nats) = 4.382": the unit the value is given in, in brackets after the name
            quantity = sm.Quantity(_QUANTITY_NAMES.get(name.lstrip("\\"), "asked"), self._span(meta), name)
            return _Unitised(quantity, args[0].text)
        # `\Pr` bare is Pr, the probability, as written in LaTeX
        return sm.Quantity(_QUANTITY_NAMES.get(name.lstrip("\\"), "asked"), self._span(meta), name, args)

    def pcond(self, meta, _p, _sub, index):
        return sm.PCond(index, self._span(meta))

    def prob(self, meta, _p, _open, targets, given, given_events, _close):
        return sm.Prob(
            tuple(targets),
            tuple(given_events) if given is not None else None,
            self._span(meta),
            written_estimator(str(_p)),
        )

    def given(self, meta, token):
        return token

    def count(self, meta, _c, _open, events, _close):
        return sm.Count(tuple(events), self._span(meta))

    def bare_bigop(self, meta, token):
        return sm.Scalar(str(token).lstrip("\\"), self._span(meta))  # a name, bound by what the student says

    def bigop(self, meta, token, bounds, body):
        kind = "prod" if str(token) in ("\\prod", "∏", "prod", "Π", "\\Pi") else "sum"
        var, lower, upper = bounds if bounds is not None else (None, None, None)
        return sm.BigOp(kind, var, lower, upper, _e(body), self._span(meta))

    def bounds(self, meta, _sub, lower, _caret, upper):
        var, lo = lower
        return (var, lo, upper)

    def bounds_reversed(self, meta, _caret, upper, _sub, lower):
        var, lo = lower
        return (var, lo, upper)

    def bounds_range(self, meta, _sub, _o, letter, _eq, lo, _dots, hi, _c):
        return (str(letter), lo, hi)  # "sum_{i=1..7}", "sum_(i=1..n)": the lower and upper bound in one

    def lower_var(self, meta, *parts):
        letter = next(p for p in parts if isinstance(p, Token) and p.type == "LETTER")
        return (str(letter), None)

    def lower_eq(self, meta, _o, letter, _eq, idx, _c):
        return (str(letter), idx)

    def upper_expr(self, meta, *parts):
        for p in parts:
            if isinstance(p, sm.Idx):
                return p
            if isinstance(p, Token) and p.type == "INT":
                return sm.Idx(None, int(p))
            if isinstance(p, Token) and p.type == "LETTER":
                return sm.Idx(str(p), 0)
        raise AssertionError(parts)

    def upper_len(self, meta, _o, _b1, name, _b2, _c):
        return sm.Idx("|" + str(name) + "|", 0)

    # ------------------------------------------------------------ events
    def events(self, meta, *parts):
        out = []
        for p in parts:
            if isinstance(p, list):
                out.extend(p)  # \text{<s> I am} holds several tokens
            elif p is not None and not (isinstance(p, Token) and p.type == "COMMA"):
                out.append(p)
        return out

    def var_ref(self, meta, var, _sub, index):
        return sm.VarRef(str(var), index, self._span(meta))

    def assign(self, meta, var, _eq, token):
        if isinstance(token, list):  # y_1 = \text{deep learning}: several words for one position
            token = sm.TokenLit(" ".join(t.text for t in token), self._span(meta))
        return sm.Assign(var, token, self._span(meta))

    def assign_plain(self, meta, word, eq, token):
        """`Pr(y1 = deep | x)`: a position written without its underscore, given its token."""
        m = _PLAIN_POSITION.fullmatch(str(word))
        if m is None:
            raise ParseFailure(f"{str(word)!r} is not a position such as y_1", meta.start_pos)
        var = sm.VarRef(m[1], sm.IndexSpec("point", sm.Idx(None, int(m[2]))), self._tspan(word))
        return self.assign(meta, var, eq, token)

    def ellipsis(self, meta, token):
        return sm.Ellipsis_(self._tspan(token))

    def word(self, meta, token):
        return sm.TokenLit(str(token), self._tspan(token))

    def quoted(self, meta, token):
        words = str(token)[1:-1].split()
        span = self._tspan(token)
        if len(words) == 1:
            return sm.TokenLit(words[0], span)
        return [sm.TokenLit(w, span) for w in words] or sm.TokenLit("", span)

    def textcmd(self, meta, token):
        inner = str(token)[str(token).index("{") + 1 : -1].strip()
        inner = inner.replace("\\_", "_").replace("\\<", "<").replace("\\>", ">")
        inner = re.sub(r"\\(?:langle|lt)\s*", "<", inner)
        inner = re.sub(r"\s*\\(?:rangle|gt)", ">", inner)
        words = [w for w in _TEXT_WORDS.split(inner) if w]  # \text{the, cat}: two tokens; \text{,}: the comma
        span = self._tspan(token)
        if len(words) == 1:
            return sm.TokenLit(words[0], span)
        return [sm.TokenLit(w, span) for w in words]

    def angle(self, meta, _l, word, _r):
        return sm.TokenLit(f"<{word}>", self._span(meta))

    def idx_point(self, meta, *parts):
        return sm.IndexSpec("point", _idx(parts))

    def idx_before(self, meta, _o, _lt, idx, _c):
        return sm.IndexSpec("before", idx)

    def idx_before_bare(self, meta, _lt, token):
        return sm.IndexSpec("before", _idx((token,)))

    def idx_upto(self, meta, _o, _le, idx, _c):
        return sm.IndexSpec("upto", idx)

    def idx_range(self, meta, _o, lo, _colon, hi, _c):
        return sm.IndexSpec("range", lo, hi)

    def idx_int(self, meta, token):
        return sm.Idx(None, int(str(token)[:9]))

    def idx_sym(self, meta, token):
        return sm.Idx(str(token), 0)

    def idx_add(self, meta, left, _op, right):
        return _idx_combine(left, right, +1, meta)

    def idx_sub(self, meta, left, _op, right):
        return _idx_combine(left, right, -1, meta)


def _idx(parts: tuple[Any, ...]) -> sm.Idx:
    for p in parts:
        if isinstance(p, sm.Idx):
            return p
        if isinstance(p, Token) and p.type == "INT":
            return sm.Idx(None, int(str(p)[:9]))
        if isinstance(p, Token) and p.type == "LETTER":
            return sm.Idx(str(p), 0)
    raise AssertionError(parts)


def _idx_combine(left: sm.Idx, right: sm.Idx, sign: int, meta: Any) -> sm.Idx:
    if right.symbol is not None and left.symbol is not None:
        raise ParseFailure("an index may use one letter, such as i-1", meta.start_pos)
    if right.symbol is not None:
        if sign < 0:
            raise ParseFailure("an index such as 2-i is not supported", meta.start_pos)
        return sm.Idx(right.symbol, left.offset + right.offset)
    return sm.Idx(left.symbol, left.offset + sign * right.offset)


@dataclass(frozen=True)
class _PowOfGroup:
    """(a)^b, remembered as such until a function before it can claim the brackets."""

    node: sm.BinOp


@dataclass(frozen=True)
class _Unitised:
    """A quantity's name with its unit in brackets (`NLL (nats)`): the unit belongs to the item it heads."""

    node: sm.Quantity
    unit: str


_UNIT_WORD = re.compile(r"nats?|bits?", re.IGNORECASE)


def _e(value: Any) -> sm.Expr:
    """Unwrap `item` pairs, (a)^b markers and a name's unit in brackets that reach expressions."""
    if isinstance(value, tuple) and len(value) == 2 and not isinstance(value[0], str):
        return value[0]
    if isinstance(value, _PowOfGroup | _Unitised):
        return value.node
    return value


def _uses_index(expr: sm.Expr, var: str) -> bool:
    """Does `expr` name the index `var` in a subscript of a term's token (C(w_{i-1}))?"""
    for node in sm.walk(expr):
        events = node.targets + (node.given or ()) if isinstance(node, sm.Prob) else ()
        events = node.events if isinstance(node, sm.Count) else events
        for event in events:
            ref = event.var if isinstance(event, sm.Assign) else event
            index = ref.index if isinstance(ref, sm.VarRef) else None
            if index is not None and var in (index.lo.symbol, index.hi.symbol if index.hi else None):
                return True
    return False
