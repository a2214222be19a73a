"""Site scrapers: the CMS templates (jpaas, jcms) and one declaration per site (sites.py).

Every active scraper is in ALL; sources name one by its key (`scraper = "kq"`).
"""

from __future__ import annotations

from monitor.scraper import Scraper
from scrapers.sites import Kq, Linan, Panan, PananArchive, Shangyu

ALL: list[Scraper] = [Kq(), Shangyu(), Linan(), Panan(), PananArchive()]
SCRAPERS: dict[str, Scraper] = {s.key: s for s in ALL}
