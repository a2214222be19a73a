"""The Scraper base class: a page template declared as selectors that know how many matches to expect.

A scraper turns decoded page text into list entries (`parse_list`) and `Document`s
(`parse_detail`). It never touches the network, the database or the notifiers. Every
selector declares how many matches it expects; anything else raises a `ParseError` naming
the site, the selector and the URL, so a changed layout fails loudly instead of reading as
an empty page (which would diff as "every target dropped").

Detail pages are read by the generic reader (monitor.reader): metadata by label, the body in a
known container or the densest block of text. A site declaration's selectors are optional
overrides of single parts (metadata cells, "label: value" lines, breadcrumb, title, body); a
declared selector that matches the wrong number of elements is an error, as the layout changed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from monitor.errors import ConfigError, ParseError
from monitor.models import Document
from monitor.pagetext import parse_html, text_of

if TYPE_CHECKING:
    from monitor.reader import Reading

_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_CLOSING = re.compile(r"</html\s*>", re.I)


@dataclass(frozen=True)
class Entry:
    """One document linked from a list page."""

    url: str
    title: str = ""
    date: str | None = None  # YYYY-MM-DD as the list shows it


@dataclass(frozen=True)
class ListPage:
    """What one list page gave: its entries, the next list page's URL and what the list says of itself."""

    entries: tuple[Entry, ...]
    next_url: str | None = None
    total: int | None = None  # entries the whole list announces (count, totalRecord, 共N条); None: not stated
    skipped: tuple[str, ...] = ()  # records read but not listed (no link), as warnings naming the URL
    units: tuple[str, ...] = ()  # several list units on a column page: the first page URL of each, to choose from
    counted: bool = True  # False: the next pages list these records again, so they do not count toward the total
    next_form: tuple[tuple[str, str], ...] | None = None  # the fields the page's pager POSTs to next_url; None: a GET
    pages: int | None = None  # list pages the whole list announces (共N页, a pager script's count); None: not stated
    scripted: str | None = None  # the script the list's own 下一页 runs, naming no page (goPage(2)); None: none


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


def list_date(text: str) -> str | None:
    """A list page's date text as YYYY-MM-DD, or None."""
    m = _DATE.search(text)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


# Per-source selectors of a detail page's parts (params = { body = "div.article", title = "h1" }), for a site whose
# pages the reader misreads: each must match exactly once, and wins over what the reader would find.
PART_SETTINGS = ("title", "body")


def is_selector(value: object) -> bool:
    """True for a string selectolax reads as a CSS selector."""
    if not isinstance(value, str) or not value.strip():
        return False
    try:
        LexborHTMLParser("<p></p>").css(value)
    except SelectolaxError:
        return False
    return True


class Scraper:
    """One CMS template and one site's detail-page layout, declared as selectors.

    Subclasses (one per CMS template) implement `parse_list`; a site entry declares its
    detail-page selectors. Attributes named in `settings` may be set per source
    (`params` in the sources file) with `with_params`.
    """

    key: ClassVar[str] = ""  # the name sources use: scraper = "kq"
    site: ClassVar[str] = ""  # the site, for messages: "kq.gov.cn"
    settings: ClassVar[tuple[str, ...]] = ("max_pages",)
    css_settings: ClassVar[tuple[str, ...]] = ()  # those of the settings that are CSS selectors (checked as such)
    max_pages: int = 100  # list pages read per run at most (a guard against endless paging)

    meta: ClassVar[Selector | None] = None  # metadata table cells: label, value, label, value ...
    info: ClassVar[Selector | None] = None  # elements reading 'label: value label: value'
    breadcrumb: ClassVar[Selector | None] = None  # location-bar links; the last gives the category
    title: ClassVar[Selector | None] = None  # None: found by the generic reader
    body: ClassVar[Selector | None] = None
    required: ClassVar[tuple[str, ...]] = ()  # metadata every page of the site shows (else a ParseError)

    def with_params(self, params: Mapping[str, Any]) -> Scraper:
        """A copy with per-source settings applied (a part's CSS as its Selector); ConfigError for unknown ones."""
        known = (*self.settings, *PART_SETTINGS)
        unknown = sorted(set(params) - set(known))
        if unknown:
            raise ConfigError(f"scraper {self.key!r}: unknown params {', '.join(unknown)} (known: {', '.join(known)})")
        clone = copy.copy(self)
        for name, value in params.items():
            if name in PART_SETTINGS or name in self.css_settings:
                if not is_selector(value):
                    raise ConfigError(f"scraper {self.key!r}: params.{name} {value!r} is not a CSS selector "
                                      "(e.g. \"div.article-content\", \"ul.list li\")")
                value = Selector(value, name=name) if name in PART_SETTINGS else value
            setattr(clone, name, value)
        return clone

    def error(self, url: str, message: str) -> ParseError:
        """A ParseError naming this site and the URL."""
        site = self.site or self.key
        return ParseError(f"{site}: {message} on {url}" if site else f"{url}: {message}")

    def parse_list(self, text: str, url: str) -> ListPage:
        """Entries of one list page and the next list page's URL."""
        raise NotImplementedError

    def parse_detail(self, text: str, url: str) -> Document:
        """A detail page as a Document; ParseError when the page is incomplete or the layout changed."""
        return self.read_detail(text, url).document

    def read_detail(self, text: str, url: str) -> Reading:
        """A detail page read by the generic reader with this site's declared selectors as overrides."""
        from monitor import reader  # imported on the first detail page (crawl.WORKER_MODULES: before workers fork)

        if not _CLOSING.search(text, max(0, len(text) - 8192)):
            raise self.error(url, "truncated page (no closing </html>)")
        tree = parse_html(text)
        site = self.site or self.key
        body = self.body.one(tree, site, url) if self.body else None
        files = tuple(reader.attachments_of(body, url))
        for node in tree.css("script, style, noscript, template"):
            node.decompose()
        pairs: list[tuple[str, str]] = []
        for part in (self.meta, self.info):  # labelled cells and 'label: value' lines, read as the reader reads labels
            for node in part.match(tree, site, url) if part else []:
                pairs += reader.label_pairs(node)
        crumbs = self.breadcrumb.match(tree, site, url) if self.breadcrumb else []
        title = text_of(self.title.one(tree, site, url)) if self.title else None
        if self.title and not title:
            raise self.error(url, f"empty title (selector {self.title.css!r})")
        declared = reader.Declared(
            title=title,
            body=body,
            pairs=tuple(pairs),
            category=(text_of(crumbs[-1]) or None) if crumbs else None,
            selectors={k: s.css for k, s in (("meta", self.meta), ("info", self.info), ("breadcrumb", self.breadcrumb),
                                             ("title", self.title), ("body", self.body)) if s},
            attachments=files,
        )
        try:
            found = reader.read_page(text, url, declared, tree)
        except ParseError as exc:
            raise ParseError(f"{site}: {exc}" if site else str(exc)) from None
        missing = [f for f in self.required if not getattr(found.document, f)]
        if missing:
            raise self.error(
                url, f"metadata field {', '.join(missing)} not found (labels seen: {', '.join(found.labels) or 'none'})"
            )
        return found

