"""End to end through the CLI: replay, diff, history and report on the seeds and their companions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "tests" / "fixtures" / "plans"
SEED = {
    "wangtan": ROOT / "seeds" / "000_7f8f881116f765d6.txt",
    "jidong": ROOT / "seeds" / "001_e48ce3e804a8e2af.txt",
    "zhangzhen": ROOT / "seeds" / "002_f335f9e20c8b25d3.txt",
    "yushan": ROOT / "seeds" / "004_05e0a357b96ecaaf.txt",
}

# (change, words of the indicator or its quote, old side as written, new side as written)
EXPECTED = {
    ("wangtan/2023.txt", "wangtan"): [
        ("changed", "财政总收入", "预计9500万元", "预计10000万元"),
        ("changed", "财政总收入", "预计4%", "预计5%"),
        ("changed", "一般公共预算收入", "5000万元", "5300万元"),
        ("changed", "一般公共预算收入", "6%", "8%"),
        ("changed", "年销售额", "800万元以上", "1000万元以上"),
        ("changed", "小升规", "3家", "4家"),
        ("changed", "区级和美乡村", "3个", "5个"),
        ("changed", "培训", "300人次以上", "500人次以上"),
        ("changed", "乐龄之家", "3-4个", "4-5个"),
        ("added", "省级生态文化基地", None, "1家"),
        ("added", "普惠性公共服务配套场所", None, "10个"),
        ("dropped", "规模种粮面积", "500亩", None),
        ("dropped", "公厕", "6座", None),
    ],
    ("wangtan", "wangtan/2024-revised.txt"): [
        ("changed", "财政总收入", "预计10000万元", "预计10500万元"),
        ("changed", "一般公共预算收入", "5300万元", "5000万元"),
        ("changed", "区级和美乡村", "5个", "5个以上"),
        ("added", "森林消防通道", None, "3条"),
        ("dropped", "村级避灾安置中心", "2个", None),
    ],
    ("jidong/2023.txt", "jidong"): [  # 10000万元 -> 1亿元 is the same target
        ("changed", "一般公共预算收入", "预计4600万元", "预计5000万元"),
        ("dropped", "香榧种植面积", "2000亩", None),
        ("dropped", "宜居农房改造", "50户", None),
    ],
    ("jidong", "jidong/2024-revised.txt"): [
        ("changed", "财政总收入", "预计1亿元", "预计9500万元"),
        ("changed", "一般公共预算收入", "预计5000万元", "5200万元以上"),
        ("added", "共富工坊", None, "3家"),
        ("dropped", "主要溪流水质", "确保14条", None),
    ],
    ("zhangzhen/2022.txt", "zhangzhen"): [
        ("changed", "财政总收入", "8%", "10%"),
        ("changed", "工业总产值", "10%以上", "9%以上"),
        ("changed", "规上工业增加值", "7%", "8%"),
        ("changed", "粮食种植面积", "确保1.8万亩", "确保2万亩"),
        ("changed", "实到外资", "300万美元以上", "400万美元以上"),
        ("changed", "市场主体", "400家", "450家"),
        ("changed", "就业大学生", "力争150人", "力争200人"),
        ("changed", "PM2.5", "22微克/立方米以下", "20微克/立方米以下"),
        ("changed", "区级文明村", "3个", "4个"),
        ("changed", "文化礼堂", "3家", "2家"),
        ("added", "省级领军人才", None, "力争1名"),
        ("dropped", "农家书屋", "5家", None),
    ],
    ("zhangzhen", "zhangzhen/2023-revised.txt"): [
        ("changed", "一般公共预算收入", "9%", "7%"),
        ("changed", "工业总产值", "9%以上", "10%以上"),
        ("changed", "实到外资", "400万美元以上", "400万美元左右"),
        ("changed", "省科技型中小企业", "5家", "4家"),
        ("changed", "市场主体", "450家", "500家"),
        ("added", "城市书房", None, "1家"),
        ("dropped", "惠企资金", "100万元以上", None),
    ],
    ("yushan", "yushan/2024.txt"): [
        ("changed", "一般公共预算收入", "确保1000万元", "确保1100万元"),
        ("changed", "白改黑", "3条", "2条"),
        ("added", "规上工业总产值", None, "5%以上"),
        ("added", "村集体经营性收入", None, "60万元以上"),
        ("added", "智慧养老", None, "60万元"),
        ("dropped", "联村公路", "1条", None),
        ("dropped", "大中修", "1条", None),
        ("dropped", "认养系统", "30万元", None),
        ("dropped", "老榧树", "30颗", None),
        ("dropped", "物联感知系统", "90万元", None),
        ("dropped", "工贸企业", "32家", None),
        ("dropped", "农家乐", "85家", None),
        ("dropped", "养老服务机构", "16个", None),
        ("dropped", "智慧养老", "50万元", None),
    ],
    ("national/2023.txt", "national/2024.txt"): [  # plain text, no header
        ("changed", "城镇新增就业", "1200万人左右", "1200万人以上"),
        ("changed", "赤字规模", "3.88万亿元", "4.06万亿元"),
        ("changed", "地方政府专项债券", "3.8万亿元", "3.9万亿元"),
        ("changed", "中央预算内投资", "6800亿元", "7000亿元"),
        ("added", "能耗", None, "2.5%左右"),
        ("added", "超长期特别国债", None, "1万亿元"),
    ],
    ("national/2024.txt", "national/2025.txt"): [
        ("changed", "居民消费价格", "3%左右", "2%左右"),
        ("changed", "粮食产量", "1.3万亿斤以上", "1.4万亿斤左右"),
        ("changed", "能耗", "2.5%左右", "3%左右"),
        ("changed", "赤字率", "3%", "4%左右"),
        ("changed", "赤字规模", "4.06万亿元", "5.66万亿元"),
        ("changed", "超长期特别国债", "1万亿元", "1.3万亿元"),
        ("changed", "地方政府专项债券", "3.9万亿元", "4.4万亿元"),
        ("changed", "中央预算内投资", "7000亿元", "7350亿元"),
        ("added", "发行特别国债", None, "5000亿元"),
    ],
    ("provincial/2023.txt", "provincial/2024.txt"): [
        ("changed", "地区生产总值", "5%以上", "5.5%左右"),
        ("changed", "一般公共预算收入", "5%以上", "5%左右"),
        ("changed", "研究与试验发展经费", "3.15%", "3.25%"),
        ("changed", "城镇调查失业率", "5.5%以内", "5%左右"),
        ("changed", "保障性租赁住房", "20万套", "15万套"),
        ("added", "公交一体化", None, "30个"),
    ],
}


def path_of(name: str) -> Path:
    """A seed by its town, or a companion file under tests/fixtures/plans."""
    return SEED[name] if name in SEED else PLANS / name


def run(*args: str, env: dict | None = None):
    """Run the CLI; return the click Result (stdout and stderr apart)."""
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def side(target: dict | None) -> str | None:
    """A JSON side as the report writes it: qualifier placed, number and unit as written."""
    if target is None:
        return None
    from monitor.report import format_target
    from monitor.models import Target

    return format_target(Target(**{k: target.get(k) for k in ("value", "min", "max", "unit", "qualifier", "quote")},
                                indicator="", kind="level", period=None))


@pytest.mark.parametrize("pair", list(EXPECTED), ids=lambda p: f"{p[0]}->{p[1]}")
def test_companion_pairs_give_the_exact_change_list(pair):
    old, new = pair
    result = run("diff", path_of(old), path_of(new), "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    got = [(c["change"], c["indicator"] + " " + (c["new"] or c["old"])["quote"], side(c["old"]), side(c["new"])) for c in data["changes"]]
    unmatched = list(EXPECTED[pair])
    for change, words, old_side, new_side in got:
        match = next((e for e in unmatched if e[0] == change and e[1] in words and e[2:] == (old_side, new_side)), None)
        assert match is not None, f"unexpected {change}: {words} {old_side} -> {new_side}"
        unmatched.remove(match)
    assert unmatched == [], f"missed: {unmatched}"
    assert [c["change"] for c in data["changes"]] == [e[0] for e in EXPECTED[pair]]  # changed, added, dropped


def test_the_later_plan_says_whether_the_earlier_targets_were_met():
    data = json.loads(run("diff", SEED["yushan"], PLANS / "yushan/2024.txt", "--json").stdout)
    got = {(side(o["target"]), side(o["actual"]), o["met"]) for o in data["outcomes"]}
    assert ("确保1000万元", "1052万元", True) in got
    assert ("3条", "3条", True) in got
    assert all(o["met"] is True for o in data["outcomes"]) and len(data["outcomes"]) == 8


def test_national_report_outcomes_and_cuts():
    data = json.loads(run("diff", PLANS / "national/2024.txt", PLANS / "national/2025.txt", "--json").stdout)
    met = {o["line"] for o in data["outcomes"]}
    assert "居民消费价格涨幅 目标 3%左右, 实际 0.2% (2024): 达成" in met  # a cap, met from below
    assert "单位国内生产总值能耗降低 目标 2.5%左右, 实际 3%以上 (2024): 达成" in met  # a cut of more than planned
    assert "城镇新增就业 目标 1200万人以上, 实际 1256万人 (2024): 达成" in met
    assert all(o["met"] for o in data["outcomes"])
    lines = [c["line"] for c in data["changes"]]
    assert "单位国内生产总值能耗降低 2.5%左右 → 3%左右 (+0.5 个百分点, 上调)" in lines


@pytest.mark.parametrize("path", sorted(PLANS.rglob("*.txt")) + list(SEED.values()), ids=lambda p: str(p.relative_to(ROOT)))
def test_a_file_against_itself_has_no_changes(path):
    result = run("diff", path, path)
    assert (result.exit_code, result.stdout) == (0, "no changes\n")


def test_diff_json_has_the_documented_shape():
    data = json.loads(run("diff", SEED["jidong"], PLANS / "jidong/2024-revised.txt", "--json").stdout)
    assert data["schema"] == "gov-plan-monitor/changes/v1" and data["kind"] == "revision"
    assert {"old", "new", "changes", "text"} <= set(data)
    assert data["old"]["file"] == "001_e48ce3e804a8e2af.txt" and data["new"]["file"] == "2024-revised.txt"
    first = data["changes"][0]
    assert set(first) >= {"change", "indicator", "kind", "what", "old", "new", "delta"}
    assert set(first["old"]) >= {"value", "min", "max", "unit", "qualifier", "quote", "base_value", "base_unit"}
    assert first["delta"]["text"] == "\u22125.0%" and first["delta"]["direction"] == "down"
    reworded = [h for h in data["text"] if any("月华山" in s for s in h["new"])]
    assert len(reworded) == 1 and reworded[0]["change"] == "changed"


def test_diff_text_leads_with_what_moved():
    out = run("diff", SEED["jidong"], PLANS / "jidong/2024-revised.txt").stdout.splitlines()
    assert out[:5] == [
        "稽东镇 稽东镇2024年度工作思路 (2024-03-26), compared with 稽东镇2024年度工作思路 (2024-03-26)",
        "http://www.kq.gov.cn/art/2024/3/26/art_1229411534_4081266.html",
        "调整 changed (2):",
        "  ~ 财政总收入 预计1亿元 → 预计9500万元 (−5.0%, 下调)",
        "  ~ 一般公共预算收入 预计5000万元 → 5200万元以上 (+4.0%, 上调, 预计 → 以上)",
    ]
    assert out.index("新增 added (1):") < out.index("删除 dropped (1):") < out.index("文字修改 text (4):")


def test_diff_of_plain_text_files_and_a_missing_file(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("财政总收入预计1亿元。\n一般公共预算收入预计5000万元。\n", encoding="utf-8")
    b.write_text("财政总收入预计1亿元。\n一般公共预算收入预计5300万元。\n", encoding="utf-8")
    out = run("diff", a, b).stdout
    assert "一般公共预算收入 预计5000万元 → 预计5300万元 (+6.0%, 上调)" in out
    missing = run("diff", a, tmp_path / "nope.txt")
    assert missing.exit_code == 1
    assert missing.stderr == f"Error: {tmp_path / 'nope.txt'}: cannot read file: No such file or directory\n"


# -- replay, history, report ------------------------------------------------------------

WANGTAN = [PLANS / "wangtan/2024-revised.txt", SEED["wangtan"], PLANS / "wangtan/2023.txt"]


def test_replay_stores_oldest_first_reports_and_a_second_replay_changes_nothing(tmp_path):
    db = tmp_path / "monitor.db"
    first = run("replay", "--db", db, *WANGTAN)
    assert first.exit_code == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[:3] == [
        f"new       {PLANS / 'wangtan/2023.txt'}",
        f"new       {SEED['wangtan']}",
        f"changed   {PLANS / 'wangtan/2024-revised.txt'}",
    ]
    assert lines[3] == "王坛镇 王坛镇2024年工作计划 (2024-03-26), compared with the earlier plan 王坛镇2023年工作计划 (2023-03-21)"
    assert "  ~ 一般公共预算收入 5000万元 → 5300万元 (+6.0%, 上调)" in lines
    assert "王坛镇 王坛镇2024年工作计划 (2024-03-26), version 2 compared with version 1" in lines
    assert "  ~ 一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)" in lines
    before = db.read_bytes() if not (tmp_path / "monitor.db-wal").exists() else None
    again = run("replay", "--db", db, *WANGTAN)
    assert (again.exit_code, again.stdout) == (
        0,
        f"unchanged {PLANS / 'wangtan/2023.txt'}\n"
        f"unchanged {SEED['wangtan']}\n"
        f"unchanged {PLANS / 'wangtan/2024-revised.txt'}\n"
        "no changes\n",
    )
    if before is not None:
        assert db.read_bytes() == before


def test_replay_a_directory_with_monitor_db_from_the_environment(tmp_path):
    db = tmp_path / "env.db"
    result = run("replay", PLANS / "zhangzhen", SEED["zhangzhen"], env={"MONITOR_DB": str(db)})
    assert result.exit_code == 0 and db.exists()
    assert result.stdout.splitlines()[:3] == [
        f"new       {PLANS / 'zhangzhen/2022.txt'}",
        f"new       {SEED['zhangzhen']}",
        f"changed   {PLANS / 'zhangzhen/2023-revised.txt'}",
    ]
    data = json.loads(run("replay", PLANS / "zhangzhen", "--json", env={"MONITOR_DB": str(db)}).stdout)
    assert data["schema"] == "gov-plan-monitor/replay/v1" and data["changesets"] == []
    assert [f["status"] for f in data["files"]] == ["unchanged", "unchanged"]


def test_replay_reports_a_bad_file_and_keeps_the_others(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = run("replay", "--db", tmp_path / "m.db", bad, SEED["jidong"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: binary file, not a text capture\n"
    assert result.stdout == f"new       {SEED['jidong']}\nno changes\n"


def test_replay_into_a_corrupt_database_names_the_file_and_changes_nothing(tmp_path):
    db = tmp_path / "m.db"
    db.write_bytes(b"garbage, not sqlite\n" * 100)
    result = run("replay", "--db", db, SEED["jidong"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {db}: not a monitor database or corrupt (file is not a database)\n"
    assert db.read_bytes() == b"garbage, not sqlite\n" * 100


def test_history_lists_versions_and_their_changes(tmp_path):
    db = tmp_path / "m.db"
    run("replay", "--db", db, *WANGTAN)
    out = run("history", "王坛镇", "--db", db).stdout.splitlines()
    assert out[0] == "王坛镇2023年工作计划  王坛镇 2023-03-21"
    assert out[1] == "  http://www.kq.gov.cn/art/2023/3/21/art_1229411530_3958821.html"
    assert "王坛镇2024年工作计划  王坛镇 2024-03-26" in out
    assert "      vs earlier plan 王坛镇2023年工作计划 (2023-03-21): 9 changed, 2 added, 2 dropped" in out
    assert "      vs v1: 3 changed, 1 added, 1 dropped, 5 text" in out
    assert "        - 村级避灾安置中心 2个" in out
    by_url = json.loads(run("history", "http://www.kq.gov.cn/art/2024/3/26/art_1229411530_4081572.html", "--db", db, "--json").stdout)
    [doc] = by_url["documents"]
    assert [v["seq"] for v in doc["versions"]] == [1, 2]
    assert [cs["kind"] for cs in doc["versions"][1]["changesets"]] == ["revision"]
    unknown = run("history", "不存在镇", "--db", db)
    assert (unknown.exit_code, unknown.stderr) == (1, 'Error: no document stored for "不存在镇" (give a publisher, URL or 索引号)\n')


def test_report_of_a_period(tmp_path):
    db = tmp_path / "m.db"
    run("replay", "--db", db, *WANGTAN)
    everything = run("report", "--db", db).stdout
    assert everything.count("compared with") == 2
    assert run("report", "--db", db, "--since", "2999-01-01").stdout == "no changes\n"
    md = run("report", "--db", db, "--format", "markdown").stdout
    assert md.startswith("### 王坛镇 王坛镇2024年工作计划") and "```diff" in md
    html = run("report", "--db", db, "--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>") and "一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)" in html
    data = json.loads(run("report", "--db", db, "--json", "--since", "2000-01-01").stdout)
    assert (data["schema"], data["since"], len(data["changesets"])) == ("gov-plan-monitor/report/v1", "2000-01-01", 2)
    bad = run("report", "--db", db, "--since", "yesterday")
    assert bad.exit_code == 2 and "Invalid value for '--since'" in bad.stderr


# -- 10.14: a document's identity is never a file name alone --------------------------------


def pairs(db_path: Path) -> list[tuple[str, str, str]]:
    """Every stored change set as (kind, old, new): titles, else file names."""
    from monitor import store

    db = store.open_db(db_path)
    try:
        return sorted((cs.kind, cs.old.title or Path(cs.old.url).name, cs.new.title or Path(cs.new.url).name)
                      for cs in store.changesets(db))
    finally:
        db.close()


def test_plain_text_files_of_one_name_in_two_folders_are_two_documents_and_replay_says_it_read_plain_text(tmp_path):
    national, provincial = PLANS / "national" / "2023.txt", PLANS / "provincial" / "2023.txt"
    result = run("replay", "--db", tmp_path / "m.db", national, provincial)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"new       {national}\nnew       {provincial}\nno changes\n"  # not "changed": never merged
    assert result.stderr == (f"Note: {national}: no capture header; reading it as plain text (metadata null)\n"
                             f"Note: {provincial}: no capture header; reading it as plain text (metadata null)\n")
    again = run("replay", "--db", tmp_path / "m.db", provincial, national)
    assert again.stdout == f"unchanged {provincial}\nunchanged {national}\nno changes\n"


@pytest.mark.parametrize("first, second", [
    ([PLANS / "national", PLANS / "provincial"], []),
    ([PLANS / "national"], [PLANS / "provincial"]),
    ([PLANS / "provincial"], [PLANS / "national"]),
])
def test_plain_text_folders_replayed_in_one_or_two_commands_store_the_same_pairs(tmp_path, first, second):
    db = tmp_path / "m.db"
    for paths in (first, second):
        if paths:
            assert run("replay", "--db", db, *paths).exit_code == 0
    assert pairs(db) == []  # five documents, none a version of another


@pytest.mark.parametrize("commands", [
    [WANGTAN],  # one command, stored oldest first
    [[PLANS / "wangtan/2023.txt"], [SEED["wangtan"]], [PLANS / "wangtan/2024-revised.txt"]],  # in order
    [[SEED["wangtan"]], [PLANS / "wangtan/2023.txt"], [PLANS / "wangtan/2024-revised.txt"]],  # newest plan first
    [[SEED["wangtan"], PLANS / "wangtan/2024-revised.txt"], [PLANS / "wangtan/2023.txt"]],
])
def test_captures_replayed_in_any_number_of_commands_compare_the_same_year_to_year_pairs(tmp_path, commands):
    db = tmp_path / "m.db"
    for paths in commands:
        assert run("replay", "--db", db, *paths).exit_code == 0
    assert pairs(db) == [
        ("plan", "王坛镇2023年工作计划", "王坛镇2024年工作计划"),
        ("revision", "王坛镇2024年工作计划", "王坛镇2024年工作计划"),
    ]


def test_a_plan_replayed_after_the_later_one_prints_the_later_plan_compared_with_it(tmp_path):
    db = tmp_path / "m.db"
    run("replay", "--db", db, SEED["wangtan"])
    result = run("replay", "--db", db, PLANS / "wangtan/2023.txt")
    assert result.stdout.splitlines()[:2] == [
        f"new       {PLANS / 'wangtan/2023.txt'}",
        "王坛镇 王坛镇2024年工作计划 (2024-03-26), compared with the earlier plan 王坛镇2023年工作计划 (2023-03-21)",
    ]
    assert "  ~ 一般公共预算收入 5000万元 → 5300万元 (+6.0%, 上调)" in result.stdout.splitlines()


def test_two_townships_captures_with_the_same_short_index_no_replay_as_two_documents(tmp_path):
    def capture(town: str, target: str) -> Path:
        path = tmp_path / town / "plan.txt"
        path.parent.mkdir()
        path.write_text(f"索引号: 2024-00012 公开方式: 主动公开\n发布机构: {town} 发文日期: 2024-03-26\n"
                        f"{town}2024年工作计划\n\n全年新建农村公路{target}公里。\n", encoding="utf-8")
        return path

    first, second = capture("王坛镇", "12"), capture("平水镇", "30")
    result = run("replay", "--db", tmp_path / "m.db", first, second)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [f"new       {first}", f"new       {second}", "no changes"]  # never "changed"


def test_reextract_stores_what_this_extractor_reads_and_leaves_the_alerted_history_as_it_was(tmp_path):
    """After an upgrade, the stored versions show what the old extractor read; `monitor reextract` reads their
    text again. The change sets alerted before keep the targets they showed."""
    import sqlite3

    db = tmp_path / "m.db"
    assert run("replay", "--db", db, PLANS / "wangtan/2023.txt", SEED["wangtan"]).exit_code == 0
    history = run("history", "--db", db, "王坛镇", "--json").stdout
    conn = sqlite3.connect(db)
    with conn:  # what an older extractor stored: another name, one target it did not read, its checksum
        conn.execute("UPDATE targets SET indicator = '旧' || indicator")
        conn.execute("DELETE FROM targets WHERE seq = 0 AND version_id = (SELECT max(id) FROM versions)")
        conn.execute("UPDATE versions SET extractor = 'an-older-one'")
    old_history = run("history", "--db", db, "王坛镇", "--json").stdout
    hint = "2 documents show targets an older extractor read: run `monitor reextract` to read them again"
    assert hint in run("status", "--db", db).stdout

    result = run("reextract", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("read 2 versions again: ")
    now = {v: [r[0] for r in conn.execute("SELECT indicator FROM targets WHERE version_id = ? ORDER BY seq", [v])]
           for v, in conn.execute("SELECT id FROM versions")}
    extracted = json.loads(run("extract", PLANS / "wangtan/2023.txt", SEED["wangtan"], "--json").stdout)
    assert list(now.values()) == [[t["indicator"] for t in (*e["targets"], *e["actuals"])] for e in extracted]
    assert run("history", "--db", db, "王坛镇", "--json").stdout == old_history != history  # as alerted
    assert run("reextract", "--db", db).stdout == "every version was read by this extractor: nothing to do\n"
    assert "older extractor" not in run("status", "--db", db).stdout
    typo = run("reextract", "--db", tmp_path / "typo" / "m.db")  # a wrong --db makes no new, empty database
    assert typo.exit_code == 1 and "no database there" in typo.stderr and not (tmp_path / "typo").exists()
