"""The seed format: plain-text page captures (metadata header, title, body).

`parse` reads every capture layout in `seeds/` (and the canonical one);
`render` writes the canonical layout, which `parse` reads back unchanged.
The canonical layout is specified in docs/seed-format.md. Pure module: no I/O
except `read_capture`/`parse_file`, which only read a local file.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from monitor.errors import NoHeaderError, ParseError
from monitor.models import Document

# Canonical header: (label, Document field), always all lines, in this order.
CANONICAL = (
    ("索引号", "index_no"),
    ("发布机构", "publisher"),
    ("发文日期", "date"),
    ("发布时间", "published_at"),
    ("组配分类", "category"),
    ("公开方式", "disclosure"),
    ("文号", "doc_number"),
    ("信息来源", "source"),
    ("网址", "url"),
)

# Labels seen in captures, mapped to the field they fill (None: read and dropped).
# Fields listed first win when a capture has several labels for one field.
LABELS: dict[str, str | None] = {
    "索引号": "index_no",
    "信息索引号": "index_no",
    "发布机构": "publisher",
    "发布单位": "publisher",
    "发文机关": "publisher",
    "发文日期": "date",
    "成文日期": "date",
    "公开日期": "date",
    "生成日期": "date",
    "发布日期": "date",
    "发布时间": "published_at",
    "组配分类": "category",
    "公开方式": "disclosure",
    "公开形式": "disclosure",
    "文号": "doc_number",
    "信息来源": "source",
    "来源": "source",
    "网址": "url",
    "原文网址": "url",
    "文件编码": None,
    "文件登记号": None,
    "主题分类": None,
    "体裁分类": None,
    "有效性": None,
    "公开范围": None,
    "公开时限": None,
    "访问次数": None,
    "浏览次数": None,
    "字号": None,
}
_DATE_LABELS = ("发文日期", "成文日期", "公开日期", "生成日期", "发布日期")
_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s|]))("
    + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True))
    + r")\s*(?::|(?=\s*\|)|$)"
)
_CHROME_RE = re.compile(r"^(?:分享到?|打印本页|关闭窗口|【?打印】?|字号【.*|扫一扫.*)\s*:?\s*$")
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s*(\d{1,2}):(\d{2}))?")
_ITEM_START = re.compile(r"(?:\(|（)[一二三四五六七八九十]+(?:\)|）)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]+、")
_SENTENCE_END = "。;；!！?？:：)）」”"
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


# Circled numbers (①-⑳, ㉑-㊿) number the items of a list (岳阳市 and 四平市 政府工作报告: ①实施…;②救助…); NFKC makes
# them bare digits, which the extractor reads as item numbers (bare-item), unless the item opens with a number of its
# own: ②20个村 would become 220个村. Before a digit one is written (2), as NFKC writes ⑵; elsewhere NFKC's digit stays,
# so the text (and every quote in it) is the NFKC text of the page.
_CIRCLED = {c: f"({unicodedata.normalize('NFKC', c)})" for c in map(chr, (*range(0x2460, 0x2474), *range(0x24EB, 0x24FF),
                                                                           *range(0x3251, 0x3260), *range(0x32B1, 0x32C0)))
            if "CIRCLED" in unicodedata.name(c, "") and unicodedata.normalize("NFKC", c).isascii()}
_CIRCLED_RE = re.compile(f"[{''.join(_CIRCLED)}](?=[0-9\uff10-\uff19])")


def unnumbered(s: str) -> str:
    """s with each circled number before a digit written (N), before NFKC would run the two numbers together."""
    return _CIRCLED_RE.sub(_circled, s)


def _circled(m: re.Match) -> str:
    """The (N) of a circled number."""
    return _CIRCLED[m.group(0)]


def clean_line(s: str) -> str:
    """NFKC-normalize one line (℅ typed for % as a percent sign, a circled number before a digit as (N)), turn
    control characters into spaces and strip it."""
    if "℅" in s:  # NFKC would make it "c/o": 抽检合格率达98℅以上, 药浴率达到95℅以上
        s = s.replace("℅", "%")
    s = unicodedata.normalize("NFKC", unnumbered(s))
    # Every _BAD_CHARS character is unprintable: a printable line (nearly every one) has none to look for.
    return (s if s.isprintable() else _BAD_CHARS.sub(" ", s)).strip()


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])  # not tab, newline, CR, form feed: a text capture has few
# Non-ASCII characters read as UTF-8 before its first error that make a file UTF-8 (cut or damaged), not GBK:
# GBK bytes pass for one or two UTF-8 characters by chance, for four hardly ever.
_UTF8_EVIDENCE = 4


def read_capture(path: str | Path) -> str:
    """Read a capture file as text: UTF-8 (or GB18030), never a lossy guess (a cut UTF-8 file is no GB18030 text)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"{p}: cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ParseError(f"{p}: empty file")
    head = data[:4096]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in data or controls > len(head) // 100:
        raise ParseError(f"{p}: binary file, not a text capture")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        read = data[: exc.start].decode("utf-8-sig")
        if sum(not c.isascii() for c in read) >= _UTF8_EVIDENCE:  # UTF-8 up to a cut or a broken byte: never GB18030
            raise ParseError(f"{p}: broken UTF-8 at byte {exc.start} of {len(data)} ({exc.reason}), after "
                             f"{read[-20:].strip()!r}: the file is cut or damaged") from None
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ParseError(f"{p}: not UTF-8 or GB18030 text") from None


def parse_file(path: str | Path) -> Document:
    """Parse a capture file into a Document (errors name the file)."""
    return parse(read_capture(path), str(path))


def parse(text: str, name: str = "<text>") -> Document:
    """Parse a capture in any known layout; raise ParseError naming `name`."""
    if not text.strip():
        raise ParseError(f"{name}: empty file")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    doc = _parse_canonical(lines)
    return doc if doc is not None else _parse_capture(lines, name)


def parse_plain(text: str, name: str = "<text>") -> Document:
    """A text with no header: every non-empty line a paragraph; a Markdown front matter's title and date are its own."""
    lines = text.split("\n")
    title = date = None
    if lines[0].strip() == "---":
        end = next((i for i, x in enumerate(lines[1:40], 1) if x.strip() == "---"), None)
        if end is not None:
            keys = dict(x.split(":", 1) for x in lines[1:end] if ":" in x)
            title = clean_line(keys.get("title", "").strip().strip("\"'")) or None
            date = _date(keys.get("date"))[0]  # a saved news item's page date dates its "今年"
            lines = lines[end + 1 :]
    paragraphs = tuple(p for p in (clean_line(x) for x in lines) if p)
    if not paragraphs:
        raise ParseError(f"{name}: empty file")
    return Document(title=title, paragraphs=paragraphs, date=date)


def render(doc: Document) -> str:
    """Write a Document in the canonical seed layout."""
    out = [f"{label}: {_one_line(getattr(doc, f))}".rstrip() for label, f in CANONICAL]
    out += ["", _one_line(doc.title), ""]
    for p in doc.paragraphs:
        out += [_one_line(p), ""]
    return "\n".join(out)


def _one_line(value: str | None) -> str:
    """A field value on one clean line ('' for None)."""
    return clean_line(value or "")


def _parse_canonical(lines: list[str]) -> Document | None:
    """The canonical layout, or None when the text is not in it."""
    n = len(CANONICAL)
    if len(lines) < n + 2 or lines[n] != "":
        return None
    fields: dict[str, str | None] = {}
    for (label, field), line in zip(CANONICAL, lines):
        if not (line == f"{label}:" or line.startswith(f"{label}: ")):
            return None
        fields[field] = clean_line(line[len(label) + 1 :]) or None
    title = clean_line(lines[n + 1]) or None
    paragraphs = tuple(p for p in (clean_line(x) for x in lines[n + 2 :]) if p)
    return Document(title=title, paragraphs=paragraphs, **fields)


def _label_pairs(line: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of a header line such as '索引号: x 公开方式: y'."""
    found = list(_LABEL_RE.finditer(line))
    pairs = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        value = line[m.end() : end].strip().strip("|").strip()
        pairs.append((m.group(1), value))
    return pairs


def _is_header_line(line: str) -> bool:
    """True when a line starts with a known label (a metadata row)."""
    m = _LABEL_RE.match(line.lstrip("| "))
    return bool(m)


def _parse_capture(lines: list[str], name: str) -> Document:
    """Any non-canonical capture layout: header rows, chrome, title, body."""
    values: dict[str, str] = {}  # label -> first non-empty value
    fallback: dict[str, str] = {}  # mobile bullet block values
    breadcrumb: str | None = None
    seen_label = False
    title: str | None = None
    i = 0
    while i < len(lines):
        raw = lines[i]
        line = clean_line(raw)
        i += 1
        bare = line.strip("| ").strip()
        if not bare:
            continue
        if bare.startswith("•"):
            label = bare.lstrip("• ").rstrip(":").strip()
            value = ""
            while i < len(lines) and (not lines[i].strip() or lines[i][:1].isspace()):
                if lines[i].strip() and not lines[i].strip().startswith("•"):
                    value = value or clean_line(lines[i])
                elif lines[i].strip().startswith("•"):
                    break
                i += 1
            if label in LABELS and value:
                fallback.setdefault(label, value)
            continue
        if ">>" in bare or "当前所在的位置" in bare or bare.startswith("当前位置"):
            parts = [p.strip() for p in bare.split(">>") if p.strip()]
            if len(parts) > 1 or ">>" in bare:
                breadcrumb = parts[-1] if parts else breadcrumb
            continue
        if _is_header_line(line):
            seen_label = True
            cells = [c.strip() for c in line.split("|")] if "|" in line else [line]
            for label, value in _pairs_of_cells(cells):
                if value:
                    values.setdefault(label, value)
            continue
        title = " ".join(c.strip() for c in bare.split("|") if c.strip())
        break
    if not seen_label:
        raise NoHeaderError(
            f"{name}: no recognizable header (索引号, 发布机构, 发文日期 or another metadata label)"
        )
    if title is None:
        raise ParseError(f"{name}: truncated capture: the header is not followed by a title and body")
    paragraphs = _body(lines[i:], title, values)
    if not paragraphs:
        raise ParseError(f"{name}: truncated capture: no body after the title {title!r}")
    for label, value in fallback.items():
        values.setdefault(label, value)
    return from_labels(title, paragraphs, values, breadcrumb)


def _pairs_of_cells(cells: list[str]) -> list[tuple[str, str]]:
    """Label/value pairs from table cells ('索引号 | v | 公开方式 | v') or one colon line."""
    if len(cells) == 1:
        return _label_pairs(cells[0])
    pairs: list[tuple[str, str]] = []
    label: str | None = None
    for cell in cells:
        m = _LABEL_RE.match(cell)
        if m and m.end() == len(cell):  # a label cell, value in the next cell
            label = m.group(1)
            continue
        if m:  # 'label: value' in one cell
            pairs.extend(_label_pairs(cell))
            label = None
        elif label is not None:
            pairs.append((label, cell))
            label = None
    return pairs


def _body(lines: list[str], title: str, values: dict[str, str]) -> tuple[str, ...]:
    """Body paragraphs after the title, with page chrome removed."""
    out: list[str] = []
    started = title_seen = False
    for raw in lines:
        for cell in clean_line(raw).split("|"):
            line = cell.strip()
            if not line:
                continue
            if not started:
                if line == title and not title_seen:
                    title_seen = True
                    continue
                pairs = _label_pairs(line) if _is_header_line(line) else []
                if pairs:
                    for label, value in pairs:
                        if value:
                            values.setdefault(label, value)
                    continue
                if _CHROME_RE.match(line):
                    continue
                started = True
            out.extend(_split_paragraph(line))
    while out and (_CHROME_RE.match(out[-1]) or _is_header_line(out[-1])):
        out.pop()
    return tuple(out)


def _split_paragraph(line: str) -> list[str]:
    """Split a line that holds several paragraphs joined by spaces (table cells)."""
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"\s+", line):
        before = line[m.start() - 1] if m.start() else ""
        if before in _SENTENCE_END or _ITEM_START.match(line, m.end()):
            parts.append(line[start : m.start()])
            start = m.end()
    parts.append(line[start:])
    return [p.strip() for p in parts if p.strip()]


def from_labels(
    title: str, paragraphs: tuple[str, ...], values: dict[str, str], breadcrumb: str | None = None
) -> Document:
    """A Document from labelled metadata values ({'发布机构': '王坛镇', …}), as captures and pages give them."""
    fields: dict[str, str | None] = {}
    for label, value in values.items():
        field = LABELS.get(label)
        if field and field not in fields and label not in _DATE_LABELS:
            fields[field] = value
    date_value = next((values[k] for k in _DATE_LABELS if values.get(k)), None)
    date, date_time = _date(date_value)
    _, published = _date(values.get("发布时间"))
    fields["date"] = date
    fields["published_at"] = published or date_time
    fields.setdefault("category", breadcrumb)
    return Document(title=title, paragraphs=paragraphs, **fields)


def _date(value: str | None) -> tuple[str | None, str | None]:
    """('YYYY-MM-DD', 'YYYY-MM-DD HH:MM' or None) from a written date."""
    m = _DATE_RE.search(value or "")
    if not m:
        return None, None
    y, mo, d, hh, mm = m.groups()
    day = f"{y}-{int(mo):02d}-{int(d):02d}"
    return day, (f"{day} {int(hh):02d}:{mm}" if hh else None)
