"""Guangdong's 政府信息公开 platform (gkmlpt, down to town sites): a catalogue shell and its JSON list API.

A catalogue (`/{site}/gkmlpt/index#721`, for phones `/gkmlpt/mindex#721`) is a script-driven shell whose
`window._CONFIG = {… SID: '758019', …}` names the site; the URL's fragment names the column (none: the whole
catalogue, column 0). Its script asks `/{site}/gkmlpt/api/all/{column}?page=N&sid={SID}` (N from 1; one API page is
five of the shell's pages, 100 articles) and reads `{"total": N, "articles": [{"title", "url" or "post_url",
publish stamps …}], "classify": {"post_count": N, …}}`; each article is a `/gkmlpt/content/…/post_NNN.html` page.
No saved answer of the API was found in the public collections: the shape is the one public readers of it rely on
(www.gd.gov.cn, www.zhaoqing.gov.cn, im.dg.gov.cn, www.yangjiang.gov.cn and sz.gov.cn departments), so an answer
without its articles is an error naming the URL, never an empty list, and a list whose pages give fewer articles
than its total says so.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from monitor.scraper import Entry, ListPage, Scraper, list_date

PLATFORM = "/gkmlpt/"
API_ROWS = 100  # articles on one API page (the shell shows them 20 a page, five pages a request)
_SID = re.compile(r"""\bSID\s*:\s*["']?(\w+)""")
_STAMPS = ("display_publish_time", "first_publish_time", "publish_time", "created_at", "create_time", "date")
_BEIJING = timezone(timedelta(hours=8))


class GkmlptScraper(Scraper):
    """The catalogue shell (its column's first API page) and the API's pages of articles."""

    key = "gkmlpt"

    def parse_list(self, text: str, url: str) -> ListPage:
        """The shell's first API page, or one API page: its articles, the next page and the stated total."""
        if text.lstrip().startswith("{"):
            return self.parse_api(text, url)
        sid = site_id(text)
        if sid is None:
            raise self.error(url, "a gkmlpt page without the SID of its _CONFIG script: no list API to ask")
        return ListPage((), api_url(url, sid))

    def parse_api(self, text: str, url: str) -> ListPage:
        """One API page: its articles as entries (one without a link skipped with a warning), the next page."""
        try:
            data = json.loads(text)
            articles = data["articles"]
        except (ValueError, KeyError, TypeError) as exc:
            raise self.error(url, f"list API answer is not the expected JSON (no articles: {exc})") from None
        if not isinstance(articles, list):
            raise self.error(url, f"list API answer's articles is no list: {str(articles)[:80]!r}")
        entries, skipped = [], []
        for n, article in enumerate(articles, 1):
            link = (article.get("url") or article.get("post_url")) if isinstance(article, dict) else None
            if not link:
                skipped.append(f"article {n} without a url skipped on {url}: {str(article)[:60]!r}")
                continue
            entries.append(Entry(urljoin(url, link), str(article.get("title") or "").strip(), stamp_date(article)))
        total = stated_total(data)
        page = page_asked(url)
        more = total is not None and len(articles) >= API_ROWS and page * API_ROWS < total
        return ListPage(tuple(entries), with_page(url, page + 1) if more else None, total, tuple(skipped))


def is_shell(text: str, url: str) -> bool:
    """True for a gkmlpt catalogue shell (`/gkmlpt/index`, `/gkmlpt/mindex`, an SID in its _CONFIG) or an API answer;
    an article page (`/gkmlpt/content/…`, whose _CONFIG holds the article) is none."""
    path = urlsplit(url).path
    if PLATFORM not in path:
        return False
    page = path[path.index(PLATFORM) + len(PLATFORM):]
    return page.startswith("api/") or (page.startswith(("index", "mindex")) and site_id(text) is not None)


def site_id(text: str) -> str | None:
    """The SID the shell's `_CONFIG` script names, None when it names none."""
    start = text.find("_CONFIG")
    found = _SID.search(text, start) if start >= 0 else None
    return found.group(1) if found else None


def api_url(url: str, sid: str) -> str:
    """The API's first page of the shell's column: the fragment's number (none: 0, the whole catalogue)."""
    parts = urlsplit(url)
    base = parts.path[: parts.path.index(PLATFORM) + len(PLATFORM)]
    column = parts.fragment if parts.fragment.isdigit() else "0"
    return urlunsplit((parts.scheme, parts.netloc, f"{base}api/all/{column}", urlencode({"page": 1, "sid": sid}), ""))


def stated_total(data: dict) -> int | None:
    """The articles the whole column holds: the answer's total, else its classify's post_count."""
    classify = data.get("classify")
    for value in (data.get("total"), classify.get("post_count") if isinstance(classify, dict) else None):
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            return int(value)
    return None


def stamp_date(article: dict) -> str | None:
    """An article's publish date as YYYY-MM-DD: its first stamp (epoch seconds or ms, Beijing time, or a date)."""
    for key in _STAMPS:
        value = article.get(key)
        if isinstance(value, int) and value > 0:
            seconds = value / 1000 if value > 10**11 else value
            return datetime.fromtimestamp(seconds, _BEIJING).strftime("%Y-%m-%d")
        if isinstance(value, str) and list_date(value):
            return list_date(value)
    return None


def page_asked(url: str) -> int:
    """The page an API URL asks for (1 when it does not say)."""
    page = dict(parse_qsl(urlsplit(url).query)).get("page", "1")
    return int(page) if page.isdigit() else 1


def with_page(url: str, page: int) -> str:
    """The same API URL asking for another page."""
    parts = urlsplit(url)
    query = [(k, str(page) if k == "page" else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query)))
