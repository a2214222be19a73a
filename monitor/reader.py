"""The generic reader of government disclosure detail pages: page text + URL -> Document.

No per-site declaration is needed. The metadata is found by its *label* wherever it stands
(table cells, dl/dt/dd, li/span/p, <b>label</b>value, "label: value" text), the body in a
known content container or else in the densest block of text, and every field says how it
was found (`Reading.found`). A site declaration (monitor.scraper.Scraper) may override single
fields with selectors. The rules and their precedence are in docs/page-reader.md.

Pure: no network, no database; `read_saved_page` only reads one local file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.errors import ParseError
from monitor.attachment_links import find_attachments
from monitor.attachment_links import merge as merge_attachments
from monitor.models import Attachment, Document
from monitor.pagetext import MARK, clean, fold, lines_of, one_line, parse_html, text_of

# Field -> its labels, in precedence order (the first label present wins, wherever it stands).
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("标题", "公文名称", "文件名称", "公开事项名称"),
    "index_no": ("索引号", "信息索引号"),
    "publisher": ("发布机构", "发布单位", "发文单位", "发文机关", "发布机关", "制发机关", "责任部门", "来源单位"),
    "date": ("发文日期", "成文日期", "印发日期", "制发日期", "公开日期", "生成日期", "发布日期", "公布日期"),
    "published_at": ("发布时间", "信息时间", "时间", "日期", "更新时间"),
    "category": ("组配分类", "主题分类", "体裁分类", "分类"),
    "disclosure": ("公开方式", "公开形式"),
    "doc_number": ("文号", "发文字号", "文件编号"),
    "source": ("信息来源", "文章来源", "来源"),
}
# Labels read but filed under no Document field (kept in Reading.labels).
OTHER_LABELS = (
    "公开范围", "公开时限", "有效性", "时效性", "关键词", "主题词", "统一登记号", "文件编码", "文件登记号",
    "实施日期", "废止日期", "访问次数", "浏览次数", "阅读次数", "点击数", "字号", "网址", "原文网址",
)
LABELS: dict[str, str | None] = {
    **{label: f for f, labels in FIELD_LABELS.items() for label in labels},
    **dict.fromkeys(OTHER_LABELS),
}
# Known body containers, most specific first (Hanweb jpaas/jcms, TRS, UCAP, common editors).
CONTAINERS = (
    "#zoom", "#Zoom", "#fontzoom", ".TRS_Editor", ".TRS_UEDITOR", "ucapcontent", "#UCAP-CONTENT",
    ".editor-content", ".article_content", ".article-content", ".art_con", ".pages_content",
    "#content_text", ".zwnr", "#zwnr", ".xxgk_content", ".detail-content", ".news_content",
    "#ivs_content", ".infocontent", "td.bt_content", ".bt_content",
)
# Elements inside a body that are page chrome, never text.
CHROME_CSS = (
    "script, style, noscript, template, iframe, object, embed, form, button, select, input,"
    " [id*=qrcode i], [class*=qrcode i], [class*=ewm i], [id*=share i], [class*=share i],"
    " [class*=print i], [class*=fontsize i], [class*=font-size i]"
)
# Captions of the link lists a page template prints after the text, inside the body's block ('相关附件：' over the
# file links, '相关导读:' over related articles): the block is chrome, its file links stay attachments.
LIST_CAPTIONS = (
    "相关附件", "附件下载", "相关导读", "相关链接", "相关文件", "相关阅读", "相关文章", "相关稿件", "相关政策与解读", "相关政策",
    "相关解读",
)  # each holds 关 or 附
_WIDGET = r"(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏(?:本页)?|保存本页|返回顶部|(?:我要)?纠错|分享到?|字号|字体)"
_CHROME_LINE = re.compile(  # a line of widget words only ('【打印本页】 【关闭窗口】', '字体:[大 中 小]'), or a widget caption
    rf"^(?:[\s【】\[\]()|:·/-]*(?:{_WIDGET}|大|中|小|默认|超大))*[\s【】\[\]()|:·/-]*{_WIDGET}"
    rf"(?:[\s【】\[\]()|:·/-]*(?:{_WIDGET}|大|中|小|默认|超大))*[\s【】\[\]()|:·/-]*$|"
    r"^(?:分享到?\s*:.*|扫一扫.*|选择字体.*|(?:上|下)一篇\s*:.*|相关(?:链接|文章|阅读|文件)\s*:?|(?:访问|浏览)次数\s*:?\s*\d*|(?:信息公开)?目录项的?基本信息)$"
)
_KEY_DROP = re.compile(r"[\s:：\u3000\xa0\ue000]+")
_LABEL_RUN = re.compile(
    r"(?<![\w\u4e00-\u9fff])(" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True)) + r")\s*[:：]"
)
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2}))?"
)
PUBLISH_LABELS = ("发布日期", "公布日期")  # date labels that say when it was published (the date when no other is shown)
PUBLISH_METAS = ("PubDate", "firstpublishedtime", "publishdate", "dc.date")  # publish-time metas, in precedence order
_CLOSING = re.compile(r"</html\s*>", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG_OR_SCRIPT = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
_TAG = re.compile(r"<[!a-z]", re.I)  # markup of any kind: a page without any is not HTML (JSON, PDF, NUL bytes)
_WORD = re.compile(r"[^\W_]")  # a letter, digit or CJK character: a line without one is not text
# A site footer's line (主办单位：…, 浙ICP备…, 版权所有) or an outdated-browser notice (你正在使用的浏览器版本过低…,
# 请升级您的浏览器, 请切换至极速模式): never the text of a document, whatever block holds it.
_FOOTER = re.compile(
    r"主办单位|承办单位|协办单位|网站标识码|ICP备|公网安备|版权所有|技术支持|Copyright|©"
    r"|浏览器版本(?:过低|太低)|升级(?:您的)?浏览器|过时的?浏览器|极速模式",
    re.I,
)
_ATTACHMENT = re.compile(r"""["'(=\s]([^"'()<>\s]+\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar))(?=["'?#)\s])""", re.I)
_INLINE = {"b", "strong", "span", "font", "label", "em", "i", "u", "a", "small"}
_CELLS = {"td", "th", "dt", "dd"}
_WS = re.compile(r"\s+")
_HIDDEN = re.compile(r"display\s*:\s*none", re.I)
_SKIP_HOLDERS = {"a", "script", "style", "noscript", "template", "option", "select", "title", "button"}
_VALUE_LIMIT = 200
_LIST_BLOCKS = {"div", "ul", "ol", "dl", "p", "table", "section"}
_CORE = {"title", "index_no", "publisher", "date", "doc_number"}
_BLANKS = " \t\r\n\f\v\xa0\u3000\u2002\u2003" + MARK
_LABEL_STARTS = {label[0] for label in LABELS}  # a label's value longer than this is body text, not metadata
# A 发文字号 standing alone on a line: issuer abbreviation, year in 〔〕 (or [] () 【】), number, 号 (烟建住房〔2026〕9号).
_DOC_NUMBER_LINE = re.compile(r"[^\W\d_]{1,15}[〔\[［(（【](?:19|20)\d\d[〕\]］)）】]第?\d{1,5}号")
_DOC_NUMBER_MARK = re.compile(r"[〔\[［(（【](?:19|20)\d\d[〕\]］)）】]\s*第?\s*\d{1,5}\s*号")  # its year and number, as printed
_HEAD_LINES = 6  # a document's head (title lines, 文号) is over by then, or at its salutation
# A value saying there is none ('发文字号：无', '主题分类：暂无', '文号：/'): the field is empty, as for a blank cell.
NONE_VALUES = frozenset(("无", "暂无", "空", "null", "/", "-", "—", "——"))


@dataclass(frozen=True)
class Reading:
    """A page as read: the Document, how each field was found, every label seen and the attachment links."""

    document: Document
    found: dict[str, str] = field(default_factory=dict)  # field -> "label 发布机构", "meta PubDate", "selector h1", ...
    labels: dict[str, str] = field(default_factory=dict)  # every label read -> its first non-empty value
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Declared:
    """What a site declaration found with its selectors (each optional); it wins over the generic rules."""

    title: str | None = None
    body: LexborNode | None = None
    pairs: tuple[tuple[str, str], ...] = ()  # (label, value) from declared metadata cells/lines
    category: str | None = None
    selectors: dict[str, str] = field(default_factory=dict)  # part -> css, for Reading.found
    attachments: tuple[Attachment, ...] = ()  # found in the body before its scripts were removed


def label_key(text: str) -> str:
    """A label as compared: NFKC, spaces, U+3000 and colons removed ('文　　号：' -> '文号')."""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", text))


def parse_date(value: str | None) -> tuple[str | None, str | None]:
    """('YYYY-MM-DD', 'YYYY-MM-DD HH:MM' or None) from a written date (2022年01月27日, 2022-1-27, 2022/01/27 10:00)."""
    m = _DATE.search(value or "")
    if not m:
        return None, None
    y, mo, d, hh, mm = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None, None
    day = f"{y}-{int(mo):02d}-{int(d):02d}"
    return day, (f"{day} {int(hh):02d}:{mm}" if hh else None)


# -- metadata by label --------------------------------------------------------------------


def label_pairs(root: LexborNode) -> list[tuple[str, str]]:
    """(label, value) pairs of every metadata label under root, in document order."""
    pairs: list[tuple[str, str]] = []
    spread: set[int] = set()
    for node in root.traverse(include_text=True):
        if not node.is_text_node:
            continue
        raw = node.text_content or ""
        stripped = raw.strip(_BLANKS)
        if not stripped or len(raw) > 400:
            continue
        key = label_key(stripped) if len(stripped) <= 24 and stripped[0] in _LABEL_STARTS else ""
        if key in LABELS:
            pairs.append((key, _value_after(node)))
        elif (":" in raw or "：" in raw) and _LABEL_RUN.search(raw):  # 'label: value' needs a colon
            pairs += _runs(node)
        elif len(stripped) <= 2 and stripped[0] in _LABEL_STARTS:  # 索<i></i>引<i></i>号: a label spread out
            holder = _spread_label(node)
            if holder is not None and holder.mem_id not in spread:
                spread.add(holder.mem_id)
                pairs.append((label_key(text_of(holder)), _value_after(holder)))
    return [(label, value if _WORD.search(value) and not _says_none(value) else "") for label, value in pairs]


def _says_none(value: str) -> bool:
    """True for a value saying there is none (无, 暂无, /, -)."""
    return len(value) <= 8 and label_key(value) in NONE_VALUES


def _spread_label(node: LexborNode) -> LexborNode | None:
    """The inline element or cell (up to two levels up) whose whole text is a label split over several texts."""
    holder = node.parent
    for _ in range(2):
        if holder is None or holder.tag not in _INLINE | _CELLS:
            return None
        text = holder.text(deep=True)
        if len(text) > 40:
            return None
        if label_key(text) in LABELS:
            return holder
        holder = holder.parent
    return None


def _runs(node: LexborNode) -> list[tuple[str, str]]:
    """'label: value label: value' pairs of one text node; a label with nothing after it takes the next sibling."""
    text = clean(fold(node.text_content or "").replace(MARK, " "))
    found = list(_LABEL_RUN.finditer(text))
    if not found or (found[0].start() and not _only_chrome(text[: found[0].start()])):
        return []
    out = []
    for i, m in enumerate(found):
        value = text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)].strip()
        if not value and i + 1 == len(found):
            value = _value_after(node)
        out.append((m.group(1), value))
    return out


def _only_chrome(prefix: str) -> bool:
    """True when the text before a label is punctuation or spaces only ('【', '|')."""
    return not re.search(r"[\w\u4e00-\u9fff]", prefix)


def _value_after(node: LexborNode) -> str:
    """The value of a label node: the first non-empty text after it, climbing out of inline elements
    up to a table cell (its next cells) or dt/dd; never past a block (li, p, div, tr)."""
    current = node
    while True:
        sibling = current.next
        while sibling is not None:
            if sibling.tag not in ("-comment", "script", "style"):
                value = _node_text(sibling)
                if value:
                    return "" if label_key(value) in LABELS or _LABEL_RUN.match(value) else value[:_VALUE_LIMIT]
            sibling = sibling.next
        if current.tag in _CELLS:
            return ""
        parent = current.parent
        if parent is None or parent.tag not in _INLINE | _CELLS:
            return ""
        current = parent


def _node_text(node: LexborNode) -> str:
    """A node's text on one clean line."""
    if node.tag == "-text":
        return one_line(node.text_content or "")
    return text_of(node)


def metas(tree: LexborHTMLParser) -> dict[str, str]:
    """The page's <meta name=... content=...> values by lower-case name (articletitle, pubdate, contentsource, ...)."""
    out: dict[str, str] = {}
    for node in tree.css("meta[name][content]"):
        name, content = (node.attributes.get("name") or "").lower(), clean(node.attributes.get("content") or "")
        if name and content:
            out.setdefault(name, content)
    return out


def texts_after_title(tree: LexborHTMLParser, title: str, window: int) -> Iterator[str]:
    """The texts printed within `window` texts after the title or its last line, on one clean line each."""
    key = label_key(title)
    seen: int | None = None
    body = tree.body
    if body is None or not key:
        return
    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = clean(fold((node.text_content or "").replace(MARK, " ")))
        if not text:
            continue
        bare = label_key(text)
        if bare == key or (len(bare) >= 6 and bare in key):  # the title, or a line of it split by <br>
            seen = 0
            continue
        if seen is None:
            continue
        if seen >= window:
            return
        seen += 1
        yield text


def date_near_title(tree: LexborHTMLParser, title: str, window: int = 8) -> str | None:
    """A date printed on its own within the few texts after the title or its last line (news and TRS pages: '2026-10-09 18:16')."""
    for text in texts_after_title(tree, title, window):
        m = _DATE.search(text)
        if m and len(text) <= len(m.group(0)) + 4:
            return m.group(0)
    return None


def number_near_title(tree: LexborHTMLParser, title: str, window: int = 2) -> str | None:
    """A 发文字号 printed alone right under the title, outside the body (pingtan.gov.cn 行政规范性文件库: div.rules_tit1)."""
    if tree.body is None or not _DOC_NUMBER_MARK.search(tree.body.text(deep=True)):
        return None  # no 〔2024〕12号 anywhere: no walk over every text of a page that has no 文号 (most have none)
    for text in texts_after_title(tree, title, window):
        bare = "".join(text.split())
        if _DOC_NUMBER_LINE.fullmatch(bare):
            return bare
    return None


# -- body ----------------------------------------------------------------------------------


def find_body(tree: LexborHTMLParser) -> tuple[LexborNode | None, str]:
    """The body element and how it was found: the first known container with text, else the densest block."""
    for css in CONTAINERS:
        nodes = tree.css(css)
        if not nodes:
            continue
        found = [n for n in nodes if _has_text(n)]
        if len(found) > 1:  # the one with the most text; its text is built only when there is a choice
            return max(found, key=lambda n: len(n.text(deep=True, strip=True))), f"container {css}"
        return (found or nodes)[0], f"container {css}"
    marked = marked_body(tree)
    if marked is not None:
        return marked, "marker <!--ZJEG_RSS.content.begin-->"
    block = densest_block(tree)
    return (block, "heuristic densest block") if block is not None else (None, "")


def pictures_under_title(tree: LexborHTMLParser, title: str) -> list[str]:
    """The sources of the images shown in the blocks after the title's heading (a document published as pictures)."""
    key = label_key(title)
    heading = next((n for n in reversed(tree.css("body *")) if key and label_key(text_of(n)) == key), None)
    names: list[str] = []
    sibling = heading.next if heading is not None else None
    while sibling is not None:
        if sibling.tag not in ("-text", "-comment", "script", "style"):
            names += [src for img in sibling.css("img") if (src := img.attributes.get("src")) and not _icon(img)]
        sibling = sibling.next
    return names


def _icon(img: LexborNode) -> bool:
    """An image sized under 200 px (a corner, a bullet, a logo): layout, never a page of a document."""
    sizes = [img.attributes.get(side) or "" for side in ("width", "height")]
    return any(size.isdigit() and int(size) < 200 for size in sizes)


def marked_body(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the Hanweb jcms content marker comment <!--ZJEG_RSS.content.begin-->, if any."""
    if tree.body is None:
        return None
    for node in tree.body.traverse(include_text=True):
        if node.tag == "-comment" and "ZJEG_RSS.content.begin" in (node.html or ""):
            return node.parent
    return None


def _has_text(node: LexborNode) -> bool:
    """True when an element holds visible text (scripts aside)."""
    return any(
        n.tag == "-text" and (n.text_content or "").strip() and n.parent is not None
        and n.parent.tag not in ("script", "style", "noscript")
        for n in node.traverse(include_text=True)
    )


def densest_block(tree: LexborHTMLParser, minimum: int = 60) -> LexborNode | None:
    """The element holding the most paragraph text outside links, scripts and forms (a reader-view heuristic).

    Each text node counts for its paragraph's parent (<p>, <h*>, <li>: their container) or for
    the element holding it directly (text split by <br>), and 0.6 of it for that element's parent.
    Footer lines (主办单位, ICP备案), metadata lines ('来源：…') and the value after a label count for
    nothing: a page whose body container is gone (a layout change) is then no document, never its
    footer or its metadata read as one. Nor does the text of a list item (an li/dd/tr showing one
    link and a date: its date, 文号, [现行有效]): a column page is no document, never its list. Nor
    does text a browser does not show (inside style="display:none": jcms's hiddenLocation of column
    names and URLs, easysite's hidden tabs).
    """
    scores: dict[int, list] = {}
    items: dict[int, bool] = {}
    body = tree.body
    if body is None:
        return None
    hidden = {n.mem_id: True for n in body.css("[style]") if _HIDDEN.search(n.attributes.get("style") or "")}
    after_label = False
    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = (node.text_content or "").replace(MARK, "").strip()
        if not text:
            continue
        if len(text) <= 24 and label_key(text) in LABELS:  # a label ('索 引 号：'): the next text is its value
            after_label = True
            continue
        if after_label or len(text) < 10 or _FOOTER.search(text) or _LABEL_RUN.match(text):  # metadata or footer
            after_label = False
            continue
        size = len(text)
        holder = node.parent
        while holder is not None and holder.tag in _INLINE - {"a"}:
            holder = holder.parent
        if holder is None or holder.tag in _SKIP_HOLDERS or _in_list_item(holder, items) or (hidden and _hidden(holder, hidden)):
            continue
        if holder.tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li") and holder.parent is not None:
            holder = holder.parent
        entry = scores.setdefault(holder.mem_id, [0, holder])
        entry[0] += size
        outer = holder.parent  # a body split into several inner blocks is read whole
        if outer is not None and outer.tag not in ("body", "html"):
            entry = scores.setdefault(outer.mem_id, [0, outer])
            entry[0] += size * 0.6
    if not scores:
        return None
    score, best = max(scores.values(), key=lambda s: s[0])
    return best if score >= minimum else None


def _hidden(node: LexborNode, hidden: dict[int, bool]) -> bool:
    """True when a node or an ancestor is hidden (`hidden`: the display:none elements, filled in as ancestors are seen)."""
    path = []
    while node is not None and node.mem_id not in hidden:
        path.append(node.mem_id)
        node = node.parent
    verdict = node is not None and hidden[node.mem_id]
    hidden.update(dict.fromkeys(path, verdict))
    return verdict


def _in_list_item(node: LexborNode, seen: dict[int, bool]) -> bool:
    """True when a node sits in a list page's item: the nearest li/dd/tr shows one link, a date and little else.

    Little else: at most 40 characters outside the link (a date, a 文号, a tag like [现行有效]); a body's
    numbered item that cites a document and a date is prose and longer. A row's scripts and its hidden box of
    related links (www.ndrc.gov.cn's 相关解读 popbox, a nested list) are no part of it.
    """
    item = node
    while item is not None and item.tag not in ("li", "dd", "tr", "body"):
        item = item.parent
    if item is None or item.tag == "body":
        return False
    if item.mem_id not in seen:
        seen[item.mem_id] = _list_row(item)
    return seen[item.mem_id]


def _list_row(item: LexborNode) -> bool:
    """True when an li/dd/tr shows one link, a date and at most 40 characters else (scripts and nested rows aside)."""
    text = item.text()
    if parse_date(text)[0] is None:
        return False
    links = item.css("a[href]")
    if len(links) == 1 and len(_WS.sub("", text)) - len(_WS.sub("", links[0].text())) <= 40:
        return True
    aside = [n for n in item.css("li, dd, tr, script") if n.mem_id != item.mem_id]
    if not aside:
        return False
    own = [a for a in links if not any(_holds(n, a) for n in aside)]
    for n in aside:
        text = text.replace(n.text(), "", 1)
    return len(own) == 1 and len(_WS.sub("", text)) - len(_WS.sub("", own[0].text())) <= 40


def _holds(outer: LexborNode, node: LexborNode) -> bool:
    """True when `outer` is `node` or one of its ancestors."""
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def strip_chrome(body: LexborNode) -> None:
    """Remove widgets (QR code, share, print, font size), scripts and forms from inside a body element."""
    for node in body.css(CHROME_CSS):
        if node.mem_id != body.mem_id:
            node.decompose()
    for block in _link_lists(body):
        block.decompose()


def _link_lists(body: LexborNode) -> list[LexborNode]:
    """The outermost blocks under body that are a list caption over links, found from their caption's text."""
    found: dict[int, LexborNode] = {}
    shown = "".join(body.text(deep=True).split())  # no NFKC: the captions are plain Han characters
    if not any(caption in shown for caption in LIST_CAPTIONS):
        return []  # most pages: no node to look at (a walk over every text node costs ~0.25 ms a page)
    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = node.text_content or ""
        if ("关" not in text and "附" not in text) or not label_key(text).startswith(LIST_CAPTIONS):
            continue  # every caption holds 关 or 附: the cheap test first (label_key normalizes, ~5 µs a node)
        block, holder = None, node.parent
        while holder is not None and holder.mem_id != body.mem_id:
            if holder.tag in _LIST_BLOCKS:
                if not _is_link_list(holder):
                    break
                block = holder
            holder = holder.parent
        if block is None:
            continue
        links = [] if block.css_first("a") is not None else _links_after(block)
        if links is not None:  # a caption paragraph goes with the paragraphs of links after it; over text, it heads the text
            found.update((n.mem_id, n) for n in (block, *links))
    return list(found.values())


def _links_after(caption: LexborNode) -> list[LexborNode] | None:
    """The blocks after a caption paragraph to the end of its parent, when each is a link and nothing else
    (www.nea.gov.cn: '<p>相关政策与解读</p><p><a>关于印发…的通知</a></p>' closing the body); None when text follows."""
    out: list[LexborNode] = []
    node = caption.next
    while node is not None:
        if node.tag not in ("-text", "-comment"):
            text = label_key(node.text(deep=True))
            if text and sum(len(label_key(a.text(deep=True))) for a in node.css("a")) < len(text):
                return None
            out.append(node)
        elif node.tag == "-text" and (node.text_content or "").strip(_BLANKS):
            return None
        node = node.next
    return out


def _is_link_list(node: LexborNode) -> bool:
    """True when a block is a list caption ('相关附件：', '相关导读') over links and nothing else."""
    text = label_key(node.text(deep=True))
    caption = next((c for c in LIST_CAPTIONS if text.startswith(c)), None)
    if caption is None:
        return False
    linked = sum(len(label_key(a.text(deep=True))) for a in node.css("a"))
    return len(text) - linked <= len(caption)


def metadata_blocks(body: LexborNode) -> list[tuple[str, str]]:
    """The label pairs of metadata tables or lists printed inside the body container, which are removed from it.

    A block is metadata when it gives values to at least two of 标题, 索引号, the publisher,
    the document date and 文号 (a data table of the document rarely does).
    """
    pairs: list[tuple[str, str]] = []
    for block in body.css("table, dl, ul"):
        if block.parent is None:  # inside a block removed already
            continue
        found = label_pairs(block)
        core = {LABELS[label] for label, value in found if value and LABELS.get(label) in _CORE}
        if len(core) >= 2:
            pairs += found
            block.decompose()
    return pairs


def flatten_data_tables(body: LexborNode) -> None:
    """A data table in the body becomes one line per row, its cells joined by " | " (as DOCX and XLSX tables
    are read), so an indicator table keeps its columns. A layout table is left alone: one holding a table,
    one with fewer than two rows of two filled cells, or one with a cell of more than 200 characters."""
    for table in body.css("table"):
        if table.parent is None or len(table.css("table")) > 1:  # removed already, or holds a table
            continue
        rows = [row for row in _grid(table) if any(row)]
        if sum(1 for row in rows if sum(1 for c in row if c) >= 2) < 2 or any(len(c) > 200 for row in rows for c in row):
            continue
        table.replace_with(MARK + MARK.join(" | ".join(row) for row in rows) + MARK)


def _grid(table: LexborNode) -> list[list[str]]:
    """The cell texts of a table row by row, a cell spanning columns or rows repeated in each it covers
    (so a two-row header's "2025年" stands over both its "目标" and its "增长")."""
    grid: list[list[str]] = []
    below: dict[int, tuple[str, int]] = {}  # column: (text, rows it still covers)
    for tr in table.css("tr"):
        row: list[str] = []
        cells = iter(tr.css("td, th"))
        while True:  # a column covered from above first, also after the row's last cell
            k = len(row)
            if k in below:
                text, left = below.pop(k)
                row.append(text)
                if left > 1:
                    below[k] = (text, left - 1)
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = one_line(cell.text(deep=True))
            across, down = _span(cell.attributes.get("colspan")), _span(cell.attributes.get("rowspan"))
            for _ in range(across):
                if down > 1:
                    below[len(row)] = (text, down - 1)
                row.append(text)
        grid.append(row)
    return grid


def _span(value: str | None) -> int:
    """A colspan/rowspan attribute as a count from 1 to 50 (a missing, broken or huge one is 1 or 50)."""
    try:
        return min(max(int(value or 1), 1), 50)
    except ValueError:
        return 1


def body_lines(body: LexborNode) -> list[str]:
    """The body's paragraphs: one per block element or <br> run, chrome lines and empty paragraphs dropped."""
    return [line for line in lines_of(body) if not _CHROME_LINE.match(line)]


def drop_repeated_head(lines: list[str], title: str) -> list[str]:
    """The body without the title repeated on its first lines (spaces and punctuation width aside), as captures read."""
    bare_title = label_key(title)
    out = list(lines)
    while out and label_key(out[0]) == bare_title:
        out.pop(0)
    return out


def number_in_head(lines: list[str]) -> str | None:
    """The 发文字号 printed on its own line among the body's first lines, above the salutation ('各区市…：'), if any."""
    for line in lines[:_HEAD_LINES]:
        bare = "".join(line.split())
        if _DOC_NUMBER_LINE.fullmatch(bare):
            return bare
        if bare.endswith((":", "：")):  # the salutation: the head is over
            return None
    return None


def attachments_of(node: LexborNode | None, url: str) -> list[Attachment]:
    """The document files linked, embedded or named in scripts under node (attachment_links.find_attachments)."""
    return [] if node is None else list(find_attachments(node, url))


# -- the page --------------------------------------------------------------------------------


def read_page(text: str, url: str, declared: Declared | None = None, tree: LexborHTMLParser | None = None) -> Reading:
    """A detail page as a Reading; ParseError naming the URL and what was looked for when it holds no document.

    `tree` is the page as `parse_html` gives it, when the caller has parsed it already (it is changed).
    Markup this reader does not foresee is a ParseError too, never a crash of the run.
    """
    try:
        return _read_page(text, url, declared, tree)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
        raise ParseError(f"{url}: the page could not be read ({type(exc).__name__}: {exc})") from exc


def _read_page(text: str, url: str, declared: Declared | None, tree: LexborHTMLParser | None) -> Reading:
    """read_page without the guard."""
    if not _TAG.search(text, 0, 4096):
        raise ParseError(f"{url}: not an HTML page (no markup in its first 4 KB; it starts {text[:40]!r})")
    if not _closed(text):
        raise ParseError(f"{url}: truncated page (no closing </html>)")
    tree = tree if tree is not None else parse_html(text)
    declared = declared or Declared()
    head = metas(tree)
    found: dict[str, str] = {}

    body, how = declared.body, f"selector {declared.selectors.get('body')}"
    if body is None:
        body, how = find_body(tree)
    if body is None:
        pictures = pictures_under_title(tree, _title(tree, head)[0])
        raise ParseError(
            f"{url}: no document body found (looked for {', '.join(CONTAINERS)}, then a block of paragraphs): "
            + (f"the page shows only {len(pictures)} images under its title ({', '.join(pictures[:2])}…), no text"
               if pictures else "not a detail page of a known template")
        )
    found["paragraphs"] = how
    files = [*declared.attachments, *attachments_of(body, url)]
    strip_chrome(body)
    inner = metadata_blocks(body)
    flatten_data_tables(body)
    lines = body_lines(body)
    if body.parent is not None:
        body.decompose()  # metadata labels are looked for outside the body only
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    files = list(merge_attachments([*files, *(f for f in attachments_of(tree.body, url) if _is_file(f.url))]))

    labels: dict[str, str] = {}
    from_selector: set[str] = set()
    for label, value in declared.pairs:
        if value and label not in labels:
            labels[label] = value
            from_selector.add(label)
    for label, value in inner + (label_pairs(tree.body) if tree.body is not None else []):
        if value and label not in labels:
            labels[label] = value
    values: dict[str, str] = {}
    chosen: dict[str, str] = {}  # field -> the label its value came from
    for name, names in FIELD_LABELS.items():  # a declared part first, then the page's labels in precedence order
        label = next((x for x in names if x in from_selector), None) or next((x for x in names if labels.get(x)), None)
        if label:
            values[name], chosen[name] = labels[label], label
            meta = declared.selectors.get("meta", "")
            found[name] = f"selector {meta} label {label}" if label in from_selector else f"label {label}"

    title = declared.title
    if title:
        found["title"] = f"selector {declared.selectors.get('title')}"
    elif values.get("title"):
        title = values["title"]
    else:
        title, found["title"] = _title(tree, head)
        if not title:
            found.pop("title")
    title = clean(fold(title or ""))
    if not title:
        raise ParseError(f"{url}: no title found (looked for a 标题/公文名称 label, meta ArticleTitle, <h1>, <title>)")

    date, date_time = parse_date(values.get("date"))
    day, published = parse_date(values.get("published_at"))
    shown = next((x for x in PUBLISH_LABELS if labels.get(x) and chosen.get("date") != x), None)
    if published is None and day is None and shown:  # 成文日期 is the date; 发布日期 beside it is when it was published
        day, published = parse_date(labels[shown])
        found["published_at"] = f"label {shown}"
    if not date:
        found.pop("date", None)
    if published is None and date_time:  # 公开日期: 2023-06-16 11:08 gives the publish time too
        published = date_time
        found["published_at"] = found["date"]
    elif published is None:
        published = day  # 发布时间: 2024-03-26 (no time shown)
    if not published:
        found.pop("published_at", None)
    if not date and not published:  # no labelled date: the date printed under the title, else the metas
        near = date_near_title(tree, title)
        meta = next((m for m in PUBLISH_METAS if parse_date(head.get(m.lower()))[0]), None)
        if near:
            day, stamp = parse_date(near)
            published, found["published_at"] = stamp or day, "heuristic date under the title"
        elif meta:
            day, stamp = parse_date(head[meta.lower()])
            published, found["published_at"] = stamp or day, f"meta {meta}"
    source = values.get("source")
    if not values.get("publisher") and not source and head.get("contentsource"):  # only when none is shown
        source, found["source"] = head["contentsource"], "meta ContentSource"
    category = declared.category or values.get("category")
    if declared.category:
        found["category"] = f"selector {declared.selectors.get('breadcrumb')}"

    lines = drop_repeated_head(lines, title)
    doc_number = values.get("doc_number")
    if not doc_number:  # no 文号 label: the 文号 line under the title at the head of the body (GB/T 9704 layout)
        doc_number = number_in_head(lines)
        if doc_number:
            found["doc_number"] = "heuristic 文号 line at the head of the body"
        elif doc_number := number_near_title(tree, title):
            found["doc_number"] = "heuristic 文号 line under the title"
    if not any(map(_WORD.search, lines)) and not files:  # none, or punctuation only ('-', '...', '。')
        raise ParseError(f"{url}: the body ({how}) holds no text paragraphs")
    # A body of nothing but attachments (a PDF viewer, 附件 links) is a Document without paragraphs:
    # the crawler reads the files into it (attachments.attach), never stores it empty.
    doc = Document(
        title=title,
        paragraphs=tuple(lines),
        index_no=values.get("index_no"),
        publisher=values.get("publisher"),
        date=date,
        published_at=published,
        category=category,
        disclosure=values.get("disclosure"),
        doc_number=doc_number,
        source=source,
        url=url,
        attachments=tuple(files),
    )
    return Reading(doc, found, labels, tuple(files))


def _closed(text: str) -> bool:
    """True when the page ends with </html> (in its last 8 KB, comments aside), followed by nothing but tags,
    scripts and styles: gov.cn's header include ends with a stray </html>, so a page cut soon after it
    has one too, followed by the text of the body."""
    start = max(0, len(text) - 8192)
    last = max(text.rfind("</html", start), text.rfind("</HTML", start))  # nearly every page: one at its end
    m = _CLOSING.match(text, last) if last >= 0 else None
    if m and not _TAG_OR_SCRIPT.sub("", text[m.end():]).strip():
        return True
    window = _COMMENT.sub("", text[start:])  # a </html> written inside a comment, in another case, or none
    ends = [m.end() for m in _CLOSING.finditer(window)]
    return bool(ends) and not _TAG_OR_SCRIPT.sub("", window[ends[-1]:]).strip()


def _is_file(link: str) -> bool:
    """True for a link to a document file (PDF, Word, Excel, WPS, OFD, archives)."""
    return bool(_ATTACHMENT.search(f'"{link}"'))


def _title(tree: LexborHTMLParser, head: dict[str, str]) -> tuple[str, str]:
    """The title from the metas or the page when no label or selector gave one: (title, how).

    Meta ArticleTitle; else the longest of the headings whose text <title> holds and the parts of
    <title> split at its separators (<title> holds the site name too, which is shorter).
    """
    if head.get("articletitle"):
        return head["articletitle"], "meta ArticleTitle"
    node = tree.css_first("title")
    page_title = text_of(node) if node is not None else ""
    key = label_key(page_title)
    held = [
        (text, f"heuristic <{css}> also in <title>")
        for css in ("h1", "h2", "h3", ".title", "[class*=title i]", "[id*=title i]")
        for text in map(text_of, tree.css(css))
        if 4 <= len(text) <= 200 and label_key(text) in key
    ]
    parts = [p.strip() for p in re.split(r"\s*(?:_{1,2}|\||--|—+|–| - )\s*", page_title) if p.strip()]
    headings = [label_key(text) for text, _ in held]
    held += [(piece, "heuristic <title>") for part in parts for piece in _site_split(part, headings)]
    if held:  # the longest: <title> holds the site name too, which is shorter
        return max(held, key=lambda h: len(label_key(h[0])))
    for css in ("h1", "h2", ".title"):  # no <title> at all
        for heading in tree.css(css):
            text = text_of(heading)
            if 4 <= len(text) <= 200:
                return text, f"heuristic <{css}>"
    return "", ""


def _site_split(part: str, headings: list[str]) -> list[str]:
    """A part of <title> that is a heading of the page and the site name joined by a punctuation mark, as its
    two pieces ('内乡宝天曼峡谷漂流景区开漂公告-内乡县人民政府', '青海省招标投标网 · 国采（青海）…预中标公示');
    any other part whole (an issuer before the heading, '县政府办公室关于印发…', is the fuller title)."""
    key = label_key(part)
    for heading in headings:
        if len(key) <= len(heading) + 1:
            continue
        if key.startswith(heading) and _joins(key[len(heading)]):
            return [heading, key[len(heading) + 1 :]]
        if key.endswith(heading) and _joins(key[-len(heading) - 1]):
            return [key[: -len(heading) - 1], heading]
    return [part]


def _joins(char: str) -> bool:
    """True for a punctuation mark or symbol that joins a page's heading to its site name in <title> (- · | >)."""
    return unicodedata.category(char)[0] in "PS"


def reading_json(reading: Reading, name: str) -> dict:
    """{file, metadata, paragraphs, found, attachments}: the shape `monitor parse --json` prints."""
    doc = reading.document
    return {
        "file": name,
        "metadata": doc.metadata(),
        "paragraphs": list(doc.paragraphs),
        "found": reading.found,
        "attachments": [{"name": a.name, "url": a.url, "type": a.type} for a in reading.attachments],
    }


def read_saved_page(path: str | Path, url: str, read: Callable[[str, str], Reading] | None = None) -> Reading:
    """A saved HTML page read as the crawler reads fetched bytes (charset as the fetcher decodes it, and a
    WAF challenge or soft 404 refused as the fetcher refuses it).

    `read` is a site declaration's `read_detail` (default: `read_page`, no declaration).
    """
    from monitor.fetch import blocked_reason, decode  # the fetcher's strict charset detection and page checks
    from monitor.errors import FetchError

    p = Path(path)
    try:
        content = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"{p}: cannot read file: {exc.strerror or exc}") from None
    if not content.strip():
        raise ParseError(f"{p}: empty file")
    try:
        text, _ = decode(content, None, str(p))
    except FetchError as exc:
        raise ParseError(str(exc)) from None
    blocked = blocked_reason(200, text)  # a WAF challenge or a soft 404 saved in place of the page
    if blocked:
        raise ParseError(f"{p}: {blocked}")
    return (read or read_page)(text, url)
