"""Site scrapers: one module per CMS template or site."""
