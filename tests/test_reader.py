"""monitor.reader: any disclosure detail page becomes a Document, read from real pages by label, never silently wrong."""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SHARED

from monitor import reader, seedformat
from monitor.attachments import own_text
from monitor.cli import cli
from monitor.errors import ParseError
from monitor.extract import extract_body
from monitor.reader import label_pairs, parse_date, parse_html, read_page, read_saved_page

PAGES = ROOT / "tests" / "fixtures" / "pages"
URL = "https://www.town.gov.cn/col/col1/art/2024/art_1.html"


def expected_pages() -> list[tuple[Path, dict]]:
    """(page, expected reading) of every real page in the fixtures and in ../shared/research/html."""
    out = []
    for folder in (PAGES, SHARED / "research" / "html"):
        if (folder / "expected.json").is_file():
            for name, exp in json.loads((folder / "expected.json").read_text(encoding="utf-8")).items():
                out.append((folder / name, exp))
    return out


def norm(value: object) -> str:
    """NFKC, all whitespace removed, trailing punctuation stripped (how expected.json is compared)."""
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value or "")))
    while s and unicodedata.category(s[-1]).startswith("P"):
        s = s[:-1]
    return s


@pytest.mark.parametrize(("path", "exp"), expected_pages(), ids=lambda x: x.name if isinstance(x, Path) else "")
def test_every_real_page_reads_fully_correctly_or_as_a_document_naming_its_attachment(path, exp):
    if exp.get("attachment_only"):  # no text of its own: the crawler reads the PDF it names into the body
        doc = read_saved_page(path, exp["url"]).document  # no paragraph, or only the file's name (pingtan.gov.cn's link)
        assert not own_text(doc.paragraphs, doc.attachments) and norm(doc.title) == norm(exp["title"])
        assert exp["attachment"] in [a.url for a in doc.attachments] + [a.name for a in doc.attachments]
        return
    doc = read_saved_page(path, exp["url"]).document
    publisher = doc.publisher or doc.source  # a page without 发布机构 names its 来源
    got = {"title": doc.title, "index_no": doc.index_no, "publisher": publisher}
    assert {k: norm(v) for k, v in got.items()} == {k: norm(exp[k]) for k in got}
    assert (doc.date or doc.published_at or "")[:10] == exp["date"]
    if "doc_no" in exp:  # a 文号 label, else the 文号 line under the title at the head of the body
        assert norm(doc.doc_number) == norm(exp["doc_no"])
    firsts = [norm(x) for x in (exp.get("body_first"), exp.get("body_first_text_paragraph")) if x]
    assert any(norm(doc.paragraphs[0]).startswith(f) for f in firsts), doc.paragraphs[0]
    assert norm(doc.paragraphs[-1]).endswith(norm(exp["body_last"])), doc.paragraphs[-1]
    assert not any(re.search(r"扫一扫|分享|打印|(?<!文)字号|浏览次数|访问次数|function\s*\(", p) for p in doc.paragraphs)


def test_the_real_pages_cover_three_cms_families_and_read_at_least_90_percent():
    pages = expected_pages()
    assert len({p.name for p, _ in pages}) >= 8
    families = " ".join(exp.get("notes", "") for _, exp in pages)
    assert "jpaas" in families and "TRS" in families


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        # yantai.gov.cn 部门政策文件 art_e56815d8 (yt_xxgk_art_e56815d8_detail.html): the body's own title, then the 文号
        (["关于提高房屋建筑工程人工费拨付比例的通知", "烟建建管〔2026〕15号", "各区市住房和城乡建设（管理）局："], "烟建建管〔2026〕15号"),
        # yantai.gov.cn art_e211ff7e (yt_xxgk_art_e211ff7e_14depts_EXCERPT.html): a title over two lines
        (["烟台市住房和城乡建设局等14部门", "关于印发《烟台市公共租赁住房管理办法》的通知", "烟建住房〔2026〕9号",
          "现将《烟台市公共租赁住房管理办法》印发给你们，请认真贯彻执行。"], "烟建住房〔2026〕9号"),
        # www.gov.cn content_7082737 (govcn_c888766b_trs_xxgk_EXCERPT.html), TRS: the same head, spaced out
        (["国务院关于《国家残疾预防行动计划", "（2026—2030年）》的批复", "国函 〔2026〕 105号", "国务院残疾人工作委员会："],
         "国函〔2026〕105号"),
        # mohurd.gov.cn art_e41b94d8 (dailybrief art/sutiao.html): a 文号 cited inside the first sentence is no 文号 line
        (["各省、自治区住房城乡建设厅：", "为深入贯彻……《关于深化“总对总”多元化纠纷解决机制改革的意见》（法发〔2026〕1号）要求，现就有关事项通知如下。"], None),
        # after the salutation the head is over: a 文号 line there belongs to the text (a list of documents)
        (["各区市住房和城乡建设局：", "现将以下文件转发给你们：", "鲁建住字〔2026〕3号"], None),
    ],
)
def test_the_doc_number_line_under_the_title_is_the_doc_number_when_no_label_gives_one(lines, number):
    assert reader.number_in_head(lines) == number


TITLE = "平潭综合实验区管委会办公室关于印发《平潭综合实验区推行向新开办企业免费发放印章的工作方案》的通知"


@pytest.mark.parametrize(
    ("head", "number"),
    [
        # pingtan.gov.cn 行政规范性文件库 t20210604_79752: the 文号 alone in div.rules_tit1 under div.rules_tit, outside the body
        (f"<div class='rules_tit'>\n  {TITLE}\n</div><div class='rules_tit1'>岚综管办〔2021〕46号</div>", "岚综管办〔2021〕46号"),
        # pingtan.gov.cn xxgk t20221116_77255: the title block says 无 where a 文号 would stand
        (f"<div class='article_title'>{TITLE}</div><div class='article_title_sec'><font>无</font></div>", None),
        # a 文号 cited in a sentence under the title is no 文号 line
        (f"<h1>{TITLE}</h1><p>根据岚综管〔2020〕12号文件精神制定。</p>", None),
        # past the two texts under the title (the date and source line of a news head) the head is over
        (f"<h1>{TITLE}</h1><span>时间：2021-06-04</span><span>来源：行政审批局</span><p>岚综管办〔2021〕46号</p>", None),
    ],
    ids=["rules-tit1", "none-said", "cited", "too-far"],
)
def test_the_doc_number_printed_alone_under_the_title_outside_the_body_is_the_doc_number(head, number):
    html = (f"<html><head><title>{TITLE}</title></head><body>{head}"
            "<div class='rules_text'><p>各片区管理局，区直各单位：</p><p>" + "现印发给你们，请结合工作实际认真贯彻执行。" * 5 + "</p></div>"
            "</body></html>")
    assert read_page(html, URL).document.doc_number == number


# -- metadata by label, wherever it stands ------------------------------------------------


def labels_of(html: str) -> dict[str, str]:
    """The first non-empty value of every label on a small page."""
    out: dict[str, str] = {}
    for label, value in label_pairs(parse_html(f"<html><body>{html}</body></html>").body):
        if value:
            out.setdefault(label, value)
    return out


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # table: label cell -> next cell, labels with U+3000 padding and no colon (jpaas xxgk_article)
        ("<table><tr><td>索引号</td><td colspan=2>1133/2026-1</td><td>文\u3000\u3000号</td><td>浙建〔2026〕1号</td></tr></table>",
         {"索引号": "1133/2026-1", "文号": "浙建〔2026〕1号"}),
        # <b>label:</b> inside a cell, value in the next cell; an empty hidden cell is skipped
        ("<table><tr><td><b>发文机关:<i></i></b></td><td>烟台市住建局</td><td><b>有效性:</b></td><td></td><td>有效</td></tr></table>",
         {"发文机关": "烟台市住建局", "有效性": "有效"}),
        # li > span.title + p.text, spaced labels (jpaas xxgk li layout)
        ("<ul><li><span class='title'>索 引 号：</span><p class='text'>000013338/2026-00851</p></li>"
         "<li><span class='title'>发文单位：</span><p class='text'>\n  住房城乡建设部办公厅\n </p></li></ul>",
         {"索引号": "000013338/2026-00851", "发文单位": "住房城乡建设部办公厅"}),
        # dl/dt/dd and dd > label
        ("<dl><dt>发布机构</dt><dd>某镇人民政府</dd><dd><label>成文日期：</label>2022年01月27日</dd></dl>",
         {"发布机构": "某镇人民政府", "成文日期": "2022年01月27日"}),
        # <b>label</b>value runs and 'label：value' text, several to an element
        ("<p><b>主题分类：</b>城乡建设 <b>公开方式：</b>主动公开</p><div>发布时间：2022-1-27 来源：县政府办</div>",
         {"主题分类": "城乡建设", "公开方式": "主动公开", "发布时间": "2022-1-27", "来源": "县政府办"}),
        # a label spread out over several texts for letter spacing (TRS xxgk tables)
        ("<ul><li><b>索<i></i>引<i></i>号：</b><span>11330/2024-2</span></li>"
         "<li><span>发</span><span>布</span><span>机</span><span>关</span>：<span>某县人民政府</span></li></ul>",
         {"索引号": "11330/2024-2"}),
        # an empty value next to another label stays empty, never takes the next label as its value
        ("<table><tr><td>文号</td><td></td><td>公开时限</td><td>长期公开</td></tr></table>", {"公开时限": "长期公开"}),
        # www.nea.gov.cn (Xinhua CMS) xxgk table: 公开事项名称 is the title, 制发日期 the date; 主办单位 is no label
        ("<table><tr><td><span>公开事项名称:</span></td><td colspan='3'>关于披露某公司负责人薪酬情况的通知</td></tr>"
         "<tr><td><span>索引号:\n</span></td><td>000019705/2026-000154</td><td><span>主办单位:</span></td><td>国家能源局</td></tr>"
         "<tr><td><span>制发日期:</span></td><td>2026-09-16</td></tr></table>",
         {"公开事项名称": "关于披露某公司负责人薪酬情况的通知", "索引号": "000019705/2026-000154", "制发日期": "2026-09-16"}),
        # a value saying there is none is no value: pingtan.gov.cn xxgk li items ('发文字号：<font>无</font>', 主题分类 无 on
        # t20221116_77255 and t20180723_65808), yantai.gov.cn's '统一登记号: 无' cell (art_e56815d8), '文号：/'
        ("<ul><li>索&ensp;引&ensp;号：<font>PZ00116-0300-2022-00047</font></li><li>主题分类：<font>无</font></li>"
         "<li>发文字号：\n<font>无</font></li><li>文号：/</li></ul>"
         "<table><tr><td><b>统一登记号:<i></i></b></td><td>无</td><td><b>关键词:</b></td><td>暂无</td></tr></table>",
         {"索引号": "PZ00116-0300-2022-00047"}),
        # Epoint (新点) detail pages, qhzbtb.qhwszwdt.gov.cn (qhzbtb_epoint_zbgs_EXCERPT.html): the time over two lines
        # in brackets, the read count written by a script
        ("<td><font class='webfont'>【信息时间：\n  2014/5/14 9:05:55\n  &nbsp;&nbsp;阅读次数：\n"
         "  <script src='/qhweb/Upclicktimes.aspx?InfoID=a9'></script>\n  】<a><font>【我要打印】</font></a></font></td>",
         {"信息时间": "2014/5/14 9:05:55"}),
        # Epoint's older InfoDetail control (临澧县 公共资源交易 in Changde, Hunan: a saved page in a public test, file id
        # 28871430616; the Changde scrapers cut the same line): the only date is 更新时间, in brackets with the count
        ("<td id='InfoDetail_tdTitle'><font><span id='InfoDetail_lblTitle'>临澧县城乡一体化智能交通PPP项目 (第二次)资格预审公告"
         "</span></font><hr size='1'><span id='InfoDetail_lblDate' style='color:Silver;'>（更新时间：2018-02-12&nbsp;&nbsp;"
         "阅读次数：646）</span></td>",
         {"更新时间": "2018-02-12", "阅读次数": "646)"}),
        # 文件编号 is the 文号: fzggw.zj.gov.cn 行政规范性文件 (zjfzggw_art_937add67_jpaas_xxgktab.html, beside its
        # 统一编号), and the Wuxi sites' 信息公开 tables (www.wuxi.gov.cn, www.jiangyin.gov.cn: 文件编号 澄政发〔2023〕10号)
        ("<table class='xxgktab'><tr><td align='right'>文件编号：</td><td>浙发改能源〔2026〕116号</td>"
         "<td align='right'>统一编号：</td><td>ZJSP-02-2026-0004</td></tr></table>",
         {"文件编号": "浙发改能源〔2026〕116号"}),
    ],
    ids=["table", "b-in-cell", "li-span-p", "dl", "runs", "spread", "empty", "xinhua-xxgk", "none-said", "epoint",
         "epoint-infodetail", "wenjian-bianhao"],
)
def test_labels_are_found_wherever_they_stand(html, expected):
    assert labels_of(html) == expected


def test_a_block_printed_twice_is_read_once_and_the_first_place_wins():
    page = ("<html><head><title>t</title></head><body>"
            "<table><tr><td>索引号</td><td>A/2024-1</td><td>发布机构</td><td>某镇</td></tr></table>"
            "<ul class='mobile' style='display:none'><li><span>索引号:</span><p>A/2024-1</p></li>"
            "<li><span>发布机构:</span><p>某镇人民政府</p></li></ul>"
            "<h1>某镇2024年工作计划</h1><div id='zoom'><p>正文第一段。</p></div></body></html>")
    found = read_page(page, URL)
    assert (found.document.index_no, found.document.publisher) == ("A/2024-1", "某镇")
    assert found.found["publisher"] == "label 发布机构"


@pytest.mark.parametrize(
    ("written", "day", "stamp"),
    [
        ("2022年01月27日", "2022-01-27", None),
        ("2022-1-27", "2022-01-27", None),
        ("2022/01/27 10:00", "2022-01-27", "2022-01-27 10:00"),
        ("2026-10-09\n   08:27", "2026-10-09", "2026-10-09 08:27"),
        ("2022.1.7", "2022-01-07", None),
        ("2026-10-09-18:16:00", "2026-10-09", None),
        ("无", None, None),
        ("2022-13-40", None, None),
    ],
)
def test_dates_in_every_common_form(written, day, stamp):
    assert parse_date(written) == (day, stamp)


def test_date_precedence_document_date_then_publish_time_then_the_date_under_the_title_then_metas():
    head = "<head><meta name='PubDate' content='2026-09-20 09:43'></head>"
    body = "<div id='zoom'><p>正文。</p></div>"
    labelled = f"<html>{head}<body><h1>标题甲乙</h1><table><tr><td>发布日期</td><td>2026-09-17</td><td>成文日期</td><td>2026-09-09</td></tr></table>{body}</body></html>"
    found = read_page(labelled, URL)
    assert found.document.date == "2026-09-09"  # 成文日期 before 发布日期
    assert (found.document.published_at, found.found["published_at"]) == ("2026-09-17", "label 发布日期")  # shown beside it
    alone = labelled.replace("<td>成文日期</td><td>2026-09-09</td>", "")
    assert (read_page(alone, URL).document.date, read_page(alone, URL).document.published_at) == ("2026-09-17", None)
    under = f"<html>{head}<body><h1>标题<br>甲乙</h1><div>2026-09-28  11:33</div>{body}</body></html>"
    found = read_page(under, URL)
    assert (found.document.date, found.document.published_at) == (None, "2026-09-28 11:33")
    assert found.found["published_at"] == "heuristic date under the title"
    bare = f"<html>{head}<body><h1>标题甲乙</h1>{body}</body></html>"
    found = read_page(bare, URL)
    assert (found.document.published_at, found.found["published_at"]) == ("2026-09-20 09:43", "meta PubDate")


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ("<title>某县关于印发2024年工作要点的通知_某县人民政府</title>",
         "<h1 class='logo'>某县人民政府</h1><h2>某县关于印发2024年工作要点的通知</h2>", "某县关于印发2024年工作要点的通知"),
        ("<title>某县人民政府 - 某县关于印发2024年工作要点的通知</title>", "<h1>某县人民政府</h1>",
         "某县关于印发2024年工作要点的通知"),
        ("<meta name='ArticleTitle' content='某县2024年工作要点'><title>首页</title>", "<h1>某县人民政府</h1>", "某县2024年工作要点"),
        # www.neixiangxian.gov.cn 公示公告 (neixiang_gsgg_kaipiao_detail.html): the heading, a bare hyphen, the site name
        ("<title>内乡宝天曼峡谷漂流景区开漂公告-内乡县人民政府</title>", "<h1 class='title'>内乡宝天曼峡谷漂流景区开漂公告</h1>",
         "内乡宝天曼峡谷漂流景区开漂公告"),
        # qhzbtb.qhwszwdt.gov.cn (Epoint, qhzbtb_epoint_zbgs_EXCERPT.html): the site name, a middle dot, the heading
        ("<title>青海省招标投标网 ·\n  国采（青海）招标有限公司关于某项目预中标公示\n</title>",
         "<table><tr><td id='tdTitle'><b>国采（青海）招标有限公司关于某项目预中标公示</b></td></tr></table>",
         "国采(青海)招标有限公司关于某项目预中标公示"),
        # a hyphen inside the heading itself stays in it
        ("<title>关于中国-东盟博览会的通知-某县人民政府</title>", "<h1>关于中国-东盟博览会的通知</h1>", "关于中国-东盟博览会的通知"),
        # an issuer written before the heading, without a mark, is the fuller title
        ("<title>某县人民政府办公室关于印发2024年工作要点的通知</title>", "<h1>关于印发2024年工作要点的通知</h1>",
         "某县人民政府办公室关于印发2024年工作要点的通知"),
    ],
    ids=["heading-in-title", "title-split", "meta", "hyphen-site", "dot-site", "hyphen-in-heading", "issuer-before"],
)
def test_the_title_is_never_the_site_name(head, body, title):
    html = f"<html><head>{head}</head><body>{body}<div id='zoom'><p>正文。</p></div></body></html>"
    assert read_page(html, URL).document.title == title


# -- the body ------------------------------------------------------------------------------


def page(body: str, container: str = "<div id='zoom'>{}</div>", extra: str = "") -> str:
    """A small page with the body in a container."""
    return (f"<html><head><title>某镇2024年工作计划</title></head><body>{extra}"
            f"<h1>某镇2024年工作计划</h1>{container.format(body)}<div class='footer'>版权所有</div></body></html>")


def test_chrome_never_reaches_the_body_and_paragraphs_come_from_p_div_and_br():
    body = (
        "<p>\u3000\u3000第一段，<span>10000</span><span>万元</span>。</p><p>&nbsp;</p><p>\u2002</p>"
        "<div>第二段</div>甲<br>乙<br/>"
        "<div id='qrcode'><div>扫一扫在手机打开当前页</div></div><div class='share'>分享到：</div>"
        "<p>【打印本页】</p><p>字号：大 中 小</p><script>var pdf='x.pdf';</script><style>p{}</style><!-- 注释 -->"
        "<p>上一篇：某镇2023年工作计划</p><p>【打印本页】 【关闭窗口】</p><p>字体：[大 中 小]</p>"
        "<table><tr><td>中</td><td>打印机采购</td></tr></table>"  # table cells are paragraphs, words alone are not widgets
    )
    assert read_page(page(body), URL).document.paragraphs == ("第一段,10000万元。", "第二段", "甲", "乙", "中", "打印机采购")


@pytest.mark.parametrize(
    "br",
    [
        # www.mohurd.gov.cn 文件库 art_51c47f12 (mohurd_wjk_51c47f12_zqyj_EXCERPT.html): the signature's <br> keeps its styles
        '<br style="text-align: right; text-indent: 32px; white-space: normal;" />',
        '<br class="Apple-interchange-newline">',  # pasted from a browser
        "<br/>", "<BR>",
    ],
    ids=["styled", "classed", "plain", "upper"],
)
def test_a_br_with_attributes_breaks_the_line_as_a_bare_br_does(br):
    body = f"<p>正文第一段。</p><p><span>住房城乡建设部　　 </span>{br}<span>2026年9月21日　　</span></p>"
    assert read_page(page(body), URL).document.paragraphs == ("正文第一段。", "住房城乡建设部", "2026年9月21日")


def test_a_list_caption_over_links_after_the_text_is_chrome_and_its_files_stay_attachments():
    # drc.gd.gov.cn post_4960402 (drcgd_post_4960402_gdjyh_EXCERPT.html): div.fjlis and div#xxddk inside the text's block
    body = ("<p>一、各地要制定本地区改造方案。</p><p>相关文件要求各地抓好落实。</p><p>附件：1.某方案.pdf</p>"
            "<div class='fjlis'><p class='fujw'>相关附件：</p><p class='fujianm'><a href='/attachment/1.xls'>附件：某清单.xls</a><p></div>"
            "<div id='xxddk'><a href='javascript:void(0);'>相关导读:</a><p> </p></div>"
            "<ul><li>相关链接：<a href='/a.html'>某市人民政府</a></li></ul>")
    found = read_page(page(body), URL)
    assert found.document.paragraphs == ("一、各地要制定本地区改造方案。", "相关文件要求各地抓好落实。", "附件:1.某方案.pdf")
    assert "https://www.town.gov.cn/attachment/1.xls" in [a.url for a in found.attachments]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # www.nea.gov.cn c.html 答记者问 (nea_c_a842d14c_dajizhewen_EXCERPT.html): a caption paragraph, then a paragraph of a link
        ("<p>&nbsp;</p><p><span><strong>&emsp;&emsp;相关政策与解读</strong></span></p>"
         "<p>&emsp;&emsp;<a href='/20260520/a22de981/c.html'>关于印发《核电厂退役准备管理暂行办法》的通知(发改能源规〔2026〕582号)</a></p>",
         ()),
        # the common shape: 相关链接： over one link a paragraph, to the end of the body
        ("<p>相关链接：</p><p><a href='/a.html'>某县2025年工作计划</a></p><p><a href='/b.html'>某县2024年工作总结</a></p>", ()),
        # a caption over a paragraph of text is a heading of the text: all stays
        ("<p>相关政策</p><p>对符合条件的企业给予一次性补助5万元。</p>", ("相关政策", "对符合条件的企业给予一次性补助5万元。")),
        # links in the text without a caption over them stay paragraphs (附件 references)
        ("<p><a href='/f/1.pdf'>附件：某镇2025年工作计划.pdf</a></p>", ("附件:某镇2025年工作计划.pdf",)),
    ],
    ids=["nea-caption-paragraph", "links-a-paragraph", "caption-over-text", "no-caption"],
)
def test_a_caption_paragraph_over_paragraphs_of_links_closing_the_body_is_chrome(tail, kept):
    found = read_page(page("<p>一、全面落实各项准备工作。</p>" + tail), URL)
    assert found.document.paragraphs == ("一、全面落实各项准备工作。", *kept)


@pytest.mark.parametrize(
    "container",
    ["<div class='TRS_Editor'>{}</div>", "<ucapcontent>{}</ucapcontent>", "<div class='editor-content'>{}</div>",
     "<div class='article_content'>{}</div>", "<table><tr><td class='bt_content'>{}</td></tr></table>"],
    ids=["trs", "ucap", "editor-content", "article_content", "bt_content"],
)
def test_known_body_containers(container):
    found = read_page(page("<p>正文第一段。</p><p>正文第二段。</p>", container), URL)
    assert found.document.paragraphs == ("正文第一段。", "正文第二段。")
    assert found.found["paragraphs"].startswith("container ")


def test_a_footer_reusing_the_body_class_and_an_elder_mode_copy_outside_it_never_reach_the_body():
    html = page("<p>正文第一段，内容较长的一段话。</p><p>正文第二段。</p>", "<div class='article_content'>{}</div>",
                extra="<div class='article_content'>主办单位：某县人民政府</div>")
    html = html.replace("</body>", "<div class='oldman' style='display:none'><p>正文第一段，内容较长的一段话。</p></div></body>")
    assert read_page(html, URL).document.paragraphs == ("正文第一段,内容较长的一段话。", "正文第二段。")


def test_the_jcms_content_marker_names_the_body():
    body = ("<div class='wz'><!--ZJEG_RSS.content.begin--><meta name='ContentStart'><p>正文第一段。</p>"
            "<meta name='ContentEnd'><!--ZJEG_RSS.content.end--></div><div class='links'><p>友情链接说明文字很多很多很多很多很多很多很多很多很多很多很多很多很多很多很多很多很多很多。</p></div>")
    found = read_page(page(body, "{}"), URL)
    assert found.document.paragraphs == ("正文第一段。",) and found.found["paragraphs"].startswith("marker")


def test_without_a_known_container_the_densest_block_of_text_is_the_body():
    nav = "<ul class='nav'>" + "".join(f"<li><a href='/c{i}'>栏目名称{i}</a></li>" for i in range(20)) + "</ul>"
    body = "<div class='wenzhang'><p>各村（社区）：为推进全年工作，现将有关事项通知如下。</p><p>一、总体目标：全年完成固定资产投资10000万元，新增就业岗位300个以上。</p></div>"
    found = read_page(page(body, "{}", extra=nav), URL)
    assert found.document.paragraphs[0].startswith("各村(社区):") and len(found.document.paragraphs) == 2
    assert found.found["paragraphs"] == "heuristic densest block"


FOOTER = ("<div class='foot'><p>主办单位：杭州市临安区人民政府办公室 承办单位：杭州市临安区人民政府大数据中心</p>"
          "<p>网站标识码：3306030001 浙ICP备05010181号 浙公网安备 33060302000123号</p>"
          "<p>版权所有 © 2024 某县人民政府 技术支持：某某网络科技有限公司</p></div>")


@pytest.mark.parametrize(
    "layout",
    ["<div class='wzy_body'></div>",  # the container renamed and filled by a script the reader does not run
     "<div class='info'>日期：2026-10-09 16:00 来源：烟海e家 访问次数：</div>",
     "<div class='info'><span>发布时间：2026-10-09 16:00</span><span>信息来源：某某县人民政府办公室</span></div>",
     # the body lost to broken markup: what is left is the metadata, label and value in separate blocks
     "<div class='abstract'>" + "".join(f"<h2>{k}：</h2><p>{v}</p>" for k, v in (
         ("索 引 号", "000014349/2026-00075"), ("主题分类", "民政、扶贫、救灾\\优抚安置"), ("发文机关", "国务院"),
         ("成文日期", "2026年10月03日"), ("标　　题", "国务院关于《国家残疾预防行动计划（2026—2030年）》的批复"),
         ("发文字号", "国函〔2026〕105号"))) + "</div>",
     # outdated-browser notices: zfcxjst.gd.gov.cn's div.ie-test (dailybrief b/gd_wjtz.html), a MetInfo
     # government template's alert (NANAmine/demo2 WebContent/index.jsp)
     "<div class='ie-test'><div class='container'><p>你正在使用的浏览器版本过低，为保障你的数据安全及获得最佳浏览效果，"
     "请使用最新版本的浏览器。</p><p>我们建议使用chrome或Microsoft Edge浏览器。</p><p>若你当前使用的浏览器为QQ浏览器、"
     "360浏览器、2345浏览器等仍出现该提示，请切换至极速模式。<a class='close' href='#'>×</a></p></div></div>"
     "<div class='text-xs-center alert'>你正在使用一个 <strong>过时</strong> 的浏览器。请 <a href='https://browsehappy.com'>"
     "升级您的浏览器</a>，以提高您的体验。</div>"],
    ids=["renamed-container", "date-source-line", "metadata-spans", "metadata-blocks", "browser-notice"],
)
def test_a_page_whose_body_container_is_gone_is_no_document_never_its_footer_or_metadata_line(layout):
    # A layout change: read as a document, the footer would replace the plan and diff as 'every target dropped'.
    with pytest.raises(ParseError, match="no document body found"):
        read_page(page("", "{}", extra=layout + FOOTER), URL)
    body = ("<div class='wz'><p>各村（社区）：为推进全年工作，现将有关事项通知如下。</p>"
            "<p>一、总体目标：全年完成固定资产投资10000万元，新增就业岗位300个以上。</p></div>")
    assert read_page(page(body, "{}", extra=layout + FOOTER), URL).document.paragraphs[0].startswith("各村")


# drc.gd.gov.cn's 意见征集 answer page (drcgd_yjzj_answer_52742_script_EXCERPT.html) is a shell too: its script writes
# the notice, kept as JSON, into empty divs
LIST_PAGES = [PAGES / "gdzfcxjst_wjtz_list_EXCERPT.html", PAGES / "drcgd_yjzj_answer_52742_script_EXCERPT.html"] + sorted((ROOT / "tests" / "fixtures" / "lists").glob("*.html")) + [
    SHARED / "research" / "html" / name for name in (
        "zj_jst_column_list_shell.html", "mohurd_wjk_column_shell.html", "yt_col22904_shell.html",
        "zjjst_col1569971_shell.html", "js_jst_col8639_jcms_list.html", "js_jst_col49384_xxgk_dynamic.html")]


@pytest.mark.parametrize("path", [p for p in LIST_PAGES if p.is_file()], ids=lambda p: p.name)
def test_a_real_list_page_or_column_shell_is_no_document(path):
    # zfcxjst.gd.gov.cn's 文件通知 list: its only text outside links was an outdated-browser notice, read as a document;
    # a list saved as a fragment (stats.gov.cn's, its ul only) is refused before, as a page cut short
    whole = "</html>" in path.read_text(encoding="utf-8").lower()
    with pytest.raises(ParseError, match="no document body found" if whole else "truncated page"):
        read_saved_page(path, "https://www.town.gov.cn/col/col1/index.html")


def test_a_real_page_whose_body_is_only_images_is_an_error_naming_them_and_a_list_page_is_not():
    # drc.gd.gov.cn 业务公告 post_4844955: a 年度报表 published as three PNG pages under the title, no text at all
    with pytest.raises(ParseError, match=r"only 3 images under its title \(https://drc\.gd\.gov\.cn/img/1/1569/1569026/"):
        read_saved_page(PAGES / "drcgd_post_4844955_images_only_EXCERPT.html", "https://drc.gd.gov.cn/ywgg/content/post_4844955.html")
    # www.zhangshu.gov.cn's 综合信息 list: the 6-px corner image beside the column name is layout, no picture of a document
    with pytest.raises(ParseError, match="not a detail page of a known template"):
        read_saved_page(ROOT / "tests" / "fixtures" / "lists" / "zhangshu_zhxx_trs_monthday_EXCERPT.html", URL)


@pytest.mark.parametrize(("item", "is_list"), [
    # zjw.beijing.gov.cn 政策文件 (Huilan easysite): a tag, the link, the date and the 文号 (tests/fixtures/lists)
    ('<li> <span class="yfz">[现行有效]</span> <a href="/bjjs/xxgk/zcwj2024/gfxwj40/xxyx/436468200/index.shtml" title="x">'
     '北京市住房和城乡建设委员会关于废止部分物业管理文件的通知</a> <span class="time">2023-12-14</span> '
     '<span class="from">京建法〔2023〕6号</span> </li>', True),
    # zjw.beijing.gov.cn 业务通知: the link and the date
    ('<li> <a href="/bjjs/zwgk46/ywtz/fzxc19/yasf79/744000285/index.shtml" title="x">最高人民法院发布物业服务合同纠纷典型案例</a> '
     '<span>2026-04-30</span> </li>', True),
    # a body's numbered item citing a document and a date is prose, read
    ('<li>根据<a href="/art/2024/1/5/art_1_1.html">《关于做好2024年度安全生产工作的通知》</a>要求，各村（社区）于2024年3月1日前'
     '完成自查，并将自查报告报送镇党政办公室。</li>', False),
])
def test_a_list_page_without_a_container_is_no_document_but_a_body_of_items_citing_dated_documents_is(item, is_list):
    html = ("<html><head><title>政策文件</title></head><body><div class='main'><ul>" + item * 6 + "</ul></div>"
            "<div class='footer'>版权所有</div></body></html>")
    if is_list:  # before: the dates and 文号 of the items were read as the document's paragraphs
        with pytest.raises(ParseError, match="no document body found"):
            read_page(html, URL)
    else:
        assert read_page(html, URL).document.paragraphs[0].startswith("根据《关于做好2024年度安全生产工作的通知》要求")


@pytest.mark.parametrize(("hidden", "shown"), [
    # Hanweb jcms column page (zjt.shandong.gov.cn 工作动态, tests/fixtures/lists): column names and URLs for scripts
    ("<div id='hiddenLocation' style='display:none;'><span id='ss_webid'>14</span><span id='col4_name'>政务公开</span>"
     "<span id='col4_url'>/col/col102819/index.html</span><span id='col3_name'>法定主动公开内容</span>"
     "<span id='col3_url'>/col/col102851/index.html?vc_xxgkarea=113700000045030270&jh=263</span><span id='col2_name'>业务动态</span>"
     "<span id='col2_url'>/col/col102864/index.html?vc_xxgkarea=113700000045030270&number=SD10</span></div>", False),
    # TRS gov.cn (govcn_c888766b): the title again for the share widget
    ('<div class="share-title" style="display:none">国务院关于《国家残疾预防行动计划（2026—2030年）》的批复，国务院关于《国家残疾预防行动计划》的批复</div>'
     '<div class="share-substr" style="display:none">国务院关于《国家残疾预防行动计划（2026—2030年）》的批复，国务院关于《国家残疾预防行动计划》的批复</div>', False),
    # the same block shown is text a reader sees (and here the longest)
    ("<div id='hiddenLocation' style='display:block;'><span id='col3_name'>法定主动公开内容</span>"
     "<span id='col3_url'>/col/col102851/index.html?vc_xxgkarea=113700000045030270&jh=263</span><span id='col2_name'>业务动态</span>"
     "<span id='col2_url'>/col/col102864/index.html?vc_xxgkarea=113700000045030270&number=SD10</span></div>", True),
])
def test_text_a_browser_does_not_show_is_never_the_body(hidden, shown):
    body = ("<div class='wz'><p>各村（社区）、镇属各单位：现将2024年工作要点印发给你们，请结合实际认真贯彻落实，"
            "并于年底前将落实情况报送镇党政办公室。</p></div>")
    doc = read_page(f"<html><head><title>通知</title></head><body>{hidden}{body}</body></html>", URL).document
    assert doc.paragraphs[0].startswith("法定主动公开内容/col/" if shown else "各村(社区)")


def test_a_body_split_into_inner_blocks_is_read_whole_and_a_sidebar_of_links_is_not():
    side = "<div class='side'>" + "".join(f"<p><a href='/a{i}'>相关文件标题第{i}号关于某事项的通知</a></p>" for i in range(12)) + "</div>"
    body = ("<div class='zw'><div><p>各村（社区）、镇属各单位：现将2024年工作要点印发给你们，请结合实际认真贯彻落实，并于年底前将落实情况报送镇党政办公室。</p></div>"
            "<div><p>一、全年完成固定资产投资10000万元，新增就业岗位300个以上，城乡居民收入稳步增长，一般公共预算收入同比增长5%。</p></div></div>")
    found = read_page(page(body, "{}", extra=side), URL)
    assert [p[:4] for p in found.document.paragraphs] == ["各村(社", "一、全年"]


def test_a_metadata_table_printed_inside_the_body_container_is_metadata_not_text():
    body = ("<table><tr><td>标　题：</td><td>某某条例</td></tr><tr><td>发文机关：</td><td>国务院</td></tr>"
            "<tr><td>成文日期：</td><td>2026年08月30日</td></tr><tr><td>发文字号：</td><td>国令第845号</td></tr></table>"
            "<p>第一条 为了规范某某工作，制定本条例。</p>"
            "<table><tr><td>项目</td><td>日期</td></tr><tr><td>投资额</td><td>2026年</td></tr></table>")
    doc = read_page(page(body, "<div class='pages_content'>{}</div>"), URL).document
    assert (doc.title, doc.publisher, doc.date, doc.doc_number) == ("某某条例", "国务院", "2026-08-30", "国令第845号")
    assert doc.paragraphs == ("第一条 为了规范某某工作,制定本条例。", "项目 | 日期", "投资额 | 2026年")


def test_the_caption_over_a_metadata_table_in_the_body_goes_with_the_table():
    # www.nea.gov.cn c.html (nea_c_ccc0e6f6_xinhua_xxgk.html): '目录项的基本信息' over 公开事项名称/索引号/制发日期
    body = ("<table><tr><td>目录项的基本信息</td></tr></table><div><table><tr><td>公开事项名称:</td><td>某通知</td></tr>"
            "<tr><td>索引号:</td><td>000019705/2026-000154</td></tr><tr><td>制发日期:</td><td>2026-09-16</td></tr></table></div>"
            "<p>某通知</p><p>根据有关规定，现对基本信息进行披露。</p>")
    doc = read_page(page(body, "<div class='article-content'>{}</div>"), URL).document
    assert (doc.title, doc.index_no, doc.date) == ("某通知", "000019705/2026-000154", "2026-09-16")
    assert doc.paragraphs == ("根据有关规定,现对基本信息进行披露。",)


def test_a_data_table_in_the_body_is_read_row_by_row_and_its_targets_under_their_columns():
    """A plan's indicator table keeps its columns (one line a row, cells joined by " | ", as DOCX tables are read)."""
    body = ("<p>2025年主要经济指标如下:</p><table><tbody>"
            "<tr><th>序号</th><th>指标名称</th><th>单位</th><th>2024年完成</th><th>2025年目标</th></tr>"
            "<tr><td>1</td><td>地区生产总值</td><td>亿元</td><td>34.4</td><td><p>36.5</p></td></tr>"
            "<tr><td>2</td><td>新增规上企业</td><td>家</td><td>4</td><td>5</td></tr></tbody></table>")
    doc = read_page(page(body, "<div class='pages_content'>{}</div>"), URL).document
    assert doc.paragraphs[1:] == ("序号 | 指标名称 | 单位 | 2024年完成 | 2025年目标", "1 | 地区生产总值 | 亿元 | 34.4 | 36.5",
                                  "2 | 新增规上企业 | 家 | 4 | 5")
    found = extract_body(doc.body, "某镇2025年工作计划")
    assert [(t.indicator, t.value, t.unit) for t in found.targets] == [("地区生产总值", 36.5, "亿元"), ("新增规上企业", 5, "家")]


def test_a_cell_spanning_columns_or_rows_stands_in_each_it_covers():
    body = ("<table><tr><td rowspan='2'>指标</td><td rowspan='2'>单位</td><td colspan='2'>2025年</td></tr>"
            "<tr><td>目标</td><td>增长</td></tr><tr><td>地区生产总值</td><td>亿元</td><td>36.5</td><td>6%</td></tr></table>")
    doc = read_page(page("<p>主要指标如下:</p>" + body, "<div class='pages_content'>{}</div>"), URL).document
    assert doc.paragraphs[1:] == ("指标 | 单位 | 2025年 | 2025年", "指标 | 单位 | 目标 | 增长", "地区生产总值 | 亿元 | 36.5 | 6%")


@pytest.mark.parametrize("table", [
    "<table><tr><td><p>第一段正文,内容较长。</p><p>第二段正文。</p></td></tr></table>",  # the body in one cell
    "<table><tr><td>" + "很长的一段正文。" * 30 + "</td><td>附图</td></tr><tr><td>说明</td><td>图一</td></tr></table>",
    "<table><tr><td><table><tr><td>内表</td><td>甲</td></tr><tr><td>内表</td><td>乙</td></tr></table></td><td>外</td></tr></table>",
])
def test_a_layout_table_in_the_body_is_not_read_as_rows(table):
    doc = read_page(page("<p>正文开头。</p>" + table, "<div class='pages_content'>{}</div>"), URL).document
    outer_rows = [p for p in doc.paragraphs if " | " in p and "外" in p]
    assert not outer_rows and not any(len(p) > 200 and " | " in p for p in doc.paragraphs)


def test_the_title_repeated_at_the_top_of_the_body_is_dropped_as_captures_drop_it():
    body = "<p><strong>某镇2024年工作计划</strong></p><p>&nbsp;</p><p>某委〔2024〕1号</p><p>正文。</p>"
    assert read_page(page(body), URL).document.paragraphs == ("某委〔2024〕1号", "正文。")


def test_a_page_and_its_seed_capture_give_the_same_document():
    html = page("<p>\u3000\u3000预计财政总收入10000万元。</p><div id='qrcode'>扫一扫在手机打开当前页</div>",
                extra="<table><tr><td>索引号:</td><td>0025/2024-1</td><td>发布机构:</td><td>王坛镇</td></tr>"
                      "<tr><td>发文日期:</td><td>2024-03-26</td><td>组配分类:</td><td>计划总结</td></tr></table>")
    capture = ("索引号: 0025/2024-1 发布机构: 王坛镇\n发文日期: 2024-03-26 组配分类: 计划总结\n\n某镇2024年工作计划\n\n"
               "预计财政总收入10000万元。\n\n扫一扫在手机打开当前页\n")
    from_html = read_page(html, URL).document
    assert from_html == dataclasses.replace(seedformat.parse(capture), url=URL)
    assert seedformat.parse(seedformat.render(from_html)) == from_html


# -- bad input: a clear error naming the URL and what was looked for ------------------------


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<html><head><title>登录</title></head><body><a href='/'>首页</a></body></html>",
         "no document body found (looked for #zoom, #Zoom"),
        (page("<p>&nbsp;</p><div id='qrcode'>扫一扫在手机打开当前页</div>"), "holds no text paragraphs"),
        (page("<p>正文</p>").replace("</html>", ""), "truncated page (no closing </html>)"),
        # gov.cn's header include ends with a stray </html>: a page cut soon after it still holds one
        (page("<p>第一段。</p><p>第二段。</p>" * 20, extra="<div class='header'>国务院</div></html>").split("第二段")[0],
         "truncated page (no closing </html>)"),
        ("<html><body><div id='zoom'><p>正文第一段。</p></div></body></html>", "no title found"),
        (page("<p>-</p>"), "holds no text paragraphs"),
        (page("<p>...</p><p>。</p><p>【】</p>"), "holds no text paragraphs"),
        ("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF</html>", "not an HTML page (no markup in its first 4 KB; it starts '%PDF-1.4"),
        ("\x00" * 100, "not an HTML page"),
    ],
    ids=["unknown-template", "empty-body", "truncated", "truncated-after-a-stray-closing-tag", "no-title", "dash-body", "punctuation-body", "pdf", "nul-bytes"],
)
def test_a_page_without_a_document_is_a_clear_error_never_an_empty_document(html, message):
    with pytest.raises(ParseError) as exc:
        read_page(html, URL)
    assert str(exc.value).startswith(URL + ": ") and message in str(exc.value)


@pytest.mark.parametrize(
    "ending",
    ["</html>", "</html>\n<script>wd_paramtracker('_wdxid=0')</script>\n", "</html><!-- 统计代码 -->",
     "</html>\n<!-- trailing scripts after </html> omitted -->\n", "</body></html><div style='display:none'></div>"],
    ids=["plain", "a-script-after-it", "a-comment-after-it", "a-closing-tag-inside-a-comment", "an-empty-tag-after-it"],
)
def test_a_whole_page_reads_whatever_tags_follow_its_closing_tag(ending):
    assert read_page(page("<p>正文第一段。</p>").replace("</html>", ending), URL).document.paragraphs == ("正文第一段。",)


def test_a_body_of_only_a_pdf_viewer_is_a_document_without_paragraphs_naming_the_file():
    doc = read_page(page("<div id='pdf'></div><script>var pdfUrl = '/attach/2026/AB12.pdf';</script>"), URL).document
    assert doc.paragraphs == ()
    assert [(a.name, a.url) for a in doc.attachments] == [("AB12.pdf", "https://www.town.gov.cn/attach/2026/AB12.pdf")]


def test_attachment_links_are_kept_on_the_reading():
    body = "<p>正文。</p><p>附件：<a href='/files/a.pdf'>附件1.pdf</a></p>"
    found = read_page(page(body, extra="<a href='/index.html'>首页</a>"), URL)
    assert [(a.name, a.url, a.type) for a in found.attachments] == [("附件1.pdf", "https://www.town.gov.cn/files/a.pdf", "pdf")]
    assert found.document.attachments == found.attachments  # kept on the Document; not part of its identity
    assert found.document == dataclasses.replace(found.document, attachments=())


# -- monitor parse PAGE.html --url URL --------------------------------------------------------


def test_parse_url_reads_a_saved_page_like_the_crawler_in_the_capture_shape(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(page("<p>第一段。</p>", extra="<table><tr><td>索引号</td><td>A-1</td></tr></table>")
                     .replace("<head>", "<head><meta charset='gbk'>").encode("gbk"))
    result = CliRunner().invoke(cli, ["parse", str(path), "--url", URL, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["file"] == "page.html" and data["paragraphs"] == ["第一段。"]
    assert data["metadata"]["index_no"] == "A-1" and data["metadata"]["url"] == URL
    assert data["found"]["index_no"] == "label 索引号"
    text = CliRunner().invoke(cli, ["parse", str(path), "--url", URL])
    assert "index_no: A-1  (label 索引号)" in text.output


def test_parse_url_of_an_attachment_only_page_is_an_error_naming_its_files(tmp_path):
    # parse reads no network: a page whose text is only in its attachments is never shown as an empty document
    path = tmp_path / "page.html"
    path.write_text(page("<p>附件：<a href='/attach/2026/AB12.pdf'>王坛镇2025年工作计划.pdf</a></p>"), encoding="utf-8")
    for extra in ([], ["--json"]):
        result = CliRunner().invoke(cli, ["parse", str(path), "--url", URL, *extra])
        assert result.exit_code == 1, result.output
        assert result.output.startswith(f"Error: {URL}: the page holds no text of its own, only attachments (附件): "
                                        "王坛镇2025年工作计划.pdf <https://www.town.gov.cn/attach/2026/AB12.pdf>.")
        assert "monitor parse FILE" in result.output


def test_parse_url_of_a_page_with_text_and_attachments_lists_them(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(page("<p>现将计划印发给你们。</p><p>附件：<a href='/attach/2026/AB12.pdf'>王坛镇2025年工作计划.pdf</a></p>"),
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path), "--url", URL])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "附件: 王坛镇2025年工作计划.pdf <https://www.town.gov.cn/attach/2026/AB12.pdf>"


@pytest.mark.parametrize(
    ("saved", "message"),
    [("<html><head><script>$_ts=window['$_ts'];</script></head><body></body></html>", "blocked: a JavaScript challenge page"),
     ("<html><body><script>var arg1='2F1B';setCookie('acw_sc__v2', arg1);</script></body></html>", "blocked: a JavaScript challenge page"),
     ("<html><head><title>404 页面不存在</title></head><body><div id='zoom'><p>抱歉，您访问的页面不存在或已删除！</p></div></body></html>",
      "soft 404: the page says '404 页面不存在'")],
    ids=["waf", "challenge", "soft-404"],
)
def test_parse_url_of_a_saved_waf_or_error_page_says_so_as_the_crawler_does(tmp_path, saved, message):
    path = tmp_path / "page.html"
    path.write_text(saved, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path), "--url", URL, "--json"])
    assert result.exit_code == 1 and result.output.startswith(f"Error: {path}: {message}") and result.output.count("\n") == 1


@pytest.mark.parametrize("url", ["", "not a url", "www.town.gov.cn/a.html", "javascript:alert(1)", "file:///etc/passwd",
                                 "http://[::1", "http://x.gov.cn:99999/a.html"])
def test_parse_url_that_is_no_page_address_is_a_usage_error(tmp_path, url):
    # '' read the page as a seed capture ('no recognizable header'); 'not a url' read it with that as its URL (exit 0)
    path = tmp_path / "page.html"
    path.write_text(page("<p>第一段。</p>"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path), "--url", url])
    assert result.exit_code == 2 and result.output.startswith(f"Error: --url {url!r} is not the http(s) address of a page")


def test_parse_url_errors_are_one_clear_line(tmp_path):
    path = tmp_path / "bad.html"
    path.write_bytes(b"\xff\xfe\xfa<html>" + "页".encode("gb18030") * 3)
    result = CliRunner().invoke(cli, ["parse", str(path), "--url", URL])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["parse", str(path), "--url", URL, "--scraper", "nosuch"])
    assert result.exit_code == 2 and "unknown scraper 'nosuch'" in result.output


def test_the_reader_is_documented():
    doc = (ROOT / "docs" / "page-reader.md").read_text(encoding="utf-8")
    for label in reader.LABELS:
        assert label in doc
    for css in reader.CONTAINERS:
        assert css in doc


FILLERS = 3  # the conftest site fixture: documents per column beyond its seed page


def test_check_shows_how_each_field_of_a_previewed_page_was_found(site, tmp_path):
    config = tmp_path / "monitor.toml"
    config.write_text(
        "".join(f'[[sources]]\nname = "{s.name}"\nscraper = "{s.scraper}"\nurl = "{s.url}"\n' for s in site.sources())
        + "[fetch]\nallow_private = true\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", "panan-yushan", "--config", str(config), "--limit", "1", "--delay", "0"])
    assert result.exit_code == 0, result.output
    found = next(line for line in result.output.splitlines() if line.strip().startswith("found:"))
    assert "paragraphs by selector div.editor-content" in found and "index_no by label 索引号" in found  # body declared
    assert "title by label 公文名称" in found and "source by label 来源" in found  # the page shows its source: no meta
    result = CliRunner().invoke(cli, ["check", "linan-tianmushan", "--config", str(config), "--limit", "1", "--delay", "0"])
    found = next(line for line in result.output.splitlines() if line.strip().startswith("found:"))
    assert "paragraphs by container #zoom" in found and "index_no by label 索引号" in found  # nothing declared


@pytest.mark.parametrize(
    ("source", "read"),
    [
        ("全面推进\n    城乡建设", "全面推进城乡建设"),  # a wrap between CJK characters is no space, as a browser shows it
        ("完成投资\r\n（含续建）", "完成投资(含续建)"),  # full-width forms join too (then fold to narrow)
        ("印发\n\u201c好房子\u201d\n建设", "印发\u201c好房子\u201d建设"),  # curly quotes join
        ("建成 \n 5G基站", "建成 5G基站"),  # a wrap before a digit or a Latin letter is a space
        ("green\nbuilding", "green building"),
    ],
    ids=["cjk", "full-width", "quotes", "digit", "latin"],
)
def test_a_source_line_wrap_inside_a_paragraph_reads_as_the_browser_shows_it(source, read):
    page = f"<html><head><title>某镇2024年工作计划</title></head><body><div id='zoom'><p>{source}</p></div></body></html>"
    assert read_page(page, URL).document.paragraphs == (read,)
