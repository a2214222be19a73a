"""The fake government site: real HTTP on 127.0.0.1, the platform's URLs and lists, ETag/304, GBK, faults."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode, urljoin

import httpx
import pytest
from conftest import SEEDS

from monitor import seedformat
from monitor.fetch import tls_context
from support.fakesite import API, FAULTS, FakeGovSite

FILLERS = 31  # three list API pages a column


@pytest.fixture
def http():
    with httpx.Client(timeout=5, verify=tls_context()) as client:
        yield client


def api_url(site: FakeGovSite, name: str, page: int, size: int = 15, tag: str | None = None) -> str:
    """The list API URL of a column page."""
    column = next(c for c in site.columns if c.name == name)
    query = {"webId": column.web_id, "pageType": "column", "tagId": tag or column.tag_id, "pageId": column.col,
             "paramJson": json.dumps({"pageNo": page, "pageSize": size})}
    return f"{site.base_url}{API}?{urlencode(query)}"


def test_it_listens_on_loopback_and_serves_every_seed_page(site, http):
    assert site.base_url.startswith("http://127.0.0.1:")
    for seed in SEEDS:
        r = http.get(site.page_url(seed.name))
        assert r.status_code == 200 and r.headers["ETag"]
        assert seedformat.parse_file(seed).title in r.text
    assert http.get(site.base_url + "/art/2024/1/1/nothing.html").status_code == 404


def test_sources_point_at_the_columns(site, http):
    sources = site.sources()
    assert [s.name for s in sources] == [c.name for c in site.columns]
    for s in sources:
        r = http.get(s.url)
        assert r.status_code == 200 and s.url == site.column_url(s.name)


def test_the_list_api_pages_through_every_document_with_paramjson(site, http):
    urls, page = [], 1
    while True:
        data = http.get(api_url(site, "linan-tianmushan", page)).json()
        assert data["success"] is True
        html = data["data"]["html"]
        urls += [u for u in site.paths("linan-tianmushan") if f'href="{u}"' in html]
        if f'pageNo="{page}"' in html and page * 15 >= 32:
            break
        page += 1
    assert page == 3 and len(set(urls)) == 32  # the seed page + 31 fillers over three pages
    assert http.get(api_url(site, "linan-tianmushan", 1, tag="栏目")).json() == {
        "success": False, "message": "参数错误", "code": "500", "data": {}}


def test_the_jcms_column_embeds_page_one_and_dataproxy_serves_the_rest_in_gbk(site, http):
    column = next(c for c in site.columns if c.cms == "jcms")
    shell = http.get(site.column_url(column.name))
    assert "charset" not in shell.headers["Content-Type"]  # declared in <meta> only, like old jcms pages
    text = shell.content.decode("gb18030")
    assert "<datastore>" in text and "totalRecord:31,openCookies:false" in text and "perPage:15" in text
    proxy = http.get(f"{site.base_url}/module/web/jpage/dataproxy.jsp?page=3&columnid={column.col}&unitid={column.unit_id}")
    xml = proxy.content.decode("gb18030")
    assert "<totalpage>3</totalpage>" in xml and xml.count("<record>") == 1


def test_the_trs_column_is_static_pages_named_by_createpagehtml(site, http):
    name = "shangyu-zhangzhen"
    first = http.get(site.column_url(name)).text
    assert 'createPageHTML(2, 0, "index", "html")' in first  # 32 documents, 20 a page, pages counted from 0
    second = http.get(site.column_url(name).replace("index.html", "index_1.html")).text
    assert 'createPageHTML(2, 1, "index", "html")' in second
    shown = [p for p in site.paths(name) if f'href="{p}"' in first or f'href="{p}"' in second]
    assert len(shown) == len(site.paths(name))
    assert http.get(site.column_url(name).replace("index.html", "index_2.html")).status_code == 404  # past the end
    assert http.get(site.column_url("kq-wangtan").replace("index.html", "index_1.html")).status_code == 404  # jpaas


def test_etag_and_last_modified_answer_304_until_the_page_is_revised(site, http):
    url = site.page_url("000")
    first = http.get(url)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert http.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert http.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    text = Path(SEEDS[0]).read_text(encoding="utf-8").replace("预计财政总收入10000万元", "预计财政总收入12000万元")
    assert site.revise("000", text) == url
    revised = http.get(url, headers={"If-None-Match": etag})
    assert revised.status_code == 200 and revised.headers["ETag"] != etag and "12000" in revised.text
    assert [h.conditional for h in site.hits[-4:]] == [False, True, True, True]


def test_a_column_can_be_served_in_gbk(site, http):
    site.set_encoding("panan-yushan", "gbk", declare="header")
    r = http.get(site.page_url("004"))
    assert r.headers["Content-Type"] == "text/html;charset=GBK"
    assert "玉山镇" in r.content.decode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        r.content.decode("utf-8")


@pytest.mark.parametrize("kind", FAULTS)
def test_every_scripted_fault_happens_then_heals(site, http, kind):
    url = site.page_url("000")
    site.fail("000", kind)
    try:
        r = http.get(url, timeout=0.3 if kind == "slow" else 10)  # only the slow fault is meant to outlast it
    except httpx.HTTPError as exc:  # slow, truncated
        assert kind in ("slow", "truncated"), exc
    else:
        expected = {"500": 500, "503": 503, "429": 429, "404": 404, "waf": 412, "moved": 302}.get(kind, 200)
        assert r.status_code == expected
        if kind in ("challenge", "waf"):
            assert "$_ts" in r.text or "acw_sc__v2" in r.text
        if kind == "soft404":
            assert "页面不存在" in r.text
        if kind == "empty":
            assert r.content == b""
        if kind == "moved":  # to the front page, which lists the site's newest documents
            front = http.get(urljoin(url, r.headers["Location"]))
            assert front.status_code == 200 and site.document("000").title in front.text
        if kind == "cut":
            assert "</html>" not in r.text and len(r.content) > 1000
        if kind == "layout":
            assert 'id="zoom"' not in r.text and site.document("000").title in r.text  # redesigned, not empty
    site.heal("000")
    assert http.get(url).status_code == 200


def test_faults_can_be_limited_to_a_number_of_requests_and_cover_a_whole_source(site, http):
    site.fail("kq-jidong", "503", times=2)
    urls = [site.column_url("kq-jidong"), api_url(site, "kq-jidong", 1), site.page_url("001")]
    assert [http.get(u).status_code for u in urls] == [503, 503, 200]
    assert http.get(site.page_url("000")).status_code == 200  # other sources unaffected


def test_publishing_adds_a_page_at_the_top_of_its_column(site, http):
    text = Path(SEEDS[4]).read_text(encoding="utf-8").replace("2023年上半年", "2024年上半年")
    url = site.publish("panan-yushan", text)
    assert site.paths("panan-yushan")[0] == url.removeprefix(site.base_url)
    assert "2024年上半年" in http.get(url).text
    assert url.removeprefix(site.base_url) in http.get(api_url(site, "panan-yushan", 1)).json()["data"]["html"]


def test_a_page_published_after_a_withdrawal_gets_an_address_of_its_own(site, http):
    """A fault campaign publishes and withdraws at random: a new page never takes over a listed page's address."""
    text = Path(SEEDS[4]).read_text(encoding="utf-8")
    first = site.publish("panan-yushan", text)
    site.withdraw(site.paths("panan-yushan")[-1])
    second = site.publish("panan-yushan", text.replace("2023年上半年", "2024年上半年"))
    paths = site.paths("panan-yushan")
    assert second != first and len(paths) == len(set(paths))
    site.withdraw(second)
    assert http.get(first).status_code == 200 and all(site.document(p) for p in site.paths("panan-yushan"))


def test_the_request_log_counts_requests(site, http):
    site.reset_hits()
    http.get(site.column_url("kq-wangtan"))
    http.get(site.page_url("000"), headers={"If-None-Match": '"nope"'})
    assert [(h.path, h.status, h.conditional) for h in site.hits] == [
        ("/col/col1229443512/index.html", 200, False),
        ("/art/2024/3/26/art_1229443512_4142613.html", 200, True),
    ]
