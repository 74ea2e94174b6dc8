"""What the student says is not part of the answer: work taken back ("wait, that's wrong — redo:") and
paragraphs labelled as a check ("Sanity check: e^-1.1 ≈ 0.333")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from grader.core.retractions import CROSSES, reported_earlier, retraction_at
from grader.maths import semantics as sm
from grader.maths.structure import agree

_ANSWER_AGAIN = re.compile(r"\b(?:final\s+)?answer\s*(?:is\b|:)", re.IGNORECASE)
# A fresh attempt after a retraction ("Attempt 2:", "Second try:"): the whole attempt before it is taken back.
_ATTEMPT = re.compile(
    r"^\s*(?:[#*_]+\s*)?(?:(?:attempt|try)\s*\d+|(?:second|third|new|another)\s+(?:attempt|try))\b",
    re.IGNORECASE,
)


def _extent(node: object, line: int) -> tuple[int, int] | None:
    """The first and last column, on `line`, of what a node was written with (None: nothing there)."""
    spans: list[sm.Span] = []
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, tuple | list):
            todo.extend(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            for f in dataclasses.fields(item):
                value = getattr(item, f.name)
                if isinstance(value, sm.Span):
                    spans.append(value)
                else:
                    todo.append(value)
    here = [s for s in spans if s.line == line and s.end_line == line]
    return (min(s.column for s in here), max(s.end_column for s in here)) if here else None


def _left_text(chain: sm.Chain, lines: list[str]) -> str:
    """What the student wrote for a chain's left side, spaces dropped ("" when it cannot be located)."""
    if not chain.items or chain.continues or not chain.relations or not 0 < chain.line <= len(lines):
        return ""
    extent = _extent(chain.items[0], chain.line)
    if extent is None:
        return ""
    return re.sub(r"\s+", "", lines[chain.line - 1][extent[0] - 1 : extent[1] - 1])


def _start(chain: sm.Chain) -> int:
    extent = _extent(chain.items, chain.line)
    return extent[0] if extent else 1


_LOOKBACK = 40  # statements a redo may reach back to: a correction is of recent work, and this stays linear


def withdraw_retracted(chains: list[sm.Chain], lines: list[str]) -> list[sm.Chain]:
    """A line of prose that takes back what was written before it withdraws the statement it corrects: a
    corrected slip is not judged, neither charged nor credited.

    The statement corrected is the latest one before the retraction whose left side the correction
    names again (the rest of that line, or the first statement after it: "oops, should be 0.0497 - 0.002
    = …" redoes the earlier "0.0497 - 0.002 = …"; or a statement on the retraction's line before it, the
    redo written first); failing that, the statement just before it with its = continuation lines. The
    redo is judged.
    """
    chains = list(chains)  # a redo that names itself the answer is marked so in this copy
    withdrawn = _quoted_earlier(chains, lines)
    quoting = {chains[i].line for i in withdrawn}
    lefts: dict[int, str] = {}  # each chain's left side, worked out once: linear in the submission

    def left_of(i: int) -> str:
        if i not in lefts:
            lefts[i] = _left_text(chains[i], lines)
        return lefts[i]

    asides = aside_lines(lines)
    for number, line in enumerate(lines, start=1):
        marker = retraction_at(line)
        if marker is None or number in quoting or number in asides:
            continue  # none, an aside ("(oops — on scratch paper …)"), or one quoting what it took back
        at = marker.start() + 1  # 1-based column
        before = [
            i
            for i, c in enumerate(chains)
            if (c.line < number or (c.line == number and _start(c) < at)) and i not in withdrawn
        ]
        after = [i for i, c in enumerate(chains) if c.line > number or (c.line == number and _start(c) >= at)]
        crossed = marker.group().strip() in CROSSES  # "… = 0.2116  ✗ used row 1 again": the work it marks
        # a redo after the retraction on its own line ("= .0769   oops - C = 1 -> 2/13 = .1538") takes back
        # the statement before it there; with none after, that statement is the redo, written first
        redone_here = any(chains[k].line == number for k in after)
        if (
            before and chains[before[-1]].line == number and not crossed and not redone_here
        ):  # "-0.05 - 0.2 = -0.25  (oops, slip above)"
            after, before = before[-1:], before[:-1]  # the redo written first, then the retraction
        if not before or not after:
            continue  # a retraction comes with its redo
        named = re.sub(r"\s+", "", line[marker.end() :])
        redo = left_of(after[0])
        target = next(
            (
                i
                for i in reversed(before[-_LOOKBACK:])
                if (left := left_of(i))
                and len(left) > 1
                and (left == redo or _names(named, left))
                and not _agrees(chains[i], chains[after[0]])
            ),
            None,
        )
        again = _ANSWER_AGAIN.search(line, marker.end())
        if chains[after[0]].is_answer or again:
            # "EDIT: … Final answer: -0.2748": the redo is the answer now, in place of the one it replaces
            target = next((k for k in reversed(before[-_LOOKBACK:]) if chains[k].is_answer), target)
            if again and chains[after[0]].line == number and _start(chains[after[0]]) > again.start():
                chains[after[0]] = dataclasses.replace(chains[after[0]], is_answer=True)
        i = before[-1] if target is None else target
        if _side_redo(chains, i, after, number):
            # "= -.2648   wait, no, recount: .0353+.0099=.0452, … +.2231=.2748", then "= -.2748": the link taken
            # back is redone on the side, and the chain it belonged to carries on below with the right value
            withdrawn.add(i)
            for k in after:
                if chains[k].line == number:
                    chains[k] = dataclasses.replace(chains[k], aside=True)
            continue
        withdrawn.add(i)
        while chains[i].continues and i - 1 >= 0 and i - 1 not in withdrawn:
            i -= 1
            withdrawn.add(i)
        if _new_attempt_follows(lines, number):  # "✗ … \n Attempt 2:": the attempt it ends is taken back
            opened = _attempt_opened(lines, number)
            withdrawn.update(k for k in before if chains[k].line > opened)
    return [c for i, c in enumerate(chains) if i not in withdrawn]


def _agrees(earlier: sm.Chain, redo: sm.Chain) -> bool:
    """The redo restates what the earlier statement came to ("wait, that should use P(</s>) = 3/17" after
    "P(</s>)=3/17"): the same value, so not the statement it corrects."""
    return any(agree(a, b) for a in earlier.items[1:] for b in redo.items[1:])


def _quoted_earlier(chains: list[sm.Chain], lines: list[str]) -> set[int]:
    """The statements the student quotes as what they wrote before ("first I wrote C(am)=1, it's 2"): work
    taken back, not claimed."""
    out: set[int] = set()
    spans: dict[int, list[tuple[int, int]]] = {}  # each line's quotations, found once: linear in the text
    for i, chain in enumerate(chains):
        if 0 < chain.line <= len(lines) and not chain.continues:
            if chain.line not in spans:
                spans[chain.line] = reported_earlier(lines[chain.line - 1])
            if spans[chain.line] and any(a <= _start(chain) < b for a, b in spans[chain.line]):
                out.add(i)
    return out


def _side_redo(chains: list[sm.Chain], i: int, after: list[int], number: int) -> bool:
    """Is the statement taken back on line `number` a link of a chain ("= -.2648"), redone on that line by
    statements of their own (a recount, none opening with a relation), with the chain carried on by the next
    line ("= -.2748")? Then only the link is taken back and the redo is a side computation."""
    here = [k for k in after if chains[k].line == number]
    below = [k for k in after if chains[k].line > number]
    return (
        chains[i].continues
        and chains[i].line == number
        and bool(here)
        and not any(chains[k].continues for k in here)
        and bool(below)
        and chains[below[0]].continues
    )


def _new_attempt_follows(lines: list[str], number: int) -> bool:
    """Whether the first line with text after line `number` (1-based) opens a fresh attempt."""
    following = next((text for text in lines[number:] if text.strip()), "")
    return bool(_ATTEMPT.match(following))


def _attempt_opened(lines: list[str], number: int) -> int:
    """The line (1-based) of the attempt heading above line `number`, or 0: where the attempt began."""
    return next((k for k in range(number - 1, 0, -1) if _ATTEMPT.match(lines[k - 1])), 0)


def _names(text: str, left: str) -> bool:
    """Whether text names the left side `left` again as a whole ("C(am)" in "C(am)ist2"; "PP" not in "PPL")."""
    for m in re.finditer(re.escape(left), text):
        after = text[m.end() : m.end() + 1]
        before = text[m.start() - 1 : m.start()]
        glued_after = left[-1].isalnum() and after != "" and (after.isalnum() or after in "_.(")
        glued_before = left[0].isalnum() and before != "" and (before.isalnum() or before in "_.")
        if not glued_after and not glued_before:
            return True
    return False


# A paragraph the student opens as a check: "Sanity check: …", "**Check.** …", "Verification: …",
# "sanity: …".
_CHECK_LABEL = re.compile(
    r"^\s*(?:[-*>(]\s*)?(?:\*\*|__)?(?:(?:sanity|quick|double)[- ]?)?(?:check(?:ing|s)?|verif(?:y|ication)|sanity)\b",
    re.IGNORECASE,
)
# A line of words announcing checks below it: "A few checks I did afterwards:", "Some sanity checks:".
_CHECK_HEADING = re.compile(
    r"^[^=≈\d]*\b(?:checks?|checking|sanity|verification)\b[^=≈\d]*:\s*$", re.IGNORECASE
)


# A paragraph the student opens as a warning about a mistake, often showing the wrong computation and its value:
# "Common mistake: …", "**Careful:** …", "*Tip:* …", "Pitfall —", "Watch out!". What it computes is a remark (it
# is the answer only where the work gives the asked quantity nowhere else). A dash after the label is read as ";".
_ASIDE_LABEL = re.compile(
    r"^\s*(?:[-*>(]\s*)?(?:\*\*|__|\*|_)?(?:(?:a\s+)?(?:common|typical|classic|frequent|usual)\s+"
    r"(?:mistakes?|errors?|pitfalls?|traps?|slips?)|mistakes?\s+to\s+avoid|pitfalls?|traps?|gotchas?|careful|"
    r"caution|beware|watch\s+out|warning|tips?|(?:wrong|incorrect)\s+(?:way|approach|method|answer))"
    r"(?:\*\*|__|\*|_)?\s*(?:[:!.;]|[—–-]\s)",
    re.IGNORECASE,
)


# A sentence the student opens as a check inside a line of prose: "… ≈ 1.733. As a sanity check, this lies between
# e^0.4 ≈ 1.49 and e^0.7 ≈ 2.01", "… 6.32 bits. This makes sense: … 2^6 = 64 is just below 80".
CHECK_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?;])\s+)(?:as\s+a\s+(?:(?:sanity|quick|final|double)[- ])?check|to\s+(?:double[- ])?check"
    r"|(?:(?:sanity|quick|double)[- ]?)?check(?:ing)?\b|this\s+(?:makes\s+sense|is\s+consistent|checks\s+out)"
    r"|as\s+expected)",
    re.IGNORECASE,
)


SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def check_sentences(lines: list[str]) -> dict[int, tuple[int, int]]:
    """The lines (1-based) where a sentence opened as a check starts after other words, each with the columns
    (1-based, the end excluded) the sentence spans: what the line computes there is a remark."""
    out: dict[int, tuple[int, int]] = {}
    carried = False  # the check sentence of the line above goes on here (a paragraph wrapped mid-sentence)
    for number, line in enumerate(lines, start=1):
        start = None
        if carried and line.strip():
            start = 0
        else:
            m = CHECK_SENTENCE.search(line, 1) if len(line) > 1 else None
            if m is not None and line[: m.start()].strip():
                start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        carried = False
        if start is not None:
            end = _sentence_end(line, start)
            out[number] = (start + 1, (len(line) if end is None else end) + 1)
            carried = end is None
    return out


def _sentence_end(line: str, start: int) -> int | None:
    """Where the sentence from `start` ends on the line (after its full stop), or None if it goes on past it."""
    m = SENTENCE_END.search(line, start) or _LAST_STOP.search(line, start)
    return m.end() if m else None


_LAST_STOP = re.compile(r"[.!?](?=\s*$)")


def remark_lines(lines: list[str]) -> dict[int, bool]:
    """The lines (1-based) of paragraphs opened by a check or a warning label: what they compute is a remark. A list
    under the label stays in it across the blank lines between its items. Each line maps to whether it is
    below the label's own line (where naming the asked quantity again ends the check)."""
    return _labelled_paragraphs(
        lines,
        lambda line: bool(_CHECK_LABEL.match(line) or _CHECK_HEADING.match(line) or _ASIDE_LABEL.match(line)),
    )


def aside_lines(lines: list[str]) -> set[int]:
    """The lines (1-based) of paragraphs opened by a warning about a mistake ("Common mistake: … gives 0.28,
    which is wrong"): their "wrong" judges the mistake they show, it takes back nothing written before."""
    return set(_labelled_paragraphs(lines, lambda line: bool(_ASIDE_LABEL.match(line))))


def _labelled_paragraphs(lines: list[str], opens_at: Callable[[str], bool]) -> dict[int, bool]:
    out: dict[int, bool] = {}
    following = [""] * (len(lines) + 1)  # the next line with text after each line (one pass, linear)
    for k in range(len(lines) - 1, -1, -1):
        following[k] = lines[k + 1] if k + 1 < len(lines) and lines[k + 1].strip() else following[k + 1]
    inside = False
    for number, line in enumerate(lines, start=1):
        opens = opens_at(line)
        if not line.strip() and inside:
            inside = bool(_LIST_ITEM.match(following[number - 1]))
            continue
        inside = opens or (inside and bool(line.strip()))
        if inside:
            out[number] = not opens
    return out


_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s")
