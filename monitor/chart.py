"""Inline SVG charts of an indicator's targets against its results across years. Pure: no I/O.

Written by hand (a few dozen lines): the chart is one line and some dots, and an SVG string
needs no plotting library, no JavaScript and no fonts beyond the page's. Every number is
written beside its mark, so the chart reads without hovering; text is escaped here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 520, 230
LEFT, RIGHT, TOP, BOTTOM = 96, 64, 34, 36  # room for the labels of the first and last year


@dataclass(frozen=True)
class Mark:
    """One year on the chart: the target (a range has lo < hi) and the result, if any."""

    year: int
    target: float | None
    label: str  # the target as written: 5%以上, 1-2家
    lo: float | None = None
    hi: float | None = None
    result: float | None = None
    result_label: str = ""
    status: str = ""  # met, missed, no result, not comparable


def _ticks(lo: float, hi: float) -> list[float]:
    """Round values (steps of 1, 2, 2.5 or 5 times a power of ten) from lo to hi, at most five."""
    raw = (hi - lo) / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    return [first + n * step for n in range(int((hi - first) / step + 1e-9) + 1)]


def _fmt(x: float) -> str:
    """A tick value: 5, 2.5, 10000 (no trailing zeros)."""
    return f"{x:.6g}" if abs(x) < 1e6 else f"{x:.3g}"


def svg(title: str, unit: str, marks: list[Mark]) -> str:
    """An SVG line of targets (squares; a bar for a range) and results (circles: filled when met)."""
    values = [v for m in marks for v in (m.target, m.lo, m.hi, m.result) if v is not None]
    if not marks or not values:
        return ""
    lo, hi = min(values), max(values)
    if 0 < lo < hi / 2:  # small against the top: start the axis at zero
        lo = 0.0
    if lo == hi:
        lo, hi = lo - (abs(lo) * 0.2 or 1), hi + (abs(hi) * 0.2 or 1)
    pad = (hi - lo) * 0.15
    lo, hi = (lo if lo == 0 else lo - pad), hi + pad
    years = sorted({m.year for m in marks})
    first, last = years[0], years[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(year: int) -> float:
        return LEFT + (plot_w / 2 if first == last else (year - first) / (last - first) * plot_w)

    def y(v: float) -> float:
        return TOP + (hi - v) / (hi - lo) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text class="unit" x="4" y="14">{escape(unit)}</text>',
    ]
    for tick in _ticks(lo, hi):
        if lo <= tick <= hi:
            out.append(f'<line class="grid" x1="{LEFT - 30}" x2="{WIDTH - 8}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"/>')
            out.append(f'<text class="tick" x="{LEFT - 36}" y="{y(tick) + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>')
    for year in range(first, last + 1):
        out.append(f'<text class="year" x="{x(year):.1f}" y="{HEIGHT - 12}" text-anchor="middle">{year}</text>')
    line = [(x(m.year), y(m.target)) for m in sorted(marks, key=lambda m: m.year) if m.target is not None]
    if len(line) > 1:
        out.append('<polyline class="target-line" points="' + " ".join(f"{a:.1f},{b:.1f}" for a, b in line) + '"/>')
    for m in marks:
        cx = x(m.year)
        if m.lo is not None and m.hi is not None and m.lo != m.hi:
            out.append(f'<line class="range" x1="{cx:.1f}" x2="{cx:.1f}" y1="{y(m.hi):.1f}" y2="{y(m.lo):.1f}"/>')
        if m.target is not None:
            cy = y(m.target)
            out.append(f'<rect class="target" x="{cx - 6:.1f}" y="{cy - 6:.1f}" width="12" height="12"><title>{m.year} 目标 {escape(m.label)}</title></rect>')
            above = m.result is None or m.result < m.target  # each label on the side away from the other mark
            ty = cy - 10 if above else cy + 20
            out.append(f'<text class="label target-label" x="{cx:.1f}" y="{ty:.1f}" text-anchor="middle">{escape(m.label)}</text>')
        if m.result is not None:
            cy = y(m.result)
            css = "result met" if m.status == "met" else "result missed" if m.status == "missed" else "result"
            out.append(f'<circle class="{css}" cx="{cx:.1f}" cy="{cy:.1f}" r="4"><title>{m.year} 实际 {escape(m.result_label)}</title></circle>')
            ry = cy + 20 if m.target is not None and m.result < m.target else cy - 10
            out.append(f'<text class="label result-label" x="{cx:.1f}" y="{ry:.1f}" text-anchor="middle">实际 {escape(m.result_label)}</text>')
    out.append("</svg>")
    return "".join(out)


__all__ = ["Mark", "svg"]
