"""Indicator names: the noun phrase a text gives for a quantity.

The words before a number are stripped of verbs, hedges and scope; a count takes the noun it
counts; a list subject is split (A、B排放量 → A排放量, B排放量). Pure module.
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor import numbers as N
from monitor.extract import lexicon as L
from monitor.extract.layout import Doc
from monitor.extract.quantities import Item, Run, bare_reason, clause_bounds, list_mark


# What a number's unit, size or range word may open with (10千伏, 24年, 500强, 12类, 65岁, 1至5月): a number so followed is a
# quantity, never the bare item number a circled ②/⑩ becomes under NFKC (②完成医疗救助 → 2完成医疗救助).
_AFTER_NUMBER = frozenset("".join(N.BASE_UNITS)) | frozenset("余多万亿千百十年月日季周强号类级届至到")


def strip_indicator(words: str) -> tuple[str, list[str]]:
    """Strip trailing copulas and verbs of change; return the rest and the words removed."""
    removed: list[str] = []
    s = words.rstrip()
    if s[-1:] not in L.TRAIL_BY_LAST and s[-1:] not in "增比年期底末":  # no verb nor base to strip (most names): every test
        return s, removed  # below would only stop on it
    while s:
        last = s[-1]
        if last in "均长收":  # one test for the two names below, which otherwise cost every word stripped
            if last == "均" and s[-2:-1] and s[-2] in L.PER_UNIT and (len(s) < 3 or s[-3] not in "各每全都"):  # 人均: per unit
                break
            if last != "均" and s[-3:-1] in ("稳增", "保增", "促增") and s[-4:-3] != "确":  # 稳增长26条: a policy aim named, no verb of change
                break  # (确保增长10%: the hedge 确保 and the verb)
            if s[-3:] == "均增收" and s[-4:-3] in L.PER_UNIT and (len(s) < 5 or s[-5] not in "各每全都"):  # 户均增收1.2万元: the
                break  # per-household gain in income is the measure, no verb of change (各村均增收: each village's rise)
        if last == "净" and removed and removed[-1].startswith("增") and (len(s) == 1 or s[-2] in "、,"):
            removed.append("净")  # 市场主体总量达45万户、净增长18.7% (曲靖 2022): a net rise of the amount before, no name
            s = s[:-1]
            continue
        if last == "约" and s[-2:-1] in L.YUE_WORD_HEADS:  # 签约, 节约: a verb of the name, not "about"
            break
        if last == "要" and s[-2:-1] in L.YAO_WORD_HEADS:  # 规划纲要, 主要: a word, no modal
            break
        if s[-3:-2] == "未" and s[-2:] in L.DONE_VERBS_NEGATED:  # 未完成5个 (昆明 a 区's 巡察整改 report): what is not
            break  # done is the measure, no verb of change
        if last == "都" and removed and removed[-1] == "等":  # 集宁至商都等13个: 都 before 等 ends a name, never "all"
            break
        if last == "计" and s[-4:-2] in {"收入", "支出"} and s[-2:-1] in "总合" and not strip_lead(s[:-4]).strip(L.SUM_JOINS):
            break  # 收入总计96.17亿元, 支出合计: the two sides of a budget's balance, named so (项目投资总计5亿元 is 项目投资)
        if last == "增" and L.COMPARE_YEAR_RE.search(s, 0, len(s) - 1):  # 比2020年增, 比“十三五”末增: a rise over a base
            removed.append("增")
            s = s[:-1]
            continue
        if last == "比" and s.endswith("相比"):  # 支出决算数与2024年度相比, 与上年同期相比: the comparison and its base
            k = s.rfind("与", 0, len(s) - 2)
            removed.append(s[max(k, 0) :])
            s = s[:k].rstrip() if k > 0 else ""
            continue
        for w in L.TRAIL_BY_LAST.get(last, ()):
            if s.endswith(w):
                removed.append(w)
                s = s[: -len(w)].rstrip()
                break
        else:
            if last == "增" and len(s) > 2 and s[-2] not in L.INCREASE_HEADS:  # 地区生产总值增5%左右: 增长, shortened
                removed.append("增")
                s = s[:-1]
                continue
            m = L.COMPARE_YEAR_RE.search(s) if s[-1] in "年期底末比" else None  # "能耗比2020年(下降)": a base
            if not m:
                break
            removed.append(m.group(0))
            s = s[: m.start()].rstrip()
    return s, removed


def without_place(subject: str, place: tuple[str, ...]) -> str:
    """The measure after the document's own place (江苏地区生产总值, 海南全省…, 云南省在固定资产投资): the place is who, not what."""
    form = next((p for p in place if subject.startswith(p)), "")
    rest = subject[len(form) :]
    if not form or rest.startswith(L.PLACE_JOINS) or rest.startswith(L.PLACE_NAMED_THINGS):  # 临沧至清水河, 南通港: a name
        return subject
    rest = tidy(strip_lead(rest[1:] if rest[:1] == "在" else rest))
    return rest if len(rest) >= 2 else subject


def strip_lead(s: str) -> str:
    """Strip enumerators, hedges, scope and time words and generic verbs from the front."""
    k = max(s.rfind("("), s.rfind("（")) if "(" in s or "（" in s else -1  # an `in` costs a fourth of a find
    if k >= 0 and ")" not in s[k:] and "）" not in s[k:]:  # "(其中规上工业企业6家)": an aside opened before the name;
        s = s[k + 1 :]  # 入库纳统(涵盖商贸业9家、…): the words before it name what it breaks down
    if s[:1] == "按":
        s = _after_basis(s)
    if "作为" in s and s.startswith(L.AS_WHAT) and (k := s.find("的", 2)) > 0 and len(s) - k > 2:  # 而作为我镇支柱产业的印刷业: 印刷业
        s = s[k + 1 :]
    if (s[:1].isspace() or s[:1].isdecimal() or s[:1] in L.ENUM_FIRST) and not s.startswith("一、二、"):
        s = L.ENUM_PREFIX.sub("", s)  # 一、二、三产业增加值 (北海 2025) is a list of numerals, not an item number
    if s[:1].isdecimal():
        s = _without_item_number(s)
    for _ in range(8):
        c = s[:1]
        to = c == "到"  # 到“十四五”末达5000亿元 (曲靖 2022): a time, as 到2025年 is
        five = _five_year_time(s[to:]) if c and c in "“十到" else 0
        if five:  # “十三五”时期年均增长5.2%: a time, no name
            s = s[to + five :]
            continue
        if c in "是为" and (five := _five_year_time(s[1:], whole=True)):  # 是“十二五”时期的1.54倍, 是“十一五”的3.1倍:
            s = s[1 + five :]  # the base of a multiple, as 是去年的5倍
            continue
        if L.ALLOT_VERB in s and (k := s.find(L.ALLOT_VERB, 1, 16)) > 0 and s[k + 2 : k + 3] in "我本":  # 省财政厅下达我街道…: who allotted it
            s = s[k + 2 :]
            continue
        if "20" in s[2:9] and (place := L.PLACE_BEFORE_YEAR_RE.match(s)):  # 五莲县2012年全年实现生产总值
            s = s[place.end() :]
            continue
        if not (c in L.LEAD_FIRST or c.isdecimal() or c.isspace()):  # "" too: no word matches it
            break
        m = L.LEAD_WORDS.match(s)
        if not m or not m.group(0) or s[m.end() : m.end() + 1] in {"率", "或"}:  # 完成率100%: the rate, no verb to
            break  # strip; 引进或培养高层次人才: two verbs joined by 或 name the work together
        s = s[m.end() :]
    s = s.strip(" 、,;:") if s.endswith(L.VERBS_ENDING_IN_CONJUNCTION) else strip_joins(s, " 、,;:和及与")
    return "" if s[:1] in "比较与同高超快低" and _comparison_only(s) else s


def _after_basis(s: str) -> str:
    """s after a basis opened by 按 and closed by a verb of estimating (按收入完成情况预计今年支出基数 → 今年支出基数)."""
    k = min((k for w in L.BASIS_CLOSERS if (k := s.find(w, 3)) > 0), default=-1)
    return s[k + 2 :] if k > 0 and len(s) - k - 2 >= 2 and s[k + 2] != "机" else s  # 按要求配备计算机: a thing


def strip_joins(s: str, marks: str) -> str:
    """s without the marks at its ends, but with the 和 of a word that opens with it (和美乡村 is no …和 美乡村)."""
    s = s.rstrip(marks)
    body = s.lstrip(marks)
    k = len(s) - len(body)
    return s[k - 1 :] if k and s[k - 1 :].startswith(L.JOIN_OPENED_WORDS) else body


def _without_item_number(s: str) -> str:
    """s without a bare item number of one or two digits glued to its words (⑩高标准农田建设, read as 10高标准…;
    "1 地区生产总值" in a table row; ⑦为1万名残疾人…, whose item number alone is left: no name); a number its unit
    follows (10千伏线路, 24年GDP) stays."""
    k = 2 if s[1:2].isdecimal() else 1
    rest = s[k:].lstrip(" ")
    c = rest[:1]
    return rest if not c or (c not in _AFTER_NUMBER and L.is_han(c)) else s


def _five_year_time(s: str, whole: bool = False) -> int:
    """The length of a five-year plan named as a time at the front (“十三五”时期, 十四五期间), or 0; `whole`: the
    plan's five years as one (“十一五”的), as the base of a multiple names them."""
    t = s[1:] if s[:1] == "“" else s
    if len(t) < 4 or t[0] != "十" or t[2] != "五" or t[1] not in "一二三四五六":
        return 0
    rest = t[3:].lstrip("”")
    word = next((w for w in L.FIVE_YEAR_TIMES if rest.startswith(w)), "")
    return len(s) - len(rest) + len(word) if word or (whole and rest in ("", "的")) else 0


def _comparison_only(s: str) -> bool:
    """Words that only compare (比上年增长, 超过全市增速): no name of a measure."""
    m = L.COMPARISON_BASE_RE.match(s)
    if m:
        rest = L.without_final_newline(s)[m.end() :]
        return len(rest) <= 6 and L.is_han(rest)
    return L.COMPARISON_LEVEL_RE.match(s) is not None


def _without_years_running(s: str) -> str:
    """连续9年 (for 9 years running) says how long, not what: 粮食产量连续9年 → 粮食产量, 连续6年粮食总产 → 粮食总产."""
    i = s.find("连续")
    j = i + 2
    while j < len(s) and (s[j].isdigit() or s[j] in L.CN_COUNT_DIGITS):
        j += 1
    return (s[:i] + s[j + 1 :]).strip() if j > i + 2 and s.startswith("年", j) else s


def _etc_at(s: str) -> int:
    """Where the last 等 that closes a list of examples is (A、B等项目), skipping a 等 inside a word (等级, 中等职业)."""
    k = len(s)
    while (k := s.rfind("等", 0, k)) >= 0:
        before, after = s[k - 1 : k], s[k + 1 :]
        if not (after[:1] in L.DENG_OPENS or s[k - 1 : k + 1] in L.DENG_CLOSES
                or after.startswith(L.DENG_LEVELS.get(before, ()))):
            return k
    return -1


def tidy(s: str) -> str:
    """Final touches: the kind named after 等, no note marks or dangling brackets, no trailing 的."""
    s = (L.FOOTNOTE_RE.sub("", s) if "[" in s else s).strip(" 、,;:/")
    if "连续" in s:
        s = _without_years_running(s)
    k = _etc_at(s) if "等" in s else -1
    if k >= 0:
        head, tail = s[:k], s[k + 1 :].strip()
        scope = next((w for w in L.SCOPE_FIELDS if tail.startswith(w)), "") if head.startswith("在") else ""
        if scope and len(tail) - len(scope) >= 2:  # 在畜牧精深加工、电子元器件制造等领域新招引产业项目: where, then what
            tail = tail[len(scope) :]
        if tail in L.BARE_KINDS:  # 送戏下乡、文化演出等活动: a kind that names nothing without its examples
            s = s.strip()
        elif len(tail) >= 2:  # 新开工A、B等项目 → 新开工项目: the stage stays on the kind
            verb = L.LIST_VERB_RE.match(re.split("[,;，；]", head)[-1])
            s = verb.group(0) + tail if verb and not tail.startswith(verb.group(0)) else tail
        else:
            s = head
    elif s[:1] == "在":
        s = _after_place(_after_scope(s))
    s = s.lstrip(")）").rstrip("(（")  # a bracket closed before the name or opened after it
    if s[-1:] in ")）*":
        s = without_unit_gloss(s)
    if s.endswith("台阶"):
        s = _without_step_reached(s)
    if "提供" in s and s.startswith(L.SERVED_LEADS):
        s = _served_and_service(s)
    if "蒸吨" in s:
        s = _boilers_without_size(s)
    if "分别" in s[1:]:
        s = _without_respectively(s)
    if "实现" in s[2:]:
        s = _without_reaching(s)
    if s.endswith(L.MERGE_VERBS):
        s = _after_merged_count(s)
    if "预计" in s[2:-2]:  # 预算内预计可用财力, 一般公共预算预计总支出: the hedge said inside the name, no part of it
        s = s.replace("预计", "", 1)
    if s.endswith(L.FIGURE_FORMS) and len(s) > 5:  # 固定资产投资绝对额: how the figure is given, not what
        s = s[:-3]
    if "年" in s[-2:]:
        s = L.YEAR_TAIL_RE.sub("", s)
    if s.endswith(("季度", "半年")) and s.endswith(L.YEAR_PARTS) and len(s) > 5:  # 项目开工率一季度(达到30%): a time
        s = s[: -len(next(w for w in L.YEAR_PARTS if s.endswith(w)))]
    if s[-1:] in L.PER_UNIT and s[-3:-1] == "率每":  # 全员劳动生产率每人9.6万元: a rate is per head already
        s = s[:-2]
    elif s[-1:] == "均" and s[-2:-1] in L.PER_UNIT:
        s = _average_first(s)
    return s.rstrip("的之").lstrip("的").strip(" 、,;:")


def _without_reaching(s: str) -> str:
    """An output without the verb that reaches it (五粮液集团实现营收 → 五粮液集团营收, 轻工业实现产值 → 轻工业产值)."""
    measure = next((w for w in L.OUTPUT_MEASURES if s.endswith("实现" + w)), "")
    if not measure or len(s) <= len(measure) + 3:
        return s
    return s[: -len(measure) - 2].removesuffix("已经").removesuffix("已") + measure  # 该基地已实现产值: the base's


def _after_merged_count(s: str) -> str:
    """A merge named with the count of what it merges (市属29家国企整合重组 → 国企整合重组): that count is its own record."""
    for m in N.ARABIC_RE.finditer(s):
        q = N.read_arabic(m)
        if q is not None and N.unit_category(q.unit) == "count" and L.is_han(s[m.end() :]) and len(s) - m.end() >= 4:
            return s[m.end() :]
    return s


def _boilers_without_size(s: str) -> str:
    """Boilers named without the size class before them (淘汰市级建成区10-35蒸吨燃煤锅炉 → 燃煤锅炉), as a floor leaves them."""
    rest = s[s.rfind("蒸吨") + 2 :].removeprefix("/小时")
    return rest if rest.startswith(L.BOILERS) else s


def _without_respectively(s: str) -> str:
    """A name without the 分别 inside it, and without what follows it when that is a level reached (see LEVEL_REACHED)."""
    k = s.find("分别", 1)
    rest = s[k + 2 :]
    return s[:k] if rest.startswith(L.LEVEL_REACHED) else s[:k] + rest


def _served_and_service(s: str) -> str:
    """The people served and the service they get (为孕产妇提供…检测 → 孕产妇…检测); the things that give it (…的机构) stay."""
    lead = next(w for w in L.SERVED_LEADS if s.startswith(w))
    k = s.find("提供", len(lead) + 1)
    rest = s[k + 2 :]
    return s[len(lead) : k] + rest if k > 0 and len(rest) >= 2 and "的" not in rest else s


def without_unit_gloss(s: str) -> str:
    """A table row's name without the unit in brackets or the note mark after it (城镇调查失业率(%), 海洋生产总值*)."""
    s = s.rstrip("*")
    k = max(s.rfind("("), s.rfind("（"))
    gloss = s[k + 1 : -1] if k > 0 and s[-1:] in ")）" else ""
    if gloss and (gloss in ("%", "年") or "/" in gloss or N.unit_category(gloss)):
        return s[:k].rstrip("*")
    return s


def event_held(subject: str, unit: str) -> str:
    """The event counted in times, without who held it and where (组织镇党委班子开展党纪学习教育研讨交流 → 党纪学习教育研讨交流)."""
    if unit not in L.TIMES_UNITS:
        return subject
    k = max(subject.rfind(v) for v in L.HOLD_VERBS)
    if k < 0 and subject.startswith(L.HOLD_LEADS):
        k = 0
    return strip_lead(subject[k + 2 :]) or subject if k >= 0 and len(subject) - k - 2 >= 2 else subject


def _average_first(s: str) -> str:
    """A per-unit average said after its measure and verb goes before the measure (经营性收入实现村均 → 村均经营性收入)."""
    rest = s[:-2]
    verb = next((v for v in L.AVERAGE_REACH_VERBS if rest.endswith(v)), "")
    return s[-2:] + rest[: -len(verb)] if verb and len(rest) - len(verb) >= 2 else s


def _after_scope(s: str) -> str:
    """What is done after the field it is done in (在重点产业领域突破关键技术 → 突破关键技术), or s without such a field."""
    k, w = min(((s.find(w), w) for w in L.SCOPE_FIELDS if w in s), default=(-1, ""))
    return s[k + len(w) :] if k > 1 and len(s) - k - len(w) >= 2 else s


def _after_place(s: str) -> str:
    """What is done after the place it is done at (在孤家子村接着栽植山榛子 → 栽植山榛子), or s without such a place."""
    if s[:1] != "在" or s.startswith(L.IN_STATE_WORDS):
        return s
    end = _place_end(s, 1)
    while end > 0 and 0 < (more := _place_end(s, end)) - end <= 8 and len(s) - more >= 2:  # 城关镇党群服务中心: a place
        end = more  # in a place, named down to the one the work is done at
    rest = strip_lead(s[end:]) if end > 0 else ""
    return rest if len(rest) >= 2 and L.is_han(rest[:2]) else s


def _place_end(s: str, start: int) -> int:
    """Where the first place named from `start` on ends, with its position word and its quoted name; -1 if none."""
    k, w = min(((k, -len(w)) for w in L.PLACE_CLOSERS if (k := s.find(w, start + 2)) > 0), default=(-1, 0))
    if k < 0:
        return -1
    end = k - w
    end += s[end : end + 1] in L.PLACE_POSITIONS
    if s[end : end + 1] == "“" and (close := s.find("”", end)) > 0:  # 在政务微信平台“汉台徐望”公开政务信息: the place's name
        end = close + 1
    return end


def _without_step_reached(s: str) -> str:
    """s without the level it reached said after it (工业总产值迈上千亿台阶,接近1300亿元 → 工业总产值)."""
    cut = max(s.rfind(w) for w in L.STEP_VERBS)
    return s[:cut] if cut >= 2 else s



def noun_after(d: Doc, it: Item, items: list[Item], idx: int, run: Run) -> str:
    """The counted noun after a count (创建2个市级文明村 → 市级文明村; 15户36穴坟墓 → 坟墓…)."""
    r = it.right
    if r.startswith(L.MILESTONE_NOUNS):
        return ""  # 到2026年突破千亿大关: the mark passed, no thing counted
    k = run.next_kept[idx]
    nxt = items[k] if k >= 0 else None
    in_name = run.skipped_at(it.post_end) or (r[:1].isdigit() and (_CODE_RE.match(r) is not None or r[1:2] in L.CLASS_MARKS))
    # 2100个5G基站, 5个1类新药: a code or a class number opens the noun counted
    grade = _grade_length(d, it, run, nxt) if r[:1].isdigit() and not in_name else 0
    in_name = in_name or grade > 0  # 18个110千伏输变电工程: a number in no unit the reader knows grades the works counted
    age = L.AGE_LEAD_RE.match(r) if r[:1].isdigit() else None  # 为2500名40周岁以上城乡居民…: ages, then the people
    if age and len(r) > age.end() and "\u4e00" <= r[age.end()] <= "\u9fff":
        return noun_after(d, replace(it, right=r[age.end() :], post_end=it.post_end + age.end()), items, idx, run)
    if r[:1] == "、" and r.startswith(L.SUM_AFTER_COUNT, 1) and (de := r.find("的", 4, 30)) > 0:
        # 推进37个、总投资64.93亿元的数字经济项目: the projects, their sum between
        return noun_after(d, replace(it, right=r[de + 1 :], post_end=it.post_end + de + 1), items, idx, run)
    if (r[:1].isdigit() and not in_name) or r[:1] == " " or (r[:1] == "、" and r[1:2].isdigit()):
        if r[:1] == "、" and (nxt is None or nxt.cat == it.cat):  # 98公顷、42个历史遗留图斑治理: two measures of one thing
            return ""  # (学校3所、5所幼儿园: two things)
        if nxt is not None and nxt.q.start <= it.post_end + 1 and nxt.clause_start == it.clause_start:
            return noun_after(d, nxt, items, k, run)
        return ""
    if r[:1] == "、" and nxt is not None and nxt.cat == it.cat != "count" and _shared_object_verb(r, nxt.q.start - it.post_end):
        return noun_after(d, nxt, items, k, run)  # 新建4万亩、改造提升8万亩高标准农田: the farmland, worked on twice
        # (counts of projects by stage, 新开工10个、建成8个…项目, are the steps' own: noun_closing_list)
    latin = r[:1].isascii() and r[:1].isalpha() and L.is_han(r[_latin_end(r) : _latin_end(r) + 1] or "x")  # 6个GAP精品种植基地
    if not r or not ("\u4e00" <= r[0] <= "\u9fff" or r[0] in "“《" or in_name or latin) or r[0] == "等" or r.startswith(L.MEANS_LEADS) or (
        r[0] == "并" and r.startswith(L.JOINED_VERB_LEADS)
    ):
        return ""  # 稳增长26条等一揽子措施: 等 closes what was counted; “个转企”4家通过盘活…: the means of the next clause
    if r[0] in L.DOUBLED_KINDS and r[1:2] == r[0] and nxt is not None and nxt.q.start < it.clause_end:
        return _class_by_measure(d, r, it, nxt)  # 8个村村集体经济收入达到10万元: the villages, by the measure of each
        # (新建8个村村级活动场所: the venues)
    if nxt is not None and nxt.q.start < it.clause_end:
        cut = nxt.q.start - nxt.pre_len - it.post_end
        if 0 <= cut < len(r):
            r = r[:cut]
            joint = max(list_mark(r, 0, len(r)), *(r.rfind(j) for j in "和及与"))
            if r.endswith("等") and (conj := max(r.rfind(j) for j in "和及与")) > 0:
                joint = conj  # 6个基地和金林区、友好区等5个…: the next count's examples open after 和
            if joint > 0 and r[joint - 1 : joint + 1] == "以及":
                joint -= 1  # 5场…亲子互动剧场以及100场…讲座: 以及 is one word
            if joint >= 0:  # 13栋住宅楼、镇新区11栋; 35处煤矿提能改造和宝泰隆3处: the words after lead the next count
                r = r[:joint]
                if r in L.SIZE_CLASSES and (shared := _after_size_class(noun_after(d, nxt, items, k, run))):
                    return r + shared  # 2个千亩、3个百亩粮食生产综合示范片: of one kind, sized apart
                if 2 <= len(r) <= 4 and r[-1] == "型" and L.is_han(r) and (shared := _after_type(noun_after(d, nxt, items, k, run))):
                    return r + shared  # 2个综合型、3个管护型、5个产业型林场建设试点: of one kind, typed apart
                if grade and (shared := _after_grade(noun_after(d, nxt, items, k, run), r[grade:])):
                    return r + shared  # 2个220千伏、11个66千伏变电站: of one kind, graded apart
                if 2 <= len(r) <= 6 and r[-1] == "级" and (shared := _after_class(noun_after(d, nxt, items, k, run))):
                    return r + shared  # 2个千亿元级、2个500亿元级产业集群: of one kind, classed apart
            m = L.RESULT_VERB_RE.search(r, 2)  # 89家超千万企业完成工业纳税销售17.6亿元: the firms, not their sales
            if m:
                r = r[: m.start()]
            if nxt.cat == "money":
                r = _without_measure(r)
    if "级、" in r:
        r = _classed_apart(r)
    m = _PLACE_KINDS_RE.match(r) if "(" in r[1:4] else None  # 12个县(市、区)土地承包合同签订率达90%: the counties
    if m:
        return m.group(0)
    m = L.DESCRIPTOR_RE.search(r)  # 树龄50年以上老榧树, 产值达2000万元以上企业: the thing after the class
    if m and len(r) - m.end() >= 2:
        r = r[m.end() :]
    if "蒸吨" in r:
        r = _boilers_without_size(r)  # 7台10-35蒸吨燃煤锅炉: the boilers
    m = _noun_cut(_without_grades(r, r[grade : grade + 2]) if grade else r, it.post_end, run)
    if m:
        r = r[: m.start()]
    r = _before_task(r)
    r = strip_joins(r, " 、和及与")
    if "、" in r:
        head, _, tail = r.rpartition("、")
        # 妇女免费做宫颈癌筛查、为全州6.1万名…: the next item's lead words; 178个产业项目、数据安全电力保障等121个…:
        # the next item's examples, before its count
        if head and (not strip_lead(tail) or (tail.endswith("等") and nxt is not None and nxt.q.start <= it.clause_end)):
            r = head
    if "的" in r[:-1]:
        head, _, tail = r.rpartition("的")
        if tail in L.CAPACITY_WORDS:  # 30吉瓦拉棒切方、10吉瓦切片的生产能力: the capacity is named by what it makes
            r = head
        elif len(tail) >= 2:
            r = tail
    # 10家企业上榜“2023泉州民营企业100强”: the quote the number inside it cut open is no part
    r = _without_open_bracket(r.rstrip("的“")[:40])
    rest, _ = strip_indicator(r)
    return r if len(rest) >= 1 and not L.TRAIL_RE.fullmatch(r) else ""


# A place and its peers in brackets after a count (12个县(市、区), 每个乡(镇、街道)): the count's noun ends with them.
_PLACE_KINDS_RE = re.compile(r"[^\W\d_]{1,3}\([^()、]{1,4}(?:、[^()、]{1,4})+\)")
# The digits of a code (5G, 4A级, G335): Latin letters next to them, as bare_reason's bare-code reads them.
_CODE_RE = re.compile(r"[A-Za-z]+\d+(?:\.\d+)?[A-Za-z]*|\d+[A-Za-z]+")


def _shared_object_verb(r: str, gap: int) -> str:
    """The work verb between a 、 and the next amount `gap` characters on (、改造提升8万亩…), or ""."""
    verb = r[1:gap]
    return verb if verb in L.SHARED_OBJECT_VERBS else ""


def _latin_end(r: str) -> int:
    """Where the Latin letters opening r end (GAP精品种植基地 → 3)."""
    k = 0
    while k < len(r) and r[k].isascii() and r[k].isalpha():
        k += 1
    return k


def _grade_length(d: Doc, it: Item, run: Run, nxt: Item | None) -> int:
    """The length of a number in no known unit opening the words after a count, before Han words (18个110千伏输变电工程
    → 3), when no quantity starts there; else 0."""
    r, k = it.right, 0
    while k < len(r) and (r[k].isdigit() or r[k] == "."):
        k += 1
    if not L.is_han(r[k : k + 1]) or run.in_skipped(it.post_end) or (nxt is not None and nxt.q.start - nxt.pre_len <= it.post_end):
        return 0
    return k if bare_reason(d.text, it.post_end, it.post_end + k) == "bare-no-unit" else 0


def _without_grades(r: str, word: str) -> str:
    """The words with the numbers of each grade in word masked (110千伏及220千伏输变电工程 → ###千伏及###千伏…), for a
    cut that keeps them."""
    return re.sub(r"\d+(?=" + re.escape(word) + ")", lambda m: "#" * len(m.group(0)), r)


def _after_grade(noun: str, word: str) -> str:
    """What a noun names after a grade of the same word (66千伏变电站, 千伏 → 变电站), or ""."""
    k = 0
    while k < len(noun) and (noun[k].isdigit() or noun[k] == "."):
        k += 1
    return noun[k + len(word) :] if k and 0 < len(word) <= 3 and noun.startswith(word, k) and len(noun) > k + len(word) else ""


def _class_by_measure(d: Doc, r: str, it: Item, nxt: Item) -> str:
    """The places counted, named by the measure each reaches (8个村村集体经济收入达到10万元以上 → 村集体经济收入10万元以上村)."""
    measure = strip_indicator(r[1 : nxt.q.start - nxt.pre_len - it.post_end])[0]
    rest = strip_lead(measure) if measure[:1] in L.LEAD_FIRST else measure
    return rest + d.text[nxt.q.start - nxt.pre_len : nxt.post_end] + r[0] if len(rest) >= 2 else r[0]


def _without_open_bracket(noun: str) -> str:
    """The noun without a bracket the clause's end cut open (建成1个城市书房(百姓书屋,… → 城市书房) or one giving the
    short name it goes by (…综合互助保障”(简称“住院二次医保”)): a gloss, no name."""
    k = noun.rfind("(")
    return noun[:k] if k > 0 and (")" not in noun[k:] or noun.startswith(L.SHORT_NAME_NOTES, k + 1)) else noun


def _before_task(noun: str) -> str:
    """The things counted without the task they take on after them (国重实验室承接重大专项 → 国重实验室)."""
    k = min((k for v in L.TASK_VERBS if (k := noun.find(v, 2)) > 0), default=-1)
    return noun[:k] if k > 0 else noun


def _after_size_class(noun: str) -> str:
    """What a noun names after the size class it opens with (百亩粮食生产综合示范片 → 粮食生产综合示范片), or ""."""
    return next((noun[len(w) :] for w in L.SIZE_CLASSES if noun.startswith(w) and len(noun) > len(w)), "")


def _after_type(noun: str) -> str:
    """What a noun names after the type it opens with (产业型林场建设试点 → 林场建设试点), or ""."""
    k = noun.find("型", 1, 5)
    return noun[k + 1 :] if k > 0 and len(noun) - k > 2 else ""


def _after_class(noun: str) -> str:
    """What a noun names after the class it opens with (500亿元级产业集群 → 产业集群, 省级文明村 → 文明村), or ""."""
    k = noun.find("级", 1, 7)
    return noun[k + 1 :] if k > 0 and len(noun) - k > 2 else ""


def _classed_apart(r: str) -> str:
    """A class and the noun of the list of classes it opens, each class counted (2个500亿元级、若干个百亿元级产业集群 →
    500亿元级产业集群; 4个500亿级、一批百亿级产业和百亿级企业 → 500亿级产业), or r when the class opens no such list
    (6个国家级、省级…示范项目: one count of both)."""
    k = r.find("级、", 1, 7)
    j = r.find("级", k + 2, k + 12) if k > 0 else -1
    if j < 0 or not any(c in r[k + 2 : j] for c in "个批"):
        return r
    head = r[j + 1 :]
    cut = min((i for i in map(head.find, "和及与、") if i >= 0), default=len(head))
    return r[: k + 1] + head[:cut] if cut >= 2 and L.is_han(head[:2]) else r


def _without_measure(r: str) -> str:
    """The counted things without their measure whose sum follows (33个达产达效项目新增产值30亿元 → 达产达效项目)."""
    m = L.COUNTED_MEASURE_RE.search(r)
    return r[: m.start()] if m and m.start() >= 2 else r


def title_earned(noun: str) -> str:
    """The title counted things earned, when it is of their kind (学校获评全国…特色学校 → 全国…特色学校); else the noun."""
    for verb in L.TITLE_VERBS:
        k = noun.find(verb, 1) if verb in noun else -1  # an `in` first: a fourth of a find that parses its start
        if k > 0:
            title = noun[k + len(verb) :]
            return title if len(title) > 2 and title[-1] == noun[k - 1] else noun
    return noun


def without_step_manner(noun: str) -> str:
    """A counted noun without the manner of the step it reached (项目顺利竣工 → 项目竣工, 高中集中开工 → 高中开工)."""
    for adv in L.STEP_MANNERS:
        k = noun.find(adv, 1) if adv in noun else -1  # an `in` first: a fourth of a find that parses its start
        if k > 0 and noun[k + len(adv) :] in L.STEP_EVENTS:  # the step ends the noun: 集中开工活动 names an event
            return noun[:k] + noun[k + len(adv) :]
    return noun


def without_light_verb(noun: str) -> str:
    """A counted noun without the light verb (and its 了) before its work (古建亭廊进行全面勘察 → 古建亭廊全面勘察, 困难家庭进行了走访)."""
    for verb in L.LIGHT_VERBS:
        k = noun.find(verb, 1)
        end = k + 2 + (noun[k + 2 : k + 3] == "了")
        if k > 0 and len(noun) >= end + 2 and L.is_han(noun[end : end + 2]):  # 3个项目正在进行: no work named after it
            return noun[:k] + noun[end:]
    return noun


def _noun_cut(r: str, base: int, run: Run) -> re.Match | None:
    """Where a counted noun ends: a digit or a list mark before one, but not a name's or a code's digits."""
    codes: list[tuple[int, int]] | None = None  # scanned for at the first digit that may cut: most nouns hold none
    for m in L.NOUN_CUT_RE.finditer(r):
        if m.group(0).isdigit():
            if run.in_skipped(base + m.start()) or r[m.end() : m.end() + 1] in L.CLASS_MARKS:
                continue
            if codes is None:
                codes = [c.span() for c in _CODE_RE.finditer(r)]  # a scan in C: cheaper than a test of each character
            if any(a <= m.start() < b for a, b in codes):
                continue
        return m
    return None


def object_of_sum(d: Doc, it: Item, total: bool) -> str:
    """What a sum is spent on (投资600万元打造X → X; 总投资8亿元的X项目 → X项目)."""
    r = it.right
    if not r.strip():
        if total or it.clause_end >= it.sent.end or d.text[it.clause_end : it.clause_end + 1] != ",":
            return ""
        nxt = it.clause_end + 1
        r = d.text[nxt : clause_bounds(d, it.sent.start, it.sent.end, nxt, nxt)[1]]
        if any(N.read_arabic(m) for m in N.ARABIC_RE.finditer(r)) or r.endswith(L.PLAN_DONE_ENDS):
            return ""  # 交通基础设施投资46.9亿元,超额完成年度投资计划: the plan it fulfilled, not what it was spent on
    if total:
        obj = r[1:] if r.startswith("的") else r
        obj = _project_head(_before_cut(obj))
        return obj[:30] if len(obj) >= 2 else ""
    m = L.OBJECT_VERB_RE.match(r)
    if not m:
        return ""
    obj = _without_count(_project_head(L.CLAUSE_SPLIT_RE.split(r[m.end() :].strip())[0]))
    return obj[:30] if len(obj) >= 2 else ""


def _without_count(obj: str) -> str:
    """The things a sum is spent on without their count before or after them (建设采石场1个, 完成17所学校操场改造)."""
    last = obj[-1:]
    if not last or last.isdecimal() or not L.is_han(last):
        return obj
    for m in N.ARABIC_RE.finditer(obj):
        q = N.read_arabic(m)
        if q is None or N.unit_category(q.unit) != "count":
            continue
        if m.start() == 0 and len(obj) - m.end() >= 2 and L.is_han(obj[m.end()]):
            return obj[m.end() :]
        if m.end() == len(obj) and m.start() >= 2:
            return obj[: m.start()]
    return obj


def _project_head(obj: str) -> str:
    """A project up to its head noun, not what became of it (…光伏发电项目签约落地、顺利开工 → …光伏发电项目)."""
    k = obj.rfind("项目")
    return obj[: k + 2] if k > 0 else obj


def sentence_subject(d: Doc, it: Item, start: int = -1) -> str:
    """The noun phrase a sentence (or its part from `start`) opens with, for a clause that only says how it moves.

    "农村居民人均可支配收入实现“8连快”,增长7%" → 农村居民人均可支配收入.
    """
    a = it.sent.start if start < 0 else start
    if it.clause_start <= a:
        return ""
    head = d.text[a : clause_bounds(d, a, it.sent.end, a, a)[1]]
    m = L.SUBJECT_END_RE.search(head)
    s = tidy(strip_lead(strip_indicator(head[: m.start()] if m else head)[0]))
    return s if 2 <= len(s) <= 20 and not L.DIGIT_RE.search(s) else ""


def moved_list_before(d: Doc, it: Item) -> str:
    """The list the clause just before a 分别 names as moving (一产、二产、三产全面正增长,分别增长5.4%、1.1%、0.5% →
    一产、二产、三产), for a clause that only says how each moved; "" when that clause is no such list."""
    if not d.text.startswith("分别", it.clause_start):
        return ""
    clause = d.text[it.sent.start : it.clause_start].rstrip(",").rsplit(",", 1)[-1]
    if "、" not in clause or not clause.endswith(L.CHANGE_WORDS):
        return ""
    s = tidy(strip_lead(strip_indicator(clause)[0]))
    return s if "、" in s and len(s) <= 30 and not L.DIGIT_RE.search(s) else ""


def list_parts(text: str, splitter: re.Pattern[str]) -> list[str]:
    """The items of a list split at its 、 or conjunctions; the 及 inside a word (普及率, 涉及) splits nothing."""
    if "及" not in text or not any(w in text for w in L.JI_WORDS):
        return splitter.split(text)
    for w in L.JI_WORDS:
        text = text.replace(w, w.replace("及", "\x00"))
    return [p.replace("\x00", "及") for p in splitter.split(text)]


def split_subjects(subject: str, n: int, shared: bool) -> list[str]:
    """A list subject split into indicators: "A、B排放量" → ["A排放量", "B排放量"].

    `shared` says the sentence shares one verb or value list (分别, 各, a rate, two values);
    without it only a 、-list of rates is split.
    """
    if not subject or not shared:
        return [subject]
    if subject.startswith("一、二、三产"):  # 一、二、三产业增加值分别增长4.1%、6.2%和5% (北海 2025); 一、二、三产分别
        subject = "一二三产业" + subject[6:].removeprefix("业")  # 增长4.0%、3.7%和0.9% (贵阳 2023): the three industries
    if "、" in subject and not ("(" in subject and "、" not in L.BRACKETED_RE.sub("", subject)):
        parts = [p for p in list_parts(subject, L.LIST_SPLIT_RE) if p]
        if len(parts) > n == subject.count("、") + 1 and (
            all(L.METRIC_END_RE.search(p) for p in subject.split("、")) or "及" in subject.rsplit("、", 1)[-1]
        ):  # 中央和省级…整改销号率、信访案件办结率分别达到93.4%、96.8%: a 和 inside a measure joins its words, the 、
            parts = subject.split("、")  # parts the values (not 第二轮中央、省…督察和“绿盾”行动问题整改完成率); so does a 及
            # in the last item (大数据电子信息、新能源汽车及电池材料产值分别增长88.5%、35.4%: 遵义 2023)
    else:
        parts = [p for p in list_parts(subject, L.AND_SPLIT_RE) if p]
    if len(parts) < 2:
        if n <= 2 and subject.startswith("城乡"):  # 城乡居民收入分别增长6%和7.5%; …分别达到33550元、15200元,均增长8.5%
            return ["城镇" + subject[2:], "农村" + subject[2:]]
        if n == 3 and subject.startswith(("一二三产业", "三次产业")):  # 三次产业增加值分别增长3.6%、5.9%、5.4%: each industry
            tail = subject[5:] if subject[0] == "一" else subject[4:]
            return [f"第{k}产业{tail}" for k in "一二三"]
        if n == 2 and "存贷款" in subject:  # 金融机构存贷款余额分别增长8%左右、11%左右: deposits, then loans
            return [subject.replace("存贷款", "存款", 1), subject.replace("存贷款", "贷款", 1)]
        return [subject]
    last = parts[-1]
    if len(parts) == 2 and len(last) >= 3 and parts[0][-1:] + last[:1] in L.PAIRED_MORPHEMES:
        p = parts[0]  # 金融机构存、贷款余额: 存款余额 and 贷款余额, the words around the pair shared
        if p[-1:] == "城" and last[0] == "乡":  # 城、乡居民人均可支配收入分别增长8%、9%: 城镇 and 农村, as 城乡居民 splits
            return [p[:-1] + "城镇" + last[1:], p[:-1] + "农村" + last[1:]]
        return [p + last[1:], p[:-1] + last]
    if len(parts) == 2 and len(last) == 2 and parts[0][-2:-1] + last[:1] in L.PAIRED_MORPHEMES:
        return [parts[0], parts[0][:-2] + last]  # 一般公共预算收入和支出: the pair's second word takes the first's head
    out = []
    for p in parts[:-1]:
        verb = p[:2] if p is parts[0] and p.startswith(L.LIST_VERBS) else ""  # 分别新增省级、市级…基地1个、2个
        core = p[len(verb) :]
        if whole_share := _share_of_whole(p, last):  # 工业总产值、外贸进出口总额占全市比重均提高2个百分点
            out.append(whole_share)
            continue
        if len(core) <= 3 and len(last) > len(core) + 1 and not _whole_metric(core):  # 省级、市级农林业龙头企业
            k = next((i + 1 for i, ch in enumerate(last[:5]) if ch in "级类型性" and not last[i - 1 : i].isdigit()), 0)
            k = k or _level_length(core, last) or last.find(core[-1], 0, 6) + 1 or _industry_at(core, last) or _head_length(core, last)
            if k:  # 工业、建筑业增加值: the tail after the same last word; a word of three (进出口、实际利用外资增速) takes the metric only
                if last[k - 1] == "级" and not core.endswith("级"):
                    k -= 1  # 县、乡级…覆盖率 → 县级…覆盖率: the level mark is shared too (粮食、肉类产量 keeps 粮食产量)
                out.append(p + last[k:])
                continue
        if k := _area_length(p, last):  # 中心城区、县城环境空气质量优良率: 中心城区 an area as 县城 is, the rest shared
            out.append(p + last[k:])
            continue
        if len(p) >= 3 and len(last) > len(p) + 1 and last[len(p) - 2 : len(p)] == p[-2:]:
            out.append(p + last[len(p) :])  # 城镇居民和农村居民人均可支配收入: parallel heads, one tail
            continue
        if (h := _parallel_head(p, last)) > 0:  # 基本养老保险、失业保险…基本医疗保险参保人数: each insurance's 参保人数
            out.append(p + last[h:])
            continue
        share = next((t for t in L.OWN_SHARE_TAILS if last.endswith(t) and not p.endswith(t)), "")
        if share and not p.endswith(L.RATE_ENDS):  # 新兴产业产值、高新技术产业产值所占比重: each one's share of the whole
            out.append(p + share)
            continue
        m = L.METRIC_END_RE.search(last)
        suffix = m.group(0) if m else ""
        if m and last.endswith("产业", 0, m.start()) and not p.endswith("业"):
            suffix = "产业" + suffix  # 新一代信息技术、高端装备产业增加值: each is an industry's value added
        g = L.GROWTH_NOUN_RE.search(last)
        if g and not p.endswith(g.group(0)):  # 生产总值、人均GDP、全员劳动生产率增速均为7% (洛阳 2022): each one's 增速
            out.append(p + g.group(0))
        elif p.isascii() or (p[-1].isascii() and p[-1].isalpha()):  # GDP、人均GDP、固定资产投资…: a whole name
            out.append(p)
        elif len(suffix) >= 2 and not p.endswith(suffix) and len((L.METRIC_END_RE.search(p) or [""])[0]) < 2 and p[-1] != "率" and not (
            p[-1] == "量" and suffix in L.AMOUNT_MEASURES
        ):  # a part ending in 率 is a rate of its own: 行政村生活污水治理率、建制镇…覆盖率 (赤峰 2024); one ending in 量 is
            out.append(p + suffix)  # an amount of its own before another's sum (游客接待量、旅游收入; not 发电量、用电量占比)
        elif suffix == "率" and not p.endswith("率") and not L.METRIC_END_RE.search(p):
            out.append(p + last[-3:])
        elif not suffix and (k := last.find("产业", 2)) > 0 and not p.endswith(L.OWN_THING_ENDS):
            out.append(p + last[k:])  # 半导体、新能源产业集群营收 (东莞 2025): each is an industry's, as 新能源 is
        else:
            out.append(p)
    stage = next((w for w in L.CROP_STAGES if parts[0].endswith(w)), "")
    if stage and len(parts[0]) > len(stage) and last.startswith(L.CROP_STAGES):  # 马铃薯种植、收获机械化率: the crop's too
        last = parts[0][: -len(stage)] + last
    if len(last) <= 3 and len(parts[0]) >= 4 and L.METRIC_END_RE.search(last):  # 粮食播种面积和产量 → 粮食产量 (not 成华区)
        same_end = parts[0][-1] == last[-1] and len(parts[0]) > len(last) + 1  # …毕业生回访率和服务率 (丹东 2023): a parallel rate
        last = (parts[0][: -len(last)] if same_end else parts[0][:2]) + last
    out.append(last)
    return out


def _share_of_whole(p: str, last: str) -> str:
    """An item before the last, given the share of a whole the list closes on (…占规上工业比重, 占全市比重), with the
    last's measure when it names none (高新技术产业、装备制造业增加值占规上工业比重); "" when the list closes on none."""
    k = last.rfind("占")
    if k <= 0 or last[k - 1] == "所" or "占" in p or len(p) < 3 or p[-1] in "级类型性" or not last.endswith(("比重", "比例")):
        return ""
    measure, own = L.METRIC_END_RE.search(last, 0, k), L.METRIC_END_RE.search(p)
    if own:
        return p + last[k:]
    return p + measure.group(0) + last[k:] if measure else ""


def after_settled(subject: str) -> str:
    """A list subject after the items that close on a move of their own (“三公”经费只减不增、部门专项资金 → 部门专项资金)
    or frame their own aim (出资企业聚焦主责主业、管理层级 → 管理层级)."""
    if "、" not in subject:  # no list: nothing settled before its last item
        return subject
    k = max((subject.rfind(w + "、") + len(w) + 1 for w in L.SETTLED_MOVES if w + "、" in subject), default=0)
    items = subject.split("、")
    framed = [i for i, item in enumerate(items[:-1]) if any(item.find(w, 1) >= 0 for w in L.GOAL_FRAMES)]
    if framed:  # an item with its own subject and 聚焦/围绕 is a clause, no name
        k = max(k, len("、".join(items[: framed[-1] + 1])) + 1)
    return subject[k:] if k and len(subject) - k >= 2 else subject


def without_first(s: str) -> str:
    """A measure without 率先 (first to) and where it came first (工业总产值率先在全国市辖区 → 工业总产值)."""
    k = s.find("率先", 2)
    if k < 0:
        return s
    j = s.rfind("在全", 2, k)
    head = s[:j] if j >= 2 else s[:k]
    return head if L.METRIC_END_RE.search(head) else s  # 临沧县率先建成…: the place that did it, the thing after


def _parallel_head(p: str, last: str) -> int:
    """Where the tail a list's last item shares begins, after the same two characters a longer item ends in (失业保险
    and 基本医疗保险参保人数: 参保人数, 昆明 2025); 0 when the item names a measure itself or the two are not there."""
    if len(p) < 3 or L.METRIC_END_RE.search(p):
        return 0
    k = last.find(p[-2:], 1)
    return k + 2 if 0 < k and k + 2 < len(last) else 0


def listed_before_etc(left: str, subject: str, n: int) -> str:
    """The items a 分别 gives its n values to when a 等 closes their list before the subject (东莞 2026 实现装备制造、
    新材料、新能源等产业规模分别超5500亿元、1850亿元、850亿元: 装备制造、新材料、新能源产业规模); else the subject."""
    k = left.rfind("等" + subject)
    if k <= 0 or "、" in subject:
        return subject
    run = strip_lead(_list_run(left[:k])[1])
    return run + subject if run.count("、") + 1 == n and all(run.split("、")) else subject


def set_named_before(before: str, n: int) -> list[str]:
    """The n items of a list named as a set in a clause before a 分别 (南充 2022 加快培育汽车汽配、油气化工、食品饮料
    “三大千亿产业集群”,…,力争规上产值分别突破950亿元、220亿元、520亿元: each value is one item's); [] when none is."""
    for clause in reversed(before.replace(";", ",").split(",")):
        k = clause.find("“")
        if k <= 0:
            continue
        items = strip_lead(_list_run(clause[:k])[1]).split("、")
        if len(items) == n and all(1 < len(i) < 9 for i in items):
            return items
    return _etc_listed_before(before, n)


def _etc_listed_before(before: str, n: int) -> list[str]:
    """The n items of a list closed by 等 in the clause right before a 分别 (宜宾 2021 加快发展茶叶、肉牛、…、水产等特色
    产业,确保综合产值分别达到300亿元、270亿元…: each value is one item's); [] when that clause lists other than n."""
    clause = before.rstrip(",").rsplit(",", 1)[-1]
    k = clause.rfind("等")
    items = strip_lead(_list_run(clause[:k])[1]).split("、") if k > 0 else []
    if items:
        items[0] = items[0].removeprefix(next((v for v in L.SECTOR_GROWING_VERBS if items[0].startswith(v)), ""))
    return items if len(items) == n and all(1 < len(i) < 9 for i in items) else []


def _head_length(core: str, last: str) -> int:
    """The length of the last item's head: up to its measure of output (产值, 增加值) when it has one past the short
    item's length; else taken as long as the short item's, and one more when a kind's head character
    follows (畜禽、奶肉牛饲养量: 奶肉牛, so 畜禽饲养量; 蔬菜、中药材产业: 中药材); 0 for an item of three or more, unless
    the last item names the people who have it (高血压、2型糖尿病患者规范管理率: 高血压患者规范管理率)."""
    if len(core) < 3 and (m := min((i for w in L.OUTPUT_MEASURES if (i := last.find(w, len(core) + 1)) > 0), default=0)):
        if last.endswith("产业", 0, m) or (last.endswith("业", 0, m) and not core.endswith("业")):
            m -= 2 if last.endswith("产业", 0, m) else 1  # 第一、第三产业增加值; 电力、燃气业增加值: the industry is shared
        return m  # 信创、通用航空产值: the head runs to the measure (通用航空), so 信创产值
    k = len(core) if len(core) < 3 else next((k for w in L.PATIENT_HEADS if (k := last.find(w, 2)) > 0), 0)
    return k + 1 if k and last[k : k + 1] in L.KIND_HEADS and len(last) > k + 2 else k


def _industry_at(core: str, last: str) -> int:
    """Where 产业 follows a longer industry's name in the last item, for a short item that names an industry too
    (烟草、电子信息产业均达到700亿元以上 and 烟草、文旅康养产业产值分别达633亿元、910亿元: 常德 2023, 2021); 0 otherwise."""
    k = last.find("产业", len(core) + 1)
    return k if k > 0 and not core.endswith(("业", "园", "区")) else 0


def _area_length(p: str, last: str) -> int:
    """The length of the area the last item opens with when the item before is an area too (主城区和县城污水处理率:
    县城, so 主城区 takes 污水处理率); 0 otherwise."""
    if p not in L.AREA_WORDS:
        return 0
    k = next((len(w) for w in L.AREA_WORDS if last.startswith(w)), 0)
    return k if len(last) > k + 1 else 0


def _level_length(core: str, last: str) -> int:
    """The length of the bare level a list's last item opens with, when the item before is a level too
    (国家、自治区现代农牧业产业园: 自治区, so 国家 takes 现代农牧业产业园); 0 otherwise."""
    if core not in L.GOVERNMENT_LEVELS:
        return 0
    return next((len(w) for w in L.GOVERNMENT_LEVELS if last.startswith(w)), 0)


def _whole_metric(p: str) -> bool:
    """A list item that names a whole indicator itself (GDP, 税收), not a modifier of the last item's noun."""
    return p.isascii() or bool(L.METRIC_END_RE.search(p))


def _before_cut(obj: str) -> str:
    """obj up to its first clause mark, 并, or 和 before a character that is not Han."""
    for m in L.OBJ_CUT_RE.finditer(obj):
        k = m.start()
        nxt = obj[k + 1 : k + 2]
        if obj[k] != "和" or (nxt and not "\u4e00" <= nxt <= "\u9fff"):
            return obj[:k]
    return obj


def _list_run(words: str) -> tuple[int, str]:
    """Where the run of Han characters and 、 that ends the words starts, and the run ("" when none)."""
    end = len(L.without_final_newline(words))
    if words[end - 1 : end] == "”" and (o := words.rfind("“", 0, end)) >= 0 and L.is_han(words[o + 1 : end - 1].replace("、", "")):
        return o + 1, words[o + 1 : end - 1]  # a quoted list: “产业提质、民生改善、治理有效、底线筑牢”四个关键目标
    i = 0 if L.is_han(words[:end].replace("、", "")) else end  # the words are often the run itself
    while i and (words[i - 1] == "、" or "\u4e00" <= words[i - 1] <= "\u9fff"):
        i -= 1
    return i, words[i:end]


def listed_before(words: str) -> tuple[int, str]:
    """How many items a list ends with just before a count, and the words up to its first item's end.

    "筑牢属地、行业、企业" → (3, "筑牢属地"); "统筹好发展与安全" → (2, "统筹好发展"); no list → (0, words).
    """
    if words.endswith("等") or not L.LIST_MARK_RE.search(words):  # 长六、严家…等4村: the places of the work
        return 0, words
    i, run = _list_run(words)
    if not run or words[i - 1 : i].isdigit():  # 批发21家、零售2家: a breakdown whose items carry their own counts
        return 0, words
    parts = L.LIST_SPLIT_RE.split(run)
    if len(parts) < 2 or not all(parts) or any(len(p) > 16 for p in parts[1:]):
        return 0, words
    head = words[:i] + parts[0]
    if "、" in run:
        return run.count("、") + 1, head
    return (2, head) if len(parts) == 2 else (0, words)


def last_pair_joined(words: str) -> bool:
    """Whether the words after the last 、 split at 和/及/与 in two: two items (…、合作社带动型和土地托管) or one holding 和."""
    last = L.LIST_SPLIT_RE.split(words[words.rfind("、") + 1 :]) if "、" in words else []
    return len(last) == 2 and all(last)


_COUNTING_VERBS = ("新增", "新建", "引进", "培育", "创建", "净增", "净减", "改建", "扩建", "续建", "改造", "提升改造", "改造提升", "新开工")


_INCREASE_VERBS = ("新增", "净增", "增加")  # after the thing counted (市场主体新增10万户): its increase


def without_counting_verb(noun: str) -> str:
    """A counted noun without the verb that counted it (新增规上企业, 规模以上工业企业新增 → the firms)."""
    if noun.endswith(("新增", "净增")):
        return noun[:-2]
    return noun.removeprefix(next((v for v in _COUNTING_VERBS if noun.startswith(v)), ""))


def verb_on_previous_noun(it: Item, items: list[Item], idx: int, verb: str) -> str:
    """'现有规上企业45家,力争新增5家': the verb applies to the thing counted just before."""
    for p in (items[i] for i in range(idx - 1, max(idx - 9, -1), -1)):  # the few quantities before
        if N.split_unit(p.q.unit)[1] == N.split_unit(it.q.unit)[1]:
            noun = without_counting_verb(tidy(strip_lead(strip_indicator(p.left)[0])))
            tail = next((w for w in L.PROJECT_STEPS if noun.endswith(w) and len(noun) > len(w) + 1), "")
            if tail:  # 总投资超10亿元项目新签约26个、新开工16个: the stage after the thing, this one in its place
                return noun[: len(noun) - len(tail)] + verb
            if noun:  # 新增企业14家,净增7家 → 净增企业; 其中新建0.8万亩、提升改造0.4万亩: the noun of the first
                return verb + noun if verb in _COUNTING_VERBS else noun
    return verb


def with_stage(name: str, stage: str) -> str:
    """A name taken from the count before, at this count's stage of the work (新开工保障性住房 → 建成保障性住房; the
    stage after the thing: 棚改新开工 → 棚改建成)."""
    head = next((v for v in L.BUILD_STAGES if name.startswith(v)), "")
    if head:
        return stage + name[len(head) :]
    tail = next((v for v in L.BUILD_STAGES if name.endswith(v) and len(name) > len(v)), "")
    return name[: len(name) - len(tail)] + stage if tail else name


def step_on_previous_noun(d: Doc, it: Item, prev: Item | None, step: str) -> str:
    """'新开工亿元以上项目160个、竣工100个': a bare step of a project's course counts the things counted just before,
    or, with none before it in the sentence, the work the clause before names (实施老旧小区集中连片改造,全年开工8.2万户)."""
    if prev is None or prev.sent is not it.sent:
        return _work_of_clause_before(d, it) + step
    if N.split_unit(prev.q.unit)[1] != N.split_unit(it.q.unit)[1]:
        return step
    noun = prev.indicator
    head = next((w for w in L.PROJECT_STEPS if noun.startswith(w)), "")
    tail = next((w for w in L.PROJECT_STEPS if noun.endswith(w) and len(noun) > len(w) + 1), "")
    if tail:  # 招商引资项目再签约300个、储备400个: the step after the thing
        return noun[: len(noun) - len(tail)].removesuffix("再") + step
    return step + noun[len(head) :] if len(noun) > len(head) else step


def noun_closing_list(d: Doc, it: Item) -> str:
    """'开工182个、完成146个老旧小区改造': the count of a bare verb that a 、 closes counts the noun the next item, a
    verb and a count of the same unit, closes the list on; "" when the next item is of another shape."""
    text = d.text
    if text[it.post_end : it.post_end + 1] != "、":
        return ""
    rest = text[it.post_end + 1 : it.clause_end]
    m = L.BARE_NUMBER_RE.search(rest)
    verb = rest[: m.start()] if m else ""
    if not (1 < len(verb) <= 3 and L.is_han(verb)) or not rest.startswith(it.q.unit, m.end()):
        return ""
    noun = tidy(rest[m.end() + len(it.q.unit) :])
    return noun if 2 <= len(noun) <= 16 and not L.DIGIT_RE.search(noun) and "、" not in noun else ""


def firms_of_clause_before(d: Doc, it: Item, verb: str) -> str:
    """'培育发展优质限额以上商贸企业,力争全年新增30家': a bare verb of adding counts the firms the clause before names."""
    firms = _work_of_clause_before(d, it, L.FIRM_NOUN_ENDS, L.FIRM_VERBS)
    return verb + firms if firms else verb


def _work_of_clause_before(d: Doc, it: Item, ends: tuple[str, ...] = L.WORK_NOUN_ENDS,
                           verbs: tuple[str, ...] = L.WORK_VERBS) -> str:
    """The work the clause just before a number's names when it holds no number (实施老旧小区集中连片改造), or ""."""
    text = d.text
    if it.clause_start <= it.sent.start or text[it.clause_start - 1 : it.clause_start] != ",":
        return ""
    start = max(it.sent.start, text.rfind(",", it.sent.start, it.clause_start - 1) + 1)
    clause = text[start : it.clause_start - 1]
    if L.DIGIT_RE.search(clause) or not clause.endswith(ends):
        return ""
    k = max(clause.rfind(v) + len(v) if v in clause else 0 for v in verbs)  # 以社区为单位实施…: after the verb
    work = tidy(strip_lead(clause[k:]))
    return work if 2 <= len(work) <= 16 else ""


def capacity_of_places_before(d: Doc, it: Item, prev: Item | None, name: str) -> str:
    """'新建续建幼儿园9所,新增学位1800个': the places a bare capacity belongs to are those counted just before
    (one kind of place: after 中小学、幼儿园10所 the places are of both, left bare)."""
    verb = next((v for v in L.ADDING_VERBS if name.startswith(v)), "")
    if name[len(verb) :] not in L.CAPACITY_NOUNS or prev is None or prev.sent is not it.sent or prev.cat != "count":
        return name
    if "、" in d.text[prev.clause_start : prev.q.start]:
        return name
    noun = prev.indicator
    while (head := next((v for v in _COUNTING_VERBS + L.BUILD_STAGES if v in noun[:6]), "")):
        noun = noun[noun.find(head) + len(head) :]  # 集宁区新建小学 → 小学, 新建续建幼儿园 → 幼儿园
    return verb + noun + name[len(verb) :] if len(noun) >= 2 and noun.endswith(L.CAPACITY_HOLDERS) else name


def object_named_before(d: Doc, it: Item, verb: str) -> str:
    """'拟发行超长期特别国债…,今年先发行1万亿元': the thing the verb took earlier in the sentence."""
    text = d.text
    i = text.rfind(verb, max(it.sent.start, it.clause_start - 2 * L.CLAUSE_REACH), it.clause_start)
    if i < 0:
        return ""
    end = clause_bounds(d, it.sent.start, it.sent.end, i, i + len(verb))[1]
    obj = tidy(text[i + len(verb) : end])
    return obj[:20] if len(obj) >= 2 and not L.DIGIT_RE.search(obj) else ""


def base_indicator(ind: str, total: bool = False) -> str:
    """The indicator a follow-up clause refers to (财政总收入 of 同比增长5%); for a `total` (总数), the thing
    counted, not its increase (新增规上企业6家,总数达到48家 → 规上企业)."""
    if total and "于" in ind:  # 地区生产总值增速高于全省1个百分点以上、总量达到3800亿元: the total of what grows
        ind = _before_margin(ind)
    ind = L.GROWTH_NOUN_RE.sub("", ind) if L.GENERIC_INDICATOR_RE.match(ind) is None else ind
    if not total:
        return ind
    ind = without_counting_verb(ind)  # and after it: 经营主体净增 → 经营主体
    return ind.removesuffix(next((v for v in _INCREASE_VERBS if ind.endswith(v) and len(ind) > len(v) + 1), ""))


def _before_margin(ind: str) -> str:
    """A growth's name without the margin it is set by (地区生产总值增速高于全省 → 地区生产总值增速): what grows."""
    k = next((ind.find(m, 2) for m in L.MARGIN_OPENERS if ind.find(m, 2) > 0), -1)
    return ind[:k] if k > 0 and ind.endswith(L.GROWTH_NOUNS, 0, k) else ind


def label_before(d: Doc, it: Item) -> str:
    """A digest label: "财政总收入:10000万元" or "指标 | 6%" gives the words before the colon."""
    text = d.text
    i = it.clause_start - 1
    if i >= it.sent.start and text[i] in ":|\t":
        a = clause_bounds(d, it.sent.start, it.sent.end, i, i)[0]
        return tidy(strip_lead(L.UNIT_PAREN_RE.sub("", text[a:i]).strip()))
    return ""


def all_metrics(subject: str) -> bool:
    """True when every part of "A和B" names a measure (服务业增加值和社会消费品零售总额)."""
    parts = [p for p in list_parts(subject, L.AND_SPLIT_RE) if p]
    return len(parts) > 1 and all(L.METRIC_END_RE.search(p) for p in parts)


def same_indicator(a: str, b: str) -> bool:
    """Two indicator names that denote the same measure (equal or one inside the other)."""
    a, b = L.QUOTES_SPACE_RE.sub("", a), L.QUOTES_SPACE_RE.sub("", b)
    return bool(a and b and len(min(a, b, key=len)) >= 3 and (a in b or b in a))
