"""Secrets out of every message and log line, in every form they take there.

`redact(text, secrets)` replaces each secret value with `***` as it is (raw), percent-encoded
(as in a query string), base64-encoded (HTTP basic auth carries base64 of `user:password`), and,
for a secret that is a URL (a robot URL carrying its token), the tokens inside it: the password
of its userinfo, its query values and its path segments that look like tokens. Whatever the
secrets, userinfo in any URL (`https://user:pass@host`) and `Basic …`/`Bearer …` credentials
are masked too.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

MASK = "***"
MIN_LENGTH = 4  # shorter values would mask ordinary words
TOKEN_LENGTH = 8  # a part of a secret URL is masked when at least this long (not "send", "robot")
_USERINFO = re.compile(r"(?<=://)[^/\s@:]*:[^/\s@]*@")
_CREDENTIALS = re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}", re.I)


def forms(secret: str) -> set[str]:
    """The forms a secret value can take in a message: raw, percent-encoded, base64, its URL parts."""
    found = {secret, quote(secret, safe=""), quote_plus(secret), quote(secret, safe="/:")}
    raw = secret.encode()
    for encoded in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        text = encoded.decode()
        found |= {text, text.rstrip("=")}
    return {f for f in found if len(f) >= MIN_LENGTH} | _url_parts(secret)


def _url_parts(value: str) -> set[str]:
    """The token-like parts of a URL value (userinfo password, query values, long path segments)."""
    if "://" not in value:
        return set()
    try:
        parts = urlsplit(value)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        password = parts.password
    except ValueError:
        return set()
    candidates = [v for _, v in pairs] + [unquote(s) for s in parts.path.split("/")] + [password or ""]
    found: set[str] = set()
    for c in candidates:
        if len(c) >= TOKEN_LENGTH:
            found |= {c, quote(c, safe=""), quote_plus(c)}
    return found


def secret_forms(secrets: Iterable[str | None]) -> list[str]:
    """Every form of every secret, longest first (so a URL is masked before its token)."""
    found: set[str] = set()
    for s in secrets:
        if s and len(s) >= MIN_LENGTH:
            found |= forms(s)
    return sorted(found, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """text with every form of every secret, URL userinfo and Basic/Bearer credentials replaced by ***."""
    for form in secret_forms(secrets):
        text = text.replace(form, MASK)
    return mask_credentials(text)


def mask_credentials(text: str) -> str:
    """text with URL userinfo (user:pass@) and Basic/Bearer credentials replaced by ***."""
    text = _USERINFO.sub(MASK + "@", text)
    return _CREDENTIALS.sub(lambda m: f"{m.group(1)} {MASK}", text)
