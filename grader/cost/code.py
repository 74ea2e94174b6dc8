"""Pseudo-code in a cost answer, turned into the maths it means, as text the reader then parses.

Three shapes engineers write: a Python sum (`sum(m + i for i in range(1, n+1))` is Σ_{i=1}^{n} (m+i)),
a per-step function summed by name (`cost(i) = L*(12*d**2 + 2*i*d)`, then `sum(cost(i) for i in …)`),
and a loop nest that accumulates a count (`for i in 1..n:` / `for t in 1..i:` / `total += t`, then
`total *= L * h`), in Python or C-family code (`for (let i = 1; i <= n; i++) total += i;`, braces,
semicolons, `//` comments, loop variables named by words). Nothing is evaluated here: each shape becomes text in the grammar's notation, and
`Shift` maps the rewritten text's columns back to what the student wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from grader.maths.brackets import bracket_end, split_outside_brackets

MAX_LOOP_LINES = 20  # lines of one loop nest read as a count
MAX_NESTING = 2  # loops inside loops (the algebra's sums nest as deep)
MAX_LOCAL = 200  # characters of a value named inside a loop, its own names written out


@dataclass
class Shift:
    """Where each rewritten stretch of a line came from: (new start, new end, old start, old end)."""

    spans: list[tuple[int, int, int, int]] = field(default_factory=list)

    def old(self, position: int, end: bool = False) -> int:
        """The column in the written line of a 0-based column of the rewritten one."""
        delta = 0
        for new_start, new_end, old_start, old_end in self.spans:
            if position < new_start:
                break
            if position < new_end or (end and position == new_end):
                return old_end if end else old_start
            delta = old_end - new_end
        return position + delta


_RANGE = re.compile(r"^\s*range\s*\((.*)\)\s*$")
_DOTS = re.compile(r"^\s*(\S+?)\s*(?:\.\.\.?|…)\s*(\S+)\s*$")


def bounds(text: str) -> tuple[str, str] | None:
    """The first and last value of a loop's range: `range(1, n+1)` is 1 … n+1-1, `1..n` is 1 … n."""
    match = _RANGE.match(text)
    if match:
        args = [a.strip() for a in split_outside_brackets(match.group(1))]
        if len(args) == 1 and args[0]:
            return "0", f"{args[0]}-1"
        if len(args) == 2 and all(args):
            return args[0], f"{args[1]}-1"
        return None
    dots = _DOTS.match(text)
    return (dots.group(1), dots.group(2)) if dots else None


_GENERATOR = re.compile(r"^(.*\S)\s+for\s+([a-z])\s+in\s+(.+)$", re.S)
_SUM_CALL = re.compile(r"(?<![\w\\])sum\s*\(")


def _sums(text: str) -> list[tuple[int, int, str]]:
    """Each Python sum `sum(E for v in R)` of the text: its start, end and the sum in the grammar."""
    out = []
    for match in _SUM_CALL.finditer(text):
        closing = bracket_end(text, match.end() - 1)
        if closing is None:
            continue
        generator = _GENERATOR.match(text[match.end() : closing])
        if generator is None:
            continue
        body, index, ranged = generator.groups()
        limits = bounds(ranged)
        if limits is None:
            continue
        out.append((match.start(), closing + 1, f"Σ_{{{index}={limits[0]}}}^{{{limits[1]}}} ({body})"))
    return out


# a per-step function: `cost_step(i) = …`, `f(t) := …` (named by a word, of a step index)
_DEFINITION = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*\(\s*([ijt])\s*\)\s*:?=\s*(\S.*?)\s*$")


def definition(line: str, letters: frozenset[str]) -> tuple[str, str, str] | None:
    """(name, index, body) when the line defines a per-step function; a run of the problem's letters
    (`h(i)`) is a product, not a name."""
    match = _DEFINITION.match(line)
    if match is None or (len(match.group(1)) < 3 and "_" not in match.group(1)):
        return None
    if all(c in letters or c in "ijt" for c in match.group(1)):
        return None
    return match.group(1), match.group(2), match.group(3)


def _calls(text: str, functions: dict[str, tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Each call of a per-step function at its own index (`cost(i)`): where, and its body in brackets."""
    out = []
    for name, (index, body) in functions.items():
        for match in re.finditer(rf"(?<![\w\\]){re.escape(name)}\s*\(\s*{index}\s*\)", text):
            out.append((match.start(), match.end(), f"({body})"))
    return out


def _substituted(text: str, functions: dict[str, tuple[str, str]]) -> str:
    return _apply(text, _calls(text, functions))[0]


def rewrite(
    text: str, functions: dict[str, tuple[str, str]], said: list[tuple[int, int, str]] | None = None
) -> tuple[str, Shift]:
    """The line with Python sums, series with dots and `Σ_{t<=i}` written as Σ, per-step functions
    called at their own index (`cost(i)`) replaced by their body, and 1e47 as 1·10^{47}; with the
    map back to the written columns. `said`: sums the reader found in words (start, end, the sum)."""
    found = (said or []) + _sums(text) + _series(text)
    sums = [(a, b, _substituted(new, functions)) for a, b, new in found]
    sums += _upper_bounds(text) + [
        (m.start(), m.end(), f"{m.group(1)}·10^{{{m.group(2)}}}") for m in _E_NOTATION.finditer(text)
    ]
    calls = [c for c in _calls(text, functions) if not any(a <= c[0] < b for a, b, _ in sums)]
    if not sums and not calls:
        return text, Shift()
    return _apply(text, sums + calls)


_E_NOTATION = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[eE]([+-]?\d{1,3})(?![\w.])")  # 1e47, 9.5e93
# a sum's index bounded above only (`sum_{t<=i}`, `Σ_{i ≤ n}`): positions count from 1
_UPPER_ONLY = re.compile(r"(?:(?<=sum)|(?<=Σ|∑))_\{?\s*([a-z])\s*(?:<=|≤)\s*([A-Za-z0-9+-]+)\s*\}?")


def _upper_bounds(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), f"_{{{m.group(1)}=1}}^{{{m.group(2)}}}") for m in _UPPER_ONLY.finditer(text)]


_ELLIPSIS = re.compile(r"\+\s*(?:\.\.\.|…|⋯|\\[lc]?dots)\s*\+")
_NUMBER = re.compile(r"\d+")


def _series(text: str) -> list[tuple[int, int, str]]:
    """Each series `a₁ + a₂ + … + a_N` whose first two terms differ in one number, by one
    (`(m+1) + (m+2) + ... + (m+n)`, `1 + 2 + … + n`): where, and the sum it writes out."""
    out = []
    for match in _ELLIPSIS.finditer(text):
        left = _terms_left(text, match.start())
        right = _term_right(text, match.end())
        if left is None or right is None:
            continue
        (first_start, first), (_, second) = left
        last_end, last = right
        found = _template(first.strip(), second.strip(), last.strip(), text)
        if found is not None:
            out.append((first_start, last_end, found))
    return out


def _terms_left(text: str, end: int) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """The two terms before a series' dots (start, text), outside brackets, or None."""
    cuts, depth = [end], 0
    for index in range(end - 1, -1, -1):
        char = text[index]
        depth += (char in ")]}") - (char in "([{")
        if depth < 0 or (depth == 0 and char in "=,;∼≈"):
            cuts.append(index + 1)
            break
        if depth == 0 and char == "+":
            cuts.append(index + 1)
            if len(cuts) == 3:
                break
            continue
    else:
        cuts.append(0)
    if len(cuts) < 3:
        return None
    second = (cuts[1], text[cuts[1] : cuts[0]])
    first_end = cuts[1] - 1 if text[cuts[1] - 1 : cuts[1]] == "+" else cuts[1]
    first = (cuts[2], text[cuts[2] : first_end])
    if not first[1].strip() or not second[1].strip():
        return None
    lead = len(first[1]) - len(first[1].lstrip())
    return (first[0] + lead, first[1]), second


def _term_right(text: str, start: int) -> tuple[int, str] | None:
    """The term after a series' dots (end, text), up to a closing bracket, `=` or the end; None when
    a `+` or `-` follows it (`0 + 1 + … + n-1`: is the last term n-1, or n?)."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        depth += (char in "([{") - (char in ")]}")
        if depth == 0 and char in "+-−":
            return None
        if depth < 0 or (depth == 0 and char in "=,;∼≈"):
            term = text[start:index]
            return (start + len(term.rstrip()), term) if term.strip() else None
    term = text[start:]
    return (start + len(term.rstrip()), term) if term.strip() else None


def _template(first: str, second: str, last: str, text: str) -> str | None:
    """Σ over the one number that grows by one from the first term to the second, up to what stands
    in its place in the last term; None when the terms are not one pattern."""
    a, b = _NUMBER.findall(first), _NUMBER.findall(second)
    if _NUMBER.sub("#", first) != _NUMBER.sub("#", second) or len(a) != len(b):
        return None
    moved = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(moved) != 1 or int(b[moved[0]]) != int(a[moved[0]]) + 1:
        return None
    parts = _NUMBER.split(first)
    k = moved[0]
    pattern = "".join(
        re.escape(p) + ("(.+?)" if j == k else re.escape(a[j]) if j < len(a) else "")
        for j, p in enumerate(parts)
    )
    upper = re.fullmatch(pattern, last)
    index = next((c for c in "ijt" if c not in text), None)
    if upper is None or index is None:
        return None
    body = "".join(p + (index if j == k else a[j] if j < len(a) else "") for j, p in enumerate(parts))
    return f"Σ_{{{index}={a[k]}}}^{{{upper.group(1)}}} ({body})"


def _apply(text: str, pieces: list[tuple[int, int, str]]) -> tuple[str, Shift]:
    out, shift, at, length = [], Shift(), 0, 0
    for start, end, new in sorted(pieces):
        if start < at:
            continue  # overlapping: the first one stands
        out.append(text[at:start])
        length += start - at
        out.append(new)
        shift.spans.append((length, length + len(new), start, end))
        length += len(new)
        at = end
    out.append(text[at:])
    return "".join(out), shift


@dataclass(frozen=True)
class Loop:
    """A loop nest read as a count: the lines it covers, its accumulator and the maths it adds up."""

    first: int
    last: int
    name: str
    maths: str


_VARIABLE = r"[a-z][a-z0-9_]{0,11}"  # a loop variable: `i`, or a word (`layer`, `pos`) taken as an index
_FOR = re.compile(rf"^(\s*)for\s+({_VARIABLE})\s+(?:in|=|from)\s+(.+?)\s*:?\s*$")
_TO = re.compile(r"^\s*(\S+?)\s+(?:to|until)\s+(\S+)\s*$")
_STATEMENT = re.compile(r"^(\s*)([A-Za-z_]\w*)\s*([+*]?=)\s*(\S.*?)\s*$")
# a comment after code: `# …`, or `// …` (never `// 2`, an integer division)
# (the spaces before `#` taken from the first of their run: linear in a line of spaces)
_CODE_COMMENT = re.compile(r"(?<!\s)\s+#\s.*$|(?:^|(?<=\s))//(?!\s*[\d(]).*$")
# a C-family loop head (JavaScript, C, Java): `for (let i = 1; i <= n; i++)`, what follows it on its line
_C_FOR = re.compile(
    rf"^(\s*)for\s*\(\s*(?:(?:let|var|int|long|auto|size_t|unsigned)\s+)?({_VARIABLE})\s*=\s*([^;]+?)\s*;"
    r"\s*\2\s*(<=|≤|<)\s*([^;]+?)\s*;"
    r"\s*(?:\2\s*\+\+|\+\+\s*\2|\2\s*\+=\s*1|\2\s*=\s*\2\s*\+\s*1)\s*\)\s*(.*)$"
)
# a Python loop with its body on the head's line: `for i in range(1, n + 1): total += m + i`
_INLINE_FOR = re.compile(rf"^(\s*)(for\s+{_VARIABLE}\s+(?:in|=|from)\s+.+?)\s*:\s+(\S.*)$")
_BRACES = " \t{};"


def _range(text: str) -> tuple[str, str] | None:
    to = _TO.match(text)
    return (to.group(1), to.group(2)) if to else bounds(text)


def _statements(text: str) -> list[str]:
    """The statements of a line of code, without braces and semicolons (`{ total += t; }`: `total += t`)."""
    return [s.strip(_BRACES) for s in text.split(";") if s.strip(_BRACES)]


def loop_head(line: str) -> bool:
    """Whether the line is a loop's head and nothing more (`for i in range(1, n + 1):`, `for (let a = 0;
    a < V.length; a++) {`): it states a range, it counts nothing."""
    line = _CODE_COMMENT.sub("", line).rstrip()
    c_loop = _C_FOR.match(line)
    if c_loop is not None:
        return not _statements(c_loop.group(6))
    head = _FOR.match(line)
    return head is not None and _range(head.group(3)) is not None


def plain(lines: list[str]) -> list[tuple[int, str]]:
    """The lines of code in one shape, each with the index of the line it was written on: comments and
    braces left out, a C-family head as `for i in a..b`, and a body written on its loop's line as the
    lines indented under it (`for (let i = 1; i <= n; i++) total += i;` is two)."""
    out: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        line = _CODE_COMMENT.sub("", line).rstrip()
        indent = line[: len(line) - len(line.lstrip())]
        head, rest = line, ""
        c_loop = _C_FOR.match(line)
        inline = _INLINE_FOR.match(line)
        if c_loop is not None:
            first, compare, last, rest = c_loop.group(3), c_loop.group(4), c_loop.group(5), c_loop.group(6)
            first, last = (
                re.sub(r"\s+", "", first),
                re.sub(r"\s+", "", last) + ("-1" if compare == "<" else ""),
            )
            head = f"{indent}for {c_loop.group(2)} in {first}..{last}"
        elif inline is not None and _range(_FOR.match(inline.group(2)).group(3)) is not None:  # type: ignore[union-attr]
            head, rest = indent + inline.group(2), inline.group(3)
        elif _FOR.match(line) is None:
            head = indent + " ".join(_statements(line)) if _statements(line) else ""
        if head.strip():
            out.append((index, head))
        out += [(index, f"{indent}    {statement}") for statement in _statements(rest)]
    return out


def loops(lines: list[str], letters: frozenset[str]) -> list[Loop]:
    """Every loop nest that adds up one accumulator (`total += …` inside, `total *= …` after it)."""
    code = plain(lines)
    out: list[Loop] = []
    number = 0
    while number < len(code):
        loop = _loop_at(code, number, letters)
        if loop is not None:
            out.append(loop)
            number = max(k for k, (index, _) in enumerate(code) if index < loop.last) + 1
        elif _FOR.match(code[number][1]):
            number = _block_end(code, number)  # a loop inside one not read is no count by itself
        else:
            number += 1
    return out


def _block_end(code: list[tuple[int, str]], start: int) -> int:
    """The position of the first line after the block indented under code[start]."""
    indent = len(code[start][1]) - len(code[start][1].lstrip())
    for number in range(start + 1, len(code)):
        line = code[number][1]
        if len(line) - len(line.lstrip()) <= indent:
            return number
    return len(code)


def _loop_at(code: list[tuple[int, str]], start: int, letters: frozenset[str]) -> Loop | None:
    """The loop nest whose `for` is code[start] (a position in plain()), or None when it adds up no count."""
    head = _FOR.match(code[start][1])
    if head is None:
        return None
    indent = len(head.group(1))
    stack: list[tuple[int, str]] = []  # (indent, "Σ_{v=a}^{b}") of the loops open around a line
    name, terms = "", []
    words: dict[str, str] = {}  # a loop variable named by a word -> the index letter it stands for
    local: dict[str, str] = {}  # a value named inside the nest (`keys = m + i`) -> its expression
    last = start
    for number in range(start, min(len(code), start + MAX_LOOP_LINES)):
        line = code[number][1]
        depth = len(line) - len(line.lstrip())
        if number > start and depth <= indent:
            break
        while stack and depth <= stack[-1][0]:
            stack.pop()
        loop = _FOR.match(line)
        if loop is not None:
            index = _index(loop.group(2), words, letters)
            limits = _range(_named(loop.group(3), words))
            if limits is None or index is None or len(stack) >= MAX_NESTING:
                return None
            stack.append((depth, f"Σ_{{{index}={limits[0]}}}^{{{limits[1]}}}"))
            last = number
            continue
        line = _local(_named(line, words), local)
        statement = _STATEMENT.match(line)
        if statement is None and terms and line.lstrip().startswith("="):
            break  # maths under the loops (`  = n(n+1)(n+2)/6`): the nest ends above it
        if (
            statement is not None
            and statement.group(3) == "="
            and stack
            and statement.group(2) not in letters
        ):
            # a value named inside the loop (`keys = m + i`): what it names stands in the lines below
            if len(statement.group(4)) > MAX_LOCAL:
                return None  # a value built up beyond any count's size: not read as one
            local[statement.group(2)] = statement.group(4)
            last = number
            continue
        if statement is None or statement.group(3) != "+=" or not stack:
            return None
        if name and statement.group(2) != name:
            return None
        name = statement.group(2)
        terms.append(" ".join(s for _, s in stack) + f" ({statement.group(4)})")
        last = number
    if not terms:
        return None
    maths = " + ".join(terms)
    # after the nest, at its own indent: `total *= L * h`, `total += …`
    for number in range(last + 1, min(len(code), last + 4)):
        line = code[number][1]
        statement = _STATEMENT.match(line)
        if statement is None or statement.group(2) != name or len(statement.group(1)) != indent:
            break
        operator, value = statement.group(3), statement.group(4)
        if operator == "*=":
            maths = f"({maths}) * ({value})"
        elif operator == "+=":
            maths = f"{maths} + ({value})"
        else:
            break
        last = number
    return Loop(code[start][0] + 1, code[last][0] + 1, name, maths)


INDEX_LETTERS = "ijt"


def _index(variable: str, words: dict[str, str], letters: frozenset[str]) -> str | None:
    """The index letter of a loop's variable: itself when a letter (never the problem's own), else the
    first index letter the nest has not used; None when none is left or the letter is taken."""
    if len(variable) == 1:
        if variable in letters or variable in words.values():
            return None
        words[variable] = variable
        return variable
    free = [c for c in INDEX_LETTERS if c not in words.values() and c not in letters]
    if variable in words or not free:
        return None
    words[variable] = free[0]
    return free[0]


def _local(text: str, local: dict[str, str]) -> str:
    """The text with the values named inside a loop written as their bracketed expressions."""
    for word, expr in local.items():
        text = re.sub(rf"(?<![\w.]){re.escape(word)}(?!\w)", lambda _m, e=expr: f"({e})", text)
    return text


def _named(text: str, words: dict[str, str]) -> str:
    """The text with loop variables named by words written as their index letters."""
    for word, letter in words.items():
        text = re.sub(rf"(?<!\w)(?<![A-Za-z_]\.){word}(?!\w)", letter, text)  # not V.length's length
    return text
