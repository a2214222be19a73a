"""One short declaration per site: its CMS template and its detail-page layout.

Metadata label cells are matched by their text (索引号, 发布机构, 公开日期, ...: see
seedformat.LABELS), so a declaration only says where the cells, the "label: value" lines,
the title and the body are. `required` lists the metadata every page of the site shows:
a page without one of them is a changed layout, not a document.
"""

from __future__ import annotations

from monitor.scraper import Selector
from scrapers.jcms import JcmsScraper
from scrapers.jpaas import JpaasScraper


class Kq(JpaasScraper):
    """柯桥区 (kq.gov.cn): a label/value table, a hidden mobile block, then 发布时间/信息来源 spans."""

    key = "kq"
    site = "kq.gov.cn"
    list_tag = "信息列表"  # the column shell also has a side-menu unit
    meta = Selector("table.xxgk_table td", min=4, max=None)  # the mobile `ul.xxgk-m` repeats it: ignored
    info = Selector("div.art_info > span", min=1, max=None)
    title = Selector("h1.art_title")
    body = Selector("#zoom")
    required = ("index_no", "publisher", "date", "published_at")


class Shangyu(JpaasScraper):
    """上虞区 (shangyu.gov.cn): 公开日期 (date and time) and 发布单位 cells, title and body in a table."""

    key = "shangyu"
    site = "shangyu.gov.cn"
    meta = Selector("table.xxgk_info td", min=4, max=None)
    title = Selector("table.article td.art_title")
    body = Selector("table.article #zoom")
    required = ("index_no", "publisher", "date", "published_at")


class Linan(JpaasScraper):
    """临安区 (linan.gov.cn): a 3×4 table whose label cells have no colon; no publish time shown."""

    key = "linan"
    site = "linan.gov.cn"
    meta = Selector("table.xxgk td", min=4, max=None)
    title = Selector("div.article_title")
    body = Selector("#zoom")
    required = ("index_no", "publisher", "date")


class Panan(JpaasScraper):
    """磐安县 (panan.gov.cn): breadcrumb (its last level is the category), 生成日期, a 发布时间/来源 line."""

    key = "panan"
    site = "panan.gov.cn"
    breadcrumb = Selector("div.crumb a", min=2, max=None)
    meta = Selector("table.xxgk_table td", min=4, max=None)
    info = Selector("div.article-info span", min=1, max=None)
    title = Selector("div.article-title")
    body = Selector("#zoom")
    required = ("index_no", "publisher", "date", "published_at")


class PananArchive(JcmsScraper):
    """磐安县 columns still on the old jcms lists (dataproxy.jsp), with Panan's detail pages."""

    key = "panan-jcms"
    site = Panan.site
    breadcrumb, meta, info, title, body = Panan.breadcrumb, Panan.meta, Panan.info, Panan.title, Panan.body
    required = Panan.required
