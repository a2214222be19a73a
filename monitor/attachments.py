"""Attachments read as text: PDF, DOCX, XLSX, XLS and OFD bytes turned into paragraphs and a status.

`read_attachment(data, name, declared)` never raises: every outcome is a `FileText`
whose `status` says what happened and whose `detail` names the file:

* "ok"                           text paragraphs (`detail` may note a type the extension hid)
* "no text layer"                a PDF or OFD with pages but no text (a scan)
* "unsupported attachment type"  legacy Word/WPS binaries (DOC/WPS), RTF, archives, images
* "type mismatch"                the bytes are not the type the name says (an HTML error page)
* "too large"                    over the size cap (30 MB) or a ZIP that unpacks past its cap
* "encrypted"                    a PDF or Office file that needs a password to open
* "damaged"                      truncated or corrupt, or no text at all

The crawler (monitor/crawl.py) adds "another host" (not on the source's host nor its
allow_hosts: not requested) and "fetch failed" (404, over the size cap, ...; no copy stored).

The type is sniffed from the bytes (magic numbers, ZIP members), not taken from the
name. Libraries: pypdfium2 (PDF), openpyxl (XLSX), xlrd (XLS); DOCX and OFD are read here with
zipfile and ElementTree. docs/attachments.md gives the measurements behind the choice.
No network and no database; `document_from_file` reads a local file for the CLI.
"""

from __future__ import annotations

import functools
import io
import re
import statistics
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

from monitor.errors import ParseError
from monitor.models import Attachment, Document
from monitor.seedformat import clean_line

MAX_BYTES = 30 * 1024 * 1024  # one attachment
MAX_UNZIPPED = 200 * 1024 * 1024  # all members of a DOCX/XLSX/OFD, as the ZIP declares them
MAX_ENTRIES = 10_000  # members of one ZIP

OK = "ok"
NO_TEXT_LAYER = "no text layer"
UNSUPPORTED = "unsupported attachment type"
TYPE_MISMATCH = "type mismatch"
TOO_LARGE = "too large"
ENCRYPTED = "encrypted"
DAMAGED = "damaged"
NO_FONT = "no Chinese font"  # a PDF's Chinese text is in fonts it does not embed, and this machine has none to lay it out
# set by the crawler, which fetches the files (monitor/crawl.py)
OTHER_HOST = "another host"
FETCH_FAILED = "fetch failed"
READ_LATER = (FETCH_FAILED, NO_FONT)  # a later run may read the file: its page is asked for in full again, not with validators

READABLE = ("pdf", "docx", "xlsx", "ofd", "xls")
_LABELS = {"encrypted-office": "a password-protected Office file", "pdf": "a PDF", "docx": "a DOCX", "xlsx": "an XLSX", "ofd": "an OFD", "xls": "an XLS (Excel 97-2003)",
           "doc": "a legacy Word/WPS binary (DOC/WPS)", "ole": "an OLE compound file of no known kind", "rtf": "an RTF file", "html": "an HTML page",
           "zip": "a ZIP archive", "image": "an image", "rar": "a RAR archive", "7z": "a 7z archive"}
# Extensions that name each sniffed type (a DOCX may be published as .doc or .wps, an XLSX as .xls).
_FAMILY = {"pdf": {"pdf"}, "docx": {"docx", "doc", "wps"}, "xlsx": {"xlsx", "xls"}, "ofd": {"ofd"},
           "xls": {"xls"}, "doc": {"doc", "wps"}, "ole": {"doc", "wps", "xls"}, "encrypted-office": {"docx", "xlsx", "doc", "xls", "wps"}}


@dataclass(frozen=True)
class FileText:
    """What reading one file gave: status, paragraphs, a title from its properties, the sniffed type."""

    status: str
    paragraphs: tuple[str, ...] = ()
    title: str | None = None
    type: str | None = None
    detail: str | None = None  # one sentence naming the file, for users


def read_attachment(data: bytes, name: str, declared: str | None = None, *, max_bytes: int = MAX_BYTES) -> FileText:
    """Read a file's text; `name` (URL or path) appears in every detail; never raises."""
    if len(data) > max_bytes:
        return FileText(TOO_LARGE, detail=f"{name}: {_mb(len(data))}, over the {_mb(max_bytes)} attachment size cap")
    if not data.strip():
        return FileText(DAMAGED, detail=f"{name}: empty file")
    kind = sniff(data)
    declared = (declared or "").lower() or None
    if kind == "zip" and not zipfile.is_zipfile(io.BytesIO(data)):
        return FileText(DAMAGED, type=kind, detail=f"{name}: damaged or truncated ZIP container"
                        + (f" (a .{declared} file is one)" if declared in ("docx", "xlsx", "ofd") else ""))
    if kind == "ole" and declared == "xls":  # no stream name found (a cut file?): let the XLS reader say
        kind = "xls"
    if kind == "encrypted-office":
        return FileText(ENCRYPTED, type=kind, detail=f"{name}: password-protected Office file (an encrypted package)")
    if kind not in READABLE:
        what = _LABELS.get(kind or "", "of no known document type")
        if declared and declared not in _FAMILY.get(kind or "", ()):
            return FileText(TYPE_MISMATCH, type=kind, detail=f"{name}: named .{declared} but the bytes are {what}")
        return FileText(UNSUPPORTED, type=kind, detail=f"{name}: unsupported attachment type: the bytes are {what} "
                        "(PDF, DOCX, XLSX, XLS and OFD are read)")
    try:
        got = _READERS[kind](data, name)
    except Exception as exc:  # a third-party parser on hostile bytes: report it, never raise
        got = FileText(DAMAGED, detail=f"{name}: damaged file, {_LABELS[kind]} that cannot be read ({_reason(exc)})")
    got = replace(got, type=kind)
    if got.status == OK and declared and declared != kind:
        rest = f"; {got.detail.removeprefix(f'{name}: ')}" if got.detail else ""
        got = replace(got, detail=f"{name}: named .{declared} but is {_LABELS[kind]}; read as such{rest}")
    return got


def read_into(attachment: Attachment, data: bytes, *, max_bytes: int = MAX_BYTES) -> Attachment:
    """The attachment with the status, text and detail of its fetched bytes."""
    got = read_attachment(data, attachment.url, attachment.type, max_bytes=max_bytes)
    return replace(attachment, status=got.status, paragraphs=got.paragraphs, detail=got.detail)


def attach(doc: Document, attachments: tuple[Attachment, ...]) -> Document:
    """The page with its attachments kept; a page with no body of its own takes the text of the
    attachments that were read as its body (the title stays the page's).

    Raise ParseError naming the page and each attachment's status when neither the page nor
    any attachment gave text: never an empty document that diffs as "all targets removed".
    """
    if own_text(doc.paragraphs, attachments):
        return replace(doc, attachments=attachments)
    body = tuple(p for a in attachments if a.status == OK for p in a.paragraphs)
    if not body:
        why = "; ".join(a.detail or f"{a.url}: {a.status}" for a in attachments) or "and it names no attachment"
        raise ParseError(f"{doc.url or doc.title}: no body paragraphs on the page, {why}")
    return replace(doc, paragraphs=body, attachments=attachments)


# A line that only points at an attachment: 附件：, 附件1：1.计划.pdf, 附件下载：计划.docx
_REFERENCE = re.compile(r"^附件?\s*(?:下载)?\s*\d{0,2}\s*[:：]?\s*(?:\d{1,2}\s*[.、．]\s*)?(?P<rest>.*)$")
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar)\s*$", re.IGNORECASE)


def own_text(paragraphs: tuple[str, ...], attachments: tuple[Attachment, ...]) -> bool:
    """True when the page has text of its own: a paragraph that is more than a pointer to its attachments
    (`附件：王坛镇2025年工作计划.pdf`, a file's name alone)."""
    names = {n for a in attachments for n in (clean_line(a.name), _FILE_NAME.sub("", clean_line(a.name)).strip())}
    for p in paragraphs:
        line = clean_line(p)
        m = _REFERENCE.match(line) if line.startswith("附") else None
        rest = m.group("rest").strip() if m else line
        if rest and rest not in names and not (attachments and _FILE_NAME.search(rest)):
            return True
    return False


def full_text(doc: Document) -> Document:
    """The document as stored, extracted and compared: the page's body, then the text of each
    attachment read under a line `附件: NAME`; a page whose body is its attachments' text (attach) as it is."""
    read = [a for a in doc.attachments if a.status == OK and a.paragraphs]
    if not read or doc.paragraphs == tuple(p for a in read for p in a.paragraphs):
        return doc
    return replace(doc, paragraphs=doc.paragraphs + tuple(p for a in read for p in (f"附件: {a.name}", *a.paragraphs)))


def sniff(data: bytes) -> str | None:
    """The file type the bytes show: pdf, docx, xlsx, ofd, zip, xls, doc, encrypted-office, ole, rtf,
    html, image, rar, 7z or None. OLE compound files are told apart by their stream names."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "OFD.xml" in names:
            return "ofd"
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        for stream, kind in (("EncryptedPackage", "encrypted-office"), ("Workbook", "xls"), ("WordDocument", "doc")):
            if stream.encode("utf-16-le") + b"\x00\x00" in data:  # a directory entry's name
                return kind
        return "ole"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith((b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    if data.startswith(b"Rar!"):
        return "rar"
    if data.startswith(b"7z\xbc\xaf"):
        return "7z"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<meta")) or b"<html" in text:
        return "html"
    return None


def is_document_file(path: str | Path) -> bool:
    """True when a local file's bytes are a PDF, Office, WPS or OFD file (not a text capture)."""
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError:
        return False
    return b"%PDF-" in head or head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))


def document_from_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """A local PDF/DOCX/XLSX/OFD as a plain document: its text as the body; raise ParseError naming it.

    The title is the file's own (document properties) when it holds Chinese, else the file name
    when it does (not "501F423F.pdf"), else None.
    """
    p = Path(path)
    try:
        if p.stat().st_size > max_bytes:
            raise ParseError(f"{p}: {_mb(p.stat().st_size)}, over the {_mb(max_bytes)} attachment size cap")
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"{p}: cannot read file: {exc.strerror or exc}") from exc
    got = read_attachment(data, str(p), p.suffix.lstrip(".") or None, max_bytes=max_bytes)
    if got.status != OK:
        raise ParseError(got.detail or f"{p}: {got.status}")
    names = (got.title, clean_line(p.stem))
    title = next((t for t in names if t and re.search(r"[\u4e00-\u9fff]", t)), None)
    return Document(title=title, paragraphs=got.paragraphs)


# -- PDF (pypdfium2) ---------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^[-—–―－~～\s]*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})[-—–―－~～\s]*$")


@dataclass(frozen=True)
class _Line:
    """One line of text on a page with its left and right edges (page units, any origin)."""

    text: str
    left: float
    right: float
    em: float  # the line's character width, for indentation and short-line tests
    margin: bool = False  # in the band at the top or the bottom of its page, where headers and footers are
    height: float = 0.5  # where on its page: 0 at the bottom, 1 at the top


def _read_pdf(data: bytes, name: str) -> FileText:
    """PDF text with pypdfium2: lines by position, joined into paragraphs."""
    import pypdfium2 as pdfium

    if b"%%EOF" not in data[-2048:]:
        return FileText(DAMAGED, detail=f"{name}: truncated PDF (no %%EOF at the end)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return FileText(ENCRYPTED, detail=f"{name}: encrypted PDF (a password is needed to open it)")
        return FileText(DAMAGED, detail=f"{name}: damaged PDF: {exc}")
    try:
        missing = None if han_font() else _unembedded_han_font(pdf)
        if missing:
            return FileText(NO_FONT, detail=(
                f"{name}: its Chinese text is set in a font it does not embed ({missing}), and this machine has no "
                "Chinese font to lay it out with: PDFium would drop characters, so it is not read. Install one "
                "(Debian: apt-get install fonts-wqy-microhei) and the next run reads it"))
        pages = [_pdf_lines(pdf[i]) for i in range(len(pdf))]
        title = (pdf.get_metadata_dict().get("Title") or "").strip() or None
    finally:
        pdf.close()
    if not pages:
        return FileText(DAMAGED, detail=f"{name}: PDF without pages")
    paragraphs = _paragraphs(_without_running_lines(pages))
    if not paragraphs:
        return FileText(NO_TEXT_LAYER, title=title, detail=f"{name}: PDF of {len(pages)} pages with no text layer (a scan?); it is not read")
    notes = []
    empty = [str(n + 1) for n, lines in enumerate(pages) if not lines]
    if empty:
        notes.append(f"pages {', '.join(empty)} of {len(pages)} have no text layer")
    bad = sum(p.count("\ufffd") for p in paragraphs)
    if bad:
        notes.append(f"{bad} characters could not be read (shown as U+FFFD)")
    return FileText(OK, paragraphs, title, detail=f"{name}: " + "; ".join(notes) if notes else None)


@functools.cache
def han_font() -> bool:
    """True when PDFium finds a font with Han glyphs on this machine: it lays out a one-character PDF whose
    font is not embedded (without one it silently drops such a character: `到 2025 年` → `2025 年`)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_probe_pdf("\u5230"))
    try:
        textpage = pdf[0].get_textpage()
        try:
            return "\u5230" in textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        pdf.close()


def _probe_pdf(text: str) -> bytes:
    """A one-page PDF setting `text` in STSong-Light, a standard CID font, not embedded."""
    codes = "".join(f"{ord(c):04X}" for c in text)
    content = f"BT /F1 12 Tf 10 20 Td <{codes}> Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 50] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("ascii")
    table = "".join(f"{o:010d} 00000 n \n" for o in offsets)
    return out + (f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n{table}trailer\n<< /Size {len(objects) + 1} "
                  f"/Root 1 0 R >>\nstartxref\n{len(out)}\n%%EOF\n").encode("ascii")


def _unembedded_han_font(pdf) -> str | None:
    """The name of a font the PDF sets Chinese text in without embedding it, if any."""
    import ctypes

    import pypdfium2.raw as raw

    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        try:
            for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT]):
                font = raw.FPDFTextObj_GetFont(obj.raw)
                if not font or raw.FPDFFont_GetIsEmbedded(font):
                    continue
                size = raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
                buffer = ctypes.create_string_buffer(size)
                raw.FPDFTextObj_GetText(obj.raw, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
                if any(map(_chinese, buffer.raw[:-2].decode("utf-16-le", "replace"))):
                    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
                    name = ctypes.create_string_buffer(size)
                    raw.FPDFFont_GetBaseFontName(font, name, size)
                    return name.value.decode("latin-1") or "a font without a name"
        finally:
            textpage.close()
    return None


def _pdf_lines(page) -> list[_Line]:
    """A page's text lines, page-number headers and footers dropped."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        raw = textpage.get_text_range(errors="replace") if count else ""
        lines, unit = [], 0
        for text in re.split(r"(\r\n|\r|\n)", raw):
            width = len(text.encode("utf-16-le")) // 2
            if text and text not in "\r\n" and text.strip():
                first = unit + len(text) - len(text.lstrip())
                last = unit + len(text.rstrip()) - 1
                first_u = _unit_index(text, first - unit) + unit
                last_u = _unit_index(text, last - unit) + unit
                l, _, _, top = textpage.get_charbox(first_u, loose=True)
                _, bottom, r, _ = textpage.get_charbox(last_u, loose=True)
                em = max(top - bottom, 1.0)
                position = (bottom + top) / 2 / height if height else 0.5
                margin = position < 0.12 or position > 0.88
                if not (_PAGE_NUMBER.match(text) and margin):
                    text = _without_spread(textpage, text, unit, em) if " " in text.strip() else text
                    lines.append(_Line(text.strip(), l, r, em, margin, position))
            unit += width
        return lines
    finally:
        textpage.close()


def _without_spread(textpage, text: str, unit: int, em: float) -> str:
    """A line without the spaces PDFium puts between two Chinese characters (Han or CJK punctuation)
    set less than an em apart: a justified line spreads its characters (more so beside Latin digits
    in another font), and PDFium gives a wide gap as a space (`收 入实现`, `1700人 以上`, `“ 保交楼”`),
    where Chinese has no word spaces. A wider gap (table cells) keeps its space."""
    drop = []
    for i, c in enumerate(text):
        if c == " " and 0 < i < len(text) - 1 and _chinese(text[i - 1]) and _chinese(text[i + 1]):
            right = textpage.get_charbox(_unit_index(text, i - 1) + unit)[2]
            left = textpage.get_charbox(_unit_index(text, i + 1) + unit)[0]
            if left - right < em:
                drop.append(i)
    if not drop:
        return text
    gone = set(drop)
    return "".join(c for i, c in enumerate(text) if i not in gone)


def _chinese(c: str) -> bool:
    """True for a character outside ASCII that is no space: Han, CJK punctuation."""
    return not c.isascii() and not c.isspace()


def _without_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """PDF or OFD pages without their running headers and footers: a line in the top or bottom band of a page
    that stands there on two pages or more, its digits aside (the title or 文号 over each page,
    `王坛镇2024年工作计划`, `XX县人民政府办公室 第 3 页`). Left in, it would cut the sentence that runs
    across the page break and be read as a heading."""
    seen: dict[str, int] = {}
    for lines in pages:
        for key in {_running_key(x.text) for x in lines if x.margin}:
            seen[key] = seen.get(key, 0) + 1
    running = {k for k, n in seen.items() if n >= 2}
    if not running:
        return pages
    return [[x for x in lines if not (x.margin and _running_key(x.text) in running)] for lines in pages]


def _running_key(text: str) -> str:
    """A margin line as it repeats from page to page: digits (its page number) and spaces aside."""
    return re.sub(r"[\d\s]+", "#", text)


def _unit_index(text: str, index: int) -> int:
    """The UTF-16 index of text[index] (pdfium counts characters in UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


# -- lines into paragraphs (PDF and OFD) --------------------------------------------------------

_ENDS = tuple("。！？：；!?:;")


def _ends_paragraph(line: _Line, right: float) -> bool:
    """True when a line stops short of the right margin: by 4 characters, or by 1 after 。！？：；.

    Lines of CJK text wrap ragged by a character or two (a quoted phrase or a number is kept
    whole), so a slightly short line continues its paragraph unless a sentence ends there.
    """
    gap = (right - line.right) / line.em
    return gap > 4 or (gap > 1 and line.text.endswith(_ENDS))


def _paragraphs(pages: list[list[_Line]]) -> tuple[str, ...]:
    """Paragraphs from the lines of each page: a line that starts indented, follows a line that
    ends short or changes the font size starts a paragraph; otherwise it continues the one
    before (also across pages). Lines of a heading set larger than the body stay one paragraph.
    A page's footnotes (its last lines, set smaller than its body) follow the paragraph that runs
    on over the page break, not cut it."""
    out: list[str] = []
    notes: list[str] = []  # footnotes waiting for the paragraph they interrupted to end
    current = ""
    for lines in pages:
        if not lines:
            continue
        left = min(x.left for x in lines)
        right = max(x.right for x in lines)
        body_em = statistics.median(x.em for x in lines)
        floor = min(x.height for x in lines if x.em >= 0.85 * body_em)
        below = [x for x in lines if x.height < floor]  # smaller lines under the body's last: footnotes
        if below:
            notes += _paragraphs([sorted(below, key=lambda x: -x.height)])
            lines = [x for x in lines if x.height >= floor]
        for n, line in enumerate(lines):
            prev = lines[n - 1] if n else None
            if prev and line.em > 1.2 * body_em and abs(line.em - prev.em) <= 0.1 * prev.em:
                breaks = False  # the next line of a heading set larger than the body (a title)
            else:
                indented = line.left - left > 1.2 * line.em
                ends = prev is not None and (_ends_paragraph(prev, right) or abs(line.em - prev.em) > 0.2 * prev.em)
                breaks = indented or ends
            if current and breaks:
                out += [current, *notes]
                current, notes = "", []
            current = _join(current, line.text)
        if current and _ends_paragraph(lines[-1], right):  # the page ends a paragraph
            out += [current, *notes]
            current, notes = "", []
    out += [current, *notes] if current else notes
    return tuple(p for p in map(clean_line, out) if p)


def _join(a: str, b: str) -> str:
    """Two pieces of one wrapped line: no space in Chinese or inside a number, one between Latin words."""
    if not a:
        return b
    if a[-1].isascii() and a[-1].isalpha() and b[:1].isascii() and b[:1].isalpha():
        return a + " " + b
    return a + b


# -- ZIP-based files: the bomb guard --------------------------------------------------------------


def _open_zip(data: bytes, name: str) -> zipfile.ZipFile | FileText:
    """The ZIP, or a status when it is corrupt, holds too many members or unpacks too large."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return FileText(DAMAGED, detail=f"{name}: damaged ZIP container: {exc}")
    if len(infos) > MAX_ENTRIES:
        return FileText(TOO_LARGE, detail=f"{name}: ZIP container of {len(infos)} members, over the cap of {MAX_ENTRIES}")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNZIPPED:
        return FileText(TOO_LARGE, detail=f"{name}: ZIP container unpacks to {_mb(unpacked)}, over the {_mb(MAX_UNZIPPED)} cap (a ZIP bomb?)")
    for i in infos:
        if i.filename.endswith((".xml", ".rels")):
            with z.open(i) as f:
                head = f.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                return FileText(DAMAGED, detail=f"{name}: {i.filename} declares a DTD or entities, which Office files never do")
    return z


def _xml(z: zipfile.ZipFile, member: str) -> ET.Element:
    """One member parsed (the guard has bounded its size and refused DTDs)."""
    return ET.fromstring(z.read(member))


def _local(tag: str) -> str:
    """A tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


# -- DOCX (zipfile + ElementTree) ---------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(data: bytes, name: str) -> FileText:
    """DOCX body text in order: paragraphs, and table rows as "a | b | c" lines."""
    z = _open_zip(data, name)
    if isinstance(z, FileText):
        return z
    body = _xml(z, "word/document.xml").find(f"{_W}body")
    out: list[str] = []
    for child in body if body is not None else ():
        if child.tag == f"{_W}p":
            out += _docx_paragraph(child)
        elif child.tag == f"{_W}tbl":
            out += _docx_table(child)
    paragraphs = tuple(p for p in map(clean_line, out) if p)
    title = _core_title(z)
    if not paragraphs:
        return FileText(DAMAGED, title=title, detail=f"{name}: DOCX with no text")
    return FileText(OK, paragraphs, title)


def _docx_paragraph(p: ET.Element) -> list[str]:
    """A paragraph's text; a line break inside it starts a new line. Deleted text is skipped."""
    lines, current = [], []
    for node in p.iter():
        tag = node.tag
        if tag == f"{_W}t" and node.text:
            current.append(node.text)
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            current.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr"):
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
    return lines


def _docx_table(tbl: ET.Element) -> list[str]:
    """Each row of a table as one "a | b | c" line."""
    rows = []
    for tr in tbl.iter(f"{_W}tr"):
        cells = []
        for tc in tr.findall(f"{_W}tc"):
            cells.append(" ".join(x for p in tc.iter(f"{_W}p") for x in _docx_paragraph(p) if x.strip()))
        if any(c.strip() for c in cells):
            rows.append(" | ".join(c.strip() for c in cells))
    return rows


def _core_title(z: zipfile.ZipFile) -> str | None:
    """The title in docProps/core.xml, if any."""
    try:
        root = _xml(z, "docProps/core.xml")
    except (KeyError, ET.ParseError):
        return None
    node = root.find("{http://purl.org/dc/elements/1.1/}title")
    return clean_line(node.text) if node is not None and node.text and node.text.strip() else None


# -- XLSX (openpyxl, read-only) -----------------------------------------------------------------


def _read_xlsx(data: bytes, name: str) -> FileText:
    """Every sheet: its name, then one "a | b | c" line per row with a value."""
    import openpyxl

    z = _open_zip(data, name)
    if isinstance(z, FileText):
        return z
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out: list[str] = []
    try:
        for ws in wb.worksheets:
            rows = ([_cell_text(getattr(c, "value", None), getattr(c, "number_format", "")) for c in row] for row in ws.iter_rows())
            out += _sheet_lines(ws.title, rows)
        title = wb.properties.title
    finally:
        wb.close()
    paragraphs = tuple(p for p in map(clean_line, out) if p)
    if not paragraphs:
        return FileText(DAMAGED, detail=f"{name}: XLSX with no values")
    return FileText(OK, paragraphs, clean_line(title) if title else None)


def _cell_text(value: object, fmt: str = "") -> str:
    """A cell as Excel shows it: 6% for 0.06 in a percent format, 12 for 12.0, dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        if "%" in (fmt or ""):
            return f"{round(value * 100, 10):g}%"
        return f"{value:g}" if isinstance(value, float) and abs(value) < 1e15 else str(value)
    return str(value).replace("\n", " ").strip()


def _sheet_lines(title: str, rows) -> list[str]:
    """A sheet as its name, then one "a | b | c" line per row with a value (trailing empty cells cut)."""
    lines = []
    for cells in rows:
        cells = list(cells)
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            lines.append(" | ".join(cells))
    return [title, *lines] if lines else []


# -- XLS (xlrd) ---------------------------------------------------------------------------------


def _read_xls(data: bytes, name: str) -> FileText:
    """An Excel 97-2003 workbook, read like an XLSX."""
    import xlrd

    book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    out: list[str] = []
    for sheet in book.sheets():
        rows = ([_cell_text(*_xls_value(book, sheet.cell(r, c))) for c in range(sheet.ncols)] for r in range(sheet.nrows))
        out += _sheet_lines(sheet.name, rows)
    paragraphs = tuple(p for p in map(clean_line, out) if p)
    if not paragraphs:
        return FileText(DAMAGED, detail=f"{name}: XLS with no values")
    return FileText(OK, paragraphs)


def _xls_value(book, cell) -> tuple[object, str]:
    """An xlrd cell's value (dates as datetime, errors as "") and its number format."""
    import xlrd

    fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate_as_datetime(cell.value, book.datemode), fmt
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value), fmt
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None, fmt
    return cell.value, fmt


# -- OFD (GB/T 33190; zipfile + ElementTree) ------------------------------------------------------


def _read_ofd(data: bytes, name: str) -> FileText:
    """OFD text objects, page by page, grouped into lines by position and joined into paragraphs."""
    z = _open_zip(data, name)
    if isinstance(z, FileText):
        return z
    root = _xml(z, "OFD.xml")
    title = None
    pages: list[list[_Line]] = []
    for body in (e for e in root if _local(e.tag) == "DocBody"):
        info = next((e for e in body.iter() if _local(e.tag) == "Title"), None)
        title = title or (clean_line(info.text) if info is not None and info.text else None)
        doc_root = next((e.text.strip().lstrip("/") for e in body if _local(e.tag) == "DocRoot" and e.text), None)
        if not doc_root:
            continue
        folder = doc_root.rsplit("/", 1)[0] + "/" if "/" in doc_root else ""
        for page in (e for e in _xml(z, doc_root).iter() if _local(e.tag) == "Page"):
            loc = (page.get("BaseLoc") or "").lstrip("/")
            member = loc if loc in z.NameToInfo else folder + loc
            pages.append(_ofd_lines(_xml(z, member)))
    paragraphs = _paragraphs(_without_running_lines(pages))
    if not paragraphs:
        status = NO_TEXT_LAYER if pages else DAMAGED
        return FileText(status, title=title, detail=f"{name}: OFD of {len(pages)} pages with no text" + (" (a scan?)" if pages else ""))
    return FileText(OK, paragraphs, title)


def _ofd_lines(page: ET.Element) -> list[_Line]:
    """A page's text codes gathered into lines (same baseline, left to right)."""
    pieces: list[tuple[float, float, float, str]] = []  # baseline, left, size, text
    for obj in (e for e in page.iter() if _local(e.tag) == "TextObject"):
        x0, y0 = (list(map(float, (obj.get("Boundary") or "0 0 0 0").split()[:2])) + [0.0, 0.0])[:2]
        size = float(obj.get("Size") or 3.5)
        for code in (e for e in obj if _local(e.tag) == "TextCode"):
            if code.text:
                x = x0 + float(code.get("X") or 0)
                y = y0 + float(code.get("Y") or 0)
                pieces.append((y, x, size, code.text))
    pieces.sort(key=lambda p: (round(p[0] / (p[2] * 0.5)), p[1]))
    lines: list[_Line] = []
    rows: list[list[tuple[float, float, float, str]]] = []
    for piece in pieces:
        if rows and abs(rows[-1][0][0] - piece[0]) < piece[2] * 0.5:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    height = max((p[0] for p in pieces), default=0) or 1
    for row in rows:
        row.sort(key=lambda p: p[1])
        text = "".join(p[3] for p in row).strip()
        em = statistics.median(p[2] for p in row)
        margin = row[0][0] < 0.12 * height or row[0][0] > 0.88 * height
        if text and not (_PAGE_NUMBER.match(text) and row[0][0] > 0.88 * height):
            lines.append(_Line(text, row[0][1], row[-1][1] + len(row[-1][3]) * em, em, margin, 1 - row[0][0] / height))
    return lines


_READERS = {"pdf": _read_pdf, "docx": _read_docx, "xlsx": _read_xlsx, "xls": _read_xls, "ofd": _read_ofd}


def _mb(n: int) -> str:
    """A byte count in MB (10^6 bytes above 10 MB would mislead; MiB as users' tools show)."""
    return f"{n / 1024 / 1024:.1f} MB"


def _reason(exc: Exception) -> str:
    """A one-line reason from a parser's exception."""
    text = unicodedata.normalize("NFKC", str(exc)).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
