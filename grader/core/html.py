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
# an office suite's own tags carry a namespace (Word's `<o:p>`, `<w:WordDocument>`, `<v:shape>`); a language
# model's tokens (`<s>`, `</s>`, `<unk>`) never do
_NAMESPACED = r"[A-Za-z]{1,10}:[A-Za-z][\w.-]{0,40}"
# a tag is well formed: its name, then `>`, `/>` or attributes `name="value"` ("y_<i = all … ->" is no tag); a
# word processor's style attribute runs long (Google Docs writes some 250 characters on every span)
_ATTRIBUTE = (
    r"""[ \t\r\n]+[A-Za-z_:][\w:.-]{0,40}"""
    r"""(?:[ \t]*=[ \t]*(?:"[^"<>]{0,4000}"|'[^'<>]{0,4000}'|[^\s"'<>=]{1,4000}))?"""
)
_TAG = re.compile(
    rf"<(/?)({_TAGS}|meta|link|title|{_NAMESPACED})(?:{_ATTRIBUTE}){{0,40}}[ \t\r\n]*(/?)>", re.IGNORECASE
)
# what a document carries but no reader sees: its head (title, styles, metadata), scripts, an office suite's
# XML islands, comments (Word's `<!--[if gte mso 9]>…<![endif]-->`), the doctype and conditional markers
_UNSEEN = re.compile(
    r"<!--|<!\[(?:if|endif)[^<>]{0,200}\]>|<!DOCTYPE[^<>]{0,1000}>"
    rf"|<(head|style|script|title|xml)(?:{_ATTRIBUTE}){{0,40}}[ \t\r\n]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ul", "ol", "table", "pre"}


# a span's style that lowers or raises its text: `vertical-align:sub`, `vertical-align: super`
_RAISED = re.compile(r"vertical-align[ \t]*:[ \t]*(sub|super)\b", re.IGNORECASE)


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


def _unseen_dropped(text: str) -> str:
    """The text without what no reader sees (its line breaks kept, so lines keep their numbers); one pass,
    each closer looked for at most once per kind (an unclosed `<style>` ends the search for closers of it)."""
    out: list[str] = []
    at = 0
    unclosed: set[str] = set()
    for m in _UNSEEN.finditer(text):
        if m.start() < at:
            continue  # inside what was dropped already
        name = (m.group(1) or "").lower()
        if m.group(0) == "<!--":
            end = text.find("-->", m.end())
            end = -1 if end < 0 else end + 3
        elif name:
            closer = None if name in unclosed else re.compile(rf"</{name}[ \t\r\n]*>", re.IGNORECASE)
            found = closer.search(text, m.end()) if closer is not None else None
            if found is None:
                unclosed.add(name)
                end = m.end()  # no closer: only the opening tag goes
            else:
                end = found.end()
        else:
            end = m.end()
        if end < 0:
            break  # an unclosed comment: left as written
        out += (text[at : m.start()], "\n" * text.count("\n", m.start(), end))
        at = end
    out.append(text[at:])
    return "".join(out)


def _untagged(text: str) -> str:
    """The text with each tag replaced by what it stands for; a new line only where the text has none."""
    out: list[str] = []
    at, fresh = 0, True  # fresh: what is written so far ends a line (or nothing is written)
    spans: list[str] = []  # what each open <span> closes with: "}" for one set as a subscript or power
    row = 0  # inside a table's row: one line, whatever paragraphs its cells hold (Word writes <p> in each)
    for m in _TAG.finditer(text):
        name, closing = m.group(2).lower(), bool(m.group(1))
        before = text[at : m.start()]
        if row:  # the source's line breaks and indents inside a row are white space, as a browser shows them
            before = re.sub(r"\s+", " ", before)
        fresh = fresh if not before else before.endswith("\n")
        shown = _tag(m)
        if row and name != "tr":
            shown = shown.replace("\n", " ")
        if name == "tr":
            row = 0 if closing else 1
        if name == "span" and not m.group(3):
            if closing:
                shown = spans.pop() if spans else ""
            else:  # Google Docs sets a subscript or power by the span's style, not by <sub> or <sup>
                raised = _RAISED.search(m.group(0))
                spans.append("}" if raised else "")
                shown = "" if raised is None else "_{" if raised.group(1).lower() == "sub" else "^{"
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
    return (
        _TAG.search(text) is not None or _ENTITY.search(text) is not None or _UNSEEN.search(text) is not None
    )


def html_text(text: str) -> str:
    """The text a rich-text editor's HTML shows; any other text unchanged."""
    if not looks_like_html(text):
        return text
    out = _untagged(_unseen_dropped(text))
    out = html.unescape(out).replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    return "\n".join(line.rstrip(" \t") for line in out.split("\n"))
