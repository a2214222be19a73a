"""The older Hanweb jcms lists: page 1 embedded as <datastore> XML, then dataproxy.jsp pages.

The column page embeds (once, or once per layout: a responsive template's PC and mobile units print the same
records twice, linking the same documents, and are one list) `<script type="text/xml"><datastore><nextgroup><![CDATA[<a
href="/module/web/jpage/dataproxy.jsp?page=1&...">]]></nextgroup><recordset><record><![CDATA[<li>
<a href=...>..</a><span>date</span></li>]]></record>...` and `$('#unit').jpage({totalRecord:N,
perPage:M})`. Later pages come from `GET dataproxy.jsp?page=N&...` as `<datastore><totalrecord>
<totalpage><recordset>...`. selectolax does not look inside <script>, so the XML is read with
regular expressions and each record's HTML with selectolax.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser

from monitor.scraper import Entry, ListPage, Scraper, Selector, list_date, text_of
from scrapers.htmllist import link_title

_DATASTORE = re.compile(r"<datastore>(.*?)</datastore>", re.S | re.I)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[.*?href=['\"]([^'\"]+)['\"]", re.S | re.I)
_JPAGE = re.compile(r"\.jpage\(\s*\{(.*?)\}\s*\)", re.S)
_TOTALRECORD = re.compile(r"totalRecord\s*:\s*['\"]?(\d+)", re.I)
_TOTAL = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)
_TOTALPAGE = re.compile(r"<totalpage>\s*(\d+)\s*</totalpage>", re.I)


class JcmsScraper(Scraper):
    """List pages of the old jcms CMS: the column page's <datastore>, then the server's dataproxy.jsp pages."""

    key = "jcms"
    link: ClassVar[Selector] = Selector("a[href]", min=0, max=None)
    item_date: ClassVar[Selector] = Selector("span, b, i, em, font", min=0, max=None)  # the date beside (or in) the link

    def parse_list(self, text: str, url: str) -> ListPage:
        """The column page (the first records embedded) or one dataproxy.jsp page."""
        stores = _DATASTORE.findall(text)
        if not stores:
            raise self.error(url, "expected one <datastore> list, found 0")
        store = stores[0]
        entries, skipped = self._entries(_RECORD.findall(store), url)
        links = [e.url for e in entries]
        if any([e.url for e in self._entries(_RECORD.findall(other), url)[0]] != links for other in stores[1:]):
            raise self.error(url, f"expected one <datastore> list, found {len(stores)} listing different records")
        if "dataproxy.jsp" in urlsplit(url).path:
            total, pages = _TOTAL.search(store), _TOTALPAGE.search(store)
            if not total or not pages:
                raise self.error(url, "dataproxy answer without <totalrecord> and <totalpage>")
            page = int(dict(parse_qsl(urlsplit(url).query)).get("page") or 1)
            more = page < int(pages.group(1))
            return ListPage(self._nonempty(entries, skipped, url), _with_page(url, page + 1) if more else None,
                            int(total.group(1)), skipped)
        nextgroup, total = _NEXTGROUP.search(store), page_total(text)
        if not nextgroup or total is None:
            raise self.error(url, "column page without <nextgroup> link or jpage({totalRecord: N}) call")
        # The server pages by its own number of records (not jpage's perPage, nor the embedded count):
        # read its pages 1..<totalpage> whenever the column page does not hold the whole list.
        more = len(entries) + len(skipped) < total
        next_url = _with_page(urljoin(url, nextgroup.group(1).replace("&amp;", "&")), 1) if more else None
        return ListPage(self._nonempty(entries, skipped, url) if total else entries, next_url, total, skipped,
                        counted=next_url is None)

    def _entries(self, records: list[str], url: str) -> tuple[tuple[Entry, ...], tuple[str, ...]]:
        """The entries of <record>s (a link and a date), and a warning for each record without a link."""
        entries, skipped = [], []
        for n, record in enumerate(records, 1):
            tree = LexborHTMLParser(record)
            links = self.link.match(tree, self.site, url)
            if not links:
                skipped.append(f"record {n} without a link skipped on {url}: {text_of(tree.body)[:60]!r}")
                continue
            a = links[0]
            cells = [s for s in self.item_date.match(tree, self.site, url) if not s.css_first("a")]
            dates = [d for d in (list_date(text_of(s)) for s in cells) if d]
            entries.append(Entry(urljoin(url, a.attributes["href"]), link_title(a), dates[0] if dates else None))
        return tuple(entries), tuple(skipped)

    def _nonempty(self, entries: tuple[Entry, ...], skipped: tuple[str, ...], url: str) -> tuple[Entry, ...]:
        """The entries, or ParseError when a page that should list documents lists none."""
        if not entries:
            raise self.error(url, "no <record> with a link in a list page that should have some")
        return entries


def page_total(text: str) -> int | None:
    """totalRecord of the jpage() call the column page runs: the one fed the embedded dataStore, else the last.

    A page may also define a pager function holding a placeholder (`totalRecord:1000`) before the real call.
    """
    calls = _JPAGE.findall(text)
    executed = [c for c in calls if "datastore" in c.lower()] or calls[-1:]
    found = _TOTALRECORD.search(executed[0]) if executed else None
    return int(found.group(1)) if found else None


def _with_page(url: str, page: int) -> str:
    """The dataproxy URL with page=N."""
    parts = urlsplit(url)
    pairs = [(k, str(page) if k == "page" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(pairs)))
