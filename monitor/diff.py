"""Diffs: sentence-level text hunks and target changes between two versions or two plans.

Pure module: no I/O. Targets are matched by normalized indicator and kind (then by
near-synonym, then by a containment rule, each only for targets still without a partner)
and compared by normalized value, qualifier, unit and range.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from monitor.extract import lexicon as L
from monitor.models import (
    Change,
    ChangeSet,
    Delta,
    Document,
    Extraction,
    Hunk,
    Outcome,
    Target,
    Version,
    year_of,
)

# -- text -------------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^。!?;！？；\n]+(?:[。!?;！？；]+[”」』)]?|(?=\n)|$)")


def split_sentences(text: str) -> list[str]:
    """Sentences of a Chinese text: split after 。！？；(full or half width) and at line ends."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def document_text(doc: Document) -> str:
    """The text compared between versions: title and body (metadata left out)."""
    return "\n".join([doc.title or "", *doc.paragraphs])


def diff_text(old: str, new: str) -> list[Hunk]:
    """Sentence-level hunks between two texts (Chinese has no spaces between words)."""
    a, b = split_sentences(old), split_sentences(new)
    hunks = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        change = {"replace": "changed", "insert": "added", "delete": "dropped"}[op]
        hunks.append(Hunk(change, tuple(a[i1:i2]), tuple(b[j1:j2]), i1, j1))
    return hunks


# -- indicators -------------------------------------------------------------------------

_PUNCT = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】、,，.。:：;；!！?？·・—–\-_/~～]")
# A Latin abbreviation in brackets glosses the name before it: 研发经费（R&D）投入, 居民消费价格指数（CPI）涨幅.
_GLOSS = re.compile(r"[(（][A-Za-z&]+[)）]")
# The plan's verbs, hedges and scope words before an indicator, and its words of change and bounds
# after it: the extractor's lexicon, so both read one vocabulary.
# 年度 (the year's) scopes a target as 全年 does: 中卫 2022 完成投资350亿元以上 → 2023 年度完成投资350亿元以上.
# 净增 (the net increase) counts what the year adds as 新增 does, before or after the thing counted: 七台河 2022
# 高新技术企业净增8户 → 2023 新增高新技术企业7家.
# 引育 (bring in and train) leads a count of people as 引进 and 培育 do: 温州 2024 引育农创客1900名以上 → 2025 农创客1900人.
# 认定 (certifying) a firm as 高新技术企业 counts the year's new ones as 培育 does: 兰州 2024 新认定高新技术企业200家以上 → 2025
# 培育高新技术企业250家以上 (乌鲁木齐 2024 认定高新技术企业250家; 佛山 2025 新认定国家高新技术企业800家).
# 新改建 (build new or rebuild) leads what it builds as 新建 does: 武汉 2024 新建绿道105公里 → 2025 新改建绿道105公里;
# 新发展 (develop anew) too: 太原 2024 新发展设施蔬菜5000亩 → 2025 新改扩建设施蔬菜5000亩.
# What joins two verbs that open a name (新建和改造, 新建及改造) as a 、 does (新建、改建).
_VERB_JOINS = "和及与、"
_LEADING = re.compile(f"^(?:{L.alt(L.PLAN_VERBS, L.HEDGE_WORDS, L.SCOPE_WORDS, ('年度', '净增', '引育', '新认定', '认定', '新改建', '新发展'))})")
# 面积 after what covers land names that land (平潭 2024 营造林0.6万亩 → 2025 营造林面积0.61万亩; 粮食播种 and 粮食播种面积).
_TRAILING = re.compile(f"(?:{L.alt(L.CHANGE_WORDS, L.STATE_WORDS, L.BOUND_WORDS, ('目标', '面积', '净增', '新增'))})$")
# A work named after its object (老旧小区改造) is the work named before it (改造老旧小区): one order for both; so is a
# start or an end of projects (温州 2024 开工增资扩产项目500个、竣工300个 → 2025 增资扩产项目竣工300个).
# 抚育 (tending) and 优化 (improving) of a forest are such works too (佛山 2024 抚育森林1.1万亩 → 2025 森林抚育1.1万亩).
_WORK_LAST = re.compile(r"(..+?)(改造|建设|治理|整治|抚育|优化|新开工|开工|竣工)")
# A start put before a work it follows (棚户区改造新开工 → 新开工棚户区改造) is the start written before it: the work then
# goes first as well (阜阳 2021 新开工棚户区改造5353套 → 2022 棚户区改造新开工6696套).
_STARTS = ("新开工", "开工", "竣工")
# 四好农村路 (the rural-road programme) counts the 农村公路 it builds (三明 2023 names both in one sentence).
# 公共财政预算收入 is the name 一般公共预算收入 had before the 2014 budget law, still written by counties and banners
# (竹山县 2024 地方公共财政预算收入, 土默特左旗 2017 一般公共财政预算收入, 新巴尔虎左旗 2018 一般财政公共预算收入).
# 研究与试验发展 is the statistical name of R&D, 研发 its everyday one (三亚 2022 研究与试验发展经费投入强度 → 2023 研发投入强度).
# 户厕 (a household's toilet) is the 厕所 a village programme rebuilds (中卫 2022 改造农村厕所 → 2023 改造农村户厕), and
# 安装, 加装, 增设 and 更换 are verbs of fitting a device, not part of its name (乐山 2022 既有住宅增设电梯 → 2023 加装既有
# 住宅电梯; 丹东 2022 更换智能燃气表 → 2023 免费安装智能燃气表).
# A project newly signed is a project newly brought in, and N及以上 is N以上: 绵阳 2024 新引进5亿元及以上项目120个以上 → 2025
# 新签约5亿元以上项目超120个. A 泊位 is a parking space (烟台 2023 新建4500个停车泊位 → 2024 新建5000个停车位; 无锡 2024 新增停车
# 泊位1万个以上 → 2025 新增机动车公共停车位1万个; 兰州 2024 新增停车泊位10000个 → 2025 新增公共停车泊位5000个: the spaces a
# city adds are its public ones, for cars; 太原 2024 新增公共停车位1万个以上 → 2025 新增公共车位1万个以上; the 社会停车位 open to
# all are the public ones too: 十堰 2022 新增停车泊位2000个以上 → 2023 新增社会停车位2000个). 和美乡村 is the name 美丽乡村 took in 2023 (烟台 2023 建成42个省级美丽乡村
# 示范村 → 2024 建成42个省级和美乡村示范村). 农业产业化龙头企业 is the full name of a 农业龙头企业 (贵阳 2023 新增市级以上农业
# 产业化龙头企业10户 → 2024 新增市级以上农业龙头企业10家), and grain's 生产面积 its area sown (贵阳 2023 稳定粮食播种面积130万亩
# → 2024 稳定粮食生产面积130万亩以上). A PM2.5 年均浓度 is its 平均浓度 over the year (温州 2024 PM2.5平均浓度低于25微克/立方米
# → 2025 PM2.5年均浓度不高于23微克/立方米). The ratio of towns' to villages' incomes is one, per head or not (贵阳 2023
# 城乡居民收入比降至2.08以内 → 2024 城乡居民人均可支配收入比降低至2.02以内).
# 亳州 2021 → 2022 names one measure two ways each: 规模以上工业 and its short 规模工业 (新增规模以上工业企业80家 → 新增规模
# 工业企业80家), a 限上 (above-quota) trader a 单位 or a 企业 (新增限上商贸流通单位90家 → 企业90家以上), and 开工建设 is 新开工
# (开工建设亿元以上项目140个以上 → 新开工亿元以上项目160个以上).
# 整治 (putting right) and 治理 (treating) name one work on one object: 佛山 2024 开展50公里暗涵排查治理 → 2025 暗涵排查
# 整治50公里; 佛山 2024 整治农村黑臭水体55条 is the work 南宁 2024 names 农村黑臭水体治理.
# A crop's 播种面积 (area sown) is its 种植面积 (area planted): 七台河 2022 粮食种植面积稳定在260万亩 → 2023 粮食播种面积保持在
# 260万亩以上; the year's planned investment (年度计划投资) of a list of projects is the investment it plans for them
# (佛山 2024 安排省、市重点项目投资不少于1200亿元 → 2025 省、市重点项目年度计划投资不少于1200亿元); 粮播 is short for 粮食播种 (兰州 2024 稳定粮食播种面积115万亩 → 2025 粮播面积稳定在116万亩以上).
# Short and long names of one thing, either way round: R&D is 研发 unbracketed too (长春 2024 全社会R&D投入增长10%以上 → 2025
# 全社会研发投入增长10%以上); 保租房 is short for 保障性租赁住房 (西安 2024 筹集建设…保租房5000套 → 2025 建成保障性租赁住房
# 5000套); 街镇 and 镇街 are the towns and the urban subdistricts (西安 2024 建设19个街镇综合养老服务中心 → 2025 新建镇街养老服务
# 中心5个); a water section's 优良比例 is its 优良率 (武汉 2024 国控断面水质优良率达90.9% → 2025 国控…断面水质优良比例…达100%).
# 可比价 (at comparable prices) is how a value added is reckoned, not another measure: 七台河 2022 规上工业可比价增加值
# → 2023 规上工业增加值.
# 高新技术企业 and 专精特新"小巨人" are certificates the state gives: 国家 before them says what the bare name does (a
# province's own is named 省级), and "小巨人" is short for 专精特新"小巨人" (绵阳 2024 新增高新技术企业120家以上 → 2025 新增
# 国家高新技术企业100户以上; 赣州 2024 新增"小巨人"企业10家以上 → 2025 新增国家专精特新"小巨人"企业10家以上).
# 智改数转 is short for 智能化改造、数字化转型, the name the digital transformation of industry took in the plans of
# 江苏, 广东 and others: 佛山 2024 规模以上工业企业数字化转型比例达65% → 2025 规上工业企业"智改数转"比例达80% (长春 2024
# 完成600户工业企业智改数转, 2025 实施300户工业企业"智改数转").
# Building new and upgrading in either order is the one work 新改建 names (郑州 2025 新建提升高标准农田9.7万亩 → 2026 改造
# 新建高标准农田9.7万亩); 新建改造 reads as it did (湛江 2023 新建改造“四好”农村路 would pair 2022's 提档升级). 粮食面积 is short
# for the area sown with grain (石家庄 2025 粮食播种面积稳定在990万亩 → 2026 确保粮食面积稳定在990万亩; 中卫 2022 粮食面积).
# 更新改造 (renew and upgrade) is the one work 更新 names (东莞 2025 更新改造供水管网500公里 → 2026 更新100公里老旧供水管网).
# 医保 is short for 医疗保险 (郑州 2025 基本医疗保险参保1000万人以上 → 2026 力争基本医保参保达到1050万人).
# 急需紧缺 and 紧缺急需 are one class of talent in either order (绵阳 2025 急需紧缺和高层次人才, 包头 2025 紧缺急需人才).
# 播面 is short for 播种面积 (南充 2021 确保粮食播面稳定在840万亩以上 → 2023 确保粮食播面稳在850万亩); 出栏生猪 is
# 生猪出栏 in the other order (南充 2021 确保生猪出栏稳定在520万头以上 → 2022 出栏生猪560万头以上); the 省级 or 市级 key
# projects are the 省 or 市 ones (南充 2021 300个市级重点项目 → 2022 300个市重点项目).
# 国重实验室 is short for 全国重点实验室, the name the state key laboratories took in 2022 (包头 2024 支持2家全国重点实验室
# 承担国家、自治区专项 → 2025 支持2个国重实验室承接重大专项).
# A city's 市城区 is its 城区, and the sections a water target is checked at are its 考核断面 with 地表水 or without
# (常德 2021 市城区环境空气质量优良率达到80%以上, 省控及以上地表水考核断面水质优良率达到89%以上 → 2022 城区环境空气质量
# 优良率达到84.4%以上, 省控及以上考核断面水质优良率达到89.1%以上 → 2023 市城区…85%以上).
# A 科技型中小企业 is one the state's register holds, 入库 said before it or after (鄂尔多斯 2022 入库国家科技型中小企业180家
# 以上 → 2023 科技型中小企业入库300家); 评价入库 (evaluated and entered) stays its own count.
# An investment's 额 (amount) is the investment (茂名 2022 力争年度投资400亿元以上 → 2023 确保年度投资额达到450亿元以上;
# 协议投资额 and 协议投资 of the projects a county signs).
# A share of GDP is the 占比 a plan writes short (十堰 2021 高新技术产业增加值占GDP比重达到21% → 2022 …占比22%以上; 惠州 2023
# 全社会研发经费投入占地区生产总值比重3.45% → its 2024 review …占比提高到3.45%); a share of another whole keeps its name.
_REWRITES = (("国家级高新技术企业", "高新技术企业"), ("国家高新技术企业", "高新技术企业"), ("专精特新小巨人", "小巨人"),
             ("国家级小巨人", "小巨人"), ("国家小巨人", "小巨人"),
             ("规模以上", "规上"), ("规模工业", "规上工业"), ("限额以上", "限上"), ("开工建设", "新开工"), ("国内生产总值", "GDP"), ("地区生产总值", "GDP"), ("四好农村公路", "农村公路"),
             ("四好农村路", "农村公路"), ("公共财政预算", "公共预算"), ("财政公共预算", "公共预算"), ("研究与试验发展", "研发"), ("可比价", ""),
             ("户厕", "厕所"), ("粮播", "粮食播种"), ("年度计划投资", "投资"), ("播种面积", "种植面积"), ("免费安装", ""), ("安装", ""), ("加装", ""), ("增设", ""), ("更换", ""),
             ("新签约", "新引进"), ("及以上", "以上"), ("停车泊位", "停车位"), ("公共停车位", "停车位"), ("社会停车位", "停车位"), ("公共车位", "停车位"), ("机动车停车位", "停车位"), ("美丽乡村", "和美乡村"),
             ("农业产业化龙头企业", "农业龙头企业"), ("粮食生产面积", "粮食种植面积"), ("年均浓度", "平均浓度"),
             ("人均可支配收入比", "收入比"), ("整治", "治理"), ("智改数转", "数字化转型"), ("R&D", "研发"), ("保租房", "保障性租赁住房"),
             ("街镇", "镇街"), ("优良比例", "优良率"), ("新建提升", "新改建"), ("改造新建", "新改建"),
             ("粮食面积", "粮食种植面积"), ("更新改造", "更新"), ("医疗保险", "医保"), ("紧缺急需", "急需紧缺"),
             ("国重实验室", "全国重点实验室"), ("市城区", "城区"), ("地表水考核断面", "考核断面"),
             ("播面", "种植面积"), ("出栏生猪", "生猪出栏"), ("省级重点项目", "省重点项目"), ("市级重点项目", "市重点项目"),
             ("营业收入", "营收"), ("占GDP比重", "占比"), ("占GDP的比重", "占比"),
             ("入库国家科技型中小企业", "科技型中小企业"), ("科技型中小企业入库", "科技型中小企业"),
             # a water quality class in Roman numerals (Ⅲ类, III after NFKC) or in Chinese ones: 嘉兴 2020 市控断面Ⅲ类以上
             # 水质比例 → 2021 市控断面三类以上水质比例; 三类及以上水体比例 and Ⅲ类水质比例 in other cities' reports
             ("III类", "三类"), ("II类", "二类"), ("IV类", "四类"), ("V类", "五类"),
             # the task a work is done as is the work (黄冈 2021 完成40万亩高标准农田建设任务 → 2022 完成40万亩高标准农田建设;
             # 邯郸 2021 完成465个老旧小区改造任务 → 2022 完成728个老旧小区改造; 长治 2021 45万亩水土流失治理任务)
             ("建设任务", "建设"), ("改造任务", "改造"), ("治理任务", "治理"), ("投资额", "投资"))
# A size class in Chinese numerals is the one in digits, 元 said or not (常德 2022 新引进过10亿元产业项目30个以上 → 2023
# 新引进过十亿产业项目30个以上; 新增产值过10亿元企业10家以上 → 过十亿企业30家以上).
_CN_SIZES = (("五十亿", "50亿"), ("十亿", "10亿"), ("百亿", "100亿"), ("千亿", "1000亿"))
_BARE_YI = re.compile(r"(?<=\d)亿(?!元)")
# 超 before a size names the class 以上 after it names: 温州 2024 招引超亿元数字经济项目30个以上 → 2025 招引亿元以上数字经济项目30个.
_OVER_SIZE = re.compile(r"超过?((?:\d+(?:\.\d+)?)?(?:十|百|千|万|亿)*元)(?!以上)")
# 中水 is the everyday name of 再生水 (treated wastewater put to use again), and the 回用 (reuse) of it is its 利用:
# 中卫 2022 中水综合回用率 → 2023 再生水利用率; a 宁夏 county's 节水 table writes 再生水回用率.
_RECLAIMED_WATER = re.compile(r"^(城市|城镇|县城)?中水")

# Near-synonyms: used only for targets with no exact partner (issue 3).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("财政收入", "财政总收入"),
    ("一般公共预算收入", "地方一般公共预算收入", "一般预算收入", "公共预算收入", "地方财政收入"),
    ("GDP", "生产总值", "经济", "经济总量"),
    ("居民消费价格", "居民消费价格指数", "居民消费价格总水平", "CPI", "物价"),
    ("城镇就业", "城镇新增就业", "就业"),
    # the year's new loans: 亳州 2021 新增贷款300亿元 → 2022 新增信贷投放300亿元
    ("贷款", "新增贷款", "信贷投放", "新增信贷投放", "新增信贷"),
    ("城镇调查失业率", "调查失业率"),
    ("农村居民人均可支配收入", "农民人均可支配收入", "农民人均收入"),
    ("固定资产投资", "全社会固定资产投资", "固投"),
    ("社会消费品零售总额", "社零总额", "社零"),
    ("服务业增加值", "第三产业增加值"),
    # 高企 is short for 高新技术企业 (芜湖 2022 力争新增高企240家 → 2023 新增科技型中小企业、高新技术企业各300家)
    ("高新技术企业", "高企"),
    # a trade total named by its trade (贵阳 2023 进出口贸易总额增长30% → 2024 货物贸易进出口总额增长15%; 遵义 2022 外贸
    # 进出口额增长25%以上 → 2023 进出口总额增长15%)
    ("进出口", "进出口总额", "外贸进出口", "货物进出口", "进出口贸易总额", "货物贸易进出口总额", "外贸进出口额",
     "外贸进出口总额", "进出口额"),
    # exports named by the trade or bare (十堰 2021 出口增长10%以上 → 2022 外贸出口增长12%, both 主要预期目标)
    ("出口", "外贸出口", "出口额", "出口总额", "外贸出口额", "外贸出口总额"),
    ("粮食产量", "粮食总产量", "粮食总产"),
    # R&D alone is its spending, however named (漳州 2023 力争全市R&D经费增长18%以上 → 2024 力争R&D增长18%以上)
    ("研发经费投入", "研发经费", "研发投入", "研发"),
    # what a visitor spends, named by the visitor or by the trip (平潭 2024 旅游人均消费 → 2025 游客人均消费)
    ("游客人均消费", "旅游人均消费", "人均旅游消费", "游客人均花费", "旅游人均花费"),
    # the visitors a place receives, named by the visitors or by the receiving (赤峰 2024 旅游接待人数突破2500万人次 → 2025
    # 接待游客突破3000万人次; 三明 2023 旅游接待人数, 平潭 游客接待量)
    # what the visitors spend, all told (白山 2025 reviews 实现旅游综合收入228亿元 and sets 旅游总收入达到280亿元; 荆州 2022
    # 实现旅游综合收入450亿元 → 2023 旅游总收入达到450亿元)
    ("旅游总收入", "旅游综合收入"),
    ("接待游客", "旅游接待人数", "旅游接待人次", "接待游客人次", "接待游客人数", "游客接待量", "游客接待人次", "游客接待人数"),
    ("单位GDP能耗", "能耗强度", "单位GDP能源消耗"),
    # 外资 alone is the foreign capital used: 七台河 2022 实现利用内资、外资分别增长30%和10%以上 → 2023 利用外资增长10%以上
    ("实到外资", "实际利用外资", "利用外资", "实际使用外资", "外资"),
    # the technology trade counted by its contracts (乌鲁木齐 2024 力争完成技术交易18亿元 → 2025 力争全年实现技术合同成交额
    # 25亿元; its 2023 review's 完成技术交易16.8亿元 is the 技术合同成交额 its 2024 review grows by 29.2%); the contracts
    # registered (登记) are the ones counted (荆州 2021 登记技术合同交易额达到55亿元以上 → 2022 登记技术合同成交额达到80亿元)
    ("技术合同成交额", "技术合同交易额", "技术交易额", "技术交易", "登记技术合同成交额", "登记技术合同交易额"),
)
_JOINING = frozenset("和及与、")
# Old estates, shanty towns and urban villages are counted in a plan only as the ones it rebuilds, the work often named
# once after a list of them: a bare count of them is their 改造 (乌鲁木齐 2024 实施老旧小区改造提升120个 → 2025 重点实施107个城镇
# 老旧小区、6个城中村(自建房)提升改造项目; 乌兰察布 2022 改造城镇棚户区1117套 → 2023 改造…、棚户区717套). So are unsafe
# bridges (十堰 2021 新改建农村公路2500公里、危桥143座 → 2022 改造危桥110座 → 2023 新改建农村公路1300公里、危桥160座).
_REBUILT_ONLY = ("老旧小区", "棚户区", "城中村", "危桥")
_WORK_VERBS = re.compile(r"(?:新建|改建|扩建|续建|改造|提升|建设|新开工|开工|维修)+")
_LEVEL_WORDS = re.compile(r"国家级|省级|市级|区级|县级|镇级|村级|国家|国际|全国|省|市|区|县|镇|村")
# Towns and cities as against the countryside, not a level of government: 三亚 2022 老旧小区改造 → 2023 城镇老旧小区改造;
# the countryside is an area too, its 村 no 村级 (赤峰 2024 新建农村牧区卫生户厕1.9万个 → 2025 新建卫生户厕9100个); 市政 (a
# town's public works) is no 市级 either (中山 2022 新建市政污水管网320公里 → 2023 新建污水管网800公里).
_AREA_WORDS = re.compile(r"城镇|城市|城区|农村牧区|农村|乡村|牧区|市政")
# The people an area word divides into parts (城镇居民 and 农村居民 are two of the 居民): no area qualifies them away.
_PEOPLE = ("居民", "人口", "常住人口", "劳动力")
# Projects planned or held in reserve are not the projects started, run or brought in (洛阳 2022 滚动储备亿元以上重大项目1000个
# → 2023 实施388个重大项目; 2022 引进亿元以上产业项目80个 → 2023 谋划亿元以上产业项目200个).
# Firms put forward (申报) are not firms recognised or added either (漳州 2022 新增高新技术企业100家 → 2023 力争申报国家
# 高新技术企业数超360家).
_PLANNING_WORDS = ("谋划", "储备", "申报")
# 新增 before an amount of output names its rise, not the output: 包头 2025 新增产值600亿元 is not 2024's 产值1100亿元.
_OUTPUT_AMOUNTS = frozenset(("产值", "总产值", "增加值", "营业收入"))


@lru_cache(maxsize=65536)
def normalize_indicator(indicator: str) -> str:
    """The matching form of an indicator: punctuation, quotes, leading verbs and trailing direction words removed,
    a work verb before its one object (not before two joined by 和: 植树造林和森林抚育 is two works)."""
    s = _PUNCT.sub("", _GLOSS.sub("", indicator) if "(" in indicator or "（" in indicator else indicator)
    for old, new in _REWRITES:
        s = s.replace(old, new)
    if "亿" in s:
        for cn, digits in _CN_SIZES:
            s = s.replace(cn, digits)
        s = _BARE_YI.sub("亿元", s)
    if "超" in s:
        s = _OVER_SIZE.sub(r"\1以上", s)
    if "限上" in s:
        s = s.replace("单位", "企业")
    if s.startswith("为") and s.endswith("减负"):  # the burden eased, whoever's: 温州 2024 为企业减负200亿元以上 → 2025
        s = "减负"  # 为经营主体减负200亿元以上; 嘉兴 2019 为企业减负200亿元以上 → 2020 再新增减负200亿元以上
    if s.endswith("公司"):  # firms counted as 公司 or 企业: 烟台 2023 新增上市及过会公司8家 → 2024 新增上市及过会企业5家
        s = s[:-2] + "企业"
    if s.startswith("新增") and s[2:] in _OUTPUT_AMOUNTS:
        return s
    while True:
        stripped = _TRAILING.sub("", _LEADING.sub("", s))
        if stripped[:1] in _VERB_JOINS and (stripped.startswith(_UPGRADE_VERBS, 1) or _LEADING.match(stripped, 1)):
            # 新建和改造 as 新建、改建: the second verb on
            stripped = stripped[1:]
        if stripped == s or len(stripped) < 2:
            return _rebuilt(_reclaimed_water(_work_first(s)))
        s = stripped


def _work_first(name: str) -> str:
    """The work or start that ends a name put before its object (老旧小区改造 → 改造老旧小区), twice for a start after a
    work (棚户区改造新开工 → 改造新开工棚户区, as 新开工棚户区改造 reads); a name joining two (和, 、) as it is."""
    for _ in range(2):
        m = _WORK_LAST.fullmatch(name)
        if not m or _JOINING.intersection(m.group(1)):
            return name
        name = m.group(2) + m.group(1)
        if m.group(2) not in _STARTS:
            return name
    return name


def _rebuilt(name: str) -> str:
    """改造 for a 改建 (rebuilding) that opens a name: one work on what stands (新改建, building new too, stays); 改造
    before a bare name of what a plan only ever counts to rebuild (`_REBUILT_ONLY`).

    烟台 2023 改建农村公路2135公里 → 2024 改造农村公路2150公里; 白山 2025 改建农村公路65公里, 包头 2024 改建农村牧区卫生户厕.
    """
    if name.endswith(_REBUILT_ONLY) and not _WORK_VERBS.search(name):
        return "改造" + name
    return "改造" + name[2:] if name.startswith("改建") else name


def _reclaimed_water(name: str) -> str:
    """A name of reclaimed water in one vocabulary: 再生水 for 中水 at its start, 利用 for its 回用."""
    if "中水" in name:
        name = _RECLAIMED_WATER.sub(r"\g<1>再生水", name)
    return name.replace("回用", "利用") if "再生水" in name else name


_SYNONYM_GROUP = {normalize_indicator(w): n for n, group in enumerate(SYNONYMS) for w in group}


@lru_cache(maxsize=65536)
def synonym_key(norm: str) -> str:
    """The near-synonym group of a normalized indicator ('' when it has none)."""
    if norm in _SYNONYM_GROUP:
        return f"group{_SYNONYM_GROUP[norm]}"
    loose = norm.replace("新增", "").replace("全社会", "")
    if loose.startswith("地方"):
        loose = loose[2:]
    return f"group{_SYNONYM_GROUP[loose]}" if loose in _SYNONYM_GROUP else ""


# -- values -----------------------------------------------------------------------------

PERCENT_UNITS = ("%", "个百分点", "百分点", "‰")
# Qualifiers that say the same bound in other words (never a change on their own).
_QUALIFIER_CLASS = {"以上": "≥", "不低于": "≥", "超": "≥", "以下": "≤", "以内": "≤", "不超过": "≤", "左右": "≈", "约": "≈"}
_UPPER_BOUND = re.compile(r"失业率|价格|涨幅|CPI|赤字|能耗|排放|浓度|发生率|死亡|事故|负债|债务率")


# Weights in tonnes, so that one year's 粮食产量25.2亿斤 and the next year's 125万吨 compare (1吨 = 2000斤).
_TONNES = {"斤": 0.0005, "公斤": 0.001}
# One thing counted with other measure words (量词) from one year to the next, with the unit both compare in: firms in
# 家, 户 or 个 (伊春 新增高新技术企业2户 → 5家; 中卫 家庭农场100个 → 30家); toilets in 座, 个 or a household's 户 (中卫 2022
# 改造农村厕所7000户 → 2023 改造农村户厕3000座; 乌兰察布 新建城镇公厕161个 → 63座); lifts in 台 or 部 (乐山 2022 增设电梯
# 400台 → 2023 加装电梯150部); gas meters in 台 or 块 (丹东 2022 更换智能燃气表2万台 → 2023 安装智能燃气表10万块); mines and
# laboratories (below). A count in 个 against one in 座, 项 or 宗 is `same_unit`'s (stations: 5G基站4000座 → 3000个).
_COUNTERS: tuple[tuple[tuple[str, ...], frozenset[str], str], ...] = (
    (("企业", "公司", "农场", "合作社", "工厂", "经营主体", "市场主体"), frozenset(("家", "户", "个")), "家"),
    (("厕所", "公厕"), frozenset(("座", "个", "户")), "座"),
    (("电梯",), frozenset(("台", "部")), "台"),
    (("燃气表",), frozenset(("台", "块", "只", "个")), "台"),
    # a mine is a site or a firm: 座, 家 or 个 (乌兰察布 2022 建成绿色矿山4座 → 2023 4家; 中卫 2023 创建绿色矿山6个)
    (("矿山",), frozenset(("座", "家", "个")), "座"),
    (("实验室",), frozenset(("家", "个")), "家"),  # 包头 2024 2家全国重点实验室 → 2025 2个国重实验室
    # a park is a site or a body run: 个 or 家 (嘉兴 2020 新增小微企业园20个 → 2021 新建成小微企业园20家; 省级现代农业
    # 产业园2家 and 2个, 绿色园区24家 and 1个 in other cities' reports)
    (("园", "园区"), frozenset(("个", "家")), "个"),
)
# 个, the general measure word, stands for the specific one of a thing counted whole, once the two targets are paired:
# one year's count in 个 and the next year's in 项, 座 or 宗 say one unit (石家庄 2025 省市重点项目341项 → 2026 367个; 东莞
# 2025 新建5G基站4000座 → 2026 3000个, 项目投产116个 → 130宗). Not a 户 or a 套 (households, dwellings), a 批 (a batch) or a
# 次 (a time); pairing still keeps them apart (20所公办幼儿园 is no 3000个 学位).
_SPECIFIC_COUNTERS = frozenset(("项", "座", "宗", "处", "所", "条", "台", "部", "件"))


def counted_unit(indicator: str, unit: str) -> str:
    """The one unit of a thing counted with several measure words (firms, toilets, lifts…), else the unit as written;
    a total of them is counted as they are (武汉 2024 经营主体超225万户 → 2025 经营主体总量达255万户)."""
    word = unit.lstrip("万亿千百十")  # 2万台 as written, when the extractor gave no base unit
    if word == "场次":  # sessions of anything, counted in 场 or 场次 (武汉 2024 演出活动1.5万场次 → 2025 2.5万场以上)
        return unit[:-1]
    name = normalize_indicator(indicator)
    name = next((name[: -len(w)] for w in _STOCK_WORDS if name.endswith(w)), name)
    for nouns, units, one in _COUNTERS:
        if word in units and name.endswith(nouns):  # 高新技术企业净增8户: before the verb
            return unit[: len(unit) - len(word)] + one
    return unit


def amount(t: Target) -> tuple[float | None, float | None, float | None, str]:
    """(value, min, max, unit) in the base unit when the extractor converted it (weights in 吨, firms in 家), else
    as written."""
    if t.base_unit and (t.base_value is not None or t.base_min is not None):
        if t.base_unit in _TONNES:
            f = _TONNES[t.base_unit]
            return _times(t.base_value, f), _times(t.base_min, f), _times(t.base_max, f), "吨"
        return t.base_value, t.base_min, t.base_max, counted_unit(t.indicator, t.base_unit)
    return t.value, t.min, t.max, counted_unit(t.indicator, t.unit)


def _times(x: float | None, f: float) -> float | None:
    """x times f, rounded to 10 significant digits (None stays None)."""
    return None if x is None else float(f"{x * f:.10g}")


def midpoint(t: Target) -> float | None:
    """The number of a target: its value, or the middle of its range."""
    value, lo, hi, _ = amount(t)
    if value is not None:
        return value
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def qualifier_class(q: str | None) -> str:
    """The bound a qualifier sets: ≥ (以上, 不低于), ≤ (以下, 以内, 不超过), ≈ (左右, 约) or "" (none).

    Hedges (力争, 预计, 确保) set no bound: they follow the wording of the sentence around the
    number, so a hedge that comes or goes with an equal number is no change (never cry wolf).
    """
    return _QUALIFIER_CLASS.get(q or "", "")


def _same(x: float | None, y: float | None) -> bool:
    """Two optional numbers equal (relative tolerance 1e-9)."""
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def _is_range(t: Target) -> bool:
    """True when the target is written as a range (1-2家)."""
    value, lo, hi, _ = amount(t)
    return value is None and (lo is not None or hi is not None)


def same_unit(a: str, b: str) -> bool:
    """True when two paired targets' units are one: the same, or a count in 个 and in a specific measure word (项, 座…)."""
    if a == b:
        return True
    x, y = a.lstrip("万亿千百十"), b.lstrip("万亿千百十")
    return a[: len(a) - len(x)] == b[: len(b) - len(y)] and {x, y} - {"个"} <= _SPECIFIC_COUNTERS and "个" in (x, y)


def compare(old: Target, new: Target) -> Change | None:
    """The change between two matched targets, or None when they say the same."""
    ov, olo, ohi, ou = amount(old)
    nv, nlo, nhi, nu = amount(new)
    what = []
    if not same_unit(ou, nu):
        what.append("unit")
    if _is_range(old) or _is_range(new):
        if not (_same(ov, nv) and _same(olo, nlo) and _same(ohi, nhi)):
            what.append("range")
    elif not _same(ov, nv):
        what.append("value")
    if qualifier_class(old.qualifier) != qualifier_class(new.qualifier):
        what.append("qualifier")
    if not what:
        return None
    return Change("changed", new.indicator, new.kind, tuple(what), old, new, delta(old, new))


def delta(old: Target, new: Target) -> Delta | None:
    """The move from old to new: points for percentages, relative otherwise; None across units."""
    a, b = midpoint(old), midpoint(new)
    ou, nu = amount(old)[3], amount(new)[3]
    if a is None or b is None or not same_unit(ou, nu):
        return None
    direction = "up" if b > a else "down" if b < a else ""
    if ou in PERCENT_UNITS:
        return Delta(points=round(b - a, 6), direction=direction)
    if a == 0:
        return Delta(direction=direction)
    return Delta(relative=round((b - a) / abs(a), 6), direction=direction)


# -- matching ---------------------------------------------------------------------------


class _Item(NamedTuple):
    """A target with its matching keys."""

    target: Target
    norm: str
    scope: str
    order: int
    unit: str  # amount(target)'s unit: the passes and the containment rule compare it
    synonym: str  # synonym_key(norm)
    whole: Target | None = None  # for a part after 其中, the target of the clause before it, whose verb it has
    staged: bool = False  # its document names its list in stages (新开工 and 续建): its stage is a part of the work
    head: Target | None = None  # for a part after 其中 named by its class alone, the whole whose noun its name was given


def scope(t: Target, plan_year: int | None) -> str:
    """'annual' for a target of the plan year (or no period), 'until:YYYY' for a goal of a later year."""
    return _scope(t.period, plan_year)


@lru_cache(maxsize=4096)
def _scope(period: str | None, plan_year: int | None) -> str:
    """scope() of a period string."""
    years = re.findall(r"(?:19|20)\d\d", period or "")
    if not years:
        return "annual"
    end = int(years[-1])
    if plan_year is None:
        return "until:" + years[-1] if len(years) > 1 else "annual"
    return "annual" if end <= plan_year else f"until:{end}"


def _rounded(x: float | None) -> float | None:
    """A number rounded to 6 decimals, for de-duplication keys."""
    return None if x is None else round(x, 6)


def prepare(targets: Iterable[Target], plan_year: int | None) -> list[_Item]:
    """Targets (not actuals) with keys; a target repeated in one document counts once."""
    items, seen, last, outer = [], set(), None, None
    for t in targets:
        if t.role != "target":
            continue
        norm, where = normalize_indicator(t.indicator), _scope(t.period, plan_year)
        value, lo, hi, unit = amount(t)
        key = (norm, t.kind, where, _rounded(value), _rounded(lo), _rounded(hi), unit, qualifier_class(t.qualifier))
        whole = last if last is not None and _a_part(t) and _next_to(last, t) else None
        head = outer if outer is not None and _named_by_class(t) and _next_to(outer, t) else None
        last, outer = t, outer if head is not None else t
        if key not in seen:
            seen.add(key)
            items.append(_Item(t, norm, where, len(items), unit, synonym_key(norm), whole, head=head))
    return _mark_stages(items)


def _named_by_class(t: Target) -> bool:
    """True for a part after 其中 whose quote names only its class (其中超50亿元15个): its name ends with its whole's noun."""
    return t.quote.startswith("其中") and t.indicator not in t.quote and bool(_part_class(t))


def _part_class(t: Target) -> str:
    """The words a part's quote names it by: the longest start of its name (two characters or more) in its quote."""
    return next((t.indicator[:n] for n in range(len(t.indicator) - 1, 1, -1) if t.indicator[:n] in t.quote), "")


def _mark_stages(items: list[_Item]) -> list[_Item]:
    """Items marked `staged` when their document names their list by both stages, the start and the carrying on."""
    stages: dict[str, set[str]] = {}
    for it in items:
        if (stage := _stage(it.target)) in _PART_STAGES:
            stages.setdefault(_unstaged(it.norm), set()).add(stage)
    split = {name for name, said in stages.items() if len(said) > 1}
    if not split:
        return items
    return [it._replace(staged=True) if _unstaged(it.norm) in split and _stage(it.target) in _PART_STAGES else it
            for it in items]


def _unstaged(norm: str) -> str:
    """A normalized name without the words of a stage (新开工, 续建): the list the stage is of."""
    for word in _STAGE_WORDS:
        norm = norm.replace(word, "")
    return norm


def _next_to(first: Target, then: Target) -> bool:
    """True when `then`'s quote follows `first`'s in the text with at most a mark between (their numbers close enough)."""
    return 0 < then.offset - first.offset <= len(first.quote) + len(then.quote)


def _cost(a: _Item, b: _Item) -> float:
    """How far apart two candidate partners are: 0 for the same target, <1 for the same number."""
    x, y = midpoint(a.target), midpoint(b.target)
    if x is None or y is None or amount(a.target)[3] != amount(b.target)[3]:
        return 1e9
    cost = _subject_cost(a, b)
    if qualifier_class(a.target.qualifier) != qualifier_class(b.target.qualifier):
        cost += 0.5
    if _is_range(a.target) != _is_range(b.target) or amount(a.target)[1:3] != amount(b.target)[1:3]:
        cost += 0.25
    if x == y:
        return cost
    if x <= 0 or y <= 0:
        return cost + abs(x - y) + 1
    return cost + abs(math.log(y / x)) + 1


def _subject_cost(a: _Item, b: _Item) -> float:
    """0.5 when a bare name (营收: three characters or fewer, its subject left before it) is read in clauses whose words
    before it share none: 合肥 2025 力争市属国企资产规模突破1.2万亿元、营收增长15%以上 is 2026's 推动市属国企…营收增长10%以上,
    not 发展壮大紫云山文化创意产业园，实现营收增长20%以上."""
    if len(a.norm) > 3:
        return 0.0
    x, y = (_words(_around(it.target)[0]) for it in (a, b))
    return 0.0 if x & y else 0.5


def _words(text: str) -> set[str]:
    """The two-character Han words of a text that are not a plan's verbs or hedges."""
    pairs = (text[i : i + 2] for i in range(len(text) - 1))
    return {w for w in pairs if L.is_han(w) and w not in L.PLAN_VERBS and w not in L.HEDGE_WORDS}


_Fits = Callable[[_Item, _Item], bool]  # whether two items with equal keys may pair


def _pair_groups(
    old: list[_Item], new: list[_Item], key: Callable[[_Item], object], fits: _Fits | None = None
) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    """Pair items with equal keys (falsy keys never pair) that `fits` (when given) accepts, closest numbers first."""
    groups: dict[object, tuple[list[_Item], list[_Item]]] = {}
    for it in old:
        k = key(it)
        if k:
            groups.setdefault(k, ([], []))[0].append(it)
    for it in new:  # a key no old item has pairs nothing
        k = key(it)
        if k and k in groups:
            groups[k][1].append(it)
    pairs: list[tuple[_Item, _Item]] = []
    for a_items, b_items in groups.values():
        if not b_items:
            continue
        if len(a_items) == 1 and len(b_items) == 1:  # the usual case: one partner each
            if fits is None or fits(a_items[0], b_items[0]):
                pairs.append((a_items[0], b_items[0]))
            continue
        candidates = sorted(
            ((_cost(a, b), a.order, b.order, a, b) for a in a_items for b in b_items if fits is None or fits(a, b)),
            key=lambda c: c[:3],
        )
        used_a: set[int] = set()
        used_b: set[int] = set()
        for _, _, _, a, b in candidates:
            if a.order not in used_a and b.order not in used_b:
                used_a.add(a.order)
                used_b.add(b.order)
                pairs.append((a, b))
    paired_a = {id(a) for a, _ in pairs}
    paired_b = {id(b) for _, b in pairs}
    return pairs, [a for a in old if id(a) not in paired_a], [b for b in new if id(b) not in paired_b]


def _near_pairs(
    old: list[_Item], new: list[_Item], near: Callable[[str, str], bool], fits: _Fits | None = None
) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    """Pair leftovers of one kind, scope and unit whose indicators are `near` (contained, inserted) and that `fits`."""
    pairs = []
    left_old = []
    alike: dict[tuple, list[_Item]] = {}  # the leftovers that can pair at all: same kind, scope and unit
    for b in new:
        alike.setdefault((_amount_kind(b.target.kind), b.scope, b.unit), []).append(b)
    taken: set[int] = set()
    for a in old:
        candidates = alike.get((_amount_kind(a.target.kind), a.scope, a.unit), [])
        at = next((n for n, b in enumerate(candidates)
                   if near(a.norm, b.norm) and (fits or _counts_fit)(a, b) and not _new_and_upgrade(a, b)
                   and not _built_and_building(a.target, b.target)
                   and not _joins_an_item(a.target.indicator, b.target.indicator)
                   and not _names_several(a, b, old, near) and not _names_several(b, a, new, near)), None)
        if at is None:
            left_old.append(a)
        else:
            match = candidates.pop(at)
            taken.add(id(match))
            pairs.append((a, match))
    return pairs, left_old, [b for b in new if id(b) not in taken]


def _amount_kind(kind: str) -> str:
    """A kind for pairing near names: a level and a count in one unit are one amount (农村劳动力转移就业20万人 read as a
    level in a list of sums, 农村劳动力有序转移就业20万人 as a count after 新增就业: 中卫 2022 → 2023)."""
    return "amount" if kind in ("level", "count") else kind


def _names_several(long: _Item, short: _Item, side: list[_Item], near: Callable[[str, str], bool]) -> bool:
    """True when a shorter name is the tail a list shares out among its items (A、B、C参保人数分别达…: the names before the
    last composed, not written whole) and another leftover item of that list is near it too: a bare name is none of
    them (昆明 2025 力争基本养老保险、失业保险、工伤保险、基本医疗保险参保人数分别达546万人、155万人、188万人、599万人 → 2026
    特殊群体医保参保资助，参保人数不少于15万人)."""
    if len(short.norm) >= len(long.norm):
        return False
    return any(it is not long and it.target.quote == long.target.quote and _shared_out(it.target)
               and near(it.norm, short.norm) for it in side)


def _shared_out(t: Target) -> bool:
    """True when a target's name is not written whole in its quote: an item of a list given the name the list shares."""
    return t.indicator not in t.quote


# A total of what there is, against what the year adds: 洛阳 2022 新建5G基站1000个 → 2023 5G基站总数突破1万个. The verb
# of adding may stand before the name the extractor gives: 三明 2022 国家高新技术企业总数突破220家 → 2023 力争培育高新技术
# 企业100家; or open the list the name is an item of (温州 2024 新增科技领军企业10家、高新技术企业600家).
_STOCK_WORDS = ("总数", "总量", "保有量", "累计")
_FLOW_VERBS = ("新建", "新增", "净增", "新开工", "新改建", "新培育", "培育", "认定")
# Between a name and its number, 突破 and 达到 say what the count reaches, a total (温州 2025 高新技术企业、科技型中小企业分别
# 突破5000家、1.8万家; 力争规上工业企业突破1万家), and so does 发展到 (东营 2021 高新技术企业发展到350家以上 is no 2022
# 新增高新技术企业50家); 运营 before a name counts what runs (运营近洋航线18条、国际客货运航线14条).
_REACH_VERBS = ("突破", "达到", "达", "发展到")
_RUNNING_VERBS = ("运营",)
_LEADING_HEDGE = re.compile(f"^(?:{L.alt(L.HEDGE_WORDS)})")
# Works on what already stands, not building it new: 中卫 2022 新建小微公园9个 → 2023 改造提升小微公园8个 are two works, and
# so are 中山 2022 检测修复既有污水管网400公里 → 2023 新建污水管网800公里.
_UPGRADE_VERBS = ("改造", "提升", "改建", "维修", "修缮", "修复", "检测修复")
# An upgrade named with what it raises (提标改造, 改造提升): a work on what stands, even closing a name (污水处理厂提标改造);
# a bare 改造 there may make the thing (高标准农田改造, 长治 2021, is 2022's 新建高标准农田).
_UPGRADE_CLOSES = ("提标改造", "提升改造", "改造提升", "升级改造", "改造升级", "提质改造", "提标升级")
_WORKS_MEASURES = "座个所处家条"  # what works are counted in, after 新建 and before their name (新建3座污水处理厂)


def _around(t: Target) -> tuple[str, str]:
    """The words of a target's quote before its name (a list's opening verb for an item after 、) and between its
    name and its number."""
    at = t.quote.find(t.indicator)
    if at < 0:
        return "", ""
    before, after = t.quote[:at], t.quote[at + len(t.indicator) :]
    if before.endswith("、"):  # an item of a list: the verb that opens the clause governs it
        before = _LEADING_HEDGE.sub("", before)
    digit = re.search(r"\d", after)
    return before, after[: digit.start()] if digit else ""


def _adds(t: Target) -> bool:
    """True when a target counts what the year adds: its name, the words just before it or the verb opening its
    list start with 新建, 新增…, or such a verb stands between it and its number."""
    if t.indicator.startswith(_FLOW_VERBS):
        return True
    before, between = _around(t)
    listed = before.endswith("、") and before.startswith(_FLOW_VERBS)
    return before.endswith(_FLOW_VERBS) or listed or any(v in between for v in _FLOW_VERBS)


def _totals(t: Target) -> bool:
    """True when a target counts what there is: a name of a total (总数…), 突破 or 达到 between the name and its
    number, or 运营 before it; never a name of what is added (城镇新增就业达1.2万人)."""
    if _adds(t) or any(v in t.indicator for v in _FLOW_VERBS):
        return False
    if any(w in t.indicator for w in _STOCK_WORDS):
        return True
    before, between = _around(t)
    running = before.endswith(_RUNNING_VERBS) or (before.endswith("、") and before.startswith(_RUNNING_VERBS))
    return running or any(v in between for v in _REACH_VERBS)


def _stock_and_flow(a: _Item, b: _Item) -> bool:
    """True when one target counts a total (总数, 突破…) and the other what the year adds (新建, 新增…)."""
    x, y = a.target, b.target
    return (_totals(x) and _adds(y)) or (_totals(y) and _adds(x))


# Projects a place brings in (引进, 招引, 签约) are not the projects it carries out: 七台河 2022 力争新引进亿元以上项目30个 is
# not 2023's 亿元以上项目71个 among the 122 省市重点项目 it implements. A part after 其中 has the verb of the clause before
# (亳州 2022 新签约亿元以上项目200个，其中工业项目100个), which its quote does not hold: the target just before it is read
# for it (长春 2025 实施投资5000万元以上项目1400个，其中超亿元项目1000个以上 is no 2024 新引进亿元以上项目10个).
# 新签 (newly signed) is 签约 too: 南宁 2024 年内新签投资5000万元以上项目超200个 → 2025 力争引进投资5000万元以上项目超200个.
_BRING_IN_VERBS = ("引进", "招引", "签约", "新签")


def _brings_in(t: Target) -> bool:
    """True when a verb of bringing in (引进, 招引, 签约) names a target's projects, stands before them or opens their list."""
    if any(v in t.indicator for v in _BRING_IN_VERBS):
        return True
    before, _ = _around(t)
    return before.endswith(_BRING_IN_VERBS) or (before.endswith("、") and any(v in before for v in _BRING_IN_VERBS))


# A list of projects is named by its stage (新开工, 续建) or by the work on all of it (实施, 推进): two stages, or a stage and
# the whole, are two lists (武汉 2024 开工亿元以上项目920个以上, 续建亿元以上项目1900个 → 2025 推进2400个亿元以上项目,
# 新开工亿元以上项目930个). A list whose verb stands outside its quote says no stage (2024 新开工…，…等300个亿元以上工业项目).
_STAGES = (("start", ("开工",)), ("continue", ("续建",)), ("all", ("实施", "推进")))
# Any list is named by its stages when its document names it by both: 太原 2025 持续实施673个续建老旧小区改造，新开工18个
# 老旧小区改造 splits what 2024's 实施老旧小区改造668个 names whole. A plan that names only the start names the year's work by
# the statistical word for it (临沧 2022 新开工改造老旧小区8000户以上 → 2023 实施老旧小区改造1万户以上: one work).
_PART_STAGES = ("start", "continue")
_STAGE_WORDS = ("新开工", "开工", "续建")
_COUNTED = re.compile(r"\d+(?:\.\d+)?[十百千万亿]*个?$")


def _stage(t: Target) -> str:
    """The stage a target's projects are named by: its name's, else the verb just before it or opening its list
    (a number of projects between them left out); "" when none."""
    before = _COUNTED.sub("", _around(t)[0])
    opener = before if before.endswith("、") else ""
    for stage, verbs in _STAGES:
        if any(v in t.indicator for v in verbs):
            return stage
    for stage, verbs in _STAGES:
        if before.endswith(verbs) or any(opener.startswith(v) for v in verbs):
            return stage
    return ""


def _counts_fit(a: _Item, b: _Item) -> bool:
    """True unless one target counts a total and the other what the year adds, one the projects brought in and the
    other projects carried out, two stages of a list (or a stage and the whole) where one document names it in stages,
    or one a part of a whole its quote names and the other not: never one measure."""
    x, y = a.target, b.target
    projects = x.indicator.endswith("项目") and y.indicator.endswith("项目") and _verb_known(a) and _verb_known(b)
    if projects and _brought_in(a) != _brought_in(b) or (projects or a.staged or b.staged) and _stages_differ(a, b):
        return False
    return _part_of_named(x) == _part_of_named(y) and not _stock_and_flow(a, b)


def _governed(it: _Item) -> tuple[Target, ...]:
    """The targets whose words govern an item: itself and, for a part after 其中, the whole of the clause before."""
    return (it.target,) if it.whole is None else (it.target, it.whole)


def _verb_known(it: _Item) -> bool:
    """True unless an item is a part after 其中 whose whole (and so whose verb) was not found."""
    return it.whole is not None or not _a_part(it.target)


def _brought_in(it: _Item) -> bool:
    """True when an item's projects, or those of the whole it is a part of, are brought in (`_brings_in`)."""
    return any(_brings_in(t) for t in _governed(it))


def _stages_differ(a: _Item, b: _Item) -> bool:
    """True when both lists of projects say their stage (a part its own, else its whole's) and the stages differ."""
    sx, sy = (next((s for t in _governed(it) if (s := _stage(t))), "") for it in (a, b))
    return bool(sx and sy) and sx != sy


def _a_part(t: Target) -> bool:
    """True for a part of what the clause before counts (其中工业项目100个): its verb is that clause's, not in the quote."""
    return _around(t)[0].endswith("其中")


def _part_of_named(t: Target) -> bool:
    """True for a part after 其中 of a whole its quote names: 无锡 2024 市重大产业项目完成投资1450亿元、其中工业投资超1000亿元
    counts the industrial part of those projects, not 2025's 工业投资2000亿元 of the whole city."""
    before = _around(t)[0]
    return before.endswith("其中") and len(before) > 2


# Punctuation but the 、 that lists items: what `_joins_an_item` reads of a name.
_BUT_LISTING = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】,，.。:：;；!！?？·・—–\-_/~～]")


def _joins_an_item(x: str, y: str) -> bool:
    """True when one name lists, after a 、, an item the other leaves out, and holds the other before it: the things it
    counts together are not the first alone (佛山 2024 新(改、扩)建中小学16所、幼儿园18所 → 2025 新(改、扩)建中小学、
    幼儿园20所; 西安 2024 新建改扩建中小学14所 → 2025 新建、改扩建中小学校、幼儿园11所). Words before a 、 may be a
    clause the name was read with (温州 2025 扩大普惠托育服务供给、千人托位数达4.5个): they are no item of it."""
    a, b = _BUT_LISTING.sub("", x), _BUT_LISTING.sub("", y)
    return _lists_after(a, b) or _lists_after(b, a)


def _lists_after(name: str, other: str) -> bool:
    """True when `other` stands in `name` before its last 、 and the item after that 、 is not in `other`."""
    head, _, tail = name.rpartition("、")
    return bool(head) and tail not in other and other.replace("、", "") in head.replace("、", "")


def _new_and_upgrade(a: _Item, b: _Item) -> bool:
    """True when one name builds new (新建…) and the other only upgrades what stands (改造提升…): two works."""
    x, y = a.target, b.target
    return (_builds_new(x) and _upgrades_only(y)) or (_builds_new(y) and _upgrades_only(x))


def _built_and_building(x: Target, y: Target) -> bool:
    """True when one target counts what is under construction (在建) and the other what is finished (建成, 竣工…), in
    its name or just before it: 郑州 2025 建成小微企业园40个以上 → 2026 滚动推进…97个在建小微企业园建设 are two counts."""
    return (_building(x) and _finished(y)) or (_building(y) and _finished(x))


def _building(t: Target) -> bool:
    """True when 在建 (under construction) is in a target's name or just before it."""
    return "在建" in t.indicator or _around(t)[0].endswith("在建")


def _finished(t: Target) -> bool:
    """True when a word of being finished (建成, 竣工, 投产…) opens a target's name or ends the words just before it."""
    words = ("建成", *_DONE_WORDS)
    return t.indicator.startswith(words) or _around(t)[0].endswith(words)


def _builds_new(t: Target) -> bool:
    """True when a name opens with 新建 and no upgrading beside it (新建改造, 新建和改造 are both works), or 新建 opens the
    count the name follows (邯郸 2022 全市新建3座污水处理厂: not 2023's 完成38座污水处理厂提标改造)."""
    name = t.indicator
    if name.startswith("新建"):
        return not name[2:].lstrip(_VERB_JOINS).startswith(_UPGRADE_VERBS)
    before = t.quote[: max(t.quote.find(name), 0)]
    if before[-1:] and before[-1] in _WORKS_MEASURES:
        before = before[:-1].rstrip("0123456789.")
    return before.endswith("新建") and not name.endswith(_UPGRADE_VERBS)


def _upgrades_only(t: Target) -> bool:
    """True when a name opens with upgrading and no building is joined on before it (临沧 2023 建设和改造农村公路), or
    closes on an upgrade named with what it raises, with no building in it (污水处理厂提标改造)."""
    before = t.quote[: max(t.quote.find(t.indicator), 0)]
    if t.indicator.endswith(_UPGRADE_CLOSES) and "建" not in t.indicator and not before.endswith(("新建", "建设")):
        return True
    return t.indicator.startswith(_UPGRADE_VERBS) and "建" not in before[-3:]


def re_expressed(a: _Item, b: _Item) -> bool:
    """True when one target can restate the other in another unit: a rate for an amount or for another rate (进出口总额
    850亿元 → 增长7%, 城镇化率56% → 提高1个百分点); two amounts in different units count different things (临沧 2022
    开工建设高速公路5条, 2023 累计建成高速公路560公里)."""
    return (a.unit == b.unit or a.unit in PERCENT_UNITS or b.unit in PERCENT_UNITS) and _kinds_fit(a, b)


def _kinds_fit(a: _Item, b: _Item) -> bool:
    """False for a share and a growth, both in %: a part of a whole (亳州 2021 旅游总收入恢复到2019年的75%以上) is no
    rise over the year before (2022 旅游总收入增长15%以上), whatever the two numbers."""
    return ({a.target.kind, b.target.kind} != {"share", "growth"} or a.unit != b.unit) and _counts_fit(a, b)


# A bare list of key projects is named by its examples (实施400个重点项目 of one programme); a field's key projects are
# another list (温州 2024 加快推进58个医疗卫生重点项目 is not 2025's 五城三园 实施400个重点项目); the projects of a size,
# or a verb before the projects, leave the list the same (包头 2024 实施投资亿元以上重大项目628个 → 2025 主攻650个重大项目;
# 乌海 2024 组织实施重点项目264个 → 2025 实施重点项目233个).
_PROJECT_LISTS = ("重点项目", "重大项目", "重点工程", "重大工程")
_SIZE_WORDS = ("元", "以上")
# What is finished is not what is carried out: 温州 2024 竣工超亿元制造业项目100个以上 → 2025 实施亿元以上制造业项目550个;
# nor is what is put into use (投用) what is raised: 烟台 2023 筹集人才公寓5000套 → 2024 新投用人才公寓2000套以上.
_DONE_WORDS = ("竣工", "完工", "投产", "投用")


def contained(x: str, y: str) -> bool:
    """True when one normalized indicator is the other plus words that only qualify it (`_modifier_only`); a bare
    list of key projects contains only its projects of a size or under a verb."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) < 4 or short not in long or short == long:
        return False
    extra = long.replace(short, "", 1)
    if _another_project_list(short, extra) or _one_way_of_trade(short, long):
        return False
    return (_modifier_only(extra) and not _divides_people(extra, short) and not _sizes_firms(extra, short)
            and not _tenure(extra, short))


def _another_project_list(short: str, extra: str) -> bool:
    """True when a bare list of key projects (`_PROJECT_LISTS`) has words over it other than a size or a plan verb:
    another list (武汉 2024 开工…等30个重点项目 → 2025 推进…等10个重点项目建设)."""
    return short in _PROJECT_LISTS and not (any(w in extra for w in _SIZE_WORDS) or extra.endswith(L.PLAN_VERBS))


def inserted(x: str, y: str) -> bool:
    """True when one normalized indicator is the other with one or two characters inside it that name no number
    or level: a modifier a publisher adds or leaves out (进出口外贸总额, 创业担保贷款, 水土流失综合治理面积), or the
    和 between two items it lists either way (丹东 2022 雏鹰和瞪羚企业 → 2023 雏鹰瞪羚企业)."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    extra = len(long) - len(short)
    if len(short) < 4 or not 0 < extra <= 2 or _one_way_of_trade(short, long):
        return False
    p = 0
    while p < len(short) and short[p] == long[p]:
        p += 1
    words, rest = long[p : p + extra], short[p:]
    if rest.startswith("项目") and _WORK_VERBS.fullmatch(words):  # 重大改造项目 is a kind of 重大项目 (洛阳 2022→2023)
        return False
    if (_divides_people(words, rest) or _sizes_firms(words, short) or _another_project_list(short, words)
            or _tenure(words, short)):
        return False
    return long[p + extra :] == rest and (_modifier_only(words) or (words in _JOINING and 0 < p < len(short)))


def abbreviated(x: str, y: str) -> bool:
    """True when one normalized indicator (4 or more characters) is the other with four-character words written short,
    a character from each half and the two left out apart: 国有企业 as 国企, 营业收入 as 营收, 对外贸易 as 外贸, 全国重点 as
    国重 (沈阳 2025 市属国有企业资产总额 → 2026 市属国企资产总额). Two neighbours left out (规模以上 as 规上) are `inserted`'s;
    what is left out names no level (市重点项目 are not the 省市县 ones)."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 4 and _written_short(short, long, False) and _modifier_only(_left_out(short, long))


def _left_out(short: str, long: str) -> str:
    """The characters of `long` that `short`, read in order inside it, leaves out."""
    at, extra = 0, []
    for c in long:
        if at < len(short) and c == short[at]:
            at += 1
        else:
            extra.append(c)
    return "".join(extra)


def _written_short(short: str, long: str, shortened: bool) -> bool:
    """True when `long` is `short` with at least one (`shortened`: already one) four-character word of it written short."""
    if not short or not long:
        return not short and not long and shortened
    if short[0] == long[0] and _written_short(short[1:], long[1:], shortened):
        return True
    return len(long) >= 4 and short[:2] in (long[0] + long[2], long[1] + long[2], long[1] + long[3]) and _written_short(
        short[2:], long[4:], True)


def reordered(x: str, y: str) -> bool:
    """True when two normalized indicators differ only in two neighbouring words of one or two characters written the
    other way round: 会展 and 展会 (合肥 2025 会展700场以上 → 2026 举办各类展会超700场), 镇街 and 街镇, 急需紧缺 and 紧缺急需."""
    if len(x) != len(y) or x == y:
        return False
    p = next(i for i, (a, b) in enumerate(zip(x, y)) if a != b)
    q = len(x) - next(i for i, (a, b) in enumerate(zip(reversed(x), reversed(y))) if a != b)
    half = (q - p) // 2
    return q - p in (2, 4) and y[p:q] == x[p + half : q] + x[p : p + half]


def _one_way_of_trade(short: str, long: str) -> bool:
    """True when one name counts trade both ways (进出口) and the other one way inside it (沈阳 2026 出口总额增长10% is
    no report on 2025's 进出口总额增长5%): exports are a part, not the whole with a word left out."""
    return ("进出口" in long) != ("进出口" in short)


def spelled_out(x: str, y: str) -> bool:
    """True when every character of one normalized name (4 or more, not a bare 项目) stands in order in the other and
    the words between only qualify it (`_modifier_only`: no number, no level, no stage; here no 和/及/与 at all): a
    name written out more fully, not an area's part of people (城镇居民 of the 居民)."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) < 4 or short == long or _WORK_VERBS.sub("", short) in _BARE_HEADS:
        return False
    extra, at = [], 0
    for c in long:
        if at < len(short) and c == short[at]:
            at += 1
        else:
            extra.append(c)
    words = "".join(extra)
    if _classes_of_talent(long):  # the 和 joins classes on one head, not a second item
        words = "".join(c for c in words if c not in _JOINING)
    if at < len(short) or _JOINING.intersection(words) or _sizes_firms(words, short):
        return False
    return _modifier_only(words) and not _divides_people(words, short) and not _tenure(words, short)


def _classes_of_talent(name: str) -> bool:
    """True when a name joins classes of talent before one 人才 (高层次和紧缺急需人才): one count of people, not two
    targets, which a plan may name by one class or none (包头 2024 引进高层次和紧缺急需人才8000人以上 → 2025 引进紧缺急需
    人才8000人以上; 绵阳 2024 新引进人才3万名以上 → 2025 新引进急需紧缺和高层次人才3万名以上)."""
    return name.endswith("人才") and name.count("人才") == 1 and any(j in name for j in "和及与")


def _same_amount(a: _Item, b: _Item) -> bool:
    """True when two targets say the same number, range and bound, and `_counts_fit` accepts them."""
    return amount(a.target) == amount(b.target) and qualifier_class(a.target.qualifier) == qualifier_class(
        b.target.qualifier) and _counts_fit(a, b)


# The sectors statistics count firms of a size in (规上工业, 规上服务业, 资质内建筑业; a 限上 firm is a trader by definition,
# so 限上商贸企业 are all 限上企业): 洛阳 2022 新增规上企业600家 (of every sector) → 2023 新增规模以上工业企业260家.
_FIRM_SECTORS = ("工业", "制造业", "服务业", "建筑业")


def _sizes_firms(extra: str, firms: str) -> bool:
    """True when 规上 (above the statistical size) or a sector is among the words one name of firms has over another:
    西安 2025's 规上高新技术企业 (2700) are some of its 国家高新技术企业 (1.3万), 规上工业企业 some of the 规上企业."""
    return "企业" in firms and ("规上" in extra or any(w in extra for w in _FIRM_SECTORS))


# How housing is held: rented (租赁), sold (配售, 出售) or owned in shares (共有产权).
_TENURES = ("租赁", "配售", "出售", "共有产权")


def _tenure(extra: str, name: str) -> bool:
    """True when the words one name of housing has over another say how it is held: 保障性租赁住房 and 配售型保障性住房
    are kinds of 保障性住房 a plan counts apart (兰州 2024 建设保障性租赁住房3043套 → 2025 筹集保障性住房4548套; 东莞 2025
    筹集保障性租赁住房1.5万套 → 2026 筹集保障性住房3500套)."""
    return name.endswith("房") and any(w in extra for w in _TENURES)


def _divides_people(extra: str, rest: str) -> bool:
    """True when the words one name has over another are an area before people: 农村居民 are a part of the 居民."""
    return rest.startswith(_PEOPLE) and bool(_AREA_WORDS.fullmatch(extra))


def _modifier_only(extra: str) -> bool:
    """True when the words one name has over another only qualify it: no number, no level (国家/省/市…; 城镇 and 城市
    name an area, not a level), no stage of planning (谋划, 储备) or of being finished (竣工, 投产) and no second item joined on by 和/及/与/、
    (植树造林和森林抚育70万亩 is two targets, not 植树造林's; 新建和改造高标准农田 joins two verbs on one)."""
    if re.search(r"\d", extra) or _LEVEL_WORDS.search(_AREA_WORDS.sub("", extra)):
        return False
    if any(w in extra for w in _PLANNING_WORDS) or any(w in extra for w in _DONE_WORDS):
        return False
    joined = extra[:1] in _JOINING or extra[-1:] in _JOINING
    return not joined or bool(_WORK_VERBS.fullmatch(extra.strip("和及与、")))


# A bare 项目 or 工程 is a list named by its examples, which the name leaves out (建设美团云、中国移动二期等13个项目): two
# years' are other lists (中卫 2022 …等13个项目, 2023 实施中卫十四小、海兴开发区二中等14个项目), never one target.
_BARE_HEADS = frozenset(("项目", "工程"))


def match(old: list[_Item], new: list[_Item]) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    """Partners by exact indicator and kind, then near-synonym, then kind-free (same unit), then
    the same indicator in another unit (a level one year, a growth the next), then containment, then
    a short insertion, then a name written out more fully with the same amount; a bare 项目 has none."""
    bare_old = [it for it in old if it.norm in _BARE_HEADS]
    bare_new = [it for it in new if it.norm in _BARE_HEADS]
    old = [it for it in old if it.norm not in _BARE_HEADS]
    new = [it for it in new if it.norm not in _BARE_HEADS]
    passes: list[tuple[Callable[[_Item], object], _Fits | None]] = [
        (lambda it: (it.norm, it.target.kind, it.scope), _counts_fit),
        (lambda it: it.synonym and (it.synonym, it.target.kind, it.scope), _counts_fit),
        (lambda it: (it.norm, it.scope, it.unit), _kinds_fit),
        (lambda it: it.synonym and (it.synonym, it.scope, it.unit), _kinds_fit),
        # Re-expressed: 进出口总额达到850亿元 one year, 进出口总额增长7% the next.
        (lambda it: (it.norm, it.scope), re_expressed),
    ]
    pairs: list[tuple[_Item, _Item]] = []
    for key, fits in passes:
        if not old or not new:  # every target on one side has its partner (a revision, usually): none left to pair
            break
        found, old, new = _pair_groups(old, new, key, fits)
        pairs += found
    for near in (contained, inserted, abbreviated, reordered):
        found, old, new = _near_pairs(old, new, near)
        pairs += found
    found, old, new = _near_pairs(old, new, spelled_out, _same_amount)
    pairs += found
    found, old, new = _parts_by_class(old, new, pairs)
    return pairs + found, old + bare_old, new + bare_new


def _parts_by_class(
    old: list[_Item], new: list[_Item], pairs: list[tuple[_Item, _Item]]
) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    """Pair leftover parts named by their class whose wholes are partners: the class (超100亿元) says which part, the
    whole's noun each was given may differ (无锡 2024 新备案超10亿元项目80个以上，其中…超100亿元8个 → 2025 新备案超10亿元
    重大产业项目80个以上，其中…超100亿元5个)."""
    partner = {id(a.target): id(b.target) for a, b in pairs}

    def key(it: _Item, head: int) -> tuple:
        return (head, _part_class(it.target), it.target.kind, it.scope, it.unit)

    wanted = {key(a, partner[id(a.head)]): a for a in old if a.head is not None and id(a.head) in partner}
    found = [(wanted.pop(k), b) for b in new if b.head is not None and (k := key(b, id(b.head))) in wanted]
    taken = {id(x) for pair in found for x in pair}
    return found, [a for a in old if id(a) not in taken], [b for b in new if id(b) not in taken]


def headline_span(body: str) -> tuple[int, int] | None:
    """The paragraph of a report's headline targets (its 主要预期目标, 预期 preferred), as offsets in the body; or None.
    A lead-in that closes its paragraph leads in the next one (赤峰 2024 主要预期目标是：⏎地区生产总值增长7%左右…)."""
    best: tuple[bool, int, int] | None = None
    paras = body.split("\n")
    start = 0
    for n, para in enumerate(paras):
        i, word = next(((para.find(w), w) for w in L.HEADLINE_GOALS if w in para), (-1, ""))
        after = para[i + len(word) : i + len(word) + 16]
        lead = para[max(0, i - 12) : i] + after
        if i >= 0 and any(w in after[:4] for w in L.HEADLINE_LEADS) and not any(w in lead for w in L.HEADLINE_NOT):
            s0, s1, text = start, start + len(para), para[i : i + 40]
            if not any(c.isdigit() for c in text) and n + 1 < len(paras):  # the targets on the line(s) after
                s0, s1, text = s1 + 1, s1 + 1 + len(paras[n + 1]), paras[n + 1][:40]
                s1 += sum(len(p) + 1 for p in _list_lines(paras, n + 1))
            if any(c.isdigit() for c in text) and (best is None or ("预期" in word and not best[0])):
                best = ("预期" in word, s0, s1)
        start += len(para) + 1
    return best and (best[1], best[2])


def _list_lines(paras: list[str], n: int) -> list[str]:
    """The lines after line n that go on its list: each line closed by a semicolon has its next item on the next line."""
    m = n
    while m + 1 < len(paras) and paras[m].rstrip().endswith(L.LIST_ITEM_ENDS):
        m += 1
    return paras[n + 1 : m + 1]


def _inside(t: Target, span: tuple[int, int]) -> bool:
    """The target is stated within the span of the body."""
    return span[0] <= t.offset < span[1]


def _headlines_apart(
    pairs: list[tuple[_Item, _Item]], old_head: tuple[int, int], new_head: tuple[int, int]
) -> tuple[list[tuple[_Item, _Item]], list[_Item], list[_Item]]:
    """Partners of which one is a headline target and the other not, parted: the headline one is new (or gone) from
    the year's 主要预期目标, not a change from a figure a section gave (中山 2023 城镇新增就业4.7万人, 2022's 4.5万人 in
    its 就业 section; 昆明 2026 粮食总产量稳定在100万吨以上, 2025's 确保…产量105.5万吨 in its 农业 section). A figure the
    same in both moved only in or out of the headline: the section's side is left unsaid (伊春 2022 城镇新增就业1.2万人)."""
    kept, gone, new = [], [], []
    for x, y in pairs:
        x_head = _inside(x.target, old_head)
        if x_head == _inside(y.target, new_head):
            kept.append((x, y))
        elif compare(x.target, y.target) is not None:
            gone.append(x)
            new.append(y)
        else:
            (gone if x_head else new).append(x if x_head else y)
    return kept, gone, new


def diff_targets(
    old: Sequence[Target],
    new: Sequence[Target],
    *,
    old_year: int | None = None,
    new_year: int | None = None,
    heads: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None),
) -> list[Change]:
    """Changed, then added, then dropped targets (each in document order); heads, where each report's headline
    targets are, keeps a headline target from partnering a target outside the other's headline."""
    a, b = prepare(old, old_year), prepare(new, new_year)
    pairs, dropped, added = match(a, b)
    # the years whose goals the new plan restates: those of a goal of several years it pairs with an old one, or one
    # dated from before its own year (曲靖 2022's 十四五 goals, 2021-2025); a goal of its own to that year (云浮 2023
    # 到2026年金属智造产业产值突破千亿, 2023-2026) restates none of the old plan's
    restated = {_end_year(y.target.period) for _, y in pairs if _scope(y.target.period, new_year) != "annual"}
    restated |= {_end_year(t.period) for t in new if t.role == "target" and _dated_before(t.period, new_year)}
    if heads[0] and heads[1]:
        pairs, gone, new_ones = _headlines_apart(pairs, heads[0], heads[1])
        dropped, added = dropped + gone, added + new_ones
    if new_year is not None:
        dropped = [x for x in dropped if not _in_force(x.scope, new_year, restated)]
    changed = [(y.order, c) for x, y in pairs if (c := compare(x.target, y.target))]
    out = [c for _, c in sorted(changed, key=lambda p: p[0])]
    out += [Change("added", y.target.indicator, y.target.kind, new=y.target) for y in sorted(added, key=lambda i: i.order)]
    out += [Change("dropped", x.target.indicator, x.target.kind, old=x.target) for x in sorted(dropped, key=lambda i: i.order)]
    return out


# -- outcomes ---------------------------------------------------------------------------


_YEAR_SPAN = re.compile(r"\d{4}\s*-")  # a period of several years (2021-2025): no whole year of its own


def _end_year(period: str | None) -> int | None:
    """The last year a period names (2022-2026 → 2026), None without one."""
    years = re.findall(r"(?:19|20)\d\d", period or "")
    return int(years[-1]) if years else None


def _dated_before(period: str | None, year: int | None) -> bool:
    """True for a period of several years that opens before `year` (2021-2025 in a 2022 plan)."""
    first = re.match(r"((?:19|20)\d\d)\s*-", period or "")
    return bool(first and year and int(first.group(1)) < year)


def _in_force(scope: str, new_year: int, restated: set[int | None]) -> bool:
    """True for an old goal of several years that runs past the new plan's year when the new plan restates no goal
    ending that year: the goal stands (中卫 2022's 今后五年 goals in its 2023 plan), it is not dropped. A goal due in
    the new plan's year that the plan leaves out is dropped (乌海 2024's 到2025年新能源装机占比35%以上)."""
    return scope.startswith("until:") and int(scope[6:]) > new_year and int(scope[6:]) not in restated


def _periods(target: Target, plan_year: int | None) -> tuple[str, ...]:
    """The actual periods that report on a target: its period, and the whole year for 2023下半年."""
    period = target.period or (str(plan_year) if plan_year else "")
    if not period:
        return ()
    year = period[:4]
    whole_year = year.isdigit() and period != year and not _YEAR_SPAN.match(period)
    return (period, year) if whole_year else (period,)


def is_reduction(t: Target) -> bool:
    """True for a cut written as a positive number (能耗降低2.5%, 压减…, 降至…): the extractor's direction."""
    return t.direction == "down"


def met(target: Target, actual: Target) -> bool | None:
    """Whether an actual meets its target: caps (失业率, 涨幅, 以下…) from above, cuts and the rest from below."""
    t, a = midpoint(target), midpoint(actual)
    if t is None or a is None or amount(target)[3] != amount(actual)[3]:
        return None
    qc = qualifier_class(target.qualifier)
    slack = 0.05 * abs(t) if qc == "≈" else 0.0
    cap = qc == "≤" or (_UPPER_BOUND.search(target.indicator) and not is_reduction(target))
    if cap:
        hi = amount(target)[2] if _is_range(target) and amount(target)[2] is not None else t
        return a <= hi + slack + 1e-12
    lo = amount(target)[1] if _is_range(target) and amount(target)[1] is not None else t
    return a >= lo - slack - 1e-12


def outcomes(old_targets: Sequence[Target], new_actuals: Sequence[Target], *, old_year: int | None = None) -> list[Outcome]:
    """The earlier targets that a later document reports an actual for, and whether each was met."""
    by_kind: dict[tuple[str, str], list[tuple[str, Target]]] = {}  # (period, kind): (indicator, actual), in order
    by_name: dict[tuple[str, str], list[Target]] = {}
    for a in new_actuals:
        period, norm = (a.period or "").strip(), normalize_indicator(a.indicator)
        by_kind.setdefault((period, a.kind), []).append((norm, a))
        by_name.setdefault((period, norm), []).append(a)
    out, seen = [], set()
    for t in old_targets:
        if t.role != "target":
            continue
        norm = normalize_indicator(t.indicator)
        key = (norm, t.kind, t.period, amount(t))
        if key in seen:  # a target repeated in one document counts once
            continue
        seen.add(key)
        found = _actual_for(t, norm, _periods(t, old_year), by_kind, by_name)
        if found is not None:
            out.append(Outcome(t.indicator, t.kind, t.period or (str(old_year) if old_year else None), t, found, met(t, found)))
    return out


def _actual_for(
    t: Target,
    norm: str,
    periods: tuple[str, ...],
    by_kind: dict[tuple[str, str], list[tuple[str, Target]]],
    by_name: dict[tuple[str, str], list[Target]],
) -> Target | None:
    """The actual reporting on a target: same name and kind, same name and unit, synonym, then containment or a
    short insertion (研发经费投入强度 reported as 研发投入强度)."""
    same_name = [a for p in periods for a in by_name.get((p, norm), ())]
    unit = amount(t)[3]
    found = next((a for a in same_name if a.kind == t.kind), None) or next(
        (a for a in same_name if amount(a)[3] == unit), None
    )
    if found is not None:
        return found
    group = synonym_key(norm)
    kinds = (t.kind, "share") if t.kind == "threshold" else (t.kind,)  # a bound aimed at, reported as the share reached
    candidates = [pair for p in periods for k in kinds for pair in by_kind.get((p, k), ())]
    if group:
        found = next((a for other, a in candidates if synonym_key(other) == group), None)
    return found or next((a for other, a in candidates if contained(other, norm) or inserted(other, norm)), None)


# -- documents --------------------------------------------------------------------------


def plan_year_of(doc: Document, extraction: Extraction) -> int | None:
    """The plan year: the extractor's, else the first year in the title, the date or the first paragraph."""
    if extraction.plan_year is not None:
        return extraction.plan_year
    date = f"{doc.date[:4]}年" if doc.date else None
    for text in (doc.title, date, doc.paragraphs[0] if doc.paragraphs else None):
        year = year_of(text)
        if year is not None:
            return year
    return None


# What a title says apart from its year and its wrapping: "关于印发王坛镇2025年工作计划的通知" → 工作计划.
_TITLE_NOISE = re.compile(
    r"(?:19|20)\d\d(?:[-—–~至](?:19|20)?\d\d)?年度?|[〇零一二三四五六七八九]{4}年度?|"
    r"关于|印发|转发|公布|公开|的通知|的报告$|人民政府|办公室|[(（][^)）]*[)）]|[\s《》“”\"\-—:：,，、]"
)
PLAN_LIKENESS = 0.25  # below this, two titles name different kinds of plan (工作计划 and 大气污染防治工作方案: 0.13)


def title_stem(title: str, publisher: str | None = None) -> str:
    """A plan's title without its years, its publisher's name and the words that wrap it (关于印发…的通知)."""
    if publisher:
        title = title.replace(publisher, "")
    return _TITLE_NOISE.sub("", title)


def plan_likeness(a: str, b: str) -> float:
    """How alike two title stems are: the Dice coefficient of their character pairs (1.0 alike, 0.0 nothing shared)."""
    x, y = _pairs(a), _pairs(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _pairs(s: str) -> set[str]:
    """The character pairs of a string (a one-character string is its own pair)."""
    return {s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


# A page that explains a plan rather than sets one: its 解读 (《…工作计划》政策解读, 关于《…》的解读, 解读:…), 图解 and
# 一图读懂 pages, 起草说明, 答记者问, 新闻发布会. Disclosure rules publish a 解读 with each major document, often in the
# same column ("政策文件与解读同步", as township annual disclosure reports say). It restates some of the plan's targets.
_RESTATES = re.compile(r"^(?:图解|一图读懂|一图看懂|一图了解|图说|解读)|(?:解读|图解|起草说明|答记者问|新闻发布会|政策问答)$")
_TITLE_WRAP = re.compile(r"[(（][^)）]*[)）]$|[\s:：《》“”\"]")


def restates(title: str | None) -> bool:
    """True for the title of a page that explains a plan (解读, 图解, 起草说明): it names some of its targets, not all."""
    return bool(title) and _RESTATES.search(_TITLE_WRAP.sub("", title or "")) is not None


# The span of time a plan's title names, when it is less than a year: a township's 上半年工作总结及下半年工作计划 sets
# what is left of the year, a 第三季度工作要点 one quarter. Words, tested with `in`, longest span first.
_SPANS = (("half", ("半年", "1-6月", "1—6月", "7-12月", "7—12月")), ("quarter", ("季度",)), ("month", ("月份", "月度")))


def plan_span(title: str) -> str:
    """The span of time a plan's title names: "half", "quarter", "month", else "year" (a year or more)."""
    for span, words in _SPANS:
        if any(w in title for w in words):
            return span
    return "year"


def names_part_of(new_title: str | None, old_title: str | None) -> bool:
    """True when a plan's title names less than the earlier plan's (a 下半年工作计划 after a 工作计划): it restates what
    it keeps of that plan and drops none of the rest."""
    spans = [span for span, _ in _SPANS][::-1] + ["year"]  # month < quarter < half < year
    return spans.index(plan_span(new_title or "")) < spans.index(plan_span(old_title or ""))


def closest_plan(title: str, publisher: str | None, candidates: Sequence[tuple[int, str]]) -> int | None:
    """The earlier plan a new plan is compared with: of `candidates` ((version, title), most recent first), the one
    whose title names the same kind of plan (工作计划 after 工作计划, not the 秋冬季大气污染防治方案 published in between),
    the most recent of the most alike; None when none is alike. A title without words of its own takes the most recent.
    A page explaining a plan (`restates`) is never the plan compared with: it names only some of the targets."""
    candidates = [(version, other) for version, other in candidates if not restates(other)]
    stem = title_stem(title or "", publisher)
    if not candidates or not stem:
        return candidates[0][0] if candidates else None
    best, score = None, PLAN_LIKENESS
    for version, other in candidates:
        other_stem = title_stem(other, publisher)
        likeness = plan_likeness(stem, other_stem) if other_stem else PLAN_LIKENESS
        if likeness > score + 0.05 or best is None and likeness >= score:
            best, score = version, likeness
    return best


def side(doc: Document, extraction: Extraction, **extra: object) -> Version:
    """The Version summary of a document (stored fields come in `extra`)."""
    return Version(
        url=doc.url,
        title=doc.title,
        publisher=doc.publisher,
        date=doc.date,
        plan_year=extraction.plan_year,
        index_no=doc.index_no,
        **extra,  # type: ignore[arg-type]
    )


def diff_documents(
    old: Document,
    new: Document,
    old_extraction: Extraction,
    new_extraction: Extraction,
    *,
    kind: str = "revision",
    old_version: Version | None = None,
    new_version: Version | None = None,
    text: bool = True,
    detected_at: str | None = None,
) -> ChangeSet:
    """Everything that moved from old to new: target changes, text hunks, outcomes of earlier targets."""
    changes = diff_targets(
        old_extraction.targets,
        new_extraction.targets,
        old_year=old_extraction.plan_year,
        new_year=new_extraction.plan_year,
        heads=(headline_span(old.body), headline_span(new.body)),
    )
    if kind == "plan" and (restates(new.title) or names_part_of(new.title, old.title)):
        changes = [c for c in changes if c.change != "dropped"]  # a 解读, a 下半年 plan: some of the plan's targets
    hunks = diff_text(document_text(old), document_text(new)) if text else []
    met_list = (
        outcomes(old_extraction.targets, new_extraction.actuals, old_year=old_extraction.plan_year) if kind == "plan" else []
    )
    return ChangeSet(
        kind=kind,
        old=old_version or side(old, old_extraction),
        new=new_version or side(new, new_extraction),
        changes=tuple(changes),
        hunks=tuple(hunks),
        outcomes=tuple(met_list),
        detected_at=detected_at,
    )
