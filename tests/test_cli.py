"""The command line as a user meets it: output, JSON shapes, exact error text, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner
from conftest import ROOT, SEEDS

from monitor.cli import cli
from monitor.seedformat import parse, parse_file


def run(*args: str):
    """Invoke `monitor ARGS` in-process."""
    return CliRunner().invoke(cli, list(args))


def test_help_lists_every_command_with_a_description():
    result = run("--help")
    assert result.exit_code == 0
    lines = result.output.split("Commands:")[1].strip().splitlines()
    assert lines, result.output
    for line in lines:
        name, _, description = line.strip().partition(" ")
        assert description.strip(), f"command {name} has no description"
    for name in ("extract", "parse", "render"):
        assert any(line.strip().startswith(name + " ") for line in lines)


def test_a_bug_is_one_line_on_stderr_and_exit_70_never_a_traceback(monkeypatch):
    import monitor.extract

    def broken(doc):
        raise IndexError("list index out of range")

    monkeypatch.setattr(monitor.extract, "extract", broken)  # a bug, as a user would meet one
    monkeypatch.delenv("MONITOR_TRACEBACK", raising=False)
    result = run("extract", str(SEEDS[0]))
    assert result.exit_code == 70 and "Traceback" not in result.output
    assert result.stderr.startswith("Error: unexpected IndexError: list index out of range. This is a bug")
    monkeypatch.setenv("MONITOR_TRACEBACK", "1")
    assert isinstance(run("extract", str(SEEDS[0])).exception, IndexError)  # where, for the report


def test_monitor_add_of_a_url_that_cannot_be_read_says_so_before_anything_is_fetched(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the embedded defaults
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    result = CliRunner().invoke(cli, ["add", "http://[::1"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == "Error: monitor add: sources.source.url: expected an http(s) URL, got 'http://[::1'"


def test_extract_json_has_the_gold_shape_for_every_seed():
    result = run("extract", *map(str, SEEDS), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["file"] for d in data] == [p.name for p in SEEDS]
    for d in data:
        assert set(d) == {"file", "metadata", "targets", "actuals"}
        assert {"index_no", "publisher", "date", "published_at", "title", "category", "disclosure", "plan_year"} <= set(d["metadata"])
    assert data[0]["metadata"]["publisher"] == "王坛镇"
    assert data[0]["metadata"]["plan_year"] == 2024


def test_extract_reads_plain_text_with_a_note(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("2025年主要预期目标:财政总收入增长6%。\n", encoding="utf-8")
    result = run("extract", str(p), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["metadata"] is None
    assert f"Note: {p}: no capture header; reading it as plain text (metadata null)" in result.stderr


def test_extract_reads_the_title_of_a_plain_texts_front_matter(tmp_path):
    """Collections of 政府工作报告 keep a Markdown front matter; its title is the document's, its date no plan year."""
    p = tmp_path / "2025.md"
    p.write_text("---\ntitle: 岳阳市政府工作报告（2024年12月23日 李挚）\n---\n\n"
                 "一、2024年工作回顾\n地区生产总值增长5%。\n二、2025年工作安排\n地区生产总值增长6%左右。\n", encoding="utf-8")
    result = run("extract", str(p), "--json")
    assert result.exit_code == 0, result.stderr
    [doc] = json.loads(result.stdout)
    assert doc["metadata"]["title"] == "岳阳市政府工作报告(2024年12月23日 李挚)"
    assert doc["metadata"]["plan_year"] == 2025
    assert [(t["value"], t["period"]) for t in doc["targets"]] == [(6, "2025")]
    assert [(t["value"], t["period"]) for t in doc["actuals"]] == [(5, "2024")]
    assert "---" not in {q["quote"] for q in doc["targets"] + doc["actuals"]}
    assert f"Note: {p}: no capture header; reading it as plain text (its front matter's title)" in result.stderr


def test_extract_errors_on_an_empty_file_but_reports_the_others(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("extract", str(SEEDS[0]), str(empty), "--json")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {empty}: empty file"
    assert [d["file"] for d in json.loads(result.stdout)] == [SEEDS[0].name]


def test_extract_table_is_readable():
    result = run("extract", str(SEEDS[0]))
    assert result.exit_code == 0
    assert result.output.startswith(f"{SEEDS[0]}: 王坛镇2024年工作计划 (王坛镇, 2024-03-26, plan year 2024)")
    assert "  targets: " in result.output


def test_parse_prints_metadata_and_paragraphs():
    result = run("parse", str(SEEDS[2]))
    assert result.exit_code == 0
    assert "publisher: 章镇镇\n" in result.output
    assert "paragraphs: 24\n" in result.output
    assert "[3] 围绕上述目标,我们将重点抓好以下五方面工作:\n" in result.output


def test_parse_json():
    result = run("parse", str(SEEDS[3]), "--json")
    data = json.loads(result.stdout)
    assert data["metadata"]["index_no"] == "002508879/2022-81382"
    assert len(data["paragraphs"]) == 76


def test_parse_refuses_a_file_without_header(tmp_path):
    p = tmp_path / "notes.txt"
    p.write_text("只是一段文字。\n", encoding="utf-8")
    result = run("parse", str(p))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {p}: no recognizable header (索引号, 发布机构, 发文日期 or another metadata label)\n"
    assert "Traceback" not in result.output


def test_parse_refuses_a_binary_file(tmp_path):
    p = tmp_path / "x.bin"
    p.write_bytes(bytes(range(256)) * 4)
    result = run("parse", str(p))
    assert (result.exit_code, result.stderr) == (1, f"Error: {p}: binary file, not a text capture\n")


def test_parse_names_a_missing_file(tmp_path):
    result = run("parse", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'nope.txt'}: cannot read file")


def test_render_prints_canonical_text_that_parses_back():
    result = run("render", str(SEEDS[4]))
    assert result.exit_code == 0
    assert result.output.startswith("索引号: 11330727755915516G/2023-62711\n发布机构: 玉山镇\n")
    assert parse(result.output) == parse_file(SEEDS[4])


def test_installed_console_script_runs():
    """The `monitor` entry point works as a real process (python -m monitor)."""
    out = subprocess.run([sys.executable, "-m", "monitor", "parse", str(SEEDS[1]), "--json"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(out.stdout)["metadata"]["publisher"] == "稽东镇"


def test_output_closed_early_ends_the_command_quietly():
    """`monitor extract seeds/*.txt | head -1`: the reader leaves; no error line, no traceback, exit 141."""
    files = [str(s) for s in SEEDS] * 2  # ~160 KB of output: more than a pipe holds, so the writer meets the close
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "extract", "--explain", *files], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().startswith(files[0])
    proc.stdout.close()  # as head does after its line
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert "Error" not in stderr and "Traceback" not in stderr, stderr
