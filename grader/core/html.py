"""A submission that reaches the grader as a rich-text editor's HTML (Canvas, Moodle, Blackboard), read as the
text the student typed into the editor.

The editor writes what the student saw as tags and entities: a paragraph or a line break is `<p>…</p>` or
`<br>`, a subscript `y<sub>2</sub>`, a power `e<sup>-1.1</sup>`, a minus sign `&minus;`, the sentence
boundary `&lt;s&gt;`. Those become the plain notation the rest of the grader reads (a new line, `y_{2}`,
`e^{-1.1}`, `−`, `<s>`); every other tag of the editor's (bold, italics, lists, table cells, spans) is dropped,
a list item opening with "- " and a table row written `| cell | cell |`. Nothing else is touched: the tokens `<s>` and
`</s>` are no HTML tags, and a submission with neither a tag nor an entity of the editor's is returned as it
is. Line numbers in the report are those of the text so read.
"""

from __future__ import annotations

import html
import re

# the editor's tags (never `s`, the sentence boundary token); attributes are bounded, so no pattern runs long
_TAGS = (
    "p|br|div|span|sub|sup|b|strong|i|em|u|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|h[1-6]|hr|code|pre"
    "|blockquote|font|small|big|mark|section|article|header|footer|caption|col|colgroup|label|a|img|html|body|head"
)
# a tag is well formed: its name, then `>`, `/>` or attributes `name="value"` ("y_<i = all … ->" is no tag)
_ATTRIBUTE = r"""[ \t\n]+[A-Za-z_:][\w:.-]{0,40}(?:[ \t]*=[ \t]*(?:"[^"<>]{0,200}"|'[^'<>]{0,200}'|[^\s"'<>=]{1,200}))?"""
_TAG = re.compile(rf"<(/?)({_TAGS})(?:{_ATTRIBUTE}){{0,12}}[ \t]*(/?)>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ul", "ol", "table", "pre"}


def _tag(m: re.Match[str]) -> str:
    """What a tag stands for: its notation, a new line ("\\n"), or nothing."""
    closing, name = m.group(1) == "/", m.group(2).lower()
    if name == "sub":
        return "}" if closing else "_{"
    if name == "sup":
        return "}" if closing else "^{"
    if name == "li" and not closing:
        return "\n- "
    if name in ("td", "th"):
        return "" if closing else " | "
    if name == "tr" and closing:
        return " |\n"  # the row's last wall: a row of cells as a Markdown table writes it
    if name in _BREAKS and (closing or name in ("br", "hr", "p", "div", "tr", "table", "pre")):
        return "\n"
    return ""


def _untagged(text: str) -> str:
    """The text with each tag replaced by what it stands for; a new line only where the text has none."""
    out: list[str] = []
    at, fresh = 0, True  # fresh: what is written so far ends a line (or nothing is written)
    for m in _TAG.finditer(text):
        before = text[at : m.start()]
        fresh = fresh if not before else before.endswith("\n")
        shown = _tag(m)
        if shown.startswith("\n") and fresh:
            shown = shown[1:]  # the line already broke here
        if shown.endswith("\n") and text.startswith("\n", m.end()):
            shown = shown[:-1]  # and breaks right after
        out += (before, shown)
        fresh = fresh if not shown else shown.endswith("\n")
        at = m.end()
    out.append(text[at:])
    return "".join(out)


def looks_like_html(text: str) -> bool:
    """Does the text carry the editor's markup (one of its tags, or an entity such as `&minus;`)?"""
    return _TAG.search(text) is not None or _ENTITY.search(text) is not None


def html_text(text: str) -> str:
    """The text a rich-text editor's HTML shows; any other text unchanged."""
    if not looks_like_html(text):
        return text
    out = _untagged(text)
    out = html.unescape(out).replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    return "\n".join(line.rstrip(" \t") for line in out.split("\n"))
