"""Exceptions. Every message names the object: file, site, URL, selector, field.

* MonitorError
  + ParseError       - a capture or page that cannot be read (seed format, selectors)
  + FetchError       - an HTTP request that did not give a usable page
  + StoreError       - the database is locked, corrupt or of an unknown schema
  + NotifyError      - an alert channel refused or could not be reached
  + ConfigError      - an invalid configuration file
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class of every error the monitor reports to users."""


class ParseError(MonitorError):
    """A capture or page that cannot be read."""


class FetchError(MonitorError):
    """An HTTP request that did not give a usable page."""


class StoreError(MonitorError):
    """The database cannot be used."""


class NotifyError(MonitorError):
    """An alert could not be delivered."""


class ConfigError(MonitorError):
    """An invalid configuration file."""
