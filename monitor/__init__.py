"""gov-plan-monitor: watch Chinese local-government plans for changed targets."""

from monitor.errors import ConfigError, FetchError, MonitorError, NotifyError, ParseError, StoreError
from monitor.models import Document, Extraction, Target

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "Document",
    "Extraction",
    "FetchError",
    "MonitorError",
    "NotifyError",
    "ParseError",
    "StoreError",
    "Target",
]
