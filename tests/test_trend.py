"""Trends across years and targets across publishers: the pure chaining, then `monitor trend` / `targets`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from replayed import replay_into

from monitor.cli import cli
from monitor.models import Target
from monitor.trend import Plan, change_text, series, target_rows


def t(indicator, value, unit, kind="level", qualifier=None, *, base=None, base_unit="", role="target", period=None):
    """A target as the extractor writes it (base value in the base unit when converted)."""
    return Target(indicator, value, None, None, unit, kind, qualifier, period, f"{indicator}{value}{unit}",
                  base_value=base, base_unit=base_unit, role=role)


def plan(year, *targets, actuals=(), publisher="王坛镇"):
    return Plan(year, publisher, f"{publisher}{year}年工作计划", f"http://x/{year}", f"{year}-03-01", targets=targets, actuals=actuals)


# (years of targets, the series expected: (label, [(year, target as written, change from the year before)]))
CHAINS = [
    pytest.param(
        [[t("一般公共预算收入", 6, "%", "growth", base=6, base_unit="%")],
         [t("一般公共预算收入", 8, "%", "growth", base=8, base_unit="%")]],
        [("一般公共预算收入增长", [(2023, "6%", ""), (2024, "8%", "+2 个百分点")])],
        id="growth in points",
    ),
    pytest.param(
        [[t("财政总收入", 1, "亿元", base=1e8, base_unit="元")],
         [t("财政总收入", 9500, "万元", base=9.5e7, base_unit="元")]],
        [("财政总收入", [(2023, "1亿元", ""), (2024, "9500万元", "−5.0%")])],
        id="base units: 1亿元 against 9500万元",
    ),
    pytest.param(
        [[t("一般公共预算收入", 5000, "万元", base=5e7, base_unit="元")],
         [t("地方一般公共预算收入", 5200, "万元", "level", "以上", base=5.2e7, base_unit="元")]],
        [("地方一般公共预算收入", [(2023, "5000万元", ""), (2024, "5200万元以上", "+4.0%, 无限定 → 以上")])],
        id="near-synonym",
    ),
    pytest.param(
        [[t("研发经费支出占比", 3, "%", "share", base=3, base_unit="%")],
         [t("研发经费支出占比", 0.1, "个百分点", "share", base=0.1, base_unit="个百分点")]],
        [("研发经费支出占比", [(2023, "3%", "")]), ("研发经费支出占比", [(2024, "0.1个百分点", "")])],
        id="% and 个百分点 never mixed",
    ),
    pytest.param(
        [[t("培训", 300, "人次", qualifier="以上", base=300, base_unit="人次")], [],
         [t("培训", 500, "人次", qualifier="以上", base=500, base_unit="人次")]],
        [("培训", [(2023, "300人次以上", ""), (2025, "500人次以上", "+66.7%")])],
        id="a year without the target leaves a gap, not a new indicator",
    ),
]


@pytest.mark.parametrize("years, expected", CHAINS)
def test_targets_are_chained_across_years_by_the_diff_rules(years, expected):
    found = series([plan(2023 + n, *targets) for n, targets in enumerate(years)])
    got = [(s.label, [(p.year, f"{p.target.value:g}{p.target.unit}{p.target.qualifier or ''}", change_text(p.change)) for p in s.points]) for s in found]
    assert got == expected


def test_a_result_reported_next_year_says_met_or_missed():
    plans = [
        plan(2023, t("地区生产总值", 5, "%", "growth", "左右", base=5, base_unit="%"),
             t("城镇调查失业率", 5.5, "%", "threshold", "左右", base=5.5, base_unit="%")),
        plan(2024, t("地区生产总值", 5, "%", "growth", "左右", base=5, base_unit="%"),
             actuals=(t("地区生产总值", 4.2, "%", "growth", base=4.2, base_unit="%", role="actual", period="2023"),
                      t("城镇调查失业率", 5.2, "%", "threshold", base=5.2, base_unit="%", role="actual", period="2023"))),
    ]
    by_label = {s.label: s for s in series(plans)}
    gdp = by_label["地区生产总值增长"].points
    assert [(p.year, p.status, p.result and p.result.value) for p in gdp] == [(2023, "missed", 4.2), (2024, "no result", None)]
    assert [(p.year, p.status) for p in by_label["城镇调查失业率"].points] == [(2023, "met")]


def test_a_later_plan_of_the_same_year_replaces_the_point():
    first = plan(2024, t("财政总收入", 10000, "万元", base=1e8, base_unit="元"))
    revised = Plan(2024, "王坛镇", "王坛镇2024年工作计划(调整)", "http://x/r", "2024-07-01",
                   targets=(t("财政总收入", 10500, "万元", base=1.05e8, base_unit="元"),))
    (s,) = series([revised, first])
    assert [(p.year, p.target.value, p.plan.title) for p in s.points] == [(2024, 10500, "王坛镇2024年工作计划(调整)")]


def test_a_page_explaining_the_years_plan_never_takes_its_points_whatever_its_date():
    the_plan = plan(2024, t("财政总收入", 10000, "万元", base=1e8, base_unit="元"), t("培训", 300, "人次", base=300, base_unit="人次"))
    explained = Plan(2024, "王坛镇", "《王坛镇2024年工作计划》政策解读", "http://x/jd", "2024-03-05",
                     targets=(t("财政总收入", 10000, "万元", base=1e8, base_unit="元"),
                              t("避灾安置中心", 2, "个", "count", base=2, base_unit="个")))
    found = {s.indicator: [(p.year, p.plan.title) for p in s.points] for s in series([the_plan, explained])}
    assert found == {"财政总收入": [(2024, "王坛镇2024年工作计划")], "培训": [(2024, "王坛镇2024年工作计划")],
                     "避灾安置中心": [(2024, "《王坛镇2024年工作计划》政策解读")]}  # what only the 解读 names stays


def test_rows_across_publishers_carry_the_change_from_the_year_before_only_when_consecutive():
    plans = [plan(2023, t("财政总收入", 9500, "万元", base=9.5e7, base_unit="元")),
             plan(2024, t("财政总收入", 10500, "万元", base=1.05e8, base_unit="元")),
             plan(2024, t("财政总收入", 9000, "万元", base=9e7, base_unit="元"), publisher="稽东镇")]
    rows = target_rows(series(plans[:2]) + series(plans[2:]), indicator="财政总收入", year=2024)
    assert [(r["publisher"], r["target"], r["previous"], r["change"]) for r in rows] == [
        ("王坛镇", "10500万元", "9500万元", "+10.5%"),
        ("稽东镇", "9000万元", None, None),
    ]


# -- through the command line, on the replayed seeds -------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(replay_into(tmp_path_factory.mktemp("trend") / "monitor.db"))


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_trend_of_a_township_lists_each_year_and_the_move(db):
    result = run("trend", "王坛镇", "--indicator", "一般公共预算收入", "--db", db)
    assert result.exit_code == 0, result.output
    assert "一般公共预算收入增长 (growth)" in result.output
    assert "2024  目标 8%" in result.output and "较上年 +2 个百分点" in result.output
    data = json.loads(run("trend", "王坛镇", "--json", "--db", db).output)
    fiscal = next(s for s in data["series"] if s["indicator"] == "财政总收入")
    assert [(y["year"], y["target"], y["change"]) for y in fiscal["years"]] == [(2023, "预计9500万元", None), (2024, "预计10500万元", "+10.5%")]


def test_trend_says_whether_a_reported_result_met_the_target(db):
    data = json.loads(run("trend", "玉山镇", "--indicator", "一般公共预算收入", "--json", "--db", db).output)
    (level,) = [s for s in data["series"] if s["kind"] == "level"]
    assert [(y["year"], y["target"], y["result"], y["status"]) for y in level["years"]] == [
        (2023, "确保1000万元", "1052万元", "met"),
        (2024, "确保1100万元", None, "no result"),
    ]


def test_targets_across_publishers_as_csv_for_a_spreadsheet(db):
    result = run("targets", "--indicator", "财政总收入", "--year", "2024", "--csv", "--db", db)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output.lstrip("\ufeff"))))
    got = {(r["publisher"], r["target"], r["previous"], r["change"]) for r in rows if r["kind"] == "level"}
    assert got == {("王坛镇", "预计10500万元", "预计9500万元", "+10.5%"), ("稽东镇", "预计9500万元", "预计10000万元", "−5.0%")}


def test_unknown_publisher_or_indicator_is_a_clear_error(db):
    result = run("trend", "无此镇", "--db", db)
    assert result.exit_code == 1 and 'no plan stored for publisher "无此镇"' in result.output and "王坛镇" in result.output
    result = run("trend", "王坛镇", "--indicator", "无此指标", "--db", db)
    assert result.exit_code == 1 and 'no indicator matches "无此指标"' in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [["trend", "王坛镇"], ["targets"], ["search", "共富工坊"], ["site", "{tmp}/public"]])
def test_an_analyst_s_command_on_a_wrong_db_path_says_so_and_creates_nothing(tmp_path, args):
    """A typo in --db must not read as 'nothing found' (and leave an empty database behind)."""
    wrong = tmp_path / "mointor.db"
    result = CliRunner().invoke(cli, [a.format(tmp=tmp_path) for a in args] + ["--db", str(wrong)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {wrong}: no database yet (check --db / $MONITOR_DB; `monitor run --once` creates it)\n"
    assert not wrong.exists()
