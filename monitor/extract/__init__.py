"""Quantitative targets and reported results of Chinese government work plans.

`extract(doc)` returns the targets (forward-looking commitments in plan parts) and
the actuals (results reported in review parts) of a Document, as `Target` records in
the gold shape of ../shared/gold/README.md. `explain(doc)` shows, sentence by
sentence, the part of the document, the records taken and the numbers skipped, each
with the id of the rule that decided it.

The package, in reading order:
  lexicon     the words and patterns of plan language, in one place
  layout      paragraphs and sentences, each in a part (plan, review, background)
  quantities  numbers with units in place: clause, qualifiers, quote
  indicator   the noun phrase that names a quantity
  rulebook    every rule by id: what it recognises, sentences it must and must not fire on
  rules       the decisions (skip, role, kind, hedge, period), each skip and role a rule id
  tables      indicator tables (a | b | c rows under a header naming target and result columns)
  reading     a document read sentence by sentence into records and skips

Pure package: standard library, monitor.numbers and monitor.models only.
"""

from monitor.extract.layout import plan_year_of
from monitor.extract.reading import explain, explain_body, extract, extract_body

__all__ = ["explain", "explain_body", "extract", "extract_body", "plan_year_of"]
