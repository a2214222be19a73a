"""Exceptions. Every message names the object: file, site, URL, selector, field.

* MonitorError
  + ParseError           - a capture or page that cannot be read (seed format, selectors)
  | + NoHeaderError      - a text with no capture header (the caller may read it as plain text)
  + FetchError           - an HTTP request that did not give a usable page (`attempts`: requests made)
  | + TooLarge           - an answer longer than its size cap (asking again gives the same)
  | + Interrupted        - not fetched: the monitor is stopping
  + StoreError           - the database is locked, corrupt or of an unknown schema
  | + LockedError        - another run holds the database's run lock
  + NotifyError          - an alert channel refused or could not be reached
  + ConfigError          - an invalid configuration file
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class of every error the monitor reports to users."""


class ParseError(MonitorError):
    """A capture or page that cannot be read."""


class NoHeaderError(ParseError):
    """A text with no recognizable capture header (plain text)."""


class FetchError(MonitorError):
    """An HTTP request that did not give a usable page; `attempts` says how many requests were made."""

    def __init__(self, message: str, attempts: int = 1) -> None:
        super().__init__(message)
        self.attempts = attempts


class TooLarge(FetchError):
    """An answer longer than the size cap of its kind (a page, an attachment): asking again gives the same."""


class Interrupted(FetchError):
    """The service is stopping: no more pages are fetched; `url` is the one not fetched."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url}: not fetched, the monitor is stopping", attempts=0)
        self.url = url


class StoreError(MonitorError):
    """The database cannot be used."""


class LockedError(StoreError):
    """Another run holds the database's run lock."""


class NotifyError(MonitorError):
    """An alert could not be delivered."""


class ConfigError(MonitorError):
    """An invalid configuration file."""
