"""Chinese quantities: numerals, written units and their conversion to base units.

The extractor finds quantities with two compiled scans (`ARABIC_RE` for digits,
`CHINESE_RE` for Chinese numerals, percentages and fractions) and reads each match
with `read_quantity`. Units are kept as written ("万元", "个百分点"); `to_base`
turns a written unit into a comparable base (10000万元 and 1亿元 are both 1e8 元).
Pure module: standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Full-width ASCII and the ideographic space map one-to-one onto ASCII, so a text
# translated with this table keeps every offset of the original.
FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
FULLWIDTH[0x3000] = 0x20
FULLWIDTH[0x2014] = 0x2014  # keep the em dash (range separator) as it is
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")  # the characters FULLWIDTH changes (not the em dash)


def halfwidth(s: str) -> str:
    """s translated with FULLWIDTH, as str.translate(FULLWIDTH) would."""
    # str.translate looks every character up in the table and raises a KeyError inside for each one
    # not in it (~740 instructions a character); a Chinese text holds a dozen distinct full-width
    # characters, so one scan for them and a replace of each costs a fifth of that.
    for ch in set(_FULLWIDTH_RE.findall(s)):
        s = s.replace(ch, chr(FULLWIDTH[ord(ch)]))
    return s

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_POWERS = {"十": 10, "百": 100, "千": 1000}
CN_SECTIONS = {"万": 10**4, "亿": 10**8}

# Multipliers written before a base unit, with their factor.
MULTIPLIERS = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3,
}
# A multiplier may stand alone as the unit ("投资1600万"), these only.
BARE_MULTIPLIERS = {"万", "亿", "万亿"}

# Written base unit -> (base unit, factor, category).
BASE_UNITS: dict[str, tuple[str, float, str]] = {
    "元": ("元", 1, "money"), "美元": ("美元", 1, "money"), "欧元": ("欧元", 1, "money"),
    "港元": ("港元", 1, "money"),
    "亩": ("亩", 1, "area"), "平方米": ("平方米", 1, "area"), "平方公里": ("平方公里", 1, "area"),
    "平方千米": ("平方公里", 1, "area"), "公顷": ("公顷", 1, "area"),
    "平米": ("平方米", 1, "area"),  # the spoken form of 平方米: 完成签约3万平米
    "公里": ("公里", 1, "length"), "千米": ("公里", 1, "length"), "米": ("米", 1, "length"),
    "延米": ("米", 1, "length"),
    "吨": ("吨", 1, "mass"), "公斤": ("公斤", 1, "mass"), "千克": ("公斤", 1, "mass"), "斤": ("斤", 1, "mass"),
    "吨标准煤": ("吨标准煤", 1, "mass"), "吨标煤": ("吨标准煤", 1, "mass"),
    "千瓦": ("千瓦", 1, "power"), "兆瓦": ("千瓦", 1000, "power"), "千瓦时": ("千瓦时", 1, "energy"),
    "度": ("千瓦时", 1, "energy"),  # 全社会用电量7.2亿度: a kilowatt-hour, only after 万 or 亿 and not 度假 (_UNIT_ALT)
    "立方米": ("立方米", 1, "volume"),
    "方": ("立方米", 1, "volume"),  # 工程总库容1.06亿方 (开州 跳蹬水库): 方 is the spoken cubic metre, only after 万 or 亿 (_UNIT_ALT)
    "微克/立方米": ("微克/立方米", 1, "concentration"), "毫克/立方米": ("毫克/立方米", 1, "concentration"),
    "毫克/升": ("毫克/升", 1, "concentration"), "微克每立方米": ("微克/立方米", 1, "concentration"),
    "ug/m3": ("微克/立方米", 1, "concentration"), "ug/m^3": ("微克/立方米", 1, "concentration"),
    "ug/m³": ("微克/立方米", 1, "concentration"), "μg/m3": ("微克/立方米", 1, "concentration"),
    "μg/m³": ("微克/立方米", 1, "concentration"), "μg/m^3": ("微克/立方米", 1, "concentration"),
    "µg/m3": ("微克/立方米", 1, "concentration"), "µg/m³": ("微克/立方米", 1, "concentration"),
    "人": ("人", 1, "people"), "名": ("人", 1, "people"), "位": ("人", 1, "people"),
    "人次": ("人次", 1, "visits"), "户次": ("户次", 1, "visits"), "场次": ("场次", 1, "visits"),
    "批次": ("批次", 1, "visits"), "车次": ("车次", 1, "visits"), "架次": ("架次", 1, "visits"),
    "艘次": ("艘次", 1, "visits"), "台次": ("台次", 1, "visits"), "家次": ("家次", 1, "visits"),  # 对接企业104家次
    "亩次": ("亩次", 1, "visits"),  # area worked once per pass: 水肥一体化等重大技术3806万亩次 (四平 2025)
    "项次": ("项次", 1, "visits"),  # events counted each time held: 开展…各级各类体育赛事活动1000项次以上 (南宁 2025)
    "件次": ("件次", 1, "visits"),  # requests counted each time made: 全年共收到政府信息依申请公开89件次 (建平 2025 年报)
    # meals served and doses given, counted each time (中山 2021: 年度送餐量12万餐次; a vaccination drive's 接种疫苗100万剂次)
    "餐次": ("餐次", 1, "visits"), "剂次": ("剂次", 1, "visits"),
    "%": ("%", 1, "percent"), "‰": ("‰", 1, "permille"), "fraction": ("%", 100, "percent"),
    "个百分点": ("个百分点", 1, "points"), "百分点": ("个百分点", 1, "points"),
    # spoken forms after digits (_HAN_ALT): 高于全省5.33个点 (乐山 2023) is 个百分点, 4.9个亿 (南漳 a 镇 2022 一季度) 亿元;
    # 4个点位 counts sites and 3个亿元以上项目 projects of a size
    "个点": ("个百分点", 1, "points"), "个亿": ("元", 10**8, "money"),
    "个工作日": ("天", 1, "time"), "工作日": ("天", 1, "time"), "天": ("天", 1, "time"),
    "小时": ("小时", 1, "time"), "分钟": ("分钟", 1, "time"),
    "岁": ("岁", 1, "age"), "倍": ("倍", 1, "ratio"), "番": ("番", 1, "ratio"),
    "标箱": ("标箱", 1, "level"), "株": ("株", 1, "level"),
    "担": ("担", 1, "mass"),  # a 担 of tobacco leaf, fifty kilogrammes (a 镇 of 重庆, 20XX年工作总结: 种植烤烟1208亩、产量3110担)
    "锭": ("锭", 1, "level"),  # spindles, a spinning capacity: 纺纱能力达到354万锭 (伊犁 2025)
    "箱": ("箱", 1, "level"),  # hives of bees, boxes of goods: 饲养…蜜蜂6万箱 (伊春 2022), 蜜蜂7.2万箱 (伊春 2023)
    # containers counted in twenty-foot units: 港口集装箱吞吐量达到300万标准箱, 突破100万TEU (the same unit as 标箱)
    "标准箱": ("标箱", 1, "level"), "TEU": ("标箱", 1, "level"),
    "台套": ("台套", 1, "count"),  # sets of equipment: 年产能达5000台套
    # the units of sector plans: gigawatts (乐山 2022 力争形成67吉瓦拉棒切方产能), megawatt-hours, a boiler's tonnes of steam an hour, standard bricks and the
    # weight boxes of flat glass, coal burnt per kilowatt-hour (供电煤耗降低5克标准煤/千瓦时), energy per tonne of product
    "吉瓦": ("千瓦", 10**6, "power"), "GW": ("千瓦", 10**6, "power"), "MW": ("千瓦", 1000, "power"),
    "兆瓦时": ("千瓦时", 1000, "energy"), "吉瓦时": ("千瓦时", 10**6, "energy"),
    # a battery plant's yearly output in its Latin unit (贵阳 2023 新能源电池产能超过70GWh), not gigawatts
    "GWh": ("千瓦时", 10**6, "energy"), "MWh": ("千瓦时", 1000, "energy"),
    "蒸吨": ("蒸吨", 1, "power"), "蒸吨/小时": ("蒸吨", 1, "power"), "蒸吨/时": ("蒸吨", 1, "power"),
    "标砖": ("标砖", 1, "level"), "重量箱": ("重量箱", 1, "level"),
    "克标准煤/千瓦时": ("克标准煤/千瓦时", 1, "intensity"), "克标煤/千瓦时": ("克标准煤/千瓦时", 1, "intensity"),
    "克/千瓦时": ("克/千瓦时", 1, "intensity"),
    "千克标准煤/吨": ("千克标准煤/吨", 1, "intensity"), "千克标煤/吨": ("千克标准煤/吨", 1, "intensity"),
    # a transformer's capacity (温州 2025: 新投产电网工程300万千伏安以上), a fleet's deadweight (平潭 2024: 船舶总运力突破600万载重吨)
    "千伏安": ("千伏安", 1, "power"), "载重吨": ("载重吨", 1, "mass"),
    # computing power (杭州“十五五”规划建议: 到2027年全市可调度智算规模超过100EFLOPS)
    "EFLOPS": ("PFLOPS", 1000, "level"), "PFLOPS": ("PFLOPS", 1, "level"),
    # and its shorthand, P for PFLOPS (东莞 2026: 推动可调度算力规模突破1.5万P; 武汉 2025: 综合算力突破40000P)
    "P": ("PFLOPS", 1, "level"),
    "大箱": ("大箱", 1, "level"),  # a dry port's containers (贵阳 2023: 陆港年周转集装箱达到1.3万大箱)
    # the ratios of a plan's indicator table, an amount per another (广州“十五五”规划纲要: 全员劳动生产率达28万元/人, 单位地区生产
    # 总值生产安全事故死亡率 | 人/百亿元; 杭州“十五五”规划建议: 单位GDP建设用地使用面积（平方米/万元）)
    "元/人": ("元/人", 1, "intensity"), "平方米/万元": ("平方米/万元", 1, "intensity"),
    "人/百亿元": ("人/百亿元", 1, "intensity"),
    "人/亿元": ("人/百亿元", 100, "intensity"),  # 上海“十五五”规划纲要 表1: 单位生产总值生产安全事故死亡率 | 人/亿元 | < 0.006
    # a rate per hundred thousand or ten thousand, as health plans write deaths and cases (孕产妇死亡率控制在10/10万以下;
    # 南通市“十三五”卫生健康主要指标: 孕产妇死亡率 | 1/10万 | 2.65 | ≤5, the 1 of a unit cell left out), a rate as ‰ is
    "/10万": ("/10万", 1, "permille"), "/十万": ("/10万", 1, "permille"), "/万": ("/10万", 10, "permille"),
}
# Units written in Latin letters or as symbols, each read as its Chinese base (NFKC, which every text goes through, makes ㎡ and
# m² "m2", ㎥ and m³ "m3", ㎞ "km", ㎏ "kg", ㎾ "kW"): 完成全塑胶渔排改造21455㎡ (君山区 2024 工作报告), 木桩护岸1.325km (大新镇
# 2024), 日产生活污水7.4万m3 (县城乡污水处理调研), 计划新增集中供热面积300万㎡ (聊城 2020). kV is left out: 110kV is a substation's
# voltage class, part of its name (建设110kV变电站1座). Each is a unit only where no more Latin letters or digits follow (_UNIT_ALT).
LATIN_UNITS: dict[str, tuple[str, float, str]] = {
    "m2": ("平方米", 1, "area"), "km2": ("平方公里", 1, "area"), "hm2": ("公顷", 1, "area"),
    "m": ("米", 1, "length"), "km": ("公里", 1, "length"), "m3": ("立方米", 1, "volume"),
    "kg": ("公斤", 1, "mass"), "t": ("吨", 1, "mass"),
    "kW": ("千瓦", 1, "power"), "KW": ("千瓦", 1, "power"), "kw": ("千瓦", 1, "power"),
    "kWp": ("千瓦", 1, "power"), "MWp": ("千瓦", 1000, "power"),  # a solar plant's peak power: 屋顶光伏装机容量5MWp
    "kWh": ("千瓦时", 1, "energy"), "KWh": ("千瓦时", 1, "energy"), "kwh": ("千瓦时", 1, "energy"),
    "kW·h": ("千瓦时", 1, "energy"), "KW·h": ("千瓦时", 1, "energy"),
    "kVA": ("千伏安", 1, "power"), "MVA": ("千伏安", 1000, "power"),
    "t/d": ("吨/日", 1, "mass"), "t/a": ("吨/年", 1, "mass"), "m3/d": ("立方米/日", 1, "volume"), "m3/a": ("立方米/年", 1, "volume"),
}
BASE_UNITS.update(LATIN_UNITS)
# A capacity is an amount over a unit of time, one unit (120万吨/年, 2500吨/日, 6000万标砖/年): its own base, the
# category of its amount, so that 120万吨/年以下球团设备 is read whole and classes the plant after it.
RATE_TIMES = {"年": "年", "日": "日", "天": "日"}
for _w, (_b, _f, _c) in list(BASE_UNITS.items()):
    if _b in ("吨", "吨标准煤", "标砖", "重量箱", "立方米", "千瓦时"):
        for _t, _tb in RATE_TIMES.items():
            BASE_UNITS[f"{_w}/{_t}"] = (f"{_b}/{_tb}", _f, _c)
# 把 charging guns (温州 2024: 投用充电枪2万把以上), 枪 the same (临沧 2022: 建成充电桩2460枪), 卡 accelerator cards of a
# computing centre (贵阳 2024: 力争智算突破20万卡), 枚 medals and eggs (临沧 2023: 获得金牌50枚), 粒 seed tubers (乌兰察布 2022),
# 基 towers and base stations (七台河 2023: 新建5G基站351基); 口 wells, ponds, pits and net cages (a 镇 of 重庆: 整治病险塘库72口,
# 建设沼气池252口; 北海 2025: 新建深水网箱212口), 袋 bags of mushroom spawn as 棒 its logs (南漳 a 镇 2022 一季度: 食用菌53万袋), 盘 seedling
# trays (a 镇's 2025年工作情况汇报: 日播种能力达1.1万盘), 级 the tiers of an organisation under a cap (成都 2025, 哈尔滨 2025:
# 管理层级控制在3级以内)
# A price is money per a unit of what is sold (蔬菜均价下降0.51元/斤: 三亚 2022; 加价0.1元/千瓦时: 广东 节能降碳方案): one unit,
# not 元 with the rest of it left behind.
for _per in ("斤", "公斤", "千克", "吨", "千瓦时", "亩", "平方米", "立方米", "kg", "t", "kWh", "m2", "m3"):
    BASE_UNITS[f"元/{_per}"] = (f"元/{BASE_UNITS[_per][0]}", 1, "price")  # 元/㎡ is 元/平方米
COUNT_UNITS = ("家 个 只 村 条 座 所 处 项 件 起 次 场 栋 幢 套 间 辆 台 张 支 批 期 穴 颗 棵 户 头 艘 架 册 篇 份 款 种 宗 块 部 片 例 门 盏 羽 尾 匹 列 棒"
               " 把 枪 卡 枚 粒 基 口 袋 盘 级 剂 对 根").split()  # 剂: doses (中山 2023: 免费接种流感疫苗3万剂); 对: pairs;
# 根: charging posts and other poles (宜春 2022, 2023: 新能源汽车充电桩2000根以上)
for _u in COUNT_UNITS:
    BASE_UNITS.setdefault(_u, (_u, 1, "count"))

def trie_regex(words: list[str]) -> str:
    """One regex alternation for many literal words, shaped as a trie (longest match first)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(tree)


def _latin(unit: str) -> bool:
    """True for a unit written in Latin letters (km, m2, kW, TEU, GW)."""
    return unit[0].isascii() and unit[0].isalpha()


# A unit in Latin letters is one only where no Latin letter or digit follows it, nor / and a letter: 5m is 5 米, but 5mm,
# 12m2x and 10t/h are none of these units (储能100MW/200MWh: power, then energy).
# P alone (PFLOPS) is one only where it closes the clause or its bound (算力规模突破1.5万P, 超2000P以上): 3P空调 is an air
# conditioner's horsepower and 1000P算力以上的智算中心 a class of centre.
_LATIN_ALT = (trie_regex([u for u in BASE_UNITS if _latin(u)]).replace("|P(?:FLOPS)?|", "|P(?:FLOPS|(?=[,;。、)]|以上|左右|$))|", 1)
              + "(?![A-Za-z0-9²³]|/[A-Za-z])")
# 家次 (visits of firms) unless 次 opens 次年/次日 (the next year or day): 新增规上企业3家次年投产 is 3家.
# 列 counts trains (中欧班列开行2286列), not 列入/列为/列表/列出/列举 after a number (3个项目列入…); 度 is a kilowatt-hour
# only after 万 or 亿 (7.2亿度), never 度假 or 度数, and so is 方, a cubic metre (1.06亿方), never 方案, 方面, 方式…; 项 is no unit of 项目 (南宁 2025 引进培育百亿、五百亿项目: projects of
# a size), though 5项目标 counts 5 targets. 口 and 盘 count only after digits: after a Chinese numeral they are a name's or a
# saying's (三口堰中心村, 六盘水市, 一口气, 全市一盘棋), and so do 个亿 and 个点 (BASE_UNITS). 对 counts pairs (结对学校增至
# 96对, 德阳 2023; 平价肉菜专柜110对, 遵义 2022) only after digits, never as the preposition or a pairing's word
# (1对1帮扶, 对口, 对接, 对标), nor after an item's one digit opening a clause (;⑦对铁山供水工程…升级改造, 岳阳 2023: ⑦ is
# 7 after NFKC; a count after a comma stays one: ,81对学校结对共建, 德阳 2021). 一起 counts an incident
# (查处一起案件), not 在一起 or 一起干/抓/来/迈向 (together: 郑州 2025 与广大企业站在一起、想在一起、干在一起).
# Each look-behind comes after its unit's character (度(?<=万度|亿度), not (?<=万|亿)度): every alternative then opens
# with a literal, which the engine rejects in a comparison where a look-behind first was entered and run.
_HAN_ALT = (trie_regex([u for u in BASE_UNITS if not _latin(u)]).replace("家(?:次)?", "家(?:次(?![年日]))?", 1)
            .replace("列", "列(?!入|为|表|出|举)", 1).replace("|度", "|度(?<=万度|亿度)(?![假数])", 1)
            .replace("|方", "|方(?<=万方|亿方)(?![案面式法向位便针略言阵舱])", 1)
            .replace("项(?:次)?", "项(?:次)?(?!目(?!标))", 1)
            .replace("|口|", "|口(?<=[0-9]口|万口)|", 1).replace("|对|", "|对(?<=[0-9]对|万对)(?<![;。:\n][0-9]对)(?![0-9一口接标外照象应比])|", 1).replace("|级|", "|级(?<=(?<![0-9.])[0-9]级)|", 1).replace("|盘|", "|盘(?<=[0-9]盘|万盘)|", 1)
            .replace("|起|", "|起(?<!在一起)(?!来|干|抓|迈)|", 1)
            .replace("个(?:(?:亿|", "个(?:(?:(?<=[0-9]个)亿(?![元级])|", 1).replace("|点|", "|(?<=[0-9]个)点(?!位)|", 1))
_UNIT_ALT = f"(?:{_LATIN_ALT}|{_HAN_ALT})"
_MULT_ALT = "万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦米克伏])"
_SEP = r"\s?(?:[-~〜－～–‐‑―]|—{1,2}|至|到)\s?"
_AR = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9,])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_YU = "余|多"

# The first number of ARABIC_RE: _AR with its first digit taken before the look back at the
# character in front of it, so the scan opens on a character class and the regex engine
# skips from digit to digit instead of trying the whole pattern at every character.
# A slash before the digit is a date's or a code's (2024/5/1), unless a unit of power ends before it (W, 瓦): 100MW/200MWh tells
# the energy after the power (a 储能 project's size, 新型储能 plans). A letter before the digit is a code's (G60, 5G, PM2.5),
# unless it closes GDP: the measure's value written right after its name (人均GDP15万元以上: 嘉兴 2021; 占GDP60%以上: 鄂尔多斯 2022).
_AR_FIRST = r"[0-9](?<![0-9.#_][0-9])(?<!(?<!GD)[A-Za-z][0-9])(?<!(?<!W)(?<!瓦)/[0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+(?![0-9,])(?:\.[0-9]+)?|[0-9]*(?:\.[0-9]+)?)"

# Before the range part of ARABIC_RE is tried: a range mark (or a space) after the characters
# of units and multipliers, else no range can follow and the engine does not try one.
_UNIT_CHARS = "".join(re.escape(c) for c in sorted(set("".join(BASE_UNITS)) | set("余多万亿千百十%")))
_RANGE_AHEAD = rf"(?=[{_UNIT_CHARS}]*[\s\-~〜－～–‐‑―—至到])"

# Digits: a number, an optional range, then multiplier and unit (both optional here:
# the caller decides; a number with neither is only shown by --explain).
ARABIC_RE = re.compile(
    rf"(?P<n1>{_AR_FIRST})"
    rf"(?:{_RANGE_AHEAD}(?P<ry>{_YU})?(?P<rm>{_MULT_ALT})?(?P<ru>%|{_UNIT_ALT})?(?P<sep>{_SEP})(?P<n2>{_AR}))?"
    rf"(?P<y1>{_YU})?(?P<m>{_MULT_ALT})?(?P<y2>{_YU})?(?P<u>{_UNIT_ALT})?"
)

_CN = "[零〇一二两三四五六七八九十百千万亿]+"
# The longest numeral read (九千九百九十九亿九千九百九十九万九千九百九十九 is 23): a run with no unit after it is then
# tried this far from each of its characters, not to its end (a 10,000-character run took 14 s).
_CN_LONGEST = 40
_CN_DEC = "[零〇一二三四五六七八九]+"
# Chinese numerals only count with a unit; percentages and fractions are their own forms.
# Every form starts with one numeral, taken first (each form then looks back at it), so the
# scan opens on a character class and skips from numeral to numeral. The groups fd, half and
# c1 hold the form without that first character (read_chinese puts it back).
CHINESE_RE = re.compile(
    rf"[零〇一二两三四五六七八九十百千万亿](?:(?<=百)分之(?P<pct>{_AR}|{_CN}(?:点{_CN_DEC})?)"
    rf"|(?<=千)分之(?P<pml>{_AR}|{_CN})"
    rf"|(?<=[二三四五六七八九十])(?P<fd>[二三四五六七八九十]{{0,{_CN_LONGEST}}})分之(?P<fn>[一二三四五六七八九])"
    rf"|(?<=一)(?P<half>半)"
    rf"|(?P<c1>[零〇一二两三四五六七八九十百千万亿]{{0,{_CN_LONGEST}}}(?:点{_CN_DEC})?)(?:(?P<csep>[至到])(?P<c2>{_CN}))?"
    rf"(?P<cy1>{_YU})?(?P<cm>{_MULT_ALT})?(?P<cy2>{_YU})?(?P<cu>{_UNIT_ALT}))"
)


# A digest row with the unit in parentheses after the label: "财政总收入(万元):12000".
LABEL_UNIT_OPENERS = "(（"  # every LABEL_UNIT_RE match opens with one of these
LABEL_UNIT_RE = re.compile(
    rf"[(（](?P<lu>(?:{_MULT_ALT})?(?:{_UNIT_ALT})|万|亿)[)）]\s*[:：|]?\s*(?P<ln>{_AR})(?![0-9.]|\s*(?:{_MULT_ALT})?(?:{_UNIT_ALT}))"
)


@dataclass(slots=True)
class Quantity:
    """One number (or range) with its unit as written, located in the text."""

    start: int  # offset of the first character of the number
    end: int  # offset after the unit
    text: str  # the matched text ("6700余万元")
    value: float | None
    min: float | None
    max: float | None
    unit: str  # as written: 万元, 个, %, 万 ...
    more: bool  # 余/多 after the number (→ 以上)
    chinese: bool  # written in Chinese numerals
    lone_one: bool = False  # the Chinese numeral 一 (often an article: 一个, 一批)


@lru_cache(maxsize=1024)
def cn_to_number(s: str) -> float | None:
    """A Chinese numeral as a number (一千二百 → 1200, 两 → 2, 三点五 → 3.5); None if malformed."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = cn_to_number(whole) if whole else 0
        if w is None or not frac or any(c not in CN_DIGITS for c in frac):
            return None
        return float(f"{int(w)}." + "".join(str(CN_DIGITS[c]) for c in frac))
    total = section = 0
    digit: int | None = None
    last_power = 10**5  # powers inside a section must decrease: 一千二百, not 二百一千
    last_section = 10**13
    zero = False
    seen_digit = False
    for ch in s:
        if ch in CN_DIGITS:
            d = CN_DIGITS[ch]
            if d == 0:
                if digit is not None:
                    return None
                zero = True
                continue
            if digit is not None:
                return None  # 十四五, 八八, 五一: two digits in a row
            digit, seen_digit = d, True
        elif ch in CN_POWERS:
            p = CN_POWERS[ch]
            if p >= last_power:
                return None
            if digit is None:
                if ch != "十" or section or total:
                    if not (ch == "十" and zero):
                        return None
                digit = 1
                seen_digit = seen_digit or ch == "十"
            section += digit * p
            digit, last_power, zero = None, p, False
        elif ch in CN_SECTIONS:
            p = CN_SECTIONS[ch]
            if p >= last_section or (digit is None and not section):
                return None
            total += (section + (digit or 0)) * p
            section, digit, last_power, last_section, zero = 0, None, 10**5, p, False
        else:
            return None
    if not seen_digit:
        return None  # 百, 千, 千万: a lone power is a word (千村, 万村), not a number
    return float(total + section + (digit or 0))


MAX_VALUE = 1e100  # larger than any figure a plan states; far enough from float's 1.8e308 for any unit factor


def parse_arabic(s: str) -> float:
    """Digits with optional thousands separators and decimals as a float."""
    return float(s.replace(",", ""))


@lru_cache(maxsize=512)
def split_unit(unit: str) -> tuple[int, str]:
    """(multiplier factor, written base) of a unit: 万亩 → (10000, 亩), 万 → (10000, '')."""
    for m in ("万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千"):
        if unit.startswith(m) and (unit[len(m):] in BASE_UNITS or unit == m):
            if m == "千" and unit[1:2] in ("瓦", "米", "克", "伏"):
                break
            return MULTIPLIERS[m], unit[len(m):]
    return 1, unit


@lru_cache(maxsize=512)
def unit_category(unit: str) -> str:
    """The category of a written unit: money, area, people, percent, count ... ('' if unknown)."""
    factor, base = split_unit(unit)
    if not base:
        return "number"
    cat = BASE_UNITS.get(base, ("", 1, ""))[2]
    return "level" if factor > 1 and cat == "count" else cat


@lru_cache(maxsize=512)
def base_of(unit: str, money: bool = False) -> tuple[float, str]:
    """(factor, base unit) of a written unit: 万亩 → (10000, 亩); money=True reads a bare 万 as 万元."""
    factor, base = split_unit(unit)
    if base in BASE_UNITS:
        b, f, _ = BASE_UNITS[base]
    elif base == "年":  # years as an amount (平均受教育年限11.7年), read only after 年限: no scan takes 年 (2025年 is a date)
        b, f = "年", 1.0
    else:
        b, f = ("元" if money else ""), 1.0
    return factor * f, b


def scaled(value: float | None, scale: float) -> float | None:
    """A value times the factor of `base_of`, rounded to 10 significant digits."""
    if value is None or scale == 1:
        return value
    return float(f"{value * scale:.10g}") if value * scale < 1e16 else value * scale


def to_base(value: float | None, unit: str, money: bool = False) -> tuple[float | None, str]:
    """The value in its base unit: (2, 万亩) → (20000, 亩); money=True reads a bare 万 as 万元."""
    scale, b = base_of(unit, money)
    return scaled(value, scale), b


def read_arabic(m: re.Match) -> Quantity | None:
    """A Quantity from an ARABIC_RE match, or None when it has no unit."""
    n1, ry, rm, ru, sep, n2, y1, mult, y2, u = m.groups()
    if not (u or mult or n2):
        return None  # a year, a date, an item number: no unit
    unit = (mult or "") + (u or "")
    v1 = parse_arabic(n1)
    start = m.start()
    if n2:
        first_unit = (rm or "") + (ru or "")
        v2 = parse_arabic(n2)
        same = not first_unit or first_unit == unit or (rm and not ru and rm == mult)
        if unit and _usable(unit, u) and same and v1 < v2 and not ry:
            return Quantity(start, m.end(), m.group(0), None, v1, v2, unit, bool(y1 or y2), False)
        if first_unit and _usable(first_unit, ru):  # "1亿元到2025年": the first number alone
            end = m.start("sep")
            return Quantity(start, end, m.string[start:end], v1, None, None, first_unit, bool(ry), False)
        return None  # "2024-03-26": not a quantity
    if not _usable(unit, u):
        return None
    return Quantity(start, m.end(), m.group(0), v1, None, None, unit, bool(y1 or y2), False)


def read_bare(m: re.Match) -> Quantity:
    """A Quantity without a unit from an ARABIC_RE match (a coefficient, an index): its first number."""
    n1 = m.group("n1")
    return Quantity(m.start(), m.start() + len(n1), n1, parse_arabic(n1), None, None, "", False, False)


def read_label_unit(m: re.Match) -> Quantity:
    """A Quantity from a LABEL_UNIT_RE match: the number, with the unit of its label."""
    return Quantity(m.start("ln"), m.end("ln"), m.group("ln"), parse_arabic(m.group("ln")), None, None, m.group("lu"), False, False)


def _usable(unit: str, base: str | None) -> bool:
    """A unit with a base, or a multiplier allowed alone (万, 亿, 万亿)."""
    return bool(base) or unit in BARE_MULTIPLIERS


def _split_cn_section(numeral: str, mult: str) -> tuple[str, str]:
    """Move a trailing 万/亿 of a Chinese numeral into the multiplier: 一千二百万 → (一千二百, 万)."""
    if mult or numeral[-1:] not in ("万", "亿"):  # one test for the three tails below
        return numeral, mult
    for tail in ("万亿", "亿", "万"):
        if numeral.endswith(tail) and len(numeral) > len(tail) and not mult:
            rest = numeral[: -len(tail)]
            if rest[-1] not in "万亿":
                return rest, tail
    return numeral, mult


# A round amount written as a bare power (突破百亿元大关, 跃上千亿元新台阶, 旅游总收入突破万亿元; a grain harvest's
# 粮食产量稳定在百亿斤以上): an amount only as the object of a verb of reaching; elsewhere it is a class (千亿元产业集群,
# 上千亿元, 数百亿元, 千亿斤粮食产能).
ROUND_AMOUNTS = {"百亿元": (100.0, "亿元"), "千亿元": (1000.0, "亿元"), "万亿元": (1.0, "万亿元"),
                 "百亿斤": (100.0, "亿斤"), "千亿斤": (1000.0, "亿斤")}
REACHING_VERBS = ("突破", "跃上", "迈上", "站上", "跨上", "跨过", "登上", "达到", "达", "超过", "超", "跨越", "稳定在")


def _round_amount(m: re.Match) -> Quantity | None:
    """百亿元 / 千亿元 / 万亿元 after a verb of reaching, not before 级 (a class); else None."""
    value, unit = ROUND_AMOUNTS[m.group(0)]
    s, start, end = m.string, m.start(), m.end()
    if not (s.endswith(REACHING_VERBS, max(0, start - 3), start) or _passed(s, start, end)) or s[end : end + 1] == "级":
        return None
    return Quantity(start, end, m.group(0), value, None, None, unit, _passed(s, start, end), True)


# 过 (past) before a round amount that closes its clause says the amount is passed, at or above it (西安 2025 六大支柱产业
# 规模过万亿; 2030年GDP过万亿); before a noun it sizes a class (新增过百亿元企业2家, 过亿项目).
_PASSED_ENDS = ("大关", "台阶", "新台阶")


def _passed(s: str, start: int, end: int) -> bool:
    """True when 过 stands just before an amount that closes its clause (or is a 大关, a 台阶)."""
    after = s[end : end + 1]
    return s[start - 1 : start] == "过" and (not after or not "\u4e00" <= after <= "\u9fff" or s.startswith(_PASSED_ENDS, end))


# A bare power and the amount it stands for (产业规模过万亿, 到2026年突破千亿大关: 云浮 2023; 旅游收入超百亿: 乌海 2025):
# 千亿 and 百亿 in 亿 as written; 万亿 keeps the 元 it has always been read with.
BARE_POWERS = {"万亿": (1.0, "万亿元"), "千亿": (1000.0, "亿"), "百亿": (100.0, "亿")}


def bare_powers(text: str) -> list[Quantity]:
    """万亿, 千亿 or 百亿 written alone, without 元, passed or reached at the end of its clause (规模过万亿, 突破千亿大关)."""
    out = []
    for power, (value, unit) in BARE_POWERS.items():
        i = text.find(power)
        while i >= 0:
            end = i + 2
            reached = text.endswith(REACHING_VERBS, max(0, i - 3), i) and (
                not "\u4e00" <= text[end : end + 1] <= "\u9fff" or text.startswith(_PASSED_ENDS, end))
            passed = _passed(text, i, end)
            if text[end : end + 1] not in ("元", "级") and (reached or passed):
                out.append(Quantity(i, end, power, value, None, None, unit, passed, True))
            i = text.find(power, end)
    return out


def read_chinese(m: re.Match) -> Quantity | None:
    """A Quantity from a CHINESE_RE match (numerals, 百分之, 三分之一, 一半), or None."""
    text = m.group(0)
    if text in ROUND_AMOUNTS:
        return _round_amount(m)
    if text[0] in "万亿":  # a multiplier after digits (12亿元): no numeral opens with 万 or 亿
        return None
    # by name: the pattern's groups may be reordered
    pct, pml, fd, fn, half, c1, c2, cy1, cm, cy2, cu = m.group("pct", "pml", "fd", "fn", "half", "c1", "c2", "cy1", "cm", "cy2", "cu")
    start, end = m.start(), m.end()
    if pct is not None or pml is not None:
        raw = pct if pct is not None else pml
        v = parse_arabic(raw) if raw[0].isdigit() else (100.0 if raw == "百" else cn_to_number(raw))
        if v is None:
            return None
        return Quantity(start, end, text, v, None, None, "%" if pct is not None else "‰", False, True)
    if half is not None:
        return Quantity(start, end, text, 0.5, None, None, "fraction", False, True)
    if fd is not None:  # 三分之一: a fraction, kept as one (base unit %, like 百分之)
        d, n = cn_to_number(text[0] + fd), cn_to_number(fn)
        if not d or n is None or n >= d:
            return None
        return Quantity(start, end, text, round(n / d, 4), None, None, "fraction", False, True)
    numeral, mult = _split_cn_section(text[0] + c1, cm or "")
    unit = mult + cu
    if unit not in BASE_UNITS and split_unit(unit)[0] == 1:
        return None
    more = bool(cy1 or cy2)
    if c2:
        lo, hi = cn_to_number(numeral), cn_to_number(c2)
        if lo is None or hi is None or lo >= hi:
            return None
        return Quantity(start, end, text, None, lo, hi, unit, more, True)
    v = cn_to_number(numeral)
    if v is None:
        pair = _adjacent_pair(numeral)
        if pair is None:
            return None
        return Quantity(start, end, text, None, pair[0], pair[1], unit, more, True)
    return Quantity(start, end, text, v, None, None, unit, more, True, lone_one=numeral == "一")


def _adjacent_pair(numeral: str) -> tuple[float, float] | None:
    """两三 → (2, 3), 三五 → (3, 5): an approximate range written as two digits."""
    if len(numeral) == 2 and all(c in CN_DIGITS for c in numeral):
        a, b = CN_DIGITS[numeral[0]], CN_DIGITS[numeral[1]]
        if 0 < a < b and (b - a == 1 or (a, b) == (3, 5)):
            return float(a), float(b)
    return None
