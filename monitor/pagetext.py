"""Page text as the scrapers and the reader read it: a page parsed with a MARK at block breaks, an element's text
on one clean line or as lines, and the folding of whitespace and full-width forms.

Pure: no network, no database. Imported by every scraper (list pages) and by the reader (detail pages),
so a re-check that reads no detail page does not import the reader.
"""

from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.seedformat import unnumbered

MARK = "\ue000"  # a private-use character standing for a line break between blocks

_BLOCK = r"(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|tbody|section|article|blockquote|pre|center|form|header|footer)"
# A block's start or end tag, or a cell's end tag: a MARK goes before each (one pass over the page).
_BLOCK_TAG = re.compile(rf"<(?=/?{_BLOCK}[\s>/]|/t[dh]\s*>)", re.I)
_BR = re.compile(r"<br(?=[\s/>])[^>]*>", re.I)  # attributes too: <br style="…"> of pasted Word/UEditor text
_CELL_START = re.compile(r"<t[dh](?=[\s>/])[^>]*>", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_LINE_BREAK = re.compile(r"[\r\n][ \t\r\n]*")  # starts with a class: the engine skips to it fast
_FOLDS = [(c, unicodedata.normalize("NFKC", c)) for c in "，：；（）！？％．\u3000\xa0\u2002\u2003"]
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029\u200b\ufeff]")


def parse_html(text: str) -> LexborHTMLParser:
    """Parse a page with a MARK at every <br> and block boundary (scripts stay: the reader looks at them).

    Table cells get theirs inside the cell: text between cells would be moved out of the table.
    """
    text = _BLOCK_TAG.sub(MARK + "<", _CELL_START.sub(lambda m: m.group(0) + MARK, text))
    return LexborHTMLParser(_BR.sub(MARK, text))


def fold(text: str) -> str:
    """Source line wraps between CJK removed, whitespace runs as one space, full-width forms folded."""
    return fold_forms(squeeze(text))


def fold_forms(text: str) -> str:
    """The full-width forms of punctuation and spaces folded to their narrow forms (fold without the squeeze)."""
    if text.isascii():  # O(1): nothing to fold
        return text
    for wide, narrow in _FOLDS:
        text = text.replace(wide, narrow)
    return text


def squeeze(text: str) -> str:
    """Source line wraps between CJK removed, every other whitespace run as one space (fold without the folding)."""
    if "\n" not in text and "\r" not in text:  # substring tests are far cheaper than a regex scan
        if "  " not in text and "\t" not in text and "\f" not in text and "\v" not in text:
            return text  # every whitespace run is one space already
        return _SPACES.sub(" ", text)
    return _SPACES.sub(" ", _unwrap_cjk(text))


def _unwrap_cjk(text: str) -> str:
    """Source line breaks (with the spaces around them) between two CJK characters removed, as CSS renders them."""
    pieces: list[str] = []
    last = 0
    for m in _LINE_BREAK.finditer(text):
        start, end = m.span()
        while start > last and text[start - 1] in " \t":  # the spaces before the break go with it
            start -= 1
        if start and end < len(text) and _is_wide(text[start - 1]) and _is_wide(text[end]):
            pieces.append(text[last:start])
            last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _is_wide(char: str) -> bool:
    """True for a CJK character, a full-width form or a curly double quote (by code point ranges: a regex of
    these ranges costs ~29 M instructions to compile at every start)."""
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef" or char in "\u201c\u201d"


def clean(s: str) -> str:
    """One line NFKC-normalized (℅ typed for % as a percent sign), control characters as
    spaces, stripped."""
    if "℅" in s:  # NFKC would make it "c/o"
        s = s.replace("℅", "%")
    s = unicodedata.normalize("NFKC", s)
    return (s if s.isprintable() else _BAD_CHARS.sub(" ", s)).strip()  # each bad character is unprintable


def text_of(node: LexborNode | None) -> str:
    """The text of an element on one clean line (block breaks become spaces)."""
    return "" if node is None else one_line(node.text(deep=True))


def one_line(text: str) -> str:
    """Text on one clean line (block breaks become spaces); blank text is '' without the work."""
    text = text.replace(MARK, " ")
    if not text or text.isspace():  # every whitespace character folds and strips to nothing
        return ""
    return clean(_SPACES.sub(" ", fold(text)))


def lines_of(node: LexborNode) -> list[str]:
    """The non-empty lines of an element: one per block element or <br>, NFKC normalized (a circled item number
    before a digit as (N): seedformat.unnumbered)."""
    # Squeezed piece by piece (no line break or whitespace run spans a MARK), the forms folded in one pass.
    pieces = [squeeze(p) for p in node.text(deep=True).split(MARK) if p and not p.isspace()]
    return [line for line in map(clean, fold_forms(unnumbered(MARK.join(pieces))).split(MARK)) if line]
