"""The development package: test doubles that tests and benchmarks import, never the product.

`support.fakesite` is the fault-injecting fake government site; `support.receivers` the SMTP
server (aiosmtpd) and webhook receiver the alert tests deliver to. Tests find it because pytest
puts tests/ on sys.path; benchmarks add tests/ to sys.path themselves.
"""
