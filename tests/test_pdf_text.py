"""Plans published as PDF (or Word/WPS) files read as well as plans in a page.

The text layer of such files has quirks a page's text lacks; each quirk here has real
sentences from PDFs of government documents, with the reading they must get, and a
sentence the handling must leave as it is.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from attachment_files import make_ofd, make_pdf
from conftest import SEEDS

from monitor.attachments import read_attachment
from monitor.extract import explain_body, extract, extract_body
from monitor.extract.quantities import close_spacing
from monitor.models import Document
from monitor.seedformat import clean_line, parse_file

PLAN = "二、2025年工作安排\n"
REVIEW = "一、2024年工作回顾\n"


def read(body: str) -> list[tuple]:
    """What a user compares: every record of a 2025 plan's body, without offset and quote."""
    found = extract_body(body, "2025年工作计划")
    return [(t.role, t.indicator, t.kind, t.value, t.unit, t.qualifier, t.period) for t in [*found.targets, *found.actuals]]


def records(doc: Document) -> list[tuple]:
    """Every target and actual of a document, in order, without offsets and quotes."""
    found = extract(doc)
    return [(t.role, t.indicator, t.kind, t.value, t.min, t.max, t.unit, t.qualifier, t.period) for t in [*found.targets, *found.actuals]]


# Latin digits set apart from Han characters by a space: the text layer of a PDF (and Word or WPS
# output) whose digits are in a Latin font gives one where the typesetter put a gap.
SPACED = [
    # 宜川 部门决算 PDF, its text layer as quoted in a public audit tool (github, "宜川原文")
    (REVIEW + "公务接待费支出决算为 0.3 万元，完成预算的 37.5%。",
     [("actual", "公务接待费支出决算", "level", 0.3, "万元", None, "2024"), ("actual", "公务接待费支出决算完成率", "share", 37.5, "%", None, "2024")]),
    # 上海市某局 2025 年度部门决算 PDF, a sentence of its 说明 (test data of a public checker)
    (REVIEW + "支出决算数与2024年度相比增加 90.09 万元，增长 42.68%。",
     [("actual", "支出决算数", "growth", 90.09, "万元", None, "2024"),  # 与2024年度相比: the base, no name
      ("actual", "支出决算数", "growth", 42.68, "%", None, "2024")]),
    # a 2025 township plan (the miss noted when attachments were first read): 到 2025 年 is a deadline
    (PLAN + "到 2025 年，全镇农村常住居民人均可支配收入达到 3.2 万元，同比增长 6.5% 左右。",
     [("target", "农村常住居民人均可支配收入", "level", 3.2, "万元", None, "2025"),
      ("target", "农村常住居民人均可支配收入", "growth", 6.5, "%", "左右", "2025")]),
    # a space before the percent sign, as some pages and PDF text layers give it (森林覆盖率达到48.7 %)
    (PLAN + "森林覆盖率达到 48.7 %，农村居民人均可支配收入增长 6.5 % 左右。",
     [("target", "森林覆盖率", "share", 48.7, "%", None, "2025"),
      ("target", "农村居民人均可支配收入", "growth", 6.5, "%", "左右", "2025")]),
    (PLAN + "全年新建农房 1200 户，完成固定资产投资 5.6 亿元。",
     [("target", "新建农房", "count", 1200.0, "户", None, "2025"),
      ("target", "固定资产投资", "level", 5.6, "亿元", None, "2025")]),
]


@pytest.mark.parametrize("body, expected", SPACED, ids=lambda x: x[12:30] if isinstance(x, str) else "")
def test_a_number_set_apart_by_spaces_reads_as_written_without_them(body, expected):
    assert read(body) == expected
    assert read(body) == read(body.replace(" ", ""))


def autospaced_pdf(runs: list[str], gap: float) -> bytes:
    """One line drawn run by run, Han runs in STSong-Light and digit runs in Times-Roman, `gap` points apart,
    as Word and WPS set mixed text (their autospace puts about a quarter em between Han and Latin characters)."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out)
    x = 72.0
    for run in runs:
        font = "Times-Roman" if run[0].isdigit() else "STSong-Light"
        c.setFont(font, 16)
        c.drawString(x, 700, run)
        x += pdfmetrics.stringWidth(run, font, 16) + gap
    c.save()
    return out.getvalue()


def test_pdfium_gives_the_autospace_gap_of_mixed_fonts_as_a_space_and_the_reading_is_the_same():
    runs = ["到", "2025", "年，全镇农村常住居民人均可支配收入达到", "3.2", "万元。"]
    tight = read_attachment(autospaced_pdf(runs, 0), "a.pdf", "pdf").paragraphs
    spaced = read_attachment(autospaced_pdf(runs, 4), "a.pdf", "pdf").paragraphs  # a quarter of the 16 pt em
    assert spaced == ("到 2025 年,全镇农村常住居民人均可支配收入达到 3.2 万元。",) and tight == (spaced[0].replace(" ", ""),)
    assert read(PLAN + spaced[0]) == read(PLAN + tight[0]) != []


FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/X11/fonts")  # where PDFium looks on Linux


def read_without_system_fonts(tmp_path, pdfs: dict[str, bytes]) -> dict[str, list]:
    """{name: [status, paragraphs, detail]} of each PDF read where PDFium finds no system font: a child process
    in a mount namespace whose font folders are empty (a bare server); skipped where namespaces are not allowed."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("hiding the system fonts needs root and unshare(1)")
    for name, data in pdfs.items():
        (tmp_path / name).write_bytes(data)
    hide = " && ".join(f"mount -t tmpfs none {d}" for d in FONT_DIRS if os.path.isdir(d)) or "true"
    script = ("import json, pathlib, sys\nfrom monitor.attachments import read_attachment\nout = {}\n"
              "for n in sys.argv[2:]:\n    got = read_attachment(pathlib.Path(sys.argv[1], n).read_bytes(), n, 'pdf')\n"
              "    out[n] = [got.status, list(got.paragraphs), got.detail]\nprint(json.dumps(out))")
    got = subprocess.run(["unshare", "-m", "sh", "-c", f'{hide} && exec "$@"', "sh", sys.executable, "-c", script,
                          str(tmp_path), *pdfs], capture_output=True, text=True, timeout=60)
    if got.returncode and "unshare" in got.stderr:
        pytest.skip(f"no mount namespace here: {got.stderr.strip()}")
    assert got.returncode == 0, got.stderr
    return json.loads(got.stdout)


def test_without_a_chinese_font_a_pdf_whose_chinese_font_is_not_embedded_is_a_clear_status_not_a_text_short_of_characters(tmp_path):
    # PDFium lays out a font the file does not embed with the machine's fonts; with none that has Han glyphs it
    # drops a Han character set alone (`到 2025 年` read `2025 年`), silently. Latin text in the standard fonts is
    # laid out with PDFium's own and reads as ever.
    got = read_without_system_fonts(tmp_path, {
        "plan.pdf": autospaced_pdf(["到", "2025", "年，全镇农村常住居民人均可支配收入达到", "3.2", "万元。"], 4),
        "digits.pdf": autospaced_pdf(["2025", "3.2"], 4)})
    status, paragraphs, detail = got["plan.pdf"]
    assert (status, paragraphs) == ("no Chinese font", [])
    assert detail.startswith("plan.pdf: its Chinese text is set in a font it does not embed (STSong-Light)")
    assert "apt-get install fonts-wqy-microhei" in detail
    assert got["digits.pdf"][:2] == ["ok", ["2025 3.2"]]
    with_fonts = read_attachment(autospaced_pdf(["到", "2025", "年"], 4), "plan.pdf", "pdf")  # this machine has one
    assert (with_fonts.status, with_fonts.paragraphs) == ("ok", ("到 2025 年",))


# A justified line spreads its characters; PDFium gives a gap of a fraction of an em between two
# Han characters as a space, as in the text of the 十四五 纲要 quoted by 党的教育 2021·3 (a PDF
# flipbook, page 33: "综合生产能力 46 亿吨标准煤以上" came out "能源综 合 生产能力").
SPREAD = [
    (["能源综", "合生产能力达到46亿吨标准煤以上。"], "能源综合生产能力达到46亿吨标准煤以上。"),  # 十四五 纲要, 党的教育 PDF
    (["高校毕业生实现就业1700人", "以上。"], "高校毕业生实现就业1700人以上。"),  # 乌海市 2024 政府工作报告 (corpus)
    (["地区生产总值", "亿元"], None),  # counter-example: cells of a table row, 2 em apart, stay apart
]


@pytest.mark.parametrize("runs, expected", SPREAD)
def test_a_justified_line_s_spread_is_no_space_but_a_table_s_gap_is(runs, expected):
    gap = 32 if expected is None else 6  # points, at 16 pt: two em, or three eighths of one
    (line,) = read_attachment(autospaced_pdf(runs, gap), "a.pdf", "pdf").paragraphs
    assert line == (expected or " ".join(runs))


def test_records_of_a_spaced_number_quote_and_point_at_the_text_as_given():
    body = PLAN + "到 2025 年，全镇农村常住居民人均可支配收入达到 3.2 万元，同比增长 6.5% 左右。"
    level, growth = extract_body(body, "2025年工作计划").targets
    assert level.quote == "全镇农村常住居民人均可支配收入达到 3.2 万元"
    assert body[level.offset : level.offset + 6] == "3.2 万元"
    assert growth.quote == "同比增长 6.5% 左右"
    assert body[growth.offset : growth.offset + 4] == "6.5%"


@pytest.mark.parametrize("body", [
    # 杭州市人民政府文件 杭政函〔2024〕16 号, its date line as a PDF gives it: a date, no quantity
    PLAN + "杭州市人民政府\n2024 年 2 月 18 日",
])
def test_spaced_dates_and_document_numbers_stay_no_quantity(body):
    assert read(body) == []


def test_a_space_after_a_unit_written_on_its_number_still_parts_two_quantities():
    # seed 004 (a 2023 half-year review), written without spacing: 8户 and 16人 are two figures
    body = REVIEW + "新增低保8户 16人,发放补助金12080万元。"
    found = extract_body(body, "2025年工作计划")
    assert [(t.value, t.unit, t.quote) for t in found.actuals][:2] == [(8.0, "户", "新增低保8户 16人"), (16.0, "人", "新增低保8户 16人")]


# Running headers and footers: a line in the top or bottom band of every page (the title, the
# 文号, the office), which pypdfium2 gives in the middle of the sentence that runs across the page break.
RUNNING = [
    "王坛镇2024年工作计划",  # seed 000's title, as township plans print it over each page
    "杭政函〔2024〕16 号",  # 杭州市人民政府文件 (PDF text quoted in the go-doudou-rag article): its 文号
]


@pytest.mark.parametrize("header", RUNNING)
@pytest.mark.parametrize("page_of", [None, 12], ids=["dash", "page-of"])
def test_running_headers_and_footers_leave_the_text_and_its_records_as_in_the_page(header, page_of):
    doc = parse_file(SEEDS[0])
    pdf = read_attachment(make_pdf(doc.title, list(doc.paragraphs), header=header, page_of=page_of), "plan.pdf", "pdf")
    assert pdf.status == "ok"
    assert header not in pdf.paragraphs[1:]  # the first is the title, set larger under the header
    assert not any("页" in p and "共" in p and len(p) < 12 for p in pdf.paragraphs)
    assert records(replace(doc, paragraphs=pdf.paragraphs[1:])) == records(doc)


@pytest.mark.parametrize("header", RUNNING)
def test_an_ofd_s_running_header_is_dropped_as_a_pdf_s(header):
    doc = parse_file(SEEDS[0])
    ofd = read_attachment(make_ofd(doc.title, list(doc.paragraphs), header=header), "plan.ofd", "ofd")
    assert ofd.status == "ok" and header not in ofd.paragraphs[1:]  # the first is the title
    assert records(replace(doc, paragraphs=ofd.paragraphs[1:])) == records(doc)


# Footnotes: lines set smaller than the body under its last line. PDFium gives them where the page
# draws them, often before the body or between the two halves of a sentence running over the page break.
NOTES = [
    "注：地区生产总值增速按可比价格计算。",  # the statistics bulletins' wording (北京 2020: "按可比价格计算，比上年增长1.2%")
    "①数据来源：区统计局初步核算数。",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_footnote_follows_the_paragraph_it_interrupts(note):
    doc = parse_file(SEEDS[0])
    pdf = read_attachment(make_pdf(doc.title, list(doc.paragraphs), note=note), "plan.pdf", "pdf")
    body = tuple(p for p in pdf.paragraphs[1:] if p != clean_line(note))
    assert "".join(body) == "".join(doc.paragraphs)  # no note inside a sentence
    assert clean_line(note) in pdf.paragraphs  # the note kept, as a paragraph of its own
    assert records(replace(doc, paragraphs=pdf.paragraphs[1:])) == records(doc)


def test_a_margin_line_on_one_page_only_is_text():
    pdf = read_attachment(make_pdf(None, ["全年新建农房1200户。"], header="附件1"), "plan.pdf", "pdf")
    assert pdf.paragraphs == ("附件1", "全年新建农房1200户。")


def test_explain_shows_the_sentence_and_offsets_of_the_text_as_given():
    body = PLAN + "全年新建农房 1200 户，完成固定资产投资 5.6 亿元。"
    (entry,) = [e for e in explain_body(body, "2025年工作计划") if e["records"]]
    assert entry["sentence"] == "全年新建农房 1200 户，完成固定资产投资 5.6 亿元。"
    assert body[entry["offset"] :].startswith(entry["sentence"])
    assert [body[r["offset"] : r["offset"] + len(str(r["value"]).removesuffix(".0"))] for r in entry["records"]] == ["1200", "5.6"]


@pytest.mark.parametrize("title", [
    "上海市某局 2025 年度部门决算",  # the cover of a 部门决算 PDF (test data of a public checker, above)
    "王坛镇 2025 年工作计划",  # a township plan's title as its PDF's properties give it
])
def test_a_spaced_title_gives_the_plan_year_of_the_title_written_without_spaces(title):
    body = "全年新建农房1200户。"
    assert extract_body(body, title).plan_year == extract_body(body, title.replace(" ", "")).plan_year == 2025


@given(st.text(alphabet="年万元增长达到0123456789.% ,。", max_size=60))
def test_every_character_of_the_closed_text_maps_back_to_itself_in_the_text_as_given(body):
    closed, _, spacing = close_spacing(body, body)
    if spacing is None:
        assert closed == body
        return
    assert len(closed) < len(body) and closed.replace(" ", "") == body.replace(" ", "")
    assert all(body[spacing.at(i)] == c for i, c in enumerate(closed))
    assert spacing.slice(0, len(closed)) == body  # spaces at either end are never taken out
