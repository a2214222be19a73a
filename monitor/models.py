"""The core types: plain dataclasses, standard library only."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field

METADATA_FIELDS = (
    "index_no",
    "publisher",
    "date",
    "published_at",
    "title",
    "category",
    "disclosure",
    "doc_number",
    "source",
    "url",
)

KINDS = ("level", "growth", "count", "threshold", "share")

ATTACHMENT_TYPES = ("pdf", "doc", "docx", "wps", "ofd", "xls", "xlsx")


@dataclass(frozen=True)
class Attachment:
    """A file a page names (附件): its name, absolute URL and type; once read, its status and text.

    `status` is "not fetched" until the file is read, then "ok" or why it gave no
    text ("no text layer", "unsupported attachment type", ...); `detail` names the file.
    """

    name: str
    url: str
    type: str  # one of ATTACHMENT_TYPES
    status: str = "not fetched"
    paragraphs: tuple[str, ...] = ()
    detail: str | None = None


@dataclass(frozen=True)
class Document:
    """One disclosure page: its metadata header, title and body paragraphs.

    A document read from plain text with no header has every metadata field,
    the title included, set to None.
    """

    title: str | None
    paragraphs: tuple[str, ...]
    index_no: str | None = None
    publisher: str | None = None
    date: str | None = None  # document date, YYYY-MM-DD
    published_at: str | None = None  # publish time, YYYY-MM-DD HH:MM
    category: str | None = None
    disclosure: str | None = None
    doc_number: str | None = None
    source: str | None = None
    url: str | None = None
    # the files the page names (附件); not compared: the same page read from HTML and from a capture is one Document
    attachments: tuple[Attachment, ...] = field(default=(), compare=False)

    @property
    def body(self) -> str:
        """The body text: paragraphs joined by newlines (offsets count in it)."""
        return "\n".join(self.paragraphs)

    @property
    def has_header(self) -> bool:
        """True when any metadata was read (a capture, not plain text)."""
        return any(getattr(self, f) for f in METADATA_FIELDS if f != "url")

    def metadata(self) -> dict[str, str | None]:
        """The metadata fields as a dict (title included)."""
        return {f: getattr(self, f) for f in METADATA_FIELDS}

    def sha256(self) -> str:
        """Hash of the content that matters: metadata, body and attachments' text, not the URL."""
        h = hashlib.sha256()
        for f in METADATA_FIELDS:
            if f != "url":
                h.update(f"{f}={getattr(self, f) or ''}\n".encode())
        h.update(self.body.encode())
        for a in self.attachments:  # the text read; a page without attachments hashes as before
            if a.status == "ok":  # a file that could not be fetched or read is no new content
                h.update(f"\nattachment={a.name}|{a.type}\n".encode())
                h.update("\n".join(a.paragraphs).encode())
        return h.hexdigest()


@dataclass(frozen=True)
class Target:
    """One quantitative target (or reported actual) found in a document."""

    indicator: str
    value: float | None  # None for a range
    min: float | None
    max: float | None
    unit: str
    kind: str  # one of KINDS
    qualifier: str | None  # 以上, 以下, 左右, 以内, 不低于, 不超过, 力争, 预计, 确保, 约
    period: str | None  # "2024", "2022-2026", "2023下半年", "2023年1-5月"
    quote: str  # exact substring of the body holding the number
    offset: int = 0  # character offset of the number in Document.body
    base_value: float | None = None  # value in base_unit (10000万元 -> 1e8)
    base_min: float | None = None
    base_max: float | None = None
    base_unit: str = ""  # 元, 亩, 人, %, 个百分点, ...
    role: str = "target"  # "target" or "actual"
    direction: str = "none"  # "up" (增长, 提高到), "down" (下降, 压减, 降至) or "none" (a level, a count)

    def to_json(self) -> dict:
        """The record in the gold shape plus offset and normalized value."""
        d = asdict(self)
        for k in ("value", "min", "max", "base_value", "base_min", "base_max"):
            d[k] = number_json(d[k])
        return d


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one document."""

    targets: list[Target] = field(default_factory=list)
    actuals: list[Target] = field(default_factory=list)
    plan_year: int | None = None


def number_json(x: float | None) -> float | int | None:
    """A number for JSON: integral floats print as ints (10000, not 10000.0)."""
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?=年)")


def year_of(text: str | None) -> int | None:
    """The first 4-digit year written as "2024年" in text."""
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


# -- versions, diffs and change sets (store, diff, report) -------------------------------

CHANGE_KINDS = ("changed", "added", "dropped")


@dataclass(frozen=True)
class Version:
    """One side of a comparison: a stored version of a document, or a file compared directly."""

    url: str | None
    title: str | None
    publisher: str | None
    date: str | None
    plan_year: int | None
    index_no: str | None = None
    sha256: str | None = None
    id: int | None = None  # versions.id; None for a file that is not stored
    document_id: int | None = None
    seq: int | None = None  # 1, 2, ... per document
    fetched_at: str | None = None
    same_as: int | None = None  # the older version whose content this one repeats
    file: str | None = None  # the file name, for `monitor diff`
    attachments: tuple[tuple[str, str], ...] = ()  # (name, URL) of the attachments whose text it holds

    def to_json(self) -> dict:
        """The document summary carried by reports and webhooks."""
        return dict(asdict(self), attachments=[{"name": n, "url": u} for n, u in self.attachments])


@dataclass(frozen=True)
class Delta:
    """How far a number moved: relative (+0.10 = +10.0%) or in points for percentages."""

    relative: float | None = None
    points: float | None = None
    direction: str = ""  # "up", "down" or "" (same or not comparable)

    @property
    def text(self) -> str:
        """'+10.0%', '−5.7%' or '+1 个百分点' (U+2212 minus), '' when not comparable."""
        if self.points is not None:
            return f"{_signed(self.points, '{:g}')} 个百分点"
        if self.relative is not None:
            return _signed(self.relative * 100, "{:.1f}") + "%"
        return ""

    def to_json(self) -> dict:
        """{relative, points, direction, text}."""
        return {"relative": self.relative, "points": self.points, "direction": self.direction, "text": self.text}


def _signed(x: float, fmt: str) -> str:
    """A number with an explicit sign; the minus is U+2212 as in print."""
    s = fmt.format(abs(x))
    if float(s) == 0:
        return s
    return ("+" if x > 0 else "\u2212") + s


@dataclass(frozen=True)
class Change:
    """One target that changed, was added or was dropped between two versions or plans."""

    change: str  # one of CHANGE_KINDS
    indicator: str
    kind: str
    what: tuple[str, ...] = ()  # for "changed": "value", "range", "qualifier", "unit"
    old: Target | None = None
    new: Target | None = None
    delta: Delta | None = None


@dataclass(frozen=True)
class Hunk:
    """A run of sentences that differ between two texts."""

    change: str  # "changed", "added" or "dropped"
    old: tuple[str, ...]
    new: tuple[str, ...]
    old_at: int = 0  # index of the first sentence in the old text
    new_at: int = 0


@dataclass(frozen=True)
class Outcome:
    """A reported actual set against the earlier target for the same indicator and period."""

    indicator: str
    kind: str
    period: str | None
    target: Target
    actual: Target
    met: bool | None  # None when the two cannot be compared


@dataclass(frozen=True)
class ChangeSet:
    """What moved between two versions of a document ("revision") or two plans ("plan")."""

    kind: str  # "revision" (same document) or "plan" (the publisher's earlier plan)
    old: Version
    new: Version
    changes: tuple[Change, ...] = ()
    hunks: tuple[Hunk, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    detected_at: str | None = None

    @property
    def empty(self) -> bool:
        """True when there is nothing to report: no target change, text hunk or outcome."""
        return not (self.changes or self.hunks or self.outcomes)
