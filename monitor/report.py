"""Change reports: one ChangeSet model rendered as terminal text, Markdown, HTML and JSON.

Pure module: no I/O. Every report leads with what moved (changed targets), then added,
dropped, outcomes of earlier targets, then the text hunks. The JSON shape is versioned
(`SCHEMA`) and documented in docs/report-json.md; webhooks carry it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from monitor.diff import is_reduction
from monitor.models import Change, ChangeSet, Hunk, Outcome, Target, number_json

SCHEMA = "gov-plan-monitor/changes/v1"
REPORT_SCHEMA = "gov-plan-monitor/report/v1"
NO_CHANGES = "no changes"

_BEFORE = ("力争", "预计", "确保", "约", "不低于", "不超过")  # written before the number
_SECTIONS = (("changed", "调整"), ("added", "新增"), ("dropped", "删除"))
_DIRECTION = {"up": "上调", "down": "下调"}
_CHANGE_WORD = re.compile(r"增长|增速|增幅|涨幅|降低|下降|提高|减少")  # a growth indicator that says so itself
_TEXT_LIMIT = 30  # text hunks shown in text/Markdown/HTML (JSON carries all)


# -- pieces -----------------------------------------------------------------------------


def number(x: float | None) -> str:
    """A number as printed: 10000, 1.6, 0.25 (no exponent, no trailing zeros)."""
    if x is None:
        return "?"
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.6f}".rstrip("0").rstrip(".")


def format_target(t: Target) -> str:
    """A target's number as written: '5300万元', '1-2家', '1200万人以上', '预计10000万元'."""
    n = number(t.value) if t.value is not None else f"{number(t.min)}-{number(t.max)}"
    q = t.qualifier or ""
    return f"{q}{n}{t.unit}" if q in _BEFORE else f"{n}{t.unit}{q}"


def label(indicator: str, kind: str, target: Target | None = None) -> str:
    """The indicator as shown: growth targets say 增长 (财政总收入增长), cuts say 降低 (能耗降低)."""
    if kind == "growth" and not _CHANGE_WORD.search(indicator):
        return f"{indicator}{'降低' if target is not None and is_reduction(target) else '增长'}"
    return indicator


def change_line(c: Change) -> str:
    """One change on one line: '一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)'."""
    if c.change == "added":
        assert c.new is not None
        return f"{label(c.indicator, c.kind, c.new)} {format_target(c.new)}"
    if c.change == "dropped":
        assert c.old is not None
        return f"{label(c.indicator, c.kind, c.old)} {format_target(c.old)}"
    assert c.old is not None and c.new is not None
    notes = []
    if c.delta is not None and c.delta.direction:  # a number moved
        notes += [x for x in (c.delta.text, _DIRECTION[c.delta.direction]) if x]
    if "qualifier" in c.what:
        notes.append(f"{c.old.qualifier or '无限定'} → {c.new.qualifier or '无限定'}")
    if "unit" in c.what:
        notes.append(f"单位 {c.old.unit} → {c.new.unit}")
    tail = f" ({', '.join(notes)})" if notes else ""
    return f"{label(c.indicator, c.kind, c.new)} {format_target(c.old)} → {format_target(c.new)}{tail}"


def outcome_line(o: Outcome) -> str:
    """'国内生产总值增长 目标 5%左右, 实际 5.2% (2023): 达成'."""
    verdict = {True: "达成", False: "未达成", None: "无法比较"}[o.met]
    period = f" ({o.period})" if o.period else ""
    return f"{label(o.indicator, o.kind, o.target)} 目标 {format_target(o.target)}, 实际 {format_target(o.actual)}{period}: {verdict}"


def heading(cs: ChangeSet) -> str:
    """'王坛镇 王坛镇2025年工作计划 (2025-03-18), compared with 王坛镇2024年工作计划 (2024-03-26)'."""
    new, old = cs.new, cs.old

    def name(v) -> str:
        return (v.title or v.file or v.url or "(untitled)") + (f" ({v.date})" if v.date else "")

    who = f"{new.publisher} " if new.publisher else ""
    if cs.kind == "plan":
        return f"{who}{name(new)}, compared with the earlier plan {name(old)}"
    if old.seq and new.seq:
        return f"{who}{name(new)}, version {new.seq} compared with version {old.seq}"
    return f"{who}{name(new)}, compared with {name(old)}"


def _is_web(url: str | None) -> bool:
    """True for a web address (not a replayed file's index: or file: name)."""
    return bool(url) and url.startswith(("http://", "https://")) and not any(c in url for c in " <>\"")


def summary(cs: ChangeSet) -> dict[str, int]:
    """Counts per section: changed, added, dropped, outcomes, text."""
    counts = {k: sum(1 for c in cs.changes if c.change == k) for k, _ in _SECTIONS}
    counts["outcomes"] = len(cs.outcomes)
    counts["text"] = len(cs.hunks)
    return counts


def _sections(cs: ChangeSet) -> list[tuple[str, str, list[str]]]:
    """(key, Chinese title, lines) for each non-empty target section, in report order."""
    out = []
    for key, title in _SECTIONS:
        lines = [change_line(c) for c in cs.changes if c.change == key]
        if lines:
            out.append((key, title, lines))
    if cs.outcomes:
        out.append(("outcomes", "完成情况", [outcome_line(o) for o in cs.outcomes]))
    return out


# -- text -------------------------------------------------------------------------------


def render_text(changesets: Iterable[ChangeSet]) -> str:
    """The terminal report of change sets ('no changes' when there are none)."""
    blocks = [_text_block(cs) for cs in changesets if not cs.empty]
    return "\n\n".join(blocks) + "\n" if blocks else NO_CHANGES + "\n"


def _text_block(cs: ChangeSet) -> str:
    """One change set as plain text."""
    lines = [heading(cs)]
    if _is_web(cs.new.url):
        lines.append(cs.new.url)
    lines += [f"附件 from {name} {url}" for name, url in cs.new.attachments]
    marks = {"changed": "~", "added": "+", "dropped": "-", "outcomes": "="}
    for key, title, items in _sections(cs):
        lines.append(f"{title} {key} ({len(items)}):")
        lines += [f"  {marks[key]} {x}" for x in items]
    if cs.hunks:
        lines.append(f"文字修改 text ({len(cs.hunks)}):")
        for h in cs.hunks[:_TEXT_LIMIT]:
            lines += [f"  - {s}" for s in h.old] + [f"  + {s}" for s in h.new]
        if len(cs.hunks) > _TEXT_LIMIT:
            lines.append(f"  ... {len(cs.hunks) - _TEXT_LIMIT} more")
    return "\n".join(lines)


# -- Markdown ---------------------------------------------------------------------------

# Every ASCII punctuation mark that starts Markdown or HTML syntax (emphasis, code, links, images,
# autolinks such as http://..., entities, headings, tables); a backslash before each is inert.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~()!&]|(?<=[A-Za-z]):(?=//))")


def md_escape(s: str) -> str:
    """Page text made inert in Markdown (no emphasis, links, images, autolinks or HTML from a page)."""
    return _MD_SPECIAL.sub(r"\\\1", s)


def render_markdown(changesets: Iterable[ChangeSet], *, fenced: bool = True) -> str:
    """The Markdown report (files; `fenced=False` for chat robots, which render no code blocks)."""
    blocks = [_markdown_block(cs, fenced) for cs in changesets if not cs.empty]
    return "\n\n".join(blocks) + "\n" if blocks else NO_CHANGES + "\n"


def _markdown_block(cs: ChangeSet, fenced: bool = True) -> str:
    """One change set as Markdown."""
    lines = [f"### {md_escape(heading(cs))}"]
    if _is_web(cs.new.url):
        lines += ["", f"<{cs.new.url}>"]
    lines += [f"附件 from {md_escape(name)}" + (f" <{url}>" if _is_web(url) else "") for name, url in cs.new.attachments]
    for key, title, items in _sections(cs):
        lines += ["", f"**{title} {key} ({len(items)})**", ""]
        lines += [f"- {md_escape(x)}" for x in items]
    if cs.hunks and not fenced:  # DingTalk/WeCom/Feishu render Markdown inside a fence: escape each line
        lines += ["", f"**文字修改 text ({len(cs.hunks)})**", ""]
        for h in cs.hunks[:_TEXT_LIMIT]:
            lines += [f"- 原：{md_escape(s)}" for s in h.old] + [f"- 新：{md_escape(s)}" for s in h.new]
        if len(cs.hunks) > _TEXT_LIMIT:
            lines.append(f"- … {len(cs.hunks) - _TEXT_LIMIT} more")
    elif cs.hunks:
        lines += ["", f"**文字修改 text ({len(cs.hunks)})**", "", "```diff"]
        for h in cs.hunks[:_TEXT_LIMIT]:
            lines += [f"- {s.replace('```', 'ˋˋˋ')}" for s in h.old] + [f"+ {s.replace('```', 'ˋˋˋ')}" for s in h.new]
        if len(cs.hunks) > _TEXT_LIMIT:
            lines.append(f"... {len(cs.hunks) - _TEXT_LIMIT} more")
        lines.append("```")
    return "\n".join(lines)


# -- HTML -------------------------------------------------------------------------------


def render_html(changesets: Iterable[ChangeSet], title: str = "Plan changes") -> str:
    """A self-contained HTML page (e-mail); every piece of page text escaped."""
    e = html.escape
    blocks = [_html_block(cs) for cs in changesets if not cs.empty] or [f"<p>{NO_CHANGES}</p>"]
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title>"
        "<style>del{color:#a00}ins{color:#070;text-decoration:none}li{margin:.2em 0}</style>"
        "</head><body>\n" + "\n".join(blocks) + "\n</body></html>\n"
    )


def _html_block(cs: ChangeSet) -> str:
    """One change set as an HTML section."""
    e = html.escape
    out = [f"<section><h2>{e(heading(cs))}</h2>"]
    if _is_web(cs.new.url):
        out.append(f'<p><a href="{e(cs.new.url)}">{e(cs.new.url)}</a></p>')
    out += [f'<p>附件 from <a href="{e(url)}">{e(name)}</a></p>' if _is_web(url) else f"<p>附件 from {e(name)}</p>"
            for name, url in cs.new.attachments]
    for key, title, items in _sections(cs):
        out.append(f"<h3>{e(title)} {key} ({len(items)})</h3><ul>")
        out += [f"<li>{e(x)}</li>" for x in items]
        out.append("</ul>")
    if cs.hunks:
        out.append(f"<h3>文字修改 text ({len(cs.hunks)})</h3><ul>")
        for h in cs.hunks[:_TEXT_LIMIT]:
            old = "".join(f"<del>{e(s)}</del>" for s in h.old)
            new = "".join(f"<ins>{e(s)}</ins>" for s in h.new)
            out.append(f"<li>{old}{'<br>' if old and new else ''}{new}</li>")
        if len(cs.hunks) > _TEXT_LIMIT:
            out.append(f"<li>... {len(cs.hunks) - _TEXT_LIMIT} more</li>")
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)


# -- JSON -------------------------------------------------------------------------------


def target_json(t: Target | None) -> dict | None:
    """One side of a change: value, min, max, unit, qualifier, period, quote and the base-unit value."""
    if t is None:
        return None
    return {
        "value": number_json(t.value),
        "min": number_json(t.min),
        "max": number_json(t.max),
        "unit": t.unit,
        "qualifier": t.qualifier,
        "period": t.period,
        "quote": t.quote,
        "base_value": number_json(t.base_value),
        "base_min": number_json(t.base_min),
        "base_max": number_json(t.base_max),
        "base_unit": t.base_unit,
    }


def change_json(c: Change) -> dict:
    """One target change in the report JSON."""
    return {
        "change": c.change,
        "indicator": c.indicator,
        "kind": c.kind,
        "what": list(c.what),
        "old": target_json(c.old),
        "new": target_json(c.new),
        "delta": c.delta.to_json() if c.delta else None,
        "line": change_line(c),
    }


def hunk_json(h: Hunk) -> dict:
    """One text hunk in the report JSON."""
    return {"change": h.change, "old": list(h.old), "new": list(h.new), "old_at": h.old_at, "new_at": h.new_at}


def outcome_json(o: Outcome) -> dict:
    """One earlier target and its reported actual."""
    return {
        "indicator": o.indicator,
        "kind": o.kind,
        "period": o.period,
        "target": target_json(o.target),
        "actual": target_json(o.actual),
        "met": o.met,
        "line": outcome_line(o),
    }


def report_json(changeset: ChangeSet) -> dict:
    """The versioned JSON of one change set (what webhooks carry; see docs/report-json.md)."""
    cs = changeset
    return {
        "schema": SCHEMA,
        "kind": cs.kind,
        "detected_at": cs.detected_at,
        "heading": heading(cs),
        "old": cs.old.to_json(),
        "new": cs.new.to_json(),
        "summary": summary(cs),
        "changes": [change_json(c) for c in cs.changes],
        "outcomes": [outcome_json(o) for o in cs.outcomes],
        "text": [hunk_json(h) for h in cs.hunks],
    }


def report_json_many(changesets: Iterable[ChangeSet]) -> dict:
    """Several change sets (`monitor report --json`): {schema, changesets: [report_json...]}."""
    return {"schema": REPORT_SCHEMA, "changesets": [report_json(cs) for cs in changesets if not cs.empty]}


RENDERERS = {"text": render_text, "markdown": render_markdown, "html": render_html}
