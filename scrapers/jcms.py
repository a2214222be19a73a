"""The older Hanweb jcms lists: page 1 embedded as <datastore> XML, then dataproxy.jsp pages.

The column page embeds `<script type="text/xml"><datastore><nextgroup><![CDATA[<a
href="/module/web/jpage/dataproxy.jsp?page=1&...">]]></nextgroup><recordset><record><![CDATA[<li>
<a href=...>..</a><span>date</span></li>]]></record>...` and `$('#unit').jpage({totalRecord:N,
perPage:M})`. Later pages come from `GET dataproxy.jsp?page=N&...` as `<datastore><totalrecord>
<totalpage><recordset>...`. selectolax does not look inside <script>, so the XML is read with
regular expressions and each record's HTML with selectolax.
"""

from __future__ import annotations

import math
import re
from typing import ClassVar
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser

from monitor.scraper import Entry, ListPage, Scraper, Selector, list_date, text_of

_DATASTORE = re.compile(r"<datastore>(.*?)</datastore>", re.S | re.I)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[.*?href=['\"]([^'\"]+)['\"]", re.S | re.I)
_JPAGE = re.compile(r"jpage\(\s*\{[^}]*totalRecord\s*:\s*(\d+)[^}]*perPage\s*:\s*(\d+)", re.S | re.I)
_TOTALPAGE = re.compile(r"<totalpage>\s*(\d+)\s*</totalpage>", re.I)


class JcmsScraper(Scraper):
    """List pages of the old jcms CMS; sites declare their detail layout."""

    link: ClassVar[Selector] = Selector("a[href]")
    item_date: ClassVar[Selector] = Selector("span", min=0, max=None)

    def parse_list(self, text: str, url: str) -> ListPage:
        """The column page (page 1 embedded) or one dataproxy.jsp page."""
        stores = _DATASTORE.findall(text)
        if len(stores) != 1:
            raise self.error(url, f"expected one <datastore> list, found {len(stores)}")
        store = stores[0]
        entries = tuple(self._entry(record, url) for record in _RECORD.findall(store))
        if "dataproxy.jsp" in urlsplit(url).path:
            pages = _TOTALPAGE.search(store)
            if not pages:
                raise self.error(url, "dataproxy answer without <totalpage>")
            page = int(dict(parse_qsl(urlsplit(url).query)).get("page") or 1)
            more = page < int(pages.group(1))
            return ListPage(self._nonempty(entries, url), _with_page(url, page + 1) if more else None)
        nextgroup, jpage = _NEXTGROUP.search(store), _JPAGE.search(text)
        if not nextgroup or not jpage:
            raise self.error(url, "column page without <nextgroup> link or jpage({totalRecord, perPage}) call")
        total, per_page = int(jpage.group(1)), int(jpage.group(2))
        more = math.ceil(total / per_page) > 1 if per_page else False
        next_url = _with_page(urljoin(url, nextgroup.group(1).replace("&amp;", "&")), 2) if more else None
        return ListPage(self._nonempty(entries, url) if total else entries, next_url)

    def _entry(self, record: str, url: str) -> Entry:
        """One <record>: a link and a date."""
        tree = LexborHTMLParser(record)
        a = self.link.one(tree, self.site, url)
        dates = [d for d in (list_date(text_of(s)) for s in self.item_date.match(tree, self.site, url)) if d]
        return Entry(urljoin(url, a.attributes["href"]), a.attributes.get("title") or text_of(a), dates[0] if dates else None)

    def _nonempty(self, entries: tuple[Entry, ...], url: str) -> tuple[Entry, ...]:
        """The entries, or ParseError when a page that should list documents lists none."""
        if not entries:
            raise self.error(url, "no <record> in a list page that should have some")
        return entries


def _with_page(url: str, page: int) -> str:
    """The dataproxy URL with page=N."""
    parts = urlsplit(url)
    pairs = [(k, str(page) if k == "page" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(pairs)))
