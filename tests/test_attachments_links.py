"""Attachments a detail page names (real saved pages and the markup families seen on gov sites),
and the fetch policy: the page's own host or a host the source allows."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED
from selectolax.lexbor import LexborHTMLParser

from monitor.attachment_links import find_attachments, type_of_name
from monitor.models import Attachment

HTML = SHARED / "research" / "html"
needs_pages = pytest.mark.skipif(not (HTML / "expected.json").exists(), reason="../shared/research/html not present")

# Real pages: what each names, as (type, name, start of the URL).
REAL = {
    "ytzjj_art_83fc9908_pdfonly.html": [
        ("pdf", "501F423F95841345BBCDC6F28FCCC5FA.pdf",
         "https://zjj.yantai.gov.cn/cms_files/filemanager/48851/attach/20269/501F423F95841345BBCDC6F28FCCC5FA.pdf")],
    "zj_jst_detail_xxgk.html": [
        ("pdf", "建筑垃圾综合利用产品主要种类、适用工程部位、质量标准及应用规程参考目录(第三版).pdf",
         "https://jst.zj.gov.cn/api-gateway/jpaas-web-server/front/document/download?fileUrl=YW5UzzlvCwcM%2FNHHX%2FtT6PpZUvKzSw%2FG8Uw7"),
        ("pdf", "省级有关部门.pdf",
         "https://jst.zj.gov.cn/api-gateway/jpaas-web-server/front/document/download?fileUrl=YW5UzzlvCwcM%2FNHHX%2FtT6PpZUvKzSw%2FG8Uw7JUAfOkq5")],
    "mohurd_art_0be53fbd_xxgk_detail.html": [
        ("doc", "“好房子”建设经验做法(第二批)",
         "https://www.mohurd.gov.cn/api-gateway/jpaas-web-server/front/document/download?fileUrl=YW5UzzlvCwcM%2FNHHX%2FtT6BJ6")],
    "yt_xxgk_art_e56815d8_detail.html": [
        ("pdf", "596F0205E0E826F36581F0CE0FBF65D4.pdf",
         "https://www.yantai.gov.cn/cms_files/filemanager/49/attach/20269/596F0205E0E826F36581F0CE0FBF65D4.pdf")],
    "yt_art_aj.html": [],
    "yt_art_yjhx.html": [],
    "zj_jst_column_list_shell.html": [],
    "mohurd_wjk_column_shell.html": [],
    "js_jst_col8639_jcms_list.html": [],
    "js_jst_col49384_xxgk_dynamic.html": [],
}


@needs_pages
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_pages_name_their_attachments(name):
    expected = json.loads((HTML / "expected.json").read_text(encoding="utf-8"))
    url = expected.get(name, {}).get("url", f"https://example.gov.cn/col/{name}")
    found = find_attachments(LexborHTMLParser((HTML / name).read_text(encoding="utf-8")), url)
    assert [(a.type, a.name) for a in found] == [(t, n) for t, n, _ in REAL[name]]
    for a, (_, _, start) in zip(found, REAL[name]):
        assert a.url.startswith(start)
        assert a.status == "not fetched"
    if expected.get(name, {}).get("attachment"):
        assert [a.url for a in found] == [expected[name]["attachment"]]


PAGE = "https://www.example.gov.cn/art/2025/3/1/art_1229_42.html"

# Markup families: (html, [(type, name, url)]).
FAMILIES = [
    ('<p>附件：<a href="/attach/王坛镇2025年工作计划.pdf">王坛镇2025年工作计划.pdf</a></p>',
     [("pdf", "王坛镇2025年工作计划.pdf", "https://www.example.gov.cn/attach/王坛镇2025年工作计划.pdf")]),
    ('<a href="files/plan.DOCX">2025年重点工作任务分解表</a><a href="t.xlsx">主要指标表</a><a href="r.ofd">报告</a>'
     '<a href="r.wps">计划</a><a href="old.xls">预算表</a>',
     [("docx", "2025年重点工作任务分解表", "https://www.example.gov.cn/art/2025/3/1/files/plan.DOCX"),
      ("xlsx", "主要指标表", "https://www.example.gov.cn/art/2025/3/1/t.xlsx"),
      ("ofd", "报告", "https://www.example.gov.cn/art/2025/3/1/r.ofd"),
      ("wps", "计划", "https://www.example.gov.cn/art/2025/3/1/r.wps"),
      ("xls", "预算表", "https://www.example.gov.cn/art/2025/3/1/old.xls")]),
    # jpaas: the type and name come from fileName; the link text names it better
    ('<a href="/api-gateway/jpaas-web-server/front/document/download?fileUrl=YW5Uzz%2Fx%3D&amp;fileName=%E8%AE%A1%E5%88%92.docx">下载</a>',
     [("docx", "计划.docx", "https://www.example.gov.cn/api-gateway/jpaas-web-server/front/document/download?fileUrl=YW5Uzz%2Fx%3D&fileName=%E8%AE%A1%E5%88%92.docx")]),
    # Hanweb jcms: an attach folder, even without an extension; the download attribute names it
    ('<a href="/jcms_files/jcms1/web3/site/attach/0/8f2c1e" download="预算.pdf">点击下载</a>'
     '<a href="/jcms_files/jcms1/web3/site/attach/0/logo.png">图</a>',
     [("pdf", "预算.pdf", "https://www.example.gov.cn/jcms_files/jcms1/web3/site/attach/0/8f2c1e")]),
    # old jcms download servlet
    ('<a href="/module/download/downfile.jsp?classid=0&amp;filename=2503011.pdf">2025年工作计划</a>',
     [("pdf", "2025年工作计划", "https://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=2503011.pdf")]),
    # PDF viewers: pdf.js with ?file=, an iframe, an embed, an object
    ('<iframe src="/pdfjs/web/viewer.html?file=%2Fu%2Fcms%2F2025%2Fplan.pdf"></iframe>',
     [("pdf", "plan.pdf", "https://www.example.gov.cn/u/cms/2025/plan.pdf")]),
    ('<embed src="https://files.example.gov.cn/a/b.pdf" type="application/pdf"><object data="c.pdf"></object>',
     [("pdf", "b.pdf", "https://files.example.gov.cn/a/b.pdf"), ("pdf", "c.pdf", "https://www.example.gov.cn/art/2025/3/1/c.pdf")]),
    # a script that shows a PDF; its messages and regex are not files
    ("""<div id="zoom"><script>var pdfUrl = "/cms_files/a/attach/1/X.pdf?v=2"; if (!/\\.(pdf)$/i.test(u)) { alert('不是 PDF 文件'); }
        showPdf({url: '/cms_files/a/attach/1/X.pdf?v=2'});</script></div>""",
     [("pdf", "X.pdf", "https://www.example.gov.cn/cms_files/a/attach/1/X.pdf?v=2")]),
    # the same file twice: once, with the name the page gives it
    ('<script>var f="/u/9F3A.pdf";</script><a href="/u/9F3A.pdf">关于印发2025年工作计划的通知</a>',
     [("pdf", "关于印发2025年工作计划的通知", "https://www.example.gov.cn/u/9F3A.pdf")]),
    # <base href> decides how relative links resolve
    ('<head><base href="https://www.example.gov.cn/files/"></head><a href="p.pdf">计划</a>',
     [("pdf", "计划", "https://www.example.gov.cn/files/p.pdf")]),
    # not attachments
    ('<a href="javascript:download(\'a.pdf\')">下载</a><a href="mailto:x@example.gov.cn">信箱</a>'
     '<a href="/art/2025/3/1/art_1.html">上一篇</a><a href="#top">顶部</a><img src="/a/b.pdf.png">'
     '<script src="/script/viewer.pdf.js"></script>', []),
]


@pytest.mark.parametrize(("html", "expected"), FAMILIES, ids=range(len(FAMILIES)))
def test_markup_families(html, expected):
    found = find_attachments(f"<html><body>{html}</body></html>", PAGE)
    assert [(a.type, a.name, a.url) for a in found] == expected


def test_a_region_of_the_page_gives_only_its_own_attachments():
    tree = LexborHTMLParser('<div id="zoom"><a href="/a.pdf">计划</a></div><div class="foot"><a href="/help.pdf">帮助</a></div>')
    assert find_attachments(tree.css_first("#zoom"), PAGE) == (Attachment("计划", "https://www.example.gov.cn/a.pdf", "pdf"),)


@pytest.mark.parametrize(("name", "kind"), [("a.PDF", "pdf"), ("计划.docx ", "docx"), ("x.pdf.zip", None), ("pdf", None), ("a.ofd", "ofd")])
def test_type_of_name(name, kind):
    assert type_of_name(name) == kind


@needs_pages
def test_the_pdf_only_pages_body_region_names_its_pdf():
    tree = LexborHTMLParser((HTML / "ytzjj_art_83fc9908_pdfonly.html").read_text(encoding="utf-8"))
    page = "https://zjj.yantai.gov.cn/col/col22904/art/2026/art_83fc990818254c7585b23221c106fa9e.html"
    assert [a.url for a in find_attachments(tree.css_first("div#zoom"), page)] == [
        "https://zjj.yantai.gov.cn/cms_files/filemanager/48851/attach/20269/501F423F95841345BBCDC6F28FCCC5FA.pdf"]
