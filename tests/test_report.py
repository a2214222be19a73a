"""Reports: one ChangeSet rendered as text, Markdown, HTML and versioned JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_diff import t

from monitor.diff import diff_targets
from monitor.models import ChangeSet, Hunk, Outcome, Version
from monitor.report import (
    SCHEMA,
    change_line,
    render_html,
    render_markdown,
    render_text,
    report_json,
    report_json_many,
)

DOCS = Path(__file__).resolve().parents[1] / "docs" / "report-json.md"

OLD = Version(url="http://www.kq.gov.cn/a/1.html", title="王坛镇2023年工作计划", publisher="王坛镇", date="2023-03-21", plan_year=2023)
NEW = Version(url="http://www.kq.gov.cn/a/2.html", title="王坛镇2024年工作计划", publisher="王坛镇", date="2024-03-26", plan_year=2024)


def changeset(old_targets, new_targets, hunks=(), outcomes=()) -> ChangeSet:
    """A plan change set built by the real diff."""
    return ChangeSet("plan", OLD, NEW, tuple(diff_targets(old_targets, new_targets)), tuple(hunks), tuple(outcomes))


def one_line(old, new) -> str:
    """The report line of the single change between two targets."""
    [c] = diff_targets([old], [new])
    return change_line(c)


def test_lines_lead_with_what_moved_and_by_how_much():
    assert one_line(t("一般公共预算收入", 5300), t("一般公共预算收入", 5000)) == "一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)"
    assert one_line(t("财政总收入", 5, "%", "growth"), t("财政总收入", 6, "%", "growth")) == "财政总收入增长 5% → 6% (+1 个百分点, 上调)"
    assert one_line(t("城镇新增就业", 1200, "万人", qualifier="左右"), t("城镇新增就业", 1200, "万人", qualifier="以上")) == (
        "城镇新增就业 1200万人左右 → 1200万人以上 (左右 → 以上)"
    )
    assert one_line(t("财政总收入", 9000, qualifier="预计"), t("财政总收入", 1, "亿元", qualifier="预计")) == (
        "财政总收入 预计9000万元 → 预计1亿元 (+11.1%, 上调)"
    )
    assert one_line(t("“乐龄之家”", None, "个", "count", lo=3, hi=4), t("“乐龄之家”", None, "个", "count", lo=4, hi=5)) == (
        "“乐龄之家” 3-4个 → 4-5个 (+28.6%, 上调)"
    )


def test_text_report_order_changed_added_dropped_outcomes_text():
    cs = changeset(
        [t("一般公共预算收入", 5300), t("村级避灾安置中心", 2, "个", "count")],
        [t("森林消防通道", 3, "条", "count"), t("一般公共预算收入", 5000)],
        hunks=[Hunk("changed", ("打造区级和美乡村5个。",), ("打造区级和美乡村5个以上。",))],
        outcomes=[Outcome("一般公共预算收入", "level", "2023", t("一般公共预算收入", 5000, period="2023"),
                          t("一般公共预算收入", 5100, period="2023", role="actual"), True)],
    )
    assert render_text([cs]) == (
        "王坛镇 王坛镇2024年工作计划 (2024-03-26), compared with the earlier plan 王坛镇2023年工作计划 (2023-03-21)\n"
        "http://www.kq.gov.cn/a/2.html\n"
        "调整 changed (1):\n"
        "  ~ 一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)\n"
        "新增 added (1):\n"
        "  + 森林消防通道 3条\n"
        "删除 dropped (1):\n"
        "  - 村级避灾安置中心 2个\n"
        "完成情况 outcomes (1):\n"
        "  = 一般公共预算收入 目标 5000万元, 实际 5100万元 (2023): 达成\n"
        "文字修改 text (1):\n"
        "  - 打造区级和美乡村5个。\n"
        "  + 打造区级和美乡村5个以上。\n"
    )


def test_nothing_to_report_says_no_changes_in_every_format():
    same = changeset([t("一般公共预算收入", 5300)], [t("一般公共预算收入", 5300)])
    assert same.empty
    assert render_text([same]) == "no changes\n"
    assert render_markdown([]) == "no changes\n"
    assert "<p>no changes</p>" in render_html([same])
    assert report_json_many([same])["changesets"] == []


def test_html_escapes_every_piece_of_page_text():
    evil = '<script>alert("x")</script>&amp'
    cs = changeset(
        [t(evil, 1, "个", "count")],
        [t(evil, 2, "个", "count")],
        hunks=[Hunk("added", (), (f"新增{evil}。",))],
    )
    cs = ChangeSet(cs.kind, OLD, Version(url='http://x/"><b>', title=evil, publisher="<i>镇</i>", date=None, plan_year=None), cs.changes, cs.hunks)
    page = render_html([cs])
    assert "<script>" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp" in page
    assert page.count("<ins>") == 1 and page.startswith("<!DOCTYPE html>")


def test_markdown_keeps_page_text_inert():
    cs = changeset([t("*重点*项目[链接](http://x)", 1, "个", "count")], [t("*重点*项目[链接](http://x)", 2, "个", "count")])
    md = render_markdown([cs])
    assert r"\*重点\*项目\[链接\]\(http\://x\)" in md
    assert md.startswith("### 王坛镇 王坛镇2024年工作计划")


def test_json_is_versioned_serializable_and_carries_both_sides():
    cs = changeset(
        [t("城镇新增就业", 1200, "万人", qualifier="左右"), t("村级避灾安置中心", 2, "个", "count")],
        [t("城镇新增就业", 1200, "万人", qualifier="以上")],
        hunks=[Hunk("changed", ("甲。",), ("乙。",), 3, 4)],
    )
    data = json.loads(json.dumps(report_json(cs), ensure_ascii=False))
    assert data["schema"] == SCHEMA == "gov-plan-monitor/changes/v1"
    assert data["summary"] == {"changed": 1, "added": 0, "dropped": 1, "outcomes": 0, "text": 1}
    first = data["changes"][0]
    assert (first["change"], first["what"], first["old"]["qualifier"], first["new"]["qualifier"]) == (
        "changed", ["qualifier"], "左右", "以上"
    )
    assert first["new"]["base_value"] == 12000000 and first["new"]["base_unit"] == "人"
    assert data["changes"][1]["new"] is None and data["changes"][1]["old"]["value"] == 2
    assert data["text"] == [{"change": "changed", "old": ["甲。"], "new": ["乙。"], "old_at": 3, "new_at": 4}]
    assert data["old"]["title"] == "王坛镇2023年工作计划" and data["new"]["plan_year"] == 2024


def test_every_json_key_is_documented():
    cs = changeset(
        [t("一般公共预算收入", 5300)],
        [t("一般公共预算收入", 5000)],
        hunks=[Hunk("added", (), ("乙。",))],
        outcomes=[Outcome("一般公共预算收入", "level", "2023", t("一般公共预算收入", 5000), t("一般公共预算收入", 5100, role="actual"), True)],
    )
    keys: set[str] = set()

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                keys.add(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(report_json_many([cs]))
    documented = set(re.findall(r"`([a-z_0-9]+)`", DOCS.read_text(encoding="utf-8")))
    assert keys - documented == set()
