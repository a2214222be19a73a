"""The site scrapers: each site's pages give the seed's document; real platform markup parses; lists page."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import ROOT, SEEDS, SHARED

from monitor import seedformat
from monitor.errors import ConfigError, ParseError
from support.fakesite import COLUMNS, FakeGovSite
from monitor.fetch import decode
from monitor.scraper import Selector
from monitor.sources import DEFAULT_SOURCES, load_sources
from scrapers import ALL, SCRAPERS
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
    assert all(s.key and s.site for s in ALL)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_each_sites_page_gives_the_seed_capture_document(site, seed):
    column = next(c for c in site.columns if c.seed == seed.name[:3])
    url = BASE + column.seed_path
    doc = SCRAPERS[column.scraper].parse_detail(rendered(site, column.seed_path), url)
    expected = seedformat.parse_file(seed)
    assert doc.metadata() == {**expected.metadata(), "url": url}
    assert doc.paragraphs == expected.paragraphs
    assert seedformat.parse(seedformat.render(doc)) == doc  # the canonical text stores it exactly


@pytest.mark.parametrize("column", COLUMNS, ids=lambda c: c.name)
def test_a_changed_layout_is_a_parse_error_naming_site_selector_and_url(site, column):
    path = site.paths(column.name)[0]
    with pytest.raises(ParseError) as exc:
        SCRAPERS[column.scraper].parse_detail(rendered(site, path, layout=True), BASE + path)
    message = str(exc.value)
    assert message.startswith(SCRAPERS[column.scraper].site + ": ")
    assert "selector" in message and "matched 0 elements" in message and BASE + path in message


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
        (api_answer("", count=31, page=1), "items selector '.page-content li' matched 0 elements but the list has 31"),
        (api_answer("", count=0, success=False), "list API answered success=False ('参数错误')"),
        ("{not json", "list API answer is not the expected JSON"),
        (api_answer("<li>无链接</li>", count=1), "link selector 'a[href]' matched 0 elements"),
    ],
    ids=["items-gone", "success-false", "bad-json", "item-layout"],
)
def test_a_broken_list_page_is_a_parse_error_not_an_empty_list(answer, message):
    with pytest.raises(ParseError) as exc:
        SCRAPERS["kq"].parse_list(answer, API)
    assert message in str(exc.value) and API in str(exc.value)


def test_a_shell_with_several_units_needs_the_list_tag():
    shell = ('<html><body><script url="/api" queryData="{\'tagId\':\'菜单\'}"></script>'
             '<script url="/api" queryData="{\'tagId\':\'列表\'}"></script></body></html>')
    with pytest.raises(ParseError, match="expected one list unit .* found 2: 菜单, 列表"):
        SCRAPERS["linan"].parse_list(shell, BASE + "/col/col1/index.html")
    listed = SCRAPERS["linan"].with_params({"list_tag": "列表", "page_size": 50}).parse_list(shell, BASE + "/col/col1/index.html")
    assert json.loads(parse_qs(urlsplit(listed.next_url).query)["paramJson"][0]) == {"pageNo": 1, "pageSize": 50}


def test_jcms_column_page_then_dataproxy_pages(site):
    column = next(c for c in site.columns if c.cms == "jcms")
    scraper = SCRAPERS[column.scraper]
    assert isinstance(scraper, JcmsScraper)
    first = scraper.parse_list(rendered(site, f"/col/col{column.col}/index.html"), BASE + f"/col/col{column.col}/index.html")
    assert len(first.entries) == 15 and first.entries[0].date
    assert "dataproxy.jsp" in first.next_url and parse_qs(urlsplit(first.next_url).query)["page"] == ["2"]
    seen = [e.url for e in first.entries]
    url = first.next_url
    while url:
        page = int(parse_qs(urlsplit(url).query)["page"][0])
        _, body, _, _ = site.render(urlsplit(url).path, {"columnid": [column.col], "page": [str(page)]})
        listed = scraper.parse_list(decode(body, None)[0], url)
        seen += [e.url for e in listed.entries]
        url = listed.next_url
    assert seen == [BASE + p for p in site.paths(column.name)]  # 40 entries over 3 pages, in order


def test_a_jcms_page_without_its_datastore_is_a_parse_error(site):
    column = next(c for c in site.columns if c.cms == "jcms")
    path = f"/col/col{column.col}/index.html"
    with pytest.raises(ParseError, match="expected one <datastore> list, found 0"):
        SCRAPERS[column.scraper].parse_list(rendered(site, path, layout=True), BASE + path)


# -- sources name scrapers -----------------------------------------------------------------


def test_the_default_sources_are_the_five_towns_columns():
    assert [s.name for s in DEFAULT_SOURCES] == [
        "kq-wangtan", "kq-jidong", "shangyu-zhangzhen", "linan-tianmushan", "panan-yushan",
    ]
    assert {s.scraper for s in DEFAULT_SOURCES} <= set(SCRAPERS)
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
    assert any(line.startswith(f"{path}: sources.a.scraper: unknown scraper 'nosuch' (known: kq, linan,") for line in lines)
    assert f"{path}: sources.a.name: duplicate source name 'a'" in lines
    assert any("sources.a.params: scraper 'kq': unknown params pagesize" in line for line in lines)
    assert any("sources.a.colour: unknown key" in line for line in lines)
    assert f"{path}: sources.2.name: required (a non-empty string)" in lines
