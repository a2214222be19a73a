"""The Zhejiang government platform (Hanweb jpaas, 集约化): column shell + JSON list API.

A column page (`/col/col{id}/index.html`) is a JavaScript shell: a `<script queryData=...
url="/api-gateway/jpaas-publish-server/front/page/build/unit">` loads the list from the
unit API. The API takes every queryData key plus `paramJson={"pageNo":N,"pageSize":M}`
(top-level pageNo is ignored) and answers `{"success":true,"data":{"html":...}}`, where the
html holds the list items and `<div class="pagination" count=.. rows=.. pageNo=..>`. A 表单 unit (a 信息公开 or 文件库
search form, paged by its script's `doLayPageRender(...)`) answers a table instead, `.page-content tbody tr` of
`td > a[title]` + `td` 文号 + `td` date, under `<div id="form_X_pagination" queryData="{'rows':'30','count':'18383',
'pageNo':'1'}">`: the same list, its numbers in queryData.
"""

from __future__ import annotations

import json
from typing import ClassVar
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.scraper import Entry, ListPage, Scraper, Selector, list_date, text_of


class JpaasScraper(Scraper):
    """List pages of the jpaas platform; sites declare their detail layout."""

    key = "jpaas"
    settings = ("max_pages", "page_size", "list_tag", "search")
    page_size: int = 15
    list_tag: str | None = None  # tagId of the list unit when a shell has several units
    search: dict | None = None  # paramJson.search of 信息公开目录 lists, e.g. {"xxgkId": "F001"}

    unit: ClassVar[Selector] = Selector("script[querydata][url]", min=1, max=None)
    pagination: ClassVar[Selector] = Selector("div.pagination, div[id$='_pagination'][querydata]")
    items: ClassVar[Selector] = Selector(".page-content li, .page-content tbody tr", min=0, max=None)
    link: ClassVar[Selector] = Selector("a[href]")
    item_date: ClassVar[Selector] = Selector("span, td", min=0, max=None)  # the cells beside the link

    def parse_list(self, text: str, url: str) -> ListPage:
        """The column shell (the API's first page, or one per unit to choose from) or one API page."""
        if text.lstrip().startswith("{"):
            return self.parse_api(text, url)
        units = self.unit_urls(text, url)
        return ListPage((), units[0]) if len(units) == 1 else ListPage((), None, units=tuple(units))

    def unit_urls(self, text: str, url: str) -> list[str]:
        """The list API URL for page 1 of each unit of the shell (only the `list_tag` unit when set)."""
        scripts = self.unit.match(LexborHTMLParser(text), self.site, url)
        units = [(s.attributes["url"], _query_data(s.attributes.get("querydata") or "")) for s in scripts]
        if self.list_tag:
            found = [u for u in units if u[1].get("tagId") == self.list_tag]
            if len(found) != 1:
                tags = ", ".join(str(q.get("tagId")) for _, q in units) or "none"
                raise self.error(url, f"expected one list unit with tagId {self.list_tag!r}, found {len(found)} (units: {tags})")
            units = found
        return [_with_query(urljoin(url, api), query, self._param_json(1)) for api, query in units]

    def parse_api(self, text: str, url: str) -> ListPage:
        """One page of the unit API: its entries, the next page's URL and the list's stated count."""
        try:
            data = json.loads(text)
            html = data["data"]["html"] if data.get("success") else None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise self.error(url, f"list API answer is not the expected JSON ({exc})") from None
        if not html:
            raise self.error(url, f"list API answered success={data.get('success')} ({data.get('message')!r})")
        if "<" not in html:  # a message in place of the list ('模版内容不能为空！': no list template for this unit/page)
            raise self.error(url, f"list API answered a message, not a list: {html.strip()[:80]!r}")
        tree = LexborHTMLParser(html)
        pager = self.pagination.one(tree, self.site, url)
        try:
            count, rows, page = pager_numbers(pager)
        except ValueError:
            raise self.error(url, f"pagination without count/rows/pageNo: {pager.html[:200]}") from None
        asked = _page_asked(url)
        if asked is not None and asked != page:
            raise self.error(url, f"asked for list page {asked}, the API answered page {page} (of {count} entries)")
        items = self.items.match(tree, self.site, url)
        if not items and count > (page - 1) * rows:
            raise self.error(url, f"items selector {self.items.css!r} matched 0 elements but the list has {count}")
        entries, skipped = [], []
        for n, item in enumerate(items, 1):
            links = item.css(self.link.css)
            if not links:
                skipped.append(f"list item {n} without a link skipped on {url}: {text_of(item)[:60]!r}")
                continue
            a = links[0]
            cells = [s for s in self.item_date.match(item, self.site, url) if not s.css_first("a")]
            dates = [d for d in (list_date(text_of(s)) for s in cells) if d]
            title = a.attributes.get("title") or text_of(a)
            entries.append(Entry(urljoin(url, a.attributes["href"]), title, dates[0] if dates else None))
        more = page * rows < count
        return ListPage(tuple(entries), _next_page(url, page + 1) if more else None, count, tuple(skipped))

    def _param_json(self, page: int) -> str:
        """The paramJson value for one page."""
        param: dict = {"pageNo": page, "pageSize": self.page_size}
        if self.search:
            param["search"] = json.dumps(self.search, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(param, ensure_ascii=False, separators=(",", ":"))


def pager_numbers(pager: LexborNode) -> tuple[int, int, int]:
    """count, rows and pageNo of a unit's pager: its attributes, else its queryData (a 表单 unit's); ValueError if none."""
    query = {k.lower(): str(v) for k, v in _query_data(pager.attributes.get("querydata") or "").items()}
    count, rows, page = (pager.attributes.get(k) or query.get(k) or "" for k in ("count", "rows", "pageno"))
    return int(count), int(rows), int(page)


def _query_data(raw: str) -> dict:
    """The queryData attribute (JSON written with single quotes) as a dict."""
    try:
        value = json.loads(raw.replace("'", '"'))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _with_query(url: str, query: dict, param_json: str) -> str:
    """url with every queryData key and paramJson, UTF-8 percent-encoded."""
    pairs = [(k, str(v)) for k, v in query.items()] + [("paramJson", param_json)]
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=urlencode(pairs, quote_via=quote)))


def _page_asked(url: str) -> int | None:
    """paramJson.pageNo of an API URL, None when the URL does not say."""
    for k, v in parse_qsl(urlsplit(url).query):
        if k == "paramJson":
            try:
                return int(json.loads(v).get("pageNo"))
            except (ValueError, TypeError, AttributeError):
                return None
    return None


def _next_page(url: str, page: int) -> str:
    """The same API URL with paramJson.pageNo set to page."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    out = []
    for k, v in pairs:
        if k == "paramJson":
            param = json.loads(v)
            param["pageNo"] = page
            v = json.dumps(param, ensure_ascii=False, separators=(",", ":"))
        out.append((k, v))
    return urlunsplit(parts._replace(query=urlencode(out, quote_via=quote)))
