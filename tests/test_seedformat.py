"""Reading every capture layout, writing the canonical one, and refusing bad input."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import NoHeaderError, ParseError
from monitor.models import Document
from monitor.seedformat import CANONICAL, clean_line, parse, parse_file, parse_plain, render

SEED = {p.name[:3]: p for p in SEEDS}
CHROME = ("访问次数", "浏览次数", "字号【", "分享到", "分享:", "|", "信息索引号", "发布时间", "您当前所在的位置", ">>")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_metadata_equals_the_gold_annotation(path):
    gold = json.loads((SHARED / "gold" / path.with_suffix(".json").name).read_text(encoding="utf-8"))
    doc = parse_file(path)
    for field in ("index_no", "publisher", "date", "published_at", "title", "category", "disclosure"):
        assert getattr(doc, field) == gold["metadata"][field], field


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_page_chrome_never_reaches_the_body(path):
    doc = parse_file(path)
    for paragraph in doc.paragraphs:
        assert not any(c in paragraph for c in CHROME), paragraph
    assert doc.paragraphs[0] != doc.title


# layout, first paragraph, last paragraph, number of paragraphs
LAYOUTS = [
    ("000", "2024年是中华人民共和国成立75周年", "牢牢守住安全底线。", 14),
    ("001", "2024年是贯彻习近平总书记考察浙江精神", "牢固树立“人民至上、生命至上”理念", 16),
    ("002", "2023年是全面贯彻落实党的二十大精神的开局之年", "3.把隐患消除在源头。", 24),
    ("003", "——2021年12月25日在天目山镇第三届人民代表大会", "各位代表,心中有信仰", 76),
    ("004", "2023年是贯彻党的二十大精神的开局之年", "一是加快农村饮用水提升工程。", 21),
]


@pytest.mark.parametrize("key,first,last,count", LAYOUTS)
def test_each_layout_gives_its_body_paragraphs(key, first, last, count):
    doc = parse_file(SEED[key])
    assert doc.paragraphs[0].startswith(first)
    assert doc.paragraphs[-1].startswith(last)
    assert len(doc.paragraphs) == count


def test_kq_reads_the_main_header_and_ignores_the_mobile_block():
    doc = parse_file(SEED["000"])
    assert (doc.index_no, doc.publisher, doc.date, doc.published_at) == (
        "00258263-0/2024-72396", "王坛镇", "2024-03-26", "2024-03-26 15:48")
    assert (doc.category, doc.disclosure, doc.source, doc.doc_number) == ("计划总结", "主动公开", "王坛镇", None)


def test_shangyu_one_cell_body_is_split_into_paragraphs_and_items():
    doc = parse_file(SEED["002"])
    assert doc.paragraphs[1].startswith("2023年全镇经济社会发展主要预期目标为:财政总收入增长10%")
    assert doc.paragraphs[2] == "围绕上述目标,我们将重点抓好以下五方面工作:"
    assert any(p.startswith("2.做强重大项目引擎。") for p in doc.paragraphs)
    assert any(p.startswith("(五)聚焦智治善治") for p in doc.paragraphs)
    assert any("以“枫桥经验”60 周年为契机" in p for p in doc.paragraphs), "a space inside a sentence is kept"


def test_panan_breadcrumb_gives_the_category_and_the_repeated_title_is_dropped():
    doc = parse_file(SEED["004"])
    assert doc.category == "规划计划"
    assert doc.source == "磐安县人民政府"
    assert doc.title not in doc.paragraphs


def test_linan_colon_less_table():
    doc = parse_file(SEED["003"])
    assert (doc.index_no, doc.publisher, doc.date, doc.published_at) == (
        "002508879/2022-81382", "天目山镇", "2022-05-05", None)
    assert doc.paragraphs[-1].endswith("共同富裕示范区的镇域样板!")


def test_full_width_text_is_nfkc_normalized():
    text = "索引号: X/2024-1\n发布机构: 某镇\n\n某镇2025年工作计划\n\n财政总收入１２００万元，增长６.５％。\n"
    doc = parse(text)
    assert doc.paragraphs == ("财政总收入1200万元,增长6.5%。",)


@pytest.mark.parametrize("line, read", [
    # ℅ (care of) typed for %: 农林局2024年工作计划 (xiaomilidoc.com p-12465171); 刚察县农牧局 藏羊药浴 news (2015-09-22)
    ("上市瓜菜抽检合格率达 98℅以上。", "上市瓜菜抽检合格率达 98%以上。"),
    ("药浴率达到95℅以上,药浴后杀虫效果明显。", "药浴率达到95%以上,药浴后杀虫效果明显。"),
    ("寄件人 c/o 某镇政府。", "寄件人 c/o 某镇政府。"),  # counter-example: a written c/o stays
])
def test_a_care_of_sign_typed_for_a_percent_sign_is_read_as_percent(line, read):
    assert clean_line(line) == read
    assert parse_plain(line).paragraphs == (read,)


def test_the_percent_typed_as_care_of_is_a_target():
    from monitor.extract import extract_body

    doc = parse_plain("---\ntitle: 农林局 2024 年工作计划\n---\n上市瓜菜抽检合格率达 98℅以上,确保全区重大农产品质量平安大事。\n")
    got = [(t.indicator, t.value, t.unit, t.qualifier) for t in extract_body("\n".join(doc.paragraphs), doc.title).targets]
    assert got == [("上市瓜菜抽检合格率", 98, "%", "以上")]


@pytest.mark.parametrize("line, read", [
    # a circled item number before the item's own number: NFKC alone runs the two together (②20个村 → 220个村)
    ("②20个村实现集体经济收入30万元以上;③5G基站新建120个。", "(2)20个村实现集体经济收入30万元以上;(3)5G基站新建120个。"),
    ("㉑2025年完成", "(21)2025年完成"),
    # elsewhere NFKC's bare digit stays, so every quote is of the page's NFKC text (岳阳市2024年政府工作报告: ⑤完成25所…)
    ("⑤完成25所乡镇标准化寄宿制学校建设;⑩高标准农田建设41.3万亩", "5完成25所乡镇标准化寄宿制学校建设;10高标准农田建设41.3万亩"),
])
def test_a_circled_item_number_never_runs_into_the_number_after_it(line, read):
    from monitor.pagetext import lines_of, parse_html

    assert clean_line(line) == read and lines_of(parse_html(f"<p>{line}</p>").body) == [read]  # a capture and a page


def test_an_item_opening_with_its_number_after_a_circled_item_number_reads_its_own_value():
    from monitor.extract import extract_body

    doc = parse_plain("---\ntitle: 某镇2025年工作计划\n---\n办好民生实事:①新建农村公路50公里;②20个村实现集体经济收入30万元以上。\n")
    got = [(t.value, t.unit) for t in extract_body("\n".join(doc.paragraphs), doc.title).targets]
    assert (20, "个") in got and (220, "个") not in got and (50, "公里") in got


def test_dates_in_chinese_form_are_read():
    doc = parse("发布机构: 某镇 成文日期: 2025年3月5日\n\n标题\n\n正文。\n")
    assert doc.date == "2025-03-05"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_round_trips_through_the_canonical_layout(path):
    doc = parse_file(path)
    text = render(doc)
    assert parse(text) == doc
    assert render(parse(text)) == text


def test_canonical_layout_reads_like_the_seeds():
    text = render(parse_file(SEED["000"]))
    lines = text.split("\n")
    assert [line.split(":")[0] for line in lines[: len(CANONICAL)]] == [label for label, _ in CANONICAL]
    assert lines[:3] == ["索引号: 00258263-0/2024-72396", "发布机构: 王坛镇", "发文日期: 2024-03-26"]
    assert lines[9:12] == ["", "王坛镇2024年工作计划", ""]
    assert "文号:" in lines


def test_url_is_kept_in_the_canonical_layout():
    doc = Document(title="t", paragraphs=("p",), url="https://www.kq.gov.cn/art/2024/3/26/art_1_2.html")
    assert "网址: https://www.kq.gov.cn/art/2024/3/26/art_1_2.html" in render(doc)
    assert parse(render(doc)).url == doc.url


# -- property: parse(render(doc)) == doc ---------------------------------------------------

CHINESE = "财政总收入一般公共预算收入增长同比万元亿元亩个家人次工作计划镇村“”《》、。，；：！？（）—…·"
_chars = st.one_of(
    st.sampled_from(CHINESE),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from("１２３４５６７８９０％．，\u3000\xa0\t"),
)
clean = st.text(_chars, min_size=1, max_size=80).map(clean_line).filter(bool)
optional = st.none() | clean
FIELDS = [f for _, f in CANONICAL]


@st.composite
def documents(draw, max_paragraphs=30):
    """Documents whose fields are clean single lines."""
    fields = {f: draw(optional) for f in FIELDS}
    paragraphs = tuple(draw(st.lists(clean, max_size=max_paragraphs)))
    return Document(title=draw(optional), paragraphs=paragraphs, **fields)


@given(documents())
@settings(max_examples=300, deadline=None)
def test_render_then_parse_gives_the_same_document(doc):
    assert parse(render(doc)) == doc


@given(st.lists(clean, min_size=1, max_size=8))
@settings(max_examples=20, deadline=None)
def test_long_bodies_round_trip(pieces):
    paragraphs = tuple(clean_line(p * 60) for p in pieces) * 40  # hundreds of paragraphs, some of kilobytes
    doc = Document(title="玉山镇2023年上半年工作总结及下半年工作计划", paragraphs=paragraphs, publisher="玉山镇")
    assert parse(render(doc)) == doc


# -- bad input -----------------------------------------------------------------------------


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n\n")
    with pytest.raises(ParseError, match=r"empty\.txt: empty file$"):
        parse_file(p)


def test_binary_file(tmp_path):
    p = tmp_path / "page.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ParseError, match=r"page\.png: binary file, not a text capture$"):
        parse_file(p)


WHOLE = SEED["000"].read_text(encoding="utf-8").rstrip().encode()  # ends with a 3-byte character


@pytest.mark.parametrize(
    ("data", "byte"),
    [("浙江省政府工作报告\n".encode()[:22], 21),  # read as GB18030 this was 娴欐睙鐪佹斂搴滃伐浣滄, exit 0
     (WHOLE[:-1], len(WHOLE) - 3),  # cut inside its last character
     (WHOLE[:300] + b"\xff" + WHOLE[301:], 300)],  # one byte damaged
    ids=["cut-short", "cut-at-the-end", "one-bad-byte"],
)
def test_a_cut_or_damaged_utf8_capture_is_an_error_saying_where_never_gb18030_mojibake(tmp_path, data, byte):
    p = tmp_path / "cut.txt"
    p.write_bytes(data)
    with pytest.raises(ParseError, match=rf"cut\.txt: broken UTF-8 at byte {byte} of {len(data)} \(.*\), after '.+': "
                       "the file is cut or damaged$"):
        parse_file(p)


def test_a_gbk_capture_is_read_as_gbk(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes(SEED["000"].read_text(encoding="utf-8").encode("gb18030"))
    assert parse_file(p) == parse_file(SEED["000"])


def test_truncated_capture_with_only_a_header(tmp_path):
    p = tmp_path / "cut.txt"
    p.write_bytes(b"\n".join(SEED["000"].read_bytes().split(b"\n")[:3]))
    with pytest.raises(ParseError, match=r"cut\.txt: truncated capture: the header is not followed by a title and body$"):
        parse_file(p)


def test_truncated_capture_with_no_body(tmp_path):
    p = tmp_path / "cut.txt"
    lines = SEED["004"].read_text(encoding="utf-8").split("\n")
    p.write_text("\n".join(lines[:10]), encoding="utf-8")
    with pytest.raises(ParseError, match=r"cut\.txt: truncated capture: no body after the title '玉山镇2023年上半年工作总结及下半年工作计划'$"):
        parse_file(p)


def test_text_without_a_header_is_refused_by_parse():
    with pytest.raises(NoHeaderError, match=r"plain\.txt: no recognizable header"):
        parse("财政总收入增长10%。\n一般公共预算收入增长9%。\n", "plain.txt")


def test_gbk_capture_is_read_without_replacement(tmp_path):
    p = tmp_path / "gbk.txt"
    text = SEED["001"].read_text(encoding="utf-8")
    p.write_bytes(text.encode("gb18030"))
    assert parse_file(p) == parse_file(SEED["001"])


@pytest.mark.parametrize("text, title, first", [
    ("---\ntitle: 乌海市政府工作报告（2024年1月16日 崔景英）\n---\n\n——2024年1月16日在会议上\n", "乌海市政府工作报告(2024年1月16日 崔景英)",
     "——2024年1月16日在会议上"),
    ("---\ntitle: \"衡水市政府工作报告\"\nauthor: x\n---\n正文。\n", "衡水市政府工作报告", "正文。"),
    ("---\n正文没有结束的前言。\n", None, "---"),  # no closing line: no front matter, the text is all body
    ("正文。\n---\n", None, "正文。"),
])
def test_a_plain_texts_front_matter_gives_its_title_and_is_no_body(text, title, first):
    doc = parse_plain(text)
    assert (doc.title, doc.paragraphs[0]) == (title, first)


@pytest.mark.parametrize("line, date", [
    ("date: 2016-02-22", "2016-02-22"),  # 蜀山全面吹响“迎峰会”集结号 (萧山网), saved with its page date
    ("date: 2019年9月24日", "2019-09-24"),
    ("date: 不详", None),
    ("author: x", None),
])
def test_a_plain_texts_front_matter_gives_its_page_date(line, date):
    """A news item saved with its page date keeps it: "今年" in it is that year."""
    doc = parse_plain(f"---\ntitle: 蜀山全面吹响“迎峰会”集结号\n{line}\n---\n正文。\n")
    assert doc.date == date
