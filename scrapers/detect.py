"""Which list template a column page uses, told by its fingerprint (no network: the page's text only).

* `jpaas`: unit scripts `<script url=".../front/page/build/unit" queryData="{...}">` (Hanweb 集约化 shell);
* `jcms`: a `<datastore>` of `<record>`s with a `jpage({totalRecord: N})` call (old Hanweb jcms);
* `jcms-xxgk`: a `loadDynamic('/module/xxgk/search.jsp?...')` call, or a search.jsp answer (jcms 信息公开目录);
* `gkmlpt`: a page under `/gkmlpt/` whose `_CONFIG` script names an SID, or its API's answer (Guangdong's 信息公开);
* `html-list`: the page itself prints at least three dated links in one list (TRS and others).

The first that matches wins, in that order: the script-driven shells also print menus of links.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from monitor.errors import ParseError
from monitor.scraper import Scraper
from scrapers import gkmlpt, htmllist, jcms, xxgk
from scrapers.gkmlpt import GkmlptScraper
from scrapers.htmllist import HtmlListScraper
from scrapers.jcms import JcmsScraper
from scrapers.jpaas import JpaasScraper, _query_data
from scrapers.xxgk import XxgkSearchScraper

TEMPLATES: dict[str, Scraper] = {s.key: s for s in (JpaasScraper(), JcmsScraper(), XxgkSearchScraper(), GkmlptScraper(),
                                                    HtmlListScraper())}
LOOKED_FOR = ("jpaas unit scripts (script[queryData][url]), a jcms <datastore> with a jpage() call, "
              "a loadDynamic('/module/xxgk/search.jsp') call, a gkmlpt _CONFIG SID, a list of at least 3 dated links")


@dataclass(frozen=True)
class Detected:
    """A column page's list template and what gave it away."""

    template: str  # a key of TEMPLATES
    evidence: str

    @property
    def scraper(self) -> Scraper:
        """The template's scraper (no site declaration: detail pages are read generically)."""
        return TEMPLATES[self.template]


def template_of(scraper: Scraper) -> str:
    """The list template a (declared) scraper pages with: the key of the template it extends."""
    return next((k for k, t in TEMPLATES.items() if isinstance(scraper, type(t))), scraper.key)


def detect(text: str, url: str) -> Detected:
    """The list template of a column page; ParseError naming the URL and what was looked for when none fits."""
    units = LexborHTMLParser(text).css("script[querydata][url]")
    if units:
        tags = ", ".join(str(_query_data(s.attributes.get("querydata") or "").get("tagId")) for s in units)
        return Detected("jpaas", f"{len(units)} jpaas unit script{'s' if len(units) > 1 else ''} (tagId {tags})")
    if "<datastore>" in text.lower():
        total = jcms.page_total(text)
        return Detected("jcms", f"jcms <datastore> list (totalRecord {total})")
    if url.split("?")[0].endswith(xxgk.SEARCH) or xxgk.search_url(text, url):
        return Detected("jcms-xxgk", "jcms xxgk catalogue (search.jsp)")
    if gkmlpt.is_shell(text, url):
        return Detected("gkmlpt", f"a gkmlpt catalogue (SID {gkmlpt.site_id(text) or 'in the API address'})")
    items = htmllist.list_items(LexborHTMLParser(text))
    if items:
        return Detected("html-list", f"an HTML list of {len(items)} dated links")
    raise ParseError(f"{url}: unknown list template: looked for {LOOKED_FOR}; found none")
