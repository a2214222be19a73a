"""Layout: a body cut into paragraphs and sentences, each in a part of the document.

A part is this year's plan, a review of an earlier period, or background (a glossary); it
is decided from headings, lead-ins and period expressions, and refined per sentence by its
markers (已, 力争, 去年, 1-5月 …). Pure module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from monitor import numbers as N
from monitor.extract import lexicon as L


@dataclass(slots=True)
class Marks:
    """The markers of one sentence, by offset (see L.MARK_RE)."""

    forward: list[int] = field(default_factory=list)
    strive: list[int] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) of earlier years named  # 争取: aims in a plan, obtained in a review
    hedges: list[tuple[int, str]] = field(default_factory=list)
    past: list[int] = field(default_factory=list)
    asides: list[tuple[int, int]] = field(default_factory=list)  # (offset, close) of a report in part: (扣除2022年…外), ,现在全乡…;
    last_year: list[int] = field(default_factory=list)
    by_year: list[tuple[int, int]] = field(default_factory=list)
    months: list[tuple[int, str, str]] = field(default_factory=list)
    semis: list[int] = field(default_factory=list)
    this_year: list[int] = field(default_factory=list)
    next_year: list[int] = field(default_factory=list)
    holiday: str | None = None
    start_year: int | None = None  # "2021年预计实现…": the year a sentence opens with
    stages: list[tuple[int, str]] = field(default_factory=list)  # (offset, period) of a multi-year plan's stages: 2025年, (2026—2027年)


def marks_of(d: Doc, s: Sentence) -> Marks:
    """The markers of a sentence, scanned once and kept on it."""
    if s.marks is not None:
        return s.marks
    mk = Marks()
    marks_re = L.MARK_RE if L.MARK_OTHERS_HINT_RE.search(d.text, s.start, s.end) else L.MARK_WORD_RE
    for m in marks_re.finditer(d.text, s.start, s.end):
        kind, pos = m.lastgroup or L.MARK_KIND[m.group(0)], m.start()
        if kind == "fwdhedge":
            mk.forward.append(pos)
            mk.hedges.append((pos, "力争"))
        elif kind == "strive":
            mk.strive.append(pos)
            mk.hedges.append((pos, "力争"))
        elif kind == "hedge":
            mk.hedges.append((pos, L.HEDGE[m.group(0)]))
        elif kind == "fwd":
            mk.forward.append(pos)
        elif kind == "pastlast":
            mk.past.append(pos)
            mk.last_year.append(pos)
        elif kind == "last":
            mk.last_year.append(pos)
        elif kind == "now":  # ,现在全乡…达到7200余亩: a report up to the next semicolon, as a note is up to its close
            close = d.text.find(";", pos, s.end)
            mk.asides.append((pos, close if close >= 0 else s.end))
        elif kind == "past" and d.text[pos - 1 : pos] == "在" and (base := d.text.find("基础上", pos, pos + 30)) >= 0:
            mk.asides.append((pos, base))  # 在已建成…的基础上: a base, like 在2024年…基础上; an amount in it is done
            # (在已经为企业减负120亿元的基础上,再新增减负200亿元以上: 嘉兴 2020), what is planned on it after it
        elif kind == "past":
            if not _done_ones_worked_on(d.text, s.start, pos):
                mk.past.append(pos)
        elif kind == "byyear":
            mk.by_year.append((pos, int(m.group("byyear"))))
        elif kind == "byend":  # 2025年底前: a deadline, like 到2025年
            mk.by_year.append((pos, int(m.group("year"))))
        elif kind == "thisyear" and _earlier_year_end(d, pos):  # 截至2024年底: the end of a year gone, a status then
            mk.past.append(pos)
            mk.years.append((pos - 4, int(d.text[pos - 4 : pos])))
        elif kind == "thisyear":
            if d.text.endswith(L.ESTIMATE_OPENINGS, s.start, pos) and d.text.startswith("全年", pos):
                if s.mode == "plan":  # 初步测算,全年… in a plan: the year before it, its statistics closed
                    mk.last_year.append(pos)
                continue
            if not (mk.years and d.text.startswith("全年", pos) and _whole_of_year(d.text, mk.years[-1][0], pos)):
                mk.this_year.append(pos)
        elif kind == "next":
            mk.forward.append(pos)
            mk.next_year.append(pos)
        elif kind == "q3":  # 前三季度建筑业总产值达到5.57亿元: a result of 1-9月 (no tense: a plan may aim at them),
            if "前三季度" not in (s.period or ""):  # unless the part is of them already (…前三季度经济运行情况)
                mk.months.append((pos, "1", "9"))
        elif kind in ("m1", "m2"):
            mk.months.append((pos, m.group("m1"), m.group("m2")))
            mk.past.append(pos)  # 1-5月 reports the year so far
        elif kind == "holiday":
            mk.holiday = mk.holiday or m.group("holiday")
        elif kind == "semi":
            mk.semis.append(pos)
        elif kind in ("since", "asof"):  # 十四五以来, 截至11月底: a span up to now, a status then
            mk.past.append(pos)
            month = _month_closed(d.text, pos + 2) if kind == "asof" else None
            if month and not _part_ends(s.period, month):  # 截至9月底,全镇完成投资5.2亿元: the year so far, 1-9月
                mk.months.append((pos, "1", month))
        elif kind == "year" and d.plan_year:  # 2024年 in a 2025 plan reports; 2025年 plans
            year = int(m.group("year"))
            if d.first_year and d.first_year <= year <= d.plan_year:  # 2023年起 in a plan for 2022—2025 plans
                mk.this_year.append(pos)
                if not d.text.startswith(("起", "开始", "以后"), m.end()):  # 第一阶段(2025年), 2026—2027年: a stage
                    a = d.text[pos - 5 : pos - 1]
                    ranged = a.isdigit() and d.text[pos - 1] in "-—–~至" and d.first_year <= int(a) < year
                    if not ranged and d.text[pos - 3 : pos - 1] in ("近期", "中期", "远期") and d.first_year < year:
                        a, ranged = str(d.first_year), True  # 近期(2025年): the plan's first years, up to then
                    mk.stages.append((pos, f"{a}-{year}" if ranged else str(year)))
            elif year < d.plan_year and not _year_of_base(d.text, pos):
                close = _aside_close(d.text, s.start, pos, s.end)
                if close >= 0:  # 一般公共预算支出(扣除2022年灾后重建支出外)增长3%: a note on the name reports only inside it
                    mk.asides.append((pos, close))
                else:
                    mk.past.append(pos)
                mk.years.append((pos, year))
            elif year == d.plan_year:
                mk.this_year.append(pos)
            elif _goals_of_year(d.text, m.end(), s.end):  # 围绕2030年GDP过万亿、…目标: the goals set for that year
                mk.by_year.append((pos, year))
        elif kind == "year":  # no plan year (a place's profile): the year its results are of, for period_of
            mk.years.append((pos, int(m.group("year"))))
    mid = L.MIDYEAR_START_RE.match(d.text, s.start, s.end)
    if mid:
        insort(mk.past, mid.end() - 1)  # after its 今年: "今年上半年,…完成" still reports
    elif d.text.startswith(L.NOW_STARTS, s.start):  # 目前80个试点地区,共建设…: the present
        insort(mk.past, d.text.index("目前", s.start) + 1)  # every NOW_STARTS word holds 目前
    elif L.EVENT_OPENING_RE.match(d.text, s.start, s.end) and d.text.find("《", s.start, s.end) < 0:
        insort(mk.past, s.start)  # 5月23日,…签约3个项目; 近日,…共拆除…: done (近日,…印发《规划》,提出…: its aims)
    past = L.PAST_YEAR_START_RE.match(d.text, s.start, s.end)
    if past:
        mk.start_year = int(past.group(1))
    s.marks = mk
    return mk


def _done_ones_worked_on(text: str, start: int, pos: int) -> bool:
    """已 at pos right after a verb of work names what the work is on (抓好已谋划3320个项目建设): no report."""
    return text.startswith("已", pos) and text.endswith(L.DONE_ONES_WORK, max(start, pos - 2), pos)


def _goals_of_year(text: str, at: int, end: int) -> bool:
    """True when the clause after a later year closes on 目标: a list of that year's goals (岳阳 2023 围绕2030年GDP过
    万亿、一般公共预算地方收入过400亿、进出口总额过2000亿、集装箱吞吐量过300万标箱目标)."""
    close = min((k for c in ",;。" if (k := text.find(c, at, end)) >= 0), default=end)
    return text.endswith("目标", at, close)


def _month_closed(text: str, i: int) -> str | None:
    """The month a 截至 at i closes the year so far at: 9 for 截至9月底, 截至今年9月末, 截至三季度末; else None."""
    if text.startswith("今年", i):
        i += 2
    if text.startswith("第", i):
        i += 1
    for part, month in L.QUARTER_ENDS:
        if text.startswith(part, i):
            return month
    j = i + (2 if text[i + 1 : i + 2].isdigit() else 1)
    if not text[i:j].isdigit() or not text.startswith("月", j) or not text.startswith(L.MONTH_CLOSE, j + 1):
        return None
    return str(int(text[i:j])) if 1 <= int(text[i:j]) < 12 else None  # 截至12月底: the whole year


def _part_ends(period: str | None, month: str) -> bool:
    """A part of the year its period names already ends at that month (截止9月末 in …前三季度经济运行情况)."""
    return any(part in (period or "") and month == m for part, m in (("前三季度", "9"), ("上半年", "6"), ("一季度", "3")))


def _whole_of_year(text: str, year_pos: int, pos: int) -> bool:
    """全年 just after an earlier year, in its clause (2015年蜀山全年实现…, 预计2013年全年实现…), is that year's."""
    gap = text[year_pos + 5 : pos]
    return len(gap) <= 6 and not any(c in gap for c in ",;。、:")


@dataclass(slots=True)
class Sentence:
    """A sentence of the body with the part of the document it belongs to."""

    start: int
    end: int
    mode: str  # "plan" or "review"
    period: str | None
    para_start: int
    heading: bool = False
    marks: Marks | None = None
    why: str = ""  # what placed it in its part: a heading, a lead-in, the paragraph's opening words
    one_project: bool | None = None  # it opens on one project it describes (rules._opens_on_one_project), once read
    part_why: str = ""  # what placed its paragraph in its part, under the paragraph's own opening words (这五年,…)


@dataclass(slots=True)
class Spacing:
    """Where spaces were taken out of a body (close_spacing): maps offsets back to the body as given."""

    source: str  # the body as given
    after: list[int]  # offset, in the closed text, of the character after each removed run of spaces
    removed: list[int]  # spaces removed up to and including each run

    def at(self, i: int) -> int:
        """The offset in the body as given of offset i of the closed text."""
        k = bisect_right(self.after, i)
        return i + self.removed[k - 1] if k else i

    def slice(self, a: int, b: int) -> str:
        """The body as given between closed offsets a and b (the spaces inside kept)."""
        return self.source[self.at(a) : self.at(b - 1) + 1] if b > a else ""


@dataclass
class Doc:
    """The body, normalized copy and layout shared by every quantity of a document."""

    body: str
    text: str  # body with full-width ASCII folded (same length, same offsets)
    title: str
    plan_year: int | None
    paragraphs: list[_Paragraph] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)  # offsets of , ; : | and tabs in the sentences with a quantity
    quoted: list[tuple[int, int]] = field(default_factory=list)  # spans of short “…” 《…》 names
    tables: list = field(default_factory=list)  # the body's indicator tables (tables.Table), read cell by cell
    first_year: int | None = None  # the first year of a multi-year plan whose title names its span, ending at plan_year
    spacing: Spacing | None = None  # the spaces taken out of the body as given (quantities.close_spacing), if any
    record: bool = False  # a record of a year's results (统计公报, 政府信息公开工作年度报告): no part of it plans
    handed_down: bool = False  # the text holds 下达我 (set by lay_out): rules._handed_down is tried only then
    reported: bool = False  # the text holds a word of L.REPORTED_FIGURES (set by lay_out): rules._against_reported likewise
    date_year: int | None = None  # the year of the page's date: the 今年 of a paragraph opening 今年以来
    place: tuple[str, ...] = ()  # the place the title opens with, and its short name (海南省, 海南): see place_of
    estimated: tuple[int, str] | None = None  # the end of a note 预计 (下同) and what placed its paragraph in its part

    def at(self, i: int) -> int:
        """Offset i of the body as an offset of the body as given."""
        return self.spacing.at(i) if self.spacing else i

    def source(self, a: int, b: int) -> str:
        """The body as given between offsets a and b of the body."""
        return self.spacing.slice(a, b) if self.spacing else self.body[a:b]


def _earlier_year_end(d: Doc, pos: int) -> bool:
    """年底 at pos closes a year before the plan's (2024年底 in a 2025 plan), or one a status is given as of
    (截至2024年底 in a review of the 十四五 up to 2025)."""
    year = d.text[pos - 4 : pos]
    if not (d.plan_year and year.isdigit() and year.startswith("20")):
        return False
    return int(year) < (d.first_year or d.plan_year) or d.text[pos - 6 : pos - 4] in ("截至", "截止")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the body."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _bare(line: str) -> str:
    """A line without its spaces and title marks, to compare with the title."""
    return "".join(line.split()).replace("《", "").replace("》", "")


def _title_lines(text: str, spans: list[tuple[int, int]], title: str) -> set[int]:
    """The starts of the body's lines that print the title again (the page's heading, above the body or after a line
    of its furniture, on one line or over two)."""
    whole, out = _bare(title), set()
    reach = 2 * len(whole) + 8  # a longer line is no copy of it, however spaced (政 府 工 作 报 告)
    lines = [(p0, b) for p0, p1 in spans if p1 > p0 and (b := _bare(text[p0:p1]) if p1 - p0 <= reach else "-")]
    for k, (p0, line) in enumerate(lines):
        if line == whole:
            out.add(p0)
        elif len(line) >= 4 and whole.startswith(line) and k + 1 < len(lines) and line + lines[k + 1][1] == whole:
            out |= {p0, lines[k + 1][0]}
    return out


def plan_year_of(title: str | None, body: str, date: str | None) -> int | None:
    """The plan year: from the title, else a "YYYY年…工作安排/计划" heading, else the date."""
    years = L.TITLE_YEAR_RE.findall(title or "")
    if years:
        planned = [y for y, plan in years if plan]
        if planned:
            return int(planned[-1])
        given = _delivered_year(body) if "政府工作报告" in (title or "") else None
        return given if given and given > int(years[0][0]) else int(years[0][0])  # 政府工作报告(2024年), given in 2025
    m = L.TITLE_DATE_RE.search(title) if title and "工作报告" in title else None
    if m:  # 政府工作报告（2025年1月20日）: delivered that day
        return _delivered(m)
    m = L.FIVE_YEAR_RE.search(title) if title and "五" in title else None
    if m:  # XX镇“十五五”规划纲要: a five-year plan, ending in its last year like a span; its 开局 is its first
        first = L.FIVE_YEAR_PLANS[m.group(0)]
        return first if any(w in title[m.end() : m.end() + 5] for w in L.PLAN_OPENING_WORDS) else first + 4
    for m in L.PLAN_YEAR_RE.finditer(body):  # a heading or lead-in first, then any sentence
        line_start = body.rfind("\n", 0, m.start()) + 1
        line_end = body.find("\n", m.end())
        line = body[line_start : len(body) if line_end < 0 else line_end]
        if len(line.strip()) <= 40 or L.LEADIN_END_RE.match(body, m.end()):
            return int(m.group(1))
    given = _delivered_year(body)  # the day a report was given, before a year a sentence names in passing
    if given:
        return given
    m = L.PLAN_YEAR_RE.search(body)
    if m:
        return int(m.group(1))
    m = L.DEPLOYS_YEAR_RE.search(body, 0, 600)  # a meeting's news: "总结2013年工作,研究部署2014年工作"
    if m:
        return int(m.group(1) or m.group(2))
    if date and re.match(r"\d{4}", date):
        return _dated_year(date, body)
    m = L.REVIEWS_YEAR_RE.search(body, 0, 600)  # "报告首先回顾了2017年工作": the report plans the year after
    if m:
        return int(m.group(1)) + 1
    years = [int(y) for y in L.FORWARD_YEAR_RE.findall(body)]  # "2024年,全镇将力争…"
    years += [int(y) for y in L.AIM_YEAR_RE.findall(body)]  # "为全面实现2013年…的目标"
    return max(years) if years else None


def place_of(title: str) -> tuple[str, ...]:
    """The place a title opens with and its short name (海南省政府工作报告 → 海南省, 海南; 广西壮族自治区… → 广西;
    平潭综合实验区 → 实验区), or ()."""
    t = title.lstrip("《(（ ")
    found = [(at, suffix) for suffix in L.PLACE_SUFFIXES if (at := t.find(suffix, 2, 12)) > 0]
    if not found:
        return ()
    at, suffix = min(found, key=lambda f: (f[0], -len(f[1])))
    name, short = t[: at + len(suffix)], t[:at]
    if not L.is_han(name):
        return ()
    if suffix == "区" and (zone := next((z for z in L.ZONE_KINDS if name.endswith(z)), "")):
        return (name, zone)  # 平潭综合实验区 → 实验区: the zone's own short name, not 平潭综合实验
    if suffix == "自治区" and len(short) > 3:  # 广西壮族自治区, 宁夏回族自治区: called by the land's two characters
        short = short[:2]
    return (name, short) if len(short) >= 2 else (name,)


def _delivered(m: re.Match[str]) -> int:
    """The year a report delivered on a date plans: its own, or the next from October on (2023年12月31日 plans 2024)."""
    return int(m.group(1)) + (1 if int(m.group(2)) >= 10 else 0)


def _dated_year(date: str, body: str) -> int:
    """The year a dated page plans: its own, or the next when it is the news, from October on, of a congress's report."""
    year = int(date[:4])
    month = date[5:7]
    if not month.isdigit() or int(month) < 10:
        return year
    head = body[:400]
    reported = any(w in head for w in L.REPORT_GIVEN_WORDS) and any(w in head for w in L.CONGRESS_WORDS)
    return year + 1 if reported else year


def _delivered_year(body: str) -> int | None:
    """The year a report given at a meeting plans: the year of the day it was given, or the next after October."""
    m = L.DELIVERED_RE.search(body, 0, 400) or L.DATE_LINE_RE.search(body, 0, 400)  # "——2023年3月5日在…会议上"
    if m:
        return _delivered(m)
    return _delivered_in_chinese(body[:400]) if "〇" in body[:400] else None  # "——二〇二三年一月十四日在…"


def _delivered_in_chinese(head: str) -> int | None:
    """The year "——二〇二三年一月十四日在…会议上" plans, as DELIVERED_RE reads the date in digits."""
    at = head.find("〇")
    year_end = head.find("年", at, at + 4)
    year = head[year_end - 4 : year_end].translate(L.CN_YEAR_DIGITS) if year_end > 0 else ""
    month_end = head.find("月", year_end, year_end + 4) if year.isascii() and year.isdigit() else -1
    said = head.find("日在", month_end, month_end + 6) if month_end > 0 else -1
    if said < 0 or not year.startswith("20") or not L.MEETING_AHEAD_RE.match(head, said + 2):
        return None
    return int(year) + (1 if head[year_end + 1] == "十" else 0)


def _aside_close(text: str, start: int, pos: int, end: int) -> int:
    """The close of the note on scope pos lies in ((扣除2022年…外), (按2020年价格计算)), or -1."""
    opened = text.rfind("(", start, pos)
    if opened < 0 or not text.startswith(L.SCOPE_NOTE_WORDS, opened + 1) or text.find(")", opened, pos) >= 0:
        return -1  # “十一五”时期(2006—2010年)为最高峰: a span the sentence reports on, no note
    return text.find(")", pos, end)


def past_before(mk: Marks, pos: int) -> int:
    """The last mark of a report before pos: a year in a bracketed note counts only inside that note."""
    past = last_before(mk.past, pos)
    for at, close in mk.asides:
        if past < at < pos < close:
            past = at
    return past


def _year_of_base(text: str, pos: int) -> bool:
    """An earlier year that names the base a plan builds on ("巩固2024年…成果", "在2024年…基础上"), or the base of a
    multiple ("居民人均可支配收入达2020年的1.4倍"), or the base compared with ("与2023年度相比"), not a report."""
    if text[pos - 1 : pos] == "与" and (k := text.find("相比", pos + 4, pos + 10)) > 0:
        return not any(c in ",;。" for c in text[pos + 4 : k])  # 收、支与2023年度相比,减少719.66万元: this year's fall
    if text[pos - 1 : pos] in ("达", "到", "是", "为") and text.startswith("年的", pos + 4):
        times = text.find("倍", pos + 6, pos + 14)  # 达2020年的1.4倍 (not 是2020年的春天)
        return times > 0 and not any(c in ",;。" for c in text[pos + 6 : times])
    return text.find("巩固", pos - 6, pos) >= 0 or (text[pos - 1 : pos] == "在" and text.find("基础上", pos, pos + 30) >= 0)


def first_year_of(title: str, plan_year: int | None) -> int | None:
    """The first year of the span a multi-year plan's title names ("(2024—2026年)"), when it ends in the plan year."""
    if plan_year is None:
        return None
    five = L.FIVE_YEAR_RE.search(title) if "五" in title else None
    if five and L.FIVE_YEAR_PLANS[five.group(0)] + 4 == plan_year:  # “十五五”规划: 2026-2030
        return L.FIVE_YEAR_PLANS[five.group(0)]
    if "20" not in title:
        return None
    m = L.TITLE_SPAN_RE.search(title)
    if m and int(m.group(2)) == plan_year and int(m.group(1)) < plan_year:
        return int(m.group(1))
    return None


def _is_heading(para: str) -> bool:
    """A short line that names a part of the document (not a sentence of it, nor a table's row: | 26 | 优良水体比例…)."""
    if not para or len(para) > 40 or "|" in para:
        return False
    if L.HEADING_ENUM.match(para) and len(para) <= 30:
        return True
    return para[-1] not in "。;,!?" and "。" not in para


def _part_of(text: str, plan_year: int | None, current: str = "plan", five_year: int | None = None,
             midyear: bool = False, first_year: int | None = None, half: str = "") -> tuple[str, str | None] | None:
    """(mode, period) named by a heading, or None when it names no part.

    Review words win ("目标任务完成情况" reviews); plan words next; else a year in the
    heading: an earlier year than the plan's is a review ("2023年主要工作"). Words of
    achievement (成果, 进展) turn a heading to review only outside a plan part: under
    "2024年工作安排", "九、…共享高质量发展成果" is the ninth task. A glossary or notes
    heading (名词解释) opens a background part, where no number is a target. In a five-year
    plan (`five_year`, its first year), a heading naming an earlier five-year plan reviews it.
    """
    if L.BACKGROUND_HEADING_RE.match(text.replace(" ", "")):  # 注 释: the word spaced out, as headings are set
        return "background", None
    m = L.FIVE_YEAR_RE.search(text) if five_year else None
    if m and five_year and L.FIVE_YEAR_PLANS[m.group(0)] < five_year:  # "第一节 “十三五”时期奠定的发展基础"
        first = L.FIVE_YEAR_PLANS[m.group(0)]
        return "review", f"{first}-{first + 4}"
    kinds = {m.lastgroup for m in L.SECTION_RE.finditer(text)}
    top = not L.SUBHEADING_RE.match(text)  # 一、… or unnumbered, not (一)/1. under a part
    if "review" in kinds:
        mode = "review"
    elif "plan" in kinds and (top or L.STRONG_PLAN_RE.search(text)):
        mode = "plan"
    elif not top:
        return None
    elif L.BASE_HEADING_RE.search(text) and not L.HEADING_PLAN_RE.search(text):  # 一、发展现状: where the plan starts
        if plan_year is None or L.HEADING_YEAR_RE.search(text):
            return "review", _period_of_part(text, "review", plan_year, midyear, first_year, half)
        return "review", str((first_year or plan_year) - 1)
    elif L.ACHIEVED_RE.search(text) and not L.HEDGE_RE.search(text) and current != "plan":
        mode = "review"
    elif L.HEADING_PLAN_RE.search(text) and not (current == "review" and _means_only(text)):
        mode = "plan"
    elif _opens_five_years(text, plan_year):
        mode = "plan"
    else:
        m = L.HEADING_YEAR_RE.search(text)
        if not m or plan_year is None or _in_note(text, m.start()):
            return None
        mode = "review" if int(m.group(1)) < plan_year else "plan"
    return mode, _period_of_part(text, mode, plan_year, midyear, first_year, half)


def _opens_five_years(heading: str, plan_year: int | None) -> bool:
    """The heading names the five-year plan that opens in the plan's year (二、实施“十四五”规划,… in 2021): its plan."""
    m = L.FIVE_YEAR_RE.search(heading) if plan_year is not None and "五" in heading else None
    return m is not None and L.FIVE_YEAR_PLANS[m.group(0)] == plan_year


def _in_note(heading: str, i: int) -> bool:
    """Offset i is inside a bracketed note after the heading's words (东蕾苑二期新建工程(2024年度续建项目)): the item's note."""
    k = max(heading.rfind("(", 0, i), heading.rfind("（", 0, i))
    return k > 0 and max(heading.rfind(")", k, i), heading.rfind("）", k, i)) < 0


def _means_only(heading: str) -> bool:
    """The heading's plan words all name how the work is done (落实防疫措施, 创新举措): measures, taken or to take."""
    return all(m.group(0) in L.HEADING_MEANS for m in L.HEADING_PLAN_RE.finditer(heading))


def _period_of_part(text: str, mode: str, y: int | None, midyear: bool = False, first: int | None = None,
                    half: str = "") -> str | None:
    """The period a heading gives its part: a year, a span, or a half of a year. In a report on part of
    the year (`midyear`: 上半年工作总结), a review that names no year is of the year so far, not the last, and
    of the part its title names (`half`) when the heading names none (一、工作开展情况)."""
    if y is None:
        m = re.search(r"(20\d\d)年", text)
        return m.group(1) if m else None
    # 新一届政府工作思路, 新一届市人民政府的奋斗目标: the new government's term, five years
    if re.search("今后五年|未来五年|新一届(?:市|县|区)?(?:人民)?政府", text):
        return _next_five(y, first)
    if "十四五" in text:
        m = re.search(r"(20\d\d)年", text[: text.index("十四五")]) if mode == "review" else None
        year = m.group(1) if m else _year_of_span(text, "十四五") or _opening_year(text, "十四五", y)
        return year or "2021-2025"  # 2025年和“十四五”时期工作回顾: the year first, its 五年来 paragraphs after
    if "十五五" in text:
        return _year_of_span(text, "十五五") or _opening_year(text, "十五五", y) or "2026-2030"
    if mode == "review" and re.search(r"(?<!\d)[五5]年来|过去[五5]年", text):
        return f"{y - 5}-{y - 1}"
    m = re.search(r"([\d一二三四五六七八九十]+)周年", text)
    if mode == "review" and m:
        n = int(m.group(1)) if m.group(1).isdigit() else int(N.cn_to_number(m.group(1)) or 0)
        if 0 < n < 100:
            return f"{y - n}-{y}"
    m = re.search(r"(20\d\d)年", text)
    months = L.MONTHS_SO_FAR_RE.search(text)
    so_far = any(part in text for part in L.YEAR_PARTS) or months  # a part of this year
    year = int(m.group(1)) if m else (y if mode == "plan" or midyear or so_far else y - 1)
    for part in L.YEAR_PARTS:
        if part in text:
            return f"{year}{part}"
    if months and mode == "review" and _one_year(text):
        return f"{year}年1-{months.group(1)}月"
    if _first_half(text):
        return f"{year}上半年"
    return f"{year}{half}" if mode == "review" and not m else str(year)


def _year_of_span(text: str, plan: str) -> str | None:
    """The year a lead-in says is one year of a five-year plan (2021年是“十四五”开局之年,…主要预期目标是:): that year."""
    i = text.rfind(L.YEAR_IS, 0, text.index(plan))
    year = text[i - 4 : i] if i >= 4 else ""
    return year if year.isdigit() and year.startswith("20") else None


def _opening_year(text: str, plan: str, y: int) -> str | None:
    """A heading that opens a five-year plan (做好今年各项工作 确保“十四五”开好局起好步) in its first year or the
    report after it: that first year, not the five."""
    i = text.index(plan) + len(plan)
    first = L.FIVE_YEAR_PLANS[plan]
    return str(first) if first in (y, y - 1) and any(w in text[i : i + 5] for w in L.PLAN_OPENING_WORDS) else None


def _one_year(text: str) -> bool:
    """The text names one year at most: not 2024年财政总决算和2025年1-6月财政预算执行情况, two periods in one title."""
    return len(set(re.findall(r"20\d\d(?=年)", text))) <= 1


def _first_half(text: str) -> bool:
    """半年 right after a year or opening a heading (2023年半年度重点工作总结, 半年工作总结) is the first half."""
    i = text.find("半年")
    return i >= 0 and (i == 0 or text[i - 1] in "年《、")


def _own_report(title: str) -> bool:
    """The title calls the document a report (2024年政府工作报告), not only names one in quotes
    (2024年《政府工作报告》12月份重点工作分解落实情况: how the report's tasks went that year)."""
    t = title[1:-1] if title[:1] == "《" and title[-1:] == "》" else title
    return "报告" in re.sub(r"《[^《》]*》", "", t)


def _next_five(y: int, first: int | None) -> str:
    """The years 今后五年 names: from the plan year, or, in a plan of five years (2026-2030, its title's span), those."""
    start = first if first is not None and first + 4 == y else y
    return f"{start}-{start + 4}"


def _earlier_plan_opening(para: str, five_year: int) -> int | None:
    """The first year of an earlier five-year plan a paragraph opens with (“十四五”时期…), in a plan of a later one
    (or of a year after it ended: five_year is then that year less four)."""
    m = L.FIVE_YEAR_OPENING_RE.match(para) if "五" in para[:9] else None
    first = L.FIVE_YEAR_PLANS[m.group(1)] if m else None
    return first if first is not None and first < five_year else None


def _midterm(title: str) -> bool:
    """A mid-term review of a five-year plan (…规划纲要实施情况中期评估报告)."""
    return "中期评估" in title and any(t in title for t in L.MIDTERM_TITLES)


def _indicators_reached(title: str) -> bool:
    """A headline that tells how a plan's indicators went (哪些“十四五”指标已提前完成?, 8项指标进展超预期)."""
    return "指标" in title and any(w in title for w in L.INDICATORS_REACHED)


def _result_headline(title: str) -> bool:
    """A news headline that states a result (实现地区生产总值744.94亿元,同比增长6.3%), not an aim."""
    return bool(L.RESULT_HEADLINE_RE.search(title)) and not any(w in title for w in L.FORWARD_HEADLINE_WORDS)


def _five_year_result(title: str) -> bool:
    """A headline naming a five-year plan, closing on how its years went (“十三五”期间出生人口性别比下降): results."""
    head = title.rstrip("》 ")
    if not head.endswith(L.RESULT_HEADLINE_ENDS) or any(w in head for w in L.FORWARD_HEADLINE_WORDS + L.PUSH_WORDS):
        return False
    return "五" in head and L.FIVE_YEAR_RE.search(head) is not None


def _initial_mode(title: str, text: str) -> str:
    """The part a document starts in: review for summaries and for reports that open with one."""
    if L.BUDGET_NOTE_RE.search(title):
        return "budget"
    if L.RECORD_TITLE_RE.search(title) and "预算草案" not in title:
        return "review"
    if _midterm(title) or L.RESULTS_TITLE_RE.search(title) or _result_headline(title) or _indicators_reached(title):
        return "review"
    if _five_year_result(title):
        return "review"
    m = L.SECTION_RE.search(title)
    if m and m.group("plan") and (late := L.SECTION_RE.search(title, m.end())) and late.group("review"):
        return "review"  # 主要任务上半年落实情况的通报: how the plan named first has gone
    if m:
        return "review" if m.group("review") else "plan"
    if L.PROFILE_TITLE_RE.search(title) or L.REVIEW_NEWS_TITLE_RE.search(title):
        return "review"
    if "报告" in title:
        if L.MIDYEAR_TITLE_RE.search(title):  # 2022年上半年政府工作报告: a report on the half year gone
            return "review"
        m = L.SECTION_RE.search(text, 0, 600)
        if m is None or m.group("review") or L.OPENS_REVIEW_RE.search(text, 0, 600):
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
    local: tuple[str, str | None, str] | None  # a paragraph-only part ("——五年来,…"), with why
    leadins: list[tuple[int, str, str | None, str]]  # (offset, mode, period, why) switches inside it
    why: str = ""
    turn: tuple[int, str, str | None, str] | None = None  # where a paragraph-only part turns to its last year
    cut: _Cut | None = None  # its sentences, cut on first use (a paragraph without a number never is)


@dataclass(slots=True)
class _Cut:
    """A paragraph's sentence spans, each Sentence built when first asked for."""

    starts: list[int]  # for bisect
    ends: list[int]
    made: list[Sentence | None]
    leadin_at: list[int]  # offsets of the paragraph's lead-ins, for bisect


def lay_out(d: Doc) -> None:
    """Cut the body into paragraphs and give each its part (plan/review) and period."""
    y = d.plan_year
    mode = _initial_mode(d.title, d.text)
    d.record = bool(L.RECORD_TITLE_RE.search(d.title)) and "预算草案" not in d.title  # 决算和预算草案的报告 plans its draft
    d.handed_down = L.HANDED_DOWN in d.text  # rare words, looked for once in the text instead of before every number
    d.reported = any(w in d.text for w in L.REPORTED_FIGURES)
    midyear = bool(L.MIDYEAR_TITLE_RE.search(d.title)) or _result_headline(d.title)  # news of the year so far
    half = (next((part for part in L.YEAR_PARTS if part in d.title), "") or ("上半年" if _first_half(d.title) else "")) if midyear else ""
    period = _period_of_part(d.title if mode == "review" else "", mode, y, midyear) if y else None
    if mode == "review" and _own_report(d.title) and y and not midyear and not d.record and not L.RESULTS_TITLE_RE.search(d.title):
        period = str(y - 1)  # a report given in the year it plans; not an audit of the title's year
    five = L.FIVE_YEAR_RE.search(d.title) if "五" in d.title else None
    if five and mode == "review" and _midterm(d.title):  # a mid-term review: the plan's first years
        period = f"{L.FIVE_YEAR_PLANS[five.group(0)]}-{L.FIVE_YEAR_PLANS[five.group(0)] + 2}"
    fixed = mode == "budget" or d.record  # a budget note or a record: no heading, lead-in or opening changes its part
    why = f"the title “{d.title[:24]}”" if d.title and (mode != "plan" or L.SECTION_RE.search(d.title)) else "the start"
    text = d.text
    m = L.FIVE_YEAR_RE.search(d.title)
    five_year = L.FIVE_YEAR_PLANS[m.group(0)] if m else None
    carry = None  # a review paragraph's part, kept by the list items right after it ("过去一年,…。" "一是…")
    closed = True  # the paragraph before ended a sentence (or was a heading)
    named = ""  # the heading that set the part
    lead = True  # the body's first paragraph, before any other
    spans = _paragraph_spans(text)
    titled = _title_lines(text, spans, d.title) if d.title else set()  # lines that print the title again
    for p0, p1 in spans:
        para = text[p0:p1].strip()
        if not para:
            continue
        heading = _is_heading(para)
        if heading and not fixed:
            part = _part_of(para, y, mode, five_year, midyear, d.first_year, half)
            if part and p0 in titled and part[0] != mode:
                part = None  # the title printed again in the body: its year may say more, its part is the title's
            if part and _keeps_review_period(part, mode, period, para, y):
                part = ("review", period)  # "一年来,我们主要做了以下工作:" under "2015年工作回顾" is still 2015's
            if part and _keeps_plan_span(part, mode, period, para):
                part = ("plan", period)  # "实现上述目标,我们将在以下七个方面…:" under "“十四五”时期重点任务" is still the five years'
            if part:
                mode, period = part
                why = f"the heading “{para[:24]}”"
                named = para
        local = None
        speaker = L.SPEAKER_RE.match(para)
        opens = para[speaker.end() :] if speaker else para
        later = five_year or (y - 4 if y else None)  # a year's plan is past the five-year plan that ended before it
        if not heading and not fixed and later and mode == "plan" and (earlier := _earlier_plan_opening(opens, later)):
            mode, period, why = "review", f"{earlier}-{earlier + 4}", f"the paragraph opening “{opens[:8]}”"
        elif not heading and not fixed and later and mode == "review" and (earlier := _earlier_plan_opening(opens, later)):
            local = ("review", f"{earlier}-{earlier + 4}", f"the paragraph opening “{opens[:8]}”")  # “十三五”时期是…,
            # under “十三五”时期及2020年工作回顾: the five years, and the ——items after it
        m = L.PARA_START_RE.match(opens) if opens[:1] and opens[0] in L.PARA_START_FIRST else None
        if m and not heading and not fixed:
            opening = f"the paragraph opening “{m.group(0).strip('—- ')}”"
            if m.group("five"):
                local = ("review", _term_to(period if mode == "review" else None, y, m.group("five")), opening)
            elif m.group("next5"):
                local = ("plan", _next_five(y, d.first_year) if y else None, opening)
            elif m.group("half") and mode == "plan":
                local = ("review", f"{y}{m.group('half')}" if y else None, opening)
            elif mode == "plan" and d.date_year and (m.group("one") or "").startswith(("今年", "年初")):
                local = ("review", str(d.date_year), opening)  # the year so far, in a plan of it or of the next
                if lead and why == "the start":  # a news item led by 今年以来 tells the year so far under its run-in
                    mode, period, why = local  # headings too, until a heading or a lead-in turns to what comes next
            elif mode == "plan":
                local = ("review", str(y - 1) if y else None, opening)
            elif m.group("one") and not m.group("one").startswith(("今年", "年初")) and (last := _span_end(period)):
                local = ("review", last, opening)  # 一年来,… in a review of five years: the last of them
        elif not heading and not fixed and mode == "review" and (span := _term_closed(opens, period)):
            local = ("review", span, f"the paragraph on the term {period}年 closed")
        elif not heading and not fixed and mode == "review" and (last := _last_year_opening(opens, period, d.date_year, named)):
            local = ("review", last, f"the paragraph opening with the last year {last}年")
        elif not heading and not fixed and mode == "plan" and (runin := L.RUNIN_BASE_RE.match(para)):  # 一、基本情况。全乡耕地…
            local = ("review", str((d.first_year or y) - 1) if y else None, f"the run-in heading “{runin.group(0)}”")
        elif not heading and y and mode == "plan":
            m = L.PARA_YEAR_RE.match(opens) or L.REVIEWS_YEAR_RE.search(opens, 0, 16)  # "2023年,全镇实现…。全年新增…",
            # after its speaker, or "报告首先回顾了2017年工作。…": the paragraph tells that year
            if m is None and para[0] in L.BULLETS:  # "●2023年广东地区生产总值…" "●地方一般公共预算收入达…": the list does
                m = L.YEAR_AT_RE.match(para[1:].lstrip())
            if m and int(m.group(1)) < (d.first_year or y):  # 2024年,… in a 2024—2025 plan is its first year's goals
                local = ("review", _years_told(m), f"the paragraph opening with the earlier year {m.group(1)}年")
        lead = False
        if local is None and carry is not None and not heading and (
            para[0] in L.BULLETS or para.startswith("——") or L.LIST_ITEM_RE.match(para) or not closed
        ):  # an item of the list, or the rest of a paragraph the source broke mid-sentence ("…较上年提高" "110.6%。")
            local = carry
        closed = heading or para[-1] in L.PARA_CLOSERS
        carry = local if local is not None and local[0] == "review" and not heading else None
        start_mode, start_period, start_why = mode, period, why
        spoken = _speaker_reviews(d, p0, p1) if local is None and not heading and not fixed and mode == "plan" and y else None
        if spoken:  # the rest of the paragraph reviews; a plan lead-in after it in the paragraph is still one
            mode, period = spoken[1], spoken[2]
        leadins = [spoken] if spoken else []
        if not heading and not fixed and text.find(":", p0, p1) >= 0:  # a lead-in ends with its colon
            for lm in L.LEADIN_RE.finditer(text, p0, p1):
                lead_mode = "plan" if lm.group("word") in L.LEADIN_PLAN_WORDS else "review"
                s0 = max(text.rfind("。", max(p0, lm.start() - L.CLAUSE_REACH), lm.start()) + 1, p0)
                sentence = text[s0 : lm.end()]
                if lead_mode != mode or L.PART_YEAR_RE.search(sentence) or _year_goals_after_span(sentence, period):
                    mode, period = lead_mode, _period_of_part(sentence, lead_mode, y, first=d.first_year)
                    why = f"the lead-in “{lm.group(0)[:24]}”"
                    leadins.append((lm.start(), mode, period, why))
        if not heading and not fixed and mode != "plan" and text.find("目标", p0, p1) >= 0:
            for lm in L.GOAL_LEADIN_RE.finditer(text, p0, p1):  # "主要预期目标建议为地区生产总值增长8.5%": no colon
                s0 = max(text.rfind("。", max(p0, lm.start() - L.CLAUSE_REACH), lm.start()) + 1, p0)
                before = text[s0 : lm.start()]  # a five-year plan's goals named in a review are five-year-goal's
                if not any(w in before for w in L.PAST_GOAL_WORDS) and "五" not in before:
                    mode, period = "plan", _period_of_part(text[s0 : lm.end()], "plan", y, first=d.first_year)
                    why = f"the lead-in “{lm.group(0)}”"
                    leadins.append((lm.start(), mode, period, why))
                    break
        if spoken:
            leadins.sort(key=lambda x: x[0])
            if leadins[-1] is spoken:  # the speaker's review ends with the paragraph, and goes on in the list items after it
                mode, period = start_mode, start_period  # ("吴金城介绍,2025年,浦东…稳中有进。" "一是经济韧性增长。预计…")
                carry = spoken[1:]
        told = local[1] if local and local[0] == "review" else None
        turn = _last_year_turn(text, p0, p1, told) if told else None
        reviewed = told if local else (start_period if start_mode == "review" else None)
        if turn is None and reviewed and not heading and not leadins:
            turn = _five_year_turn(text, p0, p1, reviewed)
        d.paragraphs.append(_Paragraph(p0, p1, start_mode, start_period, heading, local, leadins, start_why, turn=turn))


def _year_goals_after_span(leadin: str, period: str | None) -> bool:
    """The year's headline goals led in with 今年 (今年发展的主要预期目标是:) after a part of five years: the year's."""
    return _span_end(period) is not None and L.THIS_YEAR in leadin and any(w in leadin for w in L.HEADLINE_GOALS)


def _last_year_turn(text: str, p0: int, p1: int, period: str | None) -> tuple[int, str, str | None, str] | None:
    """Where a paragraph reviewing a span of years turns to its last year, by a sentence opening 刚刚过去的2021年 (or
    刚刚过去的一年) after the opening (茂名 2022: 过去五年,…。刚刚过去的2021年,…预计地区生产总值增长6.0%以上)."""
    last = _span_end(period)
    at = text.find(L.LAST_YEAR_TURN, p0 + 1, p1) if last else -1
    if at < 0 or text[at - 1] not in L.SENT_BREAK:
        return None
    told = text[at + len(L.LAST_YEAR_TURN) : at + len(L.LAST_YEAR_TURN) + 5]
    year = told[:4] if told[:4].isdigit() and told[4:5] == "年" else last if told.startswith("一年") else None
    return (at, "review", year, f"the sentence opening “{L.LAST_YEAR_TURN}{told[:5]}”") if year else None


def _five_year_turn(text: str, p0: int, p1: int, period: str | None) -> tuple[int, str, str | None, str] | None:
    """Where a paragraph reviewing one year turns to the five years it closes, by a sentence opening 回首过去五年 or 五年来
    (运城 2021: 刚刚过去的2020年,…。回首过去五年,…。五年来,…一般公共预算收入突破90亿元,年均增长9.8%)."""
    if not (period and period.isdigit()):
        return None
    ats = [at for w in L.FIVE_YEAR_TURNS if (at := text.find(w, p0 + 1, p1)) > 0 and text[at - 1] in L.SENT_BREAK]
    if not ats:
        return None
    end = int(period)
    return (min(ats), "review", f"{end - 4}-{end}", f"the sentence opening “{text[min(ats) : min(ats) + 6]}”")


def _span_end(period: str | None) -> str | None:
    """The last year of a review's span of years (2017-2021), None for one year or none."""
    return period[-4:] if period and len(period) == 9 and period[4] == "-" else None


def _last_year_opening(opens: str, period: str | None, date_year: int | None, heading: str = "") -> str | None:
    """The last year of a review's span a paragraph opens with as what it was (2025年是“十四五”规划收官之年), or as 今年
    said in it (今年是…; 刚刚过去的2021年,… is PARA_START_RE's), or as it opens the year its heading names beside the
    five years (2021年,… under 2021年和过去五年工作回顾): the paragraph tells that year alone."""
    last = _span_end(period)
    if last is None:
        return None
    opens = _without_address(opens)
    if opens.startswith(L.THIS_YEAR_IS):
        return last if date_year is not None and str(date_year) == last else None
    if last not in opens[:24]:
        return None
    m = L.PARA_YEAR_RE.match(opens)
    if m is None or m.start(1) != m.start() or m.group(1) != last:
        return None
    if opens[m.end() - 1] == "是" and _term_years_next(opens):
        return None  # 2020年是“十三五”收官之年。过去这五年,是…: the five years it closed
    if opens[m.end() - 1] == "是" or any(f"{last}年{w}" in heading for w in L.YEAR_BESIDE_TERM):
        return last
    return None  # 2011年,…年均增长16.1% under 过去五年工作回顾: the five years' still


def _term_closed(opens: str, period: str | None) -> str | None:
    """The years of the term a paragraph says its review's year closed, then tells (2020年是“十三五”收官之年。过去这五年,…
    under 2020年和“十三五”工作回顾: 2016-2020), else None."""
    if not period or not period.isdigit():
        return None
    opens = _without_address(opens)
    years = _term_years_next(opens) if opens.startswith(period + "年是") else 0
    return f"{int(period) - years + 1}-{period}" if years else None


def _term_years_next(opens: str) -> int:
    """The years of the term the sentence after the opening one turns to (…收官之年。过去这五年,…: 5; 。这四年…: 4), else 0."""
    k = opens.find("。")
    told = opens[k + 1 : k + 7] if k > 0 else ""
    return next((n for w, n in L.TERM_YEARS if w in told), 0)


def _without_address(opens: str) -> str:
    """A paragraph's opening without the address to the congress and its mark (各位代表! / 各位代表,)."""
    return opens[len(L.ADDRESS) + 1 :] if opens.startswith(L.ADDRESS) else opens


def _years_told(m: re.Match[str]) -> str:
    """The year (or the span of years) a paragraph opening with an earlier year tells: 2023年,… or 2007—2011年是…的五年."""
    spans = m.re is L.PARA_YEAR_RE and m.start(1) > m.start(0)
    return f"{m.group(0)[:4]}-{m.group(1)}" if spans else m.group(1)


def _speaker_reviews(d: Doc, p0: int, p1: int) -> tuple[int, str, str, str] | None:
    """A lead-in at a later sentence of a paragraph whose speaker opens with an earlier year: news of a report given in
    December ("县长王丽媛…作工作报告。王丽媛在报告中指出,2022年是…的一年。…全年预计实现…"): that year's review."""
    text = d.text
    para = text[p0:p1]  # one copy: an `in` test costs a fraction of a find() that parses a start and an end
    if ",20" not in para and ":20" not in para:  # every opening ends with one of them, which most paragraphs lack
        return None
    for w in L.SPEAKER_YEAR_OPENINGS:  # the speaking verb, its mark and the year's 20
        if w in para:
            break
    else:
        return None
    stop = text.find("。", p0, p1)
    while 0 <= stop < p1 - 1:
        speaker = L.SPEAKER_RE.match(text, stop + 1, p1)
        m = L.PARA_YEAR_RE.match(text, speaker.end(), p1) if speaker else None
        if m and int(m.group(1)) < (d.first_year or d.plan_year or 0):
            return (stop + 1, "review", _years_told(m), f"the speaker's opening with the earlier year {m.group(1)}年")
        stop = text.find("。", stop + 1, p1)
    return None


def _term_to(period: str | None, y: int | None, told: str) -> str | None:
    """The span 五年来 (or 这四年) looks back on: the years it counts to the year a review part is of, else to the plan's
    year before."""
    end = int(period) if period and period.isdigit() else (y - 1 if y else None)
    years = 4 if "四年" in told or "4年" in told else 5  # 这四年, not 市四届人大一次会议以来
    return f"{end - years + 1}-{end}" if end else None


def _keeps_review_period(part: tuple[str, str | None], mode: str, period: str | None, heading: str, y: int | None) -> bool:
    """A review heading naming no year of its own, inside a review of a year, reviews that year (not the one before the plan's);
    one opening with 一年来 inside a review of five years ending with that year reviews the year (襄阳 2022: 2021年是本届政府的
    收官之年。⏎一年来,我们主要做了以下工作:)."""
    return (part[0] == "review" and mode == "review" and period is not None and y is not None
            and part[1] == str(y - 1) and "20" not in heading
            and not (heading.startswith(L.ONE_YEAR_OPENINGS) and _span_end(period) == part[1]))


def _keeps_plan_span(part: tuple[str, str | None], mode: str, period: str | None, heading: str) -> bool:
    """A plan heading pointing back to the goals just set (上述目标), naming no year, goes on in the span of years they are set for."""
    return (part[0] == "plan" and mode == "plan" and period is not None and "-" in period
            and any(w in heading for w in L.GOALS_ABOVE) and "年" not in heading)


def _cut(d: Doc, p: _Paragraph) -> _Cut:
    """The sentence spans of a paragraph (cut on first use; each Sentence built later, when asked for)."""
    if p.cut is None:
        starts, ends = sentence_spans(d.text[p.start : p.end], p.start)
        p.cut = _Cut(starts, ends, [None] * len(starts), [x[0] for x in p.leadins])
    return p.cut


def sentence_spans(line: str, offset: int) -> tuple[list[int], list[int]]:
    """Starts and ends (plus offset) of the sentences of a line: its words and every stop after them.

    The stops are L.SENT_BREAK (。!?); a line may open with stops alone, a sentence of its own.
    The line is split at its stops in one call, not matched sentence by sentence with a regex
    ([^。!?\n]+[。!?]*|[。!?]+, which cut the same spans).
    """
    if "!" in line:
        line = line.replace("!", "。")
    if "?" in line:
        line = line.replace("?", "。")
    parts = line.split("。")
    n = len(parts) - 1  # stops in the line
    starts: list[int] = []
    ends: list[int] = []
    pos, k = offset, 0
    while k <= n:
        start = pos
        pos += len(parts[k])
        while k < n:  # the stop after parts[k], and the stops after the empty parts that follow
            pos += 1
            k += 1
            if parts[k]:  # words: the next sentence
                break
        else:
            k += 1
        if pos > start:
            starts.append(start)
            ends.append(pos)
    return starts, ends


def _sentence(p: _Paragraph, cut: _Cut, j: int) -> Sentence:
    """The j-th sentence of a cut paragraph, with its part and period: the last lead-in before its end decides."""
    s = cut.made[j]
    if s is None:
        s0, s1 = cut.starts[j], cut.ends[j]
        k = bisect_left(cut.leadin_at, s1) if p.leadins else 0
        if p.turn and s0 >= p.turn[0]:
            mode, period, why = p.turn[1:]
        elif p.local:
            mode, period, why = p.local
        elif k:
            mode, period, why = p.leadins[k - 1][1:]
        else:
            mode, period, why = p.mode, p.period, p.why
        s = cut.made[j] = Sentence(s0, s1, mode, period, p.start, p.heading, None, why, part_why=p.why)
    return s


def sentences_of(d: Doc, p: _Paragraph) -> list[Sentence]:
    """Every sentence of a paragraph with its part and period."""
    cut = _cut(d, p)
    return [_sentence(p, cut, j) for j in range(len(cut.starts))]


def last_before(offsets: list[int], pos: int) -> int:
    """The last of sorted offsets before pos, or -1."""
    if not offsets:  # most kinds of mark are absent from a sentence
        return -1
    i = bisect_left(offsets, pos)
    return offsets[i - 1] if i else -1


def by_sentence(d: Doc, positions: list) -> list[tuple[Sentence, list]]:
    """Things with a .start (or (start, end) spans) grouped by the sentence they are in."""
    starts = [p.start for p in d.paragraphs]
    out: list[tuple[Sentence, list]] = []
    current: Sentence | None = None
    for x in positions:
        pos = x[0] if isinstance(x, tuple) else x.start
        if current is not None and current.start <= pos < current.end:  # a sentence lies inside its paragraph
            out[-1][1].append(x)
            continue
        k = bisect_right(starts, pos) - 1
        if k < 0 or pos >= d.paragraphs[k].end:
            continue
        para = d.paragraphs[k]
        cut = _cut(d, para)
        j = bisect_right(cut.starts, pos) - 1
        if j < 0:
            continue
        current = _sentence(para, cut, j)
        out.append((current, [x]))
    return out
