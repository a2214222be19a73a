"""Records that differ when the seeds and the corpus are read from PDFs instead of their clean text.

Each text is published as real PDFs (tests/attachment_files.make_pdf: reportlab, the 公文 layout) in
the shapes government PDFs take, read back with `read_attachment` as the crawler reads an attachment,
and extracted with the text's own metadata. A record that is in one reading and not in the other
(role, indicator, kind, value, range, unit, qualifier, period, direction; not offset and quote)
counts once. Prints one line per file and shape, then the totals as `name: value unit`.

    python benchmarks/pdf_text.py [FILES...]      (default: seeds/*.txt ../shared/corpus/texts/*)
    MONITOR_ROOT=/path/to/other/worktree python benchmarks/pdf_text.py   (that worktree's reader and extractor)
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # attachment_files, this branch's PDF builder
sys.path.insert(0, os.environ.get("MONITOR_ROOT", str(ROOT)))  # the monitor package measured

from attachment_files import make_pdf  # noqa: E402

from monitor.attachments import read_attachment  # noqa: E402
from monitor.cli.common import load_document  # noqa: E402
from monitor.extract import extract  # noqa: E402
from monitor.models import Document  # noqa: E402

SHAPES = {
    "plain": {},  # line wraps, "— N —" footers
    "latin-digits": {"latin_digits": True},  # digits in Times-Roman, a space apart from Han characters
    "running-title": {"header": True},  # the title over every page
    "page-of": {"page_of": 9},  # "第 N 页 共 9 页" footers
    "footnote": {"note": "注：地区生产总值增速按可比价格计算。"},  # a 10.5 pt note under the body of every page
    "all": {"latin_digits": True, "header": True, "page_of": 9, "note": "注：地区生产总值增速按可比价格计算。"},
}


def records(doc: Document) -> Counter:
    """The records of a document as a user compares them."""
    found = extract(doc)
    return Counter((t.role, t.indicator, t.kind, t.value, t.min, t.max, t.unit, t.qualifier, t.period, t.direction)
                   for t in [*found.targets, *found.actuals])


def as_pdf(doc: Document, shape: dict) -> Document:
    """The document published as a PDF of one shape and read back: its paragraphs, the file's title and notes aside."""
    options = {**shape, "header": doc.title} if shape.get("header") else shape
    got = read_attachment(make_pdf(doc.title, list(doc.paragraphs), **options), "plan.pdf", "pdf")
    if got.status != "ok":
        raise SystemExit(f"{doc.title}: {got.detail}")
    note = shape.get("note", "").replace("：", ":")
    body = [p for p in got.paragraphs if p != note]
    return replace(doc, paragraphs=tuple(body[1:] if doc.title and body and body[0] == doc.title else body))


def main() -> None:
    """Print the differing records per file and shape, then per shape."""
    files = sys.argv[1:] or sorted(map(str, (ROOT / "seeds").glob("*.txt"))) + sorted(map(str, (ROOT.parent / "shared/corpus/texts").glob("*")))
    total, clean_total = Counter(), 0
    for path in files:
        doc = load_document(path)
        clean = records(doc)
        clean_total += sum(clean.values())
        for name, shape in SHAPES.items():
            got = records(as_pdf(doc, shape))
            differ = sum(((clean - got) + (got - clean)).values())
            total[name] += differ
            print(f"{Path(path).name:40s} {name:14s} clean {sum(clean.values()):4d}  pdf {sum(got.values()):4d}  differ {differ}")
    print(f"clean_records: {clean_total} records")
    for name in SHAPES:
        print(f"differ_{name}: {total[name]} records")


if __name__ == "__main__":
    main()
