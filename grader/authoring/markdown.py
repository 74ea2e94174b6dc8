"""A small Markdown-to-HTML renderer for statements and solutions: everything escaped, no raw HTML.

Covers what problem statements use: paragraphs, headings, lists, pipe tables, code blocks and spans,
**bold** and *emphasis*. Raw HTML in a statement is shown as text (`<s>` is a token, not a tag).
"""

from __future__ import annotations

import re
from html import escape, unescape

_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def _text(text: str) -> str:
    """Escaped text; entities the Markdown already holds stay one character (`&lt;/s&gt;` shows `</s>`).

    `{` is escaped too, so a PrairieLearn question.html (a Mustache template) shows it as written."""
    return escape(unescape(text), quote=False).replace("{", "&#123;").replace("\\|", "|")


def inline(text: str) -> str:
    """One line of Markdown as escaped HTML with code spans, bold and emphasis."""
    pieces = []
    last = 0
    for match in _CODE.finditer(text):
        pieces.append(_emphasis(_text(text[last : match.start()])))
        pieces.append(f"<code>{_text(match.group(1))}</code>")
        last = match.end()
    pieces.append(_emphasis(_text(text[last:])))
    return "".join(pieces)


def _emphasis(html: str) -> str:
    return _EM.sub(r"<em>\1</em>", _BOLD.sub(r"<strong>\1</strong>", html))


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)]


def _table(rows: list[str]) -> str:
    head, body = _cells(rows[0]), [_cells(r) for r in rows[2:]]
    out = ["<table>", "<thead><tr>" + "".join(f"<th>{inline(c)}</th>" for c in head) + "</tr></thead>"]
    out.append("<tbody>")
    out.extend("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>" for row in body)
    out.append("</tbody></table>")
    return "\n".join(out)


def to_html(markdown: str) -> str:
    """A Markdown text as an HTML fragment; nothing in it can run or load anything."""
    lines = markdown.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.lstrip().startswith("```"):
            end = next(
                (j for j in range(i + 1, len(lines)) if lines[j].lstrip().startswith("```")), len(lines)
            )
            out.append("<pre><code>" + _text("\n".join(lines[i + 1 : end])) + "</code></pre>")
            i = end + 1
        elif line.startswith(("    ", "\t")):
            j = i
            while j < len(lines) and (lines[j].startswith(("    ", "\t")) or not lines[j].strip()):
                j += 1
            block = "\n".join(x[4:] if x.startswith("    ") else x.lstrip("\t") for x in lines[i:j])
            out.append("<pre><code>" + _text(block.rstrip("\n")) + "</code></pre>")
            i = j
        elif re.fullmatch(r"\s*(-{3,}|\*{3,})\s*", line):
            out.append("<hr>")
            i += 1
        elif heading := re.match(r"^(#{1,6})\s+(.*)$", line):
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
            i += 1
        elif line.lstrip().startswith("|") and i + 1 < len(lines) and _RULE.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                j += 1
            out.append(_table(lines[i:j]))
            i = j
        elif _ITEM.match(line):
            ordered = line.lstrip()[0] not in "-*+"
            items: list[str] = []
            while i < len(lines) and lines[i].strip():
                if _ITEM.match(lines[i]):
                    items.append(_ITEM.sub("", lines[i], count=1))
                else:
                    items[-1] += " " + lines[i].strip()
                i += 1
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{inline(x)}</li>" for x in items) + f"</{tag}>")
        else:
            j = i
            while j < len(lines) and lines[j].strip() and not _starts_block(lines, j):
                j += 1
            j = max(j, i + 1)
            out.append("<p>" + "\n".join(inline(x.strip()) for x in lines[i:j]) + "</p>")
            i = j
    return "\n".join(out)


def _starts_block(lines: list[str], j: int) -> bool:
    line = lines[j]
    table = line.lstrip().startswith("|") and j + 1 < len(lines) and _RULE.match(lines[j + 1]) is not None
    rule = re.fullmatch(r"\s*(-{3,}|\*{3,})\s*", line) is not None
    return rule or table or bool(_ITEM.match(line)) or line.startswith(("    ", "\t", "#", "```"))
