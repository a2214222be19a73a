"""Indicator tables (monitor.extract.tables): a plan's 主要指标 table read cell by cell under its columns."""

from __future__ import annotations

import pytest
from attachment_files import make_docx, make_xlsx

from monitor.attachments import read_attachment
from monitor.extract import explain_body, extract_body

TITLE = "某镇2025年工作计划"
TABLE = "\n".join([
    "二、主要经济指标",
    "单位:亿元、%",
    "序号 | 指标名称 | 单位 | 2024年完成 | 2025年目标 | 增长",
    "1 | 地区生产总值 | 亿元 | 34.4 | 36.5 | 6%",
    "2 | 一般公共预算收入 | 万元 | 8100 | 8500 | 5%左右",
    "3 | 城镇调查失业率 | % | 4.8 | 5.5以内 | —",
    "4 | 新增城镇就业 | 人 | 760 | 800 | ",
])


def _rows(found) -> list[tuple]:
    return [(t.role, t.indicator, t.value, t.unit, t.kind, t.qualifier, t.period) for t in [*found.targets, *found.actuals]]


def test_a_plan_table_gives_targets_under_its_target_column_and_results_under_its_completed_one():
    found = extract_body(TABLE, TITLE)
    assert sorted(_rows(found), key=str) == sorted([
        ("target", "地区生产总值", 36.5, "亿元", "level", None, "2025"),
        ("target", "地区生产总值", 6, "%", "growth", None, "2025"),
        ("target", "一般公共预算收入", 8500, "万元", "level", None, "2025"),
        ("target", "一般公共预算收入", 5, "%", "growth", "左右", "2025"),
        ("target", "城镇调查失业率", 5.5, "%", "threshold", "以内", "2025"),
        ("target", "新增城镇就业", 800, "人", "count", None, "2025"),
        ("actual", "地区生产总值", 34.4, "亿元", "level", None, "2024"),
        ("actual", "一般公共预算收入", 8100, "万元", "level", None, "2024"),
        ("actual", "城镇调查失业率", 4.8, "%", "share", None, "2024"),
        ("actual", "新增城镇就业", 760, "人", "count", None, "2024"),
    ], key=str)


def test_every_cell_record_quotes_its_row_and_points_at_its_number():
    found = extract_body(TABLE, TITLE)
    for t in [*found.targets, *found.actuals]:
        assert t.quote in TABLE and t.quote.startswith(t.indicator)
        assert TABLE[t.offset:].startswith(str(t.value if t.value % 1 else int(t.value)))
    assert [t.offset for t in found.targets] == sorted(t.offset for t in found.targets)


@pytest.mark.parametrize("table, expected", [
    # the unit in brackets after the name; a change word in the name is a growth of the rest
    ("指标 | 2025年目标值\n城镇调查失业率(%) | 5.5以内\n粮食产量(万吨) | 2.6左右\n单位GDP能耗下降(%) | ≥3",
     [("城镇调查失业率", 5.5, "%", "threshold", "以内"), ("粮食产量", 2.6, "万吨", "level", "左右"),
      ("单位GDP能耗", 3, "%", "growth", "不低于")]),
    # a growth column without a year goes with the target column before it
    ("项目 | 2025年计划(亿元) | 增速(%)\n规上工业总产值 | 60 | 8",
     [("规上工业总产值", 60, "亿元", "level", None), ("规上工业总产值", 8, "%", "growth", None)]),
    # an empty 单位 cell leaves the unit in the name's brackets (a row's unit is given in one place or the other)
    ("指标 | 单位 | 2025年目标\n地区生产总值(亿元) |  | 320\n城镇新增就业 | 万人 | 1.3",
     [("地区生产总值", 320, "亿元", "level", None), ("城镇新增就业", 1.3, "万人", "count", None)]),
    # last year's plan restated is neither a target nor a result
    ("指标 | 2024年计划 | 2025年目标\n粮食播种面积(万亩) | 5.1 | 5.2以上",
     [("粮食播种面积", 5.2, "万亩", "level", "以上")]),
    # a number of years in its cell, unlike a year (a county's “十四五”教育事业发展主要指标表, 博县网 8731; the common shape
    # of a 纲要's 平均受教育年限 row with its unit written in the cell)
    ("指标 | 2025年目标\n4.劳动年龄人口平均受教育年限(年) | 12.3年以上\n主要劳动年龄人口平均受教育年限 | 11.5年",
     [("劳动年龄人口平均受教育年限", 12.3, "年", "level", "以上"), ("主要劳动年龄人口平均受教育年限", 11.5, "年", "level", None)]),
])
def test_a_header_names_what_each_column_holds(table, expected):
    found = extract_body("二、主要指标\n" + table, TITLE)
    assert [(t.indicator, t.value, t.unit, t.kind, t.qualifier) for t in found.targets] == expected
    assert not found.actuals


def test_a_table_without_a_header_of_indicators_is_read_as_sentences():
    """村名 | 户数 | 人口 names no target or result column: the rows are no indicator table."""
    body = "二、基本情况\n村名 | 户数 | 人口\n东村 | 120户 | 450人"
    assert not any(e["records"] and e["records"][0]["rule"] == "table-column" for e in explain_body(body, TITLE))


def test_explain_shows_each_cell_under_its_column():
    cells = [e for e in explain_body(TABLE, TITLE) if e["sentence"].startswith("1 | 地区生产总值")]
    assert {(e["part"], r["value"], r["rule"]) for e in cells for r in e["records"]} == {
        ("review", 34.4, "table-column"), ("plan", 36.5, "table-column"), ("plan", 6, "table-column")}
    assert all(not e["skipped"] for e in cells)  # no cell is read again as a sentence


@pytest.mark.parametrize("kind, data", [
    ("docx", make_docx("某镇2025年工作计划", ["一、主要指标"], table=[
        ["指标", "单位", "2025年目标"], ["地区生产总值", "亿元", "36.5"], ["新增规上企业", "家", "5"]])),
    ("xlsx", make_xlsx([["指标", "单位", "2025年目标"], ["地区生产总值", "亿元", 36.5], ["新增规上企业", "家", 5]])),
])
def test_an_attachments_indicator_table_gives_targets(kind, data):
    """DOCX and XLSX tables are read as `a | b | c` rows; their cells become targets."""
    text = read_attachment(data, f"指标.{kind}", kind)
    found = extract_body("\n".join(text.paragraphs), TITLE)
    assert [(t.indicator, t.value, t.unit, t.kind) for t in found.targets] == [
        ("地区生产总值", 36.5, "亿元", "level"), ("新增规上企业", 5, "家", "count")]


def test_a_project_tables_text_cells_are_still_read_as_sentences_and_its_other_numbers_are_not():
    """建设内容 holds targets of its own; 总投资 (no year, no target word) is the project's size, no record."""
    body = ("二、2025年重点项目\n序号 | 项目名称 | 建设内容 | 总投资(万元) | 2025年计划投资(万元)\n"
            "1 | 东湖路改造工程 | 新建道路5公里,改造管网3公里 | 3000 | 1200\n2 | 文化礼堂 | 新建文化礼堂2个 | 500 | 450")
    found = extract_body(body, TITLE)
    assert [(t.indicator, t.value, t.unit) for t in found.targets] == [
        ("新建道路", 5, "公里"), ("改造管网", 3, "公里"), ("东湖路改造工程", 1200, "万元"),
        ("新建文化礼堂", 2, "个"), ("文化礼堂", 450, "万元")]


def test_a_two_row_header_names_each_column_by_both_rows_and_a_caption_over_it_does_not():
    """As an HTML table with colspan/rowspan is read: "2025年" over "目标" and "增长"; a caption spans the table."""
    body = ("二、主要指标\n2023年主要经济指标计划表 | 2023年主要经济指标计划表 | 2023年主要经济指标计划表 | 2023年主要经济指标计划表"
            " | 2023年主要经济指标计划表 | 2023年主要经济指标计划表\n"
            "指标 | 单位 | 2024年 | 2024年 | 2025年 | 2025年\n指标 | 单位 | 完成 | 增长 | 目标 | 增长\n"
            "地区生产总值 | 亿元 | 34.4 | 5.5% | 36.5 | 6%")
    found = extract_body(body, TITLE)
    assert sorted(_rows(found), key=str) == sorted([
        ("target", "地区生产总值", 36.5, "亿元", "level", None, "2025"), ("target", "地区生产总值", 6, "%", "growth", None, "2025"),
        ("actual", "地区生产总值", 34.4, "亿元", "level", None, "2024"), ("actual", "地区生产总值", 5.5, "%", "growth", None, "2024"),
    ], key=str)


def test_a_row_whose_last_cells_are_empty_is_still_read():
    """A capture strips the space after a row's last "|" (…| 4 |): the cells before it are read all the same."""
    body = "二、主要指标\n指标名称 | 单位 | 2025年目标 | 增长\n新增规上企业 | 家 | 4 |\n城镇调查失业率 | % | 5.5以内 |"
    found = extract_body(body, TITLE)
    assert [(t.indicator, t.value, t.unit, t.kind) for t in found.targets] == [
        ("新增规上企业", 4, "家", "count"), ("城镇调查失业率", 5.5, "%", "threshold")]
    assert all(body[t.offset:].startswith(("4", "5.5")) and t.quote.startswith(t.indicator) for t in found.targets)


UNIT_GLOSSES = [  # a row's unit in brackets after its name (万元/人, %, 年) or a note mark (*) is no part of the name:
    # the “十五五” 规划建议 tables of 杭州 (全员劳动生产率(万元/人)), 南京 (劳动年龄人口平均受教育年限(年)) and 广州
    ("全员劳动生产率(万元/人) | 29.6 | 35", "全员劳动生产率"),
    ("劳动年龄人口平均受教育年限(年) | 13.2 | 13.5", "劳动年龄人口平均受教育年限"),
    ("海洋生产总值* | 5231 | 7300", "海洋生产总值"),
    ("研究与试验发展(R&D)经费支出与地区生产总值之比(%) | 4 | 4.5", "研究与试验发展(R&D)经费支出与地区生产总值之比"),
    # spared: a bracket that is no unit stays (中心(站), 执业(助理)医师)
    ("示范型退役军人服务中心(站) | 100 | 143", "示范型退役军人服务中心(站)"),
]


@pytest.mark.parametrize("row, name", UNIT_GLOSSES)
def test_a_rows_unit_in_brackets_and_its_note_mark_are_no_part_of_its_name(row, name):
    body = "二、主要指标\n指标 | 2025年 | 2030年目标\n" + row
    assert {t.indicator for t in extract_body(body, "某市“十五五”规划纲要").targets} == {name}


def test_a_name_opening_with_a_digit_keeps_it_and_an_item_mark_goes():
    body = "二、主要指标\n指标 | 单位 | 2025年目标\n5G基站 | 个 | 120\n(二)新增规上企业 | 家 | 5"
    assert [t.indicator for t in extract_body(body, TITLE).targets] == ["5G基站", "新增规上企业"]


# A table flattened to text with single spaces between its cells (a PDF page as text): 越城年鉴(2022) p.30,
# “十三五”规划主要指标完成情况 表1 (dfz.zj.gov.cn). Its 目标值 column holds the year's targets, its 预计值 column
# the year's estimated results; the name keeps no serial number and takes its unit from its brackets.
YUECHENG = "\n".join([
    "“十三五”规划主要指标完成情况",
    "表1",
    "序号 指标名称 2020 年目标值 2020 年预计值 完成情况",
    "1 全区生产总值(亿元) 1000 1008.5 完成",
    "2 人均生产总值(元) 130000 130913 完成",
    "4 固",
])


def test_a_table_flattened_with_spaces_is_read_under_its_columns():
    found = extract_body(YUECHENG, "越城年鉴(2022)")
    assert sorted(_rows(found), key=str) == sorted([
        ("target", "全区生产总值", 1000, "亿元", "level", None, "2020"),
        ("target", "人均生产总值", 130000, "元", "level", None, "2020"),
        ("actual", "全区生产总值", 1008.5, "亿元", "level", None, "2020"),
        ("actual", "人均生产总值", 130913, "元", "level", None, "2020"),
    ], key=str)
    assert all(t.quote in YUECHENG for t in [*found.targets, *found.actuals])


# The same as a 十五五 纲要's PDF gives it (苏州市“十五五”规划纲要 表1): a letter-spaced header word (指 标), numbers
# spaced from their qualifier (5 左右) and from the name (16 3 岁以下…), group captions, a name wrapped onto the next
# line, the header again after a page break, and rows whose target is words (高于地区生产总值年均增长).
SUZHOU = "\n".join([
    "表 1 “十五五”经济社会发展主要指标",
    "序号 指 标 2030 年目标 属性",
    "一、经济强（12 项）",
    "1 地区生产总值年均增长（%） 5 左右 预期性",
    "2 全员劳动生产率年均增长（%） 高于地区生产总值年均增长 预期性",
    "5 规上工业增加值率（%） 提高 1 个百分点以上 预期性",
    "8 规上数字经济核心产业营业收入占规上企业营业",
    "收入比重（%） 32.5 预期性",
    "序号 指 标 2030 年目标 属性",
    "二、百姓富（7 项）",
    "16 3 岁以下婴幼儿入托率（%） 25 预期性",
    "18 居民重大慢病过早死亡率（%） ＜6 预期性",
])


def test_a_pdf_table_with_its_spacing_is_read_under_its_columns():
    found = extract_body(SUZHOU, "苏州市国民经济和社会发展第十五个五年规划纲要")
    assert [(t.indicator, t.value, t.unit, t.kind, t.qualifier) for t in found.targets] == [
        ("地区生产总值", 5, "%", "growth", "左右"),
        ("规上工业增加值率", 1, "个百分点", "growth", "以上"),
        ("规上数字经济核心产业营业收入占规上企业营业收入比重", 32.5, "%", "share", None),
        ("3岁以下婴幼儿入托率", 25, "%", "share", None),
        ("居民重大慢病过早死亡率", 6, "%", "threshold", "以下")]
    assert not found.actuals


# 北京市“十五五”规划纲要 主要指标 as its PDF's text gives it: a cell's lines broken where the cell wraps (a name over two
# lines, a target's note over three), its group's caption (类别: 创新 发展 (5项)) over the lines before its first row
# only, so that the rows under it are one cell short; 【350左右】 a five-year sum, ∗ an estimate.
BEIJING = "\n".join([
    "“十五五”时期经济社会发展主要指标",
    "类别 序号 指标 2025年 2030年目标 属性",
    "创新", "发展", "(5项)", "1", "全社会研究与试验发展经费支出占地区生", "产总值比重(%)", "6左右∗ >6 预期性",
    "3 地区生产总值年均增速(%) 5.4", "4.5-5,", "努力争取", "更好结果", "预期性",
    "4 全员劳动生产率(万元/人) >46.5∗ 58左右 预期性",
    "开放", "发展", "(4项)",
    "18 实际利用外资规模(亿美元) 68.7 【350左右】 预期性",
    "24 3岁以下婴幼儿入托率提高(百分点) — 【15左右】 预期性",
    "",
    "注:1.【 】为5年累计数,带∗为预计数。",
])


def test_a_pdf_table_whose_cells_wrap_over_lines_is_read_row_by_row():
    found = extract_body(BEIJING, "北京市国民经济和社会发展第十五个五年规划纲要")
    assert _rows(found) == [
        ("target", "全社会研究与试验发展经费支出占地区生产总值比重", 6, "%", "share", "以上", "2030"),
        ("target", "地区生产总值", None, "%", "growth", None, "2026-2030"),
        ("target", "全员劳动生产率", 58, "万元/人", "level", "左右", "2030"),
        ("target", "实际利用外资规模", 350, "亿美元", "level", "左右", "2026-2030"),
        ("target", "3岁以下婴幼儿入托率", 15, "百分点", "growth", "左右", "2026-2030"),
        ("actual", "全社会研究与试验发展经费支出占地区生产总值比重", 6, "%", "share", "左右", "2025"),
        ("actual", "地区生产总值", 5.4, "%", "growth", None, "2025"),
        ("actual", "全员劳动生产率", 46.5, "万元/人", "level", "以上", "2025"),
        ("actual", "实际利用外资规模", 68.7, "亿美元", "level", None, "2025")]
    assert [(t.min, t.max) for t in found.targets if t.value is None] == [(4.5, 5)]
    assert all("预期性" not in t.indicator for t in [*found.targets, *found.actuals])


@pytest.mark.parametrize("table, name", [
    # a cell's line break, as an HTML or a DOCX table reads it (上海“十五五”规划纲要 表1; 南京 专栏2's split name)
    ("序号 | 指标 | 单位 | 属性 | 2030年\n14 | 社区公共服务设施15分钟步行 可达覆盖率 | % | 预期性 | 95",
     "社区公共服务设施15分钟步行可达覆盖率"),
    ("序号 | 指标 | 指标 | 属性 | 2030年目标值\n12 | 每千人口拥有医护 人员数 | 注册护士数（人） | 预期性 | 5.5",
     "每千人口拥有医护人员数注册护士数"),
])
def test_a_name_wrapped_in_its_cell_keeps_no_space(table, name):
    assert [t.indicator for t in extract_body("二、主要指标\n" + table, GANGYAO).targets] == [name]


def test_prose_with_spaces_is_no_spaced_table():
    """The same page's two text columns run together line by line (spaces between them): no header, no table."""
    body = ("刑事治安警情、安全事故率、死亡人数年均下 不足。高端人才缺乏,高水平大学、科研机构数\n"
            "降…16%、20%、25%,成功创建省级食品安全区、 量不够多,国家级实验室尚处于空白,R&D 经")
    assert not any(r["rule"] == "table-column" for e in explain_body(body, "越城年鉴(2022)") for r in e["records"])


GANGYAO = "某市国民经济和社会发展第十五个五年规划纲要"


@pytest.mark.parametrize("table, expected", [
    # a first row whose cells say their numbers in words is data, not the header over it, and a cell that names the
    # five years of its average (“十四五”年均增长4.0) is over them (广州市“十五五”规划纲要 专栏1, www.gz.gov.cn 2026-05-29)
    ("类别 | 指标 | 单位 | 2025年 完成值 | 2030年 目标值 | 属性\n"
     "经济发展 | 1. 地区生产总值年均增长 | % | “十四五”年均增长4.0 | “十五五”年均增长5.0左右 | 预期性\n"
     "经济发展 | 2. 工业总产值 | 万亿元 | 2.5 | 3 | 预期性",
     [("actual", "地区生产总值", 4, "%", "growth", None, "2021-2025"),
      ("actual", "工业总产值", 2.5, "万亿元", "level", None, "2025"),
      ("target", "地区生产总值", 5, "%", "growth", "左右", "2026-2030"),
      ("target", "工业总产值", 3, "万亿元", "level", None, "2030")]),
    # the unit is in the name's last brackets; a bracket before it names no unit (杭州、南京、广州“十五五”规划纲要)
    ("序号 | 指标名称 | 2025年 预计 | 2030年 目标\n"
     "8 | 研究与试验发展（R&D）经费支出与地区生产总值之比（%） | 4左右 | 4.5\n"
     "13 | 每千人口拥有执业（助理）医师数（人） | 4.8 | 5\n"
     "14 | 劳动年龄人口平均受教育年限（年） | — | 12.6",
     [("target", "研究与试验发展(R&D)经费支出与地区生产总值之比", 4.5, "%", "share", None, "2030"),
      ("target", "每千人口拥有执业(助理)医师数", 5, "人", "level", None, "2030"),
      ("target", "劳动年龄人口平均受教育年限", 12.6, "年", "level", None, "2030"),
      ("actual", "研究与试验发展(R&D)经费支出与地区生产总值之比", 4, "%", "share", "左右", "2025"),
      ("actual", "每千人口拥有执业(助理)医师数", 4.8, "人", "level", None, "2025")]),
    # a ratio of two units, in the name's brackets or in the unit column (杭州“十五五”规划纲要: 全员劳动生产率（万元/人）,
    # 单位GDP建设用地使用面积（平方米/万元）; 广州“十五五”规划纲要: 生产安全事故死亡率 | 人/百亿元)
    ("序号 | 指标名称 | 2025年 预计 | 2030年 目标\n"
     "2 | 全员劳动生产率（万元/人） | 29.6 | 35\n"
     "5 | 单位GDP建设用地使用面积（平方米/万元） | 10.04 | 8.8",
     [("target", "全员劳动生产率", 35, "万元/人", "level", None, "2030"),
      ("target", "单位GDP建设用地使用面积", 8.8, "平方米/万元", "level", None, "2030"),
      ("actual", "全员劳动生产率", 29.6, "万元/人", "level", None, "2025"),
      ("actual", "单位GDP建设用地使用面积", 10.04, "平方米/万元", "level", None, "2025")]),
    # a rate per 10万, in the unit column (1/10万), in the name's brackets or in the cell (南通市“十三五”卫生健康主要指标完成情况:
    # 孕产妇死亡率 | 1/10万 | 2.65 | ≤5, its columns moved to the plan's years; the common shape of a 卫生健康规划's 主要指标:
    # 孕产妇死亡率(1/10万), 15.7/10万)
    ("类别 | 序号 | 指标 | 单位 | 2025年 完成情况 | 2030年 规划目标\n"
     "健康水平 | 2 | 孕产妇死亡率 | 1/10万 | 2.65 | ≤5\n"
     "疾病防控 | 6 | 肺结核发病率 | 1/10万 | 23.71 | ≤30",
     [("target", "孕产妇死亡率", 5, "/10万", "threshold", "不超过", "2030"),
      ("target", "肺结核发病率", 30, "/10万", "threshold", "不超过", "2030"),
      ("actual", "孕产妇死亡率", 2.65, "/10万", "share", None, "2025"),
      ("actual", "肺结核发病率", 23.71, "/10万", "share", None, "2025")]),
    ("指标 | 2025年 现状 | 2030年 目标\n"
     "孕产妇死亡率(1/10万) | 8.5 | ≤10\n"
     "甲乙类传染病发病率 | 150/10万 | 140/10万以下",
     [("target", "孕产妇死亡率", 10, "/10万", "threshold", "不超过", "2030"),
      ("target", "甲乙类传染病发病率", 140, "/10万", "threshold", "以下", "2030"),
      ("actual", "孕产妇死亡率", 8.5, "/10万", "share", None, "2025"),
      ("actual", "甲乙类传染病发病率", 150, "/10万", "share", None, "2025")]),
    # a note in brackets after a result says how it was reckoned, and a target may be a change from a base year, its
    # value there in brackets (南通市“十三五”卫生健康主要指标完成情况: 83.16 (市级测算), 比2015年(24.31)降低10个百分点; the
    # 健康中国2030 规划纲要's 主要指标 shape: 重大慢性病过早死亡率 较2015年下降30%)
    ("类别 | 序号 | 指标 | 单位 | 2025年 完成情况 | 2030年 规划目标\n"
     "健康水平 | 1 | 人均期望寿命 | 岁 | 83.16 (市级测算) | ≥80\n"
     "疾病防控 | 7 | 过早死亡率 | % | 8.83 | 比2015年(24.31)降低10个百分点\n"
     "疾病防控 | 8 | 重大慢性病过早死亡率 | % | 10.2 | 较2015年下降30%",
     [("target", "人均期望寿命", 80, "岁", "level", "不低于", "2030"),
      ("target", "过早死亡率", 10, "个百分点", "growth", None, "2030"),
      ("target", "重大慢性病过早死亡率", 30, "%", "growth", None, "2030"),
      ("actual", "人均期望寿命", 83.16, "岁", "level", None, "2025"),
      ("actual", "过早死亡率", 8.83, "%", "share", None, "2025"),
      ("actual", "重大慢性病过早死亡率", 10.2, "%", "share", None, "2025")]),
    # a row parted in its cells (其中:小学 初中 | 34.52% 77.34%): a number for each part, or the whole's first and then its
    # part's (a county's “十四五”教育事业发展规划 主要指标表, 博县网 mirror; the space after 以上 closed as the reader closes it)
    ("指  标 | 2025年 | 2030年 | 属性\n"
     "4.义务教育标准班额比例(%) 其中:小学 初中 | 34.52% 77.34% | 80%以上 85%以上 | 预期性\n"
     "1.幼儿教师专科及以上学历比例(%) 其中:本科及以上学历比例(%) | 97.74% 49.85% | 100% 50% | 预期性\n"
     "4.高中教师研究生学历(学位)比例(%) | 12.59% | 20% | 预期性",
     [("target", "义务教育标准班额比例(小学)", 80, "%", "share", "以上", "2030"),
      ("target", "义务教育标准班额比例(初中)", 85, "%", "share", "以上", "2030"),
      ("target", "幼儿教师专科及以上学历比例", 100, "%", "share", None, "2030"),
      ("target", "幼儿教师专科及以上学历比例中本科及以上学历比例", 50, "%", "share", None, "2030"),
      ("target", "高中教师研究生学历(学位)比例", 20, "%", "share", None, "2030"),
      ("actual", "义务教育标准班额比例(小学)", 34.52, "%", "share", None, "2025"),
      ("actual", "义务教育标准班额比例(初中)", 77.34, "%", "share", None, "2025"),
      ("actual", "幼儿教师专科及以上学历比例", 97.74, "%", "share", None, "2025"),
      ("actual", "幼儿教师专科及以上学历比例中本科及以上学历比例", 49.85, "%", "share", None, "2025"),
      ("actual", "高中教师研究生学历(学位)比例", 12.59, "%", "share", None, "2025")]),
    # numbers a cell holds that the name does not part stay unread (the common shape of a table's 2024年 | 2025年 cell
    # run together)
    ("指标 | 2025年 | 2030年\n"
     "城镇新增就业人数(万人) | 1.2 1.3 | 1.5",
     [("target", "城镇新增就业人数", 1.5, "万人", "count", None, "2030")]),
    ("类别 | 指标 | 单位 | 2025年 完成值 | 2030年 目标值 | 属性\n"
     "安全保障 | 29. 单位地区生产总值生产安全事故死亡率 | 人/百亿元 | 0.61 |  | 约束性",
     [("actual", "单位地区生产总值生产安全事故死亡率", 0.61, "人/百亿元", "level", None, "2025")]),
    # a 单位 cell wrapped (人/ 亿元), or giving two ways of counting (万套（间）: the first) (上海“十五五”规划纲要 表1)
    ("序号 | 指标 | 单位 | 属性 | 2030年 | 年均［累计］\n"
     "12 | 新增供应保障性租赁住房 | 万套（间） | 预期性 | — | ［25—27］\n"
     "20 | 单位生产总值生产安全事故死亡率 | 人/ 亿元 | 约束性 | < 0.006 | —",
     [("target", "新增供应保障性租赁住房", None, "万套", "count", None, "2026-2030"),
      ("target", "单位生产总值生产安全事故死亡率", 0.006, "人/亿元", "threshold", "以下", "2030")]),
    # a rate that is no change under 年均［累计］ is its mean over the plan's years, not a growth; a rate of change there is
    # one (上海“十五五”规划纲要 表1: 城镇调查失业率 | % | 预期性 | — | < 5.0)
    ("序号 | 指标 | 单位 | 属性 | 2030年 | 年均［累计］\n"
     "10 | 城镇调查失业率 | % | 预期性 | — | < 5.0\n"
     "11 | 全市居民人均可支配收入年均增速 | % | 预期性 | — | 5",
     [("target", "城镇调查失业率", 5, "%", "threshold", "以下", "2026-2030"),
      ("target", "全市居民人均可支配收入", 5, "%", "growth", None, "2026-2030")]),
    # a cell that says its number with the sentence's words before it (力争达到5%左右) is a value; words alone are none
    # (上海“十五五”规划纲要 表1: 与经济增长同步, ［完成国家审核衔接后确定的目标］)
    ("序号 | 指标 | 单位 | 属性 | 2030年 | 年均［累计］\n"
     "1 | 地区生产总值年均增速 | % | 预期性 | — | 力争达到5%左右\n"
     "11 | 全市居民人均可支配收入年均增速 | % | 预期性 | — | 与经济增长同步\n"
     "16 | 非化石能源占能源消费总量比重 | % | 约束性 | — | ［完成国家审核衔接后确定的目标］",
     [("target", "地区生产总值", 5, "%", "growth", "左右", "2026-2030")]),
    # a row name ending in a rate of change is a growth of the rest (南京、苏州“十五五”规划纲要 主要指标)
    ("分类 | 序号 | 指标 | 属性 | 2030年目标值\n"
     "经济强 | 1 | 地区生产总值（GDP）年均增长率（%） | 预期性 | 5以上\n"
     "经济强 | 7 | 规上生产性服务业营业收入年均增速（%） | 预期性 | 6\n"
     "环境美 | 21 | 单位地区生产总值建设用地使用面积下降率（%） | 预期性 | 18",
     [("target", "地区生产总值(GDP)", 5, "%", "growth", "以上", "2026-2030"),
      ("target", "规上生产性服务业营业收入", 6, "%", "growth", None, "2026-2030"),
      ("target", "单位地区生产总值建设用地使用面积", 18, "%", "growth", None, "2030")]),
    # the last plan's table of results: its target restated, and that target's growth, are no target of this plan
    # (南京市“十五五”规划纲要 专栏1 市“十四五”规划《纲要》指标完成情况)
    ("序号 | 指标 | 属性 | 规划目标 | 规划目标 | 2025年 完成情况\n"
     "序号 | 指标 | 属性 | 规划目标 （2025年） | 年均增速 〔累计〕 | 2025年 完成情况\n"
     "1 | 地区生产总值（亿元） | 预期性 | 20000以上 | 6.5% 左右 | 19428.78\n"
     "6 | 常住人口城镇化率（%） | 预期性 | 85 |  | 87.5",
     [("actual", "地区生产总值", 19428.78, "亿元", "level", None, "2025"),
      ("actual", "常住人口城镇化率", 87.5, "%", "share", None, "2025")]),
    # a note after a cell's number: a comma's words (南京“十五五”规划纲要 专栏1: 19428.78，年均增速4.8%; 78243，年均增速超过
    # 经济增速), a year in brackets that dates it (杭州“十五五”规划纲要: 21.5 （2024年） under 2025年 预计)
    ("序号 | 指标 | 属性 | 规划目标 （2025年） | 年均增速 〔累计〕 | 2025年 完成情况\n"
     "1 | 地区生产总值（亿元） | 预期性 | 20000以上 | 6.5% 左右 | 19428.78，年均增速4.8%\n"
     "10 | 全体居民人均可支配收入（元） | 预期性 | 90000左右 | 与经济增长同步 | 78243，年均增速超过 经济增速",
     [("actual", "地区生产总值", 19428.78, "亿元", "level", None, "2025"),
      ("actual", "全体居民人均可支配收入", 78243, "元", "level", None, "2025")]),
    ("序号 | 指标名称 | 2025年 预计 | 2030年 目标\n"
     "4 | 货物和服务贸易进出口总额占全省份额（%） | 21.5 （2024年） | 22",
     [("target", "货物和服务贸易进出口总额占全省份额", 22, "%", "share", None, "2030"),
      ("actual", "货物和服务贸易进出口总额占全省份额", 21.5, "%", "share", None, "2024")]),
    # a name split over two columns, merged over the header's 指标: its group's and its own, the group carried to the
    # rows below (杭州“十五五”规划纲要 as a DOCX table reads; 南京 专栏2 as a grid repeats the spanning 指标)
    ("序号 | 指标名称 | 2025年 预计 | 2030年 目标 | 属性\n"
     "15 | 每千人口拥有医护人员数 | 执业医师数（人） | 4.9 | 5.0 | 预期性\n"
     " |  | 注册护士数（人） | 5.92 | 6.02 | 预期性",
     [("target", "每千人口拥有医护人员数执业医师数", 5, "人", "level", None, "2030"),
      ("target", "每千人口拥有医护人员数注册护士数", 6.02, "人", "level", None, "2030"),
      ("actual", "每千人口拥有医护人员数执业医师数", 4.9, "人", "level", None, "2025"),
      ("actual", "每千人口拥有医护人员数注册护士数", 5.92, "人", "level", None, "2025")]),
    ("序号 | 指标 | 指标 | 属性 | 2030年目标值\n"
     "9 | 人均预期寿命（岁） | 人均预期寿命（岁） | 预期性 | ≥85\n"
     "24 | 生产安全事故 | 起数下降（%） | 约束性 | 20\n"
     " |  | 死亡人数下降（%） |  | 16",
     [("target", "人均预期寿命", 85, "岁", "level", "不低于", "2030"),
      ("target", "生产安全事故起数", 20, "%", "growth", None, "2030"),
      ("target", "生产安全事故死亡人数", 16, "%", "growth", None, "2030")]),
    # a 年均/累计 column is over the plan's five years: a plain cell an average growth, a bracketed one a sum
    # (杭州市“十五五”规划纲要 主要指标, 杭政函〔2026〕24号); a bracketed cell under 2030年 is a sum too (南京 专栏2)
    ("序号 | 指标名称 | 2025年 预计 | 2030年 目标 | 年均/ 累计 | 属性\n"
     "1 | 地区生产总值（GDP）增长（%） | 5.2左右 | — | 5以上 | 预期性\n"
     "12 | 城镇新增就业人数（万人） | 31.4 | 25以上 | [125] | 预期性\n"
     "17 | 3岁以下婴幼儿入托率提高（百分点） | — | — | [5] | 预期性\n"
     "24 | 生产安全事故死亡人数下降（%） | — | 〔16〕 | — | 约束性",
     [("target", "地区生产总值(GDP)", 5, "%", "growth", "以上", "2026-2030"),
      ("target", "城镇新增就业人数", 25, "万人", "count", "以上", "2030"),
      ("target", "城镇新增就业人数", 125, "万人", "count", None, "2026-2030"),
      ("target", "3岁以下婴幼儿入托率", 5, "百分点", "growth", None, "2026-2030"),
      ("target", "生产安全事故死亡人数", 16, "%", "growth", None, "2026-2030"),
      ("actual", "地区生产总值(GDP)", 5.2, "%", "growth", "左右", "2025"),
      ("actual", "城镇新增就业人数", 31.4, "万人", "count", None, "2025")]),
    # a cell that says its change in words: 提高 1 个百分点以上, 下降3.8% (苏州“十五五”规划纲要 表1 gives the first)
    ("序号 | 指标 | 2030年目标 | 属性\n"
     "5 | 规上工业增加值率（%） | 提高 1 个百分点以上 | 预期性\n"
     "20 | 单位地区生产总值二氧化碳排放（%） | 下降3.8 | 约束性",
     [("target", "规上工业增加值率", 1, "个百分点", "growth", "以上", "2030"),
      ("target", "单位地区生产总值二氧化碳排放", 3.8, "%", "growth", None, "2030")]),
])
def test_a_five_year_plan_table_names_its_base_year_and_its_last_year(table, expected):
    found = extract_body("二、主要指标\n" + table, GANGYAO)
    assert _rows(found) == [r for r in expected if r[0] == "target"] + [r for r in expected if r[0] == "actual"]


def test_a_group_caption_over_a_tables_rows_is_no_count():
    """类别 | … heads a column of group captions (经济发展（7项）, 杭州“十五五”规划纲要): read as a sentence, 7项 was a target."""
    body = ("二、主要指标\n类别 | 序号 | 指标名称 | 2025年 预计 | 2030年 目标 | 属性\n"
            "经济发展 （7项） | 2 | 全员劳动生产率（万元/人） | 29.6 | 35 | 预期性")
    assert [t.value for t in extract_body(body, GANGYAO).targets] == [35]


def test_a_tables_row_heads_no_part_of_the_text_after_it():
    """A short row (| 26 | 优良水体比例(%) | — | 完成省下达目标, 杭州“十五五”规划纲要) is no heading of what follows."""
    body = ("第五章 主要目标\n序号 | 指标名称 | 2025年 预计 | 2030年 目标\n26 | 优良水体比例（%） | — | 90\n"
            "到2030年建成高质量数据集300个。")
    last = [e for e in explain_body(body, GANGYAO) if e["sentence"].startswith("到2030年")][0]
    assert "第五章" in last["why"]


# A table laid across: the names in a 主要指标 row, each row under it a value column its first cell names (乡村振兴
# 战略规划(2018－2022年) 主要指标 as yiyang.gov.cn shows it, its header words spaced: 主 要 指 标, 2022 年 目 标 值); the
# common shape of a wide 主要指标 table turned for a narrow page, a unit in a name's brackets. 属性 names no value column.
ACROSS = "\n".join([
    "主 要 指 标 | 粮食综合生产能力 | 农业科技进步贡献率 | 农产品加工产值与农业产值比",
    "2022 年 目 标 值 | >6亿吨 | 61.5% | 2.5",
    "属 性 | 约束性 | 预期性 | 预期性",
    "主 要 指 标 | 畜禽粪污综合利用率 | 农村卫生厕所普及率",
    "2022 年 目 标 值 | 78% | >85%",
    "属 性 | 约束性 | 预期性",
])


def test_a_table_laid_across_names_each_value_by_the_cell_above_it():
    found = extract_body(ACROSS, "乡村振兴战略规划(2018－2022年)")
    assert _rows(found) == [
        ("target", "粮食综合生产能力", 6, "亿吨", "level", "以上", "2022"),
        ("target", "农业科技进步贡献率", 61.5, "%", "share", None, "2022"),
        ("target", "农产品加工产值与农业产值比", 2.5, "", "level", None, "2022"),
        ("target", "畜禽粪污综合利用率", 78, "%", "share", None, "2022"),
        ("target", "农村卫生厕所普及率", 85, "%", "share", "以上", "2022"),
    ]
    for t in found.targets:
        assert t.quote.startswith(t.indicator + " | ") and ACROSS[t.offset:].lstrip(">").startswith(str(t.value).rstrip("0").rstrip("."))
    county = extract_body("指标 | 地区生产总值(亿元) | 一般公共预算收入(亿元)\n2025年目标 | 320 | 18\n属性 | 预期性 | 预期性",
                          "某县2025年国民经济和社会发展计划")
    assert _rows(county) == [("target", "地区生产总值", 320, "亿元", "level", None, "2025"),
                             ("target", "一般公共预算收入", 18, "亿元", "level", None, "2025")]


# The statutory tables of a 政府信息公开工作年度报告 (国办公开办函〔2021〕30号 format): 本年收费金额 is what the year
# charged, no aim, in every such report: 徐闻县 a bureau's 2025 report (xuwen.gov.cn post_2138264); 徐望镇 2025
# (htq.gov.cn), the same rows.
STATUTORY = "\n".join([
    "二、主动公开政府信息情况",
    "第二十条第(一)项",
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
    "规章 | 0 | 0 | 0",
    "第二十条第(八)项",
    "信息内容 | 本年收费金额(单位:万元)",
    "行政事业性收费 | 0",
])


@pytest.mark.parametrize("title", ["徐闻县某局2025年政府信息公开工作年度报告", "汉台区徐望镇人民政府2025年政府信息公开工作年度报告"])
def test_a_records_table_holds_results_whatever_its_columns_say(title):
    found = extract_body(STATUTORY, title)
    assert found.targets == []
    assert ("actual", "行政事业性收费", 0, "万元", "level", None, "2025") in _rows(found)


# The same tables as a page lays them out with cells spanning columns, each standing in every column it covers, all in
# one block (平潭综合实验区2025年度政府信息公开工作年度报告, pingtan.gov.cn t20260313_105587, as the reader gives it; 徐闻县's
# report the same rows, one block a table): each header again opens its table, a figure spanning three columns is one.
SPANNED = "\n".join([
    "第二十条第(一)项 | 第二十条第(一)项 | 第二十条第(一)项 | 第二十条第(一)项",
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
    "行政规范性文件 | 58 | 45 | 546",
    "第二十条第(五)项 | 第二十条第(五)项 | 第二十条第(五)项 | 第二十条第(五)项",
    "信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量",
    "行政许可 | 2418 | 2418 | 2418",
    "第二十条第(八)项 | 第二十条第(八)项 | 第二十条第(八)项 | 第二十条第(八)项",
    "信息内容 | 本年收费金额(单位:万元) | 本年收费金额(单位:万元) | 本年收费金额(单位:万元)",
    "行政事业性收费 | 4166.241619 | 4166.241619 | 4166.241619",
])


def test_a_records_tables_in_one_block_are_each_read_and_a_spanning_figure_once():
    found = extract_body(SPANNED, "平潭综合实验区2025年度政府信息公开工作年度报告")
    assert found.targets == []
    assert _rows(found) == [
        ("actual", "行政规范性文件制发件数", 58, "", "level", None, "2025"),
        ("actual", "行政规范性文件废止件数", 45, "", "level", None, "2025"),
        ("actual", "行政规范性文件现行有效件数", 546, "", "level", None, "2025"),
        ("actual", "行政许可", 2418, "", "level", None, "2025"),
        ("actual", "行政事业性收费", 4166.241619, "万元", "level", None, "2025"),
    ]


def test_a_plans_table_is_one_whatever_rows_say_below_its_header():
    """A plan's row saying 预期性 after a row of parts is no header again: the table goes on under its columns."""
    found = extract_body("指标 | 2020年 | 2025年 | 属性\n1.智慧校园比例(%) | 60% | 100% | 预期性\n二、师资发展水平 | | |\n"
                         "4.高中教师研究生学历(学位)比例(%) | 12.59% | 20% | 预期性", "“十四五”教育事业发展规划")
    assert [r[1] for r in _rows(found)] == ["智慧校园比例", "高中教师研究生学历(学位)比例"] * 2


def test_a_growth_over_last_year_is_of_no_earlier_year():
    """比上年增长 is the year's growth over the last, not last year's (蚌埠市2024年统计公报 as ilynn.cn copies it: 指标 |
    绝对数(亿元) | 比上年增长%; a 统计公报's figures, told in its text, are not read again from its tables), while 上年完成 is
    last year's figure (the common shape of a 计划 table)."""
    bulletin = extract_body("全年地区生产总值2313亿元,比上年增长5.2%。\n指 标 | 绝对数(亿元) | 比上年增长%\n"
                            "地区生产总值 | 2313.0 | 5.2\n其中:第一产业 | 287.0 | 2.2", "蚌埠市2024年国民经济和社会发展统计公报")
    assert _rows(bulletin) == [("actual", "地区生产总值", 2313, "亿元", "level", None, "2024"),
                               ("actual", "地区生产总值", 5.2, "%", "growth", None, "2024")]
    plan = extract_body("指标 | 上年完成 | 2025年目标 | 比上年增长(%)\n地区生产总值(亿元) | 200 | 212 | 6",
                        "某县2025年国民经济和社会发展计划")
    assert _rows(plan) == [("target", "地区生产总值", 212, "亿元", "level", None, "2025"),
                           ("target", "地区生产总值", 6, "%", "growth", None, "2025"),
                           ("actual", "地区生产总值", 200, "亿元", "level", None, "2024")]
