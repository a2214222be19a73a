"""Named rules: each decision (target, actual, skipped) with its id and its examples.

Pure module.
"""

from __future__ import annotations

from monitor import numbers as N
from monitor.extract import lexicon as L
from monitor.extract.indicator import listed_before
from monitor.extract.layout import Doc, last_before, marks_of
from monitor.extract.quantities import Item, inside_quotes


def structural_skip(d: Doc, it: Item, prev_end: int) -> str | None:
    """Why a quantity is not a record (a name, a slogan, a date, a class), or None."""
    text, q = d.text, it.q
    before = text[max(it.sent.start, q.start - 1) : q.start]
    after = text[it.post_end : it.post_end + 4]
    unit_next = text[q.end : q.end + 1]
    if before == "第" or text[max(0, q.start - 2) : q.start] in ("第一", "编号"):
        return "ordinal (第…)"
    if inside_quotes(d, q.start):
        return "inside quotes or a title: part of a name or slogan"
    base = N.split_unit(q.unit)[1]
    if unit_next and not it.post_qual and (
        unit_next in L.UNIT_WORDS.get(base, "") or text.startswith(L.UNIT_WORD_PREFIXES.get(base, ("\0",)), q.end)
    ):
        return f"the unit {base} is part of the word {base}{unit_next}"
    if q.chinese:
        if unit_next and unit_next in "一二两三四五六七八九十":
            return "Chinese numeral in a slogan (十个一, 一户一表)"
        if L.CN_STOP_AFTER.match(text, q.end):
            return "Chinese numeral in a set phrase (两个确立, 八项规定, 九次会议)"
        at_end = not after or after[0] in L.CLAUSE_BREAK + L.SENT_BREAK + "、)）" or it.post_qual
        if q.lone_one and not at_end:
            return "一 used as an article (一个, 一批), not a count"
        if base == "期" or (base in ("次", "批") and not at_end):
            return "Chinese numeral naming a phase or round (二期, 三次)"
        if base in ("村", "户", "人") and not at_end:
            return "Chinese numeral in a name (六村抱团, 一户一表)"
    if base in L.TIME_UNITS:
        nxt = text[it.post_end : it.post_end + 1]
        if nxt and nxt not in L.CLAUSE_BREAK + L.SENT_BREAK + "、内" and not it.post_qual:
            return "a time span in a name (15分钟生活圈, 24小时…)"
    if q.lone_one and base == "批":
        return "一批 (a number of), not a count"
    if q.chinese and text.startswith("“", q.end):
        return "Chinese numeral before a quoted slogan (五个“必须统筹好”), a named set"
    cat = N.unit_category(q.unit)
    if cat in ("money", "number", "power", "energy", "area", "mass"):
        m = L.SIZE_CLASS_AFTER_RE.match(text, it.post_end)
        over = L.OVER_BEFORE_RE.search(text, max(it.sent.start, q.start - 2), q.start)
        if (m and not L.VERB_IN_CLASS_RE.search(m.group(0)) and (over or "的" not in m.group(0))) or (
            over and text.startswith("的", it.post_end)
        ):
            return "size class of the thing named after it (10亿元项目, 超10亿元的产业集群), not a value"
    if it.post_qual in ("以上", "以下") and cat != "count" and q.unit not in ("%", "‰") and text.startswith(("以上", "以下"), q.end):
        nxt = text[it.post_end : it.post_end + 1]
        if nxt and (nxt == "的" or ("\u4e00" <= nxt <= "\u9fff" and nxt not in "并且或")):
            if not L.AMOUNT_NOUN_RE.match(text, it.post_end + (nxt == "的")):
                return "size class of the counted thing (1亿元以上项目, 60岁以上老人), not a value"
    if q.unit in ("%",) and text.startswith("以上", q.end) is False and before and before.isalpha() and before.isascii():
        return "part of a code or name"
    return None


def kind_of(it: Item, indicator: str) -> str:
    """level, growth, count, threshold or share, from the unit and the words around."""
    cat = N.unit_category(it.q.unit)
    if cat == "points" or cat == "ratio" or it.q.text.endswith("持平"):
        return "growth"
    if it.threshold or it.post_qual in ("以下", "以内") or it.pre_qual == "不超过":
        return "threshold"
    if cat in ("percent", "permille"):
        if (it.growth and not it.to_level) or L.GROWTH_NOUN_RE.search(indicator):
            return "growth"
        if L.BAD_RATE_RE.search(indicator) or L.STATE_RATE_RE.search(indicator):
            return "threshold"
        return "share"
    if it.growth and not it.to_level:
        return "growth"
    if cat == "count":
        return "threshold" if L.STATE_AFTER_RE.search(it.right) and it.right[:1] != "" and _hedged_state(it) else "count"
    if cat == "people":
        base = N.split_unit(it.q.unit)[1]
        if base in ("名", "位") or L.NEW_PEOPLE_RE.search(it.left + indicator):
            return "count"
        return "level"
    if cat == "time":
        return "threshold"
    return "level"


def _hedged_state(it: Item) -> bool:
    """A count that is a state to keep (确保21个文保点安全, 14条溪流水质保持…)."""
    return bool(L.KEEP_RE.search(it.left + it.right))


def role_of(d: Doc, it: Item) -> str:
    """target or actual: the part of the document, turned by markers in the sentence."""
    s = it.sent
    mk = marks_of(d, s)
    pos = it.q.start
    fwd = last_before(mk.forward, pos)
    past = last_before(mk.past, pos)
    if s.mode == "review":  # 争取 in a review reports what was obtained
        return "target" if fwd > past else "actual"
    fwd = max(fwd, last_before(mk.strive, pos), last_before(mk.this_year, pos))  # 已建成3个,今年再创建2个
    if mk.start_year is not None and d.plan_year and mk.start_year < d.plan_year and fwd < 0:
        return "actual"
    return "actual" if past > fwd else "target"


def commitment_skip(d: Doc, it: Item, role: str, cat: str, full_left: str) -> str | None:
    """Why a quantity with a unit is still no commitment: a project total, a fact, a current value."""
    text = d.text
    lw = text[it.clause_start : it.q.start - it.pre_len]
    if L.CURRENT_RE.search(lw):
        return "the current value (现行16%的税率), not a target"
    if L.CONDITION_AFTER_RE.match(text, it.post_end):
        return "a condition (城镇化率超过60%以后), not a target"
    if cat == "count":
        if L.POLICY_SET_RE.search(full_left + text[it.q.end : it.clause_end]) and L.APPLY_VERB_RE.search(lw):
            return "the size of a set of policies being applied (落实…15项政策), not a target"
        n = listed_before(lw)
        if n and it.q.value == n and not L.CREATE_VERB_RE.search(lw):
            return "a count summing up the items just listed (属地、行业、企业三条防线), not a target"
        if L.ATTRIBUTE_NOUN_RE.match(it.right):
            return "the things whose standard or role is acted on (提高两项补贴标准), not a count to reach"
        if N.split_unit(it.q.unit)[1] == "种" and L.SERVICE_VERB_RE.search(lw):
            return "the scope of a service (实行13种…筛查), not a target"
    if role == "target" and cat in ("money", "number"):
        if L.TOTAL_INVEST_RE.search(lw):
            return "total investment of a project being pushed forward, not a commitment"
        if L.INVEST_RE.search(lw) and it.right.startswith("的") and not L.COMMIT_BEFORE_INVEST_RE.search(lw[:-2]):
            return "investment size describing a project, not a commitment"
    if cat not in ("count", "percent", "points") and it.right[:1] and "\u4e00" <= it.right[0] <= "\u9fff":
        if L.ATTENTION_RE.search(lw.rstrip()):
            return "size of a thing being described (关注249亩…地块), not a commitment"
    if role == "target" and cat in ("people", "visits") and L.FACT_SUBJECT_RE.search(full_left):
        if not L.ACTION_RE.search(full_left):
            return "forecast of a fact (graduates, retirees…), not a target"
    if L.FROM_BEFORE_RE.search(lw) and L.CHANGE_AFTER_RE.match(it.right):
        return "the starting value of a change (从2.8万元提高到3万元), not a target"
    if cat == "count" and L.FRAMING_RE.search(lw):
        return "how the work is framed (围绕3个重点领域, 分两个阶段), not a target"
    if L.RED_LINE_RE.match(it.right):
        return "a red line named as a slogan (18亿亩耕地红线)"
    if role == "target" and cat in L.FACT_UNITS and L.PLACE_FACT_RE.search(full_left) and not L.COMMIT_RE.search(full_left):
        return "a fact about the place (下辖, 总面积, 户籍人口, 距…), not a target"
    if L.SCOPE_RE.search(full_left) and L.PLACES_AFTER_RE.match(it.right):
        return "the number of places in scope (全市11个县…全部), not a target"
    if it.q.unit in N.BARE_MULTIPLIERS and L.PEOPLE_AFTER_RE.match(it.right):
        return "a population in scope (60万群众), not a target"
    return None
