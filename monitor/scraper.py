"""The Scraper base class: a page template declared as selectors that know how many matches to expect.

A scraper turns decoded page text into list entries (`parse_list`) and `Document`s
(`parse_detail`). It never touches the network, the database or the notifiers. Every
selector declares how many matches it expects; anything else raises a `ParseError` naming
the site, the selector and the URL, so a changed layout fails loudly instead of reading as
an empty page (which would diff as "every target dropped").

Detail pages are read the way a browser copy reads them: metadata label cells and
"label: value" lines, the title, and one paragraph per block element of the body, NFKC
normalized. The labels and their meaning are those of the seed format (`seedformat.LABELS`),
so a page and its seed capture give the same Document.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor import seedformat
from monitor.errors import ConfigError, ParseError
from monitor.models import Document

MARK = "\ue000"  # a private-use character standing for a line break between blocks
_BLOCK = r"(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|center)"
_BLOCK_TAG = re.compile(rf"<(?=/?{_BLOCK}[\s>/])", re.I)
_BR = re.compile(r"<br\s*/?>", re.I)
_SPACES = re.compile(r"[ \t\r\n\f]+")
_WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
_WIDE_BREAK = re.compile(rf"(?<={_WIDE})[ \t]*[\r\n][ \t\r\n]*(?={_WIDE})")  # CSS: a wrap between CJK is no space
_LINE_LABEL = re.compile(
    "(" + "|".join(sorted(map(re.escape, seedformat.LABELS), key=len, reverse=True)) + r")\s*[:：]"
)
# Full-width punctuation and wide spaces, folded before NFKC: NFKC of a string with them is
# ~30x slower than the quick check on one without, and the result is the same.
_FOLDS = [(c, unicodedata.normalize("NFKC", c)) for c in "，：；（）！？％．\u3000\xa0"]
_CLOSING = re.compile(r"</html\s*>", re.I)
_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass(frozen=True)
class Entry:
    """One document linked from a list page."""

    url: str
    title: str = ""
    date: str | None = None  # YYYY-MM-DD as the list shows it


@dataclass(frozen=True)
class ListPage:
    """What one list page gave: its entries and the URL of the next list page, if any."""

    entries: tuple[Entry, ...]
    next_url: str | None = None


@dataclass(frozen=True)
class Selector:
    """A CSS selector and how many elements it must match (max None: no upper bound)."""

    css: str
    min: int = 1
    max: int | None = 1
    name: str = ""  # the attribute it is declared as; filled in by __set_name__

    def __set_name__(self, owner: type, name: str) -> None:
        """Remember the attribute name for error messages."""
        if not self.name:
            object.__setattr__(self, "name", name)

    @property
    def expected(self) -> str:
        """The expected count in words: 'exactly 1', 'at least 1', '0 to 1'."""
        if self.max == self.min:
            return f"exactly {self.min}"
        if self.max is None:
            return f"at least {self.min}"
        return f"{self.min} to {self.max}"

    def match(self, node: LexborNode | LexborHTMLParser, site: str, url: str) -> list[LexborNode]:
        """All matches, or ParseError when their number is not what the layout promises."""
        found = node.css(self.css)
        if len(found) < self.min or (self.max is not None and len(found) > self.max):
            raise ParseError(
                f"{site}: {self.name or 'selector'} selector {self.css!r} matched {len(found)} "
                f"elements on {url} (expected {self.expected})"
            )
        return found

    def one(self, node: LexborNode | LexborHTMLParser, site: str, url: str) -> LexborNode | None:
        """The single match (None when min is 0 and nothing matched)."""
        found = self.match(node, site, url)
        return found[0] if found else None


def parse_html(text: str) -> LexborHTMLParser:
    """Parse a page with a MARK at every <br> and block boundary; scripts and styles removed."""
    tree = LexborHTMLParser(_BR.sub(MARK, _BLOCK_TAG.sub(MARK + "<", text)))
    tree.strip_tags(["script", "style", "noscript", "template"])
    return tree


def _fold(text: str) -> str:
    """Source line wraps between CJK removed, ASCII whitespace runs as one space, full-width forms folded."""
    text = _SPACES.sub(" ", _WIDE_BREAK.sub("", text))
    for wide, narrow in _FOLDS:
        text = text.replace(wide, narrow)
    return text


def text_of(node: LexborNode | None) -> str:
    """The text of an element on one clean line (block breaks become spaces)."""
    if node is None:
        return ""
    return seedformat.clean_line(_fold(node.text(deep=True).replace(MARK, " ")))


def lines_of(node: LexborNode) -> list[str]:
    """The non-empty lines of an element: one per block element or <br>, NFKC normalized."""
    pieces = _fold(node.text(deep=True)).split(MARK)
    return [line for line in (seedformat.clean_line(p) for p in pieces if p and not p.isspace()) if line]


def label_of(cell: str) -> str | None:
    """The metadata label a table cell holds ('文　　号:' -> '文号'), or None."""
    bare = re.sub(r"\s+", "", cell).rstrip(":：")
    return bare if bare in seedformat.LABELS else None


def cell_pairs(cells: list[str]) -> list[tuple[str, str]]:
    """(label, value) pairs from table cells in reading order: label cell, value cell, ..."""
    pairs: list[tuple[str, str]] = []
    label: str | None = None
    for cell in cells:
        found = label_of(cell)
        if found:
            if label:
                pairs.append((label, ""))
            label = found
            continue
        line_pairs = line_pairs_of(cell) if _LINE_LABEL.match(cell) else []
        if line_pairs:  # 'label: value' in one cell
            pairs.extend(line_pairs)
            label = None
        elif label:
            pairs.append((label, cell))
            label = None
    if label:
        pairs.append((label, ""))
    return pairs


def line_pairs_of(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a line such as '发布时间: 2023-11-07 10:03 来源:磐安县人民政府'."""
    found = list(_LINE_LABEL.finditer(line))
    return [
        (m.group(1), line[m.end() : found[i + 1].start() if i + 1 < len(found) else len(line)].strip())
        for i, m in enumerate(found)
    ]


def list_date(text: str) -> str | None:
    """A list page's date text as YYYY-MM-DD, or None."""
    m = _DATE.search(text)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


class Scraper:
    """One CMS template and one site's detail-page layout, declared as selectors.

    Subclasses (one per CMS template) implement `parse_list`; a site entry declares its
    detail-page selectors. Attributes named in `settings` may be set per source
    (`params` in the sources file) with `with_params`.
    """

    key: ClassVar[str] = ""  # the name sources use: scraper = "kq"
    site: ClassVar[str] = ""  # the site, for messages: "kq.gov.cn"
    settings: ClassVar[tuple[str, ...]] = ("max_pages",)
    max_pages: int = 100  # list pages read per run at most (a guard against endless paging)

    meta: ClassVar[Selector | None] = None  # metadata table cells: label, value, label, value ...
    info: ClassVar[Selector | None] = None  # elements reading 'label: value label: value'
    breadcrumb: ClassVar[Selector | None] = None  # location-bar links; the last gives the category
    title: ClassVar[Selector] = Selector("title")
    body: ClassVar[Selector] = Selector("#zoom")
    required: ClassVar[tuple[str, ...]] = ("index_no", "publisher", "date")  # metadata that must be found

    def with_params(self, params: Mapping[str, Any]) -> Scraper:
        """A copy with per-source settings applied; ConfigError for unknown ones."""
        unknown = sorted(set(params) - set(self.settings))
        if unknown:
            raise ConfigError(
                f"scraper {self.key!r}: unknown params {', '.join(unknown)} (known: {', '.join(self.settings)})"
            )
        clone = copy.copy(self)
        for name, value in params.items():
            setattr(clone, name, value)
        return clone

    def error(self, url: str, message: str) -> ParseError:
        """A ParseError naming this site and the URL."""
        return ParseError(f"{self.site or self.key}: {message} on {url}")

    def parse_list(self, text: str, url: str) -> ListPage:
        """Entries of one list page and the next list page's URL."""
        raise NotImplementedError

    def parse_detail(self, text: str, url: str) -> Document:
        """A detail page as a Document; ParseError when the page is incomplete or the layout changed."""
        if not _CLOSING.search(text, max(0, len(text) - 8192)):
            raise self.error(url, "truncated page (no closing </html>)")
        tree = parse_html(text)
        site = self.site or self.key
        pairs: list[tuple[str, str]] = []
        if self.meta:
            pairs += cell_pairs([text_of(n) for n in self.meta.match(tree, site, url)])
        if self.info:
            for node in self.info.match(tree, site, url):
                pairs += line_pairs_of(text_of(node))
        crumbs = self.breadcrumb.match(tree, site, url) if self.breadcrumb else []
        category = text_of(crumbs[-1]) or None if crumbs else None
        title = text_of(self.title.one(tree, site, url))
        body = self.body.one(tree, site, url)
        paragraphs = lines_of(body) if body is not None else []
        if paragraphs and paragraphs[0] == title:  # bodies often repeat the title
            paragraphs = paragraphs[1:]
        return self.document(title, paragraphs, pairs, category, url)

    def document(
        self, title: str, paragraphs: list[str], pairs: list[tuple[str, str]], category: str | None, url: str
    ) -> Document:
        """Build the Document from what the page gave, as seedformat reads a capture; never empty."""
        if not title:
            raise self.error(url, f"empty title (selector {self.title.css!r})")
        if not paragraphs:
            raise self.error(url, f"no body paragraphs (selector {self.body.css!r})")
        values: dict[str, str] = {}
        for label, value in pairs:
            if value:
                values.setdefault(label, value)
        # Same label semantics as a capture (dates, 发布时间, category fallback).
        doc = replace(seedformat.from_labels(title, tuple(paragraphs), values, category), url=url)
        missing = [f for f in self.required if not getattr(doc, f)]
        if missing:
            raise self.error(url, f"metadata field {', '.join(missing)} not found (labels seen: {', '.join(values) or 'none'})")
        return doc
