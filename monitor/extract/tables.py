"""Indicator tables: rows of `a | b | c` cells, as DOCX/XLSX attachments and HTML tables are read.

A plan's 主要指标 table names its columns in a header row: the indicator (指标, 指标名称, 项目), its unit
(单位, or a unit in brackets in a header cell), and value columns whose header gives the year and what
the value is: 2025年目标 (a target of 2025), 2024年完成 (a result of 2024), 增长/增速 (a growth, of the
value column before it). Every cell under a value column becomes a record named by its row; the rows
are not read again as sentences (where "36.5 | 6%" named nothing). A table without such a header is
left to the sentence reader. Pure module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from monitor import numbers as N
from monitor.extract import lexicon as L
from monitor.extract.indicator import strip_indicator, without_unit_gloss
from monitor.models import Target

SEP = " | "  # how rows are written (attachments, the reader); cells are split at every "|", spaces stripped
_YEAR_RE = re.compile(r"(20\d\d)\s*年?")
_NAME_HEAD_RE = re.compile(r"指标|名称|项目|内容")
_UNIT_HEAD_RE = re.compile(r"单位")
_SERIAL_HEAD_RE = re.compile(r"^(?:序号|编号|No\.?)$")
_GROUP_HEAD_RE = re.compile(r"^(?:类别|分类|领域)$")  # 经济发展（7项）over its rows: a group's caption, no value
_GROWTH_HEAD_RE = re.compile(r"增长|增幅|增速|同比|比上年|±")
_DOWN_HEAD_RE = re.compile(r"下降|降低|减少")
_ACTUAL_HEAD_RE = re.compile(r"完成|实际|实绩|执行|基数|现状|预计")  # 2024年预计: the year's estimated result
_TARGET_HEAD_RE = re.compile(r"目标|计划|预期|任务|规划")
_HEAD_WORDS_RE = re.compile(r"指标|单位|目标|计划|预期|完成|实际|增长|增幅|增速|序号|名称|20\d\d")
_DATE_IN_HEAD_RE = re.compile(r"20\d\d\s*年?|\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*)?月")
_BRACKET_UNIT_RE = re.compile(r"[(（](?:单位[:：])?([^()（）]{1,6})[)）]")
_UNIT_LINE_RE = re.compile(r"单位[:：]\s*([^\s,、;]{1,6})")
_CELL_AIMS = (*L.HEDGE_WORDS, *L.STATE_WORDS)  # 力争达到5%左右 (上海“十五五”规划纲要 表1): the sentence's words before a number
_CELL_RE = re.compile(
    r"^(?P<cum>[\[［〔【])?\s*(?:[“\"]?(?P<five>十[一二三四五六]五)[”\"]?)?\s*(?:(?:比|较)20\d\d年?\s*(?:[(（][\d.]+%?[)）])?\s*)?"
    rf"(?:(?:{L.alt(L.HEDGE_WORDS)})\s*)?(?:(?:{L.alt(L.STATE_WORDS)})\s*)?(?P<verb>年均增长|提高|增长|增加|下降|降低|减少)?\s*(?P<pre>≥|>|≤|<|不低于|不少于|不超过|不高于|约|超过)?\s*"
    r"(?P<neg>[-−])?(?P<n1>\d+(?:\.\d+)?)"
    r"(?:\s*(?:-|~|—|至)\s*(?P<n2>\d+(?:\.\d+)?))?\s*(?(cum)(?P<inpost>左右|以上)?[\]］〕】])"
    r"\s*(?P<unit>%|‰|个百分点|1?/(?:10|十)?万|(?:(?!以上|以下|左右|以内)[^\W\d_]|/){0,6})?"
    r"\s*(?P<post>以上|以下|左右|以内)?\s*[*∗]?"  # 6左右∗: an estimate's note mark (北京“十五五”规划纲要)
    r"(?:\s*[,，](?!\d)[^|]*|\s*[(（](?P<year>20\d\d)年?[)）]|\s*[(（](?P<note>[^()（）|\d]{2,12})[)）])?$"  # a note after the number:
    # 19428.78,年均增速4.8%; 21.5 (2024年), its year; 83.16 (市级测算), how it was reckoned (南通市“十三五”卫生健康主要指标完成情况)
)
_CELL_VERBS = ("提高", "增长", "增加", "下降", "降低", "减少", "年均")  # 提高 1 个百分点以上: a cell that says its change
# “十五五”年均增长5.0左右 (广州“十五五”规划纲要 专栏1): a cell that names the five years of its average
_SPAN_HEAD_RE = re.compile(r"年均|累计")  # 年均/累计 in a five-year plan's table: over the plan's years
_QUAL_THEN_DIGIT_RE = re.compile(r"(以上|以下|左右|以内)(?=\d)")
_NO_VALUE = ("—", "-", "－", "/", "——", "--")  # an empty cell, written
_PRE = {**L.PRE_QUAL, "≥": "不低于", ">": "以上", "≤": "不超过", "<": "以下"}  # the sentence's words and the signs


@dataclass(frozen=True)
class Column:
    """A value column: its index, role, period, unit written in its header, whether it is a growth, and the span of
    the plan's years that a cumulative cell ([125], 〔20〕) is over."""

    index: int
    role: str
    period: str
    unit: str
    growth: bool
    down: bool
    span: str
    label: str = ""  # what a record's column counts, when a row has several (制发件数, 废止件数): part of the row's name


@dataclass(frozen=True)
class Table:
    """An indicator table read: its records, and the spans not to read again as sentences (the header, and
    the cells of its name, unit, serial and numeric columns)."""

    records: tuple[Target, ...]
    spans: tuple[tuple[int, int], ...]


def mark_spaced_tables(text: str) -> str:
    """The text with the single spaces that part the cells of a table flattened to text written as "|" (the same
    length): a PDF's 主要指标 table gives "序号 指标名称 2020 年目标值 2020 年预计值 完成情况" over
    "1 全区生产总值(亿元) 1000 1008.5 完成". Its rows are then read as a table, and the spacing of numbers is not
    closed across two cells (1 全区 → 1全区). A header has 4-12 short cells, one naming the indicator and one a
    value column; each row under it has as many cells, a number among them. The PDF's spacing is undone where it
    parts no cells: a letter-spaced header word (指 标, 属 性), a qualifier after its number (5 左右), a name's own
    spaces (3 岁以下婴幼儿入托率), a name wrapped onto the next line; the header repeated after a page break and a
    group caption with a space (一、经济强（12 项）) stay in the table."""
    words = tuple(w for w in ("指标", "指 标", "名称") if w in text)  # one the text lacks is not looked for at each line
    if not words:
        return text
    out: list[str] = []
    last = 0
    at = _name_word(text, 0, words)
    while at >= 0:  # only the lines naming an indicator column are looked at
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[start:end]
        head = _spaced_header(line)
        at = _name_word(text, end, words)
        if head is None:
            continue
        name_k = next(k for k, c in enumerate(head) if _NAME_HEAD_RE.search(c.replace(" ", "")))
        rows: list[str] = ["|".join(head)]
        pos = end + 1
        while pos <= len(text):
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            row = _spaced_row(text[pos:nl], head, name_k)
            if row is None and any(_SERIAL_HEAD_RE.match(c) for c in head):  # cells wrapped over lines
                row, nl = _wrapped_row(text, pos, head, name_k) or (None, nl)
            if row is None and nl < len(text):  # a name wrapped onto the next line: the two lines are one row
                nxt = text.find("\n", nl + 1)
                nxt = len(text) if nxt < 0 else nxt
                if text[nl + 1 : nl + 2] and not text[nl + 1].isdigit():
                    row = _spaced_row(text[pos:nl] + " " + text[nl + 1 : nxt], head, name_k)
                    nl = nxt if row is not None else nl
            if row is None and text[pos:nl] == line:
                row = "|".join(head)  # the header again, after a page break
            elif row is None and " " in text[pos:nl] and _caption(text[pos:nl]):
                row = text[pos:nl].replace(" ", "|")  # 一、经济强（12 项）: a caption over the next rows
            if row is None:
                break
            rows.append(row)
            pos = nl + 1
        while len(rows) > 1 and not any(_value_of(c) for c in rows[-1].split("|")):
            rows.pop()  # a caption or a header after the last row belongs to what follows
        if len(rows) > 1:
            body = "\n".join(rows)
            out += [text[last:start], body]
            last = start + len(body)
            at = _name_word(text, last, words)
    return "".join(out) + text[last:] if out else text


def _name_word(text: str, pos: int, words: tuple[str, ...]) -> int:
    """Where the next of the words (those of 指标, 指 标 and 名称 the text holds) is from pos, or -1."""
    found = [i for i in (text.find(w, pos) for w in words) if i >= 0]
    return min(found) if found else -1


def _spaced_header(line: str) -> list[str] | None:
    """The cells of a header line parted by single spaces (a year and its 年 kept together, a letter-spaced word
    such as 指 标 too), or None."""
    if " " not in line or "|" in line or len(line) > 90 or "  " in line or not _NAME_HEAD_RE.search(line.replace(" ", "")):
        return None
    cells: list[str] = []
    for token in line.strip().split(" "):
        if cells and token.startswith("年") and _YEAR_RE.fullmatch(cells[-1]):
            cells[-1] += " " + token  # "2020 年目标值": the PDF's spacing inside one cell
        elif cells and len(token) == len(cells[-1]) == 1 and _has_cjk(token + cells[-1]):
            cells[-1] += " " + token  # "指 标": one word, letter-spaced
        else:
            cells.append(token)
    if not 4 <= len(cells) <= 12 or any(len(c) > 12 or not c or c[-1] in ",，。;；:：" for c in cells):
        return None
    named = sum(1 for c in cells if _NAME_HEAD_RE.search(c.replace(" ", "")))
    valued = sum(1 for c in cells if _TARGET_HEAD_RE.search(c) or _ACTUAL_HEAD_RE.search(c) or _YEAR_RE.match(c))
    return cells if named == 1 and valued >= 1 else None


def _joined(cells: list[str], k: int, extra: int) -> list[str]:
    """The cells with cell k and the `extra` after it made one (their spaces kept)."""
    return [*cells[:k], " ".join(cells[k : k + extra + 1]), *cells[k + extra + 1 :]]


def _caption(line: str) -> bool:
    """A group caption over a table's rows: 一、经济强（12 项）."""
    return line[:1] in "一二三四五六七八九十" and "、" in line[1:4]


def _spaced_row(line: str, head: list[str], name_k: int) -> str | None:
    """A data row under a spaced header, its cells parted by "|" (the same length), or None: as many cells once a
    qualifier joins its number (5 左右) and the name takes the tokens more than the header has (16 3 岁以下…),
    a number among them (its 序号 counts: 2 全员劳动生产率年均增长(%) 高于地区生产总值年均增长 预期性)."""
    tokens = line.split(" ")
    if line != line.strip() or not all(tokens):
        return None
    groups: list[list[str]] = []
    for token in tokens:
        if groups and token in L.POST_QUAL and _value_of(groups[-1][-1]):
            groups[-1].append(token)
        else:
            groups.append([token])
    extra = len(groups) - len(head)
    cells = [" ".join(g) for g in groups]
    if extra > 0:  # the name's own spaces (3 岁以下婴幼儿入托率), or the value's after it (提高 1 个百分点以上)
        by_name, by_value = (_joined(cells, k, extra) for k in (name_k, name_k + 1))
        value_k = name_k + 1
        cells = by_value if _value_of(by_value[value_k]) and not _value_of(by_name[value_k]) else by_name
    if len(cells) != len(head) or not any(_value_of(c) for c in cells):
        return None
    return "|".join(cells)


def read_tables(text: str, plan_year: int | None, first_year: int | None = None, record: bool = False) -> list[Table]:
    """Every indicator table of a body (lines of `a | b` cells, or of a marked spaced table, under a header that
    names value columns); `record`: the body is a record of results (统计公报, 信息公开年度报告)."""
    if "|" not in text or plan_year is None:
        return []
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    tables, i = [], 0
    while i < len(lines):
        if "|" not in lines[i][1]:
            i += 1
            continue
        j = i
        while j < len(lines) and "|" in lines[j][1]:  # "…| 4 |": a row's last cell may be empty
            j += 1
        for a, b in _sub_blocks(lines, i, j) if record else [(i, j)]:
            table = _read_block(lines[a:b], lines[a - 1][1] if a else "", plan_year, first_year, record)
            if table is not None:
                tables.append(table)
        i = j
    return tables


def _sub_blocks(lines: list[tuple[int, str]], i: int, j: int) -> list[tuple[int, int]]:
    """The tables of one block of a record's rows: a header again after rows of data opens another (a 信息公开年度报告's
    statutory table: 第二十条第(一)项, 信息内容 | 本年制发件数 …, its rows, then 第二十条第(五)项, 信息内容 | 本年处理决定数量)."""
    data = [any(_value_of(c) for c in line.split("|")[1:]) for _, line in lines[i:j]]
    cuts = [i]
    for k in range(i + 1, j):
        if data[k - i - 1] and not data[k - i]:
            run = range(k, next((m for m in range(k, j) if data[m - i]), j))
            if any(_is_head(lines[m][1], True) for m in run):
                cuts.append(k)
    return list(zip(cuts, [*cuts[1:], j]))


def _is_head(line: str, record: bool) -> bool:
    """True when a row says what its columns hold (指标, 2025年目标; in a record of results also 本年收费金额)."""
    bare = "".join(line.split())  # 主 要 指 标: one word, spaced
    return bool(_HEAD_WORDS_RE.search(bare)) or (record and "本年" in bare)


def _wrapped_row(text: str, pos: int, head: list[str], name_k: int) -> tuple[str, int] | None:
    """A row whose cells wrap over the lines of a PDF's text from pos (北京“十五五”规划纲要 主要指标: a name over two
    lines, a value's note over three, its group's caption over the lines before it), marked (the same length), and
    where its last line ends; or None. The fewest lines (up to 8) that read as one whole row are taken."""
    end = pos
    for _ in range(8):
        nl = text.find("\n", end)
        nl = len(text) if nl < 0 else nl
        if nl == end or "|" in text[end:nl]:
            return None  # a blank line, or a row already marked, ends it
        cells = _wrapped_cells(text[pos:nl].replace("\n", " ").split(" "), head, name_k)
        if cells is not None:
            return "|".join(" ".join(c) for c in cells), nl
        end = nl + 1
        if end > len(text):
            return None
    return None


def _wrapped_cells(tokens: list[str], head: list[str], name_k: int) -> list[list[str]] | None:
    """The cells of a wrapped row's tokens, or None when they are no whole row: its group's caption before the serial
    number (创新 发展 (5项), under a 类别 column), the name up to its first value, then one cell per column left, a
    note after a number's comma (4.5-5, 努力争取 更好结果) and a qualifier (5 左右) kept with their number."""
    if not all(tokens):
        return None
    serial = next((k for k, t in enumerate(tokens) if t.isdigit() and len(t) <= 3), None)
    grouped = any(_GROUP_HEAD_RE.match(c) for c in head[:name_k])
    if serial is None or (serial and not grouped) or serial > 4 or any(len(t) > 8 or _value_of(t) for t in tokens[:serial]):
        return None
    name_end = next((k for k in range(serial + 1, len(tokens)) if _cell_start(tokens[k])), len(tokens))
    rest: list[list[str]] = []
    for token in tokens[name_end:]:
        noted = rest and _value_of(rest[-1][0]) and any(ch in ",，" for ch in rest[-1][0])
        if rest and ((noted and not _cell_start(token)) or (token in L.POST_QUAL and _value_of(rest[-1][-1]))):
            rest[-1].append(token)
        else:
            rest.append([token])
    if name_end == serial + 1 or len(rest) != len(head) - name_k - 1 or rest[-1][-1][-1] in ",，":
        return None
    lead = [tokens[:serial]] if serial else []
    return [*lead, [tokens[serial]], tokens[serial + 1 : name_end], *rest]


def _cell_start(token: str) -> bool:
    """True when a token opens a cell after a row's name: a value, an empty cell's dash, a 属性 word (预期性)."""
    return bool(_value_of(token)) or token in _NO_VALUE or token in L.INDICATOR_ATTRIBUTES


def _read_block(rows: list[tuple[int, str]], before: str, y: int, first: int | None, record: bool = False) -> Table | None:
    """One block of rows: its header row (the last before the first row with a number), then its records."""
    cells = [line.split("|") for _, line in rows]
    h = next((k for k, row in enumerate(cells) if any(_value_of(c) for c in row[1:])), None)
    while h and (any(_numbered(c) for c in cells[h - 1][1:]) or _caption(rows[h - 1][1])):
        h -= 1  # “十四五”年均增长4.0 | … : a row of data; 一、经济强(12|项): a group's caption; no header either
    if not h or not _is_head(rows[h - 1][1], record):
        return None
    head = _header(cells[max(0, h - 3) : h])
    unit_line = _UNIT_LINE_RE.search(before)
    default_unit = unit_line.group(1) if unit_line else ""
    name_col = next((k for k, c in enumerate(head) if _NAME_HEAD_RE.search(c)), None)
    unit_col = next((k for k, c in enumerate(head) if _UNIT_HEAD_RE.search(c) and len(c) <= 6), None)
    columns = _columns(head, {name_col, unit_col}, y, first, record)
    if not columns:
        return _across(rows, cells, y, first) if name_col == 0 else None
    name_cols = [k for k, c in enumerate(head) if c == head[name_col]] if name_col is not None else []
    group_col = next((k for k, c in enumerate(head) if _GROUP_HEAD_RE.match(c)), None)
    records: list[Target] = []
    group = ""  # the name a split row gives its sub-rows: 每千人口拥有医护人员数 over 执业医师数, 注册护士数
    for (offset, line), row in zip(rows[h:], cells[h:]):
        extra = name_col is not None and len(row) == len(head) + 1 and not _value_of(row[name_col + 1])
        # a row under its group's caption, whose cell the PDF gives once (北京“十五五”规划纲要 类别): one cell short
        short = name_col is not None and group_col is not None and group_col < name_col and len(row) == len(head) - 1
        by, after = (1, name_col) if extra else (-1, group_col) if short else (0, 0)
        cols = [*name_cols, name_col + 1] if extra else [k + by if k > after else k for k in name_cols]
        name, group = _row_name(row, cols, group)
        shifted = [replace(c, index=c.index + by) if c.index > after else c for c in columns]
        unit_k = unit_col + by if unit_col is not None and unit_col > after else unit_col
        name_k = name_col + by if name_col is not None and name_col > after else name_col
        records += _row_records(offset, line, row, name, name_k, unit_k, shifted, default_unit)
    if SEP not in rows[h - 1][1]:  # a spaced table, marked: its quotes as written
        records = [replace(r, quote=r.quote.replace("|", " ")) for r in records]
    # The header and the cells of the columns read are not read again as sentences; the other cells
    # (the 建设内容 of a project table) still are.
    numeric = {k for row in cells[h:] for k, cell in enumerate(row) if _value_of(cell) or _values(cell)}  # 2024年计划, 总投资 too
    captions = {k for k, c in enumerate(head) if _SERIAL_HEAD_RE.match(c) or _GROUP_HEAD_RE.match(c)}
    taken = {name_col, unit_col, *numeric} | captions
    spans = [(rows[h - 1][0], rows[h - 1][0] + len(rows[h - 1][1]))]
    for (offset, _), row in zip(rows[h:], cells[h:]):
        at = offset
        for k, cell in enumerate(row):
            if k in taken:
                spans.append((at, at + len(cell)))
            at += len(cell) + 1
    return Table(tuple(records), tuple(spans))


def _across(rows: list[tuple[int, str]], cells: list[list[str]], y: int, first: int | None) -> Table | None:
    """A table laid across: the names in a 主要指标 row, each under-row a value column its first cell names
    (2022年目标值 | 78% | 32%; 属性 | 约束性 names none). A record per value, named by the cell above it."""
    records: list[Target] = []
    spans: list[tuple[int, int]] = []
    names: list[str] = []
    for (offset, line), row in zip(rows, cells):
        lead = "".join(row[0].split())
        if _NAME_HEAD_RE.search(lead) and not any(_value_of(c) for c in row[1:]):
            names = row
            continue
        cols = _columns([lead], set(), y, first) if names else []
        if not cols:
            continue
        spans.append((offset, offset + len(line)))
        at = offset + len(row[0]) + 1
        for cell, name_cell in zip(row[1:], names[1:]):
            m = _value_of(cell)
            name, unit = _name_unit(_closed(name_cell))
            if m and _has_cjk(name):
                written = (m.group("unit") or "").strip()
                unit = _per(written) if written and _is_unit(written) else cols[0].unit or unit
                start = at + len(cell) - len(cell.lstrip())
                quote = f"{name}{SEP}{cell.strip()}"
                records.append(_record(name, m, unit, cols[0], quote, start - len(name) - len(SEP), start - len(name) - len(SEP), start))
            at += len(cell) + 1
    return Table(tuple(records), tuple(spans)) if records else None


def _header(rows: list[list[str]]) -> list[str]:
    """The header's cells: a two-row header joined column by column ("2025年" over "目标" → "2025年目标")."""
    rows = [["".join(c.split()) for c in row] for row in rows]  # 2025年 预计, 指 标: one header word each
    # A caption over the header (one text, spread over every column) or a row of another width is no part of it.
    while len(rows) > 1 and (len(rows[0]) != len(rows[-1]) or len({c for c in rows[0] if c}) < 2):
        rows = rows[1:]
    head = rows[-1]
    for upper in reversed(rows[:-1]):
        head = [(u + c if u and u != c and not c.startswith(u) else c) for u, c in zip(upper, head)] + head[len(upper):]
    return head


def _columns(head: list[str], taken: set[int | None], y: int, first: int | None, record: bool = False) -> list[Column]:
    """The value columns a header names, each with its role and period (a growth takes the column before it; in a
    plan for several years, a yearless 年均/累计 column is over all of them; in a record of results, a column that
    names no target, 本年收费金额, holds results)."""
    out: list[Column] = []
    span = f"{first}-{y}" if first and first < y else ""
    restated = -1  # the column of an earlier plan's target, restated
    yearly = record and any("本年" in c for c in head)  # a record's table of the year (信息公开年度报告)
    for k, cell in enumerate(head):
        if k in taken or not cell or _SERIAL_HEAD_RE.match(cell) or (record and k and cell == head[k - 1]):
            continue  # a record's cell spanning columns stands in each it covers (本年处理决定数量 ×3): one column
        m = _YEAR_RE.search(cell)
        # 上年完成: last year's figure; 比上年增长 is a growth over it, of no year of its own
        year = int(m.group(1)) if m else (y - 1 if re.search("(?<!比)(?<!较)(?:上年|去年)", cell) else y if re.search("本年|今年", cell) else None)
        growth = bool(_GROWTH_HEAD_RE.search(cell))
        bracket = _BRACKET_UNIT_RE.search(cell)
        unit = _per(bracket.group(1)) if bracket and _is_unit(bracket.group(1)) else ("%" if growth else "")
        actual, target = _ACTUAL_HEAD_RE.search(cell), _TARGET_HEAD_RE.search(cell)
        if year is None and growth and restated == k - 1:  # 规划目标(2025年) | 年均增速: the restated target's growth
            continue
        if year is None and span and _SPAN_HEAD_RE.search(cell):  # 2030年目标 | 年均/累计: over 2026-2030
            role, period, growth = "target", span, "年均" in cell
        elif year is None and growth and out:  # "增长(%)" after "2025年目标": that target's growth
            role, period = out[-1].role, out[-1].period
        elif year is None and not (actual or target or yearly):  # 现行有效件数 beside 本年制发件数: the year's too
            continue
        elif actual or (year is not None and year < y and not target):
            role, period = "actual", str(year if year is not None else y - 1)
        elif target and year is not None and year < y:
            restated = k
            continue  # last year's plan, restated: neither this year's target nor a result
        else:
            role, period = "target", str(year if year is not None else y)
        role = "actual" if record and not target else role  # a record's 本年收费金额: the year's result; its 目标 a target
        out.append(Column(k, role, period, unit, growth, bool(_DOWN_HEAD_RE.search(cell)), span))
    if yearly and len(out) > 1:  # 行政规范性文件 | 58 | 45 | 546 under 本年制发件数 | 本年废止件数 | 现行有效件数
        out = [replace(c, label=_record_label(head[c.index])) for c in out]
    return out


def _record_label(cell: str) -> str:
    """What a record's value column counts, without its year and unit: 本年制发件数 → 制发件数."""
    label = _BRACKET_UNIT_RE.sub("", cell)
    for word in ("本年", "上年", "今年"):
        label = label.replace(word, "")
    return label


def _has_cjk(text: str) -> bool:
    """True when the text holds a CJK character (a range test: a regex of the range costs ~9 M instructions to compile)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _is_unit(word: str) -> bool:
    """A written unit (亿元, %, 万人, 个, 1/10万); an empty cell is none."""
    return word in ("%", "‰", "个百分点") or bool(word and N.unit_category(_per(word)))


def _per(unit: str) -> str:
    """A rate's unit without the 1 a table writes it with: 1/10万 is /10万, as 15.7/10万 is written."""
    return unit[1:] if unit.startswith("1/") else unit


def _numbered(cell: str) -> bool:
    """True when a cell holds a number other than a year or a month (a header's 2025年, 1-11月 are no data)."""
    return any(ch.isdigit() for ch in _DATE_IN_HEAD_RE.sub("", cell))


def _value_of(cell: str) -> re.Match | None:
    """A cell holding one number (or range) with an optional unit and qualifier."""
    cell = cell.strip()
    opens = (cell[:1].isdigit() or cell[:1] in "≥>≤<不约超-−[［〔【" or cell[:2] in _CELL_VERBS or cell.lstrip("“\"")[:1] == "十"
             or cell.startswith(_CELL_AIMS) or (cell[1:3] == "20" and cell[:1] in "比较"))  # 比2015年(24.31)降低10个百分点
    m = _CELL_RE.match(cell) if opens else None
    if m and m.group("unit") and not _is_unit(m.group("unit").strip()) and not _years_counted(m):
        return None  # 2024年完成, 3号楼: no value
    if m and m.group("note") and _is_unit(_closed(m.group("note"))):
        return None  # 12 (万元): a unit in brackets, no note
    return m


def _years_counted(m: re.Match) -> bool:
    """A number of years (平均受教育年限 | 11.4年 | 12.3年以上), not a year (2020年): a fraction or under a hundred."""
    return m.group("unit").strip() == "年" and ("." in m.group("n1") or int(m.group("n1")) < 100)


def _row_name(row: list[str], name_cols: list[int], group: str) -> tuple[str, str]:
    """A row's name and the group name it leaves for the rows below. A name split over two columns (每千人口拥有医护人员数
    | 执业医师数(人), a merged cell spanning the header's 指标) is its group's and its own; a row whose group cell is
    empty or repeated (| | 注册护士数(人)) takes the group above; a sub-name that says its group's words stands alone."""
    parts = [L.ENUM_PREFIX.sub("", row[k].strip()) for k in name_cols if k < len(row)]  # (一)地区生产总值, 24. 常住人口
    if len(parts) < 2:
        return (parts[0] if parts else ""), ""
    own, sub = parts[0], parts[-1]
    if not sub or sub == own:
        return own, ""
    group = own or group
    return (sub if not group or sub[:2] == group[:2] else group + sub), group


def _row_records(offset: int, line: str, row: list[str], name: str, name_col: int | None, unit_col: int | None,
                 columns: list[Column], default_unit: str) -> list[Target]:
    """The records of one data row: one per value column with a number."""
    if name_col is None:
        name_col = next((k for k, c in enumerate(row) if _has_cjk(c) and not _value_of(c)), None)
        name = L.ENUM_PREFIX.sub("", row[name_col].strip()) if name_col is not None else ""  # not the 5 of 5G基站
    if name_col is None or name_col >= len(row):
        return []
    name, _, parts = name.partition("其中")
    name, row_unit = _name_unit(_closed(name))
    if unit_col is not None and unit_col < len(row) and _cell_unit(row[unit_col]):
        row_unit = _cell_unit(row[unit_col])
    if not name or not _has_cjk(name):
        return []
    subs = [_name_unit(_closed(p)) for p in parts.lstrip(":：").split()]
    starts, at = [], offset
    for cell in row:
        starts.append(at)
        at += len(cell) + 1
    out = []
    name_start = starts[name_col] + len(row[name_col]) - len(row[name_col].lstrip())
    for col in columns:
        if col.index >= len(row):
            continue
        for (part, part_unit), m, cell_start in _cell_parts(row[col.index], starts[col.index], (name, row_unit), subs):
            written = (m.group("unit") or "").strip()
            unit = _per(written) if written and (_is_unit(written) or _years_counted(m)) else (col.unit or part_unit or default_unit)
            if col.growth and not unit:
                unit = "%"
            out.append(_record(part + col.label, m, unit, col, line, offset, name_start, cell_start))
    return out


def _values(cell: str) -> list[str]:
    """The numbers of a cell holding one for each sub-row (34.52% 77.34% under 其中:小学 初中), or []; the text closes
    the space after a qualifier before a digit (80%以上85%以上), opened again here."""
    tokens = _QUAL_THEN_DIGIT_RE.sub(r"\1 ", cell).split()
    return tokens if len(tokens) > 1 and all(_value_of(t) for t in tokens) else []


def _cell_parts(cell: str, at: int, main: tuple[str, str], subs: list[tuple[str, str]]) -> list[tuple[tuple[str, str], re.Match, int]]:
    """The (name, unit), value and offset of each number of a cell. A row named A 其中:B C gives one number a sub-row:
    B and C parts of A when A has none of its own (义务教育标准班额比例 其中:小学 初中 | 34.52% 77.34%), else A's first and
    then each part of it (幼儿教师专科及以上学历比例 其中:本科及以上学历比例 | 97.74% 49.85%)."""
    m = _value_of(cell)
    if m:
        return [(main, m, at + len(cell) - len(cell.lstrip()))]
    tokens = _values(cell) if subs else []
    if len(tokens) not in (len(subs), len(subs) + 1):
        return []
    name, unit = main
    named = [main] if len(tokens) > len(subs) else []
    mark = "中" if named else ""
    named += [(f"{name}{mark}{sub}" if mark else f"{name}({sub})", sub_unit or unit) for sub, sub_unit in subs]
    out, pos = [], 0
    for token, part in zip(tokens, named):
        pos = cell.find(token, pos)
        out.append((part, _value_of(token), at + pos))
        pos += len(token)
    return out


def _closed(cell: str) -> str:
    """A cell's words without the spaces where the cell wrapped (…占地区生 产总值比重, 人/ 亿元): a Chinese word has none."""
    return "".join(cell.split()) if _has_cjk(cell) else cell.strip()


def _cell_unit(cell: str) -> str:
    """The unit a 单位 cell writes, or "": 万套（间） the first of its two ways of counting (上海“十五五”规划纲要 表1)."""
    unit = _closed(cell)
    cut = max(unit.rfind("("), unit.rfind("（"))
    if cut > 0 and unit[-1:] in ")）" and not _is_unit(unit):
        unit = unit[:cut]
    return _per(unit) if _is_unit(unit) else ""


def _name_unit(name: str) -> tuple[str, str]:
    """A row's name without the unit in its last brackets, and that unit: 地区生产总值(亿元), 地区生产总值(GDP)增长(%),
    平均受教育年限(年); a bracket naming no unit (GDP, R&D, PM2.5, 助理) stays in the name."""
    bracket = None
    for bracket in _BRACKET_UNIT_RE.finditer(name):
        pass
    if bracket is None:
        return name, ""
    unit = bracket.group(1)
    if _is_unit(unit) or (unit == "年" and name[: bracket.start()].endswith("年限")):
        return name[: bracket.start()] + name[bracket.end() :], _per(unit)
    return name, ""


def _without_rate(name: str) -> tuple[str, list[str]]:
    """A row name stripped of its change words, and them: 单位GDP能耗下降 a fall of 单位GDP能耗, 地区生产总值年均增长率 a growth."""
    rate = next((w for w in L.RATE_OF_CHANGE if name.endswith(w)), None)
    if rate is None:
        return strip_indicator(name)
    stem, said = strip_indicator(name[: -len(rate)])
    return (stem, [*said, L.RATE_OF_CHANGE[rate]]) if stem else (name, [])


def counted_unit(unit: str) -> bool:
    """Things counted, in ones or in ten thousands (万套, 万个), as the sentence reader reads them: a count, so that a
    target moved from a table to a sentence pairs with itself; a herd's 万头 is output, a level."""
    factor, base = N.split_unit(unit)
    return N.unit_category(base) == "count" and (factor == 1 or (unit[:1] in "万亿" and base not in L.HERD_UNITS))


def _mean_of_rate(name: str, said: list[str], cat: str) -> bool:
    """True for a row in % named by a rate that is no change (城镇调查失业率 < 5.0): under a five-year plan's 年均
    column its cell is the rate over the plan's years, not a growth."""
    rate = name.endswith((*L.RATE_ENDS, "比重", "占比")) and not L.GROWTH_NOUN_RE.search(name)
    return rate and cat in ("percent", "permille") and not any(w in L.GROWTH_WORDS for w in said)


def _record(name: str, m: re.Match, unit: str, col: Column, line: str, offset: int, name_at: int, at: int) -> Target:
    """The Target of one cell."""
    name, said = _without_rate(without_unit_gloss(name))  # 单位GDP能耗下降(%): a fall of 单位GDP能耗
    n1, n2 = float(m.group("n1")), m.group("n2")
    value, low, high = (None, n1, float(n2)) if n2 else (n1, None, None)
    pre, post = m.group("pre"), m.group("post") or m.group("inpost")  # 【350左右】: a five-year sum, about
    qualifier = post or (_PRE[pre] if pre else None)
    cat = N.unit_category(unit)
    verb = m.group("verb")
    said = [*said, *(("年均", "增长") if verb == "年均增长" else (verb,))] if verb else said
    cumulative = bool(m.group("cum"))  # [125] under 年均/累计, 〔20〕 under 2030年: a sum over the plan's years
    over_span = col.span and (cumulative or (col.role == "target" and "年均" in said))  # a sum, or a 年均 target
    five = L.FIVE_YEAR_PLANS.get(m.group("five") or "")
    period = f"{five}-{five + 4}" if five else col.span if over_span else m.group("year") or col.period
    down = bool(m.group("neg")) or col.down or any(w in L.DOWN_WORDS for w in said)
    grows = col.growth and not cumulative and not (col.period == col.span and _mean_of_rate(name, said, cat))
    if grows or cat == "points" or any(w in L.GROWTH_WORDS for w in said):
        kind, direction = "growth", "down" if down else "up"
    elif qualifier in ("以下", "以内", "不超过"):
        kind, direction = "threshold", "none"
    elif cat in ("percent", "permille"):
        kind, direction = "share", "none"
    elif counted_unit(unit) or (cat == "people" and (N.split_unit(unit)[1] in ("名", "位") or L.NEW_PEOPLE_RE.search(name))):
        kind, direction = "count", "none"
    else:
        kind, direction = "level", "none"
    scale, base_unit = N.base_of(unit, bool(L.MONEY_WORDS_RE.search(name)))
    end = at - offset + len(m.group(0))
    return Target(
        indicator=name.strip(), value=value, min=low, max=high, unit=unit, kind=kind, qualifier=qualifier,
        period=period, quote=line[name_at - offset : end], offset=at, base_value=N.scaled(value, scale),
        base_min=N.scaled(low, scale), base_max=N.scaled(high, scale), base_unit=base_unit, role=col.role,
        direction=direction,
    )
