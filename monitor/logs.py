"""Logging for `run` and `serve`: plain timestamped lines on stderr, configured secrets redacted."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from monitor.config import Config
from monitor.notify import channel_secrets
from monitor.redact import redact


class RedactSecrets(logging.Filter):
    """Replace every configured secret value in a log line with ***, whatever logged it."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = secrets  # masked raw, percent-encoded, base64 and as URL tokens (monitor.redact)

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = redact(text, self.secrets)
        if clean != text:
            record.msg, record.args = clean, None
        return True


def secret_values(config: Config, env: Mapping[str, str] | None = None) -> list[str]:
    """The values of the environment variables the channels name."""
    env = os.environ if env is None else env
    return [s for c in config.channels.values() for s in channel_secrets(c, env)]


def setup_logging(config: Config, *, level: int = logging.INFO, env: Mapping[str, str] | None = None) -> None:
    """Plain timestamped lines on stderr, secrets redacted; httpx's request lines (full URLs) kept out."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(RedactSecrets(secret_values(config, env)))
    handler.set_name("monitor")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "monitor"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
