"""monitor.scraper: selectors that count, page text read like a browser copy, never an empty document."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from monitor.errors import ConfigError, ParseError
from monitor.pagetext import lines_of, parse_html, text_of
from monitor.scraper import Scraper, Selector, list_date


class Town(Scraper):
    """A minimal site declaration used by these tests."""

    key = "town"
    site = "town.example.gov.cn"
    meta = Selector("table.meta td", min=2, max=None)
    info = Selector("div.info span", min=0, max=None)
    title = Selector("h1")
    body = Selector("#zoom")
    required = ("index_no", "publisher", "date")


def page(body: str = "<p>第一段。</p><p>第二段。</p>", *, title: str = "某镇2024年工作计划", meta: str | None = None,
         info: str = "<span>发布时间:2024-03-26 15:48</span>") -> str:
    """A small but complete detail page."""
    meta = meta if meta is not None else (
        "<tr><td>索引号:</td><td>001/2024-1</td><td>发布机构:</td><td>某镇</td></tr>"
        "<tr><td>发文日期:</td><td>2024-03-26</td><td>组配分类:</td><td>计划总结</td></tr>"
    )
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<table class='meta'>{meta}</table><h1>{title}</h1><div class='info'>{info}</div>"
            f"<div id='zoom'>{body}</div><div class='share'>分享到:</div></body></html>")


URL = "http://town.example.gov.cn/art/2024/3/26/art_1_1.html"


def test_a_selector_matching_too_few_or_too_many_names_site_selector_url_and_expectation():
    tree = LexborHTMLParser("<div><p>a</p><p>b</p></div>")
    with pytest.raises(ParseError) as exc:
        Town.body.match(tree, "town.example.gov.cn", URL)
    assert str(exc.value) == (
        f"town.example.gov.cn: body selector '#zoom' matched 0 elements on {URL} (expected exactly 1)"
    )
    with pytest.raises(ParseError, match=r"selector 'p' matched 2 elements .* \(expected 0 to 1\)"):
        Selector("p", min=0, max=1).match(tree, "s", URL)
    assert len(Selector("p", min=2, max=None).match(tree, "s", URL)) == 2


def test_a_detail_page_becomes_a_document_with_metadata_title_and_paragraphs():
    doc = Town().parse_detail(page(), URL)
    assert doc.title == "某镇2024年工作计划"
    assert doc.paragraphs == ("第一段。", "第二段。")
    assert (doc.index_no, doc.publisher, doc.date, doc.category) == ("001/2024-1", "某镇", "2024-03-26", "计划总结")
    assert doc.published_at == "2024-03-26 15:48"
    assert doc.url == URL


def test_body_text_reads_like_a_browser_copy():
    body = (
        "<p>\n  预计财政总收入<span>10000</span><span>万元</span>，\n  同比增长５％。</p>"  # spans and wraps join
        "<p>甲<br>乙<br/>丙</p>"  # <br> breaks a line
        "<p>&nbsp;</p><p>\u3000\u3000缩进的段落（一）</p>"  # empty paragraphs go, indents go, NFKC
        "<p>全镇共解决疑难纠纷&nbsp;&nbsp;起</p>"  # &nbsp; runs are kept as spaces, like a capture
        "<div>直接写在div里<p>嵌套段落</p></div>"
        "<script>var x = '<p>不是正文</p>';</script><style>p {color: red}</style>"
    )
    doc = Town().parse_detail(page(body), URL)
    assert doc.paragraphs == (
        "预计财政总收入10000万元,同比增长5%。",
        "甲", "乙", "丙",
        "缩进的段落(一)",
        "全镇共解决疑难纠纷  起",
        "直接写在div里",
        "嵌套段落",
    )


def test_the_title_repeated_as_the_first_body_paragraph_is_dropped():
    doc = Town().parse_detail(page("<p><strong>某镇2024年工作计划</strong></p><p>正文。</p>"), URL)
    assert doc.paragraphs == ("正文。",)


@pytest.mark.parametrize(
    ("html", "message"),
    [
        (page().replace("</html>", ""), "truncated page (no closing </html>)"),
        (page("<p>&nbsp;</p>"), "the body (selector #zoom) holds no text paragraphs"),
        (page(title=""), "empty title (selector 'h1')"),
        (page().replace("id='zoom'", "class='content'"), "body selector '#zoom' matched 0 elements"),
        (page(meta="<tr><td>索引号:</td><td>001/2024-1</td></tr><tr><td>发文日期:</td><td>2024-03-26</td></tr>"),
         "metadata field publisher not found (labels seen: 索引号, 发文日期, 发布时间)"),
    ],
    ids=["truncated", "empty-body", "no-title", "layout-changed", "missing-field"],
)
def test_an_incomplete_page_is_a_parse_error_never_an_empty_document(html, message):
    with pytest.raises(ParseError) as exc:
        Town().parse_detail(html, URL)
    assert message in str(exc.value)
    assert str(exc.value).startswith("town.example.gov.cn: ")
    assert URL in str(exc.value)


def test_declared_metadata_cells_and_lines_are_read_by_label_and_win_over_the_rest_of_the_page():
    meta = ("<tr><td>索引号</td><td>001/2024-1</td><td>文\u3000\u3000号:</td><td></td></tr>"
            "<tr><td>发布单位：</td><td>某镇</td><td>发文日期</td><td>2024-03-26</td></tr>")
    html = page(meta=meta, info="<span>发布时间: 2024-03-26 15:48 来源:某镇办公室</span>")
    html = html.replace("<body>", "<body><ul style='display:none'><li><span>发布机构:</span><p>别的镇</p></li></ul>")
    found = Town().read_detail(html, URL)
    doc = found.document
    assert (doc.index_no, doc.publisher, doc.doc_number, doc.published_at, doc.source) == (
        "001/2024-1", "某镇", None, "2024-03-26 15:48", "某镇办公室")
    assert found.found["publisher"] == "selector table.meta td label 发布单位"


def test_text_helpers():
    tree = parse_html("<html><body><table><tr><td id='t'>发文<br>日期</td></tr></table>"
                      "<div id='z'><p>一</p>\n<p>二</p></div></body></html>")
    assert text_of(tree.css_first("#t")) == "发文 日期"
    assert lines_of(tree.css_first("#z")) == ["一", "二"]
    assert text_of(None) == ""
    assert list_date("2024/3/5") == "2024-03-05" and list_date("无日期") is None


def test_per_source_params_apply_to_a_copy_and_unknown_ones_are_refused():
    base = Town()
    tuned = base.with_params({"max_pages": 3})
    assert tuned.max_pages == 3 and base.max_pages == 100
    with pytest.raises(ConfigError, match="scraper 'town': unknown params page_sise"):
        base.with_params({"page_sise": 20})


def test_a_sources_declared_body_and_title_win_over_the_readers_guess_and_fail_loudly_when_they_match_nothing():
    # the real Hanweb page of jst.zj.gov.cn (tests/fixtures/pages) after a redesign: its body in a container of a
    # new name, and a block of related reading, denser than the body, added under it. The reader's densest-block
    # guess takes the related reading; a source declaring its body (params = { body = "#wz_content" }) reads it.
    from pathlib import Path

    from scrapers.detect import TEMPLATES

    real = (Path(__file__).parent / "fixtures" / "pages" / "zj_jst_detail_xxgk.html").read_text(encoding="utf-8")
    related = "".join(f"<p>关于推进建筑垃圾资源化利用的政策解读第{i}条：为贯彻落实国家和省有关决策部署，进一步规范建筑垃圾"
                      "综合利用产品的生产和应用，现就有关政策作如下解读，请各地结合实际认真抓好落实。</p>" for i in range(8))
    redesigned = (real.replace('id="zoom"', 'id="wz_content"').replace("bt_content", "wz_cell")
                  .replace("</body>", f'<div class="xgwz"><h3>相关解读</h3>{related}</div></body>'))
    url = "https://jst.zj.gov.cn/art/2026/10/8/art_1229129246_1.html"
    guessed = TEMPLATES["jpaas"].read_detail(redesigned, url).document
    assert guessed.paragraphs[0] == "相关解读"  # the guess this param is for
    declared = TEMPLATES["jpaas"].with_params({"body": "#wz_content", "title": "title"}).read_detail(redesigned, url)
    assert declared.document.paragraphs[0].startswith("各设区市建委(建设局),杭州市、温州市、")
    assert declared.document.paragraphs[-1] == "2026年9月30日"
    assert declared.found["paragraphs"] == "selector #wz_content"
    stale = r"body selector '#zoom' matched 0 elements on https://jst.zj.gov.cn/.* \(expected exactly 1\)"
    with pytest.raises(ParseError, match=stale):  # a declaration gone stale is loud, never an empty document
        TEMPLATES["jpaas"].with_params({"body": "#zoom"}).read_detail(redesigned, url)
    with pytest.raises(ConfigError, match=r"scraper 'jpaas': params.body 'div\[' is not a CSS selector"):
        TEMPLATES["jpaas"].with_params({"body": "div["})
