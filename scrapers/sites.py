"""One short declaration per site: its CMS template and its detail-page layout.

Metadata label cells are matched by their text (索引号, 发布机构, 公开日期, ...: see
seedformat.LABELS), so a declaration only says where the cells, the "label: value" lines,
the title and the body are. `required` lists the metadata every page of the site shows:
a page without one of them is a changed layout, not a document.
"""

from __future__ import annotations

from monitor.scraper import Selector
from scrapers.htmllist import HtmlListScraper
from scrapers.jcms import JcmsScraper
from scrapers.jpaas import JpaasScraper


class Kq(JpaasScraper):
    """柯桥区 (kq.gov.cn): the generic reader reads its pages; every page shows these fields."""

    key = "kq"
    site = "kq.gov.cn"
    required = ("index_no", "publisher", "date", "published_at")


class Shangyu(HtmlListScraper):
    """上虞区 (shangyu.gov.cn) as a TRS WCM site: static list pages; the generic reader reads its pages."""

    key = "shangyu"
    site = "shangyu.gov.cn"
    required = ("index_no", "publisher", "date", "published_at")


class Linan(JpaasScraper):
    """临安区 (linan.gov.cn): the generic reader reads its pages; no publish time shown."""

    key = "linan"
    site = "linan.gov.cn"
    required = ("index_no", "publisher", "date")


class Panan(JpaasScraper):
    """磐安县 (panan.gov.cn): jpaas 信息公开 pages (`li > span.title + p.text`); the body is declared, so a redesign
    that moves it is reported rather than read elsewhere."""

    key = "panan"
    site = "panan.gov.cn"
    body = Selector("div.editor-content")
    required = ("index_no", "publisher", "date", "published_at")


class PananArchive(JcmsScraper):
    """磐安县 columns still on the old jcms lists (dataproxy.jsp) and jcms detail pages (`td.bt_content > #zoom`)."""

    key = "panan-jcms"
    site = Panan.site
    body = Selector("td.bt_content #zoom")
    required = Panan.required
