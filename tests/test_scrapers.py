"""The site scrapers: each site's pages give the seed's document; real platform markup parses; lists page."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser
from conftest import ROOT, SEEDS, SHARED

from monitor import seedformat
from monitor.errors import ConfigError, ParseError
from support.fakesite import COLUMNS, FakeGovSite
from monitor.fetch import decode
from monitor.scraper import Selector
from monitor.sources import DEFAULT_SOURCES, load_sources
from scrapers import ALL, SCRAPERS
from monitor.scraper import Entry, ListPage
from scrapers.detect import TEMPLATES, detect, template_of
from scrapers.gkmlpt import is_shell, stamp_date
from scrapers.htmllist import item_date, link_title
from scrapers.jcms import JcmsScraper
from scrapers.jpaas import JpaasScraper

HTML = SHARED / "research" / "html"
BASE = "http://www.example.gov.cn"


@pytest.fixture(scope="module")
def site() -> FakeGovSite:
    """The fake site's templates (not started: pages are rendered directly)."""
    return FakeGovSite(fillers=40)


def rendered(site: FakeGovSite, path: str, *, layout: bool = False) -> str:
    """A page of the fake site as text."""
    status, body, ctype, _ = site.render(path, {}, layout)
    assert status == 200
    return decode(body, ctype.partition("charset=")[2] or None)[0]


def test_every_scraper_is_registered_once_under_its_key():
    assert [s.key for s in ALL] == list(SCRAPERS)
    assert all(s.key and (s.site or s.key in TEMPLATES) for s in ALL)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_each_sites_page_gives_the_seed_capture_document(site, seed):
    column = next(c for c in site.columns if c.seed == seed.name[:3])
    url = BASE + column.seed_path
    doc = SCRAPERS[column.scraper].parse_detail(rendered(site, column.seed_path), url)
    expected = seedformat.parse_file(seed)
    assert doc.metadata() == {**expected.metadata(), "url": url}
    assert doc.paragraphs == expected.paragraphs
    assert seedformat.parse(seedformat.render(doc)) == doc  # the canonical text stores it exactly


@pytest.mark.parametrize("column", [c for c in COLUMNS if SCRAPERS[c.scraper].body], ids=lambda c: c.name)
def test_a_changed_layout_is_a_parse_error_naming_site_selector_and_url(site, column):
    path = site.paths(column.name)[0]
    with pytest.raises(ParseError) as exc:
        SCRAPERS[column.scraper].parse_detail(rendered(site, path, layout=True), BASE + path)
    message = str(exc.value)
    assert message.startswith(SCRAPERS[column.scraper].site + ": ")
    assert "selector" in message and "matched 0 elements" in message and BASE + path in message


@pytest.mark.parametrize("column", [c for c in COLUMNS if not SCRAPERS[c.scraper].body], ids=lambda c: c.name)
def test_a_site_read_without_declared_selectors_reads_its_redesigned_page_alike(site, column):
    path = site.paths(column.name)[0]
    scraper = SCRAPERS[column.scraper]
    before = scraper.parse_detail(rendered(site, path), BASE + path)
    after = scraper.parse_detail(rendered(site, path, layout=True), BASE + path)
    assert (after.title, after.index_no, after.publisher, after.date, after.paragraphs) == (
        before.title, before.index_no, before.publisher, before.date, before.paragraphs)
    assert not any("扫一扫" in p for p in before.paragraphs)  # the QR widget inside #zoom is chrome


def test_filler_pages_of_every_column_parse_to_the_fake_sites_documents(site):
    for column in site.columns:
        for path in site.paths(column.name)[:12]:
            doc = SCRAPERS[column.scraper].parse_detail(rendered(site, path), BASE + path)
            assert dataclasses.replace(doc, url=None) == site.document(path)


# -- real pages of the platform (../shared/research/html) ------------------------------------


class Jst(JpaasScraper):
    """浙江省住建厅 (jst.zj.gov.cn): the real saved detail page's layout, declared like a site."""

    key = "jst"
    site = "jst.zj.gov.cn"
    meta = Selector("table.xxgk_article td", min=4, max=None)
    info = Selector("table#c table td", min=1, max=None)
    title = Selector("td.title")
    body = Selector("#zoom")
    required = ("index_no", "publisher", "published_at")


needs_html = pytest.mark.skipif(not HTML.is_dir(), reason="../shared/research/html not present")


@needs_html
def test_a_real_jpaas_detail_page_parses_with_a_short_declaration():
    url = "https://jst.zj.gov.cn/col/col1229129246/art/2026/art_957119af5ffdcfbc663ea69531f8b59a.html"
    doc = Jst().parse_detail((HTML / "zj_jst_detail_xxgk.html").read_text(encoding="utf-8"), url)
    assert doc.index_no == "113300000024822425/2026-1010695362"
    assert doc.publisher == "浙江省住房和城乡建设厅"
    assert doc.doc_number == "浙建城管发〔2026〕127号"  # label written 文　　号 (full-width spaces)
    assert (doc.published_at, doc.source, doc.disclosure) == ("2026-10-08 10:36", "省建设厅", "主动公开")
    assert doc.title.startswith("省建设厅关于印发《建筑垃圾综合利用产品") and doc.title.endswith("的通知")
    assert doc.paragraphs[0].startswith("各设区市建委(建设局)")
    assert doc.paragraphs[-2:] == ("浙江省住房和城乡建设厅", "2026年9月30日")
    assert not any("打印" in p or "浏览次数" in p for p in doc.paragraphs)


@needs_html
def test_a_real_column_shell_gives_the_list_api_url_with_paramjson():
    url = "https://jst.zj.gov.cn/col/col1229129246/index.html"
    listed = Jst().parse_list((HTML / "zj_jst_column_list_shell.html").read_text(encoding="utf-8"), url)
    assert listed.entries == ()
    parts = urlsplit(listed.next_url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == (
        "https://jst.zj.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit"
    )
    assert query["tagId"] == "栏目列表list" and query["webId"] == "3162" and query["pageId"] == "1229129246"
    assert json.loads(query["paramJson"]) == {"pageNo": 1, "pageSize": 15}
    assert "%E6%A0%8F%E7%9B%AE" in listed.next_url  # Chinese tagId sent as UTF-8, not GBK


@needs_html
def test_a_real_list_api_answer_gives_entries_and_the_next_page():
    url = "https://www.mohurd.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?tagId=x&paramJson=" \
          "%7B%22pageNo%22%3A1%2C%22pageSize%22%3A20%7D"
    listed = Jst().parse_list((HTML / "generic_jpaas_unit_api_response_mohurd.json").read_text(encoding="utf-8"), url)
    assert len(listed.entries) == 20
    first = listed.entries[0]
    assert first.url == "https://www.mohurd.gov.cn/gongkai/zc/wjk/art/2026/art_cf1939ee632c47eb8e680509a186c770.html"
    assert first.title.startswith("住房城乡建设部直属事业单位") and first.date == "2026-09-23"
    assert json.loads(parse_qs(urlsplit(listed.next_url).query)["paramJson"][0])["pageNo"] == 2


# -- list templates ------------------------------------------------------------------------


def api_answer(items: str, count: int, page: int = 1, rows: int = 15, success: bool = True) -> str:
    """A jpaas unit API answer."""
    html = (f'<div id="l"><div class="page-content"><ul class="ajax-ul">{items}</ul></div>'
            f'<div class="pagination" rows="{rows}" count="{count}" pageNo="{page}"></div></div>')
    return json.dumps({"success": success, "message": "生成成功" if success else "参数错误",
                       "data": {"html": html} if success else {}}, ensure_ascii=False)


API = BASE + "/api-gateway/jpaas-publish-server/front/page/build/unit?tagId=x&paramJson=%7B%22pageNo%22%3A3%7D"


def test_the_last_api_page_has_no_next_page():
    item = '<li><a href="/art/2024/3/26/art_1_2.html" title="甲">甲</a><span>2024-03-26</span></li>'
    listed = SCRAPERS["kq"].parse_list(api_answer(item, count=31, page=3), API)
    assert [e.url for e in listed.entries] == [BASE + "/art/2024/3/26/art_1_2.html"]
    assert listed.next_url is None


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (api_answer("", count=31, page=3),
         "items selector '.page-content li, .page-content tbody tr' matched 0 elements but the list has 31"),
        (api_answer("", count=0, success=False), "list API answered success=False ('参数错误')"),
        ("{not json", "list API answer is not the expected JSON"),
        (api_answer("", count=31, page=1), "asked for list page 3, the API answered page 1 (of 31 entries)"),
    ],
    ids=["items-gone", "success-false", "bad-json", "page-1-again"],
)
def test_a_broken_list_page_is_a_parse_error_not_an_empty_list(answer, message):
    with pytest.raises(ParseError) as exc:
        SCRAPERS["kq"].parse_list(answer, API)
    assert message in str(exc.value) and API in str(exc.value)


def test_an_item_without_a_link_is_skipped_with_a_warning_naming_the_url():
    items = ('<li><a href="/art/2024/3/26/art_1_2.html" title="甲">甲</a><span>2024-03-26</span></li>'
             '<li>乙（链接已撤下）<span>2024-03-25</span></li>')
    listed = SCRAPERS["kq"].parse_list(api_answer(items, count=32, page=3), API)
    assert [e.title for e in listed.entries] == ["甲"] and listed.total == 32
    assert len(listed.skipped) == 1 and listed.skipped[0].startswith(f"list item 2 without a link skipped on {API}: '乙")


def test_a_shell_with_several_units_offers_each_unit_or_the_declared_one():
    shell = ('<html><body><script url="/api" queryData="{\'tagId\':\'菜单\'}"></script>'
             '<script url="/api" queryData="{\'tagId\':\'列表\'}"></script></body></html>')
    both = SCRAPERS["linan"].parse_list(shell, BASE + "/col/col1/index.html")
    assert both.next_url is None and [parse_qs(urlsplit(u).query)["tagId"] for u in both.units] == [["菜单"], ["列表"]]
    listed = SCRAPERS["linan"].with_params({"list_tag": "列表", "page_size": 50}).parse_list(shell, BASE + "/col/col1/index.html")
    assert json.loads(parse_qs(urlsplit(listed.next_url).query)["paramJson"][0]) == {"pageNo": 1, "pageSize": 50}
    with pytest.raises(ParseError, match="expected one list unit with tagId '信息列表', found 0 \\(units: 菜单, 列表\\)"):
        SCRAPERS["linan"].with_params({"list_tag": "信息列表"}).parse_list(shell, BASE + "/col/col1/index.html")


def test_jcms_column_page_then_the_servers_dataproxy_pages(site):
    column = next(c for c in site.columns if c.cms == "jcms")
    scraper = SCRAPERS[column.scraper]
    assert isinstance(scraper, JcmsScraper)
    first = scraper.parse_list(rendered(site, f"/col/col{column.col}/index.html"), BASE + f"/col/col{column.col}/index.html")
    assert first.entries[0].date and first.total == len(site.paths(column.name))
    assert "dataproxy.jsp" in first.next_url and parse_qs(urlsplit(first.next_url).query)["page"] == ["1"]
    seen = {e.url: None for e in first.entries}
    url = first.next_url
    while url:
        page = int(parse_qs(urlsplit(url).query)["page"][0])
        _, body, _, _ = site.render(urlsplit(url).path, {"columnid": [column.col], "page": [str(page)]})
        listed = scraper.parse_list(decode(body, None)[0], url)
        assert listed.total == first.total
        seen.update((e.url, None) for e in listed.entries)
        url = listed.next_url
    assert list(seen) == [BASE + p for p in site.paths(column.name)]  # 40 entries, in order


@needs_html
def test_the_real_jiangsu_jcms_page_states_the_total_of_the_call_it_runs_not_the_placeholder():
    url = "https://jsszfhcxjst.jiangsu.gov.cn/col/col8639/index.html"
    listed = JcmsScraper().parse_list((HTML / "js_jst_col8639_jcms_list.html").read_text(encoding="utf-8"), url)
    assert listed.total == 190  # the page also defines jpage_286629() with totalRecord:1000
    assert len(listed.entries) == 45 and listed.entries[0].url.startswith("https://jsszfhcxjst.jiangsu.gov.cn/art/")
    query = parse_qs(urlsplit(listed.next_url).query)
    assert urlsplit(listed.next_url).path == "/module/web/jpage/dataproxy.jsp" and query["page"] == ["1"]
    assert query["columnid"] == ["8639"] and query["unitid"] == ["286629"]


@pytest.mark.parametrize(("record", "entry"), [
    # zwgk.dingxi.gov.cn (定西市政府信息公开平台, jcms column 12377), its records as a public script saved them: the date in b
    ('<li class="clearfix">    <a target="_blank" href="/art/2022/1/20/art_12377_1486865.html" title="定西市“春节”文明祭祀倡议书">'
     '定西市“春节”文明祭祀倡议书</a>    <b>2022-01-20</b></li>', ("/art/2022/1/20/art_12377_1486865.html", "定西市“春节”文明祭祀倡议书",
                                                              "2022-01-20")),
    # the shape a public scraper's test quotes from jshrss.jiangsu.gov.cn's jcms lists: title and date inside the link
    ('<li><a href="/art/2026/9/10/art_78506_1.html"><span class="list_title">招聘公示...</span><i>2026-09-10</i></a></li>',
     ("/art/2026/9/10/art_78506_1.html", "招聘公示...", "2026-09-10")),
    # the common record: a title attribute and a span date
    ("<li><a href='/art/2021/1/1/art_1_1.html' title='甲'>甲</a><span>2021-01-01</span></li>",
     ("/art/2021/1/1/art_1_1.html", "甲", "2021-01-01")),
])
def test_a_jcms_record_gives_its_title_and_its_date_wherever_the_record_prints_it(record, entry):
    answer = (f"<datastore><totalrecord>1</totalrecord><totalpage>1</totalpage><recordset><record><![CDATA[{record}]]>"
              "</record></recordset></datastore>")
    listed = JcmsScraper().parse_list(answer, BASE + "/module/web/jpage/dataproxy.jsp?page=1&columnid=1")
    assert listed.entries == (Entry(BASE + entry[0], entry[1], entry[2]),)


def test_a_dataproxy_record_without_a_link_is_skipped_with_a_warning():
    answer = ("<datastore><totalrecord>2</totalrecord><totalpage>1</totalpage><recordset>"
              "<record><![CDATA[<li><a href='/art/2021/1/1/art_1_1.html' title='甲'>甲</a><span>2021-01-01</span></li>]]></record>"
              "<record><![CDATA[<li>乙<span>2021-01-02</span></li>]]></record></recordset></datastore>")
    url = BASE + "/module/web/jpage/dataproxy.jsp?page=1&columnid=1"
    listed = JcmsScraper().parse_list(answer, url)
    assert [e.title for e in listed.entries] == ["甲"] and listed.next_url is None and listed.total == 2
    assert len(listed.skipped) == 1 and listed.skipped[0].startswith("record 2 without a link skipped on " + url)


def test_a_jcms_page_without_its_datastore_is_a_parse_error(site):
    column = next(c for c in site.columns if c.cms == "jcms")
    path = f"/col/col{column.col}/index.html"
    with pytest.raises(ParseError, match="expected one <datastore> list, found 0"):
        SCRAPERS[column.scraper].parse_list(rendered(site, path, layout=True), BASE + path)


def test_a_jcms_page_printing_its_list_once_per_layout_reads_it_once_and_two_lists_are_an_error():
    # fzggw.jiangsu.gov.cn 通知公告 (tests/fixtures/lists/jsfzggw_col284_jcms_pc_mobile_units_EXCERPT.html): a PC
    # unit and a mobile unit, each a <datastore> of the same records and a jpage() call of its own
    text = (LISTS / "jsfzggw_col284_jcms_pc_mobile_units_EXCERPT.html").read_text(encoding="utf-8")
    url = "http://fzggw.jiangsu.gov.cn/col/col284/index.html"
    listed = JcmsScraper().parse_list(text, url)
    assert (len(listed.entries), listed.total) == (6, 138) and "unitid=423656" in listed.next_url
    other = text.replace("/art/2025/10/27/art_284_11663287.html", "/art/2025/10/27/art_284_1.html", 1)  # the PC unit's
    with pytest.raises(ParseError, match="expected one <datastore> list, found 2 listing different records"):
        JcmsScraper().parse_list(other, url)


@needs_html
@pytest.mark.parametrize(("page", "url", "template"), [
    ("zj_jst_column_list_shell.html", "https://jst.zj.gov.cn/col/col1229129246/index.html", "jpaas"),
    ("zj_jst_xxgk_catalogue_shell_EXCERPT.html", "https://jst.zj.gov.cn/col/col1229165367/index.html", "jpaas"),
    ("mohurd_wjk_column_shell.html", "https://www.mohurd.gov.cn/gongkai/zc/wjk/index.html", "jpaas"),
    ("yt_col22904_shell.html", "https://zjj.yantai.gov.cn/col/col22904/index.html", "jpaas"),
    ("js_jst_col8639_jcms_list.html", "https://jsszfhcxjst.jiangsu.gov.cn/col/col8639/index.html", "jcms"),
    ("js_jst_col49384_xxgk_dynamic.html", "https://jsszfhcxjst.jiangsu.gov.cn/col/col49384/index.html?number=07", "jcms-xxgk"),
    ("sdzjt_xxgk_search_SD1003.html", "http://zjt.shandong.gov.cn/module/xxgk/search.jsp?infotypeId=SD1003", "jcms-xxgk"),
])
def test_a_real_column_page_is_told_by_its_fingerprint(page, url, template):
    assert detect((HTML / page).read_text(encoding="utf-8"), url).template == template


@needs_html
def test_a_real_detail_page_is_no_list():
    with pytest.raises(ParseError, match="zj.gov.cn/x.html: unknown list template: looked for jpaas unit scripts"):
        detect((HTML / "zj_jst_detail_xxgk.html").read_text(encoding="utf-8"), "https://jst.zj.gov.cn/x.html")


@needs_html
def test_a_real_xxgk_catalogue_posts_search_jsp_with_the_columns_number_then_posts_its_pager_form():
    scraper = TEMPLATES["jcms-xxgk"]
    column = "https://jsszfhcxjst.jiangsu.gov.cn/col/col49384/index.html?number=07"
    first = scraper.parse_list((HTML / "js_jst_col49384_xxgk_dynamic.html").read_text(encoding="utf-8"), column)
    query = parse_qs(urlsplit(first.next_url).query, keep_blank_values=True)
    assert urlsplit(first.next_url).path == "/module/xxgk/search.jsp" and query["infotypeId"] == ["07"]
    assert dict(first.next_form) == {"divid": "div52043", "currpage": "1"}  # loadDynamic's fields, POSTed
    url = "http://zjt.shandong.gov.cn/module/xxgk/search.jsp?infotypeId=SD1003"
    listed = scraper.parse_list((HTML / "sdzjt_xxgk_search_SD1003.html").read_text(encoding="utf-8"), url)
    assert len(listed.entries) == 20 and listed.total == 1470
    assert listed.entries[0] == Entry("http://zjt.shandong.gov.cn/art/2026/10/9/art_102885_10360197.html?xxgkhide=1",
                                      "潍坊市住房城乡建设调解机构综合治理成效显著", "2026-10-09")
    assert listed.next_url == "http://zjt.shandong.gov.cn/module/xxgk/search.jsp"  # the pageForm's action
    form = dict(listed.next_form)  # the searchform's hidden fields and the next page, POSTed as funGoPage does
    assert (form["currpage"], form["infotypeId"], form["jdid"], form["divid"]) == ("2", "SD1003", "14", "div160091")


LISTS = ROOT / "tests" / "fixtures" / "lists"
REAL_LISTS = json.loads((LISTS / "expected.json").read_text(encoding="utf-8"))


# -- Guangdong's gkmlpt: no saved shell or API answer was found; these are the shapes its public readers rely on:
# `SID: '758019'` in the shell's _CONFIG script, the column in the fragment (www.yangjiang.gov.cn/yjzjj/gkmlpt/index#721,
# www.zhaoqing.gov.cn/zqhjj/gkmlpt/index with columns 21023/21025/21028), /gkmlpt/api/all/{column}?page=N&sid=…
# answering {"total", "articles": [{"title", "url", "date" epoch seconds, …}], "classify": {"post_count"}}.
GKMLPT_SHELL = """<html><head><script>window._CONFIG = { SID: '758019', APP_URL: '/zqhjj', TREE: [] };</script>
<script src="/zqhjj/gkmlpt/js/chunk-common.js"></script></head><body><div id="app"></div></body></html>"""
GKMLPT_ARTICLE = {"id": 3255421, "title": "金宸农牧科技（四会）有限公司四会富硒蛋鸡产业园项目受理公告", "date": 1783353600,
                  "publisher": "肇庆市生态环境局", "classify_main_name": "受理公告",
                  "url": "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/content/3/3255/post_3255421.html",
                  "identifier": "11441200MB2C91453G/2026-00271"}


@pytest.mark.parametrize(("url", "api"), [
    ("https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/index#21023",
     "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/api/all/21023?page=1&sid=758019"),
    ("http://www.yangjiang.gov.cn/yjzjj/gkmlpt/mindex#721", "http://www.yangjiang.gov.cn/yjzjj/gkmlpt/api/all/721?page=1&sid=758019"),
    ("http://www.szpsq.gov.cn/pskjcxfws/gkmlpt/index", "http://www.szpsq.gov.cn/pskjcxfws/gkmlpt/api/all/0?page=1&sid=758019"),
])
def test_a_gkmlpt_catalogue_is_told_by_its_sid_and_asks_its_columns_api(url, api):
    found = detect(GKMLPT_SHELL, url)
    assert (found.template, found.evidence) == ("gkmlpt", "a gkmlpt catalogue (SID 758019)")
    assert found.scraper.parse_list(GKMLPT_SHELL, url) == ListPage((), api)


def test_a_gkmlpt_article_page_or_a_page_without_an_sid_is_no_catalogue():
    article = "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/content/3/3255/post_3255421.html"
    assert not is_shell(GKMLPT_SHELL.replace("TREE", "DETAIL"), article)
    assert not is_shell(GKMLPT_SHELL.replace("SID", "XID"), "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/index")
    with pytest.raises(ParseError, match="a gkmlpt page without the SID .* on https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/index"):
        TEMPLATES["gkmlpt"].parse_list("<html><script>var _CONFIG = {};</script></html>",
                                       "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/index")


@pytest.mark.parametrize(("articles", "stated", "total", "page", "next_page"), [
    (1, {"classify": {"id": 21023, "name": "受理公告", "post_count": 203}}, 203, 1, None),  # a short page is the last
    (100, {"total": 250}, 250, 1, 2),  # a full page of 100 below the total: the next page
    (100, {"total": "250"}, 250, 2, 3),
    (50, {"total": 250}, 250, 3, None),
    (100, {"total": 200}, 200, 2, None),  # the total reached
])
def test_a_gkmlpt_api_page_gives_its_articles_the_total_and_the_next_page(articles, stated, total, page, next_page):
    url = f"https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/api/all/21023?page={page}&sid=758019"
    answer = json.dumps({**stated, "articles": [GKMLPT_ARTICLE] * articles}, ensure_ascii=False)
    listed = TEMPLATES["gkmlpt"].parse_list(answer, url)
    assert listed.entries[0] == Entry(GKMLPT_ARTICLE["url"], GKMLPT_ARTICLE["title"], "2026-07-07")
    assert (len(listed.entries), listed.total) == (articles, total)
    assert listed.next_url == (next_page and url.replace(f"page={page}", f"page={next_page}"))


@pytest.mark.parametrize(("stamps", "date"), [
    ({"created_at": 1783353600000}, "2026-07-07"),  # milliseconds
    ({"display_publish_time": 1783400000, "date": 1700000000}, "2026-07-07"),  # the publish time before the written date
    ({"create_time": "2026-07-06 16:00:00"}, "2026-07-06"),
    ({}, None),
])
def test_a_gkmlpt_articles_date_is_its_publish_stamp_in_beijing_time(stamps, date):
    assert stamp_date(stamps) == date


@pytest.mark.parametrize(("answer", "message"), [
    ('{"total": 3}', "not the expected JSON"),
    ('<html>404</html>', "not the expected JSON"),
    ('{"articles": {"0": 1}}', "articles is no list"),
])
def test_a_gkmlpt_answer_without_its_articles_is_an_error_naming_the_url(answer, message):
    with pytest.raises(ParseError, match=f"gkmlpt: list API .*{message}.* on http://www.yangjiang.gov.cn/yjzjj/gkmlpt/api/all/721"):
        TEMPLATES["gkmlpt"].parse_api(answer, "http://www.yangjiang.gov.cn/yjzjj/gkmlpt/api/all/721?page=1&sid=662021")


def test_a_gkmlpt_article_without_a_url_is_skipped_with_a_warning():
    answer = json.dumps({"total": 2, "articles": [GKMLPT_ARTICLE, {"id": 1, "title": "无链接"}]}, ensure_ascii=False)
    listed = TEMPLATES["gkmlpt"].parse_list(answer, "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/api/all/21023?page=1&sid=1")
    assert len(listed.entries) == 1 and listed.skipped[0].startswith("article 2 without a url skipped on https://")


@pytest.mark.parametrize("name", sorted(REAL_LISTS))
def test_every_real_list_page_gives_each_entry_with_its_date_and_the_next_page(name):
    # tests/fixtures/lists/PROVENANCE.md: real saved column pages, what a reader of them sees
    exp = REAL_LISTS[name]
    text = (LISTS / name).read_text(encoding="utf-8")
    scraper = TEMPLATES["jpaas"] if name.endswith(".json") else detect(text, exp["url"]).scraper  # an API answer
    assert template_of(scraper) == exp["template"]
    if "error" in exp:  # a list that cannot be read is an error naming why, never an empty list
        with pytest.raises(ParseError, match=re.escape(exp["error"])):
            scraper.parse_list(text, exp["url"])
        return
    listed = scraper.parse_list(text, exp["url"])
    assert len(listed.entries) == exp["entries"] and all(e.date for e in listed.entries)
    assert listed.total == exp.get("total")
    for entry, (url, title, date) in zip(listed.entries[:1] + listed.entries[-1:], (exp["first"], exp["last"])):
        assert (entry.url, entry.date) == (url, date) and entry.title == (title or entry.title)
    assert (listed.next_url, listed.pages) == (exp["next_url"], exp.get("pages"))


@pytest.mark.parametrize(("box", "entries"), [
    # www.ndrc.gov.cn 通知 (TRS, tests/fixtures/lists/ndrc_tz_trs_jiedu_popbox_EXCERPT.html): each row carries a hidden
    # box of its 相关解读 links, empty on most rows
    ('<div class="popbox"><h3 title="相关解读">相关解读</h3><ul><li><a href="../../jd/jd/202608/t20260826_1407197.html" '
     'title="答记者问">答记者问</a></li><li><a href="../../jd/zctj/202608/t20260826_1.html" title="一图读懂">一图读懂</a></li>'
     '</ul></div>', ["/a/1/", "/a/2/", "/a/3/", "/a/4/"]),
    ('<div class="popbox"><h3 title="相关解读">相关解读</h3><ul></ul></div>', ["/a/1/", "/a/2/", "/a/3/", "/a/4/"]),
    # nested rows that are dated are rows of their own: the element holding them is a box of rows, not a row
    ("<ul>" + "".join(f'<li><a href="/b/{n}/">文</a><span>2024/02/0{n}</span></li>' for n in range(1, 4)) + "</ul>",
     ["/b/1/", "/b/2/", "/b/3/"]),
])
def test_a_row_with_a_box_of_its_related_links_is_one_entry(box, entries):
    rows = "".join(f'<li><a href="/a/{n}/" title="通知{n}">通知{n}</a>{box}<span>2024/01/0{n}</span></li>' for n in range(1, 5))
    page = f"<html><body><ul class='u-list'>{rows}</ul></body></html>"
    listed = TEMPLATES["html-list"].parse_list(page, "https://www.ndrc.gov.cn/xxgk/zcfb/tz/")
    assert [urlsplit(e.url).path for e in listed.entries] == entries


@pytest.mark.parametrize(("pager", "pages"), [
    # Huilan easysite (zjw.beijing.gov.cn 政策文件): 共19页 beside the links of the list's own pager
    ("""<span class="znum">共19页</span> <a tagname="[HOMEPAGE]" title="首页">首页</a> """
     """<a onclick="queryArticleByCondition(this,'/bjjs/zwgk46/zcwj8/d89c1422-2.shtml')" title="下一页">下一页</a>""", 19),
    # TRS's static page navigation (www.stats.gov.cn 最新发布): 共25页 at the head of dl.fenye
    ("""<dl class="fenye">共25页&nbsp;&nbsp;<span id="pagenav_0">1</span><a id="pagenav_1" href="index_1.html">2</a>"""
     """<a id="pagenav_1" target="_self" href="index_1.html">下一页</a></dl>""", 25),
    # a pager only a browser's script follows (goPage(2)): the next page unknown, the count stated
    ("""<span>共3页</span> <a href="javascript:void(0);" onclick="goPage(2)">下一页</a>""", 3),
    ("""<a href="index_1.html">下一页</a>""", None),  # a pager that states no count
])
def test_the_pages_a_list_announces_are_read_from_its_own_pager(pager, pages):
    items = "".join(f'<li><a href="/a/{n}/index.shtml" title="共{n}页的文{n}">文{n}</a> <span>2024-0{n}-01</span></li>'
                    for n in range(1, 5))
    other = ("<div><ul>" + items.replace("/a/", "/b/") + "</ul><div class='pagenum'><span>共166页</span><a "
             "onclick=\"queryArticleByCondition(this,'/other-2.shtml')\">下一页</a></div></div>")  # another tab's list, first
    page = f"<html><body>{other}<div><ul>{items}{items.replace('/a/', '/c/')}</ul><div class='pagenum'>{pager}</div></div></body></html>"
    listed = TEMPLATES["html-list"].parse_list(page, "https://zjw.beijing.gov.cn/bjjs/zwgk46/ywtz/index.shtml")
    assert len(listed.entries) == 8 and listed.pages == pages


@pytest.mark.parametrize(("pager", "next_url"), [
    # Huilan easysite (zjw.beijing.gov.cn 政策文件 and 业务通知): the address in onclick and tagname, no href
    ("""<a style="cursor:pointer" title="下一页" onclick="queryArticleByCondition(this,'/bjjs/zwgk46/zcwj8/d89c1422-2.shtml')" """
     """tagname="/bjjs/zwgk46/zcwj8/d89c1422-2.shtml">下一页<span>></span></a>""", "/bjjs/zwgk46/zcwj8/d89c1422-2.shtml"),
    ("""<a style="cursor:pointer" title="下一页" onclick="queryArticleByCondition(this,'/bjjs/zwgk46/ywtz/2ef90ede-2.shtml')" """
     """tagname="/bjjs/zwgk46/ywtz/2ef90ede-2.shtml">下一页<span>></span></a>""", "/bjjs/zwgk46/ywtz/2ef90ede-2.shtml"),
    # the same pager on a last page (业务通知's 公平竞争审查 tab, 共1页): a placeholder, no next page
    ("""<a title="下一页" tagname="[NEXTPAGE]" class="">下一页<span>></span></a>""", None),
    # NFCMS (zfcxjst.gd.gov.cn 文件通知): a plain href
    ("""<a class="next" href="http://zfcxjst.gd.gov.cn/xxgk/wjtz/index_2.html">下一页</a>""", "http://zfcxjst.gd.gov.cn/xxgk/wjtz/index_2.html"),
])
def test_the_next_page_is_read_from_href_tagname_or_the_onclick_call_of_the_lists_own_pager(pager, next_url):
    items = "".join(f'<li><a href="/a/{n}/index.shtml" title="文{n}">文{n}</a> <span>2024-0{n}-01</span></li>' for n in range(1, 5))
    other = ("<div><ul>" + items.replace("/a/", "/b/") + "</ul><div class='pagenum'><a onclick=\"queryArticleByCondition(this,"
             "'/other-2.shtml')\">下一页</a></div></div>")  # another tab's list and pager, printed first
    page = f"<html><body>{other}<div><ul>{items}{items.replace('/a/', '/c/')}</ul><div class='pagenum'>{pager}</div></div></body></html>"
    url = "https://zjw.beijing.gov.cn/bjjs/zwgk46/ywtz/index.shtml"
    listed = TEMPLATES["html-list"].parse_list(page, url)
    assert len(listed.entries) == 8 and listed.next_url == (next_url and urljoin(url, next_url))


@pytest.mark.parametrize(("pager", "scripted"), [
    # the JSP pager tags of public code: 下一页 calls goPage() in its href, or in an onclick beside href="#"
    ("""<a href='javascript:goPage(1)'>上一页</a> <a href='javascript:goPage(2)'>下一页</a>""", "goPage(2)"),
    ("""<a href='#' onclick='javascript:goPage(2);'>下一页</a>""", "goPage(2);"),
    ("""<a href="javascript:void(0);" onclick="goPage(2)">下一页</a>""", "goPage(2)"),
    ("""<a href="#" onclick="location.href='?page=2'">下一页</a>""", "location.href='?page=2'"),  # an address no call names
    # a last page's dead link runs nothing; a page named in the call (easysite) or in href is followed, not reported
    ("""<a href="javascript:void(0);">下一页</a>""", None),
    ("""<a href="#" onclick="return false;">下一页</a>""", None),
    ("""<a title="下一页" tagname="[NEXTPAGE]">下一页</a>""", None),
    ("""<a onclick="queryArticleByCondition(this,'/bjjs/zwgk46/zcwj8/d89c1422-2.shtml')">下一页</a>""", None),
    ("""<a href="index_1.html">下一页</a>""", None),
])
def test_a_next_link_that_only_runs_a_script_is_said_to_be_one(pager, scripted):
    items = "".join(f'<li><a href="/a/{n}/index.shtml" title="文{n}">文{n}</a> <span>2024-0{n}-01</span></li>' for n in range(1, 5))
    page = f"<html><body><div><ul>{items}</ul><div class='page'>{pager}</div></div></body></html>"
    listed = TEMPLATES["html-list"].parse_list(page, "http://www.example.gov.cn/zwgk/tzgg/index.html")
    assert listed.scripted == scripted and (scripted is None or listed.next_url is None)


@pytest.mark.parametrize(("shown", "href", "date"), [
    # www.zhangshu.gov.cn 综合信息 (TRS): month-day only, the year in the link's month folder
    ("江西（樟树）医药产业招商引资推介会举行 10-19", "./201710/t20171019_398276.html", "2017-10-19"),
    ("樟树市对省环保督察组交办信访件16-10处理情况 09-25", "./201709/t20170925_396059.html", "2017-09-25"),
    # the same site's notice box: shown 01-06, the document made 01-11 in the same month folder
    ("停电公告 01-06", "../../wsfw/fwsm/smgg/tdgg/201701/t20170111_362269.html", "2017-01-06"),
    # a Hanweb /art/YYYY/M/D/ link (the shape of zjt.shandong.gov.cn's) beside a month-day
    ("通知 10-09", "/art/2026/10/9/art_102885_10360197.html", "2026-10-09"),
    # a full date wins; a month-day whose link has no month folder, or another month, has no date
    ("万载县发布禁火令 2017-10-13", "http://www.wanzai.gov.cn/news-show-8960.html", "2017-10-13"),
    ("万载县发布禁火令 10-13", "http://www.wanzai.gov.cn/news-show-8960.html", None),
    ("关于元旦假期的通知 12-30", "./201801/t20180102_1.html", None),
])
def test_a_month_day_list_date_takes_its_year_from_the_links_month_folder(shown, href, date):
    assert item_date(shown, href) == date


def test_a_record_count_outside_trs_pagechnlinfo_is_no_total():
    # a recordCount option of some other script beside an ordinary dated list: no TRS 动静结合 page, no stated total
    items = "".join(f'<li><a href="./2025{n:02d}/t2025{n:02d}01_{n}.htm" title="文{n}">文{n}</a><span>2025-{n:02d}-01</span></li>'
                    for n in range(1, 4))
    page = f"<html><body><ul>{items}</ul><script>laypage.render({{elem: 'p', recordCount: 100, limit: 15}})</script></body></html>"
    assert TEMPLATES["html-list"].parse_list(page, "https://www.pingtan.gov.cn/zwgk/ghxx/ndjh/").total is None


@pytest.mark.parametrize(("link", "title"), [
    # www.stats.gov.cn 最新发布 (tests/fixtures/lists/stats_zxfb_trs_fenye_EXCERPT.html): the link wraps title and date
    ('<a href="./202001/t20200109_1721984.html"><span class="cont_tit"><img src="../../images/01.jpg"><font class="cont_tit03">'
     '2019年12月份居民消费价格同比上涨4.5%</font><font class="cont_tit02">2020-01-09</font></span></a>',
     "2019年12月份居民消费价格同比上涨4.5%"),
    ('<a href="./a.html"><span>[2017-10-13]</span> 胡江萍调研我市重点交通工程项目推进情况</a>', "胡江萍调研我市重点交通工程项目推进情况"),
    # a date that is part of the title's own text stays, and a title attribute wins
    ('<a href="./a.html">关于2020-01-09停电的通知</a>', "关于2020-01-09停电的通知"),
    ('<a href="./a.html" title="全称"><h5>简称</h5><h6>2026-09-29</h6></a>', "全称"),
])
def test_a_link_wrapping_its_rows_date_is_titled_without_it(link, title):
    a = LexborHTMLParser(f"<html><body>{link}</body></html>").css_first("a")
    assert link_title(a) == title


@pytest.mark.parametrize(("page", "count", "next_url"), [
    # www.jxfc.gov.cn 丰城新闻 (tests/fixtures/lists/jxfc_n13_maxpagenum_EXCERPT.html): the script pager loads older
    # pages index_958_198.html … index_958_1.html into the list; each is followed by the one numbered below it
    ("index_958_198.html", 3, "index_958_197.html"),
    ("index_958_2.html", 3, "index_958_1.html"),
    ("index_958_1.html", 2, None),  # the oldest page, which may hold fewer than three
])
def test_a_maxpagenum_pagers_older_pages_count_down_to_one(page, count, next_url):
    items = "".join(f'<li><span>[2017-10-1{n}]</span><a href="../../n3/n13/c67{n}/content.html">文{n}</a></li>'
                    for n in range(count))
    url = "http://www.jxfc.gov.cn/n3/n13/" + page
    listed = TEMPLATES["html-list"].parse_list(f"<html><body><ul>{items}</ul></body></html>", url)
    assert len(listed.entries) == count and listed.next_url == (next_url and urljoin(url, next_url))


@pytest.mark.parametrize("pager", ["", '<div class="page"><a href="index_1.html">下一页</a></div>'])
def test_dated_links_in_a_box_with_a_more_link_are_a_preview_unless_the_page_pages_them(pager):
    # the shape of jsszfhcxjst.jiangsu.gov.cn's 综合页 (tests/fixtures/lists/js_jst_col75700_overview_EXCERPT.html)
    items = "".join(f'<li><a href="/art/2026/{n}/1/art_93350_{n}.html" title="20260{n}">20260{n}</a>'
                    f'<span>2026-0{n}-11</span></li>' for n in range(1, 7))
    page = ('<html><body><div class="bs"><ul class="box_left"><li><a href="/col/col93350/index.html">办件统计</a></li>'
            '<li class="more"><a href="/col/col93350/index.html">更多>></a></li></ul><div class="qh_list_box"><div>'
            f'<ul class="list_pad">{items}</ul></div></div></div>{pager}</body></html>')
    url = "http://jsszfhcxjst.jiangsu.gov.cn/col/col75700/index.html"
    if pager:  # a column page whose list has its own pager is read, whatever 更多 links it shows
        assert len(TEMPLATES["html-list"].parse_list(page, url).entries) == 6
    else:
        with pytest.raises(ParseError, match="preview another column, whose 更多 link goes to "
                                             "http://jsszfhcxjst.jiangsu.gov.cn/col/col93350/index.html"):
            TEMPLATES["html-list"].parse_list(page, url)


@pytest.mark.parametrize(("block", "record_count", "read"), [
    # www.pingtan.gov.cn 年度计划 (tests/fixtures/lists/pingtan_ndjh_trs_showstatic_EXCERPT.html): div blocks of a ul
    ('<div ms-visible="$showStatic({n})"><ul>{items}</ul><div class="border_b_dashed"></div></div>', 39, 39),
    # its 工作进展情况 column: 15 blocks printed (75 items) of 107, the rest behind /fjdzapp/search
    ('<div ms-visible="$showStatic({n})"><ul>{items}</ul></div>', 107, 75),
    # the same template with the attribute on the ul, as public scrapers of Fujian provincial sites describe it
    ('<ul ms-visible="$showStatic({n})">{items}</ul>', 15, 15),
])
def test_trs_showstatic_blocks_are_one_list_whose_total_is_the_record_count(block, record_count, read):
    def items(first: int) -> str:
        return "".join(f'<li><a href="./202509/t2025091{k % 10}_{first + k}.htm" title="文{first + k}">文{first + k}</a>'
                       f'<em></em><span class="bf-pass">2025-09-1{k % 10}</span></li>' for k in range(min(5, read - first + 1)))
    printed = "".join(block.format(n=n, items=items(n)) for n in range(1, read + 1, 5))
    side = "".join(f'<li><a href="../x{k}/" title="栏目{k}">栏目{k}</a></li>' for k in range(6))  # the 更多栏目 menu
    page = (f'<html><body><ul class="dropdown_menu">{side}</ul><div class="list_base" ms-controller="list">'
            f'<div ms-visible="showStatic">{printed}</div><div ms-visible="!showStatic"><ul ms-if="list.length>0">'
            '<li ms-repeat="list"><a ms-attr-href="el.chnldocurl"></a><span class="bf-pass"></span></li></ul></div></div>'
            f"<script>var pageChnlInfo={{quickMode:\"动静结合\", recordCount:'{record_count}', prepage:15}}</script>"
            "</body></html>")
    listed = TEMPLATES["html-list"].parse_list(page, "https://www.pingtan.gov.cn/zwgk/ghxx/ndjh/")
    assert (len(listed.entries), listed.total, listed.next_url) == (read, record_count, None)
    assert listed.entries[-1].title == f"文{read}"


@pytest.mark.parametrize("page_type", ["综合页", None])
def test_a_hanweb_overview_page_is_an_error_naming_the_column_its_longest_box_previews(page_type):
    # jsszfhcxjst.jiangsu.gov.cn 信息公开 (tests/fixtures/lists/js_jst_col49350_zonghe_tabs_EXCERPT.html): tab boxes of six
    # month-day links under tab headers linking to their columns, a hidden second tab list in each box, no pager
    def box(col: int, hidden: int) -> str:
        items = "".join(f'<li><a href="/art/2026/9/{d}/art_{col}_1183{d:02d}.html" title="文{d}">文{d} </a><span>09-{d:02d}</span></li>'
                        for d in range(1, 7))
        other = items.replace(f"art_{col}_", f"art_{hidden}_")
        return (f'<div class="cf" b-tab><ul class="qh_bt_box tit" b-header><li class="hover"><a href="/col/col{col}/index.html">'
                f'甲</a></li><li><a href="/col/col{hidden}/index.html">乙</a></li></ul><div class="qh_list_box listL" b-panel>'
                f'<div class="listsub"><ul class="list_pad">{items}</ul></div><div class="listsub bt-none">'
                f'<ul class="list_pad">{other}</ul></div></div></div>')
    body = f'<body id="page_type" alt="{page_type}">' if page_type else "<body>"
    page = f"<html>{body}{box(8639, 49386)}{box(7690, 8712)}</body></html>"
    url = "http://jsszfhcxjst.jiangsu.gov.cn/col/col49350/index.html"
    if page_type:
        with pytest.raises(ParseError, match="its longest box previews http://jsszfhcxjst.jiangsu.gov.cn/col/col8639/index.html"):
            TEMPLATES["html-list"].parse_list(page, url)
    else:  # a page that does not say it is an overview: its longest list is read, as before
        assert len(TEMPLATES["html-list"].parse_list(page, url).entries) == 6


@pytest.mark.parametrize(("script", "page", "next_url"), [
    # TRS's pager written by the page's own script, as on the 恩格贝生态示范区 信息公开年报 list
    # (tests/fixtures/lists/egb_xxgknb_trs_docwrite_pager_EXCERPT.html): the server's page holds no pager link
    ('var currentPage = 0;//所在页从0开始\nvar nextPage = currentPage+1//下一页\nvar countPage = 2//共多少页\n'
     'if(countPage>1&&currentPage!=(countPage-1))\ndocument.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>");',
     "index.html", "index_1.html"),
    ('var currentPage = 1;//所在页从0开始\nvar nextPage = currentPage+1//下一页\nvar countPage = 2//共多少页\n'
     'document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>");', "index_1.html", None),  # the last
    # hdzfxxgk.hd.gov.cn 近期信息公开 (TRS, a saved copy in a public repository): the same numbers without spaces
    ('var countnum= 6348;\nvar currentPage=0;\nvar prevPage=currentPage-1\nvar nextPage=currentPage+1\nvar countPage=56\n'
     'document.write("<a href=\\"index"+"_"+nextPage+"."+"html\\" target=\\"_self\\">下一页</a>&nbsp;&nbsp;");', "index.html",
     "index_1.html"),
    # the same pager of a site writing .shtml pages (a TRS template as public scrapers quote it, 67 pages)
    ('var currentPage = 0;//所在页从0开始\nvar nextPage = currentPage+1//下一页\nvar countPage = 67//共多少页\n'
     'document.write("<a href=\\"index"+"_" + nextPage + "."+"shtml\\" class=\'fanye\'>下一页</a>");', "index.shtml",
     "index_1.shtml"),
    # nfj.nea.gov.cn 通知公示 (tests/fixtures/lists/nfjnea_tzgg_trs_number_pager_EXCERPT.html): each number in Number("…")
    ('var currentPage = Number("0"); //所在页从0开始\n    var nextPage = currentPage + 1; //下一页\n'
     '    var countPage = Number("34"); //共多少页\n'
     '        document.write("<a href=\\"index" + "_" + nextPage + "." + "html\\" class=\'next\'>下一页</a>");',
     "index.html", "index_1.html"),
    ('var currentPage = Number("33"); //所在页从0开始\n    var nextPage = currentPage + 1; //下一页\n'
     '    var countPage = Number("34"); //共多少页\n'
     '        document.write("<a href=\\"index" + "_" + nextPage + "." + "html\\" class=\'next\'>下一页</a>");',
     "index_33.html", None),  # the last page
])
def test_trs_pager_written_by_the_pages_script_gives_the_next_page(script, page, next_url):
    items = "".join(f'<tr><td><img src="ico2.jpg"></td><td><a href="./2020{n:02d}/t2020{n:02d}01_{n}.html">文{n}</a></td>'
                    f"<td>2020-{n:02d}-01</td></tr>" for n in range(1, 4))
    html = f'<html><body><table class="gl_list"><tbody>{items}</tbody></table><script>{script}</script></body></html>'
    url = "https://egb.invalid/xxgk/xxgknb/" + page
    listed = TEMPLATES["html-list"].parse_list(html, url)
    assert len(listed.entries) == 3 and listed.next_url == (next_url and urljoin(url, next_url))


@pytest.mark.parametrize(("call", "url", "count", "next_url", "total"), [
    # TRS's createPageHTML('page_div', pages, page from 1, prefix, ext, total), as public scrapers quote it from
    # www.ganzhou.gov.cn 法规文件 and www.csrc.gov.cn 规章 (and describe for Zhenjiang's and Suzhou's sites): page N is
    # prefix_N.shtml, page 1 prefix.shtml
    ("createPageHTML('page_div',10, 1,'list_zw_wj','shtml',278);", "http://www.ganzhou.gov.cn/c100079/list_zw_wj.shtml",
     4, "http://www.ganzhou.gov.cn/c100079/list_zw_wj_2.shtml", 278),
    ("createPageHTML('page_div', 5, 1, 'fg', 'shtml', 89)", "http://www.csrc.gov.cn/csrc/c106256/fg.shtml",
     4, "http://www.csrc.gov.cn/csrc/c106256/fg_2.shtml", 89),
    ("createPageHTML('page_div',5, 4,'fg','shtml',89);", "http://www.csrc.gov.cn/csrc/c106256/fg_4.shtml",
     4, "http://www.csrc.gov.cn/csrc/c106256/fg_5.shtml", 89),
    ("createPageHTML('page_div',5, 5,'fg','shtml',89);", "http://www.csrc.gov.cn/csrc/c106256/fg_5.shtml",
     1, None, 89),  # the last page, which may end the list with one row
])
def test_trs_page_div_pager_gives_the_next_page_and_the_total(call, url, count, next_url, total):
    items = "".join(f'<li><a href="./202401/t202401{n:02d}_{n}.html" title="文{n}">文{n}</a><span>2024-01-{n:02d}</span></li>'
                    for n in range(1, count + 1))
    page = f"<html><body><ul class='list'>{items}</ul><div id='page_div'></div><script>{call}</script></body></html>"
    listed = TEMPLATES["html-list"].parse_list(page, url)
    assert (len(listed.entries), listed.next_url, listed.total) == (count, next_url, total)


@pytest.mark.parametrize(("script", "total"), [
    # drc.gd.gov.cn 业务通知 (NFCMS, tests/fixtures/lists/drcgd_ywtz_nfcms_mathceil_total_EXCERPT.html): the records over
    # the page size, the pages it links then capped at 20
    ("var totalPage = Math.ceil(1071/20);\n          var pages_limit=20;", 1071),
    ("var width = Math.ceil(1071/20);", None),  # no page count: no total
])
def test_a_pager_script_counting_its_pages_from_the_records_states_the_total(script, total):
    items = "".join(f'<li><a title="文{n}" href="/ywtz/content/post_{n}.html">文{n}</a><span> [2026-09-{n:02d}]</span></li>'
                    for n in range(1, 4))
    page = (f"<html><body><ul class='comlist1'>{items}</ul><div id='pages'><ul><li><a class='next' href='/ywtz/index_2.html'>"
            f"下一页</a></li><script>{script}</script></ul></div></body></html>")
    listed = TEMPLATES["html-list"].parse_list(page, "https://drc.gd.gov.cn/ywtz/index.html")
    assert (listed.total, listed.next_url) == (total, "https://drc.gd.gov.cn/ywtz/index_2.html")


@pytest.mark.parametrize(("said", "total", "pages"), [
    ("共47条", 47, None),
    ("共计：47条记录", 47, None),  # 共计：N条 and 总记录数：N as list pager templates in public code print them
    ("总记录数：1910 每页20条", 1910, None),
    ("共有1910条信息", 1910, None),  # the TRS 信息公开 pager's own wording (hdzfxxgk.hd.gov.cn, commented out there)
    ("共计&nbsp;<font>2&nbsp;</font>页", None, 2),  # what the 恩格贝 site's written pager shows: document.write("共计"…"页")
    ("共5页 当前第1页", None, 5),
    ("共计：5页/100条记录", None, 5),  # pages first: the records after them are not read as 共N条
    # the page over the pages (www.wanzai.gov.cn 万载要闻, tests/fixtures/lists/wanzai_wzyw_div_list_EXCERPT.html)
    ("共595条记录 1/30页", 595, 30),
    ("当前第 2 / 7 页", None, 7),
    ("2017/10/13页面更新", None, None),  # a date before 页 is no page count
])
def test_a_pager_states_its_total_and_its_pages_in_each_wording(said, total, pages):
    items = "".join(f'<li><a href="./202401/t202401{n:02d}_{n}.html" title="文{n}">文{n}</a><span>2024-01-{n:02d}</span></li>'
                    for n in range(1, 5))
    page = f"<html><body><ul class='list'>{items}</ul><div class='page'><span>{said}</span><a href='index_1.html'>下一页</a></div></body></html>"
    listed = TEMPLATES["html-list"].parse_list(page, "http://www.example.gov.cn/zwgk/jhzj/index.html")
    assert (listed.total, listed.pages) == (total, pages)


def test_a_list_printed_without_dates_is_read_through_its_declared_items_selector():
    # the real easysite list (zjw.beijing.gov.cn 政策文件) with its date cells taken out, as a column that shows none
    url = "https://zjw.beijing.gov.cn/bjjs/zwgk46/zcwj8/index.shtml"
    page = re.sub(r'<span class="time">[^<]*</span>', "", (LISTS / "bj_zjw_zcwj_list_EXCERPT.html").read_text(encoding="utf-8"))
    with pytest.raises(ParseError, match=r'no list of at least 3 dated links .*params = \{ items = "CSS selector" \}'):
        TEMPLATES["html-list"].parse_list(page, url)  # what the user is told to do
    listed = TEMPLATES["html-list"].with_params({"items": "ul.ej_ulList li"}).parse_list(page, url)
    assert len(listed.entries) == 10 and {e.date for e in listed.entries} == {None}  # both tabs' lists, as asked
    assert listed.entries[0].url == "https://zjw.beijing.gov.cn/bjjs/xxgk/zcwj2024/gfxwj40/xxyx/744055110/index.shtml"
    assert listed.entries[6].title == "北京市住房和城乡建设委员会关于废止部分物业管理文件的通知"
    first_tab = TEMPLATES["html-list"].with_params({"items": "div.zcwj_title + div.list_erj li"})
    assert len(first_tab.parse_list(page, url).entries) == 7  # a narrower selector, the first tab's list
    assert listed.next_url == "https://zjw.beijing.gov.cn/bjjs/zwgk46/zcwj8/d89c1422-2.shtml"  # its pager, as before
    with pytest.raises(ParseError, match=r"the items selector 'ul.news li' matched no element with a link"):
        TEMPLATES["html-list"].with_params({"items": "ul.news li"}).parse_list(page, url)  # a layout change: loud


@pytest.mark.parametrize("items", ["ul[", "", 3])
def test_an_items_param_that_is_no_css_selector_is_a_configuration_error(items):
    with pytest.raises(ConfigError, match=r"scraper 'html-list': params.items .* is not a CSS selector"):
        TEMPLATES["html-list"].with_params({"items": items})


@pytest.mark.parametrize(("previous", "later"), [
    # Huilan easysite (zjw.beijing.gov.cn 政策文件): page 1's 上一页 is a placeholder; page 19's leads to page 18
    ("""<a tagname="[PREVIOUSPAGE]" title="上一页" class=""> <span><</span>上一页</a>""", False),
    ("""<a style="cursor:pointer" title="上一页" onclick="queryArticleByCondition(this,'/bjjs/zwgk46/zcwj8/d89c1422-18.shtml')" """
     """tagname="/bjjs/zwgk46/zcwj8/d89c1422-18.shtml"> <span><</span>上一页</a>""", True),
    # a plain href pager (NFCMS and others): on page 1 it links the page itself or nothing
    ("""<a class="prev" href="index_2.html">上一页</a>""", True),
    ("""<a class="prev" href="javascript:void(0)">上一页</a>""", False),
    ("""<a class="prev" href="index_3.html">上一页</a>""", False),  # the page itself
])
def test_a_later_list_page_whose_previous_link_leads_somewhere_may_end_the_list_with_one_or_two(previous, later):
    items = "".join(f'<li><a href="/a/{n}/index.shtml" title="文{n}">文{n}</a> <span>2024-0{n}-01</span></li>' for n in (1, 2))
    page = (f"<html><body><div><ul>{items}</ul><div class='pagenum'><span>共19页</span>{previous}"
            """<a title="下一页" tagname="[NEXTPAGE]" class="">下一页<span>></span></a></div></div></body></html>""")
    url = "https://zjw.beijing.gov.cn/bjjs/zwgk46/zcwj8/index_3.html"
    if later:  # the list was recognised on its first page: its last page's two entries are read
        assert [e.title for e in TEMPLATES["html-list"].parse_list(page, url).entries] == ["文1", "文2"]
    else:  # on a first page, two dated links are not enough to tell a list from a sidebar
        with pytest.raises(ParseError, match="no list of at least 3 dated links"):
            TEMPLATES["html-list"].parse_list(page, url)


def test_a_plain_html_list_pages_by_its_next_link_or_trs_createpagehtml():
    items = "".join(f'<li><a href="./202401/t20240{n}01_{n}.html" title="文{n}">文{n}</a><span>2024-0{n}-01</span></li>'
                    for n in range(1, 5))
    menu = '<ul class="nav"><li><a href="/a/">机构</a></li><li><a href="/b/">政策</a></li><li><a href="/c/">公开</a></li></ul>'
    page = (f"<html><body>{menu}<ul class='list'>{items}</ul><div>共47条"
            "<script>createPageHTML(4, 0, \"index\", \"html\");</script></div></body></html>")
    url = "http://www.example.gov.cn/zwgk/jhzj/index.html"
    listed = TEMPLATES["html-list"].parse_list(page, url)
    assert [e.url for e in listed.entries][:1] == ["http://www.example.gov.cn/zwgk/jhzj/202401/t20240101_1.html"]
    assert (len(listed.entries), listed.entries[0].date, listed.total) == (4, "2024-01-01", 47)
    assert listed.next_url == "http://www.example.gov.cn/zwgk/jhzj/index_1.html"
    last = page.replace("createPageHTML(4, 0,", "createPageHTML(4, 3,")
    assert TEMPLATES["html-list"].parse_list(last, url.replace("index", "index_3")).next_url is None
    one = last.replace(items, items.split("</li>")[0] + "</li>")  # the last page may hold a single entry
    assert [e.title for e in TEMPLATES["html-list"].parse_list(one, url.replace("index", "index_3")).entries] == ["文1"]
    with pytest.raises(ParseError, match="no list of at least 3 dated links"):  # a first page of one link is no list
        TEMPLATES["html-list"].parse_list(page.replace(items, items.split("</li>")[0] + "</li>"), url)
    linked = page.replace("<div>共47条", '<div><a href="index_1.html">下一页</a>')
    assert TEMPLATES["html-list"].parse_list(linked, url).next_url == "http://www.example.gov.cn/zwgk/jhzj/index_1.html"


# -- sources name scrapers -----------------------------------------------------------------


def test_the_default_sources_are_the_seed_towns_known_columns_their_templates_detected():
    assert [s.name for s in DEFAULT_SOURCES] == ["kq-wangtan", "shangyu-zhangzhen", "linan-tianmushan", "panan-yushan"]
    assert {s.scraper for s in DEFAULT_SOURCES} == {""}  # no guessed declaration: detected at run time
    assert all(s.url.endswith("/index.html") and "/col/col" in s.url for s in DEFAULT_SOURCES)
    assert (ROOT / "monitor" / "sources.toml").is_file()


def test_a_township_is_added_by_a_config_entry(tmp_path: Path):
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[source]]\nname = "kq-pingshui"\nscraper = "kq"\ntitle = "柯桥区平水镇"\n'
        'url = "https://www.kq.gov.cn/col/col1229443000/index.html"\nparams = { page_size = 30 }\n',
        encoding="utf-8",
    )
    (source,) = load_sources(path)
    assert (source.name, source.scraper, source.host, source.params) == (
        "kq-pingshui", "kq", "www.kq.gov.cn", {"page_size": 30},
    )


def test_a_source_is_its_column_url_the_template_detected_at_run_time(tmp_path: Path):
    path = tmp_path / "sources.toml"
    path.write_text('[[sources]]\nname = "t"\nurl = "https://www.kq.gov.cn/col/col1/index.html"\n'
                    'params = { list_tag = "信息列表" }\n', encoding="utf-8")
    (source,) = load_sources(path)
    assert (source.scraper, source.params) == ("", {"list_tag": "信息列表"})
    path.write_text('[[sources]]\nname = "t"\nurl = "https://www.kq.gov.cn/col/col1/index.html"\n'
                    'params = { listtag = "x" }\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="sources.t.params: unknown params listtag .known: body, items, list_tag, max_pages"):
        load_sources(path)
    for params, said in (('{ body = "div[" }', "params.body 'div\\[' is not a CSS selector"),
                         ('{ items = 5 }', "params.items 5 is not a CSS selector")):  # read when the file is, not at a run
        path.write_text(f'[[sources]]\nname = "t"\nurl = "https://www.kq.gov.cn/col/col1/index.html"\nparams = {params}\n',
                        encoding="utf-8")
        with pytest.raises(ConfigError, match=said):
            load_sources(path)


@pytest.mark.parametrize("url", ["http://[::1", "http://www.kq.gov.cn:99999/col/1.html", "http://:80/col/1.html", "https:///col"])
def test_a_source_url_that_cannot_be_read_is_a_config_error(tmp_path: Path, url):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[sources]]\nname = "a"\nscraper = "kq"\nurl = "{url}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_sources(path)
    assert str(exc.value) == f"{path}: sources.a.url: expected an http(s) URL, got {url!r}"


def test_bad_source_entries_are_all_reported_with_file_and_key(tmp_path: Path):
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[sources]]\nname = "a"\nscraper = "nosuch"\nurl = "ftp://x"\n'
        '[[sources]]\nname = "a"\nscraper = "kq"\nurl = "https://www.kq.gov.cn/col/col1/index.html"\n'
        'params = { pagesize = 1 }\ncolour = "red"\n'
        '[[sources]]\ntitle = "no name"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as exc:
        load_sources(path)
    lines = str(exc.value).splitlines()
    assert f"{path}: sources.a.url: expected an http(s) URL, got 'ftp://x'" in lines
    assert any(line.startswith(f"{path}: sources.a.scraper: unknown scraper 'nosuch' (known: gkmlpt, html-list, jcms, jcms-xxgk, jpaas, kq,") for line in lines)
    assert f"{path}: sources.a.name: duplicate source name 'a'" in lines
    assert any("sources.a.params: scraper 'kq': unknown params pagesize" in line for line in lines)
    assert any("sources.a.colour: unknown key" in line for line in lines)
    assert f"{path}: sources.2.name: required (a non-empty string)" in lines
