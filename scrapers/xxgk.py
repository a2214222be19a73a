"""The jcms 信息公开目录 catalogue: a column page that loads `/module/xxgk/search.jsp` into a div.

The column page runs `loadDynamic('/module/xxgk/search.jsp?infotypeId='+a+'&vc_title='+...+'&area=',
'div52043', ...)`, where `a = getQueryString('number')` comes from the column URL (`?number=07`).
search.jsp answers a fragment: a form of hidden fields (infotypeId, jdid, divid, area, sortfield, ...),
`<li><a href title>..</a><b>2026-10-09</b></li>` items, `共1470条记录` and `共 74 页`, and the pager
asks for the next page by POSTing that form with `currpage=N` to its `pageForm`'s action (`/module/xxgk/search.jsp`).
The monitor sends every search.jsp request as the page does, by POST (loadDynamic posts `divid` and `currpage`
to the URL it builds); the servers refuse a GET (GOV_SITES.md §3).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from monitor.scraper import Entry, ListPage, Scraper, list_date, text_of

_LOAD = re.compile(r"loadDynamic\(\s*'([^']*search\.jsp.*?)'\s*,\s*'([\w-]*)'", re.S)
_PIECE = re.compile(r"'\s*\+\s*(?:encodeURI(?:Component)?\()?\s*(\w+)\s*\)?\s*\+\s*'")
_VAR = re.compile(r"var\s+(\w+)\s*=\s*getQueryString\(\s*'(\w+)'\s*\)")
_TOTAL = re.compile(r"共\s*(\d+)\s*条")
_PAGES = re.compile(r"共\s*(\d+)\s*页")
SEARCH = "search.jsp"


class XxgkSearchScraper(Scraper):
    """Lists of the jcms xxgk catalogue (search.jsp), paged by currpage."""

    key = "jcms-xxgk"

    def parse_list(self, text: str, url: str) -> ListPage:
        """The column page (gives search.jsp's first page) or one search.jsp answer."""
        if urlsplit(url).path.endswith(SEARCH):
            return self.parse_search(text, url)
        first = search_url(text, url) or _missing(self, url)
        return ListPage((), first[0], next_form=first[1])

    def parse_search(self, text: str, url: str) -> ListPage:
        """One search.jsp answer: its items, the next page and the stated total."""
        tree = LexborHTMLParser(text)
        shown = text_of(tree.body) if tree.body else ""
        total, pages = _TOTAL.search(shown), _PAGES.search(shown)
        if not total or not pages:
            refused = f" (the server answered: {shown[:80]!r})" if shown else f" (the server answered: {text[:80]!r})"
            raise self.error(url, "search.jsp answer without '共N条记录' and '共N页'" + refused)
        entries, skipped = [], []
        for n, item in enumerate(tree.css("li"), 1):
            links = [a for a in item.css("a[href]") if not a.attributes["href"].lower().startswith("javascript")]
            date = list_date(text_of(item))
            if not links:
                if date:
                    skipped.append(f"list item {n} without a link skipped on {url}: {text_of(item)[:60]!r}")
                continue
            a = links[0]
            entries.append(Entry(urljoin(url, a.attributes["href"]), a.attributes.get("title") or text_of(a), date))
        current = tree.css_first("input[name=currpage]")
        page = int((current.attributes.get("value") or "1") if current else dict(parse_qsl(urlsplit(url).query)).get("currpage", "1"))
        if not entries and int(total.group(1)) > 0:
            raise self.error(url, f"no linked item in a search.jsp page of a list of {total.group(1)}")
        if page >= int(pages.group(1)):
            return ListPage(tuple(entries), None, int(total.group(1)), tuple(skipped))
        pager = tree.css_first("form[name=pageForm]")
        action = (pager.attributes.get("action") if pager else None) or urlsplit(url).path
        fields = tuple({**_form(tree), "currpage": str(page + 1)}.items())
        return ListPage(tuple(entries), urljoin(url, action), int(total.group(1)), tuple(skipped), next_form=fields)


def search_url(text: str, url: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """search.jsp's first page as the column page's loadDynamic() asks for it: (URL, fields it POSTs), or None."""
    found = _LOAD.search(text)
    if not found:
        return None
    given = dict(parse_qsl(urlsplit(url).query))
    script = text[text.rfind("<script", 0, found.start()) : found.start()]  # the variables of the calling script
    names = {var: given.get(param, "") for var, param in _VAR.findall(script)}
    target = _PIECE.sub(lambda m: "\0" + names.get(m.group(1), "") + "\0", found.group(1))
    target = target.replace("\0", "")
    return urljoin(url, target), (("divid", found.group(2)), ("currpage", "1"))


def _form(tree: LexborHTMLParser) -> dict[str, str]:
    """The hidden fields of the answer's search form (what its pager posts back)."""
    return {i.attributes["name"]: i.attributes.get("value") or "" for i in tree.css("form#searchform input[name]")}


def _missing(scraper: Scraper, url: str) -> str:
    """Raise: the column page does not load search.jsp."""
    raise scraper.error(url, "column page without a loadDynamic('/module/xxgk/search.jsp...') call")
