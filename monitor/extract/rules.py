"""Decisions about one quantity: skipped (and by which rule), target or actual, its kind, hedge and period.

Pure module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from monitor import numbers as N
from monitor.extract import lexicon as L
from monitor.extract.indicator import last_pair_joined, listed_before, strip_indicator, strip_lead
from monitor.extract.layout import Doc, Marks, Sentence, last_before, marks_of, past_before
from monitor.extract.quantities import Item, inside_quotes
from monitor.extract.tables import counted_unit


_AT_END = L.CLAUSE_BREAK + L.SENT_BREAK + "、)）"  # what may follow a Chinese numeral's unit that ends its phrase
_ATTRIBUTE_ENDS = tuple(w + nl for w in L.ATTRIBUTE_NOUNS for nl in ("", "\n"))  # $ is also before a final newline
_SPAN_END = L.CLAUSE_BREAK + L.SENT_BREAK + "、内"  # what may follow a time span that is a value, not a name


def _in_cadence(text: str, it: Item) -> bool:
    """一个 after a verb of handling, in a chain of such verbs each with 一个 (发现一个、解决一个; 干一件成一件)."""
    q, one = it.q, text[it.q.start : it.q.end]
    head = text[max(it.sent.start, q.start - 2) : q.start]
    verb = L.CADENCE_VERB_RE.search(head)
    if not verb:
        return False
    nxt = q.end + text.startswith("、", q.end)
    k = text.find(one, nxt + 1, nxt + 3 + len(one))
    if k > 0 and L.CADENCE_VERB_RE.search(text, nxt, k) and L.is_han(text[nxt:k]):
        return True
    at = q.start - len(verb.group(0))  # where the verb opens: 解决一个 or 成一件
    return text[max(it.sent.start, at - 1 - len(one)) : at].endswith((one + "、", one))


def _phase_of_project(text: str, it: Item) -> bool:
    """Phases (N期) whose clause goes on to the project they are of (四川时代3、5期和时代吉利1期等项目, 7—10期项目建设)."""
    rest = text[it.post_end : min(it.clause_end, it.post_end + 16)]
    return "项目" in rest or "工程" in rest


def _reach_of_circle(text: str, it: Item) -> bool:
    """A span or distance whose clause ends in the circle it measures (城市15分钟、农村5公里文化圈; 1小时…交通圈), or in
    the work of building it (农村3公里生活圈建设)."""
    rest = text[it.post_end : min(it.clause_end, it.post_end + 30)]
    return rest.endswith(("圈", "圈”")) or rest.removesuffix("建设").endswith(("圈", "圈”"))


def _numeral_named(text: str, it: Item) -> bool:
    """A numeral inside a sport's or a reform's name (铁人三项亚洲杯赛, 十项全能, 最多跑一次), its first word quoted or
    not (“铁人”三项): the name, no count."""
    at = it.q.start
    for w in L.NUMERAL_NAMES:
        k = w.find(it.q.text)
        if k < 0 or not text.startswith(w[k:], at):
            continue
        if text.startswith(w[:k], at - k) or text[max(0, at - k - 2) : at].translate(L.NO_QUOTES).endswith(w[:k]):
            return True
    return False


def _place_named(text: str, it: Item) -> bool:
    """A numeral and a measure word for teams or machines right before a place's or a work's word (九支镇, 九支段,
    张九台大桥): a name, as no teams or machines are counted in towns or bridges (not 两支镇级队伍)."""
    end = it.q.end
    return it.q.unit in L.NAMING_MEASURES and text.startswith(L.PLACE_WORDS, end) and text[end + 1 : end + 2] != "级"


def _institute_numbered(text: str, it: Item) -> bool:
    """N所 right after a group (兵器集团207所, 中国船舶718所) or right before words naming no school or clinic and no deed
    (718所电子气体二期, 718所特种气体): a research institute named by its number, not N places of learning or care."""
    q = it.q
    if text.endswith(L.INSTITUTE_OWNERS, max(it.sent.start, q.start - 2), q.start):
        return True
    after = text[q.end : q.end + 12]
    cut = next((k for k, c in enumerate(after) if not L.is_han(c)), len(after))
    run = after[:cut]
    if not run or it.post_qual or after[cut : cut + 1].isdigit():
        return False  # 100所以上; 7所公办和29所普惠托育机构: the noun comes after the next count
    return not run.startswith(L.SUO_DEEDS) and not any(c in run for c in L.SUO_COUNTED)


def _policy_paper(text: str, it: Item) -> bool:
    """N条 that names a policy paper by its articles, in a list its clause closes as policies (出台…高质量发展20条、企业
    上市7条…等政策; 出台惠企20条等政策) or right after a word of policy its clause issues (制定…稳经济政策43条): the
    paper, not N of anything."""
    if N.split_unit(it.q.unit)[1] != "条":
        return False
    lead = text[it.clause_start : it.q.start - it.pre_len]
    if lead.endswith(L.POLICY_WORDS) and any(v in lead for v in L.ISSUE_VERBS):
        return True  # 制定我市稳经济政策43条: a paper issued; 推送惠企政策15条 delivers 15 of them
    return (text[it.post_end : it.post_end + 1] in ("、", "等")
            and L.POLICY_SET_RE.search(text, it.post_end, it.clause_end) is not None)


def structural_skip(d: Doc, it: Item, prev_end: int) -> str | None:
    """Why a quantity is not a record (a name, a slogan, a date, a class), or None."""
    text, q = d.text, it.q
    unit_next = text[q.end : q.end + 1]
    if (q.start > it.sent.start and text[q.start - 1] == "第") or text[q.start - 2 : q.start] in {"第一", "编号"}:
        return "ordinal"
    if inside_quotes(d, q.start):
        return "in-quotes"
    if q.start and text[q.start - 1] in "(（" and text[it.post_end : it.post_end + 2] in {")\n", "）\n", ")", "）"}:
        return "list-size"  # 一、县示范区管委会牵头工作(8项): how many items the list below holds
    if q.chinese and text[it.post_end : it.post_end + 1] == ":" and text[q.start - 1 : q.start] in "(;":
        return "list-size"  # “一带两核四片”(一带:…;四片:李家村…示范片、…): the label of the items it names
    base = N.split_unit(q.unit)[1]
    if text.startswith(L.PARTS_NOUN, q.end - (base == "部")):
        return "text-parts"  # 由…六个部分组成, 等六部分组成: how the document is laid out
    if unit_next and not it.post_qual and (
        unit_next in L.UNIT_WORDS.get(base, "") or (base in L.UNIT_WORD_PREFIXES and text.startswith(L.UNIT_WORD_PREFIXES[base], q.end))
    ):
        return "unit-in-word"
    if q.chinese:
        if unit_next and unit_next in "一二两三四五六七八九十":
            return "numeral-slogan"
        if L.CN_STOP_AFTER.match(text, q.end):
            return "numeral-set-phrase"
        after = text[it.post_end : it.post_end + 4]
        at_end = not after or after[0] in _AT_END or it.post_qual
        if q.lone_one and (L.NONE_BEFORE_RE.search(text, max(it.sent.start, q.start - 5), q.start)
                           or L.NONE_AFTER_RE.match(text, it.post_end)):
            return "none-left"
        if q.lone_one and (not at_end or text[q.start - 1 : q.start] == "每"):
            return "one-as-article"  # 打造一个…; 干好每一天: every day, no count
        if q.lone_one and _in_cadence(text, it):
            return "one-by-one"
        if base == "期" or (base in ("次", "批") and not at_end):
            return "numeral-phase"
        if (base in ("村", "户", "人") and not at_end) or _numeral_named(text, it) or _place_named(text, it):
            return "numeral-name"
    if base == "期" and not q.chinese and _phase_of_project(text, it):
        return "numeral-phase"
    if base == "岁" and "\u4e00" <= text[q.end : q.end + 1] <= "\u9fff" and not text.startswith(("以上", "以下"), q.end):
        return "age-descriptor"
    if base == "所" and _institute_numbered(text, it):
        return "institute-name"  # 兵器集团207所, 航天510所, 718所电子气体: a research institute named by its number
    if base in L.TIME_UNITS:
        nxt = text[it.post_end : it.post_end + 1]
        if nxt and nxt not in _SPAN_END and not it.post_qual:
            return "time-span-name"
    if (base in L.TIME_UNITS or base == "公里") and _reach_of_circle(text, it):
        return "time-span-name"
    if q.lone_one and base == "批":
        return "a-batch"
    if q.chinese and text.startswith("“", q.end):
        return "numeral-before-quote"
    cat = it.cat
    if cat not in {"count", "people", "percent", "points"} and (
        L.EXAMPLE_NAME_RE.match(text, it.post_end) or _example_listed(text, it)
    ):
        return "example-name"  # 华象15万吨多种金属复合板等178个产业项目: the plant's size names one of the projects
    if cat == "power" and _machine_rated(text, it):
        return "rating-name"  # 首台50兆瓦重型燃机: the machine's rating names it, no capacity added
    if cat == "count" and q.chinese and _numeral_in_listed_name(text, it):
        return "example-name"  # 溪悦河谷、天龙八部小镇等30个项目: 八部 is inside the example's name
    if cat in {"money", "number", "power", "energy", "area", "mass"}:
        if text[q.start - 1 : q.start] in L.SIZE_TIMES and text[q.start - 2 : q.start - 1].isdigit():
            return "amount-class"  # 赵庄2×66万千瓦电厂: the size of each of its units names the plant
        m = L.SIZE_CLASS_AFTER_RE.match(text, it.post_end)
        over = text[q.start - 1 : q.start] in "过超破" and L.OVER_BEFORE_RE.search(text, max(it.sent.start, q.start - 2), q.start)
        counted = m is not None and L.COUNT_NEXT_RE.match(text, m.end())  # 引进投资超30亿元项目6个
        if (m and (counted or not L.INVEST_RE.search(text, max(it.sent.start, q.start - 6), q.start - it.pre_len))
                and not L.VERB_IN_CLASS_RE.search(m.group(0)) and (over or "的" not in m.group(0))) or (
            over and text.startswith("的", it.post_end)
        ):
            return "amount-class"
        if (it.post_qual == "以上" or over) and text[it.post_end : it.post_end + 1].isdigit():  # 50亿元以上15个, 超50亿元15个
            return "amount-class"
        if over and text.startswith(("、过", "、超"), it.post_end):  # 培育过50亿元、过100亿元企业: each a class of the noun
            return "amount-class"
        if over and text.startswith("、", it.post_end) and L.COUNT_OVER_NEXT_RE.match(text, it.post_end + 1):
            return "amount-class"  # 35个投资过50亿元、11个投资过100亿元的扛鼎项目: each count's class of the one noun
        if cat == "money" and text[it.post_end : it.post_end + 1] in ("、", "的") and _amounts_class_a_rate(text, it):
            return "amount-class"  # 收入30万元以上、50万元以上的村分别达100%和50%: the villages classed, their shares the aim
        if cat == "money" and _reached_by_a_share(text, it):
            return "amount-class"  # 85%的行政村集体经济收入超过20万元: the villages so classed, their share the aim
        if base == "蒸吨" and not it.post_qual and text.startswith(L.BOILERS, it.post_end):
            return "amount-class"  # 淘汰10-35蒸吨燃煤锅炉4台: the boilers' size; how many of them is the count
        if cat == "area" and text.startswith(L.ZONE_NOUNS, it.post_end) and text.find("规划", it.clause_start, it.clause_end) >= 0:
            return "zone-size"  # 对…周边50平方公里区域进行统一规划: the zone a plan lays out (not 30平方公里区域评估 done)
        if cat == "money" and not it.post_qual and text.startswith("的", it.post_end):  # 达到100万元的村2个
            m = L.COUNTED_CLASS_RE.match(text, it.post_end)
            if m and not L.VERB_IN_CLASS_RE.search(m.group(0)):
                return "amount-class"
    if it.post_qual in {"以上", "以下"} and cat == "count":  # a floor count (most quantities have no 以上/以下)
        if L.COUNTED_CLASS_RE.match(text, it.post_end) and not text.startswith(L.ITEM_JOINS, it.post_end):
            return "floor-class"  # 50头以上黄牛养殖企业共有42家; not 龙头企业30家以上和示范合作社30家, an item closed
        if it.post_qual == "以上" and L.COUNT_END_RE.search(text, max(it.sent.start, q.start - 8), q.start):
            return "floor-class"  # 230个50户以上木质房屋连片村寨: the floor classes the places counted before it
        if base == "户" and text.startswith(L.SETTLEMENTS, it.post_end):
            return "floor-class"  # 30户以上自然村通硬化路: the households that make a village one of the class
        nxt = text[it.post_end : it.post_end + 1]
        if it.post_qual == "以下" and nxt and L.is_han(nxt) and nxt not in L.ITEM_JOINS:
            return "floor-class"  # 9座以下客车免费通行: a ceiling before the thing counted is its class, never an aim
    if it.post_qual in {"以上", "以下"} and cat != "count" and q.unit not in {"%", "‰", "fraction"} and text.startswith(L.BOUND_AFTER, q.end):
        nxt = text[it.post_end : it.post_end + 1]
        if nxt and (nxt == "的" or ("\u4e00" <= nxt <= "\u9fff" and nxt not in "并且或")) and not text.startswith(
            L.GOAL_AFTER_FLOOR, it.post_end
        ):  # 产量27.4万吨以上任务: the task the amount is the floor of, no class
            if not L.AMOUNT_NOUN_RE.match(text, it.post_end + (nxt == "的")) and not (
                L.FLOOR_SUBJECT_RE.match(text, it.post_end) and not L.DIGIT_RE.search(text, it.post_end, it.clause_end)
            ) and not (cat == "people" and nxt != "的" and not _sizes_a_body(text, it)):
                # 50平方公里以上建设用地面积达到…要求: no class of a number after it, the amount is the goal
                return "floor-class"
    if q.unit == "%" and it.post_qual in {"以上", "以下"} and _rate_class(text, it):
        return "floor-class"
    if cat not in {"count", "people"} and _bracketed_floor(text, it):
        return "floor-class"
    if cat not in {"count", "people"} and _compared_class(text, it):
        return "compared-class"
    if (cat == "price" or (cat == "money" and text.startswith("/", q.end))) and _charged(text, it):
        return "unit-price"
    if cat == "length" and text.startswith("范围", it.post_end):  # 供热半径15公里范围内燃煤锅炉: where a measure applies
        return "radius-scope"
    if cat == "length" and _dimension(text, it):
        return "dimension"
    return None


def _dimension(text: str, it: Item) -> bool:
    """A length that gives the size of the thing after it (4.5米宽水泥路, 2.5m宽砼道路), of each thing a count just before
    counts (4座4.3米焦炉), or one side of a size (5.5米×2.5米)."""
    q = it.q
    after = text[it.post_end : it.post_end + 2]
    if after[:1] in L.DIMENSION_WORDS and L.is_han(after[1:2]):
        return True
    if q.unit == "米" and L.is_han(after[:1]) and L.COUNT_END_RE.search(text, max(it.sent.start, q.start - 8), q.start):
        return True
    return (after[:1] in L.SIZE_TIMES and after[1:2].isdigit()) or (
        text[q.start - 1 : q.start] in L.SIZE_TIMES and text[q.start - 2 : q.start - 1] in L.LENGTH_ENDS)


def _plant_named(right: str) -> bool:
    """The capacity's own phrase, up to its first stop, runs on to a farm or a plant (年产3亿枚蛋鸡场, 年出栏3万只白鹅的
    现代化养殖场, 年产20万吨饲料加工厂1个): the capacity names the plant."""
    end = min((k for k in (right.find(c, 0, 16) for c in "、,,;;。") if k >= 0), default=16)
    return any(w in right[:end] for w in L.PLANT_WORDS)


def _amounts_class_a_rate(text: str, it: Item) -> bool:
    """The amount, alone or in a 、-list of amounts written alike, then 的, a thing and a rate (%) in the clause
    (年集体经营性收入30万元、50万元的经济薄弱村覆盖面分别达到85%和40%): the classes of the things whose rates are set."""
    pos, q = it.post_end, it.q
    de = text.find("的", pos, min(it.clause_end, pos + 16))
    if de < 0 or not L.is_han(text[de + 1 : de + 2]) or text.find("%", de, it.clause_end) < 0:
        return False
    tail = text[q.start : pos].lstrip("0123456789.")  # 万元以上: how each amount of the list is written
    seg = text[pos:de]
    if seg and not (seg[0] == "、" and seg.endswith(tail) and seg[1 : len(seg) - len(tail)].replace(".", "").isdigit()):
        return False
    return not any(w in text[de + 1 : de + 7] for w in L.GOAL_NOUNS)


def _reached_by_a_share(text: str, it: Item) -> bool:
    """The amount is what a share of things reaches: the clause opens on a rate and 的, then the things in Han words and
    a verb of reaching (85%的行政村集体经济收入超过20万元, 75%的村集体经济组织年收入达到10万元以上)."""
    lead = text[it.clause_start : it.q.start - it.pre_len]
    k = lead.find("%的")
    if k < 0:
        return False
    words = lead[k + 2 :]
    return 2 <= len(words) <= 20 and L.is_han(words) and (it.pre_len > 0 or words.endswith(L.TOTAL_REACHED))


def _sizes_a_body(text: str, it: Item) -> bool:
    """True when the people a floor counts make up a body its clause names (1000人以上大型企业食堂): a class of the
    body; 吸引1000名以上专家人才回乡服务 names none, the floor is the count's."""
    clause = text[it.post_end : it.clause_end]
    return any(w in clause for w in L.PEOPLE_BODIES)


def _bracketed_floor(text: str, it: Item) -> bool:
    """100吨(合金钢50吨)以下电弧炉: a size with its bracketed alternative, then the bound and the thing it classes."""
    pos = it.post_end
    if text[pos : pos + 1] in ("(", "（"):
        pos = next((k for k in range(pos + 1, min(pos + 14, it.clause_end)) if text[k] in ")）"), -1)
    if pos < 0 or text[pos : pos + 1] not in (")", "）"):
        return False
    bound = next((b for b in L.BOUND_AFTER if text.startswith(b, pos + 1)), "")
    nxt = text[pos + 1 + len(bound) : pos + 2 + len(bound)]
    return bool(bound) and bool(nxt) and L.is_han(nxt)


def _rate_class(text: str, it: Item) -> bool:
    """研发投入强度3%以上的企业: a rate named right before its floor, then 的 and the firms it classes (not 20%以上的城市
    公园, a share of the parks)."""
    return (text.startswith("的", it.post_end) and text.startswith(L.RATE_CLASSED, it.post_end + 1)
            and text.endswith(L.RATE_NAMES, it.clause_start, it.q.start))


def _compared_class(text: str, it: Item) -> bool:
    """小于6米的顶装焦炉, 硫份高于1%、灰份高于16%的民用散煤: a bound before an amount, 的 and a thing after it."""
    q = it.q
    if text[q.start - 2 : q.start] not in L.COMPARATIVES or text[q.start - 3 : q.start - 2] == "不":
        return False
    pos = it.post_end
    if text[pos : pos + 1] == "、":  # a list of such bounds before one 的
        de = text.find("的", pos, min(it.clause_end, pos + 16))
        if de < 0 or not any(w in text[pos:de] for w in L.COMPARATIVES):
            return False
        pos = de
    nxt = text[pos + 1 : pos + 2]
    head = text[pos + 1 : min(it.clause_end, pos + 7)]  # 低于2.5%的控制目标: the goal it is measured against
    return text[pos : pos + 1] == "的" and bool(nxt) and L.is_han(nxt) and not any(w in head for w in L.GOAL_NOUNS)


def _charged(text: str, it: Item) -> bool:
    """An amount per unit after a verb of charging or granting, or before its 奖补 (给予6万元/蒸吨资金奖补)."""
    left = text[max(it.clause_start, it.q.start - it.pre_len - 6) : it.q.start - it.pre_len]
    right = text[it.q.end : min(it.clause_end, it.q.end + 12)]
    return any(w in left or w in right for w in L.CHARGE_WORDS)


def kind_of(it: Item, indicator: str, opening: str = "", floor: bool = False) -> str:
    """level, growth, count, threshold or share, from the unit and the words around (`opening`: the clause's words
    before the number, whose verb of bringing people in counts each item of its list; `floor`: 以上 shared from the
    value after it, 稳定在1500万亩、120亿斤以上)."""
    cat = it.cat
    if cat == "points" or cat == "ratio" or it.q.text.endswith("持平"):
        return "growth"
    if it.threshold and cat == "percent" and indicator.endswith(L.GROWTH_RATE_NOUNS) and it.post_qual not in {"以下", "以内"}:
        return "growth"  # 年均增速力争保持在5%以上, 服务贸易年均增速保持在5%左右: a rate of growth kept, not a cap
    cap = it.post_qual in {"以下", "以内"} or it.pre_qual in {"不超过", "以下"}  # 低于/小于33微克 before it: a ceiling too
    if it.threshold and not cap and it.role == "actual" and cat == "percent" and not L.BAD_RATE_RE.search(indicator):
        return "share"  # 水质达标率保持100%, 参保率稳定在95%以上 in a review: the share the result kept, no cap
    if (it.threshold and it.post_qual != "以上" and not floor) or cap:
        return "threshold"  # a floor kept (播种面积稳定在415万亩以上) keeps the kind of what it floors
    if cat in {"percent", "permille"}:
        if indicator.endswith("完成率"):  # 同比增长2.1%,完成预计目标的87.69%: how far the plan has come, no rise
            return "share"
        if (it.growth and not it.to_level) or (indicator[-1:] in L.GROWTH_NOUN_LAST and L.GROWTH_NOUN_RE.search(indicator)):
            return "growth"
        if indicator.startswith(L.CUT_VERBS) and not it.to_level:  # 再压缩审批时限50%以上: the verb before its object, a cut
            return "growth"
        if (L.BAD_RATE_RE.search(indicator) or L.STATE_RATE_RE.search(indicator)) and it.role != "actual":
            return "threshold"  # a rate of a state or harm aimed at is a bound; one reached in a review is a share
        if indicator.endswith("消费价格指数"):  # 居民消费价格指数为3%左右: a rise of prices, not a share
            return "growth"
        return "share"
    if it.growth and not it.to_level:
        return "growth"
    if cat == "count":
        return "threshold" if L.STATE_AFTER_RE.search(it.right) and it.right[:1] != "" and _hedged_state(it) else "count"
    if cat == "people":
        base = N.split_unit(it.q.unit)[1]
        if base in ("名", "位") or L.NEW_PEOPLE_RE.search(it.left + indicator):
            return "count"
        first = opening.find("、")  # the verb opening a list of people brought in counts each (新引进高层次人才260人、
        if first > 0 and L.NEW_PEOPLE_RE.search(opening, 0, first):  # 高校毕业生1.7万人以上)
            return "count"
        return "level"
    if cat == "time":  # 审批时限压缩至3个工作日: a ceiling; 优良天数300天以上: days counted; 家政服务16万小时: work done
        if indicator.endswith("天数"):
            return "count"
        return "level" if N.split_unit(it.q.unit)[0] > 1 else "threshold"
    if counted_unit(it.q.unit):
        return "count"  # 新增公办学位1.3万个, 净增市场主体4.3万家: things counted in ten thousands (not 出栏1.5万头: output)
    return "level"


def _hedged_state(it: Item) -> bool:
    """A count that is a state to keep (确保21个文保点安全, 14条溪流水质保持…)."""
    return bool(L.KEEP_RE.search(it.left + it.right))


def _closing_year_forecast(d: Doc, mk: Marks, pos: int, end: int) -> bool:
    """预计 before a number, and the plan year's own aim (with a number) after it: "预计全年增长5.5%,今年力争增长6%"."""
    k = bisect_left(mk.hedges, (pos, "")) - 1
    if k < 0 or mk.hedges[k][1] != "预计" or last_before(mk.semis, pos) > mk.hedges[k][0]:
        return False
    i = bisect_right(mk.forward, pos)
    j = bisect_right(mk.this_year, pos)
    aim = mk.forward[i] if i < len(mk.forward) else None
    if j < len(mk.this_year) and d.text.startswith("今年", mk.this_year[j]):
        aim = min(aim if aim is not None else end, mk.this_year[j])
    return aim is not None and bool(L.DIGIT_RE.search(d.text, aim, end))


def _first_found(text: str, words: tuple[str, ...], start: int, end: int) -> int:
    """Where the first of the words in text[start:end] begins, or -1."""
    first = -1
    for w in words:
        k = text.find(w, start, end)
        if k >= 0 and (first < 0 or k < first):
            first = k
    return first


def goal_framed(text: str, it: Item) -> bool:
    """The number is inside a frame closing on its task or goal (围绕…9个,…7个任务目标; 围绕21个…建设任务), 40 characters
    at most, with no stop and at most one comma in it."""
    opening = text[max(it.sent.start, it.q.end - 40) : it.q.start]
    for w in L.GOAL_FRAMES:  # the words opening the frame (围绕, 聚焦…) first: far rarer than 任务 or 目标 after a number
        if w in opening:
            break
    else:
        return False
    end = min(it.sent.end, it.q.end + 24)
    close = _first_found(text, L.GOAL_FRAME_ENDS, it.q.end, end)
    if close < 0:
        return False
    after = close
    while text.startswith(L.GOAL_FRAME_ENDS, after):  # 任务目标: the frame closes at a break (not 任务清单)
        after += 2
    if text[after : after + 1] not in ("", *L.CLAUSE_BREAK, *L.SENT_BREAK, "\n"):
        return False
    start = max((text.rfind(w, max(it.sent.start, close - 40), it.q.start) for w in L.GOAL_FRAMES), default=-1)
    span = text[start:close]
    return start >= 0 and not any(c in span for c in "。;") and span.count(",") <= 1


def _earlier_part(d: Doc, s: Sentence) -> bool:
    """The sentence is in the review of a year before the plan's (a 2025 report's 2024年工作回顾): its goals are past."""
    year = s.period[:4] if s.mode == "review" and s.period else ""
    return year.isdigit() and d.plan_year is not None and int(year) < d.plan_year


def _done_after(text: str, it: Item, fwd: int) -> bool:
    """A review's clause opening with 完成 after the clause holding the forward word, up to the number (…2023年拟出让7号
    地块征拆工作,共完成交地339亩,拆迁倒房78户): what was planned, then done."""
    return L.DONE_CLAUSE_RE.search(text, fwd, it.q.start) is not None


def _handed_down(text: str, start: int, pos: int, fwd: int) -> bool:
    """下达我 in the number's clause, no 力争, 争取 or 计划 before it, no 任务 (财政厅下达我街道…3528万元): an amount received, a fact."""
    k = text.rfind(L.HANDED_DOWN, start, pos)
    if k < 0 or fwd >= 0:
        return False
    given = text[k:pos]
    return not any(c in given for c in ",;:。") and not any(w in given for w in L.HANDED_DOWN_TASKS)


def role_of(d: Doc, it: Item) -> tuple[str, str]:
    """(target or actual, rule id): the part of the document, turned by markers in the sentence."""
    if d.record:  # 统计公报, 政府信息公开工作年度报告: a record of results plans nothing
        return "actual", "results-record"
    if goal_framed(d.text, it) and not _earlier_part(d, it.sent):
        return "target", "goal-framed"
    s = it.sent
    mk = marks_of(d, s)
    pos = it.q.start
    fwd = last_before(mk.forward, pos)
    past = past_before(mk, pos)
    if d.handed_down and _handed_down(d.text, s.start, pos, max(fwd, last_before(mk.strive, pos))):
        return "actual", "handed-down"
    if s.mode == "review":  # 争取 in a review reports what was obtained
        if d.text.find("目标", s.start, pos) >= 0 and _coming_plan_goal(d, it):
            return "target", "five-year-goal"
        if _plan_quoted(d.text, s.start, pos):
            return "target", "plan-quoted"
        fwd = max(fwd, _given_years_jinnian(d, s, mk, pos))
        forward = fwd > past and not _done_after(d.text, it, fwd)
        return ("target", "forward-in-review") if forward else ("actual", "review-part")
    this_year = _this_year_before(d, mk, pos)
    if this_year >= 0 and d.text.startswith(L.STATUS_NOW, s.start) and d.text.find("计划", this_year, pos) < 0:
        this_year = -1  # 截至目前,…2024年项目开复工率达97.5%: whose figure, not when (unlike 2020年计划投资65.5亿元)
    fwd = max(fwd, last_before(mk.strive, pos), this_year)  # 已建成3个,今年再创建2个
    if mk.hedges and _closing_year_forecast(d, mk, pos, s.end):
        return "actual", "closing-year-forecast"
    if mk.start_year is not None and d.plan_year and mk.start_year < (d.first_year or d.plan_year) and fwd < 0:
        return "actual", "earlier-year"
    if fwd < 0 and not mk.hedges and not mk.by_year and _since_earlier_plan(d, it):
        return "actual", "since-earlier-plan"
    if past <= fwd and _ranked(d, mk, it):
        return "actual", "ranked-result"
    if past <= fwd < 0 and (_done_after_count(it.right) or _work_done_next(d.text, it)):
        return "actual", "past-in-plan"
    if past <= fwd < 0 and not mk.hedges and _state_after_count(it.right):
        return "actual", "past-in-plan"
    return ("actual", "past-in-plan") if past > fwd else ("target", "plan-part")


def _since_earlier_plan(d: Doc, it: Item) -> bool:
    """The number's sentence up to the clause after it measures from the end of a five-year plan before the one the
    plan's years run in began (地区生产总值达到4469亿元,较“十三五”末增长24.3%, in a 2026 report): a result, and so is
    what the sentence goes on to count (…;工业总产值率先在全国市辖区突破万亿元)."""
    text = d.text
    if d.plan_year is None or text.find("末", it.sent.start, it.sent.end) < 0:
        return False
    start = it.sent.start
    ends = [k for c in ",;。" if (k := text.find(c, it.q.end, it.sent.end)) >= 0]
    after = min(ends, default=it.sent.end)
    ends = [k for c in ",;。" if (k := text.find(c, after + 1, it.sent.end)) >= 0]
    end = min(ends, default=it.sent.end)
    year = d.first_year or d.plan_year
    current = max((first for first in L.FIVE_YEAR_PLANS.values() if first <= year), default=year)
    # the end of the plan before the current one is the current one's base (比“十三五”末 in 2025 runs on to its goals)
    return any(L.FIVE_YEAR_PLANS[m.group(1)] + 5 < current for m in L.PLAN_END_BASE_RE.finditer(text, start, end))


def _rank_held(left: str) -> bool:
    """The words before a count close on holding a rank, a scope between (稳居全国, 位居, 位列全省)."""
    return (left[:-2] if left.endswith(L.RANK_SCOPES) else left).endswith(L.RANK_HOLDS)


def _done_after_count(right: str) -> bool:
    """已 follows the thing counted, in its clause (5栋大楼已拔地而起, 3栋教学楼已完成主体封顶): the count is done."""
    k = right.find("已", 1, 9)
    after = right[k + 1 : k + 2] if k > 0 else ""
    return after != "" and L.is_han(after) and not any(c in right[:k] for c in ",、;")


def _state_after_count(right: str) -> bool:
    """The clause of the things counted closes on their state (项目冬季不停工): what they did, no aim."""
    words = right.rstrip()
    return words.endswith(L.STATE_AFTER_COUNT) and len(words) <= 12 and L.is_han(words)


def _work_done_next(text: str, it: Item) -> bool:
    """The next clause says the work is done (…路灯进行刷漆出新,该项目已于3月完成): its size is a result."""
    start = it.clause_end + 1
    if text[it.clause_end : start] != "," or not text.startswith(L.DONE_WORK_LEADS, start):
        return False
    end = min((k for k in (text.find(c, start, it.sent.end) for c in ",;。") if k >= 0), default=it.sent.end)
    return text[start:end].endswith(L.DONE_WORK_ENDS)


def same_period_result(d: Doc, s: Sentence, same_paragraph: bool = False) -> bool:
    """The sentence compares with the same period a year before (同比), or goes on with the paragraph of a result, and
    names no aim, time ahead or hedge."""
    if not same_paragraph and d.text.find("同比", s.start, s.end) < 0:
        return False
    return _names_no_aim(marks_of(d, s))


def _names_no_aim(mk: Marks) -> bool:
    """The sentence's marks hold no aim, hedge or time ahead (力争, 计划, 年内, 明年, 到2025年)."""
    return not (mk.forward or mk.strive or mk.hedges or mk.this_year or mk.next_year or mk.by_year)


def _one_project(d: Doc, it: Item) -> bool:
    """The sentence tells of one project (据了解,该项目由…投资1亿元,用地30亩) and names no aim: it describes it."""
    s = it.sent
    if s.one_project is None:  # a fact of the sentence's opening, read once for all its numbers
        s.one_project = _opens_on_one_project(d, s)
    return s.one_project or _company_project_after(d.text, it)


def _opens_on_one_project(d: Doc, s: Sentence) -> bool:
    """The sentence opens on one project (该项目…, 作为…之一的…, 这是…工程, 项目建成后…) and names no aim."""
    head = d.text[s.start : s.start + 12].lstrip().lstrip("“\"")  # a quoted speaker's words too
    lead = next((w for w in L.NEWS_LEADS if head.startswith(w)), "") if head.startswith(L.NEWS_LEADS) else ""
    if head.startswith(L.THIS_PROJECT, len(lead)) and _names_no_aim(marks_of(d, s)):
        return True
    if head.startswith("作为", len(lead)) and _one_of_named(d, s):
        return True
    if head.startswith(L.THIS_IS, len(lead)) and _work_introduced(d, s):
        return True
    return _finished_work_opening(d, s)


def _one_of_named(d: Doc, s: Sentence) -> bool:
    """The sentence opens by naming one of a class (作为国家150项重大水利项目之一的跳蹬水库,) and names no aim."""
    comma = d.text.find(",", s.start, s.end)
    return comma > 0 and d.text.find("之一的", s.start, comma) > 0 and _names_no_aim(marks_of(d, s))


def _work_introduced(d: Doc, s: Sentence) -> bool:
    """The first clause ends on a work's noun (这是…工程项目,) and no aim, hedge or time ahead follows it."""
    comma = d.text.find(",", s.start, s.end)
    if comma < 0 or not d.text[s.start : comma].endswith(L.WORK_NOUNS):
        return False
    mk = marks_of(d, s)
    later = [p for p in (*mk.forward, *mk.strive, *mk.this_year, *mk.next_year) if p > comma]
    return not later and not any(p > comma for p, _ in (*mk.hedges, *mk.by_year))


def _finished_work_opening(d: Doc, s: Sentence) -> bool:
    """The sentence opens with a work finished (项目建成达产后, 学校建成后) and no aim (力争, 将): what it will give."""
    head = d.text[s.start : s.start + 14].lstrip().lstrip("“\"")
    k = head.find("后")
    if k < 2 or "," in head[:k] or not head[:k].endswith(L.FINISHED_WORK):
        return False
    mk = marks_of(d, s)
    return not (mk.strive or mk.forward)


def _company_project_after(text: str, it: Item) -> bool:
    """The number's words run on to 的 and a company's project (建设2条…生产线,购置…的湖北丰缘科技股份有限公司…
    项目;): what the project will build, told before its name."""
    end = text.find(";", it.post_end, it.sent.end)
    end = end if end >= 0 else it.sent.end
    k = text.rfind("的", it.post_end, end)
    if k < 0:  # before the slice: text[0:end] would copy the document up to here
        return False
    name = text[k + 1 : end].rstrip("。 \n")
    return name.endswith("项目") and "," not in name and any(w in name for w in L.COMPANY_WORDS)


def _under_way_before(d: Doc, it: Item, lw: str) -> bool:
    """The clause says the work is going on (正在, 即将, 正处于) before the number, with no aim (力争, 将) after that;
    not of a noun the words describe (即将托管的“兴槐苑”安置区678户新业主)."""
    if "正" not in lw and "即" not in lw:  # every word of UNDER_WAY holds one
        return False
    at = max(lw.rfind(w) for w in L.UNDER_WAY)
    if at < 0 or "的" in lw[at:]:
        return False
    mk = marks_of(d, it.sent)
    return max(last_before(mk.forward, it.q.start), last_before(mk.strive, it.q.start)) < it.clause_start + at


def _going_on_after(d: Doc, it: Item) -> bool:
    """The clause says after the count that its projects are in their early stage now (19个重点项目正在前期推进,
    15个项目正在加快办理前期手续), with no aim (将, 力争) in it before the count."""
    clause = _list_phrase(it.right)
    at = max((clause.find(w) for w in L.UNDER_WAY_NOW), default=-1)
    if at < 0 or clause.find(L.EARLY_STAGE, at) < 0:
        return False
    mk = marks_of(d, it.sent)
    hedge = max((at for at, _ in mk.hedges if at < it.q.start), default=-1)
    return max(last_before(mk.forward, it.q.start), last_before(mk.strive, it.q.start), hedge) < it.clause_start


def _signed_total(text: str, it: Item, lw: str) -> bool:
    """A bare total opens its clause after projects signed or reserved (签约项目15个,总投资额25亿元; 谋划储备…项目1200个
    以上、总投资3600亿元以上), or names the reserve (储备项目总投资额达到3万亿元以上): the pool's sum, no one project's."""
    own = lw[lw.rfind("、") + 1 :]  # 签约招商引资项目20个、总投资50亿元以上: after the count it sums
    if own.startswith(L.PROJECT_POOLS) and L.TOTAL_INVEST_RE.fullmatch(own, len(L.PROJECT_POOLS[0])):
        return True
    k = own.rfind("总投资")
    if own.endswith("项目", 0, k) and any(w in own[max(0, k - 8) : k] for w in L.POOL_STATES) and not it.right.startswith("的"):
        return L.TOTAL_INVEST_RE.fullmatch(own, k) is not None  # 力争新策划储备项目总投资3100亿元以上: the pool's sum
    return L.TOTAL_INVEST_RE.fullmatch(own) is not None and (
        any(text.find(w, it.sent.start, it.q.start) >= 0 for w in L.POOL_STATES)
        or _after_projects_counted(lw[: lw.rfind("、")])
    )


def _after_projects_counted(before: str) -> bool:
    """The item before closes on a count of projects (在建亿元项目800个以上、总投资4000亿元以上): the total sums them."""
    for bound in L.BOUND_WORDS:
        before = before.removesuffix(bound)
    return before.endswith(("个", "项")) and before[-2:-1].isdigit() and "项目" in before


def _planned_investment(text: str, it: Item, lw: str) -> bool:
    """The words before the number name the investment planned (年度计划投资, 计划总投资), in a sentence signing nothing."""
    return L.PLANNED_INVEST_RE.search(lw) is not None and text.find("签约", it.sent.start, it.q.start) < 0


def breakdown_opening(text: str, start: int, end: int) -> bool:
    """The sentence opens with a lead that parts a figure (按行业分, 分产业看, 从构成看, 其中) and a comma or colon."""
    head = text[start : min(end, start + 10)].lstrip()
    comma, colon = head.find(","), head.find(":")
    cut = comma if comma > 0 and not 0 < colon < comma else colon
    if cut <= 0:
        return False
    lead = head[:cut]
    return lead in L.BREAKDOWN_WHOLE or (2 < len(lead) <= 6 and L.BREAKDOWN_ENDS.get(lead[0]) == lead[-1])


def _merged_into(right: str) -> bool:
    """The words after a count merge its things into a number of others (…国企整合重组为9家, …市属国企整合为6家)."""
    k = right.find("为", 2, 16)
    c = right[k + 1 : k + 2] if k > 0 else ""
    if not c or not (c.isdigit() or c in L.NUMERAL_FIRST):
        return False
    return right.endswith(L.MERGE_VERBS, 0, k) and L.is_han(right[:k])


def _year_total(it: Item, lw: str) -> bool:
    """The total names the year's (年度计划总投资约2000亿元) and closes its clause: the year's planned investment, an aim."""
    k = lw.rfind("总投资")
    return any(w in lw[max(0, k - 4) : k] for w in L.YEAR_WHOLE) and not it.right.startswith("的")


def _ranked(d: Doc, mk: Marks, it: Item) -> bool:
    """A figure its sentence ranks among places (增速位居全市第2位), with no aim or hedge but 预计 before it: reached."""
    s, pos = it.sent, it.q.start
    if max(last_before(mk.forward, pos), last_before(mk.strive, pos)) >= 0:
        return False
    if any(at < pos and word != "预计" for at, word in mk.hedges):
        return False
    return "第" in d.text[s.start : s.end] and L.RANKED_RE.search(d.text, s.start, s.end) is not None


def five_year_before(d: Doc, it: Item) -> tuple[int, int] | None:
    """(offset, first year) of the last five-year plan named as a time before the number in its sentence
    (“十四五”时期, “十五五”期间, 今后五年), or None."""
    s, pos = it.sent, it.q.start
    if d.text.find("五", s.start, pos) < 0 and d.text.find("5年", s.start, pos) < 0:  # 未来5年 as 未来五年
        return None
    last = None
    for m in L.FIVE_YEAR_TIME_RE.finditer(d.text, s.start, pos):
        last = m
    if last is None:
        return None
    text, at = d.text, last.start()
    clause = max(s.start, text.rfind(",", s.start, at) + 1, text.rfind(";", s.start, at) + 1, text.rfind(":", s.start, at) + 1)
    if len(text[clause:at].strip(" “\"")) > 4:  # 完成…、“十四五”期间批而未供土地处置任务: a name's words, no time of the clause
        return None
    if text[clause:at].rstrip(" “\"")[-1:] in ("较", "比", "与", "同", "是"):  # 较“十三五”末实现翻番, 是“十二五”时期的1.54倍:
        return None  # the base compared with
    first = L.FIVE_YEAR_PLANS[last.group(1)] if last.group(1) else d.plan_year
    if first and _year_after_plan(text, last.end(), pos, first + 4):  # 到“十四五”末达5000亿元,到2026年达5500亿元: 2026's
        return None
    return (last.start(), first) if first else None


def _year_after_plan(text: str, start: int, end: int, last: int) -> bool:
    """A year later than a five-year plan's last (到2026年 after 到“十四五”末) is named between start and end."""
    k = text.find("年", start, end)
    while k >= 0:
        if text[k - 4 : k].isdigit() and int(text[k - 4 : k]) > last:
            return True
        k = text.find("年", k + 1, end)
    return False


def _average_span(it: Item, period: str | None) -> str | None:
    """The years an average growth (年均增长, 五年年均增长, 两年平均增长) is over, when its words or its part's span say them."""
    if not it.growth or not period or ("年均" not in it.left and "年平均" not in it.left):
        return None
    m = L.YEARS_AVERAGED_RE.search(it.left)
    n = int(m.group(1)) if m and m.group(1).isdigit() else int(N.cn_to_number(m.group(1)) or 0) if m else 0
    end = period[-4:] if period[-4:].isdigit() else period[:4]
    if 1 < n <= 10 and end.isdigit():
        return f"{int(end) - n + 1}-{end}"  # 五年年均增长8.5% in 2015: 2011-2015
    return period if period[4:5] == "-" and not m else None  # 2011年,…为2006年的2.6倍,年均增长16.1% under 过去五年工作回顾


def _own_clause_time(text: str, at: int, pos: int) -> bool:
    """The time word at `at` is the number's own: in its clause, or alone in the clause before ("“十四五”期间,")."""
    cuts = [i for i in range(at, pos) if text[i] in ",;"]
    return not cuts or (len(cuts) == 1 and cuts[0] - at <= 9)


def _plan_quoted(text: str, start: int, pos: int) -> bool:
    """The sentence opens with a plan quoted as saying what follows (“十四五”规划纲要提出,…提高到95%), nothing done after."""
    head = text[start : min(pos, start + 24)]
    if "提出" not in head and "明确" not in head:  # every PLAN_SAYS word ends with one of them
        return False
    k = next((head.find(w) + len(w) for w in L.PLAN_SAYS if w in head), -1)
    return k > 0 and head[k : k + 1] in (",", ":", "到") and text.find("已", start + k, pos) < 0


def _coming_plan_goal(d: Doc, it: Item) -> bool:
    """A goal of the five-year plan that starts with the plan year (“十五五”时期的主要目标是…年均增长5%左右)."""
    five = five_year_before(d, it)
    return (five is not None and d.plan_year is not None and five[1] >= d.plan_year
            and d.text.find("目标", five[0], it.q.start) >= 0)


def _this_year_before(d: Doc, mk: Marks, pos: int) -> int:
    """The last mark of this year before pos that plans, or -1.

    全年 after 去年 or an earlier year in the sentence is that year's ("去年,…全年新招引…,新增规上工业企业4家");
    全年任务, 全年目标, 全年计划 name the year's task done ("已提前完成全年任务,9个事项超序时进度"), and 占全年…
    the whole a share is of ("已完成投资27.5亿元,占全年投资的42%"). All still give a half-year plan's period
    (period_of reads the marks, not this).
    """
    ty = last_before(mk.this_year, pos)
    if ty < 0 or not d.text.startswith("全年", ty):  # the last mark is kept unless it is a 全年
        return ty
    earlier = min([*mk.last_year, *(p for p, _ in mk.years)], default=pos)
    for t in reversed(mk.this_year):
        if t >= pos:
            continue
        if d.text.startswith("全年", t) and (earlier < t or d.text.startswith(_YEARS_TASK, t + 2) or d.text[t - 1] == "占"):
            continue
        return t
    return -1


def _given_years_jinnian(d: Doc, s: Sentence, mk: Marks, pos: int) -> int:
    """The last 今年 before pos in a review of the year before a report given in its plan's year (江苏 2024年1月23日:
    今年经济社会发展主要预期目标也定了): the year it was given in, the one planned; or -1."""
    if d.date_year is None or d.date_year != d.plan_year or s.period != str(d.plan_year - 1):
        return -1
    t = last_before(mk.this_year, pos)
    return t if t >= 0 and d.text.startswith("今年", t) and not d.text.startswith("以来", t + 2) else -1


_YEARS_TASK = ("目标", "任务", "计划")  # after 全年: the year's task, an object, not a mark of the plan


def _summed(text: str, it: Item) -> bool:
    """The last amount of a budget's sum (加上上级补助收入…、上年结转6亿元后,收入总计…): its 后 closes 加上, no condition."""
    return text.startswith("后", it.post_end) and text.rfind("加上", it.sent.start, it.q.start) >= 0


def _done_of_task(text: str, end: int) -> bool:
    """After a task's size, the figure done of it (…任务38089亩,已完成38492亩); not 完成率, no figure."""
    done = next((w for w in L.DONE_OF_TASK if text.startswith(w, end)), "")
    return bool(done) and text[end + len(done) : end + len(done) + 1].isdecimal()


def _against_reported(text: str, start: int, pos: int) -> bool:
    """Before pos the sentence compares with the figures reported to the congress (与…报告的执行数相比, 比向县人大报告数)."""
    return text.find("报告", start, pos) >= 0 and any(text.find(w, start, pos) >= 0 for w in L.REPORTED_FIGURES)


def _framed_with(lw: str) -> bool:
    """True when the count is joined by 和/及 to a count the words before frame (将全市划分为7个三级流域单元和26个四级
    流域治理单元): both are parts of the frame."""
    if lw[-1:] not in L.ITEM_JOINS:
        return False
    k = len(lw) - 1
    while k > 0 and not lw[k - 1].isdigit():
        k -= 1
    while k > 0 and lw[k - 1].isdigit():
        k -= 1
    head = lw[:k].rstrip()
    return k > 0 and head[-1:] in L.FRAMING_LAST and L.FRAMING_RE.search(head) is not None


def commitment_skip(d: Doc, it: Item, role: str, cat: str, full_left: str) -> str | None:
    """Why a quantity with a unit is still no commitment: a project total, a fact, a current value."""
    text = d.text
    lw = text[it.clause_start : it.q.start - it.pre_len]
    if lw[-1:] in "行前有原\n" and L.CURRENT_RE.search(lw):
        return "current-value"
    if cat == "count" and text.startswith(L.CURRENT_AFTER_COUNT, it.post_end):  # 发挥…等98家现有产学研平台作用: the stock
        return "current-value"
    if cat == "count" and 0 <= lw.find(L.CONSOLIDATE, 0, 4) and not L.DIGIT_RE.search(lw):
        return "current-value"  # 巩固提升环罗浮山等13条乡村振兴综合示范带: the stock consolidated
    if lw.endswith(L.USE_WELL):
        return "current-value"  # 用好100亿元的产业投资发展母基金: the fund there, put to good use
    after = text[it.post_end : it.post_end + 1]
    if (after and after in "以之后时" and L.CONDITION_AFTER_RE.match(text, it.post_end) and not _summed(text, it)) or (
        cat != "count" and "后" in lw and L.YIELD_BEFORE_RE.search(lw)
    ):
        return "condition"
    if cat == "count":
        r = it.right
        if (r.startswith("单位", 2) and r[:2] in L.IN_CHARGE_UNITS) or (  # 涉及34个牵头单位
            len(r) <= 16 and r.endswith(L.SET_OUT_ENDS) and any(v in lw for v in L.SET_OUT_VERBS)  # 明确133项具体任务
        ):
            return "set-out"
        k = r.find("第", 1, 14) if "第" in r else -1
        if k > 0 and (head := r[:k]).endswith(L.RANK_WORDS) and head not in L.RANK_WORDS and L.is_han(head):
            return "rank-field"  # 15个区县排名第10位, 165个迎检乡镇中第四位: Han words up to 第 ending in a word of rank
        k = r.find("中", 1, 10) if "中" in r else -1
        if k > 0 and L.is_han(r[:k]) and r.find("前", k + 1, k + 8) > 0:
            return "rank-field"  # 在中部87个地级市中力争进入前20强: the places a rank is among
        if r.endswith(L.RANK_TOPS) and L.is_han(r) and _rank_held(lw):
            return "rank-field"  # 稳居全国168个重点城市前列: the field among which a rank is held
        k = r.find("之一", 1, 14) if "之一" in r else -1
        if k > 0 and L.is_han(r[:k]) and r[k + 2 : k + 3] in ("", *L.CLAUSE_BREAK, *L.SENT_BREAK):
            return "rank-field"  # 为全国15个县市区之一: one of the places counted, as a rank is among them
    if cat == "count" and _policy_paper(text, it):
        return "policy-set"  # of any size: 落实国33条、省30条等稳增长政策, 稳住经济增长35条等措施
    if cat == "count" and it.q.value is not None and it.q.value <= 30:  # sets named by their size are small
        if L.APPLY_VERB_RE.search(lw) and (L.POLICY_SET_RE.search(full_left + text[it.q.end : it.clause_end])
                                           or (it.q.unit == "条" and it.post_end == it.clause_end)):
            return "policy-set"  # 认真落实促进外向型经济发展16条: a policy named by its articles
        n, head = listed_before(lw)  # the verb before the list, not its items (立项、开工、建设、投产)
        sums = n and (it.q.value == n or (it.q.value == n + 1 and last_pair_joined(lw)))  # A、B和C三种: 和 may join the last two
        if sums and not L.CREATE_VERB_RE.search(_after_scope_verb(lw, head)) and not L.LIST_SUBJECT_RE.search(it.right):
            made = L.CREATE_VERB_END_RE.search(lw, lw.rfind("、") + 2)  # 联合光机所、应化所、长春理工大学新建3个…
            if not made:  # the partners of a verb of making, not items the count sums up
                return "list-sum"
        if it.right.endswith(_ATTRIBUTE_ENDS) and _attribute_named(it.right):
            return "attribute-of-set"
        if N.split_unit(it.q.unit)[1] == "种" and (L.SERVICE_VERB_RE.search(lw) or (
                "开展" in lw and _list_phrase(it.right).endswith(L.SCREENINGS))):
            return "service-scope"
    if _capacity_named(lw) and (
        0 < it.right.find("项目", 0, 24) or 0 < it.right.find("生产线", 0, 24) or _plant_named(it.right)
        or 0 < _list_phrase(it.right).find("项目")  # 年产300台(套)主机塔筒、…、…风电等项目: the list's first plant
    ):
        return "capacity-name"  # 湖北丰缘科技股份有限公司年产200万套锂电池项目: the project's name
    if L.is_han(it.right[:1]) and _maker_named(lw, it.cat in _CAPACITY_CATS) and (
        _plant_named(it.right) or 0 < _list_phrase(it.right).find("项目")
    ):
        return "capacity-name"  # 中食世纪集团400万羽蛋鸡产业集群项目, 国能120万吨…示范基地, 广利隆300万吨洗煤、…项目
    if it.cat in _CAPACITY_CATS and _early_work_of(it.right):
        return "early-work-size"  # 加快闽南海上风电基地480万千瓦先行示范基地前期工作: the base's size, its early work the aim
    if role == "target" and _one_project(d, it):
        return "project-facts"  # 该项目由…投资1亿元,用地30亩,可年产…20000吨: a signed project described
    if role == "target" and cat in {"money", "number"}:
        if "总投资" in lw and L.TOTAL_INVEST_RE.search(lw) and not _signed_total(text, it, lw) and not _year_total(it, lw):
            return "project-total"
        if L.INVEST_RE.search(lw) and it.right.startswith("的") and not L.COMMIT_BEFORE_INVEST_RE.search(lw[:-2]):
            return "project-size"
    if cat not in {"count", "percent", "points"} and it.right[:1] and "\u4e00" <= it.right[0] <= "\u9fff":
        if L.ATTENTION_RE.search(lw.rstrip()):
            return "attention-size"
    if role == "target" and cat in {"people", "visits"} and _fact_named(L.FACT_SUBJECT_RE, full_left):
        if not L.ACTION_RE.search(full_left) and not full_left.startswith(L.AIM_HEDGES):
            return "fact-forecast"
    if ("从" in lw or "由" in lw) and L.FROM_BEFORE_RE.search(lw) and L.CHANGE_AFTER_RE.match(it.right):
        return "change-start"
    if cat == "count" and _merged_into(it.right):
        return "change-start"  # 将市属29家国企整合重组为9家: the firms merged, counted before the count they become
    if cat == "count" and it.rule != "goal-framed" and (
        (lw.rstrip()[-1:] in L.FRAMING_LAST and L.FRAMING_RE.search(lw.rstrip())) or it.right.startswith(L.OUTLINE_NOUNS)
        or it.right.strip() in L.WORK_ITEMS or (lw.endswith("等") and "、" in lw and lw.startswith(L.GOAL_FRAMES))
        or _framed_with(lw) or text.startswith(L.OUTLINE_OPENERS, it.clause_end)
    ):
        return "framing"  # 围绕3个重点领域; 聚焦A、B等5个核心方向; 做好6个方面工作; 重点抓好七项工作: the outline
    if cat == "count" and (
        (it.right.find("指标", 0, 12) >= 0 and (
            _indicators_counted(it.right, N.split_unit(it.q.unit)[1])
            or (N.split_unit(it.q.unit)[1] == "项" and L.INDICATORS_AFTER_RE.match(it.right))
            or (lw.endswith("等") and it.right.startswith("指标"))
        ))
        or (lw.endswith("指标") and lw[:-2].endswith(L.INDICATOR_KINDS))
    ):
        return "framing"  # 提出3项指标, 20项重大指标, 19个一级指标, 预期性指标20个: how a plan's indicators are grouped
    if cat == "count" and _of_the_indicators(text, it, lw):
        return "framing"  # 纲要提出的20项主要指标中,16项基本符合或快于预期: how many of them, no count of work
    if role == "actual" and it.right.find("目标", 0, 5) >= 0 and _quoted_goal(text, it):
        return "quoted-goal"  # 远超60%的规划目标, 低于2.5%的控制目标: the goal a result is measured against
    if cat == "count" and role == "target" and _matters_named(it.right) and L.MATTERS_AFTER_RE.match(it.right):
        return "framing"  # 办好15件重点民生实事: the list the items below make up
    if cat == "count" and role == "target" and _matters_listed(text, it):
        return "framing"  # 民生实事10大类50个事项, 34项为民办实事项目: the size of the year's list of practical matters
    if cat == "count" and role == "target" and it.q.value is not None and it.q.value <= 30 and _campaigns(it):
        return "framing"  # 开展9项专项行动, 实施…等4项工程: how the work is organised, not a count to reach
    if role == "actual" and N.split_unit(it.q.unit)[1] not in _DOCUMENTS and (
        (lw[-1:] in L.GOAL_LEFT_LAST and L.GOAL_LEFT_RE.search(lw))
        or (it.right[:1] in "的年全预计目任" and L.GOAL_RIGHT_RE.match(it.right))
        or (lw.endswith(L.TASK_NAME_ENDS) and _done_of_task(text, it.post_end))
        or (lw.endswith("投资") and _planned_investment(text, it, lw))
        or (it.right[:1] == "的" and it.right[1:2].isdigit() and L.PROGRESS_RE.search(lw))
    ):
        return "past-target"  # 目标设定为9%左右, 完成…110万人年度任务, 种植任务38089亩,已完成…, 完成预算49531万元的85%: the target reviewed
    if role == "actual" and ("正" in it.right or "即" in it.right) and any(w in it.right for w in L.UNDER_WAY):
        return "under-way"  # 30座危桥正在加紧施工, 50公里…工程即将动工: work going on or to come, no result
    if role == "target" and "正" in it.right and _going_on_after(d, it):
        return "under-way"  # 还有…19个重点项目正在前期推进: how the work stands now, no aim
    if _under_way_before(d, it, lw):
        return "under-way"  # 开州境内正在建设渝西和成达万2条高铁: the works going on, neither done nor aimed at
    if cat in {"percent", "points"} and it.right[:1] in "平的" and L.BENCHMARK_AFTER_RE.match(it.right):
        return "benchmark"  # 高于省、市7.5%平均水平: the average compared with, not this place's rate
    if d.reported and _against_reported(text, it.sent.start, it.q.start):
        return "revision"  # 与…人大…报告的执行数相比,…收入增加34008万元: the final account revising what was reported
    if ("比" in lw or "较" in lw) and lw.endswith(L.BASE_VALUE_BEFORE) and it.right.startswith(L.BASE_VALUE_AFTER):
        return "base-value"  # 比去年同期73.79亿元增加了1.54亿元: last year's value, given to compare
    if "预算" in lw and any(w in lw for w in L.BUDGET_COMPARED) or lw.endswith(L.BUDGET_GAPS):
        return "revision"  # 比年初预算的35620万元增加了14962万元, 短收7431万元: the change against the year's own budget
    if "线" in it.right and _red_line(it.right):
        return "red-line"
    if cat in {"percent", "permille"} and 0 <= (k := it.right.find("抽样", 0, 8)) and L.is_han(it.right[:k]):
        return "sample-share"  # 开展1%人口抽样调查: the share the survey samples names it
    if role == "target" and cat in L.FACT_UNITS and _fact_named(L.PLACE_FACT_RE, full_left) and not L.COMMIT_RE.search(full_left):
        return "place-fact"
    if role == "target" and lw.endswith("有") and text.endswith("中,", 0, it.clause_start) and not L.COMMIT_RE.search(lw):
        return "place-fact"  # 全省百强民营企业中,长治有16家: how many of a set the place has now
    if "全" in full_left and L.SCOPE_RE.search(full_left) and L.PLACES_AFTER_RE.match(it.right):
        return "places-in-scope"
    if cat in {"count", "people"} and (why := _gathering_skip(d, it, cat, role, lw, full_left)):
        return why
    if it.q.unit in N.BARE_MULTIPLIERS and (L.PEOPLE_AFTER_RE.match(it.right) or _people_of_place(it.right)):
        return "population-in-scope"  # 60万群众; 600多万惠州人民: the people of a place
    if ("受益" in lw or "惠及" in lw) and lw.endswith(L.BENEFIT_ENDS) and (role == "target" or lw.strip() in L.BENEFIT_ENDS):
        return "population-in-scope"  # and a result's reach its clause names no more of (…补助411.59万元,惠及3304人次)
    return None


def _gathering_skip(d: Doc, it: Item, cat: str, role: str, lw: str, full_left: str) -> str | None:
    """Why a count of places or people is no commitment: the places a figure is of, a meeting's agenda, who came."""
    text = d.text
    if cat == "count" and it.right[:1] in L.PLACES_TOTAL_FIRST and L.PLACES_TOTAL_AFTER_RE.match(it.right):
        return "places-in-scope"
    if cat == "count" and "值" in it.right[:26] and L.SET_OUTPUT_RE.match(it.right):
        return "places-in-scope"  # 5个省级产业园规上工业增加值增长9%: the parks whose output is told
    if cat == "count" and "涉及" in full_left and it.right.startswith(L.PLACE_NOUNS) and L.INVOLVES_RE.search(full_left):
        return "places-in-scope"  # 实施高标准农田建设项目5个,…涉及5个乡镇14个村: the places the work covers
    if cat == "count" and ("率" in it.right[:18] or "比例" in it.right[:18]) and _rate_in_scope(it.right):
        return "places-in-scope"  # 74个国控断面水质优良比例达到100%: how many the rate is of
    if cat == "count" and role == "target" and "达标" in it.right[:40] and _all_meet_standard(it.right):
        return "places-in-scope"  # 确保13个国省考核断面、63个入河排污口水质全部达标: the sites the standard is for
    if cat == "people" and it.right[:1] in "参出与" and L.ATTEND_AFTER_RE.match(it.right):
        return "attendance"
    if cat == "count" and it.right[:1] in "报工" and N.split_unit(it.q.unit)[1] in {"个", "份"} and L.REPORTS_AFTER_RE.match(it.right):
        return "reports-heard"  # 审议三个报告: a congress's agenda
    if cat == "count" and role == "actual" and it.right.startswith(L.RANK_STEPS):
        return "rank-move"  # 位列第79位,前进两个位次: how far a rank moved, told beside the rank
    if cat == "count" and it.q.unit in L.BUILDING_UNITS and _building_side(it.right):
        return "building-number"  # 新南社区5幢北侧, 阳光家园1-76幢周边: the building where the work is
    if cat == "people" and it.right[:1] in L.LED_TO_FIRST and any(v in lw for v in L.LEAD_VERBS):
        return "led-out"  # 带领镇村干部、保洁员130余人对正中大道…进行清扫: who took part
    if _elected(lw):
        return "reports-heard"  # 选举产生副镇长两名, 票决产生民生实事项目2项: a congress's elections and votes
    if cat == "count" and _electing_places(it.right):
        return "reports-heard"  # 20个乡镇补选了人大主席, 24个乡镇的…领导成员已经全部产生: the congresses that elected
    if N.split_unit(it.q.unit)[1] in {"名", "人"} and L.ATTEND_BEFORE_RE.search(lw):
        return "attendance"  # 应到代表103名, 列席人员10名: counted after the word for coming
    if ("代表" in it.right[:6]
            and ("代表大会" in d.title or _congress_sitting(text[it.sent.start : it.q.start]) or _congress_before(text, it.sent.start))
            and N.split_unit(it.q.unit)[1] in ("名", "人") and L.DEPUTIES_AFTER_RE.match(it.right)):
        return "attendance"  # 65名人大代表以…共商发展大计: the deputies at the congress the news (or sentence) is of
    if it.right.find("表态发言", 0, 22) >= 0 and L.SPEAKERS_AFTER_RE.match(it.right):
        return "attendance"  # 23个村(社区)党组织主要负责人表态发言: who spoke at the meeting
    if cat == "count" and it.q.value == 4 and it.right.startswith("班子") and N.split_unit(it.q.unit)[1] in {"个", "套"}:
        return "attendance"  # 县四个班子其他领导: the four leading bodies (党委, 人大, 政府, 政协) at a meeting, a name
    return None


def _people_of_place(right: str) -> bool:
    """The words after a bare 万 name a place's people (300多万云浮人民, 内蒙古人民, 775万江海儿女): all who live there,
    no count to reach."""
    return any(0 < (k := right.find(w, 1, 6)) and L.is_han(right[:k]) for w in L.PLACES_PEOPLE)


def _of_the_indicators(text: str, it: Item, lw: str) -> bool:
    """The count opens the clause after "…指标中," (20项主要指标中,16项基本符合或快于预期): a part of the indicators."""
    k = text.rfind("指标中", it.sent.start, it.clause_start)
    return k >= 0 and not text[k + 3 : it.clause_start].strip(" ,") and lw.strip() in {"", "有", "其中", "其中有"}


def _fact_named(words_re: re.Pattern[str], words: str) -> bool:
    """A word of facts in the words that is not the population a ratio is per (每千常住人口执业(助理)医师达3.9人), nor
    the area a service is for (为辖区431户…低保对象投保)."""
    return any(not words.endswith(L.PER_CAPITA, 0, m.start()) and not words.endswith(L.SERVED_LEADS, 0, m.start())
               for m in words_re.finditer(words))


_DOCUMENTS = ("条", "件", "份", "篇")  # documents counted (公开规范计划5条): a 计划 before them is their kind, no target


def _matters_listed(text: str, it: Item) -> bool:
    """The count sizes a list of practical matters: 为民办实事 right after it, or 事项 (after other counts) in a sentence
    naming the list (省政府民生实事共有12类45件53个事项,涉及我市12类39件45个事项)."""
    r = it.right
    if r.startswith(L.DEEDS_NAMED):
        return True
    k = r.find("事项", 0, 6)
    return (k == 0 or (k > 0 and not r[:k].strip("0123456789个件项类大"))) and any(
        w in text[it.sent.start : it.q.start] for w in L.DEEDS_NAMED)


def _all_meet_standard(right: str) -> bool:
    """The words after a count, in its clause, close on 全部达标 or the like (断面、63个入河排污口水质全部达标): every
    one of the things counted is to meet a standard."""
    k = right.find("达标", 2, 40)
    return k > 0 and right.endswith(L.ALL_MEET, 0, k) and not any(c in right[:k] for c in ",;。")


def _congress_sitting(left: str) -> bool:
    """The sentence opens on a congress sitting (召开第十九届人民代表大会第五次会议), not on its resolutions."""
    k = left.find("代表大会")
    return k >= 0 and ("会议" in left[k:] or "召开" in left)


def _congress_before(text: str, start: int) -> bool:
    """The sentence opens on 会上 and the one before it is of a congress sitting (…人民代表大会第三次会议圆满…)."""
    return text.startswith(L.AT_THE_MEETING, start) and _congress_sitting(text[text.rfind("。", 0, start - 1) + 1 : start])


def _elected(words: str) -> bool:
    """A verb of electing in the words (选举产生, 票决出); each holds 选 or 票, tested first."""
    return ("选" in words or "票" in words) and any(v in words for v in L.ELECTED_VERBS)


def _electing_places(right: str) -> bool:
    """The places counted held an election: a verb of electing right after them (乡镇补选了), or their leaders made."""
    return right[:1] in L.PLACES_TOTAL_FIRST and (
        _elected(right[:8]) or ("领导" in right and right.endswith(L.LEADERS_MADE)))


def _indicators_counted(right: str, unit: str) -> bool:
    """The indicators a plan sets, counted: 20项(主要|重大|约束性…)指标, 29个主要指标 (not 1个以上指标进入…: a count to reach)."""
    kind = next((k for k in L.INDICATOR_KINDS if right.startswith(k)), "")
    rest = right[len(kind) :]
    rest = rest[2:] if rest.startswith("目标") else rest
    return rest.startswith("指标") and (unit == "项" or (unit == "个" and len(right) - len(rest) > 0))


def _quoted_goal(text: str, it: Item) -> bool:
    """A result's goal quoted after it: 远超60%的规划目标, 低于2.5%的控制目标."""
    right = it.right[1:] if it.right[:1] == "的" else it.right
    right = right[2:] if right.startswith(L.GOAL_KINDS) else right
    return right.startswith("目标") and text.endswith(L.BEATS, it.clause_start, it.q.start)


def _rate_in_scope(right: str) -> bool:
    """A rate of the things just counted follows in the clause (74个国控断面水质优良比例达到100%, 296个重点项目开复工率100%)."""
    k = min((i + len(w) for w in L.RATE_ENDS if (i := right.find(w, 2, 18)) >= 0), default=-1)
    if k < 0 or any(c in right[:k] for c in L.LIST_BREAKS) or L.DIGIT_RE.search(right, 0, k):
        return False
    rest = right[k:]
    if rest[:1] == "、":  # 22个国省控断面水质达标率、优良水体比例、9处…达标率均保持100%: the first of rates sharing a value
        j = next((i for w in L.SHARED_MARKS if (i := rest.find(w)) > 0), -1)
        items = rest[1:j].split("、") if j > 0 else []
        if not items or not all(p.endswith(L.RATE_ENDS) for p in items):
            return False
        rest = rest[j:]
    rest = rest.removeprefix(next((w for w in L.SHARED_MARKS if rest.startswith(w)), ""))
    return rest[len(next((w for w in L.RATE_VERBS if rest.startswith(w)), "")) :][:1].isdigit()


def _building_side(right: str) -> bool:
    """True when a side of a building follows, after the other numbers of a list of them (5、8幢北侧)."""
    r = right
    while r[:1] == "、":
        k = 1
        while r[k : k + 1].isdigit():
            k += 1
        if k == 1 or r[k : k + 1] not in L.BUILDING_UNITS:
            return False
        r = r[k + 1 :]
    return r.startswith(L.BUILDING_SIDES)


def _campaigns(it: Item) -> bool:
    """The count's noun is a campaign (专项行动, 提质行动) or, counted in 项, a bare 工程: programmes, not works."""
    m = L.CAMPAIGNS_AFTER_RE.match(it.right)
    return m is not None and (m.group(0).endswith("行动") or N.split_unit(it.q.unit)[1] == "项")


def _attribute_named(right: str) -> bool:
    """The words after a count are up to 12 Han characters or quotes, then 标准 or 作用, and end there."""
    t = L.without_final_newline(right)
    return t.endswith(L.ATTRIBUTE_NOUNS) and len(t) <= 14 and L.is_han(t[:-2].replace("“", "").replace("”", ""))


# What a plant makes a year is measured in weight or power: its capacity names it (120万吨乙烯, 200万千瓦光伏).
_CAPACITY_CATS = ("mass", "power")


def _machine_rated(text: str, it: Item) -> bool:
    """A machine's noun right after a power in 兆瓦 or 千瓦, with no 万 (50兆瓦重型燃机, 145兆瓦…汽轮机): one machine's rating."""
    if not L.is_han(text[it.post_end : it.post_end + 1]) or N.split_unit(it.q.unit)[0] != 1:
        return False
    end = min((k for k in (text.find(c, it.post_end, it.post_end + 16) for c in "、,;。") if k >= 0), default=it.post_end + 16)
    return any(w in text[it.post_end : end] for w in L.MACHINE_NOUNS)


def _example_listed(text: str, it: Item) -> bool:
    """The amount names one of a 、-list of projects: its first or any item before 等…项目 (永祥12万吨高纯晶硅、
    京运通…等项目; …、麦积300兆瓦压缩空气储能电站等重点项目; …、澧县三元石灰石精深加工…等“十大产业项目”), or an item
    of a list that 项目 closes (杰瑞10万吨锂电池负极材料、旭康…药用玻璃管项目)."""
    nxt = text[it.post_end : it.post_end + 1]
    capacity = it.cat in _CAPACITY_CATS
    end = min(it.clause_end, it.post_end + 80)
    if capacity and nxt == "、":  # 襄垣旭阳20万吨、山西瑞君10万吨锂电池负极材料等19个项目: the product named once, last
        k = text.find("等", it.post_end, end)
        return k > 0 and "项目" in text[k + 1 : k + 7]
    if not (L.is_han(nxt) or (capacity and nxt.isascii() and nxt.isalpha())):  # 国能化工30万吨PGA等项目
        return False
    k = text.find("等", it.post_end, end)
    if k > 0:  # after an item, not after 的 (、投资7亿元的…工程等项目: what one costs)
        listed = "、" in text[it.post_end : k] or ("、" in text[it.clause_start : it.q.start] and nxt != "的")
        # one plant named by its capacity and product (兰州 2024 确保兰州石化120万吨乙烯改造等项目顺利开工)
        single = capacity and nxt != "的" and k - it.post_end <= 8 and text[it.post_end : k].isalnum()
        after = text[k + 1 : min(end, k + (11 if capacity else 7))]  # a plant's size: 等重大科技攻关项目, the kind said
        if after[:1] == "“":  # 等“十大产业项目”: the list's name in quotes
            after = text[k + 1 : text.find("”", k + 1, k + 16) + 1 or k + 7]
        elif "的" in after:  # 等投资规模大的产业项目: the projects' kind said before their noun
            after = text[k + 1 : min(end, k + 13)]
        return (listed or single) and "项目" in after
    p = text.find("项目", it.post_end, end) if nxt != "的" else -1
    return p > 0 and "、" in text[it.post_end : p] and L.is_han(text[it.post_end : p].replace("、", ""))



def _numeral_in_listed_name(text: str, it: Item) -> bool:
    """A Chinese numeral inside the name of a 、-list's example that 等 closes (、天龙八部小镇等): a name's words, no
    verb, lead the numeral from the 、."""
    k = text.rfind("、", it.clause_start, it.q.start)
    if k < 0:  # before the slice: text[0:…] would copy the document up to the number
        return False
    lead = text[k + 1 : it.q.start]
    return (1 <= len(lead) <= 4 and L.is_han(lead) and strip_lead(lead) == lead
            and not L.CREATE_VERB_RE.search(lead) and L.EXAMPLE_NAME_RE.match(text, it.post_end) is not None)


def _red_line(right: str) -> bool:
    """The words after a number open with up to 8 Han characters, then 红线 or 底线 (18亿亩耕地红线, 602.23万亩永久基本
    农田红线, …万亩永久基本农田保护红线)."""
    m = L.RED_LINE_RE.search(right, 0, 10)  # the first one: the characters before a later one include it
    return m is not None and L.is_han(right[: m.start()])


def hedge_of(d: Doc, it: Item, starts: list[int], idx: int) -> str | None:
    """The hedge (力争/确保/预计) reaching a number: from the word to the sentence end, not past ';'.

    `starts` are the starts of the sentence's quantities, `idx` this one's place among them.
    """
    mk = marks_of(d, it.sent)
    pos = it.q.start
    if mk.hedges and _estimate_noted(d.text, it, mk.hedges):
        return "预计"
    seg0 = max(last_before(mk.semis, pos), it.sent.start)
    k = bisect_left(mk.hedges, (pos, "")) - 1
    while k >= 0 and mk.hedges[k][0] >= seg0 and (
        _stretch_value_hedge(d.text, mk.hedges[k][0], pos, seg0) or _better_results_hedge(d.text, mk.hedges[k][0], pos)
        or _own_clause_hedge(d.text, mk.hedges[k][0], pos, seg0) or _obtaining_hedge(d.text, mk.hedges[k][0], pos)
        or _closed_aim_hedge(d.text, mk.hedges[k][0], pos)
    ):
        k -= 1
    if k >= 0 and mk.hedges[k][0] >= seg0:
        if it.role == "actual" and it.sent.mode == "review" and mk.hedges[k][0] in mk.strive:
            return None  # 争取上级资金39.1亿元 in a review: obtained, no aim
        if it.role == "actual" and it.sent.mode == "review" and _aim_of_the_work(d.text, mk.hedges[k], pos):
            return None  # 确保经济运行在合理区间,…实现税收收入25.86亿元: what the work kept to, no hedge on the result
        if it.role == "actual" and _done_since(d.text, mk, mk.hedges[k][0], pos):
            return None  # 预计粮食总产量2万吨,目前已完成播种面积6700亩: what is done is no estimate
        return mk.hedges[k][1]
    if not mk.hedges:
        return None
    if it.role == "actual" and _estimate_opens_list(d.text, it, mk, pos):
        return "预计"
    i = bisect_right(mk.semis, pos)
    seg1 = mk.semis[i] if i < len(mk.semis) else it.sent.end
    # A closing clause without numbers that confirms the whole ("…,确保全年完成任务").
    text = d.text
    cut = text.rfind(",", max(pos, seg1 - L.CLAUSE_REACH), seg1)
    if cut > pos:
        last = text[cut:seg1]
        m = L.HEDGE_RE.search(last)
        j = bisect_left(starts, cut, idx + 1)
        if m and _whole_confirmed(last, m.end()) and not (j < len(starts) and starts[j] < seg1):
            return L.HEDGE[m.group(0)]
    return None


def _whole_confirmed(last: str, after: int) -> bool:
    """The words of a closing clause after its hedge confirm the whole: they name the task or goal (确保全年目标任务
    完成), or reach 完成/实现 past words of time and manner alone (力争年底前全部完成), not another subject's state
    (确保市控以上河流实现稳定达标)."""
    if "目标" in last or "任务" in last:
        return True
    m = L.WHOLE_TASK_RE.search(last, after)
    if m is None:
        return False
    words = last[after : m.start()]
    while words:
        lead = next((w for w in L.WHOLE_TASK_MANNER if words.startswith(w)), None)
        if lead is None:
            return False
        words = words[len(lead) :]
    return True


def _early_work_of(right: str) -> bool:
    """The capacity's own phrase, in Han words up to its first stop, ends with 前期工作 or 前期: the early work of the thing
    it sizes (480万千瓦先行示范基地前期工作, 15万吨深水航道前期工作)."""
    k = right.find("前期", 1, 24) if "前期" in right else -1
    if k < 0 or not L.is_han(right[:k]):
        return False
    rest = right[k + 2 : k + 4]
    return rest == "工作" or rest[:1] in ("", *L.CLAUSE_BREAK, *L.SENT_BREAK)


def _capacity_named(words: str) -> bool:
    """The words end with a verb of yearly capacity (年产), or a company's 新建 (德凯车灯有限公司新建100万套车灯项目)."""
    yearly = "年" in words and words.endswith(L.YEARLY_CAPACITY)  # each of them holds 年: an `in` first, a fourth of endswith
    return yearly or ("新建" in words and words.endswith("新建") and any(w in words for w in L.COMPANY_WORDS))


def _after_scope_verb(words: str, head: str) -> str:
    """The head of a list (a prefix of the words) from the last verb of scope (涉及, 包括, 覆盖) on, else all of it."""
    k = max(words.rfind(w, 0, len(head) + 2) for w in L.SCOPE_VERBS)
    return head[k:] if k >= 0 else head


def _maker_named(words: str, capacity: bool) -> bool:
    """The words from the last 、 are a company's name (…集团), or before a plant's capacity a bare name of its maker
    (国能120万吨…, 鹰虎400万吨…): no verb, no scope."""
    name = words[words.rfind("、") + 1 :]
    if name.endswith(L.COMPANY_WORDS):
        return L.is_han(name)
    return (capacity and 2 <= len(name) <= 4 and L.is_han(name) and strip_lead(name) == name
            and not L.CREATE_VERB_RE.search(name) and not name.endswith(L.MEASURE_TAILS))


def _list_phrase(right: str) -> str:
    """The words after a number up to the end of their clause (, ; 。), through a 、-list, at most 32 characters."""
    end = min((k for k in (right.find(c, 0, 32) for c in ",,;;。") if k >= 0), default=32)
    return right[:end]


def _matters_named(right: str) -> bool:
    """民生, 民心, 政府实事 or 大事要事 soon after the number (past an owner and a year): a cheap test before MATTERS_AFTER_RE."""
    return (right.find("民生", 0, 18) >= 0 or right.find("民心", 0, 18) >= 0 or right.find("政府实事", 0, 18) >= 0
            or right.startswith("大事要事"))


def _aim_of_the_work(text: str, hedge: tuple[int, str], pos: int) -> bool:
    """A 确保 whose clause, ended before pos, holds no number: the aim the work kept to, said in a review."""
    at, word = hedge
    end = text.find(",", at, pos)
    return word == "确保" and end >= 0 and L.DIGIT_RE.search(text, at, end) is None


def _done_since(text: str, mk: Marks, hedge: int, pos: int) -> bool:
    """A clause after the hedge's tells what is already done (…,目前已完成…) before the number."""
    p = last_before(mk.past, pos)
    return p > hedge and text.startswith("已", p) and text.find(",", hedge, p) >= 0


def _estimate_opens_list(text: str, it: Item, mk: Marks, pos: int) -> bool:
    """A result past a semicolon after a 预计 opening the sentence or a clause of it (全年预计实现A…;B…), the last
    hedge of the sentence."""
    at, word = mk.hedges[-1]
    opening = max(last_before(mk.semis, at) + 1, it.sent.start)
    if word != "预计" or at - opening > L.ESTIMATE_OPENING_REACH or not at < last_before(mk.semis, pos):
        return False
    return not _done_since(text, mk, at, pos)


def _estimate_noted(text: str, it: Item, hedges: list[tuple[int, str]]) -> bool:
    """A bracketed note with 预计 (数据为预计数,下同) right after the value, or before it in the sentence with 下同."""
    for at, word in hedges:
        if word != "预计":
            continue
        start = max(text.rfind("(", it.sent.start, at), text.rfind("（", it.sent.start, at))
        end = min((k for k in (text.find(")", at, it.sent.end), text.find("）", at, it.sent.end)) if k > 0), default=-1)
        if start < 0 or end < 0 or L.DIGIT_RE.search(text, start, end):
            continue
        if start == it.post_end or (end < it.q.start and text.find("下同", start, end) > 0):
            return True
    return False


def estimate_noted_before(d: Doc, it: Item) -> bool:
    """A result after a note that its part's figures are estimates (数据为预计数,下同): 下同 reaches it, past the
    paragraphs whose own opening words (过去五年,这五年) tell their years."""
    return (d.estimated is not None and it.role == "actual" and d.estimated[0] <= it.q.start
            and it.sent.part_why == d.estimated[1])


def _stretch_value_hedge(text: str, hedge: int, pos: int, seg0: int) -> bool:
    """A 力争 that gives a stretch value after a value ("增长5.5%、力争6%"), or a hedge that gives the value before it
    in another measure ("可比增3%,预计完成45.0亿元"), its clause ended before pos.

    Such a hedge is the second value's alone: "…、力争6%,规上工业增加值增长8%" leaves the 8% plain, and so does
    "…,预计完成45.0亿元,税收收入可比增3%".
    """
    if hedge == 0 or text.find(",", hedge, pos) < 0:
        return False
    if text[hedge - 1] != "、" and not (text[hedge - 1] == "," and _value_right_after(text, hedge + 2)):
        return False
    clause = max(seg0, text.rfind(",", seg0, hedge - 1))  # the clause before the hedge's own
    return L.DIGIT_RE.search(text, clause, hedge) is not None


def _own_clause_hedge(text: str, hedge: int, pos: int, seg0: int) -> bool:
    """A 力争 or 确保 between its clause's own measure and value (规模以上工业总产值力争增长5%,一般公共预算收入增长2%),
    before the clause of another measure holding pos: it hedges its own value alone (an estimate's 预计 reaches on)."""
    end = text.find(",", hedge, pos)
    if end < 0 or not text.startswith(L.OWN_CLAUSE_HEDGES, hedge) or L.DIGIT_RE.search(text, hedge, end) is None:
        return False
    clause = max(seg0, text.rfind(",", seg0, hedge) + 1, text.rfind(":", seg0, hedge) + 1)
    return _measure_named(text[clause:hedge]) and _measure_named(text[text.rfind(",", end, pos) + 1 : pos])


def _closed_aim_hedge(text: str, hedge: int, pos: int) -> bool:
    """A hedge whose clause, ended before pos, holds no number and closes its own aim: a title striven for (争创省级示范
    物流园区,重点推进…18个项目), a work to finish (力争东外环快速通道主线完工,…实施23条…), or a 力争/确保 of a thing and
    what becomes of it (确保零就业家庭动态清零,新增城镇就业3.3万人): the values after it are plain."""
    end = text.find(",", hedge, pos)
    if end < 0 or L.DIGIT_RE.search(text, hedge, end) is not None:
        return False
    return (text.startswith("争创", hedge) or text[hedge:end].endswith(L.DONE_WORK_ENDS)
            or (end - hedge >= L.SETTLED_HEDGE_CLAUSE and text.startswith(L.SETTLED_HEDGES, hedge)))


def _measure_named(words: str) -> bool:
    """The words of a clause before its hedge or value name a measure (一般公共预算收入增长), not scope or a verb alone."""
    name = strip_indicator(strip_lead(words))[0]
    return len(name) >= 2 and L.is_han(name)


def _obtaining_hedge(text: str, hedge: int, pos: int) -> bool:
    """A 争取 of funds or policies (积极争取…惠企政策,…新增省级以上研发平台17家), its clause ended before pos with no
    number: obtaining them, no aim of a value after it."""
    if not text.startswith("争取", hedge):
        return False
    end = text.find(",", hedge, pos)
    return end >= 0 and text.endswith(L.OBTAINED, hedge, end) and L.DIGIT_RE.search(text, hedge, end) is None


def _better_results_hedge(text: str, hedge: int, pos: int) -> bool:
    """A 争取 of better results ("增长5%左右、实际工作中努力争取更好结果") that closes the clause of the value before it,
    ended before pos: it hedges no value after it."""
    at = text.find("更好", hedge, hedge + 5)  # after 争取, or after 力争取 read in 努力争取
    return at >= 0 and text.startswith(L.BETTER_RESULTS, at) and text.find(",", hedge, pos) >= 0


def _value_right_after(text: str, i: int) -> bool:
    """A value alone fills the clause at i, after a verb of reaching at most (预计完成45.0亿元, 达到6%): the hedge names
    no measure (not 力争3处煤矿竣工投产: the count of another)."""
    for verb in L.HEDGED_VALUE_VERBS:
        if text.startswith(verb, i):
            i += len(verb)
            break
    j = i
    while j < len(text) and (text[j].isdigit() or text[j] == "."):
        j += 1
    return j > i and any(c in L.CLAUSE_BREAK for c in text[j : j + 4])


def _part_of_year(d: Doc, s: Sentence, mk: Marks, pos: int) -> str | None:
    """The part of the year a target's clause sets it for (上半年,…力争达到80%), unless 全年/今年 comes after it."""
    start = max(s.start, last_before(mk.semis, pos))
    if d.text.find("季度", start, pos) < 0 and d.text.find("半年", start, pos) < 0:
        return None
    at, part = max((d.text.rfind(w, start, pos), w) for w in L.YEAR_PARTS)
    if at < 0 or (at and d.text[at - 1] in L.COMPARED_BEFORE) or last_before(mk.this_year, pos) > at:
        return None
    if _deadline_inside(d.text, start, at, pos):
        return None
    return "前三季度" if part == "三季度" and d.text[at - 1 : at] == "前" else part


def _deadline_inside(text: str, start: int, at: int, pos: int) -> bool:
    """A part of the year inside an earlier clause, after its subject (433个重点项目…上半年全部开复工,完成投资1700亿元):
    the deadline of that clause's work, not the period of the number's clause (上半年,…力争达到80% opens its own)."""
    if not any(c in L.CLAUSE_BREAK for c in text[at:pos]):
        return False
    opened = max(start, max(text.rfind(c, start, at) for c in L.CLAUSE_BREAK) + 1)
    before = text[opened:at].strip().rstrip("第前")
    return bool(before) and before not in L.PART_OPENERS


def _milestone_passed(text: str, at: int, pos: int) -> bool:
    """继2021年迈过4000亿元台阶后,突破5000亿元大关: the year 继 names is a milestone passed, its frame closed by 后 before
    pos; the figures after it are the report's own year's."""
    if not text.startswith(L.MILESTONE_OPEN, at - len(L.MILESTONE_OPEN)):
        return False
    end = text.find("后", at, pos)
    return end >= 0 and text[end + 1 : end + 2] in L.CLAUSE_BREAK


def _this_year_clause(d: Doc, mk: Marks, pos: int) -> bool:
    """今年 opens the part of the sentence after its last semicolon before pos: "2024年引进…;今年帮助该企业新建厂房一座"
    turns from the year the sentence opened with to the part's own."""
    j = last_before(mk.this_year, pos)
    return j > last_before(mk.semis, pos) >= 0 and d.text.startswith("今年", j)


def _earlier_stage(d: Doc, at: int, by: int) -> bool:
    """到<year> at `at` names a stage of a plan for several years that ends before its last year, not a year whose
    level is the base (恢复到2019年的75%以上)."""
    if d.plan_year is None or not (d.first_year or by) <= by < d.plan_year or _base_year(d, at):
        return False
    return bool(d.first_year) or d.plan_year - by > 1


def _base_year(d: Doc, at: int) -> bool:
    """The year marked at `at` is one whose level a target is measured by (恢复到2019年的75%以上), not a deadline."""
    return d.text[d.text.find("年", at) + 1 : d.text.find("年", at) + 2] == "的"


def _year_noted_after(text: str, end: int) -> str | None:
    """The year a bracket right after a value notes it is of (500/10万(2013年)), else None."""
    if not text.startswith("(", end):
        return None
    year = text[end + 1 : end + 5]
    return year if year.isdigit() and text.startswith("年)", end + 5) else None


def _plan_after_base(d: Doc, s: Sentence) -> int | None:
    """The first year of the five-year plan after the one whose end a sentence measures from (较“十三五”末: 2021)."""
    m = L.PLAN_END_BASE_RE.search(d.text, s.start, s.end)
    return L.FIVE_YEAR_PLANS[m.group(1)] + 5 if m else None


def period_of(d: Doc, it: Item, role: str) -> str | None:
    """The period of one record: the part's period, refined by time words of its sentence."""
    y = d.plan_year
    s = it.sent
    period = s.period
    if y is None:  # a profile with no year of a plan: "2007年完成地区生产总值6764万元" is 2007's
        mk = marks_of(d, s)
        if role != "actual":
            k = bisect_left(mk.by_year, (it.q.start, 0))  # 到2025年底,50平方公里以上…;到2030年底,80平方公里以上…
            return str(mk.by_year[k - 1][1]) if k and not _base_year(d, mk.by_year[k - 1][0]) else period
        k = bisect_left(mk.years, (it.q.start, 0))  # "…;2010年粮食总产量9552吨,…农业总产值5476万元;": up to its semicolon
        if k and mk.years[k - 1][0] > last_before(mk.semis, it.q.start):
            year = str(mk.years[k - 1][1])
            return _average_span(it, year) or year
        year = str(mk.start_year) if mk.start_year is not None else period
        return _average_span(it, year) or year
    mk = marks_of(d, s)
    pos = it.q.start
    if role == "target":
        five = five_year_before(d, it)
        if five is not None and ("-" not in (period or "") or d.text.startswith("十", five[0])) and five[1] + 4 >= y:
            return f"{five[1]}-{five[1] + 4}"  # “十五五”时期…年均增长5%左右, 到“十四五”末…突破500亿元: the plan's five years
        if mk.start_year is not None and mk.start_year != y and s.mode == "review":
            return str(mk.start_year)
        if mk.next_year and mk.next_year[0] < pos:
            return str(y + 1)
        k = bisect_left(mk.by_year, (pos, 0))
        if k and mk.by_year[k - 1][1] > y:
            first = period.split("-")[0] if period and "-" in period else str(y)
            return f"{first[:4]}-{mk.by_year[k - 1][1]}"
        if k and s.mode == "plan" and _earlier_stage(d, *mk.by_year[k - 1]):
            by = mk.by_year[k - 1][1]  # 到2020年,…达到70%以上;到2030年,…达到75%以上: the stage's own year
            return f"{d.first_year}-{by}" if d.first_year and d.first_year < by else str(by)
        part = _part_of_year(d, s, mk, pos) or (
            next(w for w in L.YEAR_PARTS if d.text.startswith(w, it.post_end)) if d.text.startswith(L.YEAR_PARTS, it.post_end) else None)
        if part:  # 力保523个一季度开工项目…: the things counted are the part's
            return f"{y}{part}"
        if d.first_year and s.mode == "plan" and period == str(y):  # a multi-year plan: its span, or a stage of it
            j = bisect_left(mk.stages, (pos, ""))
            if j and (not k or mk.by_year[k - 1][0] < mk.stages[j - 1][0]):  # 第一阶段(2025年):完成…
                return mk.stages[j - 1][1]
            by = mk.by_year[k - 1][1] if k and mk.by_year[k - 1][1] >= d.first_year else y
            if not k and mk.by_year and d.first_year <= mk.by_year[0][1] < y and d.text.find("|", pos, mk.by_year[0][0]) >= 0:
                by = mk.by_year[0][1]  # a task list row: 完成户厕改造3000户 | 县农业农村局 | 2025年底前
            start = d.first_year
            m = L.FROM_YEAR_START_RE.match(d.text, s.start, s.end) if mk.start_year and not k else None
            if m and start < int(m.group(1)) < by:  # 2023年起,每年…: from that year on
                start = int(m.group(1))
            return f"{start}-{by}" if by > start else str(by)
        if s.mode == "review" or (period and ("下半年" in period or "上半年" in period)):
            if mk.this_year or s.mode == "review":  # 全年/今年 in a half-year plan
                return str(y)
        return period
    if (noted := _year_noted_after(d.text, it.q.end)) is not None:
        return noted  # 孕产妇死亡率由960/10万(1990年)…下降到500/10万(2013年): the year in brackets after it
    if it.rule == "since-earlier-plan" and (after := _plan_after_base(d, s)) is not None and after + 4 < y:
        return f"{after}-{after + 4}" if it.growth else str(after + 4)  # 较“十三五”末增长24.3% in 2026: 2021-2025
    k = bisect_left(mk.years, (pos, 0))
    five = five_year_before(d, it) if s.mode == "review" and d.text.find("五", s.start, pos) >= 0 else None
    if five is not None and five[1] < y and (not k or mk.years[k - 1][0] < five[0]) and (
        mk.start_year is None or _own_clause_time(d.text, five[0], pos)
    ):  # “十四五”期间全省地区生产总值年均增长5.9%; 2020年…,“十三五”时期年均增长5.2%: the five years
        end = d.text.find("末", five[0], five[0] + 8) >= 0 and not it.growth  # 到“十二五”期末…达到880亿元: its last year
        return str(five[1] + 4) if end else f"{five[1]}-{five[1] + 4}"
    if mk.start_year is not None and not _this_year_clause(d, mk, pos):
        return _average_span(it, period) or _average_span(it, str(mk.start_year)) or str(mk.start_year)
    if k and last_before(mk.this_year, pos) < mk.years[k - 1][0] and not _milestone_passed(d.text, mk.years[k - 1][0], pos):
        # "继2023年…之后,2024年…达到74.23亿元": 2024; 2018年迈上2000亿元台阶、年均增长7.2% in a review of five years: the
        # average is over the five
        return _average_span(it, period if period and period[4:5] == "-" else None) or str(mk.years[k - 1][1])
    if mk.last_year and mk.last_year[0] < pos:
        return str(y - 1)
    base_year = (period or str(y))[:4]
    k = bisect_left(mk.months, (pos, "", ""))
    if k:
        _, m1, m2 = mk.months[k - 1]
        return f"{base_year}年{int(m1)}-{int(m2)}月"
    if mk.holiday and base_year.isdigit():
        return f"{base_year}{mk.holiday}期间"
    j = bisect_left(mk.stages, (pos, ""))
    if s.mode == "review" and j and mk.stages[j - 1][0] > last_before(mk.semis, pos):
        return mk.stages[j - 1][1]  # 2024年末,…参保人数约10.73亿人 in a review of the five years: that year's
    if s.mode == "review" and period and period[4:5] == "-" and last_before(mk.this_year, pos) >= 0:
        return period.split("-")[1]  # 全年 in a review of 2025年及“十四五”: the year 2025, not the five
    return _average_span(it, period) or period  # 两年平均增长6.3% in a review of 2021 with no year of its own: 2020-2021
