"""Target trends across years and across publishers: pure computation, no I/O.

A publisher's plans, oldest year first, are chained into series, one per indicator: each
year's targets are matched to the latest point of every series by the diff's own rules
(monitor.diff.prepare/match: normalized indicator and kind, near-synonyms, base units, % and
个百分点 never mixed), so a trend says the same as the change report. The result of a year's
target is the actual reported for that year by a later document (the next year's review, a
summary), judged by monitor.diff.outcomes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from monitor.diff import amount, compare, match, midpoint, normalize_indicator, outcomes, prepare, restates, synonym_key
from monitor.models import Change, Outcome, Target, number_json
from monitor.report import format_target, label, target_json


@dataclass(frozen=True)
class Plan:
    """One plan of a publisher as the trend sees it: its year, where it is, its targets and actuals."""

    year: int
    publisher: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    version_id: int | None = None
    document_id: int | None = None
    targets: tuple[Target, ...] = ()
    actuals: tuple[Target, ...] = ()


@dataclass(frozen=True)
class Point:
    """One year of a series: the target, the plan it came from, the result and its move from the year before."""

    year: int
    target: Target
    plan: Plan
    result: Target | None = None
    met: bool | None = None  # None: no result, or not comparable
    change: Change | None = None  # against the previous point (None when the same or the first)

    @property
    def status(self) -> str:
        """'met', 'missed', 'no result' or 'not comparable'."""
        if self.result is None:
            return "no result"
        return {True: "met", False: "missed", None: "not comparable"}[self.met]


@dataclass
class Series:
    """One indicator of one publisher across years (points oldest first)."""

    publisher: str
    points: list[Point] = field(default_factory=list)

    @property
    def indicator(self) -> str:
        """The indicator as written in the latest plan."""
        return self.points[-1].target.indicator

    @property
    def kind(self) -> str:
        """The kind of the latest target (level, growth, count, …)."""
        return self.points[-1].target.kind

    @property
    def label(self) -> str:
        """The indicator as shown (growth targets say 增长)."""
        last = self.points[-1].target
        return label(last.indicator, last.kind, last)

    @property
    def unit(self) -> str:
        """The unit the series is compared in (the base unit when converted)."""
        return unit_of(self.points[-1].target)


def unit_of(t: Target) -> str:
    """The unit a target is compared in: the base unit when the extractor converted it."""
    return amount(t)[3]


def value_of(t: Target) -> float | None:
    """The number of a target in its unit as written (the middle of a range)."""
    if t.value is not None:
        return t.value
    if t.min is not None and t.max is not None:
        return (t.min + t.max) / 2
    return t.min if t.min is not None else t.max


def series(plans: list[Plan]) -> list[Series]:
    """A publisher's indicators across years: every target of every plan on exactly one series.

    When a year has several plans (a plan and its half-year update), the later-dated comes last
    and wins a series' point for that year; a page explaining a plan (diff.restates: its 解读, 图解)
    comes before the plans of its year, whatever its date, and gives only the points they leave.
    A target whose unit of comparison changed (% then 个百分点, 元 then 家) starts a new series: one
    line never mixes units.
    """
    ordered = sorted(plans, key=lambda p: (p.year, not restates(p.title), p.date or ""))
    out: list[Series] = []
    for plan in ordered:
        items = prepare(plan.targets, plan.year)
        open_items = [prepare([s.points[-1].target], s.points[-1].year)[0]._replace(order=n) for n, s in enumerate(out)]
        pairs, _, added = match(open_items, items)
        mixed = [new for old, new in pairs if unit_of(old.target) != unit_of(new.target)]  # % never beside 个百分点
        pairs = [(old, new) for old, new in pairs if unit_of(old.target) == unit_of(new.target)]
        for old, new in pairs:
            s = out[old.order]
            last = s.points[-1]
            point = Point(plan.year, new.target, plan, change=compare(last.target, new.target))
            if last.year == plan.year:  # the same year restated: the later plan replaces the point
                s.points[-1] = Point(plan.year, new.target, plan, change=last.change)
            else:
                s.points.append(point)
        for new in sorted([*added, *mixed], key=lambda it: it.order):
            out.append(Series(plan.publisher, [Point(plan.year, new.target, plan)]))
    results = _results(ordered)
    return [Series(s.publisher, [_with_result(p, results.get(id(p.target))) for p in s.points]) for s in out]


def _results(plans: list[Plan]) -> dict[int, Outcome]:
    """The outcome of every target that a later-dated document reports an actual for (by id of the target)."""
    found: dict[int, Outcome] = {}
    for n, plan in enumerate(plans):
        key = (plan.year, plan.date or "")
        later = [a for other in plans[n + 1 :] if (other.year, other.date or "") > key for a in other.actuals]
        if later:
            found.update((id(o.target), o) for o in outcomes(plan.targets, later, old_year=plan.year))
    return found


def _with_result(p: Point, o: Outcome | None) -> Point:
    """A point with the result reported for it (unchanged when none)."""
    return p if o is None else Point(p.year, p.target, p.plan, o.actual, o.met, p.change)


def matches_indicator(s: Series, query: str | None) -> bool:
    """True when the query names the series' indicator: as written, normalized, or a near-synonym."""
    if not query:
        return True
    q = normalize_indicator(query)
    names = {normalize_indicator(p.target.indicator) for p in s.points}
    return any(q in n or query in p.target.indicator for n in names for p in s.points) or (
        bool(synonym_key(q)) and any(synonym_key(n) == synonym_key(q) for n in names)
    )


def change_text(c: Change | None) -> str:
    """The move of a target from the year before: '+5.0%', '−1 个百分点', '以上 → 左右', '' when the same."""
    if c is None:
        return ""
    notes = [c.delta.text] if c.delta is not None and c.delta.direction and c.delta.text else []
    if "qualifier" in c.what:
        notes.append(f"{c.old.qualifier or '无限定'} → {c.new.qualifier or '无限定'}")  # type: ignore[union-attr]
    if "unit" in c.what:
        notes.append(f"{c.old.unit} → {c.new.unit}")  # type: ignore[union-attr]
    return ", ".join(notes)


def point_json(p: Point) -> dict:
    """One year of a series as JSON."""
    return {
        "year": p.year,
        "target": format_target(p.target),
        **target_json(p.target),  # type: ignore[dict-item]
        "plan": {"title": p.plan.title, "url": p.plan.url, "date": p.plan.date, "version_id": p.plan.version_id},
        "result": format_target(p.result) if p.result else None,
        "result_value": number_json(midpoint(p.result)) if p.result else None,
        "status": p.status,
        "change": change_text(p.change) or None,
        "direction": p.change.delta.direction if p.change and p.change.delta else None,
    }


def series_json(s: Series) -> dict:
    """A series as JSON: indicator, kind, unit, years."""
    return {"publisher": s.publisher, "indicator": s.label, "kind": s.kind, "unit": s.unit, "years": [point_json(p) for p in s.points]}


def trend_json(publisher: str, found: list[Series], indicator: str | None = None) -> dict:
    """{schema, publisher, indicator, series} for `monitor trend --json`."""
    return {"schema": "gov-plan-monitor/trend/v1", "publisher": publisher, "indicator": indicator, "series": [series_json(s) for s in found]}


_STATUS = {"met": "达成", "missed": "未达成", "no result": "无结果", "not comparable": "无法比较"}


def trend_text(publisher: str, found: list[Series]) -> str:
    """A trend as text: one block per indicator, one line per year."""
    if not found:
        return f"{publisher}: no targets stored.\n"
    lines = [f"{publisher}: {len(found)} indicators"]
    for s in found:
        lines.append(f"\n{s.label} ({s.kind})")
        for p in s.points:
            result = f"实际 {format_target(p.result)}" if p.result else "—"
            move = change_text(p.change)
            lines.append(
                f"  {p.year}  目标 {format_target(p.target):<14} {result:<16} {_STATUS[p.status]:<5}"
                + (f"  较上年 {move}" if move else "")
                + f"  《{p.plan.title or p.plan.url or '-'}》"
            )
    return "\n".join(lines) + "\n"


# -- across publishers ------------------------------------------------------------------

TARGET_COLUMNS = (
    "publisher", "year", "indicator", "kind", "target", "value", "min", "max", "unit", "qualifier",
    "previous", "change", "result", "status", "plan", "url",
)


def target_rows(all_series: list[Series], *, indicator: str | None = None, year: int | None = None) -> list[dict]:
    """One row per publisher, year and indicator (with the target of the year before and the change)."""
    rows = []
    for s in all_series:
        if not matches_indicator(s, indicator):
            continue
        for n, p in enumerate(s.points):
            if year is not None and p.year != year:
                continue
            prev = s.points[n - 1] if n else None
            t = p.target
            rows.append({
                "publisher": s.publisher,
                "year": p.year,
                "indicator": s.label,
                "kind": t.kind,
                "target": format_target(t),
                **{k: v for k, v in target_json(t).items() if k in TARGET_COLUMNS},  # type: ignore[union-attr]
                "previous": format_target(prev.target) if prev and prev.year == p.year - 1 else None,
                "change": (change_text(p.change) or "same") if prev and prev.year == p.year - 1 else None,
                "result": format_target(p.result) if p.result else None,
                "status": p.status,
                "plan": p.plan.title,
                "url": p.plan.url,
            })
    return sorted(rows, key=lambda r: (r["indicator"], r["kind"], r["year"], r["publisher"]))


def targets_text(rows: list[dict]) -> str:
    """The cross-publisher table as aligned text."""
    if not rows:
        return "No stored target matches.\n"
    head = ("发布机构", "年份", "指标", "目标", "上年", "变化", "实际", "")
    body = [
        (r["publisher"], str(r["year"]), r["indicator"], r["target"], r["previous"] or "—", r["change"] or "—",
         r["result"] or "—", _STATUS[r["status"]] if r["result"] else "")
        for r in rows
    ]
    widths = [max(_width(x[i]) for x in [head, *body]) for i in range(len(head))]
    return "\n".join("  ".join(_pad(c, w) for c, w in zip(line, widths)).rstrip() for line in [head, *body]) + "\n"


def _width(s: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    """s padded with spaces to a display width."""
    return s + " " * (width - _width(s))


__all__ = [
    "Plan", "Point", "Series", "TARGET_COLUMNS", "change_text", "matches_indicator", "point_json", "series",
    "series_json", "target_rows", "targets_text", "trend_json", "trend_text", "unit_of", "value_of",
]
