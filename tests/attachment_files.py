"""Real attachment files built from seed texts with the libraries publishers' tools resemble.

PDF: reportlab, A4 in the 公文 layout (GB/T 9704: 16 pt 仿宋-like text, 28 pt leading,
first-line indent of two characters, a centred title, "— N —" page numbers), with
reportlab's built-in STSong-Light CID font, so no font file is needed. DOCX: python-docx.
XLSX: openpyxl. OFD: written with zipfile (no maintained OFD writer exists).
Test helpers and the benchmark use them; the product never does.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape


def make_pdf(title: str | None, paragraphs: list[str], *, encrypt: object = None, scanned: bool = False,
             font: str | None = None, header: str | None = None, page_of: int | None = None,
             latin_digits: bool = False, note: str | None = None) -> bytes:
    """A PDF with a text layer (or, scanned=True, only drawn shapes and no text).

    `font` names a TrueType file (.ttf/.ttc) to embed as a subset, as Word and WPS do;
    without it the text uses reportlab's STSong-Light (a standard CID font, not embedded).
    `header` is a running header over every page; `page_of` gives footers "第 N 页 共 M 页" instead of "— N —".
    `latin_digits` sets digits in Times-Roman, a space apart from Han characters, as the text layer of a
    Word or WPS export with mixed fonts gives them (到 2025 年, 达到 3.2 万元). `note` is a footnote in
    10.5 pt under the body of every page (drawn before the body, as page furniture is).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    face = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(face))
    if font:
        from reportlab.pdfbase.ttfonts import TTFont

        face = "Embedded-" + font.rsplit("/", 1)[-1].split(".")[0]
        pdfmetrics.registerFont(TTFont(face, font, subfontIndex=0))
    out = io.BytesIO()

    def footer(canvas, doc):
        canvas.setFont(face, 14)
        canvas.drawCentredString(A4[0] / 2, 15 * mm, f"第 {doc.page} 页 共 {page_of} 页" if page_of else f"— {doc.page} —")
        if note:
            canvas.setFont(face, 10.5)
            canvas.drawString(28 * mm, 38 * mm, note)
        if header:
            canvas.setFont(face, 10.5)
            canvas.drawCentredString(A4[0] / 2, A4[1] - 20 * mm, header)

    if scanned:
        from reportlab.pdfgen.canvas import Canvas

        c = Canvas(out, pagesize=A4)
        for n in range(2):
            for y in range(50, 800, 28):  # lines of "ink", as a scanner's image would hold
                c.rect(80, y, 400 - (n * 37 + y) % 120, 10, fill=1)
            c.showPage()
        c.save()
        return out.getvalue()
    kwargs = {"encrypt": encrypt} if encrypt else {}
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                            bottomMargin=(46 if note else 35) * mm, title=title or "", **kwargs)
    body = ParagraphStyle("body", fontName=face, fontSize=16, leading=28, firstLineIndent=32, wordWrap="CJK")
    head = ParagraphStyle("title", parent=body, fontSize=22, leading=36, alignment=1, firstLineIndent=0, spaceAfter=20)
    story = [Paragraph(escape(title), head)] if title else []
    story += [Paragraph(_latin_digits(escape(p)) if latin_digits else escape(p), body) for p in paragraphs]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _latin_digits(text: str) -> str:
    """Paragraph markup with each run of digits in Times-Roman, set a space apart from a Han character beside it."""
    import re

    def run(m: re.Match) -> str:
        before = " " if m.start() and _han(text[m.start() - 1]) else ""
        after = " " if m.end() < len(text) and _han(text[m.end()]) else ""
        return f'{before}<font name="Times-Roman">{m.group(0)}</font>{after}'

    return re.sub(r"[0-9][0-9.,]*%?", run, text)


def _han(c: str) -> bool:
    """True for a letter outside ASCII (a Han character, not punctuation)."""
    return c.isalpha() and not c.isascii()


def make_docx(title: str | None, paragraphs: list[str], *, table: list[list[str]] | None = None) -> bytes:
    """A DOCX as Word writes it: a centred title, body paragraphs, optionally a table."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    if title:
        d.core_properties.title = title
        d.add_paragraph(title).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def make_xlsx(rows: list[list[object]], *, title: str = "主要指标", percent_cols: tuple[int, ...] = ()) -> bytes:
    """An XLSX with one sheet; numbers in percent_cols carry Excel's 0.0% format."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for col in percent_cols:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
            cell.number_format = "0.0%"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def make_ofd(title: str, paragraphs: list[str], *, size: float = 5.6, width: int = 28, per_page: int = 22,
             header: str | None = None) -> bytes:
    """An OFD (GB/T 33190) in the 公文 layout: a centred title, paragraphs wrapped at `width`
    characters with a two-character first-line indent, one Content.xml per page; `header` runs over each page."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    lines = [(25 + (width - len(title)) * size / 2, title)]
    for p in paragraphs:
        first, rest = p[:width - 2], p[width - 2:]
        lines.append((25 + 2 * size, first))
        lines += [(25, rest[i:i + width]) for i in range(0, len(rest), width)]
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
                              f"<ofd:DocBody><ofd:DocInfo><ofd:Title>{escape(title)}</ofd:Title></ofd:DocInfo>"
                              "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        refs = "".join(f'<ofd:Page ID="{n + 10}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}>'
                                         f"<ofd:Pages>{refs}</ofd:Pages></ofd:Document>")
        for n, page in enumerate(pages):
            objects = []
            for i, (x, line) in enumerate(page):
                objects.append(f'<ofd:TextObject ID="{100 + i}" Boundary="{x:.1f} {30 + i * 10} {len(line) * size:.1f} '
                               f'{size * 1.2:.1f}" Font="1" Size="{size}"><ofd:TextCode X="0" Y="{size}" '
                               f'DeltaX="g {max(len(line) - 1, 1)} {size}">{escape(line)}</ofd:TextCode></ofd:TextObject>')
            objects.append(f'<ofd:TextObject ID="99" Boundary="100 280 20 6" Font="1" Size="{size}">'
                           f'<ofd:TextCode X="0" Y="{size}">— {n + 1} —</ofd:TextCode></ofd:TextObject>')
            if header:
                objects.append(f'<ofd:TextObject ID="98" Boundary="60 10 80 6" Font="1" Size="{size * 0.7:.1f}">'
                               f'<ofd:TextCode X="0" Y="{size * 0.7:.1f}">{escape(header)}</ofd:TextCode></ofd:TextObject>')
            z.writestr(f"Doc_0/Pages/Page_{n}/Content.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content><ofd:Layer ID="2">'
                       + "".join(objects) + "</ofd:Layer></ofd:Content></ofd:Page>")
    return out.getvalue()


def make_xls(rows: list[list[object]], *, title: str = "主要指标", percent_cols: tuple[int, ...] = ()) -> bytes:
    """An Excel 97-2003 workbook (BIFF8 in an OLE compound file), written with xlwt."""
    import datetime

    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(title)
    percent = xlwt.easyxf(num_format_str="0.0%")
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            style = day if isinstance(value, datetime.date) else percent if c in percent_cols and r else xlwt.Style.default_style
            ws.write(r, c, value, style)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def make_ole(stream: str) -> bytes:
    """A real OLE compound file whose one stream is named `stream` ("WordDocument" for a DOC or
    WPS file, "EncryptedPackage" for a password-protected DOCX/XLSX): xlwt's container with its
    "Workbook" directory entry renamed. The stream holds a workbook, not what its name says."""
    data = bytearray(make_xls([["x"]]))
    old = "Workbook".encode("utf-16-le") + b"\x00\x00"
    at = data.index(old)
    name = stream.encode("utf-16-le") + b"\x00\x00"
    assert len(name) <= 64
    data[at:at + 64] = name.ljust(64, b"\x00")
    data[at + 64:at + 66] = len(name).to_bytes(2, "little")
    return bytes(data)
