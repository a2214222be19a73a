"""Attachment reading speed: PDF pages and DOCX megabytes per second, one process, one core.

The five seeds are written as real files first (tests/attachment_files.py: reportlab PDFs in
the 公文 layout, python-docx DOCX files); `monitor.attachments.read_attachment` then reads
them repeatedly for a fixed time. Figures use the median round, so a burst of work from
another process on a shared machine does not decide them. DOCX throughput counts the
files' own bytes (what a fetch downloads), in MB (10^6 bytes).

`--compare` also reads the PDFs with pdfminer.six (if installed), in rounds alternating with
this reader's, and prints its speed, the ratio of the two and how much of the source text
each gives back (difflib ratio, whitespace removed): the measurement behind choosing
pypdfium2 (docs/attachments.md). pdfminer's text keeps the page numbers, so its ratio is a
little lower for that reason alone.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/attachments.py [--seconds 5] [--compare]
"""

from __future__ import annotations

import argparse
import difflib
import io
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pypdfium2  # noqa: E402
from attachment_files import make_docx, make_pdf  # noqa: E402

from monitor.attachments import read_attachment  # noqa: E402
from monitor.seedformat import parse_file  # noqa: E402


def median_round(fn, seconds: float) -> float:
    """The median time of one call of fn, calling it for `seconds`."""
    times: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds or len(times) < 3:
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def recovered(source: str, text: str) -> float:
    """How much of the source text comes back, in order (1.0 = all of it, nothing else)."""
    a, b = re.sub(r"\s", "", source), re.sub(r"\s", "", text)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def main() -> None:
    """Build the files, read them for a while and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to run each reader (default 5)")
    parser.add_argument("--compare", action="store_true", help="also measure pdfminer.six on the same PDFs")
    parser.add_argument("--font", help="embed this TrueType font (.ttf/.ttc) in the PDFs, as Word and WPS do "
                                       "(default: reportlab's built-in STSong-Light CID font, not embedded)")
    args = parser.parse_args()

    docs = [parse_file(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pdfs = [make_pdf(d.title, list(d.paragraphs), font=args.font) for d in docs]
    docxs = [make_docx(d.title, list(d.paragraphs)) for d in docs]
    pages = sum(len(pypdfium2.PdfDocument(b)) for b in pdfs)
    docx_mb = sum(map(len, docxs)) / 1e6
    sources = [d.title + "".join(d.paragraphs) for d in docs]

    def read_all(files, kind):
        return [read_attachment(b, f"{kind}-{n}", kind) for n, b in enumerate(files)]

    assert all(r.status == "ok" for r in read_all(pdfs, "pdf") + read_all(docxs, "docx"))
    pdf_s = median_round(lambda: read_all(pdfs, "pdf"), args.seconds)
    docx_s = median_round(lambda: read_all(docxs, "docx"), args.seconds)
    quality = statistics.mean(recovered(s, "".join(r.paragraphs)) for s, r in zip(sources, read_all(pdfs, "pdf")))

    print(f"pdf_font: {args.font or 'STSong-Light (CID, not embedded)'}")
    print(f"pdf_files: {len(pdfs)} files")
    print(f"pdf_pages: {pages} pages")
    print(f"docx_mb: {docx_mb:.4f} MB")
    print(f"pdf_text_recovered: {quality:.4f} ratio")
    if args.compare:
        try:
            from pdfminer.high_level import extract_text
        except ImportError:
            sys.exit("--compare needs pdfminer.six: .venv/bin/pip install pdfminer.six")

        miner = []  # rounds alternate with pypdfium2's, so load from other processes hits both alike
        ours = []
        start = time.perf_counter()
        while time.perf_counter() - start < 2 * args.seconds or len(miner) < 3:
            for fn, times in ((lambda: read_all(pdfs, "pdf"), ours),
                              (lambda: [extract_text(io.BytesIO(b)) for b in pdfs], miner)):
                t0 = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t0)
        miner_q = statistics.mean(recovered(s, extract_text(io.BytesIO(b))) for s, b in zip(sources, pdfs))
        print(f"pdfminer_text_recovered: {miner_q:.4f} ratio")
        print(f"pdfminer_pages_per_s: {pages / statistics.median(miner):.1f} pages/s")
        print(f"pypdfium2_over_pdfminer: {statistics.median(miner) / statistics.median(ours):.1f} times")
    print(f"docx_mb_per_s: {docx_mb / docx_s:.2f} MB/s")
    print(f"pdf_pages_per_s: {pages / pdf_s:.1f} pages/s")


if __name__ == "__main__":
    main()
