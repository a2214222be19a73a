"""Attachments a detail page names, and whether the monitor may fetch them.

`find_attachments(page, url)` reads a parsed page (or its HTML text) and returns the
files it links to: `<a href>` to .pdf .doc .docx .wps .ofd .xls .xlsx, the jpaas
`front/document/download?fileUrl=…&fileName=…` form, Hanweb `jcms_files/…/attach/…`,
PDF-viewer iframes (`viewer.html?file=…`) and scripts that name a file
(`var pdfUrl = '/…/x.pdf'`). The crawler fetches them under the source's fetch policy
(monitor/crawl.py): its own host, or a host in its `allow_hosts`.

No network and no database: a scraper calls the finder.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.models import ATTACHMENT_TYPES, Attachment

# Hosts that serve another site's attachments. Zhejiang's jpaas sites keep attachments on the
# province's object storage (research/GOV_SITES.md §2); a source allows it in its fetch
# `allow_hosts` (docs/configuration.md).
ZHEJIANG_STORAGE_HOSTS = (
    "zjjcmspublic.oss-cn-hangzhou-zwynet-d01-a.internet.cloud.zj.gov.cn",
    "zjjcmspublicnew.oss-cn-hangzhou-zwynet-d01-a.internet.cloud.zj.gov.cn",
)

_EXT = re.compile(r"\.(" + "|".join(ATTACHMENT_TYPES) + r")$", re.IGNORECASE)
# A quoted path or URL ending in an attachment extension, inside a script.
_SCRIPT_FILE = re.compile(
    r"""["']([^"'\s<>()+]+?\.(?:""" + "|".join(ATTACHMENT_TYPES) + r"""))(?:[?#][^"'\s<>]*)?["']""",
    re.IGNORECASE,
)
# Query parameters that carry a file name (jpaas fileName, old jcms filename, ...) or a file URL.
_NAME_PARAMS = ("filename", "fileName", "name", "title")
_URL_PARAMS = ("file", "fileUrl", "url", "src")
# Link texts that say "download", not what the file is.
_GENERIC_TEXT = re.compile(r"^(?:点击)?(?:下载|附件|查看|预览|打开|原文|全文|pdf|PDF)[:：\s]*(?:下载|附件)?$")
_ATTACH_FOLDER = re.compile(r"/(?:jcms_files|cms_files)/.*/attach/", re.IGNORECASE)
# What a URL holds when it can name a document file: an extension, an attach folder, or a %-escape of either.
_NEEDLES = (*dict.fromkeys(t[:3] for t in ATTACHMENT_TYPES), "attach")
_NAMING_TAGS = ("a", "iframe", "embed", "frame", "object", "script")  # the elements _from_node reads
_NAMING_CSS = ", ".join(_NAMING_TAGS)
_NOT_DOCUMENTS = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|svg|js|css|html?|jsp|zip|rar|7z|mp4|mp3)$", re.IGNORECASE)


def find_attachments(page: str | LexborHTMLParser | LexborNode, url: str) -> tuple[Attachment, ...]:
    """The attachments a page (or one region of it) names, in page order, one per URL."""
    root = LexborHTMLParser(page) if isinstance(page, str) else page
    base = _base_url(root, url)
    start = root.root if isinstance(root, LexborHTMLParser) else root
    plain_base = _plain(base)  # the same for every element: tested once
    return merge(att for node in _naming_elements(start) for att in _from_node(node, base, plain_base))


def _naming_elements(start: LexborNode | None) -> list[LexborNode]:
    """The elements that can name a file (links, frames, scripts) under start and itself, in page order: one CSS query."""
    if start is None:
        return []
    found = start.css(_NAMING_CSS)
    return [start, *found] if start.tag in _NAMING_TAGS else found


def merge(found: Iterable[Attachment]) -> tuple[Attachment, ...]:
    """One attachment per URL, in first-seen order, with the better name (a title over a bare file name)."""
    out: dict[str, Attachment] = {}
    for att in found:
        old = out.get(att.url)
        if old is None:
            out[att.url] = att
        elif _is_file_name(old.name, att.url) and not _is_file_name(att.name, att.url):
            out[att.url] = Attachment(att.name, old.url, old.type)
    return tuple(out.values())


def type_of_name(name: str) -> str | None:
    """The attachment type an extension names ("x.PDF" -> "pdf"), or None."""
    m = _EXT.search(name.strip())
    return m.group(1).lower() if m else None


def _base_url(root: LexborHTMLParser | LexborNode, url: str) -> str:
    """The URL links resolve against: <base href> when the page has one."""
    base = root.css_first("base[href]")
    return urljoin(url, base.attributes.get("href") or "") if base is not None else url


def _plain(url: str) -> bool:
    """True when a URL cannot name a document file: ASCII with no %-escape, file extension or attach folder in it."""
    if not url.isascii() or "%" in url:
        return False
    low = url.lower()
    return not any(needle in low for needle in _NEEDLES)


def _from_node(node: LexborNode, base: str, plain_base: bool) -> list[Attachment]:
    """The attachments one element names: a link, a frame or a script (plain_base: `_plain(base)`)."""
    tag = node.tag
    if tag == "a":
        href = node.attributes.get("href")
        if not href or _plain(href) and plain_base:
            return []
        text = _clean(node.text(deep=True))
        hints = [node.attributes.get("download") or "", node.attributes.get("title") or "", text]
        att = _classify(href, base, hints, text)
        return [att] if att else []
    if tag in ("iframe", "embed", "frame", "object"):
        src = node.attributes.get("data" if tag == "object" else "src")
        att = _classify(src, base, [], "") if src and not (_plain(src) and plain_base) else None
        return [att] if att else []
    if tag == "script" and not node.attributes.get("src"):
        out = []
        for m in _SCRIPT_FILE.finditer(node.text() or ""):
            att = _classify(m.group(0)[1:-1], base, [], "")
            if att:
                out.append(att)
        return out
    return []


def _classify(href: str, base: str, hints: list[str], text: str) -> Attachment | None:
    """An Attachment when href is a document file, else None."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https"):
        return None
    query = parse_qs(parts.query)
    for key in _URL_PARAMS:  # a viewer: viewer.html?file=/x.pdf
        for value in query.get(key, []):
            if type_of_name(urlsplit(unquote(value)).path):
                inner = _classify(unquote(value), absolute, hints, text)
                if inner:
                    return inner
    path = unquote(parts.path)
    file_name = posixpath.basename(path)
    query_name = next((v for k in _NAME_PARAMS for v in query.get(k, []) if type_of_name(v)), None)
    kind = type_of_name(path) or (type_of_name(query_name) if query_name else None)
    if kind is None and _ATTACH_FOLDER.search(path) and not _NOT_DOCUMENTS.search(path):
        kind = next((t for t in map(type_of_name, hints) if t), "")
    if kind is None:
        return None
    name = _name(text, hints, query_name, file_name)
    return Attachment(name=name, url=absolute, type=kind)


def _name(text: str, hints: list[str], query_name: str | None, file_name: str) -> str:
    """What the page calls the file: its link text, else a download name, else the file name."""
    if text and not _GENERIC_TEXT.match(text):
        return text
    for candidate in (*hints, query_name or "", file_name):
        candidate = _clean(candidate)
        if candidate and not _GENERIC_TEXT.match(candidate):
            return candidate
    return _clean(file_name)


def _is_file_name(name: str, url: str) -> bool:
    """True for a bare stored file name ("501F423F….pdf", the URL's own), not a title a page gave the file."""
    own = _clean(posixpath.basename(unquote(urlsplit(url).path)))
    return name == own or bool(re.fullmatch(r"[A-Za-z0-9_.-]+", name)) and type_of_name(name) is not None


def _clean(s: str) -> str:
    """One line of NFKC text, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", s).split())
