"""`monitor parse` and `monitor extract` on a local PDF, DOCX or XLSX: the file's text is the body,
so a user can check an attachment the monitor flagged; an unreadable file is a clear error."""

from __future__ import annotations

import json

import pytest
from attachment_files import make_docx, make_ole, make_pdf, make_xlsx
from click.testing import CliRunner
from conftest import SEEDS

from monitor.cli import cli
from monitor.seedformat import parse_file


def run(*args: str):
    """Invoke `monitor ARGS` in-process."""
    return CliRunner().invoke(cli, list(args))


def gold(path) -> list[tuple]:
    """The seed's targets as `monitor extract --json` prints them, without offsets and quotes."""
    data = json.loads(run("extract", str(path), "--json").stdout)[0]
    return [(t["indicator"], t["value"], t["unit"], t["kind"], t["period"]) for t in data["targets"] + data["actuals"]]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_extract_reads_a_plan_published_as_a_file(tmp_path, kind):
    doc = parse_file(SEEDS[2])
    path = tmp_path / f"plan.{kind}"
    path.write_bytes((make_pdf if kind == "pdf" else make_docx)(doc.title, list(doc.paragraphs)))
    result = run("extract", str(path), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)[0]
    assert data["file"] == f"plan.{kind}"
    assert {k: v for k, v in data["metadata"].items() if v is not None} == {"title": doc.title, "plan_year": 2023}
    assert [(t["indicator"], t["value"], t["unit"], t["kind"], t["period"]) for t in data["targets"] + data["actuals"]] \
        == gold(SEEDS[2])


def test_parse_prints_the_files_paragraphs_with_a_title_from_its_name(tmp_path):
    path = tmp_path / "王坛镇2025年主要指标.xlsx"
    path.write_bytes(make_xlsx([["指标", "目标", "增速"], ["财政总收入(亿元)", 3.2, 0.06]], percent_cols=(2,)))
    result = run("parse", str(path))
    assert result.exit_code == 0, result.output
    assert "title: 王坛镇2025年主要指标\n" in result.output
    assert "publisher: \n" in result.output
    assert result.output.endswith("paragraphs: 3\n[1] 主要指标\n[2] 指标 | 目标 | 增速\n[3] 财政总收入(亿元) | 3.2 | 6%\n")


def test_parse_json_of_a_pdf_without_a_chinese_name_or_title(tmp_path):
    path = tmp_path / "501F423F95841345.pdf"
    path.write_bytes(make_pdf(None, ["全年财政总收入增长6%。"]))
    data = json.loads(run("parse", str(path), "--json").stdout)
    assert data == {"file": "501F423F95841345.pdf", "metadata": dict.fromkeys(data["metadata"]),
                    "paragraphs": ["全年财政总收入增长6%。"]}


@pytest.mark.parametrize(("name", "data", "message"), [
    ("scan.pdf", lambda: make_pdf(None, [], scanned=True), "PDF of 2 pages with no text layer (a scan?); it is not read"),
    ("locked.pdf", lambda: make_pdf("通知", ["x"], encrypt="secret"), "encrypted PDF (a password is needed to open it)"),
    ("cut.docx", lambda: make_docx("通知", ["增长6%。"])[:900], "damaged or truncated ZIP container (a .docx file is one)"),
    ("old.doc", lambda: make_ole("WordDocument"),
     "unsupported attachment type: the bytes are a legacy Word/WPS binary (DOC/WPS) (PDF, DOCX, XLSX, XLS and OFD are read)"),
])
def test_an_unreadable_file_is_a_clear_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data())
    for command in (["parse", str(path)], ["extract", str(path), "--json"]):
        result = run(*command)
        assert result.exit_code == 1
        assert result.stderr.strip() == f"Error: {path}: {message}"


def test_extract_reports_the_good_files_beside_a_bad_one(tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf(None, [], scanned=True))
    result = run("extract", str(SEEDS[0]), str(scan), "--json")
    assert result.exit_code == 1
    assert [d["file"] for d in json.loads(result.stdout)] == [SEEDS[0].name]


def test_diff_of_a_plan_whose_pdf_was_replaced_by_a_revised_docx(tmp_path):
    doc = parse_file(SEEDS[0])
    old, new = tmp_path / "计划.pdf", tmp_path / "计划(修订).docx"
    old.write_bytes(make_pdf(doc.title, list(doc.paragraphs)))
    new.write_bytes(make_docx(doc.title, [p.replace("同比增长5%", "同比增长7%") for p in doc.paragraphs]))
    result = run("diff", str(old), str(new), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(c["change"], c["indicator"], c["old"]["value"], c["new"]["value"]) for c in data["changes"]] == [
        ("changed", "财政总收入", 5, 7)]
    assert [(h["old"], h["new"]) for h in data["text"]] == [
        (["经济社会发展的主要目标是:预计财政总收入10000万元,同比增长5%;"], ["经济社会发展的主要目标是:预计财政总收入10000万元,同比增长7%;"])]
