"""Diffs of two versions or two plans: sentence hunks, target matching, deltas and outcomes."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.diff import (
    closest_plan,
    plan_span,
    diff_documents,
    diff_targets,
    diff_text,
    headline_span,
    normalize_indicator,
    outcomes,
    restates,
    split_sentences,
    title_stem,
)
from monitor.extract import extract_body
from monitor.models import Document, Extraction, Target

BASE = {"万元": (1e4, "元"), "万户": (1e4, "户"), "亿元": (1e8, "元"), "元": (1.0, "元"), "万人": (1e4, "人"), "万亩": (1e4, "亩"),
        "亿斤": (1e8, "斤"), "万吨": (1e4, "吨"), "万人次": (1e4, "人次"), "亿公斤": (1e8, "公斤"), "万吨标准煤": (1e4, "吨标准煤")}


def t(
    indicator: str,
    value: float | None,
    unit: str = "万元",
    kind: str = "level",
    qualifier: str | None = None,
    period: str | None = "2024",
    lo: float | None = None,
    hi: float | None = None,
    role: str = "target",
) -> Target:
    """A target as the extractor gives it, with the base-unit value filled in."""
    factor, base = BASE.get(unit, (1.0, unit))
    scale = (lambda x: None if x is None else x * factor)
    return Target(
        indicator, value, lo, hi, unit, kind, qualifier, period, f"{indicator}{value}{unit}", 0,
        scale(value), scale(lo), scale(hi), base, role,
    )


def summary(changes) -> list[tuple]:
    """(change, indicator, what, relative, points) of each change."""
    return [
        (c.change, c.indicator, c.what, c.delta and c.delta.relative, c.delta and c.delta.points) for c in changes
    ]


# -- text -------------------------------------------------------------------------------


def test_sentences_split_on_chinese_and_half_width_stops_and_line_ends():
    text = "预计财政总收入10000万元,同比增长5%;一般公共预算收入5300万元。实现上述目标！\n(一)坚持强产业"
    assert split_sentences(text) == [
        "预计财政总收入10000万元,同比增长5%;",
        "一般公共预算收入5300万元。",
        "实现上述目标！",
        "(一)坚持强产业",
    ]


def test_a_reworded_sentence_is_one_changed_hunk_with_both_sides():
    old = "坚持强产业。打造区级和美乡村5个。加强民生保障。"
    new = "坚持强产业。打造区级和美乡村6个,全力推进示范创建。加强民生保障。"
    [hunk] = diff_text(old, new)
    assert (hunk.change, hunk.old, hunk.new) == (
        "changed",
        ("打造区级和美乡村5个。",),
        ("打造区级和美乡村6个,全力推进示范创建。",),
    )
    assert (hunk.old_at, hunk.new_at) == (1, 1)


def test_added_and_dropped_sentences_and_no_hunk_for_equal_text():
    old = "甲。乙。丙。"
    assert diff_text(old, old) == []
    added = diff_text(old, "甲。乙。新增一句。丙。")
    assert [(h.change, h.old, h.new) for h in added] == [("added", (), ("新增一句。",))]
    dropped = diff_text(old, "甲。丙。")
    assert [(h.change, h.old, h.new) for h in dropped] == [("dropped", ("乙。",), ())]


# -- indicators -------------------------------------------------------------------------


def test_indicator_normalization_strips_quotes_punctuation_and_leading_verbs():
    assert normalize_indicator("完成“小升规”") == normalize_indicator("小升规")
    assert normalize_indicator("新增市场主体") == "市场主体"
    assert normalize_indicator("新建和改造燃气管网") == normalize_indicator("新建、改建燃气管网") == "改造燃气管网"
    assert normalize_indicator("力争培育国家高新技术企业") == "高新技术企业"
    # the burden eased names no one it is eased for (温州 2024 为企业减负 → 2025 为经营主体减负; 嘉兴 2020 再新增减负)
    assert normalize_indicator("为企业减负") == normalize_indicator("为经营主体减负") == normalize_indicator("新增减负")
    # a water quality class in Roman or Chinese numerals (嘉兴 2020 Ⅲ类以上 → 2021 三类以上; NFKC makes Ⅲ III)
    assert normalize_indicator("市控断面III类以上水质比例") == normalize_indicator("市控断面三类以上水质比例")
    assert normalize_indicator("IV类水体比例") == normalize_indicator("四类水体比例") != normalize_indicator("五类水体比例")
    assert normalize_indicator("规模以上工业增加值") == normalize_indicator("规上工业增加值")
    assert normalize_indicator("单位国内生产总值能耗降低") == normalize_indicator("单位国内生产总值能耗")


# -- target changes ---------------------------------------------------------------------


def test_lowered_level_reports_relative_change_and_direction():
    [c] = diff_targets([t("一般公共预算收入", 5300)], [t("一般公共预算收入", 5000)])
    assert (c.change, c.what, c.delta.direction) == ("changed", ("value",), "down")
    assert round(c.delta.relative, 4) == -0.0566
    assert c.delta.text == "\u22125.7%"


def test_percentage_change_is_in_points():
    [c] = diff_targets([t("财政总收入", 5, "%", "growth")], [t("财政总收入", 6, "%", "growth")])
    assert (c.what, c.delta.points, c.delta.relative, c.delta.text) == (("value",), 1.0, None, "+1 个百分点")


def test_qualifier_alone_is_a_change():
    old = [t("城镇新增就业", 1200, "万人", qualifier="左右")]
    new = [t("城镇新增就业", 1200, "万人", qualifier="以上")]
    [c] = diff_targets(old, new)
    assert (c.change, c.what, c.delta.direction) == ("changed", ("qualifier",), "")


def test_a_hedge_alone_is_no_change_but_shows_beside_a_moved_number():
    assert diff_targets([t("财政总收入", 10000, qualifier="预计")], [t("财政总收入", 10000)]) == []
    assert diff_targets([t("文化礼堂", 2, "家", "count", "力争")], [t("文化礼堂", 2, "家", "count", "确保")]) == []
    [c] = diff_targets([t("一般公共预算收入", 5000, qualifier="预计")], [t("一般公共预算收入", 5200, qualifier="以上")])
    assert c.what == ("value", "qualifier")


def test_same_bound_in_other_words_is_no_change():
    old = [t("实到外资", 400, "万美元", qualifier="以上")]
    new = [t("实到外资", 400, "万美元", qualifier="不低于")]
    assert diff_targets(old, new) == []


def test_equal_amount_in_another_unit_is_no_change():
    assert diff_targets([t("财政总收入", 1, "亿元")], [t("财政总收入", 10000, "万元")]) == []
    [c] = diff_targets([t("财政总收入", 9000, "万元")], [t("财政总收入", 1, "亿元")])
    assert round(c.delta.relative, 4) == 0.1111 and c.what == ("value",)


@pytest.mark.parametrize("old, new, moved", [
    # one town writes the Chinese unit one year and the symbol or Latin letters the next (聊城 2020 新增集中供热面积300万㎡;
    # 县城乡污水处理调研 日处理能力4万m³; 大新镇 2024 木桩护岸1.325km): NFKC leaves ㎡ as m2, m³ as m3
    ("新增集中供热面积300万平方米。", "新增集中供热面积300万m2。", "新增集中供热面积320万m2。"),
    ("新增光伏装机容量120万千瓦。", "新增光伏装机容量120万kW。", "新增光伏装机容量150万kW。"),
    ("污水处理厂日处理能力4万立方米。", "污水处理厂日处理能力4万m3。", "污水处理厂日处理能力5万m3。"),
    ("木桩护岸1.325公里。", "木桩护岸1.325km。", "木桩护岸1.5km。"),
    ("收购粮食3000吨。", "收购粮食3000t。", "收购粮食3500t。"),
])
def test_an_amount_in_a_latin_unit_is_the_amount_in_its_chinese_unit(old, new, moved):
    before, after, other = (extract_body(b, "2024年工作计划").targets for b in (old, new, moved))
    assert before and after and diff_targets(before, after) == []
    [c] = diff_targets(before, other)
    assert c.what == ("value",)


def test_a_target_moved_from_a_plans_table_to_a_sentence_is_no_change():
    """Homes counted in 万套 are a count in a table's cell as in a sentence (上海“十五五”规划纲要 表1 ［25—27］ under
    年均［累计］, and its text's 新增供应保障性租赁住房25—27万套(间)): the next plan writing it in a sentence, its name a
    little shorter or longer, pairs it (near names pair only within a kind: a level was a drop and an add)."""
    title = "上海市国民经济和社会发展第十五个五年规划纲要"
    table = ("二、主要指标\n序号 | 指标 | 单位 | 属性 | 2030年 | 年均［累计］\n"
             "12 | 新增供应保障性租赁住房 | 万套（间） | 预期性 | — | ［25—27］\n"
             "13 | 新增公办学位 | 万个 | 预期性 | 3 | —")
    sentence = "二、主要目标\n新增保障性租赁住房25—27万套(间),新增公办中小学学位3万个。"
    before, after = (extract_body(b, title).targets for b in (table, sentence))
    assert len(before) == len(after) == 2
    assert diff_targets(before, after, old_year=2030, new_year=2030) == []


WEIGHTS = [  # one publisher's grain output in 斤 one year and in 吨 the next (1吨 = 2000斤), real reports
    # 乐山 2022 产量稳定在25.2亿斤以上 → 2023 粮食产量稳定在125万吨以上: 126万吨 → 125万吨
    (t("粮食产量", 25.2, "亿斤", qualifier="以上"), t("粮食产量", 125, "万吨", qualifier="以上"), ("value",), -0.0079),
    # 岳阳 2023 粮食产量300万吨 → 2024 粮食产量60亿斤左右: the same amount, only 左右 is new
    (t("粮食产量", 300, "万吨"), t("粮食产量", 60, "亿斤", qualifier="左右"), ("qualifier",), 0.0),
    (t("蔬菜产量", 50, "万吨"), t("蔬菜产量", 5, "亿公斤"), None, None),  # 5亿公斤 = 50万吨: no change
    # counter-example: coal equivalent is a unit of energy, not a weight of coal
    (t("能源消费总量", 100, "万吨标准煤"), t("能源消费总量", 100, "万吨"), ("unit",), None),
]


FIRMS = [  # firms are counted in 家, 户 or 个: one publisher writes one, the next year another (lawtext/gov)
    (t("新增高新技术企业", 2, "户", "count"), t("新增高新技术企业", 5, "家", "count"), ("value",), 1.5),  # 伊春 2022→2023
    (t("家庭农场", 100, "个", "count"), t("家庭农场", 30, "家", "count"), ("value",), -0.7),  # 中卫 2022→2023
    (t("规上工业企业", 24, "户", "count"), t("规上工业企业", 24, "家", "count"), None, None),  # no change
    # a net increase named after the firms: 七台河 2022 高新技术企业净增8户 → 2023 新增高新技术企业7家
    (t("高新技术企业净增", 8, "户", "count", "力争"), t("新增高新技术企业", 7, "家", "count"), ("value",), -0.125),
    # other things counted with two measure words, under the names their verbs of fitting change (lawtext/gov):
    # 中卫 2022 改造农村厕所7000户 → 2023 改造农村户厕3000座; 乐山 2022 既有住宅增设电梯400台以上 → 2023 加装既有住宅电梯
    # 150部以上; 丹东 2022 更换智能燃气表2万台 → 2023 免费安装智能燃气表10万块; 乌兰察布 2022 新建城镇公厕161个 → 2023 63座
    (t("改造农村厕所", 7000, "户", "count"), t("改造农村户厕", 3000, "座", "count"), ("value",), -0.5714),
    (t("既有住宅增设电梯", 400, "台", "count", "以上"), t("加装既有住宅电梯", 150, "部", "count", "以上"), ("value",), -0.625),
    (t("更换智能燃气表", 2, "万台", "count"), t("免费安装智能燃气表", 10, "万块", "count"), ("value",), 4.0),
    (t("新建城镇公厕", 161, "个", "count"), t("新建城镇公厕", 63, "座", "count"), ("value",), -0.6087),
    # a total of firms is counted as the firms are (武汉 2024 经营主体超225万户 → 2025 经营主体总量达255万户; 西安 2024 国家高新
    # 技术企业总数达到1.3万家)
    (t("经营主体", 225, "万户", "count", "以上"), t("经营主体总量", 255, "万户", "count"), ("value", "qualifier"), 0.1333),
    # sessions of anything are counted in 场 or 场次 (武汉 2024 举办演出活动1.5万场次 → 2025 举办演出活动2.5万场以上; 西安 2024
    # 惠民演出不少于1000场次, 2025 演出1500场以上; 乌兰察布 招聘活动40场次以上)
    (t("举办演出活动", 1.5, "万场次"), t("举办演出活动", 2.5, "万场", "count", "以上"), ("value", "qualifier"), 0.6667),
    # 个 stands for the specific measure word of a thing counted whole (石家庄 2025 全年安排省市重点项目341项 → 2026 367个省市
    # 重点项目; 东莞 2025 新建5G基站4000座 → 2026 新建5G基站3000个, 推动116个项目投产 → 130宗项目投产; lawtext/gov)
    (t("省市重点项目", 341, "项", "count"), t("省市重点项目", 367, "个", "count"), ("value",), 0.0762),
    (t("新建5G基站", 4000, "座", "count"), t("新建5G基站", 3000, "个", "count"), ("value",), -0.25),
    (t("项目投产", 116, "个", "count"), t("项目投产", 130, "宗", "count"), ("value",), 0.1207),
    # counter-examples: a batch is no item (分3批 against 30个), nor are two specific measure words one another's
    (t("建设项目", 3, "批", "count"), t("建设项目", 30, "个", "count"), ("unit", "value"), None),
    (t("新建桥梁", 3, "座", "count"), t("新建桥梁", 4, "条", "count"), ("unit", "value"), None),
    # a mine is a site or a firm (乌兰察布 2022 高标准建成绿色矿山4座 → 2023 建成绿色矿山4家), a station counted in 座 or 个
    # (东莞 2025 新建超充站50座、5G基站4000座 → 2026 超充站100个, 新建5G基站3000个)
    (t("绿色矿山", 4, "座", "count"), t("绿色矿山", 4, "家", "count"), None, None),
    (t("超充站", 50, "座", "count"), t("超充站", 100, "个", "count"), ("value",), 1.0),
    # a park counted in 个 or 家 (嘉兴 2020 新增小微企业园20个 → 2021 新建成小微企业园20家; 省级现代农业产业园2家, 2个)
    (t("新增小微企业园", 20, "个", "count"), t("小微企业园", 20, "家", "count"), None, None),
    (t("省级现代农业产业园", 2, "家", "count"), t("省级现代农业产业园", 3, "个", "count"), ("value",), 0.5),
    # counter-example: dwellings in 户 and in 套 are no firms (中卫 2022 棚户区420户 → 2023 1120套)
    (t("棚户区", 420, "户", "count"), t("棚户区", 1120, "套", "count"), ("unit", "value"), None),
]


@pytest.mark.parametrize("old, new, what, relative", WEIGHTS + FIRMS)
def test_one_amount_written_in_two_units_compares(old, new, what, relative):
    """A weight in 斤 one year and in 吨 the next; firms counted in 家, 户 or 个; 个 for a specific measure word."""
    changes = diff_targets([old], [new])
    if what is None:
        assert changes == []
        return
    [c] = changes
    assert c.what == what and (relative is None or round(c.delta.relative, 4) == relative)


def test_a_target_repeated_in_one_document_counts_once():
    old = [t("区级和美乡村", 5, "个", "count")]
    new = [t("区级和美乡村", 5, "个", "count"), t("打造区级和美乡村", 5, "个", "count")]
    assert diff_targets(old, new) == []
    assert diff_targets(new, old) == []


def test_added_and_dropped_come_after_changed_in_document_order():
    old = [t("村级避灾安置中心", 2, "个", "count"), t("一般公共预算收入", 5300), t("乐龄之家", None, "个", "count", lo=4, hi=5)]
    new = [t("森林消防通道", 3, "条", "count"), t("一般公共预算收入", 5000), t("乐龄之家", None, "个", "count", lo=4, hi=5)]
    assert [(c.change, c.indicator) for c in diff_targets(old, new)] == [
        ("changed", "一般公共预算收入"),
        ("added", "森林消防通道"),
        ("dropped", "村级避灾安置中心"),
    ]


def test_range_change_is_reported_as_range():
    old = [t("“乐龄之家”", None, "个", "count", lo=3, hi=4)]
    new = [t("“乐龄之家”", None, "个", "count", lo=4, hi=5)]
    [c] = diff_targets(old, new)
    assert (c.what, round(c.delta.relative, 4)) == (("range",), 0.2857)


def test_synonym_pairs_only_without_an_exact_partner():
    assert summary(diff_targets([t("财政收入", 9000)], [t("财政总收入", 10000)])) == [
        ("changed", "财政总收入", ("value",), 0.111111, None)
    ]
    # 财政总收入 has its exact partner, so 财政收入 is dropped, not paired with it.
    old = [t("财政收入", 8000), t("财政总收入", 10000)]
    assert [(c.change, c.indicator) for c in diff_targets(old, [t("财政总收入", 10000)])] == [("dropped", "财政收入")]


def test_level_and_growth_of_one_indicator_never_mix():
    old = [t("财政总收入", 10000), t("财政总收入", 5, "%", "growth")]
    new = [t("财政总收入", 10500), t("财政总收入", 5, "%", "growth")]
    [c] = diff_targets(old, new)
    assert (c.kind, c.old.value, c.new.value) == ("level", 10000, 10500)


def test_an_indicator_re_expressed_from_a_level_to_a_growth_is_one_change():
    # yueyang 2023 "进出口总额达到850亿元", 2024 "进出口总额增长7%": the analyst sees one move, not two.
    [c] = diff_targets([t("进出口总额", 850, "亿元")], [t("进出口总额", 7, "%", "growth")])
    assert (c.change, c.what, c.old.value, c.new.value) == ("changed", ("unit", "value"), 850, 7)


RE_EXPRESSED = [  # one publisher's consecutive 政府工作报告 (lawtext/gov 政府工作报告-其他地市): (old, new, changes)
    # an amount restated as a growth, a share as its rise in points: one move each
    (t("工业投资", 350, "亿元", qualifier="以上"), t("工业投资", 6, "%", "growth"), [("changed", "工业投资")]),  # 乐山 2022→2023
    (t("常住人口城镇化率", 56, "%", "share"), t("常住人口城镇化率", 1, "个百分点", "growth", "左右"),
     [("changed", "常住人口城镇化率")]),  # 乐山 2022 提高到56% → 2023 提高1个百分点左右
    # two amounts in other units count other things: 临沧 2022 力争开工建设5条高速公路 → 2023 累计建成高速公路560公里以上
    (t("高速公路", 5, "条", "count"), t("高速公路", 560, "公里", qualifier="以上"),
     [("added", "高速公路"), ("dropped", "高速公路")]),
    # a share of a past year's level is no growth: 亳州 2021 旅游总收入恢复到2019年的75%以上 → 2022 增长15%以上
    (t("旅游总收入", 75, "%", "share", "以上"), t("旅游总收入", 15, "%", "growth", "以上"),
     [("added", "旅游总收入"), ("dropped", "旅游总收入")]),
]


@pytest.mark.parametrize("old, new, expected", RE_EXPRESSED)
def test_a_rate_restates_an_amount_but_two_amounts_in_other_units_are_two_targets(old, new, expected):
    assert [(c.change, c.indicator) for c in diff_targets([old], [new])] == expected


def test_a_ceiling_that_becomes_an_approximate_growth_pairs_by_synonym():
    # "居民消费价格指数涨幅3%以内" → "居民消费价格涨幅3%左右": the bound changed, nothing else.
    old = [t("居民消费价格指数涨幅", 3, "%", "threshold", "以内")]
    new = [t("居民消费价格涨幅", 3, "%", "growth", "左右")]
    [c] = diff_targets(old, new)
    assert (c.change, c.what) == ("changed", ("qualifier",))


def test_the_price_level_by_its_statistical_name_pairs_with_the_plain_one():
    # 赣州市 2024 "居民消费价格总水平涨幅控制在3%左右" → 2025 "居民消费价格涨幅2%左右" (lawtext/gov,
    # 政府工作报告-其他地市/赣州市): one target, lowered, not one dropped and one added.
    old = [t("居民消费价格总水平涨幅", 3, "%", "threshold", "左右")]
    new = [t("居民消费价格涨幅", 2, "%", "growth", "左右")]
    [c] = diff_targets(old, new)
    assert (c.change, c.old.value, c.new.value) == ("changed", 3, 2)
    # 赣州市 2023 → 2024 name it so both years, at 3% both years: nothing changed.
    assert diff_targets(old, [t("居民消费价格总水平涨幅", 3, "%", "threshold", "左右")]) == []


def test_the_tertiary_sector_is_the_service_sector():
    # 绵阳市 2024 "第三产业增加值增长8%" → 2025 "服务业增加值增长7.5%" (lawtext/gov, 政府工作报告-其他地市/绵阳市):
    # one indicator by its two statistical names, lowered; the primary sector stays apart.
    old = [t("第三产业增加值", 8, "%", "growth"), t("第一产业增加值", 3.8, "%", "growth")]
    new = [t("服务业增加值", 7.5, "%", "growth"), t("第一产业增加值", 3.3, "%", "growth")]
    assert sorted((c.change, c.old.value, c.new.value) for c in diff_targets(old, new)) == [
        ("changed", 3.8, 3.3), ("changed", 8, 7.5)]


def test_levels_of_government_are_not_near_synonyms():
    old = [t("区级和美乡村", 5, "个", "count")]
    new = [t("市级和美乡村", 3, "个", "count")]
    assert [c.change for c in diff_targets(old, new)] == ["added", "dropped"]
    old = [t("国家高新技术企业", 3, "家", "count")]
    new = [t("省级高新技术企业", 3, "家", "count")]
    assert [c.change for c in diff_targets(old, new)] == ["added", "dropped"]


def test_a_longer_name_for_the_same_indicator_still_pairs():
    [c] = diff_targets([t("“小升规”企业", 3, "家", "count")], [t("小升规企业培育", 4, "家", "count")])
    assert (c.change, c.old.value, c.new.value) == ("changed", 3, 4)


def test_multi_year_goals_compare_with_multi_year_goals_not_with_the_annual_target():
    old = [t("规上工业总产值", 6, "%", "growth", period="2022-2026"), t("规上工业总产值", 6, "%", "growth", period="2022")]
    new = [t("规上工业总产值", 6, "%", "growth", period="2022-2026"), t("规上工业总产值", 7, "%", "growth", period="2023")]
    [c] = diff_targets(old, new, old_year=2022, new_year=2023)
    assert (c.old.period, c.new.period, c.delta.points) == ("2022", "2023", 1.0)


NEAR_NAMES = [  # one publisher's consecutive plans (lawtext/gov 政府工作报告): (old, new, changes)
    # a modifier of one or two characters added or left out inside the name: the same target
    (t("进出口外贸总额", 20, "%", "growth", "以上"), t("进出口总额", 20, "%", "growth", "以上"), []),  # 中卫 2022→2023
    (t("创业担保贷款", 4, "亿元"), t("创业贷款", 4, "亿元"), []),  # 中卫 2022→2023
    (t("水土流失治理面积", 20, "万亩"), t("水土流失综合治理面积", 20, "万亩"), []),  # 三明 2022→2023
    (t("全社会研发经费（R&D）投入", 18, "%", "growth", "以上"), t("全社会研发投入", 18, "%", "growth", "以上"), []),  # 三明
    (t("谋划年度投资亿元以上项目", 23, "个", "count"), t("谋划投资亿元以上项目", 13, "个", "count"),
     [("changed", "谋划投资亿元以上项目")]),  # 伊春 2022→2023
    (t("职业培训", 1, "万人次", "count"), t("职业技能培训", 8000, "人次", "count"),
     [("changed", "职业技能培训")]),  # 中卫 2022→2023
    (t("新增省级现代农业产业园", 2, "个", "count"), t("新增省级农业产业园", 2, "个", "count", "以上"),
     [("changed", "新增省级农业产业园")]),  # 云浮 2022→2023
    # a verb joined on shares the object (临沧 2022 建设高标准农田22万亩以上 → 2023 新建和改造高标准农田20万亩以上)
    (t("高标准农田", 22, "万亩", qualifier="以上"), t("新建和改造高标准农田", 20, "万亩", qualifier="以上"),
     [("changed", "新建和改造高标准农田")]),
    # 城镇 names the towns as against the countryside, not a level of government (三亚 2022 12个老旧小区改造 → 2023 启动16个
    # 城镇老旧小区改造; 云浮 2022 城镇老旧小区改造 and 衡水 2024 改造城镇老旧小区 name it so)
    (t("老旧小区改造", 12, "个", "count"), t("城镇老旧小区改造", 16, "个", "count"), [("changed", "城镇老旧小区改造")]),
    # the countryside is an area as the towns are, its 村 no 村级 (赤峰 2024 新建农村牧区卫生户厕1.9万个 → 2025 新建卫生户厕
    # 9100个; 中卫 2022 改造农村厕所); counter-example: 农村居民 and 城镇居民 are parts of the 居民, not another name for them
    (t("新建农村牧区卫生户厕", 19000, "个", "count"), t("新建卫生户厕", 9100, "个", "count"), [("changed", "新建卫生户厕")]),
    (t("农村生活污水治理率", 30, "%", "share"), t("生活污水治理率", 35, "%", "share"), [("changed", "生活污水治理率")]),
    (t("农村居民人均可支配收入", 7, "%", "growth"), t("居民人均可支配收入", 6, "%", "growth"),
     [("added", "居民人均可支配收入"), ("dropped", "农村居民人均可支配收入")]),
    (t("城镇居民人均可支配收入", 6, "%", "growth"), t("居民人均可支配收入", 6, "%", "growth"),
     [("added", "居民人均可支配收入"), ("dropped", "城镇居民人均可支配收入")]),
    # the visitors received, named by them or by the receiving (赤峰 2024 旅游接待人数突破2500万人次 → 2025 接待游客突破3000万
    # 人次; 三明 2023 旅游接待人数; 平潭 游客接待量)
    (t("旅游接待人数", 2500, "万人次", qualifier="以上"), t("接待游客", 3000, "万人次", qualifier="以上"),
     [("changed", "接待游客")]),
    (t("游客接待量", 1200, "万人次"), t("接待游客人次", 1300, "万人次"), [("changed", "接待游客人次")]),
    # the 和 between two items listed either way (丹东 2022 新增雏鹰和瞪羚企业15户 → 2023 雏鹰瞪羚企业10户)
    (t("雏鹰和瞪羚企业", 15, "户", "count"), t("雏鹰瞪羚企业", 10, "户", "count"), [("changed", "雏鹰瞪羚企业")]),
    # counter-examples: projects planned or held in reserve are not those run or brought in (洛阳 2022→2023; 丹东 2022
    # 市级领导包保100个重大项目 → 2023 科学谋划投资规模大、带动能力强的重大项目600个)
    (t("滚动储备亿元以上重大项目", 1000, "个", "count", "以上"), t("重大项目", 388, "个", "count"),
     [("added", "重大项目"), ("dropped", "滚动储备亿元以上重大项目")]),
    (t("亿元以上产业项目", 80, "个", "count"), t("谋划亿元以上产业项目", 200, "个", "count"),
     [("added", "谋划亿元以上产业项目"), ("dropped", "亿元以上产业项目")]),
    # ...and a work word before 项目 names a kind of project (洛阳 2022 抓好450个重大改造项目 → 2023 实施388个重大项目),
    # while a verb before the projects leaves them the same (乌海 2024 组织实施重点项目264个 → 2025 实施重点项目233个)
    (t("重大改造项目", 450, "个", "count"), t("重大项目", 388, "个", "count"),
     [("added", "重大项目"), ("dropped", "重大改造项目")]),
    (t("组织实施重点项目", 264, "个", "count"), t("实施重点项目", 233, "个", "count"), [("changed", "实施重点项目")]),
    # a field's key projects are another list than a programme's bare 重点项目 (温州 2024 加快推进58个医疗卫生重点项目 → 2025
    # 五城三园 实施400个重点项目); projects of a size are the list's own (包头 2024 实施投资亿元以上重大项目628个 → 2025 主攻650个重大项目)
    (t("医疗卫生重点项目", 58, "个", "count"), t("重点项目", 400, "个", "count"),
     [("added", "重点项目"), ("dropped", "医疗卫生重点项目")]),
    # ...by a word inserted as by words contained (武汉 2024 开工众宇燃料电池…等30个重点项目 → 2025 推进武汉儿童医院光谷院区等10个
    # 重点项目建设)
    (t("重点项目", 30, "个", "count"), t("重点项目建设", 10, "个", "count"),
     [("added", "重点项目建设"), ("dropped", "重点项目")]),
    (t("投资亿元以上重大项目", 628, "个", "count"), t("重大项目", 650, "个", "count"), [("changed", "重大项目")]),
    # a level one year and a count the next, in one unit, are one amount (中卫 2022 农村劳动力转移就业20万人、收入达到35亿元 →
    # 2023 城镇新增就业1.2万人以上、农村劳动力有序转移就业20万人)
    (t("农村劳动力转移就业", 20, "万人", "level"), t("农村劳动力有序转移就业", 21, "万人", "count"),
     [("changed", "农村劳动力有序转移就业")]),
    # projects brought in (引进, 签约) are not projects carried out (七台河 2022 力争新引进亿元以上项目30个 → 2023 of the 122
    # 省市重点项目 it implements 亿元以上项目71个); a part after 其中 has the verb of the clause before (亳州 2021 新签约亿元以上
    # 工业项目200个 → 2022 新签约亿元以上项目200个，其中工业项目100个)
    (replace(t("新引进亿元以上项目", 30, "个", "count", "力争"), quote="力争新引进亿元以上项目30个"),
     replace(t("亿元以上项目", 71, "个", "count"), quote="10亿元以上项目3个,亿元以上项目71个"),
     [("added", "亿元以上项目"), ("dropped", "新引进亿元以上项目")]),
    (replace(t("新签约亿元以上工业项目", 200, "个", "count"), quote="新签约亿元以上工业项目200个"),
     replace(t("工业项目", 100, "个", "count"), quote="其中工业项目100个"), [("changed", "工业项目")]),
    # a part after 其中 of a whole its quote names is that whole's part, not the city's: 无锡 2024 市重大产业项目完成投资1450亿元、
    # 其中工业投资超1000亿元 → 2025 力争完成工业投资2000亿元
    (replace(t("工业投资", 1000, "亿元", qualifier="以上"), quote="市重大产业项目完成投资1450亿元、其中工业投资超1000亿元"),
     replace(t("工业投资", 2000, "亿元", qualifier="力争"), quote="力争完成工业投资2000亿元"),
     [("added", "工业投资"), ("dropped", "工业投资")]),
    # counter-examples: a total is not what the year adds (洛阳 2022 新建5G基站1000个 → 2023 确保5G基站总数突破1万个)
    (t("新建5G基站", 1000, "个", "count"), t("5G基站总数", 10000, "个", "count", "以上"),
     [("added", "5G基站总数"), ("dropped", "新建5G基站")]),
    # counter-examples: the towns' rate is not the countryside's (丹东 2023 生活污水治理率 of its villages)
    (t("农村生活污水治理率", 80, "%", "share"), t("城镇生活污水治理率", 95, "%", "share"),
     [("added", "城镇生活污水治理率"), ("dropped", "农村生活污水治理率")]),
    # counter-examples: a long insertion names another indicator; a second item joined on is a second target
    (t("规上工业增加值", 8, "%", "growth"), t("规上工业战略性新兴产业增加值", 10, "%", "growth"),
     [("added", "规上工业战略性新兴产业增加值"), ("dropped", "规上工业增加值")]),
    (t("城镇登记失业率", 5.2, "%", "threshold", "以内"), t("城镇调查失业率", 5.5, "%", "threshold", "以内"),
     [("added", "城镇调查失业率"), ("dropped", "城镇登记失业率")]),  # 丹东 2022→2023
    # a name listing a second item after a 、 counts both together, not the first alone (佛山 2024 新(改、扩)建中小学16所、
    # 幼儿园18所 → 2025 新(改、扩)建中小学、幼儿园20所; 西安 2024 新建改扩建中小学14所 → 2025 新建、改扩建中小学校、幼儿园11所);
    # a clause read before a 、 is no item of the name (温州 2024 千人托位数达到4.5个 → 2025 扩大普惠托育服务供给、千人托位数达4.5个)
    (t("新(改、扩)建中小学", 16, "所", "count"), t("新(改、扩)建中小学、幼儿园", 20, "所", "count"),
     [("added", "新(改、扩)建中小学、幼儿园"), ("dropped", "新(改、扩)建中小学")]),
    (t("新建改扩建中小学", 14, "所", "count"), t("新建、改扩建中小学校、幼儿园", 11, "所", "count"),
     [("added", "新建、改扩建中小学校、幼儿园"), ("dropped", "新建改扩建中小学")]),
    (t("千人托位数", 4.5, "个", "count"), t("扩大普惠托育服务供给、千人托位数", 4.5, "个", "count"), []),
    # the same number under a name written out more fully, words between or around it (无锡 2024 新引进大学生10万人以上 → 2025
    # 新引进稳定参保大学生10万人以上; 乌兰察布 2022 打造45个自治区精品示范村 → 2023 打造自治区乡村绿化美化精品示范村45个; 衡水
    # 2024 文化进基层惠民演出1300场以上 → 2025 文化惠民演出1300场以上); not another number, not a level more (兰州 2024 建成
    # 省市级和美乡村20个 → 2025 创建和美乡村20个), not a bare list of projects (武汉 2024 8个轨道交通项目建设 → 2025 8个项目
    # 建设), not a second item joined on (植树造林和森林抚育70万亩 is two works, below)
    (t("新引进大学生", 10, "万人", "count", "以上"), t("新引进稳定参保大学生", 10, "万人", "count", "以上"), []),
    (t("自治区精品示范村", 45, "个", "count"), t("自治区乡村绿化美化精品示范村", 45, "个", "count"), []),
    (t("文化进基层惠民演出", 1300, "场", "count", "以上"), t("文化惠民演出", 1300, "场", "count", "以上"), []),
    (t("文化进基层惠民演出", 1300, "场", "count", "以上"), t("文化惠民演出", 1500, "场", "count", "以上"),
     [("added", "文化惠民演出"), ("dropped", "文化进基层惠民演出")]),
    (t("省市级和美乡村", 20, "个", "count"), t("和美乡村", 20, "个", "count"),
     [("added", "和美乡村"), ("dropped", "省市级和美乡村")]),
    (t("轨道交通项目建设", 8, "个", "count"), t("项目建设", 8, "个", "count"),
     [("added", "项目建设"), ("dropped", "轨道交通项目建设")]),
    # 改建 (rebuilding) opening a name is the 改造 of what stands (烟台 2023 改建农村公路2135公里 → 2024 改造农村公路2150公里);
    # 新改建 builds new too and stays itself (丹东 2022 新改扩建“四好农村路”200公里 → 2023 新改建“四好农村路”170公里)
    (t("改建农村公路", 2135, "公里"), t("改造农村公路", 2150, "公里"), [("changed", "改造农村公路")]),
    (t("新改扩建“四好农村路”", 200, "公里"), t("新改建“四好农村路”", 170, "公里"), [("changed", "新改建“四好农村路”")]),
    # 智改数转 is short for 智能化改造、数字化转型 (佛山 2024 规模以上工业企业数字化转型比例达65% → 2025 规上工业企业“智改数转”
    # 比例达80%; 长春 2024 完成600户工业企业智改数转 → 2025 实施300户工业企业“智改数转”)
    (t("规模以上工业企业数字化转型比例", 65, "%", "share", "力争"), t("规上工业企业“智改数转”比例", 80, "%", "share", "力争"),
     [("changed", "规上工业企业“智改数转”比例")]),
    (t("工业企业智改数转", 600, "户", "count"), t("工业企业“智改数转”", 300, "户", "count"), [("changed", "工业企业“智改数转”")]),
    # what is put into use (投用) is not what is raised or built (烟台 2023 筹集人才公寓5000套 → 2024 新投用人才公寓2000套以上;
    # 长春 2024 新投用人才公寓2万套), as what is finished (竣工) is not what is carried out
    (replace(t("人才公寓", 5000, "套", "count"), quote="筹集人才公寓5000套、保障性租赁住房3000套"),
     t("新投用人才公寓", 2000, "套", "count", "以上"), [("added", "新投用人才公寓"), ("dropped", "人才公寓")]),
    # firms above the statistical size (规上) are some of the firms, not another name for them (西安 2024 国家高新技术企业总数
    # 达到1.3万家 → 2025 新增规上高新技术企业300家、总数达到2700家; 武汉 2024 高新技术企业达到1.55万家 → 2025 规模以上高新技术
    # 企业总数超3500家); 规模以上 before an amount that is no count of firms leaves it the same (赤峰 2024 规模以上固定资产投资增长
    # 25%左右 → 2025 固定资产投资增长15%以上)
    (t("国家高新技术企业总数", 1.3, "万家", "count"), t("规上高新技术企业总数", 2700, "家", "count"),
     [("added", "规上高新技术企业总数"), ("dropped", "国家高新技术企业总数")]),
    (t("高新技术企业", 15500, "家", "count"), t("规模以上高新技术企业总数", 3500, "家", "count", "以上"),
     [("added", "规模以上高新技术企业总数"), ("dropped", "高新技术企业")]),
    (t("新增高新技术企业", 100, "家", "count"), t("新增规上高新技术企业", 30, "家", "count"),
     [("added", "新增规上高新技术企业"), ("dropped", "新增高新技术企业")]),
    (t("规模以上固定资产投资", 25, "%", "growth", "左右"), t("固定资产投资", 15, "%", "growth", "以上"),
     [("changed", "固定资产投资")]),
    # nor are a sector's firms another name for the firms of every sector (洛阳 2022 全年新增规上企业600家 → 2023 新增各类市场主体
    # 10万户、规模以上工业企业260家; 七台河 2022 新增…规上企业5户以上 → 2023 新增规上工业企业8户、限上企业18户), while a 限上
    # firm is a trader whether 商贸 is written or not
    (t("新增规上企业", 600, "家", "count"), t("规模以上工业企业", 260, "家", "count"),
     [("added", "规模以上工业企业"), ("dropped", "新增规上企业")]),
    (t("规上企业", 8, "户", "count"), t("新增规上服务业企业", 8, "户", "count"),
     [("added", "新增规上服务业企业"), ("dropped", "规上企业")]),
    (t("新增限上企业", 130, "家", "count"), t("新增限上商贸企业", 160, "家", "count"), [("changed", "新增限上商贸企业")]),
    # a list of projects named by its stage (新开工, 续建) is not the list of all carried on (武汉 2024 开工亿元以上项目920个以上,
    # 续建亿元以上项目1900个 → 2025 推进2400个亿元以上项目, 新开工亿元以上项目930个); a list whose verb is outside its quote
    # says no stage (武汉 2024 新开工…，大全电磁能…等300个亿元以上工业项目 → 2025 新开工…等亿元以上工业项目300个)
    (replace(t("亿元以上项目", 920, "个", "count", "以上"), quote="开工亿元以上项目920个以上"),
     replace(t("亿元以上项目", 2400, "个", "count"), quote="推进2400个亿元以上项目、1050个十亿元以上项目"),
     [("added", "亿元以上项目"), ("dropped", "亿元以上项目")]),
    (replace(t("续建亿元以上项目", 1900, "个", "count"), quote="续建亿元以上项目1900个"),
     replace(t("亿元以上项目", 2400, "个", "count"), quote="推进2400个亿元以上项目、1050个十亿元以上项目"),
     [("added", "亿元以上项目"), ("dropped", "续建亿元以上项目")]),
    (replace(t("亿元以上项目", 920, "个", "count", "以上"), quote="开工亿元以上项目920个以上"),
     replace(t("新开工亿元以上项目", 930, "个", "count"), quote="新开工亿元以上项目930个"), [("changed", "新开工亿元以上项目")]),
    (replace(t("亿元以上工业项目", 300, "个", "count"), quote="大全电磁能、华工正源超高速光模块等300个亿元以上工业项目"),
     replace(t("新开工亿元以上工业项目", 300, "个", "count"), quote="新开工锐科光纤激光等亿元以上工业项目300个"), []),
    # building new is not upgrading what stands (中卫 2022 新建小微公园9个 → 2023 改造提升小微公园8个), unless the
    # building is joined on before the upgrade (临沧 2022 新建农村公路1500公里以上 → 2023 建设和改造农村公路1500公里以上)
    (t("新建小微公园", 9, "个", "count"), t("改造提升小微公园", 8, "个", "count"),
     [("added", "改造提升小微公园"), ("dropped", "新建小微公园")]),
    (t("新建农村公路", 1500, "公里", qualifier="以上"),
     replace(t("改造农村公路", 1500, "公里", qualifier="以上"), quote="建设和改造农村公路1500公里以上"), []),
    # the verb before a count and the work closing a name tell the same (邯郸 2022 全市新建3座污水处理厂、改造提升5座污水处理厂
    # → 2023 完成38座污水处理厂提标改造): the upgrade pairs with the upgrade, not with the plants built new
    (replace(t("污水处理厂", 3, "座", "count"), quote="全市新建3座污水处理厂"),
     replace(t("污水处理厂提标改造", 38, "座", "count"), quote="完成38座污水处理厂提标改造"),
     [("added", "污水处理厂提标改造"), ("dropped", "污水处理厂")]),
    # repairing what stands is no building either (中山 2022 检测修复既有污水管网400公里 → 2023 新建污水管网800公里), and 市政
    # (public works) names no level (中山 2022 新建超过320公里市政污水管网 is 2023's 新建污水管网800公里)
    (t("检测修复既有污水管网", 400, "公里"), t("新建污水管网", 800, "公里"),
     [("added", "新建污水管网"), ("dropped", "检测修复既有污水管网")]),
    (t("新建市政污水管网", 320, "公里", qualifier="以上"), t("新建污水管网", 800, "公里"), [("changed", "新建污水管网")]),
    # 新增 before an amount of output names its rise: 包头 2024 产值达到1000亿元以上 → 2025 新增产值600亿元以上
    (t("产值", 1000, "亿元", qualifier="以上"), t("新增产值", 600, "亿元", qualifier="以上"),
     [("added", "新增产值"), ("dropped", "产值")]),
    (t("新增产值", 500, "亿元"), t("新增产值", 600, "亿元", qualifier="以上"), [("changed", "新增产值")]),
    # classes of talent joined before one 人才 are one count, named the next year by one class or none, at the same number
    # (包头 2024 引进高层次和紧缺急需人才8000人以上 → 2025 引进紧缺急需人才8000人以上; 绵阳 2024 新引进人才3万名以上 →
    # 2025 新引进急需紧缺和高层次人才3万名以上); another number, or two things joined, are other targets
    (t("高层次和紧缺急需人才", 8000, "人", "count", "以上"), t("紧缺急需人才", 8000, "人", "count", "以上"), []),
    (t("新引进人才", 3, "万名", "count", "以上"), t("新引进急需紧缺和高层次人才", 3, "万名", "count", "以上"), []),
    (t("高层次和急需紧缺人才", 670, "人", "count"), t("紧缺急需人才", 580, "人", "count", "以上"),
     [("added", "紧缺急需人才"), ("dropped", "高层次和急需紧缺人才")]),
    (t("植树造林和森林抚育", 70, "万亩"), t("森林抚育", 70, "万亩"), [("added", "森林抚育"), ("dropped", "植树造林和森林抚育")]),
    # old estates, shanty towns and urban villages are counted only as the ones rebuilt: a bare count of them, the work
    # named once after their list, is their 改造 (乌鲁木齐 2024 实施老旧小区改造提升120个 → 2025 重点实施107个城镇老旧小区、
    # 6个城中村(自建房)提升改造项目; 乌兰察布 2022 改造城镇棚户区1117套 → 2023 改造…、棚户区717套); in another unit, another
    # measure (乌兰察布 2022 老旧小区2357户 → 2023 改造城镇老旧小区182个)
    (t("老旧小区改造", 120, "个", "count"), t("城镇老旧小区", 107, "个", "count"), [("changed", "城镇老旧小区")]),
    (t("改造城镇棚户区", 1117, "套", "count"), t("棚户区", 717, "套", "count"), [("changed", "棚户区")]),
    (t("老旧小区", 2357, "户", "count"), t("改造城镇老旧小区", 182, "个", "count"),
     [("added", "改造城镇老旧小区"), ("dropped", "老旧小区")]),
    # so are unsafe bridges (十堰 2021 新改建农村公路2500公里、危桥143座 → 2022 改造危桥110座 → 2023 …、危桥160座)
    (t("危桥", 143, "座", "count"), t("改造危桥", 110, "座", "count"), [("changed", "改造危桥")]),
    (t("改造危桥", 110, "座", "count"), t("危桥改造", 160, "座", "count"), [("changed", "危桥改造")]),
    # a four-character word written short, a character from each half, is the one name at any number (沈阳 2025 市属国有企业
    # 资产总额达到4300亿元 → 2026 市属国企资产总额达到4540亿元; 合肥 2025 万人高价值发明专利拥有量增长20% → 2026 每万人口高价值
    # 发明专利拥有量增长15%以上); two characters side by side left out are a modifier, and 上市 firms are some of the firms
    (t("市属国有企业资产总额", 4300, "亿元"), t("市属国企资产总额", 4540, "亿元"), [("changed", "市属国企资产总额")]),
    (t("万人高价值发明专利拥有量", 20, "%", "growth"), t("每万人口高价值发明专利拥有量", 15, "%", "growth", "以上"),
     [("changed", "每万人口高价值发明专利拥有量")]),
    (t("对外贸易进出口总额", 8, "%", "growth"), t("外贸进出口总额", 5, "%", "growth"), [("changed", "外贸进出口总额")]),  # the shape
    (t("新增上市企业", 3, "家", "count"), t("新增企业", 10, "家", "count"), [("added", "新增企业"), ("dropped", "新增上市企业")]),
    # levels left out are no short form: 东营 2021 突出抓好…218个市重点项目 → 2022 实施好…1106个省市县重点项目
    (t("市重点项目", 218, "个", "count"), t("省市县重点项目", 1106, "个", "count"),
     [("added", "省市县重点项目"), ("dropped", "市重点项目")]),
    # how housing is held (租赁, 配售) names a kind a plan counts apart, not a modifier (兰州 2024 建设保障性租赁住房3043套 →
    # 2025 筹集保障性住房4548套; 东莞 2025 筹集保障性租赁住房1.5万套 → 2026 筹集保障性住房3500套); a verb before it is one
    (t("保障性租赁住房", 3043, "套", "count"), t("保障性住房", 4548, "套", "count"),
     [("added", "保障性住房"), ("dropped", "保障性租赁住房")]),
    (t("保障性住房", 2000, "套", "count"), t("配售型保障性住房", 1000, "套", "count"),
     [("added", "配售型保障性住房"), ("dropped", "保障性住房")]),
    (t("保障性租赁住房", 15000, "套", "count"), t("新筹建保障性租赁住房", 13000, "套", "count", "不低于"),
     [("changed", "新筹建保障性租赁住房")]),
    # two neighbouring words written the other way round are the one name (合肥 2025 全年举办…会展700场以上 → 2026 举办各类
    # 展会超700场; the shape 展会活动 → 会展活动 at another number); a thing and what it gives are not (奶牛 in 头, 牛奶 in 吨)
    (t("会展", 700, "场", "count", "以上"), t("展会", 700, "场", "count", "以上"), []),
    (t("展会活动", 1000, "场", "count", "以上"), t("会展活动", 1060, "场", "count", "以上"), [("changed", "会展活动")]),
    (t("奶牛", 5000, "头", "count"), t("牛奶", 3, "万吨"), [("added", "牛奶"), ("dropped", "奶牛")]),
    # 国重实验室 is short for 全国重点实验室, counted in 家 or 个 (包头 2024 支持2家全国重点实验室承担… → 2025 支持2个国重
    # 实验室承接重大专项)
    (t("全国重点实验室", 2, "家", "count"), t("国重实验室", 2, "个", "count"), []),
    # 播面 is short for 播种面积, 出栏生猪 生猪出栏 in the other order, the 市级 key projects the 市 ones (南充 2021, 2022,
    # 2023 政府工作报告, lawtext/gov)
    (t("粮食播种面积", 840, "万亩", "threshold"), t("粮食播面", 850, "万亩", "threshold"), [("changed", "粮食播面")]),
    (t("生猪出栏", 520, "万头"), t("出栏生猪", 560, "万头"), [("changed", "出栏生猪")]),
    (t("市级重点项目年度投资", 1700, "亿元"), t("市重点项目年度投资", 1047, "亿元"), [("changed", "市重点项目年度投资")]),
    # 营收 is 营业收入 written short, so a modifier left out of it too is the same target (宜宾 2022 白酒食品产业…力争实现
    # 营业收入1200亿元 → 2023 力争白酒产业实现营收1100亿元, lawtext/gov)
    (t("白酒食品产业营业收入", 1200, "亿元", qualifier="力争"), t("白酒产业营收", 1100, "亿元", qualifier="力争"),
     [("changed", "白酒产业营收")]),
    # 入库 before the 科技型中小企业 of the state's register or after them (鄂尔多斯 2022 入库国家科技型中小企业180家以上 → 2023
    # 科技型中小企业入库300家, lawtext/gov); what a year adds to it is another count (绵阳 2024 新增国家科技型中小企业300家以上
    # → 2025 评价入库科技型中小企业3500户以上)
    (t("入库国家科技型中小企业", 180, "家", "count", "以上"), t("科技型中小企业入库", 300, "家", "count"),
     [("changed", "科技型中小企业入库")]),
    (t("新增国家科技型中小企业", 300, "家", "count", "以上"), t("评价入库科技型中小企业", 3500, "户", "count", "以上"),
     [("added", "评价入库科技型中小企业"), ("dropped", "新增国家科技型中小企业")]),
    # a share of GDP written short as 占比 (十堰 2021 高新技术产业增加值占GDP比重达到21% → 2022 高新技术产业增加值占比22%以上;
    # 惠州 2023 全社会研发经费投入占地区生产总值比重3.45%, its 2024 review 全社会研发经费投入占比提高到3.45%, lawtext/gov)
    (t("高新技术产业增加值占GDP比重", 21, "%", "share"), t("高新技术产业增加值占比", 22, "%", "share", "以上"),
     [("changed", "高新技术产业增加值占比")]),
    (t("全社会研发经费投入占地区生产总值比重", 3.2, "%", "share"), t("全社会研发经费投入占比", 3.45, "%", "share"),
     [("changed", "全社会研发经费投入占比")]),
    # exports named bare or by the trade (十堰 2021 出口增长10%以上 → 2022 外贸出口增长12%, both 主要预期目标; 襄阳 2022
    # 确保全年出口增长10% → 2023 确保全年外贸出口同比增长15%, lawtext/gov); the trade both ways is another measure
    (t("出口", 10, "%", "growth", "以上"), t("外贸出口", 12, "%", "growth"), [("changed", "外贸出口")]),
    (t("出口", 10, "%", "growth"), t("外贸进出口", 15, "%", "growth"), [("added", "外贸进出口"), ("dropped", "出口")]),
    # the start of a work said before it or after it (阜阳 2021 新开工棚户区改造5353套 → 2022 棚户区改造新开工6696套,
    # lawtext/gov; the common shape of an end: 竣工老旧小区改造 → 老旧小区改造竣工)
    (t("新开工棚户区改造", 5353, "套", "count"), t("棚户区改造新开工", 6696, "套", "count"), [("changed", "棚户区改造新开工")]),
    (t("竣工老旧小区改造", 30, "个", "count"), t("老旧小区改造竣工", 40, "个", "count"), [("changed", "老旧小区改造竣工")]),
]


@pytest.mark.parametrize("old, new, expected", NEAR_NAMES)
def test_a_name_with_a_modifier_added_or_left_out_is_the_same_target(old, new, expected):
    assert [(c.change, c.indicator) for c in diff_targets([old], [new])] == expected


# A part after 其中 has the verb of the clause just before it, the target its quote follows.
PARTS = [
    # 长春 2024 新引进亿元以上项目10个 → 2025 全年实施投资5000万元以上项目1400个，其中超亿元项目1000个以上: projects
    # carried out, not brought in
    ([replace(t("新引进亿元以上项目", 10, "个", "count", "力争"), quote="新引进亿元以上项目10个")],
     [replace(t("投资5000万元以上项目", 1400, "个", "count"), quote="全年实施投资5000万元以上项目1400个", offset=985),
      replace(t("超亿元项目", 1000, "个", "count", "以上"), quote="其中超亿元项目1000个以上", offset=998)],
     [("added", "投资5000万元以上项目"), ("added", "超亿元项目"), ("dropped", "新引进亿元以上项目")]),
    # 南宁 2024 年内新签投资5000万元以上项目超200个，其中工业项目超160个 → 2025 力争引进…，其中工业项目超160个: both brought in
    ([replace(t("投资5000万元以上项目", 200, "个", "count", "以上"), quote="年内新签投资5000万元以上项目超200个", offset=50),
      replace(t("工业项目", 160, "个", "count", "以上"), quote="其中工业项目超160个", offset=62)],
     [replace(t("投资5000万元以上项目", 200, "个", "count", "以上"), quote="力争引进投资5000万元以上项目超200个", offset=70),
      replace(t("工业项目", 150, "个", "count", "以上"), quote="其中工业项目超150个", offset=82)],
     [("changed", "工业项目")]),
]


@pytest.mark.parametrize("old, new, expected", PARTS)
def test_a_part_after_qizhong_has_the_verb_of_the_clause_before(old, new, expected):
    assert [(c.change, c.indicator) for c in diff_targets(old, new)] == expected


def _listed(whole: tuple, parts: list[tuple], quote: str, at: int) -> list[Target]:
    """A whole and its parts after 其中 as the extractor gives them: each at its number's offset in one sentence."""
    name, value, qualifier = whole
    first = replace(t(name, value, "个", "count", qualifier), quote=f"{name}{value}个{qualifier}", offset=at)
    start = at + len(first.quote) + 1
    return [first] + [replace(t(n, v, "个", "count"), quote=quote, offset=start + quote.find(f"{v}个")) for n, v in parts]


def test_parts_named_by_their_class_pair_when_their_wholes_do():
    # 无锡 2024 新备案超10亿元项目80个以上，其中超50亿元15个、超100亿元8个 → 2025 全年新备案超10亿元重大产业项目80个以上，
    # 其中超50亿元15个、超100亿元5个: each part has its whole's noun, and the wholes pair
    old = _listed(("新备案超10亿元项目", 80, "以上"), [("超50亿元项目", 15), ("超100亿元项目", 8)],
                  "其中超50亿元15个、超100亿元8个", 100)
    new = _listed(("新备案超10亿元重大产业项目", 80, "以上"), [("超50亿元重大产业项目", 15), ("超100亿元重大产业项目", 5)],
                  "其中超50亿元15个、超100亿元5个", 200)
    [c] = diff_targets(old, new)
    assert (c.change, c.old.value, c.new.value) == ("changed", 8, 5)
    # spares: parts of another class (超80亿元 is not 超100亿元), parts with no whole before them
    other = _listed(("新备案超10亿元重大产业项目", 80, "以上"), [("超20亿元重大产业项目", 15), ("超80亿元重大产业项目", 5)],
                    "其中超20亿元15个、超80亿元5个", 200)
    assert [c.change for c in diff_targets(old, other)] == ["added", "added", "dropped", "dropped"]
    assert [c.change for c in diff_targets(old, new[1:])] == ["added", "dropped", "dropped"]


def test_a_bare_name_pairs_with_the_one_read_after_the_same_subject():
    # 合肥 2025 力争市属国企资产规模突破1.2万亿元、营收增长15%以上 → 2026 发展壮大紫云山文化创意产业园，实现营收增长20%以上;
    # 推动市属国企在新质生产力发展、城市专业化运营上勇担重任，营收增长10%以上: the state firms' revenue is the one with 市属国企
    old = [replace(t("营收", 15, "%", "growth", "以上"), quote="力争市属国企资产规模突破1.2万亿元、营收增长15%以上")]
    park = replace(t("营收", 20, "%", "growth", "以上"), quote="实现营收增长20%以上")
    firms = replace(t("营收", 10, "%", "growth", "以上"), quote="推动市属国企在新质生产力发展、城市专业化运营上勇担重任,营收增长10%以上")
    [c, _] = diff_targets(old, [park, firms])
    assert (c.change, c.old.value, c.new.value) == ("changed", 15, 10)
    # spares: with no subject on either side the closer number pairs (软件业营收 names its own), and a full name is
    # paired by its number alone
    [c, _] = diff_targets([replace(old[0], quote="营收增长15%以上")], [park, firms])
    assert (c.change, c.new.value) == ("changed", 20)
    named = [replace(t("软件业营收", 15, "%", "growth", "以上"), quote="做优做强中国声谷，软件业营收增长15%以上")]
    new = [replace(t("软件业营收", 20, "%", "growth", "以上"), quote="实现软件业营收增长20%以上"),
           replace(t("软件业营收", 10, "%", "growth", "以上"), quote="推动中国声谷软件业营收增长10%以上")]
    [c, _] = diff_targets(named, new)
    assert (c.change, c.new.value) == ("changed", 20)


def test_a_bare_name_is_none_of_the_items_a_list_shares_it_out_to():
    # 昆明 2025 力争基本养老保险、失业保险、工伤保险、基本医疗保险参保人数分别达546万人、155万人、188万人、599万人 → 2026
    # 精准开展特困人员、低保对象等特殊群体医保参保资助，参保人数不少于15万人
    quote = "力争基本养老保险、失业保险、工伤保险、基本医疗保险参保人数分别达546万人、155万人、188万人、599万人"
    old = [replace(t(f"{name}参保人数", v, "万人", qualifier="力争"), quote=quote)
           for name, v in (("基本养老保险", 546), ("失业保险", 155), ("工伤保险", 188), ("基本医疗保险", 599))]
    new = [replace(t("参保人数", 15, "万人", qualifier="不低于"), quote="参保人数不少于15万人")]
    assert [c.change for c in diff_targets(old, new)] == ["added"] + ["dropped"] * 4
    # spares: a name of one item written whole pairs (合肥 2025 实施新能源发电装机跃升等工程，新增装机规模210万千瓦以上 →
    # 2026 新增新能源装机规模100万千瓦以上、新型储能电站装机规模150万千瓦以上)
    listed = "新增新能源装机规模100万千瓦以上、新型储能电站装机规模150万千瓦以上"
    [c, _] = diff_targets([replace(t("新增装机规模", 210, "万千瓦", qualifier="以上"), quote="新增装机规模210万千瓦以上")],
                          [replace(t("新增新能源装机规模", 100, "万千瓦", qualifier="以上"), quote=listed),
                           replace(t("新型储能电站装机规模", 150, "万千瓦", qualifier="以上"), quote=listed)])
    assert (c.change, c.old.value, c.new.value) == ("changed", 210, 100)


def test_what_is_finished_is_not_what_is_under_construction():
    # 郑州 2025 建成小微企业园40个以上、新入园企业2000家以上 → 2026 滚动推进121个在建专业园区、97个在建小微企业园建设
    listed = "滚动推进121个在建专业园区、97个在建小微企业园建设"
    old = [replace(t("小微企业园", 40, "个", "count", "以上"), quote="建成小微企业园40个以上"),
           replace(t("专业园区", 100, "个", "count", "以上"), quote="建设专业园区100个以上")]
    new = [replace(t("在建专业园区", 121, "个", "count"), quote=listed),
           replace(t("在建小微企业园建设", 97, "个", "count"), quote=listed)]
    # spares: the parks being built (建设) are the ones under construction (在建)
    assert [(c.change, c.indicator) for c in diff_targets(old, new)] == [
        ("changed", "在建专业园区"), ("added", "在建小微企业园建设"), ("dropped", "小微企业园")]


# A list a document names by both stages (新开工, 续建) is split: its start is not the whole another year names; a list
# named by its start alone is the year's work (the statistical word for it).
STAGED = [
    # 太原 2024 实施老旧小区改造668个 → 2025 持续实施673个续建老旧小区改造，新开工18个老旧小区改造
    ([replace(t("老旧小区改造", 668, "个", "count"), quote="实施老旧小区改造668个")],
     [replace(t("续建老旧小区改造", 673, "个", "count"), quote="持续实施673个续建老旧小区改造"),
      replace(t("老旧小区改造", 18, "个", "count"), quote="新开工18个老旧小区改造")],
     [("added", "续建老旧小区改造"), ("added", "老旧小区改造"), ("dropped", "老旧小区改造")]),
    # 临沧 2022 新开工改造老旧小区8000户以上 → 2023 实施老旧小区改造1万户以上: no 续建 beside the start
    ([replace(t("新开工改造老旧小区", 8000, "户", "count", "以上"), quote="新开工改造老旧小区8000户以上")],
     [replace(t("老旧小区改造", 10000, "户", "count", "以上"), quote="实施老旧小区改造1万户以上")],
     [("changed", "老旧小区改造")]),
    # a start named in both years is one list, split or not (太原 2025 新开工18个老旧小区改造 against a start alone)
    ([replace(t("老旧小区改造", 20, "个", "count"), quote="新开工20个老旧小区改造")],
     [replace(t("续建老旧小区改造", 673, "个", "count"), quote="持续实施673个续建老旧小区改造"),
      replace(t("老旧小区改造", 18, "个", "count"), quote="新开工18个老旧小区改造")],
     [("changed", "老旧小区改造"), ("added", "续建老旧小区改造")]),
]


@pytest.mark.parametrize("old, new, expected", STAGED)
def test_a_list_named_in_stages_is_split_by_them(old, new, expected):
    assert [(c.change, c.indicator) for c in diff_targets(old, new)] == expected


def test_a_work_named_after_its_object_is_the_work_named_before_it():
    # 临沧 2022 新开工改造老旧小区8000户以上 → 2023 实施老旧小区改造1万户以上 (棚户区改造1.7万户以上 beside it)
    old = [t("新开工改造老旧小区", 8000, "户", "count", "以上")]
    new = [t("老旧小区改造", 1, "万户", "count", "以上"), t("棚户区改造", 1.7, "万户", "count", "以上")]
    assert [(c.change, c.indicator) for c in diff_targets(old, new)] == [("changed", "老旧小区改造"), ("added", "棚户区改造")]
    # the two orders in other publishers' plans: 云浮 2022 城镇老旧小区改造, 衡水 2024 改造城镇老旧小区
    assert normalize_indicator("城镇老旧小区改造") == normalize_indicator("改造城镇老旧小区")
    # and a start or an end of projects: 温州 2024 开工增资扩产项目500个、竣工300个 → 2025 增资扩产项目竣工300个; 贵阳 2023
    # 标准厂房开工1000万平方米 → 2024 新开工标准厂房500万平方米
    assert normalize_indicator("增资扩产项目竣工") == normalize_indicator("竣工增资扩产项目")
    [c] = diff_targets([t("标准厂房开工", 1000, "万平方米")], [t("新开工标准厂房", 500, "万平方米")])
    assert (c.change, c.old.value, c.new.value) == ("changed", 1000, 500)


def test_the_rural_road_programme_counts_rural_roads():
    # 中卫 2022 新改建“四好农村路”322公里 → 2023 新改建农村公路120公里
    [c] = diff_targets([t("新改建“四好农村路”", 322, "公里")], [t("新改建农村公路", 120, "公里")])
    assert (c.change, c.old.value, c.new.value) == ("changed", 322, 120)
    # 三明 2023 names both in one sentence: 新改建农村公路200公里…高质量建设“四好农村公路”
    assert normalize_indicator("“四好农村公路”") == normalize_indicator("农村公路")
    # counter-example: roads are not the rural road safety works beside them (三明 2023 生命防护工程50公里)
    assert len(diff_targets([t("新改建农村公路", 200, "公里")], [t("生命防护工程", 50, "公里")])) == 2


@pytest.mark.parametrize("old, new, expected", [
    (t("完成投资", 350, "亿元", qualifier="以上"), t("年度完成投资", 350, "亿元", qualifier="以上"), []),  # 中卫 2022→2023
    (t("年度投资", 103, "亿元"), t("年度计划投资", 53.5, "亿元"), [("changed", "年度计划投资")]),  # 伊春 2022→2023
    # an investment's 额 is the investment (茂名 2022 力争年度投资400亿元以上 → 2023 确保年度投资额达到450亿元以上, lawtext/gov)
    (t("年度投资", 400, "亿元", qualifier="以上"), t("年度投资额", 450, "亿元", qualifier="以上"), [("changed", "年度投资额")]),
    (t("协议投资额", 1200, "亿元"), t("协议投资", 1500, "亿元"), [("changed", "协议投资")]),
    # counter-example: the year's investment is not a kind of it (伊春 2023 beside it: 能源投资)
    (t("年度投资", 103, "亿元"), t("能源投资", 100, "亿元"), [("added", "能源投资"), ("dropped", "年度投资")]),
])
def test_the_years_target_is_the_target(old, new, expected):
    assert [(c.change, c.indicator) for c in diff_targets([old], [new])] == expected


def test_a_latin_abbreviation_in_brackets_is_a_gloss_not_part_of_the_name():
    assert normalize_indicator("居民消费价格指数（CPI）涨幅") == normalize_indicator("居民消费价格指数涨幅")  # 乐山 2023
    assert normalize_indicator("全社会研发经费(R&D)投入") == normalize_indicator("全社会研发经费投入")  # 三明 2022


SAME_MEASURE = [  # one measure under the names county-level publishers give it: (old, new, changes)
    # 公共财政预算收入 is the name 一般公共预算收入 had before the 2014 budget law: 竹山县 2024 地方公共财政预算收入增长15%以上,
    # 土默特左旗 2017 一般公共财政预算收入, 新巴尔虎左旗 2018 全旗一般财政公共预算收入, against 岳麓区 2022 地方一般公共预算收入
    # 增长10%左右 and 张汪镇 2024 一般公共预算收入增长6%以上
    (t("地方一般公共预算收入", 10, "%", "growth", "左右"), t("地方公共财政预算收入", 15, "%", "growth", "以上"),
     [("changed", "地方公共财政预算收入")]),
    (t("一般公共预算收入", 6, "%", "growth", "以上"), t("一般公共财政预算收入", 6, "%", "growth", "以上"), []),
    (t("一般公共预算收入", 1.93, "亿元"), t("一般财政公共预算收入", 1.93, "亿元"), []),
    # counter-examples: the 总收入 (with the higher levels' share: 洛江区 2025 and 柘荣县 2025 set both), and the spending
    # (a 广东 city's 财政 month report (7个县(区), year not on the page) sets 地方公共财政预算支出 beside its 收入) are other measures
    (t("一般公共预算总收入", 3.5, "%", "growth"), t("地方公共财政预算收入", 15, "%", "growth", "以上"),
     [("added", "地方公共财政预算收入"), ("dropped", "一般公共预算总收入")]),
    (t("地方公共财政预算收入", 170024, "万元"), t("地方公共财政预算支出", 372527, "万元"),
     [("added", "地方公共财政预算支出"), ("dropped", "地方公共财政预算收入")]),
    # 中水 is the everyday name of 再生水, and its 回用 (reuse) its 利用: 中卫 2022 中水综合回用率达到35% → 2023 再生水利用率
    # 不低于35% (the qualifier is the change left); a 宁夏 county's 节水达标 table writes 再生水回用率
    (t("中水综合回用率", 35, "%", "share"), t("再生水利用率", 35, "%", "share", "不低于"), [("changed", "再生水利用率")]),
    (t("再生水回用率", 30, "%", "share"), t("再生水利用率", 40, "%", "share"), [("changed", "再生水利用率")]),
    # counter-example: the industrial water reused in the same sentence of 中卫 2022 is not reclaimed water
    (t("工业用水重复利用率", 92, "%", "share"), t("再生水利用率", 35, "%", "share", "不低于"),
     [("added", "再生水利用率"), ("dropped", "工业用水重复利用率")]),
    # 研究与试验发展 is the statistical name of R&D (研发): 三亚 2022 研究与试验发展经费投入强度提升至1.7% → 2023 研发投入强度
    # 达到2.5%以上; 三明 2022 全社会研发经费（R&D）投入 (NEAR_NAMES) writes the everyday name with the gloss
    (t("研究与试验发展经费投入强度", 1.7, "%", "share"), t("研发投入强度", 2.5, "%", "share", "以上"),
     [("changed", "研发投入强度")]),
    # counter-example: the spending's growth is not its intensity (三明 2022 研发投入增长18%以上)
    (t("研究与试验发展经费投入强度", 1.7, "%", "share"), t("全社会研发投入", 18, "%", "growth", "以上"),
     [("added", "全社会研发投入"), ("dropped", "研究与试验发展经费投入强度")]),
    # 可比价 (at comparable prices) is how the value added is reckoned: 七台河 2022 规上工业可比价增加值增长8.0%左右 → 2023
    # 规上工业增加值增长7%以上; the same report's 农林牧渔可比价总产值 (2021 results) against 2023 农林牧渔总产值增长6%左右
    (t("规上工业可比价增加值", 8, "%", "growth", "左右"), t("规上工业增加值", 7, "%", "growth", "以上"),
     [("changed", "规上工业增加值")]),
    (t("农林牧渔可比价总产值", 6.4, "%", "growth"), t("农林牧渔总产值", 6, "%", "growth", "左右"),
     [("changed", "农林牧渔总产值")]),
    # 外资 alone is the foreign capital used: 七台河 2022 实现利用内资、外资分别增长30%和10%以上 → 2023 利用外资增长10%以上
    (t("外资", 10, "%", "growth", "以上"), t("利用外资", 12, "%", "growth", "以上"), [("changed", "利用外资")]),
    # 亳州 2021 → 2022 (lawtext/gov): 规模工业 is 规模以上工业 cut short, a 限上 trader a 单位 or a 企业, 开工建设 is 新开工,
    # and the year's new loans are 新增贷款 or 新增信贷投放
    (t("新增规模以上工业企业", 80, "家", "count"), t("新增规模工业企业", 80, "家", "count"), []),
    (t("新增限上商贸流通单位", 90, "家", "count"), t("新增限上商贸流通企业", 90, "家", "count", "以上"),
     [("changed", "新增限上商贸流通企业")]),
    (t("开工建设亿元以上项目", 140, "个", "count", "以上"), t("新开工亿元以上项目", 160, "个", "count", "以上"),
     [("changed", "新开工亿元以上项目")]),
    (t("新增贷款", 300, "亿元"), t("新增信贷投放", 350, "亿元"), [("changed", "新增信贷投放")]),
    # counter-examples: a 单位 outside the 限上 statistics is no firm, and the loans' balance is not the year's new loans
    (t("新增A级景区单位", 3, "个", "count"), t("新增A级景区企业", 3, "个", "count"),
     [("added", "新增A级景区企业"), ("dropped", "新增A级景区单位")]),
    (t("新增贷款", 300, "亿元"), t("贷款余额", 3000, "亿元"), [("added", "贷款余额"), ("dropped", "新增贷款")]),
    # one measure under another name (lawtext/gov 政府工作报告): a project newly signed is one newly brought in, N及以上 is
    # N以上 (绵阳 2024 → 2025); a 泊位 is a parking space (烟台 2023 → 2024); 和美乡村 is 美丽乡村's name since 2023 (烟台);
    # 农业产业化龙头企业 is a 农业龙头企业's full name and grain's 生产面积 its area sown (贵阳 2023 → 2024)
    (t("新引进5亿元及以上项目", 120, "个", "count", "以上"), t("新签约5亿元以上项目", 120, "个", "count", "以上"), []),
    (t("停车泊位", 4500, "个", "count"), t("停车位", 5000, "个", "count"), [("changed", "停车位")]),
    (t("省级美丽乡村示范村", 42, "个", "count"), t("省级和美乡村示范村", 42, "个", "count"), []),
    (t("市级以上农业产业化龙头企业", 10, "户", "count"), t("市级以上农业龙头企业", 10, "家", "count"), []),
    (t("稳定粮食播种面积", 130, "万亩"), t("稳定粮食生产面积", 130, "万亩", qualifier="以上"), [("changed", "稳定粮食生产面积")]),
    (t("进出口贸易总额", 30, "%", "growth", "以上"), t("货物贸易进出口总额", 15, "%", "growth", "力争"),
     [("changed", "货物贸易进出口总额")]),
    # 遵义 2022 → 2023 (lawtext/gov): 外贸进出口额 is the trade total under its trade's name
    (t("外贸进出口额", 25, "%", "growth", "以上"), t("进出口总额", 15, "%", "growth", "力争"), [("changed", "进出口总额")]),
    (t("城乡居民收入比", 2.08, "", "threshold", "以内"), t("城乡居民人均可支配收入比", 2.02, "", "threshold", "以内"),
     [("changed", "城乡居民人均可支配收入比")]),
    # firms counted as 公司 or as 企业 (烟台 2023 新增上市及过会公司8家 → 2024 新增上市及过会企业5家)
    (t("新增上市及过会公司", 8, "家", "count"), t("新增上市及过会企业", 5, "家", "count"), [("changed", "新增上市及过会企业")]),
    # 温州 2024 → 2025: 超 before a size is 以上 after it, 引育 leads people counted as 引进 does, and a PM2.5 年均浓度 is its
    # 平均浓度; but what is finished is not what is carried out (竣工超亿元制造业项目 → 实施亿元以上制造业项目)
    (t("招引超亿元数字经济项目", 30, "个", "count", "以上"), t("招引亿元以上数字经济项目", 30, "个", "count", "以上"), []),
    (replace(t("引育农创客", 1900, "名", "count", "以上"), base_unit="人"), t("农创客", 1900, "人", "count", "以上"), []),
    (t("PM2.5平均浓度", 25, "微克/立方米", qualifier="以下"), t("PM2.5年均浓度", 23, "微克/立方米", qualifier="不超过"),
     [("changed", "PM2.5年均浓度")]),
    (t("竣工超亿元制造业项目", 100, "个", "count", "以上"), t("亿元以上制造业项目", 550, "个", "count"),
     [("added", "亿元以上制造业项目"), ("dropped", "竣工超亿元制造业项目")]),
    # a crop's area sown is its area planted: 七台河 2022 全市粮食种植面积稳定在260万亩 → 2023 粮食播种面积保持在260万亩以上
    (t("粮食种植面积", 260, "万亩"), t("粮食播种面积", 260, "万亩", qualifier="以上"), [("changed", "粮食播种面积")]),
    # counter-example: another crop's area (the same 2023 report's 中药材 种植面积24万亩左右) is not the grain's
    (t("粮食种植面积", 260, "万亩"), t("中药材种植面积", 24, "万亩", qualifier="左右"),
     [("added", "中药材种植面积"), ("dropped", "粮食种植面积")]),
    # a banner's and a township's scope word, as 全县 and 全镇: 土默特左旗 2017 全旗地区生产总值 and 苏尼特右旗 2023 地区生产总值;
    # xx乡 2023 全乡生产总值 and 张汪镇 2024 全镇生产总值
    (t("全旗地区生产总值", 6, "%", "growth"), t("地区生产总值", 5, "%", "growth"), [("changed", "地区生产总值")]),
    (t("全乡生产总值", 16.2, "%", "growth"), t("生产总值", 6, "%", "growth", "以上"), [("changed", "生产总值")]),
    # counter-example: the league's (盟, the level above a banner: 苏尼特右旗 2023 增速居全盟第三位) is not the banner's
    (t("全旗地区生产总值", 6, "%", "growth"), t("全盟地区生产总值", 5, "%", "growth"),
     [("added", "全盟地区生产总值"), ("dropped", "全旗地区生产总值")]),
    # 面积 after what covers land names that land: 平潭综合实验区 2024 完成营造林0.6万亩 → 2025 营造林面积0.61万亩
    (t("营造林", 0.6, "万亩"), t("营造林面积", 0.61, "万亩"), [("changed", "营造林面积")]),
    # counter-example: 七台河 2022 粮食种植面积稳定在260万亩 and 2023 (中药材) 种植面积稳定在24万亩左右 are two crops
    (t("粮食种植面积", 260, "万亩"), t("种植面积", 24, "万亩", qualifier="左右"),
     [("added", "种植面积"), ("dropped", "粮食种植面积")]),
    # what a visitor spends, named by the trip or by the visitor: 平潭 2024 旅游人均消费1100元以上 → 2025 游客人均消费
    (t("旅游人均消费", 1100, "元", qualifier="以上"), t("游客人均消费", 1100, "元", qualifier="以上"), []),
    # counter-example: what a resident spends is not what a visitor spends
    (t("居民人均消费支出", 2.5, "万元"), t("游客人均消费", 1100, "元", qualifier="以上"),
     [("added", "游客人均消费"), ("dropped", "居民人均消费支出")]),
    # the state's certificates, with or without 国家 before them: 绵阳 2024 新增国家科技型中小企业300家以上、高新技术企业120家
    # 以上 → 2025 新增国家高新技术企业100户以上; 赣州 2024 专精特新中小企业100家和"小巨人"企业10家以上 → 2025 新增国家专精特新
    # "小巨人"企业10家以上
    (t("高新技术企业", 120, "家", "count", "以上"), t("新增国家高新技术企业", 100, "户", "count", "以上"),
     [("changed", "新增国家高新技术企业")]),
    (t("“小巨人”企业", 10, "家", "count", "以上"), t("新增国家专精特新“小巨人”企业", 10, "家", "count", "以上"), []),
    # counter-examples: a province's own certificate is another (积极培育省级专精特新"小巨人"企业), and so is the total
    (t("“小巨人”企业", 10, "家", "count"), t("省级专精特新“小巨人”企业", 10, "家", "count"),
     [("added", "省级专精特新“小巨人”企业"), ("dropped", "“小巨人”企业")]),
    (t("新增高新技术企业", 120, "家", "count"), t("国家高新技术企业总量", 1000, "户", "count"),
     [("added", "国家高新技术企业总量"), ("dropped", "新增高新技术企业")]),
    # a total against what the year adds, the verb of adding left before the name: 三明 2022 国家高新技术企业总数突破220家
    # → 2023 力争培育高新技术企业100家
    (t("国家高新技术企业总数", 220, "家", "count", "以上"),
     replace(t("高新技术企业", 100, "家", "count", "力争"), quote="力争培育高新技术企业100家"),
     [("added", "高新技术企业"), ("dropped", "国家高新技术企业总数")]),
    # a count the list's opening verb adds, against the total a count passes (突破) or what runs (运营): 温州 2024 新增科技领军
    # (小巨人)企业10家、高新技术企业600家 → 2025 高新技术企业、科技型中小企业分别突破5000家、1.8万家; 2024 新增规上工业企业
    # 600家 → 2025 力争规上工业企业突破1万家; 2024 新增国际(地区)客货运航线5条 → 2025 运营近洋航线18条、国际(地区)客货运航线14条以上
    (replace(t("高新技术企业", 600, "家", "count"), quote="新增科技领军(小巨人)企业10家、高新技术企业600家、科技型中小企业1800家"),
     replace(t("高新技术企业", 5000, "家", "count", "以上"), quote="高新技术企业、科技型中小企业分别突破5000家、1.8万家"),
     [("added", "高新技术企业"), ("dropped", "高新技术企业")]),
    (replace(t("规上工业企业", 600, "家", "count"), quote="新增规上工业企业600家、规上服务业企业150家"),
     replace(t("规上工业企业", 1, "万家", "count", "以上"), quote="力争规上工业企业突破1万家"),
     [("added", "规上工业企业"), ("dropped", "规上工业企业")]),
    (replace(t("国际(地区)客货运航线", 5, "条", "count"), quote="新增国际(地区)客货运航线5条"),
     replace(t("国际(地区)客货运航线", 14, "条", "count", "以上"), quote="运营近洋航线18条、国际(地区)客货运航线14条以上"),
     [("added", "国际(地区)客货运航线"), ("dropped", "国际(地区)客货运航线")]),
    # 发展到 reaches a total as 突破 does: 东营 2021 高新技术企业发展到350家以上 → 2022 年内新增高新技术企业50家; and two
    # totals so reached still pair (东营 2020 高新技术企业、科技型中小微企业分别发展到300家、600家 → 2021 …发展到350家以上)
    (replace(t("高新技术企业", 350, "家", "count", "以上"), quote="高新技术企业发展到350家以上"),
     replace(t("新增高新技术企业", 50, "家", "count"), quote="年内新增高新技术企业50家、国家级科技型中小企业100家"),
     [("added", "新增高新技术企业"), ("dropped", "高新技术企业")]),
    (replace(t("高新技术企业", 300, "家", "count"), quote="高新技术企业、科技型中小微企业分别发展到300家、600家"),
     replace(t("高新技术企业", 350, "家", "count", "以上"), quote="高新技术企业发展到350家以上"),
     [("changed", "高新技术企业")]),
    # spares: two totals (烟台 2023 高新技术企业达到2100家以上 → 2024 高新技术企业突破2800家), two counts of what runs
    # (温州 2024 稳定运营近洋航线15条以上 → 2025 运营近洋航线18条), and a name of what is added reached by 达
    (replace(t("高新技术企业", 2100, "家", "count", "以上"), quote="高新技术企业达到2100家以上"),
     replace(t("高新技术企业", 2800, "家", "count"), quote="高新技术企业突破2800家"), [("changed", "高新技术企业")]),
    (replace(t("运营近洋航线", 15, "条", "count", "以上"), quote="稳定运营近洋航线15条以上"),
     replace(t("运营近洋航线", 18, "条", "count"), quote="运营近洋航线18条、国际(地区)客货运航线14条以上"),
     [("changed", "运营近洋航线")]),
    (replace(t("城镇新增就业", 9, "万人", "count"), quote="城镇新增就业达9万人"),
     replace(t("城镇新增就业", 10, "万人", "count"), quote="新增城镇就业10万人"), [("changed", "城镇新增就业")]),
    # firms certified (认定) are the year's new ones, no total (乌鲁木齐 2024 认定高新技术企业250家 → 2025 力争高新技术企业
    # 突破1000家), and pair with the ones trained (兰州 2024 新认定高新技术企业200家以上 → 2025 培育…高新技术企业250家以上)
    (replace(t("认定高新技术企业", 250, "家", "count"), quote="认定高新技术企业250家"),
     replace(t("高新技术企业", 1000, "家", "count", "以上"), quote="力争高新技术企业突破1000家"),
     [("added", "高新技术企业"), ("dropped", "认定高新技术企业")]),
    (replace(t("新认定高新技术企业", 200, "家", "count", "以上"), quote="新认定高新技术企业200家以上"),
     replace(t("高新技术企业", 250, "家", "count", "以上"), quote="培育科技型中小企业1500家以上、高新技术企业250家以上"),
     [("changed", "高新技术企业")]),
    # a net rise (净增) is what the year adds, no total (佳木斯 2021 规上工业企业总数突破300户 → 2022 净增规上工业企业30户),
    # and pairs with a year's other count of the firms it adds (the common shape 新增规上工业企业40户)
    (replace(t("规上工业企业总数", 300, "户", "count", "以上"), quote="规上工业企业总数突破300户"),
     replace(t("净增规上工业企业", 30, "户", "count"), quote="净增规上工业企业30户"),
     [("added", "净增规上工业企业"), ("dropped", "规上工业企业总数")]),
    (replace(t("净增规上工业企业", 30, "户", "count"), quote="净增规上工业企业30户"),
     replace(t("新增规上工业企业", 40, "户", "count"), quote="新增规上工业企业40户"), [("changed", "新增规上工业企业")]),
    # a work named after its object or before it, 整治 or 治理 (佛山 2024 抚育森林1.1万亩, 开展…50公里暗涵排查治理 → 2025
    # 森林抚育1.1万亩, 暗涵排查整治50公里); two works joined by 和 stay two (三明 2022 植树造林和森林抚育70万亩)
    (t("抚育森林", 1.1, "万亩"), t("森林抚育", 1.1, "万亩"), []),
    (t("暗涵排查治理", 50, "公里"), t("暗涵排查整治", 50, "公里"), []),
    # projects newly signed (新签) are projects brought in (南宁 2024 年内新签投资5000万元以上项目超200个 → 2025 力争引进投资
    # 5000万元以上项目超200个), still not the projects carried out (七台河's rows above)
    (replace(t("新签投资5000万元以上项目", 200, "个", "count", "以上"), quote="年内新签投资5000万元以上项目超200个"),
     replace(t("投资5000万元以上项目", 200, "个", "count", "以上"), quote="力争引进投资5000万元以上项目超200个"), []),
    # the year's planned investment of key projects is their investment target (佛山 2024 安排省、市重点项目投资不少于
    # 1200亿元 → 2025 省、市重点项目年度计划投资不少于1200亿元)
    (t("省、市重点项目投资", 1200, "亿元", "level", "不低于"), t("省、市重点项目年度计划投资", 1200, "亿元", "level", "不低于"), []),
    # the technology trade by its contracts (乌鲁木齐 2024 力争完成技术交易18亿元 → 2025 力争全年实现技术合同成交额25亿元)
    (t("技术交易", 18, "亿元", "level", "力争"), t("技术合同成交额", 25, "亿元", "level", "力争"), [("changed", "技术合同成交额")]),
    # the registered contracts' trade named 交易额 or 成交额 (荆州 2021 登记技术合同交易额达到55亿元以上 → 2022 …成交额达到80亿元)
    (t("登记技术合同交易额", 55, "亿元", "level", "以上"), t("登记技术合同成交额", 80, "亿元"), [("changed", "登记技术合同成交额")]),
    # what the visitors spend, 综合 or 总 (荆州 2022 实现旅游综合收入450亿元 → 2023 旅游总收入达到450亿元; 白山 2025 names both)
    (t("旅游综合收入", 450, "亿元", "level", "力争"), t("旅游总收入", 450, "亿元", "level", "力争"), []),
    # firms put forward for recognition are not firms added (漳州 2022 新增高新技术企业100家 → 2023 力争申报国家高新技术企业数超
    # 360家): one dropped, one added; the firms added stay one target (芜湖 2022 新增高企240家, in SYNONYMS)
    (t("新增高新技术企业", 100, "家", "count"), t("申报国家高新技术企业数", 360, "家", "count", "以上"),
     [("added", "申报国家高新技术企业数"), ("dropped", "新增高新技术企业")]),
    # R&D alone is its spending (漳州 2023 力争全市R&D经费增长18%以上 → 2024 力争R&D增长18%以上; 长春 2024 全社会R&D投入)
    (t("R&D经费", 18, "%", "growth", "以上"), t("R&D", 18, "%", "growth", "以上"), []),
    (t("研发投入", 15, "%", "growth", "以上"), t("R&D", 18, "%", "growth", "以上"), [("changed", "R&D")]),
    (t("旅游综合收入", 228, "亿元"), t("旅游总收入", 280, "亿元"), [("changed", "旅游总收入")]),
    # the parking spaces a city adds are its public ones for cars (无锡 2024 新增停车泊位1万个以上 → 2025 新增机动车公共停车位
    # 1万个; 兰州 2024 新增停车泊位10000个 → 2025 新增公共停车泊位5000个)
    (t("新增停车泊位", 1, "万个", "count", "以上"), t("新增机动车公共停车位", 1, "万个", "count"), [("changed", "新增机动车公共停车位")]),
    (t("新增停车泊位", 10000, "个", "count"), t("新增公共停车泊位", 5000, "个", "count"), [("changed", "新增公共停车泊位")]),
    # and the 社会停车位 open to all (十堰 2022 新增停车泊位2000个以上 → 2023 新增社会停车位2000个)
    (t("新增停车泊位", 2000, "个", "count", "以上"), t("新增社会停车位", 2000, "个", "count"), [("changed", "新增社会停车位")]),
    # 车位 alone, public, is a parking space (太原 2024 新增公共停车位1万个以上 → 2025 新增公共车位1万个以上)
    (t("新增公共停车位", 1, "万个", "count", "以上"), t("新增公共车位", 1, "万个", "count", "以上"), []),
    # 高企 is short for 高新技术企业 (芜湖 2022 力争新增高企240家 → 2023 新增科技型中小企业、高新技术企业各300家)
    (t("新增高企", 240, "家", "count", "力争"), t("高新技术企业", 300, "家", "count"), [("changed", "高新技术企业")]),
    # the task a work is done as is the work (黄冈 2021 完成40万亩高标准农田建设任务 → 2022 完成40万亩高标准农田建设;
    # 邯郸 2021 完成465个老旧小区改造任务 → 2022 全市完成728个老旧小区改造); 攻坚任务 is a noun of its own
    (t("高标准农田建设任务", 40, "万亩"), t("高标准农田建设", 40, "万亩"), []),
    (t("老旧小区改造任务", 465, "个", "count"), t("老旧小区改造", 728, "个", "count"), [("changed", "老旧小区改造")]),
    # 粮播 is short for 粮食播种 (兰州 2024 稳定粮食播种面积115万亩 → 2025 粮播面积稳定在116万亩以上)
    (t("粮食播种面积", 115, "万亩"), t("粮播面积", 116, "万亩", "level", "以上"), [("changed", "粮播面积")]),
    (t("植树造林和森林抚育", 70, "万亩"), t("植树造林", 15, "万亩"), [("added", "植树造林"), ("dropped", "植树造林和森林抚育")]),
    # short and long names of one thing (lawtext/gov 政府工作报告-主要城市, 2024 → 2025): 长春 全社会R&D投入 → 全社会研发投入;
    # 西安 保租房 → 保障性租赁住房, 街镇综合养老服务中心 → 镇街养老服务中心; 武汉 国控断面水质
    # 优良率 → 优良比例
    (t("全社会R&D投入", 10, "%", "growth", "以上"), t("全社会研发投入", 10, "%", "growth", "以上"), []),
    (t("保租房", 5000, "套", "count"), t("保障性租赁住房", 5000, "套", "count"), []),
    (t("街镇综合养老服务中心", 19, "个", "count"), t("镇街养老服务中心", 5, "个", "count"), [("changed", "镇街养老服务中心")]),
    (t("国控断面水质优良率", 90.9, "%", "share"), t("国控断面水质优良比例", 100, "%", "share"), [("changed", "国控断面水质优良比例")]),
    # 新改建 and 新发展 lead what they build or grow as 新建 does (武汉 2024 新建绿道105公里 → 2025 新改建绿道105公里; 太原 2024
    # 新发展设施蔬菜5000亩 → 2025 新改扩建设施蔬菜5000亩)
    (t("新建绿道", 105, "公里"), t("新改建绿道", 105, "公里"), []),
    (t("新发展设施蔬菜", 5000, "亩"), t("新改扩建设施蔬菜", 5000, "亩"), []),
    # building new and upgrading, in either order, is the one work 新改建 names (郑州 2025 新建提升高标准农田9.7万亩 → 2026
    # 改造新建高标准农田9.7万亩); 粮食面积 is short for the area sown with grain (石家庄 2025 全年粮食播种面积稳定在990万亩 →
    # 2026 确保粮食面积稳定在990万亩; 中卫 2022 粮食面积稳定在210万亩以上, its 2023 review 粮食种植面积211万亩)
    (t("新建提升高标准农田", 9.7, "万亩"), t("改造新建高标准农田", 9.7, "万亩"), []),
    # 和 or 及 joins two verbs that open a name as a 、 does (佳木斯 2021 改造老旧供热管网20公里；新建、改建燃气管网20公里 → 2022
    # 新建和改造老旧供热管网50公里; the common shape 新建及改造污水管网)
    (t("改造老旧供热管网", 20, "公里"), t("新建和改造老旧供热管网", 50, "公里"), [("changed", "新建和改造老旧供热管网")]),
    (t("新建、改建污水管网", 30, "公里"), t("新建及改造污水管网", 30, "公里"), []),
    (t("粮食播种面积", 990, "万亩"), t("粮食面积", 990, "万亩", "level", "确保"), []),
    # 医保 is short for 医疗保险 (郑州 2025 基本医疗保险参保1000万人以上 → 2026 力争基本医保参保达到1050万人; the common shape
    # 基本医疗保险参保率 → 基本医保参保率)
    (t("基本医疗保险参保", 1000, "万人", "level", "以上"), t("基本医保参保", 1050, "万人", "level", "力争"),
     [("changed", "基本医保参保")]),
    (t("基本医疗保险参保率", 95, "%", "share"), t("基本医保参保率", 95, "%", "share"), []),
    # 更新改造 (renew and upgrade) is the 更新 of what is old (东莞 2025 更新改造供水管网500公里 → 2026 更新100公里老旧供水管网)
    (t("更新改造供水管网", 500, "公里"), t("更新老旧供水管网", 100, "公里"), [("changed", "更新老旧供水管网")]),
    # a city's 市城区 is its 城区; a water target's sections are its 考核断面 with 地表水 or without; a size class in Chinese
    # numerals is the one in digits (常德 2021 → 2022 → 2023 政府工作报告, lawtext/gov)
    (t("市城区环境空气质量优良率", 80, "%", "threshold", "以上"), t("城区环境空气质量优良率", 84.4, "%", "threshold", "以上"),
     [("changed", "城区环境空气质量优良率")]),
    (t("省控及以上地表水考核断面水质优良率", 89, "%", "threshold", "以上"),
     t("省控及以上考核断面水质优良率", 89.1, "%", "threshold", "以上"), [("changed", "省控及以上考核断面水质优良率")]),
    (t("新引进过10亿元产业项目", 30, "个", "count", "以上"), t("新引进过十亿产业项目", 30, "个", "count", "以上"), []),
    (t("新增产值过10亿元企业", 10, "家", "count", "以上"), t("过十亿企业", 30, "家", "count", "以上"), [("changed", "过十亿企业")]),
    (t("过十亿企业", 30, "家", "count", "以上"), t("过五十亿企业", 3, "家", "count", "以上"),
     [("added", "过五十亿企业"), ("dropped", "过十亿企业")]),
    # counter-example: the share of good water bodies is another measure (长春 2025 review: 国考断面优良水体比例达到62.5%)
    (t("国控断面水质优良率", 90.9, "%", "share"), t("国控断面优良水体比例", 62.5, "%", "share"),
     [("added", "国控断面优良水体比例"), ("dropped", "国控断面水质优良率")]),
]


@pytest.mark.parametrize("old, new, expected", SAME_MEASURE)
def test_one_measure_under_a_county_publishers_other_name_is_the_same_target(old, new, expected):
    assert [(c.change, c.indicator) for c in diff_targets([old], [new])] == expected


def test_a_word_that_only_contains_zhong_shui_is_not_reclaimed_water():
    assert normalize_indicator("集中水源地保护") == "集中水源地保护"


IN_FORCE = [  # goals of several years in one plan, then the publisher's next year's plan: (old, new, years, changes)
    # 中卫 2022 今后五年: 城镇调查失业率控制在5.5%以内 (2022-2026); the 2023 plan sets only its own year's rate
    ([t("城镇调查失业率", 5.5, "%", "threshold", "以内", period="2022-2026")],
     [t("城镇调查失业率", 5.5, "%", "threshold", "以内", period="2023")], (2022, 2023), [("added", "城镇调查失业率")]),
    # 三明 2022: 到2026年，全市地区生产总值突破4000亿元; the 2023 plan says nothing of 2026
    ([t("地区生产总值", 4000, "亿元", qualifier="以上", period="2022-2026"), t("地区生产总值", 7, "%", "growth", period="2022")],
     [t("地区生产总值", 5.5, "%", "growth", period="2023")], (2022, 2023), [("changed", "地区生产总值")]),
    # counter-examples: a goal due in the new plan's year that it leaves out is dropped (乌海 2024 到2025年新能源
    # 装机占比达到35%以上, not in its 2025 plan); a plan that restates its goals to 2026 drops the one it leaves out
    ([t("新能源装机占比", 35, "%", "share", "以上", period="2024-2025")], [], (2024, 2025),
     [("dropped", "新能源装机占比")]),
    ([t("地区生产总值", 4000, "亿元", qualifier="以上", period="2022-2026"), t("研发经费投入强度", 2.3, "%", "share", period="2022-2026")],
     [t("地区生产总值", 4000, "亿元", qualifier="以上", period="2023-2026")], (2022, 2023), [("dropped", "研发经费投入强度")]),
    # 云浮 2022 今后五年 goals (GDP年均增长7%, 城镇化率50%以上 …, 2022-2026); its 2023 plan's own 到2026年 goals for its
    # industry clusters (金属智造产业产值突破千亿大关) restate none of them: the five-year goals stand
    ([t("GDP", 7, "%", "growth", period="2022-2026"), t("城镇化率", 50, "%", "share", "以上", period="2022-2026")],
     [t("金属智造产业产值", 1000, "亿", qualifier="以上", period="2023-2026")], (2022, 2023), [("added", "金属智造产业产值")]),
    # …but goals dated from before the new plan's year are the old block restated (曲靖 2022 restates two 十四五 goals,
    # 2021-2025): the ones it leaves out are dropped
    ([t("森林覆盖率", 52.5, "%", "share", period="2021-2025")],
     [t("常住人口城镇化率", 60, "%", "share", period="2021-2025")], (2021, 2022),
     [("added", "常住人口城镇化率"), ("dropped", "森林覆盖率")]),
]


@pytest.mark.parametrize("old, new, years, expected", IN_FORCE)
def test_a_goal_of_several_years_the_next_plan_does_not_restate_is_not_dropped(old, new, years, expected):
    changes = diff_targets(old, new, old_year=years[0], new_year=years[1])
    assert [(c.change, c.indicator) for c in changes] == expected


def test_two_values_of_one_indicator_pair_with_the_closest():
    old = [t("重点项目", 2, "个", "count"), t("重点项目", 20, "个", "count")]
    new = [t("重点项目", 21, "个", "count"), t("重点项目", 2, "个", "count")]
    [c] = diff_targets(old, new)
    assert (c.old.value, c.new.value) == (20, 21)


def test_bare_project_lists_of_two_years_are_never_one_target():
    """中卫 2022 建设美团云、中国移动二期等13个项目 and 2023 实施中卫十四小、海兴开发区二中等14个项目: other lists."""
    changes = diff_targets([t("项目", 13, "个", "count")], [t("项目", 14, "个", "count")])
    assert [c.change for c in changes] == ["added", "dropped"]
    # counter-example: a named kind of project pairs (中卫 投资超十亿元项目达到10个 → 不低于10个)
    [c] = diff_targets([t("投资超十亿元项目", 10, "个", "count")], [t("投资超十亿元项目", 10, "个", "count", "不低于")])
    assert c.what == ("qualifier",)


_indicators = st.sampled_from(["财政总收入", "一般公共预算收入", "区级和美乡村", "“小升规”", "新增市场主体", "实到外资"])
_targets = st.builds(
    t,
    _indicators,
    st.one_of(st.none(), st.integers(1, 20000).map(float)),
    st.sampled_from(["万元", "亿元", "个", "%"]),
    st.sampled_from(["level", "count", "growth"]),
    st.sampled_from([None, "以上", "左右", "力争"]),
    lo=st.just(1.0),
    hi=st.just(2.0),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_targets, max_size=12), st.randoms(use_true_random=False))
def test_unchanged_targets_in_any_order_give_no_change(targets, rnd: random.Random):
    shuffled = list(targets)
    rnd.shuffle(shuffled)
    assert diff_targets(targets, shuffled) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(_targets, max_size=12))
def test_every_target_is_changed_added_dropped_or_unchanged_once(targets):
    half = len(targets) // 2
    changes = diff_targets(targets[:half], targets[half:])
    added = [c.new for c in changes if c.change == "added"]
    dropped = [c.old for c in changes if c.change == "dropped"]
    assert all(a in targets[half:] for a in added) and all(d in targets[:half] for d in dropped)


# -- outcomes ---------------------------------------------------------------------------


def test_a_cut_is_met_from_below_by_the_direction_on_the_record_not_by_its_quote():
    # "能耗降低百分之三": the quote never holds "3", and the record says down.
    from dataclasses import replace

    cut = replace(t("单位GDP能耗", 3, "%", "growth", period="2023"), quote="单位GDP能耗降低百分之三", direction="down")
    reported = t("单位GDP能耗", 3.4, "%", "growth", period="2023", role="actual")
    [o] = outcomes([cut], [reported], old_year=2023)
    assert o.met is True
    [o] = outcomes([replace(cut, direction="up")], [reported], old_year=2023)
    assert o.met is False  # 能耗 is capped unless the target is a cut


def test_outcome_says_whether_an_earlier_target_was_met():
    old = [
        t("国内生产总值", 5, "%", "growth", "左右", period="2023"),
        t("城镇调查失业率", 5.5, "%", "threshold", "左右", period="2023"),
        t("一般公共预算收入", 1000, qualifier="确保", period="2023"),
        t("农村道路白改黑", 3, "条", "count", period="2023"),
    ]
    actuals = [
        t("国内生产总值", 5.2, "%", "growth", period="2023", role="actual"),
        t("城镇调查失业率", 5.2, "%", "threshold", period="2023", role="actual"),
        t("一般公共预算收入", 980, period="2023", role="actual"),
        t("农村道路白改黑", 3, "条", "count", period="2024", role="actual"),  # another period
    ]
    got = [(o.indicator, o.met) for o in outcomes(old, actuals, old_year=2023)]
    assert got == [("国内生产总值", True), ("城镇调查失业率", True), ("一般公共预算收入", False)]



def test_an_outcome_is_reported_under_a_name_with_a_word_inserted():
    # lawtext/gov 政府工作报告: 三亚 2022 研究与试验发展经费投入强度提升至1.7% → 2023 研发投入强度提升至2.3%; 乌兰察布 2022
    # 柔性引进北京市领军校长、领军教师50人次 → 2023 领军校长、教师56人次; 无锡 2024 校门口等候区160个 → 2025 新增校门口家长等候区160个
    old = [t("研究与试验发展经费投入强度", 1.7, "%", "share", "力争", period="2022"),
           t("柔性引进北京市领军校长、领军教师", 50, "人次", "count", period="2022"),
           t("校门口等候区", 160, "个", "count", period="2022")]
    actuals = [t("研发投入强度", 2.3, "%", "share", period="2022", role="actual"),
               t("柔性引进北京市领军校长、教师", 56, "人次", "count", period="2022", role="actual"),
               t("新增校门口家长等候区", 160, "个", "count", period="2022", role="actual")]
    got = [(o.indicator, o.actual.value, o.met) for o in outcomes(old, actuals, old_year=2022)]
    assert got == [("研究与试验发展经费投入强度", 2.3, True), ("柔性引进北京市领军校长、领军教师", 56, True),
                   ("校门口等候区", 160, True)]


def test_a_bound_aimed_at_is_reported_by_the_share_reached():
    # a rate of a state aimed at in a plan is a bound, the same rate reached in the next review a share (常德 2021
    # 市城区环境空气质量优良率达到90% → 2022's review 市城区环境空气质量优良率达83%: a shorter name contained)
    old = [t("空气质量优良率", 90, "%", "threshold", "以上", period="2021")]
    actuals = [t("市城区空气质量优良率", 91.3, "%", "share", period="2021", role="actual")]
    assert [(o.actual.value, o.met) for o in outcomes(old, actuals, old_year=2021)] == [(91.3, True)]


def test_exports_report_on_no_target_of_trade_both_ways():
    # lawtext/gov 政府工作报告: 沈阳 2025 进出口总额增长5% → 2026's review 出口总额增长10% (exports alone: no outcome);
    # the whole trade under another word still reports (进出口外贸总额 of 进出口总额, 中卫 2022→2023)
    old = [t("进出口总额", 5, "%", "growth", period="2025")]
    exports = [t("出口总额", 10, "%", "growth", period="2025", role="actual")]
    trade = [t("进出口外贸总额", 4.1, "%", "growth", period="2025", role="actual")]
    assert outcomes(old, exports, old_year=2025) == []
    assert [o.actual.value for o in outcomes(old, trade, old_year=2025)] == [4.1]


# -- documents --------------------------------------------------------------------------


def test_diff_documents_gives_targets_then_text_and_outcomes_only_for_plans():
    old_doc = Document("王坛镇2024年工作计划", ("一般公共预算收入5300万元。", "加强民生保障。"), publisher="王坛镇")
    new_doc = Document("王坛镇2024年工作计划", ("一般公共预算收入5000万元。", "加强民生保障。"), publisher="王坛镇")
    old_ex = Extraction([t("一般公共预算收入", 5300)], [], 2024)
    new_ex = Extraction([t("一般公共预算收入", 5000)], [t("一般公共预算收入", 5100, period="2024", role="actual")], 2024)
    cs = diff_documents(old_doc, new_doc, old_ex, new_ex)
    assert cs.kind == "revision" and not cs.empty
    assert [c.change for c in cs.changes] == ["changed"]
    assert [(h.old, h.new) for h in cs.hunks] == [(("一般公共预算收入5300万元。",), ("一般公共预算收入5000万元。",))]
    assert cs.outcomes == ()
    plan = diff_documents(old_doc, new_doc, old_ex, new_ex, kind="plan", text=False)
    assert plan.hunks == () and [o.met for o in plan.outcomes] == [False]


@pytest.mark.parametrize(
    "body, found",
    [
        ("今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%以上，固定资产投资增长8%以上。", True),  # 东营 2021
        ("综合考虑各方面因素，今年经济社会发展的预期目标是：地区生产总值增长8％，城镇新增就业4.3万人。", True),  # 长治 2022
        ("主要预期目标建议为：地区生产总值增长8%以上；规模以上工业增加值增长14%。", True),  # 临沧 2022
        ("今年全市经济社会发展主要预期目标是：\n地区生产总值增长7%左右，社会消费品零售总额增长7%左右。", True),  # 赤峰 2024
        ("今后五年合肥经济社会发展的主要目标是：\n——高质量发展迈上新台阶。全要素生产率稳步提升。", False),  # 合肥 十五五
        ("“十四五”时期经济社会发展的主要目标是：到二〇二五年，地区生产总值年均增长5.5%以上。", False),  # 东营 2021
        ("“十四五”时期全市经济社会发展的主要目标是：主要经济指标增幅位居全省前列，实现全国百强县零的突破。", False),  # 淮安 2021
        ("主要预期目标是:地区生产总值年均增长6.5%左右,固定资产投资年均增长8%左右。", False),  # 石嘴山 2022, 五年
        ("主要预期目标全面完成。预计全市地区生产总值近1.55万亿元、增长6%左右。", False),  # 无锡 2025, a review
        ("全面推动市域经济高质量发展，顺利完成“十三五”规划主要目标任务。地区生产总值年均增长6%。", False),  # 长治 2021
    ],
)
def test_headline_span_is_the_years_main_targets_paragraph(body, found):
    assert bool(headline_span("过去一年，我们攻坚克难。\n" + body + "\n重点做好以下工作。")) is found


def test_headline_span_runs_over_targets_one_to_a_line():
    # 惠州 2022: each line of the 主要预期目标 closed by a semicolon, the last by a full stop; the plan goes on after
    lines = ["综合各方面因素，2022年全市经济社会发展主要预期目标是：", "地区生产总值增长8.5%，规模以上工业增加值增长12%；",
             "地方一般公共预算收入增长6%；", "居民人均可支配收入增长8%；城镇登记失业率控制在2.6%以内；",
             "饮用水源水质达标率保持100%；主要污染物排放等指标完成省下达任务。", "完成上述目标任务，必须坚持稳中求进。"]
    body = "过去一年，我们攻坚克难。\n" + "\n".join(lines)
    span = headline_span(body)
    assert span is not None and body[span[0]:span[1]] == "\n".join(lines[1:5])


def _report_diff(old: tuple[str, ...], new: tuple[str, ...]) -> list[tuple[str, str, float | None]]:
    """The target changes between two cities' reports of consecutive years, as (change, indicator, value)."""
    docs = [Document(f"某市{y}年政府工作报告", paras) for y, paras in ((2022, old), (2023, new))]
    exs = [replace(extract_body("\n".join(d.paragraphs), d.title), plan_year=y) for d, y in zip(docs, (2022, 2023))]
    cs = diff_documents(docs[0], docs[1], exs[0], exs[1], kind="plan", text=False)
    return sorted((c.change, c.indicator, (c.new or c.old).value) for c in cs.changes)


def test_a_headline_target_is_new_when_last_year_gave_it_only_in_a_section():
    # 中山 2023 城镇新增就业4.7万人 in its 主要预期目标, 2022's 实现城镇新增就业4.5万人 in its 就业 section
    old = ("今年主要预期目标是：地区生产总值增长6.5%以上，城镇登记失业率控制在4%以内。", "稳就业。实现城镇新增就业4.5万人。")
    new = ("今年的主要预期目标是：地区生产总值增长6%，城镇登记失业率控制在4%以内，城镇新增就业4.7万人。",)
    assert _report_diff(old, new) == [
        ("added", "城镇新增就业", 4.7), ("changed", "地区生产总值", 6), ("dropped", "城镇新增就业", 4.5)]


def test_a_headline_target_restated_only_in_a_section_next_year_leaves_the_headline():
    # 伊春 2021 城镇新增就业1.2万人 in its 主要预期目标, not in 2022's; 盐城 2023, 南充 2023 alike
    old = ("主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.2万人。",)
    new = ("主要预期目标是：地区生产总值增长5.5%左右。", "稳就业。城镇新增就业1.2万人。")
    assert _report_diff(old, new) == [("changed", "地区生产总值", 5.5), ("dropped", "城镇新增就业", 1.2)]


def test_a_headline_target_still_pairs_a_section_one_when_a_report_names_no_headline():
    old = ("一、2022年工作安排", "地区生产总值增长6%左右。", "稳就业。城镇新增就业1.2万人。")
    new = ("主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业1.5万人。",)
    assert _report_diff(old, new) == [("changed", "地区生产总值", 5.5), ("changed", "城镇新增就业", 1.5)]


# -- which earlier plan a new plan is compared with -------------------------------------------

EARLIER = [  # (version, title) most recent first, as a township's disclosure column holds them
    (5, "关于王坛镇2025年秋冬季大气污染防治工作方案的通知"),
    (4, "王坛镇2025年农村人居环境整治实施方案"),
    (3, "王坛镇2025年工作计划"),
    (2, "王坛镇2024年工作计划"),
]


@pytest.mark.parametrize("title, candidates, chosen", [
    ("王坛镇2026年工作计划", EARLIER, 3),  # the plan of the same kind, not the special plans published since
    ("关于印发王坛镇2026年工作要点的通知", EARLIER, 3),  # 工作要点 after 工作计划: the same annual plan renamed
    ("王坛镇2025年工作总结及2026年工作计划", EARLIER, 3),
    ("王坛镇2026年秋冬季大气污染防治工作方案", EARLIER, 5),
    ("王坛镇2026年政府工作报告", [(7, "王坛镇2025年政府工作报告"), *EARLIER], 7),
    ("王坛镇“十五五”发展规划(2026—2030年)", EARLIER, None),  # no earlier plan of its kind: nothing to compare
    ("", EARLIER, 5),  # a title with no words of its own: the most recent, as before
    # a page explaining a plan names only some of its targets: never the plan compared with, whichever came first
    ("王坛镇2026年工作计划", [(8, "《王坛镇2026年工作计划》解读"), (2, "王坛镇2025年工作要点")], 2),
    ("王坛镇2026年政府工作报告", [(8, "图解:2026年政府工作报告"), (7, "王坛镇2025年政府工作报告")], 7),
    ("《王坛镇2026年工作计划》解读", [(8, "图解:王坛镇2026年工作计划"), (2, "王坛镇2025年工作要点")], 2),
    # a plan for part of a year: the same part of an earlier year when there is one, else the year's plan (and a
    # year's plan after it: the year's plan before, else the part, whose targets are scoped to it)
    ("王坛镇2025年上半年工作总结及下半年工作计划", EARLIER, 3),
    ("王坛镇2025年上半年工作总结及下半年工作计划", [*EARLIER[:3], (1, "王坛镇2024年上半年工作总结和下半年工作打算")], 1),
    ("王坛镇2026年工作计划", [(9, "王坛镇2025年上半年工作总结及下半年工作计划"), *EARLIER], 3),
    ("王坛镇2026年工作计划", [(9, "王坛镇2025年上半年工作总结及下半年工作计划")], 9),
    ("王坛镇2025年第三季度工作要点", [(6, "王坛镇2025年第二季度工作要点"), *EARLIER], 6),
])
def test_a_new_plan_is_compared_with_the_most_recent_earlier_plan_of_its_kind(title, candidates, chosen):
    assert closest_plan(title, "王坛镇", candidates) == chosen


@pytest.mark.parametrize("title, span", [
    ("王坛镇2025年工作计划", "year"),
    ("王坛镇2024年工作总结和2025年工作计划", "year"),
    ("王坛镇“十五五”发展规划(2026—2030年)", "year"),
    ("王坛镇2025年上半年工作总结及下半年工作计划", "half"),
    ("XX街道2025年1-6月工作总结和下半年工作思路", "half"),
    ("关于印发XX乡2025年第一季度重点工作安排的通知", "quarter"),
    ("XX镇2025年3月份工作计划", "month"),
])
def test_a_plan_title_names_the_span_of_time_it_plans(title, span):
    assert plan_span(title) == span


def restating(old_title: str, new_title: str, old_year: int, new_year: int) -> tuple[Document, Document, Extraction, Extraction]:
    """A plan with two targets and a later page restating one of them, changed, with their extractions."""
    plan = Document(old_title, ("一般公共预算收入5300万元。", "创建避灾安置中心2个。"), publisher="王坛镇")
    page = Document(new_title, ("一般公共预算收入5000万元。",), publisher="王坛镇")
    old_ex = Extraction([t("一般公共预算收入", 5300), t("避灾安置中心", 2, unit="个", kind="count", period=str(old_year))], [], old_year)
    return plan, page, old_ex, Extraction([t("一般公共预算收入", 5000, period=str(new_year))], [], new_year)


def test_a_plan_for_the_rest_of_a_year_drops_none_of_the_years_plan_but_says_what_it_changes():
    plan, half, old_ex, new_ex = restating("王坛镇2025年工作计划", "王坛镇2025年上半年工作总结及下半年工作计划", 2025, 2025)
    cs = diff_documents(plan, half, old_ex, new_ex, kind="plan")
    assert [(c.change, c.indicator) for c in cs.changes] == [("changed", "一般公共预算收入")]
    next_year = diff_documents(half, replace(plan, title="王坛镇2026年工作计划"), new_ex, Extraction([], [], 2026), kind="plan")
    assert [c.change for c in next_year.changes] == ["dropped"]  # a year's plan after a part of one says what it leaves


@pytest.mark.parametrize("title, explains", [
    ("《王坛镇2025年工作计划》政策解读", True),
    ("关于《王坛镇2025年工作要点》的解读", True),
    ("解读:2025年政府工作报告", True),
    ("图解:2025年政府工作报告", True),
    ("一图读懂《王坛镇2025年工作计划》", True),
    ("《XX区2025年政府工作报告》政策解读(文字版)", True),
    ("关于《XX县乡村振兴实施方案(征求意见稿)》的起草说明", True),
    ("王坛镇2025年工作计划", False),
    ("关于开展政策解读工作的实施方案", False),  # a plan about 解读 work
    ("2025年政策解读工作要点", False),
])
def test_a_page_explaining_a_plan_is_known_by_its_title(title, explains):
    assert restates(title) is explains


def test_a_page_explaining_a_plan_reports_what_it_changes_and_drops_nothing():
    plan, explained, old_ex, new_ex = restating("王坛镇2024年工作计划", "《王坛镇2025年工作计划》政策解读", 2024, 2025)
    cs = diff_documents(plan, explained, old_ex, new_ex, kind="plan")
    assert [(c.change, c.indicator) for c in cs.changes] == [("changed", "一般公共预算收入")]
    revised = diff_documents(explained, replace(explained, paragraphs=()), new_ex, Extraction([], [], 2025))
    assert [c.change for c in revised.changes] == ["dropped"]  # its own revision that drops a target says so


@pytest.mark.parametrize("title, stem", [
    ("关于印发王坛镇2025年工作要点的通知", "工作要点"),
    ("衡水市2025年政府工作报告", "衡水市政府工作报告"),  # a publisher named otherwise (衡水市人民政府) stays
    ("王坛镇二〇二五年度工作计划", "工作计划"),
    ("关于2024年预算执行情况和2025年预算草案的报告", "预算执行情况和预算草案"),
])
def test_a_title_stem_drops_years_publisher_and_wrapping(title, stem):
    assert title_stem(title, "王坛镇") == stem
