"""Targets and actuals of Chinese plan language, one row per phenomenon (monitor.extract).

Each row is a realistic sentence or short document, written after national and
provincial 政府工作报告 and county/township plans, and the exact records a user
should get: (indicator, number, unit, kind, qualifier, role). A number is a
value or a (min, max) range. Rows with no records are negatives: names,
slogans, dates, facts and forecasts that must never become targets.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract import explain, explain_body, extract, extract_body, plan_year_of
from monitor.models import Document

PLAN = "2024年工作计划"  # a title that makes 2024 the plan year


def records(text: str, title: str | None = PLAN, date: str | None = None) -> list[tuple]:
    """Every record of a body as (indicator, number, unit, kind, qualifier, role)."""
    found = extract_body(text, title, date)
    out = []
    for r in found.targets + found.actuals:
        number = r.value if r.value is not None else (r.min, r.max)
        out.append((r.indicator, number, r.unit, r.kind, r.qualifier, r.role))
    return out


def roles_of(found) -> list[tuple]:
    """Every record of an extraction as (role, value, period), sorted."""
    return sorted((r.role, r.value, r.period) for r in found.actuals + found.targets)


def T(indicator, number, unit, kind, qualifier=None, role="target") -> tuple:
    """An expected record (role defaults to target)."""
    return (indicator, number, unit, kind, qualifier, role)


ROWS = [
    # --- numerals -------------------------------------------------------------------
    ("arabic", "全年新增市场主体450家。", [T("新增市场主体", 450, "家", "count")]),
    # 洪湖镇2024年度决算公开说明 (cqcs.gov.cn 15077555): 2024年度 opens the sentence, the name is what follows
    ("a year and 度 before the name", "2024年度收入总计3534.19万元,支出总计3534.19万元。2024年度收入合计3534.19万元。",
     [T("收入总计", 3534.19, "万元", "level"), T("支出总计", 3534.19, "万元", "level"), T("收入合计", 3534.19, "万元", "level")]),
    # 彭水县2024年预算执行情况和2025年预算草案的报告 (psx.gov.cn): a line opened with a dash bullet (——)
    ("a dash bullet opens the name", "——全县一般公共预算收入完成26.06亿元,增长17.6%。\n——全县一般公共预算支出完成76.31亿元,下降1.6%。",
     [T("一般公共预算收入", 26.06, "亿元", "level"), T("一般公共预算收入", 17.6, "%", "growth"),
      T("一般公共预算支出", 76.31, "亿元", "level"), T("一般公共预算支出", 1.6, "%", "growth")]),
    # 增支/减支, a budget's spending up or down, as 增收/减收 (甘谷县2024年财政决算报告, gangu.gov.cn; 大姚县2024年4月
    # 财政收支, dayao.gov.cn): the spending's rise or fall, and a value right before 减支 is the year before's
    # 增 alone after a measure is 增长 shortened (梅陇镇2025年工作要点, minhang.gov.cn: 地区生产总值增5%左右; the common shape of
    # a county's 主要指标 line); 增量, 净增, 增收 stay words of their own
    ("增 alone is a growth", "地区生产总值增5%左右,规上工业增加值增8%。各项贷款增量50亿元,净增市场主体500户,农民人均增收1000元。",
     [T("地区生产总值", 5, "%", "growth", "左右"), T("规上工业增加值", 8, "%", "growth"), T("各项贷款增量", 50, "亿元", "level"),
      T("净增市场主体", 500, "户", "count"), T("农民人均增收", 1000, "元", "level")]),
    ("减支 and 增支 are a rise or fall of spending", "财政总支出450432万元,较上年同期526499万元减支76067万元,下降14.4%。"
     "一般公共预算支出累计完成107752万元,比上年减支9240万元,下降7.9%。",
     [T("财政总支出", 450432, "万元", "level"), T("财政总支出", 76067, "万元", "growth"), T("财政总支出", 14.4, "%", "growth"),
      T("一般公共预算支出", 107752, "万元", "level"), T("一般公共预算支出", 9240, "万元", "growth"),
      T("一般公共预算支出", 7.9, "%", "growth")]),
    # the budget written out before its share is the year's plan restated, no result; the share and a rise told after it
    # are the amount's (大姚县2024年4月财政收支, dayao.gov.cn; 甘谷县2024年财政决算报告, gangu.gov.cn: 占预算101032万元的67.3%,
    # 较上年同期…下降32.0%; 临洮县 财政收支, 完成预算105425万元的5.39%)
    ("a budget before its share is no result; a rise after the share is the amount's",
     "一、2024年预算执行情况\n一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,"
     "比上年减收1070万元,下降4.2%。大口径财政收入累计完成67955万元,占预算101032万元的67.3%,减收31940万元。",
     [T(*r, role="actual") for r in (("一般公共预算收入", 24627, "万元", "level"), ("一般公共预算收入完成率", 40.4, "%", "share"),
      ("一般公共预算收入", 1070, "万元", "growth"), ("一般公共预算收入", 4.2, "%", "growth"),
      ("大口径财政收入", 67955, "万元", "level"), ("大口径财政收入完成率", 67.3, "%", "share"),
      ("大口径财政收入", 31940, "万元", "growth"))]),
    # 短收, revenue short of its budget, is no fall of the year: the fall told after it is the revenue's (甘谷县2024年财政决算
    # 报告, gangu.gov.cn); a change against the year's own budget neither (湟里镇2025年预算执行情况, wj.gov.cn)
    ("短收 and a change against the budget are no growth",
     "一、2024年预算执行情况\n一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%,减收4800万元。"
     "全年财政一般公共预算预计总支出50582万元,比年初预算的35620万元增加了14962万元。",
     [T("一般公共预算收入", 42100, "万元", "level", role="actual"), T("一般公共预算收入完成率", 85, "%", "share", role="actual"),
      T("一般公共预算收入", 10.2, "%", "growth", role="actual"), T("一般公共预算收入", 4800, "万元", "growth", role="actual"),
      T("财政一般公共预算总支出", 50582, "万元", "level", "预计", role="actual")]),
    # 加/减 join the items of a budget's sum, and 加上 gives 上级, 上解, 上年结余 their 上 (渠县2024年财政总决算, quxian.gov.cn;
    # 甘谷县2024年财政决算报告, gangu.gov.cn); 加装, 减排 open their names
    ("加 and 减 join a budget's sum", "全县地方一般公共预算收入251510万元,加上级补助收入568709万元、调入资金1396万元。"
     "全县一般公共预算支出782634万元,加上解上级支出40088万元。全县一般预算总收入442751万元,加上年结余7546万元,"
     "加调入资金199万元,再加动用预算稳定调节基金731万元。收入总计451227万元,减支出总计425533万元,减结转下年支出25694万元。"
     "加装电梯117台,减排二氧化碳1200万吨。",
     [T("地方一般公共预算收入", 251510, "万元", "level"), T("上级补助收入", 568709, "万元", "level"),
      T("调入资金", 1396, "万元", "level"), T("一般公共预算支出", 782634, "万元", "level"),
      T("上解上级支出", 40088, "万元", "level"), T("一般预算总收入", 442751, "万元", "level"),
      T("上年结余", 7546, "万元", "level"), T("调入资金", 199, "万元", "level"),
      T("动用预算稳定调节基金", 731, "万元", "level"), T("收入总计", 451227, "万元", "level"),
      T("支出总计", 425533, "万元", "level"), T("结转下年支出", 25694, "万元", "level"),
      T("加装电梯", 117, "台", "count"), T("减排二氧化碳", 1200, "万吨", "level")]),
    # 与…相比 names the base a change is over, not the year of a result: the common shape of a plan's aim
    ("a year compared with is the base", "与2024年相比,单位地区生产总值能耗下降3%。",
     [T("单位地区生产总值能耗", 3, "%", "growth")]),
    # an item number glued to the year its item opens with (章镇镇2024年财政预算执行情况, shangyu.gov.cn: 1.2024年我镇实现
    # 财政总收入2.09亿元), the usual shape of a numbered list; 1.2万亩 is a number
    ("an item number glued to a year", "1.2025年全镇实现财政总收入2.09亿元。2.2025年新建农村公路12公里。1.2万亩高标准农田。",
     [T("财政总收入", 2.09, "亿元", "level"), T("新建农村公路", 12, "公里", "level"), T("高标准农田", 1.2, "万亩", "level")]),
    # 共同富裕 (common prosperity) is a word, not 共同 (jointly) before a name (章镇镇2024年财政预算执行情况, shangyu.gov.cn:
    # 共同富裕专项基金1000万元; Zhejiang's 共同富裕基本单元 in its towns' plans); 共同推进 still opens no name
    ("共同富裕 is a word", "共同富裕专项基金1000万元。打造共同富裕基本单元5个。共同推进美丽乡村建设3个。",
     [T("共同富裕专项基金", 1000, "万元", "level"), T("共同富裕基本单元", 5, "个", "count"),
      T("美丽乡村建设", 3, "个", "count")]),
    # a budget adjusted: the new amount is the name's, its start skipped, 调增/调减 the change (板芙镇2022年预算调整方案,
    # szmaolu.com; 石岐街道2022年预算调整方案, zs.gov.cn: 从年初预算的33239万元调整为36767万元)
    ("a budget adjusted to its new amount", "一般公共预算总收入由年初预算79552.91万元调整为82513.70万元,调增2960.79万元。"
     "调入资金由年初预算39497.37万元调整为39069.73万元,调减427.64万元。",
     [T("一般公共预算总收入", 82513.70, "万元", "level"), T("一般公共预算总收入", 2960.79, "万元", "growth"),
      T("调入资金", 39069.73, "万元", "level"), T("调入资金", 427.64, "万元", "growth")]),
    # a rise after a share of a total is the amount's (临洮县2024年1-2月财政收支, lintao.gov.cn; 北海 2025 政府工作报告:
    # 民生支出占一般公共预算支出75.3%、增长11.2%); a rise in 个百分点 is the share's own
    ("a rise after a share is the amount's", "税收收入15348万元,占收入的89.99%,同比增收1316万元,增长9.38%。"
     "全市民生支出占一般公共预算支出75.3%、增长11.2%。服务业增加值占地区生产总值比重达到46%,比上年提高2个百分点。",
     [T("税收收入", 15348, "万元", "level"), T("税收收入占收入", 89.99, "%", "share"),
      T("税收收入", 1316, "万元", "growth"), T("税收收入", 9.38, "%", "growth"),
      T("民生支出占一般公共预算支出", 75.3, "%", "share"), T("民生支出", 11.2, "%", "growth"),
      T("服务业增加值占地区生产总值比重", 46, "%", "share"), T("服务业增加值占地区生产总值比重", 2, "个百分点", "growth")]),
    # who allotted an amount, up to 下达 before 我/本, names nothing (石岐街道2022年预算调整方案, zs.gov.cn; 大武口区2024年预算
    # 调整方案, dwk.gov.cn: 自治区财政厅下达我区…债券资金6,000万元); 我街道/本街道 are the place, as 我镇; the
    # allotment received is a fact, the task handed down a target
    # a 储能 plant sized by its power, then its energy after a slash (the common shape in 新型储能 plans): both, one name;
    # a slash after a digit is still a date's
    ("power, then energy after a slash", "建成新型储能电站100MW/200MWh。建设储能项目50兆瓦/100兆瓦时。",
     [T("新型储能电站", 100, "MW", "level"), T("新型储能电站", 200, "MWh", "level"),
      T("储能项目", 50, "兆瓦", "level"), T("储能项目", 100, "兆瓦时", "level")]),
    ("who allotted an amount is no name", "省财政厅下达我街道新增债券额度3528万元。市政府下达我镇招商引资任务5亿元。本街道新建停车位200个。",
     [T("新增债券额度", 3528, "万元", "level", role="actual"), T("招商引资任务", 5, "亿元", "level"),
      T("新建停车位", 200, "个", "count")]),
    # 小榄镇2025年上半年预算执行情况 (zs.gov.cn): 加/减 before 一般公共预算… join the sum the same way
    ("加 and 减 before 一般公共预算", "上年结转结余0亿元,加一般公共预算总收入13.83亿元,减一般公共预算总支出13.6亿元,上半年结余0.23亿元。",
     [T("上年结转结余", 0, "亿元", "level"), T("一般公共预算总收入", 13.83, "亿元", "level"),
      T("一般公共预算总支出", 13.6, "亿元", "level"), T("结余", 0.23, "亿元", "level")]),
    # 福建省2019年政府工作报告 (provincial): 増, the Japanese form of 增, typed in two of its targets
    ("the Japanese form of 增 reads as 增", "全省生产总值増长8-8.5%;农村居民人均可支配收入増长8.5%。",
     [T("生产总值", (8, 8.5), "%", "growth"), T("农村居民人均可支配收入", 8.5, "%", "growth")]),
    ("a dash inside a range is no bullet", "新建公园4—5个。", [T("新建公园", (4, 5), "个", "count")]),
    # years of schooling, a headline indicator of five-year plans: 2021 and 2026 政府工作报告 (十四五 11.3年, 十五五
    # 11.7年), 国家中长期教育改革和发展规划纲要 (从12.4年提高到13.5年); 1.5年 with no 年限 stays a span
    ("years after 年限 are a length", "劳动年龄人口平均受教育年限提高到11.7年,人均预期寿命提高到80岁。",
     [T("劳动年龄人口平均受教育年限", 11.7, "年", "level"), T("人均预期寿命", 80, "岁", "level")]),
    ("a change of years after 年限", "新增劳动力平均受教育年限从12.4年提高到13.5年。用1.5年时间完成改造。",
     [T("新增劳动力平均受教育年限", 13.5, "年", "level")]),
    # 同期 compares as 同比 does: 党委书记在镇村干部大会讲话 (xiaomilidoc.com 9474533), 镇政府2019年工作总结和2020年
    # 工作计划 (zhaozongjie.com 44722)
    ("同期 before a growth names nothing", "完成工业总产值15.16亿元,同期增长19.09%;实现生产总值同期增长10%左右。",
     [T("工业总产值", 15.16, "亿元", "level"), T("工业总产值", 19.09, "%", "growth"), T("生产总值", 10, "%", "growth", "左右")]),
    ("a year before 度假 (not 年度)", "2024年度假村接待游客5万人次。", [T("度假村接待游客", 5, "万人次", "level")]),
    ("full-width digits and punctuation", "财政总收入达到１２００万元，增长６.５％。",
     [T("财政总收入", 1200, "万元", "level"), T("财政总收入", 6.5, "%", "growth")]),
    ("chinese numerals",
     "新建幼儿园两所,建成三个示范点,培育十家骨干企业,创出省级生态文化基地一家。",
     [T("新建幼儿园", 2, "所", "count"), T("示范点", 3, "个", "count"), T("骨干企业", 10, "家", "count"),
      T("省级生态文化基地", 1, "家", "count")]),
    ("chinese numeral with 万", "新增就业一千二百万人。", [T("新增就业", 1200, "万人", "count")]),
    ("numeral characters inside words",
     "一般公共预算收入增长5%,进一步优化营商环境,深入实施“十四五”规划,一体推进改革。",
     [T("一般公共预算收入", 5, "%", "growth")]),
    ("decimals", "单位地区生产总值能耗下降3.2%。", [T("单位地区生产总值能耗", 3.2, "%", "growth")]),
    # --- ranges ---------------------------------------------------------------------
    ("range with a full-width minus", "国内生产总值增长6%－6.5%。", [T("国内生产总值", (6, 6.5), "%", "growth")]),
    ("range with an em dash", "完成创建“乐龄之家”4—5个。", [T("“乐龄之家”", (4, 5), "个", "count")]),
    ("range with a wave dash", "打造竹笋、青梅等绿色食品1～2家。", [T("绿色食品", (1, 2), "家", "count")]),
    ("range with 至 and a multiplier", "引进社会资本3000万至5000万元。", [T("社会资本", (3000, 5000), "万元", "level")]),
    ("range with 到", "新建口袋公园3到5个。", [T("新建口袋公园", (3, 5), "个", "count")]),
    # --- qualifiers -----------------------------------------------------------------
    ("余 means 以上", "全年完成工业投资6700余万元。", [T("工业投资", 6700, "万元", "level", "以上")]),
    ("多 means 以上", "兑现惠企资金270多万元。", [T("惠企资金", 270, "万元", "level", "以上")]),
    ("超 means 以上", "扩大品牌影响力,争取年销售额超1000万元。", [T("年销售额", 1000, "万元", "level", "以上")]),
    ("近 means 约", "开展技能培训近3000人次。", [T("技能培训", 3000, "人次", "level", "约")]),
    # 约 ending a word (签约, 节约, 预约) is no "about" (新安街道2025年度工作总结: 完成签约3万平米; 中山三乡镇
    # 重点项目集中签约动工: 本次签约11个优质招商项目); 约 standing alone before the number still is
    ("签约 is no 约", "完成签约3万平米、拆除3万平米。",
     [T("签约", 3, "万平米", "level"), T("拆除", 3, "万平米", "level")]),
    ("签约 before a count is no 约", "本次签约11个优质招商项目。", [T("优质招商项目", 11, "个", "count")]),
    ("约 alone is 约", "新建厂房约3万平米。", [T("新建厂房", 3, "万平米", "level", "约")]),
    # a length before 宽/深 and a noun is the size of what is built, not an amount of it; a length beside × is one side of a
    # size (the common shape of a township's roads, ditches and parking: 新建4.5米宽水泥路, 停车位规格5.5米×2.5米)
    ("a width before its road is no amount", "新建4.5米宽水泥路3公里,修建2米深排水沟1200米。",
     [T("新建4.5米宽水泥路", 3, "公里", "level"), T("修建2米深排水沟", 1200, "米", "level")]),
    ("the sides of a size are no amounts", "拟新增约60个停车位,规格5.5米×2.5米。", [T("停车位", 60, "个", "count", "约")]),
    # units in Latin letters or symbols, as NFKC leaves them (㎡ → m2, ㎞ → km): 君山区 2024 工作报告, 大新镇 2024 高标准农田
    # (its widths in m are sizes, as in 米), 聊城 2020 供热 news
    ("a symbol unit", "完成全塑胶渔排改造21455m2和15家提水式海水养殖尾水治理。",
     [T("全塑胶渔排改造", 21455, "m2", "level"), T("提水式海水养殖尾水治理", 15, "家", "count")]),
    ("lengths in m and km", "5m宽砼道路273m,新建2.5m宽沥青路355m。木桩护岸1.325km,格宾石笼护岸0.85km。",
     [T("5m宽砼道路", 273, "m", "level"), T("新建2.5m宽沥青路", 355, "m", "level"),
      T("木桩护岸", 1.325, "km", "level"), T("格宾石笼护岸", 0.85, "km", "level")]),
    ("an area in 万m2", "今年计划新增集中供热面积300万m2。", [T("新增集中供热面积", 300, "万m2", "level")]),
    ("a substation's voltage class is its name", "建设110kV变电站1座。", [T("110kV变电站", 1, "座", "count")]),
    # 确保增长 is the hedge 确保 and the verb, not the aim 保增长 (街道办事处工作计划 范文: 年内实现财政收入按可比口径确保增长10%)
    ("确保增长", "年内实现财政收入按可比口径确保增长10%。", [T("财政收入", 10, "%", "growth", "确保")]),
    # 已占 states a share reached, no goal (镇年度工作计划 (长春卡伦), taowenge.com: 粘玉米种植面积已占天景集团的一半以上;
    # a news digest: 中国开源模型下载量已占全球41%); 力争…占 is one
    ("已占 is a state", "我镇粘玉米种植面积已占天景集团的一半以上。",
     [T("粘玉米种植面积已占天景集团", 0.5, "fraction", "share", "以上", role="actual")]),
    ("已占 is a state, again", "中国开源模型下载量已占全球41%。",
     [T("中国开源模型下载量已占全球", 41, "%", "share", role="actual")]),
    ("力争…占 is a goal", "力争粘玉米种植面积占全镇耕地的60%。", [T("粘玉米种植面积占全镇耕地", 60, "%", "share", "力争")]),
    # 比“十三五”末增 is a rise over the end of the last five-year plan, of the amount named before
    # (镇“十四五”工作谋划报告, gwyoo.com: 税收收入突破380万元,比“十三五”末增80万元)
    ("比…末增 is a rise", "税收收入突破380万元,比“十三五”末增80万元。",
     [T("税收收入", 380, "万元", "level", "以上"), T("税收收入", 80, "万元", "growth")]),
    ("约 and the thing invested in", "完成投资约1亿元的道口形象改造提升工程。",
     [T("道口形象改造提升工程投资", 1, "亿元", "level", "约")]),
    ("左右", "居民消费价格涨幅3%左右。", [T("居民消费价格涨幅", 3, "%", "growth", "左右")]),
    ("以内", "城镇登记失业率控制在3.5%以内。", [T("城镇登记失业率", 3.5, "%", "threshold", "以内")]),
    # 云浮市2023年政府工作报告 (lawtext/gov) keeps the rate within its target range, a ceiling as 以内 is
    ("目标范围内 is 以内", "全年城镇新增就业1.8万人以上,城镇登记失业率控制在3.5%的目标范围内。",
     [T("城镇新增就业", 1.8, "万人", "count", "以上"), T("城镇登记失业率", 3.5, "%", "threshold", "以内")]),
    ("范围内 is 以内", "城镇调查失业率控制在5.5%范围内。", [T("城镇调查失业率", 5.5, "%", "threshold", "以内")]),
    # a bare 新增 counts the firms the clause before grows: 云浮市2022年政府工作报告 (lawtext/gov), and the common shape
    ("a bare 新增 counts the firms the clause before names",
     "培育发展优质限额以上商贸企业,力争全年新增30家。大力引进外贸企业,全年新增50家。",
     [T("新增优质限额以上商贸企业", 30, "家", "count", "力争"), T("新增外贸企业", 50, "家", "count")]),
    # the mark an amount passes (大关, 台阶) names nothing; the measure named before it does: 云浮市2023年 (千亿 bare, in 亿
    # as written) and 烟台市2023年政府工作报告 (lawtext/gov)
    ("a mark passed names no measure",
     "力争全年金属智造产业产值超300亿元,保持年均增长50%,到2026年突破千亿大关。"
     "地区生产总值增长5.5%以上,争取突破万亿元大关。",
     [T("金属智造产业产值", 300, "亿元", "level", "以上"), T("金属智造产业产值", 50, "%", "growth", "力争"),
      T("金属智造产业产值", 1000, "亿", "level", "以上"), T("地区生产总值", 5.5, "%", "growth", "以上"),
      T("地区生产总值", 1, "万亿元", "level", "以上")]),
    # 水土保持 (soil and water conservation) names works and counties, no state kept: 赣州市2024年 (a plan) and 云浮市2023年
    # (a review) 政府工作报告, lawtext/gov
    ("水土保持 is a name, no state kept",
     "创建1-2个国家水土保持示范县(园、工程)。",
     [T("国家水土保持示范县(园、工程)", (1.0, 2.0), "个", "count")]),
    ("水土保持 in a review is a name too",
     "一、2022年工作回顾\n完成2宗国家水土保持重点工程建设,治理水土流失面积114平方公里。",
     [T("国家水土保持重点工程建设", 2, "宗", "count", role="actual"), T("治理水土流失面积", 114, "平方公里", "level", role="actual")]),
    # the plan a sum fulfilled, in the clause after it, is not what it was spent on: 云浮市2021年政府工作报告 (lawtext/gov),
    # and the common shape of a review
    ("the plan a sum fulfilled names no object of it",
     "一、2020年工作回顾\n交通基础设施投资46.9亿元,超额完成年度投资计划。水利投资12亿元,完成年度目标任务。",
     [T("交通基础设施投资", 46.9, "亿元", "level", role="actual"), T("水利投资", 12, "亿元", "level", role="actual")]),
    # the base a figure grows from, said after its name, is no part of it: 淮安市2021年政府工作报告 (lawtext/gov) and
    # 中山市2021年政府工作报告 (提高2%, on the base of the working staff's ratio)
    ("the base after a name is no part of it",
     "我市人均地区生产总值、城乡居民人均可支配收入将在2020年基础上实现翻一番。"
     "退休职工住院报销比例在在职职工报销比例的基础上提高2%。",
     [T("人均地区生产总值", 1, "番", "growth"), T("城乡居民人均可支配收入", 1, "番", "growth"),
      T("退休职工住院报销比例", 2, "%", "growth")]),
    # the year's investment is the quota of the projects counted before it, not spent on the works of the clause after:
    # 淮安市2022年、2023年政府工作报告 (lawtext/gov), and 温州市2024年 (完成年度投资260亿元,加快构建…新景象)
    ("the year's investment is no sum of the next clause's works",
     "实施省市重大产业项目400个,完成年度投资1470亿元,推动捷泰新能源、玻纤新材料、修正生物医药等项目全面开工。"
     "重抓390个省市重大产业项目,确保完成年度投资1350亿元,加快建设中天钢铁钢帘线、台华新材料等项目。",
     [T("省市重大产业项目", 400, "个", "count"), T("年度投资", 1470, "亿元", "level"),
      T("省市重大产业项目", 390, "个", "count"), T("年度投资", 1350, "亿元", "level", "确保")]),
    # what became of the households and people counted (全部达到脱贫标准, 全部脱贫) names none of them: 云浮市2021年、2022年
    # 政府工作报告 (lawtext/gov), their reviews
    ("a state after a count names no noun",
     "一、2020年工作回顾\n全市建档立卡贫困人口44250户111274人全部达到脱贫标准。"
     "五年来,全市建档立卡贫困人口4.4万户11.13万人全部脱贫。",
     [T("建档立卡贫困人口", 44250, "户", "count", role="actual"), T("建档立卡贫困人口", 111274, "人", "level", role="actual"),
      T("建档立卡贫困人口", 4.4, "万户", "count", role="actual"), T("建档立卡贫困人口", 11.13, "万人", "level", role="actual")]),
    # the projects' sum told between the count and its noun: 平潭综合实验区2024年、云浮市2023年政府工作报告 (lawtext/gov)
    ("a count's sum between it and its noun", "聚焦数字技术应用、数字文旅、数字贸易、数字民生、数字政府等5个核心方向,推进37个、总投资64.93亿元的数字经济项目。",
     [T("数字经济项目", 37, "个", "count")]),
    ("a count's planned sum between it and its noun", "谋划推进105个、计划总投资1055.54亿元的市重点预备项目,加快做好前期工作。",
     [T("市重点预备项目", 105, "个", "count")]),
    ("不低于", "森林覆盖率不低于70%。", [T("森林覆盖率", 70, "%", "share", "不低于")]),
    # 至少 (at least) is a floor as 不少于 is, not 少 (fewer): 平潭综合实验区 2023 新引进至少3家集成电路企业落地平潭,
    # and the common shape of a jobs target
    ("至少", "新引进至少3家集成电路企业。", [T("集成电路企业", 3, "家", "count", "不低于")]),
    ("至少 after the name", "城镇新增就业至少2000人。", [T("城镇新增就业", 2000, "人", "count", "不低于")]),
    ("不超过", "万元生产总值用水量不超过30立方米。", [T("万元生产总值用水量", 30, "立方米", "threshold", "不超过")]),
    # 小于 is 低于, a ceiling, no word of the name: 盐城市政府工作报告 2021 (lawtext/gov)
    ("小于", "深化大气环境治理,PM2.5年均浓度小于33微克/立方米,优良天数308天以上。",
     [T("PM2.5年均浓度", 33, "微克/立方米", "threshold", "以下"), T("优良天数", 308, "天", "count", "以上")]),
    ("a hedge reaches to the sentence end, not past a semicolon",
     "预计财政总收入10000万元,同比增长5%;一般公共预算收入5300万元,同比增长8%。",
     [T("财政总收入", 10000, "万元", "level", "预计"), T("财政总收入", 5, "%", "growth", "预计"),
      T("一般公共预算收入", 5300, "万元", "level"), T("一般公共预算收入", 8, "%", "growth")]),
    # 兴县交楼申乡 春耕 news (xingxian.sxgov.cn 2022-04-25): what a later clause says is done is no estimate
    ("a hedge stops at a clause of what is done", "今年计划播种面积20380亩,预计粮食总产量2万吨,目前已完成播种面积6700亩。",
     [T("播种面积", 20380, "亩", "level"), T("粮食总产量", 2, "万吨", "level", "预计"),
      T("播种面积", 6700, "亩", "level", None, "actual")]),
    # 始兴县澄江镇 项目签约 news (news.cn-jianke.com shudoo 67687): 高达 says how big, the name is before it
    ("高达 is no part of the name", "签约项目总投资额高达4500万元。", [T("签约项目总投资额", 4500, "万元", "level")]),
    ("a word on the number outranks the hedge", "力争实到外资400万美元以上,新增就业大学生200人。",
     [T("实到外资", 400, "万美元", "level", "以上"), T("新增就业大学生", 200, "人", "count", "力争")]),
    ("a closing clause confirms the whole sentence", "围绕全年完成一般公共预算收入1000万元,确保全年完成任务。",
     [T("一般公共预算收入", 1000, "万元", "level", "确保")]),
    # past words of time and manner only (the common shape of a 镇's plan); one naming what else reaches a state hedges
    # that alone (东营市政府工作报告 2022, its 污染防治 paragraph)
    ("a closing 确保 of time and manner confirms the works", "新建公厕20座、改造农村道路15公里,确保年底前全部完成。",
     [T("新建公厕", 20, "座", "count", "确保"), T("改造农村道路", 15, "公里", "level", "确保")]),
    ("a closing 确保 of another subject's state hedges it alone",
     "实施9条道路雨污分流改造,对4座污水处理厂进行提标改造升级,确保市控以上河流实现稳定达标。",
     [T("道路雨污分流改造", 9, "条", "count"), T("污水处理厂提标改造升级", 4, "座", "count")]),
    # 对上争取/向上争取 is asking the levels above for funds, no 力争 on the numbers after it: 伊春市政府工作报告 2022
    # (lawtext/gov), and a county's 向上争取资金 line in the common shape of a plan
    ("对上争取 is no hedge", "加强对上争取,谋划年度投资亿元以上项目23个、5000万元以上项目19个。全年向上争取资金30亿元。",
     [T("谋划年度投资亿元以上项目", 23, "个", "count"), T("谋划年度投资5000万元以上项目", 19, "个", "count"),
      T("向上争取资金", 30, "亿元", "level")]),
    # --- kinds ----------------------------------------------------------------------
    # a floor kept keeps the kind of what it floors (伊春市政府工作报告 2021, 2022 and 2023, lawtext/gov: 农作物播种面积
    # 稳定在415万亩以上; the common shape of a forest line); kept at a level or under a cap it is a threshold
    ("稳定在…以上 is a floor, no cap", "农作物播种面积稳定在415万亩以上。森林覆盖率保持在83%以上。城镇调查失业率控制在5.5%以内。",
     [T("农作物播种面积", 415, "万亩", "level", "以上"), T("森林覆盖率", 83, "%", "share", "以上"),
      T("城镇调查失业率", 5.5, "%", "threshold", "以内")]),
    # 增加 right before a count of things is 新增, the things counted after it (伊春市政府工作报告 2022: 增加3个规范化游客
    # 服务中心, lawtext/gov; the common shape of a plan's 养老 line); 较上年增加15户, a change, stays a growth
    ("增加 before a count of things", "增加3个规范化游客服务中心。全年增加5个养老服务站。",
     [T("规范化游客服务中心", 3, "个", "count"), T("养老服务站", 5, "个", "count")]),
    ("growth in percentage points", "常住人口城镇化率比上年提高1个百分点。",
     [T("常住人口城镇化率", 1, "个百分点", "growth")]),
    ("decrease", "单位国内生产总值能耗降低2.5%左右。", [T("单位国内生产总值能耗", 2.5, "%", "growth", "左右")]),
    ("threshold: 控制在…以下", "PM2.5平均浓度控制在28微克/立方米以下。",
     [T("PM2.5平均浓度", 28, "微克/立方米", "threshold", "以下")]),
    # a second unit in brackets after the unit (万头(只), 万套(间), 家(个)) leaves the 以上 after it on the number: 长治 2021,
    # 武汉 2025, 宁波 2026
    ("a floor after a bracketed second unit", "力争全年生猪出栏80万头以上,畜禽饲养总量达到7000万头(只)以上,筹集保障性租赁住房5.4万套(间)以上。",
     [T("生猪出栏", 80, "万头", "level", "以上"), T("畜禽饲养总量", 7000, "万头", "level", "以上"),
      T("保障性租赁住房", 5.4, "万套", "count", "以上")]),
    # 长治市 2021 (lawtext/gov): a verb of cutting before its object and a percentage cuts by that much
    ("a cut written verb first", "再压缩审批时限50%以上,精简审批材料30%以上。",
     [T("压缩审批时限", 50, "%", "growth", "以上"), T("精简审批材料", 30, "%", "growth", "以上")]),
    # 长治市 2023 (lawtext/gov): the volume written before the number, the mass after it
    ("a concentration written 每立方米…微克", "力争PM2.5浓度降到每立方米35微克以下,空气质量优良天数比例达到75%以上。",
     [T("PM2.5浓度", 35, "微克/立方米", "threshold", "以下"), T("空气质量优良天数比例", 75, "%", "share", "以上")]),
    ("threshold: 稳定在", "确保粮食种植面积稳定在2万亩。", [T("粮食种植面积", 2, "万亩", "threshold", "确保")]),
    # the verb of growth after the rate (安徽省2025年政府工作报告要点, juece.net.cn: 汽车产量继续保持40%以上增长; the
    # common plan shapes 保持…以上增长 and 实现…的增长)
    ("growth: 保持…以上增长", "规上工业增加值保持8%以上增长。", [T("规上工业增加值", 8, "%", "growth", "以上")]),
    ("growth: 实现…的增长", "固定资产投资实现10%的增长。", [T("固定资产投资", 10, "%", "growth")]),
    # how fast, between the rate and its verb (常德市政府工作报告 2021, lawtext/gov: …投资保持40%以上高速增长; the
    # common plan shape 保持…以上较快增长)
    ("growth: 保持…以上高速增长", "民生工程投资保持40%以上高速增长。", [T("民生工程投资", 40, "%", "growth", "以上")]),
    ("growth: 保持…以上较快增长", "规上工业增加值保持8%以上较快增长。", [T("规上工业增加值", 8, "%", "growth", "以上")]),
    # a rate of growth kept at a level is a growth, a rise of prices kept at one a cap (北京“十五五”规划纲要: 服务贸易
    # 年均增速保持在5%左右; 深圳: 年均增速力争保持在5%以上; 居民消费价格涨幅控制在3%左右, a common plan shape)
    ("growth: 增速保持在", "服务贸易年均增速保持在5%左右。", [T("服务贸易年均增速", 5, "%", "growth", "左右")]),
    ("threshold: 涨幅控制在", "居民消费价格涨幅控制在3%左右。", [T("居民消费价格涨幅", 3, "%", "threshold", "左右")]),
    ("share", "城乡居民医保参保率99%。", [T("城乡居民医保参保率", 99, "%", "share")]),
    ("share reached with 提高到", "森林覆盖率提高到24.1%。", [T("森林覆盖率", 24.1, "%", "share")]),
    ("a rate to cap", "城镇调查失业率5.5%左右。", [T("城镇调查失业率", 5.5, "%", "threshold", "左右")]),
    ("a growth of money", "赤字规模4.06万亿元,比上年增加1800亿元。",
     [T("赤字规模", 4.06, "万亿元", "level"), T("赤字规模", 1800, "亿元", "growth")]),
    ("count of people newly employed", "城镇新增就业1200万人以上。", [T("城镇新增就业", 1200, "万人", "count", "以上")]),
    ("people served are a level", "完成就业帮扶186人。", [T("就业帮扶", 186, "人", "level")]),
    # --- shared subjects and verbs ---------------------------------------------------
    ("分别 with one value", "服务业增加值和社会消费品零售总额分别增长10%。",
     [T("服务业增加值", 10, "%", "growth"), T("社会消费品零售总额", 10, "%", "growth")]),
    ("各 over a list of levels", "争创省级、市级农林业龙头企业各1家。",
     [T("省级农林业龙头企业", 1, "家", "count", "力争"), T("市级农林业龙头企业", 1, "家", "count", "力争")]),
    # a verb of making opens the list of levels (区农业农村局2024年工作计划, xuekejiayuan.com 2654621; 岳阳市2023年
    # 政府工作报告, ../shared/corpus: 新增国家级、省级专精特新小巨人企业21家、47家); counter-example: the verb alone
    ("分别新增 over a list of levels", "分别新增省级、市级长三角绿色农产品生产加工供应基地1个、2个。",
     [T("新增省级长三角绿色农产品生产加工供应基地", 1, "个", "count"), T("市级长三角绿色农产品生产加工供应基地", 2, "个", "count")]),
    # 分别新增 after the list reads as before it (南充市2021年政府工作报告, lawtext/gov, twice: 力争规上工业企业、入库建筑
    # 企业分别新增100户以上; 限上商贸单位、规上服务业企业分别新增100户以上), one value each or one value for all
    ("分别新增 after a list, one value", "力争规上工业企业、入库建筑企业分别新增100户以上。",
     [T("新增规上工业企业", 100, "户", "count", "以上"), T("入库建筑企业", 100, "户", "count", "以上")]),
    ("分别新增 after a list, a value each", "规上工业企业、限上商贸企业分别新增30家、50家。",
     [T("新增规上工业企业", 30, "家", "count"), T("限上商贸企业", 50, "家", "count")]),
    ("a verb before a list of levels", "新增国家级、省级专精特新小巨人企业21家、47家。",
     [T("新增国家级专精特新小巨人企业", 21, "家", "count"), T("省级专精特新小巨人企业", 47, "家", "count")]),
    # bare levels of government listed before what each creates: 赤峰市2025年政府工作报告 (lawtext/gov) 创建国家、自治区
    # 现代农牧业产业园各1个; the 省 of a province's city plans is one character where 自治区 is three
    ("bare levels before one noun", "创建国家、自治区现代农牧业产业园各1个。",
     [T("国家现代农牧业产业园", 1, "个", "count"), T("自治区现代农牧业产业园", 1, "个", "count")]),
    ("a one-character level after 国家", "创建国家、省现代农业产业园各1个。",
     [T("国家现代农业产业园", 1, "个", "count"), T("省现代农业产业园", 1, "个", "count")]),
    ("a verb before a list of whole names", "新建东湖公园、南湖公园各1个。",
     [T("新建东湖公园", 1, "个", "count"), T("南湖公园", 1, "个", "count")]),
    ("分别 with two values and a shared 以上", "确保城乡居民养老保险和医保参保率分别达95%和99%以上。",
     [T("城乡居民养老保险参保率", 95, "%", "share", "以上"), T("医保参保率", 99, "%", "share", "以上")]),
    # a bound between 分别 and the first value bounds them all: 绵阳市2025年政府工作报告 (lawtext/gov) 城建投资、交通投资分别
    # 超258亿元、105亿元; 三明 2023 旅游接待人数、旅游总收入分别突破5000万人次、500亿元; 丹东 2022 分别突破400户、800户
    ("分别 with a bound before the first value", "力争城建投资、交通投资分别超258亿元、105亿元。",
     [T("城建投资", 258, "亿元", "level", "以上"), T("交通投资", 105, "亿元", "level", "以上")]),
    ("分别突破 over two units", "力争全年旅游接待人数、旅游总收入分别突破5000万人次、500亿元。",
     [T("旅游接待人数", 5000, "万人次", "level", "以上"), T("旅游总收入", 500, "亿元", "level", "以上")]),
    # the same bound over a list of values under one name (their owners named earlier or not at all): 南充市2021年、
    # 2022年政府工作报告 (lawtext/gov) 力争年度投资分别超260亿元、1700亿元、1000亿元; 呼和浩特市2026年 年成交额分别突破50亿元和100亿元
    ("分别超 over values of one name", "力争年度投资分别超260亿元、1700亿元、1000亿元。",
     [T("年度投资", 260, "亿元", "level", "以上"), T("年度投资", 1700, "亿元", "level", "以上"),
      T("年度投资", 1000, "亿元", "level", "以上")]),
    ("分别突破 over values joined by 和", "打造乳业交易中心和牛羊肉交易市场,年成交额分别突破50亿元和100亿元。",
     [T("年成交额", 50, "亿元", "level", "以上"), T("年成交额", 100, "亿元", "level", "以上")]),
    ("分别 with values in a list", "单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。",
     [T("单位国内生产总值能耗", 13.5, "%", "growth"), T("二氧化碳排放", 18, "%", "growth")]),
    # A 及 inside a word (普及率) joins no list, and a list item that ends in its own 率 takes no other's: 赤峰市2025年
    # and 2024年政府工作报告 (lawtext/gov), their plans for the villages.
    ("普及率 in a list is one rate", "卫生户厕普及率、生活污水治理率分别达到44.4%和25%。",
     [T("卫生户厕普及率", 44.4, "%", "share"), T("生活污水治理率", 25, "%", "share")]),
    ("普及率 and a 覆盖率 joined by 和", "农村自来水普及率和规模化供水工程覆盖率分别达到92%、60%。",
     [T("农村自来水普及率", 92, "%", "share"), T("规模化供水工程覆盖率", 60, "%", "share")]),
    # 及以上 bounds a level or an age, it joins no second item: 湛江市2023年政府工作报告 (lawtext/gov); 县级及以上 is the
    # common scope of the drinking-water targets of city plans
    ("及以上 in a list item bounds it", "推动65岁及以上老年人医养结合、城乡社区规范健康管理服务率分别超30%、60%。",
     [T("65岁及以上老年人医养结合服务率", 30, "%", "share", "以上"), T("城乡社区规范健康管理服务率", 60, "%", "share", "以上")]),
    ("及以上 in a scope is no list", "县级及以上集中式饮用水水源地水质优良率达100%。",
     [T("县级及以上集中式饮用水水源地水质优良率", 100, "%", "threshold")]),
    ("a rate of its own before a 覆盖率", "行政村生活污水治理率、建制镇生活污水处理覆盖率分别达到23%和53%。",
     [T("行政村生活污水治理率", 23, "%", "share"), T("建制镇生活污水处理覆盖率", 53, "%", "share")]),
    ("城乡 splits into 城镇 and 农村", "城乡居民人均可支配收入分别增长6%和7.5%。",
     [T("城镇居民人均可支配收入", 6, "%", "growth"), T("农村居民人均可支配收入", 7.5, "%", "growth")]),
    # 存贷款 is two indicators fused like 城乡: deposits, then loans. Real: 遵义市2023年政府工作报告 (lawtext/gov,
    # 政府工作报告-其他地市/遵义市/2023.md), its 主要预期目标; one value keeps the fused name (绵阳市2025年政府工作报告).
    ("存贷款 splits into 存款 and 贷款", "金融机构存贷款余额分别增长8%左右、11%左右。",
     [T("金融机构存款余额", 8, "%", "growth", "左右"), T("金融机构贷款余额", 11, "%", "growth", "左右")]),
    ("存贷款 with one value stays one", "金融机构本外币存贷款余额达1.28万亿元。",
     [T("金融机构本外币存贷款余额", 1.28, "万亿元", "level")]),
    # ...but 均 gives the one value to each: 曲靖市2022年、2023年政府工作报告 (lawtext/gov) 确保存贷款余额均增长10%
    ("存贷款 with 均 is each of the two", "确保存贷款余额均增长10%。",
     [T("存款余额", 10, "%", "growth", "确保"), T("贷款余额", 10, "%", "growth", "确保")]),
    # A list item that ends in an abbreviation (人均GDP) is a whole name, as GDP alone is: 洛阳市2023年政府工作报告
    # (lawtext/gov), its 主要预期目标.
    ("a name ending in an abbreviation takes no metric", "地区生产总值、人均GDP、全员劳动生产率增长7%。",
     [T("地区生产总值", 7, "%", "growth"), T("人均GDP", 7, "%", "growth"), T("全员劳动生产率", 7, "%", "growth")]),
    # ...but takes the growth noun the list shares: 洛阳市2022年政府工作报告 (lawtext/gov), the year before the row above
    ("a growth noun the list shares goes to an abbreviation too", "生产总值、人均GDP、全员劳动生产率增速均为7%。",
     [T("生产总值增速", 7, "%", "growth"), T("人均GDP增速", 7, "%", "growth"), T("全员劳动生产率增速", 7, "%", "growth")]),
    # 等 inside a word is no "and so on": 临沧市政府工作报告 2022 (lawtext/gov) 净增…资质等级企业50户; 中等职业学校, 均等化;
    # while 建成投用市十一中等3个项目 (a county's report in /work/texts) closes its examples with it
    ("等 inside a word is part of the name", "净增资质等级企业50户,新建中等职业学校3所,基本公共服务均等化覆盖率达90%。",
     [T("净增资质等级企业", 50, "户", "count"), T("新建中等职业学校", 3, "所", "count"),
      T("基本公共服务均等化覆盖率", 90, "%", "share")]),
    ("等 after a name closes its examples", "建成投用市十一中等3个项目。", [T("项目", 3, "个", "count")]),
    # 洛阳市政府工作报告 2022 (lawtext/gov) 老旧小区…全年开工8.2万户、建成5.6万户: a second stage of the work is its own count
    ("a second stage of a work is named by its stage", "新开工保障性住房3000套、建成2000套;全年开工8.2万户、建成5.6万户。",
     [T("新开工保障性住房", 3000, "套", "count"), T("建成保障性住房", 2000, "套", "count"),
      T("开工", 8.2, "万户", "count"), T("建成", 5.6, "万户", "count")]),
    # 七台河市政府工作报告 2022 and 2023 (lawtext/gov): the words after 和 lead the next count, as after 、
    ("a count's noun ends before 和 and the next count's lead words", "加快推进地方35处煤矿提能改造和宝泰隆3处新建矿井建设。",
     [T("煤矿提能改造", 35, "处", "count"), T("新建矿井建设", 3, "处", "count")]),
    # 三明市政府工作报告 2023 (lawtext/gov): the stage written after the thing
    ("a second stage after the thing is named by its stage", "棚改新开工459套、建成1700套,探索长租房市场建设。",
     [T("棚改新开工", 459, "套", "count"), T("棚改建成", 1700, "套", "count")]),
    # 乌兰察布市政府工作报告 2022 (lawtext/gov) 新建2100个5G基站; a county's 创建3A级景区: a code's digits do not end the noun
    ("a code after a count is part of the noun", "新建2100个5G基站,建成3个4A级景区。",
     [T("5G基站", 2100, "个", "count"), T("4A级景区", 3, "个", "count")]),
    # 乌兰察布市政府工作报告 2023 (lawtext/gov): 商都 is a place before 等, not "all" (都) sharing the count over the list
    ("都 before 等 ends a place's name", "实施G335科布尔至乌兰花、集宁至商都等13个重点公路项目。",
     [T("重点公路项目", 13, "个", "count")]),
    # 临沧市政府工作报告 2023 and 2022 (lawtext/gov): a count before a rate and its value counts what the rate is of
    ("a count before a rate is what the rate is of", "保持11个国控断面水质优良率达100%,常住户100户以上自然村公厕普及率达70%以上。",
     # the floor of households classes the villages, and a class stays in its indicator (1亿元以上项目)
     [T("国控断面水质优良率", 100, "%", "threshold"), T("常住户100户以上自然村公厕普及率", 70, "%", "share", "以上")]),
    # 德阳市政府工作报告 2021 (lawtext/gov), and the common shape of a project store's size: an amount before 项目储备 is
    # the store's, no class of projects
    ("an amount before 项目储备 sizes the store", "动态完善2664个、1.7万亿元重大项目储备,争取更多项目纳入国省“盘子”。",
     [T("重大项目储备", 2664, "个", "count"), T("重大项目储备", 1.7, "万亿元", "level")]),
    ("an amount before 项目储备库", "建立100亿元项目储备库。", [T("项目储备库", 100, "亿元", "level")]),
    # 德阳市政府工作报告 2021 and 2022 (lawtext/gov): the villages whose sewage is treated are what a share after it is
    # of, and shares listed before their subjects pair with them in turn
    ("a share's subject after it, before 得到", "确保70%以上行政村生活污水得到有效治理。",
     [T("行政村生活污水", 70, "%", "share", "以上")]),
    ("shares listed before their subjects pair in turn",
     "农村卫生厕所普及率达90%,推动97%、75%以上行政村生活垃圾、生活污水得到有效治理。",
     [T("农村卫生厕所普及率", 90, "%", "share"), T("行政村生活垃圾", 97, "%", "share"), T("生活污水", 75, "%", "share", "以上")]),
    # sector plans (广东省重点行业节能降碳改造攻坚三年行动方案, drc.gd.gov.cn): the plant classed by size before the
    # retrofit are no targets; the coal it saves per kilowatt-hour is one
    ("sizes of plant are classes, the saving per kilowatt-hour a target",
     "加快120万吨/年以下球团设备、100吨(合金钢50吨)以下电弧炉等升级改造,改造后机组供电煤耗降低5克标准煤/千瓦时以上。",
     [T("改造后机组供电煤耗", 5, "克标准煤/千瓦时", "growth", "以上")]),
    # 乐山市政府工作报告 2022 and 2023 (lawtext/gov) 力争形成21万吨硅料…产能: a capacity formed is named by what it holds
    ("a weight after a bare verb names the thing after it", "力争形成21万吨硅料、67吉瓦拉棒切方产能。新增10万吨冷链仓储能力。",
     [T("硅料", 21, "万吨", "level", "力争"), T("拉棒切方产能", 67, "吉瓦", "level", "力争"),  # 吉瓦: a gigawatt
      T("新增冷链仓储能力", 10, "万吨", "level")]),
    # 丹东市政府工作报告 2023 (lawtext/gov): two rates of one subject joined by 和 share the subject, not two characters of it
    ("a second rate of one subject takes the whole subject", "离校未就业高校毕业生回访率和服务率均达到100%。",
     [T("离校未就业高校毕业生回访率", 100, "%", "share"), T("离校未就业高校毕业生服务率", 100, "%", "share")]),
    ("a value shared by a list", "化学需氧量、氨氮排放量下降3%。",
     [T("化学需氧量排放量", 3, "%", "growth"), T("氨氮排放量", 3, "%", "growth")]),
    ("two values for two subjects", "粮食播种面积和产量稳定在1500万亩、120亿斤以上。",
     [T("粮食播种面积", 1500, "万亩", "level", "以上"), T("粮食产量", 120, "亿斤", "level", "以上")]),
    ("a second value shares the verb", "地区生产总值增长6%以上,力争7%。",
     [T("地区生产总值", 6, "%", "growth", "以上"), T("地区生产总值", 7, "%", "growth", "力争")]),
    # A 力争 after "、" gives a stretch value to the value before it and ends with its clause; the next
    # clause's value is plain. Real: 临沂市2025年政府工作报告 (lawtext/gov, 政府工作报告-其他地市/临沂市/2025.md),
    # its 主要预期目标; a 力争 opening a clause still reaches on ("a word on the number outranks the hedge").
    ("a stretch value's 力争 ends with its clause", "地区生产总值增长5.5%、力争6%,规上工业增加值增长8%、力争10%以上。",
     [T("地区生产总值", 5.5, "%", "growth"), T("地区生产总值", 6, "%", "growth", "力争"),
      T("规上工业增加值", 8, "%", "growth"), T("规上工业增加值", 10, "%", "growth", "以上")]),
    # 实际工作中努力争取更好结果 after a value strives beyond it and ends with its clause (the words of the national report
    # since 2023): the values after it are plain. Real: 太原市2024年政府工作报告 (lawtext/gov, 政府工作报告-主要城市); the
    # 北京十五五规划纲要 writes it so too (地区生产总值年均增速4.5%-5%、努力争取更好结果,…).
    ("striving for better results closes its clause", "地区生产总值增长5%左右、实际工作中努力争取更好结果,一般公共预算收入增长3%,城镇新增就业人数8万人。",
     [T("地区生产总值", 5, "%", "growth", "左右"), T("一般公共预算收入", 3, "%", "growth"), T("城镇新增就业人数", 8, "万人", "count")]),
    # A 力争 after its clause's own measure hedges that clause alone: 浦东新区 2026 goals (每日经济 2026-01-22); one
    # opening the list still reaches on, and so does one after scope words only (全县力争…).
    ("a 力争 after its measure ends with its clause", "地区生产总值增长5%以上,规模以上工业总产值力争增长5%,一般公共预算收入增长2%。",
     [T("地区生产总值", 5, "%", "growth", "以上"), T("规模以上工业总产值", 5, "%", "growth", "力争"),
      T("一般公共预算收入", 2, "%", "growth")]),
    ("a 力争 after scope words reaches on", "全县力争地区生产总值增长6%,一般公共预算收入增长5%。",
     [T("地区生产总值", 6, "%", "growth", "力争"), T("一般公共预算收入", 5, "%", "growth", "力争")]),
    ("a stretch value after 左右", "固定资产投资增长6%、力争8%,社会消费品零售总额增长6%左右、力争8%,居民人均可支配收入增长5.5%、力争6%以上。",
     [T("固定资产投资", 6, "%", "growth"), T("固定资产投资", 8, "%", "growth", "力争"),
      T("社会消费品零售总额", 6, "%", "growth", "左右"), T("社会消费品零售总额", 8, "%", "growth", "力争"),
      T("居民人均可支配收入", 5.5, "%", "growth"), T("居民人均可支配收入", 6, "%", "growth", "以上")]),
    # A hedge whose clause is only a value (…可比增3%,预计完成45.0亿元) gives the value of the measure before it and
    # ends with its clause: 梅陇镇人民政府2025年工作要点 (shmh.gov.cn); its twin with 力争 (a 镇's goals, common shape).
    # A hedge before a count of its own noun (力争3处煤矿竣工投产, 七台河市2023) still reaches on.
    ("a hedge that gives the value before it ends with its clause", "财政总收入可比增3%,预计完成45.0亿元,税收收入可比增3%,预计完成43.5亿元。",
     [T("财政总收入", 3, "%", "growth"), T("财政总收入", 45, "亿元", "level", "预计"),
      T("税收收入", 3, "%", "growth"), T("税收收入", 43.5, "亿元", "level", "预计")]),
    # a 确保 or 力争 whose clause, with no number, names a thing and what becomes of it aims at that alone (东营 2022,
    # 南充 2021, 温州 2025 政府工作报告); one with a number of its own reaches on (rows below)
    ("a hedge of a clause settled of its own reaches no later value",
     "确保零就业家庭动态清零,新增城镇就业3.3万人。确保吉利二期等项目竣工投产,推动汽车汽配产业增加值增长7%。"
     "力争建成瓯江引水主体工程,城乡同质化供水覆盖率达96.5%。",
     [T("新增城镇就业", 3.3, "万人", "count"), T("汽车汽配产业增加值", 7, "%", "growth"),
      T("城乡同质化供水覆盖率", 96.5, "%", "share")]),
    # so does a 争取 of a thing and where it goes (襄阳市政府工作报告 2021, 无锡 2024, 石嘴山 2022, lawtext/gov)
    ("a 争取 of a clause settled of its own reaches no later value",
     "争取更多项目进入国家和省“十四五”规划和投资计划,加快实施829个亿元以上重点项目,力争160个亿元以上项目竣工。"
     "争取更多创新平台、重大项目落户太湖湾科创带,建成投用功能完备的科创载体160万平方米。"
     "争取惠农陆路口岸纳入中国(宁夏)自由贸易试验区,贸易进出口总额增长6.5%。",
     [T("亿元以上重点项目", 829, "个", "count"), T("亿元以上项目竣工", 160, "个", "count", "力争"),
      T("投用功能完备的科创载体", 160, "万平方米", "level"), T("贸易进出口总额", 6.5, "%", "growth")]),
    ("a 力争 value ends with its clause", "规上工业总产值增长8%,力争达到60亿元,固定资产投资增长6%。",
     [T("规上工业总产值", 8, "%", "growth"), T("规上工业总产值", 60, "亿元", "level", "力争"),
      T("固定资产投资", 6, "%", "growth")]),
    ("a hedge before a count of its own noun reaches on", "加快推进煤矿提能改造,力争3处煤矿竣工投产,4处煤矿进入联合试运转。",
     [T("煤矿竣工投产", 3, "处", "count", "力争"), T("煤矿进入联合试运转", 4, "处", "count", "力争")]),
    # 争取 of funds or policies obtains them and ends with its clause: the counts after it are no stretch goals
    # (东营市政府工作报告 2021; 南宁市政府工作报告 2024 争取专项债、中央资金、金融机构支持,推进…8个城中村改造项目)
    ("a 争取 of policies obtains them", "积极争取新型研发机构奖励、科技示范工程等惠企政策,鼓励企业建立研发准备金制度,新增省级以上研发平台17家。",
     [T("新增省级以上研发平台", 17, "家", "count")]),
    # an amount a verb of allocating puts in a fund is named by the fund (东营市政府工作报告 2020 and 2021; 东莞市政府工作
    # 报告 2025 设立50亿元人工智能产业子基金), not by who gives it nor the verb
    # the verb opening a list of people brought in counts each of them, in 万人 too (东营市政府工作报告 2021; 包头市政府工作
    # 报告 2025 新增专技人才1.3万人、高技能人才3000人; 郑州 2026 新增城镇就业12.9万人、农村劳动力转移就业2.5万人)
    ("people listed after a verb of bringing in are counts", "新引进高层次人才260人、高校毕业生1.7万人以上。",
     [T("新引进高层次人才", 260, "人", "count"), T("高校毕业生", 1.7, "万人", "count", "以上")]),
    ("people listed after 新增 are counts", "新增专技人才1.3万人、高技能人才3000人。",
     [T("新增专技人才", 1.3, "万人", "count"), T("高技能人才", 3000, "人", "count")]),
    ("a fund after its amount names it", "市财政安排3亿元专项资金,支持制造业企业实施技术改造。",
     [T("专项资金", 3, "亿元", "level")]),
    ("a fund after its amount names it, a verb before", "发挥好3亿元技改资金引导作用。", [T("技改资金", 3, "亿元", "level")]),
    # 新设 sets a fund up as 设立 does (十堰市2021年政府工作报告's review: 新设11亿元产业发展引导基金, lawtext/gov)
    ("a fund newly set up names its amount", "新设11亿元产业发展引导基金。", [T("产业发展引导基金", 11, "亿元", "level")]),
    # 建立 a fund of a size, as 设立 (嘉兴 2020 政府工作报告, lawtext/gov; 建立5亿元续贷应急资金池 in 荆州 2023's review)
    # the amount inside 在已…的基础上 is the base done; the plan is what comes after it (嘉兴 2020 政府工作报告, lawtext/gov)
    ("an amount in the base a plan builds on is no target", "今年在已经为企业减负120亿元的基础上,再新增减负200亿元以上。",
     [T("为企业减负", 120, "亿元", "level", role="actual"), T("新增减负", 200, "亿元", "level", "以上")]),
    ("a fund set up names its amount", "统筹100亿元财政资金,建立1000亿元产业引导基金。",
     [T("财政资金", 100, "亿元", "level"), T("产业引导基金", 1000, "亿元", "level")]),
    ("a 争取 of support obtains it", "争取专项债、中央资金、金融机构支持,推进8个城中村改造项目建设。",
     [T("城中村改造项目建设", 8, "个", "count")]),
    # A hedge whose clause names a title striven for (争创…) or a work to finish (力争…完工), with no number, closes its own
    # aim: the values after it are plain. 长治市 2021 and 2023 (lawtext/gov), 烟台市 2024, 宁波市 2025.
    ("a title striven for closes its clause", "争创国家级外贸转型升级示范基地,扩大优势产品出口,新增10家进出口实绩企业,进出口总额完成12.2亿元。",
     [T("进出口实绩企业", 10, "家", "count"), T("进出口总额", 12.2, "亿元", "level")]),
    ("a title striven for before a share", "争创国家服务贸易国际合作地方示范区、特色服务出口基地,服务贸易占比提升至8%。",
     [T("服务贸易占比", 8, "%", "share")]),
    ("a work to finish closes its clause", "围绕完善城市路网,力争东外环快速通道主线完工,实施23条市政道路配套工程、27条城市道路维修提档。",
     [T("市政道路配套工程", 23, "条", "count"), T("城市道路维修提档", 27, "条", "count")]),
    ("a hedge with its own value still reaches on", "力争全年生猪出栏80万头以上,畜禽饲养总量达到7000万头以上。",
     [T("生猪出栏", 80, "万头", "level", "以上"), T("畜禽饲养总量", 7000, "万头", "level", "以上")]),
    # A bare count of projects in a sentence whose topic is a sector (X产业以…, X产业集群围绕…, X业积极…) is the sector's,
    # and so is the spending after it: 长治市 2021 and 2023 (lawtext/gov). A sentence with no sector keeps 项目.
    ("a sector's projects", "氢能产业集群围绕打造完整产业链,重点推进申能集团制氢工厂、氢能汽车等10个项目,完成投资14亿元。",
     [T("氢能产业集群项目", 10, "个", "count"), T("氢能产业集群项目投资", 14, "亿元", "level")]),
    ("a sector's projects built", "光伏产业以提升全产业链整体实力为重点,加快推进立新多晶硅、日盛达光伏电池封装材料等13个项目建设。",
     [T("光伏产业项目建设", 13, "个", "count")]),
    ("projects with no sector", "树牢大抓项目鲜明导向,加强项目谋划储备,重点实施2115个项目。", [T("项目", 2115, "个", "count")]),
    ("an indicator named in an earlier clause", "实现农业增加值7.1亿元,年均增长5%。",
     [T("农业增加值", 7.1, "亿元", "level"), T("农业增加值", 5, "%", "growth")]),
    ("counts listed with 、", "培育国家高新技术企业3家、省科技型中小企业5家。",
     [T("国家高新技术企业", 3, "家", "count"), T("省科技型中小企业", 5, "家", "count")]),
    ("count before its noun", "为全镇32家工贸企业、85家农家乐和16个养老服务机构安装烟雾报警器。",
     [T("工贸企业", 32, "家", "count"), T("农家乐", 85, "家", "count"), T("养老服务机构安装烟雾报警器", 16, "个", "count")]),
    # --- size classes and investments ------------------------------------------------
    ("size classes are not values", "力争全年引进1亿元以上项目2只、5000万元以上项目2只,10亿元以上项目有新突破。",
     [T("1亿元以上项目", 2, "只", "count", "力争"), T("5000万元以上项目", 2, "只", "count", "力争")]),
    ("an age class is not a value", "60岁以上老年人健康管理率达到75%。", [T("60岁以上老年人健康管理率", 75, "%", "share")]),
    ("a project's total investment is not a commitment",
     "推进总投资13亿元的南深环保、天行健水务等5个重大产业项目落地开工。",
     [T("重大产业项目落地开工", 5, "个", "count")]),
    ("a sum spent on something", "投资600万元打造镇级居家养老服务中心。",
     [T("镇级居家养老服务中心投资", 600, "万元", "level")]),
    ("a bare 万 after a sum", "投资1600万抓好垃圾中转站易地新建项目。",
     [T("垃圾中转站易地新建项目投资", 1600, "万", "level")]),
    # 沈阳 2025 政府工作报告 (实施55项内涝防治工程) and 2026 (推进26项内涝防治工程): 内涝 is a word, not "within 55"
    ("内涝 after a count is the works' name, no bound", "实施55项内涝防治工程,着力建设海绵城市。",
     [T("内涝防治工程", 55, "项", "count")]),
    # 遵义市 2023 政府工作报告 (lawtext/gov): 内河 (inland waters) is a word too; and 内设机构 (a 街道's 机构设置: 设置4个内设机构)
    ("内河 after a count is the works' name, no bound", "加快推进2个综合货运枢纽、3个内河库区航运建设。",
     [T("综合货运枢纽", 2, "个", "count"), T("内河库区航运建设", 3, "个", "count")]),
    ("内设 after a count is the bodies' name, no bound", "撤并4个内设机构。", [T("内设机构", 4, "个", "count")]),
    # 成都 2025 政府工作报告 (实施重点项目900个以上、完成投资3300亿元以上,推动更多好项目…); 烟台 2024 (实施40个重点交通项目,
    # 完成投资309亿元,加快构建…枢纽): the clause after says what the projects are for, not what the sum buys
    ("a sum done by the projects just counted, before a clause of their aim",
     "实施重点项目900个以上、完成投资3300亿元以上,推动更多好项目大项目破土而出。",
     [T("重点项目", 900, "个", "count", "以上"), T("重点项目投资", 3300, "亿元", "level", "以上")]),
    ("a sum done by the projects counted before it, a clause of the aim after",
     "实施40个重点交通项目,完成投资309亿元,加快构建国际性综合立体交通枢纽。",
     [T("重点交通项目", 40, "个", "count"), T("重点交通项目投资", 309, "亿元", "level")]),
    # the same for works counted (长治 2022: 重点实施71项城建工程,完成投资120亿元,加快…步伐) and projects counted with their
    # building (长治 2021 …等27个文化旅游项目建设,完成投资36亿元,启动…; 郑州 2025 抓好494个社会投资项目建设,全年完成投资900亿元)
    ("a sum done by the works counted before it", "重点实施71项城建工程,完成投资120亿元,加快现代化太行山水名城建设步伐。",
     [T("城建工程", 71, "项", "count"), T("城建工程投资", 120, "亿元", "level")]),
    ("a sum done by the projects being built", "重点抓好壶关太行文旅综合度假区等27个文化旅游项目建设,完成投资36亿元,启动黎城黄崖洞5A级景区创建工作。",
     [T("文化旅游项目建设", 27, "个", "count"), T("文化旅游项目投资", 36, "亿元", "level")]),
    # 黄门镇2021年工作总结 (投资1.5亿元建设…采石场1个); the common shape of a township's plan: the count after the things
    # a sum is spent on is no part of their name
    ("a sum spent on things counted after them", "投资1.5亿元建设特大型采石场1个。",
     [T("特大型采石场投资", 1.5, "亿元", "level"), T("特大型采石场", 1, "个", "count")]),
    ("a sum spent on places counted after them", "投资500万元新建村级活动阵地3处。",
     [T("村级活动阵地投资", 500, "万元", "level"), T("新建村级活动阵地", 3, "处", "count")]),
    # or before them (教育局2024年工作总结及2025年工作计划: 投入680万元完成17所学校操场塑化改造)
    ("a sum spent on things counted before them", "投入680万元完成17所学校操场塑化改造。",
     [T("学校操场塑化改造投资", 680, "万元", "level"), T("学校操场塑化改造", 17, "所", "count")]),
    # --- units ----------------------------------------------------------------------
    ("units of energy and power", "能源消费总量控制在120万吨标准煤以内,新增光伏装机10万千瓦。",
     [T("能源消费总量", 120, "万吨标准煤", "threshold", "以内"), T("新增光伏装机", 10, "万千瓦", "level")]),
    # 乐山 2022 and 2023 政府工作报告 (光伏 chains): capacities in 吉瓦, each after 形成 or 和 named by the product after it
    ("capacities in gigawatts after a bare verb", "力争形成43吉瓦切片、10吉瓦电池片产能。",
     [T("切片", 43, "吉瓦", "level", "力争"), T("电池片产能", 10, "吉瓦", "level", "力争")]),
    ("amounts joined by 和 each name their own product", "力争形成33万吨硅料、45吉瓦切片和10吉瓦电池片产能。",
     [T("硅料", 33, "万吨", "level", "力争"), T("切片", 45, "吉瓦", "level", "力争"),
      T("电池片产能", 10, "吉瓦", "level", "力争")]),
    ("units of area and length", "新增高标准农田5000亩,完成造林1.2万亩,新建改造农村公路50公里。",
     [T("新增高标准农田", 5000, "亩", "level"), T("造林", 1.2, "万亩", "level"), T("新建改造农村公路", 50, "公里", "level")]),
    ("units of people", "接待游客突破500万人次,吸纳就业2万人。",
     [T("接待游客", 500, "万人次", "level", "以上"), T("吸纳就业", 2, "万人", "level")]),
    ("national budget lines", "中央预算内投资拟安排7000亿元,拟安排地方政府专项债券3.9万亿元。",
     [T("中央预算内投资", 7000, "亿元", "level"), T("地方政府专项债券", 3.9, "万亿元", "level")]),
    ("a verb's object named earlier", "拟连续几年发行超长期特别国债,今年先发行1万亿元。",
     [T("超长期特别国债", 1, "万亿元", "level")]),
    ("fractions", "清洁能源消费占比提高到三分之一,力争百分之五十的村完成改造。",
     [T("清洁能源消费占比", 0.3333, "fraction", "share"), T("村完成改造", 50, "%", "share", "力争")]),
    ("time limits", "企业开办时间压缩至1个工作日以内,实现24小时自助服务,用3个月时间开展整治。",
     [T("企业开办时间", 1, "个工作日", "threshold", "以内")]),
    ("days counted, a floor (丹东 2016, 成都 2025, 乐山 2022)",
     "确保市区环境空气质量优良天数大于300天。主城区优良天数不低于315天。",
     [T("市区环境空气质量优良天数", 300, "天", "count", "以上"), T("主城区优良天数", 315, "天", "count", "不低于")]),
    # --- never targets ---------------------------------------------------------------
    ("names and slogans",
     "启动“十个一”行动,大力开展3060低碳单元建设,学深用透“1+9”政策体系,抓好104国道改造,创建3A景区,"
     "落实“五个一批”,推进一村一品、一户一表,坚持两个毫不动摇,落实中央八项规定精神。", []),
    ("dates, anniversaries and congresses",
     "2024年是中华人民共和国成立75周年,全面贯彻党的二十大精神,于2024-03-26召开镇第十五届人民代表大会第三次会议。", []),
    ("index and document numbers", "索引号:00258263-0/2024-72396,文号:柯政发〔2024〕12号。", []),
    ("numbers inside quotes are names", "实施城市精细管理“510”行动,构建“15分钟品质文化生活圈”,打造“1+23+54”治理架构。", []),
    ("articles and set phrases", "形成一个声音,打造一支队伍,一步一个脚印,一件事情接着一件事情抓,实现三次产业融合。", []),
    ("phases and places", "推进滨江二期项目,加快六村抱团项目建设,打造G60科创走廊,建设320国道。", []),
    ("forecasts of facts", "今年高校毕业生预计1179万人,要强化促进青年就业政策举措。", []),
    ("facts about the place", "全镇下辖23个行政村,总面积120平方公里,户籍人口5.6万人,距市区30公里。", []),
    ("current values are not targets", "制造业等行业现行16%的税率降至13%。", [T("行业现行16%的税率", 13, "%", "share")]),
    ("eligibility descriptors", "将30颗树龄50年以上老榧树进行拍卖认养,为60周岁以上老人发放补贴。",
     [T("老榧树拍卖认养", 30, "颗", "count")]),
    ("a described plot is not a commitment", "重点关注249亩退出地块招商工作。", []),
    ("commitments with no number", "实现村级微型消防站全覆盖,农村居民收入与经济增长基本同步。", []),
    ("places and people in scope", "推动全市11个县(市、区)全部通过验收,服务全县60万群众。", []),
    ("a class phrase with 的", "其中经营性收入10万元以上的村达到80%,全面消除集体经济年收入30万元以下的薄弱村。",
     [T("经营性收入10万元以上的村", 80, "%", "share")]),
    ("labour moved into jobs is a target", "新增城镇就业8万人、农村劳动力转移就业3万人。",
     [T("新增城镇就业", 8, "万人", "count"), T("农村劳动力转移就业", 3, "万人", "count")]),  # people added, as 新增 counts
    ("done already, then this year's plan", "已建成省级示范村3个,今年再创建2个。",
     [T("省级示范村", 3, "个", "count", role="actual"), T("省级示范村", 2, "个", "count")]),
    ("a plan after work already done", "目前已完成前期工作,计划年底前开工建设,完成年度投资5000万元。",
     [T("年度投资", 5000, "万元", "level")]),
    ("the start of a change is no target", "农民人均可支配收入从2023年的2.8万元提高到3万元,村集体经济收入由15万元增加到20万元。",
     [T("农民人均可支配收入", 3, "万元", "level"), T("村集体经济收入", 20, "万元", "level")]),
    # 西安市2025年政府工作报告 (lawtext/gov): two starts joined by 和, one end
    ("two starts of one change are no targets", "孤儿、事实无人抚养儿童基本生活最低养育标准由每人每月1800元和1500元统一提高到2200元。",
     [T("孤儿、事实无人抚养儿童基本生活最低养育标准", 2200, "元", "level")]),
    # scholarmate.com S/wDzLgd; 中国妇女报 2020-10-29 (“十三五” 卫生健康): starts with their years in brackets, a rate per 10万
    ("starts dated in brackets are no targets", "孕产妇死亡率由960/10万(1990年)、820/10万(2000年)下降到500/10万(2013年)。",
     [T("孕产妇死亡率", 500, "/10万", "share", role="actual")]),
    ("three starts of three changes are no targets",
     "孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别从20.1/10万、8.1‰、10.7‰降至17.8/10万、5.6‰、7.8‰。",
     [T("孕产妇死亡率", 17.8, "/10万", "threshold"), T("婴儿死亡率", 5.6, "‰", "threshold"),
      T("5岁以下儿童死亡率", 7.8, "‰", "threshold")]),
    ("an amount is no size class", "全年完成500亿元以上的投资。", [T("投资", 500, "亿元", "level", "以上")]),
    ("figures of the year so far are results", "今年1-5月,全镇实现工业产值2.3亿元。下一步,力争全年工业产值达到6亿元。",
     [T("工业产值", 2.3, "亿元", "level", role="actual"), T("工业产值", 6, "亿元", "level", "力争")]),
    ("a level modifier takes the noun before it", "打造省级以上美丽乡村精品村2个、市级以上3个。",
     [T("省级以上美丽乡村精品村", 2, "个", "count"), T("市级以上美丽乡村精品村", 3, "个", "count")]),
    # and so after the verb before it (荆州 2023 新增国家级“专精特新”企业10家、省级40家; 宜宾 2021, 惠州 2022 the same shape)
    ("a level modifier takes the noun after the verb before it", "新增国家级“专精特新”企业10家、省级40家。",
     [T("新增国家级“专精特新”企业", 10, "家", "count"), T("新增省级“专精特新”企业", 40, "家", "count")]),
    ("a level modifier takes the noun after the verb before it", "新增国家级龙头企业2家、省级28家。",
     [T("新增国家级龙头企业", 2, "家", "count"), T("新增省级龙头企业", 28, "家", "count")]),
    # and so does a class of amount (无锡 2024 and 2025 政府工作报告: 其中超50亿元15个、超100亿元8个)
    ("an amount class takes the noun before it", "新备案超10亿元重大产业项目80个以上,其中超50亿元15个、超100亿元5个。",
     [T("新备案超10亿元重大产业项目", 80, "个", "count", "以上"), T("超50亿元重大产业项目", 15, "个", "count"),
      T("超100亿元重大产业项目", 5, "个", "count")]),
    ("more names", "修建106省道,开通12345热线,实施“四个一百”工程,纪念“千万工程”20周年,推进“三个一批”,"
     "打造10大产业链,创建5A级景区,建设二级公路,坚守18亿亩耕地红线,推进一网通办、一次办好。", []),
    ("what exists is no target", "全镇现有规上企业45家,力争新增5家。目前全镇已有家庭农场30家,今年再培育10家。",
     [T("新增规上企业", 5, "家", "count", "力争"), T("家庭农场", 30, "家", "count", role="actual"),
      T("家庭农场", 10, "家", "count")]),
    ("framing is no target", "围绕3个重点领域,分两个阶段推进,通过5个专班落实,在3个村开展试点。",
     [T("村开展试点", 3, "个", "count")]),
    ("nested single quotes are names", "落实‘两个毫不动摇’,完成‘四好农村路’建设100公里。",
     [T("‘四好农村路’建设", 100, "公里", "level")]),
    # 长春 2025: 稳增长 (stabilise growth) names a policy aim; its 26条 name the paper of measures (稳增长26条), not a growth
    # of 26 nor a count (常德 2023, 无锡 2024: …20条、企业上市7条…等政策)
    ("a policy aim is no verb of change", "出台稳增长26条等一揽子措施。", []),
    # 巴州区 2024: one at a time, not three counts of 1
    ("a cadence is no count", "问题发现一个、解决一个、销号一个。", []),
    # a 2025 district report: 压降 (press down) is a cut like 压减
    # a 2025 district report: 冲刺 (sprint to) before an amount is a stretch goal of the subject before it
    ("a stretch goal", "地区生产总值增长6%以上,冲刺1500亿元。",
     [T("地区生产总值", 6, "%", "growth", "以上"), T("地区生产总值", 1500, "亿元", "level", "力争")]),
    # 黄龙县 2026, 安庆 2025: a margin over a wider area's growth is the subject's, not an indicator "超过全市增速";
    # named as the margin of its growth (山东省2026年政府工作报告 digest: 规上工业增加值增长7.6%,高于全国1.7个百分点;
    # 乐山市 2023, citypairs: 高于全省6.3个百分点), not as a rise of the subject by 1 point
    ("a margin over the province", "规上工业增加值增长8%,高于全省平均水平1个百分点。",
     [T("规上工业增加值", 8, "%", "growth"), T("规上工业增加值增速高于全省", 1, "个百分点", "growth")]),
    # 渝水区 2024: the consumer price index at a percentage is a rise of prices (as the gold's 涨幅 rows), not a share
    ("a price index is a growth", "居民消费价格指数为3%左右。", [T("居民消费价格指数", 3, "%", "growth", "左右")]),
    ("a cut by 压降", "加快盘活国有闲置厂房、科创载体,空置率压降10%以上。", [T("空置率", 10, "%", "growth", "以上")]),
    # 递增 (grows year on year) is a growth: 临湘市“十四五”末目标 (linxiang.gov.cn, 2021-08-04), 中国轴承工业协会's
    # “十三五” aim (2016-02-01)
    ("a growth by 递增", "到“十四五”末,全市生产总值突破500亿元,年均递增10.4%;财政总收入达到25亿元,年均递增14.4%。",
     [T("生产总值", 500, "亿元", "level", "以上"), T("生产总值", 10.4, "%", "growth"),
      T("财政总收入", 25, "亿元", "level"), T("财政总收入", 14.4, "%", "growth")]),
    ("a growth by 递增 in a plan", "“十三五”,中国汽车轴承工业增加值将年均递增7%。", [T("中国汽车轴承工业增加值", 7, "%", "growth")]),
    ("递增 in another clause leaves a count a count", "城镇新增就业人数逐年递增,今年新增就业1200人。",
     [T("新增就业", 1200, "人", "count")]),
    # 稳定/保持 (keep steady) before a crop's or a herd's area, output or size is the plan's verb, no part of the name
    # (兰州 2024, 贵阳 2023 稳定粮食播种面积…; 南宁 2024 保持粮食播种面积在…; 三明 2023 保持生猪存栏122万头以上);
    # 稳定性 (stability) is a word of its own
    ("稳定 before a crop's area", "稳定粮食播种面积115万亩、产量30万吨以上。",
     [T("粮食播种面积", 115, "万亩", "level"), T("粮食产量", 30, "万吨", "level", "以上")]),
    ("保持 before a crop's area", "保持粮食播种面积在639.3万亩以上、产量不低于212.8万吨。",
     [T("粮食播种面积", 639.3, "万亩", "level", "以上"), T("粮食产量", 212.8, "万吨", "level", "不低于")]),
    ("保持 before a herd", "保持生猪存栏122万头以上。", [T("生猪存栏", 122, "万头", "level", "以上")]),
    # and before a crop's planting (镇“十四五”工作谋划报告, gwyoo.com 735427; the common shape 稳定…种植…亩)
    ("保持 before a crop's planting", "保持优质水稻种植5000亩,圆黄梨种植8000亩。",
     [T("优质水稻种植", 5000, "亩", "level"), T("圆黄梨种植", 8000, "亩", "level")]),
    # a bracket the clause's end cut open glosses the noun counted, no part of its name (鹿城区山福镇 2018年十大民生实事,
    # wzrd.gov.cn: 建成1个城市书房(百姓书屋,建筑面积…); a bracket closed in the noun stays (党群服务中心(站、点))
    ("a bracket cut open is no part of the name", "建成1个城市书房(百姓书屋,建筑面积150—300平方米)。",
     [T("城市书房", 1, "个", "count"), T("建筑面积", (150, 300), "平方米", "level")]),
    ("a bracket closed stays in the name", "新建2个党群服务中心(站、点)。", [T("党群服务中心(站、点)", 2, "个", "count")]),
    # 为辖区… is whom a service is for, no fact of the place (鹿城区山福镇 2018年十大民生实事, wzrd.gov.cn; the common shape
    # of a 街道's 民生实事 为辖区…老年人提供免费体检); 辖区有… stays a fact
    ("为辖区 is whom it is for", "为辖区431户684人低保对象投保2018年度《城乡小额人身意外保险》。",
     [T("低保对象投保", 431, "户", "count"), T("低保对象投保", 684, "人", "level")]),
    ("为辖区 before the people served", "为辖区3000名老年人提供免费体检。", [T("老年人免费体检", 3000, "名", "count")]),
    ("辖区有 is a fact of the place", "辖区有低保户431户。", []),
    ("稳定 before a crop's planting", "稳定中药材种植1.2万亩。", [T("中药材种植", 1.2, "万亩", "level")]),
    ("稳定性 is a word", "水库大坝稳定性评估完成率100%。", [T("水库大坝稳定性评估完成率", 100, "%", "share")]),
    # 抓好 (see to it) before an area is a bare verb: the area's noun after it names it (乌鲁木齐 2024 政府工作报告;
    # the common shape 抓好1万亩高标准农田建设)
    ("抓好 before an area", "高质量抓好3万亩高标准农田建设。", [T("高标准农田建设", 3, "万亩", "level")]),
    ("抓好 before an area, plain", "抓好1万亩高标准农田建设。", [T("高标准农田建设", 1, "万亩", "level")]),
    # 规划 before a bare verb plans the same work: the length's noun after it names it (德阳市政府工作报告 2022, lawtext/gov;
    # the common shape 规划建设10公里绿道)
    ("规划建设 before a length", "规划建设300公里现代农业产业外环线。", [T("现代农业产业外环线", 300, "公里", "level")]),
    ("规划建设 before a length, a road", "规划建设10公里城市绿道。", [T("城市绿道", 10, "公里", "level")]),
    # a 、 inside brackets lists one name's parts, no items (南宁 2025 政府工作报告; 温州 2025 新时代文明实践中心(所、站)50个)
    ("a list inside brackets is one name", "全市12个县(市、区)土地承包(延包)合同签订率达90%以上。",
     [T("县(市、区)", 12, "个", "count"), T("县(市、区)土地承包(延包)合同签订率", 90, "%", "share", "以上")]),
    ("a list inside brackets after a count", "打造高水平新时代文明实践中心(所、站)50个。",
     [T("高水平新时代文明实践中心(所、站)", 50, "个", "count")]),
    # a thing that closes on a move of its own (只减不增) is told, no name for the value after it (东莞 2026 政府工作报告;
    # the common shape of a budget report's 一般性支出只减不增、…压减, and of 粮食播种面积只增不减、产量…)
    ("只减不增 closes its own item", "推动“三公”经费只减不增、部门专项资金再压减10%。",
     [T("部门专项资金", 10, "%", "growth")]),
    # an item with its own subject and a frame verb (聚焦, 围绕) is a clause, no part of the next one's name (哈尔滨 2025 政府工作报告:
    # 推动出资企业聚焦主责主业、管理层级控制在3级以内; 成都 2025 counts the tiers the same way)
    ("聚焦 inside an item makes it a clause", "推动出资企业聚焦主责主业、管理层级控制在3级以内。",
     [T("管理层级", 3, "级", "threshold", "以内")]),
    # 现在/目前 opening a clause on the whole place tells its stock now, up to the next semicolon (交楼申乡 春耕 news 2022:
    # …,现在全乡高标准农田达到7200余亩,…;二是引导群众种植…2760亩; 小沙江镇 2024: …,目前全镇片长60人); a project's
    # progress after 目前 is no stock (东北塘街道 2025 民生实事: 该项目于2023年6月开工,目前主体完成约70%)
    ("现在 on the whole place reports its stock", "一是新建高标准农田2800余亩,现在全乡高标准农田达到7200余亩;二是引导群众种植谷子2760亩。",
     [T("新建高标准农田", 2800, "亩", "level", "以上"), T("高标准农田", 7200, "亩", "level", "以上", "actual"),
      T("引导群众种植谷子", 2760, "亩", "level")]),
    ("目前 on the whole place reports its stock", "常态化推进片组邻“三长制”工作,目前全镇片长60人、组长156人。",
     [T("片长", 60, "人", "level", None, "actual"), T("组长", 156, "人", "level", None, "actual")]),
    ("tiers under a cap", "严控多层架构无序扩张,管理层级控制在3级以内、出资层级控制在5级以内。",
     [T("管理层级", 3, "级", "threshold", "以内"), T("出资层级", 5, "级", "threshold", "以内")]),
    # an event counted in 人次 or 场次 after a verb of holding alone is named after its count (兴东 news 2025: 组织开展350人次
    # 培训活动; 东莞 2026 政府工作报告: 举办不少于1500场次全民健身赛事活动)
    ("人次 then the event", "组织开展350人次培训活动。", [T("培训活动", 350, "人次", "level")]),
    ("场次 then the event", "举办不少于1500场次全民健身赛事活动。", [T("全民健身赛事活动", 1500, "场次", "level", "不低于")]),
    # a class of amount with its noun but no measure, in a list after one with it, is of that measure (南宁 2025 政府工作报告;
    # 赣州 2024: 新增营收50亿—100亿元企业5家、超百亿元企业2家; 七台河 2023: 总投资100亿元以上项目1个,30亿元以上项目4个)
    ("a class takes the measure before it", "新增产值超200亿元工业企业1家、60亿元企业2家。",
     [T("新增产值超200亿元工业企业", 1, "家", "count"), T("新增产值超60亿元企业", 2, "家", "count")]),
    ("a class with its own 超 takes the measure", "新增营收50亿—100亿元企业5家、超百亿元企业2家。",
     [T("新增营收50亿—100亿元企业", 5, "家", "count"), T("营收超百亿元企业", 2, "家", "count")]),
    ("a verb is no measure of a class", "引进10亿元以上项目5个、5亿元以上项目8个。",
     [T("10亿元以上项目", 5, "个", "count"), T("5亿元以上项目", 8, "个", "count")]),
    # 也 (too) before the state of the things counted goes with the state (a county's 老旧小区改造 report: 剩余3个小区也在
    # 2022年5月份全部完成改造; the common shape of a list of works: 其余5个村也将于年底前完成)
    ("也 before a state", "剩余3个小区也在年内全部完成改造。", [T("小区", 3, "个", "count")]),
    ("也将 before a state", "其余5个村也将于年底前完成改造。", [T("村", 5, "个", "count")]),
    # 率先 (first to) and where it came first follow a measure and name none of it (佛山市顺德区2026年政府工作报告;
    # 石家庄市2025年政府工作报告: 桥西区经济总量率先突破千亿元)
    ("率先 and where, after a measure", "工业总产值率先在全国市辖区突破万亿元。",
     [T("工业总产值", 1, "万亿元", "level", "以上")]),
    ("率先 after a measure", "桥西区经济总量率先突破千亿元。", [T("桥西区经济总量", 1000, "亿元", "level", "以上")]),
    ("在全省率先 after a measure", "地区生产总值在全省率先突破1000亿元。", [T("地区生产总值", 1000, "亿元", "level", "以上")]),
    # 播面, the short form of 播种面积, is the grain's measure and 稳在 that of 稳定在 (南充市2021年、2023年政府工作报告,
    # lawtext/gov): the output named bare after it is the grain's
    ("播面 before a bare output", "确保粮食播面稳定在840万亩以上、总产量稳定在310万吨以上。",
     [T("粮食播面", 840, "万亩", "level", "以上"), T("粮食总产量", 310, "万吨", "level", "以上")]),
    ("稳在 after 播面", "确保粮食播面稳在850万亩、产量320万吨以上。",
     [T("粮食播面", 850, "万亩", "threshold", "确保"), T("粮食产量", 320, "万吨", "level", "以上")]),
    ("只增不减 closes its own item", "确保粮食播种面积只增不减、产量稳定在30万吨以上。",
     [T("产量", 30, "万吨", "level", "以上")]),
    # a share of things names the things after it, not the scope or the clause before it: 中山市 2022 and 2023 政府工作报告
    # (lawtext/gov), each with its 十件民生实事
    ("a share's things after a scope", "持续开展美丽乡村指数测评，全市95%行政村（涉农社区）达到美丽宜居村标准。",
     [T("行政村", 95, "%", "share")]),
    ("a share's things after a scope, no aside", "推进美丽宜居村建设，全市80%村居达到美丽宜居村标准。", [T("村居", 80, "%", "share")]),
    ("two shares of things one verb serves", "全面推进社区协商，实现50%以上城市社区和70%以上农村社区建成议事厅。",
     [T("城市社区", 50, "%", "share", "以上"), T("农村社区", 70, "%", "share", "以上")]),
    # a verb alone before a share of things names nothing: the things and their work do (嘉兴 2019 政府工作报告, lawtext/gov: 推动三分之一
    # 规上工业企业实施股份制改造; the common shape of 推动50%以上规上工业企业实施数字化改造)
    ("a share of things after a verb alone", "推动三分之一规上工业企业实施股份制改造,推动50%以上规上工业企业开展数字化改造。",
     [T("规上工业企业实施股份制改造", 0.3333, "fraction", "share"), T("规上工业企业开展数字化改造", 50, "%", "share", "以上")]),
    ("a measure's share is no share of things", "确保城乡生活垃圾无害化处理率达100%。",
     [T("城乡生活垃圾无害化处理率", 100, "%", "share", "确保")]),
    # a deadline's 前 is no part of the name: 中山市 2021 政府工作报告 十件民生实事, and the common shape of a plan's YYYY年底前
    ("a deadline's 前", "全面推广使用医保电子凭证，2021年底前全市医保电子凭证激活率60%以上。",
     [T("医保电子凭证激活率", 60, "%", "share", "以上")]),
    ("a deadline's 前 at the opening", "2025年底前，全县农村自来水普及率达到95%。", [T("农村自来水普及率", 95, "%", "share")]),
    # 以及 joins two counts as 及 does (中山市 2021 政府工作报告 十件民生实事), its 以 no end of the first noun
    ("以及 between two counts", "举办5场儿童权益保护主题亲子互动剧场以及100场儿童权益保护系列宣传讲座。",
     [T("儿童权益保护主题亲子互动剧场", 5, "场", "count"), T("儿童权益保护系列宣传讲座", 100, "场", "count")]),
    # hours in ten thousands are hours of work done, no time limit (中山市 2021 政府工作报告 十件民生实事; the common shape of a
    # plan's 志愿服务时长); a time alone stays a limit
    # a 分别 inside a name is no part of it; after it, a level reached leaves a gloss or places only (贵阳 2023, 东营 2021
    # 政府工作报告)
    # a rate of a state or of harm reached in a review is a share, as the corpus gold reads it, and so is one kept there;
    # a cap kept stays a bound, and one aimed at in a plan too (东营 2021/2022, 通化 2024, 石嘴山 2022 政府工作报告)
    ("a rate of a state reached is a share", "一、2023年工作回顾\n污染地块安全利用率达到100%,城镇调查失业率5.1%。"
     "危险废物处理率保持100%,城镇登记失业率控制在3.5%以内。\n二、2024年工作安排\n城市集中式饮用水水源地达标率100%。",
     [T("污染地块安全利用率", 100, "%", "share", role="actual"), T("城镇调查失业率", 5.1, "%", "share", role="actual"),
      T("危险废物处理率", 100, "%", "share", role="actual"),
      T("城镇登记失业率", 3.5, "%", "threshold", "以内", role="actual"),
      T("城市集中式饮用水水源地达标率", 100, "%", "threshold")]),
    # a counted noun runs to 40 characters before it is cut: a list of works or of kinds with 等 runs past 30 (常德 2023,
    # 东营 2021 政府工作报告); a bracket giving a short name after it is no part of it (中山 2021)
    ("a long counted noun is not cut inside a word",
     "推动总投资30.8亿元的沅澧垸、安造垸、松澧垸3个洞庭湖区重点垸堤防加固工程和“三区”城乡供水一体化工程开工建设。"
     "培育10个以上首台(套)技术装备、首批次新材料、首版次高端软件等高附加值智能产品。"
     "为5万名职工赠送“在职职工住院医疗综合互助保障”(简称“住院二次医保”)。",
     [T("洞庭湖区重点垸堤防加固工程和“三区”城乡供水一体化工程开工建设", 3, "个", "count"),
      T("首台(套)技术装备、首批次新材料、首版次高端软件等高附加值智能产品", 10, "个", "count", "以上"),
      T("职工赠送“在职职工住院医疗综合互助保障”", 5, "万名", "count")]),
    ("a 分别 inside a name", "数字经济、绿色经济分别占地区生产总值比重达44%、48%。城乡低保标准分别提高到每人每月790元、590元。",
     [T("数字经济占地区生产总值比重", 44, "%", "share"), T("绿色经济占地区生产总值比重", 48, "%", "share"),
      T("城镇低保标准", 790, "元", "level"), T("农村低保标准", 590, "元", "level")]),
    # the share of villages reaching an income is the aim, the income their class (佳木斯 2023, 海坛片区 2022); a plant's
    # capacity before 等投资规模大的产业项目 names one of the projects (佳木斯 2021 政府工作报告, lawtext/gov)
    ("a share of villages and the income that classes them",
     "增加农民财产性收入,85%的行政村集体经济收入超过20万元。推进所有行政村集体经济收入达10万元以上,20%的村集体经济达50万元以上。"
     "持续跟进年产50万吨乳酸和30万吨聚乳酸生物基新材料、纺织产业园等投资规模大的产业项目,新建高标准农田70万亩。",
     [T("行政村集体经济收入", 85, "%", "share"), T("行政村集体经济收入", 10, "万元", "level", "以上"),
      T("村集体经济", 20, "%", "share"), T("新建高标准农田", 70, "万亩", "level")]),
    # a mark an amount passes (大关, 台阶) names no thing: the amount is of the name before (佳木斯 2022, 鄂尔多斯 2023,
    # 乌鲁木齐 2024 政府工作报告, lawtext/gov); 首破 is 首次突破 shortened, 迈过 a 跨过, 先后 (襄阳 2022) no part of the name
    ("a mark passed is the amount before it",
     "一、2021年工作回顾\n一般公共预算收入实现58.1亿元,首次突破50亿元大关。"
     "地区生产总值总量达4168.5亿元,首破4000亿元大关。经济总量先后跨越4000亿元、5000亿元台阶。",
     [T(*r, role="actual") for r in (("一般公共预算收入", 58.1, "亿元", "level"), ("一般公共预算收入", 50, "亿元", "level", "以上"),
      ("地区生产总值总量", 4168.5, "亿元", "level"), ("地区生产总值总量", 4000, "亿元", "level", "以上"),
      ("经济总量", 4000, "亿元", "level"), ("经济总量", 5000, "亿元", "level"))]),
    # a bare measure after a count of firms in the sentence is those firms' (佳木斯 2022 规上工业企业预计达到340户以上,增加值
    # 年均增长5.1%; 石嘴山 2023 入规企业达到55家,产值增长20%以上; 宜宾 2023 …规上企业35户以上,力争实现增加值45亿元)
    ("a bare measure after a count of firms is theirs",
     "规上工业企业达到340户以上,增加值增长5.1%。入规企业达到55家,产值增长20%以上。",
     [T("规上工业企业", 340, "户", "count", "以上"), T("规上工业增加值", 5.1, "%", "growth"),
      T("入规企业", 55, "家", "count"), T("入规企业产值", 20, "%", "growth", "以上")]),
    # and after a 、 in a list of the firms' goals (宜春市 2022、2023 政府工作报告; 邯郸市 2023 政府工作报告, lawtext/gov)
    ("a bare revenue after a count of firms and a 、 is theirs",
     "数字经济规上企业突破200家、主营业务收入突破300亿元。新增电子信息产业入统企业10家以上、主营业务收入增长10%以上。",
     [T("数字经济规上企业", 200, "家", "count", "以上"), T("数字经济规上企业主营业务收入", 300, "亿元", "level", "以上"),
      T("新增电子信息产业入统企业", 10, "家", "count", "以上"),
      T("电子信息产业入统企业主营业务收入", 10, "%", "growth", "以上")]),
    # a part of the area after 其中 takes the name of the count of its unit before it: 襄阳市2021年、2022年政府工作报告's
    # 民生实事, 盐城市2021年政府工作报告's five years (lawtext/gov); 城镇人口 after 常住人口 is a noun of its own (a county's
    # 2024 statistics)
    ("其中 and a part of the area",
     "新建改扩建义务教育学校18所、增加学位20760个,其中中心城区7所、学位6690个;新建改扩建公益普惠性幼儿园15所、增加学位3860个,"
     "其中中心城区5所、学位1610个。全市改造老旧小区118个,其中中心城区53个。五年全市改造棚户区(危旧房、城中村)12.8万户、"
     "其中市区7.4万户。年末全县常住人口77.60万人,其中城镇人口29.20万人。",
     [T("新建改扩建义务教育学校", 18, "所", "count"), T("增加义务教育学校学位", 20760, "个", "count"),
      T("中心城区新建改扩建义务教育学校", 7, "所", "count"), T("中心城区增加义务教育学校学位", 6690, "个", "count"),
      T("新建改扩建公益普惠性幼儿园", 15, "所", "count"), T("增加公益普惠性幼儿园学位", 3860, "个", "count"),
      T("中心城区新建改扩建公益普惠性幼儿园", 5, "所", "count"), T("中心城区增加公益普惠性幼儿园学位", 1610, "个", "count"),
      T("改造老旧小区", 118, "个", "count"), T("中心城区改造老旧小区", 53, "个", "count"),
      T("五年全市改造棚户区(危旧房、城中村)", 12.8, "万户", "count"), T("市区改造棚户区(危旧房、城中村)", 7.4, "万户", "count"),
      T("城镇人口", 29.2, "万人", "level")]),
    # counts each of things over an amount, before the one noun: the amounts are classes, no target (襄阳市政府工作报告
    # 2022, lawtext/gov; the common shape of a list of firms by size)
    ("a list of counts each over an amount", "突出抓好35个投资过50亿元、11个投资过100亿元的扛鼎项目。培育20家营收超10亿元、5家营收超50亿元的龙头企业。",
     [T("投资过50亿元扛鼎项目", 35, "个", "count"), T("扛鼎项目", 11, "个", "count"),
      T("营收超10亿元龙头企业", 20, "家", "count"), T("龙头企业", 5, "家", "count")]),
    # a numbered slogan glossed in brackets right after it: the gloss counts its parts (襄阳市2021年政府工作报告's 民生实事,
    # lawtext/gov); a bracket with no list after a quoted name is no gloss of numerals
    ("a numbered slogan's gloss counts no target", "新建更新社区文体广场40个、全民健身路径及“一场两台”(一个篮球场、两个乒乓球台)40套。"
     "建设“口袋公园”(含健身设施)30个。",
     [T("新建更新社区文体广场", 40, "个", "count"), T("全民健身路径及“一场两台”(一个篮球场、两个乒乓球台)", 40, "套", "count"),
      T("“口袋公园”(含健身设施)", 30, "个", "count")]),
    # 吸引 takes people as 吸纳 does, who are named after the count (襄阳市2023年政府工作报告, lawtext/gov; 贵阳 2024)
    ("people attracted are named after the count", "吸引2.5万名高校毕业生就业创业。吸引不少于12万人来筑避暑旅居。",
     [T("吸引高校毕业生就业创业", 2.5, "万名", "count"), T("吸引来筑避暑旅居", 12, "万人", "count", "不低于")]),
    # 过 before an amount is "over" as 超 is (黄冈市2023年政府工作报告, lawtext/gov: 产值过50亿元); 通过, 经过 are words
    ("过 before an amount is over", "工业产值过50亿元。通过3年努力,新增企业30家。",
     [T("工业产值", 50, "亿元", "level", "以上"), T("新增企业", 30, "家", "count")]),
    # 再就业 (re-employment) is a term, its 再 no 'once more' (黄冈市2021年政府工作报告, 十堰 2021; lawtext/gov)
    ("再就业 keeps its 再", "新增城镇就业6万人,实现再就业2万人。确保再就业1.2万人。",
     [T("新增城镇就业", 6, "万人", "count"), T("再就业", 2, "万人", "level"), T("再就业", 1.2, "万人", "level", "确保")]),
    # a five-year plan as the base of a comparison, its end or its years, names nothing: the amount before it is what
    # grew (黄冈市2021年政府工作报告, lawtext/gov: 完成水利投资308亿元,较“十二五”翻一番; 南京 “十五五” 较“十三五”年均增加)
    ("a five-year plan compared with names nothing", "完成水利投资400亿元,较“十三五”翻一番。电网建设投资100亿元,较“十三五”末增长50%。",
     [T("水利投资", 400, "亿元", "level"), T("水利投资", 1, "番", "growth"), T("电网建设投资", 100, "亿元", "level"),
      T("电网建设投资", 50, "%", "growth")]),
    # a floor of people before the people counted is the count's floor (黄冈市2021年政府工作报告, lawtext/gov; 烟台 2024;
    # 赣州 2024); before a body of people it is that body's size, no target (邯郸 2022; 中山 2023)
    ("a floor of people before the people is the count's", "吸引1000名以上专家人才回乡服务。为2000名以上残疾儿童提供康复救助。"
     "吸引2万名以上高(职)校毕业生“留赣干”。支持30万人以上县(市、区)规划建设技工院校。加强1000人以上大型企业食堂监管。",
     [T("吸引专家人才回乡服务", 1000, "名", "count", "以上"), T("残疾儿童康复救助", 2000, "名", "count", "以上"),
      T("吸引高(职)校毕业生“留赣干”", 2, "万名", "count", "以上")]),
    # a place alone before the number, the work after it: the place and the work (襄阳市2023年政府工作报告, lawtext/gov;
    # 昆明 2025; 乌鲁木齐 2024)
    ("a place before the number and the work after it", "实施中心城区160公里电力线路迁改。完成主城区8.7万盏城市照明设施节能改造。"
     "完成自治区10万亩粮食生产任务。",
     [T("中心城区电力线路迁改", 160, "公里", "level"), T("主城区城市照明设施节能改造", 8.7, "万盏", "count"),
      T("自治区粮食生产任务", 10, "万亩", "level")]),
    # a verb and its count, then 、 and the next verb and count before the noun both count: the first verb's count is of
    # that noun (襄阳市2021年政府工作报告's 民生实事, lawtext/gov)
    ("two verbs share the noun after the second count", "完成928个、启动936个村“两基”补短板强弱项建设。",
     [T("完成村“两基”补短板强弱项建设", 928, "个", "count"), T("村“两基”补短板强弱项建设", 936, "个", "count")]),
    # a clause of work done (…年内建成), then 、 and the size of the next work: that work names it (襄阳市2023年政府工作报告,
    # lawtext/gov)
    ("a work done, then the next work's size", "确保檀溪片区年内建成、4平方公里襄水源生态保护地修复提升。",
     [T("襄水源生态保护地修复提升", 4, "平方公里", "level", "确保")]),
    # 集中精力 (with all effort) before the verb is manner, no name (襄阳市2023年政府工作报告, lawtext/gov)
    ("集中精力 is manner", "集中精力建设2.13平方公里核心区,完善骨干路网。", [T("核心区", 2.13, "平方公里", "level")]),
    ("hours of work in ten thousands", "为500名困难老人提供上门家政服务16万小时。全年志愿服务时长达到100万小时以上。企业开办时间压缩至1个工作日。",
     [T("困难老人上门家政服务", 500, "名", "count"), T("困难老人提供上门家政服务", 16, "万小时", "level"),
      T("志愿服务时长", 100, "万小时", "level", "以上"), T("企业开办时间", 1, "个工作日", "threshold")]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[r[0] for r in ROWS])
def test_plan_sentences(name, text, expected):
    assert sorted(records(text), key=str) == sorted(expected, key=str)


# --- documents: parts, periods, layouts ------------------------------------------------

NATIONAL = """一、2023年工作回顾
过去一年,国内生产总值超过126万亿元,增长5.2%。城镇新增就业1244万人。
二、2024年经济社会发展总体要求和政策取向
今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上,城镇调查失业率5.5%左右;粮食产量1.3万亿斤以上。
提出上述预期目标,综合考虑了国内外形势和各方面因素。经济增长预期目标为5%左右,考虑了促进就业增收等需要。城镇新增就业预期目标定为1200万人以上,比上年多100万人。
三、2024年政府工作任务
今年高校毕业生预计1179万人,要强化促进青年就业政策举措。"""


def test_review_gives_actuals_plan_gives_targets_and_restated_targets_count_once():
    found = extract_body(NATIONAL, "政府工作报告")
    assert found.plan_year == 2024
    got = {(r.indicator, r.value, r.unit, r.period, r.role) for r in found.targets + found.actuals}
    assert got == {
        ("国内生产总值", 126, "万亿元", "2023", "actual"),
        ("国内生产总值", 5.2, "%", "2023", "actual"),
        ("城镇新增就业", 1244, "万人", "2023", "actual"),
        ("国内生产总值", 5, "%", "2024", "target"),
        ("城镇新增就业", 1200, "万人", "2024", "target"),
        ("城镇调查失业率", 5.5, "%", "2024", "target"),
        ("粮食产量", 1.3, "万亿斤", "2024", "target"),
    }


COUNTY = """过去一年,全县实现地区生产总值285亿元,增长6.5%。
过去五年,全县累计完成固定资产投资1200亿元。
今后五年的主要目标是:到2028年,地区生产总值突破400亿元,年均增长6%以上。
2024年经济社会发展的主要预期目标是:地区生产总值增长6%以上;城镇新增就业6000人。"""


def test_periods_of_a_county_report():
    got = {(r.value, r.unit, r.period, r.role) for r in extract_body(COUNTY, "XX县2024年政府工作报告").targets
           + extract_body(COUNTY, "XX县2024年政府工作报告").actuals}
    assert got == {
        (285, "亿元", "2023", "actual"), (6.5, "%", "2023", "actual"),
        (1200, "亿元", "2019-2023", "actual"),
        (400, "亿元", "2024-2028", "target"), (6, "%", "2024-2028", "target"),
        (6, "%", "2024", "target"), (6000, "人", "2024", "target"),
    }


HALF_YEAR = """一、上半年工作完成情况
1至5月,全镇完成规上工业产值5.6亿元,同比增长12%。计划全年完成招商引资项目10个。
二、下半年工作计划
围绕全年目标,确保完成财政总收入1.5亿元。下半年新开工项目5个。"""


def test_half_year_summary_and_plan():
    found = extract_body(HALF_YEAR, "某镇2024年上半年工作总结及下半年工作计划")
    got = {(r.indicator, r.value, r.period, r.role) for r in found.targets + found.actuals}
    assert got == {
        ("规上工业产值", 5.6, "2024年1-5月", "actual"),
        ("规上工业产值", 12, "2024年1-5月", "actual"),
        ("招商引资项目", 10, "2024", "target"),  # 计划 in a review part is a plan
        ("财政总收入", 1.5, "2024", "target"),  # 全年 in the second-half plan
        ("新开工项目", 5, "2024下半年", "target"),
    }


# A quarter's summary reports the quarter of its own year, not the year before (乡镇2022年第一季度工作总结和
# 第二季度工作计划, laobiganer.com; 乡镇XX年一季度工作情况汇报 (浏阳龙伏镇), xiaomilidoc.com)
QUARTER = """一、一季度工作总结
预计一季度完成固定资产投资4.9亿元,同比增长28%;完成一般预算收入350万元。
二、二季度工作计划
力争新开工项目3个。"""


@pytest.mark.parametrize("title", ["乡镇2022年第一季度工作总结和第二季度工作计划", "XX镇2022年一季度工作情况汇报"])
def test_quarter_summary_reports_its_own_year(title):
    found = extract_body(QUARTER, title)
    assert {(r.value, r.period) for r in found.actuals} == {(4.9, "2022一季度"), (28, "2022一季度"), (350, "2022一季度")}
    assert [(r.value, r.role) for r in found.targets] == [(3, "target")]


# Reports of how a year or a part of it went tell that year's results and plan nothing, unless a heading of what
# comes next says so: 潮阳区 审计工作报告 of 2022 (gdcy.gov.cn 2289418), 甘肃省2015年度 审计结果公告
# (silkroad.news.cn 4768), 平利县 前三季度 经济运行 (pingli.gov.cn 2764092), an official's 述职报告 (2024年镇长
# 述职报告, laobiganer.com 150118; 镇政府镇长个人述职报告, m.1566.cn 2024-11-09, its years masked: no period).
# Counter: the audit's 下一步.
@pytest.mark.parametrize("title, body, period", [
    ("关于2022年度区本级预算执行和其他财政收支的审计工作报告",
     "报告期间内共完成审计(调查)项目19个,共查出问题330项,涉及违规金额2377.2万元。", "2022"),
    ("甘肃省2015年度省级预算执行和其他财政收支审计结果公告",
     "省级一般公共预算收入和支出分别增长12.8%、17.8%,固定资产投资增长11.2%。", "2015"),
    ("平利县2024年前三季度经济运行情况",
     "一、农业生产形势良好。前三季度,全县农林牧渔业总产值25.39亿元,增长6.9%。", "2024前三季度"),
    ("2024年镇长述职报告", "我作为镇长,确保我镇全年经济社会发展目标如期高质量完成。\n163名有劳动能力的脱贫户实现了有效就业。", "2024"),
    ("镇政府镇长个人述职报告", "现将三年来各方面情况报告如下。\n镇内较大自然村道路硬化率超过85%,交通面貌焕然一新。", None),
    # a 述职述责述廉报告 and a deputy's 履职报告 (figures as deputies report them: 青得里镇, xjbl.gov.cn 107575; 溱东镇,
    # dtpc.gov.cn 2754)
    ("2025年度述职述责述廉报告", "一年来,我团结带领班子成员扎实工作。\n全镇新建高标准农田3200亩,粮食总产量达2.8万吨。", "2025"),
    ("镇人大代表2025年度履职报告", "一、联系选民\n提交的建议23条均获相关部门回应,其中18条已进入落实阶段。", "2025"),
    # how a plan's indicators went, in a headline: 新华视点 2025-03-05 (politics.gmw.cn), 经济日报 2025-07-10
    # (reportify.cn)
    ("两会新华视点丨哪些“十四五”指标已提前完成?", "2025年——“十四五”规划的收官之年。\n每千人口拥有执业(助理)医师3.4人、注册护士4人",
     "2021-2025"),
    ("8项指标进展超预期,102项重大工程顺利推进—— 我国经济社会发展实现大幅跃升",
     "\"十四五\"期间,我国经济总量连续跨越110万亿元、120万亿元、130万亿元。", None),
    # how a five-year plan's years went, in a headline closing on the change: 国家卫健委 news of the 十三五 press
    # conference (2020-10-28), 聊城日报 on the “‘十四五’发展看聊城” press conferences (lcrb.lcxw.cn 73541)
    ("国家卫健委:“十三五”期间出生人口性别比下降", "有序调整完善生育政策,2019年二孩及以上孩次占比为59.5%。", "2019"),
    ("“十四五”聊城经济社会发展向新向好", "新增省级数字经济园区6个、省级智能工厂17家、省级数字化车间29个。", "2021-2025"),
    # the page prints the title again atop the body, over two lines (衢州市 2018年度 审计工作报告, qz.gov.cn 2019-11-26)
    ("关于2018年度市级预算执行和其他财政收支的审计工作报告",
     "关于2018年度市级预算执行\n和其他财政收支的审计工作报告\n衢州市审计局局长 刘石平\n"
     "2018年7月至2019年6月,全市审计系统共组织完成审计和审计调查项目108个,查出违规金额2.23亿元。", "2018"),
    # how an audit's findings were put right, of the audited year (国务院 2024年度, npc.gov.cn 2025-12-24, the title
    # printed atop; 瑞金市 2020年度, ruijin.gov.cn; 广东省 2020年度 (zs.gov.cn), titled …问题的整改情况报告, with the
    # common shape of such a report's count)
    ("国务院关于2024年度中央预算执行和其他财政收支审计查出问题整改情况的报告",
     "国务院关于2024年度中央预算执行和其他财政收支审计查出问题整改情况的报告\n"
     "审计署将所有问题及建议全部纳入整改范围,向138个地方、部门和单位印发整改通知和问题清单。", "2024"),
    ("关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告",  # the page prints the title twice
     "关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n访问量:\n"
     "关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n"
     "《审计报告》反映共计50项具体问题,报告日已整改40项,正在整改10项。", "2020"),
    ("广东省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题的整改情况报告",
     "一、审计查出问题整改的总体情况\n已整改问题40项。", "2020"),
])
def test_a_report_of_how_a_period_went_gives_that_periods_results(title, body, period):
    found = extract_body(body, title)
    assert found.targets == []
    assert found.actuals and {r.period for r in found.actuals} == {period}
    ahead = extract_body(body + "\n五、下一步工作\n力争审计整改率达到95%以上。", title)
    assert [(r.value, r.role) for r in ahead.targets] == [(95, "target")]


@pytest.mark.parametrize("title", ["“十四五”时期推动经济高质量增长", "“十五五”时期力争城乡居民收入增长"])
def test_a_headline_pushing_a_five_year_plans_change_is_no_report(title):
    found = extract_body("新增省级数字经济园区6个、省级智能工厂17家。", title)
    assert [(r.value, r.role) for r in found.targets] == [(6, "target"), (17, "target")] and not found.actuals


def test_a_year_of_a_five_year_plan_in_its_review_gives_that_years_results():
    # 新华视点 2025-03-05 (politics.gmw.cn): 2024年末 in a review of the “十四五” indicators
    body = "2025年——“十四五”规划的收官之年。\n人力资源社会保障部数据显示,2024年末,我国基本养老保险参保人数约10.73亿人,比上年末增加636万人。"
    found = extract_body(body, "两会新华视点丨哪些“十四五”指标已提前完成?")
    assert [(r.value, r.period) for r in found.actuals] == [(10.73, "2024"), (636, "2024")] and not found.targets


def test_a_one_year_heading_in_a_review_of_five_years_gives_the_last_years_results():
    # 襄阳市2022年政府工作报告 (lawtext/gov): after the five years, 一年来 as a heading of its own opens the last year's work
    body = ("一、过去五年政府工作回顾\n——这五年,城镇新增就业36.5万人。\n2021年是本届政府的收官之年。\n一年来,我们主要做了以下工作:\n"
            "(一)着力稳增长强支撑,经济运行持续向好。兑现惠企资金41.1亿元。\n三、2022年重点工作\n新增贷款400亿元以上。")
    found = extract_body(body, "襄阳市政府工作报告(2022年1月6日 王太晖)")
    assert [(r.value, r.period) for r in found.actuals] == [(36.5, "2017-2021"), (41.1, "2021")]
    assert [(r.value, r.period) for r in found.targets] == [(400, "2022")]


def test_a_year_compared_with_in_final_accounts_is_no_period():
    # 两路口街道2024年度决算公开说明 (cqyz.gov.cn 15089703), the Chongqing template of 决算公开说明: 2024's fall
    found = extract_body("(一)收入支出决算总体情况说明。\n收、支与2023年度相比,减少719.66万元,下降8.7%。",
                         "重庆市渝中区人民政府两路口街道办事处2024年度决算公开说明")
    assert {(r.value, r.role, r.period) for r in found.actuals} == {(719.66, "actual", "2024"), (8.7, "actual", "2024")}


# A news paragraph that tells a year gone goes on with results of that year, with no time of their own: 海南省政府
# 工作报告 2024 news (2023年…旅游总收入增长71.9%。12家离岛免税店…), 国家卫健委 “十三五” news of 2020 (从2015年到2019年底,…
# 。孕产妇死亡率…降至17.8/10万), 通川区 政府工作报告 2025 news (去年通川区完成了…。…10个危旧房改造项目顺利完成). Not a
# year named as a base (比2019年, 比去年同期), nor one 今年 follows, nor a sentence with a time of its own (目前).
@pytest.mark.parametrize("title, body, expected", [
    ("海南省政府工作报告(2024年1月23日)报道",
     "报告显示,2023年海南省环岛旅游公路全线通车,旅游总收入增长71.9%。12家离岛免税店销售额580.9亿元,增长19.3%。",
     [(71.9, "2023"), (12, "2023"), (580.9, "2023"), (19.3, "2023")]),
    ("国家卫健委:“十三五”期间出生人口性别比下降",
     "于学军介绍,截至2019年底,我国居民人均预期寿命达到77.3岁。个人卫生支出占卫生总费用的比重降至28.4%。",
     [(77.3, "2019"), (28.4, "2019")]),
    ("海南省政府工作报告(2024年1月23日)报道",
     "报告显示,2023年旅游总收入比2019年增长71.9%。12家离岛免税店销售额580.9亿元。",
     [(71.9, "2023"), (12, "2023"), (580.9, "2023")]),
    ("通川区2025年政府工作报告",
     "去年通川区完成了44个重大基建项目投资71.31亿元。邓家巷、箕星巷等10个危旧房改造项目顺利完成,空气质量优良率达91.3%。",
     [(44, "2024"), (71.31, "2024"), (10, "2024"), (91.3, "2024")]),
    ("通川区2025年政府工作报告",
     "全区固定资产投资已完成50亿元,比去年同期增长5%。邓家巷等10个危旧房改造项目顺利完成。\n"
     "去年完成了44个重大项目。今年已完成8个危旧房改造项目。目前已建成12个项目。",
     [(50, "2025"), (5, "2025"), (10, "2025"), (44, "2024"), (8, "2025"), (12, "2025")]),
])
def test_a_paragraph_of_a_year_gone_dates_the_results_it_goes_on_with(title, body, expected):
    found = extract_body(body + "\n报告提出,今年经济社会发展主要预期目标是:地区生产总值增长8%左右。", title)
    assert sorted((a.value, a.period) for a in found.actuals) == sorted(expected)
    assert [(t.value, t.role) for t in found.targets] == [(8, "target")]


# A figure measured from the end of a five-year plan before the last one is of the plan after it: its level of that
# plan's last year, its growth over its five years (顺德区十七届人大六次会议 news, foshannews.net 2026-03-17; the
# same shape in a 2026 county report's account).
@pytest.mark.parametrize("title, body, expected", [
    ("顺德区2026年政府工作报告", "地区生产总值达到4469亿元,较“十三五”末增长24.3%;工业总产值率先在全国市辖区突破万亿元。",
     [(4469, "2025"), (24.3, "2021-2025"), (1, "2025")]),
    ("XX县2026年政府工作报告", "一般公共预算收入达到4.2亿元,较“十三五”末增长15%。", [(4.2, "2025"), (15, "2021-2025")]),
])
def test_a_figure_since_an_earlier_plans_end_is_of_the_plan_after_it(title, body, expected):
    found = extract_body(body + "\n今年主要目标是:地区生产总值增长5%左右。", title)
    assert [(a.value, a.period) for a in found.actuals] == expected
    assert [(t.value, t.period) for t in found.targets] == [(5, "2026")]


# A year in brackets right after a value dates it, over the years named before it (中非 妇幼健康 news: 孕产妇死亡率由
# 960/10万(1990年)、820/10万(2000年)下降到500/10万(2013年); the same note in a county's account of its health figures).
@pytest.mark.parametrize("title, body, expected", [
    ("2030年妇幼健康发展规划", "2000年以来,孕产妇死亡率由960/10万(1990年)、820/10万(2000年)下降到500/10万(2013年)。",
     [(500, "2013")]),
    ("XX县2025年政府工作报告", "2022年以来,全县人均预期寿命提高到78.5岁(2023年),高于全省平均水平。", [(78.5, "2023")]),
])
def test_a_year_in_brackets_after_a_value_dates_it(title, body, expected):
    found = extract_body(body, title)
    assert [(a.value, a.period) for a in found.actuals] == expected


# A report on the first half that calls it 半年度 or 年半年 (丁兰街道2023年半年度重点工作总结, hzsc.gov.cn 2023-11-15;
# 下沙街道2022年半年度工作总结, qiantang.gov.cn 2022-12-02; 镇2016年半年工作总结, wenke99.com p-4752769) reports 上半年.
@pytest.mark.parametrize("title, body, expected", [
    ("丁兰街道2023年半年度重点工作总结", "持续开展重点领域专项整治监督及正风肃纪专项督察,建立完善制度十余项。", [(10, "2023上半年")]),
    ("下沙街道2022年半年度工作总结", "在辖区内动态设置便民核酸检测点111个,改造移动核酸检测方舱18处。",
     [(111, "2022上半年"), (18, "2022上半年")]),
    ("镇2016年半年工作总结", "落实烤烟种植面积11500亩,第一轮烘烤基本完成。", [(11500, "2016上半年")]),
])
def test_a_half_year_report_by_any_name_reports_the_first_half(title, body, expected):
    found = extract_body(body, title)
    assert [(a.value, a.period) for a in found.actuals] == expected and not found.targets


# 截至/截止 a month's or a quarter's end reports the year so far, as 1-9月 does: 县交通运输局2024年度工作总结
# (deptplans), 岐山 固定资产投资 news (截止9月底, news3), 宣风镇 (截至5月, news4), 连云港 民生实事 (截至三季度末,
# 2025). Not 截至12月底 (未央宫街道 2023: the whole year), nor a month a report of that part names already
# (平利县2024年前三季度经济运行情况: 截止9月末).
@pytest.mark.parametrize("title, body, period", [
    ("县交通运输局2024年度工作总结", "截至9月,交通建设项目固定资产投资达20亿元。", "2024年1-9月"),
    ("2017年全旗固定资产投资情况", "截止9月底,固定资产投资项目已开工162项,完成投资75.33亿元。", "2017年1-9月"),
    ("宣风镇2020年重大产业项目推进情况", "截至5月,完成投资21亿元,完成年计划的70%。", "2020年1-5月"),
    ("2025年民生实事推进情况", "截至三季度末,已完成投资28.54亿元,完成年度总投资的87.7%。", "2025年1-9月"),
    ("未央宫街道2023年工作总结及2024年工作计划", "一、2023年工作回顾\n截至12月底,15栋安置楼主体全部封顶。", "2023"),
    ("平利县2024年前三季度经济运行情况", "截止9月末,生猪出栏下降4.6%,羊出栏下降8.8%。", "2024前三季度"),
])
def test_as_of_a_months_end_reports_the_year_so_far(title, body, period):
    found = extract_body(body, title)
    assert found.actuals and {a.period for a in found.actuals} == {period} and not found.targets


# A target its clause sets for a part of the year is of that part: 遥观镇 2016 (上半年,…力争分别达到80%、50%和25%以上),
# 温州市2024年政府工作报告 (开工率一季度达到30%、二季度达到60%), 中卫市2023年政府工作报告 (上半年…50%以上、三季度…、
# 四季度…); a 下半年 aim in a half-year report's review. 全年 after the part is the year's again.
@pytest.mark.parametrize("title, body, expected", [
    ("遥观镇2016年工作目标", "上半年,项目开工率、投资完成率、项目竣工率力争分别达到80%、50%和25%以上。",
     [("项目开工率", 80, "2016上半年"), ("投资完成率", 50, "2016上半年"), ("项目竣工率", 25, "2016上半年")]),
    ("温州市2024年政府工作报告", "二、2024年工作安排\n确保省“千项万亿”项目开工率一季度达到30%、二季度达到60%、三季度85%以上。",
     [("省“千项万亿”项目开工率", 30, "2024一季度"), ("省“千项万亿”项目开工率", 60, "2024二季度"),
      ("省“千项万亿”项目开工率", 85, "2024三季度")]),
    ("中卫市2023年政府工作报告", "二、2023年工作安排\n重点项目上半年时序进度达到50%以上、三季度达到85%以上、四季度达到100%。",
     [("重点项目上半年时序进度", 50, "2023上半年"), ("重点项目上半年时序进度", 85, "2023三季度"),
      ("重点项目上半年时序进度", 100, "2023四季度")]),
    ("某镇2024年上半年工作总结及下半年工作计划", "一、2024年上半年工作总结\n下半年力争新增就业500人,全年力争完成固定资产投资10亿元。",
     [("新增就业", 500, "2024下半年"), ("固定资产投资", 10, "2024")]),
])
def test_a_target_for_a_part_of_the_year_is_of_that_part(title, body, expected):
    found = extract_body(body, title)
    assert [(t.indicator, t.value, t.period) for t in found.targets] == expected


# A part of the year inside an earlier clause, after that clause's subject, is the deadline of its work, not the period
# of the clause after it (鄂尔多斯市政府工作报告 2025, lawtext/gov); things a count names by a part of the year are that
# part's (宁夏 项目建设 news, nx.people.com.cn 2025-02-11: 力保523个一季度开工项目完成投资100亿元以上).
@pytest.mark.parametrize("title, body, expected", [
    ("鄂尔多斯市政府工作报告(2025年1月20日 于海宇)", "二 2025年工作安排\n落实项目集中联动审批机制,"
     "力争433个重点项目前期手续一季度基本办结、上半年全部开复工,完成项目投资1700亿元以上。", [(433, "2025"), (1700, "2025")]),
    ("2025年工作计划", "二、2025年工作安排\n我们强化领导包抓领办、一线服务等项目推进机制,"
     "力保523个一季度开工项目完成投资100亿元以上、增长10%以上。", [(523, "2025一季度"), (100, "2025一季度"), (10, "2025一季度")]),
])
def test_a_part_of_the_year_in_an_earlier_clause_is_its_deadline(title, body, expected):
    found = extract_body(body, title)
    assert [(t.value, t.period) for t in found.targets] == expected


# A target after 到<year> is of that year when it is a stage before the plan's last: 水污染防治行动计划 (到2020年,…70%以上;
# 到2030年,…75%以上), 杭州“十五五”规划纲要 (到2027年,…超过100EFLOPS), 嘉定区海绵城市建设实施方案 (a plan with no
# year: 到2025年底…;到2030年底…), 打赢蓝天保卫战三年行动计划; a year whose level is the base (恢复到2019年的75%以上,
# 亳州市2021年政府工作报告) is no stage.
@pytest.mark.parametrize("title, body, expected", [
    ("水污染防治行动计划", "主要指标:到2020年,七大重点流域水质优良比例总体达到70%以上;到2030年,七大重点流域水质优良比例总体达到75%以上。",
     [(70, "2020"), (75, "2030")]),
    ("杭州市国民经济和社会发展第十五个五年规划纲要", "三、主要目标\n到2027年,全市可调度智算规模超过100EFLOPS。",
     [(100, "2026-2027")]),
    ("嘉定区系统化全域推进海绵城市建设的实施方案",
     "一、工作目标\n嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,80平方公里以上建设用地面积达到海绵城市建设目标要求。",
     [(50, "2025"), (80, "2030")]),
    ("亳州市2021年政府工作报告", "二、2021年工作安排\n力争旅游总收入、接待国内旅游人数恢复到2019年的75%以上。",
     [(75, "2021"), (75, "2021")]),
])
def test_a_target_by_an_earlier_year_of_a_plan_is_of_that_year(title, body, expected):
    found = extract_body(body, title)
    assert [(t.value, t.period) for t in found.targets] == expected


def test_a_year_summary_still_reports_the_year_before_its_plan():
    found = extract_body("一、工作总结\n完成一般预算收入350万元。\n二、工作计划\n力争新开工项目3个。", "XX镇2023年工作报告")
    assert [r.period for r in found.actuals] == ["2022"]


TOWNSHIP = """一、2023年工作完成情况
2023年,全乡实现财政总收入8600万元,同比增长7.2%;新建村级活动场所3处。
(一)聚焦目标任务,全力以赴抓落实
改造危房45户。
二、2024年工作目标
全乡财政总收入力争达到9300万元,增长8%。
三、主要工作措施
新发展茶叶基地2000亩,培育家庭农场10家。"""


def test_headings_without_the_usual_words_still_name_their_part():
    found = extract_body(TOWNSHIP, "XX乡2024年工作计划")
    assert {(r.value, r.unit) for r in found.actuals} == {(8600, "万元"), (7.2, "%"), (3, "处"), (45, "户")}
    assert {(r.value, r.unit, r.period) for r in found.targets} == {
        (9300, "万元", "2024"), (8, "%", "2024"), (2000, "亩", "2024"), (10, "家", "2024"),
    }


def test_a_digest_with_units_in_parentheses():
    body = "主要指标:\n财政总收入(万元):12000\n规上工业增加值增速(%):8\n新增市场主体(家):600"
    found = extract_body(body, "XX街道2024年工作要点")
    assert [(r.indicator, r.value, r.unit, r.kind) for r in found.targets] == [
        ("财政总收入", 12000, "万元", "level"), ("规上工业增加值增速", 8, "%", "growth"), ("新增市场主体", 600, "家", "count"),
    ]


def test_a_report_that_opens_with_its_plan_gives_targets():
    found = extract_body("今年全镇的主要预期目标是:财政总收入增长8%。\n全年新建农村公路20公里。", "政府工作报告")
    assert [(r.value, r.role) for r in found.targets] == [(8, "target"), (20, "target")]
    assert not found.actuals


def test_next_year_in_a_summary_is_a_target_of_the_next_year():
    found = extract_body("全年完成固定资产投资15亿元,计划明年再创建示范村5个。", "2023年工作总结")
    assert [(r.value, r.period) for r in found.actuals] == [(15, "2023")]
    assert [(r.value, r.period) for r in found.targets] == [(5, "2024")]


# 今年 after a semicolon turns a sentence that opened with an earlier year back to the part's own: 湾溪乡人民政府
# 2025年工作总结及2026年工作计划 (hjs.gov.cn); the common shape of a 镇's review of a firm it brought in.
@pytest.mark.parametrize("body, expected", [
    ("2024年引进山银花加工厂项目总投资2000万元,增加全乡花农收入100万元以上;今年帮助该企业新建厂房一座,继续扩大生产规模。",
     [(2000, "2024"), (100, "2024"), (1, "2025")]),
    ("2024年新建冷库2座;今年新增仓储面积3000平方米。", [(2, "2024"), (3000, "2025")]),
])
def test_this_year_after_a_semicolon_reports_the_parts_own_year(body, expected):
    found = extract_body("一、2025年工作回顾\n" + body, "2025年工作总结及2026年工作计划")
    assert [(a.value, a.period) for a in found.actuals] == expected and not found.targets


# In a review, 确保 with an aim of its own (确保经济运行在合理区间) tells what the work kept to: the results after it
# are no hedged figures. 2024年颛桥镇人民政府半年工作情况报告 (shmh.gov.cn); the common shape of a 镇's review.
@pytest.mark.parametrize("body, expected", [
    ("确保经济运行在合理区间,保持稳中有进态势,实现税收收入25.86亿元,完成镇人代会目标的54.4%。",
     [(25.86, None), (54.4, None)]),
    ("确保安全生产形势稳定,全年排查整治隐患1200处。", [(1200, None)]),
    ("预计全年完成固定资产投资15亿元。", [(15, "预计")]),  # a forecast of a result keeps its hedge
    ("预估鲜虾年产值达4200万元。", [(4200, "预计")]),  # and so does 预估, the same word (a 镇's 2025 工作情况汇报, 稻虾连作)
])
def test_an_aim_kept_in_a_review_hedges_no_result(body, expected):
    found = extract_body("一、2024年工作回顾\n" + body, "2024年工作总结")
    assert [(a.value, a.qualifier) for a in found.actuals] == expected and not found.targets


def test_a_paragraph_telling_last_year_gives_actuals_without_a_heading():
    body = "2023年,全镇实现财政总收入1.5亿元。全年新增市场主体300家。\n2024年,全镇将力争财政总收入增长8%。"
    found = extract_body(body)  # plain text: the plan year comes from "2024年,…将力争"
    assert found.plan_year == 2024
    assert [(r.value, r.period) for r in found.actuals] == [(1.5, "2023"), (300, "2023")]
    assert [(r.value, r.period) for r in found.targets] == [(8, "2024")]


# A congress's news tells the year gone in paragraphs opening 这一年, or 去年, (晋江 永和镇 人代会, mnw.cn 2026-01-28;
# 晋江 东石镇 人代会, 2025-01): results of the year before the one it plans, no heading needed; 去年同期 opens no such paragraph.
@pytest.mark.parametrize("title, date, body, roles", [
    ("永和镇第十八届人民代表大会第九次会议召开", "2026-01-28",
     "这一年,永和镇推动项目建设提质增效。16个市级重点项目超额完成投资目标,盘活土地398.68亩。",
     [("actual", 16, "2025"), ("actual", 398.68, "2025")]),
    ("东石镇第十八届人民代表大会第八次会议召开", "2025-01-10",
     "去年,东石镇数智转型走在前列。51个市级重点项目完成投资74亿元。",
     [("actual", 51, "2024"), ("actual", 74, "2024")]),
    ("某镇2025年工作计划", "2025-01-10", "去年同期新建农房20户。新建农房30户。",
     [("actual", 20, "2024"), ("target", 30, "2025")]),  # its own 去年 only
])
def test_a_paragraph_opening_this_year_or_last_year_in_a_congress_news_reports_the_year_before(title, date, body, roles):
    found = extract_body(body, title, date)
    assert roles_of(found) == sorted(roles)


def test_a_target_restated_in_another_unit_counts_once():
    found = extract_body("主要目标:财政总收入1.2亿元,增长8%。\n确保财政总收入达到12000万元。", PLAN)
    assert [(r.value, r.unit) for r in found.targets] == [(1.2, "亿元"), (8, "%")]


def test_a_preliminary_result_of_the_past_year_is_an_actual():
    found = extract_body("2023年预计实现地区生产总值300亿元。预计2023年全镇实现财政总收入1.1亿元。"
                         "2024年主要预期目标:地区生产总值增长6%。", PLAN)
    assert [(r.value, r.qualifier, r.period) for r in found.actuals] == [(300, "预计", "2023"), (1.1, "预计", "2023")]
    assert [(r.value, r.period) for r in found.targets] == [(6, "2024")]


@pytest.mark.parametrize("body", [
    # a preliminary count's 全年 is the year its statistics closed (a county's 2024 统计公报: 初步核算,全年全县生产总值316.80亿元;
    # 东营 2020 政府工作报告: 初步统计,全年…; 天长 2016: 初步测算,全市地区生产总值年均增长13.1%), also under a plan's heading
    "二、2025年工作安排\n初步核算,全年全县生产总值316.80亿元,增长6.2%。",
    "二、2025年工作安排\n初步测算,全年地区生产总值增长6%左右。今年地区生产总值增长6.5%。",
])
def test_a_preliminary_count_of_the_whole_year_in_a_plan_reports_the_year_before(body):
    found = extract_body(body, "2025年工作计划")
    assert {r.period for r in found.actuals} == {"2024"} and all(r.period == "2025" for r in found.targets)



def test_a_note_that_figures_are_estimates_hedges_its_value_and_with_xiatong_those_after_it():
    # 潜江市2012年政府工作报告 (cityold): (数据为预计数,下同) after the first figure of the review
    review = "一、过去五年工作回顾\n"
    found = extract_body(review + "2011年,全市完成生产总值338亿元(数据为预计数,下同),年均增长16.1%;"
                         "地方一般预算收入12亿元,年均增长24.2%。", PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(338, "预计"), (16.1, "预计"), (12, "预计"), (24.2, "预计")]
    found = extract_body(review + "2011年,全市完成生产总值338亿元(预计数);地方一般预算收入12亿元。", PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(338, "预计"), (12, None)]
    # 下同 reaches the part's later sentences (潜江: 城镇化率达到49.2%), and after 初步预计(下同) the clauses past
    # its semicolon (三明市2022年政府工作报告, citypairs2); the plan's targets stay plain
    found = extract_body(review + "2011年,全市完成生产总值338亿元(数据为预计数,下同)。城镇化率达到49.2%。\n"
                         "二、2012年工作安排\n城镇化率达到51%。", PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(338, "预计"), (49.2, "预计")]
    assert [(r.value, r.qualifier) for r in found.targets] == [(51, None)]
    found = extract_body(review + "初步预计(下同),全市生产总值有望达到3000亿元,增长7.5%;一般公共预算总收入179.88亿元。"
                         "实施老旧小区改造项目121个。", PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(3000, "预计"), (7.5, "预计"), (179.88, "预计"), (121, "预计")]

def test_an_estimate_opening_a_review_summary_reaches_its_list_past_the_semicolons():
    # 竹山县2023年政府工作报告 news (countypairs2), 长沙市2015年政府工作报告 (cityold): 全年预计实现A…;B…;C…
    review = "一、2022年工作回顾\n"
    found = extract_body(review + "全年预计实现地区生产总值153亿元,增长13%;规模以上工业增加值26.8亿元,增长25%;"
                         "固定资产投资189.4亿元,增长15%。", PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(153, "预计"), (13, "预计"), (26.8, "预计"), (25, "预计"),
                                                                (189.4, "预计"), (15, "预计")]
    found = extract_body(review + "预计完成地区生产总值7810亿元,增长10%;固定资产投资5430亿元,增长18%。", PLAN)
    assert [r.qualifier for r in found.actuals] == ["预计"] * 4
    # 北林区2025年政府工作报告 (countyreports): a 预计 on each clause it holds, the others are plain; and a 预计 deep in
    # its sentence (温州市2025年政府工作报告) opens no list
    found = extract_body(review + "2024年末,地区生产总值预计完成230.6亿元;规上工业增加值增长6.5%;"
                         "固定资产投资预计完成38.7亿元。", PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(230.6, "预计"), (6.5, None), (38.7, "预计")]
    found = extract_body(review + "全力以赴拼经济、顶压前行稳增长,预计全市生产总值增长6%;引育大学生、技能人才21.3万人。",
                         PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(6, "预计"), (21.3, None)]
    # 桐城市2024年计划报告 (planreports): a 预计 opening a clause after a semicolon reaches the clauses after it
    found = extract_body(review + "粮食总产量达到17.2万吨;全年预计生猪出栏61万头,同比增长9%;生猪存栏42.09万头;"
                         "主要农作物综合机械化水平达74.5%。", PLAN)
    assert [(r.value, r.qualifier) for r in found.actuals] == [(17.2, None), (61, "预计"), (9, "预计"), (42.09, "预计"),
                                                                (74.5, "预计")]


BULLETS = """2024年主要预期目标
1.地区生产总值增长6%左右;
2.一般公共预算收入增长5%;
3.城镇新增就业5000人以上;
4.粮食产量稳定在25万吨以上。"""

DIGEST = """主要指标:
地区生产总值:增长6%左右
固定资产投资:100亿元
城乡居民人均可支配收入:分别增长6%、7%"""

ONE_SENTENCE_PER_LINE = """今年全县经济社会发展的主要预期目标是:
地区生产总值增长6%左右,
一般公共预算收入增长5%,
城镇新增就业3000人以上。"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (BULLETS, {("地区生产总值", 6, "growth"), ("一般公共预算收入", 5, "growth"), ("城镇新增就业", 5000, "count"),
                   ("粮食产量", 25, "level")}),  # 稳定在25万吨以上: a floor keeps its kind (岳阳 2025 gold)
        (DIGEST, {("地区生产总值", 6, "growth"), ("固定资产投资", 100, "level"),
                  ("城镇居民人均可支配收入", 6, "growth"), ("农村居民人均可支配收入", 7, "growth")}),
        (ONE_SENTENCE_PER_LINE, {("地区生产总值", 6, "growth"), ("一般公共预算收入", 5, "growth"),
                                 ("城镇新增就业", 3000, "count")}),
    ],
    ids=["bullets", "digest", "one sentence per line"],
)
def test_layouts_without_prose(text, expected):
    found = extract_body(text)  # plain text: no title, no date
    assert {(r.indicator, r.value, r.kind) for r in found.targets} == expected
    assert not found.actuals


def test_plan_year_comes_from_title_then_heading_then_date():
    assert plan_year_of("王坛镇2024年工作计划", "", "2023-12-01") == 2024
    assert plan_year_of("政府工作报告", "2021年和本届政府工作回顾\n2022年重点工作安排", "2021-12-30") == 2022
    assert plan_year_of("政府工作报告", "各位代表:", "2023-02-01") == 2023
    assert plan_year_of(None, "no year here", None) is None
    assert plan_year_of(None, "2023年全镇实现增长。2024年,全镇将力争增长8%。", None) == 2024
    assert plan_year_of("2023年工作总结和2024年工作思路", "", None) == 2024
    # the year a title's 谋划/部署 names is planned (西张村镇召开…工作谋划部署会, 陕州区 news; 华南农业大学 news of
    # 2022年工作总结和2023年工作谋划; 北京市保安服务有限公司召开…工作部署会), not the year summed up before it
    assert plan_year_of("西张村镇召开2024年工作总结暨2025年工作谋划部署会", "", "2025-01-20") == 2025
    assert plan_year_of("学校2022年工作总结和2023年工作谋划", "", None) == 2023
    assert plan_year_of("北京市保安服务有限公司召开2024年工作总结暨2025年工作部署会", "", None) == 2025
    assert plan_year_of("关于2023年安全生产工作部署落实情况的报告", "", "2024-01-10") == 2023  # a report on it
    assert plan_year_of(None, "政府工作报告——2023年3月5日在第十四届全国人民代表大会第一次会议上\n今年…", None) == 2023
    assert plan_year_of(None, "——2021年12月25日在天目山镇第三届人民代表大会第一次会议上", None) == 2022
    # the same date in Chinese numerals (河南省人民政府工作报告 2023, bx2200.com; its shape in a town's report of December)
    assert plan_year_of(None, "政府工作报告\n——二〇二三年一月十四日在河南省第十四届人民代表大会第一次会议上", None) == 2023
    assert plan_year_of(None, "——二〇二一年十二月二十五日在某镇第三届人民代表大会第一次会议上", None) == 2022
    # a five-year plan's 开局 in a title is its first year (福建省2026年政府工作报告 digest, reportify.ai 2026-01-27;
    # 秀洲区十届人大五次会议 news, jxrb.cnjxol.com 2026-02-05; 长沙市人民政府全体会议 news, cswb.icswb.com 2026-01-09)
    assert plan_year_of("一鼓作气勇争先,全力推动“十五五”开好局起好步", "", None) == 2026
    assert plan_year_of("紧扣“大抓落实、蓄势腾飞”工作主线 奋力实现“十五五”良好开局", "", None) == 2026
    assert plan_year_of("以最强执行力抓落实 确保“十五五”开好局起好步", "", None) == 2026
    assert plan_year_of("XX镇“十五五”规划纲要", "", None) == 2030
    assert plan_year_of(None, "二〇二三年一月十四日,天气晴。", None) is None  # a date, no report delivered
    # the news of a congress's report, dated from October on, plans the next year (同安区 人代会: 台海网 2025-12-25,
    # 改革网 2023-12-28); a December page of another kind keeps its date's year
    news = "昨日上午,同安区第十八届人民代表大会第六次会议开幕,区长周桂良作区政府工作报告。"
    assert plan_year_of("同安区第十八届人民代表大会第六次会议开幕", news, "2025-12-25") == 2026
    assert plan_year_of(None, "12月27日,同安区第十八届人民代表大会第三次会议开幕,代区长周桂良作《政府工作报告》", "2023-12-28") == 2024
    assert plan_year_of(None, news, "2026-01-27") == 2026
    assert plan_year_of(None, "12月20日,镇召开年终工作总结会,听取各村工作报告。", "2025-12-21") == 2025
    # the date a reprinted work report's title gives it (四川省政府工作报告（2024年1月22日 黄强）, cnzpmj.com; 岳阳市政府
    # 工作报告（2023年12月31日 李挚）, the corpus); a report of another kind is not dated so
    assert plan_year_of("四川省政府工作报告（2024年1月22日 黄强）", "", None) == 2024
    assert plan_year_of("岳阳市政府工作报告（2023年12月31日 李挚）", "", None) == 2024
    assert plan_year_of("关于生态环境状况的报告（2023年12月31日）", "", None) is None
    # news of a report that reviews a year, undated: it plans the next (广州 2018, hkwb.net; 广东省 2025, 新快报)
    assert plan_year_of("广州市十五届人大三次会议开幕", "市长作《政府工作报告》。报告首先回顾了2017年工作。", None) == 2018
    assert plan_year_of(None, "省长向大会作政府工作报告。报告回顾了2024年的工作成果。", None) == 2025
    assert plan_year_of(None, "报告回顾了2017年工作。", "2018-01-11") == 2018


# An average growth (年均增长, N年平均增长) is over years, not the one its sentence opens with: the N years it names,
# ending in that year (嵊州 2016: 五年年均增长8.5%; 三亚 2022: 两年平均增长7.5%), else the span of its part (潜江 2012,
# under 过去五年工作回顾: 2011年,…为2006年的2.6倍,年均增长16.1%).
@pytest.mark.parametrize("title, body, value, period", [
    ("嵊州市政府工作报告", "预计2015年全市实现地区生产总值450亿元,五年年均增长8.5%。", 8.5, "2011-2015"),
    ("三亚市2022年政府工作报告", "一、2021年工作回顾\n2021年全市地区生产总值835.4亿元,同比增长12.1%,两年平均增长7.5%。",
     7.5, "2020-2021"),
    ("三亚市2022年政府工作报告", "一、2021年工作回顾\n2021年全市地区生产总值835.4亿元,同比增长12.1%,两年平均增长7.5%。",
     12.1, "2021"),
    ("2012年政府工作报告", "一、过去五年工作回顾\n2011年,全市完成生产总值338亿元,为2006年的2.6倍,年均增长16.1%。",
     16.1, "2007-2011"),
    ("2012年政府工作报告", "一、2011年工作回顾\n2011年,全市完成生产总值338亿元,年均增长16.1%。", 16.1, "2011"),
    # and when its sentence names no year, the N years end at its part's (泸州市 2022, 惠州市 2022 政府工作报告, lawtext/gov)
    ("泸州市政府工作报告(2022年1月5日)", "2021年工作回顾\n实现地区生产总值2406.1亿元、增长8.5%,两年平均增长6.3%。",
     6.3, "2020-2021"),
    ("惠州市2022年政府工作报告", "一、过去五年工作回顾\n石化能源新材料行业总产值2837亿元,两年年均增长10.9%。",
     10.9, "2020-2021"),
    # and a year inside the sentence that dates another clause leaves the average the part's five years (德阳市 2021, 宜宾市
    # 2022 政府工作报告, lawtext/gov)
    ("德阳市政府工作报告(2021年2月5日)", "“十三五”及2020年工作回顾\n五年来,我们大力推进创新驱动转型升级。地区生产总值2018年迈上"
     "2000亿元台阶、年均增长7.2%,一般公共预算收入同口径年均增长10.2%。", 7.2, "2016-2020"),
    ("宜宾市2022年政府工作报告", "一、过去五年工作回顾\n获批国家产融合作试点城市,2021年末银行业金融机构存贷款余额达7150亿元、年均增长15%。",
     15, "2017-2021"),
])
def test_an_average_growth_is_over_its_years(title, body, value, period):
    found = extract_body(body, title)
    assert [r.period for r in found.actuals if r.value == value] == [period]


# 五年来 looks back on the five years to the year its review part is of: a report titled by the year it
# reviews (天长市2015年政府工作报告, tianchang.gov.cn, under "“十二五”发展回顾和2015年工作情况") and a summary of the
# last year of a five-year plan end their five years there; a plan's review, the year before the plan's.
@pytest.mark.parametrize("title, body, period", [
    ("天长市2015年政府工作报告", "一、“十二五”发展回顾和2015年工作情况\n五年来,综合实力显著增强。全市地区生产总值年均增长13.1%。",
     "2011-2015"),
    ("XX镇2025年工作总结", "五年来,累计新增就业12万人。", "2021-2025"),
    ("2025年工作计划", "一、2024年工作回顾\n五年来,累计新增就业12万人。", "2020-2024"),
    # 这五年,我们… as 五年来 (常德市政府工作报告 2022, under 本届政府及2021年工作回顾; 浙江省第十五次党代会报告 2022)
    ("常德市政府工作报告(2021年12月29日)", "一、本届政府及2021年工作回顾\n这五年,我们砥砺奋进、聚力发展。固定资产投资年均增长10.8%。",
     "2017-2021"),
    ("2022年工作计划", "一、2021年工作回顾\n这五年,我们坚持创新驱动,地区生产总值年均增长6.7%。", "2017-2021"),
    # 五年 and a phrase of four as a refrain (遵义市政府工作报告 2022, lawtext/gov; 五年砥砺奋进,五年成绩非凡, a commentary
    # on the 十五五 建议)
    ("遵义市政府工作报告(2022年1月6日 黄伟)", "一、市人民政府本届任期和2021年工作回顾\n五年感恩奋进,经济实力赶超跨越。地区生产总值年均增长9.2%。",
     "2017-2021"),
    ("2022年工作计划", "一、2021年工作回顾\n五年砥砺奋进,五年成绩非凡。地区生产总值年均增长6.7%。", "2017-2021"),
    # 市N届人大一次会议以来 (since the term's first session) as 五年来, under a heading that reviews the term and plans the
    # next five years (鄂尔多斯市政府工作报告 2022, lawtext/gov) or a review's (南充市政府工作报告 2022: …以来的五年,…)
    ("鄂尔多斯市政府工作报告(2022年2月11日 杜汇良)", "二、本届政府施政成果和今后五年经济社会发展主要任务\n"
     "市四届人大一次会议以来,全市经济社会发展取得新的历史性成就。产业发展深层次变革。新能源装机突破400万千瓦。", "2017-2021"),
    ("南充市政府工作报告(2022年1月6日 古正举)", "一、过去五年工作回顾\n"
     "市六届人大一次会议以来的五年,是南充发展史上极不平凡的五年。地区生产总值年均增长7.1%。", "2017-2021"),
    # a term cut to four years counts four (芜湖市政府工作报告 2022, under 2021年和本届政府工作回顾: 这四年,我们…)
    ("芜湖市政府工作报告(2022年1月10日)", "一、2021年和本届政府工作回顾\n这四年,我们抓统筹、促优化。城镇化率达72.3%。",
     "2018-2021"),
    ("2022年工作计划", "一、2021年工作回顾\n四年来,累计新增就业12万人。", "2018-2021"),
])
def test_five_years_end_in_the_year_the_review_is_of(title, body, period):
    found = extract_body(body, title)
    assert [r.period for r in found.actuals] == [period] and not found.targets


@pytest.mark.parametrize("heading, body, period", [
    # 荆州市 and 泸州市 2021年政府工作报告 (lawtext/gov): the year named beside the term in the heading; the paragraph
    # names the year as the term's last, then tells the five years, and its 一是… items after it
    ("一、2020年和“十三五”工作回顾", "各位代表!2020年是“十三五”收官之年。过去这五年,是荆州发展最好的五年。\n"
     "一是生态环境明显好转。拆除长江干线码头340处。", "2016-2020"),
    ("一、2020年工作回顾和“十三五”发展主要成就", "各位代表,2020年是全面建成小康社会和“十三五”规划收官之年。过去五年,"
     "全市上下齐心协力。全市经济总量突破2000亿元大关,年均增长7.7%。", "2016-2020"),
    # 长治市2022年政府工作报告 (lawtext/gov): under a heading of the five years, the same opening keeps them
    ("一、过去五年工作回顾", "2021年是本届政府收官之年。回顾过去五年,我们真抓实干。地区生产总值翻了一番。", "2017-2021"),
    # the year named as the term's last, then the year itself told: that year (乐山, 伊春 2021 and the like)
    ("一、2020年和“十三五”工作回顾", "2020年是“十三五”收官之年。一年来,我们统筹推进。新增城镇就业3.2万人。", "2020"),
])
def test_a_year_named_as_its_terms_last_then_the_terms_years_told(heading, body, period):
    title = "荆州市政府工作报告(2021年)" if "2020" in heading else "长治市政府工作报告(2022年)"
    found = extract_body(heading + "\n" + body, title)
    assert {r.period for r in found.actuals} == {period} and not found.targets


def test_a_paragraph_its_source_broke_mid_sentence_goes_on_with_the_one_before():
    """荆州市2022年政府工作报告 (lawtext/gov): the year's (一)… items under 2021年和过去五年工作回顾, one broken by a line
    break before its last figure; 南充市2021年政府工作报告: a 过去五年 paragraph broken before 平均浓度."""
    body = ("一、2021年和过去五年工作回顾\n刚刚过去的2021年,是荆州发展极不平凡的一年。\n"
            "(一)经济运行在持续回稳中逐步向好。实际利用外资2.1亿美元、增长145.6%。预计可支配收入分别恢复至2019年的105.6%、\n"
            "110.6%。\n(二)产业发展在体系重塑中夯实壮大。招引亿元以上工业项目420个。\n"
            "过去五年,我们全力以赴治源头、优生态。细颗粒物(PM2.5)\n平均浓度较2015年下降34.1%。")
    found = extract_body(body, "荆州市政府工作报告(2022年)")
    periods = {r.value: r.period for r in found.actuals}
    assert periods[110.6] == periods[420] == periods[145.6] == "2021"
    assert periods[34.1] == "2017-2021" and not found.targets
    # a 政府工作报告 a site titles by the year it reviews is given the year after, and plans that year (金碧镇
    # 政府工作报告(2024年), dayao.gov.cn, given 2025年1月3日; 天长市2015年政府工作报告, given 2016年1月29日)
    assert plan_year_of("政府工作报告(2024年)", "——在金碧镇第十四届人民代表大会第七次会议上\n镇长王 鹏\n2025年1月3日\n", None) == 2025
    assert plan_year_of("天长市2015年政府工作报告", "——2016年1月29日在天长市第十五届人民代表大会第六次会议上\n", None) == 2016
    assert plan_year_of("政府工作报告", "(2023年4月20日)\n各位代表、同志们:", None) == 2023
    # the day it was given outranks a year a sentence of the review names in passing (伊金霍洛镇 2023, yjhl.gov.cn)
    assert plan_year_of("政府工作报告(草案)", "(2023年4月20日)\n一年来,我们在旗委、政府以及镇党委的坚强领导下,紧紧围绕2022年总体工作思路和经济社会发展各项目标任务,全力以赴兴产业。", None) == 2023
    assert plan_year_of("2024年木棠镇人民政府工作报告", "——2024年1月5日在木棠镇第十七届人民代表大会第五次会议上", None) == 2024
    assert plan_year_of("关于2023年度审计工作报告", "——2024年8月25日在区人大常委会会议上", None) == 2023  # no 政府工作报告


# In a review of five years, a paragraph opening with their last year (刚刚过去的2021年…, after an address) or with
# 一年来 tells that year alone, and so do the list items after it: 东营市政府工作报告 2022 (一、过去五年工作回顾 …
# 各位代表!刚刚过去的2021年是…的一年。 一是…), 伊春市政府工作报告 2022 (一年来,我们…), 七台河市 2022, 宁波市 2026.
@pytest.mark.parametrize("body, period", [
    ("一、过去五年工作回顾\n各位代表!刚刚过去的2021年是东营发展史上具有里程碑意义的一年。\n"
     "二是抓紧抓实项目建设。招商引资成效显著,新引进投资过亿元项目208个。", "2021"),
    ("一、过去五年及2021年工作回顾\n各位代表,刚刚过去的2021年,我们统筹推进疫情防控。\n"
     "一年来,我们加力抓招商上项目强产业,新签约产业项目38个。", "2021"),
    ("一、过去五年和2021年工作回顾\n各位代表,刚刚过去的2021年是我市历史上经济形势最为严峻复杂的一年。\n"
     "(四)创新发展能力不断增强。新建5G基站211个,数字化城市建设加快,智慧城市运营中心投入使用。", "2021"),
    # the paragraph after the list turns back to the five years
    ("一、过去五年工作回顾\n各位代表!刚刚过去的2021年是极不平凡的一年。\n一是抓紧抓实项目建设。\n"
     "各位代表!过去五年的成绩来之不易。累计实现城镇新增就业22.2万人。", "2017-2021"),
])
def test_the_last_year_of_a_five_year_review_tells_that_year(body, period):
    found = extract_body(body, "2022年政府工作报告")
    assert [r.period for r in found.actuals] == [period] and not found.targets


# A paragraph opening on the five years that turns to their last year with a sentence opening 刚刚过去的2021年 (or 刚刚
# 过去的一年) tells that year from there on, the five years before it (茂名市政府工作报告 2022, lawtext/gov: 各位代表!过去
# 五年,…确保了大疫之年大局稳、发展稳。刚刚过去的2021年,…预计地区生产总值增长6.0%以上…).
@pytest.mark.parametrize("body, periods", [
    ("一、本届政府工作回顾\n各位代表!过去五年,全市发展经历了起伏变化,累计城镇新增就业31.72万人。刚刚过去的2021年,"
     "面对依然复杂的外部环境,我们坚定信心。预计地区生产总值增长6.0%以上。", ["2017-2021", "2021"]),
    ("一、本届政府工作回顾\n各位代表!过去五年,累计城镇新增就业31.72万人。刚刚过去的一年,我们坚定信心。"
     "引进产业项目36个。", ["2017-2021", "2021"]),
    # a paragraph on the five years that never turns stays theirs
    ("一、本届政府工作回顾\n各位代表!过去五年,全市发展经历了起伏变化。累计城镇新增就业31.72万人。"
     "引进产业项目36个。", ["2017-2021", "2017-2021"]),
])
def test_a_five_year_paragraph_turning_to_its_last_year_tells_it(body, periods):
    found = extract_body(body, "茂名市政府工作报告(2022年1月10日)")
    assert [r.period for r in found.actuals] == periods and not found.targets


# The converse: a paragraph on the year just past that turns to the five years it closes with a sentence opening
# 回首过去五年 (or 五年来) tells the five years from there on (运城市政府工作报告 2021, lawtext/gov: 各位代表!刚刚过去的
# 2020年,为完成“十三五”目标任务划上了圆满句号…。回首过去五年,…。五年来,…一般公共预算收入突破90亿元,年均增长9.8%).
@pytest.mark.parametrize("body, periods", [
    ("一、2020年和“十三五”时期工作回顾\n各位代表!刚刚过去的2020年,新登记市场主体6.7万户。回首过去五年,全市上下团结拼搏。"
     "五年来,一般公共预算收入年均增长9.8%。", ["2020", "2016-2020"]),
    # 五年来 inside a sentence is no turn
    ("一、2020年和“十三五”时期工作回顾\n各位代表!刚刚过去的2020年,新登记市场主体6.7万户,为五年来最多。"
     "城镇新增就业5.2万人。", ["2020", "2020"]),
])
def test_a_year_paragraph_turning_to_the_five_years_tells_them(body, periods):
    found = extract_body(body, "运城市政府工作报告(2021年2月23日)")
    assert [r.period for r in found.actuals] == periods and not found.targets


# A paragraph opening with 一年来, 过去一年 or 刚刚过去的2021年 (after 各位代表!) under a review heading of five years and
# the last (过去五年及2021年工作回顾, 伊春市 2022; 过去五年和2021年工作回顾, 七台河市 2022; “十四五”时期和2025年工作回顾,
# 沈阳市 2026) tells that last year, not the five.
@pytest.mark.parametrize("title, body, period", [
    ("伊春市政府工作报告(2022年1月13日)", "一、过去五年及2021年工作回顾\n一年来,我们加力抓招商上项目强产业。新签约产业项目38个。",
     "2021"),
    ("七台河市2022年政府工作报告", "一、过去五年和2021年工作回顾\n各位代表,刚刚过去的2021年,极不平凡。新建5G基站211个。", "2021"),
    ("沈阳市2026年政府工作报告", "一、“十四五”时期和2025年工作回顾\n各位代表!刚刚过去的2025年,极不平凡。城镇新增就业19.9万人。",
     "2025"),
    ("伊春市政府工作报告(2022年1月13日)", "一、过去五年及2021年工作回顾\n五年来,棚户区改造3.8万户。", "2017-2021"),
    # the year named beside the five years in the heading: a paragraph opening with it, and its 一是… items, tell it
    # (泸州市2022年政府工作报告, lawtext/gov); the five years' paragraphs after them stay the five years'
    ("泸州市政府工作报告(2022年1月5日 余先河)", "2021年和过去五年工作回顾\n2021年,我们奋力推动“十四五”开好局、起好步。\n"
     "一是经济总体平稳健康发展。新增地方政府专项债券118.8亿元。", "2021"),
    ("泸州市政府工作报告(2022年1月5日 余先河)", "2021年和过去五年工作回顾\n2021年,我们奋力推动“十四五”开好局。\n"
     "各位代表!2021年各项工作任务顺利完成。\n——我们始终坚持发展第一要务。累计实施市重点项目2600个。", "2017-2021"),
    # a paragraph opening with the five-year plan just ended, under a review of it and its last year, tells the five
    # years, and so do the ——items and (一)items after it (伊春市 2021, 长治市 2021 政府工作报告, lawtext/gov)
    ("伊春市政府工作报告(2021年2月7日)", "一、“十三五”时期及2020年工作回顾\n“十三五”时期是决胜阶段。\n"
     "——生态文明建设成效显著。森林覆盖率达83.8%。", "2016-2020"),
    ("长治市政府工作报告(2021年2月23日)", "一、“十三五”时期工作回顾\n“十三五”时期是重大意义的五年。\n"
     "(三)城市面貌持续改善。推动中心城区提质扩容,完成“一城四区”行政区划调整,建成人才公寓2380套。", "2016-2020"),
])
def test_one_year_opening_under_a_five_year_review_is_the_last_year(title, body, period):
    found = extract_body(body, title)
    assert [r.period for r in found.actuals] == [period] and not found.targets


# A plan heading that opens the five-year plan in its first year ("凝心聚力做好今年各项工作 确保“十四五”开好局起好步",
# 肇庆市2021年政府工作报告, lawtext/gov) gives its part that year: the headline goals after it are the year's, not
# 2021-2025's (the same heading opening “十五五” in 2026). A heading of the five years (奋战“十四五”新征程) keeps the span.
@pytest.mark.parametrize("title, body, periods", [
    ("肇庆市政府工作报告(2021年2月4日 吕玉印)", "凝心聚力做好今年各项工作 确保“十四五”开好局起好步\n"
     "全市经济社会发展主要预期目标是:地区生产总值增长7%,一般公共预算收入增长8%。", ["2021", "2021"]),
    ("市政府工作报告(2021年2月4日)", "三、扎实做好2021年工作 奋力实现“十四五”良好开局\n力争新增就业4万人。", ["2021"]),
    ("市政府工作报告(2026年2月4日)", "三、全力推动“十五五”开好局起好步\n力争新增就业4万人。", ["2026"]),
    ("肇庆市政府工作报告(2021年2月4日 吕玉印)", "奋战“十四五”新征程 走对走实走好高质量发展路子\n"
     "力争2025年常住人口城镇化率提高到55%。", ["2021-2025"]),
])
def test_a_plan_heading_opening_a_five_year_plan_is_its_first_year(title, body, periods):
    found = extract_body(body, title)
    assert [r.period for r in found.targets] == periods


# ...and so does one opening with 今年 said in that last year, in a report given in its December (石嘴山市政府工作报告,
# 2021年12月28日: 一、过去五年工作回顾 … 各位代表,今年是中国共产党成立100周年, lawtext/gov; 常德市政府工作报告 was given on
# 2021年12月29日 too). Said in the plan's own year (a January report), 今年 is no year of the review: the five years' still.
@pytest.mark.parametrize("title, body, period", [
    ("石嘴山市政府工作报告(2021年12月28日 王伟)", "一、过去五年工作回顾\n各位代表,今年是中国共产党成立100周年。"
     "我们统筹推进常态化疫情防控和经济社会发展。项目建设扎实推进。156个重点项目加快建设。", "2021"),
    ("市政府工作报告(2021年12月29日)", "一、过去五年工作回顾\n今年是“十四五”规划开局之年。新建5G基站211个。", "2021"),
    ("市政府工作报告(2022年1月7日)", "一、过去五年工作回顾\n各位代表,今年是党的二十大召开之年。五年累计新建5G基站2110个。",
     "2017-2021"),
])
def test_this_year_said_in_the_last_year_of_a_five_year_review_tells_that_year(title, body, period):
    found = extract_body(body, title)
    assert [r.period for r in found.actuals] == [period] and not found.targets


# 今年以来 is the year of the page's date: a town's news of its congress (据了解,今年以来,…工业开票销售38.48亿元), a
# plan of the year published in spring, a plan of the next year written in December. Undated, the year before the plan's.
@pytest.mark.parametrize("title, date, body, period", [
    ("镇人大代表视察经济运行", "2024-08-12", "据了解,今年以来,全镇实现工业开票销售38.48亿元。", "2024"),
    ("王坛镇2025年工作要点", "2025-03-10", "今年以来已完成固定资产投资2亿元。", "2025"),  # no comma: 以来 is no name
    ("王坛镇2025年工作计划", "2024-12-20", "今年以来,全镇已完成固定资产投资2亿元。", "2024"),
    ("王坛镇2025年工作计划", None, "今年以来,全镇已完成固定资产投资2亿元。", "2024"),
])
def test_a_paragraph_opening_this_year_so_far_reports_the_year_of_the_pages_date(title, date, body, period):
    found = extract_body(body, title, date)
    assert [r.period for r in found.actuals] == [period] and not found.targets
    assert found.actuals[0].indicator in ("工业开票销售", "固定资产投资")


# 年初以来 opens the year so far as 今年以来 does (肇州县 项目 news, 中国改革报 2024-12-25; 通榆县2025年计划执行情况,
# tongyu.gov.cn 2026-02-06: 年初以来,在县委的坚强领导下,…): 争取 there is obtained.
@pytest.mark.parametrize("title, date, body, roles", [
    ("肇州县:以项目高质量稳定经济增长“压舱石”", "2024-12-25",
     "截至目前,肇州县项目开复工率达97.5%。\n年初以来,肇州县争取高标准农田、老旧小区改造等项目17个,项目储备66个。",
     [("actual", 97.5, "2024"), ("actual", 17, "2024"), ("actual", 66, "2024")]),
    ("某县经济社会延续稳定向好发展态势", "2025-12-20", "年初以来,全县新建高标准农田12万亩。\n推广水肥一体化210万亩。",
     [("actual", 12, "2025"), ("actual", 210, "2025")]),  # leading the item, as 今年以来 does (below)
])
def test_a_paragraph_opening_since_the_years_start_reports_the_year_so_far(title, date, body, roles):
    found = extract_body(body, title, date)
    assert roles_of(found) == sorted(roles)


# A sentence opening with the state as of now names the year whose figure it gives (肇州县 项目 news, 中国改革报
# 2024-12-25); its 计划 or 预计 still aims (宣风镇 重大产业项目, 2020: 截至目前,已签约的重大项目共5个,2020年计划投资…).
@pytest.mark.parametrize("title, date, body, roles", [
    ("肇州县:以项目高质量稳定经济增长“压舱石”", "2024-12-25", "截至目前,黑龙江省肇州县2024年项目开复工率达97.5%。",
     [("actual", 97.5, "2024")]),
    ("宣风镇重大产业项目推进良好", "2020-06-01", "截至目前,已签约的重大项目共5个,2020年计划投资65.5亿元。",
     [("actual", 5, "2020"), ("target", 65.5, "2020")]),
])
def test_the_state_as_of_now_gives_the_years_figure_as_a_result(title, date, body, roles):
    found = extract_body(body, title, date)
    assert roles_of(found) == sorted(roles)


# A news item led by 今年以来 tells the year so far under its run-in headings too (四都镇【奋勇争先这一年】, zaxww.cn
# 2025-11-27; 永安镇 前三季度, 中国网 2022-10-25): 争取 there is obtained. Its own 将/力争 still aims; a 今年以来 that
# leads no item (a later paragraph) keeps to its paragraph.
@pytest.mark.parametrize("title, date, body, roles", [
    ("四都镇:锚定目标促发展 提质增效谱新篇", "2025-11-27",
     "今年以来,四都镇全力以赴推进各项任务。\n抓项目、稳增长\n主要领导坚持带队招商引资,新签约项目2个,投资额1.3亿元。",
     [("actual", 2, "2025"), ("actual", 1.3, "2025")]),
    ("自贡沿滩区:全力以赴拼经济 坚定不移稳增长", "2022-10-25",
     "今年以来,永安镇全力以赴拼经济、搞建设。\n聚焦农业农村,守牢粮食安全“底线”。整治撂荒地914亩,并对上争取产业强镇资金300万元。",
     [("actual", 914, "2022"), ("actual", 300, "2022")]),
    ("某镇项目建设稳步推进", "2025-06-10", "今年以来,某镇全力推进项目建设。\n下一步,某镇将力争新签约项目5个。",
     [("target", 5, "2025")]),
    ("某镇召开项目推进会", "2025-06-10", "6月9日,某镇召开项目推进会。\n今年以来,全镇完成投资2亿元。\n新签约项目3个。",
     [("actual", 2, "2025"), ("target", 3, "2025")]),
])
def test_a_news_item_led_by_this_year_so_far_reports_it_under_its_run_in_headings(title, date, body, roles):
    found = extract_body(body, title, date)
    assert roles_of(found) == sorted(roles)


# 今年 in the review of a report given in January of its plan's year is the year planned (江苏省政府工作报告(2024年1月
# 23日)报道: 过去一年,…。今年经济社会发展主要预期目标也定了,其中…增长5%以上); given in December (岳阳 2023年12月31日),
# or 今年以来, it is the year reviewed.
JIANGSU = "报告回顾了2023年工作。过去一年,江苏地区生产总值增长5.8%。今年经济社会发展主要预期目标也定了,其中地区生产总值增长5%以上。"


@pytest.mark.parametrize("title, date, roles", [
    ("江苏省政府工作报告(2024年1月23日)报道", None, [("actual", 5.8, "2023"), ("target", 5, "2024")]),
    ("江苏省政府工作报告报道", "2024-01-23", [("actual", 5.8, "2023"), ("target", 5, "2024")]),
    ("江苏省2024年政府工作报告报道", "2023-12-31", [("actual", 5.8, "2023"), ("actual", 5, "2023")]),
])
def test_jinnian_in_a_january_reports_review_is_the_year_planned(title, date, roles):
    found = extract_body(JIANGSU, title, date)
    assert roles_of(found) == sorted(roles)


# A meeting's news names the year it lays out work for (大朗镇 2013年度总结会议, guannews.com 7330; 中共楼塔镇
# 代表大会, xsrb.xsnet.cn 2025-01-02); a year the meeting only sums up is none (counter-example).
@pytest.mark.parametrize("body, year", [
    ("昨日,大朗镇召开2013年度总结会议,总结2013年工作,研究部署2014年工作。据会议透露,预计2013年全年实现生产总值175亿元。", 2014),
    ("日前,中共楼塔镇第15届代表大会第5次会议召开。会议回顾了2024年工作,部署了2025年任务。", 2025),
    ("昨日,某镇召开总结会议,总结2013年工作。", None),
    # the year whose goals deputies are called to reach (两河镇第十八届人民代表大会, shiquan.qinfeng.gov.cn 1490)
    ("2012年,全年预计农业总产值1.2亿元。镇党委要求,为全面实现2013年农业总产值增长10%以上,人口自然增长率控制在4.5‰以内的目标进一步统一思想。", 2013),
    ("2012年,全镇实现了农业总产值1.2亿元。", None),
    # the year whose work the report arranges (竹山县第十九届人大二次会议, zsrdw.gov.cn 2022-12-27), and the common shape
    # of a meeting's news; a year the report sums up is none (counter-example)
    ("王丽媛在报告中指出,2022年是竹山历史上极具挑战、极不平凡的一年。\n报告对2023年的工作进行了全面科学的安排部署。", 2023),
    ("会议对2025年重点工作作出部署。", 2025),
    ("会议对2022年工作进行了全面总结。", None),
])
def test_a_meetings_news_plans_the_year_it_deploys(body, year):
    assert plan_year_of("预计去年实现生产总值175亿元", body, None) == year


# News of a report given in December (竹山县第十九届人大二次会议, zsrdw.gov.cn 2022-12-27): after the sentence saying who
# gave it, the speaker's words opening with the year before the plan's review that year to the paragraph's end.
# Counter-examples: the speaker naming the plan's year, and a plan lead-in after the review in the paragraph.
ZHUSHAN = ("在热烈的掌声中,县长王丽媛代表县人民政府向大会作工作报告。王丽媛在报告中指出,2022年是竹山历史上极具挑战、极不平凡的一年。"
           "一年来,我们较好完成了县十九届人大一次会议确定的目标任务。全年预计实现地区生产总值153亿元,增长13%。\n"
           "报告对2023年的工作进行了全面科学的安排部署。")


@pytest.mark.parametrize("body, roles", [
    (ZHUSHAN, [("actual", 13, "2022"), ("actual", 153, "2022")]),
    ("县长李明代表县人民政府作工作报告。李明在报告中指出,2023年,全县力争地区生产总值增长6%。\n会议对2023年工作作出部署。",
     [("target", 6, "2023")]),
    ("县长李明代表县人民政府作工作报告。李明在报告中指出,2022年,全县地区生产总值增长5%。今年主要预期目标是:地区生产总值增长6%。\n"
     "会议对2023年工作作出部署。", [("actual", 5, "2022"), ("target", 6, "2023")]),
])
def test_a_speakers_words_on_the_year_before_review_it(body, roles):
    found = extract_body(body, "竹山县第十九届人民代表大会第二次会议隆重开幕", "2022-12-27")
    assert roles_of(found) == sorted(roles)



# 彭水县 (psx.gov.cn, 2025-02) and the central budget report (财政部, 2025-03): the draft's year is the year a
# budget report plans; its execution part reports the year before. Counter-example: a draft named alone.
BUDGET_REPORTS = [
    ("关于彭水苗族土家族自治县2024年预算执行情况和2025年预算草案的报告",
     "一、2024年预算执行情况\n(一)全县预算执行情况\n——全县一般公共预算收入完成26.06亿元,增长17.6%。"),
    ("关于2024年中央和地方预算执行情况与2025年中央和地方预算草案的报告(摘要)",
     "一、2024年中央和地方预算执行情况\n(一)2024年一般公共预算收支情况\n全国一般公共预算收入219702.12亿元,为预算的98.1%,比2023年增长1.3%。"),
]


@pytest.mark.parametrize("title, body", BUDGET_REPORTS)
def test_a_budget_report_plans_its_drafts_year_and_reports_its_executions(title, body):
    found = extract_body(body, title)
    assert found.plan_year == 2025
    assert not found.targets
    assert {r.period for r in found.actuals} == {"2024"}
    assert plan_year_of("2025年预算执行情况的报告", "", None) == 2025  # no draft: the year named



# 城口县 (cqck.gov.cn, 2025-01) and 洪湖镇 (cqcs.gov.cn, 2025-10) leave the 年 out of their titles' years: read as
# if it were there. Counter-examples: an amount (2000万元以上) and a date (2022年12月26日) in a title are no year.
BARE_YEAR_TITLES = [
    ("城口县2024财政预算执行情况2025财政预算草案的报告", "城口县2024年财政预算执行情况2025年财政预算草案的报告"),
    ("重庆市长寿区洪湖镇人民政府2024部门决算情况说明", "重庆市长寿区洪湖镇人民政府2024年部门决算情况说明"),
]


@pytest.mark.parametrize("bare, written", BARE_YEAR_TITLES)
def test_a_title_year_without_its_nian_is_read_as_the_year(bare, written):
    body = ("一、2024年预算执行情况\n全县一般公共预算收入完成10.2亿元,增长5%。\n"
            "二、2025年预算草案\n全县一般公共预算收入预计11亿元,增长6%。")
    assert extract_body(body, bare) == extract_body(body, written)
    draft = extract_body(body, BARE_YEAR_TITLES[0][0])
    assert [(r.value, r.period) for r in draft.targets] == [(11, "2025"), (6, "2025")]
    assert extract_body("2025年工作安排\n新建道路3条。", "关于下达2000万元以上项目计划的通知").plan_year == 2025
    assert extract_body("——2022年12月26日在岳阳市第九届人民代表大会第三次会议上\n", "岳阳市政府工作报告(2022年12月26日 李挚)").plan_year == 2023


# 前三季度我市民生实事加快推进 (7263355.com news, 2025): 全年任务 names the year's task done, it does not
# make the clauses after it this year's plan. Counter-example: 全年 alone still does.
def test_the_years_task_is_no_mark_of_a_plan():
    body = ("根据季度序时进度安排,截至三季度末,其中24个事项已提前完成全年任务,9个事项超序时进度,11个事项按序时推进。\n"
            "截至三季度末,其中14个事项已提前完成全年任务,7个事项超序时进度,26个事项按序时推进。")
    found = extract_body(body, "前三季度我市民生实事加快推进")
    assert not found.targets
    assert sorted(r.value for r in found.actuals) == [7, 9, 11, 14, 24, 26]
    found = extract_body("截至三季度末,已完成投资11.54亿元,全年新开工项目5个。", "2025年工作计划")
    assert [(r.value, r.role) for r in found.targets] == [(5, "target")]


# 宣风镇重大产业项目推进良好 (江西分宜, 2020): 占全年投资 is the whole the share of what was done is of; the 计划投资
# before it still plans. 永安镇 前三季度 news (自贡沿滩区, 2022) says 占全年目标任务 the same way.
def test_a_share_of_the_whole_year_is_no_mark_of_a_plan():
    body = "截至目前,已签约的重大项目共5个,2020年计划投资65.5亿元,截至5月,已完成投资27.5亿元,占全年投资的42%。"
    found = extract_body(body, "宣风镇重大产业项目推进良好")
    assert [(r.value, r.role) for r in found.targets] == [(65.5, "target")]
    assert sorted(r.value for r in found.actuals) == [5, 27.5, 42]


# --- properties ----------------------------------------------------------------------

SEED_LIKE = [text for _, text, _ in ROWS] + [NATIONAL, COUNTY, HALF_YEAR, BULLETS, DIGEST]


def check_records(body: str, title: str | None = PLAN) -> None:
    """Every record quotes the body around its number and has a unit."""
    found = extract_body(body, title)
    for r in found.targets + found.actuals:
        assert r.unit, r
        assert r.quote in body, r
        assert any(body.startswith(r.quote, s) for s in range(r.offset - len(r.quote) + 1, r.offset + 1)), r
        number = body[r.offset :]
        assert number[:1].isdigit() or number[:1] in "一二两三四五六七八九十百千万亿零〇０１２３４５６７８９", r
        assert len(r.quote) <= 60, r
        assert r.role in ("target", "actual") and r.kind in ("level", "growth", "count", "threshold", "share")
        if r.base_unit == "%":
            assert r.unit.endswith("%") or r.unit == "fraction"
        if r.unit.endswith("个百分点"):
            assert r.base_unit == "个百分点"


@pytest.mark.parametrize("body", SEED_LIKE, ids=range(len(SEED_LIKE)))
def test_quotes_hold_the_number_and_every_record_has_a_unit(body):
    check_records(body)


def test_seed_records_quote_the_document_body(seed_paths):
    from monitor.seedformat import parse_file

    for path in seed_paths:
        doc = parse_file(path)
        found = extract(doc)
        for r in found.targets + found.actuals:
            assert r.quote in doc.body and 10 <= len(r.quote) <= 60, (path.name, r)
            assert doc.body[r.offset : r.offset + 1].isdigit() or doc.body[r.offset] in "一二两三四五六七八九十", r
        check_records(doc.body, doc.title)


def test_raw_text_quotes_are_substrings_of_the_raw_body():
    raw = "今年目标：财政总收入１２００万元，同比增长６.５％；新增就业２万人。"
    assert unicodedata.normalize("NFKC", raw) != raw
    found = extract_body(raw, PLAN)
    assert [(r.value, r.unit) for r in found.targets] == [(1200, "万元"), (6.5, "%"), (2, "万人")]
    for r in found.targets:
        assert r.quote in raw and raw[r.offset] in "１２６"


HUGE = "9" * 400  # more digits than a float holds: float() gives inf


@pytest.mark.parametrize(
    "text",
    [f"一般公共预算收入{HUGE}万元，同比增长5%。", f"增长{HUGE}.5%，新增就业300人。", f"完成投资1e-{HUGE}亿元，新建村级避灾安置中心2个。",
     f"粮食产量稳定在5-{HUGE}吨，新增就业300人。", f"新增就业(万人){HUGE}，完成投资2亿元。", f"利用系数达到{HUGE}，完成投资2亿元。",
     f"一般公共预算收入{'9' * 250}亿元，同比增长5%。"],
    ids=["money", "percent", "exponent-like", "range", "label-unit", "coefficient", "finite-until-scaled"],
)
def test_a_number_no_figure_has_is_no_record_and_the_text_still_diffs(text):
    # Read as inf, it printed "Infinity" (invalid JSON) and `monitor diff` crashed on log(0).
    from monitor.diff import diff_documents

    found = extract_body(text, PLAN)
    values = [v for r in found.targets + found.actuals for v in (r.value, r.min, r.max, r.base_value, r.base_min, r.base_max)]
    assert found.targets and all(abs(v) < 1e100 for v in values if v is not None)
    old = Document(title=PLAN, paragraphs=(text,))
    new = Document(title=PLAN, paragraphs=("一般公共预算收入5000万元，同比增长5%，新增就业300人，完成投资2亿元。",))
    diff_documents(old, new, extract(old), extract(new))
    diff_documents(new, old, extract(new), extract(old))


FRAGMENTS = st.sampled_from(
    [t for _, text, _ in ROWS for t in re.split("(?<=[。,;])", text) if t]
    + ["\n", "一、", "(二)", "“", "”", "2024年", "比上年", "分别", "各", "、", "和", "以上", "以下", " ", "至", "-", "１", "％"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(FRAGMENTS, max_size=30), st.sampled_from([PLAN, None, "政府工作报告", "2023年上半年工作总结"]))
def test_any_mix_of_plan_language_gives_well_formed_records(parts, title):
    check_records("".join(parts), title)


def test_explain_shows_each_record_beside_its_sentence_and_the_skipped_numbers():
    body = "2024年是新中国成立75周年。力争全年引进1亿元以上项目2只,抓好104国道改造。"
    rows = explain_body(body, PLAN)
    assert [r["sentence"] for r in rows] == ["2024年是新中国成立75周年。", "力争全年引进1亿元以上项目2只,抓好104国道改造。"]
    first, second = rows
    assert first["records"] == [] and {s["number"] for s in first["skipped"]} == {"2024", "75"}
    assert [(r["value"], r["unit"]) for r in second["records"]] == [(2, "只")]
    rules = {s["number"]: s["rule"] for s in second["skipped"]}
    assert rules == {"1亿元以上": "amount-class", "104": "bare-no-unit"}
    assert all(s["reason"] for s in second["skipped"])
    assert [r["rule"] for r in second["records"]] == ["plan-part"]


def test_explain_of_a_document_matches_its_extraction():
    doc = Document(title=PLAN, paragraphs=("新增市场主体450家,其中规上企业3家。",))
    taken = [r for row in explain(doc) for r in row["records"]]
    assert [{k: v for k, v in r.items() if k != "rule"} for r in taken] == [t.to_json() for t in extract(doc).targets]


def test_cli_explain_prints_records_beside_their_sentence_and_skipped_numbers(tmp_path):
    from click.testing import CliRunner

    from monitor.cli import cli

    path = tmp_path / "plan.txt"
    path.write_text("2024年工作计划\n\n力争全年引进1亿元以上项目2只,抓好104国道改造。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    i = next(n for n, line in enumerate(lines) if "力争全年引进1亿元以上项目2只" in line)
    block = "\n".join(lines[i : i + 4])
    assert "+ target count" in block and "2只 [力争]" in block and "plan-part" in block
    assert "- 1亿元以上: [amount-class]" in block
    assert "- 104:" in block


@pytest.mark.parametrize(
    "sentence, directions",
    [
        ("单位GDP能耗降低2.5%,地区生产总值增长6%左右。", [("单位GDP能耗", "down"), ("地区生产总值", "up")]),
        ("压减地下水开采量0.3亿立方米。", [("压减地下水开采量", "down")]),
        ("PM2.5平均浓度降至35微克/立方米,城镇化率提高到65%。", [("PM2.5平均浓度", "down"), ("城镇化率", "up")]),
        ("化学需氧量、氨氮排放量分别下降3%、2%。", [("化学需氧量排放量", "down"), ("氨氮排放量", "down")]),
        ("新建学校3所,粮食产量与上年持平。", [("新建学校", "none"), ("粮食产量", "none")]),
    ],
)
def test_records_carry_the_direction_the_words_give(sentence, directions):
    found = extract_body("二、2025年工作安排\n" + sentence, "2025年工作计划").targets
    assert [(t.indicator, t.direction) for t in found] == directions


# Every marker of tense and period, found where it stands (and not inside other words).
MARKERS = [
    ("力争新增就业1200人", "hedges", [(0, "力争")]), ("争取上级资金1亿元", "strive", [0]),
    ("争创省级示范区2个", "hedges", [(0, "力争")]), ("确保粮食产量稳定在10万吨", "hedges", [(0, "确保")]),
    ("预计增长5%", "hedges", [(0, "预计")]), ("计划新建学校5所", "forward", [0]), ("实施行动计划3项", "forward", []),
    ("拟发行国债1万亿元", "forward", [0]), ("模拟演练3次", "forward", []), ("下半年新增企业10家", "forward", [0]),
    ("年底前建成5个", "forward", [0]), ("年底建成5个", "this_year", [0]), ("明年新建基站300个", "next_year", [0]),
    ("去年新增就业1000人", "last_year", [0]), ("比去年增加10人", "last_year", []), ("过去的一年新增10家", "last_year", [0]),
    ("上年度完成投资5亿元", "last_year", [0]), ("已建成3个", "past", [0]), ("已经建成3个", "past", [0]),
    ("已于3月开工", "past", []), ("今年新增2个", "this_year", [0]), ("今年以来新增2个", "past", [2]),
    ("全年完成5亿元", "this_year", [0]), ("年内建成2个", "this_year", [0]), ("到2027年建成10个", "by_year", [(0, 2027)]),
    ("1-5月完成投资8亿元", "months", [(0, "1", "5")]), ("春节期间接待游客5万人次", "holiday", "春节"),
    ("新增5家;建成3个", "semis", [4]), ("截至11月底完成8亿元", "past", [0]), ("2024年新增10家", "years", [(0, 2024)]),
    ("从2024年的5家增加到10家", "years", []),
    ("逐步开展2024年9500亩高标准农田建设项目", "years", [(4, 2024)]),  # 孙庙乡 2025: a year before its amount
    ("2024年9月完成投资8亿元", "years", []), ("2024年1-6月完成投资8亿元", "years", []),  # a month, not the year's
    ("前三季度建筑业总产值达到5.57亿元", "months", [(0, "1", "9")]),  # 未央宫街道 2023: the first nine months
]


@pytest.mark.parametrize("sentence, field, expected", MARKERS, ids=[m[0] for m in MARKERS])
def test_each_marker_of_tense_and_period_is_found_where_it_stands(sentence, field, expected):
    from monitor.extract.layout import Doc, Sentence, marks_of

    marks = marks_of(Doc(sentence, sentence, "2025年工作计划", 2025), Sentence(0, len(sentence), "plan", "2025", 0))
    assert getattr(marks, field) == expected


def test_explain_cuts_sentences_after_their_stops():
    body = "二、2025年工作安排\n新建学校3所!新增就业500人?。。力争增长5%。\n。。新建公园2个"
    entries = explain_body(body, "2025年工作计划")
    assert [(e["sentence"], e["offset"]) for e in entries] == [
        ("二、2025年工作安排", 0), ("新建学校3所!", 12), ("新增就业500人?。。", 19), ("力争增长5%。", 30), ("新建公园2个", 40),
    ]


def test_every_record_is_a_whole_target():
    # records are built without Target's frozen __init__ (reading._new_target): a field added to
    # Target must be given by the extractor too, or records would lack it
    from dataclasses import fields

    from monitor.models import Target

    body = "二、2025年工作安排\n力争新增城镇就业500人。省级、市级示范村分别增长5%、8%。\n2024年完成投资3亿元。"
    result = extract_body(body, "2025年工作计划")
    records = [*result.targets, *result.actuals]
    assert len(records) >= 3
    for r in records:
        assert list(vars(r)) == [f.name for f in fields(Target)]
        assert r == Target(**vars(r)) and hash(r) == hash(Target(**vars(r)))


def test_a_later_year_in_the_sentence_gives_the_period_of_the_results_after_it():
    """继2023年突破60亿大关之后,2024年…达到74.23亿元: the figures after 2024年 are 2024's, the first 2023's
    (突破70亿元目标 names the year's target the result passed: no result of its own, rule past-target)."""
    from monitor.extract import extract_body

    found = extract_body("一、2024年工作回顾\n一是规上工业产值继2023年突破60亿大关之后,2024年仍然持续上扬突破70亿元目标,"
                         "达到74.23亿元,同比增长23.75%。", "2024年湖镇镇政府工作报告")
    assert [(t.value, t.period) for t in found.actuals] == [(60, "2023"), (74.23, "2024"), (23.75, "2024")]


def test_a_milestone_passed_gives_no_period_to_the_figures_after_it():
    """鄂尔多斯市政府工作报告 2023 (lawtext/gov): 继2021年迈过4000亿元台阶后 names the milestone of 2021; the figures
    after its 后, to the end of the sentence, are 2022's, as those before it are."""
    from monitor.extract import extract_body

    found = extract_body("一、过去一年工作总结\n预计完成地区生产总值5400亿元、增长6.2%,继2021年迈过4000亿元台阶后,突破5000亿元"
                         "大关;一般公共预算收入842.8亿元、增长52.7%。", "鄂尔多斯市政府工作报告(2023年1月2日 杜汇良)")
    assert [(t.value, t.period) for t in found.actuals] == [
        (5400, "2022"), (6.2, "2022"), (4000, "2021"), (5000, "2022"), (842.8, "2022"), (52.7, "2022")]


def test_a_year_written_right_before_an_amount_gives_its_period():
    """孙庙乡2025年政府工作报告 (xiejiaji.gov.cn): 2024年9500亩 is the amount of 2024, not of the 2023年 earlier in the
    sentence, nor is the amount after it; 2024年9月 stays a month."""
    from monitor.extract import extract_body

    found = extract_body("一、2024年工作回顾\n全力推动全乡项目建设,2023年高标准农田项目完成省级验收,逐步开展2024年9500亩"
                         "高标准农田建设项目,治理改造农田总计16300亩。", "孙庙乡2025年政府工作报告")
    assert [(t.value, t.period) for t in found.actuals] == [(9500, "2024"), (16300, "2024")]


def test_the_first_three_quarters_give_a_results_months():
    """未央宫街道2023年工作总结 (weiyang.gov.cn): 前三季度…5.57亿元 in a review of 2023 is of 2023年1-9月, named without
    the time, as 1至10月 before it is; 全年 in the clause before stays the year's."""
    from monitor.extract import extract_body

    found = extract_body("一、2023年工作完成情况\n全年固定资产投资29.30亿元;前三季度建筑业总产值达到5.57亿元,同比增速4.5%。",
                         "未央宫街道2023年工作总结及2024年工作计划")
    assert [(t.indicator, t.value, t.period) for t in found.actuals] == [
        ("固定资产投资", 29.3, "2023"), ("建筑业总产值", 5.57, "2023年1-9月"), ("建筑业总产值增速", 4.5, "2023年1-9月")]


def test_a_half_year_report_reviews_this_year_so_far_not_the_last():
    """镇2015年上半年…完成情况…的报告: its review names no year, and reports 1-6月 of 2015, not of 2014."""
    from monitor.extract import extract_body

    found = extract_body("一、完成情况\n预计1-6月份,完成地区生产总值10.3亿元,同比增长14.4%,占年计划的53.3%。\n"
                         "二、下半年工作目标\n下半年,力争全年地区生产总值达到19.8亿元。",
                         "镇2015年上半年重点工作完成情况及下半年工作目标措施的报告")
    assert {(t.value, t.period) for t in found.actuals} == {(10.3, "2015年1-6月"), (14.4, "2015年1-6月"), (53.3, "2015年1-6月")}
    assert [(t.value, t.period) for t in found.targets] == [(19.8, "2015")]


def test_funds_obtained_in_a_review_carry_no_aim():
    """争取 in a review reports what was obtained (汉滨区 2025: 争取上级转移支付31.8亿元), so no 力争; in a plan it is one."""
    review = records("一、2024年工作回顾\n争取上级转移支付31.8亿元、专项资金25.8亿元。\n二、2025年工作安排\n"
                     "下半年争取专项资金30亿元。", "2025年政府工作报告")
    assert review == [T("专项资金", 30, "亿元", "level", "力争"),
                      T("上级转移支付", 31.8, "亿元", "level", role="actual"), T("专项资金", 25.8, "亿元", "level", role="actual")]


# 全年 right after an earlier year, in its clause, is that year's: a news item of 2016 (蜀山全面吹响“迎峰会”集结号,
# 萧山网 2016-02-22) and one of 2014 (预计去年实现生产总值175亿元, guannews.com 7330). Counter-example: 全年 in a
# clause of its own after an earlier year is the year of the document.
@pytest.mark.parametrize("body, title, date, period", [
    ("2月22日上午,蜀山街道动员会召开。\n记者在会上了解到,2015年蜀山全年实现财政总收入7.14亿元,同比增长17.49%。",
     "蜀山全面吹响“迎峰会”集结号", "2016-02-22", "2015"),
    ("大朗镇召开2013年度总结会议,研究部署2014年工作。\n据会议透露,预计2013年全年实现生产总值175亿元,同比增长12%。",
     "预计去年实现生产总值175亿元", None, "2013"),
    ("一、2016年工作回顾\n继2015年突破7亿元之后,全年实现财政总收入8.5亿元。", "2017年政府工作报告", None, "2016"),
])
def test_the_whole_year_after_an_earlier_year_is_that_years(body, title, date, period):
    found = extract_body(body, title, date)
    assert {t.period for t in found.actuals} == {period} and not found.targets


def test_the_whole_year_in_a_review_of_a_year_and_a_five_year_plan_is_that_year():
    """黄龙县 2026: 一、2025年及“十四五”工作回顾 — 全年 figures are 2025's, 五年来 figures the five years'."""
    found = extract_body("一、2025年及“十四五”工作回顾\n一是综合实力迈上新台阶。全年生产总值完成30.69亿元、增长4.7%。\n"
                         "五年来,累计完成固定资产投资120亿元。", "2026年黄龙县政府工作报告")
    assert [(t.value, t.period) for t in found.actuals] == [(30.69, "2025"), (4.7, "2025"), (120, "2021-2025")]


def test_a_bulleted_list_opening_with_an_earlier_year_tells_that_year_throughout():
    """广东省2024年政府工作报告 as a WeChat digest gives it (freewechat.com): "●2023年…" then "●…" items are 2023's
    results; the "◆" list under 主要预期目标是: stays 2024's targets."""
    found = extract_body("1月23日上午,广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。\n报告指出:\n"
                         "●2023年广东地区生产总值达到13.57万亿元、增长4.8%;\n●地方一般公共预算收入达1.39万亿元、增长4.3%;\n"
                         "●社会消费品零售总额达4.7万亿元、增长5.8%;\n报告提出,今年广东经济社会发展的主要预期目标是:\n"
                         "◆地区生产总值增长5%;\n◆规模以上工业增加值增长5%;", "13.57万亿!全国首个", "2024-01-23")
    assert [(t.value, t.period) for t in found.actuals] == [(13.57, "2023"), (4.8, "2023"), (1.39, "2023"), (4.3, "2023"),
                                                            (4.7, "2023"), (5.8, "2023")]
    assert [(t.value, t.period) for t in found.targets] == [(5, "2024"), (5, "2024")]
    # counter-example: a list opening with this year's work stays the plan's
    assert [t.role for t in extract_body("●2024年新建道路5公里;\n●改造农房20户。", "2024年工作计划").targets] == ["target"] * 2


# 过去5年 as 过去五年: the 2026 government work report as newspapers digest it (国内生产总值年均增长5.4%; 星岛日报,
# 南国都市报 2026-03-05) and county digests write the five years with an Arabic 5. Counter-example: 2025年来华游客.
@pytest.mark.parametrize("body", ["一、过去5年工作回顾\n地区生产总值年均增长6.2%。",
                                  "一、2025年工作回顾\n过去5年,国内生产总值年均增长6.2%。",
                                  "一、2025年工作回顾\n5年来,国内生产总值年均增长6.2%。"])
def test_five_years_written_with_an_arabic_5_are_the_five_years(body):
    found = extract_body(body + "\n二、2026年工作安排\n地区生产总值增长6%。", "2026年政府工作报告")
    assert [(t.value, t.period) for t in found.actuals] == [(6.2, "2021-2025")]
    assert [(t.value, t.period) for t in found.targets] == [(6, "2026")]
    assert [t.period for t in extract_body("一、2025年工作回顾\n全市接待2025年来华游客增长6.2%。", "2026年政府工作报告").actuals] == ["2025"]


# --- multi-year plans: the span the title names, and the stages in it (real 实施方案/行动计划/专项规划) ---
SPAN_PLANS = [
    # (title, sentence, value, period): a goal with no year of its own is the span's; 到YYYY年 a stage of it
    ("新乡市建设制造强市三年行动计划(2023—2025年)", "规模以上工业企业力争突破2200家。", 2200, "2023-2025"),
    ("白山市江源区五年攻坚行动方案(2022—2026年)", "到2026年,建成区面积达到13.8平方公里。", 13.8, "2022-2026"),
    ("成都市城市社区嵌入式服务设施建设工程实施方案(2024—2027年)",
     "到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成。", 100, "2024-2025"),
    ("赣州市城镇老旧小区改造专项规划(2021-2025年)", "到2021年,新开工并基本改造完成城镇老旧小区137个。", 137, "2021"),
    ("赣州市城镇老旧小区改造专项规划(2021-2025年)", "到2023年,新开工并基本改造完成城镇老旧小区220个。", 220, "2021-2023"),
    ("泉州市乡村振兴整镇推进指导意见(2022—2025年)", "到2025年,60%以上乡镇达到“五好”乡镇发展评价体系要求。", 60, "2022-2025"),
    ("嘉定区海绵城市建设实施方案(2024年)", "嘉定区到2030年底,80平方公里以上建设用地面积达到海绵城市建设目标要求。", 80, "2024-2030"),
    ("XX镇2025年和美乡村建设实施方案", "新建农村公路5公里。", 5, "2025"),
    ("全面推进城市一刻钟便民生活圈建设三年行动计划(2023—2025)", "到2025年,全国将建成约1万个一刻钟便民生活圈。", 1, "2023-2025"),
    # a deadline (YYYY年底前, the shape of 河南 乡村建设行动 "2025年年底前,累计新改造…550万户") is a stage like 到YYYY年
    ("XX县乡村建设行动实施方案(2023—2027年)", "2025年年底前,累计新改造农村无害化卫生厕所5.5万户。", 5.5, "2023-2025"),
    ("XX县乡村建设行动实施方案(2023—2027年)", "全面完成2000年底前建成的老旧小区改造,累计改造90个。", 90, "2023-2027"),
    # a stage named by its year or years (the common shape of a 实施步骤 part)
    ("XX县人居环境整治提升三年行动方案(2025—2027年)", "第一阶段(2025年):完成30个村庄整治。", 30, "2025"),
    ("XX县人居环境整治提升三年行动方案(2025—2027年)", "第二阶段(2026—2027年):累计完成80个村庄整治。", 80, "2026-2027"),
    # 近期/远期 of a 专项规划 run from the plan's first year
    ("XX县农村生活污水治理专项规划(2021—2035年)", "近期(2025年):全县农村生活污水治理率达到60%以上。", 60, "2021-2025"),
    ("XX县农村生活污水治理专项规划(2021—2035年)", "远期(2035年):农村生活污水治理率达到90%以上。", 90, "2021-2035"),
    ("泉州市乡村振兴整镇推进指导意见(2022—2025年)", "2023年起,各县每年按乡镇总量15%左右比例推广培育。", 15, "2023-2025"),
    ("淮南市规上工业企业培育专项行动(2021-2025年)", "按照全市每年净增规上工业企业100户的要求。", 100, "2021-2025"),
    # a paragraph opening with the plan's first year sets that year's goals, no review (国务院 2024—2025年节能降碳行动方案:
    # 2024年,单位国内生产总值能源消耗和二氧化碳排放分别降低2.5%左右、3.9%左右,…)
    ("2024—2025年节能降碳行动方案", "2024年,非化石能源消费占比达到18.9%左右。", 18.9, "2024"),
]


@pytest.mark.parametrize("title, sentence, value, period", SPAN_PLANS)
def test_the_period_of_a_goal_in_a_multi_year_plan_is_its_span_or_its_stage(title, sentence, value, period):
    found = extract_body("一、主要目标\n" + sentence, title)
    assert [(t.value, t.period) for t in found.targets] == [(value, period)] and not found.actuals


# The end of a five-year plan named in a sentence (到“十四五”末, “十四五”期末) dates a goal set in a year of that
# plan: 临湘市 (2021-08-04 解读党代会报告), 三门峡 (2022-12-26 未来五年目标: 力争到“十四五”末,城镇化人口达70%左右).
# Counter-example: a plan ended before the document's year dates nothing (the 十三五 in a 2023 plan).
FIVE_YEAR_END = [
    ("解读市第十三次党代会工作报告", "2021-08-04", "到“十四五”末,全市生产总值突破500亿元。", 500, "2021-2025"),
    ("锚定目标,全面实现现代化", "2022-12-26", "力争到“十四五”末,城镇化人口达70%左右。", 70, "2021-2025"),
    ("XX县2023年政府工作报告", None, "确保“十四五”期末森林覆盖率达到57%。", 57, "2021-2025"),
    ("XX县2023年政府工作报告", None, "对标“十三五”期末水平,今年新增就业1200人。", 1200, "2023"),
]


@pytest.mark.parametrize("title, date, sentence, value, period", FIVE_YEAR_END)
def test_a_goal_for_the_end_of_a_five_year_plan_spans_its_five_years(title, date, sentence, value, period):
    found = extract_body("一、主要目标\n" + sentence, title, date)
    assert [(t.value, t.period) for t in found.targets] == [(value, period)]


# A lead-in naming its year as one year of a five-year plan dates the goals after it to that year: 南平市 2021
# 政府工作报告 (lawtext/gov: 2021年是“十四五”开局之年,经济社会发展的主要预期目标是:…), and the common shape of it
# in a 十五五 year (2026年是“十五五”开局之年 opens the goals of 石家庄, 合肥 2026). Counter: a lead-in of the plan's
# five years still spans them.
@pytest.mark.parametrize("leadin, period", [
    ("2021年是“十四五”开局之年,经济社会发展的主要预期目标是:", "2021"),
    ("2026年是“十五五”开局之年,全市经济社会发展主要预期目标是:", "2026"),
    ("“十四五”时期经济社会发展的主要目标是:", "2021-2025"),
])
def test_a_year_of_a_five_year_plan_leading_in_the_goals_dates_them(leadin, period):
    found = extract_body("一、2020年工作回顾\n全市生产总值增长0.3%。\n" + leadin + "全市生产总值增长7.5%左右;城镇新增就业1.4万人。",
                         "政府工作报告(" + period[:4] + "年1月18日)")
    assert [(t.value, t.period) for t in found.targets] == [(7.5, period), (1.4, period)]


# A top heading naming the five-year plan that opens in the report's year heads its goals, with no plan word in it:
# 南平市 2021 (lawtext/gov: 二、实施“十四五”规划,奋力开启全面建设社会主义现代化新征程, after a review closing on
# 一年来的主要工作和成效是:), 亳州市 2021 (lawtext/gov: 二、科学谋划,砥砺奋进“十四五”); the year's goals led in with
# 今年 under the next heading (三、奋力前行,只争朝夕开新局 / 今年发展的主要预期目标是:) are the year's.
@pytest.mark.parametrize("heading", ["二、实施“十四五”规划,奋力开启全面建设社会主义现代化新征程", "二、科学谋划,砥砺奋进“十四五”"])
def test_a_heading_naming_the_five_year_plan_opening_this_year_heads_its_goals(heading):
    found = extract_body("一、2020年工作回顾\n一年来的主要工作和成效是:\n城镇新增就业1.92万人。\n" + heading
                         + "\n“十四五”期间全市生产总值年均增长6.5%。\n三、奋力前行,只争朝夕开新局\n"
                         "今年发展的主要预期目标是:一般公共预算收入增长5.5%左右。", "2021年政府工作报告")
    assert [(t.value, t.period) for t in found.actuals] == [(1.92, "2020")]
    assert [(t.value, t.period) for t in found.targets] == [(6.5, "2021-2025"), (5.5, "2021")]


# 到“十四五”末 before an amount is a time, as 到2025年 is: the measure is the one its sentence named before
# (曲靖 2022 政府工作报告: 市内生产总值年均增长9%以上,到“十四五”末达5000亿元…,到2026年达5500亿元), and a year named
# after the plan's end dates what follows it (2026), not the plan's five years. The common shape of it, 地区生产总值.
FIVE_YEAR_END_AMOUNT = [
    ("曲靖市政府工作报告", "2022-01-25",
     "今后五年的奋斗目标是:市内生产总值年均增长9%以上,到“十四五”末达5000亿元,到2026年达5500亿元。",
     [("市内生产总值", 9, "2022-2026"), ("市内生产总值", 5000, "2021-2025"), ("市内生产总值", 5500, "2022-2026")]),
    ("XX市政府工作报告", "2021-02-02", "今后五年,地区生产总值年均增长7%,到“十四五”末达到3000亿元。",
     [("地区生产总值", 7, "2021-2025"), ("地区生产总值", 3000, "2021-2025")]),
]


@pytest.mark.parametrize("title, date, sentence, targets", FIVE_YEAR_END_AMOUNT)
def test_an_amount_for_the_end_of_a_five_year_plan_names_the_measure_before(title, date, sentence, targets):
    found = extract_body(sentence, title, date)
    assert [(t.indicator, t.value, t.period) for t in found.targets] == targets


# 占比分别达 after a list of amounts that 分别增长 names each amount's share in turn, as the growths before it do:
# 曲靖 2021 and 2022 政府工作报告 (lawtext/gov), their reviews of the year's investment.
GENERIC_OF_EACH = [
    ("民间投资、产业投资、工业投资、制造业投资分别增长28.1%、28.4%、12.1%、24.1%,占比分别达61.3%、47.3%、25.8%、17.9%。",
     ["民间投资占比", "产业投资占比", "工业投资占比", "制造业投资占比"]),
    ("产业投资、工业投资、制造业投资分别增长33.9%、26.9%、26.6%,占比分别达55.1%、28.5%、19.8%。",
     ["产业投资占比", "工业投资占比", "制造业投资占比"]),
]


@pytest.mark.parametrize("sentence, shares", GENERIC_OF_EACH)
def test_a_generic_share_after_a_list_is_each_listed_amounts(sentence, shares):
    found = extract_body("一、2021年工作回顾\n" + sentence, "曲靖市政府工作报告")
    assert [a.indicator for a in found.actuals if a.kind == "share"] == shares


# The end of a year gone (截至2024年底) dates a status, not this year's plan: 交通运输部 on the 十四五 (国新办,
# 2025-07-21), 国家公路网 (央广网 2022-07-26: 截至2021年底,国家高速公路已建成11.7万公里). Counter-example: 到2025年底
# in a 2025 plan is its deadline.
YEAR_END = [
    ("“十四五”交通规划17项主要指标中6项提前完成 11项年底前将全部完成", "截至2024年底,铁路营业里程达到16.2万公里。",
     [], [(16.2, "2024")]),
    ("我国路网规模已位居世界前列 2035年国家公路网规模将超46万公里", "截至2021年底,国家高速公路已建成11.7万公里。",
     [], [(11.7, "2021")]),
    ("XX县2025年工作计划", "到2025年底,全县高标准农田面积达到50万亩。", [(50, "2025")], []),
]


@pytest.mark.parametrize("title, sentence, targets, actuals", YEAR_END)
def test_a_status_at_the_end_of_a_year_gone_is_a_result_of_that_year(title, sentence, targets, actuals):
    found = extract_body(sentence, title, "2025-07-21" if "十四五" in title else None)
    assert [(t.value, t.period) for t in found.targets] == targets
    assert [(t.value, t.period) for t in found.actuals] == actuals


# An earlier five-year plan named as the time of a clause in a review dates that clause, and is no name: 荆门
# 十四五纲要 (2021-04-27: 2020年…达到1906.4亿元,“十三五”时期年均增长5.2%), 武昌区 十三五建议 (2015-12-14: 到“十二五”
# 期末,地区生产总值预计将达到880亿元,年均增长11.3%). Counter-example: the next clause's level is the year's.
def test_an_earlier_five_year_plan_named_in_a_clause_dates_it():
    jingmen = extract_body("第一节 发展基础\n2020年全市地区生产总值达到1906.4亿元,“十三五”时期年均增长5.2%,人均地区生产总值超过1万美元。",
                           "荆门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")
    assert [(t.indicator, t.value, t.period) for t in jingmen.actuals] == [
        ("地区生产总值", 1906.4, "2020"), ("地区生产总值", 5.2, "2016-2020"), ("人均地区生产总值", 1, "2020")]
    wuchang = extract_body("一、“十二五”时期取得的成绩\n到“十二五”期末,地区生产总值预计将达到880亿元,年均增长11.3%。",
                           "中共武昌区委关于制定武昌区国民经济和社会发展第十三个五年规划的建议")
    assert [(t.value, t.period) for t in wuchang.actuals] == [(880, "2015"), (11.3, "2011-2015")]
    # 陵川县 2026 (lczf.gov.cn): 较“十三五”末 is the base compared with, the doubling is 2025's
    lingchuan = extract_body("一、2025年工作回顾\n预计2025年,一般公共预算收入完成4.2亿元,较“十三五”末实现翻番。", "陵川县2026年政府工作报告")
    assert {t.period for t in lingchuan.actuals} == {"2025"}
    # 顺德区 2026 (foshannews.net 2026-03-17): the sentence that measures from 十三五末 goes on with the same account
    shunde = extract_body("地区生产总值达到4469亿元,较“十三五”末增长24.3%;连续14年位居全国百强区榜首,工业总产值率先在全国市辖区"
                          "突破万亿元;营商环境评价位列全省第一名。", "顺德区2026年政府工作报告")
    assert not shunde.targets and [t.value for t in shunde.actuals] == [4469, 24.3, 1]



def test_a_later_year_whose_clause_closes_on_goals_dates_them():
    """岳阳 2023 政府工作报告: 围绕2030年GDP过万亿、…目标 sets 2030's goals, not the plan year's."""
    body = "二、2023年工作安排\n全力以赴拼经济,围绕2030年GDP过万亿、一般公共预算地方收入过400亿、进出口总额过2000亿目标,奋力建设省域副中心城市。"
    found = extract_body(body, "岳阳市2023年政府工作报告").targets
    assert [(t.indicator, t.period) for t in found] == [
        ("GDP", "2023-2030"), ("一般公共预算地方收入", "2023-2030"), ("进出口总额", "2023-2030")]
    # 石首市 十四五纲要 (2021): 是“十二五”时期的1.54倍 compares 2020 with the earlier five years
    shishou = extract_body("第一节发展基础\n2020年实现地区生产总值208.86亿元,是“十二五”时期的1.54倍。",
                           "石首市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")
    assert {t.period for t in shishou.actuals} == {"2020"}


# A mid-term review of a five-year plan reports the plan's first years: 国家 (新华社 2023-12-26), 上海 (澎湃
# 2023-11-22). Its numbers are progress, not targets; the plan's own goal it quotes is neither.
# Counter-example: a notice to carry a review out plans (关于开展“十四五”规划实施情况中期评估工作的通知).
MIDTERM = [
    ("“十四五”规划纲要实施实现“时间过半、任务过半”——从中期评估报告看“十四五”发展新成效",
     "报告显示,制造业增加值占GDP比重提升至27.8%,战略性新兴产业增加值年均增长15.8%。", [], [27.8, 15.8]),
    ("《上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估报告",
     "地表水达到或好于III类水体比例95.6%,远超60%的规划目标。", [], [95.6]),
    ("宁化县人民政府办公室关于开展“十四五”规划实施情况中期评估工作的通知",
     "各单位于2023年6月30日前报送评估报告,完成率达到100%。", [100], []),
]


@pytest.mark.parametrize("title, sentence, targets, actuals", MIDTERM)
def test_a_mid_term_review_reports_progress_of_the_plans_first_years(title, sentence, targets, actuals):
    found = extract_body(sentence, title)
    assert [t.value for t in found.targets] == targets
    assert [(t.value, t.period) for t in found.actuals] == [(v, "2021-2023") for v in actuals]


def test_a_year_inside_a_multi_year_plan_or_the_base_it_builds_on_reports_nothing():
    """泉州 2022—2025: 2023年起 plans; 宣州 2025: 巩固2024年…成果 names the base, the 2 villages are planned."""
    span = extract_body("2023年起,各县(市、区)每年按乡镇总量15%左右比例推广培育;到2025年,60%以上乡镇达到评价体系要求。",
                        "泉州市乡村振兴整镇推进指导意见(2022—2025年)")
    assert [(t.indicator, t.value) for t in span.targets] == [("各县(市、区)每年按乡镇总量", 15), ("乡镇", 60)]
    assert not span.actuals
    base = extract_body("2025年,持续巩固2024年培育示范村建设成果,培育2个省级中心村。", "XX镇2025年和美乡村建设实施方案")
    assert [(t.value, t.role) for t in base.targets] == [(2, "target")] and not base.actuals


def test_an_area_upgraded_is_a_level_not_a_growth():
    """高标准农田实施方案 2025: 累计改造提升2.8亿亩 is the area to upgrade; 提升 alone still moves a figure."""
    found = extract_body("到2030年,力争累计建成高标准农田13.5亿亩,累计改造提升2.8亿亩。", "高标准农田建设实施方案(2025年)")
    assert [(t.value, t.kind) for t in found.targets] == [(13.5, "level"), (2.8, "level")]
    assert [t.kind for t in extract_body("农村居民人均可支配收入提升8%。", "2025年工作计划").targets] == ["growth"]


def test_a_short_place_name_ending_a_list_keeps_its_own_name():
    """成都 2024—2027: …武侯区、成华区50%的城市社区 — 成华区 is a district, not a tail to prefix (粮食…产量 is)."""
    found = extract_body("确保四川天府新区、青羊区、成华区50%的城市社区建成完备的社区嵌入式服务综合体。",
                         "成都市城市社区嵌入式服务设施建设工程实施方案(2024—2027年)")
    assert [t.indicator for t in found.targets] == ["四川天府新区", "青羊区", "成华区"]


def test_the_state_a_multi_year_plan_starts_from_is_a_result_of_the_year_before_it():
    """A 三年行动方案 (2025—2027) opens with 发展现状 / 基本情况: results of 2024, then its goals."""
    found = extract_body("一、发展现状\n全县农村卫生厕所普及率达到85%,建成美丽乡村示范村30个。\n(一)基本情况\n全镇现有耕地面积5.6万亩。\n"
                         "二、主要目标\n到2027年,农村卫生厕所普及率达到95%以上。",
                         "XX县农村人居环境整治提升三年行动方案(2025—2027年)")
    assert [(t.value, t.period) for t in found.actuals] == [(85, "2024"), (30, "2024"), (5.6, "2024")]
    assert [(t.value, t.period) for t in found.targets] == [(95, "2025-2027")]


@pytest.mark.parametrize("title", ["XX镇国民经济和社会发展“十五五”规划纲要", "XX镇国民经济和社会发展第十五个五年规划纲要"])
def test_a_five_year_plan_with_no_year_in_its_title_plans_its_five_years(title):
    """A township 十五五 plan: goals 到2030年 are 2026-2030; the 十四五 it reviews is 2021-2025."""
    found = extract_body("一、“十四五”时期发展成就\n“十四五”期间,全镇地区生产总值年均增长6.5%。\n二、“十五五”时期主要目标\n"
                         "到2030年,全镇地区生产总值达到65亿元;每年新增规上工业企业3家以上。", title)
    assert found.plan_year == 2030
    assert [(t.value, t.period) for t in found.targets] == [(65, "2026-2030"), (3, "2026-2030")]
    assert [(t.value, t.period) for t in found.actuals] == [(6.5, "2021-2025")]


def test_a_task_list_row_of_a_multi_year_plan_takes_its_deadline_and_its_yearly_pace():
    """重点任务清单 of a 三年行动方案 (2024—2026): a row's 完成时限 is its stage; 每年不少于 is the same task a year."""
    found = extract_body("附件\n重点任务清单\n序号 | 重点任务 | 目标要求 | 牵头单位 | 完成时限\n"
                         "1 | 农村公路提档升级 | 新改建农村公路120公里,每年不少于40公里 | 县交通运输局 | 2026年底前\n"
                         "2 | 农村户厕改造 | 完成户厕改造3000户 | 县农业农村局 | 2025年底前",
                         "XX县和美乡村建设三年行动方案(2024—2026年)")
    assert [(t.indicator, t.value, t.period) for t in found.targets] == [
        ("新改建农村公路", 120, "2024-2026"), ("每年新改建农村公路", 40, "2024-2026"), ("户厕改造", 3000, "2024-2025")]


@pytest.mark.parametrize("sentence, kind", [
    ("新增公办学位1.3万个。", "count"),  # 衡水 2025 (gold: count)
    ("净增市场主体4.3万家。", "count"),  # 岳阳 2023 (gold: count)
    ("改造农村户厕1.1万座。", "count"),  # 衡水 2024-2025 (gold: count)
    ("到2025年,全国将建成约1万个一刻钟便民生活圈。", "count"),  # 一刻钟便民生活圈三年行动计划 2023—2025
    ("生猪出栏1.5万头。", "level"),  # a herd's output, not things created
])
def test_things_counted_in_ten_thousands_are_counts(sentence, kind):
    assert [t.kind for t in extract_body("二、2025年工作安排\n" + sentence, "2025年工作计划").targets] == [kind]


@pytest.mark.parametrize("sentence, role, indicator, value, unit", [
    # 十八大报告: the doubling targets, written 翻一番 after a base year; each measure of the list doubles
    ("实现国内生产总值和城乡居民人均收入比2010年翻一番。", "target", "国内生产总值", 1, "番"),
    ("实现国内生产总值和城乡居民人均收入比2010年翻一番。", "target", "城乡居民人均收入", 1, "番"),
    ("到2025年,全镇农业总产值比2020年翻一番。", "target", "农业总产值", 1, "番"),
    ("力争到2027年,数字经济规模实现翻番。", "target", "数字经济规模", 1, "番"),  # 翻番 alone is one doubling
    ("到2035年,经济总量比2020年翻两番。", "target", "经济总量", 2, "番"),
    ("全年接待游客量达到2019年的1.5倍。", "target", "接待游客量", 1.5, "倍"),  # a multiple of a base: the base is no name
    ("高新技术企业数量是上年的2倍。", "target", "高新技术企业数量", 2, "倍"),
    ("全镇财政收入翻了一番。", "actual", "财政收入", 1, "番"),  # the perfective reports it
])
def test_a_doubling_or_a_multiple_of_a_base_is_a_growth(sentence, role, indicator, value, unit):
    found = extract_body("二、2025年工作安排\n" + sentence, "2025年工作计划")
    records = found.targets if role == "target" else found.actuals
    assert [(t.value, t.unit, t.kind) for t in records if t.indicator == indicator] == [(value, unit, "growth")], records


@pytest.mark.parametrize("sentence", ["经过一番努力,问题得到解决。", "实施农民收入翻番计划。", "别有一番风味。"])
def test_a_fan_that_is_no_doubling_gives_no_record(sentence):
    found = extract_body("二、2025年工作安排\n" + sentence, "2025年工作计划")
    assert found.targets == [] and found.actuals == []


# A review heading that names no year, under a review of a year, reviews that same year: 塔洋镇2015年政府工作报告
# (qionghai.hainan.gov.cn, delivered 2016-03-07), 中原镇 2015年上半年 report (qionghai.hainan.gov.cn, 2015-08-31).
# The counter-row: a report's own review heading still gives the year before the plan's (2024年政府工作报告).
REVIEW_UNDER_REVIEW = [
    ("塔洋镇2015年政府工作报告", "2015年工作回顾\n全镇全年社会生产总值达11.3亿元。\n一年来,我们主要做了以下工作:\n"
     "提升镇墟品味。投入1961万元加强镇墟建设。", [(11.3, "2015"), (1961, "2015")]),
    ("政府工作报告", "--2015年8月31日在中原镇第十五届人民代表大会第六次会议上\n2015年上半年工作回顾\n"
     "一、新型城镇化建设成效显著\n充分利用边境建设资金492.6万元,硬化村路10.5公里。", [(492.6, "2015上半年"), (10.5, "2015上半年")]),
    ("2024年政府工作报告", "一年来,我们主要做了以下工作:\n新增就业5763人。", [(5763, "2023")]),
    # under a half year's title (沅陵县应急管理局2025年上半年工作总结, yuanling.gov.cn 2025-07-31; the common shape of a
    # bureau's 上半年工作总结), a heading of no year or half reviews the half the title names
    ("沅陵县应急管理局2025年上半年工作总结", "一、工作开展情况\n上半年,共排查重大隐患31处,一般隐患2379处。",
     [(31, "2025上半年"), (2379, "2025上半年")]),
    ("县教育局2024年上半年工作总结及下半年工作计划", "一、主要工作开展情况\n制定整改措施87个,完成整改措施72个。",
     [(87, "2024上半年"), (72, "2024上半年")]),
    # a heading naming a quarter of no year is of the title's year (泗洲头镇2024年度重点工作计划二季度执行情况,
    # 2024-08-01: its table's 第二季度完成情况), never the year before
    ("泗洲头镇2024年度重点工作计划二季度执行情况", "第二季度完成情况\n本年度19个项目完成投资3000万元。",
     [(19, "2024二季度"), (3000, "2024二季度")]),
    # a heading or a title naming the months so far (a 镇's 下半年工作总结, haozongjie.com 2501007: 1—9月经济指标完成情况;
    # 临洮县2024年1-2月财政收支执行情况, lintao.gov.cn) is of those months; not a title naming two years, the first of a
    # final account (渠县2024年财政总决算和2025年1-6月财政预算执行情况的报告, quxian.gov.cn)
    ("乡镇政府2022年下半年工作总结及年末工作计划", "1—9月经济指标完成情况\n工业总产值25992万元,完成全年目标任务的76%。",
     [(25992, "2022年1-9月"), (76, "2022年1-9月")]),
    ("临洮县2024年1-2月财政收支执行情况", "从收入结构看:税收收入15348万元,占收入的89.99%。",
     [(15348, "2024年1-2月"), (89.99, "2024年1-2月")]),
    ("渠县2024年财政总决算和2025年1-6月财政预算执行情况的报告", "全县一般公共预算收入完成251510万元。", [(251510, "2024")]),
]


# A plan heading pointing back to the goals just set (上述目标), naming no year, goes on in their span of years: the
# 十四五 tasks of 石嘴山市2021年政府工作报告 and the five-year tasks of 曲靖市2022年政府工作报告 (lawtext/gov). The
# counter-rows: under the year's plan it keeps the year; naming 今年 (南充市2022年政府工作报告) it turns to the year.
PLAN_SPAN_UNDER_PLAN = [
    ("2021年政府工作报告", "二、“十四五”时期重点任务\n主要奋斗目标是:地区生产总值年均增长6.5%左右。\n"
     "实现上述目标,我们将在以下七个方面合力攻坚、重点突破:\n(四)加快生态文明建设\n森林覆盖率达到8.8%。",
     [(6.5, "2021-2025"), (8.8, "2021-2025")]),
    ("2022年政府工作报告", "二、今后五年的主要任务\n今后五年的奋斗目标是:市内生产总值年均增长9%以上。\n"
     "实现上述目标,要重点抓好6个方面的工作:\n(一)突出创新驱动,构建现代产业体系。全市高新技术企业达到500家。",
     [(9, "2022-2026"), (500, "2022-2026")]),
    ("2023年政府工作报告", "二、2023年工作安排\n主要预期目标是:地区生产总值增长6.5%以上。\n"
     "实现上述目标,我们将重点抓好八个方面工作:\n(一)突出内需带动\n网络零售额增长7%。", [(6.5, "2023"), (7, "2023")]),
    ("2022年政府工作报告", "二、今后五年政府工作目标任务\n地区生产总值年均增长7%左右。\n"
     "围绕上述目标,今年要统筹抓好十个方面工作:\n(一)做强产业\n新增规上工业企业100户。", [(7, "2022-2026"), (100, "2022")]),
]


@pytest.mark.parametrize("title, body, expected", PLAN_SPAN_UNDER_PLAN)
def test_a_heading_back_to_the_goals_set_keeps_their_span(title, body, expected):
    found = extract_body(body, title)
    assert [(t.value, t.period) for t in found.targets] == expected


# A title that names a report only in quotes is no report given in the year it plans: how the report's tasks went
# (舒城县应急局2024年《政府工作报告》12月份重点工作分解落实情况, shucheng.gov.cn 2025-01-03; the common shape of a
# bureau's 《政府工作报告》重点工作落实情况) reviews the title's own year. The counter-row: a report's own title.
QUOTED_REPORTS = [
    ("《舒城县应急局2024年《政府工作报告》12月份重点工作分解落实情况》", "11月28日印发《气象灾害防御提示》一份,提前预警。",
     [(1, "2024")]),
    ("县农业农村局2024年《政府工作报告》重点工作落实情况", "一、落实情况\n完成高标准农田建设2.5万亩。", [(2.5, "2024")]),
    ("2024年政府工作报告", "一、2023年工作回顾\n完成高标准农田建设2.5万亩。", [(2.5, "2023")]),
]


@pytest.mark.parametrize("title, body, expected", QUOTED_REPORTS)
def test_a_report_named_in_quotes_is_no_report_of_the_year_before(title, body, expected):
    found = extract_body(body, title)
    assert [(a.value, a.period) for a in found.actuals] == expected and not found.targets


@pytest.mark.parametrize("title, body, expected", REVIEW_UNDER_REVIEW)
def test_a_review_heading_with_no_year_keeps_the_year_under_review(title, body, expected):
    found = extract_body(body, title)
    assert [(a.value, a.period) for a in found.actuals] == expected and not found.targets


# A task named before its size, then what was done of it (连州市2025年上半年工作总结: 2025年粮食种植任务38089亩,已完成
# 38492亩; the common shape of a 造林 review): the task is the year's target restated, the figure done the result, named
# by what the task is of.
TASKS_DONE = [
    ("2025年上半年工作总结", "一、上半年工作情况\n2025年粮食种植任务38089亩,已完成38492亩,大豆种植任务1448亩,已完成1448亩。",
     [("粮食种植", 38492), ("大豆种植", 1448)]),
    ("2024年工作总结", "一、2024年工作回顾\n全年造林任务1.2万亩,实际完成1.3万亩。", [("造林", 1.3)]),
]


@pytest.mark.parametrize("title, body, expected", TASKS_DONE)
def test_a_task_restated_before_what_was_done_of_it_is_no_result(title, body, expected):
    found = extract_body(body, title)
    assert [(a.indicator, a.value) for a in found.actuals] == expected and not found.targets


# In a profile with no plan year (a place's entry: 乾丰乡, baike.wangchao.net.cn; 郑家镇(山东省聊城市东昌府区),
# pediainside.com; 城关镇, 岳阳市情网), a sentence that opens with a year gives its results that year; one with no
# year of its own gives none.
PROFILE_YEARS = [
    ("乾丰乡", "全乡下辖5个行政村。\n2007年完成地区生产总值6764万元,增长33%。", [(5, None), (6764, "2007"), (33, "2007")]),
    ("郑家镇(山东省聊城市东昌府区)", "农业\n2011年,郑家镇农业总产值6.56亿元。截至2019年末,郑家镇有工业企业480个。",
     [(6.56, "2011"), (480, "2019")]),
    ("城关镇", "镇区面积6.5平方公里。\n2001年,有28115户,6.5万人。", [(6.5, None), (28115, "2001"), (6.5, "2001")]),
    # a year inside the sentence dates the results up to its semicolon (茶店乡概况, wenke99.com p-8853170)
    ("乡镇年度驻村工作计划", "一、茶店乡概况XX县茶店乡位于湖畔。全乡耕地21587亩;2010年粮食总产量9552吨,农业总产值5476万元;"
     "乡内平均海拔1350米。", [(21587, None), (9552, "2010"), (5476, "2010"), (1350, None)]),
]


@pytest.mark.parametrize("title, body, expected", PROFILE_YEARS)
def test_a_profile_sentence_opening_with_a_year_reports_that_year(title, body, expected):
    found = extract_body(body, title)
    assert [(a.value, a.period) for a in found.actuals] == expected and not found.targets


# Under a review of the five years and the last one (长治市 2022, lawtext/gov, “一、2021年及过去五年工作回顾”; 伊春市
# 2022, “一、过去五年及2021年工作回顾”), a paragraph opened by 过去的一年 or 一年来 tells the last year of the five; the
# paragraph that looks back on the five years keeps them.
@pytest.mark.parametrize("heading", ["一、2021年及过去五年工作回顾", "一、过去五年及2021年工作回顾"])
def test_one_year_under_a_review_of_five_years_is_their_last(heading):
    found = extract_body(heading + "\n过去的一年,全市地区生产总值达到2311亿元、增长11%。\n"
                         "一年来,我们全力以赴抓项目,带动固定资产投资完成892亿元、增长10.3%。\n"
                         "回顾过去五年,战略性新兴产业增加值年均增长19.9%。", "2022年长治市政府工作报告")
    assert [(t.value, t.period) for t in found.actuals] == [(2311, "2021"), (11, "2021"), (892, "2021"), (10.3, "2021"),
                                                            (19.9, "2017-2021")]


# A review heading naming the closing year and the five-year plan opens with what it names first: 重庆市
# 2026 (cq.gov.cn, “一、2025年和“十四五”时期工作回顾”, then 刚刚过去的2025年…一年来) and 长沙市 2026 (长沙晚报,
# “一、2025年及“十四五”工作回顾”); 政和县 2026 (fjzhxww.com) names the five years first and tells them first.
@pytest.mark.parametrize("heading, period", [("一、2025年和“十四五”时期工作回顾", "2025"),
                                             ("一、2025年及“十四五”工作回顾", "2025"),
                                             ("“十四五”时期和2025年工作回顾", "2021-2025")])
def test_a_review_of_a_year_and_a_five_year_plan_opens_with_the_one_named_first(heading, period):
    found = extract_body(heading + "\n全市地区生产总值达到33757.93亿元、增长5.3%。\n五年来,累计新增就业60万人。",
                         "2026年政府工作报告")
    assert [(t.value, t.period) for t in found.actuals] == [(33757.93, period), (5.3, period), (60, "2021-2025")]


# A clause opened by an earlier five-year plan's time tells its five years: 山东省 2026 (reportify.cn digest,
# “十四五”期间全省地区生产总值年均增长5.9%), 广东省 2026 (点石/证券时报, 回顾整个“十四五”时期,…从11.47万亿元增长至
# 14.58万亿元). Counter-example, 乌海市 2025 (corpus): “十四五”期间 inside the name of a task done leaves the next
# clause the year's.
@pytest.mark.parametrize("sentence, value, period", [
    ("“十四五”期间全省地区生产总值年均增长5.9%,高于全国0.5个百分点。", 5.9, "2021-2025"),
    ("回顾整个“十四五”时期,广东地区生产总值从11.47万亿元增长至14.58万亿元。", 14.58, "2021-2025"),
    ("建成自治区级绿色工厂4个,圆满完成单位GDP能耗下降、“十四五”期间批而未供和闲置土地处置任务,高效节水灌溉面积8.6万亩。",
     8.6, "2025"),
])
def test_a_clause_opened_by_an_earlier_five_year_plan_tells_its_five_years(sentence, value, period):
    found = extract_body("一、2025年工作回顾\n" + sentence, "2026年政府工作报告")
    assert (value, period) in [(t.value, t.period) for t in found.actuals]


def test_a_goal_of_the_coming_five_year_plan_is_a_target_of_its_five_years():
    """广东省 2026 as newspapers retell it (证券时报; 21世纪经济报道): the 十五五 goal after the year's, one target."""
    body = ("1月26日上午,广东省第十四届人民代表大会第五次会议开幕,省长孟凡利作政府工作报告。\n"
            "迈入“十五五”开局之年,广东为2026年设定了预期目标。展望未来五年,“十五五”时期的主要目标是实现地区生产总值年均增长5%左右。\n"
            "2026 年广东的主要预期目标包括:地区生产总值 (GDP) 增长 4.5% 至 5%,地方一般公共预算收入增长 3% 左右。\n"
            '报告指出,"十五五"时期的主要目标和重点任务包括,地区生产总值年均增长5%左右,高质量发展取得显著成效。')
    found = extract_body(body, "广东省政府工作报告(2026年1月26日 孟凡利)")
    got = [(t.indicator, t.value, t.qualifier, t.period) for t in found.targets]
    assert ("地区生产总值", 5, "左右", "2026-2030") in got and ("地方一般公共预算收入", 3, "左右", "2026") in got
    assert [t.period for t in found.targets if t.value == 5 and t.qualifier == "左右"] == ["2026-2030"]
    assert not found.actuals


@pytest.mark.parametrize(
    "sentence, name, value",
    [
        # 肥西县“十四五”规划纲要 (2021); 广东省2025年政府工作报告; 丹东市2025年政府工作报告; 乌海市 (counter: a name kept whole)
        ("地区生产总值跃上千亿元新台阶。", "地区生产总值", 1000),
        ("地区生产总值迈上14万亿元新台阶。", "地区生产总值", 14),
        ("经济总量有望突破千亿元大关。", "经济总量", 1000),
        # 安徽省2025年政府工作报告要点 (juece.net.cn); 内蒙古自治区2025年政府工作报告 (boxinkeji.com reprint)
        ("经济总量跨上5万亿元台阶。", "经济总量", 5),
        ("工业增加值跨过万亿元大关。", "工业增加值", 1),
        ("拉动消费超44亿元。", "拉动消费", 44),
        # 西安 2025 政府工作报告: 过 (past) a bare 万亿 at the end of its clause, and the same shape with 千亿元
        ("六大支柱产业规模过万亿。", "六大支柱产业规模", 1),
        ("经济总量过千亿元。", "经济总量", 1000),
    ],
)
def test_a_verb_of_reaching_a_new_level_is_no_part_of_the_name(sentence, name, value):
    [r] = extract_body("一、2024年工作回顾\n" + sentence, "2025年政府工作报告").actuals
    assert (r.indicator, r.value) == (name, value)


def test_a_digest_point_closed_by_its_source_mark_is_a_sentence_of_its_own():
    # reportify.cn's digest of the 十五五 纲要草案 (2026-03-06): 到2035年 and 确保 of one point reach no other point
    body = ("主要目标指标 - 经济发展:提出国内生产总值增长保持在合理区间,为到2035年人均国内生产总值比2020年翻一番、"
            "达到中等发达国家水平打好基础 [4] - 创新驱动:提出全社会研发经费投入年均增长7%以上,与“十四五”规划目标保持一致,"
            "确保研发投入力度不减 [5] - 绿色低碳:提出单位国内生产总值二氧化碳排放累计降低17%,继续推动重点领域绿色低碳转型 [7]")
    got = {(r.value, r.period, r.qualifier) for r in extract_body(body, "“十五五”时期主要目标和重大任务").targets}
    assert (7, "2026-2030", "以上") in got and (17, "2026-2030", None) in got
    # reportify.cn's digest of 山东省2026年政府工作报告: the mark parts the points, and no "- " opens a name
    body = ("2025年工作回顾 - 规上工业增加值增长7.6% [4] - 新增上市公司10家;碳排放权交易量、交易额均居全国首位 [7] - "
            "对非美市场出口增长8.4%。")
    got = {(r.indicator, r.value) for r in extract_body(body, "山东省2026年政府工作报告要点").actuals}
    assert {("新增上市公司", 10), ("对非美市场出口", 8.4), ("规上工业增加值", 7.6)} <= got
    # the heading before the first point, on its line, is no part of its name (the same digest's opening)
    body = "2025年及“十四五”时期工作回顾 - 2025年地区生产总值增长5.5%,达到10.3万亿元 [4] - 新增上市公司10家 [7]"
    got = {(r.indicator, r.value) for r in extract_body(body, "山东省2026年政府工作报告要点").actuals}
    assert {("地区生产总值", 5.5), ("地区生产总值", 10.3)} <= got


@pytest.mark.parametrize(
    "sentence, name, value",
    [
        # 十五五纲要草案 as 南国都市报 (2026-03-06) and reportify.cn (2026-03-06) retell it: 提出 reports the goal set
        ("其中,提出全社会研发经费投入年均增长7%以上。", "全社会研发经费投入", 7),
        ("提出单位国内生产总值二氧化碳排放累计降低17%。", "单位国内生产总值二氧化碳排放", 17),
        ("数字经济核心产业增加值占国内生产总值比重达到12.5%。", "数字经济核心产业增加值占国内生产总值比重", 12.5),
    ],
)
def test_the_verb_reporting_a_goal_is_no_part_of_its_name(sentence, name, value):
    [t] = extract_body("二、“十五五”时期主要目标和重大任务\n" + sentence, "2026年政府工作报告").targets
    assert (t.indicator, t.value, t.period) == (name, value, "2026-2030")


def test_a_footnote_mark_inside_a_sentence_parts_nothing():
    # a county 政府工作报告 (bx2200.com/baogao/xibei/7950_4.html): the mark is a note on the word before it
    body = "二、2023年工作安排\n规范提升就业工厂,新开发“双协员”[21]305个,积极推广以工代赈。"
    [r] = extract_body(body, "2023年政府工作报告").targets
    assert (r.indicator, r.value, r.unit) == ("新开发“双协员”", 305, "个")


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        # 岳阳市 2024 and 2025 政府工作报告, 肥西县“十四五”纲要 (2021): a new level reached is at or above it
        ("一般公共预算地方收入迈上200亿元台阶。", "以上"),
        ("GDP迈上5000亿元台阶。", "以上"),
        ("地区生产总值跃上千亿元新台阶。", "以上"),
        ("工业增加值跨过万亿元大关。", "以上"),  # 内蒙古 2025 政府工作报告
        ("六大支柱产业规模过万亿。", "以上"),  # 西安 2025 政府工作报告
        ("综合实力迈上新台阶,地区生产总值达到500亿元。", None),  # the 迈上 of another clause qualifies nothing
    ],
)
def test_a_new_level_reached_is_at_or_above_its_amount(sentence, qualifier):
    [r] = extract_body("一、2024年工作回顾\n" + sentence, "2025年政府工作报告").actuals
    assert r.qualifier == qualifier


@pytest.mark.parametrize(
    "heading",
    [
        "新一届政府工作思路",  # 盐城市政府工作报告 2022 (lawtext/gov)
        "二、新一届政府工作总体要求和主要任务",  # 三明市政府工作报告 2022 (lawtext/gov)
        "二、新一届市人民政府的奋斗目标和重点任务",  # 遵义市政府工作报告 2022 (lawtext/gov)
        "二、今后五年的主要目标任务",
    ],
)
def test_a_part_on_the_new_governments_work_is_of_its_five_year_term(heading):
    body = ("本届政府工作回顾\n过去五年,全市累计新增城镇就业50.6万人。\n" + heading
            + "\n全社会研发投入占地区生产总值比重达到3%左右。\n2022年主要工作安排\n地区生产总值增长7%左右。")
    found = extract_body(body, "盐城市政府工作报告(2022年2月23日)")
    assert {(t.value, t.period) for t in found.targets} == {(3, "2022-2026"), (7, "2022")}


def test_the_next_five_years_of_a_five_year_plan_are_its_own():
    """今后五年 in a plan for 2026-2030 (中共合肥市委关于制定…第十五个五年规划的建议, 合肥日报 2026-01-20) is 2026-2030,
    not the five from its last year; in a year's report (2026年政府工作报告) it is the five from that year."""
    body = "今后五年合肥经济社会发展的主要目标是：\n——高质量发展迈上新台阶。力争全市经济总量迈上两万亿元台阶。"
    plan = extract_body(body, "中共合肥市委关于制定合肥市国民经济和社会发展第十五个五年规划的建议")
    report = extract_body(body, "2026年合肥市政府工作报告")
    assert [t.period for t in plan.targets] == ["2026-2030"] and [t.period for t in report.targets] == ["2026-2030"]


@pytest.mark.parametrize("sentence", [
    # 中山市 2022 政府工作报告 (lawtext/gov): a sum to spend over the next five years, written with an Arabic 5
    "实施制造业数字化智能化转型发展系列措施，未来5年全市投入不少于50亿元扶持资金。",
    "实施制造业数字化智能化转型发展系列措施，未来五年全市投入不少于50亿元扶持资金。",
    # the common shape of a 党代会报告's 今后5年 goals
    "今后5年新增城镇就业20万人。",
])
def test_the_next_five_years_in_arabic_are_the_next_five_years(sentence):
    """未来5年 and 今后5年 name the five years from the plan year, as 未来五年 does, and no part of the name."""
    [t] = extract_body("三、2022年工作安排\n" + sentence, "2022年中山市政府工作报告").targets
    assert t.period == "2022-2026" and not t.indicator.startswith(("未来", "今后"))
