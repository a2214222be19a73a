"""Site scrapers: the list templates (detect.TEMPLATES) and one declaration per site (sites.py).

Every scraper is in ALL; a source names one by its key (`scraper = "kq"`, `scraper = "jpaas"`) or
none, and the template is detected from its column page at run time (scrapers.detect).
"""

from __future__ import annotations

from monitor.scraper import Scraper
from scrapers.detect import TEMPLATES
from scrapers.sites import Kq, Linan, Panan, PananArchive, Shangyu

ALL: list[Scraper] = [*TEMPLATES.values(), Kq(), Shangyu(), Linan(), Panan(), PananArchive()]
SCRAPERS: dict[str, Scraper] = {s.key: s for s in ALL}
