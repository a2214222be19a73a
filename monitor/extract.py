"""Quantitative targets and reported results of Chinese government work plans.

`extract(doc)` returns the targets (forward-looking commitments in plan parts) and
the actuals (results reported in review parts) of a Document, as `Target` records in
the gold shape of ../shared/gold/README.md. `explain(doc)` shows, sentence by
sentence, which numbers were taken and why the others were skipped.

Design: two compiled scans find every number with a unit (monitor.numbers); the
document is cut once into paragraphs, sentences and sections (plan or review,
with their period); each quantity is then read from a small window around it:
its clause, the words before it (the indicator) and after it (qualifier, counted
noun). Pure module: standard library and monitor.models only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from monitor import numbers as N
from monitor.models import Document, Extraction, Target

# --------------------------------------------------------------------------------------
# Lexicon: plan language, as regular expressions
# --------------------------------------------------------------------------------------

# After an amount: the thing it classifies ("10亿元项目", "超10亿元的25个产业集群", "200万千瓦…示范项目").
_SIZE_CLASS_AFTER_RE = re.compile(
    r"(?:、[0-9.]+[万亿千百]*元)*(?:以上)?的?(?:(?:[\u4e00-\u9fff“”]{0,10}?(?:项目|企业))|县市区|县市|县|级|产业集群|集群|园区|村集体|村)"
)
_VERB_IN_CLASS_RE = re.compile(r"实施|建设|打造|推进|完成|用于|改造|新建|开展|引进|培育|支持|扶持")
# Counts of what exists: a list summed up, policies applied, standards raised, a service's scope.
_LIST_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,16}(?:(?:、|与|和|及)[\u4e00-\u9fff]{1,16})+$")
_CREATE_VERB_RE = re.compile(r"新建|建成|建设|创建|创成|打造|培育|引进|新增|完成|实施|开工|投用|招引|认定|争创|评选")
_POLICY_SET_RE = re.compile(r"政策|措施|举措|意见|条款|重点工作|规定")
_APPLY_VERB_RE = re.compile(r"落实|执行|贯彻|用好|用足|提出|明确")
_ATTRIBUTE_NOUN_RE = re.compile(r"[\u4e00-\u9fff“”]{0,12}?(?:标准|作用)$")
_SERVICE_VERB_RE = re.compile(r"实行|提供|免费")
_CONDITION_AFTER_RE = re.compile(r"(?:以上|以下)?(?:以后|之后|后|时)(?:[,;。]|$)")
_INDEX_BEFORE_RE = re.compile(
    r"(?:系数|指数)(?:达到|达|为|保持在|稳定在|控制在|提高到|提升到|提高至|提升至|在)?(?:约|超过|不低于|不超过|高于)?$"
)
_FLAT_RE = re.compile(r"(?:与上年|与去年|较上年|同比)?(?:基本)?持平")
_OVER_BEFORE_RE = re.compile(r"(?:超过|超|过|突破)$")
_REVIEW_WORDS = (
    "工作回顾|回顾|工作总结|总结|开展情况|完成情况|进展情况|推进情况|执行情况|落实情况|主要成效|工作成效|"
    "主要成绩|取得的成绩|工作成绩|五年来|过去五年|过去一年|一年来|今年以来|上半年工作|前三季度工作"
)
_PLAN_WORDS = (
    "工作安排|工作计划|工作思路|工作打算|工作要点|工作任务|重点工作|主要任务|重点任务|预期目标|主要目标|"
    "发展目标|目标任务|总体要求|政策取向|今后五年|未来五年|今后一个时期|下半年|明年|下步|下一步|思路举措|"
    "工作建议|奋斗目标|总体目标"
)
_SECTION_RE = re.compile(f"(?P<review>{_REVIEW_WORDS})|(?P<plan>{_PLAN_WORDS})")
# A lead-in sentence that opens a part: "今年发展主要预期目标是:" "过去一年,我们主要做了:".
_LEADIN_RE = re.compile(
    r"(?:(?P<plan>预期目标|主要目标|发展目标|目标任务|主要任务|工作安排|工作计划|总体目标)"
    r"|(?P<review>工作回顾|主要成效|完成情况|开展情况))[^。:,;]{0,12}:"
)
_PARA_START_RE = re.compile(r"^[——\-\s]*(?P<five>五年来|过去五年)|^[——\-\s]*(?P<one>过去一年|一年来|今年以来)")
_HEADING_ENUM = re.compile(r"^(?:[(（]?[一二三四五六七八九十]+[)）、.]|\d{1,2}[.、)]|第[一二三四五六七八九十]+[部章节])")
_ENUM_PREFIX = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d{1,2}[.、)](?!\d)|"
    r"[①-⑳]|[一二三四五六七八九十]是|[-•·*▪◆●■]+)\s*"
)
_TITLE_YEAR_RE = re.compile(
    r"(20\d\d)年(?:度)?(?:[^\d年]{0,12}?(工作安排|工作计划|计划|思路|要点|打算|目标|任务)(?!执行|完成情况|落实情况))?"
)
_FORWARD_YEAR_RE = re.compile(r"(20\d\d)年(?:度)?[,是]?[^。\n\d]{0,8}?(?:将|力争|计划|要|拟|目标)")
_DELIVERED_RE = re.compile(r"(20\d\d)年(\d{1,2})月\d{1,2}日在[^。\n]{0,40}(?:会议|大会)")
_LEADIN_END_RE = re.compile(r"[^。,;\n]{0,10}[:是为]")
_PLAN_YEAR_RE = re.compile(
    r"(20\d\d)年(?:度)?[^。\n,;]{0,20}?(?:工作安排|工作计划|计划|预期目标|主要目标|工作任务|重点工作|工作要点|工作思路|"
    r"总体要求|政策取向|目标任务|工作打算)"
)

# Hedges on a whole clause or sentence, and their qualifier.
_HEDGE_RE = re.compile(r"力争|争取|争创|确保|预计")
_HEDGE = {"力争": "力争", "争取": "力争", "争创": "力争", "确保": "确保", "预计": "预计"}
# Words just before a number that qualify it.
_PRE_QUAL = {
    "不低于": "不低于", "不少于": "不低于", "不超过": "不超过", "不高于": "不超过",
    "超过": "以上", "大约": "约", "接近": "约", "突破": "以上", "高于": "以上",
    "低于": "以下", "不足": "以下", "约": "约", "近": "约", "超": "以上", "逾": "以上",
}
_PRE_QUAL_RE = re.compile("(?:" + "|".join(sorted(_PRE_QUAL, key=len, reverse=True)) + ")$")
_POST_QUAL_RE = re.compile(r"以上|以下|左右|以内|之内|上下|内(?![容部外涵])")
_POST_QUAL = {"以上": "以上", "以下": "以下", "左右": "左右", "以内": "以内", "之内": "以内", "上下": "左右", "内": "以内"}

# Words stripped from the front of an indicator (verbs, scope, time, hedges).
_LEAD_WORDS = re.compile(
    r"^(?:其中|力争|争取|争创|确保|预计|计划|拟|全年|今年|年内|明年|当年|年底前|年底|到年底|上半年|下半年|"
    r"到20\d\d年底?|20\d\d年底?|\d{1,2}(?:至|-|—)\d{1,2}月(?:份)?|全[镇县区市省乡国]|我[镇县区市省乡]|本[镇县区市]|"
    r"各类|全面|努力|着力|持续|继续|进一步|加快|加大|推动|推进|开展|实施|建成|建设|新建成|创建|创成|创出|"
    r"打造|培育|引进|组建|完成|实现|达到|累计|共计|合计|共|新培育|启动|积极|深入|大力|扎实|有序|"
    r"有力有序|顺利|成功|及时|全速|共同|安排|去年|上年|过去一年|围绕|对照|按照|聚焦|我们|已经|已有|现有|已|再|所有|目前|现已|截至目前|当前|发放|兑现|拨付|筹集|落实|要|将|先|再|力求|还|并|且|同时|以及|和|及|与|、|,|;|:|\s)"
)
# Words stripped from the end of an indicator (copulas, comparisons, verbs of change).
_TRAIL_WORDS = (
    "比上年同期", "较上年同期", "较去年同期", "比去年同期", "比上年", "比去年", "较上年", "较去年", "同比", "环比",
    "年均", "平均", "分别", "各", "均", "都", "为", "达到", "达", "至", "到", "在", "控制在", "保持在", "稳定在",
    "维持在", "保持", "稳定", "维持", "控制", "增长", "增加", "提高", "提升", "下降", "降低", "减少", "上涨",
    "上升", "回落", "压减", "缩减", "削减", "压缩", "缩短", "超过", "超", "突破", "约", "大约", "近", "接近",
    "不低于", "不少于", "不超过", "不高于", "低于", "高于", "共计", "共", "累计", "合计", "总计", "实现", "完成",
    "拟按", "按", "安排", "拟", "计划", "预计", "力争", "确保", "争取", "新增加", "了", "是", "有", "全年",
    "的", "等", "逾", "已", "已经", "一共", "全部", "全都", "首次", "再次", "增收", "减收", "从", "由", "增至", "增加到", "提高到", "提升到", "提高至", "提升至",
    "多", "少", "降至", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "增长到", "增长至", "扩大到", "扩大至",
)
_TRAIL_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _TRAIL_WORDS), key=len, reverse=True)) + r")\s*$")
_TRAIL_BY_LAST: dict[str, tuple[str, ...]] = {}
for _w in sorted(set(_TRAIL_WORDS), key=len, reverse=True):
    _TRAIL_BY_LAST[_w[-1]] = _TRAIL_BY_LAST.get(_w[-1], ()) + (_w,)
_GROWTH_WORDS = {"增收", "减收", "多", "少", "增长", "增加", "提高", "提升", "下降", "降低", "减少", "上涨", "上升", "回落", "压减", "缩减", "削减"}
_DISTRIBUTE = {"分别", "各", "均", "都"}
_THRESHOLD_WORDS = {"控制在", "保持在", "稳定在", "维持在", "保持", "稳定", "维持", "控制", "不超过", "不高于", "低于"}
_GROWTH_NOUN_RE = re.compile(r"(?:增幅|增速|涨幅|降幅|增长率|增长)$")
_BAD_RATE_RE = re.compile(r"失业率|赤字率|负债率|发生率|死亡率|事故|亡人|债务率|超标")
_STATE_RATE_RE = re.compile(r"达标率|优良率|合格率|安全")
_STATE_AFTER_RE = re.compile(r"保持|稳定在|维持|绝对安全|安全|达标|不发生|零发生")
# Metric nouns that end an indicator; used to share a suffix across a list ("A和B参保率").
_METRIC_END_RE = re.compile(
    r"(?:参保率|覆盖率|达标率|完成率|普及率|合格率|优良率|满意率|入学率|利用率|处理率|回收率|受益率|知晓率|"
    r"贡献率|增长率|化率|排放量|排放总量|增加值|总产值|产值|收入|总额|增幅|增速|涨幅|面积|产量|浓度|比重|占比|"
    r"规模|投资|支出|税收|利润|人数|户数|数量|价格|指数|总量|率|额|量|值)$"
)
_GENERIC_INDICATOR_RE = re.compile(r"^(?:完成率|增幅|增速|涨幅|降幅|增长率|占比|比重|总额|总量|规模|面积|金额|比例)$")
# Action verbs at the start of a counted phrase after a sum ("投资600万元打造…").
_OBJECT_VERB_RE = re.compile(
    r"^(?:的|用于|打造|建设|新建|改建|扩建|实施|推进|抓好|完成|提升|改造|开展|建成|启动|实现|推动|加快|用来|对)"
    r"|^.{0,4}?(?:实施|建设|打造|推进|完成)"
)
# The subjects of forecasts of facts, never targets ("高校毕业生预计1179万人").
_FACT_SUBJECT_RE = re.compile(r"毕业生|离退休|退休人员|新增劳动力|出生人口|常住人口|户籍人口|考生|适龄|到期")
_ACTION_RE = re.compile(r"帮扶|促进|帮助|吸纳|培训|安置|扶持|服务|招聘|招录|新增就业|实现|完成|引导|带动|资助|转移")
# Before a quantity: the project is described, not committed to (推进总投资13亿元的…).
_TOTAL_INVEST_RE = re.compile(r"总投资(?:额)?(?:约|达|超|近|逾)?$")
_INVEST_RE = re.compile(r"投资(?:约|达|超|近|逾)?$")
_COMMIT_BEFORE_INVEST_RE = re.compile(r"完成|实现|落实|新增|累计|计划|拟|安排")
_FROM_BEFORE_RE = re.compile(r"(?<![自理缘经来])(?:从|由)[^,;]{0,12}$")
_CHANGE_AFTER_RE = re.compile(r"(?:提高|增加|增长|提升|下降|降低|减少|扩大|压缩|缩减|缩小|增|降|升|调整)(?:到|至)")
_FROM_CUT_RE = re.compile(r"(?<![自理缘经来])(?:从|由)(?=[^,;]*[\d年])[^,;]*$")
_FRAMING_RE = re.compile(r"(?:围绕|聚焦|按照|依托|针对|通过|借助|分为|分成|分)(?:全[市县区镇乡])?$")
_RED_LINE_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:红线|底线)")
_LEVEL_ONLY_RE = re.compile(r"^([\u4e00-\u9fff]{1,3}级(?:以上)?)$")
_AMOUNT_NOUN_RE = re.compile(r"投资|资金|收入|产值|销售|营收|税收|利润|支出|贷款|融资|规模|总额")
_CURRENT_RE = re.compile(r"(?:现行|目前|现有|当前|原有|原)$")
_PLACE_FACT_RE = re.compile(
    r"下辖|辖区内?有|辖|现有|共有|总面积|区域面积|辖区面积|国土面积|总人口|户籍人口|常住人口|距离|(?<!差)距|海拔|位于|毗邻|占地"
)
_FACT_UNITS = {"people", "area", "length", "count", "number", "level"}
_SCOPE_RE = re.compile(r"全[市县区镇乡省国](?:所有|的)?$")
_PLACES_AFTER_RE = re.compile(r"(?:县|市|区|镇|乡|街道|行政村|自然村|村|社区)(?:[(（][^)）]{0,8}[)）])?(?:全部|均|都|全面|实现)")
_PEOPLE_AFTER_RE = re.compile(r"群众|人口|居民|市民|农民|人民|老人|学生|游客|党员|职工|村民")
_COMMIT_RE = re.compile(r"力争|确保|达到|新增|实现|完成|新建|建成|争取|计划|目标")
_COMPARISON_ONLY_RE = re.compile(r"^(?:比|较|与|同)(?:上年|去年|上一年|上年度|上年同期|去年同期|年初|上年年初|20\d\d年)[\u4e00-\u9fff]{0,6}$")
_COMPARISON_LEFT_RE = re.compile(r"(?:比|较)(?:上年|去年|上一年|上年度|年初)")
_META_TAIL_RE = re.compile(r"(?:的)?(?:预期目标|目标值|目标)(?:定|设定|确定)?$")
_ATTENTION_RE = re.compile(r"(?:关注|围绕|依托|聚焦|针对|紧盯|借助|利用|盘点)$")
# Chinese numerals: what follows them in slogans and set phrases ("两个确立", "八项规定").
_CN_STOP_AFTER = re.compile(
    r"(?:确立|维护|意识|自信|代表|毫不动摇|大局|会议|全会|党代会|代表大会|产业|规定|方面|务必|全面|文明|"
    r"战略|工程|行动|机制|体系|一|二|三|四|五|六|七|八|九|十|性|化|起来|倍增|轮驱动)"
)
# After a unit, characters that make the unit part of a word ("3人民", "一起", "一次性").
_UNIT_WORDS = {
    "人": "民才员口大均工社力文事们身物格", "个": "人性体月", "家": "庭园乡属人长", "名": "单称片镇村牌校额义",
    "户": "籍外型口主", "处": "理置罚长室", "所": "有在属得以谓", "起": "步来点草诉", "期": "间限待刊望盼",
    "支": "持出撑付部柱", "台": "风账阶湾", "场": "所景地馆合面", "间": "隔断", "天": "然地气空目下津",
    "米": "面饭粮", "种": "植养子类业苗", "次": "会全产代性序", "项": "规", "条": "例件款",
    "件": "事", "批": "复准示", "座": "谈", "位": "于置居列数", "头": "部脑", "篇": "章", "只": "有要是能",
    "块": "钱", "套": "餐", "份": "额", "张": "力", "村": "民级庄社委落干务", "元": "素旦宵首", "亩": "均",
}
_UNIT_WORD_PREFIXES = {"个": ("小时", "季度", "多月", "半月")}
_TIME_UNITS = {"天", "小时", "分钟", "个工作日", "工作日"}

_NOUN_CUT_RE = re.compile(r"\d|、(?=.{0,12}\d)|和(?=\d)|及(?=\d)")
_OBJ_CUT_RE = re.compile(r"[,;。、]|并|和(?=[^\u4e00-\u9fff])")
_CLAUSE_SPLIT_RE = re.compile(r"[,;。]")
_LIST_SPLIT_RE = re.compile(r"、|和|及|与|以及")
_AND_SPLIT_RE = re.compile(r"和|及|与|以及")
_NEW_PEOPLE_RE = re.compile(r"新增|引进|招引|培育|培养|新招|招录|招聘")
_KEEP_RE = re.compile(r"确保|保持|稳定|维持")
_DIGIT_RE = re.compile(r"\d")
_WHOLE_TASK_RE = re.compile(r"完成|实现|目标|任务")
_PAST_YEAR_START_RE = re.compile(r"\s*(?:预计|截至|截止|在)?(20\d\d)年(?![\d底])")
_SUM_END_RE = re.compile(r"(?:投资|投入|资金)$")
_MONEY_WORDS_RE = re.compile(r"投资|资金|收入|产值|金额|销售额|经费|元|税")
_QUOTES_SPACE_RE = re.compile(r"[“”\"'\s]")
_BRACKET_END_RE = re.compile(r"^[)）]+|[(（]+$")
_BREAK_RE = re.compile(r"[,;:|\t]")
_OPENS_REVIEW_RE = re.compile(r"过去的?一年|一年来|今年以来|五年来|回顾|向大会报告")
_UNIT_PAREN_RE = re.compile(r"[(（][^()（）]{1,8}[)）]$")
_STRONG_PLAN_RE = re.compile(r"工作安排|工作计划|工作思路|工作打算|工作要点|预期目标|下半年|明年|下步|下一步|今后五年|未来五年")
_SUBHEADING_RE = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、)]|[①-⑳])")
_ACHIEVED_RE = re.compile(r"完成|取得|成效|成绩|成果|圆满|顺利|显著|进展")
_HEADING_PLAN_RE = re.compile(r"工作目标|目标|措施|举措|打算|任务|安排")
_HEADING_YEAR_RE = re.compile(r"(20\d\d)年(?!\d|\s*\d)")
_PART_YEAR_RE = re.compile(r"20\d\d年|今后五年|未来五年|十四五")
_QUOTED_RE = re.compile(r"“[^“”\n]{0,40}”|‘[^‘’\n]{0,40}’|《[^《》\n]{0,60}》|「[^「」\n]{0,40}」|『[^『』\n]{0,40}』|〈[^〈〉\n]{0,40}〉")
# Every marker a sentence can carry, found in one scan: (group name → what it says).
_MARK_RE = re.compile(
    r"(?=[力争确预计拟下明年去过上已到今全0-9春五国汛暑;])"
    r"(?:(?P<fwdhedge>力争)|(?P<strive>争取)|(?P<hedge>争创|确保|预计)"
    r"|(?P<fwd>(?<![动作划展年度])计划(?![的书目”,;。、])|(?<![模比])拟|下半年|年底前)|(?P<next>明年)"
    r"|(?P<pastlast>(?<![比较于同])去年|过去的?一年)|(?P<last>上年度)"
    r"|(?P<past>已经|已(?=完成|建成|实现|达到|累计|投入|开工|竣工|超额|有))"
    r"|到(?P<byyear>20\d\d)年|(?P<thisyear>今年(?!以来)|全年|年内|年底)"
    r"|(?P<m1>\d{1,2})(?:至|-|—|~)(?P<m2>\d{1,2})月|(?P<holiday>春节|五一|国庆|汛期|暑期|暑假)期间|(?P<semi>;))"
)


@dataclass(slots=True)
class _Marks:
    """The markers of one sentence, by offset (see _MARK_RE)."""

    forward: list[int] = field(default_factory=list)
    strive: list[int] = field(default_factory=list)  # 争取: aims in a plan, obtained in a review
    hedges: list[tuple[int, str]] = field(default_factory=list)
    past: list[int] = field(default_factory=list)
    last_year: list[int] = field(default_factory=list)
    by_year: list[tuple[int, int]] = field(default_factory=list)
    months: list[tuple[int, str, str]] = field(default_factory=list)
    semis: list[int] = field(default_factory=list)
    this_year: list[int] = field(default_factory=list)
    next_year: list[int] = field(default_factory=list)
    holiday: str | None = None
    start_year: int | None = None  # "2021年预计实现…": the year a sentence opens with


def _marks(d: _Doc, s: _Sentence) -> _Marks:
    """The markers of a sentence, scanned once and kept on it."""
    if s.marks is not None:
        return s.marks
    mk = _Marks()
    for m in _MARK_RE.finditer(d.text, s.start, s.end):
        kind, pos = m.lastgroup, m.start()
        if kind == "fwdhedge":
            mk.forward.append(pos)
            mk.hedges.append((pos, "力争"))
        elif kind == "strive":
            mk.strive.append(pos)
            mk.hedges.append((pos, "力争"))
        elif kind == "hedge":
            mk.hedges.append((pos, _HEDGE[m.group(0)]))
        elif kind == "fwd":
            mk.forward.append(pos)
        elif kind == "pastlast":
            mk.past.append(pos)
            mk.last_year.append(pos)
        elif kind == "last":
            mk.last_year.append(pos)
        elif kind == "past":
            mk.past.append(pos)
        elif kind == "byyear":
            mk.by_year.append((pos, int(m.group("byyear"))))
        elif kind == "thisyear":
            mk.this_year.append(pos)
        elif kind == "next":
            mk.forward.append(pos)
            mk.next_year.append(pos)
        elif kind in ("m1", "m2"):
            mk.months.append((pos, m.group("m1"), m.group("m2")))
            mk.past.append(pos)  # 1-5月 reports the year so far
        elif kind == "holiday":
            mk.holiday = mk.holiday or m.group("holiday")
        elif kind == "semi":
            mk.semis.append(pos)
    m = _PAST_YEAR_START_RE.match(d.text, s.start, s.end)
    if m:
        mk.start_year = int(m.group(1))
    s.marks = mk
    return mk


_PARA_YEAR_RE = re.compile(r"(20\d\d)年(?:以来)?[,是全我]")
_BARE_NUMBER_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SENTENCE_RE = re.compile(r"[^。!?\n]+[。!?]*|[。!?]+")
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")
_CLAUSE_BREAK = ",;:|\t"
_CLAUSE_REACH = 100  # characters read either side of a number within its clause
_SENT_BREAK = "。!?"


# --------------------------------------------------------------------------------------
# Document layout
# --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    """A sentence of the body with the part of the document it belongs to."""

    start: int
    end: int
    mode: str  # "plan" or "review"
    period: str | None
    para_start: int
    heading: bool = False
    marks: _Marks | None = None


@dataclass
class _Doc:
    """The body, normalized copy and layout shared by every quantity of a document."""

    body: str
    text: str  # body with full-width ASCII folded (same length, same offsets)
    title: str
    plan_year: int | None
    paragraphs: list[_Paragraph] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)  # offsets of , ; : | and tabs
    quoted: list[tuple[int, int]] = field(default_factory=list)  # spans of short “…” 《…》 names


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the body."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def plan_year_of(title: str | None, body: str, date: str | None) -> int | None:
    """The plan year: from the title, else a "YYYY年…工作安排/计划" heading, else the date."""
    years = _TITLE_YEAR_RE.findall(title or "")
    if years:
        planned = [y for y, plan in years if plan]
        return int(planned[-1] if planned else years[0][0])
    for m in _PLAN_YEAR_RE.finditer(body):  # a heading or lead-in first, then any sentence
        line_start = body.rfind("\n", 0, m.start()) + 1
        line_end = body.find("\n", m.end())
        line = body[line_start : len(body) if line_end < 0 else line_end]
        if len(line.strip()) <= 40 or _LEADIN_END_RE.match(body, m.end()):
            return int(m.group(1))
    m = _PLAN_YEAR_RE.search(body)
    if m:
        return int(m.group(1))
    m = _DELIVERED_RE.search(body, 0, 400)  # "——2023年3月5日在…会议上": a report plans its year
    if m:
        return int(m.group(1)) + (1 if int(m.group(2)) >= 10 else 0)
    if date and re.match(r"\d{4}", date):
        return int(date[:4])
    years = [int(y) for y in _FORWARD_YEAR_RE.findall(body)]  # "2024年,全镇将力争…"
    return max(years) if years else None


def _is_heading(para: str) -> bool:
    """A short line that names a part of the document (not a sentence of it)."""
    if not para or len(para) > 40:
        return False
    if _HEADING_ENUM.match(para) and len(para) <= 30:
        return True
    return para[-1] not in "。;,!?" and "。" not in para


_BACKGROUND_HEADING_RE = re.compile(r"^[*#\s]*(?:名词解释|名词注释|注释|附注|附件\d*|说明|备注)[*:\s]*$")


def _part_of(text: str, plan_year: int | None, current: str = "plan") -> tuple[str, str | None] | None:
    """(mode, period) named by a heading, or None when it names no part.

    Review words win ("目标任务完成情况" reviews); plan words next; else a year in the
    heading: an earlier year than the plan's is a review ("2023年主要工作"). Words of
    achievement (成果, 进展) turn a heading to review only outside a plan part: under
    "2024年工作安排", "九、…共享高质量发展成果" is the ninth task. A glossary or notes
    heading (名词解释) opens a background part, where no number is a target.
    """
    if _BACKGROUND_HEADING_RE.match(text):
        return "background", None
    kinds = {m.lastgroup for m in _SECTION_RE.finditer(text)}
    top = not _SUBHEADING_RE.match(text)  # 一、… or unnumbered, not (一)/1. under a part
    if "review" in kinds:
        mode = "review"
    elif "plan" in kinds and (top or _STRONG_PLAN_RE.search(text)):
        mode = "plan"
    elif not top:
        return None
    elif _ACHIEVED_RE.search(text) and not _HEDGE_RE.search(text) and current != "plan":
        mode = "review"
    elif _HEADING_PLAN_RE.search(text):
        mode = "plan"
    else:
        m = _HEADING_YEAR_RE.search(text)
        if not m or plan_year is None:
            return None
        mode = "review" if int(m.group(1)) < plan_year else "plan"
    return mode, _period_of_part(text, mode, plan_year)


def _period_of_part(text: str, mode: str, y: int | None) -> str | None:
    """The period a heading gives its part: a year, a span, or a half of a year."""
    if y is None:
        m = re.search(r"(20\d\d)年", text)
        return m.group(1) if m else None
    if re.search("今后五年|未来五年", text):
        return f"{y}-{y + 4}"
    if "十四五" in text:
        return "2021-2025"
    if "十五五" in text:
        return "2026-2030"
    if mode == "review" and re.search("五年来|过去五年", text):
        return f"{y - 5}-{y - 1}"
    m = re.search(r"([\d一二三四五六七八九十]+)周年", text)
    if mode == "review" and m:
        n = int(m.group(1)) if m.group(1).isdigit() else int(N.cn_to_number(m.group(1)) or 0)
        if 0 < n < 100:
            return f"{y - n}-{y}"
    m = re.search(r"(20\d\d)年", text)
    year = int(m.group(1)) if m else (y if mode == "plan" or re.search("上半年|前三季度|1[-至—]\\d+月", text) else y - 1)
    for half in ("上半年", "下半年", "前三季度"):
        if half in text:
            return f"{year}{half}"
    return str(year)


def _initial_mode(title: str, text: str) -> str:
    """The part a document starts in: review for summaries and for reports that open with one."""
    m = _SECTION_RE.search(title)
    if m:
        return "review" if m.group("review") else "plan"
    if "报告" in title:
        m = _SECTION_RE.search(text, 0, 600)
        if m is None or m.group("review") or _OPENS_REVIEW_RE.search(text, 0, 600):
            return "review"
    return "plan"


@dataclass(slots=True)
class _Paragraph:
    """A line of the body and the part of the document it is in."""

    start: int
    end: int
    mode: str
    period: str | None
    heading: bool
    local: tuple[str, str | None] | None  # a paragraph-only part ("——五年来,…")
    leadins: list[tuple[int, str, str | None]]  # (offset, mode, period) switches inside it
    sentences: list[_Sentence] | None = None
    starts: list[int] | None = None  # sentence starts, for bisect


def _layout(d: _Doc) -> None:
    """Cut the body into paragraphs and give each its part (plan/review) and period."""
    y = d.plan_year
    mode = _initial_mode(d.title, d.text)
    period = _period_of_part(d.title if mode == "review" else "", mode, y) if y else None
    if mode == "review" and "报告" in d.title and y:
        period = str(y - 1)
    text = d.text
    for p0, p1 in _paragraph_spans(text):
        para = text[p0:p1].strip()
        if not para:
            continue
        heading = _is_heading(para)
        if heading:
            part = _part_of(para, y, mode)
            if part:
                mode, period = part
        local = None
        m = _PARA_START_RE.match(para)
        if m and not heading:
            if m.group("five"):
                local = ("review", f"{y - 5}-{y - 1}" if y else None)
            elif mode == "plan":
                local = ("review", str(y - 1) if y else None)
        elif not heading and y and mode == "plan":
            m = _PARA_YEAR_RE.match(para)  # "2023年,全镇实现…。全年新增…": the paragraph tells that year
            if m and int(m.group(1)) < y:
                local = ("review", m.group(1))
        start_mode, start_period = mode, period
        leadins = []
        if not heading:
            for lm in _LEADIN_RE.finditer(text, p0, p1):
                lead_mode = "plan" if lm.group("plan") else "review"
                s0 = max(text.rfind("。", max(p0, lm.start() - _CLAUSE_REACH), lm.start()) + 1, p0)
                sentence = text[s0 : lm.end()]
                if lead_mode != mode or _PART_YEAR_RE.search(sentence):
                    mode, period = lead_mode, _period_of_part(sentence, lead_mode, y)
                    leadins.append((lm.start(), mode, period))
        d.paragraphs.append(_Paragraph(p0, p1, start_mode, start_period, heading, local, leadins))


def _sentences(d: _Doc, p: _Paragraph) -> list[_Sentence]:
    """The sentences of a paragraph with their part and period (built on first use)."""
    if p.sentences is None:
        out = []
        mode, period = p.mode, p.period
        switches = p.leadins
        for m in _SENTENCE_RE.finditer(d.text, p.start, p.end):
            s0, s1 = m.span()
            for pos, lmode, lperiod in switches:
                if s0 <= pos < s1:
                    mode, period = lmode, lperiod
            smode, speriod = p.local if p.local else (mode, period)
            out.append(_Sentence(s0, s1, smode, speriod, p.start, p.heading))
        p.sentences = out
        p.starts = [x.start for x in out]
    return p.sentences


# --------------------------------------------------------------------------------------
# Quantities
# --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    """A quantity being read: where it is, what surrounds it, what it became."""

    q: N.Quantity
    sent: _Sentence
    clause_start: int
    clause_end: int
    pre_qual: str | None = None
    pre_len: int = 0
    post_qual: str | None = None
    post_end: int = 0
    skip: str | None = None
    record: Target | None = None
    left: str = ""  # raw words from the item start to the number (qualifier excluded)
    right: str = ""  # raw words from after the qualifier to the clause end
    indicator: str = ""
    kind: str = ""
    distribute: bool = False
    growth: bool = False
    to_level: bool = False
    threshold: bool = False
    extra: tuple[Target, ...] = ()
    role: str = "target"
    subject: str = ""  # the words before the number, cleaned (before lists are split)


def _quantities(text: str) -> list[N.Quantity]:
    """Every number with a unit in the text, in order (one scan for digits, one for Chinese).

    Two quantities have no unit: a coefficient or an index (利用系数达到0.6, 价格指数103),
    and a growth of zero (与上年持平).
    """
    out = []
    for m in N.ARABIC_RE.finditer(text):
        q = N.read_arabic(m)
        if q is None and _INDEX_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            q = N.read_bare(m)
        if q:
            out.append(q)
    cn = [q for q in map(N.read_chinese, N.CHINESE_RE.finditer(text)) if q]
    if "持平" in text:
        cn += [N.Quantity(m.start(), m.end(), m.group(0), 0.0, None, None, "%", False, False) for m in _FLAT_RE.finditer(text)]
    if "(" in text or "（" in text:
        cn += [N.read_label_unit(m) for m in N.LABEL_UNIT_RE.finditer(text)]
    if cn:
        out = sorted(out + cn, key=lambda q: q.start)
    return out


def _bare_numbers(text: str, taken: list[N.Quantity]) -> list[tuple[int, int]]:
    """Digit runs that are not part of a quantity (for --explain: years, dates, names)."""
    spans = [(q.start, q.end) for q in taken]
    out = []
    for m in _BARE_NUMBER_RE.finditer(text):
        i = bisect_right(spans, (m.start(), 10**12)) - 1
        if i >= 0 and spans[i][0] <= m.start() < spans[i][1]:
            continue
        out.append((m.start(), m.end()))
    return out


def _clause_bounds(d: _Doc, s0: int, s1: int, pos: int, end: int) -> tuple[int, int]:
    """The clause (between , ; : and sentence ends) around text[pos:end]."""
    breaks = d.breaks
    i = bisect_left(breaks, pos)
    a = breaks[i - 1] + 1 if i and breaks[i - 1] >= s0 else s0
    j = bisect_left(breaks, end)
    b = breaks[j] if j < len(breaks) and breaks[j] < s1 else s1
    if b == s1 and s1 > s0 and d.text[s1 - 1] in _SENT_BREAK:
        b = s1 - 1
        while b > end and d.text[b - 1] in _SENT_BREAK:
            b -= 1
    # A clause is read only this far either side of its number, so an unpunctuated page
    # costs time in proportion to its length (issue 12.5).
    return max(a, pos - _CLAUSE_REACH), min(b, end + _CLAUSE_REACH)


def _inside_quotes(d: _Doc, pos: int) -> bool:
    """True when pos lies inside a short “…”, 《…》 or 「…」 (a name or slogan)."""
    i = bisect_right(d.quoted, (pos, 1 << 60)) - 1
    return i >= 0 and d.quoted[i][0] < pos < d.quoted[i][1]


def _qualifiers(text: str, it: _Item) -> None:
    """The qualifier written on the number itself: 约/超/不低于 before, 以上/左右 after."""
    q = it.q
    m = _PRE_QUAL_RE.search(text, max(it.clause_start, q.start - 3), q.start)
    if m:
        it.pre_qual, it.pre_len = _PRE_QUAL[m.group(0)], len(m.group(0))
    it.post_end = q.end
    m = _POST_QUAL_RE.match(text, q.end)
    if m and m.end() <= it.clause_end:
        it.post_qual, it.post_end = _POST_QUAL[m.group(0)], m.end()
    if it.post_qual is None and q.more:
        it.post_qual = "以上"


def _structural_skip(d: _Doc, it: _Item, prev_end: int) -> str | None:
    """Why a quantity is not a record (a name, a slogan, a date, a class), or None."""
    text, q = d.text, it.q
    before = text[max(it.sent.start, q.start - 1) : q.start]
    after = text[it.post_end : it.post_end + 4]
    unit_next = text[q.end : q.end + 1]
    if before == "第" or text[max(0, q.start - 2) : q.start] in ("第一", "编号"):
        return "ordinal (第…)"
    if _inside_quotes(d, q.start):
        return "inside quotes or a title: part of a name or slogan"
    base = N.split_unit(q.unit)[1]
    if unit_next and not it.post_qual and (
        unit_next in _UNIT_WORDS.get(base, "") or text.startswith(_UNIT_WORD_PREFIXES.get(base, ("\0",)), q.end)
    ):
        return f"the unit {base} is part of the word {base}{unit_next}"
    if q.chinese:
        if unit_next and unit_next in "一二两三四五六七八九十":
            return "Chinese numeral in a slogan (十个一, 一户一表)"
        if _CN_STOP_AFTER.match(text, q.end):
            return "Chinese numeral in a set phrase (两个确立, 八项规定, 九次会议)"
        at_end = not after or after[0] in _CLAUSE_BREAK + _SENT_BREAK + "、)）" or it.post_qual
        if q.lone_one and not at_end:
            return "一 used as an article (一个, 一批), not a count"
        if base == "期" or (base in ("次", "批") and not at_end):
            return "Chinese numeral naming a phase or round (二期, 三次)"
        if base in ("村", "户", "人") and not at_end:
            return "Chinese numeral in a name (六村抱团, 一户一表)"
    if base in _TIME_UNITS:
        nxt = text[it.post_end : it.post_end + 1]
        if nxt and nxt not in _CLAUSE_BREAK + _SENT_BREAK + "、内" and not it.post_qual:
            return "a time span in a name (15分钟生活圈, 24小时…)"
    if q.lone_one and base == "批":
        return "一批 (a number of), not a count"
    if q.chinese and text.startswith("“", q.end):
        return "Chinese numeral before a quoted slogan (五个“必须统筹好”), a named set"
    cat = N.unit_category(q.unit)
    if cat in ("money", "number", "power", "energy", "area", "mass"):
        m = _SIZE_CLASS_AFTER_RE.match(text, it.post_end)
        over = _OVER_BEFORE_RE.search(text, max(it.sent.start, q.start - 2), q.start)
        if (m and not _VERB_IN_CLASS_RE.search(m.group(0)) and (over or "的" not in m.group(0))) or (
            over and text.startswith("的", it.post_end)
        ):
            return "size class of the thing named after it (10亿元项目, 超10亿元的产业集群), not a value"
    if it.post_qual in ("以上", "以下") and cat != "count" and q.unit not in ("%", "‰") and text.startswith(("以上", "以下"), q.end):
        nxt = text[it.post_end : it.post_end + 1]
        if nxt and (nxt == "的" or ("\u4e00" <= nxt <= "\u9fff" and nxt not in "并且或")):
            if not _AMOUNT_NOUN_RE.match(text, it.post_end + (nxt == "的")):
                return "size class of the counted thing (1亿元以上项目, 60岁以上老人), not a value"
    if q.unit in ("%",) and text.startswith("以上", q.end) is False and before and before.isalpha() and before.isascii():
        return "part of a code or name"
    return None


def _reads(d: _Doc, it: _Item, prev_end: int) -> None:
    """Fill left/right context of an item (clause part before and after the number)."""
    text, q = d.text, it.q
    start = max(it.clause_start, prev_end)
    if prev_end > it.clause_start:  # words after the previous item's list mark belong to this one
        cut = text.rfind("、", start, q.start - it.pre_len)
        start = cut + 1 if cut >= 0 else start
    it.left = text[start : q.start - it.pre_len]
    it.right = text[it.post_end : it.clause_end]


def _strip_indicator(words: str) -> tuple[str, list[str]]:
    """Strip trailing copulas and verbs of change; return the rest and the words removed."""
    removed: list[str] = []
    s = words.rstrip()
    while s:
        for w in _TRAIL_BY_LAST.get(s[-1], ()):
            if s.endswith(w):
                removed.append(w)
                s = s[: -len(w)].rstrip()
                break
        else:
            break
    return s, removed


def _strip_lead(s: str) -> str:
    """Strip enumerators, hedges, scope and time words and generic verbs from the front."""
    s = _ENUM_PREFIX.sub("", s)
    for _ in range(8):
        m = _LEAD_WORDS.match(s)
        if not m or not m.group(0):
            break
        s = s[m.end() :]
    s = s.strip(" 、,;:和及与")
    return "" if _COMPARISON_ONLY_RE.match(s) else s


def _tidy(s: str) -> str:
    """Final touches: the kind named after 等, no dangling brackets, no trailing 的."""
    s = s.strip(" 、,;:")
    if "等" in s:
        head, _, tail = s.rpartition("等")
        tail = tail.strip()
        s = tail if len(tail) >= 2 else head
    s = _BRACKET_END_RE.sub("", s)
    return s.rstrip("的之").lstrip("的").strip(" 、,;:")


_DESCRIPTOR_RE = re.compile(r"\d+(?:\.\d+)?[^\d,;、。]{0,4}?以[上下](?!的?$)")


def _noun_after(d: _Doc, it: _Item, items: list[_Item], idx: int, run: _Run) -> str:
    """The counted noun after a count (创建2个市级文明村 → 市级文明村; 15户36穴坟墓 → 坟墓…)."""
    r = it.right
    k = run.next_kept[idx]
    nxt = items[k] if k >= 0 else None
    in_name = it.post_end in run.skipped_at
    if (r[:1].isdigit() and not in_name) or r[:1] == " ":
        if nxt is not None and nxt.q.start <= it.post_end + 1 and nxt.clause_start == it.clause_start:
            return _noun_after(d, nxt, items, k, run)
        return ""
    if not r or not ("\u4e00" <= r[0] <= "\u9fff" or r[0] in "“《" or in_name):
        return ""
    if nxt is not None and nxt.q.start < it.clause_end:
        cut = nxt.q.start - nxt.pre_len - it.post_end
        if 0 <= cut < len(r):
            r = r[:cut]
    m = _DESCRIPTOR_RE.search(r)  # 树龄50年以上老榧树, 产值达2000万元以上企业: the thing after the class
    if m and len(r) - m.end() >= 2:
        r = r[m.end() :]
    m = _noun_cut(r, it.post_end, run)
    if m:
        r = r[: m.start()]
    r = r.strip(" 、和及与")
    if "的" in r[:-1]:
        tail = r[r.rindex("的") + 1 :]
        if len(tail) >= 2:
            r = tail
    r = r.rstrip("的")[:30]
    rest, _ = _strip_indicator(r)
    return r if len(rest) >= 1 and not _TRAIL_RE.fullmatch(r) else ""


@dataclass(slots=True)
class _Run:
    """Indexes over the items of one sentence, so each lookup is constant or logarithmic."""

    next_kept: list[int]  # index of the next item not skipped, or -1
    skipped_at: set[int]  # starts of skipped quantities
    skipped_spans: list[tuple[int, int]]  # (start, end) of skipped quantities, sorted
    starts: list[int]  # start of every quantity

    def in_skipped(self, pos: int) -> bool:
        """True when pos lies inside a skipped quantity (a name's digits)."""
        i = bisect_right(self.skipped_spans, (pos, 1 << 60)) - 1
        return i >= 0 and self.skipped_spans[i][0] <= pos < self.skipped_spans[i][1]


def _index_run(items: list[_Item]) -> _Run:
    """Build the indexes of a sentence's items once their skips are decided."""
    nxt, following = [-1] * len(items), -1
    for i in range(len(items) - 1, -1, -1):
        nxt[i] = following
        if not items[i].skip:
            following = i
    skipped = sorted((x.q.start, x.q.end) for x in items if x.skip)
    return _Run(nxt, {a for a, _ in skipped}, skipped, [x.q.start for x in items])


def _noun_cut(r: str, base: int, run: _Run) -> re.Match | None:
    """Where a counted noun ends: a digit or a list mark before one, but not a name's digits."""
    for m in _NOUN_CUT_RE.finditer(r):
        pos = base + m.start()
        if m.group(0).isdigit() and run.in_skipped(pos):
            continue
        return m
    return None


def _object_of_sum(d: _Doc, it: _Item, total: bool) -> str:
    """What a sum is spent on (投资600万元打造X → X; 总投资8亿元的X项目 → X项目)."""
    r = it.right
    if not r.strip():
        if total or it.clause_end >= it.sent.end or d.text[it.clause_end : it.clause_end + 1] != ",":
            return ""
        nxt = it.clause_end + 1
        r = d.text[nxt : _clause_bounds(d, it.sent.start, it.sent.end, nxt, nxt)[1]]
        if any(N.read_arabic(m) for m in N.ARABIC_RE.finditer(r)):
            return ""
    if total:
        obj = r[1:] if r.startswith("的") else r
        obj = _OBJ_CUT_RE.split(obj)[0]
        return obj[:30] if len(obj) >= 2 else ""
    m = _OBJECT_VERB_RE.match(r)
    if not m:
        return ""
    obj = _CLAUSE_SPLIT_RE.split(r[m.end() :].strip())[0]
    return obj[:30] if len(obj) >= 2 else ""


def _split_subjects(subject: str, n: int, shared: bool) -> list[str]:
    """A list subject split into indicators: "A、B排放量" → ["A排放量", "B排放量"].

    `shared` says the sentence shares one verb or value list (分别, 各, a rate, two values);
    without it only a 、-list of rates is split.
    """
    if not subject or not shared:
        return [subject]
    if "、" in subject:
        parts = [p for p in _LIST_SPLIT_RE.split(subject) if p]
    else:
        parts = [p for p in _AND_SPLIT_RE.split(subject) if p]
    if len(parts) < 2:
        if n == 2 and subject.startswith("城乡"):  # 城乡居民收入分别增长6%和7.5%
            return ["城镇" + subject[2:], "农村" + subject[2:]]
        return [subject]
    last = parts[-1]
    out = []
    for p in parts[:-1]:
        if len(p) <= 3 and len(last) > len(p) + 1:  # 省级、市级农林业龙头企业
            k = next((i + 1 for i, ch in enumerate(last[:5]) if ch in "级类型性"), len(p))
            out.append(p + last[k:])
            continue
        m = _METRIC_END_RE.search(last)
        suffix = m.group(0) if m else ""
        g = _GROWTH_NOUN_RE.search(last)
        if g and not p.endswith(g.group(0)):
            out.append(p + g.group(0))
        elif len(suffix) >= 2 and not p.endswith(suffix) and len((_METRIC_END_RE.search(p) or [""])[0]) < 2:
            out.append(p + suffix)
        elif suffix == "率" and not p.endswith("率"):
            out.append(p + last[-3:])
        else:
            out.append(p)
    if len(last) <= 3 and len(parts[0]) >= 4:  # 粮食播种面积和产量 → 粮食产量
        last = parts[0][:2] + last
    out.append(last)
    return out


def _kind(it: _Item, indicator: str) -> str:
    """level, growth, count, threshold or share, from the unit and the words around."""
    cat = N.unit_category(it.q.unit)
    if cat == "points" or cat == "ratio" or it.q.text.endswith("持平"):
        return "growth"
    if it.threshold or it.post_qual in ("以下", "以内") or it.pre_qual == "不超过":
        return "threshold"
    if cat in ("percent", "permille"):
        if (it.growth and not it.to_level) or _GROWTH_NOUN_RE.search(indicator):
            return "growth"
        if _BAD_RATE_RE.search(indicator) or _STATE_RATE_RE.search(indicator):
            return "threshold"
        return "share"
    if it.growth and not it.to_level:
        return "growth"
    if cat == "count":
        return "threshold" if _STATE_AFTER_RE.search(it.right) and it.right[:1] != "" and _hedged_state(it) else "count"
    if cat == "people":
        base = N.split_unit(it.q.unit)[1]
        if base in ("名", "位") or _NEW_PEOPLE_RE.search(it.left + indicator):
            return "count"
        return "level"
    if cat == "time":
        return "threshold"
    return "level"


def _hedged_state(it: _Item) -> bool:
    """A count that is a state to keep (确保21个文保点安全, 14条溪流水质保持…)."""
    return bool(_KEEP_RE.search(it.left + it.right))


def _hedge(d: _Doc, it: _Item, starts: list[int], idx: int) -> str | None:
    """The hedge (力争/确保/预计) reaching a number: from the word to the sentence end, not past ';'.

    `starts` are the starts of the sentence's quantities, `idx` this one's place among them.
    """
    mk = _marks(d, it.sent)
    pos = it.q.start
    seg0 = max(_last_before(mk.semis, pos), it.sent.start)
    k = bisect_left(mk.hedges, (pos, "")) - 1
    if k >= 0 and mk.hedges[k][0] >= seg0:
        return mk.hedges[k][1]
    if not mk.hedges:
        return None
    i = bisect_right(mk.semis, pos)
    seg1 = mk.semis[i] if i < len(mk.semis) else it.sent.end
    # A closing clause without numbers that confirms the whole ("…,确保全年完成任务").
    text = d.text
    cut = text.rfind(",", max(pos, seg1 - _CLAUSE_REACH), seg1)
    if cut > pos:
        last = text[cut:seg1]
        m = _HEDGE_RE.search(last)
        j = bisect_left(starts, cut, idx + 1)
        if m and _WHOLE_TASK_RE.search(last) and not (j < len(starts) and starts[j] < seg1):
            return _HEDGE[m.group(0)]
    return None


def _sentence_period(d: _Doc, it: _Item, role: str) -> str | None:
    """The period of one record: the part's period, refined by time words of its sentence."""
    y = d.plan_year
    s = it.sent
    period = s.period
    if y is None:
        return period
    mk = _marks(d, s)
    pos = it.q.start
    if role == "target":
        if mk.start_year is not None and mk.start_year != y and s.mode == "review":
            return str(mk.start_year)
        if mk.next_year and mk.next_year[0] < pos:
            return str(y + 1)
        k = bisect_left(mk.by_year, (pos, 0))
        if k and mk.by_year[k - 1][1] > y:
            first = period.split("-")[0] if period and "-" in period else str(y)
            return f"{first[:4]}-{mk.by_year[k - 1][1]}"
        if s.mode == "review" or (period and ("下半年" in period or "上半年" in period)):
            if mk.this_year or s.mode == "review":  # 全年/今年 in a half-year plan
                return str(y)
        return period
    if mk.start_year is not None:
        return str(mk.start_year)
    if mk.last_year and mk.last_year[0] < pos:
        return str(y - 1)
    base_year = (period or str(y))[:4]
    k = bisect_left(mk.months, (pos, "", ""))
    if k:
        _, m1, m2 = mk.months[k - 1]
        return f"{base_year}年{int(m1)}-{int(m2)}月"
    if mk.holiday and base_year.isdigit():
        return f"{base_year}{mk.holiday}期间"
    return period


def _last_before(offsets: list[int], pos: int) -> int:
    """The last of sorted offsets before pos, or -1."""
    i = bisect_left(offsets, pos)
    return offsets[i - 1] if i else -1


def _role(d: _Doc, it: _Item) -> str:
    """target or actual: the part of the document, turned by markers in the sentence."""
    s = it.sent
    mk = _marks(d, s)
    pos = it.q.start
    fwd = _last_before(mk.forward, pos)
    past = _last_before(mk.past, pos)
    if s.mode == "review":  # 争取 in a review reports what was obtained
        return "target" if fwd > past else "actual"
    fwd = max(fwd, _last_before(mk.strive, pos), _last_before(mk.this_year, pos))  # 已建成3个,今年再创建2个
    if mk.start_year is not None and d.plan_year and mk.start_year < d.plan_year and fwd < 0:
        return "actual"
    return "actual" if past > fwd else "target"


def _quote(d: _Doc, it: _Item) -> tuple[int, int]:
    """A 10–60 character window of the body around the number: its clause, widened or cut."""
    text = d.text
    s0, s1 = it.sent.start, it.sent.end
    a, b = it.clause_start, it.clause_end
    q = it.q
    while b - a < 10 and a > s0:
        na = _clause_bounds(d, s0, s1, a - 1, a - 1)[0]
        if na >= a:
            break
        a = na
    while b - a < 10 and b < s1:
        nb = _clause_bounds(d, s0, s1, b + 1, b + 1)[1]
        if nb <= b:
            b = s1
            break
        b = nb
    if b - a < 10:
        p0 = it.sent.para_start
        p1 = text.find("\n", b, b + 20)
        p1 = min(len(text), b + 20) if p1 < 0 else p1
        a, b = max(p0, min(a, q.start - 10)), min(p1, max(b, a + 10))
    if b - a > 60:
        a = max(a, q.start - 36)
        b = min(b, a + 60)
        if b < it.post_end:
            b = min(it.post_end, s1)
            a = max(b - 60, a)
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    return a, b


# --------------------------------------------------------------------------------------
# Reading one sentence
# --------------------------------------------------------------------------------------


def _read_sentence(d: _Doc, sent: _Sentence, qs: list[N.Quantity]) -> list[_Item]:
    """Every quantity of one sentence read into an item: skipped with a reason, or a record."""
    text = d.text
    items: list[_Item] = []
    for q in qs:
        a, b = _clause_bounds(d, sent.start, sent.end, q.start, q.end)
        it = _Item(q, sent, a, b)
        _qualifiers(text, it)
        items.append(it)
    prev_end = sent.start
    for idx, it in enumerate(items):
        pe = prev_end if prev_end > it.clause_start else it.clause_start
        it.right = text[it.post_end : it.clause_end]
        it.skip = "a background part (glossary, notes): no targets" if sent.mode == "background" else None
        it.skip = it.skip or _structural_skip(d, it, pe)
        if not it.skip:
            it.role = _role(d, it)
            it.skip = _commitment_skip(d, it, it.role, N.unit_category(it.q.unit), text[it.clause_start : it.q.start])
        _reads(d, it, pe)
        if not it.skip:
            prev_end = it.post_end
    run = _index_run(items)
    prev: _Item | None = None
    for idx, it in enumerate(items):
        if it.skip:
            continue
        _interpret(d, it, items, idx, run, prev)
        if it.record is not None:
            prev = it
    _distribute(d, items)
    return items


_VERB_ONLY = {"发行", "安排", "完成", "实现", "投入", "新增", "建设", "引进", "发放", "筹集", "争取", "落实", "培育", "创建"}


def _interpret(d: _Doc, it: _Item, items: list[_Item], idx: int, run: _Run, prev: _Item | None) -> None:
    """Indicator, kind, qualifier, period and role of one quantity, or a reason to skip it."""
    text = d.text
    role = it.role
    cat = N.unit_category(it.q.unit)
    left_words, removed = _strip_indicator(it.left)
    if _META_TAIL_RE.search(left_words):  # 经济增长预期目标为5%: the measure named before 目标
        left_words, more = _strip_indicator(_META_TAIL_RE.sub("", left_words))
        removed += more
    for w in removed:  # nearest first
        if w in ("到", "至") or (len(w) >= 2 and w[-1] in "到至"):
            it.to_level = True
        if w in _GROWTH_WORDS and not it.growth:
            it.growth = True
            break
        if w in _THRESHOLD_WORDS:
            it.threshold = True
    it.distribute = any(w in _DISTRIBUTE for w in removed)
    subject = _strip_lead(_FROM_CUT_RE.sub("", left_words))
    subject = _tidy(_strip_indicator(subject)[0]) if subject else ""
    it.subject = subject
    if not subject and prev is not None and prev.q.unit == it.q.unit and text.rfind(";", prev.q.end, it.q.start) < 0:
        # "增长6%以上、力争7%", "降低13.5%、18%": the second value shares the first one's verb
        it.growth = it.growth or prev.growth
        it.threshold = it.threshold or prev.threshold
        it.to_level = it.to_level or prev.to_level
    # The indicator: the counted noun after a count, else the words before the number.
    noun = ""
    if cat in ("count", "level", "people") and not it.growth:
        noun = _noun_after(d, it, items, idx, run)
    elif not subject and it.right.startswith(("的", "以上的")):
        noun = _strip_indicator(_noun_after(d, replace(it, right=it.right.split("的", 1)[1]), items, idx, run))[0]
    indicator = subject
    if noun and (cat == "count" or not subject):
        indicator = noun
    if cat in ("money", "number") and _SUM_END_RE.search(indicator or "") and len(indicator) <= 8:
        total = indicator.endswith("总投资")
        obj = _object_of_sum(d, it, total)
        if obj and not _SUM_END_RE.search(obj):
            indicator = obj + ("总投资" if total else "投资")
    m = _LEVEL_ONLY_RE.match(indicator)
    if m and prev is not None:  # 省级以上精品村2个、市级以上3个
        pm = re.match(r"[\u4e00-\u9fff]{1,3}级(?:以上)?", prev.indicator)
        if pm and len(prev.indicator) > pm.end():
            indicator = indicator + prev.indicator[pm.end() :]
    if indicator in _VERB_ONLY:
        indicator = _object_named_before(d, it, indicator) or _verb_on_previous_noun(it, items, idx, indicator)
    if not indicator or _GENERIC_INDICATOR_RE.match(indicator):
        if prev is not None and (text.rfind(";", prev.q.end, it.q.start) < 0 or not indicator):
            indicator = (_base_indicator(prev.indicator) + indicator) if indicator else _base_indicator(prev.indicator)
        elif not indicator:
            label = _label_before(d, it)
            indicator = label or _tidy(_ENUM_PREFIX.sub("", it.left)) or _tidy(left_words)
    it.indicator = indicator
    it.kind = _kind(it, indicator)
    qualifier = it.pre_qual or it.post_qual
    if qualifier is None:
        qualifier = _hedge(d, it, run.starts, idx)
    period = _sentence_period(d, it, role)
    it.record = _make(d, it, indicator, qualifier, period, role)


def _commitment_skip(d: _Doc, it: _Item, role: str, cat: str, full_left: str) -> str | None:
    """Why a quantity with a unit is still no commitment: a project total, a fact, a current value."""
    text = d.text
    lw = text[it.clause_start : it.q.start - it.pre_len]
    if _CURRENT_RE.search(lw):
        return "the current value (现行16%的税率), not a target"
    if _CONDITION_AFTER_RE.match(text, it.post_end):
        return "a condition (城镇化率超过60%以后), not a target"
    if cat == "count":
        if _POLICY_SET_RE.search(full_left + text[it.q.end : it.clause_end]) and _APPLY_VERB_RE.search(lw):
            return "the size of a set of policies being applied (落实…15项政策), not a target"
        n = _listed_before(lw)
        if n and it.q.value == n and not _CREATE_VERB_RE.search(lw):
            return "a count summing up the items just listed (属地、行业、企业三条防线), not a target"
        if _ATTRIBUTE_NOUN_RE.match(it.right):
            return "the things whose standard or role is acted on (提高两项补贴标准), not a count to reach"
        if N.split_unit(it.q.unit)[1] == "种" and _SERVICE_VERB_RE.search(lw):
            return "the scope of a service (实行13种…筛查), not a target"
    if role == "target" and cat in ("money", "number"):
        if _TOTAL_INVEST_RE.search(lw):
            return "total investment of a project being pushed forward, not a commitment"
        if _INVEST_RE.search(lw) and it.right.startswith("的") and not _COMMIT_BEFORE_INVEST_RE.search(lw[:-2]):
            return "investment size describing a project, not a commitment"
    if cat not in ("count", "percent", "points") and it.right[:1] and "\u4e00" <= it.right[0] <= "\u9fff":
        if _ATTENTION_RE.search(lw.rstrip()):
            return "size of a thing being described (关注249亩…地块), not a commitment"
    if role == "target" and cat in ("people", "visits") and _FACT_SUBJECT_RE.search(full_left):
        if not _ACTION_RE.search(full_left):
            return "forecast of a fact (graduates, retirees…), not a target"
    if _FROM_BEFORE_RE.search(lw) and _CHANGE_AFTER_RE.match(it.right):
        return "the starting value of a change (从2.8万元提高到3万元), not a target"
    if cat == "count" and _FRAMING_RE.search(lw):
        return "how the work is framed (围绕3个重点领域, 分两个阶段), not a target"
    if _RED_LINE_RE.match(it.right):
        return "a red line named as a slogan (18亿亩耕地红线)"
    if role == "target" and cat in _FACT_UNITS and _PLACE_FACT_RE.search(full_left) and not _COMMIT_RE.search(full_left):
        return "a fact about the place (下辖, 总面积, 户籍人口, 距…), not a target"
    if _SCOPE_RE.search(full_left) and _PLACES_AFTER_RE.match(it.right):
        return "the number of places in scope (全市11个县…全部), not a target"
    if it.q.unit in N.BARE_MULTIPLIERS and _PEOPLE_AFTER_RE.match(it.right):
        return "a population in scope (60万群众), not a target"
    return None


def _listed_before(words: str) -> int:
    """How many items a list ends with just before a count: "属地、行业、企业" → 3, "发展与安全" → 2, else 0."""
    m = _LIST_TAIL_RE.search(words)
    if not m or words.endswith("等"):  # 长六、严家…等4村: the places of the work, counted
        return 0
    run = m.group(0)
    if "、" in run:
        return run.count("、") + 1
    return 2 if len(_AND_SPLIT_RE.findall(run)) == 1 else 0


def _verb_on_previous_noun(it: _Item, items: list[_Item], idx: int, verb: str) -> str:
    """'现有规上企业45家,力争新增5家': the verb applies to the thing counted just before."""
    for p in (items[i] for i in range(idx - 1, max(idx - 9, -1), -1)):  # the few quantities before
        if N.split_unit(p.q.unit)[1] == N.split_unit(it.q.unit)[1]:
            noun = _tidy(_strip_lead(_strip_indicator(p.left)[0]))
            if noun:
                return verb + noun if verb in ("新增", "新建", "引进", "培育", "创建") else noun
    return verb


def _object_named_before(d: _Doc, it: _Item, verb: str) -> str:
    """'拟发行超长期特别国债…,今年先发行1万亿元': the thing the verb took earlier in the sentence."""
    text = d.text
    i = text.rfind(verb, max(it.sent.start, it.clause_start - 2 * _CLAUSE_REACH), it.clause_start)
    if i < 0:
        return ""
    end = _clause_bounds(d, it.sent.start, it.sent.end, i, i + len(verb))[1]
    obj = _tidy(text[i + len(verb) : end])
    return obj[:20] if len(obj) >= 2 and not _DIGIT_RE.search(obj) else ""


def _base_indicator(ind: str) -> str:
    """The indicator a follow-up clause refers to (财政总收入 of 同比增长5%)."""
    return _GROWTH_NOUN_RE.sub("", ind) if _GENERIC_INDICATOR_RE.match(ind) is None else ind


def _label_before(d: _Doc, it: _Item) -> str:
    """A digest label: "财政总收入:10000万元" or "指标 | 6%" gives the words before the colon."""
    text = d.text
    i = it.clause_start - 1
    if i >= it.sent.start and text[i] in ":|\t":
        a = _clause_bounds(d, it.sent.start, it.sent.end, i, i)[0]
        return _tidy(_strip_lead(_UNIT_PAREN_RE.sub("", text[a:i]).strip()))
    return ""


def _make(d: _Doc, it: _Item, indicator: str, qualifier: str | None, period: str | None, role: str) -> Target:
    """The Target record of an item (quote, offset and base values included)."""
    q = it.q
    a, b = _quote(d, it)
    money = N.unit_category(q.unit) == "number" and bool(_MONEY_WORDS_RE.search(it.left + indicator))
    bv, bu = N.to_base(q.value, q.unit, money)
    bmin, _ = N.to_base(q.min, q.unit, money)
    bmax, _ = N.to_base(q.max, q.unit, money)
    return Target(
        indicator=indicator,
        value=q.value,
        min=q.min,
        max=q.max,
        unit=q.unit,
        kind=it.kind,
        qualifier=qualifier,
        period=period,
        quote=d.body[a:b],
        offset=q.start,
        base_value=bv,
        base_min=bmin,
        base_max=bmax,
        base_unit=bu,
        role=role,
    )


def _distribute(d: _Doc, items: list[_Item]) -> None:
    """Shared subjects and verbs: "A和B分别增长10%", "省级、市级…各1家", "A、B排放量下降3%"."""
    i = 0
    while i < len(items):
        it = items[i]
        if it.record is None:
            i += 1
            continue
        group = [it]
        j = i + 1
        while j < len(items):
            nx = items[j]
            if nx.record is None or nx.clause_start != it.clause_start or nx.left.strip(" 、和及与,") != "":
                break
            group.append(nx)
            j += 1
        i = j
        percent = N.unit_category(it.q.unit) in ("percent", "points")
        if not (it.distribute or len(group) > 1 or percent):
            continue
        if "等" in it.left and not it.distribute:
            continue
        subject = it.subject or it.indicator
        rate_list = percent and "、" in subject
        shared = it.distribute or len(group) > 1 or rate_list or (percent and _all_metrics(subject))
        subjects = _split_subjects(subject, len(group), shared)
        if len(subjects) < 2:
            continue
        if len(group) == len(subjects):
            pairs = list(zip(group, subjects))
        elif len(group) == 1:
            pairs = [(it, s) for s in subjects]
        else:
            continue
        last_qual = group[-1].post_qual
        new = []
        for g, subj in pairs:
            rec = g.record
            assert rec is not None
            qual = rec.qualifier
            if last_qual and not (g.pre_qual or g.post_qual) and len(group) > 1:
                qual = last_qual
            g.growth, g.threshold, g.to_level = it.growth, it.threshold, it.to_level
            new.append(replace(rec, indicator=subj, qualifier=qual, kind=_kind(g, subj)))
        if len(group) == 1:
            it.record, it.indicator = new[0], new[0].indicator
            it.extra = tuple(new[1:])
        else:
            for g, r in zip(group, new):
                g.record, g.indicator = r, r.indicator


def _all_metrics(subject: str) -> bool:
    """True when every part of "A和B" names a measure (服务业增加值和社会消费品零售总额)."""
    parts = [p for p in _AND_SPLIT_RE.split(subject) if p]
    return len(parts) > 1 and all(_METRIC_END_RE.search(p) for p in parts)


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def _analyze(body: str, title: str | None, date: str | None) -> tuple[_Doc, list[_Item]]:
    """Read a whole body: layout, one scan for quantities, each read in its sentence."""
    text = body.translate(N.FULLWIDTH) if _FULLWIDTH_RE.search(body) else body
    d = _Doc(body, text, (title or "").translate(N.FULLWIDTH), plan_year_of(title, text, date))
    _layout(d)
    d.breaks = [m.start() for m in _BREAK_RE.finditer(text)]
    d.quoted = [m.span() for m in _QUOTED_RE.finditer(text)]
    items: list[_Item] = []
    for sent, group in _by_sentence(d, _quantities(text)):
        items.extend(_read_sentence(d, sent, group))
    _drop_restated(items)
    return d, items


def _by_sentence(d: _Doc, positions: list) -> list[tuple[_Sentence, list]]:
    """Things with a .start (or (start, end) spans) grouped by the sentence they are in."""
    starts = [p.start for p in d.paragraphs]
    out: list[tuple[_Sentence, list]] = []
    current: _Sentence | None = None
    for x in positions:
        pos = x[0] if isinstance(x, tuple) else x.start
        k = bisect_right(starts, pos) - 1
        if k < 0 or pos >= d.paragraphs[k].end:
            continue
        if current is None or not (current.start <= pos < current.end):
            para = d.paragraphs[k]
            sents = _sentences(d, para)
            j = bisect_right(para.starts, pos) - 1
            if j < 0:
                continue
            current = sents[j]
            out.append((current, []))
        out[-1][1].append(x)
    return out


def _records(it: _Item) -> list[Target]:
    """The records an item produced (one, or several when a value is shared by a list)."""
    if it.record is None or it.skip:
        return []
    return [it.record, *it.extra]


def _same_indicator(a: str, b: str) -> bool:
    """Two indicator names that denote the same measure (equal or one inside the other)."""
    a, b = _QUOTES_SPACE_RE.sub("", a), _QUOTES_SPACE_RE.sub("", b)
    return bool(a and b and len(min(a, b, key=len)) >= 3 and (a in b or b in a))


def _drop_restated(items: list[_Item]) -> None:
    """A headline target restated later in the document is one target, not two."""
    # Per value: the first record of each indicator name (a few names only, so the scan is linear).
    seen: dict[tuple, dict[str, tuple[_Item, Target]]] = {}
    restating: set[int] = set()
    for it in items:
        for r in _records(it):
            if r.role != "target":
                continue
            key = (r.base_value, r.base_min, r.base_max, r.base_unit, r.kind, r.period)
            names = seen.setdefault(key, {})
            for other, o in names.values():
                if other.sent is not it.sent and (
                    _same_indicator(r.indicator, o.indicator)
                    or ("目标" in r.quote and N.unit_category(r.unit) in ("percent", "points"))
                ):
                    it.skip = f"restates the target “{o.quote}”"
                    restating.add(it.sent.start)
                    break
            if it.skip:
                break
            if r.indicator not in names and len(names) < 16:
                names[r.indicator] = (it, r)
    if not restating:
        return
    for it in items:  # "…预期目标定为1200万人以上,比上年多100万人": the comparison goes with it
        if it.sent.start in restating and not it.skip and it.record is not None:
            if _COMPARISON_LEFT_RE.match(it.left.strip()):
                it.skip = "comparison attached to a restated target"


def extract_body(body: str, title: str | None = None, date: str | None = None) -> Extraction:
    """Targets and actuals of a body text (paragraphs joined by newlines)."""
    d, items = _analyze(body, title, date)
    targets: list[Target] = []
    actuals: list[Target] = []
    for it in items:
        for r in _records(it):
            (targets if r.role == "target" else actuals).append(r)
    return Extraction(targets=targets, actuals=actuals, plan_year=d.plan_year)


def extract(doc: Document) -> Extraction:
    """Targets and actuals of a parsed document, with its plan year."""
    return extract_body(doc.body, doc.title, doc.date)


def explain_body(body: str, title: str | None = None, date: str | None = None) -> list[dict]:
    """For each sentence with a number: the records taken and the numbers skipped, with reasons.

    Each entry: {"sentence", "offset", "part" (plan/review), "period", "records" (gold-shape
    dicts with offset and base values), "skipped" ([{"number", "offset", "reason"}])}.
    """
    d, items = _analyze(body, title, date)
    by_sent: dict[int, list[_Item]] = {}
    for it in items:
        by_sent.setdefault(it.sent.start, []).append(it)
    bare_by: dict[int, list[tuple[int, int]]] = {}
    for sent, spans in _by_sentence(d, _bare_numbers(d.text, [it.q for it in items])):
        bare_by[sent.start] = spans
    out = []
    for p in d.paragraphs:
        if p.sentences is None:
            continue
        for s in p.sentences:
            its = by_sent.get(s.start, [])
            nums = bare_by.get(s.start, [])
            if not its and not nums:
                continue
            skipped = [
                {"number": d.body[it.q.start : it.post_end], "offset": it.q.start, "reason": it.skip or "no record"}
                for it in its
                if it.skip or it.record is None
            ]
            skipped += [{"number": d.body[a:b], "offset": a, "reason": _bare_reason(d.text, a, b)} for a, b in nums]
            skipped.sort(key=lambda x: x["offset"])
            out.append(
                {
                    "sentence": d.body[s.start : s.end],
                    "offset": s.start,
                    "part": s.mode,
                    "period": s.period,
                    "records": [r.to_json() for it in its for r in _records(it)],
                    "skipped": skipped,
                }
            )
    return out


def explain(doc: Document) -> list[dict]:
    """`explain_body` of a parsed document: what `monitor extract --explain` prints."""
    return explain_body(doc.body, doc.title, doc.date)


def _bare_reason(text: str, a: int, b: int) -> str:
    """Why a number without a unit is not a quantity: a year, a date, a name, a code."""
    nxt = text[b : b + 2]
    prv = text[max(0, a - 1) : a]
    if nxt[:1] == "年" and b - a == 4:
        return "a year"
    if nxt[:1] in "年月日号时" or re.match(r"[-/.:]\d", nxt) or prv in "-/:":
        return "a date, time or number (年/月/日/号)"
    if nxt.startswith("周年") or nxt.startswith("周岁"):
        return "an anniversary or an age"
    if prv.isascii() and prv.isalpha() or nxt[:1].isascii() and nxt[:1].isalpha():
        return "part of a code or name (PM2.5, 3A, 5G)"
    if nxt[:1] in "+”\"" or prv in "+“\"":
        return "part of a name or slogan (“1+9”, “5030”)"
    if nxt[:1] in ".、)" or prv in "(":
        return "an item number"
    return "no unit after the number"
