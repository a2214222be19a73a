"""A plain HTML list: the column page itself lists its documents as links with dates (TRS and other CMSs).

The list is the element holding the most items (`li`, `tr`, `dd`, `p`, or a bare `div` row: `div > a + p` on county
sites' own CMSs) that each show one link and a date (a row may also hold a hidden box of a few undated related links,
www.ndrc.gov.cn's `div.popbox` of 相关解读: they are not entries, and do not make the row a box of rows): at least 3,
or 1 on a later page (one TRS's pager numbers, or whose 上一页 leads somewhere). A sidebar of menu links without
dates is never it, nor, on a page without any pager, a box
whose 更多/浏览更多 link leads to another column (an overview page previewing its sub-columns: an error naming that column),
nor the boxes of a page that says it is an overview (Hanweb jcms: `<body alt="综合页">`; an error naming the column the
longest box's tab or title links to). A link without a title attribute is titled by its text, less the date when it
wraps the whole row. TRS's 动静结合 template (avalon `list2.trsapi`) prints its list in blocks of five, each a
`$showStatic(N)` block (`div[ms-visible="$showStatic(6)"] > ul > li`, or the `ul` itself): the blocks are one list,
`recordCount:'39'` of its `pageChnlInfo` script its total (the entries past the printed blocks come from a search API
the monitor does not read, so a stated total above them says the list is incomplete). A row printing only month and
day (`10-19`, TRS county templates) takes its year from its link when the link's date folder
(`./201710/t20171019_398276.html`, Hanweb `/art/2017/10/19/`) is of that month.

The next page is the link reading 下一页/下页/后页 nearest the list (a page of several tabbed lists prints a pager under
each), its address in `href`, else in a `tagname` attribute or the page named in its `onclick` call (Huilan easysite:
`<a title="下一页" onclick="queryArticleByCondition(this,'/x/d89c1422-2.shtml')" tagname="/x/d89c1422-2.shtml">`; on the
last page `tagname="[NEXTPAGE]"`, no next page); else TRS's `createPageHTML(pages, current, "index", "html")` (pages
`index.html`, `index_1.html`, ...) or `createPageHTML('page_div', pages, page, 'list', 'shtml', total)` (page counted
from 1: `list.shtml`, `list_2.shtml`, ...) or the same pager written by the page's own script (`var currentPage = 0`,
`var countPage = 2`, or each in `Number("0")`, then `document.write(... "index"+"_" + nextPage + "."+"html" ...)`);
else the script pager of the `nN/nM` column CMS (mps.gov.cn, county sites: `var purl="../../n3/n13/index_958"` and
`document.cookie="maxPageNum958=199"`), whose pages count down from the newest (`index.html`, then
`index_958_198.html` … `index_958_1.html`). A stated `共N条` (`共计：N条`, `共有N条`, `总记录数：N`; or the page_div
call's last number, or the records a pager script divides into pages: NFCMS's `var totalPage = Math.ceil(1071/20)`,
the pages it links then capped at `pages_limit=20`) is the list's total; the `共N页` (`共计 N 页`, or the page over
the pages, `1/30页`) printed in the pager of the list's own 下一页 link (or the page count of a TRS pager script) are
the pages it announces, so that a list ending before them (a 下一页 that only calls a script, `onclick="goPage(2)"`) is
reported, not cut short silently; a 下一页 that only calls a script on a list stating no count is said to be one
(`ListPage.scripted`: the run warns that later pages, if any, are not watched).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.scraper import Entry, ListPage, Scraper, list_date, text_of

_TRS_PAGER = re.compile(r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]")
_TRS_DIV_PAGER = re.compile(r"createPageHTML\(\s*['\"][\w-]+['\"]\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,"
                            r"\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]\s*,\s*['\"]?(\d+)")  # ('page_div', pages, page, …, total)
_WRITE_PAGES = re.compile(r"""\bcountPage\s*=\s*(?:Number\(\s*["']?)?(\d+)""")  # var countPage = 2, = Number("34")
_WRITE_CURRENT = re.compile(r"""\bcurrentPage\s*=\s*(?:Number\(\s*["']?)?(\d+)""")  # var currentPage = 0, = Number("0")
_WRITE_NEXT = re.compile(r"""([\w-]+)(?:["']\s*\+\s*["'])?_["']\s*\+\s*nextPage\s*\+\s*["']\.(?:["']\s*\+\s*["'])?(\w+)""")
_TOTAL = re.compile(r"(?:共[计有]?\s*:?\s*(?=\d+\s*条)|总记录数\s*:?\s*)(\d+)")  # 共47条, 共计:47条, 共有47条, 总记录数:47
_PAGES = re.compile(r"(?:共计?\s*:?\s*|(?<![\d/])\d+\s*/\s*)(\d+)\s*页")  # a pager's pages: 共19页, 共计 2 页, 1/30页
_CEIL_TOTAL = re.compile(r"\w*[Pp]age\w*\s*=\s*Math\.ceil\(\s*(\d+)\s*/\s*\d+\s*\)")  # NFCMS: totalPage = Math.ceil(1071/20)
_RECORD_COUNT = re.compile(r"""recordCount\s*:\s*['"]?(\d+)""")  # TRS 动静结合: var pageChnlInfo={… recordCount:'39', …}
_DATE_ONLY = re.compile(r"[\[(]?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\])]?")  # a row's date, printed alone
_BLOCK = "$showStatic("  # TRS 动静结合: the ms-visible of each printed block of a list
_COUNTDOWN = re.compile(r"""purl\s*=\s*["']([^"']+)["'].*?maxPageNum\d*\s*=\s*(\d+)\s*["']""", re.S)
_COUNTDOWN_PAGE = re.compile(r"(/index_\d+)_(\d+)\.html$")  # a later page of the maxPageNum pager: index_958_198.html
_MONTH_DAY = re.compile(r"(?<![\d.-])(\d{1,2})-(\d{1,2})(?![\d.-])")
_LINK_MONTH = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])/|/art/((?:19|20)\d{2})/(\d{1,2})/")  # TRS /201710/, Hanweb /art/2017/10/
_NEXT = {"下一页", "下页", "后页", "下一页>", "下一页>>", ">"}
_PREVIOUS = {"上一页", "上页", "前页", "<上一页", "<<上一页", "<"}
_MORE = {"更多", "浏览更多", "查看更多", "more"}  # a preview box's link to its column, once >> and spaces are gone
PREVIEW_DEPTH = 3  # a preview box's 更多 link sits within three levels above its list
OVERVIEW = "综合页"  # Hanweb jcms names an overview page's type: <body id="page_type" alt="综合页">
_NO_SCRIPT = re.compile(r"(?:void\s*\(\s*0?\s*\)|return\s+false|;|\s)*", re.I)  # a dead link's script: void(0);
_CALLED_PAGE = re.compile(r"""['"]((?:https?://|\.{0,2}/)[^'"\s]+)['"]""")  # the page an onclick call opens
MIN_ITEMS = 3  # fewer dated links is not a list
ROW_LINKS = 10  # a row with a box of its related links holds a few; an element with more is a box of rows


class HtmlListScraper(Scraper):
    """Lists printed in the column page's HTML, paged by links or TRS's createPageHTML()."""

    key = "html-list"
    settings = ("max_pages", "items")
    css_settings = ("items",)
    items: str = ""  # a CSS selector of the list's items, for a list the page prints without dates

    def parse_list(self, text: str, url: str) -> ListPage:
        """The dated links of the page's main list (or the links of `items`), the next page and the stated total."""
        tree = LexborHTMLParser(text)
        nexts, previous = pager_links(tree)
        if self.items:
            items = declared_items(tree, self.items)
            if not items:
                raise self.error(url, f"the items selector {self.items!r} matched no element with a link "
                                      "(params.items of the source)")
        else:
            pager = trs_pager(text)
            later = pager.later if pager else (any(_goes_elsewhere(a, url) for a in previous)
                                               or bool(_COUNTDOWN_PAGE.search(url)))
            least = 1 if later else MIN_ITEMS  # a later page of a list may end it with 1 or 2
            items = list_items(tree, least)
            if not items:
                raise self.error(url, f"no list of at least {least} dated link{'s' if least > 1 else ''} "
                                      "(li/tr/dd/p/div with one link and a date; for a list without dates, declare "
                                      "scraper = \"html-list\" and params = { items = \"CSS selector\" })")
        entries = []
        for item, a in items:
            entries.append(Entry(urljoin(url, a.attributes["href"]), link_title(a),
                                 item_date(text_of(item), a.attributes["href"])))
        shown = text_of(tree.body) if tree.body else ""
        stated, pager = _TOTAL.search(shown) or record_count(text) or ceil_total(text), trs_pager(text)
        total = int(stated.group(1)) if stated else pager.total if pager else None
        own = own_links(nexts, items[0][0].parent)
        next_url = next_page(own, text, url)
        if not (self.items or nexts or previous or total is not None or next_url or pager):
            more = more_link(items[0][0].parent, url)
            if more:
                raise self.error(url, f"its only dated links preview another column, whose 更多 link goes to {more}: "
                                      "watch that column's page")
            if tree.body is not None and tree.body.attributes.get("alt") == OVERVIEW:
                column = heading_link(items[0][0].parent, url) or "another column"
                raise self.error(url, f'a 综合页 (body alt="综合页", an overview of other columns) has no list of its own; '
                                      f"its longest box previews {column}: watch that column's page")
        scripted = None if next_url else next((c for c in map(script_call, own) if c), None)
        return ListPage(tuple(entries), next_url, total, pages=stated_pages(own, items[0][0].parent, pager),
                        scripted=scripted)


def list_items(tree: LexborHTMLParser, least: int = MIN_ITEMS) -> list[tuple[LexborNode, LexborNode]]:
    """(item, link) of the element holding the most dated single-link items, in page order; [] when none has `least`."""
    groups: dict[int, list[tuple[LexborNode, LexborNode]]] = {}
    for item in tree.css("li, tr, dd, p, div"):
        links = [a for a in item.css("a[href]") if not a.attributes["href"].lower().startswith(("javascript", "#"))]
        inner = [n for n in item.css("li, tr, dd") if n.mem_id != item.mem_id]
        if inner and not related_box(inner, links):
            continue
        if inner:  # the links of a row's box of related links are not entries of the list
            links = [a for a in links if not any(_within(a, n) for n in inner)]
        if len(links) != 1:
            continue
        if item_date(row_text(item, inner) if inner else text_of(item), links[0].attributes["href"]):
            groups.setdefault(list_of(item), []).append((item, links[0]))
    best = max(groups.values(), key=len, default=[])
    return best if len(best) >= least else []


def related_box(inner: list[LexborNode], links: list[LexborNode]) -> bool:
    """True when an element's nested rows are a row's box of a few related links (www.ndrc.gov.cn: `div.popbox` of
    相关解读), none dated: dated rows, or many, make the element a box of rows, not a row."""
    return len(links) <= ROW_LINKS and len(inner) < ROW_LINKS and not any(list_date(text_of(n)) for n in inner)


def row_text(item: LexborNode, inner: list[LexborNode]) -> str:
    """A row's own text: that of its children holding none of its nested rows (its box of related links)."""
    own = (child for child in item.iter(include_text=True) if not any(_within(n, child) for n in inner))
    return " ".join(text_of(child) for child in own)


def link_title(a: LexborNode) -> str:
    """A list link's title: its title attribute, else its text less the date an element inside it prints alone
    (a link wrapping the whole row: stats.gov.cn's `a > span > font.cont_tit03 title + font.cont_tit02 date`)."""
    title = a.attributes.get("title")
    if title:
        return title
    text = text_of(a)
    if not any(c.isdigit() for c in text):
        return text
    for node in a.css("*"):
        shown = text_of(node)
        if shown and shown != text and _DATE_ONLY.fullmatch(shown):
            head, _, tail = text.rpartition(shown)
            return f"{head.strip()} {tail.strip()}".strip()
    return text


def record_count(text: str) -> re.Match | None:
    """The `recordCount:'39'` of a TRS 动静结合 page's `pageChnlInfo` script (other scripts' recordCount say nothing)."""
    return _RECORD_COUNT.search(text, text.index("pageChnlInfo")) if "pageChnlInfo" in text else None


def ceil_total(text: str) -> re.Match | None:
    """The records of a pager script counting its pages from them (NFCMS: `var totalPage = Math.ceil(1071/20)`)."""
    return _CEIL_TOTAL.search(text) if "Math.ceil(" in text else None


def list_of(item: LexborNode) -> int:
    """The id of the element an item's list is: its parent, or what holds the parent's TRS `$showStatic(N)` blocks."""
    parent = item.parent
    if parent is None:
        return 0
    for block in (parent, parent.parent):
        if block is not None and block.parent is not None and _BLOCK in (block.attributes.get("ms-visible") or ""):
            return block.parent.mem_id
    return parent.mem_id


def item_date(text: str, href: str) -> str | None:
    """A list row's date as YYYY-MM-DD: its full date, else its month-day with the year of its link's month folder."""
    full = list_date(text)
    if full or "-" not in text:
        return full
    folder = _LINK_MONTH.search(href)
    if not folder:
        return None
    year, month = (folder.group(1), folder.group(2)) if folder.group(1) else (folder.group(3), folder.group(4))
    shown = next((m for m in _MONTH_DAY.finditer(text) if int(m.group(1)) == int(month)), None)
    return f"{year}-{int(month):02d}-{int(shown.group(2)):02d}" if shown and 1 <= int(shown.group(2)) <= 31 else None


def pager_links(tree: LexborHTMLParser) -> tuple[list[LexborNode], list[LexborNode]]:
    """The page's links reading 下一页 (or >) and those reading 上一页 (or <), in one pass over its links."""
    nexts, previous = [], []
    for a in tree.css("a"):
        raw = a.text()
        if "页" in raw or ">" in raw or "＞" in raw or "<" in raw or "＜" in raw:
            said = text_of(a).replace(" ", "")
            if said in _NEXT:
                nexts.append(a)
            elif said in _PREVIOUS:
                previous.append(a)
    return nexts, previous


def more_link(list_node: LexborNode | None, url: str) -> str | None:
    """Where the 更多 link of the box around a list goes (the list is a preview of that column), None when it has none."""
    return box_link(list_node, url, lambda a, target: text_of(a).replace(" ", "").strip(">»+").lower() in _MORE)


def heading_link(list_node: LexborNode | None, url: str) -> str | None:
    """Where the first undated link of the box around a list goes (its tab or title, naming the column it previews)."""
    return box_link(list_node, url, lambda a, target: not item_date(text_of(a.parent), target))


def box_link(list_node: LexborNode | None, url: str, wanted: Callable[[LexborNode, str], bool]) -> str | None:
    """The address of the first link `wanted` takes in the box around a list (up to PREVIEW_DEPTH levels above it),
    leading to another page than `url`."""
    node = list_node
    for _ in range(PREVIEW_DEPTH + 1):
        if node is None:
            return None
        for a in node.css("a"):
            target = link_target(a)
            if target and urljoin(url, target) != url and wanted(a, target):
                return urljoin(url, target)
        node = node.parent
    return None


def _goes_elsewhere(a: LexborNode, url: str) -> bool:
    """True when a pager link leads to another page than `url` (on a first page 上一页 leads nowhere)."""
    target = link_target(a)
    return bool(target) and urljoin(url, target) != url


def declared_items(tree: LexborHTMLParser, selector: str) -> list[tuple[LexborNode, LexborNode]]:
    """(item, link) of every element the selector matches that shows a link (its first, or itself when it is one)."""
    out = []
    for item in tree.css(selector):
        links = [item] if item.tag == "a" and item.attributes.get("href") else item.css("a[href]")
        link = next((a for a in links if not (a.attributes["href"] or "").lower().startswith(("javascript", "#"))), None)
        if link is not None:
            out.append((item, link))
    return out


def own_links(nexts: list[LexborNode], near: LexborNode | None) -> list[LexborNode]:
    """The 下一页 links (of `nexts`) nearest `near` (the list): those of its own pager, on a page of several."""
    scope = near
    while nexts and scope is not None:
        inside = [a for a in nexts if _within(a, scope)]
        if inside:
            return inside
        scope = scope.parent
    return []


def next_page(own: list[LexborNode], text: str, url: str) -> str | None:
    """The next list page's URL: the list's own 下一页 link (`own`), else TRS's createPageHTML(), else the maxPageNum
    pager; None on the last page."""
    href = next((h for h in map(link_target, own) if h), None)
    if href:
        target = urljoin(url, href)
        return target if target != url else None
    pager = trs_pager(text)
    if pager:
        return urljoin(url, pager.next) if pager.next else None
    return countdown_next(text, url)


def stated_pages(own: list[LexborNode], near: LexborNode | None, pager: TrsPager | None) -> int | None:
    """The list pages a list announces: its pager script's count, else the 共N页 printed in the pager of its own
    下一页 link (up to PREVIEW_DEPTH levels above the link, short of the list itself); None when it says none."""
    if pager is not None and pager.pages is not None:
        return pager.pages
    for a in own:
        node = a.parent
        for _ in range(PREVIEW_DEPTH):
            if node is None or (near is not None and _within(near, node)):
                break
            said = _PAGES.search(text_of(node))
            if said:
                return int(said.group(1))
            node = node.parent
    return None


class TrsPager(NamedTuple):
    """What a page's createPageHTML() call says: a later page of the list?, the next page's file, the stated total,
    the pages it counts."""

    later: bool
    next: str | None
    total: int | None
    pages: int | None = None


def trs_pager(text: str) -> TrsPager | None:
    """The page's createPageHTML() call in either form: (pages, index from 0, …) or ('page_div', pages, page from 1, …)."""
    classic = _TRS_PAGER.search(text)
    if classic:
        pages, current, prefix, ext = int(classic.group(1)), int(classic.group(2)), classic.group(3), classic.group(4)
        return TrsPager(current > 0, f"{prefix}_{current + 1}.{ext}" if current + 1 < pages else None, None, pages)
    div = _TRS_DIV_PAGER.search(text)
    if div:
        pages, current, prefix, ext = int(div.group(1)), int(div.group(2)), div.group(3), div.group(4)
        return TrsPager(current > 1, f"{prefix}_{current + 1}.{ext}" if current < pages else None, int(div.group(5)),
                        pages)
    return written_pager(text) if "countPage" in text else None


def written_pager(text: str) -> TrsPager | None:
    """TRS's pager written by its script (`var currentPage = 0`, `var countPage = 2`, then document.write of
    `"index"+"_" + nextPage + "."+"html"`): the page from 0, its count, and the next page's file."""
    pages, current, name = _WRITE_PAGES.search(text), _WRITE_CURRENT.search(text), _WRITE_NEXT.search(text)
    if not (pages and current and name):
        return None
    count, page = int(pages.group(1)), int(current.group(1))
    return TrsPager(page > 0, f"{name.group(1)}_{page + 1}.{name.group(2)}" if page + 1 < count else None, None, count)


def countdown_next(text: str, url: str) -> str | None:
    """The next page of the maxPageNum pager: purl_(N-1).html from the first page, purl_(K-1).html from page K."""
    first = _COUNTDOWN.search(text) if "maxPageNum" in text else None
    if first:
        return urljoin(url, f"{first.group(1)}_{int(first.group(2)) - 1}.html") if int(first.group(2)) > 1 else None
    later = _COUNTDOWN_PAGE.search(url)
    if later and int(later.group(2)) > 1:
        return url[: later.start()] + f"{later.group(1)}_{int(later.group(2)) - 1}.html"
    return None


def _within(node: LexborNode | None, scope: LexborNode) -> bool:
    """True when scope is node or one of its ancestors."""
    while node is not None:
        if node.mem_id == scope.mem_id:
            return True
        node = node.parent
    return False


def link_target(a: LexborNode) -> str | None:
    """Where a pager link goes: its href, else its `tagname` attribute or the page its onclick call opens."""
    href = a.attributes.get("href") or ""
    if href and not href.lower().startswith(("javascript", "#")):
        return href
    tag = a.attributes.get("tagname") or ""
    if tag and not tag.startswith("["):  # "[NEXTPAGE]": easysite's placeholder on the last page
        return tag
    called = _CALLED_PAGE.search(a.attributes.get("onclick") or "")
    return called.group(1) if called else None


def script_call(a: LexborNode) -> str | None:
    """The script a pager link runs in place of naming a page (`onclick="goPage(2)"`, `href="javascript:goPage(2)"`);
    None when it names a page or runs nothing (`javascript:void(0)` alone: a last page's dead link)."""
    if link_target(a):
        return None
    href = (a.attributes.get("href") or "").strip()
    for said in ((a.attributes.get("onclick") or "").strip(), href if href.lower().startswith("javascript:") else ""):
        code = (said[len("javascript:"):] if said.lower().startswith("javascript:") else said).strip()
        if code and not _NO_SCRIPT.fullmatch(code):
            return code
    return None


def looks_like_list(text: str) -> bool:
    """Whether the page prints a list of dated links."""
    return bool(list_items(LexborHTMLParser(text)))


