"""Reading a document: every quantity of every sentence to a record or a skip, with its rule.

Pure module.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import chain
from operator import itemgetter

from monitor import numbers as N
from monitor.extract import lexicon as L
from monitor.extract.indicator import (
    set_named_before,
    all_metrics,
    event_held,
    base_indicator,
    label_before,
    noun_after,
    firms_of_clause_before,
    object_named_before,
    object_of_sum,
    same_indicator,
    sentence_subject,
    split_subjects,
    after_settled,
    strip_indicator,
    listed_before_etc,
    moved_list_before,
    strip_lead,
    tidy,
    title_earned,
    capacity_of_places_before,
    step_on_previous_noun,
    without_counting_verb,
    noun_closing_list,
    verb_on_previous_noun,
    without_first,
    without_place,
    without_light_verb,
    without_step_manner,
    with_stage,
)
from monitor.extract.layout import (
    Doc,
    Sentence,
    by_sentence,
    first_year_of,
    lay_out,
    marks_of,
    place_of,
    plan_year_of,
    sentences_of,
)
from monitor.extract.quantities import (
    Item,
    Run,
    bare_numbers,
    bare_reason,
    clause_bounds,
    close_spacing,
    find_quantities,
    index_run,
    matches_from,
    quote_span,
    read_qualifiers,
    reads,
)
from monitor.extract.rulebook import BY_ID
from monitor.extract.tables import mark_spaced_tables, read_tables
from monitor.extract.rules import (
    breakdown_opening,
    commitment_skip,
    estimate_noted_before,
    hedge_of,
    kind_of,
    period_of,
    role_of,
    same_period_result,
    structural_skip,
)
from monitor.models import Document, Extraction, Target


_PART_SKIP = {"background": "background-part", "budget": "budget-note"}  # parts that hold no targets


_YEAR_RE = re.compile(r"(20\d\d)年")


def _year_gone_told(d: Doc, start: int, end: int) -> bool:
    """True when the text from start to end tells of last year (去年) or of a year before the plan's."""
    if d.text.find("去年", start, end) >= 0:
        return True
    return d.plan_year is not None and any(int(m.group(1)) < d.plan_year for m in _YEAR_RE.finditer(d.text, start, end))


def _year_last_told(d: Doc, start: int, end: int) -> str | None:
    """The year gone that the text from start to end names last, not as a base (比2019年, 比去年): the year a
    paragraph's results are of ("2023年…旅游总收入增长71.9%。12家离岛免税店…"; "去年…完成了44个…。…10个…顺利完成")."""
    if d.plan_year is None:
        return None
    told = [m for m in _YEAR_RE.finditer(d.text, start, end) if d.text[m.start() - 1 : m.start()] not in L.COMPARED_BEFORE]
    at, year = (told[-1].start(), told[-1].group(1)) if told else (-1, "")
    last = d.text.rfind("去年", start, end)
    if last > at and d.text[last - 1 : last] in ("", "\n", ",", "。", ";"):
        at, year = last, str(d.plan_year - 1)
    if at < 0 or int(year) >= d.plan_year or d.text.find("今年", at, end) >= 0:
        return None
    return year


def _own_time(d: Doc, s: Sentence) -> bool:
    """The sentence names a time of its own: a year, a month, a part of the year, now (目前), a day (5月23日,…)."""
    mk = marks_of(d, s)
    if mk.years or mk.this_year or mk.last_year or mk.next_year or mk.by_year or mk.months or mk.asides or mk.stages:
        return True
    if mk.start_year is not None or mk.holiday or d.text.startswith(L.NOW_STARTS, s.start):
        return True
    return bool(L.EVENT_OPENING_RE.match(d.text, s.start, s.end) or L.MIDYEAR_START_RE.match(d.text, s.start, s.end))


def _date_by_paragraph(d: Doc, items: list[Item], sent: Sentence) -> None:
    """Results a sentence goes on to tell in a paragraph of a year gone, with no time of their own, are of that year."""
    told = [it for it in items if it.record is not None and it.role == "actual" and it.record.period == sent.period]
    if not told or sent.para_start >= sent.start or _own_time(d, sent):
        return
    year = _year_last_told(d, sent.para_start, sent.start)
    for it in told if year else ():
        if it.rule in ("same-period-result", "past-in-plan") and it.record is not None:
            it.record = _new_target({**vars(it.record), "period": year})


def _read_sentence(d: Doc, sent: Sentence, qs: list[N.Quantity], before: tuple[str, str, int] | None) -> list[Item]:
    """Every quantity of one sentence read into an item: skipped with a reason, or a record.

    `before` is the role of the last record before the sentence, what placed it in its part and where its paragraph
    starts: the parts of a result in the same part are results, and so is what its paragraph goes on to tell."""
    text = d.text
    items: list[Item] = []
    prev_end = sent.start
    part_skip = _PART_SKIP.get(sent.mode) or ("background-part" if text.startswith(L.NOTE_LABELS, sent.para_start) else None)
    kept = False
    follows = before is not None and before[:2] == ("actual", sent.why)
    parts_result = follows and breakdown_opening(text, sent.start, sent.end)
    same_para = before is not None and before[2] == sent.para_start and _year_gone_told(d, sent.para_start, sent.start)
    goes_on = follows and sent.why == "the start" and not parts_result and same_period_result(d, sent, same_para)  # news
    for q in qs:
        a, b = clause_bounds(d, sent.start, sent.end, q.start, q.end)
        it = Item(q, sent, a, b)
        it.cat = N.unit_category(q.unit)
        read_qualifiers(text, it)
        items.append(it)
        pe = prev_end if prev_end > a else a
        it.skip = part_skip or structural_skip(d, it, pe)
        if not it.skip:
            it.right = text[it.post_end : b]  # read only for a quantity that may become a record
            it.role, it.rule = role_of(d, it)
            if (parts_result or goes_on) and it.rule == "plan-part":
                it.role, it.rule = "actual", "breakdown-of-result" if parts_result else "same-period-result"
            it.skip = commitment_skip(d, it, it.role, it.cat, text[a : q.start])
        reads(d, it, pe)
        if not it.skip:
            prev_end = it.post_end
            kept = True
        elif it.skip in ("places-in-scope", "base-value", "list-sum", "policy-set") or (it.skip == "past-target" and text.startswith("的", it.post_end)):  # "43个行政村村集体经济总收入…": the total or
            prev_end = it.post_end  # the rate is named after the places counted; 比去年同期73.79亿元增加了1.54亿元: the change
            # after it; …和物流配送中心2个、乡镇农贸市场和商贸中心3个: the next item starts after a list's sum;
            # 完成年初预算数60999万元的40.4%: the share after the budget it is of; 稳经济政策43条、…措施36条: a paper listed
    if not kept:  # nothing to interpret or share
        return items
    run = index_run(items)
    prev: Item | None = None
    for idx, it in enumerate(items):
        if it.skip:
            continue
        _interpret(d, it, items, idx, run, prev)
        if it.record is not None:
            prev = it
    _level_from_next(items)
    _distribute(d, items)
    if sent.mode == "plan":
        _date_by_paragraph(d, items, sent)
    return items


def _level_from_next(items: list[Item]) -> None:
    """A count whose noun is a level only, listed just before a count at another level, takes that one's noun
    (6家省级、20家市级农业龙头企业 → 省级农业龙头企业; 2个千亿级、7个百亿级产业集群 → 千亿级产业集群)."""
    recs = [it for it in items if it.record is not None]
    for a, b in zip(recs, recs[1:]):
        k = a.right.find("级", 1, 5)
        joined = k > 0 and a.right[k + 1 : k + 2] in {"、", "和"} and b.q.start - a.post_end <= k + 2
        if not joined or not _level_only(a.right[: k + 1]):
            continue
        j = b.indicator.find("级", 1, 5)
        if j < 0 or len(b.indicator) - j < 3 or not _level_only(b.indicator[: j + 1]):
            continue
        name = a.right[: k + 1] + b.indicator[j + 1 :]
        assert a.record is not None
        a.record, a.indicator = _new_target({**vars(a.record), "indicator": name}), name


def _upgrade_sized(words: str, removed: list[str], cat: str) -> bool:
    """True when 提升 (after 完成 or nothing) follows a thing, not a measure of size, and an area or length comes next."""
    if cat not in {"area", "length"} or "提升" not in removed[:2] or not words or words.endswith(L.SIZE_MEASURES):
        return False
    return removed[0] in ("提升", "完成")


def _spends_on_counted_projects(text: str, it: Item, prev: Item | None, indicator: str) -> bool:
    """A bare 完成投资 or 总投资 right after the projects or works its sentence counts (工业项目50项,完成投资26.77亿元; 重点
    实施71项城建工程,完成投资120亿元): their spending."""
    return (indicator in L.PROJECT_SPENDING and prev is not None and prev.sent is it.sent and prev.cat == "count"
            and prev.indicator.endswith(L.COUNTED_WORKS) and text.find(";", prev.q.end, it.q.start) < 0)


def _paired_share_subject(text: str, it: Item) -> str:
    """A share's own subject in a list written after a list of shares (97%、75%以上行政村生活垃圾、生活污水得到…)."""
    left = text[it.clause_start : it.q.start - it.pre_len]
    if it.right[:1] != "、" and left[-1:] != "、":
        return ""
    m = L.SHARE_LIST_AFTER_RE.match(it.right)
    if not m:
        return ""
    before = L.SHARES_BEFORE_RE.search(left)
    at = before.group(0).count("、") if before else 0
    subjects = m.group(2).split("、")
    return subjects[at] if len(subjects) == at + m.group(1).count("、") + 1 else ""


def _share_of_things(it: Item, subject: str) -> bool:
    """True when a share's subject is no measure: none, a scope (全市95%行政村), or an earlier clause's (…,实现50%以上城市社区)."""
    if not subject or subject in L.SCOPE_WORDS or not strip_lead(subject):  # 推动50%以上规上工业企业…: a verb alone
        return True
    clause = it.left[max(it.left.rfind(","), it.left.rfind(";"), it.left.rfind(":")) + 1 :]
    return bool(clause) and subject not in clause and not strip_lead(strip_indicator(clause)[0])


def _interpret(d: Doc, it: Item, items: list[Item], idx: int, run: Run, prev: Item | None) -> None:
    """Indicator, kind, qualifier, period and role of one quantity, or a reason to skip it."""
    text = d.text
    role = it.role
    cat = it.cat
    if idx and items[idx - 1].skip == "attention-size" and items[idx - 1].sent is it.sent:
        it.left = _after_attention(it, items[idx - 1])
    left_words, removed = strip_indicator(it.left)
    if it.left.endswith("、") and it.left[:-1].endswith(L.DONE_WORK_ENDS) and L.is_han(it.right[:1]):
        left_words = ""  # 确保檀溪片区年内建成、4平方公里襄水源生态保护地修复提升: a clause done, then the next work's size
    list_verb = ""
    if left_words[-2:] in L.LIST_VERBS and left_words[-4:-2] == "分别":  # 规上工业企业、入库建筑企业分别新增100户以上
        list_verb = left_words[-2:]  # (南充 2021): the list before 分别 is what each adds, read as 分别新增 before it is
        removed.append("分别")
        left_words = left_words[:-4]
    if left_words.endswith("每立方米") and it.q.unit.endswith("/立方米"):  # 降到每立方米35微克: the unit's volume, written first
        left_words, more = strip_indicator(left_words[:-4])
        removed += more
    if " - " in left_words:  # 2025年工作回顾 - 2025年地区生产总值增长5.5%: a digest's heading, then its point
        left_words = left_words.rsplit(" - ", 1)[1]
    if "目标" in left_words and (m := L.GOAL_IS_RE.search(left_words)) and m.end() < len(left_words):
        left_words = left_words[m.end() :]  # “十五五”时期的主要目标是实现地区生产总值年均增长5%左右: the measure after 目标是
    if "目标" in left_words and L.META_TAIL_RE.search(left_words):  # 经济增长预期目标为5%: the measure named before 目标
        left_words, more = strip_indicator(L.META_TAIL_RE.sub("", left_words))
        removed += more
    if removed and removed[0] == "提升" and left_words.endswith("改造"):  # 累计改造提升2.8亿亩: the area upgraded
        left_words += removed.pop(0)
    upgraded = _upgrade_sized(left_words, removed, cat)  # 道路提升完成16395平方米: the roads upgraded, that large
    if upgraded:
        removed.remove("提升")
    for w in removed:  # nearest first
        if w in ("到", "至", "调整为") or (len(w) >= 2 and w[-1] in "到至"):
            it.to_level = True
        if not it.direction and (w in L.DOWN_WORDS or w in L.UP_WORDS):
            it.direction = "down" if w in L.DOWN_WORDS else "up"
        if w in L.GROWTH_WORDS and not it.growth and not (cat == "count" and (
            w in ("提升", "提高") or (w == "增加" and L.is_han(text[it.post_end : it.post_end + 1]))  # 增加3个游客服务中心: as 新增, a count
        )):
            it.growth = True
            break
        if w in L.THRESHOLD_WORDS:
            it.threshold = True
    if cat == "percent" and it.right.startswith(L.GROWTH_AFTER):  # 保持8%以上增长: the verb after the rate
        it.growth, it.threshold = True, False
    it.distribute = not L.DISTRIBUTE.isdisjoint(removed) or _respectively_reached(it.left)
    if it.negative:  # 同比增长-19.3%, 同比-6.2%: a fall
        it.direction = "down"
        it.growth = it.growth or cat in ("percent", "points")
    if it.left.rstrip().endswith(L.TASK_ASSIGNERS) and L.is_han(it.right[:1]):
        left_words = ""  # 完成省定78.5万亩高标准农田建设任务: who set the task, its work named after the amount
    subject = strip_lead(L.FROM_CUT_RE.sub("", left_words) if "从" in left_words or "由" in left_words else left_words)
    subject = after_settled(event_held(tidy(strip_indicator(without_first(subject))[0]), it.q.unit)) if subject else ""
    if list_verb and subject:
        subject = list_verb + subject
    if upgraded and subject:
        subject += "提升"
    if d.place and subject.startswith(d.place[-1]):
        subject = without_place(subject, d.place)
    if (subject and prev is not None and subject == prev.indicator and L.is_han(it.right[:1])
            and (it.left[-1:] in "和及与" or text[prev.post_end : it.q.start] == subject)):
        subject = ""  # 45吉瓦切片和10吉瓦电池片产能, 3个支部40余名党员: the words before are the last count's noun; this
        # one's comes after it
    if (subject[:1] in L.DOUBLED_KINDS and subject[1:2] == subject[:1] and prev is not None
            and prev.indicator[-1:] == subject[:1] and prev.q.end + 1 >= it.q.start - it.pre_len - len(it.left)):
        subject = subject[1:]  # 8个村村集体经济收入达到…: the measure of each village the count just named
    if subject in L.PER_HEAD_ALONE and prev is not None and prev.indicator and prev.sent.start == it.sent.start:
        subject += prev.indicator  # 地区生产总值…突破700亿元,人均超过6万元: per head of the measure just named
    it.subject = subject
    if (not subject and not it.growth and prev is not None and prev.q.unit == it.q.unit
            and text.rfind(";", prev.q.end, it.q.start) < 0):
        # "增长6%以上、力争7%", "降低13.5%、18%": the second value shares the first one's verb (not when it
        # has its own: "达到14298亿斤、增产168亿斤")
        it.growth = it.growth or prev.growth
        it.threshold = it.threshold or prev.threshold
        it.to_level = it.to_level or prev.to_level
        it.direction = it.direction or prev.direction
    # The indicator: the counted noun after a count, else the words before the number.
    noun = ""
    bare_verb = L.BARE_VERB_RE.fullmatch(subject) if cat in {"area", "length", "mass", "power", "level"} else None
    held = cat == "visits" and subject.endswith(L.HOLD_VERBS) and subject[:-2] in ("", *L.HOLD_LEADS)
    if (cat in {"count", "level", "people"} or not subject or bare_verb or held) and not it.growth and cat not in {"percent", "points"}:
        noun = noun_after(d, it, items, idx, run)
        if (noun[-1:] == "元" and cat == "count" and text.startswith(noun + "、", it.post_end)
                and L.COUNT_OVER_NEXT_RE.match(text, it.post_end + len(noun) + 1)):
            noun += _noun_of_class_list(d, items, idx, run)  # 35个投资过50亿元、11个投资过100亿元的扛鼎项目: the projects
        if bare_verb and noun:  # 新建6万平方米标准化厂房 → 新建标准化厂房; 推进100万平方米厂房建设 → 厂房建设; 新增1万个汽车充电桩
            subject = ""
            noun = (bare_verb.group(1) or "") + noun
    elif cat == "percent" and (paired := _paired_share_subject(text, it)):
        noun, subject = paired, ""  # 97%、75%以上行政村生活垃圾、生活污水得到…: each share its subject in turn
    elif not subject and it.right.startswith(("的", "以上的")):
        noun = strip_indicator(noun_after(d, replace(it, right=it.right.split("的", 1)[1]), items, idx, run))[0]
    elif cat == "percent" and _share_of_things(it, subject) and (m := L.SHARE_SUBJECT_RE.match(it.right)):
        noun, subject = m.group(1), ""  # 60%以上乡镇达到…标准: the towns
        if it.right.startswith(L.SHARE_WORK_VERBS, m.end(1)):  # 三分之一规上工业企业实施股份制改造: the firms and their work
            noun = it.right[: min((k for c in ",;。、" if (k := it.right.find(c, m.end())) >= 0), default=len(it.right))]
    if noun and not subject and it.post_qual == "以上" and (m := L.FLOOR_SUBJECT_RE.match(noun)):
        noun = noun[: m.end() - 2]  # 50平方公里以上建设用地面积达到…要求: the land, not what it reaches
    if it.rule == "goal-framed":
        subject, noun = _inside_frame(subject), _inside_frame(noun)
    indicator = subject
    noun = title_earned(without_step_manner(without_light_verb(noun))) if noun else noun
    if noun and noun.startswith(L.STATE_OPENINGS) and L.NOUN_STATE_RE.match(noun):
        noun = ""  # 贫困人口44250户111274人全部达到脱贫标准: what became of those counted, named before them
    state = L.NOUN_STATE_RE.search(noun, 1) if noun else None  # 32个村全覆盖, 250.99亩土地已…签约: the things
    if state and state.start() == 1 and len(noun) - state.end() >= 2 and state.group(0) != "也":
        # 20个村全面完成管网施工, 11个村已通水: a noun of one character is named by the work it counts (村管网施工, 村通水);
        # 5个村也将于年底前完成: 也 (too) says these are more of the ones told, 村 alone
        noun = noun[0] + noun[state.end() :]
    elif state and (state.start() >= 3 or state.group(0) != "全部"):  # 107个项目全部开工 keeps its state
        noun = noun[: state.start()]
    if noun and cat == "count" and len(noun) <= 2 and subject.endswith(("以上", "以下")):
        noun = subject + noun  # 村级集体经济收入30万元以上32个村: the class named before the count
    bare = cat == "level" and subject in L.VERB_ONLY  # 新增1万个汽车充电桩: a count in 万, after a verb alone
    if noun and subject.endswith("惠及") and cat in {"count", "level"}:
        indicator = subject + noun  # 育儿补贴惠及1.6万个家庭: what reached them and whom
    elif noun and (cat == "count" or not subject or bare or held) and not (subject and noun in L.FRAME_NOUNS):
        indicator = noun  # 组织开展350人次培训活动: the event, its people counted in 人次
    elif noun and cat == "people" and subject in L.PEOPLE_VERBS:
        indicator = subject + noun  # 解决13.8万人生活用水困难, 选拔1名优秀村党支部书记: the verb and the people, not the verb alone
    elif noun and subject[:1] == "为" and subject.endswith(L.LIGHT_VERBS) and len(subject) > 3:
        indicator = subject[1:-2] + noun  # 为高校毕业生提供超10万个优质岗位: the people served and what they get
    if cat == "money" and indicator is subject and (fund := _fund_named(it.right)) and (
            (removed and removed[0] in L.ALLOCATE_VERBS) or subject.endswith(L.ALLOCATE_VERBS)):
        indicator = fund  # 市财政安排3亿元专项资金, 发挥好3亿元技改资金引导作用: the fund, not who gives it or the verb
    if (indicator is subject and 2 <= len(subject) <= 6 and "\u4e00" <= it.right[:1] <= "\u9fff"
            and (m := L.FACILITY_RE.match(it.right)) and not L.METRIC_END_RE.search(subject)):
        indicator = m.group(1)  # 杏山200万只蛋鸡标准化养殖基地建设: the base's size; 杏山 is where it is
    elif (role == "target" and indicator is subject and subject[-1:] in L.REGION_LAST and L.is_han(it.right[:1])
            and not it.growth and cat not in ("percent", "points") and L.REGION_ONLY_RE.fullmatch(subject)
            and (after := noun_after(d, it, items, idx, run))):
        indicator = subject + after  # 实施中心城区160公里电力线路迁改: where a plan works, and the work its length measures
    if (cat in {"money", "number"} and L.SUM_END_RE.search(indicator or "") and len(indicator) <= 8
            and not (not it.right.strip() and _spends_on_counted_projects(text, it, prev, indicator))):
        total = indicator.endswith("总投资")
        obj = object_of_sum(d, it, total) or (total and _counted_before_sum(text, it, prev))
        if obj and not L.SUM_END_RE.search(obj):
            indicator = obj + ("总投资" if total else "投资")
    if prev is not None and "级" in indicator and _level_only(indicator):  # 省级以上精品村2个、市级以上3个
        pm = re.match(r"[\u4e00-\u9fff]{1,3}级(?:以上)?", prev.indicator)
        if pm and len(prev.indicator) > pm.end():
            indicator = indicator + prev.indicator[pm.end() :]
        elif prev.sent is it.sent:  # 新增国家级龙头企业2家、省级28家: the verb's thing at the other level
            indicator = _at_level(prev.indicator, indicator)
    elif prev is not None and prev.sent is it.sent and _amount_class_only(indicator):  # 超10亿元项目80个,其中超50亿元15个
        indicator += _after_amount_class(prev.indicator)  # : the projects of the larger class
    elif prev is not None and prev.sent is it.sent and cat == "count" and "元" in indicator and "元" in prev.indicator:
        indicator = _class_measure(indicator, prev.indicator)  # 产值超200亿元工业企业1家、60亿元企业2家: 60亿元 of 产值
    if prev is not None and prev.sent is it.sent and cat not in {"percent", "points"} and not it.growth:
        indicator = _part_named(d.text, it, items, idx, indicator)  # 其中中心城区7所: the part of the schools counted before
    verb_only, step = indicator in L.VERB_ONLY, indicator in L.PROJECT_STEPS
    if (verb_only or step) and (noun := noun_closing_list(d, it)):
        indicator += noun  # 开工182个、完成146个老旧小区改造: the noun the list closes on
    elif verb_only:
        verb = indicator
        indicator = object_named_before(d, it, verb) or verb_on_previous_noun(it, items, idx, verb)
        if indicator == verb and verb in L.ADDING_VERBS and cat == "count":
            indicator = firms_of_clause_before(d, it, verb)
    elif step:
        indicator = step_on_previous_noun(d, it, prev, indicator)
    # "2024年仍然持续上扬突破70亿元": how it moved, not what
    if indicator[-1:] in L.PREDICATE_LAST and L.PREDICATE_RE.fullmatch(indicator):
        indicator = ""
    if prev is not None and cat == "percent" and (
        L.PROGRESS_RE.search(it.left)
        or (it.left.strip() == "的" and (L.PROGRESS_RE.search(prev.left) or _of_plan_skipped(items, idx)))
    ):  # 占全年计划的67%, 占全年任务1550万的55%, 完成年初预算数60999万元的40.4%
        indicator = "完成率"
    if (cat == "percent" and prev is not None and prev.cat == "percent" and indicator[-1:] in "区县市镇乡道"
            and prev.sent is it.sent and not it.growth and L.REGION_ONLY_RE.fullmatch(indicator)
            and (m := L.METRIC_END_RE.search(prev.indicator)) and m.group(0).endswith("率")):
        rate = prev.indicator  # 东部地区达到60%以上: the rate of the clause before, there (中西部地区…: not 东部地区's name)
        if prev.subject != rate and prev.subject and rate.startswith(prev.subject) and L.REGION_ONLY_RE.fullmatch(prev.subject):
            rate = rate[len(prev.subject) :]
        indicator += strip_lead(rate)
    if _span_of_years(indicator):
        indicator = ""  # 地区生产总值450亿元,五年年均增长8.5%: a time, the amount before grew
    elif indicator in L.SECTOR_MEASURES and it.clause_start > it.sent.start and (sector := _sector_topic(d, it)):
        indicator = sector + indicator  # 晶硅光伏产业要稳产提质,本地配套率达到65%以上,产值达到1200亿元: all the sentence is of it
    elif (indicator in L.SECTOR_MEASURES and it.clause_start > it.sent.start
          and (prev is None or prev.sent is not it.sent)):
        indicator = _sector_opening(d, it) + indicator  # 服务业量质齐升,实现增加值6305亿元: the sector's (no amount between)
    elif (indicator in L.SECTOR_MEASURES and prev is not None and prev.sent is it.sent and prev.cat == "count"
          and prev.indicator.endswith("企业") and (it.clause_start > prev.q.end or "、" in text[prev.post_end : it.q.start])):
        firms = without_counting_verb(prev.indicator)  # 新增电子信息产业入统企业 → 电子信息产业入统企业
        firms = firms[:-2] if firms[-3:-2] == "业" else firms  # 规上工业企业 → 规上工业
        indicator = firms + indicator  # 规上工业企业达到340户以上,增加值年均增长5.1%: the firms' just counted
    elif cat == "count" and indicator in L.BARE_PROJECTS and it.clause_start > it.sent.start:
        indicator = _sector_topic_named(d, it) + indicator  # 光伏产业以…为重点,…,加快推进…等13个项目建设: the sector's
    if indicator in {"每年", "年均", "每年度"} and prev is not None and prev.sent is it.sent and prev.indicator:
        indicator += base_indicator(prev.indicator)  # 新改建农村公路120公里,每年不少于40公里: the same road, a year
    if (indicator in L.OUTPUT_NOUNS and prev is not None and prev.sent is it.sent
            and (tail := next((w for w in L.MEASURE_TAILS if prev.indicator.endswith(w)), ""))
            and len(prev.indicator) - len(tail) >= 2):
        indicator = prev.indicator[: -len(tail)] + indicator  # 粮食播种面积稳定在334万亩、产量稳定在25.2亿斤以上: the grain's output
    if ((indicator in L.SECTOR_MEASURES or indicator in L.OUTPUT_NOUNS) and prev is not None and prev.sent is it.sent
            and text.find(";", prev.q.end, it.q.start) < 0 and (crop := _product_of(prev))):
        indicator = crop + indicator  # 种植优质魔芋3000亩,实现产值3600万元; 种植辣椒3万亩、产量2.7万吨: the crop's
    if cat == "count" and indicator.endswith(L.CAPACITY_NOUNS):
        indicator = capacity_of_places_before(d, it, prev, indicator)
    if _spends_on_counted_projects(text, it, prev, indicator):
        # 工业项目50项,完成投资26.77亿元; 新签约项目超50个、总投资超300亿元 (漳州 2023): the projects just counted
        indicator = prev.indicator.removesuffix("建设") + ("总投资" if indicator.startswith("总") else "投资")
    if indicator == "占" and cat == "percent":
        indicator = "占比"  # 建议68件,占85%: a bare 占 is the share of the amount just before (named below)
    elif cat == "percent" and indicator.startswith("占") and _share_of_amount_before(d, it, prev):
        amount = _amount_of_share(prev.indicator) if prev.cat == "percent" else prev.indicator  # 制造业增加值占GDP比重
        indicator = base_indicator(amount) + indicator  # …,占全球比重…: the same amount's share of another whole; 服务业
        # 增加值…,占地区生产总值的比重达到46.7%: the share of the amount just before
    if _margin_only(indicator) and prev is not None and prev.sent is it.sent and prev.indicator and text.find(";", prev.q.end, it.q.start) < 0:
        indicator = base_indicator(prev.indicator) + indicator  # 人均地区生产总值5.18万元,…,比全省高1.18万元: its margin
    if not indicator and idx and items[idx - 1].skip == "past-target":
        indicator = _task_done(items[idx - 1])  # 粮食种植任务38089亩,已完成38492亩: done of the task just restated
    if not indicator and prev is not None and (semi := text.rfind(";", prev.q.end, it.clause_start)) >= 0:
        indicator = sentence_subject(d, it, semi + 1)  # …;固定资产投资保持中高速,是“十二五”时期的1.44倍: the part's subject
    if not indicator and it.left.strip(" ,、") in L.SUM_OF_LISTED:
        indicator = _sum_of_listed(d, it, items, idx)
    if not indicator or (len(indicator) <= 4 and L.GENERIC_INDICATOR_RE.match(indicator)):
        if prev is not None and (text.rfind(";", prev.q.end, it.q.start) < 0 or not indicator):
            # 新增规上企业6家,总数达到48家; 经营主体净增98万户、突破1900万户: a total reached, not the increase
            reached = text[it.q.start - it.pre_len : it.q.start] if it.pre_len else it.left.rstrip()
            total = indicator in ("总数", "总量") or (not indicator and reached.endswith(L.TOTAL_REACHED))
            base = base_indicator(prev.indicator, total=total)
            if it.growth and cat != "points" and (base.endswith("完成率") or prev.kind == "share"):
                base = _amount_of_share(base)  # 为年初预算的98.23%,同比增长8.05%: the amount grew, not the rate of the budget
            if not indicator and cat == "points" and (margin := L.COMPARISON_LEVEL_RE.search(it.left.rstrip(" 、,"))):
                indicator = _margin_name(base, margin.group(0))  # 增长5.8%、高于全国0.8个百分点: the margin, not a rise
            else:
                indicator = _rate_named(base, indicator) if indicator else base
            if (stage := tidy(left_words)) in L.BUILD_STAGES:  # 新开工保障性住房3000套、建成2000套: built, not started
                indicator = with_stage(indicator, stage)
        elif not indicator:
            label = label_before(d, it)
            indicator = label or moved_list_before(d, it) or sentence_subject(d, it) or tidy(L.ENUM_PREFIX.sub("", it.left)) or tidy(left_words)
            if indicator in L.VERB_ONLY:
                indicator += noun_closing_list(d, it)  # 完成928个、启动936个村…建设: the noun the list closes on
    it.indicator = indicator
    it.kind = kind_of(it, indicator, text[it.clause_start : it.q.start] if it.cat == "people" else "")
    if not it.direction:
        if _down_lead(it.left) or indicator.startswith(L.CUT_VERBS) or ("降幅" in indicator and L.DOWN_NOUN_RE.search(indicator)):
            it.direction = "down"
        elif it.kind == "growth" and not it.q.text.endswith("持平"):
            it.direction = "up"
    qualifier = it.pre_qual or it.post_qual
    if qualifier is None:
        qualifier = hedge_of(d, it, run.starts, idx) or ("预计" if estimate_noted_before(d, it) else None)
    period = period_of(d, it, role)
    it.record = _make(d, it, indicator, qualifier, period, role)


def _rate_named(base: str, rate: str) -> str:
    """A bare rate after an amount (投入总量增长16%以上、强度达1.75%): the amount's rate; an intensity is the spending's,
    not its total's (全社会研发经费投入强度)."""
    return (base.removesuffix("总量") if rate == "强度" else base) + rate


def _fund_named(right: str) -> str:
    """The fund an amount sizes, named right after it (3亿元专项资金,…; 3亿元技改资金引导作用): its words up to 资金
    or 基金, Han characters only, else ''."""
    ends = [k for k in (right.find(w, 0, 10) for w in L.FUND_NOUNS) if k >= 0]
    if not ends:
        return ""
    name = right[: min(ends) + 2]
    return name if L.is_han(name) else ""


def _after_attention(it: Item, looked: Item) -> str:
    """The words before a number after the people or things looked at in them (聚焦11人完善…措施29条 → 完善…措施)."""
    start = it.q.start - it.pre_len - len(it.left)
    cut = looked.q.end - start
    return it.left[cut:] if 0 < cut < len(it.left) - 1 else it.left


def _sum_of_listed(d: Doc, it: Item, items: list[Item], idx: int) -> str:
    """The amounts a bare 合计 adds up, named together (A8.67亿元,B3.62亿元,合计12.29亿元 → A、B合计), or "" under two."""
    names: list[str] = []
    end = it.q.start
    for j in range(idx - 1, -1, -1):
        p = items[j]
        if p.skip:  # 一次性: a word, no amount
            continue
        if p.sent is not it.sent or p.q.unit != it.q.unit or not p.indicator or ";" in d.text[p.q.end : end]:
            break
        names.insert(0, p.indicator)
        end = p.q.start
    return "、".join(names) + it.left.strip(" ,、") if len(names) >= 2 else ""


def _of_plan_skipped(items: list[Item], idx: int) -> bool:
    """The item before is the plan a share is of, restated and skipped (完成年初预算数60999万元的40.4%)."""
    return idx > 0 and items[idx - 1].skip == "past-target" and bool(L.PROGRESS_RE.search(items[idx - 1].left))


def _amount_of_share(name: str) -> str:
    """The amount a share was named after (…年初预算数完成率, 税收收入占收入, …完成率较均衡进度慢), or the name."""
    k = name.find("完成率")
    k = k if k >= 0 else name.rfind("占")
    return name[:k] if k >= 2 else name


def _inside_frame(name: str) -> str:
    """A name without the frame around a goal (该镇围绕全年新招引…项目 → 新招引…项目, 美丽宜居村建设任务 → 美丽宜居村)."""
    k = max(name.rfind(w) for w in L.GOAL_FRAMES)
    name = name[k + 2 :] if k >= 0 else name
    name = name.removeprefix("全年")
    for end in L.GOAL_FRAME_NAME_ENDS:
        if name.endswith(end):
            return name[: -len(end)]
    return name


def _product_of(prev: Item) -> str:
    """The crop or product whose area, output or capacity prev measured (种植优质魔芋, 稀土新材料产能, 商用车产量), or ""."""
    if prev.cat in ("mass", "count", "level") and prev.indicator.endswith(L.MEASURE_TAILS):
        return _crop_of(prev.indicator)  # 稀土新材料产能增加4.5万吨、产值突破1300亿元 (not 生产农药500吨: a plant's list);
        # 力争商用车产量22.7万辆、产值450亿元: the vehicles' output, counted in 辆
    return _crop_of(prev.indicator) if prev.cat == "area" else ""


def _crop_of(name: str) -> str:
    """The crop or field an area names (种植优质魔芋 → 优质魔芋, 粮食播种 → 粮食, 示范点面积 → 示范点), or "" when nothing is left."""
    name = name.removeprefix(next((w for w in L.CROP_STAGES if name.startswith(w)), ""))
    name = name.removesuffix(next((w for w in L.CROP_STAGES if name.endswith(w)), ""))
    name = name.removesuffix(next((w for w in L.MEASURE_TAILS if name.endswith(w)), ""))
    return name if len(name) >= 2 else ""


def _task_done(task: Item) -> str:
    """What a restated task is of (大豆种植任务1448亩 → 大豆种植), to name the figure done of it after."""
    name = tidy(strip_lead(strip_indicator(task.left)[0]))
    end = next((w for w in L.TASK_NAME_ENDS[::-1] if name.endswith(w)), "")
    return name[: len(name) - len(end)] if end and len(name) - len(end) >= 2 else ""


def _margin_only(name: str) -> bool:
    """A name that is only a margin over another place or a standard (比全省高, 低于省定指标), not over a past year."""
    opener = name.startswith(L.MARGIN_OPENERS)
    if not (opener or name[:1] in {"比", "较"}) or len(name) > 10:  # its opening words first: most names have none
        return False
    if not L.is_han(name) or L.METRIC_END_RE.search(name):
        return False
    return opener or (name.endswith(L.MARGIN_LAST) and L.COMPARISON_BASE_RE.match(name) is None)


def _share_of_amount_before(d: Doc, it: Item, prev: Item | None) -> bool:
    """A clause that opens with 占 (a share of a whole) right after an amount of the same sentence: that amount's."""
    return (prev is not None and prev.sent is it.sent and bool(prev.indicator) and prev.indicator[:1] != "占"
            and d.text.find(";", prev.q.end, it.q.start) < 0)



def _respectively_reached(left: str) -> bool:
    """分别 opening a clause before the verb that reaches a measure (预计分别实现营收500亿元、160亿元…; 分别完成投资
    1500亿元、870亿元): the values are given out, though 分别 is not right before them."""
    before, found, after = left.rpartition("分别")
    return bool(found) and len(before.strip()) <= 2 and after.startswith(L.REACHING_VERBS)


def _sector_opening(d: Doc, it: Item) -> str:
    """The sector a sentence opens with (服务业, 畜牧业: a word ending in 业 in its first clause; 高端医疗器械产业集群), or ""."""
    cluster = d.text.find("产业集群", it.sent.start + 1, min(it.sent.start + 16, it.clause_start))
    if cluster > 0:  # 高端医疗器械产业集群初具规模,总产值达294.48亿元: the cluster's output
        name = d.text[it.sent.start : cluster + 4]
        return name if L.is_han(name) else ""
    head = d.text[it.sent.start : min(it.sent.start + 6, it.clause_start)]
    end = head.find("业", 1)
    name = head[: end + 1] if end > 0 else ""
    return name if L.is_han(name) and not name.endswith(L.NOT_SECTORS) else ""


def _sector_topic(d: Doc, it: Item) -> str:
    """The sector a sentence is about when it opens 'X产业要…' or '做大做强X产业,' (the topic of every clause after), or ""."""
    head = d.text[it.sent.start : min(it.sent.start + 16, it.clause_start)]
    end = head.find("业要", 1)
    name = head[: end + 1] if end > 0 else (_sector_grown(head) or _sector_label(head))
    return name if name and L.is_han(name) and not name.endswith(L.NOT_SECTORS) else ""


def _sector_label(head: str) -> str:
    """The industry a sentence opens with as a clause of its own (动力电池产业,建成…;…,力争实现营业收入400亿元), or ""."""
    comma = head.find(",")
    label = head[:comma] if comma > 3 and head.endswith("产业", 0, comma) else ""
    return "" if any(v in label for v in L.SECTOR_LABEL_VERBS) else label


def _sector_topic_named(d: Doc, it: Item) -> str:
    """The sector a sentence opens with as its topic (光伏产业以…, 氢能产业集群围绕…, 现代物流业积极…), or ""."""
    head = d.text[it.sent.start : min(it.sent.start + 16, it.clause_start)]
    end = head.find("业", 1)
    while end > 0 and not head.startswith(L.SECTOR_TOPIC_WORDS, end + 1) and not head.startswith("集群", end + 1):
        end = head.find("业", end + 1)
    if end > 0 and head.startswith("集群", end + 1):
        end += 2
    name = head[: end + 1] if end > 0 else ""
    return name if len(name) > 2 and L.is_han(name) and not name.endswith(L.NOT_SECTORS) else ""


def _sector_grown(head: str) -> str:
    """The industry a sentence's first clause grows (做大做强光伏新能源产业,…), or ""."""
    lead = len(next((a for a in L.SECTOR_VERB_ADVERBS if head.startswith(a)), ""))
    verb = _growing_verb(head, lead)
    verb += _growing_verb(head, lead + len(verb)) if verb else ""  # 做大做精化工产业, 做优拉长轻纺产业: a pair of verbs
    clause = head[lead + len(verb) : head.find(",")] if (lead or verb) and "," in head else ""
    if not verb:  # 加快电子信息产业发展,…,确保实现营业收入400亿元: the industry whose growth is sped
        clause = clause.removesuffix("发展") if clause.endswith("产业发展") else ""
    if "等" in clause and "、" not in clause:  # 丝纺服装等传统产业: the one industry named, of its class
        clause = clause[: clause.find("等")] + "产业"
    return clause if len(clause) > 2 and clause.endswith("业") else ""


def _growing_verb(head: str, at: int) -> str:
    """The verb of growing a sector that head has at offset at (做大, 重振), or ""."""
    return next((v for v in L.SECTOR_GROWING_VERBS if head.startswith(v, at)), "")


def _span_of_years(name: str) -> bool:
    """A name that is only a span of years (五年, 3年): the time a growth is over, no measure."""
    return len(name) in (2, 3) and name[-1] == "年" and all(c.isdecimal() or c in "两三四五六七八九十" for c in name[:-1])


def _down_lead(left: str) -> bool:
    """A verb of reduction opens the words before a number (DOWN_LEAD_RE, tried only where 减, 降 or 缩 is)."""
    return ("减" in left or "降" in left or "缩" in left) and L.DOWN_LEAD_RE.match(left) is not None


def _make(d: Doc, it: Item, indicator: str, qualifier: str | None, period: str | None, role: str) -> Target:
    """The Target record of an item (quote, offset and base values included)."""
    q = it.q
    a, b = quote_span(d, it)
    money = it.cat == "number" and bool(L.MONEY_WORDS_RE.search(it.left + indicator))
    scale, bu = N.base_of(q.unit, money)
    bmin = None if q.min is None else N.scaled(q.min, scale)
    bmax = None if q.max is None else N.scaled(q.max, scale)
    return _new_target(
        {
            "indicator": indicator,
            "value": q.value,
            "min": q.min,
            "max": q.max,
            "unit": q.unit,
            "kind": it.kind,
            "qualifier": qualifier,
            "period": period,
            "quote": d.source(a, b),
            "offset": d.at(q.start),
            "base_value": N.scaled(q.value, scale),
            "base_min": bmin,
            "base_max": bmax,
            "base_unit": bu,
            "role": role,
            "direction": it.direction or "none",
        }
    )


def _new_target(values: dict[str, object]) -> Target:
    """A Target from a dict of all its field values, in field order, without its frozen __init__.

    That __init__ sets each of the 16 fields through object.__setattr__, which costs more
    than the rest of _make; the record is the same (Target has no __post_init__). The values
    come as one dict, not as keywords: a call with 16 keywords builds that dict anyway.
    """
    t = object.__new__(Target)
    t.__dict__.update(values)
    return t


def _distribute(d: Doc, items: list[Item]) -> None:
    """Shared subjects and verbs: "A和B分别增长10%", "省级、市级…各1家", "A、B排放量下降3%"."""
    i = 0
    while i < len(items):
        it = items[i]
        if it.record is None:
            i += 1
            continue
        group, first = [it], i
        j = i + 1
        while j < len(items):
            nx = items[j]
            if nx.record is None or nx.clause_start != it.clause_start or nx.left.strip(" 、和及与,") != "":
                break
            group.append(nx)
            j += 1
        i = j
        percent = it.cat in {"percent", "points", "ratio"}  # a rate, a change in points, a multiple (翻一番) is shared
        if not (it.distribute or len(group) > 1 or percent):
            continue
        if "等" in it.left and not it.distribute:
            continue
        if _own_nouns(group):
            continue
        subject = it.subject or it.indicator
        if it.distribute and "等" in it.left and len(group) > 1:
            subject = listed_before_etc(it.left, subject, len(group))
        rate_list = percent and "、" in it.subject  # not a list the amount before was named by whole
        shared = it.distribute or len(group) > 1 or rate_list or (percent and all_metrics(subject))
        subjects = split_subjects(subject, len(group), shared)
        if len(subjects) < 2 and it.distribute and len(group) == 1 and "存贷款" in subject:
            subjects = split_subjects(subject, 2, True)  # 存贷款余额均增长10% (曲靖 2022, 2023): deposits and loans, each
        if len(subjects) < 2 and it.distribute and len(group) > 1 and L.GENERIC_INDICATOR_RE.match(it.subject):
            subjects = _generic_of_each(it.indicator, it.subject, len(group))  # A、B分别增长…,占比分别达…: each one's
        if len(subjects) < 2 and (it.distribute or it.growth) and not it.subject and len(group) > 1:
            subjects = _listed_before(items, first, len(group))  # A 60.3亿元,B 2亿元,同比分别-6.2%、-19.3%; a list of
            # growths names the amounts before it without 分别 too (接待游客1500万人次,…收入228亿元,同比增长20%和10%)
        if len(subjects) < 2 and it.distribute and len(group) > 1:
            subjects = [i + subject for i in set_named_before(d.text[it.sent.start : it.clause_start], len(group))
                        or _projects_before(items, first, len(group), subject)]
        if len(subjects) < 2:
            if len(group) > 1 and (bound := _first_bound(it)):
                _bound_each(group, bound)
            continue
        if len(group) == len(subjects):
            pairs = list(zip(group, subjects))
        elif len(group) == 1:
            pairs = [(it, s) for s in subjects]
        else:
            continue
        last_qual = group[-1].post_qual or _first_bound(it)
        new = []
        for g, subj in pairs:
            rec = g.record
            assert rec is not None
            qual = rec.qualifier
            if last_qual and not (g.pre_qual or g.post_qual) and len(group) > 1:
                qual = last_qual
            g.growth, g.threshold, g.to_level = it.growth, it.threshold, it.to_level
            g.direction = g.direction or it.direction
            direction = g.direction or rec.direction
            changed = {"indicator": subj, "qualifier": qual, "kind": kind_of(g, subj, floor=qual == "以上"), "direction": direction}
            new.append(_new_target({**vars(rec), **changed}))  # dataclasses.replace without the frozen __init__
        if len(group) == 1:
            it.record, it.indicator = new[0], new[0].indicator
            it.extra = tuple(new[1:])
        else:
            for g, r in zip(group, new):
                g.record, g.indicator = r, r.indicator


def _own_nouns(group: list[Item]) -> bool:
    """Each count of a run is named by a noun of its own after it, none the same (在市、县医院建设10个重点学科、80个
    重点专科): the list before them is where, no subjects to share out."""
    names = [g.indicator for g in group]
    return len(group) > 1 and all(n and n != g.subject for n, g in zip(names, group)) and len(set(names)) == len(group)


def _bound_each(group: list[Item], bound: str) -> None:
    """Give the bound before a list's first value to each value with none of its own, when the list shares one name:
    南充 2021 力争年度投资分别超260亿元、1700亿元、1000亿元; 南充 2022 力争规上产值分别突破950亿元、220亿元、520亿元."""
    for g in group[1:]:
        if g.record is not None and not (g.pre_qual or g.post_qual):
            g.record = _new_target({**vars(g.record), "qualifier": bound})


def _first_bound(it: Item) -> str | None:
    """The bound written between 分别 (各) and a list's first value, which bounds every value of it: 绵阳 2025 城建投资、
    交通投资分别超258亿元、105亿元; 三明 2023 旅游接待人数、旅游总收入分别突破5000万人次、500亿元."""
    return it.record.qualifier if it.pre_qual and it.record and it.left.endswith(tuple(L.DISTRIBUTE)) else None


def _projects_before(items: list[Item], first: int, n: int, subject: str) -> list[str]:
    """The n groups of projects counted just before a 分别 that gives their spending (南充 2021 实施32个省级重点项目、
    300个市级重点项目、100个市重点推进项目,力争年度投资分别超260亿元、1700亿元、1000亿元; 2023 34个省重点、300个市重点项目,
    完成年度投资分别超280亿元、1100亿元): each value is one group's."""
    if not subject.endswith("投资"):
        return []
    names = _listed_before(items, first, n)
    return names if all("项目" in w or w.endswith("重点") for w in names) else []


def _generic_of_each(name: str, generic: str, n: int) -> list[str]:
    """The generic measure (占比) of each of the n amounts a list before it named ("民间投资、产业投资分别增长28.1%、
    28.4%,占比分别达61.3%、47.3%", 曲靖 2021): 民间投资占比, 产业投资占比; [] unless the list has n names."""
    base = name[: -len(generic)] if name.endswith(generic) else ""
    parts = split_subjects(base, n, True) if "、" in base else []
    return [p + generic for p in parts] if len(parts) == n and all(parts) else []


def _listed_before(items: list[Item], first: int, n: int) -> list[str]:
    """The names of the n quantities just before items[first] in its sentence, when they are n distinct
    amounts ("全年实现A 60.3亿元,B 2亿元,同比分别…"): what a 分别 with no subject of its own refers to."""
    before = [it for it in items[:first] if it.record is not None][-n:]
    names = [it.indicator for it in before]
    if (len(before) < n or any(it.cat in ("percent", "points") or it.sent is not items[first].sent for it in before)
            or len(set(names)) < n or not all(names)):
        return []
    return names


def _analyze(body: str, title: str | None, date: str | None) -> tuple[Doc, list[Item]]:
    """Read a whole body: layout, one scan for quantities, each read in its sentence."""
    text = N.halfwidth(body) if _may_have_fullwidth(body) else body
    text = _common_forms(text)
    text = mark_spaced_tables(text)  # a table flattened to text: its cells parted by "|", not closed together
    if "] " in text:  # a point closed by its source's mark: a sentence stop, the mark's other characters spaces
        text = L.CITED_POINT_END_RE.sub(lambda m: "。" + " " * (len(m.group(0)) - 1), text)
    body, text, spacing = close_spacing(body, text)
    heading = N.halfwidth(title or "")
    heading = close_spacing(heading, heading)[1]  # a PDF's own title: 王坛镇 2025 年工作计划
    if "20" in heading:
        heading = L.BARE_TITLE_YEAR_RE.sub(r"\1年", heading)  # 城口县2024财政预算执行情况: 2024年
    d = Doc(body, text, heading, plan_year_of(heading if title else title, text, date), spacing=spacing,
            date_year=int(date[:4]) if date and date[:4].isdigit() else _title_date_year(heading))
    d.first_year = first_year_of(d.title, d.plan_year)
    d.place = place_of(d.title)
    lay_out(d)
    d.quoted = [_with_gloss(text, *m.span()) for m in matches_from(L.QUOTED_RE, text, L.QUOTED_OPENERS)]
    qs = find_quantities(text)
    d.tables = read_tables(text, d.plan_year, d.first_year, d.record)
    if d.tables:  # a table's rows are read cell by cell, not as sentences
        cells = _table_spans(d)
        qs = [q for q in qs if not _in_spans(q.start, cells)]
    groups = by_sentence(d, qs)
    d.breaks = [*chain.from_iterable(map(re.Match.start, L.BREAK_RE.finditer(text, s.start, s.end)) for s, _ in groups)]
    if "下同" in text and (note := L.ESTIMATE_NOTE_RE.search(text)):
        d.estimated = next(((note.end(), s.part_why) for s, _ in groups if s.start <= note.start() < s.end), None)
    items: list[Item] = []
    before = None
    for sent, group in groups:
        read = _read_sentence(d, sent, group, before)
        items.extend(read)
        kept = [it for it in read if not it.skip]
        before = (kept[-1].role, sent.why, sent.para_start) if kept else before
    _drop_restated(items)
    _drop_retold(items)
    return d, items


def _title_date_year(title: str) -> int | None:
    """The year of a date the title gives (江苏省政府工作报告(2024年1月23日)报道), for a page with no date of its own."""
    m = L.TITLE_DATE_RE.search(title) if "日" in title else None
    return int(m.group(1)) if m else None


def _common_forms(text: str) -> str:
    """text with the Japanese form of a character (増) as the Chinese one (增), offsets kept."""
    for variant, common in L.VARIANT_FORMS:
        if variant in text:
            text = text.replace(variant, common)
    return text


def _margin_name(base: str, comparison: str) -> str:
    """The name of a growth's margin over another place's (地区生产总值, 高于全省 → 地区生产总值增速高于全省)."""
    place = comparison.removesuffix("增速").removesuffix("增幅").removesuffix("水平").removesuffix("平均")
    return (base if base.endswith(("增速", "增幅")) else base + "增速") + place


def _noun_of_class_list(d: Doc, items: list[Item], idx: int, run: Run) -> str:
    """The noun the next count of a list of counts by size names (…、11个投资过100亿元的扛鼎项目 → 扛鼎项目), or ""."""
    k = idx + 1
    while k < len(items) and items[k].skip:
        k += 1
    return noun_after(d, items[k], items, k, run) if k < len(items) and items[k].sent is items[idx].sent else ""


def _with_gloss(text: str, a: int, b: int) -> tuple[int, int]:
    """A quoted name with its numerals spelt out in the brackets right after it (“一场两台”(一个篮球场、两个乒乓球台)):
    the span of both, whose numbers name the parts of the one thing."""
    if text.startswith("(", b) and 0 < (c := text.find(")", b, b + L.GLOSS_REACH)) and "、" in text[b:c] and any(
            ch in L.NUMERAL_CHARS for ch in text[a:b]):
        return a, c + 1
    return a, b


def _part_named(text: str, it: Item, items: list[Item], idx: int, name: str) -> str:
    """A count in a clause opened by 其中 and a part of the area (…学校18所、增加学位20760个,其中中心城区7所、学位6690个):
    that part and the name of the count of the same unit before 其中 in the sentence; else the name as it is."""
    k = text.rfind("其中", it.sent.start, it.q.start)
    if k < 0 or any(c in text[k : it.q.start] for c in ",;:。") or not (m := L.REGION_OPEN_RE.match(text, k + 2)):
        return name
    region, unit = m.group(0), N.split_unit(it.q.unit)[1]
    first = next((p for p in items[:idx] if p.sent is it.sent and p.q.start > k), it)
    if not (first.indicator if first is not it else name).startswith(region):
        return name  # 其中企业在县…: no part of the area opens the clause
    whole = next((p for p in reversed(items[:idx]) if p.sent is it.sent and p.q.end <= k and p.indicator
                  and N.split_unit(p.q.unit)[1] == unit), None)
    if whole is None or whole.indicator.startswith(region):
        return name
    base = whole.indicator
    if 0 <= (w := base.find("全", 0, 5)) and base[w + 1 : w + 2] in L.WHOLE_AREA_ENDS:
        base = base[w + 2 :]  # 五年全市改造棚户区12.8万户、其中市区7.4万户: the work, not the whole place's
    if name.startswith(region):  # 中心城区7所, 中心城区改造200个: the place alone, or with the work of the whole
        rest = name[len(region) :]
        return region + base if not rest or rest in L.VERB_ONLY else name
    same = not name or name in base or base.endswith(name[-2:])  # 学位 after 增加幼儿园学位
    return region + (base if same else name)


def _counted_before_sum(text: str, it: Item, prev: Item | None) -> str:
    """The things a total right after their count is of (新签约亿元以上项目400个、总投资2000亿元以上 → 新签约亿元以上项目), or ""."""
    if prev is None or prev.sent is not it.sent or prev.cat != "count" or text[prev.post_end : prev.post_end + 1] not in "、,":
        return ""
    gap = text[prev.post_end + 1 : it.q.start - it.pre_len].removeprefix("计划")  # 总投资, 计划总投资, 总投资达
    return prev.indicator if gap.startswith("总投资") and L.TOTAL_INVEST_RE.match(gap) else ""


def _amount_class_only(name: str) -> bool:
    """A name that is a class of amount only (超50亿元, 10亿元以上): the things of that size are named before."""
    core = name.removeprefix("超过").removeprefix("超").removesuffix("以上")
    m = N.ARABIC_RE.fullmatch(core) if core[:1].isdigit() else None
    return m is not None and (q := N.read_arabic(m)) is not None and N.unit_category(q.unit) == "money"


def _after_amount_class(name: str) -> str:
    """What a name classed by an amount names after it (超10亿元项目 → 项目, 亿元以上项目 → 项目), or ""."""
    rest = name[name.rfind("元") + 1 :].removeprefix("以上") if "元" in name else ""
    return rest if len(rest) >= 2 and L.is_han(rest) else ""


def _class_measure(name: str, prev: str) -> str:
    """A class of amount and its noun (60亿元企业, 超百亿元企业) with the measure of the class before it, if it has none:
    after 新增产值超200亿元工业企业, 60亿元企业 is 新增产值超60亿元企业 and 超百亿元企业 产值超百亿元企业."""
    lead = "新增" if name.startswith("新增") else ""
    over = next((w for w in L.CLASS_OVER_WORDS if name.startswith(w, len(lead))), "")
    start = len(lead) + len(over)
    end = name.find("元", start)
    if end <= start or name[end - 1] not in "亿万" or not all(c in L.AMOUNT_CHARS for c in name[start:end]):
        return name
    p_lead, measure, p_over = _measure_of_class(prev)
    if not measure or not _after_amount_class(name):
        return name
    if over or lead:  # its own 超 or 新增: only the measure is shared
        return lead + measure + name[len(lead) :]
    return p_lead + measure + p_over + name  # a bare class shares all the words before the amount


def _measure_of_class(name: str) -> tuple[str, str, str]:
    """新增, the measure and 超 before a name's amount (新增产值超200亿元工业企业 → 新增, 产值, 超); no measure: ("", "", "")."""
    k = name.find("元")
    j = k
    while j > 0 and name[j - 1] in L.AMOUNT_CHARS:
        j -= 1
    over = next((w for w in L.CLASS_OVER_WORDS if name.endswith(w, 0, j)), "")
    lead = "新增" if name.startswith("新增") else ""
    measure = name[len(lead) : j - len(over)]
    if j == k or not L.is_han(measure) or not (L.METRIC_END_RE.search(measure) or measure.endswith("营收")):
        return "", "", ""  # 引进10亿元以上项目: a verb, no measure, before the class
    return lead, measure, over


def _at_level(name: str, level: str) -> str:
    """The thing a name counts after a verb and its level, at another level (新增国家级龙头企业, 省级 → 新增省级龙头企业);
    the level alone when the name has no level after a verb of two characters at most."""
    at = min((i for i in (name.find(g + "级", 0, 6) for g in L.GOVERNMENT_LEVELS) if 0 < i <= 2), default=-1)
    if at < 0:
        return level
    rest = name[name.index("级", at) + 1 :]
    return name[:at] + level + rest if len(rest) >= 2 else level


def _level_only(name: str) -> bool:
    """A name that is a level only: 1-3 Han characters, then 级 or 级以上 (省级以上)."""
    t = L.without_final_newline(name)
    return L.is_han(t) and any(t.endswith(e) and 1 <= len(t) - len(e) <= 3 for e in L.LEVEL_ENDS)


def _table_spans(d: Doc) -> list[tuple[int, int]]:
    """The spans the document's tables read cell by cell (sorted), which the sentences do not read again."""
    return sorted(span for t in d.tables for span in t.spans)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when pos falls in one of the sorted (start, end) spans."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _may_have_fullwidth(body: str) -> bool:
    """False only when the body holds no full-width ASCII (U+FF01–FF5E) and no ideographic space.

    Their UTF-8 opens with EF BC, EF BD or is E3 80 80; looking for those bytes is a few
    times cheaper than a regex scan of every character (and a rare other character of
    U+FF00–FF7F only costs a translate that changes nothing).
    """
    raw = body.encode("utf-8", "surrogatepass")
    # EF is rare in Chinese text (U+F000–FFFF), so one byte search rules out both pairs at once;
    # E3 80 80 is the UTF-8 of U+3000 only, found in the str without the many E3 80 of 、。「」.
    return (b"\xef" in raw and (b"\xef\xbc" in raw or b"\xef\xbd" in raw)) or "\u3000" in body


def _records(it: Item) -> list[Target]:
    """The records an item produced (one, or several when a value is shared by a list)."""
    if it.record is None or it.skip:
        return []
    return [it.record, *it.extra]


# 确定经济增长4.5%的预期目标 (东城区2025): the goal named right after the number is the one set before
_GOAL_AFTER = ("的预期目标", "的目标", "预期目标", "目标")


def _drop_restated(items: list[Item]) -> None:
    """A headline target restated later in the document is one target, not two."""
    # Per value: the first record of each indicator name (a few names only, so the scan is linear).
    seen: dict[tuple, dict[str, tuple[Item, Target]]] = {}
    any_period: dict[tuple, list[tuple[Item, Target]]] = {}  # a goal frame restates the goals of any period before it
    restating: set[int] = set()
    for it in items:
        if it.record is None or it.skip:  # no records
            continue
        for r in _records(it):
            if r.role != "target":
                continue
            key = (r.base_value, r.base_min, r.base_max, r.base_unit, r.kind, r.period)
            names = seen.setdefault(key, {})
            earlier = any_period.setdefault(key[:-1], [])
            framed = earlier if it.rule == "goal-framed" else []
            for other, o in [*names.values(), *framed]:
                if other.sent.para_start != it.sent.para_start and (
                    same_indicator(r.indicator, o.indicator)
                    or (("目标" in it.left or it.right.startswith(_GOAL_AFTER)) and N.unit_category(r.unit) in ("percent", "points"))
                ):
                    it.skip = "restated"
                    restating.add(it.sent.start)
                    break
            if it.skip:
                break
            if r.indicator not in names and len(names) < 16:
                names[r.indicator] = (it, r)
                earlier.append((it, r))
    if not restating:
        return
    for it in items:  # "…预期目标定为1200万人以上,比上年多100万人": the comparison goes with it
        if it.sent.start in restating and not it.skip and it.record is not None:
            if L.COMPARISON_LEFT_RE.match(it.left.strip()):
                it.skip = "restated-comparison"


def _drop_retold(items: list[Item]) -> None:
    """An amount of money reported again in a later paragraph under the same name (收入总计…万元, then 收入总计…,减支出总计…)
    is one result: two sums of one name and value to the 万元 are one sum, unlike 3 projects or 4 sites."""
    seen: set[tuple] = set()
    keys: set[tuple] = set()  # the keys of seen, looked up at once instead of over every pair
    for it in items:
        r = it.record
        if r is None or it.skip or it.extra or r.role != "actual" or N.unit_category(r.unit) != "money":
            continue
        key = (r.indicator, r.base_value, r.base_min, r.base_max, r.base_unit, r.kind, r.period)
        if (key, it.sent.para_start) in seen:
            continue
        if key in keys:
            it.skip = "retold"
        else:
            seen.add((key, it.sent.para_start))
            keys.add(key)


def extract_body(body: str, title: str | None = None, date: str | None = None) -> Extraction:
    """Targets and actuals of a body text (paragraphs joined by newlines)."""
    d, items = _analyze(body, title, date)
    targets: list[Target] = []
    actuals: list[Target] = []
    for it in items:
        if it.record is not None and not it.skip:
            for r in _records(it):
                (targets if r.role == "target" else actuals).append(r)
    if d.tables:  # in the order of the body
        for r in _table_records(d):
            (targets if r.role == "target" else actuals).append(r)
        targets.sort(key=lambda r: r.offset)
        actuals.sort(key=lambda r: r.offset)
    return Extraction(targets=targets, actuals=actuals, plan_year=d.plan_year)


def _table_records(d: Doc) -> list[Target]:
    """The records of the document's tables, at their offsets in the body as given (their quotes are the closed text's)."""
    records = [r for t in d.tables for r in t.records]
    return [replace(r, offset=d.at(r.offset)) for r in records] if d.spacing else records


def extract(doc: Document) -> Extraction:
    """Targets and actuals of a parsed document, with its plan year."""
    return extract_body(doc.body, doc.title, doc.date)


def explain_body(body: str, title: str | None = None, date: str | None = None) -> list[dict]:
    """For each sentence with a number: the records taken and the numbers skipped, with reasons.

    Each entry: {"sentence", "offset", "part" (plan/review), "period", "records" (gold-shape
    dicts with offset, base values and the "rule" that made them), "skipped" ([{"number",
    "offset", "rule", "reason"}])}. "part" is plan, review, background or budget, and "why"
    names what placed the sentence there (a heading, a lead-in, a paragraph's opening words).
    """
    d, items = _analyze(body, title, date)
    by_sent: dict[int, list[Item]] = {}
    for it in items:
        by_sent.setdefault(it.sent.start, []).append(it)
    bare_by: dict[int, list[tuple[int, int]]] = {}
    cells = _table_spans(d)
    bare = [(a, b) for a, b in bare_numbers(d.text, [it.q for it in items]) if not (cells and _in_spans(a, cells))]
    for sent, spans in by_sentence(d, bare):
        bare_by[sent.start] = spans
    out = []
    for p in d.paragraphs:
        if p.cut is None:  # no number in it
            continue
        for s in sentences_of(d, p):
            its = by_sent.get(s.start, [])
            nums = bare_by.get(s.start, [])
            if not its and not nums:
                continue
            skipped = [_skip_entry(d.source(it.q.start, it.post_end), d.at(it.q.start), it.skip or "no-record") for it in its
                       if it.skip or it.record is None]
            skipped += [_skip_entry(d.source(a, b), d.at(a), bare_reason(d.text, a, b)) for a, b in nums]
            skipped.sort(key=lambda x: x["offset"])
            out.append(
                {
                    "sentence": d.source(s.start, s.end),
                    "offset": d.at(s.start),
                    "part": s.mode,
                    "period": s.period,
                    "why": s.why,
                    "records": [{**r.to_json(), "rule": it.rule} for it in its for r in _records(it)],
                    "skipped": skipped,
                }
            )
    for r in (r for t in d.tables for r in t.records):  # a table's cells, each under its column
        row, end = d.body.rfind("\n", 0, r.offset) + 1, d.body.find("\n", r.offset)
        out.append({"sentence": d.source(row, len(d.body) if end < 0 else end), "offset": d.at(row),
                    "part": "plan" if r.role == "target" else "review", "period": r.period,
                    "why": "its table's column", "records": [{**r.to_json(), "offset": d.at(r.offset), "rule": "table-column"}], "skipped": []})
    out.sort(key=itemgetter("offset"))
    return out


def _skip_entry(number: str, offset: int, rule: str) -> dict:
    """A skipped number for --explain: the rule that skipped it and what that rule says."""
    return {"number": number, "offset": offset, "rule": rule, "reason": BY_ID[rule].says if rule in BY_ID else rule}


def explain(doc: Document) -> list[dict]:
    """`explain_body` of a parsed document: what `monitor extract --explain` prints."""
    return explain_body(doc.body, doc.title, doc.date)
