"""FakeGovSite: a real HTTP server on 127.0.0.1 that looks like the Zhejiang government sites.

A test double, not product: it lives in the development package (tests/support), which tests
and benchmarks import. The real sites cannot be reached from tests or CI, so the project brings its own,
in markup rebuilt from real saved pages of each CMS family (tests/fixtures/pages/PROVENANCE.md): the
five seed captures served as detail pages (Hanweb jpaas: kq, linan, the mohurd li layout for panan;
TRS WCM: shangyu), filler documents, the jpaas column shells and unit list API (paramJson paging), an
old jcms column (page 1 embedded as <datastore> XML, dataproxy.jsp pages, GBK-encoded), a jcms 信息公开目录
(loadDynamic, search.jsp by POST only), a TRS static list (index_N.html, createPageHTML), ETag and
Last-Modified with 304s, and scripted faults.

    with FakeGovSite(fillers=32) as site:
        sources = site.sources()                    # Source objects pointing here
        site.fail("kq-wangtan", "500")              # every request of that column fails
        site.fail("000", "layout", times=1)         # the seed 000 page, once, in a new layout
        site.revise("000", new_text)                # publish a revised page (new ETag)
        site.withdraw("000")                        # take a page down (unlisted, 404)
        site.hits                                   # the request log

`python -m support.fakesite --fillers 400` (from tests/) serves it from its own process (the benchmark).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import threading
import time
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from monitor import seedformat
from monitor.models import Document
from monitor.sources import Source

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
DATAPROXY = "/module/web/jpage/dataproxy.jsp"
SEARCH = "/module/xxgk/search.jsp"
FAULTS = ("500", "503", "429", "404", "slow", "waf", "challenge", "soft404", "empty", "moved", "truncated", "cut", "layout")
# Faults of a column's list pages: "repeat" answers the first page whatever page is asked; "short" leaves
# one entry out of every list page while still stating the whole count; "broken" answers every list page
# after the first with a page no list template can read (the real jpaas API's "模版内容不能为空！"); "jspager" prints a
# TRS list's pager as only a browser's script can follow it: 共N页 and a 下一页 link calling goPage(N), no address;
# "scriptonly" prints that 下一页 alone, no count (the JSP pager tags of public code: href="javascript:goPage(2)").
LIST_FAULTS = ("repeat", "short", "broken", "jspager", "scriptonly")
OFF_SITE = "http://127.0.0.1:9/art/2024/1/5/art_1229000000_1.html"  # a listed link on another host
_COLUMN = re.compile(r"^/col/col(\d+)/index(?:_(\d+))?\.html$")  # index_N.html: page N+1 of a TRS list
_FULLWIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in ",:;()!?"})


@dataclass(frozen=True)
class Column:
    """One list column of the fake site and the site template its pages use."""

    name: str  # the source name
    title: str
    scraper: str
    template: str  # the detail layout: kq, linan, mohurd (Hanweb jpaas), jcms (Hanweb jcms), trs (TRS WCM)
    col: str
    site_name: str
    domain: str
    web_id: str
    tag_id: str
    seed: str | None  # seed file name prefix, e.g. "000"
    seed_path: str | None  # the article path of the seed page
    cms: str = "jpaas"  # the lists: jpaas (unit API), jcms (<datastore>, dataproxy.jsp), xxgk (jcms search.jsp), trs (index_N.html)
    encoding: str = "utf-8"  # "gbk" pages are GB18030 bytes labelled GBK
    declare: str = "both"  # where the charset is declared: "header", "meta", "both" or "none"
    unit_id: str = ""  # jcms unit id
    pinned: int = 0  # how many of the newest items the list repeats at its top (置顶)
    off_site: bool = False  # the list also links a page on another host (OFF_SITE)


COLUMNS = (
    Column("kq-wangtan", "柯桥区王坛镇 · 计划总结", "kq", "kq", "1229443512", "绍兴市柯桥区人民政府", "www.kq.gov.cn",
           "3305", "信息列表", "000", "/art/2024/3/26/art_1229443512_4142613.html", pinned=1, off_site=True),
    Column("kq-jidong", "柯桥区稽东镇 · 计划总结", "kq", "kq", "1229442810", "绍兴市柯桥区人民政府", "www.kq.gov.cn",
           "3305", "信息列表", "001", "/art/2024/3/26/art_1229442810_4142588.html"),
    Column("shangyu-zhangzhen", "上虞区章镇镇 · 信息公开", "shangyu", "trs", "1229327865", "绍兴市上虞区人民政府",
           "www.shangyu.gov.cn", "3319", "", "002", "/art/2023/6/16/art_1229327865_4065702.html", cms="trs"),
    Column("linan-tianmushan", "临安区天目山镇 · 信息公开", "linan", "linan", "1229230905", "杭州市临安区人民政府",
           "www.linan.gov.cn", "2242", "信息列表", "003", "/art/2022/5/5/art_1229230905_4034262.html"),
    Column("panan-yushan", "磐安县玉山镇 · 规划计划", "panan", "mohurd", "1229421691", "磐安县人民政府",
           "www.panan.gov.cn", "3611", "组配分类list", "004", "/art/2023/11/7/art_1229421691_4118645.html"),
    Column("panan-archive", "磐安县玉山镇 · 旧栏目 (jcms)", "panan-jcms", "jcms", "1229321837", "磐安县人民政府",
           "www.panan.gov.cn", "3611", "", None, None, cms="jcms", encoding="gbk", declare="meta", unit_id="6166867"),
    Column("panan-xxgk", "磐安县玉山镇 · 信息公开目录 (jcms xxgk)", "jcms-xxgk", "jcms", "1229321840", "磐安县人民政府",
           "www.panan.gov.cn", "3611", "", None, None, cms="xxgk", unit_id="52043"),
)


@dataclass(frozen=True)
class Page:
    """One detail page: where it is served, its column, and the document it shows."""

    path: str
    column: Column
    document: Document
    version: int = 1
    files: tuple[tuple[str, str], ...] = ()  # (name, href) of the attachments the page links (附件)


@dataclass(frozen=True)
class Hit:
    """One request as the fake site saw it."""

    method: str
    path: str
    query: str  # the query string, then a POSTed form's fields (joined by &)
    status: int
    conditional: bool  # If-None-Match or If-Modified-Since was sent
    client_port: int = 0  # the client's side of the connection: one per connection


class FakeGovSite:
    """The fake government site: start()/stop() or a context manager; see the module docstring."""

    def __init__(self, *, fillers: int = 32, seeds: str | Path = SEEDS, port: int = 0, slow_seconds: float = 2.0) -> None:
        self.fillers = fillers
        self.slow_seconds = slow_seconds
        self.hits: list[Hit] = []
        self.arrived: list[str] = []  # the path of every request as it arrives (before any slow answer)
        self.peak_in_flight = 0  # the most requests arrived and not yet answered at one time
        self._in_flight = 0
        self._port = port
        self._lock = threading.Lock()
        self._faults: dict[str, list] = {}  # path or "col:NAME" -> [kind, remaining or None]
        self._cache: dict[tuple[str, bool], tuple[bytes, str, str]] = {}
        self._columns = {c.name: c for c in COLUMNS}
        self._encoding: dict[str, tuple[str, str]] = {}
        self._pages: dict[str, Page] = {}
        self._files: dict[str, tuple[bytes, str]] = {}  # attachment path -> (bytes, content type)
        self._lists: dict[str, list[str]] = {}  # column name -> page paths, newest first
        self._seed_docs = self._read_seeds(Path(seeds))
        for column in COLUMNS:
            self._lists[column.name] = []
            for page in self._column_pages(column):
                self._pages[page.path] = page
                self._lists[column.name].append(page.path)
        self._server: ThreadingHTTPServer | None = None
        self._published = 0  # pages published so far: each gets a path of its own, even after a withdrawal

    # -- public API ---------------------------------------------------------------------

    def start(self) -> FakeGovSite:
        """Start serving on 127.0.0.1 in a background thread."""
        site = self

        class Handler(_Handler):
            owner = site

        self._server = _Server(("127.0.0.1", self._port), Handler)
        threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fakesite", daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeGovSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        assert self._server, "the fake site is not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def columns(self) -> list[Column]:
        """The columns served."""
        return list(COLUMNS)

    def column_url(self, name: str) -> str:
        """The column (list) URL of a source."""
        return f"{self.base_url}/col/col{self._column(name).col}/index.html"

    def sources(self) -> list[Source]:
        """Sources for every column of the fake site."""
        return sources(self.base_url)

    def page_url(self, ref: str) -> str:
        """The URL of a detail page, by seed name ("000" or the file name) or path."""
        return self.base_url + self._path(ref)

    def paths(self, name: str | None = None) -> list[str]:
        """The detail-page paths listed by one column (or all), newest first."""
        names = [name] if name else list(self._lists)
        return [p for n in names for p in self._lists[n]]

    def page_urls(self, name: str | None = None) -> list[str]:
        """The detail-page URLs listed by one column (or all), newest first."""
        return [self.base_url + p for p in self.paths(name)]

    def document(self, ref: str) -> Document:
        """The document a detail page shows now (with its URL once the site is started)."""
        path = self._path(ref)
        return replace(self._pages[path].document, url=self.base_url + path if self._server else None)

    def revise(self, ref: str, new_text: str) -> str:
        """Publish a revised page (seed-format text) at the same URL; returns the URL."""
        path = self._path(ref)
        doc = seedformat.parse(new_text, path)
        with self._lock:
            old = self._pages[path]
            self._pages[path] = replace(old, document=replace(doc, url=None), version=old.version + 1)
            self._drop_cache(path)
        return self.base_url + path

    def publish(self, name: str, new_text: str) -> str:
        """Publish a new page at the top of a column; returns its URL."""
        column = self._column(name)
        doc = replace(seedformat.parse(new_text, name), url=None)
        day = date.fromisoformat(doc.date) if doc.date else date.today()
        with self._lock:
            self._published += 1
            path = f"/art/{day.year}/{day.month}/{day.day}/art_{column.col}_{5000000 + self._published}.html"
            self._pages[path] = Page(path, column, doc)
            self._lists[name].insert(0, path)
            self._cache.clear()
        return self.base_url + path

    def withdraw(self, ref: str) -> str:
        """Take a page down: no column lists it and its URL answers 404; returns the URL it had."""
        path = self._path(ref)
        with self._lock:
            page = self._pages.pop(path)
            self._lists[page.column.name].remove(path)
            self._cache.clear()
        return self.base_url + path

    def put_file(self, path: str, data: bytes, ctype: str = "application/pdf") -> str:
        """Serve an attachment (PDF, DOCX, ...) at path, with an ETag; a second call replaces it. Returns its URL."""
        with self._lock:
            self._files[path] = (data, ctype)
        return self.base_url + path

    def publish_with_files(self, name: str, new_text: str, files: tuple[tuple[str, str], ...], *, body: bool = True) -> str:
        """Publish a page naming attachments (name, href): under its body as 附件 links, or, with
        body=False, as a page whose body holds only a PDF viewer and download links (the text is in the files)."""
        url = self.publish(name, new_text)
        path = self._path(url)
        with self._lock:
            page = self._pages[path]
            doc = page.document if body else replace(page.document, paragraphs=())
            self._pages[path] = replace(page, document=doc, files=files)
            self._drop_cache(path)
        return url

    def relink(self, ref: str, files: tuple[tuple[str, str], ...]) -> str:
        """The page now names other attachments (a replaced file): a revised page at the same URL."""
        path = self._path(ref)
        with self._lock:
            old = self._pages[path]
            self._pages[path] = replace(old, files=files, version=old.version + 1)
            self._drop_cache(path)
        return self.base_url + path

    def fail(self, target: str, kind: str, times: int | None = None) -> None:
        """Script a fault for a source (all its requests), a seed or a path; `times` None = until heal()."""
        if kind not in FAULTS + LIST_FAULTS:
            raise ValueError(f"unknown fault {kind!r} (known: {', '.join(FAULTS + LIST_FAULTS)})")
        key = f"col:{target}" if target in self._columns else self._path(target)
        with self._lock:
            self._faults[key] = [kind, times]

    def heal(self, target: str | None = None) -> None:
        """Remove the faults of one target, or all."""
        with self._lock:
            if target is None:
                self._faults.clear()
            else:
                self._faults.pop(f"col:{target}" if target in self._columns else self._path(target), None)

    def set_encoding(self, name: str, encoding: str, declare: str = "both") -> None:
        """Serve a column's pages as "utf-8" or "gbk", declared in the "header", "meta", "both" or "none"."""
        with self._lock:
            self._encoding[name] = (encoding, declare)
            self._cache.clear()

    def reset_hits(self) -> None:
        """Forget the request log."""
        with self._lock:
            self.hits.clear()

    # -- pages --------------------------------------------------------------------------

    def _read_seeds(self, seeds: Path) -> dict[str, Document]:
        """The seed documents by three-digit prefix."""
        files = sorted(seeds.glob("*.txt"))
        if not files:
            raise FileNotFoundError(f"{seeds}: no seed captures (*.txt) to serve")
        return {p.name[:3]: seedformat.parse_file(p) for p in files}

    def _column_pages(self, column: Column) -> list[Page]:
        """A column's pages, newest first: its seed page, then fillers."""
        base = self._seed_docs[column.seed or "004"]
        pages = [Page(column.seed_path, column, base)] if column.seed and column.seed_path else []
        pool = list(self._seed_docs.values())
        for i in range(1, self.fillers + 1):
            doc = _filler(base, pool, i, COLUMNS.index(column))
            d = date.fromisoformat(doc.date)
            if column.cms == "jcms":
                path = f"/art/{d.year}/{d.month}/{d.day}/art_{column.col}_{59277057 - i}.html"
            elif i % 10 == 0:  # newer items use hex ids under the column
                hexid = hashlib.md5(f"{column.col}-{i}".encode()).hexdigest()
                path = f"/col/col{column.col}/art/{d.year}/art_{hexid}.html"
            else:
                path = f"/art/{d.year}/{d.month}/{d.day}/art_{column.col}_{4100000 + i * 13}.html"
            pages.append(Page(path, column, doc))
        return pages

    def _column(self, name: str) -> Column:
        """A column by source name, or KeyError listing the known ones."""
        try:
            return self._columns[name]
        except KeyError:
            raise KeyError(f"no column {name!r} (known: {', '.join(self._columns)})") from None

    def _path(self, ref: str) -> str:
        """The path of a seed ("000", "000_....txt"), a URL or a path."""
        if ref.startswith(("http://", "https://")):
            ref = urlsplit(ref).path
        if ref.startswith("/"):
            return ref
        for column in COLUMNS:
            if column.seed and ref[:3] == column.seed and column.seed_path:
                return column.seed_path
        raise KeyError(f"no seed page {ref!r}")

    def _drop_cache(self, path: str) -> None:
        """Forget the rendered bytes of one path."""
        for key in [k for k in self._cache if k[0] == path]:
            del self._cache[key]

    def _charset(self, column: Column) -> tuple[str, str]:
        """(encoding, declare) of a column's pages."""
        return self._encoding.get(column.name, (column.encoding, column.declare))

    def render(self, path: str, query: dict[str, list[str]], layout: bool = False) -> tuple[int, bytes, str, str | None]:
        """(status, body, content type, Last-Modified) for a request; 404 page when unknown."""
        if path in self._files:
            data, ctype = self._files[path]
            return 200, data, ctype, None
        if path in self._pages:
            page = self._pages[path]
            text = _detail(page, self, layout)
            return 200, *self._encode(text, page.column, "text/html"), _http_date(page)
        m = _COLUMN.match(path)
        column = next((c for c in COLUMNS if m and c.col == m.group(1)), None)
        if column and column.cms == "trs":
            text = _trs_list(column, self, int(m.group(2) or 0), layout)
            if text:
                return 200, *self._encode(text, column, "text/html"), None
        elif column and not m.group(2):
            shell = {"jcms": _jcms_column, "xxgk": _xxgk_column}.get(column.cms)
            text = shell(column, self, layout) if shell else _shell(column, layout)
            return 200, *self._encode(text, column, "text/html"), None
        if path in ("/", "/index.html"):
            return 200, _front_page(self).encode(), "text/html; charset=utf-8", None
        if path == API:
            return self._api(query, layout)
        if path == SEARCH:
            column = next((c for c in COLUMNS if c.cms == "xxgk" and f"div{c.unit_id}" == _q(query, "divid")), None)
            if column:
                return 200, *self._encode(_search(column, self, int(_q(query, "currpage") or 1)), column, "text/html"), None
        if path == DATAPROXY:
            column = next((c for c in COLUMNS if c.col == _q(query, "columnid")), None)
            if column and column.cms == "jcms":
                return 200, *self._encode(_dataproxy(column, self, int(_q(query, "page") or 1)), column, "text/xml"), None
        return 404, _NOT_FOUND_PAGE.encode(), "text/html; charset=utf-8", None

    def _api(self, query: dict[str, list[str]], layout: bool) -> tuple[int, bytes, str, None]:
        """The jpaas unit API: one page of a column list as JSON."""
        column = next((c for c in COLUMNS if c.col == _q(query, "pageId") and c.cms == "jpaas"), None)
        try:
            param = json.loads(_q(query, "paramJson") or "{}")
            page_no, size = int(param.get("pageNo", 1)), int(param.get("pageSize", 15))
        except (ValueError, TypeError, AttributeError):  # as the real API: a wrongly formed request gets page 1
            page_no, size = 1, 15
        if column is None or _q(query, "tagId") != column.tag_id or size < 1:
            body = {"success": False, "message": "参数错误", "code": "500", "data": {}}
        else:
            body = {"success": True, "message": "生成成功", "code": "200",
                    "data": {"html": _api_html(column, self, page_no, size, layout)}, "traceId": "fake"}
        return 200, json.dumps(body, ensure_ascii=False).encode(), "application/json;charset=UTF-8", None

    def listing(self, column: Column) -> list[tuple[str, str, str]]:
        """(href, title, date) of every listed item, newest first, as the list shows them."""
        items = [(p, self._pages[p].document.title or "", self._pages[p].document.date or "") for p in self._lists[column.name]]
        off_site = [(OFF_SITE, "关于转发绍兴市2024年工作要点的通知", "2024-01-05")] if column.off_site else []
        return items[: column.pinned] + items[:3] + off_site + items[3:]

    def _encode(self, text: str, column: Column, kind: str) -> tuple[bytes, str]:
        """(bytes, Content-Type) in the column's encoding and charset declaration."""
        encoding, declare = self._charset(column)
        label = "GBK" if encoding == "gbk" else "UTF-8"
        if declare in ("meta", "none"):
            text = text.replace('<meta charset="utf-8">', "" if declare == "none" else f'<meta http-equiv="Content-Type" content="text/html; charset={label.lower()}">')
        elif encoding == "gbk":
            text = text.replace('<meta charset="utf-8">', '<meta charset="gbk">')
        data = text.encode("gb18030" if encoding == "gbk" else "utf-8")
        return data, (f"{kind};charset={label}" if declare in ("header", "both") else kind)

    # -- HTTP ---------------------------------------------------------------------------

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        """Answer one GET or POST: a scripted fault, a 304, the page, or the refusal of a wrong method."""
        parts = urlsplit(request.path)
        with self._lock:
            self.arrived.append(parts.path)
            self._in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        try:
            self._handle(request, parts)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _handle(self, request: BaseHTTPRequestHandler, parts) -> None:
        """Answer one request that arrived (`handle`)."""
        query = parse_qs(parts.query)
        posted = ""
        if request.command == "POST":  # a form: its fields join the query's, as the JSP servers read them
            posted = request.rfile.read(int(request.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
            query = {**query, **parse_qs(posted, keep_blank_values=True)}
        conditional = bool(request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since"))
        if (request.command == "POST") != (parts.path == SEARCH):  # search.jsp takes its form by POST only
            reply = _Reply(200, _WRONG_METHOD, "application/json;charset=UTF-8")
        else:
            reply = self._answer(request, parts.path, query, self._take_fault(parts.path, query))
        with self._lock:  # logged before the client can see the answer
            self.hits.append(Hit(request.command, parts.path, "&".join(x for x in (parts.query, posted) if x),
                                 reply.status, conditional, request.client_address[1]))
        reply.write(request)

    def _take_fault(self, path: str, query: dict[str, list[str]]) -> str | None:
        """The fault scripted for this request, counting it down."""
        column = self._column_of(path, query)
        with self._lock:
            for key in (path, f"col:{column}"):
                entry = self._faults.get(key)
                if entry:
                    if entry[1] is not None:
                        entry[1] -= 1
                        if entry[1] <= 0:
                            del self._faults[key]
                    return entry[0]
        return None

    def _column_of(self, path: str, query: dict[str, list[str]]) -> str | None:
        """The column a request belongs to."""
        if path in self._pages:
            return self._pages[path].column.name
        m = _COLUMN.match(path)
        if path == SEARCH:
            return next((c.name for c in COLUMNS if f"div{c.unit_id}" == _q(query, "divid")), None)
        col = m.group(1) if m else _q(query, "pageId") if path == API else _q(query, "columnid")
        return next((c.name for c in COLUMNS if c.col == col), None)

    def _answer(self, request: BaseHTTPRequestHandler, path: str, query: dict[str, list[str]], fault: str | None) -> _Reply:
        """The answer to send (after sleeping for a slow fault)."""
        if fault in ("500", "503", "429", "404"):
            extra = {"Retry-After": "0"} if fault in ("503", "429") else {}
            return _Reply(int(fault), f"<html><body><h1>{fault}</h1></body></html>".encode(), "text/html", extra)
        if fault == "waf":
            return _Reply(412, _WAF_PAGE.encode(), "text/html; charset=utf-8", {"Set-Cookie": "acw_tc=0b1f; path=/"})
        if fault == "challenge":
            return _Reply(200, _CHALLENGE_PAGE.encode(), "text/html; charset=utf-8")
        if fault == "soft404":
            return _Reply(200, _NOT_FOUND_PAGE.encode(), "text/html; charset=utf-8")
        if fault == "empty":
            return _Reply(200, b"", "text/html; charset=utf-8")
        if fault == "moved":  # a reorganised portal sends an old address to its front page
            return _Reply(302, b"", "text/html", {"Location": "/index.html"})
        if fault == "slow":
            time.sleep(self.slow_seconds)
        if fault == "repeat":
            query = _first_page(query)
        if fault == "broken" and _list_page_no(path, query) > 1:
            return _Reply(200, _BROKEN_API if path == API else _BROKEN_PAGE, "text/html; charset=utf-8")
        status, body, ctype, modified = self._rendered(path, query, fault == "layout")
        if fault == "short":
            body = _LIST_ITEM.sub(b"", body, count=1)
        if fault == "jspager":
            body = _TRS_PAGER_CALL.sub(_script_pager, body)
        if fault == "scriptonly":
            body = _TRS_PAGER_CALL.sub(_script_next, body)
        if fault == "cut":  # a broken page file: half the HTML, its own ETag
            body = body[: len(body) // 2]
        etag = f'"{hashlib.sha1(body).hexdigest()[:20]}"' if status == 200 and not path.startswith(("/api", "/module")) else None
        headers = {"ETag": etag, "Last-Modified": modified}
        if fault == "truncated":  # the connection drops mid-body, whatever the request asked
            return _Reply(status, body[: len(body) // 2], ctype, headers, length=len(body))
        if etag and _not_modified(request, etag, modified):
            return _Reply(304, b"", None, {"ETag": etag})
        return _Reply(status, body, ctype, headers)

    def _rendered(self, path: str, query: dict[str, list[str]], layout: bool) -> tuple[int, bytes, str, str | None]:
        """render(), cached for detail pages and shells."""
        key = (path, layout)
        if path in self._pages or _COLUMN.match(path):
            with self._lock:
                hit = self._cache.get(key)
            if hit:
                return 200, hit[0], hit[1], hit[2] or None
            status, body, ctype, modified = self.render(path, query, layout)
            if status == 200:
                with self._lock:
                    self._cache[key] = (body, ctype, modified or "")
            return status, body, ctype, modified
        return self.render(path, query, layout)

    def prerender(self) -> None:
        """Render every page once (the benchmark measures the client, not the templates)."""
        for path in list(self._pages):
            self._rendered(path, {}, False)


def sources(base_url: str) -> list[Source]:
    """Sources for every column of a fake site served at base_url (e.g. by another process)."""
    return [Source(c.name, c.scraper, f"{base_url}/col/col{c.col}/index.html", c.title) for c in COLUMNS]


class _Server(ThreadingHTTPServer):
    """The threading server: quiet about clients that hang up, a deep accept queue."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that time out and hang up are part of the tests: stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive handler; Nagle off (else ~40 ms stalls per response)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    owner: FakeGovSite

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        self.owner.handle(self)

    def do_POST(self) -> None:  # noqa: N802 (http.server API)
        self.owner.handle(self)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@dataclass(frozen=True)
class _Reply:
    """One response; `length` larger than the body truncates it and closes the connection."""

    status: int
    body: bytes
    ctype: str | None
    headers: dict[str, str | None] | None = None
    length: int | None = None

    def write(self, request: BaseHTTPRequestHandler) -> None:
        """Send it."""
        try:
            request.send_response(self.status)
            if self.ctype:
                request.send_header("Content-Type", self.ctype)
            for name, value in (self.headers or {}).items():
                if value:
                    request.send_header(name, value)
            request.send_header("Content-Length", str(self.length if self.length is not None else len(self.body)))
            request.send_header("Server", "fakegov")
            if self.length is not None:
                request.send_header("Connection", "close")
                request.close_connection = True
            request.end_headers()
            if self.body:
                request.wfile.write(self.body)
            request.wfile.flush()
        except OSError:  # the client gave up (a timeout test)
            request.close_connection = True


def _not_modified(request: BaseHTTPRequestHandler, etag: str, modified: str | None) -> bool:
    """True when the request's validators match the current page."""
    inm = request.headers.get("If-None-Match")
    if inm:
        return etag in [t.strip() for t in inm.split(",")]
    ims = request.headers.get("If-Modified-Since")
    if ims and modified:
        try:
            return parsedate_to_datetime(modified) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False


_TRS_PAGER_CALL = re.compile(rb'<script[^>]*>createPageHTML\((\d+), (\d+), "index", "html"\);</script>')
_LIST_ITEM = re.compile(rb"<record>.*?</record>|<li class=\\?\"cf border-line\\?\">.*?</li>", re.S)


def _first_page(query: dict[str, list[str]]) -> dict[str, list[str]]:
    """A list request's query asking for page 1 instead (the API's paramJson, dataproxy's page)."""
    out = dict(query)
    for key in ("page", "currpage"):
        if key in out:
            out[key] = ["1"]
    if "paramJson" in out:
        try:
            out["paramJson"] = [json.dumps(dict(json.loads(out["paramJson"][0]), pageNo=1))]
        except (ValueError, TypeError):
            pass
    return out


# A real answer of the jpaas unit API whose template is broken (../shared/research/html/yt_p_11748_1.json)
_BROKEN_API = ('{"roles":null,"permissions":null,"success":true,"message":"生成成功","code":"200",'
               '"data":{"html":"模版内容不能为空！"},"traceId":"0C43441FBD5542ADA2FE7BF47467E894","messageType":2}').encode()
_BROKEN_PAGE = "<html><body>模版内容不能为空！</body></html>".encode()
_INDEX_N = re.compile(r"/index_(\d+)\.html$")


def _list_page_no(path: str, query: dict[str, list[str]]) -> int:
    """Which page of a list a request asks for (1 for the column page and for anything not a list page)."""
    try:
        if path == API:
            return int(json.loads(_q(query, "paramJson") or "{}").get("pageNo", 1))
        if path == DATAPROXY:
            return int(_q(query, "page") or 1)
        if path == SEARCH:
            return int(_q(query, "currpage") or 1)
    except (ValueError, TypeError, AttributeError):
        return 1
    numbered = _INDEX_N.search(path)
    return int(numbered.group(1)) + 1 if numbered else 1


def _q(query: dict[str, list[str]], key: str) -> str:
    """One query parameter ('' when absent)."""
    return (query.get(key) or [""])[0]


def _http_date(page: Page) -> str:
    """Last-Modified of a page: its publish time, one hour later per revision."""
    stamp = page.document.published_at or f"{page.document.date or '2024-01-01'} 09:00"
    moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc) - timedelta(hours=8)
    return format_datetime(moment + timedelta(hours=page.version - 1), usegmt=True)


def _filler(base: Document, pool: list[Document], i: int, ordinal: int) -> Document:
    """Filler document i of column number `ordinal`: the column's metadata, a seed-sized body from the seeds."""
    source = pool[i % len(pool)]
    k = i % len(source.paragraphs)
    paragraphs = source.paragraphs[k:] + source.paragraphs[:k]
    day = date.fromisoformat(base.date or "2024-03-26") - timedelta(days=3 * i + 1)
    published = f"{day} {9 + i % 8:02d}:{i * 7 % 60:02d}" if base.published_at else None
    return replace(
        base,
        title=f"{base.publisher}{day.year}年工作简报(第{i}期)",
        paragraphs=(f"(第{i}期){paragraphs[0]}",) + paragraphs[1:],
        index_no=f"{(base.index_no or '0').split('/')[0]}/{day.year}-{10000 * (ordinal + 1) + i}",
        date=str(day),
        published_at=published,
        url=None,
    )


# -- templates -----------------------------------------------------------------------------

def _e(text: str | None) -> str:
    """HTML-escaped text ('' for None)."""
    return html.escape(text or "", quote=True)


def _body(paragraphs: tuple[str, ...] | list[str]) -> str:
    """Body paragraphs as a CMS editor writes them: indents, full-width punctuation, &nbsp;, spans."""
    out = []
    for n, p in enumerate(paragraphs):
        text = html.escape(p.translate(_FULLWIDTH), quote=False)
        text = re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group(0)), text)
        if n % 3 == 1:  # Word-style runs around numbers
            text = re.sub(r"(\d+(?:\.\d+)?)(万元|亿元|%)", r'<span style="font-family:仿宋_GB2312">\1</span><span>\2</span>', text)
        if re.match(r"[(（][一二三四五六七八九十]+[)）]", p):
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">\u3000\u3000{text}</p>')
    return "\n".join(out)


def _head(title: str, column: Column, extra: str = "") -> str:
    """<head> of a page of the platform."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{_e(title)}</title>
<meta name="SiteName" content="{_e(column.site_name)}">
<meta name="SiteDomain" content="{column.domain}">
<meta name="ColId" content="{column.col}">
<meta name="ColumnName" content="{_e(column.title.split(' · ')[-1])}">
{extra}<script src="/cms_files/default/script/jslib/jquery.js"></script>
<script src="/script/webglobal.js"></script>
<link rel="stylesheet" href="/cms_files/default/css/iconfont.css" />
<style>.main{{width:1200px;margin:0 auto}} #zoom p{{font-size:16px;line-height:30px}}</style>
</head>
<body><div id="barrierfree_container">
<div class="g_top"><div class="w1200"><span class="logo">{_e(column.site_name)}</span>
<ul class="nav"><li><a href="/index.html">首页</a></li><li><a href="/col/col1229000001/index.html">政务公开</a></li>
<li><a href="/col/col1229000002/index.html">政务服务</a></li><li><a href="/col/col1229000003/index.html">互动交流</a></li>
<li><a href="/col/col1229000004/index.html">走进{_e(column.site_name.replace("人民政府", ""))}</a></li></ul>
<script src="/cms_files/jcms1/web{column.web_id}/site/script/0/top.js"></script></div></div>
"""


def _foot(column: Column) -> str:
    """Footer and trailing scripts."""
    return f"""
<div id="g_foot"><div class="w1200">
<p>主办单位：{_e(column.site_name)}办公室　承办单位：{_e(column.site_name)}大数据中心</p>
<p>网站标识码：3306030001　浙ICP备05010181号　浙公网安备 33060302000123号</p>
<p><a href="/col/col1229000009/index.html">网站地图</a> | <a href="/col/col1229000010/index.html">联系我们</a> | 建议使用1366×768分辨率</p>
</div></div>
<script>$(function(){{$.get("/module/visitcount/artcount.jsp?webid={column.web_id}",function(n){{$("#artcount").text(n);}});}});</script>
<script src="/cms_files/filemanager/1568154/script/juba/jubascript.js?v=4.5.12.1-ZJSJYH-U50"></script>
</div></body>
</html>
"""


def _detail(page: Page, site: FakeGovSite, layout: bool) -> str:
    """A detail page in its site's markup (a changed layout when `layout`)."""
    doc, column = page.document, page.column
    metas = (
        f'<meta name="ArticleTitle" content="{_e(doc.title)}">\n<meta name="PubDate" content="{_e(doc.published_at or doc.date)}">\n'
        f'<meta name="ContentSource" content="{_e(doc.source or doc.publisher)}">\n<meta name="Url" content="{page.path}">\n'
        '<meta id="pagetype" content="1">\n'
    )
    article = _TEMPLATES[column.template](doc, column).replace(_BODY_END, _files_html(page, doc) if page.files else "", 1)
    text = _head(doc.title or "", column, metas) + article + _foot(column)
    if layout:  # a redesign: new class names, the body no longer in #zoom, .editor-content or #UCAP-CONTENT
        for old, new in (('id="zoom"', 'class="TRS_Editor"'), ("xxgk", "gk-info"), ("editor-content", "article-text"),
                         ("UCAP-CONTENT", "article-text")):
            text = text.replace(old, new)
    return text


_BODY_END = "<!--/body-->"  # where a template's body ends: attachments go there


def _files_html(page: Page, doc: Document) -> str:
    """The attachments of a page: 附件 links under the body, or a PDF viewer script when the page has no body."""
    links = "".join(f'<p>附件{n}：<a href="{_e(href)}" target="_blank">{_e(name)}</a></p>\n'
                    for n, (name, href) in enumerate(page.files, 1))
    if doc.paragraphs:
        return links
    first = page.files[0][1]
    return (f'<div id="pdfContainer"></div>\n<script type="text/javascript">var pdfUrl = "{_e(first)}";\n'
            'PDFObject.embed(pdfUrl, "#pdfContainer");</script>\n' + links)


def _kq(doc: Document, column: Column) -> str:
    """Hanweb jpaas detail, rebuilt from the real jst.zj.gov.cn page (fixtures/pages/zj_jst_detail_xxgk.html):
    bare label cells in `table.xxgk_article` (`文　　号`), the title as text of a cell, 发布时间/信息来源/浏览次数
    cells, `td.bt_content > #zoom`, 打印本页/关闭窗口; plus, from other real pages of the family, the mobile
    copy of the metadata (GOV_SITES.md §4 kq) and the QR widget inside #zoom (yt_xxgk_art_e56815d8_detail.html)."""
    mobile = [("信息索引号", doc.index_no), ("主题分类", "政务公开"), ("发布机构", doc.publisher), ("成文日期", doc.date),
              ("文号", doc.doc_number), ("文件登记号", ""), ("公开方式", doc.disclosure), ("有效性", "")]
    items = "".join(f"<li><span>{k}:</span><p>{_e(v)}</p></li>" for k, v in mobile)
    grey = ' style="background: #f2f2f0;"'
    return f"""<div class="main"><div class="weizhi">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col1229000001/index.html">政务公开</a> &gt; <a href="/col/col{column.col}/index.html">{_e(doc.publisher)}</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
    <tr>
        <td colspan="2" align="center" class="bt-heise" style="font-size:22px; font-weight:bold;">
<table class="xxgk_article" cellspacing="0" cellpadding="0" align="center" style="border:1px solid #f2f2f0; text-align: left;">
    <tr>
        <td{grey}>索引号</td>
        <td colspan="2">{_e(doc.index_no)}</td>
        <td{grey}>发布机构</td>
        <td>{_e(doc.publisher)}</td>
    </tr>
    <tr>
        <td{grey}>公开方式</td>
        <td colspan="2">{_e(doc.disclosure)}</td>
        <td{grey}>发文日期</td>
        <td>{_e(doc.date)}</td>
    </tr>
<tr>
        <td{grey}>组配分类</td>
        <td colspan="2">{_e(doc.category)}</td>
        <td{grey}>体裁分类</td>
        <td></td>
   </tr>
                <tr>
                <td{grey}>文　　号</td>
        <td colspan="2">{_e(doc.doc_number)}</td>

    </tr>
</table>
<ul class="xxgk-m" style="display:none">{items}</ul>
            {_e(doc.title)}<br>
            <p style="height:20px;"></p>
            <hr size="2" noshade="" color="#dddddd">
        </td>
    </tr>
    <tr>
        <td colspan="2">
            <table border="0" align="center" width="90%" style="table-layout: fixed">
                <tr align="center">
                    <td> 发布时间：
                        {_e(doc.published_at)}
                    </td>
                    <td>
            信息来源：{_e(doc.source)}
                    </td>
                    <td>浏览次数:
                        <lable id="artcount"></lable>
                    </td>
                </tr>
            </table><BR>
        </BR></td>
    </tr>
    <tr>
        <td colspan="2" class="bt_content">
            <div id="zoom" style="text-align:left;font-size:15px;min-height:500px;">
{_body(doc.paragraphs)}
    <div id="qrcode" style="margin-top: 20px;text-align: center">
        <div style="font-size: 13px;color: #898989;margin-bottom: 10px;">扫一扫在手机打开当前页</div>
    </div>
<!--/body--></div><!--zoom-->
        </td>
    </tr><br>
    <tr bgcolor="#EBEBEB">
        <td align="right" style="padding-right:10px;" height="38"><a class="bt-color-wenzhang" style="color:#000;" href="javascript:window.print()">打印本页</a><a class="bt-color-wenzhang" style="color:#000;" href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a></td>
    </tr>
</table></div>
"""


def _linan(doc: Document, column: Column) -> str:
    """Hanweb jpaas 信息公开 detail, rebuilt from the real www.yantai.gov.cn page
    (fixtures/pages/yt_xxgk_art_e56815d8_detail.html): `div.xxgk_info > table.wzy_titlebox` whose label cells
    are `<b>label:<i></i></b>`, hidden 有效性 cells, a 标题 row, `div.text#zoom`, then 下载/打印/关闭/分享."""
    def label(name: str) -> str:
        return f'<td bgcolor="#f4fbff"><b>{name}:<i></i></b></td>'
    return f"""<div class="main"><div class="crumbs"><a href="/index.html">首页</a> &gt; <a href="/col/col{column.col}/index.html">{_e(doc.publisher)}</a></div>
            <div class="xxgk_info">
<table class="wzy_titlebox" cellspacing="0" cellpadding="0" align="center">
    <tbody><tr>
        {label("索引号")}
        <td width="40%">
{_e(doc.index_no)}
</td>
        {label("公开方式")}
        <td width="40%">{_e(doc.disclosure)}</td>
    </tr>
    <tr>
        {label("公开范围")}
        <td>面向社会</td>
        {label("公开时限")}
        <td>长期公开</td>
    </tr>
    <tr>
        {label("发布单位")}
        <td>{_e(doc.publisher)}</td>
        {label("有效性")}
        <td class="sxrq"></td>
        <td class="fzrq"></td>
        <td class="yxx" title="">有效</td>
    </tr>
    <tr>
        {label("发文日期")}
        <td>{_e(doc.date)}</td>
    </tr>
    <tr>
        {label("标题")}
        <td class="gjc" colspan="3">{_e(doc.title)}</td>
    </tr>
</tbody></table>
<style>
    .sxrq{{
        display: none!important;
    }}
</style>
            </div>
            <div class="con_box clearfix">
                <div class="main_left">
<script language="javascript">
    function doZoom(size) {{
        document.getElementById('zoom').style.fontSize = size + 'px'
    }}
</script>
<div class="text" id="zoom">
{_body(doc.paragraphs)}
    <div id="qrcode" style="margin-top: 20px;text-align: center">
        <div style="font-size: 13px;color: #898989;margin-bottom: 10px;">扫一扫在手机打开当前页</div>
    </div>
<!--/body--></div><!--zoom-->
<div class="other">
    <a href="javascript:window.print()" class="print">打印</a>
    <a href="javascript:window.close()" class="close">关闭</a>
    分享：
    <div class=" share" id="share-2"></div>
</div>
</div></div></div>
"""


def _trs(doc: Document, column: Column) -> str:
    """TRS WCM 信息公开 detail, rebuilt from two real www.gov.cn pages: the metadata of
    fixtures/pages/govcn_c888766b_trs_xxgk_EXCERPT.html (`table.bd1` of `<b>索 引 号：</b>` label cells, two pairs a
    row, a 标　　题 row, dates written 2023年06月16日; printed again for phones as `div.pchide.abstract` h2 + p), then the
    article of fixtures/pages/govcn_15a4b840_trs_EXCERPT.html (`h1#ti`, the unlabeled publish time and a `来源：`
    span in `div.pages-date` with 字号/打印/share, `#UCAP-CONTENT > .TRS_UEDITOR`, 【我要纠错】/责任编辑, 相关稿件).
    The labels are the ones the shangyu capture shows (公开日期 with its time, 发布单位: GOV_SITES.md §4)."""
    pairs = [("索 引 号", doc.index_no), ("公开方式", doc.disclosure), ("发布单位", doc.publisher),
             ("公开日期", doc.published_at or doc.date), ("标　　题", doc.title), ("主题分类", doc.category),
             ("发文字号", doc.doc_number)]
    rows, row = [], []
    for label, value in pairs:
        if label.startswith("标"):
            rows.append(f'<tr>\n                  <td><b>{label}：</b></td>\n                  <td colspan="3">{_e(value)}</td>\n                </tr>')
            continue
        row.append(f'<td class="w90"><b>{label}：</b></td>\n                  <td class="w340">{_e(value)}</td>')
        if len(row) == 2:
            rows.append("<tr>\n                  " + "\n                  ".join(row) + "\n                </tr>")
            row = []
    if row:
        rows.append("<tr>\n                  " + row[0] + "\n                </tr>")
    mobile = "\n".join(f"        <h2>{label}：</h2>\n        <p>{_e(value)}</p>" for label, value in pairs)
    source = f"""
                <span class="font">来源： 
                    {_e(doc.source)}
                </span>""" if doc.source else ""
    return f"""<div style="display:none">{_e(doc.published_at or doc.date)}</div>
<div class="container sj_container">
  <div class="sj_box sj_index_box">
    <div class="BreadcrumbNav">
        <a href="/" target="_blank">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col{column.col}/index.html" class="specail-link" target="_blank">信息公开</a>&nbsp;&nbsp;&gt;&nbsp;{_e(doc.publisher)}
    </div>
    <div class="wrap mxxgkwrap mxxgkwrap_gwywj">
      <div class="mhide pctoubukuang1">
        <table width="100%" cellpadding="0" cellspacing="0" class="border-table">
          <tbody>
          <tr>
            <td>
              <table width="90%" border="0" cellpadding="0" cellspacing="0" class="bd1">
                <tbody>
                {chr(10).join(rows)}
                </tbody>
              </table>
            </td>
          </tr>
          </tbody>
        </table>
      </div>
      <div class="pchide abstract mxxgkabstract">
{mobile}
      </div>
    </div>
    <div class="article oneColumn">
            <h1 id="ti">
                {_e(doc.title)}
            </h1>
            <div class="pages-date">
                {_e(doc.published_at or doc.date)}{source}
                <div class="pages_print mhide">
                    <span class="font index_switchsize">字号：<span class="default on">默认</span>
                        <span class="big">大</span>
                        <span class="bigger">超大</span>
                    </span>
                    <span class="split">|</span>
                    <span class="font printIco" onclick="forPrintEventListenerFn('beforeprint')" >打印</span>
                    <span class="split">|</span>
                    <div class="share" id="share">
                        <div class="share-box" id="share-box">
                          <a class="share-btn gwds_tsina" data-w="gwds_tsina" title="新浪微博">&nbsp;</a>
                          <a class="share-btn gwds_weixin" data-w="gwds_weixin" title="微信">&nbsp;</a>
                        </div>
                    </div>
                </div>
            </div>

            <div class="pages_content" id="UCAP-CONTENT">
                <div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{_body(doc.paragraphs)}
<!--/body--></div>
                <div style="display:none">
                    
                </div>
            </div>

            <div class="editor">
                <span><a href="/fuwu/jiucuo.htm" target="_blank">【我要纠错】</a></span><span class="zrbj">责任编辑：{_e(doc.publisher)}</span>
            </div>
            <div class="pageInfo pageGray" id="pagination"></div>
            <div class="xg-list related">
                <div class="pannel-title">相关稿件</div>
                <ul class="list01">
                    
                </ul>
            </div>
    </div>
  </div>
</div>
"""


def _mohurd(doc: Document, column: Column) -> str:
    """Hanweb jpaas 信息公开 detail in the `li > span.title + p.text` layout, rebuilt from the real www.mohurd.gov.cn
    page (fixtures/pages/mohurd_art_0be53fbd_xxgk_detail.html): `div.centralInfo-box` of `div.info-list` columns with
    spaced labels (索 引 号, 文　　号, 分　　类), the title in a 公文名称 row and again in `h3.title-text`, 选择字体/
    发布时间 (with seconds)/分享 spans (and a 来源 span as the real Yantai jpaas pages print it, yt_art_aj.html),
    the body in `div.editor-content`, then 关闭窗口/打印本页 buttons."""
    def item(label: str, value: str | None) -> str:
        return f"""                    <li>
                        <span class="title">{label}：</span>
                        <p class="text">{_e(value)}</p>
                    </li>
"""
    left = item("索 引 号", doc.index_no) + item("发文单位", doc.publisher) + item("文　　号", doc.doc_number) + item("公开方式", doc.disclosure)
    right = item("分　　类", doc.category) + item("发文日期", doc.date) + item("主 题 词", "") + item("废止日期", "")
    shown = f"{doc.published_at}:00" if doc.published_at else ""
    source = f'\n                <span class="info">来源：{_e(doc.source)}</span>' if doc.source else ""
    return f"""<div class="main"><div class="indexNewsDetail-wrapper"><div class="row clear" id="printContent"><div class="centralFile-wrapper">
    <div class="centralInfo-box">
        <div class="info-list mb10">
            <ul>
                <li>
                    <span class="title">公文名称：</span>
                    <p class="text" style="max-width: 92%;white-space: pre-wrap;">{_e(doc.title)}</p>
                </li>
            </ul>
        </div>
        <div class="clear">
            <div class="info-list info-left">
                <ul>
{left}                </ul>
            </div>
            <div class="info-list info-right">
                <ul>
{right}                </ul>
            </div>
        </div>
        <div class="info-list mt10">
            <ul>
            </ul>
        </div>
    </div>
    <div class="editorContent-box">
        <div class="editorContent-top">
            <div class="content-title">
                <div class="title">
                    <h3 class="title-text" id="share-title"><p>{_e(doc.title)}</p></h3>
                </div>
            </div>
            <div class="editorContent-info">
                <span class="info">
                    选择字体：[<span class="set-font" data-font="lg">大</span>-<span class="set-font" data-font="md">中</span>-<span class="set-font" data-font="sm">小</span>]
                </span>
                <span class="info">发布时间：{shown}</span>{source}
                <span class="info share-box" id="toShare"> 分享：</span>
            </div>
        </div>
        <div class="editor-content">
{_body(doc.paragraphs)}
<!--/body--></div>
        <div class="editorContent-tool tr">
          <button class="toolBtn" onclick="window.close()">关闭窗口</button>
          <button class="toolBtn" onclick="printDiv('printContent')">打印本页</button>
        </div>
    </div>
</div></div></div></div>
"""


def _jcms(doc: Document, column: Column) -> str:
    """Hanweb jcms detail: the `table.xxgk_article` / `td.title` / `td.bt_content > div#zoom` template of the real
    jst.zj.gov.cn page (jpaas kept the jcms template), with what GOV_SITES.md §3 records of old jcms detail pages
    from public scrapers (no saved jcms detail page was found): fields between `<!--<$[信息来源]>begin-->` and
    `end-->` comments, the body between `<!--ZJEG_RSS.content.begin--><meta name="ContentStart">` and
    `<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->`."""
    def field(name: str, value: str | None) -> str:
        return f"<!--<$[{name}]>begin-->{_e(value)}<!--<$[{name}]>end-->"
    cells = [("索引号", doc.index_no), ("发布机构", doc.publisher), ("公开方式", doc.disclosure), ("生成日期", doc.date),
             ("组配分类", doc.category), ("文号", doc.doc_number)]
    rows = "".join(f'<tr><td class="label">{a}：</td><td>{field(a, x)}</td><td class="label">{b}：</td><td>{field(b, y)}</td></tr>\n'
                   for (a, x), (b, y) in zip(cells[::2], cells[1::2]))
    return f"""<div class="main"><table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><table class="xxgk_article" width="100%" cellspacing="0" cellpadding="0">
{rows}</table></td></tr>
<tr><td class="title" align="center">{field("标题名称", doc.title)}</td></tr>
<tr><td align="center">发布时间：{_e(doc.published_at)}　信息来源：{field("信息来源", doc.source)}　浏览次数：<span id="artcount"></span></td></tr>
<tr><td class="bt_content"><div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{_body(doc.paragraphs)}
<!--/body--><meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div></td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table></div>
"""


_TEMPLATES = {"kq": _kq, "linan": _linan, "mohurd": _mohurd, "jcms": _jcms, "trs": _trs}


def _shell(column: Column, layout: bool) -> str:
    """A jpaas column page: a JavaScript shell whose unit script loads the list from the API."""
    query = {"parseType": "bulidstatic", "webId": column.web_id, "tplSetId": f"tpl{column.web_id}x", "pageType": "column",
             "tagId": column.tag_id, "editType": "null", "pageId": column.col}
    qd = json.dumps(query, ensure_ascii=False).replace('"', "'")
    unit = hashlib.md5(column.col.encode()).hexdigest()
    menu = ""
    if column.template == "kq":  # a second unit (the side menu), as on catalogue pages
        menu_query = dict(query, tagId="左侧导航")
        menu = (f'<script id="m{unit}" src="/cms_files/default/script/AuthorizedRead/unitbuild.js" '
                f'url="{API}" queryData="{_e(json.dumps(menu_query, ensure_ascii=False).replace(chr(34), chr(39)))}"></script>\n')
    script = "" if layout else (
        f'<script>var authorizedReadUnitId = "{unit}";</script><script id="{unit}" '
        f'src="/cms_files/default/script/AuthorizedRead/unitbuild.js?v=4.5.12.1-ZJSJYH-U50" webId="{column.web_id}" '
        f'parseType="bulidstatic" url="{API}" queryData="{_e(qd)}"></script>'
    )
    return (_head(column.title.split(" · ")[-1], column, '<meta id="pagetype" content="2">\n')
            + f'<div class="main"><div class="fl ty_con_l">{menu}</div><div class="fr ty_con_r">{script}</div></div>'
            + _foot(column))


def _api_html(column: Column, site: FakeGovSite, page_no: int, size: int, layout: bool) -> str:
    """The html of one API page: items and the pagination div."""
    items = site.listing(column)
    chunk = items[(page_no - 1) * size : page_no * size]
    if layout:
        lis = "".join(f'<div class="list-item"><a href="{_e(h)}">{_e(t)}</a><i>{d}</i></div>' for h, t, d in chunk)
        return f'<div id="{_e(column.tag_id)}"><div class="list-box">{lis}</div></div>'
    lis = "\n".join(
        f'<li class="cf border-line"><a class="fl" href="{_e(h)}" title="{_e(t)}" target="_blank">{_e(t)}</a>'
        f'<span class="fr">{d}</span></li>'
        for h, t, d in chunk
    )
    qd = _e(json.dumps({"webId": column.web_id, "pageId": column.col, "tagId": column.tag_id}, ensure_ascii=False).replace('"', "'"))
    return (f'<div id="{_e(column.tag_id)}"><div class="page-content"><ul class="ajax-ul">\n{lis}\n</ul></div>'
            f'<div class="pagination" queryData="{qd}" rows="{size}" count="{len(items)}" pageNo="{page_no}" '
            f'unitid="{_e(column.tag_id)}" unitUrl="{API}"></div></div>')


def _records(items: list[tuple[str, str, str]]) -> str:
    """jcms <record> elements, as the real Jiangsu column page prints them (js_jst_col8639_jcms_list.html)."""
    return "".join(
        f'<record><![CDATA[\n<li><a href="{h}" target="_blank" title="{_e(t)}">{_e(t)} </a><span class="bt-right">{d}</span></li>]]></record>\n'
        for h, t, d in items
    )


JCMS_PER_PAGE = 15


def _jcms_column(column: Column, site: FakeGovSite, layout: bool) -> str:
    """An old jcms column page as the real Jiangsu one (js_jst_col8639_jcms_list.html): page 1 embedded as
    <datastore> XML, a pager function holding a placeholder totalRecord:1000, then the jpage() call that runs."""
    items = site.listing(column)
    proxy = (f"{DATAPROXY}?page=1&amp;appid=1&amp;webid={column.web_id}&amp;path=/&amp;columnid={column.col}"
             f"&amp;unitid={column.unit_id}&amp;webname={_e(column.site_name)}&amp;permissiontype=0")
    store = "" if layout else (
        f'<div id="{column.unit_id}"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="{proxy}"></a>]]></nextgroup>'
        f"<recordset>\n{_records(items[:JCMS_PER_PAGE])}</recordset></datastore></script></div>"
        f"<script>var param_{column.unit_id}={{col:1,webid:{column.web_id},path:'/',columnid:{column.col},sourceContentType:1,"
        f"unitid:'{column.unit_id}',webname:'{_e(column.site_name)}',permissiontype:0}};"
        # as the real Jiangsu page: a pager function holding a placeholder total, then the call that runs
        f"function jpage_{column.unit_id}(){{$('#jpageform_{column.unit_id} :input').each(function(){{param_{column.unit_id}"
        f"[$(this).attr('name')]=$(this).val();}});$('#{column.unit_id}').jpage({{themeName:'default',showMode:'full',"
        f"totalRecord:1000,openCookies:false,dataBefore:'',dataAfter:'',groupSize:3,proxyUrl:'{DATAPROXY}',"
        f"perPage:{JCMS_PER_PAGE},barPosition:'bottom',ajaxParam:param_{column.unit_id}}});}}"
        f"$(function(){{$('#{column.unit_id}').jpage({{themeName:'default',showMode:'full',totalRecord:{len(items)},"
        f"openCookies:false,dataBefore:'',dataStore:$('#{column.unit_id}').children('script').html(),dataAfter:'',"
        f"groupSize:3,proxyUrl:'{DATAPROXY}',perPage:{JCMS_PER_PAGE},barPosition:'bottom',ajaxParam:param_{column.unit_id}}});}});</script>"
    )
    return _head(column.title.split(" · ")[-1], column) + f'<div class="main"><div class="list">{store}</div></div>' + _foot(column)


XXGK_PER_PAGE = 20


def _xxgk_column(column: Column, site: FakeGovSite, layout: bool) -> str:
    """A jcms 信息公开目录 column page as the real Jiangsu one (js_jst_col49384_xxgk_dynamic.html): an empty div and
    the script whose loadDynamic() loads search.jsp into it, with the `number` of the column URL as infotypeId."""
    div = f"div{column.unit_id}"
    script = "" if layout else (
        f"<script language='javascript' src='/module/xxgk/script/dynamic.js'></script>\n"
        f"<div id='{div}' name='{div}'></div><script language='javascript'>function getQueryString(name){{var reg=new "
        f"RegExp('(^|&)'+name+'=([^&]*)(&|$)');var r=window.location.search.substr(1).match(reg);if(r!=null)return r[2];"
        f"else return null;}}$(function(){{ var a=getQueryString('number');if(a==null){{a='';}}var b=getQueryString('title');"
        f"if(b==null){{b='';}}var c=getQueryString('index');if(c==null){{c='';}}loadDynamic('{SEARCH}?infotypeId='+a+"
        f"'&vc_title='+encodeURI(b)+'&vc_number='+c+'&area=', '{div}', '0','0','286645','34','',''); }});</script>"
    )
    return _head(column.title.split(" · ")[-1], column) + f'<div class="main"><div class="ztlist">{script}</div></div>' + _foot(column)


def _search(column: Column, site: FakeGovSite, page: int) -> str:
    """One search.jsp answer as the real Shandong one (sdzjt_xxgk_search_SD1003.html): the hidden search form its
    pager posts back, `<li><a title>..</a><b>date</b></li>` items, 共N条记录 and 共 N 页, the pageForm pager."""
    items = site.listing(column)
    pages = max(1, -(-len(items) // XXGK_PER_PAGE))
    chunk = items[(page - 1) * XXGK_PER_PAGE : page * XXGK_PER_PAGE]
    lis = "".join(f'\n\t<li>\n\t\t<a title="{_e(t)}" target="_blank" href="{_e(h)}">{_e(t)}</a>\n\t\t<b>{d}</b>\n\t</li>\n'
                  for h, t, d in chunk)
    fields = {"infotypeId": "", "jdid": column.web_id, "divid": f"div{column.unit_id}", "area": "",
              "sortfield": "top:0,compaltedate:0", "strSearchUrl": SEARCH, "standardXxgk": "1"}
    hidden = "".join(f'\n\t\t \t<input type="hidden" name="{k}" id="{k}" value="{_e(v)}">' for k, v in fields.items())
    go = "".join(f"<a class=\"pgBtn\" href=\"Javascript:funGoPage('{SEARCH}',{n});\">{label}</a>"
                 for n, label in ((1, "首 页"), (min(page + 1, pages), "下一页"), (pages, "尾 页")))
    return (f'<table width="100%" align="center">\n<tr>\n\t<td>\n\t\t <form id="searchform" name="searchform" action="" '
            f'method="post">{hidden}\n\t\t</form>\n\t\t<div class="zfxxgk_item">\n\t\t<div class="zfxxgk_zdgkc" '
            f'style="padding-left:20px;">\n\t\t    <ul>{lis}\n\t\t    </ul>\n\t    </div>\n</div>\n'
            f"\t\t<TABLE width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" class='tb_title'><FORM method=\"post\" "
            f"name='pageForm' action='{SEARCH}' onsubmit=\"funGo('{SEARCH}');\"><TR><TD align=\"right\" width='45%'>{go}</TD>"
            f"<TD align=\"left\" width='55%'><TABLE border='0' cellspacing='0' cellpadding='0'><TR><TD><span >&nbsp;&nbsp;"
            f"共{len(items)}条记录&nbsp;&nbsp;第&nbsp;</span></TD><TD><input type='text' name='currpage' id='currpage' "
            f"class='inp_page current' size='1' maxlength='2' value='{page}'></TD><TD><span >&nbsp;页&nbsp;/&nbsp;共&nbsp;"
            f"{pages}&nbsp;页&nbsp;</span></TD></TR></TABLE></TD></TR></FORM></TABLE>\n\t</td>\n</tr>\n</table>\n")


TRS_PER_PAGE = 20


def _trs_list(column: Column, site: FakeGovSite, index: int, layout: bool) -> str | None:
    """One static list page of a TRS WCM column (index.html, index_1.html, ...): dated links, and the pager script
    TRS writes, `createPageHTML(pages, current, "index", "html")` with `current` counted from 0. Built from that
    call (../shared/research/GOV_SITES.md, scrapers/htmllist.py), not from a saved page: no real TRS list page was
    found in the public collections (tests/fixtures/pages/PROVENANCE.md); None past the last page (a 404)."""
    items = site.listing(column)
    pages = max(1, -(-len(items) // TRS_PER_PAGE))
    if index >= pages:
        return None
    chunk = items[index * TRS_PER_PAGE : (index + 1) * TRS_PER_PAGE]
    if layout:
        lis = "".join(f'<div class="list-item"><a href="{_e(h)}">{_e(t)}</a></div>\n' for h, t, d in chunk)
    else:
        lis = "".join(f'<li><a href="{_e(h)}" target="_blank" title="{_e(t)}">{_e(t)}</a><span>{d}</span></li>\n'
                      for h, t, d in chunk)
    pager = f'<script type="text/javascript">createPageHTML({pages}, {index}, "index", "html");</script>'
    return (_head(column.title.split(" · ")[-1], column)
            + f'<div class="main"><div class="list_con"><ul class="list">\n{lis}</ul>\n<div class="page">{pager}</div></div></div>'
            + _foot(column))


def _script_pager(call: re.Match) -> bytes:
    """A TRS pager call written as a pager only a script follows: 共N页 and 下一页 calling goPage(the next page)."""
    pages, index = int(call.group(1)), int(call.group(2))
    return f'<span>共{pages}页</span> <a href="javascript:void(0);" onclick="goPage({index + 2})">下一页</a>'.encode()


def _script_next(call: re.Match) -> bytes:
    """A TRS pager call written as a 下一页 running goPage(the next page): no count, no address; none on the last."""
    pages, index = int(call.group(1)), int(call.group(2))
    return f'<a href="javascript:goPage({index + 2})">下一页</a>'.encode() if index + 1 < pages else b""


def _front_page(site: FakeGovSite) -> str:
    """The portal's front page: its newest documents of every column as dated links (最新信息), as portals print them."""
    items = sorted((i for c in COLUMNS for i in site.listing(c) if i[0].startswith("/")), key=lambda i: i[2], reverse=True)
    lis = "".join(f'<li><a href="{_e(h)}" target="_blank" title="{_e(t)}">{_e(t)}</a><span>{d}</span></li>\n'
                  for h, t, d in items[:10])
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>首页</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/col/">政务公开</a></div>'
            f'<div class="news"><h3>最新信息</h3><ul>\n{lis}</ul></div></body></html>')


def _dataproxy(column: Column, site: FakeGovSite, page: int) -> str:
    """One dataproxy.jsp page of a jcms column."""
    items = site.listing(column)
    pages = max(1, -(-len(items) // JCMS_PER_PAGE))
    chunk = items[(page - 1) * JCMS_PER_PAGE : page * JCMS_PER_PAGE]
    return (f'<?xml version="1.0" encoding="GBK"?>\n<datastore>\n<totalrecord>{len(items)}</totalrecord>\n'
            f"<totalpage>{pages}</totalpage>\n<recordset>\n{_records(chunk)}</recordset>\n</datastore>\n")


# How a real server of the family answers a request by the wrong method (jst.zj.gov.cn, HTTP 200:
# ../shared/research/html/zjjst_api_error_unsupported_method.json)
_WRONG_METHOD = ('{"roles":null,"permissions":null,"success":false,"message":"不支持的HTTP方法","code":"200","data":{},'
                 '"traceId":"47cf0b93a0224d20b5286691b7c02c52","messageType":0}').encode()
_WAF_PAGE = """<html><head><meta charset="utf-8"><meta http-equiv="Pragma" content="no-cache">
<script type="text/javascript">$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=63421;$_ts.cd="qnGrrAAlx";</script>
<script type="text/javascript" src="/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js" charset="utf-8"></script></head><body></body></html>"""
_CHALLENGE_PAGE = """<html><head><meta charset="utf-8"></head><body><script>var arg1='2F1B9C3D5E7A';
function setCookie(name,value){document.cookie=name+'='+value+';path=/';}
setCookie('acw_sc__v2', arg1);window.location.reload();</script></body></html>"""
_NOT_FOUND_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 页面不存在</title></head>
<body><div class="err"><h2>抱歉，您访问的页面不存在或已删除！</h2><a href="/index.html">返回首页</a></div></body></html>"""


def main(argv: list[str] | None = None) -> None:
    """Serve the fake site until interrupted; prints its base URL first."""
    parser = argparse.ArgumentParser(prog="python -m support.fakesite", description=__doc__.splitlines()[0])
    parser.add_argument("--fillers", type=int, default=32, help="filler documents per column (default 32)")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    site = FakeGovSite(fillers=args.fillers, port=args.port)
    site.prerender()
    site.start()
    print(site.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        site.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
