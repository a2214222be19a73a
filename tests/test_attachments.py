"""Attachments read as text: real PDF, DOCX, XLSX, XLS and OFD files built from the seeds give the
seeds' targets; bad files give a status naming the file and never an exception."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import pypdfium2
import pytest
from attachment_files import make_docx, make_ofd, make_ole, make_pdf, make_xls, make_xlsx
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor import attachments
from monitor.attachments import read_attachment, read_into, sniff
from monitor.errors import ParseError
from monitor.extract import extract
from monitor.models import Attachment, Document
from monitor.seedformat import parse_file, render

URL = "https://zjj.yantai.gov.cn/cms_files/filemanager/48851/attach/20269/501F.pdf"
BUILDERS = {
    "pdf": lambda d: make_pdf(d.title, list(d.paragraphs)),
    "docx": lambda d: make_docx(d.title, list(d.paragraphs)),
    "ofd": lambda d: make_ofd(d.title, list(d.paragraphs)),
}


def records(doc: Document) -> list[tuple]:
    """What a user compares: every target and actual, in order, without offsets and quotes."""
    found = extract(doc)
    return [(t.role, t.indicator, t.kind, t.value, t.min, t.max, t.unit, t.qualifier, t.period)
            for t in [*found.targets, *found.actuals]]


@pytest.mark.parametrize("kind", sorted(BUILDERS))
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_a_seed_published_as_a_file_gives_the_seeds_targets(seed, kind):
    doc = parse_file(seed)
    got = read_attachment(BUILDERS[kind](doc), URL, kind)
    assert (got.status, got.type, got.detail) == ("ok", kind, None)
    assert got.paragraphs[0] == doc.title  # the file's own heading comes first
    assert records(replace(doc, paragraphs=got.paragraphs)) == records(doc)
    assert "".join(got.paragraphs[1:]).replace(" ", "") == "".join(doc.paragraphs).replace(" ", "")
    if kind == "docx":  # a PDF or OFD line break may split a paragraph at a sentence end
        assert got.paragraphs[1:] == doc.paragraphs


def test_pdf_lines_are_joined_into_paragraphs_without_page_numbers():
    doc = parse_file(SEEDS[0])
    data = make_pdf(doc.title, list(doc.paragraphs))
    got = read_attachment(data, URL, "pdf")
    assert len(pypdfium2.PdfDocument(data)) == 7  # each page numbered "— N —" at its foot
    assert "".join(got.paragraphs) == doc.title + "".join(doc.paragraphs)  # no page number, nothing lost
    assert got.title == doc.title  # from the PDF's document properties


def test_a_number_wrapped_over_two_lines_stays_one_number():
    text = "深入实施节能降碳行动，开展" + "低碳单元建设" * 3 + "，全年新增3060个低碳单元，完成率达到100%以上。"
    got = read_attachment(make_pdf(None, [text]), URL, "pdf")
    assert got.paragraphs == (text.replace("，", ","),)


def test_docx_tables_become_rows_of_cells():
    data = make_docx("主要指标", ["2025年主要预期目标如下:"], table=[["指标", "目标"], ["财政总收入", "增长6%"], ["新建公路", "12.5公里"]])
    got = read_attachment(data, "plan.docx", "docx")
    assert got.paragraphs == ("主要指标", "2025年主要预期目标如下:", "指标 | 目标", "财政总收入 | 增长6%", "新建公路 | 12.5公里")
    assert got.title == "主要指标"


def test_xlsx_rows_read_as_excel_shows_them():
    rows = [["指标", "2025年目标", "增速"], ["财政总收入（亿元）", 3.2, 0.065], ["新建农村公路（公里）", 12.0, None], ["备注"]]
    got = read_attachment(make_xlsx(rows, percent_cols=(2,)), "targets.xlsx", "xlsx")
    assert got.status == "ok"
    assert got.paragraphs == ("主要指标", "指标 | 2025年目标 | 增速", "财政总收入(亿元) | 3.2 | 6.5%", "新建农村公路(公里) | 12", "备注")


def test_xls_rows_read_as_excel_shows_them():
    import datetime

    rows = [["指标", "2025年目标", "增速", "截止日期"], ["财政总收入（亿元）", 3.2, 0.065, datetime.date(2025, 12, 31)], ["新建农村公路（公里）", 12.0]]
    got = read_attachment(make_xls(rows, percent_cols=(2,)), "budget.xls", "xls")
    assert (got.status, got.type) == ("ok", "xls")
    assert got.paragraphs == ("主要指标", "指标 | 2025年目标 | 增速 | 截止日期", "财政总收入(亿元) | 3.2 | 6.5% | 2025-12-31", "新建农村公路(公里) | 12")


def test_a_scanned_pdf_has_no_text_layer_and_no_paragraphs():
    got = read_attachment(make_pdf(None, [], scanned=True), URL, "pdf")
    assert (got.status, got.paragraphs) == ("no text layer", ())
    assert got.detail == f"{URL}: PDF of 2 pages with no text layer (a scan?); it is not read"


def test_a_pdf_locked_only_against_copying_is_read():
    from reportlab.lib.pdfencrypt import StandardEncryption

    lock = StandardEncryption("", ownerPassword="owner", canCopy=0, canPrint=0)
    got = read_attachment(make_pdf("通知", ["全年财政总收入增长6%。"], encrypt=lock), URL, "pdf")
    assert (got.status, got.paragraphs) == ("ok", ("通知", "全年财政总收入增长6%。"))


def zip_bomb() -> bytes:
    """A DOCX-looking ZIP whose document.xml unpacks to 210 MB of zeros (200 kB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            for _ in range(210):
                f.write(bytes(1 << 20))
    return out.getvalue()


def many_members() -> bytes:
    """A DOCX-looking ZIP of 10,001 members."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w/>")
        for n in range(attachments.MAX_ENTRIES):
            z.writestr(f"word/media/{n}.xml", "")
    return out.getvalue()


def with_dtd() -> bytes:
    """A DOCX whose document.xml declares entities (billion laughs)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w>&a;</w>')
    return out.getvalue()


PDF = make_pdf("通知", ["全年财政总收入增长6%。"])
DOC = make_ole("WordDocument")  # an OLE compound file as Word 97-2003 and WPS write
XLS = make_xls([["指标", "目标"], ["财政总收入(亿元)", 3.2]])

BAD = [
    ("truncated pdf", lambda: PDF[: len(PDF) // 2], "pdf", "damaged", "truncated PDF (no %%EOF at the end)"),
    ("corrupt pdf", lambda: b"%PDF-1.7\n1 0 obj garbage\n%%EOF\n", "pdf", "damaged",
     "damaged PDF: Failed to load document (PDFium: Data format error)."),
    ("encrypted pdf", lambda: make_pdf("通知", ["增长6%。"], encrypt="secret"), "pdf", "encrypted",
     "encrypted PDF (a password is needed to open it)"),
    ("zip bomb as docx", zip_bomb, "docx", "too large",
     "ZIP container unpacks to 210.0 MB, over the 200.0 MB cap (a ZIP bomb?)"),
    ("10001 members", many_members, "docx", "too large", "ZIP container of 10001 members, over the cap of 10000"),
    ("entities in docx", with_dtd, "docx", "damaged", "word/document.xml declares a DTD or entities, which Office files never do"),
    ("html named pdf", lambda: b"<!DOCTYPE html>\n<html><title>404</title></html>", "pdf", "type mismatch",
     "named .pdf but the bytes are an HTML page"),
    ("doc named pdf", lambda: DOC, "pdf", "type mismatch", "named .pdf but the bytes are a legacy Word/WPS binary (DOC/WPS)"),
    ("legacy doc", lambda: DOC, "doc", "unsupported attachment type",
     "unsupported attachment type: the bytes are a legacy Word/WPS binary (DOC/WPS) (PDF, DOCX, XLSX, XLS and OFD are read)"),
    ("legacy wps", lambda: DOC, "wps", "unsupported attachment type",
     "unsupported attachment type: the bytes are a legacy Word/WPS binary (DOC/WPS) (PDF, DOCX, XLSX, XLS and OFD are read)"),
    ("password-protected docx", lambda: make_ole("EncryptedPackage"), "docx", "encrypted",
     "password-protected Office file (an encrypted package)"),
    ("truncated xls", lambda: XLS[:3000], "xls", "damaged",
     "damaged file, an XLS (Excel 97-2003) that cannot be read (array index out of range)"),
    ("rar named docx", lambda: b"Rar!\x1a\x07\x00" + bytes(64), "docx", "type mismatch", "named .docx but the bytes are a RAR archive"),
    ("empty", lambda: b"", "pdf", "damaged", "empty file"),
    ("over the cap", lambda: b"%PDF-1.7\n" + bytes(attachments.MAX_BYTES), "pdf", "too large",
     "30.0 MB, over the 30.0 MB attachment size cap"),
]


@pytest.mark.parametrize(("data", "declared", "status", "detail"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_file_gets_a_status_naming_it(data, declared, status, detail):
    got = read_attachment(data(), URL, declared)
    assert (got.status, got.paragraphs, got.detail) == (status, (), f"{URL}: {detail}")


def test_a_docx_named_doc_is_read_and_the_mismatch_noted():
    got = read_attachment(make_docx("通知", ["增长6%。"]), "a.doc", "doc")
    assert (got.status, got.type, got.paragraphs) == ("ok", "docx", ("通知", "增长6%。"))
    assert got.detail == "a.doc: named .doc but is a DOCX; read as such"


@pytest.mark.parametrize(("data", "kind"), [(PDF, "pdf"), (make_docx(None, ["x"]), "docx"), (make_xlsx([["x"]]), "xlsx"),
                                            (make_ofd("t", ["x"]), "ofd"), (DOC, "doc"), (XLS, "xls"),
                                            (make_ole("EncryptedPackage"), "encrypted-office"), (b"{\\rtf1 x}", "rtf"),
                                            (b"\x89PNG\r\n", "image"), (b"hello", None)])
def test_the_type_comes_from_the_bytes(data, kind):
    assert sniff(data) == kind


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", PDF[:400], make_docx(None, ["x"])[:300], b""]), st.binary(max_size=600),
       st.sampled_from(["pdf", "docx", "xlsx", "ofd", "doc", None]))
def test_nothing_raises_out_of_the_reader(prefix, tail, declared):
    got = read_attachment(prefix + tail, "fuzz.bin", declared)
    assert got.status in {"ok", "damaged", "type mismatch", "unsupported attachment type", "no text layer", "encrypted", "too large"}
    assert got.status == "ok" or got.detail.startswith("fuzz.bin: ")


def test_read_into_fills_the_attachment():
    att = Attachment("王坛镇2025年工作计划.pdf", URL, "pdf")
    got = read_into(att, PDF)
    assert got == Attachment("王坛镇2025年工作计划.pdf", URL, "pdf", "ok", ("通知", "全年财政总收入增长6%。"), None)


def test_documents_without_attachments_keep_their_hash_and_seed_layout():
    doc = parse_file(SEEDS[0])
    assert doc.attachments == ()
    assert doc.sha256() == "43590c31a7826de4e13538e7b5cc12d8dfe1f9e78f14471f56bd294cfbe264f6"  # as before attachments
    with_file = replace(doc, attachments=(read_into(Attachment("a.pdf", URL, "pdf"), PDF),))
    assert with_file.sha256() != doc.sha256()  # a replaced file is a new version
    unread = (Attachment("a.pdf", URL, "pdf"), read_into(Attachment("b.pdf", URL, "pdf"), PDF[:100]))
    assert replace(doc, attachments=unread).sha256() == doc.sha256()  # a failed fetch or read is no new content
    assert render(with_file) == render(doc)


PAGE = Document(title="关于印发王坛镇2025年工作计划的通知", paragraphs=(), publisher="王坛镇", date="2025-03-01",
                url="https://www.keqiao.gov.cn/art/2025/3/1/art_1.html")


def test_a_plan_only_in_its_attachment_takes_the_attachments_text_as_body():
    plan = read_into(Attachment("王坛镇2025年工作计划.pdf", URL, "pdf"), PDF)
    scan = read_into(Attachment("附表.pdf", URL + "?2", "pdf"), make_pdf(None, [], scanned=True))
    doc = attachments.attach(PAGE, (plan, scan))
    assert (doc.title, doc.publisher, doc.paragraphs) == (PAGE.title, "王坛镇", ("通知", "全年财政总收入增长6%。"))
    assert doc.attachments == (plan, scan)


def test_a_page_with_its_own_body_keeps_it_and_its_attachments_apart():
    page = replace(PAGE, paragraphs=("现将《王坛镇2025年工作计划》印发给你们,请认真贯彻执行。",))
    plan = read_into(Attachment("王坛镇2025年工作计划.pdf", URL, "pdf"), PDF)
    doc = attachments.attach(page, (plan,))
    assert doc.paragraphs == page.paragraphs
    assert doc.attachments[0].paragraphs == ("通知", "全年财政总收入增长6%。")


def test_a_page_with_no_body_and_no_readable_attachment_is_an_error_naming_each_file():
    scan = read_into(Attachment("王坛镇2025年工作计划.pdf", URL, "pdf"), make_pdf(None, [], scanned=True))
    with pytest.raises(ParseError) as err:
        attachments.attach(PAGE, (scan,))
    assert str(err.value) == (f"{PAGE.url}: no body paragraphs on the page, "
                              f"{URL}: PDF of 2 pages with no text layer (a scan?); it is not read")
    with pytest.raises(ParseError, match="no body paragraphs on the page, and it names no attachment"):
        attachments.attach(PAGE, ())


PLAN_PDF = Attachment("王坛镇2025年工作计划.pdf", URL, "pdf")


@pytest.mark.parametrize(("paragraphs", "own"), [
    (("附件：王坛镇2025年工作计划.pdf",), False),
    (("附件1:王坛镇2025年工作计划",), False),  # the name without its extension
    (("附件: 1.王坛镇2025年工作计划.pdf", "附件下载：附表.xlsx"), False),  # numbered; another file of the page
    (("附件",), False),
    (("501F423F95841345.pdf",), False),  # a bare file name
    (("现将《王坛镇2025年工作计划》印发给你们,请认真贯彻执行。", "附件：王坛镇2025年工作计划.pdf"), True),
    (("附件2：关于2025年工作的说明",), True),  # an annex written out on the page
    (("附近村民出行更加便捷。",), True),
], ids=["one-link", "no-extension", "numbered", "label-only", "file-name", "notice", "annex-text", "not-a-label"])
def test_a_body_that_only_points_at_its_files_is_no_body_of_its_own(paragraphs, own):
    assert attachments.own_text(paragraphs, (PLAN_PDF,)) is own
    doc = attachments.attach(replace(PAGE, paragraphs=paragraphs), (read_into(PLAN_PDF, PDF),))
    assert doc.paragraphs == (paragraphs if own else ("通知", "全年财政总收入增长6%。"))


def test_the_full_text_is_the_page_body_then_each_file_read_under_its_name():
    page = replace(PAGE, paragraphs=("现将计划印发给你们。",))
    scan = read_into(Attachment("附表.pdf", URL + "?2", "pdf"), make_pdf(None, [], scanned=True))
    doc = attachments.attach(page, (read_into(PLAN_PDF, PDF), scan))
    assert attachments.full_text(doc).paragraphs == (
        "现将计划印发给你们。", "附件: 王坛镇2025年工作计划.pdf", "通知", "全年财政总收入增长6%。")
    only = attachments.attach(PAGE, (read_into(PLAN_PDF, PDF),))  # the file's text is the body already
    assert attachments.full_text(only) == only and only.paragraphs == ("通知", "全年财政总收入增长6%。")
    assert attachments.full_text(page) == page  # no attachments: the page as it is
