"""Plan language: the words and patterns of Chinese plans and reports, in one place.

Headings and lead-ins of parts (plan, review), hedges and qualifiers, words stripped around
an indicator, metric nouns, the markers of tense and period, and the words of each skip rule.
Pure module: standard library only.
"""

from __future__ import annotations

import re


def alt(*groups: tuple[str, ...]) -> str:
    """One regex alternation of literal words, longest first."""
    return "|".join(sorted({w for g in groups for w in g}, key=lambda w: (-len(w), w)))


# A class of U+4E00–U+9FFF costs ~9 M instructions to compile (re builds it character by character)
# at every start, so the patterns below test Han characters in Python with this instead.
def is_han(s: str) -> bool:
    """True when every character of s (none too) is in U+4E00–U+9FFF."""
    for c in s:  # min(s) and max(s) cost 1.5-3 times this loop on the short words tested
        if not "\u4e00" <= c <= "\u9fff":
            return False
    return True


# The words that end a place's name in a title (海南省, 广西壮族自治区, 王坛镇); the longer first where both end one.
PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "省", "市", "县", "区", "镇", "乡", "旗")
# A zone calls itself by its kind in its own report (平潭综合实验区 2024: 实验区地区生产总值增长3%; a 新区 or 开发区 likewise).
ZONE_KINDS = ("实验区", "试验区", "示范区", "开发区", "高新区", "新区")
# A rate of the things a count has just named ("74个国控断面水质优良比例达到100%", "296个重点项目开复工率100%",
# "11个国控断面水质优良率达100%"): the count is its scope, no result of its own.
RATE_ENDS = ("率", "比例")
RATE_VERBS = ("达到", "达", "为", "保持在", "稳定在", "保持")
SHARED_MARKS = ("均", "分别")  # one value for each of a list (…达标率、优良水体比例均保持100%)
# A 分别 left inside a name says how the values go to the list before it, no part of a name (数字经济、绿色经济分别占地区
# 生产总值比重达44%、48%: 贵阳 2023; 市直和新设县区党政机构分别精简10%和41%: 宜春 2021). After it, a verb of a level
# reached leaves only a gloss or the places the values go to (城乡低保标准分别提高到每人每月790元、590元: 东营 2021;
# 优良天数分别达到中阳220天、柳林210天: 吕梁 2021): the name ends before it.
LEVEL_REACHED = ("达到", "提高到", "提高至", "提升到", "提升至", "增至", "增加到", "降至", "降到", "下降到", "下降至",
                 "降低到", "降低至", "控制在", "保持在", "稳定在")
LIST_BREAKS = ",;、:。"
CN_COUNT_DIGITS = "一二两三四五六七八九十"  # a small number written in Chinese (连续四年)
# The verb of a total reached after an increase, with no name of its own ("经营主体净增98万户、突破1900万户",
# "规模以上工业企业新增132户、达1095户"): the thing counted, not its increase.
TOTAL_REACHED = ("突破", "达到", "达", "超过", "增至", "增加到")  # 累计达到86家, 共达, 总数达: all end so
# After a place's name, what makes it part of a longer name: a route (临沧至清水河), a list (五莲、日照), a pair.
PLACE_JOINS = ("至", "到", "—", "-", "、", "和", "与", "及")
# What a place's name names with it (南通港货物吞吐量, 南通开发区…排名, 南通机场): the port, park or airport, no place.
PLACE_NAMED_THINGS = ("港", "机场", "开发区", "高新区", "综保区", "站")
# The words that join one item of a list to the next (新增市级龙头企业30家以上和示范合作社30家: the floor closes its item).
ITEM_JOINS = ("和", "与", "及")
# Words that open with a joining character (和美乡村, 和谐社区): the 和 is no 'and' before the name, it stays.
JOIN_OPENED_WORDS = ("和美", "和谐")


# Japanese forms of a Chinese character met in real texts typed with a Japanese input method (全省生产总值増长8-8.5%,
# 福建省2019年政府工作报告): the same word, one character for one so every offset stays.
VARIANT_FORMS = (("増", "增"),)


def without_final_newline(s: str) -> str:
    """s without one final newline: where a pattern's $ also matches."""
    return s[:-1] if s.endswith("\n") else s

# -- parts of a document ---------------------------------------------------------------
# The words that name this year's plan and a review, by what they name. Every pattern that
# places a heading, a lead-in or a year in a part is built from these tuples (and diff.py
# reads the verbs and hedges below), so the plan vocabulary lives here only.
PLAN_SECTIONS = ("工作安排", "工作计划", "工作思路", "工作打算", "工作要点", "工作谋划")
PLAN_GOALS = ("预期目标", "主要目标", "发展目标", "目标任务", "总体目标", "奋斗目标")
PLAN_TASKS = ("主要任务", "重点任务", "工作任务", "重点工作", "总体要求", "政策取向", "思路举措", "工作建议")
PLAN_TIMES = ("今后五年", "未来五年", "下半年", "明年", "下步", "下一步")
REVIEW_SECTIONS = ("工作回顾", "回顾", "工作总结", "总结", "工作情况", "开展情况", "完成情况", "进展情况", "推进情况", "执行情况", "落实情况")
REVIEW_RESULTS = ("主要成效", "工作成效", "主要成绩", "取得的成绩", "工作成绩")
REVIEW_TIMES = ("五年来", "过去五年", "过去5年", "过去一年", "一年来", "今年以来", "上半年工作", "前三季度工作")
ONE_YEAR_OPENINGS = ("一年来", "过去一年", "过去的一年")  # a heading of the last year of a review of five

SECTION_RE = re.compile(
    f"(?P<review>{alt(REVIEW_SECTIONS, REVIEW_RESULTS, REVIEW_TIMES)})"
    f"|(?P<plan>{alt(PLAN_SECTIONS, PLAN_GOALS, PLAN_TASKS, PLAN_TIMES, ('今后一个时期',))})"
)
# A lead-in sentence that opens a part: "今年发展主要预期目标是:" "过去一年,我们主要做了:".
# The plan words are tried first; the word's part is looked up (LEADIN_PLAN_WORDS), so the
# pattern opens with literal words only and the regex engine skips to their first characters.
LEADIN_PLAN_WORDS = frozenset(PLAN_GOALS[:5] + PLAN_SECTIONS[:2] + PLAN_TASKS[:1])
LEADIN_RE = re.compile(
    f"(?P<word>{alt(tuple(LEADIN_PLAN_WORDS))}|{alt(('工作回顾', '完成情况', '开展情况', '主要做了', '做了以下', '做了如下'), REVIEW_RESULTS[:1])})"
    r"[^。:,;]{0,12}:"
)
# The lead-in of a report's headline targets, the year's 主要预期目标 paragraph (preferred when 预期 is said); not a
# five-year plan's goals (“十四五”时期…主要目标是:到二〇二五年, 主要预期目标是:地区生产总值年均增长6.5%; 时期 names
# the years even when 十四五 is further back: 淮安 2021 “十四五”时期全市经济社会发展的主要目标是) nor a review of
# them (主要预期目标全面完成); the words lead in (是, 为, a colon: not 主要目标任务).
HEADLINE_GOALS = ("主要预期目标", "主要预期指标", "预期目标", "主要目标")
HEADLINE_NOT = ("十四五", "十五五", "时期", "五年", "年均", "规划", "完成", "到20", "到二〇")
HEADLINE_LEADS = ("是", "为", ":", "：")
# A line closed by a semicolon is an item of a list that goes on on the next line: headline targets one to a line
# (惠州 2022 主要预期目标是：⏎地区生产总值增长8.5%…；⏎地方一般公共预算收入增长6%；⏎…完成省下达任务。).
LIST_ITEM_ENDS = ("；", ";")
# The years an average growth is over, named before it: 五年年均增长8.5% (嵊州 2016), 两年平均增长7.5% (三亚 2022).
YEARS_AVERAGED_RE = re.compile(r"([两三四五六七八九十\d]{1,2})年(?:年均|平均)")
# A plan's goals led in with no colon ("主要预期目标建议为地区生产总值增长8.5%", 资阳 2015 report news), unless the words
# before name a goal set before (去年确定的预期目标是增长7%: a past target, reviewed).
GOAL_LEADIN_RE = re.compile(r"(?:预期目标|主要目标)(?:建议)?[是为](?=[^\W\d_])")
PAST_GOAL_WORDS = ("去年", "上年", "年初", "确定", "完成", "实现", "过去")
# A heading pointing back to the goals just set ("实现上述目标,我们将在以下七个方面合力攻坚:"): their part goes on.
GOALS_ABOVE = ("上述目标",)
# "2024年工作计划", "2024年…主要目标": the year a plan is for.
PLAN_YEAR_RE = re.compile(
    f"(20\\d\\d)年(?:度)?[^。\\n,;]{{0,20}}?(?:{alt(PLAN_SECTIONS, PLAN_GOALS[:2], ('目标任务', '计划'), PLAN_TASKS[2:6])})"
)
# Plan words strong enough to switch a numbered subheading to the plan.
STRONG_PLAN_RE = re.compile(alt(PLAN_SECTIONS, PLAN_GOALS[:1], PLAN_TIMES))

# -- hedges and verbs of plans ---------------------------------------------------------
HEDGE_WORDS = ("力争", "争取", "争创", "确保", "预计", "预估")  # on a whole clause or sentence (预估 is 预计: 预估鲜虾年产值达4200万元)
HEDGE_RE = re.compile(alt(HEDGE_WORDS))
# What a 争取 of better results strives for, after a value it leaves as it is: 太原 2024 地区生产总值增长5%左右、实际工作中努力
# 争取更好结果 (the words of the national report since 2023; 北京十五五规划纲要 年均增速4.5%-5%、努力争取更好结果).
BETTER_RESULTS = ("更好结果", "更好的结果", "更好成绩", "更好的成绩")
# A note that the figures from here on are estimates: 潜江市2012年政府工作报告 "生产总值338亿元(数据为预计数,下同)", 三明市
# 2022年政府工作报告 "初步预计(下同),全市生产总值有望达到3000亿元" (halfwidth brackets).
ESTIMATE_NOTE_RE = re.compile(r"预计(?:数|值)?\(下同\)|\([^()]{0,16}预计[^()]{0,16}下同\)")
# A review's summary, or a clause of it, opens with 预计 (全年预计实现…, 经初步预计,…): it reaches the list past its semicolons.
ESTIMATE_OPENING_REACH = 6  # characters before such a 预计 in its sentence or clause
PLAN_VERBS = (
    "完成", "实现", "培育", "新增", "创建", "打造", "建成", "新建", "引进", "推进", "达到", "开展", "实施", "推动",
    "发行", "安排", "围绕", "累计", "计划", "拟",
)
# 全乡 and 全旗 scope a township's and a banner's (an Inner Mongolian county's) figures as 全镇 and 全县 do:
# xx乡 2023 全乡生产总值, 土默特左旗 2017 全旗地区生产总值, 新巴尔虎左旗 2018 全旗一般财政公共预算收入.
SCOPE_WORDS = ("全年", "年内", "今年", "全镇", "全乡", "全市", "全区", "全县", "全旗", "全省", "全国")
CHANGE_WORDS = ("增长", "增速", "增幅", "涨幅", "降低", "下降", "提高", "提升")
STATE_WORDS = ("达到", "保持在", "控制在", "稳定在")
BOUND_WORDS = ("左右", "以上", "以下")

# -- words of the skip rules (see rulebook) ---------------------------------------------
# After an amount: the thing it classifies ("10亿元项目", "超10亿元的25个产业集群", "200万千瓦…示范项目").
# 项目6个, 项目达到10个, or the stage the projects reach before their count (投资超5亿元工业项目新开工220个, 南通 2024;
# 总投资超10亿元项目新签约26个, 南通 2023): counted
COUNT_NEXT_RE = re.compile(r"(?:达到|不低于|不少于|新?(?:签约|开工|竣工|投产))?(?:\d+|[一二两三四五六七八九十]+)[个家项]")

COUNT_END_RE = re.compile(r"\d+[个家所座处]$")  # 230个50户以上…村寨: a count just before a floor

# (not 项目储备: 动态完善2664个、1.7万亿元重大项目储备, 德阳 2021, is the store's size)
SIZE_CLASS_AFTER_RE = re.compile(
    r"(?:[、或][0-9.]+[万亿千百]*美?元)*(?:以上)?的?(?:(?:[\u4e00-\u9fff“”]{0,10}?(?:项目(?!储备)|企业|园区|集群))|县市区|县市|县|镇|乡镇|级|产业集群|集群|园区|村集体|村"
    # 产业 closing its clause: the class of industries counted before (高端装备、新材料2个超2000亿元产业: 嘉兴 2020; as 3个超
    # 1000亿元产业集群 in another city's), not a fund's (建立1000亿元产业引导基金)
    r"|产业(?=[,;。、)]|$))"
)

# After an amount or a floor count: the class it names counted right after it ("达到100万元的村2个",
# "90-100万元的2个", "50头以上黄牛养殖企业共有42家"): the first number describes, the second counts.
COUNTED_CLASS_RE = re.compile(
    r"的?[^\W\d_]{0,12}?(?:\d+|[一二两三四五六七八九十]+)(?:个|家|只|座|所|条|处|项|户|名)"
    r"(?=[,;。、)）]|以上|左右|$)"
)

# Places a floor of households classes (30户以上自然村通硬化路, 常住户100户以上自然村公厕普及率): the settlements.
SETTLEMENTS = ("自然村", "行政村", "村寨", "村庄", "村组", "村", "小区", "社区", "居民点")
# What a floor of people sizes (1000人以上大型企业食堂, 50人以下小微企业, 30万人以上县(市、区)): a body or a place of
# people, never the people themselves. Without one in the clause the floor is the count's (为2000名以上残疾儿童提供康复救助:
# at least 2000 children).
PEOPLE_BODIES = ("企业", "单位", "食堂", "场所", "学校", "医院", "机构", "县", "城市", "镇", "村", "社区", "园区", "工地", "车间")

# "不漏一户", "无一例", "一户不落", "一个都不能少": 一 under a negation is "not a single", no count; so is the one life a
# flood took none of (不死一人; 不溃一堤一垸、不垮一库一坝、不因灾死亡一人: 常德市 2021, 未因灾死亡一人: 常德市 2022).
NONE_BEFORE_RE = re.compile(r"(?:不[漏落少丢让掉留死伤]|不落下|不漏掉|无|没有|(?:不|未)(?:因灾)?(?:死亡|伤亡))$")
NONE_AFTER_RE = re.compile(r"(?:都|也)?(?:不[漏落少丢掉]|不能少|没有?[漏落少])")

# a verb of a project's stage before a list of names (新开工A、B等项目): it stays on the kind named after 等
LIST_VERB_RE = re.compile(r"新开工|开工建设|开工|竣工投产|竣工|建成投用|建成投产|建成|投产|签约|续建|新建|新增")

# words before an amount that only say what is done to the thing named after it (新建6万平方米标准化厂房) or point
# at it (涉及的250.99亩土地); the verbs of making a thing stay on its name, the others go. 抓好 (see to it) is such a
# verb, done 高质量 or not (乌鲁木齐 2024 高质量抓好3万亩高标准农田建设).
# Two verbs of making joined (新建、改建1.8万户农村户用卫生厕所: 遵义 2023) say it as one does; 规划 before a verb plans
# the same work (德阳 2022 规划建设300公里现代农业产业外环线).
# 提标改造 (rebuilding to a higher standard) and 腾出 (freeing up room) before an amount name the work with the noun after it
# (提标改造4.8万亩粮食生产功能区, 腾出40万吨标煤空间: 嘉兴 2020, 2021; 腾出存量用能空间20万吨标准煤 in other cities' reports).
_MAKING_VERBS = "新建|改建|扩建|新改建|改扩建|提标改造|改造|新增|更新改造|更新|腾出"
BARE_VERB_RE = re.compile(
    r"(?:加速|加快|全力|大力|着力|高质量|规划)?(?:推进|建设|实施|开展|打造|盘活|整治|涉及|形成|抓好"
    rf"|((?:{_MAKING_VERBS})(?:(?:、|和)(?:{_MAKING_VERBS}))?))"
)

# Who set the task whose amount follows (完成省定78.5万亩高标准农田建设任务: 盐城 2022; 完成省下达的1000万平方米违建
# 治理任务: 东莞 2025): no name of the work, which comes after the amount.
TASK_ASSIGNERS = ("省定", "市定", "县定", "省下达的", "市下达的", "县下达的", "省下达", "市下达", "县下达")

FOOTNOTE_RE = re.compile(r"\[\^?\d{1,3}\]")  # a note's mark after a term: “双协员”[21], Markdown's “三品一标”[^8]

# verbs of handling things one at a time: 问题发现一个、解决一个、销号一个; 成熟一个、推进一个; 做一件、成一件;
# 定一件、干一件、成一件 (伊春市 2023); run on without a mark: 干一件成一件、落实一件销号一件 (常德市 2022, 2023);
# a toilet rebuilt, finished and used one at a time: 农村改厕…确保改一个、成一个、用一个 (阜阳市 2020); a task said, done
# and finished: 讲一件、做一件、成一件 (茂名市 2021)
CADENCE_VERB_RE = re.compile(
    r"(?:发现|解决|销号|整改|办结|交办|化解|成熟|下放|推进|落地|储备|谋划|签约|开工|建成|投用|投产|竣工|见效|落实|做|干|办|成|定|改|用|讲)$"
)

# Works done on one object, each with its own amount, the object named once after the last (新建4万亩、改造提升8万亩
# 高标准农田: 茂名 2023): the verb after the 、 that opens the next amount.
SHARED_OBJECT_VERBS = ("改造提升", "提升改造", "提质改造", "改扩建", "新改建", "新建", "改建", "扩建", "改造", "提升", "建成")

VERB_IN_CLASS_RE = re.compile(r"实施|建设|打造|推进|完成|用于|改造|新建|开展|引进|培育|支持|扶持")

# Counts of what exists: a list summed up, policies applied, standards raised, a service's scope.

# After a count of listed things, what says they are the subject of a result ("四个村已完成…").
LIST_SUBJECT_RE = re.compile(r"已|完成|实现|建成|达到|全部|均")
LIST_MARK_RE = re.compile(r"、|与|和|及")
CREATE_VERB_RE = re.compile(r"新建|建成|建设|创建|创成|打造|培育|引进|新增|完成|实施|开工|投用|招引|认定|争创|评选")
# Verbs of scope before a list (示范区建设涉及柳村、王明…崔家七个村): the items the work reaches, which the count sums;
# a verb of making before them (示范区建设) names the work, not what the count makes.
SCOPE_VERBS = ("涉及", "包括", "覆盖")
CREATE_VERB_END_RE = re.compile(r"(?:新建|建成|建设|创建|创成|打造|培育|引进|新增|完成|实施|开工|招引|认定|争创)$")

POLICY_SET_RE = re.compile(r"政策|措施|举措|意见|条款|重点工作|重点任务|规定")  # 落实十项重点任务: a set carried out
# Right before N条 in a clause that issues it, a policy's words make N条 the paper's articles (制定我市稳经济政策43条,
# 长治 2023; 推出…稳经济政策36条, 芜湖 2023); 推送惠企政策15条 delivers policies, issues none, and measures drawn up
# (为12名重点人员制定帮扶措施36条) are work done.
POLICY_WORDS = ("政策", "意见", "规定")
ISSUE_VERBS = ("出台", "制定", "推出", "印发", "发布")

APPLY_VERB_RE = re.compile(r"落实|执行|贯彻|用好|用足|提出|明确")

# What a plan sets out, counted: the tasks, duties or measures a document lists (明确133项具体任务, 细化15项具体任务),
# and the units it puts in charge (涉及34个牵头单位). The plan's structure, not a count to reach. (出台/制定 N条措施
# is left a count: issuing measures is work the plan commits to, 出台稳增长26条等一揽子措施.)
SET_OUT_VERBS = ("明确", "细化", "梳理", "分解", "列出", "提出")
SET_OUT_ENDS = tuple(w + nl for w in ("任务", "职责", "措施", "举措") for nl in ("", "\n"))  # the noun ending the clause
IN_CHARGE_UNITS = ("牵头", "责任", "成员", "配合")  # …单位 right after the count

# After a count of places, a rank among them (15个区县排名第10位, 165个迎检乡镇中第四位): the size of the field ranked.
# The words between the count and 第 end with one of these (排第, 居第, 中第 too); plain words, no pattern to compile.
RANK_WORDS = ("排名", "排位", "位列", "位居", "排在", "排", "居", "中")
# A rank held among a field counted before 前列 (稳居全国168个重点城市前列): the words before the count close on a
# word of holding a rank, a scope between; the count is the field, no aim (not 推动5个镇进入全省前列).
RANK_HOLDS = ("居", "位列", "排名", "排在")
RANK_SCOPES = ("全国", "全省", "全市", "全区", "全县", "全州")
RANK_TOPS = ("前列", "前茅")

# After up to 12 Han characters and quotes, ending the words; 文章 is the work done on a set, as in 做好两项改革“后半篇”文章
# (乐山 2022: the two reforms' follow-up, not two targets), and 发放 the paying of it (做好残疾人两项补贴资金发放, 伊春 2023).
ATTRIBUTE_NOUNS = ("标准", "作用", "文章", "发放")

SERVICE_VERB_RE = re.compile(r"实行|提供")
# The checks a service of 开展 runs on each person, after the kinds it covers (为2万名新生儿开展五种遗传代谢病和听力免费
# 筛查: 襄阳 2023): the kinds are its scope.
SCREENINGS = ("筛查", "检测", "检查")

# A project's yield once built, not a commitment: "建成后年产值可达30亿元".
YIELD_BEFORE_RE = re.compile(r"(?:建成|投产|达产|运营|完工)(?:后|以后)")
CONDITION_AFTER_RE = re.compile(r"(?:以上|以下)?(?:以后|之后|后|时)(?:[,;。]|$)")

# A coefficient, an index or a ratio: its number has no unit ("利用系数达到0.6", "价格指数控制在103左右",
# "城乡居民收入倍差缩小到1.7以内", 贵阳 2024 "城乡居民人均可支配收入比降低至2.02以内"; its 比值, 遵义 2021 and 广州 十五五:
# "城乡居民人均可支配收入比值下降到2.5以内"), and a data centre's power usage effectiveness, a ratio of two energies
# ("数据中心平均电能利用效率降至1.3以下", "PUE值降到1.25以下"); a gloss of where may follow the index (居民消费价格指数
# (市辖区)控制在103左右: 漳州 2024).
INDEX_BEFORE_OPENERS = "系指倍收电P"  # every INDEX_BEFORE_RE match opens with one of these
INDEX_BEFORE_RE = re.compile(
    r"(?:系数|指数|倍差|收入比值?|电能利用效率(?:[(（]PUE[)）])?|PUE值?)(?:[(（][^()（）]{1,6}[)）])?(?:达到|达|为|保持在|稳定在|控制在|提高到|提升到|提高至|提升至|缩小到|缩小至|缩小为|降至|降到|降低至|降低到|下降到|下降至|在)?"
    r"(?:约|超过|不低于|不超过|高于)?(?=[0-9])"
)
# A growth on par with another one ("收入增长与上年度持平", "增速与全市持平"): no number, not a zero.
RELATIVE_FLAT_RE = re.compile(r"(?:增长|增速|增幅|涨幅)[与同和][^,;。]{0,8}$")

# Where the noun phrase that opens a sentence ends: its first verb, a quoted slogan, a number.
SUBJECT_END_RE = re.compile(r"实现|达到|保持|完成|继续|持续|稳居|位居|稳定|再创|创历史|创下|刷新|“|\d")
# A growth of zero: "与上年持平", "与上年度持平" (湟中区2024), "基本持平," — not 支持平江, 保持平稳.
# Every alternative opens with a literal character (the lookbehind comes after it), so the
# engine scans for those characters instead of trying the pattern at every position.
# A bare 持平 or 基本持平 (FLAT_BARE) counts only when no Han character follows: tested in Python.
FLAT_RE = re.compile(
    r"与上年度?(?:基本)?持平|与去年(?:基本)?持平|较上年度?(?:基本)?持平|同比(?:基本)?持平"
    r"|基(?<![支坚保扶维把主劫]基)本持平|持(?<![支坚保扶维把主劫]持)平"
)
FLAT_BARE = ("持平", "基本持平")

OVER_BEFORE_RE = re.compile(r"(?:超过|超|过|突破)$")
# The next item of a list of counts, each of things over an amount (35个投资过50亿元、11个投资过100亿元的扛鼎项目, 襄阳
# 2022): a count, a verb of size, then 过/超 and the next amount.
COUNT_OVER_NEXT_RE = re.compile(r"\d+(?:个|家|项)[^\d,;。]{0,4}(?:过|超)\d")

PARA_START_FIRST = "—-五5四4过一今未据记这去年各刚市县区省州旗盟"  # a stripped paragraph opens with one of these, or PARA_START_RE cannot match
# 五年 and a phrase of four (五年感恩奋进,…: 遵义市2022年政府工作报告's 本届任期 review; 五年砥砺奋进,五年成绩非凡: a
# commentary on the 十五五 建议) is the refrain of a review of the five years.
# 这五年,我们… opens a paragraph of a term's review as 过去五年 does (常德市政府工作报告 2022, under 本届政府及2021年工作
# 回顾; 浙江省第十五次党代会报告 2022: 这五年,我们坚持创新驱动…五年年均增长6.7%); 各位代表,刚刚过去的2021年,… the last
# year of it (伊春 2022, 东营 2022). 市四届人大一次会议以来,… (since the term's first session) looks back on the term's five
# years as 五年来 does (鄂尔多斯 2022, under 本届政府施政成果和今后五年…主要任务; 常德, 南充, 盐城, 惠州 2022: …以来的五年,…).
# A term cut to four years is told so (芜湖市政府工作报告 2022: 本届政府任期的四年,… then five paragraphs 这四年,我们…):
# the years counted are the span.
PARA_START_RE = re.compile(
    r"^[——\-\s]*(?:(?:据了解|据悉|据统计|记者了解到)[,:]?)?(?:各位代表[,!])?"  # a news item's "据了解,今年以来,…"
    r"(?:(?P<five>[四五45]年来|过去[四五45]年|这[四五45]年(?=[,，])|[五5]年(?=[^\d\W]{4}[,，])|[市县区省州旗盟][一二三四五六七八九十]{1,3}届人大一次会议以来)|(?P<one>过去的?一年|一年来|今年以来|年初以来|(?:这一年|去年)(?=[,,])"
    r"|刚刚过去的(?:一年|20\d\d年))|(?P<next5>今后五年|未来五年)"
    r"|今年(?P<half>上半年|前三季度)[,,])"  # "今年上半年,东兴镇经济社会发展稳步推进。全镇…完成…": the year so far
)

# A paragraph that is an item of a list ("一是…", "(二)…", "3.…", "④…").
LIST_ITEM_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、)](?!\d)|[①-⑳])")
# A paragraph ends with one of these; one that does not was broken mid-sentence by its source (a line break inside a
# sentence: 荆州 2022 "…工业增加值增长…较上年提高" then "110.6%。"), and the next paragraph goes on with it.
PARA_CLOSERS = "。!?;:…”）)"
# A bulleted item ("●地方一般公共预算收入达1.39万亿元") is a list item too; one opening with a year
# ("●2023年广东地区生产总值达到13.57万亿元") tells that year for the list (bullets tested with `in`: cheaper than a class).
BULLETS = "●◆■▲•▪◇○"
# A digest that cites its source after each point and runs the points on ("…确保研发投入力度不减 [5] - 民生福祉:…",
# reportify.cn's 十五五纲要 and 山东 2026 政府工作报告 digests): the mark and the space after it close the point.
# A footnote mark inside a sentence ("“双协员”[21]305个", "“三落实一巩固”[20],") has no space after it; a table
# cell's [125] (a five-year sum: 城镇新增就业人数 | 31.4 | >25 | [125], 杭州“十五五”规划纲要) has its row's " | ".
CITED_POINT_END_RE = re.compile(r" ?(?:\[\d{1,3}\])+(?= (?!\|))")
YEAR_AT_RE = re.compile(r"(20\d\d)年")

# A speaker opening a news item's paragraph ("韩文秀表示,过去一年,…", "胡衡华说,2014年,…", "张惠在报告中说,2016年,…",
# "报告认为,2007—2011年是…的五年"): what follows opens the paragraph.
SPEAKER_WORDS = ("表示", "指出", "介绍", "强调", "说", "认为")
SPEAKER_RE = re.compile(rf"[^\W\d_]{{1,12}}?(?:{alt(SPEAKER_WORDS)})[,:]")  # a word class: cheaper to compile than a CJK range
SPEAKER_YEAR_OPENINGS = tuple(w + mark + "20" for w in SPEAKER_WORDS for mark in ",:")  # 指出,2022年: a speaker's year

HEADING_ENUM = re.compile(r"^(?:[(（]?[一二三四五六七八九十]+[)）、.]|\d{1,2}[.、)]|第[一二三四五六七八九十]+[部章节])")

ENUM_PREFIX = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d{1,2}[.、)](?!\d)|\d{1,2}\.(?=20\d\d年)|"
    r"[①-⑳]|[一二三四五六七八九十]是|[-—•·*▪◆●■]+)\s*"
)
# An item number glued to the year its item opens with (1.2024年我镇实现财政总收入2.09亿元, 章镇镇2024年财政预算执行情况)
# is an item number all the same.
# What an ENUM_PREFIX match can open with, besides a space and a digit (the prefix is tried only after one).
ENUM_FIRST = "(（一二三四五六七八九十-—•·*▪◆●■" + "".join(map(chr, range(ord("①"), ord("⑳") + 1)))

# "…2024年预算执行情况和2025年预算草案的报告": the draft's year is the year the report plans.
# A year in a title with its 年 left out ("城口县2024财政预算执行情况2025财政预算草案的报告",
# "洪湖镇人民政府2024部门决算情况说明"): four digits right before a word, not before a unit (2000万元以上项目)
# or a 年 of its own. The title is read with the 年 put back.
BARE_TITLE_YEAR_RE = re.compile(r"(20\d\d)(?=[^\W\d_])(?![年月日万亿千百元亩个家人户项吨米号届期])")
# Years of schooling (劳动年龄人口平均受教育年限提高到11.7年, 从12.4年提高到13.5年): after 年限, up to the clause's
# end, a number of one or two digits before 年 is a length of time, never a calendar year.
YEARS_AFTER_TERM_RE = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)年(?![代份度底初末前内后间级中起])")
# A title's plan word after its year: "…2024年工作总结暨2025年工作计划/谋划/部署会" plans 2025.
TITLE_YEAR_RE = re.compile(
    r"(20\d\d)年(?!\d{1,2}月)(?:度)?(?:[^\d年]{0,12}?(工作安排|工作计划|计划|思路|要点|打算|目标|任务|谋划|部署|预算草案)"
    r"(?!执行|完成情况|落实情况))?"
)

# A multi-year plan's span in its title: "三年行动计划(2024—2026年)", "专项规划(2021-2025年)".
TITLE_SPAN_RE = re.compile(r"(20\d\d)\s*[-—–~至]\s*(20\d\d)\s*(?:年|[)）])")

# A sentence that opens with the year a yearly task of a multi-year plan starts: "2023年起,每年…".
FROM_YEAR_START_RE = re.compile(r"\s*(?:从|自)?(20\d\d)年(?:起|开始)")

FORWARD_YEAR_RE = re.compile(r"(20\d\d)年(?:度)?[,是]?[^。\n\d]{0,8}?(?:将|力争|计划|要|拟|目标)")
# The year whose goals a meeting's news calls to reach: "为全面实现2013年农业总产值增长10%以上,…的目标进一步统一思想"
# (两河镇 congress news).
AIM_YEAR_RE = re.compile(r"实现(20\d\d)年[^。\n]{0,80}?目标")

# The news of a meeting names the year it lays out work for: 研究部署2014年工作 (大朗镇), 部署了2025年任务 (楼塔镇),
# 报告对2023年的工作进行了全面科学的安排部署 (竹山县 人代会, 2022-12-27); not a year it sums up (对2022年工作进行了总结).
DEPLOYS_YEAR_RE = re.compile(r"部署(?:了)?(20\d\d)年|对(20\d\d)年[^。,;]{0,16}?(?:安排部署|作出部署|作出安排)")
# The news of a report names the year it reviews: 报告首先回顾了2017年工作 (广州 2018), 张新起在回顾2013年的工作中指出
# (青岛 2014). A paragraph opening so tells that year; a report that reviews a year plans the next.
REVIEWS_YEAR_RE = re.compile(r"回顾了?(20\d\d)年")
DELIVERED_RE = re.compile(r"(20\d\d)年(\d{1,2})月\d{1,2}日在[^。\n]{0,40}(?:会议|大会)")
# The same date written in Chinese numerals ("——二〇二三年一月十四日在河南省第十四届人民代表大会第一次会议上"): its year's
# digits read one by one, its month from 十 on (十月, 十一月, 十二月) the next year's report.
MEETING_AHEAD_RE = re.compile(r"[^。\n]{0,40}(?:会议|大会)")
# The news of a congress at which a work report is given ("昨日上午,同安区第十八届人民代表大会第六次会议开幕,区长周桂良作区
# 政府工作报告", 台海网 2025-12-25; "…代区长周桂良作《政府工作报告》", 改革网 2023-12-28): dated from October on, its report
# plans the next year, as a delivered date does.
REPORT_GIVEN_WORDS = ("工作报告", "报告工作")
CONGRESS_WORDS = ("人民代表大会", "人大")
CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# The date a work report's title gives it ("四川省政府工作报告（2024年1月22日 黄强）", "岳阳市政府工作报告（2023年12月31日
# 李挚）"): the day it was delivered, which dates its plan as DELIVERED_RE does.
TITLE_DATE_RE = re.compile(r"(20\d\d)年(\d{1,2})月\d{1,2}日")
# The day a report was given, on a line of its own under the speaker ("镇长王 鹏\n2025年1月3日", "(2023年4月20日)").
DATE_LINE_RE = re.compile(r"^\s*[((]?(20\d\d)年(\d{1,2})月\d{1,2}日[))]?\s*$", re.M)

LEADIN_END_RE = re.compile(r"[^。,;\n]{0,10}[:是为]")

# -- qualifiers ------------------------------------------------------------------------
# The qualifier each hedge gives a clause or sentence.
HEDGE = {"力争": "力争", "争取": "力争", "争创": "力争", "确保": "确保", "预计": "预计", "预估": "预计"}
# A base at the end of a five-year plan (较“十三五”末增长24.3%): a figure measured from it up to a year past that plan's
# next is a result of those years (顺德区 2026: 地区生产总值达到4469亿元,较“十三五”末增长24.3%).
PLAN_END_BASE_RE = re.compile(r"(?:比|较)“?(十[一二三四五六]五)”?期?末")
# The hedges of an aim that, after their clause's own measure, hedge that clause alone (规模以上工业总产值力争增长5%,
# 一般公共预算收入增长2%: 浦东新区 2026 goals, 每日经济 2026-01-22).
OWN_CLAUSE_HEDGES = ("力争", "确保")
# A bracket after a name that gives the short name it goes by (为职工赠送“在职职工住院医疗综合互助保障”(简称“住院二次
# 医保”): 中山 2021; …(以下简称“《规划》”)): a note on the name, no part of it.
SHORT_NAME_NOTES = ("简称", "以下简称")
# The shortest clause of a hedge (the word included) that names a thing and what becomes of it (确保零就业家庭动态清零:
# 东营 2022, 石嘴山 2023; 力争建成瓯江引水主体工程: 温州 2025); 确保全年, 力争实现 are shorter and reach on.
SETTLED_HEDGE_CLAUSE = 6
# The hedges whose clause, settled so, aims at its thing alone: 力争/确保, and 争取 of a thing and where it goes
# (争取更多项目进入国家和省“十四五”规划和投资计划,加快实施829个亿元以上重点项目: 襄阳 2021).
SETTLED_HEDGES = ("力争", "确保", "争取")
# What a 争取 obtains rather than aims at, ending its clause (积极争取新型研发机构奖励、科技示范工程等惠企政策, 东营 2021):
# the value of a later clause is no stretch goal.
# A fund named after the amount a verb of allocating puts in it (市财政安排3亿元专项资金, 发挥好3亿元技改资金引导作用,
# 东营 2020 and 2021): the fund names the amount, not the giver or the verb; 新设 sets one up as 设立 does (十堰 2021's
# review: 新设11亿元产业发展引导基金).
FUND_NOUNS = ("资金", "基金")
# 建立 a fund of a size names the fund as 设立 does (建立1000亿元产业引导基金: 嘉兴 2020; 建立5亿元续贷应急资金池).
ALLOCATE_VERBS = ("安排", "拿出", "设立", "新设", "建立", "统筹", "筹集", "发挥好", "用好")
OBTAINED = ("政策", "资金", "支持", "奖励", "补助", "债券", "额度")

# Words just before a number that qualify it.
PRE_QUAL = {
    "不低于": "不低于", "不少于": "不低于", "不超过": "不超过", "不高于": "不超过",
    "至少": "不低于",  # 新引进至少3家集成电路企业 (平潭 2023): at least, a floor, not 少 (fewer)
    "超过": "以上", "大约": "约", "接近": "约", "突破": "以上", "高于": "以上",
    "低于": "以下", "不足": "以下", "约": "约", "近": "约", "超": "以上", "逾": "以上",
    "大于": "以上", "小于": "以下",  # 确保市区环境空气质量优良天数大于300天 (丹东 2016); 小于 a ceiling as 低于 is
    "冲刺": "力争",  # 增长6%以上,冲刺1500亿元: a stretch goal
    # reached a new level: GDP迈上5000亿元台阶 (岳阳 2024), 一般公共预算地方收入迈上200亿元台阶 (岳阳 2025),
    # 地区生产总值迈上14万亿元新台阶 (广东 2025), 跃上千亿元新台阶 (肥西 2021), 经济总量跨上5万亿元台阶 (安徽 2025),
    # 工业增加值跨过万亿元大关 (内蒙古 2025): at or above it
    "迈上": "以上", "跃上": "以上", "站上": "以上", "跨上": "以上", "跨过": "以上",
    # 首次突破 shortened (乌鲁木齐 2024 总量达4168.5亿元,首破4000亿元大关); 迈过 as 跨过 (鄂尔多斯 2023 迈过4000亿元台阶)
    "首破": "以上", "迈过": "以上",
    "过": "以上",  # 大别山电厂、李时珍医药集团产值过50亿元 (黄冈 2023): passed it, as 超 is
}

PRE_QUAL_RE = re.compile("(?:" + "|".join(sorted(PRE_QUAL, key=len, reverse=True)) + ")$")
PRE_QUAL_LAST = frozenset(w[-1] for w in PRE_QUAL)  # no PRE_QUAL_RE match unless one of these is just before the number
# Characters that make 约 the end of a word, not "about": 签约, 节约, 预约, 合约, 公约, 制约, 契约, 特约, 相约, 邀约,
# 履约, 违约 (完成签约3万平米: signed, not about 3).
YUE_WORD_HEADS = frozenset("签节预合公制契特相邀履违")
# 要 closing a word (纲要, 主要, 重要, 需要, 摘要, 概要, 必要, 首要, 紧要): no modal of a task, kept in a name.
YAO_WORD_HEADS = "纲主重需摘概必首紧"
# Characters that make 过 the end of a word, not "over": 经过, 通过, 不过, 度过, 越过, 错过 (通过3年努力: through).
GUO_WORD_HEADS = frozenset("经通不度越错")

# 内 after an amount is "within" (3年内) unless it opens a word of its own: 内容, 内部, 内外, 内涵, and 内涝 (沈阳 2025 and
# 2026 政府工作报告: 实施55项内涝防治工程, 推进26项内涝防治工程: the works against waterlogging, no bound), 内河 (inland
# waters: 加快推进2个综合货运枢纽、3个内河库区航运建设, 遵义 2023), 内设 (撤并4个内设机构), 内陆
POST_QUAL_RE = re.compile(r"以上|以下|及以上|及以下|左右|以内|之内|上下|内(?![容部外涵涝河设陆])")

POST_QUAL = {"以上": "以上", "以下": "以下", "及以上": "以上", "及以下": "以下", "左右": "左右", "以内": "以内", "之内": "以内",
             "上下": "左右", "内": "以内"}
# A rate held within a range after it ("城镇登记失业率控制在3.5%的目标范围内", 云浮 2023, its plan and its review): a
# ceiling, as 以内 is; the longest first.
WITHIN_RANGE = ("的目标范围内", "目标范围内", "的范围内", "范围内")
BOUND_AFTER = ("以上", "以下", "及以上", "及以下")  # a bound written right after an amount (10蒸吨/小时及以下燃煤锅炉)
# A bound written before an amount whose 的 then names a thing: the amount classes that thing (小于6米的顶装焦炉).
COMPARATIVES = ("小于", "低于", "高于", "大于")
# …的 then one of these is the amount as a goal (低于5%的水平), not a class of things
GOAL_NOUNS = ("目标", "水平", "标准", "要求", "范围", "区间", "幅度", "增速", "速度")
# Verbs of charging or granting an amount per unit (加价0.1元/千瓦时, 给予6万元/蒸吨资金奖补): a policy's rate
CHARGE_WORDS = ("加价", "加收", "收取", "征收", "奖补", "补贴", "补助", "奖励", "给予")

# -- indicator names -------------------------------------------------------------------
# The base of a comparison (能耗比2020年下降) or of a multiple (人才数量是上年的2倍, 达到2020年的1.5倍).
# A five-year plan's end is such a base too: 国民生产总值达3亿元,比“十三五”末增0.8亿元.
COMPARE_YEAR_RE = re.compile(
    r"(?:(?:比|较|与)(?:20\d\d年(?:同期|底|末)?|“?十[一二三四五六]五”?(?:期?末))(?:相比)?"
    r"|(?:是|为|相当于|达到|达)(?:上年|去年|上一年|20\d\d年)(?:同期)?)$"
)
# A bracketed note on the scope of a figure opens with one of these: (扣除2022年灾后重建支出外), (按2020年价格计算).
# The verb of estimating that closes a basis opened by 按 before a figure (按收入完成情况预计今年支出基数为16986万元: 湟里镇
# 2025 budget report; 按现行政策测算可用财力…; 按可比口径计算一般公共预算收入): what it is estimated on, no part of the name.
BASIS_CLOSERS = ("预计", "测算", "估算", "计算")
SCOPE_NOTE_WORDS = ("扣除", "剔除", "不含", "不包括", "含", "包括", "按", "基于")

# Verbs of making that may open a list of levels sharing one noun (新增省级、市级…基地1个、2个): the list is after them.
LIST_VERBS = ("新增", "新建", "创建", "培育", "认定")

# Words stripped from the front of an indicator (verbs, scope, time, hedges). 提出 reports a goal a plan sets
# (其中,提出全社会研发经费投入年均增长7%以上: 十五五纲要草案 as 南国都市报 and reportify.cn retell it), no part of its name.
# 特别是/尤其是 single out the figure that follows, and 高标准/高质量/高水平 before a verb say how the work was done
# (特别是农村居民人均可支配收入完成13006元, 夏县 2024; 高标准打造现代农业科技示范园区26个, 北林区 2025): no part of a name.
# 力促/力保 hedge as 力争 does (力促科技型企业贷款余额增长12%, 无锡 2024; 力保投产300个以上, 包头 2025), and 精心, 统筹,
# 滚动, 动态, 集中… before a verb of work say how it is done (滚动实施技改项目100个, 丹东 2023; 动态谋划储备重点项目500个
# 以上, 通化 2024; 集中打造优质高中8所, 赤峰 2025): no part of a name. 集中式, 集中供热 are words, no verb after them.
# A month or a span of months or quarters opening a clause (1-3季度我镇完成…, 计划10月开工11个, 10月底前完成改造3万户) is
# its time.
# 在 before 已 opens the base a plan builds on (在已经为企业减负120亿元的基础上: 嘉兴 2020): no part of a name.
# 作为 opens what the thing named after its 的 is (而作为我镇传统型支柱产业的印刷业和纺织业): the thing names it.
AS_WHAT = ("而作为", "作为")
# 稳定/保持 (keep steady) before a crop's, land's or herd's area, output or size are the plan's verbs (兰州 2024 稳定粮食播种面积
# 115万亩, 南宁 2024 保持粮食播种面积在639.3万亩以上, 三明 2023 保持生猪存栏122万头以上), and before a crop's planting
# (镇“十四五”工作谋划报告: 保持优质水稻种植5000亩); 稳定性 stays a word.
# 计划生育 (family planning) is a word, its 计划 no plan's (a 镇's 1—9月 figures: 计划生育率80%). So are 再就业
# (re-employment: 十堰 2021 确保新增城镇就业3万人,再就业1.2万人) and 共同缔造 (湖北's building together: 十堰 2023
# 共同缔造示范村卫生室100个), no 再 (again) or 共同 (jointly) before a name.
LEAD_WORDS = re.compile(
    r"^(?:其中|分别|含|包括|涵盖|剩余|新推出|推出|提出|力争|力促|力保|争取|争创|确保|预计|预估|计划(?!生育)|拟|全年|今年|以来|年内|明年|当年|年底前|年底|到年底|上半年|下半年|(?:今后|未来)[五5]年|前三季度|第?一季度|第?二季度|第?三季度|第?四季度|"
    r"[同环]比(?=增速|增幅|涨幅|降幅|增长率)|"  # 产值1.41亿元,同比增速1.5% (大英镇 2024, 未央宫街道 2023): the rate, as 增速 alone
    r"截(?:至|止)到?(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日|份|底|末)?|"  # 截止到3月15日完成财政总收入309万元 (龙伏镇 2018 一季度): when, no name
    r"到20\d\d年底?|20\d\d年(?:底前?|度(?!假))?|\d{1,2}(?:至|-|—)\d{1,2}(?:月(?:份)?|季度)|\d{1,2}月(?:份|底|末)?前?(?=[^\W\d_])|全[镇县区市省乡国州旗]|我(?:[镇县区市省乡旗]|街道)|本(?:[镇县区市旗]|街道)|"
    r"[为对把](?=全[镇县区市省乡国州旗]|辖区|$)|辖区内?$|"  # 为全州7万名…妇女, 为辖区3000名老年人: whom it is for; 把25%以上的X建成Y: X, then what it becomes
    r"为了?(?=全面|实现|完成|确保)|"  # 为全面实现2013年农业总产值增长10%以上…的目标: what it is for, no name
    r"各类|全面|努力|着力|持续|继续|接着|进一步|逐步|发展壮大|加快|加大|推动|推进|开展|实施|抓好|建成(?!区)|建设(?!用地)|新建成|创建|创成|创出|"
    r"打造|培育|引进|组建|完成|实现|达到|累计|共计|合计|共有|共(?![富享管治青同]|建(?!成))|新培育|启动|积极|深入|大力|扎实|有序|"
    r"有力有序|不折不扣|顺利|圆满|特别是|尤其是|高(?:标准|质量|水平)(?=打造|建成|建设|推进|实施|完成|谋划|办理)|(?:精心|认真|统筹|滚动|动态|精准|科学|集中)(?=打造|实施|谋划|储备|推进|办理|选认|开工)|集中精力(?=建设|打造|推进|实施)|超额(?=完成|$)|超预期(?=完成|$)|成功|及时|全速|共同(?!富裕|缔造)|安排|去年|上年(?!结转|结余)|过去一年|加上(?![级解]|年结)|[加减](?=上级|上解|上年结|调入|调出|动用|债务|支出|结转|补助|补充|安排|一般公共|政府性基金)|围绕|对照|按照|聚焦|我们|在(?=已)|已经|已有|现有|已|再(?!生|就业)|所有|目前|现在|现已|截至目前|当前|发放|兑现|拨付|筹集|落实|要|将|先后|先(?![进行导锋])|再(?!生|就业)|力求|还(?![林草湿湖田耕])|并(?![网购联表行])|且|同时|以及|和(?!美|谐)|及|与|、|,|;|:|\s|"
    r"可(?=实现|完成|达到|达|新增)|"
    r"带动(?=[^\W\d_])(?!就业|能力|作用|力|性|效应|型|区|模式|[^\W\d_]{0,4}?(?:户|人|群众)$)|"  # 带动交易额4.1亿元 (通化 2024),
    # 带动商品销售2000多亿元 (山东 2026), 带动茶农户均增收 (镇 2025 总结): what the work drove is the measure; 带动就业30万人
    # (洛阳 2022), 带动农户200户: the people helped; 带动能力强的…, 带动性, 辐射带动区 (丹东 2023): a noun
    r"稳定(?=粮食|耕地|生猪|蔬菜|[^\W\d_]{0,4}(?:面积|产量|规模)|[^\W\d_]{0,6}种植)|"
    r"保持(?=粮食|耕地|生猪|蔬菜|[^\W\d_]{0,4}(?:面积|产量|规模)|[^\W\d_]{0,6}种植))"
)

# 加/减 join the items of a budget's sum (加上级补助收入568709万元, 加上年结余7546万元, 再加动用预算稳定调节基金731万元,
# 减支出总计425533万元: 渠县2024年财政总决算, 甘谷县2024年财政决算; 加一般公共预算总收入13.83亿元,减一般公共预算总支出
# 13.6亿元: 小榄镇2025年上半年预算执行情况): no part of the item's name; 加上 is the word only where
# 上级, 上解 and 上年结余 do not take its 上. SUM_JOINS: what may stand alone before 收入总计/支出总计, the sum's sides.
SUM_JOINS = "加减"

# Who allotted an amount to the place (省财政厅下达我街道新增债券额度3528万元, 石岐街道2022年预算调整方案; 自治区财政厅下达我区
# 2024年第二批新增政府一般债券资金6,000万元, 大武口区2024年预算调整方案): the words up to 下达 before 我/本, no name.
ALLOT_VERB = "下达"

# A place named before the year a figure is of ("五莲县2012年全年实现生产总值", 五莲县 2013 政府工作报告; "云南省2018年地区
# 生产总值"): the scope, no name. Not 区: a 高新区 or 园区 is a part of the place, whose figure its name keeps.
PLACE_BEFORE_YEAR_RE = re.compile(r"[^\W\d_]{1,6}?[省市县镇乡旗](?=20\d\d年)")
# The first character of every LEAD_WORDS word that opens with a literal; the others open with a
# digit (\d) or a space (\s): no match is tried unless the text opens with one of these, a digit or a space.
LEAD_FIRST = frozenset(",2把分提减带:;、上下不与且为争今以先兑全共其再创到剩力加努去及发各合同启和可围培大安完实对将已年并建开引当成我截所扎打拟拨持按推新明有本深现目着确积筹累组继聚落要计达过还进顺预含包圆超特尤高涵环逐前精一二三四第认统滚动科集稳保接辖未抓在")

# Two one-character words of a pair written with one shared morpheme ("存、贷款余额" is 存款余额 and 贷款余额,
# "进、出口总额", "大、中型企业"): the first character of the pair, then the second.
PAIRED_MORPHEMES = frozenset(("存贷", "进出", "大中", "中小", "内外", "上下", "城乡", "工农", "出入", "收支"))

# A clause that opens reporting work done in all (共完成交地339亩, 累计完成投资…): in a review, after a clause that
# named a plan (2023年拟出让7号、8号地块征拆工作, 棉竹镇 2023), the plan carried out. A bare 完成 may be the plan's
# next item (今年我镇计划完成农村道路白改黑3条…,完成道路大中修1条, a seed).
DONE_CLAUSE_RE = re.compile(r"[,;](?:共|累计)完成")

# Words that open how a thing is done (通过盘活闲置资源…), never a noun counted before them: a count followed by one ends
# there, its stop left out by the page (培育“升规入统”企业20家、“个转企”4家通过盘活闲置资源…, 棉竹镇 2023).
MEANS_LEADS = ("通过", "依托", "借助", "依靠")
# 并 right after a count joins a second verb to the first (新改造城镇老旧小区230个并实现物业管理全覆盖, 常德 2021): what
# follows is that verb's, never the noun counted.
JOINED_VERB_LEADS = ("并实现", "并完成", "并投入", "并投用", "并全部", "并同步", "并建成", "并纳入")

# A count of times something was held (次, 场次): what follows the last 开展 before it is the event, the words
# before say who held it and where (街道班子成员带头到挂点社区开展党的二十大精神宣讲12场次, 开元街道 2023; 深入企业开展
# 惠企政策精准解读20余次, 漳浒寨街道 2024; 组织镇党委班子开展党纪学习教育研讨交流6次, 小沙江镇 2025).
# 举办 and 举行 hold an event as 开展 does (举办招聘活动161场, 北海 2024; 举办促消费活动400场, 温州 2024); 组织 and 策划 do
# only where a name opens with them (组织促消费活动1300场次, 赤峰 2023; 策划促消费活动200场, 洛阳 2023): 党组织 is a noun.
TIMES_UNITS = frozenset(("次", "场次", "场", "期", "轮", "批次", "人次"))
HOLD_VERBS = ("开展", "举办", "举行")
HOLD_LEADS = ("组织", "策划")

# Words stripped from the end of an indicator (copulas, comparisons, verbs of change).
_TRAIL_WORDS = (
    "比上年同期", "较上年同期", "较去年同期", "比去年同期", "比上年", "比去年", "较上年", "较去年", "同比", "同期", "环比",
    "同口径", "可比口径",  # 一般公共预算收入同口径增长12%左右 (赣州 2023, 三亚 2023, 涪城区 2019): on a comparable basis
    "年均", "平均", "分别", "各", "均", "都", "为", "达到", "达", "至", "到", "在", "控制在", "保持在", "稳定在", "稳在",
    "维持在", "保持", "稳定", "维持", "控制", "增长", "增加", "提高", "提升", "下降", "降低", "减少", "上涨",
    "上升", "回落", "压减", "压降", "缩减", "削减", "压缩", "缩短", "超过", "超", "过", "突破", "约", "大约", "近", "接近",
    "不低于", "不少于", "至少", "不超过", "不高于", "低于", "高于", "共计", "共", "累计", "合计", "总计", "实现", "完成",
    "拟按", "按", "安排", "拟", "计划", "预计", "预估", "力争", "确保", "争取", "新增加", "了", "是", "有", "全年",
    "的", "等", "逾", "已", "已经", "一共", "全部", "全都", "首次", "再次", "增收", "减收", "增支", "减支", "增产", "减产", "实际", "名义", "历史性", "从", "由", "增至", "增加到", "提高到", "提升到", "提高至", "提升至",
    "多", "少", "降至", "降到", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "增长到", "增长至", "扩大到", "扩大至",
    "缩小", "缩小到", "缩小至", "缩小为", "翻", "翻了", "递增", "递减",
    "调整为", "调整到", "调整至", "调增", "调减",  # a budget adjusted (调整为82513.70万元, 调增2960.79万元): the change, no name
    "收窄", "收窄到", "收窄至",  # 固定资产投资降幅预计收窄到-5% (四平 2025): the fall's rate narrowed to a value, 降幅 names it
    "将",  # 支出规模将首次达到30万亿元: the future tense, not the name
    "要",  # 今年一般性公务支出要再削减5%以上 (嘉兴 2019): the modal of a task, not the name
    "比增",  # 财政总收入11亿元,比增7% (鸿山镇 2021; a county's 生产总值33.74亿元,比增9.2%): 比上年增长, shortened
    "同比增", "可比增", "环比增",  # 税收收入可比增3%, …税收收入同比增3% (梅陇镇2025年工作要点): 同比增长, shortened
    "继续", "持续", "仍", "仍然", "依然", "始终",  # 粮食产量继续保持500亿斤以上: how it goes on, not the name
    # 贡献率一直保持在30%左右, 参保率已提前达到95% (经济日报 2025-07-10; 新华视点 2025-03-05): how long, how soon
    "一直", "已提前",
    "总体",  # 设施农业、畜牧养殖…和农产品初加工机械化率总体达到50%以上 (“十四五”全国农业机械化发展规划): taken together
    "再",  # 单位地区生产总值能耗再降低3%, 城镇调查失业率再降到5%以内: once more, not the name
    "跃上", "迈上", "站上", "跨上", "跨过", "跨越",  # 跃上千亿元新台阶 (肥西 2021), 跨上5万亿元台阶 (安徽 2025): reached, no name
    "有望",  # 经济总量有望突破千亿元大关 (丹东 2025): a forecast, not the name
    "高达", "多达", "长达",  # 总投资额高达4500万元 (澄江镇 签约 news): how big, not the name
    "先后",  # 经济总量先后跨越4000亿元、5000亿元两个大台阶 (襄阳 2022): one after the other, not the name
    # 一产、二产、三产全面正增长,分别增长5.4%、1.1%、0.5% (茂名 2021): all of them grew, no part of the name
    "全面正增长", "实现正增长", "正增长", "全面增长",
    "预计可",  # 产量预计可达15935吨 (连州镇 2025), 年产值预计可达…: the forecast and its 可, not the name
    # how it moved (市场主体逆势增长20%, 洛阳 2023; 进出口总额逆势增长15%, 乌兰察布 2023; 城市集中供热率大幅提升26个百分点;
    # 首位度进一步提升, 贵阳 2024; 经济总量连续迈上4万亿、5万亿两个台阶; year after year: 粮食总产连年稳定在百亿斤以上,
    # 阜阳 2021; 粮食产量连年保持在50亿斤以上, 黄冈 2021, 2022; 生产安全事故宗数逐年下降, 惠州 2022) and 双双 (both, as 均): no
    # part of the name
    "逆势", "大幅", "进一步", "连续", "连年", "逐年", "双双",
    "预期",  # 地区生产总值预期增长6%,实际增长5.2%: the expectation, not the name
    # how a growth is measured (按可比口径, 可比, (下同)), and 发展到 (grew to): no part of the name
    "按可比口径", "按可比口径计算", "按可比价格计算", "按可比价计算", "可比", "(下同)", "（下同）", "发展到", "发展至",
)

# Verbs of reaching a level (X迈上千亿台阶): a name that ends with one and its 台阶 is the name before it.
STEP_VERBS = ("迈上", "跃上", "站上", "登上")

TRAIL_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _TRAIL_WORDS), key=len, reverse=True)) + r")\s*$")

TRAIL_BY_LAST: dict[str, tuple[str, ...]] = {}

for _w in sorted(set(_TRAIL_WORDS), key=len, reverse=True):
    TRAIL_BY_LAST[_w[-1]] = TRAIL_BY_LAST.get(_w[-1], ()) + (_w,)

# 增支/减支 are a budget's spending up or down, as 增收/减收 its revenue (比上年减支9240万元, 大姚县 2024年4月财政收支;
# 比2017年增支8807万元, 汕尾市2018年市级决算); 调增/调减 a budget raised or cut when adjusted (调增2960.79万元)
GROWTH_WORDS = {"比增", "同比增", "可比增", "环比增", "递增", "递减", "增", "增收", "减收", "增支", "减支", "调增", "调减", "增产", "减产", "缩短", "压缩", "多", "少", "增长", "增加", "提高", "提升", "下降", "降低", "减少", "上涨", "上升", "回落", "压减", "压降", "缩减", "削减"}

# A rate of change that ends an indicator table's row name: 地区生产总值年均增长率(%), 营业收入年均增速(%),
# 建设用地使用面积下降率(%) (南京、苏州“十五五”规划纲要 主要指标): a growth of the name before it, its word said.
RATE_OF_CHANGE = {"增长率": "增长", "增速": "增长", "增幅": "增长", "下降率": "下降", "降低率": "降低"}

DISTRIBUTE = {"分别", "各", "均", "都", "双双"}
# The verbs of reaching an output between 分别 and the measure it gives out (预计分别实现营收500亿元、160亿元…: 宜宾 2023).
REACHING_VERBS = ("实现", "完成")

# Words whose last character is also a conjunction (涉及11781户 is not "涉 and …").
VERBS_ENDING_IN_CONJUNCTION = ("涉及", "惠及", "普及", "波及", "危及", "顾及", "参与", "给与", "饱和", "缓和")
# Words saying how a figure is given, after the measure (全社会固定资产投资绝对额19.4亿元, 服务业营业收入绝对额达到…:
# 未央宫街道 2022): no part of the measure, as the growth said next (同比增速) is the measure's.
FIGURE_FORMS = ("绝对额", "绝对值")
# A verb of work done after 未 (巡察反馈的697个问题,完成整改688个,…,未完成5个): the work not done, a name of its own.
DONE_VERBS_NEGATED = frozenset(("完成", "实现", "达到", "达标"))
# 人均 alone after a measure's total (地区生产总值…突破700亿元,人均超过6万元: 中卫 2022) is that measure per head.
PER_HEAD_ALONE = frozenset(("人均", "户均", "亩均"))
PER_UNIT = "户人亩村日"  # X均 is "per X" (户均增收), not the distributive 均, unless 各/每 comes first
# 增 alone after a measure is 增长 shortened (地区生产总值增5%左右, 梅陇镇2025年工作要点; 规上工业增加值增8%): stripped as a
# verb of change unless the character before makes it a word of its own (新增, 净增, 倍增, 年增, 每增, 猛增, 稳增; 亩增, 户增:
# a rise per unit, as PER_UNIT).
INCREASE_HEADS = frozenset("新净倍年每猛激大剧陡锐稳保促" + PER_UNIT)
# The verbs between a measure and the per-unit average it reaches (经营性收入实现村均10万元以上, 临沧 2023).
AVERAGE_REACH_VERBS = ("实现", "达到", "达")
# The verbs between a hedge and the value it gives the measure before (可比增3%,预计完成45.0亿元, 梅陇镇2025年工作要点).
HEDGED_VALUE_VERBS = ("完成", "实现", "达到", "达", "增长", "为")

# Words of change that say down; the other words of change say up.
DOWN_WORDS = {
    "减收", "减支", "调减", "减产", "少", "下降", "降低", "减少", "回落", "压减", "压降", "缩减", "削减", "压缩", "缩短", "缩小", "降至", "降到",
    "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "缩小到", "缩小至", "缩小为", "递减",
}
UP_WORDS = {
    "翻", "翻了", "比增", "同比增", "可比增", "环比增", "递增", "增", "增收", "增支", "调增", "增产", "多", "增长", "增加", "提高", "提升", "上涨", "上升", "增至", "增加到", "提高到", "提升到", "提高至",
    "提升至", "增长到", "增长至", "扩大到", "扩大至",
}
DOWN_NOUN_RE = re.compile(r"降幅$")
# A verb of reduction opening the words before a number: "压减地下水开采量0.3亿立方米".
# A verb of cutting before its object and a percentage (再压缩审批时限50%以上, 精简审批材料30%以上: 长治 2021): how much is
# cut, a growth downward, not a share of it.
CUT_VERBS = ("压缩", "压减", "精简", "削减", "缩减")
DOWN_LEAD_RE = re.compile(r"^(?:[^,;。]{0,4}?)(?:压减|压降|减少|降低|削减|压缩|下降)")
# A rate followed by the verb of growth ("规上工业增加值保持8%以上增长", "汽车产量继续保持40%以上增长", "实现10%的增长"):
# the rate is a growth, whatever verb (保持, 实现) came before it.
# How fast, between the rate and its verb, says a growth too (常德 2021 高新技术产业投资、民生工程投资保持40%以上高速增长).
GROWTH_AFTER = ("增长", "的增长", "的增速", "高速增长", "快速增长", "较快增长", "的高速增长", "的快速增长", "的较快增长")
THRESHOLD_WORDS = {"控制在", "保持在", "稳定在", "稳在", "维持在", "保持", "稳定", "维持", "控制", "不超过", "不高于", "低于"}

# A rate of growth as the subject (深圳、北京“十五五”规划纲要: 年均增速力争保持在5%以上, 服务贸易年均增速保持在5%左右):
# kept at a level it is still a growth; a 涨幅 kept (居民消费价格涨幅控制在3%左右) is a cap.
GROWTH_RATE_NOUNS = ("增速", "增长率")
GROWTH_NOUN_RE = re.compile(r"(?:增幅|增速|涨幅|降幅|增长率|增长)$")
GROWTH_NOUNS = ("增幅", "增速", "涨幅", "降幅", "增长率", "增长")  # the same words, for str tests
GROWTH_NOUN_LAST = "幅速率长\n"  # no GROWTH_NOUN_RE match unless the words end with one of these ($ also matches before a final \n)

BAD_RATE_RE = re.compile(r"失业率|赤字率|负债率|发生率|死亡率|事故|亡人|债务率|超标")

STATE_RATE_RE = re.compile(r"达标率|优良率|合格率|安全")

STATE_AFTER_RE = re.compile(r"(?<!水土)保持|稳定在|维持|绝对安全|安全|达标|不发生|零发生")

# Characters that end the name of a kind of livestock, crop or product (奶肉牛, 中药材, 小龙虾): a list's last item that
# has one just after as many characters as the item before it is a longer name (畜禽、奶肉牛饲养量, 甘州区 2026;
# 蔬菜、杂粮杂豆、中药材产业集群规模, 赤峰 2024): not 畜禽牛饲养量.
KIND_HEADS = frozenset("牛羊猪鸡鸭鹅禽鱼虾蟹菜果茶材药粮棉麻")
# The people a list of diseases is of (高血压、糖尿病患者规范管理率, 宝应 卫健 plan): each disease's patients, one tail.
PATIENT_HEADS = ("患者", "病人")

# Metric nouns that end an indicator; used to share a suffix across a list ("A和B参保率"). A compound metric
# is shared whole (上投集团、上饶银行资产总额; 受污染耕地、重点建设用地安全利用率: 上饶 2024); a 比例, a count
# in 数 (生产安全事故起数、死亡人数) and 接待游客 (接待游客、旅游收入均增长) end a measure as 比重 and 人次 do.
METRIC_END_RE = re.compile(
    r"(?:资产总额|利润总额|安全利用率|综合利用率|参保率|覆盖率|达标率|完成率|普及率|合格率|优良率|满意率|入学率|利用率|处理率|回收率|受益率|知晓率|"
    r"贡献率|增长率|机械化率|化率|排放量|排放总量|增加值|总产值|产值|总值|收入|总额|增幅|增速|涨幅|面积|产量|浓度|比重|占比|"
    r"规模|投资|支出|税收|利润|人数|人次|户数|数量|价格|指数|总量|比例|起数|件数|次数|游客|率|额|量|值)$"
)

# The stages of growing a crop that a mechanization rate is of (马铃薯种植、收获机械化率: the crop's planting and harvest)
CROP_STAGES = ("耕整地", "种植", "播种", "栽植", "移栽", "收获", "植保", "烘干", "机耕", "机播", "机收")

# Words that only say how something moves (持续上扬, 稳步增长): a predicate, never the name of a measure.
PREDICATE_RE = re.compile(
    r"(?:仍然|依然|继续|持续|稳步|不断|大幅|快速|逐步|明显|显著|进一步)+"
    r"(?:上扬|上升|增长|提升|攀升|回升|走高|下降|下滑|回落|提高|增加)"
)
PREDICATE_LAST = "扬升长高降滑落加"  # every PREDICATE_RE match ends with one of these
# 继 before a year opens a milestone passed (继2021年迈过4000亿元台阶后,突破5000亿元大关: 鄂尔多斯 2023): what follows its
# 后 is of the report's own year.
MILESTONE_OPEN = "继"
# A year closing a name ("规上工业产值继2023年突破60亿大关之后"): the time of the words, not the measure.
# 森林覆盖率2020年要达到23.2%,2025年要达到24.1%, 到2025年要达到 (a review of the “十四五” 纲要's ecology targets):
# the year, and the 要 (must) after it, are no part of the name.
YEAR_TAIL_RE = re.compile(r"(?:继|自|在|于|从|到)?20\d\d年度?要?$")
# A share of the year's plan reached (占全年计划的67%, 完成年任务的78%; the plan named by who set it: 完成区计划的
# 158.93%, 完成镇人代会目标的54.4%): the progress of the quantity before it.
# The goal an amount with 以上 is the floor of, named right after it (确保完成…产量27.4万吨以上任务): no size class.
GOAL_AFTER_FLOOR = ("任务", "目标")
PROGRESS_RE = re.compile(r"(?:占|完成|达到?|为)(?:省|市|县|区|镇|(?:镇|区|县)?人代会)?(?:全年|本年度|全年度|年度|上半年|年)?(?:计划|目标|任务|目标任务|任务目标|预期目标|预计目标|(?:年初|调整)?预算)数?的?$")
# The marks an amount passes (突破50亿元大关, 迈过4000亿元台阶): no thing of their own after the amount.
MILESTONE_NOUNS = ("大关", "关口", "新台阶", "大台阶", "台阶", "门槛")
# The output nouns a clause names bare when the clause before named the crop or product: 确保粮食播种面积稳定在
# 334万亩、产量稳定在25.2亿斤以上 (the grain's output, not an output of nothing).
OUTPUT_NOUNS = frozenset(("总产量", "产量", "总产", "单产"))
# The spending a clause names bare after the projects counted before it: 工业项目50项,完成投资26.77亿元 (the
# industrial projects' investment; a 旗's investment news, oit365.com 2017-10-13).
PROJECT_SPENDING = frozenset(("投资", "完成投资", "总投资", "总投资额"))
# A bare count of projects (…等12个项目, …等13个项目建设) in a sentence about a sector names no sector itself; the
# words right after the sector's name that make it the sentence's topic (光伏产业以…为重点, 氢能产业集群围绕…, 现代物流业
# 积极支持…, 康养产业全方位融入…: 长治市 2021, 2023).
BARE_PROJECTS = frozenset(("项目", "项目建设"))
# The things counted whose spending a bare 完成投资 after them is (…等27个文化旅游项目建设,完成投资36亿元; 重点实施71项城建
# 工程,完成投资120亿元: 长治市 2021, 2022).
COUNTED_WORKS = ("项目", "项目建设", "工程")
SECTOR_TOPIC_WORDS = ("以", "围绕", "依托", "积极", "全方位", "大力", "聚焦")
# The share a list's last item ends with that is each item's own (所占: what each one takes of the whole):
# 新兴产业产值、高新技术产业产值所占比重分别提高到47.5%和44.8% (苏州 2015).
# 占比 too when the item before names an amount (工业投资、高新技术投资占比分别提高6.3和0.8个百分点: 遵义 2023; 工业投资、
# 基础设施投资占比分别提高到22.4%、32.7%: 中山 2022, 2023), but not a rate or a ratio of its own (RATE_ENDS).
OWN_SHARE_TAILS = ("所占比重", "所占比例", "所占份额", "占比")
RATE_ENDS = ("率", "比重", "比例", "占比", "强度", "指数")
# The sums a list's last item may close on that a 量 before it (游客接待量) is no part of: its own measure, no share
# of it (游客接待量、旅游收入分别超3850万人次、300亿元: 三明 2023; 非化石能源发电量、用电量占比: each one's share).
AMOUNT_MEASURES = ("收入", "总收入", "总额", "产值", "总产值", "增加值", "利润", "税收", "投资")
# A way a thing must move that closes its own clause in a list (推动“三公”经费只减不增、部门专项资金再压减10%, 东莞 2026;
# 确保粮食播种面积只增不减、产量稳增不降): the thing is told already, not one more name for the value after it.
SETTLED_MOVES = ("只减不增", "只增不减", "稳增不降", "有增无减", "只升不降", "只降不升")
# The characters of an amount written in a name (50亿—100亿元企业, 百亿元企业) and the words that put a class over it (超, 过):
# a class written without its measure in a list (南宁 2025: 新增产值超200亿元工业企业1家、60亿元企业2家) takes the one before.
AMOUNT_CHARS = "0123456789.十百千万亿—-"
CLASS_OVER_WORDS = ("超过", "超", "过")
# The measures a clause names bare after a sentence opened by its sector (服务业量质齐升,实现增加值6305亿元, 苏州 2015;
# 畜牧业健康发展,实现产值27.5亿元, 浚县 2013): the sector's.
SECTOR_MEASURES = frozenset(("增加值", "产值", "总产值", "规上产值", "营业收入", "营收", "主营业务收入"))
# The same measures in the order a list's last item is searched for its own (总产值 before 产值).
OUTPUT_MEASURES = ("总产值", "增加值", "营业收入", "产值", "营收")
# The verbs of growing a sector that open a sentence about it (做大做强光伏新能源产业,…,力争营业收入突破1900亿元:
# 上饶 2024), as 'X产业要…' does; 改造提升 grows an old one (南充 2022 改造提升丝纺服装等传统产业,力争规上产值突破370亿元);
# two may stand paired (做大做精化工产业,实现营业收入400亿元以上; 重振电池及新能源产业,…: 新乡 2023).
SECTOR_GROWING_VERBS = ("做大做强", "做强做优", "做优做强", "做精做强", "发展壮大", "改造提升", "做大", "做强", "做优", "做精",
                        "壮大", "拉长", "升级", "重振", "发展", "巩固", "提升")
# The adverbs before such a verb (持续壮大食品饮料产业,…,确保实现营业收入1750亿元; 加快发展锂电产业: 宜宾 2021, 2023).
SECTOR_VERB_ADVERBS = ("持续", "加快", "大力", "着力", "全力", "积极")
# Verbs that make a first clause ending in 产业 a task, not the industry's name standing as the sentence's label
# (推动传统产业,…; 动力电池产业,建成…: a label, 宜宾 2022).
SECTOR_LABEL_VERBS = ("推动", "推进", "培育", "打造", "支持", "加快", "发展", "壮大", "提升", "做大", "做强", "巩固", "改造",
                      "引进", "建设", "优化", "聚焦")
# Words ending in 业 that name people or firms, not a sector, before 要 (企业要…, 就业要…): no topic of a measure.
NOT_SECTORS = ("企业", "就业", "创业", "毕业", "作业", "专业")
# The measure nouns an indicator ends with after its crop or product (粮食|播种面积; 播面 its short form, 南充 2021 and
# 2023 确保粮食播面稳定在840万亩以上、总产量稳定在310万吨以上), longest first: words,
# not a regex (an alternation of Han words costs ~1 M instructions to compile at every start).
MEASURE_TAILS = ("播种面积", "种植面积", "总产量", "面积", "播面", "产量", "总产", "单产", "产值", "产能")
GENERIC_INDICATOR_RE = re.compile(r"^(?:完成率|增幅|增速|涨幅|降幅|增长率|占比|比重|强度|总额|总量|总数|规模|面积|金额|比例)$")

# The mark an amount passes, after it (突破千亿大关, 迈上百亿新台阶): no noun of it.
# What a sum fulfilled, after 完成 (超额完成年度投资计划, 云浮 2021): no thing it was spent on.
PLAN_DONE_ENDS = ("计划", "任务", "目标")
# Action verbs at the start of a counted phrase after a sum ("投资600万元打造…").
OBJECT_VERB_RE = re.compile(
    r"^(?:的|用于|打造|建设|新建|改建|扩建|实施|推进|抓好|完成|提升|改造|开展|建成|启动|实现|推动|加快|用来|对)"
    r"|^.{0,4}?(?:实施|建设|打造|推进|完成)"
)

# The subjects of forecasts of facts, never targets ("高校毕业生预计1179万人").
FACT_SUBJECT_RE = re.compile(r"毕业生|离退休|退休人员|新增劳动力|出生人口|常住人口|户籍人口|考生|适龄|到期|在职|编制|实有人数|老年人|老龄人口")

# The population a ratio is per (每千常住人口执业(助理)医师, 每万常住人口全科医生): no fact about people or the place.
PER_CAPITA = ("每千", "每万", "每百", "每十万")

# What is done for the people a fact counts makes it a target: graduates who find work or start a firm (洛阳 2022
# 高校毕业生留洛就业创业1万人以上, 衡水 2024 高校毕业生实现返衡就业创业) are an outcome, not a headcount, and so are
# graduates drawn to the city or staying in it (盐城 2021 and 2023 引进高校毕业生2万人以上, 东营 2021 新引进…高校毕业生
# 1.7万人以上, 贵阳 2024 新增高校毕业生留筑10万人).
# A sentence opened by an aim (力争2026年中心城区建成区面积达200平方公里、常住人口达200万人, 南充 2022): the people
# counted after it are a goal of the place's growth, not a fact foretold.
AIM_HEDGES = ("力争", "确保")
ACTION_RE = re.compile(r"帮扶|促进|帮助|吸纳|培训|安置|扶持|服务|招聘|招录|就业|实现|完成|引导|带动|资助|转移|引进|吸引|招引|毕业生留")

# A sentence about one project, in the news of its signing ("据了解,该项目由…投资1亿元,用地30亩", "该项目利用…闲置土地
# …,流转土地2500亩"): what the project is, no aim of the place's. The leads a news item's sentence may open with first.
THIS_PROJECT = ("该项目",)
# A sentence that opens by saying what a project is (这是今年黑龙江省最大规模涝区工程项目,治理长度243.78公里, 肇州县 2024):
# its first clause, ending on the work's noun, introduces it; its 今年 dates the ranking, no aim.
THIS_IS = ("这是", "这也是")
WORK_NOUNS = ("项目", "工程")
# A sentence that opens with a work finished (项目投产后,年发电量约54.4亿千瓦时, 乌拉特中旗 2024; 项目建成达产后,预计可实现
# 年销售收入12亿元, 肇州县 2024; “学校建成后有36个教学班, 沙坡头区 2024): what the work will give, no aim of the place's.
FINISHED_WORK = ("建成", "投产", "达产", "投运", "竣工")
# The clause after a work's size says the work is done (对…478盏路灯进行刷漆出新,该项目已于3月完成, 东北塘街道 民生实事
# 进展 2025): the size is a result. Not 已开工 or 已完成投资…: a work begun, or a part of it done.
# A state of the things counted, closing their clause (…等70个项目冬季不停工, 宁夏 项目 news 2025): what they did, a result.
# So does a completion said without an aim (邓家巷、箕星巷等10个危旧房改造项目顺利完成, 通川区 人代会 news, 川观新闻 2025-02-24;
# 42项为民办实事项目顺利办结, 同安区 人代会 news, 台海网 2025-12-25).
STATE_AFTER_COUNT = ("不停工", "不停产", "不停业", "不打烊", "顺利完成", "顺利办结", "圆满完成")
DONE_WORK_LEADS = ("该项目已", "该工程已", "项目已", "工程已")
DONE_WORK_ENDS = ("完成", "完工", "建成", "竣工", "投用", "投运", "通车")
# Verbs done for people, what for named after the count (解决13.8万人生活用水困难, 帮助2000名农民工就业): verb and need;
# and verbs that take people, who are named after the count (选拔1名优秀村党支部书记, 小沙江镇 2025; 选派30名干部).
PEOPLE_VERBS = frozenset(("解决", "帮助", "帮扶", "救助", "安置", "转移",
                          "选派", "选拔", "选聘", "招聘", "招录", "培训", "培养", "吸纳", "吸引", "慰问", "表彰", "资助",
                          "柔性引进", "全职引进"))  # 柔性引进100名国内一流医疗专家 (嘉兴 2021): how they come, and who
# A kind after 等 that names nothing without its examples (开展送戏下乡、文化演出等活动800余场次): the list stays the name.
BARE_KINDS = ("活动",)
# The groups whose research institutes go by a number (兵器集团207所, 长治 2023; 航天510所, 兰州 2024): a number and 所
# right after one of them names an institute, it counts no schools.
INSTITUTE_OWNERS = ("集团", "航天", "航空", "电科", "科工", "兵器", "中核", "中船", "船舶")
# What 所 counts (学校, 幼儿园, 医院, 大学, 场馆, 卫生站, 诊室, 中学, 托育所, 普高, 村小, 机构): a number and 所 before
# words with none of them, up to the next mark, names an institute by what it makes (肥乡区718所电子气体二期, 邯郸 2022;
# 712所氢氧燃料电池, 黄冈 2021).
SUO_COUNTED = "校园院学馆站室中所高小构"
# What a count of schools is said to do or be right after 所 (其中5所建成投运, 由2所增加到12所, 3所全部达标).
SUO_DEEDS = DONE_WORK_ENDS + LEVEL_REACHED + ("增加", "减少", "全部", "均", "已", "将", "正在", "实现", "通过", "获",
                                              "入选", "列入", "纳入", "被", "开工", "投入", "达")
COMPANY_WORDS = ("公司", "集团")  # a company's project named in news of a signing (…有限公司年产200万套锂电池项目)
NEWS_LEADS = ("据了解,", "据悉,", "据介绍,")  # the body is read with half-width punctuation
# Before a quantity: the project is described, not committed to (推进总投资13亿元的…).
# A count's sum told between it and its noun (推进37个、总投资64.93亿元的数字经济项目, 平潭 2024; 谋划推进105个、计划总投资
# 1055.54亿元的市重点预备项目, 云浮 2023): the noun after 的 is what was counted.
SUM_AFTER_COUNT = ("总投资", "计划总投资")
TOTAL_INVEST_RE = re.compile(r"总投资(?:额)?(?:预计)?(?:约|达到?|超过?|近|逾)?$")  # 该项目总投资预计300余万元
# A pool of projects whose total investment is a plan's aim, not one project's size (储备项目总投资额达到3万亿元以上: 鄂尔多斯
# 2025); each the same length, for one fullmatch after it.
PROJECT_POOLS = ("储备项目", "项目储备", "签约项目")
# The state that makes projects a pool, said just before 项目 (新策划储备项目, 在建产业项目, 新签约和在谈项目, 入库项目: 漳州
# 2023): their total investment is the pool's sum, an aim, as the reserve's is.
POOL_STATES = ("储备", "签约", "在谈", "在建", "入库", "策划")

INVEST_RE = re.compile(r"投资(?:约|达|超|近|逾)?$")
# A total of the year's (计划实施项目1466个,年度计划总投资约2000亿元: 芜湖 2022) is the year's planned investment, no project's.
YEAR_WHOLE = ("年度", "全年")
# The base a figure grows from, said after its name (人均地区生产总值在2020年基础上翻一番, 深圳; 居民人均收入在2010年的基础上
# 实现翻番, 黄冈 2021; 城乡居民人均可支配收入将在2020年基础上实现翻一番, 淮安 2021): no part of the name.
BASE_AFTER_NAME = "基础上"
BASE_OPEN = "在"
BASE_FUTURE = "将"
# The year's investment (完成年度投资1470亿元, 淮安 2023; 确保完成年度投资1350亿元, 淮安 2022; 完成年度投资260亿元, 温州
# 2024) is the quota of the projects counted before it: the clause after it (加快建设A、B等项目) is another task.
YEAR_INVEST = ("年度投资",)
# Things merged into fewer (将市属29家国企整合重组为9家, 芜湖 2021; 14家市属国企整合为6家大型集团, 惠州 2022): the count before
# the verb is where the change starts; the one after 为 (a digit or one of these numerals) is where it ends.
MERGE_VERBS = ("整合", "合并", "重组", "撤并", "归并")
NUMERAL_FIRST = "一二两三四五六七八九十"

COMMIT_BEFORE_INVEST_RE = re.compile(r"完成|实现|落实|新增|累计|计划|拟|安排")

# the lookbehind checks the character before 从/由; starts listed (分别从20.1/10万、8.1‰、10.7‰降至…) may take 16 each,
# their years with them (由960/10万(1990年)、820/10万(2000年)下降到…)
FROM_BEFORE_RE = re.compile(r"[从由](?<![自理缘经来].)(?:[^,;、]{0,16}、){0,3}[^,;]{0,12}$")

# 分别 before the verb when one start changes into several ends: 由2300元分别提高到5000元、6000元; 统一 when several starts
# change into one end, the starts joined by 和 or 、: 由每人每月1800元和1500元统一提高到2200元 (西安 2025).
# 调整为 is a budget's change to its new amount (由年初预算79552.91万元调整为82513.70万元, 板芙镇2022年预算调整方案).
CHANGE_AFTER_RE = re.compile(
    r"(?:[(（]\d{4}年[)）])?(?:[和、][\d.]+(?:/10万|[^\d,，;；、]){0,4}?(?:[(（]\d{4}年[)）])?)*(?:(?:分别|统一)?(?:提高|增加|增长|提升|下降|降低|减少|扩大|压缩|缩减|缩小|增|降|升|调整)(?:到|至)|调整为)"
)

YEAR_NOTE_RE = re.compile(r"[(（](?:19|20)\d\d年[)）]")  # a number's year in brackets after it: 820/10万(2000年)

FROM_CUT_RE = re.compile(r"[从由](?<![自理缘经来].)(?=[^,;]*[\d年])[^,;]*$")

# The fields a 在…等 phrase names where the work is done (在畜牧精深加工、电子元器件制造等领域新招引产业项目): a scope, no
# part of the name of what is done there.
SCOPE_FIELDS = ("领域", "方面", "行业")
# The place a 在… phrase names where the work is done (在孤家子村接着栽植山榛子, 九台 2025; 在城关镇党群服务中心设立政务公开
# 专区, 巫山 2023; 在各类媒体发布文章, 君山 2024), closed by its kind of place and a word of position (平台上, 中心内): no
# part of the name of what is done there. 在建, 在谈项目: a state of the thing, no place.
# A list item that names a thing of its own (…业, …园, …区, a 基地, a 中心, 农产品) takes no 产业… tail from the last item:
# 农业产业化龙头企业、优质农产品标准化示范基地、农产品初加工中心、“三品一标”农产品和“一村一品”特色产业示范村分别新增
# 20个以上 (南平 2019) counts bases, centres and products, not 产业示范村; 半导体、新能源产业集群营收 (东莞 2025) shares it.
OWN_THING_ENDS = ("业", "园", "区", "基地", "中心", "农产品")
PLACE_CLOSERS = ("村", "镇", "乡", "街道", "社区", "场所", "高校", "学校", "媒体", "平台", "中心", "区域", "园区", "沿线",
                 "周边", "南侧", "北侧", "东侧", "西侧", "两侧")
PLACE_POSITIONS = ("上", "中", "内", "里")
IN_STATE_WORDS = ("在建", "在谈", "在库", "在编", "在用", "在职", "在岗", "在线", "在册", "在营", "在途", "在研", "在运",
                  "在售", "在产", "在校", "在园")
# A frame that closes on the task or goal it names ("围绕全年新招引亿元以上项目9个,新开工亿元项目7个任务目标",
# "围绕21个整洁村、5个集聚提升村、5个美丽宜居村建设任务"): the numbers inside are the goal's, aims even in a report.
# 锚定 frames as 聚焦 does (锚定数字经济、新能源…等13个产业链精准招商, 芜湖 2021).
GOAL_FRAMES = ("围绕", "紧扣", "紧盯", "聚焦", "锚定")
GOAL_FRAME_ENDS = ("任务", "目标")
GOAL_FRAME_NAME_ENDS = ("建设任务", "任务目标", "目标任务", "任务", "目标")  # the frame's close, no part of a name
FRAMING_RE = re.compile(r"(?:围绕|聚焦|紧扣|紧盯|按照|依托|针对|通过|借助|分为|分成|分)(?:全[市县区镇乡旗]|[省市县区镇乡旗]委)?$")
FRAMING_LAST = "绕焦扣盯照托对过助为成分市县区镇乡委\n"  # no FRAMING_RE match unless the words end with one of these ($ also matches before a final \n)

# A count whose clause ends with the work it counts (重点抓好七项工作:…, 德州 2013) announces an outline, as 方面 does.
WORK_ITEMS = ("工作", "重点工作")
# What a count of the work's outline is of: 做好6个方面工作, 紧扣“…”和“…”两条主线 (云浮 2022, 2023).
OUTLINE_NOUNS = ("方面", "主线")
# A count whose clause a colon closes before the first item of a list (重点提升五种能力:一是…; 把握好三个战略基点:一是…)
# counts the list's items: the outline, as 方面 is.
OUTLINE_OPENERS = (":一是", ":一、", ":(一)", ":第一")
RED_LINE_RE = re.compile(r"红线|底线")  # after up to 8 Han characters opening the words

# The levels of government a list names bare, before what each one creates (创建国家、自治区现代农牧业产业园各1个, 赤峰
# 2025): the longest first, so that 自治区 is one level, not 自治 and 区.
GOVERNMENT_LEVELS = ("自治区", "国家", "全国", "省", "市", "县", "区", "镇", "乡")
# The parts of a place a measure is taken in, longest first (中心城区、县城环境空气质量优良率: the rate of each area).
AREA_WORDS = ("中心城区", "中心城市", "县城区", "主城区", "城区", "县城", "市区", "城市", "城镇", "乡镇", "农村", "乡村")
# The levels of government a 、 may list before the noun they share (543个省、市重点项目, 佛山 2025; 市、县两级): one name.
LEVEL_CHARS = frozenset("省市县区乡镇")
LEVEL_ENDS = ("级", "级以上")  # a name of 1-3 Han characters and one of these is a level only (省级以上)

AMOUNT_NOUN_RE = re.compile(r"投资|资金|收入|产值|销售|营收|税收|利润|支出|贷款|融资|规模|总额")

CURRENT_RE = re.compile(r"(?:现行|目前|现有|当前|原有|原)$")
# After a count, the same words say the things counted are those there now (充分发挥…等98家现有产学研平台作用, 长治 2021).
CURRENT_AFTER_COUNT = ("现有", "原有")
# 巩固 (consolidate) opening the clause before a count takes things there already (巩固提升环罗浮山等13条乡村振兴
# 综合示范带, 惠州 2022; 巩固157处易涝点整治成果, 东莞 2026): the stock, no number to reach. Up to two characters of
# manner may come first (持续巩固提升).
CONSOLIDATE = "巩固"
# 用好 (make good use of) right before a count or an amount takes what is there already: 办好用好7家“县区第二人民
# 医院” (惠州 2022), 用好100亿元的产业投资发展母基金 (惠州 2023), 应用好3046套智能监控设备 (佳木斯 2023).
USE_WELL = "用好"

# (市辖区) closing a gloss names the scope of a figure (居民消费价格指数(市辖区)控制在103左右: 漳州 2024), no fact of it.
PLACE_FACT_RE = re.compile(
    r"下辖|辖区内?有|辖(?!区[)）])|现有|共有|总面积|区域面积|辖区面积|国土面积|总人口|户籍人口|常住人口|距离|距(?<!差距)|海拔|位于|毗邻|占地"
    r"|可开发(?:规模|量|容量)|蕴藏量|探明储量"  # the resources it holds (风能可开发规模为7000万千瓦, 乌拉特中旗 2024)
)

FACT_UNITS = {"people", "area", "length", "count", "number", "level", "power", "mass"}

SCOPE_RE = re.compile(r"全[市县区镇乡旗省国](?:所有|的)?$")

# The places a work covers, counted after 涉及 (…面积6.02万亩,涉及5个乡镇14个村, 永宁县 2024; 小农水项目县工程,涉及6个村,
# 干汊河镇 2016; 开工建设涉及9个村的农田水利治理工程, 魏庄镇 2018): its scope, no count to reach.
PLACE_NOUNS = ("乡镇", "镇", "乡", "村", "行政村", "自然村", "社区", "街道")
INVOLVES_RE = re.compile(r"涉及(?:\d+个[^\W\d_]{0,4}?(?:乡镇|镇|乡|村|社区|街道)[、和及]?)*\d*$")
PLACES_AFTER_RE = re.compile(r"(?:县|市|区|镇|乡|街道|行政村|自然村|村|社区)(?:[(（][^)）]{0,8}[)）])?(?:全部|均|都|全面|实现)")

# A count of places followed by what they add up to ("43个行政村村集体经济总收入达7526万元"), or by their average
# ("全镇6个村(社区)集体经济年收入平均达20万元以上", 棉竹镇 2023, even above a floor): a scope.
PLACES_TOTAL_AFTER_RE = re.compile(
    r"(?:行政村|自然村|村|社区|乡镇|镇|街道|县|区)(?:[(（][^)）]{0,8}[)）])?[^\W\d_]{0,14}?"
    r"(?:平均[^\W\d_]{0,2}\d|(?<!超)(?<!超过)(?<!突破)(?<!不低于)(?<!不少于)\d[\d.]*[万亿千百]*元(?!以上))"
)
PLACES_TOTAL_FIRST = "行自村社乡镇街县区"  # every PLACES_TOTAL_AFTER_RE match opens with one of these
# The sites counted all to meet a standard ("确保13个国省考核断面、63个入河排污口水质全部达标", 邯郸 2022; "确保18个国省考
# 断面全部达标", "确保12个国省考核断面全面达标"): the words before 达标 end with one of these, the count is the aim's scope.
ALL_MEET = ("全部", "全面", "均", "全部稳定", "全面稳定", "均稳定")
# A count of parks or industries followed by their output or its growth ("5个省级产业园规模以上工业增加值增长9%", 云浮 2022;
# "四个传统产业产值达到3000亿元", 昆明 2025; "三个开发区总产值突破1200亿元", 石嘴山 2021): the set measured. 突破/超 after
# a bare 产值 may be each one's floor (43个重点产品产值突破200亿元), so only a 总产值 takes them.
SET_OUTPUT_RE = re.compile(
    r"[^\W\d_]{0,12}?(?:园区?|开发区|产业)(?:实现|完成|新增)?(?:规上|规模以上)?(?:工业)?"
    r"(?:(?:产值|增加值)(?:增长|达到?|实现)?|总产值(?:增长|达到?|实现|突破|超过?)?)\d"
)

# (and the firms a service reaches: 让全市125万市场主体获得…政策服务, 南通 2024; 释放11.6万市场主体的潜力, 东城区 news)
PEOPLE_AFTER_RE = re.compile(r"群众|人口|居民|市民|农民|人民|老人|学生|游客|党员|职工|村民|市场主体")
# after a place's name (600多万惠州人民, 300多万云浮人民, 775万江海儿女): the people who live there
PLACES_PEOPLE = ("人民", "儿女")
# The people at a meeting, in its news ("共计130余人参加会议", "近110人参加了本次会议"): how many came, no aim. Training
# or events people are brought to (组织1000名农民参加技能培训) stay counts of the work.
ATTEND_AFTER_RE = re.compile(r"(?:参加了?|出席了?)(?:本次|此次|这次)?(?:会议|大会)|参会|与会")
# The same people counted after the word for their coming, in the news of a congress ("大会应到代表103名,实到93名",
# "出席人大代表62名,列席人员10名", "因病因事请假9名", "出席大会的259名市人大代表", "应出席会议的十四届人大代表367人"),
# and of a province's congress, its sitting named ("出席开幕会的代表635人", "出席开幕大会的代表898名",
# "出席本次全体会议的代表707人"), and those present named so before them ("与会的70名人大代表", "参会的120名党员"): who
# came, no aim.
ATTEND_BEFORE_RE = re.compile(
    r"(?:应到|实到|出席|列席|请假|缺席|与会|参会)(?:本次|此次|开幕|闭幕)?(?:全体)?(?:会议|大会|会)?的?(?:[一二三四五六七八九十]+届)?"
    r"(?:[镇乡县区市]?人大)?(?:代表|人员|委员)?$"
)
# The deputies counted in the news of a congress (its title names 代表大会): "全镇71名镇人大代表和44名列席代表出席会议",
# "来自全镇各条战线的65名人大代表以饱满的政治热情…", "邀请全镇47名人大代表为…建言献策", "132名正式代表出席会议": who
# sat, no aim.
DEPUTIES_AFTER_RE = re.compile(r"(?:[镇乡县区市]?人大|列席|党|正式)?代表(?![团处性作])")
# A sentence opening on the meeting the sentence before named ("会上,山福镇47名正式代表参与讨论并票选出…").
AT_THE_MEETING = ("会上", "会议上", "大会上")
# The reports a congress hears, counted ("对三个报告的内容进行了分组讨论", "分组讨论三个工作报告"): its agenda, no aim.
# A congress's elections and votes (选举产生…副镇长两名, 票决产生…民生实事项目2项, 补选出了39名乡、镇长, 提请各位代表
# 投票确定20项): what it decided, no aim. 换届选举 alone names the villages' elections a plan may count (完成换届选举村23个).
ELECTED_VERBS = ("选举产生", "票决产生", "补选", "选举出", "票决出", "投票确定")
# The leaders of the places counted, all chosen (24个乡镇的党委、人大、政府的领导成员已经全部产生): the close of a
# round of congresses, no aim.
LEADERS_MADE = ("全部产生", "全部选举产生", "已经产生")
# What a move in a ranking is counted in (前进两个位次, 上升3个名次): places in a ranking, no things made or done.
RANK_STEPS = ("位次", "名次")
# A building counted in 幢/栋 with a side of it after (新南社区5幢北侧, 阳光家园1-76幢周边: 大新镇 2023 民生实事; 学生公寓1幢
# 南侧): the building's number in its estate, where the work is, no count of buildings.
BUILDING_UNITS = ("幢", "栋")
BUILDING_SIDES = ("东侧", "西侧", "南侧", "北侧", "周边", "东面", "西面", "南面", "北面", "之间", "旁边", "门前")
# People a leader leads out (带领镇村干部、保洁员130余人对…进行清扫, 率领…50人赴…): who took part, told in news;
# the first character after the count opens what they went to do (对, 参加, 开展, 深入, 前往, 到, 走访, 赴).
LEAD_VERBS = ("带领", "率领")
LED_TO_FIRST = "对参开深前到走赴"
# A yearly capacity right before a project's name (年产200万套锂电池项目, 年养殖10万只绍兴麻鸭及鸭产品深加工项目):
# the verbs of such a capacity; the amount names the project, the plan or news counts the project.
YEARLY_CAPACITY = ("年产", "年养殖", "年加工", "年处理", "年出栏", "年屠宰", "年生产", "年回收")
# A farm or a plant such a capacity names (年产3亿枚蛋鸡场, 年出栏3万只白鹅的现代化养殖场, 年产20万吨饲料加工厂).
PLANT_WORDS = ("养殖场", "鸡场", "猪场", "牛场", "羊场", "鸭场", "牧场", "加工厂", "饲料厂", "屠宰厂", "工厂", "车间", "基地")
REPORTS_AFTER_RE = re.compile(r"(?:工作)?报告(?!厅|会)")
# Who spoke for whom at it ("23个村(社区)党组织主要负责人表态发言", "12个村(社区)党总支书记作表态发言"): no aim either.
SPEAKERS_AFTER_RE = re.compile(r"[^,;。]{0,16}?作?表态发言")
# Who a project reaches, after the work it does ("…,受益群众5万人", "惠及17个乡镇(街道办)", "覆盖受益群众超过7.9万人"):
# the reach of a commitment, not one.
BENEFIT_ENDS = ("惠及", "受益", "受益群众", "受益人口", "受益人群", "受益居民", "受益农户")
# The year's list of practical matters counted ("办好15件重点民生实事", "十件民生实事项目正式出炉", "省定20项民生工程",
# "做好…等8个政府实事项目", "等10件土官镇2023年政府重点民生实事", "确定了10件2025年度民生实事项目"): the list, not a
# target; its owner and year may come between. 大事要事 is one report's name for its list ("全力办好十件大事要事", 南充 2022),
# 民心工程 河北's ("接续办好20项民心工程和10件民生实事", 邯郸 2021).
MATTERS_AFTER_RE = re.compile(r"(?:[^\W\d_]{0,6}?\d{4}年度?)?[^\W\d_]{0,4}?(?:民生(?:实事|工程)|民心工程|政府实事|大事要事)")
# The names of that list, in a progress report on it ("省政府民生实事共有12类45件53个事项", "十方面34项为民办实事项目").
DEEDS_NAMED = ("民生实事", "为民办实事", "民生工程")
# The plan's indicators counted ("年初下达的47项经济和社会发展指标中", "11项主要经济指标中", "提出3项指标"): how a plan's
# measures are grouped, not a count to reach.
INDICATORS_AFTER_RE = re.compile(r"[^\W\d_]{0,10}?指标")
# Campaigns and programmes counted ("2024—2027年重点开展9项专项行动", "实施全面深化改革12项提质行动",
# "实施居家社区养老服务提质等4项工程"): the shape of the work; 4个电网工程 or 工程12项 are works to build.
CAMPAIGNS_AFTER_RE = re.compile(r"(?:[^\W\d_]{0,4}?行动|工程)(?![^\W\d_])")

COMMIT_RE = re.compile(r"力争|确保|达到|新增|实现|完成|新建|建成|争取|计划|目标")

# A comparison and its base, then up to 6 Han characters to the end (比上年增长): the base word is the
# longest first, as the words after the longest are a part of the words after any shorter one. A five-year plan is such a
# base, its end or its five years (完成水利投资308亿元,较“十二五”翻一番: 黄冈 2021).
COMPARISON_BASE_RE = re.compile(
    r"(?:比|较|与|同)(?:上年同期|去年同期|上年年初|上年度|上一年|上年|去年|年初|20\d\d年|“?十[一二三四五六]五”?(?:期?末|时期)?)")
COMPARISON_LEVEL_RE = re.compile(
    r"(?:高于|超过|超出|快于|低于)(?:全[国省市州县旗区]、?)+(?:平均)?(?:水平|增速|增幅)?$"  # 超过全市增速0.4个百分点
)

# A margin over another place or a standard (比全省高1.18万元, 较全省平均水平高5.23个百分点, 低于省定指标0.55个百分点):
# words that open such a name, and the last words of one that opens with 比/较.
MARGIN_OPENERS = ("高于", "低于", "超过", "超出", "快于", "慢于")
MARGIN_LAST = ("高", "低", "高出", "低出", "多", "少", "快", "慢")

# The base of a comparison given as a value (比去年同期73.79亿元增加了1.54亿元, 较上年同期526499万元减支76067万元; the
# budget set at the year's start, 比年初预算的35620万元增加了14962万元): the words before it, and the change words that
# follow it; the value is the earlier period's or the plan's, not this one's result.
BASE_VALUE_BEFORE = ("比上年同期", "较上年同期", "比去年同期", "较去年同期", "比上年", "较上年", "比去年", "较去年",
                     "比年初预算的", "较年初预算的", "比年初预算", "较年初预算")
BASE_VALUE_AFTER = ("增加", "增长", "减少", "下降", "提高", "降低", "多", "少", "增收", "减收", "增支", "减支")

COMPARISON_LEFT_RE = re.compile(r"(?:比|较)(?:上年|去年|上一年|上年度|年初)")

# In a review, a number that names the year's target beside its result ("山西将GDP增长目标设定为9%左右",
# "预期增长6%,实际增长5.2%", "超额完成国家下达的110万人年度任务"): last year's target restated, not a result.
GOAL_LEFT_RE = re.compile(
    r"(?:目标|预期|计划|年度任务)(?:值|数)?(?:设定|确定|调整|定)?(?:为|是|在)?(?:增长|增速|增幅|低了|高了|低|高)?$"
)  # …比预期低了约2.9%, 比年初预期目标低9.5个百分点: the gap to the target, no result either
GOAL_LEFT_LAST = frozenset("标期划务值数定为是在长速幅了低高")  # the last characters GOAL_LEFT_RE can end on
# The investment planned for the year or for projects under way, beside what was done of it (年度计划投资9.6亿元,已…完成
# 投资6.72亿元, 开州区 2024; 实施项目18个,计划总投资7108万元,其中已开工4个, 永安镇 2022): the plan's figure, no result.
# Not 完成年度计划投资45.12亿元 (the planned sum done), nor projects signed (签约…项目79个、计划总投资339亿元): tested in rules.
PLANNED_INVEST_RE = re.compile(r"(?<!完成)(?<!完成年度)(?<!完成全年)(?:年度|全年)?计划(?:完成)?总?投资$")
GOAL_RIGHT_RE = re.compile(r"的?(?:(?:年度|全年)?(?:预期|计划)?目标|(?:年度|全年)任务)")  # not 401项任务全面完成: tasks done
# A higher office handing an amount down to us (省财政厅下达我街道新增债券额度3528万元, 石岐街道2022年预算调整方案;
# 自治区财政厅下达我区…新增政府一般债券资金6,000万元, 大武口区2024年预算调整方案): received, a fact the plan starts from.
# The figures reported to the congress earlier, a final account compares with (与县第十九届人民代表大会第五次会议报告的
# 执行数相比,全县一般公共预算收入增加34008万元, 渠县2024年财政总决算; 比向县人大报告数增加…): a revision, no growth.
REPORTED_FIGURES = ("报告的执行数", "报告的预算执行数", "报告的预计执行数", "报告数")
# A budget's change against its own plan of the year (比年初预算的35620万元增加了14962万元, 湟里镇2025年预算执行; 完成预算
# 49531万元的85.0%,短收7431万元, 甘谷县2024年财政决算): a revision too, not a year's growth. Not 较2022年预算增加 (the year
# before's budget: a growth).
BUDGET_COMPARED = ("比年初预算", "较年初预算", "比调整预算", "较调整预算", "比调整后预算", "较调整后预算", "比预算", "较预算")
BUDGET_GAPS = ("短收", "超收")  # revenue short of its budget, or over it
HANDED_DOWN = "下达我"
# …unless what is handed down is work to do (市政府下达我镇招商引资任务5亿元): a task, a target.
HANDED_DOWN_TASKS = ("任务", "目标", "指标")
# A task named before its size, then what was done of it (2025年粮食种植任务38089亩,已完成38492亩, 连州 2025 上半年):
# the task restated; the figure after 完成 is the result.
# Work after its count still going or yet to start (30座危桥正在加紧施工, 50公里的新国道工程也即将动工, 20万吨粮食储备库
# 即将建成): how the work stands, nothing done yet.
# A sentence opening with the state as of now (截至目前,黑龙江省肇州县2024年项目开复工率达97.5%, 中国改革报 2024-12-25):
# the year it names tells whose figure it is, not a year to reach it in; its own 将, 力争, 预计, 计划 still aim.
STATUS_NOW = ("截至目前", "截止目前", "截至当前", "截止当前", "截至今日", "截止今日")
UNDER_WAY = ("即将", "正在", "正全面", "正有序", "正加快", "正加紧", "正抓紧", "正积极", "正稳步", "正处于")
# …and in a plan, projects said to be in their early stage now (还有总投资1323亿元的19个重点项目正在前期推进, 东营 2020;
# 其余15个项目正在加快办理前期手续, 沙坡头区): how they stand, not a goal (即将, about to start, still looks ahead; work
# going on, 样板线正全面推进, is still the plan's).
UNDER_WAY_NOW = UNDER_WAY[1:]
EARLY_STAGE = "前期"
TASK_NAME_ENDS = ("任务", "任务数", "任务量")
DONE_OF_TASK = (",已完成", ",完成", ",实际完成", ",累计完成")

# A rate followed by 平均水平 is the average it is compared with ("高于省、市7.5%平均水平", "高于全市10%的平均增速"):
# another place's figure, not this one's.
BENCHMARK_AFTER_RE = re.compile(r"的?平均(?:水平|增速|增幅|值)")

META_TAIL_RE = re.compile(r"(?:的预期目标|的目标值|的目标|预期目标|目标值|目标)(?:定|设定|确定)?$")  # literal-led: scanned fast

ATTENTION_RE = re.compile(r"(?:关注|围绕|依托|聚焦|针对|紧盯|借助|利用|盘点)$")

# -- numbers inside names, slogans and words --------------------------------------------
# Chinese numerals: what follows them in slogans and set phrases ("两个确立", "八项规定"); a verb of urging after the
# count (突出两个加快, 落实四个坚持, 抓好两个落实) makes a slogan too, and so do the 短板 it is to make up (补齐四个短板),
# where a count names a thing. The 层次 (levels) a plan's aims are set in (力争实现三个层次的目标) count no work either, nor
# do the 两个市场、两种资源 a plan is to use (国内国际两个市场、两种资源) or 广东's 两个合作区 (横琴, 前海) it is to seize,
# the 特征 to grasp (把握两个特征) or the 关键 to hold to (紧扣…两个关键), a clause's last word, or the 三条控制线
# a land plan draws (生态保护红线、永久基本农田、城镇开发边界). A 制度 so counted is a named set of rules, as a 机制 is
# (服务企业和项目统筹推进三项制度: 曲靖 2022, 2023). The 大事 a report vows to see to are its slogan's (全力办好两件大事:
# 鄂尔多斯 2025; 统筹好发展和安全两件大事; 南充's 年度十件大事要事 2022, 2023), never things counted. 两个百年 is the two
# centenary goals, 两个一百年 said short (站在两个百年的历史交汇点, 荆州 2022; 放眼“两个百年”历史进程, 盐城 2022), not
# two century-old things (两个百年老街区).
CN_STOP_AFTER = re.compile(
    r"(?:确立|维护|加快|坚持|落实|短板|聚焦|意识|自信|代表|毫不动摇|大局|大事|百年(?=的|奋斗|目标|历史|交汇|[”,。])|会议|全会|党代会|代表大会|产业|规定|方面|层次|务必|全面|文明|制度|"
    r"市场、?两种资源|(?<=市场、两种)资源|(?<=市场两种)资源|(?<=两个)合作区|(?<=两个)市场|特征|关键(?=[,，。;；、:：])|"
    r"(?:宝贵|历史)经验|"  # 借力两个市场 (the home and world markets), 坚持十条宝贵经验 (the Party's ten): 漳州 2022
    r"战略|工程|行动|机制|体系|控制线|一|二|三|四|五|六|七|八|九|十|性|化|起来|倍增|轮驱动|"
    r"(?:、[一二三四五六七八九十]{1,3}[次中])+(?:全会|会议))"  # 区委十六届五次、六次全会, 省委十二届二次、三次、四次全会
)

# A rate named right before its floor, then 的 and what it classes (重点支持研发投入强度3%以上的企业, 鄂尔多斯 2023): the firms
# whose rate is so high, no share of them (推动20%以上的城市公园…, 东莞 2026, is one).
RATE_NAMES = ("强度", "占比", "比重", "增速", "增长")
RATE_CLASSED = ("企业", "单位", "项目", "园区")

# Size classes a list of counts names its things by, the kind said once at its end (建成2个千亩、3个百亩粮食生产综合示范片:
# a 镇's 2025年工作情况汇报; 87个百亿元级、964个十亿元级、1965个亿元级项目: 武汉 2024; 2个亿元以上、10个千万元以上
# 农产品加工项目: 盐城 2021): longest first.
SIZE_CLASSES = ("千亿元级", "百亿元级", "十亿元级", "千万元级", "亿元级", "千万元以上", "亿元以上", "万吨级", "万亩", "千亩", "百亩")
# An area right before 区域 or 范围 sizes a zone a plan lays out (对嘉兴高铁南站周边50平方公里区域进行统一规划: 嘉兴 2019;
# 整体规划滨海、响水沿海616平方公里区域: 盐城 2021): no area worked, built or reached.
ZONE_NOUNS = ("区域", "范围", "的区域", "的范围")
# Boilers, sized by the steam they raise: an amount in 蒸吨 right before one (淘汰10-35蒸吨燃煤锅炉4台) is its class.
BOILERS = ("燃煤锅炉", "燃气锅炉", "燃油锅炉", "生物质锅炉", "锅炉")

# Sports whose names hold a count (铁人三项亚洲杯赛暨中国铁人三项联赛, 上饶 2024): the name, not three events; the
# reform named for its one trip, unquoted (审批不见面、最多跑一次: 常德市 2022; 一窗受理、限时办结、最多跑一次: 伊春市 2021).
NUMERAL_NAMES = ("铁人三项", "现代五项", "十项全能", "七项全能", "最多跑一次")
NO_QUOTES = str.maketrans("", "", "“”\"")  # a name's first word quoted (办好…“铁人”三项等重大赛事, 东营 2022)

# After a unit, characters that make the unit part of a word ("3人民", "一起", "一次性").
UNIT_WORDS = {
    "人": "民才员口大均工社力文事们身物格制", "个": "人性体月", "家": "庭园属人长", "名": "单称片镇村牌校额义",
    "户": "籍外型口主", "处": "理置罚长室", "所": "有在属得以谓", "起": "步来点草诉", "期": "间限待刊望盼",
    "支": "持出撑付部柱", "台": "风账阶湾河山", "场": "所景地馆合面", "间": "隔断", "天": "然地气空目下津",
    "米": "面饭粮", "种": "植养子类业苗", "次": "会全产代性序", "项": "规", "条": "例件款",
    "件": "事", "批": "复准示", "座": "谈", "位": "于置居列数", "头": "部脑", "篇": "章", "只": "有要是能", "箱": "式体子包",
    "块": "钱", "套": "餐", "份": "额", "张": "力", "村": "民级庄社委落干务", "元": "素旦宵首", "亩": "均",
    "羽": "毛绒球", "尾": "气矿声款水巴部", "匹": "配", "部": "门署委", "把": "手关握", "卡": "通片", "基": "地础层金本",
    "门": "峡县至",  # 三门峡, 三门县, 武山四门至马力公路 (天水 2025): a place named with 门, as 七台河 with 台
    "口": "袋径", "盘": "活", "袋": "料", "担": "保当任", "根": "据本治源系深基除",  # 3口袋公园, 50万袋料: no wells, no bags
}

# 二元 before 结构 or 体制 is the dual town-and-country structure (城乡二元结构: 嘉兴 2019, 宜宾 2021), no sum in 元.
UNIT_WORD_PREFIXES = {"个": ("小时", "季度", "多月", "半月"), "元": ("结构", "体制")}

# What a count of parts counts (本报告由总体情况、…六个部分组成; 等六部分组成; 共六个部分): a text's layout, nothing done.
PARTS_NOUN = "部分"

# Units of livestock: 生猪出栏1.5万头, 肉鸽养殖规模50万羽 is an output or a herd (a level), not things created.
HERD_UNITS = frozenset(("头", "羽", "只", "匹", "尾"))

TIME_UNITS = {"天", "小时", "分钟", "个工作日", "工作日"}

# A length before these and a noun is the size of that thing, no amount of it (新建4.5米宽水泥路3公里); a length on either side
# of a times sign is one side of a size (停车位规格5.5米×2.5米), the last character of a length unit before that sign.
DIMENSION_WORDS = "宽高深厚"  # not 长: 新建1.2公里长的排水渠 builds that length
SIZE_TIMES = "*×"
LENGTH_ENDS = "米里m"


NOUN_CUT_RE = re.compile(r"\d|、(?=.{0,12}\d)|和(?=\d)|及(?=\d)")

# A state after a counted noun ("32个村全覆盖", "11栋住宅楼全部建设完成", "9间房屋均完成签约", "4个…示范片区基本建成",
# "…创建稳步推进", "523个重大项目加快推进", "46个…工程加快实施", "53个贫困县全部摘帽", "718.6万建档立卡贫困人口全部脱贫"): no part of its name. Not the kind they are
# all to become ("8个县(区)全部创建成为全国民族团结进步示范市、县"): that names the aim; nor, after a bare noun of two
# characters ("107个项目全部开工", "9台机组全部并网发电"), the state that says which ones were counted.
STATE_OPENINGS = ("全部", "均")  # the cheap test before NOUN_STATE_RE.match at a noun's first character
NOUN_STATE_RE = re.compile(
    r"已|全覆盖|全部(?!创建|成为|创成)|(?:全面|基本|顺利|均)(?:建设)?(?:实现|完成|达到|达标|建成)|完成建设|"
    r"(?:正按计划|有力|正)?(?:稳步|有序|加快|扎实|全面)(?:推进|实施|建设)"  # 460个亿元以上项目加快建设 (亳州 2021)
    r"|正在|正(?=全面|有序|加快|加紧|抓紧|积极|稳步)"  # 30座危桥正在加紧施工, 1652户改厕正有序推进中: how the work stands
    r"|也(?=在|已|将|都|均|于|全)"  # 剩余3个小区也在2022年5月份全部完成改造: 也 (too) goes on to the state
)

# Verbs of a title earned by things counted before them (4户企业获评省级农业产业化龙头企业, 四平 2025; 4个共建产业集群入选国家
# 先进制造业集群, 河北 2025): a title of the same kind as the things (企业 … 企业) names them.
TITLE_VERBS = ("被认定为", "认定为", "被评为", "评为", "获评", "入选")

# How a counted thing reached a step of its work (103个亿元以上项目顺利竣工, 亳州 2021; 7所现代化高中集中开工, 洛阳 2023;
# 104个新建项目如期开工, 白山 2025; 107个项目全部开工, 丹东 2022): the step names which ones were counted, the manner no.
STEP_MANNERS = ("顺利", "全部", "基本", "如期", "集中", "正式")

# The light verb between the things counted and what is done to them (对大新湖公园的5座古建亭廊进行全面勘察, 大新镇 2024
# 民生实事; 对300户困难老人家庭进行居家适老化改造, 钟楼区 2021 民生实事), or the people counted and the service they get
# (为3万名残疾人提供基本康复服务, 长春 2024; 为5000户特困独居老人提供远程监测照护服务, 烟台 2023): it names nothing,
# the work or the service after it does.
LIGHT_VERBS = ("进行", "提供")
# Who a service is for, before its 提供 (免费为孕产妇提供…检测2.5万例, 贵阳 2024; 面向高校毕业生提供市场化岗位10万个, 西安 2025).
SERVED_LEADS = ("免费为", "为", "面向")

# 提升 after a thing, then an area or a length (道路提升完成16395平方米, 建筑立面提升128158平方米, 围墙提升2415米: 未央宫街道
# 2022; 完成森林质量提升10万亩以上: 太原 2024): the upgrading of the thing, its size, not a rise. A measure of size before it
# (绿地面积提升20万平方米) is the rise it says.
SIZE_MEASURES = ("面积", "里程", "长度", "规模", "空间", "总量")
STEP_EVENTS = frozenset(("开复工", "开工", "竣工", "完工", "投产", "投用", "投运", "落地", "入驻"))

# The measure of counted things whose sum comes next (33个达产达效项目新增产值30亿元, 通化 2024; 5个园区工业产值均超百亿元,
# 伊犁 2025; 12家离岛免税店销售额580.9亿元, 海南 2024): the things are counted, the measure names the sum.
# 5个在建项目总投资完成12.7亿元 (未央宫街道 2022): the projects are counted, their investment is the sum.
COUNTED_MEASURE_RE = re.compile(r"(?:新增|增加)?(?:规上工业|工业)?(?:产值|增加值|营业收入|营收|销售额|利润|总投资)均?$")

# Between a counted noun and the amount it reached (89家企业完成销售17.6亿元).
RESULT_VERB_RE = re.compile(r"(?:累计|共)?(?:完成|实现|达到|创造|贡献)")  # 13个重点项目累计完成投资35.42亿元: in all
# Verbs of taking on a task after things counted: what they are to do, no part of their name (包头 2024 支持2家全国重点
# 实验室承担国家、自治区专项20项以上; 2025 支持2个国重实验室承接重大专项).
TASK_VERBS = ("承担", "承接")

OBJ_CUT_RE = re.compile(r"[,;。、]|并|和")  # 和 cuts only before a character that is not Han

CLAUSE_SPLIT_RE = re.compile(r"[,;。]")

# A bracketed aside in a name: 各县(市、区) lists no indicators.
BRACKETED_RE = re.compile(r"\([^()]*\)")
# The subject written after a share: "60%以上乡镇达到…", "80%以上村实现…" (the villages, not what they reach), an aside after
# it ("95%行政村(涉农社区)达到…"), or the first of two shares the verb serves ("50%以上城市社区和70%以上农村社区建成…").
# A work the things of a share do, named with them (推动三分之一规上工业企业实施股份制改造: 嘉兴 2019): not the things alone,
# which would pair with another measure of theirs (规上工业企业研发活动覆盖率).
SHARE_WORK_VERBS = ("实施", "开展")
SHARE_SUBJECT_RE = re.compile(r"([^\W\d_]{1,8}?)(?:\([^()]{1,8}\))?(?:达到|实现|完成|建成|通过|纳入|得到|实施|开展|和(?=\d))")
# Shares written before the list of their subjects, paired in order (推动97%、75%以上行政村生活垃圾、生活污水得到有效治理,
# 德阳 2022): the shares still to come after one, then the subjects, then the verb of their state.
SHARE_LIST_AFTER_RE = re.compile(r"((?:、\d+(?:\.\d+)?%)*)(?:以上)?的?([^\W\d_]{1,10}(?:、[^\W\d_]{1,10})+)(?:达到|实现|得到)")
SHARES_BEFORE_RE = re.compile(r"(?:\d+(?:\.\d+)?%(?:以上)?、)+$")
# What an amount with 以上 is the subject of: "50平方公里以上建设用地面积达到…要求" (the amount must reach it).
FLOOR_SUBJECT_RE = re.compile(r"[^\W\d_]{1,12}?(?:达到|实现)")
# A plan's indicator table says of each indicator whether it binds (its 属性 column): a word of no name and no value.
INDICATOR_ATTRIBUTES = ("预期性", "约束性")
# The indicators a plan sets, counted (纲要提出的20项主要指标, 《纲要》确定的20项重大指标, 23项预期性指标, 29个主要指标).
INDICATOR_KINDS = ("主要", "重大", "重点", "核心", "约束性", "预期性", "一级", "二级", "三级")  # 19个一级指标91个二级指标
# A result set against its goal: "地表水…比例95.6%,远超60%的规划目标", "城镇登记失业率1.89%,低于2.5%的控制目标".
GOAL_KINDS = ("规划", "控制", "预期", "考核", "年度", "全年")
BEATS = ("远超", "超过", "超出", "高于", "低于", "优于", "好于", "快于", "慢于")
# Nouns after a count that frame it, not what is counted: "每年净增规上工业企业100户的要求".
# A bare word of adding up after amounts listed (企业税收入库8.67亿元,非居民一次性税收3.62亿元,合计12.29亿元: 新场镇 2023):
# the sum of those amounts, not the last one.
SUM_OF_LISTED = frozenset(("合计", "总计", "共计"))
# A place kind said twice after a count (全乡8个村村集体经济经营性收入…达到10万元: 湾溪乡 2025): the count's noun,
# then the same kind opening the measure of each (村集体经济).
DOUBLED_KINDS = "村镇乡组"
FRAME_NOUNS = frozenset(("要求", "目标", "任务", "目标任务", "标准", "比例"))
# What a plant can make, after the product and 的 (10吉瓦切片的生产能力): the product names the amount.
CAPACITY_WORDS = frozenset(("生产能力", "产能", "年产能"))
# A part of the area named alone before a rate: "全国…处理率达到50%以上,东部地区达到60%以上" (the same rate there).
REGION_ONLY_RE = re.compile(r"[^\W\d_]{0,6}(?:地区|片区|城区|流域|县|区|市|镇|乡|街道)$")
REGION_LAST = "区域县市镇乡道"  # no REGION_ONLY_RE match unless the words end with one of these
# A part of the area opening a 其中 clause after counts of the whole (…18所、增加学位20760个,其中中心城区7所、学位6690个).
REGION_OPEN_RE = re.compile(r"[^\W\d_]{0,4}(?:地区|片区|城区|县|区|市|镇|乡|街道)")
WHOLE_AREA_ENDS = "省市县区镇乡"  # after 全: the whole place (全市, 全县), a scope of the whole, no part
LIST_SPLIT_RE = re.compile(r"、|和|及|与|以及")

AND_SPLIT_RE = re.compile(r"和|及|与|以及")

# Words a 及 is part of, never a conjunction between list items: 卫生户厕普及率、生活污水治理率分别达到44.4%和25%
# (赤峰 2025); 普及率 is one rate, not 普 and 率. 及以上 and 及以下 bound a level or an age (县级及以上集中式饮用水水源地,
# 65岁及以上老年人: 湛江 2023), they join no second item.
JI_WORDS = ("普及", "涉及", "惠及", "波及", "及时", "企及", "顾及", "触及", "危及", "及以上", "及以下")

NEW_PEOPLE_RE = re.compile(r"新增|引进|招引|吸引|培育|培养|新招|招录|招聘")

KEEP_RE = re.compile(r"确保|(?<!水土)保持|稳定|维持")

DIGIT_RE = re.compile(r"\d")

WHOLE_TASK_RE = re.compile(r"完成|实现|目标|任务")
# The words of time and manner a closing 确保/力争 may put before its 完成/实现 (力争年底前全部完成, 确保如期高质量完成);
# any other words name what else is to reach a state (确保市控以上河流实现稳定达标, 东营 2022), not the whole listed.
WHOLE_TASK_MANNER = ("全年", "年内", "年底前", "年底", "今年", "当年", "如期", "按期", "按时", "全部", "全面", "圆满",
                     "顺利", "高质量", "超额", "基本", "能够", "可", "在", "前", "全", "都", "均", "按计划", "按进度")

PAST_YEAR_START_RE = re.compile(r"\s*(?:预计|截至|截止|在)?(20\d\d)年(?![\d底])")

SUM_END_RE = re.compile(r"(?:投资|投入|资金)$")

MONEY_WORDS_RE = re.compile(r"投资|资金|收入|产值|金额|销售额|经费|元|税")

QUOTES_SPACE_RE = re.compile(r"[“”\"'\s]")

BREAK_RE = re.compile(r"[,;:|\t](?!(?<=\d,)\d{3}(?!\d))")  # not a thousands separator: 45,000元

OPENS_REVIEW_RE = re.compile(r"过去的?一年|一年来|今年以来|(?<!\d)[五5]年来|回顾|向大会报告")

UNIT_PAREN_RE = re.compile(r"[(（][^()（）]{1,8}[)）]$")

SUBHEADING_RE = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、)]|[①-⑳])")

# Words of achievement in a heading; 亮点 names the work that stood out (鲸园街道2023年工作总结: 一、2023年亮点工作).
ACHIEVED_RE = re.compile(r"完成|取得|成效|成绩|成果|圆满|顺利|显著|进展|亮点")

# A plan's own account of where it starts ("一、发展现状", "第一章 发展基础", "(一)基本情况"): its numbers are results.
BASE_HEADING_RE = re.compile(r"现状|发展基础|工作基础|基本情况")
# A paragraph that opens with a run-in heading of the place's base ("一、基本情况。济沁河乡位于…", a flattened
# "一、茶店乡概况XX县…"): it tells how the place is, whatever part the document is in. Not 一、项目概况 (a plan's).
RUNIN_BASE_RE = re.compile(r"[一二三四五六七八九十]+、(?:[^\W\d_]{0,6}?(?:[镇乡村区县]|街道|社区))?(?:基本情况|(?<=[镇乡村区县道区])概况)")

HEADING_PLAN_RE = re.compile(r"工作目标|目标|措施|举措|打算|任务|安排")
# The plan words of a heading that name only how the work is done: in a review they head the measures taken
# (黄门镇2021年工作总结: 一、突出群防群治,…科学精准落实防疫措施), no plan.
HEADING_MEANS = ("措施", "举措")

HEADING_YEAR_RE = re.compile(r"(20\d\d)年(?!\d|\s*\d)")

# Five-year plans by their first year: a heading naming an earlier one than the title's ("“十三五”时期奠定
#的发展基础" in a 十四五 plan, "十四五时期发展成就" in a 十五五 plan) opens a review of it.
FIVE_YEAR_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031,
                   "第十三个五年": 2016, "第十四个五年": 2021, "第十五个五年": 2026}
FIVE_YEAR_RE = re.compile("|".join(FIVE_YEAR_PLANS))
# Words right after a five-year plan's name that make it its first year ("全力推动“十五五”开好局起好步",
# "奋力实现“十五五”良好开局"): a title of that year's news, not of the plan's last year.
PLAN_OPENING_WORDS = ("开局", "开好局", "开门红")
PART_YEAR_RE = re.compile(r"20\d\d年|今后五年|未来五年|十四五")
# A paragraph of a five-year plan that opens with an earlier plan's years (“十四五”时期是杭州发展极不寻常、极不平凡的五年;
# “十四五”时期全市发展历程极不寻常: 杭州、广州“十五五”规划纲要; its item number first: 1.“十四五”时期合肥发展取得
# 历史性成就, 合肥市委“十五五”规划建议) opens an account of them, up to the next heading.
FIVE_YEAR_OPENING_RE = re.compile(r"(?:\d{1,2}[.、])?[“\"]?(十[一二三四五六]五)[”\"]?(?:时期|期间|以来)")  # 1.“十四五”时期…
# A goal stated as "the goal is": the measure follows (主要目标是实现地区生产总值…, 主要目标和重点任务包括,…).
GOAL_IS_RE = re.compile(r"目标(?:和[^\W\d_]{2,4})?(?:建议)?(?:是|为|包括)[,:]?(?:实现)?")
# A five-year plan named as a time in a sentence: “十四五”时期/期间 (its span), 今后五年/未来五年 (the five from the plan year).
FIVE_YEAR_TIMES = ("时期", "期间", "以来", "期末", "末")  # after “十三五”: a time of the plan
FIVE_YEAR_TIME_RE = re.compile(r"(十[一二三四五六]五)[”\"]?(?:时期|期间|期末|末)|(?:今后|未来)[五5]年")  # 到“十四五”末: its last year

# Straight quotes ("五篇大文章", pages that write half-width punctuation) open and close alike: a pair holds no
# sentence stop or comma, so a closing quote never pairs with the next name's opening one across the words between.
QUOTED_RE = re.compile(r"“[^“”\n]{0,40}”|‘[^‘’\n]{0,40}’|《[^《》\n]{0,60}》|「[^「」\n]{0,40}」|『[^『』\n]{0,40}』|〈[^〈〉\n]{0,40}〉"
                       r'|"[^"\n,。;:!?]{1,20}"')
QUOTED_OPENERS = "“‘《「『〈\""  # every QUOTED_RE match opens with one of these
# A numbered slogan glossed in brackets right after it (全民健身路径及“一场两台”(一个篮球场、两个乒乓球台)40套, 襄阳
# 2021): the gloss counts the slogan's parts, no target; it is read as part of the quoted name, up to this many characters.
NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万")
GLOSS_REACH = 32

# A verb of work (or 对) right before 已 makes 已+verb name the things it works on, done before (抓好已谋划3320个项目建设;
# 开展已签约项目“回头看”; 加快已开工的8个城中村改造项目建设; 对已改造小区启动“回头看”; 确保已动工的30所学校全部建成:
# 肇庆 2022): a plan's object, no report.
DONE_ONES_WORK = ("抓好", "做好", "开展", "加快", "推进", "推动", "盘活", "用好", "确保", "对")

# -- markers of tense and period in a sentence ------------------------------------------
# Every marker a sentence can carry, found in one scan: a word of MARK_KIND, or a group
# (byyear, m1/m2, holiday, year) that holds a number. Each alternative opens with a literal
# character (lookbehinds come after it), so the engine rejects most positions at once.
MARK_KIND = {
    "力争": "fwdhedge", "争取": "strive", "争创": "hedge", "确保": "hedge", "预计": "hedge", "预估": "hedge",
    "计划": "fwd", "拟": "fwd", "下半年": "fwd", "年底前": "fwd", "明年": "next",
    "现在": "now", "目前": "now", "去年": "pastlast", "过去一年": "pastlast", "过去的一年": "pastlast", "上年度": "last", "已经": "past", "已": "past",
    "今年": "thisyear", "全年": "thisyear", "年内": "thisyear", "年底": "thisyear", "前三季度": "q3",
    ";": "semi", "以来": "since", "截至": "asof", "截止": "asof", "了": "past", "初步核算": "past", "初步统计": "past", "初步测算": "past",
}
# The words of MARK_KIND. No word opens with a character an alternative of _MARK_GROUPS opens
# with (到, a digit, a holiday's first), so at any offset only one of the two sets can match.
# Every alternative opens with a literal character (a group or a look-around first would not), so
# MARK_WORD_RE's scan skips to those characters as a set instead of trying each alternative at every offset.
_WHOLE_PLACE_AHEAD = r"(?=全(?:市|县|区|镇|乡|旗|省|州)|共有)"
_MARK_WORDS = (
    r"力(?<![大全努尽竭奋倾着]力)争|争(?<![对向]上争)取|争创|确保|预计(?!目标)|预估"  # 完成预计目标的87.69%: the goal expected, a noun, no hedge;
    # 大力争取, 全力争取, 努力争取 are 大力/全力/努力 + 争取 (a review's 大力争取北京援助,争取抗疫物资62批次: obtained), no 力争
    # 加强对上争取, 向上争取资金: asking the levels above for funds, a task, no hedge on the numbers after it
    # 拟定/拟订 (drew up: 拟定…培训计划) is no 拟 (plan to); 拟定于 (set for a date) is; 在建、拟建 is a project's
    # state counted with those being built (在建、拟建项目128宗, 惠州 2024's review), no plan; 科技计划 (a science programme:
    # 实施科技计划项目195项, 鄂尔多斯 2022's review) and 人才计划, 引才计划, 英才计划 (talent programmes: 省级引才计划建议入选数
    # 列全省第一, 嘉兴 2021's review; 国省级重大人才计划入选者, 襄阳 2023) are names, no plan; 计划 joined to a noun by
    # 和/与/及 is a programme named (县城倍增计划和特色小城镇建设扎实推进), no plan to do; 信托计划 (a trust scheme:
    # “信托计划持股”等模式, 漳州 2024's review) is a financial product
    r"|计(?<![动作划展年度超初技托才]计)划(?![的书目”,;。、和与及]|总投资|投资总额|生育|补助|补贴|指标)"
    r"|拟(?<![模比虚]拟)(?<!在建、拟)(?<!在建和拟)(?!定(?!于)|订)|下半年|年底前|明年"
    r"|去(?<![比较于同]去)年|过去的?一年|上年度|前三季度"  # the first nine months: their result
    r"|已经|已(?![于,,。;;、:\s])"  # 已 before a verb: done (已安装…97个, 已签协议2090.29亩); not 已于 (a date)
    # 现在/目前 opening a clause inside a sentence on the whole place: its stock now, up to the next semicolon (现在全乡
    # 高标准农田达到7200余亩: 交楼申乡 news 2022; 目前全镇片长60人: 小沙江镇 2024), not a project's progress (目前主体完成约70%)
    r"|现在(?<=[,;:]现在)" + _WHOLE_PLACE_AHEAD + r"|目前(?<=[,;:]目前)" + _WHOLE_PLACE_AHEAD +
    r"|今年(?!以来)(?<!截至今年)(?<!截止今年)|全年|年内|年底|;|以来|截至|截止"
    r"|初步(?:核算|统计|测算)(?=[,,显表])"  # 据初步核算,上半年全县实现…: statistics of a time gone (not 做好初步核算工作)
    r"|了(?<=(?:增长|提高|提升|增加|下降|降低|减少|完成|实现|达到|引进|新增|建成|新建|累计|签约|签订)了)|了(?<=翻了)"  # the perfective: 增长了54.5% reports
)
_MARK_GROUPS = (
    r"到(?P<byyear>20\d\d)年"
    r"|(?P<m1>\d{1,2})(?:至|-|—|~)(?P<m2>\d{1,2})月|(?P<holiday>春节|五一|国庆|汛期|暑期|暑假)期间"
    r"|(?<![到至比较于从由])(?P<year>20\d\d)年(?:(?P<byend>年?底?前)|(?!\d{1,2}(?:月|日|号|至|-|—|~)|底|以来|以前|前))"  # 2025年底前: a deadline
)
MARK_RE = re.compile(r"(?=[力争确预计拟下明年去过上前已到今全0-9春五国汛暑;以截了初现目])(?:" + _MARK_WORDS + "|" + _MARK_GROUPS + ")")
# The words alone: scanned when MARK_OTHERS_HINT_RE finds nothing in a sentence, which then holds
# no group (each group holds a digit before 年 or 月, or 期间), so both scans find the same markers.
# The hint opens each alternative with a literal (the digit is checked behind it), so it is scanned fast.
MARK_WORD_RE = re.compile(_MARK_WORDS)
# A preliminary count opening a sentence (初步核算,全年全县生产总值316.80亿元: a county's 2024 统计公报; 初步统计,全年…: 东营
# 2020 政府工作报告): its 全年 is the year the count closes, a year gone, not this year's.
ESTIMATE_OPENINGS = ("初步核算,", "初步统计,", "初步测算,")
MARK_OTHERS_HINT_RE = re.compile(r"年(?<=\d年)|月(?<=\d月)|期间")

# Parts of the year a target may be set for (上半年,…力争达到80%; 下半年新开工项目5个; 四季度完成道路改造3公里).
# 第一季度 is found as 一季度; 三季度 after 前 is 前三季度.
YEAR_PARTS = ("前三季度", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度")
# What may come before a part of the year that still opens its clause (力争上半年…, 今年第一季度…).
PART_OPENERS = ("力争", "确保", "争取", "今年", "年内", "全年")
# A part of the year after these is compared with, no time of the target (比上半年提高5个百分点, 较一季度加快).
COMPARED_BEFORE = "比较于超占"

# The close of a part of the year 截至/截止 reports up to (截至三季度末, 截止二季度): the last month of that part.
QUARTER_ENDS = (("一季度", "3"), ("二季度", "6"), ("上半年", "6"), ("三季度", "9"))
# What may follow the month 截至 names for it to close that month (截至9月底, 截至6月末, 截至8月份, 截至6月,…).
MONTH_CLOSE = ("底", "末", "份", ",", ",", "30日", "31日")

# A title of a report on part of the year (上半年工作总结, 2016年半年工作总结, 1-9月工作情况): its reviews are of this year.
MIDYEAR_TITLE_RE = re.compile(r"上半年|前三季度|一季度|半年度|年半年|1[-至—~]\d{1,2}月")  # 一季度 also in 第一季度工作总结
# The months of this year so far a heading or a title names (1—9月经济指标完成情况, 1-9月全市重点项目建设情况): its results are theirs.
MONTHS_SO_FAR_RE = re.compile(r"(?<![0-9])1\s?(?:-|—|~|至)\s?(1[0-2]|[2-9])月")
# A sentence that opens with a part of the year so far reports it: "一季度,全市地区生产总值增长5.2%".
# A sentence that opens by parting a figure (按行业分, 分产业看, 从构成看, 其中) tells the parts of the figure before it:
# its numbers are what that figure is, a result after a result (临潭县 1—8月 investment news, 博乐市 1-9月 投资运行).
BREAKDOWN_ENDS = {"按": "分", "分": "看", "从": "看"}  # the opening word and the word closing the lead, 2-6 characters on
BREAKDOWN_WHOLE = ("其中",)
# A sentence that opens with the present (目前, 截至目前) states how things are: "目前80个试点地区,共建设…1400个"
# (not 当前: "当前和今后一个时期,要…" plans).
NOW_STARTS = ("目前", "截至目前", "截止目前")
# A sentence that opens with the day of an event ("5月23日,乐乡街道集中签约3个招商引资项目"), with 据统计
# ("据统计,此次集中行动,共出动铲车4辆") or 数据显示 ("数据显示,2014年全国孕产妇死亡率下降到21.7/10万"), with a news
# item's 近日/日前 ("近日,我镇…开展专项行动,共拆除违建铁棚25起") or with the days of a campaign under way
# (整治期间,共张贴…599份; 行动中规范冒店经营100余处) tells what was done, as news does (not 6月30日前, a
# deadline; a 力争 or 年内 after the opening still sets an aim).
EVENT_OPENING_RE = re.compile(r"\s*(?:(?:\d{1,2}月\d{1,2}日|据统计|(?:数据|统计)显示|近日|日前|(?:行动|整治)期间)[,,]|行动中)")
# A rank among places by number (增速位居全市第2位, 居全省第4位, 分居全省第4、第3位, 排名第10位): only a figure already
# reached is ranked; an aim to rank (力争进入全省前十, 确保位居第一方阵) names no place number or carries a hedge.
RANKED_RE = re.compile(r"(?:位居|位列|排名|排位|居)(?:全国|全省|全市|全州|全盟|全区|全县|全旗)?[^,;。]{0,8}?"
                       r"第[0-9一二三四五六七八九十]+(?:位|名)")
MIDYEAR_START_RE = re.compile(r"\s*(?:今年)?(?:一季度|第一季度|上半年|前三季度|前两个季度)[,,]")
# Machines a power in 兆瓦 or 千瓦 before them rates, one machine each (首台50兆瓦重型燃机, 德阳 2022; 全球最先进145兆瓦
# 超超临界煤气发电汽轮机, 德阳 2023): the rating names the machine made, no capacity added.
MACHINE_NOUNS = ("燃机", "轮机", "机组", "发电机", "风机", "电机")
# An amount in the name of a list's example, the list counted after 等: 新(续)建华象15万吨多种金属复合板等178个产业项目.
EXAMPLE_NAME_RE = re.compile(r"[^\W\d_]{1,16}等(?=[0-9一二三四五六七八九十两])")
# A profile of the place (民众镇概况, 甘沟乡的发展史, 镇情简介): it tells how things are and were, it plans nothing.
# The place comes right before 概况/简介 (not 民生实事项目概况, a plan's list). A title that is the place's name
# alone (城关镇, 鸾山镇, 张村乡(浙江省衢州市江山市)) heads an entry of a yearbook, a 市情网 or an encyclopedia.
PROFILE_TITLE_RE = re.compile(
    r"(?:[镇乡村区县市]|街道|社区)(?:概况|简介)|[镇乡村区县市]情|发展史|历史沿革"
    r"|^\s*[^\W\d_]{1,8}(?:镇|乡|街道)(?:[((][^()()]{1,20}[))])?\s*$"
)
# News of a review of years (晋安区建区三十周年新闻发布会, 庆祝新中国成立70周年…新闻发布会, “十三五”成就巡礼): what
# it tells was achieved (先后引进…, 规模以上企业增长至345家); only a sentence's own 力争/将 makes a target.
REVIEW_NEWS_TITLE_RE = re.compile(r"周年[^,。]{0,16}发布会|成就巡礼")
# A mid-term review of a five-year plan (…规划纲要实施情况中期评估报告, 从中期评估报告看“十四五”发展新成效): it
# reports how far the plan's indicators have come in its first years, the plan's own targets only quoted.
# Not a notice to carry one out (关于开展“十四五”规划实施情况中期评估工作的通知). Plain string tests: no regex to compile.
MIDTERM_TITLES = ("中期评估报告", "中期评估情况报告")
# A headline that tells how a plan's indicators went (哪些“十四五”指标已提前完成?, 8项指标进展超预期,…; 南通市“十三五”
# 卫生健康主要指标完成情况): the item reports results, the plan's own targets only quoted (PLAN_SAYS).
INDICATORS_REACHED = ("提前完成", "已完成", "完成情况", "超预期", "提前实现")
# A plan quoted as saying a target, at the head of a sentence of a review (“十四五”规划纲要提出,…参保率提高到95%;
# 《纲要》提出,到2025年,…): the plan's target, not a result. 纲要提出的20项主要指标中 names the indicators only.
PLAN_SAYS = ("纲要提出", "规划提出", "纲要明确", "规划明确", "》提出", "》明确")
# Documents that are budget notes (部门预算说明): their numbers are facts of the budget. A 决算 is a record (below).
BUDGET_NOTE_RE = re.compile(r"(?:部门|单位)预算|预算(?:公开|说明|编制说明)")
# Documents that record results and plan nothing (统计公报, 决算, 政府信息公开工作年度报告, how deputies' suggestions
# were handled: 代表建议办理情况的报告; a yearbook, 2016年年鉴, not a plan to compile one, 年鉴编纂工作要点): every
# number in them is a result of the title's year, whatever its heading or a word near it says (列入计划落实的B类建议7件).
# The 信息公开 report is often titled and called by its short name, 年报 (…2025年政府信息公开年报, 本年报由…组成).
# So is the news of a meeting that hands out or vets proposals (建议、提案交办会, 提案审查委员会会议): it counts the
# proposals received and filed (共收到委员提案90件,立案60件), it sets no aim.
RECORD_TITLE_RE = re.compile(
    r"统计公报|决算|年鉴(?!编|工作)|(?:信息|政务)公开(?:工作)?年(?:度报告|报)|(?:建议|提案)[^,。]{0,8}办理(?:情况|完毕)"
    r"|(?:建议|提案)[^,。]{0,4}交办(?:协商)?会|提案(?:审查)?委员(?:会)?(?:召开|举行)?[^,。]{0,4}会议"
    r"|绩效自评(?!工作)|自评(?:报告|表)"
)
# Documents that report how a year or a part of it went (…前三季度经济运行情况, 审计工作报告, 审计结果公告, an official's
# 述职报告 on the year or the term served: 2024年镇长述职报告, 镇政府镇长个人述职报告, 述职述责述廉报告; a deputy's
# 履职(情况)报告; how the audit's findings were put right, 关于2024年度…审计查出问题整改情况的报告, …审计查出问题的
# 整改情况报告: of the audited year, not the one before): they
# open in review, their numbers are results; unlike a record, a heading of what comes next (下一步) may still set an aim.
RESULTS_TITLE_RE = re.compile(r"经济运行(?:情况|分析|简况)|审计(?:工作)?报告|审计结果公告|审计查出问题的?整改|(?:述职|述责|述廉)+报告|履职(?:情况)?报告")
# A news headline that states how the economy went (实现地区生产总值744.94亿元,同比增长6.3%; 衡南县:上半年经济运行
# 稳中向好; 上半年 我县经济实现稳中提质): the item reports results. 同比 compares with the same time last year, so it
# names a result; 稳中向好/有升/提质 judge a period gone (not 稳中求进, a motto). A headline that sets an aim
# (力争…同比增长, …目标) is no report: FORWARD_HEADLINE_WORDS.
RESULT_HEADLINE_RE = re.compile(r"同比(?:增长|下降)|经济(?:运行|实现)?稳中(?:向好|有升|有进|提质)")
FORWARD_HEADLINE_WORDS = ("力争", "确保", "目标", "预计", "计划")
# A headline naming a five-year plan's years (“十三五”期间, “十四五”以来) and closing on a change or a judgement of it
# (…出生人口性别比下降, …经济社会发展向新向好) tells how those years went: the item reports results.
# A push for it (“十四五”时期推动经济高质量增长) is an aim.
RESULT_HEADLINE_ENDS = ("下降", "增长", "提高", "提升", "翻番", "向好")
PUSH_WORDS = ("推动", "促进", "加快", "推进", "助力", "着力", "奋力", "力促")
# A paragraph opening with a year, or a span of years (2007—2011年是…的五年), before what it did: the last year named.
# A paragraph of a five-year review opening with its last year ("各位代表,刚刚过去的2021年,…", 伊春 2022; "刚刚过去的2021年
# 是东营发展史上具有里程碑意义的一年", 东营 2022; "各位代表!2025年是“十四五”规划收官之年", 宁波 2026): what it and the
# list after it tell is that year's.
ADDRESS = "各位代表"
# ...or with 今年 said in that last year ("各位代表,今年是中国共产党成立100周年", 石嘴山 2022, given 2021-12-28).
THIS_YEAR_IS = "今年是"
# A review heading naming the last year beside the five years (2021年和过去五年工作回顾, 泸州 2022; 2021年和本届政府
# 工作回顾): a paragraph opening with that year (2021年,我们…) tells it alone, its 一是… items after it too.
YEAR_BESIDE_TERM = ("和", "及", "暨")
# Measure words of teams and machines that, with a numeral, also spell places: 九支镇, 九支段 (泸州 2021, 2023), 张九台
# 大桥 (常德 2021); the words after them that make them a name (a town, a stretch of road, a bridge, a river, a county).
NAMING_MEASURES = ("支", "台")
PLACE_WORDS = ("镇", "段", "桥", "大桥", "河", "县")
# The years of a term (and how many), told right after a paragraph's opening "2020年是“十三五”收官之年。" (过去这五年,是…: 荆州 2021):
# the paragraph and its items review the term, not its last year.
TERM_YEARS = (("五年", 5), ("四年", 4))
# The year's headline goals led in after a part of the coming five years ("今年发展的主要预期目标是:", 亳州 2021, after
# 二、科学谋划,砥砺奋进“十四五”): they are this year's.
THIS_YEAR = "今年"
# A lead-in naming its year as one year of a five-year plan ("2021年是“十四五”开局之年,经济社会发展的主要预期目标是:",
# 南平 2021; "2026年是“十五五”开局之年", 石家庄/合肥 2026): the goals after it are that year's, not the five years'.
YEAR_IS = "年是"
PARA_YEAR_RE = re.compile(r"(?:20\d\d[—\-~至])?(20\d\d)年(?:以来)?[,是全我]")

BARE_NUMBER_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")

CLAUSE_BREAK = ",;:|\t"

CLAUSE_REACH = 100  # characters read either side of a number within its clause

SENT_BREAK = "。!?"
# A sentence opening 刚刚过去的2021年 (or 刚刚过去的一年) inside a paragraph reviewing five years turns it to their last
# year (茂名 2022: 各位代表!过去五年,…确保了大疫之年大局稳、发展稳。刚刚过去的2021年,…预计地区生产总值增长6.0%以上).
LAST_YEAR_TURN = "刚刚过去的"
# A sentence opening 回首过去五年 (or 五年来) inside a paragraph reviewing one year turns it to the five years that year
# closes (运城 2021: 各位代表!刚刚过去的2020年,…划上了圆满句号…。回首过去五年,…。五年来,…年均增长9.8%).
FIVE_YEAR_TURNS = ("回首过去五年", "五年来")

# A note under a table opens with its label (注:1.“15+8”产业是指15个战略性产业和8个现代服务业): it glosses, it sets nothing.
# So does a Markdown footnote's definition, a paragraph opening with its mark ("[^9]: 7个国家级开放平台:即…", 泸州 2022).
NOTE_LABELS = ("注:", "备注:", "[^")
# The heading may carry a note in brackets on how it is ordered ("名词注释(按报告中出现顺序排列)", 石嘴山 2022), and
# may name the document it glosses before it ("《政府工作报告》名词解释", 襄阳 2023); 名词注解 is the same heading in other
# words (遵义 2022). It may say it glosses only some of the terms ("部分名词注释", 荆州 2021-2023), or that notes
# follow the glosses ("名词解释和说明", 德阳 2021-2023; 及说明, 与说明 the same); it may stand in lenticular brackets
# ("【名词解释】", 黄冈 2022); it may be set as an annex of the report ("附件:名词解释", 肇庆 2021).
BACKGROUND_HEADING_RE = re.compile(
    r"^[*#\s【]*(?:附件\d*[:\s]*)?(?:《[^《》\n]{1,20}》)?(?:(?:部分|有关)?名词(?:解释|注释|注解)(?:(?:和|及|与)说明)?|注释|附注|附件\d*|说明|备注)"
    r"(?:\([^)]{0,20}\))?[】*:\s]*$")

# What a single digit before it makes a class of a thing (5个1类新药, 浦东 2025; 2型糖尿病): part of the noun counted.
CLASS_MARKS = ("类", "型")
AGE_LEAD_RE = re.compile(r"\d+(?:[-—~至]\d+)?周?岁(?:及以上|以上|及以下|以下)?")  # 2500名40周岁以上居民: who they are

DESCRIPTOR_RE = re.compile(r"\d+(?:\.\d+)?[^\d,;、。]{0,4}?以[上下](?!的?$)")

# A sized facility after a place's or a firm's name ("完成杏山200万只蛋鸡标准化养殖基地建设", "加快后李村1000亩特色水产养殖
# 基地建设", "大陈村3000亩蓝莓基地二期建设", "罗牛山大讲20万头生猪养殖基地开工建设", "中储粮20万吨粮食储备库即将建成"):
# the size is the facility's (a base's, a park's, a store's); the words before it only say where or whose it is.
FACILITY_RE = re.compile(r"([^\W\d_]{2,14}?(?:基地|园区|园(?!区)|储备库|冷库|仓库|粮仓|保税仓))")

# 等 inside a word, not "and so on" closing a list of examples (资质等级企业, 中等职业学校, 均等化, 二等奖, 上等烟): the words
# 等 opens (等级, 等于…, 等候区 where people wait), the words it closes (平等, 均等…), and those that name a level only
# before their noun.
DENG_OPENS = frozenset("级化同于待候")
DENG_CLOSES = ("平等", "对等", "相等", "同等", "均等")
DENG_LEVELS = {"中": ("职业", "教育", "学校", "院校", "收入", "专业"), "高": ("职业", "教育", "学校", "院校"),
               "初": ("教育",), "上": ("烟", "品"), "一": ("奖",), "二": ("奖",), "三": ("奖",), "特": ("奖",), "优": ("奖",)}
# The stages a work goes through, each its own count (新开工3000套、建成2000套; 建成投用40个, 贵阳 2024): longest first.
BUILD_STAGES = ("新开工", "开工", "新建", "建成", "竣工", "完工", "投产", "投用", "投运", "开通")
# What a school or hospital holds, named bare after the count of those built (新建公办幼儿园4所、增加学位1500个:
# the kindergartens' places): the capacity nouns, and the verbs of adding that may open them.
CAPACITY_NOUNS = ("学位", "床位")
CAPACITY_HOLDERS = ("园", "校", "学", "院", "房间", "中心")  # how the places that hold them end (幼儿园, 小学, 医院)
ADDING_VERBS = ("新增", "增加", "净增")
# The steps of a project's course that count projects (谋划200个、新签约120个; 开工4个、竣工2个): longest first, the
# stages of its building among them.
# (竣工达产: built and at full output, 南通 2023 and 2024 政府工作报告: 超5亿元项目新开工231个、新竣工达产198个)
PROJECT_STEPS = ("开工建设", "新竣工达产", "竣工达产", "新签约", "签约", "谋划", "储备", "并网") + BUILD_STAGES
# A clause naming a work, whose steps the next clause counts (实施老旧小区集中连片改造,全年开工8.2万户、建成5.6万户).
WORK_NOUN_ENDS = ("改造", "建设", "整治", "工程")
WORK_VERBS = ("实施", "推进", "推动", "开展", "启动")
# The firms a clause grows, whose increase the next clause counts bare (培育发展优质限额以上商贸企业,力争全年新增30家, 云浮 2022).
FIRM_NOUN_ENDS = ("企业",)
FIRM_VERBS = ("培育", "发展", "壮大", "引进", "扶持")
VERB_ONLY = {"发行", "安排", "完成", "实现", "投入", "新增", "净增", "净减", "新建", "改建", "扩建", "续建", "改造", "新改造", "改善", "新改善", "提升改造", "改造提升", "新开工", "建设", "引进", "发放", "筹集", "争取", "落实", "培育", "创建"}
