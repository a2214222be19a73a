"""Quantities in place: each number with its clause, qualifiers and quote window.

Pure module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

from monitor import numbers as N
from monitor.extract import lexicon as L
from monitor.extract.layout import Doc, Sentence, Spacing
from monitor.models import Target

CLAUSE_REACH = L.CLAUSE_REACH  # read once per clause, not looked up in the lexicon each time


@dataclass(slots=True)
class Item:
    """A quantity being read: where it is, what surrounds it, what it became."""

    q: N.Quantity
    sent: Sentence
    clause_start: int
    clause_end: int
    pre_qual: str | None = None
    pre_len: int = 0
    post_qual: str | None = None
    post_end: int = 0
    skip: str | None = None
    record: Target | None = None
    left: str = ""  # raw words from the item start to the number (qualifier excluded)
    right: str = ""  # raw words from after the qualifier to the clause end (set only past the structural skips)
    indicator: str = ""
    kind: str = ""
    distribute: bool = False
    growth: bool = False
    to_level: bool = False
    threshold: bool = False
    extra: tuple[Target, ...] = ()
    role: str = "target"
    rule: str = ""  # id of the rule that decided the role (see rulebook)
    direction: str = ""  # up, down, or "" (none): the way the words around the number move it
    subject: str = ""  # the words before the number, cleaned (before lists are split)
    cat: str = ""  # N.unit_category of the unit, looked up once
    negative: bool = False  # a minus sign before the number (同比增长-19.3%): it fell


def matches_from(pattern: re.Pattern, text: str, openers: str) -> list[re.Match]:
    """`pattern.finditer(text)` for a pattern whose every match opens with one of `openers`.

    The openers are found with str.find and the pattern is matched only there, instead of a
    regex scan that tests every character against the pattern's first-character set.
    """
    starts: list[int] = []
    for c in openers:
        starts += _find_all(text, c)
    starts.sort()
    out: list[re.Match] = []
    end = 0
    for i in starts:
        if i >= end:  # non-overlapping, as finditer
            m = pattern.match(text, i)
            if m:
                out.append(m)
                end = m.end()
    return out


_NUMBER_EDGE = "0123456789%"


def close_spacing(body: str, text: str) -> tuple[str, str, Spacing | None]:
    """body and text (its half-width copy, where an ideographic space is a space) without the one or
    two spaces that set Latin digits apart from Han characters: PDF text and Word or WPS output with
    mixed fonts give `到 2025 年`, `达到 3.2 万元`, `增长 6.5% 左右`, `48.7 %`, which the number scan and the
    rules reading the characters next to a number then see as `到2025年`. Spaces beside punctuation, Latin
    words or other digits stay, and so does one after a unit written on its number. None when no space went.
    """
    after: list[int] = []
    removed: list[int] = []
    kept_body: list[str] = []
    kept_text: list[str] = []
    last, gone, n = 0, 0, len(text)
    i = text.find(" ")
    while i >= 0:
        j = i + 1
        while j < n and text[j] == " ":
            j += 1
        if j - i <= 2 and i and j < n:
            a, b = text[i - 1], text[j]
            # Not after a unit written on its number: that space parts two quantities (新增低保8户 16人).
            if ("0" <= b <= "9" and a.isalpha() and not a.isascii() and not "0" <= text[i - 2 : i - 1] <= "9") \
                    or (a in _NUMBER_EDGE and b.isalpha() and not b.isascii()) or ("0" <= a <= "9" and b in "%‰"):
                kept_body.append(body[last:i])
                kept_text.append(text[last:i])
                gone += j - i
                after.append(j - gone)
                removed.append(gone)
                last = j
        i = text.find(" ", j)
    if not after:
        return body, text, None
    kept_body.append(body[last:])
    kept_text.append(text[last:])
    return "".join(kept_body), "".join(kept_text), Spacing(body, after, removed)


def find_quantities(text: str) -> list[N.Quantity]:
    """Every number with a unit in the text, in order (one scan for digits, one for Chinese).

    Two quantities have no unit: a coefficient or an index (利用系数达到0.6, 价格指数103, 电能利用效率降至1.3),
    and a growth of zero (与上年持平).
    """
    # A match that ends with its first number has no unit (a year, a date): read_arabic says None.
    matches = list(N.ARABIC_RE.finditer(text))
    out = [q for q in map(N.read_arabic, [m for m in matches if m.end() != m.end(1)]) if q and _plausible(q)]
    if "、" in text or "和" in text:
        out = _sharing_unit(text, matches, out)
        if "个百分点" in text:
            _points_shared(text, out)
    cn = [q for q in map(N.read_chinese, N.CHINESE_RE.finditer(text)) if q]
    if "系数" in text or "指数" in text or "倍差" in text or "收入比" in text or "电能利用效率" in text or "PUE" in text:
        numbers = (N.ARABIC_RE.match(text, m.end()) for m in matches_from(L.INDEX_BEFORE_RE, text, L.INDEX_BEFORE_OPENERS))
        cn += [q for q in (N.read_bare(m) for m in numbers if m and N.read_arabic(m) is None and text[m.end() : m.end() + 1] != "年")
               if _plausible(q)]  # 收入比2010年翻一番: a base year, not a ratio
    if "持平" in text:
        cn += [N.Quantity(m.start(), m.end(), m.group(0), 0.0, None, None, "%", False, False) for m in L.FLAT_RE.finditer(text)
               if not (m.group(0) in L.FLAT_BARE and "\u4e00" <= text[m.end() : m.end() + 1] <= "\u9fff")  # 持平稳定
               and not L.RELATIVE_FLAT_RE.search(text, max(0, m.start() - 12), m.start() + (text[m.start()] == "与"))]
    if "番" in text:  # 翻一番, 翻两番, 实现翻番 (one doubling): 番 counts only after 翻
        cn = [q for q in cn if q.unit != "番" or text[q.start - 1 : q.start] == "翻" or text[q.start - 2 : q.start] == "翻了"]
        cn += [N.Quantity(i, i + 2, "翻番", 1.0, None, None, "番", False, False) for i in _find_all(text, "翻番")
               if not (text[i + 2 : i + 3] and L.is_han(text[i + 2 : i + 3])) or text.startswith(("以上", "目标", "的"), i + 2)]  # not 翻番计划 (a name)
    if "万亿" in text or "千亿" in text or "百亿" in text:  # 规模过万亿, 突破千亿大关: a bare power passed, no digit before it
        cn += N.bare_powers(text)
    if "每立方米" in text:  # PM2.5浓度降到每立方米35微克以下: the unit's volume written before the number
        cn += _per_cubic_metre(text)
    if "年限" in text:  # 平均受教育年限提高到11.7年: a length of years, after the term that names it
        cn += _years_of_terms(text)
    if "(" in text or "（" in text:
        cn += [q for q in map(N.read_label_unit, matches_from(N.LABEL_UNIT_RE, text, N.LABEL_UNIT_OPENERS)) if _plausible(q)]
    if cn:
        out = sorted(out + cn, key=attrgetter("start"))
    return out


_LIST_JOINS = "、和"  # the marks of a list of numbers whose unit is written once, at its end
_LIST_OPENS = "\n。;:,!? "  # a number after these opens its clause: an item number (1、10个重点项目), no member of a list


def _sharing_unit(text: str, matches: list[re.Match], out: list[N.Quantity]) -> list[N.Quantity]:
    """out with the bare numbers of a list that writes its unit once, at its end (品牌价值分别达13.28、12.31、11.47亿元,
    分别高于全国、全省1.7和0.9个百分点): each number takes the unit of the quantity after its 、 or 和."""
    by_start = {q.start: q for q in out}
    added: list[N.Quantity] = []
    for m in reversed(matches):
        end = m.end(1)
        if m.end() != end or text[end : end + 1] not in _LIST_JOINS or m.start() == 0 or text[m.start() - 1] in _LIST_OPENS:
            continue
        nxt = by_start.get(end + 1)
        if nxt is None or nxt.value is None or nxt.more:
            continue
        q = N.Quantity(m.start(), end, text[m.start() : end], N.parse_arabic(m.group(1)), None, None, nxt.unit, False, False)
        by_start[q.start] = q
        added.append(q)
    return sorted(out + added, key=attrgetter("start")) if added else out


def _points_shared(text: str, out: list[N.Quantity]) -> None:
    """分别提高3.5个、6个百分点: a 个 before 、 or 和 in a list that closes in 个百分点 is 个百分点 too."""
    by_start = {q.start: q for q in out}
    for q in reversed(out):
        nxt = by_start.get(q.end + 1) if q.unit == "个" and text[q.end : q.end + 1] in _LIST_JOINS else None
        if nxt is not None and nxt.unit == "个百分点":
            q.unit = "个百分点"


def _years_of_terms(text: str) -> list[N.Quantity]:
    """The lengths in 年 after each 年限 of the text, up to its clause's end (从12.4年提高到13.5年: both)."""
    out = []
    for i in _find_all(text, "年限"):
        end = min((j for j in (text.find(c, i) for c in ",;。\n") if j >= 0), default=len(text))  # the clause's end
        for m in L.YEARS_AFTER_TERM_RE.finditer(text, i + 2, end):
            out.append(N.Quantity(m.start(), m.end(), m.group(0), float(m.group(1)), None, None, "年", False, False))
    return out


def _per_cubic_metre(text: str) -> list[N.Quantity]:
    """Concentrations written 每立方米35微克 (the volume first): each as 35 微克/立方米, from the number to its mass unit."""
    out = []
    for i in _find_all(text, "每立方米"):
        m = N.ARABIC_RE.match(text, i + 4)
        mass = text[m.end(1) : m.end(1) + 2] if m else ""
        if m and mass in ("微克", "毫克"):
            end = m.end(1) + 2
            out.append(N.Quantity(m.start(), end, text[m.start() : end], N.parse_arabic(m.group(1)), None, None,
                                  mass + "/立方米", False, False))
    return out


def _find_all(text: str, word: str) -> list[int]:
    """Every offset where word starts in text (occurrences that do not overlap)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def _plausible(q: N.Quantity) -> bool:
    """False for a number no figure has (hundreds of digits): as a float it is inf, or becomes inf in its base unit."""
    v = q.value if q.value is not None else q.max
    return v is not None and v < N.MAX_VALUE


def bare_numbers(text: str, taken: list[N.Quantity]) -> list[tuple[int, int]]:
    """Digit runs that are not part of a quantity (for --explain: years, dates, names)."""
    spans = [(q.start, q.end) for q in taken]
    out = []
    for m in L.BARE_NUMBER_RE.finditer(text):
        i = bisect_right(spans, (m.start(), 10**12)) - 1
        if i >= 0 and spans[i][0] <= m.start() < spans[i][1]:
            continue
        out.append((m.start(), m.end()))
    return out


def clause_bounds(d: Doc, s0: int, s1: int, pos: int, end: int) -> tuple[int, int]:
    """The clause (between , ; : and sentence ends) around text[pos:end]."""
    breaks = d.breaks
    i = bisect_left(breaks, pos)
    a = breaks[i - 1] + 1 if i and breaks[i - 1] >= s0 else s0
    j = bisect_left(breaks, end)
    b = breaks[j] if j < len(breaks) and breaks[j] < s1 else s1
    if b == s1 and s1 > s0 and d.text[s1 - 1] in L.SENT_BREAK:
        b = s1 - 1
        while b > end and d.text[b - 1] in L.SENT_BREAK:
            b -= 1
    # A clause is read only this far either side of its number, so an unpunctuated page
    # costs time in proportion to its length (issue 12.5).
    lo, hi = pos - CLAUSE_REACH, end + CLAUSE_REACH
    return (a if a > lo else lo), (b if b < hi else hi)


def inside_quotes(d: Doc, pos: int) -> bool:
    """True when pos lies inside a short “…”, 《…》 or 「…」 (a name or slogan)."""
    if not d.quoted:
        return False
    i = bisect_right(d.quoted, (pos, 1 << 60)) - 1
    return i >= 0 and d.quoted[i][0] < pos < d.quoted[i][1]


def read_qualifiers(text: str, it: Item) -> None:
    """The qualifier written on the number itself: 约/超/不低于 before, 以上/左右 after."""
    q = it.q
    m = L.PRE_QUAL_RE.search(text, max(it.clause_start, q.start - 3), q.start) if text[q.start - 1 : q.start] in L.PRE_QUAL_LAST else None
    if m and not (m.group(0) == "约" and text[m.start() - 1 : m.start()] in L.YUE_WORD_HEADS) and not (
        m.group(0) == "过" and text[m.start() - 1 : m.start()] in L.GUO_WORD_HEADS
    ):  # 签约3万平米, 通过3年努力: a word, no qualifier
        it.pre_qual, it.pre_len = L.PRE_QUAL[m.group(0)], len(m.group(0))
    it.post_end = q.end
    at = _past_unit_note(text, q.end)
    m = L.POST_QUAL_RE.match(text, at) if text[at : at + 1] in "以左之上内及" else None
    if m and m.end() <= it.clause_end:
        it.post_qual, it.post_end = L.POST_QUAL[m.group(0)], m.end()
    elif q.unit == "%" and text[at : at + 1] in "的目范" and (w := _within_range(text, at)) and at + w <= it.clause_end:
        it.post_qual, it.post_end = "以内", at + w
    if it.post_qual is None and q.more:
        it.post_qual = "以上"
    if text[it.post_end : it.post_end + 1] in "(（" and (m := L.YEAR_NOTE_RE.match(text, it.post_end)):
        it.post_end = m.end()  # 500/10万(2013年): the year of the number, no part of the next one's name


def _within_range(text: str, at: int) -> int:
    """The length of 的目标范围内 (or 范围内) at `at`, else 0: a rate kept within it is capped."""
    return next((len(w) for w in L.WITHIN_RANGE if text.startswith(w, at)), 0)


def _past_unit_note(text: str, end: int) -> int:
    """Past a bracketed second unit of one character right after a unit (7000万头(只)以上: head or birds), else end; a
    longer note (65蒸吨/小时(不含)以下) says how the bound counts and is read with it."""
    if text[end : end + 1] not in "(（" or text[end + 2 : end + 3] not in ")）" or not text[end + 2 : end + 3]:
        return end
    return end + 3 if L.is_han(text[end + 1]) else end


def list_mark(text: str, start: int, end: int) -> int:
    """The last 、 in text[start:end] outside brackets and between no two levels, or -1: a 、 inside them lists one
    name's parts (南宁 2025 全市12个县(市、区)土地承包合同签订率达90%以上; 佛山 2024 新(改、扩)建中小学16所), and so
    does one between levels alone (佛山 2025 543个省、市重点项目)."""
    cut = text.rfind("、", start, end)
    while cut >= 0 and (_levels_listed(text, cut) or (
        text.rfind("(", start, cut) > text.rfind(")", start, cut) and text.find(")", cut, end) >= 0
    )):
        cut = text.rfind("、", start, cut)
    return cut


def _levels_listed(text: str, cut: int) -> bool:
    """True when the 、 at cut stands between two levels of government (省、市重点项目, 县、乡两级)."""
    return cut > 0 and text[cut - 1] in L.LEVEL_CHARS and text[cut + 1 : cut + 2] in L.LEVEL_CHARS


def reads(d: Doc, it: Item, prev_end: int) -> None:
    """Fill the left context of an item (the clause part before the number; its right is set once the structural skips pass it)."""
    text, q = d.text, it.q
    start = max(it.clause_start, prev_end)
    if prev_end > it.clause_start:  # words after the previous item's list mark belong to this one
        cut = list_mark(text, start, q.start - it.pre_len)
        start = cut + 1 if cut >= 0 else start
    it.left = text[start : q.start - it.pre_len]
    if it.left and it.left[-1] in "-\u2212":  # a minus sign, not a range's dash (a range is one quantity): 同比-6.2%
        before = text[q.start - it.pre_len - 2 : q.start - it.pre_len - 1]
        if not (before.isascii() and before.isalnum()) and before != "%":
            it.left, it.negative = it.left[:-1], True


@dataclass(slots=True)
class Run:
    """Indexes over the items of one sentence, so each lookup is constant or logarithmic."""

    next_kept: list[int]  # index of the next item not skipped, or -1
    skipped_spans: list[tuple[int, int]]  # (start, end) of skipped quantities, in order
    starts: list[int]  # start of every quantity

    def in_skipped(self, pos: int) -> bool:
        """True when pos lies inside a skipped quantity (a name's digits)."""
        if not self.skipped_spans:
            return False
        i = bisect_right(self.skipped_spans, (pos, 1 << 60)) - 1
        return i >= 0 and self.skipped_spans[i][0] <= pos < self.skipped_spans[i][1]

    def skipped_at(self, pos: int) -> bool:
        """True when a skipped quantity starts at pos."""
        return self.in_skipped(pos) and self.skipped_spans[bisect_right(self.skipped_spans, (pos, 1 << 60)) - 1][0] == pos


def index_run(items: list[Item]) -> Run:
    """Build the indexes of a sentence's items once their skips are decided."""
    nxt, following = [-1] * len(items), -1
    for i in range(len(items) - 1, -1, -1):
        nxt[i] = following
        if not items[i].skip:
            following = i
    skipped = [(x.q.start, x.q.end) for x in items if x.skip]  # items are in text order
    return Run(nxt, skipped, [x.q.start for x in items])


def quote_span(d: Doc, it: Item) -> tuple[int, int]:
    """A 10–60 character window of the body around the number: its clause, widened or cut."""
    text = d.text
    s0, s1 = it.sent.start, it.sent.end
    a, b = it.clause_start, it.clause_end
    q = it.q
    while b - a < 10 and a > s0:
        na = clause_bounds(d, s0, s1, a - 1, a - 1)[0]
        if na >= a:
            break
        a = na
    while b - a < 10 and b < s1:
        nb = clause_bounds(d, s0, s1, b + 1, b + 1)[1]
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


def bare_reason(text: str, a: int, b: int) -> str:
    """Why a number without a unit is not a quantity: a year, a date, a name, a code."""
    nxt = text[b : b + 2]
    prv = text[max(0, a - 1) : a]
    if nxt[:1] == "年" and b - a == 4:
        return "bare-year"
    if nxt[:1] in "年月日号时" or re.match(r"[-/.:]\d", nxt) or prv in "-/:":
        return "bare-date"
    if nxt.startswith("周年") or nxt.startswith("周岁"):
        return "bare-age"
    if prv.isascii() and prv.isalpha() or nxt[:1].isascii() and nxt[:1].isalpha():
        return "bare-code"
    if nxt[:1] in "+”\"" or prv in "+“\"":
        return "bare-slogan"
    if nxt[:1] in ".、)" or prv in "(":
        return "bare-item"
    return "bare-no-unit"
